/**
 * Folding of word forms so that spelling variants of one name meet in one key:
 * case, accents (Zürich / Zurich), and the usual romanisations of Russian and other names
 * (Sergey / Sergei, Karjakin / Karyakin, Dmitry / Dmitri / Dmitriy, Alexei / Aleksey, Zelensky / Zelenskyy).
 * The rules are general spelling equivalences, not a list of names.
 */

const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', þ: 'th', ð: 'd',
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Characters that are never part of a word key (apostrophes, periods of initials, hyphens). */
const STRIP = /['’‘.\-‐‑–]/g;
/** Does this lower-case ASCII word need any of the transliteration rewrites? */
const NEEDS_RULES = /[jyxw]|kh|ph|ck|tch|(.)\1|off$|^ie/;

function transliterate(s: string): string {
  if (!NEEDS_RULES.test(s)) return s;
  let t = s.replace(/tch/g, 'ch').replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v');
  // j inside a word is the Slavic y (Karjakin = Karyakin); a word-initial j stays (John, Jan).
  t = t.charAt(0) + t.slice(1).replace(/j/g, 'y');
  t = t.replace(/y/g, 'i');
  t = t.replace(/off$/, 'ov');
  t = t.replace(/(.)\1+/g, '$1');
  if (t.startsWith('ie') && t.length > 3) t = 'e' + t.slice(2); // Yevgeny = Evgeny
  return t;
}

/** The folded key of one word: lower case, no accents, no apostrophes or dots, romanisation variants merged. */
export function foldWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s = word;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFD').replace(/\p{M}/gu, '');
    s = s.replace(/[øØæÆœŒßłŁđĐıþð]/g, (c) => SPECIAL[c] ?? c);
  }
  s = transliterate(s.toLowerCase().replace(STRIP, ''));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

/** 0: starts lower-case (or no letter), 1: starts upper-case, 2: all capitals with at least two letters. */
export function capClass(word: string): 0 | 1 | 2 {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return 0;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    if (lo === up) continue;
    if (c !== up) return 1;
    letters++;
  }
  return letters >= 2 ? 2 : 1;
}
