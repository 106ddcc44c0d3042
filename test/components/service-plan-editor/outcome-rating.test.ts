import { expect, oneEvent } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, itemCard, mountEditor, openItem, partText, typeInto, untilSaved } from './helpers.js';

function storeWith(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `outcome-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-31' }), version: 2 });
  return storage;
}

describe('<service-plan-editor>: outcome ratings', () => {
  it('a worker rates how the family uses an item, with evidence; the status shows outcomes beside completion', async () => {
    const storage = storeWith();
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const card = await openItem(element, $$(element, 'article[part~="item"] h4')[0]!.textContent!.trim());
    const select = $<HTMLSelectElement>(card, 'select[name$=".outcome-level"]');
    expect($$<HTMLOptionElement>(select, 'option').map((option) => option.textContent?.trim())).to.deep.equal(['Not rated yet', 'Not yet using it', 'Starting to use it', 'Using it with support', 'Using it consistently']);
    await choose(element, select, '2');
    await typeInto(element, $<HTMLTextAreaElement>(itemCard(element, card.querySelector('h4')!.textContent!.trim()), 'textarea[name$=".outcome-evidence"]'), 'Keeps the routine three nights of four');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals[0]!.items[0]!.outcomeRating).to.include({ level: 2, outOf: 3, evidence: 'Keeps the routine three nights of four' });
    expect(partText($(element, '[part~="outcome-progress"]'))).to.contain('Outcomes (1 item rated)').and.to.contain('67');
    expect(element.shadowRoot!.querySelector('[part~="overall-progress"]')).not.to.equal(null);
  });

  it('follows the agency scale in the reader\'s language, and reports an invalid scale', async () => {
    const element = await mountEditor({ storage: storeWith(), planId: 'plan-1' });
    element.outcomeScale = { levels: [{ value: 0, labels: { en: 'Not seen' } }, { value: 1, labels: { en: 'Seen' } }] };
    await element.updateComplete;
    await openItem(element, $$(element, 'article[part~="item"] h4')[0]!.textContent!.trim());
    const select = $<HTMLSelectElement>($$(element, 'article[part~="item"]')[0]!, 'select[name$=".outcome-level"]');
    expect($$<HTMLOptionElement>(select, 'option').map((option) => option.textContent?.trim())).to.deep.equal(['Not rated yet', 'Not seen', 'Seen']);
    const reported = oneEvent(element, 'cp-error');
    element.outcomeScale = { levels: [{ value: 0, labels: {} }, { value: 5, labels: {} }] };
    expect((await reported).detail.code).to.equal('input.invalid');
    await element.updateComplete;
    expect($$<HTMLOptionElement>($<HTMLSelectElement>($$(element, 'article[part~="item"]')[0]!, 'select[name$=".outcome-level"]'), 'option')).to.have.length(5);
  });
});
