import type { Messages } from '../values.js';

/** Spanish: the `values` messages. */
export const es: Messages = {
  'value.required': 'Este campo es obligatorio.',
  'value.too-long': 'Use como máximo {max} caracteres.',
  'value.too-many': 'Ingrese como máximo {max} elementos.',
  'value.too-small': 'Ingrese un valor de al menos {min}.',
  'value.too-large': 'Ingrese un valor de {max} como máximo.',
  'value.not-whole-number': 'Ingrese un número entero.',
  'value.invalid': 'Este valor no es válido.',
  'value.control-characters': 'Quite los caracteres de control invisibles de este texto.',
  'value.lone-surrogate': 'Este texto contiene medio carácter (parte de un emoji o de un símbolo) que no se puede guardar: bórrelo y vuelva a escribirlo.',
  'value.markup': 'Quite los signos < y >: los nombres no pueden contener código.',
  'value.not-allowed': 'Elija una de las opciones de la lista.',
  'value.invalid-language': 'Ingrese un código de idioma como en, es, fr o pt-BR.',
  'value.invalid-date': 'Ingrese una fecha válida.',
  'value.invalid-currency': 'Ingrese un código de moneda de tres letras, como USD, EUR o BRL.',
  'storage.quota-exceeded': 'Este dispositivo no tiene espacio de almacenamiento, por lo que el cambio no se guardó. Libere espacio y vuelva a intentarlo.',
  'storage.aborted': 'El guardado se interrumpió y no se cambió nada. Vuelva a intentarlo.',
  'storage.unavailable': 'En este momento no se pueden abrir los registros en este navegador.',
  'storage.blocked': 'Otra pestaña abierta está bloqueando los registros. Cierre las demás pestañas de esta aplicación y vuelva a intentarlo.',
  'storage.timeout': 'El guardado tardó demasiado y se detuvo. No se cambió nada; vuelva a intentarlo.',
  'storage.newer-schema': 'Estos registros se guardaron con una versión más reciente de esta aplicación. Vuelva a cargar la página para usar la última versión.',
  'storage.unknown': 'No se pudieron leer ni guardar los registros. Su trabajo guardado está a salvo; vuelva a intentarlo.',
  'storage.conflict': 'Otra persona guardó este registro mientras usted trabajaba. Revise ambas versiones antes de volver a guardar.',
  'storage.corrupt-record': 'Un registro guardado está dañado y no se puede mostrar. Se conservó sin cambios; comuníquese con el administrador del sistema.',
  'storage.invalid-record': 'Este registro tiene valores que no se pueden guardar. Corrija los campos señalados y vuelva a guardar.',
  'input.invalid': 'Parte de la información enviada por el sistema de gestión de casos no es válida y se omitió.',
  'value.too-deep':
    'Este valor tiene demasiados niveles anidados para guardarse.',
  'value.too-big':
    'Este valor es demasiado grande para guardarse.',
  'value.unrecognized_keys':
    'Este registro tiene un campo que no le corresponde ({field}), así que no se guardó nada.',
};
