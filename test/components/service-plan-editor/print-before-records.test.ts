import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { planContact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { mountEditor } from './helpers.js';

/** An active case plan for Leo, his weekly visits with Maria, and one visit logged. */
function caseStorage(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `print-early-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }), version: 2 });
  storage.seedRaw('visitationPlan', weeklyPlan({ childId: 'leo', participants: [{ participantId: 'leo', role: 'child' }, { participantId: 'maria', role: 'visitor' }] }));
  storage.seedRaw('contact', planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z', { type: 'completed' }, { childId: 'leo' }));
  return storage;
}

/** What the printed copy's visitation section holds while printing. */
function printedVisitation(root: ShadowRoot): { plans: number; missing: string | undefined; text: string } {
  window.dispatchEvent(new Event('beforeprint'));
  const section = root.querySelector<HTMLElement>('.print-only .doc-visitation');
  const found = { plans: section?.querySelectorAll('[data-visitation-plan-id]').length ?? 0, missing: section?.dataset.visitationMissing, text: section?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
  window.dispatchEvent(new Event('afterprint'));
  return found;
}

describe('<service-plan-editor> printed as soon as it shows', () => {
  it('never leaves the visitation plans out silently: the copy says they were still being read, and the next print has them', async () => {
    const mounted = mountEditor({ storage: caseStorage(), planId: 'plan-1' });
    await waitUntil(() => document.querySelector('service-plan-editor')?.shadowRoot, 'the editor was not placed', { timeout: 5000 });
    const editor = document.querySelector('service-plan-editor')!;
    let atFirstScreen: ReturnType<typeof printedVisitation> | undefined;
    // Printed in the very task the plan first shows (a host calling print() on open, or Ctrl+P at once).
    new MutationObserver((_records, observer) => {
      if (!editor.shadowRoot!.querySelector('[part~="goal"]')) return;
      observer.disconnect();
      atFirstScreen = printedVisitation(editor.shadowRoot!);
    }).observe(editor.shadowRoot!, { childList: true, subtree: true });
    const element = await mounted;
    expect(atFirstScreen, 'printed at the first screen').to.not.equal(undefined);
    if (atFirstScreen!.plans === 0) {
      expect(atFirstScreen!.missing, 'the section says why it is empty').to.equal('reading');
      expect(atFirstScreen!.text).to.contain('Visitation plans');
      expect(atFirstScreen!.text).to.contain('still being read');
    }
    await waitUntil(() => printedVisitation(element.shadowRoot!).plans === 1, 'the next print has the visitation plan', { timeout: 5000 });
    element.remove();
  });
});
