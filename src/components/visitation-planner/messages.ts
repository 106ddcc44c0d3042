/**
 * Text of `<visitation-planner>` and the parts it shares with `<contact-log>` (`visits.*`), in English,
 * Spanish, French and Portuguese (Brazil). The Violation codes of the model have their text in
 * shared/i18n/messages/visitation-violations.ts, imported here so the element always has it.
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/visitation-violations.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { pt } from './messages/pt.js';

export const visitationPlannerMessages = registerMessages('visitation-planner', { en, es, fr, pt });
