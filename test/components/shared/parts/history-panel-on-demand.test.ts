import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../../src/storage/memory-adapter.js';
import { historyPanelModule } from '../../../../src/components/shared/parts/history-panel-on-demand.js';
import { expectNoAxeViolations } from '../../a11y-helpers.js';
import { seedWeeklyPlan } from '../../contact-log/seed.js';
import { $, $$, click, mountPlanner, until } from '../../visitation-planner/helpers.js';

// The history panel's code arrives on demand (issue 18): what a person sees while it comes, when it never
// comes (offline), and that the focus given to the panel's heading stays there when it arrives.
const realLoad = historyPanelModule.load;

/** As on a page that has not opened a history yet: the panel's code not fetched. */
function notYetLoaded(load: typeof realLoad): void {
  historyPanelModule.module = undefined;
  historyPanelModule.failed = false;
  historyPanelModule.load = load;
}

async function plannerWithPlan() {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  return mountPlanner({ storage });
}

const headingId = 'plan-plan-weekly-history';

describe('history panel loaded on demand', () => {
  afterEach(() => notYetLoaded(realLoad));

  it('says the history could not be loaded when its code cannot be fetched, and loads it on "Try again"', async () => {
    let attempts = 0;
    notYetLoaded(() => {
      attempts += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const planner = await plannerWithPlan();
    await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[part="history"] [role="alert"]'), 'no message said the history could not be loaded');
    expect($(planner, '[part="history"] [role="alert"]').textContent).to.contain('The history could not be loaded. Check the connection, then try again.');
    expect($(planner, `#${headingId}`).textContent).to.contain('Weekly');
    expect(attempts).to.equal(1);
    await expectNoAxeViolations(planner);

    historyPanelModule.load = realLoad;
    await click(planner, $(planner, '[part="history"] [data-action="retry-history"]'));
    await until(planner, () => $$(planner, '[part="history"] .history-saves > li').length === 1, 'the history was not shown after trying again');
    expect(planner.shadowRoot!.querySelector('[part="history"] [role="alert"]')).to.equal(null);
  });

  it('can be closed while its code cannot be fetched', async () => {
    notYetLoaded(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const planner = await plannerWithPlan();
    await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[part="history"] [role="alert"]'), 'no message said the history could not be loaded');
    await click(planner, $(planner, '[part="history"] [data-action="close-history"]'));
    expect(planner.shadowRoot!.querySelector('[part="history"]')).to.equal(null);
  });

  it('shows its heading with "Loading…" until its code arrives, and keeps the focus on the heading', async () => {
    let arrive: () => void = () => undefined;
    notYetLoaded(() => new Promise<Awaited<ReturnType<typeof realLoad>>>((resolve) => (arrive = () => void realLoad().then(resolve))));
    const planner = await plannerWithPlan();
    await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.activeElement?.id === headingId, 'the pending panel’s heading was not focused');
    expect($(planner, '[part="history"] [role="status"]').textContent).to.contain('Loading…');
    expect($(planner, '[part="history"]').getAttribute('aria-busy')).to.equal('true');
    const pendingHeading = $(planner, `#${headingId}`);

    arrive();
    await until(planner, () => $$(planner, '[part="history"] .history-saves > li').length === 1, 'the history was not shown when its code arrived');
    expect($(planner, `#${headingId}`)).not.to.equal(pendingHeading, 'the panel was not swapped in');
    expect(planner.shadowRoot!.activeElement?.id).to.equal(headingId);
  });
});
