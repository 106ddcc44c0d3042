import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CatalogEntry } from '../../../src/model/catalog.js';
import '../../../src/locales/fr.js';
import '../../../src/locales/pt.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { pt as plannerPt } from '../../../src/components/visitation-planner/messages/pt.js';
import { pt as logPt } from '../../../src/components/contact-log/messages/pt.js';
import { $, $$, buttonByText, click, mountEditor, openAddItemForm, subGoalCards } from './helpers.js';

function storeWith(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `terms-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...readyPlan(), version: 2 });
  return storage;
}

describe('<service-plan-editor>: the domain terms of each language, as the source documents use them', () => {
  it('French reads "jalons", "élément de plan" and "client principal" (the Cúram service-planning text)', async () => {
    const element = await mountEditor({ storage: storeWith(), planId: 'plan-1', locale: 'fr' });
    await waitUntil(() => $(element, '[part~="milestones"] h2').textContent?.includes('Jalons'), 'French milestones heading');
    expect(element.shadowRoot!.textContent).to.contain('Client principal du dossier');
    expect((await openAddItemForm(element, subGoalCards(element)[0]!)).textContent).to.contain('Élément de plan');
  });

  it('Portuguese calls the case plan "planejamento de resultados" (the Cúram outcome-planning text)', async () => {
    const element = await mountEditor({ storage: storeWith(), planId: 'plan-1', locale: 'pt' });
    await waitUntil(() => element.shadowRoot!.textContent?.includes('Planejamento de resultados'), 'Portuguese title');
  });

  it('the catalog offers transportation and income maintenance, labelled in the user\'s language', async () => {
    const element = await mountEditor({ storage: storeWith(), planId: 'plan-1', locale: 'fr' });
    element.catalog = [
      { id: 'svc-bus', name: 'Bus passes', description: 'Passes for visits', category: 'transportation', languages: ['fr'], addressesNeeds: ['transport'], servesMultipleClients: true },
      { id: 'svc-rsa', name: 'Aide aux prestations', description: 'Accès aux droits', category: 'income-maintenance', languages: ['fr'], addressesNeeds: ['revenu'], servesMultipleClients: false },
    ] satisfies CatalogEntry[];
    await waitUntil(() => buttonByText(subGoalCards(element)[0]!, 'Ajouter un service du catalogue'), 'the French catalog button');
    await click(element, buttonByText(subGoalCards(element)[0]!, 'Ajouter un service du catalogue'));
    const picker = $(element, '[part~="catalog"]');
    const options = $$<HTMLOptionElement>(picker, 'select option').map((option) => option.textContent?.trim());
    expect(options).to.include('Transport').and.to.include('Maintien du revenu');
    expect(picker.textContent).to.contain('Maintien du revenu');
  });

  it('Portuguese calls a visitation plan "plano de visitação" in the planner and the log, never "plano de visitas"', () => {
    const texts = [...Object.values(plannerPt), ...Object.values(logPt)].flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)));
    expect(texts.filter((text) => /planos? de visitas/i.test(text))).to.deep.equal([]);
    expect(texts.filter((text) => /planos? de visitação/i.test(text)).length).to.be.greaterThan(5);
  });
});
