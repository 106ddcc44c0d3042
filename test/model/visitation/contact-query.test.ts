import { expect } from '@open-wc/testing';
import { earliestContactDate, filterContacts, queryContacts, sortContactsByDate } from '../../../src/model/visitation/contact-query.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { contact, planContact } from './fixtures.js';

function log(): Contact[] {
  return [
    planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'),
    planContact('plan-weekly', '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor' } }),
    planContact('plan-monthly', '2026-03-15T18:00', '2026-03-15T22:00:00.000Z', undefined, { type: 'video', participantIds: ['child-1', 'grandmother-1'] }),
    contact('2026-03-31T23:30:00.000Z', undefined, { type: 'caseworker-home-visit', participantIds: ['child-1', 'worker-1'] }),
    contact('2026-03-20T10:00:00.000Z', { type: 'cancelled', by: { party: 'agency' } }, { type: 'office', archived: true }),
  ];
}
const ids = (list: Contact[]) => list.map((entry) => entry.occurredAt.slice(0, 10));

describe('contact log filters and sort', () => {
  it('filters by plan, by no plan, by participant, type and outcome, leaving archived entries out unless asked', () => {
    expect(ids(filterContacts(log(), { visitationPlanId: 'plan-weekly' }))).to.deep.equal(['2026-03-03', '2026-03-10']);
    expect(ids(filterContacts(log(), { visitationPlanId: null }))).to.deep.equal(['2026-03-31']);
    expect(ids(filterContacts(log(), { participantId: 'grandmother-1' }))).to.deep.equal(['2026-03-15']);
    expect(ids(filterContacts(log(), { types: ['video', 'caseworker-home-visit'] }))).to.deep.equal(['2026-03-15', '2026-03-31']);
    expect(ids(filterContacts(log(), { outcomes: ['no-show', 'cancelled'] }))).to.deep.equal(['2026-03-10']);
    expect(ids(filterContacts(log(), { outcomes: ['no-show', 'cancelled'], includeArchived: true }))).to.deep.equal(['2026-03-10', '2026-03-20']);
    expect(filterContacts(log(), {})).to.have.length(4);
  });

  it('filters by a period of calendar days in the given time zone, both ends included', () => {
    // 31 March 23:30 UTC is still 31 March in New York but already 1 April in Lisbon (summer time).
    expect(ids(filterContacts(log(), { from: '2026-03-10', to: '2026-03-31', timeZone: 'America/New_York' }))).to.deep.equal(['2026-03-10', '2026-03-15', '2026-03-31']);
    expect(ids(filterContacts(log(), { from: '2026-03-10', to: '2026-03-31', timeZone: 'Europe/Lisbon' }))).to.deep.equal(['2026-03-10', '2026-03-15']);
  });

  it('sorts by date, newest first by default, comparing instants written with different offsets', () => {
    const entries = [contact('2026-03-10T12:00:00+02:00'), contact('2026-03-10T11:00:00.000Z'), contact('2026-03-09T23:00:00-05:00')];
    expect(sortContactsByDate(entries).map((entry) => entry.occurredAt)).to.deep.equal(['2026-03-10T11:00:00.000Z', '2026-03-10T12:00:00+02:00', '2026-03-09T23:00:00-05:00']);
    expect(queryContacts(log(), { visitationPlanId: 'plan-weekly' }, 'oldest-first').map((entry) => entry.plannedOccurrence)).to.deep.equal(['2026-03-03T16:00', '2026-03-10T16:00']);
  });

  it('filters 10 000 contacts by period, time zone and type', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => contact(new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 * 7).toISOString()));
    const found = queryContacts(many, { from: '2021-01-01', to: '2021-12-31', timeZone: 'Europe/Lisbon', types: ['visit'] });
    expect(found.length).to.be.within(1240, 1260);
  });
});

describe('earliest contact date', () => {
  it('is the calendar day of the earliest contact not archived, in the given time zone', () => {
    expect(earliestContactDate(log(), 'UTC')).to.equal('2026-03-03');
    const late = [contact('2026-03-31T23:30:00.000Z'), contact('2026-04-02T10:00:00.000Z'), contact('2026-03-01T10:00:00.000Z', undefined, { archived: true })];
    expect(earliestContactDate(late, 'Europe/Lisbon')).to.equal('2026-04-01');
    expect(earliestContactDate(late, 'America/New_York')).to.equal('2026-03-31');
    expect(earliestContactDate([contact('2026-03-10T12:00:00+02:00'), contact('2026-03-10T11:00:00.000Z')], 'UTC')).to.equal('2026-03-10');
    expect(earliestContactDate([], 'UTC')).to.equal(undefined);
  });
});
