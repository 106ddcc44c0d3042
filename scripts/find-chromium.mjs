// Finds a Chromium for the browser tests, benchmarks and screenshots: CHROME_PATH first, then the
// usual system names. As root on Debian/Ubuntu it installs Debian's `chromium` package when none is
// found; elsewhere it stops with a one-line instruction. Test tools never download their own browser.
import { existsSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function locate() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path)) ?? onPath('chromium') ?? onPath('google-chrome');
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

export function findChromium() {
  const found = locate();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about a minute)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const installed = locate();
    if (installed) return installed;
  }
  console.error('No Chromium found: install Chromium or Chrome (Debian: sudo apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
