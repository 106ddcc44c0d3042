// The demo's language and theme: from the address (`?locale=es&theme=dark`, used by the screenshots
// script), else what the visitor chose last time, else the browser's language.
import { isHostLocale, type HostLocale } from './host-text.js';

export type DemoTheme = 'light' | 'dark' | 'high-contrast';
const themes: readonly DemoTheme[] = ['light', 'dark', 'high-contrast'];

const params = new URLSearchParams(location.search);

function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: nothing remembered
  }
}

export function remember(key: 'cp-demo-locale' | 'cp-demo-theme', value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

function browserLocale(): HostLocale {
  const primary = navigator.language.toLowerCase().split('-')[0];
  return primary === 'es' ? 'es' : primary === 'fr' ? 'fr' : primary === 'pt' ? 'pt-BR' : 'en';
}

export function initialLocale(): HostLocale {
  for (const candidate of [params.get('locale'), remembered('cp-demo-locale')]) if (isHostLocale(candidate)) return candidate;
  return browserLocale();
}

export function initialTheme(): DemoTheme {
  for (const candidate of [params.get('theme'), remembered('cp-demo-theme')]) {
    if (themes.includes(candidate as DemoTheme)) return candidate as DemoTheme;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The demo's clock: `?now=2026-11-18T21:00:00Z` fixes it (for screenshots); otherwise the real time. */
export function demoNow(): Date | (() => Date) {
  const fixed = params.get('now');
  const time = fixed ? Date.parse(fixed) : Number.NaN;
  return Number.isNaN(time) ? () => new Date() : new Date(time);
}

export function readNowSource(source: Date | (() => Date)): Date {
  return typeof source === 'function' ? source() : source;
}

/** The tags that take a `theme` attribute. */
export const themedTags = ['service-plan-editor', 'visitation-planner', 'contact-log'] as const;

export function applyTheme(theme: DemoTheme, root: ParentNode = document): void {
  document.documentElement.dataset['theme'] = theme;
  for (const element of root.querySelectorAll(themedTags.join(','))) element.setAttribute('theme', theme);
}
