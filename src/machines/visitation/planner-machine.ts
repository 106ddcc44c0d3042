import { assign, enqueueActions, setup } from 'xstate';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import { visitationActions } from '../../model/visitation/lifecycle.js';
import { isConflictError, toMachineError } from '../shared/machine-error.js';
import { cleanMerge, everyFieldChosen, recordConflict, renewedConflict, resolvedMerge, sameRecordContent, savedAgain, theirsAnnounced, theirsOf, withChoice, withoutUnread } from '../shared/record-conflict.js';
import { violation } from '../../model/shared/violation.js';
import { withUnreadable } from '../shared/record-list.js';
import { watchRecords } from '../shared/record-watch.js';
import { writeRecord } from '../shared/record-write.js';
import { loadStates } from '../shared/load-states.js';
import { recordSaveStates, resolvedWrite } from '../shared/record-save-states.js';
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
  placeChanged,
  refuseSave,
  startCreate,
  startEdit,
  takeTheirs,
} from './planner-updates.js';
import { loadChildVisitation } from './planner-actors.js';
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
      'error' in event && isConflictError(event.error) && context.pendingCommand === undefined && cleanMerge(context.pending!.base, context.pending!.record, theirsOf(event.error)) !== undefined,
    everyFieldChosen: ({ context }) => everyFieldChosen(context.conflict),
    theirsKeepsMyOtherChanges: ({ context }) => {
      const conflict = context.conflict;
      const merged = conflict && context.pendingCommand === undefined ? resolvedMerge(conflict, 'take-theirs')?.merged : undefined;
      return merged !== undefined && !sameRecordContent(merged, conflict!.theirs!);
    },
    canKeepMine: ({ context }) => keepMineResult(context).ok,
    hasTheirs: ({ context }) => context.conflict?.theirs !== undefined,
    canEditMine: ({ context }) => context.conflict?.theirs !== undefined && context.pendingCommand === undefined,
    hasEditor: ({ context }) => context.editor !== undefined,
    theirsAnnounced: ({ context, event }) => event.type === 'RECORD_ANNOUNCED' && event.kind === context.pending?.kind && savedAgain(context.conflict, event.id, event.version),
    theirsSavedAgain: ({ context, event }) => event.type === 'RECORD_CHANGED' && event.kind === context.pending?.kind && event.record !== undefined && savedAgain(context.conflict, event.id, event.record.version),
    theirsUnread: ({ context }) => context.conflict?.unread !== undefined,
    theirsReadWithoutNewer: ({ context, event }) =>
      (event.type === 'RECORD_CHANGED' || event.type === 'RECORD_UNREADABLE') && event.kind === context.pending?.kind && context.conflict?.mine.id === event.id && context.conflict.unread !== undefined,
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
      const command = event as PlanCommand;
      const result = commandResult(context, command);
      return { rejected: result.ok ? [] : result.violations, rejectedPlanId: command.planId };
    }),
    placeChanged: assign(({ context, event }) => (event.type === 'RECORD_CHANGED' && event.record ? placeChanged(context, event.kind, event.record) : {})),
    noteUnreadable: assign(({ context, event }) =>
      event.type === 'RECORD_UNREADABLE' ? { unreadable: withUnreadable(context.unreadable, { kind: event.kind, id: event.id, code: event.error.code }) } : {},
    ),
    adoptLoaded: assign(({ event }) => ({ ...(event as unknown as { output: Pick<VisitationPlannerContext, 'plans' | 'contacts' | 'unreadable'> }).output, error: undefined })),
    reportError: enqueueActions(({ event, enqueue }) => {
      const error = toMachineError((event as { error?: unknown }).error);
      enqueue.assign({ error });
      enqueue.emit({ type: 'error', error });
    }),
    adoptWritten: enqueueActions(({ context, event, enqueue }) => {
      const stored = (event as unknown as { output: VisitationPlan }).output;
      const action = context.pending!.action;
      const before = context.statusBefore;
      enqueue.assign(adoptSaved(context, stored));
      enqueue.emit({ type: 'saved', plan: stored, action });
      if (lifecycleActions.has(action) && before !== undefined && before !== stored.status) {
        enqueue.emit({ type: 'status-changed', plan: stored, from: before, to: stored.status });
      }
    }),
    writeCleanMerge: assign(({ context, event }) => {
      const theirs = theirsOf<VisitationPlan>((event as { error?: unknown }).error)!;
      return resolvedWrite(context, cleanMerge(context.pending!.base, context.pending!.record, theirs)!.merged, theirs);
    }),
    openConflict: enqueueActions(({ context, event, enqueue }) => {
      const error = (event as { error?: unknown }).error;
      const conflict = recordConflict(context.pending!.record, theirsOf<VisitationPlan>(error), context.pendingCommand ? undefined : context.pending!.base);
      enqueue.assign({ conflict, error: toMachineError(error) });
      enqueue.emit({ type: 'conflict', conflict });
    }),
    dismissWrite: assign({ pending: undefined, pendingCommand: undefined, error: undefined }),
    keepMine: assign(({ context }) => (keepMineResult(context) as { update: Partial<VisitationPlannerContext> }).update),
    refuseKeepMine: assign(({ context }) => {
      const result = keepMineResult(context);
      return { ...takeTheirs(context), rejected: result.ok ? [] : result.violations, rejectedPlanId: context.pendingCommand?.planId };
    }),
    noteTheirsAnnounced: assign(({ context, event }) => (event.type === 'RECORD_ANNOUNCED' ? { conflict: theirsAnnounced(context.conflict!, event.version) } : {})),
    renewConflict: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'RECORD_CHANGED') return;
      const conflict = renewedConflict(context.conflict!, event.record as VisitationPlan);
      enqueue.assign({ conflict, rejected: [], rejectedPlanId: undefined });
      enqueue.emit({ type: 'conflict', conflict, renewed: true });
    }),
    forgetUnread: assign(({ context }) => (context.conflict ? { conflict: withoutUnread(context.conflict) } : {})),
    refuseWhileTheirsChanges: assign({ rejected: () => [violation('merge.theirs-changed')], rejectedPlanId: undefined }),
    choose: assign(({ context, event }) => (event.type === 'CHOOSE' ? { conflict: withChoice(context.conflict, event.path, event.choice) } : {})),
    writeTheirsWithMine: assign(({ context }) => resolvedWrite(context, resolvedMerge(context.conflict!, 'take-theirs')!.merged, context.conflict!.theirs!)),
    takeTheirs: assign(({ context }) => takeTheirs(context)),
    writeChosen: assign(({ context }) => resolvedWrite(context, resolvedMerge(context.conflict!, 'chosen')!.merged, context.conflict!.theirs!)),
    editMine: assign(({ context }) => editMine(context)),
  },
}).createMachine({
  id: 'visitationPlanner',
  context: ({ input }) => initialPlannerContext(input),
  initial: 'loading',
  states: {
    ...loadStates('loadChildVisitation', ({ context }: { context: VisitationPlannerContext }) => ({ storage: context.storage, caseId: context.caseId, childId: context.childId })),
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
              { actions: assign(({ context, event }) => ({ rejected: editRefusal(context, event.planId), rejectedPlanId: event.planId })) },
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
            CANCEL: { target: 'idle', actions: assign({ editor: undefined, rejected: [], rejectedPlanId: undefined }) },
          },
        },
        ...recordSaveStates,
      },
    },
  },
});
