import type { Messages } from '../sync.js';

/** Spanish: the `sync` messages. */
export const es: Messages = {
  'sync.online': 'Todos los cambios se enviaron al servidor de la agencia',
  'sync.syncing': 'Enviando y recibiendo cambios…',
  'sync.offline': {
    zero: 'Sin conexión: no se puede contactar con el servidor de la agencia. Sus cambios se conservan en este dispositivo.',
    one: 'Sin conexión: 1 cambio se conserva en este dispositivo y se enviará cuando vuelva la conexión.',
    other: 'Sin conexión: {count} cambios se conservan en este dispositivo y se enviarán cuando vuelva la conexión.',
  },
  'sync.pending': { zero: 'Todos los cambios se enviaron al servidor de la agencia', one: '1 cambio pendiente de envío', other: '{count} cambios pendientes de envío' },
  'sync.error': 'El servidor de la agencia no aceptó los cambios en este momento. Se conservan en este dispositivo y se enviarán de nuevo.',
  'sync.unauthorized': 'Su sesión ha caducado: inicie sesión de nuevo para que se envíen sus cambios. Se conservan en este dispositivo.',
  'sync.conflicts': {
    one: 'Otra persona también cambió 1 registro: ábralo para elegir qué conservar.',
    other: 'Otra persona también cambió {count} registros: ábralos para elegir qué conservar.',
  },
  'sync.rejected': {
    one: 'El servidor de la agencia rechazó 1 cambio. Se conserva en este dispositivo; contacte con su administrador.',
    other: 'El servidor de la agencia rechazó {count} cambios. Se conservan en este dispositivo; contacte con su administrador.',
  },
  // Sync: records kept on this device because their case is not in this caseworker's caseload (issue 8q1).
  'sync.out-of-scope': {
    one: '1 registro que el servidor de la agencia perdió se conserva solo en este dispositivo: su caso no está en su carga de casos. Se enviará si le devuelven el caso; avise a su supervisor.',
    other: '{count} registros que el servidor de la agencia perdió se conservan solo en este dispositivo: sus casos no están en su carga de casos. Se enviarán si le devuelven los casos; avise a su supervisor.',
  },
  'sync.author-not-token-user': 'El servidor de la agencia rechazó este cambio: indica como autor a alguien en cuyo nombre usted no puede escribir. Se conserva en este dispositivo; contacte con su administrador.',
  'sync.author-changed': 'El servidor de la agencia rechazó este cambio: el autor de un registro no se puede cambiar. Se conserva en este dispositivo; contacte con su administrador.',
  'sync.unstorable-record': 'El servidor de la agencia no pudo guardar este cambio (su base de datos lo rechazó). Se conserva en este dispositivo; contacte con su administrador.',
};
