import type { SetAsideFailedEvent } from '../shared/set-aside.js';
import type { ConflictChoice } from '../../model/shared/three-way-merge.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { Violation } from '../../model/shared/violation.js';
import type { Contact, ContactContent } from '../../model/visitation/contact.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import type { Occurrence } from '../../model/visitation/recurrence.js';
import type { ContactFilter, ContactSortOrder } from '../../model/visitation/contact-query.js';
import type { CurrentUser } from '../shared/current-user.js';
import type { MachineError } from '../shared/machine-error.js';
import type { RecordConflict } from '../shared/record-conflict.js';
import type { UnreadableRecord } from '../shared/record-list.js';
import type { RecordChangedEvent } from '../shared/record-watch.js';
import type { PendingWrite } from '../shared/record-write.js';
import type { CarriedEdit } from '../shared/carry-over.js';

/** What the element (or a test) gives the contact log. Scope: a child, else a visitation plan, else the case. */
export interface ContactLogInput {
  storage: StorageAdapter;
  caseId: string;
  childId?: string;
  visitationPlanId?: string;
  currentUser: CurrentUser;
  now: () => Date;
  /** Ids for new contacts (default: random UUIDs). */
  createId?: () => string;
  /** The zone whose calendar days the period filter and the caseworker standard use (default: the device's). */
  timeZone?: string;
}

/** A contact being recorded or edited in the form; kept through failures until saved or cancelled. */
export interface ContactEditor {
  mode: 'create' | 'edit';
  draft: Contact;
  /** The stored version an edit started from (the base of a merge if someone else saves meanwhile). */
  base?: Contact | undefined;
  violations: Violation[];
  /** True once SAVE was refused, so the form shows every message. */
  submitted: boolean;
  /** The occurrence the contact most likely fulfils, from its date and plan. */
  suggestion: Occurrence | undefined;
  /** True once the user picked the occurrence: a later date change no longer replaces it. */
  occurrenceChosen: boolean;
}

export type ContactLogEvent =
  | { type: 'RETRY' }
  | { type: 'RELOAD' }
  | { type: 'SET_FILTER'; filter: ContactFilter }
  | { type: 'SET_ORDER'; order: ContactSortOrder }
  | { type: 'RECORD'; initial?: Partial<ContactContent> }
  | { type: 'EDIT'; contactId: string }
  | { type: 'CHANGE'; patch: Partial<ContactContent> }
  | { type: 'SAVE' }
  | { type: 'CANCEL' }
  | { type: 'ARCHIVE'; contactId: string }
  | { type: 'RESOLVE_KEEP_MINE' }
  | { type: 'RESOLVE_TAKE_THEIRS' }
  | { type: 'RESOLVE_EDIT_MINE' }
  /** Combine both: writes once every field both changed has a chosen side (CHOOSE). */
  | { type: 'RESOLVE_MERGE' }
  | { type: 'CHOOSE'; path: string; choice: ConflictChoice }
  | { type: 'DISMISS' }
  | { type: 'UPDATE_INPUT'; currentUser?: CurrentUser }
  /** The host changed storage: the form the previous storage's log held, and the new storage's record. */
  | { type: 'CARRY_OVER'; carried: CarriedEdit<Contact>; theirs: Contact | undefined }
  | RecordChangedEvent
  | SetAsideFailedEvent;

export interface ContactLogContext {
  storage: StorageAdapter;
  caseId: string;
  childId: string | undefined;
  visitationPlanId: string | undefined;
  currentUser: CurrentUser;
  now: () => Date;
  createId: () => string;
  timeZone: string;
  /** Every contact in scope, archived ones included (the filter leaves them out unless asked); the newest first page until `complete`. */
  contacts: Contact[];
  /** True once every contact in scope is in `contacts`: summaries, recording and editing wait for it. */
  complete: boolean;
  /** The visitation plans in scope: for the plan choice, occurrence suggestions and compliance. */
  plans: VisitationPlan[];
  unreadable: UnreadableRecord[];
  filter: ContactFilter;
  order: ContactSortOrder;
  editor: ContactEditor | undefined;
  pending: PendingWrite<Contact> | undefined;
  conflict: RecordConflict<Contact> | undefined;
  error: MachineError | undefined;
  rejected: Violation[];
}

export type ContactLogEmitted =
  | { type: 'changed'; contact: Contact }
  | { type: 'saved'; contact: Contact; action: string }
  /** `renewed`: the conflict was already open and now shows their newer save. */
  | { type: 'conflict'; conflict: RecordConflict<Contact>; renewed?: true }
  | { type: 'error'; error: MachineError };
