// The provider's history key reaches the elements' default storage: every history entry it writes is an
// HMAC under that key, and verifies with it as proof against forgery.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/all-elements.js';
import type { CaseplanProvider } from '../../../src/components/caseplan-provider/caseplan-provider.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/cp-error.js';
import { importHistoryKey } from '../../../src/model/history-chain.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { catalog, NOW, participants, startAndWriteNewPlan, templates, worker } from '../service-plan-editor/helpers.js';

describe('<caseplan-provider historyKey>', () => {
  it('keys the history the default storage writes; a value that is not an HMAC key is reported and left out', async () => {
    const historyKey = await importHistoryKey(crypto.getRandomValues(new Uint8Array(32)));
    const caseId = `case-key-${Date.now()}`;
    // As documented: the key is on the provider before the elements connect, and the provider says its
    // elements use the default storage (without it they wait for the provider's storage).
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider
      default-storage
      .historyKey=${historyKey} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></caseplan-provider>`);
    await provider.updateComplete;
    const editor = document.createElement('service-plan-editor') as ServicePlanEditor;
    Object.assign(editor, { caseId, kind: 'outcome', locale: 'en' });
    provider.append(editor);
    await startAndWriteNewPlan(editor);
    await waitUntil(() => editor.planId, 'the plan was not created', { timeout: 10_000 });
    const reader = new DexieStorageAdapter({ historyKey });
    const history = await reader.history('servicePlan', editor.planId!);
    expect(history.length).to.be.greaterThan(0);
    expect(history.every((entry) => entry.hash.startsWith('hmac-sha256:'))).to.equal(true);
    expect(await reader.verifyHistory('servicePlan', editor.planId!)).to.deep.include({ valid: true, protects: 'forgery' });
    await reader.close();

    const events: CpErrorEvent[] = [];
    provider.addEventListener('cp-error', (event) => events.push(event));
    provider.historyKey = (await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])) as never;
    await provider.updateComplete;
    expect(events.flatMap((event) => event.detail.violations ?? []).map((found) => found.path.join('.'))).to.include('historyKey');
  });
});
