import { describe, expect, it } from 'vitest';
import { matchParagraphs, reusePlacements } from '../../../src/content/reuse';

describe('matchParagraphs: which paragraphs after a change are the old ones', () => {
  it.each([
    { name: 'one appended', before: ['a', 'b', 'c'], after: ['a', 'b', 'c', 'd'], want: [0, 1, 2, -1] },
    { name: 'one inserted in the middle', before: ['a', 'b', 'c'], after: ['a', 'x', 'b', 'c'], want: [0, -1, 1, 2] },
    { name: 'one changed', before: ['a', 'b', 'c'], after: ['a', 'B', 'c'], want: [0, -1, 2] },
    { name: 'one removed', before: ['a', 'b', 'c'], after: ['a', 'c'], want: [0, 2] },
    { name: 'all new', before: ['a', 'b'], after: ['x', 'y'], want: [-1, -1] },
    { name: 'first run (nothing before)', before: [], after: ['a'], want: [-1] },
    { name: 'repeated text: each old one once, in order', before: ['a', 'b', 'a'], after: ['a', 'a', 'a'], want: [0, 2, -1] },
    { name: 'moved up: order kept, the moved one is new', before: ['a', 'b', 'c'], after: ['c', 'a', 'b'], want: [2, -1, -1] },
  ])('$name', ({ before, after, want }) => {
    expect(matchParagraphs(before, after)).toEqual(want);
  });
});

describe('reusePlacements: which results keep their ranges', () => {
  const span = (para: number, from: number, to: number, category = 'person') => ({ para, from, to, category });
  it.each([
    {
      name: 'an appended paragraph: the old spans keep their ranges, the new one is placed',
      matched: [0, 1, -1],
      placed: [span(0, 0, 5), span(1, 3, 9, 'quote')],
      targets: [span(0, 0, 5), span(1, 3, 9, 'quote'), span(2, 0, 4)],
      want: [0, 1, -1],
    },
    {
      name: 'a paragraph inserted before: old spans found at their new paragraph index',
      matched: [-1, 0, 1],
      placed: [span(0, 0, 5), span(1, 2, 4)],
      targets: [span(0, 0, 5), span(1, 0, 5), span(2, 2, 4)],
      want: [-1, 0, 1],
    },
    {
      name: 'a changed paragraph: its spans are placed again even at the same offsets',
      matched: [0, -1],
      placed: [span(0, 0, 5), span(1, 0, 5)],
      targets: [span(0, 0, 5), span(1, 0, 5)],
      want: [0, -1],
    },
    {
      name: 'another category over the same span is placed anew',
      matched: [0],
      placed: [span(0, 0, 5, 'person')],
      targets: [span(0, 0, 5, 'organization')],
      want: [-1],
    },
    {
      name: 'a span that was not placed before (dropped as stale) is placed',
      matched: [0],
      placed: [span(0, 0, 5)],
      targets: [span(0, 0, 5), span(0, 7, 9)],
      want: [0, -1],
    },
    {
      name: 'two results over one span (mention and quote part) each keep their own',
      matched: [0],
      placed: [span(0, 0, 5, 'quote'), span(0, 0, 5, 'person')],
      targets: [span(0, 0, 5, 'person'), span(0, 0, 5, 'quote')],
      want: [1, 0],
    },
    {
      name: 'an old placement is reused once',
      matched: [0],
      placed: [span(0, 0, 5)],
      targets: [span(0, 0, 5), span(0, 0, 5)],
      want: [0, -1],
    },
  ])('$name', ({ matched, placed, targets, want }) => {
    expect(reusePlacements(matched, placed, targets)).toEqual(want);
  });
});
