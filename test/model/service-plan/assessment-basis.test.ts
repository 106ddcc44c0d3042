import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { editAllowed, editCategory } from '../../../src/model/service-plan/edit-permissions.js';
import { checkNeedLinks, linkCoverage } from '../../../src/model/service-plan/needs-links.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { recommendServices } from '../../../src/model/catalog.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { catalog, participants, readyPlan, TODAY } from './fixtures.js';

const env = () => ({ today: TODAY, newId: () => 'new-id' });

function applied(plan: ServicePlan, ...edits: PlanEdit[]): ServicePlan {
  return edits.reduce((current, edit) => {
    const result = applyEdit(current, edit, env());
    if (!result.ok) throw new Error(`edit ${edit.type} refused: ${JSON.stringify(result.violations)}`);
    return result.plan;
  }, plan);
}

const active = () => readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' });

describe('the plan basis: assessment, history and current situation', () => {
  it('records the assessment source, date, who assessed and what it found, the history and the current situation', () => {
    const plan = applied(readyPlan(), {
      type: 'set-basis',
      assessmentSource: ' Family strengths and needs assessment ',
      assessmentDate: '2026-01-02',
      assessedBy: 'Claire Martin',
      assessmentSummary: 'Housing unstable; parenting strong with support.',
      history: 'Referred after a school report in 2025.',
      currentSituation: 'Leo lives with his aunt.',
    });
    expect(plan.basis).to.deep.equal({
      assessmentSource: 'Family strengths and needs assessment',
      assessmentDate: '2026-01-02',
      assessedBy: 'Claire Martin',
      assessmentSummary: 'Housing unstable; parenting strong with support.',
      history: 'Referred after a school report in 2025.',
      currentSituation: 'Leo lives with his aunt.',
    });
    const cleared = applied(plan, { type: 'set-basis', assessedBy: null, history: 'Updated' });
    expect(cleared.basis?.assessedBy).to.equal(undefined);
    expect(cleared.basis?.history).to.equal('Updated');
    expect(cleared.basis?.assessmentSource).to.equal('Family strengths and needs assessment');
  });

  it('refuses an assessment date that is not a date', () => {
    const result = applyEdit(readyPlan(), { type: 'set-basis', assessmentDate: '2026-13-45' }, env());
    expect(result.ok).to.equal(false);
  });

  it('is the plan content: changing it on an active plan takes a revision', () => {
    expect(editCategory({ type: 'set-basis', history: 'x' })).to.equal('content');
    expect(editAllowed('active', { type: 'set-basis', history: 'x' })).to.equal(false);
  });
});

