/** What changed: the record as the user now sees it (saved or not yet saved). */
export interface CpChangeDetail<T = unknown> {
  /** The record kind, as storage names it: 'servicePlan', 'visitationPlan', 'contact'. */
  kind: string;
  id: string;
  /** The whole record after the change; the host may mirror it, it must not edit it in place. */
  value: T;
  /** True while the change is not saved yet. */
  dirty: boolean;
}

/**
 * The user changed something in an element (typed, added, removed, moved). Bubbles out of shadow roots.
 * React 19 binds it as `oncp-change`.
 */
export class CpChangeEvent<T = unknown> extends Event {
  static readonly eventName = 'cp-change';
  readonly detail: CpChangeDetail<T>;
  constructor(detail: CpChangeDetail<T>) {
    super(CpChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-change': CpChangeEvent;
  }
}
