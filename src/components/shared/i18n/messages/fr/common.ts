import type { Messages } from '../common.js';

/** French: the `common` messages. */
export const fr: Messages = {
  'common.save': 'Enregistrer',
  'common.cancel': 'Annuler',
  'common.undo': 'Défaire',
  'common.redo': 'Rétablir',
  'common.retry': 'Réessayer',
  'common.remove': 'Retirer',
  'common.confirm': 'Confirmer',
  'common.close': 'Fermer',
  'common.edit': 'Modifier',
  'common.loading': 'Chargement…',
  'common.required': 'obligatoire',
  'common.save-state.dirty': 'Modifications non enregistrées',
  'common.save-state.saving': 'Enregistrement…',
  'common.save-state.saved': 'Toutes les modifications sont enregistrées',
  'common.save-state.saved-at': 'Toutes les modifications sont enregistrées ({time})',
  'common.save-state.failed': 'Vos modifications n’ont pas pu être enregistrées.',
  'common.save-state.conflict': 'Une autre personne a enregistré des modifications de ce dossier pendant que vous travailliez.',
  'common.status.draft': 'Brouillon',
  'common.status.submitted': 'Soumis pour approbation',
  'common.status.under-review': 'Révision du plan en cours',
  'common.status.active': 'En vigueur',
  'common.status.completed': 'Réalisé',
  'common.status.closed': 'Clôturé',
  'common.status.cancelled': 'Annulé',
  'common.status.approved': 'Approuvé',
  'common.status.declined': 'Refusé',
  'common.status.overdue': 'En retard',
  'common.status.not-started': 'Non commencé',
  'common.status.in-progress': 'En cours',
  'common.storage-warning.title': 'Votre travail n’est pas conservé',
  'common.storage-warning.body':
    'Ce navigateur ne peut pas conserver les données : tout ce qui est saisi ici sera perdu à la fermeture ou au rechargement de la page. Consultez l’administrateur du système avant de saisir des informations sur le dossier.',
  'common.progress.text': '{value} sur {max} ({percent})',
  'common.confirm.title': 'Veuillez confirmer',
  'common.error.generic': 'Un problème est survenu. Votre travail enregistré est en sécurité ; veuillez réessayer.',
  'common.errors.count': { one: '{count} problème à corriger', other: '{count} problèmes à corriger' },
  'violation.generic': 'Cette valeur n’est pas valide. Veuillez la vérifier.',
  // issue 12 (one way to build an element): one phrase for a person the elements cannot name
  'common.person-unknown': 'Une personne absente de la liste du dossier',
  // Issue 15 point 9: the printed plan (header, page numbers, sections a court reads).
  "common.print.page-of": "Page {page} sur {pages}",
  // Fixes 5f (dates in messages): an ISO week in a message's params ('2026-W10'), by the day it starts.
  'common.week-of': 'Semaine du {date}',
};
