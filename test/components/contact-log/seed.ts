import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact, ContactOutcome } from '../../../src/model/visitation/contact.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { createDraftContact, createDraftVisitationPlan } from '../../../src/model/visitation/create.js';

/** An active weekly supervised visit with the mother, Tuesdays 16:00 in Lisbon, from 1 March 2026. */
export function weeklyPlan(): VisitationPlan {
  return {
    ...createDraftVisitationPlan({ id: 'plan-weekly', caseId: 'case-1', childId: 'child-1', createdBy: 'worker-1', createdAt: '2026-02-25T09:00:00.000Z', startDate: '2026-03-01', timeZone: 'Europe/Lisbon' }),
    title: 'Weekly visit with mother',
    participants: [
      { participantId: 'child-1', role: 'child' },
      { participantId: 'mother-1', role: 'visitor' },
    ],
    recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [2] },
    durationMinutes: 90,
    supervision: { level: 'supervised', supervisorName: 'Ana Costa' },
    status: 'active',
    activatedOn: '2026-03-01',
  };
}

/** Stores the weekly plan (version 1) and returns it. */
export async function seedWeeklyPlan(storage: StorageAdapter): Promise<VisitationPlan> {
  return storage.put('visitationPlan', weeklyPlan(), { action: 'visitation-plan.created' });
}

let counter = 0;

export function contactAt(occurredAt: string, outcome: ContactOutcome = { type: 'completed' }, overrides: Partial<Contact> = {}): Contact {
  counter += 1;
  return {
    ...createDraftContact({ id: `seed-contact-${counter}`, caseId: 'case-1', childId: 'child-1', authorId: 'worker-1', createdAt: '2026-03-01T09:00:00.000Z', occurredAt }),
    participantIds: ['child-1', 'mother-1'],
    outcome,
    ...overrides,
  };
}

/** `count` contacts, one every few hours backwards from March 2026, of every type and outcome (for the long list). */
export function manyContacts(count: number): Contact[] {
  const types = ['visit', 'phone', 'video', 'caseworker-home-visit', 'office'] as const;
  const start = Date.parse('2026-03-30T10:00:00.000Z');
  return Array.from({ length: count }, (_, index) =>
    contactAt(new Date(start - index * 3 * 3_600_000).toISOString(), index % 7 === 3 ? { type: 'cancelled', by: { party: 'visitor' } } : { type: 'completed' }, {
      id: `bulk-${String(index).padStart(5, '0')}`,
      type: types[index % types.length]!,
      notes: index === 0 ? '<img src=x onerror=alert(1)> plain text' : '',
    }),
  );
}

/**
 * The weekly plan and a contact kept under it in case-1, beside a contact and a plan stored under case-2 that name the
 * same child (written by another case's element, an import, or by hand in devtools): case-1's elements must not count them.
 */
export async function storageWithOtherCase(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'kept-3', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { id: 'other-case-10', caseId: 'case-2', notes: 'Written in case-2', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }));
  await storage.put('visitationPlan', { ...weeklyPlan(), id: 'plan-other-case', caseId: 'case-2', title: 'Plan of case-2' });
  return storage;
}
