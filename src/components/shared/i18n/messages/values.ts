import { registerMessages, type Message } from '../catalog.js';

/**
 * The generic Violation codes every schema produces (`value.*`), the storage error codes
 * (`storage.*`, from src/storage/errors.ts) and host input problems (`input.*`). A Violation's code is
 * its message key: `localize.violation(v)` finds these. Each message says what to do next.
 */
export const en = {
  'value.required': 'This field is required.',
  'value.too-long': 'Use at most {max} characters.',
  'value.too-many': 'Enter at most {max} entries.',
  'value.too-small': 'Enter a value of at least {min}.',
  'value.too-large': 'Enter a value of at most {max}.',
  'value.not-whole-number': 'Enter a whole number.',
  'value.invalid': 'This value is not valid.',
  'value.control-characters': 'Remove the invisible control characters from this text.',
  'value.lone-surrogate': 'This text holds half of a character (part of an emoji or symbol) that cannot be stored: delete it and type it again.',
  'value.markup': 'Remove the angle brackets (< and >): names cannot contain markup.',
  'value.not-allowed': 'Choose one of the listed options.',
  'value.invalid-language': 'Enter a language code such as en, es, fr or pt-BR.',
  'value.invalid-date': 'Enter a valid date.',
  'value.invalid-currency': 'Enter a three-letter currency code such as USD, EUR or BRL.',
  'storage.quota-exceeded': 'This device is out of storage space, so the change was not saved. Free some space and try again.',
  'storage.aborted': 'Saving was interrupted and nothing was changed. Please try again.',
  'storage.unavailable': 'Records cannot be opened in this browser right now.',
  'storage.blocked': 'Another open tab is blocking the records. Close the other tabs of this application and try again.',
  'storage.timeout': 'Saving took too long and was stopped. Nothing was changed; please try again.',
  'storage.newer-schema': 'These records were saved by a newer version of this application. Reload the page to use the latest version.',
  'storage.unknown': 'The records could not be read or saved. Your saved work is safe; please try again.',
  'storage.conflict': 'Someone else saved this record while you were working. Review both versions before saving again.',
  'storage.corrupt-record': 'A stored record is damaged and cannot be shown. It has been kept unchanged; contact your system administrator.',
  'storage.invalid-record': 'This record has values that cannot be saved. Correct the highlighted fields and save again.',
  'input.invalid': 'Some information supplied by the case management system is not valid and was left out.',
  'value.too-deep':
    'This value is nested too deeply to be saved.',
  'value.too-big':
    'This value is too large to be saved.',
  'value.unrecognized_keys':
    'This record has a field that is not part of it ({field}), so nothing was saved.',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('values', { en });
