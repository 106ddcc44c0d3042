// History lines ("Field: before → after") read the dates the model stores (days, instants, a visit's
// occurrence) in the reader's language and time zone; text a person typed stays exactly as typed,
// however much it looks like a date (a history is evidence: no date nobody wrote).
import { expect, html } from '@open-wc/testing';
import { changeLine } from '../../../../src/components/shared/parts/history-panel.js';
import type { RecordChange } from '../../../../src/model/history-versions.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

const INSTANT = '2026-03-08T23:30:00.000Z';
const iso = /\d{4}-(\d{2}|W\d{2})/;

async function localized(locale: string) {
  const surface = await mount<TestSurface>(html`<test-surface locale=${locale}></test-surface>`);
  await settle(surface);
  return surface.localize;
}

for (const { locale, words } of [
  { locale: 'en', words: { before: 'Mar 1, 2026', after: 'Mar 8, 2026', occurrence: 'Mar 5, 2026, 4:00 PM', week: 'Week of Mar 2, 2026', hearings: 'Apr 1, 2026 and May 6, 2026' } },
  { locale: 'fr', words: { before: '1 mars 2026', after: '8 mars 2026', occurrence: '5 mars 2026, 16:00', week: 'Semaine du 2 mars 2026', hearings: '1 avr. 2026 et 6 mai 2026' } },
] as const) {
  describe(`history lines: dates in the reader's words (${locale})`, () => {
    it('formats the days, instants and occurrences the model stores, never as ISO', async () => {
      const t = await localized(locale);
      const line = (kind: string, change: RecordChange) => changeLine({ t, state: { kind } }, change);
      const due = line('servicePlan', { path: ['milestones', 'm-1', 'dueDate'], before: '2026-03-01', after: '2026-03-08' });
      expect(due).to.include(words.before).and.include(words.after);
      const recorded = line('servicePlan', { path: ['approvals', 0, 'recordedAt'], after: INSTANT });
      expect(recorded, 'an instant, in the reader’s own time zone').to.include(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(INSTANT)));
      const occurred = line('contact', { path: ['occurredAt'], before: INSTANT, after: '2026-03-09T08:00:00.000Z' });
      expect(occurred).to.include(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(INSTANT)));
      const planned = line('contact', { path: ['plannedOccurrence'], before: '2026-03-05T16:00', after: '2026-W10' });
      expect(planned, 'a planned visit at its wall-clock time; a week by its Monday').to.include(words.occurrence).and.include(words.week);
      const hearings = line('servicePlan', { path: ['reviewSchedule', 'courtHearingDates'], before: [], after: ['2026-04-01', '2026-05-06'] });
      expect(hearings, 'a list of dates').to.include(words.hearings);
      for (const text of [due, recorded, occurred, planned, hearings]) expect(text).not.to.match(iso);
    });

    it('shows typed text that looks like a date exactly as typed', async () => {
      const t = await localized(locale);
      const line = (kind: string, change: RecordChange) => changeLine({ t, state: { kind } }, change);
      expect(line('servicePlan', { path: ['goal', 'title'], before: 'Housing', after: '2026-03-08' })).to.include('2026-03-08');
      expect(line('contact', { path: ['notes'], before: '2026-03-05T16:00', after: INSTANT })).to.include('2026-03-05T16:00').and.include(INSTANT);
      expect(line('visitationPlan', { path: ['location'], before: '2026-03', after: '2026-W10' })).to.include('2026-03').and.include('2026-W10');
    });
  });
}
