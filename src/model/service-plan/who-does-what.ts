import type { PlanItemStatus, Responsibility } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';

/** Whom a task falls to: a responsibility of a plan item, someone named in the safety plan, or nobody yet. */
export type ResponsibleParty = Responsibility | { type: 'named'; name: string } | { type: 'unassigned' };

export interface PersonTask {
  /** A plan item, or a step of the safety plan. */
  kind: 'item' | 'safety-action';
  id: string;
  /** The item's name, or the safety step as written. */
  what: string;
  /** What the person is asked to do in plain words: the client's instructions, or the worker's steps. */
  how?: string;
  /** The sub-goal the item serves. */
  subGoalTitle?: string;
  /** By when (the item's expected end), a calendar date. */
  by?: string;
  status?: PlanItemStatus;
}

export interface PersonTasks {
  party: ResponsibleParty;
  tasks: PersonTask[];
}

function partyKey(party: ResponsibleParty): string {
  switch (party.type) {
    case 'caseworker':
      return 'caseworker';
    case 'org-user':
      return `user:${party.userId}`;
    case 'participant':
      return `participant:${party.participantId}`;
    case 'named':
      return `named:${party.name.trim().toLowerCase()}`;
    case 'unassigned':
      return 'unassigned';
  }
}

/** Participants first (the principal participant, then members in plan order, then anyone else), then the caseworker, other users, people named in the safety plan, and what nobody has yet. */
function partyRank(party: ResponsibleParty, members: readonly string[]): number {
  switch (party.type) {
    case 'participant': {
      const index = members.indexOf(party.participantId);
      return index >= 0 ? index : members.length;
    }
    case 'caseworker':
      return members.length + 1;
    case 'org-user':
      return members.length + 2;
    case 'named':
      return members.length + 3;
    case 'unassigned':
      return members.length + 4;
  }
}

/**
 * Who does what by when, per person: the plain-language list a parent follows and a court reads.
 * Every plan item that is not discontinued, under whoever carries it out (the client's instructions for
 * a participant, the worker's steps for the caseworker or another user), earliest due first and undated
 * last; then each step of the safety plan under the person it names. Nothing is dropped: an item with
 * no one responsible is listed under "unassigned".
 */
export function whoDoesWhat(plan: Pick<ServicePlanContent, 'principalParticipantId' | 'participantIds' | 'subGoals' | 'safetyPlan'>): PersonTasks[] {
  const groups = new Map<string, PersonTasks>();
  const add = (party: ResponsibleParty, task: PersonTask): void => {
    const key = partyKey(party);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { party, tasks: [] }));
    group.tasks.push(task);
  };
  for (const subGoal of plan.subGoals) {
    for (const item of subGoal.items) {
      if (item.status === 'discontinued') continue;
      const party: ResponsibleParty = item.responsibility ?? { type: 'unassigned' };
      const how = party.type === 'participant' ? item.clientInstructions : party.type === 'unassigned' ? '' : item.workerSteps;
      add(party, {
        kind: 'item',
        id: item.id,
        what: item.source.name,
        subGoalTitle: subGoal.title,
        status: item.status,
        ...(how.trim() ? { how } : {}),
        ...(item.expectedEnd ? { by: item.expectedEnd } : {}),
      });
    }
  }
  const itemCount = new Map([...groups].map(([key, group]) => [key, group.tasks.length]));
  for (const action of plan.safetyPlan?.actions ?? []) {
    const party: ResponsibleParty = action.participantId ? { type: 'participant', participantId: action.participantId } : action.name ? { type: 'named', name: action.name } : { type: 'unassigned' };
    add(party, { kind: 'safety-action', id: action.id, what: action.action });
  }
  const members = [...new Set([...(plan.principalParticipantId ? [plan.principalParticipantId] : []), ...plan.participantIds])];
  const result = [...groups.entries()].map(([key, group]) => {
    const items = group.tasks.slice(0, itemCount.get(key) ?? 0);
    const steps = group.tasks.slice(itemCount.get(key) ?? 0);
    // Dated items by date (a stable sort keeps plan order among equals), undated after them; safety steps last.
    const dated = items.filter((task) => task.by !== undefined).sort((a, b) => a.by!.localeCompare(b.by!));
    const undated = items.filter((task) => task.by === undefined);
    return { party: group.party, tasks: [...dated, ...undated, ...steps] };
  });
  return result.sort((a, b) => partyRank(a.party, members) - partyRank(b.party, members));
}
