// The first editor in Spanish on this page: its catalog loads after its first render (each test file is its own page).
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { mountEditor } from './helpers.js';

/** The document-level `@page` rules the elements added (as a print that fires no `beforeprint`, a headless PDF, finds them). */
function pageRules(): string {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => text.startsWith('@page')).join('\n');
}

describe('<service-plan-editor>: a host that awaits readComplete, then prints, gets the page margins in the element\'s language', () => {
  it('Spanish "Página X de Y" and header in the @page rule once readComplete resolves, with no beforeprint', async () => {
    const storage = new MemoryStorageAdapter({ name: `print-language-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-20' }), version: 2 });
    const mounted = mountEditor({ storage, planId: 'plan-1', locale: 'es' });
    // The host's own code runs as soon as the element is on its page, before the plan or the catalog is there.
    await waitUntil(() => document.querySelector('service-plan-editor'), 'the editor was not placed');
    const editor = document.querySelector<ServicePlanEditor>('service-plan-editor')!;
    expect(await editor.readComplete).to.equal(true);
    const rules = pageRules();
    expect(rules).to.contain('"Página " counter(page) " de " counter(pages)');
    expect(rules).to.contain('Plan de caso');
    expect(rules).to.not.contain('Case plan');
    await mounted;
  });
});
