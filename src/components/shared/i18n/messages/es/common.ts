import type { Messages } from '../common.js';

/** Spanish: the `common` messages. */
export const es: Messages = {
  'common.save': 'Guardar',
  'common.cancel': 'Cancelar',
  'common.undo': 'Deshacer',
  'common.redo': 'Rehacer',
  'common.retry': 'Volver a intentar',
  'common.remove': 'Quitar',
  'common.confirm': 'Confirmar',
  'common.close': 'Cerrar',
  'common.edit': 'Editar',
  'common.loading': 'Cargando…',
  'common.required': 'obligatorio',
  'common.save-state.dirty': 'Cambios sin guardar',
  'common.save-state.saving': 'Guardando…',
  'common.save-state.saved': 'Todos los cambios se guardaron',
  'common.save-state.saved-at': 'Todos los cambios se guardaron a las {time}',
  'common.save-state.failed': 'No se pudieron guardar sus cambios.',
  'common.save-state.conflict': 'Otra persona guardó cambios en este registro mientras usted trabajaba.',
  'common.status.draft': 'Borrador',
  'common.status.submitted': 'Enviado para aprobación',
  'common.status.under-review': 'Revisión del plan en curso',
  'common.status.active': 'Vigente',
  'common.status.completed': 'Completado',
  'common.status.closed': 'Cerrado',
  'common.status.cancelled': 'Cancelado',
  'common.status.approved': 'Aprobado',
  'common.status.declined': 'Rechazado',
  'common.status.overdue': 'Vencido',
  'common.status.not-started': 'Sin iniciar',
  'common.status.in-progress': 'En curso',
  'common.storage-warning.title': 'Su trabajo no se está conservando',
  'common.storage-warning.body':
    'Este navegador no puede conservar los registros: todo lo que se ingrese aquí se perderá al cerrar o volver a cargar la página. Consulte con el administrador del sistema antes de ingresar información del caso.',
  'common.progress.text': '{value} de {max} ({percent})',
  'common.confirm.title': 'Confirmación',
  'common.error.generic': 'Algo salió mal. Su trabajo guardado está a salvo; vuelva a intentarlo.',
  'common.errors.count': { one: '{count} problema por corregir', other: '{count} problemas por corregir' },
  'violation.generic': 'Este valor no es válido. Revíselo, por favor.',
  // issue 12 (one way to build an element): one phrase for a person the elements cannot name
  'common.person-unknown': 'Alguien que no figura en el caso',
  // Issue 15 point 9: the printed plan (header, page numbers, sections a court reads).
  "common.print.page-of": "Página {page} de {pages}",
  // Fixes 5f (dates in messages): an ISO week in a message's params ('2026-W10'), by the day it starts.
  'common.week-of': 'Semana del {date}',
};
