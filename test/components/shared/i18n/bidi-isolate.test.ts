import { expect } from '@open-wc/testing';
import { isolatedText } from '../../../../src/components/shared/i18n/bidi-isolate.js';
import { formatMessage } from '../../../../src/components/shared/i18n/format-message.js';

const RLO = '\u202E';

/** Where each of `word`'s letters is drawn in a line of `text` (left edges, in the order they are written). */
function lettersDrawn(text: string, word: string): number[] {
  const line = document.createElement('p');
  line.style.cssText = 'position: absolute; white-space: nowrap; font: 16px monospace;';
  line.textContent = text;
  document.body.append(line);
  try {
    const node = line.firstChild as Text;
    const start = text.lastIndexOf(word);
    return [...word].map((_, index) => {
      const range = document.createRange();
      range.setStart(node, start + index);
      range.setEnd(node, start + index + 1);
      return range.getBoundingClientRect().left;
    });
  } finally {
    line.remove();
  }
}

const inOrder = (lefts: number[]) => lefts.every((left, index) => index === 0 || left > lefts[index - 1]!);

describe('isolatedText: a typed text\'s direction controls end with it', () => {
  it('a right-to-left override left open in a name no longer reverses the words after it in the sentence', () => {
    const sentence = formatMessage('{name} and school are needs', { name: `housing${RLO}` }, 'en');
    expect(inOrder(lettersDrawn(sentence, 'school')), 'the words after the name read left to right').to.equal(true);
    // What the sentence did before: the override ran to the end of the line.
    expect(inOrder(lettersDrawn(`housing${RLO} and school are needs`, 'school')), 'the raw text is reversed (the check sees it)').to.equal(false);
  });

  it('a text that closes an isolate it never opened, then opens an override: the override still ends with the text', () => {
    const hostile = `x\u2069${RLO}y`;
    expect(inOrder(lettersDrawn(`${isolatedText(hostile)} and school`, 'school'))).to.equal(true);
  });

  it('text without direction controls is left exactly as typed (Arabic and Hebrew included)', () => {
    for (const text of ['Stable housing', 'سكن مستقر', 'דיור יציב', 'Zoë 👪 <b>', 'line\u200Fmark']) expect(isolatedText(text)).to.equal(text);
  });
});
