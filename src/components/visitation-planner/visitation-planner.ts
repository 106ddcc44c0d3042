import { conflictFieldStyles } from '../shared/parts/conflict-field-styles.js';
import { formSlotOptions } from '../visits-shared/form-slot.js';
import { forcedColorsStyles } from '../shared/styles/forced-colors.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Actor } from 'xstate';
import { VISITATION_PLAN_KIND, type VisitationPlan, type VisitationPlanContent } from '../../model/visitation/plan.js';
import { visitationPlannerMachine } from '../../machines/visitation/planner-machine.js';
import { selectEditorOutdated, selectPlannerMode, selectPlanSummaries, type VisitationPlannerSnapshot } from '../../machines/visitation/planner-selectors.js';
import { CaseplanElement } from '../shared/caseplan-element.js';
import { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../shared/events/index.js';
import { ActorSlot } from '../shared/controllers/actor-slot.js';
import { FieldErrors, type FieldKey } from '../visits-shared/field-errors.js';
import './messages.js';
import { conflictPanel, conflictResolutions, sendResolution } from '../visits-shared/conflict-panel.js';
import { planFieldKeys, type PlanFormView } from './parts/form-view.js';
import { planCard, type PendingStep, type PlanCardView } from './parts/plan-card.js';
import { RecordHistoryController } from '../shared/controllers/record-history-controller.js';
import { restoreVisitationPlanVersion } from '../../model/visitation/restore-set-aside.js';
import { historyPanel } from '../shared/parts/history-panel.js';
import { planHistoryWording } from './history-wording.js';
import { DEFAULT_RECORDING_GRACE_DAYS, recordingGraceDays } from '../../model/visitation/recording-grace.js';
import { zonedDateOf } from '../../model/visitation/time-zone.js';
import { planForm } from './parts/plan-form.js';
import { personName, planLabel, scheduleText } from '../visits-shared/plan-text.js';
import { visitsStyles } from '../visits-shared/styles.js';
import { statusNotices, timeZoneChoices } from '../visits-shared/status-notices.js';
import { reflowStyles } from '../visits-shared/reflow-styles.js';
import { CpSyncStatus } from '../shared/parts/cp-sync-status.js';
import { CpLiveRegion, announceIn } from '../shared/parts/cp-live-region.js';
import { CpStorageWarning } from '../shared/parts/cp-storage-warning.js';
import type { ReadState } from '../shared/read-state.js';

type PlannerActor = Actor<typeof visitationPlannerMachine>;

/**
 * The visitation plans of a child placed out of home: who meets the child, when, how, where, how often,
 * for how long and under what supervision; court-ordered or mutually agreed. Several plans may be active
 * at once. Shows each plan's next visits, clashes between plans, and compliance from the contact log
 * (this month, since the start, missed visits), updated live when a contact is logged anywhere.
 *
 * @summary Plan a child's visits and see how they are kept.
 * @fires cp-change - The plan in the form changed; `detail.value` is the whole draft, `detail.dirty` is true.
 * @fires cp-saved - A plan was stored; `detail.record` is the plan as stored.
 * @fires cp-status-change - A plan was activated, suspended, resumed or ended (`detail.previousStatus` → `detail.status`).
 * @fires cp-conflict - Someone else saved the plan first; both versions in `detail`. Nothing is lost.
 * @fires cp-error - Loading or saving failed (`detail.code`), or a property was invalid (`input.invalid`).
 * @csspart base - The element's outer box.
 * @csspart toolbar - The heading and the "new plan" button.
 * @csspart sync-status - The sync indicator, shown when the storage syncs with the agency's server (online, offline with N changes kept, conflicts).
 * @csspart sync-status-base - The sync indicator's box (`<cp-sync-status>`'s `base`).
 * @csspart sync-status-message - The sync indicator's sentence.
 * @csspart plans - The list of plans.
 * @csspart plan - One plan's card.
 * @csspart status-badge - A plan's status.
 * @csspart next-visits - A plan's next visits.
 * @csspart compliance - A plan's compliance figures.
 * @csspart missed - The list of missed visits.
 * @csspart awaiting-record - The visits whose time passed within the grace period with nothing recorded yet.
 * @csspart unjudged - The visits or periods that would be missed or not met while damaged contacts exist: they cannot be judged.
 * @csspart overlap-warning - A clash with another plan.
 * @csspart outside-warning - Contacts that fall outside the plan's dates.
 * @csspart plan-actions - A plan's buttons (edit, activate, suspend, resume, end).
 * @csspart step-form - The reason asked before suspending or ending.
 * @csspart step-error - Why a step was refused.
 * @csspart history - A plan's history: every save (who, when, what changed) and the versions set aside in its conflicts.
 * @csspart history-set-aside - The versions set aside in a plan's conflicts, each readable and restorable.
 * @csspart form - The plan form.
 * @csspart error-summary - Everything wrong in the form after a refused save.
 * @csspart field-error - An inline message next to a field.
 * @csspart conflict - Both versions after a conflict.
 * @csspart notice - Errors and notices: a failed save, missing inputs, damaged records.
 * @csspart storage-warning - The warning that records are kept only in memory (with the reason), or that local data was cleared.
 * @csspart storage-warning-base - The storage warning's box (`<cp-storage-warning>`'s `base`).
 * @csspart storage-warning-title - The storage warning's first line.
 * @csspart storage-warning-reason - Why IndexedDB could not be used, when known.
 * @csspart empty - The message shown when the child has no visitation plan yet.
 * @csspart basis - The plan's basis fieldset (court-ordered or agreed).
 * @csspart supervision - The supervision fieldset.
 * @csspart recurrence - The recurrence fieldset (how often).
 * @csspart dates - The start and end dates fieldset.
 * @csspart time - The time and duration fieldset.
 * @csspart place - The place and mode fieldset (in person, phone, video; where).
 * @cssprop --cp-color-accent - Buttons and focus.
 * @cssprop --cp-color-surface - Background.
 * @cssprop --cp-color-text - Text.
 * @cssprop --cp-color-danger - Inline errors.
 * @cssprop --cp-color-warning - Clashes and notices.
 */
export class VisitationPlanner extends CaseplanElement {
  static override styles = [...CaseplanElement.styles, visitsStyles, conflictFieldStyles, reflowStyles, forcedColorsStyles];
  static override dependencies: Readonly<Record<string, CustomElementConstructor>> = { 'cp-sync-status': CpSyncStatus, 'cp-live-region': CpLiveRegion, 'cp-storage-warning': CpStorageWarning };

  /** The child whose visits are planned. */
  @property({ attribute: 'child-id', reflect: true }) childId?: string;
  /** The case the child belongs to (new plans are filed under it). */
  @property({ attribute: 'case-id', reflect: true }) caseId?: string;
  /**
   * The agency's grace period for recording a visit, in whole days (0 to 60; default 2): a planned visit
   * with nothing logged is "not yet recorded" until this long after its time, then it counts as missed.
   */
  @property({ attribute: 'recording-grace-days', type: Number }) recordingGraceDays: number = DEFAULT_RECORDING_GRACE_DAYS;

  @state() private touched: ReadonlySet<FieldKey> = new Set();
  /** A form carried from another storage waits on the page: the new storage could not be read (said in the load-failed notice). */
  @state() private carriedWaiting = false;
  @state() private step: PendingStep | undefined;
  /** The plan whose history is open: every save and the versions set aside in its conflicts. */
  private readonly history = new RecordHistoryController(this, {
    storage: () => this.snapshot?.context.storage,
    user: () => this.context.currentUser,
    now: () => this.context.now(),
    restore: (current, version) => restoreVisitationPlanVersion(current as VisitationPlan, version),
  });
  private focusTarget: string | undefined;
  private announce(message: string): void {
    announceIn(this.renderRoot, message);
  }

  /** The planner's actor: started once the case, child (and storage) are there, carried to another storage, its form written on leaving. */
  private readonly actorSlot = new ActorSlot(this, {
    ...formSlotOptions<PlannerActor>({
      kind: VISITATION_PLAN_KIND,
      element: this,
      context: this.context,
      listen: (actor) => this.listen(actor),
      isCurrent: (controller): boolean => this.actorSlot.controller === controller,
      carryWaiting: (waits) => {
        this.carriedWaiting = waits;
        if (waits) this.announce(this.localize.term('storage.switched-edits-waiting'));
      },
    }),
    scope: () => (this.childId && this.caseId ? `${this.caseId}|${this.childId}` : undefined),
    actor: (storage) => ({
      logic: visitationPlannerMachine,
      options: () => ({
        input: {
          storage,
          caseId: this.caseId ?? '',
          childId: this.childId ?? '',
          currentUser: this.context.currentUser ?? { id: 'unknown-user', name: '' },
          now: () => this.context.now(),
        },
      }),
      select: (snapshot: VisitationPlannerSnapshot) => ({
        mode: selectPlannerMode(snapshot),
        plans: snapshot.context.plans,
        contacts: snapshot.context.contacts,
        editor: snapshot.context.editor,
        conflict: snapshot.context.conflict,
        error: snapshot.context.error,
        rejected: snapshot.context.rejected,
        pendingCommand: snapshot.context.pendingCommand,
      }),
    }),
    follow: {
      values: () => [this.context.currentUser],
      event: () => (this.context.currentUser ? { type: 'UPDATE_INPUT' as const, currentUser: this.context.currentUser } : undefined),
    },
  });

  /** Opens the form for a new plan (as the "New visitation plan" button does). */
  createPlan(initial?: Partial<VisitationPlanContent>): void {
    this.touched = new Set();
    this.actorSlot.controller?.send(initial ? { type: 'CREATE', initial } : { type: 'CREATE' });
    this.focusTarget = '#title';
  }

  private get actor(): PlannerActor | undefined {
    return this.actorSlot.controller?.actor;
  }

  private get snapshot(): VisitationPlannerSnapshot | undefined {
    return this.actorSlot.controller?.snapshot;
  }

  /** Read: the child's visitation plans (and the contacts their compliance is counted from), once the storage is there. */
  protected override readState(): ReadState {
    const snapshot = this.snapshot;
    if (!snapshot) return !this.childId || !this.caseId ? 'read' : { until: this.updates.next() };
    const mode = selectPlannerMode(snapshot);
    if (mode === 'load-failed' || snapshot.context.unreadable.length > 0) return 'failed';
    return mode === 'loading' ? { until: this.updates.next() } : 'read';
  }

  private get canChange(): boolean {
    return !this.readOnly && this.context.currentUser !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.actorSlot.sync();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  private listen(actor: PlannerActor): void {
    actor.on('changed', ({ plan }) => this.dispatchEvent(new CpChangeEvent<VisitationPlan>({ kind: VISITATION_PLAN_KIND, id: plan.id, value: plan, dirty: true })));
    actor.on('saved', ({ plan, action }) => {
      this.dispatchEvent(new CpSavedEvent<VisitationPlan>({ kind: VISITATION_PLAN_KIND, id: plan.id, version: plan.version, record: plan }));
      this.announce(this.localize.term('planner.announce.saved', { action: this.localize.term(action), name: planLabel(this.localize, plan, this.context.participants) }));
      this.step = undefined;
      this.touched = new Set();
      this.focusTarget = `#plan-${CSS.escape(plan.id)}-title`;
    });
    actor.on('status-changed', ({ plan, from, to }) =>
      this.dispatchEvent(new CpStatusChangeEvent({ kind: VISITATION_PLAN_KIND, id: plan.id, status: to, previousStatus: from })),
    );
    actor.on('conflict', ({ conflict, renewed }) => {
      this.dispatchEvent(new CpConflictEvent<VisitationPlan>({ kind: VISITATION_PLAN_KIND, id: conflict.mine.id, attempted: conflict.mine, current: conflict.theirs }));
      // Already open and now against their newer save: said so, focus left where the user is.
      this.announce(this.localize.term(renewed ? 'merge.theirs-changed' : 'visits.conflict.title'));
      if (!renewed) this.focusTarget = '#conflict-title';
    });
    actor.on('error', ({ error }) => {
      this.dispatchEvent(new CpErrorEvent({ code: error.code, kind: VISITATION_PLAN_KIND, violations: [], cause: error }));
      this.announce(this.localize.error(error));
    });
  }

  private formView(snapshot: VisitationPlannerSnapshot): PlanFormView {
    const editor = snapshot.context.editor!;
    const submitted = editor.submitted;
    return {
      t: this.localize,
      editor,
      participants: this.context.participants.filter((person) => person.id !== this.childId),
      childId: this.childId ?? '',
      errors: new FieldErrors(editor.violations, this.touched, submitted, planFieldKeys),
      saving: selectPlannerMode(snapshot) === 'saving',
      outdated: selectEditorOutdated(snapshot),
      timeZones: timeZoneChoices(),
      planName: (id) => {
        const plan = snapshot.context.plans.find((entry) => entry.id === id);
        return plan ? planLabel(this.localize, plan, this.context.participants) : this.localize.term('planner.unknown-plan');
      },
      change: (patch, field) => {
        this.touched = new Set([...this.touched, field]);
        this.actor?.send({ type: 'CHANGE', patch });
      },
      save: () => {
        this.actor?.send({ type: 'SAVE' });
        if (this.snapshot?.context.editor?.violations.length) {
          this.announce(this.localize.term('planner.form.fix-errors', { count: this.snapshot.context.editor.violations.length }));
          this.focusTarget = '.error-summary';
        }
      },
      cancel: () => {
        this.actor?.send({ type: 'CANCEL' });
        this.touched = new Set();
        this.focusTarget = '[data-action="create"]';
      },
    };
  }

  private cardView(snapshot: VisitationPlannerSnapshot, labels: Map<string, string>): (planId: string) => PlanCardView {
    const mode = selectPlannerMode(snapshot);
    return (planId) => ({
      t: this.localize,
      participants: this.context.participants,
      labels,
      readOnly: !this.canChange || mode === 'editing' || mode === 'conflict',
      busy: mode === 'saving',
      // A refusal shows on the card of the plan it concerns only (never on another plan's open step).
      rejected: snapshot.context.rejectedPlanId === planId ? snapshot.context.rejected : [],
      step: this.step,
      historyFor: (id) => this.renderHistory(snapshot, id),
      showHistory: (id) => {
        this.history.open(VISITATION_PLAN_KIND, id, { childId: this.childId });
        this.focusTarget = `#plan-${CSS.escape(id)}-history`;
      },
      edit: (id) => {
        this.touched = new Set();
        this.actor?.send({ type: 'EDIT', planId: id });
        this.focusTarget = '#title';
      },
      activate: (id) => this.command({ type: 'ACTIVATE', planId: id }),
      resume: (id) => this.command({ type: 'RESUME', planId: id }),
      openStep: (id, kind) => {
        const plan = snapshot.context.plans.find((entry) => entry.id === id);
        // A suspension starts today on the plan's calendar unless the caseworker gives the day the court set.
        this.step = kind === 'suspend' && plan ? { planId: id, kind, reason: '', from: zonedDateOf(this.context.now(), plan.timeZone) } : { planId: id, kind, reason: '' };
        this.focusTarget = `#step-reason-${CSS.escape(id)}`;
      },
      stepChange: (patch) => {
        if (this.step) this.step = { ...this.step, ...patch };
      },
      confirmStep: () => {
        const step = this.step;
        if (!step) return;
        this.command(
          step.kind === 'suspend'
            ? { type: 'SUSPEND', planId: step.planId, reason: step.reason, ...(step.from ? { from: step.from } : {}), ...(step.to ? { to: step.to } : {}) }
            : { type: 'END', planId: step.planId, ...(step.reason.trim() ? { reason: step.reason } : {}) },
        );
      },
      cancelStep: () => {
        const id = this.step?.planId;
        this.step = undefined;
        if (id) this.focusTarget = `[data-plan-id="${CSS.escape(id)}"] [data-action]`;
      },
    });
  }

  /** One plan's history, in the plan's time zone, under the card's own headings. */
  private renderHistory(snapshot: VisitationPlannerSnapshot, planId: string): TemplateResult | typeof nothing {
    const state = this.history.state;
    if (!state || !this.history.isOpen(VISITATION_PLAN_KIND, planId)) return nothing;
    const t = this.localize;
    const plan = snapshot.context.plans.find((entry) => entry.id === planId);
    const timeZone = plan?.timeZone;
    return historyPanel({
      t,
      state,
      heading: t.term('planner.action.history-named', { name: plan ? planLabel(t, plan, this.context.participants) : planId }),
      headingId: `plan-${planId}-history`,
      headingLevel: 4,
      ...planHistoryWording(t, this.context.participants),
      nameOf: (id) => this.nameOf(id),
      when: (instant) => t.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }),
      canRestore: this.canChange,
      restore: (id) => void this.history.restore(id),
      close: () => {
        this.history.close();
        this.focusTarget = `[data-plan-id="${CSS.escape(planId)}"] [data-action="history"]`;
      },
    });
  }

  private nameOf(id: string): string {
    return personName(this.localize, this.context.participants, id, this.context.currentUser);
  }

  private command(event: { type: 'ACTIVATE' | 'RESUME'; planId: string } | { type: 'SUSPEND'; planId: string; reason: string } | { type: 'END'; planId: string; reason?: string }): void {
    this.actor?.send(event);
    const rejected = this.snapshot?.context.rejected ?? [];
    if (rejected.length > 0) {
      this.announce(rejected.map((found) => this.localize.violation(found)).join(' '));
      this.requestUpdate();
    }
  }

  private renderConflict(snapshot: VisitationPlannerSnapshot): TemplateResult {
    const conflict = snapshot.context.conflict!;
    const t = this.localize;
    const describe = (plan: VisitationPlan) => [
      planLabel(t, plan, this.context.participants),
      t.term(`planner.status.${plan.status}`),
      scheduleText(t, plan),
      t.term('visits.conflict.saved-at', { when: t.dateTime(plan.updatedAt) }),
    ];
    return conflictPanel({
      t,
      subject: planLabel(t, conflict.mine, this.context.participants),
      mine: describe(conflict.mine),
      theirs: conflict.theirs ? describe(conflict.theirs) : undefined,
      canEditMine: snapshot.can({ type: 'RESOLVE_EDIT_MINE' }),
      fields: conflict.fields,
      choices: conflict.choices,
      records: [conflict.mine, conflict.theirs, conflict.base],
      ...conflictResolutions(
        this.renderRoot,
        conflict,
        (event) => sendResolution(this.actor, event, this.localize, (message) => this.announce(message)),
        () => (this.focusTarget = '#title'),
      ),
    });
  }

  private renderBody(snapshot: VisitationPlannerSnapshot): TemplateResult {
    const t = this.localize;
    const mode = selectPlannerMode(snapshot);
    if (mode === 'loading') return html`<p role="status">${t.term('common.loading')}</p>`;
    if (mode === 'load-failed') {
      return html`<div class="notice error" part="notice" role="alert">
        <p>${t.error(snapshot.context.error)}</p>
        ${this.carriedWaiting ? html`<p>${t.term('storage.switched-edits-waiting')}</p>` : nothing}
        <button type="button" @click=${() => this.actor?.send({ type: 'RETRY' })}>${t.term('common.retry')}</button>
      </div>`;
    }
    const summaries = selectPlanSummaries(snapshot, undefined, recordingGraceDays(this.recordingGraceDays));
    const labels = new Map(summaries.map((summary) => [summary.plan.id, planLabel(t, summary.plan, this.context.participants)]));
    const card = this.cardView(snapshot, labels);
    return html`
      ${mode === 'conflict' ? this.renderConflict(snapshot) : nothing}
      ${snapshot.context.editor && mode !== 'conflict' ? planForm(this.formView(snapshot)) : nothing}
      ${summaries.length === 0
        ? html`<p class="empty" part="empty">${t.term('planner.empty')}</p>`
        : html`<ul class="plans" part="plans" aria-label=${t.term('planner.list-label')}>
            ${summaries.map((summary) => html`<li>${planCard(card(summary.plan.id), summary)}</li>`)}
          </ul>`}
    `;
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const snapshot = this.snapshot;
    const mode = snapshot ? selectPlannerMode(snapshot) : 'loading';
    const canCreate = this.canChange && snapshot !== undefined && mode === 'idle';
    return html`<section class="base" part="base" lang=${t.lang} dir=${t.dir} aria-labelledby="planner-title">
      <div class="toolbar" part="toolbar">
        <h2 id="planner-title">${t.term('planner.title')}</h2>
        ${this.canChange
          ? html`<button type="button" class="primary" data-action="create" ?disabled=${!canCreate} @click=${() => this.createPlan()}>${t.term('planner.action.create')}</button>`
          : nothing}
      </div>
      ${statusNotices({
        t,
        storage: snapshot?.context.storage,
        fallbackReason: this.actorSlot.reasonFor(snapshot?.context.storage),
        missingUser: !this.readOnly && this.context.currentUser === undefined,
        missingIds: !this.childId || !this.caseId ? t.term('planner.missing-ids') : undefined,
        saveFailed: snapshot && mode === 'save-failed' ? snapshot.context.error : undefined,
        unreadable: snapshot?.context.unreadable.length ?? 0,
        retry: () => this.actor?.send({ type: 'RETRY' }),
        dismiss: () => this.actor?.send({ type: 'DISMISS' }),
      })}
      ${snapshot ? this.renderBody(snapshot) : nothing}
      <cp-live-region></cp-live-region>
    </section>`;
  }
}
