import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The log alone, as a page that imports only caseplan-elements/contact-log.js (no planner helpers here:
// they would register the planner's catalog too).
import '../../../src/entries/contact-log.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { lookupMessage } from '../../../src/components/shared/i18n/catalog.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { contactAt, seedWeeklyPlan } from './seed.js';

// Issue 18: the log carries the texts it shares with the planner (visits-shared/messages) and not the
// planner's own catalog. Every text it shows must still be there: no message key on screen, no warning.
const rawKey = /\b(?:planner|visits|contact|common|merge|history|value|visit)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\b/;

function textsOf(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    else {
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description']) texts.push((node as Element).getAttribute(name) ?? '');
      // Inner parts (the virtual list of contacts) have shadow roots of their own.
      const inner = (node as Element).shadowRoot;
      if (inner) texts.push(...textsOf(inner));
    }
  }
  return texts.filter((text) => text.trim() !== '');
}

describe('<contact-log> alone on a page', () => {
  it('shows every text from its own and the shared catalogs, without the planner’s catalog', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn(...args);
    };
    try {
      const storage = new MemoryStorageAdapter();
      await seedWeeklyPlan(storage);
      await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00', notes: 'Read together.' }), { action: 'contact.recorded' });
      await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }), { action: 'contact.recorded' });
      const log = await fixture<ContactLog>(html`<contact-log
        case-id="case-1"
        child-id="child-1"
        time-zone="Europe/Lisbon"
        locale="en"
        .storage=${storage}
        .participants=${[
          { id: 'child-1', name: 'Lucas', role: 'child' },
          { id: 'mother-1', name: 'Maria', role: 'parent' },
        ]}
        .currentUser=${{ id: 'worker-1', name: 'Claire Martin' }}
        .now=${new Date('2026-03-31T20:00:00.000Z')}
      ></contact-log>`);
      const root = log.shadowRoot!;
      const rows = () => root.querySelector('cp-contact-list')?.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0;
      await waitUntil(() => root.querySelector('[data-count]') && rows() === 2, 'the log did not load', { timeout: 5000 });
      // The record form too: its fields, plans and outcomes.
      root.querySelector<HTMLButtonElement>('[data-action="record"]')!.click();
      await waitUntil(() => root.querySelector('#occurredAt'), 'the form did not open', { timeout: 5000 });
      await log.updateComplete;

      expect(lookupMessage('en', 'planner.title'), 'the planner’s own catalog was loaded with the log').to.equal(undefined);
      expect(textsOf(root).filter((text) => rawKey.test(text))).to.deep.equal([]);
      expect(warnings.filter((text) => text.includes('no message registered'))).to.deep.equal([]);
      expect(textsOf(root).join(' ')).to.contain('Weekly visit with mother');
    } finally {
      console.warn = warn;
    }
  });
});
