import { createActor, waitFor, type Actor } from 'xstate';
import { contactLogMachine } from '../../../src/machines/visitation/contact-log-machine.js';
import { selectContactLogMode, type ContactLogMode, type ContactLogSnapshot } from '../../../src/machines/visitation/contact-log-selectors.js';
import type { ContactLogEvent, ContactLogInput } from '../../../src/machines/visitation/contact-log-types.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { worker } from './planner-harness.js';

export interface ContactLogHarness {
  actor: Actor<typeof contactLogMachine>;
  emitted: { type: string }[];
  clock: { now: Date };
  send(event: ContactLogEvent): void;
  until(mode: ContactLogMode): Promise<ContactLogSnapshot>;
  /** Idle with the whole log read (storage answers `newest` with a first page; the rest follows). */
  untilWhole(): Promise<ContactLogSnapshot>;
  snapshot(): ContactLogSnapshot;
}

export function startContactLog(storage: StorageAdapter, input: Partial<ContactLogInput> = {}, now = new Date('2026-04-01T12:00:00.000Z')): ContactLogHarness {
  const clock = { now };
  let ids = 0;
  const actor = createActor(contactLogMachine, {
    input: { storage, caseId: 'case-1', childId: 'child-1', currentUser: worker, now: () => clock.now, createId: () => `new-contact-${++ids}`, timeZone: 'Europe/Lisbon', ...input },
  });
  const emitted: { type: string }[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  return {
    actor,
    emitted,
    clock,
    send: (event) => actor.send(event),
    until: (mode) => waitFor(actor, (snapshot) => selectContactLogMode(snapshot) === mode, { timeout: 3000 }),
    untilWhole: () => waitFor(actor, (snapshot) => selectContactLogMode(snapshot) === 'idle' && snapshot.context.complete, { timeout: 3000 }),
    snapshot: () => actor.getSnapshot(),
  };
}

export async function seedContacts(storage: StorageAdapter, ...contacts: Contact[]): Promise<Contact[]> {
  const stored: Contact[] = [];
  for (const contact of contacts) stored.push(await storage.put('contact', { ...contact, version: 0 }, { action: 'contact.recorded' }));
  return stored;
}
