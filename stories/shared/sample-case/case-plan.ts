import { createDraftPlan, type PlanItem, type ServicePlan } from '../../../src/model/index.js';
import type { SampleClock } from './dates.js';
import { sampleCaseId, sampleCurrentUser, sampleIds } from './people.js';

export const sampleCasePlanId = 'plan-almeida-reunification';

type ItemFields = Pick<PlanItem, 'id' | 'source' | 'status'> & Partial<PlanItem>;

function item(fields: ItemFields): PlanItem {
  return {
    kind: 'basic',
    deliveries: [],
    expectedOutcome: '',
    actualOutcome: '',
    participantsNeeded: [],
    clientInstructions: '',
    workerSteps: '',
    ...fields,
  };
}

/** Deliveries of one unit each, every `everyDays` days back from `lastDaysAgo`. */
function deliveries(clock: SampleClock, prefix: string, count: number, lastDaysAgo: number, everyDays: number, note: string): PlanItem['deliveries'] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    date: clock.day(-(lastDaysAgo + (count - 1 - index) * everyDays)),
    units: 1,
    note,
  }));
}

/**
 * The family's child-welfare case plan, active for about ten weeks: reunification with the mother,
 * guardianship with the grandmother as the concurrent goal, four sub-goals with services from the
 * catalog, milestones, approvals by both parents, a court hearing ahead.
 */
