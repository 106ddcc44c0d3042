// What the bundle is made of: `node bench/bundle-why.mjs [entry] [--top=N] [--deps] [--unmapped]` builds a host entry of
// bench/bundle-size.mjs (default: all three + default storage) or an import row of bench/import-sizes.mjs the same way, with source maps, and sums the
// minified bytes of the code loaded up front (entry chunk and its static imports) per source file and per
// folder, by the source map's segments. Gzip does not split by file, so these are minified bytes; the
// shares are what to read. Not part of `npm run bench`: a tool for deciding what to cut.
import { dirname, resolve, relative } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { buildForProduction } from './production-build.mjs';
import { hostEntries } from './bundle-size.mjs';
import { importEntries } from './import-sizes.mjs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 60);
const name = args.find((arg) => !arg.startsWith('--')) ?? 'all three + default storage';
// A host entry of the bundle row, or an import row (by the start of its name: `caseplan-provider.js`).
const source = hostEntries[name] ?? importEntries.find((entry) => entry.name.startsWith(name) && !entry.external)?.source;
if (!source) throw new Error(`bundle-why: no entry "${name}"; one of: ${[...Object.keys(hostEntries), ...importEntries.map((entry) => entry.name)].join(', ')}`);

const cache = join(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'cp-bench-why-'));
try {
  const file = join(dir, 'host.js');
  writeFileSync(file, source);
  const files = await buildForProduction(file, { output: { sourcemap: true } });
  const upFront = new Set();
  const visit = (fileName) => {
    if (upFront.has(fileName) || files.get(fileName)?.type !== 'chunk') return;
    upFront.add(fileName);
    for (const imported of files.get(fileName).imports) visit(imported);
  };
  for (const chunk of files.values()) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);

  // Source map paths are relative to the chunk's folder in the output (dist/ under the root).
  // A dependency counts as one line unless --deps asks for its files.
  const collapse = (path) => (args.includes('--deps') ? path : path.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'node_modules/$1'));
  const label = (chunkDir, path) => collapse(relative(root, resolve(root, 'dist', chunkDir, path)));
  const byFile = new Map();
  const add = (key, bytes) => byFile.set(key, (byFile.get(key) ?? 0) + bytes);
  const unmapped = new Map();
  let total = 0;
  for (const fileName of upFront) {
    const chunk = files.get(fileName);
    const chunkDir = dirname(fileName);
    const decoded = chunk.map ? decode(chunk.map.mappings) : []; // a chunk of re-exports alone has no map
    chunk.code.split('\n').forEach((line, index) => {
      total += line.length + 1;
      const segments = decoded[index] ?? [];
      let covered = 0;
      segments.forEach((segment, i) => {
        const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
        covered += end - segment[0];
        if (segment.length > 1) add(label(chunkDir, chunk.map.sources[segment[1]]), end - segment[0]);
        else {
          add('(no source)', end - segment[0]);
          const text = line.slice(segment[0], Math.min(end, segment[0] + 60));
          unmapped.set(text, (unmapped.get(text) ?? 0) + end - segment[0]);
        }
      });
      add('(no source)', line.length + 1 - covered);
      if (segments.length > 0 && segments[0][0] > 0) unmapped.set(line.slice(0, Math.min(60, segments[0][0])), segments[0][0]);
    });
  }
  const byFolder = new Map();
  for (const [path, bytes] of byFile) {
    const folder = path.startsWith('node_modules/') || path.startsWith('(') ? path : path.split('/').slice(0, -1).join('/');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
  }
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
  const share = (bytes) => `${((100 * bytes) / total).toFixed(1).padStart(5)}%`;
  console.log(`${name}: ${kb(total)} kB minified up front (${upFront.size} chunks)\n\nby folder:`);
  for (const [folder, bytes] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes)} kB ${share(bytes)}  ${folder}`);
  console.log(`\nby file (top ${top}):`);
  for (const [path, bytes] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes)} kB ${share(bytes)}  ${path}`);
  if (args.includes('--unmapped')) {
    console.log('\nlargest code with no source:');
    for (const [text, bytes] of [...unmapped].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${kb(bytes)} kB  ${JSON.stringify(text)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
