import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import type { GoneTyping } from './edit-session.js';
import type { TypedFieldName } from './view.js';

/** What a kept text was: its field's label, and the record's name when it had one ("Expected outcome of Housing"). */
function nameText(t: LocalizeController, name: TypedFieldName | undefined): string {
  if (!name) return t.term('spe.held-typing.gone-unnamed');
  // In the language shown now (the text may have been typed under another).
  const field = name.fieldTerm ? t.term(name.fieldTerm) : name.field;
  return name.record ? t.term('spe.held-typing.gone-name', { field, record: name.record }) : field;
}

/**
 * Shows text the plan refused that is kept for a record no longer in the plan (an item removed here, or in
 * another tab): its field is gone, so the text is shown here, read-only and selectable for copying, labelled
 * with what it was, each with a button to let it go. The leave guard counts it until then (EditSession.heldTyping).
 * Announced once each time it appears: a plan opened again from the list loads first (no plan, no note), so it is
 * announced again there.
 */
export class GoneTypingNote {
  private shown = false;

  constructor(private readonly announce: (message: string) => void) {}

  render(t: LocalizeController, kept: readonly GoneTyping[], discard: (fieldKey: string) => void): TemplateResult | typeof nothing {
    const held = kept.length > 0;
    const appeared = held && !this.shown;
    this.shown = held;
    if (!held) return nothing;
    const text = t.term('spe.held-typing.record-gone');
    if (appeared) queueMicrotask(() => this.announce(text));
    return html`<div class="card gone-typing" part="gone-typing-note" role="group" aria-labelledby="gone-typing-text">
      <p id="gone-typing-text">${text}</p>
      ${kept.map(({ fieldKey, text: typed, name }, index) => {
        const what = nameText(t, name);
        return html`<div class="gone-typing-entry">
          <label for="gone-typing-${index}">${what}</label>
          <textarea dir="auto" id="gone-typing-${index}" readonly rows="3" .value=${typed}></textarea>
          <button
            type="button"
            class="quiet"
            aria-label=${t.term('spe.held-typing.discard-named', { name: what })}
            @click=${() => {
              discard(fieldKey);
              // Said, for the button may stay where it was and now let go of the next text.
              this.announce(t.term('spe.held-typing.discarded', { name: what }));
            }}
          >${t.term('spe.held-typing.discard')}</button>
        </div>`;
      })}
    </div>`;
  }
}
