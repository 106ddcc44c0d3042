import type { ReactiveControllerHost } from 'lit';
import { nextPrimaryStep } from '../../model/service-plan/lifecycle.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { PlanStatus } from '../../model/service-plan/plan.js';
import type { Violation } from '../../model/shared/violation.js';
import type { servicePlanMachine } from '../../machines/service-plan/machine.js';
import { selectBlockers, selectLifecycleRefusal, type ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import type { LifecycleEvent, ServicePlanEvent } from '../../machines/service-plan/types.js';
import type { ActorController } from '../shared/controllers/actor-controller.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { editedRecord, ownerPath, type RecordRef } from './field-owner.js';
import { violationText } from './labels.js';
import { samePath, withinPath, type EditorView, type FieldPath, type TypedFieldName } from './view.js';

/** Why a commit was not written while nobody valid is signed in (a message key, said at the field once signed in again). */
const NO_WRITER = 'spe.held-typing.no-writer';

/** Refused text kept for a record since removed (`EditSession.goneTyping`). */
export interface GoneTyping {
  fieldKey: string;
  text: string;
  name: TypedFieldName | undefined;
}

const lifecycleEventTypes = new Set<string>(['SUBMIT', 'WITHDRAW', 'APPROVE', 'DECLINE', 'ACTIVATE', 'START_REVISION', 'COMPLETE_REVISION', 'COMPLETE', 'CLOSE', 'CANCEL', 'EXEMPT', 'REMOVE_EXEMPTION']);

/** What the view gets from the session: sending, editing, and what to say at each field. */
type SessionView = Pick<EditorView, 'edit' | 'refusedText' | 'forgetRefused' | 'refuseUnreadable' | 'refusedAt' | 'send' | 'refusal' | 'errorsFor' | 'blockersAt' | 'hasMessagesUnder' | 'messagesStamp' | 'violationsAt'>;

/**
 * The user's edits in this session and what is said at each field: what the machine refused (per field),
 * the fields edited (what blocks the next step there is said at once), whether every blocker is shown
 * (the user tried the blocked step), and why the last status step or approval was refused.
 */
export class EditSession {
  private readonly refused = new Map<string, Violation[]>();
  /**
   * What the user typed at a field that was refused: shown instead of the stored value, so no typed word is lost;
   * with the record it was typed for (as its edit names it) and what the field is (its label, its record's name),
   * said with the text once that record is gone.
   */
  private readonly refusedTexts = new Map<string, { text: string; owner: RecordRef | undefined; name: TypedFieldName | undefined }>();
  /**
   * A commit nobody could write (signed out), with who had signed out (`signedOut`): signing in again as them writes it
   * as theirs; another user must change the text to make it theirs.
   */
  private readonly unwritten = new Map<string, { edit: PlanEdit; before: PlanEdit | undefined; typed: string | undefined; name: TypedFieldName | undefined; by: string | undefined }>();
  /** The refused text at each field the host was told was left with its plan (`typingToReport`). */
  private readonly reported = new Map<string, string>();
  private readonly edited = new Set<string>();
  private stamp = 0;
  /**
   * Which plan the session speaks for, counted up when another plan opens (`open` with another scope). A
   * view drawn for an earlier plan is stale: a control of the plan left behind fires `change` as it leaves
   * the page (Chrome does, for a number field holding "120e"), and that typing belongs to the plan left,
   * never to the next. The same plan carried to another storage (a new actor) is the same plan: what the
   * user confirmed or typed there still goes to it.
   */
  private generation = 0;
  /** The scope (`plan:<id>`, `new:<case>:<n>`) of the plan the session speaks for. */
  private scope: string | undefined;
  /** The user tried the next step while it was blocked: every blocker is shown at its field. */
  problemsShown = false;
  /** Why the last status step or approval was refused (shown next to its buttons). */
  refusal: Violation[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly plan: () => ActorController<typeof servicePlanMachine> | undefined,
    /** Someone valid is signed in (every write names its author). */
    private readonly canWrite: () => boolean,
    /** Who signed out last (the id), while nobody is signed in. */
    private readonly signedOut: () => string | undefined = () => undefined,
  ) {}

  /** Sends to the plan's machine; what it refused (a status step the rules refuse is asked about first: the machine ignores it). */
  send(event: ServicePlanEvent): Violation[] {
    const plan = this.plan();
    if (!plan || !this.canWrite()) return [];
    const lifecycle = lifecycleEventTypes.has(event.type);
    const refusal = lifecycle ? selectLifecycleRefusal(plan.snapshot, event as LifecycleEvent) : [];
    plan.send(event);
    if (lifecycle) {
      this.refusal = refusal;
      this.host.requestUpdate();
    }
    return refusal.length > 0 ? refusal : plan.snapshot.context.rejected;
  }

  /** An edit of one field; false (and the reason, and the text typed, kept at the field) when the machine refused it. */
  edit(edit: PlanEdit, fieldKey: string, before?: PlanEdit, typed?: string, name?: TypedFieldName): boolean {
    // Nobody may write (signed out): nothing was sent, so nothing was accepted. The text stays at its field,
    // refused for that reason (the leave guard counts it; signed in again, it is written: `writeUnwrittenOf`).
    if (!this.canWrite()) return this.keepUnwritten(fieldKey, edit, before, typed, name);
    this.unwritten.delete(fieldKey);
    this.edited.add(fieldKey);
    const rejected = this.send({ type: 'EDIT', edit, ...(before ? { before } : {}) });
    if (rejected.length > 0) {
      this.refused.set(fieldKey, rejected);
      if (typed !== undefined) this.keepText(fieldKey, typed, name, editedRecord(edit));
    } else {
      this.refused.delete(fieldKey);
      this.refusedTexts.delete(fieldKey);
    }
    this.stamp += 1;
    this.host.requestUpdate();
    return rejected.length === 0;
  }

  /** A commit nobody may write: what was typed is kept at its field with the reason, never taken for accepted. */
  private keepUnwritten(fieldKey: string, edit: PlanEdit, before: PlanEdit | undefined, typed: string | undefined, name: TypedFieldName | undefined): false {
    if (typed !== undefined) {
      this.refused.set(fieldKey, [{ code: NO_WRITER, path: [] }]);
      this.keepText(fieldKey, typed, name, editedRecord(edit));
      this.unwritten.set(fieldKey, { edit, before, typed, name, by: this.signedOut() });
      this.stamp += 1;
      this.host.requestUpdate();
    }
    return false;
  }

  private keepText(fieldKey: string, text: string, name: TypedFieldName | undefined, owner: RecordRef | undefined): void {
    this.refusedTexts.set(fieldKey, { text, owner, name });
  }

  /**
   * `userId` signed in again: the commits kept while nobody was signed in, since they signed out, are written as
   * theirs, in the order they were made (as if the field's change had come a moment earlier). Another user's
   * sign-in writes nothing: they change the text to make it theirs.
   */
  writeUnwrittenOf(userId: string): void {
    for (const [fieldKey, { edit, before, typed, name, by }] of [...this.unwritten]) {
      if (by !== userId) continue;
      this.unwritten.delete(fieldKey);
      this.edit(edit, fieldKey, before, typed, name);
    }
  }

  /** Text the browser could not read as the field's value ("12e" in a number field): no edit is sent (an empty value would clear the stored one); the field says so. */
  refuseUnreadable(fieldKey: string, path: FieldPath | undefined): void {
    this.refused.set(fieldKey, [{ code: 'value.invalid', path: path ? [...path] : [] }]);
    this.stamp += 1;
    this.host.requestUpdate();
  }

  showProblems(shown: boolean): void {
    this.problemsShown = shown;
    this.host.requestUpdate();
  }

  /** A form the user cancelled, or kept text the user let go: what was refused of it goes. */
  forget(fieldKey: string): void {
    this.unwritten.delete(fieldKey);
    if (!this.refused.delete(fieldKey) && !this.refusedTexts.delete(fieldKey)) return;
    this.refusedTexts.delete(fieldKey);
    this.stamp += 1;
    this.host.requestUpdate();
  }

  /**
   * Text the machine refused that the editor keeps in view (over its limit, markup in a name): no record
   * holds it, so leaving now would lose it. What was refused there, one entry per field, at the path where
   * the field's record (found by its id) is now. A field whose record was removed is shown in the gone-typing
   * note instead (`goneTyping`), its violations at no path: it counts until the user discards it there, or
   * Undo or a merge brings the record back, and the text and its message with it.
   */
  heldTyping(): Violation[] {
    return this.held().flatMap(({ violations }) => violations);
  }

  /**
   * The held typing (see `heldTyping`) the host has not yet been told was left: a plan left for the list keeps its
   * refused text for its return, and leaving it again with the same text says nothing new (a text the user changed
   * since is new). Marks what it returns as told.
   */
  typingToReport(): Violation[] {
    return this.held().flatMap(({ fieldKey, text, violations }) => {
      if (this.reported.get(fieldKey) === text) return [];
      this.reported.set(fieldKey, text);
      return violations;
    });
  }

  /**
   * Refused text kept for a record no longer in the plan (removed here, or by another tab or user): its field is
   * gone, so the gone-typing note shows it, with what it was, until the user discards it or the record comes back.
   */
  goneTyping(): GoneTyping[] {
    const plan = this.plan()?.snapshot.context.plan;
    if (!plan) return [];
    return [...this.refusedTexts].filter(([, { owner }]) => ownerPath(plan, owner) === null).map(([fieldKey, { text, name }]) => ({ fieldKey, text, name }));
  }

  private held(): { fieldKey: string; text: string; violations: Violation[] }[] {
    const plan = this.plan()?.snapshot.context.plan;
    return [...this.refusedTexts].flatMap(([fieldKey, { text, owner: record }]) => {
      const owner = plan ? ownerPath(plan, record) : undefined;
      // Its record is gone: the text is kept in the gone-typing note, at no path of the plan.
      if (owner === null) return [{ fieldKey, text, violations: (this.refused.get(fieldKey) ?? []).map((found) => ({ ...found, path: [] })) }];
      const violations = (this.refused.get(fieldKey) ?? []).map((found) => (owner && found.path[0] === owner[0] && found.path.length >= owner.length ? { ...found, path: [...owner, ...found.path.slice(owner.length)] } : found));
      return [{ fieldKey, text, violations }];
    });
  }

  /**
   * A plan's actor was started for `scope`. Another plan: what was said at the fields of the one left goes
   * (refused text kept for a removed record included: it is forgotten for good only here and in `letGo`), and views drawn
   * for it send nothing more. The same plan (another storage, the element put back) keeps both.
   */
  open(scope: string): void {
    if (scope !== this.scope) this.startOver(scope);
  }

  /**
   * Whether refused text is in view for the plan open now (`openScope`: the editor's plan, undefined at the list):
   * text kept for a plan left (the list, another plan about to open) is in view nowhere, so leaving the page does not
   * ask for it; it counts again if that plan opens again and the text comes back with it.
   */
  holdsTypingFor(openScope: string | undefined): boolean {
    return openScope !== undefined && openScope === this.scope && this.heldTyping().length > 0;
  }

  /**
   * The open plan is let go for good (a new plan never stored, left by Back: it can never be opened again): what
   * was kept for it goes, once the host was told (`plan.typing-left-on-switch`).
   */
  letGo(): void {
    this.startOver(undefined);
  }

  /** Speaks for `scope` from now on: what was said at the fields of the plan before goes, its views send nothing more. */
  private startOver(scope: string | undefined): void {
    this.scope = scope;
    this.generation += 1;
    this.refused.clear();
    this.refusedTexts.clear();
    this.unwritten.clear();
    this.reported.clear();
  }

  /** The scope of the plan the session speaks for (the last one opened). */
  get openScope(): string | undefined {
    return this.scope;
  }

  /** The plan now goes by another scope (a new plan stored has its id): still the same plan. */
  rescope(scope: string): void {
    this.scope = scope;
  }

  view(t: LocalizeController, snapshot: ServicePlanSnapshot, status: PlanStatus): SessionView {
    const violations = snapshot.context.violations;
    const next = selectBlockers(snapshot, nextPrimaryStep(status));
    const drawnFor = this.generation;
    /**
     * Runs what a control asked for only while the plan it was drawn for is the open one. With no plan open (the
     * list), a field leaving the page fires `change` too: nothing takes it, so it must not pass for an accepted edit
     * and clear the refused text kept for that plan's return.
     */
    const current = <T>(run: () => T, stale: T): T => (drawnFor === this.generation && this.plan() !== undefined ? run() : stale);
    const blockersAt = (path: FieldPath, fieldKey?: string): Violation[] =>
      this.problemsShown || (fieldKey !== undefined && this.edited.has(fieldKey)) ? next.filter((found) => found.code !== 'plan.approval.missing' && withinPath(found.path, path)) : [];
    return {
      edit: (edit, fieldKey, before, typed, name) => current(() => this.edit(edit, fieldKey, before, typed, name), false),
      refusedText: (fieldKey) => this.refusedTexts.get(fieldKey)?.text,
      forgetRefused: (fieldKey) => this.forget(fieldKey),
      refuseUnreadable: (fieldKey, path) => current(() => this.refuseUnreadable(fieldKey, path), undefined),
      refusedAt: (fieldKey) => this.refused.get(fieldKey) ?? [],
      send: (event) => current(() => this.send(event), []),
      refusal: this.refusal,
      errorsFor: (fieldKey: string, path?: FieldPath) => {
        const refused = this.refused.get(fieldKey) ?? [];
        const atPath = path ? violations.filter((found) => withinPath(found.path, path)) : [];
        const blocking = path ? blockersAt(path, fieldKey) : [];
        return [...new Set([...refused, ...atPath, ...blocking].map((found) => violationText(t, found)))];
      },
      blockersAt,
      hasMessagesUnder: (prefix) => [...this.refused.keys()].some((key) => key.startsWith(prefix)),
      messagesStamp: this.stamp + (this.problemsShown ? 0.5 : 0),
      violationsAt: (path, inside = false) => violations.filter((found) => (inside ? withinPath(found.path, path) : samePath(found.path, path))),
    };
  }
}
