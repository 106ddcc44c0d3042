import { contactLogLayoutStyles } from './layout-styles.js';
import { conflictFieldStyles } from '../shared/parts/conflict-field-styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Actor } from 'xstate';
import { CONTACT_KIND, type Contact } from '../../model/visitation/contact.js';
import { isValidTimeZone } from '../../model/visitation/time-zone.js';
import { violation } from '../../model/shared/violation.js';
import { contactLogMachine } from '../../machines/visitation/contact-log-machine.js';
import {
  selectCaseworkerStandard,
  selectContactLogComplete,
  selectContactLogMode,
  selectFilteredCompliance,
  selectOccurrenceChoices,
  type ContactLogSnapshot,
} from '../../machines/visitation/contact-log-selectors.js';
import { CaseplanElement } from '../shared/caseplan-element.js';
import { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent } from '../shared/events/index.js';
import { ActorSlot } from '../shared/controllers/actor-slot.js';
import { FieldErrors, type FieldKey } from '../visits-shared/field-errors.js';
import '../visits-shared/messages.js';
import { conflictPanel, conflictResolutions, sendResolution } from '../visits-shared/conflict-panel.js';
import { statusNotices } from '../visits-shared/status-notices.js';
import { personName } from '../visits-shared/plan-text.js';
import { linkablePlans } from '../../model/visitation/rules/contact-rules.js';
import { CpSyncStatus } from '../shared/parts/cp-sync-status.js';
import { CpLiveRegion, announceIn } from '../shared/parts/cp-live-region.js';
import { CpStorageWarning } from '../shared/parts/cp-storage-warning.js';
import { CpConfirm } from '../shared/parts/cp-confirm.js';
import { visitsStyles } from '../visits-shared/styles.js';
import { forcedColorsStyles } from '../shared/styles/forced-colors.js';
import { ContactList } from './contact-list.js';
import { contactLogPrintStyles } from './print-styles.js';
import { PageMarginsController } from '../shared/print/page-margins.js';
import { contactPlanText, contactSubject, contactWhen, outcomeText } from './contact-text.js';
import './messages.js';
import { contactForm, contactFieldKeys, type ContactFormView } from './parts/contact-form.js';
import { contactRow, type ContactRowView } from './parts/contact-row.js';
import { LogFilters } from './log-filters.js';
import { logSlotOptions } from './log-slot.js';
import { historyPanel } from '../shared/parts/history-panel.js';
import { DEFAULT_RECORDING_GRACE_DAYS, recordingGraceDays } from '../../model/visitation/recording-grace.js';
import { RecordHistoryController } from '../shared/controllers/record-history-controller.js';
import { restoreContactVersion } from '../../model/visitation/restore-set-aside.js';
import { summaries } from './parts/summaries.js';
import { standardForPeriod } from '../../model/visitation/summary-filter.js';
import type { ReadState } from '../shared/read-state.js';
import { exportedParts } from '../shared/parts/exported-parts.js';

type LogActor = Actor<typeof contactLogMachine>;

