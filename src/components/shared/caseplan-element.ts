import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CaseParticipant } from '../../model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../model/catalog.js';
import type { StaffMember } from '../../model/staff.js';
import type { HistoryKey } from '../../model/history-chain.js';
import type { StorageAdapter } from '../../storage/elements.js';
import { CaseplanContextController } from './controllers/caseplan-context-controller.js';
import type { CaseplanTheme, NowSource } from './context.js';
import type { CurrentUser } from './current-user.js';
import { LocalizeController } from './i18n/localize-controller.js';
import { whenLocalesSettled } from './i18n/locale-loader.js';
import { providerStorageStance } from './provider-storage.js';
import { writePageRuleNow } from './print/page-margins.js';
import { NextMoment, type ReadState } from './read-state.js';
import { baseStyles } from './styles/base.js';
import { tokens } from './styles/tokens.js';

export type { CaseplanTheme } from './context.js';

/**
 * The base of every public caseplan element. It declares the inputs every element shares (each may
 * also come from a `<caseplan-provider>`; the element's own value wins), localizes (and passes its
 * locale to its parts), and carries the design tokens and base styles.
 *
 * Read inputs through `this.context` (`this.context.storage`, `.participants`, `.now()`...), never
 * through the raw properties: only the context controller knows the provider's values and has
 * checked the host's input.
 *
 * @fires cp-error - A property holds invalid input (`detail.code` is `input.invalid`); the invalid part is left out.
 * @cssprop --cp-font-family - The typeface of all text (and every other `--cp-*` token; see the theming docs).
 * @cssprop --cp-field-gap - Space between a field's label, control, hint and messages.
 * @cssprop --cp-field-label-color - Field labels.
 * @cssprop --cp-field-error-color - A field's messages and its invalid border.
 */
export class CaseplanElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** The `cp-*` parts this element renders, registered with it (see src/define). */
  static dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  /** Where records are kept. Falls back to the provider's. */
  @property({ attribute: false }) storage?: StorageAdapter;
  /** The service registry. Falls back to the provider's. */
  @property({ attribute: false }) catalog?: readonly CatalogEntry[];
  /** Administratively defined plan items. Falls back to the provider's. */
  @property({ attribute: false }) templates?: readonly PlanItemTemplate[];
  /** The people on the case. Falls back to the provider's. */
  @property({ attribute: false }) participants?: readonly CaseParticipant[];
  /** The organisation's users who can be made responsible for plan items (picked, never typed). Falls back to the provider's. */
  @property({ attribute: false }) staff?: readonly StaffMember[];
  /** The person using the element. Falls back to the provider's. */
  @property({ attribute: false }) currentUser?: CurrentUser;
  /** A BCP 47 tag (`es`, `pt-BR`); else the provider's, else the nearest `lang`. */
  @property() locale?: string;
  /** The clock: a fixed instant or a function. Falls back to the provider's, then the real clock. */
  @property({ attribute: false }) now?: NowSource;
  /** The key the default storage chains histories with (HMAC-SHA-256). Falls back to the provider's. */
  @property({ attribute: false }) historyKey?: HistoryKey;
  /** `light`, `dark` or `high-contrast`; unset follows the user's system preference. */
  /** `light`, `dark` or `high-contrast`; else the provider's; unset follows the user's system preference. */
  @property({ reflect: true }) theme?: CaseplanTheme;
  /** Shows everything, changes nothing (the `readonly` attribute, like a native input's). */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  protected readonly context = new CaseplanContextController(this);
  protected readonly localize = new LocalizeController(this, { provide: true });
  /** The next finished update, for `readState` (what an element waits for when its reads end in a render). */
  protected readonly updates = new NextMoment(this, 'update');
  /** The next removal from the page, for `readComplete` (a read cut short by it settles `false`). */
  private readonly removals = new NextMoment(this, 'removal');

  /**
   * Resolves once the element has read everything it shows and rendered it, so a host can print or
   * measure at once: `await element.readComplete; window.print()`. It waits for the storage as the element
   * does (a provider's, or the default after its grace time), then for the element's own records (the
   * editor: the plan or the case's list of plans, and for a case plan the case's visitation plans and
   * contacts; the planner: the child's visitation plans; the log: every contact, not only the first page)
   * and the language; the printed pages' margins (the document's `@page` rule) are then written in it, for a
   * print that fires no `beforeprint` (a headless browser's PDF). `true` when everything was read; `false` when a read failed or a record could not be
   * read (the element says so on screen): it settles then too, it never waits for a retry. Nothing to read
   * (no `case-id`...) resolves `true` at once. It never hangs: taken off the page while reading, it settles
   * `false` (read it again once the element is back); inside a `<caseplan-provider>` whose `storage` has not
   * been set (and no `default-storage`), it settles `false` at once (nothing was read). Like
   * `updateComplete`, read it again after changing what the element shows (another `plan-id`, `case-id`,
   * storage, a provider's storage arriving).
   */
  get readComplete(): Promise<boolean> {
    return this.allRead();
  }

  private async allRead(): Promise<boolean> {
    const read = await this.readUntilSettled();
    // A host prints now: the page's margins say what the element shows, in its language (see writePageRuleNow).
    writePageRuleNow();
    return read;
  }

  private async readUntilSettled(): Promise<boolean> {
    const removed = this.removals.next().then(() => 'removed' as const);
    for (;;) {
      if ((await Promise.race([this.updateComplete, removed])) === 'removed') return false;
      // What arrived since (an actor's new state) is not rendered yet: its update first, then ask.
      if (this.isUpdatePending) continue;
      const state = this.readState();
      if (state === 'read' || state === 'failed') return state === 'read';
      // Off the page, or inside a provider whose storage has not come: nothing more arrives to render.
      if (!this.isConnected || this.waitsForProviderStorage()) return false;
      if ((await Promise.race([state.until, removed])) === 'removed') return false;
    }
  }

  /** Inside a `<caseplan-provider>` without `default-storage` whose storage has not been set (yet). */
  private waitsForProviderStorage(): boolean {
    return this.context.storage === undefined && providerStorageStance(this) === 'wait';
  }

  /** Where this element stands in reading what it shows (see `readComplete`); each element says. */
  protected readState(): ReadState {
    return 'read';
  }

  /**
   * The theme in use (own, else the provider's) as the `cp-theme` attribute the token styles select on,
   * so `<caseplan-provider theme="dark">` themes every element inside it.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const theme = this.context.get('theme');
    if (theme) this.setAttribute('cp-theme', theme);
    else this.removeAttribute('cp-theme');
  }

  /**
   * Also waits for a language being loaded (the first time one is needed): once it has arrived this
   * element, and the parts it passes the language to, have rendered in it. So after
   * `el.locale = 'es'; await el.updateComplete` the element shows Spanish.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let load = this.localize.loading; load; load = this.localize.loading) {
      await load;
      await whenLocalesSettled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
