import type { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import type { ContactLog } from '../components/contact-log/contact-log.js';
import type { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
import type { VisitationPlanner } from '../components/visitation-planner/visitation-planner.js';

/**
 * Every public tag and its class: `document.querySelector('service-plan-editor')` is a
 * `ServicePlanEditor`, `document.createElement('contact-log')` a `ContactLog`. Every package entry
 * re-exports this type, so importing any of them types the tags for the host.
 */
export interface CaseplanTagNameMap {
  'caseplan-provider': CaseplanProvider;
  'service-plan-editor': ServicePlanEditor;
  'visitation-planner': VisitationPlanner;
  'contact-log': ContactLog;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface merge is how a tag map is declared
  interface HTMLElementTagNameMap extends CaseplanTagNameMap {}
}
