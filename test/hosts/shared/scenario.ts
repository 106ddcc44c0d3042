// What every host app does, written as a vendor would against the published package only: a memory
// adapter of its own (persistent: it says it keeps the records), a case plan of more than 40 items,
// and a window.host handle the package check drives (language switch, what cp-saved brought).
import { MemoryStorageAdapter, createDraftPlan, type CpSavedEvent, type PlanItem, type ServicePlan } from 'caseplan-elements';

export const PLAN_ID = 'plan-host-check';
export const ITEM_COUNT = 45;

function item(index: number): PlanItem {
  return {
    id: `item-${index}`,
    source: { type: 'custom', name: `Plan item ${index + 1}`, purpose: 'Help the family.' },
    kind: 'basic',
    deliveries: [],
    status: 'not-started',
    expectedOutcome: '',
    actualOutcome: '',
    participantsNeeded: [],
    clientInstructions: '',
    workerSteps: '',
    responsibility: { type: 'caseworker' },
    expectedStart: '2026-01-10',
    expectedEnd: '2026-04-30',
  };
}

export function largePlan(): ServicePlan {
  const plan = createDraftPlan({
    id: PLAN_ID,
    caseId: 'case-host',
    planKind: 'outcome',
    createdBy: 'worker-1',
    createdAt: '2026-01-05T10:00:00.000Z',
    principalParticipantId: 'leo',
    participantIds: ['maria'],
    primaryClientId: 'leo',
  });
  const items = Array.from({ length: ITEM_COUNT }, (_, index) => item(index));
  return {
    ...plan,
    goal: { title: 'Leo returns home safely', description: '' },
    subGoals: [
      { id: 'sg-1', title: 'Parents build parenting skills', description: '', items: items.slice(0, 30) },
      { id: 'sg-2', title: 'Stable housing', description: '', items: items.slice(30) },
    ],
  };
}

export const participants = [
  { id: 'leo', name: 'Leo Almeida', role: 'child' as const },
  { id: 'maria', name: 'Maria Almeida', role: 'parent' as const },
];
export const currentUser = { id: 'worker-1', name: 'Claire Martin' };

export interface HostHandle {
  storage: MemoryStorageAdapter;
  saved: number[];
  setLocale(locale: string): void;
  ready: boolean;
}

declare global {
  interface Window {
    host: HostHandle;
  }
}

/** The host's storage, seeded with the large plan; `setLocale` is the framework's own way to switch. */
export async function prepareHost(setLocale: (locale: string) => void): Promise<HostHandle> {
  const storage = new MemoryStorageAdapter({ name: 'host-app', persistent: true });
  await storage.put('servicePlan', largePlan());
  window.host = { storage, saved: [], setLocale, ready: false };
  return window.host;
}

export function onSaved(event: CpSavedEvent): void {
  window.host.saved.push(event.detail.version);
}
