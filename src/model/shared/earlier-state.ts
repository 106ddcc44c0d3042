import type { HistoryEntry } from '../history.js';
import { historySteps } from '../history-versions.js';
import { recordContent, sameValue } from './three-way-merge.js';

/**
 * Whether `theirs` holds exactly the words of a state `mine` went through (its history rebuilt from the record
 * as it stands, each write undone newest first). A version a server restored from a backup, older than the
 * head hashes a browser remembers, is then behind this browser's: every word in it is one this browser had
 * and changed since, so its edits go on top of it and nothing of theirs is lost. A state that cannot be
 * rebuilt never matches (the versions are then shown to a person).
 */
export function isEarlierState(mine: unknown, history: readonly HistoryEntry[], theirs: unknown): boolean {
  const words = recordContent(theirs);
  return historySteps(mine, history).some((step) => step.after !== undefined && sameValue(recordContent(step.after), words));
}
