/**
 * One pass over the article text producing word and punctuation tokens with their offsets.
 * Words are maximal runs of letters, digits and combining marks, with apostrophes inside a word kept
 * (don't, O'Brien), a possessive 's split off as its own token, and dotted abbreviations such as "U.S."
 * kept whole. Cost is linear in the text.
 */
import { capClass, foldWithLower } from './fold';

export interface Token {
  start: number;
  end: number;
  /** the token as written (but the horizontal bar, U+2015, reads as the em dash it stands for) */
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

/**
 * Characters a page sets inside words that are not part of them: the soft hyphen (Vladi\u00admir, as some
 * outlets hyphenate their text), zero-width space, non-joiner, joiner, word joiner and the byte-order mark.
 * Between two word characters they keep the word whole; its key and lower form leave them out.
 */
export function isInvisibleInWord(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text as a reader sees it: soft hyphens and zero-width characters left out (for names shown). */
export function withoutInvisible(s: string): string {
  return s.search(INVISIBLE) >= 0 ? s.replace(INVISIBLE, '') : s;
}

export function isWordChar(c: string): boolean {
  return isWordCode(c.charCodeAt(0), c);
}

/** isWordChar() of the character `code` of the string `c` (read by the Unicode class only past the blocks below). */
function isWordCode(code: number, c: string): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  // blocks answered without the Unicode tables (compiling them costs more than a page's worth of lookups):
  // Latin-1 letters and signs, Latin Extended-A/B; General Punctuation, currency, ™, arrows to OCR, box drawing to
  // the dingbats before ❶, the symbols after ➓, and surrogates hold no letter, digit or mark
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf) || code === 0x2122 || (code >= 0x2190 && code <= 0x245f))
    return false;
  if ((code >= 0x2500 && code <= 0x2775) || (code >= 0x2794 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff)) return false;
  if (code < 0xc0)
    return (
      code === 0xaa ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb5 ||
      code === 0xb9 ||
      code === 0xba ||
      code === 0xbc ||
      code === 0xbd ||
      code === 0xbe
    );
  return code === code && WORD_RE.test(c); // NaN: no character
}

/** isWordChar(text.charAt(i)) without the string of one character (a new one for each character past Latin-1). */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // (a character of the blocks isWordCode() answers by its code needs no string; any other is cut out for the class)
  return code < 0x250 ? isWordCode(code, '') : isWordCode(code, text.charAt(i));
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Does the string start with a letter (\p{L})? ASCII by its code, anything else by the Unicode class. */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(s);
}
const LETTER_START = /^\p{L}/u;

/**
 * Tokenise text[from, to) into tokens; `para` is stamped on each. `paragraphs` gives the paragraph ranges so
 * that tokens know where they are; text between paragraphs yields no tokens. `lowerWords`, when given, receives the
 * lower form of every word written in lower case (cap 0), found once per distinct word rather than once per token.
 */
export function tokenize(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, lowerWords?: Set<string>): Token[] {
  const out: Token[] = [];
  pass++;
  collecting = lowerWords ?? null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const from = out.length;
    questionCaps = false;
    tokenizeRange(text, p.start, p.end, pi, out);
    // (most paragraphs have no question word in capitals: pushForm() tells, and the paragraph is not read again)
    if (questionCaps) acronymsOfQuestionWords(out, from);
  }
  collecting = null;
  return out;
}

/** The call of tokenize() under way (forms met in it carry its number) and the set it fills, if any. */
let pass = 0;
let collecting: Set<string> | null = null;
/** Whether the paragraph under way has a word that may be a question word's acronym (WordForm.question). */
let questionCaps = false;

/** Question words and relative pronouns, as an acronym in capitals may spell them ("the WHO said"). */
const QUESTION_WORDS = /^(who|whom|whose|what|which|when|where|why|how)$/;

/**
 * A question word or relative pronoun written in capitals, three letters or more, in a paragraph written in ordinary
 * case is an acronym: "the WHO said", "WHO officials warned". Its lower form keeps the capitals so that no rule reads it
 * as the pronoun (a relative clause's "who said"); its key, which the matcher reads, is unchanged. A paragraph in
 * capitals (a headline, a kicker) keeps the word as written.
 */
