// ESLint: typescript-eslint's recommended rules, plus the unsafe-HTML ban.
// eslint-plugin-no-unsanitized forbids innerHTML/outerHTML/insertAdjacentHTML/document.write with
// anything but a literal; no-restricted-properties/syntax forbid them outright in src/, because
// Sourcelight renders page-derived text only as text.
import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'artifacts/**', 'web-ext-artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'no-unsanitized': nounsanitized },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...unsafeHtmlRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Browser code: no Node globals.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
