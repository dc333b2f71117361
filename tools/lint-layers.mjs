/**
 * The ESLint rule `layers/imports`: which folder of src/ may import which, checked on the import's
 * resolved path (so `../types` from src/core/dataset/ is core, from src/content/ it would not be).
 * The policy itself is a table in eslint.config.js; this file only applies it:
 *
 *   allow       folder under src/ -> the folders under src/ it may import from (its own is implied)
 *   packages    folder -> the bare packages it may import (absent: any), e.g. core: none
 *   onlyFrom    package -> the files that alone may import it (the polyfill: src/shared/browser.ts)
 *   exceptions  [{ from, to, why }]: one file importing one file, allowed by name (extensions ignored)
 *
 * Anything under src/ that resolves outside src/ (tools/, tests/, data/) is an error. Import
 * declarations, re-exports, import() and TypeScript's import('…') types are all checked.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const stripExt = (p) => p.replace(/\.(d\.ts|tsx?|mjs|js)$/, '');
const posix = (p) => p.split(sep).join('/');
/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`, `node:fs` stays. */
const packageOf = (source) =>
  source
    .split('/')
    .slice(0, source.startsWith('@') ? 2 : 1)
    .join('/');

/** Why importing `source` from `file` (relative to the project's root `cwd`, or absolute) breaks the layering, or null. Pure. */
export function layerViolation(policy, cwd, file, source) {
  const from = posix(relative(cwd, file));
  if (!from.startsWith('src/')) return null;
  const layer = from.split('/')[1];
  if (source.startsWith('.')) {
    const to = posix(relative(cwd, resolve(dirname(resolve(cwd, file)), source)));
    if (!to.startsWith('src/')) return `src/ imports nothing outside src/ (${from} imports ${to})`;
    const target = to.split('/')[1];
    if (target === layer) return null;
    if ((policy.exceptions ?? []).some((e) => stripExt(e.from) === stripExt(from) && stripExt(e.to) === stripExt(to))) return null;
    if ((policy.allow?.[layer] ?? []).includes(target)) return null;
    return `src/${layer}/ may not import src/${target}/ (${from} imports ${to}); it may import ${[layer, ...(policy.allow?.[layer] ?? [])].map((l) => `src/${l}/`).join(', ')}`;
  }
  const pkg = packageOf(source);
  const only = policy.onlyFrom?.[pkg];
  if (only && !only.includes(from)) return `only ${only.join(', ')} may import ${pkg} (${from} does)`;
  const packages = policy.packages?.[layer];
  if (packages && !packages.includes(pkg))
    return `src/${layer}/ may not import the package ${pkg}${packages.length ? ` (only ${packages.join(', ')})` : ''}`;
  return null;
}

/** The project's root (this file is in tools/): paths in the policy are relative to it. */
const root = resolve(import.meta.dirname, '..');

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of src/ (core, shared, ui, contexts)' },
    schema: [{ type: 'object' }],
  },
  create(context) {
    const policy = context.options[0] ?? {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const message = layerViolation(policy, root, context.filename, source);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      // `source` in typescript-eslint 8.x; `argument` before it
      TSImportType: (node) => check(node, node.source ? node.source.value : node.argument?.literal?.value),
    };
  },
};

export const layersPlugin = { rules: { imports: importsRule } };
