import { registerMessages } from '../shared/i18n/catalog.js';

/*
 * Text of the compact view of a large plan's items (a summary line each, details on demand).
 * Kept apart from the editor's main catalog while that one is split per language.
 */
registerMessages('service-plan-editor-large-plan', {
  en: {
    'spe.item.show-details': 'Show details',
    'spe.item.hide-details': 'Hide details',
    'spe.item.show-details-named': 'Show the details of "{name}"',
    'spe.item.hide-details-named': 'Hide the details of "{name}"',
    'spe.item.summary-dates': '{start} to {end}',
    'spe.item.summary-responsible': 'Responsible: {name}',
    'spe.items.compact-hint': 'This plan has {count} plan items: each shows a summary. Open an item to read or change its details; items with a problem are open.',
  },
  es: {
    'spe.item.show-details': 'Ver detalles',
    'spe.item.hide-details': 'Ocultar detalles',
    'spe.item.show-details-named': 'Ver los detalles de «{name}»',
    'spe.item.hide-details-named': 'Ocultar los detalles de «{name}»',
    'spe.item.summary-dates': 'Del {start} al {end}',
    'spe.item.summary-responsible': 'Responsable: {name}',
    'spe.items.compact-hint': 'Este plan tiene {count} actividades: cada una muestra un resumen. Abra una actividad para leer o cambiar sus detalles; las actividades con un problema están abiertas.',
  },
  fr: {
    'spe.item.show-details': 'Afficher le détail',
    'spe.item.hide-details': 'Masquer le détail',
    'spe.item.show-details-named': 'Afficher le détail de « {name} »',
    'spe.item.hide-details-named': 'Masquer le détail de « {name} »',
    'spe.item.summary-dates': 'Du {start} au {end}',
    'spe.item.summary-responsible': 'Responsable : {name}',
    'spe.items.compact-hint': 'Ce plan compte {count} éléments de plan : chacun est résumé. Ouvrez un élément pour lire ou modifier son détail ; ceux qui posent un problème sont ouverts.',
  },
  pt: {
    'spe.item.show-details': 'Ver detalhes',
    'spe.item.hide-details': 'Ocultar detalhes',
    'spe.item.show-details-named': 'Ver os detalhes de "{name}"',
    'spe.item.hide-details-named': 'Ocultar os detalhes de "{name}"',
    'spe.item.summary-dates': 'De {start} a {end}',
    'spe.item.summary-responsible': 'Responsável: {name}',
    'spe.items.compact-hint': 'Este plano tem {count} ações: cada uma mostra um resumo. Abra uma ação para ler ou alterar os detalhes; as ações com algum problema ficam abertas.',
  },
});
