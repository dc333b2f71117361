/** The one rule that makes the article's text from its paragraphs and defines its offsets. */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, joinParagraphs, PARAGRAPH_BREAK } from '../../../src/core/article';

describe('joinParagraphs', () => {
  it.each<[string, string[], string, Array<[number, number]>]>([
    ['none', [], '', []],
    ['one', ['Peskov said no.'], 'Peskov said no.', [[0, 15]]],
    [
      'two, a blank line between',
      ['Peskov said no.', 'Putin agreed.'],
      'Peskov said no.\n\nPutin agreed.',
      [
        [0, 15],
        [17, 30],
      ],
    ],
    [
      'white space runs made one space, ends trimmed',
      ['  Peskov \t said\n no. ', '\u00a0Putin  agreed.'],
      'Peskov said no.\n\nPutin agreed.',
      [
        [0, 15],
        [17, 30],
      ],
    ],
    [
      'an empty paragraph dropped (indexes count the kept ones)',
      ['A.', '', '   ', 'B.'],
      'A.\n\nB.',
      [
        [0, 2],
        [4, 6],
      ],
    ],
    [
      'offsets in UTF-16 units',
      ['“Ja” 😀', 'x'],
      '“Ja” 😀\n\nx',
      [
        [0, 7],
        [9, 10],
      ],
    ],
  ])('%s', (_, paragraphs, text, ranges) => {
    const joined = joinParagraphs(paragraphs);
    expect(joined.text).toBe(text);
    expect(joined.paragraphs.map((p) => [p.start, p.end])).toEqual(ranges);
  });

  it('each range holds its paragraph, PARAGRAPH_BREAK between two', () => {
    const paragraphs = ['First  one.', 'Second one.', 'Third.'];
    const { text, paragraphs: ranges } = joinParagraphs(paragraphs);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['First one.', 'Second one.', 'Third.']);
    expect(ranges.slice(1).map((r, i) => text.slice(ranges[i]!.end, r.start))).toEqual([PARAGRAPH_BREAK, PARAGRAPH_BREAK]);
  });

  it('articleFromParagraphs is that text with where the article comes from', () => {
    expect(articleFromParagraphs(['A.', 'B.'], { title: 'T', url: 'https://x.example/a' })).toEqual({
      text: 'A.\n\nB.',
      paragraphs: [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
      title: 'T',
      byline: null,
      siteName: null,
      url: 'https://x.example/a',
    });
  });
});
