// A seeding helper for stories: the sample family case in a fresh MemoryStorageAdapter, and the
// provider properties that go with it. Stories use a fixed clock so they look the same on every run.
import { MemoryStorageAdapter } from '../../src/storage/index.js';
import { sampleCatalog, sampleCurrentUser, sampleParticipants, sampleTemplates, seedSampleCase } from './sample-case/index.js';

/** The clock of every story: a Wednesday afternoon in November 2026. */
export const storyNow = new Date('2026-11-18T21:00:00.000Z');

let storesMade = 0;

/**
 * A new in-memory store holding the sample case. Memory stores of the same name share their records,
 * so each gets a name of its own: stories never affect each other.
 */
export async function sampleCaseStorage(now: Date = storyNow): Promise<MemoryStorageAdapter> {
  storesMade += 1;
  // Marked persistent: these stories show the elements at work, not the warning of the memory fallback.
  const storage = new MemoryStorageAdapter({ name: `storybook-sample-case-${storesMade}`, persistent: true });
  await seedSampleCase(storage, now);
  return storage;
}

/** Everything a `<caseplan-provider>` (or an element) needs for the sample case, on `storage`. */
export function sampleCaseInputs(storage: MemoryStorageAdapter, now: Date = storyNow) {
  return {
    storage,
    participants: sampleParticipants,
    catalog: sampleCatalog,
    templates: sampleTemplates,
    currentUser: sampleCurrentUser,
    now,
  };
}

/** A Storybook loader: `loaders: [loadSampleCase]`, then `context.loaded.storage` in `render`. */
export async function loadSampleCase(): Promise<{ storage: MemoryStorageAdapter }> {
  return { storage: await sampleCaseStorage() };
}
