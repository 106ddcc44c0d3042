// A host page whose Content-Security-Policy forbids eval (no 'unsafe-eval'): zod may not compile the
// record schemas there, so every record is read with the schemas themselves, as before, and a tampered
// one is refused the same. The policy is set before anything in this page compiles or probes.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import * as z from 'zod/mini';
import { ContactSchema, type Contact } from '../../src/model/visitation/contact.js';
import { COMPILE_AFTER_READS, compiledSchema, checkingSchema } from '../../src/storage/compiled-check.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { issuesToViolations } from '../../src/storage/validate.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "script-src 'self'";
document.head.append(policy);

const refusedEvals: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'eval') refusedEvals.push(event);
});

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('reading records on a page whose policy forbids eval', () => {
  it('the page does forbid eval (else this test proves nothing)', async () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
    await nextTask();
    expect(refusedEvals.length, 'the browser reports each refused eval').to.equal(1);
  });

  it('compiles nothing: every record is checked by its schema', async () => {
    expect(await compiledSchema(ContactSchema)).to.equal(undefined);
    expect(await compiledSchema(ContactSchema)).to.equal(undefined);
    await nextTask();
    // zod's probe, once: the host's policy report gets one line from the SDK per page, not one per check.
    expect(refusedEvals.length).to.equal(2);
  });

  it('reads many contacts, refuses the tampered ones with the same violations, and asks the policy once', async () => {
    const databaseName = freshDatabaseName('no-eval');
    const storage = new DexieStorageAdapter({ databaseName });
    try {
      const count = COMPILE_AFTER_READS + 200;
      await storage.transaction(Array.from({ length: count }, (_, index) => ({ kind: 'contact', record: { ...draftContact(`c-${String(index).padStart(4, '0')}`), notes: `Visit ${index}` } })));
      const first = await storage.list<Contact>('contact', { childId: 'child-1' });
      expect(first.records.length).to.equal(count);
      expect(first.corrupt).to.deep.equal([]);
      // Past the threshold: any compiling would have been asked for by now; the schema stays the one used.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(checkingSchema(ContactSchema)).to.equal(ContactSchema);

      const db = new Dexie(databaseName);
      await db.open();
      const tampered = new Map<string, Record<string, unknown>>([
        ['c-0002', { notes: 'x'.repeat(10_001) }],
        ['c-0550', { occurredAt: '2026-02-30T10:00:00.000Z' }],
        ['c-0690', { type: 'teleport' }],
      ]);
      for (const [id, change] of tampered) await db.table('records').update(['contact', id], Object.fromEntries(Object.entries(change).map(([key, value]) => [`record.${key}`, value])));
      db.close();

      const listed = await storage.list<Contact>('contact', { childId: 'child-1' });
      expect(listed.records.length).to.equal(count - tampered.size);
      expect(listed.corrupt.map((error) => error.id).sort()).to.deep.equal([...tampered.keys()]);
      for (const error of listed.corrupt) {
        const expected = z.safeParse(ContactSchema, { ...draftContact(error.id), ...tampered.get(error.id) });
        expect(expected.success).to.equal(false);
        expect(error.violations, error.id).to.deep.equal(issuesToViolations(expected.error!.issues));
      }
    } finally {
      await storage.close();
      await Dexie.delete(databaseName);
    }
    // Reading 1 400 records of a kind past the threshold tried no eval again.
    await nextTask();
    expect(refusedEvals.length).to.equal(2);
  });
});
