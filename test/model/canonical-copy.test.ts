import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canonicalCopy } from '../../src/model/canonical-copy.js';
import { canonicalJson } from '../../src/model/history-chain.js';
import { referenceCanonicalJson } from './canonical-json-reference.js';
import { hostileStrings, pollutingObjects } from './properties/hostile.js';

/** Every object and array inside a value (to show a copy shares none of them). */
function containers(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    found.add(value);
    for (const item of Object.values(value)) containers(item, found);
  }
  return found;
}

/** Holds for any value canonicalCopy copies: what it stores and hashes is what the write path did before. */
function expectFaithful(value: Record<string, unknown>, overrides: Record<string, unknown> = {}): void {
  const result = canonicalCopy(value, overrides);
  if (!result) return;
  const merged = { ...value, ...overrides };
  // The JSON the hash covers is canonicalJson's (which uses this copy itself for plain data, so the first
  // release's text is the judge), of the value given and of the copy stored.
  expect(result.json).to.equal(referenceCanonicalJson(merged));
  expect(result.json).to.equal(canonicalJson(result.copy));
  // The copy is what structuredClone made, sharing no object with the value.
  expect(result.copy).to.deep.equal(structuredClone(merged));
  const shared = [...containers(result.copy)].filter((item) => containers(value).has(item));
  expect(shared).to.deep.equal([]);
}

describe('canonicalCopy', () => {
  it('copies a record with its keys sorted at every depth, so JSON.stringify of it is its canonical JSON', () => {
    const record = { version: 3, id: 'contact-1', notes: 'Visit.\n"Quoted"', extra: undefined, outcome: { type: 'cancelled', by: { party: 'visitor' } }, participantIds: ['b', 'a', undefined], score: Number.NaN, zero: -0, 'é': 'ü', '': 'empty key' };
    const result = canonicalCopy(record, { version: 4 })!;
    expect(Object.keys(result.copy)).to.deep.equal(['', 'extra', 'id', 'notes', 'outcome', 'participantIds', 'score', 'version', 'zero', 'é']);
    expect(result.copy.version).to.equal(4);
    expect(record.version).to.equal(3);
    expectFaithful(record, { version: 4, archived: true });
  });

  it('leaves to the caller (undefined) whatever is not plain JSON data, where JSON and structuredClone would differ', () => {
    const withExtra = Object.assign(['a'], { note: 'kept by structuredClone' });
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['a', , 'c'];
    const notPlain: [string, unknown][] = [
      ['a date', new Date(0)],
      ['a map', new Map([['a', 1]])],
      ['a function', () => 1],
      ['a symbol', Symbol('s')],
      ['a bigint', 10n],
      ['a typed array', new Uint8Array(2)],
      ['a class instance', new (class Thing {})()],
      ['a sparse array', sparse],
      ['an array with another property', withExtra],
      // As many keys as items: only the hole tells.
      ['a sparse array with another property', Object.assign(sparse.slice(), { note: 'x' })],
      ['keys that read as indexes (listed first, not sorted)', { '10': 'a', '9': 'b' }],
      ['a key after an index', { '+': 'a', '1': 'b' }],
      ['an own __proto__ field', JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown],
    ];
    for (const [what, value] of notPlain) expect(canonicalCopy({ id: 'x', nested: { value } }), what).to.equal(undefined);
    expect(canonicalCopy(new Date(0))).to.equal(undefined);
    expect(canonicalCopy([] as unknown as object)).to.equal(undefined);
  });

  it('copies objects without a prototype as plain objects, as structuredClone does', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [2] });
    expectFaithful({ id: 'x', bare });
    expect(Object.getPrototypeOf(canonicalCopy({ bare })!.copy.bare)).to.equal(Object.prototype);
  });

  it('gives canonicalJson and structuredClone\'s result for any JSON value and hostile strings', () => {
    const value = fc.oneof(fc.json({ depthSize: 'large' }).map((text) => JSON.parse(text) as unknown), pollutingObjects, hostileStrings);
    fc.assert(
      fc.property(fc.dictionary(hostileStrings, value), fc.dictionary(fc.constantFrom('version', 'archived', 'id'), value), (record, overrides) => {
        expectFaithful(record, overrides);
      }),
      { numRuns: 300 },
    );
  });
});
