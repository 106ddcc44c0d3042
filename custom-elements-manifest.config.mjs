// `npm run analyze`: custom-elements.json from the elements' JSDoc (`cem analyze --litelement`).
// Two plugins fill in what JSDoc alone cannot say here:
// - tag names: classes are registered apart from their modules (src/define/elements.ts maps tag → class),
//   so the analyzer sees no customElements.define call;
// - module paths: the analyzer reads src/*.ts; the package ships dist/*.js built module for module
//   (vite.config.ts, preserveModules), so every path becomes its dist/ twin;
// - web-types.json (JetBrains IDEs) and vscode.html-custom-data.json (VS Code's HTML custom data) are
//   written from the finished manifest, so editors complete tags, attributes and events;
// - design tokens: every public element declares the `--cp-*` tokens of src/components/shared/styles/tokens.ts
//   on its :host, so each one documents them all, with their light, dark and high-contrast values.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const elementsFile = 'src/define/elements.ts';
const tokensFile = 'src/components/shared/styles/tokens.ts';

/** `'service-plan-editor': ServicePlanEditor` lines of the registry → Map(className → tag). */
function readTagNames() {
  if (!existsSync(elementsFile)) return new Map();
  const source = readFileSync(elementsFile, 'utf8');
  return new Map([...source.matchAll(/['"]([a-z][a-z0-9]*-[a-z0-9-]+)['"]\s*:\s*([A-Z]\w*)/g)].map(([, tag, className]) => [className, tag]));
}

/** `src/components/service-plan-editor/service-plan-editor.ts` holds `<service-plan-editor>` (until it is in the registry). */
function tagFromModulePath(path) {
  const match = /^src\/components\/([a-z][a-z0-9]*-[a-z0-9-]+)\/\1\.ts$/.exec(path);
  return match?.[1];
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every typed event class (`class CpSavedEvent extends Event { static readonly eventName = 'cp-saved';
 * readonly detail: CpSavedDetail<T> }`) → Map(event name → { eventClass, detailType }), so `@fires cp-saved`
 * gets its type in the manifest without repeating it in each element's JSDoc.
 */
function readEventTypes() {
  const events = new Map();
  for (const file of sourceFiles('src/components')) {
    const source = readFileSync(file, 'utf8');
    for (const [, eventClass, body] of source.matchAll(/class (\w+)(?:<[^>]*>)? extends Event \{([\s\S]*?)\n\}/g)) {
      const name = /eventName = '([a-z0-9-]+)'/.exec(body)?.[1];
      const detailType = /readonly detail: ([^;]+);/.exec(body)?.[1];
      if (name) events.set(name, { eventClass, detailType });
    }
  }
  return events;
}

/** Named events get their class and detail type; an unnamed entry (a dispatch the analyzer saw) is dropped when JSDoc names it. */
function typeEvents(declaration, eventTypes) {
  if (!declaration.events) return;
  const named = declaration.events.filter((event) => event.name);
  declaration.events = named.map((event) => {
    const known = eventTypes.get(event.name);
    if (!known) return event;
    const detail = known.detailType ? ` (\`detail\`: \`${known.detailType.replace(/<T>$/, '')}\`)` : '';
    return { ...event, type: { text: known.eventClass }, description: `${event.description ?? ''}${detail}`.trim() };
  });
}

const tierOfBlock = {
  baseTokens: 'base',
  semanticScales: 'semantic',
  lightColors: 'semantic',
  partHooks: 'hook',
};

/** Each `const name: Declarations = { '--cp-x': 'value', ... }` block of tokens.ts → Map(block → Map(token → value)). */
function readTokenBlocks() {
  if (!existsSync(tokensFile)) return new Map();
  const source = readFileSync(tokensFile, 'utf8');
  const blocks = new Map();
  for (const [, blockName, body] of source.matchAll(/const (\w+): Declarations = \{([\s\S]*?)\n\};/g)) {
    // A value is a string, or a constant of tokens.ts (the derived text on the accent and its hover).
    const derived = { textOnAccent: 'black or white, whichever meets WCAG AA on --cp-color-accent', accentHover: '--cp-color-accent moved 20% away from its text colour' };
    blocks.set(blockName, new Map([...body.matchAll(/'(--cp-[a-z0-9-]+)':\s*(?:'([^']*)'|(\w+))/g)].map(([, name, value, constant]) => [name, value ?? `derived: ${derived[constant] ?? constant}`])));
  }
  return blocks;
}

/** The documented tokens, in tier order: name, tier, light value, and the dark / high-contrast values when they differ. */
function readTokens() {
  const blocks = readTokenBlocks();
  const tokens = new Map();
  for (const [blockName, tier] of Object.entries(tierOfBlock)) {
    for (const [name, value] of blocks.get(blockName) ?? []) {
      if (!tokens.has(name)) tokens.set(name, { name, tier, light: value });
    }
  }
  for (const [themeBlock, theme] of [['darkColors', 'dark'], ['highContrastColors', 'highContrast']]) {
    for (const [name, value] of blocks.get(themeBlock) ?? []) {
      const token = tokens.get(name);
      if (token) token[theme] = value;
    }
  }
  return [...tokens.values()];
}

const tierDescriptions = {
  base: 'Base token (palette and scales).',
  semantic: 'Semantic token: set it to re-theme every element.',
  hook: 'Part hook: one knob for one kind of part.',
};

function tokenDescription(token) {
  const themes = [token.dark && `dark: \`${token.dark}\``, token.highContrast && `high contrast: \`${token.highContrast}\``].filter(Boolean);
  return `${tierDescriptions[token.tier]}${themes.length ? ` Themes: ${themes.join('; ')}.` : ''}`;
}

/** `src/components/x/x.ts` → `dist/components/x/x.js` (src/entries/* are dist/* at the top). */
function distPath(path) {
  return path.replace(/^src\/(entries\/)?/, 'dist/').replace(/\.ts$/, '.js');
}

/** Every `{ module: 'src/...' }` and `path: 'src/...'` in the manifest, pointed at dist/. */
function pointAtDist(node) {
  if (Array.isArray(node)) return node.forEach(pointAtDist);
  if (!node || typeof node !== 'object') return undefined;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string' && value.startsWith('src/')) node[key] = distPath(value);
    else pointAtDist(value);
  }
  return undefined;
}

const publicTags = new Set(['caseplan-provider', 'service-plan-editor', 'visitation-planner', 'contact-log']);

function publicElements(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => publicTags.has(declaration.tagName)).map((declaration) => ({ module, declaration })));
}

const publicFields = (declaration) => (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');

/** JetBrains web-types (https://github.com/JetBrains/web-types), from the manifest. */
function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: publicElements(manifest).map(({ module, declaration }) => ({
          name: declaration.tagName,
          description: declaration.summary ?? declaration.description,
          source: { module: `./${module.path}`, symbol: declaration.name },
          attributes: (declaration.attributes ?? []).map((attribute) => ({ name: attribute.name, description: attribute.description, value: { type: attribute.type?.text ?? 'string' } })),
          events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description })),
          js: {
            properties: publicFields(declaration).map((field) => ({ name: field.name, description: field.description, type: field.type?.text })),
            events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            properties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description })),
            parts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
          },
        })),
      },
    },
  };
}

