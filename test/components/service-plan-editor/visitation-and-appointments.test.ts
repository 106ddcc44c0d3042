import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { CpOpenVisitationPlanEvent } from '../../../src/components/service-plan-editor/open-visitation-plan-event.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { contact, planContact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { $, $$, choose, click, itemCard, mountEditor, openItem, openSection, settle, storeEmptyDraft, typeInto, untilSaved } from './helpers.js';

const activePlan = () => readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' });

function caseStorage(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `visits-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...activePlan(), version: 2 });
  // Leo's weekly visits with Maria (Tuesdays 16:00, Lisbon), and a plan for another child of the case.
  storage.seedRaw('visitationPlan', weeklyPlan({ childId: 'leo', participants: [{ participantId: 'leo', role: 'child' }, { participantId: 'maria', role: 'visitor' }] }));
  storage.seedRaw('visitationPlan', weeklyPlan({ id: 'plan-other-child', title: 'Visits of another child', childId: 'ana' }));
  storage.seedRaw('contact', planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z', { type: 'completed' }, { childId: 'leo' }));
  return storage;
}

describe('<service-plan-editor>: visitation in the case plan', () => {
  it('shows the child’s visitation plans with status, court order and compliance, and follows new contacts', async () => {
    const storage = caseStorage();
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await openSection(element, 'visitation');
    await waitUntil(() => $$(element, '[part~="visitation"] li').length > 0, 'no visitation plan shown', { timeout: 5000 });
    const rows = $$(element, '[part~="visitation"] li');
    expect(rows.map((row) => row.dataset.visitationPlanId)).to.deep.equal(['plan-weekly']);
    const text = rows[0]!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Weekly visit with mother').and.to.contain('Active').and.to.contain('Court-ordered').and.to.contain('1 of 1 visits took place');

    // A no-show logged elsewhere (the contact log, another tab) shows here.
    await storage.put('contact', { ...contact('2026-03-03T16:00:00.000Z'), id: 'c-other', version: 0, childId: 'leo' });
    await storage.put('contact', { ...planContact('plan-weekly', '2026-03-10T16:00', '2026-03-10T08:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'maria' } }, { childId: 'leo' }), id: 'c-no-show', version: 0 });
    await waitUntil(() => $(element, '[part~="visitation"] li').textContent?.includes('1 visit missed'), 'the new contact was not followed', { timeout: 5000 });
  });

  it('links each plan to the host: an address from the template, and a cancelable cp-open-visitation-plan event', async () => {
    const storage = caseStorage();
    const element = await mountEditor({ storage, planId: 'plan-1' });
    element.visitationPlanHref = '/cases/{caseId}/visits/{id}';
    await openSection(element, 'visitation');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="visitation"] a'), 'no link', { timeout: 5000 });
    const link = $<HTMLAnchorElement>(element, '[part~="visitation"] a');
    expect(link.getAttribute('href')).to.equal('/cases/case-1/visits/plan-weekly');
    expect(link.getAttribute('aria-label')).to.equal('Open visitation plan: Weekly visit with mother');
    // The host shows the plan itself: it cancels, and the page does not navigate.
    element.addEventListener('cp-open-visitation-plan', (event) => event.preventDefault(), { once: true });
    const opened = oneEvent(element, 'cp-open-visitation-plan') as Promise<CpOpenVisitationPlanEvent>;
    link.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ kind: 'visitationPlan', id: 'plan-weekly', caseId: 'case-1', href: '/cases/case-1/visits/plan-weekly' });
    expect(location.pathname).not.to.contain('/visits/');

    element.visitationPlanHref = undefined;
    await settle(element);
    const again = oneEvent(element, 'cp-open-visitation-plan') as Promise<CpOpenVisitationPlanEvent>;
    $<HTMLButtonElement>(element, '[part~="visitation"] button').click();
    expect((await again).detail).to.deep.equal({ kind: 'visitationPlan', id: 'plan-weekly', caseId: 'case-1' });
  });
});

describe('<service-plan-editor>: the case\u2019s records read after the plan\u2019s first screen', () => {
  it('reads the visitation plans and contacts only once the plan is on screen (not beside its read), and the visitation section\u2019s first render shows them (never "Reading…" first)', async () => {
    const storage = caseStorage();
    const draftId = await storeEmptyDraft(storage, 'outcome');
    // The plan's read waits until the test lets it go, so the first screen is watched from its start.
    let releasePlan!: () => void;
    const planHeld = new Promise<void>((resolve) => (releasePlan = resolve));
    let planAsked = false;
    const read = storage.get.bind(storage);
    storage.get = (async (kind: Parameters<typeof storage.get>[0], id: string) => {
      if (kind === 'servicePlan') {
        planAsked = true;
        await planHeld;
      }
      return read(kind, id);
    }) as typeof storage.get;
    const listed: Promise<unknown>[] = [];
    const list = storage.list.bind(storage);
    // The records come back a little later than a plan's sections are built (IndexedDB with more to read).
    storage.list = ((...args: Parameters<typeof storage.list>) => {
      if (args[0] !== 'visitationPlan' && args[0] !== 'contact') return list(...args);
      const result = new Promise((resolve) => setTimeout(resolve, 150)).then(() => list(...args));
      listed.push(result);
      return result;
    }) as typeof storage.list;
    const mounted = mountEditor({ storage, planId: draftId });
    await waitUntil(() => planAsked, 'the plan was not read', { timeout: 5000 });
    // Counted by the test as the DOM is written: reads asked for when the plan's first screen is there, and
    // what the first render of the visitation section shows (its body comes in the task after that paint).
    let readsAtFirstScreen: number | undefined;
    let firstRender: { plans: (string | undefined)[]; loading: boolean } | undefined;
    const editor = document.querySelector('service-plan-editor')!;
    new MutationObserver((_records, observer) => {
      const root = editor.shadowRoot!;
      if (readsAtFirstScreen === undefined && root.querySelector('[part~="goal"]')) readsAtFirstScreen = listed.length;
      if (!root.querySelector('[part~="visitation"]')) return;
      firstRender = { plans: [...root.querySelectorAll<HTMLElement>('[part~="visitation"] li[data-visitation-plan-id]')].map((row) => row.dataset.visitationPlanId), loading: root.querySelector('[part~="visitation"] [role="status"]') !== null };
      observer.disconnect();
    }).observe(editor.shadowRoot!, { childList: true, subtree: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listed.length, 'records read while the plan is read').to.equal(0);
    releasePlan();
    const element = await mounted;
    await waitUntil(() => listed.length === 2, 'the case\u2019s records were not read after the plan was shown', { timeout: 5000 });
    await Promise.all(listed);
    await settle(element);
    expect(readsAtFirstScreen, 'records read before the plan\u2019s first screen was there').to.equal(0);
    expect(firstRender, 'the visitation section rendered').not.to.equal(undefined);
    // A draft names no child yet: the case's visitation plans are all listed, the same at once as once settled.
    const settled = $$(element, '[part~="visitation"] li[data-visitation-plan-id]').map((row) => row.dataset.visitationPlanId);
    expect(settled).to.include('plan-weekly');
    expect(firstRender).to.deep.equal({ plans: settled, loading: false });
  });
});

describe('<service-plan-editor>: the case\u2019s records re-render only what shows them', () => {
  for (const [what, planId] of [
    ['a service plan (no visitation section)', async (storage: MemoryStorageAdapter) => storeEmptyDraft(storage, 'service')],
    ['an active case plan with its visitation section closed', async () => 'plan-1'],
  ] as const) {
  it(`${what} shows nothing of them: a contact logged meanwhile is read, and the plan is not rendered again for it`, async () => {
    const storage = caseStorage();
    const listed: Promise<unknown>[] = [];
    const list = storage.list.bind(storage);
    storage.list = ((...args: Parameters<typeof storage.list>) => {
      const result = list(...args);
      if (args[0] === 'contact') listed.push(result);
      return result;
    }) as typeof storage.list;
    const element = await mountEditor({ storage, planId: await planId(storage) });
    expect($$(element, '[part~="visitation"]'), 'the visitation section is closed').to.have.length(0);
    await waitUntil(() => listed.length > 0, 'the contacts were not read', { timeout: 5000 });
    await Promise.all(listed);
    await settle(element);
    let renders = 0;
    const rendering = element as unknown as { render(): unknown };
    const render = rendering.render.bind(element);
    rendering.render = () => {
      renders += 1;
      return render();
    };
    const readsBefore = listed.length;
    await storage.put('contact', { ...contact('2026-03-04T10:00:00.000Z'), id: 'c-new', version: 0, childId: 'leo' });
    await waitUntil(() => listed.length > readsBefore, 'the new contact was not read', { timeout: 5000 });
    await Promise.all(listed);
    await settle(element);
    expect(renders, 'renders for a contact the plan does not show').to.equal(0);
  });
  }
});

describe('<service-plan-editor>: appointments of a plan item', () => {
  it('an appointment is made and noted kept on an active plan; the contact log’s entries for the item count in its progress', async () => {
    const storage = caseStorage();
    const housingVisit: Contact = {
      ...contact('2026-03-05T10:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'maria' } }),
      id: 'c-housing',
      childId: 'leo',
      type: 'office',
      planItem: { servicePlanId: 'plan-1', itemId: 'item-3' },
    };
    storage.seedRaw('contact', housingVisit);
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const card = () => itemCard(element, 'Item item-3');
    await openItem(element, 'Item item-3');
    await waitUntil(() => card().querySelector('[part~="appointment-progress"]')?.textContent?.includes('Missed: 1'), 'the logged contact is not counted', { timeout: 5000 });
    expect(card().textContent).to.contain('1 contact recorded in the contact log for this item');

    await click(element, $(card(), '[part~="appointments"] summary'));
    const form = $<HTMLFormElement>(card(), 'form[part~="add-appointment"]');
    await choose(element, $<HTMLInputElement>(form, 'input[name="date"]'), '2026-03-02');
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="withWhom"]'), 'Landlord viewing');
    await click(element, $(form, 'button[type="submit"]'));
    const form2 = $<HTMLFormElement>(card(), 'form[part~="add-appointment"]');
    await choose(element, $<HTMLInputElement>(form2, 'input[name="date"]'), '2026-03-20');
    await typeInto(element, $<HTMLInputElement>(form2, 'input[name="withWhom"]'), 'Housing office');
    await click(element, $(form2, 'button[type="submit"]'));
    const future = $$(card(), 'li[data-appointment-id]').find((row) => row.textContent?.includes('Housing office'))!;
    // Not before its day: no kept or missed yet, only cancelled.
    expect($$(future, 'button').map((button) => button.dataset.status)).to.deep.equal(['cancelled']);
    const past = $$(card(), 'li[data-appointment-id]').find((row) => row.textContent?.includes('Landlord viewing'))!;
    await click(element, $(past, 'button[data-status="kept"]'));
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.status).to.equal('active');
    expect(stored.subGoals[1]!.items[0]!.appointments?.map((entry) => [entry.date, entry.withWhom, entry.status])).to.deep.equal([
      ['2026-03-02', 'Landlord viewing', 'kept'],
      ['2026-03-20', 'Housing office', 'scheduled'],
    ]);
    expect(card().querySelector('[part~="appointment-progress"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Kept: 1 · Missed: 1 · Scheduled: 1');
  });
});