/**
 * The contacts that actually took place (or were cancelled, missed or rescheduled) for a child, a
 * visitation plan or a case: record one with the planned visit it fulfils suggested from its date; a
 * fast list (only the visible rows are in the page, even with 10 000 contacts) filtered by plan,
 * person, type, outcome and period; edit and archive with the history kept; compliance per plan and
 * month, and the caseworker monthly visit standard.
 *
 * @summary Log visits and contacts and compare them with the visitation plans.
 * @fires cp-change - The contact in the form changed; `detail.value` is the whole draft, `detail.dirty` is true.
 * @fires cp-saved - A contact was stored (recorded, changed or archived); `detail.record` is the contact as stored.
 * @fires cp-conflict - Someone else saved the contact first; both versions in `detail`. Nothing is lost.
 * @fires cp-error - Loading or saving failed (`detail.code`), or a property was invalid (`input.invalid`).
 * @csspart base - The element's outer box.
 * @csspart toolbar - The heading and the "record a contact" button.
 * @csspart sync-status - The sync indicator, shown when the storage syncs with the agency's server (online, offline with N changes kept, conflicts).
 * @csspart sync-status-base - The sync indicator's box (`<cp-sync-status>`'s `base`).
 * @csspart sync-status-message - The sync indicator's sentence.
 * @csspart filters - The filters above the list.
 * @csspart list - The scrolling list of contacts (inside `cp-contact-list`).
 * @csspart form - The contact form.
 * @csspart error-summary - Everything wrong in the form after a refused save.
 * @csspart field-error - An inline message next to a field.
 * @csspart history - One contact's history: every save (who, when, what changed) and the versions set aside in its conflicts.
 * @csspart history-set-aside - The versions set aside in a contact's conflicts, each readable and restorable.
 * @csspart summaries - Compliance per plan and month.
 * @csspart caseworker-standard - The caseworker monthly visit standard.
 * @csspart conflict - Both versions after a conflict.
 * @csspart archive-confirm - The question asked before archiving (the shared `cp-confirm` dialog).
 * @csspart confirm-dialog - The archive question's dialog box (`<cp-confirm>`'s `dialog`).
 * @csspart confirm-heading - Its title.
 * @csspart confirm-message - Its question.
 * @csspart confirm-actions - Its row of buttons.
 * @csspart confirm-confirm-button - Its confirming button.
 * @csspart confirm-cancel-button - Its cancelling button.
 * @csspart notice - Errors and notices: a failed save, missing inputs, damaged records.
 * @csspart storage-warning - The warning that records are kept only in memory (with the reason), or that local data was cleared.
 * @csspart storage-warning-base - The storage warning's box (`<cp-storage-warning>`'s `base`).
 * @csspart storage-warning-title - The storage warning's first line.
 * @csspart storage-warning-reason - Why IndexedDB could not be used, when known.
 * @csspart empty - The message shown when no contact is logged or none matches the filters.
 * @csspart outcome - The outcome fieldset of the contact form.
 * @csspart plan-link - The fieldset linking a contact to its visitation plan and planned visit.
 * @cssprop --cp-color-accent - Buttons and focus.
 * @cssprop --cp-color-surface - Background.
 * @cssprop --cp-color-text - Text.
 * @cssprop --cp-color-danger - Inline errors.
 * @cssprop --cp-contact-list-max-height - The most the list of contacts takes before it scrolls: an absolute or viewport length, or a `calc()`/`min()`/`max()` of them (`30rem`, `60vh`, `calc(100dvh - 12rem)`; default `max(16rem, 80vh)`). Not a percentage: the list's box has no height of its own to take it of (CSS treats it as no limit); for a share of a region, give the log that height (below), or use `vh`/`dvh`; rows are as tall as their text. Given a height (`contact-log { height: 40rem }`, or a stretching flex or grid cell), the log keeps its sections and the list grows into the room they leave, up to this.
 */
export class ContactLog extends CaseplanElement {
  static override styles = [...CaseplanElement.styles, visitsStyles, contactLogLayoutStyles, conflictFieldStyles, forcedColorsStyles, contactLogPrintStyles];
  static override dependencies: Readonly<Record<string, CustomElementConstructor>> = { 'cp-contact-list': ContactList, 'cp-sync-status': CpSyncStatus, 'cp-live-region': CpLiveRegion, 'cp-storage-warning': CpStorageWarning, 'cp-confirm': CpConfirm };

