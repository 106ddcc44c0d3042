import { expect } from '@open-wc/testing';
import { closedText, dominantDirection, isolatedText } from '../../../../src/components/shared/i18n/bidi-isolate.js';
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

  it('left-to-right text without direction controls is left exactly as typed (digits and punctuation included)', () => {
    for (const text of ['Stable housing', '3 Rivers Family Center', '(Mom) Ana!', 'Zoë 👪 <b>']) expect(isolatedText(text)).to.equal(text);
  });

  it('Arabic and Hebrew text is isolated exactly: FSI, the text as typed, PDI', () => {
    for (const text of ['سكن مستقر', 'דוד 2', '2 يوسف!', 'line\u200Fmark']) expect(isolatedText(text)).to.equal(`\u2068${text}\u2069`);
    expect(formatMessage('Visit with {name} on {date}', { name: 'يوسف 2', date: '3 March' }, 'en')).to.equal('Visit with \u2068يوسف 2\u2069 on 3 March');
  });

  it('a Hebrew name ending in digits keeps the number after it in the sentence on its right', () => {
    const sentence = formatMessage('{name} · {count} visits', { name: 'דוד 2', count: 3 }, 'en');
    const name = Math.max(...lettersDrawn(sentence, 'דוד 2'));
    const [count] = lettersDrawn(sentence, '3 visits');
    expect(count! > name, `the count drawn at ${count}, right of the name (ends by ${name})`).to.equal(true);
    // What the line did before: the count was drawn inside the Hebrew run, left of the name.
    const [rawCount] = lettersDrawn('דוד 2 · 3 visits', '3 visits');
    expect(rawCount! < Math.max(...lettersDrawn('דוד 2 · 3 visits', 'דוד 2')), 'the raw text draws the count left of the name (the check sees it)').to.equal(true);
  });

  it('two Arabic names in a list read in the order written, left to right', () => {
    const sentence = formatMessage('With {people}.', { people: ['فاطمة', 'يوسف'].map(isolatedText).join(', ') }, 'en');
    const first = Math.min(...lettersDrawn(sentence, 'فاطمة'));
    const second = Math.min(...lettersDrawn(sentence, 'يوسف'));
    expect(second > first, `the second name drawn at ${second}, right of the first at ${first}`).to.equal(true);
  });
});

describe('closedText: typed text drawn in an isolating element (<bdi>, .pre) closes what it opens', () => {
  /** Where `word`'s letters are drawn when `typed` sits in a <bdi> before it on one line. */
  function afterBdi(typed: string, word: string): number[] {
    const line = document.createElement('p');
    line.style.cssText = 'position: absolute; white-space: nowrap; font: 16px monospace;';
    const bdi = document.createElement('bdi');
    bdi.textContent = typed;
    line.append(bdi, ` due ${word}`);
    document.body.append(line);
    try {
      const node = line.lastChild as Text;
      const start = node.data.indexOf(word);
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

  it('a stray PDI then an override: the words after the element read left to right', () => {
    const hostile = `First visit\u2069${RLO}`;
    expect(inOrder(afterBdi(closedText(hostile), 'May 12')), 'after the closed text').to.equal(true);
    // What the element alone did: the PDI closed its isolate and the override ran on (the check sees it).
    expect(inOrder(afterBdi(hostile, 'May 12')), 'after the raw text').to.equal(false);
  });

  it('a stray PDI before an Arabic name: the name stays inside the element, the count after it on its right', () => {
    const typed = 'Tia\u2069 يوسف';
    const rightOfName = (shown: string) => {
      const line = document.createElement('p');
      line.style.cssText = 'position: absolute; white-space: nowrap; font: 16px monospace;';
      const bdi = document.createElement('bdi');
      bdi.textContent = shown;
      line.append(bdi, ' 2 visits');
      document.body.append(line);
      try {
        const name = document.createRange();
        name.selectNodeContents(bdi);
        const count = document.createRange();
        count.setStart(line.lastChild!, 1);
        count.setEnd(line.lastChild!, 2);
        return count.getBoundingClientRect().left >= name.getBoundingClientRect().right - 0.5;
      } finally {
        line.remove();
      }
    };
    expect(rightOfName(closedText(typed)), 'the count after the closed text').to.equal(true);
    // The element alone: the PDI closed its isolate, the name joined the line and drew the count on its left.
    expect(rightOfName(typed), 'the count after the raw text (the check sees it)').to.equal(false);
  });

  it('the text stays as typed, in one piece: marks only before it (an FSI per stray PDI) and after it (closers)', () => {
    expect(closedText(`First visit\u2069${RLO}`)).to.equal(`\u2068First visit\u2069${RLO}\u202C`);
    expect(closedText(`a${RLO}b\u2067c`)).to.equal(`a${RLO}b\u2067c\u2069\u202C`);
    expect(closedText(`\u2067a\u2069 b\u202C`), 'balanced controls and a stray PDF: nothing to add').to.equal(`\u2067a\u2069 b\u202C`);
  });

  it('text without direction controls, Arabic included, gains no marks (the element isolates it)', () => {
    for (const text of ['Stable housing', 'سكن مستقر 2', '(Mom) Ana!']) expect(closedText(text)).to.equal(text);
  });
});

describe('dominantDirection: a paragraph of typed text reads in the direction most of its letters are written', () => {
  it('more right-to-left letters than left-to-right: rtl (digits and punctuation do not count)', () => {
    for (const text of ['تحضر الأم الألعاب 4', 'לעב לוקאס 2', 'لعب لوكاس مع أمه with Ana. 2', 'يوسف 1234567890 ... !!']) expect(dominantDirection(text), text).to.equal('rtl');
  });

  it('an English note that begins with an Arabic name, Latin text, no letters, a tie: the element\'s own direction', () => {
    for (const text of ['يوسف brings the photo album. Visit went well.', 'Stable housing', '12:30 — 14:00', '', 'ab دو']) expect(dominantDirection(text), text).to.equal(undefined);
  });
});
