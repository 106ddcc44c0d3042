import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ContactFilterSchema, filterContacts } from '../../../src/model/visitation/contact-query.js';
import { contact } from './fixtures.js';

const names = new Map([
  ['mother-1', 'Joana Almeida'],
  ['grandmother-1', 'Maria Souza'],
]);
const park = contact('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Lucas showed his drawings at the park.', participantIds: ['child-1', 'mother-1'] });
const call = contact('2026-03-15T22:00:00.000Z', { type: 'completed' }, { notes: 'Short call.', location: 'Café São Bento', participantIds: ['child-1', 'grandmother-1'] });
const log = [park, call];
const ids = (text: string) => filterContacts(log, { text }, names).map((found) => found.id);

describe('text search in the contact log', () => {
  it('finds words in the notes, the place and the names of the people present, ignoring case and accents', () => {
    expect(ids('drawings')).to.deep.equal([park.id]);
    expect(ids('JOANA')).to.deep.equal([park.id]);
    expect(ids('souza')).to.deep.equal([call.id]);
    expect(ids('sao bento')).to.deep.equal([call.id]);
    expect(ids('cafe')).to.deep.equal([call.id]);
  });

  it('needs every word, and an empty search keeps everything', () => {
    expect(ids('lucas park')).to.deep.equal([park.id]);
    expect(ids('lucas souza')).to.deep.equal([]);
    expect(ids('   ')).to.deep.equal([park.id, call.id]);
    expect(z.safeParse(ContactFilterSchema, { text: 'x'.repeat(201) }).success).to.equal(false);
  });
});
