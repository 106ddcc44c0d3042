/**
 * French for every element: importing this module registers the French catalogs of every feature. Elements
 * load it on demand the first time they resolve this language (a chunk of its own); a host that prefers
 * no extra request imports `caseplan-elements/locales/fr.js` up front.
 */
import { registerLocale } from '../components/shared/i18n/catalog.js';
import { fr as common } from '../components/shared/i18n/messages/fr/common.js';
import { fr as values } from '../components/shared/i18n/messages/fr/values.js';
import { fr as storageErrors } from '../components/shared/i18n/messages/fr/storage-errors.js';
import { fr as exchange } from '../components/shared/i18n/messages/fr/exchange.js';
import { fr as sync } from '../components/shared/i18n/messages/fr/sync.js';
import { fr as merge } from '../components/shared/i18n/messages/fr/merge.js';
import { fr as history } from '../components/shared/i18n/messages/fr/history.js';
import { fr as servicePlanViolations } from '../components/shared/i18n/messages/fr/service-plan-violations.js';
import { fr as visitationViolations } from '../components/shared/i18n/messages/fr/visitation-violations.js';
import { fr as servicePlanEditor } from '../components/service-plan-editor/messages/fr.js';
import { fr as visits } from '../components/visits-shared/messages/fr.js';
import { fr as visitationPlanner } from '../components/visitation-planner/messages/fr.js';
import { fr as contactLog } from '../components/contact-log/messages/fr.js';

registerLocale('fr', {
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
