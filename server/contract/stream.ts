import { check, ContractFailure, equal } from './harness.js';

/** How long a stream waits for an event before the case fails. */
const STREAM_WAIT_MS = 10_000;

/** Opens `/v1/stream` on `base`; `nextEvent` gives the next event with data, or fails after STREAM_WAIT_MS. */
export async function openStream(base: string, as: string): Promise<{ nextEvent(): Promise<{ event: string; data: string }>; close(): Promise<void> }> {
  const controller = new AbortController();
  const response = await fetch(`${base}/v1/stream`, { headers: { Authorization: `Bearer ${as}`, Accept: 'text/event-stream' }, signal: controller.signal });
  equal(response.status, 200, 'stream answers 200');
  check((response.headers.get('Content-Type') ?? '').startsWith('text/event-stream'), 'text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const read = async (): Promise<{ event: string; data: string }> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
        const data = [...block.matchAll(/^data: ?(.*)$/gm)].map((match) => match[1]).join('\n');
        if (data) return { event, data };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new ContractFailure('the stream ended');
      buffer += value;
    }
  };
  return {
    nextEvent: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ContractFailure(`no event on the stream within ${STREAM_WAIT_MS / 1000} s`)), STREAM_WAIT_MS);
      });
      return Promise.race([read(), late]).finally(() => clearTimeout(timer));
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