function acronymsOfQuestionWords(out: Token[], from: number): void {
  // (the words in capitals first: most paragraphs have none of these, and the count below is then not needed)
  let found = false;
  for (let i = from; i < out.length && !found; i++) {
    const t = out[i]!;
    if (t.word && t.cap === 2 && t.raw.length >= 3 && QUESTION_WORDS.test(t.lower)) found = true;
  }
  if (!found) return;
  let lower = 0;
  for (let i = from; i < out.length && lower < 3; i++) {
    const t = out[i]!;
    if (t.word && t.cap === 0 && startsWithLetter(t.raw)) lower++;
  }
  if (lower < 3) return;
  for (let i = from; i < out.length; i++) {
    const t = out[i]!;
    if (t.word && t.cap === 2 && t.raw.length >= 3 && QUESTION_WORDS.test(t.lower)) out[i] = acronymToken(t);
  }
}

/**
 * The token `t` with its lower form set to the word as written, built as pushForm() builds every word's token: the same
 * fields in the same order, so that it has the same hidden class (a copy by spreading had another, and each function
 * optimised for tokens was thrown out at the first page with "the WHO").
 */
function acronymToken(t: Token): Token {
  return {
    start: t.start,
    end: t.end,
    raw: t.raw,
    word: t.word,
    key: t.key,
    lower: t.raw,
    cap: t.cap,
    gap: t.gap,
    para: t.para,
    keys: t.keys,
  };
}

interface WordForm {
  key: string;
  lower: string;
  cap: 0 | 1 | 2;
  keys: string[];
  /** a question word or relative pronoun in capitals, three letters or more (see acronymsOfQuestionWords) */
  question: boolean;
}

/**
 * key, lower case, case class and trie keys per distinct word as written (an article repeats most of its words), with
 * the word itself. Found by a hash of the text's characters in an open-addressed table, so that a word met before
 * needs neither a slice of the text nor the string hash a Map computes for each new slice (a runtime call per word).
 */
interface StoredForm extends WordForm {
  raw: string;
  /** the last call of tokenize() that met this word */
  pass: number;
  /** raw.length, and its last eight characters packed (see PACK_MASK), or -1 for a word with a character past ASCII */
  len: number;
  hi: number;
  lo: number;
}
const FORMS_LIMIT = 50_000;
/** slots: 1 + the index of a form in formList, 0 empty; a power of two above twice FORMS_LIMIT */
const FORM_MASK = (1 << 17) - 1;
const formSlots = new Int32Array(FORM_MASK + 1);
let formList: StoredForm[] = [];
const POSSESSIVE: WordForm = { key: "'s", lower: "'s", cap: 0, keys: keysFor("'s", 0), question: false };
/** The possessive text[s, s + 2) as written, by its apostrophe (straight or curly) and the case of its s: no slice for each. */
function possessiveRaw(text: string, s: number): string {
  const upper = text.charCodeAt(s + 1) === 83;
  if (text.charCodeAt(s) === 39) return upper ? "'S" : "'s";
  return upper ? '’S' : '’s';
}

function formAt(text: string, s: number, e: number): StoredForm {
  let h = 0;
  let hi = 0;
  let lo = 0;
  let ascii = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    h = (Math.imul(h, 31) + c) | 0;
    hi = ((hi << 7) | (lo >>> 21)) & PACK_MASK;
    lo = ((lo << 7) | c) & PACK_MASK;
    if (c >= 128) ascii = false;
  }
  return ascii ? formHashed(text, s, e, packedHash(hi, lo, e - s, text.charCodeAt(s)), hi, lo) : formHashed(text, s, e, h, -1, -1);
}

/**
 * The last eight characters of an ASCII word, seven bits each, four to a number (hi, lo), as the loops that hash a word
 * pack them while they read it: with the word's length they tell a word of eight characters or fewer from every other
 * one, so that finding it in the table below needs no second reading of its characters ("sameChars"), and a longer word
 * needs one of its characters before those eight only.
 */
