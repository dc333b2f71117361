/** The paragraphs the background keeps per page, the base of a re-run's delta. */
import { describe, expect, it } from 'vitest';
import { AnalysedParagraphs, MAX_KEPT } from '../../../src/background/analysed-paragraphs';

describe('AnalysedParagraphs', () => {
  it('gives back the paragraphs kept under a base, for the same document only', () => {
    const kept = new AnalysedParagraphs();
    const base = kept.keep('3:0', 'https://a.test/x#top', ['a', 'b']);
    expect(kept.recall('3:0', 'https://a.test/x', base)).toEqual(['a', 'b']);
    expect(kept.recall('3:0', 'https://a.test/x#later', base)).toEqual(['a', 'b']);
    expect(kept.recall('3:0', 'https://a.test/y', base)).toBeNull();
    expect(kept.recall('4:0', 'https://a.test/x', base)).toBeNull();
    expect(kept.recall('3:1', 'https://a.test/x', base)).toBeNull();
  });

  it('forgets the older base of a page when it keeps a newer one', () => {
    const kept = new AnalysedParagraphs();
    const first = kept.keep('3:0', 'https://a.test/x', ['a']);
    const second = kept.keep('3:0', 'https://a.test/x', ['a', 'b']);
    expect(second).not.toBe(first);
    expect(kept.recall('3:0', 'https://a.test/x', first)).toBeNull();
    expect(kept.recall('3:0', 'https://a.test/x', second)).toEqual(['a', 'b']);
  });

  it('does not know the bases of another life (a restarted service worker)', () => {
    const before = new AnalysedParagraphs();
    const base = before.keep('3:0', 'https://a.test/x', ['a']);
    const after = new AnalysedParagraphs();
    after.keep('3:0', 'https://a.test/x', ['z']);
    expect(after.recall('3:0', 'https://a.test/x', base)).toBeNull();
  });

  it(`keeps at most ${MAX_KEPT} pages, forgetting the least recently used`, () => {
    const kept = new AnalysedParagraphs();
    const bases = Array.from({ length: MAX_KEPT }, (_, i) => kept.keep(`${i}:0`, 'https://a.test/x', [`p${i}`]));
    // page 0 used again: page 1 is now the oldest
    expect(kept.recall('0:0', 'https://a.test/x', bases[0] as string)).toEqual(['p0']);
    kept.keep('99:0', 'https://a.test/x', ['new']);
    expect(kept.recall('1:0', 'https://a.test/x', bases[1] as string)).toBeNull();
    expect(kept.recall('0:0', 'https://a.test/x', bases[0] as string)).toEqual(['p0']);
    expect(kept.recall('2:0', 'https://a.test/x', bases[2] as string)).toEqual(['p2']);
  });
});
