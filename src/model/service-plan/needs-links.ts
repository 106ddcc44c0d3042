import { violation, type Violation } from '../shared/violation.js';
import type { PlanItem } from './plan-item.js';
import type { ServicePlanContent, SubGoal } from './plan.js';

/** Which list a link points into: a sub-goal or item `addressesNeeds` the plan's needs, `buildsOnStrengths` its strengths. */
export type LinkKind = 'needs' | 'strengths';
export const linkFieldOf = { needs: 'addressesNeeds', strengths: 'buildsOnStrengths' } as const satisfies Record<LinkKind, keyof SubGoal & keyof PlanItem>;

type Linkable = Pick<SubGoal, 'addressesNeeds' | 'buildsOnStrengths'>;

/** Sets a link list on a sub-goal or item: trimmed, each entry once; an empty list removes the field. */
export function setLinks(target: Linkable, kind: LinkKind, entries: readonly string[]): void {
  const field = linkFieldOf[kind];
  const cleaned = [...new Set(entries.map((entry) => entry.trim()).filter((entry) => entry !== ''))];
  if (cleaned.length === 0) delete target[field];
  else target[field] = cleaned;
}

/**
 * After the plan's needs (or strengths) changed: links to an entry that is no longer in the list go,
 * so no sub-goal or item claims to answer a need the plan does not have. Changes the plan in place.
 */
export function pruneLinks(plan: ServicePlanContent, kind: LinkKind): void {
  const kept = new Set(plan[kind]);
  const field = linkFieldOf[kind];
  const prune = (target: Linkable) => {
    const links = target[field];
    if (links && links.some((entry) => !kept.has(entry))) setLinks(target, kind, links.filter((entry) => kept.has(entry)));
  };
  for (const subGoal of plan.subGoals) {
    prune(subGoal);
    subGoal.items.forEach(prune);
  }
}

/** One need or strength and what in the plan answers it (or builds on it). */
export interface LinkCoverage {
  text: string;
  subGoals: { id: string; title: string }[];
  items: { id: string; name: string; subGoalId: string }[];
}

/**
 * For each of the plan's needs (or strengths), the sub-goals and items linked to it, in plan order.
 * A need nothing answers has two empty lists: the editor says so, and the printed plan can too.
 */
export function linkCoverage(plan: Pick<ServicePlanContent, 'subGoals' | 'needs' | 'strengths'>, kind: LinkKind): LinkCoverage[] {
  const field = linkFieldOf[kind];
  return plan[kind].map((text) => ({
    text,
    subGoals: plan.subGoals.filter((subGoal) => subGoal[field]?.includes(text)).map((subGoal) => ({ id: subGoal.id, title: subGoal.title })),
    items: plan.subGoals.flatMap((subGoal) => subGoal.items.filter((item) => item[field]?.includes(text)).map((item) => ({ id: item.id, name: item.source.name, subGoalId: subGoal.id }))),
  }));
}

/** A link names one of the plan's needs (strengths): one imported or merged from elsewhere may not. */
export function checkNeedLinks(plan: Pick<ServicePlanContent, 'subGoals' | 'needs' | 'strengths'>): Violation[] {
  const found: Violation[] = [];
  for (const kind of ['needs', 'strengths'] as const) {
    const known = new Set(plan[kind]);
    const field = linkFieldOf[kind];
    const code = kind === 'needs' ? 'plan.link.need-unknown' : 'plan.link.strength-unknown';
    const check = (target: Linkable, path: (string | number)[]) =>
      target[field]?.forEach((text, index) => {
        if (!known.has(text)) found.push(violation(code, [...path, field, index], { text }));
      });
    plan.subGoals.forEach((subGoal, subGoalIndex) => {
      check(subGoal, ['subGoals', subGoalIndex]);
      subGoal.items.forEach((item, itemIndex) => check(item, ['subGoals', subGoalIndex, 'items', itemIndex]));
    });
  }
  return found;
}
