import { registerMessages, type Message } from '../catalog.js';

/**
 * Words every element shares: buttons, save states, statuses, the storage warning, progress.
 * Spanish as used by U.S. and Latin American social services ("agregar", "ingresar"); Portuguese as in
 * Brazil; formal address (usted, vous, você as the polite default in Brazil).
 */
export const en = {
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.undo': 'Undo',
  'common.redo': 'Redo',
  'common.retry': 'Try again',
  'common.remove': 'Remove',
  'common.confirm': 'Confirm',
  'common.close': 'Close',
  'common.edit': 'Edit',
  'common.loading': 'Loading…',
  'common.required': 'required',
  'common.save-state.dirty': 'Unsaved changes',
  'common.save-state.saving': 'Saving…',
  'common.save-state.saved': 'All changes saved',
  'common.save-state.saved-at': 'All changes saved at {time}',
  'common.save-state.failed': 'Your changes could not be saved.',
  'common.save-state.conflict': 'Someone else saved changes to this record while you were working.',
  'common.status.draft': 'Draft',
  'common.status.submitted': 'Submitted for approval',
  'common.status.under-review': 'Revision in progress',
  'common.status.active': 'Active',
  'common.status.completed': 'Completed',
  'common.status.closed': 'Closed',
  'common.status.cancelled': 'Cancelled',
  'common.status.approved': 'Approved',
  'common.status.declined': 'Declined',
  'common.status.overdue': 'Overdue',
  'common.status.not-started': 'Not started',
  'common.status.in-progress': 'In progress',
  'common.storage-warning.title': 'Your work is not being kept',
  'common.storage-warning.body':
    'This browser cannot keep records: anything entered here will be lost when the page is closed or reloaded. Ask your system administrator before entering case information.',
  'common.progress.text': '{value} of {max} ({percent})',
  'common.confirm.title': 'Please confirm',
  'common.error.generic': 'Something went wrong. Your saved work is safe; please try again.',
  'common.errors.count': { one: '{count} problem to fix', other: '{count} problems to fix' },
  'violation.generic': 'This value is not valid. Please check it.',
  // issue 12 (one way to build an element): one phrase for a person the elements cannot name
  'common.person-unknown': 'Someone not on the case list',
  // Issue 15 point 9: the printed plan (header, page numbers, sections a court reads).
  "common.print.page-of": "Page {page} of {pages}",
  // Fixes 5f (dates in messages): an ISO week in a message's params ('2026-W10'), by the day it starts.
  'common.week-of': 'Week of {date}',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('common', { en });
