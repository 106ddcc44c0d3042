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
  const open: string[] = []; // the closer each control still open needs, innermost last
  for (const char of text) {
    if (char >= '\u202A' && char <= '\u202E' && char !== PDF) open.push(PDF);
    else if (char === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (char >= '\u2066' && char <= '\u2068') open.push(PDI);
    else if (char === PDI) {
      // A PDI closes its isolate and every embedding opened inside it. One with none open closes ours early,
      // but whatever the text opens after it is still closed below, so nothing runs past the text.
      const at = open.lastIndexOf(PDI);
      if (at >= 0) open.length = at;
    }
  }
  return `${FSI}${text}${open.reverse().join('')}${PDI}`;
}
