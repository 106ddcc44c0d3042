import type { CaseParticipant } from '../../../src/model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../../src/model/catalog.js';
import type { PlanItem } from '../../../src/model/service-plan/plan-item.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';

export const TODAY = '2026-03-10';
export const NOW = new Date('2026-03-10T14:00:00.000Z');

/** A family on a child-welfare case: Maria (mother), João (father), Ana (14), Leo (4), and the worker. */
export const participants: CaseParticipant[] = [
  { id: 'maria', name: 'Maria Souza', role: 'parent', relationship: 'mother', preferredLanguage: 'pt-BR' },
  { id: 'joao', name: 'João Souza', role: 'parent', relationship: 'father' },
  { id: 'ana', name: 'Ana Souza', role: 'youth', birthDate: '2011-06-01' },
  { id: 'leo', name: 'Leo Souza', role: 'child', birthDate: '2021-09-15' },
  { id: 'worker-1', name: 'Claire Martin', role: 'caseworker' },
  { id: 'aunt', name: 'Rosa Lima', role: 'relative', relationship: 'maternal aunt' },
];

export const catalog: CatalogEntry[] = [
  {
    id: 'svc-parenting',
    name: 'Positive Parenting Program',
    description: 'Weekly group classes for parents of young children.',
    category: 'parenting',
    languages: ['en', 'es', 'pt-BR'],
    addressesNeeds: ['parenting skills', 'child development'],
    servesMultipleClients: true,
  },
  {
    id: 'svc-recovery',
    name: 'Outpatient Recovery Support',
    description: 'Substance use counselling and relapse prevention.',
    category: 'substance-use',
    languages: ['en', 'es'],
    addressesNeeds: ['sobriety', 'substance use'],
    servesMultipleClients: false,
  },
  {
    id: 'svc-housing',
    name: 'Aide au logement',
    description: 'Accompagnement vers un logement stable.',
    category: 'housing',
    provider: 'Habitat Solidaire',
    languages: ['fr'],
    addressesNeeds: ['stable housing', 'logement'],
    servesMultipleClients: true,
  },
  {
    id: 'svc-therapy',
    name: 'Family therapy',
    description: 'Therapeutic support for the whole family.',
    category: 'mental-health',
    languages: ['en', 'pt'],
    addressesNeeds: ['therapeutic support', 'parenting skills'],
    servesMultipleClients: true,
  },
];

export const templates: PlanItemTemplate[] = [
  { id: 'tpl-counselling', name: 'Counselling sessions', purpose: 'Address the causes of the crisis.', kind: 'unit-delivery', unitType: 'session' },
  { id: 'tpl-school', name: 'School enrolment', purpose: 'Keep the child in school.', kind: 'basic' },
];

export function basicItem(id: string, overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id,
    source: { type: 'custom', name: `Item ${id}`, purpose: 'Help the family.' },
    kind: 'basic',
    deliveries: [],
    status: 'not-started',
    expectedOutcome: '',
    actualOutcome: '',
    participantsNeeded: [],
    clientInstructions: '',
    workerSteps: '',
    responsibility: { type: 'caseworker' },
    ...overrides,
  };
}

export function unitItem(id: string, authorized: number, delivered: number[], overrides: Partial<PlanItem> = {}): PlanItem {
  return basicItem(id, {
    source: { type: 'template', templateId: 'tpl-counselling', name: 'Counselling sessions', purpose: 'Address the causes of the crisis.' },
    kind: 'unit-delivery',
    unitsAuthorized: authorized,
    unitType: 'session',
    deliveries: delivered.map((units, index) => ({ id: `${id}-d${index + 1}`, date: `2026-02-${String(index + 10)}`, units, note: '' })),
    ...overrides,
  });
}

/** A complete case plan, ready to submit: goal, two sub-goals, three items, a milestone. */
export function readyPlan(overrides: Partial<ServicePlan> = {}): ServicePlan {
  const plan = createDraftPlan({
    id: 'plan-1',
    caseId: 'case-1',
    planKind: 'outcome',
    createdBy: 'worker-1',
    createdAt: '2026-01-05T10:00:00.000Z',
    principalParticipantId: 'leo',
    participantIds: ['maria', 'joao', 'ana'],
    primaryClientId: 'leo',
  });
  return {
    ...plan,
    goal: { title: 'Leo returns home safely', description: 'Reunification within 12 months.' },
    subGoals: [
      {
        id: 'sg-1',
        title: 'Parents build parenting skills',
        description: '',
        items: [basicItem('item-1', { expectedStart: '2026-01-10', expectedEnd: '2026-04-30', responsibility: { type: 'participant', participantId: 'maria' } }), unitItem('item-2', 12, [2, 3])],
      },
      { id: 'sg-2', title: 'Stable housing', description: '', items: [basicItem('item-3', { expectedEnd: '2026-06-30' })] },
    ],
    milestones: [{ id: 'ms-1', title: 'First unsupervised visit', dueDate: '2026-05-01' }],
    needs: ['parenting skills', 'stable housing'],
    strengths: ['Strong bond with the aunt'],
    permanency: { primary: 'reunification', concurrent: 'placement-with-relative' },
    ...overrides,
  };
}
