import { expect } from '@esm-bundle/chai';
import { distinctViolations, firstPerField, violation } from '../../../src/model/shared/violation.js';

describe('violations', () => {
  it('distinctViolations keeps each code at each field once, in the order found', () => {
    const found = [
      violation('plan.goal.required', ['goal', 'title']),
      violation('item.end-before-start', ['subGoals', 0, 'items', 1, 'expectedEnd']),
      violation('plan.goal.required', ['goal', 'title']),
      violation('item.end-before-start', ['subGoals', 0, 'items', 2, 'expectedEnd']),
      violation('value.required', ['goal', 'title']),
    ];
    expect(distinctViolations(found)).to.deep.equal([found[0], found[1], found[3], found[4]]);
  });

  it('distinctViolations does not merge paths that only join to the same text', () => {
    const found = [violation('value.invalid', ['a.b', 'c']), violation('value.invalid', ['a', 'b.c']), violation('value.invalid', [1, 2]), violation('value.invalid', ['1', '2'])];
    expect(distinctViolations(found)).to.have.length(4);
  });

  it('firstPerField keeps the first violation of each field', () => {
    const found = [violation('value.required', ['id']), violation('value.invalid', ['id']), violation('value.invalid', ['name'])];
    expect(firstPerField(found)).to.deep.equal([found[0], found[2]]);
  });
});
