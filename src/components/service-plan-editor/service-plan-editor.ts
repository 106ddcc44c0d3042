import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlanKind } from '../../model/service-plan/plan.js';
import type { ApprovalPolicy } from '../../model/service-plan/rules/approvals.js';
import { OutcomeScaleSchema, type OutcomeScale } from '../../model/service-plan/outcome-scale.js';
import { CaseDetailsSchema, type CaseDetails } from '../../model/case-details.js';
import { servicePlanMachine, type ServicePlanEmitted } from '../../machines/service-plan/machine.js';
import { selectCanEdit, selectPhase, selectToday, type ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import { newRecordId } from '../../machines/shared/record-id.js';
import { CaseplanElement } from '../shared/caseplan-element.js';
import type { ActorController } from '../shared/controllers/actor-controller.js';
import { ActorSlot } from '../shared/controllers/actor-slot.js';
import { CpConfirm } from '../shared/parts/cp-confirm.js';
import { CpLiveRegion, announceIn } from '../shared/parts/cp-live-region.js';
import { CpProgress } from '../shared/parts/cp-progress.js';
import { CpSaveIndicator } from '../shared/parts/cp-save-indicator.js';
import { CpStatusBadge } from '../shared/parts/cp-status-badge.js';
import { CpStorageWarning } from '../shared/parts/cp-storage-warning.js';
import { CpSyncStatus } from '../shared/parts/cp-sync-status.js';
import { conflictFieldStyles } from '../shared/parts/conflict-field-styles.js';
import { baseStyles } from '../shared/styles/base.js';
import { tokens } from '../shared/styles/tokens.js';
import { forcedColorsStyles } from '../shared/styles/forced-colors.js';
import { CpErrorEvent } from '../shared/events/index.js';
import type { ReadState } from '../shared/read-state.js';
import './messages.js';
import { planList } from './parts/plan-list.js';
import { CpOpenVisitationPlanEvent } from './open-visitation-plan-event.js';
import { CaseRecordsController } from './case-records-controller.js';
import { CasePlansReader } from './case-plans-reader.js';
import { checkedInput } from './checked-input.js';
import { relayEmitted } from './emitted-events.js';
import { UserHandOver } from './user-hand-over.js';
import { EditSession } from './edit-session.js';
import { EditorFocusController } from './focus-controller.js';
import { DeferredBodies } from './deferred-bodies.js';
import { levelHeadings, titleLevel } from './heading-levels.js';
import { GoneTypingNote } from './gone-typing-note.js';
import { MergedNote } from './merged-note.js';
import { planBody } from './plan-body.js';
import { planHistoryController, planSaveHistory } from './plan-history.js';
import { PlanPrint } from './plan-print.js';
import { planSlotOptions } from './plan-slot.js';
import { EditorScreen } from './screen-state.js';
import { undoShortcut } from './undo-keys.js';
import { PlanTools, planToolbar } from './toolbar.js';
import { editorStyles } from './styles.js';
import { editorPrintStyles } from './print-styles.js';
import { fieldId, type EditorView, type FieldPath } from './view.js';
import { exportedParts } from '../shared/parts/exported-parts.js';

const PLAN_KIND = 'servicePlan';

/**
 * Writes, agrees and follows a service plan or a child-welfare case plan: the goal, sub-goals and plan
 * items, services from the catalog, milestones, needs and strengths, permanency and reviews, approvals
 * and revisions, with autosave, undo/redo and conflict resolution. Without `plan-id` it lists the case's
 * plans (kind, status, version, dates) to open one or start a new one, stored with its first change.
 *
 * @summary A service plan or case plan editor, from draft to approval, review and revision.
 * @fires cp-plan-created - A new plan was stored, with the first thing the user wrote in it; `detail.id` is its id (set as `plan-id` too).
 * @fires cp-open-visitation-plan - The user opened one of the child's visitation plans from the case plan; `detail.id`, `detail.href` (from `visitation-plan-href`). Cancelable: `preventDefault()` keeps the link from being followed.
 * @fires cp-change - The plan changed (typed, added, removed, moved); `detail.value` is the whole plan, `detail.dirty` true until saved.
 * @fires cp-saved - The plan was stored; `detail.version` is the stored version. The last write of a plan left for another `plan-id` says `detail.left: true`: key a copy by `detail.id`.
 * @fires cp-status-change - The plan's status changed and was saved (`detail.previousStatus` → `detail.status`).
 * @fires cp-conflict - Someone else saved the plan first; `detail.attempted` (mine) and `detail.current` (theirs). Nothing is lost.
 * @fires cp-error - Opening or saving failed (`detail.code`, e.g. `storage.quota-exceeded`), a property was invalid (`input.invalid`), another `plan-id` was set while the open plan's last edits could not be written (`plan.unsaved-on-switch`), or the open plan was left while it held typing no record can take (`plan.typing-left-on-switch`: "120e" in a cost or text the plan refused, `violations` naming the field where it is now; a form not submitted). A plan is left for another `plan-id`, or for the list (`plan-id` cleared, or "Back"); a new plan never stored is also left when the `case-id` changes (never by signing out: it stays open, read-only), and is reported without `detail.id`. Signing out (`currentUser` cleared) writes what was typed in a field first, as the user who typed it; input no record can take ("120e", a form not added) goes with the fields, which turn read-only, and is reported as `plan.typing-left-on-sign-out`; so is such input when another user signs in in place of the one who typed it (it stays at its field, unwritten).
 * @csspart base - The editor's outer box.
 * @csspart toolbar - The plan's header, kept in view: title, status, the next step, undo/redo, print and save state.
 * @csspart plan-list - The case's plans, shown without `plan-id`, with "New plan".
 * @csspart title - The plan's title (a heading at `heading-level`).
 * @csspart sync-status - The sync indicator, shown when the storage syncs with the agency's server (online, offline with N changes kept, conflicts).
 * @csspart sync-status-base - The sync indicator's box (`<cp-sync-status>`'s `base`).
 * @csspart sync-status-message - The sync indicator's sentence.
 * @csspart storage-warning - The warning that records are kept only in memory (with the reason), or that local data was cleared.
 * @csspart storage-warning-base - The storage warning's box (`<cp-storage-warning>`'s `base`).
 * @csspart storage-warning-title - The storage warning's first line.
 * @csspart storage-warning-reason - Why IndexedDB could not be used, when known.
 * @csspart status - The status and what is missing before the next step.
 * @csspart status-badge - The status label.
 * @csspart status-badge-base - The status label's badge (`<cp-status-badge>`'s `base`), in the toolbar and the list of plans.
 * @csspart waiting - "Waiting for approval from: …".
 * @csspart conflict - The two versions after a conflict, with keep-mine / take-theirs.
 * @csspart goal - The goal section.
 * @csspart participants - Principal participant and plan members.
 * @csspart needs - Needs and strengths.
 * @csspart basis - What the plan is built on: the assessment (source, date, by whom, findings), history and current situation.
 * @csspart need-coverage - For each need, the sub-goals and items that answer it (or that nothing does yet).
 * @csspart case-plan - Permanency goals, review schedule and recorded reviews.
 * @csspart sub-goals - The list of sub-goals.
 * @csspart sub-goal - One sub-goal.
 * @csspart item - One plan item: a summary line (name, who, dates, status, progress) that opens its details in place.
 * @csspart deliveries - Units authorized and delivered of a unit delivery item.
 * @csspart catalog - The service catalog picker.
 * @csspart milestones - The milestones.
 * @csspart approvals - Approvals and revision requests.
 * @csspart actions - The lifecycle steps (submit, activate, revise, close...).
 * @csspart versions - Earlier versions and what changed.
 * @csspart history - Every save of the plan (who, when, what changed), the versions set aside in its conflicts and the revisions abandoned.
 * @csspart history-set-aside - One group of versions kept aside, under its heading: those set aside in the plan's conflicts, or the revisions abandoned (their working copies); each version readable and restorable.
 * @csspart document - The plan as a document (read-only view and print).
 * @csspart overall-progress - The plan's overall progress bar.
 * @csspart field-error - An inline message next to a field.
 * @csspart error-summary - What is wrong in the plan (and, once a blocked step was tried, what blocks it), each a link to its field.
 * @csspart save-state - Where the save state (saving, saved, failed) is shown.
 * @csspart save-indicator-base - The save state's box (`<cp-save-indicator>`'s `base`).
 * @csspart save-indicator-message - The save state's sentence.
 * @csspart save-indicator-detail - Why a save failed.
 * @csspart save-indicator-retry-button - The button that retries a failed save.
 * @csspart overdue - An "overdue" badge or note (an item, a milestone, the overdue count).
 * @csspart linked-service - The catalog service an item is linked to.
 * @csspart recommendations - The services recommended from the plan's needs.
 * @csspart version-view - An earlier version opened for reading.
 * @csspart changes - The list of what changed in a version.
 * @csspart conflict-mine - Your side of a conflict (what you changed).
 * @csspart conflict-theirs - The other side of a conflict (what was saved meanwhile).
 * @csspart plan-groups - The plan groups that gather sub-goals.
 * @csspart add-sub-goal - The form that adds a sub-goal.
 * @csspart add-item - The form that adds a plan item.
 * @csspart item-progress - A unit-delivery item's progress bar (delivered of authorized).
 * @csspart progress-base - A unit-delivery item's progress box (`<cp-progress>`'s `base`).
 * @csspart progress-label - Its label.
 * @csspart progress-text - Its value in words.
 * @csspart progress-track - Its track (the progressbar itself).
 * @csspart progress-bar - Its filled part.
 * @csspart outcome-progress - How the family uses what the rated items are for, beside the overall progress.
 * @csspart outcome-rating - An item's outcome rating (level on the agency's scale, evidence).
 * @csspart add-hearing - The form that adds a court hearing.
 * @csspart hearing-unreviewed - The badge of a hearing that passed with no review recorded.
 * @csspart safety-plan - The case plan's safety plan (danger signs, who does what, support).
 * @csspart add-safety-action - The form that adds a step to the safety plan.
 * @csspart add-safety-support - The form that adds a family or community member to the safety plan.
 * @csspart visitation - The child's visitation plans in a case plan: status, court order, compliance, a link to each.
 * @csspart appointments - A plan item's appointments (made, kept, missed) and what the contact log recorded for it.
 * @csspart appointment-progress - The count of an item's appointments kept, missed and to come.
 * @csspart add-appointment - The form that adds an appointment to a plan item.
 * @csspart merged-note - The note naming what a merge took from the other person.
 * @csspart gone-typing-note - The note showing text which could not be saved, kept for a part of the plan since removed (read-only, named by its field and item), each with "Discard"; leaving asks until it is discarded.
 * @csspart case-plan-details - Placement and why, services to the foster parents, health and education records, educational stability, steps toward the concurrent goal, and from 14 the youth's part and transition services.
 * @csspart print-header - The printed plan's own header: case, child and date of birth, agency, caseworker, prepared by, version, date printed.
 * @csspart confirm-dialog - The question asked before removing or leaving something: the dialog box (`<cp-confirm>`'s `dialog`).
 * @csspart confirm-heading - Its title.
 * @csspart confirm-message - Its question.
 * @csspart confirm-actions - Its row of buttons.
 * @csspart confirm-confirm-button - Its confirming button.
 * @csspart confirm-cancel-button - Its cancelling button.
 * @cssprop --cp-color-accent - Buttons, progress and links (text on it is derived: black or white, whichever meets WCAG AA).
 * @cssprop --cp-color-danger - Errors and overdue items.
 * @cssprop --cp-color-surface - Background.
 * @cssprop --cp-color-text - Text.
 */
export class ServicePlanEditor extends CaseplanElement {
  static override styles = [tokens, baseStyles, editorStyles, forcedColorsStyles, conflictFieldStyles, editorPrintStyles];
  static override dependencies = {
    'cp-confirm': CpConfirm,
    'cp-live-region': CpLiveRegion,
    'cp-progress': CpProgress,
    'cp-save-indicator': CpSaveIndicator,
    'cp-status-badge': CpStatusBadge,
    'cp-storage-warning': CpStorageWarning,
    'cp-sync-status': CpSyncStatus,
  };

  /** The stored plan to open; absent: the case's plans are listed (a plan opened or started there sets it). */
  @property({ attribute: 'plan-id', reflect: true }) planId?: string;
  /** The case the plan belongs to (required to create one). */
  @property({ attribute: 'case-id' }) caseId?: string;
  /** `service` (a service plan) or `outcome` (a child-welfare case plan), for a new plan. */
  @property() kind: PlanKind = 'service';
  /**
   * The level of the editor's title heading (1 to 6, default 2), so its headings fit under the host's:
   * sections are one level below it, sub-goals two, plan items three. The editor never renders an h1.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Quiet time after the last change before saving, in milliseconds; a change applies from the next edit. */
  @property({ attribute: 'autosave-delay', type: Number }) autosaveDelay?: number;

  /** Who must approve (default: every parent/guardian member and a youth of 12 or more). */
  @property({ attribute: false }) approvalPolicy?: ApprovalPolicy;

  /**
   * The agency's scale for rating how a family uses what each plan item is for (levels 0 to N, each
   * labelled per language). Default: not yet, starting to, with support, consistently. An invalid scale
   * is reported in a `cp-error` and the default used.
   */
  @property({ attribute: false }) outcomeScale?: OutcomeScale;
  private checkedScale: OutcomeScale | undefined;

  /**
   * What the host's case system knows of the case, for the printed plan's own header: `caseNumber`,
   * `agency`, `caseworker` (else the case's caseworker participant), `court`. The child and date of
   * birth come from the participants, "prepared by" from `currentUser`, the date printed from `now`.
   * An invalid value is reported in a `cp-error` and left out.
   */
  @property({ attribute: false }) caseDetails?: CaseDetails;
  private checkedCaseDetails: CaseDetails | undefined;
  /** The plan on paper: the printed copy built only while printing, the pages' margins, printing in another language. */
  private readonly paper = new PlanPrint(this, {
    t: this.localize,
    plan: () => this.shownPlan?.context.plan,
    participants: () => this.context.participants,
    caseDetails: () => this.checkedCaseDetails,
    printedOn: () => (this.shownPlan ? selectToday(this.shownPlan) : undefined),
  });
  /**
   * Where the host shows a visitation plan: an address template with `{id}` (and `{caseId}`), e.g.
   * `/cases/{caseId}/visits/{id}`. The case plan's visitation section links each plan there (the
   * `cp-open-visitation-plan` event fires first and can cancel it). Without it, a button fires the event.
   */
  @property({ attribute: 'visitation-plan-href' }) visitationPlanHref?: string;

  /** The case's visitation plans and contact log, for the visitation section and the items' appointments. */
  private readonly caseRecords = new CaseRecordsController(this);
  /** Without `plan-id`: the case's plans, to open one or start a new one. */
  private readonly casePlans = new CasePlansReader(this, (error) => {
    this.dispatchEvent(new CpErrorEvent({ kind: PLAN_KIND, code: (error as { code?: string }).code ?? 'storage.unknown', violations: [], cause: error }));
    return this.localize.error(error);
  });
  private readonly focusAfter = new EditorFocusController(this);
  /**
   * A draft's open sections' bodies, built after the first paint as it opens (issue 18); a case plan's wait
   * for the case's records (its visitation section shows them), read after that paint too.
   */
  private readonly deferredBodies = new DeferredBodies(this, () => (this.plan?.snapshot.context.plan?.planKind === 'outcome' ? this.caseRecords.whenRead() : Promise.resolve()));
  private readonly tools = new PlanTools();
  private readonly mergedNote = new MergedNote(this, (message) => this.announce(message));
  private readonly goneTypingNote = new GoneTypingNote((message) => this.announce(message));
  /** Every save of the plan and the versions set aside in its conflicts (the shared history panel). */
  private readonly history = planHistoryController(this, () => this.plan?.snapshot.context.storage, this.context);

  /** The plan's actor (plan-slot.ts): started once storage and a plan (or "New plan") are there, restarted for another `plan-id`. */
  private readonly actorSlot = new ActorSlot(
    this,
    planSlotOptions({
      element: this,
      context: this.context,
      scope: () => this.planScope,
      createdPlanId: () => this.createdPlanId,
      user: () => this.handOver.machineUser(),
      // Text the plan refused stays in its field, stored nowhere: closing the page asks first, while that plan is open.
      holdsTyping: () => this.session.holdsTypingFor(this.plan ? this.planScope : undefined),
      opened: (scope) => this.session.open(scope),
      emitted: (event, letGo) => this.onEmitted(event, letGo),
      uses: (storage): boolean => this.actorSlot.storage === storage,
    }),
  );
  /** The plan this editor created (no plan-id given), if any. */
  private createdPlanId: string | undefined;
  /** The user's edits and what is said at each field; written as the hand-over's `writer`. */
  private readonly session: EditSession = new EditSession(this, () => this.plan, () => this.handOver.writer !== undefined, () => this.handOver.signedOut?.id);
  /** The plan left and the user changed: the typing goes to its plan, written as who typed it (user-hand-over.ts). */
  private readonly handOver: UserHandOver = new UserHandOver(this, {
    plan: () => this.plan,
    scope: () => this.planScope,
    openScope: () => this.session.openScope,
    typingToReport: () => this.session.typingToReport(),
    currentUser: () => this.context.currentUser,
    planId: () => this.planId,
    letGo: () => {
      this.session.letGo();
      this.actorSlot.stop();
    },
  });

  /** What is open on screen, and the confirm dialog's question. */
  private readonly screen = new EditorScreen(this);
  /** The user asked for a new plan (without `plan-id` nothing is written before that). */
  @state() private newPlanRequested = false;
  /** The open plan was chosen or started from the list: its header offers the way back. */
  private openedFromList = false;
  /** How many times "New plan" was chosen: each new draft has a scope of its own (`planScope`). */
  private newPlans = 0;

  /** Undoes the last change. */
  undo(): void {
    this.plan?.send({ type: 'UNDO' });
  }

  redo(): void {
    this.plan?.send({ type: 'REDO' });
  }

  /** Saves now instead of waiting for the quiet time. */
  save(): void {
    this.plan?.send({ type: 'SAVE_NOW' });
  }

  /**
   * Opens the browser's print dialog; the print stylesheet shows the plan as a document with its own
   * header and page numbers. `locale`: print in that language (a participant's, say) while the screen
   * goes back to its own once the dialog closes.
   */
  async print(options: { locale?: string } = {}): Promise<void> {
    await this.paper.print(options);
  }

  /** Prints the plan for one participant, in their preferred language (the screen's when they have none). */
  async printFor(participantId: string): Promise<void> {
    await this.paper.printFor(this.context.participants, participantId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('outcomeScale')) this.checkedScale = checkedInput(this, OutcomeScaleSchema, this.outcomeScale, 'outcomeScale');
    if (changed.has('caseDetails')) this.checkedCaseDetails = checkedInput(this, CaseDetailsSchema, this.caseDetails, 'caseDetails');
    this.handOver.beforeSync();
    this.actorSlot.sync();
    // Signed in again: what they committed while signed out is written now the machine knows them.
    const returned = this.handOver.takeReturned();
    if (returned) this.session.writeUnwrittenOf(returned);
    const storage = this.actorSlot.storage;
    // Without plan-id: the case's plans are listed; nothing is written until the user starts one.
    if (!this.plan && storage && this.caseId && !this.planId && !this.newPlanRequested) this.casePlans.read(storage, this.caseId);
    // The case's records (of the plan's own case): read after the plan's first paint (CaseRecordsController),
    // before the sections that show them are built, not beside the plan's own read (issue 18).
    this.caseRecords.follow(storage, this.plan?.snapshot.context.plan?.caseId);
  }

  /**
   * Read: the plan (or, without `plan-id`, the case's plans), its sections built, and for a case plan the
   * case's visitation plans and contacts it shows (read after the plan's first paint).
   */
  protected override readState(): ReadState {
    const snapshot = this.plan?.snapshot;
    if (!snapshot) {
      // The list of the case's plans: read once storage is there; else nothing configured, or nobody to start a plan.
      const listed = !this.planId && !this.newPlanRequested && this.caseId !== undefined;
      if (listed) return this.casePlans.error !== undefined ? 'failed' : this.casePlans.plans ? 'read' : { until: this.updates.next() };
      // A plan to open (or start) waits for the storage; without one there is nothing to read.
      return this.planScope !== undefined ? { until: this.updates.next() } : 'read';
    }
    const phase = selectPhase(snapshot);
    if (phase === 'load-failed') return 'failed';
    if (phase === 'loading' || this.deferredBodies.building) return { until: this.updates.next() };
    if (snapshot.context.plan?.planKind !== 'outcome') return 'read';
    const records = this.caseRecords.readState;
    return records === 'reading' ? { until: this.caseRecords.whenRead() } : records;
  }

  protected override updated(): void {
    levelHeadings(this.renderRoot, titleLevel(this.headingLevel));
  }

  /** Opens what a plan path lies in and moves focus to its control after the next render. */
  private focusPath(path: FieldPath): void {
    this.screen.openTo(this.plan?.snapshot.context.plan, path);
    this.focusAfter.path(path);
  }

  /** The plan's snapshot once loaded (not loading, nor failed to): what the view shows. */
  private get shownPlan(): ServicePlanSnapshot | undefined {
    const snapshot = this.plan?.selected;
    return snapshot && selectPhase(snapshot) !== 'loading' && selectPhase(snapshot) !== 'load-failed' ? snapshot : undefined;
  }

  /** The plan's actor, while one runs. */
  private get plan(): ActorController<typeof servicePlanMachine> | undefined {
    return this.actorSlot.controller;
  }

  /** What the actor works on (`UserHandOver.scopeOf`): the plan of `plan-id`, a new plan asked for, or none (the list). */
  private get planScope(): string | undefined {
    return this.handOver.scopeOf({ planId: this.planId, caseId: this.caseId, newPlanRequested: this.newPlanRequested, newPlans: this.newPlans });
  }

  /** What the plan's machine reports, as `cp-*` events; a new plan stored becomes the open `plan-id`. */
  private onEmitted(event: ServicePlanEmitted, letGo = false): void {
    relayEmitted(this, event, {
      t: this.localize,
      letGo,
      planId: () => this.planId,
      created: (plan) => {
        // The "New plan" path ends here: the plan is stored and stays open, now by its id.
        this.createdPlanId = plan.id;
        this.newPlanRequested = false;
        this.actorSlot.rescope(`plan:${plan.id}`);
        this.session.rescope(`plan:${plan.id}`);
        this.planId = plan.id;
      },
      statusChanged: () => this.session.showProblems(false),
      conflict: () => this.focusAfter.ifLost('#conflict-heading'),
      conflictCleared: (message) => {
        this.focusAfter.ifLost('#plan-title');
        // What their save added (the merged note) is said after why the conflict closed, in one announcement.
        this.mergedNote.lead(message);
      },
      announce: (message, politeness) => this.announce(message, politeness),
    });
  }

  /** Read-only: asked for by the host, or because nobody valid is signed in (every write names its author). */
  private get locked(): boolean {
    return this.readOnly || this.handOver.userMissing;
  }

  /**
   * Back from a plan opened from the list: the list, read again once what was typed is stored. A new
   * plan nothing was written to is let go unstored (issue 14, point 2).
   */
  private async backToList(): Promise<void> {
    if (!(await this.handOver.leaveForList())) return;
    this.openedFromList = false;
    this.newPlanRequested = false;
    this.casePlans.invalidate();
    this.focusAfter.whenReady(this.locked ? ['#plan-title'] : ['#new-plan']);
    this.planId = undefined;
  }

  private openFromList(planId: string): void {
    this.openedFromList = true;
    this.focusAfter.whenReady(['#plan-title']);
    this.planId = planId;
  }

  private startNewPlan(): void {
    this.newPlans += 1;
    this.openedFromList = true;
    this.newPlanRequested = true;
    this.focusAfter.whenReady([`#${fieldId('goal.title')}`]);
  }

  /** The user lets go of text kept for a record since removed (the gone-typing note): it is not kept, nor asked about, any more. */
  private discardGoneTyping(fieldKey: string): void {
    this.session.forget(fieldKey);
    this.focusAfter.ifLost('#plan-title');
  }

  /** Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes plan changes, except in a text field (undo-keys.ts). */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const shortcut = this.locked ? undefined : undoShortcut(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut === 'redo') this.redo();
    else this.undo();
  };

  /** Tells the host a visitation plan is to be opened; false when it took that over (preventDefault). */
  private openVisitationPlan(id: string, caseId: string, href: string | undefined): boolean {
    return this.dispatchEvent(new CpOpenVisitationPlanEvent({ kind: 'visitationPlan', id, caseId, ...(href ? { href } : {}) }));
  }

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    announceIn(this.renderRoot, message, politeness);
  }

  private view(snapshot: ServicePlanSnapshot): EditorView | undefined {
    const plan = snapshot.context.plan;
    if (!plan) return undefined;
    const t = this.localize;
    this.deferredBodies.opening(plan.id);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the view's `ui` getter reads the element's current state
    const editor = this;
    return {
      ...this.session.view(t, snapshot, plan.status),
      t,
      plan,
      participants: this.context.participants,
      staff: this.context.staff,
      // Read through getters: records read only where shown, so their arrival re-renders only then (CaseRecordsController).
      get caseRecords() {
        return editor.caseRecords.records;
      },
      get caseRecordsFailed() {
        return editor.caseRecords.failed;
      },
      catalog: this.context.catalog,
      templates: this.context.templates,
      today: selectToday(snapshot),
      readonly: this.locked,
      canAbandonRevision: snapshot.can({ type: 'ABANDON_REVISION' }),
      outcomeScale: this.checkedScale,
      // Read through a getter: handlers of an item rendered earlier (and cached) must see today's screen state.
      get ui() {
        return editor.screen.ui;
      },
      allows: (edit) => !this.locked && selectCanEdit(snapshot, edit),
      showProblems: () => {
        this.session.showProblems(true);
        this.focusAfter.whenReady(['#error-summary']);
      },
      focusAfterRender: (selector) => this.focusAfter.after(selector),
      focusPath: (path) => this.focusPath(path),
      confirm: (message, confirmLabel) => this.screen.confirm(message, confirmLabel),
      setUi: (change) => this.screen.setUi(change),
      announce: (message) => this.announce(message),
      newId: newRecordId,
      buildsBody: (key, needed) => this.deferredBodies.buildNow(key, needed),
    };
  }

  override render(): TemplateResult {
    const t = this.localize;
    const snapshot = this.plan?.selected;
    const shown = this.shownPlan;
    const view = shown ? this.view(shown) : undefined;
    const retry = () => this.plan?.send({ type: 'RETRY' });
    return html`<div class="editor" part="base" lang=${t.lang} dir=${t.dir} @keydown=${this.onKeydown}>
      ${planToolbar({
        t,
        snapshot,
        view,
        tools: this.tools,
        titleLevel: titleLevel(this.headingLevel),
        kind: this.kind,
        showBack: this.openedFromList,
        locked: this.locked,
        undo: () => this.undo(),
        redo: () => this.redo(),
        print: () => void this.print(),
        back: () => void this.backToList(),
        retry,
      })}
      <div class="notices">
        <cp-live-region></cp-live-region>
        <cp-storage-warning part="storage-warning" exportparts=${exportedParts('storage-warning')} .storage=${this.actorSlot.storage} .reason=${this.actorSlot.reasonFor(this.actorSlot.storage)}></cp-storage-warning>
        <cp-sync-status part="sync-status" exportparts=${exportedParts('sync-status')} .storage=${this.actorSlot.storage}></cp-sync-status>
      </div>
      ${snapshot
        ? planBody({
            t,
            snapshot,
            view,
            locked: this.locked,
            readOnly: this.readOnly,
            problemsShown: this.session.problemsShown,
            approvalPolicy: this.approvalPolicy,
            participantId: this.context.currentUser?.participantId,
            preparedBy: this.context.currentUser?.name,
            caseDetails: this.checkedCaseDetails,
            outcomeScale: this.checkedScale,
            printing: this.paper.printing,
            visitationPlanHref: this.visitationPlanHref,
            now: this.context.now(),
            openVisitationPlan: (id, caseId, href) => this.openVisitationPlan(id, caseId, href),
            // The notes above the plan: refused text kept for a removed record, and what a merge took from theirs.
            mergedNote: html`${this.goneTypingNote.render(t, this.session.goneTyping(), (fieldKey) => this.discardGoneTyping(fieldKey))}${this.mergedNote.render(t, snapshot)}`,
            saveHistory: (shown) => planSaveHistory(shown, this.history, this.context.currentUser),
            retry,
          })
        : !this.caseId && !this.planId
          ? html`<p class="banner" role="alert">${t.term('spe.not-configured')}</p>`
          : !this.planId && !this.newPlanRequested
            ? planList({
                t,
                plans: this.casePlans.plans,
                error: this.casePlans.error,
                cannotCreate: this.readOnly ? t.term('spe.readonly.notice') : this.handOver.userMissing ? t.term('spe.readonly.no-user') : undefined,
                open: (planId) => this.openFromList(planId),
                create: () => this.startNewPlan(),
                retry: () => this.casePlans.invalidate(),
              })
            : !this.planId && this.handOver.userMissing
              ? html`<p class="banner" role="status">${t.term('spe.readonly.no-user')}</p>`
              : html`<p role="status">${t.term('spe.loading')}</p>`}
      <cp-confirm class="confirm" exportparts=${exportedParts('confirm')} danger confirm-label=${this.screen.confirmRequest?.confirmLabel ?? ''}>${this.screen.confirmRequest?.message ?? ''}</cp-confirm>
    </div>`;
  }
}
