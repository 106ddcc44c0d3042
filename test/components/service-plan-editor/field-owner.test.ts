// The record a refused text was typed for is the one its edit names, found again by its exact id wherever it is now
// (review R10f: ids and field names may both hold dots, so a field's key cannot say which record it is).
import { expect } from '@open-wc/testing';
import { editedRecord, ownerPath } from '../../../src/components/service-plan-editor/field-owner.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';

const plan = readyPlan({
  subGoals: [
    { id: 'sg.1', title: 'Housing', description: '', items: [basicItem('svc'), basicItem('svc.cost')] },
    { id: 'sg-2', title: 'School', description: '', items: [basicItem('svc.7')] },
  ],
  milestones: [{ id: 'ms.1', title: 'Lease signed', dueDate: '2026-05-01' }],
});

describe('field-owner: which record a refused text belongs to', () => {
  it('is the record the edit names, by kind and id; an edit of the plan itself names none', () => {
    expect(editedRecord({ type: 'update-item', itemId: 'svc.cost', changes: { expectedOutcome: 'x' } })).to.deep.equal({ kind: 'item', id: 'svc.cost' });
    expect(editedRecord({ type: 'add-delivery', itemId: 'svc', date: '2026-03-01', units: 1 })).to.deep.equal({ kind: 'item', id: 'svc' });
    expect(editedRecord({ type: 'update-sub-goal', subGoalId: 'sg.1', title: 'x' })).to.deep.equal({ kind: 'subgoal', id: 'sg.1' });
    expect(editedRecord({ type: 'update-milestone', milestoneId: 'ms.1', title: 'x' })).to.deep.equal({ kind: 'milestone', id: 'ms.1' });
    expect(editedRecord({ type: 'set-goal', title: 'x' })).to.equal(undefined);
  });

  it('is found again by its exact id, never by a prefix; null once it is gone', () => {
    expect(ownerPath(plan, { kind: 'item', id: 'svc' })).to.deep.equal(['subGoals', 0, 'items', 0]);
    expect(ownerPath(plan, { kind: 'item', id: 'svc.cost' })).to.deep.equal(['subGoals', 0, 'items', 1]);
    expect(ownerPath(plan, { kind: 'item', id: 'svc.7' })).to.deep.equal(['subGoals', 1, 'items', 0]);
    expect(ownerPath(plan, { kind: 'item', id: 'svc.77' })).to.equal(null);
    expect(ownerPath(plan, { kind: 'subgoal', id: 'sg.1' })).to.deep.equal(['subGoals', 0]);
    expect(ownerPath(plan, { kind: 'milestone', id: 'ms.1' })).to.deep.equal(['milestones', 0]);
    expect(ownerPath(plan, { kind: 'milestone', id: 'ms' })).to.equal(null);
    expect(ownerPath(plan, undefined)).to.equal(undefined);
  });
});
