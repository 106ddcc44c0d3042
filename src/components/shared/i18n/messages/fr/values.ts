import type { Messages } from '../values.js';

/** French: the `values` messages. */
export const fr: Messages = {
  'value.required': 'Ce champ est obligatoire.',
  'value.too-long': 'Utilisez au plus {max} caractères.',
  'value.too-many': 'Saisissez au plus {max} éléments.',
  'value.too-small': 'Saisissez une valeur d’au moins {min}.',
  'value.too-large': 'Saisissez une valeur d’au plus {max}.',
  'value.not-whole-number': 'Saisissez un nombre entier.',
  'value.invalid': 'Cette valeur n’est pas valide.',
  'value.control-characters': 'Supprimez les caractères de contrôle invisibles de ce texte.',
  'value.lone-surrogate': 'Ce texte contient la moitié d’un caractère (une partie d’un emoji ou d’un symbole) qui ne peut pas être enregistrée : supprimez-la et saisissez-le à nouveau.',
  'value.markup': 'Retirez les chevrons (< et >) : les noms ne peuvent pas contenir de balises.',
  'value.not-allowed': 'Choisissez l’une des options proposées.',
  'value.invalid-language': 'Saisissez un code de langue comme en, es, fr ou pt-BR.',
  'value.invalid-date': 'Saisissez une date valide.',
  'value.invalid-currency': 'Saisissez un code de devise à trois lettres, comme USD, EUR ou BRL.',
  'storage.quota-exceeded': 'Cet appareil n’a plus d’espace de stockage : la modification n’a pas été enregistrée. Libérez de l’espace et réessayez.',
  'storage.aborted': 'L’enregistrement a été interrompu et rien n’a été modifié. Veuillez réessayer.',
  'storage.unavailable': 'Les données ne peuvent pas être ouvertes dans ce navigateur pour le moment.',
  'storage.blocked': 'Un autre onglet ouvert bloque les données. Fermez les autres onglets de cette application et réessayez.',
  'storage.timeout': 'L’enregistrement a pris trop de temps et a été arrêté. Rien n’a été modifié ; veuillez réessayer.',
  'storage.newer-schema': 'Ces données ont été enregistrées par une version plus récente de cette application. Rechargez la page pour utiliser la dernière version.',
  'storage.unknown': 'Les données n’ont pas pu être lues ou enregistrées. Votre travail enregistré est en sécurité ; veuillez réessayer.',
  'storage.conflict': 'Une autre personne a enregistré ce dossier pendant que vous travailliez. Comparez les deux versions avant d’enregistrer de nouveau.',
  'storage.corrupt-record': 'Un enregistrement stocké est endommagé et ne peut pas être affiché. Il a été conservé tel quel ; contactez l’administrateur du système.',
  'storage.invalid-record': 'Ce dossier contient des valeurs qui ne peuvent pas être enregistrées. Corrigez les champs signalés et enregistrez de nouveau.',
  'input.invalid': 'Certaines informations transmises par le logiciel de gestion des dossiers ne sont pas valides et ont été ignorées.',
  'value.too-deep':
    'Cette valeur est trop imbriquée pour être enregistrée.',
  'value.too-big':
    'Cette valeur est trop volumineuse pour être enregistrée.',
  'value.unrecognized_keys':
    'Cet enregistrement contient un champ qui n’en fait pas partie ({field}) : rien n’a été enregistré.',
};
