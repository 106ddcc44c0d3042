/** Both sides of a stale write: what the user tried to save and what someone else stored first. */
export interface CpConflictDetail<T = unknown> {
  kind: string;
  id: string;
  /** The user's version of the record (its `version` is the one it was read at). */
  attempted: T;
  /** What is stored now; undefined when the record no longer exists. */
  current: T | undefined;
}

/**
 * A save was refused because someone else saved the same record first. Nothing was overwritten; the
 * element keeps the user's changes and offers to review them.
 */
export class CpConflictEvent<T = unknown> extends Event {
  static readonly eventName = 'cp-conflict';
  readonly detail: CpConflictDetail<T>;
  constructor(detail: CpConflictDetail<T>) {
    super(CpConflictEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-conflict': CpConflictEvent;
  }
}
