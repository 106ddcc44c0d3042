import { expect } from '@open-wc/testing';
import { newRecordId } from '../../../src/machines/shared/record-id.js';
import { IdSchema } from '../../../src/model/record.js';
import * as z from 'zod/mini';

describe('new ids', () => {
  it('are distinct, valid record ids, also where crypto.randomUUID is missing (plain-http host pages)', () => {
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = Array.from({ length: 200 }, () => newRecordId());
      expect(new Set(ids).size).to.equal(200);
      for (const id of ids) {
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(z.safeParse(IdSchema, id).success).to.equal(true);
      }
    } finally {
      (crypto as { randomUUID?: unknown }).randomUUID = original;
    }
    expect(newRecordId()).to.not.equal(newRecordId());
  });
});
