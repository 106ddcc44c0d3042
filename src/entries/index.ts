// `caseplan-elements`: the classes, the typed events, registration, the model and the storage adapters.
// Importing it defines nothing (call `defineElements()`, or import `caseplan-elements/all.js`, or one
// element's module such as `caseplan-elements/service-plan-editor.js`), and a bundler keeps only what the
// host uses from it.
export { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
export { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
export { VisitationPlanner } from '../components/visitation-planner/visitation-planner.js';
export { ContactLog } from '../components/contact-log/contact-log.js';
export { CaseplanElement, type CaseplanTheme } from '../components/shared/caseplan-element.js';
export * from '../components/shared/events/index.js';
export { CpPlanCreatedEvent, type CpPlanCreatedDetail } from '../components/service-plan-editor/plan-created-event.js';
export { CpOpenVisitationPlanEvent, type CpOpenVisitationPlanDetail } from '../components/service-plan-editor/open-visitation-plan-event.js';
export { caseplanContexts, readNow, type CaseplanContextValues, type NowSource } from '../components/shared/context.js';
export { CurrentUserSchema, type CurrentUser } from '../components/shared/current-user.js';
export * from './define.js';
export * from '../model/index.js';
export * from '../storage/index.js';
export type * from '../framework-types/element-props.js';
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
