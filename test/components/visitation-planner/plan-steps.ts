import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import { $, byId, choose, click, typeInto, until } from './helpers.js';

/** Fills in the plan form through its controls and saves, as a caseworker would. */
export async function createWeeklyVisitWithMother(planner: VisitationPlanner): Promise<void> {
  await click(planner, $(planner, '[data-action="create"]'));
  await typeInto(planner, byId(planner, 'title'), 'Weekly visit with mother');
  await click(planner, byId(planner, 'participant-mother-1'));
  await choose(planner, byId<HTMLSelectElement>(planner, 'basis'), 'court-ordered');
  await typeInto(planner, byId(planner, 'basis.orderReference'), 'FC-2026-0142');
  await choose(planner, byId(planner, 'basis.orderDate'), '2026-02-20');
  await choose(planner, byId(planner, 'startDate'), '2026-03-01');
  await choose(planner, byId<HTMLSelectElement>(planner, 'recurrence'), 'every-n-weeks');
  if (!byId(planner, 'weekday-2').checked) await click(planner, byId(planner, 'weekday-2'));
  await choose(planner, byId(planner, 'timeOfDay'), '16:00');
  await typeInto(planner, byId(planner, 'durationMinutes'), '90');
  await typeInto(planner, byId(planner, 'timeZone'), 'Europe/Lisbon');
  await typeInto(planner, byId(planner, 'location'), 'Family visit centre, room 2');
  await choose(planner, byId<HTMLSelectElement>(planner, 'supervision'), 'supervised');
  await typeInto(planner, byId(planner, 'supervision.supervisorName'), 'Ana Costa');
  await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
  await until(planner, () => !planner.shadowRoot!.querySelector('form.plan-form'), 'the weekly plan was not saved');
}

export async function createMonthlyCallWithGrandmother(planner: VisitationPlanner): Promise<void> {
  await click(planner, $(planner, '[data-action="create"]'));
  await typeInto(planner, byId(planner, 'title'), 'Monthly video call with grandmother');
  await click(planner, byId(planner, 'participant-grandmother-1'));
  await choose(planner, byId(planner, 'startDate'), '2026-03-01');
  await choose(planner, byId<HTMLSelectElement>(planner, 'recurrence'), 'every-n-months');
  await typeInto(planner, byId(planner, 'recurrence.dayOfMonth'), '15');
  await choose(planner, byId(planner, 'timeOfDay'), '18:00');
  await typeInto(planner, byId(planner, 'durationMinutes'), '30');
  await typeInto(planner, byId(planner, 'timeZone'), 'America/New_York');
  await choose(planner, byId<HTMLSelectElement>(planner, 'mode'), 'video');
  await choose(planner, byId<HTMLSelectElement>(planner, 'supervision'), 'unsupervised');
  await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
  await until(planner, () => !planner.shadowRoot!.querySelector('form.plan-form'), 'the monthly plan was not saved');
}

/** The plan's card, found by its title. */
export function planCardTitled(planner: VisitationPlanner, title: string): HTMLElement {
  const card = [...planner.shadowRoot!.querySelectorAll<HTMLElement>('article.plan')].find((candidate) => candidate.querySelector('h3')?.textContent?.trim() === title);
  if (!card) throw new Error(`no plan titled ${title}`);
  return card;
}

export async function activate(planner: VisitationPlanner, title: string): Promise<void> {
  await click(planner, planCardTitled(planner, title).querySelector<HTMLElement>('[data-action="activate"]')!);
  await until(planner, () => planCardTitled(planner, title).dataset.status === 'active', `${title} was not activated`);
}

/** A figure ("planned", "completed", "cancelled", "missed", "rate") of a period ("current", "since-start") in a card. */
export function figure(card: HTMLElement, period: 'current' | 'since-start', name: string): string {
  return card.querySelector(`[data-period="${period}"] [data-figure="${name}"]`)?.textContent?.trim() ?? '';
}
