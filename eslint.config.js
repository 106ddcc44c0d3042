import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'screenshots/', 'custom-elements.json', 'schema/', 'tmp/', 'dist-demo/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never build HTML from strings: case notes are untrusted.' },
        { selector: "Identifier[name='unsafeHTML']", message: 'Never build HTML from strings: case notes are untrusted.' },
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    // Layering: model imports nothing of ours; storage imports model only; machines import model and storage types.
    files: ['src/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/storage/**', '**/machines/**', '**/components/**', 'lit', 'lit/*', 'dexie', 'xstate'] }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/machines/**', '**/components/**', 'lit', 'lit/*', 'xstate'] }] },
  },
  {
    // Machines import storage's types only (an adapter is passed in; errors are read by their code).
    files: ['src/machines/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/**', 'lit', 'lit/*', 'dexie'], message: 'Machines never import views or Dexie.' },
            { group: ['**/storage/**'], allowTypeImports: true, message: 'Machines import storage types only (import type).' },
          ],
        },
      ],
    },
  },
  // No element folder imports another element's folder: what two elements share has a folder of its own
  // (and every folder imports storage through src/storage/elements.ts only).
  // (src/components/shared/, src/components/visits-shared/). The one exception left: the contact log loads the
  // planner's message catalog (its visits.* keys), until those keys move to visits-shared.
  ...[
    ['service-plan-editor', ['visitation-planner', 'contact-log', 'caseplan-provider', 'visits-shared']],
    ['visitation-planner', ['service-plan-editor', 'contact-log', 'caseplan-provider']],
    ['contact-log', ['service-plan-editor', 'caseplan-provider']],
    ['caseplan-provider', ['service-plan-editor', 'visitation-planner', 'contact-log', 'visits-shared']],
    ['visits-shared', ['service-plan-editor', 'visitation-planner', 'contact-log', 'caseplan-provider']],
    ['shared', ['service-plan-editor', 'visitation-planner', 'contact-log', 'caseplan-provider', 'visits-shared']],
  ].map(([folder, others]) => ({
    files: [`src/components/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: others.map((other) => `**/components/${other}/**`).concat(others.map((other) => `../${other}/**`), others.map((other) => `../../${other}/**`)), message: 'No element folder imports another: move what both use to a shared folder.' },
            // Storage only through its face for the elements (types, helpers, the default loaded on demand): a deep
            // path could load an adapter (and Dexie) into every element, or bypass what the face guarantees.
            {
              group: ['**/storage/**', '../../storage/**', '../../../storage/**', '../../../../storage/**', '!**/storage/elements.js', '!../../storage/elements.js', '!../../../storage/elements.js', '!../../../../storage/elements.js'],
              message: 'Components import storage through src/storage/elements.ts only.',
            },
            ...(folder === 'contact-log'
              ? [{ group: ['**/visitation-planner/**', '!**/visitation-planner/messages.js'], message: 'Only the planner\'s message catalog; move shared code to visits-shared.' }]
              : []),
          ],
        },
      ],
    },
  })),
);
