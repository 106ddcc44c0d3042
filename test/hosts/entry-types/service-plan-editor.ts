// Type-checked alone (scripts/test-package.mjs): the editor's entry types its tag and every event it fires.
import 'caseplan-elements/service-plan-editor.js';

const editor = document.createElement('service-plan-editor');
editor.addEventListener('cp-status-change', (event) => console.log(event.detail.status));
editor.addEventListener('cp-open-visitation-plan', (event) => console.log(event.detail));
editor.addEventListener('cp-plan-created', (event) => console.log(event.detail));
editor.addEventListener('cp-saved', (event) => console.log(event.detail.id));
