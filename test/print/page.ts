// The host page of the print check (scripts/print-check.mjs bundles this file, serves it under the strict
// policy and prints it to PDF in each language): the sample case's plan and contact log in a provider on
// IndexedDB, in the language the URL's `?locale=` names, with the case details a host passes. What the
// page seeded is published as `window.__printSeed`, so the check counts against what it wrote, not
// against what the elements report.
import '../../src/define/caseplan-provider.js';
import type { CaseplanProvider } from '../../src/components/caseplan-provider/caseplan-provider.js';
import type { ServicePlanEditor } from '../../src/components/service-plan-editor/service-plan-editor.js';
import type { ContactLog } from '../../src/components/contact-log/contact-log.js';
import { openDefaultStorage } from '../../src/storage/index.js';
import { buildSampleCase, sampleCaseNumber, sampleCatalog, sampleCurrentUser, sampleParticipants, sampleTemplates, seedSampleCase } from '../../stories/shared/sample-case/index.js';

const now = new Date('2026-03-10T14:00:00.000Z');
const locale = new URLSearchParams(location.search).get('locale') ?? 'en';
const caseDetails = { caseNumber: sampleCaseNumber, agency: 'Springfield County Children and Family Services', court: 'Springfield County Juvenile Court' };

async function setUp(): Promise<void> {
  const { storage } = await openDefaultStorage({ databaseName: `caseplan-elements-print-check-${locale}` });
  await seedSampleCase(storage, now);
  const provider = document.querySelector<CaseplanProvider>('caseplan-provider')!;
  Object.assign(provider, { storage, participants: sampleParticipants, catalog: sampleCatalog, templates: sampleTemplates, currentUser: sampleCurrentUser, now, locale });
  const editor = document.querySelector<ServicePlanEditor>('service-plan-editor')!;
  editor.caseDetails = caseDetails;
  await import('../../src/define/all-elements.js');
  const log = document.querySelector<ContactLog>('contact-log')!;
  const sample = buildSampleCase(now);
  (window as unknown as { __printSeed: unknown }).__printSeed = {
    locale,
    caseDetails,
    child: sampleParticipants.find((person) => person.role === 'child'),
    preparedBy: sampleCurrentUser.name,
    plan: sample.casePlan,
    contacts: sample.contacts,
    participants: sampleParticipants,
    catalog: sampleCatalog,
    templates: sampleTemplates,
  };
  // Ready once both elements show the language and have read everything (the log's count is shown when all contacts are in).
  // The editor builds its printed copy only when printing starts (beforeprint, as tab.pdf() fires it): here its plan on screen.
  const deadline = Date.now() + 20_000;
  for (;;) {
    await Promise.all([editor.updateComplete, log.updateComplete]);
    const printed = editor.shadowRoot?.querySelector('[part~="goal"]');
    const counted = log.shadowRoot?.querySelector('[data-count]');
    if (printed && counted) break;
    if (Date.now() > deadline) throw new Error(`not ready: plan ${Boolean(printed)}, log ${Boolean(counted)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  document.documentElement.dataset['ready'] = 'true';
}

setUp().catch((error: unknown) => {
  document.documentElement.dataset['ready'] = 'failed';
  console.error('print page set-up failed', error instanceof Error ? `${error.name}: ${error.message}` : 'error');
});
