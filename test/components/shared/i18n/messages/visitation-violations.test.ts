import { expect } from '@open-wc/testing';
import { lookupMessage, shippedLocales, type Message } from '../../../../../src/components/shared/i18n/catalog.js';
import { en } from '../../../../../src/components/shared/i18n/messages/visitation-violations.js';
import { es } from '../../../../../src/components/shared/i18n/messages/es/visitation-violations.js';
import { fr } from '../../../../../src/components/shared/i18n/messages/fr/visitation-violations.js';
import { pt } from '../../../../../src/components/shared/i18n/messages/pt/visitation-violations.js';
import '../all-locales.js';

const visitationViolationMessages = { en, es, fr, pt };

// The files that define Violation codes and history actions for visitation (fetched as text from the test server).
const sources = [
  'src/model/visitation/plan.ts',
  'src/model/visitation/contact.ts',
  'src/model/visitation/contact-query.ts',
  'src/model/visitation/overlap.ts',
  'src/model/visitation/lifecycle.ts',
  'src/model/visitation/rules/plan-rules.ts',
  'src/model/visitation/rules/contact-rules.ts',
  'src/model/visitation/log-scope.ts',
  'src/machines/shared/machine-error.ts',
  'src/machines/shared/record-conflict.ts',
  'src/machines/shared/record-list.ts',
  'src/machines/shared/record-write.ts',
  'src/machines/visitation/planner-actors.ts',
  'src/machines/visitation/contact-log-actors.ts',
  'src/machines/visitation/planner-updates.ts',
  'src/machines/visitation/contact-log-updates.ts',
];

const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();

describe('visitation violation messages', () => {
  it('have text in English, Spanish, French and Portuguese for every code the model and machines use', async () => {
    const codes = new Set<string>();
    for (const path of sources) {
      const response = await fetch(`/${path}`);
      expect(response.ok, path).to.equal(true);
      for (const match of (await response.text()).matchAll(/['"]((?:value|visitation|visitation-plan|contact)\.[a-z0-9.-]+)['"]/g)) codes.add(match[1]!);
    }
    expect(codes.size).to.be.greaterThan(40);
    for (const code of codes) for (const locale of shippedLocales) expect(lookupMessage(locale, code), `${locale}: ${code}`).to.not.equal(undefined);
  });

  it('use the same placeholders in every language and are really translated', () => {
    for (const [key, english] of Object.entries(visitationViolationMessages.en)) {
      for (const locale of ['es', 'fr', 'pt'] as const) {
        const translated = visitationViolationMessages[locale][key as keyof typeof visitationViolationMessages.en];
        expect(placeholders(translated), `${locale}: ${key}`).to.deep.equal(placeholders(english));
        expect(translated, `${locale}: ${key} is translated`).not.to.deep.equal(english);
      }
    }
  });

  it('give a plural form for the number of clashing visits', () => {
    const message = lookupMessage('pt', 'visitation.plan.overlaps');
    expect(message).to.be.an('object');
    expect((message as { one: string }).one).to.contain('{date}');
  });
});
