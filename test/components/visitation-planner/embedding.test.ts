import type { Contact } from '../../../src/model/visitation/contact.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/caseplan-provider.js';
import '../../../src/entries/contact-log.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { contactAt, seedWeeklyPlan } from '../contact-log/seed.js';
import { $, NOW, byId, family, settle, typeInto, worker } from './helpers.js';
import { rows } from '../contact-log/helpers.js';
import { planCardTitled } from './plan-steps.js';

describe('embedding <visitation-planner> and <contact-log>', () => {
  it('take storage, people, user, language and clock from a <caseplan-provider>; their own property wins', async () => {
    const provided = new MemoryStorageAdapter();
    await seedWeeklyPlan(provided);
    const own = new MemoryStorageAdapter();
    const page = await fixture<HTMLElement>(html`<caseplan-provider locale="fr" .storage=${provided} .participants=${family} .currentUser=${worker} .now=${NOW}>
      <visitation-planner child-id="child-1" case-id="case-1"></visitation-planner>
      <contact-log child-id="child-1" case-id="case-1" locale="es" time-zone="Europe/Lisbon" .storage=${own}></contact-log>
    </caseplan-provider>`);
    const planner = page.querySelector<VisitationPlanner>('visitation-planner')!;
    const log = page.querySelector<ContactLog>('contact-log')!;
    await waitUntil(() => planner.shadowRoot?.querySelector('.plans') && log.shadowRoot?.querySelector('[data-count]'), 'did not load', { timeout: 5000 });
    await settle(planner);
    expect($(planner, 'h2').textContent).to.equal('Plans de visites');
    expect(planCardTitled(planner, 'Weekly visit with mother').querySelector('.details')!.textContent).to.contain('Joana Almeida');
    // The log has its own storage (empty) and its own language.
    expect($(log, 'h2').textContent).to.equal('Registro de contactos');
    expect($(log, '.empty').textContent).to.contain('Todavía no se ha registrado');
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    const page = await fixture<HTMLElement>(html`<div style="width: 320px">
      <visitation-planner child-id="child-1" case-id="case-1" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>
      <contact-log child-id="child-1" case-id="case-1" locale="en" time-zone="Europe/Lisbon" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>
    </div>`);
    const planner = page.querySelector<VisitationPlanner>('visitation-planner')!;
    const log = page.querySelector<ContactLog>('contact-log')!;
    await waitUntil(() => planner.shadowRoot?.querySelector('.plans') && log.shadowRoot?.querySelector('[data-count]'), 'did not load', { timeout: 5000 });
    $(planner, '[data-action="create"]').click();
    await settle(planner);
    await settle(log);
    for (const element of [planner, log]) {
      const base = $(element, '[part="base"]');
      expect(base.scrollWidth, `${element.localName} is wider than the screen`).to.be.at.most(320);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
    }
  });

  it('print as documents: no buttons, forms or filters, every plan and figure kept', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    const page = await fixture<HTMLElement>(html`<div>
      <visitation-planner child-id="child-1" case-id="case-1" locale="en" theme="dark" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>
      <contact-log child-id="child-1" case-id="case-1" locale="en" time-zone="Europe/Lisbon" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>
    </div>`);
    const planner = page.querySelector<VisitationPlanner>('visitation-planner')!;
    const log = page.querySelector<ContactLog>('contact-log')!;
    await waitUntil(() => planner.shadowRoot?.querySelector('.plans') && log.shadowRoot?.querySelector('[data-count]'), 'did not load', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(planner, '[data-action="create"]')).display).to.equal('none');
      expect(getComputedStyle($(log, '[part="filters"]')).display).to.equal('none');
      expect(getComputedStyle($(planner, 'article.plan')).display).to.not.equal('none');
      expect(getComputedStyle($(log, '[part="summaries"]')).display).to.not.equal('none');
      // A dark screen still prints dark text on white paper.
      expect(getComputedStyle($(planner, '[part="base"]')).color).to.equal('rgb(17, 24, 39)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('moved in the page keep an open form; removed, they write it and let storage go; put back, they open the records again', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const page = await fixture<HTMLElement>(html`<div>
      <section id="left"><contact-log child-id="child-1" case-id="case-1" locale="en" time-zone="Europe/Lisbon" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log></section>
      <section id="right"></section>
    </div>`);
    const log = page.querySelector<ContactLog>('contact-log')!;
    await waitUntil(() => log.shadowRoot?.querySelector('[data-count]'), 'did not load', { timeout: 5000 });
    $(log, '[data-action="record"]').click();
    await settle(log);
    await typeInto(log, byId(log, 'notes'), 'Draft kept while moving');
    page.querySelector('#right')!.append(log);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(log);
    expect(byId<HTMLTextAreaElement>(log, 'notes').value).to.equal('Draft kept while moving');

    log.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z'));
    page.querySelector('#left')!.append(log);
    // Removed for good, it wrote the open (valid) form before letting storage go: nothing typed is lost.
    await waitUntil(() => rows(log).length === 2, 'the log did not open the records again', { timeout: 5000 });
    const stored = (await storage.list<Contact>('contact', { caseId: 'case-1' })).records;
    expect(stored.map((contact) => contact.notes)).to.include('Draft kept while moving');
  });
});
