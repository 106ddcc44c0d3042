import { expect } from '@open-wc/testing';
import { rowAt, rowOffsets, rowWindow, scrollToReveal } from '../../../src/components/contact-log/virtual-window.js';

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
});
