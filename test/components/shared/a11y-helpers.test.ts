import { expect, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { deepActiveElement, expectNoAxeViolations, tabTo } from '../a11y-helpers.js';
import { mount } from './mount.js';

/** An input with no label, hidden in a shadow root: what the helpers must catch. */
class UnlabelledInput extends LitElement {
  override render() {
    return litHtml`<input type="text" /><button id="go">Go</button>`;
  }
}
customElements.define('test-unlabelled-input', UnlabelledInput);

describe('a11y helpers', () => {
  it('fail with a readable list when axe finds a violation inside a shadow root', async () => {
    const element = await mount<UnlabelledInput>(html`<test-unlabelled-input></test-unlabelled-input>`);
    let message = '';
    try {
      await expectNoAxeViolations(element);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('<test-unlabelled-input>');
    expect(message).to.contain('label');
    expect(message).to.contain('input');
  });

  it('reach an element inside a shadow root with real Tab presses', async () => {
    const element = await mount<UnlabelledInput>(html`<test-unlabelled-input></test-unlabelled-input>`);
    const button = element.shadowRoot!.getElementById('go')!;
    expect(await tabTo((candidate) => candidate === button)).to.equal(button);
    expect(deepActiveElement()).to.equal(button);
  });
});
