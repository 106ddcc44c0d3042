// The history panel keeps abandoned revisions apart from the versions set aside in conflicts: each under
// a heading that is true of it, each restore button naming which version it brings back.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { transitionPlan } from '../../../src/model/service-plan/lifecycle.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, setAsideWhole } from '../../../src/model/set-aside.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { participants as familyMembers, readyPlan, TODAY } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, click, mountEditor, worker } from './helpers.js';

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
