import { expect } from '@open-wc/testing';
import { applyEdit, type EditEnvironment } from '../../../src/model/service-plan/apply-edit.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { addItemFromService, addItemFromTemplate, editAction } from '../../../src/model/service-plan/edits.js';
import { editAllowed, editCategory } from '../../../src/model/service-plan/edit-permissions.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { catalog, readyPlan, templates, TODAY } from './fixtures.js';

function environment(): EditEnvironment {
  let next = 0;
  return { today: TODAY, newId: () => `id-${++next}` };
}

function applied(plan: ServicePlan, ...edits: PlanEdit[]): ServicePlan {
  const env = environment();
  return edits.reduce((current, edit) => {
    const result = applyEdit(current, edit, env);
    if (!result.ok) throw new Error(`edit ${edit.type} refused: ${JSON.stringify(result.violations)}`);
    return result.plan;
  }, plan);
}

function refused(plan: ServicePlan, edit: unknown) {
  const result = applyEdit(plan, edit, environment());
  if (result.ok) throw new Error('expected the edit to be refused');
  return result.violations.map((found) => `${found.code}@${found.path.join('.')}`);
}

const emptyDraft = () => createDraftPlan({ id: 'p', caseId: 'c', planKind: 'outcome', createdBy: 'w', createdAt: '2026-01-05T10:00:00.000Z', primaryClientId: 'leo' });

