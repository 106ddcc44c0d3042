// React ships CommonJS only, which the test runner cannot import as ES modules. This plugin serves one
// esbuild bundle of react, react-dom and react-dom/client (one shared copy of React) and small ES module
// shims that re-export each package's named exports from it, so tests import 'react' as a bundler would.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
const bundlePath = '/__cp_react/bundle.js';
const packages = { react: 'react', 'react-dom': 'reactDom', 'react-dom/client': 'reactDomClient' };
const shimPath = (name) => `/__cp_react/${name.replace('/', '__')}.js`;

const isIdentifier = (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default';

/** The package's export names, read in a separate Node process: React's development build patches the console it loads in. */
function exportNames(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' }));
}

function shim(name, binding) {
  const keys = exportNames(name).filter(isIdentifier);
  return [
    `import { ${binding} } from '${bundlePath}';`,
    `export default ${binding}.default ?? ${binding};`,
    `export const { ${keys.join(', ')} } = ${binding}.default ?? ${binding};`,
  ].join('\n');
}

let bundled;
function bundle() {
  bundled ??= build({
    stdin: {
      contents: Object.entries(packages).map(([name, binding]) => `import * as ${binding} from '${name}'; export { ${binding} };`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return source in packages ? shimPath(source) : undefined;
    },
    async serve(context) {
      if (context.path === bundlePath) return { body: await bundle(), type: 'js' };
      for (const [name, binding] of Object.entries(packages)) {
        if (context.path === shimPath(name)) return { body: shim(name, binding), type: 'js' };
      }
      return undefined;
    },
  };
}
