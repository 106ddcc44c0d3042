import { fixture, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/service-plan-editor.stories.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { settle } from './helpers.js';

export interface StoryLike {
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (args: Record<string, unknown>, context: { loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as { args: Record<string, unknown> };
export const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

/** Renders a story as Storybook would: its loaders, then render with the merged args, then play. */
export async function renderStory(story: StoryLike): Promise<ServicePlanEditor> {
  const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((load) => load()))));
  const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
  render(story.render!({ ...meta.args, ...story.args }, { loaded }), canvas);
  const element = canvas.querySelector<ServicePlanEditor>('service-plan-editor')!;
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="status-badge"]'), 'the story did not open its plan', { timeout: 5000 });
  await story.play?.({ canvasElement: canvas });
  await element.updateComplete; // includes a language loaded on demand
  await settle(element);
  return element;
}

/** A story by its export name. */
export function storyNamed(name: string): StoryLike {
  const found = named.find(([storyName]) => storyName === name);
  if (!found) throw new Error(`no story ${name}`);
  return found[1];
}
