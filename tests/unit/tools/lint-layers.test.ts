/**
 * The layering check (rule `layers/imports` and core's globals in eslint.config.js) fails on code
 * that breaks each layer, linted as if it were a file at the given place under src/, and passes on
 * the tree itself.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root, ignore: false, overrideConfigFile: join(root, 'eslint.config.js') });

/** The layering rules' messages for `code` linted as the file `path` (relative to the root). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages
    .filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-globals' || m.ruleId === 'no-undef')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering check', () => {
  it.each([
    [
      'core imports shared',
      'src/core/x.ts',
      "import { t } from '../shared/i18n';\nexport const a = t;\n",
      'src/core/ may not import src/shared/',
    ],
    [
      'core/dataset imports content',
      'src/core/dataset/x.ts',
      "export { extract } from '../../content/extract';\n",
      'src/core/ may not import src/content/',
    ],
    [
      'core imports the polyfill',
      'src/core/x.ts',
      "import p from 'webextension-polyfill';\nexport const a = p;\n",
      'only src/shared/browser.ts may import webextension-polyfill',
    ],
    [
      'core imports a package',
      'src/core/x.ts',
      "import { h } from 'preact';\nexport const a = h;\n",
      'src/core/ may not import the package preact',
    ],
    ['core uses a browser API', 'src/core/x.ts', 'export const a = () => document.title;\n', "Unexpected use of 'document'"],
    ['core uses a Node API', 'src/core/x.ts', 'export const a = () => process.env;\n', "Unexpected use of 'process'"],
    [
      'content imports popup',
      'src/content/x.ts',
      "import { popupView } from '../popup/model';\nexport const a = popupView;\n",
      'src/content/ may not import src/popup/',
    ],
    [
      'popup imports content (import())',
      'src/popup/x.ts',
      "export const a = () => import('../content/model');\n",
      'src/popup/ may not import src/content/',
    ],
    [
      'options imports popup',
      'src/options/x.tsx',
      "import { popupView } from '../popup/model';\nexport const a = popupView;\n",
      'src/options/ may not import src/popup/',
    ],
    [
      'background imports content',
      'src/background/x.ts',
      "import type { PanelRow } from '../content/model';\nexport type A = PanelRow;\n",
      'src/background/ may not import src/content/',
    ],
    [
      'content imports background',
      'src/content/x.ts',
      "export * from '../background/views';\n",
      'src/content/ may not import src/background/',
    ],
    [
      'ui imports content',
      'src/ui/x.tsx',
      "import type { CardSubject } from '../content/model';\nexport type A = CardSubject;\n",
      'src/ui/ may not import src/content/',
    ],
    ['ui imports options', 'src/ui/x.tsx', "export type A = import('../options/index').X;\n", 'src/ui/ may not import src/options/'],
    [
      'shared imports background',
      'src/shared/x.ts',
      "import { cardData } from '../background/views';\nexport const a = cardData;\n",
      'src/shared/ may not import src/background/',
    ],
    [
      'a page imports the polyfill',
      'src/content/x.ts',
      "import p from 'webextension-polyfill';\nexport const a = p;\n",
      'only src/shared/browser.ts may import webextension-polyfill',
    ],
    [
      'cli imports tools/',
      'src/cli/x.ts',
      "import { engine } from '../../../tools/dataset';\nexport const a = engine;\n",
      'src/ imports nothing outside src/',
    ],
    [
      'background imports popup',
      'src/background/views.ts',
      "import { popupView } from '../popup/model';\nexport const a = popupView;\n",
      'src/background/ may not import src/popup/',
    ],
  ])(
    'fails when %s',
    async (_, path, code, expected) => {
      const errors = await layerErrors(path, code);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((e) => e.includes(expected))).toBe(true);
    },
    60_000,
  );

  it.each([
    ['core imports core', 'src/core/dataset/x.ts', "import { tokenize } from '../tokenize';\nexport const a = () => tokenize('a b');\n"],
    [
      'a page imports core, shared and ui',
      'src/popup/x.tsx',
      "import { fold } from '../core/fold';\nimport { t } from '../shared/i18n';\nimport { Switch } from '../ui/switch';\nexport const a = [fold, t, Switch];\n",
    ],
    ['the seam imports the polyfill', 'src/shared/browser.ts', "import p from 'webextension-polyfill';\nexport const a = p;\n"],
    ['tools import src/', 'tools/x.ts', "import { engine } from '../src/cli/dataset-sources';\nexport const a = engine;\n"],
  ])(
    'passes when %s',
    async (_, path, code) => {
      expect(await layerErrors(path, code)).toEqual([]);
    },
    60_000,
  );

  it('passes on the tree', async () => {
    const results = await eslint.lintFiles(['src']);
    const broken = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  }, 120_000);
});
