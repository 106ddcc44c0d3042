import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpConflictEvent } from '../../../src/components/shared/events/cp-conflict.js';
import { $, buttonByText, click, mountEditor, saveState, subGoalCards, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

describe('<service-plan-editor>: two people edit the same plan at once', () => {
  it('shows the conflict with both versions on the second save, and combining them keeps both edits', async () => {
    const databaseName = uniqueDatabaseName('conflict');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
    await waitUntil(() => first.planId, 'no plan created');
    await untilSaved(first);
    // The second editor (another tab) waits longer before saving, so its edit is still unsaved when the first one saves.
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });

    await typeInto(second, $<HTMLInputElement>(second, 'form[part~="add-sub-goal"] input[name="title"]'), 'Stable housing', 'Enter');
    expect(saveState(second)).to.equal('dirty');
    const conflictEvent = oneEvent(second, 'cp-conflict') as Promise<CpConflictEvent<ServicePlan>>;
    await typeInto(first, $<HTMLInputElement>(first, 'input[name="goal.title"]'), 'Leo returns home safely');
    await untilSaved(first);

    const { detail } = await conflictEvent;
    expect(detail.attempted.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Stable housing']);
    expect(detail.current?.goal.title).to.equal('Leo returns home safely');
    await waitUntil(() => second.shadowRoot!.querySelector('[part~="conflict"]'), 'no conflict view');
    const conflict = $(second, '[part~="conflict"]');
    expect($(conflict, '[part~="conflict-mine"]').textContent).to.contain('1 sub-goals');
    expect($(conflict, '[part~="conflict-theirs"]').textContent).to.contain('Leo returns home safely');
    expect(conflict.textContent).to.contain('Sub-goal added: "Stable housing"');

    await click(second, buttonByText(conflict, 'Combine both'));
    await untilSaved(second);
    expect(second.shadowRoot!.querySelector('[part~="conflict"]')).to.equal(null);
    expect($<HTMLInputElement>(second, 'input[name="goal.title"]').value).to.equal('Leo returns home safely');
    expect(subGoalCards(second)).to.have.length(1);

    const stored = await secondStorage.get<ServicePlan>('servicePlan', first.planId!);
    expect(stored?.goal.title).to.equal('Leo returns home safely');
    expect(stored?.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Stable housing']);
    // The first editor follows the stored plan.
    await waitUntil(() => subGoalCards(first).length === 1, 'the first editor did not follow the combined plan');
  });

  it('keeping my version saves it over theirs, and theirs stays in the record history', async () => {
    const databaseName = uniqueDatabaseName('keep-mine');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
    await waitUntil(() => first.planId);
    await untilSaved(first);
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });
    await typeInto(second, $<HTMLInputElement>(second, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    await typeInto(first, $<HTMLInputElement>(first, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    await untilSaved(first);
    await waitUntil(() => second.shadowRoot!.querySelector('[part~="conflict"]'), 'no conflict view');
    await click(second, buttonByText($(second, '[part~="conflict"]'), 'Keep my version'));
    await untilSaved(second);
    const stored = await secondStorage.get<ServicePlan>('servicePlan', first.planId!);
    expect(stored?.goal.title).to.equal('Mine: Leo goes home');
    const history = await secondStorage.history('servicePlan', first.planId!);
    expect(JSON.stringify(history)).to.contain('Theirs: Leo stays with his aunt');
  });
});
