/**
 * Quotation marks: straight and curly double and single quotes, low-9 quotes and guillemets, with nesting,
 * apostrophes told apart from closing single quotes (don’t, Russia’s, ’90s, the players’ union), and
 * quotes that run over several paragraphs (an opening mark with no closing one at the paragraph's end
 * continues into the next paragraph when that one opens with a quotation mark).
 * One linear pass per paragraph, from quotation mark to quotation mark (a regular expression finds them).
 */
import type { Article, QuoteKind } from './types';
import { isWordChar, wordCount } from './tokenize';
import { PAGE_NOISE, PRONOUNS, REPORTING_VERBS, SPEECH_VERBS } from './lexicon';

export interface QuoteSegment {
  /** content range, marks excluded */
  start: number;
  end: number;
  para: number;
}

export interface MarkedQuote {
  /** content start of the first segment and end of the last */
  start: number;
  end: number;
  /** position of the opening mark and of the closing mark (or the end of the last segment when unclosed) */
  open: number;
  close: number;
  closed: boolean;
  segments: QuoteSegment[];
  /** the quoted words without their marks; segments joined by a space */
  text: string;
  kind: QuoteKind;
  para: number;
  /** nesting depth: 0 for a top-level quote */
  depth: number;
}

type MarkType = 'd' | 's' | 'g';

