import { describe, expect, it } from 'vitest';
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
