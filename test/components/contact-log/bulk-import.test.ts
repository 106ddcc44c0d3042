import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { until } from '../visitation-planner/helpers.js';
import { manyContacts } from './seed.js';
import { countText, mountLog } from './helpers.js';

describe('<contact-log> during a bulk import', () => {
  it('stays responsive while 10 000 contacts arrive at once through storage', async () => {
    const storage = new MemoryStorageAdapter();
    const log = await mountLog({ storage });
    const started = performance.now();
    await storage.transaction(manyContacts(10_000).map((record) => ({ kind: 'contact', record })));
    await until(log, () => countText(log) === '10,000 contacts shown', 'the imported contacts did not arrive');
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.below(15000);
  });
});
