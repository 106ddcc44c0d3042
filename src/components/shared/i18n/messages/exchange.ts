import { registerMessages, type Message } from '../catalog.js';
// Field problems inside an import file use the shared value.* and storage.* texts.
import './values.js';
import './storage-errors.js';

/** What an import of an export file can report: each problem comes with the path of the part concerned. */
export const en = {
  'exchange.not-json': 'This file cannot be read: it is not an export from this application. Nothing was imported.',
  'exchange.not-a-document': 'This file does not contain an export from this application. Nothing was imported.',
  'exchange.wrong-format': 'This file was not exported by this application (it comes from another system). Nothing was imported.',
  'exchange.invalid-format-version': 'The version of this export file is missing or not valid. Nothing was imported.',
  'exchange.newer-format':
    'This file was exported by a newer version of this application (format {version}; this version reads format {supported}). Update the application, then import again. Nothing was imported.',
  'exchange.duplicate-record': 'This record appears twice in the file. Nothing was imported.',
  'exchange.other-case': 'This record belongs to a different case than the plan in the file. Nothing was imported.',
  'exchange.other-plan': 'This earlier version belongs to a different plan than the one in the file. Nothing was imported.',
  'exchange.orphan-history': 'This history entry belongs to a record that is not in the file. Nothing was imported.',
  'exchange.history-broken': 'The history of this record has been altered or is incomplete, so it cannot be trusted. Nothing was imported.',
  'exchange.stored-is-newer':
    'A more recent version of this record is already saved here. It was kept unchanged, and nothing was imported. Review the saved record before importing again.',
  'exchange.diverged':
    'This record was changed both here and in the file since they were last the same, so neither can replace the other. Nothing was imported. Compare the two versions, then import again.',
  'exchange.unreadable':
    'This file cannot be read. Nothing was imported.',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('exchange', { en });
