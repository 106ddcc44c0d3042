import { expect, waitUntil } from '@open-wc/testing';
import * as stories from '../../../stories/service-plan-editor.stories.js';
import { named, renderStory, type StoryLike } from './story-render.js';

const expectedStatus: Record<string, string> = {
  DraftEmpty: 'Draft',
  DraftFilled: 'Draft',
  SubmittedAwaitingApproval: 'Submitted for approval',
  Active: 'Active',
  UnderReview: 'Revision in progress',
  Completed: 'Completed',
  Closed: 'Closed',
};

describe('service-plan-editor stories', () => {
  it('has one story per status, conflict, save error, read-only, dark and each language', () => {
    expect(named.map(([name]) => name)).to.include.members([...Object.keys(expectedStatus), 'Conflict', 'SaveError', 'ReadOnly', 'Dark', 'English', 'Spanish', 'French', 'Portuguese']);
  });

  for (const [name, status] of Object.entries(expectedStatus)) {
    it(`${name} opens a plan with the status "${status}"`, async () => {
      const element = await renderStory(named.find(([storyName]) => storyName === name)![1]);
      expect(element.shadowRoot!.querySelector('[part~="status-badge"]')!.textContent?.trim()).to.equal(status);
    });
  }

  it('SubmittedAwaitingApproval says whose approval is missing', async () => {
    const element = await renderStory(stories.SubmittedAwaitingApproval as StoryLike);
    expect(element.shadowRoot!.querySelector('[part~="waiting"]')!.textContent).to.contain('Waiting for approval from: Marcus Reed (Father)');
  });

  it('Conflict shows both versions, and SaveError the failed save with retry', async () => {
    const conflict = await renderStory(stories.Conflict as StoryLike);
    await waitUntil(() => conflict.shadowRoot!.querySelector('[part~="conflict"]'), 'no conflict shown');
    const failed = await renderStory(stories.SaveError as StoryLike);
    const indicator = failed.shadowRoot!.querySelector<HTMLElement & { state: string; updateComplete: Promise<boolean> }>('cp-save-indicator')!;
    await waitUntil(() => indicator.state === 'failed', 'no failed save shown');
    await indicator.updateComplete;
    expect(indicator.shadowRoot!.textContent).to.contain('out of storage space');
    expect(indicator.shadowRoot!.querySelector('[part~="retry-button"]')).to.not.equal(null);
  });

  it('ReadOnly has no form controls, and Spanish reads in Spanish', async () => {
    const readOnly = await renderStory(stories.ReadOnly as StoryLike);
    expect(readOnly.shadowRoot!.querySelectorAll('input, select, textarea')).to.have.length(0);
    expect(readOnly.shadowRoot!.querySelector('[part~="document"]')).to.not.equal(null);
    const spanish = await renderStory(stories.Spanish as StoryLike);
    expect(spanish.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Plan de caso');
  });
});
