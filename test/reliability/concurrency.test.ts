// Two tabs editing the same records: 200 interleaved random edits from two writers (two
// DexieStorageAdapter instances on one IndexedDB database) on a service plan, a visitation plan and a
// contact. Every stale write must be refused with a ConflictError; the writer resolves it (keeps its edit
// re-applied on the other's version); at the end every accepted edit is in the final record, nothing lost.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { StoredRecord } from '../../src/model/record.js';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { createDraftVisitationPlan } from '../../src/model/visitation/create.js';
import type { VisitationPlan } from '../../src/model/visitation/plan.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { ConflictError } from '../../src/storage/errors.js';
import { draftContact, draftPlan, freshDatabaseName } from '../storage/fixtures.js';
import { pick, seededRandom } from './support/random.js';
import { reportFigures } from './support/report.js';

/** Where each kind keeps the free text the edits append their token to. */
interface Target {
  kind: string;
  id: string;
  text(record: StoredRecord): string;
  withText(record: StoredRecord, text: string): StoredRecord;
}

const targets: Target[] = [
  {
    kind: 'servicePlan',
    id: 'plan-shared',
    text: (record) => (record as ServicePlan).goal.description,
    withText: (record, text) => ({ ...(record as ServicePlan), goal: { ...(record as ServicePlan).goal, description: text } }) as StoredRecord,
  },
  {
    kind: 'visitationPlan',
    id: 'visits-shared',
    text: (record) => (record as VisitationPlan).notes,
    withText: (record, text) => ({ ...(record as VisitationPlan), notes: text }) as StoredRecord,
  },
  {
    kind: 'contact',
    id: 'contact-shared',
    text: (record) => (record as Contact).notes,
    withText: (record, text) => ({ ...(record as Contact), notes: text }) as StoredRecord,
  },
];

interface RecordedConflict {
  token: string;
  kind: string;
  readAt: number;
  stored: number;
  resolved: boolean;
}

/** One tab: its adapter and the copy of each record it last read or wrote (stale when the other tab saved). */
class Writer {
  readonly copies = new Map<string, StoredRecord>();
  constructor(
    readonly name: string,
    readonly storage: StorageAdapter,
  ) {}
}

interface Tally {
  accepted: Map<string, Set<string>>;
  conflicts: RecordedConflict[];
  attempts: number;
}

const tokensOf = (text: string) => text.split(' ').filter((token) => token !== '');

/** Appends `token` to the record's text and saves; on a conflict keeps the edit, re-applied on the stored version. */
async function edit(writer: Writer, target: Target, token: string, tally: Tally): Promise<void> {
  let base = writer.copies.get(target.kind)!;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    tally.attempts += 1;
    const updatedAt = new Date(Date.parse(base.updatedAt) + 1000).toISOString();
    const next = { ...target.withText(base, `${target.text(base)} ${token}`), updatedAt, updatedBy: writer.name };
    try {
      const stored = await writer.storage.put(target.kind, next);
      writer.copies.set(target.kind, stored);
      tally.accepted.get(target.kind)!.add(token);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const current = error.current as StoredRecord;
      tally.conflicts.push({ token, kind: target.kind, readAt: base.version, stored: current.version, resolved: false });
      base = current;
      writer.copies.set(target.kind, current);
    }
  }
}

describe('two writers on one database: 200 interleaved random edits', () => {
  let databaseName: string;
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('detects every stale write, and every accepted edit is in the final record or a recorded conflict', async function () {
    this.timeout(120000);
    databaseName = freshDatabaseName('concurrency');
    const seed = 20260302;
    const random = seededRandom(seed);
    const writers = [new Writer('worker-1', new DexieStorageAdapter({ databaseName })), new Writer('worker-2', new DexieStorageAdapter({ databaseName }))];
    const initial: StoredRecord[] = [
      draftPlan('plan-shared'),
      createDraftVisitationPlan({ id: 'visits-shared', caseId: 'case-1', childId: 'child-1', createdBy: 'worker-1', createdAt: '2026-03-02T09:00:00.000Z', startDate: '2026-03-03', timeZone: 'America/Sao_Paulo' }),
      draftContact('contact-shared'),
    ];
    const created = await writers[0]!.storage.transaction(initial.map((record, index) => ({ kind: targets[index]!.kind, record })));
    for (const writer of writers) for (const [index, record] of created.entries()) writer.copies.set(targets[index]!.kind, record);

    const tally: Tally = { accepted: new Map(targets.map((target) => [target.kind, new Set()])), conflicts: [], attempts: 0 };
    let edits = 0;
    while (edits < 200) {
      const target = pick(random, targets);
      if (random() < 0.5) {
        // Both tabs save the same record at the same moment.
        await Promise.all(writers.map((writer) => edit(writer, target, `${writer.name}#${edits++}`, tally)));
      } else {
        const writer = pick(random, writers);
        await edit(writer, target, `${writer.name}#${edits++}`, tally);
      }
    }
    for (const conflict of tally.conflicts) {
      conflict.resolved = tally.accepted.get(conflict.kind)!.has(conflict.token);
    }

    // Read back through a third instance, as after a reload.
    const reader = new DexieStorageAdapter({ databaseName });
    let lost = 0;
    for (const target of targets) {
      const final = (await reader.get(target.kind, target.id))!;
      const finalTokens = new Set(tokensOf(target.text(final)));
      const accepted = tally.accepted.get(target.kind)!;
      for (const token of accepted) if (!finalTokens.has(token)) lost += 1;
      // Each token once: no edit applied twice by a retry.
      expect(tokensOf(target.text(final)).length, `${target.kind}: tokens once each`).to.equal(finalTokens.size);
      // Every version is one accepted write (plus the creation): no write slipped in unseen.
      expect(final.version, `${target.kind}: one version per accepted write`).to.equal(accepted.size + 1);
      const history = await reader.history(target.kind, target.id);
      expect(await verifyHistory(history, final.version)).to.deep.include({ valid: true, entries: final.version });
      // Every token attempted is either in the final record, or left in a recorded, unresolved conflict.
      for (const conflict of tally.conflicts.filter((candidate) => candidate.kind === target.kind)) {
        expect(finalTokens.has(conflict.token) || !conflict.resolved, conflict.token).to.equal(true);
      }
      // Every conflict really was a stale write: read at an older version than the one stored.
      for (const conflict of tally.conflicts) expect(conflict.readAt, conflict.token).to.be.lessThan(conflict.stored);
    }
    expect(lost).to.equal(0);
    expect(edits).to.equal(200);
    expect(tally.conflicts.length, 'the interleaving produced conflicts').to.be.greaterThan(20);
    reportFigures({ scenario: 'concurrency: 2 IndexedDB writers, 3 records', writers: 2, edits, conflicts: tally.conflicts.length, lost });
    await Promise.all([reader.close(), ...writers.map((writer) => writer.storage.close())]);
  });
});
