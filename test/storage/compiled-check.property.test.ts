// The compiled read check (compiled-check.ts) against the schemas themselves: on valid records and on
// broken ones (unknown fields, wrong types, bad dates, text too long, prototype keys, anything at all) both
// must accept the same records with the same result, and refuse the same records with the same issues.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import Dexie from 'dexie';
import * as z from 'zod/mini';
import type { StoredRecord } from '../../src/model/record.js';
import { recordSchemas } from '../../src/model/records.js';
import { setAsideWhole } from '../../src/model/set-aside.js';
import { ContactSchema, type Contact } from '../../src/model/visitation/contact.js';
import { COMPILE_AFTER_READS, compiledSchema, checkingSchema } from '../../src/storage/compiled-check.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { checkRecord, issuesToViolations } from '../../src/storage/validate.js';
import { hostileStrings, hostileValue, isPolluted, leafPaths, mutated, pollutingObjects, replaceAt } from '../model/properties/hostile.js';
import { readyPlan } from '../model/service-plan/fixtures.js';
import { weeklyPlan } from '../model/visitation/fixtures.js';
import { at, draftContact, freshDatabaseName } from './fixtures.js';

/** A contact with every optional field filled, so every branch of its schema is reached. */
function fullContact(id: string): Contact {
  return {
    ...draftContact(id, { planId: 'plan-weekly' }),
    version: 2,
    plannedOccurrence: '2026-03-03T16:00',
    location: 'Family visit centre',
    participantIds: ['child-1', 'mother-1'],
    outcome: { type: 'rescheduled', by: { party: 'visitor', participantId: 'mother-1' }, newDate: '2026-03-05' },
    notes: 'Mother arrived late.\nChild calm.',
    planItem: { servicePlanId: 'plan-1', itemId: 'item-2', appointmentId: 'appt-1' },
  };
}

const plan = { ...readyPlan(), version: 3 };
const validRecords: Record<keyof typeof recordSchemas, StoredRecord> = {
  contact: fullContact('contact-1'),
  servicePlan: plan,
  servicePlanRevision: { id: 'plan-1.r1', version: 0, createdAt: at, updatedAt: at, updatedBy: 'worker-1', planId: 'plan-1', caseId: 'case-1', revision: 1, reason: 'change-of-circumstances', supersededAt: at, plan } as StoredRecord,
  visitationPlan: weeklyPlan(),
  setAsideVersion: setAsideWhole({ id: 'set-aside-1', recordKind: 'contact', reason: 'revision-abandoned', setAside: fullContact('contact-2'), written: { ...fullContact('contact-2'), notes: 'Kept' }, by: 'worker-1', at }),
};

/** Text at and past the limits, counted in UTF-16 units and in code points (emoji are two units each). */
const edgeTexts = ['a'.repeat(200), 'a'.repeat(201), '😀'.repeat(100), '😀'.repeat(101), 'x'.repeat(10_000), 'x'.repeat(10_001), `${'😀'.repeat(5_000)}x`, '', ' \t', 'line\nbreak', 'a\u0007b', '\u0000', '<b>bold</b>', '2026-03-05T16:00', '2026-W54', '2026-02-29', '2026-02-30', '2026-03-01T15:00:00.000+01:00', '2026-03-01T15:00:00', '2026-03-01T25:00:00.000Z', 'plan-1', 'a b', '__proto__'];
const edgeStrings = fc.constantFrom(...edgeTexts);
/** What every field is tried with, one by one: edge texts, numbers at and past limits, other types. */
const edgeValues: unknown[] = [...edgeTexts, 0, -1, 1.5, 1440, 1441, 51, Number.NaN, Number.POSITIVE_INFINITY, -0, true, null, undefined, {}, [], ['a'], [1], new Date(0), JSON.parse('{"__proto__": {"polluted": "yes"}}')];

