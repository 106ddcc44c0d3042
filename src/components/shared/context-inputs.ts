import * as z from 'zod/mini';
import { CatalogEntrySchema, PlanItemTemplateSchema } from '../../model/catalog.js';
import { CaseParticipantSchema, LanguageTagSchema } from '../../model/participant.js';
import { StaffMemberSchema } from '../../model/staff.js';
import { parseWithViolations } from '../../model/shared/zod-violations.js';
import { violation, type Violation } from '../../model/shared/violation.js';
import { carrySyncStatus, withTimeout, type StorageAdapter } from '../../storage/elements.js';
import type { CaseplanContextName, CaseplanContextValues, NowSource } from './context.js';
import { CurrentUserSchema } from './current-user.js';

/** A host-supplied value after the boundary check: what may be used, and what was wrong with the rest. */
export interface CheckedInput<T> {
  value: T | undefined;
  violations: Violation[];
}

const ThemeSchema = z.enum(['light', 'dark', 'high-contrast']);

const storageMethods = ['get', 'list', 'put', 'archive', 'transaction', 'history', 'watch', 'close'] as const;

/**
 * How long the elements wait for one storage call before showing a 'timeout' error and keeping the edit
 * for a retry (a host's HTTP adapter may hang). Generous, since IndexedDB on a slow disk is slow too.
 */
export const storageCallLimits = { timeoutMs: 30_000 };

function checkStorage(value: unknown): CheckedInput<StorageAdapter> {
  const record = value as Record<string, unknown> | null;
  const missing = typeof value === 'object' && record !== null ? storageMethods.filter((name) => typeof record[name] !== 'function') : [...storageMethods];
  if (missing.length > 0) return { value: undefined, violations: [violation('value.invalid', ['storage'], { missing: missing.join(', ') })] };
  // Read once, here: a property that throws (or changes) later cannot reach a render.
  const adapter = value as StorageAdapter;
  const name = typeof adapter.name === 'string' ? adapter.name : 'storage';
  const persistent = adapter.persistent !== false;
  const snapshot = Object.fromEntries(storageMethods.map((method) => [method, (adapter[method] as (...args: unknown[]) => unknown).bind(adapter)])) as unknown as StorageAdapter;
  // The optional verification, and a syncing adapter's live state (the sync indicator reads it), pass through.
  const verifyHistory = typeof adapter.verifyHistory === 'function' ? { verifyHistory: adapter.verifyHistory.bind(adapter) } : {};
  const checked = carrySyncStatus(adapter, { ...snapshot, ...verifyHistory, name, persistent });
  // No call may wait forever: an adapter that hangs gives a timeout error the element shows.
  return { value: withTimeout(checked, storageCallLimits.timeoutMs), violations: [] };
}

/** A list keeps its valid entries: one bad participant from the host does not hide the whole family. */
function checkList<T>(name: CaseplanContextName, schema: z.ZodMiniType<T>, value: unknown): CheckedInput<readonly T[]> {
  if (!Array.isArray(value)) return { value: undefined, violations: [violation('value.invalid', [name])] };
  const kept: T[] = [];
  const violations: Violation[] = [];
  value.forEach((entry: unknown, index) => {
    const parsed = parseWithViolations(schema, entry, [name, index]);
    if (parsed.ok) kept.push(parsed.value);
    else violations.push(...parsed.violations);
  });
  return { value: kept, violations };
}

function checkOne<T>(name: CaseplanContextName, schema: z.ZodMiniType<T>, value: unknown): CheckedInput<T> {
  const parsed = parseWithViolations(schema, value, [name]);
  return parsed.ok ? { value: parsed.value, violations: [] } : { value: undefined, violations: parsed.violations };
}

/** A history key is an HMAC CryptoKey that can sign (importHistoryKey makes one). */
function checkHistoryKey(value: unknown): CheckedInput<CryptoKey> {
  const usable = typeof CryptoKey !== 'undefined' && value instanceof CryptoKey && value.algorithm.name === 'HMAC' && value.usages.includes('sign');
  return usable ? { value, violations: [] } : { value: undefined, violations: [violation('value.invalid', ['historyKey'])] };
}

function checkNow(value: unknown): CheckedInput<NowSource> {
  // A clock function is checked each time it is read (CaseplanContextController.now): it may throw then.
  if (typeof value === 'function') return { value: value as () => Date, violations: [] };
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? { value: undefined, violations: [violation('value.invalid-date', ['now'])] } : { value: value as Date | string, violations: [] };
}

/**
 * Checks one value a host passed (as an element property or to the provider) against its schema.
 * `undefined` is simply "not given". Invalid values are left out, with Violations the element reports
 * in a `cp-error` event, so a host mistake is visible without breaking the page.
 */
export function checkContextInput<K extends CaseplanContextName>(name: K, value: unknown): CheckedInput<CaseplanContextValues[K]> {
  if (value === undefined || value === null) return { value: undefined, violations: [] };
  try {
    return checkKnownInput(name, value);
  } catch {
    // A hostile value (a getter or proxy that throws) is invalid input like any other, never an uncaught error.
    return { value: undefined, violations: [violation('value.invalid', [name])] };
  }
}

function checkKnownInput<K extends CaseplanContextName>(name: K, value: unknown): CheckedInput<CaseplanContextValues[K]> {
  switch (name) {
    case 'storage':
      return checkStorage(value) as CheckedInput<CaseplanContextValues[K]>;
    case 'catalog':
      return checkList(name, CatalogEntrySchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'templates':
      return checkList(name, PlanItemTemplateSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'participants':
      return checkList(name, CaseParticipantSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'staff':
      return checkList(name, StaffMemberSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'currentUser':
      return checkOne(name, CurrentUserSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'locale':
      return checkOne(name, LanguageTagSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    case 'historyKey':
      return checkHistoryKey(value) as CheckedInput<CaseplanContextValues[K]>;
    case 'theme':
      return checkOne(name, ThemeSchema, value) as CheckedInput<CaseplanContextValues[K]>;
    default:
      return checkNow(value) as CheckedInput<CaseplanContextValues[K]>;
  }
}

const checkedCache = new Map<CaseplanContextName, WeakMap<object, CheckedInput<unknown>>>();

/** The same check, remembered per object so a render loop does not re-validate a 500-entry catalog. */
export function checkContextInputCached<K extends CaseplanContextName>(name: K, value: unknown): CheckedInput<CaseplanContextValues[K]> {
  if (typeof value !== 'object' || value === null || value instanceof Date) return checkContextInput(name, value);
  let byValue = checkedCache.get(name);
  if (!byValue) checkedCache.set(name, (byValue = new WeakMap()));
  let checked = byValue.get(value);
  if (!checked) byValue.set(value, (checked = checkContextInput(name, value)));
  return checked as CheckedInput<CaseplanContextValues[K]>;
}
