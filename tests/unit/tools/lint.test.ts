/** The unsafe-HTML rules are active: ESLint with the project's config reports every sink in the fixture. */
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

async function lintFixture(name: string) {
  const eslint = new ESLint({ cwd: root, ignore: false, overrideConfigFile: join(root, 'eslint.config.js') });
  const file = join(root, 'tests/fixtures/lint', name);
  const [result] = await eslint.lintText(readFileSync(file, 'utf8'), { filePath: join(root, 'src/content', name) });
  return result!.messages.map((m) => ({ line: m.line, rule: m.ruleId }));
}

describe('unsafe HTML lint rule', () => {
  it('fires on innerHTML, outerHTML, insertAdjacentHTML and document.write', async () => {
    const messages = await lintFixture('unsafe-html.ts');
    const lines = [
      ...new Set(messages.filter((m) => m.rule?.startsWith('no-unsanitized') || m.rule === 'no-restricted-properties').map((m) => m.line)),
    ];
    expect(lines.sort()).toEqual([3, 4, 5, 6]);
  }, 60_000);

  it('does not fire on textContent and DOM building', async () => {
    expect(await lintFixture('safe-dom.ts')).toEqual([]);
  }, 60_000);
});
