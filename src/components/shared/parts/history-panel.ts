import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryStep, RecordChange } from '../../../model/history-versions.js';
import type { FieldPath } from '../../../model/shared/three-way-merge.js';
import { changesBetween } from '../../../model/history-versions.js';
import { isDateField } from '../../../model/date-fields.js';
import { currentHistoryAction } from '../../../model/history-actions.js';
import type { SetAsideVersion } from '../../../model/set-aside.js';
import type { RecordHistoryState } from '../controllers/record-history-controller.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { fieldLabel, valueText } from './conflict-fields.js';
import '../i18n/messages/history.js';
import { closedText, dominantDirection } from '../i18n/bidi-isolate.js';

export interface HistoryPanelView {
  t: LocalizeController;
  state: RecordHistoryState;
  /** The panel's heading, naming the record ("History of Weekly visit with mother"). */
  heading: string;
  /** The heading's id (focused when the panel opens). */
  headingId: string;
  /** The heading's level under the host's own headings. */
  headingLevel: number;
  /** A person's or user's name from an id. */
  nameOf(id: string): string;
  /** An instant as the element shows it (its locale and time zone). */
  when(instant: string): string;
  /** Lines saying what one save changed; by default each field with its value before and after. */
  describe?(step: HistoryStep): string[];
  /** The element's own name for a field (its form's label), else the shared merge label is used. */
  fieldName?(path: FieldPath): string | undefined;
  /** The element's own words for a value (a status, a plan, a person), else the shared reading is used. */
  valueName?(path: FieldPath, value: unknown): string | undefined;
  /** False read-only: the set-aside versions can be read, not restored. */
  canRestore: boolean;
  restore(versionId: string): void;
  close(): void;
}

/** A save's action as a person reads it: the history catalog, the element's own words, else "Changed". */
export function actionText(t: LocalizeController, stored: string): string {
  // Older stored names (plan.submit) read as the action written now (plan.submitted).
  const action = currentHistoryAction(stored);
  if (t.has(`history.action.${action}`)) return t.term(`history.action.${action}`);
  if (t.has(action)) return t.term(action);
  // The editor names a save after its one edit (plan.goal-set): an edit of the plan.
  if (action.startsWith('plan.')) return t.term('history.action.plan.edited');
  return t.term('history.changed');
}

/** How the panel names fields and values: the element's words first, then the shared merge catalog. */
interface Wording {
  t: LocalizeController;
  /** The record's kind, whose schema says which fields hold dates. */
  state: { kind: string };
  fieldName?: HistoryPanelView['fieldName'];
  valueName?: HistoryPanelView['valueName'];
}

function fieldText(wording: Wording, path: FieldPath, records: unknown[]): string {
  return wording.fieldName?.(path) ?? fieldLabel(wording.t, path, ...records);
}

function valueWords(wording: Wording, path: FieldPath, value: unknown): string {
  const own = wording.valueName?.(path, value);
  if (own !== undefined) return own;
  // A date field (a day, an instant, an occurrence) reads in the viewer's language, never as 2027-02-02;
  // typed text that only looks like a date stays as typed.
  if (isDateField(wording.state.kind, path)) {
    if (typeof value === 'string' && value !== '') return wording.t.dateValue(value);
    if (Array.isArray(value) && value.length > 0) return wording.t.list(value.map((entry) => (typeof entry === 'string' ? wording.t.dateValue(entry) : valueText(wording.t, entry))));
  }
  return valueText(wording.t, value);
}

/** One change as "Field: before → after" (added or removed said so), in the element's words where it has them. */
export function changeLine(wording: Wording, change: RecordChange, ...records: unknown[]): string {
  const { t } = wording;
  const field = fieldText(wording, change.path, records);
  if (change.before === undefined) return t.term('history.change-added', { field, after: valueWords(wording, change.path, change.after) });
  if (change.after === undefined) return t.term('history.change-removed', { field, before: valueWords(wording, change.path, change.before) });
  return t.term('history.change', { field, before: valueWords(wording, change.path, change.before), after: valueWords(wording, change.path, change.after) });
}

const defaultDescribe = (view: HistoryPanelView) => (step: HistoryStep) => step.changes.map((change) => changeLine(view, change, step.after, step.before));

