import { assign, enqueueActions, setup } from 'xstate';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import { visitationActions } from '../../model/visitation/lifecycle.js';
import { cleanRecordMerge, conflictOf, everyFieldChosen, isConflictError, resolvedRecord, sameRecordContent, toMachineError, watchRecords, withChoice, writeRecord } from './support.js';
import { CONTACT_KIND } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND } from '../../model/visitation/plan.js';
import {
  adoptSaved,
  beginCommand,
  beginSave,
  carriedOutcome,
  carriedUpdate,
  changeDraft,
  commandResult,
  editMine,
  editRefusal,
  initialPlannerContext,
  keepMineResult,
  loadChildVisitation,
  placeChanged,
  refuseSave,
  startCreate,
  startEdit,
  takeTheirs,
  writeResolved,
} from './planner-updates.js';
import { setAsideInput, writeSetAside } from '../shared/set-aside.js';
import type { ConflictResolution } from '../../model/set-aside.js';
import type { PlanCommand, VisitationPlannerContext, VisitationPlannerEmitted, VisitationPlannerEvent, VisitationPlannerInput } from './planner-types.js';

const lifecycleActions = new Set<string>([visitationActions.planActivated, visitationActions.planSuspended, visitationActions.planResumed, visitationActions.planEnded]);

const commandTransition = [
  { guard: 'commandAllowed', target: 'saving', actions: 'beginCommand' },
  { actions: 'refuseCommand' },
] as const;

/**
 * The visitation plans of one child: loading them with the child's contacts (for compliance),
 * creating and editing plans in a form validated by the model's rules, the lifecycle steps
 * (activate, suspend, resume, end), each written with its history action; conflicts with changes
 * saved elsewhere and failed writes keep the user's change until it is resolved or retried. Changes
 * made elsewhere (a contact logged in another element or tab) arrive through storage's watch.
 */
