import type { StorageAdapter } from '../../storage/adapter.js';
import type { Violation } from '../../model/shared/violation.js';
import type { CaseParticipant } from '../../model/participant.js';
import type { CatalogEntry } from '../../model/catalog.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { ApprovalExemptionReason, ApprovalMethod, PlanKind, RevisionReason, ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import type { ApprovalPolicy } from '../../model/service-plan/rules/approvals.js';
import type { ConflictChoice, FieldPath } from '../../model/shared/three-way-merge.js';
import type { CurrentUser } from '../shared/current-user.js';
import type { MachineError } from '../shared/machine-error.js';
import type { RecordConflict } from '../shared/record-conflict.js';

/** What the element (or a test) gives the machine. `now` is a function so tests control the clock. */
export interface ServicePlanMachineInput {
  storage: StorageAdapter;
  /** Opens this plan; without it a new draft is created (stored at once unless `storeWhenWritten`). */
  planId?: string;
  /**
   * A new plan (no `planId`) stays unstored until its first change: that first write stores it (history
   * action `plan.created`) and emits `created`. Leaving before any change stores nothing.
   */
  storeWhenWritten?: boolean;
  caseId: string;
  planKind: PlanKind;
  currentUser: CurrentUser;
  participants: CaseParticipant[];
  catalog?: CatalogEntry[];
  approvalPolicy?: ApprovalPolicy;
  /** For a new plan: the case's primary client and the principal participant, made plan members. */
  primaryClientId?: string;
  principalParticipantId?: string;
  now: () => Date;
  /** Quiet time after the last edit before saving (default 800 ms). */
  autosaveDelayMs?: number;
  /** Ids for new plans, sub-goals, items... (default a random UUID, also on plain-http pages). */
  createId?: () => string;
  /** The host changed storage: the unsaved plan the previous storage's editor held, re-applied on this storage's plan. */
  carry?: CarriedPlan;
}

/** Unsaved edits handed from one storage to another: my plan, the version it started from, the history actions not yet written. */
export interface CarriedPlan {
  plan: ServicePlan;
  base: ServicePlan | undefined;
  pendingActions: string[];
  /** Earlier users' changes not yet written, each to be written as its author before `plan`'s own (see `AuthoredChanges`). */
  handedOver?: AuthoredChanges[];
  /**
   * The plan `handedOver` was made on when it is not `base`: during a conflict with a save made elsewhere the batches
   * are already rebased onto that save, so only what their authors changed from it is theirs (never that save's words).
   */
  handedOverBase?: ServicePlan;
}

/**
 * Changes one user made and left unwritten when another user came (signed in, or signed out, while a save ran or had
 * failed): written on their own, as that user, before what came after (every history entry names who made its changes).
 * `plan`: the working plan as that user left it.
 */
export interface AuthoredChanges {
  plan: ServicePlan;
  actions: string[];
  snapshots: ServicePlanRevision[];
  author: CurrentUser;
}

/** Where the plan stands with storage. */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

/** A conflict on the plan: `stored` is what a resolution is written over (theirs, or for a field changed while typing, the last saved). */
export type PlanConflict = RecordConflict<ServicePlan>;

