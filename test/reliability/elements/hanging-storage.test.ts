// A storage adapter that hangs (a host's server that never answers) or throws: the element does not stay
// "Saving…" forever. It shows a timeout error, keeps the edit, and saves it when Try again is pressed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { storageCallLimits } from '../../../src/components/shared/context-inputs.js';
import type { StoredRecord } from '../../../src/model/record.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, saveState, typeInto, untilSaved } from '../../components/service-plan-editor/helpers.js';
import { reportFigures } from '../support/report.js';

/** An adapter whose writes hang, throw, or work, as the test says. */
function unreliable(inner: MemoryStorageAdapter): StorageAdapter & { mode: 'hang' | 'throw' | 'work' } {
  const write = <T>(work: () => Promise<T>): Promise<T> => {
    if (adapter.mode === 'hang') return new Promise<T>(() => undefined);
    if (adapter.mode === 'throw') return Promise.reject(new TypeError('Failed to fetch'));
    return work();
  };
  const adapter = {
    mode: 'work' as 'hang' | 'throw' | 'work',
    name: 'host-http',
    persistent: true,
    get: inner.get.bind(inner),
    list: inner.list.bind(inner),
    history: inner.history.bind(inner),
    watch: inner.watch.bind(inner),
    close: inner.close.bind(inner),
    put: <T extends StoredRecord>(kind: string, record: T) => write(() => inner.put(kind, record)),
    archive: <T extends StoredRecord>(kind: string, record: T) => write(() => inner.archive(kind, record)),
    transaction: (writes: Parameters<StorageAdapter['transaction']>[0]) => write(() => inner.transaction(writes)),
  };
  return adapter;
}

describe('<service-plan-editor> on a storage that hangs or throws', () => {
  const defaultTimeout = storageCallLimits.timeoutMs;
  afterEach(() => {
    storageCallLimits.timeoutMs = defaultTimeout;
  });

  it('gives up on a hanging save with a timeout error, keeps the edit, and saves it on Try again', async () => {
    storageCallLimits.timeoutMs = 400;
    const memory = new MemoryStorageAdapter();
    await memory.put('servicePlan', { ...readyPlan(), version: 0 });
    const storage = unreliable(memory);
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    let faults = 0;
    let survived = 0;
    storage.mode = 'hang';
    faults += 1;
    const failed = oneEvent(editor, 'cp-error');
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Leo returns home before school starts');
    expect((await failed).detail.code).to.equal('storage.timeout');
    await waitUntil(() => saveState(editor) === 'failed', `not failed (state ${saveState(editor)})`);
    const indicator = $(editor, 'cp-save-indicator');
    await (indicator as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(indicator.shadowRoot!.textContent).to.contain('took too long');
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Leo returns home before school starts');
    survived += 1;

    // The server answers again, but now fails outright: still a readable error, the edit still kept.
    storage.mode = 'throw';
    faults += 1;
    const failedAgain = oneEvent(editor, 'cp-error');
    $(indicator.shadowRoot!, '[part~="retry-button"]').click();
    expect((await failedAgain).detail.code).to.match(/^storage\./);
    await waitUntil(() => saveState(editor) === 'failed', `not failed (state ${saveState(editor)})`);
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Leo returns home before school starts');

    storage.mode = 'work';
    $(indicator.shadowRoot!, '[part~="retry-button"]').click();
    await untilSaved(editor);
    expect((await memory.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Leo returns home before school starts');
    survived += 1;
    reportFigures({ scenario: 'editor on a storage that hangs, then throws', faults, survived });
  });

  it('shows a save that lands after its time limit as saved, not failed (the version is read back)', async () => {
    storageCallLimits.timeoutMs = 300;
    const memory = new MemoryStorageAdapter();
    await memory.put('servicePlan', { ...readyPlan(), version: 0 });
    let slowWrites = 1;
    const slow: StorageAdapter = {
      name: 'host-http',
      persistent: true,
      get: memory.get.bind(memory),
      list: memory.list.bind(memory),
      history: memory.history.bind(memory),
      watch: memory.watch.bind(memory),
      close: memory.close.bind(memory),
      archive: memory.archive.bind(memory),
      // The first write reaches the server only after the time limit: it lands, late.
      put: async <T extends StoredRecord>(kind: string, record: T) => {
        if (slowWrites-- > 0) await new Promise((resolve) => setTimeout(resolve, 900));
        return memory.put(kind, record);
      },
      transaction: async (writes: Parameters<StorageAdapter['transaction']>[0]) => {
        if (slowWrites-- > 0) await new Promise((resolve) => setTimeout(resolve, 900));
        return memory.transaction(writes);
      },
    };
    const editor = await mountEditor({ storage: slow, planId: 'plan-1' });
    const conflicts: Event[] = [];
    editor.addEventListener('cp-conflict', (event) => conflicts.push(event));
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Saved late by a slow server');
    await waitUntil(() => saveState(editor) === 'failed', `not failed (state ${saveState(editor)})`);
    // The late write lands; storage announces it; the editor tries again and recognises its own write.
    await waitUntil(() => saveState(editor) === 'saved', `not shown as saved (state ${saveState(editor)})`, { timeout: 5000 });
    expect(conflicts, 'no conflict with myself').to.have.length(0);
    const stored = (await memory.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.goal.title).to.equal('Saved late by a slow server');
    expect(stored.version, 'written once').to.equal(2);
  });
});
