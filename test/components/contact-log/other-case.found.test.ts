import { expect } from '@open-wc/testing';
import { $, settle } from '../visitation-planner/helpers.js';
import { storageWithOtherCase } from './seed.js';
import { countText, mountLog, rows } from './helpers.js';

// RX (round 15): a contact and a visitation plan stored under another case's id but naming this case's
// child (written by another case's element, an import, or by hand in devtools) were counted in case-1's
// log and planner: listed, and their visit counted as kept in case-1's compliance. (The planner's half is
// test/components/visitation-planner/other-case.found.test.ts.)

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('records of another case naming the same child', () => {
  it('are not listed nor counted in this case\'s contact log', async () => {
    const log = await mountLog({ storage: await storageWithOtherCase() });
    await settle(log);
    expect(countText(log)).to.equal('1 contact shown');
    expect(rows(log).map(text).join(' | ')).not.to.contain('Written in case-2');
    const march = [...$(log, '[data-summary-plan="plan-weekly"] table').querySelectorAll('tr[data-month="2026-03"] > *')].map(text);
    expect(march[2], 'visits completed in March under plan-weekly').to.equal('1');
    expect(log.shadowRoot!.querySelector('[data-summary-plan="plan-other-case"]'), 'case-2\'s plan summarized').to.equal(null);
  });
});
