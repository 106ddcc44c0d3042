import type { Violation } from '../../../model/shared/violation.js';

/** Something failed: a stable, localizable code, what it concerns, and the cause for the host's logs. */
export interface CpErrorDetail {
  /** A message key: 'storage.quota-exceeded', 'storage.corrupt-record', 'input.invalid'... */
  code: string;
  kind?: string;
  id?: string;
  /** For invalid input or invalid records: what exactly is wrong, field by field. */
  violations: Violation[];
  /** The original error, for logging; never shown to users. */
  cause?: unknown;
}

/**
 * An operation failed, or a host passed invalid input. The element shows a localized message itself;
 * this event lets the host log or report it. Nothing already saved is lost when it fires.
 */
export class CpErrorEvent extends Event {
  static readonly eventName = 'cp-error';
  readonly detail: CpErrorDetail;
  constructor(detail: CpErrorDetail) {
    super(CpErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-error': CpErrorEvent;
  }
}
