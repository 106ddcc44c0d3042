/**
 * Text people typed, set among other words (a message's `{name}`, an entry of a list), is isolated
 * (FSI … PDI) when it could reorder the words around it:
 * - it holds right-to-left letters: "Visit with يوسف 2 on 3 March" draws the "2" left of the name and pulls
 *   the neighbouring spaces and punctuation into the Arabic run, so the name, its digits and the words after
 *   it read in the wrong order; isolated, the name is one unit with its own direction (first strong letter);
 * - it carries explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates
 *   (U+2066–U+2069). One left open, a right-to-left override (U+202E) at the end of a need's name, reverses
 *   every word after it on the line: "Needs: housing‮ and school" reads "housing loohcs dna", a sentence of a
 *   court document altered on screen and on paper. Its open controls are closed inside the isolate.
 * Left-to-right text (with digits and punctuation) among our left-to-right messages reorders nothing and is
 * left as typed, so copied and compared text gains no invisible characters where none are needed.
 */
const directionControl = /[\u202A-\u202E\u2066-\u2069]/;
/** Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left scripts, their presentation forms, RLM. */
const rightToLeft = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';

export function isolatedText(text: string): string {
  if (!directionControl.test(text)) return rightToLeft.test(text) ? `${FSI}${text}${PDI}` : text;
  return `${FSI}${closedText(text)}${PDI}`;
}

/**
 * Typed text as a template draws it inside an isolating element (`<bdi>`, `<strong>`, `.pre`, `.notes`), or as
 * `isolatedText` wraps it: every direction control it opens is closed at its end, and a PDI closing an isolate
 * the text never opened gets one of its own (an FSI before the text) instead of closing the element's: a title
 * "First visit⁩‮" otherwise ends its element's isolate early, and its override reverses the due date after it.
 * Text without direction controls is returned as typed. Only what is drawn changes: records keep what was typed.
 */
export function closedText(text: string): string {
  if (!directionControl.test(text)) return text;
  const open: string[] = []; // the closer each control still open needs, innermost last
  let strayIsolateEnds = 0;
  for (const char of text) {
    if (char >= '\u202A' && char <= '\u202E' && char !== PDF) open.push(PDF);
    else if (char === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (char >= '\u2066' && char <= '\u2068') open.push(PDI);
    else if (char === PDI) {
      // A PDI closes its isolate and every embedding opened inside it; one with none open closes the FSI put
      // before the text, and with it everything the text opened so far.
      const at = open.lastIndexOf(PDI);
      if (at >= 0) open.length = at;
      else {
        strayIsolateEnds += 1;
        open.length = 0;
      }
    }
  }
  return `${FSI.repeat(strayIsolateEnds)}${text}${open.reverse().join('')}`;
}

const letter = /\p{L}/gu;

/**
 * The direction of a paragraph of typed text (a note, a description, a review summary): 'rtl' when it holds
 * more right-to-left letters than left-to-right ones, else undefined (the element keeps its own direction).
 * Not its first letter: an English note that begins with a family member's Arabic name ("يوسف brings the photo
 * album.") is an English paragraph, its full stop at the end; an Arabic note reads right to left.
 */
export function dominantDirection(text: string): 'rtl' | undefined {
  if (!rightToLeft.test(text)) return undefined;
  let balance = 0; // right-to-left letters minus left-to-right ones
  for (const [char] of text.matchAll(letter)) balance += rightToLeft.test(char) ? 1 : -1;
  return balance > 0 ? 'rtl' : undefined;
}
