// The history panel keeps abandoned revisions apart from the versions set aside in conflicts: each under
// a heading that is true of it, each restore button naming which version it brings back.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { transitionPlan, type PlanTransition } from '../../../src/model/service-plan/lifecycle.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, setAsideWhole } from '../../../src/model/set-aside.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { participants as familyMembers, readyPlan, TODAY } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, click, mountEditor, settle, worker } from './helpers.js';

const ABANDONED_AT = '2026-03-09T10:00:00.000Z';
const CONFLICT_AT = '2026-03-08T09:00:00.000Z';
const revisedGoal = 'A goal rewritten during the revision';

/** An active plan as stored, the working copy of a revision abandoned on it, and both set aside (one in a conflict). */
async function planWithAbandonedRevision(storage: MemoryStorageAdapter): Promise<{ active: ServicePlan; working: ServicePlan }> {
  const active = await storage.put('servicePlan', readyPlan({ status: 'active', activatedOn: '2026-02-01', firstActivatedOn: '2026-02-01' }));
  const started = transitionPlan(active, 'start-revision', { participants: familyMembers, today: TODAY });
  if (!started.ok) throw new Error(JSON.stringify(started.violations));
  const working = { ...started.plan, goal: { ...started.plan.goal, title: revisedGoal } };
  await storage.put(SET_ASIDE_KIND, setAsideWhole({ id: 'abandoned-1', recordKind: 'servicePlan', reason: 'revision-abandoned', setAside: working, written: active, by: worker.id, at: ABANDONED_AT }));
  const theirs = { ...active, goal: { ...active.goal, title: 'A goal saved by a colleague' } };
  await storage.put(SET_ASIDE_KIND, setAsideWhole({ id: 'conflict-1', recordKind: 'servicePlan', reason: 'keep-mine', setAside: theirs, written: active, by: worker.id, at: CONFLICT_AT }));
  return { active, working };
}

async function openHistory(editor: ServicePlanEditor): Promise<void> {
  await click(editor, $(editor, '[part="versions"] [data-action="history"]'));
  await waitUntil(() => editor.shadowRoot!.querySelector('[data-set-aside="abandoned-1"]') && editor.shadowRoot!.querySelector('[data-set-aside="conflict-1"]'), 'the history did not list both versions', { timeout: 5000 });
}

/** Each group of versions set aside: its heading and the versions listed under it. */
function groups(editor: ServicePlanEditor): { heading: string; ids: string[] }[] {
  return $$(editor, '[part="history-set-aside"]').map((group) => ({
    heading: group.querySelector('[role="heading"]')!.textContent!.trim(),
    ids: [...group.querySelectorAll<HTMLElement>('[data-set-aside]')].map((entry) => entry.dataset['setAside']!),
  }));
}

const restoreName = (editor: ServicePlanEditor, id: string) => $(editor, `[data-set-aside="${id}"] [data-action="restore"]`).getAttribute('aria-label');

describe('<service-plan-editor> history: abandoned revisions apart from conflicts', () => {
  for (const { locale, conflicts, abandoned, restoreRevision, restoreVersion } of [
    { locale: 'en', conflicts: 'Versions set aside in conflicts', abandoned: 'Revisions abandoned', restoreRevision: 'Restore the revision abandoned', restoreVersion: 'Restore the version set aside' },
    { locale: 'es', conflicts: 'Versiones apartadas en conflictos', abandoned: 'Revisiones abandonadas', restoreRevision: 'Restaurar la revisión abandonada', restoreVersion: 'Restaurar la versión apartada' },
    { locale: 'fr', conflicts: 'Versions mises de côté lors de conflits', abandoned: 'Révisions abandonnées', restoreRevision: 'Restaurer la révision abandonnée', restoreVersion: 'Restaurer la version mise de côté' },
    { locale: 'pt', conflicts: 'Versões deixadas de lado em conflitos', abandoned: 'Revisões abandonadas', restoreRevision: 'Restaurar a revisão abandonada', restoreVersion: 'Restaurar a versão deixada de lado' },
  ]) {
    it(`lists each under a heading true of it, with restore buttons that say which version (${locale})`, async () => {
      const storage = new MemoryStorageAdapter({ name: `abandoned-history-${locale}-${Math.random()}` });
      await planWithAbandonedRevision(storage);
      const editor = await mountEditor({ storage, planId: 'plan-1', locale });
      await openHistory(editor);
      expect(groups(editor)).to.deep.equal([
        { heading: conflicts, ids: ['conflict-1'] },
        { heading: abandoned, ids: ['abandoned-1'] },
      ]);
      expect(restoreName(editor, 'abandoned-1')).to.match(new RegExp(`^${restoreRevision} \\S`));
      expect(restoreName(editor, 'conflict-1')).to.match(new RegExp(`^${restoreVersion} \\S`));
      expect(restoreName(editor, 'abandoned-1'), 'the two buttons have different names').not.to.equal(restoreName(editor, 'conflict-1'));
      if (locale === 'en') await expectNoAxeViolations(editor);
    });
  }
});

