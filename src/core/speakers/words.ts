/**
 * Whether `s`, from `from` up to (not including) `to`, holds at least `n` words, as wordCount (tokenize.ts) counts them:
 * runs of letters and digits. It stops at the `n`th, as the quotations and clauses tested are often long.
 */
export function wordsAtLeast(s: string, n: number, from = 0, to = s.length): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    // (past ASCII and General Punctuation, where no letter or digit is, the Unicode classes count the whole span)
    if (c >= 0x80 && (c < 0x2000 || c > 0x206f)) return (s.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= n;
    const l = c | 0x20;
    const w = (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (w && !inWord && ++count >= n) return true;
    inWord = w;
  }
  return count >= n;
}
