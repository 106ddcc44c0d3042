import { expect } from '@open-wc/testing';

/**
 * Every `--cp-*` token used in src must be defined, and every defined token used. The sources are
 * the modules the browser really loaded for all elements (read back from the test server), so a new
 * element file is checked without any list to maintain.
 */
interface TokenReport {
  undefinedTokens: string[];
  unusedTokens: string[];
}

/**
 * Tokens are defined in tokens.ts as `'--cp-x': value`; styles read the private twin `var(--_cp-x)`
 * (tokens.ts declares it with the agency's `--cp-x` first), so both spellings count as a use of `--cp-x`.
 */
const definitionPattern = /(--cp-[a-z0-9-]+)["'`]?\s*:/g;
const usePattern = /var\(\s*--_?(cp-[a-z0-9-]+)/g;
/** A style reading the public name directly would get nothing when no agency set it: no default. */
const publicReadPattern = /var\(\s*(--cp-[a-z0-9-]+)/g;

function analyzeTokens(sources: readonly string[]): TokenReport {
  const defined = new Set<string>();
  const used = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(definitionPattern)) defined.add(match[1]!);
    for (const match of source.matchAll(usePattern)) used.add(`--${match[1]!}`);
  }
  return {
    undefinedTokens: [...used].filter((token) => !defined.has(token)).sort(),
    unusedTokens: [...defined].filter((token) => !used.has(token)).sort(),
  };
}

/** `var(--cp-*)` read anywhere but in the token definitions themselves. */
function publicReads(urls: readonly string[], texts: readonly string[]): string[] {
  return texts.flatMap((text, index) => (urls[index]!.endsWith('/styles/tokens.ts') ? [] : [...text.matchAll(publicReadPattern)].map((match) => `${new URL(urls[index]!).pathname}: ${match[1]}`)));
}

async function loadedSourceTexts(): Promise<{ urls: string[]; texts: string[] }> {
  performance.setResourceTimingBufferSize(10_000);
  await import('../../../../src/define/all-elements.js');
  const urls = [
    ...new Set(
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.startsWith('/src/')),
    ),
  ];
  const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  return { urls, texts };
}

describe('design tokens', () => {
  it('are all defined where used and used where defined, across every loaded element module', async () => {
    const { urls, texts } = await loadedSourceTexts();
    const paths = urls.map((url) => new URL(url).pathname);
    expect(paths, 'the check really reads the token and part sources').to.include.members([
      '/src/components/shared/styles/tokens.ts',
      '/src/components/shared/parts/field-styles.ts',
      '/src/components/caseplan-provider/caseplan-provider.ts',
    ]);
    const report = analyzeTokens(texts);
    expect(report.undefinedTokens, `used but never defined: ${report.undefinedTokens.join(', ')}`).to.deep.equal([]);
    expect(report.unusedTokens, `defined but never used: ${report.unusedTokens.join(', ')}`).to.deep.equal([]);
    expect(publicReads(urls, texts), 'styles read var(--_cp-*), which has the default').to.deep.equal([]);
  });

  it('catch a token used but not defined and one defined but not used (the check itself works)', () => {
    const report = analyzeTokens([
      `const tokens = { "--cp-color-text": "#111", '--cp-space-m': '1rem' };`,
      'css`:host { --cp-field-gap: var(--_cp-space-m); } p { color: var(--_cp-color-txt); gap: var(--_cp-field-gap); }`',
    ]);
    expect(report).to.deep.equal({ undefinedTokens: ['--cp-color-txt'], unusedTokens: ['--cp-color-text'] });
  });
});
