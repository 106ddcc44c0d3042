/**
 * Two copies of the SDK on one page (a host bundle and a vendor widget, each with its own copy) share
 * one custom element registry: the first copy's classes win. Each copy notes here, in a page-wide record
 * both copies see (a `Symbol.for` key), which tags it registered, so the second copy can say once which
 * two versions met, instead of one warning per tag and part.
 */

/** The version of this copy; test/package checks it against package.json. */
export const sdkVersion = '0.1.0';

interface CopiesRecord {
  /** Tag → the copy that registered it. */
  readonly owners: Map<string, SdkCopy>;
  /** Copies already told about, so each pair is reported once. */
  readonly reported: WeakSet<SdkCopy>;
}

export interface SdkCopy {
  readonly version: string;
}

/** This module instance is one copy of the SDK. */
export const thisCopy: SdkCopy = { version: sdkVersion };

const recordKey = Symbol.for('caseplan-elements.copies');

function copiesRecord(): CopiesRecord {
  const scope = globalThis as { [recordKey]?: CopiesRecord };
  scope[recordKey] ??= { owners: new Map(), reported: new WeakSet() };
  return scope[recordKey];
}

/** Notes that this copy registered `tag`. */
export function noteOwner(tag: string, copy: SdkCopy = thisCopy): void {
  copiesRecord().owners.set(tag, copy);
}

/** The other copy of the SDK that registered `tag`, if it was one (not the host's own class). */
export function otherCopyOwning(tag: string, copy: SdkCopy = thisCopy): SdkCopy | undefined {
  const owner = copiesRecord().owners.get(tag);
  return owner && owner !== copy ? owner : undefined;
}

/** True the first time `copy` meets another copy: the one moment to warn. */
export function firstMeeting(copy: SdkCopy = thisCopy): boolean {
  const { reported } = copiesRecord();
  if (reported.has(copy)) return false;
  reported.add(copy);
  return true;
}
