// A visitation plan whose title, place, supervisor, notes and a parent's name are typed in Arabic or Hebrew and
// end in digits or punctuation: each is an isolate where the planner shows it among its words and in aria names.
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { weeklyPlan } from '../contact-log/seed.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { ariaLabelsNaming, textNodesHolding, unisolated } from '../shared/bidi.js';
import { family, mountPlanner, settle } from './helpers.js';

const title = 'زيارة أسبوعية مع الأم 2';
const location = 'מרכז המשפחה, חדר 3';
const supervisor = 'آنا كوستا.';
const transport = 'ההורה מביא את הילד!';
const notes = 'تحضر الأم الألعاب 4';
const mother = 'جوانا ألميدا (1)';

describe('<visitation-planner>: right-to-left text people typed is isolated where it is shown', () => {
  it('the plan\'s title, place, supervisor, transport, notes and the mother\'s name; the aria names naming the plan', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('visitationPlan', { ...weeklyPlan(), title, location, transport, notes, supervision: { level: 'supervised', supervisorName: supervisor } }, { action: 'visitation-plan.created' });
    const element = await mountPlanner({ storage });
    element.participants = family.map((person) => (person.id === 'mother-1' ? { ...person, name: mother } : person));
    await settle(element);
    for (const text of [title, location, supervisor, transport, notes, mother]) {
      expect(textNodesHolding(element, text).length, `"${text}" is shown`).to.be.greaterThan(0);
      expect(unisolated(element, text), `"${text}" shown without isolation`).to.deep.equal([]);
    }
    const labels = ariaLabelsNaming(element, title);
    expect(labels.length, 'aria names that name the plan').to.be.greaterThan(0);
    expect(labels.filter((entry) => !entry.isolated).map((entry) => entry.label)).to.deep.equal([]);
    await expectNoAxeViolations(element);
  });
});
