// Two caseworkers editing one plan at once, through the real elements: two <service-plan-editor>s, each
// on its own IndexedDB adapter instance over one database (as two tabs are). Two pages cannot be driven
// from one @web/test-runner test (each test file runs in one page), so two elements with two adapter
// instances stand for them: each has its own connection, its own watch, its own conflicts.
//
// Each round, editor A types a token into one field and editor B into another (every third round the
// same field), both before either saves; A saves, then B. B's save meets A's: merged without asking when
// they typed different fields, else resolved the way the scenario says. The test counts, from what IT
// typed and what IT chose to discard, the typed tokens missing from the stored plan: never from what
// the elements report.
import { waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, buttonByText, mountEditor, saveState, settle, uniqueDatabaseName } from '../../components/service-plan-editor/helpers.js';

export type Resolution = 'keep-mine' | 'take-theirs' | 'combine' | 'per-field';

const fields = ['goal.title', 'goal.description', 'subgoal.sg-1.title', 'subgoal.sg-1.description', 'subgoal.sg-2.title', 'subgoal.sg-2.description'] as const;

function valueAt(plan: ServicePlan, field: (typeof fields)[number]): string {
  const [group, second, third] = field.split('.');
  if (group === 'goal') return plan.goal[second as 'title' | 'description'];
  const subGoal = plan.subGoals.find((candidate) => candidate.id === second)!;
  return subGoal[third as 'title' | 'description'];
}

/** Types a value into a field as a person does: focus, the new text, leave (the change is committed). */
async function typeValue(editor: ServicePlanEditor, name: string, text: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(editor, `[name="${name}"]`);
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
  await settle(editor);
}

const idle = (editor: ServicePlanEditor) => ['saved', 'idle'].includes(saveState(editor));

export async function runScenario(resolution: Resolution, rounds: number): Promise<{ typed: number; lost: number; resolutions: number }> {
  const databaseName = uniqueDatabaseName(`interleaved-${resolution}`);
  const seed = new DexieStorageAdapter({ databaseName });
  await seed.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
  await seed.close();
  const storageA = new DexieStorageAdapter({ databaseName });
  const storageB = new DexieStorageAdapter({ databaseName });
  const a = await mountEditor({ storage: storageA, planId: 'plan-1', autosaveDelay: 600_000 });
  const b = await mountEditor({ storage: storageB, planId: 'plan-1', autosaveDelay: 600_000 });
  let typed = 0;
  let lost = 0;
  let resolutions = 0;
  for (let round = 0; round < rounds; round += 1) {
    const fieldA = fields[round % fields.length]!;
    const fieldB = round % 3 === 0 ? fieldA : fields[(round + 1) % fields.length]!;
    const tokenA = `A${round}-${resolution}`;
    const tokenB = `B${round}-${resolution}`;
    const sameField = fieldA === fieldB;
    // In a same-field round each side also changes a field of its own: a resolution must keep those.
    const extras: [ServicePlanEditor, (typeof fields)[number], string][] = sameField
      ? [
          [a, fields[(round + 2) % fields.length]!, `A${round}x-${resolution}`],
          [b, fields[(round + 4) % fields.length]!, `B${round}x-${resolution}`],
        ]
      : [];
    await typeValue(a, fieldA, tokenA);
    await typeValue(b, fieldB, tokenB);
    for (const [editor, field, token] of extras) await typeValue(editor, field, token);
    typed += 2 + extras.length;
    a.save();
    await waitUntil(() => idle(a), `A did not save (round ${round}, ${saveState(a)})`, { timeout: 5000 });
    b.save();
    const discarded = new Set<string>();
    await waitUntil(() => idle(b) || b.shadowRoot!.querySelector('[part~="conflict"] fieldset'), `B neither saved nor showed the conflict (round ${round}, ${saveState(b)})`, { timeout: 5000 });
    const panel = b.shadowRoot!.querySelector<HTMLElement>('[part~="conflict"]');
    if (panel) {
      resolutions += 1;
      // Same field typed on both sides: the test decides, and remembers what it chose to discard.
      if (resolution === 'keep-mine') {
        buttonByText(panel, 'Keep mine in every field').click();
        discarded.add(tokenA);
      } else if (resolution === 'take-theirs') {
        buttonByText(panel, 'Take theirs in every field').click();
        discarded.add(tokenB);
      } else {
        const keepMine = resolution === 'combine' || round % 2 === 0;
        for (const fieldset of $$(panel, 'fieldset')) {
          const label = fieldset.querySelector('legend')!.textContent!.trim();
          $<HTMLInputElement>(fieldset, `input[aria-label="${keepMine ? 'Keep yours' : 'Take theirs'} for ${label}"]`).click();
        }
        await settle(b);
        discarded.add(keepMine ? tokenA : tokenB);
        buttonByText($(b, '[part~="conflict"]'), 'Combine with my choices').click();
      }
      await settle(b);
      await waitUntil(() => idle(b), `B did not save after resolving (round ${round}, ${saveState(b)})`, { timeout: 5000 });
    }
    const stored = (await storageA.get<ServicePlan>('servicePlan', 'plan-1'))!;
    // A follows the stored plan before the next round (it has no unsaved edit, so it reloads).
    await waitUntil(() => idle(a) && idle(b) && $<HTMLInputElement>(a, `[name="${fieldB}"]`).value === valueAt(stored, fieldB), `A did not follow (round ${round})`, { timeout: 5000 });
    for (const [field, token] of [[fieldA, tokenA], [fieldB, tokenB], ...extras.map(([, extraField, extraToken]) => [extraField, extraToken] as const)] as const) {
      if (!discarded.has(token) && valueAt(stored, field) !== token) lost += 1;
    }
  }
  a.remove();
  b.remove();
  await Promise.all([storageA.close(), storageB.close()]);
  return { typed, lost, resolutions };
}
