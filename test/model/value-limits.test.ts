// The limits run on every record read and written, first, without paths (the fast walk); a value that
// passes one is walked again to say where. These cases check that the two walks agree, and that a value
// answering differently the second time (a getter) is refused all the same.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkValueLimits, DEFAULT_VALUE_LIMITS, readLimitsOf, unknownFields } from '../../src/model/value-limits.js';

const limits = { maxDepth: 6, maxSize: 200 };

function nested(depth: number, bottom: unknown = 'x'): unknown {
  let value = bottom;
  for (let level = 0; level < depth; level += 1) value = { next: value };
  return value;
}

describe('checkValueLimits', () => {
  it('accepts a value within the limits, at the very bounds', () => {
    expect(checkValueLimits(nested(6), limits)).to.equal(undefined);
    expect(checkValueLimits({ text: 'a'.repeat(200 - 4) }, limits)).to.equal(undefined);
    expect(checkValueLimits(Array.from({ length: 12 }, () => null), limits)).to.equal(undefined);
  });

  it('refuses a value one step past each bound', () => {
    expect(checkValueLimits(nested(7), limits)?.code).to.equal('value.too-deep');
    expect(checkValueLimits([[[[[[[]]]]]]], limits)?.code).to.equal('value.too-deep');
    expect(checkValueLimits({ text: 'a'.repeat(200 - 4 + 1) }, limits)?.code).to.equal('value.too-big');
    expect(checkValueLimits(Array.from({ length: 13 }, () => null), limits)?.code).to.equal('value.too-big');
  });

  it('names where a value is too deep, and the limit', () => {
    expect(checkValueLimits({ a: [1, nested(6)] }, limits)).to.deep.equal({ code: 'value.too-deep', path: ['a', 1, 'next', 'next', 'next', 'next'], params: { maximum: 6 } });
  });

  it('names where a value grows too big, and the limit', () => {
    expect(checkValueLimits({ small: 'ok', list: ['a'.repeat(100), 'b'.repeat(100)] }, limits)).to.deep.equal({ code: 'value.too-big', path: ['list', 0], params: { maximum: 200 } });
  });

  it('refuses a cycle as too deep, and never throws', () => {
    const cycle: Record<string, unknown> = { id: 'x' };
    cycle['self'] = cycle;
    expect(checkValueLimits(cycle, limits)?.code).to.equal('value.too-deep');
  });

  it('refuses a value deeper than the stack allows under a host limit deeper still, and never throws', () => {
    const deep = nested(200_000);
    expect(checkValueLimits(deep, { maxDepth: 1_000_000, maxSize: 1e12 })?.code).to.equal('value.too-deep');
  });

  it('refuses a value whose getter hides the depth the second time it is read', () => {
    let reads = 0;
    const shifty = {
      get notes() {
        reads += 1;
        return reads === 1 ? nested(20) : 'short';
      },
    };
    const found = checkValueLimits(shifty, limits);
    expect(found?.code).to.equal('value.too-deep');
    expect(found?.params).to.deep.equal({ maximum: 6 });
  });

  it('gives the same answer as the walk that keeps every path, for any JSON value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'large' }), (text) => {
        const value: unknown = JSON.parse(text);
        const found = checkValueLimits(value, limits);
        expect(found, text).to.deep.equal(checkWithPaths(value, limits));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readLimitsOf', () => {
  it("reads under each of the host's limits that is above the default, and the default where the host's is lower", () => {
    const { maxDepth, maxSize } = DEFAULT_VALUE_LIMITS;
    expect(readLimitsOf(undefined)).to.deep.equal(DEFAULT_VALUE_LIMITS);
    expect(readLimitsOf({ maxDepth: maxDepth * 2, maxSize: maxSize * 3 })).to.deep.equal({ maxDepth: maxDepth * 2, maxSize: maxSize * 3 });
    expect(readLimitsOf({ maxDepth: 4, maxSize: 100 })).to.deep.equal(DEFAULT_VALUE_LIMITS);
    expect(readLimitsOf({ maxDepth: 4, maxSize: maxSize * 2 })).to.deep.equal({ maxDepth, maxSize: maxSize * 2 });
  });
});

describe('unknownFields', () => {
  it('names each field the parsed value left out, with its path, inside lists too', () => {
    const given = { id: 'a', payload: 1, items: [{ name: 'x', extra: true }, { name: 'y' }, { name: 'z', deep: { keep: 1, drop: 2 } }] };
    const parsed = { id: 'a', items: [{ name: 'x' }, { name: 'y' }, { name: 'z', deep: { keep: 1 } }] };
    expect(unknownFields(given, parsed)).to.deep.equal([['payload'], ['items', 0, 'extra'], ['items', 2, 'deep', 'drop']]);
  });

  it('counts neither undefined fields nor anything when nothing was left out; starts from a given path', () => {
    expect(unknownFields({ a: 1, b: undefined }, { a: 1 })).to.deep.equal([]);
    expect(unknownFields({ a: { b: 1, c: 2 } }, { a: { b: 1 } }, ['record'])).to.deep.equal([['record', 'a', 'c']]);
  });

  it('names an own __proto__ field', () => {
    const given = JSON.parse('{"id":"a","__proto__":{"admin":true}}') as unknown;
    expect(unknownFields(given, { id: 'a' })).to.deep.equal([['__proto__']]);
  });
});

/** The walk as first written: one stack of items with their paths (what the fast walk must agree with). */
function checkWithPaths(value: unknown, bounds: typeof limits): unknown {
  const stack: { item: unknown; depth: number; path: (string | number)[] }[] = [{ item: value, depth: 0, path: [] }];
  let size = 0;
  while (stack.length > 0) {
    const { item, depth, path } = stack.pop()!;
    if (typeof item === 'string') size += item.length;
    else if (typeof item !== 'object' || item === null) size += 8;
    else {
      if (depth >= bounds.maxDepth) return { code: 'value.too-deep', path, params: { maximum: bounds.maxDepth } };
      for (const key of Array.isArray(item) ? item.keys() : Object.keys(item)) {
        size += typeof key === 'string' ? key.length : 8;
        stack.push({ item: (item as Record<string | number, unknown>)[key], depth: depth + 1, path: depth < 8 ? [...path, key] : path });
      }
    }
    if (size > bounds.maxSize) return { code: 'value.too-big', path, params: { maximum: bounds.maxSize } };
  }
  return undefined;
}
