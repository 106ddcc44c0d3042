import { expect } from '@open-wc/testing';
import type { Violation } from '../../../src/model/shared/violation.js';
import { activationViolations, validateVisitationPlan } from '../../../src/model/visitation/rules/plan-rules.js';
import { monthlyPlan, weeklyPlan } from './fixtures.js';

const at = (found: Violation[]) => found.map((one) => `${one.code}@${one.path.join('.')}`);

describe('visitation plan rules', () => {
  it('accepts the weekly and monthly plans', () => {
    expect(validateVisitationPlan(weeklyPlan())).to.deep.equal([]);
    expect(validateVisitationPlan(monthlyPlan())).to.deep.equal([]);
  });

  it('flags an end before the start on the end field, with both dates for the message', () => {
    const found = validateVisitationPlan(weeklyPlan({ endDate: '2026-03-02' }));
    expect(found).to.deep.include({ code: 'visitation.plan.end-before-start', path: ['endDate'], params: { start: '2026-03-03', end: '2026-03-02' } });
    expect(validateVisitationPlan(weeklyPlan({ endDate: '2026-03-03' }))).to.deep.equal([]);
  });

  it('flags zero and absurd durations through the schema bounds', () => {
    expect(at(validateVisitationPlan(weeklyPlan({ durationMinutes: 0 })))).to.deep.equal(['value.too-small@durationMinutes']);
    expect(at(validateVisitationPlan(weeklyPlan({ durationMinutes: 100_000 })))).to.deep.equal(['value.too-large@durationMinutes']);
  });

  it('requires a participant besides the child, each listed once, the child in the child role', () => {
    expect(at(validateVisitationPlan(weeklyPlan({ participants: [{ participantId: 'child-1', role: 'child' }] })))).to.deep.equal([
      'visitation.plan.participant-required@participants',
    ]);
    const supervisorOnly = weeklyPlan({ participants: [{ participantId: 'child-1', role: 'child' }, { participantId: 'sup-1', role: 'supervisor' }] });
    expect(at(validateVisitationPlan(supervisorOnly))).to.deep.equal(['visitation.plan.participant-required@participants']);
    const repeated = weeklyPlan({
      participants: [
        { participantId: 'child-1', role: 'visitor' },
        { participantId: 'mother-1', role: 'visitor' },
        { participantId: 'mother-1', role: 'visitor' },
      ],
    });
    expect(at(validateVisitationPlan(repeated))).to.deep.equal(['visitation.plan.child-role@participants.0.role', 'visitation.plan.participant-duplicate@participants.2.participantId']);
  });

  it('flags a recurrence that never occurs: weekly with no weekday, or a window shorter than the period', () => {
    expect(at(validateVisitationPlan(weeklyPlan({ recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [] } })))).to.deep.equal([
      'visitation.plan.weekdays-required@recurrence.weekdays',
    ]);
    const shortMonthly = monthlyPlan({ startDate: '2026-03-01', endDate: '2026-03-10', recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 20 } });
    expect(validateVisitationPlan(shortMonthly)).to.deep.equal([
      { code: 'visitation.plan.recurrence-never-occurs', path: ['recurrence'], params: { start: '2026-03-01', end: '2026-03-10' } },
    ]);
    const fewDays = monthlyPlan({ startDate: '2026-03-01', endDate: '2026-03-05', recurrence: { type: 'times-per-month', times: 1 } });
    expect(at(validateVisitationPlan(fewDays))).to.deep.equal(['visitation.plan.recurrence-never-occurs@recurrence']);
    const everyTwoWeeksInAWeek = weeklyPlan({ startDate: '2026-03-04', endDate: '2026-03-09', recurrence: { type: 'every-n-weeks', interval: 2, weekdays: [2] } });
    expect(at(validateVisitationPlan(everyTwoWeeksInAWeek))).to.deep.equal(['visitation.plan.recurrence-never-occurs@recurrence']);
  });

  it('refuses markup in notes and transport, but keeps other characters such as "<3" or "a < b"', () => {
    expect(at(validateVisitationPlan(weeklyPlan({ notes: 'Bring <script>alert(1)</script>', transport: '<img src=x>' })))).to.deep.equal([
      'visitation.notes-markup@notes',
      'visitation.notes-markup@transport',
    ]);
    expect(validateVisitationPlan(weeklyPlan({ notes: 'Child says <3 to mum; visits < 2h' }))).to.deep.equal([]);
  });

  it('flags a suspension that ends before it starts', () => {
    const plan = weeklyPlan({ suspensions: [{ from: '2026-03-10', to: '2026-03-09', reason: 'x' }] });
    expect(validateVisitationPlan(plan)).to.deep.equal([
      { code: 'visitation.plan.suspension-end-before-start', path: ['suspensions', 0, 'to'], params: { start: '2026-03-10', end: '2026-03-09' } },
    ]);
  });

  it('asks for a supervisor before activating a supervised or monitored plan', () => {
    const plan = weeklyPlan({ supervision: { level: 'monitored' } });
    expect(validateVisitationPlan(plan)).to.deep.equal([]);
    expect(activationViolations(plan)).to.deep.equal([{ code: 'visitation.plan.supervisor-required', path: ['supervision', 'supervisorName'], params: { level: 'monitored' } }]);
    expect(activationViolations(weeklyPlan({ supervision: { level: 'supervised', supervisorId: 'worker-9' } }))).to.deep.equal([]);
  });

  it('reports a malformed value as field violations instead of throwing', () => {
    expect(at(validateVisitationPlan({ ...weeklyPlan(), startDate: 'soon' }))).to.deep.equal(['value.invalid-date@startDate']);
    expect(validateVisitationPlan(null)).to.have.length(1);
  });

  it('says everything wrong in one pass: the shape of each field and every rule whose fields are well-formed', () => {
    // An emptied duration and time, an empty court reference, no visitor, an end before the start, a
    // weekly plan with no weekday and markup in the notes: all at once, not in waves.
    const plan = weeklyPlan({
      durationMinutes: Number.NaN,
      timeOfDay: '',
      basis: { type: 'court-ordered', orderReference: '', orderDate: '2026-02-20' },
      participants: [{ participantId: 'child-1', role: 'child' }],
      endDate: '2026-03-01',
      recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [] },
      notes: '<b>hi</b>',
    });
    expect(at(validateVisitationPlan(plan))).to.have.members([
      'value.required@basis.orderReference',
      'value.required@durationMinutes',
      'value.invalid-time@timeOfDay',
      'visitation.plan.end-before-start@endDate',
      'visitation.plan.participant-required@participants',
      'visitation.plan.weekdays-required@recurrence.weekdays',
      'visitation.notes-markup@notes',
    ]);
    // The supervisor is asked for with the rest when a plan is activated.
    expect(at(activationViolations({ ...plan, supervision: { level: 'supervised' } }))).to.include('visitation.plan.supervisor-required@supervision.supervisorName');
  });

  it('holds back only the rule whose own field is malformed (an unreadable start date, no end-before-start)', () => {
    expect(at(validateVisitationPlan(weeklyPlan({ startDate: '', endDate: '2026-03-01', participants: [] })))).to.have.members([
      'value.invalid-date@startDate',
      'visitation.plan.participant-required@participants',
    ]);
  });
});
