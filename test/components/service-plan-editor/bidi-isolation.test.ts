// Names and titles typed in Arabic or Hebrew, ending in digits or punctuation, shown among the editor's words:
// each is an isolate (a <bdi>, an isolating element, or FSI … PDI in a message), on screen, in aria names and on paper.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { basicItem, participants, readyPlan } from '../../model/service-plan/fixtures.js';
import { ariaLabelsNaming, textNodesHolding, unisolated } from '../shared/bidi.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, click, confirmDialog, confirmText, mountEditor, openItem, openSection, printMedia, settle } from './helpers.js';

const goalTitle = 'عودة ليو إلى البيت 2026';
const subGoalTitle = 'סיום הטיפול בהצלחה!';
const itemName = 'جلسات إرشاد 3.';
/** An item of the same shape, whose closed line is a copy of the first one's (item-summary.ts fillLine). */
const copiedItemName = 'متابعة المدرسة 5!';
const milestoneTitle = 'ביקור ראשון 1';
const need = 'سكن مستقر 2';
const mother = 'مريم سوزا (2)';
const safetyAction = 'تتصل بروزا فورا!';
const neighbour = 'גב׳ לי 7';

async function arabicPlanEditor() {
  const storage = new MemoryStorageAdapter({ name: `bidi-${Math.random()}` });
  const plan = readyPlan({
    goal: { title: goalTitle, description: '' },
    needs: [need, 'parenting skills'],
    milestones: [{ id: 'ms-1', title: milestoneTitle, dueDate: '2026-05-01' }],
    safetyPlan: { dangerSigns: [], actions: [{ id: 'sa-1', action: safetyAction, name: neighbour }], supports: [] },
  });
  const [first, second] = plan.subGoals;
  const item = basicItem('item-1', { source: { type: 'custom', name: itemName, purpose: 'Help the family.' }, responsibility: { type: 'participant', participantId: 'maria' }, addressesNeeds: [need] });
  const stored: ServicePlan = { ...plan, subGoals: [{ ...first!, title: subGoalTitle, addressesNeeds: [need], items: [item, ...first!.items.slice(1)] }, { ...second!, items: [basicItem('item-3', { source: { type: 'custom', name: copiedItemName, purpose: 'School.' } })] }] };
  storage.seedRaw('servicePlan', { ...stored, version: 2 });
  const element = await mountEditor({ storage, planId: 'plan-1' });
  element.participants = participants.map((person) => (person.id === 'maria' ? { ...person, name: mother } : person));
  await settle(element);
  return element;
}

describe('<service-plan-editor>: right-to-left text people typed is isolated where it is shown', function () {
  // axe walks every node of a full plan; on a busy machine that takes longer than the default.
  this.timeout(60_000);

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('on screen: the sub-goal, item, need and a parent\'s name', async () => {
    const element = await arabicPlanEditor();
    await openItem(element, itemName);
    await openSection(element, 'milestones');
    await openSection(element, 'people');
    await openSection(element, 'needs');
    for (const text of [subGoalTitle, itemName, copiedItemName, need, mother]) {
      expect(textNodesHolding(element, text).length, `"${text}" is shown`).to.be.greaterThan(0);
      expect(unisolated(element, text), `"${text}" shown without isolation`).to.deep.equal([]);
    }
    await expectNoAxeViolations(element);
  });

  it('the confirm dialog asking to remove the sub-goal names it inside FSI … PDI', async () => {
    const element = await arabicPlanEditor();
    const remove = $$<HTMLButtonElement>(element, 'button.danger').find((button) => button.getAttribute('aria-label')?.includes(subGoalTitle));
    expect(remove, 'the sub-goal\'s Remove button').to.not.equal(undefined);
    await click(element, remove!);
    expect(confirmText(element)).to.contain(`\u2068${subGoalTitle}\u2069`);
    await confirmDialog(element, 'no');
  });

  it('the goal title typed in Arabic is edited right to left (its field follows what is typed)', async () => {
    const element = await arabicPlanEditor();
    const input = $<HTMLInputElement>(element, '#f-goal-title');
    expect(input.value).to.equal(goalTitle);
    expect(input.matches(':dir(rtl)'), 'the goal title field reads right to left').to.equal(true);
  });

  it('in aria names: the item\'s buttons and progress, and a safety action\'s Remove button, name them inside FSI … PDI', async () => {
    const element = await arabicPlanEditor();
    await openItem(element, itemName);
    await openSection(element, 'safety-plan');
    for (const text of [itemName, safetyAction, neighbour]) {
      const labels = ariaLabelsNaming(element, text);
      expect(labels.length, `aria names that name "${text}"`).to.be.greaterThan(0);
      expect(labels.filter((entry) => !entry.isolated).map((entry) => entry.label)).to.deep.equal([]);
    }
  });

  it('on paper: the printed copy isolates the same texts', async () => {
    const element = await arabicPlanEditor();
    await printMedia(element);
    const printed = $(element, '.print-only');
    for (const text of [goalTitle, subGoalTitle, itemName, copiedItemName, milestoneTitle, need, mother]) {
      expect(textNodesHolding(printed, text).length, `"${text}" is printed`).to.be.greaterThan(0);
      expect(unisolated(printed, text), `"${text}" printed without isolation`).to.deep.equal([]);
    }
  });
});