describe('needs and strengths, assessed throughout the case', () => {
  it('are updated on an active plan without a revision', () => {
    for (const edit of [{ type: 'set-needs', needs: ['parenting skills'] }, { type: 'set-strengths', strengths: ['Aunt helps'] }] as PlanEdit[]) {
      expect(editAllowed('active', edit), edit.type).to.equal(true);
    }
    const plan = applied(active(), { type: 'set-needs', needs: ['parenting skills', 'stable housing', 'transport to school'] });
    expect(plan.status).to.equal('active');
    expect(plan.revision).to.equal(active().revision);
    expect(plan.needs).to.include('transport to school');
  });

  it('link to the sub-goals and items that answer them, on an active plan too; other sub-goal changes still take a revision', () => {
    const plan = applied(
      active(),
      { type: 'update-sub-goal', subGoalId: 'sg-2', addressesNeeds: ['stable housing', 'stable housing', ' '] },
      { type: 'update-item', itemId: 'item-1', changes: { addressesNeeds: ['parenting skills'], buildsOnStrengths: ['Strong bond with the aunt'] } },
    );
    expect(plan.subGoals[1]?.addressesNeeds).to.deep.equal(['stable housing']);
    expect(plan.subGoals[0]?.items[0]?.buildsOnStrengths).to.deep.equal(['Strong bond with the aunt']);
    expect(editAllowed('active', { type: 'update-sub-goal', subGoalId: 'sg-2', title: 'Another' })).to.equal(false);
    expect(editAllowed('active', { type: 'update-sub-goal', subGoalId: 'sg-2', title: 'Another', addressesNeeds: [] })).to.equal(false);
    expect(linkCoverage(plan, 'needs')).to.deep.equal([
      { text: 'parenting skills', subGoals: [], items: [{ id: 'item-1', name: 'Item item-1', subGoalId: 'sg-1' }] },
      { text: 'stable housing', subGoals: [{ id: 'sg-2', title: 'Stable housing' }], items: [] },
    ]);
  });

  it('removing a need removes the links to it, so nothing claims to answer a need the plan no longer has', () => {
    const linked = applied(active(), { type: 'update-item', itemId: 'item-1', changes: { addressesNeeds: ['parenting skills', 'stable housing'] } });
    const plan = applied(linked, { type: 'set-needs', needs: ['stable housing'] });
    expect(plan.subGoals[0]?.items[0]?.addressesNeeds).to.deep.equal(['stable housing']);
    const none = applied(plan, { type: 'set-needs', needs: [] });
    expect(none.subGoals[0]?.items[0]).not.to.have.property('addressesNeeds');
    // The plan given is never changed.
    expect(linked.subGoals[0]?.items[0]?.addressesNeeds).to.deep.equal(['parenting skills', 'stable housing']);
  });

  it('flags a link to a need or strength the plan does not have (an imported or merged plan)', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.addressesNeeds = ['housing?'];
    plan.subGoals[1]!.items[0]!.buildsOnStrengths = ['Strong bond with the aunt', 'unknown'];
    expect(checkNeedLinks(plan)).to.deep.equal([
      { code: 'plan.link.need-unknown', path: ['subGoals', 0, 'addressesNeeds', 0], params: { text: 'housing?' } },
      { code: 'plan.link.strength-unknown', path: ['subGoals', 1, 'items', 0, 'buildsOnStrengths', 1], params: { text: 'unknown' } },
    ]);
    expect(validatePlan(plan, { participants }).map((found) => found.code)).to.include('plan.link.need-unknown');
  });

  it('recommendations answer needs; among services answering as many, those building on a strength come first and say which', () => {
    const withoutStrengths = recommendServices(['therapeutic support'], catalog);
    expect(withoutStrengths.map((entry) => entry.entry.id)).to.deep.equal(['svc-therapy']);
    const recommendations = recommendServices(['child development', 'therapeutic support'], catalog, ['Maria learned parenting skills with her first child']);
    expect(recommendations.map((entry) => [entry.entry.id, entry.score, entry.buildsOn.map((strength) => strength.matchedNeed)])).to.deep.equal([
      ['svc-therapy', 1, ['parenting skills']],
      ['svc-parenting', 1, ['parenting skills']],
    ]);
    // "Aide au logement" comes before both by name, but builds on no strength.
    const ranked = recommendServices(['stable housing', 'child development', 'therapeutic support'], catalog, ['Strong parenting skills']);
    expect(ranked.map((entry) => entry.entry.id)).to.deep.equal(['svc-therapy', 'svc-parenting', 'svc-housing']);
    expect(recommendServices(['stable housing', 'child development', 'therapeutic support'], catalog).map((entry) => entry.entry.id)).to.deep.equal(['svc-housing', 'svc-therapy', 'svc-parenting']);
    // A strength alone recommends nothing.
    expect(recommendServices([], catalog, ['parenting skills'])).to.deep.equal([]);
  });
});

describe('the plan basis, never written', () => {
  it('an edit that sets every field it names to empty leaves the plan unchanged (no empty basis appears)', () => {
    const result = applyEdit(readyPlan(), { type: 'set-basis', assessmentSource: null, history: '' }, env());
    expect(result.ok && result.changed).to.equal(false);
  });
});
