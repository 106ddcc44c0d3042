import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, click, mountEditor, openSection, printMedia, typeInto, untilSaved } from './helpers.js';

describe('<service-plan-editor>: the safety plan', () => {
  afterEach(async () => emulateMedia({ media: 'screen' }));

  it('on an active case plan, a worker writes danger signs, who does what and who stands by the family; it is stored and printed', async () => {
    const storage = new MemoryStorageAdapter({ name: `safety-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-31' }), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await openSection(element, 'safety-plan');
    const section = $(element, '[part~="safety-plan"]');
    await typeInto(element, $<HTMLInputElement>(section, 'input[name="text"]'), 'Ana drinks again', 'Enter');
    const actionForm = $<HTMLFormElement>(section, 'form[part~="add-safety-action"]');
    await choose(element, $<HTMLSelectElement>(actionForm, 'select[name="who"]'), '');
    await typeInto(element, $<HTMLInputElement>(actionForm, 'input[name="name"]'), 'Mrs. Lee (neighbour)');
    await typeInto(element, $<HTMLTextAreaElement>(actionForm, 'textarea[name="action"]'), 'Keeps Leo with her until Rosa arrives');
    await click(element, $(actionForm, 'button[type="submit"]'));
    const supportForm = $<HTMLFormElement>(section, 'form[part~="add-safety-support"]');
    await typeInto(element, $<HTMLInputElement>(supportForm, 'input[name="name"]'), 'Pastor Okafor');
    await choose(element, $<HTMLSelectElement>(supportForm, 'select[name="kind"]'), 'community');
    await click(element, $(supportForm, 'button[type="submit"]'));
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.status).to.equal('active');
    expect(stored.safetyPlan?.dangerSigns).to.deep.equal(['Ana drinks again']);
    expect(stored.safetyPlan?.actions.map((entry) => [entry.name, entry.action])).to.deep.equal([['Mrs. Lee (neighbour)', 'Keeps Leo with her until Rosa arrives']]);
    expect(stored.safetyPlan?.supports.map((entry) => [entry.name, entry.kind])).to.deep.equal([['Pastor Okafor', 'community']]);

    await printMedia(element);
    const paper = $(element, '.print-only .doc-safety');
    expect(paper.textContent).to.contain('Ana drinks again').and.to.contain('Mrs. Lee (neighbour)').and.to.contain('Pastor Okafor (Community member)');
    expect($$(paper, 'h4').map((heading) => heading.textContent)).to.deep.equal(['Danger signs', 'Who does what', 'Family and community support']);
  });
});
