/**
 * Registration kept apart from the classes (as Shoelace, Lion and Spectrum do): importing a class
 * defines nothing, so hosts with their own prefix or a scoped registry can use the classes alone.
 * Registering never throws: two bundles of the SDK on one page, or a host that already took a tag,
 * give a console warning and the page keeps working.
 */

/** A class may list the small `cp-*` parts it renders; they are registered with it. */
export type ElementClass = CustomElementConstructor & { dependencies?: Readonly<Record<string, CustomElementConstructor>> };

import { firstMeeting, noteOwner, otherCopyOwning, thisCopy } from './sdk-copies.js';

export type DefineOutcome = 'defined' | 'already-defined' | 'skipped';

function warn(message: string): void {
  console.warn(`caseplan-elements: ${message}`);
}

/**
 * Registers `ctor` as `tag` (after the parts it depends on). The same class under the same tag again
 * is a no-op; a different class already under the tag is left in place with a warning.
 */
export function defineElement(tag: string, ctor: ElementClass, registry: CustomElementRegistry = customElements): DefineOutcome {
  for (const [dependencyTag, dependency] of Object.entries(ctor.dependencies ?? {})) defineElement(dependencyTag, dependency, registry);
  const existing = registry.get(tag);
  if (existing === ctor) return 'already-defined';
  if (existing) {
    const otherCopy = registry === customElements ? otherCopyOwning(tag) : undefined;
    if (!otherCopy) {
      warn(`<${tag}> is already defined by another class; keeping the existing one.`);
    } else if (firstMeeting()) {
      // One warning for the whole copy, not one per element and part.
      warn(
        `two copies of caseplan-elements are on this page: ${otherCopy.version} (loaded first, its elements are the ones in use) and ${thisCopy.version} (its elements are not registered). ` +
          'Make the host and its widgets share one copy (one version in package-lock.json, or one import map).',
      );
    }
    return 'skipped';
  }
  try {
    registry.define(tag, ctor);
    if (registry === customElements) noteOwner(tag);
    return 'defined';
  } catch (error) {
    // An invalid name, or this class already registered under another tag.
    warn(`could not define <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    return 'skipped';
  }
}

const prefixedClasses = new WeakMap<CustomElementConstructor, Map<string, ElementClass>>();

/**
 * The class to register under a host's own tag. A constructor can be registered only once, so each
 * extra tag gets its own empty subclass, remembered so that defining the same prefix twice is a no-op.
 */
export function classForTag(tag: string, ctor: ElementClass): ElementClass {
  let byTag = prefixedClasses.get(ctor);
  if (!byTag) prefixedClasses.set(ctor, (byTag = new Map()));
  let subclass = byTag.get(tag);
  if (!subclass) {
    subclass = class extends ctor {};
    byTag.set(tag, subclass);
  }
  return subclass;
}

const prefixPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isValidPrefix(prefix: string): boolean {
  return prefixPattern.test(prefix);
}
