import { assign, emit, enqueueActions, setup } from 'xstate';
import type { ConflictError } from '../../storage/errors.js';
import type { PlanStatus, ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import { isConflictError, toMachineError, type MachineError } from '../shared/machine-error.js';
import { conflictStoredVersion, everyFieldChosen, sameRecordContent } from '../shared/record-conflict.js';
import { historyActions } from '../../model/history-actions.js';
import { violation } from '../../model/shared/violation.js';
import { watchRecordVersion } from '../shared/record-watch.js';
import { loadStates } from '../shared/load-states.js';
import { fetchPlan, loadPlan, PLAN_KIND, savePlan } from './actors.js';
import { initialContext, violationsOf } from './plan-context.js';
import { abandonRevisionUpdate, canAbandonRevision, editUpdate, lifecycleResult, lifecycleUpdate, redoUpdate, undoUpdate } from './edit-updates.js';
import { adoptSavedUpdate, beginWriteUpdate, handedOverOnto, handOverUpdate, restorePending, writeAction } from './write-updates.js';
import { autoMergeUpdate, chooseUpdate, clearedConflictUpdate, cleanMerge, planConflict, renewedConflictUpdate, resolutionUnchanged, resolveUpdate, typedFieldConflict } from './conflict-updates.js';
import { carriedPlanUpdate } from './carry-updates.js';
import { setAsideInput, writeSetAside, type SetAsideFailedEvent } from '../shared/set-aside.js';
import type { ConflictResolution } from '../../model/set-aside.js';
import type { InternalEvent, LifecycleEvent, PlanConflict, ServicePlanContext, ServicePlanEvent, ServicePlanMachineInput } from './types.js';

/** Events the machine emits for the element to turn into DOM events (`actor.on('saved', ...)`). */
export type ServicePlanEmitted =
  | { type: 'created'; plan: ServicePlan }
  | { type: 'changed'; plan: ServicePlan }
  | { type: 'saved'; plan: ServicePlan }
  | { type: 'status-changed'; from: PlanStatus; to: PlanStatus; plan: ServicePlan }
  /** `renewed`: the conflict was already open and now shows their newer save. */
  | { type: 'conflict'; conflict: PlanConflict; renewed?: true }
  /** The open conflict closed by itself: their newest save left no field to decide (`plan`: mine on top of it). */
  | { type: 'conflict-cleared'; plan: ServicePlan }
  | { type: 'error'; error: MachineError };

/** More is to be written after the write in flight: changes made since it began, or another user's kept apart. */
function editedDuringWrite(context: ServicePlanContext): boolean {
  return context.plan !== context.writing?.source || context.pendingSnapshots.length > 0 || context.handedOver.length > 0;
}

/** The plan is new and was never stored (kept so until its first change: `storeWhenWritten`). */
function isUnstored(context: ServicePlanContext): boolean {
  return context.unstored;
}

/** What their newest save read during a conflict (a `fetchPlan` output) does when it leaves no clash (see `clearedConflictUpdate`). */
function clearedOf(context: ServicePlanContext, event: { type: string }): Partial<ServicePlanContext> | undefined {
  if (!context.conflict || !('output' in event)) return undefined;
  const { plan, revisions } = event.output as { plan: ServicePlan; revisions: ServicePlanRevision[] };
  return clearedConflictUpdate(context, plan, revisions);
}

const lifecycleTransition = {
  guard: 'lifecycleAllowed',
  actions: 'applyLifecycle',
} as const;

/**
 * The life of one service plan or case plan in the editor: loading (or creating) it, every edit with
 * undo and redo, debounced autosave, conflicts with changes saved elsewhere, and the status steps from
 * draft to approval, review and revision. Guards call the model's rules; nothing here touches the DOM.
 */
export const servicePlanMachine = setup({
  types: {
    input: {} as ServicePlanMachineInput,
    context: {} as ServicePlanContext,
    events: {} as ServicePlanEvent | InternalEvent | SetAsideFailedEvent,
    emitted: {} as ServicePlanEmitted,
  },
  actors: { loadPlan, savePlan, fetchPlan, watchRecordVersion, writeSetAside },
  delays: {
    autosaveDelay: ({ context }) => context.autosaveDelayMs,
  },
  guards: {
    lifecycleAllowed: ({ context, event }) => lifecycleResult(context, event as LifecycleEvent)?.ok === true,
    canUndo: ({ context }) => context.past.length > 0 && !context.conflict,
    canRedo: ({ context }) => context.future.length > 0 && !context.conflict,
    saveImmediately: ({ context }) => context.saveImmediately,
    newerRemote: ({ context, event }) => event.type === 'REMOTE_CHANGE' && event.version > (context.saved?.version ?? 0),
    // Saved elsewhere after the version the open conflict would be resolved over.
    newerThanConflict: ({ context, event }) => event.type === 'REMOTE_CHANGE' && context.conflict !== undefined && event.version > conflictStoredVersion(context.conflict),
    editedDuringWrite: ({ context }) => editedDuringWrite(context),
    editedDuringWriteAndUrgent: ({ context }) => editedDuringWrite(context) && context.saveImmediately,
    isConflict: ({ event }) => 'error' in event && isConflictError(event.error),
    editedSinceSaved: ({ context }) => context.plan !== context.saved,
    hasTheirs: ({ context }) => context.conflict?.theirs !== undefined,
    everyFieldChosen: ({ context }) => everyFieldChosen(context.conflict),
    // Unchanged and nothing else waits: earlier users' changes rebased during the conflict are still to be written.
    keepMineUnchanged: ({ context }) => context.handedOver.length === 0 && resolutionUnchanged(context.conflict, 'keep-mine'),
    takeTheirsUnchanged: ({ context }) => context.handedOver.length === 0 && resolutionUnchanged(context.conflict, 'take-theirs'),
    chosenUnchanged: ({ context }) => context.handedOver.length === 0 && everyFieldChosen(context.conflict) && resolutionUnchanged(context.conflict, 'chosen'),
    // Someone else saved, but no field was changed on both sides: merged without asking.
    conflictMergesCleanly: ({ context, event }) => 'error' in event && isConflictError(event.error) && cleanMerge(context, (event.error as ConflictError<ServicePlan>).current) !== undefined,
    reloadMergesCleanly: ({ context, event }) => context.plan !== context.saved && 'output' in event && cleanMerge(context, (event.output as { plan: ServicePlan }).plan) !== undefined,
    carriedConflicts: ({ context, event }) => context.carry !== undefined && 'output' in event && carriedPlanUpdate(context, event.output as never).outcome === 'conflict',
    carriedWrite: ({ context, event }) => context.carry !== undefined && 'output' in event && carriedPlanUpdate(context, event.output as never).outcome === 'write',
    // A new plan not stored yet whose changes were all undone: still nothing to store.
    nothingToStore: ({ context }) => isUnstored(context) && sameRecordContent(context.plan, context.saved),
    revisionAbandonable: ({ context }) => canAbandonRevision(context),
    // Their newest save, read during a conflict, leaves no field to decide: resolved at once (written, or already stored).
    clashGone: ({ context, event }) => clearedOf(context, event) !== undefined,
    clashGoneNothingToWrite: ({ context, event }) => {
      const update = clearedOf(context, event);
      return update !== undefined && !update.saveImmediately && update.handedOver!.length === 0;
    },
    typedFieldChanged: ({ context, event }) => event.type === 'EDIT' && typedFieldConflict(context, event.edit, event.before) !== undefined,
  },
  actions: {
    // What the resolution does not keep is stored apart, readable and restorable from the plan's history.
    setAside: enqueueActions(({ context, enqueue }, params: { resolution: ConflictResolution }) => {
      const input = setAsideInput(context, PLAN_KIND, params.resolution);
      if (input) enqueue.spawnChild('writeSetAside', { input });
    }),
    // The working copy is stored apart (like a conflict's losing side) while the active version is written back.
    abandonRevision: enqueueActions(({ context, enqueue }) => {
      const result = abandonRevisionUpdate(context);
      if (!result) return;
      enqueue.spawnChild('writeSetAside', { input: { storage: context.storage, version: result.setAside } });
      enqueue.assign(result.update);
      enqueue.raise({ type: 'PLAN_CHANGED' });
    }),
    applyEdit: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'EDIT') return;
      const { update, changed } = editUpdate(context, event.edit);
      enqueue.assign(update);
      if (changed) enqueue.raise({ type: 'PLAN_CHANGED' });
    }),
    undo: enqueueActions(({ context, enqueue }) => {
      enqueue.assign(undoUpdate(context));
      enqueue.raise({ type: 'PLAN_CHANGED' });
    }),
    redo: enqueueActions(({ context, enqueue }) => {
      enqueue.assign(redoUpdate(context));
      enqueue.raise({ type: 'PLAN_CHANGED' });
    }),
    applyLifecycle: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign(lifecycleUpdate(context, event as LifecycleEvent));
      enqueue.raise({ type: 'PLAN_CHANGED' });
    }),
    updateInput: assign(({ context, event }) => {
      if (event.type !== 'UPDATE_INPUT') return {};
      const next = {
        ...context,
        ...(event.participants ? { participants: event.participants } : {}),
        ...(event.catalog ? { catalog: event.catalog } : {}),
        ...(event.approvalPolicy ? { approvalPolicy: event.approvalPolicy } : {}),
        ...(event.currentUser ? { currentUser: event.currentUser } : {}),
        ...(event.autosaveDelayMs !== undefined ? { autosaveDelayMs: event.autosaveDelayMs } : {}),
        // Changes not yet written stay the leaving user's: written as them, apart from what the next user changes.
        ...(event.currentUser ? handOverUpdate(context, event.currentUser) : {}),
      };
      return { ...next, violations: violationsOf(next, context.plan) };
    }),
    beginWrite: assign(({ context }) => beginWriteUpdate(context)),
    refuseWhileTheirsChanges: assign({ rejected: () => [violation('plan.conflict.theirs-changed')] }),
    emitChanged: emit(({ context }) => ({ type: 'changed' as const, plan: context.plan! })),
    // A resolution leaving the stored plan as it is: nothing written, the plan as shown is stored (the host hears it, as after a write).
    emitStoredAsIs: emit(({ context }) => ({ type: 'saved' as const, plan: context.saved! })),
    // 'status-changed' follows the save that stored the new status (as in every machine), never a step not yet stored.
    adoptSaved: enqueueActions(({ context, enqueue }, params: { plan: ServicePlan; revisions: ServicePlanRevision[] | undefined }) => {
      const from = context.saved?.status;
      const firstWrite = isUnstored(context);
      enqueue.assign({ ...adoptSavedUpdate(context, params.plan, params.revisions), unstored: false });
      enqueue.emit({ type: 'saved', plan: params.plan });
      // A new plan kept unstored until its first change (storeWhenWritten) exists from this write on.
      if (firstWrite) enqueue.emit({ type: 'created', plan: params.plan });
      if (from !== undefined && from !== params.plan.status) enqueue.emit({ type: 'status-changed', from, to: params.plan.status, plan: params.plan });
    }),
    adoptLoaded: enqueueActions(({ context, event, enqueue }) => {
      const { plan, revisions, created, unstored } = (event as unknown as { output: { plan: ServicePlan; revisions: ServicePlanRevision[]; created: boolean; unstored?: boolean } }).output;
      enqueue.assign({ plan, saved: plan, planId: plan.id, revisions, violations: violationsOf(context, plan), error: undefined, carry: undefined, unstored: unstored === true });
      if (created) enqueue.emit({ type: 'created', plan });
    }),
    clearConflict: enqueueActions(({ context, event, enqueue }) => {
      const update = clearedOf(context, event)!;
      enqueue.assign(update);
      enqueue.emit({ type: 'conflict-cleared', plan: update.plan! });
    }),
    adoptCarriedConflict: enqueueActions(({ context, event, enqueue }) => {
      const { update } = carriedPlanUpdate(context, (event as unknown as { output: Parameters<typeof carriedPlanUpdate>[1] }).output);
      enqueue.assign(update);
      enqueue.emit({ type: 'conflict', conflict: update.conflict! });
    }),
    adoptCarriedWrite: enqueueActions(({ context, event, enqueue }) => {
      const output = (event as unknown as { output: Parameters<typeof carriedPlanUpdate>[1] & { unstored?: boolean } }).output;
      const { update } = carriedPlanUpdate(context, output);
      // A new plan not stored yet is new in this storage too: its write creates it (no "absent" error).
      enqueue.assign({ ...update, unstored: output.unstored === true });
      if (output.absent && !output.unstored) enqueue.emit({ type: 'error', error: { code: 'storage.switched-record-absent', message: `plan ${update.plan!.id} is not in the new storage` } });
      enqueue.emit({ type: 'changed', plan: update.plan! });
    }),
    reportError: enqueueActions(({ context, event, enqueue }) => {
      const error = toMachineError((event as { error?: unknown }).error);
      enqueue.assign({ error });
      enqueue.emit({ type: 'error', error });
      // The new storage (the host changed it) cannot be read: the edits carried over wait here, unstored, until it can.
      if (context.carry) enqueue.emit({ type: 'error', error: { code: 'storage.switched-edits-waiting', message: `the edits carried over wait for ${context.planId ?? 'the plan'} to be read` } });
    }),
  },
}).createMachine({
  id: 'servicePlan',
  context: ({ input }) => initialContext(input),
  initial: 'loading',
  states: {
    ...loadStates('loadPlan', ({ context }: { context: ServicePlanContext }) => ({
      storage: context.storage,
      planId: context.planId,
      caseId: context.caseId,
      planKind: context.planKind,
      currentUser: context.currentUser,
      primaryClientId: context.primaryClientId,
      principalParticipantId: context.principalParticipantId,
      createdAt: context.now().toISOString(),
      newId: context.createId(),
      storeNew: !context.storeWhenWritten,
      carried: context.carry?.plan,
    }), [
      // The host changed storage: my unsaved edits met a change to the same field in this storage.
      { guard: 'carriedConflicts', target: 'ready.conflict', actions: 'adoptCarriedConflict' },
      // The host changed storage: my unsaved edits merged onto this storage's plan (or the plan is new here), written now.
      { guard: 'carriedWrite', target: 'ready.saving', actions: 'adoptCarriedWrite' },
    ] as const),
    ready: {
      invoke: { src: 'watchRecordVersion', input: ({ context }) => ({ storage: context.storage, kind: PLAN_KIND, id: context.plan!.id }) },
      on: {
        EDIT: [
          {
            // A field I was typing in was changed elsewhere meanwhile: a conflict on that field, never an overwrite.
            guard: 'typedFieldChanged',
            target: '.conflict',
            actions: enqueueActions(({ context, event, enqueue }) => {
              if (event.type !== 'EDIT') return;
              const conflict = typedFieldConflict(context, event.edit, event.before)!;
              // Nothing was saved elsewhere: earlier users' changes stay theirs, written first once it is resolved.
              enqueue.assign({ ...restorePending(context), conflict });
              enqueue.emit({ type: 'conflict', conflict });
            }),
          },
          { actions: 'applyEdit' },
        ],
        UNDO: { guard: 'canUndo', actions: 'undo' },
        REDO: { guard: 'canRedo', actions: 'redo' },
        SUBMIT: lifecycleTransition,
        WITHDRAW: lifecycleTransition,
        APPROVE: lifecycleTransition,
        DECLINE: lifecycleTransition,
        ACTIVATE: lifecycleTransition,
        START_REVISION: lifecycleTransition,
        COMPLETE_REVISION: lifecycleTransition,
        COMPLETE: lifecycleTransition,
        CLOSE: lifecycleTransition,
        CANCEL: lifecycleTransition,
        EXEMPT: lifecycleTransition,
        REMOVE_EXEMPTION: lifecycleTransition,
        ABANDON_REVISION: { guard: 'revisionAbandonable', actions: 'abandonRevision' },
        UPDATE_INPUT: { actions: 'updateInput' },
        SET_ASIDE_FAILED: {
          actions: enqueueActions(({ event, enqueue }) => {
            const error = toMachineError(event.error);
            enqueue.assign({ error });
            enqueue.emit({ type: 'error', error });
          }),
        },
      },
      initial: 'idle',
      states: {
        idle: {
          on: {
            PLAN_CHANGED: [{ guard: 'saveImmediately', target: 'saving', actions: 'emitChanged' }, { target: 'dirty', actions: 'emitChanged' }],
            SAVE_NOW: { guard: 'editedSinceSaved', target: 'saving' },
            REMOTE_CHANGE: { guard: 'newerRemote', target: 'reloading' },
          },
        },
        dirty: {
          after: { autosaveDelay: [{ guard: 'nothingToStore', target: 'idle' }, { target: 'saving' }] },
          on: {
            PLAN_CHANGED: [{ guard: 'saveImmediately', target: 'saving', actions: 'emitChanged' }, { target: 'dirty', reenter: true, actions: 'emitChanged' }],
            SAVE_NOW: [{ guard: 'nothingToStore', target: 'idle' }, { target: 'saving' }],
            // Someone else saved while I have unsaved edits: writing now surfaces the conflict with both versions.
            REMOTE_CHANGE: { guard: 'newerRemote', target: 'saving' },
          },
        },
        saving: {
          entry: 'beginWrite',
          invoke: {
            src: 'savePlan',
            input: ({ context }) => {
              const writing = context.writing!;
              const { action, comment } = writeAction(writing.actions);
              // The first write of a plan kept unstored until now creates it: its history says so, with what was written.
              if (isUnstored(context)) return { storage: context.storage, plan: writing.plan, snapshots: writing.snapshots, action: historyActions.plan.created, comment: writing.actions.join(' ') || undefined };
              // A write that changes nothing stored (a batch already all in another tab's save, a resolution its batches
              // already wrote) is not made: every history entry changes something.
              const unchanged = writing.snapshots.length === 0 && context.saved?.version === writing.plan.version && sameRecordContent(writing.plan, context.saved) ? context.saved : undefined;
              return { storage: context.storage, plan: writing.plan, snapshots: writing.snapshots, action, comment, ...(unchanged ? { unchanged } : {}) };
            },
            onDone: [
              { guard: 'editedDuringWriteAndUrgent', target: 'saving', reenter: true, actions: { type: 'adoptSaved', params: ({ event }) => event.output } },
              { guard: 'editedDuringWrite', target: 'dirty', actions: { type: 'adoptSaved', params: ({ event }) => event.output } },
              { target: 'saved', actions: { type: 'adoptSaved', params: ({ event }) => event.output } },
            ],
            onError: [
              {
                guard: 'conflictMergesCleanly',
                target: 'saving',
                reenter: true,
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const restored = { ...context, ...restorePending(context) };
                  const update = autoMergeUpdate(restored, (event.error as ConflictError<ServicePlan>).current);
                  enqueue.assign({ ...restorePending(context), ...update });
                  enqueue.emit({ type: 'changed', plan: update.plan! });
                }),
              },
              {
                guard: 'isConflict',
                target: 'conflict',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const error = event.error as ConflictError<ServicePlan>;
                  const conflict = planConflict(context.plan!, error.current, context.saved);
                  const restored = restorePending(context);
                  enqueue.assign({ ...handedOverOnto({ ...context, ...restored }, context.saved, error.current, restored), conflict, error: toMachineError(error) });
                  enqueue.emit({ type: 'conflict', conflict });
                }),
              },
              { target: 'failed', actions: [assign(({ context }) => restorePending(context)), 'reportError'] },
            ],
          },
        },
        saved: {
          on: {
            PLAN_CHANGED: [{ guard: 'saveImmediately', target: 'saving', actions: 'emitChanged' }, { target: 'dirty', actions: 'emitChanged' }],
            SAVE_NOW: { guard: 'editedSinceSaved', target: 'saving' },
            REMOTE_CHANGE: { guard: 'newerRemote', target: 'reloading' },
          },
        },
        failed: {
          on: {
            RETRY: 'saving',
            SAVE_NOW: 'saving',
            // The failed write may have landed late (or someone else saved): try again now, so a late
            // landing is recognised as saved and another save is merged, without waiting for the user.
            REMOTE_CHANGE: { guard: 'newerRemote', target: 'saving' },
            // The edit is kept; a new edit tries again after the usual quiet time.
            PLAN_CHANGED: [{ guard: 'saveImmediately', target: 'saving', actions: 'emitChanged' }, { target: 'dirty', actions: 'emitChanged' }],
          },
        },
        conflict: {
          // Every resolution keeps what only one side changed; they differ only on the fields both changed.
          initial: 'open',
          states: {
            open: {},
            // Saved elsewhere again: their newest save is read and the conflict shown against it. A resolution chosen
            // meanwhile was chosen against their earlier save: refused (it would overwrite what nobody saw), chosen again.
            reading: {
              invoke: {
                src: 'fetchPlan',
                input: ({ context }) => ({ storage: context.storage, planId: context.conflict!.mine.id }),
                onDone: [
                  // They took their change back, or saved what I did: nothing left to decide, mine is kept on their newest save.
                  { guard: 'clashGoneNothingToWrite', target: '#servicePlan.ready.saved', actions: ['clearConflict', 'emitChanged', 'emitStoredAsIs'] },
                  { guard: 'clashGone', target: '#servicePlan.ready.saving', actions: ['clearConflict', 'emitChanged'] },
                  {
                    target: 'open',
                    actions: enqueueActions(({ context, event, enqueue }) => {
                      const update = renewedConflictUpdate(context, event.output.plan, event.output.revisions);
                      enqueue.assign(update);
                      enqueue.emit({ type: 'conflict', conflict: update.conflict!, renewed: true });
                    }),
                  },
                ],
                // Unreadable now: the conflict stays as it was; a resolution's write still meets the newer save (a stale version).
                onError: { target: 'open' },
              },
              on: {
                RESOLVE_KEEP_MINE: { actions: 'refuseWhileTheirsChanges' },
                RESOLVE_TAKE_THEIRS: { actions: 'refuseWhileTheirsChanges' },
                RESOLVE_MERGE: { actions: 'refuseWhileTheirsChanges' },
              },
            },
          },
          on: {
            REMOTE_CHANGE: { guard: 'newerThanConflict', target: '.reading', reenter: true },
            CHOOSE: { actions: assign(({ context, event }) => chooseUpdate(context, event.path, event.choice)) },
            RESOLVE_KEEP_MINE: [
              { guard: 'keepMineUnchanged', target: 'saved', actions: [{ type: 'setAside', params: { resolution: 'keep-mine' } }, assign(({ context }) => resolveUpdate(context, 'keep-mine')), 'emitChanged', 'emitStoredAsIs'] },
              { target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'keep-mine' } }, assign(({ context }) => resolveUpdate(context, 'keep-mine')), 'emitChanged'] },
            ],
            RESOLVE_TAKE_THEIRS: [
              { guard: 'takeTheirsUnchanged', target: 'saved', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, assign(({ context }) => resolveUpdate(context, 'take-theirs')), 'emitChanged', 'emitStoredAsIs'] },
              { guard: 'hasTheirs', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, assign(({ context }) => resolveUpdate(context, 'take-theirs')), 'emitChanged'] },
            ],
            // Combine both: nothing is written until every field both changed has a chosen side.
            RESOLVE_MERGE: [
              { guard: 'chosenUnchanged', target: 'saved', actions: [{ type: 'setAside', params: { resolution: 'chosen' } }, assign(({ context }) => resolveUpdate(context, 'chosen')), 'emitChanged', 'emitStoredAsIs'] },
              { guard: 'everyFieldChosen', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'chosen' } }, assign(({ context }) => resolveUpdate(context, 'chosen')), 'emitChanged'] },
            ],
          },
        },
        reloading: {
          invoke: {
            src: 'fetchPlan',
            input: ({ context }) => ({ storage: context.storage, planId: context.plan!.id }),
            onDone: [
              {
                // An edit arrived while reading theirs, on other fields than theirs: merged, then saved.
                guard: 'reloadMergesCleanly',
                target: 'saving',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const update = autoMergeUpdate(context, event.output.plan);
                  enqueue.assign({ ...update, revisions: event.output.revisions });
                  enqueue.emit({ type: 'changed', plan: update.plan! });
                }),
              },
              {
                // An edit arrived while reading theirs on a field they changed too: shown field by field, nothing is overwritten.
                guard: 'editedSinceSaved',
                target: 'conflict',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const conflict = planConflict(context.plan!, event.output.plan, context.saved);
                  // Earlier users' changes kept apart meet theirs too: rebased, or in the conflict; never written on the stale base.
                  enqueue.assign({ ...handedOverOnto(context, context.saved, event.output.plan, {}), conflict, revisions: event.output.revisions });
                  enqueue.emit({ type: 'conflict', conflict });
                }),
              },
              {
                target: 'idle',
                actions: enqueueActions(({ context, event, enqueue }) => {
                  const { plan, revisions } = event.output;
                  enqueue.assign({ plan, saved: plan, revisions, past: [], future: [], violations: violationsOf(context, plan) });
                  enqueue.emit({ type: 'changed', plan });
                }),
              },
            ],
            onError: { target: 'failed', actions: 'reportError' },
          },
        },
      },
    },
  },
});