  /** The case; new contacts are filed under it (and a log with no child or plan shows the whole case). */
  @property({ attribute: 'case-id', reflect: true }) caseId?: string;
  /** The child whose contacts in this case are shown (a contact filed under another case, though it names the child, is not). */
  @property({ attribute: 'child-id', reflect: true }) childId?: string;
  /** Show only one visitation plan's contacts (and record new ones against it). */
  @property({ attribute: 'visitation-plan-id', reflect: true }) visitationPlanId?: string;
  /** The IANA time zone of the log's calendar (dates typed, shown and filtered); default: the device's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /**
   * The agency's grace period for recording a visit, in whole days (0 to 60; default 2): a planned visit
   * with nothing logged is "not yet recorded" until this long after its time, then it counts as missed.
   */
  @property({ attribute: 'recording-grace-days', type: Number }) recordingGraceDays: number = DEFAULT_RECORDING_GRACE_DAYS;
  /** Who counts as a caseworker for the monthly visit standard; default: the case's caseworkers and the current user. */
  @property({ attribute: false }) caseworkerIds?: readonly string[];

  @state() private touched: ReadonlySet<FieldKey> = new Set();
  /** A form carried from another storage waits on the page: the new storage could not be read (said in the load-failed notice). */
  @state() private carriedWaiting = false;
  @state() private archiveCandidate: string | undefined;
  private announce(message: string): void {
    announceIn(this.renderRoot, message);
  }
  private focusTarget: string | undefined;
  /** A row to scroll to and focus after the next render: its contact button, or the control `control` names in it. */
  private reveal: { id: string; control?: string } | undefined;
  /** After an archive: the list position the archived contact held, where focus goes next. */
  private revealIndex: number | undefined;
  /** Whether focus was in the list when this update began (its last row may go with it: see `updated`). */
  private listHadFocus = false;
  /** The log's actor: started once the case (and storage) are there, carried to another storage, its form written on leaving. */
  private readonly actorSlot = new ActorSlot(
    this,
    logSlotOptions({
      element: this,
      context: this.context,
      timeZone: () => this.validTimeZone,
      listen: (actor) => this.listen(actor),
      isCurrent: (controller): boolean => this.actorSlot.controller === controller,
      carryWaiting: (waits) => {
        this.carriedWaiting = waits;
        if (waits) this.announce(this.localize.term('storage.switched-edits-waiting'));
      },
    }),
  );

  /** The filters above the list, the contacts they let through, and a refused search (log-filters.ts). */
  private readonly filters = new LogFilters(this, {
    t: this.localize,
    participants: () => this.context.participants,
    actor: () => this.actor,
    announce: (message) => this.announce(message),
  });

  /** The contact whose history is open: every save and the versions set aside in its conflicts. */
  private readonly history = new RecordHistoryController(this, {
    storage: () => this.snapshot?.context.storage,
    user: () => this.context.currentUser,
    now: () => this.context.now(),
    restore: (current, version) => restoreContactVersion(current as Contact, version, { now: this.context.now(), plans: this.snapshot?.context.plans ?? [] }),
  });

  /** Opens the form to record a contact (as the "Record a contact" button does). */
  recordContact(): void {
    this.touched = new Set();
    this.actor?.send({ type: 'RECORD' });
    this.focusTarget = '#occurredAt';
  }

  private get actor(): LogActor | undefined {
    return this.actorSlot.controller?.actor;
  }

  private get snapshot(): ContactLogSnapshot | undefined {
    return this.actorSlot.controller?.snapshot;
  }

  /** Read: every contact of the log (not only the first page), and the visitation plans its summaries count against, once the storage is there. */
  protected override readState(): ReadState {
    const snapshot = this.snapshot;
    if (!snapshot) return !this.caseId ? 'read' : { until: this.updates.next() };
    const mode = selectContactLogMode(snapshot);
    if (mode === 'load-failed' || snapshot.context.unreadable.length > 0) return 'failed';
    return mode === 'loading' || !selectContactLogComplete(snapshot) ? { until: this.updates.next() } : 'read';
  }

  private get canChange(): boolean {
    return !this.readOnly && this.context.currentUser !== undefined;
  }

  private get zone(): string {
    return this.snapshot?.context.timeZone ?? this.validTimeZone ?? 'UTC';
  }

