import type { CatalogEntry, PlanItemTemplate } from '../../../src/model/index.js';

/** The agency's service registry, as a host system would pass it. */
export const sampleCatalog: readonly CatalogEntry[] = [
  {
    id: 'svc-parenting-nurturing',
    name: 'Nurturing Parenting Program',
    description: 'Sixteen weekly group sessions on child development, positive discipline and routines.',
    category: 'parenting',
    provider: 'Family Resource Center',
    languages: ['en', 'es', 'pt-BR'],
    addressesNeeds: ['parenting skills', 'positive discipline', 'child development'],
    servesMultipleClients: true,
  },
  {
    id: 'svc-substance-iop',
    name: 'Intensive outpatient substance use treatment',
    description: 'Three evenings a week of group and individual counselling, with random drug screens.',
    category: 'substance-use',
    provider: 'Riverbend Recovery Services',
    languages: ['en', 'es'],
    addressesNeeds: ['sobriety', 'substance use', 'relapse prevention'],
    servesMultipleClients: false,
  },
  {
    id: 'svc-counselling',
    name: 'Individual counselling',
    description: 'Weekly sessions with a licensed therapist on trauma, stress and coping.',
    category: 'mental-health',
    provider: 'Lakeside Counselling',
    languages: ['en', 'pt-BR', 'fr'],
    addressesNeeds: ['mental health', 'trauma', 'coping with stress'],
    servesMultipleClients: false,
  },
  {
    id: 'svc-child-therapy',
    name: 'Play therapy for children',
    description: 'Play-based therapy for children who have been separated from their parents.',
    category: 'mental-health',
    provider: 'Lakeside Counselling',
    languages: ['en', 'es'],
    addressesNeeds: ['child trauma', 'separation', 'emotional well-being'],
    servesMultipleClients: false,
  },
  {
    id: 'svc-housing',
    name: 'Rapid rehousing assistance',
    description: 'Help finding a rental, a deposit and six months of rent support.',
    category: 'housing',
    provider: 'City Housing Authority',
    languages: ['en', 'es', 'pt-BR', 'fr'],
    addressesNeeds: ['stable housing', 'safe housing', 'rent'],
    servesMultipleClients: true,
  },
  {
    id: 'svc-employment',
    name: 'Job readiness and placement',
    description: 'CV writing, interview practice and introductions to local employers.',
    category: 'employment',
    provider: 'Workforce Partners',
    languages: ['en', 'es'],
    addressesNeeds: ['employment', 'stable income'],
    servesMultipleClients: false,
  },
  {
    id: 'svc-tutoring',
    name: 'After-school tutoring',
    description: 'Reading and maths support twice a week at the child’s school.',
    category: 'education',
    provider: 'Lincoln Elementary School',
    languages: ['en'],
    addressesNeeds: ['school attendance', 'reading', 'education'],
    servesMultipleClients: false,
  },
];

/** Administratively defined plan items: name and purpose are fixed for every plan. */
export const sampleTemplates: readonly PlanItemTemplate[] = [
  { id: 'tpl-drug-screen', name: 'Random drug screening', purpose: 'Show continued sobriety with negative screens.', kind: 'unit-delivery', unitType: 'screen' },
  { id: 'tpl-parenting-class', name: 'Parenting class attendance', purpose: 'Learn and practise safe, nurturing parenting.', kind: 'unit-delivery', unitType: 'session' },
  { id: 'tpl-home-visit', name: 'Monthly caseworker home visit', purpose: 'See the child in the placement and check safety and well-being.', kind: 'basic' },
  { id: 'tpl-medical-check', name: 'Well-child medical check', purpose: 'Keep immunisations and health checks up to date.', kind: 'basic' },
];
