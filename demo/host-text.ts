// The host page's own words (the case-management system around the elements), in the four languages
// the elements speak, so switching language changes the whole page and not only the elements.
export type HostLocale = 'en' | 'es' | 'fr' | 'pt-BR';

const en = {
  skip: 'Skip to content',
  agency: 'Riverside Family Services',
  system: 'Case management',
  language: 'Language',
  theme: 'Theme',
  'theme-light': 'Light',
  'theme-dark': 'Dark',
  'theme-high-contrast': 'High contrast',
  'signed-in': 'Signed in as {name}',
  case: 'Case',
  'case-type': 'Child welfare · out-of-home care',
  age: 'Age',
  placement: 'In foster care with Linda Okafor',
  caseworker: 'Caseworker',
  hearing: 'Next court hearing',
  'goal-badge': 'Permanency goal: reunification',
  'case-nav': 'Case sections',
  'nav-plan': 'Case plan',
  'nav-visitation': 'Visitation',
  'nav-contacts': 'Contacts',
  'nav-people': 'People on the case',
  'nav-react': 'React host example',
  'demo-note': 'Demo data is kept in this browser (IndexedDB).',
  reset: 'Reset demo data',
  'storage-memory': 'This browser cannot keep records (IndexedDB unavailable): changes are lost when the page closes.',
  'role-child': 'Child',
  'role-parent': 'Parent',
  'role-relative': 'Relative',
  'role-foster-parent': 'Foster parent',
  'role-casa': 'CASA volunteer',
  'role-caseworker': 'Caseworker',
  'react-title': 'The same elements in a React application',
  'react-intro': 'This page is a small React app: it renders the caseplan elements through caseplan-elements/react and lists the events they send.',
  'react-events': 'Events received',
  'react-no-events': 'No events yet: change something in the plan.',
  'react-back': 'Back to the case page',
};
type HostTexts = typeof en;
export type HostTextKey = keyof HostTexts;

const es: HostTexts = {
  skip: 'Ir al contenido',
  agency: 'Servicios Familiares Riverside',
  system: 'Gestión de casos',
  language: 'Idioma',
  theme: 'Tema',
  'theme-light': 'Claro',
  'theme-dark': 'Oscuro',
  'theme-high-contrast': 'Alto contraste',
  'signed-in': 'Sesión iniciada como {name}',
  case: 'Caso',
  'case-type': 'Protección infantil · cuidado fuera del hogar',
  age: 'Edad',
  placement: 'En acogimiento familiar con Linda Okafor',
  caseworker: 'Trabajador/a social',
  hearing: 'Próxima audiencia judicial',
  'goal-badge': 'Objetivo de permanencia: reunificación',
  'case-nav': 'Secciones del caso',
  'nav-plan': 'Plan del caso',
  'nav-visitation': 'Visitas',
  'nav-contacts': 'Contactos',
  'nav-people': 'Personas del caso',
  'nav-react': 'Ejemplo con React',
  'demo-note': 'Los datos de demostración se guardan en este navegador (IndexedDB).',
  reset: 'Restablecer los datos de demostración',
  'storage-memory': 'Este navegador no puede guardar registros (IndexedDB no disponible): los cambios se pierden al cerrar la página.',
  'role-child': 'Niña/niño',
  'role-parent': 'Madre/padre',
  'role-relative': 'Familiar',
  'role-foster-parent': 'Familia de acogida',
  'role-casa': 'Voluntario CASA',
  'role-caseworker': 'Trabajador/a social',
  'react-title': 'Los mismos elementos en una aplicación React',
  'react-intro': 'Esta página es una pequeña aplicación React: muestra los elementos mediante caseplan-elements/react y lista los eventos que envían.',
  'react-events': 'Eventos recibidos',
  'react-no-events': 'Todavía no hay eventos: cambie algo en el plan.',
  'react-back': 'Volver a la página del caso',
};

