// 2 × 12 interleaved edits (110 in `npm run reliability`) on one contact in two contact logs, same-field conflicts resolved with combine (see interleaved-visits-scenario.ts).
import { expect } from '@open-wc/testing';
import { reportFigures } from '../support/report.js';
import { interleavedRounds } from '../support/rounds.js';
import { runVisitsScenario, subjects } from './interleaved-visits-scenario.js';

describe('two people editing one contact in two contact logs', () => {
  it('loses no typed edit when same-field conflicts are resolved with combine', async function () {
    this.timeout(220_000);
    const rounds = await interleavedRounds();
    const { typed, lost, resolutions } = await runVisitsScenario(subjects.contact, 'combine', rounds);
    reportFigures({ scenario: `elements: 2 contact logs, 2 x ${rounds} interleaved edits on one contact, combine`, writers: 2, elementEdits: typed, elementLost: lost, resolutions });
    expect(resolutions, 'same-field conflicts were met and resolved').to.be.greaterThan(0);
    expect(lost, 'typed edits missing from the stored contact').to.equal(0);
  });
});
