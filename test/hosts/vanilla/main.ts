import 'caseplan-elements/caseplan-provider.js';
import 'caseplan-elements/service-plan-editor.js';
import type { CaseplanProvider, ServicePlanEditor } from 'caseplan-elements';
import { PLAN_ID, currentUser, onSaved, participants, prepareHost } from './scenario.js';

// Typed without a cast: HTMLElementTagNameMap knows the tags.
const provider: CaseplanProvider | null = document.querySelector('caseplan-provider');
const editor: ServicePlanEditor = document.createElement('service-plan-editor');
if (!provider) throw new Error('no <caseplan-provider> in index.html');

const host = await prepareHost((locale) => {
  provider.locale = locale;
});
provider.storage = host.storage;
provider.participants = participants;
provider.currentUser = currentUser;
editor.planId = PLAN_ID;
editor.caseId = 'case-host';
editor.kind = 'outcome';
editor.addEventListener('cp-saved', onSaved); // typed: (event: CpSavedEvent)
editor.addEventListener('cp-saved', (event) => console.info('saved version', event.detail.version));
provider.append(editor);
await editor.updateComplete;
host.ready = true;
