/**
 * Sentence boundaries over the token stream. Two views: `sent` (outer sentences, where a terminator inside a
 * quotation does not end the sentence, so that a quote and its attribution stay together) and `initial`
 * (the token opens a sentence, inside quotes or not: a capitalised word there may be an ordinary word).
 */
import type { Token } from './tokenize';
import type { TokenSlab } from './slab';
import {
  ABBREVIATIONS,
  DAYS_MONTHS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  ORG_HEADS,
  regionName,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from './lexicon';

export interface Sentences {
  /** outer sentence id per token (increasing) */
  sent: Int32Array;
  /** first token index of each outer sentence */
  starts: number[];
  /** 1 where the word token opens a sentence (inner or outer) */
  initial: Uint8Array;
}

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', '„']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

/**
 * A verb of saying within the next four words, or after a longer run of capitalised words (a name with its titles):
 * “…,” Peskov said / “….” said Jane Doe / “…!” US Senator Jeff Sessions said.
 */
function speechSoon(tokens: ReadonlyArray<Token>, j: number): boolean {
  let words = 0;
  let named = true;
  for (let k = j; k < tokens.length && (words < 4 || (named && words < 7)); k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.raw === '(' || t.raw === ')' || t.raw === ',' || t.raw === '.') continue;
      // (a hyphen set tight inside a double surname: "“…?” Pryce-Whitley asked her.")
      if (/^[-‐]$/.test(t.raw) && tokens[k - 1]?.word && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end) continue;
      return false;
    }
    words++;
    // past four words, a verb that ends the frame ("… Sessions said as he launched …"), not one with a clause of its
    // own ("….” Ohio Gov. John Kasich said he would have …": a new sentence)
    const ends = words <= 4 || !tokens[k + 1]?.word || /^(as|on|in|at|during|after|before|while|when)$/.test(tokens[k + 1]!.lower);
    // (a noun after a determiner or a possessive is no verb: "Given his comments on …", "his past remarks")
    // (but a noun that speaks opens a frame after its possessive: "Its statement notes …")
    const prev = tokens[k - 1];
    const noun =
      (!!prev?.word && /^(a|an|the|his|her|its|their|our|my|your)$/.test(prev.lower)) ||
      (!!prev?.word &&
        prev.cap === 0 &&
        !SPEAKER_NOUNS.has(prev.lower) &&
        !DOCUMENT_NOUNS.has(prev.lower) &&
        !ORG_HEADS.has(prev.lower) &&
        !GROUP_NOUNS.has(prev.lower) &&
        /^(his|her|its|their|our|my|your)$/.test(tokens[k - 2]?.lower ?? ''));
    // (a pronoun's frame between commas is in mid-sentence, the quotation ended its own: "“… start.” The council, he
    // added, would vote in May")
    const parenthetical = !!prev?.word && /^(he|she|they|we|i)$/.test(prev.lower) && tokens[k - 2]?.raw === ',' && words > 2;
    // (a pronoun opening a sentence of its own after the quotation's full stop, its verb going on with an object or a
    // clause: '“… studied to death.” I asked her which studies.', '“…” She said that …')
    // (or a capitalised name, a subject's pronoun or a possessive opening the clause: '“… cooperation.” It said Damascus
    // would …', '“… one unit.” He said he never …', '“…” He said his government …'; not a day or month, the frame's own
    // time: '“…” He said Tuesday.')
    const next = tokens[k + 1];
    const clause =
      !!next?.word &&
      ((next.cap > 0 && !DAYS_MONTHS.has(next.lower) && tokens[k + 2]?.word === true) ||
        /^(he|she|they|we|i|you|there|his|its|their|our|my|this|these|those|some|no|all|most|many)$/.test(next.lower));
    const own =
      words === 2 &&
      !!prev?.word &&
      /^(I|We|He|She|They|It)$/.test(prev.raw) &&
      (/^(her|him|them|me|us|it|the|a|an|that|if|whether|about|why|how|what)$/.test(next?.lower ?? '') || clause) &&
      !!next?.word;
    if (t.cap === 0 && SPEECH_VERBS.has(t.lower) && !noun) return ends && !parenthetical && !own;
    // or a verb of manner after a name or a pronoun that ends the sentence: “…?” Hannity pressed.
    if (named && words > 1 && t.cap === 0 && /^[a-z]{3,}ed$/.test(t.lower) && /^[.,;]$/.test(tokens[k + 1]?.raw ?? '')) return true;
    named = named && (t.cap > 0 || (words === 1 && /^(he|she)$/.test(t.lower)) || roleInName(tokens, k, words));
  }
  return false;
}

