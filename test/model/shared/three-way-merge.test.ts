import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BOOKKEEPING_FIELDS,
  mergeWithChoices,
  pathKey,
  threeWayMerge,
  type FieldPath,
  unchosenConflicts,
} from '../../../src/model/shared/three-way-merge.js';

// A record shaped like the ones the elements edit: scalars, a nested object, a list of whole values
// and a list of entries with ids, whose entries hold a nested list of entries with ids.
interface Item { id: string; name: string; qty: number; done: boolean; steps: { id: string; text: string }[] }
interface Rec {
  id: string; version: number; updatedAt: string; updatedBy: string; createdAt: string;
  title: string; notes?: string; count: number; tags: string[]; goal: { title: string; description: string }; items: Item[];
}

const text = fc.constantFrom('a', 'b', 'c', 'visit', 'housing', '', '__proto__', 'é');
const stepIds = ['s1', 's2', 's3', 's4'];
const itemIds = ['i1', 'i2', 'i3', 'i4', 'i5'];

const step = (id: string) => fc.record({ id: fc.constant(id), text });
const item = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: text,
    qty: fc.integer({ min: 0, max: 3 }),
    done: fc.boolean(),
    steps: fc.subarray(stepIds).chain((ids) => fc.tuple(...ids.map(step))),
  });
const items = fc.shuffledSubarray(itemIds).chain((ids) => fc.tuple(...ids.map(item)));

const record = fc.record(
  {
    id: fc.constant('r1'),
    version: fc.nat(9),
    updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
    updatedBy: fc.constantFrom('u1', 'u2'),
    createdAt: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'),
    title: text,
    notes: text,
    count: fc.integer({ min: 0, max: 3 }),
    tags: fc.array(text, { maxLength: 3 }),
    goal: fc.record({ title: text, description: text }),
    items,
  },
  { requiredKeys: ['id', 'version', 'updatedAt', 'updatedBy', 'createdAt', 'title', 'count', 'tags', 'goal', 'items'] },
) as fc.Arbitrary<Rec>;

/** One side's edit of base: each part either kept or replaced by an independently drawn one (entries by id). */
function edited(base: Rec): fc.Arbitrary<Rec> {
  return fc
    .record({
      fresh: record,
      keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      itemKeep: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      stepKeep: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    })
    .map(({ fresh, keep, itemKeep, stepKeep }) => {
      const next = structuredClone(base);
      const fields = ['title', 'notes', 'count', 'tags', 'goal', 'version', 'updatedAt', 'updatedBy'] as const;
      fields.forEach((field, index) => {
        if (!keep[index]) (next as unknown as Record<string, unknown>)[field] = structuredClone(fresh[field]);
      });
      if (!keep[8]) next.goal.title = fresh.goal.title; // one field of the nested object only
      // Entries: changed field by field, removed, added, reordered.
      next.items = next.items.flatMap((entry, index): Item[] => {
        const other = fresh.items.find((candidate) => candidate.id === entry.id);
        if (!itemKeep[index] && other === undefined) return []; // removed
        if (itemKeep[index] || other === undefined) return [entry];
        const changed = { ...entry, name: keep[9] ? entry.name : other.name, qty: keep[10] ? entry.qty : other.qty };
        changed.steps = entry.steps.flatMap((s, at) => (stepKeep[index * 4 + at] ? [s] : other.steps.filter((o) => o.id === s.id)));
        return [changed];
      });
      for (const entry of fresh.items) if (!base.items.some((b) => b.id === entry.id) && !keep[11]) next.items.push(entry); // added
      if (!keep[11] && keep[0]) next.items.reverse(); // reordered
      return next;
    });
}

const triple = record.chain((base) => fc.tuple(fc.constant(base), edited(base), edited(base)));

/** Every leaf of a record by path; entries of the id lists (`items`, `steps`) by id, as the merge names them. */
function leaves(value: unknown, path: FieldPath = [], out = new Map<string, { path: FieldPath; value: unknown }>()) {
  if (Array.isArray(value) && ['items', 'steps'].includes(String(path.at(-1)))) {
    for (const entry of value as { id: string }[]) leaves(entry, [...path, entry.id], out);
    return out;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, [...path, key], out);
    return out;
  }
  out.set(pathKey(path), { path, value });
  return out;
}

function leafAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = (current as { id: unknown }[]).find((entry) => entry.id === segment);
    else if (typeof current === 'object' && current !== null && Object.prototype.hasOwnProperty.call(current, segment)) current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

const isPrefix = (prefix: FieldPath, path: FieldPath) => prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
/** JSON with keys sorted: key order carries no meaning in a record. */
const json = (value: unknown): string | undefined => JSON.stringify(sorted(value));
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
  return value;
}
const isBookkeeping = (path: FieldPath) => path.some((segment) => BOOKKEEPING_FIELDS.includes(String(segment)));

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !BOOKKEEPING_FIELDS.includes(key)).map(([key, inner]) => [key, strip(inner)]));
  }
  return value;
}

