import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchCaseRecords, type CaseRecords } from '../../machines/service-plan/case-records.js';
import type { StorageAdapter } from '../../storage/elements.js';
import { afterNextPaint } from '../shared/after-next-paint.js';

/**
 * Keeps the case's visitation plans and contact log at hand for the case plan (visitation shown in the
 * plan, appointments recorded in the log), following changes made elsewhere. Stops watching when the
 * element leaves the page; starts again on the next `follow`.
 *
 * Read after the first paint of what is followed (issue 18): the first screen of a plan shows nothing
 * from them (closed items; the visitation section's body comes after that paint too, and waits for them:
 * `whenRead`), and reading them beside the plan made opening it slower. A render that reads them before
 * that starts the read at once (and renders again when they arrive).
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
  /** What `follow` asked for waits for the paint after this update before it is read. */
  private startAfterPaint = false;
  private paintAwaited = false;
  /** The first read of what is followed: settled when it arrived or failed. */
  private firstRead = settledSignal();
  private firstReadDone = true;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The case's records (undefined until read); reading them during a render makes their changes re-render. */
  get records(): CaseRecords | undefined {
    this.shown = true;
    this.start();
    return this.current;
  }

  /** Whether the last read failed; read like `records`. */
  get failed(): boolean {
    this.shown = true;
    this.start();
    return this.currentFailed;
  }

  /** Whether the first read of what is followed is still to come, arrived or failed (not watched for re-renders, unlike `records`). */
  get readState(): 'reading' | 'read' | 'failed' {
    return this.firstReadDone ? (this.currentFailed ? 'failed' : 'read') : 'reading';
  }

  /** Resolves once the followed case's records were read (or the read failed); at once when nothing is followed. */
  whenRead(): Promise<void> {
    return this.firstRead.promise;
  }

  /** Follows this storage and case (nothing when either is missing); the same pair twice does nothing. */
  follow(storage: StorageAdapter | undefined, caseId: string | undefined): void {
    if (storage === this.storage && caseId === this.caseId && (this.stop || this.startAfterPaint || !storage || !caseId)) return;
    this.stop?.();
    this.stop = undefined;
    this.storage = storage;
    this.caseId = caseId;
    this.current = undefined;
    this.currentFailed = false;
    this.firstRead.settle();
    this.firstRead = settledSignal();
    this.startAfterPaint = storage !== undefined && caseId !== undefined;
    this.paintAwaited = false;
    this.firstReadDone = !this.startAfterPaint;
    if (!this.startAfterPaint) this.firstRead.settle();
  }

  /** Starts watching what is followed, unless it is watched already. */
  private start(): void {
    const { storage, caseId } = this;
    if (this.stop || !this.startAfterPaint || !storage || !caseId) return;
    this.startAfterPaint = false;
    const read = this.firstRead;
    this.stop = watchCaseRecords(
      storage,
      caseId,
      (records) => {
        this.current = records;
        this.currentFailed = false;
        if (read === this.firstRead) this.firstReadDone = true;
        read.settle();
        if (this.shown) this.host.requestUpdate();
      },
      () => {
        this.currentFailed = true;
        if (read === this.firstRead) this.firstReadDone = true;
        read.settle();
        if (this.shown) this.host.requestUpdate();
      },
    );
  }

  /** A render begins: what it reads of the records decides whether their next change renders again. */
  hostUpdate(): void {
    this.shown = false;
  }

  /** What this update followed is read after its paint (unless a render asked for it first). */
  hostUpdated(): void {
    if (!this.startAfterPaint || this.paintAwaited) return;
    this.paintAwaited = true;
    const { storage, caseId } = this;
    afterNextPaint(() => {
      if (storage === this.storage && caseId === this.caseId) this.start();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.startAfterPaint = false;
  }
}

/** A promise and the function that settles it (once). */
function settledSignal(): { promise: Promise<void>; settle(): void } {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}
