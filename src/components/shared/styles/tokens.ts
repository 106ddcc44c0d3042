import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens in three tiers, all `--cp-*` custom properties:
 *
 * 1. Base tokens: the palette, the type scale, the spacing and radius units. Themes pick from them.
 * 2. Semantic tokens: what a colour or size is for (`--cp-color-text`, `--cp-color-danger`,
 *    `--cp-space-m`). Elements use these. Each theme sets them from base tokens.
 * 3. Per-part hooks (`--cp-field-gap`, `--cp-progress-bar-color`): one knob for one part, built on
 *    semantic tokens.
 *
 * The public `--cp-*` names are never declared by the elements: an agency sets them wherever it likes
 * (`:root`, a container, one element) and they inherit into every shadow root. Each top-level element's
 * `:host` declares the private twin the styles read, with the theme's default as the fallback:
 * `--_cp-color-accent: var(--cp-color-accent, var(--_cp-color-blue-600))`. So
 * `:root { --cp-color-accent: #7a1f5c; --cp-font-family: "Source Sans 3"; }` themes every element, and
 * anything not set keeps the theme's value. Styles read `var(--_cp-*)` only (the token test checks it).
 * Every colour pair used for text meets WCAG AA (4.5:1; 3:1 for borders and focus) in every theme, and
 * text on the accent is derived from the accent so it stays at AA whatever accent an agency picks;
 * test/components/shared/styles/themes.test.ts checks both.
 */

type Declarations = Record<`--cp-${string}`, string>;

/**
 * Text on the accent, derived from whatever accent an agency sets: white when the accent's relative
 * luminance (the `y` of XYZ-D65, WCAG's luminance) is below 0.1791, black above. At 0.1791 black and
 * white both give 4.58:1, so the chosen one always meets WCAG AA (4.5:1). The XYZ colour is pushed far
 * out of range and clamped back in sRGB, which leaves exactly white or black.
 */
const textOnAccent =
  'rgb(from color(from var(--cp-color-accent) xyz-d65 calc((0.1791 - y) * 100000) calc((0.1791 - y) * 100000) calc((0.1791 - y) * 100000)) clamp(0, r, 255) clamp(0, g, 255) clamp(0, b, 255))';
/** Hover: the accent moved 20% away from its text colour (darker under white text, lighter under black), so contrast only grows. */
const accentHover = 'color-mix(in srgb, var(--cp-color-accent) 80%, rgb(from var(--cp-color-text-on-accent) calc(255 - r) calc(255 - g) calc(255 - b)))';

/** `--cp-x` → `--_cp-x`, the private twin the styles read. */
const privateName = (value: string) => value.replace(/--cp-/g, '--_cp-');

/**
 * `--_cp-x: var(--cp-x, <default>)` for each token: the value an agency set on any ancestor, else the
 * default. `overridable: false` (forced colours) takes the user's system colours whatever was set.
 */
function declarations(values: Declarations, { overridable = true } = {}): CSSResult {
  // Only our own constant token values reach unsafeCSS: no host or user input.
  return unsafeCSS(
    Object.entries(values)
      .map(([name, value]) => `${privateName(name)}: ${overridable ? `var(${name}, ${privateName(value)})` : privateName(value)};`)
      .join('\n'),
  );
}

/** Tier 1: the palette and scales. */
const baseTokens: Declarations = {
  '--cp-color-neutral-0': '#ffffff',
  '--cp-color-neutral-50': '#f6f7f9',
  '--cp-color-neutral-100': '#eceef2',
  '--cp-color-neutral-300': '#c3c8d1',
  '--cp-color-neutral-400': '#9ca3af',
  '--cp-color-neutral-500': '#6b7280',
  '--cp-color-neutral-600': '#4b5563',
  '--cp-color-neutral-800': '#1f2937',
  '--cp-color-neutral-900': '#111827',
  '--cp-color-neutral-1000': '#000000',
  '--cp-color-blue-100': '#dbeafe',
  '--cp-color-blue-300': '#93c5fd',
  '--cp-color-blue-600': '#1d4ed8',
  '--cp-color-blue-800': '#1e40af',
  '--cp-color-blue-900': '#0a1f66',
  '--cp-color-green-100': '#dcfce7',
  '--cp-color-green-300': '#86efac',
  '--cp-color-green-800': '#166534',
  '--cp-color-amber-100': '#fef3c7',
  '--cp-color-amber-300': '#fcd34d',
  '--cp-color-amber-800': '#92400e',
  '--cp-color-red-100': '#fee2e2',
  '--cp-color-red-300': '#fca5a5',
  '--cp-color-red-700': '#b91c1c',
  '--cp-font-family-sans': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  '--cp-font-size-base': '1rem',
  '--cp-space-unit': '0.25rem',
  '--cp-radius-base': '0.25rem',
};

