import { ContextRoot, createContext } from '@lit/context';
import type { CaseParticipant } from '../../model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../model/catalog.js';
import type { StaffMember } from '../../model/staff.js';
import type { HistoryKey } from '../../model/history-chain.js';
import type { StorageAdapter } from '../../storage/elements.js';
import type { CurrentUser } from './current-user.js';

/**
 * What the host's clock is: a fixed instant (a `Date` or an ISO string, for stories, tests and
 * printouts "as of" a day) or a function called whenever the time is needed (a live clock).
 * Elements never call `new Date()` themselves: they read `now` through `readNow`.
 */
export type NowSource = Date | string | (() => Date);

/** The values a `<caseplan-provider>` supplies and every element also accepts as its own property. */
export interface CaseplanContextValues {
  storage: StorageAdapter;
  catalog: readonly CatalogEntry[];
  templates: readonly PlanItemTemplate[];
  participants: readonly CaseParticipant[];
  /** The organisation's users who can be made responsible for plan items (picked from this list, never typed). */
  staff: readonly StaffMember[];
  currentUser: CurrentUser;
  /** A BCP 47 tag such as `pt-BR`. */
  locale: string;
  now: NowSource;
  /**
   * The key the default storage (when no `storage` is given) chains histories with: HMAC-SHA-256 (see
   * importHistoryKey). Read when the default storage is opened, so set it before the elements connect.
   */
  historyKey?: HistoryKey;
  /** `light`, `dark` or `high-contrast` for every element inside; unset follows the system preference. */
  theme: CaseplanTheme;
}

export type CaseplanTheme = 'light' | 'dark' | 'high-contrast';

// String keys, not symbols: two copies of the SDK on one page (two bundles) still find each other's provider.
export const storageContext = createContext<StorageAdapter>('cp-storage');
export const catalogContext = createContext<readonly CatalogEntry[]>('cp-catalog');
export const templatesContext = createContext<readonly PlanItemTemplate[]>('cp-templates');
export const participantsContext = createContext<readonly CaseParticipant[]>('cp-participants');
export const staffContext = createContext<readonly StaffMember[]>('cp-staff');
export const currentUserContext = createContext<CurrentUser>('cp-current-user');
export const localeContext = createContext<string>('cp-locale');
export const nowContext = createContext<NowSource>('cp-now');
export const historyKeyContext = createContext<HistoryKey>('cp-history-key');
export const themeContext = createContext<CaseplanTheme>('cp-theme');

/** Every context by the name of the property it feeds, so provider and consumers loop over one list. */
export const caseplanContexts = {
  storage: storageContext,
  catalog: catalogContext,
  templates: templatesContext,
  participants: participantsContext,
  staff: staffContext,
  currentUser: currentUserContext,
  locale: localeContext,
  now: nowContext,
  historyKey: historyKeyContext,
  theme: themeContext,
} as const;
export type CaseplanContextName = keyof typeof caseplanContexts;
export const caseplanContextNames = Object.keys(caseplanContexts) as CaseplanContextName[];

// A registry symbol (Symbol.for) so two copies of the SDK agree, without touching the page's markup.
const rootMarker = Symbol.for('caseplan-elements.context-root');

/**
 * Elements may upgrade before the provider around them (their module loaded first). A ContextRoot on
 * the document keeps their unanswered requests and replays them when a provider appears. Attached at
 * most once per document, even with two copies of the SDK.
 */
export function ensureContextRoot(doc: Document = document): void {
  const marked = doc as Document & { [rootMarker]?: boolean };
  if (marked[rootMarker]) return;
  marked[rootMarker] = true;
  new ContextRoot().attach(doc.documentElement);
}

/** The current time from a `NowSource`; the real clock when none is given or the value is not a valid instant. */
export function readNow(source: NowSource | undefined): Date {
  const value = typeof source === 'function' ? source() : source === undefined ? new Date() : new Date(source);
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : new Date();
}
