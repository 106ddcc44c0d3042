import * as z from 'zod/mini';
import { hearingsOf } from './review-schedule.js';
import type { CourtHearing, PlanBasis, SafetyPlan } from './plan.js';
import { pruneLinks, setLinks } from './needs-links.js';
import { violation, type Violation } from '../shared/violation.js';
import { PlanEditSchema, type PlanEdit } from './edits.js';
import { checkEditAllowed } from './edit-permissions.js';
import { duplicateId, findSubGoal, moveWithin, setOptional, targetMissing, type EditEnvironment } from './edit-helpers.js';
import { violationsFromIssues } from '../shared/zod-violations.js';
import { addAppointment, removeAppointment, setAppointmentStatus } from './appointments.js';
import { addDelivery, addItem, moveItem, rateItemOutcome, removeDelivery, removeItem, setItemStatus, updateItem } from './item-edits.js';
import { ServicePlanContentSchema, type ServicePlanContent } from './plan.js';
import { shareUnchanged } from '../share-unchanged.js';
import { planShapeIssues } from './plan-shape.js';
import { workingCopy } from './working-copy.js';

export type { EditEnvironment } from './edit-helpers.js';

export type EditResult<T extends ServicePlanContent> =
  | { ok: true; plan: T; edit: PlanEdit; changed: boolean; shapeViolations: Violation[] }
  | { ok: false; violations: Violation[] };

type EditOf<T extends PlanEdit['type']> = Extract<PlanEdit, { type: T }>;

function addMember(plan: ServicePlanContent, participantId: string): void {
  if (!plan.participantIds.includes(participantId)) plan.participantIds.push(participantId);
}

const cleanList = (entries: readonly string[]) => entries.map((entry) => entry.trim()).filter((entry) => entry !== '');

