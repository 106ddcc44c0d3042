import { and, assign, enqueueActions, not, setup } from 'xstate';
import type { Contact } from '../../model/visitation/contact.js';
import { CONTACT_KIND } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND } from '../../model/visitation/plan.js';
import { isConflictError, toMachineError } from '../shared/machine-error.js';
import { cleanMerge, everyFieldChosen, recordConflict, renewedConflict, resolvedMerge, sameRecordContent, savedAgain, theirsAnnounced, theirsOf, withChoice, withoutUnread } from '../shared/record-conflict.js';
import { violation } from '../../model/shared/violation.js';
import { withUnreadable } from '../shared/record-list.js';
import { watchRecords } from '../shared/record-watch.js';
import { writeRecord } from '../shared/record-write.js';
import { loadStates } from '../shared/load-states.js';
import { recordSaveStates, resolvedWrite } from '../shared/record-save-states.js';
import {
  carriedOutcome,
  carriedUpdate,
  adoptSaved,
  adoptWholeLog,
  archiveRefusal,
  beginArchive,
  beginSave,
  changeDraft,
  editMine,
  editRefusal,
  initialContactLogContext,
  keepMine,
  placeChanged,
  refuseSave,
  setFilter,
  startEdit,
  startRecord,
  takeTheirs,
} from './contact-log-updates.js';
import { FIRST_PAGE_CONTACTS, loadContactLog, loadWholeLog } from './contact-log-actors.js';
import { setAsideInput, writeSetAside } from '../shared/set-aside.js';
import type { ConflictResolution } from '../../model/set-aside.js';
import type { ContactLogContext, ContactLogEmitted, ContactLogEvent, ContactLogInput } from './contact-log-types.js';

/**
 * The contact log of a child (or a visitation plan, or a case): loading the contacts and the plans
 * they fulfil, filtering and sorting (model functions, applied by the selectors), recording and
 * editing contacts validated by the model's rules with the planned occurrence suggested from the
 * date, archiving (never deleting) with history kept, conflicts and failed writes kept until
 * resolved or retried, and changes made elsewhere arriving through storage's watch.
 */
