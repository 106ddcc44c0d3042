// One contract, run against every StorageAdapter: what the elements and the host rely on.
import { expect, waitUntil } from '@open-wc/testing';
import type { StorageAdapter, StorageChange } from '../../src/storage/adapter.js';
import { ConflictError, InvalidRecordError } from '../../src/storage/errors.js';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { DEFAULT_VALUE_LIMITS, type ValueLimits } from '../../src/model/value-limits.js';
import { draftContact, draftPlan } from './fixtures.js';

/** The host's limits for each adapter of a pair (the adapters' `limits` option); none: the defaults. */
export interface PairLimits {
  first?: ValueLimits;
  second?: ValueLimits;
}

/** Two adapters on one store (two tabs), created fresh for each test. */
export type AdapterPairFactory = (limits?: PairLimits) => Promise<{ first: StorageAdapter; second: StorageAdapter; dispose: () => Promise<void> }>;

const nextTick = () => new Promise((resolve) => setTimeout(resolve, 50));

export function runAdapterContract(label: string, makePair: AdapterPairFactory): void {
  describe(`${label}: the storage adapter contract`, () => {
    let first: StorageAdapter;
    let second: StorageAdapter;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ first, second, dispose } = await makePair());
    });
    afterEach(async () => {
      await dispose();
    });

    it('stores a new record (read at version 0) as version 1 and reads it back equal', async () => {
      const stored = await first.put('servicePlan', draftPlan('plan-a'));
      expect(stored.version).to.equal(1);
      const read = await first.get<ServicePlan>('servicePlan', 'plan-a');
      expect(read).to.deep.equal(stored);
      expect(await first.get('servicePlan', 'missing')).to.equal(undefined);
    });

    it('never alters the value the caller passed in', async () => {
      const plan = draftPlan('plan-b');
      const before = structuredClone(plan);
      const stored = await first.put('servicePlan', plan);
      stored.goal.title = 'changed after saving';
      expect(plan).to.deep.equal(before);
      expect((await first.get<ServicePlan>('servicePlan', 'plan-b'))!.goal.title).to.equal('');
    });

    it('hands back records of the caller\'s own: changing one, deep inside, alters neither the store nor its history', async () => {
      const plan: ServicePlan = { ...draftPlan('plan-own'), subGoals: [{ id: 'sg-1', title: 'Housing', description: '', items: [] }] };
      const [stored] = (await first.transaction([{ kind: 'servicePlan', record: plan }])) as [ServicePlan];
      const historyBefore = await first.history('servicePlan', 'plan-own');
      stored.subGoals[0]!.title = 'changed after saving';
      stored.subGoals.push({ id: 'sg-2', title: 'added after saving', description: '', items: [] });
      const read = (await first.get<ServicePlan>('servicePlan', 'plan-own'))!;
      expect(read.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Housing']);
      expect(await first.history('servicePlan', 'plan-own')).to.deep.equal(historyBefore);
      if (first.verifyHistory) expect((await first.verifyHistory('servicePlan', 'plan-own')).valid).to.equal(true);
    });

    it('refuses a stale write with a ConflictError carrying both versions, and writes nothing', async () => {
      const stored = await first.put('servicePlan', draftPlan('plan-c'));
      const mine = { ...stored, goal: { title: 'Mine', description: '' } };
      const theirs = await second.put('servicePlan', { ...stored, goal: { title: 'Theirs', description: '' } });
      const error = await first.put('servicePlan', mine).then(() => undefined, (caught: unknown) => caught);
      expect(error).to.be.instanceOf(ConflictError);
      const conflict = error as ConflictError<ServicePlan>;
      expect(conflict.attempted.goal.title).to.equal('Mine');
      expect(conflict.current?.goal.title).to.equal('Theirs');
      expect(conflict.current?.version).to.equal(theirs.version);
      expect((await first.get<ServicePlan>('servicePlan', 'plan-c'))!.goal.title).to.equal('Theirs');
    });

    it('refuses to create a record that already exists', async () => {
      await first.put('servicePlan', draftPlan('plan-d'));
      const error = await second.put('servicePlan', draftPlan('plan-d')).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(ConflictError);
    });

    it('refuses an invalid record with the violated fields, and writes nothing', async () => {
      const bad = { ...draftPlan('plan-e'), goal: { title: 'x'.repeat(50_000), description: '' } };
      const error = await first.put('servicePlan', bad).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).violations.some((violation) => violation.path.join('.') === 'goal.title')).to.equal(true);
      expect(await first.get('servicePlan', 'plan-e')).to.equal(undefined);
    });

    it('refuses a text holding half a character (a lone surrogate, which the agency\'s server cannot store), naming its field; a whole emoji is kept', async () => {
      const error = await first.put('contact', { ...draftContact('contact-half'), notes: 'Visit went well \uD83D' }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).violations.map((violation) => `${violation.code} ${violation.path.join('.')}`)).to.deep.equal(['value.lone-surrogate notes']);
      expect(await first.get('contact', 'contact-half')).to.equal(undefined);
      await first.put('contact', { ...draftContact('contact-whole'), notes: 'Visit went well \u{1F642}' });
      expect((await first.get<Contact>('contact', 'contact-whole'))?.notes).to.equal('Visit went well \u{1F642}');
    });

    it('refuses fields its schema does not know, naming each (at any depth), and stores nothing', async () => {
      const plan = draftPlan('plan-u');
      const hostile = JSON.parse(JSON.stringify({ ...plan, goal: { ...plan.goal, markup: '<img src=x onerror=alert(1)>' }, payload: 'x'.repeat(5_000_000) })) as ServicePlan;
      Object.defineProperty(hostile, '__proto__', { value: { admin: true }, enumerable: true, configurable: true, writable: true });
      const error = await first.put('servicePlan', hostile).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(InvalidRecordError);
      const named = (error as InvalidRecordError).violations.map((violation) => `${violation.code} ${violation.path.join('.')}`);
      expect(named).to.have.members(['value.unrecognized_keys goal.markup', 'value.unrecognized_keys payload', 'value.unrecognized_keys __proto__']);
      expect(await first.get('servicePlan', 'plan-u')).to.equal(undefined);
      // What is stored is exactly what was checked: a known record round-trips, nothing more.
      const stored = await first.put('servicePlan', plan);
      expect(Object.keys((await first.get('servicePlan', 'plan-u'))!).sort()).to.deep.equal(Object.keys(stored).sort());
    });

    it('refuses a value nested 5 000 deep or larger than the size limit with an InvalidRecordError, never a RangeError', async () => {
      let deep: unknown = 'bottom';
      for (let level = 0; level < 5_000; level += 1) deep = { next: deep };
      for (const [label, record, code] of [
        ['deep field', { ...draftContact('contact-deep'), extra: deep }, 'value.too-deep'],
        ['deep note', { ...draftContact('contact-deep'), notes: deep }, 'value.too-deep'],
        ['huge list', { ...draftContact('contact-deep'), participantIds: Array.from({ length: 3_000_000 }, () => 'child-1') }, 'value.too-big'],
      ] as const) {
        const error = await first.put('contact', record as unknown as Contact).catch((caught: unknown) => caught);
        expect(error, label).to.be.instanceOf(InvalidRecordError);
        expect((error as InvalidRecordError).violations.map((violation) => violation.code), label).to.deep.equal([code]);
      }
      const batch = await first.transaction([{ kind: 'contact', record: { ...draftContact('contact-deep'), extra: deep } as unknown as Contact }]).catch((caught: unknown) => caught);
      expect(batch).to.be.instanceOf(InvalidRecordError);
      expect(await first.get('contact', 'contact-deep')).to.equal(undefined);
    });

    it("reads back what the host's raised limits let it write, and what is saved after the host lowers them", async () => {
      let nested: unknown = 'bottom';
      for (let level = 0; level < 100; level += 1) nested = { next: nested };
      const raised = { ...DEFAULT_VALUE_LIMITS, maxDepth: 200 };
      const lowered = { maxDepth: 8, maxSize: 100 };
      const pair = await makePair({ first: raised, second: lowered });
      try {
        // A kind of the host's own, which keeps its fields: the only way a record nests deeper than the default.
        const written = { id: 'note-deep', version: 0, createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', updatedBy: 'worker-1', tree: nested };
        await pair.first.put('hostNote', written);
        expect((await pair.first.get<typeof written>('hostNote', 'note-deep'))?.tree, 'read back under the raised limits').to.deep.equal(nested);
        const listed = await pair.first.list('hostNote');
        expect([listed.records.length, listed.corrupt.length], 'listed: records, corrupt').to.deep.equal([1, 0]);
        // Saved under the defaults, read by an adapter whose host lowered them: still there.
        const contact = await pair.first.put('contact', draftContact('contact-lowered'));
        expect(await pair.second.get('contact', 'contact-lowered'), 'read after the limits were lowered').to.deep.equal(contact);
        expect((await pair.second.list('contact')).records.map((record) => record.id)).to.deep.equal(['contact-lowered']);
      } finally {
        await pair.dispose();
      }
    });

    it('lists by case, child and plan, leaving archived records out unless asked', async () => {
      await first.put('servicePlan', draftPlan('plan-f', 'case-9'));
      await first.put('servicePlan', draftPlan('plan-g', 'case-8'));
      await first.put('contact', draftContact('contact-1', { childId: 'child-9', planId: 'visit-plan-1' }));
      const other = await first.put('contact', draftContact('contact-2', { childId: 'child-8' }));
      await first.archive('contact', other);
      expect((await first.list('servicePlan', { caseId: 'case-9' })).records.map((record) => record.id)).to.deep.equal(['plan-f']);
      expect((await first.list('contact', { childId: 'child-9' })).records.map((record) => record.id)).to.deep.equal(['contact-1']);
      expect((await first.list('contact', { planId: 'visit-plan-1' })).records.map((record) => record.id)).to.deep.equal(['contact-1']);
      expect((await first.list('contact', { childId: 'child-8' })).records).to.deep.equal([]);
      const withArchived = await first.list('contact', { childId: 'child-8', includeArchived: true });
      expect(withArchived.records.map((record) => [record.id, record.archived])).to.deep.equal([['contact-2', true]]);
    });

    it('archives with the same version check and keeps the record', async () => {
      const stored = await first.put('contact', draftContact('contact-3'));
      await second.put('contact', { ...stored, notes: 'edited elsewhere' });
      expect(await first.archive('contact', stored).catch((caught: unknown) => caught)).to.be.instanceOf(ConflictError);
      const latest = (await first.get('contact', 'contact-3'))!;
      const untouched = structuredClone(latest);
      const archived = await first.archive('contact', latest);
      expect(archived.archived).to.equal(true);
      expect(latest).to.deep.equal(untouched);
      expect((await first.get('contact', 'contact-3'))!.archived).to.equal(true);
      const history = await first.history('contact', 'contact-3');
      expect(history.map((entry) => entry.action)).to.deep.equal(['record.created', 'record.updated', 'record.archived']);
      expect(history.at(-1)!.changes).to.deep.equal([{ path: 'archived', after: true }]);
    });

    it('writes a multi-record transaction all or nothing: one stale record and none is stored', async () => {
      const existing = await first.put('servicePlan', draftPlan('plan-h'));
      await second.put('servicePlan', { ...existing, goal: { title: 'moved on', description: '' } });
      const stale: ServicePlan = { ...existing, goal: { title: 'stale', description: '' } };
      const error = await first
        .transaction([
          { kind: 'contact', record: draftContact('contact-4') },
          { kind: 'servicePlan', record: stale },
        ])
        .catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(ConflictError);
      expect(await first.get('contact', 'contact-4')).to.equal(undefined);
      const writes = [
        { kind: 'contact', record: draftContact('contact-5') },
        { kind: 'servicePlan', record: draftPlan('plan-i') },
      ];
      const untouched = structuredClone(writes);
      const both = await first.transaction(writes);
      expect(both.map((record) => record.version)).to.deep.equal([1, 1]);
      expect(writes).to.deep.equal(untouched);
      expect((await first.get('contact', 'contact-5'))!.version).to.equal(1);
      expect((await second.history('servicePlan', 'plan-i')).map((entry) => entry.seq)).to.deep.equal([1]);
    });

    it('refuses one record written twice in a transaction and writes none of it; one id in two kinds is two records', async () => {
      const twice = await first
        .transaction([
          { kind: 'contact', record: draftContact('twice-0') },
          { kind: 'contact', record: draftContact('twice-1') },
          { kind: 'contact', record: { ...draftContact('twice-1'), notes: 'again' } },
        ])
        .catch((caught: unknown) => caught);
      expect(twice).to.be.instanceOf(InvalidRecordError);
      expect((twice as InvalidRecordError).violations.map((found) => found.code)).to.deep.equal(['storage.duplicate-write']);
      expect(await first.get('contact', 'twice-0')).to.equal(undefined);
      expect(await first.get('contact', 'twice-1')).to.equal(undefined);
      const both = await first.transaction([
        { kind: 'contact', record: draftContact('shared-id') },
        { kind: 'servicePlan', record: draftPlan('shared-id') },
      ]);
      expect(both.map((record) => record.version)).to.deep.equal([1, 1]);
      expect((await second.get('servicePlan', 'shared-id'))!.id).to.equal('shared-id');
    });

    it('refuses a write whose record another tab saved while this one was being prepared, and writes none of it', async () => {
      const stored = await first.put('contact', draftContact('contact-race'));
      const digest = crypto.subtle.digest.bind(crypto.subtle);
      let interleaved = false;
      // The other tab saves between this write's read and its own commit (while this one hashes).
      crypto.subtle.digest = ((...args: Parameters<SubtleCrypto['digest']>) => {
        if (interleaved) return digest(...args);
        interleaved = true;
        return second.put('contact', { ...stored, notes: 'theirs' }).then(() => digest(...args));
      }) as SubtleCrypto['digest'];
      let error: unknown;
      try {
        error = await first
          .transaction([
            { kind: 'contact', record: draftContact('contact-race-new') },
            { kind: 'contact', record: { ...stored, notes: 'mine' } },
          ])
          .catch((caught: unknown) => caught);
      } finally {
        crypto.subtle.digest = digest;
      }
      expect(error).to.be.instanceOf(ConflictError);
      const conflict = error as ConflictError<Contact>;
      expect([conflict.id, conflict.attempted.notes, conflict.current?.notes, conflict.current?.version]).to.deep.equal(['contact-race', 'mine', 'theirs', 2]);
      expect(await first.get('contact', 'contact-race-new')).to.equal(undefined);
      const history = await first.history('contact', 'contact-race');
      expect(history.map((entry) => entry.seq)).to.deep.equal([1, 2]);
      expect(await verifyHistory(history, 2)).to.deep.include({ valid: true, entries: 2 });
    });

    it('writes a large batch of new and existing records in one transaction, each with its chained history and its change reported', async () => {
      const existing = await first.transaction(Array.from({ length: 80 }, (_, index) => ({ kind: 'contact', record: draftContact(`bulk-${String(index).padStart(3, '0')}`) })));
      const edits = existing.filter((_, index) => index % 2 === 0).map((record) => ({ kind: 'contact', record: { ...record, notes: 'edited' } }));
      const created = Array.from({ length: 40 }, (_, index) => ({ kind: 'contact', record: draftContact(`bulk-${String(index + 80).padStart(3, '0')}`) }));
      const stale = { kind: 'contact', record: { ...existing[1]!, version: 0 } };
      expect(await first.transaction([...created, ...edits, stale]).catch((caught: unknown) => caught)).to.be.instanceOf(ConflictError);
      expect(await first.get('contact', 'bulk-080')).to.equal(undefined);
      const mine: StorageChange[] = [];
      const theirs: StorageChange[] = [];
      const stopMine = first.watch((change) => mine.push(change));
      const stopTheirs = second.watch((change) => theirs.push(change));
      const saved = await first.transaction([...created, ...edits]);
      // The other instance hears through a BroadcastChannel: on a loaded machine that takes more than a tick.
      await waitUntil(() => theirs.length >= saved.length, 'the other instance heard of every write', { timeout: 5000 });
      await nextTick();
      stopMine();
      stopTheirs();
      expect(saved.map((record) => record.version)).to.deep.equal([...created.map(() => 1), ...edits.map(() => 2)]);
      const expected = saved.map((record) => ({ kind: 'contact', id: record.id, version: record.version, archived: false }));
      expect(mine).to.deep.equal(expected.map((change) => ({ ...change, origin: 'local' })));
      expect(theirs).to.deep.equal(expected.map((change) => ({ ...change, origin: 'remote' })));
      const listed = (await second.list<Contact>('contact', { childId: 'child-1' })).records.filter((record) => record.id.startsWith('bulk-'));
      expect(listed).to.have.length(120);
      expect(listed.filter((record) => record.notes === 'edited')).to.have.length(40);
      for (const id of ['bulk-000', 'bulk-001', 'bulk-119']) {
        const record = (await first.get<Contact>('contact', id))!;
        const history = await second.history('contact', id);
        expect(history.map((entry) => entry.seq)).to.deep.equal(Array.from({ length: record.version }, (_, index) => index + 1));
        expect(await verifyHistory(history, record.version)).to.deep.include({ valid: true, entries: record.version });
      }
    });

    it('writes a large batch whose ids are spread among many other records', async () => {
      const crowd = await first.transaction(Array.from({ length: 300 }, (_, index) => ({ kind: 'contact', record: draftContact(`crowd-${String(index).padStart(3, '0')}`) })));
      const writes = [
        { kind: 'contact', record: { ...crowd[0]!, notes: 'first edited' } },
        { kind: 'contact', record: { ...crowd[299]!, notes: 'last edited' } },
        ...Array.from({ length: 62 }, (_, index) => ({ kind: 'contact', record: draftContact(`crowd-${String(index * 4).padStart(3, '0')}-new`) })),
      ];
      const saved = await first.transaction(writes);
      expect(saved.map((record) => record.version)).to.deep.equal([2, 2, ...Array.from({ length: 62 }, () => 1)]);
      for (const id of ['crowd-000', 'crowd-299']) {
        const history = await second.history('contact', id);
        expect(await verifyHistory(history, 2)).to.deep.include({ valid: true, entries: 2 });
      }
      expect(await first.transaction([{ kind: 'contact', record: { ...crowd[1]!, version: 0 } }, ...writes.slice(2).map((write) => ({ ...write, record: { ...write.record, version: 1 } }))]).catch((caught: unknown) => caught)).to.be.instanceOf(ConflictError);
    });

    it('keeps each record its own history, in order past ten writes, even when one id begins with another', async () => {
      let record = await first.put('contact', draftContact('contact-h'));
      for (let write = 2; write <= 11; write += 1) record = await first.put('contact', { ...record, notes: `write ${write}` });
      await first.put('contact', draftContact('contact-h.2'));
      const history = await second.history('contact', 'contact-h');
      expect(history.map((entry) => entry.seq)).to.deep.equal(Array.from({ length: 11 }, (_, index) => index + 1));
      expect(await verifyHistory(history, 11)).to.deep.include({ valid: true, entries: 11 });
      expect((await second.history('contact', 'contact-h.2')).map((entry) => [entry.recordId, entry.seq])).to.deep.equal([['contact-h.2', 1]]);
      expect((await first.list('contact', {})).records.map((stored) => stored.id).sort()).to.deep.equal(['contact-h', 'contact-h.2']);
    });

    it('tells its own watchers (local) and another instance on the same store (remote) of each write', async () => {
      const mine: StorageChange[] = [];
      const theirs: StorageChange[] = [];
      const stopMine = first.watch((change) => mine.push(change));
      const stopTheirs = second.watch((change) => theirs.push(change));
      await first.put('contact', draftContact('contact-6'));
      await nextTick();
      expect(mine).to.deep.include({ kind: 'contact', id: 'contact-6', version: 1, archived: false, origin: 'local' });
      expect(theirs).to.deep.include({ kind: 'contact', id: 'contact-6', version: 1, archived: false, origin: 'remote' });
      stopMine();
      stopTheirs();
      await first.put('contact', { ...(await first.get('contact', 'contact-6'))!, notes: 'again' });
      await nextTick();
      expect(mine).to.have.length(1);
    });

    it('keeps a history of every write: who, when, action, changed fields before and after, chained by hash', async () => {
      const created = await first.put('servicePlan', draftPlan('plan-j'), { action: 'plan.created' });
      const later = '2026-03-03T10:00:00.000Z';
      const edited = await second.put('servicePlan', { ...created, updatedAt: later, updatedBy: 'worker-2', goal: { title: 'Safe home', description: '' } }, { action: 'plan.edited', comment: 'after the team meeting' });
      const history = await first.history('servicePlan', 'plan-j');
      expect(history.map((entry) => [entry.seq, entry.action, entry.by])).to.deep.equal([
        [1, 'plan.created', 'worker-1'],
        [2, 'plan.edited', 'worker-2'],
      ]);
      expect(history[1]!.at).to.equal(later);
      expect(history[1]!.comment).to.equal('after the team meeting');
      expect(history[1]!.changes).to.deep.equal([{ path: 'goal.title', before: '', after: 'Safe home' }]);
      expect(await verifyHistory(history, edited.version)).to.deep.include({ valid: true, entries: 2 });
    });

    it('lists the newest records first page: by when they took place (offsets resolved), ties with the last kept, archived left out unless asked', async () => {
      const contactAt = (id: string, occurredAt: string, options: { childId?: string; planId?: string } = {}) => ({ ...draftContact(id, { childId: 'child-n', ...options }), occurredAt });
      await first.transaction(
        [
          contactAt('n-old', '2026-03-01T09:00:00.000Z'),
          // 08:00 UTC: before n-mid, though its text sorts after n-mid's.
          contactAt('n-offset', '2026-03-05T10:00:00.000+02:00', { planId: 'visit-plan-n' }),
          contactAt('n-mid', '2026-03-05T09:00:00.000Z', { planId: 'visit-plan-n' }),
          contactAt('n-tie-a', '2026-03-10T12:00:00.000Z'),
          contactAt('n-tie-b', '2026-03-10T12:00:00.000Z'),
          contactAt('n-new', '2026-03-20T12:00:00.000Z'),
          contactAt('n-archived', '2026-03-25T12:00:00.000Z'),
          contactAt('n-other-child', '2026-03-30T12:00:00.000Z', { childId: 'child-other' }),
          contactAt('n-plan-other-child', '2026-03-06T12:00:00.000Z', { childId: 'child-other', planId: 'visit-plan-n' }),
        ].map((record) => ({ kind: 'contact', record })),
      );
      await first.archive('contact', (await first.get('contact', 'n-archived'))!);
      const ids = async (query: Parameters<StorageAdapter['list']>[1]) => {
        const { records } = await second.list<Contact>('contact', query);
        const instants = records.map((record) => Date.parse(record.occurredAt));
        expect(instants, 'newest first').to.deep.equal([...instants].sort((a, b) => b - a));
        return records.map((record) => record.id);
      };
      expect(await ids({ childId: 'child-n', newest: 1 })).to.deep.equal(['n-new']);
      expect((await ids({ childId: 'child-n', newest: 2 })).sort()).to.deep.equal(['n-new', 'n-tie-a', 'n-tie-b']);
      expect(await ids({ childId: 'child-n', newest: 4 })).to.include.members(['n-new', 'n-tie-a', 'n-tie-b', 'n-mid']).and.to.have.length(4);
      expect(await ids({ childId: 'child-n', newest: 1, includeArchived: true })).to.deep.equal(['n-archived']);
      expect(await ids({ planId: 'visit-plan-n', newest: 1 })).to.deep.equal(['n-plan-other-child']);
      // Two scopes: the list's index (the plan's) is not the whole query.
      expect(await ids({ planId: 'visit-plan-n', childId: 'child-n', newest: 1, includeArchived: true })).to.deep.equal(['n-mid']);
      expect(await ids({ caseId: 'case-1', newest: 1 })).to.deep.equal(['n-other-child']);
      expect((await ids({ childId: 'child-n', newest: 100 })).sort()).to.deep.equal(['n-mid', 'n-new', 'n-offset', 'n-old', 'n-tie-a', 'n-tie-b']);
      expect(await ids({ childId: 'child-n', newest: 0 })).to.deep.equal([]);
    });
  });
}