export function buildSampleCasePlan(clock: SampleClock): ServicePlan {
  const activatedOn = clock.day(-75);
  const draft = createDraftPlan({
    id: sampleCasePlanId,
    caseId: sampleCaseId,
    planKind: 'outcome',
    createdBy: sampleCurrentUser.id,
    createdAt: clock.instant(-90),
    principalParticipantId: sampleIds.child,
    primaryClientId: sampleIds.mother,
    participantIds: [sampleIds.child, sampleIds.mother, sampleIds.father],
  });
  return {
    ...draft,
    updatedAt: clock.instant(-2),
    status: 'active',
    activatedOn,
    goal: {
      title: 'Sofia returns home safely to her mother',
      description:
        'Ana keeps a safe, sober and stable home and Sofia goes back to live with her. Sofia keeps close ties with her father and her grandmother Rosa.',
    },
    needs: ['Stable housing', 'Sobriety', 'Parenting skills', 'Child trauma and separation'],
    strengths: [
      'Strong, loving bond between Sofia and her mother',
      'Grandmother Rosa offers support and her home for visits',
      'Ana goes to her recovery meetings and asks for help when she needs it',
      'Marcus has a steady job and wants to be part of Sofia’s life',
    ],
    permanency: { primary: 'reunification', concurrent: 'guardianship' },
    casePlanDetails: {
      placement: 'Licensed foster home of Linda Okafor, 3 miles from Sofia’s school, since the removal in the spring.',
      placementAppropriateness:
        'The least restrictive, most family-like setting available: Sofia shares a room with no one, keeps her school and sees her mother weekly. Rosa’s home is being studied for a relative placement.',
      fosterParentServices: 'Monthly foster-parent support group; respite one weekend a month; reimbursement for driving Sofia to visits and therapy.',
      health: 'Dr. Patel, Springfield Pediatrics. Immunisations up to date; eye test booked. No medication. Mild asthma: inhaler at school and at home.',
      education: 'Third grade at Lincoln Elementary. Reading at grade level; extra help in maths twice a week.',
      educationalStability: 'Sofia stays at Lincoln Elementary: the foster home is in its area and the district drives her when needed.',
      concurrentPlanSteps: 'Home study of Rosa Almeida started; Rosa takes part in visits and team meetings and would accept guardianship.',
    },
    firstActivatedOn: activatedOn,
    reviewSchedule: {
      intervalMonths: 6,
      courtHearingDates: [],
      hearings: [
        { id: 'hearing-disposition', date: clock.day(-75), type: 'dispositional', outcome: 'The court adopted the case plan; reunification is the primary goal, guardianship with the grandmother the concurrent one.' },
        { id: 'hearing-review', date: clock.day(38), type: 'review' },
      ],
    },
    reviews: [
      { id: 'review-0', date: clock.day(-75), type: 'court-hearing', summary: 'Case plan reviewed and adopted at the dispositional hearing.' },
      { id: 'review-1', date: clock.day(-20), type: 'team-meeting', summary: 'Good progress on sobriety and parenting classes. Housing search continues; lease expected next month.' },
    ],
    approvals: [
      {
        participantId: sampleIds.mother,
        role: 'parent',
        decision: 'approved',
        date: clock.day(-76),
        comment: 'I agree with the plan and I will do my part.',
        method: 'in-person-paper',
        recordedBy: { id: sampleCurrentUser.id, name: sampleCurrentUser.name },
      },
      { participantId: sampleIds.father, role: 'parent', decision: 'approved', date: clock.day(-76), method: 'phone-witnessed', witness: 'Rosa Almeida', recordedBy: { id: sampleCurrentUser.id, name: sampleCurrentUser.name } },
    ],
    planGroups: [
      { id: 'group-parents', name: 'What the parents do' },
      { id: 'group-child', name: 'Sofia’s well-being' },
    ],
    subGoals: [
      {
        id: 'sub-sobriety',
        title: 'Ana stays sober',
        description: 'Ana completes treatment and shows six months of negative drug screens.',
        planGroupId: 'group-parents',
        items: [
          item({
            id: 'item-iop',
            source: { type: 'custom', name: 'Intensive outpatient substance use treatment', purpose: 'Treatment for alcohol and drug use, with relapse prevention.' },
            status: 'in-progress',
            expectedStart: clock.day(-70),
            actualStart: clock.day(-68),
            expectedEnd: clock.day(50),
            expectedOutcome: 'Ana completes the programme and keeps a relapse prevention plan.',
            responsibility: { type: 'participant', participantId: sampleIds.mother },
            participantsNeeded: [sampleIds.mother],
            clientInstructions: 'Go to group on Monday, Wednesday and Friday evenings; call your counsellor if you cannot come.',
            workerSteps: 'Arrange bus passes; ask Riverbend for a monthly attendance report.',
            linkedService: { serviceId: 'svc-substance-iop', participantIds: [sampleIds.mother] },
          }),
          item({
            id: 'item-screens',
            source: { type: 'template', templateId: 'tpl-drug-screen', name: 'Random drug screening', purpose: 'Show continued sobriety with negative screens.' },
            kind: 'unit-delivery',
            unitsAuthorized: 24,
            unitType: 'screen',
            deliveries: deliveries(clock, 'screen', 9, 3, 7, 'Negative'),
            status: 'in-progress',
            expectedStart: clock.day(-70),
            expectedEnd: clock.day(110),
            expectedOutcome: 'Every screen negative.',
            responsibility: { type: 'caseworker' },
            participantsNeeded: [sampleIds.mother],
            clientInstructions: 'Call the screening line every morning before 9:00.',
          }),
        ],
      },
      {
        id: 'sub-housing',
        title: 'A safe, stable home',
        description: 'Ana rents a home with a bedroom for Sofia, close to her school.',
        planGroupId: 'group-parents',
        items: [
          item({
            id: 'item-housing',
            source: { type: 'custom', name: 'Rapid rehousing assistance', purpose: 'Find a rental and pay the deposit and the first months of rent.' },
            status: 'in-progress',
            expectedStart: clock.day(-60),
            actualStart: clock.day(-55),
            expectedEnd: clock.day(30),
            expectedOutcome: 'A signed lease for a two-bedroom flat.',
            cost: { amount: 1850, currency: 'USD' },
            responsibility: { type: 'org-user', userId: 'u-maria-santos', name: 'Maria Santos (housing specialist)' },
            participantsNeeded: [sampleIds.mother],
            clientInstructions: 'Bring your ID and pay slips to the housing office.',
            workerSteps: 'Send the referral; check the flat is safe before Sofia moves in.',
            linkedService: { serviceId: 'svc-housing', participantIds: [sampleIds.mother] },
          }),
        ],
      },
      {
        id: 'sub-parenting',
        title: 'Positive, nurturing parenting',
        description: 'Both parents learn routines, positive discipline and how to support Sofia after the separation.',
        planGroupId: 'group-parents',
        items: [
          item({
            id: 'item-parenting',
            source: { type: 'template', templateId: 'tpl-parenting-class', name: 'Parenting class attendance', purpose: 'Learn and practise safe, nurturing parenting.' },
            kind: 'unit-delivery',
            unitsAuthorized: 16,
            unitType: 'session',
            deliveries: deliveries(clock, 'class', 7, 5, 7, 'Attended with Marcus'),
            status: 'in-progress',
            expectedStart: clock.day(-55),
            expectedEnd: clock.day(60),
            expectedOutcome: 'Both parents complete all 16 sessions and use what they learned during visits.',
            responsibility: { type: 'participant', participantId: sampleIds.father },
            participantsNeeded: [sampleIds.mother, sampleIds.father],
            linkedService: { serviceId: 'svc-parenting-nurturing', participantIds: [sampleIds.mother, sampleIds.father] },
          }),
        ],
      },
      {
        id: 'sub-wellbeing',
        title: 'Sofia feels safe and does well at school',
        description: 'Sofia gets support for the separation, stays healthy and keeps up at school.',
        planGroupId: 'group-child',
        items: [
          item({
            id: 'item-play-therapy',
            source: { type: 'custom', name: 'Play therapy for children', purpose: 'Help Sofia cope with the separation from her parents.' },
            status: 'in-progress',
            expectedStart: clock.day(-50),
            actualStart: clock.day(-45),
            expectedOutcome: 'Fewer nightmares; Sofia talks about her feelings.',
            responsibility: { type: 'caseworker' },
            participantsNeeded: [sampleIds.child],
            linkedService: { serviceId: 'svc-child-therapy', participantIds: [sampleIds.child] },
          }),
          item({
            id: 'item-medical',
            source: { type: 'template', templateId: 'tpl-medical-check', name: 'Well-child medical check', purpose: 'Keep immunisations and health checks up to date.' },
            status: 'completed',
            expectedStart: clock.day(-40),
            expectedEnd: clock.day(-30),
            actualStart: clock.day(-35),
            actualEnd: clock.day(-35),
            expectedOutcome: 'Immunisations up to date.',
            actualOutcome: 'Healthy; immunisations up to date; eye test booked.',
            responsibility: { type: 'participant', participantId: sampleIds.fosterParent },
            participantsNeeded: [sampleIds.child],
          }),
        ],
      },
    ],
    milestones: [
      { id: 'ms-intake', title: 'Treatment intake completed', dueDate: clock.day(-65), achievedDate: clock.day(-68) },
      { id: 'ms-lease', title: 'Lease signed', dueDate: clock.day(30) },
      { id: 'ms-unsupervised', title: 'Unsupervised visits begin', dueDate: clock.day(45) },
      { id: 'ms-six-months', title: 'Six months of negative screens', dueDate: clock.day(110) },
    ],
  };
}
