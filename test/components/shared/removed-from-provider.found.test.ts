// Found by RX14 from a React 19 host (an editor inside <caseplan-provider .storage=${memory}> unmounted by
// React): once off the page, an element no longer hears its provider, takes itself for "an element on its
// own", and after the grace time opens the default IndexedDB database ("caseplan-elements") the host never
// chose, reads its plan there and reports `cp-error` "plan.not-found" for a plan that is stored.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseplanProvider } from '../../../src/components/caseplan-provider/caseplan-provider.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { DEFAULT_STORAGE_GRACE_MS } from '../../../src/components/shared/storage-choice.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { participants } from '../../model/service-plan/fixtures.js';
import { startAndWriteNewPlan, untilSaved } from '../service-plan-editor/helpers.js';
import '../../../src/define/caseplan-provider.js';
import '../../../src/entries/service-plan-editor.js';
import { errorCodes } from './error-codes.js';

const worker = { id: 'worker-1', name: 'Claire Martin' };

describe('an element taken out of its <caseplan-provider> (found)', () => {
  it('neither opens the default database nor reports errors once it has left the page', async () => {
    const storage = new MemoryStorageAdapter({ name: `removed-${Math.random()}`, persistent: true });
    const provider = await fixture<CaseplanProvider>(html`
      <caseplan-provider .storage=${storage} .participants=${participants} .currentUser=${worker} locale="en">
        <service-plan-editor case-id="case-1" kind="outcome"></service-plan-editor>
      </caseplan-provider>`);
    const editor = provider.querySelector<ServicePlanEditor>('service-plan-editor')!;
    // A new plan started from the case's list and written (as the React host's caseworker did).
    await startAndWriteNewPlan(editor, 'Typed in a host');
    await waitUntil(() => editor.planId, 'the new plan was not stored', { timeout: 5000 });
    await untilSaved(editor);
    const errors = errorCodes(editor);
    const opened: string[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      opened.push(name);
      return open(name, version);
    };
    try {
      const description = editor.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="goal.description"]')!;
      description.focus();
      await sendKeys({ type: 'then the host unmounted it' });
      // The last key and the host's unmount in one task (React commits an unmount right after the event
      // that caused it): the element still has that keystroke to render when it leaves.
      description.value += '!';
      description.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      editor.remove(); // the host unmounts it (React, Vue, a router) with typing not yet saved
      // Past the grace time an element alone waits before it opens the default database, and one render more.
      await new Promise((done) => setTimeout(done, DEFAULT_STORAGE_GRACE_MS + 500));
      await waitUntil(() => !editor.isUpdatePending, 'the element kept rendering');
    } finally {
      indexedDB.open = open;
    }
    const stored = await storage.get<ServicePlan>('servicePlan', editor.planId!);
    expect({ opened, errors, description: stored?.goal.description }).to.deep.equal({ opened: [], errors: [], description: 'then the host unmounted it!' });
  });
});
