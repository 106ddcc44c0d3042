import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, mountEditor, printedText, uniqueDatabaseName, untilSaved } from './helpers.js';

/** Another tab (its own adapter on the same database) saves the plan's goal. */
export async function otherTabSaves(databaseName: string, planId: string, goal: Partial<ServicePlan['goal']>): Promise<ServicePlan> {
  const other = new DexieStorageAdapter({ databaseName });
  const current = (await other.get<ServicePlan>('servicePlan', planId))!;
  return other.put<ServicePlan>('servicePlan', { ...current, goal: { ...current.goal, ...goal }, updatedBy: 'someone-else' });
}

export const conflictPanel = (element: ServicePlanEditor) => element.shadowRoot!.querySelector('[part~="conflict"]');
export const conflictText = (element: ServicePlanEditor) => conflictPanel(element)?.textContent?.replace(/\s+/g, ' ') ?? '';

/** I typed the title while another tab saved it (a typed-field conflict); `title` is what it was before either of us. */
export async function typedConflict(prefix: string): Promise<{ editor: ServicePlanEditor; storage: DexieStorageAdapter; databaseName: string; planId: string; title: string }> {
  const databaseName = uniqueDatabaseName(prefix);
  const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
  await waitUntil(() => first.planId);
  await untilSaved(first);
  const planId = first.planId!;
  const storage = new DexieStorageAdapter({ databaseName });
  const title = (await storage.get<ServicePlan>('servicePlan', planId))!.goal.title;
  const editor = await mountEditor({ storage, planId, autosaveDelay: 60_000 });
  first.remove();
  const typing = $<HTMLInputElement>(editor, 'input[name="goal.title"]');
  typing.focus();
  typing.select();
  await sendKeys({ type: 'Typed by me' });
  await otherTabSaves(databaseName, planId, { title: 'Saved by them' });
  await waitUntil(() => printedText(editor).includes('Saved by them'), 'the first save elsewhere did not arrive', { timeout: 5000 });
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => conflictText(editor).includes('Saved by them'), 'no conflict on the typed field');
  return { editor, storage, databaseName, planId, title };
}
