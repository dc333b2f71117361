/**
 * Every locale has the same keys as English, every message is non-empty, placeholders ($1…)
 * match across locales, and every key the code asks for (t('key'), plural('key', n)) exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
type Messages = Record<string, { message: string; description?: string }>;
const load = (locale: string): Messages => JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
const locales = readdirSync(join(root, '_locales')).sort();
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'cli' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** Keys used in src/: t('key' …) and plural('key', n) (which reads key_one and key_other). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\bplural\(\s*['"]([A-Za-z0-9_]+)['"]/g)) {
      used.set(`${m[1]}_one`, file);
      used.set(`${m[1]}_other`, file);
    }
  }
  return used;
}

/** Attributes a reader sees or hears (a string literal there is English left outside t()). */
const LABEL_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
]);
/** Attributes and calls whose strings are code, not words for the reader. */
const CODE_ATTRS = new Set([
  'class',
  'className',
  'id',
  'rel',
  'type',
  'role',
  'target',
  'href',
  'key',
  'for',
  'htmlFor',
  'name',
  'accept',
  'autocomplete',
  'lang',
  'dir',
]);
const CODE_CALLS = new Set([
  't',
  'plural',
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'getElementById',
  'createElement',
  'addEventListener',
  'removeEventListener',
  'debug',
  'log',
  'info',
  'warn',
  'error',
  'Error',
  'TypeError',
  'TimedOut',
]);
/** Two English words in a row; a string holding `{` is a stylesheet. */
const PROSE = /[A-Za-z]{2,}['’]?[a-z]*\s+[A-Za-z]{2,}/;

/**
 * Reader-visible English outside t() in UI source: JSX text with a letter, a string literal in a
 * labelling attribute (aria-label, title, …; a host name like "example.com" is not a word), and any
 * string literal of two or more words that is not code (an import, a selector, a class, a log).
 */
function untranslated(text: string, file: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const report = (n: ts.Node, what: string) =>
    out.push(`${file.replace(root, '')}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${what}`);
  const isCode = (n: ts.Node): boolean => {
    for (let p = n.parent; p !== undefined && !ts.isJsxElement(p) && !ts.isBlock(p); p = p.parent) {
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        const callee = p.expression;
        if (CODE_CALLS.has(ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''))
          return true;
      }
      if (ts.isJsxAttribute(p)) {
        const name = p.name.getText(sf);
        if (CODE_ATTRS.has(name) || name.startsWith('data-') || (name.startsWith('aria-') && !LABEL_ATTRS.has(name))) return true;
      }
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && /[A-Za-z]/.test(n.text)) report(n, `text ${JSON.stringify(n.text.trim())}`);
    else if (ts.isJsxAttribute(n) && LABEL_ATTRS.has(n.name.getText(sf)) && n.initializer && ts.isStringLiteral(n.initializer)) {
      const v = n.initializer.text;
      if (/[A-Za-z]/.test(v) && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(v)) report(n, `${n.name.getText(sf)}=${JSON.stringify(v)}`);
    } else if (
      (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n)) &&
      PROSE.test(n.text) &&
      !n.text.includes('{') &&
      !isCode(n)
    ) {
      report(n, `string ${JSON.stringify(n.text)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const placeholders = (s: string): string[] => [...new Set(s.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('English and at least one more locale are present', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty, same placeholders', (locale) => {
    const other = load(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(other)) {
      expect(message.trim(), `${locale}:${key}`).not.toBe('');
      expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(en[key]!.message));
    }
  });

  it('every key used in src/ exists in English', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([k]) => !k.startsWith('@@') && !(k in en)).map(([k, f]) => `${k} (${f.replace(root, '')})`);
    expect(missing).toEqual([]);
  });

  it('the manifest messages exist', () => {
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(2);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('the in-page UI, popup and options show no English outside t()', () => {
    const files = [
      ...['content', 'popup', 'options'].flatMap((d) => sourceFiles(join(root, 'src', d)).filter((f) => f.endsWith('.tsx'))),
      ...sourceFiles(join(root, 'src', 'content')).filter((f) => f.endsWith('.ts')),
    ];
    expect(files.filter((f) => /card\.tsx$|panel\.tsx$|popup[/\\]index\.tsx$|options[/\\]index\.tsx$/.test(f))).toHaveLength(4);
    expect(files.flatMap((f) => untranslated(readFileSync(f, 'utf8'), f))).toEqual([]);
  });

  it('the English check finds what it is for, and lets code and t() pass', () => {
    const broken = [
      `export const A = () => <p class="note">Mentioned, not quoted.</p>;`,
      `export const B = () => <button type="button" aria-label="Close">×</button>;`,
      `export const C = (s: string | null) => <p>{s ?? 'Nothing found here.'}</p>;`,
      `const KIND = { direct: 'direct quote' };`,
      'export const D = (n: number) => <span>{`${n} quotations here`}</span>;',
    ];
    expect(broken.map((src) => untranslated(src, 'sample.tsx').length)).toEqual([1, 1, 1, 1, 1]);
    const fine = `import { t } from '../shared/i18n';
      export const E = (n: number) => (
        <a href="https://example.com/a b" rel="noopener noreferrer" class="src first" placeholder="example.com" title={t('opensInNewTab')} data-testid="a b">
          {t('cardSourceLink')} · {n} × {document.querySelector('.rows button') ? '' : ' · '}
        </a>
      );
      console.debug('[sourcelight] card details unavailable');`;
    expect(untranslated(fine, 'sample.tsx')).toEqual([]);
  });

  it('keys are valid message names (letters, digits, underscore)', () => {
    expect(Object.keys(en).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });
});
