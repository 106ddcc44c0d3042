export * from './types.js';
export * from './machine.js';
export * from './selectors.js';
export { PLAN_KIND, REVISION_KIND, PlanNotFoundError } from './actors.js';
export { DEFAULT_AUTOSAVE_DELAY_MS } from './context-updates.js';