describe('threeWayMerge', () => {
  it('keeps every leaf changed on one side only, reports every leaf changed differently on both, and nothing else', () => {
    fc.assert(
      fc.property(triple, fc.constantFrom('mine' as const, 'theirs' as const), ([base, mine, theirs], choice) => {
        const { merged, conflicts, fromTheirs } = threeWayMerge<Rec>(base, mine, theirs, { resolve: () => choice });
        const paths = new Map([...leaves(base), ...leaves(mine), ...leaves(theirs)]);
        for (const { path } of paths.values()) {
          if (isBookkeeping(path)) continue;
          const [b, m, t, r] = [base, mine, theirs, merged].map((side) => json(leafAt(side, path)));
          const conflict = conflicts.find((c) => isPrefix(c.path, path));
          if (conflict) {
            expect(r, `${pathKey(path)} under a conflict takes the chosen side`).to.equal(choice === 'mine' ? m : t);
            continue;
          }
          expect(m !== b && t !== b && m !== t, `${pathKey(path)} changed on both sides differently must be reported`).to.equal(false);
          if (m !== b) expect(r, `${pathKey(path)} changed by me only`).to.equal(m);
          else expect(r, `${pathKey(path)} changed by them only (or unchanged)`).to.equal(t);
          if (m === b && t !== b) expect(fromTheirs.some((p) => isPrefix(p, path) || isPrefix(path, p)), `${pathKey(path)} is told as theirs`).to.equal(true);
        }
        for (const conflict of conflicts) {
          const [b, m, t] = [conflict.base, conflict.mine, conflict.theirs].map(json);
          expect(m !== b && t !== b && m !== t, `${pathKey(conflict.path)} is a real conflict`).to.equal(true);
          // Removed on one side and changed on the other, or added on both: the whole entry is the right place.
          const removedAndChanged = [conflict.base, conflict.mine, conflict.theirs].includes(undefined);
          const bothChanged = removedAndChanged || [...paths.values()].some(({ path }) => {
            if (!isPrefix(conflict.path, path)) return false;
            const [lb, lm, lt] = [base, mine, theirs].map((side) => json(leafAt(side, path)));
            return lm !== lb && lt !== lb && lm !== lt;
          });
          expect(bothChanged, `${pathKey(conflict.path)} covers a leaf both sides changed (no coarser conflict than needed)`).to.equal(true);
          expect(json(leafAt(mine, conflict.path))).to.equal(m);
          expect(json(leafAt(theirs, conflict.path))).to.equal(t);
        }
        for (const field of BOOKKEEPING_FIELDS) expect((merged as unknown as Record<string, unknown>)[field]).to.equal((theirs as unknown as Record<string, unknown>)[field]);
        const ids = merged.items.map((entry) => entry.id);
        expect(new Set(ids).size, 'no entry twice').to.equal(ids.length);
      }),
      { numRuns: 500 },
    );
  });

  it('reports the same conflicts whichever side is called mine', () => {
    fc.assert(
      fc.property(triple, ([base, mine, theirs]) => {
        const forward = threeWayMerge(base, mine, theirs).conflicts.map((c) => pathKey(c.path)).sort();
        const backward = threeWayMerge(base, theirs, mine).conflicts.map((c) => pathKey(c.path)).sort();
        expect(backward).to.deep.equal(forward);
      }),
      { numRuns: 200 },
    );
  });

  const anyJson = fc.json({ depthSize: 'small' }).map((source) => JSON.parse(source) as unknown);

  it('over any JSON: one side unchanged gives the other; both the same gives it; no throw, no prototype pollution', () => {
    fc.assert(
      fc.property(anyJson, anyJson, (base, other) => {
        for (const [mine, theirs] of [[other, base], [base, other], [other, other]] as const) {
          const { merged, conflicts } = threeWayMerge(base, mine, theirs);
          expect(conflicts).to.deep.equal([]);
          expect(json(strip(merged))).to.equal(json(strip(other)));
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a __proto__ key as data', () => {
    const base = JSON.parse('{"a":1}') as Record<string, unknown>;
    const mine = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const { merged } = threeWayMerge(base, mine, base);
    expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
    expect(Object.keys(merged)).to.deep.equal(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('merges the two fields of one goal, and two items of one sub-goal, that the issue saw lost', () => {
    const base = { goal: { title: 'Housing', description: '' }, subGoals: [{ id: 'sg', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }] };
    const mine = structuredClone(base);
    const theirs = structuredClone(base);
    mine.goal.title = 'Stable housing';
    theirs.goal.description = 'By spring';
    mine.subGoals[0]!.items[0]!.name = 'A (mine)';
    theirs.subGoals[0]!.items[1]!.name = 'B (theirs)';
    const { merged, conflicts, fromTheirs } = threeWayMerge(base, mine, theirs);
    expect(merged).to.deep.equal({
      goal: { title: 'Stable housing', description: 'By spring' },
      subGoals: [{ id: 'sg', items: [{ id: 'a', name: 'A (mine)' }, { id: 'b', name: 'B (theirs)' }] }],
    });
    expect(conflicts).to.deep.equal([]);
    expect(fromTheirs).to.deep.equal([['goal', 'description'], ['subGoals', 'sg', 'items', 'b', 'name']]);
  });

  it('reports a same-field change with before, mine and theirs, and applies a choice per field', () => {
    const base = { title: 'T', notes: 'N' };
    const mine = { title: 'T mine', notes: 'N mine' };
    const theirs = { title: 'T theirs', notes: 'N theirs' };
    const { conflicts } = threeWayMerge(base, mine, theirs);
    expect(conflicts).to.deep.equal([
      { path: ['title'], base: 'T', mine: 'T mine', theirs: 'T theirs' },
      { path: ['notes'], base: 'N', mine: 'N mine', theirs: 'N theirs' },
    ]);
    const choices = new Map([[pathKey(['title']), 'theirs' as const], [pathKey(['notes']), 'mine' as const]]);
    expect(mergeWithChoices(base, mine, theirs, choices).merged).to.deep.equal({ title: 'T theirs', notes: 'N mine' });
  });

  it('removes an entry removed on one side, keeps one removed on one side and changed on the other as a conflict', () => {
    const base = { list: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }] };
    const mine = { list: [{ id: 'b', v: 2 }, { id: 'c', v: 1 }] }; // removed a, changed b
    const theirs = { list: [{ id: 'a', v: 1 }, { id: 'c', v: 1 }] }; // removed b
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts.map((c) => c.path)).to.deep.equal([['list', 'b']]);
    expect(result.merged.list.map((entry) => entry.id), 'mine kept b').to.deep.equal(['b', 'c']);
    const taken = threeWayMerge(base, mine, theirs, { resolve: () => 'theirs' });
    expect(taken.merged.list.map((entry) => entry.id), 'theirs removes b').to.deep.equal(['c']);
  });

  it('orders entries: one side reordered wins, additions after their predecessor', () => {
    const base = { list: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const mine = { list: [{ id: 'a' }, { id: 'x' }, { id: 'b' }, { id: 'c' }] };
    const theirs = { list: [{ id: 'c' }, { id: 'b' }, { id: 'a' }, { id: 'y' }] };
    expect(threeWayMerge(base, mine, theirs).merged.list.map((entry) => entry.id)).to.deep.equal(['c', 'b', 'a', 'x', 'y']);
  });

  it('takes bookkeeping from theirs, never as a conflict', () => {
    const base = { id: 'r', version: 1, updatedAt: '1', updatedBy: 'u0', createdAt: '0', title: 'T' };
    const mine = { ...base, version: 1, updatedAt: '2', updatedBy: 'me', title: 'Mine' };
    const theirs = { ...base, version: 2, updatedAt: '3', updatedBy: 'them' };
    const { merged, conflicts, fromTheirs } = threeWayMerge(base, mine, theirs);
    expect(merged).to.deep.equal({ id: 'r', version: 2, updatedAt: '3', updatedBy: 'them', createdAt: '0', title: 'Mine' });
    expect(conflicts).to.deep.equal([]);
    expect(fromTheirs).to.deep.equal([]);
  });

  it('does not modify its inputs nor share objects with them', () => {
    const base = { goal: { title: 'a' }, list: [{ id: 'a', v: 1 }] };
    const mine = { goal: { title: 'b' }, list: [{ id: 'a', v: 1 }] };
    const theirs = { goal: { title: 'a' }, list: [{ id: 'a', v: 2 }] };
    const before = json([base, mine, theirs]);
    const { merged } = threeWayMerge(base, mine, theirs);
    merged.goal.title = 'changed';
    merged.list[0]!.v = 9;
    expect(json([base, mine, theirs])).to.equal(before);
  });
});

describe('conflicts still without a chosen side', () => {
  it('lists, in order, the conflicts no side was chosen for; none once each has one', () => {
    const { conflicts } = threeWayMerge({ a: 1, b: 1, c: 1 }, { a: 2, b: 2, c: 2 }, { a: 3, b: 3, c: 3 });
    expect(unchosenConflicts(conflicts, {}).map((conflict) => conflict.path)).to.deep.equal([['a'], ['b'], ['c']]);
    expect(unchosenConflicts(conflicts, { [pathKey(['b'])]: 'theirs' }).map((conflict) => conflict.path)).to.deep.equal([['a'], ['c']]);
    expect(unchosenConflicts(conflicts, { [pathKey(['a'])]: 'mine', [pathKey(['b'])]: 'mine', [pathKey(['c'])]: 'theirs' })).to.deep.equal([]);
  });
});
