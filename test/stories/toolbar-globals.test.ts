import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { withCaseplanGlobals } from '../../.storybook/with-caseplan-globals.js';
// As the preview does: every element and the provider the decorator renders.
import '../../src/define/all-elements.js';
import * as editorStories from '../../stories/service-plan-editor.stories.js';
import * as plannerStories from '../../stories/visitation-planner.stories.js';
import * as logStories from '../../stories/contact-log.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (args: Record<string, unknown>, context: { loaded: Record<string, unknown> }) => TemplateResult;
}

type Element = HTMLElement & { updateComplete: Promise<boolean>; localize: { locale: string } };

/** A story rendered as Storybook does, through the preview's decorator with the toolbar's globals. */
async function renderWithToolbar(module: Record<string, unknown>, name: string, tag: string, globals: { locale: string; theme: string }): Promise<Element> {
  const meta = module['default'] as { args?: Record<string, unknown> };
  const story = module[name] as StoryLike;
  let loaded: Record<string, unknown> = {};
  for (const loader of story.loaders ?? []) loaded = { ...loaded, ...(await loader()) };
  const decorate = withCaseplanGlobals as unknown as (story: () => TemplateResult, context: { globals: Record<string, unknown> }) => TemplateResult;
  const canvas = await fixture<HTMLElement>(html`<div>${decorate(() => story.render!({ ...meta.args, ...story.args }, { loaded }), { globals })}</div>`);
  const element = canvas.querySelector<Element>(tag)!;
  await waitUntil(() => element.shadowRoot?.querySelector('.plans, .empty, [data-count], [part~="status-badge"]'), `${name} did not load`, { timeout: 8000 });
  await element.updateComplete;
  return element;
}

describe('Storybook toolbar: language and theme drive every element story', () => {
  for (const [module, name, tag] of [
    [editorStories, 'Active', 'service-plan-editor'],
    [plannerStories, 'Filled', 'visitation-planner'],
    [logStories, 'Filled', 'contact-log'],
  ] as const) {
    it(`${tag}: ${name} follows the toolbar's French and dark theme`, async () => {
      const element = await renderWithToolbar(module, name, tag, { locale: 'fr', theme: 'dark' });
      await waitUntil(() => element.localize.locale === 'fr', `${tag} did not take the toolbar's language`, { timeout: 5000 });
      expect(element.getAttribute('cp-theme')).to.equal('dark');
    });
  }

  it('a story that sets its own language keeps it', async () => {
    const element = await renderWithToolbar(logStories, 'Spanish', 'contact-log', { locale: 'fr', theme: 'light' });
    await element.updateComplete;
    expect(element.localize.locale).to.equal('es');
  });
});
