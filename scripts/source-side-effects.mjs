// package.json `sideEffects` names the modules of dist/ that register something when imported (an
// element, a language, English messages). Builds made from the source in this repository (the benchmark
// page, the demo, Storybook) import src/ instead, which the published package does not contain: this
// Vite plugin marks the same modules of src/ (dist/x/y.js ↔ src/x/y.ts, the library is built with
// preserveModules) as having side effects, so those builds keep them and the package.json stays exact.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** `./dist/components/*\/messages.js` → a RegExp for `src/components/<one folder>/messages.ts`. */
function sourcePattern(distGlob) {
  const body = distGlob
    .replace(/^\.\/dist\//, '')
    .replace(/\.js$/, '')
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^src/(entries/)?${body}\\.ts$`); // top-level entries live in src/entries/
}

export function sideEffectfulSources() {
  const { sideEffects } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return sideEffects.filter((glob) => !glob.startsWith('./dist/bundle/')).map(sourcePattern);
}

/** The Vite plugin. */
export function sourceSideEffects() {
  const patterns = sideEffectfulSources();
  return {
    name: 'caseplan-source-side-effects',
    transform(code, id) {
      const path = relative(root, id.split('?')[0]);
      if (patterns.some((pattern) => pattern.test(path))) return { code, moduleSideEffects: true };
      return undefined;
    },
  };
}
