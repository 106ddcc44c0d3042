// RX (round 16): a caseworker types a new goal and prints before the save (the toolbar's Print, or the
// browser's own Ctrl+P). The printed copy carries the typed words under "Version: 1", the header of the
// plan as stored, while storage still holds the old goal: a judge reads a plan that was never stored, and
// nothing on the paper says so (if the save then fails or conflicts, that version never exists).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, printMedia, saveState, settle, typeInto, untilSaved } from './helpers.js';

describe('<service-plan-editor> printed with changes not yet saved', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('the printed copy says it holds changes not yet saved; once saved, it no longer does', async () => {
    const storage = new MemoryStorageAdapter({ name: `print-unsaved-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan(), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1', autosaveDelay: 60_000 });
    await settle(element);
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo lives with his aunt');
    expect(saveState(element)).to.equal('dirty');
    await printMedia(element);
    const printed = $(element, '.print-only');
    expect(printed.textContent, 'the typed goal is printed').to.contain('Leo lives with his aunt');
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title, 'stored').to.equal('Leo returns home safely');
    const notice = printed.querySelector('[data-print-unsaved]');
    expect(notice, `nothing on paper says the copy is not the plan as stored: "${printed.textContent!.replace(/\s+/g, ' ').slice(0, 200)}"`).not.to.equal(null);
    expect(notice!.checkVisibility(), 'printed').to.equal(true);

    await emulateMedia({ media: 'screen' });
    element.remove();
    const saving = await mountEditor({ storage, planId: 'plan-1' });
    await settle(saving);
    await typeInto(saving, $<HTMLInputElement>(saving, 'input[name="goal.title"]'), 'Leo lives with his aunt nearby');
    await untilSaved(saving);
    await printMedia(saving);
    expect($(saving, '.print-only').textContent).to.contain('Leo lives with his aunt nearby');
    expect($(saving, '.print-only').querySelector('[data-print-unsaved]'), 'saved: nothing to say').to.equal(null);
  });
});
