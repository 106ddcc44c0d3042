import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssomStyle } from '../../../../src/components/shared/directives/cssom-style.js';

describe('cssomStyle', () => {
  it('sets inline style through the CSSOM, never with a style attribute a strict CSP would refuse', async () => {
    const originalSetAttribute = Element.prototype.setAttribute;
    const styleAttributeWrites: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') styleAttributeWrites.push(value);
      originalSetAttribute.call(this, name, value);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const draw = (width: string | undefined) => render(html`<span style=${cssomStyle({ 'inline-size': width, '--cp-bar-color': 'red' })}></span>`, host);
      draw('40%');
      const span = host.querySelector('span')!;
      expect(span.style.getPropertyValue('inline-size')).to.equal('40%');
      expect(span.style.getPropertyValue('--cp-bar-color')).to.equal('red');
      draw('75%');
      expect(span.style.getPropertyValue('inline-size')).to.equal('75%');
      draw(undefined);
      expect(span.style.getPropertyValue('inline-size')).to.equal('');
      expect(styleAttributeWrites).to.deep.equal([]);
    } finally {
      Element.prototype.setAttribute = originalSetAttribute;
    }
  });

  it('refuses to be bound anywhere but a style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssomStyle({ color: 'red' })}></span>`, host)).to.throw(/style attribute/);
  });
});
