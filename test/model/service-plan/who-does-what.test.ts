import { expect } from '@open-wc/testing';
import { whoDoesWhat } from '../../../src/model/service-plan/who-does-what.js';
import { caseworkerOf, planChild, youthSectionsApply } from '../../../src/model/service-plan/plan-people.js';
import { basicItem, participants, readyPlan } from './fixtures.js';

describe('whoDoesWhat (the printed plan\'s "who does what by when", per person)', () => {
  it('lists every item that is not discontinued under whoever carries it out, earliest due first, undated last, then safety steps', () => {
    const plan = readyPlan({
      subGoals: [
        {
          id: 'sg-1',
          title: 'Parenting',
          description: '',
          items: [
            basicItem('late', { expectedEnd: '2026-06-01', responsibility: { type: 'participant', participantId: 'maria' }, clientInstructions: 'Go every Tuesday.' }),
            basicItem('undated', { responsibility: { type: 'participant', participantId: 'maria' } }),
            basicItem('early', { expectedEnd: '2026-04-01', responsibility: { type: 'participant', participantId: 'maria' }, status: 'completed' }),
            basicItem('dropped', { expectedEnd: '2026-03-01', responsibility: { type: 'participant', participantId: 'maria' }, status: 'discontinued' }),
          ],
        },
        {
          id: 'sg-2',
          title: 'Housing',
          description: '',
          items: [
            basicItem('worker', { expectedEnd: '2026-05-01', workerSteps: 'Call the housing office.' }),
            basicItem('nobody', { responsibility: undefined }),
            basicItem('org', { responsibility: { type: 'org-user', userId: 'u-9', name: 'Housing desk' } }),
            basicItem('father', { responsibility: { type: 'participant', participantId: 'joao' } }),
          ],
        },
      ],
      safetyPlan: {
        dangerSigns: [],
        actions: [
          { id: 'sa-1', action: 'Calls Rosa if Maria has been drinking.', participantId: 'joao' },
          { id: 'sa-2', action: 'Takes Leo home.', name: 'Pastor Gil' },
        ],
        supports: [],
      },
    });
    const groups = whoDoesWhat(plan);
    const keyed = groups.map((group) => [group.party.type === 'participant' ? group.party.participantId : group.party.type === 'named' ? group.party.name : group.party.type, group.tasks.map((task) => task.id)]);
    // Members in plan order (Leo, the principal, has nothing to do), then the caseworker, other users, the named, the unassigned.
    expect(keyed).to.deep.equal([
      ['maria', ['early', 'late', 'undated']],
      ['joao', ['father', 'sa-1']],
      ['caseworker', ['worker']],
      ['org-user', ['org']],
      ['Pastor Gil', ['sa-2']],
      ['unassigned', ['nobody']],
    ]);
    const maria = groups[0]!.tasks;
    expect(maria[1]).to.deep.include({ what: 'Item late', how: 'Go every Tuesday.', by: '2026-06-01', subGoalTitle: 'Parenting', status: 'not-started', kind: 'item' });
    expect(maria[0]!.status).to.equal('completed');
    expect(groups[2]!.tasks[0]!.how).to.equal('Call the housing office.');
    expect(groups[1]!.tasks[1]).to.deep.equal({ kind: 'safety-action', id: 'sa-1', what: 'Calls Rosa if Maria has been drinking.' });
  });

  it('loses no item: every item not discontinued is listed once', () => {
    const plan = readyPlan();
    const listed = whoDoesWhat(plan).flatMap((group) => group.tasks.filter((task) => task.kind === 'item').map((task) => task.id));
    const written = plan.subGoals.flatMap((subGoal) => subGoal.items.filter((item) => item.status !== 'discontinued').map((item) => item.id));
    expect(listed.sort()).to.deep.equal(written.sort());
  });
});

describe('planChild and caseworkerOf (the printed header)', () => {
  it('names the principal participant when a child, else the first child or youth member, else nobody', () => {
    expect(planChild(readyPlan(), participants)?.id).to.equal('leo');
    expect(planChild(readyPlan({ principalParticipantId: 'maria', participantIds: ['maria', 'ana', 'leo'] }), participants)?.id).to.equal('ana');
    expect(planChild(readyPlan({ principalParticipantId: 'maria', participantIds: ['maria', 'joao'] }), participants)).to.equal(undefined);
    expect(caseworkerOf(participants)?.name).to.equal('Claire Martin');
  });
});

describe('youthSectionsApply (the youth\'s own part and transition services, from 14)', () => {
  it('applies from the 14th birthday of the plan\'s child, never for an unknown birth date', () => {
    const ana = readyPlan({ principalParticipantId: 'ana', participantIds: ['ana', 'maria'] }); // born 2011-06-01
    expect(youthSectionsApply(ana, participants, '2025-05-31')).to.equal(false);
    expect(youthSectionsApply(ana, participants, '2025-06-01')).to.equal(true);
    expect(youthSectionsApply(readyPlan(), participants, '2026-03-10')).to.equal(false); // Leo is 4
    const noBirthDate = participants.map((person) => (person.id === 'ana' ? { ...person, birthDate: undefined } : person));
    expect(youthSectionsApply(ana, noBirthDate, '2026-03-10')).to.equal(false);
  });
});
