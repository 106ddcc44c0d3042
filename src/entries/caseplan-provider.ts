// Importing this module registers <caseplan-provider>. It also carries what a host needs around the
// elements: registration under its own prefix, the typed cp-* events, the context keys and types.
import { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import { defineElement } from '../define/define-element.js';

export { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
export { defineElement, defineElements, caseplanElements, type DefineElementsOptions, type DefineOutcome, type ElementClass } from '../define/index.js';
export * from '../components/shared/events/index.js';
export { caseplanContexts, readNow, type CaseplanContextValues, type NowSource } from '../components/shared/context.js';
export { CurrentUserSchema, type CurrentUser } from '../components/shared/current-user.js';
export { CaseplanElement, type CaseplanTheme } from '../components/shared/caseplan-element.js';

defineElement('caseplan-provider', CaseplanProvider);
