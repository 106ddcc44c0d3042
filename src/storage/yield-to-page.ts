/** How long a slice of work on the main thread may run before the page gets a turn (input, paint, timers). */
const SLICE_MS = 8;

/**
 * A clock for long loops (validating thousands of rows): `due()` is true once the slice has run out;
 * then `await yieldToPage()` lets whatever the page has queued run, and the slice starts again. A
 * message to itself is an ordinary task with no 4 ms clamp (nested timers have one); `scheduler.yield()`
 * is not used: its continuation goes before the page's own queued tasks.
 */
export function sliceTimer(): { due(): boolean; yieldToPage(): Promise<void> } {
  let started = performance.now();
  let calls = 0;
  return {
    // The clock is read every CLOCK_EVERY calls: reading it costs about a microsecond, as much as a small
    // record's checks (a slice may run over by that many calls' work).
    due: () => (calls += 1) % CLOCK_EVERY === 0 && performance.now() - started >= SLICE_MS,
    async yieldToPage() {
      await nextTask();
      started = performance.now();
    },
  };
}

/** How many calls of `due()` read the clock once. */
const CLOCK_EVERY = 16;

function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
