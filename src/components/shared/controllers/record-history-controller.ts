import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { historySteps, type HistoryStep } from '../../../model/history-versions.js';
import type { StoredRecord } from '../../../model/record.js';
import { versionRestoredAction } from '../../../model/history-actions.js';
import { restoreSetAside, SET_ASIDE_KIND, type SetAsideVersion } from '../../../model/set-aside.js';
import type { Violation } from '../../../model/shared/violation.js';
import type { ListQuery, StorageAdapter, Unsubscribe } from '../../../storage/elements.js';

/** One record's history as read from storage: every save, and the versions set aside in its conflicts. */
export interface RecordHistoryState {
  kind: string;
  id: string;
  /** Every save, oldest first, with what it changed; undefined while loading. */
  steps: HistoryStep[] | undefined;
  /** Versions set aside when a conflict on this record was resolved, newest first. */
  setAside: SetAsideVersion[];
  error: unknown;
  /** The first save (its number) from which the history failed the storage's check (verifyHistory): changed outside the application. */
  untrustedFrom?: number;
  /**
   * The saves check but the record as stored is not the one the last of them made (changed outside the
   * application, or saves cut off after it). Its saves are then listed as recorded, never rebuilt from it.
   */
  untrustedRecord?: boolean;
  /** The set-aside version being restored. */
  restoring?: string;
  /** Why the last restore failed (a conflict: someone saved meanwhile; read again and retry). */
  restoreError?: unknown;
  /** A restore the record's rules refused, with why: shown at that version's restore button. */
  restoreRefused?: { versionId: string; violations: Violation[] };
  /** The set-aside version restored last, to say so. */
  restored?: string;
}

export interface RecordHistoryOptions {
  storage(): StorageAdapter | undefined;
  user(): { id: string } | undefined;
  now(): Date;
  /**
   * The record's own rules for bringing a version back onto it as stored now (a model function, e.g. a
   * plan's revision abandoned can come back only while the plan is still at the version it was
   * abandoned to, and a conflict's version never brings back an old status): the record restored, or
   * the reasons it is refused. Without it, `restoreSetAside`.
   */
  restore?(current: StoredRecord, version: SetAsideVersion): { ok: true; record: StoredRecord } | { ok: false; violations: readonly Violation[] };
}

/**
 * Reads one record's history for the shared history panel (every element uses it, so a save's history
 * reads the same everywhere) and restores a version set aside: the restore is one ordinary write that
 * carries the version it read, so a save made meanwhile is a conflict, never overwritten. While open it
 * follows storage, so a save made elsewhere shows at once.
 */
export class RecordHistoryController implements ReactiveController {
  state: RecordHistoryState | undefined;
  private scope: ListQuery = {};
  private unwatch: Unsubscribe | undefined;
  private reads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RecordHistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state) this.watch();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Opens a record's history; `scope` lists its set-aside versions (its case or child). */
  open(kind: string, id: string, scope: ListQuery = {}): void {
    this.scope = scope;
    this.state = { kind, id, steps: undefined, setAside: [], error: undefined };
    this.watch();
    void this.read();
  }

  close(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.state = undefined;
    this.host.requestUpdate();
  }

  isOpen(kind: string, id: string): boolean {
    return this.state?.kind === kind && this.state.id === id;
  }

  /** Brings back a version set aside over the record as stored now (changes made since on other fields are kept). */
  async restore(versionId: string): Promise<void> {
    const state = this.state;
    const storage = this.options.storage();
    const version = state?.setAside.find((entry) => entry.id === versionId);
    const user = this.options.user();
    if (!state || !storage || !version || !user) return;
    this.update({ restoring: versionId, restoreError: undefined, restoreRefused: undefined, restored: undefined });
    try {
      const current = await storage.get<StoredRecord>(state.kind, state.id);
      if (!current) throw Object.assign(new Error('The record is no longer stored'), { code: 'storage.not-found' });
      const outcome = this.options.restore?.(current, version) ?? { ok: true, record: restoreSetAside(current, version) };
      if (!outcome.ok) {
        if (this.isOpen(state.kind, state.id)) this.update({ restoring: undefined, restoreRefused: { versionId, violations: [...outcome.violations] } });
        return;
      }
      const restored = { ...outcome.record, updatedAt: this.options.now().toISOString(), updatedBy: user.id };
      await storage.put(state.kind, restored, { action: versionRestoredAction(state.kind) });
      if (this.isOpen(state.kind, state.id)) this.update({ restoring: undefined, restored: versionId });
    } catch (error) {
      if (this.isOpen(state.kind, state.id)) this.update({ restoring: undefined, restoreError: error });
    }
    await this.read();
  }

  private update(patch: Partial<RecordHistoryState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  private watch(): void {
    this.unwatch?.();
    const storage = this.options.storage();
    this.unwatch = storage?.watch((change) => {
      const state = this.state;
      if (state && ((change.kind === state.kind && change.id === state.id) || change.kind === SET_ASIDE_KIND)) void this.read();
    });
  }

  private async read(): Promise<void> {
    const state = this.state;
    const storage = this.options.storage();
    if (!state || !storage) return;
    const read = ++this.reads;
    const { kind, id } = state;
    try {
      const [entries, current, listed, verdict] = await Promise.all([
        storage.history(kind, id),
        storage.get(kind, id).catch(() => undefined),
        storage.list<SetAsideVersion>(SET_ASIDE_KIND, { ...this.scope, includeArchived: true }),
        // An adapter that keeps a hash chain checks it: a history edited in the database is not shown as genuine.
        storage.verifyHistory?.(kind, id).catch(() => undefined),
      ]);
      if (read !== this.reads || !this.isOpen(kind, id)) return;
      const setAside = listed.records.filter((version) => version.recordKind === kind && version.recordId === id).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      // 'key-required': keyed entries this page holds no key for cannot be checked, which is not a sign of tampering.
      const broken = verdict && !verdict.valid && verdict.reason !== 'key-required' ? verdict : undefined;
      const untrustedFrom = broken ? entries[broken.brokenAt]?.seq : undefined;
      const untrustedRecord = broken !== undefined && untrustedFrom === undefined ? true : undefined;
      // A history that failed its check lists each save as recorded: rebuilt from the record as stored, a
      // record changed outside the application would be shown as a save's change, under that save's author.
      this.update({ steps: historySteps(broken ? undefined : current, entries), setAside, error: undefined, untrustedFrom, untrustedRecord });
    } catch (error) {
      if (read === this.reads && this.isOpen(kind, id)) this.update({ steps: undefined, error });
    }
  }
}