describe('applyEdit', () => {
  it('builds a plan from an empty draft: goal, sub-goals, custom and template items, a milestone, needs', () => {
    const plan = applied(
      emptyDraft(),
      { type: 'set-goal', title: 'Leo returns home safely' },
      { type: 'set-principal', participantId: 'leo' },
      { type: 'add-participant', participantId: 'maria' },
      { type: 'add-sub-goal', title: 'Parenting skills' },
      { type: 'add-item', subGoalId: 'id-1', source: { type: 'custom', name: 'Weekly parenting class', purpose: 'Learn routines' }, kind: 'basic', responsibility: { type: 'participant', participantId: 'maria' } },
      { type: 'add-item', subGoalId: 'id-1', source: { type: 'template', templateId: 'tpl-counselling', name: 'Counselling sessions', purpose: 'x' }, kind: 'unit-delivery', unitsAuthorized: 12, unitType: 'session' },
      { type: 'add-milestone', title: 'First home visit', dueDate: '2026-05-01' },
      { type: 'set-needs', needs: [' parenting skills ', '', 'housing'] },
    );
    expect(plan.goal.title).to.equal('Leo returns home safely');
    expect(plan.participantIds).to.deep.equal(['leo', 'maria']);
    expect(plan.subGoals[0]?.items.map((item) => [item.id, item.source.type, item.kind, item.status])).to.deep.equal([
      ['id-2', 'custom', 'basic', 'not-started'],
      ['id-3', 'template', 'unit-delivery', 'not-started'],
    ]);
    expect(plan.milestones).to.deep.equal([{ id: 'id-4', title: 'First home visit', dueDate: '2026-05-01' }]);
    expect(plan.needs).to.deep.equal(['parenting skills', 'housing']);
  });

  it('never alters the plan it is given, and says when an edit changed nothing', () => {
    const plan = readyPlan();
    const before = JSON.stringify(plan);
    const result = applyEdit(plan, { type: 'set-goal', title: 'Another goal' }, environment());
    expect(JSON.stringify(plan)).to.equal(before);
    expect(result.ok && result.changed).to.equal(true);
    const same = applyEdit(plan, { type: 'set-goal', title: plan.goal.title }, environment());
    expect(same.ok && same.changed).to.equal(false);
    expect(same.ok && same.plan).to.equal(plan);
  });

  it('refuses a 50 000-character text, markup in a name, a negative cost and an empty title, on the plan field', () => {
    const plan = readyPlan();
    expect(refused(plan, { type: 'update-item', itemId: 'item-1', changes: { clientInstructions: 'x'.repeat(50_000) } })).to.deep.equal(['value.too-long@subGoals.0.items.0.clientInstructions']);
    expect(refused(plan, { type: 'update-sub-goal', subGoalId: 'sg-2', title: '<img src=x onerror=alert(1)>' })).to.deep.equal(['value.markup@subGoals.1.title']);
    expect(refused(plan, { type: 'update-item', itemId: 'item-3', changes: { cost: { amount: -20, currency: 'EUR' } } })).to.deep.equal(['plan.item.cost-negative@subGoals.1.items.0.cost.amount']);
    expect(refused(plan, { type: 'add-sub-goal', title: '' })).to.deep.equal(['value.required@subGoals.2.title']);
    expect(refused(plan, { type: 'update-item', itemId: 'item-1', changes: { expectedEnd: '2026-02-31' } })).to.deep.equal(['value.invalid-date@subGoals.0.items.0.expectedEnd']);
  });

  it('accepts a date range that is backwards for now (validatePlan reports it) so typing order does not matter', () => {
    const plan = applied(readyPlan(), { type: 'update-item', itemId: 'item-1', changes: { expectedStart: '2026-06-01' } });
    expect(plan.subGoals[0]?.items[0]?.expectedStart).to.equal('2026-06-01');
  });

  it('refuses a malformed edit, an unknown target and an id already used', () => {
    expect(refused(readyPlan(), { type: 'paint-it-red' })).to.deep.equal(['value.invalid@edit.type']);
    expect(refused(readyPlan(), { type: 'remove-sub-goal', subGoalId: 'gone' })).to.deep.equal(['plan.edit.target-missing@']);
    expect(refused(readyPlan(), { type: 'add-sub-goal', id: 'sg-1', title: 'Again' })).to.deep.equal(['plan.edit.duplicate-id@']);
  });

  it('clears an optional field with null and keeps it when the key is left out', () => {
    const plan = applied(readyPlan(), { type: 'update-item', itemId: 'item-1', changes: { expectedEnd: null, workerSteps: 'Call the school' } });
    const item = plan.subGoals[0]!.items[0]!;
    expect(item).not.to.have.property('expectedEnd');
    expect(item.expectedStart).to.equal('2026-01-10');
    expect(item.workerSteps).to.equal('Call the school');
  });

  it('keeps a template item name fixed but lets a custom item be renamed', () => {
    expect(refused(readyPlan(), { type: 'update-item', itemId: 'item-2', changes: { name: 'Renamed' } })).to.deep.equal(['plan.item.template-name-fixed@subGoals.0.items.1.source.name']);
    expect(applied(readyPlan(), { type: 'update-item', itemId: 'item-1', changes: { name: 'Renamed' } }).subGoals[0]?.items[0]?.source.name).to.equal('Renamed');
  });

  it('reorders sub-goals and moves an item to another sub-goal', () => {
    const plan = applied(readyPlan(), { type: 'move-sub-goal', subGoalId: 'sg-2', toIndex: 0 }, { type: 'move-item', itemId: 'item-1', toSubGoalId: 'sg-2', toIndex: 99 });
    expect(plan.subGoals.map((subGoal) => subGoal.id)).to.deep.equal(['sg-2', 'sg-1']);
    expect(plan.subGoals[0]?.items.map((item) => item.id)).to.deep.equal(['item-3', 'item-1']);
    expect(applied(plan, { type: 'move-item', itemId: 'item-1', toIndex: 0 }).subGoals[0]?.items.map((item) => item.id)).to.deep.equal(['item-1', 'item-3']);
  });

  it('groups sub-goals into plan groups, and ungroups them when the group is removed', () => {
    const grouped = applied(readyPlan(), { type: 'add-plan-group', name: 'Safety' }, { type: 'update-sub-goal', subGoalId: 'sg-1', planGroupId: 'id-1' }, { type: 'rename-plan-group', groupId: 'id-1', name: 'Safety at home' });
    expect(grouped.planGroups).to.deep.equal([{ id: 'id-1', name: 'Safety at home' }]);
    expect(grouped.subGoals[0]?.planGroupId).to.equal('id-1');
    const ungrouped = applied(grouped, { type: 'remove-plan-group', groupId: 'id-1' });
    expect(ungrouped.planGroups).to.deep.equal([]);
    expect(ungrouped.subGoals[0]).not.to.have.property('planGroupId');
  });

  it('moves an item through its statuses, stamping the actual dates, and refuses a jump back to not started', () => {
    let plan = applied(readyPlan(), { type: 'set-item-status', itemId: 'item-1', status: 'in-progress' });
    expect(plan.subGoals[0]?.items[0]).to.include({ status: 'in-progress', actualStart: TODAY });
    plan = applied(plan, { type: 'set-item-status', itemId: 'item-1', status: 'completed' });
    expect(plan.subGoals[0]?.items[0]).to.include({ status: 'completed', actualStart: TODAY, actualEnd: TODAY });
    expect(refused(plan, { type: 'set-item-status', itemId: 'item-1', status: 'not-started' })).to.deep.equal(['plan.item.status-transition@subGoals.0.items.0.status']);
    plan = applied(plan, { type: 'set-item-status', itemId: 'item-1', status: 'in-progress' });
    expect(plan.subGoals[0]?.items[0]).not.to.have.property('actualEnd');
    plan = applied(plan, { type: 'set-item-status', itemId: 'item-3', status: 'discontinued' });
    expect(plan.subGoals[1]?.items[0]).to.include({ status: 'discontinued', actualEnd: TODAY });
  });

  it('records dated deliveries on a unit item (starting it), and refuses them on a basic item', () => {
    const plan = applied(readyPlan(), { type: 'add-delivery', itemId: 'item-2', date: '2026-03-01', units: 2, note: 'Two sessions' });
    const item = plan.subGoals[0]!.items[1]!;
    expect(item.deliveries.at(-1)).to.deep.equal({ id: 'id-1', date: '2026-03-01', units: 2, note: 'Two sessions' });
    expect(item).to.include({ status: 'in-progress', actualStart: '2026-03-01' });
    expect(refused(readyPlan(), { type: 'add-delivery', itemId: 'item-1', date: '2026-03-01', units: 1 })).to.deep.equal(['plan.item.deliveries-on-basic-item@subGoals.0.items.0.deliveries']);
    expect(refused(readyPlan(), { type: 'add-delivery', itemId: 'item-2', date: '2026-03-01', units: 0 })).to.deep.equal(['plan.item.delivery-units-not-positive@subGoals.0.items.1.deliveries.2.units']);
    expect(applied(plan, { type: 'remove-delivery', itemId: 'item-2', deliveryId: 'id-1' }).subGoals[0]?.items[1]?.deliveries).to.have.length(2);
  });

  it('sets permanency goals, keeping the concurrent goal when only the primary changes, and clears them', () => {
    let plan = applied(readyPlan(), { type: 'set-permanency', primary: 'guardianship' });
    expect(plan.permanency).to.deep.equal({ primary: 'guardianship', concurrent: 'placement-with-relative' });
    plan = applied(plan, { type: 'set-permanency', concurrent: null });
    expect(plan.permanency).to.deep.equal({ primary: 'guardianship' });
    plan = applied(plan, { type: 'set-permanency', primary: null });
    expect(plan).not.to.have.property('permanency');
  });

  it('keeps the review schedule and recorded reviews', () => {
    const plan = applied(
      readyPlan(),
      { type: 'set-review-schedule', intervalMonths: 3, courtHearingDates: ['2026-06-01', '2026-04-01', '2026-06-01'] },
      { type: 'record-review', date: '2026-03-09', reviewType: 'court-hearing', summary: 'Progress noted by the judge' },
    );
    expect(plan.reviewSchedule).to.deep.equal({ intervalMonths: 3, courtHearingDates: ['2026-04-01', '2026-06-01'] });
    expect(plan.reviews).to.deep.equal([{ id: 'id-1', date: '2026-03-09', type: 'court-hearing', summary: 'Progress noted by the judge' }]);
    expect(refused(readyPlan(), { type: 'set-review-schedule', intervalMonths: 0 })).to.deep.equal(['value.too-small@reviewSchedule.intervalMonths']);
  });

  it('records a family revision request dated today, then marks it addressed', () => {
    let plan = applied(readyPlan({ status: 'active' }), { type: 'request-revision', participantId: 'maria', text: 'Visits on Saturdays please' });
    expect(plan.revisionRequests).to.deep.equal([{ id: 'id-1', participantId: 'maria', date: TODAY, text: 'Visits on Saturdays please', status: 'open' }]);
    plan = applied(plan, { type: 'address-revision-request', requestId: 'id-1' });
    expect(plan.revisionRequests[0]?.status).to.equal('addressed');
    expect(refused(readyPlan(), { type: 'request-revision', participantId: 'maria', text: '   ' })).to.deep.equal(['value.required@revisionRequests.0.text']);
  });

  it('removes sub-goals, items, milestones and participants', () => {
    const plan = applied(readyPlan(), { type: 'remove-item', itemId: 'item-2' }, { type: 'remove-sub-goal', subGoalId: 'sg-2' }, { type: 'remove-milestone', milestoneId: 'ms-1' }, { type: 'remove-participant', participantId: 'joao' });
    expect(plan.subGoals.map((subGoal) => subGoal.items.map((item) => item.id))).to.deep.equal([['item-1']]);
    expect(plan.milestones).to.deep.equal([]);
    expect(plan.participantIds).not.to.include('joao');
  });

  it('marks a milestone achieved and sets the case primary client as a member', () => {
    const plan = applied(readyPlan(), { type: 'update-milestone', milestoneId: 'ms-1', achievedDate: '2026-03-08' }, { type: 'set-primary-client', participantId: 'aunt' });
    expect(plan.milestones[0]?.achievedDate).to.equal('2026-03-08');
    expect(plan.primaryClientId).to.equal('aunt');
    expect(plan.participantIds).to.include('aunt');
  });

  it('adds an item from a template (name, purpose, kind and unit copied) and one for a catalog service, linked to it', () => {
    const plan = applied(
      readyPlan(),
      addItemFromTemplate('sg-2', templates[0]!, { unitsAuthorized: 8, responsibility: { type: 'caseworker' } }),
      addItemFromService('sg-2', catalog[0]!, ['maria', 'joao'], { id: 'svc-item' }),
    );
    const [, fromTemplate, fromService] = plan.subGoals[1]!.items;
    expect(fromTemplate).to.deep.include({ kind: 'unit-delivery', unitType: 'session', unitsAuthorized: 8, source: { type: 'template', templateId: 'tpl-counselling', name: 'Counselling sessions', purpose: 'Address the causes of the crisis.' } });
    expect(fromService).to.deep.include({ id: 'svc-item', kind: 'basic', linkedService: { serviceId: 'svc-parenting', participantIds: ['maria', 'joao'] } });
    expect(fromService?.source).to.deep.equal({ type: 'custom', name: 'Positive Parenting Program', purpose: 'Weekly group classes for parents of young children.' });
  });

  it('names the history action after the edit', () => {
    expect(editAction({ type: 'add-sub-goal' })).to.equal('plan.sub-goal-added');
  });
});

