/**
 * Quotations to speakers. Walks the article sentence by sentence, resolving the constructions of saying in
 * text order (so that "he" and "the spokesman" mean the speaker met so far), and gives each quotation the
 * construction that fits it best: trailing, leading, "Name: “…”", later in the same sentence, else the
 * previous speaker when the quote continues a run of quotes. Each construction that reports a clause
 * adds reported speech. How sure each choice is: CONFIDENCE.
 */
import type { Quote, QuoteKind, Speaker, Span } from '../types';
import { KIND_NAME, KIND_ROLE, KIND_SURNAME, linkLine, pageNoiseLine } from '../matcher';
import { dashAfterQuote } from '../names';
import { entityKey, keyId, keyType, personKey, sentEnd, sentStart } from '../doc';
import { isTitleQuote, type MarkedQuote, TITLE_WORDS } from '../quotes';
import { withoutInvisible, wordCount, wordsAtLeast } from '../tokenize';
import {
  type Construction,
  nameBeforeColon,
  ownerAfterQuote,
  ownerOfSaidThing,
  makerOfSaidThing,
  wordsOwnerAfter,
  ownSubject,
  frontedComparisonAt,
  turnTaker,
  relativeNamerSubject,
  restrictiveRelative,
  PUT_OUT,
  SIGN_NOUNS,
  type Subject,
} from '../attribution';
import type { Doc } from '../doc';
import { ANY_STAFF_HEADS, COLLECTIVE_HEADS, final, paragraphStarts, pluralHead, type Ref, type Resolved, SpeakerResolver } from './resolve';
import { CITING, ClauseFinder, shortPresentInS } from './clauses';
import {
  ASKING_VERBS,
  AUXILIARIES,
  BELIEF_VERBS,
  CLAUSE_BAD_START,
  DESCRIBING_VERBS,
  DEMONSTRATIVE_TIMES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  LINK_LABELS,
  NAMING_NOUNS,
  NAMING_VERBS,
  OBJECT_HER_NEXT,
  PERSON_OBJECT_VERBS,
  PP_PREPS,
  PRONOUNS,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  SUBORDINATORS,
  TELLING_VERBS,
  TIME_PREPS,
  TIME_WORDS,
  TITLES,
  AS_NAMING,
} from '../lexicon';

/** Nouns that name quoted words as a term in apposition after them: '“bed blockers,” a term advocates say is cruel'. */
const TERM_NOUNS = /^(term|phrase|word|label|nickname|expression|slogan|moniker|euphemism)$/;

/** Plural spans of time, which with a count and "later" or "ago" make a time phrase: "said two days later". */
const TIME_SPANS = /^(minutes|hours|days|weeks|months|years|decades)$/;

/**
 * The wording of a source kept anonymous: "on condition of anonymity", "spoke anonymously", "not authorized to speak",
 * "briefed on the talks", "familiar with the plan", "declined to be named", "asked not to be identified".
 */
const ANONYMOUS_SOURCE =
  /\b(?:anonymity|anonymously|not (?:authori[sz]ed|allowed|permitted|cleared) to (?:speak|talk|comment|discuss)|briefed on|familiar with|(?:declined|refused) to be (?:named|identified)|(?:asked|requested) not to be (?:named|identified))\b/i;

/** Words that close a clause before a frame inside it (see openingSpeaker). */
const INNER_FRAME_BREAK = /^(and|but|or|while|as|when|because|after|before|since|although|though|whereas|if|until|so)$/;

/** Verbs that name their object by a phrase without "as": "calling the cut “…”". */
const CALLING = /^(call|calls|called|calling|dubbed|dubbing|labelled|labeled|labelling|labeling|branded|branding|termed|terming)$/;

/** A number of people written as a word or in digits: "the two", "the three of them". */
const NUMBER_WORD = /^([0-9]+|two|three|four|five|six|seven|eight|nine|ten|both|others)$/;

/**
 * Is this the sign, banner or placard that "read" the quotation after it ("holding a sign that read “…”")? It speaks no
 * later quotation. (One after its words keeps it: '“Hi Americans!” a message on the website reads. “If …”' goes on.)
 */
function signReading(ref: Ref | null, mention: Span | null, q: { start: number }): boolean {
  return !!ref && !ref.key && !!ref.desc && SIGN_NOUNS.test(ref.desc.head) && !!mention && mention.end <= q.start;
}

/** Kinds of work whose title may follow in quotation marks: "her memoir, “Tough Choices”". */
const WORK_NOUNS = new Set(
  'book books memoir memoirs autobiography novel novels film films movie movies show shows program programme series album song songs column op-ed editorial poem play documentary biography essay podcast anthem hymn ballad opera musical sitcom ad ads advert advertisement commercial painting exhibition newsletter blog commentary'.split(
    ' ',
  ),
);

/**
 * The title of a work as it may follow its owner or its kind ("NBC's “Today”", "the author of “The Trumps: Three
 * Generations That Built an Empire,”", "the movie “Sharknado 3: Oh Hell No!”"): one capitalised word or more, the
 * small words of titles between them, a colon, a comma or an ampersand allowed (“A Choice, Not an Echo”), twelve words at most.
 */
const WORK_TITLE =
  /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*[:,]?(?:\s+(?:&|a|an|the|of|in|on|and|with|to|for|at|by|from|or|[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*[:,]?)){0,11}[.,!?]?$/u;

/** Nouns for a name that may follow in quotation marks, a name and never words said: "under the pseudonym “…”". */
const NAME_NOUNS = /^(nicknames?|names?|pseudonyms?|alias|aliases|monikers?|handle|username|title)$/;

/** Nouns of something said, that may head a noun phrase a label in quotation marks modifies: 'his “…” remark'. */
const SPEECH_NOUNS = /^(remark|comment|statement|claim|speech|pledge|promise|quip|vow|warning|tweet|post|boast|joke|gaffe)$/;

/** Nouns of words said or held, that a relative clause after a quotation may describe: '“…,” a claim Reyes denied'. */
const SAID_THING =
  /^(claims?|comments?|remarks?|sentiments?|views?|lines?|statements?|messages?|charges?|accusations?|assertions?|arguments?|descriptions?|refrains?|warnings?|promises?|phrases?|words|slogans?|labels?|characteri[sz]ations?|criticisms?|complaints?|allegations?|suggestions?|notions?|posts?|tweets?|boasts?|jokes?|threats?|insults?|pleas?|theor(y|ies)|assessments?|predictions?|quips?|vows?|pledges?)$/;

/** Texts of rules and record whose wording a story quotes: "the rules", "the agreement", "the divorce filings". */
const TEXT_NOUNS =
  /^(rules?|regulations?|law|laws|act|bill|contracts?|agreements?|polic(y|ies)|guidelines?|orders?|ruling|judgment|clauses?|code|constitution|statute|treaty|lawsuit|suit|complaint|indictment|warrant|affidavit|settlement|licen[cs]e|permit|terms|charter|amendment|legislation|filings|manual|handbook|platform|resolution|motion|ndas?)$/;

/**
 * Things written, filed or recorded that speak for themselves, beside DOCUMENT_NOUNS, TEXT_NOUNS and WORK_NOUNS: "a
 * tweet", "the verdict", "a post on its website".
 */
const WRITTEN_HEADS =
  /^(tweets?|posts?|verdicts?|decisions?|bulletins?|advisor(y|ies)|websites?|manifestos?|proposals?|forecasts?|articles?|stor(y|ies)|videos?|recordings?|obituar(y|ies)|submissions?|petitions?|e-mails?|texts?)$/;

/** Is a description's head a thing written, filed or recorded, which no one named later is ("A lawsuit says …")? */
function writtenHead(head: string): boolean {
  return DOCUMENT_NOUNS.has(head) || TEXT_NOUNS.test(head) || WORK_NOUNS.has(head) || WRITTEN_HEADS.test(head);
}

/**
 * How sure the engine is of a quotation's speaker, by how it found the speaker. A quotation takes the value
 * of the first rule that finds one, in the order below; pronoun and description subjects then scale it.
 * Each value is the share of right speakers that route had on PolNeAR's train split (tools/eval-attribution.mjs,
 * docs/attribution-eval.md; n = matched quotations judged), so that a higher value means a likelier speaker.
 */
export const CONFIDENCE = {
  /** a construction right after the closing mark: "“…,” Peskov said." (train 97.1 %, n 1432) */
  trailing: 0.97,
  /** a construction ending at most three words before the opening mark: "Peskov said: “…”" (95.8 %, n 424) */
  leadingNear: 0.96,
  /** a construction earlier in the sentence, more than three words before the opening mark (93.8 %, n 340) */
  leadingFar: 0.94,
  /** a person's name and a colon before the opening mark: "Boris Johnson: “…”" (83.3 %, n 18) */
  nameColon: 0.83,
  /** no construction, the paragraph after names the quotation's owner: "“…” / Those were the words of Colin Farrow" (set by hand, below signed) */
  wordsOf: 0.9,
  /** a person's name after a dash right after the closing mark: "“…” ― Sonya Herridge" (train 6 of 6, dev 23 of 23) */
  signed: 0.95,
  /** a construction later in the sentence, not right after the closing mark (names 93.9 %, n 33; pronouns 64 %, n 14) */
  laterInSentence: 0.9,
  /**
   * no construction, the quotation continues a speaker met before: the person its own sentence opens with instead
   * ("Moore thanked him for “…”") (78.7 %, n 47)
   */
  sentenceOpener: 0.79,
  /**
   * as sentenceOpener, for a quotation with no speaker met in its paragraph or the one before (train: 29 of 36 read
   * right; the others words of a sign, an ad or an editorial its sentence names after the person)
   */
  farOpener: 0.7,
  /** no construction: the person an object relative clause names as calling something the quoted words ("a turnout that the mayor, Gideon Trask, called “…”") */
  relativeNamer: 0.79,
  /** no construction: the speaker of the previous quotation of the same paragraph (84.8 %, n 981) */
  samePara: 0.85,
  /** no construction, the quote opens its paragraph: the speaker of the previous paragraph's last quotation (70.6 %, n 51) */
  nextPara: 0.71,
  /** no construction, the quote opens its paragraph after one ending in a colon: the last speaker met ("the ministry said:") (60.9 %, n 23) */
  afterColon: 0.61,
  /** as afterColon, when the construction ends right before the colon: "Janet Moyo, 67, said:" (train 7 of 8, dev 3 of 3) */
  frameBeforeColon: 0.9,
  /**
   * no construction, the quote opens its paragraph and the paragraph before ends with a sentence where a speaker says
   * something ("Ek said that …") or that opens with a person ("Ek praised the crews."): that speaker,
   * a guess (train: 6 of 13 right, none of them had a speaker before)
   */
  afterReport: 0.45,
  /**
   * no construction nor anyone met before: the subject of the sentence right after words that end their own sentence,
   * whose verb takes an object of its own ("“It was 2019.” Reyes recalled the night vividly."; see verbTakesObject), a guess
   */
  objectFrame: 0.6,
  /**
   * as afterReport, when that sentence is the frame of a person or an organisation reporting speech ("Price said 40,000
   * people would be under the flight path." then "“People bought houses here …”" as the next paragraph): train 3 of 3
   * right, and 14 of 14 in twelve invented interview-style stories; a guess still, as sure as nextPara
   */
  afterFrame: 0.71,
  /** no construction, the quote does not open its paragraph: the last speaker met, at most one paragraph back (35.4 %, n 226) */
  unattributedInside: 0.35,
  /**
   * as unattributedInside, when the last speaker's frame is in the sentence just before, in the same paragraph ("Kenney
   * said he would not apologize. “I'm not going to …”"), a whole sentence of direct speech opening its own sentence:
   * train 8 of 8 right, dev 1 of 1 (with fragments and words after another subject, 16 of 19 and 2 of 4)
   */
  afterOwnReport: 0.7,
  /**
   * no construction, the quotation opens its sentence right after one ending with another person taking their turn: "Her
   * husband cut in. “…”" (set by hand, below samePara)
   */
  afterTurn: 0.75,
  /**
   * at most this for a lede's unnamed official or source bound to the person named next, who is known by another role
   * ("…, a senior official said. / Trade Minister Lena Aalto said …"): a guess (set by hand, below 0.75)
   */
  ledeOtherRole: 0.6,
  /** at most this when a continued speaker is older than a person introduced since as a sentence's subject (train: 0 of 2 right) */
  afterNewcomer: 0.3,
  /**
   * factor for a speaker found through a pronoun ("he said"). The eval's first test (the mention "he" overlaps the
   * Source "he") counted every such speaker right, 97 %; its strict test, the name the pronoun was resolved to against
   * the nearest earlier Source that is a name, has 73.7 % (direct, n 547), 70.5 % (reported, n 611) on train, and
   * about half of its misses read right by hand (two samples of 21 and 51), so about 85 %: 0.97 × 0.88 ≈ 0.85
   * (the issue's held-out news had pronoun speakers right 77 % of the time)
   */
  byPronoun: 0.88,
  /**
   * factor, instead of byPronoun, for a "they" or "it" resolved to a group or organisation met more than three
   * paragraphs before, nothing nearer fitting (train: about 9 of 21 read right)
   */
  farGroup: 0.5,
  /**
   * factor, with byPronoun or reportedPronoun, for a "he" or "she" taken for an older speaker, passing over the last one
   * met (of the other gender, or no person: "the statement said"), no one named since fitting: about half read right on
   * PolNeAR train (n 67: strict 30, by the eval's first test 59), so below what the reading records (0.6)
   */
  passedOver: 0.65,
  /**
   * factor, with byPronoun or reportedPronoun, for a "he" or "she" taken for a person named only inside the words its
   * frame trails ("Because Ms. Holm said the plant was safe, we left, she said."), no one before fitting: those words'
   * own subject as often as the speaker, so shown as uncertain (below 0.5)
   */
  insideWords: 0.5,
  /**
   * a report whose named speaker is of the other gender than the "he" or "she" of a frame trailing it ("Hale said the
   * park must be saved, she said." after "Mr. Hale"): the words are someone else's account, the name's a guess (set by
   * hand, below 0.75)
   */
  pronounFrameClash: 0.6,
  /** factor for a speaker found through a description ("the spokesman said"): 91.1 % against 97.1 % trailing, 89.3 against 95.8 leading */
  byDescription: 0.94,
  /**
   * factor, instead of byDescription, for a description no one was given that is taken for the person a sentence just
   * before opened with ("the 31-year-old said" after "Goalkeeper Rhys Okonjo made eleven saves."): about 3 in 4 read
   * right on PolNeAR train (n 15), so shown as uncertain
   */
  guessedDescription: 0.72,
  /**
   * factor, with byPronoun or reportedPronoun, for a "he" or "she" after "and", "but" or a semicolon taken for a person
   * of its sentence while another named there fits as well ("Ostberg thanked Marsh but she refused"): a guess between
   * them, shown as one (set by hand: 0.85 × 0.75 ≈ 0.64); also for a participle's speaker while a clause between it and
   * the participle has a person of its own for subject ("Reyes walks in as a police officer crosses the stage, saying …":
   * 0.96 × 0.75 ≈ 0.72, see Resolved.nearer)
   */
  rivalInSentence: 0.75,
  /**
   * factor, instead of rivalInSentence, for a "he" or "she" taken for one of two people joined by "and" just before, the
   * other of its gender too ("Carl Ostrowski and Paul Dunn met on Monday. “…,” he said."): nothing in the grammar
   * chooses, the first named is no likelier, so shown as a coin toss, below 0.5 (0.85 × 0.55 ≈ 0.47; set by hand)
   */
  pairInSentence: 0.55,
  /**
   * factor for a surname alone that two people the article names in full share ("Dizon said" of a mother and daughter):
   * a guess between them, shown as one
   */
  sharedSurname: 0.5,
  /**
   * no construction, a pull quote: the speaker of the earlier quotation whose words it repeats, no surer than that one
   * (no PolNeAR article repeats a quotation so; as samePara)
   */
  echo: 0.85,
  /**
   * factor for a participle's speaker met in an earlier sentence of its paragraph, its own sentence opening with a clause
   * whose subject was not found (see earlierSpeaker): that subject, not the last speaker, owns the participle as a rule
   * (train: 0 of 1 right, "Clinton supporters point out. Republican politicians and their allies … speak in one voice,
   * arguing …"), so shown as a guess (set by hand, below 0.5)
   */
  earlierSentence: 0.47,
  /** a quotation kept without a speaker */
  noSpeaker: 0.1,
  /** reported speech of a named speaker or a role ("Peskov said that …") (96.2 %, n 1048) */
  reportedNamed: 0.96,
  /** reported speech of a speaker found through a description (94.9 %, n 489) */
  reportedDescribed: 0.95,
  /** reported speech of a speaker found through a pronoun (strict 70.5 %, n 611; about 85 % by hand, as byPronoun) */
  reportedPronoun: 0.85,
} as const;

/** The quotations and reported speech of the article, each with its speaker, in text order. */
export function assignSpeakers(doc: Doc, constructions: ReadonlyArray<Construction>, top: ReadonlyArray<MarkedQuote>): Quote[] {
  return new Assigner(doc, constructions).run(top);
}

/** A letter or a digit, one code point. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The letters and digits of a text in lower case, each run of other characters between two of them made `sep` (none
 * before the first nor after the last): what `.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, sep).trim()` gives, read
 * character by character, as that Unicode class runs several times slower in a regex over a whole quotation.
 */
function lowerWords(text: string, sep: string): string {
  const s = text.toLowerCase();
  let out = '';
  /** the start of the run of letters and digits being read */
  let from = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    let n = 1;
    let keep: boolean;
    // (ASCII in lower case: a letter or a digit; else one code point, a surrogate pair whole, put to the class)
    if (c < 128) keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) n = 2;
      }
      keep = LETTER_OR_DIGIT.test(s.slice(i, i + n));
    }
    if (!keep) {
      if (from < i) out = out === '' ? s.slice(from, i) : out + sep + s.slice(from, i);
      from = i + n;
    }
    i += n;
  }
  if (from < s.length) out = out === '' ? s.slice(from) : out + sep + s.slice(from);
  return out;
}

/**
 * Where a word that is "asked" in lower case may be written: its letters in either case (the Kelvin sign for a "k"), the
 * invisible characters a token's lower case leaves out between them (tokenize's INVISIBLE).
 */
const ASKED_IN_TEXT =
  /a[\u00ad\u200b-\u200d\u2060\ufeff]*s[\u00ad\u200b-\u200d\u2060\ufeff]*[k\u212a][\u00ad\u200b-\u200d\u2060\ufeff]*e[\u00ad\u200b-\u200d\u2060\ufeff]*d/gi;

/** The words of a quotation compared for repetition: letters and digits only, in lower case. */
function bareWords(text: string): string {
  return lowerWords(text, '');
}

/**
 * Whether `text` holds `word` (lower case) as a whole word that opens with a capital, as a name is written: "Okonjo" in
 * "Emeka Okonjo and his sons" (not "long" in "for a long time", for the surname Long).
 */
function namesWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const letter = (i: number): boolean => i >= 0 && i < lower.length && /\p{L}/u.test(lower[i]!);
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1))
    if (!letter(i - 1) && !letter(i + word.length) && text[i] !== lower[i]) return true;
  return false;
}

/**
 * A quotation with no frame of its own that repeats words another quotation gives to a speaker (a pull quote, a caption,
 * a recap: "“This bakery is my whole life.”" as a paragraph of its own, after "“This bakery is my whole life,” Benitez
 * said.") is that speaker's, as sure as the other; it does not go to whoever spoke last.
 */
