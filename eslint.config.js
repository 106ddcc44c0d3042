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
    files: ['src/machines/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/components/**', 'lit', 'lit/*', 'dexie'] }] },
  },
);
