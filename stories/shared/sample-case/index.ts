export * from './people.js';
export * from './catalog.js';
export * from './dates.js';
export * from './case-plan.js';
export * from './visitation.js';
export * from './seed.js';
