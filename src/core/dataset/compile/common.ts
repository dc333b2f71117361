/** Small helpers the compiler's steps share: ordering, quote matching, offsets in a story. */
import { normalizeQuote } from '../text';

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A quotation's text made comparable as words: normalised, `|` as space, padded with spaces. */
export function padded(s: string): string {
  return ` ${normalizeQuote(s).replace(/\|/g, ' ')} `.replace(/\s+/g, ' ');
}

/** Offset of the n-th occurrence of `needle` in `hay`, or -1. */
export function locate(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The paragraph an offset falls in (or the last one starting before it). */
export function paragraphAt(paragraphs: Array<{ start: number; end: number }>, offset: number): number {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && offset >= p.start && offset < p.end) return i;
  }
  let best = 0;
  paragraphs.forEach((p, i) => {
    if (p.start <= offset) best = i;
  });
  return best;
}
