// Type-checked alone (scripts/test-package.mjs): importing one element's entry types its tag and its
// cp-* events, with nothing else imported. Found by RX (round 13): the element entries typed the tag only,
// so `event.detail` was an error on a plain Event.
import 'caseplan-elements/contact-log.js';

const log = document.createElement('contact-log');
log.addEventListener('cp-saved', (event) => console.log(event.detail.version));
log.addEventListener('cp-error', (event) => console.log(event.detail.code));
log.addEventListener('cp-change', (event) => console.log(event.detail));
log.addEventListener('cp-conflict', (event) => console.log(event.detail));
// A host listening on a container: the events bubble and are composed.
document.body.addEventListener('cp-saved', (event) => console.log(event.detail.id));
