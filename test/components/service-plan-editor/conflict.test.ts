import { expect, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, buttonByText, click, mountEditor, printedText, saveState, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

describe('<service-plan-editor>: two people edit the same plan at once', () => {
  it('merges changes to different fields without asking, and tells the user which came from the other person', async () => {
    const databaseName = uniqueDatabaseName('auto-merge');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
    await waitUntil(() => first.planId, 'no plan created');
    await untilSaved(first);
    // The second editor (another tab) waits longer before saving, so its edit is still unsaved when the first one saves.
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });
    let conflicts = 0;
    second.addEventListener('cp-conflict', () => (conflicts += 1));

    await typeInto(second, $<HTMLInputElement>(second, 'form[part~="add-sub-goal"] input[name="title"]'), 'Stable housing', 'Enter');
    await typeInto(second, $<HTMLTextAreaElement>(second, 'textarea[name="goal.description"]'), 'Described in the second tab');
    expect(saveState(second)).to.equal('dirty');
    await typeInto(first, $<HTMLInputElement>(first, 'input[name="goal.title"]'), 'Leo returns home safely');
    await untilSaved(first);

    await waitUntil(() => second.shadowRoot!.querySelector('[part~="merged-note"]'), 'no merged note');
    await untilSaved(second);
    expect(conflicts, 'no conflict panel for changes to different fields').to.equal(0);
    expect($(second, '[part~="merged-note"]').textContent).to.contain('Goal › Title');
    expect($<HTMLInputElement>(second, 'input[name="goal.title"]').value).to.equal('Leo returns home safely');
    const stored = await secondStorage.get<ServicePlan>('servicePlan', first.planId!);
    expect(stored?.goal).to.deep.equal({ title: 'Leo returns home safely', description: 'Described in the second tab' });
    expect(stored?.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Stable housing']);
    await click(second, buttonByText($(second, '[part~="merged-note"]'), 'Dismiss'));
    expect(second.shadowRoot!.querySelector('[part~="merged-note"]')).to.equal(null);
  });

  it('shows a same-field change field by field (before, mine, theirs) and writes nothing until each field has a choice', async () => {
    const databaseName = uniqueDatabaseName('per-field');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }), autosaveDelay: 60_000 });
    await waitUntil(() => first.planId);
    await untilSaved(first);
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });
    await typeInto(second, $<HTMLInputElement>(second, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    await typeInto(second, $<HTMLTextAreaElement>(second, 'textarea[name="goal.description"]'), 'My description');
    await typeInto(first, $<HTMLInputElement>(first, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    await typeInto(first, $<HTMLTextAreaElement>(first, 'textarea[name="goal.description"]'), 'Their description');
    first.save();
    await untilSaved(first);
    await waitUntil(() => second.shadowRoot!.querySelector('[part~="conflict"] fieldset'), 'no field-by-field conflict');
    const conflict = $(second, '[part~="conflict"]');
    const fields = $$(conflict, 'fieldset');
    expect(fields.map((field) => field.querySelector('legend')!.textContent!.trim())).to.deep.equal(['Goal › Title', 'Goal › Description']);
    expect(fields[0]!.textContent).to.contain('Mine: Leo goes home').and.contain('Theirs: Leo stays with his aunt');
    const storedVersion = (await secondStorage.get<ServicePlan>('servicePlan', first.planId!))!.version;

    await click(second, buttonByText(conflict, 'Combine with my choices'));
    expect(second.shadowRoot!.activeElement?.getAttribute('name'), 'focus goes to the first field without a choice').to.equal('conflict-field-0');
    expect((await secondStorage.get<ServicePlan>('servicePlan', first.planId!))!.version, 'nothing written').to.equal(storedVersion);

    await click(second, $<HTMLInputElement>(fields[0]!, 'input[aria-label="Take theirs for Goal › Title"]'));
    await click(second, $<HTMLInputElement>($$(second, '[part~="conflict"] fieldset')[1]!, 'input[aria-label="Keep yours for Goal › Description"]'));
    await click(second, buttonByText($(second, '[part~="conflict"]'), 'Combine with my choices'));
    await untilSaved(second);
    const stored = await secondStorage.get<ServicePlan>('servicePlan', first.planId!);
    expect(stored?.goal).to.deep.equal({ title: 'Theirs: Leo stays with his aunt', description: 'My description' });
  });

  it('never replaces text being typed: a change saved elsewhere meanwhile becomes a conflict on that field when it is committed', async () => {
    const databaseName = uniqueDatabaseName('typing');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
    await waitUntil(() => first.planId);
    await untilSaved(first);
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });
    first.remove(); // the other tab saves through its own adapter below, without taking the focus
    const typing = $<HTMLInputElement>(second, 'input[name="goal.title"]');
    typing.focus();
    typing.select();
    await sendKeys({ type: 'Typed by me' });
    const other = new DexieStorageAdapter({ databaseName });
    const current = (await other.get<ServicePlan>('servicePlan', second.planId!))!;
    await other.put<ServicePlan>('servicePlan', { ...current, goal: { ...current.goal, title: 'Saved by them' }, updatedBy: 'someone-else' });
    // This tab reads the other save (no edit of its own is pending, so it simply reloads)...
    await waitUntil(() => printedText(second).includes('Saved by them'), 'the other save did not arrive', { timeout: 5000 });
    // ...but the text being typed is left alone.
    expect(typing.value, 'the text being typed is left alone').to.equal('Typed by me');
    await sendKeys({ type: ' and more' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => second.shadowRoot!.querySelector('[part~="conflict"] fieldset'), 'no conflict on the typed field');
    const field = $(second, '[part~="conflict"] fieldset');
    expect(field.querySelector('legend')!.textContent!.trim()).to.equal('Goal › Title');
    expect(field.textContent).to.contain('Typed by me and more').and.contain('Saved by them');
    await click(second, buttonByText($(second, '[part~="conflict"]'), 'Keep mine in every field'));
    await untilSaved(second);
    expect((await secondStorage.get<ServicePlan>('servicePlan', first.planId!))?.goal.title).to.equal('Typed by me and more');
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
    const keepMine = buttonByText($(second, '[part~="conflict"]'), 'Keep mine in every field');
    keepMine.focus();
    await click(second, keepMine);
    await untilSaved(second);
    // The panel is gone: focus is on the plan's header (its next step), never dropped to the page.
    expect(second.shadowRoot!.activeElement?.id).to.equal('primary-action');
    const stored = await secondStorage.get<ServicePlan>('servicePlan', first.planId!);
    expect(stored?.goal.title).to.equal('Mine: Leo goes home');
    const history = await secondStorage.history('servicePlan', first.planId!);
    expect(JSON.stringify(history)).to.contain('Theirs: Leo stays with his aunt');
  });
});
