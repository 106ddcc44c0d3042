// Dates inside validation (and plan-change) messages are read in the reader's language and calendar,
// never as ISO text: formatted once, in LocalizeController.violation, for all three elements.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { registeredKeys, lookupMessage, shippedLocales } from '../../../../src/components/shared/i18n/catalog.js';
import { placeholdersOf } from '../../../../src/components/shared/i18n/format-message.js';
import { LocalizeController } from '../../../../src/components/shared/i18n/localize-controller.js';
import { isDateParam } from '../../../../src/components/shared/i18n/date-params.js';
import '../../../../src/components/shared/i18n/index.js';
import '../../../../src/define/all-elements.js';
import './all-locales.js';

class DateProbe extends LitElement {
  @property() locale?: string;
  readonly localize = new LocalizeController(this);
}
customElements.define('test-violation-date-probe', DateProbe);

async function probe(locale: string): Promise<LocalizeController> {
  const element = await fixture<DateProbe>(html`<test-violation-date-probe locale=${locale}></test-violation-date-probe>`);
  await element.updateComplete;
  expect(element.localize.locale, 'the language is loaded').to.equal(locale.slice(0, 2));
  return element.localize;
}

/** What a reader sees for each date this test passes, written out by hand per language. */
const expected = {
  en: { day: 'Mar 8, 2026', start: 'Mar 1, 2026', occurrence: 'Mar 5, 2026, 4:00 PM', month: 'March 2026', week: 'Week of Mar 2, 2026' },
  es: { day: '8 mar 2026', start: '1 mar 2026', occurrence: '5 mar 2026, 16:00', month: 'marzo de 2026', week: 'Semana del 2 mar 2026' },
  fr: { day: '8 mars 2026', start: '1 mars 2026', occurrence: '5 mars 2026, 16:00', month: 'mars 2026', week: 'Semaine du 2 mars 2026' },
  pt: { day: '8 de mar. de 2026', start: '1 de mar. de 2026', occurrence: '5 de mar. de 2026, 16:00', month: 'março de 2026', week: 'Semana de 2 de mar. de 2026' },
} as const;

const iso = /\d{4}-(\d{2}|W\d{2})/;

describe('dates inside validation messages', () => {
  for (const locale of shippedLocales) {
    it(`are written as ${locale} readers write them, never as ISO`, async () => {
      const t = await probe(locale);
      const words = expected[locale];
      const ends = t.violation({ code: 'plan.end-before-start', path: ['endDate'], params: { start: '2026-03-01', end: '2026-03-08' } });
      expect(ends).to.include(words.day).and.include(words.start);
      expect(ends).not.to.match(iso);
      const planned = t.violation({ code: 'contact.occurrence-not-planned', path: ['plannedOccurrence'], params: { occurrence: '2026-03-05T16:00' } });
      expect(planned, 'a planned visit: its wall-clock time, never shifted to the reader’s zone').to.include(words.occurrence);
      const month = t.violation({ code: 'contact.occurrence-not-planned', path: ['plannedOccurrence'], params: { occurrence: '2026-03' } });
      expect(month, 'a month').to.include(words.month);
      const week = t.violation({ code: 'contact.occurrence-outside-plan-dates', path: ['plannedOccurrence'], params: { occurrence: '2026-W10' } });
      expect(week, 'an ISO week, by its Monday').to.include(words.week);
      const changed = t.violation({ code: 'plan.change.milestone-due-date', path: [], params: { title: 'Housing', before: '2026-03-01', after: '2026-03-08' } });
      expect(changed, 'a plan change between two dates').to.include(words.start).and.include(words.day);
      for (const text of [planned, month, week, changed]) expect(text).not.to.match(iso);
    });
  }

  it('formats an instant in the reader’s own time zone', async () => {
    const t = await probe('en');
    const at = '2026-03-08T23:30:00.000Z';
    const text = t.violation({ code: 'plan.appointment.not-yet', path: [], params: { date: at } });
    expect(text).to.include(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)));
    expect(text).not.to.match(iso);
  });

  it('leaves what is not a date as it was typed (a title, a name, a count)', async () => {
    const t = await probe('en');
    expect(t.violation({ code: 'plan.sub-goal.items-missing', path: [], params: { subGoal: 'Housing 2026-27, phase 3' } })).to.include('Housing 2026-27, phase 3');
    expect(t.violation({ code: 'plan.change.goal', path: [], params: { before: '10:00 meeting', after: 'Stable housing' } })).to.include('"10:00 meeting"');
  });

  it('shows typed text that looks like a date exactly as typed (a history is evidence: no date nobody wrote)', async () => {
    const t = await probe('en');
    const renamed = t.violation({ code: 'plan.change.item-renamed', path: [], params: { before: 'Parenting class', after: '2026-03' } });
    expect(renamed).to.include('"2026-03"');
    const retitled = t.violation({ code: 'plan.change.sub-goal-retitled', path: [], params: { before: '2026-03-08', after: '2026-W10' } });
    expect(retitled).to.include('2026-03-08').and.include('2026-W10');
    const missing = t.violation({ code: 'plan.sub-goal.items-missing', path: [], params: { subGoal: '2026-02-30' } });
    expect(missing).to.include('2026-02-30');
  });

  it('leaves an impossible day as it is, never rolled over to another date', async () => {
    const t = await probe('en');
    const text = t.violation({ code: 'plan.end-before-start', path: ['endDate'], params: { start: '2026-02-30', end: '2026-03-08' } });
    expect(text).to.include('2026-02-30').and.include('Mar 8, 2026');
    expect(text).not.to.include('Mar 2, 2026');
  });

  // Every message of every catalog, in every language, with an ISO date in each of its date parameters:
  // none may still show it (a message added later with a date parameter is covered too).
  for (const locale of shippedLocales) {
    it(`show no ISO date in any ${locale} message given one`, async () => {
      const t = await probe(locale);
      const shown: string[] = [];
      for (const key of registeredKeys('en')) {
        const names = placeholdersOf(lookupMessage(locale, key)!);
        if (!names.some((name) => isDateParam(key, name))) continue;
        const params = Object.fromEntries(names.map((name) => [name, isDateParam(key, name) ? '2026-03-08' : name === 'count' ? 2 : 'text']));
        const text = t.violation({ code: key, path: [], params });
        if (iso.test(text)) shown.push(`${key}: ${text}`);
      }
      expect(shown).to.deep.equal([]);
    });
  }
});
