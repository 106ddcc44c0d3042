import { expect } from '@open-wc/testing';
import { formatMessage, frenchSpacing } from '../../../../src/components/shared/i18n/format-message.js';

describe('French typography in the catalogs\' own text', () => {
  it('puts a no-break space before ":" and a narrow one before ";", "!" and "?", whatever space the translator typed', () => {
    expect(frenchSpacing('{label} :')).to.equal('{label}\u00a0:');
    expect(frenchSpacing('Statut: {status}')).to.equal('Statut\u00a0: {status}');
    expect(frenchSpacing('Sûr ? Oui ; vraiment !')).to.equal('Sûr\u202f? Oui\u202f; vraiment\u202f!');
    // A time or a URL is not punctuation to space.
    expect(frenchSpacing('à 10:30, voir https://example.org')).to.equal('à 10:30, voir https://example.org');
  });

  it('applies to French only, and never to what people typed (the placeholders\' values)', () => {
    expect(formatMessage('{label} :', { label: 'Note: voir ci-dessous ; merci' }, 'fr-FR')).to.equal('Note: voir ci-dessous ; merci\u00a0:');
    expect(formatMessage('{label}:', { label: 'Status' }, 'en')).to.equal('Status:');
    expect(formatMessage('{label} :', { label: 'Estado' }, 'es')).to.equal('Estado :');
  });
});
