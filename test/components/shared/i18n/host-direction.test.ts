import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../../../src/define/all-elements.js';
import { MemoryStorageAdapter } from '../../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../../model/service-plan/fixtures.js';
import { seedWeeklyPlan } from '../../contact-log/seed.js';
import { NOW, family, worker } from '../../contact-log/helpers.js';
import { catalog, participants, templates } from '../../service-plan-editor/helpers.js';
import { settle } from '../mount.js';

/**
 * A host page written right to left (Arabic, Hebrew) embedding the elements in one of their languages,
 * all written left to right: the elements' own text (labels, buttons, sentences) reads left to right,
 * not mirrored with its punctuation thrown to the wrong end; what people typed still takes its own
 * direction (`dir="auto"`, tested in bidi-isolate.test.ts).
 */
const log = (storage: MemoryStorageAdapter, locale: string) =>
  html`<contact-log case-id="case-1" child-id="child-1" time-zone="Europe/Lisbon" locale=${locale} .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>`;
const planner = (storage: MemoryStorageAdapter, locale: string) =>
  html`<visitation-planner child-id="child-1" case-id="case-1" locale=${locale} .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>`;
const editor = (storage: MemoryStorageAdapter, locale: string) =>
  html`<service-plan-editor case-id="case-1" plan-id="plan-1" locale=${locale} .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`;

const elements: { tag: string; place: (storage: MemoryStorageAdapter, locale: string) => TemplateResult; seed: (storage: MemoryStorageAdapter) => Promise<unknown> }[] = [
  { tag: 'contact-log', place: log, seed: seedWeeklyPlan },
  { tag: 'visitation-planner', place: planner, seed: seedWeeklyPlan },
  { tag: 'service-plan-editor', place: editor, seed: async (storage) => storage.seedRaw('servicePlan', { ...readyPlan(), version: 1 }) },
];

async function inRightToLeftPage(template: TemplateResult): Promise<HTMLElement> {
  const page = document.createElement('div');
  page.dir = 'rtl';
  page.lang = 'ar';
  document.body.append(page);
  render(template, page);
  const element = page.firstElementChild as HTMLElement & { readComplete: Promise<boolean> };
  await element.readComplete;
  await settle(element);
  return element;
}

afterEach(() => {
  for (const page of document.querySelectorAll('body > div[dir="rtl"]')) page.remove();
});

describe('the elements inside a right-to-left host page', () => {
  for (const { tag, place, seed } of elements) {
    for (const locale of ['en', 'es']) {
      it(`<${tag}> in ${locale} reads left to right: its labels and buttons are not mirrored`, async () => {
        const storage = new MemoryStorageAdapter({ name: `host-direction-${tag}-${locale}-${Math.random()}` });
        await seed(storage);
        const element = await inRightToLeftPage(place(storage, locale));
        const root = element.shadowRoot!;
        const labels = [...root.querySelectorAll('label, button, h2, h3')].filter((node) => (node.textContent ?? '').trim() !== '');
        expect(labels.length, 'labels, buttons or headings on screen').to.be.greaterThan(0);
        const mirrored = labels.filter((node) => getComputedStyle(node).direction !== 'ltr').map((node) => (node.textContent ?? '').trim().slice(0, 40));
        expect(mirrored, 'own text laid out right to left').to.deep.equal([]);
      });
    }
  }

  it('text typed in Arabic in a left-to-right element still reads right to left', async () => {
    const storage = new MemoryStorageAdapter({ name: `host-direction-typed-${Math.random()}` });
    await seedWeeklyPlan(storage);
    const element = await inRightToLeftPage(log(storage, 'en'));
    const field = element.shadowRoot!.querySelector<HTMLInputElement>('input[dir="auto"], textarea[dir="auto"]')!;
    expect(field, 'a field for typed text').not.to.equal(null);
    field.value = 'زيارة في المنزل';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(field.getAttribute('dir'), 'the field takes the direction of its text').to.equal('auto');
    expect(getComputedStyle(field).direction, 'the Arabic text').to.equal('rtl');
  });
});