/** Tier 2 (sizes, type, motion): the same in every theme. */
const semanticScales: Declarations = {
  '--cp-font-family': 'var(--cp-font-family-sans)',
  '--cp-font-size-small': 'calc(var(--cp-font-size-base) * 0.875)',
  '--cp-font-size-body': 'var(--cp-font-size-base)',
  '--cp-font-size-large': 'calc(var(--cp-font-size-base) * 1.25)',
  '--cp-font-weight-bold': '600',
  '--cp-line-height': '1.5',
  '--cp-space-xs': 'calc(var(--cp-space-unit) * 1)',
  '--cp-space-s': 'calc(var(--cp-space-unit) * 2)',
  '--cp-space-m': 'calc(var(--cp-space-unit) * 4)',
  '--cp-space-l': 'calc(var(--cp-space-unit) * 6)',
  '--cp-radius-control': 'var(--cp-radius-base)',
  '--cp-radius-panel': 'calc(var(--cp-radius-base) * 2)',
  '--cp-radius-pill': '999px',
  /** WCAG 2.2 target size: every button and control at least this tall. */
  '--cp-target-size': '2.75rem',
  '--cp-focus-ring-width': '3px',
  '--cp-focus-ring-offset': '2px',
  '--cp-focus-ring': 'var(--cp-focus-ring-width) solid var(--cp-color-focus)',
  '--cp-duration-fast': '150ms',
  '--cp-shadow-raised': '0 1px 3px rgb(0 0 0 / 0.2)',
};

/** Tier 2 colours, light theme (the default). */
const lightColors: Declarations = {
  '--cp-color-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-surface-raised': 'var(--cp-color-neutral-0)',
  '--cp-color-surface-sunken': 'var(--cp-color-neutral-50)',
  '--cp-color-text': 'var(--cp-color-neutral-900)',
  '--cp-color-text-muted': 'var(--cp-color-neutral-600)',
  '--cp-color-text-on-accent': textOnAccent,
  '--cp-color-border': 'var(--cp-color-neutral-300)',
  '--cp-color-border-strong': 'var(--cp-color-neutral-500)',
  '--cp-color-accent': 'var(--cp-color-blue-600)',
  '--cp-color-accent-hover': accentHover,
  '--cp-color-focus': 'var(--cp-color-blue-600)',
  '--cp-color-info': 'var(--cp-color-blue-800)',
  '--cp-color-info-surface': 'var(--cp-color-blue-100)',
  '--cp-color-success': 'var(--cp-color-green-800)',
  '--cp-color-success-surface': 'var(--cp-color-green-100)',
  '--cp-color-warning': 'var(--cp-color-amber-800)',
  '--cp-color-warning-surface': 'var(--cp-color-amber-100)',
  '--cp-color-danger': 'var(--cp-color-red-700)',
  '--cp-color-danger-surface': 'var(--cp-color-red-100)',
  '--cp-color-neutral-surface': 'var(--cp-color-neutral-100)',
  '--cp-color-backdrop': 'rgb(17 24 39 / 0.5)',
};

const darkColors: Declarations = {
  '--cp-color-surface': 'var(--cp-color-neutral-900)',
  '--cp-color-surface-raised': 'var(--cp-color-neutral-800)',
  '--cp-color-surface-sunken': 'var(--cp-color-neutral-1000)',
  '--cp-color-text': 'var(--cp-color-neutral-50)',
  '--cp-color-text-muted': 'var(--cp-color-neutral-300)',
  '--cp-color-text-on-accent': textOnAccent,
  '--cp-color-border': 'var(--cp-color-neutral-600)',
  '--cp-color-border-strong': 'var(--cp-color-neutral-400)',
  '--cp-color-accent': 'var(--cp-color-blue-300)',
  '--cp-color-accent-hover': accentHover,
  '--cp-color-focus': 'var(--cp-color-blue-300)',
  '--cp-color-info': 'var(--cp-color-blue-300)',
  '--cp-color-info-surface': 'var(--cp-color-neutral-800)',
  '--cp-color-success': 'var(--cp-color-green-300)',
  '--cp-color-success-surface': 'var(--cp-color-neutral-800)',
  '--cp-color-warning': 'var(--cp-color-amber-300)',
  '--cp-color-warning-surface': 'var(--cp-color-neutral-800)',
  '--cp-color-danger': 'var(--cp-color-red-300)',
  '--cp-color-danger-surface': 'var(--cp-color-neutral-800)',
  '--cp-color-neutral-surface': 'var(--cp-color-neutral-800)',
  '--cp-color-backdrop': 'rgb(0 0 0 / 0.7)',
};

