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
      ],
      basis: { type: 'court-ordered', orderReference: sampleCaseNumber, orderDate: clock.day(-74) },
      recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [3] },
      timeOfDay: '16:00',
      durationMinutes: 90,
      mode: 'in-person',
      location: 'Family Visitation Center, 210 Oak Street, room 4',
      supervision: { level: 'supervised', supervisorName: 'Visitation Center staff' },
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

/**
 * One contact for every past occurrence of a plan: `story` gives the last few (most recent last);
 * earlier visits took place as planned, with `usualNote`.
 */
function contactsForPlan(clock: SampleClock, plan: VisitationPlan, usual: Omit<PlannedContact, 'outcome'>, story: PlannedContact[]): Contact[] {
  const past = datedOccurrences(plan, plan.startDate, clock.day(-1));
  return past.map((occurrence, index) => {
    const planned = story[index - (past.length - story.length)] ?? { ...usual, outcome: { type: 'completed' } };
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
    return linkContactToPlan(contact, plan.id, occurrence.key);
  });
}

/** Every visit since the plans began (one no-show, one cancellation), and the caseworker's monthly home visits. */
export function buildSampleContacts(clock: SampleClock, plans: readonly VisitationPlan[]): Contact[] {
  const [motherPlan, fatherPlan] = plans;
  const child = sampleIds.child;
  const contacts: Contact[] = [];
  if (motherPlan) {
    const present = [child, sampleIds.mother];
    contacts.push(
      ...contactsForPlan(clock, motherPlan, { participants: present, notes: 'Visit went well. Ana was on time and attentive.' }, [
        { outcome: { type: 'completed' }, participants: present, notes: 'Warm greeting. They read a book together and Ana helped with homework.' },
        { outcome: { type: 'no-show', who: { party: 'visitor', participantId: sampleIds.mother } }, participants: [child], notes: 'Ana did not come and did not call. Sofia was disappointed; Linda comforted her.' },
        { outcome: { type: 'completed' }, participants: present, notes: 'Ana apologised for last week (missed bus). Good visit; they played a board game.' },
        { outcome: { type: 'completed' }, participants: present, notes: 'Ana brought a meal. Sofia asked when she can sleep over at her mother’s home.' },
      ]),
    );
  }
  if (fatherPlan) {
    const present = [child, sampleIds.father, sampleIds.grandmother];
    contacts.push(
      ...contactsForPlan(clock, fatherPlan, { participants: present, notes: 'Park and lunch at Rosa’s. Rosa reports a calm, happy visit.' }, [
        { outcome: { type: 'cancelled', by: { party: 'agency' } }, participants: [child], notes: 'Cancelled by the agency: no transport available. A make-up visit is being arranged.' },
        { outcome: { type: 'completed' }, participants: present, notes: 'Marcus taught Sofia to ride a bike. Rosa reports a calm, happy visit.' },
      ]),
    );
  }
  for (const daysAgo of [70, 42, 12]) contacts.push(homeVisit(clock, daysAgo));
  contacts.push(therapyVisit(clock));
  return contacts;
}

const homeVisitNotes: Record<number, string> = {
  70: 'First visit after placement. Sofia is shy but eating and sleeping well. Linda has set up a quiet room for her.',
  42: 'Sofia is settling in; she misses her mother. Linda keeps a routine. No safety concerns.',
  12: 'Sofia showed her room and her school drawings. Sleeping better. No safety concerns.',
};

/** The caseworker's monthly visit to the child at the foster home (not part of a visitation plan). */
/** Sofia's play therapy session three days ago, logged by the caseworker against the case plan item and its appointment. */
function therapyVisit(clock: SampleClock): Contact {
  const date = clock.day(-3);
  const draft = createDraftContact({
    id: `contact-therapy-${date}`,
    caseId: sampleCaseId,
    childId: sampleIds.child,
    authorId: sampleCurrentUser.id,
    createdAt: fromZoned(date, '18:30', sampleTimeZone).toISOString(),
    occurredAt: fromZoned(date, '16:00', sampleTimeZone).toISOString(),
  });
  return {
    ...draft,
    type: 'office',
    durationMinutes: 50,
    participantIds: [sampleIds.child, sampleIds.fosterParent],
    location: 'Bright Futures Clinic',
    notes: 'Play therapy session. Dr. Patel says Sofia draws her family more often and talks about the visits.',
    planItem: { servicePlanId: 'plan-almeida-reunification', itemId: 'item-play-therapy', appointmentId: 'appt-therapy-4' },
  };
}

function homeVisit(clock: SampleClock, daysAgo: number): Contact {
  const child = sampleIds.child;
  const homeVisitDate = clock.day(-daysAgo);
  const draft = createDraftContact({
    id: `contact-home-visit-${homeVisitDate}`,
    caseId: sampleCaseId,
    childId: child,
    authorId: sampleCurrentUser.id,
    createdAt: fromZoned(homeVisitDate, '18:00', sampleTimeZone).toISOString(),
    occurredAt: fromZoned(homeVisitDate, '15:30', sampleTimeZone).toISOString(),
  });
  return {
    ...draft,
    type: 'caseworker-home-visit',
    durationMinutes: 45,
    participantIds: [child, sampleIds.fosterParent, sampleIds.caseworker],
    location: 'Foster home (Okafor family)',
    atChildResidence: true,
    notes: homeVisitNotes[daysAgo] ?? 'Sofia is doing well in the placement. No safety concerns.',
  };
}
