/** A record moved from one lifecycle status to another (a plan submitted, approved, closed...). */
export interface CpStatusChangeDetail {
  kind: string;
  id: string;
  /** The model's status code ('draft', 'submitted', 'active'...), not a translated label. */
  status: string;
  previousStatus: string;
}

/** A record's lifecycle status changed, after the change was saved. */
export class CpStatusChangeEvent extends Event {
  static readonly eventName = 'cp-status-change';
  readonly detail: CpStatusChangeDetail;
  constructor(detail: CpStatusChangeDetail) {
    super(CpStatusChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-status-change': CpStatusChangeEvent;
  }
}
