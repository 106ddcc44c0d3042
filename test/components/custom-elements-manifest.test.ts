import { expect } from '@open-wc/testing';
import { tokenTiers } from '../../src/components/shared/styles/tokens.js';
import { caseplanElements } from '../../src/define/elements.js';

// What a vendor's IDE, Storybook's autodocs and the tokens/parts docs page read. A new element, event or
// token that is missing here means `npm run analyze` was not run or the JSDoc lacks a tag.
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name?: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  slots?: { name: string }[];
}

const visualTags = Object.keys(caseplanElements).filter((tag) => tag !== 'caseplan-provider');
const allTokens = [...tokenTiers.base, ...tokenTiers.semantic, ...tokenTiers.hooks];

describe('custom-elements.json', () => {
  let byTag = new Map<string, Declaration>();

  before(async () => {
    // The test server serves the project root: the file as it ships in the package.
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    byTag = new Map(declarations.filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName!, declaration]));
  });

  it('describes every registered element under its tag', () => {
    for (const tag of Object.keys(caseplanElements)) expect(byTag.has(tag), `<${tag}> is missing: run npm run analyze`).to.equal(true);
  });

  it('types every cp-* event an element fires with its event class', () => {
    for (const tag of Object.keys(caseplanElements)) {
      const events = byTag.get(tag)?.events ?? [];
      expect(events.some((event) => event.name === 'cp-error'), `<${tag}> documents cp-error`).to.equal(true);
      for (const event of events.filter((entry) => entry.name?.startsWith('cp-'))) {
        expect(event.type?.text, `${tag} ${event.name}`).to.match(/^Cp\w+Event$/);
      }
    }
  });

  it('lists the parts, the attributes and every --cp-* token of each visual element', () => {
    for (const tag of visualTags) {
      const declaration = byTag.get(tag)!;
      expect(declaration.cssParts?.length ?? 0, `${tag} parts`).to.be.greaterThan(3);
      expect(declaration.attributes?.map((attribute) => attribute.name)).to.include.members(['case-id', 'locale', 'theme']);
      const documented = new Set(declaration.cssProperties?.map((property) => property.name));
      const missing = allTokens.filter((token) => !documented.has(token));
      expect(missing, `${tag} tokens missing from the manifest`).to.deep.equal([]);
    }
  });

  it('documents the provider slot that holds the elements', () => {
    expect(byTag.get('caseplan-provider')?.slots?.map((slot) => slot.name)).to.include('');
  });
});
