/**
 * Quotation marks: kinds of marks, apostrophes, nesting, multi-paragraph runs, direct vs partial.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/article';
import { findMarkedQuotes } from '../../../src/core/quotes';

const top = (text: string): Array<[string, string]> =>
  findMarkedQuotes(articleFromText(text))
    .filter((q) => q.depth === 0)
    .map((q) => [q.text, q.kind]);

describe('findMarkedQuotes', () => {
  it('reads straight and curly double quotes', () => {
    expect(top('"We will win," he said. “We must,” she said.')).toEqual([
      ['We will win,', 'direct'],
      ['We must,', 'direct'],
    ]);
  });

  it('tells apostrophes from single quotes', () => {
    expect(
      top("He said: ‘Russia’s position hasn’t changed since the ’90s.’ The players’ union agreed, and 'Game Over' was played."),
    ).toEqual([
      ['Russia’s position hasn’t changed since the ’90s.', 'direct'],
      ['Game Over', 'partial'],
    ]);
    expect(top("Don't they know it's Russia's and the Smiths' house?")).toEqual([]);
  });

  it('reads guillemets', () => {
    expect(top('He called it «a turning point» and added: «We waited too long.»')).toEqual([
      ['a turning point', 'partial'],
      ['We waited too long.', 'direct'],
    ]);
  });

  it('keeps nested quotes inside the outer one', () => {
    const qs = findMarkedQuotes(articleFromText('“He told me, ‘We don’t have the money,’ and left,” Torres said.'));
    expect(qs.map((q) => [q.text, q.depth])).toEqual([
      ['He told me, ‘We don’t have the money,’ and left,', 0],
      ['We don’t have the money,', 1],
    ]);
  });

  it('continues a quote over paragraphs when the next one reopens', () => {
    const text = '“This is the first paragraph.\n“This is the second.\n“And the last,” she said.\nNext story.';
    const qs = findMarkedQuotes(articleFromText(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'This is the first paragraph.',
      'This is the second.',
      'And the last,',
    ]);
    expect(qs[0]!.text).toBe('This is the first paragraph. This is the second. And the last,');
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('This is the first paragraph.\n“This is the second.\n“And the last,');
  });

  it('ends an unclosed quote at its paragraph when the next does not reopen', () => {
    const text = '“This quote is never closed by the writer\nThe next paragraph is narration.';
    const qs = findMarkedQuotes(articleFromText(text));
    expect(qs.map((q) => [q.text, q.closed])).toEqual([['This quote is never closed by the writer', false]]);
  });

  it('classifies partial and direct quotes', () => {
    expect(
      top('Russia hopes “for their good personal relationship,” he said. He called them “very much alike.” “It is so,” he said.'),
    ).toEqual([
      ['for their good personal relationship,', 'partial'],
      ['very much alike.', 'partial'],
      ['It is so,', 'direct'],
    ]);
  });
});
