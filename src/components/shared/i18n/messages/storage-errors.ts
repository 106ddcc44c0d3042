import { registerMessages } from '../catalog.js';
// The other storage.* codes and the memory-fallback warning live in values.ts and common.ts.
import './values.js';
import './common.js';

/**
 * Storage error codes added with encryption at rest and transactions, beside the ones in values.ts:
 * a record that cannot be decrypted (wrong key, altered data) and a write listing one record twice.
 */
export const storageErrorMessages = registerMessages('storage-errors', {
  en: {
    'storage.decrypt-failed':
      'These records are encrypted and could not be opened with the current key. Sign out and sign in again; if this continues, contact your system administrator. Nothing was changed.',
    'storage.duplicate-write': 'The same record was included twice in one save, so nothing was saved. Please try again.',
  },
  es: {
    'storage.decrypt-failed':
      'Estos registros están cifrados y no se pudieron abrir con la clave actual. Cierre la sesión y vuelva a iniciarla; si el problema continúa, comuníquese con el administrador del sistema. No se cambió nada.',
    'storage.duplicate-write': 'El mismo registro se incluyó dos veces en un mismo guardado, por lo que no se guardó nada. Vuelva a intentarlo.',
  },
  fr: {
    'storage.decrypt-failed':
      'Ces données sont chiffrées et n’ont pas pu être ouvertes avec la clé actuelle. Déconnectez-vous puis reconnectez-vous ; si le problème persiste, contactez l’administrateur du système. Rien n’a été modifié.',
    'storage.duplicate-write': 'Le même dossier figurait deux fois dans un seul enregistrement : rien n’a été enregistré. Veuillez réessayer.',
  },
  pt: {
    'storage.decrypt-failed':
      'Estes registros estão criptografados e não puderam ser abertos com a chave atual. Saia e entre novamente no sistema; se o problema continuar, entre em contato com o administrador do sistema. Nada foi alterado.',
    'storage.duplicate-write': 'O mesmo registro foi incluído duas vezes em um único salvamento, por isso nada foi salvo. Tente novamente.',
  },
});
