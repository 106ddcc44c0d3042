// A contact whose notes and place are typed in Arabic or Hebrew, with a parent's name in Arabic, each ending in
// digits or punctuation: each is an isolate where the log's row shows it among its words and in aria names.
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { ariaLabelsNaming, isolateMarkWidths, textNodesHolding, unisolated } from '../shared/bidi.js';
import { settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { family, mountLog, rows } from './helpers.js';

const notes = 'لعب لوكاس مع أمه 2';
const mother = 'ג׳ואנה אלמידה!';

describe('<contact-log>: right-to-left text people typed is isolated where it is shown', () => {
  it('a row\'s notes and the mother\'s name; the aria names naming her', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00', notes }));
    const element = await mountLog({ storage });
    element.participants = family.map((person) => (person.id === 'mother-1' ? { ...person, name: mother } : person));
    await settle(element);
    expect(rows(element).length).to.equal(1);
    for (const text of [notes, mother]) {
      expect(textNodesHolding(element, text).length, `"${text}" is shown`).to.be.greaterThan(0);
      expect(unisolated(element, text), `"${text}" shown without isolation`).to.deep.equal([]);
    }
    // Copied or read aloud, the row gains nothing visible: the isolate's marks draw nothing and sit only around her name.
    const copied = rows(element)[0]!.innerText;
    expect(copied).to.contain(`Lucas Almeida and \u2068${mother}\u2069 · `);
    expect(copied.replace(/[\u2068\u2069]/g, '')).to.contain(`Lucas Almeida and ${mother} · `);
    const widths = isolateMarkWidths(element, mother);
    expect(widths.length, 'the marks around her name').to.be.greaterThan(0);
    expect(widths.every((width) => width === 0), `the marks' drawn widths: ${widths.join(', ')}`).to.equal(true);
    expect(ariaLabelsNaming(element, mother).filter((entry) => !entry.isolated).map((entry) => entry.label)).to.deep.equal([]);
    await expectNoAxeViolations(element);
  });
});
