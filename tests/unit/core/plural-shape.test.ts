/** pluralShape: a regular plural's shape, the one test for what several rules wrote out inline. */
import { describe, expect, it } from 'vitest';
import { FEMALE_NOUNS, pluralIn, pluralShape } from '../../../src/core/lexicon';

describe('pluralShape', () => {
  const cases: Array<[string, boolean]> = [
    ['workers', true],
    ['dogs', true],
    ['officials', true],
    ['class', false],
    ['bonus', false],
    ['famous', false],
    ['crisis', false],
    ['gas', false],
    ['bus', false],
    ['Workers', false],
    ['mayor', false],
    ['ceos', true],
    ['café', false],
  ];
  for (const [word, want] of cases) it(`${word} -> ${want}`, () => expect(pluralShape(word)).toBe(want));

  it('is the inline test it replaces, for every word of four letters or fewer', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const inline = (w: string): boolean => /^[a-z]{3,}s$/.test(w) && !/(ss|us|is)$/.test(w);
    const differ: string[] = [];
    let words = [''];
    for (let len = 1; len <= 4; len++) {
      words = words.flatMap((w) => [...letters].map((c) => w + c));
      for (const w of words) if (pluralShape(w) !== inline(w)) differ.push(w);
    }
    for (const w of ['workers', 'Xs', 'a-bs', 'bonuses']) if (pluralShape(w) !== inline(w)) differ.push(w);
    expect(differ).toEqual([]);
  });
});

describe('pluralIn', () => {
  it('a regular plural of a word of the set, and only that', () => {
    expect(pluralIn('daughters', FEMALE_NOUNS)).toBe(true);
    expect(pluralIn('wives', FEMALE_NOUNS)).toBe(false);
    expect(pluralIn('daughter', FEMALE_NOUNS)).toBe(false);
    expect(pluralIn('mss', new Set(['ms']))).toBe(false);
  });
});
