import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ContactSchema } from '../../src/model/visitation/contact.js';
import { COMPILE_AFTER_READS, checkingSchema, compileForBatch } from '../../src/storage/compiled-check.js';

describe('the schema compiler on a stalled network', () => {
  it('a large batch is not held by a compiler chunk that never arrives: it is checked by the schema itself', async () => {
    const schema = z.extend(ContactSchema, {});
    let asked = 0;
    const neverArrives = () => {
      asked += 1;
      return new Promise<never>(() => undefined);
    };
    // Resolving at all is the point: without the wait's limit this awaits forever (the test's own timeout fails it).
    await compileForBatch(schema, COMPILE_AFTER_READS + 1, neverArrives);
    expect(asked, 'the chunk was asked for').to.equal(1);
    expect(checkingSchema(schema), 'checked by the schema itself meanwhile').to.equal(schema);
  });
});
