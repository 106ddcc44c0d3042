import { expect } from '@open-wc/testing';
import { lookupMessage, registeredKeys, shippedLocales, type Message, type ShippedLocale } from '../../../../src/components/shared/i18n/catalog.js';
import { placeholdersOf } from '../../../../src/components/shared/i18n/format-message.js';
// The shared catalogs, and every element with its parts, so every catalog a shipped element registers is checked.
import '../../../../src/components/shared/i18n/index.js';
import '../../../../src/define/all-elements.js';
// Every language, as its module registers it (each module is also checked alone in locale-loading.test.ts).
import './all-locales.js';

type Lookup = (locale: ShippedLocale, key: string) => Message | undefined;

/** What is wrong with one translation of the catalogs: missing or empty messages, placeholders unlike English. */
function translationProblems(locale: ShippedLocale, englishKeys: readonly string[], localeKeys: readonly string[], lookup: Lookup): string[] {
  const problems: string[] = [];
  for (const key of englishKeys) {
    const english = lookup('en', key)!;
    const translated = lookup(locale, key);
    if (translated === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const text = typeof translated === 'string' ? translated : translated.other;
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: empty`);
    const expected = placeholdersOf(english).join(',');
    const actual = placeholdersOf(translated).join(',');
    if (expected !== actual) problems.push(`${key}: placeholders {${actual}} instead of {${expected}}`);
    if (typeof english !== typeof translated) problems.push(`${key}: plural in one language only`);
  }
  for (const key of localeKeys) if (lookup('en', key) === undefined) problems.push(`${key}: no English original`);
  return problems;
}

describe('message catalogs', () => {
  it('register the shared messages', () => {
    expect(registeredKeys('en').length).to.be.greaterThan(50);
  });

  for (const locale of shippedLocales.filter((candidate) => candidate !== 'en')) {
    it(`have every English message in ${locale}, with the same {placeholders}`, () => {
      const problems = translationProblems(locale, registeredKeys('en'), registeredKeys(locale), lookupMessage);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('catch a missing translation, a renamed placeholder and an orphan key (the check itself works)', () => {
    const fake: Record<string, Record<string, Message>> = {
      en: { 'x.greeting': 'Hello {name}', 'x.count': { one: '{count} visit', other: '{count} visits' }, 'x.only-en': 'Only' },
      fr: { 'x.greeting': 'Bonjour {nom}', 'x.count': 'visites', 'x.orphan': 'Orphelin' },
    };
    const lookup: Lookup = (locale, key) => fake[locale]?.[key];
    const problems = translationProblems('fr', Object.keys(fake.en!), Object.keys(fake.fr!), lookup);
    expect(problems).to.deep.equal([
      'x.greeting: placeholders {nom} instead of {name}',
      'x.count: placeholders {} instead of {count}',
      'x.count: plural in one language only',
      'x.only-en: missing',
      'x.orphan: no English original',
    ]);
  });

  it('give every plural message an "other" form in every language', () => {
    const problems: string[] = [];
    for (const locale of shippedLocales) {
      for (const key of registeredKeys(locale)) {
        const message = lookupMessage(locale, key)!;
        if (typeof message !== 'string' && typeof message.other !== 'string') problems.push(`${locale} ${key}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
