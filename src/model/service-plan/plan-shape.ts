import * as z from 'zod/mini';
import { PlanItemSchema } from './plan-item.js';
import { MAX_ITEMS_PER_SUB_GOAL, MAX_SUB_GOALS, ServicePlanContentSchema, SubGoalSchema } from './plan.js';

type Issue = z.core.$ZodIssue;

/*
 * The schema check of a plan after an edit, remembering each plan item's findings by the item object:
 * an edit keeps the items it did not touch (shareUnchanged), so a 1 000-item plan costs one item's
 * check instead of a thousand. Plans are values (never changed in place; an edit makes a new plan),
 * which is what makes the item object a safe key. The findings, their order and their paths are
 * exactly those of ServicePlanContentSchema (a unit test holds them equal).
 */
const itemIssues = new WeakMap<object, readonly Issue[]>();

function issuesOfItem(item: unknown): readonly Issue[] {
  const remembered = typeof item === 'object' && item !== null ? itemIssues.get(item) : undefined;
  if (remembered) return remembered;
  const result = z.safeParse(PlanItemSchema, item);
  const issues = result.success ? [] : result.error.issues;
  if (typeof item === 'object' && item !== null) itemIssues.set(item, issues);
  return issues;
}

const RememberedItemSchema = z.unknown().check(
  z.superRefine((item, context) => {
    // Copies: zod prefixes an issue's path in place as it bubbles up to the plan.
    for (const issue of issuesOfItem(item)) context.addIssue({ ...issue, path: [...issue.path] } as Parameters<typeof context.addIssue>[0]);
  }),
);

const EditedSubGoalSchema = z.extend(SubGoalSchema, {
  items: z.array(RememberedItemSchema).check(z.maxLength(MAX_ITEMS_PER_SUB_GOAL, 'value.too-many')),
});

const EditedPlanSchema = z.extend(ServicePlanContentSchema, {
  subGoals: z.array(EditedSubGoalSchema).check(z.maxLength(MAX_SUB_GOALS, 'value.too-many')),
});

/** What ServicePlanContentSchema finds in `plan` (empty when valid), with unchanged items not checked again. */
export function planShapeIssues(plan: unknown): readonly Issue[] {
  const result = z.safeParse(EditedPlanSchema, plan);
  return result.success ? [] : result.error.issues;
}
