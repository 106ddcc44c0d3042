import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import '../../../../src/entries/contact-log.js';
import type { ContactLog } from '../../../../src/components/contact-log/contact-log.js';
import { isLocaleRegistered, registeredKeys, translatedLocales, type TranslatedLocale } from '../../../../src/components/shared/i18n/catalog.js';
import { localeLoaders, whenLocalesSettled } from '../../../../src/components/shared/i18n/locale-loader.js';
import { MemoryStorageAdapter } from '../../../../src/storage/memory-adapter.js';
// Every English catalog (the shared ones and every element's), to compare each language module with.
import '../../../../src/components/shared/i18n/index.js';
import '../../../../src/define/all-elements.js';

// The order matters in this file: each language is loaded for the first time by one test. No test here
// imports a language module up front, as a host relying on on-demand loading would not.

const realLoaders = { ...localeLoaders };
const placed: Element[] = [];
afterEach(() => {
  for (const element of placed.splice(0)) element.remove();
  Object.assign(localeLoaders, realLoaders);
});

/** A contact log as a host places it; `locale` set before it is connected. Not awaited. */
function placeLog(locale: string): ContactLog {
  const log = document.createElement('contact-log') as ContactLog;
  log.locale = locale;
  log.storage = new MemoryStorageAdapter({ name: `locale-loading-${Math.random()}` });
  document.body.append(log);
  placed.push(log);
  return log;
}

const shown = (log: ContactLog, selector: string) => log.shadowRoot!.querySelector(selector)!.textContent!.trim();

/** Resolves after the element's next render (whatever it shows). */
function nextRender(log: ContactLog): Promise<void> {
  return new Promise((resolve) => {
    const controller: ReactiveController = {
      hostUpdated: () => {
        log.removeController(controller);
        resolve();
      },
    };
    log.addController(controller);
  });
}

describe('languages loaded on demand', () => {
  it('show French once updateComplete resolves, without the host importing French', async () => {
    expect(isLocaleRegistered('fr'), 'French is not part of the element entry').to.equal(false);
    const log = placeLog('fr');
    await log.updateComplete;
    expect(isLocaleRegistered('fr')).to.equal(true);
    expect(shown(log, 'h2')).to.equal('Journal des contacts');
    expect(log.shadowRoot!.textContent).to.contain('Le dossier n’est pas encore connu');
    expect(log.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('show English (never a key) while the language loads, then switch to it', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    localeLoaders.es = () => gate.then(realLoaders.es);
    const log = placeLog('es');
    const removed = placeLog('es-MX');
    await Promise.all([nextRender(log), nextRender(removed)]);
    expect(shown(log, 'h2')).to.equal('Contact log');
    expect(log.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), 'dates and numbers in English too').to.equal('en-US');
    removed.remove(); // nobody waits for an element taken off the page meanwhile
    open();
    await log.updateComplete;
    await whenLocalesSettled();
    expect(shown(log, 'h2')).to.equal('Registro de contactos');
    expect(log.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('fall back to English with one console warning when a language cannot be loaded', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      localeLoaders.pt = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const first = placeLog('pt-BR');
      const second = placeLog('pt');
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(shown(first, 'h2')).to.equal('Contact log');
      expect(shown(second, 'h2')).to.equal('Contact log');
      expect(first.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en-US');
      second.locale = 'pt-PT';
      await second.updateComplete;
      expect(shown(second, 'h2')).to.equal('Contact log');
      expect(warnings.length, warnings.map((args) => String(args[0])).join('\n')).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('"pt"');
    } finally {
      console.warn = originalWarn;
    }
  });

  for (const locale of translatedLocales) {
    it(`registers every English key, and no other, in the ${locale} module`, async () => {
      await realLoaders[locale as TranslatedLocale]();
      expect(isLocaleRegistered(locale)).to.equal(true);
      const english = registeredKeys('en').sort();
      expect(registeredKeys(locale).sort()).to.deep.equal(english);
    });
  }
});
