// The toolbar's language and theme reach every story: the story renders inside a <caseplan-provider>
// with the chosen locale (a locale a story sets on an element still wins), and each caseplan element
// without a theme of its own takes the chosen theme. The canvas behind takes the theme's surface colour.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { themeSurfaces, type StoryTheme } from './themes.js';

const themedTags = new Set(['service-plan-editor', 'visitation-planner', 'contact-log']);
// Marks a theme attribute the toolbar set, so a story's own `theme="dark"` is never overwritten.
const toolbarMarker = 'data-storybook-theme';
const observers = new WeakMap<Element, MutationObserver>();

function applyTheme(root: Element, theme: StoryTheme): void {
  const elements = [root, ...root.querySelectorAll('*')].filter((element) => themedTags.has(element.localName));
  for (const element of elements) {
    const ownTheme = element.hasAttribute('theme') && !element.hasAttribute(toolbarMarker);
    if (ownTheme) continue;
    element.setAttribute('theme', theme);
    element.setAttribute(toolbarMarker, '');
  }
}

function followTheme(provider: Element | undefined, theme: StoryTheme): void {
  if (!provider) return;
  observers.get(provider)?.disconnect();
  const observer = new MutationObserver(() => applyTheme(provider, theme));
  observer.observe(provider, { childList: true, subtree: true });
  observers.set(provider, observer);
  applyTheme(provider, theme);
}

export const withCaseplanGlobals: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'en');
  const theme = (String(context.globals['theme'] ?? 'light') as StoryTheme);
  const surface = themeSurfaces[theme] ?? themeSurfaces.light;
  return html`<div class="caseplan-story" style=${styleMap({ background: surface.background, color: surface.text, padding: '1rem', minHeight: '100%' })}>
    <caseplan-provider locale=${locale} ${ref((element) => followTheme(element, theme))}>${story()}</caseplan-provider>
  </div>`;
};
