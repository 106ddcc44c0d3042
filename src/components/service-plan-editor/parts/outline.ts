import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone } from '../../../model/service-plan/plan.js';
import type { FieldPath, EditorView } from '../view.js';
import { casePlanSection } from './case-plan-section.js';
import { casePlanDetailsSection, detailFieldsFor } from './case-plan-details.js';
import { milestonesSection } from './milestones.js';
import { needsStrengthsSection } from './needs-strengths.js';
import { outlineSection, type OutlineSection } from './outline-section.js';
import { peopleSection } from './people-section.js';
import { planBasisSection } from './plan-basis.js';
import { safetyPlanSection } from './safety-plan.js';

/** Where each section's fields live in the plan (a problem there opens it; a link to one opens it first). */
export const sectionPaths: Record<string, readonly FieldPath[]> = {
  people: [['principalParticipantId'], ['participantIds'], ['primaryClientId']],
  basis: [['basis']],
  needs: [['needs'], ['strengths']],
  milestones: [['milestones']],
  'case-plan': [['permanency'], ['reviewSchedule'], ['reviews']],
  'case-plan-details': [['casePlanDetails']],
  'safety-plan': [['safetyPlan']],
  /** The child's visitation plans: records of their own, not fields of this plan. */
  visitation: [],
  approvals: [['approvals'], ['revisionRequests'], ['approvalExemptions']],
  /** The lifecycle steps of an active plan (a revision's reason, a closing reason): not plan fields. */
  steps: [['revision'], ['close']],
};

export interface OutlineData {
  overdueMilestones: readonly Milestone[];
  nextReviewText: string | undefined;
  /**
   * The child's visitation plans with their compliance (case plans only), drawn when their section is
   * open: they come from the case's records, whose arrival re-renders only a plan that shows them.
   */
  visitation: (() => TemplateResult) | undefined;
  /** The approvals panel, when it is shown as a section of the outline (not while the plan waits for them). */
  approvals: TemplateResult | typeof nothing;
}

/**
 * The plan's sections after its goal and sub-goals, in order, each a disclosure with a one-line summary.
 * A new section of the plan is one more entry here (and its paths in `sectionPaths`).
 */
export function outlineSections(view: EditorView, data: OutlineData): OutlineSection[] {
  const { t, plan, participants } = view;
  const members = participants.filter((participant) => plan.participantIds.includes(participant.id));
  const achieved = plan.milestones.filter((milestone) => milestone.achievedDate !== undefined).length;
  const sections: OutlineSection[] = [
    {
      key: 'people',
      label: t.term('spe.people.heading'),
      summary: t.term('spe.outline.people', { count: members.length, names: t.list(members.map((member) => member.name)) }),
      paths: sectionPaths['people']!,
      render: () => peopleSection(view),
    },
    {
      key: 'basis',
      label: t.term('spe.basis.heading'),
      paths: sectionPaths['basis']!,
      render: () => planBasisSection(view),
    },
    {
      key: 'needs',
      label: t.term('spe.needs-strengths.heading'),
      summary: t.term('spe.outline.needs', { needs: plan.needs.length, strengths: plan.strengths.length }),
      paths: sectionPaths['needs']!,
      render: () => needsStrengthsSection(view),
    },
    {
      key: 'milestones',
      label: t.term('spe.milestone.heading'),
      summary: t.term('spe.outline.milestones', { count: plan.milestones.length, achieved }),
      paths: sectionPaths['milestones']!,
      render: () => milestonesSection(view, data.overdueMilestones),
    },
    {
      key: 'case-plan',
      label: t.term(plan.planKind === 'outcome' ? 'spe.case-plan.heading' : 'spe.review.heading'),
      ...(data.nextReviewText ? { summary: data.nextReviewText } : {}),
      paths: sectionPaths['case-plan']!,
      render: () => casePlanSection(view, data.nextReviewText),
    },
  ];
  if (plan.planKind === 'outcome') {
    const details = detailFieldsFor(view);
    sections.push({
      key: 'case-plan-details',
      label: t.term('spe.details.heading'),
      summary: t.term('spe.outline.details', { count: details.filter((name) => (plan.casePlanDetails?.[name] ?? '') !== '').length, total: details.length }),
      paths: sectionPaths['case-plan-details']!,
      render: () => casePlanDetailsSection(view),
    });
    sections.push({
      key: 'safety-plan',
      label: t.term('spe.safety.heading'),
      summary: t.term('spe.outline.safety', { count: plan.safetyPlan?.actions.length ?? 0 }),
      paths: sectionPaths['safety-plan']!,
      render: () => safetyPlanSection(view),
    });
  }
  if (data.visitation) {
    sections.push({ key: 'visitation', label: t.term('spe.visitation.heading'), paths: sectionPaths['visitation']!, render: data.visitation });
  }
  if (data.approvals !== nothing) {
    sections.push({
      key: 'approvals',
      label: t.term('spe.approval.heading'),
      summary: t.term('spe.outline.approvals', { count: plan.approvals.length }),
      paths: sectionPaths['approvals']!,
      render: () => data.approvals,
    });
  }
  return sections;
}

/** The outline's sections, rendered. */
export function outline(view: EditorView, data: OutlineData): TemplateResult {
  return html`${outlineSections(view, data).map((section) => outlineSection(view, section))}`;
}
