import { html, nothing, type TemplateResult } from 'lit';
import type { PlanEdit } from '../../../model/service-plan/edits.js';
import { linkCoverage, linkFieldOf, type LinkKind } from '../../../model/service-plan/needs-links.js';
import { fieldErrors } from '../field.js';
import { violationText } from '../labels.js';
import { fieldId, type EditorView, type FieldPath } from '../view.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

export interface LinkTarget {
  /** `subgoal` or `item`, with its id: names the fields and their messages. */
  scope: 'subgoal' | 'item';
  id: string;
  /** What it is called ("Weekly parenting class"), so each checkbox says which item it belongs to. */
  name: string;
  addressesNeeds?: readonly string[] | undefined;
  buildsOnStrengths?: readonly string[] | undefined;
}

function linkEdit(target: LinkTarget, kind: LinkKind, entries: string[]): PlanEdit {
  const field = linkFieldOf[kind];
  return target.scope === 'subgoal' ? { type: 'update-sub-goal', subGoalId: target.id, [field]: entries } : { type: 'update-item', itemId: target.id, changes: { [field]: entries } };
}

function linkList(view: EditorView, target: LinkTarget, kind: LinkKind, path: FieldPath): TemplateResult | typeof nothing {
  const { t, plan } = view;
  const entries = plan[kind];
  if (entries.length === 0) return nothing;
  const field = linkFieldOf[kind];
  const linked = target[field] ?? [];
  const key = `${target.scope}.${target.id}.${field}`;
  const disabled = !view.allows(linkEdit(target, kind, []));
  const toggle = (text: string, checked: boolean) => view.edit(linkEdit(target, kind, checked ? [...linked, text] : linked.filter((entry) => entry !== text)), key);
  const problems = [...view.errorsFor(key), ...view.violationsAt([...path, field], true).map((found) => violationText(t, found))];
  // A short visible legend (a long one wraps over the first box); the name says which item or sub-goal.
  return html`<fieldset class="checks" data-links=${kind} aria-label=${t.term(`spe.links.${kind}`, { name: target.name })}>
    <legend>${t.term(`spe.links.${kind}-short`)}</legend>
    ${entries.map(
      (text) => html`<label class="check">
        <input type="checkbox" name=${key} value=${text} .checked=${linked.includes(text)} ?disabled=${disabled} @change=${(event: Event) => toggle(text, (event.target as HTMLInputElement).checked)} />
        <bdi>${closedText(text)}</bdi>
      </label>`,
    )}
    ${fieldErrors(fieldId(key), problems)}
  </fieldset>`;
}

/**
 * Which of the plan's needs a sub-goal or item answers, and which strengths it builds on (checkboxes),
 * folded under a line that names them, so a plan of many items stays short. The checkboxes are built only
 * while open (a draft's 50 open sub-goals' were ~0.4 MB of a 5 000-item plan's heap): a click on the line
 * builds them before the browser opens it (no empty frame); `toggle` follows any other way it opens.
 * Closed, the line holds its summary only, which names what it links: find-in-page (Ctrl+F) on a need's
 * name stops at the lines that answer it, never at every line (each would offer the need as a checkbox);
 * where a need is answered, or that nothing answers it yet, is the needs section's coverage list.
 */
export function needLinks(view: EditorView, target: LinkTarget, path: FieldPath): TemplateResult | typeof nothing {
  const { t, plan } = view;
  if (plan.needs.length === 0 && plan.strengths.length === 0) return nothing;
  const linked = [...(target.addressesNeeds ?? []), ...(target.buildsOnStrengths ?? [])];
  const open = view.violationsAt([...path, 'addressesNeeds'], true).length + view.violationsAt([...path, 'buildsOnStrengths'], true).length > 0;
  const shown = (isOpen: boolean) => {
    if (isOpen === view.ui.linksOpen.has(target.id)) return;
    const next = new Set(view.ui.linksOpen);
    if (isOpen) next.add(target.id);
    else next.delete(target.id);
    view.setUi({ linksOpen: next });
  };
  const onSummaryClick = (event: Event) => {
    if (!((event.currentTarget as HTMLElement).parentElement as HTMLDetailsElement).open) shown(true);
  };
  const onToggle = (event: Event) => shown((event.currentTarget as HTMLDetailsElement).open);
  return html`<details class="need-links" data-links-of=${target.id} ?open=${open} @toggle=${onToggle}>
    <summary @click=${onSummaryClick}>${t.term('spe.links.summary', { count: linked.length })}${linked.length > 0 ? `: ${t.list(linked)}` : ''}</summary>
    ${open || view.ui.linksOpen.has(target.id) ? html`${linkList(view, target, 'needs', path)} ${linkList(view, target, 'strengths', path)}` : nothing}
  </details>`;
}

/** For each need, what in the plan answers it; a need nothing answers yet is said so. */
export function needCoverage(view: EditorView): TemplateResult | typeof nothing {
  const { t, plan } = view;
  const coverage = linkCoverage(plan, 'needs');
  if (coverage.length === 0) return nothing;
  return html`<div class="need-coverage" part="need-coverage">
    <h3 id="need-coverage-heading">${t.term('spe.coverage.heading')}</h3>
    <ul aria-labelledby="need-coverage-heading">
      ${coverage.map((entry) => {
        const answers = [...entry.subGoals.map((subGoal) => subGoal.title), ...entry.items.map((item) => item.name)];
        return html`<li>
          <strong>${closedText(entry.text)}</strong>:
          ${answers.length > 0 ? t.term('spe.coverage.answered', { list: t.list(answers) }) : html`<span class="notice">${t.term('spe.coverage.unanswered')}</span>`}
        </li>`;
      })}
    </ul>
  </div>`;
}
