import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Violation } from '../../../model/shared/violation.js';
import { ensureContextRoot, localeContext } from '../context.js';
import { isLocaleRegistered, lookupMessage, type ShippedLocale } from './catalog.js';
import { dateValueText, localizeDateParams, type DateParamWords } from './date-params.js';
import { retypeDates } from './date-text.js';
import { isolatedText } from './bidi-isolate.js';
import { formatMessage, placeholdersOf, type MessageParams } from './format-message.js';
import { formatDate, formatDateTime, formatList, formatMoney, formatNumber, formatTimeZone, type DateInput } from './intl-format.js';
import { observeLang } from './lang-observer.js';
import { isLocaleSettled, loadLocale, trackLocaleWork } from './locale-loader.js';
import { catalogLocaleFor, closestLang, directionOf, enclosingShadowRoots, formattingLocaleFor } from './locale.js';
import './messages/common.js';
import './messages/values.js';
import './messages/storage-errors.js';

/** An element that localizes: it may carry its own `locale` (property or attribute). */
export type LocalizeHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

export interface LocalizeOptions {
  /**
   * Pass the resolved locale on to the elements inside this one (through the `cp-locale` context), so
   * the small parts of an element speak its language even when it differs from the page's. Top-level
   * elements set this; small parts do not.
   */
  provide?: boolean;
}

const warnedMissing = new Set<string>();

