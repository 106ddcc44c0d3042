import { expect } from '@open-wc/testing';
import { parseWithViolations } from '../../../src/model/shared/zod-violations.js';
import { ContactSchema, OccurrenceKeySchema, linkContactToPlan } from '../../../src/model/visitation/contact.js';
import { VisitationPlanSchema } from '../../../src/model/visitation/plan.js';
import { recordSchemas } from '../../../src/model/records.js';
import { contact, monthlyPlan, weeklyPlan } from './fixtures.js';

const codesAt = (result: ReturnType<typeof parseWithViolations>) =>
  result.ok ? [] : result.violations.map((one) => `${one.code}@${one.path.join('.')}`);

describe('visitation plan and contact schemas', () => {
  it('registers both kinds with storage', () => {
    expect(recordSchemas.visitationPlan).to.equal(VisitationPlanSchema);
    expect(recordSchemas.contact).to.equal(ContactSchema);
  });

  it('accepts a court-ordered weekly plan and a mutually agreed monthly video call', () => {
    expect(parseWithViolations(VisitationPlanSchema, weeklyPlan()).ok).to.equal(true);
    expect(parseWithViolations(VisitationPlanSchema, monthlyPlan()).ok).to.equal(true);
  });

  it('refuses zero and absurd durations, an unknown time zone and a malformed time, naming each field', () => {
    expect(codesAt(parseWithViolations(VisitationPlanSchema, weeklyPlan({ durationMinutes: 0 })))).to.deep.equal(['value.too-small@durationMinutes']);
    expect(codesAt(parseWithViolations(VisitationPlanSchema, weeklyPlan({ durationMinutes: 1441 })))).to.deep.equal(['value.too-large@durationMinutes']);
    expect(codesAt(parseWithViolations(VisitationPlanSchema, weeklyPlan({ timeZone: 'Mars/Olympus' })))).to.deep.equal(['visitation.time-zone-invalid@timeZone']);
    expect(codesAt(parseWithViolations(VisitationPlanSchema, weeklyPlan({ timeOfDay: '24:10' })))).to.deep.equal(['value.invalid-time@timeOfDay']);
  });

  it('requires an order reference and date for a court-ordered plan', () => {
    const plan = { ...weeklyPlan(), basis: { type: 'court-ordered', orderReference: '' } };
    expect(codesAt(parseWithViolations(VisitationPlanSchema, plan))).to.have.members(['value.required@basis.orderReference', 'value.required@basis.orderDate']);
  });

  it('bounds recurrence intervals and counts', () => {
    const plan = weeklyPlan({ recurrence: { type: 'every-n-days', interval: 0 } });
    expect(codesAt(parseWithViolations(VisitationPlanSchema, plan))).to.deep.equal(['value.too-small@recurrence.interval']);
    const tooOften = weeklyPlan({ recurrence: { type: 'times-per-week', times: 15 } });
    expect(codesAt(parseWithViolations(VisitationPlanSchema, tooOften))).to.deep.equal(['value.too-large@recurrence.times']);
    const badDay = weeklyPlan({ recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 32 } });
    expect(codesAt(parseWithViolations(VisitationPlanSchema, badDay))).to.deep.equal(['value.too-large@recurrence.dayOfMonth']);
  });

  it('keeps suspension periods with their reason', () => {
    const plan = weeklyPlan({ status: 'suspended', suspensions: [{ from: '2026-03-10', reason: 'Mother in hospital' }] });
    expect(parseWithViolations(VisitationPlanSchema, plan).ok).to.equal(true);
    const noReason = weeklyPlan({ suspensions: [{ from: '2026-03-10', reason: ' ' }] });
    expect(codesAt(parseWithViolations(VisitationPlanSchema, noReason))).to.deep.equal(['value.required@suspensions.0.reason']);
  });

  it('accepts every contact outcome with who was responsible', () => {
    for (const outcome of [
      { type: 'completed' },
      { type: 'cancelled', by: { party: 'caregiver' } },
      { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } },
      { type: 'rescheduled', by: { party: 'agency' }, newDate: '2026-03-12' },
    ] as const) {
      expect(parseWithViolations(ContactSchema, contact('2026-03-10T16:00:00.000Z', outcome)).ok, outcome.type).to.equal(true);
    }
    const missingWho = { ...contact('2026-03-10T16:00:00.000Z'), outcome: { type: 'no-show' } };
    expect(codesAt(parseWithViolations(ContactSchema, missingWho))).to.deep.equal(['value.required@outcome.who']);
  });

  it('refuses contact notes over 10 000 characters and occurrence keys that are not date-times, weeks or months', () => {
    expect(codesAt(parseWithViolations(ContactSchema, contact('2026-03-10T16:00:00.000Z', undefined, { notes: 'x'.repeat(10_001) })))).to.deep.equal([
      'value.too-long@notes',
    ]);
    for (const key of ['2026-03-10T16:00', '2026-W09', '2026-03']) expect(parseWithViolations(OccurrenceKeySchema, key).ok, key).to.equal(true);
    for (const key of ['2026-03-10', '2026-W54', '2026-13', '<b>']) expect(parseWithViolations(OccurrenceKeySchema, key).ok, key).to.equal(false);
  });

  it('links a contact to a plan in both the indexed and the named field, and unlinks both', () => {
    const linked = linkContactToPlan(contact('2026-03-10T16:00:00.000Z'), 'plan-weekly', '2026-03-10T16:00');
    expect([linked.planId, linked.visitationPlanId, linked.plannedOccurrence]).to.deep.equal(['plan-weekly', 'plan-weekly', '2026-03-10T16:00']);
    const unlinked = linkContactToPlan(linked, undefined);
    expect([unlinked.planId, unlinked.visitationPlanId, unlinked.plannedOccurrence]).to.deep.equal([undefined, undefined, undefined]);
  });
});
