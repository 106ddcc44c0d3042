/** Pure context updates of the visitation planner: each takes the context and returns the fields that change (its storage read is in planner-actors.ts). */
import { resolvedMerge } from '../shared/record-conflict.js';
import { resolvedWrite } from '../shared/record-save-states.js';
import type { Violation } from '../../model/shared/violation.js';
import { carryOver, type CarriedEdit, type CarryOutcome } from '../shared/carry-over.js';
import { CONTACT_KIND, type Contact } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND, type VisitationPlan, type VisitationPlanContent } from '../../model/visitation/plan.js';
import { createDraftVisitationPlan } from '../../model/visitation/create.js';
import { visitationPlanSaveViolations } from '../../model/visitation/rules/plan-rules.js';
import { overlapWarnings } from '../../model/visitation/overlap.js';
import {
  activateVisitationPlan,
  canEditVisitationPlan,
  endVisitationPlan,
  resumeVisitationPlan,
  suspendVisitationPlan,
  visitationActions,
  type VisitationTransitionResult,
} from '../../model/visitation/lifecycle.js';
import { zonedDateOf } from '../../model/visitation/time-zone.js';
import { firstPerField, violation } from '../../model/shared/violation.js';
import { newRecordId } from '../shared/record-id.js';
import { placeRecord } from '../shared/record-list.js';
import { contactInLog, planInLog } from '../../model/visitation/log-scope.js';
import { stamp } from '../shared/record-write.js';
import type { PlanCommand, PlanEditor, VisitationPlannerContext, VisitationPlannerInput } from './planner-types.js';

type Update = Partial<VisitationPlannerContext>;

function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function initialPlannerContext(input: VisitationPlannerInput): VisitationPlannerContext {
  return {
    storage: input.storage,
    caseId: input.caseId,
    childId: input.childId,
    currentUser: input.currentUser,
    now: input.now,
    createId: input.createId ?? newRecordId,
    defaultTimeZone: input.defaultTimeZone ?? deviceTimeZone(),
    plans: [],
    contacts: [],
    unreadable: [],
    editor: undefined,
    pending: undefined,
    pendingCommand: undefined,
    statusBefore: undefined,
    conflict: undefined,
    error: undefined,
    rejected: [],
    rejectedPlanId: undefined,
  };
}

function draftViolations(draft: VisitationPlan): Violation[] {
  return firstPerField(visitationPlanSaveViolations(draft));
}

function editorFor(context: VisitationPlannerContext, mode: PlanEditor['mode'], draft: VisitationPlan, submitted = false): PlanEditor {
  return { mode, draft, violations: draftViolations(draft), warnings: overlapWarnings(draft, context.plans), submitted };
}

export function startCreate(context: VisitationPlannerContext, initial: Partial<VisitationPlanContent> = {}): Update {
  const now = context.now();
  const draft = createDraftVisitationPlan({
    id: context.createId(),
    caseId: context.caseId,
    childId: context.childId,
    createdBy: context.currentUser.id,
    createdAt: now.toISOString(),
    startDate: zonedDateOf(now, initial.timeZone ?? context.defaultTimeZone),
    timeZone: context.defaultTimeZone,
  });
  // Only content is taken from `initial` (a plan to copy may carry another plan's id and version).
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, updatedBy: _by, archived: _archived, ...content } = initial as Partial<VisitationPlan>;
  const fresh: VisitationPlan = { ...draft, ...content, caseId: context.caseId, childId: context.childId, status: 'draft', suspensions: [] };
  delete fresh.activatedOn;
  delete fresh.endedOn;
  delete fresh.endReason;
  return { editor: editorFor(context, 'create', fresh), rejected: [], rejectedPlanId: undefined };
}

export function findPlan(context: VisitationPlannerContext, planId: string): VisitationPlan | undefined {
  return context.plans.find((plan) => plan.id === planId);
}

