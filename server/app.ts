/// <reference types="node" />
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import * as z from 'zod/mini';
import { CheckpointChangeSchema, KindSchema, PushRequestSchema, type ErrorResponse, type StreamReady } from '../src/storage/sync/protocol.js';
import { IdSchema } from '../src/model/record.js';
import { issuesToViolations } from '../src/storage/validate.js';
import { scopeOf, maySee, type TokenScope, type TokenTable } from './auth.js';
import type { SyncStore } from './store.js';

export interface AppOptions {
  store: SyncStore;
  tokens: TokenTable;
  /** Origins allowed to call from a browser (the host application's), or '*'. */
  corsOrigins: readonly string[] | '*';
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Seconds between keep-alive comments on the stream (default 15). */
  keepAliveSeconds?: number;
}

type Env = { Variables: { scope: TokenScope } };

/** A clear JSON error: a stable code and a sentence, with the violations of the input where there are some. */
function fail(c: Context, status: 400 | 401 | 404 | 409 | 413 | 415 | 500, code: string, message: string, violations?: ErrorResponse['error']['violations']) {
  const body: ErrorResponse = { error: { code, message, ...(violations ? { violations } : {}) } };
  return c.json(body, status);
}

const PullQuerySchema = z.object({
  since: z.pipe(z.string().check(z.regex(/^\d{1,15}$/)), z.transform(Number)),
  limit: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,5}$/)), z.transform(Number))),
  at: z.optional(CheckpointChangeSchema),
});

/** The HTTP side of the reference server (Hono): auth, limits, validation, errors; the store does the rest. */
export function createApp(options: AppOptions): Hono<Env> {
  const { store, tokens } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const app = new Hono<Env>();

  app.use(
    '*',
    cors({
      origin: options.corsOrigins === '*' ? '*' : [...options.corsOrigins],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
      maxAge: 600,
    }),
  );

  app.get('/health', (c) => c.json({ ok: true }));

  app.use('/v1/*', async (c, next) => {
    const scope = scopeOf(tokens, c.req.header('Authorization'));
    if (!scope) {
      c.header('WWW-Authenticate', 'Bearer realm="caseplan-sync"');
      return fail(c, 401, 'unauthorized', 'A valid bearer token is required (Authorization: Bearer <token>).');
    }
    c.set('scope', scope);
    await next();
  });

  app.post(
    '/v1/push',
    bodyLimit({
      maxSize: maxBodyBytes,
      // The rest of the body is never read: the connection must not be reused for another request.
      onError: (c) => {
        c.header('Connection', 'close');
        return fail(c, 413, 'payload-too-large', `The request body is larger than ${maxBodyBytes} bytes: push fewer writes at a time.`);
      },
    }),
    async (c) => {
      if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) return fail(c, 415, 'unsupported-media-type', 'Send the writes as application/json.');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return fail(c, 400, 'invalid-json', 'The request body is not valid JSON.');
      }
      const parsed = z.safeParse(PushRequestSchema, body);
      if (!parsed.success) return fail(c, 400, 'invalid-request', 'The push request does not match the protocol (see violations).', issuesToViolations(parsed.error.issues));
      return c.json({ results: await store.push(c.get('scope'), parsed.data.writes) });
    },
  );

  app.get('/v1/pull', async (c) => {
    const parsed = z.safeParse(PullQuerySchema, { since: c.req.query('since') ?? '0', limit: c.req.query('limit'), at: c.req.query('at') });
    if (!parsed.success) return fail(c, 400, 'invalid-request', 'since and limit must be whole numbers, at is kind:version:id.', issuesToViolations(parsed.error.issues));
    const { since, limit, at } = parsed.data;
    // The checkpoint names the change it was taken at: a log that does not hold it is another log (restored, emptied).
    if (at !== undefined && since > 0 && !(await store.holdsChange(c.get('scope'), since, at))) {
      return fail(c, 409, 'checkpoint-not-in-log', 'The change log does not hold the change this checkpoint was taken at (the database was emptied or restored): pull from 0.');
    }
    return c.json(await store.pull(c.get('scope'), since, limit ?? 500));
  });

  app.get('/v1/history/:kind/:id', async (c) => {
    const kind = z.safeParse(KindSchema, c.req.param('kind'));
    const id = z.safeParse(IdSchema, c.req.param('id'));
    if (!kind.success || !id.success) return fail(c, 400, 'invalid-request', 'kind or id is malformed.');
    const history = await store.history(c.get('scope'), kind.data, id.data);
    // Not there and not visible look the same: a token learns nothing of other cases.
    if (!history) return fail(c, 404, 'not-found', 'No such record.');
    return c.json(history);
  });

  app.get('/v1/stream', (c) => {
    const scope = c.get('scope');
    const keepAlive = (options.keepAliveSeconds ?? 15) * 1000;
    return streamSSE(c, async (stream) => {
      let wake: (() => void) | undefined;
      const queue: { seq: number; kind: string; id: string }[] = [];
      // The change log started again (the database emptied or restored): say where the server stands now.
      let restarted = false;
      const unsubscribe = store.onChange((change) => {
        if (!maySee(scope, change.caseId)) return;
        queue.push({ seq: change.seq, kind: change.kind, id: change.id });
        wake?.();
      });
      const unsubscribeReset = store.onReset(() => {
        restarted = true;
        // Changes queued from the old log are gone with it; the log is announced again from its start.
        queue.length = 0;
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        unsubscribeReset();
        wake?.();
      });
      // The first event says where the server stands, so a client that missed changes pulls at once.
      await store.catchUp();
      let readySeq = await store.lastSequence();
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ seq: readySeq, log: await store.logId() } satisfies StreamReady) });
      while (!stream.aborted) {
        if (restarted) {
          // Again after a reset: the client pulls, and changes past this sequence follow as events.
          restarted = false;
          readySeq = await store.lastSequence();
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ seq: readySeq, log: await store.logId() } satisfies StreamReady) });
          continue;
        }
        const next = queue.shift();
        // Announced late (the log is read after each commit): the client knows of it from `ready`.
        if (next && next.seq <= readySeq) continue;
        if (next) {
          await stream.writeSSE({ event: 'change', id: String(next.seq), data: JSON.stringify(next) });
          continue;
        }
        const timer = new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, keepAlive);
        });
        await timer;
        wake = undefined;
        if (!stream.aborted && queue.length === 0 && !restarted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
      unsubscribeReset();
    });
  });

  app.notFound((c) => fail(c, 404, 'not-found', `No route ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    console.error('[caseplan-sync] request failed:', error);
    return fail(c, 500, 'internal', 'The server could not complete the request; nothing partial was stored.');
  });
  return app;
}
