// Bundle row of `npm run bench`: builds tiny host entries with Vite (rolldown) for production, minified,
// everything bundled (as a host application would ship), and sums the gzipped size of the output.
// Our own code is the same host entry built with the dependencies left out (external); the dependencies
// alone = total − own code, i.e. exactly the parts of lit, @lit/context, xstate, dexie and zod/mini the
// elements use, minified and tree-shaken like the rest (a namespace `export *` of zod/mini would count
// its 80 kB of locales, which no host ships).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const entry = (name) => JSON.stringify(join(root, 'src/entries', `${name}.ts`));

/** The host entries, each a tiny module a host application could write. */
export const hostEntries = {
  'service-plan-editor': `import ${entry('service-plan-editor')};`,
  'visitation-planner': `import ${entry('visitation-planner')};`,
  'contact-log': `import ${entry('contact-log')};`,
  'all three + default storage': [
    `import ${entry('service-plan-editor')};`,
    `import ${entry('visitation-planner')};`,
    `import ${entry('contact-log')};`,
    `export { openDefaultStorage } from ${JSON.stringify(join(root, 'src/storage/open-default.ts'))};`,
  ].join('\n'),
};

const dependencies = ['lit', '@lit/context', 'xstate', 'dexie', 'zod'];
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

async function gzippedSize(name, source, { ownOnly = false } = {}) {
  // Inside the project so the host entry resolves the installed dependencies as a host's would.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cp-bench-bundle-'));
  try {
    const file = join(dir, 'host.js');
    writeFileSync(file, source);
    const output = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: { conditions: ['browser', 'production', 'import', 'module', 'default'] },
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        cssCodeSplit: false,
        modulePreload: false,
        reportCompressedSize: false,
        rolldownOptions: { input: file, ...(ownOnly ? { external: isDependency } : {}), preserveEntrySignatures: 'strict', output: { format: 'es' } },
      },
    });
    const bundles = Array.isArray(output) ? output : [output];
    let raw = 0;
    let gzip = 0;
    for (const bundle of bundles) {
      for (const chunk of bundle.output) {
        const text = chunk.type === 'chunk' ? chunk.code : chunk.source;
        raw += Buffer.byteLength(text);
        gzip += gzipSync(text, { level: 9 }).length;
      }
    }
    return { name, raw, gzip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes in bytes: each element's entry, all three, our own code in them, and the dependencies. */
export async function measureBundles() {
  const sizes = [];
  for (const [name, source] of Object.entries(hostEntries)) sizes.push(await gzippedSize(name, source));
  const total = sizes.at(-1);
  const own = await gzippedSize('own code (all three, dependencies left out)', hostEntries['all three + default storage'], { ownOnly: true });
  const deps = { name: 'dependencies (lit, @lit/context, xstate, dexie, zod/mini as used)', raw: total.raw - own.raw, gzip: total.gzip - own.gzip };
  return [...sizes, own, deps];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureBundles(), null, 2));