/**
 * Localization for one element, with no page-global configuration, so it cannot clash with a host
 * page's own localization library. The locale is, first found: the element's `locale`, the locale of
 * the `<caseplan-provider>` (or enclosing caseplan element) around it, the nearest `lang` attribute
 * (crossing shadow roots), `<html lang>`, then English. `pt-BR` reads the `pt` catalog; a language
 * we do not ship reads English. A change to any of these re-renders the element.
 *
 * English is built in; another language is loaded the first time an element needs it (see
 * locale-loader.ts). Until it has arrived the element shows English (text, dates and numbers alike),
 * then re-renders in the language; if it cannot be loaded, English stays. `loading` is the pending
 * wait, which the elements' `updateComplete` includes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private providedLocale: string | undefined;
  private resolvedTag = 'en';
  private stopObserving: (() => void) | undefined;
  private readonly provider: ContextProvider<typeof localeContext, LocalizeHost> | undefined;
  private shown: ShippedLocale = 'en';
  private shownLang = formattingLocaleFor('en');
  private loadingLocale: ShippedLocale | undefined;
  private pendingLoad: Promise<void> | undefined;
  private readonly afterRender: (() => void)[] = [];
  /** The language the element last rendered in: a render in another writes typed dates again in its format. */
  private renderedLang: string | undefined;

  constructor(host: LocalizeHost, options: LocalizeOptions = {}) {
    this.host = host;
    host.addController(this);
    ensureContextRoot();
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (locale) => {
        this.providedLocale = locale;
        this.refresh();
      },
    });
    if (options.provide) this.provider = new ContextProvider(host, { context: localeContext, initialValue: this.resolvedTag });
  }

  hostConnected(): void {
    const roots: (Document | ShadowRoot)[] = [this.host.ownerDocument, ...enclosingShadowRoots(this.host)];
    this.stopObserving = observeLang(roots, () => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    // A removed element may not render again soon: nobody should wait for it.
    for (const resolve of this.afterRender.splice(0)) resolve();
  }

  /** Runs after every render: a render with the loaded language completes the wait for it. */
  hostUpdated(): void {
    for (const resolve of this.afterRender.splice(0)) resolve();
  }

  /** Runs before every render, so a changed `locale` property is read in the same update. */
  hostUpdate(): void {
    this.resolve();
    // Dates typed in the old language's format are read in the new one's once committed: same day, new format.
    if (this.renderedLang !== undefined && this.renderedLang !== this.shownLang) retypeDates(this.host.shadowRoot ?? this.host, this.renderedLang, this.shownLang);
    this.renderedLang = this.shownLang;
  }

  /** The requested language tag, as resolved (e.g. `pt-BR`, `fr-CA`, `en`). */
  get requestedLocale(): string {
    return this.resolvedTag;
  }

  /**
   * The catalog the text comes from: `en`, `es`, `fr` or `pt`. English while the requested language is
   * still loading, or when it could not be loaded.
   */
  get locale(): ShippedLocale {
    return this.shown;
  }

  /**
   * The tag for Intl and for a `lang` attribute on the element's shadow content (`pt-BR` for `pt`):
   * always the language the text is shown in, so English text never comes with French dates.
   */
  get lang(): string {
    return this.shownLang;
  }

  /** The direction of the element's own text (`dir` on its shadow content, beside `lang`): the shown language's. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.shown);
  }

  /**
   * While the requested language is loading: a promise that resolves once it has loaded (or failed)
   * and the element has rendered again. Undefined when nothing is pending.
   */
  get loading(): Promise<void> | undefined {
    return this.pendingLoad;
  }

  /** A message by key, with `{placeholders}` filled and a plural form chosen by `params.count`. */
  term(key: string, params: MessageParams = {}): string {
    const message = lookupMessage(this.locale, key) ?? lookupMessage('en', key);
    if (message === undefined) {
      if (!warnedMissing.has(key)) {
        warnedMissing.add(key);
        console.warn(`caseplan-elements: no message registered for "${key}"`);
      }
      return key;
    }
    return formatMessage(message, params, this.lang);
  }

  /** True when a message exists for the key (in this locale or in English). */
  has(key: string): boolean {
    return lookupMessage(this.locale, key) !== undefined || lookupMessage('en', key) !== undefined;
  }

  /**
   * A model Violation in words. Its code is the message key; when no message exists, or the message
   * needs a value the violation does not carry, a generic localized sentence is shown: never a raw code.
   * Dates among its params (ISO days, instants, occurrence keys) are shown in this language's own
   * format and calendar, here for every element (see date-params.ts).
   */
  violation(found: Violation): string {
    const message = lookupMessage(this.locale, found.code) ?? lookupMessage('en', found.code);
    const params: MessageParams = found.params ?? {};
    if (message === undefined || placeholdersOf(message).some((name) => params[name] === undefined)) {
      return this.term('violation.generic');
    }
    return formatMessage(message, localizeDateParams(found.code, params, this.dateWords), this.lang);
  }

  /** How dates read in this language (see date-params.ts). */
  private get dateWords(): DateParamWords {
    return { lang: this.lang, weekOf: (date) => this.term('common.week-of', { date }) };
  }

  /**
   * A value the model stores as a date (a calendar day, an instant, a visit's occurrence key) in this
   * language's words, the way `violation` shows the dates among its params; any other shape unchanged.
   * Only for values the model says are dates: typed text that looks like one stays as typed.
   */
  dateValue(value: string): string {
    return dateValueText(value, this.dateWords);
  }

  /** Any error in words: a StorageError (or anything with a known `code`) by its code, anything else generically. */
  error(error: unknown): string {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return code !== undefined && this.has(code) ? this.violation({ code, path: [] }) : this.term('common.error.generic');
  }

  /** A calendar date (`YYYY-MM-DD`, shown without time-zone shift) or an instant, as a date. */
  date(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang, value, options);
  }

  dateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(this.lang, value, options);
  }

  /** A time zone's name in this language ("hora central"), not its IANA code. */
  timeZone(timeZone: string): string {
    return formatTimeZone(this.lang, timeZone);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang, value, options);
  }

  /** An amount in an ISO 4217 currency (`USD`, `BRL`, `EUR`). */
  money(amount: number, currency: string): string {
    return formatMoney(this.lang, amount, currency);
  }

  list(items: readonly string[], options?: Intl.ListFormatOptions): string {
    return formatList(this.lang, items.map(isolatedText), options);
  }

  private resolve(): boolean {
    const own = this.host.locale?.trim();
    const tag = own || this.providedLocale || closestLang(this.host) || this.host.ownerDocument.documentElement.lang || 'en';
    const changed = tag !== this.resolvedTag;
    if (changed) {
      this.resolvedTag = tag;
      this.provider?.setValue(tag);
    }
    this.ensureCatalog();
    // What is shown: the requested language once registered, else English (with English formats:
    // `en-GB` keeps its own, any other requested tag formats as plain English).
    const wanted = catalogLocaleFor(this.resolvedTag);
    this.shown = isLocaleRegistered(wanted) ? wanted : 'en';
    this.shownLang = formattingLocaleFor(this.shown === wanted ? this.resolvedTag : 'en');
    return changed;
  }

  /** Starts loading the requested language when it is not here yet, and re-renders the host once it is. */
  private ensureCatalog(): void {
    const wanted = catalogLocaleFor(this.resolvedTag);
    if (isLocaleSettled(wanted) || this.loadingLocale === wanted) return;
    this.loadingLocale = wanted;
    const wait = loadLocale(wanted).then(
      () =>
        new Promise<void>((resolve) => {
          if (!this.host.isConnected) return resolve();
          this.afterRender.push(resolve);
          this.host.requestUpdate();
          // A render that throws never reaches hostUpdated: nobody should wait for it forever.
          this.host.updateComplete.catch(() => resolve());
        }),
    );
    this.pendingLoad = wait;
    trackLocaleWork(wait);
    void wait.then(() => {
      if (this.pendingLoad !== wait) return;
      this.pendingLoad = undefined;
      this.loadingLocale = undefined;
    });
  }

  private refresh(): void {
    if (this.resolve()) this.host.requestUpdate();
  }
}
