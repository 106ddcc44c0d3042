import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CaseplanProvider } from '../../../src/components/caseplan-provider/caseplan-provider.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import '../../../src/define/all-elements.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { NOW, family, worker } from '../contact-log/helpers.js';
import { catalog, participants, templates } from '../service-plan-editor/helpers.js';

type ReadingElement = ContactLog | VisitationPlanner | ServicePlanEditor;

/**
 * A storage whose reads of one kind (`list` or `get`) wait until the test lets them go, so the element is
 * reading for sure when the test acts (no race against a clock).
 */
function heldStorage(method: 'list' | 'get'): { storage: MemoryStorageAdapter; release: () => void } {
  const storage = new MemoryStorageAdapter({ name: `read-complete-settles-${Math.random()}` });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const original = storage[method].bind(storage) as (...args: unknown[]) => Promise<unknown>;
  (storage as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    await held;
    return original(...args);
  };
  return { storage, release };
}

const log = (storage?: MemoryStorageAdapter) =>
  html`<contact-log case-id="case-1" child-id="child-1" time-zone="Europe/Lisbon" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>`;
const planner = (storage?: MemoryStorageAdapter) =>
  html`<visitation-planner child-id="child-1" case-id="case-1" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>`;
const editor = (storage?: MemoryStorageAdapter) =>
  html`<service-plan-editor case-id="case-1" plan-id="plan-1" locale="en" .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`;

const elements: { tag: string; place: (storage?: MemoryStorageAdapter) => TemplateResult; reads: 'list' | 'get'; seed: (storage: MemoryStorageAdapter) => Promise<unknown> }[] = [
  { tag: 'contact-log', place: log, reads: 'list', seed: seedWeeklyPlan },
  { tag: 'visitation-planner', place: planner, reads: 'list', seed: seedWeeklyPlan },
  {
    tag: 'service-plan-editor',
    place: editor,
    reads: 'get',
    seed: async (storage) => storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }), version: 2 }),
  },
];

describe('readComplete settles when the read cannot end in a render', () => {
  for (const { tag, place, reads, seed } of elements) {
    it(`<${tag}> taken off the page while reading settles false; added again, a new readComplete waits afresh`, async () => {
      const { storage, release } = heldStorage(reads);
      await seed(storage);
      const element = await fixture<ReadingElement>(place(storage));
      const read = element.readComplete;
      const parent = element.parentElement!;
      element.remove();
      release();
      expect(await read, 'removed mid-read: nothing more will be shown').to.equal(false);
      parent.append(element);
      expect(await element.readComplete, 'back on the page: everything read').to.equal(true);
    });

    it(`<${tag}> taken off the page while a read never finishes settles false (nothing more arrives to wake it)`, async () => {
      const { storage, release } = heldStorage(reads);
      await seed(storage);
      const element = await fixture<ReadingElement>(place(storage));
      const read = element.readComplete;
      // Removed once readComplete waits on the held read (a task later: the element is still reading), not before it looked.
      await new Promise((resolve) => setTimeout(resolve));
      element.remove();
      try {
        expect(await read, 'removed mid-read, the read still held').to.equal(false);
      } finally {
        release();
      }
    });

    it(`<${tag}> inside a <caseplan-provider> whose storage has not come settles false; once it comes, a new readComplete is true`, async () => {
      const wrapper = await fixture<CaseplanProvider>(html`<caseplan-provider>${place()}</caseplan-provider>`);
      const element = wrapper.querySelector(tag) as ReadingElement;
      expect(await element.readComplete, 'no storage yet: nothing read').to.equal(false);
      const storage = new MemoryStorageAdapter({ name: `read-complete-provider-${Math.random()}` });
      await seed(storage);
      wrapper.storage = storage;
      expect(await element.readComplete, 'the provider\'s storage came: everything read').to.equal(true);
    });
  }
});
