import { LitElement, css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

export type Politeness = 'polite' | 'assertive';

interface Announcement {
  id: number;
  text: string;
}

/**
 * Screen-reader announcements: status changes politely, errors assertively. The regions exist from
 * the first render (a region added together with its text is often not read), and each announcement
 * is a new node, so the same message twice ("Saved", "Saved") is read twice. Invisible on screen.
 *
 * ```ts
 * this.live.announce(this.localize.term('plan.item-added', { name }));
 * this.live.announce(this.localize.error(error), 'assertive');
 * ```
 *
 * @tagname cp-live-region
 * @summary Announces status changes and errors to screen readers.
 */
export class CpLiveRegion extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `;

  @state() private polite: Announcement | undefined;
  @state() private assertive: Announcement | undefined;
  private nextId = 0;

  /** Reads `text` out: politely (after what is being read) or assertively (an error, at once). */
  announce(text: string, politeness: Politeness = 'polite'): void {
    const announcement = { id: (this.nextId += 1), text };
    if (politeness === 'assertive') this.assertive = announcement;
    else this.polite = announcement;
  }

  clear(): void {
    this.polite = undefined;
    this.assertive = undefined;
  }

  /** What was announced last, per politeness (for tests and debugging). */
  get lastAnnouncement(): { polite: string | undefined; assertive: string | undefined } {
    return { polite: this.polite?.text, assertive: this.assertive?.text };
  }

  override render() {
    const polite = this.polite ? [this.polite] : [];
    const assertive = this.assertive ? [this.assertive] : [];
    return html`<div role="status" aria-live="polite" aria-atomic="true">${repeat(polite, (item) => item.id, (item) => html`<span>${item.text}</span>`)}</div>
      <div role="alert" aria-live="assertive" aria-atomic="true">${repeat(assertive, (item) => item.id, (item) => html`<span>${item.text}</span>`)}</div>`;
  }
}

/** Announces through the one `<cp-live-region>` an element renders from its first render (every element does). */
export function announceIn(root: ParentNode, text: string, politeness: Politeness = 'polite'): void {
  root.querySelector<CpLiveRegion>('cp-live-region')?.announce(text, politeness);
}
