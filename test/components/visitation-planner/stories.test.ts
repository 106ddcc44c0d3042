import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as plannerStories from '../../../stories/visitation-planner.stories.js';
import * as logStories from '../../../stories/contact-log.stories.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { settle } from './helpers.js';

interface StoryLike {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (args: Record<string, unknown>, context: { loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

/** Renders a story as Storybook would (loaders, render with the meta's args, play) and returns its element. */
async function renderStory(module: Record<string, unknown>, name: string, tag: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const meta = module['default'] as { args: Record<string, unknown> };
  const story = module[name] as StoryLike;
  let loaded: Record<string, unknown> = {};
  for (const loader of story.loaders ?? []) loaded = { ...loaded, ...(await loader()) };
  const canvas = await fixture<HTMLElement>(html`<div>${story.render!({ ...meta.args, ...story.args }, { loaded })}</div>`);
  const element = canvas.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
  await waitUntil(() => element.shadowRoot?.querySelector('.plans, .empty, [data-count]'), `${name} did not load`, { timeout: 8000 });
  if (story.play) await story.play({ canvasElement: canvas });
  await settle(element);
  return element;
}

function storyNames(module: Record<string, unknown>): string[] {
  return Object.keys(module).filter((name) => name !== 'default' && typeof module[name] === 'object');
}

describe('visitation stories', () => {
  for (const [module, tag] of [
    [plannerStories, 'visitation-planner'],
    [logStories, 'contact-log'],
  ] as const) {
    for (const name of storyNames(module)) {
      it(`${tag}: ${name} renders its state and is accessible`, async () => {
        const element = await renderStory(module, name, tag);
        const root = element.shadowRoot!;
        if (name === 'FormWithErrors') await waitUntil(() => root.querySelector('.error-summary'), 'no errors shown', { timeout: 5000 });
        if (name === 'Conflict') await waitUntil(() => root.querySelector('[part="conflict"]'), 'no conflict shown', { timeout: 5000 });
        if (name === 'SaveError') await waitUntil(() => root.querySelector('[data-action="retry"]'), 'no retry offered', { timeout: 5000 });
        if (name === 'Filled') expect(root.textContent).to.not.contain('{');
        await settle(element);
        await expectNoAxeViolations(element);
      });
    }
  }
});