/**
 * A lower-case role between the capitalised words of a name with its titles, before a name or another role: "“…?”
 * Nevada GOP chairman Wyatt Brennan asked", "“…!” Republican strategist Ana Ruiz said", "“…?” County elections
 * director Pradeep Rao said" (not the first word: "“…?” chairman …" goes on with its sentence anyway).
 */
function roleInName(tokens: ReadonlyArray<Token>, k: number, words: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (words < 2 || !next?.word) return false;
  const role = (w: Token): boolean => SPEAKER_NOUNS.has(w.lower) || TITLES.has(w.lower);
  if (role(t)) return next.cap > 0 || role(next);
  // (a lower-case word of the office before its role: "County elections director Pradeep Rao said")
  return next.cap === 0 && role(next) && tokens[k + 2]?.word === true && tokens[k + 2]!.cap > 0;
}

/** Words after "a.m." or "p.m." that go on with the time: a day, a month, a time zone ("at 6 a.m. Thursday", "11 p.m. ET"). */
const TIME_GOES_ON =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|january|february|august|september|october|november|december|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|at|ast|adt|nt|gmt|bst|utc|eastern|central|mountain|pacific|atlantic|newfoundland|local)$/;

/**
 * Whether the word "a.m." or "p.m." at token i (its period is part of the word) also ends the sentence: an opening
 * quotation mark after a space, or a capitalised word that does not go on with the time ("by 2 a.m. “We have accounted
 * …”", "at 11 p.m. Residents said …"; not "at 6 a.m. Thursday", "11 p.m. ET").
 */
function timeEndsSentence(tokens: ReadonlyArray<Token>, i: number): boolean {
  // (asked of a word with its period second: the length rejects nearly all of them before the pattern is run)
  if (tokens[i]!.raw.length !== 4 || !/^[ap]\.m\.$/i.test(tokens[i]!.raw)) return false;
  const nx = tokens[i + 1];
  if (!nx || nx.para !== tokens[i]!.para || nx.start === tokens[i]!.end) return false;
  if (!nx.word) return OPENERS.has(nx.raw) && nx.raw !== '(' && nx.raw !== '[';
  return nx.cap > 0 && !TIME_GOES_ON.test(nx.lower);
}

/**
 * Is the capital letter before the period at i a name of its own after "on" or "via", not an initial, when a quotation
 * or a sentence's usual first word follows: 'announced on X. “Our thoughts …”', "posted on X. The premier …" (not
 * "a statement from J. Crew", "said J. Ruiz"); or any capitalised word, when a post or a verb of posting stands before
 * the "on" ("in a post on X. Vantreight, who chairs …").
 */
function platformLetter(tokens: ReadonlyArray<Token>, i: number): boolean {
  const before = tokens[i - 2];
  if (!before?.word || before.cap !== 0 || (before.lower !== 'on' && before.lower !== 'via')) return false;
  const nx = tokens[i + 1];
  if (!nx) return false;
  if (!nx.word ? OPENERS.has(nx.raw) : SENTENCE_FIRST.test(nx.raw)) return true;
  // (or any capitalised word when a post or a verb of posting stands right before "on": "called it a relief in a post on
  // X. Peabody, who chairs the panel, wrote …", "said on X. Moss later deleted it")
  const act = tokens[i - 3];
  return nx.word && nx.cap > 0 && !!act?.word && act.cap === 0 && POSTING_BEFORE_ON.test(act.lower);
}
const SENTENCE_FIRST = /^(The|A|An|It|He|She|They|We|I|This|That|In|But|And|Her|His|Their)$/;
const POSTING_BEFORE_ON =
  /^(post|posts|posted|posting|wrote|writes|writing|said|says|announced|statement|message|messages|video|comment|comments|account)$/;

