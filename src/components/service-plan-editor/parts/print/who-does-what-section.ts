import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { whoDoesWhat, type PersonTask, type ResponsibleParty } from '../../../../model/service-plan/who-does-what.js';
import type { LocalizeController } from '../../../shared/i18n/localize-controller.js';
import { itemStatusLabel, personById, responsibilityLabel } from '../../labels.js';
import type { DocumentOptions } from '../plan-document.js';
import type { PlanItem } from '../../../../model/service-plan/plan-item.js';
import { itemName } from './localized-names.js';
import { closedText, dominantDirection } from '../../../shared/i18n/bidi-isolate.js';

function partyName(options: DocumentOptions, party: ResponsibleParty): string {
  const { t, participants } = options;
  if (party.type === 'named') return party.name;
  if (party.type === 'unassigned') return t.term('spe.doc.unassigned');
  if (party.type === 'participant') return personById(t, participants, party.participantId);
  return responsibilityLabel(t, participants, party);
}

function taskLine(t: LocalizeController, task: PersonTask, name: string): TemplateResult {
  if (task.kind === 'safety-action') return html`<li><span class="pre" dir=${ifDefined(dominantDirection(task.what))}>${closedText(task.what)}</span> <em>(${t.term('spe.safety.heading')})</em></li>`;
  return html`<li>
    <strong>${task.by ? t.term('spe.doc.task-by', { date: t.date(task.by) }) : t.term('spe.doc.task-no-date')}</strong> — <bdi>${closedText(name)}</bdi>
    ${task.subGoalTitle ? html`<em>(<bdi>${closedText(task.subGoalTitle)}</bdi>)</em>` : nothing} · ${task.status ? itemStatusLabel(t, task.status) : nothing}
    ${task.how ? html`<div class="pre" dir=${ifDefined(dominantDirection(task.how))}>${closedText(task.how)}</div>` : nothing}
  </li>`;
}

/** Who does what by when, per person: the page a parent keeps on the fridge. */
export function whoDoesWhatSection(options: DocumentOptions): TemplateResult | typeof nothing {
  const { t, plan } = options;
  const groups = whoDoesWhat(plan);
  if (groups.length === 0) return nothing;
  // An item's name as the reader's language has it (a template's translation), as in the plan's tables.
  const items = new Map<string, PlanItem>(plan.subGoals.flatMap((subGoal) => subGoal.items.map((item) => [item.id, item] as const)));
  const nameOf = (task: PersonTask): string => {
    const item = task.kind === 'item' ? items.get(task.id) : undefined;
    return item ? itemName(t, item, options.templates ?? []) : task.what;
  };
  return html`<section class="doc-section doc-who-does-what">
    <h3>${t.term('spe.doc.who-does-what')}</h3>
    ${groups.map(
      (group) => html`<section class="doc-person">
        <h4><bdi>${closedText(partyName(options, group.party))}</bdi></h4>
        <ul>
          ${group.tasks.map((task) => taskLine(t, task, nameOf(task)))}
        </ul>
      </section>`,
    )}
  </section>`;
}
