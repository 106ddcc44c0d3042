// Importing this module registers <contact-log> (and the parts it uses).
import { ContactLog } from '../components/contact-log/contact-log.js';
import { defineElement } from '../define/define-element.js';

export { ContactLog };
defineElement('contact-log', ContactLog);
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
