export * from './document.js';
export * from './validate.js';
export * from './build.js';
