// A screen reader's list of form fields: each sub-goal's own fields (its title and description, and the
// form adding a plan item to it) say which sub-goal they belong to, as the items' fields name their item.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { mountEditor, openAddItemForm, subGoalCards } from './helpers.js';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The names of the form fields and groups in Chromium's accessibility tree. */
async function namesOf(roles: string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role && roles.includes(node.role)) found.push(`${node.role}: ${node.name ?? ''}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

const repeatedIn = (names: string[]) => names.filter((name, index) => names.indexOf(name) !== index);

describe('<service-plan-editor>: sub-goals heard through a screen reader', () => {
  // Tall enough for the whole plan: sub-goals away from the screen are skipped (content-visibility) in the snapshot.
  beforeEach(() => setViewport({ width: 1280, height: 6000 }));
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  it("names each sub-goal's title and description fields with the sub-goal", async () => {
    const storage = new MemoryStorageAdapter({ name: `sub-goal-names-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan(), version: 1 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const subGoals = readyPlan().subGoals;
    expect(subGoals.length, 'a plan of several sub-goals').to.be.greaterThan(1);
    const fields = (await namesOf(['textbox'])).filter((name) => /Sub-goal title|Description/.test(name));
    expect(fields.length, `the sub-goals' fields among ${fields.join(' | ')}`).to.be.at.least(2 * subGoals.length);
    expect(repeatedIn(fields), `fields named alike among ${fields.join(' | ')}`).to.deep.equal([]);
    for (const subGoal of subGoals) expect(fields.some((name) => name.includes(subGoal.title)), `a field naming "${subGoal.title}"`).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('names each add-item form (its group, the legend) with the sub-goal it adds to', async () => {
    const storage = new MemoryStorageAdapter({ name: `sub-goal-add-names-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan(), version: 1 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const legends: string[] = [];
    for (const card of subGoalCards(element)) legends.push((await openAddItemForm(element, card)).querySelector('legend')!.textContent!.trim());
    expect(legends.length, 'add-item forms').to.be.greaterThan(1);
    expect(repeatedIn(legends), `forms named alike among ${legends.join(' | ')}`).to.deep.equal([]);
    readyPlan().subGoals.forEach((subGoal, index) => expect(legends[index], 'the form of its sub-goal').to.include(subGoal.title));
  });
});