export const contactLogMachine = setup({
  types: {
    input: {} as ContactLogInput,
    context: {} as ContactLogContext,
    events: {} as ContactLogEvent,
    emitted: {} as ContactLogEmitted,
  },
  actors: { loadContactLog, loadWholeLog, writeRecord, watchRecords, writeSetAside },
  guards: {
    carriedConflicts: ({ event }) => event.type === 'CARRY_OVER' && carriedOutcome(event).outcome === 'conflict',
    carriedForm: ({ event }) => event.type === 'CARRY_OVER' && carriedOutcome(event).outcome === 'form',
    canEdit: ({ context, event }) => event.type === 'EDIT' && editRefusal(context, event.contactId).length === 0,
    canArchive: ({ context, event }) => event.type === 'ARCHIVE' && archiveRefusal(context, event.contactId).length === 0,
    draftValid: ({ context }) => context.editor !== undefined && context.editor.violations.length === 0,
    isConflict: ({ event }) => 'error' in event && isConflictError(event.error),
    mergesCleanly: ({ context, event }) =>
      'error' in event && isConflictError(event.error) && context.pending?.operation === 'put' && cleanMerge(context.pending.base, context.pending.record, theirsOf(event.error)) !== undefined,
    everyFieldChosen: ({ context }) => everyFieldChosen(context.conflict),
    theirsKeepsMyOtherChanges: ({ context }) => {
      const conflict = context.conflict;
      const merged = conflict && context.pending?.operation === 'put' ? resolvedMerge(conflict, 'take-theirs')?.merged : undefined;
      return merged !== undefined && !sameRecordContent(merged, conflict!.theirs!);
    },
    hasEditor: ({ context }) => context.editor !== undefined,
    theirsAnnounced: ({ context, event }) => event.type === 'RECORD_ANNOUNCED' && event.kind === context.pending?.kind && savedAgain(context.conflict, event.id, event.version),
    theirsSavedAgain: ({ context, event }) => event.type === 'RECORD_CHANGED' && event.kind === context.pending?.kind && event.record !== undefined && savedAgain(context.conflict, event.id, event.record.version),
    theirsUnread: ({ context }) => context.conflict?.unread !== undefined,
    theirsReadWithoutNewer: ({ context, event }) =>
      (event.type === 'RECORD_CHANGED' || event.type === 'RECORD_UNREADABLE') && event.kind === context.pending?.kind && context.conflict?.mine.id === event.id && context.conflict.unread !== undefined,
    wholeLogRead: ({ context }) => context.complete,
    canEditMine: ({ context }) => context.conflict?.theirs !== undefined && context.pending?.operation === 'put',
    // Keeping mine is always possible here: an archive is applied to their version, an edit merged with it.
    canKeepMine: () => true,
  },
  actions: {
    carryOver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'CARRY_OVER') return;
      const outcome = carriedOutcome(event);
      enqueue.assign(carriedUpdate(context, outcome));
      if (outcome.outcome === 'form' && outcome.absent) enqueue.emit({ type: 'error', error: { code: 'storage.switched-record-absent', message: `contact ${event.carried.draft.id} is not in the new storage` } });
      if (outcome.outcome === 'conflict') enqueue.emit({ type: 'conflict', conflict: outcome.conflict });
    }),
    // What the resolution does not keep is stored apart, readable and restorable (an archive step is re-applied, not set aside).
    setAside: enqueueActions(({ context, enqueue }, params: { resolution: ConflictResolution }) => {
      const input = context.pending?.operation === 'put' ? setAsideInput(context, CONTACT_KIND, params.resolution) : undefined;
      if (input) enqueue.spawnChild('writeSetAside', { input });
    }),
    placeChanged: assign(({ context, event }) => (event.type === 'RECORD_CHANGED' && event.record ? placeChanged(context, event.kind, event.record) : {})),
    noteUnreadable: assign(({ context, event }) =>
      event.type === 'RECORD_UNREADABLE' ? { unreadable: withUnreadable(context.unreadable, { kind: event.kind, id: event.id, code: event.error.code }) } : {},
    ),
    adoptLoaded: assign(({ event }) => ({ ...(event as unknown as { output: Pick<ContactLogContext, 'contacts' | 'plans' | 'unreadable' | 'complete'> }).output, error: undefined })),
    reportError: enqueueActions(({ event, enqueue }) => {
      const error = toMachineError((event as { error?: unknown }).error);
      enqueue.assign({ error });
      enqueue.emit({ type: 'error', error });
    }),
    adoptWritten: enqueueActions(({ context, event, enqueue }) => {
      const stored = (event as unknown as { output: Contact }).output;
      const action = context.pending!.action;
      enqueue.assign(adoptSaved(context, stored));
      enqueue.emit({ type: 'saved', contact: stored, action });
    }),
    writeCleanMerge: assign(({ context, event }) => {
      const theirs = theirsOf<Contact>((event as { error?: unknown }).error)!;
      return resolvedWrite(context, cleanMerge(context.pending!.base, context.pending!.record, theirs)!.merged, theirs);
    }),
    openConflict: enqueueActions(({ context, event, enqueue }) => {
      const error = (event as { error?: unknown }).error;
      const conflict = recordConflict(context.pending!.record, theirsOf<Contact>(error), context.pending!.operation === 'put' ? context.pending!.base : undefined);
      enqueue.assign({ conflict, error: toMachineError(error) });
      enqueue.emit({ type: 'conflict', conflict });
    }),
    dismissWrite: assign({ pending: undefined, error: undefined }),
    keepMine: assign(({ context }) => keepMine(context)),
    refuseKeepMine: assign(({ context }) => takeTheirs(context)),
    noteTheirsAnnounced: assign(({ context, event }) => (event.type === 'RECORD_ANNOUNCED' ? { conflict: theirsAnnounced(context.conflict!, event.version) } : {})),
    renewConflict: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'RECORD_CHANGED') return;
      const conflict = renewedConflict(context.conflict!, event.record as Contact);
      enqueue.assign({ conflict, rejected: [] });
      enqueue.emit({ type: 'conflict', conflict, renewed: true });
    }),
    forgetUnread: assign(({ context }) => (context.conflict ? { conflict: withoutUnread(context.conflict) } : {})),
    refuseWhileTheirsChanges: assign({ rejected: () => [violation('merge.theirs-changed')] }),
    choose: assign(({ context, event }) => (event.type === 'CHOOSE' ? { conflict: withChoice(context.conflict, event.path, event.choice) } : {})),
    writeTheirsWithMine: assign(({ context }) => resolvedWrite(context, resolvedMerge(context.conflict!, 'take-theirs')!.merged, context.conflict!.theirs!)),
    takeTheirs: assign(({ context }) => takeTheirs(context)),
    writeChosen: assign(({ context }) => resolvedWrite(context, resolvedMerge(context.conflict!, 'chosen')!.merged, context.conflict!.theirs!)),
    editMine: assign(({ context }) => editMine(context)),
  },
}).createMachine({
  id: 'contactLog',
  context: ({ input }) => initialContactLogContext(input),
  initial: 'loading',
  states: {
    // The newest contacts first, on screen at once; `ready` then reads the rest (two phases).
    ...loadStates('loadContactLog', ({ context }: { context: ContactLogContext }) => ({
      storage: context.storage,
      caseId: context.caseId,
      childId: context.childId,
      visitationPlanId: context.visitationPlanId,
      newest: FIRST_PAGE_CONTACTS,
    })),
    ready: {
      invoke: [
        { src: 'watchRecords', input: ({ context }) => ({ storage: context.storage, kinds: [CONTACT_KIND, VISITATION_PLAN_KIND] }) },
        {
          // The rest of the log, merged with what changed meanwhile; summaries, recording and editing wait for it.
          src: 'loadWholeLog',
          input: ({ context }) => ({ storage: context.storage, caseId: context.caseId, childId: context.childId, visitationPlanId: context.visitationPlanId, complete: context.complete }),
          onDone: { actions: assign(({ context, event }) => (event.output ? adoptWholeLog(context, event.output) : {})) },
          onError: { target: 'loadFailed', actions: 'reportError' },
        },
      ],
      on: {
        RECORD_CHANGED: { actions: 'placeChanged' },
        RECORD_UNREADABLE: { actions: 'noteUnreadable' },
        SET_ASIDE_FAILED: {
          actions: enqueueActions(({ event, enqueue }) => {
            const error = toMachineError(event.error);
            enqueue.assign({ error });
            enqueue.emit({ type: 'error', error });
          }),
        },
        SET_FILTER: { actions: assign(({ event }) => setFilter(event.filter)) },
        SET_ORDER: { actions: assign(({ event }) => ({ order: event.order })) },
        UPDATE_INPUT: { actions: assign(({ event }) => (event.currentUser ? { currentUser: event.currentUser } : {})) },
      },
      initial: 'idle',
      states: {
        idle: {
          on: {
            RELOAD: '#contactLog.loading',
            RECORD: { guard: 'wholeLogRead', target: 'editing', actions: assign(({ context, event }) => startRecord(context, event.initial)) },
            EDIT: [
              { guard: not('wholeLogRead') },
              { guard: 'canEdit', target: 'editing', actions: assign(({ context, event }) => startEdit(context, event.contactId)) },
              { actions: assign(({ context, event }) => ({ rejected: editRefusal(context, event.contactId) })) },
            ],
            ARCHIVE: [
              { guard: not('wholeLogRead') },
              { guard: 'canArchive', target: 'saving', actions: assign(({ context, event }) => beginArchive(context, event.contactId)) },
              { actions: assign(({ context, event }) => ({ rejected: archiveRefusal(context, event.contactId) })) },
            ],
            // The host changed storage: the form held with the previous one opens again on the new one (once the whole log is read).
            CARRY_OVER: [
              { guard: and(['wholeLogRead', 'carriedConflicts']), target: 'conflict', actions: 'carryOver' },
              { guard: and(['wholeLogRead', 'carriedForm']), target: 'editing', actions: 'carryOver' },
            ],
          },
        },
        editing: {
          on: {
            CHANGE: {
              actions: enqueueActions(({ context, event, enqueue }) => {
                const update = changeDraft(context, event.patch);
                enqueue.assign(update);
                enqueue.emit({ type: 'changed', contact: update.editor!.draft });
              }),
            },
            SAVE: [{ guard: 'draftValid', target: 'saving', actions: assign(({ context }) => beginSave(context)) }, { actions: assign(({ context }) => refuseSave(context)) }],
            CANCEL: { target: 'idle', actions: assign({ editor: undefined, rejected: [] }) },
          },
        },
        ...recordSaveStates,
      },
    },
  },
});