const fr: HostTexts = {
  skip: 'Aller au contenu',
  agency: 'Services aux familles Riverside',
  system: 'Gestion des dossiers',
  language: 'Langue',
  theme: 'Thème',
  'theme-light': 'Clair',
  'theme-dark': 'Sombre',
  'theme-high-contrast': 'Contraste élevé',
  'signed-in': 'Connecté·e : {name}',
  case: 'Dossier',
  'case-type': 'Protection de l’enfance · placement hors du foyer',
  age: 'Âge',
  placement: 'En famille d’accueil chez Linda Okafor',
  caseworker: 'Travailleur social référent',
  hearing: 'Prochaine audience',
  'goal-badge': 'Projet de permanence : retour en famille',
  'case-nav': 'Sections du dossier',
  'nav-plan': 'Projet pour l’enfant',
  'nav-visitation': 'Droits de visite',
  'nav-contacts': 'Contacts',
  'nav-people': 'Personnes du dossier',
  'nav-react': 'Exemple avec React',
  'demo-note': 'Les données de démonstration sont conservées dans ce navigateur (IndexedDB).',
  reset: 'Réinitialiser les données de démonstration',
  'storage-memory': 'Ce navigateur ne peut pas conserver les données (IndexedDB indisponible) : les modifications seront perdues à la fermeture de la page.',
  'role-child': 'Enfant',
  'role-parent': 'Parent',
  'role-relative': 'Membre de la famille',
  'role-foster-parent': 'Assistante familiale',
  'role-casa': 'Bénévole CASA',
  'role-caseworker': 'Travailleur social',
  'react-title': 'Les mêmes éléments dans une application React',
  'react-intro': 'Cette page est une petite application React : elle affiche les éléments via caseplan-elements/react et liste les événements reçus.',
  'react-events': 'Événements reçus',
  'react-no-events': 'Aucun événement pour l’instant : modifiez quelque chose dans le projet.',
  'react-back': 'Retour à la page du dossier',
};

const ptBR: HostTexts = {
  skip: 'Ir para o conteúdo',
  agency: 'Serviços às Famílias Riverside',
  system: 'Gestão de casos',
  language: 'Idioma',
  theme: 'Tema',
  'theme-light': 'Claro',
  'theme-dark': 'Escuro',
  'theme-high-contrast': 'Alto contraste',
  'signed-in': 'Conectado como {name}',
  case: 'Caso',
  'case-type': 'Proteção à criança · acolhimento fora do lar',
  age: 'Idade',
  placement: 'Em família acolhedora com Linda Okafor',
  caseworker: 'Técnico de referência',
  hearing: 'Próxima audiência',
  'goal-badge': 'Objetivo de permanência: reintegração familiar',
  'case-nav': 'Seções do caso',
  'nav-plan': 'Plano individual de atendimento',
  'nav-visitation': 'Visitas',
  'nav-contacts': 'Contatos',
  'nav-people': 'Pessoas do caso',
  'nav-react': 'Exemplo com React',
  'demo-note': 'Os dados de demonstração ficam guardados neste navegador (IndexedDB).',
  reset: 'Restaurar os dados de demonstração',
  'storage-memory': 'Este navegador não consegue guardar registros (IndexedDB indisponível): as alterações se perdem ao fechar a página.',
  'role-child': 'Criança',
  'role-parent': 'Mãe/pai',
  'role-relative': 'Familiar',
  'role-foster-parent': 'Família acolhedora',
  'role-casa': 'Voluntário CASA',
  'role-caseworker': 'Técnico de referência',
  'react-title': 'Os mesmos elementos em um aplicativo React',
  'react-intro': 'Esta página é um pequeno aplicativo React: mostra os elementos por meio de caseplan-elements/react e lista os eventos que eles enviam.',
  'react-events': 'Eventos recebidos',
  'react-no-events': 'Nenhum evento ainda: altere algo no plano.',
  'react-back': 'Voltar à página do caso',
};

const texts: Record<HostLocale, HostTexts> = { en, es, fr, 'pt-BR': ptBR };

export function hostText(locale: HostLocale, key: HostTextKey, params: Record<string, string> = {}): string {
  return texts[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

export function isHostLocale(value: string | null | undefined): value is HostLocale {
  return value === 'en' || value === 'es' || value === 'fr' || value === 'pt-BR';
}

/** Fills every `[data-text]` element's text and every `[data-text-label]` element's aria-label. */
export function translatePage(locale: HostLocale, root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = hostText(locale, element.dataset['text'] as HostTextKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-text-label]')) {
    element.setAttribute('aria-label', hostText(locale, element.dataset['textLabel'] as HostTextKey));
  }
}
