/**
 * Golden attribution fixtures, in the spirit of Readability's test pages: each tests/fixtures/attribution/
 * <case>.txt (one paragraph a line, as the CLI reads a .txt file) is analyzed with the dataset
 * (data/entities.json), and every quotation (paragraph, kind, text, speaker, entity id, the words naming
 * the speaker, confidence) must equal <case>.expected.json.
 *
 * After a deliberate change to the engine, `npm run fixtures:attribution` rewrites the expected files
 * (UPDATE_ATTRIBUTION_FIXTURES=1); review their diff and commit it with the change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import { run } from './helpers';

const DIR = fileURLToPath(new URL('../../fixtures/attribution/', import.meta.url));
const UPDATE = process.env['UPDATE_ATTRIBUTION_FIXTURES'] === '1';

/** What a fixture's expected file records of each quotation, in text order. */
export function golden(a: Analysis): unknown[] {
  return a.quotes.map((q) => ({
    paragraph: q.paragraph,
    kind: q.kind,
    text: q.text,
    speaker: q.speaker.name,
    entityId: q.speaker.entityId,
    mention: q.speaker.mention?.text ?? null,
    confidence: q.confidence,
  }));
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('golden attribution fixtures (tests/fixtures/attribution)', () => {
  it('has cases, each with its expected file', () => {
    expect(cases.length).toBeGreaterThan(20);
    if (!UPDATE) expect(cases.filter((c) => !existsSync(join(DIR, `${c}.expected.json`)))).toEqual([]);
    // no expected file without its text
    const orphans = readdirSync(DIR)
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => f.slice(0, -'.expected.json'.length))
      .filter((c) => !cases.includes(c));
    expect(orphans).toEqual([]);
  });

  for (const c of cases) {
    it(c, () => {
      const got = golden(run(readFileSync(join(DIR, `${c}.txt`), 'utf8')).analysis);
      const file = join(DIR, `${c}.expected.json`);
      if (UPDATE) writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      else expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
