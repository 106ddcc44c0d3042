// `caseplan-elements/all.js`: importing it registers every element under its default tag and gives
// everything the root entry gives. The single-file build (dist/bundle/caseplan-elements.js) is this module.
import { defineElements } from '../define/define-elements.js';

export * from './index.js';

defineElements();
