export * from '../model/index.js';
export * from '../storage/index.js';
