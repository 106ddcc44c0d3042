// The default storage (the IndexedDB adapter with Dexie, or the memory fallback) is loaded only when an
// element uses it: an element given the host's storage never requests its code. The elements are imported
// inside the test, after the observer started, so every module they load is seen.
import { expect, waitUntil } from '@open-wc/testing';
import type { ListQuery, ListResult } from '../../../src/storage/adapter.js';
import type { StoredRecord } from '../../../src/model/record.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { ForwardingStorage } from '../../doubles/forwarding-storage.js';

const requested: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requested.push(new URL(entry.name).pathname);
}).observe({ type: 'resource', buffered: true });

/** The default storage's code: its opener, the IndexedDB adapter and its connection, Dexie itself. */
const isDefaultStorageCode = (path: string) => /open-default|dexie/i.test(path);

/** A host's storage that records the kinds read from it, so the test knows each element has started. */
class HostStorage extends ForwardingStorage {
  readonly kindsRead = new Set<string>();
  constructor() {
    super(new MemoryStorageAdapter({ name: `host-${Math.random()}` }));
  }
  override list<T extends StoredRecord>(kind: string, query?: ListQuery): Promise<ListResult<T>> {
    this.kindsRead.add(kind);
    return super.list<T>(kind, query);
  }
}

describe('the default storage is loaded only when it is the one used', () => {
  const placed: Element[] = [];
  after(() => placed.forEach((element) => element.remove()));

  it('no element given the host storage requests the default storage or Dexie', async () => {
    await import('../../../src/define/all-elements.js');
    const storages = ['service-plan-editor', 'visitation-planner', 'contact-log'].map((tag) => {
      const storage = new HostStorage();
      const element = Object.assign(document.createElement(tag), { storage, currentUser: { id: 'u-1', name: 'Case Worker' } });
      element.setAttribute('case-id', 'case-loading');
      element.setAttribute('child-id', 'child-loading');
      document.body.append(element);
      placed.push(element);
      return [tag, storage] as const;
    });
    for (const [tag, storage] of storages) await waitUntil(() => storage.kindsRead.size > 0, `${tag} never read its host storage`, { timeout: 5000 });
    expect(requested.some((path) => path.includes('/storage-choice')), 'the observer sees the modules the elements load').to.equal(true);
    expect(requested.filter(isDefaultStorageCode)).to.deep.equal([]);
  });

  it('an element on the default storage loads it then (the check above can see it)', async () => {
    const provider = document.createElement('caseplan-provider');
    provider.setAttribute('default-storage', '');
    const log = Object.assign(document.createElement('contact-log'), { currentUser: { id: 'u-1', name: 'Case Worker' } });
    log.setAttribute('case-id', 'case-loading-default');
    provider.append(log);
    document.body.append(provider);
    placed.push(provider);
    await waitUntil(() => requested.some(isDefaultStorageCode), 'the default storage was never loaded', { timeout: 10_000 });
  });
});
