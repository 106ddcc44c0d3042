// Single-file build for pages without a bundler (server-rendered pages, plain HTML):
// dist/bundle/caseplan-elements.js is `caseplan-elements/all.js` with Lit, XState, zod, Dexie and every
// language inside one minified ES module: `<script type="module" src=".../caseplan-elements.js">`
// registers every element. (The import-map recipe in the README uses the modular dist/ instead.)
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sourceSideEffects } from './scripts/source-side-effects.mjs';
import { leanCssLiteralsPlugin } from './scripts/lean-css-literals.mjs';

export default defineConfig({
  // The modules that register something (package.json sideEffects names their dist/ twins) stay in the build.
  plugins: [sourceSideEffects(), leanCssLiteralsPlugin()],
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { conditions: ['browser', 'production', 'import', 'module', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist/bundle',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: { entry: { 'caseplan-elements': resolve(import.meta.dirname, 'src/entries/all.ts') }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', inlineDynamicImports: true } },
  },
});
