import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema, InstantSchema, RecordMetaSchema } from '../record.js';
import { ParticipantRoleSchema } from '../participant.js';
import { PlanItemSchema } from './plan-item.js';
import { TEXT_LIMITS, draftTitleText, longText, nameText, requiredLongText, textList } from '../shared/text.js';

export const planKinds = ['service', 'outcome'] as const;
export const PlanKindSchema = z.enum(planKinds);
export type PlanKind = z.infer<typeof PlanKindSchema>;

export const planStatuses = ['draft', 'submitted', 'active', 'under-review', 'completed', 'closed', 'cancelled'] as const;
export const PlanStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const permanencyGoals = [
  'reunification',
  'family-maintenance',
  'adoption',
  'guardianship',
  'placement-with-relative',
  'another-planned-permanent-living-arrangement',
] as const;
export const PermanencyGoalSchema = z.enum(permanencyGoals);
export type PermanencyGoal = z.infer<typeof PermanencyGoalSchema>;

/**
 * Kinds of plan review. A court hearing and the periodic administrative review are the reviews that
 * count for the six-month rule of case plans (see `reviewPolicy`); a team meeting or a supervisor's look
 * is recorded too but does not restart that clock.
 */
export const reviewTypes = ['court-hearing', 'administrative-review', 'team-meeting', 'supervisor'] as const;
export const ReviewTypeSchema = z.enum(reviewTypes);
export type ReviewType = z.infer<typeof ReviewTypeSchema>;

export const GoalSchema = z.object({
  /** May be empty while the draft is written; a plan cannot be submitted without it. */
  title: draftTitleText(TEXT_LIMITS.title),
  description: longText(),
});
export type Goal = z.infer<typeof GoalSchema>;

/** Most plan items in one sub-goal, and most sub-goals in a plan. */
export const MAX_ITEMS_PER_SUB_GOAL = 200;
export const MAX_SUB_GOALS = 100;

export const SubGoalSchema = z.object({
  id: IdSchema,
  title: nameText(TEXT_LIMITS.title),
  description: longText(),
  planGroupId: z.optional(IdSchema),
  /** The plan's needs this sub-goal answers (each as written in `needs`). */
  addressesNeeds: z.optional(textList()),
  /** The family's strengths it builds on (each as written in `strengths`). */
  buildsOnStrengths: z.optional(textList()),
  items: z.array(PlanItemSchema).check(z.maxLength(MAX_ITEMS_PER_SUB_GOAL, 'value.too-many')),
});
export type SubGoal = z.infer<typeof SubGoalSchema>;

export const PlanGroupSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
});
export type PlanGroup = z.infer<typeof PlanGroupSchema>;

export const MilestoneSchema = z.object({
  id: IdSchema,
  title: nameText(TEXT_LIMITS.title),
  dueDate: CalendarDateSchema,
  achievedDate: z.optional(CalendarDateSchema),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const PermanencySchema = z.object({
  primary: PermanencyGoalSchema,
  /** Concurrent planning: a second goal pursued alongside the primary one. */
  concurrent: z.optional(PermanencyGoalSchema),
});
export type Permanency = z.infer<typeof PermanencySchema>;

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 6;

export const hearingTypes = ['review', 'permanency', 'dispositional', 'jurisdictional', 'other'] as const;
export const HearingTypeSchema = z.enum(hearingTypes);
export type HearingType = z.infer<typeof HearingTypeSchema>;

/** A court hearing on the plan's case: the plan is reviewed at each one. */
export const CourtHearingSchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  type: HearingTypeSchema,
  /** What the court decided, once the hearing has taken place. */
  outcome: z.optional(longText(TEXT_LIMITS.medium)),
});
export type CourtHearing = z.infer<typeof CourtHearingSchema>;

export const ReviewScheduleSchema = z.object({
  /** Plans are reviewed at least this often (6 months by default; a case plan never less often than every 6 months). */
  intervalMonths: z.number().check(z.int('value.not-whole-number'), z.minimum(1, 'value.too-small'), z.maximum(24, 'value.too-large')),
  /** A review date the worker set by hand; the computed next review is never later than the interval allows. */
  nextReviewDate: z.optional(CalendarDateSchema),
  /** Hearing dates as the first release kept them (read as review hearings); new hearings go to `hearings`. */
  courtHearingDates: z.array(CalendarDateSchema).check(z.maxLength(100, 'value.too-many')),
  /** Court hearings with their type and outcome. */
  hearings: z.optional(z.array(CourtHearingSchema).check(z.maxLength(100, 'value.too-many'))),
});
export type ReviewSchedule = z.infer<typeof ReviewScheduleSchema>;