function repeatedWords(out: Array<Quote & { _ref: Ref | null; _via: string }>): void {
  if (!out.some((q) => q._via === 'continuation' || !q._ref)) return;
  const bare: string[] = [];
  const bareOf = (k: number): string => (bare[k] ??= bareWords(out[k]!.text));
  out.forEach((q, i) => {
    if (q._via !== 'continuation' && q._ref) return;
    if (bareOf(i).length < 20) return;
    const twin = out.findIndex((o, k) => k !== i && o._ref && o._via !== 'continuation' && bareOf(k).includes(bareOf(i)));
    if (twin < 0) return;
    q._ref = out[twin]!._ref;
    q._via = out[twin]!._via;
    q.confidence = out[twin]!.confidence;
    q.speaker = { ...q.speaker, mention: null };
  });
}

/**
 * A quotation of the headline whose words a quotation of the body gives to the same speaker by a surer rule is as sure as
 * that one: "Ruiz: ‘We Will Win.’" (a name and a colon, 0.83) over "“We will win,” Senator Ana Ruiz said." (0.97).
 */
function headlineRepeated(out: Array<Quote & { _ref: Ref | null; _via: string }>): void {
  // (the body's quotations with a speaker, each read once; none when the headline quotes nothing)
  if (!out.some((q) => q.paragraph === 0 && q._ref)) return;
  const body = out.filter((o) => o.paragraph > 0 && o._ref).map((o) => ({ o, id: keyIdOf(o._ref!), words: bareWords(o.text) }));
  if (!body.length) return;
  for (const q of out) {
    if (q.paragraph !== 0 || !q._ref) continue;
    const id = keyIdOf(q._ref);
    const words = bareWords(q.text);
    if (!id || words.length < 20) continue;
    for (const b of body) if (b.id === id && b.o.confidence > q.confidence && b.words.includes(words)) q.confidence = b.o.confidence;
  }
}

/** The id of the speaker a reference ends at, or null for a description. */
function keyIdOf(r: Ref): string | null {
  const k = final(r).key;
  return k ? keyId(k) : null;
}

/**
 * The confidence of a speaker reached through a "he" or "she" that opens a sentence (see pronounOpener): the rule's own
 * confidence, lowered as for any pronoun, and again when the pronoun passed over the last speaker.
 */
function throughPronoun(base: number, r: PronounGuess): number {
  return base * CONFIDENCE.byPronoun * pronounGuess(r);
}

/**
 * The factor for a "he" or "she" that is a guess: passing over the last speaker, a person inside the words it frames, a
 * person of its sentence while another named there fits as well (a rival), or one who just told an unnamed "her" or
 * "him" of its gender (the listener may be the one speaking), lower for one of two people joined by "and" (a pair).
 */
function pronounGuess(r: PronounGuess): number {
  return (
    (r.passedOver ? CONFIDENCE.passedOver : 1) *
    (r.insideWords ? CONFIDENCE.insideWords : 1) *
    (r.pair ? CONFIDENCE.pairInSentence : r.rival || r.listener ? CONFIDENCE.rivalInSentence : 1)
  );
}

/** The marks of a "he" or "she" that is a guess (see Resolved). */
interface PronounGuess {
  passedOver?: boolean;
  insideWords?: boolean;
  rival?: boolean;
  listener?: boolean;
  pair?: boolean;
}

/** What attributeQuotation has read about a quotation that continuationSpeaker weighs. */
interface QuotationSigns {
  /** a fragment its sentence's subject names something by ("calling the cut “…”", "dismissed the account as “…”") */
  readonly named: 'as' | 'call' | null;
  /** … after "as", of two or three words */
  readonly shortNamed: boolean;
  /** a caption's or a title's words */
  readonly captioned: boolean;
  /** the gender of an unresolved "he" or "she" that frames it */
  readonly want: 'male' | 'female' | null;
  /** an unresolved "it" frames it */
  readonly neuter: boolean;
  /** an unresolved "they" frames it */
  readonly plural: boolean;
  /** that "they"'s verb takes an object ("They told him: “…”") */
  readonly theyObject: boolean;
}

/** What run() carries from one sentence to the next, for the steps it hands each sentence's frames and quotations to. */
interface RunState {
  /** the quotations and reported speech found so far, each with its speaker's ref and how it was found */
  readonly out: Array<Quote & { _ref: Ref | null; _via: string }>;
  /** quotations a sign "read" (signReading): no speaker of the ones after them */
  readonly signsRead: Set<Quote & { _ref: Ref | null; _via: string }>;
  /** the top-level quotations (not in headings), by the sentence they open in */
  readonly quotesBySent: ReadonlyMap<number, MarkedQuote[]>;
  /** the article's quotations are in double marks (its subheads in single ones) */
  readonly doubleMarks: boolean;
  /** constructions a quotation took as its trailing attribution, with that quotation's opening offset */
  readonly usedTrailing: Map<Construction, number>;
  /** the speaker of the last quotation of each paragraph */
  readonly lastQuoteRefByPara: Map<number, Ref>;
  /** the confidence of that quotation's speaker */
  readonly lastQuoteConfByPara: Map<number, number>;
}

class Assigner {
  private readonly speakers: SpeakerResolver;
  private readonly clauses: ClauseFinder;
  private readonly bySentence = new Map<number, Construction[]>();
  /** first token index of each paragraph */
  private readonly paraFirst: number[] = [];
  /** spacedWords' results, by text */
  private readonly spaced = new Map<string, string>();
  /**
   * the names a comparison the sentence of a lede's unnamed speaker opens with compares it with (its noun phrase's heads,
   * see frontedComparisonAt): "Like Ruiz, the mayor said …" (not "Hale" in "Unlike Hale's predecessor, the mayor …")
   */
  private readonly comparedWith = new Map<Ref, string[]>();

  constructor(
    private readonly doc: Doc,
    constructions: ReadonlyArray<Construction>,
  ) {
    const { tokens } = doc;
    // (a token in the paragraph of the one before it is never a paragraph's first)
    const starts = paragraphStarts(doc);
    for (let k = 0; k + 1 < starts.length; k++) {
      const p = tokens[starts[k]!]!.para;
      if (this.paraFirst[p] === undefined) this.paraFirst[p] = starts[k]!;
    }
    for (const c of constructions) {
      const list = this.bySentence.get(c.sent);
      if (list) list.push(c);
      else this.bySentence.set(c.sent, [c]);
    }
    this.speakers = new SpeakerResolver(doc, constructions, starts);
    this.clauses = new ClauseFinder(doc, this.bySentence);
  }

  /**
   * A frame resolved in its turn, with the sentence's speaker so far (or the opening subject of a participle), and the
   * frame that stands: when a frame's "he" or "she" stands for no one, the "according to" that opened its sentence and
   * was dropped for it (Construction.cited) in its place, resolved the same way: "According to the charity, 2,000
   * families are homeless, she added." with no woman before is the charity's, not lost.
   */
  private resolveOrCited(c: Construction, context: Resolved | null): [Construction, Resolved | null] {
    const r = this.speakers.resolve(c, context);
    return r === null && c.cited && !c.continuing ? [c.cited, this.speakers.resolve(c.cited, context)] : [c, r];
  }

  private tokenAt(offset: number): number {
    const { tokens } = this.doc;
    let lo = 0;
    let hi = tokens.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  /**
   * The paragraph of the token that opens at offset `start`: a reported clause may open in the paragraph before its
   * frame's ("… bringing its total to $6 million. ¶ That's according to the filings."); `para` when no token opens there.
   */
  private paraOpeningAt(start: number, para: number): number {
    const t = this.doc.tokens[this.tokenAt(start)];
    return t?.start === start ? t.para : para;
  }

  run(top: ReadonlyArray<MarkedQuote>): Quote[] {
    const { doc } = this;
    const { tokens, sents } = doc;
    const out: Array<Quote & { _ref: Ref | null; _via: string }> = [];
    // quotations a sign "read" (signReading): no speaker of the ones after them
    const signsRead = new Set<(typeof out)[number]>();
    const quotesBySent = new Map<number, MarkedQuote[]>();
    for (const q of top) {
      if (doc.headings.has(q.para)) continue;
      const s = sents.sent[this.tokenAt(q.open)]!;
      const list = quotesBySent.get(s);
      if (list) list.push(q);
      else quotesBySent.set(s, [q]);
    }
    // an article whose quotations are in double marks prints its subheads in single ones
    const doubleMarks = top.some((q) => !this.singleMarked(q));
    let firstBody = 0;
    if (tokens.length) {
      const paras = tokens[tokens.length - 1]!.para + 1;
      while (firstBody < paras && doc.headings.has(firstBody)) firstBody++;
      if (firstBody === paras) firstBody = 0;
    }
    const ledeDescs: Ref[] = [];
    /** "their union" in the lede: "… walked off the job, their union said. / The Public Service Alliance of Canada said …" */
    const ledeUnions: Ref[] = [];
    /** constructions a quotation took as its trailing attribution, with that quotation's opening offset */
    const usedTrailing = new Map<Construction, number>();
    let lastPara = -1;
    /** the paragraph after which an unnamed lede speaker is bound: the next, or the one after when the next names no one */
    let ledePara = firstBody + 1;
    let lastQuoteRefByPara = new Map<number, Ref>();
    /** the confidence of that quotation's speaker */
    let lastQuoteConfByPara = new Map<number, number>();

    const st: RunState = { out, signsRead, quotesBySent, doubleMarks, usedTrailing, lastQuoteRefByPara, lastQuoteConfByPara };
    for (let si = 0; si < sents.starts.length; si++) {
      const startTok = sents.starts[si]!;
      const para = tokens[startTok]!.para;
      if (para !== lastPara) {
        // after the paragraph following the lede: an unnamed lede speaker is the first person named next (or in the
        // paragraph after, when the next names no one: "A paramedic … testified … / The inquest is expected … / Jasmine
        // Kirkwood, an advanced care paramedic, told the jury …")
        if (lastPara === firstBody + 1 && ledeUnions.length) {
          const union = this.speakers.unionNamedBefore(startTok, para);
          for (const d of ledeUnions) if (union && !d.bound && d !== union) d.bound = union;
          ledeUnions.length = 0;
        }
        if (lastPara === ledePara && ledeDescs.length) {
          // (nor has anyone named speak there: "A spokesperson said … / Tarrow Lines said in a statement …")
          const named = out.some((o) => o.paragraph === ledePara && o._ref && final(o._ref).key);
          if (ledePara === firstBody + 1 && !named && !this.speakers.namesPersonIn(ledePara)) ledePara++;
          else this.bindLede(ledeDescs, out, ledePara, ledePara > firstBody + 1);
        }
        lastPara = para;
      }
      const cons = this.bySentence.get(si);
      const quotesHere = quotesBySent.get(si);
      // (a sentence with no frame and no quotation adds nothing: most of them)
      if (cons === undefined && quotesHere === undefined) continue;
      const resolvedHere = this.sentenceFrames(cons ?? [], startTok, para, firstBody, ledeDescs, ledeUnions);
      // a verb of citing frames no quotation: what is cited is someone else's words ("The “wise Latina” phrase Grassley cited")
      const framing = resolvedHere.filter(({ c }) => !CITING.test(c.verb));
      // quotations opening in this sentence
      for (const q of quotesHere ?? []) this.attributeQuotation(q, si, resolvedHere, framing, st);
      // reported speech
      this.reportSpeech(resolvedHere, para, st);
    }
    if (lastPara === ledePara && ledeDescs.length) this.bindLede(ledeDescs, out, ledePara, ledePara > firstBody + 1);
    if (lastPara === firstBody + 1 && ledeUnions.length) {
      const union = this.speakers.unionNamedBefore(tokens.length, lastPara);
      for (const d of ledeUnions) if (union && !d.bound && d !== union) d.bound = union;
    }
    this.unaskedQuestions(out);
    lastQuoteConfByPara = new Map();
    lastQuoteRefByPara = new Map();

    out.sort((a, b) => a.start - b.start);
    // a quoted fragment inside reported speech is part of it, not a quotation of its own (out is sorted by start,
    // so the reported clause that holds a fragment is the last one opened before it)
    let holder: (typeof out)[number] | null = null;
    for (let k = 0; k < out.length; k++) {
      const q = out[k]!;
      if (q.kind === 'indirect') {
        if (!holder || q.end > holder.end) holder = q;
      } else if (
        holder &&
        holder.start <= q.start &&
        q.end <= holder.end &&
        (q.kind === 'partial' || holder.start < q.start - 1 || holder.end > q.end + 1)
      ) {
        out.splice(k--, 1);
      }
    }
    repeatedWords(out);
    headlineRepeated(out);
    return out.map(({ _ref, _via, ...q }) => ({ ...q, speaker: this.speakerOf(_ref, q.speaker.mention) }));
  }

  /**
   * The frames of one sentence with the speaker each resolves to, in order: a participle's speaker the sentence's opening
   * subject's; an unnamed speaker of the lede (`firstBody`) kept in `ledeDescs` or `ledeUnions`, bound later by run().
   */
  private sentenceFrames(
    cons: ReadonlyArray<Construction>,
    startTok: number,
    para: number,
    firstBody: number,
    ledeDescs: Ref[],
    ledeUnions: Ref[],
  ): Array<{ c: Construction; r: Resolved }> {
    const { tokens } = this.doc;
    let sentenceSpeaker: Resolved | null = null;
    let sentenceFrame: Construction | null = null;
    const resolvedHere: Array<{ c: Construction; r: Resolved }> = [];
    for (const frame of cons ?? []) {
      // (a participle continues the sentence's opening subject, not a frame standing inside that subject's own clause:
      // "She rejected the argument that the addiction explained the crime, noting …" is hers)
      let opening =
        frame.continuing && sentenceFrame !== null ? this.openingSpeaker(frame, sentenceFrame, startTok, resolvedHere) : undefined;
      // (a document's participle with no comma before it is its sender's, when the sender stands inside the clause the
      // sentence's frame reports: "The ministry said Kestrel was freed after she signed a statement acknowledging she had
      // broken the law" is Kestrel's acknowledgement, not the ministry's)
      if (opening === undefined && frame.continuing && sentenceFrame && this.senderInsideReport(frame, sentenceFrame)) opening = null;
      const [c, r] = this.resolveOrCited(frame, opening === undefined ? sentenceSpeaker : opening);
      if (r) {
        resolvedHere.push({ c, r });
        // (not the antecedent of a restrictive "who": "Lund rebuked critics who say …, saying …" is Lund's participle)
        if (!c.continuing && !restrictiveRelative(this.doc, c)) {
          sentenceSpeaker = r;
          sentenceFrame = c;
        }
        // (a person unnamed, not a document: "…, according to documents tabled in the House" is no one named next)
        // (or a definite one, "The province's top doctor urged …", bound only to one known by its head: see bindLede)
        if (para === firstBody && r.ref.desc && !r.ref.desc.group && !DOCUMENT_NOUNS.has(r.ref.desc.head)) {
          ledeDescs.push(r.ref);
          const compared = frontedComparisonAt(tokens, startTok, c.verbFirst);
          if (compared && compared.comma > startTok)
            this.comparedWith.set(
              r.ref,
              compared.heads.map(([a, b]) => this.doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end)),
            );
        }
        // (and a union unnamed, bound below to the one union named by the end of the next paragraph)
        if (para === firstBody && !r.ref.key && r.ref.desc && /^(the|their)\s+union$/i.test(r.ref.desc.text)) ledeUnions.push(r.ref);
      }
    }
    return resolvedHere;
  }

