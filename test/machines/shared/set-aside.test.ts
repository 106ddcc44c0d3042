import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { SET_ASIDE_KIND, restoreSetAside, type SetAsideVersion } from '../../../src/model/set-aside.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { selectPlan, selectSaveState } from '../../../src/machines/service-plan/selectors.js';
import { planContact } from '../../model/visitation/fixtures.js';
import { DeafStorage, seedPlans, startPlanner, weeklyPlan } from '../visitation/planner-harness.js';
import { seedContacts, startContactLog } from '../visitation/contact-log-harness.js';
import { newStoreName, startPlanActor } from '../service-plan/harness.js';

/** The versions set aside for one record, once the spawned write has landed. */
async function setAsideFor(storage: StorageAdapter, recordId: string, count = 1): Promise<SetAsideVersion[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { records } = await storage.list<SetAsideVersion>(SET_ASIDE_KIND);
    const found = records.filter((record) => record.recordId === recordId);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [];
}

describe('conflict resolutions store what they set aside', () => {
  async function plannerConflict() {
    const storage = new DeafStorage('set-aside-planner-' + Math.random());
    await seedPlans(storage, weeklyPlan());
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'EDIT', planId: 'plan-weekly' });
    planner.send({ type: 'CHANGE', patch: { durationMinutes: 120, location: 'The park' } });
    await storage.put('visitationPlan', { ...(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!, location: 'Grandmother’s house' });
    planner.send({ type: 'SAVE' });
    await planner.until('conflict');
    return { storage, planner };
  }

  it('planner: taking theirs keeps my place as a version set aside, restorable over the stored plan', async () => {
    const { storage, planner } = await plannerConflict();
    planner.send({ type: 'RESOLVE_TAKE_THEIRS' });
    await planner.until('idle');
    const [version] = await setAsideFor(storage, 'plan-weekly');
    expect(version, 'my typed place was thrown away').to.not.equal(undefined);
    expect(version!.fields.map((field) => [field.path, field.side, field.value, field.kept])).to.deep.equal([[['location'], 'mine', 'The park', 'Grandmother’s house']]);
    expect(version).to.include({ recordKind: 'visitationPlan', updatedBy: 'worker-1', childId: weeklyPlan().childId });
    const stored = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    expect(restoreSetAside(stored, version!)).to.include({ location: 'The park', durationMinutes: 120, version: stored.version });
  });

  it('planner: keeping mine keeps their place aside; combining keeps aside the side not chosen', async () => {
    const kept = await plannerConflict();
    kept.planner.send({ type: 'RESOLVE_KEEP_MINE' });
    await kept.planner.until('idle');
    expect((await setAsideFor(kept.storage, 'plan-weekly'))[0]?.fields.map((field) => [field.side, field.value])).to.deep.equal([['theirs', 'Grandmother’s house']]);
    const combined = await plannerConflict();
    combined.planner.send({ type: 'CHOOSE', path: JSON.stringify(['location']), choice: 'theirs' });
    combined.planner.send({ type: 'RESOLVE_MERGE' });
    await combined.planner.until('idle');
    expect((await setAsideFor(combined.storage, 'plan-weekly'))[0]?.fields.map((field) => [field.side, field.value])).to.deep.equal([['mine', 'The park']]);
  });

  it('contact log: taking theirs keeps my note as a version set aside', async () => {
    const storage = new DeafStorage('set-aside-log-' + Math.random());
    await seedPlans(storage, weeklyPlan());
    const [stored] = await seedContacts(storage, planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'));
    const log = startContactLog(storage);
    await log.until('idle');
    await storage.put('contact', { ...(await storage.get<Contact>('contact', stored!.id))!, notes: 'Their note' });
    log.send({ type: 'EDIT', contactId: stored!.id });
    log.send({ type: 'CHANGE', patch: { notes: 'My note, typed for ten minutes' } });
    log.send({ type: 'SAVE' });
    await log.until('conflict');
    log.send({ type: 'RESOLVE_TAKE_THEIRS' });
    await log.until('idle');
    const [version] = await setAsideFor(storage, stored!.id);
    expect(version?.fields.map((field) => [field.path, field.side, field.value])).to.deep.equal([[['notes'], 'mine', 'My note, typed for ten minutes']]);
  });

  it('editor: taking theirs keeps my goal as a version set aside, in its own history', async () => {
    const store = newStoreName();
    const first = startPlanActor({ store });
    const id = selectPlan(await first.until('idle'))!.id;
    first.edit({ type: 'set-goal', title: 'Shared goal' });
    await first.autosave();
    const second = startPlanActor({ store, input: { planId: id } });
    await second.until('idle');
    second.edit({ type: 'set-goal', title: 'Mine' });
    first.edit({ type: 'set-goal', title: 'Theirs' });
    await first.autosave();
    await second.until('conflict');
    second.send({ type: 'RESOLVE_TAKE_THEIRS' });
    await waitFor(second.actor, (snapshot) => selectSaveState(snapshot) === 'saved' || selectSaveState(snapshot) === 'idle', { timeout: 3000 });
    const [version] = await setAsideFor(second.storage, id);
    expect(version?.fields.map((field) => [field.path, field.side, field.value])).to.deep.equal([[['goal', 'title'], 'mine', 'Mine']]);
    expect((await second.storage.history(SET_ASIDE_KIND, version!.id)).map((entry) => entry.action)).to.deep.equal(['set-aside-version.recorded']);
    const current = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(restoreSetAside(current, version!).goal.title).to.equal('Mine');
  });
});
