import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, type SetAsideVersion } from '../../../src/model/set-aside.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, buttonByText, choose, click, confirmDialog, confirmText, mountEditor, settle, typeInto, untilSaved } from './helpers.js';

/** Everything but storage bookkeeping (version, who and when saved). */
function content(plan: ServicePlan): Omit<ServicePlan, 'version' | 'updatedAt' | 'updatedBy'> {
  const { version: _v, updatedAt: _a, updatedBy: _b, ...rest } = plan;
  return rest;
}

describe('<service-plan-editor>: a revision can be abandoned', () => {
  it('sets the working copy aside (readable in the history), leaves the active version exactly as stored, and focuses the next step', async () => {
    const storage = new MemoryStorageAdapter({ name: `abandon-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ status: 'active', activatedOn: '2026-02-01', firstActivatedOn: '2026-02-01' }));
    const activeBefore = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const editor = await mountEditor({ storage, planId: 'plan-1' });

    await click(editor, $(editor, '#primary-action'));
    await choose(editor, $<HTMLSelectElement>(editor, 'select[name="reason"]'), 'review');
    await click(editor, $(editor, 'button[data-step="start-revision"]'));
    await untilSaved(editor);
    const revised = 'A goal rewritten during the revision';
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), revised);
    await untilSaved(editor);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status).to.equal('under-review');

    await click(editor, $(editor, 'button[data-step="abandon-revision"]'));
    expect(confirmText(editor), 'a confirm step says what happens').to.contain('The active version stays exactly as it is');
    await confirmDialog(editor, 'no');
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status, 'cancelled: nothing happens').to.equal('under-review');

    await click(editor, $(editor, 'button[data-step="abandon-revision"]'));
    await confirmDialog(editor, 'yes');
    await untilSaved(editor);
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status === 'active', 'the plan is active again', { timeout: 5000 });
    const activeAfter = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    // Field by field: the stored active plan is the one before the revision began.
    for (const [field, value] of Object.entries(content(activeBefore))) expect(activeAfter[field as keyof ServicePlan], field).to.deep.equal(value);
    expect(Object.keys(content(activeAfter)).sort()).to.deep.equal(Object.keys(content(activeBefore)).sort());
    expect((await storage.history('servicePlan', 'plan-1')).at(-1)!.action).to.equal('plan.revision-abandoned');

    // The working copy is kept apart, with what was typed in it.
    const setAside = await waitUntil(async () => (await storage.list<SetAsideVersion>(SET_ASIDE_KIND)).records.length === 1, 'the working copy was not set aside', { timeout: 5000 }).then(async () => (await storage.list<SetAsideVersion>(SET_ASIDE_KIND)).records[0]!);
    expect(setAside).to.include({ recordId: 'plan-1', resolution: 'revision-abandoned' });
    expect((setAside.setAside as ServicePlan).goal.title).to.equal(revised);

    // Focus lands on the plan's next step: "Start a revision…" again.
    expect(editor.shadowRoot!.activeElement?.id).to.equal('primary-action');
    expect(editor.shadowRoot!.activeElement?.getAttribute('data-next-step')).to.equal('start-revision');
    expect($(editor, '[part~="status-badge"]').textContent).to.contain('Active');
    expect($(editor, '[part~="versions"]').textContent, 'no earlier version listed for the abandoned revision').not.to.match(/Version 1, replaced/);

    // Readable in the history panel, as a version set aside.
    await click(editor, $(editor, '[part="versions"] [data-action="history"]'));
    await waitUntil(() => editor.shadowRoot!.querySelector(`[data-set-aside="${setAside.id}"]`), 'the set-aside version is not in the history', { timeout: 5000 });
    const entry = $(editor, `[data-set-aside="${setAside.id}"]`).textContent!.replace(/\s+/g, ' ');
    expect(entry).to.contain('abandoned a revision').and.contain(revised);
    const saves = $$(editor, '[part="history"] .history-saves > li').map((line) => line.textContent!.replace(/\s+/g, ' '));
    expect(saves.at(-1)).to.contain('Revision abandoned');
    await expectNoAxeViolations(editor);

    // Revising again works (the kept snapshot of that version is rewritten, not a conflict).
    await click(editor, $(editor, '#primary-action'));
    await click(editor, $(editor, 'button[data-step="start-revision"]'));
    await untilSaved(editor);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status).to.equal('under-review');
    expect(buttonByText(editor.shadowRoot!, 'Abandon the revision').dataset['step']).to.equal('abandon-revision');
    await settle(editor);
  });
});
