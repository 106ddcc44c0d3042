// Compiles server/ (TypeScript, importing the model's zod schemas from src/) into one ES module for
// Node 20, which does not run TypeScript. Packages stay external: they load from node_modules.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

/** Bundles `entry` (a file under server/) to tmp/server/<name>.mjs and returns that path. */
export async function buildServerModule(entry, name) {
  mkdirSync('tmp/server', { recursive: true });
  const outfile = `tmp/server/${name}.mjs`;
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
  return new URL(`../${outfile}`, import.meta.url).href;
}
