export { defineElement, classForTag, type ElementClass, type DefineOutcome } from './define-element.js';
export { defineElements, type DefineElementsOptions } from './define-elements.js';
export { caseplanElements } from './elements.js';
