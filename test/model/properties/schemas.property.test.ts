// Thousands of random and hostile values at every schema src/model exports (records, host inputs, edits,
// filters): only a typed answer comes out (success, or issues that become localizable Violations),
// never an exception, and nothing reaches Object.prototype.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as model from '../../../src/model/index.js';
import { violationsFromIssues } from '../../../src/model/shared/zod-violations.js';
import { readyPlan } from '../service-plan/fixtures.js';
import { contact, weeklyPlan } from '../visitation/fixtures.js';
import { reportFigures } from '../../reliability/support/report.js';
import { hostileValue, isPolluted, mutated } from './hostile.js';

function isSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

const schemas = Object.entries(model as Record<string, unknown>)
  .filter(([, value]) => isSchema(value))
  .map(([name, value]) => [name, value as z.ZodMiniType] as const);

/** Valid records to start from, so mutations reach deep into each record schema. */
const validRecords: Record<string, unknown> = {
  ServicePlanSchema: { ...readyPlan(), version: 1 },
  ServicePlanContentSchema: readyPlan(),
  VisitationPlanSchema: weeklyPlan(),
  VisitationPlanContentSchema: weeklyPlan(),
  ContactSchema: contact('2026-03-03T16:00:00.000Z'),
  ContactContentSchema: contact('2026-03-03T16:00:00.000Z'),
};

describe('every schema src/model exports, under hostile input', () => {
  let tried = 0;
  const crashes: string[] = [];

  /** Parses and checks the answer is typed; a throw is recorded as a crash. */
  function parseTyped(name: string, schema: z.ZodMiniType, value: unknown): void {
    tried += 1;
    try {
      const result = z.safeParse(schema, value);
      if (!result.success) {
        const violations = violationsFromIssues(result.error.issues);
        if (violations.length === 0 || violations.some((violation) => typeof violation.code !== 'string' || !Array.isArray(violation.path))) crashes.push(`${name}: untyped violations`);
      }
    } catch (error) {
      crashes.push(`${name}: ${String(error).slice(0, 200)}`);
    }
    if (isPolluted()) crashes.push(`${name}: Object.prototype polluted`);
  }

  it('finds the schemas to test (records, host inputs, edits)', () => {
    const names = schemas.map(([name]) => name);
    expect(names).to.include.members(['ServicePlanSchema', 'VisitationPlanSchema', 'ContactSchema', 'CaseParticipantSchema', 'CatalogEntrySchema', 'PlanEditSchema', 'HistoryEntrySchema']);
    expect(schemas.length).to.be.greaterThan(50);
  });

  for (const [name, schema] of schemas) {
    it(`${name}: arbitrary values give success or Violations, never a throw`, () => {
      fc.assert(fc.property(hostileValue, (value) => parseTyped(name, schema, value)), { numRuns: 120 });
      const valid = validRecords[name];
      if (valid !== undefined) fc.assert(fc.property(mutated(valid), (value) => parseTyped(name, schema, value)), { numRuns: 600 });
      expect(crashes).to.deep.equal([]);
    });
  }

  it('refuses markup-laden ids and keeps Object.prototype clean after a polluting record', () => {
    const polluting = JSON.parse(`{"__proto__": {"polluted": "yes"}, "id": "<img src=x onerror=alert(1)>"}`) as unknown;
    expect(z.safeParse(model.RecordMetaSchema, polluting).success).to.equal(false);
    expect(isPolluted()).to.equal(false);
  });

  after(() => {
    reportFigures({ scenario: 'hostile values at every model schema', hostileInputs: tried, crashes: crashes.length });
  });
});
