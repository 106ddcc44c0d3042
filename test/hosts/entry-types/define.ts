// Type-checked alone (scripts/test-package.mjs): what define.js registers comes typed, tags and events.
import { defineElements } from 'caseplan-elements/define.js';

defineElements();
const log = document.createElement('contact-log');
log.addEventListener('cp-saved', (event) => console.log(event.detail.id));
