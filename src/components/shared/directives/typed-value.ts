import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The value each control showed when the user began typing in it (set on focus, cleared on blur). */
const startValues = new WeakMap<Element, string>();

/**
 * `.value=${typedValue(value)}` on a text control: the value the record has, except while the user is
 * typing in it. A value that arrives then (another tab, another element, a save of another field) does
 * not replace the text under the user's fingers; it is left for the commit to compare (see `typingStart`).
 * Nor does it replace input the browser could not read (`validity.badInput`), even after the user left
 * the field: the field says it is not valid, so what was typed stays beside the message until it is fixed.
 */
class TypedValueDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.PROPERTY || partInfo.name !== 'value') throw new Error('typedValue() must be bound to .value');
  }

  render(value: string): string {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]): string | typeof noChange {
    const control = part.element as TextControl;
    if (startValues.has(control) && control.value !== startValues.get(control)) return noChange; // being typed in
    // Input the browser could not read ("120e" in a number field) stays in view, next to the message about it, until the user fixes it.
    if (control.validity.badInput) return noChange;
    shownValues.set(control, value);
    if (control.value === value) return noChange;
    return value;
  }
}

export const typedValue = directive(TypedValueDirective);

/** The record's value each control last showed (not updated while it holds input the browser could not read). */
const shownValues = new WeakMap<Element, string>();

/**
 * The value typing begins from. Input the browser could not read ("120e") reads as ''; it was typed over
 * the value the field last showed, so that is the start: a change made elsewhere meanwhile is still a conflict.
 */
function rememberStart(control: TextControl): void {
  startValues.set(control, control.validity.badInput ? (shownValues.get(control) ?? control.value) : control.value);
}

/** Call on focus: remembers the value the user begins from. */
export function beginTyping(control: TextControl): void {
  if (!startValues.has(control)) rememberStart(control);
}

/** The value the control had when the user began typing in it (undefined if not focused through `beginTyping`). */
export function typingStart(control: TextControl): string | undefined {
  return startValues.get(control);
}

/** The text typing began from, written again (a date in another language's format, `retypeDates`); nothing when not typing. */
export function retypeStart(control: TextControl, rewrite: (text: string) => string): void {
  const start = startValues.get(control);
  if (start !== undefined) startValues.set(control, rewrite(start));
}

/** Call after a commit (the committed text is the new start) and with `done` on blur. */
export function endTyping(control: TextControl, done: boolean): void {
  if (!done) return rememberStart(control);
  startValues.delete(control);
}

/**
 * Commits what is typed in the focused control of `root` (a `change` event, as leaving the field would):
 * called before the element writes or hands over its form (leaving the page, another storage), so the
 * text under the user's fingers is part of it.
 */
export function commitTyping(root: DocumentOrShadowRoot): void {
  const control = root.activeElement;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return;
  const start = startValues.get(control);
  if (start === undefined || start === control.value) return;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Inputs that hold a choice (or nothing typed), never typing. */
const CHOICE_TYPES = new Set(['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/**
 * Whether a control holds something the user typed: text in a text control or a textarea, or input the
 * browser could not read as a value, on any control (a number field holding "12e": `validity.badInput`,
 * while its `value` is ''). Selects, checkboxes and buttons hold choices, not typing.
 */
export function holdsTyping(control: Element): boolean {
  if ((control as { validity?: ValidityState }).validity?.badInput) return true;
  if (control instanceof HTMLTextAreaElement) return control.value !== '';
  return control instanceof HTMLInputElement && !CHOICE_TYPES.has(control.type) && control.value !== '';
}

/**
 * Marks a form whose typing reaches no record until it is submitted (a new item, a hearing, a closing
 * reason, an approval's comment): `<form data-entry-form>`. Leaving the page while one holds typing asks first.
 */
export const ENTRY_FORM = 'data-entry-form';

/**
 * Whether leaving now would lose typing no record holds: input the browser could not read, anywhere under
 * `root` ("12e" in a number field), or anything typed in a form that writes only when submitted (ENTRY_FORM).
 */
export function holdsUnsavedTyping(root: ParentNode): boolean {
  return unsavedTypingControls(root).length > 0;
}

/** The controls under `root` holding typing no record holds (see `holdsUnsavedTyping`). */
export function unsavedTypingControls(root: ParentNode): (HTMLInputElement | HTMLTextAreaElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter((control) => control.validity.badInput || (control.closest(`form[${ENTRY_FORM}]`) !== null && typedOverDefault(control)));
}

/** Typing in an entry form's control: its text differs from what the form offered (a date prefilled with today is not typing). */
function typedOverDefault(control: Element): boolean {
  return holdsTyping(control) && (control as HTMLInputElement | HTMLTextAreaElement).value !== (control as HTMLInputElement | HTMLTextAreaElement).defaultValue;
}
