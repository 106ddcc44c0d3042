// What both demo pages share: open IndexedDB (memory when the browser refuses, with the reason), seed the
// sample family case on the first visit only, and the provider inputs that go with it.
import type { CaseplanContextValues } from '../src/components/shared/context.js';
import { openDefaultStorage, type DefaultStorage } from '../src/storage/index.js';
import { sampleCatalog, sampleCurrentUser, sampleParticipants, sampleTemplates, seedSampleCase } from '../stories/shared/sample-case/index.js';
import { demoNow, readNowSource } from './settings.js';

export const demoDatabaseName = 'caseplan-elements-demo';

export interface DemoCase {
  inputs: Omit<CaseplanContextValues, 'locale' | 'theme'>;
  storage: DefaultStorage;
  seeded: boolean;
}

export async function openDemoCase(): Promise<DemoCase> {
  const now = demoNow();
  const storage = await openDefaultStorage({ databaseName: demoDatabaseName });
  const seeded = await seedSampleCase(storage.storage, readNowSource(now));
  return {
    storage,
    seeded,
    inputs: { storage: storage.storage, participants: sampleParticipants, catalog: sampleCatalog, templates: sampleTemplates, currentUser: sampleCurrentUser, now },
  };
}
