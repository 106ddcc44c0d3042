/** The visitation planner's read from storage (an actor the machine invokes); the pure updates are in planner-updates.ts. */
import { fromPromise } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import { CONTACT_KIND, type Contact } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND, type VisitationPlan } from '../../model/visitation/plan.js';
import { unreadableFrom, type UnreadableRecord } from '../shared/record-list.js';

/** The child's plans and contacts; records that fail validation are reported apart, the rest load. */
export const loadChildVisitation = fromPromise<{ plans: VisitationPlan[]; contacts: Contact[]; unreadable: UnreadableRecord[] }, { storage: StorageAdapter; childId: string }>(
  async ({ input }) => {
    const [plans, contacts] = await Promise.all([
      input.storage.list<VisitationPlan>(VISITATION_PLAN_KIND, { childId: input.childId }),
      input.storage.list<Contact>(CONTACT_KIND, { childId: input.childId }),
    ]);
    return {
      plans: plans.records.filter((plan) => plan.childId === input.childId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      contacts: contacts.records.filter((contact) => contact.childId === input.childId),
      unreadable: unreadableFrom([...plans.corrupt, ...contacts.corrupt]),
    };
  },
);
