import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';

/**
 * A progress bar with its value in words ("5 of 12 (42 %)"), as role=progressbar so screen readers
 * announce the same text that is shown.
 */
export function progressBar(t: LocalizeController, options: { label: string; value: number; max: number; part?: string }): TemplateResult {
  const max = Math.max(options.max, 0);
  const value = Math.min(Math.max(options.value, 0), max);
  const ratio = max === 0 ? 0 : value / max;
  const text = t.term('common.progress.text', { value: t.number(value), max: t.number(max), percent: t.number(ratio, { style: 'percent' }) });
  return html`<div class="progress" part=${options.part ?? 'progress'}>
    <span class="progress-label">${options.label}</span>
    <div
      class="progress-track"
      role="progressbar"
      aria-label=${options.label}
      aria-valuemin="0"
      aria-valuemax=${max}
      aria-valuenow=${value}
      aria-valuetext=${text}
    >
      <div class="progress-fill" style="inline-size: ${Math.round(ratio * 100)}%"></div>
    </div>
    <span class="progress-text">${text}</span>
  </div>`;
}

/** A 0..1 ratio shown as a percentage bar. */
export function ratioBar(t: LocalizeController, label: string, ratio: number | undefined, part?: string): TemplateResult {
  return progressBar(t, { label, value: Math.round((ratio ?? 0) * 100), max: 100, ...(part ? { part } : {}) });
}
