import type {} from 'caseplan-elements/react-jsx';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'caseplan-elements/caseplan-provider.js';
import { ServicePlanEditor } from 'caseplan-elements/react/service-plan-editor.js';
import type { CpSavedEvent, MemoryStorageAdapter } from 'caseplan-elements';
import { PLAN_ID, currentUser, onSaved, participants, prepareHost } from './scenario.js';

// The raw provider tag (typed by caseplan-elements/react-jsx) around the editor's React wrapper.
function App({ storage, initialLocale, onLocale }: { storage: MemoryStorageAdapter; initialLocale: string; onLocale: (set: (locale: string) => void) => void }) {
  const [locale, setLocale] = useState(initialLocale);
  onLocale(setLocale);
  return (
    <caseplan-provider storage={storage} participants={participants} currentUser={currentUser} locale={locale}>
      <ServicePlanEditor planId={PLAN_ID} caseId="case-host" kind="outcome" onCpSaved={(event: CpSavedEvent) => onSaved(event)} />
    </caseplan-provider>
  );
}

let switchLocale: (locale: string) => void = () => undefined;
const host = await prepareHost((locale) => switchLocale(locale));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App storage={host.storage} initialLocale="en" onLocale={(set) => (switchLocale = set)} />
  </StrictMode>,
);
await customElements.whenDefined('service-plan-editor');
host.ready = true;

// Raw tags with their events, type-checked (not rendered): oncp-saved gets a CpSavedEvent.
export const rawTags = (
  <>
    <visitation-planner caseId="case-host" childId="leo" readOnly oncp-saved={(event) => console.info(event.detail.version)} />
    <contact-log caseId="case-host" timeZone="America/Chicago" oncp-error={(event) => console.info(event.detail.code)} />
    <service-plan-editor planId={PLAN_ID} kind="outcome" oncp-plan-created={(event) => console.info(event.detail)} />
  </>
);
