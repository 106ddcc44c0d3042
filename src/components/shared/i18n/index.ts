export * from './catalog.js';
export * from './locale.js';
export * from './format-message.js';
export * from './intl-format.js';
export * from './localize-controller.js';
export { commonMessages } from './messages/common.js';
export { valueMessages } from './messages/values.js';
export { storageErrorMessages } from './messages/storage-errors.js';
export { exchangeMessages } from './messages/exchange.js';
