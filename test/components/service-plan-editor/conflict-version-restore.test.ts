// Restoring a version set aside in a conflict brings back its words, never an old status: a plan under
// revision since stays so; an approved plan (its text needs a revision), a plan that waits for approval
// or has ended refuses, saying why at the version.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { Approval, ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, setAsideOf } from '../../../src/model/set-aside.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, click, mountEditor, settle, worker } from './helpers.js';

const MY_GOAL = 'Leo returns home, with weekly family sessions first';
const approval: Approval = { participantId: 'maria', role: 'parent', decision: 'approved', date: '2026-02-01' };

/**
 * The plan as stored now (`now` of it) and, set aside, my draft of it: I rewrote the goal while a
 * colleague submitted the plan, and I took theirs (a status step: the whole draft was set aside).
 */
async function planWithDraftSetAside(storage: MemoryStorageAdapter, now: Partial<ServicePlan>): Promise<ServicePlan> {
  const draft = readyPlan();
  const mine: ServicePlan = { ...draft, goal: { ...draft.goal, title: MY_GOAL } };
  const theirs: ServicePlan = { ...draft, version: draft.version + 1, status: 'submitted' };
  await storage.put(SET_ASIDE_KIND, setAsideOf({ id: 'conflict-1', recordKind: 'servicePlan', conflict: { mine, theirs, fields: [], choices: {} }, resolution: 'take-theirs', by: worker.id, at: '2026-01-20T11:00:00.000Z' })!);
  return storage.put('servicePlan', { ...draft, ...now });
}

async function openHistory(editor: ServicePlanEditor): Promise<void> {
  await click(editor, $(editor, '[part="versions"] [data-action="history"]'));
  await waitUntil(() => editor.shadowRoot!.querySelector('[data-set-aside="conflict-1"] [data-action="restore"]'), 'the history did not list the version set aside', { timeout: 5000 });
}

const content = ({ version: _v, updatedAt: _a, updatedBy: _b, ...rest }: ServicePlan) => rest;

describe('<service-plan-editor> history: restoring a version set aside in a conflict keeps the plan’s lifecycle', () => {
  it('brings back the goal as I wrote it onto the plan under revision since: its status, revision and dates stay', async () => {
    const storage = new MemoryStorageAdapter({ name: `conflict-restore-revising-${Math.random()}` });
    await planWithDraftSetAside(storage, { status: 'under-review', revision: 2, activatedOn: '2026-02-01', firstActivatedOn: '2026-02-01' });
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await openHistory(editor);
    await click(editor, $(editor, '[data-set-aside="conflict-1"] [data-action="restore"]'));
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title === MY_GOAL, 'the goal was not restored', { timeout: 5000 });
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.status, 'never the draft status set aside').to.equal('under-review');
    expect(stored.revision).to.equal(2);
    expect(stored.activatedOn).to.equal('2026-02-01');
    expect(editor.shadowRoot!.querySelector('[data-refused]')).to.equal(null);
  });

  for (const { status, locale, says } of [
    { status: 'closed', locale: 'en', says: 'The plan has ended (completed, closed or cancelled)' },
    { status: 'active', locale: 'en', says: 'This version changes what the approved plan says' },
    { status: 'active', locale: 'pt', says: 'Esta versão muda o que o plano aprovado diz' },
    { status: 'submitted', locale: 'en', says: 'The plan is waiting for approval of its text as submitted' },
    { status: 'completed', locale: 'fr', says: 'Le plan est terminé (achevé, clôturé ou annulé)' },
    { status: 'submitted', locale: 'es', says: 'El plan está pendiente de aprobación' },
  ] as const) {
    it(`is refused at its button on a ${status} plan, saying why (${locale}), and nothing is written`, async () => {
      const storage = new MemoryStorageAdapter({ name: `conflict-restore-${status}-${locale}-${Math.random()}` });
      const ended = status === 'submitted' ? {} : status === 'active' ? { activatedOn: '2026-02-01' } : { endedOn: '2026-06-01', ...(status === 'closed' ? { closeReason: 'The family moved out of the county.' } : {}) };
      const stored = await planWithDraftSetAside(storage, { status, approvals: [approval], ...ended });
      const editor = await mountEditor({ storage, planId: 'plan-1', locale });
      await openHistory(editor);
      const saves = (await storage.history('servicePlan', 'plan-1')).length;
      const button = $<HTMLButtonElement>(editor, '[data-set-aside="conflict-1"] [data-action="restore"]');
      await click(editor, button);
      await waitUntil(() => editor.shadowRoot!.querySelector('[data-set-aside="conflict-1"] [data-refused]'), 'no refusal was shown at the version', { timeout: 5000 });
      const refusal = $(editor, '[data-set-aside="conflict-1"] [data-refused]');
      expect(refusal.textContent).to.contain(says);
      expect(button.getAttribute('aria-describedby')!.split(' '), 'the button is described by the refusal').to.include(refusal.id);
      await settle(editor);
      expect(content((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!), 'the plan as the test stored it').to.deep.equal(content(stored));
      expect((await storage.history('servicePlan', 'plan-1')).length, 'no save').to.equal(saves);
      if (locale === 'en') await expectNoAxeViolations(editor);
    });
  }
});
