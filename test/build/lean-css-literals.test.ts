import { expect } from '@open-wc/testing';
import { leanCssLiterals } from '../../scripts/lean-css-literals.mjs';

// The build drops comments and indentation from the css`…` styles (issue 18): only from their text, never
// from the code around them or inside their ${…} expressions.
const lean = (code: string) => leanCssLiterals(code)?.toString() ?? code;

describe('lean css`…` literals in the build', () => {
  it('drops the comments and the indentation of a style’s text', () => {
    const source = [
      'export const styles = css`',
      '  /* The header stays in view while the plan scrolls under it. */',
      '  :host {',
      '    display: block; /* not inline */',
      '  }',
      '',
      '  .a   .b { color: red; }',
      '`;',
    ].join('\n');
    expect(lean(source)).to.equal('export const styles = css`\n:host {\ndisplay: block;\n}\n.a   .b { color: red; }\n`;');
  });

  it('leaves ${…} expressions, other templates and the code around the style as written', () => {
    const expression = "${unsafeCSS(`/* kept */  a`)}${rules.map((rule) => `  ${rule} {}`).join('\\n')}";
    const source = `const note = \`  /* not a style */\`;\nexport const styles = css\`\n  ${expression}\n  /* gone */\n  .x { --y: '\\\`'; }\n\`;\n// css\`…\` in a comment is not a style\nconst other = html\`  <p>  /* text */</p>\`;`;
    const result = lean(source);
    expect(result).to.contain('const note = `  /* not a style */`;');
    expect(result).to.contain(expression);
    expect(result).not.to.contain('gone');
    expect(result).to.contain(".x { --y: '\\`'; }");
    expect(result).to.contain('const other = html`  <p>  /* text */</p>`;');
  });

  it('changes nothing in a module without styles', () => {
    expect(leanCssLiterals('export const x = `  /* a */  `;')).to.equal(null);
  });
});
