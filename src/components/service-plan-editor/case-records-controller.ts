import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchCaseRecords, type CaseRecords } from '../../machines/service-plan/case-records.js';
import type { StorageAdapter } from '../../storage/elements.js';

/**
 * Keeps the case's visitation plans and contact log at hand for the case plan (visitation shown in the
 * plan, appointments recorded in the log), following changes made elsewhere. Stops watching when the
 * element leaves the page; starts again on the next `follow`.
 *
 * Records that arrive re-render the element only when its last render read them: most of a plan (a
 * service plan, closed items) shows nothing from them, and rendering it all again for nothing was a
 * whole second render per open. A render that reads them later reads what is here then.
 */
export class CaseRecordsController implements ReactiveController {
  private current: CaseRecords | undefined;
  private currentFailed = false;
  /** Whether what is on screen was rendered from the records (read since the last update began). */
  private shown = false;
  private storage: StorageAdapter | undefined;
  private caseId: string | undefined;
  private stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The case's records (undefined until read); reading them during a render makes their changes re-render. */
  get records(): CaseRecords | undefined {
    this.shown = true;
    return this.current;
  }

  /** Whether the last read failed; read like `records`. */
  get failed(): boolean {
    this.shown = true;
    return this.currentFailed;
  }

  /** Watches this storage for this case (nothing when either is missing); the same pair twice does nothing. */
  follow(storage: StorageAdapter | undefined, caseId: string | undefined): void {
    if (storage === this.storage && caseId === this.caseId && (this.stop || !storage || !caseId)) return;
    this.stop?.();
    this.stop = undefined;
    this.storage = storage;
    this.caseId = caseId;
    this.current = undefined;
    this.currentFailed = false;
    if (!storage || !caseId) return;
    this.stop = watchCaseRecords(
      storage,
      caseId,
      (records) => {
        this.current = records;
        this.currentFailed = false;
        if (this.shown) this.host.requestUpdate();
      },
      () => {
        this.currentFailed = true;
        if (this.shown) this.host.requestUpdate();
      },
    );
  }

  /** A render begins: what it reads of the records decides whether their next change renders again. */
  hostUpdate(): void {
    this.shown = false;
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
