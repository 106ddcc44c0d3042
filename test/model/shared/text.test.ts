import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { longText, longerThan, nameText } from '../../../src/model/shared/text.js';

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
