// Importing this module registers <contact-log> (and the parts it uses).
import { ContactLog } from '../components/contact-log/contact-log.js';
import { defineElement } from '../define/define-element.js';

export { ContactLog };
defineElement('contact-log', ContactLog);
// The tags and the cp-* events come typed with the element (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
export * from '../components/shared/events/index.js';
