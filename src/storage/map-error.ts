import { StorageError, type StorageFailure } from './errors.js';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : undefined;
}

/** Dexie wraps the real cause: a quota failure can arrive as `inner` of an AbortError. */
function causes(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const name = errorName(current);
    if (name) names.push(name);
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

/** Any failure from IndexedDB or Dexie as a typed StorageError; our own errors pass through. */
export function toStorageError(error: unknown, during: string): StorageError {
  if (error instanceof StorageError) return error;
  const names = causes(error);
  let failure: StorageFailure = 'unknown';
  if (names.includes('QuotaExceededError')) failure = 'quota-exceeded';
  else if (names.some((name) => ['AbortError', 'TransactionInactiveError', 'DatabaseClosedError'].includes(name))) failure = 'aborted';
  else if (names.some((name) => ['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'SecurityError', 'UnknownError'].includes(name))) failure = 'unavailable';
  else if (names.includes('VersionError')) failure = 'newer-schema';
  return new StorageError(failure, `${during} failed: ${names.join(' < ') || 'unknown error'}`, { cause: error });
}
