// Library build: one ES module per source module (preserveModules), so dist/ mirrors src/: a host's
// bundler keeps only the modules an import reaches, package.json's `sideEffects` can name the few
// modules that register something, and the manifest's module paths are the source paths in dist/.
// The public entries (package.json `exports`) are named below: one per element, the provider, the
// registration helpers, everything (`all`), the model, the storage adapters, React wrappers and one
// module per language (dist/locales/es.js...: a host imports one to have the language up front; the
// elements otherwise import the same module on demand).
// Runtime dependencies stay external so a host shares one copy of Lit, XState, Dexie and zod.
// The single-file build for pages without a bundler is vite.bundle.config.ts.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sourceSideEffects } from './scripts/source-side-effects.mjs';
import { leanCssLiteralsPlugin } from './scripts/lean-css-literals.mjs';

const source = (path: string) => resolve(import.meta.dirname, 'src', path);
const modulesIn = (folder: string, prefix: string) =>
  readdirSync(source(folder))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`${prefix}${basename(file, '.ts')}`, source(`${folder}/${file}`)]);

/** Entry name (the file name in dist/) → source module. */
export const libraryEntries = Object.fromEntries([
  ...modulesIn('entries', ''),
  ...modulesIn('locales', 'locales/'),
  ...readdirSync(source('react'))
    .filter((file) => file.endsWith('.ts') && file !== 'common-events.ts')
    .map((file) => [`react/${basename(file, '.ts')}`, source(`react/${file}`)]),
  // Type-only entries (React JSX, Vue templates): empty modules, so importing them at run time works too.
  ['framework-types/react-jsx', source('framework-types/react-jsx.ts')],
  ['framework-types/vue', source('framework-types/vue.ts')],
]);

export const runtimeDependencies = ['lit', '@lit/context', '@lit/react', 'xstate', 'dexie', 'zod', 'react', 'react-dom', 'vue']; // react: the host's own copy

export default defineConfig({
  // The modules that register something (package.json sideEffects names their dist/ twins) stay in the build.
  // The css`…` styles ship without their comments and indentation (scripts/lean-css-literals.mjs).
  plugins: [sourceSideEffects(), leanCssLiteralsPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: libraryEntries, formats: ['es'] },
    rolldownOptions: {
      external: (id: string) => runtimeDependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => (chunk.isEntry && chunk.name in libraryEntries ? `${chunk.name}.js` : '[name].js'),
      },
    },
  },
});
