import type { TemplateResult } from 'lit';
import { selectField } from '../field.js';
import { personLabel } from '../labels.js';
import type { EditorView } from '../view.js';

/**
 * The case's primary client, chosen among the case participants: choosing one makes them a plan member,
 * and the model refuses to take them off the plan while they are the primary client.
 */
export function primaryClientField(view: EditorView): TemplateResult {
  const { t, plan, participants } = view;
  return selectField(view, {
    key: 'primary-client',
    label: t.term('spe.people.primary-client-label'),
    value: plan.primaryClientId ?? '',
    path: ['primaryClientId'],
    emptyLabel: t.term('spe.choose'),
    disabled: !view.allows({ type: 'set-primary-client', participantId: 'x' }),
    options: participants.map((participant) => ({ value: participant.id, label: personLabel(t, participant) })),
    commit: (participantId) => ({ type: 'set-primary-client', participantId: participantId === '' ? null : participantId }),
  });
}
