import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { StorageError } from '../../../src/storage/errors.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import {
  selectCaseworkerStandard,
  selectOccurrenceChoices,
  selectPlanCompliance,
  selectVisibleContacts,
} from '../../../src/machines/visitation/contact-log-selectors.js';
import { contact, planContact } from '../../model/visitation/fixtures.js';
import { queryContacts } from '../../../src/model/visitation/contact-query.js';
import { DeafStorage, monthlyPlan, newStorage, seedPlans, weeklyPlan } from './planner-harness.js';
import { seedContacts, startContactLog } from './contact-log-harness.js';

const codes = (list: { code: string }[]) => list.map((one) => one.code);
const dates = (list: Contact[]) => list.map((entry) => entry.occurredAt.slice(0, 10));

describe('contact log machine', () => {
  describe('loading, filters and order', () => {
    async function loaded() {
      const storage = newStorage();
      await seedPlans(storage, weeklyPlan(), monthlyPlan());
      await seedContacts(
        storage,
        planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'),
        planContact('plan-weekly', '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor' } }),
        planContact('plan-monthly', '2026-03-15T18:00', '2026-03-15T22:00:00.000Z', undefined, { type: 'video', participantIds: ['child-1', 'grandmother-1'] }),
        contact('2026-03-20T10:00:00.000Z', undefined, { type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'], archived: true }),
        contact('2026-03-21T10:00:00.000Z', undefined, { childId: 'child-2' }),
      );
      const log = startContactLog(storage);
      await log.until('idle');
      return { storage, log };
    }

    it("loads the child's contacts, archived ones kept apart, newest first", async () => {
      const { log } = await loaded();
      expect(log.snapshot().context.contacts).to.have.length(4);
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-15', '2026-03-10', '2026-03-03']);
      expect(log.snapshot().context.plans.map((plan) => plan.id)).to.deep.equal(['plan-weekly', 'plan-monthly']);
    });

    it('filters by plan, participant, type, outcome and period, and sorts oldest first on request', async () => {
      const { log } = await loaded();
      log.send({ type: 'SET_FILTER', filter: { visitationPlanId: 'plan-weekly' } });
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-10', '2026-03-03']);
      log.send({ type: 'SET_ORDER', order: 'oldest-first' });
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-03', '2026-03-10']);
      log.send({ type: 'SET_FILTER', filter: { outcomes: ['no-show'] } });
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-10']);
      log.send({ type: 'SET_FILTER', filter: { participantId: 'grandmother-1', types: ['video'] } });
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-15']);
      log.send({ type: 'SET_FILTER', filter: { from: '2026-03-05', to: '2026-03-31', includeArchived: true } });
      expect(dates(selectVisibleContacts(log.snapshot()))).to.deep.equal(['2026-03-10', '2026-03-15', '2026-03-20']);
    });

    it('refuses a malformed filter and keeps the current one', async () => {
      const { log } = await loaded();
      log.send({ type: 'SET_FILTER', filter: { from: 'last week' } as never });
      expect(codes(log.snapshot().context.rejected)).to.deep.equal(['value.invalid-date']);
      expect(log.snapshot().context.rejected[0]?.path).to.deep.equal(['filter', 'from']);
      expect(selectVisibleContacts(log.snapshot())).to.have.length(3);
    });

    it('summarises compliance per plan and the caseworker monthly visit standard', async () => {
      const { log } = await loaded();
      const [weekly, monthly] = selectPlanCompliance(log.snapshot());
      expect(weekly!.months[0]).to.include({ month: '2026-03', planned: 5, completed: 1, noShow: 1, notRecorded: 3 });
      expect(weekly!.missed.map((status) => status.occurrence.key)).to.deep.equal(['2026-03-10T16:00', '2026-03-17T16:00', '2026-03-24T16:00', '2026-03-31T16:00']);
      expect(monthly!.months[0]).to.include({ month: '2026-03', planned: 1, completed: 1, rate: 1 });
      const standard = selectCaseworkerStandard(log.snapshot())!;
      // The only caseworker visit in March was archived: March is not met; April is in progress.
      expect(standard.months.map((month) => [month.month, month.status])).to.deep.equal([
        ['2026-03', 'not-met'],
        ['2026-04', 'in-progress'],
      ]);
    });
  });

  describe('recording a contact', () => {
    async function planLog() {
      const storage = newStorage();
      await seedPlans(storage, weeklyPlan());
      const log = startContactLog(storage, { visitationPlanId: 'plan-weekly' }, new Date('2026-03-10T18:05:30.000Z'));
      await log.until('idle');
      return { storage, log };
    }

    it("starts from the plan: its people, mode and duration, now as the time, and the visit it most likely fulfils", async () => {
      const { log } = await planLog();
      log.send({ type: 'RECORD' });
      const editor = log.snapshot().context.editor!;
      expect(editor.draft).to.deep.include({
        occurredAt: '2026-03-10T18:05:00.000Z',
        visitationPlanId: 'plan-weekly',
        planId: 'plan-weekly',
        plannedOccurrence: '2026-03-10T16:00',
        participantIds: ['child-1', 'mother-1'],
        durationMinutes: 90,
        type: 'visit',
        authorId: 'worker-1',
      });
      expect(editor.suggestion?.key).to.equal('2026-03-10T16:00');
      expect(selectOccurrenceChoices(log.snapshot()).map((one) => one.key)).to.deep.equal(['2026-03-03T16:00', '2026-03-10T16:00', '2026-03-17T16:00', '2026-03-24T16:00']);
    });

    it('moves the suggested occurrence with the date until the user picks one', async () => {
      const { log } = await planLog();
      log.send({ type: 'RECORD' });
      log.send({ type: 'CHANGE', patch: { occurredAt: '2026-03-03T16:00:00.000Z' } });
      expect(log.snapshot().context.editor?.draft.plannedOccurrence).to.equal('2026-03-03T16:00');
      log.send({ type: 'CHANGE', patch: { plannedOccurrence: '2026-02-24T16:00' } });
      log.send({ type: 'CHANGE', patch: { occurredAt: '2026-03-05T16:00:00.000Z' } });
      expect(log.snapshot().context.editor?.draft.plannedOccurrence).to.equal('2026-02-24T16:00');
      expect(codes(log.snapshot().context.editor!.violations)).to.deep.equal(['contact.occurrence-outside-plan-dates']);
      log.send({ type: 'CHANGE', patch: { visitationPlanId: undefined } });
      expect(log.snapshot().context.editor?.draft).to.not.have.any.keys('planId', 'visitationPlanId', 'plannedOccurrence');
    });

    it('refuses a future contact marked completed and markup in the notes, saving nothing', async () => {
      const { storage, log } = await planLog();
      log.send({ type: 'RECORD' });
      log.send({ type: 'CHANGE', patch: { occurredAt: '2026-03-17T16:00:00.000Z', notes: '<img src=x onerror=alert(1)>' } });
      log.send({ type: 'SAVE' });
      expect(codes(log.snapshot().context.rejected)).to.deep.equal(['contact.outcome-in-future', 'visitation.notes-markup']);
      expect(log.snapshot().context.editor?.submitted).to.equal(true);
      expect((await storage.list('contact')).records).to.deep.equal([]);
      log.send({ type: 'CHANGE', patch: { outcome: { type: 'cancelled', by: { party: 'visitor', participantId: 'mother-1' } }, notes: 'Mother called to cancel: bus strike.' } });
      log.send({ type: 'SAVE' });
      await log.until('idle');
      const [stored] = (await storage.list<Contact>('contact')).records;
      expect(stored).to.deep.include({ version: 1, plannedOccurrence: '2026-03-17T16:00', outcome: { type: 'cancelled', by: { party: 'visitor', participantId: 'mother-1' } } });
      expect((await storage.history('contact', stored!.id)).map((entry) => entry.action)).to.deep.equal(['contact.recorded']);
      expect(log.emitted.map((event) => event.type)).to.include.members(['changed', 'saved']);
    });

    it('keeps a contact in the log’s child and case, and its id and version, whatever the form sends', async () => {
    const { log } = await planLog();
    log.send({ type: 'RECORD', initial: { childId: 'child-2', caseId: 'case-9' } });
    log.send({ type: 'CHANGE', patch: { childId: 'child-3', authorId: 'someone-else', ...({ id: 'forged', version: 7 } as object) } });
    expect(log.snapshot().context.editor?.draft).to.include({ childId: 'child-1', caseId: 'case-1', authorId: 'worker-1', id: 'new-contact-1', version: 0 });
  });

  it('requires a child when the log is not a child’s and the plan is unknown', async () => {
      const storage = newStorage();
      const log = startContactLog(storage, { childId: undefined });
      await log.until('idle');
      log.send({ type: 'RECORD', initial: { visitationPlanId: 'gone' } });
      expect(codes(log.snapshot().context.editor!.violations)).to.deep.equal(['value.required', 'contact.plan-unknown']);
    });
  });

  describe('editing, archiving and history', () => {
    async function withContact() {
      const storage = newStorage();
      await seedPlans(storage, weeklyPlan());
      const [stored] = await seedContacts(storage, planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'));
      const log = startContactLog(storage);
      await log.until('idle');
      return { storage, log, id: stored!.id };
    }

    it('edits and archives a contact, never deleting it, each step in its history', async () => {
      const { storage, log, id } = await withContact();
      log.send({ type: 'EDIT', contactId: id });
      log.send({ type: 'CHANGE', patch: { notes: 'Child showed mother her drawings.' } });
      log.send({ type: 'SAVE' });
      await log.until('idle');
      log.send({ type: 'ARCHIVE', contactId: id });
      await log.until('idle');
      expect(await storage.get<Contact>('contact', id)).to.include({ archived: true, version: 3, notes: 'Child showed mother her drawings.' });
      expect(selectVisibleContacts(log.snapshot())).to.deep.equal([]);
      expect(log.snapshot().context.contacts[0]?.archived).to.equal(true);
      expect((await storage.history('contact', id)).map((entry) => entry.action)).to.deep.equal(['contact.recorded', 'contact.updated', 'contact.archived']);
    });

    it('refuses to edit or archive an archived contact, or one that does not exist', async () => {
      const { log, id } = await withContact();
      log.send({ type: 'ARCHIVE', contactId: id });
      await log.until('idle');
      log.send({ type: 'EDIT', contactId: id });
      expect(codes(log.snapshot().context.rejected)).to.deep.equal(['contact.archived-read-only']);
      log.send({ type: 'ARCHIVE', contactId: id });
      expect(codes(log.snapshot().context.rejected)).to.deep.equal(['contact.already-archived']);
      log.send({ type: 'EDIT', contactId: 'missing' });
      expect(codes(log.snapshot().context.rejected)).to.deep.equal(['contact.not-found']);
    });

    it('keeps the contact through a failed save and writes it on retry', async () => {
      const { storage, log, id } = await withContact();
      log.send({ type: 'EDIT', contactId: id });
      log.send({ type: 'CHANGE', patch: { durationMinutes: 75 } });
      storage.failNextWrite(new StorageError('quota-exceeded', 'Quota exceeded'));
      log.send({ type: 'SAVE' });
      const failed = await log.until('save-failed');
      expect(failed.context.error?.code).to.equal('storage.quota-exceeded');
      expect(failed.context.editor?.draft.durationMinutes).to.equal(75);
      log.send({ type: 'RETRY' });
      await log.until('idle');
      expect((await storage.get<Contact>('contact', id))?.durationMinutes).to.equal(75);
    });
  });

  describe('conflicts', () => {
    async function conflicting(change: (contact: Contact) => Contact) {
      const storage = new DeafStorage('contact-conflict-' + Math.random());
      await seedPlans(storage, weeklyPlan());
      const [stored] = await seedContacts(storage, planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'));
      const log = startContactLog(storage);
      await log.until('idle');
      await storage.put('contact', change((await storage.get<Contact>('contact', stored!.id))!));
      return { storage, log, id: stored!.id };
    }

    it('merges without asking when they changed another field (their note, my duration)', async () => {
      const { storage, log, id } = await conflicting((theirs) => ({ ...theirs, notes: 'Their note' }));
      log.send({ type: 'EDIT', contactId: id });
      log.send({ type: 'CHANGE', patch: { durationMinutes: 45 } });
      log.send({ type: 'SAVE' });
      await log.until('idle');
      expect(await storage.get<Contact>('contact', id)).to.include({ version: 3, durationMinutes: 45, notes: 'Their note' });
    });

    it('shows the notes both changed, field by field; keeping mine keeps my note and their other changes', async () => {
      const { storage, log, id } = await conflicting((theirs) => ({ ...theirs, notes: 'Their note', durationMinutes: 30 }));
      log.send({ type: 'EDIT', contactId: id });
      log.send({ type: 'CHANGE', patch: { notes: 'My note' } });
      log.send({ type: 'SAVE' });
      const conflict = await log.until('conflict');
      expect(conflict.context.conflict?.fields.map((field) => [field.path, field.mine, field.theirs])).to.deep.equal([[['notes'], 'My note', 'Their note']]);
      log.send({ type: 'RESOLVE_KEEP_MINE' });
      await log.until('idle');
      expect(await storage.get<Contact>('contact', id)).to.include({ version: 3, notes: 'My note', durationMinutes: 30 });
    });

    it('archives their version when I keep my archive, and taking theirs keeps my other change', async () => {
      const first = await conflicting((theirs) => ({ ...theirs, notes: 'Their note' }));
      first.log.send({ type: 'ARCHIVE', contactId: first.id });
      await first.log.until('conflict');
      first.log.send({ type: 'RESOLVE_KEEP_MINE' });
      await first.log.until('idle');
      expect(await first.storage.get<Contact>('contact', first.id)).to.include({ version: 3, archived: true, notes: 'Their note' });

      const second = await conflicting((theirs) => ({ ...theirs, notes: 'Their note' }));
      second.log.send({ type: 'EDIT', contactId: second.id });
      second.log.send({ type: 'CHANGE', patch: { durationMinutes: 45, notes: 'My note' } });
      second.log.send({ type: 'SAVE' });
      await second.log.until('conflict');
      second.log.send({ type: 'RESOLVE_TAKE_THEIRS' });
      await second.log.until('idle');
      expect(await second.storage.get<Contact>('contact', second.id)).to.include({ version: 3, notes: 'Their note', durationMinutes: 45 });
    });

    it('reopens the form to combine by hand with their changes merged in, never overwriting their note', async () => {
      const { storage, log, id } = await conflicting((theirs) => ({ ...theirs, notes: 'Their note', durationMinutes: 30 }));
      log.send({ type: 'EDIT', contactId: id });
      log.send({ type: 'CHANGE', patch: { notes: 'My note' } });
      log.send({ type: 'SAVE' });
      await log.until('conflict');
      log.send({ type: 'RESOLVE_EDIT_MINE' });
      const editing = await log.until('editing');
      expect(editing.context.editor?.draft).to.include({ version: 2, notes: 'My note', durationMinutes: 30 });
      log.send({ type: 'CHANGE', patch: { notes: 'Their note. My note' } });
      log.send({ type: 'SAVE' });
      await log.until('idle');
      expect(await storage.get<Contact>('contact', id)).to.include({ version: 3, durationMinutes: 30, notes: 'Their note. My note' });
    });
  });

  describe('live updates', () => {
    it('shows a contact recorded in another tab, and the planner on the same page follows a contact this log saves', async () => {
      const { startPlanner } = await import('./planner-harness.js');
      const { selectPlanSummaries } = await import('../../../src/machines/visitation/planner-selectors.js');
      const storage = newStorage('together');
      await seedPlans(storage, weeklyPlan());
      const log = startContactLog(storage, {}, new Date('2026-03-10T18:00:00.000Z'));
      const planner = startPlanner(storage, new Date('2026-03-10T18:00:00.000Z'));
      await log.until('idle');
      await planner.until('idle');
      const otherTab = newStorage('together');
      await otherTab.put('contact', { ...planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), version: 0 });
      await waitFor(log.actor, (snapshot) => snapshot.context.contacts.length === 1, { timeout: 3000 });

      log.send({ type: 'RECORD' });
      log.send({ type: 'CHANGE', patch: { visitationPlanId: 'plan-weekly', occurredAt: '2026-03-10T16:00:00.000Z', outcome: { type: 'no-show', who: { party: 'visitor' } } } });
      log.send({ type: 'SAVE' });
      await log.until('idle');
      const updated = await waitFor(planner.actor, (snapshot) => snapshot.context.contacts.length === 2, { timeout: 3000 });
      expect(selectPlanSummaries(updated)[0]!.compliance.current).to.include({ month: '2026-03', completed: 1, noShow: 1, due: 2, rate: 0.5 });
    });

    it('lists the contacts of one visitation plan when the log is scoped to it', async () => {
      const storage = newStorage();
      await seedPlans(storage, weeklyPlan(), monthlyPlan());
      await seedContacts(storage, planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), planContact('plan-monthly', '2026-03-15T18:00', '2026-03-15T22:00:00.000Z'));
      const log = startContactLog(storage, { childId: undefined, visitationPlanId: 'plan-monthly' });
      const idle = await log.until('idle');
      expect(idle.context.contacts.map((entry) => entry.visitationPlanId)).to.deep.equal(['plan-monthly']);
      expect(idle.context.plans.map((plan) => plan.id)).to.deep.equal(['plan-monthly']);
    });

    it('shows 10 000 contacts, and returns the same list while nothing changed (no recomputation)', async () => {
      const storage = newStorage();
      const many = Array.from({ length: 10_000 }, (_, index) => ({ ...contact(new Date(Date.UTC(2024, 0, 1) + index * 3_600_000 * 5).toISOString()), version: 0, id: `bulk-${index}` }));
      await storage.transaction(many.map((record) => ({ kind: 'contact', record })));
      const log = startContactLog(storage);
      const idle = await log.untilWhole();
      const visible = selectVisibleContacts(idle);
      expect(visible).to.have.length(10_000);
      expect(selectVisibleContacts(log.snapshot())).to.equal(visible);
    });

    it('shows what queryContacts gives for every filter and order, sorting once per order (ties by id)', async () => {
      const storage = newStorage();
      const types = ['visit', 'phone', 'office'] as const;
      // Pairs of contacts at the same instant: the order between them is by id, in both orders.
      const many = Array.from({ length: 600 }, (_, index) => ({
        ...contact(new Date(Date.UTC(2025, 0, 1) + Math.floor(index / 2) * 3_600_000 * 7).toISOString(), undefined, { type: types[index % 3]!, archived: index % 11 === 0 }),
        version: 0,
        id: `bulk-${String((index * 7919) % 600).padStart(3, '0')}`,
      }));
      await storage.transaction(many.map((record) => ({ kind: 'contact', record })));
      const log = startContactLog(storage);
      await log.until('idle');
      const filters = [{ timeZone: 'Europe/Lisbon' }, { types: ['phone' as const] }, { includeArchived: true, from: '2025-02-01', to: '2025-02-20', timeZone: 'Europe/Lisbon' }];
      for (const order of ['oldest-first', 'newest-first'] as const) {
        log.send({ type: 'SET_ORDER', order });
        for (const filter of filters) {
          log.send({ type: 'SET_FILTER', filter });
          const snapshot = log.snapshot();
          expect(selectVisibleContacts(snapshot).map((entry) => entry.id)).to.deep.equal(queryContacts(snapshot.context.contacts, snapshot.context.filter, order).map((entry) => entry.id));
        }
      }
    });
  });
});
