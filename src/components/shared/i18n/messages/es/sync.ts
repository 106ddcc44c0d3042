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
};
