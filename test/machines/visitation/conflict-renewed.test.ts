// The visitation planner and the contact log in a conflict while the other tab (its own Dexie adapter on the same
// database) saves the record again: the conflict shows their newest save at once, a choice made before it was read is
// refused, and it is said (a `conflict` event marked `renewed`).
import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { FaultyStorage } from '../service-plan/faulty-storage.js';
import { seedPlans, startPlanner, weeklyPlan } from './planner-harness.js';
import { seedContacts, startContactLog } from './contact-log-harness.js';
import { planContact } from '../../model/visitation/fixtures.js';

const twoTabs = (prefix: string) => {
  const databaseName = `${prefix}-${Math.random()}`;
  return { mine: new FaultyStorage(new DexieStorageAdapter({ databaseName })), theirs: new DexieStorageAdapter({ databaseName }) };
};

async function otherTabSaves<T extends VisitationPlan | Contact>(storage: DexieStorageAdapter, kind: string, id: string, change: Partial<T>): Promise<T> {
  const current = (await storage.get<T>(kind, id))!;
  return storage.put<T>(kind, { ...current, ...change, updatedBy: 'someone-else' });
}

/** The planner in a conflict: mine typed 'The park' while their tab saved 'Grandmother’s house'. */
async function plannerConflict(prefix = 'planner-renewed') {
  const tabs = twoTabs(prefix);
  await seedPlans(tabs.theirs, weeklyPlan());
  const planner = startPlanner(tabs.mine);
  await planner.until('idle');
  planner.send({ type: 'EDIT', planId: 'plan-weekly' });
  planner.send({ type: 'CHANGE', patch: { location: 'The park' } });
  await otherTabSaves<VisitationPlan>(tabs.theirs, 'visitationPlan', 'plan-weekly', { location: 'Grandmother’s house' });
  planner.send({ type: 'SAVE' });
  await planner.until('conflict');
  return { ...tabs, planner };
}

describe('visitation planner: the other tab saves again during a conflict', () => {
  it('shows their newest save in the conflict at once, and says so', async () => {
    const { theirs, planner } = await plannerConflict();
    await otherTabSaves<VisitationPlan>(theirs, 'visitationPlan', 'plan-weekly', { location: 'Grandmother’s garden', durationMinutes: 75 });
    await waitFor(planner.actor, (snapshot) => snapshot.context.conflict?.theirs?.location === 'Grandmother’s garden', { timeout: 3000 });
    expect(planner.snapshot().context.conflict?.fields.map((field) => [field.path, field.mine, field.theirs])).to.deep.equal([[['location'], 'The park', 'Grandmother’s garden']]);
    expect(planner.emitted.filter((event) => event.type === 'conflict').at(-1)).to.include({ renewed: true });
  });

  it('refuses a choice made while their newer save is read, then keeps mine over their newest save', async () => {
    const { mine, theirs, planner } = await plannerConflict();
    const release = mine.holdReads();
    const newest = await otherTabSaves<VisitationPlan>(theirs, 'visitationPlan', 'plan-weekly', { location: 'Grandmother’s garden', durationMinutes: 75 });
    await waitFor(planner.actor, (snapshot) => snapshot.context.conflict?.unread !== undefined, { timeout: 3000 });
    planner.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(planner.snapshot().matches({ ready: 'conflict' }), 'chosen on a version not seen: not applied').to.equal(true);
    expect(planner.snapshot().context.rejected.map((found) => found.code)).to.deep.equal(['merge.theirs-changed']);
    release();
    await waitFor(planner.actor, (snapshot) => snapshot.context.conflict?.theirs?.version === newest.version, { timeout: 3000 });
    planner.send({ type: 'RESOLVE_KEEP_MINE' });
    await planner.until('idle');
    expect(await theirs.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: newest.version + 1, location: 'The park', durationMinutes: 75 });
  });
});

describe('contact log: the other tab saves again during a conflict', () => {
  async function logConflict() {
    const tabs = twoTabs('log-renewed');
    await seedPlans(tabs.theirs, weeklyPlan());
    const [stored] = await seedContacts(tabs.theirs, planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'));
    const id = stored!.id;
    const log = startContactLog(tabs.mine);
    await log.untilWhole();
    log.send({ type: 'EDIT', contactId: id });
    log.send({ type: 'CHANGE', patch: { notes: 'My note' } });
    await otherTabSaves<Contact>(tabs.theirs, 'contact', id, { notes: 'Their note' });
    log.send({ type: 'SAVE' });
    await log.until('conflict');
    return { ...tabs, log, id };
  }

  it('shows their newest save in the conflict at once, and says so', async () => {
    const { theirs, log, id } = await logConflict();
    await otherTabSaves<Contact>(theirs, 'contact', id, { notes: 'Their second note' });
    await waitFor(log.actor, (snapshot) => snapshot.context.conflict?.theirs?.notes === 'Their second note', { timeout: 3000 });
    expect(log.emitted.filter((event) => event.type === 'conflict').at(-1)).to.include({ renewed: true });
  });

  it('refuses a choice made while their newer save is read, then takes theirs as last saved', async () => {
    const { mine, theirs, log, id } = await logConflict();
    const release = mine.holdReads();
    const newest = await otherTabSaves<Contact>(theirs, 'contact', id, { notes: 'Their second note' });
    await waitFor(log.actor, (snapshot) => snapshot.context.conflict?.unread !== undefined, { timeout: 3000 });
    log.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(log.snapshot().matches({ ready: 'conflict' }), 'chosen on a version not seen: not applied').to.equal(true);
    expect(log.snapshot().context.rejected.map((found) => found.code)).to.deep.equal(['merge.theirs-changed']);
    release();
    await waitFor(log.actor, (snapshot) => snapshot.context.conflict?.theirs?.version === newest.version, { timeout: 3000 });
    log.send({ type: 'RESOLVE_TAKE_THEIRS' });
    await log.until('idle');
    expect(await theirs.get<Contact>('contact', id)).to.include({ version: newest.version, notes: 'Their second note' });
  });
});

describe('visitation planner: a newer save announced during a conflict that cannot be read', () => {
  it('stops waiting for it when the read fails or finds nothing: a resolution is taken again (its write still meets any newer save)', async () => {
    const { planner, ...tabs } = await plannerConflict('planner-unread');
    planner.send({ type: 'RECORD_ANNOUNCED', kind: 'visitationPlan', id: 'plan-weekly', version: 99 });
    planner.send({ type: 'RECORD_UNREADABLE', kind: 'visitationPlan', id: 'plan-weekly', error: { code: 'storage.corrupt-record', message: 'unreadable' } });
    expect(planner.snapshot().context.conflict?.unread, 'still waiting for a read that failed').to.equal(undefined);
    planner.send({ type: 'RECORD_ANNOUNCED', kind: 'visitationPlan', id: 'plan-weekly', version: 99 });
    planner.send({ type: 'RECORD_CHANGED', kind: 'visitationPlan', id: 'plan-weekly', record: undefined });
    expect(planner.snapshot().context.conflict?.unread, 'still waiting for a record that is not there').to.equal(undefined);
    planner.send({ type: 'RESOLVE_KEEP_MINE' });
    await planner.until('idle');
    expect(await tabs.theirs.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ location: 'The park' });
  });
});
