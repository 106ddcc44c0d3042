// One way to build for the benchmark: what a host's production build does with our package (Vite
// with rolldown, minified, production conditions), kept in memory. Used for the bundle sizes and for
// the page the timings run in, so both measure the same code.
import { resolve } from 'node:path';
import { build } from 'vite';
import { sourceSideEffects } from '../scripts/source-side-effects.mjs';
import { leanCssLiteralsPlugin } from '../scripts/lean-css-literals.mjs';

const root = resolve(import.meta.dirname, '..');

/** Builds `input`; returns every output file by name (chunks as code, assets as source). `minify: false` keeps names for profiles. */
export async function buildForProduction(input, { external, output = {}, minify = true } = {}) {
  const built = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    // As the library build: the css`…` styles without comments and indentation, as dist/ has them.
    plugins: [sourceSideEffects(), leanCssLiteralsPlugin()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['browser', 'production', 'import', 'module', 'default'] },
    build: {
      write: false,
      target: 'es2022',
      minify,
      cssCodeSplit: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input, ...(external ? { external } : {}), preserveEntrySignatures: 'strict', output: { format: 'es', ...output } },
    },
  });
  return new Map((Array.isArray(built) ? built : [built]).flatMap((bundle) => bundle.output).map((file) => [file.fileName, file]));
}

/** The text of a built file. */
export const textOf = (file) => (file.type === 'chunk' ? file.code : file.source);
