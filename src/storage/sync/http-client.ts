import * as z from 'zod/mini';
import { ErrorResponseSchema, HistoryResponseSchema, PullResponseSchema, PushResponseSchema, StreamEventSchema, StreamReadySchema, SYNC_PROTOCOL_PATH, type HistoryResponse, type PullResponse, type PushResult, type PushWrite, type StreamEvent, type StreamReady } from './protocol.js';

/** The bearer token, asked of the host on every request: the adapter never stores it. */
export type TokenSource = () => string | Promise<string>;

/**
 * A request that did not succeed. `offline` when the server could not be reached at all (the edit waits
 * for the network); otherwise the server answered with `status` and a protocol error `code`.
 */
export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | undefined,
    readonly offline: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface SyncHttpClientOptions {
  /** The server's base URL (without /v1). */
  url: string;
  token: TokenSource;
  fetch?: typeof fetch;
}

/** The protocol's three calls over fetch, every response checked against the protocol's schemas. */
export class SyncHttpClient {
  private readonly base: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: SyncHttpClientOptions) {
    this.base = `${options.url.replace(/\/+$/, '')}${SYNC_PROTOCOL_PATH}`;
    this.fetcher = options.fetch ?? ((...args) => fetch(...args));
  }

  async push(writes: PushWrite[], signal?: AbortSignal): Promise<PushResult[]> {
    const body = await this.request('/push', { method: 'POST', body: JSON.stringify({ writes }), headers: { 'Content-Type': 'application/json' }, ...(signal ? { signal } : {}) }, PushResponseSchema);
    if (body.results.length !== writes.length) throw new SyncHttpError('sync.bad-response', 'The server answered a different number of results than writes', 200, false);
    return body.results;
  }

  /** One page since `since`; `at` names the change the checkpoint was taken at (kind:version:id), for the server to check. */
  pull(since: number, limit: number, signal?: AbortSignal, at?: string): Promise<PullResponse> {
    const checked = at !== undefined && since > 0 ? `&at=${encodeURIComponent(at)}` : '';
    return this.request(`/pull?since=${since}&limit=${limit}${checked}`, signal ? { signal } : {}, PullResponseSchema);
  }

  /** The server's history chain of one record; undefined when the server does not have it (404). */
  async history(kind: string, id: string, signal?: AbortSignal): Promise<HistoryResponse | undefined> {
    try {
      return await this.request(`/history/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, signal ? { signal } : {}, HistoryResponseSchema);
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Listens to the server's event stream (fetch, so the token travels in a header, never in the URL)
   * and calls `onEvent` for each change; resolves when the stream ends or `signal` aborts, rejects
   * when it cannot be opened or breaks.
   */
  async stream(onEvent: (event: StreamEvent | ({ ready: true } & Partial<StreamReady>)) => void, signal: AbortSignal): Promise<void> {
    const response = await this.send('/stream', { headers: { Accept: 'text/event-stream' }, signal });
    if (!response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value.replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
          const data = [...block.matchAll(/^data: ?(.*)$/gm)].map((match) => match[1]).join('\n');
          if (name === 'ready') {
            // Where the server's log stands; a server from before log ids may send no data.
            const parsed = z.safeParse(StreamReadySchema, safeJson(data));
            onEvent(parsed.success ? { ready: true, ...parsed.data } : { ready: true });
          }
          else if (name === 'change' && data) {
            const parsed = z.safeParse(StreamEventSchema, safeJson(data));
            if (parsed.success) onEvent(parsed.data);
          }
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      throw new SyncHttpError('sync.offline', 'The event stream broke', undefined, true, { cause: error });
    } finally {
      reader.releaseLock();
    }
  }

  private async request<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>): Promise<T> {
    const response = await this.send(path, init);
    const parsed = z.safeParse(schema, await response.json().catch(() => undefined));
    if (!parsed.success) throw new SyncHttpError('sync.bad-response', `The server's answer to ${path} does not match the protocol`, response.status, false);
    return parsed.data;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const token = await this.options.token();
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` }, cache: 'no-store' });
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
      throw new SyncHttpError('sync.offline', 'The sync server cannot be reached', undefined, true, { cause: error });
    }
    if (response.ok) return response;
    const body = z.safeParse(ErrorResponseSchema, await response.json().catch(() => undefined));
    const code = body.success ? `sync.${body.data.error.code}` : `sync.http-${response.status}`;
    // A gateway or a server restarting answers 502-504: the network is as good as down.
    throw new SyncHttpError(code, body.success ? body.data.error.message : `HTTP ${response.status}`, response.status, response.status >= 502 && response.status <= 504);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
