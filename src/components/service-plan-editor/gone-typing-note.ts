import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';

/**
 * Says that text the plan refused is kept for a record no longer in the plan (an item removed here, or in
 * another tab): the text is in view nowhere, so without this it would vanish unsaid. Shown while that holds;
 * announced once each time it appears.
 */
export class GoneTypingNote {
  private shown = false;

  constructor(private readonly announce: (message: string) => void) {}

  render(t: LocalizeController, held: boolean): TemplateResult | typeof nothing {
    const appeared = held && !this.shown;
    this.shown = held;
    if (!held) return nothing;
    const text = t.term('spe.held-typing.record-gone');
    if (appeared) queueMicrotask(() => this.announce(text));
    return html`<div class="card merged-note" part="gone-typing-note"><p>${text}</p></div>`;
  }
}