/** A copy of `record` with an own property `key` (`__proto__` included, as JSON.parse makes it) on one of its objects. */
function withOwnKey(record: unknown, key: string, value: unknown, pick: number): unknown {
  const objects = [[] as (string | number)[], ...leafPaths(record).map((path) => path.slice(0, -1))].filter((path, index, all) => all.findIndex((other) => other.join('/') === path.join('/')) === index);
  const path = objects[pick % objects.length]!;
  const copy = structuredClone(record) as Record<string, unknown>;
  let target: unknown = copy;
  for (const step of path) target = (target as Record<string | number, unknown>)[step];
  if (typeof target !== 'object' || target === null) return copy;
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** A copy of `record` without one of its fields (a required one, or an optional one). */
function withoutField(record: unknown, pick: number): unknown {
  const paths = leafPaths(record).filter((path) => path.length > 0 && typeof path.at(-1) === 'string');
  const path = paths[pick % paths.length]!;
  const copy = structuredClone(record) as Record<string, unknown>;
  let target: unknown = copy;
  for (const step of path.slice(0, -1)) target = (target as Record<string | number, unknown>)[step];
  delete (target as Record<string, unknown>)[path.at(-1) as string];
  return copy;
}

function variants(record: StoredRecord): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(record),
    mutated(record),
    mutated(record, fc.oneof(edgeStrings, hostileStrings)),
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'unknownField'), fc.oneof(hostileValue, pollutingObjects, fc.constant({ polluted: 'yes' })), fc.nat()).map(([key, value, pick]) => withOwnKey(record, key, value, pick)),
    fc.nat().map((pick) => withoutField(record, pick)),
    fc.tuple(fc.nat(), hostileValue).map(([pick, value]) => replaceAt(record, leafPaths(record)[pick % leafPaths(record).length]!.slice(0, -1), value)),
    hostileValue,
    pollutingObjects,
  );
}

type Outcome = { ok: true; data: unknown; json: string } | { ok: false; issues: unknown } | { threw: string };

function outcomeOf(schema: z.ZodMiniType, value: unknown): Outcome {
  try {
    const result = z.safeParse(schema, value);
    if (!result.success) return { ok: false, issues: result.error.issues };
    // The key order too: what is stored and shown is the same object, field for field.
    return { ok: true, data: result.data, json: JSON.stringify(result.data) };
  } catch (error) {
    return { threw: error instanceof Error ? error.name : String(error) };
  }
}

describe('the compiled read check refuses what the schemas refuse', () => {
  it('is a compiled copy where the page may compile code (this test page may)', async () => {
    for (const schema of Object.values(recordSchemas)) {
      const compiled = await compiledSchema(schema);
      expect(compiled).to.not.equal(undefined);
      expect(compiled).to.not.equal(schema);
    }
  });

  for (const [kind, record] of Object.entries(validRecords) as [keyof typeof recordSchemas, StoredRecord][]) {
    it(`${kind}: the same result as the schema on valid and broken records`, async () => {
      const schema: z.ZodMiniType = recordSchemas[kind];
      const fast = (await compiledSchema(schema)) ?? schema;
      expect(z.safeParse(schema, record).success, 'the fixture is valid').to.equal(true);
      const tally = { tried: 0, accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(variants(record), async (value) => {
          tally.tried += 1;
          const plain = outcomeOf(schema, value);
          const compiled = outcomeOf(fast, value);
          expect(compiled).to.deep.equal(plain);
          if ('ok' in plain && plain.ok) {
            tally.accepted += 1;
            // A new object, never the stored one handed back (fields the schema does not know are left out).
            expect((compiled as { data: unknown }).data).to.not.equal(value);
          } else tally.refused += 1;
          expect(isPolluted()).to.equal(false);
        }),
        { numRuns: 300 },
      );
      expect(tally.tried).to.equal(300);
      // Both sides of the comparison were exercised: records it kept and records it refused.
      expect(tally.accepted).to.be.greaterThan(10);
      expect(tally.refused).to.be.greaterThan(10);
    });
  }
});

