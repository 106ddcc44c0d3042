import { expect } from '@open-wc/testing';
import { tokenTiers } from '../../src/components/shared/styles/tokens.js';
import { caseplanElements } from '../../src/define/elements.js';
import { exportedParts } from '../../src/components/shared/parts/exported-parts.js';

// What a vendor's IDE, Storybook's autodocs and the tokens/parts docs page read. A new element, event or
// token that is missing here means `npm run analyze` was not run or the JSDoc lacks a tag.
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name?: string; description?: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  slots?: { name: string }[];
}

const visualTags = Object.keys(caseplanElements).filter((tag) => tag !== 'caseplan-provider');

/** The folders whose templates render inside each element's own shadow root. */
const templateFolders: Record<string, string[]> = {
  'service-plan-editor': ['/src/components/service-plan-editor/'],
  'visitation-planner': ['/src/components/visitation-planner/', '/src/components/visits-shared/'],
  'contact-log': ['/src/components/contact-log/', '/src/components/visits-shared/'],
};

/** `part="a b"`, the quoted names in `part=${...}` and the names `exportparts` passes on, in a template source. */
function partsIn(source: string): string[] {
  const fixed = [...source.matchAll(/(?<![\w-])part="([^"$]+)"/g)].flatMap((match) => match[1]!.split(/\s+/));
  const bound = [...source.matchAll(/(?<![\w-])part=\$\{([^}]*)\}/g)].flatMap((match) => [...match[1]!.matchAll(/['"]([a-z-]+)['"]/g)].map((name) => name[1]!));
  // An inner element's parts passed through: exportparts="list, bar: progress-bar" exposes list and progress-bar,
  // exportparts=${exportedParts('progress')} the shared internal element's parts under its name.
  const exportList = [
    ...[...source.matchAll(/exportparts="([^"$]+)"/g)].map((match) => match[1]!),
    ...[...source.matchAll(/exportparts=\$\{exportedParts\(['"]([a-z-]+)['"]\)\}/g)].map((match) => exportedParts(match[1] as Parameters<typeof exportedParts>[0])),
  ];
  const exported = exportList.flatMap((list) => list.split(',').map((entry) => entry.split(':').at(-1)!.trim()));
  return [...fixed, ...bound, ...exported];
}

/** The sources of every module the browser loaded for the elements (read back from the test server). */
async function loadedSources(): Promise<Map<string, string>> {
  performance.setResourceTimingBufferSize(10_000);
  await import('../../src/define/all-elements.js');
  const paths = [...new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/src/components/')))];
  return sourcesOf(paths);
}

async function sourcesOf(paths: string[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(paths.map(async (path) => [path, await (await fetch(path)).text()] as const)));
}

/** The template modules rendering into an element's own shadow root, out of the given sources. */
function ownTemplates(tag: string, sources: Map<string, string>): [string, string][] {
  // A module that defines an element of its own renders into that element's shadow root, out of ::part's reach.
  return [...sources].filter(([path, source]) => (templateFolders[tag]!.some((folder) => path.startsWith(folder)) && !/extends (LitElement|CaseplanElement)\b/.test(source)) || path.endsWith(`/${tag}.ts`));
}
const allTokens = [...tokenTiers.base, ...tokenTiers.semantic, ...tokenTiers.hooks];

describe('custom-elements.json', () => {
  let byTag = new Map<string, Declaration>();
  let modulePaths: string[] = [];
  const componentModules = () => modulePaths.filter((path) => path.startsWith('/src/components/'));

  before(async () => {
    // The test server serves the project root: the file as it ships in the package.
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { path: string; declarations?: Declaration[] }[] };
    // Each module is listed by its built path (dist/….js); the test server serves its source (src/….ts).
    modulePaths = manifest.modules.map((module) => `/${module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`);
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

  it("names the editor's own cp-error codes where the manifest shows cp-error (it keeps one @fires line per event)", () => {
    const described = (byTag.get('service-plan-editor')?.events ?? []).filter((event) => event.name === 'cp-error').map((event) => event.description ?? '');
    for (const code of ['plan.unsaved-on-switch', 'plan.typing-left-on-switch']) expect(described.some((text) => text.includes(code)), code).to.equal(true);
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

  it('documents every part an element renders in its own shadow root', async () => {
    // The modules this page loaded (a module new since `npm run analyze` too) and every module the manifest lists
    // (those loaded on demand; and the page's first few hundred loads can overflow the resource timing buffer).
    const sources = new Map([...(await loadedSources()), ...(await sourcesOf(componentModules()))]);
    for (const tag of visualTags) {
      const documented = new Set(byTag.get(tag)?.cssParts?.map((part) => part.name));
      const own = ownTemplates(tag, sources);
      expect(own.length, `${tag}: its template modules were read`).to.be.greaterThan(2);
      const undocumented = [...new Set(own.flatMap(([, source]) => partsIn(source)))].filter((part) => !documented.has(part)).sort();
      expect(undocumented, `${tag}: parts on screen but not in the manifest (add @csspart, run npm run analyze)`).to.deep.equal([]);
    }
  });

  it('documents no part that its templates never render (a vendor would style nothing)', async () => {
    const sources = await sourcesOf(componentModules());
    // The shared templates (history, conflict fields, field errors) render into whichever element uses them.
    const shared = [...sources].filter(([path, source]) => path.startsWith('/src/components/shared/') && !/extends (LitElement|CaseplanElement)\b/.test(source));
    for (const tag of visualTags) {
      const texts = [...ownTemplates(tag, sources), ...shared].map(([, source]) => source);
      // A part name is also passed to a template helper as its last argument (`ratioBar(…, 'overall-progress')`;
      // the test server serves the module compiled, its quotes changed).
      const named = (name: string) => texts.some((source) => partsIn(source).includes(name) || new RegExp(`,\\s*['"]${name}['"]\\s*\\)`).test(source));
      const unrendered = (byTag.get(tag)?.cssParts ?? []).map((part) => part.name).filter((name) => !named(name)).sort();
      expect(unrendered, `${tag}: parts in the manifest that no template of it renders`).to.deep.equal([]);
    }
  });

  it('documents the provider slot that holds the elements', () => {
    expect(byTag.get('caseplan-provider')?.slots?.map((slot) => slot.name)).to.include('');
  });
});
