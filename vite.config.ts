// Library build: one ES module per entry in src/entries (one per element, plus model, storage and
// the index). Runtime dependencies stay external so a host shares one copy of Lit, XState, Dexie and zod.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'vite';

const entriesDir = resolve(import.meta.dirname, 'src/entries');
const entries = Object.fromEntries(
  readdirSync(entriesDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [basename(file, '.ts'), resolve(entriesDir, file)]),
);

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
