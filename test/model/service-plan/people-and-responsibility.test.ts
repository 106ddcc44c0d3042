import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { responsibilityChoices, responsibilityFromKey, responsibilityKey } from '../../../src/model/service-plan/responsibility.js';
import { preferredLanguagesOfMembers } from '../../../src/model/participant.js';
import { StaffMemberSchema, type StaffMember } from '../../../src/model/staff.js';
import * as z from 'zod/mini';
import { participants, readyPlan, TODAY } from './fixtures.js';

const env = () => ({ today: TODAY, newId: () => 'new-id' });
const staff: StaffMember[] = [
  { id: 'u-sup', name: 'Dana Reyes', title: 'supervisor' },
  { id: 'u-aide', name: 'Paulo Dias', title: 'parent aide' },
];

describe('the primary client, chosen among the plan members', () => {
  it('choosing a primary client makes them a plan member; the rule then holds', () => {
    const result = applyEdit(readyPlan(), { type: 'set-primary-client', participantId: 'aunt' }, env());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.plan.primaryClientId).to.equal('aunt');
    expect(result.plan.participantIds).to.include('aunt');
    expect(validatePlan(result.plan, { participants }).filter((found) => found.code === 'plan.primary-client-not-member')).to.deep.equal([]);
  });

  it('refuses to remove the primary client from the plan, pointing at the primary client field', () => {
    const plan = readyPlan({ primaryClientId: 'maria' });
    const result = applyEdit(plan, { type: 'remove-participant', participantId: 'maria' }, env());
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.violations.map((found) => `${found.code}@${found.path.join('.')}`)).to.deep.equal(['plan.primary-client-not-member@primaryClientId']);
  });

  it('removes any other member, and the primary client once another is chosen', () => {
    const plan = readyPlan({ primaryClientId: 'maria' });
    const other = applyEdit(plan, { type: 'remove-participant', participantId: 'joao' }, env());
    expect(other.ok && other.plan.participantIds.includes('joao')).to.equal(false);
    const moved = applyEdit(plan, { type: 'set-primary-client', participantId: 'ana' }, env());
    if (!moved.ok) throw new Error('refused');
    const removed = applyEdit(moved.plan, { type: 'remove-participant', participantId: 'maria' }, env());
    expect(removed.ok && removed.plan.participantIds).to.deep.equal(moved.plan.participantIds.filter((id) => id !== 'maria'));
  });
});

describe('responsibility choices', () => {
  it('offers the caseworker, each plan member and each organisation user the host lists, never a non-member', () => {
    const plan = readyPlan();
    const keys = responsibilityChoices(plan, participants, staff).map((choice) => choice.key);
    expect(keys).to.deep.equal(['caseworker', 'participant:maria', 'participant:joao', 'participant:ana', 'participant:leo', 'org-user:u-sup', 'org-user:u-aide']);
    expect(keys).not.to.include('participant:aunt');
  });

  it('gives an organisation user with the id and the name the host gave', () => {
    const choices = responsibilityChoices(readyPlan(), participants, staff);
    expect(responsibilityFromKey('org-user:u-aide', choices)).to.deep.equal({ type: 'org-user', userId: 'u-aide', name: 'Paulo Dias' });
    expect(responsibilityFromKey('org-user:nobody', choices)).to.equal(undefined);
    expect(responsibilityFromKey('', choices)).to.equal(undefined);
  });

  it('keeps the current responsibility a choice when the host no longer lists that user', () => {
    const current = { type: 'org-user' as const, userId: 'u-gone', name: 'Former nurse' };
    const choices = responsibilityChoices(readyPlan(), participants, staff, current);
    expect(responsibilityFromKey(responsibilityKey(current), choices)).to.deep.equal(current);
  });

  it('checks staff members at the boundary', () => {
    expect(z.safeParse(StaffMemberSchema, { id: 'u-1', name: 'Dana' }).success).to.equal(true);
    expect(z.safeParse(StaffMemberSchema, { id: 'u-1', name: '' }).success).to.equal(false);
    expect(z.safeParse(StaffMemberSchema, { id: 'u-1', name: 'Dana', extra: 1 }).success).to.equal(true);
  });
});

describe('preferred languages of the plan members', () => {
  it('lists each member who prefers a language, with it, in member order', () => {
    const found = preferredLanguagesOfMembers(['leo', 'maria', 'joao', 'maria'], [...participants, { id: 'leo', name: 'x', role: 'child' }]);
    expect(found.map((entry) => [entry.participant.id, entry.language])).to.deep.equal([['maria', 'pt-BR']]);
  });
});
