import { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
import { VisitationPlanner } from '../components/visitation-planner/visitation-planner.js';
import { ContactLog } from '../components/contact-log/contact-log.js';
import type { ElementClass } from './define-element.js';

/**
 * Every public element by its default tag. An element's author adds one line here; `defineElements()`
 * registers them all (with a host's prefix when given) and each element's `cp-*` parts with it.
 */
export const caseplanElements: Record<string, ElementClass> = {
  'caseplan-provider': CaseplanProvider,
  'service-plan-editor': ServicePlanEditor,
  'visitation-planner': VisitationPlanner,
  'contact-log': ContactLog,
};