  /**
   * A quotation opening in sentence si: its speaker (a frame of the sentence, a name or owner beside it, the last speaker
   * met), the quotation added to `st.out`; or none, left out (a title, a label, a scare quote). `resolvedHere`: the
   * sentence's frames and their speakers; `framing`: those that frame quotations (no verb of citing).
   */
  private attributeQuotation(
    q: MarkedQuote,
    si: number,
    resolvedHere: ReadonlyArray<{ c: Construction; r: Resolved }>,
    framing: Array<{ c: Construction; r: Resolved }>,
    st: RunState,
  ): void {
    const { doc } = this;
    const { tokens, sents } = doc;
    const { out, signsRead, quotesBySent, doubleMarks, usedTrailing, lastQuoteRefByPara, lastQuoteConfByPara } = st;
    // (whether the words are a title, asked by several rules below: each found once, when first asked)
    let titleQuote: boolean | undefined;
    let titleWords: boolean | undefined;
    const isTitle = (): boolean => (titleQuote ??= isTitleQuote(q, doc.text));
    const titleCased = (): boolean => (titleWords ??= TITLE_WORDS.test(q.text.trim()));
    // a name in quotation marks inside a sentence of reported speech belongs to that speech
    if (
      isTitle() &&
      resolvedHere.some(({ c }) => {
        const span = this.clauses.clause(c);
        return span !== null && span[0] <= q.start && q.end <= span[1];
      })
    )
      return;
    const openTok = this.doubledMark(this.tokenAt(q.open), -1);
    if (this.afterLabel(openTok)) return;
    if (this.nameOfSpeaker(q, resolvedHere)) return;
    // words a document is quoted as finding are the document's, no speaker's of the sentence: 'after a report found
    // “advanced corrosion,” officials said'
    if (q.kind === 'partial' && this.clauses.documentQuoting(openTok) >= 0) return;
    // a label in quotation marks, not words said: "“Related:”", "“Read more:”"
    // (the colon looked for first: few quotations end in one)
    if (q.text.trim().endsWith(':') && /^[\p{L}'’-]+(?:\s[\p{L}'’-]+)?:$/u.test(q.text.trim())) return;
    const closeTok = q.closed ? this.doubledMark(this.tokenAt(q.close), 1) : this.tokenAt(Math.max(q.end - 1, q.start));
    // a title in quotation marks that a relative clause describes is no one's words: "The album closes with “Dad's
    // Coat,” which Vane calls the hardest song she has written"
    if (q.kind === 'partial' && tokens[closeTok + 1]?.lower === 'which' && /,\s*$/.test(q.text) && titleCased()) return;
    const closeSent = sents.sent[closeTok]!;
    const closeCons =
      closeSent === si
        ? framing
        : (this.bySentence.get(closeSent) ?? [])
            .filter((c) => !CITING.test(c.verb))
            .map((c) => ({ c, r: this.speakers.resolve(c, null) }))
            .filter((x): x is { c: Construction; r: Resolved } => x.r !== null);
    let pick: { r: Resolved; conf: number } | null = null;
    // words named as a term in apposition right after them are no one's words by a frame later in the sentence: '“bed
    // blockers,” a term families say is hurtful' is what the families speak of, not what they said
    // (not the noun of the frame's own subject: '“…,” the label said')
    const term =
      /^(a|an|the)$/.test(tokens[closeTok + 1]?.lower ?? '') &&
      TERM_NOUNS.test(tokens[closeTok + 2]?.lower ?? '') &&
      !SPEECH_VERBS.has(tokens[closeTok + 3]?.lower ?? '');
    // (a frame inside the clause another frame of the sentence reports speaks in that clause, for no words outside it:
    // 'rejected the charges as “fabricated” and said his country would respond' is not "his country"'s)
    const reported = (c: Construction): boolean =>
      closeCons.some((y) => {
        if (y.c === c || y.c.first >= c.first || y.c.inverted) return false;
        const span = this.clauses.clause(y.c);
        return !!span && span[0] <= tokens[c.first]!.start && tokens[c.last]!.end <= span[1];
      });
    /** the construction the quotation takes as its trailing attribution, recorded once the quotation is kept */
    let trailingFrame: Construction | null = null;
    /** a sentence right after the words whose verb takes an object of its own (see verbTakesObject): a last guess only */
    let objectFrame: Resolved | null = null;
    // trailing, right after the closing mark
    for (const { c, r } of closeCons) {
      if (c.first <= closeTok) continue;
      // a participle after the closing mark reports its own clause: "… as “fantastic,” telling reporters that …"
      if (c.continuing && c.first === closeTok + 1) break;
      let words = 0;
      for (let k = closeTok + 1; k < c.first; k++) if (tokens[k]!.word) words++;
      // “… affairs.” He noted that …: a new sentence of reported speech, not the quote's attribution
      const own = c.inverted ? null : this.clauses.clause(c);
      // “… unhinged.” Tom Aas called the statement “…”: a new sentence whose frame has a quotation of its own
      const newSentence =
        /[.!?…]\s*$/.test(q.text) &&
        (own !== null ||
          this.verbTakesObject(c) ||
          (quotesBySent.get(closeSent) ?? []).some((o) => o !== q && this.tokenAt(o.open) > c.last));
      // “glass wall,” and some residents say it will block the view: a clause of its own, joined to the quotation's
      const joined = own !== null && own[0] >= tokens[c.last]!.end && /^(and|but|while|or)$/.test(tokens[closeTok + 1]?.lower ?? '');
      // (a title in quotation marks only right before it: 'cancelled the drama “Saltmarsh” after two seasons, the
      // streamer confirmed' reports the sentence, the title is no one's words)
      const title = q.kind === 'partial' && words > 0 && (isTitle() || titleCased());
      // "When someone in the gallery shouted, “Resign,” Pelletier joked": the words are those of the subordinate clause's
      // frame right before them; the main clause after them has a speaker and words of its own
      const subordinate = !c.inverted && this.subordinateFrameBefore(framing, openTok);
      // 'They chanted “Build it here!” until Mayor Anton Greaves called for order': the words are the object of the verb
      // right before them; a frame in a clause of time or reason that opens right after them is another act
      const objectBefore = !c.inverted && this.clauseOpensAfter(closeTok) && this.objectOfFrame(framing, openTok);
      if (own === null && /[.!?…]\s*$/.test(q.text) && this.verbTakesObject(c)) objectFrame = r;
      if (
        !newSentence &&
        !reported(c) &&
        !objectBefore &&
        !this.frameInClauseAfter(c, closeTok) &&
        !this.frameAfterConjunction(c, closeTok) &&
        !joined &&
        !title &&
        !term &&
        !subordinate &&
        !this.writesThing(c) &&
        !this.relativeOnSaidThing(c, closeTok) &&
        !this.relativeWithOwnClause(c, closeTok, q.kind) &&
        (words <= 3 || (c.subject && c.subject.first > closeTok && words <= 4))
      ) {
        pick = { r, conf: CONFIDENCE.trailing };
        trailingFrame = c;
      }
      break;
    }
    /** whether the words are a fragment that the subject of a relative clause calls something (see below) */
    let namer = false;
    // (that subject, see relativeNamerSubject: null when the clause names no one person, undefined when there is none)
    const namerSubject = q.kind === 'partial' ? relativeNamerSubject(doc, openTok) : undefined;
    const takeNamer = (rs: Subject): boolean => {
      const r = this.speakers.resolveSubject(rs, q.para, si);
      if (!r) return false;
      this.speakers.push(r.ref, q.para, si);
      pick = { r, conf: CONFIDENCE.relativeNamer };
      namer = true;
      return true;
    };
    // leading, before the opening mark
    if (!pick) {
      let best: { c: Construction; r: Resolved } | null = null;
      for (const x of framing) if (x.c.last < openTok && (!best || x.c.last > best.c.last)) best = x;
      // (not past a relative clause after the frame whose subject names the words: 'Delacroix accused the union of
      // “holding the city hostage,” a remark Szabo called “insulting …”' is Szabo's, see relativeNamerSubject)
      if (best && namerSubject && namerSubject.first > best.c.last && takeNamer(namerSubject)) best = null;
      // (a fragment in a clause describing the speaker an inverted frame names, with no verb of saying there, is no
      // one's words: '“…,” said Ruelas, whose new book features “rebellious” students')
      if (best && q.kind === 'partial' && this.clauseAfterInvertedSpeaker(best.c, openTok)) best = null;
      // (not past the subject of another clause whose verb of saying comes after the words: "Berg said the ban was cruel,
      // while Ada Okafor, the former premier, proposed the province “…” and said …" is Okafor's)
      const from = best?.c.last ?? -1;
      const owner = best
        ? closeCons.find((x) => !x.c.inverted && !x.c.continuing && x.c.first > from && x.c.first < openTok && x.c.verbFirst > closeTok)
        : undefined;
      // (nor past the end of the frame's own clause and a ", while" that opens another's: "The critic wrote that the film
      // was “beautifully shot,” while Variety praised its “quiet power.”" is not the critic's)
      const own = !owner && best && !best.c.inverted ? this.clauses.clause(best.c) : null;
      let contrast = false;
      if (best && own && own[1] <= tokens[openTok]!.start)
        for (let k = openTok - 1; k > best.c.last && tokens[k]!.start >= own[1] && !contrast; k--)
          contrast =
            tokens[k]!.word &&
            /^(while|whereas)$/.test(tokens[k]!.lower) &&
            (tokens[k - 1]?.raw === ',' || (/^[”"’]$/.test(tokens[k - 1]?.raw ?? '') && tokens[k - 2]?.raw === ','));
      if (owner) pick = { r: owner.r, conf: CONFIDENCE.laterInSentence };
      else if (best && !contrast) {
        let words = 0;
        for (let k = best.c.last + 1; k < openTok; k++) if (tokens[k]!.word) words++;
        pick = { r: best.r, conf: words <= 3 ? CONFIDENCE.leadingNear : CONFIDENCE.leadingFar };
      }
    }
    // a speaker found outside any construction, read at its own paragraph and sentence, met at the quotation
    const take = (
      found: Subject | null,
      para: number,
      sent: number,
      conf: number,
      fits: (r: Resolved) => boolean = () => true,
    ): { r: Resolved; conf: number } | null => {
      const r = found ? this.speakers.resolveSubject(found, para, sent) : null;
      if (!r || !fits(r)) return null;
      this.speakers.push(r.ref, q.para, si);
      return { r, conf };
    };
    // "Name: “…”"
    pick ??= take(nameBeforeColon(doc, openTok), q.para, si, CONFIDENCE.nameColon);
    // "the premier's closing line, “…,”": the owner of the thing said, the quotation in apposition to it
    pick ??= take(ownerOfSaidThing(doc, openTok), q.para, si, CONFIDENCE.nameColon, (r) => {
      const k = final(r.ref).key;
      return !!k && keyType(doc, k) === 'person';
    });
    // "The answer from the minister was short: “…”": the maker of the thing said, named after "from"
    pick ??= take(makerOfSaidThing(doc, openTok), q.para, si, CONFIDENCE.nameColon);
    // '“We'll see,” was Comeau's only comment.': the owner of the thing said the quotation is
    pick ??= take(ownerAfterQuote(doc, closeTok), q.para, si, CONFIDENCE.nameColon);
    // signed with a dash: "“…” ― Sonya Herridge", "“…”¶- Bernie Sanders."
    if (!pick) {
      const signed = this.signedBy(closeTok);
      if (signed) pick = take(signed, tokens[signed.first]!.para, sents.sent[signed.first]!, CONFIDENCE.signed);
    }
    // a quotation that is its whole paragraph, its owner named by the paragraph after: "“…” / Those were the words of
    // chief executive Colin Farrow", "That was how foreman Tom Okafor put it"
    if (!pick && q.closed && this.opensParagraph(q)) {
      const owner = wordsOwnerAfter(doc, closeTok);
      if (owner) pick = take(owner, tokens[owner.first]!.para, sents.sent[owner.first]!, CONFIDENCE.wordsOf);
    }
    // later in the sentence (not a participle right after the closing mark, which reports a clause of its own)
    if (!pick && !closeCons.some(({ c }) => c.continuing && c.first === closeTok + 1)) {
      // (or the subject of the sentence or of a clause joined to it, whose verb of saying comes after the quotation, for
      // words longer than a label: "The union ad hits Ekdahl for taking “…” and claims that …", "…, while Okafor, the
      // former premier, proposed we “…” and said …")
      // (not a new sentence of reported speech after a fragment that ends its own, which the trailing frame above
      // passes over too: 'a letter that accused the government of “gambling with lives.” The premier said she had not read it')
      // (a fragment only: whole sentences of direct speech before "He said he …" are as often that speaker's)
      const ended = q.kind === 'partial' && /[.!?…]\s*$/.test(q.text);
      // (nor, after words that end their own sentence, a frame that opens the next quotation: '“We are not
      // criminals.” Mr. Adeyemi said: “The storm …”' is not Adeyemi's, whose frame introduces his own words)
      const introduces = (c: Construction): boolean =>
        /[.!?…]\s*$/.test(q.text) &&
        !c.inverted &&
        /^[,:]$/.test(tokens[c.last + 1]?.raw ?? '') &&
        tokens[c.last + 2]?.para === q.para &&
        (!!doc.quoted[c.last + 2] || !!doc.quoted[c.last + 3]);
      const later = closeCons.find(
        (x) =>
          (x.c.first > closeTok &&
            !(ended && !x.c.inverted && this.clauses.clause(x.c) !== null) &&
            !(/[.!?…]\s*$/.test(q.text) && this.verbTakesObject(x.c)) &&
            !reported(x.c) &&
            !introduces(x.c) &&
            !this.frameInClauseAfter(x.c, closeTok) &&
            !this.frameAfterConjunction(x.c, closeTok)) ||
          (x.c.verbFirst > closeTok &&
            !x.c.inverted &&
            x.c.first >= sents.starts[closeSent]! &&
            x.c.first < openTok &&
            (x.c.first - sents.starts[closeSent]! <= 2 ||
              /^(while|whereas|but|and|although|though)$/.test(tokens[x.c.first - 1]?.lower ?? '')) &&
            wordsAtLeast(q.text, 4)),
      );
      // (not the subject of a clause of its own that a conjunction opens right after the quotation: 'A review called
      // the novel “handsome but inert,” and some readers have complained that …' is not the readers'; '“…,” and
      // donations picked up, Gilbert said' is Gilbert's)
      const conj = /^[,;]$/.test(tokens[closeTok + 1]?.raw ?? '') ? closeTok + 2 : closeTok + 1;
      // (a name after "the" too, its subject the name alone: '… had been “inadequate,” and the CSA said it would …')
      const subjectAt = conj + (tokens[conj + 1]?.lower === 'the' && !doc.quoted[conj + 1] ? 2 : 1);
      const joined =
        !!later?.c.subject &&
        !later.c.inverted &&
        (later.c.subject.first === conj + 1 || later.c.subject.first === subjectAt) &&
        /^(and|but|while|whereas|or)$/.test(tokens[conj]?.lower ?? '');
      if (
        later &&
        !joined &&
        !term &&
        !this.writesThing(later.c) &&
        !this.relativeOnSaidThing(later.c, closeTok) &&
        !this.relativeWithOwnClause(later.c, closeTok, q.kind)
      )
        pick = { r: later.r, conf: CONFIDENCE.laterInSentence };
    }
    // a fragment a relative clause's subject calls something: 'instructions that Ngata, the coach, calls “…”' is Ngata's,
    // not the last speaker's; with no one person named there ("a plan that critics call “…”") it stays no one's
    // (the naming is then that subject's, no label of the writer's: "which the library board called “…”")
    if (!pick && q.kind === 'partial') {
      if (namerSubject === null) return;
      if (namerSubject) takeNamer(namerSubject);
    }
    // a title in quotation marks ("The Great Big Lie", “Rez Infinite”) is no quotation unless a verb of saying is right beside it (trailing or near leading)
    // nor is a name or a word the sentence mentions: 'the so-called “…”', 'dubbed “…”', 'known as “…”', 'the word “…”'
    if (
      q.kind === 'partial' &&
      (!pick || pick.conf < CONFIDENCE.leadingNear) &&
      ((!namer && this.afterNaming(openTok)) || isTitle() || titleCased())
    )
      return;
    // (nor the title of what someone wrote or sang, the object of the verb right before it, the sentence going on after
    // it: 'Jonah Whitcombe wrote “Salt Road” in a motel in Moncton', 'Students have written “Free Palestine” on the walls')
    // (what is sung, set in title case, is a song's or a hymn's title wherever the sentence ends: 'the congregation will
    // sing “Blest Be the Tie That Binds.”')
    const sung = /^(sang|sings|sing|sung|singing)$/.test(tokens[openTok - 1]?.lower ?? '');
    if (
      q.kind === 'partial' &&
      q.closed &&
      /^(wrote|writes|written|penned|pens|composed|composes|recorded|records|sang|sings|sing|sung|singing|performed|performs)$/.test(
        tokens[openTok - 1]?.lower ?? '',
      ) &&
      !doc.quoted[openTok - 1] &&
      (sung || (tokens[closeTok + 1]?.word === true && tokens[closeTok + 1]!.cap === 0 && tokens[closeTok + 1]!.para === q.para)) &&
      (isTitle() || titleCased())
    )
      return;
    // (a name no one gives, whatever frame is near: 'what has become known as the “Buffett rule” after Warren
    // Buffett … complained', 'the so-called “Fair Streets” bylaw, the mayor said')
    if (q.kind === 'partial' && this.impersonalNaming(openTok)) return;
    // the title of a work, even beside a verb of saying: 'said on ABC's “This Week”', 'the author of “Destiny and Power,”'
    // (the tokens before it first: they reject at once, the title regexes read the whole quotation)
    if (q.kind !== 'indirect' && this.namesWork(openTok) && (titleCased() || WORK_TITLE.test(q.text.trim()))) return;
    // the last of titles listed, the others left out as short titles are: 'roles in “The Long Road,” “Apollo 13,” and
    // “Austin Powers: The Spy Who Shagged Me,”'
    if (q.kind === 'partial' && this.afterListedTitle(q, openTok, quotesBySent.get(si) ?? []) && WORK_TITLE.test(q.text.trim())) return;
    // a title with its author after it: '“The Living Room to close in December,” by Times' Ben Sisario'
    if (q.kind !== 'indirect' && q.closed && this.byAuthor(closeTok)) return;
    // a subhead in single marks, a paragraph of its own, in an article that quotes in double marks: "'A fight from start
    // to finish.'" (a phrase of the section, often repeating words quoted in it)
    if (!pick && doubleMarks && this.singleMarked(q) && !wordsAtLeast(q.text, 11) && this.wholeParagraph(q, closeTok)) return;
    // a title that is its sentence's subject: '“Salt and Stone,” which opens on Friday, follows …', '“Harbour Lights”
    // gently mocks the premier'
    if (!pick && q.kind !== 'indirect' && q.closed && this.titleAsSubject(openTok, closeTok, q.text) && WORK_TITLE.test(q.text.trim()))
      return;
    // words in quotation marks that modify a noun are a label, not words said: 'the “Bernie or Bust” crowd', 'her “clawback”
    // plan', 'a federal “supermax” prison'
    if (q.kind === 'partial' && q.closed && this.modifiesNoun(openTok, closeTok, q.text)) return;
    let ref: Ref | null = pick ? pick.r.ref : null;
    let conf = pick ? pick.conf : 0;
    const mention: Span | null = pick ? pick.r.mention : null;
    let via = pick ? pick.r.via : 'none';
    // "“…,” she said." where no "she" could be found: a speaker guessed below must not be a "he"
    const unresolved = pick
      ? undefined
      : (this.bySentence.get(closeSent) ?? []).find(
          (c) => c.subject?.kind === 'pronoun' && c.first > closeTok && c.first - closeTok <= 3 && !closeCons.some((x) => x.c === c),
        );
    const neuter = unresolved?.subject?.pronoun === 'neuter';
    const want = unresolved?.subject?.pronoun === 'male' || unresolved?.subject?.pronoun === 'female' ? unresolved.subject.pronoun : null;
    // "“…,” they chanted." or "They chanted: “…”" where no group could be found: a speaker guessed below must not be
    // one person of a known gender, a "he" or a "she" ("Mayor Tom Ek arrived, greeted by students. “…,” they chanted."
    // is not Ek's; one of no known gender may be a singular "they", and so may one whose given name is of both genders
    // when no "he" or "she" was met for them: see heOrShe)
    // (nor any one person when the "they"'s verb takes a "him", "her" or "them": "Minister Ek visited the camp. They told
    // him: “…”" is not Ek's)
    const theyFrame =
      unresolved?.subject?.pronoun === 'plural'
        ? unresolved
        : !pick
          ? (this.bySentence.get(si) ?? []).find(
              (c) =>
                c.subject?.kind === 'pronoun' &&
                c.subject.pronoun === 'plural' &&
                c.last < openTok &&
                // (its object between, in lower-case words: "They told the workers: “…”")
                (openTok - c.last <= 3 || (openTok - c.last <= 6 && this.lowerWordsThenColon(c.last + 1, openTok))),
            )
          : undefined;
    const plural = !!theyFrame;
    const theyObject = !!theyFrame && this.speakers.objectAfterVerb(theyFrame.first, theyFrame);
    // "“Whose fault is it, then?” I asked.": the writer's own words, no one else's to guess
    // (in its own paragraph: "“…?” / I asked Haas that question." is no frame of the writer's)
    const writer =
      !pick &&
      q.closed &&
      tokens[closeTok + 1]?.para === q.para &&
      /^(i|we)$/.test(tokens[closeTok + 1]?.lower ?? '') &&
      SPEECH_VERBS.has(tokens[closeTok + 2]?.lower ?? '');
    // a frame right after the words whose speaker, a description, was not made out ("“…,” a voice-over in the ad says",
    // "“…,” tweeted a user going by the handle Saltwater"): someone else than the last speaker, kept with no speaker
    const described = !pick && !writer && q.closed && this.unreadFrameAfter(closeTok, q.para);
    // the words of a sign, a banner or a document that "reads" them are no one's to guess: 'A sign on the door read:
    // “Closed until …”', '“Our wharves, our future” read the banner'
    const written = !pick && this.besideReads(openTok, closeTok);
    // a question put to the subject of a passive of asking is the asker's, not the subject's nor the last speaker's:
    // 'In an interview, Ortiz was asked, “What is the worst storm you have seen?”' (kept with no speaker; an asker
    // after "by" is a frame's subject, found above)
    const putTo = !pick && this.askedOfSubject(openTok);
    // a caption's or a title's words are no last speaker's, only those of whom their sentence opens with: "The team's
    // official account posted a video, captioned: “…”"
    const captioned = !pick && !writer && this.afterCaption(openTok);
    // … and one the last speaker is not taken for, its sentence speaking of someone else: kept, with no speaker
    let untied = false;
    // a fragment its sentence's subject names something by: "The academy issued a statement calling the cut “…”",
    // "Beijing dismissed the account as “…”" (that subject's words, even when short, or no one's)
    // (of two or three words only after "as": 'called him “a genius”' is as often a label as words said; train: 0 of
    // 4 such short fragments were annotated)
    const named = !pick && q.kind === 'partial' ? this.namesObject(openTok) : null;
    const shortNamed = named === 'as' && wordsAtLeast(q.text, 2);
    if (!pick && !writer && !written && !described && !putTo) {
      const guess = this.continuationSpeaker(q, si, openTok, closeTok, st, {
        named,
        shortNamed,
        captioned,
        want,
        neuter,
        plural,
        theyObject,
      });
      // (no one before them: the subject of the sentence after, whose verb takes an object, is a guess, "“It was
      // 2019.” Reyes recalled the night vividly.")
      if (guess === null) return;
      ({ ref, conf, untied } =
        !guess.ref && !guess.untied && objectFrame ? { ref: objectFrame.ref, conf: CONFIDENCE.objectFrame, untied } : guess);
      via = 'continuation';
    }
    // a pull quote, a paragraph of its own with no frame repeating words quoted earlier with a speaker ("“This ferry is
    // our lifeline.”" set apart after Mayor Kettleby said it), is that speaker's, whoever was met last
    const echoed = !pick && !writer && !written && !described && !putTo && q.kind === 'direct' ? this.echoOf(q, closeTok, out) : undefined;
    if (echoed) {
      ref = echoed._ref;
      conf = Math.min(echoed.confidence, CONFIDENCE.echo);
      via = 'continuation';
    }
    // an unattributed fragment is a scare quote or a title, not a quotation; but one a verb of saying frames is a
    // quotation even when its "he" or "she" names no one found ("“It is a disgrace,” he said.")
    if (!ref && !untied && !((want || neuter || plural || writer || described) && q.kind === 'direct') && !this.keptUnattributed(q)) return;
    // (nor is a title set off by commas in mid-sentence, its words capitalised, the sentence going on after it with no
    // frame: 'The collection that broke that silence, “A Chair by the Door,” included …')
    if (
      !pick &&
      !writer &&
      !written &&
      !described &&
      /,$/.test(q.text.trim()) &&
      tokens[closeTok + 1]?.word &&
      tokens[closeTok + 1]!.cap === 0 &&
      // (any words after a kind of work and its comma: 'Ouisa Vale's commentary, “Melania, tell your story,” is …')
      (WORK_TITLE.test(q.text.trim()) || (tokens[openTok - 1]?.raw === ',' && this.namesWork(openTok)))
    )
      return;
    if (via === 'pronoun') conf *= (pick!.r.far ? CONFIDENCE.farGroup : CONFIDENCE.byPronoun) * pronounGuess(pick!.r);
    else if (via === 'desc') conf *= pick?.r.guessed ? CONFIDENCE.guessedDescription : CONFIDENCE.byDescription;
    else if (pick?.r.shared) conf *= CONFIDENCE.sharedSurname;
    if (pick?.r.earlier) conf *= CONFIDENCE.earlierSentence;
    if (pick?.r.nearer) conf *= CONFIDENCE.rivalInSentence;
    // (a title the checks above left out takes no frame: 'On CBS's “Face the Nation,” Speaker Per Dahl said the …'
    // reports the clause after it)
    if (trailingFrame) usedTrailing.set(trailingFrame, q.open);
    // (a sign's words are its own at most: it is no speaker of the quotations after them)
    const signRead = signReading(ref, mention, q);
    if (ref && !signRead) {
      this.speakers.push(ref, q.para, si);
      lastQuoteRefByPara.set(q.para, ref);
      lastQuoteConfByPara.set(q.para, round(conf));
    }
    out.push({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: this.quotedKind(q, openTok, closeTok, trailingFrame),
      speaker: { name: '', entityId: null, mention },
      confidence: ref ? round(conf) : CONFIDENCE.noSpeaker,
      paragraph: q.para,
      _ref: ref,
      _via: via,
    });
    if (signRead) signsRead.add(out[out.length - 1]!);
    if (q.segments.length > 1 && !signRead) {
      const lastPara = q.segments[q.segments.length - 1]!.para;
      lastQuoteRefByPara.set(lastPara, ref ?? lastQuoteRefByPara.get(q.para)!);
      lastQuoteConfByPara.set(lastPara, ref ? round(conf) : (lastQuoteConfByPara.get(q.para) ?? CONFIDENCE.nextPara));
    }
  }

  /**
   * The speaker of a quotation that no frame, name or owner beside it attributes (pick is null; nor is it the writer's,
   * a sign's, a question put to a subject's, nor after a frame whose speaker was not made out): the one who took the
   * floor before it, the last speaker of its paragraph or of the one before, the person or description its sentence
   * opens with, a newcomer; or null, the quotation left out (a scare quote, a short answer no one gives). `untied`: the
   * last speaker met was near but not taken for it.
   */
  private continuationSpeaker(
    q: MarkedQuote,
    si: number,
    openTok: number,
    closeTok: number,
    st: RunState,
    signs: QuotationSigns,
  ): { ref: Ref | null; conf: number; untied: boolean } | null {
    const { tokens, sents } = this.doc;
    const { out, signsRead, lastQuoteRefByPara, lastQuoteConfByPara } = st;
    const { named, shortNamed, captioned, want, neuter, plural, theyObject } = signs;
    let ref: Ref | null = null;
    let conf = 0;
    // a quotation inside its paragraph with no speaker met in it or the paragraph before: only the person its own
    // sentence opens with can be its speaker ("Councillor Theo Marchetti thanked staff for “…”" three paragraphs after
    // the last quotation)
    let farOwn = false;
    let untied = false;
    if (q.kind === 'partial' && !wordsAtLeast(q.text, 4) && !shortNamed) return null; // scare quotes, titles
    let samePara: (typeof out)[number] | undefined;
    for (let k = out.length - 1; k >= 0 && out[k]!.paragraph === q.para; k--) {
      if (out[k]!.kind !== 'indirect' && out[k]!._ref && !signsRead.has(out[k]!)) {
        samePara = out[k];
        break;
      }
    }
    const opensPara = this.opensParagraph(q);
    let textOwned = false;
    // a short answer after a colon, in the sentence of the one who gave it: "Asked about the plan, the mayor had one
    // word: “Never.”" is the mayor's; only the person or speaker that sentence opens with may have it, never the last
    // speaker met ("The headline was short: “Gone.”", "The film: “Dune.”" stay no one's)
    const colonShort =
      !wordsAtLeast(q.text, 4) &&
      !named &&
      q.kind === 'direct' &&
      tokens[openTok - 1]?.raw === ':' &&
      this.answerBeforeColon(openTok - 1, sents.starts[si]!) &&
      !opensPara &&
      /[.!?…]\s*$/.test(q.text);
    // … and whole sentences after such a colon are the words of the one that sentence opens with, a person or a
    // speaker's description, before any speaker met earlier: "The mayor was blunt: “We will not pay for this. …”",
    // "Ruiz had a message for the unions: “…”" (not "The sign read: “…”", "The result was clear: “…”")
    const colonLong =
      !colonShort &&
      q.kind === 'direct' &&
      wordsAtLeast(q.text, 4) &&
      tokens[openTok - 1]?.raw === ':' &&
      !opensPara &&
      this.answerBeforeColon(openTok - 1, sents.starts[si]!);
    // (past a link to another story between two paragraphs of quotations: "READ MORE: …", "Related: …"; or a line
    // of the page: "Story continues below advertisement", "Article content")
    const prevPara = this.paraBeforeLinks(q.para);
    const prevSent = prevPara === q.para - 1 ? si - 1 : sents.sent[(this.paraFirst[prevPara + 1] ?? 1) - 1]!;
    const prevParaRef = lastQuoteRefByPara.get(prevPara);
    // (someone else taking the floor in the sentence before, its last words: "“…,” Marta Kell said, and her husband
    // cut in. “…”", "Tom Kell broke in. “…”" is the husband's, Tom Kell's, not the last speaker's)
    const turn = this.turnTakenBefore(q, si, openTok, opensPara);
    // (an interview's answer: a paragraph of quoted words after one that ends on a question of the writer's own, outside
    // quotation marks, is the interviewee's reply, not the words of someone that question reports: "The premier has
    // called the bail system “broken.” Do you agree?" then "“No. It is under strain …”" is not the premier's)
    // (not a question inside quoted words left open for the next paragraph: "''… Are they way out in left field?" then
    // "''That's why I've tried to say …''" goes on with the same speaker)
    const answered = opensPara && prevPara === q.para - 1 && this.endsWithQuestion(prevPara);
    if (turn) {
      ref = turn.ref;
      conf = CONFIDENCE.afterTurn;
    } else if (samePara?._ref) {
      ref = samePara._ref;
      // no surer than the quotation it follows: a guess does not become sure by being repeated
      conf = Math.min(CONFIDENCE.samePara, samePara.confidence);
      // (a guess when a "she" frame's pronoun was passed over for the woman a bare name's "his" owns since: "“…,” she
      // told the jury. Dunmore locked his wife in the cellar. “…,” she said.")
      if (this.speakers.ownedSheBefore(si, q.para, want)) conf = Math.min(conf, CONFIDENCE.afterNewcomer);
    } else if (opensPara && prevParaRef && !answered) {
      // (in an exchange of questions and answers, the turn goes back to the one before: "“…?” Tolliver asked. /
      // “…,” Halvorsen said. / “And what did you do?”" is Tolliver's)
      ref = this.turnBefore(q, out) ?? prevParaRef;
      conf = Math.min(CONFIDENCE.nextPara, lastQuoteConfByPara.get(prevPara) ?? CONFIDENCE.nextPara);
    } else if (opensPara && this.endsWithColon(q.para - 1) && this.speakers.last()) {
      // "In a statement, the ministry said:" then the quotation as its own paragraph; when no speaker was met in
      // that sentence, the person it opens with: "When the mill closed, Mayor Ek released the following statement:"
      const h = this.speakers.last()!;
      ref = (h.sent !== si - 1 ? this.speakers.opener(si - 1, openTok) : null) ?? h.ref;
      conf = CONFIDENCE.afterColon;
      // (surer when that sentence's frame ends right at the colon: "Janet Moyo, 67, from Mill Road, said:")
      const colon = (this.paraFirst[q.para] ?? this.doc.tokens.length) - 1;
      if (h.sent === si - 1 && h.c && colon - h.c.last <= 2) conf = CONFIDENCE.frameBeforeColon;
    } else if (wordsAtLeast(q.text, 4) || named || colonShort) {
      // a short fragment far from any speaker is a title or a name ("“Dune” earned $80 million")
      const h = this.speakers.last();
      // a quotation that opens its paragraph with no verb and no source near (a tweet, a pull quote, a placard) stays
      // unattributed: the last speaker met was right for it 26 % of the time on train (n 42)
      // (nor when the words before it in its sentence, or in the sentence before when it opens its own, say nothing of
      // that speaker: "Pew found that “…”", "Reprising her lines, the former senator spoke of “…”" after a man's words;
      // the last speaker was right for such quotations 27 of 67 times on train, 3 of 10 on dev)
      const near = !!h && !opensPara && q.para - h.para <= 1;
      farOwn = !opensPara && !near;
      // (no speaker met yet: the person the sentence before opens with, in the quotation's paragraph, is the likeliest
      // one: "His sister, Lena Kvist-Moreau, spoke first. “Arne was the kind of man who …”")
      const first = !h && !opensPara && q.kind === 'direct' ? this.speakers.subjectBefore(si, q.para) : null;
      if (first) {
        ref = first;
        conf = CONFIDENCE.afterReport;
        farOwn = false;
      }
      untied = near && !this.tiedToLast(h, q, si, openTok);
      // (nor a fragment in a sentence whose first verb is a passive: what the words are said of opens it, not who
      // said them, "Nakamura's claim was denied on the grounds that the water came from “surface seepage over time”")
      if (near && q.kind === 'partial' && this.speakers.passiveBefore(sents.starts[si]!, openTok)) untied = true;
      // (a fragment of a text its sentence opens with is no one's: 'The rules require councils to “give due weight to …”')
      if (untied && q.kind === 'partial' && this.opensWithText(si, openTok)) untied = false;
      // (nor a document or a group for words a "he" or "she" says after them: "A letter signed by dozens of scientists
      // said …" then "“We checked every sample,” she said." is no letter's, the "she" unresolved)
      const pronounFrame =
        near &&
        !h.ref.key &&
        !!h.ref.desc &&
        (h.ref.desc.group ||
          DOCUMENT_NOUNS.has(h.ref.desc.head) ||
          pluralHead(h.ref.desc.head) ||
          COLLECTIVE_HEADS.test(h.ref.desc.head) ||
          /^(force|coalition|panel|group|team|committee|alliance|campaign|movement|council|board|union|body|network)$/.test(
            h.ref.desc.head,
          )) &&
        /^(he|she)$/.test(tokens[closeTok + 1]?.lower ?? '') &&
        SPEECH_VERBS.has(tokens[closeTok + 2]?.lower ?? '');
      if (near && !untied && !pronounFrame) {
        ref = h.ref;
        conf = CONFIDENCE.unattributedInside;
        // (surer right after that speaker's own frame in the sentence before: "Kenney said he would not apologize.
        // “I'm not going to apologize …”")
        // (whole sentences opening their own sentence, not a fragment nor words after another subject: "He sighed. “…”")
        if (
          h.c &&
          h.sent === si - 1 &&
          h.para === q.para &&
          q.kind === 'direct' &&
          /[.!?…]\s*$/.test(q.text) &&
          openTok === sents.starts[si] &&
          !this.someoneBetween(this.afterClause(h.c), openTok)
        )
          conf = CONFIDENCE.afterOwnReport;
        // (not a fragment of a text its sentence opens with: 'The rules require councils to “give due weight to …”';
        // the text itself, when it speaks, is found below)
        textOwned = q.kind === 'partial' && this.opensWithText(si, openTok);
      } else if (opensPara && si > 0 && !answered && !this.doc.headings.has(prevPara) && this.keptUnattributed(q)) {
        // … unless the paragraph before ends with a sentence that has a speaker saying something ("Mayor Ek said
        // that the pier would be rebuilt.") or opens with a person ("Ek praised the crews."):
        // then "“We owe the town that much.”" as a paragraph of its own is theirs
        const said = h?.c && h.para === prevPara && h.sent === prevSent ? h.ref : null;
        const prev = said ?? this.speakers.opener(prevSent, openTok);
        // (or a "he" or "she" it opens with, as that pronoun is resolved: "Clark defended the plan. He pointed to a new
        // rule …" then "“We can't keep doing things the old way.”" is Clark's)
        const meant = prev ? null : this.speakers.pronounOpener(prevSent);
        if (prev) {
          ref = prev;
          conf = said ? this.afterFrameConfidence(said, h!.c!, q, closeTok) : CONFIDENCE.afterReport;
        } else if (meant && tokens[sents.starts[prevSent]!]!.para === prevPara) {
          ref = meant.ref;
          conf = throughPronoun(CONFIDENCE.afterReport, meant);
        } else if (h?.ref.key && h.para >= prevPara - 1) {
          // (or the paragraph before opens with the last speaker met, a person, and goes on about them: "“…,” he
          // says. / Wiebe, 57, has farmed here for 30 years. The flood took his sheds. / “The first week, I …”")
          const firstSent = sents.sent[this.paraFirst[prevPara]!];
          const o = firstSent !== undefined && firstSent !== prevSent ? this.speakers.opener(firstSent, openTok) : null;
          const k = o ? final(o).key : null;
          const hk = final(h.ref).key;
          if (k && hk && k.kind === 'person' && keyId(k) === keyId(hk)) {
            ref = o;
            conf = CONFIDENCE.afterReport;
          }
        }
      }
    }
    if (captioned) ref = null;
    // the person the quotation's own sentence opens with: "Moore thanked him for “…”"
    if (colonShort) ref = null;
    const opened0 =
      ref || captioned || farOwn || untied || colonShort || colonLong ? this.speakers.opener(si, openTok, farOwn || untied) : null;
    // (not one who only shows a message another sent: "Femke sent her mother a text. Lotte showed it on her phone: “…”")
    const opener = (opened0 && this.shownSender(si, openTok)) ?? opened0;
    // … or the organisation or description it opens with: "The council issued a statement calling the plan “…”"
    const own0 =
      (ref || captioned || untied || (farOwn && named) || colonShort || colonLong) && !opener ? this.ownSpeaker(si, openTok, q.para) : null;
    // (for an answer, a person's or a speaker's description only: "The headline was short: “Gone.”" is no one's)
    const own =
      (colonShort || colonLong) && own0 && !(own0.key || (own0.desc && (SPEAKER_NOUNS.has(own0.desc.head) || TITLES.has(own0.desc.head))))
        ? null
        : own0;
    if (shortNamed && !wordsAtLeast(q.text, 4) && !opener && !own) return null;
    // … or the "he" or "she" it opens with, as that pronoun is resolved: "She returned to her familiar lines: “…”"
    // (not for a short answer: "Tom Berg asked Lee Park whether he would stay. He had one word: “Never.”" may be either's)
    const meantOwn = (ref || untied) && !colonShort && !opener && !own ? this.speakers.pronounOpener(si) : null;
    // (the person, or else the organisation or description: `own` is only looked for when no person opens it)
    const opened = opener ?? own;
    if (opened) {
      conf =
        ref && opened === final(ref)
          ? Math.max(conf, CONFIDENCE.sentenceOpener)
          : farOwn
            ? CONFIDENCE.farOpener
            : CONFIDENCE.sentenceOpener;
      ref = opened;
    } else if (meantOwn) {
      const sure = throughPronoun(CONFIDENCE.sentenceOpener, meantOwn);
      conf = ref && meantOwn.ref === final(ref) ? Math.max(conf, sure) : sure;
      ref = meantOwn.ref;
    } else if (textOwned) ref = null;
    // (nor, after a colon of manner whose sentence opens with "his" or "her", the last speaker of the other gender:
    // "“We tried everything,” Ana Ruiz said. His reply was blunt: “…”" is not hers)
    const possessor = colonLong && ref && !opened && !meantOwn ? tokens[sents.starts[si]!]?.lower : undefined;
    if (possessor === 'his' || possessor === 'her') {
      const had = this.speakers.genderOf(ref!);
      if (had && had !== (possessor === 'his' ? 'male' : 'female')) ref = null;
    }
    const g = ref ? this.speakers.genderOf(ref) : null;
    // (nor is a group or an organisation a "he" or a "she": "Unions have asked … / “…,” she said.")
    if (want && ((g && g !== want) || (ref && this.speakers.isGroup(final(ref))))) ref = null;
    // (nor is a person or a plural of people an "it": "When a reporter asked the chatbot, it gave another answer. “…,”
    // it said." is not the reporter's)
    if (neuter && ref && !this.speakers.canBeIt(final(ref))) ref = null;
    // a person introduced since, as the subject of a sentence, may be the one speaking now
    const n = (ref || untied) && !opener && !own && !meantOwn && !turn ? this.speakers.newcomer(si) : null;
    if (n && (!ref || n !== final(ref))) {
      // … and is taken, as a guess, when the quotation follows that person's sentence in the same paragraph with no
      // speaker in between ("Sen. Bernie Sandler identified young voters' exhaustion as one reason. “The younger
      // people are …”")
      const sub = this.speakers.subjectBefore(si, q.para);
      if (sub && final(sub) === final(n)) {
        ref = n;
        conf = CONFIDENCE.afterReport;
      } else if (ref) conf = Math.min(conf, CONFIDENCE.afterNewcomer);
    }
    if (plural && ref && !this.speakers.isGroup(final(ref)) && (theyObject || this.speakers.heOrShe(final(ref)))) ref = null;
    // (a short answer after a colon with no one to give it is a headline's or a title's word: "Its headline was short:
    // “Sunk.”")
    if (colonShort && !ref) return null;
    return { ref, conf, untied };
  }

  /**
   * The confidence of a quotation that opens its paragraph with no frame of its own, given to `said`, the speaker of
   * frame `c` in the last sentence of the paragraph before: "Price said 40,000 people would be under the flight path." /
   * "“People bought houses here because it was quiet.”" That is the shape of a news story handing the floor on, as sure as
   * a quotation after the paragraph before's last quotation (nextPara), and less through a "he" or "she" (byPronoun); a
   * plural description's report ("Critics say that means more stop and search.") stays a guess (afterReport): its
   * quotation is as often an answer or someone else's; so does a frame that reports no clause after it ("Beeeep, the
   * drone said angrily when Haoyu moved." before "“Not beep! Rice.”", a reply to it).
   */
  private afterFrameConfidence(said: Ref, c: Construction, q: MarkedQuote, closeTok: number): number {
    const r = final(said);
    const span = this.clauses.clause(c);
    if ((!r.key && r.desc?.group) || !span || span[0] < this.doc.tokens[c.last]!.end) return CONFIDENCE.afterReport;
    if (this.floorPassed(c, this.tokenAt(span[0]), r, q, closeTok)) return CONFIDENCE.afterReport;
    return c.subject?.kind === 'pronoun' ? CONFIDENCE.afterFrame * CONFIDENCE.byPronoun : CONFIDENCE.afterFrame;
  }

  /**
   * Does frame `c` (its clause opening at token `clauseFirst`, its speaker `r`) hand the floor on before quotation `q`,
   * which opens the next paragraph? So when it puts a question ("Okoro asked whether the council would cut library
   * hours again."), when it tells a person something ("Lyle told Holt on Sunday that he was being dismissed.": "“I saw it
   * coming.”" is as likely Holt's), or when `q`'s own paragraph names another person after it ("“It is a fantasy
   * budget.” That was the verdict of opposition leader Karen Doyle."): the quotation stays a guess.
   */
  private floorPassed(c: Construction, clauseFirst: number, r: Ref, q: MarkedQuote, closeTok: number): boolean {
    const { tokens } = this.doc;
    const verb = tokens[c.verbFirst]!.lower;
    if (ASKING_VERBS.has(verb)) return true;
    if (TELLING_VERBS.has(verb)) {
      for (let k = c.verbLast + 1; k < clauseFirst; k++) {
        const w = tokens[k]!.lower;
        if (w === 'him' || (w === 'her' && OBJECT_HER_NEXT.test(tokens[k + 1]?.lower ?? ''))) return true;
      }
      // (the one told is not the teller: "Crews were told by manager Sean Doyle that no one was inside.")
      if (this.speakers.otherPersonNamed(c.verbLast + 1, clauseFirst, r.key)) return true;
    }
    const paraEnd = this.paraFirst[q.para + 1] ?? tokens.length;
    return this.speakers.otherPersonNamed(closeTok + 1, paraEnd, r.key);
  }

  /**
   * Is the clause `span` of a frame with a named speaker `r` followed by a trailing ", she said." whose pronoun cannot be
   * that speaker, known to be of the other gender ("Hale said the park must be saved, she said." after "Mr. Hale")? The
   * whole report is then someone else's account of it, the name's frame inside it: its speaker is a guess.
   */
  private pronounFrameClash(span: readonly [number, number], r: Resolved): boolean {
    if (r.via !== 'name' && r.via !== 'role') return false;
    const { tokens } = this.doc;
    let k = this.tokenAt(span[1]);
    while (k < tokens.length && tokens[k]!.start < span[1]) k++;
    const [comma, pronoun, verb, stop] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
    if (comma?.raw !== ',' || !pronoun?.word || !/^(he|she)$/.test(pronoun.lower) || !verb?.word || !SPEECH_VERBS.has(verb.lower))
      return false;
    if (!stop || !/^[.!?]$/.test(stop.raw)) return false;
    const g = this.speakers.genderOf(r.ref);
    return g !== null && g !== (pronoun.lower === 'he' ? 'male' : 'female');
  }

  /**
   * Does the clause `span` of frame c hold another frame of the sentence of the same speaker, whose own clause ends where
   * c's does? Then c only repeats that frame after its words, one report and not a second over "Ortega said …":
   * "Ortega said the mine would close, and the jobs would go with it, he said." (not when the inner clause ends sooner,
   * whose rest is the closing frame's alone: "Critics said they back the plan, but it came too late, they said.")
   */
  private repeatsOwnReport(
    c: Construction,
    r: Resolved,
    span: readonly [number, number],
    resolvedHere: ReadonlyArray<{ c: Construction; r: Resolved }>,
  ): boolean {
    const { tokens } = this.doc;
    // (c closes its words, after them: not "Lund said she had warned that …", whose own report holds hers)
    if (tokens[c.first]!.start < span[1]) return false;
    return resolvedHere.some(({ c: o, r: ro }) => {
      // (a pronoun opening the words restates their speaker, and the whole stays the closing frame's, see restatedQuotes:
      // "She told the airline about the delay and was offered a voucher, she said.")
      if (o === c || ro.ref !== r.ref || o.subject?.kind === 'pronoun') return false;
      if (tokens[o.first]!.start < span[0] || tokens[o.last]!.end > span[1]) return false;
      const inner = this.clauses.clause(o);
      return inner !== null && inner[1] === span[1] && inner[0] > span[0];
    });
  }

  /** The reported speech of a sentence's frames (`resolvedHere`) in paragraph `para`, added to `st.out`. */
  private reportSpeech(resolvedHere: ReadonlyArray<{ c: Construction; r: Resolved }>, para: number, st: RunState): void {
    const { doc } = this;
    const { out, usedTrailing } = st;
    const reported = new Map<number, Ref>();
    for (const { c, r } of resolvedHere) {
      const span = this.clauses.clause(c);
      if (!span) continue;
      // a question that opens with an auxiliary asks whether someone said it, and reports nothing: "Did Kellen proclaim
      // that the bridge was safe?"
      const sentenceStart = (): number => doc.tokens[sentStart(doc, this.tokenAt(span[0]))]!.start;
      if (askedWhether(doc.text, sentenceStart, doc.tokens[c.first]!.start, span[0], span[1])) continue;
      // two frames of one speaker report one clause once: "Berg sent a series of tweets early Friday saying that …"
      if (reported.get(span[0]) === r.ref || this.repeatsOwnReport(c, r, span, resolvedHere)) continue;
      reported.set(span[0], r.ref);
      // a trailing frame reports its quotation, unless that is a fragment of a longer clause: "The party “allows us
      // to get our message out,” said Coleman."
      const taken = usedTrailing.get(c);
      if (taken !== undefined && span[0] >= taken) continue;
      const base =
        c.headlineColon !== undefined
          ? c.headlineColon
          : r.via === 'name' || r.via === 'role'
            ? CONFIDENCE.reportedNamed
            : r.via === 'pronoun'
              ? CONFIDENCE.reportedPronoun * (r.far ? CONFIDENCE.farGroup : 1) * pronounGuess(r)
              : CONFIDENCE.reportedDescribed * (r.guessed ? CONFIDENCE.guessedDescription : 1);
      const sure = this.pronounFrameClash(span, r)
        ? CONFIDENCE.pronounFrameClash
        : (r.shared ? base * CONFIDENCE.sharedSurname : base) *
          (r.earlier ? CONFIDENCE.earlierSentence : 1) *
          (r.nearer ? CONFIDENCE.rivalInSentence : 1);
      // (a frame in mid-sentence is left out of the words, an ellipsis in its place: "The council … ignored the warnings")
      const gap = this.clauses.frameGap(c);
      out.push({
        text: gap ? `${doc.text.slice(span[0], gap[0])} … ${doc.text.slice(gap[1], span[1])}` : doc.text.slice(span[0], span[1]),
        start: span[0],
        end: span[1],
        kind: 'indirect' as QuoteKind,
        speaker: { name: '', entityId: null, mention: r.mention },
        confidence: round(sure),
        paragraph: this.paraOpeningAt(span[0], para),
        _ref: r.ref,
        _via: r.via,
      });
    }
  }

  /**
   * Whether participle `c` follows a document with no comma or "and" before it (the document's sender its subject) and
   * that sender stands past `frame`, the sentence's frame before it (not inverted, or "according to"): inside the clause it
   * reports.
   */
  private senderInsideReport(c: Construction, frame: Construction): boolean {
    const { tokens } = this.doc;
    const before = tokens[c.first - 1];
    const s = c.subject;
    return (
      !!s &&
      (!frame.inverted || frame.verb === 'according') &&
      frame.sent === c.sent &&
      s.first > Math.max(frame.verbLast, frame.last) &&
      s.last < c.first &&
      before?.cap === 0 &&
      PUT_OUT.test(before.lower)
    );
  }

  /**
   * The speaker of participle `c` when `frame`, the last frame before it in the sentence (from `start`), stands inside
   * the clause of the subject that opens the sentence, with no comma, dash or conjunction between: the frame of that
   * subject's verb of saying ("Lindqvist said the clerk had told the court …, adding …"), or null for the participle's
   * own subject, opening the sentence before a noun's "that" ("She rejected the argument that the delay explained the
   * gap, noting …"); undefined when `frame` is the sentence's own.
   */
  private openingSpeaker(
    c: Construction,
    frame: Construction,
    start: number,
    here: ReadonlyArray<{ c: Construction; r: Resolved }>,
  ): Resolved | null | undefined {
    const { tokens, quoted } = this.doc;
    const f = frame.subject;
    if (!f || frame.inverted || frame.sent !== c.sent || frame.verbFirst > c.first) return undefined;
    // (a subject opens the sentence, past the capitalised words and roles of its name: "Crown prosecutor Omar Lindqvist")
    const opens = (x: Subject | null): boolean => {
      if (!x) return false;
      let w = start;
      while (w < x.first && !tokens[w]!.word) w++;
      for (let k = w; k < x.first; k++) {
        const t = tokens[k]!;
        if (x.first - w > 4 || !t.word || (t.cap === 0 && !TITLES.has(t.lower) && !SPEAKER_NOUNS.has(t.lower))) return false;
      }
      return true;
    };
    // (nothing that closes the opening subject's clause between a and the frame's subject)
    const inside = (a: number): boolean => {
      if (a > f.first) return false;
      for (let k = a; k < f.first; k++) {
        const t = tokens[k]!;
        if (quoted[k] || (!t.word && t.key !== "'s") || INNER_FRAME_BREAK.test(t.lower)) return false;
      }
      return true;
    };
    for (const { c: o, r } of here)
      if (o !== frame && !o.continuing && !o.inverted && opens(o.subject) && o.verbLast < f.first && inside(o.verbLast + 1)) return r;
    const s = c.subject;
    if (!s || !opens(s) || !inside(s.last + 1)) return undefined;
    for (let k = s.last + 1; k < f.first; k++)
      if (tokens[k]!.lower === 'that' && tokens[k - 1]!.word && tokens[k - 1]!.cap === 0) return null;
    return undefined;
  }

  /**
   * A question put by someone unnamed ("Asked whether she would resign, Lund said …"): kept, with no speaker. The tokens
   * whose lower case is "asked" are found from the text (ASKED_IN_TEXT), in text order: a walk over every token's word
   * costs more than the rest of the search.
   */
  private unaskedQuestions(out: Array<Quote & { _ref: Ref | null; _via: string }>): void {
    const { tokens, text } = this.doc;
    let last = -1;
    // (exec on the pattern itself, from the text's start: matchAll copies the pattern at every call)
    ASKED_IN_TEXT.lastIndex = 0;
    for (let m = ASKED_IN_TEXT.exec(text); m !== null; m = ASKED_IN_TEXT.exec(text)) {
      const i = this.tokenAt(m.index);
      if (i <= last || tokens[i]!.lower !== 'asked') continue;
      last = i;
      const span = this.clauses.unaskedQuestion(i);
      if (span && !out.some((q) => q.start < span[1] && span[0] < q.end))
        out.push({
          text: text.slice(span[0], span[1]),
          start: span[0],
          end: span[1],
          kind: 'indirect' as QuoteKind,
          speaker: { name: '', entityId: null, mention: null },
          confidence: CONFIDENCE.noSpeaker,
          paragraph: tokens[i]!.para,
          _ref: null,
          _via: 'none',
        });
    }
  }

  /**
   * Whether the quotation's words are the name of a frame's speaker in its sentence, a stage name or nickname in
   * quotation marks ("“We sold out,” said the promoter, “Kestrel.”"): the name, not words said.
   */
  private nameOfSpeaker(q: MarkedQuote, resolvedHere: ReadonlyArray<{ c: Construction; r: Resolved }>): boolean {
    const { tokens } = this.doc;
    // (the name is all the words: the subject opens them and no word follows it inside the marks; the verb outside them)
    const wordsAfter = (k: number): boolean => /[\p{L}\p{N}]/u.test(this.doc.text.slice(tokens[k]!.end, q.end));
    return resolvedHere.some(({ c }) => {
      const s = c.subject;
      return (
        s !== null &&
        ((tokens[c.verbLast]!.end <= q.open &&
          ((this.tokenAt(q.start) === s.first && tokens[s.last]!.end <= q.end && !wordsAfter(s.last)) ||
            this.nameInSpeakerPhrase(q, c, s))) ||
          // (or a name or a term inside the subject before its verb: "Critics of “Obamacare” said …", "3 percent of
          // self-identified “liberals” said …", see phraseOfQuotedTerm)
          (s.last < c.verbFirst && tokens[s.first]!.start < q.open && this.tokenAt(q.close) <= s.last + 1))
      );
    });
  }

  /**
   * Whether the quotation is a name that closes the noun phrase of the speaker of frame c, or of its listeners, after
   * its verb: "“…,” said the founder of “Reading Matters”.", "According to the charity “Open Doors”, …", "said Maria
   * Okafor, the head of “Dockers United”", "“…,” Ruiz told members of “Clean Rivers”." — a body's name, not words said.
   * Past the subject (or the verb), at most a comma, then determiners, a role's lower-case words and a preposition,
   * with a preposition after the verb ("Okafor said the plan was “a good first step”" stays Okafor's, as does "Okafor
   * said “Never Again”"); one to six words in capitals (a comma inside the closing mark), then the sentence's end, a
   * comma or a stop. Part of nameOfSpeaker.
   */
  private nameInSpeakerPhrase(q: MarkedQuote, c: Construction, s: Subject): boolean {
    const { tokens, quoted } = this.doc;
    if (q.kind !== 'partial' || !q.closed) return false;
    const words = q.text.trim();
    const comma = words.endsWith(',');
    if (/[.;:!?…]$/.test(words) || !(TITLE_WORDS.test(words) || /^\p{Lu}[\p{L}'’-]*,?$/u.test(words)) || wordCount(words) > 6) return false;
    const openTok = this.tokenAt(q.open);
    const from = s.last < c.verbFirst ? c.verbLast : s.last;
    if (from >= openTok || openTok - from > 7) return false;
    const after = tokens[this.tokenAt(q.close) + 1];
    if (!comma && after && after.para === tokens[openTok]!.para && !/^[.,;]$/.test(after.raw)) return false;
    let prep = false;
    for (let k = from + 1; k < openTok; k++) {
      const t = tokens[k]!;
      if (k === from + 1 && t.raw === ',' && from === s.last) continue;
      if (!t.word || t.cap !== 0 || quoted[k] || t.lower === 'that') return false;
      if (!(
        DETERMINERS.has(t.lower) ||
        PP_PREPS.has(t.lower) ||
        SPEAKER_NOUNS.has(t.lower) ||
        TITLES.has(t.lower) ||
        /^[a-z]{3,}$/.test(t.lower)
      ))
        return false;
      if (
        SPEECH_VERBS.has(t.lower) ||
        AUXILIARIES.has(t.lower) ||
        PRONOUNS.has(t.lower) ||
        /(ed|ing|ly)$/.test(t.lower) ||
        SUBORDINATORS.has(t.lower) ||
        /^(who|whose|which|what)$/.test(t.lower)
      )
        return false;
      if (PP_PREPS.has(t.lower)) prep = true;
    }
    return from === s.last || prep;
  }

  /**
   * Is a frame right after the closing mark at closeTok, in its paragraph, whose subject is a description: the verb of
   * saying then an article ("“…,” tweeted a user …"), or an article, at most eight words and the verb closing the clause
   * ("“…,” a voice-over in the ad says.")?
   */
  private unreadFrameAfter(closeTok: number, para: number): boolean {
    const { tokens } = this.doc;
    const said = (k: number): boolean => {
      const t = tokens[k];
      return !!t?.word && t.cap === 0 && SPEECH_VERBS.has(t.lower) && !/ing$/.test(t.lower) && !this.doc.quoted[k];
    };
    const article = (k: number): boolean => !!tokens[k]?.word && /^(a|an|the|one|another)$/.test(tokens[k]!.lower);
    const a = tokens[closeTok + 1];
    if (!a || a.para !== para) return false;
    // ("said one.": one of a group met before, whom the last speaker may stand for; but "tweeted another." is one more of
    // them, someone else than the last speaker: "“…,” one dock worker posted. “…,” tweeted another.")
    if (said(closeTok + 1)) return article(closeTok + 2) && (!!tokens[closeTok + 3]?.word || tokens[closeTok + 2]!.lower === 'another');
    if (!article(closeTok + 1) || this.doc.quoted[closeTok + 1]) return false;
    for (let k = closeTok + 2; k <= closeTok + 10 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (this.doc.quoted[k]) return false;
      // (not a number alone, "the two write", who are people met before)
      // (not a frame that opens a quotation of its own: '“…” The mayor said, “…”' introduces the mayor's words)
      if (said(k))
        return (
          k > closeTok + 2 &&
          !(k === closeTok + 3 && NUMBER_WORD.test(tokens[k - 1]!.lower)) &&
          (!tokens[k + 1] || /^[.,;!?]$/.test(tokens[k + 1]!.raw) || tokens[k + 1]!.para !== para) &&
          !(/^[,:]$/.test(tokens[k + 1]?.raw ?? '') && tokens[k + 2]?.para === para && !!this.doc.quoted[k + 3])
        );
      if (!t.word && t.raw !== '-' && t.key !== "'s") return false;
    }
    return false;
  }

  /**
   * Whether a subordinate clause (of time, reason, concession…; not "as" nor "if") opens right after the closing mark
   * at `closeTok` (a comma may come between).
   */
  private clauseOpensAfter(closeTok: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[closeTok + 1]?.raw === ',' ? tokens[closeTok + 2] : tokens[closeTok + 1];
    return !!next?.word && next.cap === 0 && next.lower !== 'as' && next.lower !== 'if' && SUBORDINATORS.has(next.lower);
  }

  /**
   * Whether the frame `c` after the closing mark at `closeTok` is the verb of a subordinate clause of time or reason (not
   * "as" nor "if") that opens right after the words, no comma between: 'unable to muster more than “well, uh” when his
   * rival accused him', 'a brief “no comment” after the moderator asked' are not the rival's or the moderator's words
   * ('“…,” when asked, Ek said' keeps its frame: the comma closes the clause before it, inside the closing mark as well:
   * '“We are ready,” when Putin said it in 2022, was taken as a threat'). A verb whose object is "it" or "them", the
   * words themselves, is their frame: 'the words “we will bury you” when Khrushchev said them in 1956'.
   */
  private frameInClauseAfter(c: Construction, closeTok: number): boolean {
    const { tokens } = this.doc;
    if (tokens[closeTok + 1]?.raw === ',' || tokens[closeTok - 1]?.raw === ',' || !this.clauseOpensAfter(closeTok)) return false;
    for (let k = closeTok + 2; k < c.first; k++) if (!tokens[k]!.word) return false;
    return !this.wordsAsObject(c);
  }

  /**
   * Whether the verb of `c` has "it" or "them" as its object, the words themselves: 'when Khrushchev said them in 1956'
   * (not a verb whose object is a person, nor the subject of a clause after it: 'said it could still pass').
   */
  private wordsAsObject(c: Construction): boolean {
    const { tokens } = this.doc;
    if (PERSON_OBJECT_VERBS.test(tokens[c.verbLast]!.lower) || !/^(it|them)$/.test(tokens[c.verbLast + 1]?.lower ?? '')) return false;
    const next = tokens[c.verbLast + 2];
    return !next?.word || TIME_PREPS.has(next.lower) || PP_PREPS.has(next.lower) || /ly$/.test(next.lower) || next.lower === 'again';
  }

  /**
   * Whether the frame `c`, read after words that end their own sentence inside the marks ("“….”"), is a new sentence
   * about something else: its verb takes a direct object of its own, a noun phrase a determiner opens right after it
   * ('“We were never told.” Tom Mendez then recalled an incident from 2019', 'Ek explained the plan', 'Ek described the
   * leak as serious'). A frame in shape ends there or goes on with an addressee ("told reporters", "asked the crowd"), a
   * time or place ("said the next day", "said two days later", "said on Monday", "in a statement"), or a comma and a
   * participle. (A subject after its verb, "said the mayor", is a frame's.)
   */
  private verbTakesObject(c: Construction): boolean {
    const { tokens } = this.doc;
    if (c.inverted || c.continuing || !c.subject || c.subject.last >= c.verbFirst) return false;
    const verb = tokens[c.verbLast]!.lower;
    // (an addressee: "told the council", "asked the crowd", "warned the board")
    if (TELLING_VERBS.has(verb) || ASKING_VERBS.has(verb)) return false;
    const n = c.verbLast + 1;
    const det = tokens[n];
    if (!det?.word || det.cap > 0 || det.lower === 'that' || !DETERMINERS.has(det.lower) || this.doc.sents.sent[n] !== c.sent) return false;
    // (a time: "said this week", "added the next day", "said a day later", "wrote two weeks ago")
    let k = n + 1;
    const modified = /^(next|following|same|previous|very|other)$/.test(tokens[k]?.lower ?? '');
    if (modified) k++;
    const noun = tokens[k]?.lower ?? '';
    const time = DEMONSTRATIVE_TIMES.test(noun) || TIME_WORDS.has(noun) || TIME_SPANS.test(noun);
    const when =
      modified || /^(this|these|last|next)$/.test(det.lower) || /^(later|earlier|before|after|ago)$/.test(tokens[k + 1]?.lower ?? '');
    return !(time && when);
  }

  /**
   * Whether the frame `c` after the closing mark at `closeTok` opens a clause of its own past a comma and a coordinating
   * conjunction, words of the quotation's own clause between: 'what she called a “reset” of relations, but officials
   * said …' is not the officials' word (right after the closing mark, the conjunction is read by the callers). The
   * conjunction opens the frame's clause, right before its subject or the subject's determiner, and ends no list: the
   * last of several names or roles ('“…,” the mayor, the police chief, and the fire chief said'), a list in the
   * words' own phrase ('“A direct threat” to Russia, Belarus, and Serbia is how Peskov described it') and an aside
   * (', and for its allies, is how the Kremlin described it') leave the frame the words' own.
   */
  private frameAfterConjunction(c: Construction, closeTok: number): boolean {
    const { tokens } = this.doc;
    const subject = c.subject;
    if (!subject || c.inverted) return false;
    // (a "he" or "she" there goes on with the sentence's own subject: 'breaking “that glass ceiling” by being elected, and
    // she tells audiences …')
    if (subject.kind === 'pronoun' && /^(he|she)$/.test(tokens[subject.first]!.lower)) return false;
    let k = subject.first - 1;
    if (tokens[k]?.word && DETERMINERS.has(tokens[k]!.lower)) k--;
    if (k - 2 <= closeTok || tokens[k - 1]!.raw !== ',' || !/^(and|but|while|whereas|or|yet)$/.test(tokens[k]!.lower)) return false;
    for (let j = closeTok + 1; j < k - 1; j++) if (tokens[j]!.raw === ',') return false;
    return true;
  }

  /**
   * Whether the quotation at `openTok`, a fragment, stands in a relative clause or an apposition after the subject of the
   * inverted frame `c` of the words before it ("“…,” said Ruelas, whose …", "said Lena Field, 34, a plaintiff who …")
   * with no verb of saying, naming or thinking between them: the clause describes the speaker, its quoted words are a
   * scare quote or someone else's ('“…,” said Ruelas, whose “plan” has been mocked'); "…, who called the ruling
   * “a disgrace”" keeps him.
   */
  private clauseAfterInvertedSpeaker(c: Construction, openTok: number): boolean {
    const { tokens } = this.doc;
    if (!c.inverted || !c.subject || c.subject.last !== c.last || tokens[c.last + 1]?.raw !== ',') return false;
    // (the frame of words before it, right after their closing mark: not "According to the paper, the cost “…”")
    if (!/^[”"’']$/.test(tokens[c.first - 1]?.raw ?? '')) return false;
    // (nor the rest of those words after a comma: '“The risk,” said Ek, an economist, “is that …”')
    if (/^[,:]$/.test(tokens[openTok - 1]?.raw ?? '')) return false;
    let relative = -1;
    for (let k = c.last + 2; k < openTok; k++) {
      const t = tokens[k]!;
      if (t.para !== tokens[openTok]!.para || (!t.word && /^[.!?;:”"]$/.test(t.raw))) return false;
      if (t.word && (SPEECH_VERBS.has(t.lower) || BELIEF_VERBS.has(t.lower) || NAMING_VERBS.has(t.lower) || CALLING.test(t.lower)))
        return false;
      if (relative < 0 && t.word && /^(who|whose|whom|where)$/.test(t.lower)) relative = k;
    }
    // (a clause whose subject is someone or something else: 'said Ruelas, whose new book features …'; a "who" clause has
    // the speaker as its subject, and its fragment is the speaker's unless it only says what the speaker has or is)
    if (relative < 0) return false;
    return tokens[relative]!.lower !== 'who' || this.describesSubject(relative + 1, openTok);
  }

  /**
   * Whether the clause from `from` to the quotation at `openTok` has a verb of having or being (or "features") as its
   * only verb: 'who is “heartbroken”', 'who has a “soft spot” for …' (not 'who has long denounced the budget as “…”').
   */
  private describesSubject(from: number, openTok: number): boolean {
    const { tokens } = this.doc;
    let described = false;
    for (let k = from; k < openTok; k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      if (DESCRIBING_VERBS.has(t.lower)) described = true;
      else if (!SUBJECT_VERB_FILLERS.has(t.lower) && !/ly$/.test(t.lower)) return described && !/(ed|en|ing)$/.test(t.lower);
    }
    return described;
  }

  /** Whether the quotation at `openTok` is the object of a verb of saying right before it ("chanted “…”", "shouted: “…”"). */
  private objectOfFrame(framing: ReadonlyArray<{ c: Construction }>, openTok: number): boolean {
    const { tokens } = this.doc;
    const gap = tokens[openTok - 1] && !tokens[openTok - 1]!.word && /^[,:]$/.test(tokens[openTok - 1]!.raw) ? 2 : 1;
    return framing.some(({ c }) => !c.inverted && c.subject !== null && c.verbLast === openTok - gap);
  }

  /**
   * Is there a frame right before the quotation (its verb, then a comma or colon) in a clause that a subordinator opens
   * at the start of the sentence: "When someone in the gallery shouted, “…”", "As the fans chanted: “…”"?
   */
  private subordinateFrameBefore(framing: ReadonlyArray<{ c: Construction }>, openTok: number): boolean {
    const { tokens, sents } = this.doc;
    const punct = tokens[openTok - 1];
    if (!punct || !/^[,:]$/.test(punct.raw)) return false;
    const lead = framing.find(({ c }) => !c.inverted && !c.continuing && c.verbLast === openTok - 2 && c.subject);
    if (!lead) return false;
    const opener = tokens[lead.c.first - 1];
    const start = sents.starts[sents.sent[lead.c.first]!]!;
    return (
      !!opener?.word &&
      SUBORDINATORS.has(opener.lower) &&
      (lead.c.first - 1 === start || (lead.c.first - 2 === start && !tokens[start]!.word))
    );
  }

  /**
   * The person who sent the message that sentence `si` shows before the quotation at `openTok`: a verb of showing with
   * "it" or a message's noun after it ("Lotte showed it on her phone: “…”"), the sentence before opening with a person
   * whose verb is one of sending or writing ("Femke, 15, sent her mother a text after …"); null otherwise.
   */
  private shownSender(si: number, openTok: number): Ref | null {
    const { tokens, sents, quoted } = this.doc;
    const start = sents.starts[si]!;
    let shows = false;
    for (let k = start; k < openTok && !shows; k++) {
      if (quoted[k] || !/^(showed|shows|shared|shares|forwarded|read)$/.test(tokens[k]!.lower)) continue;
      const n = tokens[k + 1];
      const m = tokens[k + 2];
      shows =
        n?.lower === 'it' ||
        (/^(the|her|his|their|that)$/.test(n?.lower ?? '') && /^(message|text|note|email|reply|post)$/.test(m?.lower ?? ''));
    }
    if (!shows || si === 0) return null;
    const ps = sents.starts[si - 1]!;
    if (tokens[ps]!.para < tokens[start]!.para - 1) return null;
    for (let v = ps; v < start; v++) {
      if (quoted[v] || !/^(sent|sends|texted|texts|emailed|emails|wrote|writes|messaged)$/.test(tokens[v]!.lower)) continue;
      const r = this.speakers.opener(si - 1, v, true);
      return r && r.key && keyType(this.doc, r.key) === 'person' ? r : null;
    }
    return null;
  }

  /**
   * Does the frame after the closing mark stand in a relative clause on a noun of words said, set in apposition to the
   * quotation: '“Big Pharma is paying you,” a claim Reyes said he found funny' (the claim's subject is no speaker of it)?
   */
  private relativeOnSaidThing(c: Construction, closeTok: number): boolean {
    const { tokens } = this.doc;
    const s = c.subject;
    if (c.inverted || !s || s.first <= closeTok + 1 || s.first - closeTok > 5) return false;
    if (!/^(a|an|the|one|another|that|this|his|her|their|its)$/.test(tokens[closeTok + 1]?.lower ?? '')) return false;
    let end = s.first - 1;
    if (/^(that|which)$/.test(tokens[end]?.lower ?? '')) end--;
    for (let k = closeTok + 2; k <= end; k++) if (!tokens[k]!.word || tokens[k]!.cap !== 0) return false;
    return end > closeTok + 1 && SAID_THING.test(tokens[end]!.lower);
  }

  /**
   * Is the later frame a restrictive "who" clause, past a word after the fragment, whose verb reports a clause of its
   * own after it: '… described the plan “as a gift to developers,” like some activists who have suggested that the deal
   * was rushed' is not the activists' fragment (their words are the clause after "suggested").
   */
  private relativeWithOwnClause(c: Construction, closeTok: number, kind: string): boolean {
    const { tokens } = this.doc;
    const s = c.subject;
    if (kind !== 'partial' || c.inverted || !s || s.first <= closeTok + 1) return false;
    let k = s.last + 1;
    if (tokens[k]?.lower !== 'who') return false;
    for (k++; k < c.verbFirst; k++)
      if (!tokens[k]!.word || !/^(have|has|had|also|long|repeatedly|often|recently)$/.test(tokens[k]!.lower)) return false;
    return this.clauses.clause(c) !== null;
  }

  /** Does the frame's verb write a thing of its own: "“thieves”, actress Lena Marquez wrote a viral essay against him"? */
  private writesThing(c: Construction): boolean {
    const { tokens } = this.doc;
    const n = tokens[c.verbLast + 2];
    return (
      !c.inverted &&
      /^(wrote|writes|write|penned|pens)$/.test(c.verb) &&
      /^(a|an)$/.test(tokens[c.verbLast + 1]?.lower ?? '') &&
      n?.word === true &&
      n.cap === 0 &&
      !/^(day|week|month|year|few|while|moment|minute|hour)s?$/.test(n.lower)
    );
  }

  /**
   * Does the sentence si open with a text of rules or record, before the opening mark at openTok: "The rules, set out in
   * …, require councils to “…”", "The agreement bars staff from …", "Her divorce filing lists him as …"? Its words in
   * quotation marks are the text's, no speaker's met before.
   */
  private opensWithText(si: number, openTok: number): boolean {
    const { tokens } = this.doc;
    let k = this.doc.sents.starts[si]!;
    while (k < openTok && !tokens[k]!.word) k++;
    if (!/^(the|this|that|these|those|a|an|its|his|her|their|our|my|your)$/.test(tokens[k]?.lower ?? '')) return false;
    for (let m = k + 1; m < Math.min(openTok, k + 5); m++) {
      const t = tokens[m]!;
      if (!t.word) return false;
      if (TEXT_NOUNS.test(t.lower) || DOCUMENT_NOUNS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * Does a word of captioning or titling stand right before the opening mark (past a comma or a colon): "posted a video,
   * captioned: “…”", "with the caption “…”", "a column entitled “…”"?
   */
  private afterCaption(openTok: number): boolean {
    const { tokens } = this.doc;
    const before = /^[,:]$/.test(tokens[openTok - 1]?.raw ?? '') ? openTok - 2 : openTok - 1;
    return tokens[before]?.word === true && /^(captioned|caption|titled|entitled|headlined|inscribed)$/.test(tokens[before]!.lower);
  }

  /** Is "read" or "reads" right before the opening mark (past a comma or a colon) or right after the closing one, in its paragraph? */
  private besideReads(openTok: number, closeTok: number): boolean {
    const { tokens } = this.doc;
    const reads = (k: number): boolean => tokens[k]?.word === true && /^(read|reads)$/.test(tokens[k]!.lower);
    const before = /^[,:]$/.test(tokens[openTok - 1]?.raw ?? '') ? openTok - 2 : openTok - 1;
    const after = tokens[closeTok + 1]?.raw === ',' ? closeTok + 2 : closeTok + 1;
    if (reads(before)) return true;
    // (or a sign "saying" them: "held up a sign saying “…”", "ran a front page saying “…”")
    const carrier = tokens[before - 1];
    if (
      /^(saying|reading)$/.test(tokens[before]?.lower ?? '') &&
      carrier?.word &&
      carrier.cap === 0 &&
      (SIGN_NOUNS.test(carrier.lower) || /^(pages?|covers?|shirts?|t-shirts?)$/.test(carrier.lower))
    )
      return true;
    if (!reads(after)) return false;
    // (a "READ MORE: …" link opening the next paragraph is no sign that reads the words; "Read the rest at …" ends an
    // excerpt, no one's words either)
    const p = tokens[after]!.para;
    if (p === tokens[closeTok]!.para) return true;
    const end = this.paraFirst[p + 1] ?? tokens.length;
    return !linkLine(this.doc.text.slice(tokens[after]!.start, tokens[end - 1]!.end));
  }

  /**
   * Whether the words opening at `openTok` follow a passive of asking or telling right before them, nothing but a comma
   * or a colon between: "Trump was asked, “…?”", "Residents were told: “…”" (words put to the subject, not said by it).
   */
  private askedOfSubject(openTok: number): boolean {
    const { tokens } = this.doc;
    let k = /^[,:]$/.test(tokens[openTok - 1]?.raw ?? '') ? openTok - 2 : openTok - 1;
    // (past a short phrase of time or place before a colon: "were told at a meeting on Tuesday: “…”")
    if (tokens[openTok - 1]?.raw === ':') {
      let p = k;
      while (
        p > k - 7 &&
        tokens[p]?.word &&
        !this.doc.quoted[p] &&
        !/^(and|but|then|who|which|that|asked|questioned|pressed|quizzed|told)$/.test(tokens[p]!.lower)
      )
        p--;
      if (p < k && /^(at|in|on|during|after|before|outside|inside|this|last|earlier|later)$/.test(tokens[p + 1]!.lower)) k = p;
    }
    const v = tokens[k];
    if (!v?.word || v.cap > 0 || this.doc.quoted[k] || !/^(asked|questioned|pressed|quizzed|told)$/.test(v.lower)) return false;
    k--;
    if (/[a-z]ly$/.test(tokens[k]?.lower ?? '') && tokens[k]!.cap === 0) k--;
    return /^(was|were|is|are|be|been|being|get|gets|got)$/.test(tokens[k]?.lower ?? '') && tokens[k]!.cap === 0;
  }

  /**
   * Do the words before the colon at token c say that its sentence's subject gives an answer: a verb of giving and a noun
   * of words said ("had one word:", "gave a blunt reply:", "issued a short response:") or a copula and an adjective of a
   * manner of speaking ("was blunt:", "was more careful:"); not words got, heard, read or shown ("She got a one-word
   * reply:", "heard the verdict:", "ignored the warning:"), a feeling ("was proud:", "is furious:"), nor after a "who" or a
   * second person in the sentence ("put the question to Tom Berg, who had one word:"), whose answer is not the subject's.
   */
  private answerBeforeColon(c: number, start: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[c - 1];
    if (!t?.word || this.doc.quoted[c - 1] || tokens[c - 1]!.para !== tokens[c]!.para) return false;
    // (the sentence before the colon: no "who", no verb of getting or perceiving, at most one person's name)
    let names = 0;
    for (let k = start; k < c; k++) {
      const x = tokens[k]!;
      if (this.doc.quoted[k]) return false;
      if (!x.word) continue;
      if (
        x.cap === 0 &&
        /^(who|whom|whose|which|that|got|gets|get|received|receives|heard|hears|read|reads|ignored|ignores|showed|shows|shown|pointed|points|saw|sees|seen|found|finds|noticed|painted|wrote|named|got|obtained|shared|posted)$/.test(
          x.lower,
        )
      )
        return false;
      if (x.cap > 0 && k > start && !(tokens[k - 1]!.word && tokens[k - 1]!.cap > 0)) names++;
    }
    if (names > 1) return false;
    const answer = /^(word|words|answer|reply|response|retort|verdict|message|comment|reaction|warning)$/;
    // (the noun may be followed by whom the words are for: "had a message for the unions:", "had a warning for parents:")
    // (four words at most after "for", no mark between)
    let w = c - 1;
    for (let k = c - 2; k > start + 1 && k >= c - 5 && tokens[k]!.word; k--)
      if (tokens[k]!.lower === 'for') {
        if (answer.test(tokens[k - 1]!.lower)) w = k - 1;
        break;
      }
    if (tokens[w]!.cap > 0) return false;
    if (answer.test(tokens[w]!.lower)) {
      // (a verb of giving before it, past only the words of its kind: "had one word", "gave a blunt, one-word reply")
      let k = w - 1;
      while (
        k > start &&
        w - 1 - k < 5 &&
        tokens[k]!.cap === 0 &&
        (!tokens[k]!.word
          ? tokens[k]!.raw === '-' || tokens[k]!.raw === ','
          : !/^(had|has|have|gave|gives|give|offered|offers|issued|issues|delivered|delivers)$/.test(tokens[k]!.lower))
      ) {
        if (
          tokens[k]!.word &&
          !/^(a|an|one|two|three|single|short|brief|blunt|curt|terse|simple|clear|firm|quick|swift|harsh|stern|sharp|strong|stark|one-word|two-word|final|last|same|only|just|word)$/.test(
            tokens[k]!.lower,
          )
        )
          return false;
        k--;
      }
      return (
        !!tokens[k]?.word &&
        tokens[k]!.cap === 0 &&
        /^(had|has|have|gave|gives|give|offered|offers|issued|issues|delivered|delivers)$/.test(tokens[k]!.lower)
      );
    }
    // (an adjective of how one speaks: "was blunt:", "was equally short:", "was more careful:")
    if (
      !/^(blunt|curt|brief|terse|short|clear|direct|careful|cautious|succinct|emphatic|firm|frank|candid|unequivocal|plain|concise|categorical|defiant|adamant|forthright|outspoken|unapologetic|scathing)$/.test(
        t.lower,
      )
    )
      return false;
    let k = c - 2;
    if ((/[a-z]ly$/.test(tokens[k]?.lower ?? '') || /^(more|less|even|far|much)$/.test(tokens[k]?.lower ?? '')) && tokens[k]!.cap === 0)
      k--;
    return k < c - 1 && tokens[k]?.word === true && tokens[k]!.cap === 0 && /^(was|is|were|are)$/.test(tokens[k]!.lower);
  }

  /**
   * The kind of quotation q: as its marks give it (quotes.ts), but a whole clause quoted after ", and" or ", but" with a
   * frame of its own right after its closing mark is quoted directly, although it opens in lower case: "criticised the
   * tender, and “this is a disgrace,” she added" (not a fragment of the clause before the conjunction).
   */
  private quotedKind(q: MarkedQuote, openTok: number, closeTok: number, frame: Construction | null): QuoteKind {
    if (q.kind !== 'partial' || !q.closed || frame === null || frame.first <= closeTok) return q.kind;
    // (right after the mark, or past a title before the name: '“…,” Sgt. Dana Cole said')
    const { tokens } = this.doc;
    let framed = true;
    for (let k = closeTok + 1; k < frame.first; k++) if (!(tokens[k]!.word && tokens[k]!.cap > 0) && tokens[k]!.raw !== '.') framed = false;
    return this.clauses.wholeClauseAfterConjunction(openTok, closeTok, framed) ? 'direct' : q.kind;
  }

  /** Is the quotation one kept even when no speaker is found: whole sentences said, not a fragment, a title or a label? */
  private keptUnattributed(q: MarkedQuote): boolean {
    return q.kind !== 'partial' && wordsAtLeast(q.text, 5) && /[.,!?…:;—-]\s*$/.test(q.text);
  }

  /** The speaker sentence `si` opens with as its subject, acting before the opening mark at `openTok` (ownSubject), or null. */
  private ownSpeaker(si: number, openTok: number, para: number): Ref | null {
    const s = ownSubject(this.doc, this.doc.sents.starts[si]!, openTok);
    const r = s ? this.speakers.resolveSubject(s, para, si) : null;
    return r ? final(r.ref) : null;
  }

  /**
   * A quotation mark written as two apostrophes (''…'', as some archives set “…”) is one mark: from the token of the
   * apostrophe that opens (step -1) or closes (step 1) the quotation, the token of the other one, or `k`.
   */
  private doubledMark(k: number, step: 1 | -1): number {
    const { tokens } = this.doc;
    const t = tokens[k];
    const o = tokens[k + step];
    if (t?.raw !== "'" || o?.raw !== "'") return k;
    return (step === 1 ? t.end === o.start : o.end === t.start) ? k + step : k;
  }

  /**
   * Is `ref` the person a lede's unnamed speaker d is compared with ("Like Ruiz, the mayor said … / Ruiz said …"): a name
   * the comparison's noun phrase ends with, theirs in full or their surname alone ("Like Paul Okafor, the first lady said
   * … / Ngozi Okafor said …" is not).
   */
  private comparedTo(d: Ref, ref: Ref): boolean {
    const name = this.speakerOf(ref, null).name.toLowerCase();
    const surname = name.split(/\s+/).pop()!;
    return (this.comparedWith.get(d) ?? []).some((h) => {
      const head = h.toLowerCase();
      return head === surname || (' ' + head).endsWith(' ' + name);
    });
  }

  /** Bind unnamed lede speakers ("A high-ranking Russian official says ...") to the first person named in the next paragraph. */
  private bindLede(descs: Ref[], out: Array<Quote & { _ref: Ref | null }>, para: number, onlyKnown = false): void {
    // (a group, its head a plural, is none of its members: "Shop owners say …", then "Tom Moak, who runs a bakery, said …")
    // (nor is a collective, though its noun is singular: "A Montreal family says …", then "Isabelle Gagnon says …")
    const plural = (d: Ref): boolean => !!d.desc && (d.desc.group || pluralHead(d.desc.head) || COLLECTIVE_HEADS.test(d.desc.head));
    const named = out.find((o) => o.paragraph === para && o._ref && final(o._ref).key && !this.speakers.isGroup(final(o._ref)));
    // (or, when no one named speaks there, the person the paragraph opens with: "Siobhan Coady delivered the update …")
    // (a paragraph further on binds only the one person it names in the role: see personKnownAsIn below)
    const target = onlyKnown ? null : named?._ref ? final(named._ref) : this.speakers.personOpening(para);
    // "a spokeswoman for Premier Dale Ives" is not Ives
    const surname = target ? this.speakerOf(target, null).name.split(/\s+/).pop()!.toLowerCase() : null;
    for (const d of descs) {
      if (d.bound || plural(d) || !d.desc) continue;
      // (a sign or a banner is no one named later: "A banner on the bridge read “…” / Ana Ruiz led the march."; nor is a
      // document: "A new lawsuit says … / Ana Ruiz said …")
      if (SIGN_NOUNS.test(d.desc.head) || writtenHead(d.desc.head)) continue;
      // (nor is a source the sentence keeps anonymous: "…, said an official who was briefed on the talks", "a senior
      // aide said on condition of anonymity", "people familiar with the plan said": a reporter who could name them later
      // would not have hidden them, so the one named next is someone else)
      if (this.keptAnonymous(d, out)) continue;
      if (
        target &&
        d !== target &&
        !d.desc.text.toLowerCase().includes(surname!) &&
        // (nor one the description's own words are about: "Emeka Okonjo and his sons slept in the gym, a volunteer said. /
        // Emeka Okonjo said …" is no Okonjo speaking of himself by name)
        !out.some((o) => o._ref === d && namesWord(o.text, surname!)) &&
        // (nor one it is compared with, never the speaker: "Like Ruiz, the mayor, a Democrat, said … / Ruiz said …")
        !this.comparedTo(d, target) &&
        // a definite description is someone the article knows by that role: "The province's top doctor urged … / Dr.
        // Miriam Halloran, Ontario's chief medical officer of health, said …" (not "The premier said … / “…,” said
        // Opposition Leader Ana Roy")
        (d.desc.definite
          ? this.speakers.knownAs(target, d.desc) ||
            this.speakers.newlyNamedFor(target, d.desc, para) ||
            this.speakers.chiefNamedFor(target, d.desc, para)
          : !this.speakers.knownOtherwise(target, d.desc) || this.speakers.newlyNamedFor(target, d.desc, para))
      ) {
        d.bound = target;
        // (one of those nouns any of an organisation's people is known by binds a person known by another role only as
        // a guess: "…, a senior official said. / “…,” Trade Minister Lena Aalto told reporters" is as likely one of
        // Aalto's officials; not one who holds no such office, an official too: "A high-ranking Russian official says … /
        // Kremlin spokesman Dmitry Peskov said …" stays sure, as "Ana Long, the deputy minister of health")
        if (
          !d.desc.definite &&
          ANY_STAFF_HEADS.test(d.desc.head) &&
          this.speakers.roleBesides(target, d.desc) &&
          this.speakers.holdsElectedOffice(target)
        )
          for (const o of out) if (o._ref === d) o.confidence = Math.min(o.confidence, CONFIDENCE.ledeOtherRole);
      }
      // or the one person the paragraph names in that role, speaking or not: "A former chief operating officer …
      // testified … / Rachel Dunmore, the company's chief operating officer until 2019, is the first …" (not "Defence
      // lawyer Tom Baird said …", known by another role); a definite one too when that person bears its role: "The
      // provincial ombudsman says … / Ombudsman Teresa Lindqvist made 18 recommendations …"
      else {
        const known = this.speakers.personKnownAsIn(d.desc, para);
        const name = known ? this.speakerOf(known, null).name.split(/\s+/).pop()!.toLowerCase() : '';
        if (known && !d.desc.text.toLowerCase().includes(name) && !this.comparedTo(d, known)) d.bound = known;
      }
    }
    descs.length = 0;
  }

  /** Does a sentence where the unnamed speaker d frames a quotation say it is kept anonymous (ANONYMOUS_SOURCE)? */
  private keptAnonymous(d: Ref, out: ReadonlyArray<Quote & { _ref: Ref | null }>): boolean {
    const { doc } = this;
    for (const o of out) {
      if (o._ref !== d) continue;
      const k = this.tokenAt(o.start);
      const from = doc.tokens[sentStart(doc, k)]!.start;
      const to = doc.tokens[sentEnd(doc, k)]!.end;
      if (ANONYMOUS_SOURCE.test(doc.text.slice(from, to))) return true;
    }
    return false;
  }

  /**
   * The person who signs a quotation with a dash after its closing mark at `closeTok` ("“…” ― Sonya Herridge", a
   * new paragraph "- Bernie Sanders." or "-President Obama, tweeting …"), past titles; null when no person follows.
   */
  private signedBy(closeTok: number): Subject | null {
    const { tokens } = this.doc;
    let k = closeTok + 1;
    if (tokens[k]?.raw === '.') k++;
    let dashEnd = -1;
    for (let d = k; d < k + 2 && /^[-–—―]$/.test(tokens[d]?.raw ?? ''); d++) dashEnd = d;
    if (dashEnd < 0 || dashAfterQuote(tokens, dashEnd) < 0) return null;
    for (let j = dashEnd + 1; j <= dashEnd + 4 && j < tokens.length; j++) {
      const m = this.doc.knownStartAt.get(j);
      const person = this.doc.people.startAt.get(j);
      if (m && m.kind !== KIND_ROLE && this.doc.index.entities[m.entity]!.type === 'person')
        return { kind: 'key', key: entityKey(m.entity), first: j, last: m.last };
      if (person !== undefined)
        return {
          kind: 'key',
          key: personKey(person),
          first: j,
          last: this.doc.people.people[person]!.mentions.find((x) => x.first === j)!.last,
        };
      const t = tokens[j]!;
      if (t.raw === '.' && j > dashEnd + 1) continue; // "Sen."
      if (!t.word || !TITLES.has(t.lower)) return null;
    }
    return null;
  }

  /**
   * A link or a caption, not a quotation: the paragraph opens with a label and a colon right before the opening
   * mark ("READ MORE: “…”", "Photo: “…”").
   */
  private afterLabel(openTok: number): boolean {
    const { tokens } = this.doc;
    if (tokens[openTok - 1]?.raw !== ':') return false;
    const first = this.paraFirst[tokens[openTok]!.para];
    if (first === undefined || first >= openTok - 1 || openTok - 1 - first > 3) return false;
    for (let k = first; k < openTok - 1; k++)
      if (!tokens[k]!.word || tokens[k]!.cap === 0 || !LINK_LABELS.has(tokens[k]!.lower)) return false;
    return true;
  }

  /**
   * Is the quotation at `openTok` what the clause's verb names its object by, that object a short noun phrase with no
   * clause of its own: "calling the cut “…”", "called the plan “…”", "dismissed the account as “…”", "described it as
   * “…”" (not "calling for “…”", "calling on the council to “…”", nor the act of another: "mocked Trump for calling
   * himself the “…”"). Which kind: 'as' or 'call'; null when it is none.
   */
  private namesObject(openTok: number): 'as' | 'call' | null {
    const { tokens } = this.doc;
    const as = tokens[openTok - 1]?.lower === 'as';
    const end = as ? openTok - 1 : openTok;
    for (let k = end - 2; k >= Math.max(0, end - 7); k--) {
      const t = tokens[k]!;
      if (!t.word || this.doc.quoted[k] || t.para !== tokens[openTok]!.para) return null;
      if (t.cap === 0 && (as ? AS_NAMING.test(t.lower) : CALLING.test(t.lower))) {
        // (an object that opens as a noun phrase: "for", "on", "out", "that" open no object)
        const o = tokens[k + 1]!;
        const b = tokens[k - 1]?.lower ?? '';
        // (nor a passive, a wish or a guess: "was described as", "would only call it", "might describe it as")
        const aux = /^(only|not|never|also|even|probably|likely)$/.test(b) ? (tokens[k - 2]?.lower ?? '') : b;
        if (
          !o.word ||
          /^(for|on|upon|out|off|up|in|into|to|that|from|back|at)$/.test(o.lower) ||
          /^(am|is|are|was|were|be|been|being|would|will|could|can|might|may|should|must|shall|wo|wouldn't|won't|couldn't|can't|cannot)$/.test(
            aux,
          ) ||
          /^(for|of|about|over|against|after|before|without|from|with|at|on|to|despite|since)$/.test(b)
        )
          return null;
        // (the verb of the sentence's first clause: not after ", and officials rejected …", whose subject is not the
        // sentence's)
        const { sents } = this.doc;
        // (past the comma before a participle: "rejected the cut, calling it “…”")
        const from = /ing$/.test(t.lower) && tokens[k - 1]?.raw === ',' ? k - 2 : k - 1;
        for (let j = from; j >= 0 && sents.sent[j] === sents.sent[k]; j--) {
          // (past a phrase of a preposition set off by commas between the subject and the verb: "The ministry, in a
          // statement carried by the state news agency, welcomed the deal as “…”")
          if (j === k - 1 && tokens[j]!.raw === ',') {
            let m = j - 1;
            while (m > j - 14 && m >= 0 && (tokens[m]!.word || tokens[m]!.raw === '-') && !this.doc.quoted[m]) m--;
            if (m >= 0 && tokens[m]!.raw === ',' && m < j - 2 && /^(in|on|at|during|through|via)$/.test(tokens[m + 1]!.lower)) {
              j = m;
              continue;
            }
          }
          if (/^[,;—–]$/.test(tokens[j]!.raw) || /^(and|but|while|whereas|or|who|which|that)$/.test(tokens[j]!.lower)) return null;
        }
        return as ? 'as' : 'call';
      }
      if (t.cap === 0 && (SPEECH_VERBS.has(t.lower) || SUBORDINATORS.has(t.lower) || /^(that|which|who|to|and|or|but)$/.test(t.lower)))
        return null;
    }
    return null;
  }

  /** Is the quotation at `openTok` named by no one: "known as “…”", "known as the “…”", "so-called “…”"? */
  private impersonalNaming(openTok: number): boolean {
    const { tokens } = this.doc;
    let k = openTok - 1;
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k--;
    const w = tokens[k];
    if (!w?.word) return false;
    if (w.lower === 'as') return tokens[k - 1]?.lower === 'known';
    return (
      w.lower === 'called' && tokens[k - 1]?.raw === '-' && tokens[k - 2]?.lower === 'so' && tokens[k - 1]!.start === tokens[k - 2]!.end
    );
  }

  /** Does a naming word stand right before the opening mark: "so-called", "dubbed", "known as", "the word", "a group called"? */
  private afterNaming(openTok: number): boolean {
    const { tokens } = this.doc;
    const w = tokens[openTok - 1];
    // (past a dash or a colon after a noun of words sung or written, never said: 'whose chorus — “…” — is the best thing
    // she has written', 'the inscription: “…”')
    if (w && /^[—–:]$/.test(w.raw)) {
      const n = tokens[openTok - 2];
      return (
        !!n?.word &&
        /^(refrain|chorus|lyrics?|inscription|epitaph|epigraph|tagline|motto|slogan)$/.test(n.lower) &&
        /^(the|a|its|his|her|their|whose)$/.test(tokens[openTok - 3]?.lower ?? '')
      );
    }
    if (!w || !w.word) return false;
    if (NAMING_VERBS.has(w.lower)) return true;
    const before = tokens[openTok - 2];
    // 'known as “…”'; an example, not words said: 'such as “The fog will close the harbour.”'; a translation: 'often
    // translated as “…”', 'which translates to “…”', 'a word meaning “…”'
    if (w.lower === 'as' || w.lower === 'to')
      return (
        /^(known|such|translated|translates|rendered)$/.test(before?.lower ?? '') && (w.lower === 'as' || before?.lower === 'translates')
      );
    if (w.lower === 'meaning') return true;
    if (w.lower === 'called') return (before?.raw === '-' && tokens[openTok - 3]?.lower === 'so') || this.relativeNamer(openTok - 1);
    return NAMING_NOUNS.has(w.lower) && before !== undefined && /^(the|a|its|his|her|their|whose)$/.test(before.lower);
  }

  /**
   * Does "called" at `v` close a relative clause whose subject is a common noun: "a building that critics called “…”",
   * "the plan, which opponents have called “…”"? The name is someone's, not the sentence's subject's.
   */
  private relativeNamer(v: number): boolean {
    const { tokens } = this.doc;
    for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
      const t = tokens[k]!;
      if (!t.word || t.cap > 0) return false;
      if (/^(that|which)$/.test(t.lower)) return k < v - 1 && !PRONOUNS.has(tokens[k + 1]!.lower);
    }
    return false;
  }

  /**
   * Does the quotation opening at `openTok` follow another in its sentence, a title, with only a comma, "and" or "or"
   * between ('“Apollo 13,” and “…”', '“Dune” or “…”'): one title of a list?
   */
  private afterListedTitle(q: MarkedQuote, openTok: number, inSentence: ReadonlyArray<MarkedQuote>): boolean {
    const { tokens } = this.doc;
    let k = openTok - 1;
    if (/^(and|or)$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.raw === ',') k--;
    if (k === openTok - 1) return false;
    const before = inSentence.find((o) => o !== q && o.closed && o.end <= q.start && this.doubledMark(this.tokenAt(o.close), 1) === k);
    return before !== undefined && WORK_TITLE.test(before.text.trim());
  }

  /** Does an author follow the closing mark at `closeTok`: ', by Times' Ben Sisario', ', by the Gazette's Ada Berg' (a comma, "by", a capital)? */
  private byAuthor(closeTok: number): boolean {
    const { tokens } = this.doc;
    // the comma stands inside the closing mark or after it
    let k = closeTok + 1;
    if (tokens[k]?.raw === ',') k++;
    else if (tokens[closeTok - 1]?.raw !== ',' && !(tokens[closeTok - 1]?.raw === "'" && tokens[closeTok - 2]?.raw === ',')) return false;
    const by = tokens[k];
    const author = tokens[k + 1]?.raw === 'the' ? tokens[k + 2] : tokens[k + 1];
    return by?.word === true && by.raw === 'by' && author?.word === true && author.cap > 0;
  }

  /**
   * Does the quotation from `openTok` to `closeTok` open its sentence and its closing mark (and a comma) come right
   * before "which" or a verb in the present or the past that is no verb of saying, perhaps after an adverb in -ly
   * ('“Salt and Stone,” which opens …', '“Harbour Lights” gently mocks …'): the words in the marks are the sentence's
   * subject, a title?
   */
  private titleAsSubject(openTok: number, closeTok: number, text: string): boolean {
    const { tokens, sents } = this.doc;
    if (sents.starts[sents.sent[openTok]!] !== openTok) return false;
    let k = closeTok + 1;
    if (tokens[k]?.raw === ',') k++;
    if (tokens[k]?.word && /[a-z]ly$/.test(tokens[k]!.raw)) k++;
    const w = tokens[k];
    if (!w?.word || w.cap !== 0 || SPEECH_VERBS.has(w.lower)) return false;
    if (w.lower === 'which') return true;
    // (a verb after a comma, "!" or "?" in the marks frames them: "''Choke!'' blared the front page")
    if (/[,!?]$/.test(text.trim())) return false;
    // (a short verb too: "'The Keeper's Daughter' runs through April 19", "“Salt and Stone” plays at the Grand")
    return AUXILIARIES.has(w.lower) || /^[a-z]{2,}[^e]ed$/.test(w.lower) || shortPresentInS(w.lower);
  }

  /**
   * Is the fragment from the opening mark at `openTok` to the closing mark at `closeTok` a modifier of the noun right
   * after it, within a noun phrase that a determiner opens: 'the “Bernie or Bust” crowd', 'his “Second Amendment people”
   * remark', 'a federal “supermax” prison' (a determiner and at most one word before the mark, no punctuation at the
   * fragment's end, a lower-case word after it that is no verb, preposition or conjunction)?
   */
  private modifiesNoun(openTok: number, closeTok: number, text: string): boolean {
    const { tokens } = this.doc;
    const first = tokens[openTok + 1]?.raw === "'" ? tokens[openTok + 2] : tokens[openTok + 1];
    if (/[.,!?;:…]\s*$/.test(text) || wordsAtLeast(text, 5) || !first?.word) return false;
    if (AUXILIARIES.has(first.lower) || PRONOUNS.has(first.lower) || CLAUSE_BAD_START.has(first.lower)) return false;
    const next = tokens[closeTok + 1];
    if (!next?.word || next.cap !== 0 || next.start !== tokens[closeTok]!.end + 1 || !/^[a-z][a-z-]+$/.test(next.raw)) return false;
    // (no verb: 'the “experts” say', 'the “reform” would', 'the “deal” signed')
    if (/(ly|ed|ing)$/.test(next.lower) || CLAUSE_BAD_START.has(next.lower) || AUXILIARIES.has(next.lower) || PRONOUNS.has(next.lower))
      return false;
    // (a noun of saying after a possessive is the head, no verb: 'his “Second Amendment people” remark')
    const owner = tokens[openTok - 1];
    const ownerHead = owner !== undefined && (owner.key === "'s" || /^(his|her|its|their|my|our|your)$/.test(owner.lower));
    if (SPEECH_VERBS.has(next.lower) && !(ownerHead && SPEECH_NOUNS.test(next.lower))) return false;
    const det = (t: { word: boolean; lower: string; key?: string } | undefined): boolean =>
      t !== undefined && ((t.word && /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/.test(t.lower)) || t.key === "'s");
    const before = tokens[openTok - 1];
    // (after a noun, words in capitals are its name: 'his opponent “Senator Cruz”')
    return det(before) || (before?.word === true && before.cap === 0 && first.cap === 0 && det(tokens[openTok - 2]));
  }

  /**
   * Does the quotation opening at token `openTok` follow the owner of a work or the kind of work: a possessive
   * ("ABC's “This Week”"), "author of", "host of", or a noun such as memoir, book or show ("her memoir, “Tough
   * Choices”")?
   */
  private namesWork(openTok: number): boolean {
    const { tokens } = this.doc;
    let k = openTok - 1;
    if (tokens[k]?.raw === ',') k--;
    const w = tokens[k];
    if (!w) return false;
    if (w.key === "'s" && k === openTok - 1) return true;
    // a work named by a verb of naming: 'a column titled “Why I Still Won't Get the Shot,”', 'headlined “…”'
    if (w.word && (NAMING_VERBS.has(w.lower) || w.lower === 'headlined') && k === openTok - 1) return true;
    // a programme someone appears on: 'said on “Meet the Press”', 'an appearance on “Morning Joe,”'; or is interviewed by,
    // as the one told, for no quotation follows "told" with no mark between: 'Vik told “Fox and Friends,” adding …'
    if ((w.lower === 'on' || /^(told|tells|telling)$/.test(w.lower)) && k === openTok - 1) return true;
    // a name a noun of naming gives: 'under the pseudonym “Carlos Danger,”', 'his nickname, “Big Ed,”'
    // (not "the words", "the phrase": 'she added the words, “Thank You, Ohio.”' are said)
    if (NAME_NOUNS.test(w.lower) && /^(the|a|an|his|her|its|their)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    // (the kind of work's owner, "the" between: 'the authors of the “Growth and Opportunity Project,”')
    if (w.lower === 'the' && tokens[k - 1]?.lower === 'of' && k === openTok - 1) k--;
    if (tokens[k]!.lower === 'of')
      return (
        /^(author|co-author|coauthor|host|editor|creator|star|writer|producer|director)s?$/.test(tokens[k - 1]?.lower ?? '') ||
        (tokens[k - 1]?.raw === '-' && tokens[k - 2]?.lower === 'co')
      );
    // "op-ed", as one word or three tokens
    const opEd = w.lower === 'ed' && tokens[k - 1]?.raw === '-' && tokens[k - 2]?.lower === 'op';
    // (a published study's title in apposition, set off by commas: 'The report, “The Forgotten Siege,” called …')
    const study = k === openTok - 2 && /^(report|study|survey|paper|review|audit)$/.test(w.lower);
    return w.word && (WORK_NOUNS.has(w.lower) || opEd || study);
  }

  /**
   * The earlier quotation with a speaker whose words a quotation that is a whole paragraph repeats, all or in part (four
   * words or more, compared in lower case without punctuation): a pull quote's source; undefined when none.
   */
  private echoOf(
    q: MarkedQuote,
    closeTok: number,
    out: ReadonlyArray<Quote & { _ref: Ref | null }>,
  ): (Quote & { _ref: Ref | null }) | undefined {
    if (!wordsAtLeast(q.text, 4) || !this.wholeParagraph(q, closeTok)) return undefined;
    const words = this.spacedWords(q.text);
    return out.find((o) => o._ref !== null && o.kind !== 'indirect' && o.paragraph < q.para && this.spacedWords(o.text).includes(words));
  }

  /**
   * A quotation's words for echoOf: lower case, each run of other characters one space, with a space either side; kept
   * per text, as every whole-paragraph quotation compares itself with all the quotations before it.
   */
  private spacedWords(text: string): string {
    let s = this.spaced.get(text);
    if (s === undefined) {
      s = ` ${lowerWords(text, ' ')} `;
      this.spaced.set(text, s);
    }
    return s;
  }

  /** Is the quotation in single marks ('…', ‘…’), not in the doubled ones some newspapers print for double marks (''…'')? */
  private singleMarked(q: MarkedQuote): boolean {
    const { text } = this.doc;
    return /['‘]/.test(text.charAt(q.open)) && text.charAt(q.open + 1) !== "'" && text.charAt(q.open - 1) !== "'";
  }

  /** Is the quotation, closed at token `closeTok`, all of its paragraph? */
  private wholeParagraph(q: MarkedQuote, closeTok: number): boolean {
    const next = this.paraFirst[q.para + 1] ?? this.doc.tokens.length;
    return q.closed && q.segments.length === 1 && this.opensParagraph(q) && closeTok === next - 1;
  }

  /**
   * The paragraph before `para`, past paragraphs that link to another story ("READ MORE: …", "Related: …"), lines of the
   * page ("Story continues below advertisement", "Article content": pageNoiseLine) and a caption under its label
   * ("Image caption," / "Drivers at the depot voted for action").
   */
  private paraBeforeLinks(para: number): number {
    const { tokens, text, headings } = this.doc;
    const textOf = (p: number): string | null => {
      const first = this.paraFirst[p];
      const next = this.paraFirst[p + 1];
      return first === undefined || next === undefined ? null : text.slice(tokens[first]!.start, tokens[next - 1]!.end);
    };
    let p = para - 1;
    while (p > 0) {
      const s = textOf(p);
      if (s === null) break;
      if (headings.has(p) && (linkLine(s) || pageNoiseLine(s))) p--;
      else if (p > 1 && /^(?:image|media) caption,?$/i.test(textOf(p - 1) ?? '')) p -= 2;
      else break;
    }
    return p;
  }

  /**
   * The one who takes the floor at the end of the sentence just before quotation q, which opens its own sentence in the
   * same paragraph (or opens its paragraph after the one that sentence ends): "Her husband interjected. “…”", "“…,” Kell
   * said, and her husband cut in. “…”" (see turnTaker); null otherwise.
   */
  private turnTakenBefore(q: MarkedQuote, si: number, openTok: number, opensPara: boolean): Resolved | null {
    const { sents, tokens } = this.doc;
    if (si < 1 || openTok !== sents.starts[si]) return null;
    const start = sents.starts[si - 1]!;
    const end = sents.starts[si]! - 1;
    const para = tokens[end]!.para;
    if (para !== q.para && !(opensPara && para === q.para - 1)) return null;
    // (not a "he" or "she", which the last speaker may be as well: "He interrupted." after Kell's words is left as before)
    const s = turnTaker(this.doc, start, end);
    return s && s.kind !== 'pronoun' ? this.speakers.resolveSubject(s, para, si - 1) : null;
  }

  /**
   * The speaker whose turn an unframed quotation, a paragraph of its own, takes in an exchange of two people, each
   * quoted in a paragraph of their own just before: the one quoted two paragraphs back, when the one just before asked
   * a question and this answers it, or when both this and the one two back ask ("“…?” Tolliver asked. / “…,” Halvorsen
   * said. / “And what did you do?”"; "“…,” Vik said. / “…?” the prosecutor asked. / “I do not.”"); null otherwise.
   */
  private turnBefore(q: MarkedQuote, out: ReadonlyArray<Quote & { _ref: Ref | null }>): Ref | null {
    const lastIn = (p: number): (Quote & { _ref: Ref | null }) | undefined => {
      for (let k = out.length - 1; k >= 0 && out[k]!.paragraph >= p; k--)
        if (out[k]!.paragraph === p && out[k]!.kind !== 'indirect' && out[k]!._ref) return out[k];
      return undefined;
    };
    const b = lastIn(q.para - 1);
    const a = lastIn(q.para - 2);
    if (!a?._ref || !b?._ref || final(a._ref) === final(b._ref) || !final(a._ref).key || !final(b._ref).key) return null;
    // the quotation is its paragraph, nothing after it
    const next = this.paraFirst[q.para + 1] ?? this.doc.tokens.length;
    if ((this.doc.tokens[next - 1]?.end ?? 0) > q.close + 1) return null;
    const asks = (t: string): boolean => /\?\s*$/.test(t);
    return (asks(b.text) && !asks(q.text)) || (asks(a.text) && !asks(b.text) && asks(q.text)) ? a._ref : null;
  }

  /** The first token after a construction's reported clause, or after the construction when it reports none. */
  private afterClause(c: Construction): number {
    const span = this.clauses.clause(c);
    return span ? this.tokenAt(Math.max(span[1] - 1, span[0])) + 1 : c.last + 1;
  }

  /** Whether tokens `from` to `to` (not included) are lower-case words outside quotation marks, then a colon: "the workers:". */
  private lowerWordsThenColon(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = from;
    while (k < to && tokens[k]!.word && tokens[k]!.cap === 0 && !quoted[k]) k++;
    if (k === from || tokens[k]?.raw !== ':') return false;
    for (k++; k < to; k++) if (tokens[k]!.word) return false;
    return true;
  }

  /**
   * May a quotation with no frame, inside its paragraph, continue the last speaker `h`: met in the quotation's own
   * sentence, or spoken of before the opening mark (a name, a description's head, a "he" or "she" of that gender) in
   * that sentence, or in the sentence before when the quotation opens its own ("Sexton said. “…”", "Mr. Hannity is
   * unapologetic about his aim. “…”")?
   */
  private tiedToLast(h: { ref: Ref; sent: number }, q: MarkedQuote, si: number, openTok: number): boolean {
    const { tokens, sents } = this.doc;
    if (h.sent === si) return true;
    let from = sents.starts[si]!;
    let opensSentence = true;
    for (let k = from; k < openTok; k++) if (tokens[k]!.word) opensSentence = false;
    if (opensSentence && si > 0 && tokens[sents.starts[si - 1]!]!.para === q.para) {
      if (h.sent === si - 1) return true;
      from = sents.starts[si - 1]!;
    }
    return this.speakers.spokenOf(h.ref, from, openTok);
  }

  /** Does a "he", "she", "they" or a name stand outside quotation marks between tokens `from` and `to` ("… ?” He sighed.")? */
  private someoneBetween(from: number, to: number): boolean {
    const { tokens, quoted, knownStartAt, people } = this.doc;
    for (let k = from; k < to; k++) {
      if (quoted[k]) continue;
      if (/^(he|she|they)$/.test(tokens[k]!.lower) || knownStartAt.has(k) || people.startAt.has(k)) return true;
    }
    return false;
  }

  private opensParagraph(q: MarkedQuote): boolean {
    const i = this.paraFirst[q.para];
    const p = i === undefined ? undefined : this.doc.tokens[i];
    return p !== undefined && p.start >= q.open - 1 && p.start <= q.open;
  }

  /**
   * the paragraph ends on a question mark of its own ("… Do you agree?"), not one inside quotation marks, closed or left
   * open for the next paragraph: more opening marks than closing ones, an odd number of straight ones
   */
  private endsWithQuestion(p: number): boolean {
    const next = this.paraFirst[p + 1] ?? this.doc.tokens.length;
    const last = this.doc.tokens[next - 1];
    if (last === undefined || last.para !== p || last.raw !== '?') return false;
    const text = this.doc.text;
    let open = 0;
    let straight = 0;
    for (let i = this.doc.tokens[this.paraFirst[p]!]!.start; i < last.start; i++) {
      const c = text[i];
      if (c === '“') open++;
      else if (c === '”') open--;
      else if (c === '"') straight++;
      else if (c === "'" && text[i + 1] === "'") {
        straight++;
        i++;
      }
    }
    return open <= 0 && straight % 2 === 0;
  }

  /** Does paragraph p end with a colon ("In a statement, the company said:")? */
  private endsWithColon(p: number): boolean {
    const next = this.paraFirst[p + 1] ?? this.doc.tokens.length;
    const last = this.doc.tokens[next - 1];
    return last !== undefined && last.para === p && last.raw === ':';
  }

  private speakerOf(ref: Ref | null, mention: Span | null): Speaker {
    if (!ref) return { name: '', entityId: null, mention: null };
    const r = final(ref);
    if (r.desc) return { name: this.organisationNamed(r.desc.text) ?? r.desc.text, entityId: null, mention };
    const key = r.key!;
    if (key.kind === 'entity') {
      const e = this.doc.index.entities[key.entity]!;
      return { name: this.fullestKnown(key.entity) ?? e.name, entityId: e.id, mention };
    }
    const p = this.doc.people.people[key.person]!;
    return { name: p.type === 'organization' ? this.withLocalNumber(p.mentions, p.name) : p.name, entityId: null, mention };
  }

  /**
   * A union local's name with its number, which the article writes after one or more of its mentions: "Teamsters Local
   * 987", not "Teamsters Local", for "The union said …" after "Teamsters Local 987 said …" (not when two numbers are
   * written).
   */
  private withLocalNumber(mentions: ReadonlyArray<{ first: number; last: number }>, name: string): string {
    if (!/\sLocal$/.test(name)) return name;
    const { tokens } = this.doc;
    let number: string | null = null;
    for (const m of mentions) {
      const t = tokens[m.last + 1];
      if (tokens[m.last]!.raw !== 'Local' || !t || !/^[0-9]{1,5}[A-Z]?$/.test(t.raw) || t.start !== tokens[m.last]!.end + 1) continue;
      if (number !== null && number !== t.raw) return name;
      number = t.raw;
    }
    return number === null ? name : `${name} ${number}`;
  }

  /**
   * The name of an organisation the article also names without "the", for a description that is "the" and that name:
   * "The Federation of Independent Grocers (FIG) said …" and later "FIG said …" are one speaker with one name (the
   * registry holds it as an organisation's name that spoke, or that an acronym spells out).
   */
  private organisationNamed(text: string): string | null {
    // (two words or more: a newspaper's "The Hill" keeps its article)
    const m = /^the\s+(\p{Lu}\S*\s+\S.*)$/iu.exec(text);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    for (const p of this.doc.people.people) if (p.type === 'organization' && p.name.toLowerCase() === name) return p.name;
    return null;
  }

  private readonly fullest = new Map<number, string | null>();

  /** The fullest name the article gives a registry entity (its canonical name when the article gives no more). */
  private fullestKnown(n: number): string | null {
    let f = this.fullest.get(n);
    if (f === undefined) {
      f = this.fullestUncached(n);
      this.fullest.set(n, f);
    }
    return f;
  }

  private fullestUncached(n: number): string | null {
    let best: string | null = null;
    for (const m of this.doc.known) {
      if (m.entity !== n || (m.kind !== KIND_NAME && m.kind !== KIND_SURNAME)) continue;
      if (!best || wordCount(m.text) > wordCount(best)) best = withoutInvisible(m.text);
    }
    const canonical = this.doc.index.entities[n]!.name;
    if (!best || wordCount(best) <= 1) return canonical;
    return best;
  }
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * Whether the reported clause from `start` to `end` closes a question its sentence opens with an auxiliary, the
 * subject and the frame after it ("Did Kellen proclaim that the bridge was safe?", "Will the mayor say the plan is
 * dead?"): a question, no report. `sentenceStart` gives the offset its sentence starts at (asked only past the "?").
 */
function askedWhether(text: string, sentenceStart: () => number, frame: number, start: number, end: number): boolean {
  if (!/^\s*\?/.test(text.slice(end, end + 4))) return false;
  const from = sentenceStart();
  // (from the sentence's start, past an abbreviation's point: "Does Sen. Tom Berg say the tax is unfair?")
  let b = start;
  while (b > from && !/[!?\n]/.test(text[b - 1]!)) b--;
  const sentence = text.slice(b, start);
  if (/[“”"]/.test(sentence)) return false;
  // (past a conjunction opening it: "And does Berg say the tax is unfair?", "But will Kellen say …?")
  const aux =
    /^\s*(?:(?:And|But|So|Or)\s+(?:did|does|do|will|would|can|could|should|has|have|had|is|was|are|were|shall|may|might|must)|Did|Does|Do|Will|Would|Can|Could|Should|Has|Have|Had|Is|Was|Are|Were|Shall|May|Might|Must)\s/.exec(
      sentence,
    );
  // (the auxiliary no auxiliary but the speaker's given name: "Will Haddad, who runs the roads office, said …?")
  if (!aux || frame < b + aux[0].length - 1) return false;
  // (the frame's speaker is the auxiliary's own subject, not one of a clause inside the question, which reports as
  // the question takes it for granted: "Has anyone noticed that Sen. Tom Berg said the levy is unfair?", "Is it true,
  // as Berg said, that …?", "Should the council listen when Dr. Haddad says …?"; "Do critics such as Berg say …?" asks)
  const between = text.slice(b + aux[0].length, frame).replace(/\bsuch as\b/g, '');
  return !/\b(?:that|when|whenever|as|if|whether|because|while|after|before|since|once|until|although|though|where)\b/.test(between);
}
