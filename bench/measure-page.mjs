// The benchmark's page for the diagnostic tools (profile.mjs, heap.mjs, run-once.mjs): bench/page/measure.ts
// built for production but unminified (functions keep their names), served on a free local port, opened in
// headless Chromium and ready (`window.bench` loaded). `close()` ends the browser and the server.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildForProduction, textOf } from './production-build.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');

/** @param {{ title: string, viewport?: { width: number, height: number }, timeout?: number }} options */
export async function openMeasurePage({ title, viewport, timeout }) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script type="module" src="/measure.js"></script></head><body></body></html>`;
  const built = await buildForProduction(resolve(root, 'bench/page/measure.ts'), { minify: false, output: { entryFileNames: 'measure.js' } });
  const files = new Map([...built].map(([fileName, file]) => [`/${fileName}`, textOf(file)]));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    else if (files.has(path)) response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(files.get(path));
    else response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  // `--expose-gc`: the storage steps each start after a full garbage collection (measure.ts `collectGarbage` throws without it).
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'] });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage(viewport ? { viewport } : {});
    if (timeout !== undefined) page.setDefaultTimeout(timeout);
    await page.goto(`http://127.0.0.1:${server.address().port}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
