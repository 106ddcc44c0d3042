import type { ElementClass } from '../../../define/define-element.js';

/** The shared `cp-*` parts by tag. Elements list the ones they render in `static dependencies`. */
export const sharedParts: Record<string, ElementClass> = {};
