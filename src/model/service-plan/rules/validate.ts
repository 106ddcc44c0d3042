import type { Violation } from '../../shared/violation.js';
import { reviewIntervalViolations } from '../review-schedule.js';
import type { CaseParticipant } from '../../participant.js';
import type { CatalogEntry } from '../../catalog.js';
import { violationsFromIssues } from '../../shared/zod-violations.js';
import { ServicePlanContentSchema, type ServicePlanContent } from '../plan.js';
import * as z from 'zod/mini';
import { checkCosts, checkPlanConsistency } from './consistency.js';
import { checkDateRanges } from './date-ranges.js';
import { checkItemPeopleAreMembers, checkLinkedServices, checkMembersAreCaseParticipants, checkPrimaryClientIsMember, checkPrincipalIsMember, checkSafetyActionsSayWho } from './membership.js';
import { checkUnits } from './units.js';
import { checkNeedLinks } from '../needs-links.js';
import { loneSurrogates } from '../../shared/text.js';

export interface ValidationContext {
  /** The case participants the host supplies; when given, plan members must be among them. */
  participants?: readonly CaseParticipant[];
  /** The service catalog; when given, linked services must exist and respect one client / several. */
  catalog?: readonly CatalogEntry[];
  /**
   * What the schema found in this very plan, when the caller has just checked it (an edit does):
   * saves a second parse of a large plan. Left out, the plan is checked here.
   */
  shapeViolations?: readonly Violation[];
}

/** Every text past its limit, as `value.too-long` Violations with the limit (a 50 000-character note is data, not a crash). */
export function checkTextLengths(plan: unknown): Violation[] {
  const result = z.safeParse(ServicePlanContentSchema, plan);
  return result.success ? [] : violationsFromIssues(result.error.issues).filter((found) => found.code === 'value.too-long');
}

function shapeFindings(plan: ServicePlanContent): Violation[] {
  const shape = z.safeParse(ServicePlanContentSchema, plan);
  return shape.success ? [] : violationsFromIssues(shape.error.issues);
}

const key = (found: Violation) => `${found.code}|${found.path.join('.')}`;

/**
 * Everything wrong with a plan, for the UI to show next to each field: invalid values (shape, lengths,
 * markup), then every rule. It does not include what is merely missing before submitting
 * (`submitReadiness`) or approvals still awaited (`missingApprovals`).
 */
export function validatePlan(plan: ServicePlanContent, context: ValidationContext = {}): Violation[] {
  const shapeViolations = context.shapeViolations ?? shapeFindings(plan);
  const ruleViolations = [
    ...checkDateRanges(plan),
    ...checkUnits(plan),
    ...checkCosts(plan),
    ...checkPrimaryClientIsMember(plan),
    ...checkPrincipalIsMember(plan),
    ...checkItemPeopleAreMembers(plan),
    ...checkPlanConsistency(plan),
    ...reviewIntervalViolations(plan),
    ...checkSafetyActionsSayWho(plan),
    ...checkNeedLinks(plan),
    ...(context.participants ? checkMembersAreCaseParticipants(plan, context.participants) : []),
    ...(context.catalog ? checkLinkedServices(plan, context.catalog) : []),
    ...loneSurrogates(plan),
  ];
  // A rule and the schema may flag the same field for the same reason (a negative cost): say it once.
  const seen = new Set<string>();
  return [...shapeViolations, ...ruleViolations].filter((found) => {
    if (seen.has(key(found))) return false;
    seen.add(key(found));
    return true;
  });
}
