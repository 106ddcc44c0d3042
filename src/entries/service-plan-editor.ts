// Importing this module registers <service-plan-editor>; the class is exported for hosts that register it themselves.
import { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
import { defineElement } from '../define/define-element.js';

export { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
export { CpPlanCreatedEvent, type CpPlanCreatedDetail } from '../components/service-plan-editor/plan-created-event.js';

defineElement('service-plan-editor', ServicePlanEditor);
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
