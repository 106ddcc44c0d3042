/**
 * The sync contract: what a back end must do for SyncStorageAdapter to keep every edit. Vendors run it
 * against their own server (`npm run sync-contract -- --url ... --token ... --scoped-token ...`, or call
 * runSyncContract); the reference server passes it in `npm test`. It writes records with fresh ids into
 * the two cases given, so it can run against a back end that already holds data.
 */
import * as z from 'zod/mini';
import { verifyHistory } from '../../src/model/history-chain.js';
import { createDraftContact } from '../../src/model/visitation/create.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import {
  ErrorResponseSchema,
  HistoryResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  StreamEventSchema,
  type PullResponse,
  type PushResult,
  type PushWrite,
} from '../../src/storage/sync/protocol.js';
import { check, equal, runCases, type ContractOutcome } from './harness.js';
import { openStream } from './stream.js';

export type { ContractOutcome } from './harness.js';

export interface SyncContractOptions {
  /** The server's base URL, without the /v1 path (e.g. https://sync.agency.example). */
  baseUrl: string;
  /**
   * Another server of the same back end (a second process on the same database), when there are several:
   * a change written through `baseUrl` must reach a stream opened here.
   */
  secondBaseUrl?: string;
  /**
   * Cuts what carries changes between the servers (the reference server: ends its LISTEN connections), to
   * check that a stream on `secondBaseUrl` still gets a write made after it (within 10 s). Needs `secondBaseUrl`.
   */
  interruptFanOut?: () => Promise<void>;
  /**
   * Empties the back end's database under the running server (records, change log, sequence back to 0), as
   * restoring an empty backup would, to check that a stream opened before hears of it. Run last: it
   * removes what the cases before wrote. Only for a database that holds nothing but the contract's.
   */
  resetDatabase?: () => Promise<void>;
  /** A token that may see both cases. */
  token: string;
  /** A token that may see `visibleCase` but not `hiddenCase`, and writes as `contract-worker` alone (no other author). */
  scopedToken: string;
  visibleCase: string;
  hiddenCase: string;
  /** The server's largest accepted body, in bytes; a body above it must be refused with 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** Called with each outcome as it is known (a command prints it). */
  report?: (outcome: ContractOutcome) => void;
}

const at = '2026-03-02T09:00:00.000Z';