const PACK_MASK = (1 << 28) - 1;

/**
 * The hash of an ASCII word in the table, from its packed last characters, its length and its first character's code
 * (which tells apart more of the long words that end alike: "consultation", "confirmation").
 */
function packedHash(hi: number, lo: number, len: number, first: number): number {
  return Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + ((len << 7) | first), 0x85ebca6b);
}

/**
 * formAt() for a word whose hash (packedHash for an ASCII word, else h * 31 + code over s..e) and packed last characters
 * (hi, lo; -1 past ASCII) the caller computed as it read them.
 */
function formHashed(text: string, s: number, e: number, hash: number, hi: number, lo: number): StoredForm {
  let h = (hash ^ (hash >>> 15)) & FORM_MASK;
  if (formList.length >= FORMS_LIMIT) {
    formSlots.fill(0);
    formList = [];
  }
  const len = e - s;
  for (;;) {
    const slot = formSlots[h]!;
    if (slot === 0) break;
    const f = formList[slot - 1]!;
    if (
      f.len === len &&
      f.lo === lo &&
      f.hi === hi &&
      (lo < 0 ? sameChars(text, s, f.raw, len) : len <= 8 || sameChars(text, s, f.raw, len - 8))
    )
      return f;
    h = (h + 1) & FORM_MASK;
  }
  // (a copy of its own, not a view into the article: a slice of 13 characters or more keeps the whole text it was cut
  // from alive, and the table outlives the article)
  const raw = len >= 13 ? (' ' + text.slice(s, e)).slice(1) : text.slice(s, e);
  const seen = withoutInvisible(raw);
  const lower = seen.toLowerCase();
  const key = foldWithLower(seen, lower);
  const cap = capClass(seen);
  const question = cap === 2 && raw.length >= 3 && QUESTION_WORDS.test(lower);
  const f: StoredForm = { raw, key, lower, cap, keys: keysFor(key, cap), question, pass: 0, len, hi, lo };
  formList.push(f);
  formSlots[h] = formList.length;
  return f;
}

/** text[s, s + n) === raw's first n characters, compared by code (startsWith() is a call into the runtime for each word). */
function sameChars(text: string, s: number, raw: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(s + k) !== raw.charCodeAt(k)) return false;
  return true;
}

function pushWord(out: Token[], text: string, s: number, e: number, para: number, gap: boolean, possessive = false): void {
  if (possessive) {
    const f = POSSESSIVE;
    out.push({
      start: s,
      end: e,
      raw: possessiveRaw(text, s),
      word: true,
      key: f.key,
      lower: f.lower,
      cap: f.cap,
      gap,
      para,
      keys: f.keys,
    });
    if (collecting !== null) collecting.add(f.lower);
    return;
  }
  const f = formAt(text, s, e);
  pushForm(out, f, s, e, para, gap);
}

function pushForm(out: Token[], f: StoredForm, s: number, e: number, para: number, gap: boolean): void {
  if (f.question) questionCaps = true;
  if (f.pass !== pass) {
    f.pass = pass;
    if (collecting !== null && f.cap === 0) collecting.add(f.lower);
  }
  out.push({ start: s, end: e, raw: f.raw, word: true, key: f.key, lower: f.lower, cap: f.cap, gap, para, keys: f.keys });
}

/**
 * An ASCII word as the character loop of wordEnd() reads it: letters and digits, with an apostrophe inside kept
 * unless it starts a final possessive 's, and a colon between a letter and a small letter ("Sto:lo"). Where a
 * character next to its end is not ASCII, or the paragraph ends within two characters of it, wordEnd() decides.
 */
