import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { referenceCanonicalJson } from './canonical-json-reference.js';
import { hostileStrings, pollutingObjects } from './properties/hostile.js';
import { canonicalJson, chainEntry, chainHistoryEntries, diffRecords, digestRecord, hashEntry, HistoryEntrySchema, importHistoryKey, verifyHistory, type HistoryEntry } from '../../src/model/history.js';

const base = {
  id: 'plan-1',
  version: 1,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  updatedBy: 'worker-1',
  caseId: 'case-1',
  goal: { title: 'Safe home', description: '' },
  subGoals: [{ id: 'sg-1', title: 'Housing' }],
};

/** A chain of `count` entries for one record, as an adapter writes them: one per write, oldest first. */
async function chainOf(count: number): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    entries.push(
      await chainEntry(
        {
          id: `servicePlan.plan-1.${seq}`,
          recordKind: 'servicePlan',
          recordId: 'plan-1',
          seq,
          at: `2026-03-0${seq}T09:00:00.000Z`,
          by: seq % 2 ? 'worker-1' : 'supervisor-2',
          action: seq === 1 ? 'plan.created' : 'plan.edited',
          changes: [{ path: 'goal.title', before: `title ${seq - 1}`, after: `title ${seq}` }],
        },
        entries.at(-1),
      ),
    );
  }
  return entries;
}

describe('diffRecords', () => {
  it('lists every field of a new record as added, leaving out version, updatedAt and updatedBy', () => {
    const changes = diffRecords(undefined, base);
    expect(changes.map((change) => change.path)).to.deep.equal(['id', 'createdAt', 'caseId', 'goal', 'subGoals']);
    expect(changes.find((change) => change.path === 'goal')).to.deep.equal({ path: 'goal', after: base.goal });
    expect(changes.every((change) => !('before' in change))).to.equal(true);
  });

  it('names a changed nested field by its dotted path, with the value before and after', () => {
    const after = { ...base, version: 2, updatedAt: '2026-03-03T09:00:00.000Z', updatedBy: 'worker-2', goal: { title: 'Reunification', description: '' } };
    expect(diffRecords(base, after)).to.deep.equal([{ path: 'goal.title', before: 'Safe home', after: 'Reunification' }]);
  });

  it('names array elements by index and reports added and removed fields', () => {
    const after = { ...base, subGoals: [{ id: 'sg-1', title: 'Stable housing' }, { id: 'sg-2', title: 'Employment' }], archived: true };
    const { caseId: _removed, ...withoutCase } = after;
    expect(diffRecords(base, withoutCase)).to.deep.equal([
      { path: 'caseId', before: 'case-1' },
      { path: 'subGoals.0.title', before: 'Housing', after: 'Stable housing' },
      { path: 'subGoals.1', after: { id: 'sg-2', title: 'Employment' } },
      { path: 'archived', after: true },
    ]);
  });

  it('finds nothing when only the bookkeeping changed, and leaves both records untouched', () => {
    const before = structuredClone(base);
    const after = { ...structuredClone(base), version: 5, updatedAt: '2026-04-01T00:00:00.000Z' };
    const snapshot = structuredClone(after);
    expect(diffRecords(before, after)).to.deep.equal([]);
    expect(before).to.deep.equal(base);
    expect(after).to.deep.equal(snapshot);
  });

  it('keeps the history of a very large edit bounded', () => {
    const many = (prefix: string) => Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`field${index}`, `${prefix}${index}`]));
    const changes = diffRecords({ ...base, notes: many('a') }, { ...base, notes: many('b') });
    expect(changes.length).to.be.at.most(500);
    expect(changes.length).to.be.greaterThan(0);
  });
});

