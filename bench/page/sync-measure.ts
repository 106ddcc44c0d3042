// The sync benchmark page (bench/sync.mjs): each measurement beside a baseline of plain fetch calls
// moving the same JSON to and from the same reference server.
import { createDraftContact } from '../../src/model/visitation/create.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import type { PushWrite } from '../../src/storage/sync/protocol.js';
import { SyncStorageAdapter } from '../../src/storage/sync/sync-adapter.js';

const at = '2026-03-02T09:00:00.000Z';
let counter = 0;
const freshName = (label: string) => `caseplan-bench-sync-${label}-${Date.now().toString(36)}-${(counter += 1)}`;

interface Setup {
  url: string;
  token: string;
}

const contact = (id: string, notes = ''): Contact => ({ ...createDraftContact({ id, caseId: 'bench-case', childId: 'bench-child', authorId: 'bench-worker', createdAt: at, occurredAt: at }), notes });

/** Resolves when the adapter has nothing left to push. */
function drained(adapter: SyncStorageAdapter): Promise<void> {
  return new Promise((resolve) => {
    if (adapter.syncState.pending === 0) return resolve();
    const stop = adapter.onSyncState((state) => {
      if (state.pending === 0) {
        stop();
        resolve();
      }
    });
  });
}

function headers(setup: Setup): Record<string, string> {
  return { Authorization: `Bearer ${setup.token}`, 'Content-Type': 'application/json' };
}

/** Plain fetch: every page of the pull, parsed, nothing stored. */
async function pullWithFetch(setup: Setup, since: number): Promise<{ records: number; checkpoint: number }> {
  let checkpoint = since;
  let records = 0;
  for (;;) {
    const response = await fetch(`${setup.url}/v1/pull?since=${checkpoint}&limit=500`, { headers: headers(setup) });
    const page = (await response.json()) as { changes: unknown[]; checkpoint: number; hasMore: boolean };
    records += page.changes.length;
    checkpoint = page.checkpoint;
    if (!page.hasMore) return { records, checkpoint };
  }
}

async function pushWithFetch(setup: Setup, writes: PushWrite[]): Promise<void> {
  for (let start = 0; start < writes.length; start += 100) {
    const response = await fetch(`${setup.url}/v1/push`, { method: 'POST', headers: headers(setup), body: JSON.stringify({ writes: writes.slice(start, start + 100) }) });
    await response.json();
  }
}

const newWrite = (record: Contact, baseVersion: number): PushWrite => ({
  idempotencyKey: crypto.randomUUID(),
  kind: 'contact',
  baseVersion,
  record: { ...record, version: baseVersion },
  history: { at: record.updatedAt, by: record.updatedBy, action: 'record.updated' },
});

const bench = {
  /** Writes `count` records to the server with plain fetch (the data the first sync pulls). */
  async seed(setup: Setup, count: number): Promise<void> {
    await pushWithFetch(
      setup,
      Array.from({ length: count }, (_, index) => newWrite(contact(`bench-${index}`), 0)),
    );
  },

  /** A browser with nothing yet: from creating the adapter to every record stored locally. */
  async firstSync(setup: Setup): Promise<{ adapter: number; fetch: number; records: number }> {
    const started = performance.now();
    const adapter = new SyncStorageAdapter({ url: setup.url, token: () => setup.token, databaseName: freshName('first'), live: false });
    await adapter.syncNow();
    const elapsed = performance.now() - started;
    const records = (await adapter.list('contact')).records.length;
    await adapter.close();
    const fetchStarted = performance.now();
    await pullWithFetch(setup, 0);
    return { adapter: elapsed, fetch: performance.now() - fetchStarted, records };
  },

  /** One edit, from put() to the server having accepted it; beside one plain POST of the same write. */
  async pushLatency(setup: Setup, edits: number): Promise<{ adapter: number[]; fetch: number[] }> {
    const adapter = new SyncStorageAdapter({ url: setup.url, token: () => setup.token, databaseName: freshName('latency'), live: false, pollIntervalMs: 3_600_000 });
    let record = await adapter.put('contact', contact(`latency-${Date.now()}`));
    await drained(adapter);
    await adapter.syncNow();
    const times: number[] = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const started = performance.now();
      record = await adapter.put('contact', { ...record, notes: `edit ${edit}` });
      await drained(adapter);
      times.push(performance.now() - started);
    }
    await adapter.close();
    const plain: number[] = [];
    const plainRecord = contact(`latency-plain-${Date.now()}`);
    await pushWithFetch(setup, [newWrite(plainRecord, 0)]);
    for (let edit = 0; edit < edits; edit += 1) {
      const started = performance.now();
      await pushWithFetch(setup, [newWrite({ ...plainRecord, notes: `edit ${edit}` }, edit + 1)]);
      plain.push(performance.now() - started);
    }
    return { adapter: times, fetch: plain };
  },

  /** `edits` edits made offline across `records` records, then online: to nothing pending and pulled. */
  async resync(setup: Setup, records: number, edits: number): Promise<{ adapter: number; fetch: number }> {
    let online = true;
    const gated: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('offline (benchmark)')));
    const adapter = new SyncStorageAdapter({ url: setup.url, token: () => setup.token, databaseName: freshName('resync'), live: false, fetch: gated, backoff: { baseMs: 10, maxMs: 50 } });
    const prefix = `resync-${Date.now()}`;
    const stored = await adapter.transaction(Array.from({ length: records }, (_, index) => ({ kind: 'contact', record: contact(`${prefix}-${index}`) })));
    await adapter.syncNow(); // the first sync of what the server already holds, outside the timing
    online = false;
    const current = stored as Contact[];
    for (let edit = 0; edit < edits; edit += 1) {
      const index = edit % records;
      current[index] = await adapter.put('contact', { ...current[index]!, notes: `offline edit ${edit}` });
    }
    online = true;
    const started = performance.now();
    await adapter.syncNow();
    await drained(adapter);
    const elapsed = performance.now() - started;
    await adapter.close();
    // Baseline: the same writes as plain POSTs (100 per request, in order), then the pull.
    const plainPrefix = `resync-plain-${Date.now()}`;
    await pushWithFetch(setup, Array.from({ length: records }, (_, index) => newWrite(contact(`${plainPrefix}-${index}`), 0)));
    const { checkpoint } = await pullWithFetch(setup, 0);
    const versions = new Array<number>(records).fill(1);
    const writes: PushWrite[][] = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const index = edit % records;
      const round = Math.floor(edit / records);
      (writes[round] ??= []).push(newWrite(contact(`${plainPrefix}-${index}`, `offline edit ${edit}`), versions[index]!));
      versions[index]! += 1;
    }
    const fetchStarted = performance.now();
    for (const round of writes) await pushWithFetch(setup, round);
    await pullWithFetch(setup, checkpoint);
    return { adapter: elapsed, fetch: performance.now() - fetchStarted };
  },
};

(window as unknown as { syncBench: typeof bench }).syncBench = bench;
document.documentElement.dataset.ready = 'true';
