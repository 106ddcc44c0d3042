import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { $, $$, byId, choose, click, mountPlanner, typeInto, until } from './helpers.js';
import { planCardTitled } from './plan-steps.js';

function messageOf(planner: HTMLElement, id: string): string {
  return planner.shadowRoot!.querySelector(`[id="${id}-error"]`)?.textContent?.trim() ?? '';
}

describe('<visitation-planner> inline errors', () => {
  it('says what is wrong next to each field, and saves nothing until it is right', async () => {
    const storage = new MemoryStorageAdapter();
    const planner = await mountPlanner({ storage });
    await click(planner, $(planner, '[data-action="create"]'));
    await choose(planner, byId(planner, 'startDate'), '2026-04-10');
    await choose(planner, byId(planner, 'endDate'), '2026-04-01');
    expect(messageOf(planner, 'endDate'), 'the dates as an English reader writes them, never ISO').to.equal('The end date (Apr 1, 2026) is before the start date (Apr 10, 2026).');
    expect(byId(planner, 'endDate').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(planner, 'endDate').getAttribute('aria-describedby')).to.contain('endDate-error');

    await typeInto(planner, byId(planner, 'durationMinutes'), '0');
    expect(messageOf(planner, 'durationMinutes')).to.equal('Enter a value of at least 5.');
    await typeInto(planner, byId(planner, 'durationMinutes'), '100000');
    expect(messageOf(planner, 'durationMinutes')).to.equal('Enter a value of at most 1,440.');
    await typeInto(planner, byId(planner, 'durationMinutes'), '60');
    expect(messageOf(planner, 'durationMinutes')).to.equal('');

    // A monthly visit on the 20th in a plan from the 1st to the 10th never happens.
    await choose(planner, byId(planner, 'startDate'), '2026-04-01');
    await choose(planner, byId(planner, 'endDate'), '2026-04-10');
    await choose(planner, byId<HTMLSelectElement>(planner, 'recurrence'), 'every-n-months');
    await typeInto(planner, byId(planner, 'recurrence.dayOfMonth'), '20');
    expect(messageOf(planner, 'recurrence')).to.contain('no visit falls between Apr 1, 2026 and Apr 10, 2026');

    await typeInto(planner, byId(planner, 'notes'), 'Meet <script>alert(1)</script> at the park');
    expect(messageOf(planner, 'notes')).to.contain('plain text');

    await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
    const summary = $(planner, '.error-summary');
    expect(summary.textContent).to.contain('Correct 3 problems before saving');
    expect(summary.textContent).to.contain('Add at least one person who visits the child');
    expect(messageOf(planner, 'participants')).to.contain('Add at least one person');
    expect((await storage.list('visitationPlan')).records).to.have.length(0);
    // The typed notes stay in the form, as text.
    expect(byId<HTMLTextAreaElement>(planner, 'notes').value).to.equal('Meet <script>alert(1)</script> at the park');
  });

  it('says every problem at its field at once, names each field in the summary, and never repeats a field\'s message at another', async () => {
    const storage = new MemoryStorageAdapter();
    const planner = await mountPlanner({ storage });
    await click(planner, $(planner, '[data-action="create"]'));
    await choose(planner, byId<HTMLSelectElement>(planner, 'basis'), 'court-ordered');
    await typeInto(planner, byId(planner, 'recurrence.interval'), '0');
    await typeInto(planner, byId(planner, 'durationMinutes'), '');
    await choose(planner, byId(planner, 'endDate'), '2000-01-01');
    await click(planner, $(planner, 'form.plan-form button[type="submit"]'));

    // Every rule at once: the end before the start comes with the emptied duration, not after it is fixed.
    const expected: Record<string, string> = {
      'basis.orderReference': 'This field is required.',
      'recurrence.interval': 'Enter a value of at least 1.',
      durationMinutes: 'This field is required.',
      endDate: 'is before the start date',
      participants: 'Add at least one person',
    };
    for (const [field, text] of Object.entries(expected)) {
      expect(messageOf(planner, field), field).to.contain(text);
      const control = planner.shadowRoot!.querySelector(`[id="${field}"]`)!;
      if (control.matches('input')) {
        expect(control.getAttribute('aria-invalid'), field).to.equal('true');
        expect(control.getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
      } else {
        expect(control.getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
      }
    }
    // The dropdowns that hold a value say nothing: the interval's and the reference's messages are theirs only.
    for (const dropdown of ['basis', 'recurrence', 'mode', 'supervision']) {
      expect(messageOf(planner, dropdown), dropdown).to.equal('');
      expect(byId(planner, dropdown).getAttribute('aria-invalid'), dropdown).to.equal('false');
    }
    const inline = $$(planner, '[part~="field-error"]').map((element) => element.textContent!.trim());
    expect(inline.filter((text) => text === 'Enter a value of at least 1.')).to.have.length(1);
    expect(inline).to.have.length(Object.keys(expected).length);

    // The summary takes focus, names the field of each message, and each link moves focus to its field.
    const summary = $(planner, '.error-summary');
    expect(planner.shadowRoot!.activeElement).to.equal(summary);
    const entries = $$(planner, '.error-summary li').map((item) => item.textContent!.trim());
    expect(entries).to.include('Court order reference: This field is required.');
    expect(entries).to.include('Length in minutes: This field is required.');
    expect(entries).to.include('Every how many weeks: Enter a value of at least 1.');
    expect(entries.find((entry) => entry.startsWith('Last day: The end date'))).to.not.equal(undefined);
    expect(entries.find((entry) => entry.startsWith('Who takes part: Add at least one person'))).to.not.equal(undefined);
    await click(planner, $(planner, '.error-summary a[data-field-link="endDate"]'));
    expect(planner.shadowRoot!.activeElement?.id).to.equal('endDate');
    await click(planner, $(planner, '.error-summary a[data-field-link="participants"]'));
    expect(planner.shadowRoot!.activeElement?.id).to.equal('participant-mother-1');
    expect((await storage.list('visitationPlan')).records).to.have.length(0);
  });

  for (const kind of ['every-n-days', 'every-n-weeks', 'every-n-months'] as const) {
    for (const typed of ['0', '-1']) {
      it(`refuses an interval of ${typed} (${kind}) with an inline message, and the page keeps responding`, async () => {
        const storage = new MemoryStorageAdapter();
        const planner = await mountPlanner({ storage });
        await click(planner, $(planner, '[data-action="create"]'));
        await choose(planner, byId<HTMLSelectElement>(planner, 'recurrence'), kind);
        await typeInto(planner, byId(planner, 'recurrence.interval'), typed);
        expect(messageOf(planner, 'recurrence.interval')).to.equal('Enter a value of at least 1.');
        // The page still answers: a later field takes what is typed.
        await typeInto(planner, byId(planner, 'durationMinutes'), '45');
        expect(byId<HTMLInputElement>(planner, 'durationMinutes').value).to.equal('45');
        await typeInto(planner, byId(planner, 'recurrence.interval'), '2');
        expect(messageOf(planner, 'recurrence.interval')).to.equal('');
      });
    }
  }

  it('refuses to activate a supervised plan with no supervisor, next to the plan, and keeps the plan as it was', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('visitationPlan', { ...(await seedWeeklyPlan(new MemoryStorageAdapter())), version: 0, status: 'draft', supervision: { level: 'supervised' } } satisfies VisitationPlan);
    const planner = await mountPlanner({ storage });
    const card = planCardTitled(planner, 'Weekly visit with mother');
    await click(planner, card.querySelector<HTMLElement>('[data-action="activate"]')!);
    await until(planner, () => planCardTitled(planner, 'Weekly visit with mother').querySelector('[part="step-error"]'), 'no refusal shown');
    expect(planCardTitled(planner, 'Weekly visit with mother').querySelector('[part="step-error"]')!.textContent).to.contain('Say who supervises');
    expect((await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!.status).to.equal('draft');
  });
});
