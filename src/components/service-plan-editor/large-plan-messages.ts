import { registerMessages } from '../shared/i18n/catalog.js';

/*
 * Text of an item's summary line (who and when), shown for every item of every plan.
 * Kept apart from the editor's main catalog while that one is split per language.
 */
registerMessages('service-plan-editor-large-plan', {
  en: {
    'spe.item.summary-dates': '{start} to {end}',
    'spe.item.summary-responsible': 'Responsible: {name}',
  },
  es: {
    'spe.item.summary-dates': 'Del {start} al {end}',
    'spe.item.summary-responsible': 'Responsable: {name}',
  },
  fr: {
    'spe.item.summary-dates': 'Du {start} au {end}',
    'spe.item.summary-responsible': 'Responsable : {name}',
  },
  pt: {
    'spe.item.summary-dates': 'De {start} a {end}',
    'spe.item.summary-responsible': 'Responsável: {name}',
  },
});