export function editRefusal(context: VisitationPlannerContext, planId: string): Violation[] {
  const plan = findPlan(context, planId);
  if (!plan) return [violation('visitation.plan.not-found', [], { planId })];
  return canEditVisitationPlan(plan) ? [] : [violation('visitation.plan.ended-read-only', ['status'])];
}

export function startEdit(context: VisitationPlannerContext, planId: string): Update {
  const plan = findPlan(context, planId)!;
  return { editor: { ...editorFor(context, 'edit', plan), base: plan }, rejected: [], rejectedPlanId: undefined };
}

export function changeDraft(context: VisitationPlannerContext, patch: Partial<VisitationPlanContent>): Update {
  const editor = context.editor!;
  // The child, case, lifecycle and storage fields are not the form's to change (a host may send any object).
  const { caseId: _case, childId: _child, status: _status, suspensions: _suspensions, activatedOn: _activated, endedOn: _ended, ...content } = patch;
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, updatedBy: _by, archived: _archived, ...allowed } = content as Partial<VisitationPlan>;
  return { editor: { ...editorFor(context, editor.mode, { ...editor.draft, ...allowed }, editor.submitted), base: editor.base } };
}

/** SAVE on a draft with problems: every message shows, nothing is written. */
export function refuseSave(context: VisitationPlannerContext): Update {
  const editor = context.editor!;
  return { editor: { ...editor, submitted: true }, rejected: editor.violations, rejectedPlanId: undefined };
}

export function beginSave(context: VisitationPlannerContext): Update {
  const editor = context.editor!;
  return {
    pending: {
      operation: 'put',
      kind: VISITATION_PLAN_KIND,
      record: stamp(editor.draft, context.currentUser, context.now()),
      action: editor.mode === 'create' ? visitationActions.planCreated : visitationActions.planUpdated,
      base: editor.base,
    },
    pendingCommand: undefined,
    statusBefore: undefined,
    rejected: [],
    rejectedPlanId: undefined,
  };
}

/** The plan a lifecycle step produces from `plan`, or why it is refused. */
export function runCommand(plan: VisitationPlan, command: PlanCommand, now: Date): VisitationTransitionResult {
  const today = zonedDateOf(now, plan.timeZone);
  switch (command.type) {
    case 'ACTIVATE':
      return activateVisitationPlan(plan, today);
    case 'SUSPEND':
      return suspendVisitationPlan(plan, { reason: command.reason, from: command.from ?? today, to: command.to });
    case 'RESUME':
      return resumeVisitationPlan(plan, today);
    case 'END':
      return endVisitationPlan(plan, command.reason === undefined ? { today } : { today, reason: command.reason });
  }
}

export function commandResult(context: VisitationPlannerContext, command: PlanCommand): VisitationTransitionResult {
  const plan = findPlan(context, command.planId);
  if (!plan) return { ok: false, violations: [violation('visitation.plan.not-found', [], { planId: command.planId })] };
  return runCommand(plan, command, context.now());
}

export function beginCommand(context: VisitationPlannerContext, command: PlanCommand): Update {
  const result = commandResult(context, command);
  if (!result.ok) return { rejected: result.violations, rejectedPlanId: command.planId };
  return {
    pending: { operation: 'put', kind: VISITATION_PLAN_KIND, record: stamp(result.plan, context.currentUser, context.now()), action: result.action },
    pendingCommand: command,
    statusBefore: findPlan(context, command.planId)?.status,
    rejected: [],
    rejectedPlanId: undefined,
  };
}

/** The planner's scope: the child's records in this case, never another case's (log-scope.ts). */
const scopeOf = (context: VisitationPlannerContext) => ({ caseId: context.caseId, childId: context.childId, visitationPlanId: undefined });
const belongsTo = (context: VisitationPlannerContext) => (plan: VisitationPlan) => planInLog(scopeOf(context), plan);
const contactBelongsTo = (context: VisitationPlannerContext) => (contact: Contact) => contactInLog(scopeOf(context), contact);