/** Black on white, every border solid black, a thicker focus ring: for low vision. */
const highContrastColors: Declarations = {
  '--cp-color-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-surface-raised': 'var(--cp-color-neutral-0)',
  '--cp-color-surface-sunken': 'var(--cp-color-neutral-0)',
  '--cp-color-text': 'var(--cp-color-neutral-1000)',
  '--cp-color-text-muted': 'var(--cp-color-neutral-1000)',
  '--cp-color-text-on-accent': textOnAccent,
  '--cp-color-border': 'var(--cp-color-neutral-1000)',
  '--cp-color-border-strong': 'var(--cp-color-neutral-1000)',
  '--cp-color-accent': 'var(--cp-color-blue-900)',
  '--cp-color-accent-hover': accentHover,
  '--cp-color-focus': 'var(--cp-color-neutral-1000)',
  '--cp-color-info': 'var(--cp-color-neutral-1000)',
  '--cp-color-info-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-success': 'var(--cp-color-neutral-1000)',
  '--cp-color-success-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-warning': 'var(--cp-color-neutral-1000)',
  '--cp-color-warning-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-danger': 'var(--cp-color-red-700)',
  '--cp-color-danger-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-neutral-surface': 'var(--cp-color-neutral-0)',
  '--cp-color-backdrop': 'rgb(0 0 0 / 0.8)',
  '--cp-focus-ring-width': '4px',
};

/** Windows high contrast and other forced-colours modes: the user's own system colours. */
const forcedColors: Declarations = {
  '--cp-color-surface': 'Canvas',
  '--cp-color-surface-raised': 'Canvas',
  '--cp-color-surface-sunken': 'Canvas',
  '--cp-color-text': 'CanvasText',
  '--cp-color-text-muted': 'CanvasText',
  '--cp-color-text-on-accent': 'HighlightText',
  '--cp-color-border': 'CanvasText',
  '--cp-color-border-strong': 'CanvasText',
  '--cp-color-accent': 'Highlight',
  '--cp-color-accent-hover': 'Highlight',
  '--cp-color-focus': 'Highlight',
  '--cp-color-info': 'CanvasText',
  '--cp-color-info-surface': 'Canvas',
  '--cp-color-success': 'CanvasText',
  '--cp-color-success-surface': 'Canvas',
  '--cp-color-warning': 'CanvasText',
  '--cp-color-warning-surface': 'Canvas',
  '--cp-color-danger': 'CanvasText',
  '--cp-color-danger-surface': 'Canvas',
  '--cp-color-neutral-surface': 'Canvas',
  '--cp-color-backdrop': 'Canvas',
};

/** Tier 3: hooks for the shared parts, built on semantic tokens. */
const partHooks: Declarations = {
  '--cp-field-gap': 'var(--cp-space-xs)',
  '--cp-field-label-color': 'var(--cp-color-text)',
  '--cp-field-error-color': 'var(--cp-color-danger)',
  '--cp-control-background': 'var(--cp-color-surface-raised)',
  '--cp-control-border': '1px solid var(--cp-color-border-strong)',
  '--cp-button-background': 'var(--cp-color-accent)',
  '--cp-button-color': 'var(--cp-color-text-on-accent)',
  '--cp-badge-radius': 'var(--cp-radius-pill)',
  '--cp-progress-height': 'var(--cp-space-s)',
  '--cp-progress-bar-color': 'var(--cp-color-accent)',
  '--cp-progress-track-color': 'var(--cp-color-neutral-surface)',
  '--cp-dialog-max-width': '32rem',
  // The contact log's list: most of the window by default; a host that gives the log a region sets its height.
  '--cp-contact-list-max-height': 'max(16rem, 80vh)',
};

/** The token declarations, in every theme; include first in a top-level element's `static styles`. */
export const tokens = css`
  :host {
    ${declarations(baseTokens)}
    ${declarations(semanticScales)}
    ${declarations(lightColors)}
    ${declarations(partHooks)}
    color-scheme: light;
    background-color: var(--_cp-color-surface);
    color: var(--_cp-color-text);
  }
  /* theme: the element's own attribute; cp-theme: the theme in use, own or the provider's (CaseplanElement). */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='high-contrast']):not([cp-theme='light']):not([cp-theme='high-contrast'])) {
      ${declarations(darkColors)}
      color-scheme: dark;
    }
  }
  :host([theme='dark']),
  :host([cp-theme='dark']) {
    ${declarations(darkColors)}
    color-scheme: dark;
  }
  :host([theme='high-contrast']),
  :host([cp-theme='high-contrast']) {
    ${declarations(highContrastColors)}
    color-scheme: light;
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]),
    :host([cp-theme]) {
      ${declarations(forcedColors, { overridable: false })}
    }
  }
  @media print {
    /* Paper is white: every theme prints as the light one. */
    :host,
    :host([theme]),
    :host([cp-theme]) {
      ${declarations(lightColors)}
      color-scheme: light;
    }
  }
`;

/** The token names per tier, for the docs page and the token tests. */
export const tokenTiers = {
  base: Object.keys(baseTokens),
  semantic: [...Object.keys(semanticScales), ...Object.keys(lightColors)],
  hooks: Object.keys(partHooks),
} as const;
