import type { Messages } from '../exchange.js';

/** French: the `exchange` messages. */
export const fr: Messages = {
  'exchange.not-json': 'Ce fichier est illisible : ce n’est pas une exportation de cette application. Rien n’a été importé.',
  'exchange.not-a-document': 'Ce fichier ne contient pas d’exportation de cette application. Rien n’a été importé.',
  'exchange.wrong-format': 'Ce fichier n’a pas été exporté par cette application (il provient d’un autre système). Rien n’a été importé.',
  'exchange.invalid-format-version': 'La version de ce fichier d’exportation est absente ou invalide. Rien n’a été importé.',
  'exchange.newer-format':
    'Ce fichier a été exporté par une version plus récente de cette application (format {version} ; cette version lit le format {supported}). Mettez l’application à jour, puis importez de nouveau. Rien n’a été importé.',
  'exchange.duplicate-record': 'Cet enregistrement figure deux fois dans le fichier. Rien n’a été importé.',
  'exchange.other-case': 'Cet enregistrement appartient à un autre dossier que le plan contenu dans le fichier. Rien n’a été importé.',
  'exchange.other-plan': 'Cette version antérieure appartient à un autre plan que celui du fichier. Rien n’a été importé.',
  'exchange.orphan-history': 'Cette entrée d’historique concerne un enregistrement absent du fichier. Rien n’a été importé.',
  'exchange.history-broken': 'L’historique de cet enregistrement a été modifié ou est incomplet : il n’est pas fiable. Rien n’a été importé.',
  'exchange.stored-is-newer':
    'Une version plus récente de cet enregistrement est déjà enregistrée ici. Elle a été conservée telle quelle et rien n’a été importé. Vérifiez l’enregistrement existant avant d’importer de nouveau.',
  'exchange.diverged':
    'Cet enregistrement a été modifié ici et dans le fichier depuis qu’ils étaient identiques : aucun ne peut remplacer l’autre. Rien n’a été importé. Comparez les deux versions, puis importez de nouveau.',
  'exchange.unreadable':
    'Ce fichier ne peut pas être lu. Rien n’a été importé.',
};
