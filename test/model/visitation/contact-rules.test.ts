import { expect } from '@open-wc/testing';
import type { Violation } from '../../../src/model/shared/violation.js';
import { contactsOutsidePlan, validateContact } from '../../../src/model/visitation/rules/contact-rules.js';
import { contact, planContact, weeklyPlan } from './fixtures.js';

const at = (found: Violation[]) => found.map((one) => `${one.code}@${one.path.join('.')}`);
const now = new Date('2026-03-20T12:00:00.000Z');

describe('contact rules', () => {
  it('accepts a completed visit in the past linked to a planned occurrence', () => {
    const visit = planContact('plan-weekly', '2026-03-10T16:00', '2026-03-10T16:05:00.000Z');
    expect(validateContact(visit, { now, plan: weeklyPlan() })).to.deep.equal([]);
  });

  it('refuses a contact in the future marked completed or no-show, but accepts a cancellation in advance', () => {
    expect(validateContact(contact('2026-03-24T16:00:00.000Z'), { now })).to.deep.equal([
      { code: 'contact.outcome-in-future', path: ['occurredAt'], params: { outcome: 'completed' } },
    ]);
    expect(at(validateContact(contact('2026-03-24T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor' } }), { now }))).to.deep.equal([
      'contact.outcome-in-future@occurredAt',
    ]);
    expect(validateContact(contact('2026-03-24T16:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }), { now })).to.deep.equal([]);
  });

  it('refuses a completed contact of zero minutes and durations over a day', () => {
    expect(at(validateContact(contact('2026-03-10T16:00:00.000Z', undefined, { durationMinutes: 0 }), { now }))).to.deep.equal(['contact.duration-required@durationMinutes']);
    expect(validateContact(contact('2026-03-10T16:00:00.000Z', { type: 'cancelled', by: { party: 'agency' } }, { durationMinutes: 0 }), { now })).to.deep.equal([]);
    expect(at(validateContact(contact('2026-03-10T16:00:00.000Z', undefined, { durationMinutes: 1441 }), { now }))).to.deep.equal(['value.too-large@durationMinutes']);
  });

  it('refuses markup and notes over 10 000 characters', () => {
    expect(at(validateContact(contact('2026-03-10T16:00:00.000Z', undefined, { notes: 'Mother brought <b onclick=x>cake</b>' }), { now }))).to.deep.equal(['visitation.notes-markup@notes']);
    expect(at(validateContact(contact('2026-03-10T16:00:00.000Z', undefined, { notes: 'a'.repeat(10_001) }), { now }))).to.deep.equal(['value.too-long@notes']);
    expect(validateContact(contact('2026-03-10T16:00:00.000Z', undefined, { notes: 'a'.repeat(10_000) }), { now })).to.deep.equal([]);
  });

  it('refuses a reschedule to a day before the original and an occurrence without a plan', () => {
    const moved = contact('2026-03-10T16:00:00.000Z', { type: 'rescheduled', by: { party: 'visitor' }, newDate: '2026-03-08' });
    expect(at(validateContact(moved, { now }))).to.deep.equal(['contact.reschedule-before-original@outcome.newDate']);
    const orphan = contact('2026-03-10T16:00:00.000Z', undefined, { plannedOccurrence: '2026-03-10T16:00' });
    expect(at(validateContact(orphan, { now }))).to.deep.equal(['contact.occurrence-without-plan@plannedOccurrence']);
    const mismatch = contact('2026-03-10T16:00:00.000Z', undefined, { planId: 'a', visitationPlanId: 'b' });
    expect(at(validateContact(mismatch, { now }))).to.deep.equal(['contact.plan-link-mismatch@planId']);
  });

  it('flags contacts and occurrences outside the plan dates, occurrences the plan does not have, and another child', () => {
    const plan = weeklyPlan({ endDate: '2026-03-17', suspensions: [{ from: '2026-03-10', to: '2026-03-10', reason: 'Illness' }] });
    const before = contact('2026-03-01T10:00:00.000Z', undefined, { planId: plan.id, visitationPlanId: plan.id });
    expect(validateContact(before, { now, plan })).to.deep.equal([
      { code: 'contact.outside-plan-dates', path: ['occurredAt'], params: { date: '2026-03-01', start: '2026-03-03', end: '2026-03-17' } },
    ]);
    const afterEnd = planContact(plan.id, '2026-03-24T16:00', '2026-03-24T16:00:00.000Z');
    expect(at(validateContact(afterEnd, { now: new Date('2026-04-01T00:00:00Z'), plan }))).to.deep.equal(['contact.occurrence-outside-plan-dates@plannedOccurrence']);
    const suspendedDay = planContact(plan.id, '2026-03-10T16:00', '2026-03-10T16:00:00.000Z');
    expect(at(validateContact(suspendedDay, { now, plan }))).to.deep.equal(['contact.occurrence-not-planned@plannedOccurrence']);
    const otherChild = planContact(plan.id, '2026-03-03T16:00', '2026-03-03T16:00:00.000Z', undefined, { childId: 'child-2' });
    expect(at(validateContact(otherChild, { now, plan }))).to.deep.equal(['contact.plan-other-child@visitationPlanId']);
  });

  it('lists the contacts a shortened plan no longer covers', () => {
    const kept = planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z');
    const stranded = planContact('plan-weekly', '2026-03-17T16:00', '2026-03-17T16:00:00.000Z');
    const archived = planContact('plan-weekly', '2026-03-24T16:00', '2026-03-24T16:00:00.000Z', undefined, { archived: true });
    const found = contactsOutsidePlan(weeklyPlan({ endDate: '2026-03-10' }), [kept, stranded, archived]);
    expect(found.map((entry) => [entry.contactId, at(entry.violations)])).to.deep.equal([[stranded.id, ['contact.occurrence-outside-plan-dates@plannedOccurrence']]]);
  });
});
