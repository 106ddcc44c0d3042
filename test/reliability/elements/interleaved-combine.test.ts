// 2 × 12 interleaved edits (110 in `npm run reliability`) in two editors on one plan, same-field conflicts resolved with combine (see interleaved-scenario.ts).
import { expect } from '@open-wc/testing';
import { reportFigures } from '../support/report.js';
import { interleavedRounds } from '../support/rounds.js';
import { runScenario } from './interleaved-scenario.js';

describe('two people editing one plan in two editors', () => {
  it('loses no typed edit when same-field conflicts are resolved with combine', async function () {
    this.timeout(200_000);
    const rounds = await interleavedRounds();
    const { typed, lost, resolutions } = await runScenario('combine', rounds);
    reportFigures({ scenario: `elements: 2 editors, 2 x ${rounds} interleaved edits, combine`, writers: 2, elementEdits: typed, elementLost: lost, resolutions });
    expect(resolutions, 'same-field conflicts were met and resolved').to.be.greaterThan(0);
    expect(lost, 'typed edits missing from the stored plan').to.equal(0);
  });
});
