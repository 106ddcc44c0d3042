import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { until } from '../visitation-planner/helpers.js';
import { manyContacts } from './seed.js';
import { countText, mountLog } from './helpers.js';

describe('<contact-log> during a bulk import', () => {
  it('stays responsive while 10 000 contacts arrive at once through storage', async () => {
    const storage = new MemoryStorageAdapter();
    const log = await mountLog({ storage });
    await storage.transaction(manyContacts(10_000).map((record) => ({ kind: 'contact', record })));
    // `until` gives up after its own limit: an element that chokes on the import fails here.
    await until(log, () => countText(log) === '10,000 contacts shown', 'the imported contacts did not arrive');
  });
});
