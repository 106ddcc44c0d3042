import { registerMessages, type Message } from '../catalog.js';

/** The sync indicator (cp-sync-status): where this browser stands with the agency's server. */
export const en = {
  'sync.online': 'All changes sent to the agency server',
  'sync.syncing': 'Sending and receiving changes…',
  'sync.offline': {
    zero: 'Offline: the agency server cannot be reached. Your changes are kept on this device.',
    one: 'Offline: 1 change is kept on this device and will be sent when the connection is back.',
    other: 'Offline: {count} changes are kept on this device and will be sent when the connection is back.',
  },
  'sync.pending': { zero: 'All changes sent to the agency server', one: '1 change waiting to be sent', other: '{count} changes waiting to be sent' },
  'sync.error': 'The agency server did not accept the changes just now. They are kept on this device and will be sent again.',
  'sync.unauthorized': 'Your sign-in has expired: sign in again so your changes can be sent. They are kept on this device.',
  'sync.conflicts': {
    one: '1 record was also changed by someone else: open it to choose what to keep.',
    other: '{count} records were also changed by someone else: open them to choose what to keep.',
  },
  'sync.rejected': {
    one: '1 change was refused by the agency server. It is kept on this device; contact your administrator.',
    other: '{count} changes were refused by the agency server. They are kept on this device; contact your administrator.',
  },
  // Sync: records kept on this device because their case is not in this caseworker's caseload (issue 8q1).
  'sync.out-of-scope': {
    one: '1 record the agency server lost is kept on this device only: its case is not in your caseload. It will be sent if the case is given back to you; tell your supervisor.',
    other: '{count} records the agency server lost are kept on this device only: their cases are not in your caseload. They will be sent if the cases are given back to you; tell your supervisor.',
  },
  // Sync: why the agency server refused a change (the codes of a refused write's violations: `localize.violation`).
  'sync.author-not-token-user': 'The agency server refused this change: it names as its author someone you cannot write for. It is kept on this device; contact your administrator.',
  'sync.author-changed': 'The agency server refused this change: the author of a record cannot be changed. It is kept on this device; contact your administrator.',
  'sync.unstorable-record': 'The agency server could not store this change (its database refused it). It is kept on this device; contact your administrator.',
} satisfies Record<string, Message>;
export type Messages = Record<keyof typeof en, Message>;

registerMessages('sync', { en });