const OPENING_MARKS = /^["“«„'‘]$/;

/**
 * Whether the quotation whose terminator is token i opened right after a lower-case word of its sentence, a fragment
 * of reported speech or a naming ('said the budget was “a fantasy.”', 'called it “reckless.”'): its sentence has its
 * frame before it, so what follows the closing mark is a new sentence even when it looks like one ('… “a fantasy.” Cole
 * disagreed.').
 */
function fragmentEnds(tokens: ReadonlyArray<Token>, i: number, quoted: Uint8Array): boolean {
  const para = tokens[i]!.para;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.para === para && quoted[k] === 1) k--;
  // (the opening mark is read as inside or outside the quotation: past it either way)
  if (tokens[k + 1] && !tokens[k + 1]!.word && OPENING_MARKS.test(tokens[k + 1]!.raw)) k++;
  const mark = tokens[k];
  // (past the first of two apostrophes set as one double mark, as some newspapers print it: 'about ''optics.''')
  const doubled = mark?.raw === "'" && tokens[k - 1]?.raw === "'" && tokens[k - 1]!.end === mark.start;
  const before = tokens[doubled ? k - 2 : k - 1];
  return !!mark && !mark.word && OPENING_MARKS.test(mark.raw) && !!before?.word && before.para === para && before.cap === 0 && k < i - 1;
}

/** Is token j a dash between words: "—", "–", or a hyphen with a space before it (the first of "--", a dash typed as two hyphens)? */
export function dashAt(tokens: ReadonlyArray<Token>, j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (t.raw === '—' || t.raw === '–' || (t.raw === '-' && t.start > (tokens[j - 1]?.end ?? -1)));
}

/** The token after the dash at j, past the second of two hyphens typed as a dash ("SEOUL --"). */
export function afterDash(tokens: ReadonlyArray<Token>, j: number): number {
  return tokens[j + 1]?.raw === '-' && tokens[j + 1]!.start === tokens[j]!.end ? j + 2 : j + 1;
}

/**
 * The token after a dateline that opens at `from`, its dash or colon before `limit`, or -1: "LONDON —", "WASHINGTON
 * (AP) —", "LONDON, Dec 1 (Reuters) -", "BEIJING, April 16 (Xinhua) --", "NEW DELHI:" (a place in capitals, then
 * capitalised words and their possessive's ("ST. JOHN'S —"), numbers, commas, dots, the slash between two places
 * ("NEW DELHI/ISLAMABAD (Reuters) -") and the agency's parentheses); or a place closed by the agency's parentheses
 * alone, as Indian wire copy sets it (see agencyDatelineEnd).
 * (A place in capitals and lower case needs the agency's parentheses right before the dash: "Doha/Cairo (AFP) -": one
 * word of two letters or more in them, and a capitalised word after the dash, the sentence of the report opening; not a
 * party's letter or a ticker before a parenthetical dash: "Rep. Ana Vik (D) — a longtime critic — will retire", "Acme
 * Corp. (ACME) — the largest grocer — will close …".)
 */
export function datelineEnd(tokens: ReadonlyArray<Token>, from: number, limit: number): number {
  const t0 = tokens[from];
  if (!t0?.word || t0.cap === 0) return -1;
  const agency = agencyDatelineEnd(tokens, from, limit);
  if (agency >= 0) return agency;
  for (let k = from + 1; k < Math.min(limit, from + 12); k++) {
    const t = tokens[k]!;
    if (t.para !== t0.para) return -1;
    if (t.raw === ':') return t0.cap === 2 ? k + 1 : -1;
    if (dashAt(tokens, k) || gluedDash(tokens, k)) {
      const after = afterDash(tokens, k);
      const agencyBefore =
        tokens[k - 1]?.raw === ')' &&
        tokens[k - 3]?.raw === '(' &&
        tokens[k - 2]!.word &&
        tokens[k - 2]!.raw.length >= 2 &&
        !!tokens[after]?.word &&
        tokens[after]!.cap !== 0;
      // (or a place in capitals and lower case with its region or date after a comma, at the start of the article's
      // first paragraphs, the lede, a capitalised word after the dash: "Lagos, Nigeria - The strike …", "Geneva, March 3
      // -- The talks …"; not a name's apposition further on)
      // (the lede is the first body paragraph, past any short lines before it, a caption or a byline of several lines)
      const placeAndDate =
        tokens[from - 1]?.para !== t0.para &&
        tokens.slice(from, k).some((x) => x.raw === ',') &&
        tokens.slice(from, k).every((x) => x.raw !== '(') &&
        tokens[k - 1]!.word &&
        !!tokens[after]?.word &&
        tokens[after]!.cap !== 0 &&
        regionOrDateAfterComma(tokens, from, k) &&
        (t0.para <= 2 || (!bodyParagraphBefore(tokens, from) && !regionFirst(tokens, from, k)));
      return t0.cap === 2 || agencyBefore || placeAndDate ? after : -1;
    }
    // (a hyphen with no space on either side joins two words of the place: "WINSTON-SALEM, N.C. —", "WILKES-BARRE, Pa. —")
    const joins =
      t.raw === '-' && t.start === tokens[k - 1]!.end && tokens[k - 1]!.word && tokens[k + 1]?.word && tokens[k + 1]!.start === t.end;
    if (t.key !== "'s" && !joins && (t.word ? t.cap === 0 && !/^[0-9]/.test(t.raw) : !/^[,.()/]$/.test(t.raw))) return -1;
  }
  return -1;
}

