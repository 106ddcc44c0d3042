import type { Contact } from './contact.js';
import type { VisitationPlan } from './plan.js';

export interface NewVisitationPlanInput {
  id: string;
  caseId: string;
  childId: string;
  /** The user creating the plan. */
  createdBy: string;
  /** The instant of creation (ISO 8601), passed in: the model has no clock. */
  createdAt: string;
  startDate: string;
  timeZone: string;
}

/**
 * A new draft plan at version 0 (not yet stored): the child is its first participant, weekly on the
 * start date's weekday at 16:00 for an hour, supervised in person. The worker fills in the rest.
 */
export function createDraftVisitationPlan(input: NewVisitationPlanInput): VisitationPlan {
  const [year = 1970, month = 1, day = 1] = input.startDate.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return {
    id: input.id,
    version: 0,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    updatedBy: input.createdBy,
    caseId: input.caseId,
    childId: input.childId,
    participants: [{ participantId: input.childId, role: 'child' }],
    basis: { type: 'mutually-agreed' },
    startDate: input.startDate,
    timeZone: input.timeZone,
    recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [weekday] },
    timeOfDay: '16:00',
    durationMinutes: 60,
    mode: 'in-person',
    supervision: { level: 'supervised' },
    notes: '',
    status: 'draft',
    suspensions: [],
  };
}

export interface NewContactInput {
  id: string;
  caseId: string;
  childId: string;
  authorId: string;
  createdAt: string;
  occurredAt: string;
  visitationPlanId?: string;
  plannedOccurrence?: string;
}

/** A new contact at version 0: a completed one-hour visit with the child, written by `authorId`. */
export function createDraftContact(input: NewContactInput): Contact {
  const contact: Contact = {
    id: input.id,
    version: 0,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    updatedBy: input.authorId,
    caseId: input.caseId,
    childId: input.childId,
    occurredAt: input.occurredAt,
    durationMinutes: 60,
    type: 'visit',
    participantIds: [input.childId],
    atChildResidence: false,
    outcome: { type: 'completed' },
    notes: '',
    authorId: input.authorId,
  };
  if (input.visitationPlanId !== undefined) {
    contact.planId = input.visitationPlanId;
    contact.visitationPlanId = input.visitationPlanId;
    if (input.plannedOccurrence !== undefined) contact.plannedOccurrence = input.plannedOccurrence;
  }
  return contact;
}
