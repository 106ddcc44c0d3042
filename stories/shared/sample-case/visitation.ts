import {
  createDraftContact,
  createDraftVisitationPlan,
  datedOccurrences,
  fromZoned,
  linkContactToPlan,
  type Contact,
  type ContactOutcome,
  type VisitationPlan,
} from '../../../src/model/index.js';
import type { SampleClock } from './dates.js';
import { sampleCaseId, sampleCaseNumber, sampleCurrentUser, sampleIds, sampleTimeZone } from './people.js';

export const sampleVisitationPlanIds = { mother: 'visit-plan-ana-weekly', fatherGrandmother: 'visit-plan-marcus-rosa' } as const;

/** Two active plans: a court-ordered weekly visit with the mother, fortnightly Saturdays with father and grandmother. */
export function buildSampleVisitationPlans(clock: SampleClock): VisitationPlan[] {
  const base = { caseId: sampleCaseId, childId: sampleIds.child, createdBy: sampleCurrentUser.id, timeZone: sampleTimeZone };
  const motherStart = clock.day(-70);
  const mother = createDraftVisitationPlan({ ...base, id: sampleVisitationPlanIds.mother, createdAt: clock.instant(-72), startDate: motherStart });
  const fatherStart = clock.day(-56);
  const father = createDraftVisitationPlan({ ...base, id: sampleVisitationPlanIds.fatherGrandmother, createdAt: clock.instant(-58), startDate: fatherStart });
  return [
    {
      ...mother,
      title: 'Weekly visit with Ana (mother)',
      participants: [
        { participantId: sampleIds.child, role: 'child' },
        { participantId: sampleIds.mother, role: 'visitor' },
        { participantId: sampleIds.caseworker, role: 'supervisor' },
      ],
      basis: { type: 'court-ordered', orderReference: sampleCaseNumber, orderDate: clock.day(-74) },
      recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [3] },
      timeOfDay: '16:00',
      durationMinutes: 90,
      mode: 'in-person',
      location: 'Family Visitation Center, 210 Oak Street, room 4',
      supervision: { level: 'supervised', supervisorId: sampleIds.caseworker },
      transport: 'Linda (foster parent) brings Sofia; Ana comes by bus with an agency pass.',
      notes: 'Ana may bring a meal to share. Phone calls on Sundays at 18:00 are allowed as well.',
      status: 'active',
      activatedOn: motherStart,
    },
    {
      ...father,
      title: 'Saturdays with Marcus and grandmother Rosa',
      participants: [
        { participantId: sampleIds.child, role: 'child' },
        { participantId: sampleIds.father, role: 'visitor' },
        { participantId: sampleIds.grandmother, role: 'supervisor' },
      ],
      basis: { type: 'mutually-agreed', agreedOn: clock.day(-58) },
      recurrence: { type: 'every-n-weeks', interval: 2, weekdays: [6] },
      timeOfDay: '10:00',
      durationMinutes: 180,
      mode: 'in-person',
      location: 'Rosa Almeida’s home',
      supervision: { level: 'monitored', supervisorId: sampleIds.grandmother },
      notes: 'Rosa calls the caseworker after each visit.',
      status: 'active',
      activatedOn: fatherStart,
    },
  ];
}

interface PlannedContact {
  outcome: ContactOutcome;
  notes: string;
  participants: string[];
}

/** Contacts for the past occurrences of a plan, most recent last; `story` gives the outcome of the last few. */
function contactsForPlan(clock: SampleClock, plan: VisitationPlan, story: PlannedContact[]): Contact[] {
  const past = datedOccurrences(plan, plan.startDate, clock.day(-1)).slice(-story.length);
  return past.flatMap((occurrence, index) => {
    const planned = story[story.length - past.length + index];
    if (!planned) return [];
    const draft = createDraftContact({
      id: `contact-${plan.id}-${occurrence.date}`,
      caseId: sampleCaseId,
      childId: sampleIds.child,
      authorId: sampleCurrentUser.id,
      createdAt: new Date(Date.parse(occurrence.endsAt) + 3_600_000).toISOString(),
      occurredAt: occurrence.startsAt,
    });
    const contact: Contact = {
      ...draft,
      durationMinutes: planned.outcome.type === 'completed' ? plan.durationMinutes : 0,
      type: 'visit',
      participantIds: planned.participants,
      location: plan.location,
      outcome: planned.outcome,
      notes: planned.notes,
    };
    return [linkContactToPlan(contact, plan.id, occurrence.key)];
  });
}

/** A month of contacts: visits held, one no-show, one cancellation, and the caseworker's monthly home visit. */
export function buildSampleContacts(clock: SampleClock, plans: readonly VisitationPlan[]): Contact[] {
  const [motherPlan, fatherPlan] = plans;
  const child = sampleIds.child;
  const contacts: Contact[] = [];
  if (motherPlan) {
    contacts.push(
      ...contactsForPlan(clock, motherPlan, [
        { outcome: { type: 'completed' }, participants: [child, sampleIds.mother, sampleIds.caseworker], notes: 'Warm greeting. They read a book together and Ana helped with homework.' },
        { outcome: { type: 'no-show', who: { party: 'visitor', participantId: sampleIds.mother } }, participants: [child, sampleIds.caseworker], notes: 'Ana did not come and did not call. Sofia was disappointed; Linda comforted her.' },
        { outcome: { type: 'completed' }, participants: [child, sampleIds.mother, sampleIds.caseworker], notes: 'Ana apologised for last week (missed bus). Good visit; they played a board game.' },
        { outcome: { type: 'completed' }, participants: [child, sampleIds.mother, sampleIds.caseworker], notes: 'Ana brought a meal. Sofia asked when she can sleep over at her mother’s home.' },
      ]),
    );
  }
  if (fatherPlan) {
    contacts.push(
      ...contactsForPlan(clock, fatherPlan, [
        { outcome: { type: 'completed' }, participants: [child, sampleIds.father, sampleIds.grandmother], notes: 'Park and lunch at Rosa’s. Rosa reports a calm, happy visit.' },
        { outcome: { type: 'cancelled', by: { party: 'agency' } }, participants: [child], notes: 'Cancelled by the agency: no transport available. A make-up visit is being arranged.' },
      ]),
    );
  }
  const homeVisitDate = clock.day(-12);
  const homeVisit = createDraftContact({
    id: `contact-home-visit-${homeVisitDate}`,
    caseId: sampleCaseId,
    childId: child,
    authorId: sampleCurrentUser.id,
    createdAt: fromZoned(homeVisitDate, '18:00', sampleTimeZone).toISOString(),
    occurredAt: fromZoned(homeVisitDate, '15:30', sampleTimeZone).toISOString(),
  });
  contacts.push({
    ...homeVisit,
    type: 'caseworker-home-visit',
    durationMinutes: 45,
    participantIds: [child, sampleIds.fosterParent, sampleIds.caseworker],
    location: 'Foster home (Okafor family)',
    atChildResidence: true,
    notes: 'Sofia showed her room and her school drawings. Sleeping better. No safety concerns.',
  });
  return contacts;
}
