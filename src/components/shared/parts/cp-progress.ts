import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
// Not Lit's styleMap: it writes a style attribute on first render, which a strict CSP refuses.
import { cssomStyle } from '../directives/cssom-style.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';

/**
 * A labelled progress bar (`role="progressbar"`) with its value in words ("5 of 12 (42%)"), shown
 * and read aloud in the element's language.
 *
 * @tagname cp-progress
 * @summary Progress such as sessions delivered against sessions authorized.
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart text - The value in words.
 * @csspart track - The bar's track (the progressbar itself).
 * @csspart bar - The filled part.
 * @cssprop --cp-progress-height - The bar's thickness.
 * @cssprop --cp-progress-bar-color - The filled part's colour.
 * @cssprop --cp-progress-track-color - The track's colour.
 */
export class CpProgress extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--_cp-space-xs) var(--_cp-space-s);
      }
      .text {
        color: var(--_cp-color-text-muted);
        font-size: var(--_cp-font-size-small);
      }
      .track {
        height: var(--_cp-progress-height);
        margin-top: var(--_cp-space-xs);
        border: 1px solid var(--_cp-color-border-strong);
        border-radius: var(--_cp-radius-pill);
        background: var(--_cp-progress-track-color);
        overflow: hidden;
      }
      .bar {
        height: 100%;
        background: var(--_cp-progress-bar-color);
        transition: width var(--_cp-duration-fast) ease-out;
      }
      @media (forced-colors: active) {
        .bar {
          forced-color-adjust: none;
          background: Highlight;
        }
      }
    `,
  ];

  /** What is measured, shown and used as the bar's accessible name. */
  @property() label = '';
  @property({ type: Number }) value = 0;
  @property({ type: Number }) max = 100;

  private readonly localize = new LocalizeController(this);

  /** The value in words, as shown and as read by screen readers. */
  get valueText(): string {
    const { shown: value, max } = this.bounded();
    const ratio = max > 0 ? value / max : 0;
    return this.localize.term('common.progress.text', { value, max, percent: this.localize.number(ratio, { style: 'percent', maximumFractionDigits: 0 }) });
  }

  override render() {
    const { value, max } = this.bounded();
    const percent = max > 0 ? (value / max) * 100 : 0;
    return html`<div part="base">
      <div class="header">
        <span id="label" part="label">${this.label}</span>
        <span part="text" class="text" aria-hidden="true">${this.valueText}</span>
      </div>
      <div part="track" class="track" role="progressbar" aria-labelledby="label" aria-valuemin="0" aria-valuemax=${max}
        aria-valuenow=${value} aria-valuetext=${this.valueText}>
        <div part="bar" class="bar" style=${cssomStyle({ width: `${percent}%` })}></div>
      </div>
    </div>`;
  }

  /**
   * A bad number never draws a broken bar: `value` is clamped to 0..max for the bar, while the words
   * keep the real count (6 of 5 sessions delivered is worth seeing).
   */
  private bounded(): { value: number; shown: number; max: number } {
    const max = Number.isFinite(this.max) && this.max > 0 ? this.max : 0;
    const shown = Number.isFinite(this.value) ? Math.max(this.value, 0) : 0;
    return { value: Math.min(shown, max), shown, max };
  }
}
