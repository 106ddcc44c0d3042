import type { ReactiveControllerHost } from 'lit';
import type { ServicePlan } from '../../model/service-plan/plan.js';
import type { StorageAdapter } from '../../storage/elements.js';

/**
 * The case's plans, listed when the editor has no `plan-id` (to open one or start a new one). Read once
 * per storage and case; read again after `invalidate()` (back to the list, Retry).
 */
export class CasePlansReader {
  /** As read from storage; undefined while reading. */
  plans: ServicePlan[] | undefined;
  /** Why they could not be read, in the user's words. */
  error: string | undefined;
  /** Which storage and case `plans` were read from. */
  private key: readonly unknown[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly failed: (error: unknown) => string,
  ) {}

  /** Reads the case's plans from this storage, unless they were already read from it. */
  read(storage: StorageAdapter, caseId: string): void {
    const key = [storage, caseId];
    if (this.key && key.every((value, index) => value === this.key![index])) return;
    this.key = key;
    this.plans = undefined;
    this.error = undefined;
    storage.list<ServicePlan>('servicePlan', { caseId }).then(
      ({ records }) => {
        if (this.key !== key) return;
        this.plans = records;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.key !== key) return;
        this.error = this.failed(error);
        this.host.requestUpdate();
      },
    );
  }

  /** The next `read` reads again. */
  invalidate(): void {
    this.key = undefined;
    this.host.requestUpdate();
  }
}
