import { expect } from '@open-wc/testing';
import { lookupMessage, shippedLocales } from '../../../../../src/components/shared/i18n/catalog.js';
import '../../../../../src/components/shared/i18n/messages/storage-errors.js';
import '../all-locales.js';
import { ConflictError, CorruptRecordError, InvalidRecordError, StorageError, type StorageFailure } from '../../../../../src/storage/errors.js';
import { draftContact } from '../../../../storage/fixtures.js';

describe('storage error messages', () => {
  it('have a message in every shipped language for every StorageFailure and every storage code in the sources', async () => {
    // Typed as a record of every StorageFailure: adding a failure to errors.ts without listing it here fails tsc.
    const failures: Record<StorageFailure, true> = {
      'quota-exceeded': true,
      aborted: true,
      unavailable: true,
      blocked: true,
      timeout: true,
      'newer-schema': true,
      'decrypt-failed': true,
      cleared: true,
      unknown: true,
    };
    const codes = new Set(Object.keys(failures).map((failure) => `storage.${failure}`));
    for (const path of ['src/storage/errors.ts', 'src/storage/write-plan.ts', 'src/storage/encrypted-envelope.ts', 'src/storage/encrypting-adapter.ts']) {
      const source = await (await fetch(`/${path}`)).text();
      for (const match of source.matchAll(/['"](storage\.[a-z-]+)['"]/g)) codes.add(match[1]!);
    }
    expect([...codes]).to.include.members(['storage.decrypt-failed', 'storage.conflict', 'storage.corrupt-record', 'storage.duplicate-write']);
    const missing = [...codes].flatMap((code) => shippedLocales.filter((locale) => lookupMessage(locale, code) === undefined).map((locale) => `${locale} ${code}`));
    expect(missing).to.deep.equal([]);
  });

  it('localize the error each kind of failure really raises', () => {
    const contact = draftContact('contact-1');
    const failure: StorageFailure = 'decrypt-failed';
    const errors = [
      new StorageError(failure, 'x'),
      new ConflictError('contact', 'contact-1', contact, contact),
      new CorruptRecordError('contact', 'contact-1', []),
      new InvalidRecordError('contact', 'contact-1', []),
    ];
    for (const error of errors) for (const locale of shippedLocales) expect(lookupMessage(locale, error.code), `${locale} ${error.code}`).to.be.a('string');
    expect(lookupMessage('pt', 'storage.decrypt-failed')).to.include('criptografados');
    expect(lookupMessage('en', 'common.storage-warning.title')).to.equal('Your work is not being kept');
  });
});
