// A throwaway PostgreSQL server for the sync tests, when Debian's PostgreSQL is installed and we run as
// root (CI): a new cluster in a temporary folder (trust authentication on 127.0.0.1 only, owned by the
// `postgres` user, so the machine's own clusters and passwords are left alone), on a free port, removed
// afterwards. Without PostgreSQL, or when DATABASE_URL is already set, it does nothing: PGlite covers it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(command, args) {
  return spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map((part) => `'${part}'`).join(' ')], { encoding: 'utf8' });
}

/** Starts the server and returns { url, stop }, or undefined when none can or need be started. */
export async function startTestPostgres() {
  if (process.env.DATABASE_URL) return undefined;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const bin = postgresBin();
  if (!isRoot || !bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'caseplan-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const init = asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  if (init.status !== 0) {
    console.log(`(PostgreSQL not started: initdb said ${init.stderr.trim().split('\n').at(-1)})`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const start = asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  if (start.status !== 0) {
    console.log(`(PostgreSQL not started: ${start.stderr.trim() || start.stdout.trim()})`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const stop = () => {
    asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'caseplan_test'], { stdio: 'ignore' });
  } catch {
    stop();
    return undefined;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/caseplan_test`, stop };
}
