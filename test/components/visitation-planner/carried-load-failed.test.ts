// The host changes `storage` while the planner's form holds unsaved edits, and the new storage then cannot be read:
// the form waits on the page until it can; the planner says so (and the host hears a cp-error
// `storage.switched-edits-waiting`); once a retry reads the storage, the form opens there with what was typed.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import type { StoredRecord } from '../../../src/model/record.js';
import { UnreadableStorage } from '../../doubles/unreadable-storage.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { $, byId, click, mountPlanner, until } from './helpers.js';
import { errorCodes } from '../shared/error-codes.js';

const waiting = 'The new storage could not be read. What you typed is kept on this page, not stored yet: it is saved there once the storage can be read (Try again). Closing the page now loses it.';
const notice = (element: HTMLElement) => element.shadowRoot!.querySelector('[role="alert"]');
const retryButton = (element: HTMLElement) => [...notice(element)!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Try again')!;

/** Opens the weekly plan's form and types its title: the unsaved form a storage switch must carry. */
async function typeTitleInEditForm(planner: VisitationPlanner): Promise<void> {
  await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="edit"]'));
  await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'the form did not open');
  const title = byId<HTMLInputElement>(planner, 'title');
  title.focus();
  title.select();
  await sendKeys({ type: 'Typed before the switch' });
}

describe('<visitation-planner>: the new storage cannot be read after a switch with an unsaved form', () => {
  it('says the form is waiting and tells the host; a retry that reads the storage opens the form there with what was typed', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new UnreadableStorage();
    await seedWeeklyPlan(second);
    const planner = await mountPlanner({ storage: first });
    const errors = errorCodes(planner);
    await typeTitleInEditForm(planner);
    planner.storage = second;
    await waitUntil(() => errors.includes('storage.switched-edits-waiting'), 'the host was not told the form waits', { timeout: 5000 });
    await until(planner, () => notice(planner)?.textContent?.includes(waiting), 'the planner did not say the form waits');
    second.reads = true;
    await click(planner, retryButton(planner));
    await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'the carried form did not open on the new storage');
    expect(byId<HTMLInputElement>(planner, 'title').value).to.equal('Typed before the switch');
  });

  it('carries the waiting form on when the host changes storage again before the unreadable one is read', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new UnreadableStorage();
    const planner = await mountPlanner({ storage: first });
    await typeTitleInEditForm(planner);
    planner.storage = second;
    await until(planner, () => notice(planner)?.textContent?.includes(waiting), 'the planner did not say the form waits');
    const third = new MemoryStorageAdapter();
    await seedWeeklyPlan(third);
    planner.storage = third;
    await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'the waiting form was lost on the next switch');
    expect(byId<HTMLInputElement>(planner, 'title').value).to.equal('Typed before the switch');
  });
});

/** A memory storage whose `get` waits until released (its lists answer): the carried record's read held. */
class HeldGetStorage extends MemoryStorageAdapter {
  gets = 0;
  private release: (() => void) | undefined;
  private readonly held = new Promise<void>((resolve) => (this.release = resolve));
  override async get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    this.gets += 1;
    await this.held;
    return super.get<T>(kind, id);
  }
  letGo(): void {
    this.release?.();
  }
}

describe('<visitation-planner>: the host changes storage again while the carried form is being handed over', () => {
  it('carries the form on when the switch comes as the new storage reads the record for it', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new HeldGetStorage();
    await seedWeeklyPlan(second);
    const planner = await mountPlanner({ storage: first });
    await typeTitleInEditForm(planner);
    planner.storage = second;
    await waitUntil(() => second.gets > 0, 'the new storage was never asked for the record', { timeout: 5000 });
    const third = new MemoryStorageAdapter();
    await seedWeeklyPlan(third);
    planner.storage = third;
    second.letGo();
    await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'the form was lost on the switch during its hand-over');
    expect(byId<HTMLInputElement>(planner, 'title').value).to.equal('Typed before the switch');
  });
});