/** VS Code HTML custom data (the `html.customData` setting), from the manifest. */
function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: publicElements(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: [declaration.summary ?? declaration.description, ...(declaration.events ?? []).map((event) => `Event \`${event.name}\`: ${event.description ?? ''}`)].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, value]) => ({ name: value }));
        return { name: attribute.name, description: attribute.description, ...(values.length ? { values } : {}) };
      }),
    })),
  };
}

function caseplanRegistration() {
  return {
    name: 'caseplan-registration-and-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tags = readTagNames();
      const tokens = readTokens();
      const eventTypes = readEventTypes();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          typeEvents(declaration, eventTypes);
          const tag = tags.get(declaration.name) ?? (declaration.customElement ? tagFromModulePath(module.path) : undefined);
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          module.exports = module.exports ?? [];
          if (!module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
            module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: 'src/define/elements.ts' } });
          }
          if (tag === 'caseplan-provider') continue; // it renders nothing of its own: no tokens
          const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
          for (const token of tokens) {
            const existing = documented.get(token.name);
            const entry = { name: token.name, default: token.light, description: existing?.description ? `${existing.description} ${tokenDescription(token)}` : tokenDescription(token) };
            documented.set(token.name, entry);
          }
          declaration.cssProperties = [...documented.values()];
        }
      }
      // A barrel of re-exports declares nothing and has no file of its own in dist/ (preserveModules flattens it).
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => (module.declarations ?? []).length > 0);
      pointAtDist(customElementsManifest);
      const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
      writeFileSync('web-types.json', `${JSON.stringify(webTypes(customElementsManifest, packageJson), null, 2)}\n`);
      writeFileSync('vscode.html-custom-data.json', `${JSON.stringify(vscodeCustomData(customElementsManifest), null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/messages.ts', 'src/components/**/messages/**', 'src/components/**/*.styles.ts', 'src/components/**/styles.ts', 'src/components/**/styles/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dev: false,
  plugins: [caseplanRegistration()],
};
