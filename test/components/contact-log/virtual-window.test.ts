import { expect } from '@open-wc/testing';
import { anchoredScrollTop, rowAt, rowOffsets, rowWindow, scrollToReveal } from '../../../src/components/contact-log/virtual-window.js';

describe('the contact list’s window of rows (rows of measured heights)', () => {
  // Rows 0..4: 100, 300 (long notes), 100, unmeasured (estimate 120), 100.
  const heights = [100, 300, 100, undefined, 100];
  const offsets = rowOffsets(heights.length, (index) => heights[index], 120);

  it('places each row after the ones above it, unmeasured rows at the estimate', () => {
    expect([...offsets]).to.deep.equal([0, 100, 400, 500, 620, 720]);
    expect([0, 99, 100, 399, 400, 619, 620, 10_000].map((y) => rowAt(offsets, y))).to.deep.equal([0, 0, 1, 1, 2, 3, 4, 4]);
  });

  it('renders the rows in view plus the overscan, whatever their heights', () => {
    expect(rowWindow(offsets, 0, 150, 0)).to.deep.equal({ first: 0, last: 2 });
    expect(rowWindow(offsets, 450, 100, 0)).to.deep.equal({ first: 2, last: 4 });
    expect(rowWindow(offsets, 450, 100, 1)).to.deep.equal({ first: 1, last: 5 });
    expect(rowWindow(rowOffsets(0, () => 1, 1), 0, 500)).to.deep.equal({ first: 0, last: 0 });
  });

  it('scrolls just enough to show a row whole, its top first when it is taller than the view', () => {
    expect(scrollToReveal(offsets, 2, 0, 300)).to.equal(200); // bottom 500 - 300
    expect(scrollToReveal(offsets, 0, 250, 300)).to.equal(0);
    expect(scrollToReveal(offsets, 1, 50, 200)).to.equal(100); // 300 px tall in a 200 px view
    expect(scrollToReveal(offsets, 2, 300, 300)).to.equal(300); // already in view
  });

  it('finds the window in the middle of 10 000 rows of mixed heights', () => {
    const many = rowOffsets(10_000, (index) => (index % 3 === 0 ? 150 : undefined), 100);
    const middle = rowWindow(many, many[5000]!, 448);
    expect(middle.first).to.equal(4996);
    expect(middle.last - middle.first).to.be.within(8, 16);
  });

  it('keeps the row being read in place when rows are added, removed or re-sized above it', () => {
    const before = rowOffsets(5, () => 100, 100); // rows a b c d e, each 100 px; the view's top 30 px into c
    // A row of 120 px added on top: c is 120 px lower, so is the view.
    const added = rowOffsets(6, (index) => (index === 0 ? 120 : 100), 100);
    expect(anchoredScrollTop(before, added, 230, (index) => index + 1)).to.equal(350);
    // b removed: c is 100 px higher.
    const removed = rowOffsets(4, () => 100, 100);
    expect(anchoredScrollTop(before, removed, 230, (index) => (index === 1 ? -1 : index > 1 ? index - 1 : index))).to.equal(130);
    // c itself removed: d keeps its place on screen (70 px below the view's top).
    expect(anchoredScrollTop(before, removed, 230, (index) => (index === 2 ? -1 : index > 2 ? index - 1 : index))).to.equal(130);
    // a grew by 50 px.
    expect(anchoredScrollTop(before, rowOffsets(5, (index) => (index === 0 ? 150 : 100), 100), 230, (index) => index)).to.equal(280);
    // At the very top, a new row shows: nothing kept.
    expect(anchoredScrollTop(before, added, 0, (index) => index + 1)).to.equal(0);
    // Nothing left from the anchor down: unchanged.
    expect(anchoredScrollTop(before, rowOffsets(2, () => 100, 100), 230, (index) => (index < 2 ? index : -1))).to.equal(230);
  });
});
