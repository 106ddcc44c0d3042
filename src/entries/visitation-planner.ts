// Importing this module registers <visitation-planner> (and the parts it uses).
import { VisitationPlanner } from '../components/visitation-planner/visitation-planner.js';
import { defineElement } from '../define/define-element.js';

export { VisitationPlanner };
defineElement('visitation-planner', VisitationPlanner);
// The tags and the cp-* events come typed with the element (HTMLElementTagNameMap, GlobalEventHandlersEventMap).
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
export * from '../components/shared/events/index.js';
