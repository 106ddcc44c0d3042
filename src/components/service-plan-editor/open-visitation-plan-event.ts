/** Which visitation plan the user asked to open from the case plan. */
export interface CpOpenVisitationPlanDetail {
  kind: 'visitationPlan';
  id: string;
  caseId: string;
  /** The address made from `visitation-plan-href`, when the host gave a template. */
  href?: string;
}

/**
 * Fired when the user opens one of the child's visitation plans from the case plan. Cancelable: a host
 * that shows the plan itself (a router, a dialog with `<visitation-planner>`) calls `preventDefault()`
 * and the link is not followed.
 */
export class CpOpenVisitationPlanEvent extends Event {
  static readonly eventName = 'cp-open-visitation-plan';
  readonly detail: CpOpenVisitationPlanDetail;
  constructor(detail: CpOpenVisitationPlanDetail) {
    super(CpOpenVisitationPlanEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-open-visitation-plan': CpOpenVisitationPlanEvent;
  }
}
