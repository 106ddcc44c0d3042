/** A record was stored: the version now stored and the record as stored. */
export interface CpSavedDetail<T = unknown> {
  kind: string;
  id: string;
  version: number;
  record: T;
}

/** A write reached storage. Fired once per successful save. */
export class CpSavedEvent<T = unknown> extends Event {
  static readonly eventName = 'cp-saved';
  readonly detail: CpSavedDetail<T>;
  constructor(detail: CpSavedDetail<T>) {
    super(CpSavedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-saved': CpSavedEvent;
  }
}
