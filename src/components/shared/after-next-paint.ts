/** A hidden page gets no animation frame: the work then runs after this much, not never. */
const NO_FRAME_FALLBACK_MS = 100;

/** Work asked for before one frame: run together, in the order asked, in one task after that frame's paint. */
interface Batch {
  runs: Array<() => void>;
  done: boolean;
}

/** The batch still waiting for its frame (work asked for now joins it). */
let waiting: Batch | undefined;
/** Batches whose frame came, each waiting for its message (messages arrive in the order sent). */
const painted: Batch[] = [];
/** The page's one channel to itself, made on first use (one per call before; ~10-14 µs each in Chromium). */
let port: MessagePort | undefined;

function run(batch: Batch): void {
  if (batch.done) return;
  batch.done = true;
  for (const work of batch.runs) {
    // One failing piece of work must not keep the others of its batch from running.
    try {
      work();
    } catch (error) {
      reportError(error);
    }
  }
}

function messagePort(): MessagePort {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const batch = painted.shift();
      if (batch) run(batch);
    };
    port = channel.port2;
  }
  return port;
}

/**
 * Runs `run` once, in a task after the next paint (a frame, then a message to itself), or soon if no frame
 * comes: for work the first screen does not show, so it never delays that screen's paint. Work asked for
 * before the same frame shares one frame callback, one message and one fallback timer (an editor opening
 * asks three times: its page margins, its deferred sections, the case's records); work asked for once that
 * frame has begun waits for the next one, so it too runs only after a paint that follows the asking.
 */
export function afterNextPaint(work: () => void): void {
  if (waiting) {
    waiting.runs.push(work);
    return;
  }
  const batch: Batch = { runs: [work], done: false };
  waiting = batch;
  const close = () => {
    if (waiting === batch) waiting = undefined;
  };
  requestAnimationFrame(() => {
    close();
    if (batch.done) return;
    painted.push(batch);
    messagePort().postMessage(null);
  });
  setTimeout(() => {
    close();
    run(batch);
  }, NO_FRAME_FALLBACK_MS);
}
