import { registerMessages } from '../catalog.js';
// Field problems inside an import file use the shared value.* and storage.* texts.
import './values.js';
import './storage-errors.js';

/** What an import of an export file can report: each problem comes with the path of the part concerned. */
export const exchangeMessages = registerMessages('exchange', {
  en: {
    'exchange.not-json': 'This file cannot be read: it is not an export from this application. Nothing was imported.',
    'exchange.not-a-document': 'This file does not contain an export from this application. Nothing was imported.',
    'exchange.wrong-format': 'This file was not exported by this application (it comes from another system). Nothing was imported.',
    'exchange.invalid-format-version': 'The version of this export file is missing or not valid. Nothing was imported.',
    'exchange.newer-format':
      'This file was exported by a newer version of this application (format {version}; this version reads format {supported}). Update the application, then import again. Nothing was imported.',
    'exchange.duplicate-record': 'This record appears twice in the file. Nothing was imported.',
    'exchange.other-case': 'This record belongs to a different case than the plan in the file. Nothing was imported.',
    'exchange.other-plan': 'This earlier version belongs to a different plan than the one in the file. Nothing was imported.',
    'exchange.orphan-history': 'This history entry belongs to a record that is not in the file. Nothing was imported.',
    'exchange.history-broken': 'The history of this record has been altered or is incomplete, so it cannot be trusted. Nothing was imported.',
    'exchange.stored-is-newer':
      'A more recent version of this record is already saved here. It was kept unchanged, and nothing was imported. Review the saved record before importing again.',
  },
  es: {
    'exchange.not-json': 'No se puede leer este archivo: no es una exportación de esta aplicación. No se importó nada.',
    'exchange.not-a-document': 'Este archivo no contiene una exportación de esta aplicación. No se importó nada.',
    'exchange.wrong-format': 'Este archivo no fue exportado por esta aplicación (proviene de otro sistema). No se importó nada.',
    'exchange.invalid-format-version': 'La versión de este archivo de exportación falta o no es válida. No se importó nada.',
    'exchange.newer-format':
      'Este archivo fue exportado por una versión más reciente de esta aplicación (formato {version}; esta versión lee el formato {supported}). Actualice la aplicación y vuelva a importar. No se importó nada.',
    'exchange.duplicate-record': 'Este registro aparece dos veces en el archivo. No se importó nada.',
    'exchange.other-case': 'Este registro pertenece a un caso distinto del plan incluido en el archivo. No se importó nada.',
    'exchange.other-plan': 'Esta versión anterior pertenece a un plan distinto del incluido en el archivo. No se importó nada.',
    'exchange.orphan-history': 'Esta entrada del historial pertenece a un registro que no está en el archivo. No se importó nada.',
    'exchange.history-broken': 'El historial de este registro fue alterado o está incompleto, por lo que no es confiable. No se importó nada.',
    'exchange.stored-is-newer':
      'Aquí ya está guardada una versión más reciente de este registro. Se conservó sin cambios y no se importó nada. Revise el registro guardado antes de volver a importar.',
  },
  fr: {
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
  },
  pt: {
    'exchange.not-json': 'Não é possível ler este arquivo: ele não é uma exportação deste aplicativo. Nada foi importado.',
    'exchange.not-a-document': 'Este arquivo não contém uma exportação deste aplicativo. Nada foi importado.',
    'exchange.wrong-format': 'Este arquivo não foi exportado por este aplicativo (ele vem de outro sistema). Nada foi importado.',
    'exchange.invalid-format-version': 'A versão deste arquivo de exportação está ausente ou não é válida. Nada foi importado.',
    'exchange.newer-format':
      'Este arquivo foi exportado por uma versão mais recente deste aplicativo (formato {version}; esta versão lê o formato {supported}). Atualize o aplicativo e importe novamente. Nada foi importado.',
    'exchange.duplicate-record': 'Este registro aparece duas vezes no arquivo. Nada foi importado.',
    'exchange.other-case': 'Este registro pertence a um caso diferente do plano contido no arquivo. Nada foi importado.',
    'exchange.other-plan': 'Esta versão anterior pertence a um plano diferente do contido no arquivo. Nada foi importado.',
    'exchange.orphan-history': 'Esta entrada do histórico pertence a um registro que não está no arquivo. Nada foi importado.',
    'exchange.history-broken': 'O histórico deste registro foi alterado ou está incompleto, por isso não é confiável. Nada foi importado.',
    'exchange.stored-is-newer':
      'Uma versão mais recente deste registro já está salva aqui. Ela foi mantida sem alterações e nada foi importado. Revise o registro salvo antes de importar novamente.',
  },
});