describe('hashEntry and canonical JSON', () => {
  it('gives the same hash whatever the order of the keys, and a different one for a different entry', async () => {
    const [entry] = await chainOf(1);
    const reordered = Object.fromEntries(Object.entries(entry!).reverse()) as HistoryEntry;
    expect(canonicalJson(reordered)).to.equal(canonicalJson(entry));
    expect(await hashEntry(reordered)).to.equal(entry!.hash);
    expect(await hashEntry({ ...entry!, by: 'someone-else' })).to.not.equal(entry!.hash);
    expect(entry!.hash).to.match(/^[0-9a-f]{64}$/);
  });

  it('writes canonical JSON exactly as the first release did, so stored hashes still verify', () => {
    const reference = referenceCanonicalJson;
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    const values: unknown[] = [
      undefined,
      null,
      0,
      -0,
      Number.NaN,
      'text "quoted" \\ \u2028 é 😀',
      true,
      [],
      {},
      [undefined, null, { b: 1, a: undefined }, [[]]],
      sparse,
      { z: 1, a: { y: [1, { d: undefined, c: 'x' }], b: null }, Z: 2, 'é': 3, '10': 4, '9': 5, '': 6 },
      { when: new Date('2026-03-01T00:00:00.000Z'), skip: () => 1, list: [() => 1] },
      { ...base, changes: diffRecords(undefined, base) },
    ];
    for (const value of values) expect(canonicalJson(value)).to.equal(reference(value));
    // Any JSON value, hostile keys and strings, objects without a prototype, nested anywhere (the fast path
    // for plain data and the walk for the rest must both write the first release's text).
    const json = fc.oneof(fc.json({ depthSize: 'large' }).map((text) => JSON.parse(text) as unknown), pollutingObjects, hostileStrings);
    fc.assert(
      fc.property(fc.dictionary(hostileStrings, json), fc.boolean(), (object, bare) => {
        const value = bare ? Object.assign(Object.create(null) as object, object) : object;
        expect(canonicalJson(value)).to.equal(reference(value));
        expect(canonicalJson({ outer: [value, undefined, { value }] })).to.equal(reference({ outer: [value, undefined, { value }] }));
      }),
      { numRuns: 300 },
    );
  });

  it('chains a batch of entries of different records at once exactly as one at a time', async () => {
    const [previous] = await chainOf(1);
    const entryOf = (recordId: string, seq: number) => ({
      id: `servicePlan.${recordId}.${seq}`,
      recordKind: 'servicePlan',
      recordId,
      seq,
      at: '2026-03-05T09:00:00.000Z',
      by: 'worker-1',
      action: 'plan.edited',
      changes: [{ path: 'goal.title', after: `title of ${recordId}` }],
    });
    const items = [
      { entry: entryOf('plan-1', 2), previous },
      { entry: entryOf('plan-2', 1), previous: undefined },
      { entry: entryOf('plan-3', 1), previous: undefined },
    ];
    const batch = await chainHistoryEntries(items);
    const oneByOne = [];
    for (const { entry, previous: before } of items) oneByOne.push(await chainEntry(entry, before));
    expect(batch).to.deep.equal(oneByOne);
    expect(batch[0]!.prevHash).to.equal(previous!.hash);
    expect(await verifyHistory([previous!, batch[0]!], 2)).to.deep.include({ valid: true, entries: 2 });
    expect(await chainHistoryEntries([])).to.deep.equal([]);
  });

  it('covers the changes as stored when an encrypting adapter shows them decrypted', async () => {
    const [stored] = await chainOf(1);
    const shown: HistoryEntry = { ...stored!, sealedChanges: stored!.changes, changes: [{ path: 'notes', after: 'decrypted text' }] };
    expect(await hashEntry(shown)).to.equal(stored!.hash);
    expect(await verifyHistory([shown])).to.deep.include({ valid: true, entries: 1 });
    const tampered = { ...shown, sealedChanges: [{ path: 'goal.title', after: 'forged' }] };
    expect(await verifyHistory([tampered])).to.deep.include({ valid: false, reason: 'hash-mismatch' });
  });

  it('chains the first entry to nothing and each later one to the hash before it; entries match their schema', async () => {
    const entries = await chainOf(3);
    expect(entries[0]!.prevHash).to.equal(null);
    expect(entries[1]!.prevHash).to.equal(entries[0]!.hash);
    expect(entries[2]!.prevHash).to.equal(entries[1]!.hash);
    for (const entry of entries) expect(z.safeParse(HistoryEntrySchema, entry).success).to.equal(true);
  });
});

