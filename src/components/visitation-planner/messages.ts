/**
 * Text of `<visitation-planner>` and the parts it shares with `<contact-log>` (`visits.*`): English built
 * in (messages/en.ts); Spanish, French and Portuguese (Brazil) in messages/es.ts, fr.ts and pt.ts, which
 * arrive with their language (see src/locales). The Violation codes of the model have their text in
 * shared/i18n/messages/visitation-violations.ts, imported here so the element always has it.
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/visitation-violations.js';
// What it shares with the contact log (visits.*, plan, schedule and compliance texts).
import '../visits-shared/messages.js';
import { en } from './messages/en.js';

registerMessages('visitation-planner', { en });
