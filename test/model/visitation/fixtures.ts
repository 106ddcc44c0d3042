import type { Contact, ContactOutcome } from '../../../src/model/visitation/contact.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { createDraftContact, createDraftVisitationPlan } from '../../../src/model/visitation/create.js';

export const CREATED_AT = '2026-01-05T09:00:00.000Z';

/** An active weekly plan: Tuesdays 16:00 for 90 minutes in Lisbon, supervised visit with the mother. */
export function weeklyPlan(overrides: Partial<VisitationPlan> = {}): VisitationPlan {
  const plan = createDraftVisitationPlan({
    id: 'plan-weekly',
    caseId: 'case-1',
    childId: 'child-1',
    createdBy: 'worker-1',
    createdAt: CREATED_AT,
    startDate: '2026-03-03',
    timeZone: 'Europe/Lisbon',
  });
  return {
    ...plan,
    version: 1,
    title: 'Weekly visit with mother',
    participants: [
      { participantId: 'child-1', role: 'child' },
      { participantId: 'mother-1', role: 'visitor' },
    ],
    basis: { type: 'court-ordered', orderReference: 'FC-2026-0142', orderDate: '2026-02-20' },
    recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [2] },
    durationMinutes: 90,
    supervision: { level: 'supervised', supervisorName: 'Ana Costa' },
    location: 'Family visit centre, room 2',
    status: 'active',
    activatedOn: '2026-03-01',
    ...overrides,
  };
}

/** An active monthly video call with the grandmother on the 15th at 18:00 in New York. */
export function monthlyPlan(overrides: Partial<VisitationPlan> = {}): VisitationPlan {
  return weeklyPlan({
    id: 'plan-monthly',
    title: 'Monthly video call with grandmother',
    participants: [
      { participantId: 'child-1', role: 'child' },
      { participantId: 'grandmother-1', role: 'visitor' },
    ],
    basis: { type: 'mutually-agreed', agreedOn: '2026-02-25' },
    startDate: '2026-03-01',
    timeZone: 'America/New_York',
    recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 15 },
    timeOfDay: '18:00',
    durationMinutes: 30,
    mode: 'video',
    supervision: { level: 'unsupervised' },
    location: undefined,
    ...overrides,
  });
}

let contactCounter = 0;

/** A contact for the child, linked to a plan occurrence when given. */
export function contact(occurredAt: string, outcome: ContactOutcome = { type: 'completed' }, overrides: Partial<Contact> = {}): Contact {
  contactCounter += 1;
  return {
    ...createDraftContact({
      id: `contact-${contactCounter}`,
      caseId: 'case-1',
      childId: 'child-1',
      authorId: 'worker-1',
      createdAt: CREATED_AT,
      occurredAt,
    }),
    version: 1,
    participantIds: ['child-1', 'mother-1'],
    outcome,
    ...overrides,
  };
}

/** A contact linked to `planId` and the occurrence `key`. */
export function planContact(planId: string, key: string, occurredAt: string, outcome: ContactOutcome = { type: 'completed' }, overrides: Partial<Contact> = {}): Contact {
  return contact(occurredAt, outcome, { planId, visitationPlanId: planId, plannedOccurrence: key, ...overrides });
}
