import type { Violation } from '../../model/shared/violation.js';
import type { CurrentUser } from '../shared/current-user.js';
import { commitTyping, unsavedTypingControls } from '../shared/directives/typed-value.js';
import type { AnyActorRef } from 'xstate';
import { typingLeftEvent, writePlanNow, type TypingLeftCode } from './plan-leave.js';

/** What the hand-over reads from the editor (read when needed, as the editor's state changes). */
export interface UserHandOverOptions {
  /** The plan's actor, while one runs. */
  plan: () => { send(event: { type: 'SAVE_NOW' }): void; actor: AnyActorRef } | undefined;
  /** The scope the actor works on now (`plan:<id>`, a new draft's, or none). */
  scope: () => string | undefined;
  /** The scope of the plan the session has open (what was shown until now). */
  openScope: () => string | undefined;
  /** The refused text the host is told of when the open plan is left. */
  typingToReport: () => Violation[];
  currentUser: () => CurrentUser | undefined;
  planId: () => string | undefined;
  /** A new plan never stored is let go (its session and actor), nothing written. */
  letGo: () => void;
}

/**
 * The editor's plan changes hands: the open plan is left (another plan-id, the list, a new plan let go unstored), or
 * the signed-in user goes (signed out, a session expired) or another signs in. What was typed goes to the plan it was
 * typed in, written as the user who typed it; what no record can take is reported to the host. Run from the editor's
 * `willUpdate` before its actor follows the new plan and user (`beforeSync`).
 */
export class UserHandOver {
  /**
   * Who the plan's edits are written as: the user signed in when the editor last updated. Kept past a sign-out
   * until `beforeSync` has written the typing under the caret, typed by that user while signed in.
   */
  writer: CurrentUser | undefined;
  /** Who signed out last, while nobody is signed in (what they commit meanwhile is theirs when they sign in again). */
  signedOut: CurrentUser | undefined;
  /** Signed in again after signing out (the same user), until the editor took it (`takeReturned`). */
  private returned: string | undefined;
  /**
   * Controls whose typing the host already heard of at a change of user: one "120e" is reported once, not again at
   * each later sign-in or sign-out, until it is typed in again (an `input` from it).
   */
  private readonly toldAtUserChange = new WeakSet<EventTarget>();

  constructor(
    private readonly host: HTMLElement,
    private readonly options: UserHandOverOptions,
  ) {
    host.addEventListener('input', (event) => this.toldAtUserChange.delete(event.composedPath()[0]!));
  }

  /** Who the machine writes as: the user signed in, else one named unknown (nothing is written then: the editor is read-only). */
  machineUser(): CurrentUser {
    return this.options.currentUser() ?? { id: 'unknown-user', name: 'Unknown user' };
  }

  /**
   * What the actor works on: the plan of `plan-id`; or, on "New plan" (the `newPlans`th), a new plan of the case (not
   * started without someone to write it; stored with its first change). Else none (the list).
   */
  scopeOf(wanted: { planId: string | undefined; caseId: string | undefined; newPlanRequested: boolean; newPlans: number }): string | undefined {
    if (wanted.planId) return `plan:${wanted.planId}`;
    if (!wanted.caseId || !wanted.newPlanRequested) return undefined;
    // Each "New plan" is a draft of its own: what was refused in one never shows in the next.
    const draft = `new:${wanted.caseId}:${wanted.newPlans}`;
    // Nobody signed in: no draft is started, but one already open stays open, read-only as a stored plan does,
    // with the typing it holds in view, until someone signs in again (signing out and in is not leaving it).
    return !this.userMissing || this.options.openScope() === draft ? draft : undefined;
  }

  /** No valid current user (none given, or an invalid one, reported in cp-error): nothing may be written. */
  get userMissing(): boolean {
    return this.options.currentUser() === undefined;
  }

