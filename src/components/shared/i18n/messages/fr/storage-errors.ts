import type { Messages } from '../storage-errors.js';

/** French: the `storage-errors` messages. */
export const fr: Messages = {
  'storage.decrypt-failed':
    'Ces données sont chiffrées et n’ont pas pu être ouvertes avec la clé actuelle. Déconnectez-vous puis reconnectez-vous ; si le problème persiste, contactez l’administrateur du système. Rien n’a été modifié.',
  'storage.duplicate-write': 'Le même dossier figurait deux fois dans un seul enregistrement : rien n’a été enregistré. Veuillez réessayer.',
  'storage.clear-field-mismatch':
    'Un enregistrement a été modifié en dehors de cette application et n’est pas fiable. Il a été conservé tel quel ; contactez votre administrateur système.',
  'storage.cleared':
    'Les données locales de cet appareil ont été effacées (quelqu’un s’est déconnecté, ici ou dans un autre onglet). Rechargez la page pour continuer ; plus rien de ce qui était enregistré n’est affiché.',
  // Issue 11: storage changed on a running element
  'storage.switched-record-absent':
    'Le stockage utilisé a changé et cet enregistrement n’y figure pas. Ce que vous avez saisi est conservé dans le formulaire ; l’enregistrer le stocke là comme un nouvel enregistrement.',
  'storage.switched-edits-waiting':
    'Le nouveau stockage n’a pas pu être lu. Ce que vous avez saisi est conservé sur cette page, pas encore enregistré : il y sera enregistré dès que le stockage pourra être lu (Réessayer). Fermer la page maintenant le perd.',
};
