export * from './support.js';
export * from './planner-types.js';
export * from './planner-machine.js';
export * from './planner-selectors.js';
