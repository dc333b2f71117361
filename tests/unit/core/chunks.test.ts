import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { articleFromParagraphs } from '../../../src/core/article';
import type { Analysis } from '../../../src/core/types';
import { analyzeInChunks, chunkParagraphs } from '../../../src/core/chunks';
import { index } from './helpers';

const paragraphs = readFileSync(fileURLToPath(new URL('../../../data/stories/ap-2016-11-10.txt', import.meta.url)), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '');

/** What the background does: chunk, prime, analyze each chunk, merge (pausing between chunks). */
async function chunked(max: number): Promise<Analysis> {
  let pauses = 0;
  const out = await analyzeInChunks(
    paragraphs,
    index(),
    {},
    () => {
      pauses++;
      return Promise.resolve();
    },
    max,
  );
  expect(pauses).toBe(chunkParagraphs(paragraphs, max).length - 1);
  // the article its offsets refer to is the one joinParagraphs makes of the whole
  expect(out.article).toEqual(articleFromParagraphs(paragraphs));
  return out.analysis;
}

describe('chunked analysis', () => {
  it('groups consecutive paragraphs up to the size, a long one alone', () => {
    expect(chunkParagraphs(['aaaa', 'bb', 'cccccc', 'd', 'ee'], 7).map((c) => [c.first, c.paragraphs])).toEqual([
      [0, ['aaaa', 'bb']],
      [2, ['cccccc', 'd']],
      [4, ['ee']],
    ]);
    expect(chunkParagraphs(['x'.repeat(20)], 7)).toEqual([{ first: 0, paragraphs: ['x'.repeat(20)] }]);
  });

  it('one chunk is exactly the whole analysis', async () => {
    const whole = analyze(articleFromParagraphs(paragraphs), index());
    expect(await chunked(1_000_000)).toEqual(whole);
  });

  it('small chunks find the same names at the same places of the whole text (surnames primed across chunks)', async () => {
    const article = articleFromParagraphs(paragraphs);
    const whole = analyze(article, index());
    const parts = await chunked(600);
    const spots = (a: Analysis) =>
      a.entities.flatMap((e) => e.mentions.map((m) => `${e.id ?? e.name}@${m.start}:${article.text.slice(m.start, m.end)}`)).sort();
    const a = spots(whole);
    const b = spots(parts);
    // every mention chunking finds is a real one, in place
    for (const m of parts.entities.flatMap((e) => e.mentions)) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    expect(b.filter((x) => x.includes('dmitry-peskov')).length).toBe(a.filter((x) => x.includes('dmitry-peskov')).length);
    // at least 90% of the whole analysis' mentions survive chunking
    expect(b.filter((x) => a.includes(x)).length).toBeGreaterThanOrEqual(Math.floor(a.length * 0.9));
    for (const q of parts.quotes) expect(article.text.slice(q.start, q.end)).toContain(q.text.slice(0, 20));
    expect(parts.quotes.length).toBeGreaterThanOrEqual(whole.quotes.length - 2);
  });
});
