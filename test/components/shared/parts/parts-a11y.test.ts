import { html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { StorageAdapter } from '../../../../src/storage/adapter.js';
import '../../../../src/define/all-elements.js';
import { inputField, selectField, textAreaField } from '../../../../src/components/shared/parts/field.js';
import { expect } from '@open-wc/testing';
import { deepActiveElement, expectNoAxeViolations, tabTo } from '../../a11y-helpers.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

const forgetfulStorage = { name: 'memory', persistent: false } as StorageAdapter;

/** Every shared part, in the states that show the most (errors, every badge tone, a failed save). */
function allParts(theme: string | undefined, locale: string) {
  return html`<test-surface theme=${ifDefined(theme)} locale=${locale}>
    <cp-storage-warning .storage=${forgetfulStorage}></cp-storage-warning>
    ${inputField({ id: 'goal', label: 'Goal', required: true, requiredNote: 'required', error: 'Use 200 characters at most.', hint: 'One sentence', value: '', onChange: () => undefined })}
    ${selectField({ id: 'visit-type', label: 'Visit type', value: 'video', options: [{ value: 'video', label: 'Video' }], onChange: () => undefined })}
    ${textAreaField({ id: 'notes', label: 'Notes', disabled: true, value: '', onChange: () => undefined })}
    ${['draft', 'submitted', 'under-review', 'active', 'declined', 'overdue'].map((status) => html`<cp-status-badge status=${status}></cp-status-badge>`)}
    <cp-progress label="Sessions delivered" value="5" max="12"></cp-progress>
    <cp-save-indicator state="failed" .error=${{ code: 'storage.aborted' }}></cp-save-indicator>
    <cp-save-indicator state="saved" saved-at="2025-03-01T10:00:00Z"></cp-save-indicator>
    <cp-live-region></cp-live-region>
    <cp-confirm>Remove this item?</cp-confirm>
  </test-surface>`;
}

describe('shared parts accessibility', () => {
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const surface = await mount<TestSurface>(allParts(theme, 'en'));
      await settle(surface);
      await expectNoAxeViolations(surface);
    });
  }

  it('shows a visible focus ring where the keyboard lands', async () => {
    const surface = await mount<TestSurface>(allParts('light', 'en'));
    await settle(surface);
    const retry = await tabTo((element) => element.getAttribute('part') === 'retry-button');
    expect(deepActiveElement()).to.equal(retry);
    const style = getComputedStyle(retry);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
  });

  it('has no axe violations in the system dark theme, in Portuguese', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    // No theme attribute from the start: a theme switched while the page shows would be checked mid-transition.
    const surface = await mount<TestSurface>(allParts(undefined, 'pt-BR'));
    await settle(surface);
    await expectNoAxeViolations(surface);
  });
});
