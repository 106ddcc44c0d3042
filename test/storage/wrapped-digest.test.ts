// A host's tracing, a polyfill or a test may wrap crypto.subtle.digest and call the real one a moment later.
// The bytes hashed must still be each entry's own (round 9's reused encoding buffer hashed the next entry's).
import { expect } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { digestRecord, verifyHistory } from '../../src/model/history.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

describe('WebCrypto wrapped by the host', () => {
  it('a write while digest is wrapped by a late caller stores histories that verify, first writes and later ones', async () => {
    const adapter = new DexieStorageAdapter({ databaseName: freshDatabaseName('wrapped-digest') });
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    crypto.subtle.digest = ((algorithm: AlgorithmIdentifier, data: BufferSource) => Promise.resolve().then(() => digest(algorithm, data))) as SubtleCrypto['digest'];
    const ids = ['d-0', 'd-1', 'd-2', 'd-3'];
    try {
      const stored = await adapter.transaction(ids.map((id) => ({ kind: 'contact' as const, record: { ...draftContact(id), notes: `first words of ${id}` } })));
      await adapter.transaction(stored.map((record) => ({ kind: 'contact' as const, record: { ...record, notes: `second words of ${record.id}` } })));
    } finally {
      crypto.subtle.digest = digest;
    }
    const verdicts: string[] = [];
    for (const id of ids) {
      const verdict = await verifyHistory(await adapter.history('contact', id), 2);
      verdicts.push(`${id}: ${verdict.valid ? 'valid' : JSON.stringify(verdict)}`);
    }
    await adapter.close();
    expect(verdicts).to.deep.equal(ids.map((id) => `${id}: valid`));
  });

  it('digestRecord rejects (never throws at its caller) when WebCrypto throws as it is called', async () => {
    const digest = crypto.subtle.digest;
    crypto.subtle.digest = (() => {
      throw new TypeError('no WebCrypto here');
    }) as SubtleCrypto['digest'];
    let outcome = 'resolved';
    try {
      await digestRecord({ id: 'r-1' }).catch(() => (outcome = 'rejected'));
    } catch {
      outcome = 'thrown at the caller';
    } finally {
      crypto.subtle.digest = digest;
    }
    expect(outcome).to.equal('rejected');
  });
});
