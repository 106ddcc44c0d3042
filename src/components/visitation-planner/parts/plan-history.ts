import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryEntry } from '../../../model/history.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';

/** One plan's history as read from storage (loading while `entries` and `error` are both undefined). */
export interface PlanHistoryState {
  planId: string;
  entries: HistoryEntry[] | undefined;
  error: unknown;
}

/** Plan fields by the label the form gives them, so a change reads "Place, Transport". */
const fieldLabels: Record<string, string> = {
  title: 'planner.form.title',
  participants: 'planner.form.participants',
  basis: 'planner.form.basis',
  startDate: 'planner.form.start-date',
  endDate: 'planner.form.end-date',
  timeZone: 'planner.form.time-zone',
  recurrence: 'planner.form.frequency',
  timeOfDay: 'planner.form.time',
  durationMinutes: 'planner.form.duration',
  mode: 'planner.form.mode',
  location: 'planner.form.location',
  supervision: 'planner.form.supervision',
  transport: 'planner.form.transport',
  notes: 'planner.form.notes',
  status: 'planner.history.field.status',
  suspensions: 'planner.history.field.suspensions',
  endReason: 'planner.history.field.end-reason',
};

function changedFields(t: LocalizeController, entry: HistoryEntry): string[] {
  const roots = entry.changes.map((change) => change.path.split('.')[0] ?? change.path);
  return [...new Set(roots)].filter((field) => fieldLabels[field] !== undefined).map((field) => t.term(fieldLabels[field]!));
}

export interface PlanHistoryView {
  t: LocalizeController;
  state: PlanHistoryState;
  /** The id of the plan's heading, so the section is named after its plan. */
  titleId: string;
  nameOf(id: string): string;
  close(): void;
}

/** Every write to one plan, oldest first: what was done, by whom, when, and which parts changed. */
export function planHistory(view: PlanHistoryView): TemplateResult {
  const { t, state } = view;
  const headingId = `plan-${state.planId}-history`;
  return html`<section class="history" part="history" aria-labelledby="${headingId} ${view.titleId}">
    <h4 id=${headingId} tabindex="-1">${t.term('planner.history.title')}</h4>
    ${state.error !== undefined
      ? html`<p class="notice error" role="alert">${t.error(state.error)}</p>`
      : state.entries === undefined
        ? html`<p role="status">${t.term('common.loading')}</p>`
        : html`<ol>
            ${state.entries.map((entry) => {
              const fields = entry.seq > 1 ? changedFields(t, entry) : [];
              return html`<li>
                <strong>${t.has(entry.action) ? t.term(entry.action) : t.term('planner.history.changed')}</strong>
                — ${t.term('planner.history.by', { who: view.nameOf(entry.by), when: t.dateTime(entry.at) })}
                ${entry.comment ? html`<br /><span class="notes">${entry.comment}</span>` : nothing}
                ${fields.length > 0 ? html`<br /><span class="hint">${t.term('planner.history.fields', { fields: t.list(fields) })}</span>` : nothing}
              </li>`;
            })}
          </ol>`}
    <div class="actions"><button type="button" data-action="close-history" @click=${() => view.close()}>${t.term('common.close')}</button></div>
  </section>`;
}
