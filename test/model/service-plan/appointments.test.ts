import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { editAllowed } from '../../../src/model/service-plan/edit-permissions.js';
import { appointmentSummary, contactsOfItem } from '../../../src/model/service-plan/appointments.js';
import { ContactContentSchema, type ContactContent } from '../../../src/model/visitation/contact.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan, TODAY } from './fixtures.js';

let counter = 0;
const env = () => ({ today: TODAY, newId: () => `a-${++counter}` });
const active = () => readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' });

function applied(plan: ServicePlan, ...edits: PlanEdit[]): ServicePlan {
  return edits.reduce((current, edit) => {
    const result = applyEdit(current, edit, env());
    if (!result.ok) throw new Error(`edit ${edit.type} refused: ${JSON.stringify(result.violations)}`);
    return result.plan;
  }, plan);
}

const item3 = (plan: ServicePlan) => plan.subGoals[1]!.items[0]!;

function contact(overrides: Partial<ContactContent>): ContactContent {
  return {
    caseId: 'case-1',
    childId: 'leo',
    occurredAt: '2026-03-02T15:00:00.000Z',
    durationMinutes: 60,
    type: 'office',
    participantIds: ['maria'],
    atChildResidence: false,
    outcome: { type: 'completed' },
    notes: '',
    authorId: 'worker-1',
    ...overrides,
  };
}

describe('appointments of a plan item', () => {
  it('are made on an active plan without a revision, in date order, and noted kept or missed', () => {
    const plan = applied(
      active(),
      { type: 'add-appointment', itemId: 'item-3', id: 'ap-2', date: '2026-03-20', time: '10:30', withWhom: ' Housing office ', participantIds: ['maria', 'maria'] },
      { type: 'add-appointment', itemId: 'item-3', id: 'ap-1', date: '2026-03-02', withWhom: 'Landlord viewing' },
      { type: 'set-appointment-status', itemId: 'item-3', appointmentId: 'ap-1', status: 'kept', note: 'Flat looks safe' },
    );
    expect(item3(plan).appointments).to.deep.equal([
      { id: 'ap-1', date: '2026-03-02', withWhom: 'Landlord viewing', status: 'kept', note: 'Flat looks safe' },
      { id: 'ap-2', date: '2026-03-20', time: '10:30', withWhom: 'Housing office', participantIds: ['maria'], status: 'scheduled' },
    ]);
    // Keeping the first appointment of a not-started item starts it.
    expect(item3(plan).status).to.equal('in-progress');
    expect(editAllowed('active', { type: 'add-appointment', itemId: 'x', date: '2026-03-02', withWhom: 'x' })).to.equal(true);
  });

  it('cannot be noted kept or missed before its day, and needs a valid date, time and someone it is with', () => {
    const plan = applied(active(), { type: 'add-appointment', itemId: 'item-3', id: 'ap-1', date: '2026-03-20', withWhom: 'Housing office' });
    const early = applyEdit(plan, { type: 'set-appointment-status', itemId: 'item-3', appointmentId: 'ap-1', status: 'missed' }, env());
    expect(early.ok ? [] : early.violations.map((found) => `${found.code}@${found.path.join('.')}`)).to.deep.equal(['plan.appointment.not-yet@subGoals.1.items.0.appointments.0.status']);
    expect(applyEdit(plan, { type: 'set-appointment-status', itemId: 'item-3', appointmentId: 'ap-1', status: 'cancelled' }, env()).ok).to.equal(true);
    expect(applyEdit(plan, { type: 'add-appointment', itemId: 'item-3', date: '2026-02-30', withWhom: 'x' }, env()).ok).to.equal(false);
    expect(applyEdit(plan, { type: 'add-appointment', itemId: 'item-3', date: '2026-03-02', time: '25:00', withWhom: 'x' }, env()).ok).to.equal(false);
    expect(applyEdit(plan, { type: 'add-appointment', itemId: 'item-3', date: '2026-03-02', withWhom: '  ' }, env()).ok).to.equal(false);
  });

  it('are counted in the item progress, with the contacts the contact log links to the item', () => {
    const plan = applied(
      active(),
      { type: 'add-appointment', itemId: 'item-3', id: 'ap-1', date: '2026-03-02', withWhom: 'Landlord' },
      { type: 'add-appointment', itemId: 'item-3', id: 'ap-2', date: '2026-03-05', withWhom: 'Housing office' },
      { type: 'add-appointment', itemId: 'item-3', id: 'ap-3', date: '2026-03-20', withWhom: 'Housing office' },
    );
    const contacts = [
      // The log says the first appointment was a no-show: the log is what happened.
      contact({ planItem: { servicePlanId: 'plan-1', itemId: 'item-3', appointmentId: 'ap-1' }, outcome: { type: 'no-show', who: { party: 'visitor', participantId: 'maria' } } }),
      // A visit for the item that was not an appointment made in the plan.
      contact({ planItem: { servicePlanId: 'plan-1', itemId: 'item-3' } }),
      // Another plan's item, and an archived one: not counted.
      contact({ planItem: { servicePlanId: 'plan-2', itemId: 'item-3' } }),
    ];
    const linked = contactsOfItem([...contacts, { ...contacts[1]!, archived: true }], 'plan-1', 'item-3');
    expect(linked).to.have.length(2);
    const summary = appointmentSummary(item3(plan), TODAY, linked);
    expect({ kept: summary.kept, missed: summary.missed, scheduled: summary.scheduled, cancelled: summary.cancelled }).to.deep.equal({ kept: 1, missed: 1, scheduled: 2, cancelled: 0 });
    expect(summary.upcoming.map((entry) => entry.id)).to.deep.equal(['ap-3']);
    expect(summary.unnoted.map((entry) => entry.id)).to.deep.equal(['ap-2']);
  });

  it('a contact carries its link to the plan item through the schema (strict writes keep it)', () => {
    const parsed = z.safeParse(ContactContentSchema, contact({ planItem: { servicePlanId: 'plan-1', itemId: 'item-3', appointmentId: 'ap-1' } }));
    expect(parsed.success && parsed.data.planItem).to.deep.equal({ servicePlanId: 'plan-1', itemId: 'item-3', appointmentId: 'ap-1' });
    expect(z.safeParse(ContactContentSchema, contact({ planItem: { servicePlanId: '', itemId: 'item-3' } })).success).to.equal(false);
  });
});
