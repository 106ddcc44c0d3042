import { expect } from '@open-wc/testing';
import { recordApproval, recordExemption, removeExemption, transitionBlockers, transitionPlan, type LifecycleContext, type TransitionResult } from '../../../src/model/service-plan/lifecycle.js';
import { approvalViolations, requiredApprovers, signatories } from '../../../src/model/service-plan/rules/approvals.js';
import { ServicePlanSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

const worker = { id: 'u-claire', name: 'Claire Martin' };
const context: LifecycleContext = { participants, today: TODAY, recorder: worker, at: '2026-03-10T14:00:00.000Z' };
const codes = (found: readonly { code: string }[]) => found.map((one) => one.code);

function submitted(overrides: Partial<ServicePlan> = {}): ServicePlan {
  const result = transitionPlan(readyPlan(overrides), 'submit', context);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

function ok(result: TransitionResult<ServicePlan>): ServicePlan {
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

describe('approvals that mean something', () => {
  it('refuses to submit a case plan whose only member is the child, until a parent joins or an exemption says why none can', () => {
    const childOnly = readyPlan({ participantIds: ['leo'] });
    expect(codes(transitionBlockers(childOnly, 'submit', context))).to.include('plan.approval.parent-required');
    const exempt = recordExemption(childOnly, { id: 'ex-1', reason: 'whereabouts-unknown', note: 'Both parents unknown' }, context);
    expect(exempt.ok).to.equal(true);
    expect(codes(transitionBlockers(ok(exempt), 'submit', context))).not.to.include('plan.approval.parent-required');
  });

  it('a service plan has no such rule', () => {
    expect(codes(transitionBlockers(readyPlan({ planKind: 'service', participantIds: ['leo'] }), 'submit', context))).not.to.include('plan.approval.parent-required');
  });

  it('does not activate a case plan no parent or guardian approved, even when agency policy asks nobody', () => {
    const policy = { requiredRoles: [], ageRequiredRoles: [], minimumAge: 12, ageUnknownRequiredRoles: [], alsoRequiredParticipantIds: [] };
    const plan = submitted({ participantIds: ['maria', 'leo'] });
    const blockers = transitionBlockers(plan, 'activate', { ...context, policy });
    expect(codes(blockers)).to.deep.equal(['plan.approval.parent-approval-missing']);
    const approved = ok(recordApproval(plan, { participantId: 'maria', decision: 'approved' }, { ...context, policy }));
    expect(transitionBlockers(approved, 'activate', { ...context, policy })).to.deep.equal([]);
  });

  it('an exempted parent is not asked; with every parent exempted the plan can be activated on the others\' approvals', () => {
    let plan = submitted();
    plan = ok(recordExemption(plan, { id: 'ex-j', participantId: 'joao', reason: 'rights-terminated' }, context));
    expect(requiredApprovers(plan, participants, undefined, TODAY).map((person) => person.id)).to.deep.equal(['maria', 'ana']);
    plan = ok(recordExemption(plan, { id: 'ex-m', participantId: 'maria', reason: 'declined-to-take-part', note: 'Said no at the meeting' }, context));
    plan = ok(recordApproval(plan, { participantId: 'ana', decision: 'approved' }, context));
    expect(approvalViolations(plan, participants, undefined, TODAY)).to.deep.equal([]);
    expect(plan.approvalExemptions?.map((exemption) => [exemption.participantId, exemption.reason, exemption.recordedBy.id, exemption.date])).to.deep.equal([
      ['joao', 'rights-terminated', 'u-claire', TODAY],
      ['maria', 'declined-to-take-part', 'u-claire', TODAY],
    ]);
    // Taking the exemption back asks the person again.
    plan = ok(removeExemption(plan, 'ex-m'));
    expect(codes(approvalViolations(plan, participants, undefined, TODAY))).to.deep.equal(['plan.approval.missing']);
  });

  it('refuses a second exemption for the same person, one for someone off the plan, and one without a person on a service plan', () => {
    const plan = ok(recordExemption(submitted(), { id: 'ex-1', participantId: 'joao', reason: 'whereabouts-unknown' }, context));
    const twice = recordExemption(plan, { id: 'ex-2', participantId: 'joao', reason: 'rights-terminated' }, context);
    expect(!twice.ok && codes(twice.violations)).to.deep.equal(['plan.approval.exemption-exists']);
    const stranger = recordExemption(plan, { id: 'ex-3', participantId: 'aunt', reason: 'whereabouts-unknown' }, context);
    expect(!stranger.ok && codes(stranger.violations)).to.deep.equal(['plan.approval.not-member']);
    const nobody = recordExemption(readyPlan({ planKind: 'service' }), { id: 'ex-4', reason: 'whereabouts-unknown' }, context);
    expect(!nobody.ok && codes(nobody.violations)).to.deep.equal(['plan.approval.exemption-needs-person']);
    const anonymous = recordExemption(plan, { id: 'ex-5', participantId: 'maria', reason: 'whereabouts-unknown' }, { ...context, recorder: undefined });
    expect(!anonymous.ok && codes(anonymous.violations)).to.deep.equal(['plan.approval.recorder-unknown']);
  });

  it('records how each decision was given and who recorded it, when', () => {
    const plan = ok(recordApproval(submitted(), { participantId: 'maria', decision: 'approved', method: 'phone-witnessed', witness: ' Rosa Lima ' }, context));
    expect(plan.approvals.at(-1)).to.deep.equal({
      participantId: 'maria',
      role: 'parent',
      decision: 'approved',
      date: TODAY,
      method: 'phone-witnessed',
      witness: 'Rosa Lima',
      recordedBy: worker,
      recordedAt: '2026-03-10T14:00:00.000Z',
    });
    expect(ServicePlanSchema.safeParse(plan).success).to.equal(true);
  });

  it('only the participant signed in can approve electronically; a phone approval needs a witness', () => {
    const plan = submitted();
    const forSomeoneElse = recordApproval(plan, { participantId: 'maria', decision: 'approved', method: 'electronic' }, context);
    expect(!forSomeoneElse.ok && codes(forSomeoneElse.violations)).to.deep.equal(['plan.approval.electronic-by-other']);
    const byMaria = recordApproval(plan, { participantId: 'maria', decision: 'approved', method: 'electronic' }, { ...context, recorder: { id: 'u-maria', name: 'Maria Souza', participantId: 'maria' } });
    expect(byMaria.ok && byMaria.plan.approvals.at(-1)?.method).to.equal('electronic');
    const noWitness = recordApproval(plan, { participantId: 'joao', decision: 'approved', method: 'phone-witnessed', witness: '  ' }, context);
    expect(!noWitness.ok && codes(noWitness.violations)).to.deep.equal(['plan.approval.witness-required']);
  });

  it('by default a decision is taken as given electronically by the participant signed in, else on paper in person', () => {
    const plan = submitted();
    const byWorker = ok(recordApproval(plan, { participantId: 'maria', decision: 'approved' }, context));
    expect(byWorker.approvals.at(-1)?.method).to.equal('in-person-paper');
    const byMaria = ok(recordApproval(plan, { participantId: 'maria', decision: 'approved' }, { ...context, recorder: { id: 'u-maria', name: 'Maria', participantId: 'maria' } }));
    expect(byMaria.approvals.at(-1)?.method).to.equal('electronic');
  });

  it('asks for the signatures of every required approver and of anyone who decided, not of an exempted person', () => {
    let plan = ok(recordExemption(submitted(), { id: 'ex-j', participantId: 'joao', reason: 'whereabouts-unknown' }, context));
    plan = ok(recordApproval(plan, { participantId: 'maria', decision: 'approved' }, context));
    expect(signatories(plan, participants, undefined, TODAY).map((person) => person.id)).to.deep.equal(['maria', 'ana']);
  });

  it('reads plans stored before approval methods and exemptions existed', () => {
    const old = { ...readyPlan(), approvals: [{ participantId: 'maria', role: 'parent', decision: 'approved', date: '2026-03-01' }] };
    delete (old as Partial<ServicePlan>).approvalExemptions;
    expect(ServicePlanSchema.safeParse(old).success).to.equal(true);
  });
});
