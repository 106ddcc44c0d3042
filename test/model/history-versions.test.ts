import { expect } from '@open-wc/testing';
import { diffRecords, type HistoryEntry } from '../../src/model/history.js';
import { changesBetween, historySteps, valueAtPath } from '../../src/model/history-versions.js';

const meta = { id: 'plan-1', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z', updatedBy: 'worker-1' };
const v1 = { ...meta, version: 1, goal: 'Safe home', subGoals: [{ id: 'sg-1', title: 'Housing', items: [{ id: 'i-1', name: 'Rent help', status: 'planned' }] }] };
const v2 = { ...meta, version: 2, goal: 'A safe home', subGoals: [{ id: 'sg-1', title: 'Housing', items: [{ id: 'i-1', name: 'Rent help', status: 'completed' }] }, { id: 'sg-2', title: 'School', items: [] }] };
const v3 = { ...meta, version: 3, goal: 'A safe home', notes: 'Court on Friday', subGoals: [{ id: 'sg-2', title: 'School', items: [] }] };

/** Entries as an adapter writes them: one per write, the changes from diffRecords. */
function entriesOf(...versions: object[]): HistoryEntry[] {
  return versions.map((version, index) => ({
    id: `servicePlan.plan-1.${index + 1}`,
    recordKind: 'servicePlan',
    recordId: 'plan-1',
    seq: index + 1,
    at: `2026-03-0${index + 1}T09:00:00.000Z`,
    by: 'worker-1',
    action: index === 0 ? 'plan.created' : 'plan.edited',
    changes: diffRecords(index === 0 ? undefined : versions[index - 1], version),
    prevHash: null,
    hash: '',
  }));
}

const strip = (value: unknown) => {
  const { version: _v, ...rest } = value as Record<string, unknown>;
  return rest;
};

describe('what each write changed, rebuilt from the history', () => {
  it('rebuilds every earlier version from the current record by undoing each write, removed list entries included', () => {
    const steps = historySteps(v3, entriesOf(v1, v2, v3));
    expect(steps.map((step) => step.entry.seq)).to.deep.equal([1, 2, 3]);
    expect(strip(steps[2]!.before)).to.deep.equal(strip(v2));
    expect(strip(steps[1]!.before)).to.deep.equal(strip(v1));
    expect(steps[0]!.before).to.equal(undefined);
    expect(steps[0]!.changes).to.deep.equal([]);
  });

  it('names each change by entry id, not by position, with the values before and after', () => {
    const [, second, third] = historySteps(v3, entriesOf(v1, v2, v3));
    expect(second!.changes).to.deep.equal([
      { path: ['goal'], before: 'Safe home', after: 'A safe home' },
      { path: ['subGoals', 'sg-1', 'items', 'i-1', 'status'], before: 'planned', after: 'completed' },
      { path: ['subGoals', 'sg-2'], after: { id: 'sg-2', title: 'School', items: [] } },
    ]);
    expect(third!.changes.map((change) => change.path)).to.have.deep.members([['notes'], ['subGoals', 'sg-1']]);
    expect(valueAtPath(v2, ['subGoals', 'sg-1', 'items', 'i-1', 'name'])).to.equal('Rent help');
    expect(changesBetween(v2, { ...v2, version: 9, updatedBy: 'someone' })).to.deep.equal([]);
  });

  it('falls back to the changes as recorded when the record is gone', () => {
    const steps = historySteps(undefined, entriesOf(v1, v2));
    expect(steps[1]!.changes.find((change) => change.path.join('.') === 'subGoals.0.items.0.status')).to.deep.equal({ path: ['subGoals', 0, 'items', 0, 'status'], before: 'planned', after: 'completed' });
  });
});