/** Runs every case of the contract; resolves to the outcomes (never rejects for a failed case). */
export async function runSyncContract(options: SyncContractOptions): Promise<ContractOutcome[]> {
  const { baseUrl, secondBaseUrl, interruptFanOut, resetDatabase, token, scopedToken, visibleCase, hiddenCase } = options;
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  let keyCounter = 0;
  const newKey = () => `contract-${run}-${(keyCounter += 1)}`;
  const newId = (label: string) => `contract-${run}-${label}`;

  const contact = (id: string, caseId = visibleCase, notes = ''): Contact => ({
    ...createDraftContact({ id, caseId, childId: 'contract-child', authorId: 'contract-worker', createdAt: at, occurredAt: at }),
    notes,
  });
  const write = (record: Contact, baseVersion: number, key = newKey()): PushWrite => ({
    idempotencyKey: key,
    kind: 'contact',
    baseVersion,
    record,
    history: { at: record.updatedAt, by: record.updatedBy, action: baseVersion === 0 ? 'record.created' : 'record.updated' },
  });

  async function request(path: string, init: { method?: string; token?: string | null; body?: string; contentType?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    const bearer = init.token === undefined ? token : init.token;
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
    if (init.body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/json';
    return fetch(`${baseUrl}${path}`, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, ...(init.body !== undefined ? { body: init.body } : {}) });
  }
  async function push(writes: PushWrite[], as = token): Promise<PushResult[]> {
    const response = await request('/v1/push', { body: JSON.stringify({ writes }), token: as });
    equal(response.status, 200, 'push answers 200');
    const parsed = z.safeParse(PushResponseSchema, await response.json());
    check(parsed.success, `push response matches the protocol${parsed.success ? '' : `: ${z.prettifyError(parsed.error)}`}`);
    equal(parsed.data.results.length, writes.length, 'one result per write');
    return parsed.data.results;
  }
  async function pull(since: number, limit: number, as = token): Promise<PullResponse> {
    const response = await request(`/v1/pull?since=${since}&limit=${limit}`, { token: as });
    equal(response.status, 200, 'pull answers 200');
    const parsed = z.safeParse(PullResponseSchema, await response.json());
    check(parsed.success, `pull response matches the protocol${parsed.success ? '' : `: ${z.prettifyError(parsed.error)}`}`);
    return parsed.data;
  }
  async function pullAll(since: number, limit: number, as = token): Promise<{ pages: PullResponse[]; checkpoint: number }> {
    const pages: PullResponse[] = [];
    let checkpoint = since;
    for (let page = 0; page < 10_000; page += 1) {
      const response = await pull(checkpoint, limit, as);
      pages.push(response);
      checkpoint = response.checkpoint;
      if (!response.hasMore) break;
    }
    return { pages, checkpoint };
  }
  async function expectError(response: Response, status: number, code: string): Promise<void> {
    equal(response.status, status, `status for ${code}`);
    const parsed = z.safeParse(ErrorResponseSchema, await response.json());
    check(parsed.success, `the ${status} body is a JSON error of the protocol`);
    equal(parsed.data.error.code, code, 'error code');
  }
  const accepted = (result: PushResult | undefined) => {
    check(result?.status === 'accepted', `write accepted (got ${JSON.stringify(result)})`);
    return result;
  };
  /** Where the server stands now, from the first change the token can see after everything. */
  async function checkpointNow(as = token): Promise<number> {
    return (await pullAll(0, 1000, as)).checkpoint;
  }

  return runCases(
    [
      [
        'auth: a request without a token, or with an unknown one, is refused with 401 and a JSON error',
        async () => {
          await expectError(await request('/v1/pull?since=0', { token: null }), 401, 'unauthorized');
          await expectError(await request('/v1/pull?since=0', { token: `not-a-token-${run}` }), 401, 'unauthorized');
          await expectError(await request('/v1/push', { token: null, body: JSON.stringify({ writes: [write(contact(newId('noauth')), 0)] }) }), 401, 'unauthorized');
        },
      ],
      [
        'conflicts: a new record is version 1; a write on the current version is accepted; a stale one gets the conflict with the server record, and changes nothing',
        async () => {
          const id = newId('conflict');
          const first = accepted((await push([write(contact(id, visibleCase, 'one'), 0)]))[0]);
          equal(first.version, 1, 'first version');
          check(first.seq > 0, 'a sequence number above 0');
          const second = accepted((await push([write({ ...contact(id, visibleCase, 'two'), version: 1 }, 1)]))[0]);
          equal(second.version, 2, 'second version');
          check(second.seq > first.seq, 'sequence grows');
          const [stale] = await push([write({ ...contact(id, visibleCase, 'stale'), version: 1 }, 1)]);
          check(stale?.status === 'conflict', `stale write is a conflict (got ${stale?.status})`);
          equal((stale.current as Contact | null)?.notes, 'two', 'the conflict carries the server record');
          equal(stale.current?.version, 2, 'at its version');
          const [recreate] = await push([write(contact(id, visibleCase, 'again'), 0)]);
          check(recreate?.status === 'conflict', 'creating a record that exists is a conflict');
          const [ghost] = await push([write({ ...contact(newId('ghost')), version: 3 }, 3)]);
          check(ghost?.status === 'conflict' && ghost.current === null, 'updating a record the server lacks is a conflict with current null');
        },
      ],
      [
        'ordering: the writes of one push are applied in order, with increasing sequence numbers',
        async () => {
          const id = newId('order');
          const results = await push([
            write(contact(id, visibleCase, 'v1'), 0),
            write({ ...contact(id, visibleCase, 'v2'), version: 1 }, 1),
            write(contact(newId('order-b')), 0),
            write({ ...contact(id, visibleCase, 'v3'), version: 2 }, 2),
          ]);
          const seqs = results.map((result) => accepted(result).seq);
          check(seqs.every((seq, index) => index === 0 || seq > seqs[index - 1]!), `increasing sequence numbers: ${seqs.join(',')}`);
          equal(results.map((result) => accepted(result).version), [1, 2, 1, 3], 'versions in order');
        },
      ],
      [
        'idempotency: the same write sent again (same key) is applied once and answered as before; a key reused for another write is refused',
        async () => {
          const id = newId('idem');
          const once = write(contact(id, visibleCase, 'once'), 0);
          const first = accepted((await push([once]))[0]);
          const again = accepted((await push([once]))[0]);
          equal([again.version, again.seq, again.headHash, again.replayed], [first.version, first.seq, first.headHash, true], 'the replay answers the first result');
          const history = HistoryResponseSchema.parse(await (await request(`/v1/history/contact/${id}`)).json());
          equal(history.entries.length, 1, 'one history entry: applied once');
          const [reused] = await push([{ ...once, record: { ...once.record, notes: 'other' } }]);
          check(reused?.status === 'rejected' && reused.code === 'idempotency-key-reused', `a reused key is refused (got ${JSON.stringify(reused)})`);
        },
      ],
      [
        'paging: pull by checkpoint returns each changed record once, oldest first, in pages no larger than asked (and, from a 1.1 server, under one log id, checking `at`)',
        async () => {
          const since = await checkpointNow();
          const ids = Array.from({ length: 23 }, (_, index) => newId(`page-${index}`));
          await push(ids.map((id) => write(contact(id), 0)));
          const { pages, checkpoint } = await pullAll(since, 5);
          const seen = pages.flatMap((page) => page.changes);
          check(pages.every((page) => page.changes.length <= 5), 'pages of at most 5');
          check(pages.slice(0, -1).every((page) => page.hasMore), 'hasMore until the last page');
          equal(seen.map((change) => change.record.id), ids, 'every record once, in write order');
          check(seen.every((change, index) => index === 0 || change.seq > seen[index - 1]!.seq), 'increasing sequence');
          equal(checkpoint, seen.at(-1)!.seq, 'the checkpoint is the last sequence');
          // Log ids and `at` are protocol 1.1: a 1.0 server (no log id in its pages) is not held to them.
          if (pages[0]!.log !== undefined) {
            const last = seen.at(-1)!;
            const at = `contact:${last.record.version}:${last.record.id}`;
            equal((await request(`/v1/pull?since=${checkpoint}&limit=5&at=${encodeURIComponent(at)}`)).status, 200, 'a pull naming the change its checkpoint was taken at');
            await expectError(await request(`/v1/pull?since=${checkpoint}&limit=5&at=${encodeURIComponent(`contact:${last.record.version + 1}:${last.record.id}`)}`), 409, 'checkpoint-not-in-log');
            const logs = new Set(pages.map((page) => page.log));
            check(logs.size === 1, `every page names the same change log (got ${JSON.stringify([...logs])})`);
          }
          const after = await pull(checkpoint, 5);
          equal([after.changes.length, after.hasMore, after.checkpoint], [0, false, checkpoint], 'nothing after the checkpoint');
        },
      ],
      [
        'resync: after a gap, a pull from the old checkpoint gives each record once as it stands now, and history verifies',
        async () => {
          const since = await checkpointNow();
          const id = newId('resync');
          let version = 0;
          for (const notes of ['a', 'b', 'c', 'd']) version = accepted((await push([write({ ...contact(id, visibleCase, notes), version }, version)]))[0]).version;
          const { pages } = await pullAll(since, 100);
          const mine = pages.flatMap((page) => page.changes).filter((change) => change.record.id === id);
          equal(mine.length, 1, 'the record once');
          equal([(mine[0]!.record as Contact).notes, mine[0]!.record.version], ['d', 4], 'as it stands now');
          const history = HistoryResponseSchema.parse(await (await request(`/v1/history/contact/${id}`)).json());
          equal(history.entries.map((entry) => entry.seq), [1, 2, 3, 4], 'one entry per version');
          equal(history.headHash, mine[0]!.headHash, 'the pulled head hash is the history head');
          const verdict = await verifyHistory(history.entries, 4);
          check(verdict.valid, `the server chain verifies (${JSON.stringify(verdict)})`);
        },
      ],
      [
        'auth scoping: a token gets nothing of a case it may not see, and cannot write into it',
        async () => {
          const hidden = newId('hidden');
          accepted((await push([write(contact(hidden, hiddenCase, 'secret'), 0)]))[0]);
          const { pages } = await pullAll(0, 1000, scopedToken);
          const cases = new Set(pages.flatMap((page) => page.changes.map((change) => change.record.caseId)));
          check(!cases.has(hiddenCase), 'the scoped token pulls nothing of the hidden case');
          await expectError(await request(`/v1/history/contact/${hidden}`, { token: scopedToken }), 404, 'not-found');
          const [create] = await push([write(contact(newId('hidden-new'), hiddenCase), 0)], scopedToken);
          check(create?.status === 'rejected' && create.code === 'forbidden', 'creating in the hidden case is forbidden');
          const [overwrite] = await push([write({ ...contact(hidden, visibleCase, 'moved'), version: 1 }, 1)], scopedToken);
          check(overwrite?.status === 'rejected' && overwrite.code === 'forbidden', 'moving a hidden record into a visible case is forbidden');
          const [probe] = await push([write({ ...contact(hidden, visibleCase, 'probe'), version: 9 }, 9)], scopedToken);
          check(probe?.status !== 'conflict' || probe.current === null, 'a conflict never carries a record of the hidden case');
        },
      ],
      [
        'scope probes: to a token, a record of a case it may not see answers exactly as a record that does not exist (a pull naming it as its checkpoint\'s change, its history)',
        async () => {
          const hiddenId = newId('probe-hidden');
          const absentId = newId('probe-absent');
          const hidden = accepted((await push([write(contact(hiddenId, hiddenCase, 'secret'), 0)]))[0]);
          const visible = accepted((await push([write(contact(newId('probe-visible')), 0)], scopedToken))[0]);
          /** Status and body of a scoped token's request: what the token can tell apart. */
          const answer = async (path: string) => {
            const response = await request(path, { token: scopedToken });
            return [response.status, await response.text()];
          };
          // `at` is protocol 1.1: a 1.0 server (no log id in its pages) does not check it.
          const logChecked = (await pull(0, 1, scopedToken)).log !== undefined;
          const pullAt = (seq: number, change: string) => answer(`/v1/pull?since=${seq}&limit=5&at=${encodeURIComponent(change)}`);
          // At the hidden write's sequence, and at a sequence holding a visible change, under each guess.
          for (const seq of [hidden.seq, visible.seq]) {
            for (const version of [1, 2]) {
              equal(await pullAt(seq, `contact:${version}:${hiddenId}`), await pullAt(seq, `contact:${version}:${absentId}`), `a pull from ${seq} naming the hidden record at version ${version} answers as one naming no record`);
            }
          }
          // Naming a record the token may see, a checkpoint is still checked at a hidden change: a restored log is found.
          equal((await pullAt(hidden.seq, `contact:1:${visible.id}`))[0], logChecked ? 409 : 200, 'a pull naming a visible record that is not the change at that sequence');
          equal(await answer(`/v1/history/contact/${hiddenId}`), await answer(`/v1/history/contact/${absentId}`), 'the history of the hidden record answers as that of no record');
        },
      ],
      [
        'authorship: a write in the name of someone the token may not write as is refused (forbidden) and stores nothing',
        async () => {
          const id = newId('impostor');
          const impostor = { ...contact(id, visibleCase, 'written in a colleague\'s name'), updatedBy: `contract-impostor-${run}` };
          const [refused] = await push([write(impostor, 0)], scopedToken);
          check(refused?.status === 'rejected' && refused.code === 'forbidden', `a write authored as another user is forbidden (got ${JSON.stringify(refused)})`);
          await expectError(await request(`/v1/history/contact/${id}`), 404, 'not-found');
          accepted((await push([write(contact(newId('own-author'), visibleCase, 'mine'), 0)], scopedToken))[0]);
        },
      ],
      [
        'authorship: a new record whose author (authorId) the token may not write as is refused, as is an edit that changes its author',
        async () => {
          const id = newId('forged-author');
          const forged = { ...contact(id, visibleCase, 'said to be a colleague\'s'), authorId: `contract-colleague-${run}` };
          const [refused] = await push([write(forged, 0)], scopedToken);
          check(refused?.status === 'rejected' && refused.code === 'forbidden', `a new record with another's authorId is forbidden (got ${JSON.stringify(refused)})`);
          await expectError(await request(`/v1/history/contact/${id}`), 404, 'not-found');
          const own = contact(newId('author-kept'), visibleCase, 'mine');
          const created = accepted((await push([write(own, 0)], scopedToken))[0]);
          const [changed] = await push([write({ ...own, version: created.version, authorId: `contract-colleague-${run}` }, created.version)], scopedToken);
          check(changed?.status === 'rejected' && changed.code === 'forbidden', `an edit changing the author is forbidden (got ${JSON.stringify(changed)})`);
        },
      ],
      [
        'stream: a change event arrives for a visible write, none for a hidden one',
        async () => {
          const stream = await openStream(baseUrl, scopedToken);
          try {
            equal((await stream.nextEvent()).event, 'ready', 'first event');
            accepted((await push([write(contact(newId('stream-hidden'), hiddenCase), 0)]))[0]);
            const visible = accepted((await push([write(contact(newId('stream-visible')), 0)]))[0]);
            const change = await stream.nextEvent();
            equal(change.event, 'change', 'event name');
            const data = StreamEventSchema.parse(JSON.parse(change.data));
            equal([data.seq, data.id], [visible.seq, visible.id], 'the visible write, not the hidden one before it');
          } finally {
            await stream.close();
          }
        },
      ],
      ...(secondBaseUrl
        ? ([
            [
              'stream across servers: a write through one server reaches a stream opened on another server of the same back end',
              async () => {
                const stream = await openStream(secondBaseUrl, token);
                try {
                  equal((await stream.nextEvent()).event, 'ready', 'first event');
                  const written = accepted((await push([write(contact(newId('stream-elsewhere')), 0)]))[0]);
                  const change = await stream.nextEvent();
                  equal(change.event, 'change', 'event name');
                  const data = StreamEventSchema.parse(JSON.parse(change.data));
                  equal([data.seq, data.id], [written.seq, written.id], 'the write made through the other server');
                } finally {
                  await stream.close();
                }
              },
            ],
          ] satisfies [string, () => Promise<void>][])
        : []),
      ...(secondBaseUrl && interruptFanOut
        ? ([
            [
              'stream across servers, after what carries changes between them was cut: a later write still reaches the other server\'s stream',
              async () => {
                const stream = await openStream(secondBaseUrl, token);
                try {
                  equal((await stream.nextEvent()).event, 'ready', 'first event');
                  await interruptFanOut();
                  const written = accepted((await push([write(contact(newId('stream-after-cut')), 0)]))[0]);
                  const change = await stream.nextEvent();
                  const data = StreamEventSchema.parse(JSON.parse(change.data));
                  equal([change.event, data.seq, data.id], ['change', written.seq, written.id], 'the write made after the cut');
                } finally {
                  await stream.close();
                }
              },
            ],
          ] satisfies [string, () => Promise<void>][])
        : []),
      [
        'bad input: malformed JSON, a request off the protocol, a wrong content type, a body too large, a bad checkpoint: 4xx with a JSON error',
        async () => {
          await expectError(await request('/v1/push', { body: '{"writes": [' }), 400, 'invalid-json');
          await expectError(await request('/v1/push', { body: JSON.stringify({ writes: [{ kind: 'contact' }] }) }), 400, 'invalid-request');
          await expectError(await request('/v1/push', { body: JSON.stringify({ writes: [] }) }), 400, 'invalid-request');
          await expectError(await request('/v1/push', { body: 'writes', contentType: 'text/plain' }), 415, 'unsupported-media-type');
          const large = 'x'.repeat((options.maxBodyBytes ?? 1024 * 1024) + 1);
          await expectError(await request('/v1/push', { body: JSON.stringify({ writes: [write(contact(newId('large'), visibleCase, large), 0)] }) }), 413, 'payload-too-large');
          await expectError(await request('/v1/pull?since=abc'), 400, 'invalid-request');
        },
      ],
      [
        'bad records: each invalid write is rejected with its violations, the valid ones beside it are applied',
        async () => {
          const good = contact(newId('valid'));
          const bad = { ...contact(newId('invalid')), durationMinutes: -5 };
          const markup = { ...contact(newId('unknown-kind')) };
          const results = await push([write(bad, 0), write(good, 0), { ...write(markup, 0), kind: 'notAKind' }]);
          check(results[0]?.status === 'rejected' && results[0].code === 'invalid-record' && results[0].violations.some((violation) => violation.path.includes('durationMinutes')), `invalid record rejected with its path (got ${JSON.stringify(results[0])})`);
          accepted(results[1]);
          check(results[2]?.status === 'rejected' && results[2].code === 'unknown-kind', 'unknown kind rejected');
          await expectError(await request(`/v1/history/contact/${bad.id}`), 404, 'not-found');
        },
      ],
      // Last: it empties the database.
      ...(resetDatabase
        ? ([
            [
              'stream after the database was emptied under the server: an open stream says `ready` again (pull), then carries the writes made since',
              async () => {
                const stream = await openStream(baseUrl, token);
                try {
                  const first = await stream.nextEvent();
                  equal(first.event, 'ready', 'first event');
                  const before = z.parse(z.object({ seq: z.number() }), JSON.parse(first.data)).seq;
                  check(before > 0, `the cases before wrote changes (ready at ${before})`);
                  await resetDatabase();
                  // The log starts again at 1: below what the stream said it was at.
                  const written = accepted((await push([write(contact(newId('after-reset')), 0)]))[0]);
                  check(written.seq < before, `the sequence started again (${written.seq} after ${before})`);
                  const again = await stream.nextEvent();
                  equal(again.event, 'ready', 'the stream says where the server stands now');
                  const now = z.parse(z.object({ seq: z.number() }), JSON.parse(again.data)).seq;
                  check(now >= written.seq && now < before, `ready at the new log's sequence (got ${now}, the write was ${written.seq})`);
                  const next = accepted((await push([write(contact(newId('after-reset-2')), 0)]))[0]);
                  const change = await stream.nextEvent();
                  const data = StreamEventSchema.parse(JSON.parse(change.data));
                  equal([change.event, data.seq, data.id], ['change', next.seq, next.id], 'a write after the reset, as a change event');
                } finally {
                  await stream.close();
                }
              },
            ],
            [
              'data after the database was emptied: a client pulling from 0 gets exactly what the new log holds, with verifying histories (and, from a 1.1 server, pull pages name a new log)',
              async () => {
                const before = await pullAll(0, 1000);
                const oldLog = before.pages[0]?.log;
                // Log ids are protocol 1.1: a 1.0 server (none in its pages) is held to the rest.
                const logIds = oldLog !== undefined;
                if (logIds) check(before.pages.every((page) => page.log === oldLog), `every pull page names the server's log (got ${JSON.stringify(before.pages.map((page) => page.log))})`);
                check(before.checkpoint > 0, 'the cases before left changes');
                await resetDatabase();
                // A client that was at before.checkpoint: the log it pulls from is not the one its checkpoint belongs to.
                const lastBefore = before.pages.flatMap((page) => page.changes).at(-1)!;
                const atBefore = `${lastBefore.kind}:${lastBefore.record.version}:${lastBefore.record.id}`;
                if (logIds) await expectError(await request(`/v1/pull?since=${before.checkpoint}&limit=100&at=${encodeURIComponent(atBefore)}`), 409, 'checkpoint-not-in-log');
                const stale = await pull(before.checkpoint, 100);
                if (logIds) check(stale.log !== undefined && stale.log !== oldLog, `a pull after the reset names another log (got ${stale.log}, before ${oldLog})`);
                const ids = [newId('new-log-1'), newId('new-log-2')];
                const written = await push([write(contact(ids[0]!, visibleCase, 'first after'), 0), write(contact(ids[1]!, visibleCase, 'second after'), 0)]);
                const edited = accepted((await push([write({ ...contact(ids[0]!, visibleCase, 'first after, edited'), version: 1 }, 1)]))[0]);
                const after = await pullAll(0, 1);
                check(after.pages.every((page) => page.log === stale.log), 'the new log keeps its id while nothing else is reset');
                const changes = after.pages.flatMap((page) => page.changes);
                equal(
                  changes.map((change) => [change.record.id, (change.record as Contact).notes, change.record.version]),
                  [[ids[1], 'second after', 1], [ids[0], 'first after, edited', 2]],
                  'a client pulling from 0 gets the records of the new log, each once as it stands, and nothing from before',
                );
                equal(after.checkpoint, edited.seq, 'the checkpoint is the new log\'s last change');
                check(written.every((result) => accepted(result).seq <= edited.seq), 'sequences of the new log');
                for (const change of changes) {
                  const history = HistoryResponseSchema.parse(await (await request(`/v1/history/contact/${change.record.id}`)).json());
                  equal(history.headHash, change.headHash, 'the pulled head hash is the history head');
                  const verdict = await verifyHistory(history.entries, change.record.version);
                  check(verdict.valid, `the chain of ${change.record.id} verifies (${JSON.stringify(verdict)})`);
                }
                const stream = await openStream(baseUrl, token);
                try {
                  const ready = await stream.nextEvent();
                  const data = z.parse(z.object({ seq: z.number(), log: z.optional(z.string()) }), JSON.parse(ready.data));
                  equal([ready.event, data.seq, data.log], ['ready', edited.seq, stale.log], logIds ? 'a stream opened now says the new log and where it stands' : 'a stream opened now says where the log stands');
                } finally {
                  await stream.close();
                }
              },
            ],
          ] satisfies [string, () => Promise<void>][])
        : []),
    ],
    options.report,
  );
}
