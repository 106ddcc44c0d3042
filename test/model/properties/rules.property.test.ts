// Every rule and pure function of src/model over hostile records: values that pass the schemas (the only
// ones storage and the machines hand to rules) but carry markup, huge texts, odd Unicode, extreme numbers
// and edge dates; and boundary functions that take `unknown` over anything at all. Never a throw; rules
// answer with typed Violations.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as model from '../../../src/model/index.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { Violation } from '../../../src/model/shared/violation.js';
import { NOW, TODAY, catalog, participants, readyPlan } from '../service-plan/fixtures.js';
import { monthlyPlan, planContact, weeklyPlan } from '../visitation/fixtures.js';
import { reportFigures } from '../../reliability/support/report.js';
import { hostileStrings, hostileValue, isPolluted, mutated, pollutingObjects } from './hostile.js';

const jsonValue = fc.oneof(fc.json({ depthSize: 'large' }).map((text) => JSON.parse(text) as unknown), pollutingObjects, hostileStrings);

function validOnly<T>(schema: z.ZodMiniType, arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<T> {
  return arbitrary.filter((value) => z.safeParse(schema, value).success) as fc.Arbitrary<T>;
}

const hostilePlan = validOnly<ServicePlan>(model.ServicePlanSchema, mutated({ ...readyPlan(), version: 1 }));
const hostileVisitationPlan = validOnly<VisitationPlan>(model.VisitationPlanSchema, mutated(weeklyPlan()));
const hostileContact = validOnly<Contact>(model.ContactSchema, mutated(planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z')));

function assertViolations(value: unknown): void {
  expect(Array.isArray(value), 'an array of Violations').to.equal(true);
  for (const violation of value as Violation[]) {
    expect(violation.code).to.be.a('string');
    expect(violation.path).to.be.an('array');
  }
}

describe('every rule and pure function of src/model, over hostile records', function () {
  // Thousands of generated records through every rule: on a loaded 2-core machine this takes longer than
  // the suite's usual limit. The limit is a hang guard, not a speed check (speed is the bench's).
  this.timeout(90_000);
  let tried = 0;
  const crashes: string[] = [];
  const attempt = (name: string, work: () => void) => {
    tried += 1;
    try {
      work();
    } catch (error) {
      crashes.push(`${name}: ${String(error).slice(0, 300)}`);
    }
    if (isPolluted()) crashes.push(`${name}: Object.prototype polluted`);
  };

  it('service plan rules, progress, lifecycle, approvals, diff and merge', () => {
    fc.assert(
      fc.property(hostilePlan, (plan) => {
        const original = readyPlan();
        attempt('validatePlan', () => assertViolations(model.validatePlan(plan, { participants, catalog })));
        attempt('submitReadiness', () => assertViolations(model.submitReadiness(plan)));
        for (const check of [model.checkDateRanges, model.checkCosts, model.checkUnits, model.checkItemPeopleAreMembers, model.checkPlanConsistency, model.checkTextLengths, model.checkPrimaryClientIsMember, model.checkPrincipalIsMember]) {
          attempt(check.name, () => assertViolations(check(plan)));
        }
        attempt('planProgress', () => model.planProgress(plan));
        attempt('overdueItems', () => model.overdueItems(plan, TODAY));
        attempt('overdueMilestones', () => model.overdueMilestones(plan, TODAY));
        attempt('nextReview', () => model.nextReview(plan, TODAY));
        for (const transition of Object.keys(model.planTransitions) as (keyof typeof model.planTransitions)[]) {
          attempt(`transitionBlockers ${transition}`, () => assertViolations(model.transitionBlockers(plan, transition, { participants, today: TODAY })));
          attempt(`transitionPlan ${transition}`, () => model.transitionPlan(plan, transition, { participants, today: TODAY }));
        }
        attempt('missingApprovals', () => model.missingApprovals(plan, participants, model.defaultApprovalPolicy, TODAY));
        attempt('diffPlanRevisions', () => model.diffPlanRevisions(original, plan, participants));
        attempt('threeWayMerge', () => model.threeWayMerge(original, plan, original));
        attempt('threeWayMerge both', () => model.threeWayMerge(original, plan, { ...plan, goal: { ...plan.goal, title: 'Theirs' } }));
        attempt('recommendServices', () => model.recommendServices(plan.needs, catalog));
        attempt('searchCatalog', () => model.searchCatalog(catalog, { text: plan.goal.title }));
        attempt('diffRecords', () => model.diffRecords(original, plan));
        attempt('canonicalJson', () => model.canonicalJson(plan));
      }),
      { numRuns: 300 },
    );
    expect(crashes).to.deep.equal([]);
  });

  it('visitation rules, recurrence, compliance, overlaps and contact queries', () => {
    fc.assert(
      fc.property(hostileVisitationPlan, fc.array(hostileContact, { maxLength: 4 }), (plan, contacts) => {
        const from = '2026-03-01';
        attempt('validateVisitationPlan', () => assertViolations(model.validateVisitationPlan(plan)));
        attempt('activationViolations', () => assertViolations(model.activationViolations(plan)));
        attempt('occurrences', () => model.occurrences(plan, from, '2026-05-31'));
        attempt('nextOccurrences', () => model.nextOccurrences(plan, NOW, 5));
        attempt('suggestOccurrence', () => model.suggestOccurrence(plan, '2026-03-10T16:00:00.000Z'));
        attempt('planCompliance', () => model.planCompliance(plan, contacts, NOW));
        attempt('complianceByPlan', () => model.complianceByPlan([plan, monthlyPlan()], contacts, NOW));
        attempt('findOverlaps', () => model.findOverlaps([plan, weeklyPlan({ id: 'plan-other' }), monthlyPlan()]));
        attempt('overlapWarnings', () => assertViolations(model.overlapWarnings(plan, [weeklyPlan({ id: 'plan-other' })])));
        for (const item of contacts) {
          attempt('validateContact', () => assertViolations(model.validateContact(item, { now: NOW, plan })));
          attempt('checkContactAgainstPlan', () => assertViolations(model.checkContactAgainstPlan(item, plan)));
        }
        attempt('contactsOutsidePlan', () => model.contactsOutsidePlan(plan, contacts));
        attempt('queryContacts', () => model.queryContacts(contacts, { visitationPlanId: plan.id, from, to: '2026-04-30', timeZone: plan.timeZone }));
        attempt('sortContactsByDate', () => model.sortContactsByDate(contacts));
        attempt('caseworkerVisitStandard', () => model.caseworkerVisitStandard(contacts, { childId: 'child-1', from, now: NOW, timeZone: plan.timeZone, caseworkerIds: ['worker-1'] }));
        for (const transition of ['activate', 'suspend', 'resume', 'end'] as const) {
          attempt(`canTransitionVisitationPlan ${transition}`, () => model.canTransitionVisitationPlan(plan, transition));
        }
      }),
      { numRuns: 300 },
    );
    expect(crashes).to.deep.equal([]);
  });

  it('boundary functions that take anything (host input, files, forms): typed answer for any value', async () => {
    fc.assert(
      fc.property(hostileValue, (first) => {
        attempt('validateVisitationPlan(any)', () => assertViolations(model.validateVisitationPlan(first)));
        attempt('validateContact(any)', () => assertViolations(model.validateContact(first, { now: NOW })));
        attempt('applyEdit(any)', () => model.applyEdit(readyPlan(), first, { today: TODAY, newId: () => 'new-id' }));
        attempt('parseWithViolations(any)', () => model.parseWithViolations(model.CaseParticipantSchema, first));
      }),
      { numRuns: 1500 },
    );
    // Diff and hash take what storage holds: JSON values (any shape, any text, prototype tricks included).
    fc.assert(
      fc.property(jsonValue, jsonValue, hostileStrings, (first, second, text) => {
        attempt('diffRecords(json, json)', () => model.diffRecords(first, second));
        attempt('canonicalJson(json)', () => model.canonicalJson(first));
        attempt('isValidTimeZone(text)', () => model.isValidTimeZone(text));
        attempt('hasMarkup(text)', () => model.hasMarkup(text));
        attempt('normalizeForSearch(text)', () => model.normalizeForSearch(text));
      }),
      { numRuns: 1500 },
    );
    // The history check reads entries back from storage: any array of objects gives a verdict.
    await fc.assert(
      fc.asyncProperty(fc.array(hostileValue.filter((value) => typeof value === 'object' && value !== null), { maxLength: 4 }), async (entries) => {
        tried += 1;
        const verdict = await model.verifyHistory(entries as model.HistoryEntry[]).catch((error: unknown) => `${String(error)}`);
        if (typeof verdict === 'string') crashes.push(`verifyHistory: ${verdict}`);
      }),
      { numRuns: 300 },
    );
    expect(crashes).to.deep.equal([]);
  });

  after(() => {
    reportFigures({ scenario: 'hostile records at every model rule', hostileInputs: tried, crashes: crashes.length });
  });
});
