import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { loneSurrogateAt, longText, longerThan, nameText } from '../../../src/model/shared/text.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { validateVisitationPlan } from '../../../src/model/visitation/rules/plan-rules.js';
import { validateContact } from '../../../src/model/visitation/rules/contact-rules.js';
import { readyPlan } from '../service-plan/fixtures.js';
import { contact, weeklyPlan } from '../visitation/fixtures.js';

// "Use at most {max} characters": characters are Unicode code points, in the schemas and in the checks made beside them.
describe('text limits count characters (code points), not UTF-16 units', () => {
  const samples = [
    { text: '😀'.repeat(200), characters: 200 }, // each emoji is two UTF-16 units
    { text: '😀'.repeat(201), characters: 201 },
    { text: 'e\u0301'.repeat(100), characters: 200 }, // "é" as e + a combining acute accent: two characters
    { text: 'e\u0301'.repeat(101), characters: 202 },
    { text: `${'a'.repeat(195)}👨‍👩‍👧`, characters: 200 }, // a family emoji: three people joined by two zero-width joiners
    { text: 'a'.repeat(201), characters: 201 },
  ];

  it('longerThan: an emoji is one character, a combining mark one of its own', () => {
    for (const { text, characters } of samples) expect(longerThan(text, 200), `${characters} characters`).to.equal(characters > 200);
    expect(longerThan('😀😀', 2), 'four units, two characters').to.equal(false);
  });

  it('the schemas refuse exactly what longerThan says is too long (value.too-long, with the same max)', () => {
    for (const schema of [nameText(200), longText(200)]) {
      for (const { text, characters } of samples) {
        const result = z.safeParse(schema, text);
        expect(result.success, `${characters} characters`).to.equal(!longerThan(text, 200));
        if (!result.success) expect(result.error.issues.map((issue) => [issue.message, (issue as { maximum?: unknown }).maximum])).to.deep.equal([['value.too-long', 200]]);
      }
    }
  });
});

describe('loneSurrogateAt: half a character, which no server that stores JSON as text can keep', () => {
  it('finds a half emoji in a value, an array entry or a key, by its path; whole pairs are text', () => {
    expect(loneSurrogateAt({ notes: 'fine \u{1F642}', needs: ['ok', 'cut \uD83D'] })).to.deep.equal({ code: 'value.lone-surrogate', path: ['needs', 1] });
    expect(loneSurrogateAt({ nested: { ['\uDE42']: 'x' } })).to.deep.equal({ code: 'value.lone-surrogate', path: ['nested', '\uDE42'] });
    expect(loneSurrogateAt({ notes: '\uDE42\uD83D' }), 'a low then a high: both alone').to.deep.equal({ code: 'value.lone-surrogate', path: ['notes'] });
    const deep = { subGoals: [{ items: [{ name: 'ok' }, { name: 'ok', deliveries: [{ notes: 'cut \uD83D' }] }] }], status: 'draft' };
    expect(loneSurrogateAt(deep), 'deep in arrays of objects, after whole ones').to.deep.equal({ code: 'value.lone-surrogate', path: ['subGoals', 0, 'items', 1, 'deliveries', 0, 'notes'] });
    expect(loneSurrogateAt(Object.assign(Object.create({ inherited: '\uD83D' }), { notes: 'ok' })), 'only own keys are the record\'s').to.equal(undefined);
    const cyclic: Record<string, unknown> = { notes: 'ok' };
    cyclic['self'] = cyclic;
    expect(loneSurrogateAt(cyclic), 'a value that holds itself (from a host): an answer, no hang').to.equal(undefined);
    cyclic['late'] = ['cut \uD83D'];
    expect(loneSurrogateAt(cyclic), 'found past the cycle').to.deep.equal({ code: 'value.lone-surrogate', path: ['late', 0] });
    let nested: unknown = 'cut \uD83D';
    for (let level = 0; level < 20_000; level += 1) nested = { nested };
    expect(loneSurrogateAt(nested)?.path.length, 'nested 20 000 deep: found, no stack overflow').to.equal(20_000);
    expect(loneSurrogateAt({ notes: 'Visit went well \u{1F642}\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', count: 3, none: null })).to.equal(undefined);
  });
});

describe('every record\'s rules refuse half a character at its field, before storage would', () => {
  it('a case plan, a visitation plan and a contact each name the field', () => {
    const plan = readyPlan();
    const cut = { ...plan, goal: { ...plan.goal, title: 'Leo returns home \uD83C' } };
    expect(validatePlan(plan).some((found) => found.code === 'value.lone-surrogate'), 'the fixture is whole').to.equal(false);
    expect(validatePlan(cut).filter((found) => found.code === 'value.lone-surrogate').map((found) => found.path.join('.'))).to.deep.equal(['goal.title']);
    expect(validateVisitationPlan(weeklyPlan({ title: 'Weekly \uDE00' })).filter((found) => found.code === 'value.lone-surrogate').map((found) => found.path.join('.'))).to.deep.equal(['title']);
    const visit = contact('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Went well \uD83D' });
    expect(validateContact(visit, { now: new Date('2026-03-10T00:00:00.000Z') }).filter((found) => found.code === 'value.lone-surrogate').map((found) => found.path.join('.'))).to.deep.equal(['notes']);
  });
});
