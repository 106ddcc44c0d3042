// Registers every shipped language up front, as a host importing caseplan-elements/locales/*.js would:
// for tests that read the catalogs of all languages directly (no element loads them on demand there).
import '../../../../src/locales/es.js';
import '../../../../src/locales/fr.js';
import '../../../../src/locales/pt.js';
