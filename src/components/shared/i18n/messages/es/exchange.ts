import type { Messages } from '../exchange.js';

/** Spanish: the `exchange` messages. */
export const es: Messages = {
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
  'exchange.diverged':
    'Este registro se modificó tanto aquí como en el archivo desde la última vez que coincidían, así que ninguno puede reemplazar al otro. No se importó nada. Compare las dos versiones y vuelva a importar.',
  'exchange.unreadable':
    'No se puede leer este archivo. No se importó nada.',
};