describe('verifyHistory', () => {
  it('accepts an intact history, also against the record version', async () => {
    const entries = await chainOf(4);
    expect(await verifyHistory(entries)).to.deep.include({ valid: true, entries: 4 });
    expect(await verifyHistory(entries, 4)).to.deep.include({ valid: true, entries: 4 });
    expect(await verifyHistory([])).to.deep.include({ valid: true, entries: 0 });
  });

  it('detects an edited entry: who made a change', async () => {
    const entries = await chainOf(4);
    entries[1] = { ...entries[1]!, by: 'worker-1' };
    expect(await verifyHistory(entries)).to.deep.include({ valid: false, entries: 4, brokenAt: 1, reason: 'hash-mismatch' });
  });

  it('detects an edited entry even when its hash was recomputed, at the entry after it', async () => {
    const entries = await chainOf(4);
    const forged = { ...entries[1]!, changes: [{ path: 'goal.title', before: 'title 1', after: 'something else' }] };
    entries[1] = { ...forged, hash: await hashEntry(forged) };
    expect(await verifyHistory(entries)).to.deep.include({ valid: false, entries: 4, brokenAt: 2, reason: 'broken-link' });
  });

  it('detects an entry removed from the middle, from the start, or from the end', async () => {
    const entries = await chainOf(4);
    expect(await verifyHistory([entries[0]!, entries[2]!, entries[3]!])).to.deep.include({ valid: false, brokenAt: 1, reason: 'missing-entry' });
    expect(await verifyHistory(entries.slice(1))).to.deep.include({ valid: false, brokenAt: 0, reason: 'broken-link' });
    expect(await verifyHistory(entries.slice(0, 3), 4)).to.deep.include({ valid: false, brokenAt: 3, reason: 'missing-entry' });
  });

  it('detects entries put out of order', async () => {
    const entries = await chainOf(3);
    expect(await verifyHistory([entries[0]!, entries[2]!, entries[1]!])).to.deep.include({ valid: false, reason: 'missing-entry' });
  });
});

