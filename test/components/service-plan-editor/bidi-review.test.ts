// Review RB12 (adversarial): typed text set in an isolating element (<bdi>, <strong>: unicode-bidi plaintext)
// whose text closes that isolate with a stray PDI (U+2069) and then opens a right-to-left override (U+202E).
// The element's own end cannot close an override opened after its isolate was closed, so the override runs on
// over the words that follow on the line: a "Trojan source" title reverses the plan's own words and dates.
// The formatter's isolatedText closes such controls (bidi-isolate.test.ts); text placed straight in a template does not.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { textNodesHolding } from '../shared/bidi.js';
import { $, mountEditor, openSection, printMedia, settle, typeInto, untilSaved } from './helpers.js';

const PDI = '\u2069';
const RLO = '\u202E';

/** Where each character of `word` is drawn in `node` (left edges, in the order written). */
function lettersDrawn(node: Text, word: string): number[] {
  const start = node.data.indexOf(word);
  return [...word].map((_, index) => {
    const range = document.createRange();
    range.setStart(node, start + index);
    range.setEnd(node, start + index + 1);
    return range.getBoundingClientRect().left;
  });
}
const inOrder = (lefts: number[]) => lefts.every((left, index) => index === 0 || left > lefts[index - 1]!);

describe('<service-plan-editor> (review RB12): a title that closes its isolate and opens an override', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('on paper: a milestone titled "First visit⁩‮" leaves its due date reading left to right', async () => {
    const storage = new MemoryStorageAdapter({ name: `rb-bidi-${Math.random()}` });
    const title = `First visit${PDI}${RLO}`;
    storage.seedRaw('servicePlan', { ...readyPlan({ milestones: [{ id: 'ms-1', title, dueDate: '2026-05-12' }] }), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);
    await printMedia(element);
    const printed = $(element, '.print-only');
    const line = textNodesHolding(printed, title)[0]?.parentElement?.closest('li');
    expect(line, 'the printed milestone line').to.not.equal(undefined);
    const date = textNodesHolding(line!, '2026')[0]!;
    const lefts = lettersDrawn(date, date.data.trim());
    expect(inOrder(lefts), `the printed due date "${date.data.trim()}" drawn at ${lefts.map(Math.round).join(', ')}`).to.equal(true);
  });

  it('on screen: a safety support named "Tia Rosa⁩‮" leaves the words after her name reading left to right', async () => {
    const storage = new MemoryStorageAdapter({ name: `rb-bidi-${Math.random()}` });
    const name = `Tia Rosa${PDI}${RLO}`;
    storage.seedRaw('servicePlan', { ...readyPlan({ safetyPlan: { dangerSigns: [], actions: [], supports: [{ id: 'su-1', name, kind: 'extended-family', contact: '555 0123' }] } }), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);
    await openSection(element, 'safety-plan');
    const entry = $(element, '[data-safety-support-id="su-1"]');
    const kind = [...entry.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && /[A-Za-z]{4}/.test((node as Text).data))!;
    expect(kind, 'the support kind written after her name').to.not.equal(undefined);
    const word = kind.data.match(/[A-Za-z]{4,}/)![0];
    const lefts = lettersDrawn(kind, word);
    expect(inOrder(lefts), `"${word}" after her name drawn at ${lefts.map(Math.round).join(', ')}`).to.equal(true);
  });

  it('held: typed Arabic, a Latin title starting with a digit: the field\'s direction follows the letters, the record holds exactly what was typed', async () => {
    const storage = new MemoryStorageAdapter({ name: `rb-bidi-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan(), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);
    const input = () => $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]');
    input().focus();
    await sendKeys({ type: '3 Rivers 2026' });
    expect(input().matches(':dir(ltr)'), 'a Latin title starting with a digit reads left to right').to.equal(true);
    await typeInto(element, input(), '', 'Enter');
    await typeInto(element, input(), 'سكن مستقر 2', 'Enter');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals.slice(-2).map((subGoal) => subGoal.title)).to.deep.equal(['3 Rivers 2026', 'سكن مستقر 2']);
  });
});
