import type { Actor } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import type { CarriedEdit } from '../../machines/shared/carry-over.js';
import { CONTACT_KIND } from '../../model/visitation/contact.js';
import { contactLogMachine } from '../../machines/visitation/contact-log-machine.js';
import { selectContactLogComplete, selectContactLogMode, type ContactLogSnapshot } from '../../machines/visitation/contact-log-selectors.js';
import type { ActorSlotOptions } from '../shared/controllers/actor-slot.js';
import type { CaseplanContextController } from '../shared/controllers/caseplan-context-controller.js';
import { formSlotOptions } from '../visits-shared/form-slot.js';

type LogActor = Actor<typeof contactLogMachine>;

/** What the log's actor slot reads of the element, and what it tells it. */
export interface LogSlotHost {
  element: HTMLElement & { caseId?: string | undefined; childId?: string | undefined; visitationPlanId?: string | undefined };
  context: CaseplanContextController;
  /** The `time-zone` attribute when Intl knows it. */
  timeZone(): string | undefined;
  /** Listens to what a new actor emits. */
  listen(actor: LogActor): void;
  /** Whether the element still uses this actor's controller. */
  isCurrent(controller: object): boolean;
  /** A form carried from another storage waits (true) because the new storage cannot be read, or no longer (false). */
  carryWaiting(waits: boolean): void;
}

/** What of the log's snapshot re-renders it when it changes (compared field by field). */
function logSelection(snapshot: ContactLogSnapshot) {
  return {
    mode: selectContactLogMode(snapshot),
    complete: selectContactLogComplete(snapshot),
    contacts: snapshot.context.contacts,
    plans: snapshot.context.plans,
    filter: snapshot.context.filter,
    order: snapshot.context.order,
    editor: snapshot.context.editor,
    conflict: snapshot.context.conflict,
    error: snapshot.context.error,
    rejected: snapshot.context.rejected,
  };
}

/** The log's actor slot: started once the case (and storage) are there, carried to another storage, its form written on leaving. */
export function logSlotOptions(host: LogSlotHost): ActorSlotOptions<typeof contactLogMachine, ReturnType<typeof logSelection>, CarriedEdit<StoredRecord>> {
  const { element, context } = host;
  return {
    ...formSlotOptions<LogActor>({ kind: CONTACT_KIND, element, context, listen: (actor) => host.listen(actor), isCurrent: (controller) => host.isCurrent(controller), carryWaiting: (waits) => host.carryWaiting(waits) }),
    scope: () => (element.caseId ? [element.caseId, element.childId, element.visitationPlanId, host.timeZone()].join('|') : undefined),
    actor: (storage) => ({
      logic: contactLogMachine,
      options: () => ({
        input: {
          storage,
          caseId: element.caseId ?? '',
          ...(element.childId ? { childId: element.childId } : {}),
          ...(element.visitationPlanId ? { visitationPlanId: element.visitationPlanId } : {}),
          currentUser: context.currentUser ?? { id: 'unknown-user', name: '' },
          now: () => context.now(),
          ...(host.timeZone() ? { timeZone: host.timeZone() } : {}),
        },
      }),
      select: logSelection,
    }),
    follow: {
      values: () => [context.currentUser],
      event: () => (context.currentUser ? { type: 'UPDATE_INPUT' as const, currentUser: context.currentUser } : undefined),
    },
  };
}
