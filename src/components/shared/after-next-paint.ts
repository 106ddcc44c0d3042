/** A hidden page gets no animation frame: the work then runs after this much, not never. */
const NO_FRAME_FALLBACK_MS = 100;

/** One piece of work: run once, by its batch's frame or by its own fallback timer, whichever comes first. */
interface Piece {
  work: () => void;
  done: boolean;
}

/** The pieces still waiting for their frame (work asked for now joins them). */
let waiting: Piece[] | undefined;
/** Batches whose frame came, each waiting for its message (messages arrive in the order sent). */
const painted: Piece[][] = [];
/** The page's one channel to itself, made on first use (one per call before; ~10-14 µs each in Chromium). */
let port: MessagePort | undefined;

function run(piece: Piece): void {
  if (piece.done) return;
  piece.done = true;
  // One failing piece of work must not keep the others of its batch from running.
  try {
    piece.work();
  } catch (error) {
    reportError(error);
  }
}

function messagePort(): MessagePort {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => painted.shift()?.forEach(run);
    port = channel.port2;
  }
  return port;
}

/**
 * Runs `work` once, in a task after the next paint (a frame, then a message to itself), or soon if no frame
 * comes: for work the first screen does not show, so it never delays that screen's paint. Work asked for
 * before the same frame shares one frame callback and one message (an editor opening asks three times: its
 * page margins, its deferred sections, the case's records); work asked for once that frame has begun waits
 * for the next one, so it too runs only after a paint that follows the asking. Each piece keeps a fallback
 * timer of its own, counted from its own asking (a shared one, started by the first piece, could fall due
 * before any frame followed a later piece's asking, after a long task).
 */
export function afterNextPaint(work: () => void): void {
  const piece: Piece = { work, done: false };
  setTimeout(() => run(piece), NO_FRAME_FALLBACK_MS);
  if (waiting) {
    waiting.push(piece);
    return;
  }
  const batch: Piece[] = [piece];
  waiting = batch;
  requestAnimationFrame(() => {
    if (waiting === batch) waiting = undefined;
    painted.push(batch);
    messagePort().postMessage(null);
  });
}
