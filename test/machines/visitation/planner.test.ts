import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { StorageError } from '../../../src/storage/errors.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { selectEditorOutdated, selectPlanSummaries } from '../../../src/machines/visitation/planner-selectors.js';
import { planContact } from '../../model/visitation/fixtures.js';
import { DeafStorage, monthlyPlan, newStorage, seedPlans, startPlanner, weeklyPlan } from './planner-harness.js';

const codes = (list: { code: string }[]) => list.map((one) => one.code);

describe('visitation planner machine', () => {
  it("loads the child's plans and contacts, not another child's", async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan(), monthlyPlan(), weeklyPlan({ id: 'sibling-plan', childId: 'child-2' }));
    await storage.put('contact', { ...planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), version: 0 });
    const planner = startPlanner(storage);
    const snapshot = await planner.until('idle');
    expect(snapshot.context.plans.map((plan) => plan.id)).to.have.members(['plan-weekly', 'plan-monthly']);
    expect(snapshot.context.contacts).to.have.length(1);
  });

  it('creates a plan: refuses to save it without a visitor, then saves it with its history action', async () => {
    const storage = newStorage();
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'CREATE' });
    expect(planner.snapshot().context.editor?.draft).to.include({ childId: 'child-1', caseId: 'case-1', status: 'draft', timeZone: 'Europe/Lisbon', startDate: '2026-04-01' });
    planner.send({ type: 'SAVE' });
    expect(codes(planner.snapshot().context.rejected)).to.deep.equal(['visitation.plan.participant-required']);
    expect(planner.snapshot().context.editor?.submitted).to.equal(true);
    expect(planner.snapshot().matches({ ready: 'editing' })).to.equal(true);
    planner.send({
      type: 'CHANGE',
      patch: { participants: [{ participantId: 'child-1', role: 'child' }, { participantId: 'mother-1', role: 'visitor' }], title: 'Weekly visit with mother' },
    });
    expect(planner.snapshot().context.editor?.violations).to.deep.equal([]);
    planner.send({ type: 'SAVE' });
    const saved = await planner.until('idle');
    const stored = await storage.get<VisitationPlan>('visitationPlan', 'new-plan-1');
    expect(stored).to.include({ version: 1, title: 'Weekly visit with mother', updatedBy: 'worker-1', createdAt: '2026-04-01T12:00:00.000Z' });
    expect(saved.context.plans.map((plan) => plan.id)).to.deep.equal(['new-plan-1']);
    expect(saved.context.editor).to.equal(undefined);
    expect((await storage.history('visitationPlan', 'new-plan-1')).map((entry) => entry.action)).to.deep.equal(['visitation-plan.created']);
    expect(planner.emitted.map((event) => event.type)).to.include.members(['changed', 'saved']);
  });

  it('ignores attempts in the form to change the child, the case, the status, the id or the version', async () => {
    const planner = startPlanner(newStorage());
    await planner.until('idle');
    planner.send({ type: 'CREATE' });
    planner.send({ type: 'CHANGE', patch: { childId: 'child-9', caseId: 'case-9', status: 'active', durationMinutes: 0, ...({ id: 'forged', version: 7 } as object) } });
    expect(planner.snapshot().context.editor?.draft).to.include({ childId: 'child-1', caseId: 'case-1', status: 'draft', durationMinutes: 0, id: 'new-plan-1', version: 0 });
    expect(codes(planner.snapshot().context.editor!.violations)).to.include('value.too-small');
  });

  it('activates, suspends with a reason, resumes and ends a plan, each step in its history', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan({ status: 'draft', activatedOn: undefined }));
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'ACTIVATE', planId: 'plan-weekly' });
    await planner.until('idle');
    planner.send({ type: 'SUSPEND', planId: 'plan-weekly', reason: ' ' });
    expect(codes(planner.snapshot().context.rejected)).to.deep.equal(['visitation.plan.suspension-reason-required']);
    planner.send({ type: 'SUSPEND', planId: 'plan-weekly', reason: 'Mother in residential treatment' });
    await planner.until('idle');
    expect(planner.snapshot().context.plans[0]).to.deep.include({ status: 'suspended', suspensions: [{ from: '2026-04-01', reason: 'Mother in residential treatment' }] });
    planner.clock.now = new Date('2026-04-15T09:00:00.000Z');
    planner.send({ type: 'RESUME', planId: 'plan-weekly' });
    await planner.until('idle');
    planner.send({ type: 'END', planId: 'plan-weekly', reason: 'Reunified' });
    await planner.until('idle');
    const stored = await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly');
    expect(stored).to.deep.include({ status: 'ended', endedOn: '2026-04-15', endReason: 'Reunified', activatedOn: '2026-04-01' });
    expect(stored?.suspensions).to.deep.equal([{ from: '2026-04-01', to: '2026-04-14', reason: 'Mother in residential treatment' }]);
    expect((await storage.history('visitationPlan', 'plan-weekly')).map((entry) => entry.action)).to.deep.equal([
      'visitation-plan.created',
      'visitation-plan.activated',
      'visitation-plan.suspended',
      'visitation-plan.resumed',
      'visitation-plan.ended',
    ]);
    const statusChanges = planner.emitted.filter((event) => event.type === 'status-changed') as unknown as { from: string; to: string }[];
    expect(statusChanges.map((event) => `${event.from}→${event.to}`)).to.deep.equal(['draft→active', 'active→suspended', 'suspended→active', 'active→ended']);
  });

  it('refuses a step the status does not allow, and editing an ended plan', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan({ status: 'ended', endedOn: '2026-03-20' }));
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'RESUME', planId: 'plan-weekly' });
    expect(codes(planner.snapshot().context.rejected)).to.deep.equal(['visitation.plan.transition-not-allowed']);
    planner.send({ type: 'EDIT', planId: 'plan-weekly' });
    expect(codes(planner.snapshot().context.rejected)).to.deep.equal(['visitation.plan.ended-read-only']);
    planner.send({ type: 'EDIT', planId: 'nope' });
    expect(codes(planner.snapshot().context.rejected)).to.deep.equal(['visitation.plan.not-found']);
    expect(planner.snapshot().matches({ ready: 'idle' })).to.equal(true);
  });

  it('warns about a clash with another active plan without blocking the save', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan());
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'CREATE', initial: weeklyPlan({ id: 'ignored', version: 4 }) });
    const editor = planner.snapshot().context.editor!;
    expect(editor.draft).to.include({ id: 'new-plan-1', version: 0, status: 'draft' });
    expect(codes(editor.warnings)).to.deep.equal(['visitation.plan.overlaps']);
    planner.send({ type: 'SAVE' });
    await planner.until('idle');
    expect(planner.snapshot().context.plans).to.have.length(2);
  });

  it('updates compliance live when a contact is logged elsewhere (another adapter instance on the same store)', async () => {
    const storage = newStorage('live-update');
    await seedPlans(storage, weeklyPlan());
    const planner = startPlanner(storage);
    await planner.until('idle');
    const before = selectPlanSummaries(planner.snapshot())[0]!;
    expect(before.compliance.months[0]).to.include({ month: '2026-03', completed: 0, notRecorded: 5 });
    const otherTab = newStorage('live-update');
    await otherTab.put('contact', { ...planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), version: 0 }, { action: 'contact.recorded' });
    const after = await waitFor(planner.actor, (snapshot) => snapshot.context.contacts.length === 1, { timeout: 3000 });
    expect(selectPlanSummaries(after)[0]!.compliance.months[0]).to.include({ month: '2026-03', completed: 1, notRecorded: 4 });
    const logged = (await otherTab.list<Contact>('contact')).records[0]!;
    await otherTab.archive('contact', logged, { action: 'contact.archived' });
    const archived = await waitFor(planner.actor, (snapshot) => snapshot.context.contacts.length === 0, { timeout: 3000 });
    expect(selectPlanSummaries(archived)[0]!.compliance.months[0]).to.include({ month: '2026-03', completed: 0, notRecorded: 5 });
  });

  it('summarises each plan: next visits, compliance, overlaps, contacts outside its dates and allowed steps', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan({ endDate: '2026-04-30' }), monthlyPlan());
    const stranded: Contact = { ...planContact('plan-weekly', '2026-05-05T16:00', '2026-03-30T16:00:00.000Z'), version: 0 };
    await storage.put('contact', stranded);
    const planner = startPlanner(storage);
    const [weekly, monthly] = selectPlanSummaries(await planner.until('idle'), 2);
    expect(weekly!.next.map((one) => one.key)).to.deep.equal(['2026-04-07T16:00', '2026-04-14T16:00']);
    expect(weekly!.transitions).to.deep.equal(['suspend', 'end']);
    expect(weekly!.contactsOutside.map((entry) => codes(entry.violations))).to.deep.equal([['contact.occurrence-outside-plan-dates']]);
    expect(monthly!.next.map((one) => one.key)).to.deep.equal(['2026-04-15T18:00', '2026-05-15T18:00']);
    expect(monthly!.compliance.current).to.include({ month: '2026-04', planned: 1, upcoming: 1 });
    expect(weekly!.overlaps).to.deep.equal([]);
  });

  it('keeps the form and the change through a failed save, and writes it on retry', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan());
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'EDIT', planId: 'plan-weekly' });
    planner.send({ type: 'CHANGE', patch: { location: 'Public library, room B' } });
    storage.failNextWrite(new StorageError('quota-exceeded', 'Quota exceeded'));
    planner.send({ type: 'SAVE' });
    const failed = await planner.until('save-failed');
    expect(failed.context.error?.code).to.equal('storage.quota-exceeded');
    expect(failed.context.editor?.draft.location).to.equal('Public library, room B');
    expect(planner.emitted.some((event) => event.type === 'error')).to.equal(true);
    planner.send({ type: 'RETRY' });
    await planner.until('idle');
    expect((await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))?.location).to.equal('Public library, room B');
  });

  it('goes back to the form with the change kept when a failed save is dismissed', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan());
    const planner = startPlanner(storage);
    await planner.until('idle');
    planner.send({ type: 'EDIT', planId: 'plan-weekly' });
    planner.send({ type: 'CHANGE', patch: { durationMinutes: 120 } });
    storage.failNextWrite(new StorageError('aborted', 'Transaction aborted'));
    planner.send({ type: 'SAVE' });
    await planner.until('save-failed');
    planner.send({ type: 'DISMISS' });
    const editing = await planner.until('editing');
    expect(editing.context.editor?.draft.durationMinutes).to.equal(120);
    expect(editing.context.error).to.equal(undefined);
  });

  it('reports a load failure and loads on retry', async () => {
    const storage = newStorage();
    await seedPlans(storage, weeklyPlan());
    const list = storage.list.bind(storage);
    let failures = 1;
    storage.list = (async (...args: Parameters<typeof list>) => {
      if (failures-- > 0) throw new StorageError('unavailable', 'IndexedDB unavailable');
      return list(...args);
    }) as typeof storage.list;
    const planner = startPlanner(storage);
    const failed = await planner.until('load-failed');
    expect(failed.context.error?.code).to.equal('storage.unavailable');
    planner.send({ type: 'RETRY' });
    expect((await planner.until('idle')).context.plans).to.have.length(1);
  });

  describe('conflicts with a change saved elsewhere', () => {
    /** I change the duration (and, with `sameField`, the location); they change the location. */
    async function conflictOnEdit(sameField = true) {
      const storage = new DeafStorage('conflict-edit-' + Math.random());
      await seedPlans(storage, weeklyPlan());
      const planner = startPlanner(storage);
      await planner.until('idle');
      planner.send({ type: 'EDIT', planId: 'plan-weekly' });
      planner.send({ type: 'CHANGE', patch: { durationMinutes: 120, ...(sameField ? { location: 'The park' } : {}) } });
      const theirs = await storage.put('visitationPlan', { ...(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!, location: 'Grandmother’s house' });
      planner.send({ type: 'SAVE' });
      return { storage, planner, theirs };
    }

    it('merges without asking when they changed other fields than mine', async () => {
      const { storage, planner } = await conflictOnEdit(false);
      await planner.until('idle');
      expect(planner.emitted.some((event) => event.type === 'conflict')).to.equal(false);
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: 3, durationMinutes: 120, location: 'Grandmother’s house' });
    });

    it('shows the field both changed, and keeping mine keeps my value there and their other changes', async () => {
      const { storage, planner } = await conflictOnEdit();
      const conflict = await planner.until('conflict');
      expect(conflict.context.conflict?.fields.map((field) => [field.path, field.base, field.mine, field.theirs])).to.deep.equal([[['location'], 'Family visit centre, room 2', 'The park', 'Grandmother’s house']]);
      expect(conflict.context.error?.code).to.equal('storage.conflict');
      expect(planner.emitted.some((event) => event.type === 'conflict')).to.equal(true);
      planner.send({ type: 'RESOLVE_KEEP_MINE' });
      await planner.until('idle');
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: 3, durationMinutes: 120, location: 'The park' });
    });

    it('taking theirs takes their value where both changed, and still writes my other change', async () => {
      const { storage, planner } = await conflictOnEdit();
      await planner.until('conflict');
      planner.send({ type: 'RESOLVE_TAKE_THEIRS' });
      await planner.until('idle');
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: 3, location: 'Grandmother’s house', durationMinutes: 120 });
    });

    it('combines with a choice per field, writing nothing before each field has one', async () => {
      const { storage, planner } = await conflictOnEdit();
      await planner.until('conflict');
      planner.send({ type: 'RESOLVE_MERGE' });
      expect(planner.actor.getSnapshot().matches({ ready: 'conflict' }), 'no choice yet').to.equal(true);
      planner.send({ type: 'CHOOSE', path: JSON.stringify(['location']), choice: 'theirs' });
      planner.send({ type: 'RESOLVE_MERGE' });
      await planner.until('idle');
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: 3, location: 'Grandmother’s house', durationMinutes: 120 });
    });

    it('editing mine reopens the form with their changes merged in and my values where both changed', async () => {
      const { storage, planner } = await conflictOnEdit();
      await planner.until('conflict');
      planner.send({ type: 'RESOLVE_EDIT_MINE' });
      const editing = await planner.until('editing');
      expect(editing.context.editor?.draft).to.include({ version: 2, durationMinutes: 120, location: 'The park' });
      expect(selectEditorOutdated(editing)).to.equal(false);
      planner.send({ type: 'CHANGE', patch: { location: 'Grandmother’s house, then the park' } });
      planner.send({ type: 'SAVE' });
      await planner.until('idle');
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.include({ version: 3, durationMinutes: 120, location: 'Grandmother’s house, then the park' });
    });

    it('re-applies a lifecycle step to their version when I keep mine, keeping their other changes', async () => {
      const storage = new DeafStorage('conflict-step-' + Math.random());
      await seedPlans(storage, weeklyPlan());
      const planner = startPlanner(storage);
      await planner.until('idle');
      await storage.put('visitationPlan', { ...(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!, notes: 'Bring the photo album' });
      planner.send({ type: 'SUSPEND', planId: 'plan-weekly', reason: 'Court review' });
      await planner.until('conflict');
      planner.send({ type: 'RESOLVE_KEEP_MINE' });
      await planner.until('idle');
      expect(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly')).to.deep.include({ version: 3, status: 'suspended', notes: 'Bring the photo album' });
    });

    it('takes theirs and says why when their version no longer allows my step', async () => {
      const storage = new DeafStorage('conflict-ended-' + Math.random());
      await seedPlans(storage, weeklyPlan());
      const planner = startPlanner(storage);
      await planner.until('idle');
      await storage.put('visitationPlan', { ...(await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!, status: 'ended', endedOn: '2026-03-31' });
      planner.send({ type: 'SUSPEND', planId: 'plan-weekly', reason: 'Court review' });
      await planner.until('conflict');
      planner.send({ type: 'RESOLVE_KEEP_MINE' });
      const idle = await planner.until('idle');
      expect(codes(idle.context.rejected)).to.deep.equal(['visitation.plan.transition-not-allowed']);
      expect(idle.context.plans[0]?.status).to.equal('ended');
    });

    it('flags the open form as outdated when the plan changes elsewhere (watch), before saving', async () => {
      const storage = newStorage('outdated');
      await seedPlans(storage, weeklyPlan());
      const planner = startPlanner(storage);
      await planner.until('idle');
      planner.send({ type: 'EDIT', planId: 'plan-weekly' });
      const otherTab = newStorage('outdated');
      await otherTab.put('visitationPlan', { ...(await otherTab.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!, notes: 'Changed elsewhere' });
      const outdated = await waitFor(planner.actor, (snapshot) => selectEditorOutdated(snapshot), { timeout: 3000 });
      expect(outdated.context.editor?.draft.notes).to.equal('');
    });
  });
});
