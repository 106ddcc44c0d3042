import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { mountLog } from '../contact-log/helpers.js';
import { mountPlanner } from '../visitation-planner/helpers.js';
import { mountEditor, openItem } from '../service-plan-editor/helpers.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';

// RX (round 15, named by RX14): the manifest documents ::part names of the internal elements an element
// renders (`cp-confirm`'s dialog, `cp-progress`'s bar...), yet no exportparts passed them to the host
// page, so a vendor styling `contact-log::part(...)` from outside got nothing. Each public element now
// exports them, prefixed with the internal tag without `cp-` (`confirm-dialog`, `progress-bar`).

interface Declaration { tagName?: string; cssParts?: { name: string }[] }

const PROBE = 'scroll-margin-top';
const PROBED = '17px';

async function manifestParts(): Promise<Map<string, string[]>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  return new Map(declarations.map((declaration) => [declaration.tagName!, (declaration.cssParts ?? []).map((part) => part.name)]));
}

/** Every documented part of an internal element on screen in `host`, as `inner part`, that a host page's `::part` rule cannot reach or the manifest does not name. */
async function unreachable(host: HTMLElement): Promise<string[]> {
  const parts = await manifestParts();
  const tag = host.localName;
  const inner = [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('cp-') && (parts.get(element.localName)?.length ?? 0) > 0);
  expect(inner.length, `${tag} renders internal elements with parts`).to.be.greaterThan(0);
  const style = document.createElement('style');
  style.textContent = inner.flatMap((element) => parts.get(element.localName)!.map((part) => `${tag}::part(${element.localName.slice(3)}-${part}) { ${PROBE}: ${PROBED}; }`)).join('\n');
  document.head.append(style);
  const missing: string[] = [];
  for (const element of inner) {
    for (const part of parts.get(element.localName)!) {
      const target = element.shadowRoot?.querySelector(`[part~="${part}"]`);
      if (!target) continue;
      const exported = `${element.localName.slice(3)}-${part}`;
      if (getComputedStyle(target).getPropertyValue(PROBE) !== PROBED) missing.push(`${element.localName} ${part}: ${tag}::part(${exported}) does not reach it`);
      if (!parts.get(tag)!.includes(exported)) missing.push(`${element.localName} ${part}: ${tag} does not document ${exported}`);
    }
  }
  style.remove();
  return [...new Set(missing)];
}

describe('the documented parts of internal elements, styled from the host page', () => {
  it('reach every part the contact log\'s internal elements show', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    expect(await unreachable(await mountLog({ storage }))).to.deep.equal([]);
  });

  it('reach every part the visitation planner\'s internal elements show', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    expect(await unreachable(await mountPlanner({ storage }))).to.deep.equal([]);
  });

  it('reach every part the plan editor\'s internal elements show (the unit progress bar among them)', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await openItem(editor, 'Counselling sessions');
    expect(editor.shadowRoot!.querySelector('cp-progress'), 'a unit-delivery item shows its progress').not.to.equal(null);
    expect(await unreachable(editor)).to.deep.equal([]);
  });
});
