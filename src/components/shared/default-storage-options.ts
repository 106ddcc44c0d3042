import type { HistoryKey } from '../../model/history-chain.js';
import type { DefaultStorageOptions } from '../../storage/elements.js';

/** What an element opens its default storage with (no `storage` given): the history key, when there is one. */
export function defaultStorageOptions(historyKey: HistoryKey | undefined): DefaultStorageOptions {
  return historyKey ? { historyKey } : {};
}
