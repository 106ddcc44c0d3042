// What the page checks share: the strict Content Security Policy with Trusted Types, a server that sends
// it with every response, and a headless Chromium (playwright-core, the system browser).
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

export const strictPolicy = [
  "default-src 'none'",
  "script-src 'self' 'report-sample'",
  "style-src 'self' 'report-sample'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Serves `html` at / and each script by its path, every response under the strict policy. Resolves to { origin, close }. */
export async function serveStrict(html, scripts) {
  const server = createServer((request, response) => {
    const headers = { 'Content-Security-Policy': strictPolicy, 'X-Content-Type-Options': 'nosniff' };
    if (request.url === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    else if (scripts.has(request.url)) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(scripts.get(request.url));
    else if (request.url === '/favicon.ico') response.writeHead(204, headers).end();
    else response.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** A check's result line, collected for the `N passed, N failed` summary. */
export function checker() {
  const results = [];
  const check = (name, ok, detail = '') => {
    results.push({ name, ok });
    console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  };
  const finish = () => {
    const failed = results.filter((result) => !result.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    return failed;
  };
  return { check, finish };
}
