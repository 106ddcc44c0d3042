/*
 * Dates typed as text, in the viewer's locale: one Tab stop per date field (Chromium's native date input
 * is four: month, day, year and the picker), the stored value an ISO calendar date all the same.
 * Used by the editor's field (field.ts) and callable from any field implementation.
 */
import { parseDateText, type DateOrder } from '../../../model/shared/date-text.js';
import type { CalendarDate } from '../../../model/shared/calendar.js';
import { formatDate } from './intl-format.js';
import { retypeStart } from '../directives/typed-value.js';

const numeric: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** The order the locale writes a date's parts in (from Intl, so en-US is month first, fr day first). */
export function dateOrder(lang: string): DateOrder {
  const parts = new Intl.DateTimeFormat(lang, { ...numeric, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 4, 31)));
  const order = parts
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => part.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** A stored ISO date as the locale writes it in numbers (`05/31/2026`, `31/05/2026`); '' for none. */
export function dateText(lang: string, value: CalendarDate | undefined | null): string {
  return value ? formatDate(lang, value, numeric) : '';
}

/** An example in the locale's own format, for the field's hint (the 31st makes the order unmistakable). */
export function dateExample(lang: string): string {
  return dateText(lang, '2026-05-31');
}

/**
 * Date controls holding text begun in another language's order that read as no date yet when the language
 * changed ("3/4/202", English, when French is chosen): the order that text is finished and read in, so the
 * day the user began typing is the day stored. The order follows the text: it holds while the control's text
 * goes on from the begun one (`current`); text typed afresh over it (the field emptied, or all of it selected
 * and replaced) is read in the language now shown, and the begun text brought back by Undo or Redo is read in
 * its own order again.
 */
interface BegunDate {
  order: DateOrder;
  begun: string;
  current: boolean;
  /**
   * Once Undo took text typed afresh back to the begun text: where the field's history now stands from it, in Undo
   * and Redo steps (0 at it, below 0 older, above 0 the fresh text again). Redo past the begun text goes back to the
   * fresh text, read in the language shown, though it may read the same ("3/4/202" typed afresh in French).
   */
  fromBegun: number | undefined;
}
const typedOrders = new WeakMap<Element, BegunDate>();

/** Undo and Redo put back text the field held before; they never type anything afresh. */
const fromHistory = (event: Event) => (event as InputEvent).inputType?.startsWith('history') ?? false;
const isRedo = (event: Event) => (event as InputEvent).inputType === 'historyRedo';

/**
 * Follows a control's text after a language switch left it half-typed: emptied (even without leaving it), or
 * all of it selected and replaced (typed or pasted), what is typed next is typed afresh ("3/4/202" selected
 * whole, then "3/4/2026" typed in French is 3 April, though it begins the same); Undo that brings the begun text
 * back brings its order back ("3/4/202", Ctrl+Z, then "6" is March 4, as begun in English), and Redo from there
 * brings the fresh text back with the language shown, whatever it reads (`fromBegun`).
 */
function rememberOrder(control: Element, begun: BegunDate): void {
  typedOrders.set(control, begun);
  const input = control as HTMLInputElement;
  const stop = () => {
    control.removeEventListener('input', followText);
    control.removeEventListener('beforeinput', forgetWhenTypedOver);
  };
  const mine = () => {
    if (typedOrders.get(control) === begun) return true;
    stop();
    return false;
  };
  const followText = (event: Event) => {
    if (!mine()) return;
    const atBegun = input.value.trim() === begun.begun.trim();
    if (!fromHistory(event)) {
      begun.fromBegun = undefined;
      if (input.value.trim() === '') begun.current = false;
    } else if (begun.fromBegun !== undefined) {
      begun.fromBegun += isRedo(event) ? 1 : -1;
      begun.current = begun.fromBegun <= 0;
    } else if (!isRedo(event) && !begun.current && atBegun) {
      // Undo took the fresh text back to the begun one.
      begun.fromBegun = 0;
      begun.current = true;
    } else {
      begun.current = atBegun;
    }
  };
  // Before the edit lands, the selection still says what it replaces: all of the text means typed afresh.
  const forgetWhenTypedOver = (event: Event) => {
    if (!mine() || fromHistory(event)) return;
    if (input.value !== '' && input.selectionStart === 0 && input.selectionEnd === input.value.length) begun.current = false;
  };
  control.addEventListener('input', followText);
  control.addEventListener('beforeinput', forgetWhenTypedOver);
}

/** The order text begun before a language switch is read in, while the control's text still goes on from it. */
function begunOrder(control: Element, text: string): DateOrder | undefined {
  const began = typedOrders.get(control);
  return began?.current && text.trim().startsWith(began.begun.trim()) ? began.order : undefined;
}

/**
 * What the user typed, as the value to commit: the ISO date when it reads as one in the locale's order
 * (or as ISO), '' when emptied, otherwise the text as typed, which the model's schema then refuses with
 * its message at the field (nothing invalid is stored, and what was typed is not silently dropped).
 * `control`: the field typed in; text begun there in another language's order is read in that order.
 */
export function typedDate(lang: string, text: string, control?: Element | null): string {
  if (text.trim() === '') {
    // Emptied: what is typed next is typed afresh, in the language now shown (Undo may bring the begun text back).
    const began = control ? typedOrders.get(control) : undefined;
    if (began) began.current = false;
    return '';
  }
  const began = control ? begunOrder(control, text) : undefined;
  const day = parseDateText(text, began ?? dateOrder(lang));
  if (day && control) typedOrders.delete(control);
  return day ?? text.trim();
}

/**
 * The language changed (`from` → `to`) while date controls (`input[data-date]` under `root`) may hold text
 * typed in the old one's format ("3/4/2026": March 4 in English): each is written again in the new format,
 * the same day ("04/03/2026" in French), and so is the text typing began from, so a later commit, read in
 * the new order, stores the day the user meant and compares the same day for a conflict. Text that reads
 * as no date yet stays as typed, and the order it was begun in is remembered for it (`typedDate`).
 */
export function retypeDates(root: ParentNode, from: string, to: string): void {
  const again = (text: string, order: DateOrder) => {
    const day = text.trim() === '' ? undefined : parseDateText(text, order);
    return day ? dateText(to, day) : text;
  };
  for (const control of root.querySelectorAll<HTMLInputElement>('input[data-date]')) {
    const order = begunOrder(control, control.value) ?? dateOrder(from);
    const value = again(control.value, order);
    if (value !== control.value) {
      control.value = value;
      typedOrders.delete(control);
    } else if (control.value.trim() !== '' && !parseDateText(control.value, dateOrder(to))) {
      rememberOrder(control, { order, begun: control.value, current: true, fromBegun: undefined });
    }
    retypeStart(control, (text) => again(text, dateOrder(from)));
  }
}
