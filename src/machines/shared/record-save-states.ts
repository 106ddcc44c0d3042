/**
 * The save and conflict states that every machine writing one record at a time (the visitation
 * planner, the contact log) shares: write, merge someone else's change on other fields without asking,
 * open a conflict when both changed a field, keep the change through failures until retried or given up.
 *
 * Spread into the machine's `ready` states. The guards and actions are named, and each machine gives
 * them in `setup` (what "adopt the saved record" means differs per machine):
 * - guards: `mergesCleanly`, `isConflict`, `hasEditor`, `canKeepMine`, `theirsKeepsMyOtherChanges`,
 *   `everyFieldChosen`, `canEditMine`, and for their newer saves during a conflict `theirsAnnounced` (storage says
 *   one is stored), `theirsSavedAgain` (it is read), `theirsReadWithoutNewer` (its read failed or found nothing newer)
 *   and `theirsUnread` (announced, not read yet);
 * - actions: `adoptWritten`, `writeCleanMerge`, `openConflict`, `reportError`, `dismissWrite`,
 *   `keepMine`, `refuseKeepMine`, `choose`, `writeTheirsWithMine`, `takeTheirs`, `writeChosen`, `editMine`,
 *   and `setAside` (params `{ resolution }`: stores the side a resolution does not keep, see set-aside.ts);
 *   `noteTheirsAnnounced`, `forgetUnread`, `noteUnreadable`, `placeChanged` then `renewConflict` (the conflict shown against their newest save, said
 *   with a `conflict` event marked `renewed`), `refuseWhileTheirsChanges` (a resolution chosen on a version not seen).
 */
import type { StorageAdapter } from '../../storage/adapter.js';
import type { StoredRecord } from '../../model/record.js';
import type { CurrentUser } from './current-user.js';
import { stamp, type PendingWrite } from './record-write.js';

interface WritingContext {
  storage: StorageAdapter;
  pending: PendingWrite<StoredRecord> | undefined;
}

export const recordSaveStates = {
  saving: {
    invoke: {
      src: 'writeRecord',
      input: ({ context }: { context: WritingContext }) => ({ storage: context.storage, write: context.pending! }),
      onDone: { target: 'idle', actions: 'adoptWritten' },
      onError: [
        // Someone else saved other fields of this record meanwhile: merged, written again, nothing asked.
        { guard: 'mergesCleanly', target: 'saving', reenter: true, actions: 'writeCleanMerge' },
        { guard: 'isConflict', target: 'conflict', actions: 'openConflict' },
        { target: 'saveFailed', actions: 'reportError' },
      ],
    },
  },
  saveFailed: {
    // The change is kept (in the form and in `pending`) until it is written or given up.
    on: {
      RETRY: 'saving',
      DISMISS: [
        { guard: 'hasEditor', target: 'editing', actions: 'dismissWrite' },
        { target: 'idle', actions: 'dismissWrite' },
      ],
    },
  },
  conflict: {
    on: {
      // Saved elsewhere again: shown at once; a resolution chosen before their newest save is read is refused.
      RECORD_ANNOUNCED: { guard: 'theirsAnnounced', actions: 'noteTheirsAnnounced' },
      RECORD_CHANGED: [
        { guard: 'theirsSavedAgain', actions: ['placeChanged', 'renewConflict'] },
        // Read back with nothing newer (gone), or not readable: resolutions are taken again (a stale write is still refused by storage).
        { guard: 'theirsReadWithoutNewer', actions: ['placeChanged', 'forgetUnread'] },
      ],
      RECORD_UNREADABLE: { guard: 'theirsReadWithoutNewer', actions: ['noteUnreadable', 'forgetUnread'] },
      RESOLVE_KEEP_MINE: [
        { guard: 'theirsUnread', actions: 'refuseWhileTheirsChanges' },
        { guard: 'canKeepMine', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'keep-mine' } }, 'keepMine'] },
        // Their version no longer allows my step (they already ended the plan): take theirs and say why.
        { target: 'idle', actions: 'refuseKeepMine' },
      ],
      CHOOSE: { actions: 'choose' },
      // Their value where both changed a field; my other changes are still written.
      RESOLVE_TAKE_THEIRS: [
        { guard: 'theirsUnread', actions: 'refuseWhileTheirsChanges' },
        { guard: 'theirsKeepsMyOtherChanges', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, 'writeTheirsWithMine'] },
        { target: 'idle', actions: [{ type: 'setAside', params: { resolution: 'take-theirs' } }, 'takeTheirs'] },
      ],
      // Combine: nothing is written until every field both changed has a chosen side.
      RESOLVE_MERGE: [
        { guard: 'theirsUnread', actions: 'refuseWhileTheirsChanges' },
        { guard: 'everyFieldChosen', target: 'saving', actions: [{ type: 'setAside', params: { resolution: 'chosen' } }, 'writeChosen'] },
      ],
      RESOLVE_EDIT_MINE: [
        { guard: 'theirsUnread', actions: 'refuseWhileTheirsChanges' },
        { guard: 'canEditMine', target: 'editing', actions: 'editMine' },
      ],
    },
  },
} as const;

/** A resolution (or a clean merge) to write: the merged record, on their version, with theirs as the next base. */
export function resolvedWrite<T extends StoredRecord>(
  context: { pending: PendingWrite<T> | undefined; currentUser: CurrentUser; now: () => Date },
  record: T,
  theirs: T,
): { pending: PendingWrite<T>; conflict: undefined } {
  const pending = context.pending!;
  return { pending: { ...pending, record: stamp({ ...record, version: theirs.version }, context.currentUser, context.now()), base: theirs }, conflict: undefined };
}
