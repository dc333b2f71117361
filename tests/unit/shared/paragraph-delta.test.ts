/** A re-run's paragraphs as a delta: the ops built from the matching, and the paragraphs rebuilt from them. */
import { describe, expect, it } from 'vitest';
import { matchParagraphs } from '../../../src/content/reuse';
import { applyOps, deltaOps, unchanged } from '../../../src/shared/paragraph-delta';
import type { ParagraphOp } from '../../../src/shared/protocol';

const MAX = { paragraphs: 50_000, chars: 300_000 };

describe('deltaOps', () => {
  it.each<[string, string[], string[], ParagraphOp[]]>([
    ['the same paragraphs', ['a', 'b', 'c'], ['a', 'b', 'c'], [[0, 3]]],
    ['one appended', ['a', 'b', 'c'], ['a', 'b', 'c', 'd'], [[0, 3], 'd']],
    ['one inserted in the middle', ['a', 'b', 'c'], ['a', 'x', 'b', 'c'], [[0, 1], 'x', [1, 2]]],
    ['one changed', ['a', 'b', 'c'], ['a', 'B', 'c'], [[0, 1], 'B', [2, 1]]],
    [
      'one removed',
      ['a', 'b', 'c'],
      ['a', 'c'],
      [
        [0, 1],
        [2, 1],
      ],
    ],
    ['the first removed', ['a', 'b', 'c'], ['b', 'c'], [[1, 2]]],
    ['all new', ['a'], ['x', 'y'], ['x', 'y']],
    ['from nothing', [], ['x'], ['x']],
    ['to nothing', ['a'], [], []],
    ['a repeated paragraph', ['a', 'a', 'b'], ['a', 'b', 'a'], [[0, 1], [2, 1], 'a']],
  ])('%s', (_name, before, after, ops) => {
    const got = deltaOps(matchParagraphs(before, after), after);
    expect(got).toEqual(ops);
    // and the ops give the new paragraphs back
    expect(applyOps(before, got, MAX)).toEqual(after);
  });

  it('keeps a grown article of 1,000 paragraphs to two ops', () => {
    const before = Array.from({ length: 1_000 }, (_, i) => `Paragraph ${i}.`);
    const after = [...before, 'The new one.'];
    expect(deltaOps(matchParagraphs(before, after), after)).toEqual([[0, 1_000], 'The new one.']);
  });
});

describe('unchanged', () => {
  it.each<[string, ParagraphOp[], number, boolean]>([
    ['one run over all', [[0, 3]], 3, true],
    ['one run over part', [[0, 2]], 3, false],
    ['a run from further on', [[1, 3]], 4, false],
    [
      'two runs',
      [
        [0, 1],
        [1, 2],
      ],
      3,
      false,
    ],
    ['a text', ['a'], 1, false],
    ['nothing from nothing', [], 0, true],
    ['nothing from something', [], 1, false],
  ])('%s', (_name, ops, count, expected) => {
    expect(unchanged(ops, count)).toBe(expected);
  });
});

describe('applyOps', () => {
  const base = ['a', 'bb', 'ccc'];
  it.each<[string, ParagraphOp[], string[] | null]>([
    ['runs and texts', [[1, 2], 'x', [0, 1]], ['bb', 'ccc', 'x', 'a']],
    ['a run past the end', [[2, 2]], null],
    ['a run starting past the end', [[3, 1]], null],
    ['nothing', [], []],
  ])('%s', (_name, ops, expected) => {
    expect(applyOps(base, ops, MAX)).toEqual(expected);
  });

  it('refuses a result over the paragraph limit', () => {
    expect(
      applyOps(
        base,
        [
          [0, 3],
          [0, 3],
        ],
        { paragraphs: 5, chars: 100 },
      ),
    ).toBeNull();
    expect(applyOps(base, [[0, 3], 'x', 'y'], { paragraphs: 5, chars: 100 })).toEqual(['a', 'bb', 'ccc', 'x', 'y']);
    expect(applyOps(base, [[0, 3], 'x', 'y', 'z'], { paragraphs: 5, chars: 100 })).toBeNull();
  });

  it('refuses a result over the character budget (runs repeated to grow it)', () => {
    expect(
      applyOps(
        base,
        [
          [0, 3],
          [0, 3],
        ],
        { paragraphs: 100, chars: 12 },
      ),
    ).toEqual(['a', 'bb', 'ccc', 'a', 'bb', 'ccc']);
    expect(
      applyOps(
        base,
        [
          [0, 3],
          [0, 3],
          [0, 1],
        ],
        { paragraphs: 100, chars: 12 },
      ),
    ).toBeNull();
  });
});
