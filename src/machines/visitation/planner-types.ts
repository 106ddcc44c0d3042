import type { SetAsideFailedEvent } from '../shared/set-aside.js';
import type { ConflictChoice } from '../../model/shared/three-way-merge.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { Violation } from '../../model/shared/violation.js';
import type { Contact } from '../../model/visitation/contact.js';
import type { VisitationPlan, VisitationPlanContent } from '../../model/visitation/plan.js';
import type { CurrentUser } from '../shared/current-user.js';
import type { MachineError } from '../shared/machine-error.js';
import type { RecordConflict } from '../shared/record-conflict.js';
import type { UnreadableRecord } from '../shared/record-list.js';
import type { RecordChangedEvent } from '../shared/record-watch.js';
import type { PendingWrite } from '../shared/record-write.js';
import type { CarriedEdit } from '../shared/carry-over.js';

/** What the element (or a test) gives the planner. `now` is a function so tests control the clock. */
export interface VisitationPlannerInput {
  storage: StorageAdapter;
  caseId: string;
  childId: string;
  currentUser: CurrentUser;
  now: () => Date;
  /** Ids for new plans (default: random UUIDs). */
  createId?: () => string;
  /** The time zone of new plans (default: the device's). */
  defaultTimeZone?: string;
}

/** A plan being created or edited in the form. Unsaved until SAVE succeeds; kept through failures. */
export interface PlanEditor {
  mode: 'create' | 'edit';
  draft: VisitationPlan;
  /** The stored version an edit started from (the base of a merge if someone else saves meanwhile). */
  base?: VisitationPlan | undefined;
  /** Everything wrong with the draft now (shown once the user tries to save, or live). */
  violations: Violation[];
  /** Clashes with the child's other plans: shown, but they do not block saving. */
  warnings: Violation[];
  /** True once SAVE was refused, so the form shows every message, not just those of touched fields. */
  submitted: boolean;
}

/** A lifecycle step on one plan (from the list, without opening the form). */
export type PlanCommand =
  | { type: 'ACTIVATE'; planId: string }
  | { type: 'SUSPEND'; planId: string; reason: string; from?: string; to?: string }
  | { type: 'RESUME'; planId: string }
  | { type: 'END'; planId: string; reason?: string };

export type VisitationPlannerEvent =
  | { type: 'RETRY' }
  | { type: 'RELOAD' }
  | { type: 'CREATE'; initial?: Partial<VisitationPlanContent> }
  | { type: 'EDIT'; planId: string }
  | { type: 'CHANGE'; patch: Partial<VisitationPlanContent> }
  | { type: 'SAVE' }
  | { type: 'CANCEL' }
  | PlanCommand
  | { type: 'RESOLVE_KEEP_MINE' }
  | { type: 'RESOLVE_TAKE_THEIRS' }
  | { type: 'RESOLVE_EDIT_MINE' }
  /** Combine both: writes once every field both changed has a chosen side (CHOOSE). */
  | { type: 'RESOLVE_MERGE' }
  | { type: 'CHOOSE'; path: string; choice: ConflictChoice }
  | { type: 'DISMISS' }
  | { type: 'UPDATE_INPUT'; currentUser?: CurrentUser }
  /** The host changed storage: the form the previous storage's planner held, and the new storage's record. */
  | { type: 'CARRY_OVER'; carried: CarriedEdit<VisitationPlan>; theirs: VisitationPlan | undefined }
  | RecordChangedEvent
  | SetAsideFailedEvent;

export interface VisitationPlannerContext {
  storage: StorageAdapter;
  caseId: string;
  childId: string;
  currentUser: CurrentUser;
  now: () => Date;
  createId: () => string;
  defaultTimeZone: string;
  /** The child's plans (archived ones left out), in the order they were created. */
  plans: VisitationPlan[];
  /** The child's contacts (for compliance), archived ones left out. */
  contacts: Contact[];
  /** Records that could not be read (left untouched in storage). */
  unreadable: UnreadableRecord[];
  editor: PlanEditor | undefined;
  /** The write in flight, or failed and waiting for RETRY. */
  pending: PendingWrite<VisitationPlan> | undefined;
  /** The lifecycle step being written, re-applied to their version when I keep mine after a conflict. */
  pendingCommand: PlanCommand | undefined;
  /** The plan's status before that step (a watched change may place the new version before the write returns). */
  statusBefore: VisitationPlan['status'] | undefined;
  conflict: RecordConflict<VisitationPlan> | undefined;
  error: MachineError | undefined;
  /** Why the last step or save was refused; cleared by the next accepted one. */
  rejected: Violation[];
  /** The plan whose card the refusal belongs to (a lifecycle step or an edit); none for the form's own, so it never shows on another plan. */
  rejectedPlanId: string | undefined;
}

/** Events the planner emits for the element to turn into DOM events (`actor.on('saved', ...)`). */
export type VisitationPlannerEmitted =
  | { type: 'changed'; plan: VisitationPlan }
  | { type: 'saved'; plan: VisitationPlan; action: string }
  | { type: 'status-changed'; plan: VisitationPlan; from: VisitationPlan['status']; to: VisitationPlan['status'] }
  /** `renewed`: the conflict was already open and now shows their newer save. */
  | { type: 'conflict'; conflict: RecordConflict<VisitationPlan>; renewed?: true }
  | { type: 'error'; error: MachineError };
