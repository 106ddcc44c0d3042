import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, click, settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';
import { emulateForcedColors, expectReadable } from '../shared/forced-colors.js';

describe('<contact-log> in forced colors (Windows high contrast), light and dark system palettes', () => {
  afterEach(async () => emulateForcedColors('none'));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the label of every filled button readable, and a disabled field unlike an enabled one (${scheme})`, async () => {
      const storage = new MemoryStorageAdapter();
      await seedWeeklyPlan(storage);
      await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { id: 'visit-10' }));
      await emulateForcedColors('active', scheme);
      const log = await mountLog({ storage });
      await settle(log);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expectReadable($(log, '[data-action="record"]'), 'Record a contact');

      await click(log, rows(log)[0]!.querySelector<HTMLElement>('[data-action="archive"]')!);
      // The question is the shared <cp-confirm>: its buttons live in its own shadow root, with its own styles.
      const question = $(log, '[part="archive-confirm"]');
      expectReadable(question.shadowRoot!.querySelector<HTMLElement>('[part~="confirm-button"]')!, 'the archive question’s Archive');
      await click(log, question.shadowRoot!.querySelector<HTMLElement>('[part~="cancel-button"]')!);

      await click(log, $(log, '[data-action="record"]'));
      await settle(log);
      expectReadable($(log, 'form.contact-form button[type="submit"]'), 'Save');
      // A field the form disables is drawn unlike an enabled one (the log's own stylesheet decides).
      const fields = [...log.shadowRoot!.querySelectorAll<HTMLInputElement>('form.contact-form input[type="number"], form.contact-form input[type="text"]')];
      const [disabled, enabled] = [fields[0]!, fields[1]!];
      disabled.disabled = true;
      const a = getComputedStyle(disabled);
      const b = getComputedStyle(enabled);
      expect([a.color, a.borderTopStyle, a.borderTopColor].join(), 'a disabled field looks like an enabled one').to.not.equal([b.color, b.borderTopStyle, b.borderTopColor].join());
    });
  }
});