describe('verifyHistory under a history key', () => {
  const key = () => importHistoryKey(crypto.getRandomValues(new Uint8Array(32)));
  async function keyedChain(count: number, secret: CryptoKey): Promise<HistoryEntry[]> {
    const entries: HistoryEntry[] = [];
    for (const entry of await chainOf(count)) {
      const { hash: _hash, prevHash: _prev, ...content } = entry;
      entries.push(await chainEntry(content, entries.at(-1), secret));
    }
    return entries;
  }

  it('writes HMAC-SHA-256 hashes that verify with the key, and says the chain is proof against forgery', async () => {
    const secret = await key();
    const entries = await keyedChain(3, secret);
    expect(entries[0]!.hash).to.match(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(await verifyHistory(entries, { key: secret, currentVersion: 3 })).to.deep.equal({ valid: true, entries: 3, protects: 'forgery' });
    expect(await verifyHistory(await chainOf(3))).to.deep.equal({ valid: true, entries: 3, protects: 'accidents' });
  });

  it('names the first entry at fault: forged without the key, under another key, or not checkable without one', async () => {
    const secret = await key();
    const entries = await keyedChain(3, secret);
    const { hash: _hash, prevHash: _prev, ...second } = entries[1]!;
    const rechained = await chainEntry({ ...second, by: 'someone-else' }, entries[0]);
    expect(await verifyHistory([entries[0]!, rechained], { key: secret })).to.deep.include({ valid: false, brokenAt: 1, entryId: 'servicePlan.plan-1.2', reason: 'unkeyed-entry' });
    const underOther = await chainEntry({ ...second, by: 'someone-else' }, entries[0], await key());
    expect(await verifyHistory([entries[0]!, underOther], { key: secret })).to.deep.include({ brokenAt: 1, reason: 'hash-mismatch' });
    expect(await verifyHistory(entries)).to.deep.include({ valid: false, brokenAt: 0, reason: 'key-required' });
  });

  it('accepts entries written before the key only when told to, and only before the first keyed one', async () => {
    const secret = await key();
    const legacy = await chainOf(2);
    const { hash: _hash, prevHash: _prev, ...third } = (await chainOf(3))[2]!;
    const keyed = await chainEntry(third, legacy[1], secret);
    expect(await verifyHistory([...legacy, keyed], { key: secret })).to.deep.include({ valid: false, brokenAt: 0, reason: 'unkeyed-entry' });
    expect(await verifyHistory([...legacy, keyed], { key: secret, allowUnkeyedPrefix: true })).to.deep.equal({ valid: true, entries: 3, protects: 'accidents', keyedFrom: 2 });
    const { hash: _h, prevHash: _p, ...fourth } = { ...keyed, id: 'servicePlan.plan-1.4', seq: 4 };
    const unkeyedAfter = await chainEntry(fourth, keyed);
    expect(await verifyHistory([...legacy, keyed, unkeyedAfter], { key: secret, allowUnkeyedPrefix: true })).to.deep.include({ brokenAt: 3, reason: 'unkeyed-entry' });
  });

  it('allows one genesis: version 1, or a marked migration; an entry of another record breaks the chain', async () => {
    const secret = await key();
    const [, second] = await chainOf(2);
    const { hash: _hash, prevHash: _prev, ...content } = second!;
    const restarted = await chainEntry(content, undefined, secret);
    expect(await verifyHistory([restarted], { key: secret })).to.deep.include({ valid: false, brokenAt: 0, reason: 'late-genesis' });
    const migrated = await chainEntry({ ...content, genesis: 'migrated' }, undefined, secret);
    expect(await verifyHistory([migrated], { key: secret })).to.deep.include({ valid: true });
    const entries = await keyedChain(2, secret);
    const { hash: _h, prevHash: _p, ...otherContent } = { ...entries[1]!, recordId: 'plan-2' };
    const other = await chainEntry(otherContent, entries[0], secret);
    expect(await verifyHistory([entries[0]!, other], { key: secret })).to.deep.include({ brokenAt: 1, reason: 'other-record' });
  });

  it('checks the record as stored against the head: its version and its digest', async () => {
    const record = { id: 'plan-1', version: 1, notes: 'as written' };
    const [first] = await chainOf(1);
    const { hash: _hash, prevHash: _prev, ...content } = first!;
    const head = await chainEntry({ ...content, recordDigest: await digestRecord(record) }, undefined);
    expect(await verifyHistory([head], { record })).to.deep.include({ valid: true });
    const edited = { ...record, notes: 'edited' };
    expect(await verifyHistory([head], { record: edited })).to.deep.include({ valid: false, brokenAt: 1, reason: 'record-mismatch' });
    expect(await verifyHistory([head], { record: { ...record, version: 2 } })).to.deep.include({ valid: false, reason: 'missing-entry' });
    expect(await verifyHistory([head], { record: { ...record, version: 0 } })).to.deep.include({ valid: false, reason: 'record-mismatch' });
  });
});

describe('history entry format 2: a first write hashed once, with the record its changes make', () => {
  const key = () => importHistoryKey(crypto.getRandomValues(new Uint8Array(32)));
  const record: { version: number } & Record<string, unknown> = { ...base, notes: 'Visit went well.', tags: ['a', 'b'] };
  /** The record as stored, edited by hand. */
  const editedRecord = (fields: Record<string, unknown>): typeof record => ({ ...record, ...fields });

  /** The entry a write path makes for the record's first write, in format 2 (or 1, as earlier releases did). */
  async function firstWrite(secret?: CryptoKey, format: 1 | 2 = 2): Promise<HistoryEntry> {
    const entry = { id: 'servicePlan.plan-1.1', recordKind: 'servicePlan', recordId: 'plan-1', seq: 1, at: base.updatedAt, by: base.updatedBy, action: 'plan.created', changes: diffRecords(undefined, record) };
    if (format === 1) return chainEntry({ ...entry, recordDigest: await digestRecord(record) }, undefined, secret);
    return chainEntry(entry, undefined, secret, 2, canonicalJson(record));
  }

  it('names its format in the hash, verifies with and without a key, and rebuilds the very record written', async () => {
    const plain = await firstWrite();
    expect(plain.hash).to.match(/^sha256:2:[0-9a-f]{64}$/);
    expect(plain).not.to.have.property('recordDigest');
    expect(z.safeParse(HistoryEntrySchema, plain).success).to.equal(true);
    // Hashing again from the stored changes alone (no record given) gives the same hash.
    expect(await hashEntry(plain, undefined, 2)).to.equal(plain.hash);
    expect(await verifyHistory([plain], { record })).to.deep.equal({ valid: true, entries: 1, protects: 'accidents' });
    const secret = await key();
    const keyed = await firstWrite(secret);
    expect(keyed.hash).to.match(/^hmac-sha256:2:[0-9a-f]{64}$/);
    expect(await verifyHistory([keyed], { key: secret, record })).to.deep.equal({ valid: true, entries: 1, protects: 'forgery' });
    expect(await verifyHistory([keyed], { key: await key(), record })).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
  });

  it('detects a first write whose changes were edited, added to, cut, or given a before, a bookkeeping field or a second value', async () => {
    const notes = (entry: HistoryEntry) => entry.changes.findIndex((change) => change.path === 'notes');
    const tamperings: [string, (changes: HistoryEntry['changes'], at: number) => HistoryEntry['changes']][] = [
      ['a value edited', (changes, at) => changes.map((change, index) => (index === at ? { ...change, after: 'Mother shouted at the child.' } : change))],
      ['a field added', (changes) => [...changes, { path: 'outcome', after: 'missed' }]],
      ['a field removed', (changes, at) => changes.filter((_, index) => index !== at)],
      ['a before added', (changes, at) => changes.map((change, index) => (index === at ? { ...change, before: 'Visit cancelled.' } : change))],
      ['a bookkeeping field listed', (changes) => [...changes, { path: 'version', after: 7 }]],
      ['a change with no value', (changes) => [...changes, { path: 'outcome' }]],
      // Shown first (edited), then the original value again: the rebuilt record alone would not tell.
      ['a field listed twice', (changes, at) => [...changes.map((change, index) => (index === at ? { ...change, after: 'Mother shouted at the child.' } : change)), changes[at]!]],
    ];
    for (const secret of [undefined, await key()]) {
      const entry = await firstWrite(secret);
      for (const [what, tamper] of tamperings) {
        const tampered = { ...entry, changes: tamper(entry.changes, notes(entry)) };
        const verdict = await verifyHistory([tampered], { ...(secret ? { key: secret } : {}) });
        expect(verdict, `${what}, ${secret ? 'keyed' : 'plain'}`).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
      }
    }
  });

  it('binds the stored record to a first-write head: an edited row shows', async () => {
    for (const secret of [undefined, await key()]) {
      const head = await firstWrite(secret);
      const options = secret ? { key: secret } : {};
      expect(await verifyHistory([head], { ...options, record: editedRecord({ notes: 'Mother did not come.' }) })).to.deep.include({ valid: false, brokenAt: 1, reason: 'record-mismatch' });
      expect(await verifyHistory([head], { ...options, record: editedRecord({ extra: 'field' }) })).to.deep.include({ valid: false, brokenAt: 1, reason: 'record-mismatch' });
    }
  });

  it('cannot pass one format for the other: a hash re-tagged to the other format does not verify', async () => {
    for (const secret of [undefined, await key()]) {
      const second = await firstWrite(secret, 2);
      const asFirst = { ...second, hash: second.hash.replace(/^sha256:2:/, '').replace(/^hmac-sha256:2:/, 'hmac-sha256:') };
      const first = await firstWrite(secret, 1);
      const asSecond = { ...first, hash: first.hash.startsWith('hmac-sha256:') ? first.hash.replace(/^hmac-sha256:/, 'hmac-sha256:2:') : `sha256:2:${first.hash}` };
      const options = secret ? { key: secret } : {};
      expect(await verifyHistory([asFirst], options), 'format 2 as 1').to.deep.include({ valid: false, reason: 'hash-mismatch' });
      expect(await verifyHistory([asSecond], options), 'format 1 as 2').to.deep.include({ valid: false, reason: 'hash-mismatch' });
    }
  });

  it('still verifies a first write in format 1, as earlier releases wrote it, and still detects one tampered with', async () => {
    for (const secret of [undefined, await key()]) {
      const options = secret ? { key: secret } : {};
      const old = await firstWrite(secret, 1);
      expect(old.hash).to.match(secret ? /^hmac-sha256:[0-9a-f]{64}$/ : /^[0-9a-f]{64}$/);
      expect(await verifyHistory([old], { ...options, record })).to.deep.include({ valid: true, entries: 1 });
      const edited = { ...old, changes: old.changes.map((change) => (change.path === 'notes' ? { ...change, after: 'Mother shouted at the child.' } : change)) };
      expect(await verifyHistory([edited], options)).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
      expect(await verifyHistory([old], { ...options, record: editedRecord({ notes: 'Mother did not come.' }) })).to.deep.include({ valid: false, brokenAt: 1, reason: 'record-mismatch' });
      // A later write chains to either format.
      const { hash: _hash, prevHash: _prev, ...next } = (await chainOf(2))[1]!;
      expect(await verifyHistory([old, await chainEntry(next, old, secret)], options)).to.deep.include({ valid: true, entries: 2 });
    }
  });
});

describe('a batch of entries sealed side by side (a bulk write): each hash covers its own bytes', () => {
  const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

  /** What a format 2 hash covers, built from the reference canonical JSON (not the code under test). */
  function format2Bytes(entry: Record<string, unknown>, record: Record<string, unknown>): Uint8Array<ArrayBuffer> {
    const { changes: _changes, ...content } = entry;
    return new TextEncoder().encode(`caseplan-history/2\n${referenceCanonicalJson({ ...content, prevHash: null })}\n${referenceCanonicalJson(record)}`);
  }

  it('hashes every entry of 120 sealed at once as its own text, of every length, keyed or not', async () => {
    const secret = await importHistoryKey(new Uint8Array(32).fill(3));
    for (const key of [undefined, secret]) {
      const at = '2026-03-02T09:00:00.000Z';
      // Lengths from a few bytes to past any buffer the hashing keeps (one of 1.5 M characters), non-ASCII text too.
      const notes = (index: number) => (index === 7 ? 'x'.repeat(1_500_000) : `${'é'.repeat(index * 150)}🙂${index}`);
      const entries = Array.from({ length: 120 }, (_, index) => ({
        id: `contact.c-${index}.1`,
        recordKind: 'contact',
        recordId: `c-${index}`,
        seq: 1,
        at,
        by: 'worker-1',
        action: 'record.created',
        ...(index % 3 === 0 ? { comment: `Note ${'ü'.repeat(index * 20)}` } : {}),
        ...(index % 5 === 0 ? { importedHead: `head-${index}` } : {}),
        changes: [{ path: 'notes', after: notes(index) }, { path: 'type', after: 'visit' }],
      }));
      const records = entries.map((_, index) => ({ notes: notes(index), type: 'visit', version: 1, updatedAt: at, updatedBy: 'worker-1' }));
      // Every other entry given its record's JSON, as the write path does; the others rebuild it from the changes.
      const sealed = await Promise.all(entries.map((entry, index) => chainEntry(entry, undefined, key, 2, index % 2 === 0 ? canonicalJson(records[index]) : undefined)));
      for (const [index, entry] of sealed.entries()) {
        const bytes = format2Bytes(entries[index]!, records[index]!);
        const expected = key ? `hmac-sha256:2:${hex(await crypto.subtle.sign('HMAC', key, bytes))}` : `sha256:2:${hex(await crypto.subtle.digest('SHA-256', bytes))}`;
        expect(entry.hash, `entry ${index}`).to.equal(expected);
        expect(entry, `entry ${index}`).to.deep.equal({ ...entries[index], prevHash: null, hash: expected });
      }
    }
  });
});
