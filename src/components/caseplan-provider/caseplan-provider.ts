import { ContextProvider, type Context } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { CaseParticipant } from '../../model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../model/catalog.js';
import type { StaffMember } from '../../model/staff.js';
import type { HistoryKey } from '../../model/history-chain.js';
import type { StorageAdapter } from '../../storage/elements.js';
import { CaseplanContextController } from '../shared/controllers/caseplan-context-controller.js';
import { caseplanContextNames, caseplanContexts, type CaseplanContextName, type CaseplanTheme, type NowSource } from '../shared/context.js';
import type { CurrentUser } from '../shared/current-user.js';

/**
 * Supplies storage, the service catalog, plan item templates, the case participants, the current
 * user, the locale, the clock and the history key to every caseplan element inside it, so a host sets them once.
 * A property set on an element itself wins over the provider's. A provider inside another provider
 * passes on the outer values it does not set itself. It takes no space on the page.
 *
 * @summary Supplies shared settings (storage, people, language, clock) to the elements inside it.
 * @slot - The caseplan elements (and any host markup around them).
 * @fires cp-error - A property holds invalid input (`detail.code` is `input.invalid`, `detail.violations` says what); the invalid part is left out.
 */
export class CaseplanProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * Where records are kept. Until it is set, the elements inside wait (nothing is written to the
   * default database meanwhile), unless `default-storage` says they should use the default.
   */
  @property({ attribute: false }) storage?: StorageAdapter;
  /** No host storage is coming: the elements inside use the default (IndexedDB, or memory with a warning). */
  @property({ type: Boolean, attribute: 'default-storage', reflect: true }) defaultStorage = false;
  /**
   * Marks a provider for the elements inside (see `providerStorageStance`).
   * @internal
   */
  readonly isCaseplanProvider = true as const;
  /** The services a caseworker can choose from (the service registry). */
  @property({ attribute: false }) catalog?: readonly CatalogEntry[];
  /** Administratively defined plan items. */
  @property({ attribute: false }) templates?: readonly PlanItemTemplate[];
  /** The people on the case, as the host system knows them. */
  @property({ attribute: false }) participants?: readonly CaseParticipant[];
  /** The organisation's users (supervisors, aides, nurses) who can be made responsible for plan items. */
  @property({ attribute: false }) staff?: readonly StaffMember[];
  /** The person using the page; their id is written to every record they change. */
  @property({ attribute: false }) currentUser?: CurrentUser;
  /** A BCP 47 language tag (`en`, `es`, `fr`, `pt-BR`...) for every element inside. */
  @property({ reflect: true }) locale?: string;
  /** The clock: a fixed instant (Date or ISO string) or a function returning the current time. */
  @property({ attribute: false }) now?: NowSource;
  /**
   * The history key (HMAC-SHA-256 CryptoKey, see `importHistoryKey`) the elements' default storage
   * chains every record's history with, so a forged history shows. Set it before the elements connect;
   * a host that passes its own `storage` gives the key to that adapter instead (`historyKey` option).
   */
  @property({ attribute: false }) historyKey?: HistoryKey;
  /** `light`, `dark` or `high-contrast` for every element inside (an element's own `theme` wins); unset follows the system preference. */
  @property({ reflect: true }) theme?: CaseplanTheme;

  private readonly context = new CaseplanContextController(this);
  private readonly providers = new Map<CaseplanContextName, ContextProvider<Context<unknown, unknown>, this>>(
    caseplanContextNames.map((name) => [name, new ContextProvider(this, { context: caseplanContexts[name] as Context<unknown, unknown> })]),
  );

  protected override willUpdate(): void {
    for (const name of caseplanContextNames) this.providers.get(name)!.setValue(this.context.get(name));
  }

  override render() {
    return html`<slot></slot>`;
  }
}
