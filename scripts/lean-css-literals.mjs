// Lit styles are CSS in `css\`…\`` template literals, and a JavaScript minifier leaves a template's text as
// it is: every comment explaining a rule, and every line's indentation, would reach each host's users
// (issue 18: about 1 kB gzipped of the three elements). This Vite plugin drops the comments and the
// indentation from the text of those literals when our source is built (the library build, the single
// file, the benchmark's production build), leaving `${…}` expressions, strings and everything else as written.
import MagicString from 'magic-string';

/** Index just past the template literal whose opening backtick is at `start`. */
function templateEnd(code, start) {
  let i = start + 1;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') i += 2;
    else if (char === '`') return i + 1;
    else if (char === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
    else i += 1;
  }
  throw new Error('lean-css-literals: unterminated template literal');
}

/** Index just past the `}` closing a `${` expression whose body starts at `start`. */
function expressionEnd(code, start) {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '`') i = templateEnd(code, i);
    else if (char === '"' || char === "'") {
      i += 1;
      while (i < code.length && code[i] !== char) i += code[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (char === '{') {
      depth += 1;
      i += 1;
    } else if (char === '}') {
      if (depth === 0) return i + 1;
      depth -= 1;
      i += 1;
    } else i += 1;
  }
  throw new Error('lean-css-literals: unterminated ${} expression');
}

/** CSS text without comments, each line without its indentation and blank lines. */
export function leanCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t]*\n\s*/g, '\n');
}

/** The static parts of every css`…` literal in `code`, made lean; null when there is none. */
export function leanCssLiterals(code) {
  const tag = /\bcss`/g;
  const edited = new MagicString(code);
  let changed = false;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const open = match.index + 3;
    const end = templateEnd(code, open);
    // The static parts: from after the backtick to each `${`, and from after each expression to the next.
    let part = open + 1;
    let i = part;
    while (i < end - 1) {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        changed = replacePart(edited, code, part, i) || changed;
        i = expressionEnd(code, i + 2);
        part = i;
      } else i += 1;
    }
    changed = replacePart(edited, code, part, end - 1) || changed;
    tag.lastIndex = end;
  }
  return changed ? edited : null;
}

function replacePart(edited, code, start, end) {
  if (end <= start) return false;
  const text = code.slice(start, end);
  const lean = leanCss(text);
  if (lean === text) return false;
  edited.overwrite(start, end, lean);
  return true;
}

/** The Vite plugin, for our own TypeScript sources. */
export function leanCssLiteralsPlugin() {
  return {
    name: 'caseplan-lean-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !code.includes('css`')) return null;
      const edited = leanCssLiterals(code);
      return edited ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
