/** Set on `<caseplan-provider>` (and any element standing in for one): the elements inside wait for its storage. */
export interface StorageProviding {
  readonly isCaseplanProvider: true;
  /** The provider says no storage is coming: the elements use the default (IndexedDB, or memory). */
  readonly defaultStorage: boolean;
}

function parentAcrossShadows(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/**
 * What the providers around an element say about storage (see `StorageChoice`): `wait` (inside a
 * provider whose storage has not arrived, none says `default-storage`), `default` (a provider says the
 * default is wanted), `alone` (no provider around it: the host may still set the element's own
 * `storage`). So a host that sets a provider's `storage` a moment later never has case data written to
 * the default, unencrypted database.
 */
export function providerStorageStance(element: Element): 'wait' | 'default' | 'alone' {
  let inside = false;
  for (let node = parentAcrossShadows(element); node; node = parentAcrossShadows(node)) {
    const provider = node as Partial<StorageProviding>;
    if (provider.isCaseplanProvider !== true) continue;
    if (provider.defaultStorage === true) return 'default';
    inside = true;
  }
  return inside ? 'wait' : 'alone';
}