export const PlanReviewSchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  type: ReviewTypeSchema,
  summary: longText(),
});
export type PlanReview = z.infer<typeof PlanReviewSchema>;

export const approvalDecisions = ['approved', 'declined'] as const;
export const ApprovalDecisionSchema = z.enum(approvalDecisions);
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;

/**
 * How a participant's decision reached the plan: signed on paper in person (the worker records it),
 * given electronically by the participant signed in themselves, or said by phone with a witness.
 */
export const approvalMethods = ['in-person-paper', 'electronic', 'phone-witnessed'] as const;
export const ApprovalMethodSchema = z.enum(approvalMethods);
export type ApprovalMethod = z.infer<typeof ApprovalMethodSchema>;

/** The user who recorded a decision or an exemption, by id and by the name shown in the plan. */
export const RecorderSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
});
export type Recorder = z.infer<typeof RecorderSchema>;

export const ApprovalSchema = z.object({
  participantId: IdSchema,
  role: ParticipantRoleSchema,
  decision: ApprovalDecisionSchema,
  date: CalendarDateSchema,
  comment: z.optional(longText(TEXT_LIMITS.medium)),
  /** Absent on decisions recorded by the first release, which did not ask. */
  method: z.optional(ApprovalMethodSchema),
  /** Who witnessed a decision given by phone. */
  witness: z.optional(nameText(TEXT_LIMITS.title)),
  recordedBy: z.optional(RecorderSchema),
  /** The instant the decision was recorded (ISO 8601). */
  recordedAt: z.optional(InstantSchema),
});
export type Approval = z.infer<typeof ApprovalSchema>;

/** Why a parent, guardian or other required approver does not approve the plan. */
export const approvalExemptionReasons = ['whereabouts-unknown', 'rights-terminated', 'declined-to-take-part'] as const;
export const ApprovalExemptionReasonSchema = z.enum(approvalExemptionReasons);
export type ApprovalExemptionReason = z.infer<typeof ApprovalExemptionReasonSchema>;

/**
 * A recorded reason why someone whose approval would be required does not give it. Without
 * `participantId` it says that no parent or guardian of the child can take part at all.
 */
export const ApprovalExemptionSchema = z.object({
  id: IdSchema,
  participantId: z.optional(IdSchema),
  reason: ApprovalExemptionReasonSchema,
  note: z.optional(longText(TEXT_LIMITS.medium)),
  date: CalendarDateSchema,
  recordedBy: RecorderSchema,
});
export type ApprovalExemption = z.infer<typeof ApprovalExemptionSchema>;

export const revisionRequestStatuses = ['open', 'addressed'] as const;
export const RevisionRequestSchema = z.object({
  id: IdSchema,
  participantId: IdSchema,
  date: CalendarDateSchema,
  text: requiredLongText(),
  status: z.enum(revisionRequestStatuses),
});
export type RevisionRequest = z.infer<typeof RevisionRequestSchema>;

export const safetySupportKinds = ['extended-family', 'community', 'professional'] as const;
export const SafetySupportKindSchema = z.enum(safetySupportKinds);
export type SafetySupportKind = z.infer<typeof SafetySupportKindSchema>;

/** One thing someone does to keep the child safe: a case participant, or someone named (a neighbour, a pastor). */
export const SafetyActionSchema = z.object({
  id: IdSchema,
  /** What they do, and when ("calls Rosa and takes Sofia to her home if Ana has been drinking"). */
  action: requiredLongText(TEXT_LIMITS.medium),
  participantId: z.optional(IdSchema),
  /** Who, when they are not a case participant. */
  name: z.optional(nameText(TEXT_LIMITS.title)),
});
export type SafetyAction = z.infer<typeof SafetyActionSchema>;

