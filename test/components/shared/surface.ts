import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../../src/components/shared/i18n/localize-controller.js';
import { baseStyles } from '../../../src/components/shared/styles/base.js';
import { tokens } from '../../../src/components/shared/styles/tokens.js';

/**
 * Stands in for a top-level caseplan element in tests of the small parts: it declares the tokens
 * (parts only use them), takes a `theme`, and passes its `locale` on to the parts inside it, so parts
 * render and speak as they would inside an element.
 */
export class TestSurface extends LitElement {
  static override styles = [tokens, baseStyles];
  @property({ reflect: true }) theme?: string;
  @property() locale?: string;
  readonly localize = new LocalizeController(this, { provide: true });
  override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('test-surface')) customElements.define('test-surface', TestSurface);
