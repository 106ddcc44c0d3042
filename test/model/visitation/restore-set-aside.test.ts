import { expect } from '@open-wc/testing';
import { restoreContactVersion, restoreVisitationPlanVersion, type RestoreResult } from '../../../src/model/visitation/restore-set-aside.js';
import { setAsideOf, type ConflictResolution } from '../../../src/model/set-aside.js';
import { endVisitationPlan, suspendVisitationPlan } from '../../../src/model/visitation/lifecycle.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { contact, planContact, weeklyPlan } from './fixtures.js';

const NOW = new Date('2026-04-01T12:00:00.000Z');
const MY_PLACE = 'Grandmother’s house, garden room';

const codes = <T>(result: RestoreResult<T>) => (result.ok ? [] : result.violations.map((found) => found.code));

/** A status step met an edit (no base): the whole version not kept is set aside. */
function wholeVersionSetAside<T extends VisitationPlan | Contact>(recordKind: string, mine: T, theirs: T, resolution: ConflictResolution = 'take-theirs') {
  const version = setAsideOf({ id: 'sa-1', recordKind, conflict: { mine, theirs, fields: [], choices: {} }, resolution, by: 'worker-1', at: '2026-03-30T11:00:00.000Z' });
  if (!version) throw new Error('nothing set aside');
  return version;
}

/** I changed the place while a colleague suspended the visits: my version (active, my place) is set aside. */
function placeAgainstSuspension() {
  const plan = weeklyPlan({ version: 3 });
  const mine: VisitationPlan = { ...plan, location: MY_PLACE };
  const suspended = suspendVisitationPlan(plan, { reason: 'Court hearing pending', from: '2026-03-20' });
  if (!suspended.ok) throw new Error(JSON.stringify(suspended.violations));
  const theirs: VisitationPlan = { ...suspended.plan, version: 4, updatedBy: 'worker-2' };
  return { plan, mine, theirs, version: wholeVersionSetAside('visitationPlan', mine, theirs) };
}

describe('restoring a version set aside in a conflict onto a visitation plan (model rule)', () => {
  it('brings back its words and keeps the plan suspended with its suspension, never the old status', () => {
    const { theirs, version } = placeAgainstSuspension();
    expect((version.setAside as VisitationPlan).status, 'the version set aside is active').to.equal('active');
    const result = restoreVisitationPlanVersion(theirs, version);
    expect(codes(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.record.location).to.equal(MY_PLACE);
    expect(result.record.status).to.equal('suspended');
    expect(result.record.suspensions).to.deep.equal(theirs.suspensions);
    expect(result.record.version, 'the write carries the version it was read at').to.equal(theirs.version);
  });

  it('refuses once the plan has ended (a record of what was agreed); the version stays readable', () => {
    const { theirs, version } = placeAgainstSuspension();
    const ended = endVisitationPlan({ ...theirs, version: 6 }, { today: '2026-03-31' });
    if (!ended.ok) throw new Error('not ended');
    expect(codes(restoreVisitationPlanVersion(ended.plan, version))).to.deep.equal(['visitation.plan.ended-read-only']);
  });

  it('refuses a version that differs only in its status or steps: only the steps move them', () => {
    const plan = weeklyPlan({ version: 3 });
    const suspended = suspendVisitationPlan(plan, { reason: 'Hospital stay', from: '2026-03-20' });
    if (!suspended.ok) throw new Error('not suspended');
    // I kept mine (active) over their suspension, then the plan was suspended again by its step.
    const version = wholeVersionSetAside('visitationPlan', plan, { ...suspended.plan, version: 4 }, 'keep-mine');
    const current: VisitationPlan = { ...plan, version: 5 };
    expect(codes(restoreVisitationPlanVersion(current, version))).to.deep.equal(['visitation.set-aside.restore-steps-only']);
  });

  it('refuses a version that would break a rule any save passes, said by that rule', () => {
    const plan = weeklyPlan({ version: 3 });
    // Their version (set aside when I kept mine) had no supervisor named; the plan is active, so one is required.
    const theirs: VisitationPlan = { ...plan, version: 4, supervision: { level: 'supervised' } };
    const version = wholeVersionSetAside('visitationPlan', plan, theirs, 'keep-mine');
    const current: VisitationPlan = { ...plan, version: 5 };
    expect(codes(restoreVisitationPlanVersion(current, version))).to.deep.equal(['visitation.plan.supervisor-required']);
  });
});

describe('restoring a version set aside in a conflict onto a contact (model rule)', () => {
  const plans = [weeklyPlan()];
  const logged = planContact('plan-weekly', '2026-03-24T16:00', '2026-03-24T15:00:00.000Z', { type: 'completed' }, { version: 2, notes: 'Went well.' });

  it('brings back its words, leaving its archive, case and author as they are now', () => {
    const mine: Contact = { ...logged, notes: 'Went well; the child asked to stay longer.' };
    const theirs: Contact = { ...logged, version: 3, notes: 'Went well (checked with the supervisor).', authorId: 'worker-2' };
    const version = wholeVersionSetAside('contact', mine, theirs);
    const result = restoreContactVersion(theirs, version, { now: NOW, plans });
    expect(codes(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.record.notes).to.equal(mine.notes);
    expect(result.record.authorId, 'the author as stored now').to.equal('worker-2');
  });

  it('refuses on an archived contact; the version stays readable', () => {
    const mine: Contact = { ...logged, notes: 'Typed while it was archived.' };
    const theirs: Contact = { ...logged, version: 3, archived: true };
    const version = wholeVersionSetAside('contact', mine, theirs);
    expect(codes(restoreContactVersion(theirs, version, { now: NOW, plans }))).to.deep.equal(['contact.archived-read-only']);
  });

  it('refuses a version that differs only in its archive, case or author', () => {
    const theirs: Contact = { ...logged, version: 3, caseId: 'case-2' };
    const version = wholeVersionSetAside('contact', logged, theirs, 'keep-mine');
    expect(codes(restoreContactVersion({ ...logged, version: 4 }, version, { now: NOW, plans }))).to.deep.equal(['contact.set-aside.restore-fixed-only']);
  });

  it('refuses a version that would break a rule any save passes: a visit completed in the future, a plan not among the log’s', () => {
    const upcoming = contact('2026-04-10T15:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }, { version: 2 });
    const completed: Contact = { ...upcoming, outcome: { type: 'completed' } };
    const future = wholeVersionSetAside('contact', completed, { ...upcoming, version: 3 });
    expect(codes(restoreContactVersion({ ...upcoming, version: 3 }, future, { now: NOW, plans }))).to.include('contact.outcome-in-future');
    expect(codes(restoreContactVersion(logged, wholeVersionSetAside('contact', { ...logged, notes: 'Mine.' }, { ...logged, version: 3 }), { now: NOW, plans: [] }))).to.include('contact.plan-unknown');
  });
});
