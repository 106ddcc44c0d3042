import { expect } from '@open-wc/testing';
import { approvalViolations, defaultApprovalPolicy, missingApprovals, requiredApprovers } from '../../../src/model/service-plan/rules/approvals.js';
import type { CaseParticipant } from '../../../src/model/participant.js';
import { participants, readyPlan } from './fixtures.js';

const ids = (people: CaseParticipant[]) => people.map((person) => person.id);

describe('required approvals', () => {
  it('by default requires every parent or guardian on the plan and a youth aged 12 or more', () => {
    // Ana turns 15 in June 2026; Leo is 4; the aunt is not on the plan.
    expect(ids(requiredApprovers(readyPlan(), participants, defaultApprovalPolicy, '2026-03-10'))).to.deep.equal(['maria', 'joao', 'ana']);
  });

  it('asks a child for approval from their twelfth birthday on', () => {
    const people: CaseParticipant[] = [{ id: 'kid', name: 'Kid', role: 'child', birthDate: '2014-03-10' }];
    const plan = readyPlan({ participantIds: ['kid'] });
    expect(ids(requiredApprovers(plan, people, defaultApprovalPolicy, '2026-03-09'))).to.deep.equal([]);
    expect(ids(requiredApprovers(plan, people, defaultApprovalPolicy, '2026-03-10'))).to.deep.equal(['kid']);
  });

  it('presumes a youth of unknown age must approve, but not a child of unknown age', () => {
    const people: CaseParticipant[] = [
      { id: 'y', name: 'Y', role: 'youth' },
      { id: 'c', name: 'C', role: 'child' },
    ];
    expect(ids(requiredApprovers(readyPlan({ participantIds: ['y', 'c'] }), people, defaultApprovalPolicy, '2026-03-10'))).to.deep.equal(['y']);
  });

  it('follows a host policy: only guardians, plus the attorney by name', () => {
    const people: CaseParticipant[] = [...participants, { id: 'lawyer', name: 'Dr. Reyes', role: 'attorney' }, { id: 'gran', name: 'Gran', role: 'guardian' }];
    const policy = { ...defaultApprovalPolicy, requiredRoles: ['guardian' as const], ageRequiredRoles: [], alsoRequiredParticipantIds: ['lawyer'] };
    expect(ids(requiredApprovers(readyPlan({ participantIds: ['leo', 'maria', 'gran'] }), people, policy, '2026-03-10'))).to.deep.equal(['gran', 'lawyer']);
  });

  it('lists who still has to approve; a decline counts as missing until that person approves', () => {
    const plan = readyPlan({
      approvals: [
        { participantId: 'maria', role: 'parent', decision: 'approved', date: '2026-03-01' },
        { participantId: 'joao', role: 'parent', decision: 'declined', date: '2026-03-01', comment: 'Visits too rare' },
      ],
    });
    expect(ids(missingApprovals(plan, participants, undefined, '2026-03-10'))).to.deep.equal(['joao', 'ana']);
    plan.approvals.push({ participantId: 'joao', role: 'parent', decision: 'approved', date: '2026-03-05' }, { participantId: 'ana', role: 'youth', decision: 'approved', date: '2026-03-05' });
    expect(missingApprovals(plan, participants, undefined, '2026-03-10')).to.deep.equal([]);
  });

  it('names each missing approver in a Violation the UI can show ("Waiting for approval from: Maria")', () => {
    const found = approvalViolations(readyPlan({ participantIds: ['leo', 'maria'] }), participants, defaultApprovalPolicy, '2026-03-10');
    expect(found).to.deep.equal([{ code: 'plan.approval.missing', path: ['approvals'], params: { participantId: 'maria', name: 'Maria Souza' } }]);
  });
});