/**
 * Is token k a hyphen glued to the word before it with a space after it, a dateline's dash typed without its first space
 * ("LONDON- The strike …", "SEOUL-- The talks …", the first of two glued hyphens)? (Only the dateline reads it so: in
 * running text "well- and ill-paid" is no dash.)
 */
function gluedDash(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  if (t.raw !== '-' || tokens[k - 1]?.end !== t.start) return false;
  const a = tokens[k + 1]?.raw === '-' && tokens[k + 1]!.start === t.end ? k + 2 : k + 1;
  const after = tokens[a];
  // (a space, then a capitalised word, the report's sentence opening: not "NATO- and EU-led forces")
  return !!after?.word && after.cap !== 0 && after.start > tokens[a - 1]!.end;
}

/**
 * Whether the place before the first comma of a mixed-case dateline from `from` to its dash at `dash` is a region, a
 * country or a US state, not a city ("Florida, Georgia - Both states …" lists two regions; "Washington" and "New York"
 * are cities too).
 */
function regionFirst(tokens: ReadonlyArray<Token>, from: number, dash: number): boolean {
  let comma = from;
  while (comma < dash && tokens[comma]!.raw !== ',') comma++;
  const place = tokens
    .slice(from, comma)
    .map((x) => x.raw)
    .join(' ');
  return regionName(place) && !/^(washington|new york)$/i.test(place);
}

/**
 * Whether a paragraph before token `from` is one of the article's body, a sentence of ordinary length (ten words or more,
 * closed by a full stop, a question or an exclamation mark, or one inside a closing quotation mark), not a headline, a
 * caption or a line of a byline.
 */