describe('which edits each status allows', () => {
  const reshape: PlanEdit = { type: 'add-sub-goal', title: 'New' };
  const progress: PlanEdit = { type: 'set-item-status', itemId: 'item-1', status: 'in-progress' };
  const feedback: PlanEdit = { type: 'request-revision', participantId: 'maria', text: 'Please' };

  it('classifies an item update by the fields it touches', () => {
    expect(editCategory({ type: 'update-item', itemId: 'i', changes: { actualEnd: '2026-03-01', actualOutcome: 'Done' } })).to.equal('progress');
    expect(editCategory({ type: 'update-item', itemId: 'i', changes: { expectedEnd: '2026-03-01' } })).to.equal('content');
    expect(editCategory({ type: 'update-milestone', milestoneId: 'm', achievedDate: '2026-03-01' })).to.equal('progress');
    expect(editCategory(feedback)).to.equal('feedback');
  });

  it('lets a draft and a plan under review be reshaped, an active plan record progress, and freezes an ended plan', () => {
    expect([reshape, progress, feedback].map((edit) => editAllowed('draft', edit))).to.deep.equal([true, true, true]);
    expect([reshape, progress, feedback].map((edit) => editAllowed('under-review', edit))).to.deep.equal([true, true, true]);
    expect([reshape, progress, feedback].map((edit) => editAllowed('submitted', edit))).to.deep.equal([false, false, true]);
    expect([reshape, progress, feedback].map((edit) => editAllowed('active', edit))).to.deep.equal([false, true, true]);
    for (const status of ['completed', 'closed', 'cancelled'] as const) expect([reshape, progress, feedback].map((edit) => editAllowed(status, edit))).to.deep.equal([false, false, false]);
  });

  it('refuses reshaping an active plan with a Violation saying why', () => {
    expect(refused(readyPlan({ status: 'active' }), reshape)).to.deep.equal(['plan.edit.not-allowed@']);
  });
});
