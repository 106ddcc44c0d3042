// A test-runner command that turns Chromium's forced-colors emulation on or off (with a light or dark
// system palette). @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only, and
// this runner's Puppeteer refuses the feature by name: the DevTools protocol takes it directly.
// In a test: `await executeServerCommand('emulate-forced-colors', { forcedColors: 'active', colorScheme: 'dark' })`.
export function forcedColorsPlugin() {
  // One DevTools session per test page, kept open: the protocol's emulation ends with its session.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors needs Puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const { forcedColors = 'none', colorScheme = 'light' } = payload ?? {};
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const client = sessions.get(page);
      await client.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'forced-colors', value: forcedColors },
          { name: 'prefers-color-scheme', value: colorScheme },
        ],
      });
      return true;
    },
  };
}