/** The plan as the test stores it after the abandon: one lifecycle step taken since. */
async function stepSince(storage: MemoryStorageAdapter, active: ServicePlan, transition: PlanTransition): Promise<ServicePlan> {
  const stepped = transitionPlan(active, transition, { participants: familyMembers, today: TODAY }, { closeReason: 'The family moved out of the county.' });
  if (!stepped.ok) throw new Error(JSON.stringify(stepped.violations));
  return storage.put('servicePlan', stepped.plan, { action: stepped.action });
}

/** Everything but storage bookkeeping. */
const content = ({ version: _v, updatedAt: _a, updatedBy: _b, ...rest }: ServicePlan) => rest;

describe('<service-plan-editor> history: restoring an abandoned revision follows the plan’s lifecycle', () => {
  for (const { transition, locale, says } of [
    { transition: 'start-revision', locale: 'en', says: 'Another revision of this plan is in progress' },
    { transition: 'close', locale: 'en', says: 'The plan is no longer active' },
    { transition: 'start-revision', locale: 'fr', says: 'Une autre révision de ce plan est en cours' },
    { transition: 'cancel', locale: 'pt', says: 'O plano não está mais ativo' },
  ] as const) {
    it(`is refused at its button after '${transition}', saying why (${locale}), and nothing is written`, async () => {
      const storage = new MemoryStorageAdapter({ name: `abandoned-refused-${transition}-${locale}-${Math.random()}` });
      const { active } = await planWithAbandonedRevision(storage);
      const since = await stepSince(storage, active, transition);
      const editor = await mountEditor({ storage, planId: 'plan-1', locale });
      await openHistory(editor);
      const saves = (await storage.history('servicePlan', 'plan-1')).length;

      const button = $<HTMLButtonElement>(editor, '[data-set-aside="abandoned-1"] [data-action="restore"]');
      await click(editor, button);
      await waitUntil(() => editor.shadowRoot!.querySelector('[data-set-aside="abandoned-1"] [data-refused]'), 'no refusal was shown at the version', { timeout: 5000 });
      const refusal = $(editor, '[data-set-aside="abandoned-1"] [data-refused]');
      expect(refusal.textContent).to.contain(says);
      expect(refusal.getAttribute('role')).to.equal('alert');
      expect(button.getAttribute('aria-describedby')!.split(' '), 'the button is described by the refusal').to.include(refusal.id);
      expect(editor.shadowRoot!.querySelector('[data-set-aside="conflict-1"] [data-refused]'), 'only at the version refused').to.equal(null);
      await settle(editor);
      const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
      expect(content(stored), 'the plan as the test stored it').to.deep.equal(content(since));
      expect((await storage.history('servicePlan', 'plan-1')).length, 'no save').to.equal(saves);
      if (locale === 'en') await expectNoAxeViolations(editor);
    });
  }

  it('brings the revision back onto the version it was abandoned to: under review again, with what was typed in it', async () => {
    const storage = new MemoryStorageAdapter({ name: `abandoned-restored-${Math.random()}` });
    const { working } = await planWithAbandonedRevision(storage);
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await openHistory(editor);
    await click(editor, $(editor, '[data-set-aside="abandoned-1"] [data-action="restore"]'));
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status === 'under-review', 'the revision was not restored', { timeout: 5000 });
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.goal.title).to.equal(revisedGoal);
    expect(stored.revision).to.equal(working.revision);
    expect((await storage.history('servicePlan', 'plan-1')).at(-1)!.action).to.equal('plan.version-restored');
    await waitUntil(() => $(editor, '[part="history"] .history-status').textContent!.includes('The abandoned revision was restored'), 'the panel did not say so', { timeout: 5000 });
    expect(editor.shadowRoot!.querySelector('[data-refused]')).to.equal(null);
  });
});
