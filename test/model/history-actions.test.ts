import { expect } from '@open-wc/testing';
import { currentHistoryAction, historyActions, planEditActions, planStepActions, versionRestoredAction } from '../../src/model/history-actions.js';
import { editAction } from '../../src/model/service-plan/edits.js';
import { transitionPlan } from '../../src/model/service-plan/lifecycle.js';
import { visitationActions } from '../../src/model/visitation/lifecycle.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { participants, readyPlan, TODAY } from './service-plan/fixtures.js';

const everyAction = Object.values(historyActions).flatMap((byRecord) => Object.values(byRecord) as string[]);

describe('history actions: one stable vocabulary', () => {
  it('names every action `<record>.<what happened>` in the past tense, each once', () => {
    for (const action of everyAction) {
      expect(action, action).to.match(/^(plan|visitation-plan|contact|set-aside-version)\.[a-z]+(-[a-z]+)*$/);
      // Never a command (what older versions wrote): no leading verb, and not an older name itself.
      expect(action, action).not.to.match(/\.(add|set|remove|update|move|rename|rate|record|request|address|submit|withdraw|activate|start|complete|close|cancel|undo|redo)(-|$)/);
      expect(currentHistoryAction(action), action).to.equal(action);
    }
    expect(new Set(everyAction).size).to.equal(everyAction.length);
    expect(Object.values(visitationActions).every((action) => everyAction.includes(action)), 'the visitation actions are in it').to.equal(true);
  });

  it('is what steps and edits write', () => {
    const submitted = transitionPlan(readyPlan(), 'submit', { participants, today: TODAY });
    expect(submitted.ok && submitted.action).to.equal('plan.submitted');
    expect(editAction({ type: 'add-sub-goal' })).to.equal('plan.sub-goal-added');
  });

  it('reads every older stored name (a command) as the action written now, and leaves current names as they are', () => {
    expect(currentHistoryAction('plan.submit')).to.equal('plan.submitted');
    expect(currentHistoryAction('plan.add-sub-goal')).to.equal('plan.sub-goal-added');
    expect(currentHistoryAction('plan.undo')).to.equal('plan.undone');
    for (const step of Object.keys(planStepActions)) expect(everyAction).to.include(currentHistoryAction(`plan.${step}`));
    for (const edit of Object.keys(planEditActions)) expect(everyAction).to.include(currentHistoryAction(`plan.${edit}`));
    for (const action of everyAction) expect(currentHistoryAction(action)).to.equal(action);
    expect(currentHistoryAction('vendor.custom')).to.equal('vendor.custom');
    expect(currentHistoryAction('conflict.set-aside')).to.equal('set-aside-version.recorded');
  });

  it('names a restore after the record restored into, for each kind that keeps versions set aside', () => {
    expect(versionRestoredAction('servicePlan')).to.equal('plan.version-restored');
    expect(versionRestoredAction('visitationPlan')).to.equal('visitation-plan.version-restored');
    expect(versionRestoredAction('contact')).to.equal('contact.version-restored');
    expect(() => versionRestoredAction('unknownKind')).to.throw();
  });

  it('never rewrites a stored entry: an older name stays in storage and is mapped only on read', async () => {
    const storage = new MemoryStorageAdapter({ name: `history-actions-${Math.random()}` });
    const plan = await storage.put('servicePlan', { ...readyPlan(), version: 0 }, { action: 'plan.created' });
    await storage.put('servicePlan', { ...plan, status: 'submitted' }, { action: 'plan.submit' });
    const stored = (await storage.history('servicePlan', plan.id)).map((entry) => entry.action);
    expect(stored).to.deep.equal(['plan.created', 'plan.submit']);
    expect(stored.map(currentHistoryAction)).to.deep.equal(['plan.created', 'plan.submitted']);
  });
});
