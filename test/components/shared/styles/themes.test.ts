import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tokens } from '../../../../src/components/shared/styles/tokens.js';
import type { CpProgress } from '../../../../src/components/shared/parts/cp-progress.js';
import '../../../../src/define/all-elements.js';
import type { ContactLog } from '../../../../src/components/contact-log/contact-log.js';
import { MemoryStorageAdapter } from '../../../../src/storage/memory-adapter.js';
import { mount } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/**
 * The colour a token resolves to on a surface, as the browser paints it: [r, g, b]. Painted on a canvas,
 * because a derived colour computes to `color(xyz-d65 ...)` (or a mix) that only painting brings into sRGB.
 */
function resolvedColor(surface: HTMLElement, token: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `var(${token.replace('--cp-', '--_cp-')})`; // the private twin the styles read (tokens.ts)
  (surface.shadowRoot ?? surface).append(probe); // inside: an unslotted light-DOM child computes no style
  const value = getComputedStyle(probe).color;
  probe.remove();
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#010203';
  pixel.fillStyle = value;
  if (pixel.fillStyle === '#010203' && value !== 'rgb(1, 2, 3)') throw new Error(`${token} did not resolve to a colour: "${value}"`);
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(first: [number, number, number], second: [number, number, number]): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

// Foreground, background, minimum ratio (4.5 for text, 3 for borders, focus and bars).
const pairs: [string, string, number][] = [
  ['--cp-color-text', '--cp-color-surface', 4.5],
  ['--cp-color-text', '--cp-color-surface-raised', 4.5],
  ['--cp-color-text', '--cp-color-surface-sunken', 4.5],
  ['--cp-color-text', '--cp-color-neutral-surface', 4.5],
  ['--cp-color-text-muted', '--cp-color-surface', 4.5],
  ['--cp-color-text-muted', '--cp-color-surface-raised', 4.5],
  ['--cp-color-text-muted', '--cp-color-surface-sunken', 4.5],
  ['--cp-color-accent', '--cp-color-surface', 4.5],
  ['--cp-color-accent', '--cp-color-surface-raised', 4.5],
  ['--cp-button-color', '--cp-button-background', 4.5],
  ['--cp-color-text-on-accent', '--cp-color-accent-hover', 4.5],
  ['--cp-color-surface', '--cp-color-danger', 4.5],
  ['--cp-color-info', '--cp-color-info-surface', 4.5],
  ['--cp-color-success', '--cp-color-success-surface', 4.5],
  ['--cp-color-warning', '--cp-color-warning-surface', 4.5],
  ['--cp-color-danger', '--cp-color-danger-surface', 4.5],
  ['--cp-color-danger', '--cp-color-surface', 4.5],
  ['--cp-color-danger', '--cp-color-surface-raised', 4.5],
  ['--cp-color-success', '--cp-color-surface', 4.5],
  ['--cp-color-border-strong', '--cp-color-surface', 3],
  ['--cp-color-border-strong', '--cp-color-surface-raised', 3],
  ['--cp-color-focus', '--cp-color-surface', 3],
  ['--cp-color-focus', '--cp-color-surface-raised', 3],
  ['--cp-progress-bar-color', '--cp-progress-track-color', 3],
];

function contrastProblems(surface: HTMLElement): string[] {
  return pairs
    .map(([foreground, background, minimum]) => ({ foreground, background, minimum, ratio: contrast(resolvedColor(surface, foreground), resolvedColor(surface, background)) }))
    .filter(({ ratio, minimum }) => ratio < minimum)
    .map(({ foreground, background, minimum, ratio }) => `${foreground} on ${background}: ${ratio.toFixed(2)} < ${minimum}`);
}

describe('themes', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  for (const theme of [undefined, 'light', 'dark', 'high-contrast'] as const) {
    it(`meet WCAG AA contrast in the ${theme ?? 'default'} theme`, async () => {
      const surface = await mount<TestSurface>(html`<test-surface theme=${theme ?? ''}></test-surface>`);
      if (!theme) surface.removeAttribute('theme');
      expect(contrastProblems(surface)).to.deep.equal([]);
    });
  }

  it('meet WCAG AA contrast in the dark theme chosen by the system preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const surface = await mount<TestSurface>(html`<test-surface></test-surface>`);
    expect(contrastProblems(surface)).to.deep.equal([]);
  });

  it('follow the system dark preference unless theme="light" is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await mount<TestSurface>(html`<test-surface></test-surface>`);
    const light = await mount<TestSurface>(html`<test-surface theme="light"></test-surface>`);
    expect(luminance(resolvedColor(auto, '--cp-color-surface'))).to.be.below(0.05);
    expect(luminance(resolvedColor(light, '--cp-color-surface'))).to.be.above(0.9);
    expect(getComputedStyle(auto).colorScheme).to.equal('dark');
  });

  it('make high contrast black on white with a thicker focus ring', async () => {
    const surface = await mount<TestSurface>(html`<test-surface theme="high-contrast"></test-surface>`);
    expect(resolvedColor(surface, '--cp-color-text')).to.deep.equal([0, 0, 0]);
    expect(resolvedColor(surface, '--cp-color-surface')).to.deep.equal([255, 255, 255]);
    expect(getComputedStyle(surface).getPropertyValue('--_cp-focus-ring-width').trim()).to.equal('4px');
  });

  it('print every theme as the light one', async () => {
    const surface = await mount<TestSurface>(html`<test-surface theme="dark"></test-surface>`);
    expect(luminance(resolvedColor(surface, '--cp-color-surface'))).to.be.below(0.05);
    await emulateMedia({ media: 'print' });
    expect(resolvedColor(surface, '--cp-color-surface')).to.deep.equal([255, 255, 255]);
  });

  it('switch to system colours in forced-colors mode (not emulated by this runner, so read from the stylesheet)', () => {
    const forced = /@media \(forced-colors: active\)\s*\{([^@]*)/.exec(tokens.cssText)?.[1] ?? '';
    expect(forced).to.contain('--_cp-color-text: CanvasText');
    expect(forced).to.contain('--_cp-color-surface: Canvas');
    expect(forced).to.contain('--_cp-color-focus: Highlight');
  });

  it('stop motion for people who asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const surface = await mount<TestSurface>(html`<test-surface><cp-progress label="Sessions" value="1" max="2"></cp-progress></test-surface>`);
    const bar = surface.querySelector<CpProgress>('cp-progress')!.shadowRoot!.querySelector('.bar')!;
    expect(parseFloat(getComputedStyle(bar).transitionDuration)).to.be.below(0.001);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(bar).transitionDuration).to.equal('0.15s');
  });

  // Accents an agency might pick, dark to light, with the ones nearest the black/white crossover
  // (relative luminance 0.1791: #767676 just above, #757575 just below), and surfaces of their own.
  const agencyAccents = ['#7a1f5c', '#0b6e4f', '#c2410c', '#757575', '#767676', '#ffd400', '#93c5fd', '#ffffff', '#000000', '#e11d48'];
  const agencySurfaces = ['#fffbeb', '#1e1b4b'];
  const accentPairs = pairs.filter(([foreground]) => foreground === '--cp-button-color' || foreground === '--cp-color-text-on-accent');
  for (const [label, theme, scheme] of [['light', 'light', 'light'], ['dark', 'dark', 'light'], ['high-contrast', 'high-contrast', 'light'], ['system dark', '', 'dark']] as const) {
    it(`keep text on the accent at WCAG AA whatever accent and surface an agency sets, ${label} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      for (const accent of agencyAccents) {
        for (const surfaceColor of agencySurfaces) {
          const surface = await mount<TestSurface>(html`<test-surface theme=${theme} style="--cp-color-accent: ${accent}; --cp-color-surface: ${surfaceColor}"></test-surface>`);
          if (!theme) surface.removeAttribute('theme');
          for (const [foreground, background, minimum] of accentPairs) {
            const ratio = contrast(resolvedColor(surface, foreground), resolvedColor(surface, background));
            if (ratio < minimum) problems.push(`${accent} on ${surfaceColor}: ${foreground} on ${background} ${ratio.toFixed(2)} < ${minimum}`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('take the tokens an agency sets on :root or on any ancestor, in every theme; unset ones keep the theme value', async () => {
    const root = document.documentElement;
    root.style.setProperty('--cp-color-accent', '#7a1f5c');
    root.style.setProperty('--cp-font-family', 'Georgia, serif');
    try {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        const surface = await mount<TestSurface>(html`<test-surface theme=${theme}></test-surface>`);
        expect(resolvedColor(surface, '--cp-button-background'), `${theme}: accent from :root`).to.deep.equal([0x7a, 0x1f, 0x5c]);
        expect(getComputedStyle(surface).fontFamily, `${theme}: font from :root`).to.equal('Georgia, serif');
      }
      const container = await mount<HTMLElement>(html`<div style="--cp-color-accent: #0b6e4f"><test-surface theme="dark"></test-surface></div>`);
      const inner = container.querySelector<TestSurface>('test-surface')!;
      expect(resolvedColor(inner, '--cp-button-background'), 'the nearest ancestor wins').to.deep.equal([0x0b, 0x6e, 0x4f]);
      expect(luminance(resolvedColor(inner, '--cp-color-surface')), 'an unset token keeps the dark value').to.be.below(0.05);
    } finally {
      root.style.removeProperty('--cp-color-accent');
      root.style.removeProperty('--cp-font-family');
    }
  });

  it('take the theme from <caseplan-provider theme>, an element\'s own theme winning', async () => {
    const provider = await mount<HTMLElement>(html`<caseplan-provider theme="dark" .storage=${new MemoryStorageAdapter()}>
      <contact-log case-id="case-1"></contact-log><contact-log case-id="case-1" theme="light"></contact-log>
    </caseplan-provider>`);
    const [inherited, own] = [...provider.querySelectorAll<ContactLog>('contact-log')] as [ContactLog, ContactLog];
    await Promise.all([inherited.updateComplete, own.updateComplete]);
    expect(luminance(resolvedColor(inherited, '--cp-color-surface')), 'dark from the provider').to.be.below(0.05);
    expect(luminance(resolvedColor(own, '--cp-color-surface')), 'its own light').to.be.above(0.9);
    provider.setAttribute('theme', 'high-contrast');
    await inherited.updateComplete;
    expect(resolvedColor(inherited, '--cp-color-text'), 'follows the provider').to.deep.equal([0, 0, 0]);
    expect(contrastProblems(inherited)).to.deep.equal([]);
  });

  it('let an agency override a token on the element, down into its parts', async () => {
    const surface = await mount<TestSurface>(html`<test-surface style="--cp-color-accent: #7a1f5c"><cp-status-badge status="active"></cp-status-badge></test-surface>`);
    expect(resolvedColor(surface, '--cp-button-background')).to.deep.equal([0x7a, 0x1f, 0x5c]);
  });
});
