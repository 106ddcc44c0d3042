// Library build: one ES module per entry in src/entries (one per element, plus model, storage and
// the index), and one per language in src/entries/locales (dist/locales/es.js...: a host imports one to
// have the language up front; the elements otherwise import the same module on demand).
// Runtime dependencies stay external so a host shares one copy of Lit, XState, Dexie and zod.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'vite';

const entriesIn = (folder: string, prefix = '') => {
  const dir = resolve(import.meta.dirname, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`${prefix}${basename(file, '.ts')}`, resolve(dir, file)]);
};
const entries = Object.fromEntries([...entriesIn('src/entries'), ...entriesIn('src/entries/locales', 'locales/')]);

const runtimeDependencies = ['lit', '@lit/context', 'xstate', 'dexie', 'zod', 'react', 'react-dom']; // react: the host's own copy (caseplan-elements/react)

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id: string) => runtimeDependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
