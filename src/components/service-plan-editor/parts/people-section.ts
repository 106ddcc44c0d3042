import { html, nothing, type TemplateResult } from 'lit';
import { selectField } from '../field.js';
import { personLabel } from '../labels.js';
import type { EditorView } from '../view.js';
import { primaryClientField } from './primary-client.js';

/** The principal participant (whose need the plan meets), the case's primary client and the plan members. */
export function peopleSection(view: EditorView): TemplateResult {
  const { t, plan, participants } = view;
  const disabled = !view.allows({ type: 'add-participant', participantId: 'x' });
  const toggle = (participantId: string, checked: boolean) =>
    view.edit(checked ? { type: 'add-participant', participantId } : { type: 'remove-participant', participantId }, 'participants');
  return html`<section part="participants" class="card" aria-labelledby="people-heading">
    <h2 id="people-heading">${t.term('spe.people.heading')}</h2>
    ${selectField(view, {
      key: 'principal',
      label: t.term('spe.people.principal'),
      value: plan.principalParticipantId ?? '',
      path: ['principalParticipantId'],
      emptyLabel: t.term('spe.choose'),
      disabled,
      options: participants.map((participant) => ({ value: participant.id, label: personLabel(t, participant) })),
      commit: (participantId) => (participantId ? { type: 'set-principal', participantId } : undefined),
    })}
    <fieldset class="checks">
      <legend>${t.term('spe.people.members')}</legend>
      ${participants.length === 0 ? html`<p class="hint">${t.term('spe.people.none-supplied')}</p>` : nothing}
      ${participants.map(
        (participant) => html`<label class="check">
          <input
            type="checkbox"
            name="member"
            value=${participant.id}
            .checked=${plan.participantIds.includes(participant.id)}
            ?disabled=${disabled || participant.id === plan.principalParticipantId || participant.id === plan.primaryClientId}
            @change=${(event: Event) => toggle(participant.id, (event.target as HTMLInputElement).checked)}
          />
          ${personLabel(t, participant)}
        </label>`,
      )}
    </fieldset>
    ${primaryClientField(view)}
  </section>`;
}
