// A host page whose Content-Security-Policy forbids eval and that tells zod so (`jitless`, as the README
// says) before the elements read anything: nothing is compiled, nothing is even tried, so the host's
// policy reports get no line from the SDK; every record is still checked by its schema.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import * as z from 'zod/mini';
import { ContactSchema, type Contact } from '../../src/model/visitation/contact.js';
import { COMPILE_AFTER_READS, checkingSchema } from '../../src/storage/compiled-check.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { issuesToViolations } from '../../src/storage/validate.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "script-src 'self'";
document.head.append(policy);
z.config({ jitless: true });

const refusedEvals: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'eval') refusedEvals.push(event);
});

describe('reading records on a page that forbids eval and set zod jitless', () => {
  it('reads many contacts and refuses a tampered one without trying eval once', async () => {
    const databaseName = freshDatabaseName('jitless');
    const storage = new DexieStorageAdapter({ databaseName });
    try {
      const count = COMPILE_AFTER_READS + 200;
      await storage.transaction(Array.from({ length: count }, (_, index) => ({ kind: 'contact', record: { ...draftContact(`c-${String(index).padStart(4, '0')}`), notes: `Visit ${index}` } })));
      expect((await storage.list<Contact>('contact', { childId: 'child-1' })).records.length).to.equal(count);
      const db = new Dexie(databaseName);
      await db.open();
      await db.table('records').update(['contact', 'c-0600'], { 'record.durationMinutes': 1441 });
      db.close();
      const listed = await storage.list<Contact>('contact', { childId: 'child-1' });
      expect(listed.records.length).to.equal(count - 1);
      const expected = z.safeParse(ContactSchema, { ...draftContact('c-0600'), durationMinutes: 1441 });
      expect(listed.corrupt.map((error) => [error.id, error.violations])).to.deep.equal([['c-0600', issuesToViolations(expected.error!.issues)]]);
      expect(listed.corrupt[0]!.violations.map((violation) => violation.path)).to.deep.equal([['durationMinutes']]);
    } finally {
      await storage.close();
      await Dexie.delete(databaseName);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkingSchema(ContactSchema)).to.equal(ContactSchema);
    // The policy is in force (an eval here is refused and reported), and the SDK tried none before it.
    expect(refusedEvals.length).to.equal(0);
    expect(() => new Function('return 1')).to.throw(EvalError);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refusedEvals.length).to.equal(1);
  });
});
