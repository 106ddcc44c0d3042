import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { findParticipant, type CaseParticipant } from '../../model/participant.js';
import type { PlanChange } from '../../model/service-plan/diff.js';
import type { Responsibility } from '../../model/service-plan/plan-item.js';
import type { PlanStatus } from '../../model/service-plan/plan.js';
import type { Violation } from '../../model/shared/violation.js';

/**
 * How a person relates to the child, in the reader's language: in English as the host wrote it; in
 * another language a relationship this package knows ("Mother", "maternal grandmother") translated, one
 * it does not know kept in the host's words after the translated role ("familiar, great-aunt"), so a
 * role is never replaced by words of another language.
 */
export function relationLabel(t: LocalizeController, participant: CaseParticipant): string {
  const role = t.term(`spe.role.${participant.role}`);
  const written = participant.relationship?.trim();
  if (!written) return role;
  // The host writes relationships in English: an English reader gets them as written.
  if (t.locale === 'en') return written;
  const key = `spe.relationship.${written.toLowerCase().replace(/\s+/g, '-')}`;
  if (t.has(key)) return t.term(key);
  return written.toLowerCase() === role.toLowerCase() ? role : t.term('spe.person.role-relationship', { role, relationship: written });
}

/** "Maria Souza (mother)": the name with how they relate to the child, in the reader's language. */
export function personLabel(t: LocalizeController, participant: CaseParticipant): string {
  return t.term('spe.person', { name: participant.name, relation: relationLabel(t, participant) });
}

/** A participant by id; an id the host no longer lists is shown as such, never hidden. */
export function personById(t: LocalizeController, participants: readonly CaseParticipant[], id: string | undefined): string {
  if (id === undefined) return t.term('spe.none');
  const found = findParticipant(participants, id);
  return found ? personLabel(t, found) : t.term('spe.person.unknown', { id });
}

export function statusLabel(t: LocalizeController, status: PlanStatus | string): string {
  return t.term(`common.status.${status}`);
}

export function itemStatusLabel(t: LocalizeController, status: string): string {
  return t.term(`spe.item-status.${status}`);
}

export function responsibilityLabel(t: LocalizeController, participants: readonly CaseParticipant[], responsibility: Responsibility | undefined): string {
  if (!responsibility) return t.term('spe.responsibility.none');
  if (responsibility.type === 'caseworker') return t.term('spe.responsibility.caseworker');
  if (responsibility.type === 'org-user') return responsibility.name;
  return personById(t, participants, responsibility.participantId);
}

// Change params that hold codes, and how to label each.
const codeParams: Record<string, (t: LocalizeController, value: string) => string> = {
  'plan.change.status': (t, value) => (value ? statusLabel(t, value) : t.term('spe.none')),
  'plan.change.item-status': (t, value) => itemStatusLabel(t, value),
  'plan.change.permanency': (t, value) => (value ? t.term(`spe.permanency.${value}`) : t.term('spe.none')),
};

/** One change between two versions of a plan, in words: codes in params become labels (t.violation formats the dates). */
export function changeText(t: LocalizeController, change: PlanChange): string {
  const params: Record<string, string | number> = { ...change.params };
  const label = codeParams[change.code];
  if (label) for (const key of ['before', 'after'] as const) if (typeof params[key] === 'string') params[key] = label(t, params[key]);
  if (change.code === 'plan.change.review-recorded' && typeof params.type === 'string') params.type = t.term(`spe.review-type.${params.type}`);
  if (change.code.startsWith('plan.change.hearing-') && typeof params.type === 'string') params.type = t.term(`spe.hearing-type.${params.type}`);
  return t.violation({ code: change.code, path: change.path, params });
}

/**
 * A Violation in words. The dates among its params are formatted by LocalizeController.violation, for
 * all three elements alike; this name stays so the editor's parts read the same.
 */
export function violationText(t: LocalizeController, found: Violation): string {
  return t.violation(found);
}

/** A field name before its value ("Status:", French "État :"), with the language's own punctuation. */
export function label(t: LocalizeController, name: string): string {
  return t.term('spe.label', { label: name });
}
