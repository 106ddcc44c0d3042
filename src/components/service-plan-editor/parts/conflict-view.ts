import { itemCount } from '../../../model/service-plan/progress.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unchosenConflicts } from '../../../model/shared/three-way-merge.js';
import { diffPlanRevisions } from '../../../model/service-plan/diff.js';
import type { PlanConflict } from '../../../machines/service-plan/types.js';
import { changeText, label } from '../labels.js';
import type { EditorView } from '../view.js';
import { conflictFields } from '../../shared/parts/conflict-fields.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

/**
 * Someone else saved while I was editing and changed some of the same fields: every such field with
 * its value before, mine and theirs, and a choice per field ("Combine both" waits for each); or, at
 * once, keep mine or take theirs on all of them. What only one side changed is kept in every case.
 */
export function conflictView(view: EditorView, conflict: PlanConflict): TemplateResult {
  const { t, participants } = view;
  const theirs = conflict.theirs;
  const differences = theirs ? diffPlanRevisions(theirs, conflict.mine, participants) : [];
  const resolve = (type: 'RESOLVE_KEEP_MINE' | 'RESOLVE_TAKE_THEIRS' | 'RESOLVE_MERGE', message: string) => {
    const left = unchosenConflicts(conflict.fields, conflict.choices);
    const unchosen = left[0] ? conflict.fields.indexOf(left[0]) : -1;
    if (type === 'RESOLVE_MERGE' && unchosen >= 0) {
      // Nothing is written until every field both changed has a side: say so and go to the first one left.
      view.announce(t.term('merge.choose-remaining', { count: left.length }));
      view.focusAfterRender(`input[name="conflict-field-${unchosen}"]`);
      view.setUi({});
      return;
    }
    if (view.send({ type }).length === 0) {
      view.announce(t.term(message));
      view.focusAfterRender(['#primary-action', '#plan-title']);
    }
  };
  return html`<section part="conflict" class="card conflict" role="region" aria-labelledby="conflict-heading">
    <h2 id="conflict-heading" tabindex="-1">${t.term('spe.conflict.heading')}</h2>
    <p>${t.term('spe.conflict.body')}</p>
    <div class="two-columns">
      <div part="conflict-mine">
        <h3>${t.term('spe.conflict.mine')}</h3>
        <p><strong>${label(t, t.term('spe.goal.title'))}</strong> <bdi>${closedText(conflict.mine.goal.title)}</bdi></p>
        <p>${t.term('spe.conflict.counts', { subGoals: conflict.mine.subGoals.length, items: itemCount(conflict.mine) })}</p>
      </div>
      <div part="conflict-theirs">
        <h3>${t.term('spe.conflict.theirs')}</h3>
        ${theirs
          ? html`<p><strong>${label(t, t.term('spe.goal.title'))}</strong> <bdi>${closedText(theirs.goal.title)}</bdi></p>
              <p>${t.term('spe.conflict.counts', { subGoals: theirs.subGoals.length, items: itemCount(theirs) })}</p>
              <p class="hint">${t.term('spe.conflict.saved-at', { time: t.dateTime(theirs.updatedAt) })}</p>`
          : html`<p>${t.term('spe.conflict.gone')}</p>`}
      </div>
    </div>
    ${conflictFields({
      t,
      conflicts: conflict.fields,
      choices: conflict.choices,
      records: [conflict.mine, conflict.theirs, conflict.base],
      idPrefix: 'conflict',
      choose: (path, choice) => view.send({ type: 'CHOOSE', path, choice }),
    })}
    ${differences.length > 0
      ? html`<h3>${t.term('spe.conflict.differences')}</h3>
          <ul class="changes">
            ${differences.map((change) => html`<li>${changeText(t, change)}</li>`)}
          </ul>`
      : nothing}
    <div class="button-row">
      <button type="button" class="primary" @click=${() => resolve('RESOLVE_KEEP_MINE', 'spe.conflict.kept-mine')}>${t.term('spe.conflict.keep-mine')}</button>
      ${theirs
        ? html`<button type="button" @click=${() => resolve('RESOLVE_TAKE_THEIRS', 'spe.conflict.took-theirs')}>${t.term('spe.conflict.take-theirs')}</button>
            <button
              type="button"
              aria-disabled=${unchosenConflicts(conflict.fields, conflict.choices).length > 0 ? 'true' : 'false'}
              aria-describedby=${ifDefined(unchosenConflicts(conflict.fields, conflict.choices).length > 0 ? 'conflict-remaining' : undefined)}
              @click=${() => resolve('RESOLVE_MERGE', 'spe.conflict.merged')}
            >
              ${t.term('spe.conflict.merge')}
            </button>`
        : nothing}
    </div>
    <p class="hint">${t.term('spe.conflict.nothing-lost')}</p>
  </section>`;
}
