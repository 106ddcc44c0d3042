import type { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import type { ContactLog } from '../components/contact-log/contact-log.js';
import type { CpPlanCreatedEvent } from '../components/service-plan-editor/plan-created-event.js';
import type { CpOpenVisitationPlanEvent } from '../components/service-plan-editor/open-visitation-plan-event.js';
import type { ServicePlanEditor } from '../components/service-plan-editor/service-plan-editor.js';
import type { VisitationPlanner } from '../components/visitation-planner/visitation-planner.js';
import type { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../components/shared/events/index.js';

/**
 * What a framework template may set on each tag and which events it may listen to: the public inputs of
 * each element (as in custom-elements.json: the package check compares them)
 * and its `cp-*` events. The React JSX and Vue template types are built from these. What a host only
 * reads (`readComplete`, a getter: setting it from a template would throw) is not an input: it is typed
 * on the element classes (a React ref, `document.querySelector('contact-log')`).
 */
type ContextInputs = 'storage' | 'catalog' | 'templates' | 'participants' | 'staff' | 'currentUser' | 'locale' | 'now' | 'theme' | 'historyKey';
type ElementInputs = ContextInputs | 'readOnly';

export type CaseplanProviderProps = Partial<Pick<CaseplanProvider, ContextInputs | 'defaultStorage'>>;
export type ServicePlanEditorProps = Partial<Pick<ServicePlanEditor, ElementInputs | 'planId' | 'caseId' | 'kind' | 'autosaveDelay' | 'headingLevel' | 'approvalPolicy' | 'outcomeScale' | 'caseDetails' | 'visitationPlanHref'>>;
export type VisitationPlannerProps = Partial<Pick<VisitationPlanner, ElementInputs | 'childId' | 'caseId' | 'recordingGraceDays'>>;
export type ContactLogProps = Partial<Pick<ContactLog, ElementInputs | 'caseId' | 'childId' | 'visitationPlanId' | 'timeZone' | 'caseworkerIds' | 'recordingGraceDays'>>;

/** The events every caseplan element fires, by name. */
export interface CaseplanElementEvents {
  'cp-change': CpChangeEvent;
  'cp-saved': CpSavedEvent;
  'cp-conflict': CpConflictEvent;
  'cp-error': CpErrorEvent;
}
export interface CaseplanProviderEvents {
  'cp-error': CpErrorEvent;
}
export interface ServicePlanEditorEvents extends CaseplanElementEvents {
  'cp-status-change': CpStatusChangeEvent;
  'cp-plan-created': CpPlanCreatedEvent;
  'cp-open-visitation-plan': CpOpenVisitationPlanEvent;
}
export interface VisitationPlannerEvents extends CaseplanElementEvents {
  'cp-status-change': CpStatusChangeEvent;
}
export type ContactLogEvents = CaseplanElementEvents;

/** Tag → [element class, inputs, events]: the one table both framework typings read. */
export interface CaseplanElementTypes {
  'caseplan-provider': [CaseplanProvider, CaseplanProviderProps, CaseplanProviderEvents];
  'service-plan-editor': [ServicePlanEditor, ServicePlanEditorProps, ServicePlanEditorEvents];
  'visitation-planner': [VisitationPlanner, VisitationPlannerProps, VisitationPlannerEvents];
  'contact-log': [ContactLog, ContactLogProps, ContactLogEvents];
}