/** Someone from the extended family or the community the family can turn to. */
export const SafetySupportSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  kind: SafetySupportKindSchema,
  /** How to reach them. */
  contact: z.optional(longText(TEXT_LIMITS.label)),
  /** What they help with. */
  helpsWith: z.optional(longText(TEXT_LIMITS.medium)),
});
export type SafetySupport = z.infer<typeof SafetySupportSchema>;

/**
 * The family's safety plan (family-centred practice): the danger signs to watch for, who does what
 * when they appear, and the extended family and community members who stand by the family.
 */
export const SafetyPlanSchema = z.object({
  dangerSigns: textList(),
  actions: z.array(SafetyActionSchema).check(z.maxLength(100, 'value.too-many')),
  supports: z.array(SafetySupportSchema).check(z.maxLength(100, 'value.too-many')),
});
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;

/**
 * What 42 U.S.C. 675(1) asks a child's case plan to state beyond goals and services, each in the
 * worker's words: the placement and why it is appropriate, services to the foster parents, the child's
 * health and education records, educational stability, the steps toward the concurrent goal, and for a
 * youth of 14 or more their own part in the plan and the services for their transition to adulthood.
 * Every field optional (absent: not written yet).
 */
export const casePlanDetailFields = [
  'placement',
  'placementAppropriateness',
  'fosterParentServices',
  'health',
  'education',
  'educationalStability',
  'concurrentPlanSteps',
  'youthParticipation',
  'transitionServices',
] as const;
export const CasePlanDetailFieldSchema = z.enum(casePlanDetailFields);
export type CasePlanDetailField = z.infer<typeof CasePlanDetailFieldSchema>;

export const CasePlanDetailsSchema = z.object({
  /** Where the child lives (the kind of placement and with whom). */
  placement: z.optional(longText()),
  /** Why the placement is safe, the least restrictive and most family-like, near the parents, in the child's best interest. */
  placementAppropriateness: z.optional(longText()),
  /** Services to the foster parents (or relatives caring for the child) to meet the child's needs. */
  fosterParentServices: z.optional(longText()),
  /** Health records: providers, immunizations, medications, known conditions. */
  health: z.optional(longText()),
  /** Education records: schools attended, grade level, performance. */
  education: z.optional(longText()),
  /** How the child stays in the same school, or is enrolled at once in a new one. */
  educationalStability: z.optional(longText()),
  /** The steps toward the concurrent permanency goal. */
  concurrentPlanSteps: z.optional(longText()),
  /** A youth of 14 or more: how they took part in writing the plan (and who they chose to help). */
  youthParticipation: z.optional(longText()),
  /** A youth of 14 or more: the services that prepare them for adult life. */
  transitionServices: z.optional(longText()),
});
export type CasePlanDetails = z.infer<typeof CasePlanDetailsSchema>;

/**
 * What the plan is built on (Cúram outcome plans; the service-plan guide): the assessment it starts from
 * (which instrument or report, when, by whom, and what it found), the family's history and their
 * current situation.
 */
export const PlanBasisSchema = z.object({
  /** The assessment instrument or report ("CANS", "Family strengths and needs assessment"). */
  assessmentSource: z.optional(nameText(TEXT_LIMITS.title)),
  assessmentDate: z.optional(CalendarDateSchema),
  /** Who carried the assessment out. */
  assessedBy: z.optional(nameText(TEXT_LIMITS.title)),
  assessmentSummary: longText(),
  history: longText(),
  currentSituation: longText(),
});
export type PlanBasis = z.infer<typeof PlanBasisSchema>;

