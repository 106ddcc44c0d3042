import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchCaseRecords, type CaseRecords } from '../../machines/service-plan/case-records.js';
import type { StorageAdapter } from '../../storage/elements.js';

/**
 * Keeps the case's visitation plans and contact log at hand for the case plan (visitation shown in the
 * plan, appointments recorded in the log), following changes made elsewhere. Stops watching when the
 * element leaves the page; starts again on the next `follow`.
 */
export class CaseRecordsController implements ReactiveController {
  records: CaseRecords | undefined;
  failed = false;
  private storage: StorageAdapter | undefined;
  private caseId: string | undefined;
  private stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Watches this storage for this case (nothing when either is missing); the same pair twice does nothing. */
  follow(storage: StorageAdapter | undefined, caseId: string | undefined): void {
    if (storage === this.storage && caseId === this.caseId && (this.stop || !storage || !caseId)) return;
    this.stop?.();
    this.stop = undefined;
    this.storage = storage;
    this.caseId = caseId;
    this.records = undefined;
    this.failed = false;
    if (!storage || !caseId) return;
    this.stop = watchCaseRecords(
      storage,
      caseId,
      (records) => {
        this.records = records;
        this.failed = false;
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
