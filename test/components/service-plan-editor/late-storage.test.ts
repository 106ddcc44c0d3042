// Storage given late: an editor inside a <caseplan-provider> whose storage is set a moment later waits for
// it, and never writes the new plan (or what is typed) to the default, unencrypted database.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { CaseplanProvider } from '../../../src/components/caseplan-provider/caseplan-provider.js';
import '../../../src/define/caseplan-provider.js';
import { NOW, catalog, participants, startAndWriteNewPlan, templates, worker } from './helpers.js';

describe('<service-plan-editor> inside a provider whose storage comes late', () => {
  it('waits for the provider storage: the new plan is created there, never in the default database', async () => {
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}>
      <service-plan-editor case-id="case-late" kind="outcome" locale="en"></service-plan-editor>
    </caseplan-provider>`);
    const editor = provider.querySelector<ServicePlanEditor>('service-plan-editor')!;
    // Long enough for the default database to open (the editor would then create the plan in it).
    const warm = new DexieStorageAdapter();
    await warm.open();
    await warm.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(editor.planId, 'nothing created before the host storage arrived').to.equal(undefined);
    const storage = new MemoryStorageAdapter({ name: `late-${Math.random()}` });
    provider.storage = storage;
    await startAndWriteNewPlan(editor);
    await waitUntil(() => editor.planId, 'the late storage was not used', { timeout: 5000 });
    expect(await storage.get('servicePlan', editor.planId!), 'created in the host storage').to.not.equal(undefined);
    const defaultDatabase = new DexieStorageAdapter();
    expect(await defaultDatabase.get('servicePlan', editor.planId!), 'nothing in the default database').to.equal(undefined);
    await defaultDatabase.close();
  });

  it('uses the default storage when the provider says so (default-storage)', async () => {
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider default-storage .participants=${participants} .currentUser=${worker} .now=${NOW}>
      <service-plan-editor case-id="case-default" kind="outcome" locale="en"></service-plan-editor>
    </caseplan-provider>`);
    const editor = provider.querySelector<ServicePlanEditor>('service-plan-editor')!;
    await startAndWriteNewPlan(editor);
    await waitUntil(() => editor.planId, 'the default storage was not used', { timeout: 5000 });
  });
});
