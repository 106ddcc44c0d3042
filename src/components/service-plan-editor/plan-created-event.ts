/** A new plan was created and stored (the element had no `plan-id`); the host keeps the id to reopen it. */
export interface CpPlanCreatedDetail {
  kind: 'servicePlan';
  id: string;
  caseId: string;
}

/** Fired once when `<service-plan-editor>` without a `plan-id` has stored its new draft. */
export class CpPlanCreatedEvent extends Event {
  static readonly eventName = 'cp-plan-created';
  readonly detail: CpPlanCreatedDetail;
  constructor(detail: CpPlanCreatedDetail) {
    super(CpPlanCreatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-plan-created': CpPlanCreatedEvent;
  }
}
