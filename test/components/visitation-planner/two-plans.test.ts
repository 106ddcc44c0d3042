import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { weeklyPlan } from '../contact-log/seed.js';
import { $, click, mountPlanner, typeInto, byId, until } from './helpers.js';
import { planCardTitled } from './plan-steps.js';

/** Two active plans (the mother's Tuesdays, the father's Thursdays) and a supervised draft with no supervisor named. */
async function threePlans(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  const base = weeklyPlan();
  await storage.put('visitationPlan', base);
  await storage.put('visitationPlan', {
    ...base,
    id: 'plan-father',
    title: 'Thursday visit with father',
    recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [4] },
    participants: [{ participantId: 'child-1', role: 'child' }, { participantId: 'father-1', role: 'visitor' }],
  } satisfies VisitationPlan);
  const { activatedOn: _activated, ...draft } = base;
  await storage.put('visitationPlan', {
    ...draft,
    id: 'plan-grandmother',
    title: 'Saturday visit with grandmother',
    status: 'draft',
    recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [6] },
    supervision: { level: 'supervised' },
    participants: [{ participantId: 'child-1', role: 'child' }, { participantId: 'grandmother-1', role: 'visitor' }],
  } satisfies VisitationPlan);
  return storage;
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

const controlRoles = new Set(['button', 'link', 'textbox', 'combobox', 'checkbox', 'radio', 'spinbutton', 'region', 'group', 'form', 'article', 'list', 'alert']);

/** The role and name of every control and named region in Chromium's accessibility tree. */
async function namedControls(): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role && controlRoles.has(node.role)) found.push(`${node.role}: ${node.name ?? ''}`);
    // A native date field's own parts (month, day, year, the picker button) are the browser's; the field itself is named.
    if (node.role === 'Date') return void found.push(`date: ${node.name ?? ''}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

describe('<visitation-planner> with several plans', () => {
  it('keeps a refusal on the plan it concerns: another plan’s step never shows it', async () => {
    const planner = await mountPlanner({ storage: await threePlans() });
    await click(planner, planCardTitled(planner, 'Saturday visit with grandmother').querySelector<HTMLElement>('[data-action="activate"]')!);
    const draftCard = () => planCardTitled(planner, 'Saturday visit with grandmother');
    await until(planner, () => draftCard().querySelector('[part="step-error"]'), 'the refusal was not shown on its plan');
    expect(draftCard().querySelector('[part="step-error"]')!.textContent).to.contain('Say who supervises');

    // Suspending another plan: its step form opens without the draft's refusal, and no alert appears on it.
    await click(planner, planCardTitled(planner, 'Weekly visit with mother').querySelector<HTMLElement>('[data-action="suspend"]')!);
    const mother = planCardTitled(planner, 'Weekly visit with mother');
    expect(mother.querySelector('[part="step-form"]'), 'the step form opened').to.not.equal(null);
    expect(mother.querySelector('[role="alert"]'), 'an alert on the mother’s plan').to.equal(null);
    expect(mother.textContent).to.not.contain('Say who supervises');
    expect(planCardTitled(planner, 'Thursday visit with father').textContent).to.not.contain('Say who supervises');

    // Its own refusal (no reason) shows at its reason field, and not on the father's plan.
    await click(planner, mother.querySelector<HTMLElement>('[part="step-form"] button[type="submit"]')!);
    expect(byId(planner, 'step-reason-plan-weekly').getAttribute('aria-invalid')).to.equal('true');
    expect(planCardTitled(planner, 'Thursday visit with father').querySelector('[role="alert"], .field-error')).to.equal(null);
    await typeInto(planner, byId(planner, 'step-reason-plan-weekly'), 'Mother in hospital');
    await click(planner, $(planner, '[data-plan-id="plan-weekly"] [part="step-form"] button[type="submit"]'));
    await until(planner, () => planCardTitled(planner, 'Weekly visit with mother').dataset.status === 'suspended', 'the plan was not suspended');
    expect(planCardTitled(planner, 'Weekly visit with mother').querySelector('[role="alert"]')).to.equal(null);
  });

  it('names every control and region after its plan: no two share a name in Chromium’s accessibility tree', async () => {
    const planner = await mountPlanner({ storage: await threePlans() });
    // With a step form open on one plan, too.
    await click(planner, planCardTitled(planner, 'Thursday visit with father').querySelector<HTMLElement>('[data-action="suspend"]')!);
    const controls = await namedControls();
    expect(controls).to.include.members([
      'button: Suspend visits for Weekly visit with mother',
      'button: End plan “Weekly visit with mother”',
      'button: Activate Saturday visit with grandmother',
      'textbox: Reason for suspending the visits for Thursday visit with father',
      'button: Suspend visits for Thursday visit with father',
      'button: Cancel, keep “Thursday visit with father” as it is',
    ]);
    // The live region's alert stands empty until something is said (its words are its name then).
    expect(controls.filter((entry) => /: $/.test(entry) && !entry.startsWith('list') && !entry.startsWith('group') && entry !== 'alert: '), 'controls with no name').to.deep.equal([]);
    const repeated = controls.filter((entry, index) => controls.indexOf(entry) !== index && !/: $/.test(entry));
    expect(repeated, `controls with the same name: ${repeated.join(' | ')}`).to.deep.equal([]);
  });
});
