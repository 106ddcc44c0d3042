// Type-checked alone (scripts/test-package.mjs): the planner's entry types its tag and its cp-* events.
import 'caseplan-elements/visitation-planner.js';

const planner = document.createElement('visitation-planner');
planner.addEventListener('cp-saved', (event) => console.log(event.detail.version));
planner.addEventListener('cp-error', (event) => console.log(event.detail.code));
