import { html, type TemplateResult } from 'lit';
// Not Lit's styleMap: it writes a style attribute on first render, which a strict CSP refuses.
import { cssomStyle } from '../shared/directives/cssom-style.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';

/** What a progress bar shows of a ratio: the whole percent (its fill, `aria-valuenow`) and the percentage in words. */
export function ratioShown(t: LocalizeController, ratio: number | undefined): { percent: number; text: string } {
  const share = Math.min(Math.max(ratio ?? 0, 0), 1);
  return { percent: Math.round(share * 100), text: t.number(share, { style: 'percent', maximumFractionDigits: 0 }) };
}

/**
 * Progress as a share (the model's 0..1 ratio, where unit deliveries count in part), read as a
 * percentage. Counts of units ("5 of 12") use the shared `<cp-progress>` instead.
 */
export function ratioBar(t: LocalizeController, label: string, ratio: number | undefined, part = 'progress'): TemplateResult {
  const { percent, text } = ratioShown(t, ratio);
  // Tag against tag: the boxes of a grid and a track, between which indentation is never laid out nor read.
  return html`<div class="progress" part=${part}
    ><span class="progress-label">${label}</span
    ><div class="progress-track" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent} aria-valuetext=${text}
      ><div class="progress-fill" style=${cssomStyle({ 'inline-size': `${percent}%` })}></div
    ></div
    ><span class="progress-text">${text}</span
  ></div>`;
}
