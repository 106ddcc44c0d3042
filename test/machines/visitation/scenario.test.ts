import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import type { ContactOutcome } from '../../../src/model/visitation/contact.js';
import type { VisitationPlanContent } from '../../../src/model/visitation/plan.js';
import { selectPlanSummaries } from '../../../src/machines/visitation/planner-selectors.js';
import { selectPlanCompliance, selectVisibleContacts } from '../../../src/machines/visitation/contact-log-selectors.js';
import { newStorage, startPlanner, type PlannerHarness } from './planner-harness.js';
import { startContactLog, type ContactLogHarness } from './contact-log-harness.js';

const NOW = new Date('2026-04-01T12:00:00.000Z');

const weeklyWithMother: Partial<VisitationPlanContent> = {
  title: 'Weekly supervised visit with mother',
  participants: [
    { participantId: 'child-1', role: 'child' },
    { participantId: 'mother-1', role: 'visitor' },
  ],
  basis: { type: 'court-ordered', orderReference: 'FC-2026-0142', orderDate: '2026-02-20' },
  startDate: '2026-03-02',
  timeZone: 'Europe/Lisbon',
  recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [2] },
  timeOfDay: '16:00',
  durationMinutes: 90,
  mode: 'in-person',
  location: 'Family visit centre',
  supervision: { level: 'supervised', supervisorName: 'Ana Costa' },
};

const monthlyCallWithGrandmother: Partial<VisitationPlanContent> = {
  title: 'Monthly video call with grandmother',
  participants: [
    { participantId: 'child-1', role: 'child' },
    { participantId: 'grandmother-1', role: 'visitor' },
  ],
  basis: { type: 'mutually-agreed', agreedOn: '2026-02-25' },
  startDate: '2026-03-01',
  timeZone: 'Europe/Lisbon',
  recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 15 },
  timeOfDay: '18:00',
  durationMinutes: 30,
  mode: 'video',
  supervision: { level: 'unsupervised' },
};

async function createActivePlan(planner: PlannerHarness, content: Partial<VisitationPlanContent>): Promise<string> {
  planner.send({ type: 'CREATE' });
  planner.send({ type: 'CHANGE', patch: content });
  const id = planner.snapshot().context.editor!.draft.id;
  planner.send({ type: 'SAVE' });
  await planner.until('idle');
  planner.send({ type: 'ACTIVATE', planId: id });
  await waitFor(planner.actor, (snapshot) => snapshot.context.plans.find((plan) => plan.id === id)?.status === 'active', { timeout: 3000 });
  await planner.until('idle'); // the watched change may arrive before the write returns
  return id;
}

async function logContact(log: ContactLogHarness, planId: string, occurredAt: string, outcome: ContactOutcome): Promise<void> {
  log.send({ type: 'RECORD', initial: { visitationPlanId: planId } });
  log.send({ type: 'CHANGE', patch: { occurredAt, outcome } });
  expect(log.snapshot().context.editor!.violations, occurredAt).to.deep.equal([]);
  log.send({ type: 'SAVE' });
  await log.untilWhole();
}

describe('visitation planner and contact log together (issue 4 scenario, without a DOM)', () => {
  it('two active plans, a month of contacts with one no-show and one cancellation: the same figures in both, and after a reload', async () => {
    const storageName = `scenario-${Math.random()}`;
    const planner = startPlanner(newStorage(storageName), NOW);
    const log = startContactLog(newStorage(storageName), {}, NOW);
    await planner.until('idle');
    await log.untilWhole();

    const weeklyId = await createActivePlan(planner, weeklyWithMother);
    const monthlyId = await createActivePlan(planner, monthlyCallWithGrandmother);
    await waitFor(log.actor, (snapshot) => snapshot.context.plans.length === 2, { timeout: 3000 });

    await logContact(log, weeklyId, '2026-03-03T16:00:00.000Z', { type: 'completed' });
    await logContact(log, weeklyId, '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } });
    await logContact(log, weeklyId, '2026-03-17T09:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } });
    await logContact(log, weeklyId, '2026-03-24T16:00:00.000Z', { type: 'completed' });
    await logContact(log, weeklyId, '2026-03-31T15:00:00.000Z', { type: 'completed' });
    await logContact(log, monthlyId, '2026-03-15T18:00:00.000Z', { type: 'completed' });

    expect(log.snapshot().context.contacts.map((contact) => contact.plannedOccurrence)).to.deep.equal([
      '2026-03-03T16:00',
      '2026-03-10T16:00',
      '2026-03-17T16:00',
      '2026-03-24T16:00',
      '2026-03-31T16:00',
      '2026-03-15T18:00',
    ]);

    const expectFigures = (weekly: { months: { month: string }[] }, monthly: { months: { month: string }[] }) => {
      expect(weekly.months[0]).to.include({ month: '2026-03', planned: 5, completed: 3, noShow: 1, cancelled: 1, missed: 1, rate: 0.6 });
      expect(monthly.months[0]).to.include({ month: '2026-03', planned: 1, completed: 1, missed: 0, rate: 1 });
    };
    const [logWeekly, logMonthly] = selectPlanCompliance(log.snapshot());
    expectFigures(logWeekly!, logMonthly!);
    const inPlanner = await waitFor(planner.actor, (snapshot) => snapshot.context.contacts.length === 6, { timeout: 3000 });
    const [plannerWeekly, plannerMonthly] = selectPlanSummaries(inPlanner);
    expectFigures(plannerWeekly!.compliance, plannerMonthly!.compliance);
    expect(plannerWeekly!.compliance.missed.map((status) => status.occurrence.key)).to.deep.equal(['2026-03-10T16:00']);
    expect(plannerWeekly!.overlaps).to.deep.equal([]);

    planner.actor.stop();
    log.actor.stop();
    const reopenedPlanner = startPlanner(newStorage(storageName), NOW);
    const reopenedLog = startContactLog(newStorage(storageName), {}, NOW);
    const [weeklyAgain, monthlyAgain] = selectPlanSummaries(await reopenedPlanner.until('idle'));
    expect([weeklyAgain!.plan.status, monthlyAgain!.plan.status]).to.deep.equal(['active', 'active']);
    expectFigures(weeklyAgain!.compliance, monthlyAgain!.compliance);
    expect(selectVisibleContacts(await reopenedLog.untilWhole())).to.have.length(6);
  });
});