function saveEntry(view: HistoryPanelView, step: HistoryStep): TemplateResult {
  const { t } = view;
  const { entry } = step;
  const lines = (view.describe ?? defaultDescribe(view))(step);
  return html`<li data-seq=${entry.seq}>
    <strong>${actionText(t, entry.action)}</strong>
    — ${t.term('history.saved-by', { who: view.nameOf(entry.by), when: view.when(entry.at) })}
    ${entry.comment ? html`<br /><span class="notes" dir=${ifDefined(dominantDirection(entry.comment))}>${closedText(entry.comment)}</span>` : nothing}
    ${lines.length > 0 ? html`<ul class="history-changes" aria-label=${t.term('history.changes-label')}>${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
  </li>`;
}

function setAsideLines(view: HistoryPanelView, version: SetAsideVersion): string[] {
  const { t } = view;
  if (version.fields.length > 0) {
    return version.fields.map((field) =>
      t.term('history.set-aside.value', {
        field: fieldText(view, field.path, [version.setAside, version.written]),
        value: valueWords(view, field.path, field.value),
        kept: valueWords(view, field.path, field.kept),
      }),
    );
  }
  // A whole version was set aside (a status step, a record removed meanwhile): what it differs in.
  return changesBetween(version.written, version.setAside).map((change) => changeLine(view, change, version.setAside, version.written));
}

/** A revision abandoned (its working copy) rather than the losing side of a conflict. */
const isAbandonedRevision = (version: SetAsideVersion) => version.resolution === 'revision-abandoned';

function setAsideEntry(view: HistoryPanelView, version: SetAsideVersion): TemplateResult {
  const { t, state } = view;
  const when = view.when(version.createdAt);
  const restoreName = isAbandonedRevision(version) ? t.term('history.restore-revision-named', { when }) : t.term('history.restore-named', { when });
  const other = version.theirsBy !== undefined ? view.nameOf(version.theirsBy) : t.term('history.set-aside.someone');
  const describedBy = `${view.headingId}-set-aside-${version.id}`;
  const refused = state.restoreRefused?.versionId === version.id ? state.restoreRefused.violations : [];
  const refusedId = `${describedBy}-refused`;
  return html`<li data-set-aside=${version.id}>
    <p id=${describedBy}>${t.term(`history.set-aside.${version.resolution}`, { who: view.nameOf(version.updatedBy), other, when })}</p>
    <ul class="history-changes">${setAsideLines(view, version).map((line) => html`<li>${line}</li>`)}</ul>
    ${view.canRestore
      ? html`<button type="button" data-action="restore" aria-label=${restoreName} aria-describedby=${refused.length > 0 ? `${refusedId} ${describedBy}` : describedBy} ?disabled=${state.restoring !== undefined} @click=${() => view.restore(version.id)}>
          ${state.restoring === version.id ? t.term('history.restoring') : t.term('history.restore')}
        </button>`
      : nothing}
    ${refused.length > 0 ? html`<p class="notice error" role="alert" id=${refusedId} data-refused>${refused.map((found) => t.violation(found)).join(' ')}</p>` : nothing}
  </li>`;
}

/** One kind of versions set aside under its own heading (conflicts' losing sides; revisions abandoned); nothing when none. */
function setAsideGroup(view: HistoryPanelView, level: string, heading: string, versions: readonly SetAsideVersion[]): TemplateResult | typeof nothing {
  if (versions.length === 0) return nothing;
  return html`<div class="history-set-aside" part="history-set-aside">
    <div role="heading" aria-level=${level} class="history-subheading">${view.t.term(heading)}</div>
    <ul>${versions.map((version) => setAsideEntry(view, version))}</ul>
  </div>`;
}

/** What the panel says once a version is restored: a revision abandoned is under way again. */
function restoredText(view: HistoryPanelView, versionId: string): string {
  const version = view.state.setAside.find((entry) => entry.id === versionId);
  return view.t.term(version && isAbandonedRevision(version) ? 'history.revision-restored' : 'history.restored');
}

/**
 * Every save of one record, oldest first (who, when, what, and what changed, in the viewer's language),
 * the versions set aside in its conflicts and the revisions abandoned (each under its own heading),
 * each readable and restorable. Shared by every element.
 */
export function historyPanel(view: HistoryPanelView): TemplateResult {
  const { t, state } = view;
  const level = String(Math.min(Math.max(view.headingLevel, 2), 6));
  const subLevel = String(Math.min(Number(level) + 1, 6));
  return html`<section class="history" part="history" aria-labelledby=${view.headingId}>
    <div role="heading" aria-level=${level} class="history-heading" id=${view.headingId} tabindex="-1">${view.heading}</div>
    <div role="status" class="history-status">
      ${state.restored !== undefined ? restoredText(view, state.restored) : nothing}
    </div>
    ${state.restoreError !== undefined ? html`<p class="notice error" role="alert">${t.term('history.restore-failed', { reason: t.error(state.restoreError) })}</p>` : nothing}
    ${state.untrustedFrom !== undefined ? html`<p class="notice warning" role="alert" data-history-untrusted>${t.term('history.untrusted', { seq: state.untrustedFrom })}</p>` : nothing}
    ${state.untrustedRecord ? html`<p class="notice warning" role="alert" data-history-untrusted>${t.term('history.record-untrusted')}</p>` : nothing}
    ${state.error !== undefined
      ? html`<p class="notice error" role="alert">${t.error(state.error)}</p>`
      : state.steps === undefined
        ? html`<p role="status">${t.term('common.loading')}</p>`
        : state.steps.length === 0
          ? state.untrustedRecord ? nothing : html`<p>${t.term('history.empty')}</p>`
          : html`<ol class="history-saves" aria-label=${t.term('history.saves-heading')}>${state.steps.map((step) => saveEntry(view, step))}</ol>`}
    ${setAsideGroup(view, subLevel, 'history.set-aside.heading', state.setAside.filter((version) => !isAbandonedRevision(version)))}
    ${setAsideGroup(view, subLevel, 'history.abandoned.heading', state.setAside.filter(isAbandonedRevision))}
    <div class="actions"><button type="button" data-action="close-history" @click=${() => view.close()}>${t.term('common.close')}</button></div>
  </section>`;
}
