import { sharedParts } from '../components/shared/parts/index.js';
import { classForTag, defineElement, isValidPrefix } from './define-element.js';
import { caseplanElements } from './elements.js';

export interface DefineElementsOptions {
  /**
   * Register the public elements as `<prefix>-<tag>` (`acme-service-plan-editor`) to avoid a clash
   * with the host's own tags. The small internal parts keep their `cp-` names.
   */
  prefix?: string;
  registry?: CustomElementRegistry;
}

/**
 * Registers every caseplan element and the shared `cp-*` parts; returns the tag each element got,
 * by its default tag. Never throws: a taken tag or an invalid prefix gives a warning.
 */
export function defineElements(options: DefineElementsOptions = {}): Record<string, string> {
  const registry = options.registry ?? customElements;
  const prefix = options.prefix?.trim().toLowerCase();
  if (prefix !== undefined && !isValidPrefix(prefix)) {
    console.warn(`caseplan-elements: "${options.prefix}" is not a valid tag prefix (lowercase letters, digits and dashes); nothing was defined.`);
    return {};
  }
  for (const [tag, ctor] of Object.entries(sharedParts)) defineElement(tag, ctor, registry);
  const tags: Record<string, string> = {};
  for (const [defaultTag, ctor] of Object.entries(caseplanElements)) {
    const tag = prefix ? `${prefix}-${defaultTag}` : defaultTag;
    defineElement(tag, prefix ? classForTag(tag, ctor) : ctor, registry);
    tags[defaultTag] = tag;
  }
  return tags;
}
