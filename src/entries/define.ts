// `caseplan-elements/define.js`: registration by the host, when it chooses. Importing this module
// defines nothing; `defineElements({ prefix: 'acme' })` registers every element (so it carries all of
// them), `defineElement(tag, Class)` one class under the host's own tag.
export { defineElement, defineElements, caseplanElements, classForTag, type DefineElementsOptions, type DefineOutcome, type ElementClass } from '../define/index.js';
// Whatever it registers comes typed: the tags and the cp-* events.
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
export * from '../components/shared/events/index.js';
