import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import type { CaseParticipant } from '../../model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../model/catalog.js';
import type { StaffMember } from '../../model/staff.js';
import type { CaseRecords } from '../../machines/service-plan/case-records.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { ServicePlan } from '../../model/service-plan/plan.js';
import type { Violation } from '../../model/shared/violation.js';
import type { OutcomeScale } from '../../model/service-plan/outcome-scale.js';
import type { ServicePlanEvent } from '../../machines/service-plan/types.js';

export type FieldPath = readonly (string | number)[];

/** Screen-only state of the editor: which panels are open. Nothing here is part of the plan. */
export interface EditorUiState {
  /** The sub-goal whose catalog picker is open. */
  pickerSubGoalId: string | undefined;
  /** The revision shown in the versions panel. */
  shownRevision: number | undefined;
  /** Screen-only toggles keyed by item: its details open; `<id>:org` an organisation user's name field shown. */
  expandedItems: Set<string>;
  /** Parts of the outline (sections `section:<key>`, sub-goals `subgoal:<id>`) the user opened (true) or closed (false). */
  toggled: Map<string, boolean>;
  /**
   * Sub-goals whose add-item form is open (built only when asked for), each with whether it holds typed
   * text (then it stays open, and so does its sub-goal, until it is added or cancelled).
   */
  addItemForms: ReadonlyMap<string, boolean>;
  /** Sub-goals and items (by id) whose needs-and-strengths checkboxes the user opened: built only while open. */
  linksOpen: ReadonlySet<string>;
  /** The catalog picker's search text and filters. */
  pickerText: string;
  pickerCategory: string;
  pickerLanguage: string;
}

/**
 * What a part of the editor shows: the plan, the case around it, the editor's messages and what the
 * plan's status allows. Reading only: a part given just this cannot change anything.
 */
export interface EditorData {
  t: LocalizeController;
  plan: ServicePlan;
  participants: readonly CaseParticipant[];
  /** The case's visitation plans and contact log (undefined until read). */
  caseRecords: CaseRecords | undefined;
  /** Reading them failed. */
  caseRecordsFailed: boolean;
  /** The organisation's users the host lists (responsibility is picked among them). */
  staff: readonly StaffMember[];
  catalog: readonly CatalogEntry[];
  templates: readonly PlanItemTemplate[];
  /** Today's calendar date as the machine sees it. */
  today: string;
  readonly: boolean;
  /** The open revision may be abandoned now (the model's rule, as the machine applies it). */
  canAbandonRevision: boolean;
  /** The agency's outcome scale, checked; undefined: the default scale. */
  outcomeScale: OutcomeScale | undefined;
  /** Why the last status step or approval was refused (empty once one is taken). */
  refusal: readonly Violation[];
  ui: EditorUiState;
  /** Whether the plan's status allows this edit now (and the view is not read-only). */
  allows(edit: PlanEdit): boolean;
  /** Messages for a field: what the last refused edit of it said, and the plan's violations at `path`. */
  errorsFor(fieldKey: string, path?: FieldPath): string[];
  /** What the machine refused of the last edit sent for a field key (an add form's), each with its path, to say it at its own control. */
  refusedAt(fieldKey: string): readonly Violation[];
  /**
   * What blocks the plan's next step at a path (or under it), shown at the fields once the user tried the
   * step, or at a field the user has edited in this session (an emptied goal says so at once).
   */
  blockersAt(path: FieldPath, fieldKey?: string): Violation[];
  /** Whether a refused edit left a message on a field whose key starts with `prefix`. */
  hasMessagesUnder(prefix: string): boolean;
  /** Changes whenever a refused edit's message is kept or cleared (parts that cache their output compare it). */
  messagesStamp: number;
  /** The plan's violations at a path (or, with `inside`, anywhere under it), for places that are not one field. */
  violationsAt(path: FieldPath, inside?: boolean): Violation[];
  /**
   * Whether an open section of the outline has its body built in this render: as a draft opens, the bodies
   * come in the task after the first paint (DeferredBodies), unless `needed` (a problem in it, the user
   * opened it or was sent to it). A body built stays built.
   */
  buildsBody(sectionKey: string, needed: boolean): boolean;
}

