import { expect } from '@open-wc/testing';
import type { Violation } from '../../../src/model/shared/violation.js';
import { checkDateRanges } from '../../../src/model/service-plan/rules/date-ranges.js';
import { checkUnits } from '../../../src/model/service-plan/rules/units.js';
import {
  checkItemPeopleAreMembers,
  checkLinkedServices,
  checkMembersAreCaseParticipants,
  checkPrimaryClientIsMember,
  checkPrincipalIsMember,
} from '../../../src/model/service-plan/rules/membership.js';
import { checkCosts, checkPlanConsistency } from '../../../src/model/service-plan/rules/consistency.js';
import { submitReadiness } from '../../../src/model/service-plan/rules/readiness.js';
import { checkTextLengths, validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';
import { basicItem, catalog, participants, readyPlan, unitItem } from './fixtures.js';

const at = (found: Violation[]) => found.map((one) => `${one.code}@${one.path.join('.')}`);

describe('service plan rules', () => {
  describe('end not before start', () => {
    it('flags an expected or actual end before its start, on the end field', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[0] = basicItem('a', { expectedStart: '2026-05-01', expectedEnd: '2026-04-30', actualStart: '2026-02-01', actualEnd: '2026-01-31' });
      expect(at(checkDateRanges(plan))).to.deep.equal(['plan.item.end-before-start@subGoals.0.items.0.expectedEnd', 'plan.item.end-before-start@subGoals.0.items.0.actualEnd']);
      expect(checkDateRanges(plan)[0]?.params).to.deep.equal({ start: '2026-05-01', end: '2026-04-30' });
    });

    it('accepts an end on the same day as the start, and a missing end', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[0] = basicItem('a', { expectedStart: '2026-05-01', expectedEnd: '2026-05-01', actualStart: '2026-05-02' });
      expect(checkDateRanges(plan)).to.deep.equal([]);
    });

    it('flags a delivery dated before the item actually started, and a plan ended before it became active', () => {
      const plan = readyPlan({ activatedOn: '2026-02-01', endedOn: '2026-01-01' });
      plan.subGoals[0]!.items[1] = unitItem('u', 12, [2], { actualStart: '2026-03-01' });
      expect(at(checkDateRanges(plan))).to.deep.equal(['plan.item.delivery-before-start@subGoals.0.items.1.deliveries.0.date', 'plan.end-before-start@endedOn']);
    });
  });

  describe('units', () => {
    it('flags more units delivered than authorized, with both numbers for the message', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[1] = unitItem('u', 4, [3, 2]);
      expect(checkUnits(plan)).to.deep.equal([{ code: 'plan.item.units-exceed-authorized', path: ['subGoals', 0, 'items', 1, 'deliveries'], params: { delivered: 5, authorized: 4 } }]);
    });

    it('accepts exactly the units authorized', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[1] = unitItem('u', 5, [3, 2]);
      expect(checkUnits(plan)).to.deep.equal([]);
    });

    it('flags a zero or negative delivery, a unit item without authorized units or unit type, and deliveries on a basic item', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[1] = unitItem('u', 0, [0, -1], { unitType: undefined });
      plan.subGoals[1]!.items[0] = basicItem('b', { deliveries: [{ id: 'd', date: '2026-02-01', units: 1, note: '' }] });
      expect(at(checkUnits(plan))).to.deep.equal([
        'plan.item.delivery-units-not-positive@subGoals.0.items.1.deliveries.0.units',
        'plan.item.delivery-units-not-positive@subGoals.0.items.1.deliveries.1.units',
        'plan.item.units-authorized-missing@subGoals.0.items.1.unitsAuthorized',
        'plan.item.unit-type-missing@subGoals.0.items.1.unitType',
        'plan.item.deliveries-on-basic-item@subGoals.1.items.0.deliveries',
      ]);
    });
  });

  describe('membership', () => {
    it('requires the case primary client to be a plan member, though not the principal participant', () => {
      const plan = readyPlan({ primaryClientId: 'maria', principalParticipantId: 'leo' });
      expect(checkPrimaryClientIsMember(plan)).to.deep.equal([]);
      plan.participantIds = ['leo', 'joao'];
      expect(checkPrimaryClientIsMember(plan)).to.deep.equal([{ code: 'plan.primary-client-not-member', path: ['primaryClientId'], params: { participantId: 'maria' } }]);
    });

    it('requires the principal participant to be a plan member', () => {
      expect(checkPrincipalIsMember(readyPlan())).to.deep.equal([]);
      expect(at(checkPrincipalIsMember(readyPlan({ participantIds: ['maria'] })))).to.deep.equal(['plan.principal-not-member@principalParticipantId']);
    });

    it('requires a responsible participant, participants needed and those a service serves to be plan members', () => {
      const plan = readyPlan();
      plan.subGoals[1]!.items[0] = basicItem('x', {
        responsibility: { type: 'participant', participantId: 'aunt' },
        participantsNeeded: ['maria', 'aunt'],
        linkedService: { serviceId: 'svc-parenting', participantIds: ['aunt'] },
      });
      expect(at(checkItemPeopleAreMembers(plan))).to.deep.equal([
        'plan.item.responsible-not-member@subGoals.1.items.0.responsibility.participantId',
        'plan.item.participant-needed-not-member@subGoals.1.items.0.participantsNeeded.1',
        'plan.item.service-participant-not-member@subGoals.1.items.0.linkedService.participantIds.0',
      ]);
      plan.participantIds.push('aunt');
      expect(checkItemPeopleAreMembers(plan)).to.deep.equal([]);
    });

    it('flags plan members the host no longer lists as case participants', () => {
      const plan = readyPlan({ participantIds: ['leo', 'maria', 'ghost'] });
      expect(at(checkMembersAreCaseParticipants(plan, participants))).to.deep.equal(['plan.participant-unknown@participantIds.2']);
    });

    it('refuses a one-client service for two participants and an unknown service', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[0]!.linkedService = { serviceId: 'svc-recovery', participantIds: ['maria', 'joao'] };
      plan.subGoals[1]!.items[0]!.linkedService = { serviceId: 'svc-gone', participantIds: [] };
      expect(at(checkLinkedServices(plan, catalog))).to.deep.equal([
        'plan.item.service-single-client@subGoals.0.items.0.linkedService.participantIds',
        'plan.item.service-unknown@subGoals.1.items.0.linkedService.serviceId',
      ]);
      plan.subGoals[0]!.items[0]!.linkedService = { serviceId: 'svc-parenting', participantIds: ['maria', 'joao'] };
      plan.subGoals[1]!.items[0]!.linkedService = { serviceId: 'svc-recovery', participantIds: ['maria'] };
      expect(checkLinkedServices(plan, catalog)).to.deep.equal([]);
    });
  });

  describe('cost, text lengths and consistency', () => {
    it('flags a negative cost, and accepts a free item', () => {
      const plan = readyPlan();
      plan.subGoals[0]!.items[0]!.cost = { amount: -0.01, currency: 'USD' };
      plan.subGoals[1]!.items[0]!.cost = { amount: 0, currency: 'USD' };
      expect(at(checkCosts(plan))).to.deep.equal(['plan.item.cost-negative@subGoals.0.items.0.cost.amount']);
    });

    it('reports each text past its limit with the limit, and a 50 000-character goal description does not crash', () => {
      const plan = readyPlan();
      plan.goal.description = 'é'.repeat(50_000);
      plan.subGoals[0]!.title = 'x'.repeat(201);
      expect(checkTextLengths(plan)).to.deep.equal([
        { code: 'value.too-long', path: ['goal', 'description'], params: { max: 10_000 } },
        { code: 'value.too-long', path: ['subGoals', 0, 'title'], params: { max: 200 } },
      ]);
    });

    it('flags an unknown plan group, a concurrent goal equal to the primary, a closed plan with no reason, and a repeated item id', () => {
      const plan = readyPlan({ status: 'closed', permanency: { primary: 'adoption', concurrent: 'adoption' } });
      plan.subGoals[0]!.planGroupId = 'nope';
      plan.subGoals[1]!.items[0]!.id = 'item-1';
      expect(at(checkPlanConsistency(plan))).to.deep.equal([
        'plan.sub-goal.group-unknown@subGoals.0.planGroupId',
        'plan.permanency.concurrent-same-as-primary@permanency.concurrent',
        'plan.close-reason.missing@closeReason',
        'plan.item.duplicate-id@subGoals.1.items.0.id',
      ]);
    });
  });

  describe('submit readiness', () => {
    it('lists everything an empty case plan lacks before it can be submitted', () => {
      const plan = createDraftPlan({ id: 'p', caseId: 'c', planKind: 'outcome', createdBy: 'w', createdAt: '2026-01-05T10:00:00.000Z' });
      expect(at(submitReadiness(plan))).to.deep.equal(['plan.goal.missing@goal.title', 'plan.principal-missing@principalParticipantId', 'plan.sub-goals.missing@subGoals', 'plan.permanency.missing@permanency.primary']);
    });

    it('asks for an item in every sub-goal and someone responsible for every item', () => {
      const plan = readyPlan();
      plan.subGoals[1]!.items = [];
      plan.subGoals[0]!.items[0]!.responsibility = undefined;
      expect(submitReadiness(plan)).to.deep.equal([
        { code: 'plan.item.responsibility-missing', path: ['subGoals', 0, 'items', 0, 'responsibility'], params: { item: 'Item item-1' } },
        { code: 'plan.sub-goal.items-missing', path: ['subGoals', 1, 'items'], params: { subGoal: 'Stable housing' } },
      ]);
    });

    it('is satisfied by a complete plan; a service plan needs no permanency goal', () => {
      expect(submitReadiness(readyPlan())).to.deep.equal([]);
      expect(submitReadiness(readyPlan({ planKind: 'service', permanency: undefined }))).to.deep.equal([]);
    });
  });

  describe('validatePlan', () => {
    it('finds nothing wrong with a sound plan', () => {
      expect(validatePlan(readyPlan(), { participants, catalog })).to.deep.equal([]);
    });

    it('collects shape problems and rule breaks together, each once, pointing at its field', () => {
      const plan = readyPlan();
      const item = plan.subGoals[0]!.items[0]!;
      item.cost = { amount: -10, currency: 'EUR' };
      item.expectedEnd = '2026-01-01';
      item.workerSteps = 'w'.repeat(50_000);
      plan.subGoals[1]!.title = '<script>alert(1)</script>';
      expect(at(validatePlan(plan, { participants }))).to.have.members([
        'plan.item.cost-negative@subGoals.0.items.0.cost.amount',
        'value.too-long@subGoals.0.items.0.workerSteps',
        'value.markup@subGoals.1.title',
        'plan.item.end-before-start@subGoals.0.items.0.expectedEnd',
      ]);
    });
  });
});
