// Importing this module registers <service-plan-editor>; the class is exported for hosts that register it themselves.
import { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
import { defineElement } from '../define/define-element.js';

export { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
export { CpPlanCreatedEvent, type CpPlanCreatedDetail } from '../components/service-plan-editor/plan-created-event.js';
export { CpOpenVisitationPlanEvent, type CpOpenVisitationPlanDetail } from '../components/service-plan-editor/open-visitation-plan-event.js';

defineElement('service-plan-editor', ServicePlanEditor);
// The tags and the cp-* events come typed with the element (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
export * from '../components/shared/events/index.js';
