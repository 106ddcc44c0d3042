// `caseplan-elements/react`: React components wrapping the custom elements (via @lit/react). Importing
// this module registers the elements; React itself comes from the host application.
export { CaseplanProvider } from '../react/caseplan-provider.js';
export { ServicePlanEditor } from '../react/service-plan-editor.js';
export { VisitationPlanner } from '../react/visitation-planner.js';
export { ContactLog } from '../react/contact-log.js';
