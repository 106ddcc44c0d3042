export * from './support.js';
export * from './planner-types.js';
export * from './planner-machine.js';
export * from './planner-selectors.js';
export * from './contact-log-types.js';
export * from './contact-log-machine.js';
export * from './contact-log-selectors.js';
