import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { selectMergedFromTheirs, type ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { mergedFromTheirsText } from '../shared/parts/conflict-fields.js';

/** What a merge took from someone else's save, shown until dismissed (announced once when it appears). */
export class MergedNote {
  private dismissed: unknown;
  private announced: unknown;
  /** Said just before, and again ahead of, the note's next announcement (one polite region: the last text is the one read). */
  private leading: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (message: string) => void,
  ) {}

  /** Announces `message` now; a note appearing with this render is announced after it, in the same words. */
  lead(message: string): void {
    this.leading = message;
    this.announce(message);
  }

  render(t: LocalizeController, snapshot: ServicePlanSnapshot): TemplateResult | typeof nothing {
    const fromTheirs = selectMergedFromTheirs(snapshot);
    const text = mergedFromTheirsText(t, fromTheirs, snapshot.context.plan, snapshot.context.saved);
    if (!text || fromTheirs === this.dismissed) return nothing;
    if (fromTheirs !== this.announced) {
      this.announced = fromTheirs;
      const said = this.leading ? `${this.leading} ${text}` : text;
      this.leading = undefined;
      queueMicrotask(() => this.announce(said));
    }
    const dismiss = () => {
      this.dismissed = fromTheirs;
      this.host.requestUpdate();
    };
    return html`<div class="card merged-note" part="merged-note">
      <p>${text}</p>
      <button type="button" class="quiet" @click=${dismiss}>${t.term('merge.from-theirs-dismiss')}</button>
    </div>`;
  }
}