  /** Before the actor syncs: the plan left is told of, and the leaving user's typing written as theirs. */
  beforeSync(): void {
    // The open plan is left only when the scope differs now: plan-2 then plan-1 again in one step never closed plan-1.
    const openScope = this.options.openScope();
    const planLeft = openScope !== undefined && openScope !== this.options.scope();
    if (planLeft) this.reportTypingLeft(openScope);
    const user = this.options.currentUser();
    if (this.writer !== undefined && this.writer.id !== user?.id) this.writeAsLeavingUser(planLeft);
    if (this.writer !== undefined && user === undefined) this.signedOut = this.writer;
    if (this.writer === undefined && user !== undefined) {
      this.returned = user.id === this.signedOut?.id ? user.id : undefined;
      this.signedOut = undefined;
    }
    this.writer = user;
  }

  /** The user who just signed in again after signing out (once: the editor writes what they committed meanwhile). */
  takeReturned(): string | undefined {
    const returned = this.returned;
    this.returned = undefined;
    return returned;
  }

  /**
   * Back to the list: what was typed is written first; a new plan nothing was written to is let go unstored (issue
   * 14, point 2). False when the plan must stay open: a new plan whose first write failed exists nowhere else (its
   * save state says why).
   */
  async leaveForList(): Promise<boolean> {
    const plan = this.options.plan();
    if (!plan) return true;
    // Back activated without focus leaving the field (a screen reader's or a host script's click): the
    // typing under the caret is committed first, so it is written with the rest (or reported if refused).
    if (this.host.shadowRoot) commitTyping(this.host.shadowRoot);
    const state = await writePlanNow(plan.actor);
    if (this.options.planId()) return true;
    if (state === 'failed' || state === 'conflict') return false;
    // Let go unstored: what it held that no record can take is reported as for any plan left.
    const openScope = this.options.openScope();
    if (openScope !== undefined) this.reportTypingLeft(openScope);
    this.options.letGo();
    return true;
  }

  /**
   * The open plan (`scope`) is left: another plan-id, the list, or a new plan let go unstored. The text under the
   * caret goes to it first (a refused text fixed there is written, not lost); the host hears what still could
   * not be written (`plan.typing-left-on-switch`, without an id for a new plan never stored).
   */
  reportTypingLeft(scope: string): void {
    const root = this.host.shadowRoot;
    if (!this.options.plan() || !root) return;
    commitTyping(root);
    this.tellTypingLeft(unsavedTypingControls(root), scope.startsWith('plan:') ? scope.slice('plan:'.length) : undefined, this.options.typingToReport());
  }

  /** The host hears of typing no record of the plan left (`planId`; none for a draft never stored) can take, if any. */
  private tellTypingLeft(controls: readonly (HTMLInputElement | HTMLTextAreaElement)[], planId: string | undefined, refused: readonly Violation[], code?: TypingLeftCode): void {
    const typingLeft = typingLeftEvent(controls, planId, refused, code);
    if (typingLeft) this.host.dispatchEvent(typingLeft);
  }

  /**
   * The signed-in user goes (signed out, a session expired) or another signs in: what the leaving user typed is
   * theirs, so the text under the caret is committed and the plan written now, before the machine hears of the next
   * user (every write names its author) and before the fields go read-only (they are drawn as a document then). Text
   * the plan refuses is kept for the plan (the leave guard counts it, it is back in its field on signing in); typing
   * no record can take (unreadable input, a form not added) goes with the fields, so the host hears of it.
   */
  private writeAsLeavingUser(planLeft: boolean): void {
    const plan = this.options.plan();
    const root = this.host.shadowRoot;
    if (!plan || !root) return;
    commitTyping(root);
    plan.send({ type: 'SAVE_NOW' });
    // Left for another plan in the same update: that report (`reportTypingLeft`, for the plan left) said it already.
    // Another user signing in ends the leaving user's session as a sign-out does: the host hears of it the same way.
    if (planLeft) return;
    const untold = unsavedTypingControls(root).filter((control) => !this.toldAtUserChange.has(control));
    untold.forEach((control) => this.toldAtUserChange.add(control));
    this.tellTypingLeft(untold, this.options.planId(), [], 'plan.typing-left-on-sign-out');
  }
}
