import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { ServicePlanContentSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { participants, readyPlan } from './fixtures.js';

// Whatever a user types or a host sends, an edit either applies or is refused with Violations:
// it never throws, and the plan it leaves is always valid to store.
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '   ', '<script>alert(1)</script>', 'Ana\u0000', 'line\nbreak', 'é'.repeat(250), 'x'.repeat(50_000)),
);
const anyDate = fc.oneof(fc.constantFrom('2026-01-01', '2026-02-30', '2026-12-31', 'tomorrow', ''), fc.integer({ min: 0, max: 365 }).map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)));
const anyId = fc.constantFrom('sg-1', 'sg-2', 'item-1', 'item-2', 'item-3', 'ms-1', 'maria', 'aunt', 'nope', '<bad id>');
const anyNumber = fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0.5, 1e12));

const anyEdit = fc.oneof(
  fc.record({ type: fc.constant('set-goal'), title: anyText, description: anyText }),
  fc.record({ type: fc.constant('add-sub-goal'), title: anyText }),
  fc.record({ type: fc.constant('update-sub-goal'), subGoalId: anyId, title: anyText }),
  fc.record({ type: fc.constant('remove-sub-goal'), subGoalId: anyId }),
  fc.record({ type: fc.constant('move-sub-goal'), subGoalId: anyId, toIndex: anyNumber }),
  fc.record({ type: fc.constant('add-item'), subGoalId: anyId, source: fc.record({ type: fc.constant('custom'), name: anyText, purpose: anyText }), kind: fc.constantFrom('basic', 'unit-delivery') }),
  fc.record({ type: fc.constant('update-item'), itemId: anyId, changes: fc.record({ expectedEnd: anyDate, workerSteps: anyText, cost: fc.record({ amount: anyNumber, currency: fc.constantFrom('EUR', 'usd', 'XXXX') }) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('set-item-status'), itemId: anyId, status: fc.constantFrom('not-started', 'in-progress', 'completed', 'discontinued') }),
  fc.record({ type: fc.constant('add-delivery'), itemId: anyId, date: anyDate, units: anyNumber }),
  fc.record({ type: fc.constant('add-milestone'), title: anyText, dueDate: anyDate }),
  fc.record({ type: fc.constant('set-needs'), needs: fc.array(anyText, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('request-revision'), participantId: anyId, text: anyText }),
  fc.record({ type: fc.constant('set-review-schedule'), intervalMonths: anyNumber }),
  fc.anything(),
);

describe('applyEdit with arbitrary input', () => {
  it('never throws and always leaves a plan that is valid to store', () => {
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 12 }), (edits) => {
        let ids = 0;
        let plan: ServicePlan = readyPlan();
        for (const edit of edits) {
          const result = applyEdit(plan, edit, { today: '2026-03-10', newId: () => `gen-${++ids}` });
          if (result.ok) plan = result.plan;
          else expect(result.violations.length).to.be.greaterThan(0);
          expect(z.safeParse(ServicePlanContentSchema, plan).success).to.equal(true);
          expect(() => validatePlan(plan, { participants })).not.to.throw();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the plan it was given (an edit works on its own copy; undo keeps the old plan)', () => {
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 8 }), (edits) => {
        let ids = 0;
        let plan: ServicePlan = readyPlan();
        for (const edit of edits) {
          const before = JSON.stringify(plan);
          const result = applyEdit(plan, edit, { today: '2026-03-10', newId: () => `gen-${++ids}` });
          expect(JSON.stringify(plan)).to.equal(before);
          if (result.ok) plan = result.plan;
        }
      }),
      { numRuns: 200 },
    );
  });
});
