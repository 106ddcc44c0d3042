/**
 * Portuguese (Brazil) for every element: importing this module registers the Portuguese (Brazil) catalogs of every feature. Elements
 * load it on demand the first time they resolve this language (a chunk of its own); a host that prefers
 * no extra request imports `caseplan-elements/locales/pt.js` up front.
 */
import { registerLocale } from '../components/shared/i18n/catalog.js';
import { pt as common } from '../components/shared/i18n/messages/pt/common.js';
import { pt as values } from '../components/shared/i18n/messages/pt/values.js';
import { pt as storageErrors } from '../components/shared/i18n/messages/pt/storage-errors.js';
import { pt as exchange } from '../components/shared/i18n/messages/pt/exchange.js';
import { pt as sync } from '../components/shared/i18n/messages/pt/sync.js';
import { pt as merge } from '../components/shared/i18n/messages/pt/merge.js';
import { pt as history } from '../components/shared/i18n/messages/pt/history.js';
import { pt as servicePlanViolations } from '../components/shared/i18n/messages/pt/service-plan-violations.js';
import { pt as visitationViolations } from '../components/shared/i18n/messages/pt/visitation-violations.js';
import { pt as servicePlanEditor } from '../components/service-plan-editor/messages/pt.js';
import { pt as visits } from '../components/visits-shared/messages/pt.js';
import { pt as visitationPlanner } from '../components/visitation-planner/messages/pt.js';
import { pt as contactLog } from '../components/contact-log/messages/pt.js';

registerLocale('pt', {
  common,
  values,
  'storage-errors': storageErrors,
  exchange,
  sync,
  merge,
  history,
  'service-plan-violations': servicePlanViolations,
  'visitation-violations': visitationViolations,
  'service-plan-editor': servicePlanEditor,
  visits,
  'visitation-planner': visitationPlanner,
  'contact-log': contactLog,
});
