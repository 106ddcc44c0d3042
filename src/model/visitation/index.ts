export * from './time-zone.js';
export * from './plan.js';
export * from './contact.js';
export * from './create.js';
