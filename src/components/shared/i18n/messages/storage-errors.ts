import { registerMessages, type Message } from '../catalog.js';
// The other storage.* codes and the memory-fallback warning live in values.ts and common.ts.
import './values.js';
import './common.js';

/**
 * Storage error codes added with encryption at rest and transactions, beside the ones in values.ts:
 * a record that cannot be decrypted (wrong key, altered data) and a write listing one record twice.
 */
export const en = {
  'storage.decrypt-failed':
    'These records are encrypted and could not be opened with the current key. Sign out and sign in again; if this continues, contact your system administrator. Nothing was changed.',
  'storage.duplicate-write': 'The same record was included twice in one save, so nothing was saved. Please try again.',
  'storage.clear-field-mismatch':
    'A stored record has been altered outside this application and cannot be trusted. It has been kept unchanged; contact your system administrator.',
  'storage.cleared':
    'Local data was cleared on this device (someone signed out, here or in another tab). Reload the page to continue; nothing saved before is shown any more.',
  // Issue 11: storage changed on a running element
  'storage.switched-record-absent':
    'The storage in use has changed and this record is not in it. What you typed is kept in the form; saving stores it there as a new record.',
  'storage.switched-edits-waiting':
    'The new storage could not be read. What you typed is kept on this page, not stored yet: it is saved there once the storage can be read (Try again). Closing the page now loses it.',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('storage-errors', { en });
