// A 50 000-character paste into a note (a whole report pasted by mistake) gives an inline message next to
// the field within moments: no hang, nothing saved, nothing already saved lost, the text still there to trim.
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, byId, choose, click, mountPlanner } from '../../components/visitation-planner/helpers.js';
import { mountLog } from '../../components/contact-log/helpers.js';
import { seedWeeklyPlan } from '../../components/contact-log/seed.js';

const pasted = 'Report of the home visit. '.repeat(2000).slice(0, 50_000);

function messageOf(element: HTMLElement, id: string): string {
  return element.shadowRoot!.querySelector(`[id="${id}-error"]`)?.textContent?.trim() ?? '';
}

/** Pastes at once, as the browser does (the test's time limit catches an element that hangs on it). */
async function paste(element: HTMLElement & { updateComplete: Promise<boolean> }, control: HTMLTextAreaElement): Promise<void> {
  await choose(element, control as unknown as HTMLInputElement, pasted);
}

describe('50 000 characters pasted into a note', () => {
  it('<visitation-planner>: an inline message at once, and no plan saved', async () => {
    const storage = new MemoryStorageAdapter();
    const planner = await mountPlanner({ storage });
    await click(planner, $(planner, '[data-action="create"]'));
    const notes = byId<HTMLTextAreaElement>(planner, 'notes');
    await paste(planner, notes);
    await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
    expect(messageOf(planner, 'notes')).to.match(/at most 10,000 characters/);
    expect(notes.getAttribute('aria-invalid')).to.equal('true');
    expect(byId<HTMLTextAreaElement>(planner, 'notes').value).to.have.length(50_000);
    expect((await storage.list('visitationPlan')).records).to.have.length(0);
  });

  it('<contact-log>: an inline message at once, the contacts already saved untouched', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const log = await mountLog({ storage });
    await click(log, $(log, '[data-action="record"]'));
    await choose(log, byId(log, 'occurredAt'), '2026-03-24T16:00');
    const notes = byId<HTMLTextAreaElement>(log, 'notes');
    await paste(log, notes);
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    expect(messageOf(log, 'notes')).to.match(/at most 10,000 characters/);
    expect(byId<HTMLTextAreaElement>(log, 'notes').value).to.have.length(50_000);
    expect((await storage.list('contact', { childId: 'child-1' })).records).to.have.length(0);
  });
});