describe('the compiled read check, every field against every edge value', () => {
  for (const [kind, record] of Object.entries(validRecords) as [keyof typeof recordSchemas, StoredRecord][]) {
    it(`${kind}: each field (and each list as a whole) replaced by each edge value, and each object given an unknown field`, async () => {
      const schema: z.ZodMiniType = recordSchemas[kind];
      const fast = (await compiledSchema(schema)) ?? schema;
      const tally = { tried: 0, accepted: 0, refused: 0 };
      const compare = (value: unknown, label: string) => {
        tally.tried += 1;
        const plain = outcomeOf(schema, value);
        expect(outcomeOf(fast, value), label).to.deep.equal(plain);
        if ('ok' in plain && plain.ok) tally.accepted += 1;
        else tally.refused += 1;
      };
      const paths = leafPaths(record);
      for (const path of paths) for (const [index, edge] of edgeValues.entries()) compare(replaceAt(record, path, edge), `${path.join('.')} = edge value ${index}`);
      const objects = new Set(paths.map((path) => path.slice(0, -1).join('\u0001')));
      for (const key of ['__proto__', 'constructor', 'toString', 'unknownField']) for (let pick = 0; pick <= objects.size; pick += 1) compare(withOwnKey(record, key, { polluted: 'yes' }, pick), `${key} on object ${pick}`);
      expect(isPolluted()).to.equal(false);
      expect(tally.tried).to.equal(paths.length * edgeValues.length + 4 * (objects.size + 1));
      expect(tally.accepted).to.be.greaterThan(0);
      expect(tally.refused).to.be.greaterThan(0);
    });
  }
});

