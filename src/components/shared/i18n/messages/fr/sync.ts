import type { Messages } from '../sync.js';

/** French: the `sync` messages. */
export const fr: Messages = {
  'sync.online': 'Toutes les modifications ont été envoyées au serveur de l’organisme',
  'sync.syncing': 'Envoi et réception des modifications…',
  'sync.offline': {
    zero: 'Hors ligne : le serveur de l’organisme est injoignable. Vos modifications sont conservées sur cet appareil.',
    one: 'Hors ligne : 1 modification est conservée sur cet appareil et sera envoyée au retour de la connexion.',
    other: 'Hors ligne : {count} modifications sont conservées sur cet appareil et seront envoyées au retour de la connexion.',
  },
  'sync.pending': { zero: 'Toutes les modifications ont été envoyées au serveur de l’organisme', one: '1 modification en attente d’envoi', other: '{count} modifications en attente d’envoi' },
  'sync.error': 'Le serveur de l’organisme n’a pas accepté les modifications pour le moment. Elles sont conservées sur cet appareil et seront renvoyées.',
  'sync.unauthorized': 'Votre session a expiré : reconnectez-vous pour que vos modifications soient envoyées. Elles sont conservées sur cet appareil.',
  'sync.conflicts': {
    one: '1 dossier a aussi été modifié par quelqu’un d’autre : ouvrez-le pour choisir ce qu’il faut garder.',
    other: '{count} dossiers ont aussi été modifiés par quelqu’un d’autre : ouvrez-les pour choisir ce qu’il faut garder.',
  },
  'sync.rejected': {
    one: '1 modification a été refusée par le serveur de l’organisme. Elle est conservée sur cet appareil ; contactez votre administrateur.',
    other: '{count} modifications ont été refusées par le serveur de l’organisme. Elles sont conservées sur cet appareil ; contactez votre administrateur.',
  },
  // Sync: records kept on this device because their case is not in this caseworker's caseload (issue 8q1).
  'sync.out-of-scope': {
    one: '1 enregistrement perdu par le serveur de l’organisme est conservé sur cet appareil seulement : son dossier ne fait pas partie de ceux qui vous sont attribués. Il sera envoyé si ce dossier vous est confié à nouveau ; prévenez votre responsable.',
    other: '{count} enregistrements perdus par le serveur de l’organisme sont conservés sur cet appareil seulement : leurs dossiers ne font pas partie de ceux qui vous sont attribués. Ils seront envoyés si ces dossiers vous sont confiés à nouveau ; prévenez votre responsable.',
  },
  'sync.author-not-token-user': 'Le serveur de l’organisme a refusé cette modification : elle désigne comme auteur une personne au nom de laquelle vous ne pouvez pas écrire. Elle est conservée sur cet appareil ; contactez votre administrateur.',
  'sync.author-changed': 'Le serveur de l’organisme a refusé cette modification : l’auteur d’un enregistrement ne peut pas être changé. Elle est conservée sur cet appareil ; contactez votre administrateur.',
  'sync.unstorable-record': 'Le serveur de l’organisme n’a pas pu enregistrer cette modification (sa base de données l’a refusée). Elle est conservée sur cet appareil ; contactez votre administrateur.',
};
