import type { CaseParticipant } from '../participant.js';
import { hearingsOf } from './review-schedule.js';
import type { PlanItem } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';

/**
 * One thing that changed between two revisions, as data the UI localizes like a Violation:
 * `plan.change.sub-goal-added` with `{ title }`, `plan.change.item-status` with `{ item, before, after }`.
 * `path` points at the field in the newer revision (or the older one for a removal).
 */
export interface PlanChange {
  code: string;
  path: (string | number)[];
  params: Record<string, string | number>;
}

function change(code: string, path: (string | number)[], params: Record<string, string | number> = {}): PlanChange {
  return { code, path, params };
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, { value: T; index: number }> {
  return new Map(list.map((value, index) => [value.id, { value, index }]));
}

function textListChanges(kind: 'need' | 'strength', field: 'needs' | 'strengths', older: readonly string[], newer: readonly string[]): PlanChange[] {
  return [
    ...newer.filter((entry) => !older.includes(entry)).map((entry) => change(`plan.change.${kind}-added`, [field, newer.indexOf(entry)], { text: entry })),
    ...older.filter((entry) => !newer.includes(entry)).map((entry) => change(`plan.change.${kind}-removed`, [field], { text: entry })),
  ];
}

type NameOf = (participantId: string | undefined) => string;

function participantChanges(older: readonly string[], newer: readonly string[], nameOf: NameOf): PlanChange[] {
  return [
    ...newer.filter((id) => !older.includes(id)).map((id) => change('plan.change.participant-added', ['participantIds', newer.indexOf(id)], { participantId: id, name: nameOf(id) })),
    ...older.filter((id) => !newer.includes(id)).map((id) => change('plan.change.participant-removed', ['participantIds'], { participantId: id, name: nameOf(id) })),
  ];
}

interface LocatedItem {
  item: PlanItem;
  subGoalTitle: string;
  subGoalId: string;
  path: (string | number)[];
}

function itemsById(plan: ServicePlanContent): Map<string, LocatedItem> {
  const items = new Map<string, LocatedItem>();
  plan.subGoals.forEach((subGoal, subGoalIndex) =>
    subGoal.items.forEach((item, itemIndex) => items.set(item.id, { item, subGoalTitle: subGoal.title, subGoalId: subGoal.id, path: ['subGoals', subGoalIndex, 'items', itemIndex] })),
  );
  return items;
}

const delivered = (item: PlanItem) => item.deliveries.reduce((sum, delivery) => sum + delivery.units, 0);
const responsibilityKey = (item: PlanItem) => JSON.stringify(item.responsibility ?? null);

function itemChanges(older: ServicePlanContent, newer: ServicePlanContent): PlanChange[] {
  const before = itemsById(older);
  const after = itemsById(newer);
  const changes: PlanChange[] = [];
  for (const [id, now] of after) {
    const name = now.item.source.name;
    const then = before.get(id);
    if (!then) {
      changes.push(change('plan.change.item-added', now.path, { item: name, subGoal: now.subGoalTitle }));
      continue;
    }
    if (then.subGoalId !== now.subGoalId) changes.push(change('plan.change.item-moved', now.path, { item: name, before: then.subGoalTitle, after: now.subGoalTitle }));
    if (then.item.source.name !== name) changes.push(change('plan.change.item-renamed', [...now.path, 'source', 'name'], { before: then.item.source.name, after: name }));
    if (then.item.status !== now.item.status) changes.push(change('plan.change.item-status', [...now.path, 'status'], { item: name, before: then.item.status, after: now.item.status }));
    for (const field of ['expectedStart', 'expectedEnd'] as const) {
      if (then.item[field] !== now.item[field]) {
        changes.push(change('plan.change.item-date', [...now.path, field], { item: name, field, before: then.item[field] ?? '', after: now.item[field] ?? '' }));
      }
    }
    if (responsibilityKey(then.item) !== responsibilityKey(now.item)) changes.push(change('plan.change.item-responsibility', [...now.path, 'responsibility'], { item: name }));
    if (then.item.unitsAuthorized !== now.item.unitsAuthorized) {
      changes.push(change('plan.change.item-units-authorized', [...now.path, 'unitsAuthorized'], { item: name, before: then.item.unitsAuthorized ?? 0, after: now.item.unitsAuthorized ?? 0 }));
    }
    if (delivered(then.item) !== delivered(now.item)) changes.push(change('plan.change.item-units-delivered', [...now.path, 'deliveries'], { item: name, before: delivered(then.item), after: delivered(now.item) }));
    if (JSON.stringify(then.item.cost ?? null) !== JSON.stringify(now.item.cost ?? null)) changes.push(change('plan.change.item-cost', [...now.path, 'cost'], { item: name }));
    if (then.item.expectedOutcome !== now.item.expectedOutcome) changes.push(change('plan.change.item-expected-outcome', [...now.path, 'expectedOutcome'], { item: name }));
    if (JSON.stringify(then.item.linkedService ?? null) !== JSON.stringify(now.item.linkedService ?? null)) changes.push(change('plan.change.item-service', [...now.path, 'linkedService'], { item: name }));
  }
  for (const [id, then] of before) if (!after.has(id)) changes.push(change('plan.change.item-removed', then.path, { item: then.item.source.name, subGoal: then.subGoalTitle }));
  return changes;
}

function subGoalChanges(older: ServicePlanContent, newer: ServicePlanContent): PlanChange[] {
  const before = byId(older.subGoals);
  const changes: PlanChange[] = [];
  newer.subGoals.forEach((subGoal, index) => {
    const then = before.get(subGoal.id)?.value;
    if (!then) return void changes.push(change('plan.change.sub-goal-added', ['subGoals', index], { title: subGoal.title }));
    if (then.title !== subGoal.title) changes.push(change('plan.change.sub-goal-retitled', ['subGoals', index, 'title'], { before: then.title, after: subGoal.title }));
    if (then.description !== subGoal.description) changes.push(change('plan.change.sub-goal-description', ['subGoals', index, 'description'], { title: subGoal.title }));
  });
  const after = byId(newer.subGoals);
  older.subGoals.forEach((subGoal, index) => {
    if (!after.has(subGoal.id)) changes.push(change('plan.change.sub-goal-removed', ['subGoals', index], { title: subGoal.title }));
  });
  return changes;
}

function milestoneChanges(older: ServicePlanContent, newer: ServicePlanContent): PlanChange[] {
  const before = byId(older.milestones);
  const after = byId(newer.milestones);
  const changes: PlanChange[] = [];
  newer.milestones.forEach((milestone, index) => {
    const then = before.get(milestone.id)?.value;
    if (!then) return void changes.push(change('plan.change.milestone-added', ['milestones', index], { title: milestone.title, dueDate: milestone.dueDate }));
    if (then.dueDate !== milestone.dueDate) changes.push(change('plan.change.milestone-due-date', ['milestones', index, 'dueDate'], { title: milestone.title, before: then.dueDate, after: milestone.dueDate }));
    if (then.achievedDate === undefined && milestone.achievedDate !== undefined) changes.push(change('plan.change.milestone-achieved', ['milestones', index, 'achievedDate'], { title: milestone.title, date: milestone.achievedDate }));
  });
  older.milestones.forEach((milestone, index) => {
    if (!after.has(milestone.id)) changes.push(change('plan.change.milestone-removed', ['milestones', index], { title: milestone.title }));
  });
  return changes;
}

function planLevelChanges(older: ServicePlanContent, newer: ServicePlanContent, nameOf: NameOf): PlanChange[] {
  const changes: PlanChange[] = [];
  if (older.goal.title !== newer.goal.title) changes.push(change('plan.change.goal', ['goal', 'title'], { before: older.goal.title, after: newer.goal.title }));
  if (older.goal.description !== newer.goal.description) changes.push(change('plan.change.goal-description', ['goal', 'description']));
  if (older.status !== newer.status) changes.push(change('plan.change.status', ['status'], { before: older.status, after: newer.status }));
  if (older.principalParticipantId !== newer.principalParticipantId) {
    changes.push(change('plan.change.principal', ['principalParticipantId'], { before: nameOf(older.principalParticipantId), after: nameOf(newer.principalParticipantId) }));
  }
  for (const field of ['primary', 'concurrent'] as const) {
    const before = older.permanency?.[field] ?? '';
    const after = newer.permanency?.[field] ?? '';
    if (before !== after) changes.push(change('plan.change.permanency', ['permanency', field], { field, before, after }));
  }
  if (older.reviewSchedule.intervalMonths !== newer.reviewSchedule.intervalMonths) {
    changes.push(change('plan.change.review-interval', ['reviewSchedule', 'intervalMonths'], { before: older.reviewSchedule.intervalMonths, after: newer.reviewSchedule.intervalMonths }));
  }
  const reviewIds = new Set(older.reviews.map((review) => review.id));
  newer.reviews.forEach((review, index) => {
    if (!reviewIds.has(review.id)) changes.push(change('plan.change.review-recorded', ['reviews', index], { date: review.date, type: review.type }));
  });
  if (JSON.stringify(older.safetyPlan ?? null) !== JSON.stringify(newer.safetyPlan ?? null)) changes.push(change('plan.change.safety-plan', ['safetyPlan']));
  const olderHearings = new Map(hearingsOf(older.reviewSchedule).map((hearing) => [hearing.id, hearing]));
  const newerHearings = hearingsOf(newer.reviewSchedule);
  for (const hearing of newerHearings) {
    const before = olderHearings.get(hearing.id);
    const params = { date: hearing.date, type: hearing.type };
    if (!before) changes.push(change('plan.change.hearing-added', ['reviewSchedule', 'hearings'], params));
    else if (before.date !== hearing.date || before.type !== hearing.type) changes.push(change('plan.change.hearing-changed', ['reviewSchedule', 'hearings'], params));
    else if ((before.outcome ?? '') !== (hearing.outcome ?? '')) changes.push(change('plan.change.hearing-outcome', ['reviewSchedule', 'hearings'], params));
  }
  for (const hearing of olderHearings.values()) {
    if (!newerHearings.some((kept) => kept.id === hearing.id)) changes.push(change('plan.change.hearing-removed', ['reviewSchedule', 'hearings'], { date: hearing.date, type: hearing.type }));
  }
  return changes;
}

/**
 * What changed from an older revision to a newer one, in the order a reader expects: the goal and
 * status, people, permanency and reviews, then sub-goals, items, milestones, needs and strengths.
 * With the case participants, people are named (`name`); otherwise their id stands in.
 * Params holding codes (statuses, permanency goals, review types) are for the UI to label.
 */
export function diffPlanRevisions(older: ServicePlanContent, newer: ServicePlanContent, participants: readonly CaseParticipant[] = []): PlanChange[] {
  const nameOf: NameOf = (id) => (id === undefined ? '' : (participants.find((participant) => participant.id === id)?.name ?? id));
  return [
    ...planLevelChanges(older, newer, nameOf),
    ...participantChanges(older.participantIds, newer.participantIds, nameOf),
    ...subGoalChanges(older, newer),
    ...itemChanges(older, newer),
    ...milestoneChanges(older, newer),
    ...textListChanges('need', 'needs', older.needs, newer.needs),
    ...textListChanges('strength', 'strengths', older.strengths, newer.strengths),
  ];
}
