import { expect, html } from '@open-wc/testing';
import { actionText } from '../../../../src/components/shared/parts/history-panel.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

describe('history panel: what a save did', () => {
  it('reads an older stored name (a command) and the name written now the same, in each language', async () => {
    for (const [locale, submitted] of [
      ['en', 'Submitted for approval'],
      ['fr', 'Soumis pour approbation'],
    ] as const) {
      const surface = await mount<TestSurface>(html`<test-surface locale=${locale}></test-surface>`);
      await settle(surface);
      const t = surface.localize;
      expect(actionText(t, 'plan.submitted'), locale).to.equal(submitted);
      expect(actionText(t, 'plan.submit'), locale).to.equal(submitted);
      expect(actionText(t, 'plan.undo'), locale).to.equal(actionText(t, 'plan.undone'));
      expect(actionText(t, 'conflict.set-aside'), locale).to.equal(actionText(t, 'set-aside-version.recorded'));
      expect(actionText(t, 'visitation-plan.version-restored'), locale).to.equal(t.term('history.action.visitation-plan.version-restored'));
    }
  });
});
