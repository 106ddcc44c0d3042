import { and, assign, enqueueActions, not, setup } from 'xstate';
import type { Contact } from '../../model/visitation/contact.js';
import { CONTACT_KIND } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND } from '../../model/visitation/plan.js';
import { cleanRecordMerge, conflictOf, everyFieldChosen, isConflictError, resolvedRecord, sameRecordContent, toMachineError, watchRecords, withChoice, writeRecord } from './support.js';
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
  FIRST_PAGE_CONTACTS,
  initialContactLogContext,
  keepMine,
  loadContactLog,
  loadWholeLog,
  placeChanged,
  refuseSave,
  setFilter,
  startEdit,
  startRecord,
  takeTheirs,
  writeResolved,
} from './contact-log-updates.js';
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
      'error' in event && isConflictError(event.error) && context.pending?.operation === 'put' && cleanRecordMerge(event.error, context.pending.record, context.pending.base) !== undefined,
    everyFieldChosen: ({ context }) => everyFieldChosen(context.conflict),
    theirsKeepsMyOtherChanges: ({ context }) => {
      const conflict = context.conflict;
      const merged = conflict && context.pending?.operation === 'put' ? resolvedRecord(conflict, 'take-theirs') : undefined;
      return merged !== undefined && !sameRecordContent(merged, conflict!.theirs!);
    },
    hasEditor: ({ context }) => context.editor !== undefined,
    wholeLogRead: ({ context }) => context.complete,
    canEditMine: ({ context }) => context.conflict?.theirs !== undefined && context.pending?.operation === 'put',
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
      event.type === 'RECORD_UNREADABLE' ? { unreadable: [...context.unreadable.filter((entry) => entry.id !== event.id), { kind: event.kind, id: event.id, code: event.error.code }] } : {},
    ),
  },
}).createMachine({
  id: 'contactLog',
  context: ({ input }) => initialContactLogContext(input),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadContactLog',
        // The newest contacts first, on screen at once; `ready` then reads the rest (two phases).
        input: ({ context }) => ({ storage: context.storage, caseId: context.caseId, childId: context.childId, visitationPlanId: context.visitationPlanId, newest: FIRST_PAGE_CONTACTS }),
        onDone: { target: 'ready', actions: assign(({ event }) => ({ ...event.output, error: undefined })) },
        onError: {
          target: 'loadFailed',
          actions: enqueueActions(({ event, enqueue }) => {
            const error = toMachineError(event.error);
            enqueue.assign({ error });
            enqueue.emit({ type: 'error', error });
          }),
        },
      },
    },
    loadFailed: {
      on: { RETRY: 'loading' },
    },
    ready: {
      invoke: [
        { src: 'watchRecords', input: ({ context }) => ({ storage: context.storage, kinds: [CONTACT_KIND, VISITATION_PLAN_KIND] }) },
        {
          // The rest of the log, merged with what changed meanwhile; summaries, recording and editing wait for it.
          src: 'loadWholeLog',
          input: ({ context }) => ({ storage: context.storage, caseId: context.caseId, childId: context.childId, visitationPlanId: context.visitationPlanId, complete: context.complete }),
          onDone: { actions: assign(({ context, event }) => (event.output ? adoptWholeLog(context, event.output) : {})) },
          onError: {
            target: 'loadFailed',
            actions: enqueueActions(({ event, enqueue }) => {
              const error = toMachineError(event.error);
              enqueue.assign({ error });
              enqueue.emit({ type: 'error', error });
            }),
          },
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
        saving: {
          invoke: {
            src: 'writeRecord',
            input: ({ context }) => ({ storage: context.storage, write: context.pending! }),
            onDone: {
              target: 'idle',
              actions: enqueueActions(({ context, event, enqueue }) => {
                const stored = event.output as Contact;
                const action = context.pending!.action;
                enqueue.assign(adoptSaved(context, stored));
                enqueue.emit({ type: 'saved', contact: stored, action });
              }),
            },
            onError: [
              {
                // Someone else saved other fields of this contact meanwhile: merged, written again, nothing asked.
                guard: 'mergesCleanly',
                target: 'saving',
                reenter: true,
                actions: assign(({ context, event }) => writeResolved(context, cleanRecordMerge(event.error, context.pending!.record, context.pending!.base)!, (event.error as { current: Contact }).current)),
              },
              {
                guard: 'isConflict',
                target: 'conflict',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const conflict = conflictOf(event.error, context.pending!.record, context.pending!.operation === 'put' ? context.pending!.base : undefined);
                  enqueue.assign({ conflict, error: toMachineError(event.error) });
                  enqueue.emit({ type: 'conflict', conflict });
                }),
              },
              {
                target: 'saveFailed',
                actions: enqueueActions(({ event, enqueue }) => {
                  const error = toMachineError(event.error);
                  enqueue.assign({ error });
                  enqueue.emit({ type: 'error', error });
                }),
              },
            ],
          },
        },
        saveFailed: {
          // The contact is kept (in the form and in `pending`) until it is written or given up.
          on: {
            RETRY: 'saving',
            DISMISS: [
              { guard: 'hasEditor', target: 'editing', actions: assign({ pending: undefined, error: undefined }) },
              { target: 'idle', actions: assign({ pending: undefined, error: undefined }) },
            ],
          },
        },
        conflict: {
          on: {
            CHOOSE: { actions: assign(({ context, event }) => ({ conflict: withChoice(context.conflict, event.path, event.choice) })) },
            RESOLVE_KEEP_MINE: { target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'keep-mine' } }, assign(({ context }) => keepMine(context))] },
            // Their value where both changed a field; my other changes are still written.
            RESOLVE_TAKE_THEIRS: [
              {
                guard: 'theirsKeepsMyOtherChanges',
                target: 'saving',
                actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, assign(({ context }) => writeResolved(context, resolvedRecord(context.conflict!, 'take-theirs')!, context.conflict!.theirs!))],
              },
              { target: 'idle', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, assign(({ context }) => takeTheirs(context))] },
            ],
            RESOLVE_MERGE: {
              guard: 'everyFieldChosen',
              target: 'saving',
              actions: [{ type: 'setAside', params: { resolution: 'chosen' } }, assign(({ context }) => writeResolved(context, resolvedRecord(context.conflict!, 'chosen')!, context.conflict!.theirs!))],
            },
            RESOLVE_EDIT_MINE: { guard: 'canEditMine', target: 'editing', actions: assign(({ context }) => editMine(context)) },
          },
        },
      },
    },
  },
});
