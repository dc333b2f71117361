// ESLint: typescript-eslint's recommended rules, plus the unsafe-HTML ban.
// eslint-plugin-no-unsanitized forbids innerHTML/outerHTML/insertAdjacentHTML/document.write with
// anything but a literal; no-restricted-properties/syntax forbid them outright in src/, because
// Sourcelight renders page-derived text only as text.
import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './tools/lint-layers.mjs';

export const unsafeHtmlRules = {
  'no-unsanitized/method': 'error',
  'no-unsanitized/property': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Unsafe HTML sink: build DOM nodes or render with Preact.' },
    { property: 'outerHTML', message: 'Unsafe HTML sink: build DOM nodes or render with Preact.' },
    { property: 'insertAdjacentHTML', message: 'Unsafe HTML sink: build DOM nodes or render with Preact.' },
    { object: 'document', property: 'write', message: 'Unsafe HTML sink: document.write.' },
    { object: 'document', property: 'writeln', message: 'Unsafe HTML sink: document.writeln.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Unsafe HTML sink: dangerouslySetInnerHTML.' },
  ],
};

/**
 * The layers of src/ (rule `layers/imports`, tools/lint-layers.mjs; tests/unit/lint-layers.test.ts
 * shows it failing on each kind of break). Each folder may import its own files and those listed;
 * nothing under src/ imports tools/, tests/ or data/.
 */
export const layerPolicy = {
  allow: {
    core: [], // pure: no other folder, no package, no browser API (see the globals below)
    shared: ['core'], // message maps, settings, the browser seam
    ui: ['core', 'shared'], // pieces the pages share: no context folder
    content: ['core', 'shared', 'ui'],
    background: ['core', 'shared'],
    popup: ['core', 'shared', 'ui'],
    options: ['core', 'shared', 'ui'],
    offscreen: ['core', 'shared'], // Chrome's offscreen document: reads pages off their main thread
    cli: ['core', 'shared'],
    types: ['core'],
  },
  packages: { core: [] },
  onlyFrom: { 'webextension-polyfill': ['src/shared/browser.ts'] },
  exceptions: [],
};

/** Core runs in the page, the background, Node and the tests: no browser or Node global. */
export const coreGlobals = { ...globals.es2021 };
const coreForbiddenGlobals = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'chrome',
  'browser',
  'process',
  'Buffer',
  'require',
  'DOMParser',
  'Node',
  'Element',
  'HTMLElement',
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'artifacts/**', 'web-ext-artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      ...unsafeHtmlRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Globals merge across blocks, so core (below) is left out here rather than narrowed later.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/core/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Browser code: no Node globals.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': ['error', layerPolicy] },
  },
  {
    // Core: only the language's own globals; `no-undef` reports any browser API (document,
    // chrome, fetch, …) or Node global used there.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: coreGlobals },
    rules: {
      'no-undef': 'error',
      // the TypeScript parser keeps the DOM's names in scope whatever the globals: name them
      'no-restricted-globals': [
        'error',
        ...coreForbiddenGlobals.map((name) => ({ name, message: `core is pure: no browser or Node API (${name})` })),
      ],
    },
  },
);
