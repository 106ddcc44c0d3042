// A test-runner command that turns Chromium's forced-colors emulation on or off (with a light or dark
// system palette). @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only;
// this runner drives Chromium through Puppeteer, whose emulateMediaFeatures takes it.
// In a test: `await executeServerCommand('emulate-forced-colors', { forcedColors: 'active', colorScheme: 'dark' })`.
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors needs Puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const { forcedColors = 'none', colorScheme = 'light' } = payload ?? {};
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: forcedColors },
        { name: 'prefers-color-scheme', value: colorScheme },
      ]);
      return true;
    },
  };
}
