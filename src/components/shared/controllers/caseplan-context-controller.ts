import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkContextInputCached } from '../context-inputs.js';
import { caseplanContextNames, caseplanContexts, ensureContextRoot, readNow, type CaseplanContextName, type CaseplanContextValues } from '../context.js';
import { CpErrorEvent } from '../events/cp-error.js';
import { violation } from '../../../model/shared/violation.js';

/** An element that accepts the caseplan values as its own properties (all optional). */
export type CaseplanContextHost = ReactiveControllerHost & HTMLElement & { [K in CaseplanContextName]?: CaseplanContextValues[K] | undefined };

/**
 * The caseplan values an element works with: its own property when set (and valid), otherwise the
 * value of the nearest `<caseplan-provider>` around it. Own values are checked at the boundary; an
 * invalid one is left out and reported once in a `cp-error` event (`input.invalid`) with its Violations.
 */
export class CaseplanContextController implements ReactiveController {
  private readonly host: CaseplanContextHost;
  private readonly provided = new Map<CaseplanContextName, unknown>();
  private readonly reported = new Map<CaseplanContextName, unknown>();

  constructor(host: CaseplanContextHost) {
    this.host = host;
    host.addController(this);
    ensureContextRoot();
    for (const name of caseplanContextNames) {
      new ContextConsumer(host, {
        context: caseplanContexts[name],
        subscribe: true,
        callback: (value: unknown) => this.provided.set(name, value),
      });
    }
  }

  hostUpdate(): void {
    for (const name of caseplanContextNames) this.reportInvalidOwnValue(name);
  }

  hostDisconnected(): void {
    // A moved element asks again when it reconnects; a value from a provider it left must not linger.
    this.provided.clear();
  }

  hostConnected(): void {
    // Re-render even when no provider answers any more (the element left it).
    this.host.requestUpdate();
  }

  /** The value to use: the element's own (when valid), else the provider's, else undefined. */
  get<K extends CaseplanContextName>(name: K): CaseplanContextValues[K] | undefined {
    const own = checkContextInputCached(name, this.host[name]).value;
    return own ?? (this.provided.get(name) as CaseplanContextValues[K] | undefined);
  }

  /** The provider's value alone (for tests and for a provider nested in another). */
  providedValue<K extends CaseplanContextName>(name: K): CaseplanContextValues[K] | undefined {
    return this.provided.get(name) as CaseplanContextValues[K] | undefined;
  }

  get storage() {
    return this.get('storage');
  }
  get catalog() {
    return this.get('catalog') ?? [];
  }
  get templates() {
    return this.get('templates') ?? [];
  }
  get participants() {
    return this.get('participants') ?? [];
  }
  get staff() {
    return this.get('staff') ?? [];
  }
  get currentUser() {
    return this.get('currentUser');
  }
  get locale() {
    return this.get('locale');
  }
  /**
   * The current time, from the element's or provider's `now`, else the real clock. A clock function
   * that throws or gives no valid time is reported once in a `cp-error`, and the real clock used.
   */
  now(): Date {
    const source = this.get('now');
    if (typeof source !== 'function') return readNow(source);
    let value: unknown;
    try {
      value = source();
    } catch {
      value = undefined;
    }
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    if (this.reportedClock !== source) {
      this.reportedClock = source;
      this.host.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations: [violation('value.invalid-date', ['now'])] }));
    }
    return readNow(undefined);
  }

  private reportedClock: unknown;

  private reportInvalidOwnValue(name: CaseplanContextName): void {
    const own = this.host[name];
    if (this.reported.get(name) === own) return;
    this.reported.set(name, own);
    const { violations } = checkContextInputCached(name, own);
    if (violations.length > 0) this.host.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations }));
  }
}
