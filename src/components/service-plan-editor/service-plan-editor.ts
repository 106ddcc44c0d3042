import { nextPrimaryStep } from '../../model/service-plan/lifecycle.js';
import { StorageChoice } from '../shared/storage-choice.js';
import { commitTyping } from '../shared/directives/typed-value.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { waitFor } from 'xstate';
import { property, state } from 'lit/decorators.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { PlanKind, ServicePlan } from '../../model/service-plan/plan.js';
import type { ApprovalPolicy } from '../../model/service-plan/rules/approvals.js';
import type { Violation } from '../../model/shared/violation.js';
import { servicePlanMachine, type ServicePlanEmitted } from '../../machines/service-plan/machine.js';
import {
  selectBlockers,
  selectCanEdit,
  selectCanRedo,
  selectCanUndo,
  selectConflict,
  selectMergedFromTheirs,
  selectError,
  selectLifecycleRefusal,
  selectMissingApprovals,
  selectNextReview,
  selectOverdue,
  selectPhase,
  selectProgress,
  selectRevisionChanges,
  selectSaveState,
  selectToday,
  type ServicePlanSnapshot,
} from '../../machines/service-plan/selectors.js';
import type { CarriedPlan, LifecycleEvent, ServicePlanEvent } from '../../machines/service-plan/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { defaultStorageOptions } from '../shared/default-storage-options.js';
import { CaseplanElement } from '../shared/caseplan-element.js';
import { ActorController } from '../shared/controllers/actor-controller.js';
import { CpConfirm } from '../shared/parts/cp-confirm.js';
import { CpLiveRegion } from '../shared/parts/cp-live-region.js';
import { CpProgress } from '../shared/parts/cp-progress.js';
import { CpSaveIndicator } from '../shared/parts/cp-save-indicator.js';
import { CpStatusBadge } from '../shared/parts/cp-status-badge.js';
import { CpStorageWarning } from '../shared/parts/cp-storage-warning.js';
import { CpSyncStatus } from '../shared/parts/cp-sync-status.js';
import type { CurrentUser } from '../shared/current-user.js';
import { baseStyles } from '../shared/styles/base.js';
import { tokens } from '../shared/styles/tokens.js';
import { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../shared/events/index.js';
import { label, statusLabel, violationText } from './labels.js';
import './messages.js';
import { approvalsPanel } from './parts/approvals-panel.js';
import { OutcomeScaleSchema, type OutcomeScale } from '../../model/service-plan/outcome-scale.js';
import { parseWithViolations } from '../../model/shared/zod-violations.js';
import { exemptionsOf, parentMembershipViolations, signatories } from '../../model/service-plan/rules/approvals.js';
import { conflictView } from './parts/conflict-view.js';
import { LeaveGuardController } from '../shared/controllers/leave-guard-controller.js';
import { mergedFromTheirsText } from '../shared/parts/conflict-fields.js';
import { conflictFieldStyles } from '../shared/parts/conflict-field-styles.js';
import { goalSection } from './parts/goal-section.js';
import { outline, sectionPaths } from './parts/outline.js';
import { outlineSection } from './parts/outline-section.js';
import { lifecycleActions, primaryAction } from './parts/lifecycle-actions.js';
import { toneByStatus } from '../shared/parts/cp-status-badge.js';
import { planDocument } from './parts/plan-document.js';
import { pageMarginText, printHeader, type PrintFacts } from './parts/print/print-header.js';
import { editorPrintStyles } from './print-styles.js';
import { PageMarginsController } from '../shared/print/page-margins.js';
import { CaseDetailsSchema, type CaseDetails } from '../../model/case-details.js';
import { findParticipant } from '../../model/participant.js';
import { errorSummary, nextReviewText, statusSummary } from './parts/status-summary.js';
import { subGoalList } from './parts/sub-goal-list.js';
import { versionsPanel, type SaveHistory } from './parts/versions.js';
import { RecordHistoryController } from '../shared/controllers/record-history-controller.js';
import { historyPanel } from '../shared/parts/history-panel.js';
import { diffPlanRevisions } from '../../model/service-plan/diff.js';
import type { ServicePlanContent } from '../../model/service-plan/plan.js';
import { changeText } from './labels.js';
import { CpPlanCreatedEvent } from './plan-created-event.js';
import { planList } from './parts/plan-list.js';
import { CpOpenVisitationPlanEvent } from './open-visitation-plan-event.js';
import { CaseRecordsController } from './case-records-controller.js';
import { visitationSection } from './parts/visitation-plans.js';
import { casePlanVisitation } from '../../model/visitation/case-plan-visitation.js';
import { editorStyles } from './styles.js';
import { controlForPath, fieldId, samePath, withinPath, type EditorUiState, type EditorView, type FieldPath } from './view.js';

const PLAN_KIND = 'servicePlan';
const lifecycleEventTypes = new Set<string>(['SUBMIT', 'WITHDRAW', 'APPROVE', 'DECLINE', 'ACTIVATE', 'START_REVISION', 'COMPLETE_REVISION', 'COMPLETE', 'CLOSE', 'CANCEL', 'EXEMPT', 'REMOVE_EXEMPTION']);
type PlanActorController = ActorController<typeof servicePlanMachine>;

const unsavedStates = new Set(['dirty', 'saving', 'conflict', 'failed']);

/** Waits until a plan's actor has nothing in flight (saved, or waiting for the user); its save state then. */
async function settled(plan: PlanActorController): Promise<string | undefined> {
  await waitFor(plan.actor, (snapshot) => selectSaveState(snapshot) !== 'saving' && selectSaveState(snapshot) !== 'dirty', { timeout: 30_000 }).catch(() => undefined);
  return selectSaveState(plan.snapshot);
}

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
 * @fires cp-saved - The plan was stored; `detail.version` is the stored version.
 * @fires cp-status-change - The plan's status changed and was saved (`detail.previousStatus` → `detail.status`).
 * @fires cp-error - Also when another `plan-id` was set while the open plan's last edits could not be written (`plan.unsaved-on-switch`).
 * @fires cp-conflict - Someone else saved the plan first; `detail.attempted` (mine) and `detail.current` (theirs). Nothing is lost.
 * @fires cp-error - Opening or saving failed (`detail.code`, e.g. `storage.quota-exceeded`), or a property was invalid (`input.invalid`).
 * @csspart base - The editor's outer box.
 * @csspart toolbar - The plan's header, kept in view: title, status, the next step, undo/redo, print and save state.
 * @csspart plan-list - The case's plans, shown without `plan-id`, with "New plan".
 * @csspart title - The plan's title (a heading at `heading-level`).
 * @csspart sync-status - The sync indicator, shown when the storage syncs with the agency's server (online, offline with N changes kept, conflicts).
 * @csspart status - The status and what is missing before the next step.
 * @csspart status-badge - The status label.
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
 * @csspart history - Every save of the plan (who, when, what changed) and the versions set aside in its conflicts.
 * @csspart history-set-aside - The versions set aside in the plan's conflicts, each readable and restorable.
 * @csspart document - The plan as a document (read-only view and print).
 * @csspart overall-progress - The plan's overall progress bar.
 * @csspart field-error - An inline message next to a field.
 * @csspart error-summary - What is wrong in the plan (and, once a blocked step was tried, what blocks it), each a link to its field.
 * @csspart save-state - Where the save state (saving, saved, failed) is shown.
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
 * @csspart case-plan-details - Placement and why, services to the foster parents, health and education records, educational stability, steps toward the concurrent goal, and from 14 the youth's part and transition services.
 * @csspart print-header - The printed plan's own header: case, child and date of birth, agency, caseworker, prepared by, version, date printed.
 * @cssprop --cp-color-accent - Buttons, progress and links (text on it is derived: black or white, whichever meets WCAG AA).
 * @cssprop --cp-color-danger - Errors and overdue items.
 * @cssprop --cp-color-surface - Background.
 * @cssprop --cp-color-text - Text.
 */
export class ServicePlanEditor extends CaseplanElement {
  static override styles = [tokens, baseStyles, editorStyles, conflictFieldStyles, editorPrintStyles];
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
  /** Quiet time after the last change before saving, in milliseconds. */
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
  /** The page margins, running header and "page X of Y" of the printed plan. */
  private readonly pageMargins = new PageMarginsController(this);
  /**
   * Where the host shows a visitation plan: an address template with `{id}` (and `{caseId}`), e.g.
   * `/cases/{caseId}/visits/{id}`. The case plan's visitation section links each plan there (the
   * `cp-open-visitation-plan` event fires first and can cancel it). Without it, a button fires the event.
   */
  @property({ attribute: 'visitation-plan-href' }) visitationPlanHref?: string;

  /** The case's visitation plans and contact log, for the visitation section and the items' appointments. */
  private readonly caseRecords = new CaseRecordsController(this);

  private plan: PlanActorController | undefined;
  private actorPlanId: string | undefined;
  private emittedSubscription: { unsubscribe(): void } | undefined;
  private readonly storageChoice = new StorageChoice(this, () => defaultStorageOptions(this.context.get('historyKey')));
  /** The storage the plan is kept in (shown with a warning when it does not persist). */
  private activeStorage: StorageAdapter | undefined;
  /** Unsaved edits to re-apply on the plan read from the new storage (the host changed `storage`). */
  private carry: CarriedPlan | undefined;
  /** The plan this editor created (no plan-id given), if any. */
  private createdPlanId: string | undefined;
  private pendingFocus: string | readonly string[] | undefined;
  private pendingFocusPath: FieldPath | undefined;
  private readonly fieldMessages = new Map<string, Violation[]>();
  /** Fields edited in this session: what blocks the next step there is said at the field at once. */
  private readonly editedFields = new Set<string>();
  /** The user tried the next step while it was blocked: every blocker is shown at its field. */
  @state() private problemsShown = false;
  private fieldMessagesStamp = 0;
  private idCounter = 0;

  @state() private ui: EditorUiState = { pickerSubGoalId: undefined, shownRevision: undefined, expandedItems: new Set(), toggled: new Map(), pickerText: '', pickerCategory: '', pickerLanguage: '' };
  /** Why the last status step or approval was refused (shown next to its buttons). */
  @state() private lifecycleRefusal: Violation[] = [];
  @state() private confirmRequest: { message: string; confirmLabel: string } | undefined;
  /** Without `plan-id`: the case's plans as read from storage (undefined while reading), or why they could not be. */
  @state() private casePlans: ServicePlan[] | undefined;
  @state() private casePlansError: string | undefined;
  /** Which storage and case `casePlans` were read from (read again when either changes, or on return to the list). */
  private casePlansKey: unknown[] | undefined;
  /** The user asked for a new plan (without `plan-id` nothing is written before that). */
  @state() private newPlanRequested = false;
  /** The open plan was chosen or started from the list: its header offers the way back. */
  private openedFromList = false;
  /** Focus to move once the element exists, only if focus is not already inside the editor (a conflict panel). */
  private focusIfLost: string | undefined;
  /** Focus to move once the element matching it exists (the plan opens asynchronously). */
  private focusWhenReady: readonly string[] | undefined;

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
    const screenLocale = this.locale;
    const switched = options.locale !== undefined && options.locale !== screenLocale;
    if (switched) {
      this.locale = options.locale;
      await this.updateComplete;
    }
    try {
      window.print();
    } finally {
      if (switched) this.locale = screenLocale;
    }
  }

  /** Prints the plan for one participant, in their preferred language (the screen's when they have none). */
  async printFor(participantId: string): Promise<void> {
    const person = findParticipant(this.context.participants, participantId);
    await this.print(person?.preferredLanguage ? { locale: person.preferredLanguage } : {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after being let go (see below): open the plan again.
    if (!this.plan && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the leave guard saves whatever is pending now
    const plan = this.plan;
    if (!plan) return;
    // A moved element is back at once and keeps its actor and edits; one removed for good lets its
    // actor (and its storage watch) go once the save has landed.
    void settled(plan).then(() => {
      if (!this.isConnected && this.plan === plan) this.stopActor();
    });
  }

  /** Saves pending edits on pagehide, on hiding, on removal; asks before unload only while something is not stored. */
  private readonly leaveGuard = new LeaveGuardController(this, {
    flush: () => this.plan?.send({ type: 'SAVE_NOW' }),
    hasUnsaved: () => this.plan !== undefined && unsavedStates.has(selectSaveState(this.plan.snapshot) ?? 'idle'),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('outcomeScale')) this.checkOutcomeScale();
    if (changed.has('caseDetails')) this.checkCaseDetails();
    if (changed.has('planId') && this.plan && this.planId !== this.actorPlanId) this.retireActor();
    const storage = this.storageToUse();
    if (this.plan && storage && storage !== this.activeStorage) this.switchStorage();
    if (!this.plan) this.startActorIfReady();
    else this.sendInputsIfChanged();
    this.caseRecords.follow(this.activeStorage, this.plan?.snapshot.context.plan?.caseId);
  }

  protected override updated(): void {
    this.levelHeadings();
    if (this.focusIfLost) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusIfLost);
      if (target) {
        this.focusIfLost = undefined;
        if (!this.shadowRoot?.activeElement) {
          target.focus();
          target.scrollIntoView?.({ block: 'start' });
        }
      }
    }
    if (this.focusWhenReady) {
      const target = this.focusWhenReady.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find((found) => found !== null);
      if (target) {
        this.focusWhenReady = undefined;
        target.focus();
      }
    }
    if (this.pendingFocusPath) {
      const target = controlForPath(this.renderRoot, this.pendingFocusPath);
      this.pendingFocusPath = undefined;
      target?.focus();
      target?.scrollIntoView?.({ block: 'center' });
    }
    if (this.pendingFocus) {
      const selectors = typeof this.pendingFocus === 'string' ? [this.pendingFocus] : this.pendingFocus;
      this.pendingFocus = undefined;
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (!target) continue;
        target.focus();
        break;
      }
    }
  }

  /** The title's level as set by the host, kept within 1..6. */
  private get titleLevel(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(Math.max(level, 1), 6) : 2;
  }

  /**
   * Parts write their headings as h2 (section), h3 (sub-goal), h4 (item): one level below the title's,
   * whatever level the host gave it. Done here, once per render, so every part (and any new section) follows.
   */
  private levelHeadings(): void {
    const base = this.titleLevel;
    for (const heading of this.renderRoot.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')) {
      const level = String(base + Number(heading.localName.slice(1)) - 1);
      if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
    }
  }

  /** Opens what a plan path lies in (an item) and moves focus to its control after the next render. */
  private focusPath(path: FieldPath): void {
    const plan = this.plan?.snapshot.context.plan;
    const item = plan && path[0] === 'subGoals' && path[2] === 'items' ? plan.subGoals[Number(path[1])]?.items[Number(path[3])] : undefined;
    if (item && path.length > 4 && !this.ui.expandedItems.has(item.id)) this.ui = { ...this.ui, expandedItems: new Set([...this.ui.expandedItems, item.id]) };
    // A sub-goal's own fields (and its add-item form) and the outline's sections open first.
    const subGoal = plan && path[0] === 'subGoals' && path.length >= 3 && (path[2] !== 'items' || path.length === 3) ? plan.subGoals[Number(path[1])] : undefined;
    const section = Object.entries(sectionPaths).find(([, paths]) => paths.some((prefix) => withinPath(path, prefix)))?.[0];
    const toggled = new Map(this.ui.toggled);
    if (subGoal) toggled.set(`subgoal:${subGoal.id}`, true);
    if (section) toggled.set(`section:${section}`, true);
    if (subGoal || section) this.ui = { ...this.ui, toggled };
    this.pendingFocusPath = path;
    this.requestUpdate();
  }

  private checkCaseDetails(): void {
    if (this.caseDetails === undefined) {
      this.checkedCaseDetails = undefined;
      return;
    }
    const parsed = parseWithViolations(CaseDetailsSchema, this.caseDetails, ['caseDetails']);
    this.checkedCaseDetails = parsed.ok ? parsed.value : undefined;
    if (!parsed.ok) this.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations: parsed.violations }));
  }

  private checkOutcomeScale(): void {
    if (this.outcomeScale === undefined) {
      this.checkedScale = undefined;
      return;
    }
    const parsed = parseWithViolations(OutcomeScaleSchema, this.outcomeScale, ['outcomeScale']);
    this.checkedScale = parsed.ok ? parsed.value : undefined;
    if (!parsed.ok) this.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations: parsed.violations }));
  }

  private storageToUse(): StorageAdapter | undefined {
    return this.storageChoice.resolve(this.context.storage);
  }

  /**
   * The host changed `storage` on a running editor: the plan is opened again from the new storage and
   * the unsaved edits are carried over (re-applied on its plan through the three-way merge, or a
   * conflict on a field both changed). They are written to the old storage first only when that was the
   * host's (flushed before the change), never to the default database opened while the host's was late.
   */
  private switchStorage(): void {
    const plan = this.plan!;
    commitTyping(this.renderRoot as ShadowRoot); // the text under the user's fingers is part of the edits
    const context = plan.snapshot.context;
    const provisional = this.storageChoice.isDefault(this.activeStorage);
    // A plan this editor created in its default database goes with it to the host's storage.
    const createdHere = provisional && context.plan !== undefined && context.plan.id === this.createdPlanId;
    const unsaved = createdHere || unsavedStates.has(selectSaveState(plan.snapshot) ?? 'idle');
    this.carry =
      unsaved && context.plan
        ? { plan: context.conflict?.mine ?? context.plan, base: context.conflict ? context.conflict.base : context.saved, pendingActions: [...(context.writing?.actions ?? []), ...context.pendingActions] }
        : undefined;
    if (provisional) this.stopActor();
    else this.retireActor();
  }

  private machineUser(): CurrentUser {
    return this.context.currentUser ?? { id: 'unknown-user', name: 'Unknown user' };
  }

  /** No valid current user (none given, or an invalid one, reported in cp-error): nothing may be written. */
  private get userMissing(): boolean {
    return this.context.currentUser === undefined;
  }

  /** Read-only: asked for by the host, or because nobody valid is signed in (every write names its author). */
  private get locked(): boolean {
    return this.readOnly || this.userMissing;
  }

  private startActorIfReady(): void {
    const storage = this.storageToUse();
    if (!storage || (!this.caseId && !this.planId)) return;
    // Without plan-id: the case's plans are listed; nothing is written until the user starts one.
    if (!this.planId && !this.newPlanRequested) {
      this.readCasePlans(storage);
      return;
    }
    // A new plan is for someone to write in: not without a user.
    if (!this.planId && this.userMissing) return;
    const carry = this.carry;
    this.carry = undefined;
    const controller: PlanActorController = new ActorController(this, {
      logic: servicePlanMachine,
      options: () => ({
        input: {
          storage,
          // A new plan is stored with its first change, never on opening (issue 14, point 2).
          ...(this.planId ? { planId: this.planId } : { storeWhenWritten: true }),
          ...(carry ? { carry } : {}),
          caseId: this.caseId ?? 'unknown-case',
          planKind: this.kind === 'outcome' ? 'outcome' : 'service',
          currentUser: this.machineUser(),
          participants: [...this.context.participants],
          catalog: [...this.context.catalog],
          ...(this.approvalPolicy ? { approvalPolicy: this.approvalPolicy } : {}),
          now: () => this.context.now(),
          ...(this.autosaveDelay !== undefined && Number.isFinite(this.autosaveDelay) ? { autosaveDelayMs: Math.max(0, this.autosaveDelay) } : {}),
        },
      }),
      // The whole snapshot is rendered; a new snapshot object means something changed.
      equals: Object.is,
    });
    this.plan = controller;
    this.activeStorage = storage;
    this.sentInputs = this.currentInputs();
    this.actorPlanId = this.planId;
    this.emittedSubscription = controller.actor.on('*', (event) => this.onEmitted(event));
  }

  private readCasePlans(storage: StorageAdapter): void {
    const key = [storage, this.caseId];
    if (this.casePlansKey && key.every((value, index) => value === this.casePlansKey![index])) return;
    this.casePlansKey = key;
    this.casePlans = undefined;
    this.casePlansError = undefined;
    this.activeStorage = storage;
    storage.list<ServicePlan>(PLAN_KIND, { caseId: this.caseId! }).then(
      ({ records }) => {
        if (this.casePlansKey === key) this.casePlans = records;
      },
      (error: unknown) => {
        if (this.casePlansKey !== key) return;
        this.casePlansError = this.localize.error(error);
        this.dispatchEvent(new CpErrorEvent({ kind: PLAN_KIND, code: (error as { code?: string }).code ?? 'storage.unknown', violations: [], cause: error }));
      },
    );
  }

  /**
   * Back from a plan opened from the list: the list, read again once what was typed is stored. A new
   * plan nothing was written to is let go unstored (issue 14, point 2).
   */
  private async backToList(): Promise<void> {
    const plan = this.plan;
    if (plan && unsavedStates.has(selectSaveState(plan.snapshot) ?? 'idle')) {
      plan.send({ type: 'SAVE_NOW' });
      const state = await settled(plan);
      // A new plan whose first write failed exists nowhere else: it stays open (its save state says why).
      if (!this.planId && (state === 'failed' || state === 'conflict')) return;
    }
    if (this.plan && !this.planId) this.stopActor();
    this.openedFromList = false;
    this.newPlanRequested = false;
    this.casePlansKey = undefined;
    this.focusWhenReady = this.locked ? ['#plan-title'] : ['#new-plan'];
    this.planId = undefined;
  }

  private openFromList(planId: string): void {
    this.openedFromList = true;
    this.focusWhenReady = ['#plan-title'];
    this.planId = planId;
  }

  private startNewPlan(): void {
    this.openedFromList = true;
    this.newPlanRequested = true;
    this.focusWhenReady = [`#${fieldId('goal.title')}`];
  }

  /**
   * Lets go of the plan open now (another `plan-id` was set): its pending edits are written first, by
   * its own actor, which stops once they have landed. If they cannot land (a conflict or a failed
   * write waiting for the user), a `cp-error` says so: they were not written.
   */
  private retireActor(): void {
    const plan = this.plan;
    if (!plan) return;
    this.emittedSubscription?.unsubscribe();
    this.removeController(plan);
    plan.hostDisconnected();
    this.plan = undefined;
    this.fieldMessages.clear();
    plan.send({ type: 'SAVE_NOW' });
    void settled(plan).then((state) => {
      const id = plan.snapshot.context.plan?.id;
      if (state === 'conflict' || state === 'failed') {
        this.dispatchEvent(new CpErrorEvent({ kind: PLAN_KIND, ...(id ? { id } : {}), code: 'plan.unsaved-on-switch', violations: [], cause: plan.snapshot.context.error }));
      }
      plan.stop();
    });
  }

  private stopActor(): void {
    this.emittedSubscription?.unsubscribe();
    if (this.plan) {
      this.plan.stop();
      this.removeController(this.plan);
    }
    this.plan = undefined;
    this.fieldMessages.clear();
  }

  /** What the machine was last given, so a change (own property or provider) reaches it once. */
  private sentInputs: readonly unknown[] = [];

  private currentInputs(): readonly unknown[] {
    return [this.context.participants, this.context.catalog, this.approvalPolicy, this.context.currentUser];
  }

  private sendInputsIfChanged(): void {
    const inputs = this.currentInputs();
    if (inputs.every((value, index) => value === this.sentInputs[index])) return;
    this.sentInputs = inputs;
    this.plan?.send({
      type: 'UPDATE_INPUT',
      participants: [...this.context.participants],
      catalog: [...this.context.catalog],
      ...(this.approvalPolicy ? { approvalPolicy: this.approvalPolicy } : {}),
      currentUser: this.machineUser(),
    });
  }

  private onEmitted(event: ServicePlanEmitted): void {
    const t = this.localize;
    switch (event.type) {
      case 'created':
        this.createdPlanId = event.plan.id;
        this.newPlanRequested = false;
        this.actorPlanId = event.plan.id;
        this.planId = event.plan.id;
        this.dispatchEvent(new CpPlanCreatedEvent({ kind: PLAN_KIND, id: event.plan.id, caseId: event.plan.caseId }));
        break;
      case 'changed':
        this.dispatchEvent(new CpChangeEvent({ kind: PLAN_KIND, id: event.plan.id, value: event.plan, dirty: true }));
        break;
      case 'saved':
        this.dispatchEvent(new CpSavedEvent({ kind: PLAN_KIND, id: event.plan.id, version: event.plan.version, record: event.plan }));
        break;
      case 'status-changed':
        this.problemsShown = false;
        // The machine emits it after the save that stored the new status.
        this.dispatchEvent(new CpStatusChangeEvent({ kind: PLAN_KIND, id: event.plan.id, status: event.to, previousStatus: event.from }));
        this.announce(t.term('spe.status-announce', { status: statusLabel(t, event.to) }));
        break;
      case 'conflict':
        // The conflict panel takes focus unless the user is in a field of the editor (never pulled out of typing).
        this.focusIfLost = '#conflict-heading';
        this.dispatchEvent(new CpConflictEvent({ kind: PLAN_KIND, id: event.conflict.mine.id, attempted: event.conflict.mine, current: event.conflict.theirs }));
        this.announce(t.term('common.save-state.conflict'));
        break;
      case 'error':
        this.dispatchEvent(new CpErrorEvent({ kind: PLAN_KIND, ...(this.planId ? { id: this.planId } : {}), code: event.error.code, violations: [], cause: event.error }));
        this.announce(t.error(event.error), 'assertive');
        break;
    }
  }

  /** Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes plan changes, except in a text field (which has its own undo). */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.locked || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || key === 'y';
    if (key !== 'z' && !redo) return;
    event.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };

  /** What a merge took from someone else's save, until dismissed (announced once when it appears). */
  private renderMergedNote(snapshot: ServicePlanSnapshot): TemplateResult | typeof nothing {
    const fromTheirs = selectMergedFromTheirs(snapshot);
    const text = mergedFromTheirsText(this.localize, fromTheirs, snapshot.context.plan, snapshot.context.saved);
    if (!text || fromTheirs === this.dismissedMerge) return nothing;
    if (fromTheirs !== this.announcedMerge) {
      this.announcedMerge = fromTheirs;
      queueMicrotask(() => this.announce(text));
    }
    const dismiss = () => {
      this.dismissedMerge = fromTheirs;
      this.requestUpdate();
    };
    return html`<div class="card merged-note" part="merged-note">
      <p>${text}</p>
      <button type="button" class="quiet" @click=${dismiss}>${this.localize.term('merge.from-theirs-dismiss')}</button>
    </div>`;
  }

  private dismissedMerge: unknown;
  private announcedMerge: unknown;

  /** Tells the host a visitation plan is to be opened; false when it took that over (preventDefault). */
  private openVisitationPlan(id: string, caseId: string, href: string | undefined): boolean {
    return this.dispatchEvent(new CpOpenVisitationPlanEvent({ kind: 'visitationPlan', id, caseId, ...(href ? { href } : {}) }));
  }

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    this.renderRoot.querySelector<CpLiveRegion>('cp-live-region')?.announce(message, politeness);
  }

  private send(event: ServicePlanEvent): Violation[] {
    if (!this.plan || this.userMissing) return [];
    // A status step or approval the rules refuse is ignored by the machine: ask it why first.
    const refusal = lifecycleEventTypes.has(event.type) ? selectLifecycleRefusal(this.plan.snapshot, event as LifecycleEvent) : [];
    this.plan.send(event);
    if (lifecycleEventTypes.has(event.type)) this.lifecycleRefusal = refusal;
    return refusal.length > 0 ? refusal : this.plan.snapshot.context.rejected;
  }

  private edit(edit: PlanEdit, fieldKey: string, before?: PlanEdit): boolean {
    this.editedFields.add(fieldKey);
    const rejected = this.send({ type: 'EDIT', edit, ...(before ? { before } : {}) });
    if (rejected.length > 0) this.fieldMessages.set(fieldKey, rejected);
    else this.fieldMessages.delete(fieldKey);
    this.fieldMessagesStamp += 1;
    this.requestUpdate();
    return rejected.length === 0;
  }

  private async confirmAction(message: string, confirmLabel: string): Promise<boolean> {
    this.confirmRequest = { message, confirmLabel };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<CpConfirm>('cp-confirm');
    if (!dialog) return false;
    const confirmed = await dialog.ask();
    // Let the dialog close (and give focus back) before the change moves focus somewhere sensible.
    await dialog.updateComplete;
    return confirmed;
  }

  private view(snapshot: ServicePlanSnapshot): EditorView | undefined {
    const plan = snapshot.context.plan;
    if (!plan) return undefined;
    const t = this.localize;
    const violations = snapshot.context.violations;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the view's `ui` getter reads the element's current state
    const editor = this;
    const next = selectBlockers(snapshot, nextPrimaryStep(plan.status));
    const blockersAt = (path: FieldPath, fieldKey?: string): Violation[] =>
      this.problemsShown || (fieldKey !== undefined && this.editedFields.has(fieldKey)) ? next.filter((found) => found.code !== 'plan.approval.missing' && withinPath(found.path, path)) : [];
    return {
      t,
      snapshot,
      plan,
      participants: this.context.participants,
      staff: this.context.staff,
      caseRecords: this.caseRecords.records,
      caseRecordsFailed: this.caseRecords.failed,
      catalog: this.context.catalog,
      templates: this.context.templates,
      today: selectToday(snapshot),
      readonly: this.locked,
      outcomeScale: this.checkedScale,
      refusal: this.lifecycleRefusal,
      // Read through a getter: handlers of an item rendered earlier (and cached) must see today's screen state.
      get ui() {
        return editor.ui;
      },
      edit: (edit, fieldKey, before) => this.edit(edit, fieldKey, before),
      send: (event) => this.send(event),
      allows: (edit) => !this.locked && selectCanEdit(snapshot, edit),
      errorsFor: (fieldKey: string, path?: FieldPath) => {
        const refused = this.fieldMessages.get(fieldKey) ?? [];
        const atPath = path ? violations.filter((found) => withinPath(found.path, path)) : [];
        const blocking = path ? blockersAt(path, fieldKey) : [];
        return [...new Set([...refused, ...atPath, ...blocking].map((found) => violationText(t, found)))];
      },
      blockersAt: (path, fieldKey) => blockersAt(path, fieldKey),
      showProblems: () => {
        this.problemsShown = true;
        this.focusWhenReady = ['#error-summary'];
      },
      hasMessagesUnder: (prefix) => [...this.fieldMessages.keys()].some((key) => key.startsWith(prefix)),
      messagesStamp: this.fieldMessagesStamp + (this.problemsShown ? 0.5 : 0),
      violationsAt: (path, inside = false) => violations.filter((found) => (inside ? withinPath(found.path, path) : samePath(found.path, path))),
      focusAfterRender: (selector) => {
        this.pendingFocus = selector;
        this.requestUpdate();
      },
      focusPath: (path) => this.focusPath(path),
      confirm: (message, confirmLabel) => this.confirmAction(message, confirmLabel),
      setUi: (change) => {
        this.ui = { ...this.ui, ...change };
      },
      announce: (message) => this.announce(message),
      newId: () => `${Date.now().toString(36)}-${(this.idCounter += 1)}-${Math.random().toString(36).slice(2, 8)}`,
    };
  }

  /** The plan-tools button that is the toolbar's one Tab stop (arrow keys move between them). */
  private toolKey: 'undo' | 'redo' | 'print' = 'print';

  /** Left/Right (and Home/End) move focus between the plan tools, as in a WAI-ARIA toolbar. */
  private readonly onToolsKeydown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -100, End: 100 };
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const current = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
    const next = buttons[Math.min(Math.max((current < 0 ? 0 : current) + move, 0), buttons.length - 1)];
    if (!next) return;
    event.preventDefault();
    for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
    this.toolKey = (next.dataset['tool'] as typeof this.toolKey | undefined) ?? 'print';
    next.focus();
  };

  /**
   * The plan's header, kept in view (sticky): its title, status, the next step as the primary action,
   * the plan tools and the save state. What blocks the next step is listed, as links, just below it.
   */
  private renderToolbar(snapshot: ServicePlanSnapshot | undefined, view: EditorView | undefined): TemplateResult {
    const t = this.localize;
    const plan = snapshot?.context.plan;
    const saveState = snapshot ? selectSaveState(snapshot) : undefined;
    const canUndo = snapshot ? selectCanUndo(snapshot) : false;
    const canRedo = snapshot ? selectCanRedo(snapshot) : false;
    const tabStop = this.toolKey === 'undo' && canUndo ? 'undo' : this.toolKey === 'redo' && canRedo ? 'redo' : 'print';
    const tool = (key: 'undo' | 'redo' | 'print') => (key === tabStop ? 0 : -1);
    return html`<header class="toolbar plan-header" part="toolbar">
      <div class="plan-title" id="plan-title" role="heading" aria-level=${this.titleLevel} tabindex="-1" part="title">
        ${t.term(plan?.planKind === 'outcome' || (!plan && this.kind === 'outcome') ? 'spe.title.outcome' : 'spe.title.service')}
      </div>
      ${plan
        ? html`<span class="header-status">
            <span class="visually-hidden">${label(t, t.term('spe.status.heading'))}</span>
            <cp-status-badge part="status-badge" tone=${toneByStatus[plan.status] ?? 'neutral'}>${statusLabel(t, plan.status)}</cp-status-badge>
            ${plan.revision > 1 ? html`<span class="badge quiet">${t.term('spe.revision.number', { number: plan.revision })}</span>` : nothing}
          </span>`
        : nothing}
      ${view && snapshot ? primaryAction(view, (transition) => selectBlockers(snapshot, transition)) : nothing}
      ${this.openedFromList && plan ? html`<button type="button" class="quiet screen-only" id="back-to-list" @click=${() => void this.backToList()}>${t.term('spe.plans.back')}</button>` : nothing}
      ${snapshot && plan && !this.locked
        ? html`<div class="button-row screen-only tools" role="toolbar" aria-label=${t.term('spe.toolbar.label')} @keydown=${this.onToolsKeydown}>
            <button type="button" data-tool="undo" tabindex=${tool('undo')} aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!canUndo} @click=${() => this.undo()}>${t.term('common.undo')}</button>
            <button type="button" data-tool="redo" tabindex=${tool('redo')} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${!canRedo} @click=${() => this.redo()}>${t.term('common.redo')}</button>
            <button type="button" data-tool="print" tabindex=${tool('print')} @click=${() => this.print()}>${t.term('spe.print')}</button>
          </div>`
        : plan
          ? html`<button type="button" class="screen-only" @click=${() => this.print()}>${t.term('spe.print')}</button>`
          : nothing}
      <cp-save-indicator
        class="screen-only"
        part="save-state"
        state=${saveState ?? 'idle'}
        saved-at=${plan?.updatedAt ?? ''}
        .error=${snapshot ? selectError(snapshot) : undefined}
        @cp-retry=${() => this.plan?.send({ type: 'RETRY' })}
      ></cp-save-indicator>
    </header>`;
  }

  private renderBody(snapshot: ServicePlanSnapshot): TemplateResult {
    const t = this.localize;
    const phase = selectPhase(snapshot);
    if (phase === 'loading') return html`<p role="status">${t.term('spe.loading')}</p>`;
    if (phase === 'load-failed') {
      const error = selectError(snapshot);
      return html`<div class="banner" role="alert">
        <p><strong>${t.term('spe.load-failed')}</strong> ${error ? t.error(error) : nothing}</p>
        <button type="button" @click=${() => this.plan?.send({ type: 'RETRY' })}>${t.term('common.retry')}</button>
      </div>`;
    }
    const view = this.view(snapshot);
    if (!view) return html``;
    const { plan } = view;
    const progress = selectProgress(snapshot);
    const overdue = selectOverdue(snapshot);
    const next = selectNextReview(snapshot);
    const nextStep = nextPrimaryStep(plan.status);
    const conflict = selectConflict(snapshot);
    // A revision abandoned keeps its snapshot (rewritten when revising again): only earlier revisions are listed.
    const revisions = snapshot.context.revisions.filter((kept) => kept.revision < plan.revision);
    // While the plan waits for the family's decisions, those come first; otherwise the plan itself does.
    const waitingOnPeople = plan.status === 'submitted';
    const visitation =
      plan.planKind === 'outcome' ? visitationSection(view, { hrefTemplate: this.visitationPlanHref, now: this.context.now(), open: (entry, href) => this.openVisitationPlan(entry.planId, plan.caseId, href) }) : nothing;
    const approvals = plan.status !== 'draft' || plan.revisionRequests.length > 0 || plan.approvals.length > 0 || exemptionsOf(plan).length > 0 || parentMembershipViolations(plan, view.participants).length > 0 ? approvalsPanel(view, this.approvalPolicy, this.context.currentUser?.participantId) : nothing;
    const actions = lifecycleActions(view, (transition) => selectBlockers(snapshot, transition));
    const facts: PrintFacts = { plan, participants: view.participants, caseDetails: this.checkedCaseDetails, preparedBy: this.context.currentUser?.name, printedOn: view.today };
    this.pageMargins.set(pageMarginText(t, facts));
    const printed = html`<div class="print-only">
      ${printHeader(t, facts)}
      ${planDocument({
        t,
        plan,
        participants: view.participants,
        catalog: view.catalog,
        templates: view.templates,
        today: view.today,
        idPrefix: 'print',
        outcomeScale: this.checkedScale,
        signatories: signatories(plan, view.participants, this.approvalPolicy, view.today),
        visitation: view.caseRecords ? casePlanVisitation(view.caseRecords.visitationPlans, view.caseRecords.contacts, plan.principalParticipantId, this.context.now()) : undefined,
      })}
    </div>`;
    const problems = [...snapshot.context.violations, ...(this.problemsShown ? selectBlockers(snapshot, nextStep).filter((found) => found.code !== 'plan.approval.missing') : [])];
    const uniqueProblems = problems.filter((found, index) => problems.findIndex((other) => other.code === found.code && other.path.join('.') === found.path.join('.')) === index);
    return html`
      ${conflict ? conflictView(view, conflict) : nothing} ${this.renderMergedNote(snapshot)}
      ${this.locked ? nothing : errorSummary(view, uniqueProblems)}
      ${statusSummary(view, {
        blockers: selectBlockers(snapshot, nextStep),
        missingApprovals: selectMissingApprovals(snapshot),
        nextReview: next,
        overallRatio: progress?.overall.ratio,
        outcomeRatio: progress?.overall.outcomeRatio,
        ratedItems: progress?.overall.ratedItems ?? 0,
        overdueCount: overdue.items.length + overdue.milestones.length,
      })}
      ${this.locked
        ? html`<p class="hint" role=${this.readOnly ? nothing : 'status'}>${t.term(this.readOnly ? 'spe.readonly.notice' : 'spe.readonly.no-user')}</p>
            <div class="screen-only">${planDocument({ t, plan, participants: view.participants, catalog: view.catalog, templates: view.templates, today: view.today, idPrefix: 'readonly' })}</div>
            ${printed}`
        : html`<div class="screen-only sections">
            ${waitingOnPeople ? html`${approvals} ${actions}` : nothing}
            ${goalSection(view)} ${subGoalList(view, { progress, overdue: overdue.items })}
            ${outline(view, { overdueMilestones: overdue.milestones, nextReviewText: nextReviewText(view, next), visitation, approvals: waitingOnPeople ? nothing : approvals })}
            ${waitingOnPeople
              ? nothing
              : plan.status === 'active'
                ? outlineSection(view, { key: 'steps', label: t.term('spe.step.heading'), summary: t.term('spe.outline.steps'), paths: sectionPaths['steps']!, render: () => actions })
                : actions}
          </div>
          ${printed}`}
      ${versionsPanel(view, revisions, (revision) => selectRevisionChanges(snapshot, revision, revision + 1), this.saveHistory(view))}
    `;
  }

  /** Every save of the plan and the versions set aside in its conflicts (the shared history panel). */
  private readonly history = new RecordHistoryController(this, {
    storage: () => this.plan?.snapshot.context.storage,
    user: () => this.context.currentUser,
    now: () => this.context.now(),
  });

  private saveHistory(view: EditorView): SaveHistory {
    const { t, plan, participants } = view;
    const open = this.history.isOpen(PLAN_KIND, plan.id);
    const user = this.context.currentUser;
    const nameOf = (id: string) => participants.find((person) => person.id === id)?.name ?? (user?.id === id ? user.name : id);
    return {
      open,
      show: () => {
        this.history.open(PLAN_KIND, plan.id, { caseId: plan.caseId });
        view.focusAfterRender('#plan-history');
      },
      panel:
        open && this.history.state
          ? historyPanel({
              t,
              state: this.history.state,
              heading: t.term('history.plan-heading'),
              headingId: 'plan-history',
              headingLevel: 3,
              nameOf,
              when: (instant) => t.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short' }),
              // What a save changed, as the versions panel says it (the model's plan diff), when both versions are known.
              describe: (step) =>
                step.before && step.after ? diffPlanRevisions(step.before as ServicePlanContent, step.after as ServicePlanContent, participants).map((change) => changeText(t, change)) : [],
              canRestore: !view.readonly,
              restore: (id) => void this.history.restore(id),
              close: () => {
                this.history.close();
                view.focusAfterRender('[part="versions"] [data-action="history"]');
              },
            })
          : nothing,
    };
  }

  override render(): TemplateResult {
    const t = this.localize;
    const snapshot = this.plan?.selected;
    const view = snapshot && selectPhase(snapshot) !== 'loading' && selectPhase(snapshot) !== 'load-failed' ? this.view(snapshot) : undefined;
    return html`<div class="editor" part="base" lang=${t.lang} @keydown=${this.onKeydown}>
      ${this.renderToolbar(snapshot, view)}
      <div class="notices">
        <cp-live-region></cp-live-region>
        <cp-storage-warning .storage=${this.activeStorage}></cp-storage-warning>
        <cp-sync-status part="sync-status" .storage=${this.activeStorage}></cp-sync-status>
      </div>
      ${snapshot
        ? this.renderBody(snapshot)
        : !this.caseId && !this.planId
          ? html`<p class="banner" role="alert">${t.term('spe.not-configured')}</p>`
          : !this.planId && !this.newPlanRequested
            ? planList({
                t,
                plans: this.casePlans,
                error: this.casePlansError,
                cannotCreate: this.readOnly ? t.term('spe.readonly.notice') : this.userMissing ? t.term('spe.readonly.no-user') : undefined,
                open: (planId) => this.openFromList(planId),
                create: () => this.startNewPlan(),
                retry: () => {
                  this.casePlansKey = undefined;
                  this.requestUpdate();
                },
              })
          : !this.planId && this.userMissing
            ? html`<p class="banner" role="status">${t.term('spe.readonly.no-user')}</p>`
            : html`<p role="status">${t.term('spe.loading')}</p>`}
      <cp-confirm class="confirm" danger confirm-label=${this.confirmRequest?.confirmLabel ?? ''}>${this.confirmRequest?.message ?? ''}</cp-confirm>
    </div>`;
  }
}
