// Registers every element the demo pages use (each entry defines its tag; registering twice is harmless).
import '../src/define/all-elements.js';
import '../src/entries/service-plan-editor.js';
import '../src/entries/visitation-planner.js';
import '../src/entries/contact-log.js';
