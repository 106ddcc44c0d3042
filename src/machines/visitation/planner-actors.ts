/** The visitation planner's read from storage (an actor the machine invokes); the pure updates are in planner-updates.ts. */
import { fromPromise } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import { CONTACT_KIND, type Contact } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND, type VisitationPlan } from '../../model/visitation/plan.js';
import { contactInLog, planInLog } from '../../model/visitation/log-scope.js';
import { unreadableFrom, type UnreadableRecord } from '../shared/record-list.js';

/** The child's plans and contacts in this case (never another case's); records that fail validation are reported apart, the rest load. */
export const loadChildVisitation = fromPromise<{ plans: VisitationPlan[]; contacts: Contact[]; unreadable: UnreadableRecord[] }, { storage: StorageAdapter; caseId: string; childId: string }>(
  async ({ input }) => {
    const scope = { caseId: input.caseId, childId: input.childId, visitationPlanId: undefined };
    const [plans, contacts] = await Promise.all([
      input.storage.list<VisitationPlan>(VISITATION_PLAN_KIND, { childId: input.childId }),
      input.storage.list<Contact>(CONTACT_KIND, { childId: input.childId }),
    ]);
    return {
      plans: plans.records.filter((plan) => planInLog(scope, plan)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      contacts: contacts.records.filter((contact) => contactInLog(scope, contact)),
      unreadable: unreadableFrom([...plans.corrupt, ...contacts.corrupt]),
    };
  },
);
