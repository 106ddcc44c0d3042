import { expect, html, oneEvent } from '@open-wc/testing';
import type { CpConfirm } from '../../../../src/components/shared/parts/cp-confirm.js';
import '../../../../src/define/all-elements.js';
import { deepActiveElement, expectNoAxeViolations, pressKey } from '../../a11y-helpers.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

async function setup(locale = 'en') {
  const surface = await mount<TestSurface>(html`<test-surface locale=${locale}>
    <button id="opener">Remove item</button>
    <cp-confirm danger confirm-label="Remove item">Remove “Parenting class”? This cannot be undone.</cp-confirm>
  </test-surface>`);
  const confirm = surface.querySelector<CpConfirm>('cp-confirm')!;
  const opener = surface.querySelector<HTMLButtonElement>('#opener')!;
  return { surface, confirm, opener };
}

function dialogOf(confirm: CpConfirm): HTMLDialogElement {
  return confirm.shadowRoot!.querySelector('dialog')!;
}

describe('<cp-confirm>', () => {
  it('opens as a modal dialog with focus on Cancel and no axe violations', async () => {
    const { confirm, opener } = await setup();
    opener.focus();
    void confirm.ask();
    await settle(confirm);
    const dialog = dialogOf(confirm);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('cancel-button');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    await expectNoAxeViolations(confirm);
    confirm.close(false);
  });

  it('resolves false on Escape, fires cp-cancel and gives focus back', async () => {
    const { confirm, opener } = await setup();
    opener.focus();
    const answer = confirm.ask();
    await settle(confirm);
    const cancelled = oneEvent(confirm, 'cp-cancel');
    await pressKey('Escape');
    expect(await answer).to.equal(false);
    await cancelled;
    await settle(confirm);
    expect(dialogOf(confirm).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('resolves true when the user tabs to the confirm button and presses Enter', async () => {
    const { confirm, opener } = await setup();
    opener.focus();
    const answer = confirm.ask();
    await settle(confirm);
    const confirmed = oneEvent(confirm, 'cp-confirm');
    await pressKey('Tab');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Remove item');
    await pressKey('Enter');
    expect(await answer).to.equal(true);
    await confirmed;
  });

  it('speaks the element language by default', async () => {
    const { confirm } = await setup('fr');
    confirm.confirmLabel = '';
    void confirm.ask();
    await settle(confirm);
    const texts = [...confirm.shadowRoot!.querySelectorAll('h2, button')].map((element) => element.textContent!.trim());
    expect(texts).to.deep.equal(['Veuillez confirmer', 'Annuler', 'Confirmer']);
    confirm.close(false);
  });
});
