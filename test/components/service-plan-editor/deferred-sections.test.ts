import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, NOW, catalog, participants, settle, templates, worker } from './helpers.js';

/**
 * As a draft opens, the bodies of its open outline sections (far below the first screen) are built in the
 * task after the first paint, not in the first render (issue 18). What that must not cost: a body
 * something needs now (a problem in it, the user opened it, an error summary's link goes into it) is
 * built at once; a body built is never thrown away; nothing above them moves; once the page is idle every
 * body is there (find-in-page finds every word).
 */

const placed: HTMLElement[] = [];
afterEach(() => {
  for (const element of placed.splice(0)) element.remove();
});

interface FirstRender {
  element: ServicePlanEditor;
  /** Each open section's key, whether its body waits, and how many elements it holds, at the plan's first render. */
  bodies: { key: string; waiting: boolean; elements: number }[];
}

function bodiesOf(element: ServicePlanEditor): FirstRender['bodies'] {
  return $$(element, '.outline-section').flatMap((section) => {
    const body = section.querySelector('.outline-body');
    return body ? [{ key: section.dataset['section'] ?? '', waiting: body.hasAttribute('data-deferred'), elements: body.querySelectorAll('*').length }] : [];
  });
}

/**
 * Places an editor, then sets `plan-id` and resolves in the microtask after the render that first shows
 * the plan's sections (no task, so no paint, has run since); `during` runs there too.
 */
async function openAtFirstRender(plan: ServicePlan, during: (element: ServicePlanEditor) => Promise<void> | void = () => undefined): Promise<FirstRender> {
  const storage = new MemoryStorageAdapter();
  await storage.put('servicePlan', plan);
  const element = document.createElement('service-plan-editor') as ServicePlanEditor;
  Object.assign(element, { storage, participants, catalog, templates, currentUser: worker, now: NOW, autosaveDelay: 60_000 });
  element.setAttribute('case-id', 'case-1');
  element.setAttribute('locale', 'en');
  document.body.append(element);
  placed.push(element);
  await element.updateComplete;
  const first = new Promise<FirstRender['bodies']>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!element.shadowRoot!.querySelector('.outline-section')) return;
      observer.disconnect();
      resolve(bodiesOf(element));
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  });
  element.planId = plan.id;
  const bodies = await first;
  await during(element);
  return { element, bodies };
}

const waiting = (element: ServicePlanEditor, key: string) => $(element, `[data-section="${key}"] .outline-body`).hasAttribute('data-deferred');

