import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { keptNodes } from '../../../../src/components/shared/directives/kept-nodes.js';

function line(name: string): HTMLElement {
  const article = document.createElement('article');
  article.dataset['name'] = name;
  const button = document.createElement('button');
  button.textContent = name;
  article.append(button);
  return article;
}

/** Every node the directive added to or removed from the host while `change` ran. */
async function mutationsDuring(host: Element, change: () => void): Promise<{ added: Node[]; removed: Node[] }> {
  const observer = new MutationObserver(() => undefined);
  observer.observe(host, { childList: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return { added: records.flatMap((record) => [...record.addedNodes]), removed: records.flatMap((record) => [...record.removedNodes]) };
}

describe('keptNodes', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(line) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  const names = (host: Element) => [...host.querySelectorAll('article')].map((article) => article.dataset['name']);
  const draw = (host: HTMLElement, lines: HTMLElement[]) => render(html`<h4>Items</h4>${keptNodes(lines)}<footer></footer>`, host);

  it('places the nodes in order between the template around them, with no marker per node', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, [a, b, c]);
    expect(names(host)).to.deep.equal(['a', 'b', 'c']);
    expect(host.firstElementChild!.tagName).to.equal('H4');
    expect(host.lastElementChild!.tagName).to.equal('FOOTER');
    const comments = [...host.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
    draw(host, [a, b, c, d]);
    expect([...host.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length, 'a node more, no marker more').to.equal(comments);
  });

  it('never moves or reinserts a node already in place: one removed before it, one added after it, focus stays', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, [a, b, c]);
    c.querySelector('button')!.focus();
    const removing = await mutationsDuring(host, () => draw(host, [a, c]));
    expect(removing.removed).to.deep.equal([b]);
    expect(removing.added).to.deep.equal([]);
    const adding = await mutationsDuring(host, () => draw(host, [a, c, d]));
    expect(adding.added).to.deep.equal([d]);
    expect(adding.removed).to.deep.equal([]);
    expect(names(host)).to.deep.equal(['a', 'c', 'd']);
    expect(document.activeElement).to.equal(c.querySelector('button'));
  });

  it('follows a new order and a replaced node', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, [a, b, c]);
    draw(host, [c, a, b]);
    expect(names(host)).to.deep.equal(['c', 'a', 'b']);
    draw(host, [c, d, b]);
    expect(names(host)).to.deep.equal(['c', 'd', 'b']);
    draw(host, []);
    expect(names(host)).to.deep.equal([]);
    expect(host.lastElementChild!.tagName).to.equal('FOOTER');
  });
});
