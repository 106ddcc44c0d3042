// Test-runner plugin: browser tests start, restart and stop the reference sync server (server/) with
// executeServerCommand('sync-server', { action, ... }). The server runs in a child process
// (scripts/sync-server-host.mjs) on 127.0.0.1 and a free port, with one database for the whole run
// (PGlite; DATABASE_URL's PostgreSQL when set) emptied by each 'start'. The child is stopped with the run.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildServerModule } from './build-server.mjs';

export const SYNC_TEST_TOKENS = {
  // An integration token: may write as any user (the fixtures' worker-1, worker-2...).
  'test-token-every-case-0001': { subject: 'worker-all', cases: '*', writesAs: '*' },
  'test-token-case-a-only-0001': { subject: 'worker-a', cases: ['case-a'], writesAs: ['worker-1'] },
  // A caseworker's own token: writes only as worker-b.
  'test-token-worker-b-only-01': { subject: 'worker-b', cases: '*' },
};

export function syncServerPlugin() {
  let host;
  let ready;
  let requestCounter = 0;
  const waiting = new Map();

  function spawnHost() {
    ready ??= (async () => {
      const [index, db] = await Promise.all([buildServerModule('server/index.ts', 'index'), buildServerModule('server/db.ts', 'db')]);
      host = fork(fileURLToPath(new URL('./sync-server-host.mjs', import.meta.url)), [index, db, JSON.stringify(SYNC_TEST_TOKENS)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      await new Promise((resolve, reject) => {
        host.on('message', (message) => {
          if (message.ready) resolve();
          const request = waiting.get(message.requestId);
          if (!request) return;
          waiting.delete(message.requestId);
          if (message.error) request.reject(new Error(message.error));
          else request.resolve(message.result);
        });
        host.once('exit', (code) => reject(new Error(`sync server host exited (${code})`)));
      });
    })();
    return ready;
  }

  const ask = (payload) =>
    new Promise((resolve, reject) => {
      requestCounter += 1;
      waiting.set(requestCounter, { resolve, reject });
      host.send({ requestId: requestCounter, payload });
    });

  return {
    name: 'sync-server',
    async executeCommand({ command, payload }) {
      if (command !== 'sync-server') return undefined;
      // PGlite takes seconds to start on a busy machine, longer than one command may take: the
      // browser asks again until it is ready.
      const isReady = await Promise.race([spawnHost().then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
      if (!isReady) return { pending: true };
      return ask(payload);
    },
    async serverStop() {
      if (!host || host.exitCode !== null) return;
      const exited = new Promise((resolve) => host.once('exit', resolve));
      host.disconnect();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (host.exitCode === null) host.kill();
    },
  };
}