const QUOTE_MARK = /["“”„‟'‘’«»]/g;

const OPEN_CONTEXT = new Set(['', ' ', '\n', '\t', '(', '[', '{', '—', '–', '-', '/', ':', '\u00a0', '“', '‘', '"', "'", '«', '„']);
/** contractions that start with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, 'bout */
const LEADING_APOS = /^(?:em|til|cause|n|tis|twas|bout|round|cos|s|d|\d\d)s?\b/i;

interface Open {
  type: MarkType;
  mark: number;
  /** first paragraph's content start, for multi-paragraph runs */
  segStart: number;
  segments: QuoteSegment[];
}

function isSpaceChar(c: string): boolean {
  return c === '' || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\u2009' || c === '\u202f';
}

function classify(text: string, q: { start: number; open: number; para: number }, paraStart: number): QuoteKind {
  const content = text.slice(q.start, Math.min(q.start + 400, text.length)).trimStart();
  // the character before the opening mark, skipping spaces
  let k = q.open - 1;
  // (and an apostrophe doubling the mark: ''We're a content provider,'' as some newspapers print a double quote)
  while (k >= paraStart && (isSpaceChar(text.charAt(k)) || (k === q.open - 1 && /['‘`]/.test(text.charAt(k))))) k--;
  const before = k >= paraStart ? text.charAt(k) : '';
  const firstLetter = content.replace(/^[.…\s'"‘“]+/, '').charAt(0);
  const upperStart = firstLetter !== '' && firstLetter === firstLetter.toUpperCase() && firstLetter !== firstLetter.toLowerCase();
  const digitStart = /[0-9]/.test(firstLetter);
  const sentenceOpen =
    before === '' ||
    before === '.' ||
    before === '!' ||
    before === '?' ||
    before === ':' ||
    before === '—' ||
    before === '–' ||
    before === '"' ||
    before === '”';
  if ((upperStart || digitStart) && (sentenceOpen || before === ',')) return 'direct';
  return 'partial';
}

/** Find all quotations marked with quotation marks, top-level and nested, in text order of their opening. */
export function findMarkedQuotes(article: Article): MarkedQuote[] {
  const { text, paragraphs } = article;
  const out: MarkedQuote[] = [];
  let carry: Open | null = null; // a double (or single) quote left open at the end of the previous paragraph
  // the first quotation mark at or after an offset, found by a regular expression; no mark lies in [markFrom, markAt)
  let markFrom = -1;
  let markAt = -1;
  const nextMark = (from: number): number => {
    if (from >= markFrom && from <= markAt) return markAt;
    QUOTE_MARK.lastIndex = from;
    markFrom = from;
    markAt = QUOTE_MARK.test(text) ? QUOTE_MARK.lastIndex - 1 : text.length;
    return markAt;
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const stack: Open[] = [];
    let i = p.start;
    // (a line of the page between two paragraphs of one quotation, "Article content", "Story continues below
    // advertisement", is stepped over: the quotation goes on in the paragraph after it)
    if (carry && PAGE_NOISE.test(text.slice(p.start, p.end).trim())) continue;
    // continuation of a multi-paragraph quote: this paragraph must open with a double mark or a guillemet
    if (carry) {
      let s = p.start;
      while (s < p.end && isSpaceChar(text.charAt(s))) s++;
      const c = text.charAt(s);
      // (a single quotation mark, as British papers print them, before a word: an apostrophe there is rare)
      const reopen =
        carry.type === 'g' ? c === '«' : carry.type === 's' ? reopensSingle(text, p) : c === '“' || c === '"' || c === '„' || c === '«';
      if (reopen) {
        stack.push({ ...carry, segStart: s + 1 });
        i = s + 1;
      } else if (carry.type !== 's') {
        // (a single mark left open with no reopening is an apostrophe more often than a quotation: dropped)
        finishUnclosed(text, carry, out, paragraphs);
      }
      carry = null;
    }
    for (i = nextMark(i); i < p.end; i = nextMark(i + 1)) {
      const c = text.charAt(i);
      const prev = i > p.start ? text.charAt(i - 1) : '';
      const next = i + 1 < p.end ? text.charAt(i + 1) : '';
      // (read only when the stack holds a mark: an array read at index -1 is a property look-up outside the fast path, about
      // half a microsecond each in Node 20, and this line runs at every quotation mark)
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const inDouble = stack.some((o) => o.type === 'd');
      const inSingle = stack.some((o) => o.type === 's');
      const openCtx = OPEN_CONTEXT.has(prev) || isSpaceChar(prev);
      let action: 'open' | 'close' | null = null;
      let type: MarkType = 'd';
      switch (c) {
        case '“':
        case '„':
        case '‟':
          type = 'd';
          // some sites close with “: treat as a close when a double quote is open and it follows a word
          action = inDouble && !openCtx && top?.type === 'd' ? 'close' : 'open';
          break;
        case '”':
          type = 'd';
          if (inDouble) action = 'close';
          else if (openCtx && next !== '' && !isSpaceChar(next)) action = 'open';
          break;
        case '"':
          type = 'd';
          if (inDouble && !(openCtx && next !== '' && !isSpaceChar(next) && top?.type !== 'd')) action = 'close';
          else if (openCtx && next !== '' && !isSpaceChar(next)) action = 'open';
          else if (inDouble) action = 'close';
          break;
        case '«':
          type = 'g';
          action = 'open';
          break;
        case '»':
          type = 'g';
          if (stack.some((o) => o.type === 'g')) action = 'close';
          break;
        case '‘':
        case "'":
        case '’': {
          type = 's';
          const wordBefore = prev !== '' && isWordChar(prev);
          const wordAfter = next !== '' && isWordChar(next);
          if (wordBefore && wordAfter) break; // apostrophe inside a word: don't, Russia’s
          // (so is one after a colon set tight between letters, a length mark some Indigenous languages write inside a
          // word, "Ka:'yu:'k't'h' First Nations", "Stó:lō"; a quotation after a colon has a space or a capital there)
          if (prev === ':' && wordAfter && next !== next.toUpperCase() && i - 2 >= p.start && isWordChar(text.charAt(i - 2))) break;
          if ((c !== '’' && openCtx && wordAfter) || (c === '’' && openCtx && wordAfter && !inSingle)) {
            // opening single quote unless it is a leading apostrophe (’90s, 'em, 'til)
            if (LEADING_APOS.test(text.slice(i + 1, i + 8))) break;
            if (c === '’') break; // a right single mark at a word start is an apostrophe
            action = 'open';
          } else if (inSingle && !wordAfter && prev !== '' && !isSpaceChar(prev)) {
            // closing single quote; "the players’ union" is a plural possessive when no single quote is open, and
            // also inside one when a word goes on after it and the next single mark closes: 'My parents' generation
            // bought houses at my age.' (not 'a series of failures' and the 'lessons', where the next one opens)
            if (pluralPossessive(text, i, p.end)) break;
            action = 'close';
          }
          break;
        }
      }
      if (action === 'open') {
        stack.push({ type, mark: i, segStart: i + 1, segments: [] });
      } else if (action === 'close') {
        // pop to the matching opener; unmatched inner singles were apostrophes
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.type !== type) k--;
        if (k < 0) continue;
        const o = stack[k]!;
        stack.length = k;
        const segs = [...o.segments, { start: o.segStart, end: i, para: pi }];
        out.push(makeQuote(text, o, segs, i, true, k, paragraphs));
      }
    }
    // end of paragraph: an open double (or guillemet) at depth 0 may continue into the next paragraph, and so may a
    // single mark open alone after the end of a sentence ("Ms Vik said: 'The offer is fair.¶'I urge …'")
    const base = stack[0];
    // (a single mark still open at the end of its paragraph that the next paragraph does not reopen is the leading
    // apostrophe of a word, "'Namgis First Nation said the talks would continue. “We are not done,” he said.", a glottal
    // stop some Indigenous names are written with, or an elision, "'til", "'90s": the quotations inside it are at the
    // top level, and it is dropped rather than kept unclosed at the article's end)
    if (base && base.type === 's' && !reopensSingle(text, paragraphs[pi + 1])) {
      for (let j = out.length - 1; j >= 0 && out[j]!.open > base.mark; j--) out[j]!.depth--;
      continue;
    }
    if (
      base &&
      (base.type === 'd' ||
        base.type === 'g' ||
        (base.type === 's' && stack.length === 1 && /[.!?…,:;]$/.test(text.slice(base.segStart, trimEnd(text, base.segStart, p.end)))))
    ) {
      base.segments = [...base.segments, { start: base.segStart, end: trimEnd(text, base.segStart, p.end), para: pi }];
      carry = base;
    }
  }
  if (carry) finishUnclosed(text, carry, out, paragraphs);
  out.sort((a, b) => a.open - b.open);
  return out;
}

/**
 * Whether a paragraph opens with a single mark before a word, going on with a single-quoted quotation of the paragraph
 * before it (a single quotation mark, as British papers print them, before a word: an apostrophe there is rare).
 */
function reopensSingle(text: string, p: Article['paragraphs'][number] | undefined): boolean {
  if (!p) return false;
  let s = p.start;
  while (s < p.end && isSpaceChar(text.charAt(s))) s++;
  const c = text.charAt(s);
  return (c === '‘' || c === "'") && isWordChar(text.charAt(s + 1));
}

/**
 * Whether the single mark at i, after a word ending in "s" and before a space and a lower-case word, is the apostrophe
 * of a plural possessive: the next single mark in the paragraph that is no apostrophe inside a word closes (no space
 * before it, no word after) and has not that shape itself (`ahead` false: the shape alone).
 */
function pluralPossessive(text: string, i: number, end: number, ahead = true): boolean {
  if (!/[sS]/.test(text.charAt(i - 1)) || text.charAt(i + 1) !== ' ' || !/\p{Ll}/u.test(text.charAt(i + 2))) return false;
  if (!ahead) return true;
  for (let k = i + 2; k < end; k++) {
    const c = text.charAt(k);
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    const wordAfter = k + 1 < end && isWordChar(text.charAt(k + 1));
    if (isWordChar(text.charAt(k - 1)) && wordAfter) continue;
    // (and that one no possessive of the same shape: "not ours' the tenants' spokesman said" may close at either)
    return !isSpaceChar(text.charAt(k - 1)) && !wordAfter && !pluralPossessive(text, k, end, false);
  }
  return false;
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && isSpaceChar(text.charAt(e - 1))) e--;
  return e;
}

function makeQuote(
  text: string,
  o: Open,
  segs: QuoteSegment[],
  close: number,
  closed: boolean,
  depth: number,
  paragraphs: Article['paragraphs'],
): MarkedQuote {
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  const para = first.para;
  const kind = classify(text, { start: first.start, open: o.mark, para }, paragraphs[para]!.start);
  return {
    start: first.start,
    end: last.end,
    open: o.mark,
    close,
    closed,
    segments: segs,
    text: segs.map((s) => text.slice(s.start, s.end)).join(' '),
    kind,
    para,
    depth,
  };
}

/** A quote still open when the text or its continuation ends: kept when it reads as a quotation. */
function finishUnclosed(text: string, o: Open, out: MarkedQuote[], paragraphs: Article['paragraphs']): void {
  const segs = o.segments.filter((s) => s.end > s.start);
  if (segs.length === 0) return;
  const words = segs.reduce((n, s) => n + text.slice(s.start, s.end).split(/\s+/).length, 0);
  if (words < 4) return;
  const last = segs[segs.length - 1]!;
  out.push(makeQuote(text, o, segs, last.end, false, 0, paragraphs));
}

/** Words that each start with a capital letter or a digit (a name or a title), and nothing else. */
export const TITLE_CASE = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,2}$/u;

/**
 * Two to six words that each start with a capital letter or a digit, with at most two short lower-case words
 * between them ("State of the Union", "How the Grinch Stole Christmas"): a title in quotation marks.
 */
export const TITLE_WORDS =
  /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:a|an|the|of|in|on|and|with|to|for|at|by|from|or)\s+){0,2}[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){1,5}[.,!?]?$/u;

/** How a title is compared: lower case, without a leading "the" and final punctuation. */
export function titleKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[.,!?]$/, '')
    .replace(/^the\s+/, '');
}

