import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, setAsideOf } from '../../../src/model/set-aside.js';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, click, mountEditor, settle } from './helpers.js';

describe('<service-plan-editor> history of every save', () => {
  it('says who saved what and what changed, in the plan diff’s words, and restores a version set aside', async () => {
    const storage = new MemoryStorageAdapter();
    const editor = await mountEditor({ storage });
    const [created] = (await storage.list<ServicePlan>('servicePlan', { caseId: 'case-1' })).records;
    const base = (await storage.put('servicePlan', { ...created!, goal: { ...created!.goal, title: 'A safe home' } }, { action: 'plan.set-goal' }))!;
    const typed = 'A safe and stable home with his mother';
    const theirs = await storage.put('servicePlan', { ...base, goal: { ...base.goal, title: 'A stable home' }, updatedBy: 'worker-2' }, { action: 'plan.set-goal' });
    const mine = { ...base, goal: { ...base.goal, title: typed } };
    const conflict = { mine, theirs, base, fields: threeWayMerge(base, mine, theirs).conflicts, choices: {} };
    await storage.put(SET_ASIDE_KIND, setAsideOf({ id: 'set-aside-goal', recordKind: 'servicePlan', conflict, resolution: 'take-theirs', by: 'worker-1', at: '2026-03-10T13:00:00.000Z' })!, { action: 'conflict.set-aside' });
    await settle(editor);

    await click(editor, $(editor, '[part="versions"] [data-action="history"]'));
    await waitUntil(() => $$(editor, '[part="history"] .history-saves > li').length === 3, 'the history was not shown', { timeout: 5000 });
    expect(editor.shadowRoot!.activeElement?.id).to.equal('plan-history');
    const saves = $$(editor, '[part="history"] .history-saves > li').map((entry) => entry.textContent!.replace(/\s+/g, ' '));
    expect(saves[0]).to.contain('Plan created').and.to.contain('Claire Martin');
    expect(saves[2]).to.contain('Goal changed from "A safe home" to "A stable home".');
    const setAside = $(editor, '[data-set-aside="set-aside-goal"]');
    expect(setAside.textContent!.replace(/\s+/g, ' ')).to.contain(`${typed} (kept instead: A stable home)`);
    await expectNoAxeViolations(editor);

    await click(editor, setAside.querySelector<HTMLButtonElement>('[data-action="restore"]')!);
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', created!.id))?.goal.title === typed, 'the goal set aside was not restored', { timeout: 5000 });
    // The editor takes the restored plan as saved elsewhere: shown, nothing overwritten.
    await waitUntil(() => $(editor, '[part="goal"]').shadowRoot === null && [...$(editor, '[part="goal"]').querySelectorAll('input')].some((control) => (control as HTMLInputElement).value === typed), 'the editor did not show the restored goal', { timeout: 5000 });
  });
});
