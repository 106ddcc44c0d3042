import { expect, fixture, html } from '@open-wc/testing';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { NOW, family, worker } from './helpers.js';

/** The planner as a host places it; `fixture` waits for its first render only (the plans are still being read). */
function place(storage: MemoryStorageAdapter): Promise<VisitationPlanner> {
  return fixture<VisitationPlanner>(html`<visitation-planner child-id="child-1" case-id="case-1" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>`);
}

/** A storage that answers lists a few tasks later, as IndexedDB or a server does (an in-memory answer can beat the first render). */
function slowLists(storage: MemoryStorageAdapter): MemoryStorageAdapter {
  const list = storage.list.bind(storage);
  storage.list = ((kind, query) => new Promise((resolve) => setTimeout(resolve, 20)).then(() => list(kind, query))) as typeof storage.list;
  return storage;
}

describe('<visitation-planner> readComplete', () => {
  it('once it resolves the child\'s plans are on screen (a host may print at once)', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const planner = await place(slowLists(storage));
    expect(await planner.readComplete, 'everything was read').to.equal(true);
    const cards = [...planner.shadowRoot!.querySelectorAll('[part~="plans"] > li')];
    expect(cards.map((card) => card.textContent?.includes('Weekly visit with mother'))).to.deep.equal([true]);
  });

  it('settles with false when the plans cannot be read (never waits for ever)', async () => {
    const storage = new MemoryStorageAdapter();
    storage.list = (() => Promise.reject(new Error('disk unplugged'))) as typeof storage.list;
    const planner = await place(storage);
    expect(await planner.readComplete).to.equal(false);
    expect(planner.shadowRoot!.querySelector('[role="alert"]'), 'the planner says so').to.not.equal(null);
  });

  it('resolves true at once when there is nothing to read (no child-id)', async () => {
    const planner = await fixture<VisitationPlanner>(html`<visitation-planner case-id="case-1" .storage=${new MemoryStorageAdapter()}></visitation-planner>`);
    expect(await planner.readComplete).to.equal(true);
  });
});