describe('<service-plan-editor>: the open sections of a draft built after the first paint', () => {
  it("the first render has every section's heading; the bodies follow, and once idle each holds its fields and text", async () => {
    const plan = readyPlan({ principalParticipantId: 'maria', basis: { assessmentSummary: '', history: 'Family known to the agency since 2024.', currentSituation: '' } });
    const { element, bodies } = await openAtFirstRender(plan);
    expect(bodies.length, 'open sections of a draft').to.be.at.least(5);
    expect(bodies.filter((body) => body.waiting).map((body) => body.key), 'bodies left for after the first paint').to.deep.equal(bodies.map((body) => body.key));
    expect(bodies.every((body) => body.elements === 0), 'a waiting body is empty').to.equal(true);
    expect($$(element, '.outline-section h2 button.disclosure').length, 'every heading is there at once').to.equal($$(element, '.outline-section').length);
    // What lies above the sections, and the first of them, where the first render put them.
    const tops = () => ['[part~="goal"]', '[part~="sub-goals"]', '.outline-section'].map((selector) => $(element, selector).getBoundingClientRect().top);
    const before = tops();

    await settle(element);
    const after = bodiesOf(element);
    expect(after.map((body) => body.key), 'the same sections').to.deep.equal(bodies.map((body) => body.key));
    expect(after.filter((body) => body.waiting), 'no body still waiting once idle').to.deep.equal([]);
    for (const body of after) expect(body.elements, `the ${body.key} section's content`).to.be.greaterThan(0);
    expect($$(element, '.outline-body input, .outline-body select, .outline-body textarea').length, "the sections' fields").to.be.at.least(10);
    // What find-in-page searches: the text, and what the fields hold.
    const text = [element.shadowRoot!.textContent ?? '', ...$$<HTMLInputElement>(element, 'input, textarea').map((control) => control.value)].join(' ');
    for (const word of ['parenting skills', 'Strong bond with the aunt', 'First unsupervised visit', 'Family known to the agency since 2024.']) expect(text, `find-in-page finds "${word}"`).to.include(word);
    expect($<HTMLSelectElement>(element, '[data-section="case-plan"] select[data-path="permanency.primary"]').value, 'the case plan section shows its value').to.equal('reunification');
    expect(tops(), 'nothing above the sections moved').to.deep.equal(before);
  });

  it('a section with a problem is built in the first render, the others after it', async () => {
    // The concurrent goal the same as the primary one: a problem in the case plan section.
    const plan = readyPlan({ principalParticipantId: 'maria', permanency: { primary: 'reunification', concurrent: 'reunification' } });
    const { element, bodies } = await openAtFirstRender(plan);
    const casePlan = bodies.find((body) => body.key === 'case-plan');
    expect(casePlan?.waiting, 'the case plan section waits').to.equal(false);
    expect($$(element, '[data-section="case-plan"] select').length, "the case plan section's fields").to.be.greaterThan(0);
    expect(bodies.filter((body) => body.waiting).length, 'the others wait').to.be.at.least(4);
    await settle(element);
  });

  it('a section the user closes and opens again while the others wait is built at once', async () => {
    const plan = readyPlan({ principalParticipantId: 'maria' });
    await openAtFirstRender(plan, async (element) => {
      expect(waiting(element, 'needs'), 'needs waits at first').to.equal(true);
      $<HTMLButtonElement>(element, '[data-section="needs"] button.disclosure').click();
      await element.updateComplete;
      $<HTMLButtonElement>(element, '[data-section="needs"] button.disclosure').click();
      await element.updateComplete;
      expect(waiting(element, 'needs'), 'needs, opened by the user').to.equal(false);
      expect($$($(element, '[data-section="needs"] .outline-body'), 'input').length, 'its fields').to.be.greaterThan(0);
      expect(waiting(element, 'milestones'), 'milestones still waits (the first paint has not come)').to.equal(true);
      await settle(element);
    });
  });

  it("an error summary's link into a waiting section builds it and puts focus on the field", async () => {
    // No permanency goal: Submit is blocked by a field of the case plan section.
    const plan = readyPlan({ principalParticipantId: 'maria' });
    delete plan.permanency;
    await openAtFirstRender(plan, async (element) => {
      expect(waiting(element, 'case-plan'), 'the case plan section waits at first').to.equal(true);
      $<HTMLButtonElement>(element, '#primary-action').click();
      await element.updateComplete;
      const link = $$<HTMLAnchorElement>($(element, '#error-summary'), 'a').find((candidate) => /permanency/i.test(candidate.textContent ?? ''));
      expect(link, 'the summary links the permanency goal').to.not.equal(undefined);
      link!.click();
      await element.updateComplete;
      expect(waiting(element, 'case-plan'), 'the case plan section, linked to').to.equal(false);
      expect(element.shadowRoot!.activeElement?.getAttribute('data-path'), 'focus on the permanency goal').to.equal('permanency.primary');
      expect(waiting(element, 'milestones'), 'milestones still waits').to.equal(true);
      await settle(element);
    });
  });

  it('a body built for a problem stays built (its focused field in place) when the problem is fixed before the others come', async () => {
    const plan = readyPlan({ principalParticipantId: 'maria', permanency: { primary: 'reunification', concurrent: 'reunification' } });
    await openAtFirstRender(plan, async (element) => {
      const concurrent = $<HTMLSelectElement>(element, '[data-section="case-plan"] select[data-path="permanency.concurrent"]');
      concurrent.focus();
      concurrent.value = 'adoption';
      concurrent.dispatchEvent(new Event('input', { bubbles: true }));
      concurrent.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
      expect(waiting(element, 'milestones'), 'milestones still waits').to.equal(true);
      expect(waiting(element, 'case-plan'), 'the case plan section, its problem fixed').to.equal(false);
      expect(concurrent.isConnected, 'the field the user is in was kept').to.equal(true);
      expect(element.shadowRoot!.activeElement, 'focus stays on it').to.equal(concurrent);
      await settle(element);
    });
  });

  it('taken off the page before its first paint, a draft builds nothing for nobody, and every body once it is back', async () => {
    const { element } = await openAtFirstRender(readyPlan({ principalParticipantId: 'maria' }), (placedElement) => placedElement.remove());
    // Longer than a frame and than the wait for one a hidden page gets (a task after either would have built them).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bodiesOf(element).filter((body) => !body.waiting), 'bodies built off the page').to.deep.equal([]);
    document.body.append(element);
    await settle(element);
    expect(bodiesOf(element).filter((body) => body.waiting || body.elements === 0), 'back on the page').to.deep.equal([]);
  });

  it('once built, a change of language, readonly and back keep every body built', async () => {
    const { element } = await openAtFirstRender(readyPlan({ principalParticipantId: 'maria' }));
    await settle(element);
    const field = $<HTMLSelectElement>(element, 'select[data-path="permanency.primary"]');
    element.setAttribute('locale', 'es');
    await settle(element);
    expect(bodiesOf(element).filter((body) => body.waiting || body.elements === 0), 'after the language changed').to.deep.equal([]);
    expect(field.isConnected, 'the same field, not built again').to.equal(true);
    element.toggleAttribute('readonly', true);
    await settle(element);
    expect($$(element, '.outline-body').length, 'read-only shows the plan as a document').to.equal(0);
    element.toggleAttribute('readonly', false);
    await element.updateComplete;
    expect(bodiesOf(element).filter((body) => body.waiting || body.elements === 0), 'writable again: built at once').to.deep.equal([]);
  });
});
