import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * `${keptNodes(lines)}` in child position: nodes the caller keeps (as `drawnOnce` lines), placed in order
 * with no Lit part per node (a list of nodes would get a child part and a marker each: ~0.3 MB of heap for
 * 5 000 lines). A node already in place is never moved or reinserted (focus, layout and
 * `content-visibility` stay): nodes no longer listed are removed first, then the missing ones inserted.
 * The range belongs to the directive: give its part no other value (one kind of value per `repeat` key).
 */
class KeptNodesDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('keptNodes() must be in child position');
  }

  render(_nodes: readonly Node[]): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [nodes]: [readonly Node[]]): typeof noChange {
    // The marker's own parent: on first render that is the template's fragment, not yet in the page
    // (`part.parentNode` names where it will go).
    const parent = part.startNode?.parentNode ?? part.parentNode;
    const end = part.endNode;
    const first = () => (part.startNode ? part.startNode.nextSibling : parent.firstChild);
    const wanted = new Set(nodes);
    for (let node = first(); node && node !== end; ) {
      const next: ChildNode | null = node.nextSibling;
      if (!wanted.has(node)) parent.removeChild(node);
      node = next;
    }
    let cursor = first();
    for (const node of nodes) {
      if (cursor === node) cursor = cursor.nextSibling;
      else parent.insertBefore(node, cursor);
    }
    return noChange;
  }
}

export const keptNodes = directive(KeptNodesDirective);