/** What a field is, as its label says, and the record it belongs to (an item's name), when it has one. */
export interface TypedFieldName {
  field: string;
  /** The label's message code, when it has one: the name follows the language shown, not the one typed in. */
  fieldTerm?: string;
  record?: string | undefined;
}

/** What a part of the editor can do: send edits and events, move focus, ask, announce, change screen state. */
export interface EditorActions {
  /**
   * Sends an edit. A refused edit keeps its messages under `fieldKey` (shown next to that field)
   * until an edit of the same field is accepted. Returns whether it was accepted. `before`: the edit of the
   * value the field had when typing began (a change made elsewhere meanwhile becomes a conflict on it).
   * `typed`: the text typed, kept at the field if refused; `name`: what the field is, said with that text if its record goes.
   */
  edit(edit: PlanEdit, fieldKey: string, before?: PlanEdit, typed?: string, name?: TypedFieldName): boolean;
  /** The text the user typed at a field and the machine refused (kept in front of its message until corrected or accepted). */
  refusedText(fieldKey: string): string | undefined;
  /** Forgets what was refused at a field key (a form the user cancelled says nothing more). */
  forgetRefused(fieldKey: string): void;
  /** What was typed at a field cannot be read as its value ("12e" in a number field): nothing is changed, and this is said there. */
  refuseUnreadable(fieldKey: string, path: FieldPath | undefined): void;
  /** Sends a machine event; returns why it was refused (empty when accepted). */
  send(event: ServicePlanEvent): Violation[];
  /** The user tried a blocked step: every blocker is shown at its field and in the error summary, which takes focus. */
  showProblems(): void;
  /** Moves focus, after the next render, to the element matching `selector` in the shadow root (the first of a list that exists). */
  focusAfterRender(selector: string | readonly string[]): void;
  /** Moves focus to the control that edits `path` (opening the item it lies in), e.g. from a blocker or an error summary. */
  focusPath(path: FieldPath): void;
  /** Asks the user to confirm (an accessible dialog). */
  confirm(message: string, confirmLabel: string): Promise<boolean>;
  /** Changes screen-only state and re-renders. */
  setUi(change: Partial<EditorUiState>): void;
  /** Live-region announcement. */
  announce(message: string): void;
  /** A fresh id for what a part adds (a sub-goal, an item, an appointment): the one id maker, `newRecordId`. */
  newId(): string;
}

/**
 * What most parts of the editor render from and send to: plain render functions over this view show what
 * the snapshot and the model say and turn input into machine events. A part that only shows takes `EditorData`.
 */
export interface EditorView extends EditorData, EditorActions {}

export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((segment, index) => String(segment) === String(b[index]));
}

/** A DOM id made from a field key (`goal.title` → `f-goal-title`). */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** True when `path` is `prefix` or lies inside it (a violation on `cost.amount` belongs to the `cost` field). */
export function withinPath(path: FieldPath, prefix: FieldPath): boolean {
  return path.length >= prefix.length && prefix.every((segment, index) => String(segment) === String(path[index]));
}

/**
 * The control that edits `path` (its `data-path`), or the nearest one: the control of the longest prefix
 * (a violation on `cost.amount` goes to the cost field), else the first control inside it (a sub-goal
 * with no items goes to its "add plan item" name), else the item's or sub-goal's heading.
 */
export function controlForPath(root: ParentNode, path: FieldPath): HTMLElement | undefined {
  const wanted = path.map(String);
  let best: HTMLElement | undefined;
  let bestLength = -1;
  let inside: HTMLElement | undefined;
  for (const control of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const own = (control.dataset['path'] ?? '').split('.');
    const prefix = own.length <= wanted.length && own.every((segment, index) => segment === wanted[index]);
    if (prefix && own.length > bestLength) {
      best = control;
      bestLength = own.length;
    } else if (!inside && own.length > wanted.length && wanted.every((segment, index) => segment === own[index])) inside = control;
  }
  // A prefix shorter than the item (the sub-goal's title for an item's problem) is a worse guess than a control inside.
  return bestLength >= Math.min(wanted.length, 2) || !inside ? best : inside;
}
