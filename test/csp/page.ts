// The host page of the strict-CSP check (scripts/csp-check.mjs bundles this file and serves it with the
// policy header): the three elements in a provider on IndexedDB, the sample case, and hostile payloads in
// the texts a user or an import could put there.
import '../../src/define/caseplan-provider.js';
import type { CaseplanProvider } from '../../src/components/caseplan-provider/caseplan-provider.js';
import { openDefaultStorage } from '../../src/storage/index.js';
import { buildSampleCase, sampleCatalog, sampleCurrentUser, sampleParticipants, sampleTemplates, seedSampleCase } from '../../stories/shared/sample-case/index.js';

/** Texts that would run script or create elements if any part of the page built HTML from strings. */
export const hostileNote = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">bold</b>';

const now = new Date('2026-03-10T14:00:00.000Z');

async function setUp(): Promise<void> {
  const { storage, fallbackReason } = await openDefaultStorage({ databaseName: 'caseplan-elements-csp-check' });
  await seedSampleCase(storage, now);
  const sample = buildSampleCase(now);
  // The most recent contact: the log shows it first, so its note is on screen.
  const contact = [...sample.contacts].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0]!;
  const stored = await storage.get<typeof contact>('contact', contact.id);
  if (stored) await storage.put('contact', { ...stored, notes: hostileNote });
  const provider = document.querySelector<CaseplanProvider>('caseplan-provider')!;
  Object.assign(provider, { storage, participants: sampleParticipants, catalog: sampleCatalog, templates: sampleTemplates, currentUser: sampleCurrentUser, now });
  await import('../../src/define/all-elements.js');
  document.documentElement.dataset['storage'] = fallbackReason ? `memory (${fallbackReason.code})` : storage.name;
  document.documentElement.dataset['ready'] = 'true';
}

setUp().catch((error: unknown) => {
  document.documentElement.dataset['ready'] = 'failed';
  console.error('csp page set-up failed', error instanceof Error ? `${error.name}: ${error.message} ${error.stack ?? ''}` : 'error');
});
