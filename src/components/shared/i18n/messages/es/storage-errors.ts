import type { Messages } from '../storage-errors.js';

/** Spanish: the `storage-errors` messages. */
export const es: Messages = {
  'storage.decrypt-failed':
    'Estos registros están cifrados y no se pudieron abrir con la clave actual. Cierre la sesión y vuelva a iniciarla; si el problema continúa, comuníquese con el administrador del sistema. No se cambió nada.',
  'storage.duplicate-write': 'El mismo registro se incluyó dos veces en un mismo guardado, por lo que no se guardó nada. Vuelva a intentarlo.',
  'storage.clear-field-mismatch':
    'Un registro guardado fue alterado fuera de esta aplicación y no es fiable. Se conservó sin cambios; comuníquese con el administrador del sistema.',
  'storage.cleared':
    'Se borraron los datos locales de este dispositivo (alguien cerró la sesión, aquí o en otra pestaña). Recargue la página para continuar; ya no se muestra nada de lo guardado antes.',
  // Issue 11: storage changed on a running element
  'storage.switched-record-absent':
    'El almacenamiento en uso cambió y este registro no está en él. Lo que escribió se conserva en el formulario; al guardar, se almacena allí como un registro nuevo.',
  'storage.switched-edits-waiting':
    'No se pudo leer el nuevo almacenamiento. Lo que escribió se conserva en esta página, aún sin guardar: se guardará allí en cuanto se pueda leer (Volver a intentar). Si cierra la página ahora, se pierde.',
};
