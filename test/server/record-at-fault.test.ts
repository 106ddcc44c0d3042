import { expect } from '@open-wc/testing';
import { recordAtFault } from '../../server/record-at-fault.js';

// Which database failures refuse one write alone (the rest of the push goes) and which fail the push (retried).
describe('recordAtFault', () => {
  it('refuses alone a write the database refused for its data: a constraint, a value, a limit', () => {
    expect(recordAtFault({ code: '23514', constraint: 'an_agency_check' })).to.equal('23514');
    expect(recordAtFault({ code: '23505', constraint: 'history_pkey' })).to.equal('23505');
    expect(recordAtFault({ code: '22P05' })).to.equal('22P05');
    expect(recordAtFault({ code: '54000' })).to.equal('54000');
  });

  it('fails the whole push for the same write sent twice at once: the next try replays it', () => {
    expect(recordAtFault({ code: '23505', constraint: 'idempotency_pkey' })).to.equal(undefined);
  });

  it('fails the whole push for anything that is not the record’s: the database down, a race, a shutdown, a bug', () => {
    expect(recordAtFault(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).to.equal(undefined);
    expect(recordAtFault(new Error('PGlite is closed'))).to.equal(undefined);
    expect(recordAtFault({ code: '40001' })).to.equal(undefined);
    expect(recordAtFault({ code: '57P01' })).to.equal(undefined);
    expect(recordAtFault({ code: '53100' })).to.equal(undefined);
    expect(recordAtFault({ code: '42P01' })).to.equal(undefined);
    expect(recordAtFault(undefined)).to.equal(undefined);
  });
});
