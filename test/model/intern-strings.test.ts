import { expect } from '@open-wc/testing';
import { internValues } from '../../src/model/intern-strings.js';
import { basicItem, readyPlan, unitItem } from './service-plan/fixtures.js';

describe('internValues (equal strings and equal leaves of a stored record held once)', () => {
  it('gives back a deeply equal copy, field for field and in the same key order', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items.push(basicItem('item-9', { expectedStart: '2026-01-10' }), unitItem('item-10', 4, [1]));
    const interned = internValues(structuredClone(plan));
    expect(interned).to.deep.equal(plan);
    expect(JSON.stringify(interned)).to.equal(JSON.stringify(plan));
  });

  it('leaves what it was given unchanged and shares no object or array with it (an edit to one never reaches the other)', () => {
    const stored = readyPlan();
    const before = JSON.stringify(stored);
    const interned = internValues(stored);
    expect(JSON.stringify(stored)).to.equal(before);
    expect(interned).to.not.equal(stored);
    expect(interned.subGoals).to.not.equal(stored.subGoals);
    expect(interned.subGoals[0]!.items[0]).to.not.equal(stored.subGoals[0]!.items[0]);
    expect(interned.subGoals[0]!.items[0]!.source).to.not.equal(stored.subGoals[0]!.items[0]!.source);
    interned.subGoals[0]!.items[0]!.expectedOutcome = 'changed in the copy';
    (interned.participantIds as string[]).push('someone');
    expect(JSON.stringify(stored)).to.equal(before);
  });

  it('keeps primitives, null, empty containers and values that are not plain data as they are', () => {
    const date = new Date(0);
    const value = { text: 'a', n: 1, yes: true, none: null, missing: undefined, list: [], nested: { deeper: [['a', 'b']] }, date };
    const interned = internValues(value);
    expect(interned).to.deep.equal(value);
    expect(interned.date).to.equal(date);
    expect('missing' in interned).to.equal(true);
    expect(internValues('text')).to.equal('text');
    expect(internValues(null)).to.equal(null);
    expect(internValues([1, 'x', 'x'])).to.deep.equal([1, 'x', 'x']);
  });

  it('equal flat objects and empty lists are one object, frozen: a change in place throws instead of reaching every item', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items.push(basicItem('item-9', {}), basicItem('item-10', {}));
    const interned = internValues(structuredClone(plan));
    const [, , nine, ten] = interned.subGoals[0]!.items;
    expect(nine!.responsibility).to.deep.equal({ type: 'caseworker' });
    expect(nine!.responsibility === ten!.responsibility, 'one { type: caseworker }').to.equal(true);
    expect(nine!.participantsNeeded === ten!.participantsNeeded && nine!.deliveries === interned.subGoals[1]!.items[0]!.deliveries, 'one empty list').to.equal(true);
    expect(Object.isFrozen(nine!.responsibility) && Object.isFrozen(nine!.participantsNeeded) && Object.isFrozen(nine!.source), 'frozen').to.equal(true);
    expect(() => (nine!.participantsNeeded as string[]).push('leo')).to.throw(TypeError);
    expect(() => Object.assign(nine!.responsibility!, { type: 'participant' })).to.throw(TypeError);
    expect(ten!.participantsNeeded, 'the other item').to.deep.equal([]);
    expect(ten!.responsibility, 'the other item').to.deep.equal({ type: 'caseworker' });
    // What holds another object stays a copy of its own, changeable as before.
    expect(nine === ten || Object.isFrozen(nine)).to.equal(false);
  });

  it('shares only leaves equal field for field: a missing field, another type or another order is another leaf', () => {
    const interned = internValues([{ a: undefined }, {}, { n: 1 }, { n: '1' }, { a: 'x', b: 'y' }, { b: 'y', a: 'x' }, { a: null }, { a: 'null' }]);
    expect(new Set(interned).size, 'eight different leaves').to.equal(8);
    expect(internValues([{ a: 'x', b: 1 }, { a: 'x', b: 1 }]).reduce((same, leaf, index, all) => same && leaf === all[0], true), 'equal ones shared').to.equal(true);
  });
});