/**
 * A name or title in quotation marks: three words or fewer, each capitalised, in one paragraph. Given the text, also
 * one set off by commas as an apposition, its comma inside the marks: 'the album's lead single, “Orbit,” had been
 * added' (a lower-case word before the first comma that is no verb of saying, and after the closing mark a lower-case
 * word that is neither a pronoun nor a verb of saying: not 'he said, “Thanks,” she wrote').
 */
export function isTitleQuote(q: MarkedQuote, text?: string): boolean {
  if (q.segments.length !== 1 || wordCount(q.text) > 3) return false;
  const t = q.text.trim();
  if (TITLE_CASE.test(t)) return true;
  if (text === undefined || !t.endsWith(',') || !TITLE_CASE.test(t.slice(0, -1))) return false;
  const before = /([\p{L}'’-]+)\s*,\s*$/u.exec(text.slice(Math.max(0, q.open - 40), q.open));
  const after = /^\s*([\p{L}'’-]+)/u.exec(text.slice(q.close + 1, q.close + 40));
  const plain = (w: string | undefined): boolean =>
    w !== undefined && w === w.toLowerCase() && !SPEECH_VERBS.has(w) && !REPORTING_VERBS.has(w) && !PRONOUNS.has(w);
  return plain(before?.[1]) && plain(after?.[1]);
}