const ASCII_WORD = /[0-9A-Za-z]+(?:['\u2019](?![sS](?![0-9A-Za-z]))[0-9A-Za-z]+|(?<=[A-Za-z]):[a-z][0-9A-Za-z]*)*/y;
const SPACE_RUN = /[ \t\u00a0\u2009\u202f\r]+/y;

const SMALL = /\p{Ll}/u;

/** The end of the word starting at s, character by character (the paragraph's end `to` bounds it). */
function wordEnd(text: string, s: number, to: number): number {
  let i = s;
  // (each character read by its code: a string of one character past Latin-1 is a new string each time)
  while (i < to) {
    if (isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (i > s && isInvisibleInWord(code) && i + 1 < to && isWordCharAt(text, i + 1)) {
      i++;
      continue;
    }
    // a colon inside a word of a Salish language, a letter before it and a small letter after: "Stó:lō", "Sto:lo"
    if (code === 58 && i > s && isWordCharAt(text, i - 1) && !isDigitCode(text.charCodeAt(i - 1)) && SMALL.test(text.charAt(i + 1))) {
      i++;
      continue;
    }
    if ((code === 39 || code === 0x2019) && isWordCharAt(text, i + 1)) {
      // possessive 's: split it off
      const next = text.charCodeAt(i + 1);
      if ((next === 115 || next === 83) && (i + 2 >= to || !isWordCharAt(text, i + 2))) break;
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Does the word end at e for the character loop too (the characters it would look at there are ASCII)? */
function asciiWordEnds(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  if (c === 39 || c === 0x2019) return text.charCodeAt(e + 1) < 128 && text.charCodeAt(e + 2) < 128;
  return c < 128;
}

/** The characters of General Punctuation (quotation marks, dashes, the ellipsis), one string each for all their tokens. */
const GENERAL_PUNCTUATION: ReadonlyArray<string> = Array.from({ length: 0x70 }, (_, k) => String.fromCharCode(0x2000 + k));

/** text.charAt(i), whose code is `code`, without a new string for a mark of General Punctuation (Latin-1's are shared already). */
function charOf(text: string, i: number, code: number): string {
  return code >= 0x2000 && code < 0x2070 ? GENERAL_PUNCTUATION[code - 0x2000]! : text.charAt(i);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 13;
}

/**
 * Words are found by regular expressions (they run as compiled code even where this function does not), the
 * punctuation between them one character at a time.
 */
function tokenizeRange(text: string, from: number, to: number, para: number, out: Token[]): void {
  let i = from;
  let sawPunctSinceWord = false;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      // one space between words (most of them) needs no search
      if (code === 32 && !isSpaceCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      SPACE_RUN.lastIndex = i;
      SPACE_RUN.test(text);
      i = SPACE_RUN.lastIndex;
      continue;
    }
    // an ASCII word that ends at a space or ASCII punctuation other than an apostrophe or a colon (most words): read and
    // hashed in one loop, with no regular expression, no slice and no second pass over its characters for the table
    if (code < 128 && isAsciiAlnum(code)) {
      let hi = 0;
      let lo = 0;
      let j = i;
      let c = code;
      do {
        hi = ((hi << 7) | (lo >>> 21)) & PACK_MASK;
        lo = ((lo << 7) | c) & PACK_MASK;
        c = text.charCodeAt(++j);
      } while (isAsciiAlnum(c));
      // (a word of one letter too, but before a period: "U.S.", an initial's "J.")
      if (j <= to - 3 && (j - i > 1 || c !== 46)) {
        if (c < 128 && c !== 39 && c !== 58) {
          pushForm(out, formHashed(text, i, j, packedHash(hi, lo, j - i, code), hi, lo), i, j, para, sawPunctSinceWord || i === from);
          sawPunctSinceWord = false;
          i = j;
          continue;
        }
        // (and one before a possessive 's that an ASCII character other than a letter or digit ends: "Trump’s", "the
        // city's.", as the character loop splits it)
        if (c === 39 || c === 0x2019) {
          const s1 = text.charCodeAt(j + 1);
          const s2 = text.charCodeAt(j + 2);
          if ((s1 === 115 || s1 === 83) && s2 < 128 && !isAsciiAlnum(s2)) {
            pushForm(out, formHashed(text, i, j, packedHash(hi, lo, j - i, code), hi, lo), i, j, para, sawPunctSinceWord || i === from);
            sawPunctSinceWord = false;
            pushWord(out, text, j, j + 2, para, false, true);
            i = j + 2;
            continue;
          }
        }
      }
    }
    let e = -1;
    // (ASCII punctuation starts no word: no search for one)
    if (code < 128) {
      if (isAsciiAlnum(code)) {
        ASCII_WORD.lastIndex = i;
        if (ASCII_WORD.test(text)) {
          e = ASCII_WORD.lastIndex;
          if (e > to - 3 || !asciiWordEnds(text, e)) e = wordEnd(text, i, to);
        }
      }
    } else if (isWordCharAt(text, i)) e = wordEnd(text, i, to);
    if (e < 0) {
      // the horizontal bar some outlets set as their dash ("WASHINGTON ― …") reads as the em dash it stands for
      const c = code === 0x2015 ? '—' : charOf(text, i, code);
      // a hyphen between two words does not break a name run; anything else does
      const hyphenJoin = (code === 45 || code === 0x2010) && i > from && isWordCharAt(text, i - 1) && isWordCharAt(text, i + 1);
      out.push({ start: i, end: i + 1, raw: c, word: false, key: c, lower: c, cap: 0, gap: true, para, keys: NO_KEYS });
      // the period of an initial does not break a name: "Donald J. Trump"
      const prevTok = out[out.length - 2];
      const initialDot =
        code === 46 && prevTok !== undefined && prevTok.word && prevTok.end === i && prevTok.raw.length === 1 && prevTok.cap === 1;
      if (!hyphenJoin && !initialDot) sawPunctSinceWord = true;
      i++;
      continue;
    }
    // a word
    const s = i;
    i = e;
    // dotted abbreviation: U.S. / U.N. / D.C.
    if (i - s === 1) {
      let j = i;
      while (text.charCodeAt(j) === 46 && isWordCharAt(text, j + 1) && !isWordCharAt(text, j + 2)) j += 2;
      if (j > i) {
        if (text.charCodeAt(j) === 46) j++;
        i = j;
      }
    }
    pushWord(out, text, s, i, para, sawPunctSinceWord || s === from);
    sawPunctSinceWord = false;
    const apostrophe = text.charCodeAt(i);
    const s1 = text.charCodeAt(i + 1);
    if (
      i < to &&
      (apostrophe === 39 || apostrophe === 0x2019) &&
      (s1 === 115 || s1 === 83) &&
      (i + 2 >= to || !isWordCharAt(text, i + 2))
    ) {
      pushWord(out, text, i, i + 2, para, false, true);
      i += 2;
    }
  }
}

/** Characters outside ASCII and General Punctuation (where no letter or digit is): only these need the Unicode classes. */
// eslint-disable-next-line no-control-regex
const NOT_ASCII_OR_PUNCT = /[^\x00-\x7f\u2000-\u206f]/;

/** The number of words (runs of letters and digits) in s. */
export function wordCount(s: string): number {
  if (NOT_ASCII_OR_PUNCT.test(s)) return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return asciiWords(s, 0, s.length, Infinity);
}

/**
 * Whether `s`, from `from` up to (not including) `to`, holds at least `n` words as wordCount counts them. It stops at
 * the `n`th, as the quotations and clauses tested are often long.
 */
export function wordsAtLeast(s: string, n: number, from = 0, to = s.length): boolean {
  // (past ASCII and General Punctuation, where no letter or digit is, the Unicode classes count the whole span)
  const counted = asciiWords(s, from, to, n);
  return (counted < 0 ? (s.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) : counted) >= n;
}

/**
 * The words of s[from, to) counted up to `limit`, each run of ASCII letters and digits where it starts (no array of words
 * made); -1 at a character outside ASCII and General Punctuation, which only the Unicode classes can read.
 */
function asciiWords(s: string, from: number, to: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && (c < 0x2000 || c > 0x206f)) return -1;
    const l = c | 0x20;
    const w = (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (w && !inWord && ++n >= limit) return n;
    inWord = w;
  }
  return n;
}

/** The index of the first token of paragraph `para` (tokens are in text order: a binary search), or tokens.length. */
export function firstTokenOf(tokens: ReadonlyArray<Token>, para: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.para < para) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
