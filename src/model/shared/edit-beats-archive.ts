import { recordContent, sameValue } from './three-way-merge.js';

// A stored record of any kind (a contact, a plan): only its `archived` flag is read by name.
type Archivable = object | undefined;

const isArchived = (record: Archivable) => (record as { archived?: unknown } | undefined)?.archived === true;

/** The record as kept in sight: the same, not archived. */
export function unarchived<T extends object>(record: T): T {
  const { archived: _archived, ...rest } = record as T & { archived?: boolean };
  return rest as T;
}

// What a person wrote, apart from whether the record is archived: the archive is the one side's change.
const wordsOf = (record: Archivable): unknown => (record === undefined ? undefined : unarchived(recordContent(record) as object));

/**
 * Whether a merge must keep the record in sight: one side archived it while the other changed what it says
 * (offline on two devices, say). The one who archived never saw the new words, and the one who wrote them would
 * see the record vanish with them, told nothing. An edit beats an archive: the merged record stays unarchived,
 * with every word, and whoever archived it sees it back, changed, and may archive it again.
 * `base` is what both sides started from; without one (never synced) nothing is known to be new: false.
 */
export function editBeatsArchive(base: Archivable, mine: Archivable, theirs: Archivable): boolean {
  if (base === undefined || isArchived(base)) return false;
  const mineArchived = isArchived(mine);
  const theirsArchived = isArchived(theirs);
  if (mineArchived === theirsArchived) return false;
  const edited = mineArchived ? theirs : mine;
  return !sameValue(wordsOf(edited), wordsOf(base));
}