function bodyParagraphBefore(tokens: ReadonlyArray<Token>, from: number): boolean {
  let k = from - 1;
  while (k >= 0) {
    const para = tokens[k]!.para;
    let last = k;
    while (last >= 0 && !tokens[last]!.word && /^[”’"')]$/.test(tokens[last]!.raw)) last--;
    const closed = last >= 0 && tokens[last]!.para === para && /^[.!?]$/.test(tokens[last]!.raw);
    let words = 0;
    while (k >= 0 && tokens[k]!.para === para) {
      if (tokens[k]!.word) words++;
      k--;
    }
    if (closed && words >= 10) return true;
  }
  return false;
}

/**
 * Whether a mixed-case dateline from `from` to its dash at `dash` is a place with its region or its date after the first
 * comma: "Lagos, Nigeria", "Washington, D.C.", "Geneva, March 3", "Geneva, 3 March"; not a sentence's subject, two names or
 * a score: "Apple, Google - The tech giants …", "Arsenal 2, Chelsea 1 - The Gunners …".
 */
function regionOrDateAfterComma(tokens: ReadonlyArray<Token>, from: number, dash: number): boolean {
  let comma = from;
  while (comma < dash && tokens[comma]!.raw !== ',') comma++;
  // (the place before the comma holds no number)
  if (tokens.slice(from, comma).some((x) => /^[0-9]/.test(x.raw))) return false;
  const rest = tokens.slice(comma + 1, dash);
  const dated = rest.some((x) => x.word && DAYS_MONTHS.has(x.lower.replace(/\.$/, '')));
  if (
    dated &&
    rest.every((x) =>
      x.word ? DAYS_MONTHS.has(x.lower.replace(/\.$/, '')) || /^[0-9]{1,4}(st|nd|rd|th)?$/.test(x.lower) : /^[,.]$/.test(x.raw),
    )
  )
    return true;
  return rest.length > 0 && rest.every((x) => x.word || x.raw === '.') && regionName(rest.map((x) => x.raw).join(' '));
}

/**
 * The word after a dateline that opens at `from` and ends with a news agency's parentheses, no dash or colon after them,
 * as Indian wire copy sets it, or -1: "New Delhi, Aug 14 (PTI) The Centre …", "Bengaluru, Sept 9 (IANS) Heavy rain …"
 * (capitalised words, the day of a date, dots and at least one comma before the parentheses; the agency one word in
 * capitals; the text going on with a capitalised word before `limit`).
 */
function agencyDatelineEnd(tokens: ReadonlyArray<Token>, from: number, limit: number): number {
  if (!tokens[from]?.word || tokens[from]!.cap === 0) return -1;
  let comma = false;
  for (let k = from + 1; k < Math.min(limit, from + 10); k++) {
    const t = tokens[k]!;
    if (t.para !== tokens[from]!.para) return -1;
    comma = comma || t.raw === ',';
    if (t.raw === '(') {
      if (!comma) return -1;
      const agency = tokens[k + 1];
      const next = tokens[k + 3];
      const ok =
        !!agency?.word &&
        agency.cap === 2 &&
        /^\p{Lu}{2,6}$/u.test(agency.raw) &&
        tokens[k + 2]?.raw === ')' &&
        !!next?.word &&
        next.cap !== 0 &&
        next.para === t.para &&
        k + 3 < limit;
      return ok ? k + 3 : -1;
    }
    if (t.word ? t.cap === 0 && !/^[0-9]{1,2}$/.test(t.raw) : !/^[,.]$/.test(t.raw)) return -1;
  }
  return -1;
}

/**
 * Abbreviations that end a phrase rather than stand before a name (no titles: "Sen. Will Haddad" goes on): "12 Main
 * St.", "Acme Corp.", "Tom Berg Jr.", "Sorrel Holdings Ltd.", "in Jan.".
 */
const PHRASE_END_ABBREVIATIONS = /^(jr|sr|st|ste|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|etc|al|dept)$/;

/** Auxiliaries that open a yes-or-no question ("may", also a month and a name, left out). */
const QUESTION_AUXILIARIES = /^(did|does|do|would|will|can|could|should|has|have|had|is|are|was|were|shall|must|might)$/;

/** Subject pronouns, which open a sentence when capitalised after an abbreviation ("I", an initial too, left out). */
const SUBJECT_PRONOUNS = /^(he|she|they|we|it)$/;

/**
 * Whether the abbreviation's period at i (or the dotted abbreviation at i: "the U.S.") ends the sentence because a
 * question opens after it: a capitalised auxiliary after a space whose clause ends in "?" ("The council works out of
 * 12 Main St. Did Ada Lund say the levy is unfair?", "… the highest in the U.S. Would Lena Marsh say …?"); or a
 * capitalised subject pronoun before a word in lower case ("… a retiree in Surrey, B.C. She said her bill rose", "…
 * from Harbour Foods Inc. They said …": not the initials and surname "B.C. She" of a person; not the name "He Ling").
 */
function opensAfterAbbreviation(tokens: ReadonlyArray<Token>, i: number): boolean {
  const t = tokens[i]!;
  const nx = tokens[i + 1];
  if (!nx?.word || nx.cap !== 1 || nx.para !== t.para || nx.start === t.end) return false;
  if (SUBJECT_PRONOUNS.test(nx.lower)) {
    const after = tokens[i + 2];
    return !!after?.word && after.cap === 0 && after.para === t.para;
  }
  if (!QUESTION_AUXILIARIES.test(nx.lower)) return false;
  for (let k = i + 2; k < tokens.length && k < i + 80 && tokens[k]!.para === t.para; k++) {
    const x = tokens[k]!;
    if (x.raw === '?') return true;
    if (x.raw === '!' || x.raw === ';') return false;
    if (x.raw === '.') {
      const w = tokens[k - 1]!;
      if (!(w.word && w.end === x.start && (ABBREVIATIONS.has(w.lower) || (w.raw.length === 1 && w.cap === 1)))) return false;
    }
  }
  return false;
}

/**
 * `quoted`: per token, 1 where the token is inside a top-level quotation (makeDoc's array, read here rather than a search
 * over the quotations' ranges at each terminator). `slab`: where the two arrays come from.
 */
export function splitSentences(tokens: ReadonlyArray<Token>, quoted: Uint8Array, slab: TokenSlab): Sentences {
  const n = tokens.length;
  const sent = slab.int32();
  const initial = slab.uint8();
  const starts: number[] = [];
  let cur = -1;
  let boundaryAt = 0; // token index where the next outer sentence starts
  let innerAt = 0;
  let datelineAt = -1; // the word after a paragraph's dateline dash, sentence-initial though no sentence starts there
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // (no read before the first token: an index of -1 is a slow property lookup, not an element read)
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (!prev || prev.para !== t.para) {
      boundaryAt = i;
      innerAt = i;
      // (the word after a dateline's dash: "SMITHERS, B.C. — Hereditary chiefs …")
      datelineAt = datelineEnd(tokens, i, n);
      // (-1, no dateline, read no token: see prev above)
      if (datelineAt >= 0 && !tokens[datelineAt]?.word) datelineAt = -1;
    }
    if (i === boundaryAt) {
      cur++;
      starts.push(i);
    }
    sent[i] = cur;
    if (t.word && i >= innerAt && innerAt >= 0) {
      initial[i] = 1;
      innerAt = -1;
    }
    if (i === datelineAt) initial[i] = 1;
    if (!t.word && TERMINATORS.has(t.raw)) {
      // an abbreviation's period or an initial's does not end a sentence
      if (
        t.raw === '.' &&
        prev &&
        prev.word &&
        prev.end === t.start &&
        (ABBREVIATIONS.has(prev.lower) || (prev.raw.length === 1 && prev.cap === 1 && !platformLetter(tokens, i))) &&
        // (not the last part of a web address: "according to ouest-france.fr.", "wrote on news.co.")
        !(tokens[i - 2]?.raw === '.' && tokens[i - 2]!.end === prev.start)
      ) {
        // (unless a question or a pronoun's clause opens after a phrase's abbreviation: "… out of 12 Main St. Did Ada
        // Lund say …?", "… Harbour Foods Inc. She said …")
        if (PHRASE_END_ABBREVIATIONS.test(prev.lower) && opensAfterAbbreviation(tokens, i)) {
          innerAt = i + 1;
          if (quoted[i] !== 1) boundaryAt = i + 1;
        }
        continue;
      }
      // nor a decimal point: "$1.38 trillion", "2.5 million" (after a currency's letters glued to the number too:
      // "Sh2.4 billion", "KSh1.5 million", "N10.2 billion", "R2.5 million")
      const nxt = tokens[i + 1];
      if (
        t.raw === '.' &&
        prev &&
        nxt &&
        /^\p{L}{0,3}[0-9]+$/u.test(prev.raw) &&
        prev.end === t.start &&
        t.end === nxt.start &&
        /^[0-9]/.test(nxt.raw)
      )
        continue;
      let j = i + 1;
      // closing marks glued to the terminator belong to this sentence; a straight quote after a space opens the next
      while (
        j < n &&
        !tokens[j]!.word &&
        (CLOSERS.has(tokens[j]!.raw) || TERMINATORS.has(tokens[j]!.raw)) &&
        tokens[j]!.para === t.para &&
        tokens[j]!.start === tokens[j - 1]!.end
      )
        j++;
      const nx = tokens[j];
      if (!nx || nx.para !== t.para) continue;
      const opensSentence = (nx.word && (nx.cap > 0 || /^[0-9]/.test(nx.raw))) || (!nx.word && OPENERS.has(nx.raw));
      if (!opensSentence) continue;
      innerAt = nx.word ? j : j + 1;
      if (quoted[i] !== 1) boundaryAt = j;
      else if (
        j > i + 1 &&
        tokens[j - 1]!.start === tokens[j - 2]!.end &&
        CLOSERS.has(tokens[j - 1]!.raw) &&
        (!speechSoon(tokens, j) || fragmentEnds(tokens, i, quoted))
      ) {
        // “… review.” The state attorney general's office said …: the quotation ended the sentence
        boundaryAt = j;
      }
    } else if (t.word) {
      // (both tests below want a word of four characters or more with its period second, "U.S.", "a.m.": the patterns
      // are run for nearly no word; a word holds no surrogate)
      if (t.raw.length < 4 || t.raw.charCodeAt(1) !== 46) continue;
      if (/^(?:\p{Lu}\.){2,}$/u.test(t.raw) && opensAfterAbbreviation(tokens, i)) {
        // "… the highest levy in the U.S. Would Lena Marsh say …?", "… in Surrey, B.C. She said …": the dotted
        // abbreviation's period ends the sentence
        innerAt = i + 1;
        if (quoted[i] !== 1) boundaryAt = i + 1;
      } else if (timeEndsSentence(tokens, i)) {
        // "by 2 a.m. “We have …”", "at 11 p.m. Residents said …": the time's period ends the sentence too
        const nx = tokens[i + 1]!;
        innerAt = nx.word ? i + 1 : i + 2;
        if (quoted[i] !== 1) boundaryAt = i + 1;
      }
    } else if (t.raw === '“' || t.raw === '«' || t.raw === '„' || t.raw === ':') {
      // the first word of a quotation (or after a colon) is written capitalised
      innerAt = i + 1;
    }
  }
  return { sent, starts, initial };
}
