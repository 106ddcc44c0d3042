// RX (round 16): a plan's row rewritten in the browser's database (devtools, a copied profile), its history
// left as it was. The history panel says the record is not the one its saves made, but the printed copy, the
// one a court reads, carries the rewritten goal under its version number with nothing on paper to say the stored
// plan failed its check.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { freshDatabaseName } from '../../storage/fixtures.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, printMedia, settle } from './helpers.js';

describe('<service-plan-editor> printed after its row was rewritten in the database', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('the printed copy says the plan as stored failed its check', async () => {
    const databaseName = freshDatabaseName('print-forged');
    const storage = new DexieStorageAdapter({ databaseName });
    const first = await storage.put<ServicePlan>('servicePlan', readyPlan(), { action: 'plan.created' });
    await storage.put<ServicePlan>('servicePlan', { ...first, goal: { ...first.goal, description: 'Reunification within 12 months, with weekly visits.' } });
    const raw = new Dexie(databaseName);
    await raw.open();
    const row = ((await raw.table('records').toArray()) as { record: ServicePlan }[]).find((item) => item.record.id === 'plan-1')!;
    await raw.table('records').put({ ...row, record: { ...row.record, goal: { ...row.record.goal, title: 'Leo is placed for adoption' } } });
    raw.close();
    expect(await storage.verifyHistory('servicePlan', 'plan-1')).to.include({ valid: false, reason: 'record-mismatch' });

    const element = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);
    await printMedia(element);
    const printed = $(element, '.print-only');
    expect(printed.textContent).to.contain('Leo is placed for adoption');
    expect(printed.querySelector('[data-print-untrusted]'), `nothing on paper says the stored plan failed its check: "${printed.textContent!.replace(/\s+/g, ' ').slice(0, 240)}"`).not.to.equal(null);
    element.remove();
    await storage.close();
  });
});
