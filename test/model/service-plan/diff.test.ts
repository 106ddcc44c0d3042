import { expect } from '@open-wc/testing';
import { diffPlanRevisions } from '../../../src/model/service-plan/diff.js';
import { basicItem, participants, readyPlan } from './fixtures.js';

describe('what changed between revisions', () => {
  it('finds nothing between identical revisions', () => {
    expect(diffPlanRevisions(readyPlan(), readyPlan())).to.deep.equal([]);
  });

  it('summarizes a revision after a court hearing in the order a reader expects', () => {
    const older = readyPlan({ status: 'active' });
    const newer = structuredClone(older);
    newer.status = 'under-review';
    newer.goal.title = 'Leo returns home within 6 months';
    newer.permanency = { primary: 'reunification', concurrent: 'guardianship' };
    newer.subGoals[0]!.title = 'Parents practise positive parenting';
    newer.subGoals[0]!.items[0]!.status = 'completed';
    newer.subGoals[0]!.items[0]!.expectedEnd = '2026-05-31';
    newer.subGoals[0]!.items[1]!.deliveries.push({ id: 'd9', date: '2026-03-01', units: 1, note: '' });
    newer.subGoals.splice(1, 1);
    newer.subGoals.push({ id: 'sg-3', title: 'Sobriety', description: '', items: [basicItem('item-9', { source: { type: 'custom', name: 'Weekly AA meeting', purpose: 'Stay sober' } })] });
    newer.milestones[0]!.achievedDate = '2026-03-05';
    newer.needs = ['parenting skills', 'sobriety'];
    newer.reviews.push({ id: 'rv-1', date: '2026-03-09', type: 'court-hearing', summary: '' });

    expect(diffPlanRevisions(older, newer)).to.deep.equal([
      { code: 'plan.change.goal', path: ['goal', 'title'], params: { before: 'Leo returns home safely', after: 'Leo returns home within 6 months' } },
      { code: 'plan.change.status', path: ['status'], params: { before: 'active', after: 'under-review' } },
      { code: 'plan.change.permanency', path: ['permanency', 'concurrent'], params: { field: 'concurrent', before: 'placement-with-relative', after: 'guardianship' } },
      { code: 'plan.change.review-recorded', path: ['reviews', 0], params: { date: '2026-03-09', type: 'court-hearing' } },
      { code: 'plan.change.sub-goal-retitled', path: ['subGoals', 0, 'title'], params: { before: 'Parents build parenting skills', after: 'Parents practise positive parenting' } },
      { code: 'plan.change.sub-goal-added', path: ['subGoals', 1], params: { title: 'Sobriety' } },
      { code: 'plan.change.sub-goal-removed', path: ['subGoals', 1], params: { title: 'Stable housing' } },
      { code: 'plan.change.item-status', path: ['subGoals', 0, 'items', 0, 'status'], params: { item: 'Item item-1', before: 'not-started', after: 'completed' } },
      { code: 'plan.change.item-date', path: ['subGoals', 0, 'items', 0, 'expectedEnd'], params: { item: 'Item item-1', field: 'expectedEnd', before: '2026-04-30', after: '2026-05-31' } },
      { code: 'plan.change.item-units-delivered', path: ['subGoals', 0, 'items', 1, 'deliveries'], params: { item: 'Counselling sessions', before: 5, after: 6 } },
      { code: 'plan.change.item-added', path: ['subGoals', 1, 'items', 0], params: { item: 'Weekly AA meeting', subGoal: 'Sobriety' } },
      { code: 'plan.change.item-removed', path: ['subGoals', 1, 'items', 0], params: { item: 'Item item-3', subGoal: 'Stable housing' } },
      { code: 'plan.change.milestone-achieved', path: ['milestones', 0, 'achievedDate'], params: { title: 'First unsupervised visit', date: '2026-03-05' } },
      { code: 'plan.change.need-added', path: ['needs', 1], params: { text: 'sobriety' } },
      { code: 'plan.change.need-removed', path: ['needs'], params: { text: 'stable housing' } },
    ]);
  });

  it('reports people, responsibilities, units, costs, services and moves', () => {
    const older = readyPlan();
    const newer = structuredClone(older);
    newer.participantIds.push('aunt');
    newer.principalParticipantId = 'ana';
    const moved = newer.subGoals[0]!.items.shift()!;
    moved.responsibility = { type: 'org-user', userId: 'u-2', name: 'Therapist' };
    moved.cost = { amount: 120, currency: 'EUR' };
    moved.linkedService = { serviceId: 'svc-parenting', participantIds: ['maria'] };
    newer.subGoals[1]!.items.push(moved);
    newer.subGoals[0]!.items[0]!.unitsAuthorized = 20;
    newer.milestones[0]!.dueDate = '2026-06-01';
    newer.reviewSchedule.intervalMonths = 3;
    const changes = diffPlanRevisions(older, newer, participants);
    expect(changes.find((found) => found.code === 'plan.change.participant-added')?.params).to.deep.equal({ participantId: 'aunt', name: 'Rosa Lima' });
    expect(changes.find((found) => found.code === 'plan.change.principal')?.params).to.deep.equal({ before: 'Leo Souza', after: 'Ana Souza' });
    expect(changes.map((found) => found.code)).to.deep.equal([
      'plan.change.principal',
      'plan.change.review-interval',
      'plan.change.participant-added',
      'plan.change.item-units-authorized',
      'plan.change.item-moved',
      'plan.change.item-responsibility',
      'plan.change.item-cost',
      'plan.change.item-service',
      'plan.change.milestone-due-date',
    ]);
  });
});
