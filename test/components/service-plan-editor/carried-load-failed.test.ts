// The host changes `storage` while edits are unsaved, and the new storage then cannot be read: the edits are kept in
// the page (the machine's carry) until it can; the editor says so where the plan was, and the host hears it (cp-error
// `storage.switched-edits-waiting`). Retrying once the storage reads again stores them there: nothing typed is lost.
import '../../../src/locales/pt.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { StorageError } from '../../../src/storage/errors.js';
import type { StoredRecord } from '../../../src/model/record.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, announced, buttonByText, click, mountEditor } from './helpers.js';
import { errorCodes } from '../shared/error-codes.js';

/** A storage that cannot be read until `reads` is set true (an unreachable server, a locked database). */
class UnreadableStorage extends MemoryStorageAdapter {
  reads = false;
  override get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    return this.reads ? super.get<T>(kind, id) : Promise.reject(new StorageError('unavailable', 'cannot be read now'));
  }
}

const waiting = 'The new storage could not be read. What you typed is kept on this page, not stored yet: it is saved there once the storage can be read (Try again). Closing the page now loses it.';

async function switchOntoUnreadable(locale = 'en') {
  const first = new MemoryStorageAdapter();
  await first.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
  const second = new UnreadableStorage();
  await second.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
  const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000, locale });
  const errors = errorCodes(editor);
  const control = $<HTMLInputElement>(editor, '[name="goal.title"]');
  control.focus();
  control.select();
  await sendKeys({ type: 'Typed before the switch' });
  editor.storage = second;
  await waitUntil(() => editor.shadowRoot!.querySelector('[role="alert"]'), 'the new storage was read', { timeout: 5000 });
  return { editor, second, errors };
}

describe('<service-plan-editor>: the new storage cannot be read after a switch with unsaved edits', () => {
  it('says the edits are waiting, where the plan was and to assistive technology, and tells the host', async () => {
    const { editor, errors } = await switchOntoUnreadable();
    await waitUntil(() => errors.includes('storage.switched-edits-waiting'), `the host heard only: ${errors.join(', ')}`, { timeout: 3000 });
    expect(editor.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ')).to.contain(waiting);
    expect(announced(editor).assertive).to.equal(waiting);
  });

  it('stores them in the new storage once it can be read and the user tries again', async () => {
    const { editor, second } = await switchOntoUnreadable();
    second.reads = true;
    await click(editor, buttonByText(editor.shadowRoot!.querySelector('[role="alert"]')!, 'Try again'));
    await waitUntil(async () => (await second.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switch', 'the carried title was not stored', { timeout: 5000 });
  });

  it('carries them on when the host changes storage again before the unreadable one is read', async () => {
    const { editor } = await switchOntoUnreadable();
    const third = new MemoryStorageAdapter();
    await third.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    editor.storage = third;
    await waitUntil(async () => (await third.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switch', 'the edits waiting were lost on the next switch', { timeout: 5000 });
  });

  it('says it in the editor’s language', async () => {
    const { editor } = await switchOntoUnreadable('pt');
    await waitUntil(() => editor.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('O novo armazenamento não pôde ser lido'), 'not said in Portuguese', { timeout: 3000 });
  });
});
