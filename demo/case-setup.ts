// What both demo pages share: open IndexedDB (memory when the browser refuses, with the reason), seed the
// sample family case on the first visit only, and the provider inputs that go with it.
import type { CaseplanContextValues } from '../src/components/shared/context.js';
import { openDefaultStorage, type DefaultStorage } from '../src/storage/index.js';
import { SyncStorageAdapter } from '../src/storage/sync/sync-adapter.js';
import { sampleCatalog, sampleCurrentUser, sampleParticipants, sampleStaff, sampleTemplates, seedSampleCase } from '../stories/shared/sample-case/index.js';
import { demoNow, readNowSource } from './settings.js';

export const demoDatabaseName = 'caseplan-elements-demo';

export interface DemoCase {
  inputs: Omit<CaseplanContextValues, 'locale' | 'theme'>;
  storage: DefaultStorage;
  seeded: boolean;
}

/**
 * `?sync=http://127.0.0.1:8787` keeps the demo's records on the reference sync server (`npm run server`),
 * so two browsers see each other's work; `&token=` names the bearer token (default: the server's demo
 * token). A real host hands the adapter its own session's token and never puts one in a URL.
 */
async function openDemoStorage(): Promise<DefaultStorage> {
  const params = new URLSearchParams(location.search);
  const url = params.get('sync');
  if (!url) return openDefaultStorage({ databaseName: demoDatabaseName });
  const token = params.get('token') ?? 'demo-token-all-cases-0001';
  const storage = new SyncStorageAdapter({ url, token: () => token, databaseName: `${demoDatabaseName}-synced` });
  // What the server already holds first, so a second browser does not seed the sample case again.
  await Promise.race([storage.syncNow(), new Promise((resolve) => setTimeout(resolve, 5000))]);
  return { storage };
}

export async function openDemoCase(): Promise<DemoCase> {
  const now = demoNow();
  const storage = await openDemoStorage();
  const seeded = await seedSampleCase(storage.storage, readNowSource(now));
  return {
    storage,
    seeded,
    inputs: { storage: storage.storage, participants: sampleParticipants, staff: sampleStaff, catalog: sampleCatalog, templates: sampleTemplates, currentUser: sampleCurrentUser, now },
  };
}
