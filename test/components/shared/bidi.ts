// What a reader of a left-to-right page notices of a right-to-left name set among other words: it is a unit of
// its own (an isolate), so its digits and punctuation stay with it and the words around it keep their order.

const FSI = '\u2068';
const PDI = '\u2069';
const isolating = new Set(['isolate', 'isolate-override', 'plaintext']);

/** Every text node under `root` (through open shadow roots) that holds `text`. */
export function textNodesHolding(root: Node, text: string): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.includes(text)) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Whether this text node isolates `text`: the text carries FSI … PDI around exactly it (a message), or an
 * element holding exactly it (nothing else) is an isolate (a <bdi>, or computed unicode-bidi isolate/plaintext).
 */
export function isolates(node: Text, text: string): boolean {
  if (node.data.includes(`${FSI}${text}${PDI}`)) return true;
  for (let element = node.parentElement; element && element.textContent?.trim() === text; element = element.parentElement) {
    if (element.localName === 'bdi' || isolating.has(getComputedStyle(element).unicodeBidi)) return true;
  }
  return false;
}

/** Where `text` is shown without isolation: a short path (tag.class of the parents) and the line around it. */
export function unisolated(root: Node, text: string): string[] {
  return textNodesHolding(root, text)
    .filter((node) => !isolates(node, text) && !node.parentElement?.closest('option, style, script, textarea'))
    .map((node) => {
      const path: string[] = [];
      for (let element = node.parentElement; element && path.length < 3; element = element.parentElement) path.push(`${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`);
      return `${path.join(' < ')}: "${(node.parentElement?.textContent ?? node.data).replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
    });
}

/** Every aria-label under `root` (through shadow roots) that names `text`, and whether it isolates it. */
export function ariaLabelsNaming(root: Node, text: string): { label: string; isolated: boolean }[] {
  const found: { label: string; isolated: boolean }[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-valuetext']) {
        const label = node.getAttribute(name);
        if (label?.includes(text)) found.push({ label, isolated: label.includes(`${FSI}${text}${PDI}`) });
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** The drawn widths of the FSI and PDI around `text` wherever a text node carries them (0: nothing visible). */
export function isolateMarkWidths(root: Node, text: string): number[] {
  return textNodesHolding(root, `${FSI}${text}${PDI}`).flatMap((node) => {
    const start = node.data.indexOf(`${FSI}${text}${PDI}`);
    return [start, start + 1 + text.length].map((at) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().width;
    });
  });
}
