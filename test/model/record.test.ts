import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { IdSchema, RecordMetaSchema } from '../../src/model/record.js';

describe('record metadata', () => {
  it('accepts the metadata every stored record carries', () => {
    const meta = { id: 'plan-1', version: 0, createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z', updatedBy: 'worker-7' };
    expect(z.safeParse(RecordMetaSchema, meta).success).to.equal(true);
  });

  it('refuses markup or spaces in an id, so ids can never carry a script into a page or a query', () => {
    expect(z.safeParse(IdSchema, '<script>alert(1)</script>').success).to.equal(false);
    expect(z.safeParse(IdSchema, 'plan 1').success).to.equal(false);
  });

  it('refuses a negative version and a date without an offset', () => {
    const meta = { id: 'p', version: -1, createdAt: '2026-01-05', updatedAt: '2026-01-05T10:00:00Z', updatedBy: 'w' };
    const result = z.safeParse(RecordMetaSchema, meta);
    expect(result.success).to.equal(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).to.include.members(['version', 'createdAt']);
  });
});
