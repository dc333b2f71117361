/**
 * Every locale has the same keys as English, every message is non-empty, placeholders ($1…)
 * match across locales, and every key the code asks for (t('key'), plural('key', n)) exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
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

  it('keys are valid message names (letters, digits, underscore)', () => {
    expect(Object.keys(en).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });
});
