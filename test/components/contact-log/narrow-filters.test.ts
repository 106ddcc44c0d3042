import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { settle } from '../visitation-planner/helpers.js';
import { contactAt, weeklyPlan } from './seed.js';
import { listOf, mountLog } from './helpers.js';

// Found by RX (round 13) driving the demo at 320 px: the page scrolled sideways on the Contacts page.
// The filter <select>s take the width of their longest option (a visitation plan's title, or a
// contact type in Spanish), and nothing caps them at the width of the log.

/** The controls of the log that reach past the right edge of the screen, by their label text. */
function pastTheEdge(log: HTMLElement): string[] {
  const wide: string[] = [];
  for (const control of log.shadowRoot!.querySelectorAll<HTMLElement>('select, input, button')) {
    const box = control.getBoundingClientRect();
    if (box.width > 0 && box.right > innerWidth + 0.5) wide.push(`${control.localName} "${(control.closest('label')?.textContent ?? control.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(box.right)}`);
  }
  return wide;
}

async function storageWithPlanTitled(title: string): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await storage.put('visitationPlan', { ...weeklyPlan(), title }, { action: 'visitation-plan.created' });
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  return storage;
}

describe('<contact-log> filters at 320 px', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the page as wide as the screen when a visitation plan has an ordinary long title', async () => {
    await setViewport({ width: 320, height: 640 });
    const log = await mountLog({ storage: await storageWithPlanTitled('Saturdays with Marcus and grandmother Rosa at her home') });
    await settle(log);
    await listOf(log).updateComplete;
    expect(pastTheEdge(log), 'controls past the right edge').to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
  });

  it('keeps the page as wide as the screen in Spanish (the contact type names are longer)', async () => {
    await setViewport({ width: 320, height: 640 });
    const log = await mountLog({ storage: await storageWithPlanTitled('Visits'), locale: 'es' });
    await settle(log);
    await listOf(log).updateComplete;
    expect(pastTheEdge(log), 'controls past the right edge').to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
  });
});
