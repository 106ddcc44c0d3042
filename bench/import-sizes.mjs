// Import rows of `npm run bench`: what each import a host writes costs, minified and gzipped, everything
// bundled (dependencies included), loaded up front (language catalogs and the IndexedDB adapter are
// chunks loaded on demand, not counted). Each host entry is the one-line module a vendor writes; it
// imports our source entries, which the library build turns module for module into dist/ (same code).
import { join, resolve } from 'node:path';
import { gzippedSize } from './bundle-size.mjs';

const root = resolve(import.meta.dirname, '..');
const entry = (name) => JSON.stringify(join(root, 'src/entries', `${name}.ts`));

/** Host entry, and the target in kB gzipped. */
export const importEntries = [
  { name: "caseplan-provider.js alone (import 'caseplan-elements/caseplan-provider.js')", source: `import ${entry('caseplan-provider')};`, targetKb: 10 },
  { name: 'MemoryStorageAdapter alone (from caseplan-elements/storage.js)', source: `export { MemoryStorageAdapter } from ${entry('storage')};`, targetKb: 5 },
  { name: 'service-plan-editor.js', source: `import ${entry('service-plan-editor')};`, targetKb: 70 },
  { name: 'visitation-planner.js', source: `import ${entry('visitation-planner')};`, targetKb: 70 },
  { name: 'contact-log.js', source: `import ${entry('contact-log')};`, targetKb: 70 },
  { name: 'all three elements + provider', source: ['caseplan-provider', 'service-plan-editor', 'visitation-planner', 'contact-log'].map((name) => `import ${entry(name)};`).join('\n'), targetKb: 100 },
  { name: "React wrapper of one element (caseplan-elements/react/service-plan-editor.js, React itself not counted)", source: `export { ServicePlanEditor } from ${JSON.stringify(join(root, 'src/react/service-plan-editor.ts'))};`, external: ['react', 'react-dom'] },
];

/** One row per import: name, raw and gzip bytes, target. */
export async function measureImports() {
  const rows = [];
  for (const { name, source, targetKb, external } of importEntries) {
    const { raw, gzip } = await gzippedSize(name, source, { external });
    rows.push({ name, raw, gzip, targetKb });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table((await measureImports()).map(({ name, gzip, targetKb }) => ({ name, kB: (gzip / 1024).toFixed(1), target: targetKb ?? '' })));
