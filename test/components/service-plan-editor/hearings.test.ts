import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, click, mountEditor, openSection, printMedia, typeInto, untilSaved } from './helpers.js';

function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `hearings-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

describe('<service-plan-editor>: court hearings and reviews', () => {
  afterEach(async () => emulateMedia({ media: 'screen' }));

  it('a hearing entered after it took place with no review is flagged overdue until the review is recorded; its outcome prints', async () => {
    const storage = storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await openSection(element, 'case-plan');
    const form = $<HTMLFormElement>(element, 'form[part~="add-hearing"]');
    await choose(element, $<HTMLInputElement>(form, 'input[name="date"]'), '2026-03-02');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="hearingType"]'), 'permanency');
    await click(element, $(form, 'button[type="submit"]'));
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.reviewSchedule.hearings?.map((hearing) => [hearing.date, hearing.type])).to.deep.equal([['2026-03-02', 'permanency']]);
    const hearing = $(element, 'li.hearing');
    expect(hearing.textContent).to.contain('Permanency hearing').and.to.contain('No review recorded');
    expect($(element, '[part~="status"]').textContent).to.contain('has passed with no review recorded');

    await typeInto(element, $<HTMLTextAreaElement>(hearing, 'textarea'), 'Reunification goal confirmed');
    await untilSaved(element);

    const reviewForm = $<HTMLFormElement>(element, 'form:has(select[name="reviewType"])');
    await choose(element, $<HTMLInputElement>(reviewForm, 'input[name="date"]'), '2026-03-02');
    await choose(element, $<HTMLSelectElement>(reviewForm, 'select[name="reviewType"]'), 'court-hearing');
    await click(element, $(reviewForm, 'button[type="submit"]'));
    await waitUntil(() => !$(element, 'li.hearing').textContent?.includes('No review recorded'), 'the hearing stayed unreviewed');
    expect($(element, '[part~="status"]').textContent).to.contain('Next review due by');

    await printMedia(element);
    const paper = $(element, '.print-only .doc-reviews');
    expect(paper.textContent).to.contain('Permanency hearing').and.to.contain('Reunification goal confirmed').and.to.contain('Court hearing');
    expect($$(paper, 'li')).to.have.length(2);
  });
});
