import { waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { renderStory, storyNamed } from './story-render.js';
import { settle } from './helpers.js';

// Each main state of the editor, as the stories seed it, checked by axe-core inside the shadow DOM.
const states: [string, string][] = [
  ['empty (a new draft)', 'DraftEmpty'],
  ['filled draft', 'DraftFilled'],
  ['awaiting approval', 'SubmittedAwaitingApproval'],
  ['active', 'Active'],
  ['under review with an earlier version', 'UnderReview'],
  ['read-only for a family', 'ReadOnly'],
  ['dark theme', 'Dark'],
  ['high-contrast theme', 'HighContrast'],
  ['in Portuguese', 'Portuguese'],
];

describe('<service-plan-editor> accessibility (axe-core on each main state)', function () {
  // axe walks every node of a full plan; on a busy machine that takes longer than the default.
  this.timeout(60_000);

  for (const [label, story] of states) {
    it(`has no violation: ${label}`, async () => {
      const element = await renderStory(storyNamed(story));
      await settle(element);
      await expectNoAxeViolations(element);
    });
  }

  it('has no violation: conflict view with both versions', async () => {
    const element = await renderStory(storyNamed('Conflict'));
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="conflict"]'), 'no conflict shown');
    await settle(element);
    await expectNoAxeViolations(element);
  });

  it('has no violation: catalog picker open and the versions compared', async () => {
    const element = await renderStory(storyNamed('UnderReview'));
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="versions"] button')!.click();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[id$="open-catalog"]')!.click();
    await settle(element);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="catalog"]') && element.shadowRoot!.querySelector('[part~="version-view"]'));
    await expectNoAxeViolations(element);
  });
});
