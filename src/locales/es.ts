/**
 * Spanish for every element: importing this module registers the Spanish catalogs of every feature. Elements
 * load it on demand the first time they resolve this language (a chunk of its own); a host that prefers
 * no extra request imports `caseplan-elements/locales/es.js` up front.
 */
import { registerLocale } from '../components/shared/i18n/catalog.js';
import { es as common } from '../components/shared/i18n/messages/es/common.js';
import { es as values } from '../components/shared/i18n/messages/es/values.js';
import { es as storageErrors } from '../components/shared/i18n/messages/es/storage-errors.js';
import { es as exchange } from '../components/shared/i18n/messages/es/exchange.js';
import { es as sync } from '../components/shared/i18n/messages/es/sync.js';
import { es as merge } from '../components/shared/i18n/messages/es/merge.js';
import { es as history } from '../components/shared/i18n/messages/es/history.js';
import { es as servicePlanViolations } from '../components/shared/i18n/messages/es/service-plan-violations.js';
import { es as visitationViolations } from '../components/shared/i18n/messages/es/visitation-violations.js';
import { es as servicePlanEditor } from '../components/service-plan-editor/messages/es.js';
import { es as visits } from '../components/visits-shared/messages/es.js';
import { es as visitationPlanner } from '../components/visitation-planner/messages/es.js';
import { es as contactLog } from '../components/contact-log/messages/es.js';

registerLocale('es', {
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
