import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { freshDatabaseName } from '../../storage/fixtures.js';
import { damageStoredRecord } from '../shared/damaged-row.js';
import { $, settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog } from './helpers.js';

// The log's compliance table with a damaged contact (DR, round 13, gave the rate cell "Cannot be judged"):
// a reader, and a screen reader going by the column headers, read "Planned 5, Completed 1, Cancelled 0,
// Missed 0, Kept: Cannot be judged" — four planned visits nowhere in the row, and no word of why.

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('<contact-log> compliance tables with a damaged contact', () => {
  it('count the visits that cannot be judged in a column of their own, and say why', async () => {
    const databaseName = freshDatabaseName('damaged-summaries');
    const storage = new DexieStorageAdapter({ databaseName });
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'kept-3', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    // The visit of 10 March took place, but its stored row is damaged.
    await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { id: 'damaged-10', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }));
    await damageStoredRecord(databaseName, 'contact', 'damaged-10', { durationMinutes: 'forever' });
    const log = await mountLog({ storage });
    await settle(log);
    const table = $(log, '[data-summary-plan="plan-weekly"] table');
    const headers = [...table.querySelectorAll('thead th')].map(text);
    const march = [...table.querySelectorAll('tr[data-month="2026-03"] > *')].map(text);
    expect(Object.fromEntries(headers.map((header, index) => [header, march[index]])), 'the March row, cell by column header').to.deep.equal({
      Month: 'March 2026',
      Planned: '5',
      Completed: '1',
      Cancelled: '0',
      Missed: '0',
      // 31 March, 16:00: within the grace period, nothing recorded yet.
      'Not yet recorded': '1',
      'Cannot be judged': '3',
      Kept: 'Cannot be judged',
    });
    expect(text($(log, '[part~="summaries"] [data-summary-unjudged]')), 'why').to.equal(
      'Cannot be judged: 1 stored contact is damaged, and which plan and month it belongs to cannot be known. No visit is counted as missed and no rate is given where it could change them.',
    );
    await expectNoAxeViolations(log);
    await storage.close();
  });
});