export function adoptSaved(context: VisitationPlannerContext, stored: VisitationPlan): Update {
  return {
    plans: placeRecord(context.plans, stored, belongsTo(context)),
    editor: undefined,
    pending: undefined,
    pendingCommand: undefined,
    statusBefore: undefined,
    conflict: undefined,
    error: undefined,
    rejected: [],
    rejectedPlanId: undefined,
  };
}

/** A plan or contact changed elsewhere: put it in place (an edit in the form is left as it is). */
export function placeChanged(context: VisitationPlannerContext, kind: string, record: unknown): Update {
  if (kind === VISITATION_PLAN_KIND) return { plans: placeRecord(context.plans, record as VisitationPlan, belongsTo(context)) };
  if (kind === CONTACT_KIND) return { contacts: placeRecord(context.contacts, record as Contact, contactBelongsTo(context)) };
  return {};
}

/**
 * Keep mine after a conflict. A lifecycle step is applied again to their version (so their other
 * changes stay); an edit from the form is written over theirs, carrying their version.
 */
export function keepMineResult(context: VisitationPlannerContext): { ok: true; update: Update } | { ok: false; violations: Violation[] } {
  const { conflict, pending, pendingCommand } = context;
  if (!conflict || !pending) return { ok: false, violations: [] };
  if (pendingCommand && conflict.theirs) {
    const result = runCommand(conflict.theirs, pendingCommand, context.now());
    if (!result.ok) return { ok: false, violations: result.violations };
    return { ok: true, update: { pending: { ...pending, record: stamp(result.plan, context.currentUser, context.now()) }, statusBefore: conflict.theirs.status, conflict: undefined } };
  }
  // An edit: mine where both changed a field, their other changes kept.
  const merged = resolvedMerge(conflict, 'keep-mine')?.merged;
  if (merged && conflict.theirs) return { ok: true, update: resolvedWrite(context, merged, conflict.theirs) };
  const record = { ...pending.record, version: conflict.theirs?.version ?? 0 };
  return { ok: true, update: { pending: { ...pending, record }, conflict: undefined } };
}

export function takeTheirs(context: VisitationPlannerContext): Update {
  const theirs = context.conflict?.theirs;
  return {
    ...(theirs ? { plans: placeRecord(context.plans, theirs, belongsTo(context)) } : {}),
    editor: undefined,
    pending: undefined,
    pendingCommand: undefined,
    conflict: undefined,
    error: undefined,
  };
}

/** Back to the form to combine by hand: their changes merged in (mine where both changed a field), on their version. */
export function editMine(context: VisitationPlannerContext): Update {
  const theirs = context.conflict?.theirs;
  if (!context.conflict || !theirs) return {};
  const plans = placeRecord(context.plans, theirs, belongsTo(context));
  const draft = { ...(resolvedMerge(context.conflict, 'keep-mine')?.merged ?? context.conflict.mine), version: theirs.version };
  return { plans, editor: { ...editorFor({ ...context, plans }, 'edit', draft, true), base: theirs }, pending: undefined, pendingCommand: undefined, conflict: undefined, error: undefined };
}

/** The form carried over from the previous storage (see `carryOver`), as the planner's next context. */
export function carriedUpdate(context: VisitationPlannerContext, outcome: CarryOutcome<VisitationPlan>): Update {
  if (outcome.outcome === 'nothing') return {};
  if (outcome.outcome === 'conflict') {
    const { conflict } = outcome;
    const pending = { operation: 'put' as const, kind: VISITATION_PLAN_KIND, record: conflict.mine, action: visitationActions.planUpdated, base: conflict.base };
    return { conflict, pending, pendingCommand: undefined, editor: { ...editorFor(context, 'edit', conflict.mine, true), base: conflict.base } };
  }
  return { editor: { ...editorFor(context, outcome.mode, outcome.draft), base: outcome.base }, rejected: [], rejectedPlanId: undefined };
}

export function carriedOutcome(event: { carried: CarriedEdit<VisitationPlan>; theirs: VisitationPlan | undefined }): CarryOutcome<VisitationPlan> {
  return carryOver(event.carried, event.theirs);
}
