// The message catalogs the printed documents read, per language, for the print check (bundled for Node):
// to build each language's "page X of Y" and to find English labels left in a Spanish, French or
// Portuguese printout.
import type { Message } from '../../src/components/shared/i18n/catalog.js';
import { en as speEn } from '../../src/components/service-plan-editor/messages/en.js';
import { es as speEs } from '../../src/components/service-plan-editor/messages/es.js';
import { fr as speFr } from '../../src/components/service-plan-editor/messages/fr.js';
import { pt as spePt } from '../../src/components/service-plan-editor/messages/pt.js';
import { en as contactEn } from '../../src/components/contact-log/messages/en.js';
import { es as contactEs } from '../../src/components/contact-log/messages/es.js';
import { fr as contactFr } from '../../src/components/contact-log/messages/fr.js';
import { pt as contactPt } from '../../src/components/contact-log/messages/pt.js';
import { en as commonEn } from '../../src/components/shared/i18n/messages/common.js';
import { es as commonEs } from '../../src/components/shared/i18n/messages/es/common.js';
import { fr as commonFr } from '../../src/components/shared/i18n/messages/fr/common.js';
import { pt as commonPt } from '../../src/components/shared/i18n/messages/pt/common.js';

export const catalogs: Record<string, Record<string, Message>> = {
  en: { ...commonEn, ...speEn, ...contactEn },
  es: { ...commonEs, ...speEs, ...contactEs },
  fr: { ...commonFr, ...speFr, ...contactFr },
  pt: { ...commonPt, ...spePt, ...contactPt },
};