export interface ServicePlanContext {
  storage: StorageAdapter;
  caseId: string;
  planKind: PlanKind;
  planId: string | undefined;
  /** See the input's `storeWhenWritten`. */
  storeWhenWritten: boolean;
  /** The plan is new and not stored yet (storeWhenWritten): its first write creates it. */
  unstored: boolean;
  currentUser: CurrentUser;
  participants: CaseParticipant[];
  catalog: CatalogEntry[] | undefined;
  approvalPolicy: ApprovalPolicy | undefined;
  primaryClientId: string | undefined;
  principalParticipantId: string | undefined;
  now: () => Date;
  autosaveDelayMs: number;
  createId: () => string;
  /** The plan being edited (includes unsaved edits). */
  plan: ServicePlan | undefined;
  /** The plan as last read from or written to storage: its version is what the next write carries. */
  saved: ServicePlan | undefined;
  /** Undo and redo stacks of earlier working plans. */
  past: ServicePlan[];
  future: ServicePlan[];
  /** Everything wrong with the working plan (validatePlan), for messages next to fields. */
  violations: Violation[];
  /** Why the last edit or step was refused; cleared by the next accepted one. */
  rejected: Violation[];
  /** History actions of the changes not yet written. */
  pendingActions: string[];
  /** Revision snapshots to write with the next save (in one transaction with the plan). */
  pendingSnapshots: ServicePlanRevision[];
  /** True when the next save should not wait for the autosave delay (a status change). */
  saveImmediately: boolean;
  /**
   * Earlier users' changes not yet written, oldest first, each written as its author before the next; `pendingActions`
   * and `pendingSnapshots` are the current user's, made after them.
   */
  handedOver: AuthoredChanges[];
  /** What the save in flight is writing; `source` is the working plan it was made from (edited since if it differs); `author`, who made its changes. */
  writing: { plan: ServicePlan; actions: string[]; snapshots: ServicePlanRevision[]; source: ServicePlan; author: CurrentUser } | undefined;
  conflict: PlanConflict | undefined;
  /** Where the last merge took the other person's change (one-sided changes merged without asking), to tell the user. */
  mergedFromTheirs: FieldPath[];
  error: MachineError | undefined;
  /** Earlier revisions, oldest first. */
  revisions: ServicePlanRevision[];
  /** Unsaved edits carried over from the previous storage, applied once the plan is read. */
  carry: CarriedPlan | undefined;
}

export type LifecycleEvent =
  | { type: 'SUBMIT' }
  | { type: 'WITHDRAW' }
  | { type: 'APPROVE'; participantId: string; comment?: string; method?: ApprovalMethod; witness?: string }
  | { type: 'DECLINE'; participantId: string; comment: string }
  | { type: 'ACTIVATE' }
  | { type: 'START_REVISION'; reason: RevisionReason }
  | { type: 'COMPLETE_REVISION' }
  | { type: 'COMPLETE' }
  | { type: 'CLOSE'; reason: string }
  | { type: 'CANCEL' }
  | { type: 'EXEMPT'; participantId?: string; reason: ApprovalExemptionReason; note?: string }
  | { type: 'REMOVE_EXEMPTION'; exemptionId: string };

/** Every event the element may send. */
export type ServicePlanEvent =
  /**
   * `before`, for a typed field: the edit that sets the value the field had when typing began. If the plan's
   * value there changed meanwhile (another tab, another element), the edit opens a conflict on that field
   * instead of overwriting the other change.
   */
  | { type: 'EDIT'; edit: PlanEdit; before?: PlanEdit }
  | { type: 'UNDO' }
  | { type: 'REDO' }
  | { type: 'SAVE_NOW' }
  | { type: 'RETRY' }
  | { type: 'RESOLVE_KEEP_MINE' }
  | { type: 'RESOLVE_TAKE_THEIRS' }
  | { type: 'RESOLVE_MERGE' }
  /** Chooses one side for one conflicting field (`path` as `pathKey` gives it). */
  | { type: 'CHOOSE'; path: string; choice: ConflictChoice }
  /** Abandons the revision under way: the active version comes back unchanged, the working copy is set aside. */
  | { type: 'ABANDON_REVISION' }
  | { type: 'UPDATE_INPUT'; participants?: CaseParticipant[]; catalog?: CatalogEntry[]; approvalPolicy?: ApprovalPolicy; currentUser?: CurrentUser; autosaveDelayMs?: number }
  | LifecycleEvent;

/** Sent by the storage watcher; not for the element. */
export type InternalEvent = { type: 'REMOTE_CHANGE'; version: number } | { type: 'PLAN_CHANGED' };
