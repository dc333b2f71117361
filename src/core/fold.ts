/**
 * Folding of word forms so that spelling variants of one name meet in one key:
 * case, accents (Zürich / Zurich), and the usual romanisations of Russian and other names
 * (Sergey / Sergei, Karjakin / Karyakin, Dmitry / Dmitri / Dmitriy, Alexei / Aleksey, Zelensky / Zelenskyy).
 * The rules are general spelling equivalences, not a list of names.
 */

const SPECIAL: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Characters that are never part of a word key (apostrophes, periods of initials, hyphens). */
const STRIP = /['’‘.\-‐‑–]/g;
/** Does this lower-case ASCII word need any of the transliteration rewrites? */
const NEEDS_RULES = /[jyxw]|kh|ph|ck|tch|(.)\1|off$|^ie/;

function transliterate(s: string): string {
  if (!NEEDS_RULES.test(s)) return s;
  // each rewrite runs only where its pattern occurs (the same result as running all of them, in this order)
  let t = s;
  if (t.includes('tch')) t = t.replace(/tch/g, 'ch');
  if (t.includes('kh')) t = t.replace(/kh/g, 'h');
  if (t.includes('ph')) t = t.replace(/ph/g, 'f');
  if (t.includes('ck')) t = t.replace(/ck/g, 'k');
  if (t.includes('x')) t = t.replace(/x/g, 'ks');
  if (t.includes('w')) t = t.replace(/w/g, 'v');
  // j inside a word is the Slavic y (Karjakin = Karyakin); a word-initial j stays (John, Jan).
  if (t.indexOf('j', 1) > 0) t = t.charAt(0) + t.slice(1).replace(/j/g, 'y');
  if (t.includes('y')) t = t.replace(/y/g, 'i');
  if (t.endsWith('off')) t = t.replace(/off$/, 'ov');
  if (DOUBLE.test(t)) t = t.replace(/(.)\1+/g, '$1');
  if (t.startsWith('ie') && t.length > 3) t = 'e' + t.slice(2); // Yevgeny = Evgeny
  return t;
}

const DOUBLE = /(.)\1/;
const NOT_ALNUM = /[^A-Za-z0-9]/;
/** Characters other than ASCII letters, digits and the ones STRIP removes: only these need the Unicode steps. */
const NOT_ALNUM_OR_STRIP = /[^A-Za-z0-9'’‘.\-‐‑–]/;

/** The folded key of one word: lower case, no accents, no apostrophes or dots, romanisation variants merged. */
export function foldWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = foldUncached(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

/** foldUncached(word) where `lower` is word.toLowerCase(), already at hand. */
export function foldWithLower(word: string, lower: string): string {
  return NOT_ALNUM.test(word) ? foldUncached(word) : transliterate(lower);
}

/** foldWord() without its cache (for callers that keep their own). */
export function foldUncached(word: string): string {
  // ASCII letters and digits, with apostrophes, dots or hyphens: decomposing and the special letters change nothing
  if (!NOT_ALNUM.test(word)) return transliterate(word.toLowerCase());
  if (!NOT_ALNUM_OR_STRIP.test(word)) return transliterate(word.toLowerCase().replace(STRIP, ''));
  let s = word;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFD').replace(/\p{M}/gu, '');
    s = s.replace(/[øØæÆœŒßłŁđĐıþð]/g, (c) => SPECIAL[c] ?? c);
  }
  return transliterate(s.toLowerCase().replace(STRIP, ''));
}

/**
 * 0: starts lower-case (or no letter), 1: starts upper-case, 2: all capitals with at least two letters. A French
 * elided particle before a capital reads as a name's capital: "d'Entremont", "l'Heureux", "d’Amours" (1).
 */
export function capClass(word: string): 0 | 1 | 2 {
  // ASCII by character codes (most words); anything else by the case mappings below
  const c0 = word.charCodeAt(0);
  if ((c0 === 100 || c0 === 108) && elidedBeforeCapital(word)) return 1;
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return 0;
    let upper = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 128) return capClassByCase(word);
      if (c >= 97 && c <= 122) return 1;
      if (c >= 65 && c <= 90) upper++;
    }
    return upper >= 2 ? 2 : 1;
  }
  return capClassByCase(word);
}

const ELIDED_BEFORE_CAPITAL = /^[dl]['\u2019]\p{Lu}\p{Ll}/u;

/** Is the word a French elided particle joined to a capitalised name, "d'Entremont", "l’Heureux" (not "d'accord")? */
export function elidedBeforeCapital(word: string): boolean {
  const c1 = word.charCodeAt(1);
  return word.length > 3 && (c1 === 39 || c1 === 0x2019) && ELIDED_BEFORE_CAPITAL.test(word);
}

function capClassByCase(word: string): 0 | 1 | 2 {
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
