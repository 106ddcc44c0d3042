import { expect } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { InvalidRecordError } from '../../src/storage/errors.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { damageStoredRecord } from '../components/shared/damaged-row.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

// Writes refuse half a character (adapter-contract.ts); a record stored before that check is not damaged:
// it still reads, every word of it, and is refused only when written again unchanged, naming the field.
describe('a record stored with half a character before writes refused it', () => {
  it('still reads as it was; writing it again names the field to mend', async () => {
    const databaseName = freshDatabaseName('lone-surrogate');
    const adapter = new DexieStorageAdapter({ databaseName });
    try {
      await adapter.put('contact', draftContact('contact-old'));
      await damageStoredRecord(databaseName, 'contact', 'contact-old', { notes: 'Visit went well \uD83D' });
      const stored = await adapter.get<Contact>('contact', 'contact-old');
      expect(stored?.notes, 'read as stored').to.equal('Visit went well \uD83D');
      expect((await adapter.list('contact')).corrupt.length, 'not reported damaged').to.equal(0);
      const error = await adapter.put('contact', { ...stored!, location: 'Home' }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).violations.map((violation) => `${violation.code} ${violation.path.join('.')}`)).to.deep.equal(['value.lone-surrogate notes']);
    } finally {
      await adapter.close();
    }
  });
});