/** The content of a plan, without storage metadata: what a revision snapshot keeps. */
export const ServicePlanContentSchema = z.object({
  caseId: IdSchema,
  planKind: PlanKindSchema,
  status: PlanStatusSchema,
  /** Why a plan was closed (required when status is `closed`). */
  closeReason: z.optional(longText(TEXT_LIMITS.medium)),
  /** 1 for the first approved plan; each revision adds one. Earlier revisions are kept as servicePlanRevision records. */
  revision: z.number().check(z.int('value.not-whole-number'), z.minimum(1, 'value.too-small')),
  /** The participant whose need the plan meets. */
  principalParticipantId: z.optional(IdSchema),
  /** The plan members: the principal participant and everyone else taking part. */
  participantIds: z.array(IdSchema).check(z.maxLength(100, 'value.too-many')),
  /** The case's primary client, who must be a plan member (not necessarily the principal participant). */
  primaryClientId: z.optional(IdSchema),
  goal: GoalSchema,
  subGoals: z.array(SubGoalSchema).check(z.maxLength(MAX_SUB_GOALS, 'value.too-many')),
  planGroups: z.array(PlanGroupSchema).check(z.maxLength(50, 'value.too-many')),
  milestones: z.array(MilestoneSchema).check(z.maxLength(200, 'value.too-many')),
  /** The assessment, history and current situation the plan is built on (absent until written, and on plans of earlier releases). */
  basis: z.optional(PlanBasisSchema),
  needs: textList(),
  strengths: textList(),
  permanency: z.optional(PermanencySchema),
  /** Absent until a safety plan is written (and on plans of the first release). */
  safetyPlan: z.optional(SafetyPlanSchema),
  /** What 42 U.S.C. 675(1) asks a case plan to state (placement, health, education...); absent until written. */
  casePlanDetails: z.optional(CasePlanDetailsSchema),
  reviewSchedule: ReviewScheduleSchema,
  reviews: z.array(PlanReviewSchema).check(z.maxLength(500, 'value.too-many')),
  /** Approvals of the current revision (earlier ones stay in the revision snapshots). */
  approvals: z.array(ApprovalSchema).check(z.maxLength(200, 'value.too-many')),
  /** Recorded reasons why a required approver does not approve (absent on plans of the first release). */
  approvalExemptions: z.optional(z.array(ApprovalExemptionSchema).check(z.maxLength(50, 'value.too-many'))),
  revisionRequests: z.array(RevisionRequestSchema).check(z.maxLength(500, 'value.too-many')),
  /** The day the current revision became active. */
  activatedOn: z.optional(CalendarDateSchema),
  /** The day the plan first became active (revisions do not change it); absent on plans of the first release. */
  firstActivatedOn: z.optional(CalendarDateSchema),
  /** The day the plan was completed, closed or cancelled. */
  endedOn: z.optional(CalendarDateSchema),
});
export type ServicePlanContent = z.infer<typeof ServicePlanContentSchema>;

/** The stored service plan or case plan (kind name `servicePlan`, indexed by `caseId`). */
export const ServicePlanSchema = z.extend(RecordMetaSchema, ServicePlanContentSchema.shape);
export type ServicePlan = z.infer<typeof ServicePlanSchema>;

export const revisionReasons = ['review', 'court-hearing', 'revision-request', 'change-of-circumstances'] as const;
export const RevisionReasonSchema = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

/**
 * A superseded revision of a plan, kept readable (kind name `servicePlanRevision`, indexed by `planId`
 * and `caseId`). `plan` is the plan exactly as it stood, metadata included.
 */
export const ServicePlanRevisionSchema = z.extend(RecordMetaSchema, {
  planId: IdSchema,
  caseId: IdSchema,
  revision: z.number().check(z.int('value.not-whole-number'), z.minimum(1, 'value.too-small')),
  reason: RevisionReasonSchema,
  /** When the revision was superseded (the revising started). */
  supersededAt: InstantSchema,
  plan: ServicePlanSchema,
});
export type ServicePlanRevision = z.infer<typeof ServicePlanRevisionSchema>;

/** The id of the snapshot record for one revision of a plan. */
export function revisionRecordId(planId: string, revision: number): string {
  return `${planId}.r${revision}`;
}

/**
 * Whether a plan can have no revision snapshot (`servicePlanRevision`) yet: one is written only as a revision
 * starts, from an active plan, and a plan still drafted or submitted at its first revision, with no day of
 * activation, has never been active. Opening such a plan need not wait for its (empty) list of revisions.
 */
export function neverRevised(plan: Pick<ServicePlanContent, 'status' | 'revision' | 'activatedOn' | 'firstActivatedOn'>): boolean {
  return (plan.status === 'draft' || plan.status === 'submitted') && plan.revision === 1 && plan.activatedOn === undefined && plan.firstActivatedOn === undefined;
}

/** Everyone on the plan (the principal participant must be among them). */
export function planMemberIds(plan: Pick<ServicePlanContent, 'participantIds'>): string[] {
  return [...new Set(plan.participantIds)];
}
