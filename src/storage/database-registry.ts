/**
 * The names of the databases this SDK created on this origin, so clearLocalData() can remove every one
 * of them (sign-out on a shared computer) even where indexedDB.databases() is not available.
 */
const registryKey = 'caseplan-elements:databases';

function readRegistry(): string[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(registryKey) ?? '[]');
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberDatabase(name: string): void {
  const names = readRegistry();
  if (names.includes(name)) return;
  try {
    globalThis.localStorage?.setItem(registryKey, JSON.stringify([...names, name]));
  } catch {
    // Storage full or disabled: clearLocalData() still finds the databases through indexedDB.databases().
  }
}

export function rememberedDatabases(): string[] {
  return readRegistry();
}

/** Forgets every database but those named in `keep` (still there: the next clearLocalData() tries again). */
export function forgetDatabases(keep: readonly string[] = []): void {
  try {
    if (keep.length > 0) globalThis.localStorage?.setItem(registryKey, JSON.stringify([...keep]));
    else globalThis.localStorage?.removeItem(registryKey);
  } catch {
    // Nothing to forget where localStorage is disabled.
  }
}
