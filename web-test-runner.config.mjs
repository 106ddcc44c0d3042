// Runs every test in the system Chromium (never a downloaded browser). scripts/test.mjs finds it
// and passes CHROME_PATH; the plugins below compile TypeScript with our tsconfig (legacy Lit decorators)
// and point `dexie` at its browser ESM build, whose default entry does not load under the test runner.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { reactEsmPlugin } from './scripts/wtr-react-esm.mjs';
import { syncServerPlugin } from './scripts/wtr-sync-server.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';
import { slowestFilesReporter } from './scripts/wtr-slowest-files.mjs';
import { reliabilityRoundsPlugin } from './scripts/wtr-reliability-rounds.mjs';

const dexieEsm = '/node_modules/dexie/dist/dexie.mjs';

export default {
  rootDir: '.',
  files: process.env.CP_TEST_FILES ? process.env.CP_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One page at a time: a page in a background tab gets no focus and no animation frames, which makes
  // keyboard and focus tests flaky. The suite stays well within CI's time.
  concurrency: 1,
  testsFinishTimeout: 240000,
  // The usual report, then the 15 slowest test files with their wall time: where a CI run's time goes.
  reporters: [defaultReporter(), slowestFilesReporter()],
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  plugins: [
    a11ySnapshotPlugin(), // Chromium's accessibility tree, for tests of the names assistive technology reads
    syncServerPlugin(), // the reference sync server, started and stopped by test/storage/sync tests
    reactEsmPlugin(), // React is CommonJS: served as ES modules for test/components/react.test.ts
    forcedColorsPlugin(), // forced-colors emulation (light and dark system palettes) for the contrast tests
    reliabilityRoundsPlugin(), // how long the interleaved-edit scenarios run: short in `npm test`, full in `npm run reliability`
    {
      name: 'resolve-dexie-esm',
      resolveImport({ source }) {
        if (source === 'dexie') return dexieEsm;
        return undefined;
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
