/**
 * Text of `<contact-log>`: English built in (messages/en.ts); Spanish, French and Portuguese (Brazil)
 * in messages/es.ts, fr.ts and pt.ts, which arrive with their language (see src/locales). It also uses
 * the texts it shares with the planner (`visits.*`, plan, schedule and compliance: visits-shared/messages)
 * and the model's Violation texts.
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/visitation-violations.js';
import '../visits-shared/messages.js';
import { en } from './messages/en.js';

registerMessages('contact-log', { en });
