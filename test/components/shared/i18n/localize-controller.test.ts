import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { settle as settleTree } from '../mount.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localeContext } from '../../../../src/components/shared/context.js';
import { registerMessages } from '../../../../src/components/shared/i18n/catalog.js';
import { LocalizeController } from '../../../../src/components/shared/i18n/localize-controller.js';

/**
 * A tiny element that shows one localized word, so a test sees what a user would read. Like the
 * caseplan elements, its `updateComplete` includes a language being loaded on demand.
 */
class LocalizedProbe extends LitElement {
  @property() locale?: string;
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<span>${this.localize.term('common.save')}</span>`;
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let load = this.localize.loading; load; load = this.localize.loading) {
      await load;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
customElements.define('test-localized-probe', LocalizedProbe);

/** Shows a probe inside its shadow root, below a `lang` it sets there: locale must cross shadow roots. */
class ShadowLangWrapper extends LitElement {
  @property() innerLang = 'fr';
  override render() {
    return html`<div lang=${this.innerLang}><test-localized-probe></test-localized-probe></div>`;
  }
}
customElements.define('test-shadow-lang-wrapper', ShadowLangWrapper);

/** Supplies a locale through the `cp-locale` context, as `<caseplan-provider>` does. */
class LocaleSupplier extends LitElement {
  readonly provider = new ContextProvider(this, { context: localeContext, initialValue: 'es' });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-locale-supplier', LocaleSupplier);

function shownText(probe: LocalizedProbe): string {
  return probe.shadowRoot!.textContent!.trim();
}

/** MutationObserver and context callbacks run as microtasks; then the element re-renders. */
async function settle(element: LitElement): Promise<void> {
  await settleTree(element);
}

describe('LocalizeController', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  it('reads English when nothing names a language', async () => {
    document.documentElement.removeAttribute('lang');
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe></test-localized-probe>`);
    expect(shownText(probe)).to.equal('Save');
  });

  it('follows <html lang> and switches live when the page language changes', async () => {
    document.documentElement.lang = 'es';
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe></test-localized-probe>`);
    expect(shownText(probe)).to.equal('Guardar');
    document.documentElement.lang = 'fr';
    await settle(probe);
    expect(shownText(probe)).to.equal('Enregistrer');
  });

  it('follows the nearest ancestor lang, also from inside a shadow root, and its changes', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<ShadowLangWrapper>(html`<test-shadow-lang-wrapper></test-shadow-lang-wrapper>`);
    const probe = wrapper.shadowRoot!.querySelector<LocalizedProbe>('test-localized-probe')!;
    await probe.updateComplete;
    expect(shownText(probe)).to.equal('Enregistrer');
    wrapper.shadowRoot!.querySelector('div')!.setAttribute('lang', 'pt-BR');
    await settle(probe);
    expect(shownText(probe)).to.equal('Salvar');
  });

  it('lets the element locale win over every lang, and switches when it changes', async () => {
    document.documentElement.lang = 'fr';
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="pt-BR" lang="es"></test-localized-probe>`);
    expect(shownText(probe)).to.equal('Salvar');
    probe.locale = 'es-MX';
    await probe.updateComplete;
    expect(shownText(probe)).to.equal('Guardar');
    probe.locale = undefined;
    await probe.updateComplete;
    expect(shownText(probe), 'falls back to its own lang attribute').to.equal('Guardar');
    probe.removeAttribute('lang');
    await settle(probe);
    expect(shownText(probe), 'then to the page').to.equal('Enregistrer');
  });

  it('prefers the provider locale to lang attributes but not to the element locale', async () => {
    const supplier = await fixture<LocaleSupplier>(html`<test-locale-supplier lang="fr"><test-localized-probe></test-localized-probe></test-locale-supplier>`);
    const probe = supplier.querySelector<LocalizedProbe>('test-localized-probe')!;
    await probe.updateComplete;
    expect(shownText(probe)).to.equal('Guardar');
    supplier.provider.setValue('pt');
    await settle(probe);
    expect(shownText(probe)).to.equal('Salvar');
    probe.locale = 'en';
    await probe.updateComplete;
    expect(shownText(probe)).to.equal('Save');
  });

  it('reads pt-BR and pt-PT from the Portuguese catalog and unknown languages in English', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="pt-PT"></test-localized-probe>`);
    expect(probe.localize.locale).to.equal('pt');
    probe.locale = 'de-DE';
    await probe.updateComplete;
    expect(probe.localize.locale).to.equal('en');
    expect(shownText(probe)).to.equal('Save');
    probe.locale = 'not a language!';
    await probe.updateComplete;
    expect(shownText(probe)).to.equal('Save');
  });

  it('chooses plural forms with the language rules (French counts zero as singular)', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="en"></test-localized-probe>`);
    expect(probe.localize.term('common.errors.count', { count: 1 })).to.equal('1 problem to fix');
    expect(probe.localize.term('common.errors.count', { count: 3 })).to.equal('3 problems to fix');
    probe.locale = 'fr';
    await probe.updateComplete;
    expect(probe.localize.term('common.errors.count', { count: 0 })).to.equal('0 problème à corriger');
    expect(probe.localize.term('common.errors.count', { count: 2 })).to.equal('2 problèmes à corriger');
  });

  it('formats numbers inside messages for the language', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="pt-BR"></test-localized-probe>`);
    expect(probe.localize.term('value.too-long', { max: 2000 })).to.equal('Use no máximo 2.000 caracteres.');
  });

  it('shows a calendar date as the same day in every time zone, and money in its currency', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="pt-BR"></test-localized-probe>`);
    expect(probe.localize.date('2025-03-01')).to.equal('1 de mar. de 2025');
    expect(probe.localize.date('2025-03-01', { dateStyle: 'short' })).to.equal('01/03/2025');
    expect(probe.localize.money(1234.5, 'BRL').replace(/\s/g, ' ')).to.equal('R$ 1.234,50');
    probe.locale = 'en';
    await probe.updateComplete;
    expect(probe.localize.date('2025-03-01', { dateStyle: 'short' })).to.equal('3/1/25');
    expect(probe.localize.money(1234.5, 'USD')).to.equal('$1,234.50');
    expect(probe.localize.list(['Ana', 'Bruno', 'Carla'])).to.equal('Ana, Bruno, and Carla');
    expect(probe.localize.number(0.5, { style: 'percent' })).to.equal('50%');
    expect(probe.localize.date('not a date')).to.equal('');
  });

  it('shows the new language at once after a switch, back and forth: text, numbers in messages and dates (nothing cached across languages)', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="en"></test-localized-probe>`);
    // An instant is shown in the reader's time zone, whatever the test machine's is.
    const instant = '2025-03-01T12:00:00Z';
    const at = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
    const read = () => [shownText(probe), probe.localize.term('value.too-long', { max: 2000 }), probe.localize.date('2025-03-01'), probe.localize.dateTime(instant), probe.localize.number(1234.5)];
    const english = read();
    expect(english).to.deep.equal(['Save', 'Use at most 2,000 characters.', 'Mar 1, 2025', at('en'), '1,234.5']);
    for (const [locale, expected] of [
      ['pt-BR', ['Salvar', 'Use no máximo 2.000 caracteres.', '1 de mar. de 2025', at('pt-BR'), '1.234,5']],
      ['en', english],
      ['pt-BR', null],
      ['en', english],
    ] as const) {
      probe.locale = locale;
      await probe.updateComplete;
      if (expected) expect(read(), locale).to.deep.equal(expected);
      else expect(read(), locale).not.to.deep.equal(english);
    }
  });

  it('shows a message changed after it was first shown (a cached text follows the catalog)', async () => {
    registerMessages('test-changing-message', { en: { 'test.changing': 'First {count}' } });
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="en"></test-localized-probe>`);
    expect(probe.localize.term('test.changing', { count: 1 })).to.equal('First 1');
    registerMessages('test-changing-message', { en: { 'test.changing': 'Second {count}' } });
    expect(probe.localize.term('test.changing', { count: 1 })).to.equal('Second 1');
  });

  it('translates model violations and never shows a raw code', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="es"></test-localized-probe>`);
    expect(probe.localize.violation({ code: 'value.too-long', path: ['goal'], params: { max: 200 } })).to.equal('Use como máximo 200 caracteres.');
    const unknown = probe.localize.violation({ code: 'plan.something.new', path: [] });
    expect(unknown).to.equal('Este valor no es válido. Revíselo, por favor.');
    const missingParam = probe.localize.violation({ code: 'value.too-long', path: [] });
    expect(missingParam).to.equal('Este valor no es válido. Revíselo, por favor.');
    expect(missingParam).not.to.contain('{');
  });

  it('describes storage errors by their code and anything else generically', async () => {
    const probe = await fixture<LocalizedProbe>(html`<test-localized-probe locale="fr"></test-localized-probe>`);
    expect(probe.localize.error({ code: 'storage.quota-exceeded' })).to.contain('espace de stockage');
    expect(probe.localize.error(new TypeError('x is undefined'))).to.equal(
      // French typography: a narrow no-break space before the semicolon.
      'Un problème est survenu. Votre travail enregistré est en sécurité\u202f; veuillez réessayer.',
    );
  });
});
