// Importing this module registers <caseplan-provider> and nothing else: no element comes with it, so a
// page pays only for the elements it imports (`caseplan-elements/service-plan-editor.js`...). It also
// carries what a host needs around the elements: the typed cp-* events, the context keys and types.
// Registration under a host's own prefix is `caseplan-elements/define.js`.
import { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import { defineElement } from '../define/define-element.js';

export { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
export * from '../components/shared/events/index.js';
export { caseplanContexts, readNow, type CaseplanContextValues, type NowSource } from '../components/shared/context.js';
export { CurrentUserSchema, type CurrentUser } from '../components/shared/current-user.js';
export type { CaseplanTheme } from '../components/shared/caseplan-element.js';

defineElement('caseplan-provider', CaseplanProvider);
export type { CaseplanTagNameMap } from '../define/tag-name-map.js';