  /** The `time-zone` attribute when Intl knows it; an unknown one (`Mars/Olympus`) is left out and reported. */
  private get validTimeZone(): string | undefined {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('timeZone') && this.timeZone && !this.validTimeZone) {
      this.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations: [violation('value.invalid', ['timeZone'])] }));
    }
    this.actorSlot.sync();
    this.listHadFocus = (this.renderRoot as ShadowRoot).activeElement?.localName === 'cp-contact-list';
  }

  protected override updated(): void {
    const list = this.renderRoot.querySelector<ContactList<Contact>>('cp-contact-list');
    // The focused row was the last one (archived or deleted, here or in another tab): the list is gone and
    // focus with it. It goes where a user's own archive of the last contact sends it, else to the title.
    if (this.listHadFocus && !list && !this.focusTarget) {
      this.focusTarget = this.renderRoot.querySelector('[data-action="record"]:enabled') ? '[data-action="record"]' : '#log-title';
    }
    if (this.reveal && list) {
      const { id, control } = this.reveal;
      this.reveal = undefined;
      void list.updateComplete.then(() => list.reveal(id, control));
    }
    if (this.revealIndex !== undefined && list) {
      const index = this.revealIndex;
      this.revealIndex = undefined;
      void list.updateComplete.then(() => list.moveTo(index));
    }
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  private listen(actor: LogActor): void {
    this.filters.reset();
    actor.on('changed', ({ contact }) => this.dispatchEvent(new CpChangeEvent<Contact>({ kind: CONTACT_KIND, id: contact.id, value: contact, dirty: true })));
    actor.on('saved', ({ contact, action }) => {
      this.dispatchEvent(new CpSavedEvent<Contact>({ kind: CONTACT_KIND, id: contact.id, version: contact.version, record: contact }));
      this.announce(this.localize.term('contact.announce.saved', { action: this.localize.term(action), when: contactWhen(this.localize, contact, this.zone) }));
      this.touched = new Set();
      this.archiveCandidate = undefined;
      if (!contact.archived) this.reveal = { id: contact.id };
      else if (this.snapshot && this.filters.visible(this.snapshot).length > 0) this.revealIndex = this.archivedAt ?? 0;
      else this.focusTarget = '[data-action="record"]';
    });
    actor.on('conflict', ({ conflict, renewed }) => {
      this.dispatchEvent(new CpConflictEvent<Contact>({ kind: CONTACT_KIND, id: conflict.mine.id, attempted: conflict.mine, current: conflict.theirs }));
      // Already open and now against their newer save: said so, focus left where the user is.
      this.announce(this.localize.term(renewed ? 'merge.theirs-changed' : 'visits.conflict.title'));
      if (!renewed) this.focusTarget = '#conflict-title';
    });
    actor.on('error', ({ error }) => {
      this.dispatchEvent(new CpErrorEvent({ code: error.code, kind: CONTACT_KIND, violations: [], cause: error }));
      this.announce(this.localize.error(error));
    });
  }

  private formView(snapshot: ContactLogSnapshot): ContactFormView {
    const editor = snapshot.context.editor!;
    return {
      t: this.localize,
      editor,
      participants: this.context.participants,
      plans: linkablePlans(snapshot.context.plans, editor.draft),
      choices: selectOccurrenceChoices(snapshot),
      timeZone: this.zone,
      errors: new FieldErrors(editor.violations, this.touched, editor.submitted, contactFieldKeys),
      saving: selectContactLogMode(snapshot) === 'saving',
      change: (patch, field) => {
        this.touched = new Set([...this.touched, field]);
        this.actor?.send({ type: 'CHANGE', patch });
      },
      save: () => {
        this.actor?.send({ type: 'SAVE' });
        const violations = this.snapshot?.context.editor?.violations ?? [];
        if (this.snapshot?.context.editor?.submitted && violations.length > 0) {
          this.announce(this.localize.term('contact.form.fix-errors', { count: violations.length }));
          this.focusTarget = '.error-summary';
        }
      },
      cancel: () => {
        this.actor?.send({ type: 'CANCEL' });
        this.touched = new Set();
        this.focusTarget = '[data-action="record"]';
      },
    };
  }

  /** The contact open in the form or in the history panel: the one row marked current. */
  private openContactId(snapshot: ContactLogSnapshot): string | undefined {
    return this.history.state?.id ?? snapshot.context.editor?.draft.id;
  }

  private rowView(snapshot: ContactLogSnapshot): ContactRowView {
    const mode = selectContactLogMode(snapshot);
    const readOnly = !this.canChange || mode !== 'idle' || !selectContactLogComplete(snapshot);
    const view: ContactRowView = {
      t: this.localize,
      participants: this.context.participants,
      plans: snapshot.context.plans,
      timeZone: this.zone,
      readOnly,
      busy: mode === 'saving',
      openId: this.openContactId(snapshot),
      open: (id) => {
        const contact = snapshot.context.contacts.find((candidate) => candidate.id === id);
        if (readOnly || !contact || contact.archived) view.history(id);
        else view.edit(id);
      },
      edit: (id) => {
        this.touched = new Set();
        this.actor?.send({ type: 'EDIT', contactId: id });
        this.focusTarget = '#occurredAt';
      },
      archive: (id) => void this.askArchive(id),
      history: (id) => {
        this.history.open(CONTACT_KIND, id, this.childId ? { childId: this.childId } : { caseId: this.caseId });
        this.focusTarget = '#history-title';
      },
    };
    return view;
  }

  /** One contact's history, in the log's time zone. */
  private renderHistory(snapshot: ContactLogSnapshot): TemplateResult | typeof nothing {
    const state = this.history.state;
    if (!state) return nothing;
    const t = this.localize;
    const contact = snapshot.context.contacts.find((entry) => entry.id === state.id);
    return historyPanel({
      t,
      state,
      heading: t.term('contact.history.title', { subject: contact ? contactSubject(t, contact, this.context.participants, this.zone) : '' }),
      headingId: 'history-title',
      headingLevel: 3,
      // A contact's type, when and who in the log's words (its time zone, people by name).
      valueName: (path, value) => {
        const field = path.length === 1 ? path[0] : undefined;
        if (field === 'type' && typeof value === 'string' && t.has(`contact.type.${value}`)) return t.term(`contact.type.${value}`);
        if (field === 'occurredAt' && typeof value === 'string') return t.dateTime(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: this.zone });
        if (field === 'participantIds' && Array.isArray(value) && value.length > 0) return t.list(value.map((id) => this.nameOf(String(id))));
        return undefined;
      },
      nameOf: (id) => this.nameOf(id),
      when: (instant) => t.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: this.zone }),
      canRestore: this.canChange,
      restore: (id) => void this.history.restore(id),
      close: () => {
        this.history.close();
        this.reveal = { id: state.id, control: '[data-action="history"]' };
      },
    });
  }

  private archivedAt: number | undefined;

  /**
   * The focused row left the list by a change made elsewhere (another tab, another person through sync):
   * a screen reader user is told which contact went, and why when it was archived, as focus goes to the
   * row in its place (the list moves it).
   */
  private readonly focusedRowGone = (gone: Contact): void => {
    const t = this.localize;
    const now = this.snapshot?.context.contacts.find((contact) => contact.id === gone.id);
    const subject = contactSubject(t, now ?? gone, this.context.participants, this.zone);
    this.announce(t.term(now?.archived ? 'contact.announce.archived-elsewhere' : 'contact.announce.left-list', { subject }));
  };

  private archive(contactId: string): void {
    const snapshot = this.snapshot;
    this.archivedAt = snapshot ? this.filters.visible(snapshot).findIndex((contact) => contact.id === contactId) : undefined;
    this.actor?.send({ type: 'ARCHIVE', contactId });
  }

  /** Asks with the shared `<cp-confirm>` (a modal dialog: focus on Cancel, Escape cancels, focus returns) before archiving. */
  private async askArchive(contactId: string): Promise<void> {
    this.archiveCandidate = contactId;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<CpConfirm>('cp-confirm[part~="archive-confirm"]');
    const confirmed = (await dialog?.ask()) ?? false;
    await dialog?.updateComplete;
    this.archiveCandidate = undefined;
    if (confirmed) this.archive(contactId);
    // The list may have drawn the row again meanwhile: focus goes back to that row's Archive button.
    else this.reveal = { id: contactId, control: '[data-action="archive"]' };
  }

  private renderArchiveConfirm(snapshot: ContactLogSnapshot): TemplateResult {
    const contact = snapshot.context.contacts.find((candidate) => candidate.id === this.archiveCandidate);
    const t = this.localize;
    return html`<cp-confirm part="archive-confirm" exportparts=${exportedParts('confirm')} danger confirm-label=${t.term('contact.action.archive')}
      >${contact ? t.term('contact.archive.question', { when: contactSubject(t, contact, this.context.participants, this.zone) }) : nothing}</cp-confirm
    >`;
  }

  private renderConflict(snapshot: ContactLogSnapshot): TemplateResult {
    const t = this.localize;
    const conflict = snapshot.context.conflict!;
    const describe = (contact: Contact) => [
      contactWhen(t, contact, this.zone),
      t.term(`contact.type.${contact.type}`),
      outcomeText(t, contact.outcome, this.context.participants),
      contactPlanText(t, contact, snapshot.context.plans, this.context.participants),
      // The notes are what two people most often both change: always shown, as typed.
      t.term('merge.labelled', { label: t.term('merge.field.notes'), value: contact.notes === '' ? t.term('merge.value.empty') : contact.notes }),
      contact.archived ? t.term('contact.badge.archived') : t.term('visits.conflict.saved-at', { when: t.dateTime(contact.updatedAt) }),
    ];
    return conflictPanel({
      t,
      subject: contactSubject(t, conflict.mine, this.context.participants, this.zone),
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
        () => (this.focusTarget = '#occurredAt'),
      ),
    });
  }

  private standardCache: { contacts: unknown; plans: unknown; filter: unknown; caseworkers: string; minute: number; value: ReturnType<typeof selectCaseworkerStandard> } | undefined;

  /**
   * The caseworker standard for the filter's period, recomputed only when the contacts, plans, filter,
   * caseworkers or the minute change (10 000 contacts stay cheap to re-render).
   */
  private caseworkerStandard(snapshot: ContactLogSnapshot, caseworkerIds: readonly string[]): ReturnType<typeof selectCaseworkerStandard> {
    const key = { contacts: snapshot.context.contacts, plans: snapshot.context.plans, filter: snapshot.context.filter, caseworkers: caseworkerIds.join('|'), minute: Math.floor(snapshot.context.now().getTime() / 60_000) };
    const cached = this.standardCache;
    if (cached && cached.contacts === key.contacts && cached.plans === key.plans && cached.filter === key.filter && cached.caseworkers === key.caseworkers && cached.minute === key.minute) return cached.value;
    const whole = selectCaseworkerStandard(snapshot, { caseworkerIds });
    const value = whole && standardForPeriod(whole, snapshot.context.filter);
    this.standardCache = { ...key, value };
    return value;
  }

  private nameOf(id: string): string {
    return personName(this.localize, this.context.participants, id, this.context.currentUser);
  }

  private renderBody(snapshot: ContactLogSnapshot): TemplateResult {
    const t = this.localize;
    const mode = selectContactLogMode(snapshot);
    if (mode === 'loading') return html`<p role="status">${t.term('common.loading')}</p>`;
    if (mode === 'load-failed') {
      return html`<div class="notice error" part="notice" role="alert">
        <p>${t.error(snapshot.context.error)}</p>
        ${this.carriedWaiting ? html`<p>${t.term('storage.switched-edits-waiting')}</p>` : nothing}
        <button type="button" @click=${() => this.actor?.send({ type: 'RETRY' })}>${t.term('common.retry')}</button>
      </div>`;
    }
    const visible = this.filters.visible(snapshot);
    const complete = selectContactLogComplete(snapshot);
    const caseworkers = this.caseworkerIds ?? [...this.context.participants.filter((person) => person.role === 'caseworker').map((person) => person.id), ...(this.context.currentUser ? [this.context.currentUser.id] : [])];
    const rowView = this.rowView(snapshot);
    return html`
      ${mode === 'conflict' ? this.renderConflict(snapshot) : nothing}
      ${snapshot.context.editor && mode !== 'conflict' ? contactForm(this.formView(snapshot)) : nothing}
      ${this.renderArchiveConfirm(snapshot)}
      ${this.renderHistory(snapshot)}
      ${this.filters.render(snapshot, this.visitationPlanId !== undefined)}
      <p class="print-only" data-print-zone>${t.term('contact.print.time-zone', { zone: t.timeZone(this.zone) })}</p>
      ${complete
        ? html`<p class="hint" data-count>${t.term('contact.list.count', { count: visible.length })}</p>`
        : html`<p class="hint" role="status" data-reading>${t.term('contact.list.reading-rest', { count: visible.length })}</p>`}
      ${visible.length === 0
        ? complete
          ? html`<p class="empty" part="empty">${snapshot.context.contacts.length === 0 ? t.term('contact.list.empty') : t.term('contact.list.none-match')}</p>`
          : nothing
        : html`<cp-contact-list exportparts="list" .items=${visible} .query=${[snapshot.context.filter, snapshot.context.order]} .openId=${rowView.openId} .renderRow=${(contact: Contact, tabbable: boolean) => contactRow(rowView, contact, tabbable)} .locale=${t.lang} .focusedRowGone=${this.focusedRowGone} label=${t.term('contact.list.label')}></cp-contact-list>`}
      ${complete
        ? summaries({
            t,
            plans: snapshot.context.plans,
            ...selectFilteredCompliance(snapshot, recordingGraceDays(this.recordingGraceDays), this.filters.peopleNames()),
            filter: snapshot.context.filter,
            standard: this.caseworkerStandard(snapshot, caseworkers),
            participants: this.context.participants,
          })
        : html`<p class="hint" data-summaries-waiting>${t.term('contact.summary.waiting')}</p>`}
    `;
  }

  /** Margins, a running header and "page X of Y" when the log is printed (the first printing element on the page writes them). */
  private readonly pageMargins = new PageMarginsController(this, {
    inputs: () => [this.localize.lang, this.childId, this.context.participants, this.context.now().toDateString()],
    text: () => {
      const t = this.localize;
      const child = this.childId ? this.context.participants.find((person) => person.id === this.childId)?.name : undefined;
      return {
        topLeft: [t.term('contact.title'), ...(child ? [child] : [])].join(' · '),
        topRight: t.term('contact.print.printed-on', { date: t.date(this.context.now()) }),
        pageOf: t.term('common.print.page-of', { page: '{page}', pages: '{pages}' }),
      };
    },
  });

  protected override render(): TemplateResult {
    const t = this.localize;
    const snapshot = this.snapshot;
    const mode = snapshot ? selectContactLogMode(snapshot) : 'loading';
    return html`<section class="base" part="base" lang=${t.lang} dir=${t.dir} aria-labelledby="log-title">
      <div class="toolbar" part="toolbar">
        <h2 id="log-title" tabindex="-1">${t.term('contact.title')}</h2>
        ${this.canChange
          ? html`<button type="button" class="primary" data-action="record" ?disabled=${!snapshot || mode !== 'idle' || !selectContactLogComplete(snapshot)} @click=${() => this.recordContact()}>${t.term('contact.action.record')}</button>`
          : nothing}
      </div>
      ${statusNotices({
        t,
        storage: snapshot?.context.storage,
        fallbackReason: this.actorSlot.reasonFor(snapshot?.context.storage),
        missingUser: !this.readOnly && this.context.currentUser === undefined,
        missingIds: this.caseId ? undefined : t.term('contact.missing-ids'),
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
