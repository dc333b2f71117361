/** A large page's HTML in parts: joined in order with the last part, one transfer per tab, nothing missing, nothing too large. */
import { describe, expect, it } from 'vitest';
import { PageParts, STALE_MS } from '../../../src/background/page-parts';
import { MAX_PAGE_HTML } from '../../../src/shared/guards';

describe('PageParts', () => {
  it('joins the parts in their order, whatever order they came in, with the last one', () => {
    const parts = new PageParts();
    parts.keep(7, 'a', 1, '<body>');
    parts.keep(7, 'a', 0, '<html>');
    expect(parts.take(7, 'a', 2, '</body></html>')).toBe('<html><body></body></html>');
    expect(parts.size).toBe(0);
  });

  it('keeps one transfer per tab: a new one from the same tab drops the old; other tabs are apart', () => {
    const parts = new PageParts();
    parts.keep(1, 'old', 0, 'OLD');
    parts.keep(2, 'x', 0, 'X');
    parts.keep(1, 'new', 0, 'NEW');
    expect(() => parts.take(1, 'old', 1, '!')).toThrow('did not arrive whole');
    parts.keep(1, 'new', 0, 'NEW');
    expect(parts.take(1, 'new', 1, '!')).toBe('NEW!');
    expect(parts.take(2, 'x', 1, '?')).toBe('X?');
  });

  it('refuses a page with a part missing, or a count that is not what came', () => {
    const parts = new PageParts();
    parts.keep(3, 't', 0, 'a');
    parts.keep(3, 't', 2, 'c');
    expect(() => parts.take(3, 't', 3, 'd')).toThrow('did not arrive whole');
    parts.keep(3, 'u', 0, 'a');
    expect(() => parts.take(3, 'u', 2, 'b')).toThrow('did not arrive whole');
    expect(parts.size).toBe(0);
  });

  it('drops a transfer left unfinished for STALE_MS', () => {
    let now = 0;
    const parts = new PageParts(() => now);
    parts.keep(1, 'slow', 0, 'a');
    now = STALE_MS + 1;
    parts.keep(2, 'other', 0, 'b');
    expect(parts.size).toBe(1);
    expect(() => parts.take(1, 'slow', 1, 'z')).toThrow('did not arrive whole');
  });

  it('refuses a page over MAX_PAGE_HTML in all', () => {
    const parts = new PageParts();
    const big = 'x'.repeat(MAX_PAGE_HTML / 2);
    parts.keep(1, 'big', 0, big);
    parts.keep(1, 'big', 1, big);
    expect(() => parts.keep(1, 'big', 2, 'one more')).toThrow('too large');
    expect(parts.size).toBe(0);
  });
});
