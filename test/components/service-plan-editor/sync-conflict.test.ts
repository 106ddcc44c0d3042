// Two caseworkers, each in their own browser with a SyncStorageAdapter on the reference server, edit the
// same plan: the same field changed on both sides is shown to a person, never overwritten.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { startSyncServer, syncAdapter, TestNetwork, type TestServer } from '../../storage/sync/support.js';
import { $, buttonByText, click, mountEditor, saveState, typeInto, untilSaved } from './helpers.js';

describe('<service-plan-editor> on a synced storage: two browsers edit the same field', function () {
  this.timeout(120_000);
  let server: TestServer;
  const adapters: SyncStorageAdapter[] = [];
  const browser = (network?: TestNetwork) => {
    const made = syncAdapter(server, network ? { network } : {});
    adapters.push(made);
    return made;
  };
  beforeEach(async () => {
    server = await startSyncServer();
  });
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.close();
    await server.stop();
  });

  it('an unsaved edit meets a pulled change to the same field: both versions are shown', async () => {
    const first = browser();
    const second = browser();
    const firstEditor = await mountEditor({ storage: first });
    await waitUntil(() => firstEditor.planId, 'no plan created');
    await untilSaved(firstEditor);
    await first.syncNow();
    await second.syncNow();
    const secondEditor = await mountEditor({ storage: second, planId: firstEditor.planId!, autosaveDelay: 60_000 });
    await typeInto(secondEditor, $<HTMLInputElement>(secondEditor, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    expect(saveState(secondEditor)).to.equal('dirty');
    await typeInto(firstEditor, $<HTMLInputElement>(firstEditor, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    await untilSaved(firstEditor);
    await first.syncNow();
    await second.syncNow();
    await waitUntil(() => secondEditor.shadowRoot!.querySelector('[part~="conflict"]'), 'the conflict is shown');
    const conflict = $(secondEditor, '[part~="conflict"]');
    expect($(conflict, '[part~="conflict-theirs"]').textContent).to.contain('Theirs: Leo stays with his aunt');
    expect($<HTMLInputElement>(secondEditor, 'input[name="goal.title"]').value, 'mine still on screen').to.equal('Mine: Leo goes home');
  });

  it('an edit saved offline meets the same field changed on the server: held, announced, shown on the next save, and kept when chosen', async () => {
    const network = new TestNetwork();
    const first = browser();
    const second = browser(network);
    const firstEditor = await mountEditor({ storage: first });
    await waitUntil(() => firstEditor.planId, 'no plan created');
    await untilSaved(firstEditor);
    await first.syncNow();
    await second.syncNow();
    const secondEditor = await mountEditor({ storage: second, planId: firstEditor.planId!, locale: 'es' });
    network.online = false;
    await typeInto(secondEditor, $<HTMLInputElement>(secondEditor, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    await untilSaved(secondEditor);
    await waitUntil(() => second.syncState.connection === 'offline', 'offline');
    const indicator = () => (secondEditor.shadowRoot!.querySelector('cp-sync-status')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    await waitUntil(() => indicator().includes('1 cambio se conserva'), 'the indicator says, in Spanish, that 1 change is kept here').catch((error: Error) => {
      throw new Error(`${error.message}: "${indicator()}" ${JSON.stringify(second.syncState)}`);
    });

    await typeInto(firstEditor, $<HTMLInputElement>(firstEditor, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    await untilSaved(firstEditor);
    await first.syncNow();
    network.online = true;
    await second.syncNow();
    expect(second.syncState.conflicts, 'held for a person').to.equal(1);
    expect((await second.get<ServicePlan>('servicePlan', firstEditor.planId!))?.goal.title, 'mine kept').to.equal('Mine: Leo goes home');
    await waitUntil(() => indicator().includes('Otra persona también cambió 1 registro'), 'the indicator announces the conflict');

    // The next save of that plan shows both versions.
    await typeInto(secondEditor, $<HTMLInputElement>(secondEditor, 'input[name="goal.title"]'), 'Mine: Leo goes home, with his aunt nearby');
    await waitUntil(() => secondEditor.shadowRoot!.querySelector('[part~="conflict"]'), 'the conflict is shown');
    const conflict = $(secondEditor, '[part~="conflict"]');
    expect($(conflict, '[part~="conflict-theirs"]').textContent).to.contain('Theirs: Leo stays with his aunt');
    await click(secondEditor, buttonByText(conflict, 'Conservar los míos en todos los campos'));
    await untilSaved(secondEditor);
    await second.syncNow();
    await first.syncNow();
    expect(second.syncState).to.include({ conflicts: 0, pending: 0 });
    const [row] = await server.sql<{ body: ServicePlan }>("SELECT body FROM records WHERE kind = 'servicePlan'");
    expect(row!.body.goal.title).to.equal('Mine: Leo goes home, with his aunt nearby');
    await waitUntil(() => $<HTMLInputElement>(firstEditor, 'input[name="goal.title"]').value === 'Mine: Leo goes home, with his aunt nearby', 'the first browser follows');
  });
});
