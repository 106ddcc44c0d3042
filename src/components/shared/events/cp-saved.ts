/** A record was stored: the version now stored and the record as stored. */
export interface CpSavedDetail<T = unknown> {
  kind: string;
  id: string;
  version: number;
  record: T;
  /**
   * True when the record is not the one the element shows now: the last write of a plan it left for another
   * `plan-id` (or the list). Keep the host's copy by `id`, never by the element's `plan-id`.
   */
  left?: boolean;
}

/**
 * The record as shown is stored at `version`: fired once per successful write, and once when a save or a conflict's
 * resolution finds storage already holding exactly it (nothing written then; `version` is the one stored). A write an
 * element let go still makes (another `plan-id`, the element removed) is heard too, with that record's `id` (and
 * `left: true` once the element shows another plan); a write to a storage the element no longer uses is never heard.
 */
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
