import { html, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import { contactOutcomeTypes, contactTypes, type ContactOutcomeType, type ContactType } from '../../../model/visitation/contact.js';
import type { ContactFilter, ContactSortOrder } from '../../../model/visitation/contact-query.js';
import type { VisitationPlan } from '../../../model/visitation/plan.js';
import type { Violation } from '../../../model/shared/violation.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { checkboxField, inputField, selectField } from '../../shared/parts/field.js';
import { optionalText } from '../../visits-shared/form-values.js';
import { planLabel } from '../../visits-shared/plan-text.js';

export interface FiltersView {
  t: LocalizeController;
  filter: ContactFilter;
  order: ContactSortOrder;
  plans: readonly VisitationPlan[];
  participants: readonly CaseParticipant[];
  /** Why the last filter was refused (a malformed date). */
  rejected: readonly Violation[];
  /**
   * Search text the log refused (over its 200 characters) and what was said of it: kept in view beside its
   * message, never run, while other filters are changed; it goes with an accepted search.
   */
  refusedSearch: { text: string; violations: readonly Violation[] } | undefined;
  /** The log is one plan's: the plan filter is fixed. */
  planFixed: boolean;
  /** A filter the user changed (`field`: the one changed), to run. */
  setFilter(filter: ContactFilter, field: keyof ContactFilter): void;
  setOrder(order: ContactSortOrder): void;
}

const NO_PLAN = '-';

/** Narrows the list by plan, person, type, outcome and period; sorts it by date. */
export function filters(view: FiltersView): TemplateResult {
  const { t, filter } = view;
  const update = (patch: Partial<ContactFilter>) => {
    const next: ContactFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof ContactFilter)[]) if (next[key] === undefined) delete next[key];
    // Each control patches its own filter only: the patch names the field changed.
    view.setFilter(next, Object.keys(patch)[0] as keyof ContactFilter);
  };
  // What the log refused of the filter, said at its field (a date range backwards, a search over 200 characters).
  const fieldError = (field: 'from' | 'to' | 'text') => {
    const found = view.rejected.find((violation) => violation.path.includes(field)) ?? (field === 'text' ? view.refusedSearch?.violations[0] : undefined);
    return found ? t.violation(found) : undefined;
  };
  const planValue = filter.visitationPlanId === null ? NO_PLAN : (filter.visitationPlanId ?? '');
  return html`<fieldset class="group filters" part="filters">
    <legend>${t.term('contact.filter.title')}</legend>
    ${inputField({ id: 'filter-text', type: 'text', label: t.term('contact.filter.text'), hint: t.term('contact.filter.text-hint'), value: view.refusedSearch?.text ?? filter.text ?? '', error: fieldError('text'), onChange: (value) => update({ text: optionalText(value) }) })}
    ${view.planFixed
      ? null
      : selectField({
          id: 'filter-plan',
          label: t.term('contact.filter.plan'),
          value: planValue,
          options: [
            { value: '', label: t.term('contact.filter.all-plans') },
            { value: NO_PLAN, label: t.term('contact.no-plan') },
            ...view.plans.map((plan) => ({ value: plan.id, label: planLabel(t, plan, view.participants) })),
          ],
          onChange: (value) => update({ visitationPlanId: value === '' ? undefined : value === NO_PLAN ? null : value }),
        })}
    ${selectField({
      id: 'filter-participant',
      label: t.term('contact.filter.participant'),
      value: filter.participantId ?? '',
      options: [{ value: '', label: t.term('contact.filter.anyone') }, ...view.participants.map((person) => ({ value: person.id, label: person.name }))],
      onChange: (value) => update({ participantId: value === '' ? undefined : value }),
    })}
    ${selectField({
      id: 'filter-type',
      label: t.term('contact.filter.type'),
      value: filter.types?.[0] ?? '',
      options: [{ value: '', label: t.term('contact.filter.any-type') }, ...contactTypes.map((type) => ({ value: type, label: t.term(`contact.type.${type}`) }))],
      onChange: (value) => update({ types: value === '' ? undefined : [value as ContactType] }),
    })}
    ${selectField({
      id: 'filter-outcome',
      label: t.term('contact.filter.outcome'),
      value: filter.outcomes?.[0] ?? '',
      options: [{ value: '', label: t.term('contact.filter.any-outcome') }, ...contactOutcomeTypes.map((type) => ({ value: type, label: t.term(`contact.outcome.${type}`) }))],
      onChange: (value) => update({ outcomes: value === '' ? undefined : [value as ContactOutcomeType] }),
    })}
    ${inputField({ id: 'filter-from', type: 'date', label: t.term('contact.filter.from'), value: filter.from ?? '', error: fieldError('from'), onChange: (value) => update({ from: optionalText(value) }) })}
    ${inputField({ id: 'filter-to', type: 'date', label: t.term('contact.filter.to'), value: filter.to ?? '', error: fieldError('to'), onChange: (value) => update({ to: optionalText(value) }) })}
    ${selectField({
      id: 'filter-order',
      label: t.term('contact.filter.order'),
      value: view.order,
      options: [
        { value: 'newest-first', label: t.term('contact.filter.newest-first') },
        { value: 'oldest-first', label: t.term('contact.filter.oldest-first') },
      ],
      onChange: (value) => view.setOrder(value as ContactSortOrder),
    })}
    ${checkboxField({ id: 'filter-archived', label: t.term('contact.filter.include-archived'), checked: filter.includeArchived === true, onChange: (checked) => update({ includeArchived: checked || undefined }) })}
  </fieldset>`;
}
