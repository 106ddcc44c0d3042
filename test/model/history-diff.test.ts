// The history entry's diff is evidence (what changed, from what, to what): these cases try to make it
// miss a change, invent one, or name the wrong field. test/model/history.test.ts has the everyday cases.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diffRecords } from '../../src/model/history-diff.js';
import type { FieldChange } from '../../src/model/history.js';

const meta = { id: 'plan-1', version: 1, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', updatedBy: 'worker-1' };

/** The same record at its next version: only what `fields` sets differs, besides the bookkeeping. */
function next<T extends object>(before: T, fields: object): T {
  return { ...structuredClone(before), version: 2, updatedAt: '2026-03-03T09:00:00.000Z', updatedBy: 'worker-2', ...structuredClone(fields) };
}

/**
 * The diff as first written (JSON.stringify of both sides at every level, then field by field), reading
 * own fields only and keeping a field named '' in the path: over JSON values the one-walk diff must give
 * exactly its answer.
 */
function referenceDiff(before: unknown, after: unknown): FieldChange[] {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const own = (value: unknown, key: string) => (Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined);
  const changes: FieldChange[] = [];
  const walk = (path: string[], a: unknown, b: unknown): void => {
    if (JSON.stringify(a) === JSON.stringify(b) || changes.length >= 500) return;
    if ((isObject(a) && isObject(b)) || (Array.isArray(a) && Array.isArray(b))) {
      for (const key of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) {
        if (path.length === 0 && ['version', 'updatedAt', 'updatedBy'].includes(key)) continue;
        walk([...path, key], own(a, key), own(b, key));
      }
      return;
    }
    changes.push({ path: path.join('.'), ...(a !== undefined ? { before: a } : {}), ...(b !== undefined ? { after: b } : {}) });
  };
  walk([], before, after);
  return changes;
}

describe('diffRecords, adversarial', () => {
  it('sees a nested list reordered: every moved entry by index, before and after', () => {
    const before = { ...meta, subGoals: [{ id: 'sg-1', items: [['a', 'b'], ['c']] }, { id: 'sg-2', items: [] }] };
    const after = next(before, { subGoals: [{ id: 'sg-2', items: [] }, { id: 'sg-1', items: [['b', 'a'], ['c']] }] });
    expect(diffRecords(before, after)).to.deep.equal([
      { path: 'subGoals.0.id', before: 'sg-1', after: 'sg-2' },
      { path: 'subGoals.0.items.0', before: ['a', 'b'] },
      { path: 'subGoals.0.items.1', before: ['c'] },
      { path: 'subGoals.1.id', before: 'sg-2', after: 'sg-1' },
      { path: 'subGoals.1.items.0', after: ['b', 'a'] },
      { path: 'subGoals.1.items.1', after: ['c'] },
    ]);
  });

  it('sees two entries of an inner list swapped, and nothing else', () => {
    const before = { ...meta, goal: { steps: [['x', 'y'], ['z']] } };
    const after = next(before, { goal: { steps: [['y', 'x'], ['z']] } });
    expect(diffRecords(before, after)).to.deep.equal([
      { path: 'goal.steps.0.0', before: 'x', after: 'y' },
      { path: 'goal.steps.0.1', before: 'y', after: 'x' },
    ]);
  });

  it('names a field removed deep inside, a whole object removed, and a list shortened', () => {
    const before = { ...meta, goal: { title: 'Home', details: { note: 'keep', gone: 'this' } }, extra: { a: 1 }, list: [1, 2, 3] };
    const after = next({ ...meta, goal: { title: 'Home', details: { note: 'keep' } }, list: [1] }, {});
    expect(diffRecords(before, after)).to.deep.equal([
      { path: 'goal.details.gone', before: 'this' },
      { path: 'extra', before: { a: 1 } },
      { path: 'list.1', before: 2 },
      { path: 'list.2', before: 3 },
    ]);
  });

  it('tells apart texts that differ only in Unicode form, invisible characters or surrogate pairs', () => {
    const composed = 'Jos\u00e9';
    const decomposed = 'Jose\u0301';
    const before = { ...meta, names: [composed, 'Ana', '👩‍👧', 'a\u200bb', 'Zoë'] };
    const after = next(before, { names: [decomposed, 'Ana', '👩‍👦', 'ab', 'Zoë'] });
    expect(diffRecords(before, after)).to.deep.equal([
      { path: 'names.0', before: composed, after: decomposed },
      { path: 'names.2', before: '👩‍👧', after: '👩‍👦' },
      { path: 'names.3', before: 'a\u200bb', after: 'ab' },
    ]);
  });

  it('keeps field names as given, dots and Unicode included', () => {
    const before = { ...meta, notes: { 'ação.1': 'antes', 日本: 'x' } };
    const after = next(before, { notes: { 'ação.1': 'depois', 日本: 'x' } });
    expect(diffRecords(before, after)).to.deep.equal([{ path: 'notes.ação.1', before: 'antes', after: 'depois' }]);
  });

  it('keeps a field named with the empty text in the path, so the change is not put on another field', () => {
    const before = { ...meta, '': { x: 1 }, x: 1 };
    const after = next(before, { '': { x: 2 } });
    expect(diffRecords(before, after)).to.deep.equal([{ path: '.x', before: 1, after: 2 }]);
  });

  it('finds nothing when only the order of keys changed, at any depth', () => {
    const before = { ...meta, goal: { title: 'Home', detail: { a: 1, b: [{ x: 1, y: 2 }] } } };
    const after = next({ ...meta, goal: { detail: { b: [{ y: 2, x: 1 }], a: 1 }, title: 'Home' } }, {});
    expect(diffRecords(before, after)).to.deep.equal([]);
  });

  it('records a change of kind (object to list, list to text, value to null) as one change with both values', () => {
    const before = { ...meta, a: { 0: 'x' }, b: ['x'], c: 0, d: '' };
    const after = next(before, { a: ['x'], b: 'x', c: null, d: false });
    expect(diffRecords(before, after)).to.deep.equal([
      { path: 'a', before: { 0: 'x' }, after: ['x'] },
      { path: 'b', before: ['x'], after: 'x' },
      { path: 'c', before: 0, after: null },
      { path: 'd', before: '', after: false },
    ]);
  });

  it('counts a field holding undefined as no field, and never reports an inherited one (toString, __proto__)', () => {
    const before = { ...meta, note: undefined, list: [1] };
    const after = JSON.parse(JSON.stringify(next(before, { toString: 'text', list: [1] })).replace('{', '{"__proto__":{"polluted":true},')) as object;
    expect(diffRecords(before, after)).to.deep.equal([
      { path: '__proto__', after: { polluted: true } },
      { path: 'toString', after: 'text' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('stops at 500 changes, the first 500 in field order', () => {
    const before = { ...meta, values: Array.from({ length: 800 }, (_, index) => index) };
    const after = next(before, { values: Array.from({ length: 800 }, (_, index) => -index - 1) });
    const changes = diffRecords(before, after);
    expect(changes.length).to.equal(500);
    expect(changes[0]).to.deep.equal({ path: 'values.0', before: 0, after: -1 });
    expect(changes.at(-1)).to.deep.equal({ path: 'values.499', before: 499, after: -500 });
  });

  it('finds the one field edited in a 1 000-item plan, and changes neither record', () => {
    const items = Array.from({ length: 1000 }, (_, index) => ({ id: `item-${index}`, name: `Item ${index}`, dates: { start: '2026-01-01' }, people: ['p-1', 'p-2'] }));
    const before = { ...meta, subGoals: [{ id: 'sg-1', items }] };
    const after = next(before, {});
    (after.subGoals[0]!.items[737]!.people as string[])[1] = 'p-3';
    const beforeCopy = structuredClone(before);
    const afterCopy = structuredClone(after);
    expect(diffRecords(before, after)).to.deep.equal([{ path: 'subGoals.0.items.737.people.1', before: 'p-2', after: 'p-3' }]);
    expect(before).to.deep.equal(beforeCopy);
    expect(after).to.deep.equal(afterCopy);
  });

  it('gives the answer of the first diff over any two JSON values', () => {
    const json = fc.json({ depthSize: 'medium' }).map((text) => JSON.parse(text) as unknown);
    const record = fc.dictionary(fc.string(), json, { maxKeys: 6 });
    fc.assert(
      fc.property(record, record, (before, after) => {
        expect(diffRecords(before, after)).to.deep.equal(referenceDiff(before, after));
      }),
      { numRuns: 1000 },
    );
    // Two versions of one record: mostly shared, a few fields changed.
    fc.assert(
      fc.property(record, fc.array(fc.tuple(fc.string(), json), { maxLength: 3 }), (before, edits) => {
        const after = { ...structuredClone(before), ...Object.fromEntries(edits) };
        expect(diffRecords(before, after)).to.deep.equal(referenceDiff(before, after));
      }),
      { numRuns: 1000 },
    );
  });
});
