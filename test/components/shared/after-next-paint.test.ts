import { expect } from '@open-wc/testing';
import { afterNextPaint } from '../../../src/components/shared/after-next-paint.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('afterNextPaint', () => {
  it('runs work asked for before one frame after that frame, once each, in the order asked', async () => {
    const ran: string[] = [];
    let framed = false;
    afterNextPaint(() => ran.push(`a${framed ? ' after the frame' : ''}`));
    afterNextPaint(() => ran.push(`b${framed ? ' after the frame' : ''}`));
    afterNextPaint(() => ran.push(`c${framed ? ' after the frame' : ''}`));
    requestAnimationFrame(() => (framed = true));
    expect(ran).to.deep.equal([]);
    await until(() => ran.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 150)); // past the no-frame fallback: nothing runs twice
    expect(ran).to.deep.equal(['a after the frame', 'b after the frame', 'c after the frame']);
  });

  it('runs the rest of the work asked for before a frame when one piece of it throws, and reports the error', async () => {
    const ran: string[] = [];
    const reported: unknown[] = [];
    // The test runner fails a test on any uncaught error: this one is expected, and counted here instead.
    const runnerHandler = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => {
      if (error?.message !== 'boom') return runnerHandler?.call(window, _message, _source, _line, _column, error) ?? false;
      reported.push(error);
      return true;
    };
    try {
      afterNextPaint(() => ran.push('before'));
      afterNextPaint(() => {
        throw new Error('boom');
      });
      afterNextPaint(() => ran.push('after'));
      await until(() => ran.length === 2);
      expect(ran).to.deep.equal(['before', 'after']);
      expect(reported).to.have.length(1);
    } finally {
      window.onerror = runnerHandler;
    }
  });

  it('never runs work before a paint that follows its asking: asked for once a frame has begun, it waits for the next', async () => {
    const frames: number[] = [];
    let frame = 0;
    const count = () => {
      frame += 1;
      if (frame < 10) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    let askedAt = -1;
    let ranAt = -1;
    afterNextPaint(() => frames.push(frame));
    // Asked for inside a frame callback that runs after the first batch's: that frame's paint has not come yet.
    requestAnimationFrame(() => {
      askedAt = frame;
      afterNextPaint(() => (ranAt = frame));
    });
    await until(() => ranAt !== -1);
    await nextFrame();
    expect(frames).to.have.length(1);
    expect(ranAt).to.be.greaterThan(askedAt);
  });

  it('never runs work asked for after a long task before a frame or its own fallback time (frames held back)', async () => {
    await nextFrame();
    // Frames held back (a page whose frames are late): only the fallback timers can run the work.
    const held: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => held.push(callback);
    try {
      let firstRan = false;
      let lateRanAt = -1;
      afterNextPaint(() => (firstRan = true)); // a first element's work
      const end = performance.now() + 150; // a second element rendering a large plan in the same task
      while (performance.now() < end) {
        // busy
      }
      const lateAskedAt = performance.now();
      afterNextPaint(() => (lateRanAt = performance.now())); // the second element's work
      await until(() => lateRanAt !== -1);
      expect(firstRan).to.equal(true);
      // A timer never fires early: sharing the first piece's timer, already due, ran it at once.
      expect(lateRanAt - lateAskedAt, 'ms from asking to running, with no frame').to.be.at.least(95);
    } finally {
      window.requestAnimationFrame = requestFrame;
      for (const callback of held) callback(performance.now());
    }
  });
});
