import { expect } from '@open-wc/testing';
import { retryDelay } from '../../../src/storage/sync/backoff.js';

describe('retryDelay (sync backoff with jitter)', () => {
  it('doubles its ceiling per failure up to the maximum', () => {
    const ceiling = (failures: number) => retryDelay(failures, () => 1, { baseMs: 1000, maxMs: 60_000 });
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(ceiling)).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect(ceiling(10_000), 'no overflow after a very long outage').to.equal(60_000);
  });

  it('spreads retries between half the ceiling and the ceiling, so browsers do not retry together', () => {
    expect(retryDelay(3, () => 0, { baseMs: 1000 })).to.equal(2000);
    expect(retryDelay(3, () => 0.5, { baseMs: 1000 })).to.equal(3000);
    expect(retryDelay(3, () => 0.999, { baseMs: 1000 })).to.be.within(3990, 4000);
    const delays = new Set(Array.from({ length: 50 }, (_, index) => retryDelay(4, () => index / 50, { baseMs: 1000 })));
    expect(delays.size, 'different random draws give different delays').to.equal(50);
  });
});
