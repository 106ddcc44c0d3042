import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CssomStyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Inline style set through the CSSOM (`element.style.setProperty`), never as a `style` attribute: a host
 * page with a strict Content Security Policy (style-src without 'unsafe-inline') refuses style attributes,
 * and Lit's styleMap writes one on first render. Property names are CSS names: `inline-size`, `--cp-x`.
 * Usage: `<div style=${cssomStyle({ 'inline-size': '40%' })}>`.
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') throw new Error('cssomStyle() must be bound to a style attribute');
  }

  render(_properties: CssomStyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [CssomStyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
