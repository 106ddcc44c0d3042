/**
 * Text people typed, set among other words (a message's `{name}`, an entry of a list), can carry explicit
 * direction controls: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). One left open,
 * a right-to-left override (U+202E) at the end of a need's name, reverses every word after it on the line:
 * "Needs: housing‮ and school" reads "housing loohcs dna", a sentence of a court document altered on
 * screen and on paper. Such a text is isolated (FSI … PDI) with its open controls closed inside, so its
 * direction ends with it; a text without them (nearly all, Arabic and Hebrew included) is left as is.
 */
const directionControl = /[\u202A-\u202E\u2066-\u2069]/;

const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';

export function isolatedText(text: string): string {
  if (!directionControl.test(text)) return text;
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