describe('reading a kind often', () => {
  const broken: [string, unknown][] = [
    ['unknown field (left out on read)', { ...fullContact('c-unknown'), secret: 'x' }],
    ['wrong type', { ...fullContact('c-type'), durationMinutes: '60' }],
    ['bad date', { ...fullContact('c-date'), occurredAt: '2026-02-30T10:00:00.000Z' }],
    ['notes too long', { ...fullContact('c-long'), notes: 'x'.repeat(10_001) }],
    ['name with markup', { ...fullContact('c-markup'), location: '<img src=x onerror=alert(1)>' }],
    ['missing field', (({ authorId: _authorId, ...rest }) => rest)(fullContact('c-missing'))],
    ['own __proto__ key', JSON.parse(JSON.stringify({ ...fullContact('c-proto'), outcome: { type: 'completed' } }).replace('"outcome":', '"__proto__":{"polluted":"yes"},"outcome":')) as unknown],
  ];

  it(`switches to the compiled schema after ${COMPILE_AFTER_READS} reads, and still refuses the same records with the same violations`, async () => {
    // A schema of its own (a new object), so no other test has read it yet.
    const schema = z.extend(ContactSchema, {});
    const schemas = { contact: schema };
    const valid = fullContact('c-valid');
    for (let read = 0; read < COMPILE_AFTER_READS; read += 1) expect(checkRecord(schemas, 'contact', valid).ok).to.equal(true);
    await waitUntil(() => checkingSchema(schema) !== schema, 'the compiled schema arrives');
    for (const [label, value] of broken) {
      const expected = z.safeParse(schema, value);
      const checked = checkRecord(schemas, 'contact', value);
      if (expected.success) expect(checked, label).to.deep.equal({ ok: true, record: expected.data });
      else expect(checked, label).to.deep.equal({ ok: false, violations: issuesToViolations(expected.error.issues) });
      expect(isPolluted(), label).to.equal(false);
    }
    // What the table says: one kept (the unknown field left out), every other refused.
    expect(broken.map(([, value]) => checkRecord(schemas, 'contact', value).ok)).to.deep.equal([true, false, false, false, false, false, true]);
    expect((checkRecord(schemas, 'contact', broken[0]![1]) as { record: object }).record).to.not.have.property('secret');
  });

  it('a large write batch is checked by the compiled schema, and refuses what the schema refuses, unknown fields named', async () => {
    // A schema of its own, never checked before: the batch alone makes it compile (compileForBatch).
    const schema = z.extend(ContactSchema, {});
    const databaseName = freshDatabaseName('compiled-write');
    const storage = new DexieStorageAdapter({ databaseName, schemas: { contact: schema } });
    const batch = (id: (index: number) => string) => Array.from({ length: COMPILE_AFTER_READS + 100 }, (_, index) => ({ kind: 'contact', record: { ...fullContact(id(index)), version: 0 } as Record<string, unknown> }));
    try {
      for (const [label, value] of broken) {
        const writes = batch((index) => `w-${label.replace(/\W+/g, '-')}-${index}`);
        writes[550]!.record = { ...(value as object), id: `w-broken-${writes.length}`, version: 0 };
        const expected = checkRecord({ contact: z.extend(ContactSchema, {}) }, 'contact', writes[550]!.record, 'write');
        const error = await storage.transaction(writes as never).then(() => undefined, (caught: unknown) => caught);
        expect(checkingSchema(schema), label).to.not.equal(schema);
        expect(expected.ok, label).to.equal(false);
        expect(error, label).to.have.property('violations').that.deep.equals((expected as { violations: unknown }).violations);
      }
      // Nothing of the refused batches was stored; an unknown field's refusal names it.
      expect((await storage.list('contact')).records).to.deep.equal([]);
      const unknownRefused = checkRecord({ contact: schema }, 'contact', { ...fullContact('c-u'), version: 0, secret: 'x' }, 'write');
      expect(unknownRefused).to.deep.equal({ ok: false, violations: [{ code: 'value.unrecognized_keys', path: ['secret'], params: { field: 'secret' } }] });
    } finally {
      await storage.close();
      await Dexie.delete(databaseName);
    }
  });

  it('an adapter listing many contacts names the tampered ones as before', async () => {
    const databaseName = freshDatabaseName('compiled-read');
    const storage = new DexieStorageAdapter({ databaseName });
    try {
      const count = COMPILE_AFTER_READS + 200;
      await storage.transaction(Array.from({ length: count }, (_, index) => ({ kind: 'contact', record: { ...fullContact(`c-${String(index).padStart(4, '0')}`), version: 0 } })));
      // Read the kind until its compiled schema is in use, then tamper with rows behind the adapter's back.
      await storage.list('contact', { childId: 'child-1' });
      await waitUntil(() => checkingSchema(ContactSchema) !== ContactSchema, 'the compiled schema arrives');
      const db = new Dexie(databaseName);
      await db.open();
      const tampered = new Map<string, unknown>([
        ['c-0003', { notes: 'x'.repeat(10_001) }],
        ['c-0400', { durationMinutes: -5 }],
        ['c-0650', { occurredAt: 'yesterday' }],
      ]);
      for (const [id, change] of tampered) await db.table('records').update(['contact', id], Object.fromEntries(Object.entries(change as object).map(([key, value]) => [`record.${key}`, value])));
      db.close();
      const listed = await storage.list<Contact>('contact', { childId: 'child-1' });
      expect(listed.records.length).to.equal(count - tampered.size);
      expect(listed.corrupt.map((error) => error.id).sort()).to.deep.equal([...tampered.keys()]);
      for (const error of listed.corrupt) {
        const expected = z.safeParse(ContactSchema, { ...fullContact(error.id), ...(tampered.get(error.id) as object) });
        expect(expected.success).to.equal(false);
        expect(error.violations, error.id).to.deep.equal(issuesToViolations(expected.error!.issues));
      }
    } finally {
      await storage.close();
      await Dexie.delete(databaseName);
    }
  });
});
