// Bundle row of `npm run bench`: builds tiny host entries with Vite (rolldown) for production, minified,
// everything bundled (as a host application would ship), and sums the gzipped size of the output.
// Our own code is the same host entry built with the dependencies left out (external); the dependencies
// alone = total − own code, i.e. exactly the parts of lit, @lit/context, xstate, dexie and zod/mini the
// elements use, minified and tree-shaken like the rest (a namespace `export *` of zod/mini would count
// its 80 kB of locales, which no host ships).
// What a page loads up front is counted: the entry chunk and every chunk it imports statically. English
// is built in; Spanish, French and Portuguese are chunks the elements import on demand (a page loads at
// most the one it shows), so they are not in the entry sizes but reported as rows of their own, each
// with whatever else only it pulls in, measured in the build of all three elements.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildForProduction, textOf } from './production-build.mjs';

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

const languages = { es: 'Spanish', fr: 'French', pt: 'Portuguese' };

const dependencies = ['lit', '@lit/context', 'xstate', 'dexie', 'zod'];
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

export async function gzippedSize(name, source, { ownOnly = false, external } = {}) {
  // Inside the project so the host entry resolves the installed dependencies as a host's would.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cp-bench-bundle-'));
  try {
    const file = join(dir, 'host.js');
    writeFileSync(file, source);
    const isExternal = ownOnly ? isDependency : external ? (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) : undefined;
    const files = await buildForProduction(file, isExternal ? { external: isExternal } : {});
    const size = (fileNames) => {
      let raw = 0;
      let gzip = 0;
      for (const fileName of fileNames) {
        const file = files.get(fileName);
        const text = textOf(file);
        raw += Buffer.byteLength(text);
        gzip += gzipSync(text, { level: 9 }).length;
      }
      return { raw, gzip };
    };
    // The chunks a file needs before it runs: itself and its static imports, transitively.
    const staticClosure = (start) => {
      const seen = new Set();
      const visit = (fileName) => {
        if (seen.has(fileName) || !files.has(fileName)) return;
        seen.add(fileName);
        const file = files.get(fileName);
        if (file.type === 'chunk') for (const imported of file.imports) visit(imported);
      };
      for (const fileName of start) visit(fileName);
      return seen;
    };
    const entry = staticClosure([...files.values()].filter((file) => file.type === 'chunk' && file.isEntry).map((file) => file.fileName));
    const onDemand = [];
    const lazy = new Set();
    const localized = [...files.values()].some((file) => file.type === 'chunk' && /\/src\/locales\/[a-z]+\.ts$/.test(file.facadeModuleId ?? ''));
    for (const [code, language] of Object.entries(languages)) {
      const chunk = [...files.values()].find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(`/src/locales/${code}.ts`));
      if (!chunk && !localized) continue; // an import that shows no text (the provider alone, an adapter)
      if (!chunk) throw new Error(`bundle: no chunk for src/locales/${code}.ts (is it still loaded on demand?)`);
      const own = [...staticClosure([chunk.fileName])].filter((fileName) => !entry.has(fileName));
      for (const fileName of own) lazy.add(fileName);
      onDemand.push({ name: `${language} catalog (loaded on demand)`, ...size(own) });
    }
    // The IndexedDB adapter (with Dexie) is a chunk openDefaultStorage imports only when an element has no
    // storage from its host: on demand too, a row of its own.
    const indexedDb = [...files.values()].find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/storage/dexie-adapter.ts'));
    if (indexedDb) {
      const own = [...staticClosure([indexedDb.fileName])].filter((fileName) => !entry.has(fileName) && !lazy.has(fileName));
      for (const fileName of own) lazy.add(fileName);
      onDemand.push({ name: 'IndexedDB adapter with Dexie (loaded when no storage is given)', ...size(own) });
    }
    // zod's schema compiler is a chunk compiled-check.ts imports only once a page has read one kind of record
    // often (and may compile code): on demand too.
    const compiler = [...files.values()].find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/storage/schema-compiler.ts'));
    if (compiler) {
      const own = [...staticClosure([compiler.fileName])].filter((fileName) => !entry.has(fileName) && !lazy.has(fileName));
      for (const fileName of own) lazy.add(fileName);
      onDemand.push({ name: "zod's schema compiler (loaded once a page reads many records of a kind)", ...size(own) });
    }
    // Every output file is counted somewhere: up front, or as part of one language, the IndexedDB adapter or the schema compiler.
    const stray = [...files.keys()].filter((fileName) => !entry.has(fileName) && !lazy.has(fileName));
    if (stray.length > 0) throw new Error(`bundle: output neither loaded up front nor loaded on demand: ${stray.join(', ')}`);
    return { name, ...size(entry), onDemand };
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
  const strip = ({ name, raw, gzip }) => ({ name, raw, gzip });
  return [...sizes.map(strip), strip(own), deps, ...total.onDemand];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureBundles(), null, 2));
