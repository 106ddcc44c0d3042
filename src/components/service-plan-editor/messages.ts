/*
 * Every visible string of <service-plan-editor>. English is built in (messages/en.ts); Spanish, French
 * and Portuguese (Brazil) live in messages/es.ts, fr.ts and pt.ts and arrive with their language (see
 * src/locales). Violation and change texts of the plan model live in
 * shared/i18n/messages/service-plan-violations.ts; statuses, buttons and save states in the common
 * catalog. Vocabulary follows the users' documents (../shared/seeds): "plan de caso" and "submeta" (US
 * Spanish child welfare); "plan de service", "sous-objectif", "élément de plan", "jalon", "client
 * principal" (the French Cúram service-planning text) and "projet pour l'enfant" (French child
 * protection); "planejamento de resultados" and "plano de visitação" (the Portuguese Cúram text) and
 * "técnico de referência" (Brazilian social assistance).
 */
import { registerMessages } from '../shared/i18n/catalog.js';
import '../shared/i18n/messages/service-plan-violations.js';
import { en } from './messages/en.js';

registerMessages('service-plan-editor', { en });
