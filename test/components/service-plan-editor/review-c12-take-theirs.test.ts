// Review of C12 item 3: a conflict resolved by taking theirs (storage left as it is): a host persisting from cp-saved
// holds what storage holds and what the editor shows; nothing is written.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpSavedEvent } from '../../../src/components/shared/events/index.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { $, buttonByText, click, mountEditor, saveState, settle, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

describe('Review C12: take theirs in every field, a host persisting from cp-saved', () => {
  it('the host\'s copy is the stored plan, at its version, as shown; nothing written', async () => {
    const databaseName = uniqueDatabaseName('review-take-theirs');
    const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }), autosaveDelay: 60_000 });
    await untilSaved(first);
    const secondStorage = new DexieStorageAdapter({ databaseName });
    const second = await mountEditor({ storage: secondStorage, planId: first.planId!, autosaveDelay: 60_000 });
    const copy = new Map<string, ServicePlan>();
    const heard: string[] = [];
    second.addEventListener('cp-saved', (event) => {
      const { id, record, version } = (event as CpSavedEvent<ServicePlan>).detail;
      heard.push(`${version}: ${record.goal.title}`);
      copy.set(id, record);
    });
    await typeInto(second, $<HTMLInputElement>(second, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    await typeInto(first, $<HTMLInputElement>(first, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    first.save();
    await untilSaved(first);
    second.save();
    await waitUntil(() => second.shadowRoot!.querySelector('[part~="conflict"]'), 'no conflict', { timeout: 5000 });
    const before = (await secondStorage.get<ServicePlan>('servicePlan', first.planId!))!;
    await click(second, buttonByText($(second, '[part~="conflict"]'), 'Take theirs in every field'));
    await settle(second);
    await untilSaved(second);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = (await secondStorage.get<ServicePlan>('servicePlan', first.planId!))!;
    expect(after.version, 'nothing written').to.equal(before.version);
    expect(heard, 'cp-saved heard').to.deep.equal([`${after.version}: Theirs: Leo stays with his aunt`]);
    expect(copy.get(first.planId!)).to.deep.equal(after);
    expect($<HTMLInputElement>(second, 'input[name="goal.title"]').value).to.equal(after.goal.title);
    expect(saveState(second)).to.equal('saved');
  });
});
