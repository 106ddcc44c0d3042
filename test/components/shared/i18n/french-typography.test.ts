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

  it('spaces the same text for French and leaves it for another language, in either order (one text, two languages)', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatMessage('Statut: {status}!', { status: 'ok' }, 'en')).to.equal('Statut: ok!');
      expect(formatMessage('Statut: {status}!', { status: 'ok' }, 'fr-CA')).to.equal('Statut\u00a0: ok\u202f!');
      expect(formatMessage({ one: '{count} a: b', other: '{count} c: d' }, { count: 2 }, 'en')).to.equal('2 c: d');
      expect(formatMessage({ one: '{count} a: b', other: '{count} c: d' }, { count: 1 }, 'fr')).to.equal('1 a\u00a0: b');
    }
  });

  it('leaves nothing of a missing placeholder and keeps text around placeholders side by side', () => {
    expect(formatMessage('{a}{b} and {c}.', { a: 'x', c: 3000 }, 'en')).to.equal('x and 3,000.');
    expect(formatMessage('no placeholders', {}, 'en')).to.equal('no placeholders');
    expect(formatMessage('{only}', { only: '{not a placeholder}' }, 'fr')).to.equal('{not a placeholder}');
  });
});
