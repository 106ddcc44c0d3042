import { expect } from '@open-wc/testing';
import { storageWithOtherCase } from '../contact-log/seed.js';
import { mountPlanner, settle } from './helpers.js';
import { figure, planCardTitled } from './plan-steps.js';

// RX (round 15): a visitation plan and a contact stored under another case's id but naming this case's child
// were shown and counted in case-1's planner. (The contact log's half is test/components/contact-log/other-case.found.test.ts.)

describe('records of another case naming the same child', () => {
  it('are not shown nor counted in this case\'s visitation planner', async () => {
    const planner = await mountPlanner({ storage: await storageWithOtherCase() });
    await settle(planner);
    expect(planner.shadowRoot!.textContent!.includes('Plan of case-2'), 'case-2\'s plan shown').to.equal(false);
    expect(figure(planCardTitled(planner, 'Weekly visit with mother'), 'current', 'completed')).to.equal('1');
  });
});
