// A file written by the first export format, stored as it was written: every later SDK must still read it.
import { expect } from '@open-wc/testing';
import { validateExportDocument } from '../../../src/model/exchange/validate.js';
import { storedFormat1Export } from './fixtures/stored-export.js';


describe('an export file of format 1, as stored', () => {
  it('is still valid, with its plan, visitation plan, contact and unbroken histories', async () => {
    const result = await validateExportDocument(await storedFormat1Export());
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    if (!result.ok) return;
    expect([result.document.plan.goal.title, result.document.visitationPlans.length, result.document.contacts[0]!.notes, result.document.histories.length]).to.deep.equal([
      'Lia goes home safely',
      1,
      'Visit went well; Lia showed her drawings.',
      4,
    ]);
  });
});
