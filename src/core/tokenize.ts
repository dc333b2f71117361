/**
 * One pass over the article text producing word and punctuation tokens with their offsets.
 * Words are maximal runs of letters, digits and combining marks, with apostrophes inside a word kept
 * (don't, O'Brien), a possessive 's split off as its own token, and dotted abbreviations such as "U.S."
 * kept whole. Cost is linear in the text.
 */
import { capClass, foldWord } from './fold';

export interface Token {
  start: number;
  end: number;
  /** the token as written */
  raw: string;
  /** word (true) or a single punctuation character (false) */
  word: boolean;
  /** folded key of a word ("'s" for a possessive); the raw character for punctuation */
  key: string;
  /** lower-cased raw word */
  lower: string;
  cap: 0 | 1 | 2;
  /** something other than spaces or one hyphen separates this word from the previous word */
  gap: boolean;
  /** index into Article.paragraphs */
  para: number;
  /** the trie keys this word can match (see matcher.ts): "=" + key, and "^" + key / "#" + key by its case */
  keys: string[];
}

/** The trie keys a word written this way can match: its case form is a constraint on the alias. */
export function keysFor(key: string, cap: 0 | 1 | 2): string[] {
  if (cap === 0) return ['=' + key];
  if (cap === 1) return ['=' + key, '^' + key];
  return ['=' + key, '^' + key, '#' + key];
}

const NO_KEYS: string[] = [];

const APOS = new Set(["'", '’']);

export function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return WORD_RE.test(c);
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c !== '' && isWordChar(c);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f' || c === '\r';
}

/**
 * Tokenise text[from, to) into tokens; `para` is stamped on each. `paragraphs` gives the paragraph ranges so
 * that tokens know where they are; text between paragraphs yields no tokens.
 */
export function tokenize(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const out: Token[] = [];
  paragraphs.forEach((p, pi) => tokenizeRange(text, p.start, p.end, pi, out));
  return out;
}

function pushWord(out: Token[], text: string, s: number, e: number, para: number, gap: boolean, possessive = false): void {
  const raw = text.slice(s, e);
  const key = possessive ? "'s" : foldWord(raw);
  const cap = possessive ? 0 : capClass(raw);
  out.push({
    start: s,
    end: e,
    raw,
    word: true,
    key,
    lower: possessive ? "'s" : raw.toLowerCase(),
    cap,
    gap,
    para,
    keys: keysFor(key, cap),
  });
}

function tokenizeRange(text: string, from: number, to: number, para: number, out: Token[]): void {
  let i = from;
  let sawPunctSinceWord = false;
  while (i < to) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // a hyphen between two words does not break a name run; anything else does
      const hyphenJoin = (c === '-' || c === '‐') && i > from && isWordChar(text.charAt(i - 1)) && isLetter(text.charAt(i + 1));
      out.push({ start: i, end: i + 1, raw: c, word: false, key: c, lower: c, cap: 0, gap: true, para, keys: NO_KEYS });
      // the period of an initial does not break a name: "Donald J. Trump"
      const prevTok = out[out.length - 2];
      const initialDot = c === '.' && prevTok !== undefined && prevTok.word && prevTok.end === i && prevTok.raw.length === 1 && prevTok.cap === 1;
      if (!hyphenJoin && !initialDot) sawPunctSinceWord = true;
      i++;
      continue;
    }
    // a word
    const s = i;
    while (i < to) {
      const ch = text.charAt(i);
      if (isWordChar(ch)) {
        i++;
        continue;
      }
      if (APOS.has(ch) && isLetter(text.charAt(i + 1))) {
        // possessive 's: split it off
        const after = text.charAt(i + 2);
        if ((text.charAt(i + 1) === 's' || text.charAt(i + 1) === 'S') && (i + 2 >= to || !isWordChar(after))) break;
        i++;
        continue;
      }
      break;
    }
    // dotted abbreviation: U.S. / U.N. / D.C.
    if (i - s === 1) {
      let j = i;
      while (text.charAt(j) === '.' && isLetter(text.charAt(j + 1)) && !isWordChar(text.charAt(j + 2))) j += 2;
      if (j > i) {
        if (text.charAt(j) === '.') j++;
        i = j;
      }
    }
    pushWord(out, text, s, i, para, sawPunctSinceWord || s === from);
    sawPunctSinceWord = false;
    if (i < to && APOS.has(text.charAt(i)) && (text.charAt(i + 1) === 's' || text.charAt(i + 1) === 'S') && (i + 2 >= to || !isWordChar(text.charAt(i + 2)))) {
      pushWord(out, text, i, i + 2, para, false, true);
      i += 2;
    }
  }
}
