/**
 * Text of `<contact-log>` in English, Spanish, French and Portuguese (Brazil). It also uses the
 * planner's shared `visits.*` and `planner.compliance.*` texts and the model's Violation texts.
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/visitation-violations.js';
import '../visitation-planner/messages.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { pt } from './messages/pt.js';

export const contactLogMessages = registerMessages('contact-log', { en, es, fr, pt });