export const visitationPlannerMachine = setup({
  types: {
    input: {} as VisitationPlannerInput,
    context: {} as VisitationPlannerContext,
    events: {} as VisitationPlannerEvent,
    emitted: {} as VisitationPlannerEmitted,
  },
  actors: { loadChildVisitation, writeRecord, watchRecords, writeSetAside },
  guards: {
    canEdit: ({ context, event }) => event.type === 'EDIT' && editRefusal(context, event.planId).length === 0,
    draftValid: ({ context }) => context.editor !== undefined && context.editor.violations.length === 0,
    commandAllowed: ({ context, event }) => commandResult(context, event as PlanCommand).ok,
    isConflict: ({ event }) => 'error' in event && isConflictError(event.error),
    mergesCleanly: ({ context, event }) =>
      'error' in event && isConflictError(event.error) && context.pendingCommand === undefined && cleanRecordMerge(event.error, context.pending!.record, context.pending!.base) !== undefined,
    everyFieldChosen: ({ context }) => everyFieldChosen(context.conflict),
    theirsKeepsMyOtherChanges: ({ context }) => {
      const conflict = context.conflict;
      const merged = conflict && context.pendingCommand === undefined ? resolvedRecord(conflict, 'take-theirs') : undefined;
      return merged !== undefined && !sameRecordContent(merged, conflict!.theirs!);
    },
    canKeepMine: ({ context }) => keepMineResult(context).ok,
    hasTheirs: ({ context }) => context.conflict?.theirs !== undefined,
    canEditMine: ({ context }) => context.conflict?.theirs !== undefined && context.pendingCommand === undefined,
    hasEditor: ({ context }) => context.editor !== undefined,
    carriedConflicts: ({ event }) => event.type === 'CARRY_OVER' && carriedOutcome(event).outcome === 'conflict',
    carriedForm: ({ event }) => event.type === 'CARRY_OVER' && carriedOutcome(event).outcome === 'form',
  },
  actions: {
    carryOver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'CARRY_OVER') return;
      const outcome = carriedOutcome(event);
      enqueue.assign(carriedUpdate(context, outcome));
      if (outcome.outcome === 'form' && outcome.absent) enqueue.emit({ type: 'error', error: { code: 'storage.switched-record-absent', message: `plan ${event.carried.draft.id} is not in the new storage` } });
      if (outcome.outcome === 'conflict') enqueue.emit({ type: 'conflict', conflict: outcome.conflict });
    }),
    // What the resolution does not keep is stored apart, readable and restorable (a lifecycle step is re-applied, not set aside).
    setAside: enqueueActions(({ context, enqueue }, params: { resolution: ConflictResolution }) => {
      const input = context.pendingCommand === undefined ? setAsideInput(context, VISITATION_PLAN_KIND, params.resolution) : undefined;
      if (input) enqueue.spawnChild('writeSetAside', { input });
    }),
    beginCommand: assign(({ context, event }) => beginCommand(context, event as PlanCommand)),
    refuseCommand: assign(({ context, event }) => {
      const result = commandResult(context, event as PlanCommand);
      return { rejected: result.ok ? [] : result.violations };
    }),
    placeChanged: assign(({ context, event }) => (event.type === 'RECORD_CHANGED' && event.record ? placeChanged(context, event.kind, event.record) : {})),
    noteUnreadable: assign(({ context, event }) =>
      event.type === 'RECORD_UNREADABLE' ? { unreadable: [...context.unreadable.filter((entry) => entry.id !== event.id), { kind: event.kind, id: event.id, code: event.error.code }] } : {},
    ),
  },
}).createMachine({
  id: 'visitationPlanner',
  context: ({ input }) => initialPlannerContext(input),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadChildVisitation',
        input: ({ context }) => ({ storage: context.storage, childId: context.childId }),
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
      invoke: { src: 'watchRecords', input: ({ context }) => ({ storage: context.storage, kinds: [VISITATION_PLAN_KIND, CONTACT_KIND] }) },
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
        UPDATE_INPUT: { actions: assign(({ event }) => (event.currentUser ? { currentUser: event.currentUser } : {})) },
      },
      initial: 'idle',
      states: {
        idle: {
          on: {
            RELOAD: '#visitationPlanner.loading',
            CREATE: { target: 'editing', actions: assign(({ context, event }) => startCreate(context, event.initial)) },
            EDIT: [
              { guard: 'canEdit', target: 'editing', actions: assign(({ context, event }) => startEdit(context, event.planId)) },
              { actions: assign(({ context, event }) => ({ rejected: editRefusal(context, event.planId) })) },
            ],
            ACTIVATE: commandTransition,
            SUSPEND: commandTransition,
            RESUME: commandTransition,
            END: commandTransition,
            // The host changed storage: the form held with the previous one opens again on the new one.
            CARRY_OVER: [
              { guard: 'carriedConflicts', target: 'conflict', actions: 'carryOver' },
              { guard: 'carriedForm', target: 'editing', actions: 'carryOver' },
            ],
          },
        },
        editing: {
          on: {
            CHANGE: {
              actions: enqueueActions(({ context, event, enqueue }) => {
                const update = changeDraft(context, event.patch);
                enqueue.assign(update);
                enqueue.emit({ type: 'changed', plan: update.editor!.draft });
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
                const stored = event.output as VisitationPlan;
                const action = context.pending!.action;
                const before = context.statusBefore;
                enqueue.assign(adoptSaved(context, stored));
                enqueue.emit({ type: 'saved', plan: stored, action });
                if (lifecycleActions.has(action) && before !== undefined && before !== stored.status) {
                  enqueue.emit({ type: 'status-changed', plan: stored, from: before, to: stored.status });
                }
              }),
            },
            onError: [
              {
                // Someone else saved other fields of this plan meanwhile: merged, written again, nothing asked.
                guard: 'mergesCleanly',
                target: 'saving',
                reenter: true,
                actions: assign(({ context, event }) => writeResolved(context, cleanRecordMerge(event.error, context.pending!.record, context.pending!.base)!, (event.error as { current: VisitationPlan }).current)),
              },
              {
                guard: 'isConflict',
                target: 'conflict',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const conflict = conflictOf(event.error, context.pending!.record, context.pendingCommand ? undefined : context.pending!.base);
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
          // The change is kept (in the form and in `pending`) until it is written or given up.
          on: {
            RETRY: 'saving',
            DISMISS: [
              { guard: 'hasEditor', target: 'editing', actions: assign({ pending: undefined, pendingCommand: undefined, error: undefined }) },
              { target: 'idle', actions: assign({ pending: undefined, pendingCommand: undefined, error: undefined }) },
            ],
          },
        },
        conflict: {
          on: {
            RESOLVE_KEEP_MINE: [
              { guard: 'canKeepMine', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'keep-mine' } }, assign(({ context }) => (keepMineResult(context) as { update: Partial<VisitationPlannerContext> }).update)] },
              {
                // Their version no longer allows my step (they already ended the plan): take theirs and say why.
                target: 'idle',
                actions: assign(({ context }) => {
                  const result = keepMineResult(context);
                  return { ...takeTheirs(context), rejected: result.ok ? [] : result.violations };
                }),
              },
            ],
            CHOOSE: { actions: assign(({ context, event }) => ({ conflict: withChoice(context.conflict, event.path, event.choice) })) },
            // Their value where both changed a field; my other changes are still written.
            RESOLVE_TAKE_THEIRS: [
              { guard: 'theirsKeepsMyOtherChanges', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, assign(({ context }) => writeResolved(context, resolvedRecord(context.conflict!, 'take-theirs')!, context.conflict!.theirs!))] },
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