function applyPlanLevel(plan: ServicePlanContent, edit: PlanEdit, env: EditEnvironment): Violation[] | undefined {
  switch (edit.type) {
    case 'set-goal':
      if (edit.title !== undefined) plan.goal.title = edit.title;
      if (edit.description !== undefined) plan.goal.description = edit.description;
      return [];
    case 'set-principal':
      plan.principalParticipantId = edit.participantId;
      addMember(plan, edit.participantId);
      return [];
    case 'set-primary-client':
      setOptional(plan, 'primaryClientId', edit.participantId);
      if (typeof edit.participantId === 'string') addMember(plan, edit.participantId);
      return [];
    case 'add-participant':
      addMember(plan, edit.participantId);
      return [];
    case 'remove-participant':
      // The case's primary client must stay a plan member: choose another primary client first.
      if (edit.participantId === plan.primaryClientId) return [violation('plan.primary-client-not-member', ['primaryClientId'], { participantId: edit.participantId })];
      plan.participantIds = plan.participantIds.filter((id) => id !== edit.participantId);
      return [];
    case 'set-needs':
      plan.needs = cleanList(edit.needs);
      pruneLinks(plan, 'needs');
      return [];
    case 'set-strengths':
      plan.strengths = cleanList(edit.strengths);
      pruneLinks(plan, 'strengths');
      return [];
    case 'set-basis':
      setBasis(plan, edit);
      return [];
    case 'set-permanency':
      return setPermanency(plan, edit);
    case 'set-review-schedule':
      if (edit.intervalMonths !== undefined) plan.reviewSchedule.intervalMonths = edit.intervalMonths;
      setOptional(plan.reviewSchedule, 'nextReviewDate', edit.nextReviewDate);
      if (edit.courtHearingDates !== undefined) plan.reviewSchedule.courtHearingDates = [...new Set(edit.courtHearingDates)].sort();
      return [];
    case 'record-review': {
      const id = edit.id ?? env.newId();
      if (plan.reviews.some((review) => review.id === id)) return [duplicateId(id)];
      plan.reviews.push({ id, date: edit.date, type: edit.reviewType, summary: edit.summary ?? '' });
      return [];
    }
    case 'add-hearing': {
      const id = edit.id ?? env.newId();
      const hearings = plan.reviewSchedule.hearings ?? [];
      if (hearings.some((hearing) => hearing.id === id)) return [duplicateId(id)];
      const outcome = edit.outcome?.trim();
      plan.reviewSchedule.hearings = [...hearings, { id, date: edit.date, type: edit.hearingType, ...(outcome ? { outcome } : {}) }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return [];
    }
    case 'update-hearing': {
      const hearing = adoptedHearing(plan, edit.hearingId);
      if (!hearing) return [targetMissing(edit.hearingId)];
      if (edit.date !== undefined) hearing.date = edit.date;
      if (edit.hearingType !== undefined) hearing.type = edit.hearingType;
      setOptional(hearing, 'outcome', edit.outcome === undefined || edit.outcome === null ? edit.outcome : edit.outcome.trim() || null);
      return [];
    }
    case 'remove-hearing': {
      if (!adoptedHearing(plan, edit.hearingId)) return [targetMissing(edit.hearingId)];
      plan.reviewSchedule.hearings = (plan.reviewSchedule.hearings ?? []).filter((hearing) => hearing.id !== edit.hearingId);
      return [];
    }
    case 'set-danger-signs':
      safetyPlanOf(plan).dangerSigns = cleanList(edit.dangerSigns);
      return [];
    case 'set-case-plan-detail':
      setCasePlanDetail(plan, edit);
      return [];
    case 'add-safety-action': {
      const id = edit.id ?? env.newId();
      const safety = safetyPlanOf(plan);
      if (safety.actions.some((entry) => entry.id === id)) return [duplicateId(id)];
      const name = edit.name?.trim();
      safety.actions.push({ id, action: edit.action.trim(), ...(edit.participantId ? { participantId: edit.participantId } : {}), ...(!edit.participantId && name ? { name } : {}) });
      return [];
    }
    case 'remove-safety-action': {
      const safety = safetyPlanOf(plan);
      if (!safety.actions.some((entry) => entry.id === edit.actionId)) return [targetMissing(edit.actionId)];
      safety.actions = safety.actions.filter((entry) => entry.id !== edit.actionId);
      return [];
    }
    case 'add-safety-support': {
      const id = edit.id ?? env.newId();
      const safety = safetyPlanOf(plan);
      if (safety.supports.some((entry) => entry.id === id)) return [duplicateId(id)];
      const contact = edit.contact?.trim();
      const helpsWith = edit.helpsWith?.trim();
      safety.supports.push({ id, name: edit.name.trim(), kind: edit.kind, ...(contact ? { contact } : {}), ...(helpsWith ? { helpsWith } : {}) });
      return [];
    }
    case 'remove-safety-support': {
      const safety = safetyPlanOf(plan);
      if (!safety.supports.some((entry) => entry.id === edit.supportId)) return [targetMissing(edit.supportId)];
      safety.supports = safety.supports.filter((entry) => entry.id !== edit.supportId);
      return [];
    }
    case 'request-revision': {
      const id = edit.id ?? env.newId();
      if (plan.revisionRequests.some((request) => request.id === id)) return [duplicateId(id)];
      plan.revisionRequests.push({ id, participantId: edit.participantId, date: env.today, text: edit.text, status: 'open' });
      return [];
    }
    case 'address-revision-request': {
      const request = plan.revisionRequests.find((candidate) => candidate.id === edit.requestId);
      if (!request) return [targetMissing(edit.requestId)];
      request.status = 'addressed';
      return [];
    }
    default:
      return undefined;
  }
}

function setBasis(plan: ServicePlanContent, edit: EditOf<'set-basis'>): void {
  const basis: PlanBasis = plan.basis ?? { assessmentSummary: '', history: '', currentSituation: '' };
  const trimmed = (value: string | null | undefined) => (typeof value === 'string' ? value.trim() || null : value);
  setOptional(basis, 'assessmentSource', trimmed(edit.assessmentSource));
  setOptional(basis, 'assessmentDate', trimmed(edit.assessmentDate));
  setOptional(basis, 'assessedBy', trimmed(edit.assessedBy));
  if (edit.assessmentSummary !== undefined) basis.assessmentSummary = edit.assessmentSummary;
  if (edit.history !== undefined) basis.history = edit.history;
  if (edit.currentSituation !== undefined) basis.currentSituation = edit.currentSituation;
  // Clearing a field of a basis never written writes nothing (a field's value before typing is such an edit).
  const empty = Object.values(basis).every((value) => value === '');
  if (plan.basis !== undefined || !empty) plan.basis = basis;
}

function setPermanency(plan: ServicePlanContent, edit: EditOf<'set-permanency'>): Violation[] {
  if (edit.primary === null) {
    delete plan.permanency;
    return [];
  }
  const primary = edit.primary ?? plan.permanency?.primary;
  if (primary === undefined) return edit.concurrent ? [targetMissing('permanency.primary')] : [];
  const permanency: NonNullable<ServicePlanContent['permanency']> = { primary };
  const concurrent = edit.concurrent === undefined ? plan.permanency?.concurrent : edit.concurrent;
  if (concurrent !== null && concurrent !== undefined) permanency.concurrent = concurrent;
  plan.permanency = permanency;
  return [];
}

function applyStructure(plan: ServicePlanContent, edit: PlanEdit, env: EditEnvironment): Violation[] | undefined {
  switch (edit.type) {
    case 'add-plan-group': {
      const id = edit.id ?? env.newId();
      if (plan.planGroups.some((group) => group.id === id)) return [duplicateId(id)];
      plan.planGroups.push({ id, name: edit.name });
      return [];
    }
    case 'rename-plan-group': {
      const group = plan.planGroups.find((candidate) => candidate.id === edit.groupId);
      if (!group) return [targetMissing(edit.groupId)];
      group.name = edit.name;
      return [];
    }
    case 'remove-plan-group':
      if (!plan.planGroups.some((group) => group.id === edit.groupId)) return [targetMissing(edit.groupId)];
      plan.planGroups = plan.planGroups.filter((group) => group.id !== edit.groupId);
      // The sub-goals stay; they are simply no longer grouped.
      for (const subGoal of plan.subGoals) if (subGoal.planGroupId === edit.groupId) delete subGoal.planGroupId;
      return [];
    case 'add-sub-goal': {
      const id = edit.id ?? env.newId();
      if (findSubGoal(plan, id)) return [duplicateId(id)];
      const subGoal: ServicePlanContent['subGoals'][number] = { id, title: edit.title, description: edit.description ?? '', items: [] };
      setOptional(subGoal, 'planGroupId', edit.planGroupId);
      plan.subGoals.push(subGoal);
      return [];
    }
    case 'update-sub-goal': {
      const subGoal = findSubGoal(plan, edit.subGoalId);
      if (!subGoal) return [targetMissing(edit.subGoalId)];
      if (edit.title !== undefined) subGoal.title = edit.title;
      if (edit.description !== undefined) subGoal.description = edit.description;
      setOptional(subGoal, 'planGroupId', edit.planGroupId);
      if (edit.addressesNeeds !== undefined) setLinks(subGoal, 'needs', edit.addressesNeeds);
      if (edit.buildsOnStrengths !== undefined) setLinks(subGoal, 'strengths', edit.buildsOnStrengths);
      return [];
    }
    case 'remove-sub-goal': {
      const index = plan.subGoals.findIndex((subGoal) => subGoal.id === edit.subGoalId);
      if (index < 0) return [targetMissing(edit.subGoalId)];
      plan.subGoals.splice(index, 1);
      return [];
    }
    case 'move-sub-goal': {
      const index = plan.subGoals.findIndex((subGoal) => subGoal.id === edit.subGoalId);
      if (index < 0) return [targetMissing(edit.subGoalId)];
      moveWithin(plan.subGoals, index, edit.toIndex);
      return [];
    }
    case 'add-milestone': {
      const id = edit.id ?? env.newId();
      if (plan.milestones.some((milestone) => milestone.id === id)) return [duplicateId(id)];
      plan.milestones.push({ id, title: edit.title, dueDate: edit.dueDate });
      return [];
    }
    case 'update-milestone': {
      const milestone = plan.milestones.find((candidate) => candidate.id === edit.milestoneId);
      if (!milestone) return [targetMissing(edit.milestoneId)];
      if (edit.title !== undefined) milestone.title = edit.title;
      if (edit.dueDate !== undefined) milestone.dueDate = edit.dueDate;
      setOptional(milestone, 'achievedDate', edit.achievedDate);
      return [];
    }
    case 'remove-milestone':
      if (!plan.milestones.some((milestone) => milestone.id === edit.milestoneId)) return [targetMissing(edit.milestoneId)];
      plan.milestones = plan.milestones.filter((milestone) => milestone.id !== edit.milestoneId);
      return [];
    default:
      return undefined;
  }
}

function applyItemEdit(plan: ServicePlanContent, edit: PlanEdit, env: EditEnvironment): Violation[] {
  switch (edit.type) {
    case 'add-item':
      return addItem(plan, edit, env);
    case 'update-item':
      return updateItem(plan, edit);
    case 'set-item-status':
      return setItemStatus(plan, edit, env);
    case 'rate-item-outcome':
      return rateItemOutcome(plan, edit, env);
    case 'remove-item':
      return removeItem(plan, edit);
    case 'move-item':
      return moveItem(plan, edit);
    case 'add-delivery':
      return addDelivery(plan, edit, env);
    case 'remove-delivery':
      return removeDelivery(plan, edit);
    case 'add-appointment':
      return addAppointment(plan, edit, env);
    case 'set-appointment-status':
      return setAppointmentStatus(plan, edit, env);
    case 'remove-appointment':
      return removeAppointment(plan, edit);
    default:
      return [targetMissing(edit.type)];
  }
}

const violationKey = (found: Violation) => `${found.code}|${found.path.join('.')}`;

/** One of the sections 675(1) asks for, as typed; one emptied (or left blank) is removed, and with the last one the whole record. */
function setCasePlanDetail(plan: ServicePlanContent, edit: EditOf<'set-case-plan-detail'>): void {
  const details = { ...plan.casePlanDetails };
  if (edit.value.trim()) details[edit.field] = edit.value;
  else delete details[edit.field];
  if (Object.keys(details).length > 0) plan.casePlanDetails = details;
  else delete plan.casePlanDetails;
}

/** The plan's safety plan, started empty on its first edit. */
function safetyPlanOf(plan: ServicePlanContent): SafetyPlan {
  plan.safetyPlan ??= { dangerSigns: [], actions: [], supports: [] };
  return plan.safetyPlan;
}

/**
 * The hearing to change, among the recorded ones; a bare date kept by the first release is first turned
 * into a recorded hearing (same id as `hearingsOf` gives it), so it can take a type and an outcome.
 */
function adoptedHearing(plan: ServicePlanContent, hearingId: string): CourtHearing | undefined {
  const hearings = plan.reviewSchedule.hearings ?? [];
  const found = hearings.find((hearing) => hearing.id === hearingId);
  if (found) return found;
  const legacy = hearingsOf(plan.reviewSchedule).find((hearing) => hearing.id === hearingId);
  if (!legacy) return undefined;
  plan.reviewSchedule.courtHearingDates = plan.reviewSchedule.courtHearingDates.filter((date) => date !== legacy.date);
  const adopted: CourtHearing = { ...legacy };
  plan.reviewSchedule.hearings = [...hearings, adopted];
  return adopted;
}

/**
 * Applies one edit to a plan and returns the new plan; the given plan is never altered. An edit is
 * refused, with Violations pointing at the plan fields concerned, when it is malformed, not allowed in
 * the plan's status, aims at something that is gone, or would leave an invalid value (too long, markup,
 * negative cost, bad date). Rule breaks that a draft may hold for a while (an end before its start)
 * do not refuse the edit: `validatePlan` reports them.
 */
export function applyEdit<T extends ServicePlanContent>(plan: T, input: unknown, env: EditEnvironment): EditResult<T> {
  const parsed = z.safeParse(PlanEditSchema, input);
  if (!parsed.success) return { ok: false, violations: violationsFromIssues(parsed.error.issues, ['edit']) };
  const edit = parsed.data;
  const notAllowed = checkEditAllowed(plan.status, edit);
  if (notAllowed.length > 0) return { ok: false, violations: notAllowed };

  const next = workingCopy(plan, edit);
  const problems = applyPlanLevel(next, edit, env) ?? applyStructure(next, edit, env) ?? applyItemEdit(next, edit, env);
  if (problems.length > 0) return { ok: false, violations: problems };

  // Unchanged parts keep their identity, so views re-render only what this edit touched, and the
  // schema check below looks again only at the items this edit changed.
  const shared = shareUnchanged(plan, next);
  const shapeIssues = planShapeIssues(shared);
  if (shapeIssues.length > 0) {
    // Only what this edit broke refuses it; a problem the plan already had is reported by validatePlan.
    const before = z.safeParse(ServicePlanContentSchema, plan);
    const existing = new Set(before.success ? [] : violationsFromIssues(before.error.issues).map(violationKey));
    const introduced = violationsFromIssues(shapeIssues).filter((found) => !existing.has(violationKey(found)));
    if (introduced.length > 0) return { ok: false, violations: introduced };
  }
  const shapeViolations = violationsFromIssues(shapeIssues);
  return { ok: true, plan: shared, edit, changed: shared !== plan, shapeViolations };
}
