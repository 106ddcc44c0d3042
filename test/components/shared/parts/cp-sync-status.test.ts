import { expect, html } from '@open-wc/testing';
import type { CpSyncStatus } from '../../../../src/components/shared/parts/cp-sync-status.js';
import type { StorageAdapter } from '../../../../src/storage/adapter.js';
import type { SyncState, SyncStatusSource } from '../../../../src/storage/sync/state.js';
import '../../../../src/define/all-elements.js';
import { expectNoAxeViolations } from '../../a11y-helpers.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

/** A storage that says where it stands with a server, and lets the test move it. */
class FakeSyncStorage implements SyncStatusSource {
  readonly name = 'sync';
  readonly persistent = true;
  syncState: SyncState = { connection: 'online', pending: 0, conflicts: 0, rejected: 0 };
  private readonly listeners = new Set<(state: SyncState) => void>();
  onSyncState(listener: (state: SyncState) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(change: Partial<SyncState>) {
    this.syncState = { ...this.syncState, ...change };
    for (const listener of this.listeners) listener(this.syncState);
  }
  get subscribers() {
    return this.listeners.size;
  }
}

const text = (element: Element) => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cp-sync-status>', () => {
  it('says where sync stands, in the element language, and follows every change', async () => {
    const storage = new FakeSyncStorage();
    const surface = await mount<TestSurface>(html`<test-surface locale="es"><cp-sync-status .storage=${storage as unknown as StorageAdapter}></cp-sync-status></test-surface>`);
    const status = surface.querySelector<CpSyncStatus>('cp-sync-status')!;
    await settle(surface);
    expect(text(status)).to.equal('Todos los cambios se enviaron al servidor de la agencia');
    storage.set({ connection: 'offline', pending: 3 });
    await settle(surface);
    expect(text(status)).to.equal('Sin conexión: 3 cambios se conservan en este dispositivo y se enviarán cuando vuelva la conexión.');
    expect(status.getAttribute('connection')).to.equal('offline');
    storage.set({ connection: 'online', pending: 0, conflicts: 2 });
    await settle(surface);
    expect(text(status)).to.contain('Otra persona también cambió 2 registros');
    storage.set({ conflicts: 0, outOfScope: 2 });
    await settle(surface);
    expect(text(status)).to.contain('2 registros que el servidor de la agencia perdió se conservan solo en este dispositivo');
    await expectNoAxeViolations(surface);
    expect(status.shadowRoot!.querySelector('[role="status"]'), 'a polite live region').to.not.equal(null);
  });

  it('shows nothing for storage that does not sync, and lets go of a storage it no longer shows', async () => {
    const storage = new FakeSyncStorage();
    const surface = await mount<TestSurface>(html`<test-surface locale="en"><cp-sync-status .storage=${storage as unknown as StorageAdapter}></cp-sync-status></test-surface>`);
    const status = surface.querySelector<CpSyncStatus>('cp-sync-status')!;
    await settle(surface);
    expect(storage.subscribers).to.equal(1);
    status.storage = { name: 'indexeddb', persistent: true } as StorageAdapter;
    await settle(surface);
    expect(text(status)).to.equal('');
    expect(storage.subscribers, 'unsubscribed from the old storage').to.equal(0);
    status.storage = storage as unknown as StorageAdapter;
    await settle(surface);
    status.remove();
    expect(storage.subscribers, 'unsubscribed when taken off the page').to.equal(0);
  });

  it('tells an expired sign-in apart from other errors', async () => {
    const storage = new FakeSyncStorage();
    storage.syncState = { connection: 'error', error: 'sync.unauthorized', pending: 1, conflicts: 0, rejected: 0 };
    const surface = await mount<TestSurface>(html`<test-surface locale="fr"><cp-sync-status .storage=${storage as unknown as StorageAdapter}></cp-sync-status></test-surface>`);
    await settle(surface);
    expect(text(surface.querySelector('cp-sync-status')!)).to.contain('Votre session a expiré');
  });
});
