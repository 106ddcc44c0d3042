/**
 * Text that `<visitation-planner>` and `<contact-log>` both show: English built in (messages/en.ts);
 * Spanish, French and Portuguese (Brazil) in messages/es.ts, fr.ts and pt.ts, which arrive with their
 * language (see src/locales). Each element imports this and its own catalog, so the log does not carry
 * the planner's. The Violation codes of the visitation model have their text in
 * shared/i18n/messages/visitation-violations.ts, imported here so both elements always have it.
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/visitation-violations.js';
import { en } from './messages/en.js';

registerMessages('visits', { en });
