import { describe, expect, it } from 'vitest';
import { matchScore } from '../../../../src/core/dataset/queries';
import { fold, isIsoDate, normalizeQuote, normalizeUrl, stableStringify } from '../../../../src/core/dataset/text';

describe('normalizeQuote', () => {
  it('folds marks, case, accents and whitespace; ellipses become segment breaks', () => {
    expect(normalizeQuote('“We shouldn’t expect them to agree on everything. ... Unfortunately,”')).toBe(
      'we shouldn t expect them to agree on everything | unfortunately',
    );
    expect(normalizeQuote("We shouldn't  expect\nthem…")).toBe('we shouldn t expect them');
    expect(normalizeQuote('Karjakin’s  CAFÉ')).toBe('karjakin cafe');
  });
  it('fold keeps words but unifies apostrophes and dashes', () => {
    expect(fold('Putin’s  Spokesman – “x”')).toBe('putin\'s spokesman - "x"');
  });
});

describe('matchScore', () => {
  const claim = 'very much alike ... in their basic approaches toward international affairs.';
  it('a truncated or re-punctuated repeat scores 1', () => {
    expect(matchScore('Very much alike', claim)).toBe(1);
    expect(matchScore('“very much alike… in their basic approaches”', claim)).toBe(1);
    expect(matchScore('in their basic approaches toward international affairs', claim)).toBe(1);
  });
  it('a different remark scores 0; the same words reordered match by their content words', () => {
    expect(matchScore('It is phenomenal how close they are', claim)).toBe(0);
    expect(matchScore('in their basic international approaches ... very much alike', claim)).toBe(1);
    expect(matchScore('in their basic international approaches ... very much different', claim)).toBe(0);
  });
  it('one or two words only match a claim of exactly those words', () => {
    expect(matchScore('contact', 'contact')).toBe(1);
    expect(matchScore('contact', 'the Foreign Ministry had contact with the campaign')).toBe(0);
    expect(matchScore('very much', claim)).toBe(0);
  });
  it("a longer quote containing the whole claim scores the claim's share", () => {
    expect(matchScore('if they blame each other it will not help the situation', 'it will not help the situation.')).toBeCloseTo(6 / 11);
  });
  it('a paraphrase with most content words scores their share', () => {
    const s = matchScore(
      'Russian experts were in contact with members of Trump staff during campaign',
      'Peskov said Russian experts were in contact with some members of Trump’s staff during the campaign',
    );
    expect(s).toBe(1);
    expect(
      matchScore(
        'Russian experts met with members of staff during campaign',
        'Russian experts were in contact with some members of the staff during the campaign',
      ),
    ).toBeCloseTo(6 / 7);
  });
});

describe('normalizeUrl', () => {
  it('ignores scheme, www, trailing slash, fragment and tracking parameters', () => {
    expect(normalizeUrl('https://www.Slate.com/blogs/x/?utm_source=tw&b=2&a=1#top')).toBe('slate.com/blogs/x?a=1&b=2');
    expect(normalizeUrl('http://slate.com/blogs/x')).toBe('slate.com/blogs/x');
    expect(normalizeUrl('https://apnews.com/85f74153a7be48a8b0c951452c82d909')).toBe('apnews.com/85f74153a7be48a8b0c951452c82d909');
  });
  it('is null for what is not an http(s) address', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('isIsoDate and stableStringify', () => {
  it('checks real calendar dates', () => {
    expect(isIsoDate('2016-11-10')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2016-11-10T00:00:00Z')).toBe(false);
  });
  it('sorts keys at every level, drops undefined, ends with a newline', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}\n');
  });
});
