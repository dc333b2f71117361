/**
 * The same remark, reported twice: does one quotation repeat another of the same speaker?
 *
 * Two reports of one remark differ in small ways: where the quotation marks start and stop,
 * curly or straight marks, punctuation and case, a clause cut off, words added inside
 * ("Prime Minister Ana Holm's cabinet" for "Holm's cabinet"). Paraphrases and shared boilerplate
 * ("declined to comment on an ongoing investigation") are not the same remark, and the same words
 * from another speaker are not either. Pure.
 *
 * The rule: the shorter of the two, as normalised words (normalizeQuote: folded, marks and
 * punctuation dropped), must appear in the longer in order — as a subsequence, so that words added
 * inside still match — for at least MIN_SHARE of its words between the first and the last shared
 * one (words outside that span are a different quote boundary), for at least MIN_COVER of all its
 * words, and for at least MIN_DENSITY of the longer one's words between the first and the last shared
 * one (a few words added inside, not the words scattered over another sentence), and the words so
 * shared must carry at least MIN_CONTENT content words that are not reporting boilerplate.
 * Quotations shorter than MIN_WORDS words match only when their words are identical.
 *
 * Who said it: the reading memory pools only named speakers, so both must be named and the same
 * (SpeakerRule 'same'). The dataset's claims are reviewed, and a page's quotation whose speaker the
 * engine could not name may still repeat one of them: its claim matching (src/core/dataset/queries.ts)
 * uses 'unknown-allowed', where only two known, different speakers rule a match out.
 */
import { quoteTokens } from './dataset/text';

/** Share of the shorter quotation's words that must appear, in order, in the longer one. */
export const MIN_SHARE = 0.85;
/** Share of the shorter quotation's words that must be shared at all (the rest: a different boundary). */
export const MIN_COVER = 0.6;
/** Share of the longer quotation's words, between the first and the last shared one, that must be shared. */
export const MIN_DENSITY = 0.5;
/** Content words (not stop words, not boilerplate) the shared words must hold. */
export const MIN_CONTENT = 4;
/** Below this many words, only identical words match. */
export const MIN_WORDS = 5;

const STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your them us him me my not no so if than then there here will would can could ' +
    'should shall may might must do does did has have had what which who whom whose when where why how all any some ' +
    'very just also about into over out up more most such only own same too s t'
  ).split(' '),
);

/** Words of reporting boilerplate: shared by countless unrelated statements, never the remark's substance. */
const BOILERPLATE = new Set(
  (
    'comment comments commenting request requests respond responded response statement statements declined decline ' +
    'ongoing investigation investigations matter matters spokesperson spokesman spokeswoman said says say told ' +
    'confirm confirmed deny denied legal proceedings proceeding time moment continue continuing cooperate cooperating ' +
    'fully authorities review reviewing situation closely monitoring monitor'
  ).split(' '),
);

const isContent = (t: string): boolean => !STOP.has(t) && !BOILERPLATE.has(t) && !/^\d+$/.test(t);

export interface Remark {
  text: string;
  /** who said it: an entity id or a normalised full name; null for an unnamed speaker (never matched) */
  speaker: string | null;
}

/** A remark's words, ready to compare (normalise once, compare many times). */
export interface PreparedRemark {
  speaker: string | null;
  tokens: string[];
  /** content words of the remark, as a set: a cheap first filter */
  content: Set<string>;
}

export function prepareRemark(r: Remark): PreparedRemark {
  const tokens = quoteTokens(r.text);
  return { speaker: r.speaker, tokens, content: new Set(tokens.filter(isContent)) };
}

/** Longest common subsequence of two word lists: the shared words, in order, and where they are in `a` and in `b`. */
function commonInOrder(
  a: readonly string[],
  b: readonly string[],
): { words: string[]; first: number; last: number; firstB: number; lastB: number } {
  const n = a.length;
  const m = b.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const out: string[] = [];
  let first = -1;
  let last = -1;
  let firstB = -1;
  let lastB = -1;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(a[i] as string);
      if (first < 0) [first, firstB] = [i, j];
      [last, lastB] = [i, j];
      i++;
      j++;
    } else if (((table[i + 1] as Uint16Array)[j] as number) >= ((table[i] as Uint16Array)[j + 1] as number)) i++;
    else j++;
  }
  return { words: out, first, last, firstB, lastB };
}

/** Longest quotation compared word by word (longer ones are cut: the remark is in their first words or not at all). */
const MAX_TOKENS = 400;

/**
 * Whose remarks may be compared: 'same' — both speakers named and the same (a null speaker is
 * unnamed and never matched); 'unknown-allowed' — a null speaker is unknown and may be anyone, so
 * only two different named speakers rule a match out.
 */
export type SpeakerRule = 'same' | 'unknown-allowed';

const speakersAllow = (a: string | null, b: string | null, rule: SpeakerRule): boolean =>
  rule === 'same' ? a !== null && a === b : a === null || b === null || a === b;

/**
 * How far `a` and `b` are the same remark, in [0, 1] (0: not the same remark): the share of the
 * shorter one's words found in order in the longer one, when that share is at least MIN_SHARE.
 */
export function remarkScore(a: PreparedRemark, b: PreparedRemark, rule: SpeakerRule = 'same'): number {
  if (!speakersAllow(a.speaker, b.speaker, rule)) return 0;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length === 0) return 0;
  if (short.tokens.length < MIN_WORDS) return short.tokens.join(' ') === long.tokens.join(' ') && short.content.size > 0 ? 1 : 0;
  // cheap first filter: enough content words in common at all
  let sharedContent = 0;
  for (const t of short.content) if (long.content.has(t)) sharedContent++;
  if (sharedContent < MIN_CONTENT) return 0;
  const shortTokens = short.tokens.slice(0, MAX_TOKENS);
  const common = commonInOrder(shortTokens, long.tokens.slice(0, MAX_TOKENS * 2));
  // words of the shorter one before the first shared word or after the last are a different
  // quote boundary; inside that span, MIN_SHARE of the words must be shared
  const span = common.last - common.first + 1;
  if (common.words.length < MIN_WORDS || common.words.length < MIN_COVER * shortTokens.length) return 0;
  const share = common.words.length / span;
  if (share < MIN_SHARE || common.words.length < MIN_DENSITY * (common.lastB - common.firstB + 1)) return 0;
  if (new Set(common.words.filter(isContent)).size < MIN_CONTENT) return 0;
  return Math.round(share * 1000) / 1000;
}

/** Whether two quotations are the same remark of the same (named) speaker. */
export function sameRemark(a: Remark, b: Remark): boolean {
  return remarkScore(prepareRemark(a), prepareRemark(b)) > 0;
}
