import { expect } from '@open-wc/testing';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { CpPlanCreatedEvent } from '../../src/components/service-plan-editor/plan-created-event.js';
import { CaseplanProvider, ContactLog, ServicePlanEditor, VisitationPlanner } from '../../src/entries/react.js';
import type { StoredRecord } from '../../src/model/index.js';
import { MemoryStorageAdapter } from '../../src/storage/index.js';
import { sampleCaseId, sampleCurrentUser, sampleIds, sampleParticipants, sampleTimeZone } from '../../stories/shared/sample-case/index.js';

const now = new Date('2026-11-18T21:00:00.000Z');

async function until<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first thing written in a new plan (the editor stores a new plan with it): its title, committed. */
async function writeTitle(editor: Element, title: string): Promise<void> {
  const input = await until(() => editor.shadowRoot?.querySelector<HTMLInputElement>('input[name="goal.title"]') ?? undefined);
  input.value = title;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('React wrappers (caseplan-elements/react)', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('passes objects as properties to the provider, which hands them to the editor inside', async () => {
    const storage = new MemoryStorageAdapter();
    flushSync(() =>
      root.render(
        h(CaseplanProvider, { storage, participants: sampleParticipants, currentUser: sampleCurrentUser, now, locale: 'es' }, h(ServicePlanEditor, { caseId: sampleCaseId, kind: 'outcome' })),
      ),
    );
    const provider = container.querySelector('caseplan-provider') as HTMLElement & { storage?: unknown; participants?: unknown; locale?: string };
    expect(provider.storage).to.equal(storage);
    expect(provider.participants).to.equal(sampleParticipants);
    expect(provider.locale).to.equal('es');
    const editor = container.querySelector('service-plan-editor') as HTMLElement & { caseId?: string; kind?: string };
    expect(editor.caseId).to.equal(sampleCaseId);
    expect(editor.kind).to.equal('outcome');
    // The editor lists the case's plans from the provider's storage (it received it through the context);
    // the new draft it starts is stored there.
    const newPlan = await until(() => editor.shadowRoot?.querySelector<HTMLButtonElement>('#new-plan') ?? undefined);
    newPlan.click();
    await writeTitle(editor, 'Leo vuelve a casa'); // a new plan is stored with its first write
    const plan = await until(async () => (await storage.list<StoredRecord & { planKind: string }>('servicePlan', { caseId: sampleCaseId })).records[0]);
    expect(plan.planKind).to.equal('outcome');
    // …and the provider's language (Spanish is loaded on demand: updateComplete includes it).
    const base = await until(() => editor.shadowRoot?.querySelector('[part~="base"]') ?? undefined);
    await (editor as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(base.getAttribute('lang')).to.equal('es');
  });

  it('calls onCpPlanCreated with the typed event when the editor stores a new plan (started with "New plan")', async () => {
    const storage = new MemoryStorageAdapter();
    const created: CpPlanCreatedEvent[] = [];
    flushSync(() =>
      root.render(
        h(ServicePlanEditor, { storage, participants: sampleParticipants, currentUser: sampleCurrentUser, now, caseId: sampleCaseId, onCpPlanCreated: (event: CpPlanCreatedEvent) => created.push(event) }),
      ),
    );
    const editor = container.querySelector('service-plan-editor')!;
    const newPlan = await until(() => editor.shadowRoot?.querySelector<HTMLButtonElement>('#new-plan') ?? undefined);
    expect(created, 'nothing stored before the user starts a plan').to.deep.equal([]);
    newPlan.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created, 'nothing stored on opening a new plan').to.deep.equal([]);
    await writeTitle(editor, 'Leo returns home');
    const event = await until(() => created[0]);
    expect(event.detail.caseId).to.equal(sampleCaseId);
    const plan = await storage.get('servicePlan', event.detail.id);
    expect(plan?.id).to.equal(event.detail.id);
  });

  it('renders the visitation planner and the contact log with camelCase props set as properties', () => {
    const caseworkerIds = [sampleIds.caseworker];
    flushSync(() =>
      root.render(
        h(
          CaseplanProvider,
          { storage: new MemoryStorageAdapter(), participants: sampleParticipants, now },
          h(VisitationPlanner, { caseId: sampleCaseId, childId: sampleIds.child, readOnly: true }),
          h(ContactLog, { caseId: sampleCaseId, childId: sampleIds.child, timeZone: sampleTimeZone, caseworkerIds }),
        ),
      ),
    );
    const planner = container.querySelector('visitation-planner') as HTMLElement & { childId?: string; readOnly?: boolean };
    const log = container.querySelector('contact-log') as HTMLElement & { timeZone?: string; caseworkerIds?: readonly string[] };
    expect(customElements.get('visitation-planner')).to.not.equal(undefined);
    expect(customElements.get('contact-log')).to.not.equal(undefined);
    expect(planner.childId).to.equal(sampleIds.child);
    expect(planner.readOnly).to.equal(true);
    expect(log.timeZone).to.equal(sampleTimeZone);
    expect(log.caseworkerIds).to.equal(caseworkerIds);
  });
});
