/** A hidden page gets no animation frame: the work then runs after this much, not never. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Runs `run` once, in a task after the next paint (a frame, then a message to itself), or soon if no frame
 * comes: for work the first screen does not show, so it never delays that screen's paint.
 */
export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    once();
  };
  requestAnimationFrame(() => channel.port2.postMessage(null));
  setTimeout(once, NO_FRAME_FALLBACK_MS);
}
