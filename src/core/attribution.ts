/**
 * Constructions of saying: finds them in the text outside quotations ("Peskov said", "said Peskov",
 * "Peskov (seen below) pointed out", "according to Peskov", "adding") with their subjects as written (a name,
 * a pronoun, an unnamed description). Names the discovery missed are registered as people in one step,
 * once the finder has looked at a verb (registerNewNames). Who a subject refers to is worked out in
 * speakers/resolve.ts, which quotation each construction attributes in speakers/assign.ts, the reported
 * clause in speakers/clauses.ts.
 */
import { startsWithLetter, type Token, withoutInvisible } from './tokenize';
import { dashAt, datelineEnd } from './sentences';
import { KIND_ROLE } from './matcher';
import type { EntityType, Span } from './types';
import { afterFrenchParticle, FRENCH_JOINED_PARTICLE, type Gender, malayTitleAt } from './names';
import {
  genderOfFirstName,
  isGivenName,
  isHyphenJoin,
  isOrdinaryCapital,
  openerBeforeName,
  NAME_SUFFIX,
  pluralPossessive,
  PORTFOLIO,
  rankClass,
  RELATIVES,
  tightHyphen,
  titlePoint,
} from './names';
import {
  type Description,
  type Doc,
  entityKey,
  keyGender,
  keyHeads,
  keyId,
  keyName,
  keyType,
  personKey,
  sentEnd,
  sentStart,
  type SpeakerKey,
} from './doc';
import {
  AS_NAMING,
  BARE_PARTICIPLES,
  FEMALE_FIRST,
  MALE_FIRST,
  ABBREVIATIONS,
  COMPANY_TRADES,
  COMPANY_TRADE_HEADS,
  NAME_PARTICLES,
  AUXILIARIES,
  COMMON_WORDS,
  COMPASS,
  COUNTRIES,
  ROMANISED_ING_NAME,
  nationOf,
  CLAUSE_PARTICIPLES,
  CONTINUING_VERBS,
  DETERMINERS,
  ORG_NAME_ENDS,
  COMPANY_SUFFIXES,
  LEGAL_SHORT,
  legalSuffix,
  HEARSAY_PASSIVES,
  ORG_SUFFIXES,
  FEMALE_NOUNS,
  GROUP_NOUNS,
  MALE_NOUNS,
  NP_BREAK,
  PARTICLE_VERBS,
  PP_PREPS,
  PRONOUNS,
  REPORTING_VERBS,
  CRYING_OUT_VERBS,
  SPEAKER_NOUNS,
  SIDE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  TITLES,
  HONORIFIC_GENDER,
  DEMONYMS,
  MALAY_TITLE_HEADS,
  nationalityNoun,
  DAYS_MONTHS,
  FIGURES,
  DOCUMENT_NOUNS,
  NO_SOURCE_NOUNS,
  DOCUMENT_PLURALS,
  OUTLET_NOUN_WORDS,
  REPORT_FINDINGS,
  FINDING_OFFICES,
  REPORT_NOUNS,
  EXCHANGE_NOUNS,
  RELATION_NOUNS,
  NOT_PERSON_SHAPE,
  ORG_HEADS,
  ARTS_BODIES,
  PERFORMER_TRADES,
  PERSON_SHAPE,
  TRADES,
  POSITIONS,
  IRREGULAR_PAST,
  OBJECTS,
  PEOPLE_PLURALS,
  pastTense,
  PLACED_PARTICIPLES,
  QUANTITY_NOUNS,
  TIME_WORDS,
  TIME_PREPS,
  DEMONSTRATIVE_TIMES,
  POST_NOMINAL,
  INDEFINITE_ONE,
  CLAUSE_BAD_START,
  personShaped,
  COURTESY_TITLES,
  OPENING_CLAUSE,
  OPENING_PHRASE,
  VERB_ADVERBS,
  OPENING_ADVERBS,
  ASIDE_ADVERBS,
  WEEKDAY,
  pluralShape,
  regionName,
} from './lexicon';

export type SubjectKind = 'key' | 'pronoun' | 'desc';

/** A capitalised name the discovery did not register ("Lonechild said"), as the finder saw it: registerNewNames() makes it a person. */
export interface NewName {
  readonly kind: 'new';
  readonly first: number;
  readonly last: number;
  /** the maker of a report, named after "by" (a body unless a given name opens it; see reportMaker) */
  readonly maker?: true;
}

/** The subject of a construction; `K` is SpeakerKey once any new name in it is registered. */
export interface Subject<K = SpeakerKey> {
  kind: SubjectKind;
  key?: K;
  pronoun?: 'male' | 'female' | 'plural' | 'first' | 'neuter';
  desc?: Description;
  first: number;
  last: number;
}

/** A subject as found, before registration. */
type Found = Subject<SpeakerKey | NewName>;

/** Conjunctions that open a clause of time or cause a coordinated verb of saying may belong to (see subordinateSubject). */
const SUBORDINATE_CLAUSE = /^(after|before|because|since|once|when|as)$/;

export interface Construction {
  verbFirst: number;
  verbLast: number;
  verb: string;
  subject: Subject | null;
  inverted: boolean;
  /** -ing form continuing the sentence's speaker ("adding", "saying") */
  continuing: boolean;
  sent: number;
  para: number;
  /** first token of the construction (subject or verb) */
  first: number;
  /** last token of the construction */
  last: number;
  /** a capitalised verb in a title-case line ("Okafor Says Ferry Will Run"), read even in a heading */
  titled?: true;
  /**
   * a report in the article's headline after a name and a colon, "Okafor: Clinic Will Stay Open" (see
   * headlineColonConstruction): the confidence its name gives it
   */
  headlineColon?: number;
  /** a passive with its agent as the subject: "The meeting was first reported by Politico" (the clause is the sentence's subject) */
  passive?: true;
  /**
   * a participle whose subject opens the writer's account of an act after ", and" or ", but", which ends the report
   * before it: "Ruiz said the plan failed, and the mayor resigned, saying …" (see actedAfterReport)
   */
  narration?: true;
  /**
   * an "according to" that opened the sentence of this frame after a comma, dropped for it (see
   * dropSourcesInsideClosingFrames): the source of the words when this frame's "he" or "she" stands for no one
   */
  cited?: Construction;
}

/** A construction as found, before its subject's new name is registered. */
type FoundConstruction = Omit<Construction, 'subject'> & { subject: Found | null };

/**
 * A construction with the fields its verb gives from base (but verb, which may differ from base's), built field by
 * field in the order a spread of base gives them: spreading base into a new object costs far more in the engine's hot
 * loop than writing its five fields out.
 */
function framed(
  base: Pick<FoundConstruction, 'verbFirst' | 'verbLast' | 'sent' | 'para'>,
  verb: string,
  subject: Found | null,
  inverted: boolean,
  continuing: boolean,
  first: number,
  last: number,
): FoundConstruction {
  return {
    verbFirst: base.verbFirst,
    verbLast: base.verbLast,
    verb,
    sent: base.sent,
    para: base.para,
    subject,
    inverted,
    continuing,
    first,
    last,
  };
}

function isPersonKey(doc: Doc, key: SpeakerKey): boolean {
  return keyType(doc, key) === 'person';
}

/** Whether a key as found names a person, a name the finder has only just seen counting as one (registerNewNames makes it a person). */
function personOrNew(doc: Doc, key: SpeakerKey | NewName): boolean {
  return key.kind === 'new' || isPersonKey(doc, key);
}

/** A personal pronoun with a verb contracted onto it: "you've", "we're", "they'd", "I'm". */
const CONTRACTED_PRONOUN = /^(i|you|we|they|he|she|it)['’](ve|re|ll|d|m)$/;

/** The entity or person key whose mention ends at token j. */
function keyEndingAt(doc: Doc, j: number): { key: SpeakerKey; first: number } | null {
  const m = doc.knownEndAt.get(j);
  if (m && doc.index.entities[m.entity]!.type !== 'event') return { key: entityKey(m.entity), first: m.first };
  const u = doc.people.endAt.get(j);
  if (u !== undefined) {
    const first = doc.people.people[u]!.mentions.find((x) => x.last === j)?.first ?? j;
    return { key: personKey(u), first };
  }
  return null;
}

function keyStartingAt(doc: Doc, j: number): { key: SpeakerKey; last: number } | null {
  const m = doc.knownStartAt.get(j);
  if (m && doc.index.entities[m.entity]!.type !== 'event') return { key: entityKey(m.entity), last: m.last };
  const u = doc.people.startAt.get(j);
  if (u !== undefined) {
    const last = doc.people.people[u]!.mentions.find((x) => x.first === j)?.last ?? j;
    return { key: personKey(u), last };
  }
  return null;
}

/** Whether a person's name (not an organisation's) starts at token j. */
function personStartingAt(doc: Doc, j: number): boolean {
  const found = keyStartingAt(doc, j);
  return !!found && isPersonKey(doc, found.key);
}

/**
 * The one step that adds people: registers the new names the finder saw while looking for one construction
 * (in the order it saw them, each ending token once, including those of subjects it then set aside, so
 * that a later look-up finds them), and returns the person each became.
 */
function registerNewNames(doc: Doc, seen: ReadonlyArray<NewName>): Map<NewName, number> {
  const out = new Map<NewName, number>();
  const byLast = new Map<number, number>();
  for (const n of seen) {
    let idx = byLast.get(n.last);
    if (idx === undefined) {
      // (a report's maker, whatever else looked at the same words first)
      const maker = seen.some((m) => m.maker && m.first === n.first && m.last === n.last);
      idx = doc.people.adhoc(n.first, n.last, maker);
      byLast.set(n.last, idx);
    }
    out.set(n, idx);
  }
  return out;
}

/** The subject with its new name, if any, replaced by the person it was registered as. */
function registered(s: Found, people: ReadonlyMap<NewName, number>): Subject {
  const k = s.key;
  if (k?.kind !== 'new') return s as Subject;
  return { ...s, key: personKey(people.get(k)!) };
}

/** The person already registered under the surname at j, or a new name from k to j (noted in `seen`). */
function nameAt(doc: Doc, k: number, j: number, seen: NewName[]): SpeakerKey | NewName {
  const known = k === j ? doc.people.surnameOf(j) : undefined;
  if (known !== undefined) return personKey(known);
  const n: NewName = { kind: 'new', first: k, last: j };
  seen.push(n);
  return n;
}

function descGender(head: string): Gender {
  if (FEMALE_NOUNS.has(head)) return 'female';
  if (MALE_NOUNS.has(head)) return 'male';
  // compounds: "fisherwoman", "policewoman"; "fisherman", "doorman" (not "human", "German", "shaman")
  if (/.{3}wom[ae]n$/.test(head)) return 'female';
  if (/.{3}m[ae]n$/.test(head) && !/(ger|sha|otto|tali|cai|ata)m[ae]n$/.test(head)) return 'male';
  return null;
}

/**
 * Nouns in -ly, which are no adverb before a participle: "the family", "the rally", "the assembly" (lower case, three
 * letters or more before "ly", as the test below reads them).
 */
const LY_NOUNS =
  /^(family|rally|supply|assembly|monopoly|anomaly|belly|bully|jelly|lily|reply|folly|tally|homily|melancholy|butterfly|firefly|gadfly|holly)$/;

/**
 * Whether the participle at `k` is an attributive one after an adverb in -ly that opens the phrase, after a determiner
 * or a possessive, a noun in lower case following it: "a newly released email", "the city's recently revised plan",
 * "a widely shared post" (not "a report recently released by …", where the noun comes first, nor "the family").
 */
function adverbBeforeParticiple(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const adv = tokens[k - 1];
  const before = tokens[k - 2];
  const noun = tokens[k + 1];
  if (!adv?.word || adv.cap !== 0 || doc.quoted[k - 1] || !/^[a-z]{3,}ly$/.test(adv.lower) || LY_NOUNS.test(adv.lower)) return false;
  if (!before || !((before.word && before.cap === 0 && DETERMINERS.has(before.lower)) || before.key === "'s")) return false;
  return k + 1 <= end && !!noun?.word && noun.cap === 0 && !doc.quoted[k + 1] && !NP_BREAK.has(noun.lower) && !PP_PREPS.has(noun.lower);
}

/** A hyphen at k joining two words with no space either side: "conservative-leaning", "46-year-old". */
function joiningHyphen(doc: Doc, k: number): boolean {
  const a = doc.tokens[k - 1];
  const h = doc.tokens[k];
  const b = doc.tokens[k + 1];
  return h?.raw === '-' && a !== undefined && b !== undefined && a.word && b.word && a.end === h.start && h.end === b.start;
}

/** Verbs of saying that are as often the noun a possessive phrase ends in: "his answer", "Trump's remarks". */
const POSSESSED_NOUNS =
  /^(remark|answer|demand|statement|state|report|claim|note|post|tweet|charge|reply|comment|promise|vow|pledge|warning|insist|argument|suggestion|question|call|plea)$/;

const COMMON_ADJECTIVES = /^(new|old|good|bad|big|small|great|high|low|long|short|young|late|early|full|whole|other)$/;

/**
 * Bodies of people, beyond the houses of the arts, that speak as one after a compound modifier: "the three-member
 * jury", "the 12-member cast", "the four-person crew", "the Juno-winning trio".
 */
const SPEAKING_BODIES = /^(jury|cast|crew|duo|trio|quartet|quintet)$/;

/** "the report said", "two employees said": a lower-case noun opened by a determiner or a number within four words. */
function determinedNoun(doc: Doc, j: number, floor: number): boolean {
  const head = doc.tokens[j]!;
  // (an adverb in -ly is no head, but "ally" is: "A close ally said")
  if (head.cap !== 0 || (/ly$/.test(head.lower) && head.lower !== 'ally') || head.lower.length < 3) return false;
  // past a compound, the head names a person by its shape: "the front-runner", "the self-described socialist", "the
  // 43-year-old" (not "Trump's over-the-top comments", "a major third-party presidential race")
  // (or a player's position: "the 24-year-old centre", "the two-way forward")
  const personHead = head.lower === 'old' || personShaped(head.lower) || POSITIONS.test(head.lower);
  let low = Math.max(floor, j - 4);
  for (let k = j - 1; k >= low; k--) {
    const t = doc.tokens[k]!;
    // a compound's hyphen: the words it joins count as one, whatever they are alone
    if (joiningHyphen(doc, k)) {
      // (where an organisation is based modifies any noun: "The Montreal-based lender said")
      const based = doc.tokens[k - 1]!.cap !== 0 && /^(based|headquartered)$/.test(doc.tokens[k + 1]!.lower);
      // (and any compound before a company's trade, which names the company: "The country's second-largest lender said")
      // (or before an organisation's or an outlet's noun: "the fact-checking site said", "the left-leaning foundation said")
      // (or a house or troupe of the arts, or a body of people who speak as one: "The award-winning choir said", "the
      // five-member jury said", "the long-running cast said")
      const arts = ARTS_BODIES.test(head.lower) || SPEAKING_BODIES.test(head.lower);
      const body = arts || COMPANY_TRADES.test(head.lower) || ORG_HEADS.has(head.lower) || OUTLET_NOUNS.test(head.lower);
      if (!personHead && !based && !body) return false;
      low = Math.max(floor, low - 2);
      continue;
    }
    // the apostrophe of a plural possessive: "The surgeons' association says", "the residents' committee said"
    if (pluralPossessive(doc.tokens, k) && k - 1 > low) continue;
    // the hyphen, dot and comma of a place with its province or state, where an organisation is based: "The Brampton,
    // Ont.-based grocer said", "The Austin, Texas-based chain said"
    if (!t.word && (t.raw === ',' || t.raw === '.' || t.raw === '-') && k > low && basedRegion(doc, k)) {
      low = Math.max(floor, low - 2);
      continue;
    }
    if (!t.word) return false;
    const joined = joiningHyphen(doc, k - 1) || joiningHyphen(doc, k + 1);
    // "one in five drivers", "4 in 10 registered voters": a proportion opens the phrase
    // (a determiner inside a compound is none of the phrase's: "the first-in-the-nation primary")
    if ((DETERMINERS.has(t.lower) && !joined) || /^[0-9]/.test(t.raw) || (/^(in|of)$/.test(t.lower) && proportionAt(doc, k + 1)))
      return true;
    // a possessive opens the phrase as a determiner does: "Norway's ferry operator said", "Apple's new finance chief said"
    // (not before a verb that is also a common noun, "Trump's more divisive remarks", "Bill Clinton's stock answer")
    if (t.key === "'s" && k > floor && doc.tokens[k - 1]!.word && !doc.quoted[k])
      return !POSSESSED_NOUNS.test((doc.tokens[j + 1]?.lower ?? '').replace(/s$/, ''));
    // (a verb of saying after an article is a noun: "a claim city inspectors said they were reviewing")
    if (!joined && (NP_BREAK.has(t.lower) || (SPEECH_VERBS.has(t.lower) && !/^(a|an)$/.test(doc.tokens[k - 1]?.lower ?? '')))) return false;
  }
  return false;
}

/**
 * Whether the article wrote the title at j, with its capital, before a person's name earlier on: "Datuk Rahim Osman …
 * The Datuk added", "Sheikh Omar Nasser … the Sheikh said" (an honorific no English noun of a person's shape).
 */
function titleBeforeNameEarlier(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const lo = tokens[j]!.lower;
  for (let k = j - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap !== 1 || t.lower !== lo || doc.quoted[k]) continue;
    // (the name within the next four words, past a second word of the title: "Datuk Seri Rahim Osman")
    for (let m = k + 1; m <= k + 4 && tokens[m]?.word && tokens[m]!.cap > 0; m++) if (isPersonAt(doc, m)) return true;
  }
  return false;
}

/**
 * A title of a person's shape, capitalised right after "the", that is the description's head: "The Speaker said", "the
 * Commissioner told reporters" (a title that is also a common noun; not "the Speaker Ana Vale", a name after it).
 */
function titleAfterThe(doc: Doc, j: number, floor: number): boolean {
  const { tokens } = doc;
  const head = tokens[j]!;
  const the = tokens[j - 1];
  const next = tokens[j + 1];
  // (the cheap tests first: titleBeforeNameEarlier walks back through the article)
  return (
    head.cap === 1 &&
    TITLES.has(head.lower) &&
    j - 1 >= floor &&
    !!the?.word &&
    the.lower === 'the' &&
    !(next?.word && next.cap > 0) &&
    (personShaped(head.lower) || titleBeforeNameEarlier(doc, j))
  );
}

/** Capitalised nouns for one member of a party: "one senior Democrat said" (plurals are groups, found as such). */
const PARTY_MEMBERS = /^(democrat|republican|conservative|liberal|tory|socialist|progressive)$/;

/** "one senior Democrat", "a veteran Republican": a party member's noun opened by an article or "one" within four words. */
function partyMember(doc: Doc, j: number, floor: number): boolean {
  const head = doc.tokens[j]!;
  if (head.cap !== 1 || !PARTY_MEMBERS.test(head.lower)) return false;
  for (let k = j - 1; k >= Math.max(floor, j - 4); k--) {
    const t = doc.tokens[k]!;
    if (!t.word) return false;
    if (/^(a|an|one|another|the|this)$/.test(t.lower)) return true;
    // (a place may stand between: "the Wisconsin Republican", "a New Hampshire Democrat"; not a person's name)
    if (t.cap > 0 && (t.cap === 2 || doc.nameCtx.initial[k] === 1 || isPersonAt(doc, k))) return false;
    if (NP_BREAK.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** Does a person's name (of the dataset or the article) end at token k? */
function isPersonAt(doc: Doc, k: number): boolean {
  const e = keyEndingAt(doc, k);
  return e !== null && isPersonKey(doc, e.key);
}

/** The singular of a plural noun: "unions" → "union", "companies" → "company" (the word itself when it ends in no "s"). */
function singularOf(w: string): string {
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * A group as a sentence's subject: a plural noun the sentence opens with, after modifiers or a share of a
 * group ("Tenant advocates say", "A majority of renters say", "Most dockworkers said").
 */
function groupAtStart(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  // a participle in the past right after the plural that opens the sentence is the group's, as after "the": "Workers
  // fired said …", "Residents evacuated say …" (descEndingAt has kept out a plural after another noun, the subject of a
  // relative clause with no "that": "Documents officials obtained said")
  const last = tokens[j]!;
  const participle =
    last.cap === 0 && pastTense(last.lower) && !doc.quoted[j] && j - 1 === firstWordAt(doc, floor) && reportVerbAfter(doc, j);
  const h = participle ? j - 1 : j;
  const head = tokens[h]!;
  // (a plural that opens the sentence is capitalised: "Companies say …", when the text writes it in lower case elsewhere)
  // (or the plural of an organisation's or a group's noun, no one's name: "Unions have asked …", "Associations say …")
  // (a plural of people before the participle is no name the article registered: "Workers fired said")
  const opening =
    head.cap === 1 &&
    h === firstWordAt(doc, floor) &&
    (isOrdinaryCapital(doc.nameCtx, h) ||
      ORG_HEADS.has(singularOf(head.lower)) ||
      (participle && !keyEndingAt(doc, h) && !TITLES.has(head.lower) && !DEMONYMS.has(head.lower)));
  if (!head.word || (head.cap !== 0 && !opening) || !pluralShape(head.lower) || NP_BREAK.has(head.lower)) return null;
  let start = firstWordAt(doc, floor);
  // a conjunction opening the sentence is no part of the group: "But hacking specialists say …"
  if (/^(but|and|yet|so)$/.test(tokens[start]!.lower) && start < j - 1) start = firstWordAt(doc, start + 1);
  // or past a dateline: "HALIFAX — Protest groups say"
  const dated = pastDateline(doc, floor, j);
  if (dated > start && dated < j) start = dated;
  // or a clause after a comma: "Fares will rise next year, dockworkers said.", "In addition, Republican opponents have said …"
  // (past its conjunction: "Prices rose 11 per cent, and grocers warned the outbreaks could push them higher"; not the
  // last item of a list, a plural before the comma, nor before a verb in -s, which no plural takes: "Kaplan, a collector
  // of games, rare tarot cards, and books says")
  for (let k = j - 1; k > start && j - k <= 5; k--)
    if (tokens[k]!.raw === ',' && !doc.quoted[k]) {
      const joined =
        /^(and|but|yet|so)$/.test(tokens[k + 1]!.lower) &&
        k + 1 < j &&
        !pluralNoun(tokens[k - 1]) &&
        !/[^s]s$/.test(tokens[j + 1]?.lower ?? '');
      start = joined ? k + 2 : k + 1;
      break;
    }
  if (j - start > 5) return null;
  for (let k = h - 1; k >= start; k--) {
    const t = tokens[k]!;
    // (over the apostrophe of a plural noun owning the group: "Tenants' groups said", "Local riders' groups say"; not a
    // name's, "overtaking Sanders' victories in smaller states")
    const owned =
      pluralPossessive(tokens, k) && k > start && !DETERMINERS.has(tokens[start]!.lower) && (tokens[k - 1]!.cap === 0 || k - 1 === start);
    if (!t.word && t.raw !== '-' && !owned) return null;
    if (t.word && t.lower === 'of' && k > start && QUANTITY_NOUNS.has(tokens[k - 1]!.lower)) continue;
    // groups joined by "and"/"or": "Her advisers and allies say", "current and former aides say"
    // (not the end of a longer list after a comma: "…, dockworkers, fishers and skippers say")
    const list = tokens[start - 1]?.raw === ',' && pluralNoun(tokens[start - 2] ?? tokens[start]!);
    if (t.word && /^(and|or)$/.test(t.lower) && k > start && tokens[k - 1]!.word && !PRONOUNS.has(tokens[k - 1]!.lower) && !list) continue;
    // a possessive determiner opens the group: "Her advisers say", "Their lawyers argue"
    if (t.word && k === start && /^(his|her|their|its|our)$/.test(t.lower)) continue;
    // (a verb of saying in its bare form that opens the sentence right before the head is its modifier: "Protest groups say")
    const modifier = k === start && k === h - 1 && t.cap === 1 && atSentenceStart(doc, k, floor) && !/(ed|s)$/.test(t.lower);
    if (t.word && (NP_BREAK.has(t.lower) || (SPEECH_VERBS.has(t.lower) && !modifier) || PRONOUNS.has(t.lower))) return null;
  }
  const text = withoutInvisible(doc.text.slice(tokens[start]!.start, last.end));
  return { kind: 'desc', desc: { text, definite: false, head: head.lower, group: true, gender: null }, first: start, last: j };
}

/**
 * Whether token p is the dot or the comma of a place inside a hyphenated modifier: the dot of an abbreviation before
 * the hyphen ("the Ont.-based company", "a B.C.-born skier"), or the comma between a place and its province or state
 * ("the Mississauga, Ont.-based company", "an Austin, Texas-based chain").
 */
function regionModifier(doc: Doc, p: number): boolean {
  const { tokens } = doc;
  const t = tokens[p]!;
  const before = tokens[p - 1];
  const tight = (a: number): boolean => tokens[a]!.end === tokens[a + 1]?.start;
  if (t.raw === '.') return !!before?.word && before.cap > 0 && tight(p - 1) && tokens[p + 1]?.raw === '-' && tight(p) && tight(p + 1);
  if (t.raw !== ',' || !before?.word || before.cap === 0) return false;
  const region = tokens[p + 1];
  if (!region?.word || region.cap === 0) return false;
  const h = tokens[p + 2]?.raw === '.' && tight(p + 1) ? p + 3 : p + 2;
  return tokens[h]?.raw === '-' && tight(h - 1) && tight(h) && !!tokens[h + 1]?.word && tokens[h + 1]!.cap === 0;
}

/**
 * Whether token p is the hyphen before "based" or "headquartered" after a region's abbreviation ("Ont.-based"), or the
 * dot or comma of a place inside such a modifier (see regionModifier): "The Brampton, Ont.-based grocer".
 */
function basedRegion(doc: Doc, p: number): boolean {
  const { tokens } = doc;
  if (tokens[p]!.raw === '-')
    return tokens[p - 1]?.raw === '.' && regionModifier(doc, p - 1) && /^(based|headquartered)$/.test(tokens[p + 1]?.lower ?? '');
  if (!regionModifier(doc, p)) return false;
  const h = tokens[p]!.raw === '.' ? p + 1 : tokens[p + 2]?.raw === '.' ? p + 3 : p + 2;
  return /^(based|headquartered)$/.test(tokens[h + 1]?.lower ?? '');
}

/** Is a capitalised word right before token k, with nothing between them (no punctuation), at or after `floor`? */
function capitalBefore(doc: Doc, k: number, floor: number): boolean {
  const t = doc.tokens[k - 1];
  return k - 1 >= floor && t !== undefined && t.word && t.cap > 0 && !doc.tokens[k]!.gap;
}

/**
 * Where the name of a people or a nation starts that ends just before token k, written as many names in Indigenous
 * languages are, a capitalised first syllable and two or more lower-case ones joined by tight hyphens: "Huu-ay-aht",
 * "Tla-o-qui-aht", "Nuu-chah-nulth" (k itself: none; one lower-case part is an English compound's: "Toronto-based").
 */
function lowerSyllablesBefore(tokens: ReadonlyArray<Token>, k: number, floor: number): number {
  let m = k - 1;
  while (m - 2 >= floor && tokens[m]!.word && tokens[m]!.cap === 0 && tightHyphen(tokens, m - 1)) m -= 2;
  const first = tokens[m]!;
  return m <= k - 5 && first.word && first.cap > 0 && !tokens[k]!.gap ? m : k;
}

/** Abbreviations of a street's kind after its name: "Elm St.", "Industrial Rd.", "Bloor Ave.", "Lakeshore Blvd.". */
const STREET_ABBREVIATIONS = /^(st|rd|ave|blvd|cres|hwy|pkwy|dr)$/;

/**
 * Whether the token at k is the point of a saint's or a mount's abbreviation inside a name ("St. Clare's Hospital",
 * "Mt. Sinai"), or of a street's after its name.
 */
function saintPoint(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  const a = tokens[k - 1];
  // (or of a street's abbreviation after its name, the sentence going on in lower case: "Tenants at 55 Elm St. say …")
  if (
    t?.raw === '.' &&
    a?.word &&
    a.cap === 1 &&
    STREET_ABBREVIATIONS.test(a.lower) &&
    a.end === t.start &&
    tokens[k - 2]?.word &&
    tokens[k - 2]!.cap === 1 &&
    tokens[k + 1]?.word &&
    tokens[k + 1]!.cap === 0 &&
    tokens[k + 1]!.para === t.para
  )
    return true;
  return (
    t?.raw === '.' &&
    !!a?.word &&
    a.cap > 0 &&
    /^(st|ste|mt)$/.test(a.lower) &&
    a.end === t.start &&
    !!tokens[k + 1]?.word &&
    tokens[k + 1]!.cap > 0 &&
    tokens[k + 1]!.para === t.para
  );
}

/**
 * The portfolios' words of TITLES ("Health Minister", "Home Secretary"), which also end organisations' names: "Interior
 * Health", "Duke Energy", "Brevio Home".
 */
const FIELD_WORDS = /^(health|energy|education|transport|transportation|justice|finance|trade|culture|interior|defence|defense|home)$/;

/**
 * Whether the portfolio's word at j ends an organisation's name: capitalised, right after a capitalised word that is
 * neither an ordinary word nor a title other than a portfolio's, before the verb: "Interior Health said", "Fraser
 * Health said", "Duke Energy said" (not "the Minister of Health said": "of" stands between).
 */
function fieldNameEnd(doc: Doc, j: number, floor: number): boolean {
  const { tokens } = doc;
  const t = tokens[j]!;
  if (t.cap !== 1 || !FIELD_WORDS.test(t.lower) || !capitalBefore(doc, j, floor)) return false;
  const a = tokens[j - 1]!;
  if (a.cap !== 1 || isOrdinaryCapital(doc.nameCtx, j - 1) || DEMONYMS.has(a.lower)) return false;
  return !TITLES.has(a.lower) || FIELD_WORDS.test(a.lower);
}

/** Titles that only modify another title ("Senior Minister", "Acting Chief"), never a name right after them. */
const MODIFIER_TITLES = /^(senior|junior|grand|acting|interim)$/;

/**
 * Whether the title at k that only modifies another title stands inside a name instead: a capitalised word before it
 * (no title, no ordinary word) and a word after it that is no title: "Evergreen Senior Living said" (not "Senior
 * Minister Lee said", "the Acting Chief said"); so does a portfolio's word.
 */
function modifierTitleInName(doc: Doc, k: number, floor: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  // (or a portfolio's word, which names a ministry before a title and a company's trade inside a name: "Brevio Home
  // Appliances said", "Northwind Health Products said", not "Ontario Health Minister Ana Vik said")
  const modifier = MODIFIER_TITLES.test(t.lower) || FIELD_WORDS.test(t.lower);
  if (!t.word || t.cap !== 1 || !modifier || !b?.word || TITLES.has(b.lower)) return false;
  return (
    !!a?.word &&
    a.cap === 1 &&
    capitalBefore(doc, k, floor) &&
    !TITLES.has(a.lower) &&
    !isOrdinaryCapital(doc.nameCtx, k - 1) &&
    !DEMONYMS.has(a.lower)
  );
}

/** Prepositions a group's name may capitalise inside it: "Doctors Without Borders", "Mothers Against Drunk Driving". */
const NAME_PREPOSITIONS = /^(without|against|beyond|across|behind|sans)$/;

/**
 * Whether the capitalised preposition at k stands inside a title-case name, between two capitalised words with
 * nothing else between them: "Doctors Without Borders", "Reporters Without Borders". Not one opening a sentence.
 */
function titledPreposition(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const p = tokens[k];
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  if (!p?.word || p.cap !== 1 || !NAME_PREPOSITIONS.test(p.lower) || doc.nameCtx.initial[k]) return false;
  if (!a?.word || a.cap === 0 || p.gap || !b?.word || b.cap === 0 || b.gap || doc.quoted[k - 1]) return false;
  return !isOrdinaryCapital(doc.nameCtx, k - 1);
}

/**
 * Whether the possessive 's at k joins a capitalised owner to the capitalised rest of an organisation's name: "the
 * Alzheimer's Society", "St. Brigid's Regional Medical Center". Not a place's, a nation's or a name the article or the
 * dataset knows ("Canada's Health Department", "Ontario's Ministry"), nor a capitalised ordinary word opening the sentence.
 */
function ownerInOrgName(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const s = tokens[k];
  const owner = tokens[k - 1];
  const next = tokens[k + 1];
  if (s?.key !== "'s" || !owner?.word || owner.cap !== 1 || owner.end !== s.start || !next?.word || next.cap === 0) return false;
  if (doc.quoted[k - 1] || COUNTRIES.has(owner.lower) || DEMONYMS.has(owner.lower) || isOrdinaryCapital(doc.nameCtx, k - 1)) return false;
  return !keyEndingAt(doc, k - 1);
}

/**
 * Downing Street by its number, as British news writes it, with "10" at j: "No 10 said", "No. 10 said", "Number 10
 * said", "A No 10 source said". The index of "No" or "Number", or -1.
 */
function numberTenAt(doc: Doc, j: number, floor: number): number {
  if (doc.tokens[j]?.raw !== '10') return -1;
  let k = j - 1;
  if (doc.tokens[k]?.raw === '.') k--;
  return k >= floor && /^(No|Number)$/.test(doc.tokens[k]?.raw ?? '') ? k : -1;
}

/** A party named by its members in the plural, or "Labour" (which is also a party's adjective). */
const PARTY_NOUN = /^(labour|conservatives|democrats|greens|republicans|liberals|unionists|nationalists|socialists|tories)$/;

/**
 * A party as the subject, with the nation's or creed's word that names it ("Labour said", "Scottish Labour said", "The
 * Welsh Conservatives said", "the Scottish Greens said", "The Liberal Democrats said", "The New Democrats said", "the Ulster Unionists said"): the
 * word before is no person's nationality here (only a nation's or a creed's: not "House Republicans"), and "Labour"
 * alone is no adjective.
 */
function partyAt(doc: Doc, j: number, floor: number): Found | null {
  const t = doc.tokens[j]!;
  if (t.cap !== 1 || !PARTY_NOUN.test(t.lower)) return null;
  let k = j;
  const before = doc.tokens[j - 1];
  if (
    capitalBefore(doc, j, floor) &&
    /^(scottish|welsh|irish|english|british|ulster|liberal|social|christian|free|progressive|new)$/.test(before!.lower)
  )
    k = j - 1;
  else if (t.lower !== 'labour' || capitalBefore(doc, j, floor)) return null;
  const det = doc.tokens[k - 1];
  if (k - 1 >= floor && det?.word && det.lower === 'the') k--;
  const text = withoutInvisible(doc.text.slice(doc.tokens[k]!.start, t.end));
  return { kind: 'desc', desc: { text, definite: false, head: t.lower, group: true, gender: null }, first: k, last: j };
}

/** Words after "a" or "an" that quantify a plural: "a dozen officials", "a few residents", "an estimated 200 people". */
const SINGULAR_BEFORE_PLURAL =
  /^(few|dozen|couple|handful|number|lot|host|majority|minority|pair|trio|group|total|record|estimated|further|additional|hundred|thousand|million|series|slew|score|bunch|crowd|team|panel|coalition|variety|range)$/;

/**
 * The opening mark of a short title in quotation marks whose closing mark is at `close`, when a determiner stands right
 * before it and the title modifies the noun after it ("the “Avatar” star"); -1 otherwise.
 */
function titleModifierStart(doc: Doc, close: number, floor: number, before = /^(the|a|an)$/): number {
  const { tokens, quoted } = doc;
  if (!/^[”"]$/.test(tokens[close]?.raw ?? '')) return -1;
  let m = close - 1;
  let words = 0;
  while (m > floor && quoted[m] && !/^[“"]$/.test(tokens[m]!.raw) && close - m <= 8) if (tokens[m--]!.word) words++;
  if (words === 0 || !/^[“"]$/.test(tokens[m]?.raw ?? '') || m - 1 < floor) return -1;
  const det = tokens[m - 1]!;
  return det.word && det.cap === 0 && before.test(det.lower) ? m : -1;
}

/**
 * Clipped speakers' nouns and the nouns they stand for: "a rep for the actress", then "the representative"; and an
 * unnamed source's other noun: "a source close to the couple", then "the insider".
 */
const CLIPPED_HEADS: ReadonlyMap<string, string> = new Map([
  ['rep', 'representative'],
  ['reps', 'representatives'],
  ['insider', 'source'],
  ['insiders', 'sources'],
  ['co-op', 'co-operative'],
  ['co-ops', 'co-operatives'],
]);

/** Verbs of saying whose object comes before the clause they report: "told members that …", "assured the crowd that …". */
const TELLING =
  /^(tell|tells|told|telling|warn|warns|warned|assure|assures|assured|reassure|reassures|reassured|inform|informs|informed|remind|reminds|reminded|promise|promises|promised|write|writes|wrote)$/;

/**
 * Is the "that" at i the one that opens the clause a verb of saying reports, right after the verb or after its short
 * object ("wrote that council staff …", "told members that staff …", "told the crowd that …")?
 */
function complementThat(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const verb = (t: { lower: string; word: boolean } | undefined): boolean =>
    !!t && t.word && (SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower));
  if (verb(tokens[i - 1])) return true;
  const o = tokens[i - 1];
  if (!o?.word || o.cap !== 0) return false;
  if (TELLING.test(tokens[i - 2]?.lower ?? '')) return true;
  return DETERMINERS.has(tokens[i - 2]?.lower ?? '') && TELLING.test(tokens[i - 3]?.lower ?? '');
}

/** Plural nouns with no -s that a speaker's phrase may end on: "police say", "people say". */
const INVARIANT_PLURALS = /^(police|people|men|women|children)$/;

/** Collective nouns of people that take a verb in the plural as often as in the singular: "staff say", "staff says". */
const COLLECTIVE_HEADS = /^(staff|personnel|faculty|crew|clergy)$/;

/** The word after j when it is in lower case and outside quotation marks, a verb's place: "staff say" (null otherwise). */
function plainWordAfter(doc: Doc, j: number): Token | null {
  const v = doc.tokens[j + 1];
  return v?.word && v.cap === 0 && !doc.quoted[j + 1] ? v : null;
}

/** Is the word after j a verb of saying in the plural's present, no -s: "staff say", "crew warn"? */
function pluralSayingAfter(doc: Doc, j: number): boolean {
  const v = plainWordAfter(doc, j);
  return !!v && SPEECH_VERBS.has(v.lower) && !/(s|ed|ing)$/.test(v.lower) && !IRREGULAR_PAST.has(v.lower) && v.lower !== 'according';
}

/**
 * Is the word after j the verb of a speaker's phrase ending at j: a verb of saying or an auxiliary, "Workers fired said",
 * "The men arrested have told" (not the participle's own phrase: "Doctors involved in research …", nor a main verb's
 * object: "Critics pointed to a clause …")?
 */
function reportVerbAfter(doc: Doc, j: number): boolean {
  const v = plainWordAfter(doc, j);
  return !!v && (SPEECH_VERBS.has(v.lower) || REPORTING_VERBS.has(v.lower) || AUXILIARIES.has(v.lower) || v.lower === 'also');
}

/**
 * Is the document's plural at j ("polls", "reports") the verb of a noun before it rather than a head: "Gallup polls
 * Americans …", "The ministry reports crime figures …" (not "Polls suggest", "Recent surveys", "Two reports", "exit polls")?
 */
function verbAfterNoun(doc: Doc, j: number, floor: number): boolean {
  const p = doc.tokens[j - 1];
  if (j - 1 < floor || !p?.word || DETERMINERS.has(p.lower)) return false;
  // (a verb of saying after it makes it the head: "Opinion polls say", "Gallup polls suggest")
  const v = doc.tokens[j + 1];
  if (v?.word && v.cap === 0 && (SPEECH_VERBS.has(v.lower) || REPORTING_VERBS.has(v.lower))) return false;
  if (SPEAKER_NOUNS.has(p.lower) || ORG_HEADS.has(p.lower)) return true;
  // (a name opening the clause: "Gallup polls Americans …"; not a name inside a phrase: "according to the Gallup polls")
  return p.cap > 0 && j - 1 === firstWordAt(doc, floor) && !isOrdinaryCapital(doc.nameCtx, j - 1);
}

/** Modifiers of a group's level or standing, paired by "and" before its noun: "current and former", "state and local". */
const PAIRED_MODIFIERS =
  /^(current|former|past|present|retired|serving|active|senior|junior|state|local|federal|city|county|municipal|provincial|regional|national|public|private|elected|civilian|military|foreign|independent)$/;

/**
 * Is the word at m a modifier that "and" pairs with another before a plural head: one of PAIRED_MODIFIERS, a lower-case
 * adjective in -al, -ic, -ive or -ous that names no speaker ("medical", "economic"; not "official"), or a nation's or
 * party's word ("Democratic and independent analysts")?
 */
function pairedModifier(doc: Doc, m: number): boolean {
  const x = doc.tokens[m];
  if (!x?.word || doc.quoted[m]) return false;
  if (x.cap === 0 && PAIRED_MODIFIERS.test(x.lower)) return true;
  // (a nation's or party's word, capitalised: "Republican and Democratic aides")
  if (x.cap !== 0) return x.cap === 1 && !SPEAKER_NOUNS.has(x.lower) && (DEMONYMS.has(x.lower) || PARTY_MODIFIERS.test(x.lower));
  // (not a noun for a person or a place: "relative", "critic", "cleric", "general", "hospital")
  if (SPEAKER_NOUNS.has(x.lower) || TITLES.has(x.lower) || personShaped(x.lower) || NOT_PAIRED.test(x.lower)) return false;
  return /^[a-z]{3,}(al|ic|ive|ous)$/.test(x.lower);
}

/** Nouns in -al, -ic or -ive that are no modifiers: "A relative and family friends said" is two parties. */
const NOT_PAIRED =
  /^(relative|relatives|hospital|general|critic|cleric|arrival|rival|official|professional|individual|criminal|original|executive|detective|representative|operative|native|captive|fugitive|medic|mechanic|skeptic|sceptic|cynic|heretic|lunatic|academic)$/;

/** A party's adjective, capitalised before a group's noun: "Democratic and independent analysts", "Republican lawmakers". */
const PARTY_MODIFIERS = /^(democratic|republican|conservative|liberal|labour|progressive|socialist|libertarian)$/;

/**
 * The noun's phrase before a relative clause that ends at its verb in the past, `j`, with no relative pronoun or with
 * "that", its own subject a phrase an article opens: "The report the auditor released", "The engineers that the
 * council hired". The whole is the subject when that noun is one that speaks (a speaker's, a group's, an organisation's
 * or a document's noun, or a plural), as the article or a possessive opening it at the sentence's start or past `floor`
 * shows; null when the noun speaks not ("The lawsuit the mayor filed says"), undefined when no such clause ends at j.
 */
function relativeOnNounBefore(doc: Doc, j: number, floor: number): Found | null | undefined {
  const { tokens, quoted } = doc;
  // (the clause's subject: an article and one to three words in lower case, "the auditor", "the ferry corporation")
  let at = j - 1;
  while (
    at > j - 4 &&
    tokens[at]?.word &&
    tokens[at]!.cap === 0 &&
    !quoted[at] &&
    !NP_BREAK.has(tokens[at]!.lower) &&
    !DETERMINERS.has(tokens[at]!.lower)
  )
    at--;
  const inner = tokens[at];
  if (at === j - 1 || !inner?.word || quoted[at] || !/^(the|a|an|its|his|her|their)$/.test(inner.lower)) return undefined;
  if (tokens[at - 1]?.word && tokens[at - 1]!.lower === 'that' && !quoted[at - 1]) at--;
  const noun = tokens[at - 1];
  if (at - 1 <= floor || !noun?.word || noun.cap !== 0 || quoted[at - 1] || NP_BREAK.has(noun.lower) || DETERMINERS.has(noun.lower))
    return undefined;
  if (/(ly|ing|ed)$/.test(noun.lower)) return undefined;
  // (its article a few words back, only modifiers in lower case between: "The new audit report the auditor released")
  let k = at - 2;
  while (k > floor && at - k <= 4 && tokens[k]!.word && tokens[k]!.cap === 0 && !quoted[k] && !DETERMINERS.has(tokens[k]!.lower)) {
    if (NP_BREAK.has(tokens[k]!.lower) || AUXILIARIES.has(tokens[k]!.lower) || pastTense(tokens[k]!.lower)) return undefined;
    k--;
  }
  if (!/^(a|an|the|its|his|her|their|our|this|these|those)$/.test(tokens[k]?.lower ?? '') || quoted[k]) return undefined;
  // (opening its sentence or clause: not the object of a verb or a preposition, "He praised the engineers the council hired")
  const before = tokens[k - 1];
  if (k !== firstWordAt(doc, floor) && !(before && !before.word && /^[,;:]$/.test(before.raw))) return undefined;
  const head = noun.lower;
  if (!(SPEAKER_NOUNS.has(head) || GROUP_NOUNS.has(head) || ORG_HEADS.has(head) || DOCUMENT_NOUNS.has(head) || pluralNoun(noun)))
    return null;
  const text = withoutInvisible(doc.text.slice(tokens[k]!.start, tokens[j]!.end));
  const definite = !/^(a|an)$/.test(tokens[k]!.lower);
  return { kind: 'desc', desc: { text, definite, head, group: GROUP_NOUNS.has(head), gender: null }, first: k, last: j };
}

/**
 * relativeOnNounBefore's subject when a time stands between the relative clause's verb and the verb at v: "The
 * statement the company issued on Monday said", "A study the university published in May says"; or null.
 */
function relativePastTime(doc: Doc, v: number, floor: number): Found | null {
  const { tokens } = doc;
  const when = (t: Token): boolean => TIME_WORDS.has(t.lower) || DAYS_MONTHS.has(t.lower);
  let p = v - 1;
  let time = false;
  while (p > floor && v - p <= 4 && tokens[p]!.word && !doc.quoted[p] && (when(tokens[p]!) || TIME_PREPS.has(tokens[p]!.lower))) {
    time ||= when(tokens[p]!);
    p--;
  }
  const verb = tokens[p];
  if (!time || !verb?.word || verb.cap !== 0 || !pastTense(verb.lower)) return null;
  return relativeOnNounBefore(doc, p, floor) ?? null;
}

/** A description ending at its head noun j: "A Trump spokeswoman", "the senior Russian official", "Police". */
function descEndingAt(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const head = tokens[j]!;
  // (a role's acronym is a head: "the first-term MP", "the company's CEO"; other words in capitals are a headline's)
  // (after a determiner or a lower-case modifier: "president and CEO of the association" is an apposition's)
  const acronym =
    head.cap === 2 &&
    head.raw.length <= 4 &&
    (SPEAKER_NOUNS.has(head.lower) || TITLES.has(head.lower)) &&
    !!tokens[j - 1]?.word &&
    (DETERMINERS.has(tokens[j - 1]!.lower) ||
      (tokens[j - 1]!.cap === 0 && !NP_BREAK.has(tokens[j - 1]!.lower)) ||
      // (or a party's or a nation's word after a determiner: "A Conservative MP said", "the Labour MP")
      (tokens[j - 1]!.cap === 1 && DEMONYMS.has(tokens[j - 1]!.lower) && DETERMINERS.has(tokens[j - 2]?.lower ?? '')));
  if (!head.word || (head.cap === 2 && !acronym) || NP_BREAK.has(head.lower) || DETERMINERS.has(head.lower)) return null;
  // (a title's abbreviation before a name is no head: "Rep. Terrence Oduya, D-Iowa, … predicted", not a "rep")
  if (head.cap === 1 && TITLES.has(head.lower) && tokens[j + 1]?.raw === '.' && tokens[j + 2]?.cap === 1) return null;
  // a verb in the past after a phrase its article opens, right after another noun's phrase, is a relative clause on that
  // noun, which is the subject: "The report the auditor released says …" is the report's, no one called "the auditor
  // released" (nor after "that": "The report that the auditor released says …")
  const relative = head.cap === 0 && pastTense(head.lower) ? relativeOnNounBefore(doc, j, floor) : undefined;
  if (relative !== undefined) return relative;
  // a verb in the past right after a speaker's noun or a plural is no head but that noun's verb, in a relative clause
  // with no "that": "The report the mayor cited said …", "The engineers the council hired said …" name no one called
  // "the mayor cited" (as a verb in the past ends the modifiers below); not a participle after the noun that opens the
  // phrase, past its article at most, at the sentence's start or after a preposition: "The families affected said …",
  // "The workers fired said …" are theirs
  if (head.cap === 0 && pastTense(head.lower) && (SPEAKER_NOUNS.has(tokens[j - 1]?.lower ?? '') || pluralNoun(tokens[j - 1]))) {
    const own = tokens[j - 2];
    const a = own?.word && DETERMINERS.has(own.lower) && own.lower !== 'that' && own.lower !== 'this' ? j - 3 : j - 2;
    const opens =
      a < floor || (tokens[a]!.word && NP_BREAK.has(tokens[a]!.lower) && !/^(that|which|who|whom|whose)$/.test(tokens[a]!.lower));
    if (!opens) return null;
  }
  // a hyphenated head of the list: "the front-runner"
  const joinedHead = joinedLower(doc, j);
  // (a clipped noun is its full one, so that "the rep" and "the representative" are one speaker's)
  const spelled = SPEAKER_NOUNS.has(joinedHead) ? joinedHead : head.lower;
  const headWord = CLIPPED_HEADS.get(spelled) ?? spelled;
  // (the plural of a document heads its own phrase only, never after another noun: "Polls suggest", "Two reports warned",
  // not "Gallup polls Americans …", "The ministry reports crime figures …")
  const documents = DOCUMENT_PLURALS.has(headWord) && !verbAfterNoun(doc, j, floor);
  if (
    !SPEAKER_NOUNS.has(headWord) &&
    !documents &&
    !determinedNoun(doc, j, floor) &&
    !partyMember(doc, j, floor) &&
    !titleAfterThe(doc, j, floor)
  )
    return groupAtStart(doc, j, floor);
  let k = j;
  let definite = false;
  let words = 1;
  while (k - 1 >= floor && words < 7) {
    const t = tokens[k - 1]!;
    const ten = numberTenAt(doc, k - 1, floor);
    if (ten >= 0) {
      words += k - ten;
      k = ten;
      continue;
    }
    if (!t.word) {
      // a hyphen inside a compound ("the front-runner", "a 46-year-old teacher"; not one between spaces, a typed dash
      // that ends the phrase as a comma does: "Sources are reliable - officials say …" is the officials'), or the
      // apostrophe of a plural possessive: "the Veterans' Affairs Office", "the teachers' union"
      // or the comma of a number: "1,409 teachers"
      if (
        ((t.raw === '-' || t.raw === '‐') && ((tokens[k - 2]?.word && tokens[k - 2]!.end === t.start) || t.end === tokens[k]!.start)) ||
        (pluralPossessive(doc.tokens, k - 1) && k - 2 >= floor) ||
        (numberComma(doc, k - 1) && k - 2 >= floor) ||
        (k - 2 >= floor && regionModifier(doc, k - 1)) ||
        // the point of a saint's or a mount's abbreviation inside a name: "St. Clare's Hospital said"
        (k - 2 >= floor && saintPoint(doc, k - 1)) ||
        // the ampersand of a firm's name between its capitalised words: "a Rye & Barley spokeswoman said"
        (t.raw === '&' && k - 2 >= floor && tokens[k - 2]!.word && tokens[k - 2]!.cap > 0 && tokens[k]!.cap > 0 && !doc.quoted[k - 1])
      ) {
        k--;
        continue;
      }
      // a work's title in quotation marks between the determiner and the head: "the “Avatar” star", "the "Quiet
      // Harbor" actress" (a few words, the determiner right before the opening mark)
      const title = titleModifierStart(doc, k - 1, floor);
      if (title >= 0) {
        words++;
        k = title;
        continue;
      }
      break;
    }
    // a verb in the past after a plural noun ends the phrase: "The speakers included members of two unions, who …" is
    // "members of two unions", no one called "the speakers included members"
    if (
      t.cap === 0 &&
      pastTense(t.lower) &&
      tokens[k - 2]?.word &&
      tokens[k - 2]!.cap === 0 &&
      // (or after a speaker's noun in the singular: "The minister met Tory backbenchers, who …")
      (pluralNoun(tokens[k - 2]) || SPEAKER_NOUNS.has(tokens[k - 2]!.lower))
    )
      break;
    // a determiner of one thing before a plural head is not the head's: it belongs to a noun the writer sums up with, the
    // head's phrase a relative clause's subject after it ("…, a claim fire officials said they were looking into", "…, a
    // claim that residents said they doubted"); not a quantity ("a dozen officials", "a few residents")
    // (so is "that" before a plural with no -s, a relative pronoun: "a scam that police say cost seniors $2 million")
    if (/^(that|this)$/.test(t.lower) && t.cap === 0 && k === j && INVARIANT_PLURALS.test(head.lower)) break;
    // (and "that" before a collective noun whose verb of saying agrees as a plural's: "a budget that staff say is
    // needed" is the staff's, no one called "that staff"; "that staff says" is one)
    if (t.lower === 'that' && t.cap === 0 && k === j && COLLECTIVE_HEADS.test(head.lower) && pluralSayingAfter(doc, j)) break;
    // a noun of time before the phrase owns a relative clause with no "that", its subject the phrase: "the first time
    // police had explained …", "the day officials said …" (not "day-care workers")
    if (
      t.cap === 0 &&
      (/^(time|times|moment)$/.test(t.lower) ||
        (t.lower === 'day' && k === j && (INVARIANT_PLURALS.test(head.lower) || pluralNoun(head)))) &&
      !joiningHyphen(doc, k - 1)
    )
      break;
    if (
      /^(a|an|that|this|another|each|every)$/.test(t.lower) &&
      t.cap === 0 &&
      pluralNoun(head) &&
      !SINGULAR_BEFORE_PLURAL.test(tokens[k]!.lower) &&
      // (a verb between is a relative clause's: "a right-wing party that scored successes")
      !tokens.slice(k, j).some((x) => pastTense(x.lower))
    ) {
      if (/^(that|this)$/.test(t.lower)) break;
      if (k + 1 <= j && !tokens.slice(k, j).some((x) => /^[0-9]/.test(x.raw))) {
        k++;
        break;
      }
    }
    // (a number that closes a proportion is no determiner: "One in four riders said", "one in three voters say")
    if (t.cap === 0 && DETERMINERS.has(t.lower) && proportionAt(doc, k - 1)) {
      k--;
      words++;
      continue;
    }
    // (a number a hyphen joins to the next word is a compound modifier's part, no determiner: "the two-term MP", "a
    // three-time champion")
    if (/^(one|two|three|four)$/.test(t.lower) && joiningHyphen(doc, k)) {
      k--;
      words++;
      continue;
    }
    if (DETERMINERS.has(t.lower)) {
      // ("that" before a plural opens a relative clause: "a system that nurses say has reached …", "a plan that health
      // experts say …" are the nurses' and the experts', not "that group's members")
      // (nor a relative clause's verb and its object: "a party that scored successes")
      if (t.lower === 'that' && pluralNoun(head) && !tokens.slice(k, j).some((x) => x.key === "'s" || /ed$/.test(x.lower))) break;
      // (nor a "that" right after a verb of saying, which opens the clause said: "The moderators wrote that council staff
      // had asked them …" is the council staff's, no one called "that council staff")
      // (or after its object: "told members that hospital staff had warned …", "told the crowd that …")
      if (t.lower === 'that' && complementThat(doc, k - 1)) break;
      // (nor is a "that" after a plural of people, before a verb in the past, a determiner of that verb: "The four
      // countries that abstained said" is no one called "that abstained")
      if (t.lower === 'that' && k === j && pastTense(head.lower) && tokens[k - 2]?.word && pluralNoun(tokens[k - 2])) return null;
      k--;
      definite = !/^(a|an|one|another|some|several|two|three|four|many)$/.test(t.lower);
      // (and the article or quantifier before a number: "The two men said", "All three candidates said")
      const before = tokens[k - 1];
      if (
        /^(two|three|four)$/.test(t.lower) &&
        k - 1 >= floor &&
        before?.word &&
        /^(the|all|both|these|those)$/.test(before.lower) &&
        !doc.quoted[k - 1]
      ) {
        k--;
        definite = true;
      }
      break;
    }
    // "Both men said", "All candidates said": a quantifier of a plural head opens the phrase
    if (/^(both|all)$/.test(t.lower) && (pluralNoun(head) || INVARIANT_PLURALS.test(head.lower)) && !doc.quoted[k - 1]) {
      k--;
      definite = true;
      break;
    }
    // a sentence-opening "However" is no part of the description, "Small" in "Small business owners" is
    if (doc.nameCtx.initial[k - 1] && COMMON_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !COMMON_ADJECTIVES.test(t.lower)) break;
    // "Nine in 10 registered voters say"
    if (/^(in|of)$/.test(t.lower) && proportionAt(doc, k)) {
      k--;
      words++;
      continue;
    }
    // two modifiers of a plural head joined by "and" are one group's: "current and former officials said", "state and
    // local police say", "Democratic and independent analysts said" (not "the mayor and city officials": two, nor "A
    // relative and family friends said")
    if (
      t.lower === 'and' &&
      t.cap === 0 &&
      k < j &&
      k - 2 >= floor &&
      (pluralNoun(head) || INVARIANT_PLURALS.test(head.lower)) &&
      pairedModifier(doc, k - 2) &&
      pairedModifier(doc, k) &&
      tokens[k]!.cap === 0 &&
      tokens[k]!.word &&
      !doc.quoted[k] &&
      !DETERMINERS.has(tokens[k]!.lower) &&
      !/^[0-9]/.test(tokens[k]!.raw)
    ) {
      k -= 2;
      words += 2;
      continue;
    }
    // "of", "for" or "and" inside an organisation's name that modifies the head: "A Department for Transport source
    // said", "A Ministry of Defence spokesperson said"
    const inName = /^(of|for|and)$/.test(t.lower) && capitalBefore(doc, k - 1, floor) && tokens[k]!.cap > 0 && tokens[k]!.word && k < j;
    if (inName) {
      k--;
      words++;
      continue;
    }
    // (a word a hyphen joins to the next is a modifier's part: "the self-described socialist")
    // (a participle of saying right after an article modifies the head: "an agreed statement of facts", "the stated aim")
    const modifier = /ed$/.test(t.lower) && /^(a|an|the)$/.test(tokens[k - 2]?.lower ?? '') && k - 2 >= floor;
    // (a capitalised word before a firm's ampersand is its name's part, no preposition: "An AT&T spokesman said")
    const firm = t.cap > 0 && tokens[k]!.raw === '&';
    if (
      ((NP_BREAK.has(t.lower) && !firm) ||
        (SPEECH_VERBS.has(t.lower) && /(ed|id|ys|ld|te)$/.test(t.lower) && t.lower !== 'state' && !modifier)) &&
      !joiningHyphen(doc, k - 2) &&
      !joiningHyphen(doc, k)
    )
      break;
    if (t.key === "'s") {
      // "Putin's spokesman", "the ministry's spokeswoman"
      definite = true;
    }
    k--;
    words++;
  }
  if (tokens[k]!.word === false) k++;
  // "More than six in 10 voters", "About 40 residents", "at least two aides": an approximation opens the phrase
  const approx = approximationBefore(doc, k, floor);
  if (approx >= 0) k = approx;
  // an organisation's own name after a possessive and a modifier in lower case is the speaker, not the phrase: "North
  // Korea's official Korean Central News Agency said", "China's state-run Xinhua News Agency reported"
  if (head.cap > 0 && ORG_SUFFIXES.has(head.lower)) {
    let n = j;
    while (
      n - 1 > k &&
      tokens[n - 1]!.word &&
      (tokens[n - 1]!.cap > 0 || (/^(of|for|and)$/.test(tokens[n - 1]!.lower) && capitalBefore(doc, n - 1, floor)))
    )
      n--;
    const mod = tokens[n - 1]!;
    let owned = false;
    for (let m = k; m < n - 1 && !owned; m++) owned = tokens[m]!.key === "'s";
    if (n < j && tokens[n]!.cap > 0 && mod.word && mod.cap === 0 && !DETERMINERS.has(mod.lower) && owned) {
      const name = withoutInvisible(doc.text.slice(tokens[n]!.start, head.end));
      return {
        kind: 'desc',
        desc: { text: name, definite: true, head: headWord, group: GROUP_NOUNS.has(headWord), gender: null },
        first: n,
        last: j,
      };
    }
  }
  const text = withoutInvisible(doc.text.slice(tokens[k]!.start, head.end));
  const firstWord = tokens[k]!;
  if (!DETERMINERS.has(firstWord.lower) && firstWord.key !== "'s") {
    // bare noun phrase: "Police said", "Officials said", "Trump spokeswoman Hope Hicks" is a name, not this
    definite = false;
  }
  return {
    kind: 'desc',
    desc: {
      text,
      definite,
      head: headWord,
      group: GROUP_NOUNS.has(headWord) || pluralSpeakerNoun(headWord) || institutionGuard(doc, j),
      gender: descGender(headWord),
    },
    first: k,
    last: j,
  };
}

/**
 * Is the head at j the "guard" of a service, not a person: "The coast guard said it had …", "the national guard said"
 * (a "border guard" or "security guard" is one person).
 */
function institutionGuard(doc: Doc, j: number): boolean {
  return doc.tokens[j]!.lower === 'guard' && /^(coast|national)$/.test(doc.tokens[j - 1]?.lower ?? '');
}

/**
 * The plural of a speaker noun, which names a group as GROUP_NOUNS do: "Emergency physicians at the hospital say …, and
 * they warn …" (the singular in SPEAKER_NOUNS: "physicians", "paramedics", "pharmacists").
 */
export function pluralSpeakerNoun(w: string): boolean {
  return (
    /[^s]s$/.test(w) &&
    (SPEAKER_NOUNS.has(w.slice(0, -1)) ||
      (/(sh|ch|x)es$/.test(w) && SPEAKER_NOUNS.has(w.slice(0, -2))) ||
      // (a noun in -y, its plural in -ies: "companies", "agencies", "ministries")
      (/[^aeiou]ies$/.test(w) && SPEAKER_NOUNS.has(w.slice(0, -3) + 'y')) ||
      menPluralOfRole(w))
  );
}

/**
 * The plural in -men or -women of a role in -man or -woman that heads a speaker's description or is a title: "aldermen",
 * "selectmen", "congresswomen", "policemen" (the singular in SPEAKER_NOUNS or TITLES; not "specimen", "regimen").
 */
function menPluralOfRole(w: string): boolean {
  if (!/^[a-z]{3,}men$/.test(w)) return false;
  const one = w.slice(0, -3) + 'man';
  return SPEAKER_NOUNS.has(one) || TITLES.has(one);
}

/** Does the verb at v frame the end of its sentence: three tokens or fewer after it, or a comma right after ("…, one of the people said, speaking …")? */
function closingFrame(doc: Doc, v: number): boolean {
  return sentEnd(doc, v) - v <= 3 || doc.tokens[v + 1]?.raw === ',';
}

/**
 * Does "told" at v end its sentence with its listener and a time only ("…, a person familiar with the matter told the
 * Norland Post on Friday.")? Capitalised words, articles, "reporters" and a day or a time word, eight at most.
 */
function listenerToEnd(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  if (!/^(told|tells)$/.test(tokens[v]?.lower ?? '')) return false;
  const end = sentEnd(doc, v);
  if (end - v > 9 || tokens[end]!.word) return false;
  for (let k = v + 1; k < end; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k] || !t.word) return false;
    if (t.cap > 0 || DAYS_MONTHS.has(t.lower) || /^(the|a|an|on|in|last|this|reporters|journalists)$/.test(t.lower)) continue;
    return false;
  }
  return end > v + 1;
}

/** Quantifiers that stand for a group of people on their own: "Several said", "Others argue", "Some have suggested". */
export const QUANTIFIER_PRONOUNS = /^(some|several|many|others|most|few|both)$/;

/**
 * A quantifier standing alone as the subject of a clause ("Several said they …", "Others, however, say …", "… while
 * many argue …"): a group, named as written.
 */
function quantifierSubject(doc: Doc, j: number, floor: number): Found | null {
  const t = doc.tokens[j]!;
  if (!QUANTIFIER_PRONOUNS.test(t.lower)) return null;
  // (past "still" or "yet" before it: "Still others say …", "…; yet others argue …")
  const at = j > floor && /^(still|yet)$/.test(doc.tokens[j - 1]!.lower) ? j - 1 : j;
  const prev = doc.tokens[at - 1];
  // (or right after the words it frames: "“Shame!” others shouted.")
  // (or after a semicolon or a dash that opens the second clause: "Supporters say it will bring jobs; others say …",
  // "… bring jobs - others say …"; not a dash that opens an aside: "The pier — some say it is the oldest — will close")
  if (
    at !== firstWordAt(doc, floor) &&
    prev &&
    prev.raw !== ',' &&
    prev.raw !== ';' &&
    !(dashAt(doc.tokens, at - 1) && !doc.quoted[at - 1] && !dashAside(doc, j)) &&
    !CLAUSE_OPENERS.test(prev.lower) &&
    prev.lower !== 'and' &&
    !afterQuotation(doc, j)
  )
    return null;
  // "most in both states supported": a phrase after the quantifier makes it no subject of its own
  const next = doc.tokens[j + 1];
  if (next?.word && /^(in|on|at|of|from|with|for|by|among|across|over|under|to)$/.test(next.lower)) return null;
  const text = withoutInvisible(t.raw);
  return { kind: 'desc', desc: { text, definite: false, head: t.lower, group: true, gender: null }, first: j, last: j };
}

/**
 * Does the dash before token j close or open an aside rather than open a clause: another dash after j in its sentence,
 * or one before it that a relative pronoun follows ("Party figures — whose unity was once famous — both suggested …":
 * the aside's noun is the subject)?
 */
function dashAside(doc: Doc, j: number): boolean {
  const end = sentEnd(doc, j);
  for (let k = j + 1; k <= end; k++) if (dashAt(doc.tokens, k)) return true;
  for (let k = j - 2; k >= sentStart(doc, j); k--)
    if (dashAt(doc.tokens, k)) return /^(who|whose|whom|which|where)$/.test(doc.tokens[k + 1]?.lower ?? '');
  return false;
}

/** Counts in words of a crowd, standing alone as a subject: "Thousands said", "Dozens told reporters". */
const CROWD_COUNTS = /^(dozens|scores|hundreds|thousands|millions)$/;

/**
 * A number standing alone for a group of people named before, as the subject of a clause: "Of the 400 workers, about 300
 * said they would strike", "at least 21,000 have said they would", "Twelve said they …" (after an approximation, or
 * opening the sentence or a clause; not a year, nor "one", which is one person).
 */
function countSubject(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const t = tokens[j]!;
  // (or a count in words of a crowd: "Thousands said …", "Tens of thousands said …", past the count of counts)
  const crowd = CROWD_COUNTS.test(t.lower);
  if (t.lower === 'one' || !(SMALL_NUMBER.test(t.lower) || TENS.test(t.lower) || /^[0-9]+$/.test(t.raw) || crowd)) return null;
  // (not a year, nor "32 state committees", "state" no verb there)
  // (nor the number of a share, "Nine in 10 voters say", which the caller reads from its noun)
  const next = tokens[j + 1];
  if (
    /^(1[5-9]|20)[0-9]{2}$/.test(t.raw) ||
    !next?.word ||
    /^(states?|in|out|of|percent|per)$/.test(next.lower) ||
    PP_PREPS.has(next.lower)
  )
    return null;
  // the whole of "21,000"
  let a = j;
  while (
    a - 2 >= floor &&
    /^[0-9]{3}$/.test(tokens[a]!.raw) &&
    tokens[a - 1]!.raw === ',' &&
    /^[0-9]+$/.test(tokens[a - 2]!.raw) &&
    tokens[a - 1]!.start === tokens[a - 2]!.end &&
    tokens[a]!.start === tokens[a - 1]!.end
  )
    a -= 2;
  if (crowd) a = countOfCounts(doc, j, floor);
  let first = approximationBefore(doc, a, floor);
  // (or a small count after "the", "all", "these" or "those", people named before as a group: "The two said they
  // would meet again", "All three said …"; never one of them alone)
  const det = tokens[a - 1];
  if (
    first < 0 &&
    !crowd &&
    /^(two|three|four|five|six|seven|eight|nine|[2-9])$/.test(t.lower) &&
    det?.word &&
    !doc.quoted[a - 1] &&
    /^(the|all|these|those)$/.test(det.lower) &&
    (a - 1 === firstWordAt(doc, floor) ||
      tokens[a - 2]?.raw === ',' ||
      CLAUSE_OPENERS.test(tokens[a - 2]?.lower ?? '') ||
      tokens[a - 2]?.lower === 'and')
  )
    first = a - 1;
  if (first < 0) {
    const prev = tokens[a - 1];
    if (a !== firstWordAt(doc, floor) && prev && prev.raw !== ',' && !CLAUSE_OPENERS.test(prev.lower) && prev.lower !== 'and') return null;
    first = a;
  }
  return groupDesc(doc, first, j);
}

/**
 * One person described twice, the second noun with no determiner of its own: "the Bergen senator and Labour
 * candidate", "the veteran skipper and union organiser" (ending at j). The description keeps both; its head is the
 * first noun when that names a speaker ("the senator", by which the article names the person elsewhere), else the
 * second. Not a plural second noun ("the mayor and residents": two speakers).
 */
function conjoinedDescription(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const head2 = tokens[j]!;
  if (!head2.word || head2.cap !== 0 || NP_BREAK.has(head2.lower) || pluralNoun(head2) || head2.lower.length < 3) return null;
  let and = j - 1;
  while (and > floor && j - and <= 4 && tokens[and]!.word && tokens[and]!.lower !== 'and') {
    const t = tokens[and]!;
    if (DETERMINERS.has(t.lower) || NP_BREAK.has(t.lower) || PRONOUNS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return null;
    and--;
  }
  if (and <= floor || tokens[and]!.lower !== 'and' || !tokens[and]!.word) return null;
  const first = descEndingAt(doc, and - 1, floor);
  if (!first || first.kind !== 'desc' || first.desc!.group || !DETERMINERS.has(tokens[first.first]!.lower)) return null;
  const role = (w: string): boolean => SPEAKER_NOUNS.has(w) || TITLES.has(w);
  // "the veteran skipper and union organiser": the noun that names a speaker is the head
  // (a field before "and" is no one, the second noun's modifier with the words after "and": "a labor and delivery nurse",
  // "the health and safety inspector")
  const field = PORTFOLIO.test(first.desc!.head) && first.last === first.first + 1;
  // (a person's noun by its shape after "and", when the noun before it names no one: "one fish and wildlife biologist")
  const shaped =
    !role(first.desc!.head) &&
    (!PERSON_SHAPE.test(first.desc!.head) || NOT_PERSON_SHAPE.test(first.desc!.head)) &&
    PERSON_SHAPE.test(head2.lower) &&
    !NOT_PERSON_SHAPE.test(head2.lower) &&
    first.last === first.first + 1;
  const head = role(first.desc!.head) && !field ? first.desc!.head : role(head2.lower) || shaped ? head2.lower : null;
  if (!head) return null;
  const text = withoutInvisible(doc.text.slice(tokens[first.first]!.start, head2.end));
  return { kind: 'desc', desc: { ...first.desc!, text, head, gender: descGender(head) }, first: first.first, last: j };
}

/** The word at j with the word a hyphen joins to it, in lower case ("front-runner", "co-ordinator"); '' when none does. */
function joinedLower(doc: Doc, j: number): string {
  return joiningHyphen(doc, j - 1) ? `${doc.tokens[j - 2]!.lower}-${doc.tokens[j]!.lower}` : '';
}

/** Are the tokens from `a` up to (not including) `b` all words written with a capital first letter only? */
function allTitleCase(tokens: ReadonlyArray<Token>, a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (tokens[x]!.cap !== 1) return false;
  return true;
}

/** The organisation orgAcrossAnd found, from its first word to token j, as the subject's description. */
function acrossDesc(doc: Doc, across: { first: number; head: string }, j: number): Found {
  const text = withoutInvisible(doc.text.slice(doc.tokens[across.first]!.start, doc.tokens[j]!.end));
  return { kind: 'desc', desc: { text, definite: true, head: across.head, group: true, gender: null }, first: across.first, last: j };
}

/**
 * The start and head of an organisation's name whose object of "of" or "for" runs on across "and", given k, the first
 * word of the capitalised run after "and" that ends the name: "the Department of Health and Human Services", "the
 * Centre for Addiction and Mental Health". Never two organisations ("the University of Toronto and Ryerson University":
 * a run after "and" that ends in an organisation's noun, or that a name, a title or a known organisation opens).
 */
function orgAcrossAnd(doc: Doc, k: number, j: number, floor: number): { first: number; head: string } | null {
  const { tokens } = doc;
  const and = tokens[k - 1];
  if (!and?.word || and.lower !== 'and' || and.cap !== 0 || j - k > 2 || k - 2 < floor) return null;
  if (ORG_HEADS.has(tokens[j]!.lower)) return null;
  // (no title before a name: "the Ministry of Health and Premier Ana Vik"; "Attorney General" may end a ministry's name)
  for (let m = k; m <= j; m++) if (!tokens[m]!.word || tokens[m]!.cap === 0) return null;
  for (let m = k; m < j; m++) if (TITLES.has(tokens[m]!.lower) && !TITLES.has(tokens[m + 1]!.lower)) return null;
  const known = keyEndingAt(doc, j);
  // (a "person" the discovery made of a department's last portfolio is none: "the Ministry of Water, Land and Resource
  // Stewardship said")
  if (known && known.first <= k && !(known.first === k && departmentOfBefore(tokens, k - 1, true))) return null;
  // the capitalised object of "of" or "for" before "and" (three words at most, no organisation's noun)
  let p = k - 1;
  while (p - 1 >= floor && k - 1 - (p - 1) <= 3 && capitalBefore(doc, p, floor) && !ORG_HEADS.has(tokens[p - 1]!.lower)) p--;
  // (a list of portfolios, commas between them, before the "and": "the Ministry of Jobs, Economy and Trade said"; one
  // or two words each, none ending a name that starts before it)
  for (let items = 0; items < 3 && p < k - 1 && tokens[p - 1]?.raw === ',' && p - 2 >= floor; items++) {
    let q = p - 1;
    while (
      q - 1 >= floor &&
      p - 1 - (q - 1) <= 2 &&
      tokens[q - 1]!.word &&
      tokens[q - 1]!.cap > 0 &&
      !ORG_HEADS.has(tokens[q - 1]!.lower)
    ) {
      q--;
      if (tokens[q - 1]?.word && tokens[q]!.gap) break;
    }
    const known = keyEndingAt(doc, p - 2);
    if (q === p - 1 || (known && known.first < q)) break;
    p = q;
  }
  const before = keyEndingAt(doc, k - 2);
  if (p === k - 1 || (before && isPersonKey(doc, before.key))) return null;
  const joint = tokens[p - 1];
  const orgWord = tokens[p - 2];
  if (!joint?.word || joint.cap !== 0 || !/^(of|for)$/.test(joint.lower) || p - 2 < floor) return null;
  if (!orgWord?.word || orgWord.cap === 0 || !ORG_SUFFIXES.has(orgWord.lower)) return null;
  let o = p - 2;
  while (capitalBefore(doc, o, floor) && p - o < 5 && !doc.nameCtx.initial[o]) o--;
  if (doc.tokens[o - 1]?.word && doc.tokens[o - 1]!.lower === 'the' && o - 1 >= floor) o--;
  return { first: o, head: orgWord.lower };
}

/** Participles of making or putting out a document, before "by" its maker: "data compiled by", "a poll conducted by". */
const MADE_BY =
  /^(compiled|released|published|issued|prepared|produced|collected|gathered|conducted|provided|calculated|tallied|filed|submitted|reported|posted)$/;

/** Nouns of what a source reckoned or reviewed, whose maker "by" or "from" names: "a tally by the league". */
const RECKONINGS =
  /^(tally|tallies|count|counts|calculation|calculations|estimate|estimates|analysis|analyses|tabulation|tabulations|review|assessment|projection|projections|forecast|forecasts|audit|breakdown|compilation|reckoning|figures|numbers|statistics|report|study|survey|poll|data|memo)$/;

/** A capitalised word that can open an organisation's name before a country's: "Hockey" in "Hockey Canada". */
function countryOwner(t: Token): boolean {
  return (
    t.word &&
    t.cap > 0 &&
    startsWithLetter(t.raw) &&
    !COMMON_WORDS.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !DAYS_MONTHS.has(t.lower) &&
    !DEMONYMS.has(t.lower) &&
    !COMPASS.test(t.lower)
  );
}

/** "One" or "another" opening its clause alone: at the sentence's start, or after a comma, semicolon or "while". */
function oneAlone(doc: Doc, j: number, floor: number): boolean {
  const before = doc.tokens[j - 1];
  if (j === floor || !before) return true;
  if (doc.quoted[j - 1]) return afterQuotation(doc, j);
  return /^[,;]$/.test(before.raw) || (before.word && /^(while|whereas|but|and)$/.test(before.lower));
}

/** Token j right after a quotation that ends in a comma, "?" or "!", where a closing frame opens: "“…,” one said". */
function afterQuotation(doc: Doc, j: number): boolean {
  return QUOTE_MARKS.test(doc.tokens[j - 1]?.raw ?? '') && /^[,?!]$/.test(doc.tokens[j - 2]?.raw ?? '');
}

/** Subject ending at token j (scanning back from a verb). */
function subjectAt(doc: Doc, j: number, floor: number, seen: NewName[]): Found | null {
  const handle = handleEndingAt(doc, j, floor);
  if (handle) return handle;
  const s = subjectAtRaw(doc, j, floor, seen);
  if (!s) return null;
  // "reports seen by Reuters suggest": the agent of a passive, or any object of a preposition, is no subject
  const before = doc.tokens[s.first - 1];
  if (before && before.word && s.first > floor && /^(by|of|to|for|with|from|about|against|at|on|in)$/.test(before.lower))
    return madeBy(doc, s, j, floor) ? s : null;
  return s;
}

/**
 * A social media handle ending at token j, written whole from its "@": "@northshore_fire wrote", "“…,”
 * @ebu_students4change wrote" (the account, whoever runs it; not a word of the handle, "students", nor an email address).
 */
function handleEndingAt(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const end = tokens[j];
  if (!end?.word || doc.quoted[j]) return null;
  let k = j;
  while (k - 1 >= floor && tokens[k - 1]!.end === tokens[k]!.start && (tokens[k - 1]!.word || /^[_.]$/.test(tokens[k - 1]!.raw))) k--;
  const at = tokens[k - 1];
  if (k - 1 < floor || at?.raw !== '@' || at.end !== tokens[k]!.start || !tokens[k]!.word) return null;
  // (an email address has a word glued before its "@")
  if (tokens[k - 2] && tokens[k - 2]!.end === at.start && tokens[k - 2]!.word) return null;
  const text = doc.text.slice(at.start, end.end);
  return { kind: 'desc', desc: { text, definite: true, head: text.toLowerCase(), group: false, gender: null }, first: k - 1, last: j };
}

/**
 * The maker of a document that is the subject, named after "by" right before the verb: "A report released by the
 * Harbor Institute estimated that …", "Data compiled by the Mining Council show …" (an organisation or a person; the
 * document's noun right before its participle, with no author of its own: not "a Harbor Watch report released by").
 */
function madeBy(doc: Doc, s: Found, j: number, floor: number): boolean {
  const { tokens } = doc;
  const part = tokens[s.first - 2];
  const noun = tokens[s.first - 3];
  if (s.last !== j || s.first - 3 < floor || !part?.word || !MADE_BY.test(part.lower) || !noun?.word || noun.cap > 0) return false;
  if (!DOCUMENT_NOUNS.has(noun.lower) && !FIGURES.test(noun.lower)) return false;
  if (s.kind === 'pronoun' || (s.kind === 'desc' && !s.desc!.group && !ORG_HEADS.has(s.desc!.head))) return false;
  // (the document's own phrase holds no capitalised author: "a Harbor Watch report", "the mayor's report")
  for (let m = s.first - 4; m >= Math.max(floor, s.first - 7); m--) {
    const t = tokens[m]!;
    if (!t.word || DETERMINERS.has(t.lower) || NP_BREAK.has(t.lower)) break;
    if ((t.cap > 0 && !doc.nameCtx.initial[m]) || t.key === "'s") return false;
  }
  return true;
}

/**
 * Does token m open a group's members: "a bench comprising …", "a panel made up of …", "a board consisting of …"
 * ("of" only after those, not "the heads of Acme Corp. and Borex Ltd.")?
 */
function composedOf(doc: Doc, m: number): boolean {
  const { tokens } = doc;
  const w = tokens[m]?.lower;
  if (w === 'comprising') return true;
  if (w !== 'of') return false;
  const p = tokens[m - 1]?.lower ?? '';
  return /^(consisting|composed|comprised)$/.test(p) || (p === 'up' && tokens[m - 2]?.lower === 'made');
}

/** The word before a participle that describes a listed member: "of retired judges", "three elected senators". */
function memberOpening(t: Token | undefined): boolean {
  return (
    !!t &&
    (/^[0-9]/.test(t.raw) ||
      (t.word &&
        t.cap === 0 &&
        (DETERMINERS.has(t.lower) || /^(of|comprising|two|three|four|five|six|seven|eight|nine|ten|several|many|some)$/.test(t.lower))))
  );
}

/** Participles of authorship: the one "by" names wrote the document that speaks ("A memo written by deputy mayor Gus Oyelaran says"). */
const AUTHORED_BY = /^(written|signed|authored|co-authored|drafted|penned|sent|posted|tweeted|issued|published|released)$/;

/**
 * A subject found right before the verb that is the agent of a participle ("a panel appointed by Premier Ruth Calloway
 * estimated …", "a commission led by Ada Vik found …"): the noun phrase before the participle is the subject, not the
 * one who appointed or led it; with no such noun phrase, no subject (also when subjectAt gave the agent as none: a
 * group before the participle, "Relatives of a teen killed by a van driver told …"). A document's maker or author stays (madeBy,
 * AUTHORED_BY).
 */
function agentAsSubject(doc: Doc, found: Found | null, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (the agent right after "by", which subjectAt gives as no subject: "Relatives of a teen killed by a drunk driver said")
  const raw = found ? null : subjectAtRaw(doc, j, floor, []);
  const s = found ?? (raw && raw.kind !== 'pronoun' && tokens[raw.first - 1]?.lower === 'by' ? raw : null);
  if (!s) return found;
  // (past titles and roles before a name: "appointed by Premier Ruth Calloway", "led by deputy mayor Gus Oyelaran")
  let by = s.first - 1;
  // (and the article of an organisation's name: "obtained by The Associated Press"; and an abbreviated title's point:
  // "a committee led by Sen. Tom Berg")
  while (
    by > floor &&
    s.first - by <= 4 &&
    ((tokens[by]!.word && (TITLES.has(tokens[by]!.lower) || SPEAKER_NOUNS.has(tokens[by]!.lower) || tokens[by]!.lower === 'the')) ||
      (tokens[by]!.raw === '.' && !!tokens[by - 1]?.word && TITLES.has(tokens[by - 1]!.lower)))
  )
    by--;
  // (past the names before the last of a list: "chaired by Gov. Ana Vik and Sen. Tom Berg", "comprising Justices Asha
  // Rao, Vikram Sethi and Leela Menon"; ", and" only in a list of three or more)
  // (or past the comma before a pair of names the subject is: "comprising Ana Vik, Tom Berg and Lee Park")
  // (a group's members may be described in lower case: "a committee consisting of three senators and Rep. Tom Berg")
  let listedAgents = false;
  const pairAfterComma =
    found?.kind === 'desc' &&
    found.desc!.group &&
    by === found.first - 1 &&
    tokens[by]?.raw === ',' &&
    tokens[found.first]!.cap > 0 &&
    tokens.slice(found.first, found.last + 1).some((x) => x.word && x.cap === 0 && x.lower === 'and');
  if (found && ((tokens[by]?.lower === 'and' && tokens[by]!.word) || pairAfterComma) && !doc.quoted[by]) {
    let m = by - 1;
    let commas = 0;
    let plain = false;
    const listed = (t: Token, k: number): boolean =>
      (t.word && (t.cap > 0 || TITLES.has(t.lower) || t.lower === 'the')) ||
      (t.raw === '.' && !!tokens[k - 1]?.word && TITLES.has(tokens[k - 1]!.lower)) ||
      t.raw === ',';
    for (; m > floor && by - m <= 16 && !doc.quoted[m] && tokens[m]!.lower !== 'by' && !composedOf(doc, m); m--) {
      const t = tokens[m]!;
      if (!listed(t, m) && !(t.word && t.cap === 0 && !NP_BREAK.has(t.lower) && !AUXILIARIES.has(t.lower))) break;
      // (a verb ends the members: "A team made up of rookies lost again and coach Tom Berg said" is the coach's; a
      // participle right after the list's opening, a number or an article describes a member: "of retired judges")
      // (or a word before an article, the verb of its object: "A jury comprising seven women heard the case and Judge …")
      if (
        !listed(t, m) &&
        (((pastTense(t.lower) || /^(heard|said|told|left)$/.test(t.lower)) && !memberOpening(tokens[m - 1])) ||
          /^(the|a|an)$/.test(tokens[m + 1]?.lower ?? ''))
      )
        break;
      if (!listed(t, m)) plain = true;
      if (t.raw === ',') commas++;
    }
    if (m < by - 1 && ((tokens[m]?.lower === 'by' && !plain) || composedOf(doc, m)) && !(tokens[by - 1]!.raw === ',' && commas < 2)) {
      by = m;
      listedAgents = true;
    }
  }
  // a group's members after "comprising", "made up of", "consisting of": "A bench comprising Justices Asha Rao, … said"
  // is the bench's
  if (found && by > floor) {
    const w = tokens[by]!.lower;
    const end =
      w === 'comprising'
        ? by - 1
        : w === 'of' && /^(consisting|composed|comprised)$/.test(tokens[by - 1]?.lower ?? '')
          ? by - 2
          : w === 'of' && tokens[by - 1]?.lower === 'up' && tokens[by - 2]?.lower === 'made'
            ? by - 3
            : -1;
    if (end >= 0) {
      const o = end > floor ? subjectAtRaw(doc, end, floor, seen) : null;
      return o?.kind === 'desc' && o.last === end ? o : null;
    }
  }
  if (by - 1 <= floor || tokens[by]?.lower !== 'by') return found;
  const part = tokens[by - 1]!;
  // (a participle in neither "-ed" nor "-en" too: "A friend of a woman hurt by Tom Berg said" is the friend's)
  if (
    !part.word ||
    part.cap !== 0 ||
    !(/[a-z]{2}(ed|en)$/.test(part.lower) || IRREGULAR_PAST.has(part.lower) || BARE_PARTICIPLES.test(part.lower))
  )
    return found;
  // (a document two or more sign or write is no one of them, nor said by all as one: "A letter signed by Ana Vik and Tom
  // Berg said …" is the letter's, as written with its signers)
  if (AUTHORED_BY.test(part.lower) && listedAgents && by - 2 > floor) {
    const d = subjectAtRaw(doc, by - 2, floor, seen);
    if (d?.kind === 'desc' && d.last === by - 2 && DOCUMENT_NOUNS.has(d.desc!.head))
      return { ...d, desc: { ...d.desc!, text: withoutInvisible(doc.text.slice(tokens[d.first]!.start, tokens[j]!.end)) }, last: j };
  }
  if (AUTHORED_BY.test(part.lower) || (by === s.first - 1 && madeBy(doc, s, j, floor))) return found;
  if (found) {
    const outer = outerOfAgentsObject(doc, by, j, floor, seen);
    if (outer) return outer;
    const o = subjectAtRaw(doc, by - 2, floor, seen);
    return o && o.kind !== 'pronoun' && o.last === by - 2 ? o : null;
  }
  // (the agent subjectAt gave no subject: a group with the phrase of its "of", "Relatives of a teen killed by a drunk
  // driver told …", "Family members of a 17-year-old killed by …"; one person so described is left as it was)
  const o = subjectWithPP(doc, by - 2, floor, seen);
  return o?.kind === 'desc' && o.desc!.group && o.last < by - 2 ? o : null;
}

/**
 * When the noun before a participle whose agent "by" names is itself the object of a phrase after the subject's head,
 * that head is the subject, with all its phrase: "Relatives of a teen killed by Tom Berg said", "Lawyers for the family
 * of a man shot by Tom Berg said" (never the teen, never Tom Berg). Only a group or someone who is related to others or
 * acts for them; null otherwise ("A panel appointed by Premier Ruth Calloway", whose noun opens the subject).
 */
function outerOfAgentsObject(doc: Doc, by: number, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (by - 3 <= floor) return null;
  // (the participle's noun after "of", "for" or "to", in lower case: "of a teen", "for the family of a man")
  const inner = subjectAtRaw(doc, by - 2, floor, []);
  const innerFirst = inner ? innerDescFirst(doc, inner, by) : bareAgentsObject(doc, by);
  if (innerFirst < 0) return null;
  if (!/^(of|for|to)$/.test(tokens[innerFirst - 1]?.lower ?? '') || innerFirst - 2 < floor) return null;
  const mine: NewName[] = [];
  const o = subjectWithPP(doc, by - 2, floor, mine);
  if (o?.kind !== 'desc' || o.first >= innerFirst) return null;
  const head = o.desc!.head;
  const related = RELATIVES.test(head) || RELATIVES.test(head.replace(/s$/, '')) || ACTING_FOR.test(head) || ACTING_FOR_GROUP.test(head);
  if (!(o.desc!.group || GROUP_NOUNS.has(head) || SPEAKER_NOUNS.has(head) || related || RELATION_NOUNS.test(head))) return null;
  seen.push(...mine);
  return { ...o, desc: { ...o.desc!, text: withoutInvisible(doc.text.slice(tokens[o.first]!.start, tokens[j]!.end)) }, last: j };
}

/** Where the participle's noun, a description in lower case ending right before it, opens; -1 when it is none. */
function innerDescFirst(doc: Doc, inner: Found, by: number): number {
  return inner.kind === 'desc' && inner.last === by - 2 && doc.tokens[inner.last]!.cap === 0 ? inner.first : -1;
}

/**
 * A bare plural of people before the participle, which subjectAtRaw gives as no subject: "Parents of children taught by
 * Tom Berg said", "Lawyers for pupils hurt by …" (the plural's index, or -1).
 */
function bareAgentsObject(doc: Doc, by: number): number {
  const t = doc.tokens[by - 2];
  return t && (pluralNoun(t) || (t.word && INVARIANT_PLURALS.test(t.lower))) ? by - 2 : -1;
}

/** Legislators' post-nominal titles that name a person's office: "MP", "MPP", "MLA", "TD" (not honours: "QC", "OBE"). */
const MEMBER_TITLE = /^(MP|MPP|MLA|MSP|MEP|MHA|MNA|TD)$/;

/**
 * "the Lakeview MP" ending at token j: "the", one or two capitalised words (a hyphenated place too), the title; or an
 * indefinite one of them, "One Ontario MP said", "a Quebec MNA said".
 */
function memberAfterPlace(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const t = tokens[j]!;
  if (!MEMBER_TITLE.test(t.raw)) return null;
  let k = j - 1;
  while (
    k >= floor &&
    j - k <= 4 &&
    (tokens[k]!.cap > 0 || isHyphenJoin(tokens, k)) &&
    !/^(the|a)$/.test(tokens[k]!.lower) &&
    !(k < j - 1 && INDEFINITE_ONE.test(tokens[k]!.lower)) &&
    !TITLES.has(tokens[k]!.lower)
  )
    k--;
  if (k === j - 1 || k < floor || !tokens[k]!.word) return null;
  const definite = tokens[k]!.lower === 'the';
  if (!definite && !INDEFINITE_ONE.test(tokens[k]!.lower)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[k]!.start, t.end));
  return { kind: 'desc', desc: { text, definite, head: t.lower, group: false, gender: null }, first: k, last: j };
}

/**
 * "the Tan Sri", "the Datuk Seri", "the Puan Sri" ending at token j: a Malaysian honorific of two words after "the", the
 * second reference to the person who holds it (its head the two words, as the person's: see malayTitleAt); no name of
 * its own, though "Tan" is a surname and "Seri" a given name.
 */
function malayTitleDesc(doc: Doc, j: number, floor: number): Found | null {
  const { tokens } = doc;
  const t = tokens[j]!;
  if (!/^(sri|seri)$/.test(t.lower) || !malayTitleAt(tokens, j)) return null;
  const b = /^['’]$/.test(tokens[j - 1]?.raw ?? '') ? j - 2 : j - 1;
  const the = b - 1;
  if (the < floor || tokens[the]?.lower !== 'the' || !tokens[the]!.word) return null;
  const text = withoutInvisible(doc.text.slice(tokens[the]!.start, t.end));
  const head = `${tokens[b]!.lower} ${t.lower}`;
  if (!MALAY_TITLE_HEADS.has(head)) return null;
  // (the one who holds it only when the article names one: "Tan Sri Ahmad Yusof left early. Tan Sri Muhyiddin Yassin
  // stayed. The Tan Sri said …" is neither, though only one of the two may be found as a person)
  if (malayHolders(doc, head) > 1)
    return { kind: 'desc', desc: { text, definite: true, head: 'honorific', group: false, gender: null }, first: the, last: j };
  return { kind: 'desc', desc: { text, definite: true, head, group: false, gender: null }, first: the, last: j };
}

/** How many different names follow the two-word honorific `head` ("tan sri") in the article: "Tan Sri Ahmad …", "Tan Sri Lim …". */
function malayHolders(doc: Doc, head: string): number {
  const { tokens } = doc;
  const names = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (`${tokens[k - 1]!.lower} ${tokens[k]!.lower}` !== head) continue;
    const n = /^['’]$/.test(tokens[k + 1]!.raw) ? tokens[k + 2] : tokens[k + 1];
    if (n?.word && n.cap > 0) names.add(n.lower);
  }
  return names.size;
}

function subjectAtRaw(doc: Doc, j: number, floor: number, seen: NewName[]): Found | null {
  const t = doc.tokens[j];
  if (!t || j < floor || doc.quoted[j]) return null;
  const malay = malayTitleDesc(doc, j, floor);
  if (malay) return malay;
  // (a Malaysian title written with its apostrophe, after "the": "the Dato' said", its holder's second reference)
  const { tokens } = doc;
  const dato = tokens[j - 1];
  if (
    /^['’]$/.test(t.raw) &&
    dato?.lower === 'dato' &&
    dato.cap > 0 &&
    dato.end === t.start &&
    tokens[j - 2]?.lower === 'the' &&
    j - 2 >= floor
  ) {
    const text = withoutInvisible(doc.text.slice(tokens[j - 2]!.start, t.end));
    return { kind: 'desc', desc: { text, definite: true, head: 'dato', group: false, gender: null }, first: j - 2, last: j };
  }
  const known = keyEndingAt(doc, j);
  if (known) {
    // (a department's last portfolio the discovery took for a name is the department's: "The Ministry of Water, Land and
    // Resource Stewardship said")
    const across = doc.tokens[known.first - 1]?.lower === 'and' ? orgAcrossAnd(doc, known.first, j, floor) : null;
    if (across) return acrossDesc(doc, across, j);
    // a people's or a nation's name in lower-case syllables before an organisation the discovery found by its capitals
    // alone is part of its name: "The Nuu-chah-nulth Tribal Council said" (not "Tribal Council"), as lowerSyllablesBefore
    const f = known.first;
    const syllables =
      f - 5 >= floor && doc.tokens[f - 1]!.cap === 0 && !isPersonKey(doc, known.key) ? lowerSyllablesBefore(doc.tokens, f, floor) : f;
    if (syllables < f) {
      const k = doc.tokens[syllables - 1]?.lower === 'the' && syllables - 1 >= floor ? syllables - 1 : syllables;
      const text = withoutInvisible(doc.text.slice(doc.tokens[k]!.start, t.end));
      return { kind: 'desc', desc: { text, definite: true, head: t.lower, group: true, gender: null }, first: k, last: j };
    }
    // "the Kremlin spokesman" is a role mention: keep its span
    return { kind: 'key', key: known.key, first: known.first, last: j };
  }
  // a union local's number ends its name: "Unifor Local 195 said", "Teamsters Local 987 said"
  if (/^[0-9]{1,5}[A-Z]?$/.test(t.raw) && j - 1 >= floor && doc.tokens[j - 1]!.raw === 'Local' && !t.gap) {
    const local = subjectAtRaw(doc, j - 1, floor, seen);
    if (!local || local.kind === 'pronoun') return null;
    // (named with its number, as an organisation the dataset does not know)
    const text = withoutInvisible(doc.text.slice(doc.tokens[local.first]!.start, t.end));
    return { kind: 'desc', desc: { text, definite: true, head: 'local', group: true, gender: null }, first: local.first, last: j };
  }
  const ten = numberTenAt(doc, j, floor);
  if (ten >= 0) {
    const text = withoutInvisible(doc.text.slice(doc.tokens[ten]!.start, t.end));
    return { kind: 'desc', desc: { text, definite: true, head: '10', group: true, gender: null }, first: ten, last: j };
  }
  if (!t.word) return null;
  const pr = PRONOUNS.get(t.lower);
  if (pr) {
    if (pr === 'first') return null;
    return { kind: 'pronoun', pronoun: pr, first: j, last: j };
  }
  // an organisation's name whose "of" or "for" runs on across "and" (a word of a title may end it): "the Department of
  // Health and Human Services said", "The Centre for Addiction and Mental Health said"
  if (t.cap > 0) {
    let k = j;
    while (j - k < 2 && capitalBefore(doc, k, floor)) k--;
    const across = orgAcrossAnd(doc, k, j, floor);
    if (across) return acrossDesc(doc, across, j);
  }
  const quantified = quantifierSubject(doc, j, floor) ?? countSubject(doc, j, floor);
  if (quantified) return quantified;
  // one of a group named before, alone as the subject: "Three former players spoke to reporters. One said …",
  // "While one company says …, another says …" (not "no one", "the one", "any one")
  if (/^(one|another)$/.test(t.lower) && oneAlone(doc, j, floor)) {
    const text = withoutInvisible(t.raw);
    return { kind: 'desc', desc: { text, definite: false, head: t.lower, group: false, gender: null }, first: j, last: j };
  }
  const conjoined = conjoinedDescription(doc, j, floor);
  if (conjoined) return conjoined;
  const desc = descEndingAt(doc, j, floor);
  if (desc) return desc;
  // a member of a legislature after the place or party that precedes it: "the Lakeview MP said", "the Kingsford-Dale
  // MPP said" (one or two capitalised words between "the" and the all-caps title)
  const member = memberAfterPlace(doc, j, floor);
  if (member) return member;
  const party = partyAt(doc, j, floor);
  if (party) return party;
  // a nationality for a person named before: "the Swede said", "the Canadian said" (the head stays the demonym), with
  // lower-case modifiers or an age between: "the 24-year-old Swede", "the former Olympian", "the two-time Olympian"
  let the = j - 1;
  while (
    the - 1 >= floor &&
    j - the < 6 &&
    doc.tokens[the]!.cap === 0 &&
    ((doc.tokens[the]!.word &&
      ((!NP_BREAK.has(doc.tokens[the]!.lower) && !DETERMINERS.has(doc.tokens[the]!.lower)) || joiningHyphen(doc, the + 1))) ||
      joiningHyphen(doc, the))
  )
    the--;
  if (
    t.cap === 1 &&
    (DEMONYMS.has(t.lower) || nationalityNoun(t.lower)) &&
    !/s$|^(federal|national|international|western|eastern|south|north|democratic|white|house|kremlin|soviet|green|labour)$/.test(t.lower) &&
    the >= floor &&
    doc.tokens[the]!.lower === 'the'
  ) {
    const text = withoutInvisible(doc.text.slice(doc.tokens[the]!.start, t.end));
    return {
      kind: 'desc',
      desc: { text, definite: true, head: t.lower, group: false, gender: descGender(t.lower) },
      first: the,
      last: j,
    };
  }
  if (t.cap > 0 && ORG_SUFFIXES.has(t.lower)) {
    // an organisation the dataset does not know: "The White House said", "the Fair Vote Project said"
    let k = j;
    let anded = false;
    for (;;) {
      // a plural possessive inside the name: "the International Transport Workers' Federation said"
      if (k - 2 >= floor && pluralPossessive(doc.tokens, k - 1) && doc.tokens[k - 2]!.cap > 0 && j - k < 4) {
        k -= 2;
        continue;
      }
      // a hyphenated compound inside the name: "U.S. Indo-Pacific Command said", "the Austro-Hungarian Society said"
      if (k - 2 >= floor && isHyphenJoin(doc.tokens, k - 1) && j - k < 4) {
        k -= 2;
        continue;
      }
      // a French place's or name's particle joined by hyphens inside the name: "Côte-des-Neiges Holdings Ltd. said"
      if (k - 4 >= floor && afterFrenchParticle(doc.tokens, k) && doc.tokens[k - 4]!.cap > 0 && j - k < 5) {
        k -= 4;
        continue;
      }
      // a people's or a nation's name opening the name, a capital and two or more lower-case syllables joined by hyphens:
      // "the Huu-ay-aht First Nation said", "the Tla-o-qui-aht Nation said" (not "First Nation" alone)
      const syllables = k - 5 >= floor && j - k < 4 ? lowerSyllablesBefore(doc.tokens, k, floor) : k;
      if (syllables < k) {
        k = syllables;
        continue;
      }
      // (or, before a company's legal suffix alone, a capitalised word and its lower-case second part, as French writes
      // such compounds: "Downtown Moncton Centre-ville Inc. said", not "Inc")
      if (
        k === j &&
        k - 3 >= floor &&
        LEGAL_SHORT.has(t.lower) &&
        tightHyphen(doc.tokens, k - 2) &&
        doc.tokens[k - 1]!.word &&
        doc.tokens[k - 1]!.cap === 0 &&
        !doc.tokens[k - 1]!.gap &&
        doc.tokens[k - 3]!.word &&
        doc.tokens[k - 3]!.cap > 0
      ) {
        k -= 3;
        continue;
      }
      // (or, before a company's legal suffix alone, another abbreviated suffix with its dot, as Canadian companies are
      // named: "Canadian Tire Corp. Ltd. said", "Empire Co. Ltd. said", not "Ltd")
      if (k === j && k - 3 >= floor && LEGAL_SHORT.has(t.lower) && suffixDotBefore(doc.tokens, k)) {
        k -= 2;
        continue;
      }
      // a saint's or a mount's abbreviation opening the name: "St. Clare's Hospital said", "Mt. Orrin Health Centre said"
      if (k - 2 >= floor && saintPoint(doc, k - 1) && j - k < 5) {
        k -= 2;
        continue;
      }
      // a singular possessive inside the name: "the Alzheimer's Society said", "St. Brigid's Regional Medical Center
      // announced", "Boston Children's Hospital said" (not a place's or a known name's: "Ontario's Ministry of Health")
      if (k - 2 >= floor && j - k < 4 && ownerInOrgName(doc, k - 1)) {
        k -= 2;
        continue;
      }
      // one "and" between two capitalised words inside the name, as British forces and services are named: "Kent Fire
      // and Rescue Service said", "Avon and Somerset Police said" (not after a name's own last word: "the Treasury
      // Department and Justice Department said" are two)
      const and = doc.tokens[k - 1];
      if (
        !anded &&
        and?.word &&
        and.lower === 'and' &&
        and.cap === 0 &&
        !doc.tokens[k]!.gap &&
        j - k < 2 &&
        capitalBefore(doc, k - 1, floor) &&
        !ORG_SUFFIXES.has(doc.tokens[k - 2]!.lower) &&
        !COMMON_WORDS.has(doc.tokens[k - 2]!.lower) &&
        !doc.nameCtx.initial[k - 1]
      ) {
        anded = true;
        k -= 2;
        continue;
      }
      if (
        capitalBefore(doc, k, floor) &&
        j - k < 5 &&
        !doc.nameCtx.initial[k] &&
        // "As The Harbour Times noted": a capitalised conjunction or preposition opening the sentence is no part of the name
        !(doc.nameCtx.initial[k - 1] && COMMON_WORDS.has(doc.tokens[k - 1]!.lower) && !DETERMINERS.has(doc.tokens[k - 1]!.lower))
      ) {
        k--;
        continue;
      }
      break;
    }
    const det = doc.tokens[k - 1];
    if (det && det.word && det.lower === 'the' && !doc.tokens[k]!.gap) k--;
    if (doc.tokens[k]!.raw === 'The' && k === j) return null;
    const text = withoutInvisible(doc.text.slice(doc.tokens[k]!.start, t.end));
    return { kind: 'desc', desc: { text, definite: true, head: t.lower, group: true, gender: null }, first: k, last: j };
  }
  // (not a pronoun with a verb contracted onto it: "You've said you were never supposed to be a chef")
  // (a portfolio's word, a title's part, ends an organisation's name after a capitalised word: "Interior Health said",
  // "Duke Energy said")
  const field = fieldNameEnd(doc, j, floor);
  if (
    t.cap > 0 &&
    startsWithLetter(t.raw) &&
    !isOrdinaryCapital(doc.nameCtx, j) &&
    (!TITLES.has(t.lower) || field) &&
    !DEMONYMS.has(t.lower) &&
    !CONTRACTED_PRONOUN.test(t.lower)
  ) {
    // a capitalised name the discovery did not register: "Lonechild said", "Goldman Sachs said"
    let k = j;
    let titled = false;
    for (;;) {
      // a hyphenated surname: "Lopez-Cantera said"
      if (k - 2 >= floor && isHyphenJoin(doc.tokens, k - 1)) {
        k -= 2;
        continue;
      }
      // (a compound capitalised on its first part only, inside an organisation's name after its "of": "the Federation
      // of Rental-housing Providers said")
      const c = doc.tokens[k - 3];
      if (
        k - 5 >= floor &&
        tightHyphen(doc.tokens, k - 2) &&
        doc.tokens[k - 1]!.word &&
        doc.tokens[k - 1]!.cap === 0 &&
        !doc.tokens[k]!.gap &&
        c?.word &&
        c.cap === 1 &&
        /^(of|for|on)$/.test(doc.tokens[k - 4]?.lower ?? '') &&
        ORG_SUFFIXES.has(doc.tokens[k - 5]!.lower)
      ) {
        k -= 3;
        continue;
      }
      if (k > j - 3 && fieldAfterOrgOf(doc, k - 1, floor)) {
        k--;
        continue;
      }
      if (
        capitalBefore(doc, k, floor) &&
        k > j - 3 &&
        (!isOrdinaryCapital(doc.nameCtx, k - 1) || ordinaryPairName(doc, k, j, floor)) &&
        (!TITLES.has(doc.tokens[k - 1]!.lower) ||
          (field && k === j && FIELD_WORDS.test(doc.tokens[k - 1]!.lower)) ||
          modifierTitleInName(doc, k - 1, floor) ||
          // (or a title word opening a company's name, no given name after it: "General Motors Canada said", "Northshore
          // Energy Partners said")
          (!isGivenName(doc.tokens[k]!.raw) &&
            doc.tokens.slice(k, j + 1).some((w) => w.word && w.cap > 0 && (ORG_SUFFIXES.has(w.lower) || ORG_NAME_ENDS.has(w.lower))))) &&
        !DEMONYMS.has(doc.tokens[k - 1]!.lower)
      ) {
        k--;
        continue;
      }
      // a preposition capitalised inside the name, as a group's title-case name writes it: "Doctors Without Borders
      // said", "Mothers Against Drunk Driving said" (not one opening the sentence: "Without Borders, …")
      if (k - 2 >= floor && k > j - 3 && titledPreposition(doc, k - 1)) {
        k -= 2;
        titled = true;
        continue;
      }
      // a saint's or a mount's abbreviation opening a name: "St. Clare's Hospital said", "Mt. Orrin Clinic said"
      if (k - 2 >= floor && saintPoint(doc, k - 1) && k > j - 3) {
        k -= 2;
        break;
      }
      // any capitalised word before a country's name, even one opening the sentence, names an organisation with it:
      // "Hockey Canada said", "Statistics Canada said" (not "But Canada said", "Yesterday Canada said")
      if (k === j && k - 1 >= floor && COUNTRIES.has(t.lower) && (countryOwner(doc.tokens[k - 1]!) || doc.tokens[k - 1]!.raw === 'New')) {
        k--;
        continue;
      }
      // a point of the compass before a place's name is part of it: "South Korea said", "North Carolina says"
      // (not before a nationality: "South African officials")
      if (
        k - 1 >= floor &&
        k === j &&
        COMPASS.test(doc.tokens[k - 1]!.lower) &&
        doc.tokens[k - 1]!.cap > 0 &&
        !DEMONYMS.has(doc.tokens[k]!.lower)
      ) {
        k--;
        continue;
      }
      break;
    }
    // one word opening the sentence that reads as a participle, an adverb or a number ("Walking to the car, …", "Hundreds
    // of farmers rallied …, urging …") — not a romanised name whose "-ing" no English verb has ("Beijing said …"),
    // unless it follows a closing quotation mark as a frame's subject ("“…?” Hannity asked.", "“…!” Kelly said."), or is
    // a given name of those endings, no common word ("Ahmed said …", "Emily says …", "Betty told …")
    if (
      k === j &&
      /(ing|ly|ed|teen|ty)$|^(one|two|three|four|five|six|seven|eight|nine|ten|tens|dozens|scores|hundreds|thousands|millions)$/.test(
        t.lower,
      ) &&
      // (a count of a group, or after its dateline: "OTTAWA — Hundreds of farmers rallied …", "NEW YORK — Two of
      // Manhattan's oldest law firms said"; not any word of those endings there, a company's name: "SEATTLE — Boeing said")
      ((doc.nameCtx.initial[j] && !/^[—–-]$/.test(doc.tokens[j - 1]?.raw ?? '')) ||
        (COUNT_WORDS.test(t.lower) && pastDateline(doc, sentStart(doc, j), j + 1) === j)) &&
      !(FEMALE_FIRST.has(t.lower) || MALE_FIRST.has(t.lower) || genderOfFirstName(t.raw) !== null) &&
      !(QUOTE_MARKS.test(doc.tokens[j - 1]?.raw ?? '') && /^[?!]$/.test(doc.tokens[j - 2]?.raw ?? '') && !TENS.test(t.lower)) &&
      !ROMANISED_ING_NAME.test(t.lower)
    )
      return null;
    // a title the article puts in quotation marks: "the pushers of The Great Big Lie say"
    if (doc.titles.size > 0 && doc.titles.has(doc.text.slice(doc.tokens[k]!.start, t.end).toLowerCase())) return null;
    // the last part of a French place's name after its particle is no name of its own: the name is the whole compound,
    // "École Saint-Gérard-des-Neiges", not "Neiges"
    if (afterFrenchParticle(doc.tokens, k)) {
      const part = (x: Token) => x.word && (x.cap > 0 || FRENCH_JOINED_PARTICLE.test(x.raw));
      while (k - 2 >= floor && joiningHyphen(doc, k - 1) && part(doc.tokens[k - 2]!)) k -= 2;
      if (doc.tokens[k]!.cap === 0) return null;
      const w = doc.tokens[k - 1];
      if (k - 1 >= floor && w?.word && w.cap > 0 && !DETERMINERS.has(w.lower) && !doc.nameCtx.initial[k]) k--;
    }
    // the end of an organisation's name after its own "of", "on" or "for" (as the discovery reads it): "the Commission
    // on Presidential Debates announced" is the commission, not a person "Presidential Debates"
    const joint = doc.tokens[k - 1];
    const orgWord = doc.tokens[k - 2];
    if (
      k - 2 >= floor &&
      joint?.word &&
      /^(of|on|for)$/.test(joint.lower) &&
      orgWord?.word &&
      orgWord.cap > 0 &&
      ORG_SUFFIXES.has(orgWord.lower)
    ) {
      let o = k - 2;
      for (;;) {
        // "the Elementary Teachers' Federation of Ontario said" (not "the Court of Appeals' Board on …": an owner that
        // ends a name of its own)
        if (
          o - 2 >= floor &&
          pluralPossessive(doc.tokens, o - 1) &&
          doc.tokens[o - 2]!.cap > 0 &&
          doc.tokens[o - 3]?.lower !== 'of' &&
          k - o < 5
        )
          o -= 2;
        else if (capitalBefore(doc, o, floor) && k - o < 5 && !doc.nameCtx.initial[o]) o--;
        else break;
      }
      if (doc.tokens[o - 1]?.word && doc.tokens[o - 1]!.lower === 'the' && o - 1 >= floor) o--;
      const text = withoutInvisible(doc.text.slice(doc.tokens[o]!.start, t.end));
      return { kind: 'desc', desc: { text, definite: true, head: orgWord.lower, group: true, gender: null }, first: o, last: j };
    }
    // (a name with a capitalised preposition inside is a group's: "Doctors Without Borders said")
    if (titled) {
      const text = withoutInvisible(doc.text.slice(doc.tokens[k]!.start, t.end));
      return { kind: 'desc', desc: { text, definite: true, head: t.lower, group: true, gender: null }, first: k, last: j };
    }
    return { kind: 'key', key: nameAt(doc, k, j, seen), first: k, last: j };
  }
  return null;
}

/**
 * Whether the title word at k is a portfolio's or "State" inside an organisation's name, right after the organisation's
 * own "of", "for" or "on": "the Institute for Defence Studies said", "the Association of State Agencies said" (not "the
 * Minister of Defence said", whose "Minister" is no organisation's word); or any title word there that a capitalised
 * word of the name follows: "the Ministry of Foreign Affairs said", "the Council on Foreign Relations said" (not a
 * person "Affairs" after the title "Foreign").
 */
function fieldAfterOrgOf(doc: Doc, k: number, floor: number): boolean {
  if (k - 2 < floor) return false;
  const t = doc.tokens[k]!;
  if (!t.word || t.cap === 0) return false;
  const next = doc.tokens[k + 1];
  const inside = TITLES.has(t.lower) && !!next?.word && next.cap > 0 && !next.gap;
  if (!(FIELD_WORDS.test(t.lower) || t.lower === 'state' || inside)) return false;
  const org = doc.tokens[k - 2]!;
  return /^(of|for|on)$/.test(doc.tokens[k - 1]!.lower) && org.word && org.cap > 0 && ORG_SUFFIXES.has(org.lower);
}

/**
 * Whether the capitalised words before token k (a comma, or with `commas` the "and" of a list of portfolios) run back to
 * "Department of", "Ministry of", "Office of" or "Secretariat of" (or "for"): "the Department of Communities, Culture and
 * Heritage";
 * with `commas`, past the list's commas too.
 */
function departmentOfBefore(tokens: ReadonlyArray<Token>, k: number, commas = false): boolean {
  for (let m = k - 1; m >= Math.max(1, k - 8); m--) {
    const t = tokens[m]!;
    // (or "for", as British departments are named: "the Department for Culture, Media and Sport")
    if (t.word && (t.lower === 'of' || t.lower === 'for'))
      return tokens[m - 1]!.cap > 0 && /^(department|ministry|office|secretariat)$/.test(tokens[m - 1]!.lower);
    if (commas && t.raw === ',' && tokens[m - 1]?.word && tokens[m - 1]!.cap > 0) continue;
    if (!t.word || t.cap === 0) return false;
  }
  return false;
}

/**
 * Whether the capitalised word at k is in a list after "of" that a plural speaker noun opens: "The mayors of Surrey,
 * Coquitlam and …", "Leaders of the Cree, Dene and …" (capitalised words and commas back to "of" or "of the").
 */
function listOfPlaces(doc: Doc, k: number, floor: number): boolean {
  const { tokens } = doc;
  let m = k;
  while (m > floor && k - m < 10 && ((tokens[m]!.word && tokens[m]!.cap > 0) || tokens[m]!.raw === ',')) m--;
  if (tokens[m]?.lower === 'the' && tokens[m]!.cap === 0) m--;
  if (tokens[m]?.lower !== 'of' || m - 1 < floor) return false;
  const g = tokens[m - 1]!;
  const w = { ...g, cap: 0 };
  return g.word && (pluralSpeakerNoun(w.lower) || (GROUP_NOUNS.has(w.lower) && pluralNoun(w)));
}

/**
 * Where "the <noun> of" opens the phrase a place's name at c closes, the noun no person's and the phrase after a
 * preposition ("of the city of Lake Bend", "from the Cree community of Wemindji"): the preposition's index, else -1.
 */
function placeOfBefore(doc: Doc, c: number, floor: number): number {
  const { tokens } = doc;
  const t = tokens[c];
  if (!t?.word || t.cap === 0) return -1;
  // (past a hyphenated name's parts: "of the town of Val-Comeau")
  const part = (k: number) => (tokens[k]!.word && tokens[k]!.cap > 0) || joiningHyphen(doc, k);
  while (c - 1 > floor && part(c - 1) && t.end - tokens[c - 1]!.start < 40) c--;
  if (tokens[c - 1]?.lower !== 'of' || tokens[c - 1]!.cap > 0) return -1;
  const noun = tokens[c - 2];
  if (!noun?.word || noun.cap > 0 || !/^[a-z]+$/.test(noun.raw)) return -1;
  // (a person's noun names who, not where: "the son of Ron Dale"; but a side's is a place: "the city of Lake Bend")
  if (!SIDE_NOUNS.has(noun.lower) && (SPEAKER_NOUNS.has(noun.lower) || TITLES.has(noun.lower) || QUANTITY_NOUNS.has(noun.lower))) return -1;
  for (let d = c - 3; d > floor && c - d <= 7; d--) {
    const x = tokens[d]!;
    if (doc.quoted[d] || !(x.word || joiningHyphen(doc, d))) return -1;
    if (x.lower === 'the' && x.cap === 0) return /^(of|from|in|at)$/.test(tokens[d - 1]?.lower ?? '') ? d - 1 : -1;
  }
  return -1;
}

/** Prepositions of place after a subject's noun, whose object is where the speakers are, not who speaks. */
const PLACE_PREPS = /^(in|on|at|near|outside|inside|around|across|along|throughout|beside|behind)$/;

/** A noun for a person's office or a body that may head "the … of" a place or a body: "president", "ministry", "embassy". */
function bodyOfNoun(w: string): boolean {
  return SPEAKER_NOUNS.has(w) || ORG_HEADS.has(w) || w === 'embassy' || w === 'consulate';
}

/**
 * Does a quantity open the noun phrase at f, a number or one after "more than", "over", "nearly" …: "with 20 years of
 * service", "with more than 20 years of service", "with nearly a decade of experience"?
 */
function quantityOpens(doc: Doc, f: number): boolean {
  const { tokens } = doc;
  const number = (k: number): boolean =>
    !!tokens[k]?.word &&
    tokens[k]!.cap === 0 &&
    /^([0-9][0-9,.]*|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(tokens[k]!.lower);
  const t = tokens[f];
  if (!t?.word || t.cap !== 0) return false;
  if (/^(more|fewer|less)$/.test(t.lower)) return tokens[f + 1]?.lower === 'than' && number(f + 2);
  if (/^(over|nearly|almost|about|roughly|around|some)$/.test(t.lower)) return number(f + 1);
  return /^[0-9]/.test(t.raw) && number(f);
}

/** Words that may open a count of a group: "at least two", "only three", "all five". */
const COUNT_LEADS = /^(only|just|about|nearly|almost|roughly|all)$/;

/**
 * The first token of a count of two or more (a number in words or figures, with "at least", "only" … before it) that
 * ends at q and opens the sentence or a clause, before "of" and a group: "Two of them", "At least three of the bands";
 * -1 otherwise ("one of them" is one person, read elsewhere).
 */
function countOpening(doc: Doc, q: number, floor: number): number {
  const { tokens } = doc;
  const t = tokens[q];
  if (!t?.word || doc.quoted[q] || t.lower === 'one' || !(SMALL_NUMBER.test(t.lower) || TENS.test(t.lower))) return -1;
  // (no part of a number with a thousands comma: "3,400 of them")
  if (/^[0-9]+$/.test(t.raw) && (t.raw.length > 3 || numberComma(doc, q - 1))) return -1;
  let first = q;
  if (/^(least|most)$/.test(tokens[q - 1]?.lower ?? '') && tokens[q - 2]?.lower === 'at') first = q - 2;
  else if (tokens[q - 1]?.word && COUNT_LEADS.test(tokens[q - 1]!.lower)) first = q - 1;
  return atSentenceStart(doc, first, floor) || CLAUSE_OPENERS.test(tokens[first - 1]?.lower ?? '') ? first : -1;
}

/**
 * A name after a preposition of place that a participle of the subject's post-modifier governs is where someone was
 * rescued, born or based, never who spoke: "The family of a climber rescued from Ben Lomond said" is the family's, "A man
 * stranded near Glen Coe said" the man's. The noun phrase before the participle is the subject, or there is none
 * (undefined when the name follows no such participle). Not the agent or author after "by" (madeBy, agentAsSubject).
 */
function participlePlaceHead(doc: Doc, first: number, floor: number, seen: NewName[]): Found | null | undefined {
  const { tokens } = doc;
  const prep = tokens[first - 1];
  const part = tokens[first - 2];
  if (!prep?.word || prep.cap !== 0 || !(prep.lower === 'from' || PLACE_PREPS.test(prep.lower))) return undefined;
  if (!part?.word || part.cap !== 0 || doc.quoted[first - 2] || first - 3 < floor) return undefined;
  if (!(pastTense(part.lower) || PLACED_PARTICIPLES.has(part.lower)) || MADE_BY.test(part.lower) || AUTHORED_BY.test(part.lower))
    return undefined;
  // (the participle follows a noun in lower case, the head of the subject: "a climber rescued", not "Lund said in Oslo")
  const noun = tokens[first - 3]!;
  if (!noun.word || noun.cap !== 0 || DETERMINERS.has(noun.lower) || PRONOUNS.has(noun.lower) || pastTense(noun.lower)) return undefined;
  const outer = subjectWithPP(doc, first - 3, floor, seen);
  return outer && outer.kind === 'desc' ? outer : null;
}

/**
 * The words of a phrase after its preposition at k, to j: a compound's hyphenated parts count as one word and a
 * possessive's ending as none, so "of the province's largest public-sector union" is five words, as written.
 */
function phraseWords(doc: Doc, k: number, j: number): number {
  let n = 0;
  for (let m = k + 1; m <= j; m++) if (doc.tokens[m]!.word && !joiningHyphen(doc, m - 1)) n++;
  return n;
}

/**
 * The subject ending at j, looking past a prepositional phrase: "Chief Darian Lonechild of the White Bear First
 * Nation says", "A spokeswoman for the agency said", "Residents of the village say".
 */
function subjectWithPP(doc: Doc, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const end = tokens[j];
  // (a street's abbreviation ends the phrase with its point: "Tenants at 55 Elm St. say …" is "Tenants at 55 Elm St.")
  if (end?.raw === '.' && j - 1 > floor && saintPoint(doc, j)) {
    const s = subjectWithPP(doc, j - 1, floor, seen);
    if (s?.kind !== 'desc' || s.last !== j - 1) return s;
    return { ...s, desc: { ...s.desc!, text: withoutInvisible(doc.text.slice(tokens[s.first]!.start, end.end)) }, last: j };
  }
  // a share of a group: "47% say", "75 percent of Democrats said", "a majority of primary voters say"
  const share = shareEndingAt(doc, j, floor);
  // (but "a third" alone whose words are of a "he" or a "she" is one more person of a group listed before, not a share
  // of it: "One said …. Another said …. A third said he was moved to nights")
  if (share >= 0 && share === j - 1 && /^(a|an)$/.test(tokens[share]!.lower) && /^(third|fourth|fifth)$/.test(end!.lower)) {
    const after = tokens[j + 2]?.lower === 'that' ? j + 3 : j + 2;
    if (/^(he|she)$/.test(tokens[after]?.lower ?? '') && SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '')) {
      const text = withoutInvisible(doc.text.slice(tokens[share]!.start, end!.end));
      return { kind: 'desc', desc: { text, definite: false, head: 'one', group: false, gender: null }, first: share, last: j };
    }
  }
  if (share >= 0) return shareDesc(doc, share, j);
  // "Most of them said", "a third of those said"
  if (end?.word && /^(them|those)$/.test(end.lower) && tokens[j - 1]?.lower === 'of') {
    const from = shareEndingAt(doc, j - 2, floor);
    if (from >= 0) return shareDesc(doc, from, j);
    // "Many of them say", "Some of them argued": a quantifier of a group named before, opening the sentence or a clause
    const q = tokens[j - 2];
    if (
      end.lower === 'them' &&
      q?.word &&
      GROUP_QUANTIFIERS.test(q.lower) &&
      (atSentenceStart(doc, j - 2, floor) || CLAUSE_OPENERS.test(tokens[j - 3]?.lower ?? ''))
    )
      return groupDesc(doc, j - 2, j);
    // (or a count of them: "Two of them said", "At least three of them told …")
    const counted = end.lower === 'them' ? countOpening(doc, j - 2, floor) : -1;
    if (counted >= 0) return groupDesc(doc, counted, j);
    // "“…,” one of them said": one person of a group named before, no one of it in particular
    if (tokens[j - 2]?.lower === 'one' && oneAlone(doc, j - 2, floor)) {
      const text = withoutInvisible(doc.text.slice(tokens[j - 2]!.start, end.end));
      return { kind: 'desc', desc: { text, definite: false, head: 'one', group: false, gender: null }, first: j - 2, last: j };
    }
  }
  // "Several of those targeted told", "a third of those interviewed said": a quantifier or a share of the people a
  // participle in the past picks out, opening the sentence or a clause
  if (end?.word && end.cap === 0 && /[^e]ed$/.test(end.lower) && tokens[j - 1]?.lower === 'those' && tokens[j - 2]?.lower === 'of') {
    const share = shareEndingAt(doc, j - 3, floor);
    if (share >= 0) return shareDesc(doc, share, j);
    const q = tokens[j - 3];
    if (
      q?.word &&
      GROUP_QUANTIFIERS.test(q.lower) &&
      (atSentenceStart(doc, j - 3, floor) || CLAUSE_OPENERS.test(tokens[j - 4]?.lower ?? ''))
    )
      return groupDesc(doc, j - 3, j);
  }
  // "56 percent of tenants polled said": a group with the participle of a survey
  if (end?.word && SURVEYED.test(end.lower) && j - 1 > floor) {
    const s = subjectWithPP(doc, j - 1, floor, seen);
    if (s?.kind === 'desc' && s.desc!.group) return groupDesc(doc, s.first, j);
  }
  if (!end || !end.word || NP_BREAK.has(end.lower)) return subjectAt(doc, j, floor, seen);
  // a double genitive: "A longtime friend of Mr. Trump's said", "Friends of Mr. Clinton's who have seen him … say" are
  // the friends of the person named (not the person)
  if (end.key === "'s" && j - 1 > floor) {
    const named = keyEndingAt(doc, j - 1);
    if (named && tokens[titledFrom(doc, named.first, floor) - 1]?.lower === 'of') {
      const s = subjectWithPP(doc, j - 1, floor, seen);
      if (s?.kind === 'desc' && s.first < named.first) return { ...s, last: j };
    }
  }
  const held = documentSubject(doc, j, floor, seen);
  if (held) return held;
  // a firm's name joined by "&" is no person: "Analysts at Brennan & Co. said", "A spokesman for Morgan & Lowe said" (the
  // speaker before it, or none)
  const firm = ampersandNameEndingAt(doc, j, floor);
  if (firm >= 0) {
    const by = spokespersonFor(doc, firm, j, floor, seen) ?? speakerBeforeNamedObject(doc, firm, j, floor, seen);
    if (by) return by;
    // (the firm itself is the subject when the name the discovery registered whole opens the phrase, no preposition
    // before it: "AT&T said", "On Monday, S&P Global said")
    const whole = keyEndingAt(doc, j);
    const prev = tokens[firm - 1];
    if (whole?.first === firm && !(prev?.word && prev.cap === 0 && PREPOSITION_BEFORE.test(prev.lower)))
      return { kind: 'key', key: whole.key, first: firm, last: j };
    return null;
  }
  // a person's name right before the verb is the subject: "White House chief of staff Mark Meadows countered"
  const direct = keyEndingAt(doc, j);
  // a name that is the object of "in", "on" or "at" after a place is where the subject was, not who spoke: "Organizers
  // at the lodge on Pier Road said" (the subject is before both phrases, or there is none)
  // (or of another preposition of place: "Protesters outside City Hall said", "Residents near Lake Simcoe said")
  const placed = direct && PLACE_PREPS.test(tokens[direct.first - 1]?.lower ?? '') && direct.first - 3 > floor;
  if (placed && isPersonKey(doc, direct.key) && !speakerBeforeNamedObject(doc, direct.first, j, floor, [])) {
    const outer = subjectWithPP(doc, direct.first - 2, floor, seen);
    if (outer?.kind === 'desc' && outer.last < direct.first - 2) return outer;
  }
  // a name after "the <noun> of", a noun for no person, closes a place in a phrase after the subject, never who spoke:
  // "Mayor Ron Dale of the city of Lake Bend said", "Chief Ada Moar of the Cree community of Wemindji said" (the subject
  // is before the phrase)
  const ofPlace = placeOfBefore(doc, direct ? direct.first : j, floor);
  if (ofPlace >= 0 && ofPlace - 1 > floor) {
    const outer = subjectWithPP(doc, ofPlace - 1, floor, seen);
    // (a name met here for the first time is registered later, a person: "Zelko Brandvik of the city of Lake Bend said")
    if (outer && (outer.kind === 'desc' || (outer.kind === 'key' && personOrNew(doc, outer.key!)))) return outer;
  }
  // a name after "in the", "on the" or "at the" is a place or an organisation where the subject is, never who spoke:
  // "A First Nation in the Fraser Valley says" is the First Nation's (no person takes "the")
  // (so is one after a place's possessive in its stead: "Grain farmers in Alberta's Peace Country say", "Dairy farmers in
  // Quebec's Eastern Townships say" are the farmers'; and after a person's, past a title: "Workers at Mark Lund's Pine
  // Hill Farm said", "Staff at Premier Dale Ives's Riverside Lodge said")
  let det = direct ? direct.first - 1 : -1;
  // (det is -1 with no direct subject: tested first, as a read at index -1 leaves the array's fast path)
  if (det >= 0 && tokens[det]!.key === "'s" && !doc.quoted[det]) {
    // (the owner a name the discovery registered, a place's or a person's with its title, or up to three capitalised
    // words no key holds: "Quebec's", "Lakeview's", "Premier Dale Ives's", "Cleaners at Maple Transit's Eastside Garage")
    const owner = keyEndingAt(doc, det - 1);
    let bare = det;
    while (!owner && bare - 1 > floor && det - bare < 3 && tokens[bare - 1]!.word && tokens[bare - 1]!.cap > 0 && !doc.quoted[bare - 1])
      bare--;
    det = owner ? titledFrom(doc, owner.first, floor) : bare < det ? bare : -1;
  }
  if (
    direct &&
    tokens[det]?.word &&
    (det !== direct.first - 1 || tokens[det]!.lower === 'the') &&
    (PLACE_PREPS.test(tokens[det - 1]?.lower ?? '') || tokens[det - 1]?.lower === 'within') &&
    det - 2 >= floor
  ) {
    const outer = subjectWithPP(doc, det - 2, floor, seen);
    // (the description as written, with where it is: "Residents in the Holt Valley")
    if (outer?.kind === 'desc' && outer.last <= det - 2)
      return {
        ...outer,
        desc: { ...outer.desc!, text: withoutInvisible(doc.text.slice(tokens[outer.first]!.start, tokens[j]!.end)) },
        last: j,
      };
    // (past an owner's possessive, a capitalised word opening the sentence that was read as a new name is the speaker,
    // never the place: a plural the group, "Servers at Premier Dale Ives's Riverside Lodge said", "Cooks at …"; any
    // other the person, "Lund at Premier Dale Ives's Riverside Lodge said")
    if (outer?.kind === 'key' && personOrNew(doc, outer.key!) && outer.last === det - 2 && tokens[direct.first - 1]?.key === "'s") {
      const w = tokens[outer.first]!;
      const plural =
        outer.key!.kind === 'new' && outer.first === outer.last && w.cap === 1 && pluralNoun({ word: true, cap: 0, lower: w.lower });
      if (!plural) return outer;
      if (outer.first === firstWordAt(doc, floor) && !TITLES.has(w.lower) && !DEMONYMS.has(w.lower)) {
        const text = withoutInvisible(doc.text.slice(w.start, tokens[j]!.end));
        return { kind: 'desc', desc: { text, definite: false, head: w.lower, group: true, gender: null }, first: outer.first, last: j };
      }
    }
  }
  // (a "person" the discovery made of a department's last portfolio is none: "A spokesperson for the Ministry of
  // Agriculture, Food and Rural Affairs said")
  const portfolio = direct && tokens[direct.first - 1]?.lower === 'and' && departmentOfBefore(tokens, direct.first - 1, true);
  // (the last of names joined by "and" after the preposition is no subject either: "Residents of Quebec and New
  // Brunswick said", "Hundreds of workers from Ontario and New Brunswick said" are the group's)
  const joined = direct && !portfolio ? joinedNamesStart(doc, direct.first, floor) : -1;
  const group = joined >= 0 ? speakerBeforeNamedObject(doc, joined, j, floor, seen) : null;
  if (group?.kind === 'desc') return group;
  // (nor the last of people joined by "and" whom a speaker acts for: "Aides to Sen. Tom Berg and Gov. Ana Vik said" are
  // the aides')
  const served = direct && !portfolio && joined < 0 ? joinedNamesStart(doc, direct.first, floor, true) : -1;
  const acting = served >= 0 && /^(for|to)$/.test(tokens[served - 1]!.lower) ? spokespersonFor(doc, served, j, floor, seen) : null;
  if (acting?.kind === 'desc') return acting;
  // (and where no speaker before them is found, the last of places someone comes from is no one who speaks: "A
  // delegation of youth from Nunavut and Nunavik urged …" is not Nunavik's; the walk back to the noun before "from" goes
  // on: "Media reports from Kyiv and Moscow said" are the reports')
  const fromPlaces = joined >= 0 && tokens[joined - 1]!.lower === 'from' && !isPersonKey(doc, direct!.key);
  // (nor a name after the place's preposition when a count of people opens the sentence: "Hundreds of workers from New
  // Brunswick said" is the workers', as "Hundreds of farmers from Quebec and Ontario said" is)
  const at = joined >= 0 ? joined : (direct?.first ?? -1);
  if (at - 2 > floor && !portfolio && /^(from|in|at|across)$/.test(tokens[at - 1]!.lower) && tokens[at - 1]!.cap === 0) {
    const outer = subjectWithPP(doc, at - 2, floor, seen);
    const q = tokens[outer?.first ?? -1];
    if (
      outer?.kind === 'desc' &&
      outer.desc!.group &&
      outer.last === at - 2 &&
      q &&
      (GROUP_QUANTIFIERS.test(q.lower) || COUNT_WORDS.test(q.lower))
    )
      return outer;
  }
  const moved = direct && !portfolio ? participlePlaceHead(doc, direct.first, floor, seen) : undefined;
  if (moved !== undefined) return moved;
  if (direct && isPersonKey(doc, direct.key) && !portfolio)
    return (
      spokespersonFor(doc, direct.first, j, floor, seen) ??
      speakerBeforeNamedObject(doc, direct.first, j, floor, seen) ??
      relationOfNamed(doc, direct.first, j, floor, seen) ?? { kind: 'key', key: direct.key, first: direct.first, last: j }
    );
  // a place the discovery registered as one, after "in", "on" or "at": "Tenants in Harbour Heights said", "An official on
  // Parliament Hill said"
  const where =
    direct && PLACE_PREPS.test(tokens[direct.first - 1]?.lower ?? '') && !isPersonKey(doc, direct.key)
      ? speakerBeforeNamedObject(doc, direct.first, j, floor, seen)
      : null;
  if (where) return where;
  // how far back the preposition may be: further past the words of a capitalised name
  let reach = 7;
  // past a phrase inside the phrase, to the preposition after the speaker: "Parents of pupils at the flooded school said"
  let nested = false;
  // (the commas of a department's listed portfolios, inside the phrase: "A spokesperson for Innovation, Science and
  // Economic Development Canada said")
  let listing = false;
  // (an organisation's name the discovery registered whole holds no preposition of the subject: "The Federation of
  // Housing Providers of Brendale said", not "Providers" with "of Brendale")
  // (its own "of" inside, not a day after "on": "the Times on Saturday" is no name)
  const wholeOrg =
    direct &&
    direct.first < j - 1 &&
    j - direct.first < 12 &&
    !DAYS_MONTHS.has(end.lower) &&
    !isPersonKey(doc, direct.key) &&
    tokens.slice(direct.first + 1, j).some((x) => x.word && x.lower === 'of' && x.cap === 0)
      ? direct.first
      : j;
  for (let k = j - 1; k >= Math.max(floor + 1, j - reach); k--) {
    if (k > wholeOrg) {
      reach = Math.max(reach, j - wholeOrg + 4);
      continue;
    }
    const t = tokens[k]!;
    // a comma listing the portfolios of a department named for its country: "A spokesperson for Immigration, Refugees
    // and Citizenship Canada said" (capitalised words either side, an "and" before the country)
    const listed =
      t.raw === ',' &&
      COUNTRIES.has(end.lower) &&
      tokens[k - 1]?.word &&
      tokens[k - 1]!.cap > 0 &&
      tokens[k + 1]?.word &&
      tokens[k + 1]!.cap > 0 &&
      tokens.slice(k + 1, j).some((x) => x.word && x.lower === 'and' && x.cap === 0);
    // (or of a provincial department named "of" its portfolios: "A spokesperson for the Department of Communities,
    // Culture and Heritage said", "the Ministry of Agriculture, Food and Rural Affairs")
    const portfolios =
      t.raw === ',' &&
      tokens[k - 1]?.word &&
      tokens[k - 1]!.cap > 0 &&
      tokens[k + 1]?.word &&
      tokens[k + 1]!.cap > 0 &&
      tokens.slice(k + 1, j).some((x) => x.word && x.lower === 'and' && x.cap === 0) &&
      departmentOfBefore(tokens, k);
    // (or a list of places or peoples the speakers are "of": "The mayors of Surrey, Coquitlam and four other
    // municipalities said", "Leaders of the Cree, Dene and Métis nations said")
    const places =
      t.raw === ',' &&
      tokens[k - 1]?.word &&
      tokens[k - 1]!.cap > 0 &&
      tokens[k + 1]?.word &&
      tokens.slice(k + 1, j).some((x) => x.word && x.lower === 'and' && x.cap === 0) &&
      listOfPlaces(doc, k - 1, floor);
    if (listed || portfolios || places) {
      listing = listing || !!listed || !!portfolios;
      reach = Math.min(reach + 3, 14);
      continue;
    }
    // (the comma inside a number is none: "A study of 9,000 women suggests"; nor the point of "St.": "Doctors at St.
    // Michael's Hospital said")
    const thousands =
      t.raw === ',' &&
      /^[0-9]+$/.test(tokens[k - 1]?.raw ?? '') &&
      /^[0-9]{3}$/.test(tokens[k + 1]?.raw ?? '') &&
      tokens[k - 1]!.end === t.start &&
      t.end === tokens[k + 1]!.start;
    // (the apostrophe of a plural possessive inside the phrase is none of its ends: "Ana Ruiz of the Harwick Tenants'
    // Union said", "Leaders of the teachers' union said")
    if (pluralPossessive(tokens, k) && tokens[k + 1]?.word && k - 1 > floor) {
      reach = Math.min(reach + 1, 14);
      continue;
    }
    // (a title in quotation marks before the noun is its modifier: 'Some in the "Bernie or Bust" crowd suggest')
    const title = t.word ? -1 : titleModifierStart(doc, k, floor);
    if (title >= 0) {
      reach = Math.min(reach + k - title + 1, 16);
      k = title;
      continue;
    }
    // (nor an abbreviated title's point: "Supporters of Gov. Ana Vik's plan said")
    const point = titlePoint(tokens, k);
    if (point) reach = Math.min(reach + 1, 14);
    if (!t.word && t.raw !== '-' && t.key !== "'s" && !thousands && !saintPoint(doc, k) && !point) break;
    // (a compound's hyphens and the parts they join count as one word: "The family of a 17-year-old student killed in a
    // crash says")
    if (joiningHyphen(doc, k)) {
      reach = Math.min(reach + 2, 14);
      continue;
    }
    // "of", "for" or "and" inside an organisation's name is no preposition of the subject: "Jo Lund of the Center for
    // Nonproliferation Studies wrote", "experts of the Institute for Science and International Security said"
    if (
      t.word &&
      t.cap === 0 &&
      (t.lower === 'and' ||
        (/^(of|for|on)$/.test(t.lower) && (ORG_SUFFIXES.has(tokens[k - 1]!.lower) || ORG_NAME_ENDS.has(tokens[k - 1]!.lower))) ||
        // (or a cause's members in the plural inside the name: "Canadian Journalists for Free Expression said")
        (t.lower === 'for' &&
          tokens[k - 1]!.cap === 1 &&
          pluralSpeakerNoun(tokens[k - 1]!.lower) &&
          !!tokens[k - 2]?.word &&
          tokens[k - 2]!.cap > 0) ||
        // (or inside a group's name the names found whole: "Physicians for Human Rights said")
        (t.lower === 'for' && inNamedPerson(doc, k))) &&
      capitalBefore(doc, k, floor) &&
      tokens[k + 1]?.cap &&
      !DAYS_MONTHS.has(tokens[k + 1]!.lower)
    ) {
      reach = Math.min(reach + 3, 14);
      continue;
    }
    // a preposition a hyphen joins to the word before is a compound's part, no phrase's: "Parents at a drop-in clinic
    // said", "Staff at the walk-in centre said"
    if (t.word && joiningHyphen(doc, k - 1)) continue;
    // ("to" after a speaker's noun: "An aide to the premier said", "Advisers to the finance minister say")
    const to = t.word && t.lower === 'to' && t.cap === 0;
    // (a preposition of place after "from" is one phrase with it: "Volunteers from across the region said")
    if (t.word && t.cap === 0 && /^(across|around|throughout|within|inside|outside)$/.test(t.lower) && tokens[k - 1]?.lower === 'from')
      continue;
    // ("near" a place, as "in" or "at": "Families near the site say", "Residents near the plant said"; so "along",
    // "across" and "throughout" before "the": "Indigenous groups along the pipeline route said", "Business owners across
    // the province say"; not before a name, which may be the group's own: "Signs along Route 9 read …")
    // (before a name too after a plural of people: "Business owners along Wellington Street said")
    const before = tokens[k - 1];
    const spread =
      /^(along|across|throughout)$/.test(t.lower) &&
      (tokens[k + 1]?.lower === 'the' ||
        (!!before?.word &&
          ((before.cap === 0 && (PEOPLE_PLURAL.test(before.lower) || pluralSpeakerNoun(before.lower))) ||
            // (capitalised as the sentence's first word, a speaker's noun only: "Coaches across Manitoba say", not "Sanders")
            (doc.nameCtx.initial[k - 1] === 1 && pluralSpeakerNoun(before.lower)))));
    // (and "behind" a project, whose makers speak: "The group behind the campaign says", "The firm behind the app said")
    const behind = t.lower === 'behind' && DETERMINERS.has(tokens[k + 1]?.lower ?? '');
    // (and "outside", "inside", "around" or "beside" a place after a person's noun, as "near": "Workers inside the plant
    // said", "A woman outside the courthouse said"; not a sign's: "Posters outside the arena read …")
    const near =
      t.lower === 'near' ||
      (/^(outside|inside|around|beside|within)$/.test(t.lower) &&
        !!before?.word &&
        (pluralSpeakerNoun(before.lower) ||
          SPEAKER_NOUNS.has(before.lower) ||
          FEMALE_NOUNS.has(before.lower) ||
          MALE_NOUNS.has(before.lower) ||
          // ("within" after any plural, as "in": "The pragmatists within the party said", not the party's words)
          (t.lower === 'within' && pluralNoun(before))));
    // (and "outside" or "inside" a place, as "near": "Protesters outside the legislature chanted …")
    // (not a sign's: "Posters outside the arena read …" are where they hang)
    const around =
      /^(outside|inside)$/.test(t.lower) && DETERMINERS.has(tokens[k + 1]?.lower ?? '') && !SIGN_NOUNS.test(tokens[k - 1]?.lower ?? '');
    if (t.word && (PP_PREPS.has(t.lower) || to || ((near || spread || behind || around) && t.cap === 0))) {
      const from = t.lower === 'of' ? shareEndingAt(doc, k - 1, floor) : -1;
      // (or a participle in the past right after the group's plural, which "of" opens, past an article at most, as in
      // "The officers involved said": "Most of the officers involved said", "Two of the men arrested said"; not after a
      // noun before the plural, whose verb it is in a relative clause with no "that": "Most of the reports officials
      // cited said")
      const participle =
        t.lower === 'of' &&
        end.word &&
        end.cap === 0 &&
        pastTense(end.lower) &&
        reportVerbAfter(doc, j) &&
        (j - 2 === k || (j - 3 === k && DETERMINERS.has(tokens[k + 1]!.lower))) &&
        pluralNoun(tokens[j - 1]);
      // (of a plural, or of a collective or a plural with no -s: "54 percent of personnel", "40 percent of people")
      const plural =
        end.cap > 0 || /s$/.test(end.lower) || INVARIANT_PLURALS.test(end.lower) || COLLECTIVE_HEADS.test(end.lower) || participle;
      if (from >= 0 && end.word && plural && !shareAfterOwnersNoun(doc, from)) return shareDesc(doc, from, j);
      // "Many of her supporters say": a quantifier opening the sentence or a clause, then "of" a group
      // (a count of counts opens it: "Hundreds of thousands of people said", "Tens of thousands of residents say")
      const qAt = countOfCounts(doc, k - 1, floor);
      const q = tokens[qAt]!;
      // (or "one of the people", "one of the sources", opening the sentence or after the comma of a closing frame)
      if (
        t.lower === 'of' &&
        (qAt < k - 1 ||
          GROUP_QUANTIFIERS.test(q.lower) ||
          (q.lower === 'one' &&
            (/^(the|those|these|his|her|their)$/.test(tokens[k + 1]?.lower ?? '') ||
              // (or a name's, in a frame after the words: "…, one of Mayor Dale Ives's aides said"; one opening its
              // sentence is read whole elsewhere, with a relative clause or an apposition after it)
              (tokens[k + 1]!.cap > 0 && tokens.slice(k + 2, j).some((x) => x.key === "'s") && !atSentenceStart(doc, k - 1, floor))))) &&
        (atSentenceStart(doc, qAt, floor) ||
          CLAUSE_OPENERS.test(tokens[qAt - 1]?.lower ?? '') ||
          // (or past an opening phrase of place or time: "Outside court, one of the complainants said …")
          (tokens[qAt - 1]?.raw === ',' && openingPhraseBefore(doc, floor, qAt - 1)) ||
          ((tokens[qAt - 1]?.raw === ',' || afterQuotation(doc, qAt)) && closingFrame(doc, j + 1))) &&
        (pluralNoun(end) ||
          /[a-z]men$|^people$/.test(end.lower) ||
          participle ||
          (q.lower === 'one' && /^(them|us)$/.test(end.lower)) ||
          (q.lower !== 'one' && groupBeforePlace(doc, k, j) > k))
      ) {
        // ("one of the complainants" is one person, a "he" or "she" of the words that follow, as "one of them" is)
        // (the group without the place it comes from: "Hundreds of farmers from Quebec and Ontario said")
        const group = pluralNoun(end) || /[a-z]men$|^people$/.test(end.lower) || participle ? j : groupBeforePlace(doc, k, j);
        if (q.lower !== 'one') return groupDesc(doc, qAt, group > k ? group : j);
        const text = withoutInvisible(doc.text.slice(tokens[k - 1]!.start, end.end));
        return { kind: 'desc', desc: { text, definite: false, head: 'one', group: false, gender: null }, first: k - 1, last: j };
      }
      // "Three of the bands said", "At least five of the musicians told": a count of a group, opening the sentence
      if (t.lower === 'of' && (pluralNoun(end) || participle) && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) {
        const counted = countOpening(doc, k - 1, floor);
        if (counted >= 0) return groupDesc(doc, counted, j);
      }
      // "Many in the crowd said", "Some at the rally said": a quantifier opening the sentence, then where its group stood
      if (
        /^(in|at)$/.test(t.lower) &&
        /^(many|some|several|most|others)$/.test(q.lower) &&
        atSentenceStart(doc, k - 1, floor) &&
        /^(the|a)$/.test(tokens[k + 1]?.lower ?? '') &&
        end.cap === 0 &&
        // (a title in quotation marks may stand before the noun: 'Some in the "Bernie or Bust" crowd say')
        (j - k <= 3 || titleModifierStart(doc, j - 1, k) === k + 2)
      )
        return groupDesc(doc, k - 1, j);
      // "At least half of (the) voters in each state say": a share of a group, then a place or time
      // (the group may have modifiers: "Large majorities of Republican primary voters in six states said")
      let o = k - 2;
      while (o > floor && k - o <= 5 && tokens[o]!.word && tokens[o]!.lower !== 'of' && !NP_BREAK.has(tokens[o]!.lower)) o--;
      const outer = tokens[o]?.lower === 'of' ? shareEndingAt(doc, o - 1, floor) : -1;
      if (outer >= 0 && pluralNoun(tokens[k - 1]!)) return groupDesc(doc, outer, k - 1);
      // two phrases in a row: "Delegates at the convention in Tulsa said", "Officials of the union at the plant said":
      // the noun before this preposition is the object of another, which goes on back to the subject
      const inner = subjectAtRaw(doc, k - 1, floor, []);
      // (or the object of an infinitive that follows a noun: "Supporters of a bill to lower the voting age to 16 say",
      // back over the verb to its "to")
      const verb = inner === null || inner.first < 1 ? undefined : tokens[inner.first - 1];
      const infinitive =
        !!verb?.word &&
        verb.cap === 0 &&
        !NP_BREAK.has(verb.lower) &&
        !DETERMINERS.has(verb.lower) &&
        tokens[inner!.first - 2]?.lower === 'to' &&
        !!tokens[inner!.first - 3]?.word &&
        tokens[inner!.first - 3]!.cap === 0;
      if (
        inner?.kind === 'desc' &&
        (DETERMINERS.has(tokens[inner.first]?.lower ?? '') || saintPoint(doc, inner.first + 1) || quantityOpens(doc, inner.first)) &&
        (PP_PREPS.has(tokens[inner.first - 1]?.lower ?? '') ||
          tokens[inner.first - 1]?.lower === 'behind' ||
          // (or a preposition of place after a plural of people: "Farmers along the route of the pipeline told …")
          (/^(near|along|across|throughout)$/.test(tokens[inner.first - 1]?.lower ?? '') &&
            pluralSpeakerNoun(tokens[inner.first - 2]?.lower ?? '')) ||
          infinitive) &&
        inner.first - 1 > floor &&
        j - inner.first < 12
      ) {
        reach = Math.max(reach, j - inner.first + (infinitive ? 3 : 1));
        k = inner.first;
        nested = true;
        continue;
      }
      // (or a name is that object, after a group's plural noun: "Workers at Ford in Oakville said", "Caregivers at Birch
      // Manor in Delcourt said"; the group, not the place or the firm, speaks)
      // (a hyphenated name's parts count as one word: "Parents at Saint-Viateur-des-Érables in Villeray said")
      const joined = inner?.kind === 'key' ? tokens.slice(inner.first, k).filter((_, o) => joiningHyphen(doc, inner.first + o)).length : 0;
      if (inner?.kind === 'key' && k - inner.first - 2 * joined <= 4) {
        let b = inner.first;
        while (b > floor + 1 && ((tokens[b - 1]!.word && tokens[b - 1]!.cap > 0) || tokens[b - 1]!.key === "'s") && inner.first - b < 3)
          b--;
        // (past "so-called" before the name: "Members of the so-called Gang of Eight warned")
        if (soCalledAt(tokens, b - 1) && b - 4 > floor) b -= 3;
        if (tokens[b - 1]?.lower === 'the' && tokens[b - 1]!.cap === 0) b--;
        const g = tokens[b - 2];
        // (or a person named at the sentence's or the frame's start, "of" or "with" the body whose place follows: "Len
        // Hickey of the Canadian Coast Guard in Halifax said", "“…,” Ana Vale with Environment Canada in Gander said";
        // the person speaks, not the body's name nor the place)
        // (a name the finder has only just seen is a person's, as below)
        const member = /^(of|with)$/.test(tokens[b - 1]?.lower ?? '') && g?.word && g.cap > 0 ? subjectAt(doc, b - 2, floor, []) : null;
        if (
          /^(at|of|from|with|for)$/.test(tokens[b - 1]?.lower ?? '') &&
          g?.word &&
          (((g.cap === 0 || atSentenceStart(doc, b - 2, floor)) &&
            (pluralNoun(g) ||
              GROUP_NOUNS.has(g.lower) ||
              (SPEAKER_NOUNS.has(g.lower) && pluralNoun({ ...g, cap: 0 })) ||
              // (or a definite body or office "of" the place: "The embassy of Valdoria in Ottawa said")
              (tokens[b - 1]!.lower === 'of' && tokens[b - 3]?.lower === 'the' && g.cap === 0 && bodyOfNoun(g.lower)))) ||
            (member?.kind === 'key' && personOrNew(doc, member.key!) && titledAtStart(doc, member.first, floor))) &&
          b - 2 >= floor
        ) {
          reach = Math.max(reach, j - b + 2);
          k = b;
          nested = true;
          continue;
        }
      }
      let s = subjectAt(doc, k - 1, floor, seen);
      // (an organisation's name after a preposition, an article and a modifier is the object of a phrase inside the
      // phrase: "The chief of a remote First Nation in northwestern Ontario says" is the chief's; go on back to it)
      const named =
        s?.kind === 'key' ? !personOrNew(doc, s.key!) : s?.kind === 'desc' && tokens[s.first]!.cap > 0 && !SPEAKER_NOUNS.has(s.desc!.head);
      if (s && named && !nested && !to) {
        let m = s.first;
        while (
          m - 1 > floor &&
          s.first - m < 3 &&
          tokens[m - 1]!.word &&
          tokens[m - 1]!.cap === 0 &&
          !DETERMINERS.has(tokens[m - 1]!.lower) &&
          !NP_BREAK.has(tokens[m - 1]!.lower)
        )
          m--;
        if (m < s.first && /^(a|an)$/.test(tokens[m - 1]?.lower ?? '') && tokens[m - 2]?.lower === 'of' && m - 3 >= floor) {
          reach = Math.max(reach, j - m + 4);
          k = m - 1;
          nested = true;
          continue;
        }
      }
      // (past a phrase inside the phrase, the people "of" whom a group speaks, opening the sentence: "Families of
      // residents at a care home in Marrowby say", "Relatives of patients at the hospital in Lorne said")
      if (nested && !s && pluralNoun(tokens[k - 1]) && tokens[k - 2]?.lower === 'of' && k - 3 >= floor) {
        const o = subjectAt(doc, k - 3, floor, []);
        if (o?.kind === 'desc' && o.desc!.group && GROUP_NOUNS.has(o.desc!.head) && atSentenceStart(doc, o.first, floor)) s = o;
      }
      // (a collective of those who act for the body named: "A panel of outside advisers to the agency said")
      const collective = to && !nested ? collectiveActingFor(doc, k, j, floor) : null;
      if (collective) return collective;
      // (past "to" or a phrase inside the phrase, only a speaker's noun that opens the sentence or a clause: not "roused
      // the crowd to spontaneous chants", "…, a supporter of the senator's bid told …")
      if (
        (to || nested) &&
        // (or a person's name opening the sentence, past the place of the body "of" or "with" which they speak:
        // "Meteorologist Ada Olsen of the weather service office in Norman said", "Ana Vale with Environment Canada in
        // Gander said")
        !(
          nested &&
          !to &&
          s?.kind === 'key' &&
          (t.lower === 'of' || t.lower === 'with') &&
          // (a name the finder has only just seen is no one's yet: a person's, as the others of subjectWithPP read it)
          personOrNew(doc, s.key!) &&
          titledAtStart(doc, s.first, floor)
        ) &&
        !(
          s?.kind === 'desc' &&
          (SPEAKER_NOUNS.has(s.desc!.head) || !to) &&
          (atSentenceStart(doc, s.first, floor) ||
            outsideOpening(doc, s.first, floor) ||
            CLAUSE_OPENERS.test(tokens[s.first - 1]?.lower ?? '') ||
            tokens[s.first - 1]?.raw === ';' ||
            (tokens[s.first - 1]?.raw === ',' && (closingFrame(doc, j + 1) || openingPhraseBefore(doc, floor, s.first - 1))))
        )
      )
        break;
      // a collective noun "of" a plural, opening the sentence or a clause: "A coalition of 40 environmental groups said",
      // "A growing chorus of economists says", "A handful of analysts argue" (the collective, with its members, speaks)
      if (
        s?.kind === 'desc' &&
        t.lower === 'of' &&
        s.last === k - 1 &&
        COLLECTIVES.test(s.desc!.head) &&
        pluralNoun(tokens[j]) &&
        // (modifiers joined by "and"/"or" inside: "a coalition of 30 fishing and tourism groups")
        tokens
          .slice(k + 1, j + 1)
          .every(
            (x, n) =>
              (x.word && x.cap === 0 && (!NP_BREAK.has(x.lower) || (/^(and|or)$/.test(x.lower) && n > 0 && k + 1 + n < j))) ||
              /^[0-9]/.test(x.raw),
          ) &&
        (atSentenceStart(doc, s.first, floor) ||
          CLAUSE_OPENERS.test(tokens[s.first - 1]?.lower ?? '') ||
          // (or in a frame after the words: "“…,” a couple of union officials said.")
          afterQuotation(doc, s.first) ||
          (tokens[s.first - 1]?.raw === ',' && closingFrame(doc, j + 1)))
      )
        return {
          ...s,
          desc: { ...s.desc!, group: true, text: withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[j]!.end)) },
          last: j,
        };
      // (a person of a gender is a speaker noun: "A policewoman at the scene said")
      if (
        s &&
        (s.kind === 'key' ||
          (s.kind === 'desc' &&
            (SPEAKER_NOUNS.has(s.desc!.head) ||
              (PERSON_SHAPE.test(s.desc!.head) && !QUANTITY_NOUNS.has(s.desc!.head)) ||
              // (or a plural of such a noun: "Many speakers at the service said")
              (pluralNoun(tokens[s.last]) &&
                PERSON_SHAPE.test(s.desc!.head.slice(0, -1)) &&
                !NOT_PERSON_SHAPE.test(s.desc!.head.slice(0, -1))) ||
              s.desc!.definite ||
              s.desc!.group ||
              s.desc!.gender !== null ||
              // (or any noun someone was, opening the sentence: "A former mechanic at a used car lot says", "A retired
              // clerk at the registry said")
              (/^(a|an|one)\s+(former|retired|longtime|long-time|veteran)\s+[a-z]+$/i.test(s.desc!.text) &&
                atSentenceStart(doc, s.first, floor)) ||
              // a document from someone: "An email from the ferry office says …"
              (DOCUMENT_NOUNS.has(s.desc!.head) && t.lower === 'from') ||
              // (or any noun a "who" after the phrase's comma shows to be a person, when the phrase's own last noun is
              // none: "A regular at the gas station, who gave his name only as Gerry, said"; not "a long speech from
              // the mayor, who said")
              (tokens[j + 1]?.raw === ',' &&
                /^(who|whose)$/.test(tokens[j + 2]?.lower ?? '') &&
                tokens[j]!.cap === 0 &&
                !SPEAKER_NOUNS.has(tokens[j]!.lower) &&
                !pluralSpeakerNoun(tokens[j]!.lower)))))
      ) {
        // someone new is shown with whom they speak for: "A spokesperson for the Communications Workers Union said",
        // "an analyst at Tarrow Capital said" (not a group, nor a description met before)
        // (a hyphen joining two words is no break: "A spokesperson for Poilievre-Grant said")
        // (nor the apostrophe of a plural possessive inside: "The head of the national growers' federation said")
        let plain = true;
        for (let m = k; m <= j && plain; m++)
          plain =
            (tokens[m]!.word ||
              joiningHyphen(doc, m) ||
              (listing && tokens[m]!.raw === ',') ||
              (m > k && m < j && pluralPossessive(tokens, m))) &&
            !doc.quoted[m];
        // (the description with its phrase, to token j)
        const subject = s;
        const widened = (): Found => ({
          ...subject,
          desc: { ...subject.desc!, text: withoutInvisible(doc.text.slice(tokens[subject.first]!.start, tokens[j]!.end)) },
          last: j,
        });
        if (
          s.kind === 'desc' &&
          !s.desc!.definite &&
          !s.desc!.group &&
          s.last === k - 1 &&
          /^(a|an|one|another)$/.test(tokens[s.first]!.lower) &&
          /^(for|of|at|with|from|in)$/.test(t.lower) &&
          (j - k <= 6 || (j - k <= 10 && (listing || orgNameBetween(doc, k + 1, j)))) &&
          plain &&
          // (a name, or an organisation's noun: "A senior official in the provincial health ministry said")
          // (or for whom they speak by role: "A spokeswoman for the minister said")
          (tokens[j]!.cap > 0 ||
            numberTenAt(doc, j, k) >= 0 ||
            // (or a name's number after its capitalised words: "A spokesperson for ATU Local 113 said")
            numberedNameEnd(tokens, j, k) ||
            // (or a public body's noun: "A deputy minister in the provincial government said", "an official in the premier's office")
            ((ORG_HEADS.has(tokens[j]!.lower) || (GROUP_NOUNS.has(tokens[j]!.lower) && ORG_SUFFIXES.has(tokens[j]!.lower))) &&
              t.lower !== 'of') ||
            (t.lower === 'for' && (TITLES.has(tokens[j]!.lower) || SPEAKER_NOUNS.has(tokens[j]!.lower))) ||
            // (or any noun phrase after "for" when the head acts for someone: "A spokesman for the ferry line said")
            (t.lower === 'for' && ACTING_FOR.test(tokens[s.last]!.lower) && principalAfterFor(doc, k, j)) ||
            // (or a company named before by its trade: "a spokeswoman for the airline said", "an analyst at the lender")
            (t.lower !== 'of' && tokens[j - 1]!.lower === 'the' && COMPANY_TRADE_HEADS.test(tokens[j]!.lower)))
        )
          return widened();
        // a definite one with the body it heads after "of": "The president of the union said", "The head of the U.N.
        // nuclear watchdog warned" (its body names it, see SpeakerResolver.hasHead)
        if (
          s.kind === 'desc' &&
          s.desc!.definite &&
          // (or a body in the singular, the state or people it serves after "of": "The ministry of fisheries said", "The
          // embassy of Valdoria said")
          (!s.desc!.group || !pluralNoun(tokens[s.last])) &&
          s.last === k - 1 &&
          ((t.lower === 'of' &&
            // (a count is no body: "the mother of three"; an indefinite one is: "The head of a national nurses' group said")
            !/^([0-9]|(one|two|three|four|five|six|seven|eight|nine|ten)$)/.test(tokens[k + 1]!.lower) &&
            bodyOfNoun(s.desc!.head)) ||
            // (or one who acts for someone, with whom after "for": "The spokesperson for the bank said", "The lawyer for the
            // family said"; not a time: "the adviser for the past decade")
            (t.lower === 'for' &&
              ACTING_FOR.test(tokens[s.last]!.lower) &&
              (tokens[k + 1]!.cap > 0 || /^(the|its|his|her|their)$/.test(tokens[k + 1]!.lower)) &&
              !TIME_MEASURES.test(tokens[j]!.lower) &&
              !TIME_WORDS.has(tokens[j]!.lower))) &&
          plain &&
          phraseWords(doc, k, j) <= 6
        )
          return widened();
        // a bare plural of people who act for someone, with whom they act for (the plural alone is anyone's): "Lawyers for
        // the Conservative Party argued", "Negotiators for the union said"
        if (
          s.kind === 'desc' &&
          s.first === s.last &&
          s.last === k - 1 &&
          t.lower === 'for' &&
          ACTING_FOR_GROUP.test(tokens[s.last]!.lower) &&
          (tokens[j]!.cap > 0 || DETERMINERS.has(tokens[k + 1]?.lower ?? '')) &&
          j - k <= 6 &&
          plain
        )
          return widened();
        if (plain && groupOfBody(doc, s, k, j)) return widened();
        // (or a title-case plural "of" a province or a country, a marketing board's or a producers' association's name:
        // "Grain Farmers of Ontario said", "Chicken Farmers of Canada said")
        if (
          s.kind === 'desc' &&
          s.last === k - 1 &&
          s.last > s.first &&
          t.lower === 'of' &&
          k + 1 === j &&
          COUNTRIES.has(tokens[j]!.lower) &&
          pluralNoun({ ...tokens[s.last]!, cap: 0 }) &&
          allTitleCase(tokens, s.first, k)
        )
          return widened();
        // the description as written, with its phrases, when it is found only past "to" or a phrase inside the phrase:
        // "An aide to the premier", "A lawyer for the family of the victim", "Staff at the hospital in Northby"
        if ((to || nested) && s.kind === 'desc' && s.last === k - 1 && plain) return widened();
        return s;
      }
      // (the object of the preposition is itself the object of one before it: go on back to that one, once)
      if (!s && !nested && !to && tokens[k - 1]?.word && tokens[k - 1]!.cap === 0) {
        nested = true;
        reach = Math.min(j - k + 8, 14);
        continue;
      }
      break;
    }
    // the phrase's object may join two nouns: "Experts on North Korea and nuclear arms said"
    if (t.word && t.lower === 'and' && tokens[k - 1]!.word && tokens[k + 1]!.word) continue;
    // (not a capitalised word inside a name: "Mark Ellery of Boise State University said")
    // (nor the "No" of "No 10": "A spokesman for No 10 said")
    // (nor a demonstrative right after the preposition, the object's determiner: "A former official in that country's
    // defence ministry said", "An aide to that minister said")
    // (nor a verb's base form that is also a noun, right after an article, which opens a noun phrase and never a verb:
    // "The head of the state oil company said", "Officials at the state lender said", "the head of the charge unit")
    // (nor the "called" of "so-called": "Members of the so-called Gang of Eight warned")
    if (
      t.word &&
      (NP_BREAK.has(t.lower) ||
        (SPEECH_VERBS.has(t.lower) &&
          !soCalledAt(tokens, k) &&
          !(NOUN_LIKE_VERBS.test(t.lower) && t.cap === 0 && /^(the|a|an|its|their)$/.test(tokens[k - 1]?.lower ?? '')))) &&
      !(t.cap > 0 && tokens[k - 1]!.word && tokens[k - 1]!.cap > 0) &&
      !(
        t.lower === 'that' &&
        t.cap === 0 &&
        tokens[k - 1]?.word &&
        tokens[k - 1]!.cap === 0 &&
        (PP_PREPS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'to')
      ) &&
      numberTenAt(doc, j, floor) !== k
    )
      break;
  }
  // a name after a preposition and a word of a part of a place is where the subject was, never who spoke: "Families of
  // residents at a care home in east Marrowby say" (the subject before it, if found above, or none)
  if (end.cap > 0) {
    let b = j;
    while (b > floor && tokens[b - 1]!.word && tokens[b - 1]!.cap > 0 && j - b < 4) b--;
    if (AREA_WORDS.test(tokens[b - 1]?.lower ?? '') && /^(in|at|near|from|outside|across)$/.test(tokens[b - 2]?.lower ?? '')) return null;
  }
  // (nor the last of places joined by "and" after "from", no subject found before them; see fromPlaces)
  return fromPlaces ? null : subjectAt(doc, j, floor, seen);
}

/**
 * A bare plural of speakers with the body it belongs to after "of" or "at", a name or "the" and a body's noun: "Leaders
 * of the PTI said", "Officials at the Department of Health said", "Members of the union said" are one description (the
 * plural alone is anyone's). Not a phrase of more than six words (eight with "so-called").
 */
function groupOfBody(doc: Doc, s: Found, k: number, j: number): boolean {
  const { tokens } = doc;
  const head = tokens[k - 1]!;
  // ("so-called" before the body's name counts as one word: "Members of the so-called Gang of Eight")
  const reach = soCalledAt(tokens, k + 4) || soCalledAt(tokens, k + 3) ? 8 : 6;
  if (s.kind !== 'desc' || s.first !== k - 1 || s.last !== k - 1 || j - k > reach) return false;
  if (!/^(of|at)$/.test(tokens[k]!.lower) || tokens[k]!.cap !== 0) return false;
  if (!pluralNoun({ ...head, cap: 0 }) || !SPEAKER_NOUNS.has(head.lower)) return false;
  const last = tokens[j]!;
  // (or a name's number after its capitalised words: "Members of Unifor Local 444 said")
  return (
    last.cap > 0 ||
    numberedNameEnd(tokens, j, k) ||
    (tokens[k + 1]?.lower === 'the' && (ORG_HEADS.has(last.lower) || GROUP_NOUNS.has(last.lower)))
  );
}

/** Is the token at j the number that ends a name after its capitalised words, past token k: "Unifor Local 444", "ATU Local 113"? */
function numberedNameEnd(tokens: ReadonlyArray<Token>, j: number, k: number): boolean {
  return /^[0-9]+$/.test(tokens[j]!.raw) && !!tokens[j - 1]?.word && tokens[j - 1]!.cap > 0 && j - 1 > k;
}

/** Words of a part of a place between a preposition and its name: "in east Marrowby", "at rural Halden", "in downtown Lorne". */
const AREA_WORDS =
  /^(east|west|north|south|northeast|northwest|southeast|southwest|eastern|western|northern|southern|central|downtown|rural|suburban|greater|uptown|midtown|coastal|northwestern|northeastern|southwestern|southeastern)$/;

/**
 * Participles that say who holds a document ("a memo obtained by the Star", after "by"; not its maker: "released by",
 * MADE_BY) or whom it went to ("a letter sent to residents", "a note prepared for the minister", "a timeline tendered to
 * the court", "figures released to the paper", after to/for/with).
 */
const DOCUMENT_HELD_BY = /^(seen|obtained|reviewed|viewed|acquired)$/;
const DOCUMENT_SENT =
  /^(sent|addressed|prepared|submitted|filed|provided|leaked|written|drafted|given|delivered|presented|tendered|handed|supplied|forwarded|circulated|distributed|shared|posted|shown|read|released|disclosed|emailed|mailed)$/;

/** What is put to a body for its decision, whose words are the sender's: "its proposal to the city", "a submission to the committee". */
const SUBMITTED = /^(proposals?|submissions?|applications?|complaints?|petitions?|requests?|briefs?|appeals?|bids?)$/;

/** Decisions written by a court, a tribunal or a board: "The ruling by the harbour tribunal says". */
const MADE_DOCUMENT = /^(ruling|decision|judgment|judgement|verdict)$/;

/** Pieces of writing an outlet or a journal publishes, which speak for their authors: "an editorial", "a commentary". */
const WRITINGS = /^(editorial|commentary|article|column|essay|op-ed|opinion|perspective|viewpoint)$/;

/** Nouns of a part or a copy of a document: "a copy of the memo", "a draft of the report". */
const DOCUMENT_PART = /^(copy|copies|draft|drafts|version|excerpt|excerpts|portion|section|summary)$/;

/**
 * A document as the subject ending at j, with who holds it or whom it went to, or as a copy of it: "A memo obtained by the
 * Coastal Press says", "A copy of the memo seen by the Star says", "A 2019 letter to the board warned". The description
 * is the document's (its words as written up to the document's noun); null when the words make no such subject.
 */
function documentSubject(doc: Doc, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let e = j;
  // the participle and its phrase: at most seven words, no punctuation or quoted words (but a name's tight hyphen, not
  // counted: "A briefing note prepared for Health Minister Carys Llewellyn-Park in September says")
  let hyphens = 0;
  for (let k = j - 1; k > floor && j - k <= 8 + hyphens; k--) {
    const t = tokens[k]!;
    if (!t.word && !doc.quoted[k] && tightHyphen(tokens, k) && tokens[k + 1]!.cap > 0) {
      hyphens += 2;
      continue;
    }
    if (!t.word || doc.quoted[k]) break;
    const participle = tokens[k - 1]?.lower ?? '';
    if (
      k + 1 <= j &&
      (t.lower === 'by' ? DOCUMENT_HELD_BY.test(participle) : /^(to|for|with)$/.test(t.lower) && DOCUMENT_SENT.test(participle))
    ) {
      e = k - 2;
      break;
    }
    if (t.lower === 'to' && k + 1 <= j && k - 1 > floor && DOCUMENT_NOUNS.has(tokens[k - 1]!.lower)) {
      e = k - 1;
      break;
    }
    // where a piece was published, beside what: "An editorial published alongside the study said", "A commentary printed
    // in the journal argued" (the piece speaks, not the study it stands beside)
    if (
      k + 1 <= j &&
      /^(alongside|beside|with|in|on)$/.test(t.lower) &&
      /^(published|printed|posted|released|issued|appearing|run)$/.test(participle) &&
      k - 2 > floor &&
      (WRITINGS.test(tokens[k - 2]!.lower) || DOCUMENT_NOUNS.has(tokens[k - 2]!.lower))
    ) {
      e = k - 2;
      break;
    }
    // (its maker after "by", unnamed: "A report by the provincial auditor says", "The ruling by the harbour tribunal
    // says"; a named maker is found as the speaker elsewhere: "A report by the Fraser Institute says")
    if (
      t.lower === 'by' &&
      k + 1 <= j &&
      k - 1 > floor &&
      (DOCUMENT_NOUNS.has(tokens[k - 1]!.lower) || MADE_DOCUMENT.test(tokens[k - 1]!.lower)) &&
      tokens.slice(k + 1, j + 1).every((x) => x.word && x.cap === 0)
    ) {
      e = k - 1;
      break;
    }
  }
  if (
    !tokens[e]?.word ||
    !(DOCUMENT_NOUNS.has(tokens[e]!.lower) || MADE_DOCUMENT.test(tokens[e]!.lower) || (e < j - 1 && WRITINGS.test(tokens[e]!.lower))) ||
    e <= floor
  )
    return null;
  // (as written, also after the "of" of a copy: "A copy of the memo")
  const d = subjectAtRaw(doc, e, floor, seen);
  if (d?.kind !== 'desc' || d.last !== e) return null;
  const before = tokens[d.first - 1];
  if (before?.word && d.first > floor && NP_BREAK.has(before.lower) && before.lower !== 'of') return null;
  // "A copy of the memo": the part's determiner opens the description
  let first = d.first;
  // (an adjective may qualify the copy: "A redacted copy of the memo")
  if (tokens[first - 1]?.lower === 'of' && DOCUMENT_PART.test(tokens[first - 2]?.lower ?? '')) {
    const q = tokens[first - 3];
    if (DETERMINERS.has(q?.lower ?? '')) first -= 3;
    else if (q?.word && q.cap === 0 && !NP_BREAK.has(q.lower) && DETERMINERS.has(tokens[first - 4]?.lower ?? '')) first -= 4;
  }
  if (first === d.first && (e === j || before?.lower === 'of')) return null;
  const definite = tokens[first]!.lower === 'the';
  return {
    ...d,
    desc: { ...d.desc!, definite, text: withoutInvisible(doc.text.slice(tokens[first]!.start, tokens[e]!.end)) },
    first,
    last: j,
  };
}

/**
 * Do the words from a to b make one organisation's name, an article then capitalised words joined by "of", "for", "and"
 * or "the": "the Department of Health and Human Services", "the Centre for Addiction and Mental Health"?
 */
function orgNameBetween(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  if (tokens[a]?.lower === 'the') a++;
  if (!tokens[a]?.cap || !tokens[b]?.cap) return false;
  for (let k = a; k <= b; k++) if (!(tokens[k]!.cap > 0 || /^(of|for|and|the|on)$/.test(tokens[k]!.lower))) return false;
  return true;
}

/**
 * Do the words of the sentence from `floor` up to the comma at c make an opening phrase of one to `most` tokens (five
 * unless given), an adverb or a phrase of time or place and no name: "Indeed, …", "In Berlin, …", "Last year, …"?
 */
function openingPhraseBefore(doc: Doc, floor: number, c: number, most = 5): boolean {
  const { tokens } = doc;
  const a = firstWordAt(doc, floor);
  if (c - a < 1 || c - a > most) return false;
  for (let k = a; k < c; k++) if (!tokens[k]!.word || (k > a && tokens[k]!.cap > 0 && keyEndingAt(doc, k))) return false;
  const w = tokens[a]!.lower;
  return /[a-z]ly$/.test(w) || OPENING_PHRASE.test(w) || (COMMON_WORDS.has(w) && !PRONOUNS.has(w) && !DETERMINERS.has(w));
}

/** Does token i open the sentence from `floor`, at its first word or past its dateline ("TORONTO — Many of the tenants …")? */
function atSentenceStart(doc: Doc, i: number, floor: number): boolean {
  const first = firstWordAt(doc, floor);
  // (past a focus adverb on the subject: "Even some of Okafor's allies said", "Only two of the members said")
  const focus = i === first + 1 && /^(even|only)$/.test(doc.tokens[first]!.lower) && doc.tokens[i]!.word && !doc.quoted[i];
  return i === first || focus || i === pastDateline(doc, floor, i + 1);
}

/**
 * Whether token i opens the sentence, or follows only the words of a title that open it, the last a title's or a
 * speaker's noun: "Meteorologist Ada Olsen", "Fire Chief Tom Ek" (each a title's word, a speaker's noun or capitalised,
 * no preposition among them: not "Critics of meteorologist Ada Olsen"). The frame after a quotation closed with a
 * comma, "?" or "!" opens its clause as the sentence does: '“…,” Len Hickey of the rescue centre in Halifax said',
 * '“…,” Fire Chief Tom Ek of the county service in Orne said'.
 */
function titledAtStart(doc: Doc, i: number, floor: number): boolean {
  if (atSentenceStart(doc, i, floor) || afterQuotation(doc, i)) return true;
  const { tokens } = doc;
  // (an abbreviated title's points are the title's, and so is the hyphen that joins two: "Cpl. Ana Vale of the
  // detachment in Orne said", "Lt.-Cmdr. Tom Ek of the rescue centre in Orne said")
  const point = (m: number): boolean =>
    (tokens[m]!.raw === '.' && !!tokens[m - 1]?.word && TITLES.has(tokens[m - 1]!.lower) && tokens[m - 1]!.end === tokens[m]!.start) ||
    (tightHyphen(tokens, m) && tokens[m - 1]?.raw === '.');
  const dotted = point(i - 1);
  const title = tokens[dotted ? i - 2 : i - 1]!;
  if (!TITLES.has(title.lower) && !SPEAKER_NOUNS.has(title.lower)) return false;
  const span = dotted ? 6 : 3;
  let first = firstWordAt(doc, floor);
  if (first >= i || i - first > span) {
    first = i - 1;
    while (first > i - span && !afterQuotation(doc, first)) first--;
    if (!afterQuotation(doc, first)) return false;
  }
  for (let m = first; m < i; m++) {
    const x = tokens[m]!;
    if (point(m)) continue;
    if (!x.word || NP_BREAK.has(x.lower) || (x.cap === 0 && !TITLES.has(x.lower) && !SPEAKER_NOUNS.has(x.lower))) return false;
  }
  return true;
}

/** Quantifiers that make a group of "of" a plural noun: "Many of her supporters", "Some of the tenants". */
const GROUP_QUANTIFIERS = /^(many|some|several|few|all|both|none|dozens|scores|hundreds|thousands|millions)$/;

/**
 * The first token of a count of counts whose last count is at q: "Hundreds of thousands", "Tens of thousands", "dozens
 * of hundreds" (the first count at or after floor); q itself when no count of "of" stands before it.
 */
function countOfCounts(doc: Doc, q: number, floor: number): number {
  const { tokens } = doc;
  if (!/^(hundreds|thousands|millions|billions)$/.test(tokens[q]?.lower ?? '') || tokens[q - 1]?.lower !== 'of' || q - 2 < floor) return q;
  return /^(tens|dozens|scores|hundreds)$/.test(tokens[q - 2]!.lower) ? q - 2 : q;
}

/**
 * The plural noun of the group "of" which a quantifier at k - 1 speaks when a phrase of the place it comes from follows
 * it, to the end j of the subject: "Hundreds of farmers from Quebec and Ontario", "Dozens of nurses in Leeds and
 * Bradford", "Dozens of employees at Boeing" (at most two lower-case words after "of", a name or names joined by "and"
 * after the place's preposition); -1 otherwise.
 */
function groupBeforePlace(doc: Doc, k: number, j: number): number {
  const { tokens } = doc;
  for (let m = k + 1; m <= k + 2 && m + 2 <= j; m++) {
    const x = tokens[m]!;
    if (!x.word || x.cap !== 0 || NP_BREAK.has(x.lower)) return -1;
    if (!pluralNoun(x) || !/^(from|in|at|across)$/.test(tokens[m + 1]!.lower)) continue;
    const place = tokens.slice(m + 2, j + 1);
    return place.every((y) => y.word && (y.cap > 0 || y.lower === 'and')) && place[0]!.cap > 0 && tokens[j]!.cap > 0 ? m : -1;
  }
  return -1;
}

/** Counts of a group written as words: "Hundreds of farmers", "Dozens of them", "Two of the firms". */
const COUNT_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|tens|dozens|scores|hundreds|thousands|millions)$/;

/**
 * The token of "took" (or "takes", "take", "taking") when the words ending at e are where someone took to, to speak: "took
 * to Twitter", "took to social media on Sunday", "took to the floor of the Senate" (at most seven words, no punctuation);
 * or of "went" or "appeared" before "on" and where: "went on television", "appeared on a morning show"; -1 otherwise.
 */
function tookTo(doc: Doc, e: number): number {
  const { tokens } = doc;
  // ("to say the least" is an idiom, no report: "went on far longer than planned to say the least")
  if (tokens[e + 3]?.lower === 'the' && tokens[e + 4]?.lower === 'least') return -1;
  for (let j = e; j > Math.max(0, e - 8); j--) {
    const t = tokens[j]!;
    if (!t.word || doc.quoted[j]) return -1;
    if (t.lower === 'to' && j < e && /^(took|takes|take|taking)$/.test(tokens[j - 1]?.lower ?? ''))
      return negatedGoing(tokens, j - 1) ? -1 : j - 1;
    // (or where someone went on, or appeared on, to speak: "went on television to say …", "appeared on a radio show on
    // Sunday to insist that …"; not "went on to say", whose "on" ends the words, nor "went on climbing" or "went on far
    // longer than planned", which name no place the words went out)
    if (t.lower === 'on' && j < e && /^(went|goes|go|going|appeared|appears|appear|appearing)$/.test(tokens[j - 1]?.lower ?? '')) {
      const where = tokens.slice(j + 1, e + 1);
      if (where.some((x) => /^(than|far|longer|much|and|but|for)$/.test(x.lower)) || /[a-z]{2}(ing|ly)$/.test(where[0]?.lower ?? ''))
        return -1;
      return negatedGoing(tokens, j - 1) ? -1 : j - 1;
    }
  }
  return -1;
}

/** Whether the going or taking at k is negated, so no words went out: "never took to Twitter", "did not go on television". */
function negatedGoing(tokens: Doc['tokens'], k: number): boolean {
  const neg = (x: Doc['tokens'][number] | undefined): boolean =>
    /^(never|not|n't|didn't|doesn't|don't|won't|wouldn't)$/.test(x?.lower ?? '');
  return neg(tokens[k - 1]) || (neg(tokens[k - 2]) && tokens[k - 1]?.word === true && tokens[k - 1]!.cap === 0);
}

/** Participles of a survey after a group: "voters polled", "residents surveyed". */
const SURVEYED = /^(polled|surveyed|questioned|interviewed|sampled)$/;

/** Words that name a share of a group: "75 percent", "a majority", "two-thirds", "most". */
const SHARES = new Set([
  'percent',
  '%',
  'majority',
  'majorities',
  'minority',
  'plurality',
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fourths',
  'fifths',
  'tenths',
  'most',
  'number',
  'share',
]);

const SMALL_NUMBER = /^([0-9]+|one|two|three|four|five|six|seven|eight|nine)$/;
/** Numbers spelled out past nine: "Sixty(-six) percent", "Twelve percent". */
const TENS = /^(ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/** Is token j the "cent" of "per cent" (the British and Canadian spelling of "percent")? */
const perCent = (doc: Doc, j: number): boolean => doc.tokens[j]!.lower === 'cent' && doc.tokens[j - 1]?.lower === 'per';

/** "4 in 10", "one in five", "eight of 10": a share given as a proportion ending at j. */
function proportionAt(doc: Doc, j: number): boolean {
  return proportionStart(doc, j) >= 0;
}

/** The first token of a proportion ending at j: "4 in 10", "one in five", "eight of 10", "four out of 10"; or -1. */
function proportionStart(doc: Doc, j: number): number {
  const { tokens } = doc;
  const t = tokens[j]!;
  if (!t.word || !/^([0-9]+|ten|five|four|three)$/.test(t.lower) || !/^(in|of)$/.test(tokens[j - 1]?.lower ?? '')) return -1;
  if (SMALL_NUMBER.test(tokens[j - 2]?.lower ?? '')) return j - 2;
  // "four out of 10"
  const out = tokens[j - 1]!.lower === 'of' && tokens[j - 2]?.lower === 'out' && SMALL_NUMBER.test(tokens[j - 3]?.lower ?? '');
  return out ? j - 3 : -1;
}

/**
 * Is token k (with the digits and separators written onto it before it: "11,000") a number of more than one, after a
 * word in lower case: "received more than 300", "filed two"?
 */
function countedBy(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const n = tokens[k];
  if (!n?.word) return false;
  let first = k;
  if (/^[0-9]+$/.test(n.raw)) {
    while (
      first >= 2 &&
      /^[,.]$/.test(tokens[first - 1]!.raw) &&
      /^[0-9]+$/.test(tokens[first - 2]!.raw) &&
      tokens[first - 2]!.end === tokens[first - 1]!.start &&
      tokens[first - 1]!.end === tokens[first]!.start
    )
      first -= 2;
    if (first === k && /^(1[89]|20)[0-9]{2}$/.test(n.raw)) return false;
  } else if (!((SMALL_NUMBER.test(n.lower) && n.lower !== 'one') || TENS.test(n.lower) || /^(dozens|hundreds|thousands)$/.test(n.lower)))
    return false;
  const p = tokens[first - 1];
  return !!p?.word && p.cap === 0 && !doc.quoted[first - 1];
}

/** Determiners of a record its maker is named after: "the figures her campaign filed", "its report". */
const MAKER_DETERMINERS = /^(the|its|their|his|her|our)$/;

/** Written advice and orders a body passes round, which a relative clause with no "that" may follow: "a legal opinion the federation circulated". */
const WRITTEN_ADVICE = /^(opinion|opinions|memorandum|circular|directive|directives|guidance|briefing|brief)$/;

/** Do the two words before k make an approximation: "more than", "fewer than", "less than", "at least"? */
function twoWordApproximation(doc: Doc, k: number, floor: number): boolean {
  const a = doc.tokens[k - 2];
  const b = doc.tokens[k - 1];
  if (k - 2 < floor || !a?.word || !b?.word) return false;
  return (b.lower === 'than' && /^(more|fewer|less)$/.test(a.lower)) || (b.lower === 'least' && a.lower === 'at');
}

/** The first token of an approximation right before the number at k ("More than six in 10", "About 40", "at least 30"), or -1. */
function approximationBefore(doc: Doc, k: number, floor: number): number {
  const n = doc.tokens[k]!;
  if (!n.word || !(SMALL_NUMBER.test(n.lower) || TENS.test(n.lower) || /^[0-9]/.test(n.raw))) return -1;
  if (twoWordApproximation(doc, k, floor)) return k - 2;
  const a = doc.tokens[k - 1];
  return k - 1 >= floor && a?.word && /^(about|nearly|almost|roughly|some|over|only|just)$/.test(a.lower) ? k - 1 : -1;
}

/**
 * Whether the share opening at `from` follows a preposition after a person's or an organisation's noun, so that the
 * share is whom that noun speaks for or leads, not the speaker: "A spokesman for the majority of staff said", "The
 * leader of a majority of faculty said".
 */
function shareAfterOwnersNoun(doc: Doc, from: number): boolean {
  const prep = doc.tokens[from - 1];
  const noun = doc.tokens[from - 2];
  if (!prep?.word || prep.cap !== 0 || !/^(for|of|to|with|from|representing)$/.test(prep.lower) || doc.quoted[from - 1]) return false;
  if (!noun?.word || noun.cap !== 0) return false;
  const w = noun.lower;
  return SPEAKER_NOUNS.has(w) || TITLES.has(w) || ORG_HEADS.has(w) || personShaped(w) || pluralSpeakerNoun(w);
}

/** The first token of a share ending at j ("47%", "nearly two-thirds", "a slim majority", "85 percent"), or -1. */
function shareEndingAt(doc: Doc, j: number, floor: number): number {
  const { tokens } = doc;
  const t = tokens[j];
  if (!t || j < floor || doc.quoted[j]) return -1;
  const pStart = proportionStart(doc, j);
  const proportion = pStart >= floor;
  if (!proportion && !SHARES.has(t.word ? t.lower : t.raw) && !perCent(doc, j)) return -1;
  // "a number of voters", not "the number" alone
  if (t.lower === 'number' && tokens[j + 1]?.lower !== 'of') return -1;
  const top = proportion ? pStart : j;
  let k = top;
  // its number, determiner or modifier: "47", "a", "a slim", "nearly two", "the", "more than"
  while (k - 1 >= floor && top - k < 4) {
    const x = tokens[k - 1]!;
    if (x.word && twoWordApproximation(doc, k, floor)) {
      k -= 2;
      continue;
    }
    if (x.word && (/^(about|over|under)$/.test(x.lower) || (k === j && perCent(doc, j)))) {
      k--;
      continue;
    }
    if (x.word ? x.cap === 2 || NP_BREAK.has(x.lower) || SPEECH_VERBS.has(x.lower) : x.raw !== '-' && x.raw !== '.') break;
    k--;
  }
  while (k < j && !tokens[k]!.word) k++;
  const first = tokens[k]!;
  // (a number of people is indefinite: "A number of the families said", "a growing number of voters say"; "the number of
  // people the paper reported" is no group that speaks)
  if (t.lower === 'number' && !/^(a|an)$/.test(first.lower)) return -1;
  // a bare "most" or "half" needs its "of": the caller checks; a number or a determiner must open the others
  return proportion ||
    (k < j &&
      (/^[0-9]/.test(first.raw) ||
        DETERMINERS.has(first.lower) ||
        SMALL_NUMBER.test(first.lower) ||
        TENS.test(first.lower) ||
        /^(nearly|almost|about|roughly|some|over|only|just|barely|merely|more|fewer|less|at)$/.test(first.lower))) ||
    // (plural majorities need no number: "Majorities of Democrats in five states say", "Large majorities of voters said")
    /^(most|half|majorities)$/.test(t.lower)
    ? k
    : -1;
}

/**
 * The share of a poll's respondents right before the participle "saying" at i, after "with", "left", "leaving", a
 * comma or "and": "with 30 percent of voters saying they …", "left three in 10 saying …" (a group), or null.
 */
function shareSaying(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const floor = sentStart(doc, i);
  if (i - 1 <= floor) return null;
  const s = subjectWithPP(doc, i - 1, floor, seen);
  if (s?.kind !== 'desc' || !s.desc!.group) return null;
  // the share opens the group: "30 percent", "30 percent of voters", "three in 10 Latino voters"
  let opens = false;
  for (let k = s.first; k < i && !opens; k++) opens = shareEndingAt(doc, k, floor) === s.first;
  const lead = tokens[s.first - 1];
  if (!opens || !lead || !(lead.raw === ',' || (lead.word && /^(with|left|leaving|and)$/.test(lead.lower)))) return null;
  return s;
}

/** Nouns of a poll whose respondents a share speaks for: "In a Gazette poll released Monday, 62 percent said …". */
const POLL_NOUNS = /^(poll|polls|survey|surveys)$/;

/** Words that open a relative clause: "research that showed …", "the researcher who led the poll". */
const RELATIVE_WORDS = /^(who|whom|whose|which|that|where|when)$/;

/** Words after which a poll's noun is no longer the opening phrase's head, besides a relative word: "In the days after
 * the poll closed, …". */
const POLL_PHRASE_BREAK = /^(after|before|since|until|during|of)$/;

/**
 * The poll a share of respondents from `a` to `b` answered, when a phrase "In a … poll …," opens its sentence and the
 * share opens the clause after its comma or a later clause of the sentence ("…, while 60 percent said …"): "In a Harbor
 * Institute survey released Tuesday, 62 percent of riders said …" is the survey's finding, as "According to a survey, 62
 * percent said …" is (and as PolNeAR keys it), or null.
 */
function pollFraming(doc: Doc, a: number, b: number): Found | null {
  const { tokens } = doc;
  const opening = firstWordAt(doc, sentStart(doc, a));
  // "A Lakeside College poll released Friday found that 70 percent of riders said …": the poll that opens the sentence,
  // its verb of finding and "that" right before the share
  const found = tokens[a - 1]?.lower === 'that' ? a - 2 : -1;
  // (a verb of what a poll finds, REPORT_FINDINGS, before "that" and its clause: "A poll released Friday found that …")
  if (found > opening && REPORT_FINDINGS.has(tokens[found]!.lower) && found - opening <= 12) {
    let head = -1;
    // (the poll heads the subject, before any relative clause: not "The researcher who led the poll found that …")
    for (let k = opening, open = true; k < found; k++) {
      if (doc.quoted[k] || !tokens[k]!.word) return null;
      if (RELATIVE_WORDS.test(tokens[k]!.lower)) open = false;
      if (open && POLL_NOUNS.test(tokens[k]!.lower)) head = k;
    }
    const last = tokens[found - 1]!.lower === 'also' ? found - 2 : found - 1;
    if (head < 0 || !/^(a|an|the|this|its|their)$/.test(tokens[opening]!.lower)) return null;
    const text = withoutInvisible(doc.text.slice(tokens[opening]!.start, tokens[last]!.end));
    const definite = !/^(a|an)$/.test(tokens[opening]!.lower);
    return { kind: 'desc', desc: { text, definite, head: tokens[head]!.lower, group: false, gender: null }, first: a, last: b };
  }
  // (or of the sentence before a colon that opens the share's: "… is its timetable: 48% of riders say …")
  const colon = tokens[opening - 1]?.raw === ':' && opening === a ? firstWordAt(doc, sentStart(doc, opening - 1)) : -1;
  const subject = pollSubjectBefore(doc, opening, a) ?? (colon >= 0 ? pollSubjectBefore(doc, colon, a) : null);
  if (subject) return { ...subject, first: a, last: b };
  if (tokens[opening]?.lower !== 'in' || !/^(a|an|the|this|that|its|their)$/.test(tokens[opening + 1]?.lower ?? '')) return null;
  let comma = opening + 2;
  let head = -1;
  // (the poll before any relative word or preposition of time: not "In a state where polls show the race tied, 40
  // percent …", "In the days after the poll closed, 40 percent …")
  for (let open = true; comma < a && comma - opening <= 14 && tokens[comma]!.raw !== ','; comma++) {
    if (doc.quoted[comma]) return null;
    if ((RELATIVE_WORDS.test(tokens[comma]!.lower) || POLL_PHRASE_BREAK.test(tokens[comma]!.lower)) && head < 0) open = false;
    if (open && POLL_NOUNS.test(tokens[comma]!.lower)) head = comma;
  }
  if (head < 0 || comma >= a || tokens[comma]!.raw !== ',') return null;
  const before = tokens[a - 1]!;
  if (a !== comma + 1 && !(before.raw === ',' || before.raw === ';' || /^(while|and|whereas|but)$/.test(before.lower))) return null;
  const text = withoutInvisible(doc.text.slice(tokens[opening + 1]!.start, tokens[comma - 1]!.end));
  const definite = tokens[opening + 1]!.lower !== 'a' && tokens[opening + 1]!.lower !== 'an';
  return { kind: 'desc', desc: { text, definite, head: tokens[head]!.lower, group: false, gender: null }, first: a, last: b };
}

/** Verbs of a poll that opens its sentence, before the share whose answer it reports: "The poll has bad news for …". */
const POLL_SUBJECT_VERBS =
  /^(found|finds|showed|shows|show|suggests|suggested|reveals|revealed|indicates|indicated|has|had|reaffirmed|reaffirms|confirms|confirmed)$/;

/**
 * The poll that is the subject of the sentence opening at `opening`, its verb followed (in the same sentence, no
 * quotation or "said" between) by the share at `a`: "The Harbor poll has bad news for Nolan — 25 percent of
 * likely voters say …", "Polls show as many as 30 percent of his backers say …", "The poll also finds that, while 37
 * percent say …", "In Ohio, the poll reaffirmed that his problem is his profile: 42% of Ohioans say …". The share's
 * answer is the poll's finding, as PolNeAR keys it (the share alone is a garbled speaker); null when no poll opens the
 * sentence (not "The researcher who led the poll found …", "Voters in the poll …").
 */
function pollSubjectBefore(doc: Doc, opening: number, a: number): Omit<Found, 'first' | 'last'> | null {
  const { tokens } = doc;
  let k = opening;
  // (past a short opening phrase of place or time: "In Ohio,", "On Monday,")
  if (/^(in|on|at)$/.test(tokens[k]?.lower ?? '')) {
    let comma = k + 1;
    while (comma < a && comma - k <= 4 && tokens[comma]!.word && !POLL_NOUNS.test(tokens[comma]!.lower)) comma++;
    if (tokens[comma]?.raw !== ',') return null;
    k = comma + 1;
  }
  const det = tokens[k];
  if (!det?.word || !(/^(a|an|the|this|its|their)$/.test(det.lower) || /^(polls|surveys)$/.test(det.lower))) return null;
  let head = -1;
  for (let m = k; m < a && m - k <= 7 && head < 0; m++) {
    const t = tokens[m]!;
    if (doc.quoted[m] || !t.word || RELATIVE_WORDS.test(t.lower) || POLL_PHRASE_BREAK.test(t.lower)) return null;
    if (POLL_NOUNS.test(t.lower)) head = m;
  }
  if (head < 0) return null;
  // (the poll's noun ends its phrase, no modifier of another noun: not "The poll tax has been scrapped", "The survey team
  // had visited …"; its verb, "also", a participle or "of"/"by" after it)
  const tail = tokens[head + 1];
  if (
    !tail?.word ||
    !(POLL_SUBJECT_VERBS.test(tail.lower) || /^(also|of|by|taken)$/.test(tail.lower) || (tail.cap === 0 && /..ed$/.test(tail.lower)))
  )
    return null;
  // its verb right after it or a short modifier ("The poll also finds", "A bureau poll released Monday has …")
  let verb = head + 1;
  while (verb < a && verb - head <= 4 && !POLL_SUBJECT_VERBS.test(tokens[verb]!.lower)) {
    if (doc.quoted[verb] || !tokens[verb]!.word || RELATIVE_WORDS.test(tokens[verb]!.lower)) return null;
    verb++;
  }
  if (!POLL_SUBJECT_VERBS.test(tokens[verb]?.lower ?? '') || verb >= a || a - verb > 30) return null;
  // ("has"/"had" an auxiliary, no verb of its own: not "The polls had barely closed when …", "The poll tax has been …")
  const aux = tokens[verb + 1];
  if (
    /^(has|had)$/.test(tokens[verb]!.lower) &&
    aux?.word &&
    aux.cap === 0 &&
    (aux.lower === 'been' || /..(ly|ed)$/.test(aux.lower) || IRREGULAR_PAST.has(aux.lower))
  )
    return null;
  // (no one else's words between, no other source, no clause of time: "The poll has bad news, Lund said, and …",
  // "…, but according to a rival campaign's own survey, 25 percent …"; a noun like "points" after a number or a
  // determiner is no verb)
  for (let m = verb + 1; m < a; m++) {
    const t = tokens[m]!;
    if (doc.quoted[m] || t.raw === ';' || t.lower === 'when' || POLL_NOUNS.test(t.lower)) return null;
    const p = tokens[m - 1]!;
    const nominal = /^\d/.test(p.raw) || DETERMINERS.has(p.lower) || NUMBER_WORDS.test(p.lower) || p.key === "'s";
    if (t.word && t.cap === 0 && SPEECH_VERBS.has(t.lower) && !nominal) return null;
  }
  // (the poll with its modifier, as pollFraming's finding gives it: "a Valley Farm Bureau poll released Monday")
  const last = tokens[verb - 1]!.lower === 'also' && verb - 1 > head ? verb - 2 : verb - 1;
  const text = withoutInvisible(doc.text.slice(det.start, tokens[last]!.end));
  const definite = !/^(a|an)$/.test(det.lower);
  return { kind: 'desc', desc: { text, definite, head: tokens[head]!.lower, group: false, gender: null } };
}

/** The token of a finding's verb followed by "that" between p and v (excluded), or -1. */
function findingThatBefore(doc: Doc, p: number, v: number): number {
  const { tokens } = doc;
  for (let k = p + 1; k < v - 1; k++) if (REPORT_FINDINGS.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'that') return k;
  return -1;
}

/** Whether a poll's noun stands before token k in its paragraph or the paragraph before ("But the poll also finds …"). */
function pollNamedBefore(doc: Doc, k: number): boolean {
  const para = doc.tokens[k]!.para;
  for (let m = k - 1; m >= 0 && doc.tokens[m]!.para >= para - 1; m--) if (POLL_NOUNS.test(doc.tokens[m]!.lower)) return true;
  return false;
}

/** A share of a group from `a` to `b` ("62 percent of riders"), or the poll whose finding it is (see pollFraming). */
const shareDesc = (doc: Doc, a: number, b: number): Found => pollFraming(doc, a, b) ?? groupDesc(doc, a, b);

/** A description of a group from token a to its head b: "75 percent of Democrats". */
function groupDesc(doc: Doc, a: number, b: number): Found {
  const text = withoutInvisible(doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end));
  return { kind: 'desc', desc: { text, definite: false, head: doc.tokens[b]!.lower, group: true, gender: null }, first: a, last: b };
}

/**
 * "A panel of outside advisers to the Food and Drug Administration said", "A team of outside lawyers for Ana Vale
 * said": a collective "of" people who act for someone, opening the sentence or a clause, before the "to" or "for" at
 * p. The subject is the collective with its members and whom they act for, to token j (null when no such collective
 * stands there).
 */
function collectiveActingFor(doc: Doc, p: number, j: number, floor: number): Found | null {
  const { tokens } = doc;
  if (!/^(to|for)$/.test(tokens[p]?.lower ?? '') || !ACTING_FOR_GROUP.test(tokens[p - 1]?.lower ?? '') || tokens[p - 1]!.cap !== 0)
    return null;
  // (up to two lower-case modifiers of the members: "outside", "independent", "senior legal")
  let k = p - 2;
  while (
    k > floor &&
    p - 2 - k < 2 &&
    tokens[k]!.word &&
    tokens[k]!.cap === 0 &&
    !DETERMINERS.has(tokens[k]!.lower) &&
    !NP_BREAK.has(tokens[k]!.lower)
  )
    k--;
  const head = tokens[k - 1];
  if (tokens[k]?.lower !== 'of' || !head?.word || !COLLECTIVES.test(head.lower) || k - 1 <= floor - 1) return null;
  let first = k - 1;
  if (/^(a|an|the)$/.test(tokens[first - 1]?.lower ?? '')) first--;
  if (first < floor || !(atSentenceStart(doc, first, floor) || CLAUSE_OPENERS.test(tokens[first - 1]?.lower ?? ''))) return null;
  const text = withoutInvisible(doc.text.slice(tokens[first]!.start, tokens[j]!.end));
  return { kind: 'desc', desc: { text, definite: false, head: head.lower, group: true, gender: null }, first, last: j };
}

/** Titles of those who speak or act for someone else: "Spokesman for Mayor Ana Vale", "Counsel for …". */
const ACTING_FOR = /^(spokesman|spokeswoman|spokesperson|aide|adviser|advisor|counsel|attorney|lawyer|agent|assistant)$/;
const ACTING_FOR_GROUP = /^(aides|advisers|advisors|attorneys|lawyers|agents|assistants|spokespeople|spokesmen|spokeswomen|staffers)$/;

/** Lower-case words of a title's scope or standing before it: "federal Housing Minister", "former Premier". */
const TITLE_SCOPE = /^(federal|provincial|state|municipal|city|county|regional|national|former|interim|acting)$/;

/** Words that make a name after them an object, not a subject: "Analysts at AT&T said". */
const PREPOSITION_BEFORE = /^(at|for|of|with|from|to|by|in|on|about|against|and|or)$/;

/** The first token of capitalised words joined by "&" that end at token j ("Brennan & Co", "Morgan & Lowe"), or -1. */
function ampersandNameEndingAt(doc: Doc, j: number, floor: number): number {
  const { tokens } = doc;
  let k = j;
  while (k > floor && j - k < 4 && tokens[k]!.word && tokens[k]!.cap > 0) k--;
  if (k === j || tokens[k]!.raw !== '&' || !tokens[k - 1]?.word || tokens[k - 1]!.cap === 0) return -1;
  k--;
  // (from the sentence's first word on: "Bluebonnet Mutual & Casualty said", not "Mutual & Casualty")
  while (k - 1 >= floor && tokens[k - 1]!.word && tokens[k - 1]!.cap > 0) k--;
  // (not a word no name has, opening the sentence: "And Procter & Gamble said", "Insurer Harbour Mutual & Casualty")
  if (k === floor && tokens[k + 1]?.raw !== '&' && openerBeforeName(doc.nameCtx, k)) k++;
  return k;
}

/**
 * "A spokeswoman for Premier Dale Ives said": the person named after "for" or "to" is whom the speaker works
 * for, not the speaker. The subject is the description, with the name it is tied to ("a spokeswoman for
 * Premier Dale Ives").
 */
function spokespersonFor(doc: Doc, nameFirst: number, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let k = nameFirst - 1;
  // titles before the name: "Premier", "Sen.", and the capitalised words of a title's body: "House Speaker", "Council Speaker";
  // or a title in lower case, as Canadian style writes it: "a spokesperson for deputy minister Philippa Onwuachi"
  let titled = false;
  while (
    k > floor &&
    nameFirst - k <= 5 &&
    (tokens[k]!.raw === '.' ||
      (tokens[k]!.word && (TITLES.has(tokens[k]!.lower) || (titled && tokens[k]!.cap > 0 && !DETERMINERS.has(tokens[k]!.lower)))))
  ) {
    titled = titled || TITLES.has(tokens[k]!.lower);
    k--;
  }
  // (and the title's scope in lower case, with its article: "A spokesperson for federal Housing Minister Nathan Erskine",
  // "an aide to the former Premier Ana Roe")
  for (let n = 0; titled && n < 2 && k > floor && tokens[k]!.cap === 0 && TITLE_SCOPE.test(tokens[k]!.lower); n++) k--;
  if (titled && k > floor && tokens[k]!.lower === 'the' && tokens[k + 1]!.cap === 0 && TITLE_SCOPE.test(tokens[k + 1]!.lower)) k--;
  // (or one lower-case noun of the office's body right after "for" or "to": "an aide to university president Bartholomew
  // Nkemelu", "a spokesman for board chair Ada Roe")
  const body = tokens[k]!;
  if (
    titled &&
    k - 1 > floor &&
    body.word &&
    body.cap === 0 &&
    /^[a-z]{3,}$/.test(body.lower) &&
    !DETERMINERS.has(body.lower) &&
    /^(for|to)$/.test(tokens[k - 1]!.lower)
  )
    k--;
  // (or, with no title, the person's trade in lower case, with or without "the" and up to two modifiers: "a rep for
  // star Cole Brandt", "a publicist for the singer Ivy Lark", "a rep for reality star Tamsin Vold")
  else if (
    !titled &&
    k - 1 > floor &&
    body.word &&
    body.cap === 0 &&
    (SPEAKER_NOUNS.has(body.lower) || body.lower === 'star') &&
    !pluralNoun(body)
  ) {
    let m = k - 1;
    const modifier = (x: (typeof tokens)[number]): boolean => x.word && x.cap === 0 && !DETERMINERS.has(x.lower) && !NP_BREAK.has(x.lower);
    while (m > floor && k - m <= 2 && modifier(tokens[m]!)) m--;
    // (or a title in quotation marks right after "for": 'a representative for "Neon Saints" star Cole Brandt')
    const title = m === k - 1 ? titleModifierStart(doc, m, floor, /^(for|to)$/) : -1;
    if (title >= 0) m = title - 1;
    else if (tokens[m]!.lower === 'the' && tokens[m]!.cap === 0) m--;
    if (m > floor && /^(for|to)$/.test(tokens[m]!.lower)) k = m;
  }
  const p = tokens[k];
  if (!p || !p.word || (p.lower !== 'for' && p.lower !== 'to') || k - 1 < floor) return null;
  const collective = collectiveActingFor(doc, k, j, floor);
  if (collective) return collective;
  const s = subjectAt(doc, k - 1, floor, seen);
  // a title written out with its "for" or "to", no article before it, is the named person's own: "Minister for Justice
  // Ana Vale said", "Member for Yarraburn Ana Vale said", "Ambassador to Canada Ana Vale said" (not "Spokesman for …")
  if (s?.kind === 'desc' && tokens[s.first]!.cap > 0 && TITLES.has(s.desc!.head) && !ACTING_FOR.test(s.desc!.head)) {
    let bare = true;
    for (let m = s.first; m <= s.last && bare; m++) bare = tokens[m]!.word && tokens[m]!.cap > 0 && !DETERMINERS.has(tokens[m]!.lower);
    if (bare) return null;
  }
  // (or any head after "a" or "an", the name then never the speaker: "A producer for Tom Carrow told …")
  const indefinite = /^(a|an)$/.test(tokens[s?.first ?? -1]?.lower ?? '');
  // (a group only of those who act for someone: "Aides to Sen. Ana Pike said", "Two lawyers for Vik said" are theirs)
  if (
    !s ||
    s.kind !== 'desc' ||
    !(SPEAKER_NOUNS.has(s.desc!.head) || indefinite) ||
    (s.desc!.group && !ACTING_FOR_GROUP.test(s.desc!.head))
  )
    return null;
  return { ...s, desc: { ...s.desc!, text: withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[j]!.end)) }, last: j };
}

/**
 * The first word of capitalised names joined by "and" (and commas) whose last opens at first, right after a preposition
 * of where or whom: "from Ontario and New Brunswick", "of Leeds, Bradford and York" (a name of at most three words
 * each); -1 when no "and" joins names there or no such preposition is before them.
 */
function joinedNamesStart(doc: Doc, first: number, floor: number, whom = false): number {
  const { tokens } = doc;
  // (past a name's titles, an abbreviation's point too: "of Justice Anil Rao and Justice Meera Kulkarni", "of Sen. Tom
  // Berg and Gov. Ana Vik")
  const pastTitles = (at: number): number => {
    let n = at;
    for (let w = 0; w < 2 && n - 1 > floor; w++) {
      const x = tokens[n - 1]!;
      const abbr = x.raw === '.' && n - 2 > floor ? tokens[n - 2]! : null;
      if (x.word && x.cap > 0 && TITLES.has(x.lower)) n--;
      else if (abbr?.word && abbr.cap > 0 && TITLES.has(abbr.lower)) n -= 2;
      else break;
    }
    return n;
  };
  let m = pastTitles(first);
  let joined = false;
  for (let n = 0; n < 4; n++) {
    const link = tokens[m - 1];
    if (!link || m - 2 <= floor || doc.quoted[m - 1] || !(link.raw === ',' || (link.word && link.cap === 0 && link.lower === 'and'))) break;
    let c = m - 2;
    while (c - 1 > floor && m - 2 - c < 2 && tokens[c - 1]!.word && tokens[c - 1]!.cap > 0) c--;
    if (!tokens[m - 2]!.word || tokens[m - 2]!.cap === 0 || doc.quoted[c]) break;
    joined = joined || link.raw !== ',';
    m = pastTitles(c);
  }
  const p = tokens[m - 1];
  // (or, asked for, of whom a speaker acts for: "Aides to Sen. Tom Berg and Gov. Ana Vik said")
  return joined && p?.word && p.cap === 0 && (/^(of|from|in|at|across)$/.test(p.lower) || (whom && /^(for|to)$/.test(p.lower))) ? m : -1;
}

/**
 * "Analyst Priya Nand of Lakeshore Capital said", "A longtime friend of Gordon Bay said", "Ken Osei with Harbour
 * Securities said": a name right before the verb that is the object of "of", "with", "at", "from", "in" or "on" (and "the") after a person
 * or a speaker's description is where that speaker works or whom they know, not the speaker. The subject is the
 * person (or the description, with the name it is tied to); null when no speaker stands before the preposition.
 */
function speakerBeforeNamedObject(doc: Doc, nameFirst: number, j: number, floor: number, seen: NewName[], inBody = false): Found | null {
  const { tokens } = doc;
  // (past the object's article: "of the Université de Sherbrooke"; and past a person's titles: "Aides in the office of Gov.
  // Ana Pike", "a friend of Sen. Tom Vance")
  let n = nameFirst;
  // (a title in lower case too: "the memo from deputy minister Philippa Onwuachi")
  while (n - 1 > floor && nameFirst - n < 4 && (tokens[n - 1]!.raw === '.' || (tokens[n - 1]!.word && TITLES.has(tokens[n - 1]!.lower))))
    n--;
  // (and past a firm's acronym in capitals opening the object's name, which the discovery leaves out of it: "Analyst Jo
  // Pike of RBC Capital Markets said", "Ken Osei of BMO Nesbitt Burns said" are the analyst's and Osei's, not "Capital
  // Markets"'s)
  const acronym = tokens[n - 1];
  if (
    n === nameFirst &&
    n - 2 > floor &&
    acronym?.word &&
    acronym.cap === 2 &&
    /^[A-Z]{2,5}$/.test(acronym.raw) &&
    /^(of|with|at|from)$/.test(tokens[n - 2]!.raw)
  )
    n--;
  // (or past a person's trade in lower case, its modifiers before it: "The son of singer Tomas Brandvik says", "The
  // children of the late character actor Rutger Vandermeer said" are the son's and the children's; a common word of a
  // person's shape too, set right before the name: "The widow of writer Helga Morrow", "of former player Rudi Vance")
  const trade = tokens[n - 1];
  let lead = nameFirst;
  if (n === nameFirst && !!trade?.word && trade.cap === 0 && personShaped(trade.lower)) {
    let m = n - 1;
    while (
      m - 1 > floor &&
      n - m < 3 &&
      tokens[m - 1]!.word &&
      tokens[m - 1]!.cap === 0 &&
      !/^(of|with|from|the|a|an)$/.test(tokens[m - 1]!.lower)
    )
      m--;
    if (/^(of|with|from)$/.test(tokens[m - 1]?.lower ?? '') || (tokens[m - 1]?.lower === 'the' && tokens[m - 2]?.lower === 'of')) n = m;
    else lead = m;
  }
  // (or the capitalised name of the paper, firm or team before the person's title or trade: "The wife of Men's Health
  // editor Tom Berg said", "A cousin of Harbour Foods manager Ana Vik said" are the wife's and the cousin's)
  if (n < nameFirst) lead = n;
  if (lead < nameFirst && !/^(of|with|from)$/.test(tokens[lead - 1]?.lower ?? '')) {
    let c = lead;
    while (
      c - 1 > floor &&
      lead - c < 4 &&
      !doc.quoted[c - 1] &&
      ((tokens[c - 1]!.word && tokens[c - 1]!.cap > 0) || (tokens[c - 1]!.key === "'s" && c < lead))
    )
      c--;
    // (with "former" or "late" before the name: "The daughter of former Harbour Foods chief executive Tom Berg", "The son
    // of the late Harbour Foods founder Tom Berg")
    if (c < lead && tokens[c - 1]?.word && tokens[c - 1]!.cap === 0 && /^(former|late)$/.test(tokens[c - 1]!.lower)) c--;
    const prep = tokens[c - 1]?.lower === 'the' && tokens[c - 1]!.cap === 0 ? c - 2 : c - 1;
    // (the word before "of" in lower case, or a person's noun opening the sentence, not a word of a firm's name: "Bank of
    // America chief executive Brian Moynihan said", "University of Michigan economist Ana Vik said" are the named)
    const owner = tokens[prep - 1];
    const ownerNoun = (w: string): boolean => personShaped(w) || RELATIVES.test(w);
    if (
      c < lead &&
      tokens[c]!.word &&
      tokens[prep]?.word &&
      tokens[prep]!.cap === 0 &&
      /^(of|with|from)$/.test(tokens[prep]!.lower) &&
      !!owner?.word &&
      (owner.cap === 0 || (prep - 1 === sentStart(doc, prep - 1) && (ownerNoun(owner.lower) || ownerNoun(owner.lower.replace(/s$/, '')))))
    )
      n = c;
  }
  // (or past a country's or a body's name owning the person, and the person's titles: "Allies of Hungary's Viktor Orbán
  // said", "Critics of Britain's Prime Minister Ana Vale said" are the allies' and the critics')
  if (tokens[n - 1]?.key === "'s" && !doc.quoted[n - 1]) {
    let c = n - 1;
    while (c - 1 > floor && n - 1 - c < 3 && tokens[c - 1]!.word && tokens[c - 1]!.cap > 0 && !doc.quoted[c - 1]) c--;
    if (c < n - 1 && /^(of|with|from)$/.test(tokens[c - 1]?.lower ?? '') && tokens[c - 1]!.cap === 0) n = c;
  }
  if (
    n < nameFirst &&
    !/^(of|with|at|from|in|on)$/.test(tokens[n - 1]?.lower ?? '') &&
    !(tokens[n - 1]?.lower === 'the' && tokens[n - 2]?.lower === 'of')
  )
    n = nameFirst;
  const k = tokens[n - 1]?.lower === 'the' ? n - 2 : n - 1;
  const p = tokens[k];
  // (or a place along or near which people live or work: "Business owners along Wellington Street said", "Residents
  // near Marlowe Park said")
  if (!p?.word || !(/^(of|with|from)$/.test(p.lower) || PLACE_PREPS.test(p.lower)) || k - 1 < floor) return null;
  const mine: NewName[] = [];
  let s = subjectAt(doc, k - 1, floor, mine);
  // the body the name heads is itself the object of a phrase after the speaker: "Two diplomats in the administration of
  // President Ada Vell told", "Officials in the office of Gov. Tom Berg said" are the diplomats' and the officials'
  const body = tokens[k - 1]!;
  if (body.word && body.cap === 0 && BODY_OF_PERSON.has(body.lower) && tokens[k - 2]?.lower === 'the' && k - 3 > floor) {
    const outer = speakerBeforeNamedObject(doc, k - 1, j, floor, seen, true);
    if (outer?.kind === 'desc') return outer;
  }
  // a plural noun of people capitalised only as the sentence's first word is a group, not a name: "Tenants in …"
  // (any plural where they come from or are, not a family name made of a given name: "Shepherds from Glen Affric said";
  // not "Matthews from Leeds said", "Rogers in Harbour Heights said")
  const w = tokens[k - 1]!;
  if (
    s?.kind === 'key' &&
    s.key!.kind === 'new' &&
    s.first === k - 1 &&
    doc.nameCtx.initial[k - 1] &&
    w.cap === 1 &&
    (PEOPLE_PLURAL.test(w.lower) || RELATION_NOUNS.test(w.lower) || (!givenStem(w.lower) && placeOfMany(doc, k))) &&
    pluralNoun({ ...w, cap: 0 })
  )
    s = groupDesc(doc, k - 1, k - 1);
  // a "person" after "the" and the body's modifiers is the body's name, the object of a phrase after the speaker, however
  // the discovery read it (no person takes "the"): "Wendell Pruitt of the Canadian Coast Guard in Port Alva said" is
  // Pruitt's, not "Coast Guard"'s; the speaker stands before that phrase
  if (s?.kind === 'key' && !inBody && (s.key!.kind === 'new' || isPersonKey(doc, s.key as SpeakerKey))) {
    let b = s.first;
    while (b - 1 > floor && s.first - b < 2 && tokens[b - 1]!.word && tokens[b - 1]!.cap > 0 && !doc.quoted[b - 1]) b--;
    if (tokens[b - 1]?.lower === 'the' && tokens[b - 1]!.cap === 0 && /^(of|with|at|from)$/.test(tokens[b - 2]?.lower ?? '')) {
      const outer = speakerBeforeNamedObject(doc, b, j, floor, seen);
      if (outer) return outer;
    }
  }
  // (a name met for the first time here is registered later: "Ruth Ebbe of Tidewater Funds"; two words at least, no
  // title among them: not "County Supervisor of Elections Ada Vik said")
  const named = (a: number, b: number): boolean => {
    for (let i = a; i <= b; i++) if (TITLES.has(tokens[i]!.lower) || isOrdinaryCapital(doc.nameCtx, i)) return false;
    return b > a;
  };
  if (s?.kind === 'key' && p.lower !== 'on' && (s.key!.kind === 'new' ? named(s.first, s.last) : isPersonKey(doc, s.key as SpeakerKey))) {
    seen.push(...mine);
    return s;
  }
  // a plural noun of people where they live or work, or whose side they are on: "Residents of Elm Grove say", "Tenants
  // in Harbour Heights said", "Homeowners on Birch Lane said", "Supporters of Tom Vance said"
  const people =
    s?.kind === 'desc' &&
    !DOCUMENT_NOUNS.has(s.desc!.head) &&
    pluralNoun({ ...tokens[s.last]!, cap: 0 }) &&
    (SPEAKER_NOUNS.has(s.desc!.head) || PEOPLE_PLURAL.test(s.desc!.head) || RELATION_NOUNS.test(s.desc!.head));
  // (a title is no head here, "Minister of Finance Ada Vik said", unless it names a group: "Police in Harbour Heights said")
  // (nor when the body the person heads stands between: "A spokeswoman in the office of Gov. Tom Berg said" is hers)
  // (but an office in lower case after an article is one person's noun: "A former chaplain at Maple Grove, who …, said",
  // "The principal at Ridley Hall said" are theirs, not the place's)
  const office =
    s?.kind === 'desc' &&
    DETERMINERS.has(tokens[s.first]!.lower) &&
    tokens[s.last]!.cap === 0 &&
    tokens[s.last]!.lower === s.desc!.head &&
    TITLES.has(s.desc!.head) &&
    !PORTFOLIO.test(s.desc!.head) &&
    !MODIFIER_TITLES.test(s.desc!.head) &&
    !OFFICE_NOT_PERSON.test(s.desc!.head);
  const title =
    TITLES.has(s?.desc?.head ?? '') &&
    !GROUP_NOUNS.has(s?.desc?.head ?? '') &&
    !(inBody && DETERMINERS.has(tokens[s!.first]!.lower)) &&
    !office;
  // (or a document from the person, which speaks as "a memo from the ministry" does: "…, the memo from deputy minister
  // Philippa Onwuachi said")
  const sent = s?.kind === 'desc' && p.lower === 'from' && DOCUMENT_NOUNS.has(s.desc!.head);
  // (any relative speaks so: "The widow of singer Tomas Brandvik says", "The grandson of …")
  const kin = RELATIVES.test(s?.desc?.head ?? '');
  // (or one person of any noun, the place or the person named after the preposition only where they come from or are:
  // "A climber from Glen Coe said", "A shepherd near Glen Affric said")
  // (and so are many of them, a plural of such a noun: "Shepherds from Glen Affric said", "The shepherds near Glen
  // Affric said")
  if (s?.kind === 'desc' && (oneBeforePlaceName(doc, s, k) || manyBeforePlaceName(doc, s, k))) {
    const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[j]!.end));
    return { ...s, desc: { ...s.desc!, text }, last: j };
  }
  // (a court's bench "of" its judges rules as one, "bench" a speaker's noun: "A division bench of Justices Ana Vik and
  // Tom Berg said" is the bench's, not its last-named judge's)
  if (s?.kind !== 'desc' || !(people || sent || office || kin || SPEAKER_NOUNS.has(s.desc!.head)) || title) return null;
  const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[j]!.end));
  return { ...s, desc: { ...s.desc!, text, group: s.desc!.group || people }, last: j };
}

/**
 * The endings of an abstract noun, an act or a state and no one who speaks ("reaction", "statement", "illness",
 * "decision"), and the nouns of a message, whose sender speaks through it ("a tweet from Ana Vik", "a call from …").
 */
const ABSTRACT_NOUN =
  /(tion|sion|ment|ness|ity|ism|ance|ence|ure|ing|al)$|^(message|tweet|post|text|call|video|clip|recording|word|reply|comment|remark|plea|warning|threat|bid|offer|request|response)$/;

/** Prepositions of where someone stands or lives, never of whom they speak for or what they are about (not "on"). */
const WHERE_ONE_IS = /^(in|at|near|outside|inside|around|beside)$/;

/**
 * Is the description s, ending right before the preposition at k, one person of a common noun whose name after the
 * preposition says only where they come from or are: "A climber from Glen Coe", "A shepherd near Glen Affric", "A
 * resident of Glen Coe" (after "of", a noun of a person's shape only: not "A photo of Tom Berg")? Opened by "a", "an",
 * "the", "one" or "another", one or two words in lower case, no title (a title "of" a place is an office:
 * spokespersonFor, "the Mayor of …"), no quantity ("a number of"), no document (read as the document's above).
 */
function oneBeforePlaceName(doc: Doc, s: Found, k: number): boolean {
  const { tokens } = doc;
  const p = tokens[k]!;
  const head = tokens[s.last]!;
  // ("the", "one" and "another" too: "The shepherd from Glen Affric said", "One climber from Glen Coe said")
  if (s.last !== k - 1 || s.desc!.group || k - 1 - s.first > 2 || !/^(a|an|the|one|another)$/.test(tokens[s.first]!.lower)) return false;
  if (!head.word || head.cap > 0 || pluralNoun(head) || TITLES.has(head.lower) || QUANTITY_NOUNS.has(head.lower)) return false;
  if (DOCUMENT_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower) || ORG_HEADS.has(head.lower)) return false;
  // (nor a time: "A week in Glen Coe")
  if (TIME_WORDS.has(head.lower) || DEMONSTRATIVE_TIMES.test(head.lower)) return false;
  for (let m = s.first + 1; m < s.last; m++) if (!tokens[m]!.word || tokens[m]!.cap > 0 || NP_BREAK.has(tokens[m]!.lower)) return false;
  // (a noun of a person's shape or a speaker's: not "a reaction from President Ana Vik"; after "of", no title before the
  // name, whose bearer a "who" after it may be: "a former backer of Sen. Ted Cruz, who …")
  // (or any such noun where someone is, a place after it: "A shepherd near Glen Affric said", "A pilot at Glen Coe said")
  // (or any noun but an abstract one from a name with no title before it, where someone comes from: "A shepherd from
  // Glen Affric said"; not "a reaction from President Ana Vik", "a suggestion from Tom Berg")
  const from = p.lower === 'from' && !TITLES.has(tokens[k + 1]?.lower ?? '') && !ABSTRACT_NOUN.test(head.lower);
  if (!(personShaped(head.lower) || SPEAKER_NOUNS.has(head.lower) || WHERE_ONE_IS.test(p.lower) || from)) return false;
  if (p.lower === 'of') return !TITLES.has(tokens[k + 1]?.lower ?? '');
  return p.lower === 'from' || PLACE_PREPS.test(p.lower);
}

/** Is a word in "-s" a given name of the short lists with an "s" (a family name made of it): "matthews", "rogers"? */
function givenStem(lower: string): boolean {
  const stem = lower.replace(/s$/, '');
  return FEMALE_FIRST.has(stem) || MALE_FIRST.has(stem);
}

/**
 * Is the preposition at k one of where people come from or are ("from", "near", "in"), with no title after it ("Shepherds
 * from Glen Affric", not "Aides to Sen. Tom Berg"), after a plural that is no abstract noun, no document and no body?
 */
function placeOfMany(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const p = tokens[k]!;
  if (!(p.lower === 'from' || WHERE_ONE_IS.test(p.lower)) || TITLES.has(tokens[k + 1]?.lower ?? '')) return false;
  const one = tokens[k - 1]!.lower.replace(/s$/, '');
  return !(
    ABSTRACT_NOUN.test(one) ||
    DOCUMENT_NOUNS.has(one) ||
    GROUP_NOUNS.has(one) ||
    ORG_HEADS.has(one) ||
    QUANTITY_NOUNS.has(one) ||
    TIME_WORDS.has(tokens[k - 1]!.lower) ||
    MEDIA_PIECES.test(one)
  );
}

/**
 * Is the description s, ending right before the preposition at k, a plural of a common noun, many people where the name
 * after the preposition says they come from or are: "Shepherds from Glen Affric", "The shepherds near Glen Affric",
 * "Local shepherds in Glen Affric"? At most three words, the head a plural in lower case (or capitalised only as the
 * sentence's first word), no title and no quantity ("Dozens of …" are read elsewhere).
 */
function manyBeforePlaceName(doc: Doc, s: Found, k: number): boolean {
  const { tokens } = doc;
  const head = tokens[s.last]!;
  if (s.last !== k - 1 || k - 1 - s.first > 2 || !head.word || TITLES.has(head.lower)) return false;
  if (head.cap > 0 && !(s.first === s.last && doc.nameCtx.initial[s.last])) return false;
  if (!pluralNoun({ ...head, cap: 0 }) || !placeOfMany(doc, k)) return false;
  // (a determiner or a lower-case modifier before it, the first word capitalised only as the sentence's: "Local")
  for (let m = s.first; m < s.last; m++) {
    const t = tokens[m]!;
    if (!t.word || NP_BREAK.has(t.lower) || QUANTITY_NOUNS.has(t.lower) || GROUP_QUANTIFIERS.test(t.lower) || COUNT_WORDS.test(t.lower))
      return false;
    if (t.cap > 0 && !(m === s.first && doc.nameCtx.initial[m])) return false;
  }
  return true;
}

/**
 * "A cousin of Harbour Foods chef Ana Vik said", "A friend of chef Ana Vik said", "A lawyer for the family of Ana Vik
 * said": a name right before the verb, inside a phrase of "of", "for" or "to" after a noun of someone related to the
 * person or acting for them, is whom the speaker is close to or acts for, never the speaker, whatever words of the
 * person's trade, title or firm stand before the name (spokespersonFor and speakerBeforeNamedObject read the known
 * titles and trades). The subject is the description, with the name it is tied to; null when no such noun opens the
 * phrase, or when a comma, a clause's word or a verb stands between ("A friend of the family visited Ana Vik").
 */
function relationOfNamed(doc: Doc, nameFirst: number, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let plain = 0;
  for (let k = nameFirst - 1; k > floor && nameFirst - k <= 9; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return null;
    // (a title's point, "Sen.", and a firm's possessive, "Harbour Foods' chef")
    if (titlePoint(tokens, k) || t.key === "'s") continue;
    if (!t.word) return null;
    if (t.cap > 0) continue;
    if (/^(of|for|to)$/.test(t.lower)) {
      const owner = tokens[k - 1];
      const related = (w: string): boolean =>
        RELATIVES.test(w) ||
        RELATIVES.test(w.replace(/s$/, '')) ||
        ACTING_FOR.test(w) ||
        ACTING_FOR_GROUP.test(w) ||
        RELATION_NOUNS.test(w);
      if (owner?.word && related(owner.lower)) {
        const mine: NewName[] = [];
        const s = subjectAt(doc, k - 1, floor, mine);
        if (s?.kind !== 'desc' || s.last !== k - 1 || !related(s.desc!.head)) return null;
        // (an article or a number opens the description; a bare relation noun is a title in apposition to the name,
        // whose bearer speaks: "Adviser to the mayor Ana Vik said", "Representative for the district Ana Vik said")
        if (!/^(a|an|the|one|another|two|three|four|several|some|many)$/.test(tokens[s.first]!.lower)) return null;
        seen.push(...mine);
        return { ...s, desc: { ...s.desc!, text: withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[j]!.end)) }, last: j };
      }
      // (past a body of the person's inside the phrase: "a lawyer for the family of Ana Vik")
      if (t.lower !== 'of') return null;
      continue;
    }
    if (t.lower === 'the') continue;
    // (at most three words in lower case, none a clause's word or a verb: "Harbour Foods pastry chef", "former chef")
    if (NP_BREAK.has(t.lower) || DETERMINERS.has(t.lower) || pastTense(t.lower) || /ing$/.test(t.lower) || ++plain > 3) return null;
  }
  return null;
}

/**
 * Words of the title list, besides a portfolio and a title's modifier, that this office's rule leaves out: a place or
 * a body ("the state of …", "the city of …") or a title's first word ("the deputy of …", "the chief of …").
 */
const OFFICE_NOT_PERSON =
  /^(state|city|town|county|district|fire|police|justice|first|elected|former|ex|head|press|private|general|major|sub|petty|vice|deputy|prime|foreign|secretary|chief|executive|leader|speaker|owner|keeper)$/;

/** What a person heads or leads, as the object of a phrase after a speaker: "officials in the office of Gov. X". */
const BODY_OF_PERSON = new Set(['office', 'administration', 'government', 'cabinet', 'campaign', 'staff', 'team', 'camp']);

/** Endings of plural nouns that name people: "tenants", "commuters", "retirees" (not "photos", "records"). */
const PEOPLE_PLURAL = /(ers|ors|ists|ians|ants|ents|ees)$/;

/**
 * Does a conjunct name someone who can speak: a name, "she"/"he"/"they", or a short description opened by a
 * determiner or a number ("a spokeswoman", "two residents"; not "The mayor met reporters", a clause).
 */
function speakingConjunct(doc: Doc, s: Found): boolean {
  if (s.kind === 'key') return true;
  if (s.kind === 'pronoun') return s.pronoun === 'male' || s.pronoun === 'female' || s.pronoun === 'plural';
  const open = doc.tokens[s.first]!;
  // (or an organisation's name in title case after "the", no look-up has met: "The Norwegian Refugee Council and Oxfam said")
  if (titledBody(doc, s)) return true;
  return (
    s.last - s.first <= 2 &&
    (DETERMINERS.has(open.lower) || /^[0-9]/.test(open.raw)) &&
    (SPEAKER_NOUNS.has(s.desc!.head) || pluralNoun(doc.tokens[s.last]!))
  );
}

/** Is a description an organisation's name in title case after "the", two to five words: "the Harbour Authority"? */
function titledBody(doc: Doc, s: Found): boolean {
  return (
    s.kind === 'desc' &&
    doc.tokens[s.first]!.lower === 'the' &&
    s.last - s.first >= 2 &&
    s.last - s.first <= 5 &&
    allTitleCase(doc.tokens, s.first + 1, s.last + 1) &&
    (ORG_HEADS.has(s.desc!.head) || ORG_SUFFIXES.has(s.desc!.head))
  );
}

/** Is a word of a title among tokens a (inclusive) to b (exclusive)? */
function titleBetween(tokens: ReadonlyArray<Token>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.word && TITLES.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Two subjects joined by "and" that open the sentence, right before the verb at v. Two names ("Okafor and
 * Brandt said", "Edwards and others said") speak as one group, named as written, and so does a plural first
 * ("Three unions and a business group wrote"); otherwise the first conjunct speaks ("She and another reporter
 * said" → she, "A spokeswoman and two aides said" → the spokeswoman), never the second alone.
 */
function coordinatedSubject(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (past a party tag in parentheses: "… and Sherrod Brown (D-Ohio) said")
  const end = tokens[v - 1]?.raw === ')' ? pastParty(doc, v - 1, floor) : v - 1;
  const t = tokens[end];
  if (!t || !t.word || doc.quoted[end]) return null;
  const mine: NewName[] = [];
  let second: Found | null = null;
  let secondFirst = end;
  if (t.lower !== 'others') {
    second = subjectAt(doc, end, floor, mine);
    if (!second || (second.kind === 'pronoun' && !speakingConjunct(doc, second))) return null;
    secondFirst = second.kind === 'key' ? titleRunFrom(doc, second.first, floor) : second.first;
    // (an article before a name: "… and a First Nation are suing", "… and the Harbour Tenants Union said"; past a
    // nationality between: "… and the Swedish Red Cross said")
    const national = second.kind === 'key' && secondFirst === second.first ? nationalBefore(doc, secondFirst) : secondFirst;
    if (
      second.kind !== 'pronoun' &&
      (secondFirst === second.first || national < secondFirst) &&
      /^(a|an|the)$/.test(tokens[national - 1]?.lower ?? '')
    )
      secondFirst = national - 1;
    // (a common word capitalised before a title after "and", the field of the office: "The mayor and Police Chief Ray
    // Dunn said", which titleRunFrom leaves out as a word that may open a sentence)
    const field = tokens[secondFirst - 1];
    if (
      second.kind === 'key' &&
      field?.word &&
      field.cap === 1 &&
      COMMON_WORDS.has(field.lower) &&
      TITLES.has(tokens[secondFirst]!.lower) &&
      tokens[secondFirst - 2]?.lower === 'and'
    )
      secondFirst--;
  }
  // (or the "e", "y" or "i" of Italian, Spanish, Portuguese or Catalan between two names: "Mario Rossi e Bianchi, the two
  // founders, said", which names.ts leaves two names)
  const conj = tokens[secondFirst - 1];
  if (!conj?.word || !(conj.lower === 'and' || (second?.kind === 'key' && /^(e|y|i)$/.test(conj.raw)))) return null;
  let a = subjectAt(doc, pastParty(doc, secondFirst - 2, floor), floor, mine);
  if (conj.lower !== 'and' && a?.kind !== 'key') return null;
  const nearest = a;
  // (a list of names, the first of them opening it: "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert
  // Menendez (D-N.J.) all suggested …")
  // (past a body's article and nationality too: "The camp was full, Tom Berg, the Red Cross and the UN said.", and
  // then a body named by its noun: "…, the army, the Red Cross and the UN said.")
  while (a?.kind === 'key' && second?.kind === 'key') {
    let from = titleRunFrom(doc, a.first, floor);
    let body = false;
    if (from === a.first) {
      from = nationalBefore(doc, from);
      body = tokens[from - 1]?.lower === 'the' && tokens[from - 1]!.cap === 0 && !doc.quoted[from - 1];
      if (body) from--;
    }
    if (tokens[from - 1]?.raw !== ',' || doc.quoted[from - 1] || from - 2 <= floor) break;
    const before = subjectAt(doc, pastParty(doc, from - 2, floor), floor, mine);
    if (
      body &&
      before?.kind === 'desc' &&
      before.last === from - 2 &&
      before.last - before.first <= 2 &&
      tokens[before.first]!.lower === 'the' &&
      tokens[before.first - 1]?.raw === ',' &&
      (ORG_HEADS.has(tokens[before.last]!.lower) || GROUP_NOUNS.has(tokens[before.last]!.lower))
    ) {
      a = { ...a, first: before.first };
      break;
    }
    if (before?.kind !== 'key') break;
    a = before;
  }
  // (one capitalised field before "and" and a title is the title's first part, no one who speaks: "Forestry and Parks
  // Minister Rick Olafson said"; or two, or a list of them, no given name opening the last: "Municipal Affairs and
  // Housing Minister Dev Chaudhry said", "Immigration, Refugees and Citizenship Minister Ahmed Farouk said")
  if (
    second?.kind === 'key' &&
    nearest &&
    nearest.last === secondFirst - 2 &&
    allTitleCase(tokens, nearest.first, nearest.last + 1) &&
    (nearest.last === nearest.first || (nearest.last === nearest.first + 1 && !isGivenName(tokens[nearest.first]!.raw))) &&
    !(nearest.kind === 'key' && nearest.key!.kind !== 'new' && isPersonKey(doc, nearest.key as SpeakerKey)) &&
    titleBetween(tokens, secondFirst, second.first)
  )
    return null;
  // two plural nouns of people are one group: "Doctors and nurses said", "…, parents and teachers said."
  // (or after a relative pronoun, the verb's clause the relative's: "a decision that local doctors and families say will put
  // mothers at risk")
  const relative = (x: Found): boolean => /^(that|which)$/.test(tokens[x.first - 1]?.lower ?? '') && tokens[x.first - 1]!.cap === 0;
  if (a && second && pluralGroup(doc, a) && pluralGroup(doc, second)) {
    // (three groups or more after "what", "A, B and C said": the list speaks, its first group no end of words the frame
    // trails, "Here is what politicians, industry groups and advocates said"; elsewhere the words before the comma may
    // well end in a plural, "Fares will rise in two years, economists and analysts said")
    let head = a.first;
    for (let k = a.first - 1; k - 1 > floor && tokens[k]!.raw === ',' && !doc.quoted[k] && pluralNoun(tokens[k - 1]);) {
      // (the group's modifiers and determiner: "the local politicians")
      let f = k - 1;
      while (
        f - 1 > floor &&
        f > k - 4 &&
        tokens[f - 1]!.word &&
        tokens[f - 1]!.cap === 0 &&
        !doc.quoted[f - 1] &&
        !NP_BREAK.has(tokens[f - 1]!.lower) &&
        tokens[f - 1]!.lower !== 'what'
      )
        f--;
      if (tokens[f - 1]?.lower === 'what' && !doc.quoted[f - 1]) head = f;
      k = f - 1;
    }
    if (head !== a.first) return groupDesc(doc, head, v - 1);
    if (groupsOpen(doc, floor, a.first) || trailingGroups(doc, a, v) || relative(a)) return groupDesc(doc, a.first, v - 1);
  }
  if (!a || !speakingConjunct(doc, a) || a.first <= floor - 1) return null;
  // (or past a dateline: "KYIV, Ukraine (AP) — Russia and Ukraine accused each other …")
  const aFrom = a.kind === 'key' ? titleRunFrom(doc, a.first, floor) : a.first;
  // (or right after the comma of a phrase that opens the sentence: "In a paper published Monday, Voss and her colleagues
  // report that …")
  // (a phrase of place, time or manner, not a clause of its own: "When terrorists strike, Obama and Clinton call them …")
  const afterFronted = (): boolean =>
    tokens[aFrom - 1]?.raw === ',' && !doc.quoted[aFrom - 1] && OPENING_PREPOSITIONS.test(tokens[firstWordAt(doc, floor)]!.lower);
  if (!opensSentence(doc, floor, a.first) && !atSentenceStart(doc, aFrom, floor) && !trailingPair(doc, a, second, v) && !afterFronted())
    return null;
  seen.push(...mine);
  // "Mr. Holm and Mr. Dahl say": the group as written, with its titles (and the article and nationality of a body:
  // "The Danish Red Cross and the Swedish Red Cross said", "The Red Cross and the UN said")
  if (a.kind === 'key' && (second === null || second.kind === 'key')) {
    let from = titleRunFrom(doc, a.first, floor);
    if (from === a.first) {
      from = nationalBefore(doc, from);
      if (/^(the)$/.test(tokens[from - 1]?.lower ?? '') && from - 1 >= floor) from--;
    }
    return groupDesc(doc, from, v - 1);
  }
  // two people neither of whom is a pronoun, one or both by their role, speak together too: "The mayor and the police
  // chief said", "Mayor Ann Lee and the fire chief told reporters" (two speakers are no one of them)
  if (second && second.kind !== 'pronoun' && a.kind !== 'pronoun' && !(a.kind === 'desc' && pluralNoun(tokens[a.last]!)))
    return groupDesc(doc, a.kind === 'key' ? titleRunFrom(doc, a.first, floor) : a.first, v - 1);
  // a group first speaks with what follows it, never alone: "Three unions and a business group wrote", "Two
  // environmental groups and a First Nation are suing"
  return a.kind === 'desc' && pluralNoun(tokens[a.last]!) ? groupDesc(doc, a.first, v - 1) : a;
}

/**
 * The first token of a nationality in capitals right before the name at k, after an article ("the Swedish Red Cross"
 * gives "Swedish"), or k.
 */
function nationalBefore(doc: Doc, k: number): number {
  const t = doc.tokens[k - 1];
  return t?.word && t.cap === 1 && !doc.quoted[k - 1] && DEMONYMS.has(t.lower) && /^(a|an|the)$/.test(doc.tokens[k - 2]?.lower ?? '')
    ? k - 1
    : k;
}

/** A plural noun of people with at most two modifiers, no name: "doctors", "the local nurses", "Parents". */
function pluralGroup(doc: Doc, s: Found): boolean {
  if (s.kind !== 'desc' || s.last - s.first > 2) return false;
  const t = doc.tokens[s.last]!;
  const head = doc.nameCtx.initial[s.last] ? { word: t.word, cap: 0, lower: t.lower } : t;
  return (pluralNoun(head) || GROUP_NOUNS.has(head.lower)) && !ORG_HEADS.has(head.lower) && !DOCUMENT_NOUNS.has(head.lower);
}

/**
 * The second of two groups joined by "and" with no comma inside the clause an earlier verb of saying reports, before a
 * verb that opens no clause of "that": "The agency said 187 of the passengers and 24 crew members reported vomiting" is
 * one subject of the agency's clause, no frame of the crew's. The first group's last word is a plural noun.
 */
function joinedGroupInReport(doc: Doc, s: Found, v: number, vLast: number): boolean {
  const { tokens } = doc;
  const and = tokens[s.first - 1];
  const before = tokens[s.first - 2];
  if (!pluralGroup(doc, s) || !and?.word || and.lower !== 'and' || doc.quoted[s.first - 1]) return false;
  if (!before?.word || before.cap !== 0 || doc.quoted[s.first - 2] || !pluralNoun(before)) return false;
  // (a verb with an object, no clause: "reported nausea and fever"; not "told her the plan was …", "said more cuts were
  // coming")
  const next = tokens[vLast + 1];
  const finite = (x: Token): boolean => x.word && x.cap === 0 && (AUXILIARIES.has(x.lower) || pastTense(x.lower));
  if (
    !next?.word ||
    doc.quoted[vLast + 1] ||
    next.cap !== 0 ||
    /^(that|he|she|it|they|we|i|you|her|him|them|us|me|there)$/.test(next.lower)
  )
    return false;
  if (tokens.slice(vLast + 1, vLast + 5).some(finite)) return false;
  const floor = sentStart(doc, v);
  for (let k = s.first - 3; k >= floor && s.first - k <= 20; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if ((/^[,;:—–()]$/.test(t.raw) && !numberComma(doc, k)) || doc.quoted[k]) return false;
      continue;
    }
    if (t.cap === 0 && !doc.quoted[k] && REPORTING_VERBS.has(t.lower)) return true;
    // (only the first group's words between: "Vale said the company laid off 40 workers and union officials said …")
    if (!doc.quoted[k] && finite(t)) return false;
  }
  return false;
}

/** Do groups at `first` open the sentence, past a "But" or an "And" at most (not "Police moved protesters and officials said")? */
function groupsOpen(doc: Doc, floor: number, first: number): boolean {
  // (past a dateline: "HALIFAX — Doctors and nurses said …")
  const from = pastDateline(doc, floor, first + 1);
  return first === from || (first === from + 1 && /^(but|and|yet)$/.test(doc.tokens[from]!.lower));
}

/** Groups after the words they frame, the verb closing the sentence: "…, doctors and nurses said." */
function trailingGroups(doc: Doc, a: Found, v: number): boolean {
  const before = doc.tokens[a.first - 1];
  if (!before) return false;
  if (QUOTE_MARKS.test(before.raw) && /^[,?!]$/.test(doc.tokens[a.first - 2]?.raw ?? '')) return true;
  return before.raw === ',' && closingFrame(doc, v);
}

/**
 * Two names after the words they frame, the verb closing the sentence (or two bodies' names in title case: "…, the Harbour
 * Authority and the Port Council said."): "The plan would save money, Tom Berg and Ada
 * Lund said." and "“…,” Berg and Lund said." (a comma or a closing quotation mark right before the first name, or
 * before its "the").
 */
function trailingPair(doc: Doc, a: Found, second: Found | null, v: number): boolean {
  const { tokens } = doc;
  // (a body's name in title case that no look-up has met counts as a name: "…, the Harbour Authority and the Port Council said.")
  if (!(a.kind === 'key' || titledBody(doc, a)) || !(second?.kind === 'key' || (second && titledBody(doc, second)))) return false;
  // (past the article and nationality of a body: "The camp was full, the Red Cross and the UN said.")
  let first = a.kind === 'key' ? nationalBefore(doc, a.first) : a.first;
  if (a.kind === 'key' && tokens[first - 1]?.lower === 'the' && tokens[first - 1]!.cap === 0 && !doc.quoted[first - 1]) first--;
  const before = tokens[first - 1];
  if (!before) return false;
  if (QUOTE_MARKS.test(before.raw) && /^[,?!]$/.test(tokens[first - 2]?.raw ?? '')) return true;
  if (before.raw !== ',') return false;
  // "…, Berg and Lund said in a statement." (a phrase after the verb that opens no clause)
  const end = sentEnd(doc, v);
  const adjunct = /^(in|on|at|during|after|before|from|outside|while)$/.test(tokens[v + 1]?.lower ?? '');
  return closingFrame(doc, v) || (adjunct && end - v <= 8 && !tokens.slice(v + 1, end).some((t) => t.lower === 'that'));
}

/**
 * The -ing form of the past participle of saying at i after "having" ("said" → "saying", "argued" → "arguing", "insisted"
 * → "insisting"), one of CLAUSE_PARTICIPLES; null when i is none such.
 */
export function perfectParticiple(doc: Doc, i: number): string | null {
  const { tokens } = doc;
  const t = tokens[i];
  if (tokens[i - 1]?.lower !== 'having' || !t?.word || t.cap !== 0 || doc.quoted[i] || !/(ed|said)$/.test(t.lower)) return null;
  if (t.lower === 'said') return 'saying';
  for (const ing of [t.lower.slice(0, -2) + 'ing', t.lower.slice(0, -1) + 'ing']) if (CLAUSE_PARTICIPLES.has(ing)) return ing;
  return null;
}

/** Prepositions that open a sentence before a participle of saying: "After suggesting …", "Since announcing …". */
const PARTICIPLE_OPENERS = /^(after|since|while|before|upon|besides)$/;

/** Time or manner words that may stand between a participle and its "that": "suggesting on Monday that", "saying publicly that". */
const PARTICIPLE_ADJUNCT = /^(on|in|at|during|last|this|earlier|publicly|privately|repeatedly|again|recently|first)$/;

/**
 * The "that" of a participle of saying at i that a preposition opens the sentence with ("After suggesting that …",
 * "While saying on Monday that …", "In addition to stating that …", "After initially saying …", past an adverb in -ly),
 * the participle's subject being the main clause's after the comma; or i itself when a clause with no "that" runs to
 * that comma ("After saying she would not run, …"); -1 when the participle is not so placed. At most four words of
 * time or manner before "that".
 */
export function preposedParticipleThat(doc: Doc, i: number): number {
  const { tokens } = doc;
  const floor = sentStart(doc, i);
  const first = firstWordAt(doc, floor);
  // (a perfect participle stands where the -ing form would, at its "having": "Having said that he would not run, Ives
  // …", "After having argued that …")
  const perfect = perfectParticiple(doc, i);
  const at = perfect ? i - 1 : i;
  const p = tokens[at - 1];
  const opener = (k: number): boolean => tokens[k]?.word === true && PARTICIPLE_OPENERS.test(tokens[k]!.lower);
  const opens =
    (perfect !== null && at === first) ||
    (at - 1 === first && opener(at - 1)) ||
    // (past an adverb: "After initially saying …")
    (at - 2 === first && opener(at - 2) && p?.word === true && p.cap === 0 && /[a-z]{2}ly$/.test(p.lower)) ||
    (at - 3 === first && tokens[first]!.lower === 'in' && tokens[at - 2]!.lower === 'addition' && p?.lower === 'to');
  if (!opens || !CLAUSE_PARTICIPLES.has(perfect ?? tokens[i]!.lower)) return -1;
  // (not the connective whose "that" the comma closes: "Having said that, Ives …", "After saying that, she left")
  if (tokens[i + 1]?.lower === 'that') return tokens[i + 2]?.word || doc.quoted[i + 2] ? i + 1 : -1;
  // (or a clause with no "that" up to the comma before the main clause: "After saying she would not run, Vale …"; the
  // participle itself is returned, the clause opening after it)
  let comma = i + 1;
  while (comma < i + 30 && tokens[comma] && tokens[comma]!.raw !== ',' && !/^[;:.!?]$/.test(tokens[comma]!.raw)) comma++;
  if (tokens[comma]?.raw === ',' && bareClauseBetween(doc, i + 1, comma)) return i;
  if (!PARTICIPLE_ADJUNCT.test(tokens[i + 1]?.lower ?? '')) return -1;
  for (let j = i + 2; j <= i + 5; j++) {
    const x = tokens[j];
    if (!x?.word || doc.quoted[j]) return -1;
    if (x.lower === 'that') return j;
  }
  return -1;
}

/** Where a name at `first` starts with its title: "Mr. Dahl", "Sen. Ann Gray", "Senator Ann Gray" (else `first`). */
function titledFrom(doc: Doc, first: number, floor: number): number {
  const { tokens } = doc;
  const dot = tokens[first - 1];
  if (first - 2 >= floor && first >= 2 && titlePoint(tokens, first - 1)) return first - 2;
  if (dot?.word && dot.cap > 0 && TITLES.has(dot.lower) && first - 1 >= floor) return first - 1;
  return first;
}

/**
 * Where a name at `first` starts with its title (see titledFrom) and the capitalised words of that title before it, two
 * at most: "Defence Minister Tom Roy", "Health Minister Ana Vale" (a title written in full, capitalised).
 */
function titleRunFrom(doc: Doc, first: number, floor: number): number {
  const { tokens } = doc;
  let f = titledFrom(doc, first, floor);
  // (a title written out, not an abbreviation: "Mr. Holm" has none before it)
  if (f !== first - 1 || tokens[f]!.cap === 0 || !TITLES.has(tokens[f]!.lower)) return f;
  for (let n = 0; n < 2 && f - 1 >= floor; n++) {
    const w = tokens[f - 1]!;
    // (not a word that opens a sentence: "But Defence Minister Tom Roy …")
    if (!w.word || w.cap === 0 || doc.quoted[f - 1] || COMMON_WORDS.has(w.lower) || NP_BREAK.has(w.lower)) break;
    f--;
  }
  return f < first - 1 ? portfoliosBefore(doc, f, floor) : f;
}

/**
 * The first of a minister's portfolios that "and" joins to the title's field starting at `f`: "Forestry and Parks
 * Minister Rick Olafson", "Immigration, Refugees and Citizenship Minister Ahmed Farouk" (capitalised words, commas
 * between those of a list; no given name or known person opening them, "Ana Vik and Health Minister Bo Lund"); else `f`.
 */
export function portfoliosBefore(doc: Doc, f: number, floor: number): number {
  const { tokens } = doc;
  const and = tokens[f - 1];
  if (!and?.word || and.lower !== 'and' || and.cap !== 0) return f;
  let p = f - 1;
  while (
    p - 1 >= floor &&
    f - p < 7 &&
    !doc.quoted[p - 1] &&
    ((tokens[p - 1]!.word && tokens[p - 1]!.cap === 1) || tokens[p - 1]!.raw === ',')
  )
    p--;
  while (p < f - 1 && tokens[p]!.raw === ',') p++;
  // (whole words from a clean edge, none a given name or a title: not "Foreign Minister Elina Valtonen-Koski and Defence
  // Minister …", two people)
  const edge = tokens[p - 1];
  if (p === f - 1 || !tokens[p]!.word || COMMON_WORDS.has(tokens[p]!.lower) || (edge && !edge.word && !/^[,—–:(]$/.test(edge.raw)))
    return f;
  for (let m = p; m < f - 1; m++)
    if (isGivenName(tokens[m]!.raw) || (TITLES.has(tokens[m]!.lower) && !PORTFOLIO.test(tokens[m]!.lower))) return f;
  const known = keyStartingAt(doc, p);
  return known && isPersonKey(doc, known.key) ? f : p;
}

/** The participles of saying a person named in an absolute phrase may frame a clause with (see withAbsolute). */
const ABSOLUTE_SAYING = /^(saying|telling|arguing|warning|insisting|noting)$/;

/**
 * Whether the name starting at `first` follows ", with" (or only the comma or dash that ends the main clause) and at
 * most five words of title or role between (no mark, no determiner): ", with Prime Minister Ana Vik saying …", ", with
 * foreign ministry spokesman Wang Wenbo saying …", "…, Tom Lund saying …".
 */
function withAbsolute(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  for (let k = first - 1; k >= Math.max(1, first - 6); k--) {
    const x = tokens[k]!;
    // (or with no "with", right after the comma or the dash that ends the sentence's main clause: "Both sides dug in,
    // Tom Lund saying the deal was dead", "Both men issued statements – Lund saying he was encouraged")
    if (!x.word) return /^[,—–]$/.test(x.raw) && !doc.quoted[k] && k - sentStart(doc, k) >= 3;
    if (doc.quoted[k]) return false;
    if (x.lower === 'with' && x.cap === 0) return tokens[k - 1]?.raw === ',' && !doc.quoted[k - 1];
    if (NP_BREAK.has(x.lower) || DETERMINERS.has(x.lower)) return false;
  }
  return false;
}

/** Pieces of media besides documents, which speak for who made them: "a video", "a new ad", "a post". */
const MEDIA_PIECES =
  /^(videos?|ads?|adverts?|advertisements?|commercials?|spots?|posts?|tweets?|clips?|messages?|speech|announcement|letters|statements|releases|mailers?|flyers?|billboards?)$/;

/** Prepositions that end an absolute phrase's subject short of its participle: "with her notes in hand and insisting …". */
const ABSOLUTE_SUBJECT_BREAKS = /^(in|on|at|to|from|with|by|into|under|over|after|before)$/;

/** A lower-case noun that names people ("residents", "protesters", "a columnist"), not things ("prices", "notes"). */
function peopleNoun(w: string): boolean {
  return /^[a-z]{3,}(ers|ors|ists?|ians?|ans|ents|ants|ees|ives)$/.test(w) || SPEAKER_NOUNS.has(w.replace(/s$/, ''));
}

/**
 * A lower-case noun of a person's role or of people ("head", "spokesman", "members"), not of a body or a thing ("campaign",
 * "cooperative", "report"), that a phrase "of", "for" or "to" may follow in an absolute phrase's subject.
 */
function personRole(w: string): boolean {
  // (in the singular or the plural: not "one of its reports")
  const one = w.replace(/s$/, '');
  for (const x of [w, one])
    if (ORG_SUFFIXES.has(x) || ORG_HEADS.has(x) || DOCUMENT_NOUNS.has(x) || SIDE_NOUNS.has(x) || MEDIA_PIECES.test(x)) return false;
  if (GROUP_NOUNS.has(w) && one === w) return false;
  return SPEAKER_NOUNS.has(w) || personShaped(w) || personShaped(one) || peopleNoun(w);
}

/** The words of a share or a count that an absolute phrase's subject may open with: "many of the workers", "one of her ads". */
const SHARES_OF_PEOPLE = /^(one|some|many|most|half|all|several|few|none|each)$/;

/** Words in -ing that are no participle of the absolute phrase's subject: "with prices including …", "with him during …". */
const NOT_ABSOLUTE_PARTICIPLES =
  /^(including|during|regarding|following|concerning|according|considering|pending|nothing|something|anything|everything|being|having|morning|evening)$/;

/**
 * The speaker of the participle of saying at `i` inside an absolute phrase after the main clause, ", with" and a noun
 * phrase, then the phrase's first participle (the one at `i`, or one "and" joins it to): "…, with her deputy Arno Pelt
 * saying …", "…, with top officials defending the rise and vowing to …", "…, with the campaign of the former senator
 * saying …" (the head before "of"). `subject` is that noun phrase's name or description, or null when it names no
 * speaker ("with one of her ads asking …"): the main clause's subject says none of it. Undefined when `i` stands in no
 * such phrase.
 */
function absoluteWithSpeaker(doc: Doc, i: number, seen: NewName[]): { subject: Found | null } | undefined {
  const { tokens, quoted } = doc;
  const floor = sentStart(doc, i);
  // (a second absolute phrase, "and" or a comma joining it to the first, its own subject before the participle: "…, with
  // Republicans saying the bill was dead and Democrats insisting it could pass", "…, with Lund saying …, Vik warning …")
  const joint = jointAbsoluteAt(doc, i);
  let w = -1;
  const back = joint < 0 ? i - 1 : tokens[joint - 1]!.raw === ',' ? joint - 2 : joint - 1;
  for (let k = back; k >= floor && k >= i - 40; k--) {
    if (quoted[k]) continue;
    const x = tokens[k]!;
    if (!x.word) {
      if (/^[,;:—–()]$/.test(x.raw)) return k === i - 1 ? appositionAfterWith(doc, i) : undefined;
      continue;
    }
    // (or "With" opening the sentence, its phrase before the main clause: "With Trump saying the vote was rigged,
    // Clinton said …")
    if (x.lower === 'with' && (x.cap === 0 || k === firstWordAt(doc, floor))) {
      w = k;
      break;
    }
  }
  const opening = w >= 0 && tokens[w]!.cap > 0;
  if (w < 0 || (!opening && (!/^[,—–]$/.test(tokens[w - 1]?.raw ?? '') || quoted[w - 1]))) return undefined;
  if (joint > 0) {
    // (the first phrase's own participle before the joint: "with fans booing and the coach saying …")
    let first = w + 2;
    while (first < joint && !(tokens[first]!.cap === 0 && /^[a-z]{2,}ing$/.test(tokens[first]!.lower))) first++;
    // (none: "and" joins the subject's nouns, "with many marchers and spectators chanting …")
    if (first < joint && !NOT_ABSOLUTE_PARTICIPLES.test(tokens[first]!.lower)) w = joint;
    else if (tokens[joint]!.raw === ',') return undefined;
  }
  // the phrase's first participle, after one to eight words of its subject
  // (not a word in -ing between a determiner and its noun: "with the ruling party defending …", "the incoming mayor")
  const participle = (k: number): boolean =>
    !quoted[k] &&
    tokens[k]!.word &&
    tokens[k]!.cap === 0 &&
    /^[a-z]{2,}ing$/.test(tokens[k]!.lower) &&
    !(DETERMINERS.has(tokens[k - 1]!.lower) && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0 && !/ing$/.test(tokens[k + 1]!.lower));
  let j = w + 1;
  while (j < i && !participle(j)) j++;
  if (j - w - 1 < 1 || j - w - 1 > 8 || NOT_ABSOLUTE_PARTICIPLES.test(tokens[j]!.lower)) return undefined;
  if (j < i && tokens[i - 1]?.lower !== 'and') return undefined;
  for (let k = w + 1; k < j; k++) if (quoted[k] || (!tokens[k]!.word && !/^['’.-]$/.test(tokens[k]!.raw))) return undefined;
  // (a pronoun names someone only by what came before: left to the rules for those)
  if (j === w + 2 && PRONOUNS.has(tokens[w + 1]!.lower)) return undefined;
  // the head before "of": "the campaign of the former senator", "one of her ads"; or before "for", "to", "at" or "in"
  // after a person's role: "a spokesman for the company", "an aide to the premier", "an analyst at Barclays"
  let last = j - 1;
  for (let k = w + 2; k < j; k++) {
    const x = tokens[k]!;
    if (x.cap === 0 && (x.lower === 'of' || (/^(for|to|at|in)$/.test(x.lower) && personRole(tokens[k - 1]!.lower)))) {
      last = k - 1;
      break;
    }
  }
  // (a person's role, or a share of people, with whom it is of or for is said whole, as a sentence's subject is: "the head of
  // the UN's atomic watchdog", "a spokesman for the company", "many of the workers"; not a body's noun, "the campaign of
  // the former senator", nor a share of things, "one of her ads")
  // (the phrase's own noun right before the participle: not "with her supporters in tears and saying …")
  if (last < j - 1 && tokens[last]!.cap === 0 && !NP_BREAK.has(tokens[j - 1]!.lower)) {
    const whole = withoutInvisible(doc.text.slice(tokens[w + 1]!.start, tokens[j - 1]!.end));
    const role = personRole(tokens[last]!.lower) ? descEndingAt(doc, last, w + 1) : null;
    if (role?.kind === 'desc' && role.first === w + 1) return { subject: { ...role, desc: { ...role.desc!, text: whole }, last: j - 1 } };
    const people = tokens[j - 1]!;
    if (SHARES_OF_PEOPLE.test(tokens[last]!.lower) && last === w + 1 && pluralNoun(people) && personRole(people.lower)) {
      if (tokens[last]!.lower !== 'one') return { subject: groupDesc(doc, w + 1, j - 1) };
      const desc = { text: whole, definite: false, head: 'one', group: false, gender: null };
      return { subject: { kind: 'desc', desc, first: w + 1, last: j - 1 } };
    }
  }
  // (else the head before "of" only, as the phrase is read with no role: "…, with her supporters in tears and saying …"
  // is the main subject's)
  if (tokens[last + 1]!.lower !== 'of') last = j - 1;
  for (let k = w + 2; k < j && last === j - 1; k++) if (tokens[k]!.lower === 'of' && tokens[k]!.cap === 0) last = k - 1;
  // (no other preposition in the subject: "…, with her notes in hand and insisting …" is the main subject's)
  for (let k = w + 1; k <= last; k++) if (tokens[k]!.cap === 0 && ABSOLUTE_SUBJECT_BREAKS.test(tokens[k]!.lower)) return undefined;
  // (a document or a piece of media speaks for the main clause's subject: "…, with a video announcing her run", "…,
  // with a brief statement saying …", "…, with a new ad accusing …")
  const head = tokens[last]!.lower;
  if (DOCUMENT_NOUNS.has(head) || WRITINGS.test(head) || RECORD_NOUNS.test(head) || MEDIA_PIECES.test(head)) return undefined;
  const named = keyEndingAt(doc, last);
  if (named && named.first > w) return { subject: { kind: 'key', key: named.key, first: named.first, last } };
  const alone = quantifierAfterWith(doc, w, j) ?? nameAfterWith(doc, w, last, seen);
  if (alone) return { subject: alone };
  // (a thing that is no speaker is left to the main clause's subject: "…, with her voice breaking and saying …"; a
  // share or a count keeps its null: "with one of her ads asking")
  const speaks = (x: string): boolean => SPEAKER_NOUNS.has(x) || GROUP_NOUNS.has(x) || ORG_SUFFIXES.has(x);
  if (!speaks(head) && !speaks(head.replace(/s$/, '')) && !peopleNoun(head) && !SHARES_OF_PEOPLE.test(head)) return undefined;
  return { subject: descEndingAt(doc, last, w + 1) };
}

/**
 * The "and" or the comma that joins a second absolute phrase to a first, its subject of one to six words (no verb, no
 * mark) between it and the participle of saying at `i`: "…, with Republicans saying the bill was dead and Democrats
 * insisting …" (the "and"), "…, with Lund saying he needed time, Vik calling it a stall" (the comma); or -1.
 */
function jointAbsoluteAt(doc: Doc, i: number): number {
  const { tokens, quoted } = doc;
  const prev = tokens[i - 1];
  // (a cheap test first: a word of the subject right before the participle)
  if (!prev?.word || prev.lower === 'and' || quoted[i - 1]) return -1;
  for (let k = i - 1; k >= i - 7 && k > 0; k--) {
    const x = tokens[k]!;
    if (quoted[k]) return -1;
    // (", and" too: "…, with Lund saying the deal was fair, and the company insisting …")
    if (x.raw === ',' || (x.lower === 'and' && x.cap === 0))
      return k < i - 1 && (tokens[k - 1]?.word || (x.lower === 'and' && tokens[k - 1]?.raw === ',' && tokens[k - 2]?.word)) ? k : -1;
    if (!x.word || AUXILIARIES.has(x.lower) || NP_BREAK.has(x.lower) || /^[a-z]{2,}ing$/.test(x.lower)) return -1;
  }
  return -1;
}

/**
 * A quantifier standing alone as the subject of an absolute phrase, between ", with" (at w) and its participle (at j):
 * "…, with many warning the bill would add to the deficit", "…, with others saying …" (a group, as in "Some said").
 */
function quantifierAfterWith(doc: Doc, w: number, j: number): Found | null {
  const t = doc.tokens[w + 1]!;
  if (j !== w + 2 || t.cap !== 0 || !QUANTIFIER_PRONOUNS.test(t.lower)) return null;
  return {
    kind: 'desc',
    desc: { text: withoutInvisible(t.raw), definite: false, head: t.lower, group: true, gender: null },
    first: w + 1,
    last: w + 1,
  };
}

/**
 * A name the finder has not registered, the whole subject of an absolute phrase after ", with" (at w), read as a
 * sentence's subject is: "…, with Paul saying …", "…, with Okafor telling reporters …" (one to three capitalised words up
 * to `last`; the new name is noted in `seen` only when it is taken).
 */
function nameAfterWith(doc: Doc, w: number, last: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (last - w > 3) return null;
  for (let k = w + 1; k <= last; k++) if (!tokens[k]!.word || tokens[k]!.cap === 0 || doc.quoted[k]) return null;
  const mine: NewName[] = [];
  const s = subjectAtRaw(doc, last, w + 1, mine);
  if (s?.kind !== 'key' || s.key?.kind !== 'new' || s.first !== w + 1) return null;
  seen.push(...mine);
  return s;
}

/**
 * The person named right after ", with" whose apposition between commas runs to the participle at i: "…, with Ana Vik,
 * head of the agency, saying …" (a few words of role, no other mark); undefined when the participle stands in no such
 * phrase.
 */
function appositionAfterWith(doc: Doc, i: number): { subject: Found | null } | undefined {
  const { tokens, quoted } = doc;
  let c = i - 2;
  while (c > i - 10 && tokens[c]?.word && !quoted[c]) c--;
  if (tokens[c]?.raw !== ',' || quoted[c] || c === i - 2) return undefined;
  const named = keyEndingAt(doc, c - 1);
  if (!named || !isPersonKey(doc, named.key) || tokens[named.first - 1]?.lower !== 'with' || tokens[named.first - 2]?.raw !== ',')
    return undefined;
  return { subject: { kind: 'key', key: named.key, first: named.first, last: c - 1 } };
}

/** The plurals of people that take no -s. */
const IRREGULAR_PERSON_PLURALS = /^(men|women|people|children)$/;

/**
 * A plural noun that names people: "strategists", "respondents", not "prices" (a lower-case word ending in s, not
 * ss/us/is, a compound in -men, or a plural of people with no -s).
 */
function pluralNoun(t: { word: boolean; cap: number; lower: string } | undefined): boolean {
  return (
    t !== undefined &&
    t.word &&
    t.cap === 0 &&
    (pluralShape(t.lower) ||
      // (a compound of "men": "tallymen", "fishermen", "aldermen"; not "specimen", "regimen")
      (/^[a-z]{3,}men$/.test(t.lower) && !/(speci|abdo|regi|acu|sta|cycla|albu)men$/.test(t.lower)) ||
      // (and the plurals of people with no -s: "Three of the women said", "Many of the men told")
      IRREGULAR_PERSON_PLURALS.test(t.lower)) &&
    !NP_BREAK.has(t.lower)
  );
}

/**
 * A bare plural noun framed by commas in mid-sentence, right before the verb at v: "The fares will rise,
 * strategists said, because …", "Nor does the mayor have plans, advisers say, to …", "…, other experts say, …".
 */
function framedGroup(doc: Doc, v: number, floor: number): Found | null {
  const { tokens } = doc;
  if (tokens[v + 1]?.raw !== ',' || !pluralNoun(tokens[v - 1]!)) return null;
  let k = v - 2;
  // one or two modifiers: "other experts", "many local officials"
  while (
    k > floor &&
    v - k <= 3 &&
    tokens[k]!.word &&
    tokens[k]!.cap === 0 &&
    !NP_BREAK.has(tokens[k]!.lower) &&
    !SPEECH_VERBS.has(tokens[k]!.lower)
  )
    k--;
  if (k <= floor || tokens[k]!.raw !== ',' || doc.quoted[k]) return null;
  return groupDesc(doc, k + 1, v - 1);
}

/**
 * Three groups or more listed with commas and "and" that open the sentence, right before the verb at v: "Tenant groups,
 * health unions and several city councillors say" is all of them, as written (not "several city councillors"). Each
 * is one to four words, all words (no verb, no preposition), its last a plural noun.
 */
function listedGroups(doc: Doc, v: number, floor: number): Found | null {
  const { tokens } = doc;
  let end = v - 1;
  let conjuncts = 0;
  let joined = false;
  for (let k = end; k >= floor; k--) {
    const t = tokens[k]!;
    // (a determiner may open a conjunct: "Nurses, pharmacists and their patients said")
    const opener = DETERMINERS.has(t.lower) && !(k > floor && tokens[k - 1]!.word && tokens[k - 1]!.lower !== 'and');
    const word = t.word && !doc.quoted[k] && (opener || !NP_BREAK.has(t.lower));
    if (word && !SPEECH_VERBS.has(t.lower) && !AUXILIARIES.has(t.lower) && end - k < 4) {
      if (k > floor && tokens[k - 1]!.word && !(tokens[k - 1]!.lower === 'and' && !joined)) continue;
      // the conjunct from k to end
      // (the first word of the sentence is capitalised: "Nurses, pharmacists and …")
      const last = tokens[end]!;
      const plural = pluralNoun(doc.nameCtx.initial[end] ? { word: last.word, cap: 0, lower: last.lower } : last);
      if (!plural && !GROUP_NOUNS.has(last.lower)) return null;
      conjuncts++;
      const before = tokens[k - 1];
      if (before?.word && before.lower === 'and') {
        joined = true;
        end = k - 2;
        k = k - 1;
        continue;
      }
      if (before?.raw === ',' && joined) {
        end = k - 2;
        k = k - 1;
        continue;
      }
      return conjuncts >= 3 && joined && atSentenceStart(doc, k, floor) ? groupDesc(doc, k, v - 1) : null;
    }
    return null;
  }
  return null;
}

/**
 * Words after which a verb of saying is a noun: articles and possessives ("a report", "its statement"; not "her", also
 * an object, nor "each": "they each said").
 */
const ARTICLE_LIKE = /^(a|an|the|his|its|their|our|my|your|every|no|another)$/;

/** Numbers of two or more, in words or figures (not a year): a noun after them is plural. */
const PLURAL_COUNTS = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both|\d{1,3})$/;

/** Determiners of one: a verb agreeing with them is never a base form ("a source says", never "a source say"). */
const SINGULAR_DETERMINERS = /^(a|an|one|another|each|every)$/;
/** The verbs of a frame that "according to" may follow: "…, he said, according to a transcript." */
const FRAME_VERBS = /^(said|says|told|tells|wrote|writes|added|adds|explained|insisted|argued|claimed|recalled)$/;

/** Records that words are known through, not sources of their own after a frame: "according to a readout". */
const RECORD_NOUNS = /^(readout|transcript|translation|recording|video|text)$/;

/**
 * Whether the sentence of token i opens with a subject of up to four words (a pronoun or a capitalised name) right
 * before a verb of FRAME_VERBS: "He said …", "Jaishankar-Rao told reporters …".
 */
function openingFrame(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const start = firstWordAt(doc, sentStart(doc, i));
  const first = tokens[start];
  if (!first?.word || doc.quoted[start] || (first.cap === 0 && !/^(he|she|they)$/.test(first.lower))) return false;
  for (let v = start + 1; v < i && v - start <= 4; v++) {
    const t = tokens[v]!;
    if (doc.quoted[v]) return false;
    if (t.word && t.cap === 0) return FRAME_VERBS.test(t.lower);
    if (!t.word && t.raw !== '-' && t.raw !== '.') return false;
  }
  return false;
}
/** Words of a share that takes a plural verb: "one in five say", "a mere 9 percent say". */
const QUANTITY_SHARES = /^(in|percent|per|cent|fifth|fourth|tenth|thirds|quarters|dozen|plurality)$/;
/** Irregular past forms of verbs of saying (the regular ones end in -ed). */
const PAST_OF_SAYING = /^(said|told|wrote|spoke|spoken|written|taught|thought|swore|sworn|foresaw|forbade|bade|read)$/;

/** Words before a person shown or heard saying something: "footage of Trump saying", "a video shows Vik telling". */
const SHOWN_SAYING = /^(of|shows|showed|show|heard|hear|hears|caught|captured|recorded|features|featured)$/;

/** Base forms of verbs of saying that are also common nouns ("a swing state", "the report", "his claim"). */
export const NOUN_LIKE_VERBS = /^(state|report|claim|note|post|tweet|charge|answer|reply|comment|promise|vow|pledge|warning|call)$/;
/**
 * Base forms of verbs of saying that are also nouns of an utterance, read as nouns only after a determiner and a modifier
 * ("the familiar chant “…”", "a loud shout", "his usual quip"): elsewhere a plural subject may say them ("fans chant: “…”").
 */
const UTTERANCE_NOUNS =
  /^(chant|shout|yell|whisper|joke|quip|remark|cry|scream|sigh|laugh|boast|retort|lament|demand|protest|plea|murmur|signal)$/;

/** Nouns without a final s that may still be the plural subject of a base-form verb: "the police report …". */
const PLURAL_WITHOUT_S =
  /^(people|police|staff|public|media|children|men|women|clergy|personnel|data|press|two|three|four|five|six|seven|eight|nine|ten|both|all|many|several|some|few|rest)$/;

/**
 * Is the base form of a verb of saying at i a singular noun after a determiner and one or two modifiers, "its
 * decrepit state", "the most populous state", "a recent report"? A base-form verb wants a plural subject, so no
 * word between the determiner and it may read as one (a plural, a noun of speakers, groups or documents, an adverb).
 */
function nounAfterModifiers(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (!NOUN_LIKE_VERBS.test(t.lower) && !UTTERANCE_NOUNS.test(t.lower)) return false;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const m = tokens[k]!;
    // (a capitalised modifier too, when the determiner precedes it: "a Gladue report that described …", "he had read
    // the Gladue report “with great care”"; a singular name takes no bare "report" of its own)
    if (!m.word || doc.sents.sent[k] !== doc.sents.sent[i]) return false;
    // (not an acronym nor a name the article knows, whose report is its own: "a CNN report that …")
    if (
      m.cap !== 0 &&
      (m.cap !== 1 || k !== i - 1 || doc.nameCtx.initial[k] || !ARTICLE_LIKE.test(tokens[k - 1]?.lower ?? '') || keyEndingAt(doc, k))
    )
      return false;
    if (
      (/[^su]s$/.test(m.lower) && !/ous$/.test(m.lower)) ||
      /ly$/.test(m.lower) ||
      PLURAL_WITHOUT_S.test(m.lower) ||
      SPEAKER_NOUNS.has(m.lower) ||
      DOCUMENT_NOUNS.has(m.lower) ||
      ORG_HEADS.has(m.lower) ||
      GROUP_NOUNS.has(m.lower) ||
      AUXILIARIES.has(m.lower) ||
      PRONOUNS.has(m.lower)
    )
      return false;
    const det = tokens[k - 1];
    if (det?.word && ARTICLE_LIKE.test(det.lower)) return true;
  }
  return false;
}

/** Base forms of acts done in words, beyond SPEECH_VERBS, that "went on to" may introduce: "went on to slam the plan". */
const SPEECH_ACTS =
  /^(slam|attack|critici[sz]e|jab|rebut|list|detail|name|highlight|express|discuss|praise|blast|mock|blame|compare|question|thank|quote|outline|defend|dismiss|reject|insult|ridicule|lash|rail|tout|fault|scold|chide|berate|challenge|condemn|denounce|apologi[sz]e|recite|read|speak|talk|lecture|lay)$/;

/** Verbs through which a document, a sign or an organisation says words in a restrictive relative: "a headline that said". */
const RELATIVE_SAYING =
  /^(said|says|say|stated|states|claimed|claims|warned|warns|argued|argues|concluded|concludes|suggested|suggests|predicted|predicts|noted|notes)$/;

/** Things that carry written words they "read": "a sign near Milford read, “…”". */
export const SIGN_NOUNS =
  /^(signs?|banners?|placards?|posters?|billboards?|plaques?|inscriptions?|notices?|headlines?|captions?|graffiti|stickers?|murals?|marquees?|slogans?|messages?)$/;

/** Verbs of putting up or holding signs: "put signs", "carried placards", "hoisted a banner". */
const DISPLAY_VERBS =
  /^(put|puts|hold|holds|held|holding|carry|carries|carried|carrying|wave|waved|waving|post|posted|erect|erected|hang|hung|display|displayed|plant|planted|raise|raised|hoist|hoisted|bear|bore|bearing|unfurl|unfurled)$/;

/**
 * The sign (banner, placard, headline …) a "read(s)" at i has for its subject when the subject found does not reach it:
 * "one highway sign near Milford read", "a banner outside the Holt Arena read" (the subject found was the place).
 */
function signBefore(doc: Doc, i: number, found: Found | null): Found | null {
  const { tokens } = doc;
  const floor = sentStart(doc, i);
  for (let k = i - 1; k >= Math.max(floor, i - 9); k--) {
    const t = tokens[k]!;
    if (!t.word && t.raw !== '-') return null;
    // (capitalised as the sentence's first word too: "Signs along the highway read “…”")
    if (!((t.cap === 0 || (t.cap === 1 && k === floor)) && SIGN_NOUNS.test(t.lower))) continue;
    // (a relative "that" or "which" before the verb makes the sign its subject, whatever opens the sentence: "Some
    // residents have put signs in their yards that read …" are the signs' words)
    if (found && found.first <= k && !/^(that|which)$/.test(tokens[i - 1]!.lower)) return null;
    // back to its determiner, past at most three modifiers: "one highway sign", "a hand-lettered sign"
    let a = k;
    for (let m = k - 1; m >= Math.max(floor, k - 5); m--) {
      const w = tokens[m]!;
      if (!w.word && w.raw !== '-') break;
      if (w.word && (DETERMINERS.has(w.lower) || /^(one|another)$/.test(w.lower))) {
        a = m;
        break;
      }
      if (w.word && (w.cap !== 0 || /^(to|of|in|on|at|by|for|from|with|and|or|that|said|says)$/.test(w.lower))) break;
      // (a verb before a bare plural: "residents have put signs in their yards", "protesters carried placards")
      if (w.word && (AUXILIARIES.has(w.lower) || IRREGULAR_PAST.has(w.lower) || DISPLAY_VERBS.test(w.lower))) break;
    }
    // (without a relative pronoun before the verb: "hoisted a sign that read")
    let b = /^(that|which)$/.test(tokens[i - 1]!.lower) ? i - 2 : i - 1;
    // (nor an adverb before the verb: "A hand-painted sign on the lawn still read …")
    while (
      b > k &&
      tokens[b]!.word &&
      tokens[b]!.cap === 0 &&
      /^(still|also|once|simply|only|just|now|then|[a-z]{3,}ly)$/.test(tokens[b]!.lower)
    )
      b--;
    const text = withoutInvisible(doc.text.slice(tokens[a]!.start, tokens[b]!.end));
    const definite = /^(the|this|that)$/.test(tokens[a]!.lower);
    return { kind: 'desc', desc: { text, definite, head: t.lower.replace(/s$/, ''), group: false, gender: null }, first: a, last: b };
  }
  return null;
}

/** Verbs of holding up a sign in one's hands: "held signs", "carrying placards", "hoisted a banner" (not putting one up). */
const SIGN_HOLDING_VERBS =
  /^(hold|holds|held|holding|carry|carries|carried|carrying|wave|waves|waved|waving|raise|raises|raised|raising|hoist|hoists|hoisted|hoisting|lift|lifts|lifted|lifting|brandish|brandishes|brandished|brandishing|clutch|clutches|clutched|clutching|wield|wields|wielded|wielding)$/;

/**
 * The sign signBefore finds, or the people who hold it up when the verb of holding right before it has a subject: "Fans
 * held signs that read “…”", "Ruiz, 34, held up a placard reading “…”", "Roy stood at the gate holding a sign that read
 * “…”" (the holder shows the words as her own; PolNeAR marks the holder as the source). A sign no one holds keeps
 * speaking for itself: "A banner strung between two trees read “…”".
 */
function signOrHolder(doc: Doc, i: number, found: Found | null, seen: NewName[]): Found | null {
  const sign = signBefore(doc, i, found);
  return sign && (signHolder(doc, sign, seen) ?? sign);
}

/**
 * Is the "reading" at i the participle of a sign someone holds up: "Ruiz held up a placard reading “…”", "Marchers
 * carried signs reading “…”"? (A sign no one holds that is "reading" words stays no frame: "A banner reading “…” hung
 * from the crane.")
 */
function heldSignReading(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const prev = tokens[i - 1];
  if (tokens[i]!.lower !== 'reading' || !prev?.word || prev.cap !== 0 || doc.quoted[i - 1] || !SIGN_NOUNS.test(prev.lower)) return false;
  const sign = signBefore(doc, i, null);
  return !!sign && signHolder(doc, sign, []) !== null;
}

/** The subject of the verb of holding right before the sign found (see signOrHolder), or null. */
function signHolder(doc: Doc, sign: Found, seen: NewName[]): Found | null {
  return agentBefore(doc, sign.first, SIGN_HOLDING_VERBS, seen);
}

/** Nouns of a picture or a post whose caption is the words of whoever put it out: "shared a photo captioned “…”". */
const CAPTIONED_NOUNS = /^(photos?|photographs?|pictures?|pics?|images?|videos?|clips?|selfies?|snapshots?|posts?)$/;

/** Verbs of putting a picture or a post out: "shared a photo", "posted a video". */
const SHARING_VERBS =
  /^(share|shares|shared|sharing|post|posts|posted|posting|tweet|tweets|tweeted|tweeting|upload|uploads|uploaded|uploading|publish|publishes|published|publishing|release|releases|released|releasing)$/;

/**
 * The one who put out the picture or the post that is the subject found for "captioned" at i, right before it: "Ruiz
 * shared a photo captioned “Day one.”" (the caption is Ruiz's words, not the photo's); null when no one is named.
 */
function captionPoster(doc: Doc, i: number, subject: Found | null, seen: NewName[]): Found | null {
  if (doc.tokens[i]!.lower !== 'captioned' || subject?.kind !== 'desc' || subject.last !== i - 1) return null;
  if (!CAPTIONED_NOUNS.test(subject.desc!.head)) return null;
  return agentBefore(doc, subject.first, SHARING_VERBS, seen);
}

/**
 * The subject of a verb of verbs right before the noun phrase opening at first (past a particle: "held up a placard"),
 * or null: "Fans held signs", "Roy stood at the gate holding a sign", "Ruiz shared a photo". Never a sign, a document or
 * a picture.
 */
function agentBefore(doc: Doc, first: number, verbs: RegExp, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let v = first - 1;
  // (past a particle: "held up a placard", "held aloft a banner")
  if (tokens[v]?.word && /^(up|aloft|high)$/.test(tokens[v]!.lower)) v--;
  const verb = tokens[v];
  if (!verb?.word || verb.cap !== 0 || doc.quoted[v] || !verbs.test(verb.lower)) return null;
  const floor = sentStart(doc, v);
  const near = verb.lower.endsWith('ing') ? phraseBeforeParticiple(doc, floor, v, seen) : undefined;
  if (near === null) return null;
  const holder = near
    ? near
    : verb.lower.endsWith('ing')
      ? // (a participle's: the subject of the clause it follows, "Roy stood at the gate holding …", "Outside, about 40
        // parents gathered, waving placards that …")
        (sentenceSubject(doc, floor, v) ??
        sentenceDescription(doc, floor, v) ??
        (tokens[v - 1]?.raw === ',' ? subjectOfCommaParticiple(doc, floor, v, seen) : null) ??
        (tokens[v - 1]?.lower === 'and' ? afterCoordinatedParticiple(doc, floor, v + 1, seen) : null))
      : subjectBefore(doc, v, seen);
  if (!holder || holder.last >= v) return null;
  // (a sign, a document or a picture holds nothing: "the poster carried a slogan")
  const head = holder.kind === 'desc' ? holder.desc!.head : '';
  if (SIGN_NOUNS.test(head) || DOCUMENT_NOUNS.has(head) || CAPTIONED_NOUNS.test(head)) return null;
  return holder;
}

/**
 * Who holds what the participle at v holds, when a noun phrase ends right before it with no comma: the people that
 * phrase names, whom the participle modifies ("Officers held back a crowd waving banners …", "…, and residents carrying
 * signs … gathered outside"); undefined when the participle is the clause subject's (after a comma or a conjunction, a
 * verb, an adverb, or a place or thing after a preposition: "Roy stood at the gate holding a sign"); null when in doubt
 * (a thing or someone unknown as the verb's object: "Stewards escorted pensioners waving placards …"), so the sign
 * keeps its words.
 */
function phraseBeforeParticiple(doc: Doc, floor: number, v: number, seen: NewName[]): Found | null | undefined {
  const { tokens } = doc;
  const j = v - 1;
  const t = tokens[j];
  if (!t?.word || j <= floor || doc.quoted[j]) return undefined;
  if (t.cap === 0 && CLAUSE_WORDS_BEFORE_PARTICIPLE.test(t.lower)) return undefined;
  if (t.cap === 0 && (NP_BREAK.has(t.lower) || PLACE_ADVERBS.test(t.lower) || /^[a-z]{3,}ly$/.test(t.lower) || pastTense(t.lower)))
    return undefined;
  const key = keyEndingAt(doc, j);
  if (key) {
    const type = keyType(doc, key.key);
    if (type === 'place') return prepositionBefore(doc, floor, key.first) ? undefined : null;
    return (type === 'person' || type === 'organization') && opensClause(doc, floor, key.first)
      ? { kind: 'key', key: key.key, first: key.first, last: j }
      : null;
  }
  const named = t.cap === 1 ? subjectBefore(doc, v, seen) : null;
  if (named?.key && named.last === j && personOrNew(doc, named.key)) return opensClause(doc, floor, named.first) ? named : null;
  const desc = t.cap === 0 ? descEndingAt(doc, j, floor) : null;
  // (in doubt when a lower-case word that is no determiner opens it before a capitalised one, a verb taken in: "met
  // Greenpeace activists")
  const opener = desc ? tokens[desc.first]! : null;
  let verbIn = !!opener && opener.cap === 0 && !DETERMINERS.has(opener.lower) && (tokens[desc!.first + 1]?.cap ?? 0) > 0;
  // (or a verb in the past inside it: "Berg addressed farmers")
  for (let k = desc?.first ?? j; k < j && !verbIn; k++) verbIn = tokens[k]!.cap === 0 && pastTense(tokens[k]!.lower);
  if (desc?.kind === 'desc' && holderNoun(desc.desc!.head)) return verbIn ? null : desc;
  // (a place or a thing after a preposition: "stood at the gate holding …", "gathered in the square waving …")
  return prepositionBefore(doc, floor, desc?.kind === 'desc' ? desc.first : j) ? undefined : null;
}

/**
 * Does the name opening at first open its clause (the sentence, or after a comma or "and"/"but"/"while"), rather than
 * stand as a verb's object? A name that is the object is in doubt as the one holding the sign: in "Cheering supporters
 * greeted Tom Berg waving signs that read “…”" the supporters are as likely to wave them.
 */
function opensClause(doc: Doc, floor: number, first: number): boolean {
  const before = doc.tokens[first - 1];
  return first <= floor || !before || before.raw === ',' || /^(and|but|while|as|when)$/.test(before.lower);
}

/** Words after which a participle belongs to the clause's subject: "Hundreds marched, some carrying …", "stood there holding …". */
const CLAUSE_WORDS_BEFORE_PARTICIPLE =
  /^(some|many|most|others|several|all|both|each|few|stood|sat|ran|came|went|walked|marched|together|alone|again)$/;

/** A noun of a person or a group of people, who can hold a sign up: "a crowd", "residents", "the students". */
function holderNoun(head: string): boolean {
  return (
    (SPEAKER_NOUNS.has(head) || GROUP_NOUNS.has(head) || PEOPLE_PLURALS.test(head) || FEMALE_NOUNS.has(head) || MALE_NOUNS.has(head)) &&
    !DOCUMENT_NOUNS.has(head)
  );
}

/** Is the phrase opening at first the object of a preposition, within four words of it: "at the library door", "in Oster Square"? */
function prepositionBefore(doc: Doc, floor: number, first: number): boolean {
  const { tokens } = doc;
  for (let k = first - 1; k > floor && k >= first - 4; k--) {
    const t = tokens[k]!;
    if (!t.word || doc.quoted[k]) return false;
    if (t.cap === 0 && PARTICIPLE_HOLD_PREPS.test(t.lower)) return true;
    if (t.cap === 0 && (NP_BREAK.has(t.lower) || pastTense(t.lower))) return false;
  }
  return false;
}

/** Prepositions of place or time a participle's clause may end in: "at the gate", "outside city hall", "in the rain". */
const PARTICIPLE_HOLD_PREPS =
  /^(at|in|on|near|outside|inside|around|across|along|through|past|behind|beside|by|from|into|onto|to|toward|towards|under|over|during|after|before)$/;

/** The comma inside a number written with thousands: "1,400" (the tokenizer splits it). */
export function numberComma(doc: Doc, k: number): boolean {
  const [a, c, b] = [doc.tokens[k - 1], doc.tokens[k]!, doc.tokens[k + 1]];
  return c.raw === ',' && !!a && !!b && a.end === c.start && c.end === b.start && /^[0-9]+$/.test(a.raw) && /^[0-9]+$/.test(b.raw);
}

/** Words of a time phrase ending in "ago": "less than two weeks ago", "a few days ago", "about 20 years ago". */
const AGO_PHRASE =
  /^([0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|of|several|many|less|more|than|about|nearly|almost|just|only|some|(second|minute|hour|day|week|month|year|decade)s?)$/;

/**
 * Is the word at k a legal suffix's second, after a first abbreviated with its dot and a capitalised word before them
 * ("Canadian Tire Corp. Ltd.", "Empire Co. Ltd.", "Loblaw Cos. Ltd.")? The name runs on past that dot.
 */
function suffixDotBefore(tokens: ReadonlyArray<Token>, k: number): boolean {
  const word = tokens[k - 3];
  const abbr = tokens[k - 2];
  const dot = tokens[k - 1];
  return (
    dot?.raw === '.' &&
    !!abbr?.word &&
    abbr.cap === 1 &&
    abbr.end === dot.start &&
    (LEGAL_SHORT.has(abbr.lower) || abbr.lower === 'cos') &&
    !!word?.word &&
    word.cap > 0 &&
    !abbr.gap &&
    dot.end < tokens[k]!.start
  );
}

/** The last word of a company's name whose legal suffix at j may have a second after its dot: "Empire Co. Ltd.". */
function pastSecondSuffix(tokens: ReadonlyArray<Token>, j: number, end: number): number {
  return j + 2 <= end && LEGAL_SHORT.has(tokens[j + 2]!.lower) && suffixDotBefore(tokens, j + 2) ? j + 2 : j;
}

/**
 * The last word of a company's name after a possessive inside it, from j (the word after "'s"): one to three capitalised
 * words, the last a legal suffix, and a second suffix after the first's dot ("Hudson's Bay Co. Ltd."), closing the phrase
 * (the sentence's end, punctuation or a word that is no part of a noun phrase: "said Macy's Inc. in a statement"); or -1.
 */
function legalNameEnd(doc: Doc, j: number, end: number): number {
  const { tokens } = doc;
  for (let e = j; e <= Math.min(end, j + 2) && tokens[e]!.word && tokens[e]!.cap === 1 && !doc.quoted[e]; e++) {
    if (!legalSuffix(tokens[e]!.lower)) continue;
    const last = pastSecondSuffix(tokens, e, end);
    const dot = tokens[last + 1]?.raw === '.' && tokens[last + 1]!.start === tokens[last]!.end ? 1 : 0;
    const next = last + 1 + dot <= end ? tokens[last + 1 + dot] : undefined;
    return !next || !next.word || (next.cap === 0 && NP_BREAK.has(next.lower)) ? last : -1;
  }
  return -1;
}

/**
 * Is the "that" at w a relative pronoun after a noun: "groups that have endorsed him", "The unit that investigates
 * shootings"? A plural before an auxiliary, or a common noun before a verb in -s or -ed (not a complement's
 * subject: "the fact that Lund resigned", "said that the plan …").
 */
function relativeThat(doc: Doc, w: number): boolean {
  const prev = doc.tokens[w - 1];
  const next = doc.tokens[w + 1];
  if (!prev?.word || !next?.word || next.cap !== 0) return false;
  // (a noun opening the sentence is capitalised: "Groups that have endorsed him say")
  const noun = prev.cap === 1 && doc.nameCtx.initial[w - 1] ? { ...prev, cap: 0 } : prev;
  // a plural before an auxiliary or a plain verb: "groups that have endorsed him", "agencies that run the ferries"
  if (
    pluralNoun(noun) &&
    (AUXILIARIES.has(next.lower) ||
      (!NP_BREAK.has(next.lower) && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !/ly$/.test(next.lower)))
  )
    return true;
  return (
    noun.cap === 0 &&
    !NP_BREAK.has(prev.lower) &&
    !SPEECH_VERBS.has(prev.lower) &&
    !DETERMINERS.has(next.lower) &&
    !PRONOUNS.has(next.lower) &&
    // (or an irregular past: "The archdiocese that ran the school said", not after a verb: "knew that took …")
    ((/[a-z](s|ed)$/.test(next.lower) && !/(ss|us|is)$/.test(next.lower)) ||
      (IRREGULAR_PAST.has(next.lower) && !IRREGULAR_PAST.has(prev.lower)))
  );
}

/**
 * The subject of the verb at v when a lower-case "what" opens its clause after the subject found: the person named, or
 * the pronoun, between "what" and the verb ("what Mayor Ada Lund calls", "what she called"), or a description there
 * ("what researchers say they need"); null for a group's label ("what critics call a 'harbour tax'") and when the verb
 * is followed by an auxiliary ("what the witnesses said was …"). When no "what" opens the clause, the subject found.
 */
function insideWhat(doc: Doc, s: Found, v: number): Found | null {
  const { tokens } = doc;
  let w = v - 1;
  while (w > s.first && v - w <= 7 && tokens[w]!.word && !doc.quoted[w] && tokens[w]!.lower !== 'what') w--;
  if (w <= s.first || tokens[w]!.lower !== 'what' || tokens[w]!.cap !== 0 || !tokens[w]!.word) return s;
  let e = v - 1;
  while (e > w + 1 && AUXILIARIES.has(tokens[e]!.lower)) e--;
  const pronoun = e === w + 1 ? PRONOUNS.get(tokens[e]!.lower) : undefined;
  if (pronoun && pronoun !== 'neuter') return { kind: 'pronoun', pronoun, first: e, last: e };
  const k = keyEndingAt(doc, e);
  if (k && k.first > w && isPersonKey(doc, k.key)) return { kind: 'key', key: k.key, first: k.first, last: e };
  // a description: "what researchers say they need" (not a group's label: "what critics call a “harbour tax”")
  // ("what the witnesses said was an agreement": "what" is the subject of the verb after, the clause no report)
  const d = k || AUXILIARIES.has(tokens[v + 1]?.lower ?? '') ? null : descEndingAt(doc, e, w + 1);
  return d && d.first > w && !(NAMING_WORDS.test(doc.tokens[v]!.lower) && /s$/.test(d.desc?.head ?? '')) ? d : null;
}

/** Verbs that give a thing a name. */
const NAMING_WORDS = /^(call|calls|called|dub|dubs|dubbed|label|labels|labeled|labelled|term|terms|termed|brand|brands|branded)$/;

/** The nouns of a military unit that a number opens: "3rd Battalion", "2 Wing", "413 Squadron". */
const MILITARY_UNITS = /^(battalion|regiment|brigade|division|wing|squadron|company|battery|flotilla|fleet|corps|platoon|group)$/;

/**
 * Is the comma at k inside a unit's name, after its number and noun and before the capitalised name of the formation
 * it belongs to: "3rd Battalion, Royal Lorne Regiment", "2 Wing, Corbin Air Base"?
 */
function unitComma(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const unit = tokens[k - 1];
  const number = tokens[k - 2];
  const next = tokens[k + 1];
  return (
    !!unit?.word &&
    unit.cap > 0 &&
    MILITARY_UNITS.test(unit.lower) &&
    !!number &&
    /^([0-9]+(st|nd|rd|th)?|first|second|third|fourth|fifth)$/i.test(number.raw) &&
    !!next?.word &&
    next.cap > 0
  );
}

/**
 * A group of people that speaks in a relative clause with no relative pronoun, right after the noun the clause
 * modifies, its verb of saying followed by the reported verb whose subject is that noun: "a system officials say is
 * near its breaking point", "a decision many residents say will haunt the town" (the group: a speaker's or a group's
 * noun in the plural, after a quantifier or not; the noun before it: a lower-case noun after its determiner).
 */
function contactRelativeGroup(doc: Doc, v: number, floor: number): Found | null {
  const { tokens } = doc;
  const verb = tokens[v]!;
  if (!/^(say|said)$/.test(verb.lower) || !contactGap(tokens[v + 1])) return null;
  const head = tokens[v - 1];
  if (!pluralNoun(head) || !(SPEAKER_NOUNS.has(head!.lower) || GROUP_NOUNS.has(head!.lower))) return null;
  const first = v - 2 > floor && /^(many|some|most|several|other|few)$/.test(tokens[v - 2]!.lower) ? v - 2 : v - 1;
  if (!contactNounBefore(doc, first, floor)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[first]!.start, head!.end));
  return { kind: 'desc', desc: { text, definite: false, head: head!.lower, group: true, gender: null }, first, last: v - 1 };
}

/** Does the verb of a reported clause whose subject is gapped open at t: an auxiliary or a past tense ("is", "will", "was")? */
function contactGap(t: Token | undefined): boolean {
  return !!t?.word && t.cap === 0 && (AUXILIARIES.has(t.lower) || pastTense(t.lower));
}

/**
 * Is the word before the group at `first` a lower-case noun that a determiner opens, at most three modifiers between
 * ("a system", "the new ramp", "its biggest risk", "the smaller elementary class sizes"), with no verb, preposition or
 * conjunction among them?
 */
export function contactNounBefore(doc: Doc, first: number, floor: number): boolean {
  const { tokens } = doc;
  const n = tokens[first - 1];
  if (!n?.word || n.cap !== 0 || doc.quoted[first - 1] || NP_BREAK.has(n.lower) || DETERMINERS.has(n.lower) || /(ly|ing|ed)$/.test(n.lower))
    return false;
  if (SPEECH_VERBS.has(n.lower) || QUANTIFIER_PRONOUNS.test(n.lower)) return false;
  for (let k = first - 2; k >= Math.max(floor, first - 5); k--) {
    const t = tokens[k]!;
    if (!t.word || doc.quoted[k]) return false;
    // (or a quantifier or a demonstrative: "one scene she wrote", "some people he met", "those costs they cited")
    if (/^(a|an|the|its|his|her|their|our|my|your|this|these|those|every|each|one|another|some|any|no)$/.test(t.lower)) return true;
    // (a participle right after the article is a modifier: "the enhanced severance the company promised")
    const modifier = /ed$/.test(t.lower) && /^(a|an|the)$/.test(tokens[k - 1]?.lower ?? '');
    if (t.cap !== 0 || NP_BREAK.has(t.lower) || AUXILIARIES.has(t.lower) || (/(ed|ly)$/.test(t.lower) && !modifier)) return false;
  }
  return false;
}

/** Adverbs of place that may stand between a subject and its verb: "Officials there said". */
const PLACE_ADVERBS = /^(there|here|nearby|outside|inside|locally|abroad|overseas|elsewhere|nationwide)$/;

/** Whether the words [from, to) of a relative clause are a few in lower case, no verb of saying nor auxiliary among them. */
function plainRelative(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  return to > from && tokens.slice(from, to).every((x) => x.word && x.cap === 0 && !SPEECH_VERBS.has(x.lower) && !AUXILIARIES.has(x.lower));
}

/** Whether the sentence (or its clause) closes right after the verb at v and a day or a time: "said.", "warned Wednesday,". */
function closesAfterVerb(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  let k = v + 1;
  if (tokens[k]?.lower === 'on' && DAYS_MONTHS.has(tokens[k + 1]?.lower ?? '')) k++;
  if (DAYS_MONTHS.has(tokens[k]?.lower ?? '') || TIME_WORDS.has(tokens[k]?.lower ?? '')) k++;
  return /^[.,;!?]$/.test(tokens[k]?.raw ?? '') && !doc.quoted[k];
}

/**
 * Do tokens a to b (exclusive) make a phrase of the channel a speaker spoke through, naming a go-between: "through his
 * lawyer", "speaking through her spokesman", "via its secretary", "in a statement by the ministry's director of
 * information", "in a statement signed by its spokesman" (no comma, no quotation, a dozen words at most)?
 */
function mediumAside(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  if (b - a > 12) return false;
  for (let i = a; i < b; i++) if (doc.quoted[i] || !(tokens[i]!.word || tokens[i]!.key === "'s")) return false;
  const w = (i: number): string => tokens[i]?.lower ?? '';
  let i = w(a) === 'speaking' ? a + 1 : a;
  if (/^(through|via)$/.test(w(i))) return i + 2 < b + 1 && /^(his|her|its|their|the|a|an)$/.test(w(i + 1));
  if (w(i) !== 'in' || !/^(a|an|the|his|her|its|their)$/.test(w(i + 1)) || !DOCUMENT_NOUNS.has(w(i + 2))) return false;
  for (i += 3; i < b; i++) if (/^(by|from)$/.test(w(i))) return i + 1 < b;
  return false;
}

/** Scan back from the verb at v for its subject, over fillers, parentheticals and appositions. */
function subjectBefore(doc: Doc, v: number, seen: NewName[]): Found | null {
  const s = scanSubjectBefore(doc, v, seen);
  if (s && s.kind === 'key') {
    const head = headBeforeAddedAside(doc, s, v, seen) ?? groupOfExample(doc, s, v, seen);
    if (head) return head;
  }
  return s && s.kind !== 'pronoun' ? (firstConjunct(doc, s, v) ?? s) : s;
}

/**
 * The group a name found before the verb at v is only an example of, "such as", "like" or "including" joining them with
 * no comma: "Critics such as Sen. Tom Berg say …" is the critics' (Berg is one of them, whose own words these are not),
 * "Groups like the Harbour Trust argue …", "Experts including Dr. Ana Li warn …". (With commas, "Critics, such as Sen.
 * Tom Berg, say …", the aside is found as such; a named head, "Berg, like Lund, said …", is no group.)
 */
function groupOfExample(doc: Doc, s: Found, v: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const floor = sentStart(doc, v);
  // (not when the verb is the example's own, in a relative clause after it: "voters like Sen. Tom Berg, who says …")
  if (tokens[s.last + 1]?.raw === ',' && /^(who|whom|whose)$/.test(tokens[s.last + 2]?.lower ?? '')) return null;
  let k = titleRunFrom(doc, s.first, floor) - 1;
  // (past a role in lower case or an article before the name: "such as state senator Tom Berg", "like the Harbour Trust")
  const past = (): void => {
    for (let n = 0; n < 3 && k > floor && (roleWord(tokens[k]) || /^(the|former|state|city)$/.test(tokens[k]!.lower)); n++) k--;
  };
  past();
  // (the first of two examples: "Critics such as Tom Berg and Ana Li say …")
  const other = /^(and|or)$/.test(tokens[k]?.lower ?? '') ? keyEndingAt(doc, k - 1) : null;
  if (other) {
    k = titleRunFrom(doc, other.first, floor) - 1;
    past();
  }
  const w = (i: number): string => (tokens[i]?.word && tokens[i]!.cap === 0 && !doc.quoted[i] ? tokens[i]!.lower : '');
  const m = w(k) === 'as' && w(k - 1) === 'such' ? k - 2 : /^(like|including)$/.test(w(k)) ? k - 1 : -1;
  if (m < floor || !tokens[m]!.word || doc.quoted[m]) return null;
  const head = subjectAt(doc, m, floor, seen);
  // (a party's or a people's plural read as its body is the group too: "Republicans such as state senator Tom Berg")
  const members = head?.kind === 'key' && head.first === m && pluralNoun({ ...tokens[m]!, cap: 0 }) && /[^s]s$/.test(tokens[m]!.lower);
  if (!head || head.last !== m || !(members || (head.kind === 'desc' && head.desc))) return null;
  // (the group is the sentence's subject, at its start or after an opening phrase, or the frame's after the words they
  // close with a comma ("“The bill is dead,” Republicans such as Tom Berg said"), not an object: "The levy has critics
  // such as …", "The mayor met critics like …", "Do critics such as … say …?")
  const framed = /^["”’]$/.test(tokens[head.first - 1]?.raw ?? '') && tokens[head.first - 2]?.raw === ',';
  if (head.first !== floor && tokens[head.first - 1]?.raw !== ',' && !framed) return null;
  // (a plural of people or of bodies: "critics", "groups", "Republicans"; not "A critic like Berg")
  if (!members && !head.desc!.group && !/[^s]s$/.test(head.desc!.head)) return null;
  // the group with the examples it names, as the speaker: "Critics such as Sen. Tom Berg" (the sentence names Berg as one
  // of those who say it, not as the one whose words these are; PolNeAR's Source spans the whole phrase too)
  const text = withoutInvisible(doc.text.slice(tokens[head.first]!.start, tokens[s.last]!.end));
  const h = head.desc?.head ?? tokens[m]!.lower;
  return { kind: 'desc', desc: { text, definite: false, head: h, group: true, gender: null }, first: head.first, last: s.last };
}

/**
 * The head of the subject when the name found before the verb at v is in apposition to a noun phrase added to it by
 * "along with", "together with", "as well as" or "alongside": "Council clerk Ines Calder, along with her deputy, Paul
 * Okafor, who ran the count, said …" is Calder's (the deputy is only added to her).
 */
function headBeforeAddedAside(doc: Doc, s: Found, v: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const floor = sentStart(doc, v);
  const k = titleRunFrom(doc, s.first, floor) - 1;
  if (tokens[k]?.raw !== ',' || doc.quoted[k]) return null;
  // (back over the short noun phrase the name stands in apposition to: "her deputy")
  let g = k;
  while (g - 1 > floor && k - g < 5 && tokens[g - 1]!.word && tokens[g - 1]!.cap === 0 && !doc.quoted[g - 1]) g--;
  if (g === k) return null;
  const w = (i: number): string => (tokens[i]?.word && tokens[i]!.cap === 0 ? tokens[i]!.lower : '');
  let c = -1;
  for (let a = g; a < k - 1 && c < 0; a++) {
    if (w(a) === 'with' && /^(along|together)$/.test(w(a - 1))) c = a - 2;
    else if (w(a) === 'alongside') c = a - 1;
    else if (w(a) === 'as' && w(a + 1) === 'well' && w(a + 2) === 'as') c = a - 1;
    if (c >= 0 && c !== g - 1 && !(c === g - 2 && w(a) === 'with')) c = -2;
  }
  if (c < 0 || tokens[c]?.raw !== ',' || c - 1 <= floor || doc.quoted[c]) return null;
  const head = subjectWithPP(doc, c - 1, floor, seen);
  if (!head || head.last !== c - 1 || head.kind === 'pronoun') return null;
  // (the head opens the sentence, past the words of a role before it: "Council clerk Ines Calder")
  const from = firstWordAt(doc, floor);
  if (head.first - from > 3) return null;
  for (let m = from; m < head.first; m++) if (!tokens[m]!.word || doc.quoted[m]) return null;
  return head;
}

/**
 * The first of two subjects joined by "and" when the subject found before the verb at v is the second, past a phrase
 * or an apposition coordinatedSubject does not take, when the first is a pronoun that opens the sentence: "She and a
 * photographer from the paper said …", "She and the paper's editor, Ann Ward, said …" (she, never the second alone).
 */
function firstConjunct(doc: Doc, s: Found, v: number): Found | null {
  const { tokens } = doc;
  const floor = sentStart(doc, v);
  let k = (s.kind === 'key' ? titleRunFrom(doc, s.first, floor) : s.first) - 1;
  // (past the comma of an apposition: "the paper's editor, Ann Ward")
  if (tokens[k]?.raw === ',') k--;
  for (let n = 0; k > floor && n < 8; k--, n++) {
    const t = tokens[k]!;
    if (doc.quoted[k] || (!t.word && t.key !== "'s")) return null;
    if (t.lower !== 'and') continue;
    const mine: NewName[] = [];
    const a = subjectAt(doc, k - 1, floor, mine);
    if (!a || a.kind !== 'pronoun' || a.last !== k - 1 || !speakingConjunct(doc, a) || !opensSentence(doc, floor, a.first)) return null;
    // (the words between are a noun phrase, no verb: not "She left early and the editor, Ann Ward, said")
    for (let m = k + 1; m < s.first; m++) {
      const w = tokens[m]!;
      if (w.word && w.cap === 0 && (AUXILIARIES.has(w.lower) || pastTense(w.lower) || SPEECH_VERBS.has(w.lower))) return null;
    }
    return a;
  }
  return null;
}

/**
 * A restrictive "that" or "which" at j before the verb at v, right after a document's, a sign's or an organisation's
 * noun: the words are that phrase's, not the sentence subject's ("Lund posted it under a headline that said “…”", "she
 * cited a report which said …", "a union that says …"); not a person's noun, nor a thing that does not speak, and only a
 * verb that says or writes words (not "from Walter Energy, a company that had declared bankruptcy"); or null.
 */
function relativeSayer(doc: Doc, j: number, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const t = tokens[j];
  if (
    !t?.word ||
    !/^(that|which)$/.test(t.lower) ||
    !tokens[j - 1]?.word ||
    tokens[j - 1]!.cap !== 0 ||
    doc.quoted[j - 1] ||
    !RELATIVE_SAYING.test(tokens[v]!.lower)
  )
    return null;
  const o = subjectAtRaw(doc, j - 1, floor, seen);
  const head = o?.kind === 'desc' && o.last === j - 1 ? o.desc!.head : '';
  return head && (DOCUMENT_NOUNS.has(head) || SIGN_NOUNS.test(head) || ORG_HEADS.has(head)) && o!.first > firstWordAt(doc, floor)
    ? o
    : null;
}

/**
 * The verb of issuing, posting, writing or sending a document's noun phrase opening at `first` stands right after (past
 * an article or a possessive): "issued a statement", "posted a message", "put out a statement"; or -1.
 */
function issuedObject(doc: Doc, first: number): number {
  const { tokens } = doc;
  let p = first - 1;
  if (tokens[p]?.word && /^(a|an|the|its|his|her|their|our|my)$/.test(tokens[p]!.lower)) p--;
  if (tokens[p]?.word && tokens[p]!.lower === 'out' && /^(put|puts|putting|sent|send|sends|sending)$/.test(tokens[p - 1]?.lower ?? ''))
    return doc.quoted[p - 1] ? -1 : p - 1;
  const t = tokens[p];
  return !!t?.word &&
    !doc.quoted[p] &&
    /^(issued?|issues|issuing|posted|posts?|posting|wrote|writes?|writing|written|sent|sends?|sending|released?|releases|releasing|published|publish(es)?|publishing|tweeted|tweets?|emailed|e-mailed|mailed|filed|submitted|drafted|circulated|distributed|signed|penned|delivered|read)$/.test(
      t.lower,
    )
    ? p
    : -1;
}

function scanSubjectBefore(doc: Doc, v: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (a dateline is no part of the subject's sentence: "TESSIN, Ardania — The shelling began just after dawn, said Fatima
  // Rahal, and …" is not TESSIN's, its words between commas no apposition)
  const start = sentStart(doc, v);
  const dated = pastDateline(doc, start, v);
  // (or past a comparison the sentence opens with, closed by its comma before the verb, whose noun is never the subject:
  // "Unlike Ruiz, who lost, the mayor, 61, said …", "Like Paul Okafor, he told reporters …")
  const compared = frontedComparisonAt(tokens, firstWordAt(doc, start), v)?.comma ?? -1;
  const floor = dated > firstWordAt(doc, start) && dated < v ? dated - 1 : compared > start && compared < v - 1 ? compared : start;
  // a place's adverb between the subject and its verb: "Officials there said", "Residents nearby say", "Protesters
  // outside chanted" (not after a participle, whose adverb it is: "A second pilot flying nearby radioed")
  const place = tokens[v - 1];
  if (
    place?.word &&
    place.cap === 0 &&
    PLACE_ADVERBS.test(place.lower) &&
    !doc.quoted[v - 1] &&
    tokens[v - 2]?.word &&
    v - 2 >= floor &&
    !/ing$/.test(tokens[v - 2]!.lower)
  ) {
    const s = scanSubjectBefore(doc, v - 1, seen);
    if (s && s.last === v - 2 && s.kind !== 'pronoun') return s;
  }
  // a province or a state after a place's name, right before the verb, is no aside: the place's name goes on through it,
  // "A farmer who lives outside Moncton, N.B., said" is the farmer's, as "A farmer who lives outside Moncton said" is,
  // not Moncton's (the subject is found as if the verb stood at the comma after the place's name; when none is, as
  // after an aside the place ends, "Tom Hale, of Brandon, Man., said", or when it is a description in apposition to a
  // name, "Ann Berg, a teacher from Halifax, N.S., said", the asides are read as before, the name the subject)
  // (read as before without the province, which closes the place's aside as the place alone would: "Another passenger,
  // Lea Roy, 58, of Gatineau, Que., said" as "…, of Gatineau, said", "Ned Pratt, 50, a welder in Truro, N.S., said" as
  // "…, a welder in Truro, said", the name the subject)
  let region = -1;
  if (tokens[v - 1]?.raw === ',' && !doc.quoted[v - 1]) {
    let k = v - 2;
    while (k > floor && v - k < 6 && tokens[k]!.raw !== ',') k--;
    if (tokens[k]?.raw === ',' && k - 1 > floor && tokens[k - 1]!.cap > 0 && regionAside(tokens, k + 1, v - 1)) region = k;
    // (but when the place closes a relative clause set off by commas after the subject, the subject is the one before
    // the clause: "Doug Sawyer, who farms near Pine Lake, Alta., said" is Sawyer's, not the lake's)
    const rel = region >= 0 ? relativeWithCommas(doc, floor, k, v - 1, seen) : null;
    if (rel) return rel;
    const s = region >= 0 ? scanSubjectBefore(doc, k, seen) : null;
    if (s && !(s.kind === 'desc' && tokens[s.first - 1]?.raw === ',' && apposedToName(doc, s.first - 1))) return s;
  }
  const contact = contactRelativeGroup(doc, v, floor);
  if (contact) return contact;
  // (past "both", "each" or "all" and an auxiliary: "Berg and Lund have both argued", "Berg and Lund each said")
  let w = v;
  while (w - 1 > floor && v - w < 3 && /^(both|each|all|have|had)$/.test(tokens[w - 1]!.lower) && tokens[w - 1]!.word) w--;
  const both =
    coordinatedSubject(doc, v, floor, seen) ??
    (w < v ? coordinatedSubject(doc, w, floor, seen) : null) ??
    framedGroup(doc, v, floor) ??
    listedGroups(doc, v, floor);
  if (both) return both;
  const head = relativeClauseHead(doc, v, floor, seen);
  if (head !== undefined) return head;
  // (the words of a document or a sign in a relative clause right before the verb are its own, whatever subject a
  // participle would give: "Marchetti posted the story under a headline that said …" is no post-modified subject)
  // (not a document the sentence's subject issues, posts or writes: "The ministry issued a statement that said …",
  // "Marchetti posted a message that said …" are the words of that verb's subject)
  const sayer = relativeSayer(doc, v - 1, v, floor, seen);
  if (sayer) {
    const issued = issuedObject(doc, sayer.first);
    if (issued < 0) return sayer;
    const issuer = scanSubjectBefore(doc, issued, seen);
    if (issuer) return issuer;
  }
  // (a relative clause with no pronoun on the subject's noun, its verb followed by a time: "The statement the company
  // issued on Monday said …" is the statement's, not a "company issued on Monday")
  const timed = relativePastTime(doc, v, floor);
  if (timed) return timed;
  const post =
    postModifiedSubject(doc, v, floor, seen) ??
    documentPutOutSubject(doc, v, floor, seen) ??
    quotedNameBeforeVerb(doc, v, floor, seen) ??
    phraseOfQuotedTerm(doc, v, floor, seen);
  if (post) return post;
  // (a person and the name in quotation marks they go by, right before the verb: "A man calling himself “the Captain”
  // said …")
  const alias = tokens[v - 1]?.word === false ? personNamedAs(doc, v, floor, seen) : null;
  if (alias) return alias;
  let j = v - 1;
  // (a name in quotation marks that closes an aside, the aside's comma inside the marks: "The group, which calls itself
  // “Friends of the Pier,” said …" as with the comma outside them)
  if (tokens[v - 1]?.word === false && namedAsideComma(doc, v, floor)) {
    const aside = asideBefore(doc, v, floor, v - 2, seen);
    if (typeof aside !== 'number') return aside;
    j = aside;
  }
  if (region >= 0 && j === v - 1) j = region;
  let steps = 0;
  while (j >= floor && steps++ < 30) {
    const t = tokens[j]!;
    if (doc.quoted[j]) return null;
    if (
      t.word &&
      (SUBJECT_VERB_FILLERS.has(t.lower) ||
        // a negated filler written as one word: "The union didn't say whether …", "The company hasn’t said …"
        (/n['’]t$/.test(t.lower) && /^(is|was|has|have|had|did|does|do)$/.test(t.lower.slice(0, -3))) ||
        // (an adverb in -ly, not a noun: "A pro-government daily said")
        (t.cap === 0 && t.lower.length > 4 && /ly$/.test(t.lower) && !SPEAKER_NOUNS.has(t.lower) && !ORG_HEADS.has(t.lower)) ||
        // "has" or "had" contracted onto a relative pronoun: "Haugland, who’s argued for years that …"
        (/^['’](s|d)$/.test(t.raw) && tokens[j - 1]?.lower === 'who') ||
        // a reflexive that stresses the subject: "Ford itself said", "Sanders himself acknowledged"
        (/^(himself|herself|itself|themselves)$/.test(t.lower) && j === v - 1 && !!tokens[j - 1]?.word) ||
        // the present perfect of a progressive, written out: "The port authority has been warning that …"
        (t.lower === 'been' && j === v - 1 && /^(has|have)$/.test(tokens[j - 1]?.lower ?? ''))) &&
      !keyEndingAt(doc, j)
    ) {
      j--;
      continue;
    }
    // "Sen. Jack Reeve (D-R.I.), said": a stray comma after a party tag
    if (t.raw === ',' && j === v - 1 && tokens[j - 1]?.raw === ')') {
      const e = pastParty(doc, j - 1, floor);
      // not past a nickname in quotation marks: 'Del. Marcia "Cia" Price (D-Va.), shouted'
      const nick = [1, 2, 3].some((d) => doc.quoted[e - d]);
      if (e !== j - 1 && tokens[e]!.word && tokens[e]!.cap > 0 && !nick) {
        j = e;
        continue;
      }
    }
    if (t.word && (t.lower === "n't" || t.lower === 'not')) {
      j--;
      continue;
    }
    // letters after a name: "Jane Harker MP said", "Declan Fahy TD said"
    if (t.word && POST_NOMINAL.test(t.raw) && keyEndingAt(doc, j - 1)) {
      j--;
      continue;
    }
    // the dot of a company's abbreviated suffix: "Harbour Foods Inc. said", "Loblaw Companies Ltd. said"
    const abbr = tokens[j - 1];
    if (
      t.raw === '.' &&
      j === v - 1 &&
      abbr?.word &&
      abbr.cap > 0 &&
      abbr.end === t.start &&
      (LEGAL_SHORT.has(abbr.lower) || nameSuffixDot(doc, j))
    ) {
      // (past the suffix too when the name before it was matched without it: "Joseph R. Biden Jr. said")
      j = nameSuffixDot(doc, j) ? beforeNameSuffix(doc, j) : j - 1;
      continue;
    }
    // "did" before the verb: "… but did note that …", "but did not suggest …"; or right before it after its subject, a
    // stress on what was said: "Lund did say that …", "He does tell voters that …" (not a question's: "Why did Lund say")
    const before = tokens[j - 1];
    if (
      t.word &&
      /^(did|does|do)$/.test(t.lower) &&
      (/^(and|but)$/.test(before?.lower ?? '') ||
        (j === v - 1 &&
          j - 1 >= floor &&
          // (or after the comma that closes an aside or an apposition: "Harland, however, did suggest that …")
          ((before!.raw === ',' && j - 1 > floor) ||
            (before!.word &&
              !/^(what|why|how|where|when|who|whom|which|whether|if|nor|so|neither|to|it|this|that|there)$/.test(before!.lower) &&
              (before!.cap > 0 || /^(he|she|they|we|i)$/.test(before!.lower) || SPEAKER_NOUNS.has(before!.lower)))) &&
          // (nor a free relative's: "What Lund did say was …")
          !tokens.slice(floor, j).some((x) => x.word && /^(what|whatever|all)$/.test(x.lower))))
    ) {
      j--;
      continue;
    }
    // a time between the subject and its verb: "Senator Ada Berg last week said", "Aas on Thursday said", "… have in the past said"
    if (
      t.word &&
      (TIME_WORDS.has(t.lower) || (t.lower === 'past' && tokens[j - 1]?.lower === 'the')) &&
      j - 1 > floor &&
      !keyEndingAt(doc, j)
    ) {
      let k = j - 1;
      if (t.lower === 'past' && tokens[j - 2]?.lower === 'in') k = j - 3;
      else if (tokens[k]!.word && /^(on|last|this|early|late|earlier|later)$/.test(tokens[k]!.lower)) k--;
      // (or after the comma that closes an apposition: "Berg, who backed Dahl, last week said")
      if (tokens[k]?.word || (/^[,)]$/.test(tokens[k]?.raw ?? '') && k < j - 1)) {
        j = k;
        continue;
      }
    }
    // "he's saying": the contracted "be" after its pronoun
    if (j === v - 1 && /^['’](s|re|m)$/.test(t.raw) && PRONOUNS.has(tokens[j - 1]?.lower ?? '')) {
      j--;
      continue;
    }
    // a time phrase between the subject and its verb: "The State Department less than two weeks ago said"
    if (t.word && t.lower === 'ago') {
      let k = j - 1;
      while (k > floor && tokens[k]!.word && AGO_PHRASE.test(tokens[k]!.lower)) k--;
      if (k < j - 1) {
        j = k;
        continue;
      }
    }
    if (t.raw === ')') {
      let k = j - 1;
      while (k >= floor && tokens[k]!.raw !== '(' && j - k < 15) k--;
      if (k < floor || tokens[k]!.raw !== '(') return null;
      j = k - 1;
      continue;
    }
    // a dash typed as two hyphens or one between spaces: "Jon Kall -- co-editor of …, a book on debates -- said"
    if (t.raw === '-' && !joiningHyphen(doc, j) && !joiningHyphen(doc, j - 1)) return subjectBeforeTypedDash(doc, floor, j, seen);
    const thenComma = t.raw === ',' && tokens[j + 1]?.lower === 'then' && j + 1 < v;
    if ((t.raw === ',' && !thenComma) || t.raw === '—' || t.raw === '–') {
      const aside = asideBefore(doc, v, floor, j, seen);
      if (typeof aside !== 'number') return aside;
      j = aside;
      continue;
    }
    // (or "who" with "has"/"had" contracted onto it: "Lindqvist, who’d warned that …")
    // (or a dash that opens the aside, as a comma does: "Mayor Ana Ruiz — who previously said she would veto it — argued")
    const asideMark =
      tokens[j - 1]?.raw === ',' ||
      tokens[j - 1]?.raw === '—' ||
      tokens[j - 1]?.raw === '–' ||
      (tokens[j - 1]?.raw === '-' && !joiningHyphen(doc, j - 1));
    if (t.word && /^who(['’](s|d))?$/.test(t.lower) && asideMark && (tokens[j - 1]!.raw === ',' || t.cap === 0)) {
      return whoAsideSubject(doc, v, floor, j, seen);
    }
    // ", which said": an organisation speaks through a relative clause as a person does through ", who said" ("The
    // study was funded by the Northern Health Council, which said it had no role"); not a thing ("the plan, which said")
    if (t.word && t.lower === 'which' && tokens[j - 1]?.raw === ',') {
      return whichAsideSubject(doc, v, floor, j, seen);
    }
    // a restrictive "that" or "which" before the verb, right after a document's, a sign's or an organisation's noun
    // (relativeSayer)
    const sayer = relativeSayer(doc, j, v, floor, seen);
    if (sayer) return sayer;
    // a restrictive relative clause anywhere in the sentence: "not paying an architect who said he was stiffed", "a
    // backlash from business leaders who say the law …": the noun phrase right before "who", even as an object
    if (t.word && /^who(['’](s|ve|d))?$/.test(t.lower) && tokens[j - 1]?.word && !doc.quoted[j - 1]) {
      const r = restrictiveAntecedent(doc, j, floor, seen);
      return (r && personApposedTo(doc, r, floor)) ?? r;
    }
    // (or a comma and "then": "Lund paused, then revealed why …", "offered the man a job, then said …")
    if ((t.word && (t.lower === 'and' || t.lower === 'but')) || thenComma) {
      return subjectBeforeConjunction(doc, v, floor, j, seen, thenComma);
    }
    const s = agentAsSubject(doc, subjectWithPP(doc, j, floor, seen), j, floor, seen);
    // (a relative clause with "that" or no pronoun on a document before the verb, a name its subject and its verb read as
    // a head: "The report that Hogan released says …" is the report's words, no subject "Hogan released"; not "those surveyed",
    // nor "56 percent of Cuban-Americans polled", which no document opens)
    if (
      s?.kind === 'desc' &&
      s.last > s.first &&
      tokens[s.first]!.cap > 0 &&
      tokens[s.last - 1]!.cap > 0 &&
      tokens[s.last]!.cap === 0 &&
      tokens[s.last]!.lower === s.desc!.head &&
      pastTense(s.desc!.head)
    ) {
      const b = tokens[s.first - 1]?.lower === 'that' ? s.first - 2 : s.first - 1;
      const d = b >= floor ? descEndingAt(doc, b, floor) : null;
      if (d?.kind === 'desc' && documentHead(d.desc!.head)) return d;
    }
    // "Maren Tulley, a spokeswoman for Northgate Air told reporters …": an apposition whose closing comma was left out
    // is the role of the name that opens the sentence (not a parenthetical frame: "Obeng, a colleague said, was …")
    if (s?.kind === 'desc' && !s.desc!.group && SPEAKER_NOUNS.has(s.desc!.head) && !parentheticalFrame(doc, v))
      return nameBeforeRole(doc, floor, s, seen) ?? s;
    return s;
  }
  return null;
}

/**
 * The one who holds up the sign that the relative "that" at w follows, its noun the object of a verb of holding:
 * "Protesters held signs that read “…” and chanted “…”", "Farmers waved banners that mocked the minister and said …",
 * "Fans holding a banner that read “…” sang …" (the holder's, whom the verb at the clause's end shares); null when the
 * noun before w is no sign or no one holds it. Part of relativeClauseHead.
 */
function signHolderBeforeRelative(doc: Doc, w: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const sign = tokens[w - 1];
  if (!sign?.word || sign.cap !== 0 || doc.quoted[w - 1] || !SIGN_NOUNS.test(sign.lower)) return null;
  // (back to its determiner, or to the verb before a bare plural, past a few modifiers: "a hand-painted banner")
  let first = w - 1;
  for (let k = w - 2; k >= w - 6; k--) {
    const t = tokens[k];
    if (!t || doc.quoted[k] || (!t.word && !joiningHyphen(doc, k)) || (t.word && t.cap !== 0)) break;
    if (t.word && (SIGN_HOLDING_VERBS.test(t.lower) || /^(up|aloft|high)$/.test(t.lower))) break;
    first = k;
    if (t.word && DETERMINERS.has(t.lower)) break;
  }
  return agentBefore(doc, first, SIGN_HOLDING_VERBS, seen);
}

/**
 * The subject that opens the sentence (or a clause) before a relative clause running up to the verb at v ("Landlords
 * who spoke to the council say"): a subject, null for none at all, undefined to go on scanning. Part of scanSubjectBefore.
 */
function relativeClauseHead(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null | undefined {
  const { tokens } = doc;
  // "Landlords who spoke to the council say": the noun phrase that opens the sentence (or a clause of it), before a
  // relative clause that runs up to the verb; a noun inside the relative clause is no subject ("Officials who
  // attended the meeting said" is not "the meeting")
  // (not when the verb is a relative clause's own: "… and those who said income inequality …")
  // (nor when a person named right before the verb opens a clause of time or cause, its subject: "A memo indicates that
  // managers planned cuts before Oyelaran told staff …" is Oyelaran's, however the words before read)
  // (past the person's title and a lower-case role before it: "before chief executive Marisa Oyelaran told …")
  const named = keyEndingAt(doc, v - 1);
  let lead = named && isPersonKey(doc, named.key) ? titleRunFrom(doc, named.first, floor) - 1 : -1;
  if (lead > floor && roleWord(tokens[lead]))
    while (
      lead > floor &&
      named!.first - lead <= 4 &&
      tokens[lead]!.word &&
      tokens[lead]!.cap === 0 &&
      !SUBORDINATE_CLAUSE.test(tokens[lead]!.lower) &&
      !NP_BREAK.has(tokens[lead]!.lower)
    )
      lead--;
  const subordinate = lead > floor && tokens[lead]!.cap === 0 && SUBORDINATE_CLAUSE.test(tokens[lead]!.lower);
  const own = /^(who|which)$/.test(tokens[v - 1]?.lower ?? '') || subordinate;
  for (let w = v - 2; w > floor && v - w <= 25 && tokens[v - 1]!.word && !own; w--) {
    const t = tokens[w]!;
    // (over a hyphen or a possessive inside the relative clause: "The man who oversaw day-to-day construction of the
    // Confederation Line's second stage told …")
    // (or the point of "St.": "Nurses who work at St. Paul's Hospital said")
    if (!t.word && !doc.quoted[w] && (tightHyphen(tokens, w) || t.key === "'s" || saintPoint(doc, w) || titlePoint(tokens, w))) continue;
    // (and over words quoted inside the relative clause, with their marks: 'A restaurant owner who told a customer to
    // “find another city to ruin” in a reply says …')
    // (not words closed by a comma or a stop, the reported words of a frame after them: 'Teachers who … are “very, very
    // pro-Bernie,” Kilfoyle said')
    if (doc.quoted[w] || (!t.word && QUOTE_MARKS.test(t.raw) && (doc.quoted[w - 1] || doc.quoted[w + 1]))) {
      if (/^[,.?!;:]$/.test(t.raw)) break;
      continue;
    }
    if (!t.word) break;
    // "who" or a contraction of it: "Many leaders who'd rather be working for Berg said"; or "that" after a plural
    // and before an auxiliary: "Progressive groups that have endorsed him say"
    // (or after any noun before a verb in -s or -ed: "The unit that investigates police shootings said")
    const relThat = t.lower === 'that' && relativeThat(doc, w);
    if ((/^who(['’](d|s|ve|ll)|se)?$/.test(t.lower) || relThat) && tokens[w - 1]!.word) {
      // "a pilot who has suggested": the verb is the relative clause's own (below)
      if (tokens.slice(w + 1, v).every((x) => x.word && SUBJECT_VERB_FILLERS.has(x.lower))) break;
      // "Another worker who used the ferry daily and who did not want to be named said": the first of two relatives
      if (tokens[w - 1]!.lower === 'and') continue;
      const start = firstWordAt(doc, floor);
      // "Those who studied the plan say", "27 percent of those who named a candidate said": the group as written
      if (tokens[w - 1]!.lower === 'those') {
        const share = tokens[w - 2]?.lower === 'of' ? shareEndingAt(doc, w - 3, floor) : -1;
        const from = share >= 0 ? share : w - 1;
        const before = tokens[from - 1];
        const opens = from === start || before?.raw === ',' || CLAUSE_OPENERS.test(before?.lower ?? '');
        if (opens) return groupDesc(doc, from, v - 1);
        // an object's relative clause, then the subject's own verb after "but": "He praised those who left but said …"
        if (tokens[v - 1]!.lower === 'but') break;
        return null;
      }
      // (a sign held up is the verb of holding's object, whose holder speaks: "Protesters held signs that read “…” and
      // chanted “…”" is no "Protesters held signs")
      const holder = relThat ? signHolderBeforeRelative(doc, w, seen) : null;
      if (holder) return holder;
      const s = subjectWithPP(doc, w - 1, floor, seen);
      if (!s || s.kind === 'pronoun') break;
      // … or opens the clause of a verb of saying: "Dahl said that two other skippers who have accused Lund … said"
      // (the text's first token has nothing before it)
      const before = tokens[s.first - 1]?.lower ?? '';
      const reported = before === 'that' && SPEECH_VERBS.has(tokens[s.first - 2]?.lower ?? '');
      // (past a dateline: "OTTAWA — Protesters who have occupied downtown Ottawa say")
      // (or a second main clause after a comma and "and": "The mayor toured the site, and residents who live near the
      // plant said …")
      const second = before === 'and' && tokens[s.first - 2]?.raw === ',';
      // (or a clause of time: "The landlord backed down after the group that represents the tenants said …")
      const timed = tokens[s.first - 1]?.cap === 0 && SUBORDINATE_CLAUSE.test(before);
      // (or a frame after the words it reports, closed by the stop or a comma after its verb and a time: "…, the
      // association that represents them warned Wednesday.")
      // (a short relative clause of one verb: not "Dale Pruitt, 71, a retired electrician who said the roof could be
      // repaired for less than the city claimed.", whose last verb is the city's)
      const trailing =
        before === ',' &&
        s.kind === 'desc' &&
        /^(the|a|an)$/.test(tokens[s.first]!.lower) &&
        v - w <= 7 &&
        plainRelative(tokens, w + 1, v) &&
        closesAfterVerb(doc, v);
      if (
        s.first === start ||
        atSentenceStart(doc, s.first, floor) ||
        CLAUSE_OPENERS.test(before) ||
        timed ||
        reported ||
        second ||
        trailing
      )
        return s;
      // (a group counted after the article that opens the sentence: "The four countries that abstained said")
      if (s.kind === 'desc' && s.first - 1 === start && /^(the|these|those)$/.test(before) && /^[0-9a-z]/.test(tokens[s.first]!.lower))
        return s;
      // (or past an opening phrase of a preposition and its comma, the sentence's first: "In a statement read in court, a
      // parent whose son attended the centre said …")
      // … or a time measure before "after", "before" or "later": "A decade after a tanker ran aground off the bay, the
      // people who fish these waters say …")
      // (past a dateline: "MARLOWE BAY — A decade after …, the people who … say")
      const lead = pastDateline(doc, floor, s.first);
      if (before === ',' && frontedPhrase(doc, lead) && tokens.slice(lead, s.first - 1).every((x) => x.raw !== ',')) return s;
      // "Current and former officials who …": modifiers joined by "and"/"or" open the noun phrase
      if (s.kind === 'desc' && joinedModifiers(doc, start, s.first)) return groupDesc(doc, start, s.last);
      break;
    }
  }
  return undefined;
}

/**
 * Are the tokens from a to before e the last names of a list, capitalised words joined by commas and one "and" or
 * "or": "Paul and Marie", "Tom Berg and Lee Park-Vik"? Part of asideBefore.
 */
function namesOnly(doc: Doc, a: number, e: number): boolean {
  const { tokens } = doc;
  if (e - a < 3 || !tokens[a]!.word || tokens[a]!.cap === 0 || !tokens[e - 1]!.word || tokens[e - 1]!.cap === 0) return false;
  let joined = false;
  for (let m = a; m < e; m++) {
    const t = tokens[m]!;
    if (doc.quoted[m]) return false;
    if (t.word && t.cap === 0 && /^(and|or)$/.test(t.lower) && !joined) joined = true;
    else if (!(t.word ? t.cap > 0 : t.raw === ',' || joiningHyphen(doc, m))) return false;
  }
  return joined;
}

/**
 * The comma that opens a list of names whose last item but two ends right before the comma at k: "His children, Anne,
 * Paul and Marie," gives the comma after "children"; past the lower-case words that lead into the list, as in
 * "The jury, made up of poets Ana Vik, Tom Berg and Lee Park," (up to six); -1 when no comma opens it. Part of
 * asideBefore.
 */
function listOpeningComma(doc: Doc, k: number, floor: number): number {
  const { tokens } = doc;
  let m = k - 1;
  for (;;) {
    // (an item: a name of up to four capitalised words, a hyphen joining two: "Kwame Adjei-Brandt")
    let words = 0;
    while (m > floor && words < 4 && ((tokens[m]!.word && tokens[m]!.cap > 0) || joiningHyphen(doc, m)) && !doc.quoted[m]) {
      m--;
      words++;
    }
    if (words === 0) return -1;
    if (tokens[m]?.raw === ',' && tokens[m - 1]?.word && tokens[m - 1]!.cap > 0 && m - 1 > floor) m--;
    else break;
  }
  let lead = 0;
  while (m > floor && lead < 6 && tokens[m]!.word && tokens[m]!.cap === 0 && !doc.quoted[m]) {
    m--;
    lead++;
  }
  return m > floor && tokens[m]!.raw === ',' ? m : -1;
}

/**
 * The subject past a comma or dash before the verb at v, token j (an aside, an apposition, a parenthetical): a subject,
 * null for none, or the token to go on scanning from. Part of scanSubjectBefore.
 */
function asideBefore(doc: Doc, v: number, floor: number, j: number, seen: NewName[]): Found | null | number {
  const { tokens } = doc;
  const t = tokens[j]!;
  // ", however," / ", who is close to Putin," / ", a spokeswoman for the campaign,"
  let k = j - 1;
  // (past a nickname in quotation marks inside a name: "His opponent, Luis “Storm” Ferreira, said")
  while (k >= floor && (tokens[k]!.raw !== t.raw || numberComma(doc, k)) && (!doc.quoted[k] || inNamedPerson(doc, k)) && j - k < 25) k--;
  if (k < floor || tokens[k]!.raw !== t.raw || doc.quoted[k]) {
    // past the title of a work inside a long apposition: 'Anne Haug, the co-author of "Going Viral," about …, said'
    // (or past a long one with no comma of its own, a relative clause in it: "Janice Koehler, a former victim services
    // worker who has led the shelter for 11 years and helped found the region's first hotline in the 1990s, said")
    return t.raw === ',' && k >= floor && (doc.quoted[k] || j - k >= 25) ? longApposition(doc, floor, j, seen) : null;
  }
  // a military unit's name holds a comma of its own: "commanding officer of 3rd Battalion, Northern Rifles, said",
  // "commander of 2 Wing, Corbin Air Base, said" (the apposition opens at the comma before; the regiment is no speaker)
  if (t.raw === ',' && unitComma(doc, k)) {
    return k;
  }
  // the last items of a list that a relative clause set off by commas ends with: "Local 2211, which represents about
  // 2,600 operators, mechanics and station staff, said" is the union's (the aside opens at the comma before "which")
  if (t.raw === ',' && tokens.slice(k + 1, j).some((x) => x.word && /^(and|or)$/.test(x.lower))) {
    let r = k - 1;
    while (r > floor && (tokens[r]!.raw !== ',' || numberComma(doc, r)) && !doc.quoted[r] && k - r < 16) r--;
    if (tokens[r]?.raw === ',' && r > floor && /^(which|who)$/.test(tokens[r + 1]?.lower ?? '')) k = r;
    // (or the last names of a list of three or more, its first ones before the comma: "His children, Anne, Paul and
    // Marie, said" is the children's, not Anne's with "Paul and Marie" for her apposition; the aside opens at the comma
    // before the list, past the lower-case words that lead into it: "The jury, made up of poets Ana Vik, Tom Berg and
    // Lee Park, said" is the jury's)
    else if (tokens[k - 1]?.word && tokens[k - 1]!.cap > 0 && namesOnly(doc, k + 1, j)) {
      const open = listOpeningComma(doc, k, floor);
      if (open >= 0) k = open;
    }
  }
  // (and a name in apposition to a noun ending such a relative clause: "Oduya, who co-founded the company with her
  // brother, Kwame Oduya, said" is Oduya's, not her brother's; the aside opens at the comma before "who")
  if (t.raw === ',' && tokens[k + 1]?.word && tokens[k + 1]!.cap > 0 && keyEndingAt(doc, pastParty(doc, j - 1, k + 1))) {
    let r = k - 1;
    while (r > floor && tokens[r]!.raw !== ',' && !doc.quoted[r] && k - r < 20) r--;
    if (tokens[r]?.raw === ',' && r > floor && /^(which|who)$/.test(tokens[r + 1]?.lower ?? '') && tokens[r + 1]!.cap === 0) k = r;
    // (so is a name in apposition to the go-between a phrase of medium set off by commas names: "Nyikal, through his
    // lawyer, Tom Ojienda, said", "The minister, in a statement by the ministry's spokeswoman, Ada Obi, said" are
    // Nyikal's and the minister's, the spokesperson only the channel)
    else if (tokens[r]?.raw === ',' && r > floor && !doc.quoted[r] && mediumAside(doc, r + 1, k)) {
      const principal = subjectWithPP(doc, pastParty(doc, r - 1, floor), floor, seen);
      if (principal && principal.last === pastParty(doc, r - 1, floor)) return principal;
    }
  }
  const inner = tokens.slice(k + 1, j);
  if (inner.length === 0) return null;
  const tagged = partyTagAside(doc, floor, k, j, seen);
  if (tagged) return tagged;
  // the name of an organisation in apposition to the noun right before its comma, inside a longer apposition to the
  // subject: "Tomas Ekdahl, the editor of the port's trade newspaper, The Harbour Ledger, said" is Ekdahl's, not the
  // paper's (past it to the comma before)
  if (t.raw === ',' && orgInsideApposition(doc, floor, k, j)) {
    return k;
  }
  // the predicate of a relative clause after an aside set off right after its "who": "Rina Hartono, a student who,
  // like many Indonesians, uses one name, said" is Hartono's, not "Indonesians"' (on from the comma after "who")
  const aside = t.raw === ',' && inner[0]!.word && inner[0]!.cap === 0 ? asideAfterWho(doc, floor, k) : -1;
  if (aside >= 0) {
    return aside;
  }
  // ", and the meeting deteriorated from there, said …": a clause with a subject of its own between the commas, no
  // apposition (the subject is after the verb); not a relative clause going on ("Beck, who …, and virulently
  // opposed Trump, last week said"), nor between dashes ("Democratic leaders — and, in particular, Reid — insisted")
  if (
    t.raw === ',' &&
    inner.length > 3 &&
    inner[0]!.word &&
    /^(and|but|or|yet|so)$/.test(inner[0]!.lower) &&
    /^(the|a|an|this|that|these|those|his|her|its|their|our)$/.test(inner[1]!.lower)
  )
    return null;
  // ", is projected to …,": the predicate of a relative clause that opens after the subject ("Marco Delgado,
  // whose hometown, Bergen, is projected to be underwater, argues …"), not an apposition to what precedes it
  if (inner[0]!.word && AUXILIARIES.has(inner[0]!.lower)) return relativeOpening(doc, floor, k, seen);
  // "…, its functions would be performed by other agencies, said DeSantis": a clause between commas, no apposition
  // (but a noun phrase in apposition may hold a relative clause with a modal: "One regular, a man who would give
  // only his first name, says")
  const modal = inner.findIndex((x) => x.word && x.cap === 0 && /^(would|will|could|can|should|must|might|may)$/.test(x.lower));
  const relative = inner.findIndex((x) => x.word && /^(who|whose)$/.test(x.lower));
  const apposedRelative = /^(a|an|the)$/.test(inner[0]!.lower) && relative > 1 && relative < modal;
  // (nor the modal of a question the subject was asked: "Whitfield, asked whether the bill could be saved, said …")
  const askedOf = inner[0]!.lower === 'asked' || (/^(when|if|after|once)$/.test(inner[0]!.lower) && inner[1]?.lower === 'asked');
  if (!/^(who|which|whose)$/.test(inner[0]!.lower) && modal >= 0 && !apposedRelative && !askedOf) return null;
  // "The minister, Pierre Lambert, said": the apposition is the name ("Sen. Joe Lark (I-Conn.)", its titles and party tag aside)
  // (and past a post-nominal: "Halloran's barrister, Jonathan Fairweather KC, said")
  let nameEnd = pastParty(doc, j - 1, k + 1);
  if (POST_NOMINAL.test(tokens[nameEnd]!.raw) && nameEnd - 1 > k && keyEndingAt(doc, nameEnd - 1)) nameEnd--;
  const named = keyEndingAt(doc, nameEnd);
  // (or a role in lower case before it: "Her neighbour, retired dairy farmer Dale Brooks, said"; or an age:
  // "One patient, 79-year-old Harold Jessop, said", "One, 72-year-old retired teacher Ann Vale, said")
  const aged = named && named.first > k ? pastAgeCompound(doc, k + 1, named.first) : k + 1;
  if (
    named &&
    named.first > k &&
    (opensSentence(doc, aged, named.first) ||
      // (or after "the" or "a", a capitalised title of its own: "Another supporter, the Tory MP Lucinda Brathwaite,
      // wrote", "The Bishop of Hartlepool, the Rt Rev Jonathan Cairncross, said")
      (named.first - aged > 1 &&
        /^(the|a|an)$/.test(tokens[aged]!.lower) &&
        tokens[aged + 1]!.cap > 0 &&
        opensSentence(doc, aged + 1, named.first)) ||
      roleBeforeName(doc, aged, named.first) ||
      titleWithOf(doc, k + 1, named.first) ||
      modifiedTitleBefore(doc, aged, named.first)) &&
    (named.key.kind === 'person' || doc.index.entities[named.key.entity]!.type === 'person')
  ) {
    return { kind: 'key', key: named.key, first: named.first, last: nameEnd };
  }
  // (or one capitalised word after "named" or "called", a first name the discovery did not take for anyone's: "Her
  // co-worker, a lighting technician named Dev, said")
  const lone = tokens[nameEnd]!;
  if (
    !named &&
    nameEnd === j - 1 &&
    nameEnd - 2 > k &&
    lone.word &&
    lone.cap === 1 &&
    !doc.quoted[nameEnd] &&
    /^(named|called)$/.test(tokens[nameEnd - 1]!.lower) &&
    roleBeforeName(doc, k + 1, nameEnd)
  )
    return { kind: 'key', key: nameAt(doc, nameEnd, nameEnd, seen), first: nameEnd, last: nameEnd };
  // "The charity that owns the lighthouse, the Coastal Lights Trust, says": an organisation named in apposition to a
  // description (the apposition's own name, not a noun inside the description)
  const person = personPostModifiedApposition(doc, floor, k, j, seen);
  if (person) return person;
  const org = orgApposition(doc, floor, k, j);
  if (org) return org;
  // "One pastor backing Mr. Lund, Ole Dahl of the Harbour Church, said": a person named in apposition to a description
  const appositive = nameAfterDescription(doc, floor, k, j, seen);
  if (appositive) return appositive;
  // "Pia Lund, who lost her brother off Lofoten, Norway, in 2012, said": a relative clause with commas of its own
  const rel = relativeWithCommas(doc, floor, k, j, seen);
  if (rel) return rel;
  // two people joined by "and" before the apposition: "Greg and Linda Moss, who shop downtown, said they …"
  // (two names: not the halves of an organisation's, "United States Citizenship and Immigration Services, the agency")
  const both = coordinatedSubject(doc, k, floor, seen);
  if (both?.kind === 'desc' && both.desc!.group) return both;
  // a second relative clause stacked on a first: "A woman who lives near the trail, who asked not to be named, said"
  // is the woman's, not the trail's
  // (or joined to it by "and": "A man who drove the bus that day, and who asked not to be named, said")
  const relOpen = inner[0]!.lower === 'and' && inner.length > 2 ? inner[1]! : inner[0]!;
  const stacked = /^(who|whose)$/.test(relOpen.lower) ? stackedRelative(doc, floor, k, seen) : null;
  if (stacked) return stacked;
  // a relative clause after a post-modified speaker: "A defense official familiar with the investigations, who was not
  // authorized to discuss them, said" is the official's, not the investigations'
  // (or a participle's phrase: "A military official familiar with the plans, speaking on condition of anonymity, said")
  const modified =
    /^(who|whose)$/.test(inner[0]!.lower) || (inner[0]!.cap === 0 && /^[a-z]{3,}ing$/.test(inner[0]!.lower))
      ? postModifiedSubject(doc, k, floor, seen)
      : null;
  if (modified?.kind === 'desc') return modified;
  // "One, a retired engineer, told me …": the description in apposition says who "one" is
  if (/^(one|another)$/.test(tokens[k - 1]?.lower ?? '') && sentStart(doc, k - 1) === k - 1 && /^(a|an)$/.test(inner[0]!.lower)) {
    const d = subjectWithPP(doc, j - 1, k + 1, seen);
    if (d?.kind === 'desc' && d.first === k + 1) return d;
  }
  // an apposition after a restrictive relative clause: "The son who first raised the alarm, a Pinecrest electrician,
  // said" is the son's, not the alarm's
  const related = /^(a|an|the)$/.test(inner[0]!.lower) ? stackedRelative(doc, floor, k, seen) : null;
  if (related) return related;
  // "The agency overseeing the port, meanwhile, said": the post-modified noun phrase before an adverb set off by commas
  const adverbed = adverbAsideSubject(doc, floor, k, j, seen);
  if (adverbed) return adverbed;
  // "Rep. Ada Quill (D-Md.), chair of the committee, said"
  let subj = subjectWithPP(doc, pastParty(doc, k - 1, floor), floor, seen);
  // (the one compared or added in a phrase between commas is no subject, the noun phrase before it is: "The Valley
  // Times, like the Coast Wire, which folded in May, said …" is the Times', "Lund, along with two aides, who …")
  // (not "like" after an indefinite group, one of it named: "Some defenders of free trade, like Ada Vik, a fellow at …,
  // acknowledge")
  const compared = subj ? comparedAside(doc, subj, floor) : -1;
  const outer = compared >= 0 ? subjectWithPP(doc, pastParty(doc, compared - 1, floor), floor, seen) : null;
  if (compared >= 0 && !(tokens[compared + 1]?.lower === 'like' && (!outer || (outer.kind === 'desc' && !outer.desc!.definite))))
    subj = outer;
  // (no subject inside a clause of time or cause that opens the sentence, the main clause between the commas: "Since
  // the strike ended, morale is better, said the chair, …" is the chair's, the verb's subject after it)
  if (subj && openingClauseSubject(doc, floor, subj, inner)) return null;
  const roleOf = subj ? nameBeforeRole(doc, floor, subj, seen) : null;
  if (roleOf) return roleOf;
  if (subj) return subj;
  // "Pia Okafor, 49, a dock worker, said": the name before an age
  const age = tokens[k - 1];
  if (age && /^[0-9]{1,3}$/.test(age.raw) && tokens[k - 2]?.raw === ',') {
    const aged = subjectAt(doc, k - 3, floor, seen);
    if (aged?.kind === 'key') return aged;
  }
  if (inner.every((x) => x.word && SUBJECT_VERB_FILLERS.has(x.lower))) {
    return k - 1;
  }
  return t.raw === ',' ? longApposition(doc, floor, j, seen) : null;
}

/**
 * Whether the comma at c closes a name, or a name and its age, that a description after it is in apposition to: "Ann
 * Berg, a teacher …", "Ned Pratt, 50, a welder …". Part of scanSubjectBefore.
 */
function apposedToName(doc: Doc, c: number): boolean {
  const { tokens } = doc;
  if (keyEndingAt(doc, c - 1)) return true;
  return /^[0-9]{1,3}$/.test(tokens[c - 1]?.raw ?? '') && tokens[c - 2]?.raw === ',' && !!keyEndingAt(doc, c - 3);
}

/**
 * Whether the words between two commas are a province, a territory, a state or a country, whole or abbreviated ("N.B.",
 * "Sask.", "Manitoba", "Ill."), as after a place's name: the tokens from `from` up to `to`; part of scanSubjectBefore.
 */
function regionAside(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  let phrase = '';
  for (let k = from; k < to; k++) {
    const x = tokens[k]!;
    if (!x.word && x.raw !== '.') return false;
    phrase += (k > from ? ' ' : '') + x.raw;
  }
  return phrase !== '' && regionName(phrase);
}

/**
 * The person before a party tag set off by the commas at k and j, as a state legislature's reporters write it with the
 * member's town: "Rep. Luis Ortega, D-Des Moines, said", "Sen. Mary Hill, R-Grand Rapids, told …" (a town of two
 * capitalised words reads as a name of its own, and no speaker); null when the aside is no such tag or no person ends
 * before it. Part of asideBefore.
 */
function partyTagAside(doc: Doc, floor: number, k: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (tokens[j]!.raw !== ',' || tokens[k]!.raw !== ',' || k - 1 <= floor || partyTagStart(doc, j - 1) !== k + 1) return null;
  const s = subjectWithPP(doc, k - 1, floor, seen);
  return s?.kind === 'key' && s.key !== undefined && s.last === k - 1 && personOrNew(doc, s.key) ? s : null;
}

/**
 * The subject of a post-modifier before an adverb set off by the commas at k and j ("The agency overseeing the port,
 * meanwhile, said", "The company that runs the depot, however, said", "Residents living near the quay, for their part,
 * said"): the noun phrase read as if the verb stood at the comma k, so that a noun inside its participle's phrase or
 * relative clause is not taken for it; null when the aside is no adverb or no such phrase ends at k. Part of asideBefore.
 */
function adverbAsideSubject(doc: Doc, floor: number, k: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (tokens[j]!.raw !== ',' || tokens[k]!.raw !== ',' || k - 1 <= floor) return null;
  const a = tokens[k + 1]!;
  // one adverb ("meanwhile", "however"), or "in turn", "for its part"
  const adverb = j === k + 2 && a.word && a.cap === 0 && ASIDE_ADVERBS.test(a.lower);
  const turn = j === k + 3 && a.lower === 'in' && tokens[k + 2]!.lower === 'turn';
  const part =
    j === k + 4 && a.lower === 'for' && /^(its|his|her|their|our|my)$/.test(tokens[k + 2]!.lower) && tokens[k + 3]!.lower === 'part';
  // a day ("Monday", "on Monday") or "last week/month/year"
  const day =
    (j === k + 2 && a.cap === 1 && WEEKDAY.test(a.lower)) ||
    (j === k + 3 && a.lower === 'on' && WEEKDAY.test(tokens[k + 2]!.lower)) ||
    (j === k + 3 && a.lower === 'last' && /^(week|month|year)$/.test(tokens[k + 2]!.lower));
  if (!(adverb || turn || part || day) || tokens.slice(k + 1, j).some((_, d) => doc.quoted[k + 1 + d])) return null;
  return modifiedPhraseBefore(doc, floor, k, seen);
}

/**
 * The description that a participle or a relative clause post-modifies up to the comma at k, read as if a verb stood at
 * k: "The agency overseeing the port", "The company that runs the depot"; null when none ends there.
 */
function modifiedPhraseBefore(doc: Doc, floor: number, k: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const post = postModifiedSubject(doc, k, floor, seen);
  if (post?.kind === 'desc' && post.last === k - 1) return post;
  // (a relative clause's head is found alone, "the company"; the description runs on over its clause, as a participle's)
  const rel = relativeClauseHead(doc, k, floor, seen);
  if (rel?.kind !== 'desc' || rel.last >= k - 1 || tokens.slice(rel.last + 1, k).some((x) => !x.word && x.raw !== '-' && x.key !== "'s"))
    return null;
  const text = withoutInvisible(doc.text.slice(tokens[rel.first]!.start, tokens[k - 1]!.end));
  return { ...rel, desc: { ...rel.desc!, text }, last: k - 1 };
}

/** The subject before an aside that opens with "who" at j, before the verb at v ("Lindqvist, who’d warned that …, said"). Part of scanSubjectBefore. */
function whoAsideSubject(doc: Doc, v: number, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // "The director, who called the film …": the relative pronoun stands for the noun phrase before it, even
  // the object of a preposition ("a lecture from the Mexican president, who said …"); past an apposition to a
  // person ("Ruth Okonjo, the leader of the opposition in Port Ellen, who suggested …")
  const aged = personBeforeAppositions(doc, j - 1, floor);
  if (aged) return aged;
  // past a participle's phrase set off by commas after the speaker: "the testimony of a CSID official, identified
  // only as Witness 14 for security reasons, who told …" is the official's
  const phrased = participlePhraseBefore(doc, j - 1, floor);
  if (phrased > floor) {
    const near = nounBefore(doc, phrased, floor, seen);
    if (near?.person) return near.s;
  }
  for (let k = j - 2; k > floor && j - k <= 12 && tokens[k]!.word; k--) {
    if (tokens[k - 1]?.raw !== ',' || !/^(a|an|the)$/.test(tokens[k]!.lower)) continue;
    const named = keyEndingAt(doc, k - 2);
    if (named && isPersonKey(doc, named.key)) return { kind: 'key', key: named.key, first: named.first, last: k - 2 };
    break;
  }
  // past a post-modifier: "said one Democrat familiar with the talks, who added that …"
  for (let p = j - 3; p > floor && j - p <= 10 && tokens[p]!.word; p--) {
    if (!POST_MODIFIERS.test(tokens[p]!.lower)) continue;
    const d = subjectAtRaw(doc, p - 1, floor, seen);
    if (d && d.kind !== 'pronoun') return d;
    break;
  }
  // (a representative for a named person is the one who speaks, not the person: "according to a spokeswoman for
  // Premier Dale Ives, who said …")
  const rep = representativeFor(doc, j - 2, floor);
  if (rep) return rep;
  const s = subjectWithPP(doc, j - 2, floor, seen);
  if (s) return s;
  const o = subjectAtRaw(doc, j - 2, floor, seen);
  const person = o?.kind === 'key' && (o.key as SpeakerKey | NewName).kind !== 'new' && isPersonKey(doc, o.key as SpeakerKey);
  return o && (person || (o.kind === 'desc' && SPEAKER_NOUNS.has(o.desc!.head))) ? o : null;
}

/** The subject before an aside that opens with ", which" at j, before the verb at v. Part of scanSubjectBefore. */
function whichAsideSubject(doc: Doc, v: number, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const named = keyEndingAt(doc, j - 2);
  if (named && keyType(doc, named.key) === 'organization') return { kind: 'key', key: named.key, first: named.first, last: j - 2 };
  // (a name with "of" in it: "the Ministry of the Solicitor General, which said")
  const ofName = orgNameWithOf(doc, j - 2, floor);
  if (ofName) return ofName;
  const o = subjectAtRaw(doc, j - 2, floor, seen);
  // (a name the discovery did not register, with no given name, date or place in it: "The app is made by Picterra,
  // which said …"; "which" is never a person, and the name is registered as the organisation it shows)
  // (after a word in lower case, not a case's "v.": "Walmart Stores v. Dukes, which denied …")
  if (
    o?.kind === 'key' &&
    (o.key as SpeakerKey | NewName).kind === 'new' &&
    o.last === j - 2 &&
    ((doc.tokens[o.first - 1]?.word && doc.tokens[o.first - 1]!.cap === 0) ||
      // (or opening the sentence: "Northwind Telecom, which says its network is secure, …")
      (o.last > o.first && atSentenceStart(doc, o.first, floor)) ||
      // (or in apposition after a noun in lower case: "employed by a private contractor, Brackwater Screening, which said …")
      (doc.tokens[o.first - 1]?.raw === ',' &&
        doc.tokens[o.first - 2]?.word &&
        doc.tokens[o.first - 2]!.cap === 0 &&
        !doc.quoted[o.first - 2]))
  ) {
    const words = doc.tokens.slice(o.first, o.last + 1);
    if (
      words.every((w) => w.word && w.cap === 1 && !doc.quoted[o.first]) &&
      !isGivenName(words[0]!.raw) &&
      !words.some((w) => COUNTRIES.has(w.lower) || DEMONYMS.has(w.lower) || DAYS_MONTHS.has(w.lower) || TITLES.has(w.lower))
    )
      return o;
  }
  // (an organisation's noun with its field after "of", in lower case: "the ministry of transport, which says …")
  const field = o ? null : ofFieldOrg(doc, j - 2, floor, seen);
  if (field) return field;
  // ("the ministry, which"; an organisation's name, "the Northern Health Council, which")
  // (or any speaker's noun after "the", which "which" shows is a body's, not a person's: "the hospital, which says …",
  // "the regulator, which said …")
  // (or a capitalised name ending in an organisation's word that also names people: "ZeniMax Media, which accuses …")
  const org =
    o?.kind === 'desc' &&
    (ORG_HEADS.has(o.desc!.head) ||
      (o.desc!.definite && tokens[o.first]!.lower === 'the' && SPEAKER_NOUNS.has(o.desc!.head)) ||
      ((o.desc!.group || tokens[o.last]!.cap > 0) && ORG_SUFFIXES.has(o.desc!.head)) ||
      // (or a title-cased name after "the" ending in a person's noun, which "which" shows is a paper's or a body's:
      // "the Hollywood Reporter, which said …", "the Valley Reporter, which")
      (o.desc!.definite &&
        o.last > o.first + 1 &&
        tokens[o.first]!.lower === 'the' &&
        tokens.slice(o.first + 1, o.last + 1).every((w) => w.word && w.cap > 0) &&
        SPEAKER_NOUNS.has(o.desc!.head)));
  // (or a document, whose words are its own as after "the statement says": "read from the board's mission statement,
  // which promises “…”" is the statement's, not the reader's)
  const document = o?.kind === 'desc' && DOCUMENT_NOUNS.has(o.desc!.head) && !o.desc!.group;
  return (org || document) && (o.desc!.definite || tokens[o.last]!.cap > 0) ? o : null;
}

/** The subject of the verb at v when "and", "but" or ", then" stands at j before it: the second clause's or the first's. Part of scanSubjectBefore. */
function subjectBeforeConjunction(doc: Doc, v: number, floor: number, j: number, seen: NewName[], thenComma: boolean): Found | null {
  const { tokens } = doc;
  // a relative clause's verbs share its antecedent: "… met Mr. Dunmore, who is retiring and is saying he …"
  const rel = relativeAntecedent(doc, j, floor, seen);
  if (rel) return rel;
  // … or the speaker of a frame set off by commas right before ", and": "Orders fell, the company said, and added
  // that …" is the company's, not the words' subject's
  const framer = !thenComma ? frameBeforeConjunct(doc, floor, j, seen) : null;
  if (framer) return framer;
  // … or the subject of the clause they belong to: "Dahl signed the order, while Mike Huckabee, the former governor,
  // proposed … and said …"
  const own = conjunctSubject(doc, floor, j, seen);
  if (own) return own;
  // … or of a clause of time or cause the verb is coordinated inside, with no comma between: "Shares fell after the
  // company reported a loss and said its pipeline would be delayed" is the company's, not the shares'
  const sub = subordinateSubject(doc, floor, j, seen);
  if (sub) return sub;
  // … or of the reported clause, when the verb after "and" is in that clause's past perfect: "his office said the
  // minister shares the frustration and had asked officials to …" is the minister's
  const reported = reportedClauseSubject(doc, floor, j, seen);
  if (reported) return reported;
  // coordinated verbs share the sentence's subject: "Trump has praised Putin ... and said he wants ..."
  // past an opening participle phrase: "Walking to the next house, Okafor talked … and said …"
  // past a dateline: "OSLO — Minister Ada Vik criticised the plan and said …"
  let from = pastDateline(doc, floor, j);
  // or an opening phrase of time or place: "On Thursday, Ryan said … and suggested …"
  // (or another ordinary word that opens the sentence before a comma: "By the end of the day, Lund was forced into …
  // and said …", "There, the district chairman declined … but said …", "Shortly after the vote, …", "Outside, about 60
  // protesters held signs that read “…” and chanted “…”", "Meanwhile, the union …")
  const w = tokens[from];
  // (an -ing word before a role is its modifier, no opening participle: "Cycling advocate Theo Lindqvist, of …,
  // welcomed … but said", "Acting chief Ana Vale …")
  const noun = tokens[from + 1];
  const modifier = !!noun?.word && noun.cap === 0 && (SPEAKER_NOUNS.has(noun.lower) || TITLES.has(noun.lower));
  if (
    w &&
    w.cap > 0 &&
    ((/(ing|ly)$/.test(w.lower) && !modifier) ||
      /^(on|in|at|after|before|during|earlier|later|last|since|when|while|as|by|there|then|minutes|hours|days|weeks|halfway|midway|partway|moments|seconds|months|years|throughout|amid|despite|outside|inside|nearby|elsewhere|meanwhile|overnight|today|yesterday|tonight|afterward|afterwards|instead|however)$/.test(
        w.lower,
      ) ||
      // (or the participle of a question put to the subject, or of the subject reached: "Asked whether fines would go
      // up, she said … and added that …", "Reached by phone, Lund said … but declined …")
      /^(asked|pressed|questioned|challenged|reached|contacted)$/.test(w.lower) ||
      // (a number of a time: "Eight years ago, Lund …", "Two days later, …")
      ((SMALL_NUMBER.test(w.lower) || TENS.test(w.lower)) &&
        /^(years?|months?|weeks?|days?|hours?|minutes?|decades?)$/.test(tokens[from + 1]?.lower ?? '')))
  ) {
    for (let k = from + 1; k < j; k++)
      if (tokens[k]!.raw === ',') {
        from = k + 1;
        break;
      }
    // (and a clause of time after it: "Last month, when I asked Tom Ridley if he would run, he looked at me and said …")
    if (/^(when|while|as|after|before|since|once|until)$/.test(tokens[from]?.lower ?? '') && tokens[from]!.cap === 0)
      for (let k = from + 1; k < j; k++)
        if (tokens[k]!.raw === ',' && !doc.quoted[k]) {
          from = k + 1;
          break;
        }
    // (and the place's state or country in apposition: "In Millbrook, Ohio, Ana Vale …")
    let m = from;
    while (m < j && m - from < 3 && tokens[m]!.word && tokens[m]!.cap > 0) m++;
    if (m > from && m < j && tokens[m]!.raw === ',' && COUNTRIES.has(tokens[m - 1]!.lower)) from = m + 1;
  }
  const s = subjectAt(doc, firstSubjectEnd(doc, from), from, seen);
  // (the person named in apposition to a description: "His spokesman, John Roe, declined to comment but said …")
  // (or to a description an organisation's or a person's possessive opens: "Greenpeace's transport lead, Ada Roe,
  // said … but warned …" is Roe's, not Greenpeace's)
  const owner = s?.kind === 'key' && tokens[s.last + 1]?.key === "'s" ? apposedName(doc, { ...s, last: s.last + 1 }, j, seen) : null;
  if (owner && opensSentence(doc, from, s!.first)) return owner;
  if (s && opensSentence(doc, from, s.first)) {
    // (the whole of a post-modified subject, as the first verb of saying reads it: "A report released last week by
    // the group Watch Africa said … and called on …" is that report, not "a report")
    if (s.kind === 'desc')
      for (let u = s.last + 2; u < j; u++) {
        const x = tokens[u]!;
        if (doc.quoted[u] || !x.word || x.cap !== 0 || !SPEECH_VERBS.has(x.lower)) continue;
        const full = scanSubjectBefore(doc, u, []);
        if (full?.kind === 'desc' && full.first === s.first && full.last > s.last) return full;
        break;
      }
    return (s.kind === 'desc' ? apposedName(doc, s, j, seen) : null) ?? s;
  }
  // (or a group counted or quantified, which the first verb of saying reads as its subject and subjectAt does not:
  // "All three said the plan was fair but asked …", "Two said …")
  if (!s && QUANTIFIED_GROUP.test(tokens[from]?.lower ?? '') && tokens[from]!.word)
    for (let u = from + 1; u < j && u - from <= 4; u++) {
      const x = tokens[u]!;
      if (doc.quoted[u] || !x.word) break;
      if (x.cap !== 0 || !SPEECH_VERBS.has(x.lower)) continue;
      const first = scanSubjectBefore(doc, u, []);
      if (first?.kind === 'desc' && first.first === from && first.desc!.group) return first;
      break;
    }
  // a name after its description: "There, the harbour chairman Ole Vik declined … but said …"
  // (not where a verb in the past stands right before the name, whose object it is: "The principal called Dana
  // Whitlock and said …", "The mayor met Ana Vik but said …" are not the named person's; an indefinite description's
  // "named" or "called" is the name's own: "a retired buyer named Marcel Arsenault stood up and said …")
  // (past the name's titles: "Berg praised Senator Lee and told …", "Zhou thanked Mrs Ellen Hart and added …")
  let named = s?.kind === 'key' ? titledFrom(doc, s.first, from) : -1;
  while (named - 1 > from && named > s!.first - 4 && tokens[named - 1]!.word && TITLES.has(tokens[named - 1]!.lower)) named--;
  const before = s?.kind === 'key' ? tokens[named - 1] : undefined;
  const objectOfVerb =
    !!before?.word &&
    before.cap === 0 &&
    named - 1 > from &&
    // (an adjective in -ed after an article is no verb: "The disgraced Dana Whitlock left … and said …")
    !/^(the|a|an|this|that|these|those|its|his|her|their|our|your|my)$/.test(tokens[named - 2]?.lower ?? '') &&
    !(/^(named|called)$/.test(before.lower) && INDEFINITE_ONE.test(tokens[from]?.lower ?? '')) &&
    // (the object that an infinitive after it is said of stays: "That prompted Rubio to make a joke … and call …")
    tokens[s!.last + 1]?.lower !== 'to' &&
    (IRREGULAR_PAST.has(before.lower) || (/ed$/.test(before.lower) && !TITLES.has(before.lower) && !SPEAKER_NOUNS.has(before.lower)));
  const described =
    s?.kind === 'key' &&
    !objectOfVerb &&
    s.first - from - tokens.slice(from, s.first).filter((x) => !x.word).length <= 4 &&
    tokens.slice(from, s.first).every(
      (x, n) =>
        (x.word && (n === 0 ? DETERMINERS.has(x.lower) || x.cap > 0 : !NP_BREAK.has(x.lower))) ||
        // (a plural possessive's apostrophe inside it: "Riders' union president Ana Vale declined … but said …")
        (n > 0 && pluralPossessive(tokens, from + n)),
    );
  // … or after an age or a lower-case role: "On Saturday, 62-year-old Ana Vale railed … and said …", "On Friday, retired
  // teacher Tom Lund complained … and said …"
  const lead = s?.kind === 'key' && s.first > from ? doc.text.slice(tokens[from]!.start, tokens[s.first]!.start).trim() : '';
  const words = lead.split(/\s+/);
  const role = words[words.length - 1] ?? '';
  const introduced =
    /^[a-z0-9][a-z0-9 -]*$/.test(lead) &&
    words.length <= 3 &&
    !words.some((x) => NP_BREAK.has(x) || SPEECH_VERBS.has(x)) &&
    (/^[0-9]+-year-old$/.test(role) || SPEAKER_NOUNS.has(role) || personShaped(role));
  // … or after a place or an organisation and capitalised titles: "U.S. Secretary of State Robert Ames said … and urged …"
  const opener = s?.kind === 'key' ? keyStartingAt(doc, firstWordAt(doc, from)) : null;
  const titledLead = !!opener && !isPersonKey(doc, opener.key) && titledPersonAfter(doc, opener.last + 1) === s!.last;
  return described || introduced || titledLead ? s : null;
}

/**
 * Whether the verb at v (and its object, as "told reporters") is followed by a comma that the sentence goes on after (no
 * quotation, or one going on in lower case): a frame set inside a sentence.
 */
function parentheticalFrame(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  for (let k = v + 1; k <= v + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return false;
    // (or by quoted words going on in lower case: "Clinton, a top aide said, “is very confident …”")
    if (t.raw === ',') {
      let q = k + 1;
      while (q < tokens.length && doc.quoted[q] && !tokens[q]!.word) q++;
      return !doc.quoted[k + 1] || (q < tokens.length && !!doc.quoted[q] && tokens[q]!.cap === 0);
    }
    if (!t.word) return false;
  }
  return false;
}

/**
 * A comparison fronted at token k before its sentence's subject, whose noun is someone compared, never the subject nor
 * the speaker: "Like Okafor, …", "Unlike her rival Paul Okafor, …", "As with Okafor, …", "Contrary to Okafor, …", "Compared
 * with Okafor, …", "In contrast to Okafor, …" (after
 * "But", "And" or "Yet" too, and "Much like", "Just like"). `object` is the first word of the compared noun phrase;
 * `comma` the comma that closes the phrase (past a list of names, "Unlike Ruiz, Hale and Okafor, …", and past a relative
 * clause set off by commas after the noun: "Unlike Okafor, who conceded on Monday, the governor …"), -1 when none does
 * before `limit` (the caller's sentence end or verb) or within 25 tokens; `heads` the names the phrase's items end with,
 * the people compared ("her rival Paul Okafor"; none in "Hale's predecessor", "the Okafor campaign", "the race, which
 * Okafor lost"). Null when k opens none.
 * Pure.
 */
export function frontedComparisonAt(
  tokens: ReadonlyArray<Token>,
  k: number,
  limit = tokens.length,
): { object: number; comma: number; heads: Array<[number, number]> } | null {
  let i = k;
  if (tokens[i]?.word && /^(but|and|yet)$/.test(tokens[i]!.lower)) i++;
  if (tokens[i]?.word && /^(much|just)$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === 'like') i++;
  const t = tokens[i];
  if (!t?.word) return null;
  const after = tokens[i + 1]?.lower ?? '';
  const object = /^(like|unlike)$/.test(t.lower)
    ? i + 1
    : (t.lower === 'as' && after === 'with') ||
        (t.lower === 'contrary' && after === 'to') ||
        (t.lower === 'compared' && /^(with|to)$/.test(after))
      ? i + 2
      : // (and "In contrast to Okafor, …", "In contrast with Okafor, …")
        t.lower === 'in' && after === 'contrast' && /^(to|with)$/.test(tokens[i + 2]?.lower ?? '')
        ? i + 3
        : -1;
  if (object < 0 || !tokens[object]?.word) return null;
  const next = (from: number): number => {
    for (let c = from; c < limit && c < from + 25; c++) {
      const x = tokens[c]!;
      if (x.raw === ',') return c;
      if (/^[?!;:]$/.test(x.raw)) return -1;
    }
    return -1;
  };
  let comma = next(object);
  const items: Array<[number, number]> = [[object, comma < 0 ? limit : comma]];
  // (a list of names is one comparison: "Unlike Ruiz, Hale and Okafor, who all lost, the governor …", "Like Ruiz, Hale,
  // or Okafor, he …"; two names and a relative clause too, "Unlike Ruiz, Okafor, who lost, the governor …", not a name
  // that is the subject, "Like Okafor, Ruiz said …", "Like Okafor, Ruiz, a Democrat, said …")
  for (let c = comma, more: Array<[number, number]> = []; c >= 0;) {
    const conj = /^(and|or)$/.test(tokens[c + 1]?.lower ?? '');
    const from = conj ? c + 2 : c + 1;
    const end = capitalRunEnd(tokens, from, limit);
    if (end === from) break;
    const joined = !conj && /^(and|or)$/.test(tokens[end]?.lower ?? '');
    const last = joined ? capitalRunEnd(tokens, end + 1, limit) : end;
    if (tokens[last]?.raw !== ',' || (joined && last === end + 1)) break;
    more.push([from, end]);
    if (joined) more.push([end + 1, last]);
    if (conj || joined || (more.length === 1 && RELATIVE_OPENER.test(tokens[last + 1]?.lower ?? ''))) {
      items.push(...more);
      comma = last;
      break;
    }
    c = last;
  }
  // (a list only when a main clause's subject follows it, or its relative clause: "Like Ruiz, Okafor and Hale, who all
  // lost, said …" is theirs, no comparison past Ruiz)
  if (items.length > 1) {
    const close = RELATIVE_OPENER.test(tokens[comma + 1]?.lower ?? '') ? clauseCloseAt(tokens, comma + 2, limit) : comma;
    if (close < 0 || !subjectOpens(tokens, close + 1)) {
      items.length = 1;
      comma = items[0]![1] < limit ? items[0]![1] : -1;
    }
  }
  // (past a relative clause set off by commas, to the comma a main clause's subject follows, outside any quotation:
  // "Like Ruiz, who said shops, bars and restaurants would close, the mayor …", "…, who said she was “disgusted,
  // frankly,” by the vote, the mayor …"; none found, no comma: the clause is not cut short)
  if (comma >= 0 && RELATIVE_OPENER.test(tokens[comma + 1]?.lower ?? '')) comma = clauseCloseAt(tokens, comma + 2, limit);
  const heads = items.map(([from, to]) => [capitalRunStart(tokens, from, to), to] as [number, number]).filter(([a, b]) => a < b);
  return { object, comma, heads };
}

const RELATIVE_OPENER = /^(who|whose|whom|which)$/;
/** Subordinators that open a clause set off by commas right after "that": "said that, if elected, he would …". */
const THAT_ASIDE_OPENERS = /^(if|when|unless|once|as|because|although|though|while|after|before|until|since|whether)$/;

/** The end (exclusive) of the run of capitalised words from `from` (a name, "Paul Okafor"), before `limit`. */
function capitalRunEnd(tokens: ReadonlyArray<Token>, from: number, limit: number): number {
  let e = from;
  while (e < limit && e < from + 5 && tokens[e]?.word && tokens[e]!.cap > 0 && !COMMON_WORDS.has(tokens[e]!.lower)) e++;
  return e;
}

/**
 * The start of the run of capitalised words that ends the words [from, to) (the name a comparison's noun phrase ends
 * with: "her rival Paul Okafor"), `to` when they end with none (a possessor's or modifier's name, "Hale's
 * predecessor", "the Okafor campaign of 2019", is no head).
 */
function capitalRunStart(tokens: ReadonlyArray<Token>, from: number, to: number): number {
  let s = to;
  while (s > from && tokens[s - 1]!.word && tokens[s - 1]!.cap > 0 && !COMMON_WORDS.has(tokens[s - 1]!.lower)) s--;
  return s;
}

/** Is there an auxiliary, a past tense or a subject pronoun in lower case among the words after v and before `to`? */
function clauseWordsAfter(tokens: ReadonlyArray<Token>, v: number, to: number): boolean {
  for (let j = v + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.word && t.cap === 0 && (AUXILIARIES.has(t.lower) || pastTense(t.lower) || /^(he|she|they|it|we|you)$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * The comma from `from` (a relative clause's words) that closes a comparison's relative clause: the main clause is the
 * sentence's end (before `limit`, which may be its verb), so the close is the last comma outside quotation marks a
 * subject follows (subjectOpens) whose words run with a finite verb to the end, past appositions to that subject ("…,
 * the mayor, a Democrat, voted no") and a closing frame ("…, the mayor voted no, officials said"); never a comma between
 * digits ("$1,200"). -1 if none.
 */
function clauseCloseAt(tokens: ReadonlyArray<Token>, from: number, limit: number): number {
  const commas: number[] = [];
  let open = 0;
  let end = Math.min(limit, from + 60);
  for (let c = from; c < end; c++) {
    const x = tokens[c]!;
    if (x.raw === '“' || x.raw === '‘') open++;
    else if (x.raw === '”' || x.raw === '’') open = Math.max(0, open - 1);
    else if (x.raw === '"') open = open ? 0 : 1;
    else if (/^[?!;:]$/.test(x.raw)) end = c;
    else if (x.raw === ',' && !open && !(/[0-9]$/.test(tokens[c - 1]?.raw ?? '') && /^[0-9]/.test(tokens[c + 1]?.raw ?? '')))
      commas.push(c);
  }
  // (from the end back: a part with a finite verb after a subject is the main clause; a part without one, or one that
  // opens with the verb, belongs with the part before it; the verb `limit` stands at counts for the last part; a part
  // with a verb before the main clause's subject is the report's; a subject may open with a title's abbreviation before a
  // name: "…, Mr. Hale voted no")
  const honorific = (t: Token | undefined): boolean => !!t?.word && (HONORIFIC_GENDER.has(t.lower) || TITLES.has(t.lower));
  let close = -1;
  for (let k = commas.length - 1, to = end; k >= 0; to = commas[k]!, k--) {
    const c = commas[k]!;
    // (a comma that closes a subordinate clause set off after "that" is inside the report, no close, and so is every
    // comma before it: the close is the one found after it, "who said that, if elected, he would cut taxes, Hale …")
    const p = commas[k - 1];
    if (p !== undefined && tokens[p - 1]?.lower === 'that' && THAT_ASIDE_OPENERS.test(tokens[p + 1]?.lower ?? '')) break;
    const subject =
      subjectOpens(tokens, c + 1) ||
      (honorific(tokens[c + 1]) && tokens[c + 2]?.raw === '.' && subjectOpens(tokens, c + 3)) ||
      roleBeforeNameAt(tokens, c + 1);
    let verb = false;
    for (let j = c + 1; j < to && !verb; j++) verb = finiteVerbLike(tokens[j]!);
    if (to === end && end === limit && tokens[limit]?.word) verb ||= finiteVerbLike(tokens[limit]!);
    // (a clause joined to the main clause is part of it: "…, the mayor voted no, and the council, 5-4, approved it")
    if (
      /^(and|or|but|nor|yet|so|while|whereas|although|though|because|since|as|if|when|after|before|until|unless)$/.test(
        tokens[c + 1]?.lower ?? '',
      )
    ) {
      close = -1;
      continue;
    }
    // (a part that opens with neither a subject nor a verb, before the subject found, may itself be the subject
    // subjectOpens does not know: that close is none, "…, the bridge was safe, engineers at the county, 12 in all, closed it")
    if (!subject && (!finiteVerbLike(tokens[c + 1]!) || /^(at|of|in|from|for|on|with|near|by)$/.test(tokens[c + 2]?.lower ?? '')))
      close = -1;
    if (verb && close >= 0) break;
    // (a frame closing the sentence, or only a participle after it, is the writer's, not the main clause: "…, officials
    // said.", "…, Hale told reporters.", "…, she said, adding …"; not "…, Hale said she agreed.")
    // (the verb looked for in the part only, and the words after it read only when the part is short enough: no walk
    // over the article's tokens before the comma for each comma)
    let v = -1;
    for (let j = c + 1; j < to && v < 0; j++) if (tokens[j]!.word && tokens[j]!.cap === 0 && SPEECH_VERBS.has(tokens[j]!.lower)) v = j;
    if (close < 0 && subject && v > c && v - c <= 4 && to - c <= 7 && !clauseWordsAfter(tokens, v, to)) continue;
    if (subject) close = c;
    if (subject && verb) break;
  }
  return close;
}

/**
 * Whether a role in lower case, one or two words ending on a speaker's noun, opens at token i before a name: "union
 * leader Priya Nair", "party chief Ana Berg" (subjectOpens knows only one word before the name).
 */
function roleBeforeNameAt(tokens: ReadonlyArray<Token>, i: number): boolean {
  for (let j = i; j <= i + 1; j++) {
    const t = tokens[j];
    if (!t?.word || t.cap !== 0) return false;
    const next = tokens[j + 1];
    if (SPEAKER_NOUNS.has(t.lower) && !!next?.word && next.cap > 0 && !COMMON_WORDS.has(next.lower)) return true;
  }
  return false;
}

/**
 * Whether a main clause's subject may open at token i: a determiner, a pronoun, a number, a quantifier ("most voters"), a
 * capitalised word or a word before one (a role before a name: "councillor Tom Berg"), or a bare plural before a word in
 * lower case ("voters rejected"; not a list's "bars and restaurants", "bars, cafes"); not a conjunction nor a relative
 * pronoun.
 */
function subjectOpens(tokens: ReadonlyArray<Token>, i: number): boolean {
  const n = tokens[i];
  if (!n?.word || RELATIVE_OPENER.test(n.lower) || /^(and|or|but|when|while|where|as|if|because)$/.test(n.lower)) return false;
  const name = (t: Token | undefined): boolean => !!t?.word && t.cap > 0 && !COMMON_WORDS.has(t.lower);
  if (DETERMINERS.has(n.lower) || PRONOUNS.has(n.lower) || /^[0-9]/.test(n.raw) || name(n) || name(tokens[i + 1])) return true;
  if (/^(most|many|some|few|several|all|both)$/.test(n.lower)) return true;
  const next = tokens[i + 1];
  return n.cap === 0 && pluralShape(n.lower) && !!next?.word && next.cap === 0 && !/^(and|or)$/.test(next.lower);
}

/**
 * The name that opens the sentence when the subject found before an apposition is a role in apposition to it: "Alixandria
 * Lapp, executive director of the House Majority PAC, a Democratic super PAC, said", or an organisation after such a
 * role ("Idris Venn, chief executive of Tarrow Lines, a family-owned company, said"); a name the discovery did not
 * register (two or three name words opening the sentence) is registered. Null otherwise.
 */
function nameBeforeRole(doc: Doc, floor: number, subj: Found, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let roleStart = subj.first;
  if (
    subj.kind === 'key' &&
    subj.key!.kind !== 'new' &&
    !isPersonKey(doc, subj.key!) &&
    /^(of|at|for)$/.test(tokens[roleStart - 1]?.lower ?? '')
  ) {
    roleStart -= 2;
    while (roleStart > floor && roleStart >= subj.first - 6 && roleWord(tokens[roleStart - 1])) roleStart--;
    if (!roleWord(tokens[roleStart])) return null;
  }
  // (nor a comma that is the floor, the close of a comparison the sentence opens with: see scanSubjectBefore)
  if (roleStart - 1 <= floor || !(subj.kind === 'desc' || roleStart < subj.first) || tokens[roleStart - 1]?.raw !== ',') return null;
  const last = pastParty(doc, roleStart - 2, floor);
  const named = keyEndingAt(doc, last);
  // (or after a role in lower case, a conjunction before it: "But the actor Lucas Wen, the director's son, who plays …,
  // posted")
  const from = firstWordAt(doc, floor);
  const role = (f: number): boolean => roleBeforeName(doc, /^(but|and|yet)$/.test(tokens[f]?.lower ?? '') ? f + 1 : f, named!.first);
  // (nor the object of a comparison fronted before the subject, its comma no apposition's: "Like Paul Okafor, the mayor
  // said …", "Unlike her rival Paul Okafor, the governor told …", "As with Okafor, the mayor said …" are the mayor's)
  const compared = named ? frontedComparisonAt(tokens, from, named.first) : null;
  if (compared && compared.object <= named!.first) return null;
  if (named)
    return isPersonKey(doc, named.key) && (opensSentence(doc, floor, named.first) || role(from))
      ? { kind: 'key', key: named.key, first: named.first, last }
      : null;
  const first = firstWordAt(doc, floor);
  let w = first;
  while (w <= last && isNameWordAt(doc, w)) w++;
  return w === last + 1 && last - first >= 1 && last - first <= 2
    ? { kind: 'key', key: nameAt(doc, first, last, seen), first, last }
    : null;
}

/**
 * The subject before an apposition between two dashes typed as hyphens ("--", or "-" between spaces), the second
 * ending at j right before the verb: "Jon Kall -- co-editor of Debating the Mayor, a book on debates -- said". The
 * subject opens the sentence, or follows an opening phrase and its comma ("In an interview, Ada Vik - his sister -
 * told …"); a description is headed by a speaker's noun or a title; nothing inside is a quotation or a verb of saying.
 */
function subjectBeforeTypedDash(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const dash = (k: number): boolean => tokens[k]?.raw === '-' && !joiningHyphen(doc, k);
  let e = j;
  if (dash(j - 1) && tokens[j - 1]!.end === tokens[j]!.start) e = j - 1;
  let k = e - 1;
  let speech = false;
  while (k > floor && !dash(k) && e - k < 30) {
    const x = tokens[k]!;
    if (doc.quoted[k]) return null;
    if (x.word && x.cap === 0 && SPEECH_VERBS.has(x.lower) && !NOUN_LIKE_VERBS.test(x.lower.replace(/s$/, ''))) speech = true;
    k--;
  }
  if (!dash(k) || k >= e - 1) return null;
  // (a verb of saying inside is a relative clause's own when "who" opens the aside, as between commas: "Mayor Ana Ruiz -
  // who previously said she would veto the plan - argued …")
  if (speech && !(tokens[k + 1]?.lower === 'who' && tokens[k + 1]!.cap === 0)) return null;
  const o = dash(k - 1) && tokens[k - 1]!.end === tokens[k]!.start ? k - 1 : k;
  const s = subjectWithPP(doc, pastParty(doc, o - 1, floor), floor, seen);
  if (!s) return null;
  // (the name before a role in apposition: "John Dickey, the chief executive of Ora Media -- the production company … --
  // told me")
  // (or after an opening phrase and its comma: "In an interview at her hotel, Deborah Reynolds - his girlfriend - told …")
  const opened =
    opensSentence(doc, floor, s.first) ||
    (tokens[s.first - 1]?.raw === ',' &&
      OPENING_PHRASE.test(tokens[firstWordAt(doc, floor)]?.lower ?? '') &&
      openingPhraseBefore(doc, floor, s.first - 1, 12));
  if (!opened) return nameBeforeRole(doc, floor, s, seen);
  // (a title heads a description too: "The Supreme Court justice -- who has clashed with the nominee -- said")
  return s.kind === 'key' || (s.kind === 'desc' && (SPEAKER_NOUNS.has(s.desc!.head) || TITLES.has(s.desc!.head))) ? s : null;
}

/**
 * The name of two capitalised words or more that opens the apposition between the commas at k and j, followed by
 * a phrase of place or work ("of the Harbour Church in Bergen") or by nothing, after a description that opens the
 * sentence with a determiner: "One pastor backing Mr. Lund, Ole Dahl of the Harbour Church, said" is Dahl (not
 * Lund, whom the description mentions); null otherwise.
 */
function nameAfterDescription(doc: Doc, floor: number, k: number, j: number, seen: NewName[]): Found | null {
  // (the description may open the frame after a quotation: '“…,” the study's lead author, Dr. Ana Quill of the Bayfield
  // Institute, said')
  let o = firstWordAt(doc, floor);
  while (o < k && (doc.quoted[o] || !doc.tokens[o]!.word)) o++;
  // (or after an opening phrase of the occasion set off by a comma: "In a letter released Wednesday, the conference's
  // president, Archbishop Ana Roy of Moncton, wrote …")
  if (/^(in|at|during|on)$/.test(doc.tokens[o]!.lower) && doc.tokens[o]!.cap > 0) {
    let m = o + 1;
    while (m < k - 1 && m - o < 12 && doc.tokens[m]!.raw !== ',' && !doc.quoted[m]) m++;
    if (doc.tokens[m]?.raw === ',' && m < k - 1) o = m + 1;
  }
  const open = doc.tokens[o]!;
  // (or a possessive: "Etxeberria's agent, Leonard Pike of Crestline Talent, said", "Her colleague, Julien Aubry of
  // Valmont University, said")
  const opens = /^(one|a|an|the|another|his|her|their|its|our)$/.test(open.lower) || possessiveName(doc, o, k);
  if (!opens || doc.tokens[k - 1]?.raw === ')') return null;
  const named = namedBetween(doc, k, j, seen) ?? nameAfterModifiedRole(doc, k, j);
  if (named) return named;
  // (or a given name alone, as news names a minor or someone who gave no surname, after a noun of one person: "Her
  // roommate, Simran, said …", "A classmate, Priya, said …"; not an organisation's or a group's noun: "The state,
  // Georgia, said")
  const { tokens } = doc;
  const head = tokens[k - 1]!;
  const given = tokens[k + 1]!;
  if (
    j === k + 2 &&
    head.word &&
    head.cap === 0 &&
    (SPEAKER_NOUNS.has(head.lower) || TITLES.has(head.lower) || RELATIVES.test(head.lower)) &&
    !ORG_HEADS.has(head.lower) &&
    !GROUP_NOUNS.has(head.lower) &&
    given.word &&
    given.cap === 1 &&
    !doc.quoted[k + 1] &&
    isGivenName(given.raw)
  ) {
    const known = keyStartingAt(doc, k + 1);
    if (known && !isPersonKey(doc, known.key)) return null;
    return { kind: 'key', key: known ? known.key : nameAt(doc, k + 1, k + 1, seen), first: k + 1, last: k + 1 };
  }
  return null;
}

/**
 * The person named in full right after a role in lower case, closing the apposition between the commas at k and j, the
 * role's modifiers capitalised or not before it: "Her coach, former Danish Davis Cup player Mikkel Holmgaard, said",
 * "His agent, former NHL defenceman Ben Roy, said" (no determiner, preposition or participle among them); null otherwise.
 */
function nameAfterModifiedRole(doc: Doc, k: number, j: number): Found | null {
  const { tokens } = doc;
  const named = keyEndingAt(doc, j - 1);
  if (!named || named.first >= j - 1 || named.first - 1 <= k || !isPersonKey(doc, named.key)) return null;
  const role = tokens[named.first - 1]!;
  if (!role.word || role.cap !== 0 || doc.quoted[named.first - 1]) return null;
  if (!(SPEAKER_NOUNS.has(role.lower) || TITLES.has(role.lower) || POSITIONS.test(role.lower) || personShaped(role.lower))) return null;
  for (let x = k + 1; x < named.first - 1; x++) {
    const t = tokens[x]!;
    if (doc.quoted[x] || !(t.word || joiningHyphen(doc, x))) return null;
    // (a compound's first part is none: "two-time Memorial Cup winner Ada Roy")
    if (t.word && t.cap === 0 && (DETERMINERS.has(t.lower) || NP_BREAK.has(t.lower)) && !joiningHyphen(doc, x + 1)) return null;
    // (nor a participle, whose object the name is: "Her husband, visiting Senate candidate Ana Vale, said"; a compound's
    // second part is one: "record-breaking Olympic sprinter Ada Roy")
    if (t.word && t.cap === 0 && /^[a-z]{2,}ing$/.test(t.lower) && !joiningHyphen(doc, x - 1)) return null;
  }
  return { kind: 'key', key: named.key, first: named.first, last: j - 1 };
}

/**
 * Whether the sentence from `floor` opens with a determiner, a person's role and a preposition: "A spokesperson for …",
 * "A lawyer for …" (not an organisation's or a group's noun: "A group of …").
 */
function roleWithPreposition(doc: Doc, floor: number): boolean {
  const { tokens } = doc;
  const opening = firstWordAt(doc, floor);
  const role = tokens[opening + 1];
  return (
    !!role?.word &&
    role.cap === 0 &&
    DETERMINERS.has(tokens[opening]!.lower) &&
    SPEAKER_NOUNS.has(role.lower) &&
    !ORG_HEADS.has(role.lower) &&
    !GROUP_NOUNS.has(role.lower) &&
    /^(for|of|at|with|from)$/.test(tokens[opening + 2]?.lower ?? '')
  );
}

/** Whether the sentence from `floor` opens with a name in the possessive, one to four capitalised words before the comma at k: "Priya Raman's publisher". */
function possessiveName(doc: Doc, floor: number, k: number): boolean {
  const { tokens } = doc;
  const open = firstWordAt(doc, floor);
  let x = open;
  while (x < k && x - open < 4 && tokens[x]!.word && tokens[x]!.cap > 0 && !doc.quoted[x]) x++;
  return x > open && x < k - 1 && tokens[x]!.key === "'s";
}

/** Whether a person the discovery found is named between tokens a and b. */
function personKeyBetween(doc: Doc, a: number, b: number): boolean {
  for (let x = a; x <= b; x++) {
    const found = keyStartingAt(doc, x);
    if (found && isPersonKey(doc, found.key)) return true;
  }
  return false;
}

/** Nouns of a newspaper, a broadcaster or another outlet, whose name may follow in apposition: "the port's trade newspaper, The Harbour Ledger". */
const OUTLET_NOUNS = new RegExp(`^(${OUTLET_NOUN_WORDS}|journal|site)$`);

/**
 * Is the phrase between the commas at k and j a capitalised name in apposition to the noun of an organisation or an
 * outlet right before k, with a comma further back in the sentence that opens a description ("…, the editor of the
 * port's newspaper, The Harbour Ledger, said")?
 */
function orgInsideApposition(doc: Doc, floor: number, k: number, j: number): boolean {
  const { tokens } = doc;
  const noun = tokens[k - 1];
  if (!noun?.word || noun.cap !== 0 || !(ORG_DESCRIPTIONS.test(noun.lower) || OUTLET_NOUNS.test(noun.lower))) return false;
  for (let x = k + 1; x < j; x++) {
    const w = tokens[x]!;
    if (doc.quoted[x] || !w.word || (w.cap === 0 && !(x === k + 1 && w.lower === 'the') && !/^(of|for|and|the)$/.test(w.lower)))
      return false;
  }
  if (!tokens[j - 1]!.word || tokens[j - 1]!.cap === 0) return false;
  // (a person's name is the apposition's own: "the head of the harbour authority, Ann Vasko, said"; after a newspaper's
  // noun it is the paper's, whatever the names took it for: "the Vatican's newspaper, L'Osservatore Romano")
  const known = keyStartingAt(doc, k + 1 + (tokens[k + 1]!.lower === 'the' ? 1 : 0));
  if (!OUTLET_NOUNS.test(noun.lower) && (personKeyBetween(doc, k + 1, j - 1) || (known && isPersonKey(doc, known.key)))) return false;
  // the comma that opens the description the noun ends, its determiner right after it
  for (let c = k - 2; c > floor && k - c <= 15; c--) {
    const w = tokens[c]!;
    if (doc.quoted[c]) return false;
    if (w.raw === ',') {
      const d = tokens[c + 1];
      return c + 1 < k - 1 && !!d?.word && (/^(the|a|an)$/.test(d.lower) || SPEAKER_NOUNS.has(d.lower) || TITLES.has(d.lower));
    }
    if (!w.word && w.key !== "'s" && w.raw !== '-') return false;
  }
  return false;
}

/** Nouns of an organisation, whose apposition is its name whatever word ends it: "the regional body, the Eastern Synod". */
export const ORG_DESCRIPTIONS =
  /^(company|firm|ministry|department|agency|bank|union|council|committee|board|commission|group|coalition|alliance|organi[sz]ation|association|federation|institute|university|foundation|authority|body|diocese|church|charity|watchdog|regulator|insurer|broadcaster|publisher|retailer|manufacturer|nonprofit|non-profit|operator|chain|drugmaker|provider|network|utility|airline|carrier|lender|developer|hospital|employer|maker|automaker|carmaker|planemaker|supplier|distributor)$/;

/** Do capitalised words at `p` go on to "and" or "or" and another capitalised word, the rest of a list of names? */
export function nameListAfter(doc: Doc, p: number): boolean {
  const { tokens } = doc;
  // (from the second name of the list: names of up to four words each, joined by commas, the last after "and" or "or" and a
  // serial comma or none, "Rogers and Telus" of "Bell, Rogers and Telus", "AT&T, and T-Mobile" of "Verizon, AT&T, and
  // T-Mobile"; up to four names before the "and")
  let q = p;
  for (let names = 0; names < 4; names++) {
    const from = q;
    while (
      q - from < 4 &&
      ((tokens[q]?.word && tokens[q]!.cap > 0) || tokens[q]?.raw === '&' || (q > from && tightHyphen(tokens, q))) &&
      !doc.quoted[q]
    )
      q++;
    if (q === from) return false;
    if (/^(and|or)$/.test(tokens[q]?.lower ?? '')) return (tokens[q + 1]?.cap ?? 0) > 0;
    if (tokens[q]?.raw !== ',') return false;
    q++;
    if (/^(and|or)$/.test(tokens[q]?.lower ?? '')) return (tokens[q + 1]?.cap ?? 0) > 0;
  }
  return false;
}

/**
 * The organisation named right after a description of an organisation that is its apposition: "according to data from
 * the analytics firm ScreenCount" is ScreenCount's (not a person's name: "the firm's founder Ada Roe" is no organisation).
 */
function orgNamedAfter(doc: Doc, s: Found): Found | null {
  const { tokens } = doc;
  if (s.kind !== 'desc' || !s.desc!.definite || !ORG_DESCRIPTIONS.test(s.desc!.head) || s.desc!.head !== tokens[s.last]!.lower) return null;
  // (or set off by commas: "according to the company, Harbour Towing Ltd., the tug …")
  const comma = tokens[s.last + 1]?.raw === ',';
  // (with its article, a name that ends in an organisation's word: "according to the regulator, the Northern Energy Board, …")
  const the = comma && tokens[s.last + 2]?.lower === 'the' && tokens[s.last + 2]!.cap === 0 ? 1 : 0;
  const a = comma ? s.last + 2 + the : s.last + 1;
  if (!tokens[a]?.word || tokens[a]!.cap === 0 || doc.quoted[a] || tokens[a]!.para !== tokens[s.last]!.para) return null;
  /** the comma that closes the apposition, past a company's abbreviation and its point, right after token `e` */
  // (not the first of a list of names after the comma: "according to figures released by the department, Bell, Rogers
  // and Telus together secured …")
  const closed = (e: number): boolean =>
    (tokens[e + 1]?.raw === ',' && !nameListAfter(doc, e + 2)) ||
    (tokens[e + 1]?.raw === '.' && tokens[e + 2]?.raw === ',' && LEGAL_SHORT.has(tokens[e]!.lower) && !nameListAfter(doc, e + 3));
  const known = keyStartingAt(doc, a);
  if (known) {
    if (isPersonKey(doc, known.key) || (comma && !closed(known.last))) return null;
    return { kind: 'key', key: known.key, first: a, last: known.last };
  }
  let e = a;
  while (e - a < 4 && tokens[e + 1]?.word && tokens[e + 1]!.cap > 0 && !doc.quoted[e + 1] && !tokens[e + 1]!.gap) e++;
  if (comma && !closed(e)) return null;
  if (the && !ORG_SUFFIXES.has(tokens[e]!.lower) && !ORG_HEADS.has(tokens[e]!.lower)) return null;
  // (its name ends the phrase: "… the analytics firm ScreenCount." or ", …")
  const next = tokens[e + 1];
  if ((next?.word && next.cap === 0 && !NP_BREAK.has(next.lower)) || personKeyBetween(doc, a, e)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[a - the]!.start, tokens[e]!.end));
  return { kind: 'desc', desc: { text, definite: true, head: tokens[e]!.lower, group: true, gender: null }, first: a - the, last: e };
}

/**
 * The name that closes a source "according to" names after its lower-case description, in close apposition: "according
 * to mortgage giant Freddie Mac", "according to the advocacy group Fair Rent Ontario" are Freddie Mac's, Fair Rent
 * Ontario's (no person's: a person named so is found as one). The organisation's key when the name is known whole, else
 * the name as a description; null when the phrase does not end in such a name.
 */
function nameClosingSource(doc: Doc, s: Found): Found | null {
  const { tokens } = doc;
  if (s.kind !== 'desc' || tokens[s.first]!.cap !== 0 || tokens[s.last]!.cap === 0) return null;
  let a = s.last;
  while (a - 1 > s.first && tokens[a - 1]!.word && tokens[a - 1]!.cap > 0 && !doc.quoted[a - 1]) a--;
  const before = tokens[a - 1]!;
  // (after a noun of the description: not "of", "for" or a possessive's name, "the head of Fair Rent Ontario")
  // (nor the possessive inside a name: "the Prime Minister's Office")
  if (
    a - s.first < 2 ||
    !before.word ||
    before.cap !== 0 ||
    before.key === "'s" ||
    !/^[a-z]/.test(before.lower) ||
    NP_BREAK.has(before.lower) ||
    DETERMINERS.has(before.lower)
  )
    return null;
  // (a description in lower case only: not a name in French, its particles in lower case, "the Producteurs et
  // productrices acéricoles du Québec")
  for (let k = s.first + 1; k < a; k++) if (tokens[k]!.cap > 0) return null;
  if (venueBeforeName(doc, s.first, a)) return null;
  const known = keyStartingAt(doc, a);
  if (known && isPersonKey(doc, known.key)) return null;
  if (known && known.last === s.last) return { kind: 'key', key: known.key, first: a, last: s.last };
  const text = withoutInvisible(doc.text.slice(tokens[a]!.start, tokens[s.last]!.end));
  return { kind: 'desc', desc: { text, definite: true, head: tokens[s.last]!.lower, group: true, gender: null }, first: a, last: s.last };
}

/**
 * Whether the name at `a` closing a source's description is where the document appeared, not who made it: the last
 * preposition of the description before it is one of place, "according to a study published in the journal Neurology"
 * is the study's (not "according to a report by the think tank Resolution Foundation", whose maker "by" names).
 */
function venueBeforeName(doc: Doc, first: number, a: number): boolean {
  const { tokens } = doc;
  for (let k = a - 2; k > first; k--) {
    const w = tokens[k]!.lower;
    if (/^(in|on|at|into)$/.test(w)) return true;
    if (NP_BREAK.has(w)) return false;
  }
  return false;
}

/**
 * The organisation named between the comma at k and the comma at j, in apposition to a description that opens the
 * sentence: "A group that represents fishermen, the Harbour Fishermen's Association, said" (a known organisation, or
 * "the" and a capitalised name ending in an organisation word); else null.
 */
function orgApposition(doc: Doc, floor: number, k: number, j: number): Found | null {
  const { tokens } = doc;
  // (or a possessive: "Its insurer, Northgate Mutual Ltd., said", "Raman's publisher, Lakeview Press, said")
  if (!/^(one|a|an|the|another|its|his|her|their|our)$/.test(tokens[firstWordAt(doc, floor)]!.lower) && !possessiveName(doc, floor, k))
    return null;
  // (not after a person's role and its preposition, whose object the name is in apposition to: "A lawyer for the
  // union, the Harbour Workers Guild, said" is the lawyer's)
  if (roleWithPreposition(doc, floor)) return null;
  const the = tokens[k + 1]?.lower === 'the' ? 1 : 0;
  // (or a company's name with its abbreviated suffix, no article: "The home's operator, Maplecrest Living Inc., said")
  const dot = tokens[j - 1]!.raw === '.' && tokens[j - 2]?.end === tokens[j - 1]!.start && LEGAL_SHORT.has(tokens[j - 2]!.lower);
  const e = dot ? j - 2 : j - 1;
  const last = tokens[e]!;
  // (a plural one too: "the Council of Public School Boards' Associations")
  const orgWord = [last.lower, last.lower.replace(/s$/, '')].some((w) => ORG_SUFFIXES.has(w) || ORG_HEADS.has(w));
  const known = keyStartingAt(doc, k + 1 + the);
  // (a name the discovery took for a person's, when it ends in an organisation word: "the Coastal Lights Trust")
  if (known && known.last === e && (keyType(doc, known.key) === 'organization' || (the && orgWord)))
    return { kind: 'key', key: known.key, first: k + 1, last: e };
  // (or any capitalised name when the description is itself of an organisation: "The church's regional body, the
  // Eastern Synod, said", "The diocese, the Anglican Diocese of Westmark, said")
  // (its head right after the opening determiner, before a post-modifier: "The union representing correctional
  // officers, OPSEU Local 411, said", the name ending in a number then)
  const open = firstWordAt(doc, floor);
  const headFirst = tokens[open + 1]?.word === true && tokens[open + 1]!.cap === 0 && ORG_DESCRIPTIONS.test(tokens[open + 1]!.lower);
  const nounBefore = tokens[k - 1]?.word === true && tokens[k - 1]!.cap === 0 && ORG_DESCRIPTIONS.test(tokens[k - 1]!.lower);
  const orgDescribed = nounBefore || headFirst;
  const numbered = headFirst && /^[0-9]+$/.test(last.raw) && tokens[e - 1]!.cap > 0;
  // (or capitalised words without "the" after such a noun, not a person's name nor a possessive's head: "The company
  // that built the bridge, Halvard and Sons, said", but not "The firm's lawyer, Dale Brooks, said")
  const bare =
    !the && !dot && (nounBefore || (headFirst && tokens[open + 2]?.key !== "'s")) && last.cap > 0 && !personKeyBetween(doc, k + 1, e);
  // (one word, when a verb of saying follows its closing comma: "The plane's manufacturer, Aerovance, said")
  // (or after the organisation's head and its post-modifier: "The union representing the drivers, Unite, said")
  const one =
    bare &&
    (nounBefore || postModifiedOrgHead(doc, open, k)) &&
    e === k + 1 &&
    tokens[j]!.raw === ',' &&
    SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '') &&
    loneOrgWord(doc, e);
  if (
    !(the || dot || numbered || bare) ||
    !(orgWord || ((the || numbered || bare) && orgDescribed)) ||
    (last.cap === 0 && !numbered) ||
    (e - k < 2 && !one)
  )
    return null;
  // "the" and capitalised words (with "of", "for", "and", "of the", a possessive) up to the organisation word
  for (let x = k + 1 + the; x <= e; x++) {
    const t = tokens[x]!;
    const joining = x > k + 1 && (/^(of|for|and)$/.test(t.lower) || (t.lower === 'the' && tokens[x - 1]!.lower === 'of'));
    if (doc.quoted[x] || !(t.key === "'s" || pluralPossessive(tokens, x) || (t.word && (t.cap > 0 || joining || (x === e && numbered)))))
      return null;
  }
  const text = withoutInvisible(doc.text.slice(tokens[k + 1]!.start, last.end));
  return { kind: 'desc', desc: { text, definite: true, head: last.lower, group: true, gender: null }, first: k + 1, last: e };
}

/**
 * Does the noun phrase opening at `open` name an organisation by its head right after the determiner, then modify it
 * with a participle or a relative clause running up to the comma at `k` ("The union representing the drivers", "The
 * company that runs the depot")? A capitalised word in apposition after it is then the organisation's name, not the
 * modifier's object's. Part of orgApposition.
 */
function postModifiedOrgHead(doc: Doc, open: number, k: number): boolean {
  return postModifiedHead(doc, open, k, (head) => ORG_DESCRIPTIONS.test(head));
}

/**
 * Does the noun phrase opening at `open` have its head right after the determiner, one that `isHead` accepts, then a
 * participle or a relative clause running up to the comma at `k` ("The union representing the drivers", "The lawyer
 * who represents the family")?
 */
function postModifiedHead(doc: Doc, open: number, k: number, isHead: (lower: string) => boolean): boolean {
  const { tokens } = doc;
  const head = tokens[open + 1];
  const mod = tokens[open + 2];
  if (!head?.word || head.cap > 0 || !isHead(head.lower) || !mod?.word || mod.cap > 0 || open + 3 >= k) return false;
  return /^(that|which|who)$/.test(mod.lower) || (/^[a-z]{3,}ing$/.test(mod.lower) && !ORG_DESCRIPTIONS.test(mod.lower));
}

/** Is the one capitalised word at `e` free to be an organisation's name (no time, and no place, person or other key known)? */
function loneOrgWord(doc: Doc, e: number): boolean {
  return loneNameWord(doc, e, 'organization');
}

/** Is the one capitalised word at `e` free to be the name of a `type` (no time, and no key of another type known)? */
function loneNameWord(doc: Doc, e: number, type: EntityType): boolean {
  const t = doc.tokens[e]!;
  if (TIME_WORDS.has(t.lower)) return false;
  const known = keyStartingAt(doc, e);
  return !known || keyType(doc, known.key) === type;
}

/**
 * One capitalised word between the commas at k and j, a verb of saying after j, in apposition to a person's noun that
 * opens the sentence and is post-modified up to k: "The lawyer representing the family, Ortiz, said" is Ortiz's, not
 * the family's. When the word stands after an organisation's noun instead, it names that ("The lawyer representing the
 * company, Veltra, said"), and the person's whole description is the speaker. Null otherwise. Part of asideBefore.
 */
function personPostModifiedApposition(doc: Doc, floor: number, k: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const open = firstWordAt(doc, floor);
  const e = k + 1;
  const w = tokens[e]!;
  if (j !== k + 2 || tokens[j]!.raw !== ',' || !SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '') || !w.word || w.cap !== 1 || doc.quoted[e])
    return null;
  if (!/^(the|a|an|one|another)$/.test(tokens[open]!.lower)) return null;
  if (!postModifiedHead(doc, open, k, personHeadNoun) && !bareRoleBefore(doc, open, k)) return null;
  const before = tokens[k - 1]!;
  if (before.word && before.cap === 0 && ORG_DESCRIPTIONS.test(before.lower))
    return loneOrgWord(doc, e) ? modifiedPhraseBefore(doc, floor, k, seen) : null;
  if (!loneNameWord(doc, e, 'person')) return null;
  const known = keyStartingAt(doc, e);
  return { kind: 'key', key: known ? known.key : nameAt(doc, e, e, seen), first: e, last: e };
}

const QUOTE_OPENS = /^[“"]$/;
const QUOTE_CLOSES = /^[”"]$/;

/**
 * Where a stage name in quotation marks opens with no role before it, after the verb ending at vLast: right after the
 * verb when a quotation closed by a comma stands right before the verb, so that the verb's words are taken and what
 * follows it is its subject ("“Thank you,” said “Lil Oak.”"); or set off by a comma after a description of the speaker,
 * as its apposition ("“We sold out,” said the promoter, “Kestrel.”"). -1 when neither. Part of quotedNameAfterRole.
 */
function quotedNameWithoutRole(doc: Doc, vLast: number, end: number): number {
  const { tokens } = doc;
  const afterQuote = QUOTE_CLOSES.test(tokens[vLast - 1]?.raw ?? '') && tokens[vLast - 2]?.raw === ',';
  if (!afterQuote) return -1;
  if (QUOTE_OPENS.test(tokens[vLast + 1]?.raw ?? '')) return vLast + 1;
  // (the description: "the", then one to three lower-case words, none a verb's or a clause's word)
  if (!/^(the|a|an)$/.test(tokens[vLast + 1]?.lower ?? '') || doc.quoted[vLast + 1]) return -1;
  let k = vLast + 2;
  while (k <= end && k - vLast <= 4 && tokens[k]!.word && tokens[k]!.cap === 0 && !doc.quoted[k] && !NP_BREAK.has(tokens[k]!.lower)) k++;
  if (k === vLast + 2 || tokens[k]?.raw !== ',' || k + 1 > end) return -1;
  return k + 1;
}

/**
 * Whether the article writes the capitalised words first..last as a name outside quotation marks elsewhere: in
 * mid-sentence and alone ("the hall that Kestrel books", "thanked Red Sal for …"; not a part of a longer name, "The
 * Dreadful Gazette"), or opening a sentence as the subject of a verb or of an apposition ("Kestrel, who books the hall,
 * …", "Kestrel said …"). Part of quotedRunIsName.
 */
function shownAsNameElsewhere(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const { initial } = doc.nameCtx;
  const n = last - first;
  for (let k = 0; k + n < tokens.length; k++) {
    if (k === first) continue;
    let same = true;
    for (let d = 0; d <= n && same; d++) {
      const t = tokens[k + d]!;
      same = !doc.quoted[k + d] && t.word && t.cap > 0 && t.lower === tokens[first + d]!.lower && t.para === tokens[k]!.para;
    }
    if (!same || doc.headings.has(tokens[k]!.para)) continue;
    // (alone, not words of a longer name: "The Dreadful Gazette")
    const before = tokens[k - 1];
    const next = tokens[k + n + 1];
    const para = tokens[k]!.para;
    if ((before?.word && before.cap > 0 && before.para === para) || (next?.word && next.cap > 0 && next.para === para)) continue;
    if (initial[k] !== 1) return true;
    if (next && (next.raw === ',' || (next.word && next.cap === 0 && (SPEECH_VERBS.has(next.lower) || AUXILIARIES.has(next.lower)))))
      return true;
  }
  return false;
}

/**
 * Whether a capitalised run in quotation marks, first..last, after a frame's verb with no role before its opening mark
 * at k (closing mark at close), names the speaker rather than going on with the quotation: a name needs evidence, for
 * one word as for several ("“It was hard,” said the coach, “Really Hard.”" goes on with the coach's words). Evidence:
 * the run stands right after the verb, where only the subject can stand ("“Thank you,” said “Lil Oak.”"); a relative
 * "who" follows the closing mark ("said the announcer, “Big Ray,” who …"); or the article writes the run as a name
 * elsewhere. Set off by a comma after a description, "“Lil Oak.”" may be either, and so may "“Lil Oak”." (a fragment
 * in British style), so neither is evidence: a name taken for words leaves the description the speaker, words taken
 * for a name give the quotation to no one who spoke. One word of the language alone is never a name ("said the sign,
 * “Now.”"). Part of quotedNameAfterRole.
 */
function quotedRunIsName(doc: Doc, k: number, first: number, last: number, close: number): boolean {
  const { tokens } = doc;
  if (last === first && COMMON_WORDS.has(tokens[first]!.lower)) return false;
  if (tokens[k - 1]?.raw !== ',') return true;
  if (tokens[close + 1]?.word && tokens[close + 1]!.lower === 'who') return true;
  return shownAsNameElsewhere(doc, first, last);
}

/**
 * Past a person's role right after the verb ending at vLast, where a quoted name may follow it: up to three lower-case
 * words, the last a noun of a speaker, of a person's shape, a trade or a position ("said promoter", "said bartender",
 * "said booking agent"), the ones before it modifiers ("said concert promoter"; no determiner, "said the word “Never.”").
 * The token after the role, or vLast + 1 when there is none. Part of quotedNameAfterRole.
 */
function roleBeforeQuotedName(doc: Doc, vLast: number, end: number): number {
  const { tokens } = doc;
  let role = vLast + 1;
  for (let k = vLast + 1; k <= Math.min(end, vLast + 3); k++) {
    const t = tokens[k]!;
    // (a performer's trade in capitals, an acronym: "said DJ “Kestrel.”", "said MC “Red Sal,”")
    if (t.word && t.cap === 2 && !doc.quoted[k] && PERFORMER_TRADES.test(t.lower)) {
      role = k + 1;
      continue;
    }
    if (!t.word || t.cap !== 0 || doc.quoted[k]) break;
    if (SPEAKER_NOUNS.has(t.lower)) {
      role = k + 1;
      continue;
    }
    // (no word of the language's grammar that a noun's shape fits: "however", "never")
    if (DETERMINERS.has(t.lower) || NP_BREAK.has(t.lower) || TIME_WORDS.has(t.lower) || COMMON_WORDS.has(t.lower)) break;
    if (personShaped(t.lower) || TRADES.test(t.lower) || POSITIONS.test(t.lower)) role = k + 1;
    else if (!lowerModifier(t)) break;
  }
  return role;
}

/**
 * Whether what follows the closing mark at m of a name in quotation marks leaves the name whole: the sentence's end (at
 * `end`), a comma, a full stop or a semicolon, or a relative clause on the person ("said drummer “Big Tam,” who has
 * played …"); or, when a comma stands inside the closing mark, whatever that comma sets off, in lower case: a participle
 * ("said singer “Blue Jay,” adding that …"), an apposition, a clause of time ("before the bus left"). Part of
 * quotedNameAfterRole.
 */
function quotedNameClosed(doc: Doc, m: number, end: number): boolean {
  const { tokens } = doc;
  const after = tokens[m + 1];
  if (!after || m + 1 > end || /^[,.;]$/.test(after.raw) || (after.word && after.lower === 'who')) return true;
  return tokens[m - 1]!.raw === ',' && after.word && after.cap === 0 && !doc.quoted[m + 1];
}

/**
 * A name in quotation marks after a person's role inverted after the verb ending at vLast: "“…,” said rapper “Lil
 * Oak.”" is Lil Oak's (a stage name, one to three capitalised words, set off as a scare quote, closing the sentence or
 * followed by a comma). The role is required: a quoted phrase right after the verb is no name ("said “Never.”").
 * Part of subjectAfter.
 */
function quotedNameAfterRole(doc: Doc, vLast: number, end: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let k = roleBeforeQuotedName(doc, vLast, end);
  const bare = k === vLast + 1;
  if (bare) k = quotedNameWithoutRole(doc, vLast, end);
  if (k < 0 || k > end || !QUOTE_OPENS.test(tokens[k]!.raw)) return null;
  let first = -1;
  let last = -1;
  let m = k + 1;
  for (; m <= end && tokens[m]!.word; m++) {
    if (tokens[m]!.cap === 0) return null;
    if (first < 0) first = m;
    last = m;
  }
  if (first < 0 || last - first > 2) return null;
  // (past the comma or the full stop inside the closing mark, then the mark itself)
  if (/^[,.]$/.test(tokens[m]?.raw ?? '')) m++;
  if (m > end + 1 || !QUOTE_CLOSES.test(tokens[m]?.raw ?? '') || tokens[m]!.start !== tokens[m - 1]!.end) return null;
  // (with no role, a name only with evidence, else the quotation goes on: "“It was over,” said the coach, “Finished.”")
  if (bare && !quotedRunIsName(doc, k, first, last, m)) return null;
  if (!quotedNameClosed(doc, m, end)) return null;
  const known = keyStartingAt(doc, first);
  if (known && (known.last !== last || !isPersonKey(doc, known.key))) return null;
  return { kind: 'key', key: known ? known.key : nameAt(doc, first, last, seen), first, last };
}

/** Lower-case words that may stand inside a quoted name between its capitalised words: "“Friends of the Earth”". */
const QUOTED_NAME_JOINERS = /^(of|the|and|for|against|in|on|de|la|le|del|von|van)$/;

/**
 * Whether the word at r is a role or a group's noun that a name in quotation marks may follow: a performer's trade
 * ("rapper", "DJ"), a house or troupe of the arts ("the band"), an organisation's head ("the group", "the charity"), in
 * lower case or opening the sentence ("Rapper “Lil Oak” said"). Part of quotedNameBeforeVerb.
 */
function roleBeforeQuotedSubject(doc: Doc, r: number): boolean {
  const t = doc.tokens[r];
  if (!t?.word || doc.quoted[r]) return false;
  // (or any organisation's noun whose apposition is its name: "The charity “Shelter Now” said …")
  const noun = PERFORMER_TRADES.test(t.lower) || ARTS_BODIES.test(t.lower) || ORG_HEADS.has(t.lower) || ORG_DESCRIPTIONS.test(t.lower);
  if (!noun) return false;
  return t.cap === 0 || (t.cap === 2 && PERFORMER_TRADES.test(t.lower)) || doc.nameCtx.initial[r] === 1;
}

/**
 * A name in quotation marks as the subject right before the verb at v, after its role or group's noun: "The band “Blue
 * Harbour” said …", "Rapper “Lil Oak” said …", "The group “Mothers Against Drunk Driving” said …" (as after the verb:
 * "said promoter “Kestrel.”"). The quoted run is one to five capitalised words (lower-case joiners inside it), its
 * closing mark set tight against it and right before the verb; the role opens the subject: at the sentence's start (or
 * past its floor, or a comma), after at most a determiner and two lower-case modifiers. Not a quoted word after a noun
 * that is no role ("The word “never” said it all"), nor a quoted name after a preposition ("Fans of “The Wire” said":
 * the fans'). Part of scanSubjectBefore.
 */
function quotedNameBeforeVerb(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const close = v - 1;
  if (close - 3 < floor || !QUOTE_CLOSES.test(tokens[close]?.raw ?? '')) return null;
  const last = close - 1;
  if (!tokens[last]?.word || tokens[last]!.cap === 0 || tokens[close]!.start !== tokens[last]!.end) return null;
  let open = last - 1;
  while (open > floor && last - open <= 5 && tokens[open]!.word) {
    if (tokens[open]!.cap === 0 && !QUOTED_NAME_JOINERS.test(tokens[open]!.lower)) return null;
    open--;
  }
  const first = open + 1;
  if (!QUOTE_OPENS.test(tokens[open]?.raw ?? '') || tokens[open]!.end !== tokens[first]!.start || tokens[first]!.cap === 0) return null;
  if (last === first && COMMON_WORDS.has(tokens[first]!.lower)) return null;
  const r = open - 1;
  if (r < floor) return null;
  // (or "so-called" in the role's place, as the name written without its marks would stand: "The so-called “Young Turks”
  // said …" as "The so-called Young Turks said …"; or "self-styled": "The self-styled “Harbour Guard” said …")
  const soCalled = (soCalledAt(tokens, r) || selfStyledAt(tokens, r)) && r - 2 >= floor;
  // (or a group's noun and the words that give its name: "A group calling itself “Friends of the Pier” said …", "An
  // organisation that calls itself “…” said …", "A coalition known as “…” said …", "A group called “…” said …")
  const named = soCalled ? -1 : groupNamedAs(doc, r, floor);
  // (or the article alone that opens the sentence, as before a name without its marks: "The “Freedom Caucus” said …")
  const bare = !soCalled && named < 0 && /^(the|a|an)$/.test(tokens[r]!.lower) && r === firstWordAt(doc, floor);
  if (!soCalled && named < 0 && !bare && !roleBeforeQuotedSubject(doc, r)) return null;
  // (the role opens the subject: past a determiner and up to two modifiers, the sentence's start, its floor or a comma)
  const head = soCalled ? r - 2 : named >= 0 ? named : r;
  let s = bare ? r + 1 : head;
  while (s - 1 >= floor && head - s < 2 && lowerModifier(tokens[s - 1])) s--;
  if (s - 1 >= floor && /^(the|a|an|its|their|his|her)$/.test(tokens[s - 1]!.lower) && tokens[s - 1]!.word) s--;
  if (s > firstWordAt(doc, floor) && tokens[s - 1]?.raw !== ',' && s - 1 !== floor) return null;
  const known = keyStartingAt(doc, first);
  if (known && known.last !== last) return null;
  return { kind: 'key', key: known ? known.key : nameAt(doc, first, last, seen), first, last };
}

/** Is the word at k the last part of "self-styled", "self-described" or "self-proclaimed", written in three tokens? */
function selfStyledAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  return /^(styled|described|proclaimed)$/.test(tokens[k]?.lower ?? '') && tightHyphen(tokens, k - 1) && tokens[k - 2]?.lower === 'self';
}

/**
 * The group's noun before the words that give its name, which end at r right before a name's opening mark: "A group
 * calling itself “…”", "a coalition that calls itself “…”", "An alliance known as “…”", "a group called “…”" (the noun
 * in lower case, a group's or an organisation's); or -1. Part of quotedNameBeforeVerb.
 */
function groupNamedAs(doc: Doc, r: number, floor: number): number {
  const { tokens } = doc;
  const w = tokens[r]!;
  if (!w.word || w.cap !== 0 || !/^(itself|themselves|as|called|named|dubbed)$/.test(w.lower)) return -1;
  const k = namingWordsEndingAt(doc, r);
  if (k < 0) return -1;
  const n = tokens[k - 1];
  if (k - 1 < floor || !n?.word || n.cap !== 0 || doc.quoted[k - 1]) return -1;
  return GROUP_NOUNS.has(n.lower) || ORG_HEADS.has(n.lower) || ORG_DESCRIPTIONS.test(n.lower) ? k - 1 : -1;
}

/**
 * The first of the words ending at r that give a name right before its opening mark, or -1: a reflexive after a verb of
 * calling ("calling itself “…”", "that calls themselves “…”", "who called himself “…”"), "known as", or a participle of
 * naming ("called", "named", "dubbed", "titled", "entitled"). Part of groupNamedAs and namedAsideComma.
 */
function namingWordsEndingAt(doc: Doc, r: number): number {
  const { tokens } = doc;
  const w = tokens[r];
  if (!w?.word || w.cap !== 0 || doc.quoted[r]) return -1;
  if (/^(itself|themselves|himself|herself)$/.test(w.lower) && /^(calling|calls|call|called)$/.test(tokens[r - 1]?.lower ?? '')) {
    return /^(that|which|who)$/.test(tokens[r - 2]?.lower ?? '') ? r - 2 : r - 1;
  }
  if (w.lower === 'as') return tokens[r - 1]?.lower === 'known' ? r - 1 : -1;
  return /^(called|named|dubbed|titled|entitled)$/.test(w.lower) ? r : -1;
}

/**
 * The opening mark of the quoted words that run back from token `from`, not before `reach` nor past `floor`; -1 when
 * none opens there. Part of personNamedAs and namedAsideComma.
 */
function openingMarkBefore(doc: Doc, from: number, floor: number, reach: number): number {
  let open = from;
  while (open > floor && open >= reach && doc.quoted[open] && !QUOTE_OPENS.test(doc.tokens[open]!.raw)) open--;
  return QUOTE_OPENS.test(doc.tokens[open]?.raw ?? '') ? open : -1;
}

/**
 * A person described by a noun and the name in quotation marks they go by, the closing mark right before the verb at v:
 * "A man calling himself “the Captain” said …", "A woman who calls herself “the Pier Lady” told …", "A hacker known as
 * “Ghost” said …" (the description as written, with the name; a reflexive of a person or "known as" after a person's
 * noun, no group's, whose quoted name is read by groupNamedAs); null otherwise. Part of scanSubjectBefore.
 */
function personNamedAs(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (not an aside's comma inside the marks: "The suspect, a man calling himself “the Captain,” said", see namedAsideComma)
  if (!QUOTE_CLOSES.test(tokens[v - 1]?.raw ?? '') || tokens[v - 2]?.raw === ',') return null;
  const open = openingMarkBefore(doc, v - 2, floor, v - 8);
  if (open < 0 || open + 1 >= v - 1) return null;
  const w = tokens[open - 1];
  if (!w?.word || !/^(himself|herself|as)$/.test(w.lower)) return null;
  const k = namingWordsEndingAt(doc, open - 1);
  const noun = tokens[k - 1];
  if (k - 1 <= floor || !noun?.word || noun.cap !== 0 || doc.quoted[k - 1]) return null;
  // (or a noun of a person's shape: "A hacker known as …", "a drifter calling himself …")
  if (!(SPEAKER_NOUNS.has(noun.lower) || FEMALE_NOUNS.has(noun.lower) || MALE_NOUNS.has(noun.lower) || personShaped(noun.lower)))
    return null;
  const s = subjectAt(doc, k - 1, floor, seen);
  if (s?.kind !== 'desc' || s.last !== k - 1) return null;
  const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[v - 1]!.end));
  return { ...s, last: v - 1, desc: { ...s.desc!, text } };
}

/**
 * Does a name in quotation marks, after the words that give it, close an aside with its comma set inside the marks right
 * before the verb at v: "The group, which calls itself “Friends of the Pier,” said …", "The report, titled “A Pier for
 * All,” says …" (the comma the aside's, as it is outside the marks; no quotation that the verb frames)? Part of
 * scanSubjectBefore.
 */
function namedAsideComma(doc: Doc, v: number, floor: number): boolean {
  const { tokens } = doc;
  if (tokens[v - 2]?.raw !== ',' || !QUOTE_CLOSES.test(tokens[v - 1]?.raw ?? '')) return false;
  const open = openingMarkBefore(doc, v - 3, floor, v - 10);
  if (open < 0 || open + 1 >= v - 2) return false;
  const k = namingWordsEndingAt(doc, open - 1);
  // (the aside opened by a comma before its words: ", which calls itself", ", titled"; or a relative clause the name or
  // the words in the marks end: "The mayor, who calls the project “a pier for the people,” said …")
  if (k > floor) for (let m = floor; m < k; m++) if (tokens[m]!.raw === ',') return true;
  return relativeEndingAt(doc, open - 1, floor);
}

/**
 * Does a relative clause set off by a comma run on up to the word at r, right before an opening mark, with no comma or
 * mark of its own: ", who calls the project “…”", ", which described the plan as “…”", ", whose motto is “…”" (the
 * words in the marks end the clause, a name or an evaluation, no quotation a verb after them frames)? Part of
 * namedAsideComma and workTitleAt.
 */
function relativeEndingAt(doc: Doc, r: number, floor: number): boolean {
  const { tokens } = doc;
  if (!tokens[r]?.word || doc.quoted[r]) return false;
  for (let k = r - 1; k > floor && r - k <= 8; k--) {
    const x = tokens[k]!;
    if (!x.word) return false;
    if (/^(who|which|whose)$/.test(x.lower) && x.cap === 0) return tokens[k - 1]?.raw === ',' && !doc.quoted[k - 1];
  }
  return false;
}

/** Is the word at k the "called" of "so-called", written in three tokens ("so", "-", "called")? */
function soCalledAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  return tokens[k]?.lower === 'called' && tightHyphen(tokens, k - 1) && tokens[k - 2]?.lower === 'so';
}

/**
 * The opening mark of a name or a term in quotation marks that closes right before the verb at v inside the subject's
 * noun phrase, or -1: "Critics of “Obamacare” said …", "The so-called “reform caucus” said …". The run is one to six
 * words closed by a word (quoted speech before its verb closes with a comma, a stop, "?" or "!": "“We will win,” said
 * Lund"), its marks set tight against it, opened after a word of the sentence that is no verb of saying nor a copula
 * ('Lund called it “a farce” said …' is rare and left as it was). Part of invertedSubject and phraseOfQuotedTerm.
 */
function quotedTermBefore(doc: Doc, v: number, floor: number): number {
  const { tokens } = doc;
  const close = v - 1;
  const mark = tokens[close];
  if (!mark || mark.word || !QUOTE_CLOSES.test(mark.raw)) return -1;
  const last = tokens[close - 1];
  if (!last?.word || !doc.quoted[close - 1] || last.end !== mark.start) return -1;
  let open = close - 1;
  let words = 0;
  while (open > floor && close - open <= 8 && (tokens[open]!.word || tightHyphen(tokens, open) || tokens[open]!.key === "'s")) {
    if (tokens[open]!.word) words++;
    open--;
  }
  const before = tokens[open - 1];
  if (words > 6 || open <= floor || !QUOTE_OPENS.test(tokens[open]!.raw) || tokens[open]!.end !== tokens[open + 1]!.start) return -1;
  if (!before?.word || doc.quoted[open - 1] || /^(is|was|are|were|be|been)$/.test(before.lower)) return -1;
  // ("called" is no verb of saying in "so-called": "Members of the so-called “Gang of Eight” warned …")
  if (SPEECH_VERBS.has(before.lower) && !soCalledAt(tokens, open - 1)) return -1;
  return open;
}

/**
 * The subject whose prepositional phrase ends in a name or a term in quotation marks right before the verb at v (see
 * quotedTermBefore): "Critics of “Obamacare” said …" is the critics', "A spokesman for “Citizens First” said …" the
 * spokesman's, past a determiner and up to three lower-case words before the marks ("Supporters of the so-called “Fair
 * Share Act”", "The creators of the hit series “Northern Lights”"). The description keeps the quoted words, without
 * their marks ("Critics of Obamacare"), and ends at the closing mark. Part of scanSubjectBefore.
 */
function phraseOfQuotedTerm(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (or the noun a quoted name modifies, after its marks: "Supporters of the so-called “Clean Air” pledge argued …"; a
  // noun, no adverb or auxiliary before the verb: not "Critics of “Obamacare” also said")
  const n = tokens[v - 1];
  const tail =
    !!n &&
    !doc.quoted[v - 1] &&
    QUOTE_CLOSES.test(tokens[v - 2]?.raw ?? '') &&
    lowerModifier(n) &&
    !SUBJECT_VERB_FILLERS.has(n.lower) &&
    !TIME_WORDS.has(n.lower);
  const open = quotedTermBefore(doc, tail ? v - 1 : v, floor);
  if (open < 0) return null;
  let k = open - 1;
  while (k > floor && open - k <= 6) {
    // (past "so-called", written in three tokens)
    if (soCalledAt(tokens, k)) k -= 3;
    // (and past a compound of a hyphen, in lower case: "3 percent of self-identified “liberals” said …")
    else if (tightHyphen(tokens, k - 1) && tokens[k]!.word && tokens[k]!.cap === 0 && tokens[k - 2]?.word && tokens[k - 2]!.cap === 0)
      k -= 3;
    else if (DETERMINERS.has(tokens[k]!.lower) || lowerModifier(tokens[k])) k--;
    else break;
  }
  const prep = tokens[k];
  if (!prep?.word || prep.cap !== 0 || doc.quoted[k] || !/^(of|for|against|behind|from|at)$/.test(prep.lower))
    return tail ? null : quotedTermAsSubject(doc, floor, open, v - 2);
  const s = scanSubjectBefore(doc, k, seen);
  if (!s || s.kind !== 'desc' || s.last !== k - 1) return null;
  const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tail ? n!.end : n!.start)).replace(/[“”"]/g, '');
  return { kind: 'desc', desc: { ...s.desc!, text }, first: s.first, last: v - 1 };
}

/**
 * A plural or a group's noun in quotation marks that is itself the subject opening the sentence, after at most a
 * determiner and a few modifiers, for the words of phraseOfQuotedTerm between `open` and `last`: "The “rebels” said
 * …", "Local “heroes” said …", "The self-styled “harbour watchers” said …" (a scare quote on the speakers' noun, the
 * speakers still theirs). Only one to three words in lower case, whose last is a plural, a person's or a group's noun.
 */
function quotedTermAsSubject(doc: Doc, floor: number, open: number, last: number): Found | null {
  const { tokens } = doc;
  const start = firstWordAt(doc, floor);
  if (start >= open || open - start > 5 || last - open > 3) return null;
  for (let m = start; m < open; m++) {
    const t = tokens[m]!;
    if (doc.quoted[m] || (t.word && m > start && t.cap !== 0)) return null;
    if (!t.word ? !tightHyphen(tokens, m) : PRONOUNS.has(t.lower) || NP_BREAK.has(t.lower) || SPEECH_VERBS.has(t.lower)) return null;
  }
  for (let m = open + 1; m <= last; m++) if (!tokens[m]!.word || tokens[m]!.cap !== 0) return null;
  const head = tokens[last]!.lower;
  if (!(GROUP_NOUNS.has(head) || SPEAKER_NOUNS.has(head) || PEOPLE_PLURALS.test(head) || /[^s]s$/.test(head))) return null;
  const text = withoutInvisible(doc.text.slice(tokens[start]!.start, tokens[last]!.end)).replace(/[“"]/g, '');
  const definite = tokens[start]!.lower === 'the';
  return {
    kind: 'desc',
    desc: { text, definite, head, group: /s$/.test(head) || GROUP_NOUNS.has(head), gender: null },
    first: start,
    last: last + 1,
  };
}

/** Words of time that make a phrase after "for" a duration, not whom one acts for: "for the past three years". */
const DURATION_WORDS = /^(past|last|next|first|few|several|entire|whole)$/;

/**
 * Is the phrase after the "for" at k, up to token j, the principal a spokesperson, aide or lawyer acts for: a determiner,
 * then lower-case words none of which makes it a duration ("the ferry line", "the harbour pilots"; not "the past three
 * years")? Part of subjectWithPP.
 */
function principalAfterFor(doc: Doc, k: number, j: number): boolean {
  const { tokens } = doc;
  if (j < k + 2 || !/^(the|its|his|her|their)$/.test(tokens[k + 1]!.lower)) return false;
  for (let m = k + 2; m <= j; m++) {
    const w = tokens[m]!;
    if (!w.word || w.cap !== 0 || doc.quoted[m] || DURATION_WORDS.test(w.lower) || TIME_MEASURES.test(w.lower) || /^[0-9]/.test(w.raw))
      return false;
    if (NP_BREAK.has(w.lower) || TIME_WORDS.has(w.lower)) return false;
  }
  return true;
}

/**
 * Is the noun phrase opening at `open` a person's noun alone up to the comma at `k`, past at most two lower-case
 * modifiers ("The lawyer", "A longtime carpenter")? A capitalised word in apposition after
 * it is then that person's name: "The lawyer, Ortiz, said" is Ortiz's. Part of personPostModifiedApposition.
 */
function bareRoleBefore(doc: Doc, open: number, k: number): boolean {
  const { tokens } = doc;
  if (k - open < 2 || k - open > 4) return false;
  for (let m = open + 1; m < k - 1; m++) if (!lowerModifier(tokens[m])) return false;
  const head = tokens[k - 1]!;
  return head.word && head.cap === 0 && !doc.quoted[k - 1] && personHeadNoun(head.lower);
}

/** A person's noun as a head: "lawyer", "officer" (no organisation's or group's). */
function personHeadNoun(lower: string): boolean {
  return SPEAKER_NOUNS.has(lower) && !ORG_HEADS.has(lower) && !GROUP_NOUNS.has(lower) && !ORG_DESCRIPTIONS.test(lower);
}

/** A lower-case word that may modify a title: "incumbent", "longtime" (no determiner, pronoun, verb form or break). */
function lowerModifier(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    t.cap === 0 &&
    /^[a-z]{3,}$/.test(t.lower) &&
    !/(ed|ing|ly)$/.test(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !PRONOUNS.has(t.lower) &&
    !NP_BREAK.has(t.lower) &&
    !WH_WORDS.test(t.lower)
  );
}

/**
 * The person named between the comma at k and token j (a comma, or the verb): a name of two words or more, or one
 * the discovery knows, after its titles and before "of", "from" or "at" and where they work; else null.
 */
function namedBetween(doc: Doc, k: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // past the name's titles: "The study's lead author, Dr. Hana Kobayashi of Eastport University, said"
  let f = k + 1;
  // (and one or two lower-case modifiers before a capitalised title: "The NDP candidate, incumbent MP Jolene Arsenault,
  // said")
  let m = f;
  while (m < f + 2 && m + 1 < j && lowerModifier(tokens[m])) m++;
  if (m > f && tokens[m]!.word && tokens[m]!.cap > 0 && TITLES.has(tokens[m]!.lower)) f = m;
  while (f + 1 < j && tokens[f]!.word && TITLES.has(tokens[f]!.lower)) f += tokens[f + 1]!.raw === '.' ? 2 : 1;
  const known = keyStartingAt(doc, f);
  let last = known ? known.last : f - 1;
  if (!known) while (last + 1 < j && isNameWordAt(doc, last + 1)) last++;
  if (last - f < 1 && !known) return null;
  if (known && !isPersonKey(doc, known.key)) return null;
  const after = tokens[last + 1];
  if (last + 1 !== j && !(after?.word && /^(of|from|at)$/.test(after.lower))) return null;
  return { kind: 'key', key: known ? known.key : nameAt(doc, f, last, seen), first: f, last };
}

/**
 * The person named in apposition after the description s, before token `limit`: "His spokesman, John Roe, declined …",
 * "A spokeswoman for the airline, Dana Cole, declined …" (the comma no more than six words past the description's
 * head, none of them a verb); else null.
 */
function apposedName(doc: Doc, s: Found, limit: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let k = s.last + 1;
  // (or the person "named" or "called" right after an indefinite description, the name the subject of its own verb:
  // "a retired fisherman named Clarence Doiron stood up and said …"; not where "called"/"named" is the description's
  // own verb: "The premier called Mark Carney and said …", "A neighbour called Ellen Ward on Sunday and said …")
  if (/^(named|called)$/.test(tokens[k]?.lower ?? '') && !doc.quoted[k] && /^(a|an)$/.test(tokens[s.first]?.lower ?? '')) {
    const named = keyStartingAt(doc, k + 1);
    const verb = named ? tokens[named.last + 1] : undefined;
    if (named && named.last < limit && isPersonKey(doc, named.key) && finiteVerbAfterSubject(verb))
      return { kind: 'key', key: named.key, first: k + 1, last: named.last };
  }
  while (
    k < limit &&
    k - s.last <= 6 &&
    tokens[k]!.word &&
    !doc.quoted[k] &&
    !SPEECH_VERBS.has(tokens[k]!.lower) &&
    !AUXILIARIES.has(tokens[k]!.lower)
  )
    k++;
  if (tokens[k]?.raw !== ',' || doc.quoted[k]) return null;
  let j = k + 1;
  while (j < limit && j - k <= 9 && tokens[j]!.raw !== ',' && !doc.quoted[j]) j++;
  if (tokens[j]?.raw !== ',' || j >= limit) return null;
  // (an organisation's name after an organisation's description: "The state's largest teachers union, the Buckeye
  // Educators Guild, said … but urged …")
  if (s.kind === 'desc' && ORG_HEADS.has(s.desc!.head) && tokens[k + 1]?.lower === 'the') {
    const org = keyStartingAt(doc, k + 2);
    if (org && org.last === j - 1 && keyType(doc, org.key) === 'organization')
      return { kind: 'key', key: org.key, first: k + 2, last: org.last };
  }
  return namedBetween(doc, k, j, seen);
}

/** A capitalised word that may belong to a name (no title, no ordinary word opening a sentence). */
function isNameWordAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return t.word && t.cap === 1 && startsWithLetter(t.raw) && !TITLES.has(t.lower) && !COMMON_WORDS.has(t.lower) && !doc.quoted[k];
}

/** Words that open a subject of people counted or quantified, with no noun: "All three", "Both", "Several", "Many". */
const QUANTIFIED_GROUP = /^(all|both|several|many|most|some|few|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * The subject that opens the nearest clause joined by "while", "whereas" or a comma and "but"/"and" before token j:
 * "Dahl signed the order, while Mike Huckabee, the former governor, proposed … and said …" (Huckabee); else null.
 */
function conjunctSubject(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = j - 1; k > floor; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k] || !t.word || t.cap !== 0) continue;
    const joins = /^(while|whereas)$/.test(t.lower) || (/^(but|and)$/.test(t.lower) && tokens[k - 1]?.raw === ',');
    // (or a bare "and" or "but", or ", then", before a name or a pronoun acting in the past, after a first clause with a
    // verb of its own and none of saying: "Ostberg thanked Senator Marsh and Marsh thanked the pilots and said …", "The
    // pilots cheered Lena Marsh and she thanked them and said …", "…, then Marsh thanked …" are Marsh's)
    const bare = (/^(but|and)$/.test(t.lower) && tokens[k - 1]?.raw !== ',') || (t.lower === 'then' && tokens[k - 1]?.raw === ',');
    if (!joins && !bare) continue;
    const from = firstWordAt(doc, k + 1);
    const s = subjectAt(doc, firstSubjectEnd(doc, from), from, seen);
    if (!joins) {
      if (bareClauseSubject(doc, floor, k, from, s)) return s;
      continue;
    }
    // (or a description of a speaker or an organisation that opens the clause: "A group of farmers called for a
    // boycott, and the Western Growers Union denounced the bill and said …")
    const described =
      s?.kind === 'desc' &&
      s.first === from &&
      s.desc!.definite &&
      (ORG_HEADS.has(s.desc!.head) || SPEAKER_NOUNS.has(s.desc!.head) || ORG_SUFFIXES.has(s.desc!.head));
    return s && ((s.kind === 'key' && opensSentence(doc, from, s.first)) || described) ? s : null;
  }
  return null;
}

/**
 * Whether s, opening the words after the bare "and", "but" or ", then" at k, is the subject of a clause of its own: a name
 * or a pronoun right before a verb in the past, after a first clause (from floor) with a verb in the past and no verb of
 * saying or quotation ("Ostberg thanked Senator Marsh and Marsh thanked …"; not "Ostberg and Marsh thanked …", nor "Lund
 * said the mayor met Berg and Berg signed …").
 */
function bareClauseSubject(doc: Doc, floor: number, k: number, from: number, s: Found | null): boolean {
  const { tokens } = doc;
  if (!s || s.kind === 'desc' || (s.kind === 'key' ? !opensSentence(doc, from, s.first) : s.first !== from)) return false;
  const past = (m: number): boolean => {
    const w = tokens[m];
    return !!w?.word && w.cap === 0 && !doc.quoted[m] && (IRREGULAR_PAST.has(w.lower) || /ed$/.test(w.lower));
  };
  if (!past(s.last + 1)) return false;
  let verb = false;
  for (let m = floor + 1; m < k; m++) {
    const w = tokens[m]!;
    if (doc.quoted[m] || (w.word && w.cap === 0 && SPEECH_VERBS.has(w.lower))) return false;
    if (past(m) && !/^(the|a|an|his|her|its|their|our|my|your)$/.test(tokens[m - 1]?.lower ?? '')) verb = true;
  }
  return verb;
}

/**
 * The comma that opens a phrase of comparison or addition ending with s, set off inside the subject: ", like the Coast
 * Wire", ", unlike Lund", ", as well as two aides", ", along with the union", ", together with …"; or -1.
 */
function comparedAside(doc: Doc, s: Found, floor: number): number {
  const { tokens } = doc;
  let f = s.kind === 'key' ? titleRunFrom(doc, s.first, floor) : s.first;
  // (past a role in lower case before the name, with its article or possessive: ", like her rival Paul Okafor,", ", unlike
  // his fellow senator Tom Berg,")
  if (s.kind === 'key') {
    let g = f;
    // (up to the word of comparison, which "alongside" is though no phrase break: ", alongside her rival Paul Okafor,")
    while (
      f - g < 3 &&
      tokens[g - 1]?.word &&
      tokens[g - 1]!.cap === 0 &&
      !doc.quoted[g - 1] &&
      !NP_BREAK.has(tokens[g - 1]!.lower) &&
      !/^(like|unlike|alongside)$/.test(tokens[g - 1]!.lower)
    )
      g--;
    if (g < f && /^(like|unlike|alongside)$/.test(tokens[g - 1]?.lower ?? '')) f = g;
  }
  if (tokens[f - 1]?.word && /^(the|a|an)$/.test(tokens[f - 1]!.lower)) f--;
  const w = (d: number): string => (tokens[f - d]?.word && tokens[f - d]!.cap === 0 ? tokens[f - d]!.lower : '');
  const c = /^(like|unlike|alongside)$/.test(w(1))
    ? f - 2
    : /^(with)$/.test(w(1)) && /^(along|together)$/.test(w(2))
      ? f - 3
      : w(1) === 'as' && w(2) === 'well' && w(3) === 'as'
        ? f - 4
        : -1;
  return c - 1 > floor && tokens[c]?.raw === ',' && !doc.quoted[c] ? c : -1;
}

/**
 * The speaker of a frame in mid-sentence or after the words it reports, closed by the comma before the "and" or "but"
 * at j, whose verb of saying comes after that "and": "Orders fell, the company said, and added that …", "…, Lund said on
 * Monday, but added …", "…, said the company, and added …" (the frame opens after a comma or a quotation's closing
 * comma); null otherwise.
 */
function frameBeforeConjunct(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (tokens[j - 1]?.raw !== ',' || doc.quoted[j - 1]) return null;
  const saying = (k: number): boolean => !!tokens[k]?.word && tokens[k]!.cap === 0 && !doc.quoted[k] && FRAME_VERBS.test(tokens[k]!.lower);
  const opens = (f: number): boolean => f > floor && !doc.quoted[f - 1] && (tokens[f - 1]!.raw === ',' || afterQuotation(doc, f));
  // (past a time after the verb: "said Monday", "said on Tuesday", "said later")
  let k = j - 2;
  while (k > floor && j - 2 - k < 3 && tokens[k]!.word && !doc.quoted[k] && (TIME_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'on'))
    k--;
  // (or past a short phrase of the means or the place of the saying: "said in a statement", "said on its website")
  if (!saying(k)) {
    let p = j - 2;
    while (p > floor && j - 2 - p < 6 && (tokens[p]!.word || tokens[p]!.key === "'s") && !doc.quoted[p] && !saying(p)) p--;
    // (or past the listener of "told": "Kemp told reporters, and added …", "Kemp told Ruiz, and asked …")
    const listener =
      /^(told|tells)$/.test(tokens[p]?.lower ?? '') &&
      p < j - 2 &&
      tokens.slice(p + 1, j - 1).every((w) => w.word && !NP_BREAK.has(w.lower) && !AUXILIARIES.has(w.lower));
    if (saying(p) && ((/^(in|on|at|during|through|via)$/.test(tokens[p + 1]?.lower ?? '') && tokens[p + 1]!.cap === 0) || listener)) k = p;
  }
  // the subject before the verb: "…, the company said, and …"
  if (saying(k)) {
    const s = subjectAt(doc, k - 1, floor, seen);
    if (!s || s.last !== k - 1) return null;
    let f = s.kind === 'key' ? titleRunFrom(doc, s.first, floor) : s.first;
    // (past a role in lower case before a name: "…, company spokeswoman Ana Ruiz said, and …")
    if (s.kind === 'key' && !opens(f)) {
      let r = f;
      while (r - 1 > floor && f - r < 3 && tokens[r - 1]!.word && tokens[r - 1]!.cap === 0 && !doc.quoted[r - 1]) r--;
      const role = r < f && (SPEAKER_NOUNS.has(tokens[f - 1]!.lower) || TITLES.has(tokens[f - 1]!.lower));
      const plain = tokens.slice(r, f).every((w) => !NP_BREAK.has(w.lower) && !DETERMINERS.has(w.lower));
      if (role && plain) f = r;
    }
    return opens(f) ? s : null;
  }
  // or after it, inverted: "…, said the company, and …" (past the speaker's apposition: "…, said Marta Oyelaran, the
  // firm's finance chief, and …")
  for (let p = j - 3; p > floor && j - p <= 16; p--) {
    if (doc.quoted[p]) return null;
    if (!saying(p)) continue;
    if (!opens(p)) return null;
    let e = p + 1;
    while (e < j - 1 && tokens[e]!.raw !== ',') e++;
    if (e < j - 1 && !/^(the|a|an|his|her|its|their)$/.test(tokens[e + 1]?.lower ?? '')) return null;
    const s = subjectAt(doc, e - 1, p + 1, seen);
    return s && s.kind !== 'pronoun' && s.last === e - 1 && (s.kind === 'key' ? titleRunFrom(doc, s.first, p + 1) : s.first) === p + 1
      ? s
      : null;
  }
  return null;
}

/**
 * The subject of a clause of time or cause ("after", "because", …) that the "and" at j joins a verb inside, when no
 * comma or quotation stands between its conjunction and j and its subject, a person or an organisation (a name, or a
 * description headed by a role or an organisation's noun), is right after the conjunction and right before a verb in
 * lower case: "Shares fell after the company reported a loss and said …" → the company; null otherwise ("resigned
 * after the vote and said …" has no clause there; "after the scandal broke and said …" no speaker for one).
 */
function subordinateSubject(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = j - 1; k > floor && j - k <= 30; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return null;
    if (!t.word) {
      // (an abbreviation's dot, a number, a hyphen or an apostrophe inside a noun phrase)
      if (/^[,;:—–()"“”]$/.test(t.raw)) return null;
      continue;
    }
    if (t.cap !== 0 || !SUBORDINATE_CLAUSE.test(t.lower)) continue;
    const from = k + 1;
    const s = subjectAt(doc, firstSubjectEnd(doc, from), from, seen);
    if (!s || s.first !== from || s.last >= j - 2) return null;
    const verb = tokens[s.last + 1];
    if (!verb?.word || verb.cap !== 0 || NP_BREAK.has(verb.lower) || DETERMINERS.has(verb.lower)) return null;
    // (a verb's form, not an adverb or a word the phrase goes on with: "positioned Ives as the most qualified person ever
    // to run … and said" is no clause of "as")
    if (!/^[a-z]{2,}(ed|s)$/.test(verb.lower) && !IRREGULAR_PAST.has(verb.lower) && !AUXILIARIES.has(verb.lower)) return null;
    if (s.kind === 'key') return s;
    if (s.kind !== 'desc' || !s.desc!.definite) return null;
    return ORG_HEADS.has(s.desc!.head) || SPEAKER_NOUNS.has(s.desc!.head) ? s : null;
  }
  return null;
}

/**
 * The subject of the clause a "said" or "says" reports, when the "and" at j (no comma before it) joins a verb in the
 * past perfect inside that clause: "his office said the minister shares the frustration and had asked officials to …" →
 * the minister. The clause opens right after the verb (or its "that") with a name or a definite description of a
 * speaker; null otherwise ("said the count was fair and asked the board to …" keeps the frame's subject).
 */
function reportedClauseSubject(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (tokens[j - 1]?.raw === ',' || !/^(had|has|have)$/.test(tokens[j + 1]?.lower ?? '')) return null;
  for (let k = j - 1; k > floor && j - k <= 30; k--) {
    const t = tokens[k]!;
    if (/^[;:]$/.test(t.raw)) return null;
    // (a fragment quoted inside the clause is passed over: 'said the minister "shares the frustration" … and had asked')
    if (doc.quoted[k] || !t.word || t.cap !== 0 || !/^(said|says)$/.test(t.lower)) continue;
    const from = tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
    const s = subjectAt(doc, firstSubjectEnd(doc, from), from, seen);
    if (!s || s.first !== from || s.last >= j - 2 || s.kind === 'pronoun') return null;
    if (s.kind === 'key') return s.key!.kind === 'new' || isPersonKey(doc, s.key as SpeakerKey) ? s : null;
    return s.kind === 'desc' && s.desc!.definite && SPEAKER_NOUNS.has(s.desc!.head) ? s : null;
  }
  return null;
}

/**
 * Is s the subject of a clause of time or cause that opens the sentence, the words between the commas after it the main
 * clause: "Since the strike ended, morale is better, said …", "Because the strike ended, morale improved, said …" (its
 * verb read into s, or an auxiliary between the commas); not an apposition inside that clause ("When the mayor, a former
 * banker, said the plan was dead, …"). Or is s a noun phrase after that clause's verb, which no apposition after it
 * makes a speaker: "Because the strike ended before the winter rush, waiting times fell, said …".
 */
function openingClauseSubject(doc: Doc, floor: number, s: Found, inner: ReadonlyArray<Token>): boolean {
  const { tokens } = doc;
  const first = firstWordAt(doc, floor);
  const opener = tokens[first];
  if (!opener?.word || s.first <= first || !OPENING_CLAUSE.has(opener.lower)) return false;
  if (s.first - 1 !== first) {
    // (within the opening clause, no comma before s, a verb of its own before s)
    const clause = tokens.slice(first + 1, s.first);
    return clause.every((x) => x.word) && clause.some((x) => x.cap === 0 && (pastTense(x.lower) || AUXILIARIES.has(x.lower)));
  }
  const last = tokens[s.last]!;
  const verbInS = last.cap === 0 && (/[a-z]{2}ed$/.test(last.lower) || IRREGULAR_PAST.has(last.lower));
  return verbInS || inner.some((x) => x.word && x.cap === 0 && AUXILIARIES.has(x.lower));
}

/**
 * The subject that opens the sentence when a relative clause ("…, who …", "…, whose …") follows it and runs past
 * token k: "Marco Delgado, whose hometown, Bergen, is projected …, argues"; else null.
 */
function relativeOpening(doc: Doc, floor: number, k: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let c = firstWordAt(doc, floor);
  while (c < k && tokens[c]!.raw !== ',') c++;
  if (c >= k || !/^(who|whose|which)$/.test(tokens[c + 1]?.lower ?? '')) return null;
  const s = subjectAt(doc, pastParty(doc, c - 1, floor), floor, seen);
  if (!s || !opensSentence(doc, floor, s.first)) return null;
  // (an organisation's name read as a description after "which": "The Norhaven University Faculty Association, which …")
  const body = tokens[c + 1]!.lower === 'which' && s.kind === 'desc' && s.desc!.group && ORG_SUFFIXES.has(s.desc!.head);
  return s.kind === 'key' || (s.kind === 'desc' && (SPEAKER_NOUNS.has(s.desc!.head) || body)) ? s : null;
}

/**
 * The comma right after a relative "who" that opens an aside closed by the comma at k ("who, like many Indonesians,"),
 * with no quotation or verb of saying inside; else -1.
 */
function asideAfterWho(doc: Doc, floor: number, k: number): number {
  const { tokens } = doc;
  for (let a = k - 2; a > floor && k - a <= 10; a--) {
    const t = tokens[a]!;
    if (doc.quoted[a] || (t.word && t.cap === 0 && SPEECH_VERBS.has(t.lower))) return -1;
    if (t.word) continue;
    return t.raw === ',' && /^(who|whose)$/.test(tokens[a - 1]?.lower ?? '') && tokens[a - 1]!.word ? a : -1;
  }
  return -1;
}

/** Verbs of saying that name their object, in the past, before its complement ("described the mayor as a liar"). */
const NAMING_VERBS = /^(described|called|branded|labelled|labeled|dubbed)$/;

/**
 * The subject that opens the sentence before a relative clause ("…, who …") that holds the comma at k and ends at
 * the comma at j before the verb, with no quotation, colon, dash or verb of saying inside: "Pia Lund, who lost her
 * brother off Lofoten, Norway, in May 2012, said" → Pia Lund, not Norway.
 */
function relativeWithCommas(doc: Doc, floor: number, k: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let x = k + 1; x < j; x++) if (doc.quoted[x]) return null;
  let c = firstWordAt(doc, floor);
  while (c < k && tokens[c]!.raw !== ',') c++;
  // (or an organisation's "which": "The Lorne Nurses Union, which represents nurses, technicians and aides, said")
  if (c >= k || !/^(who|whose|which)$/.test(tokens[c + 1]?.lower ?? '') || j - c > 40) return null;
  for (let x = c + 2; x < j; x++) {
    const t = tokens[x]!;
    if (doc.quoted[x] || /^[;:—–“”"]$/.test(t.raw)) return null;
    // (a verb that names its object, not a verb that reports words, is none: "Tom Baker, who described the mayor as a
    // liar, a coward and a cheat, said", "who called the plan a disaster, a waste and a joke, said")
    if (
      t.word &&
      t.cap === 0 &&
      SPEECH_VERBS.has(t.lower) &&
      !NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) &&
      !NAMING_VERBS.test(t.lower)
    )
      return null;
  }
  return relativeOpening(doc, floor, k, seen);
}

/**
 * The subject that opens the sentence before a long apposition holding commas of its own, when the comma at j
 * before the verb ends it: "Tomas Berg, a pilot from Bergen, Norway, said", "Grassley, facing a challenge in Iowa,
 * a swing state, said", "Sen. Vance, D-Ore., appearing on radio after the speech, said". Nothing between the
 * first comma and the verb may be a clause of its own (a modal or auxiliary verb, a verb of saying, a quotation).
 */
function longApposition(doc: Doc, floor: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // after a quotation that opens the sentence: "“…,” Mr. Dalen, now 81 and retired in Bergen, Norway, said"
  let open = floor;
  while (open < j && (doc.quoted[open] || QUOTE_MARKS.test(tokens[open]!.raw) || tokens[open]!.raw === "'" || tokens[open]!.raw === ','))
    open++;
  if (open > floor && !QUOTE_MARKS.test(tokens[open - 1]!.raw) && tokens[open - 1]!.raw !== "'" && tokens[open - 1]!.raw !== ',')
    open = floor;
  const start = firstWordAt(doc, open);
  let c = start;
  while (c < j && tokens[c]!.raw !== ',') c++;
  if (c >= j || j - c > 45) return null;
  // a relative clause inside the apposition has verbs of its own: "Per Olsen, a driver from Alta, who is a member of
  // the union, said", "Ola Nes, an official at the housing authority, which has a backlog of 500 homes, said"
  let relative = false;
  const mark = namedApposition(doc, c, j);
  const named = mark >= 0;
  for (let k = c + 1; k < j; k++) {
    const x = tokens[k]!;
    // the title of a work: 'Anne Haug, the co-author of "Going Viral," about …, said'
    if (doc.quoted[k] || QUOTE_MARKS.test(x.raw)) {
      if (!workTitleAt(doc, k, j)) return null;
      continue;
    }
    if (/^[;:—–()]$/.test(x.raw)) return null;
    if (x.word && /^(who|which|whose)$/.test(x.lower)) relative = true;
    if (x.word && x.cap === 0 && AUXILIARIES.has(x.lower) && !relative) return null;
    // "a swing state": a noun, not a verb of saying; nor the verb of a relative clause: "Mariam, a teacher from Tavriz
    // who asked that only her first name be used because she fears for relatives still at home, said"; nor the word that
    // gives a name: "The band, called “Blue Harbour,” said")
    if (
      x.word &&
      x.cap === 0 &&
      SPEECH_VERBS.has(x.lower) &&
      !NOUN_LIKE_VERBS.test(x.lower.replace(/s$/, '')) &&
      !relative &&
      !(named && k === c + 1)
    )
      return null;
  }
  if (!relative && j - c > 30) return null;
  const s = subjectAt(doc, pastParty(doc, c - 1, open), open, seen);
  // (or a role before the name, after the outlet or body it is at: "Former NBS anchor Patrice Lamarre, who hosted
  // “Prairie Tonight” for years, said")
  if (!s || !(opensSentence(doc, open, s.first) || (s.kind === 'key' && roleBeforeName(doc, open, s.first)))) return null;
  if (s.kind === 'pronoun') return s.pronoun === 'neuter' ? null : s;
  // a speaker's noun, or an organisation's name: "The Harbour Pilots Association, which represents …, said"; or any noun
  // the aside gives a name in quotation marks, as a short aside would leave it: "The band, called “Blue Harbour,” said",
  // "The document, titled “A Pier for All”, says" (namedApposition)
  // (a group's or an organisation's noun goes by the name the aside gives it: "Maple Transit cut routes. The group, which
  // calls itself “Trees First,” said …" is Trees First's, not the company's before)
  const head = s.kind === 'desc' ? s.desc!.head : '';
  if (named && (GROUP_NOUNS.has(head) || ORG_HEADS.has(head) || ORG_DESCRIPTIONS.test(head) || ARTS_BODIES.test(head)))
    return quotedNameAt(doc, mark, j, seen) ?? s;
  if (s.kind === 'desc') return SPEAKER_NOUNS.has(s.desc!.head) || (s.desc!.group && ORG_SUFFIXES.has(s.desc!.head)) || named ? s : null;
  return s;
}

/**
 * Does the apposition after the comma at c (up to j) open with the words that give a name right before its opening mark:
 * ", called “Blue Harbour,”", ", known as “the Pier Alliance”", ", which calls itself “…”" (namingWordsEndingAt)? Part
 * of longApposition.
 */
function namedApposition(doc: Doc, c: number, j: number): number {
  const { tokens } = doc;
  let q = c + 2;
  while (q < j && q - c <= 7 && !QUOTE_OPENS.test(tokens[q]!.raw)) q++;
  if (q >= j || !QUOTE_OPENS.test(tokens[q]!.raw)) return -1;
  const k = namingWordsEndingAt(doc, q - 1);
  if (k === c + 1) return q;
  // (or after an article and a noun of a person's or a group's shape, the words naming it theirs: "The suspect, a man
  // calling himself “the Captain,” said", "The account's owner, a user who calls herself “Ferngirl,” wrote")
  if (k < c + 3 || k > c + 4 || !/^(a|an)$/.test(tokens[c + 1]!.lower)) return -1;
  for (let x = c + 2; x < k; x++) if (!tokens[x]!.word || tokens[x]!.cap !== 0 || doc.quoted[x]) return -1;
  const head = tokens[k - 1]!.lower;
  return SPEAKER_NOUNS.has(head) || personShaped(head) || GROUP_NOUNS.has(head) || /^(man|woman|person|user|group)$/.test(head) ? q : -1;
}

/**
 * The name in quotation marks that opens at q, capitalised words and their joiners up to the closing mark (past a comma
 * inside the marks: "“Trees First,”"), as a key; null when the marks hold anything else. Part of longApposition.
 */
function quotedNameAt(doc: Doc, q: number, j: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const first = q + 1;
  let last = first;
  while (last + 1 < j && tokens[last + 1]!.word && (tokens[last + 1]!.cap > 0 || QUOTED_NAME_JOINERS.test(tokens[last + 1]!.lower))) last++;
  const after = tokens[last + 1]?.raw === ',' ? last + 2 : last + 1;
  if (!tokens[first]?.word || tokens[first]!.cap === 0 || tokens[last]!.cap === 0 || !QUOTE_CLOSES.test(tokens[after]?.raw ?? ''))
    return null;
  if (last === first && COMMON_WORDS.has(tokens[first]!.lower)) return null;
  const known = keyStartingAt(doc, first);
  if (known && known.last !== last) return null;
  return { kind: 'key', key: known ? known.key : nameAt(doc, first, last, seen), first, last };
}

/** Does the word at r give a name in the marks after it, or end a relative clause they close (namedAsideComma)? */
function quotedAsideEnd(doc: Doc, r: number): boolean {
  return namingWordsEndingAt(doc, r) >= 0 || relativeEndingAt(doc, r, 0);
}

/**
 * Is token k inside a short quotation that closes before token j, six words or fewer with no sentence of its own: the
 * title of a work inside an apposition ('the co-author of "Going Viral," about rumours')?
 */
function workTitleAt(doc: Doc, k: number, j: number): boolean {
  const { tokens } = doc;
  let a = k;
  while (a > 0 && (doc.quoted[a - 1] || QUOTE_MARKS.test(tokens[a - 1]!.raw)) && k - a < 10) a--;
  let b = k;
  while (b + 1 < j && (doc.quoted[b + 1] || QUOTE_MARKS.test(tokens[b + 1]!.raw)) && b - a < 12) b++;
  // (its closing mark may stand right before the comma at j, the comma outside it: 'who hosted "Prairie Tonight", said';
  // or right after it, the comma inside a name after the words that give it: "which calls itself “Friends of the Pier,”
  // said", see namedAsideComma)
  if (
    b + 1 === j &&
    !QUOTE_MARKS.test(tokens[b]!.raw) &&
    !(QUOTE_MARKS.test(tokens[j + 1]?.raw ?? '') && quotedAsideEnd(doc, QUOTE_MARKS.test(tokens[a]!.raw) ? a - 1 : a - 2))
  )
    return false;
  let words = 0;
  for (let x = a; x <= b; x++) {
    if (tokens[x]!.word) words++;
    if (/^[.!?]$/.test(tokens[x]!.raw) && tokens[x + 1]?.word) return false;
  }
  return words >= 1 && words <= 6;
}

/**
 * The last token before the verb at v and the auxiliaries or adverbs between it and its subject (from `first`): the end
 * of a post-modified subject, "The union representing 12,000 nurses [has] announced".
 */
function beforeFillers(doc: Doc, v: number, first: number): number {
  let e = v - 1;
  while (e > first && doc.tokens[e]!.word && doc.tokens[e]!.cap === 0 && SUBJECT_VERB_FILLERS.has(doc.tokens[e]!.lower)) e--;
  return e;
}

/** Are the words from `from` up to `to` (not included) all in lower case: "signed by dozens of scientists"? */
function lowerCaseRun(tokens: Doc['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (tokens[k]!.word && tokens[k]!.cap > 0) return false;
  return true;
}

/**
 * Does a verb of its own, or its object, end the members or makers of a group from `from` before the verb at `to`: "A
 * team made up of rookies lost again and …" (a participle after a number or an article describes a member, "of retired
 * judges")? See postModifiedSubject.
 */
function clauseInMembers(tokens: Doc['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const x = tokens[k]!;
    if (!x.word || x.cap !== 0) continue;
    if ((pastTense(x.lower) || SPEECH_VERBS.has(x.lower)) && !memberOpening(tokens[k - 1])) return true;
    if (AUXILIARIES.has(x.lower) || /^(the|a|an)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A subject with a post-modifier right before the verb at v, opening the sentence or a clause: "Officials familiar
 * with the talks said", "Sources close to the mayor say", "A person briefed on the plan said", "Two people involved
 * in the negotiations said", "People with knowledge of the plan said". The head must be a speaker's noun (or a name);
 * nothing between the modifier and the verb may be punctuation, a quotation or an auxiliary, except a relative clause
 * on the subject ("A person familiar with the matter, who asked not to be named, said"), which its words leave out.
 */
function postModifiedSubject(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (a verb after "and" or "but" is coordinated with another, whose subject it shares: "The union representing workers
  // at the site welcomed the investment but said …" is no subject "… welcomed the investment but")
  const conj = tokens[beforeFillers(doc, v, floor)];
  if (conj?.word && /^(and|but)$/.test(conj.lower)) return null;
  // (nor is one with a subject pronoun of its own right before it: "People close to her say she now acknowledges …" is
  // hers, no group "People close to her say she")
  if (conj?.word && conj.cap === 0 && /^(he|she|they|we|i|you)$/.test(conj.lower)) return null;
  for (let p = v - 2; p > floor && v - p <= 16; p--) {
    const t = tokens[p]!;
    // (a number may stand in the participle's phrase: "The union representing more than 12,000 nurses says")
    // (nor the point of "St.": "Nurses working at St. Paul's Hospital said")
    if (
      doc.quoted[p] ||
      (!t.word && !joiningHyphen(doc, p) && t.key !== "'s" && !/^[0-9]+$/.test(t.raw) && !numberComma(doc, p) && !saintPoint(doc, p))
    )
      return null;
    // (a verb of saying of the sentence's own between them ends the phrase: "Officials familiar with the talks say Firth
    // now concedes …" is Firth's verb, no subject "… say Firth"; not one in a relative clause, "People who say …")
    if (t.cap === 0 && /^(say|says|said)$/.test(t.lower) && !RELATIVE_WORDS.test(tokens[p - 1]?.lower ?? '')) return null;
    // (farther back only a participle whose phrase runs on in prepositions to the verb: "The commissioner leading a public
    // inquiry into deaths in Westfold group homes says")
    // (or a relative clause on the subject after the modifier's phrase: "A person familiar with the matter who was not
    // authorized to speak publicly said")
    if (
      v - p > 10 &&
      !(t.cap === 0 && /^[a-z]{3,}ing$/.test(t.lower) && prepositionalChain(doc, p + 1, v)) &&
      !(t.cap === 0 && relativeAfter(doc, p, v) >= 0)
    )
      continue;
    // "People with knowledge of the matter said", "Officials with direct knowledge of the talks said"
    const knowing = t.lower === 'with' && [1, 2].some((d) => tokens[p + d]?.lower === 'knowledge');
    // a participle after a group or a speaker that opens the sentence: "Voters leaving the polls said", "Residents living
    // near the quay say" (tried like the others, but passed over when no such subject ends before it: "… during the morning")
    if (t.cap === 0 && /^[a-z]{3,}ing$/.test(t.lower) && !SPEECH_VERBS.has(t.lower) && !POST_MODIFIERS.test(t.lower)) {
      // (not when a relative "who" right before the verb has people of its own in the phrase: "The minister faces growing
      // pressure from backbenchers who say …" is the backbenchers', the "-ing" word no participle of the subject's)
      const near = tokens[v - 2]!;
      if (
        p < v - 2 &&
        tokens[v - 1]!.lower === 'who' &&
        near.word &&
        near.cap === 0 &&
        (pluralSpeakerNoun(near.lower) || PEOPLE_PLURAL.test(near.lower))
      )
        return null;
      // (nor an "-ing" word inside a title, before its role noun and the name of the holder at the verb: "Castellan Metals
      // chief operating officer Dino Otranto said", "Town planning director Lisa Brandt said" are the person's, not a
      // "chief" doing the "operating"; a plural before it keeps the participle: "Residents opposing director Ana Vik said")
      const role = tokens[p + 1]!;
      if (
        role.word &&
        role.cap === 0 &&
        (TITLES.has(role.lower) || SPEAKER_NOUNS.has(role.lower)) &&
        !pluralNoun(role) &&
        keyEndingAt(doc, beforeFillers(doc, v, p))?.first === p + 2 &&
        !pluralNoun({ word: true, cap: 0, lower: tokens[p - 1]!.lower })
      )
        continue;
      const g = pluralAtStart(doc, p - 1, floor) ?? subjectAtRaw(doc, p - 1, floor, []);
      // (a group of people as a plural: "The families living near the site say", "Some families living near the plant said";
      // or opening a clause after a comma and its conjunction: "Hollis said he was confident, but several members leaving
      // the meeting said …")
      const joined = (k: number): boolean =>
        !!tokens[k - 1]?.word && /^(but|and|while|whereas)$/.test(tokens[k - 1]!.lower) && tokens[k - 2]?.raw === ',' && !doc.quoted[k - 2];
      // (or a frame after the reported words that closes the sentence: "A fund will invest $1 billion in the plant, the
      // company building it said Monday.")
      const trailing = (k: number): boolean => {
        if (tokens[k - 1]?.raw !== ',' || doc.quoted[k - 1] || !DETERMINERS.has(tokens[k]!.lower)) return false;
        let m = v + 1;
        if (tokens[m]?.lower === 'on') m++;
        while (m <= v + 3 && tokens[m]?.word && (TIME_WORDS.has(tokens[m]!.lower) || DAYS_MONTHS.has(tokens[m]!.lower))) m++;
        return tokens[m]?.raw === '.' && sentEnd(doc, v) === m;
      };
      // (or opening a clause of time or cause: "The MP deleted the post after the union representing the workers called it
      // “disgusting”")
      const subordinated = (k: number): boolean =>
        !!tokens[k - 1]?.word &&
        tokens[k - 1]!.cap === 0 &&
        !doc.quoted[k - 1] &&
        SUBORDINATE_CLAUSE.test(tokens[k - 1]!.lower) &&
        /^(the|a|an)$/.test(tokens[k]!.lower);
      if (
        g?.kind === 'desc' &&
        g.last === p - 1 &&
        (opensSentence(doc, floor, g.first) ||
          atSentenceStart(doc, g.first, floor) ||
          joined(g.first) ||
          trailing(g.first) ||
          subordinated(g.first)) &&
        (g.desc!.group || SPEAKER_NOUNS.has(g.desc!.head) || pluralNoun(tokens[g.last]))
      )
        return {
          ...g,
          desc: { ...g.desc!, text: withoutInvisible(doc.text.slice(tokens[g.first]!.start, tokens[beforeFillers(doc, v, g.first)]!.end)) },
          last: beforeFillers(doc, v, g.first),
        };
      // (or a known organisation, or a capitalised plural read as no known name, that opens the sentence: "Democrats
      // trying to regain the seat say", "Republicans hoping to hold the district say"; never the object of the
      // participle's phrase)
      const opening = !!g && g.last === p - 1 && (opensSentence(doc, floor, g.first) || atSentenceStart(doc, g.first, floor));
      if (g?.kind === 'key' && opening) {
        const key = g.key as SpeakerKey | NewName;
        if (key.kind !== 'new' && keyType(doc, key) === 'organization') return g;
        const w = tokens[g.first]!;
        if (key.kind === 'new' && g.first === g.last && w.cap === 1 && /^[a-z]{4,}[^s]s$/.test(w.lower) && !/(us|is)$/.test(w.lower))
          return {
            kind: 'desc',
            desc: { text: withoutInvisible(w.raw), definite: false, head: w.lower, group: true, gender: null },
            first: g.first,
            last: g.last,
          };
      }
      continue;
    }
    // (or a participle of how a group of people is touched by the matter, before its preposition: "Residents opposed to
    // the tower say", "Parents concerned about the plan say", "Farmers hit by the drought say"; or engaged by someone: "A
    // consultant hired by the city said", "An engineer retained by the utility wrote")
    const touched = PEOPLE_PARTICIPLES.test(t.lower) && /^(to|about|by|with|over|at|from|in)$/.test(tokens[p + 1]?.lower ?? '');
    // (or sought on a charge, as one charged is: "A man wanted in the United States on fraud charges told reporters …",
    // "Lawyers for a businessman wanted in Spain … told a judge …", not the place)
    const wanted = t.lower === 'wanted' && /^(in|by|for)$/.test(tokens[p + 1]?.lower ?? '');
    const charged = CHARGED.test(t.lower) || wanted;
    // (or a participle of how a group is made, its members or makers after it: "A panel made up of Tom Berg and Lee Park
    // said", "A committee composed of three judges said", "A task force led by two mayors said" are the group's, as "A
    // committee consisting of …" is; a group's noun only)
    const madeUp = t.lower === 'up' && tokens[p - 1]?.lower === 'made' && tokens[p + 1]?.lower === 'of';
    const composed = t.cap === 0 && ((/^(composed|comprised)$/.test(t.lower) && tokens[p + 1]?.lower === 'of') || madeUp);
    const formed = t.cap === 0 && GROUP_MAKERS.test(t.lower) && tokens[p + 1]?.lower === 'by';
    // (or a document's participle of authorship, its authors in lower case: "A letter signed by dozens of scientists
    // said", "A statement signed by the mayor said" are the document's; a named author is left to agentAsSubject, "A memo
    // written by deputy mayor Gus Oyelaran says" being Oyelaran's)
    const signed =
      t.cap === 0 &&
      /^(signed|written|authored|co-authored|drafted|penned)$/.test(t.lower) &&
      tokens[p + 1]?.lower === 'by' &&
      lowerCaseRun(tokens, p + 2, v);
    // (or "those" and a preposition of where they stand: "Those around him say", "Those at the meeting said")
    const where =
      tokens[p - 1]?.lower === 'those' && /^(around|near|inside|in|at|with|within|on|among|behind)$/.test(t.lower) && t.cap === 0;
    if (
      t.cap > 0 ||
      AUXILIARIES.has(t.lower) ||
      (!POST_MODIFIERS.test(t.lower) && !knowing && !touched && !wanted && !where && !composed && !formed && !signed)
    )
      continue;
    // "Those close to him say": the pronoun of a group, as written
    const those = tokens[p - 1]!;
    if (those.word && those.lower === 'those' && (opensSentence(doc, floor, p - 1) || CLAUSE_OPENERS.test(tokens[p - 2]?.lower ?? '')))
      return groupDesc(doc, p - 1, v - 1);
    // (a group of a place, touched: "Residents of El Fasher reached by telephone said", not the place)
    const s = touched || wanted ? subjectWithPP(doc, p - 1, floor, seen) : subjectAtRaw(doc, madeUp ? p - 2 : p - 1, floor, seen);
    if (!s || s.kind === 'pronoun') return null;
    if ((composed || formed) && !(s.kind === 'desc' && (s.desc!.group || ORG_HEADS.has(s.desc!.head) || ORG_SUFFIXES.has(s.desc!.head))))
      return null;
    // (the members or makers run to the verb: no verb of their own nor its object ends the phrase before it, "A team made
    // up of rookies lost again and coach Tom Berg said" is the coach's; a participle after a number or an article
    // describes a member, "of retired judges")
    // (a document's noun is one document: "A report written by the ministry's auditors said", "A study written by …";
    // a singular one passes the group test because report, study, survey and poll are in GROUP_NOUNS)
    if (signed && !(s.kind === 'desc' && DOCUMENT_NOUNS.has(s.desc!.head) && (!s.desc!.group || GROUP_NOUNS.has(s.desc!.head))))
      return null;
    if ((composed || formed || signed) && !membersRunToVerb(doc, p + 2, v)) return null;
    if ((composed || formed || signed) && clauseInMembers(tokens, p + 2, v)) return null;
    if (
      s.kind === 'desc' &&
      !SPEAKER_NOUNS.has(s.desc!.head) &&
      !(charged && !s.desc!.group) &&
      !signed &&
      !((composed || formed) && (s.desc!.group || ORG_SUFFIXES.has(s.desc!.head)))
    )
      return null;
    const before = tokens[s.first - 1];
    // (or after a comma, the frame closing its sentence: "…, a person familiar with the matter said.", "…, three people
    // familiar with the talks told Reuters.")
    const closing = before?.raw === ',' && !doc.quoted[s.first - 1] && (closingFrame(doc, v) || listenerToEnd(doc, v));
    // (or, before a participle of a charge, past an opening phrase of a preposition and its comma, the sentence's first:
    // "Outside the courthouse, the man accused of setting the fire told reporters …"; not "In January, the department
    // released an email where Clinton asked …", whose participle is a verb)
    const start = firstWordAt(doc, floor);
    // (so also before an adjective of a source's nearness to the matter, the head a speaker's noun: "In Vienna, a
    // diplomat close to the watchdog said …", "On Monday, officials familiar with the talks said …")
    const near =
      NEARNESS.test(t.lower) && s.kind === 'desc' && SPEAKER_NOUNS.has(s.desc!.head) && /^(with|to|on)$/.test(tokens[p + 1]?.lower ?? '');
    const opened =
      (charged || near) &&
      before?.raw === ',' &&
      OPENING_PREPOSITIONS.test(tokens[start]?.lower ?? '') &&
      tokens.slice(start, s.first - 1).every((x) => x.raw !== ',');
    // (or past a dateline: "BOSTON (AP) — A building contractor accused of overbilling the city told jurors …",
    // "VANCOUVER — Residents opposed to the tower say")
    if (
      !opensSentence(doc, floor, s.first) &&
      !atSentenceStart(doc, s.first, floor) &&
      !(before?.word && CLAUSE_OPENERS.test(before.lower)) &&
      !closing &&
      !opened
    )
      return null;
    if (s.kind !== 'desc') return s;
    // (a finding's verb and its "that" between the participle and the verb open the clause the verb is in: "A poll
    // released Friday found that 70 percent of riders said …" is no subject "a poll … riders"; but a finding in a
    // relative clause on the modifier's noun is the subject's: "Doctors involved in research that showed that the drug
    // worked said …")
    const finding = findingThatBefore(doc, p, v);
    if (finding >= 0 && (POLL_NOUNS.test(s.desc!.head) || !tokens.slice(p + 1, finding).some((x) => RELATIVE_WORDS.test(x.lower))))
      return null;
    // the description as written, with its modifier, to a relative clause on it: "Officials familiar with the talks"
    const rel = relativeAfter(doc, p, v);
    const end = rel >= 0 ? rel - (tokens[rel - 1]!.raw === ',' ? 2 : 1) : beforeFillers(doc, v, s.first);
    const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[end]!.end));
    return { ...s, desc: { ...s.desc!, text }, last: end };
  }
  return null;
}

/** Papers of a court case or a complaint, beside DOCUMENT_NOUNS and MADE_DOCUMENT: "a lawsuit", "an indictment", "an order". */
const CASE_PAPERS = /^(lawsuits?|suits?|indictments?|affidavits?|motions?|orders?|warrants?|subpoenas?|injunctions?|summons)$/;

/** Participles of lodging, unsealing or dating a document, beside MADE_BY, AUTHORED_BY and DOCUMENT_SENT: "a complaint lodged with the ombudsman". */
const DOCUMENT_LODGED = /^(lodged|unsealed|dated|tabled|commissioned)$/;

/** Does a description headed by `head` name a document or a message that speaks (a report, a ruling, a lawsuit, a tweet, a notice)? */
function documentHead(head: string): boolean {
  return (
    DOCUMENT_NOUNS.has(head) ||
    AUTHORED.test(head) ||
    MADE_DOCUMENT.test(head) ||
    WRITINGS.test(head) ||
    SUBMITTED.test(head) ||
    SIGN_NOUNS.test(head) ||
    CASE_PAPERS.test(head)
  );
}

/**
 * A document or a message with the participle that puts it out and that participle's phrase, right before the verb at v,
 * as its subject: "A lawsuit filed in Harlow on Monday says", "A ruling issued on Friday said", "A tweet posted late on
 * Sunday said", "A notice posted at the plant says" (the whole description, as postModifiedSubject gives a report's or a
 * statement's). The phrase holds words and numbers only, no verb of its own, auxiliary, relative word or conjunction; a
 * maker named after "by" is left to madeBy and agentAsSubject ("A memo written by deputy mayor Gus Oyelaran says" is
 * Oyelaran's), and whom a document went to to documentSubject ("A memo prepared for the minister says" is "a memo").
 * Null when no such subject opens the sentence or a clause.
 */
function documentPutOutSubject(doc: Doc, v: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const end = beforeFillers(doc, v, floor);
  if (tokens[end]?.word && /^(and|but|or)$/.test(tokens[end]!.lower)) return null;
  for (let p = end; p > floor && v - p <= 10; p--) {
    const t = tokens[p]!;
    const inPhrase =
      /^[0-9]+$/.test(t.raw) || joiningHyphen(doc, p) || t.key === "'s" || pluralPossessive(tokens, p) || numberComma(doc, p);
    if (doc.quoted[p] || (!t.word && !inPhrase)) return null;
    if (!t.word || t.cap > 0) continue;
    // (the participle may be a verb of saying's too: "posted", "tweeted")
    const participle = MADE_BY.test(t.lower) || AUTHORED_BY.test(t.lower) || DOCUMENT_SENT.test(t.lower) || DOCUMENT_LODGED.test(t.lower);
    if (!participle) {
      if (AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower) || RELATIVE_WORDS.test(t.lower) || /^(and|or|but|nor)$/.test(t.lower))
        return null;
      // (a verb of its own in the phrase ends it: "A ruling issued Friday found the workers said …"; not an adjective after
      // an article, "a lawsuit filed with the unnamed ombudsman")
      if ((pastTense(t.lower) || /[a-z]ed$/.test(t.lower)) && !DETERMINERS.has(tokens[p - 1]?.lower ?? '')) return null;
      continue;
    }
    const s = p < end ? subjectAtRaw(doc, p - 1, floor, seen) : null;
    if (s?.kind !== 'desc' || s.last !== p - 1 || !documentHead(s.desc!.head)) continue;
    const before = tokens[s.first - 1];
    if (
      !opensSentence(doc, floor, s.first) &&
      !atSentenceStart(doc, s.first, floor) &&
      !(before?.word && CLAUSE_OPENERS.test(before.lower))
    )
      continue;
    let by = -1;
    for (let k = p + 1; k < end && by < 0; k++) if (tokens[k]!.lower === 'by') by = k;
    if ((by > 0 && !lowerCaseRun(tokens, by + 1, end + 1)) || documentSubject(doc, end, floor, seen)) return null;
    const text = withoutInvisible(doc.text.slice(tokens[s.first]!.start, tokens[end]!.end));
    return { ...s, desc: { ...s.desc!, text }, last: end };
  }
  return null;
}

/**
 * The relative pronoun ("who", "that", "which", after a comma or not) opening a clause on a post-modified subject,
 * between its modifier at p (two words at least after it) and the verb at v; -1 when none.
 */
function relativeAfter(doc: Doc, p: number, v: number): number {
  const { tokens } = doc;
  for (let k = p + 3; k < v && k - p <= 8; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return -1;
    // (after a noun or its comma, not after a verb whose clause it opens: "A survey released … found that 44 per cent of
    // respondents agreed …")
    const prev = tokens[k - 1]!;
    const noun =
      prev.raw === ',' ||
      (prev.word &&
        !/ed$/.test(prev.lower) &&
        !IRREGULAR_PAST.has(prev.lower) &&
        !SPEECH_VERBS.has(prev.lower) &&
        !AUXILIARIES.has(prev.lower));
    if (t.word && t.cap === 0 && /^(who|that|which)$/.test(t.lower) && noun) return k;
  }
  return -1;
}

/**
 * Are the tokens from `a` to `b` (excluded) the object of a participle and its prepositional phrases, words only, with no
 * verb of saying, auxiliary, relative word or past form among them and a preposition before the last noun: "a public
 * inquiry into deaths in Westfold group homes"?
 */
function prepositionalChain(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  let prep = false;
  for (let j = a; j < b; j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (t.cap > 0) continue;
    if (SPEECH_VERBS.has(t.lower) || AUXILIARIES.has(t.lower) || /^(that|who|which|whom|whose|where|when|and|or|but)$/.test(t.lower))
      return false;
    if (/[a-z]ed$/.test(t.lower) || /^[a-z]{3,}ing$/.test(t.lower)) return false;
    if (/^(into|in|of|on|at|for|over|from|near|about|across|against|with)$/.test(t.lower)) prep = true;
  }
  return prep && tokens[b - 1]!.word && !/^(the|a|an|of|in|into|on|at|for)$/.test(tokens[b - 1]!.lower);
}

/**
 * A plural noun alone that opens the sentence past a dateline, capitalised there and read as no name: "MARLOW, B.C. —
 * Families living near the site say" (as a group; null otherwise).
 */
function pluralAtStart(doc: Doc, j: number, floor: number): Found | null {
  const t = doc.tokens[j]!;
  if (!t.word || t.cap !== 1 || j === firstWordAt(doc, floor) || j !== pastDateline(doc, floor, j + 1) || keyEndingAt(doc, j)) return null;
  if (!pluralNoun({ word: true, cap: 0, lower: t.lower }) || TITLES.has(t.lower) || DEMONYMS.has(t.lower)) return null;
  return {
    kind: 'desc',
    desc: { text: withoutInvisible(t.raw), definite: false, head: t.lower, group: true, gender: null },
    first: j,
    last: j,
  };
}

/**
 * Participles of how people are touched by a matter, or engaged by someone, which may follow them as a subject:
 * "Residents opposed to …", "An engineer hired by the province …".
 */
const PEOPLE_PARTICIPLES =
  /^(opposed|concerned|affected|hit|worried|displaced|evacuated|interviewed|surveyed|polled|questioned|contacted|reached|hired|retained|employed|appointed|contracted)$/;

/**
 * Are the words from m to the verb at v a group's members or makers, or a document's signers, that the verb's subject
 * is written with: people (a name, a person's noun, a plural of people), each of a list ending in one ("Tom Berg and Lee
 * Park", "scientists and engineers"); not a number or a measure, a place or a thing ("The ruling party led by nine
 * points in early counts and its leader said", "A group formed by the fountain and organisers said"), not a clause of
 * its own after "and" ("… and its leader said", "… and coach Tom Berg said", "… circulates online and teachers say"), and
 * not the people of a relative clause whose verb it is ("A coalition formed by farmers who say …" is the farmers').
 */
function membersRunToVerb(doc: Doc, m: number, v: number): boolean {
  const { tokens } = doc;
  const w = tokens[v - 1];
  if (w?.word && /^(who|that|which)$/.test(w.lower)) return false;
  const person = (x: Token): boolean =>
    x.word && (x.cap > 0 || SPEAKER_NOUNS.has(x.lower) || TITLES.has(x.lower) || pluralSpeakerNoun(x.lower) || PEOPLE_PLURAL.test(x.lower));
  let seg = false;
  let last: Token | undefined;
  for (let k = m; k < v; k++) {
    const x = tokens[k]!;
    if (x.word && x.cap === 0 && x.lower === 'and') {
      // (each member before "and" ends in a person: "Tom Berg and", "scientists and"; not "the fountain and")
      if (!seg || !last || !person(last)) return false;
      const n = tokens[k + 1];
      // ("and" opening a clause of its own: a possessive, a title in lower case, a bare plural of speakers)
      if (n?.word && n.cap === 0 && (/^(its|his|her|their|our|my)$/.test(n.lower) || TITLES.has(n.lower) || SPEAKER_NOUNS.has(n.lower)))
        return false;
      if (n?.word && n.cap === 0 && pluralSpeakerNoun(n.lower) && k + 2 === v) return false;
      seg = false;
      last = undefined;
      continue;
    }
    if (x.word) {
      if (person(x)) seg = true;
      last = x;
    }
  }
  return seg;
}

/** Participles of a group's making before "by": "A task force led by two mayors", "a coalition formed by farmers". */
const GROUP_MAKERS = /^(led|formed|founded|headed|chaired|created|organized|organised|convened|established)$/;

/** Words after which a clause, and its subject, begins: "While officials who … say", "… but residents who … said". */
const CLAUSE_OPENERS = /^(while|although|though|but|because|as|since|if|when|whereas)$/;

/** Prepositions that open a sentence's phrase of place, time or manner before its subject: "In a statement read in court, …". */
const OPENING_PREPOSITIONS = /^(in|at|on|after|before|during|outside|inside|from|with|earlier|later)$/;

/** Nouns of a collective whose members follow after "of": "a coalition of tenant groups", "a handful of analysts". */
const COLLECTIVES =
  /^(coalition|alliance|network|chorus|handful|couple|consortium|panel|group|team|bloc|caucus|delegation|contingent|collective|cadre)$/;

/** Units of time that measure a span before "after", "before" or "later": "A decade after …", "Two weeks later". */
const TIME_MEASURES = /^(minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)$/;

/**
 * Does the sentence open at `start` with a phrase of place, time or manner, or a clause of time or reason, before its
 * subject: "In a statement read in court", "When the plant closed", "A decade after a tanker ran aground", "Two
 * years later"?
 */
function frontedPhrase(doc: Doc, start: number): boolean {
  const { tokens } = doc;
  if (OPENING_PREPOSITIONS.test(tokens[start]!.lower) || CLAUSE_OPENERS.test(tokens[start]!.lower)) return true;
  for (let k = start + 1; k <= start + 3; k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (/^(after|before|later)$/.test(t.lower)) return TIME_MEASURES.test(tokens[k - 1]!.lower);
  }
  return false;
}

/** Do the words from `start` to `first` (excluded) modify a noun phrase, joined to it by "and"/"or": "Current and former", "Local and state"? */
function joinedModifiers(doc: Doc, start: number, first: number): boolean {
  const { tokens } = doc;
  if (first - start < 2 || first - start > 3 || !/^(and|or)$/.test(tokens[first - 1]!.lower)) return false;
  for (let k = start; k < first - 1; k++) {
    const t = tokens[k]!;
    if (!t.word || NP_BREAK.has(t.lower) || DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The person named before appositions between commas that end at the comma c: an age, a home town or state, a
 * description ("Pia Okafor, 54, from Eastport, who said …", "Tom Berg, a welder from Northby, Coastland, who said …"),
 * or null. Each apposition is a number of one to three digits, a phrase opening with "from", "of", "a", "an" or
 * "the", or capitalised words; no quotation inside.
 */
function personBeforeAppositions(doc: Doc, c: number, floor: number): Found | null {
  const { tokens } = doc;
  let end = c;
  for (let n = 0; n < 4; n++) {
    const p = commaBefore(doc, end, floor, 10);
    if (p < 0 || p + 1 >= end) return null;
    const first = tokens[p + 1]!;
    const words = tokens.slice(p + 1, end).filter((x) => x.word);
    const age = end - p === 2 && /^[0-9]{1,3}$/.test(first.raw);
    // (or a bare role: "said Beth Noor, executive director of the coalition, who said …")
    const phrase =
      first.word &&
      first.cap === 0 &&
      (/^(from|of|a|an|the)$/.test(first.lower) ||
        words.slice(0, 3).some((x) => x.cap === 0 && (TITLES.has(x.lower) || SPEAKER_NOUNS.has(x.lower))));
    const place = words.length > 0 && words.every((x) => x.cap > 0) && !keyEndingAt(doc, end - 1);
    if (!age && !phrase && !place) return null;
    const named = keyEndingAt(doc, p - 1);
    if (named && isPersonKey(doc, named.key)) return { kind: 'key', key: named.key, first: named.first, last: p - 1 };
    end = p;
  }
  return null;
}

/**
 * The comma before the one at `end`, at most `most` tokens back, with only words, points and hyphens between (no
 * quotation); -1 when there is none past `floor`.
 */
function commaBefore(doc: Doc, end: number, floor: number, most: number): number {
  const { tokens } = doc;
  let p = end - 1;
  while (p > floor && end - p <= most && tokens[p]!.raw !== ',') {
    const x = tokens[p]!;
    if (doc.quoted[p] || (!x.word && x.raw !== '.' && x.raw !== '-')) return -1;
    p--;
  }
  return p > floor && tokens[p]!.raw === ',' ? p : -1;
}

/**
 * The comma that opens a participle's phrase ending at the comma c, eleven tokens or fewer with no quotation or other
 * mark ("…, identified only as Witness 14, who", "…, speaking from Ottawa, who"); else -1.
 */
function participlePhraseBefore(doc: Doc, c: number, floor: number): number {
  const { tokens } = doc;
  const p = commaBefore(doc, c, floor, 12);
  if (p < 0 || p + 2 >= c) return -1;
  const first = tokens[p + 1]!;
  if (!first.word || first.cap !== 0) return -1;
  return /[^e]ed$|^[a-z]{3,}ing$/.test(first.lower) || IRREGULAR_PAST.has(first.lower) ? p : -1;
}

/**
 * An organisation's name with "of" in it that ends at token e, after "the": capitalised words, the first or the one
 * before "of" an organisation word ("the Ministry of the Solicitor General", "the Department of Justice", "the Royal
 * College of Nursing"); a description of it, or null.
 */
function orgNameWithOf(doc: Doc, e: number, floor: number): Found | null {
  const { tokens } = doc;
  let f = e;
  let of = -1;
  while (f - 1 > floor && e - f < 10) {
    const t = tokens[f - 1]!;
    if (doc.quoted[f - 1] || !t.word) break;
    if (t.cap > 0) f--;
    else if (t.lower === 'of' && of < 0) {
      of = f - 1;
      f--;
    } else if (t.lower === 'the' && tokens[f - 2]?.lower === 'of') f--;
    else break;
  }
  if (of < 0 || f >= of || tokens[e]!.cap === 0 || tokens[f - 1]?.lower !== 'the') return null;
  const head = tokens[of - 1]!;
  if (!ORG_SUFFIXES.has(head.lower) && !ORG_SUFFIXES.has(tokens[f]!.lower)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[f - 1]!.start, tokens[e]!.end));
  return { kind: 'desc', desc: { text, definite: true, head: head.lower, group: true, gender: null }, first: f - 1, last: e };
}

/**
 * An organisation's noun after "the" with its field after "of" in lower case, ending at e: "the ministry of transport",
 * "the department of health" (a word or two after "of", none of them capitalised or quoted); else null.
 */
function ofFieldOrg(doc: Doc, e: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let of = e - 1; of >= e - 2 && of > floor; of--) {
    const t = tokens[of]!;
    if (doc.quoted[of] || !t.word) return null;
    if (t.lower !== 'of') continue;
    if (tokens.slice(of + 1, e + 1).some((w) => !w.word || w.cap > 0)) return null;
    const o = subjectAtRaw(doc, of - 1, floor, seen);
    if (o?.kind !== 'desc' || !o.desc!.definite || !ORG_HEADS.has(o.desc!.head) || tokens[o.first]!.lower !== 'the') return null;
    const text = withoutInvisible(doc.text.slice(tokens[o.first]!.start, tokens[e]!.end));
    return { kind: 'desc', desc: { ...o.desc!, text }, first: o.first, last: e };
  }
  return null;
}

/**
 * The person that opens the sentence before a restrictive relative clause which runs to the comma at k, when a second
 * relative clause (", who …,") follows: "A woman who lives near the trail, who asked not to be named, said" → a
 * woman. Only a person or a speaker's noun (not "The report that cites the trail, who …"), or a noun of a person's
 * shape that is no speaker's noun, as "who" after it has it: "An interpreter who worked with the mission, who asked not
 * to be named, said" → an interpreter; else null.
 */
function stackedRelative(doc: Doc, floor: number, k: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let w = k - 2; w > floor && k - w <= 12; w--) {
    const t = tokens[w]!;
    if (doc.quoted[w] || (!t.word && t.raw !== '-' && t.raw !== '.' && t.key !== "'s")) return null;
    if (t.lower !== 'who' || !tokens[w - 1]?.word) continue;
    const near = nounBefore(doc, w, floor, seen);
    if (!near || !(near.person || (near.s.kind === 'desc' && personShaped(near.s.desc!.head))) || !opensSentence(doc, floor, near.s.first))
      return null;
    return near.s;
  }
  return null;
}

/**
 * The antecedent of ", who" when the "and" at j coordinates a verb inside the relative clause: "The board met
 * Mr. Dunmore, who is retiring and is saying he …" (no other comma between); a name or a description, or null.
 */
function relativeAntecedent(doc: Doc, j: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = j - 1; k > floor + 1 && j - k <= 15; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k] || (!t.word && t.raw !== '.' && t.raw !== '-')) return null;
    if (t.lower === 'who' && tokens[k - 1]!.raw === ',') {
      const s = subjectWithPP(doc, k - 2, floor, seen);
      return s && s.kind !== 'pronoun' ? s : null;
    }
    // (or a "who" with no comma on the subject of a closing frame: "“…,” said a former auditor who led the review and
    // described it as “…”" is the auditor's, whether the verb goes with "led" or with "said")
    if (t.lower === 'who' && t.cap === 0) return invertedFramesRelative(doc, k, floor, seen);
  }
  return null;
}

/**
 * The subject of a closing frame, its verb of saying after a comma or a quotation ("…,” said a former auditor"),
 * that the restrictive "who" at w follows; null when no such subject ends right before it (a pronoun neither).
 */
function invertedFramesRelative(doc: Doc, w: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (the verb at most eight words before "who", none of them quoted, a comma or a closing mark right before it)
  for (let m = w - 2; m > floor && m >= w - 9; m--) {
    const t = tokens[m]!;
    if (!t.word || doc.quoted[m]) return null;
    if (t.cap !== 0 || !/^(said|says|added|adds)$/.test(t.lower)) continue;
    if (!/^[,”"'’»]$/.test(tokens[m - 1]?.raw ?? '')) return null;
    const s = subjectAfter(doc, m, seen);
    return s && s.kind !== 'pronoun' && s.last === w - 1 ? s : null;
  }
  return null;
}

/**
 * The person a description is in apposition to, when it follows the person's name and a comma (past an age): "Carla
 * Dueck, a mother of three who said …", "Tom Reyes, 64, a retired teacher who said …" are Dueck's and Reyes's words
 * (not "the father of a girl who said …", whose description is the girl's, after "of"); or null.
 */
function personApposedTo(doc: Doc, s: Found, floor: number): Found | null {
  if (s.kind !== 'desc') return null;
  const { tokens } = doc;
  let k = s.first;
  while (k - 1 > floor && s.first - k < 4 && tokens[k - 1]!.word && tokens[k - 1]!.cap === 0 && !doc.quoted[k - 1]) {
    const w = tokens[k - 1]!.lower;
    if (NP_BREAK.has(w) && !DETERMINERS.has(w)) break;
    k--;
  }
  if (tokens[k - 1]?.raw !== ',' || k - 2 <= floor) return null;
  let e = k - 2;
  // (past an age: "Tom Reyes, 64, a retired teacher")
  if (/^[0-9]{1,3}$/.test(tokens[e]!.raw) && tokens[e - 1]?.raw === ',') e -= 2;
  const named = keyEndingAt(doc, e);
  return named && isPersonKey(doc, named.key) ? { kind: 'key', key: named.key, first: named.first, last: e } : null;
}

/** Conjunctions and relative adverbs after which a noun phrase is the subject of the clause they open. */
const CLAUSE_SUBJECT_OPENERS = /^(that|where|when|whereas|because|although|though|while|since|unless|if)$/;

/**
 * The antecedent of a restrictive "who" at token w (no comma before it): the noun phrase right before it, which
 * may be the object of a verb or a preposition ("not paying an architect who said …", "a backlash from business
 * leaders who say …"). A name, or a description of a person or a group; past the object of a preposition that is
 * an organisation or a thing ("a staffer at the ministry who told …", "critics of the plan who say …"). Null for a
 * pronoun, a place, a share of a poll ("those who said", "6 in 10 voters who say", "61 percent of members who
 * said"; but not one set against another share: "…, compared with 22 percent who said …") and a noun phrase that opens
 * the sentence ("Voters who say fares matter most were divided": the relative
 * clause has no end of its own).
 */
function restrictiveAntecedent(doc: Doc, w: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const near = nounBefore(doc, w, floor, seen);
  if (!near) return null;
  const { s } = near;
  const prep = tokens[s.first - 1];
  // (the noun phrase before the preposition, read once for the two tests below)
  let outer: ReturnType<typeof nounBefore> | undefined;
  const outerOnce = (): ReturnType<typeof nounBefore> =>
    outer === undefined ? (outer = nounBefore(doc, s.first - 1, floor, seen)) : outer;
  if (!near.person && prep?.word && PP_PREPS.has(prep.lower) && tokens[s.first - 2]?.word) {
    const o = outerOnce();
    if (o && (o.person || (near.org && !o.org))) return o.s;
  }
  // (a number after "of" and a person's noun is how many children they have, not who speaks: "a father of three who said
  // …" is the father)
  if (
    prep?.lower === 'of' &&
    s.first === s.last &&
    /^(two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})$/.test(tokens[s.first]!.lower)
  ) {
    const o = outerOnce();
    return o?.person && o.s.first !== firstWordAt(doc, floor) ? o.s : null;
  }
  if (s.first === firstWordAt(doc, floor)) return null;
  // (so does one that opens a clause after its conjunction: "a workplace where officers who reported misconduct were
  // shunned", "found that staff who complained were moved")
  const opener = tokens[s.first - 1];
  if (opener?.word && opener.cap === 0 && CLAUSE_SUBJECT_OPENERS.test(opener.lower)) return null;
  // (or the sentence past its opening phrase: "In the report, officers who reported misconduct were shunned")
  if (opener?.raw === ',' && openingPhraseBefore(doc, floor, s.first - 1)) return null;
  const SHARE = /^(percent|percentage|%|number|share|majority|minority|plurality|half|third|quarter|fifth|most)$/;
  const share =
    (s.kind === 'desc' && SHARE.test(s.desc!.head)) ||
    tokens.slice(s.first, s.last).some((x) => /^[0-9]/.test(x.raw)) ||
    (/^(of|in)$/.test(prep?.lower ?? '') &&
      (SHARE.test(tokens[s.first - 2]?.lower ?? '') || /^[0-9]/.test(tokens[s.first - 2]?.raw ?? '')));
  // (but a share set against another, as the object of a comparison or a list, has a clause with an end of its own:
  // "…, compared with 64 percent who say …", "including 18 percent who say they …"; not "the 30 percent" itself, which
  // would be read as an earlier share named again)
  if (share) {
    const own = s.kind === 'desc' && SHARE.test(s.desc!.head);
    if (own && s.desc!.definite) return null;
    return comparedShare(doc, own ? s.first : (outerOnce()?.s.first ?? s.first)) ? s : null;
  }
  return near.person || !near.org ? s : null;
}

/** Words before a share of a poll that set it against another or list it: "compared with", "including", "versus". */
const SHARE_COMPARERS = /^(with|to|including|versus|vs|among)$/;

/** Does the share whose phrase opens at `first` follow a comparison or a list: "compared with (the) 30 percent", "including 9%"? */
function comparedShare(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  const k = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  const w = tokens[k - 1];
  if (!w?.word || w.cap !== 0 || doc.quoted[k - 1] || !SHARE_COMPARERS.test(w.lower)) return false;
  return w.lower === 'with' || w.lower === 'to' ? tokens[k - 2]?.lower === 'compared' : true;
}

/**
 * Verbs in the present whose object is a group of people, which no noun phrase before a "who" runs past: "The coalition
 * also includes residents who said …" (residents, not "includes residents"), "The list names several landlords who …".
 */
const HOLDING_VERBS = /^(includes?|contains?|features|involves?|employs|hires|represents|names|lists|counts|welcomes|invites)$/;

/**
 * The noun phrase that ends right before token w, opening at the nearest verb, preposition or clause word, and
 * whether it is an organisation or a thing rather than a person (null for a pronoun or a place: a capitalised word
 * the discovery did not register after "in", "at" or "from" is one, "a staff member in Philadelphia").
 */
function nounBefore(doc: Doc, w: number, floor: number, seen: NewName[]): { s: Found; person: boolean; org: boolean } | null {
  const { tokens } = doc;
  let from = w - 1;
  while (from - 1 >= floor && w - from < 8) {
    const t = tokens[from - 1]!;
    if (doc.quoted[from - 1]) break;
    if (!t.word && t.raw !== '-' && t.key !== "'s" && !(t.raw === '.' && tokens[from - 2]?.cap)) break;
    if (
      t.word &&
      t.cap === 0 &&
      (NP_BREAK.has(t.lower) ||
        SPEECH_VERBS.has(t.lower) ||
        IRREGULAR_PAST.has(t.lower) ||
        (/[^e]ed$|ing$/.test(t.lower) && !/^(a|an)$/.test(tokens[from - 2]?.lower ?? '')) ||
        HOLDING_VERBS.test(t.lower)) &&
      !(t.lower === 'and' && tokens[from - 2]?.word && !NP_BREAK.has(tokens[from - 2]!.lower))
    )
      break;
    from--;
  }
  const s = subjectAtRaw(doc, w - 1, from, seen);
  if (!s || s.kind === 'pronoun') return null;
  const key = s.kind === 'key' ? (s.key as SpeakerKey | NewName) : null;
  if (key?.kind === 'new' && s.first === s.last && /^(in|at|from)$/.test(tokens[s.first - 1]?.lower ?? '')) return null;
  if (key && key.kind !== 'new' && keyType(doc, key) === 'place') return null;
  const d = s.desc;
  const person = key
    ? key.kind === 'new'
      ? !ORG_SUFFIXES.has(tokens[s.last]!.lower)
      : isPersonKey(doc, key)
    : (SPEAKER_NOUNS.has(d!.head) && !ORG_SUFFIXES.has(d!.head)) || d!.gender !== null || (d!.group && !ORG_SUFFIXES.has(d!.head));
  const org = !person && (key !== null || ORG_SUFFIXES.has(d!.head) || !DETERMINERS.has(tokens[s.first]!.lower));
  return { s, person, org };
}

/**
 * Is the construction a frame inside a noun phrase, whose speaker is not the sentence's: a restrictive relative clause
 * ("critics who say …", "an aide who has said …") or the noun "claim" ("blamed the media over Dahl's claim that …")?
 */
export function restrictiveRelative(doc: Doc, c: Construction): boolean {
  const { tokens } = doc;
  if (/^claims?$/.test(tokens[c.verbFirst]!.lower) && c.verb === 'claimed') return true;
  let k = c.verbFirst - 1;
  while (k > 0 && tokens[k]!.word && SUBJECT_VERB_FILLERS.has(tokens[k]!.lower)) k--;
  return /^who(['’](s|ve|d))?$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.word === true;
}

/** The token before a parenthesis that ends at i ("Ada Quill (D-Md.)" → "Quill"), or i. */
function pastParty(doc: Doc, i: number, floor: number): number {
  const { tokens } = doc;
  // (and the dot of a name's suffix: "James B. Colby Jr., the director of …, said")
  if (nameSuffixDot(doc, i)) return beforeNameSuffix(doc, i);
  // (or of a company's abbreviated suffix: "Loblaw Companies Ltd., the country's largest grocer, said")
  const abbr = tokens[i - 1];
  if (tokens[i]?.raw === '.' && abbr?.word && abbr.cap > 0 && abbr.end === tokens[i]!.start && LEGAL_SHORT.has(abbr.lower)) return i - 1;
  // a party tag set off by commas, as the AP writes it: "Rep. Ken Whitaker, R-Ohio, a co-sponsor, told …", "D-N.Y."
  const tag = partyTagStart(doc, i);
  if (tag > floor + 1 && tokens[tag - 1]!.raw === ',') return tag - 2;
  if (tokens[i]?.raw !== ')') return i;
  for (let k = i - 1; k > floor && i - k <= 8; k--) if (tokens[k]!.raw === '(') return k - 1;
  return i;
}

/** The first token of a party tag "D-Calif.", "R-Ohio", "I-Vt.", "D-N.Y." ending at i, or -1. */
function partyTagStart(doc: Doc, i: number): number {
  const { tokens } = doc;
  for (let k = i; k >= 2 && i - k < 6; k--) {
    const t = tokens[k]!;
    if (!(t.raw === '.' || (t.word && t.cap > 0))) return -1;
    if (t.word && tightHyphen(tokens, k - 1) && /^[DRI]$/.test(tokens[k - 2]!.raw)) return k - 2;
  }
  return -1;
}

/** Is token i the dot of a name's suffix set tight after it: "Jr.", "Sr."? */
function nameSuffixDot(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const sfx = doc.tokens[i - 1];
  return t?.raw === '.' && !!sfx?.word && sfx.end === t.start && NAME_SUFFIX.test(sfx.lower);
}

/**
 * The last token of the name before the suffix dot at i: the suffix itself when the name holds it ("James B. Colby
 * Jr."), the word before it when the name was matched without it ("Joseph R. Biden Jr.", the dataset's).
 */
function beforeNameSuffix(doc: Doc, i: number): number {
  return keyEndingAt(doc, i - 1) || !keyEndingAt(doc, i - 2) ? i - 1 : i - 2;
}

/**
 * After a person's name ending at `last`, a possessive and a lower-case noun phrase closed by a comma: the person named in
 * apposition after it ("Voss's older sister, Mina Voss, …"), null when the apposition is no known person ("Voss's older
 * sister, Mina, …"), undefined when the name is not the owner of such a phrase.
 */
function ownedApposition(doc: Doc, last: number, limit: number): Subject | null | undefined {
  const { tokens } = doc;
  if (tokens[last + 1]?.key !== "'s") return undefined;
  let k = last + 2;
  // (a hyphened noun is one word: "Ferrante's co-star, Melina Daskalaki, defended him …, writing")
  while (
    k < limit &&
    k - last < 8 &&
    ((tokens[k]!.word && tokens[k]!.cap === 0 && !NP_BREAK.has(tokens[k]!.lower)) || (k > last + 2 && joiningHyphen(doc, k)))
  )
    k++;
  if (k === last + 2 || k >= limit || tokens[k]!.raw !== ',') return undefined;
  const found = keyStartingAt(doc, k + 1);
  if (found && isPersonKey(doc, found.key) && tokens[found.last + 1]?.raw === ',')
    return { kind: 'key', key: found.key, first: k + 1, last: found.last };
  // (a capitalised word closed by its own comma: a given name alone, "Mina")
  const n = tokens[k + 1];
  if (n?.word && n.cap === 1 && tokens[k + 2]?.raw === ',') return null;
  return undefined;
}

/** What a person's own words come in: "Tuttle's article", "Lund's statement" (the owner is their author). */
const AUTHORED =
  /^(article|column|book|memoir|essay|op-ed|editorial|tweet|tweets|post|posts|letter|statement|speech|remarks|comments|testimony|blog|email|emails|memo|note|interview)$/;

/**
 * Whether the name ending at token `last` owns the lower-case noun after it, one that speaks for itself ("Veitch's
 * critics", "Nunberg's lawyer", "Gowdy's office"; a plural's apostrophe too: "The Coastal Alliance of Fishers'
 * spokeswoman"), so the owner is not who speaks; not a thing the owner wrote or said.
 */
function ownerOfOther(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  const n = tokens[last + 2];
  return (
    (tokens[last + 1]?.key === "'s" || pluralPossessive(tokens, last + 1)) &&
    !!n?.word &&
    n.cap === 0 &&
    !NP_BREAK.has(n.lower) &&
    !AUTHORED.test(n.lower)
  );
}

/**
 * A role in lower case at k, alone or before another, then a capitalised word: "chair Eva Mora", "chief executive Tim Roy"
 * (`bare`: the role alone, what follows it not asked: "leader" of "BJP leader and former minister …").
 */
function lowerRoleBeforeName(tokens: ReadonlyArray<Token>, k: number, bare = false): boolean {
  const role = (w: Token | undefined): boolean =>
    !!w?.word &&
    w.cap === 0 &&
    (TITLES.has(w.lower) || SPEAKER_NOUNS.has(w.lower)) &&
    !ORG_HEADS.has(w.lower) &&
    !DOCUMENT_NOUNS.has(w.lower);
  if (!role(tokens[k])) return false;
  if (bare) return true;
  const next = tokens[k + 1];
  return !!next?.word && (next.cap > 0 || (role(next) && tokens[k + 2]?.word === true && tokens[k + 2]!.cap > 0));
}

/** The person or organisation named at the start of the sentence (after a dateline and titles), if any. */
function sentenceSubject(doc: Doc, floor: number, limit: number): Subject | null {
  const { tokens } = doc;
  const i = pastDateline(doc, floor, limit);
  // (a name in a comparison that opens the sentence is no subject: "Like Rafferty, Mayor Celia Brandt rejected the plan,
  // arguing …" is Brandt's, "Unlike Vik, …")
  if (frontedComparisonAt(tokens, i, limit) && !keyStartingAt(doc, i)) return null;
  // a place or an organisation opening the capitalised run gives way to the person it ends in: "U.S. District Judge
  // Ann Kowalski imposed …, saying", "Ontario Superior Court Justice Tom Reyes …"
  let other: Subject | null = null;
  for (let k = i; k < Math.min(limit, i + (other ? 9 : 6)); k++) {
    const found = keyStartingAt(doc, k);
    if (found && isPersonKey(doc, found.key)) {
      // a person's relative or associate in apposition is the subject, not the owner: "Arlen Voss's older sister, Mina,
      // also addressed the court, describing …" (a name after the comma, or nothing when the name is not one)
      const owned = ownedApposition(doc, found.last, limit);
      if (owned !== undefined) return owned;
      // nor the owner of a noun that is the subject: "Veitch's critics have taken to calling the fund …" (but the author
      // of a thing written or said: "Tuttle's article also attacked Christie, accusing him …")
      if (ownerOfOther(doc, found.last)) return null;
      return { kind: 'key', key: found.key, first: k, last: found.last };
    }
    if (found) {
      // (nor an organisation owning the noun that is the subject: "The Alberta Federation of Labour's president, Gil
      // McLeod, echoed that view, saying …" is McLeod's)
      if (!other && ownerOfOther(doc, found.last)) return null;
      other ??= { kind: 'key', key: found.key, first: k, last: found.last };
      k = found.last;
      continue;
    }
    const t = tokens[k]!;
    if (t.raw === '.' && tokens[k - 1]?.end === t.start) continue; // "Mr. Alvarez"
    // (a court's name with a possessive: "Court of King's Bench Justice Ada Marr")
    if (other && t.key === "'s" && other.last === k - 1) continue;
    // (and a role in lower case between the organisation and the person: "Democratic National Committee chair Eva Mora
    // congratulated …, calling her …", "Acme Corp. chief executive Tim Roy …")
    if (other && lowerRoleBeforeName(tokens, k)) continue;
    // (or two roles joined by "and", up to three words before the second's name: "Senior BJP leader and former Union
    // minister Radha Sinha launched …, accusing …" is Sinha's)
    // (the second role any words before a person's name: "… leader and legislator Prakash Dhotre", "… and MLA …")
    if (other && tokens[k + 1]?.lower === 'and' && lowerRoleBeforeName(tokens, k, true)) {
      let j = k + 2;
      while (j < k + 5 && tokens[j]?.word && !lowerRoleBeforeName(tokens, j) && !personStartingAt(doc, j + 1)) j++;
      if (lowerRoleBeforeName(tokens, j) || personStartingAt(doc, j + 1)) {
        k = j;
        continue;
      }
    }
    if (!t.word || t.cap === 0) break;
  }
  // (nor a place that opens an institution's name, which is the subject: "The U.S. Embassy declined to comment,
  // citing …" is the embassy's, see sentenceDescription)
  if (other && bodyAfterPlace(doc, other) !== null) return null;
  return other;
}

/**
 * A pronoun, a description or a known surname that opens the sentence as its subject, followed by its verb: "His chief aide doubled
 * down …, saying", "They rejected the offer, saying", "One employee declined to comment, saying".
 */
function sentenceDescription(doc: Doc, floor: number, limit: number): Subject | null {
  const end = firstSubjectEnd(doc, floor);
  // (past a phrase of a preposition set off by commas: "The ministry, in a statement carried by the news agency,
  // welcomed the deal as “…”")
  let v = end + 1;
  const t = doc.tokens;
  if (t[v]?.raw === ',' && /^(in|on|at|during|through|via)$/.test(t[v + 1]?.lower ?? '') && !doc.quoted[v + 1]) {
    let m = v + 2;
    while (m < Math.min(limit, v + 14) && (t[m]!.word || t[m]!.raw === '-') && !doc.quoted[m]) m++;
    if (t[m]?.raw === ',' && m > v + 2) v = m + 1;
  }
  const next = doc.tokens[v];
  // the subject's verb follows it: a lower-case word that is no preposition or conjunction
  if (end >= limit || !next || !next.word || next.cap !== 0) return null;
  if (NP_BREAK.has(next.lower) && !/^(has|had|have|was|were|is|are|will|would)$/.test(next.lower)) return null;
  const s = subjectAt(doc, end, floor, []);
  if (!s || s.first !== firstWordAt(doc, floor)) return null;
  // a noun after it, not a verb: the word found is a modifier ("The official opposition at city hall, …, noting …",
  // "The chief negotiator's position …"; a singular subject takes no base form such as "question" or "comment")
  if (s.kind === 'desc' && !/s$/.test(s.desc!.head) && /[a-z](tion|sion|ness|ity|ism|ship|ment)$/.test(next.lower)) return null;
  // (nor before a plural of people whose own verb follows: "City planners have recommended …, saying" is the planners')
  const one = next.lower.slice(0, -1);
  const after = doc.tokens[v + 1];
  if (
    s.kind === 'desc' &&
    /[^s]s$/.test(next.lower) &&
    (pluralSpeakerNoun(next.lower) || personShaped(one)) &&
    after?.word &&
    after.cap === 0 &&
    /^(have|had|are|were|will|would|could|can|should|may|might|must|do|did|[a-z]+ed)$/.test(after.lower)
  )
    return null;
  // (nor before the noun of a record, which heads the phrase: "City records show …", "Court documents say …")
  if (DOCUMENT_NOUNS.has(next.lower) || /^(records|files|logs|minutes|figures|statistics|numbers|filings|papers)$/.test(next.lower))
    return null;
  if (s.kind === 'pronoun' && s.pronoun !== 'neuter') return s as Subject;
  if (s.kind === 'desc' && SPEAKER_NOUNS.has(s.desc!.head)) return s as Subject;
  // (or the noun of an organisation, after "the": "The association opposed the expansion, saying …")
  if (s.kind === 'desc' && s.desc!.definite && ORG_HEADS.has(s.desc!.head)) return s as Subject;
  // a surname the article has already given a speaker: "Okafor defended the plan, saying …"
  if (s.kind === 'key' && s.key!.kind !== 'new') return s as Subject;
  return null;
}

/**
 * The first word of the sentence from `floor`, past a dateline that opens it before `limit` (see datelineEnd):
 * "WASHINGTON —", "KYIV, Ukraine (AP) —", "New York (AFP) –", "New Delhi, Aug 14 (PTI) The Centre …"; and past a
 * phrase of time ending in later, earlier or ago ("Hours later, Lund …").
 */
export function pastDateline(doc: Doc, floor: number, limit: number): number {
  const { tokens } = doc;
  const i = firstWordAt(doc, floor);
  const t0 = tokens[i];
  if (!t0 || t0.cap === 0) return i;
  if (tokens[i + 2]?.raw === ',' && /^(later|earlier|ago)$/.test(tokens[i + 1]?.lower ?? '') && i + 3 < limit)
    return firstWordAt(doc, i + 3);
  const after = datelineEnd(tokens, i, limit);
  return after >= 0 ? firstWordAt(doc, after) : i;
}

/**
 * The subject that opens the sentence from `floor` and acts before token `limit`, when it is a name or a
 * description and no other clause opens between its verb and `limit`: "The council issued a statement calling
 * the plan “…”", "The Harbour Post characterized the vote as “…”". Names not yet registered and pronouns are not
 * given (null).
 */
export function ownSubject(doc: Doc, floor: number, limit: number): Subject | null {
  const s =
    sentenceDescription(doc, floor, limit) ??
    openingSubject(doc, floor, limit, []) ??
    thingSubject(doc, floor, limit) ??
    subjectAfterOpening(doc, floor, limit);
  if (!s || s.kind === 'pronoun' || (s.kind === 'key' && (s.key as SpeakerKey | NewName).kind === 'new')) return null;
  return clauseOpensBetween(doc, s.last + 1, limit) ? null : (s as Subject);
}

/**
 * A definite description of a thing that opens the sentence, followed by its verb in the past or the present:
 * "The advert targets a “…”", "The town council released a statement …" (at most five words, its head the word
 * before the verb; not "is", "has" or another auxiliary: "The problem is “…”").
 */
function thingSubject(doc: Doc, floor: number, limit: number): Found | null {
  const { tokens } = doc;
  const first = firstWordAt(doc, floor);
  if (!/^(the|this|its|his|her|their)$/.test(tokens[first]?.lower ?? '')) return null;
  for (let v = first + 2; v < Math.min(limit, first + 6); v++) {
    const t = tokens[v]!;
    if (!t.word || doc.quoted[v]) return null;
    if (t.cap !== 0 || NP_BREAK.has(t.lower) || AUXILIARIES.has(t.lower)) continue;
    if (!(pastTense(t.lower) || /[^su']s$/.test(t.lower))) continue;
    // the verb, unless the word before it is one the phrase cannot end with ("the most", "its own")
    const head = tokens[v - 1]!;
    // (a word in -s after a possessive is its noun, no verb: "The pantry's hours are posted …", "The church's members voted …")
    if (head.key === "'s") continue;
    if (!head.word || NP_BREAK.has(head.lower) || AUXILIARIES.has(head.lower) || /(ly|ing)$/.test(head.lower)) return null;
    for (let k = first + 1; k < v; k++) if (!tokens[k]!.word || NP_BREAK.has(tokens[k]!.lower)) return null;
    const text = withoutInvisible(doc.text.slice(tokens[first]!.start, head.end));
    const lower = head.lower;
    return {
      kind: 'desc',
      desc: { text, definite: true, head: lower, group: GROUP_NOUNS.has(lower), gender: descGender(lower) },
      first,
      last: v - 1,
    };
  }
  return null;
}

/**
 * A name the article knows right after the last comma of the phrases that open the sentence, followed by its verb:
 * "Moreover, as part of the exchange with Lund, Aas referenced a report that “…”", "Speaking to Coast Radio on
 * Monday, Berg referred to Lund as “…”" (the sentence opens with a lower-case word after its first, a capitalised
 * preposition, conjunction, adverb or participle).
 */
function subjectAfterOpening(doc: Doc, floor: number, limit: number): Subject | null {
  const { tokens } = doc;
  const w = firstWordAt(doc, floor);
  if (!COMMON_WORDS.has(tokens[w]?.lower ?? '') && !/(ly|ing)$/.test(tokens[w]?.lower ?? '')) return null;
  for (let k = limit - 1; k > w; k--) {
    if (doc.quoted[k]) continue;
    if (tokens[k]!.raw !== ',') continue;
    let at = firstWordAt(doc, k + 1);
    // past titles: "…, Councillor Pia Lund stepped up …"
    while (at < limit && tokens[at]!.word && TITLES.has(tokens[at]!.lower) && !keyStartingAt(doc, at)) at = firstWordAt(doc, at + 1);
    const found = keyStartingAt(doc, at);
    const v = found ? tokens[found.last + 1] : tokens[at + 1];
    const pronoun = PRONOUNS.get(tokens[at]?.lower ?? '');
    if (!found && pronoun !== 'male' && pronoun !== 'female') {
      // or a speaker's description: "In response to the plan, the mayor's right-hand woman rallied supporters, saying: “…”"
      const d = sentenceDescription(doc, at, limit);
      if (d?.kind === 'desc' && !clauseOpensBetween(doc, d.last + 1, limit)) return d;
      continue;
    }
    if (!v?.word || v.cap !== 0 || NP_BREAK.has(v.lower)) continue;
    if ((found ? found.last : at) + 1 >= limit) continue;
    if (!found) return { kind: 'pronoun', pronoun: pronoun!, first: at, last: at };
    return { kind: 'key', key: found.key, first: at, last: found.last };
  }
  return null;
}

/**
 * The subject of the main clause after a clause the sentence opens with, up to the comma that closes it, for a
 * participle after the main clause: "While Vale was reading the figures, Brandt handed the board a petition, saying …"
 * is Brandt's, "When Vale had finished, the board's treasurer, Omar Keel, rose, warning …" Keel's, not the opening
 * clause's subject that sentenceSubject reads past its capitalised first word; null when the main clause names none.
 */
function subjectAfterOpeningClause(doc: Doc, floor: number, limit: number, seen: NewName[]): Found | null {
  const { tokens, quoted } = doc;
  const w = firstWordAt(doc, floor);
  const t = tokens[w];
  if (!t || t.cap !== 1 || quoted[w] || !OPENING_CLAUSE.has(t.lower)) return null;
  if (t.lower === 'even' && !/^(as|if|though|when|while)$/.test(tokens[w + 1]?.lower ?? '')) return null;
  const commaAfter = (from: number): number => {
    let k = from;
    while (k < Math.min(limit, w + 30) && tokens[k]!.raw !== ',' && !quoted[k] && !/^[;:—–]$/.test(tokens[k]!.raw)) k++;
    return tokens[k]?.raw === ',' ? k : -1;
  };
  let comma = commaAfter(w + 2);
  // (past a name set off by commas inside the opening clause, followed by the clause's own verb: "As the premier,
  // Danielle Smith, rose to speak, Notley walked out, saying …" is Notley's; "When Vale finished, Lund, the
  // treasurer, rose, …" keeps Lund)
  const named = comma > 0 ? keyStartingAt(doc, firstWordAt(doc, comma + 1)) : null;
  const verb = named && tokens[named.last + 1]?.raw === ',' ? tokens[named.last + 2] : undefined;
  if (
    verb?.word &&
    verb.cap === 0 &&
    !quoted[named!.last + 2] &&
    !DETERMINERS.has(verb.lower) &&
    !/^(who|whose|which|too|also)$/.test(verb.lower)
  )
    comma = commaAfter(named!.last + 3);
  if (comma < 0 || comma + 3 >= limit) return null;
  // (the main clause's own subject, followed by its verb, with no quotation up to the participle)
  for (let k = comma + 1; k < limit; k++) if (quoted[k]) return null;
  const from = comma + 1;
  const s =
    sentenceSubject(doc, from, limit) ??
    sentenceDescription(doc, from, limit) ??
    openingSubject(doc, from, limit, seen) ??
    mainClauseSubject(doc, from, limit, seen);
  return s && !clauseOpensBetween(doc, s.last + 1, limit) ? s : null;
}

/**
 * The subject of the sentence's first verb, for a participle of saying whose sentence opens with no subject the
 * dataset or an earlier frame knows: past a phrase of time or place ("For months, Lund has been on the sidelines,
 * arguing …"), a name the discovery did not register ("Harbour nominee Pia Lund also joined …, announcing …"), a
 * description with its phrase ("The former secretary of state mocked …, noting …"), a party member ("The Wisconsin
 * Republican did give …, saying …"). The verb: the first lower-case auxiliary, filler or past tense, with nothing
 * but words before it.
 */
function openingSubject(doc: Doc, floor: number, limit: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let from = firstWordAt(doc, floor);
  if (OPENING_PHRASE.test(tokens[from]?.lower ?? '')) {
    let comma = -1;
    for (let k = from + 1; k < Math.min(limit, from + 8) && comma < 0; k++) if (tokens[k]!.raw === ',') comma = k;
    if (comma < 0) return null;
    from = firstWordAt(doc, comma + 1);
    const known = sentenceSubject(doc, from, limit) ?? sentenceDescription(doc, from, limit);
    if (known) return clauseOpensBetween(doc, known.last + 1, limit) ? null : known;
  }
  for (let k = from + 1; k < Math.min(limit, from + 9); k++) {
    let t = tokens[k]!;
    // (past a relative clause between commas after the subject: "The Green Party, which was left out of the debate,
    // issued a statement calling the decision “…”")
    let head = k - 1;
    if (t.raw === ',' && /^(which|who)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k - 1]!.word) {
      let c = k + 2;
      while (c < Math.min(limit, k + 16) && tokens[c]!.raw !== ',' && !doc.quoted[c]) c++;
      if (tokens[c]?.raw !== ',' || c + 1 >= limit) return null;
      k = c + 1;
      t = tokens[k]!;
      if (!t.word || t.cap !== 0 || !pastTense(t.lower)) return null;
    } else {
      if (doc.quoted[k] || (!t.word && t.raw !== '.' && t.raw !== '-' && t.key !== "'s")) return null;
      if (t.cap !== 0 || !(AUXILIARIES.has(t.lower) || SUBJECT_VERB_FILLERS.has(t.lower) || pastTense(t.lower))) continue;
    }
    // (a relative clause on "who" inside the subject: the verb is its own, the subject ends before it: "The families of
    // four people who died in the outbreak have sued the authority, saying …")
    const relative = head === k - 1 && tokens[k - 1]?.lower === 'who' && k - 2 > from && tokens[k - 2]!.word;
    if (relative) head = k - 2;
    const s = subjectWithPP(doc, head, from, seen);
    // the subject opens the sentence, or capitalised words before it ("Harbour nominee Pia Lund"; not "When his family …")
    if (!s || s.first - from > 2 || (s.first > from && COMMON_WORDS.has(tokens[from]!.lower))) return null;
    for (let m = from; m < s.first; m++)
      if (tokens[m]!.cap === 0 && !TITLES.has(tokens[m]!.lower) && !SPEAKER_NOUNS.has(tokens[m]!.lower)) return null;
    if (clauseOpensBetween(doc, k + 1, limit)) return null;
    if (s.kind === 'pronoun') return s.pronoun === 'neuter' ? null : s;
    // an organisation: "The Harbour Post intervened …"
    if (s.kind === 'desc') return SPEAKER_NOUNS.has(s.desc!.head) || tokens[s.last]!.cap > 0 ? s : null;
    return s;
  }
  return null;
}

const NUMBER_WORDS =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|some|few|both|all|most)$/;

/**
 * Whether the ordinary word opening the sentence before the single capitalised word at k (= j) is part of one name with
 * it: "Coastal Power said" in an article that writes "a coastal road" and "power" (not "But Power said", "Still Power
 * said").
 */
function ordinaryPairName(doc: Doc, k: number, j: number, floor: number): boolean {
  const { tokens } = doc;
  const a = tokens[k - 1]!;
  const t = tokens[k]!;
  if (k !== j || k - 1 !== firstWordAt(doc, floor) || a.cap === 0 || t.cap === 0) return false;
  if (
    /ly$/.test(a.lower) ||
    SENTENCE_ADVERBS.test(a.lower) ||
    /^(now|then|also|today|yesterday|tonight|later|earlier|here|there|or|nor)$/.test(a.lower)
  )
    return false;
  // (nor a number or a determiner before people: "Two Americans were killed", "Some Democrats said")
  if (DETERMINERS.has(a.lower) || NUMBER_WORDS.test(a.lower) || DEMONYMS.has(t.lower) || DEMONYMS.has(t.lower.replace(/s$/, '')))
    return false;
  // (the opener ordinary only because the article writes it in lower case, a word of content: "Coastal" after "a coastal
  // road"; or the word after it ordinary too)
  const { lowerSeen } = doc.nameCtx;
  return (lowerSeen.has(a.lower) && !COMMON_WORDS.has(a.lower)) || lowerSeen.has(t.lower) || COMMON_WORDS.has(t.lower);
}

/**
 * Does another clause open between tokens a and b, so that a participle at b is not the act of the subject before a:
 * "Over two weeks, prosecutors charged the officer and Emanuel fired his chief, acknowledging …"?
 */
function clauseOpensBetween(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  for (let m = a; m < b; m++) {
    const y = tokens[m + 1];
    if (
      /^(and|but|while|when|as|after|because)$/.test(tokens[m]!.lower) &&
      y?.word &&
      (y.cap > 0 || PRONOUNS.has(y.lower) || DETERMINERS.has(y.lower)) &&
      !betweenAnd(doc, m, a)
    )
      return true;
  }
  return false;
}

/**
 * The subject of the last clause joined by ", and" or ", but" between the end of the sentence's subject (a) and the
 * participle at i, when the first clause has a predicate of its own (a finite verb before the comma: a past, an
 * auxiliary, a verb of saying or a verb in -s after its subject; not "Ann Lund, the mayor, and Tom Vik walked out") and
 * the second clause's verb an object or a complement ("…, and the league sued the city, saying …"; not "…, and the
 * crowd cheered, promising …", "…, and the crowd listened quietly, promising …", whose participle stays the first
 * subject's): the subject found there, null when yet another clause opens after it; undefined when no such clause
 * opens, its subject is not found or its verb takes nothing (but for an act told after a report, see actedAfterReport,
 * which `acted` tells), or when it tells of a state inside a report ("Ruiz said …, and the committee was divided, …").
 */
function secondClauseSubject(
  doc: Doc,
  a: number,
  i: number,
  seen: NewName[],
  acted?: { at: boolean },
  reporter: Found | null = null,
): Found | null | undefined {
  const { tokens, quoted } = doc;
  // (the first finite verb after the subject, found once: the first clause's predicate is before the comma of ", and")
  let verb = -1;
  // (or the word in lower case right after the subject: "Rafferty cut off the questions")
  const t0 = tokens[a];
  if (t0?.word && t0.cap === 0 && !quoted[a] && !DETERMINERS.has(t0.lower) && !NP_BREAK.has(t0.lower)) verb = a;
  for (let k = a; k < i - 4 && verb < 0; k++) if (finiteVerbAt(doc, k)) verb = k;
  if (verb < 0) return undefined;
  for (let m = i - 3; m > a + 1; m--) {
    const t = tokens[m]!;
    const y = tokens[m + 1];
    if (!t.word || !/^(and|but)$/.test(t.lower) || tokens[m - 1]?.raw !== ',' || quoted[m]) continue;
    if (!y?.word || !(y.cap > 0 || PRONOUNS.has(y.lower) || DETERMINERS.has(y.lower))) continue;
    if (verb >= m - 1) return undefined;
    // (a person's pronoun before its verb: "…, and he was quick to make his pitch, citing …")
    const pronoun = PRONOUNS.get(y.lower);
    const v = tokens[m + 2];
    let s =
      pronoun && pronoun !== 'neuter'
        ? v?.word && v.cap === 0 && !NP_BREAK.has(v.lower)
          ? ({ kind: 'pronoun', pronoun, first: m + 1, last: m + 1 } as Found)
          : null
        : (sentenceSubject(doc, m + 1, i) ?? sentenceDescription(doc, m + 1, i) ?? openingSubject(doc, m + 1, i, seen));
    // (a clause whose subject is not found keeps the sentence's: undefined; a name's title may open it: "…, and Mayor Tom
    // Brandt resigned, …")
    const w = firstWordAt(doc, m + 1);
    // (or the name set off by commas after a role that opens the clause: "…, and his chief of staff, Kari Lund, quit the
    // party, saying …")
    const apposed = s ? null : nameAfterOpeningRole(doc, m + 1, i, seen);
    if (apposed) s = apposed;
    else if (!s || (s.first !== w && !(s.kind === 'key' && titleRunFrom(doc, s.first, m + 1) === w))) return undefined;
    const named = s;
    // (the tests below read the clause's verb after the subject, past the apposition's closing comma)
    let close = s.last;
    if (apposed) while (close < i && tokens[close]!.raw !== ',') close++;
    s = apposed ? { ...s, last: close } : s;
    // (nor does a verb that takes nothing before the participle's comma, an adverb at most: "…, and the crowd cheered,
    // promising …", "…, and the reporters left, vowing …"; but an act after a report: "Ruiz said the plan failed, and
    // the mayor resigned, saying …" is the mayor's, see actedAfterReport)
    const act = actedAfterReport(doc, verb, s, m);
    // (a reply with no object right before the participle's comma, "…, but Vik disagreed, arguing …", "…, and the union
    // objected, saying …": the participle spells out the reply, the second subject's, whatever pronoun it holds, "…, but
    // Hart disagreed, arguing that she had misread it")
    if (repliedAt(doc, s, i - 1)) {
      // (unless "adding" or "noting" goes on with the report: its "he" or "she" fits the reporter, and the replier is no
      // person, "…, but the army disagreed, adding that she would not give up")
      if (addsToReport(doc, i, s, reporter)) return undefined;
      if (clauseOpensBetween(doc, s.last + 1, i)) return null;
      if (acted) acted.at = true;
      return named;
    }
    // (but the report goes on, and the participle is the reporter's, when its pronoun fits the reporter only, or when it
    // continues a report, "adding that …", and its pronoun fits no one but the second subject: see reportGoesOn)
    if (act && reportGoesOn(doc, i, s, reporter)) return undefined;
    // (unless the "he" or "she" that opens the participle's words fits the second subject and not the first: "Hale
    // resigned, and Kari Lund left too, saying she could not serve …")
    if (verbTakesNothing(doc, s.last + 1, i - 1) && !act && !ownPronounOnly(doc, i, s, reporter)) return undefined;
    // (a state told inside a report stays in it, and the participle the reporter's: "Ruiz said the budget was balanced,
    // and the committee was still divided, adding that …")
    if (!act && reportsBefore(doc, verb, m) && stateAt(doc, s.last + 1)) return undefined;
    if (clauseOpensBetween(doc, s.last + 1, i)) return null;
    if (acted) acted.at = act;
    return named;
  }
  return undefined;
}

/**
 * The person named between commas right after a role that a possessive or an article opens at `from` (lower-case words,
 * no verb), the name followed by its verb before the participle at i: "his chief of staff, Kari Lund, quit …", "the
 * party's treasurer, Ana Vik, resigned …"; else null.
 */
function nameAfterOpeningRole(doc: Doc, from: number, i: number, seen: NewName[]): Found | null {
  const { tokens, quoted } = doc;
  if (!/^(his|her|their|its|the|a|an)$/.test(tokens[from]?.lower ?? '') || quoted[from]) return null;
  let k = from + 1;
  while (
    k < i &&
    k - from <= 6 &&
    tokens[k]!.word &&
    tokens[k]!.cap === 0 &&
    !quoted[k] &&
    !AUXILIARIES.has(tokens[k]!.lower) &&
    !pastTense(tokens[k]!.lower)
  )
    k++;
  if (k === from + 1 || tokens[k]?.raw !== ',' || quoted[k]) return null;
  const head = tokens[k - 1]!;
  // (a noun of a person: a role, a title, a relative, or a noun of an agent, "treasurer", "director", "spokeswoman"; not
  // a thing of an agent's shape, "the government", "the letter", "the paper", "the water")
  const person =
    SPEAKER_NOUNS.has(head.lower) ||
    TITLES.has(head.lower) ||
    RELATIVES.test(head.lower) ||
    personShaped(head.lower) ||
    /^[a-z]{3,}person$/.test(head.lower) ||
    tokens[k - 2]?.lower === 'of';
  if (!person) return null;
  let j = k + 1;
  while (j < i && j - k <= 6 && tokens[j]!.raw !== ',' && !quoted[j]) j++;
  if (tokens[j]?.raw !== ',' || j >= i - 2) return null;
  const v = tokens[j + 1];
  if (!v?.word || v.cap !== 0 || quoted[j + 1] || NP_BREAK.has(v.lower) || DETERMINERS.has(v.lower) || /^(who|which|whose)$/.test(v.lower))
    return null;
  return namedBetween(doc, k, j, seen);
}

/**
 * Whether the "he" or "she" that opens the words of the participle at i fits s, a person of known gender, and is not known
 * to fit the first clause's subject `first`: "Hale resigned, and Kari Lund left too, saying she …", "The chairman
 * resigned, and Maria Lund left too, saying she …".
 */
function ownPronounOnly(doc: Doc, i: number, s: Found, first: Found | null): boolean {
  const p = participlePronoun(doc, i);
  if (!first || (p !== 'he' && p !== 'she')) return false;
  return pronounFits(doc, p, s) === true && pronounFits(doc, p, first) !== true;
}

/**
 * Whether a ", and" or ", but" outside quotation marks stands after `from` and before the participle at i, where
 * secondClauseSubject looks for one (the cheap test before finding the sentence's subject for it).
 */
function commaAndBefore(doc: Doc, from: number, i: number): boolean {
  const { tokens, quoted } = doc;
  for (let m = i - 3; m > from + 1; m--) {
    const t = tokens[m]!;
    if (t.word && (t.lower === 'and' || t.lower === 'but') && tokens[m - 1]?.raw === ',' && !quoted[m]) return true;
  }
  return false;
}

/**
 * Whether the participle at i after an act told after a report (see actedAfterReport) still continues the reporter's
 * words, not the act's subject s's: a participle that continues a report ("adding that …", "noting that …") unless the
 * pronoun that opens its clause fits s and not the reporter ("Police said the man was armed, and the officer fired,
 * adding that the shooting was under review" is the police's; "…, and his aides resigned, adding that she would sue"
 * the reporter's); any other when that pronoun fits the reporter and not s ("Ana Hart said the vote was rigged, but the
 * mayor walked out, saying she would appeal" is Hart's; "…, and Mayor Tom Brandt resigned, saying he was tired" the
 * mayor's).
 */
function reportGoesOn(doc: Doc, i: number, s: Found, reporter: Found | null): boolean {
  const { tokens } = doc;
  const p = participlePronoun(doc, i);
  const second = p ? pronounFits(doc, p, s) : null;
  const first = p && reporter ? pronounFits(doc, p, reporter) : null;
  if (/^(adding|noting)$/.test(tokens[i]!.lower)) return !(p && second !== false && first === false);
  return (first === true && second !== true) || (second === false && first !== false);
}

/** The "he", "she", "they" or "it" that opens the words of the participle at i, past "that": "adding that she …". */
function participlePronoun(doc: Doc, i: number): string | null {
  const { tokens, quoted } = doc;
  let k = i + 1;
  if (tokens[k]?.lower === 'that') k++;
  return !quoted[k] && /^(he|she|they|it)$/.test(tokens[k]?.raw.toLowerCase() ?? '') ? tokens[k]!.lower : null;
}

/**
 * The "he" or "she" opening the words of "adding" or "noting" at i that may go on with a report the reply before it
 * interrupted ("…, but the army disagreed, adding that she would not give up"): not one with a perfect after it, a
 * judgement of what that person did, the replier's ("…, and the army agreed, adding that she had acted wisely").
 */
export function addedPronoun(doc: Doc, i: number): 'he' | 'she' | null {
  const { tokens } = doc;
  const p = participlePronoun(doc, i);
  if (!/^(adding|noting)$/.test(tokens[i]!.lower) || (p !== 'he' && p !== 'she')) return null;
  const k = tokens[i + 1]!.lower === 'that' ? i + 3 : i + 2;
  return /^(had|has|have)$/.test(tokens[k]?.lower ?? '') ? null : p;
}

/**
 * Whether "adding" or "noting" at i, after a reply of s, goes on with the reporter's words: the "he" or "she" opening
 * them (see addedPronoun) fits the reporter and s is no person, a body, a place or people, "Greta Moe said she had
 * proposed a ceasefire, but the army disagreed, adding that she would not give up" (not a person of the other gender,
 * whose words are as often about the reporter: "…, and Tom Aune agreed, adding that she would not give up").
 */
function addsToReport(doc: Doc, i: number, s: Found, reporter: Found | null): boolean {
  const { tokens } = doc;
  const p = addedPronoun(doc, i);
  if (!reporter || !p) return false;
  // (a reply that only agrees or disagrees: not a protest, whose words are about the reporter, "…, and the board objected,
  // adding that she would be disciplined")
  let v = s.last + 1;
  while (v < i && /^[a-z]{3,}ly$/.test(tokens[v]!.raw)) v++;
  if (!AGREEING.test(tokens[v]!.lower)) return false;
  const place = s.kind === 'key' && s.key!.kind !== 'new' && keyType(doc, s.key!) === 'place';
  return pronounFits(doc, p, reporter) === true && (place || (pronounFits(doc, 'he', s) === false && pronounFits(doc, 'she', s) === false));
}

/** Verbs of replying that only take a side, after which "adding" may go on with the report they answer (see addsToReport). */
export const AGREEING = /^(agreed|disagreed|concurred)$/;

/** Verbs of replying with no object that are acts of speaking too (REPLIES and SPOKEN_ACTS). */
const REPLYING_ACTS = 'objected|responded|replied|protested|complained|recanted|relented|conceded';

/** Verbs of replying or taking a side that need no object, whose participle spells out what was said: "Vik disagreed, arguing …". */
const REPLIES = new RegExp(`^(disagreed|agreed|countered|retorted|dissented|demurred|differed|concurred|${REPLYING_ACTS})$`);

/**
 * Whether the clause of subject s, ending right before the comma at c, is a verb of replying right after it (adverbs in
 * -ly between) and at most a short phrase after it, no clause of its own: "…, but Vik disagreed, …", "…, and the union
 * strongly objected, …", "…, but Vik disagreed with him, …", "…, but Vik objected to the plan, …".
 */
function repliedAt(doc: Doc, s: Found, c: number): boolean {
  const { tokens, quoted } = doc;
  if (tokens[c]?.raw !== ',' || (s.kind === 'pronoun' && s.pronoun === 'neuter')) return false;
  let v = s.last + 1;
  while (v < c && tokens[v]!.word && tokens[v]!.cap === 0 && /[a-z]{3}ly$/.test(tokens[v]!.lower)) v++;
  const t = tokens[v];
  if (!t?.word || t.cap !== 0 || quoted[v] || !REPLIES.test(t.lower) || c - v > 6) return false;
  for (let k = v + 1; k < c; k++)
    if (
      quoted[k] ||
      !tokens[k]!.word ||
      CLAUSE_OPENERS.test(tokens[k]!.lower) ||
      /^(and|or|nor|that|which|who|whom|whose|where|after|before|until)$/.test(tokens[k]!.lower) ||
      finiteVerbAt(doc, k)
    )
      return false;
  return true;
}

/**
 * Whether the pronoun p ("he", "she", "they", "it") can stand for the subject f: by number ("they" for "his aides",
 * "council members", "police"; not "he" for them), by gender for a person whose gender is known, "it" or "they" for a
 * body; null when it is not known.
 */
function pronounFits(doc: Doc, p: string, f: Found): boolean | null {
  const { tokens } = doc;
  const single = (g: Gender): boolean | null => (p === 'they' || p === 'it' ? false : g ? g === (p === 'he' ? 'male' : 'female') : null);
  if (f.kind === 'pronoun') {
    if (!f.pronoun || f.pronoun === 'first') return null;
    return f.pronoun === 'plural' ? p === 'they' : f.pronoun === 'neuter' ? p === 'it' : single(f.pronoun);
  }
  if (f.kind === 'key' && f.key) {
    if (f.key.kind === 'new') {
      let g: Gender = null;
      for (let k = f.key.first; k < f.key.last && !g; k++) if (tokens[k]!.cap > 0) g = genderOfFirstName(tokens[k]!.raw);
      return single(g);
    }
    const type = keyType(doc, f.key);
    // (a person's gender as the record knows it, or as the given name tells: "Ana Hart")
    if (type === 'person') return single(keyGender(doc, f.key) ?? genderOfFirstName(keyName(doc, f.key).split(' ')[0] ?? ''));
    if (type === 'organization') return p === 'it' || p === 'they';
    return null;
  }
  if (f.kind === 'desc' && f.desc) {
    const head = tokens[f.last]!;
    if (f.desc.group || pluralNoun(head) || pluralSpeakerNoun(head.lower)) return p === 'they';
    if (ORG_HEADS.has(f.desc.head)) return p === 'it' || p === 'they';
    return single(f.desc.gender);
  }
  return null;
}

/** Whether the first clause's verb at `verb` (past its auxiliaries and adverbs) is a verb of saying, its clause running to m. */
function reportsBefore(doc: Doc, verb: number, m: number): boolean {
  const { tokens, quoted } = doc;
  let r = verb;
  while (r < m && (AUXILIARIES.has(tokens[r]!.lower) || VERB_ADVERBS.test(tokens[r]!.lower))) r++;
  return r < m - 2 && !quoted[r] && tokens[r]!.cap === 0 && REPORTING_VERBS.has(tokens[r]!.lower);
}

/**
 * Whether the clause from token v (its verb after the subject, past adverbs) tells of a state: a form of "be" ("was
 * still angry", "was wrong", "is in chaos"), "had" with no participle ("had no plan"), or a verb of the mind or of
 * staying ("knew it", "remained").
 */
function stateAt(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  while (
    v < tokens.length &&
    tokens[v]!.word &&
    tokens[v]!.cap === 0 &&
    (VERB_ADVERBS.test(tokens[v]!.lower) || /[a-z]{3}ly$/.test(tokens[v]!.lower))
  )
    v++;
  const t = tokens[v];
  if (!t?.word || t.cap !== 0 || doc.quoted[v]) return false;
  if (/^(is|are|was|were|knows|remains|seems|stays)$/.test(t.lower) || STATE_PASTS.test(t.lower)) return true;
  const n = tokens[v + 1];
  return /^(had|has|have)$/.test(t.lower) && !!n?.word && !pastTense(n.lower) && !/^(been|not|never|already|also|just)$/.test(n.lower);
}

/**
 * Simple pasts of being, seeming or the mind, which a report may tell of as well as the writer: "remained", "seemed
 * tired", "knew it", "wanted more". Acts are not here ("held a press conference", "stood down", "got up", "sat down",
 * "agreed to go", "planned a visit": the writer's account of what the subject did), nor participles ("seen", "known").
 */
const STATE_PASTS =
  /^(seemed|remained|stayed|appeared|looked|sounded|felt|believed|thought|wanted|needed|liked|loved|hated|hoped|feared|wished|doubted|owned|lacked|deserved|meant|understood|knew|lived|continued|existed|belonged|depended|mattered|suspected|preferred|expected|realized|realised|disagreed|worried|cared|tended|intended|happened)$/;

/**
 * Pasts that pastTense leaves out (spelt as their present, or also an adjective), a past after the subject of a clause
 * in a report: "the mayor cut", "Hart quit", "the minister left".
 */
const OTHER_PASTS = /^(left|cut|quit|shut|hit|set|split|put|let|cast)$/;

/**
 * Whether the clause the subject s opens after ", and" or ", but" (at m) tells of an act, the writer's own account, when
 * the first clause reports with a verb of saying at `verb` (past its auxiliaries and adverbs): "Ruiz said the plan
 * failed, and the mayor resigned, citing …", "…, but Hart walked out, saying …". Then the participle after it is the
 * second subject's, and the report ends before the conjunction. The subject is a person, people or a named body (not a
 * pronoun, maybe the first speaker again; not an unnamed body, "the union", maybe one the report speaks of); its verb a
 * simple past of an act, right after it or past adverbs (not a state, "was still angry", "knew it", "remained", which
 * the report may tell of; nor a past perfect, "had resigned", which a report backshifts to).
 */
function actedAfterReport(doc: Doc, verb: number, s: Found, m: number): boolean {
  const { tokens, quoted } = doc;
  if (!reportsBefore(doc, verb, m) || s.kind === 'pronoun') return false;
  if (s.kind === 'key') {
    if (s.key!.kind !== 'new' && keyType(doc, s.key!) !== 'person' && keyType(doc, s.key!) !== 'organization') return false;
    // (a description of people, or a body's name its head capitalised: "the mayor", "the officers", "the Harbor League")
  } else if (!s.desc || !(personRole(s.desc.head) || (ORG_HEADS.has(s.desc.head) && tokens[s.last]!.cap > 0))) return false;
  let v = s.last + 1;
  while (
    v < s.last + 3 &&
    tokens[v]?.word &&
    tokens[v]!.cap === 0 &&
    (VERB_ADVERBS.test(tokens[v]!.lower) || /[a-z]{3}ly$/.test(tokens[v]!.lower))
  )
    v++;
  const t = tokens[v];
  if (!t?.word || t.cap !== 0 || quoted[v] || AUXILIARIES.has(t.lower) || STATE_PASTS.test(t.lower)) return false;
  if (SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower)) return false;
  return pastTense(t.lower) || OTHER_PASTS.test(t.lower);
}

/**
 * Is token k a finite verb in lower case: an auxiliary, a past, a verb of saying, or a verb in -s right after a
 * capitalised word or a pronoun ("Lund wants …"; not the plural noun in "the fees")?
 */
function finiteVerbAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (!t.word || t.cap !== 0 || doc.quoted[k]) return false;
  if (AUXILIARIES.has(t.lower) || pastTense(t.lower) || SPEECH_VERBS.has(t.lower)) return true;
  const p = doc.tokens[k - 1];
  return /[^su]s$/.test(t.lower) && !!p?.word && (p.cap > 0 || PRONOUNS.has(p.lower)) && !DETERMINERS.has(p.lower);
}

/** Adverbs that may follow a verb that takes nothing: "listened quietly", "left early", "cheered again". */
const BARE_ADVERBS = /^(again|too|also|already|then|later|away|back|off|out|up|down|anyway|instead|home|early|late|together|on|loud)$/;

/**
 * Whether the clause from token k (its verb after the subject) to the comma at c is a verb with no object and no
 * complement, auxiliaries and adverbs aside: "cheered", "listened quietly", "had left early" (not "sued the city",
 * "declined to comment", "walked out of the chamber", "was furious").
 */
function verbTakesNothing(doc: Doc, k: number, c: number): boolean {
  const { tokens } = doc;
  let verb = -1;
  let copula = false;
  for (let x = k; x < c; x++) {
    const t = tokens[x]!;
    if (!t.word || t.cap !== 0 || doc.quoted[x]) return false;
    if (/ly$/.test(t.lower) || BARE_ADVERBS.test(t.lower)) {
      if (verb < 0 && !/ly$/.test(t.lower) && !/^(also|already|then|later)$/.test(t.lower)) return false;
      continue;
    }
    if (verb >= 0) return false;
    if (AUXILIARIES.has(t.lower) || /^(been|be)$/.test(t.lower)) {
      copula = /^(is|are|was|were|been|be)$/.test(t.lower);
      continue;
    }
    // (after a form of "be", only a participle is the verb: "was furious" is a complement)
    if (copula && !pastTense(t.lower) && !/ing$/.test(t.lower)) return false;
    verb = x;
  }
  return verb >= 0;
}

/** Is the "and" at m the second half of "between X and Y" (back to token a, no comma): "an argument between Gagnon and her partner"? */
function betweenAnd(doc: Doc, m: number, a: number): boolean {
  const { tokens } = doc;
  if (tokens[m]!.lower !== 'and') return false;
  for (let k = m - 1; k >= a && m - k <= 6; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k] || (!t.word && t.key !== "'s" && t.raw !== '.')) return false;
    if (t.lower === 'between') return k < m - 1;
  }
  return false;
}

/** Adverbs that open a sentence before a comma and its subject: "Still, …", "Indeed, …". */
const SENTENCE_ADVERBS =
  /^(however|still|rather|indeed|instead|meanwhile|moreover|yet|nevertheless|nonetheless|furthermore|separately|similarly|likewise|overall|ultimately|but|and|so)$/;

/**
 * Whether a capitalised "Outside" or "Inside" opens the sentence right before token x, the noun's adjective there and no
 * preposition: "Outside advisers to the agency said" is the advisers', not the agency's.
 */
function outsideOpening(doc: Doc, x: number, floor: number): boolean {
  const t = doc.tokens[x - 1];
  return !!t && /^(outside|inside)$/.test(t.lower) && t.cap === 1 && atSentenceStart(doc, x - 1, floor);
}

/** Participles a place is joined to by a hyphen before a role: "Geneva-based", "Lagos-born", "Oxford-educated". */
const PLACE_PARTICIPLES = /^(based|born|raised|bred|educated|trained)$/;

/**
 * Whether tokens [from, first) are a role in lower case before a name, one to four words (a hyphenated one counts
 * once) ending with a speaker's noun or a person's: "retired dairy farmer", "veteran defenceman", "criminal defence lawyer".
 */
function roleBeforeName(doc: Doc, from: number, first: number): boolean {
  const { tokens } = doc;
  if (first <= from || first - from > 6) return false;
  // (after an article: "A professor there, the modernist Erwin Talbach, told him")
  if (first - from > 1 && tokens[from]?.word && /^(the|a|an)$/.test(tokens[from]!.lower)) from++;
  // (a relative, bare or after a possessive pronoun: "the family's spokesperson, cousin Vikram Iyer, told", "the
  // spokesperson, his cousin Vikram Iyer, told": the apposition names the person, the relative says how they are kin)
  const kin = RELATIVES.test(tokens[first - 1]!.lower);
  if (kin && first - from > 1 && tokens[from]?.word && /^(his|her|their)$/.test(tokens[from]!.lower)) from++;
  // (any noun before "named" or "called", which say the name is the noun's: "One, a retired teacher named Gwen Morrissey,
  // said", "Another, a fish merchant called Rasmus Teague, said")
  const namedAs = first - from > 1 && /^(named|called)$/.test(tokens[first - 1]!.lower);
  if (namedAs) first--;
  // (the outlet or body the role is at, capitalised before its lower-case words: "The moderator, KPHX anchor Dale
  // Ostrander, asked", "One guest, Fox Business host Ray Lund, said")
  let outlet = from;
  while (outlet < from + 3 && outlet < first - 1 && tokens[outlet]!.word && tokens[outlet]!.cap > 0 && !doc.quoted[outlet]) outlet++;
  if (outlet > from && tokens[outlet]!.word && tokens[outlet]!.cap === 0) from = outlet;
  for (let k = from; k < first; k++) {
    const t = tokens[k]!;
    if (joiningHyphen(doc, k)) continue;
    // (a nationality among the role's words, which a role's own capitals are not: "The head of the mission, former
    // Chilean foreign minister Pablo Errazuriz, said")
    if (t.word && t.cap === 1 && DEMONYMS.has(t.lower) && k < first - 1 && !doc.quoted[k]) continue;
    // (nor a place joined to a participle of where the person works or comes from: "One of them, Geneva-based attorney
    // Luc Favre, said", "The coach, Kenyan-born trainer Ana Vale, said")
    // (or right before the name: "The lawyer, Toronto-born Mia Chen, said")
    if (t.word && t.cap > 0 && k + 2 < first && joiningHyphen(doc, k + 1) && PLACE_PARTICIPLES.test(tokens[k + 2]!.lower)) {
      if (k + 3 === first) return true;
      k += 2;
      continue;
    }
    if (!t.word || t.cap !== 0 || doc.quoted[k] || NP_BREAK.has(t.lower) || DETERMINERS.has(t.lower) || SPEECH_VERBS.has(t.lower))
      return false;
  }
  const role = tokens[first - 1]!.lower;
  // (or a rank or title written in lower case: "One of them, retired corporal Brendan Keefe, said"; or a trade: "Her
  // co-worker, deli clerk Bernard Osei, said"; or a colleague's noun: "His colleague, research associate Ana Vale, said")
  if (namedAs || kin || SPEAKER_NOUNS.has(role) || TITLES.has(role) || TRADES.test(role) || personShaped(role) || RELATION_NOUNS.test(role))
    return true;
  // (or a noun of a company's trade that is a person's too, before a person's name: "Her son, the broadcaster Michael
  // Ambrose, said", "His partner, publisher Ana Vik, said"; before a company's name it is the company's noun, "the
  // publisher Halden Books")
  if (!PERSON_SHAPE.test(role)) return false;
  const named = keyStartingAt(doc, first);
  return named !== null && isPersonKey(doc, named.key);
}

/**
 * Whether the words from `from` to the name at `first` are a capitalised word or two, one word in lower case and a
 * capitalised title right before the name: "His challenger, Democratic state Treasurer Yolanda Petrakis, said",
 * "Republican state Sen. Tom Reyes" (the party's word and the office's level around the title).
 */
function modifiedTitleBefore(doc: Doc, from: number, first: number): boolean {
  const { tokens } = doc;
  const title = tokens[first - 1]?.raw === '.' ? first - 2 : first - 1;
  const role = tokens[title]!;
  if (title - from < 2 || title - from > 3 || !(TITLES.has(role.lower) || SPEAKER_NOUNS.has(role.lower)) || role.cap === 0) return false;
  const lower = tokens[title - 1]!;
  if (!lower.word || lower.cap !== 0 || NP_BREAK.has(lower.lower) || DETERMINERS.has(lower.lower)) return false;
  for (let k = from; k < title - 1; k++) if (!tokens[k]!.word || tokens[k]!.cap === 0 || doc.quoted[k]) return false;
  return true;
}

/**
 * Whether the words from `from` to the name at `first` are a title written out with "of", "for" or "and" between its
 * capitalised words: "His colleague, Deputy Assistant Secretary of State Margaret Lowell, said", "Minister of Health and
 * Wellness Ada Vik".
 */
function titleWithOf(doc: Doc, from: number, first: number): boolean {
  const { tokens } = doc;
  let titled = false;
  let of = false;
  for (let k = firstWordAt(doc, from); k < first; k++) {
    const t = tokens[k]!;
    if (t.raw === '.' && tokens[k - 1]!.word && tokens[k - 1]!.end === t.start) continue;
    if (!t.word) return false;
    // ("and" or "the" only inside the title's "of" part: not "The candidates, Ana Vik and Senator Tom Berg, said")
    const joiner = /^(of|for)$/.test(t.lower) || (of && /^(and|the)$/.test(t.lower));
    // (the title's own noun before its "of": "Secretary of State", not a name's "Dr. Hana Kobayashi of Eastport University")
    if (/^(of|for)$/.test(t.lower) && !TITLES.has(tokens[k - 1]!.lower)) return false;
    if (t.cap === 0 && !(joiner && titled && tokens[k + 1]!.cap > 0)) return false;
    of ||= /^(of|for)$/.test(t.lower);
    titled ||= t.cap > 0 && TITLES.has(t.lower);
  }
  return titled && of;
}

function opensSentence(doc: Doc, floor: number, first: number): boolean {
  let from = firstWordAt(doc, floor);
  // past a sentence adverb and its comma: "Rather, sources close to her campaign say …", "Still, people who … say"
  if (SENTENCE_ADVERBS.test(doc.tokens[from]?.lower ?? '') && doc.tokens[from + 1]?.raw === ',' && from + 2 <= first) from += 2;
  const c = doc.tokens[first - 1]?.raw === '.' ? first - 2 : first - 1;
  const head = c > from && courtesyTitledName(doc, c) >= 0 ? c : first;
  for (let k = from; k < first; k++) {
    const t = doc.tokens[k]!;
    // "Gov.": an abbreviation's dot
    if (t.raw === '.' && k > floor && doc.tokens[k - 1]!.word && doc.tokens[k - 1]!.end === t.start) continue;
    // a rank of two titles joined by a hyphen: "Lt.-Col. Hanne Björk", "Lieutenant-Colonel Hanne Björk"
    if (k > floor && tightHyphen(doc.tokens, k) && doc.tokens[k + 1]!.cap > 0) continue;
    // (or a rank with its class, the ordinal before "Class": "Petty Officer 1st Class Donna Whitlock")
    if (k > from && rankClass(doc.tokens, k + 1)) continue;
    // a name's lower-case role words, three at most, the last a role, right before it: "Executive director Janice Koehler"
    // (a courtesy title between them: "Wildlife biologist Dr. Ana Vale")
    if (t.word && t.cap === 0 && k > from && head - k <= 3 && lowerRoleBefore(doc, k, head)) return true;
    // (or a role's portfolio: "Opposition critic for rural health Marta Lindgren")
    if (t.word && t.cap === 0 && k > from && SPEAKER_NOUNS.has(t.lower)) {
      const named = keyStartingAt(doc, first);
      if (named && portfolioName(doc, k) === named.last) return true;
    }
    if (!t.word || t.cap === 0) return false;
  }
  return true;
}

/**
 * The token after an age written as one hyphenated compound at `from`, before the name at `first` ("79-year-old",
 * "six-month-old"), or `from` when there is none.
 */
function pastAgeCompound(doc: Doc, from: number, first: number): number {
  const { tokens } = doc;
  for (let k = from + 1; k + 1 < first && k - from <= 5 && joiningHyphen(doc, k); k += 2)
    if (tokens[k + 1]!.lower === 'old' && /^(years?|months?|weeks?)$/.test(tokens[k - 1]!.lower) && k - from >= 3) return k + 2;
  return from;
}

/** Whether the tokens from k to the one before `first` are all lower-case words, the last a role or title. */
function lowerRoleBefore(doc: Doc, k: number, first: number): boolean {
  // (no determiner among them, which opens a phrase of its own: "Gideon Ashworth of the firm Parr Lai LLP" is Ashworth)
  for (let i = k; i < first; i++)
    if (!doc.tokens[i]!.word || doc.tokens[i]!.cap !== 0 || DETERMINERS.has(doc.tokens[i]!.lower)) return false;
  const role = doc.tokens[first - 1]!.lower;
  return SPEAKER_NOUNS.has(role) || TITLES.has(role);
}

function firstWordAt(doc: Doc, from: number): number {
  let i = from;
  while (i < doc.tokens.length && !doc.tokens[i]!.word) i++;
  return i;
}

/**
 * The last token of the person named right after a role's lower-case portfolio at `head`: "Opposition critic for
 * women's issues Tanya Rourke" (a preposition, then lower-case words, none a role or title, then the name); null
 * otherwise ("a spokesman for premier Ana Vale" is the spokesman).
 */
function portfolioName(doc: Doc, head: number): number | null {
  const { tokens } = doc;
  if (!/^(for|of|on)$/.test(tokens[head + 1]?.lower ?? '')) return null;
  for (let m = head + 2; m <= head + 7 && m < tokens.length; m++) {
    const t = tokens[m]!;
    const before = tokens[m - 1]!;
    // (a portfolio may end in a word that also modifies titles, "rural health"; not in a role: "for premier Ana Vale")
    const plain = before.word && !SPEAKER_NOUNS.has(before.lower);
    const named = m > head + 2 ? keyStartingAt(doc, m) : null;
    if (named) return isPersonKey(doc, named.key) && plain ? named.last : null;
    // (a name not registered yet: a given name and a capitalised word)
    const next = tokens[m + 1];
    if (m > head + 2 && t.word && t.cap === 1 && isGivenName(t.raw) && next?.word && next.cap === 1 && !keyStartingAt(doc, m + 1))
      return plain ? m + 1 : null;
    if (doc.quoted[m] || !(t.key === "'s" || (t.word && t.cap === 0 && !DETERMINERS.has(t.lower) && !NP_BREAK.has(t.lower)))) return null;
  }
  return null;
}

/** Whether a role (a speaker's noun) heads the words from k, at most three, all in lower case: "spokesman", "chief executive". */
function roleOwnedAt(doc: Doc, k: number): boolean {
  for (let m = k; m < k + 3; m++) {
    const t = doc.tokens[m];
    if (!t?.word || t.cap !== 0 || NP_BREAK.has(t.lower)) return false;
    if (SPEAKER_NOUNS.has(t.lower) && !SPEAKER_NOUNS.has(doc.tokens[m + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The last token of a name a capitalised courtesy title with its dot opens at token c ("Dr. Ana Vale", "Mrs. Vale"), or a
 * British title of rank ("Sir Alan Vale", "Lord Vale of Clune", "Baroness Vale"), else -1.
 */
function courtesyTitledName(doc: Doc, c: number): number {
  const { tokens } = doc;
  const t = tokens[c];
  if (!t?.word || t.cap === 0 || !COURTESY_TITLES.test(t.lower)) return -1;
  const at = tokens[c + 1]?.raw === '.' && tokens[c + 1]!.start === t.end ? c + 2 : c + 1;
  return keyStartingAt(doc, at)?.last ?? -1;
}

/**
 * The last word of an institution a place's name opens, its head an organisation's word in capitals: "The U.S. Embassy
 * said … and urged …" is the embassy, not "U.S."; null when none follows.
 */
function bodyAfterPlace(doc: Doc, named: { last: number }): number | null {
  let e = named.last;
  while (e < named.last + 3 && doc.tokens[e + 1]?.word && doc.tokens[e + 1]!.cap > 0 && !keyStartingAt(doc, e + 1)) e++;
  const head = doc.tokens[e]!.lower;
  if (e === named.last || !(ORG_SUFFIXES.has(head) || ORG_HEADS.has(head) || BODY_HEADS.test(head))) return null;
  // (its role and person after it are the subject: "The U.S. Embassy spokesman Tom Ek said … and urged …" is Ek)
  const role = doc.tokens[e + 1];
  const person = role?.word && role.cap === 0 && SPEAKER_NOUNS.has(role.lower) ? keyStartingAt(doc, e + 2) : null;
  if (person) return person.last;
  // (and on through the body's own "of" or "for" and the capitalised words after it: "The U.S. Department of Justice
  // declined to comment but said …" is the department's whole name)
  if (!role?.word || role.cap !== 0 || !/^(of|for)$/.test(role.lower) || doc.quoted[e + 1]) return e;
  // (up to four capitalised words, "and" between two: "Department of Health and Human Services"; not a title that
  // opens a person's name after it: "The U.S. Department of Veterans Affairs Inspector General Ana Lee")
  let f = e + 1;
  for (let n = 0; n < 4;) {
    const x = doc.tokens[f + 1];
    if (!x?.word || doc.quoted[f + 1]) break;
    if (n > 0 && x.cap > 0 && TITLES.has(x.lower) && personWithin(doc, f + 2, 3)) break;
    if (x.cap > 0) {
      f++;
      n++;
    } else if (n > 0 && x.lower === 'and' && doc.tokens[f + 2]?.word && doc.tokens[f + 2]!.cap > 0) f++;
    else break;
  }
  return f > e + 1 ? f : e;
}

/** Whether a person's name starts within `n` tokens from token k. */
function personWithin(doc: Doc, k: number, n: number): boolean {
  for (let m = k; m < k + n; m++) {
    const key = keyStartingAt(doc, m);
    if (key && isPersonKey(doc, key.key)) return true;
  }
  return false;
}

/** Heads of a state's missions abroad, bodies that speak: "the U.S. Embassy", "the Canadian Consulate". */
const BODY_HEADS = /^(embassy|consulate|mission|delegation)$/;

/**
 * Is the word at j a modifier of a role a name follows, one or two lower-case words on: "Veterans affairs critic Ana
 * Vale", "Foreign affairs critic Ana Vale"?
 */
function roleAhead(doc: Doc, j: number): boolean {
  for (let m = j + 1; m <= j + 2; m++) {
    const t = doc.tokens[m];
    if (!t?.word || t.cap > 0) return false;
    if (SPEAKER_NOUNS.has(t.lower)) return keyStartingAt(doc, m + 1) !== null;
    // (not past the sentence's verb, the role its object: "Health officials told reporter Ana Vale … and warned …")
    if (pastTense(t.lower) || SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** The last token of the noun phrase that opens the sentence starting at `from`. */
function firstSubjectEnd(doc: Doc, from: number): number {
  let i = firstWordAt(doc, from);
  const k = keyStartingAt(doc, i);
  // (a possessive opens a noun phrase of its own: "Russia's Defense Ministry did not comment … but said")
  if (k && doc.tokens[k.last + 1]?.key === "'s" && doc.tokens[k.last + 2]?.word) i = k.last + 2;
  else if (k) return roleOfOrganisation(doc, k) ?? (isPersonKey(doc, k.key) ? null : titledPersonAfter(doc, k.last + 1)) ?? k.last;
  const t = doc.tokens[i];
  if (t && PRONOUNS.has(t.lower)) return i;
  // a description: up to its head noun
  for (let j = i; j < Math.min(doc.tokens.length, i + 7); j++) {
    const x = doc.tokens[j]!;
    // (an age's hyphens and digits are no break: "62-year-old Ana Vale")
    // (nor a possessive's before a role, which heads the phrase: "The ministry's spokesman said … but warned …")
    // (nor a plural possessive's apostrophe before a role: "Riders' union president Ana Vale said … but stressed …")
    // (the role's person named after it: "The Rams' official account posted …" is no one's)
    const owned =
      j > i && ((x.key === "'s" && roleOwnedAt(doc, j + 1)) || (pluralPossessive(doc.tokens, j) && roleAndPersonFrom(doc, j + 1) !== null));
    if (!x.word && !/^(-|[0-9]+)$/.test(x.raw) && !owned) break;
    // "Senate Majority Leader Mitch McConnell": the name after the title
    const named = j > i ? keyStartingAt(doc, j) : null;
    // (an organisation's name, its role and person after it: "The Teachers' Federation president Ana Vale said … but added …")
    if (named) return (isPersonKey(doc, named.key) ? null : (roleOfOrganisation(doc, named) ?? bodyAfterPlace(doc, named))) ?? named.last;
    // (not a capitalised word inside an organisation's name: "The College Student Alliance welcomed … but said")
    const inName = x.cap > 0 && (doc.tokens[j + 1]?.cap ?? 0) > 0 && ORG_SUFFIXES.has(doc.tokens[j + 1]!.lower);
    // (nor a force or body before a capitalised title and its name: "Retired Army Col. Ana Vale", "Council Speaker Ana Vale")
    const titleNext = x.cap > 0 && (doc.tokens[j + 1]?.cap ?? 0) > 0 && TITLES.has(doc.tokens[j + 1]!.lower);
    const nounNext = SPEAKER_NOUNS.has(doc.tokens[j + 1]?.lower ?? '') || titleNext || roleAhead(doc, j);
    // (a role before a courtesy title, the name it gives the end: "Wildlife biologist Dr. Ana Vale acknowledged … but said")
    const courtesy = SPEAKER_NOUNS.has(x.lower) ? courtesyTitledName(doc, j + 1) : -1;
    if (courtesy >= 0) return courtesy;
    // (not when a role is owned: "The ministry's spokesman said … but warned …" is the spokesman's; "The operator's
    // stock answer" stays the operator's)
    const owner = doc.tokens[j + 1]?.key === "'s" && roleOwnedAt(doc, j + 2);
    // (nor a title's abbreviation: "Rep. Terrence Oduya … called … and predicted …")
    const abbreviation = x.cap === 1 && TITLES.has(x.lower) && doc.tokens[j + 1]?.raw === '.';
    if (SPEAKER_NOUNS.has(x.lower) && !nounNext && !keyStartingAt(doc, j + 1) && !inName && !owner && !abbreviation)
      return portfolioName(doc, j) ?? j;
    // … or a plural in lower case after the word that opens the sentence, before its verb: "Ethics watchdogs welcomed …"
    const after = doc.tokens[j + 1];
    // (not a time: "Eight years ago, he …")
    if (
      j === i + 1 &&
      x.cap === 0 &&
      pluralNoun(x) &&
      !/^(years|months|weeks|days|hours|minutes|decades|centuries|times)$/.test(x.lower) &&
      after?.word &&
      after.cap === 0 &&
      !pluralNoun(after) &&
      // (not a plural that modifies a role after it: "Foreign affairs critic Ana Vale said … and argued …")
      !roleAhead(doc, j)
    )
      return j;
    // … or a capitalised plural that opens the sentence alone, right before a verb in the past: "Commuters welcomed …
    // but said …"
    if (
      j === i &&
      x.cap === 1 &&
      pluralNoun({ ...x, cap: 0 }) &&
      !COMMON_WORDS.has(x.lower) &&
      !/^(years|months|weeks|days|hours|minutes|decades|centuries|times)$/.test(x.lower) &&
      after?.word &&
      after.cap === 0 &&
      pastTense(after.lower)
    )
      return j;
    // … or an organisation's: "The Harbour Drivers Association welcomed the move and said …"
    // (not before a role: "UK Independence Party leader Nigel Farage"; nor a possessive's owner: "The state's largest
    // teachers union, the …, said … but urged …")
    const nx = doc.tokens[j + 1];
    if (
      (ORG_HEADS.has(x.lower) || ORG_SUFFIXES.has(x.lower)) &&
      nx?.word &&
      nx.cap === 0 &&
      nx.key !== "'s" &&
      !SPEAKER_NOUNS.has(nx.lower) &&
      !TITLES.has(nx.lower)
    )
      return j;
  }
  // … or a name after "the" that no look-up has met yet, right before a verb in the past or an auxiliary: "The Fed
  // raised rates in July and said …", "The BOJ has cut twice but warned …"
  if (doc.tokens[i]?.lower === 'the') {
    let j = i + 1;
    while (j < i + 4 && doc.tokens[j]?.word && doc.tokens[j]!.cap > 0) j++;
    const verb = doc.tokens[j];
    if (j > i + 1 && verb?.word && verb.cap === 0 && (AUXILIARIES.has(verb.lower) || pastTense(verb.lower))) return j - 1;
  }
  return titledNameEnd(doc, i) ?? i;
}

/**
 * The last token of a person named after capitalised titles from token i (with a title's own "of" or "for"), after a
 * place or an organisation that opens the subject: "U.S. Secretary of State Robert Ames said … and urged …"; or null.
 */
function titledPersonAfter(doc: Doc, i: number): number | null {
  const { tokens } = doc;
  let titled = false;
  for (let m = i; m < Math.min(tokens.length, i + 8); m++) {
    const named = titled ? keyStartingAt(doc, m) : null;
    if (named) return isPersonKey(doc, named.key) ? named.last : null;
    const t = tokens[m]!;
    if (t.word && t.cap > 0 && TITLES.has(t.lower)) titled = true;
    else if (t.word && t.cap > 0) continue;
    else if (t.raw === '.' && tokens[m - 1]!.end === t.start && TITLES.has(tokens[m - 1]!.lower)) continue;
    else if (!(titled && t.word && /^(of|for)$/.test(t.lower) && (tokens[m + 1]?.cap ?? 0) > 0)) return null;
  }
  return null;
}

/**
 * The person named after an organisation (or a team the discovery took for a person) and that person's role in it, the
 * name opening the sentence: "Blue Jays general manager Curtis Abernathy declined to comment but said …", "Harbour Kings
 * head coach Ana Vale", "Vale campaign manager Jo Lund" (the last token of the person's name; null when no role in lower
 * case and person follow: see roleAndPersonFrom).
 */
function roleOfOrganisation(doc: Doc, k: { key: SpeakerKey; last: number }): number | null {
  return roleAndPersonFrom(doc, k.last + 1);
}

/**
 * The last token of a person named after a role in lower case (one to three words) from token i: "union president Ana
 * Vale" after "Riders'"; or null.
 */
function roleAndPersonFrom(doc: Doc, i: number): number | null {
  const { tokens } = doc;
  let j = i;
  while (j <= i + 2 && tokens[j]?.word && tokens[j]!.cap === 0 && !doc.quoted[j]) j++;
  const role = tokens[j - 1]!.lower;
  // (or a role with its portfolio after "of" or "for": "Saracens director of rugby Callum Roy", "head of recruitment Ola
  // Berg")
  const head = tokens[i]?.word && (SPEAKER_NOUNS.has(tokens[i]!.lower) || TITLES.has(tokens[i]!.lower)) ? i : i + 1;
  if (
    j > head + 1 &&
    /^(of|for)$/.test(tokens[head + 1]?.lower ?? '') &&
    (SPEAKER_NOUNS.has(tokens[head]!.lower) || TITLES.has(tokens[head]!.lower))
  )
    return portfolioName(doc, head);
  if (j === i || !(SPEAKER_NOUNS.has(role) || TITLES.has(role))) return null;
  const named = keyStartingAt(doc, j);
  if (named) return isPersonKey(doc, named.key) ? named.last : null;
  // (a courtesy title before the name: "Home Office minister Lord Ek said … and urged …" is Ek, not the Home Office)
  const titled = courtesyTitledName(doc, j);
  return titled >= 0 ? titled : null;
}

/**
 * A name after a title, in a run of capitalised words that opens the sentence: "Coastland Gov. Rick Dunmore (R)
 * blasted …", "Sen. Ana Ruiz (D-N.M.) said"; the last word of the name, or null. A party tag in parentheses
 * after it ends the run like the verb does.
 */
function titledNameEnd(doc: Doc, i: number): number | null {
  const { tokens } = doc;
  let last = -1;
  let titled = false;
  for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k]!;
    // (a person registered after the title is read whole: "Dr. Rais Vohra-Mendoza", a hyphenated surname)
    const named = titled && k > i ? keyStartingAt(doc, k) : null;
    if (named && isPersonKey(doc, named.key)) return named.last;
    if (t.word && t.cap > 0) {
      if (TITLES.has(t.lower)) titled = true;
      else if (titled) last = k;
      continue;
    }
    // the abbreviation's dot: "Gov.", "Sen."
    if (t.raw === '.' && tokens[k - 1]!.end === t.start && TITLES.has(tokens[k - 1]!.lower)) continue;
    break;
  }
  return last > i && !TITLES.has(tokens[last]!.lower) ? last : null;
}

/** "Bergen-based", "Oslo-born": a capitalised word joined by a hyphen to a participle, modifying a role after it (at k). */
function placeModifierAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const p = doc.tokens[k + 2];
  return t !== undefined && t.word && t.cap !== 0 && joiningHyphen(doc, k + 1) && p!.cap === 0 && /(ed|born)$/.test(p!.lower);
}

/** A hyphen joining two lower-case words of a role: "vice-president", "co-founder". */
function roleHyphen(tokens: ReadonlyArray<Token>, k: number): boolean {
  return tightHyphen(tokens, k) && tokens[k - 1]!.word && tokens[k - 1]!.cap === 0 && !!tokens[k + 1]?.word && tokens[k + 1]!.cap === 0;
}

/** Whether k is a role hyphen (roleHyphen) whose words are a role together: "co-ordinator", "co-chair". */
function roleCompound(tokens: ReadonlyArray<Token>, k: number): boolean {
  if (!roleHyphen(tokens, k)) return false;
  const w = `${tokens[k - 1]!.lower}-${tokens[k + 1]!.lower}`;
  return TITLES.has(w) || SPEAKER_NOUNS.has(w);
}

/**
 * Past the lower-case words of a role from `from`, up to three and not past `end`, a role's compound counting as one
 * ("executive vice-president", "co-founder"; "co-ordinator" a role only whole): the token after them, and whether one
 * of them is a role. A role's field after "of" belongs to it when a capitalised word follows, the holder's name:
 * "said Cascade Pipelines vice-president of operations Dana Holt", "director of public affairs Lena Ortiz".
 */
function roleRun(tokens: ReadonlyArray<Token>, from: number, end: number): { r: number; role: boolean } {
  let r = from;
  let role = false;
  while (r < from + 4 && r <= end && tokens[r]!.word && tokens[r]!.cap === 0 && !NP_BREAK.has(tokens[r]!.lower)) {
    role = role || roleWord(tokens[r]);
    r++;
    if (roleHyphen(tokens, r)) {
      role = role || roleCompound(tokens, r);
      r++;
    }
  }
  // (the field: one to three lower-case words after the role's "of", a capitalised word right after them)
  if (r > from && r < end && tokens[r]!.lower === 'of' && roleWord(tokens[r - 1])) {
    let f = r + 1;
    while (f < r + 4 && f < end && tokens[f]!.word && tokens[f]!.cap === 0 && !NP_BREAK.has(tokens[f]!.lower)) f++;
    if (f > r + 1 && f <= end && tokens[f]!.word && tokens[f]!.cap > 0) return { r: f, role: true };
  }
  return { r, role };
}

/** A lower-case word of a role: a title or a noun that names a speaker ("education", "critic", "spokeswoman"). */
function roleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap === 0 && (TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower));
}

/**
 * A person named after two roles joined by "and", inverted after the verb from token `from`: "said former Ohio Gov. and
 * party chairman Ed Randall", "said the former senator and current county Democratic chairman Tom Wilks", "said Lakeview
 * Mayor and Transit Board Chairwoman Dana Ortiz" (not two people: "said the senator and his wife, Ann Lee").
 */
function nameAfterJoinedRoles(doc: Doc, from: number, end: number): Found | null {
  const { tokens } = doc;
  let and = false;
  let role = false;
  for (let k = from; k <= end && k - from <= 14; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return null;
    const known = keyStartingAt(doc, k);
    if (known && isPersonKey(doc, known.key)) return and && role ? { kind: 'key', key: known.key, first: k, last: known.last } : null;
    if (known) {
      k = known.last;
      continue;
    }
    if (!t.word) {
      if ((t.raw === '.' && TITLES.has(tokens[k - 1]?.lower ?? '')) || t.raw === '-') continue;
      return null;
    }
    if (t.lower === 'and' && t.cap === 0) {
      const next = tokens[k + 1];
      if (and || !role || !next?.word || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower)) return null;
      and = true;
      continue;
    }
    if (t.cap === 0 && ((DETERMINERS.has(t.lower) && k > from) || NP_BREAK.has(t.lower) || pluralNoun(t))) return null;
    if (TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower)) role = true;
  }
  return null;
}

/** The nouns that end the name of a public body after its field: "Justice Department", "Health Authority". */
const PUBLIC_BODY_HEADS = /^(department|ministry|authority|agency|commission|board|bureau|directorate|administration|inspectorate)$/;

/**
 * Whether the capitalised title word at k (a portfolio's: "Transport", "Health") and a country's name after it, or the
 * noun of a public body, which ends the capitalised run, name a government department ("according to Transport Canada
 * data", "said Health Canada", "according to Justice Department data", "Health Authority figures"), not a title before
 * a name.
 */
function departmentAt(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const country = tokens[k + 1];
  return (
    t.word &&
    t.cap === 1 &&
    TITLES.has(t.lower) &&
    k + 1 <= end &&
    !!country?.word &&
    country.cap === 1 &&
    !country.gap &&
    (COUNTRIES.has(country.lower) || PUBLIC_BODY_HEADS.test(country.lower)) &&
    !(tokens[k + 2]?.word && tokens[k + 2]!.cap > 0 && !tokens[k + 2]!.gap)
  );
}

/**
 * Past a title written out with its acronym in parentheses, to the person named after it: "said Station House Officer
 * (SHO) Ramesh Kumar", "said Lt. (N) Greg Whitford", "said Deputy Superintendent of Police (DSP) Manoj Bisht" (capitalised words, a title among them,
 * and their "of"; `from` when there is none).
 */
function titleAcronymAfter(doc: Doc, from: number, end: number): number {
  const { tokens } = doc;
  let titled = false;
  let k = from;
  for (; k <= Math.min(end, from + 7); k++) {
    const t = tokens[k]!;
    if (t.raw === '(') break;
    // (an abbreviated title's dot or a compound title's hyphen: "said Sub-Lt. (N) Jo Pratt")
    if ((t.raw === '.' && k > from && TITLES.has(tokens[k - 1]!.lower)) || tightHyphen(tokens, k)) continue;
    if (!t.word || (t.cap === 0 && !/^(of|for|to)$/.test(t.lower))) return from;
    titled = titled || (t.cap > 0 && TITLES.has(t.lower));
  }
  // (the acronym may be one letter, the service of a naval rank: "said Lt. (N) Greg Whitford", Canadian forces' "Capt.(N)")
  if (!titled || tokens[k]?.raw !== '(' || !/^[A-Z]{1,6}$/.test(tokens[k + 1]?.raw ?? '') || tokens[k + 2]?.raw !== ')') return from;
  const person = keyStartingAt(doc, k + 3);
  return person && isPersonKey(doc, person.key) ? k + 3 : from;
}

/**
 * A name the discovery did not register right after the preposition at `p` that names a document's maker: two or three
 * capitalised words, no title first, that end the sentence or stand before a comma ("according to figures from Island
 * Health.", "a statement from Lakeshore Living, …"); null otherwise.
 */
function unregisteredAfter(doc: Doc, p: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const j = p + 1;
  const end = sentEnd(doc, p);
  const t = tokens[j];
  if (!t?.word || t.cap !== 1 || doc.quoted[j] || TITLES.has(t.lower) || DETERMINERS.has(t.lower)) return null;
  let e = j;
  while (e + 1 <= end && e - j < 2 && tokens[e + 1]!.word && tokens[e + 1]!.cap === 1 && !doc.quoted[e + 1]) e++;
  const after = tokens[e + 1];
  if (e === j || !(e + 1 > end || (after && /^[.,;]$/.test(after.raw)))) return null;
  return { kind: 'key', key: nameAt(doc, j, e, seen), first: j, last: e };
}

/**
 * "one" or "another" at k standing alone after a closing frame's verb, or "one of them", "one of the <plural>", the phrase
 * closed by a comma, a full stop or a semicolon: one person of a group named before (null otherwise).
 */
function oneOfGroupAfter(doc: Doc, k: number): Found | null {
  const { tokens } = doc;
  let last = k;
  if (tokens[k]!.lower === 'one' && tokens[k + 1]?.lower === 'of') {
    const g = tokens[k + 2]?.lower ?? '';
    if (/^(them|us)$/.test(g)) last = k + 2;
    else if (/^(the|those|these)$/.test(g) && tokens[k + 3]?.word && tokens[k + 3]!.cap === 0 && pluralNoun(tokens[k + 3]!)) last = k + 3;
    else return null;
  }
  if (doc.quoted[last] || !/^[,.;]$/.test(tokens[last + 1]?.raw ?? '')) return null;
  const text = withoutInvisible(doc.text.slice(tokens[k]!.start, tokens[last]!.end));
  return { kind: 'desc', desc: { text, definite: false, head: tokens[k]!.lower, group: false, gender: null }, first: k, last };
}

/**
 * Past the portfolios of a minister's title that "and" joins, from token `from`: capitalised words (a comma between
 * those of a list), "and", one to three capitalised words, then the title, a person named right after it: "Forestry
 * and Parks Minister Rick Olafson", "Immigration, Refugees and Citizenship Minister Ahmed Farouk" (the title's token);
 * else `from`. No given name opens the words before "and" ("Ana Vik and Health Minister Bo Lund" are two).
 */
function pastPortfolios(doc: Doc, from: number, end: number): number {
  const { tokens } = doc;
  const first = tokens[from];
  if (!first?.word || first.cap !== 1 || isGivenName(first.raw) || doc.quoted[from]) return from;
  let k = from + 1;
  while (k < Math.min(end, from + 6) && (tokens[k]!.raw === ',' || (tokens[k]!.word && tokens[k]!.cap === 1))) k++;
  if (tokens[k]?.lower !== 'and' || !tokens[k]!.word || tokens[k - 1]!.raw === ',') return from;
  let t = k + 1;
  const office = (x: Token | undefined): boolean => !!x?.word && TITLES.has(x.lower) && !PORTFOLIO.test(x.lower);
  while (t < Math.min(end, k + 4) && tokens[t]!.word && tokens[t]!.cap === 1 && !office(tokens[t])) t++;
  const title = tokens[t];
  if (t === k + 1 || title?.cap !== 1 || !office(title)) return from;
  const person = keyStartingAt(doc, t + 1);
  return person && isPersonKey(doc, person.key) ? t : from;
}

/**
 * Verbs of saying that are no nouns, after which a bare plural may be the inverted subject (not "told", whose object is the
 * listener: "The tunnel, told workers, would close on Friday").
 */
const BARE_GROUP_VERBS =
  /^(say|says|said|added|warned|argued|wrote|noted|insisted|explained|claimed|agreed|predicted|cautioned|contended|acknowledged|conceded|countered|complained)$/;

/**
 * A bare plural in lower case, after one or two modifiers, closing the inverted frame whose verb ends at vLast: "Part of
 * the problem, say engineers, is the soil", "“…,” said local residents." (not after "according to", whose source
 * accordingSource reads; not before a relative clause, which the frame's span does not yet step over: "…, say engineers
 * who studied the dam, is …"). The first modifier may be a nationality or a place, capitalised: "…, say US engineers.",
 * "…, said Iraqi security officials." (the group speaks, not its country: see nationalModifierEnd).
 */
function bareGroupAfter(doc: Doc, vLast: number, end: number): Found | null {
  const { tokens } = doc;
  const i = vLast + 1;
  // (after a verb that is only one of saying: a document's "of" or "from" goes on with its maker, "an agreed statement of
  // facts"; a noun's modifier is no verb, 'head off "more radical" protest suggestions')
  if (!BARE_GROUP_VERBS.test(tokens[vLast]!.lower)) return null;
  let lower = nationalModifierEnd(doc, i, end) + 1;
  // (or a name of up to three capitalised words, a person's or a party's, that modifies the plural: "…, said Trump
  // supporters", "…, said Paris prosecutors", "…, said Green Party officials" are the group's words, not the name's)
  let named = false;
  {
    let m = lower;
    while (m < Math.min(end, lower + 3) && tokens[m]!.word && tokens[m]!.cap > 0 && !doc.quoted[m]) m++;
    if (m > lower && m < end && !(m === i + 1 && TITLES.has(tokens[i]!.lower))) {
      lower = m;
      named = true;
    }
  }
  const t = tokens[lower];
  if (!t?.word || t.cap !== 0 || doc.quoted[lower]) return null;
  let j = lower;
  while (
    j < Math.min(end, lower + 2, tokens.length - 1) &&
    tokens[j + 1]!.word &&
    tokens[j + 1]!.cap === 0 &&
    !doc.quoted[j + 1] &&
    !NP_BREAK.has(tokens[j + 1]!.lower) &&
    !WH_WORDS.test(tokens[j + 1]!.lower)
  )
    j++;
  // (or before a relative clause of "who" that runs to the sentence's end: "…, said Canadian consultants who reviewed the
  // design in 2023.")
  // (or at the text's end, a last paragraph with no final full stop: "“…,” said local residents")
  let closes = j >= end || j + 1 >= tokens.length || /^[,.;]$/.test(tokens[j + 1]!.raw);
  if (!closes && tokens[j + 1]!.lower === 'who' && !doc.quoted[j + 1]) {
    let m = j + 2;
    while (m < end && tokens[m]!.word && !doc.quoted[m]) m++;
    closes = m >= end || (m === end && tokens[m]!.raw === '.');
  }
  // (or before a phrase of place or time that runs to the sentence's end, with no verb in it: "…, said Trump supporters
  // at the rally.", "…, said prosecutors in Paris on Monday.")
  if (!closes && /^(at|in|on|outside|near|inside|across)$/.test(tokens[j + 1]!.lower) && !doc.quoted[j + 1]) {
    const m = pastVerblessWords(doc, j + 2, Math.min(end, j + 10));
    closes = m > j + 2 && m === end && tokens[m]!.raw === '.';
  }
  // (or before "to", "of" or "for" and whom the group serves or stands with, a person named or "the" and a role, up to the
  // sentence's end or a comma, past a time, a means ("in a statement") or a listener: "…, said aides to Councillor Ines
  // Lund.", "said allies of Sen. Tom Berg on Monday," "said advisers to the mayor." are the group's words, as "said a
  // spokesman for Lund" is the spokesman's; "said aides close to Lund" too; "said officials to reporters" is the
  // officials', whose listener the reporters are)
  let upTo = j;
  if (!closes && tokens[j]!.lower === 'close' && j > lower && tokens[j + 1]!.lower === 'to' && groupOrPeoplePlural(tokens[j - 1]!.lower))
    j--;
  const prep = tokens[j + 1]?.lower === 'close' ? j + 2 : j + 1;
  if (!closes && /^(to|of|for)$/.test(tokens[prep]!.lower) && !doc.quoted[prep] && groupOrPeoplePlural(tokens[j]!.lower)) {
    const listener = tokens[prep]!.lower === 'to' ? pastAsideAfterGroup(doc, prep, end) > prep : false;
    const x = listener ? -1 : patronEnd(doc, prep + 1, end);
    const m = pastAsideAfterGroup(doc, x >= 0 ? x + 1 : prep, end);
    if ((x >= 0 || listener) && (m === end || tokens[m]!.raw === ',') && /^[.,;]$/.test(tokens[m]!.raw)) {
      closes = true;
      upTo = x >= 0 ? x : j;
    }
  }
  let plain = true;
  for (let m = lower; m <= j; m++) {
    const w = tokens[m]!;
    plain &&=
      !doc.quoted[m] &&
      !NP_BREAK.has(w.lower) &&
      !DETERMINERS.has(w.lower) &&
      !SPEECH_VERBS.has(w.lower) &&
      !AUXILIARIES.has(w.lower) &&
      !PRONOUNS.has(w.lower) &&
      !OBJECT_PRONOUNS.has(w.lower) &&
      !TIME_WORDS.has(w.lower) &&
      !SUBJECT_VERB_FILLERS.has(w.lower) &&
      !/ly$/.test(w.lower);
  }
  // (after a name, a plural noun of people only, with no participle before it: "…, said Lund afterwards", "said Ruiz
  // indoors", "said Ana Vik thanking supporters" are the name's words)
  if (named) {
    if (!groupOrPeoplePlural(tokens[j]!.lower)) return null;
    for (let m = lower; m <= j; m++) if (/ing$/.test(tokens[m]!.lower)) return null;
  }
  return closes && plain && (pluralNoun(tokens[j]!) || invariantPluralSays(doc, vLast, j)) ? groupDesc(doc, i, upTo) : null;
}

/**
 * Is the word at j a plural with no -s ("police", "people") after a form of "say" at vLast: "…, say police.", "…, said
 * police on Sunday." (British and wire copy) speak as "…, said officials." does; "say" takes no person as its object, so
 * the noun is its subject (not after "warned", "told": "…, warned people nearby" may be whom it warned).
 */
function invariantPluralSays(doc: Doc, vLast: number, j: number): boolean {
  const { tokens } = doc;
  return /^(say|says|said)$/.test(tokens[vLast]!.lower) && tokens[j]!.cap === 0 && INVARIANT_PLURALS.test(tokens[j]!.lower);
}

/**
 * Is a "legend" a source's description a person: one who is "former" or "late", one a "who" follows ("a club legend who
 * asked not to be named", "the legend, who spoke …"), or one a determiner and a country's name modify ("the Brazil legend",
 * "one England legend")? Not what is told: "according to legend", "local legend", "an old legend", "the Greek legend",
 * "the Roman legend", "the Camelot legend" (nor, with no "who" nor "former", "the Liverpool legend": a capitalised word
 * may be a club's or a tale's).
 */
function legendPerson(doc: Doc, s: { first: number; last: number; desc?: Description }): boolean {
  const { tokens } = doc;
  if (!/^legends?$/.test(s.desc!.head)) return false;
  const next = tokens[s.last + 1]?.raw === ',' ? tokens[s.last + 2] : tokens[s.last + 1];
  if (next?.lower === 'who') return true;
  const det = /^(the|a|an|one|this|that)$/.test(tokens[s.first]?.lower ?? '');
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k]!;
    if (/^(former|late)$/.test(w.lower)) return true;
    // (a country's: "the Brazil legend", "one England legend"; not any capitalised word, a people's, a religion's or a
    // tale's legend is what is told: "the Greek legend", "the Roman legend", "a Hindu legend", "the Camelot legend")
    if (det && k > s.first && w.cap > 0 && COUNTRIES.has(w.lower) && k === s.last - 1) return true;
  }
  return false;
}

/** Words that end the noun phrase after "adding to": a preposition, "that", a relative pronoun, a subject pronoun. */
const HEARERS_END =
  /^(that|who|whom|which|in|on|at|among|about|over|with|for|of|to|by|from|as|after|before|during|when|while|last|this|and|or|but|than|she|he|they|we|i|it)$/;

/**
 * Does "adding to" name its hearers from j: an object pronoun ("adding to them", "adding to her that …"), a name ("adding
 * to Reuters", "adding to the Associated Press", "adding to Le Monde in an interview"), a person or a group after a
 * determiner or a possessive ("adding to a reporter", "adding to his players", "adding to the jury"), a plural of people
 * ("adding to reporters")? Not a thing, however modified: "adding to speculation", "adding to the general sense that …",
 * "adding to Brexit fears", "adding to Washington's concerns", "adding to the chorus of critics".
 */
function addingToHearers(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const first = tokens[j];
  if (!first?.word) return false;
  if (/^(him|them|us|me|you)$/.test(first.lower)) return true;
  // ("her" or "it" closing the phrase: "adding to her that …", "told the court …, adding to it that …")
  if (/^(her|it)$/.test(first.lower) && (!tokens[j + 1]?.word || HEARERS_END.test(tokens[j + 1]!.lower))) return true;
  let k = j;
  let det = false;
  let head: Token | undefined;
  for (let n = 0; n < 6 && tokens[k] && !doc.quoted[k]; n++, k++) {
    const w = tokens[k]!;
    // (a possessive ends a modifier, not the phrase: "adding to Washington's concerns", "adding to the Tories' woes")
    const apostrophe = /^['’]$/.test(w.raw) && !!head && tokens[k + 1]?.word;
    if (!w.word && !apostrophe) break;
    if (w.key === "'s" || apostrophe || (!head && /^(the|a|an|one|his|her|their|its|our|my|your)$/.test(w.lower))) {
      det = true;
      head = undefined;
      continue;
    }
    if (w.cap === 0 && HEARERS_END.test(w.lower)) break;
    head = w;
  }
  if (!head) return false;
  if (head.cap > 0) return true;
  const h = head.lower;
  if (DOCUMENT_NOUNS.has(h)) return false;
  return pluralSpeakerNoun(h) || GROUP_NOUNS.has(h) || (det && (SPEAKER_NOUNS.has(h) || GROUP_LISTENERS.test(h)));
}

/** Listeners of a group that speaks, after "to": "said officials to reporters", "said officers to the court". */
const GROUP_LISTENERS =
  /^(reporters|journalists|press|media|court|committee|jury|judge|panel|lawmakers|legislators|inquiry|tribunal|hearing|council)$/;

/**
 * The end of whom a group "to", "of" or "for" serves, from k: a person's name with its titles ("Councillor Ines Lund",
 * "Sen. Tom Berg"), or "the" and a role or a noun ("the mayor", "the Prime Minister", "the victim's family"); or -1.
 */
function patronEnd(doc: Doc, k: number, end: number): number {
  const { tokens } = doc;
  const t = tokens[k];
  if (!t?.word || doc.quoted[k]) return -1;
  if (t.cap === 0) {
    if (t.lower !== 'the') return -1;
    let m = k + 1;
    while (m < end && m - k <= 4 && tokens[m]!.word && tokens[m]!.cap > 0 && !doc.quoted[m]) m++;
    // (or one or two words in lower case, no verb, time or break: "members of the committee", "friends of the victim")
    const noun = (x: number): boolean =>
      !!tokens[x]?.word &&
      tokens[x]!.cap === 0 &&
      !doc.quoted[x] &&
      x < end &&
      !NP_BREAK.has(tokens[x]!.lower) &&
      !SPEECH_VERBS.has(tokens[x]!.lower) &&
      !AUXILIARIES.has(tokens[x]!.lower) &&
      !TIME_WORDS.has(tokens[x]!.lower);
    if (noun(m)) return noun(m + 1) ? m + 1 : m;
    return m > k + 1 && TITLES.has(tokens[m - 1]!.lower) ? m - 1 : -1;
  }
  let m = k;
  while (
    m < end &&
    m - k < 6 &&
    !doc.quoted[m] &&
    (tokens[m]!.word
      ? tokens[m]!.cap > 0
      : m > k && tokens[m]!.raw === '.' && ABBREVIATIONS.has(tokens[m - 1]!.lower) && tokens[m + 1]?.word)
  )
    m++;
  return m - 1;
}

/**
 * Past the asides after a group that speaks after its verb, from m, up to three: a listener after "to" ("to reporters",
 * "to the court"), a time ("on Monday", "yesterday", "last week") or a means ("in a statement"); the token after them.
 */
function pastAsideAfterGroup(doc: Doc, m: number, end: number): number {
  const { tokens } = doc;
  const word = (k: number): string => (k < end && tokens[k]?.word && !doc.quoted[k] ? tokens[k]!.lower : '');
  for (let n = 0; n < 3 && m < end; n++) {
    const w = word(m);
    if (w === 'to' && GROUP_LISTENERS.test(word(m + 1) === 'the' ? word(m + 2) : word(m + 1))) m += word(m + 1) === 'the' ? 3 : 2;
    else if (w === 'on' && DAYS_MONTHS.has(word(m + 1))) {
      m += 2;
      while (m < end && /^[0-9]{1,2}$/.test(tokens[m]!.raw)) m++;
    } else if (w && TIME_WORDS.has(w) && !/^(now|this)$/.test(w)) while (m < end && TIME_WORDS.has(word(m))) m++;
    else if (w === 'in' && /^(a|an)$/.test(word(m + 1))) {
      let q = m + 2;
      while (q < end && q - m < 6 && word(q) && tokens[q]!.cap === 0 && !SPEECH_VERBS.has(word(q)) && !AUXILIARIES.has(word(q))) q++;
      if (q === m + 2) break;
      m = q;
    } else break;
  }
  return m;
}

/**
 * A group's noun in either number ("union", "officials") or a plural of people: a speaker's ("physicians"), or of a
 * person's shape ("supporters"). (resolve.ts's peoplePlural is narrower: a plural that is a "they".)
 */
function groupOrPeoplePlural(h: string): boolean {
  return (
    GROUP_NOUNS.has(h) ||
    pluralSpeakerNoun(h) ||
    (/[^s]s$/.test(h) && !/oors$/.test(h) && (personShaped(singularOf(h)) || RELATION_NOUNS.test(h)))
  );
}

/**
 * The last token of a capitalised nationality, place or body that opens a noun phrase at i as its modifier, "US" of "US
 * engineers", "Iraqi" of "Iraqi security officials", "Republican" of "Republican senators", "New Mexico" of "New Mexico
 * ranchers"; i - 1 when none stands there.
 */
function nationalModifierEnd(doc: Doc, i: number, end: number): number {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t?.word || t.cap === 0 || doc.quoted[i] || i >= end) return i - 1;
  if (DEMONYMS.has(t.lower) || nationOf(t.lower)) return i;
  // (a place or a body of up to three words, "US", "New Mexico", "Pentagon", or an acronym no key holds, "UK", "EU")
  const key = keyStartingAt(doc, i);
  if (!key) return /^[A-Z]{2,4}$/.test(t.raw) ? i : i - 1;
  return key.last < end && key.last - i < 3 && keyType(doc, key.key) !== 'person' ? key.last : i - 1;
}

/**
 * The first of two speakers joined by "and" after the verb, the second opened by a determiner: "said the Harbour Authority
 * and the Port Council", "said the harbour authority and the port council" lead with the authority (the pair's last
 * alone is never its speaker). `i` is the first one's determiner, `a` the "and". Null when the first is no noun phrase
 * of a body or a person: a name's own "and" ("the Delta Coffee and Cocoa Association"), a plural ("the owners and the
 * crew"), a quotation.
 */
function pairLeadBefore(doc: Doc, i: number, a: number): Found | null {
  const { tokens } = doc;
  const head = tokens[a - 1]!;
  const next = tokens[a + 1];
  if (a < i + 2 || !head.word || doc.quoted[a - 1] || !next?.word || next.cap > 0 || !DETERMINERS.has(next.lower)) return null;
  for (let k = i + 1; k < a; k++) if (!tokens[k]!.word || NP_BREAK.has(tokens[k]!.lower) || DETERMINERS.has(tokens[k]!.lower)) return null;
  if (!(ORG_HEADS.has(head.lower) || SPEAKER_NOUNS.has(head.lower))) return null;
  if (GROUP_NOUNS.has(head.lower) || /[^s]s$/.test(head.lower)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[i]!.start, head.end));
  const definite = !/^(a|an|one|another|some|several|two|three|four|many)$/.test(tokens[i]!.lower);
  return {
    kind: 'desc',
    desc: { text, definite, head: head.lower, group: false, gender: descGender(head.lower) },
    first: i,
    last: a - 1,
  };
}

/**
 * Does a phrase of place or membership open at k and run, with no verb, to the sentence's end or a comma: "on the
 * council.", "in the legislature,", "at the rally." (six words at most)?
 */
function placeThenClose(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  if (!/^(at|in|on|from|with|inside|outside)$/.test(tokens[k]?.lower ?? '') || !tokens[k]!.word || doc.quoted[k]) return false;
  const m = pastVerblessWords(doc, k + 1, Math.min(end + 1, k + 7));
  return m > k + 1 && (m > end || /^[,.;]$/.test(tokens[m]!.raw));
}

/** The first token from m, before `stop`, that is no word, a quotation, a verb or a word opening a clause. */
function pastVerblessWords(doc: Doc, m: number, stop: number): number {
  const { tokens } = doc;
  while (
    m < stop &&
    tokens[m]!.word &&
    !doc.quoted[m] &&
    !AUXILIARIES.has(tokens[m]!.lower) &&
    !SPEECH_VERBS.has(tokens[m]!.lower) &&
    !/^(that|who|which|where|when|and|but)$/.test(tokens[m]!.lower)
  )
    m++;
  return m;
}

/** Numbers and quantifiers before a plural of members: "said two Democrats", "said several Canadians". */
const MEMBER_COUNTS = /^([0-9]+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|some|few)$/;

/**
 * A counted group inverted after the verb, from token i: a collective or a quantity of a plural of people, "said a handful
 * of Democrats", "said a number of Republicans who oppose it", "said a group of officials who …" (the whole phrase, not
 * "a group"), or a number before a party's or a nation's plural, "said two Democrats who point to the cost". The phrase
 * closes the sentence, or a comma, or a relative "who" opens after it. Null for a plural of things or times: "said a
 * number of times", "said a handful of words", "said two days later".
 */
function countedGroupAfter(doc: Doc, i: number, end: number): Found | null {
  const { tokens } = doc;
  const w = (k: number): string => (tokens[k]?.word && !doc.quoted[k] && k <= end ? tokens[k]!.lower : '');
  let m = -1;
  let counted = false;
  if (/^(a|an)$/.test(w(i)) && (SINGULAR_BEFORE_PLURAL.test(w(i + 1)) || COLLECTIVES.test(w(i + 1))) && w(i + 2) === 'of') m = i + 3;
  else if (MEMBER_COUNTS.test(w(i)) && tokens[i]!.cap === 0) {
    m = i + 1;
    counted = true;
  }
  if (m < 0) return null;
  // the head after up to two modifiers, in lower case or capitalised ("a handful of House Democrats", "a number of
  // veteran lawmakers"): a party's or a nation's plural, capitalised ("Democrats", "Canadians"), or a plural of people
  for (let h = m; h <= Math.min(end, m + 2); h++) {
    const head = tokens[h]!;
    if (!head.word || doc.quoted[h]) return null;
    const member =
      head.cap === 1 && /[^s]s$/.test(head.lower) && (PARTY_MEMBERS.test(singularOf(head.lower)) || DEMONYMS.has(singularOf(head.lower)));
    const people = !counted && pluralNoun(head) && groupOrPeoplePlural(head.lower);
    const after = tokens[h + 1];
    const closes =
      h === end ||
      !after ||
      /^[,.;]$/.test(after.raw) ||
      (after.word && after.lower === 'who' && !doc.quoted[h + 1] && !!tokens[h + 2]?.word && tokens[h + 2]!.cap === 0) ||
      placeThenClose(doc, h + 1, end);
    if ((member || people) && closes) return groupDesc(doc, i, h);
    if (NP_BREAK.has(head.lower) || DETERMINERS.has(head.lower)) return null;
  }
  return null;
}

/**
 * Whether the word at k is a singular lower-case noun that closes a noun phrase, its head, after a body's noun that
 * modifies it ("city" in "a former city clerk", "bank" in "a bank teller"): no breaking word, time, adverb, participle
 * or plural, and after it the sentence's end, a comma, a relative pronoun or a preposition.
 */
function bodyNounModifies(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const n = tokens[k];
  if (!n?.word || n.cap !== 0 || doc.quoted[k] || !/^[a-z]{3,}$/.test(n.lower) || /(ly|ing|ed|s)$/.test(n.lower)) return false;
  if (NP_BREAK.has(n.lower) || TIME_WORDS.has(n.lower) || DETERMINERS.has(n.lower) || SPEECH_VERBS.has(n.lower)) return false;
  const after = tokens[k + 1];
  return (
    !after ||
    after.para !== n.para ||
    /^[.,;:]$/.test(after.raw) ||
    /^(who|whom|whose|that)$/.test(after.lower) ||
    PP_PREPS.has(after.lower)
  );
}

/**
 * Whether the noun before "from" at k is one whose name after it only says where they come from: a singular concrete noun
 * in lower case (no abstract noun, message, document, body, time or quantity), a capitalised word after "from" that is
 * no title ("a shepherd from Kent"; not "a reply from Ana Vik", "a letter from Gov. Tom Berg").
 */
function fromWhereOneComes(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const n = tokens[k - 1]!;
  const place = tokens[k + 1];
  if (!place?.word || place.cap === 0 || doc.quoted[k + 1] || TITLES.has(place.lower) || pluralNoun(n)) return false;
  if (ABSTRACT_NOUN.test(n.lower) || DOCUMENT_NOUNS.has(n.lower) || ORG_HEADS.has(n.lower) || GROUP_NOUNS.has(n.lower)) return false;
  return !(TIME_WORDS.has(n.lower) || QUANTITY_NOUNS.has(n.lower) || FIGURES.test(n.lower) || DETERMINERS.has(n.lower));
}

/** Inverted subject after the verb: "said Peskov", "said Kremlin spokesman Dmitry Peskov", "said the spokesman". */
function subjectAfter(doc: Doc, vLast: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const end = sentEnd(doc, vLast);
  const stage = quotedNameAfterRole(doc, vLast, end, seen);
  if (stage) return stage;
  const joined = nameAfterJoinedRoles(doc, vLast + 1, end);
  if (joined) return joined;
  // one of a group, named in apposition: "“…,” said one, Ruth Abara, 71." (the person, not the group)
  // (or "one of them", "one of the visitors": "“…,” said one of them, Martine Côté, a retired teacher.")
  if (tokens[vLast + 1]?.lower === 'one' && !doc.quoted[vLast + 1]) {
    let oneComma = vLast + 2;
    if (tokens[oneComma]?.lower === 'of' && /^(them|us)$/.test(tokens[oneComma + 1]?.lower ?? '')) oneComma += 2;
    else if (tokens[oneComma]?.lower === 'of' && /^(the|those|these)$/.test(tokens[oneComma + 1]?.lower ?? '')) {
      let m = oneComma + 2;
      while (m < oneComma + 4 && tokens[m]?.word && tokens[m]!.cap === 0 && !NP_BREAK.has(tokens[m]!.lower)) m++;
      if (m > oneComma + 2 && pluralNoun(tokens[m - 1]!)) oneComma = m;
    }
    const named = tokens[oneComma]?.raw === ',' && !doc.quoted[oneComma - 1] ? keyStartingAt(doc, oneComma + 1) : null;
    if (named && isPersonKey(doc, named.key) && /^[,.;]$/.test(tokens[named.last + 1]?.raw ?? ''))
      return { kind: 'key', key: named.key, first: oneComma + 1, last: named.last };
  }
  // one of a group named before, alone, as before the verb ("“…,” one said"): "“…,” said one.", "said another, who asked not
  // to be named", "said one of the supervisors." (a noun after it is read below: "said one analyst")
  if (/^(one|another)$/.test(tokens[vLast + 1]?.lower ?? '') && !doc.quoted[vLast + 1]) {
    const one = oneOfGroupAfter(doc, vLast + 1);
    if (one) return one;
  }
  const counted = countedGroupAfter(doc, vLast + 1, end);
  if (counted) return counted;
  const bare = bareGroupAfter(doc, vLast, end);
  if (bare) return bare;
  let i = titleAcronymAfter(doc, vLast + 1, end);
  // (a minister's portfolios joined by "and" before the title: "said Forestry and Parks Minister Rick Olafson", "said
  // Immigration, Refugees and Citizenship Minister Ahmed Farouk")
  i = pastPortfolios(doc, i, end);
  // titles and roles before a name: "said festival director Ana Ruiz", "said Dr. Anita Patel"
  for (let k = i, n = 0; k <= end && n < 4; k++, n++) {
    const t = tokens[k]!;
    const known = keyStartingAt(doc, k);
    if (known) {
      // a place, an organisation or a lone capitalised word before a role and the person: "said Virginia delegate Beau
      // Correll", "said Harbor Bank economist Li Wen" (not the place itself)
      // (or a person's name before a role and another's: "said Clinton campaign spokesman Brian Fallon", "according to
      // Bloomberg Intelligence analyst Yusuf Demirkan" when the firm was read as a name: the role's holder speaks)
      {
        // (a role's compound: "said Léger executive vice-president Ana Roy", "said Ipsos co-founder Ana Roy"; the
        // compound may be the role only whole: "said Network co-ordinator Jean Roy")
        const { r, role } = roleRun(tokens, known.last + 1, end);
        // (or one singular common noun, any role: "said Halvorsen constituent Dan Golvach", "said Obama ally Dick Durbin")
        const noun = r === known.last + 2 && /^[a-z]{3,}$/.test(tokens[r - 1]!.lower) && !/(s|ly|ing|ed)$/.test(tokens[r - 1]!.lower);
        const single = !isPersonKey(doc, known.key) || known.last === k;
        const person = (single && (role || noun)) || role ? keyStartingAt(doc, r) : null;
        if (person && isPersonKey(doc, person.key) && person.last > r) i = r;
      }
      break;
    }
    if (!t.word) {
      if (t.raw === '.' && k > i) continue;
      // (the hyphen of a role's compound: "said vice-president Ana Roy", "said party co-founder Ana Roy")
      if (roleHyphen(tokens, k)) {
        n--;
        continue;
      }
      // (a plural owning the role after it: "said students' union president Abena Mensah")
      if (pluralPossessive(tokens, k) && tokens[k - 1]!.cap === 0 && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0) {
        i = k + 1;
        n--;
        continue;
      }
      break;
    }
    if (t.cap === 0 && DETERMINERS.has(t.lower)) break;
    // (a plural before "of", "to" or "for" heads the phrase, no role of the person after it: "said allies of Sen. Tom Berg")
    if (t.cap === 0 && /[^s]s$/.test(t.lower) && /^(of|to|for)$/.test(tokens[k + 1]?.lower ?? '')) break;
    // the rest of a title after its "of" or "for", capitalised words up to the person named: "said Director of Public
    // Health Lena Orr", "said Chief of Staff Omar Takeda"
    if (k === i && k > vLast + 1 && t.cap === 0 && /^(of|for)$/.test(t.lower) && TITLES.has(tokens[k - 1]!.lower)) {
      let j = k + 1;
      while (j <= Math.min(end, k + 5) && tokens[j]!.word && (tokens[j]!.cap > 0 || /^(and|the)$/.test(tokens[j]!.lower))) {
        const p = keyStartingAt(doc, j);
        if (p && isPersonKey(doc, p.key)) break;
        j++;
      }
      const p = j > k + 1 && tokens[j - 1]!.cap > 0 ? keyStartingAt(doc, j) : null;
      if (p && isPersonKey(doc, p.key)) {
        k = j - 1;
        i = j;
        n--;
        continue;
      }
    }
    // a hyphenated modifier of a role: "said Bergen-based union organiser Ben Holm"
    if (placeModifierAt(doc, k)) {
      k += 2;
      i = k + 1;
      n--;
      continue;
    }
    if (departmentAt(doc, k, end)) {
      // (the body's officer named after it speaks: "said Health Canada spokeswoman Ada Berg", "according to Justice
      // Department spokesman Tom Lund")
      let r = k + 2;
      let role = false;
      while (r <= Math.min(end, k + 6) && tokens[r]!.word && tokens[r]!.cap === 0 && !NP_BREAK.has(tokens[r]!.lower)) {
        role = role || roleWord(tokens[r]);
        r++;
      }
      const person = role ? keyStartingAt(doc, r) : null;
      if (person && isPersonKey(doc, person.key)) i = r;
      break;
    }
    // (a Malaysian honorific's second word too: "says Datuk Seri Ramli Yusri")
    if (
      TITLES.has(t.lower) ||
      malayTitleAt(tokens, k) ||
      (t.cap === 0 && (SPEAKER_NOUNS.has(t.lower) || FEMALE_NOUNS.has(t.lower) || MALE_NOUNS.has(t.lower)))
    ) {
      i = k + 1;
      // (or the apostrophe a Malaysian title is written with: "said Dato' Lim")
      if (tokens[i]?.raw === '.' || (t.lower === 'dato' && /^['’]$/.test(tokens[i]?.raw ?? '') && tokens[i]!.start === t.end)) i++;
      continue;
    }
    // a role that is one only whole, its parts joined by a hyphen: "said co-ordinator Ana Roy"
    if (roleCompound(tokens, k + 1)) {
      k += 2;
      i = k + 1;
      continue;
    }
    // any singular common noun right before a name is its role: "was asked by host Bill Maher", "said anchor Megyn Kelly"
    // (or before such a role and the name: "said network co-ordinator Ana Roy")
    if (
      k === i &&
      t.cap === 0 &&
      /^[a-z]{3,}$/.test(t.lower) &&
      !/(s|ly|ing|ed)$/.test(t.lower) &&
      !NP_BREAK.has(t.lower) &&
      !TIME_WORDS.has(t.lower) &&
      (keyStartingAt(doc, k + 1) || (roleCompound(tokens, k + 2) && keyStartingAt(doc, k + 4)))
    ) {
      i = k + 1;
      continue;
    }
    // a rank's class after its title: "said Petty Officer 2nd Class Lena Holt"
    if (k === i && k > vLast + 1 && rankClass(tokens, k + 1)) {
      k++;
      i = k + 1;
      continue;
    }
    // an age written as one compound before the name or role: "said 19-year-old Halvard Mjøen", "said 19-year-old
    // student Ana Roy" (its hyphens and parts take no place of a word)
    if (k === i && (t.cap === 0 || /^[0-9]/.test(t.raw))) {
      const past = pastAgeCompound(doc, k, end + 1);
      if (past > k && tokens[past]?.word) {
        k = past - 1;
        i = past;
        n--;
        continue;
      }
    }
    // a date or number before a role: "said 9/11 widow Terry Strada"
    if (/^[0-9]/.test(t.raw) && k === i) {
      let m = k;
      while (m < end && (/^[0-9/]+$/.test(tokens[m + 1]!.raw) || tokens[m + 1]!.raw === '/') && tokens[m + 1]!.start === tokens[m]!.end)
        m++;
      const role = tokens[m + 1];
      if (role?.word && role.cap === 0 && (SPEAKER_NOUNS.has(role.lower) || FEMALE_NOUNS.has(role.lower) || MALE_NOUNS.has(role.lower))) {
        k = m;
        continue;
      }
      // (the number of a district a title read, before the holder's capitalised title: "said District 9 Trustee Ana Roy")
      if (m === k && role?.word && role.cap > 0 && TITLES.has(role.lower) && k > vLast + 1 && TITLES.has(tokens[k - 1]!.lower)) {
        i = k + 1;
        continue;
      }
      break;
    }
    if (t.cap !== 0) {
      // a numbered district before a title: "said Ward 7 Councillor Ana Roy", "said District 4 Supervisor Ana Roy"
      const title = tokens[k + 2];
      if (/^[0-9]+$/.test(tokens[k + 1]?.raw ?? '') && title?.word && (TITLES.has(title.lower) || SPEAKER_NOUNS.has(title.lower))) {
        k++;
        i = k + 1;
        continue;
      }
      // a team or organisation before a role: "said Eagles coach Tom Wright", "said Eastvale District School Board chair
      // Leopold Marchetti" (up to five capitalised words)
      let m = k + 1;
      while (m <= Math.min(end, k + 4) && tokens[m]!.word && tokens[m]!.cap !== 0 && !keyStartingAt(doc, m)) m++;
      // an abbreviated title closing the run: "said Pentagon spokesman Navy Capt. Jeff Davis", "Army Lt. Gen. Ann Vale"
      if (tokens[m]?.raw === '.' && m - 1 > k && TITLES.has(tokens[m - 1]!.lower) && tokens[m + 1]?.cap) {
        k = m;
        i = m + 1;
        continue;
      }
      // the role may take up to three words, one a role: "said NDP education critic Marcus Lee", "said Republican party
      // boss Reince Priebus"
      const { r, role } = roleRun(tokens, m, end);
      // (or one singular common noun before a person named in full: "said Halvorsen constituent Dan Golvach")
      const named = keyStartingAt(doc, r);
      const noun =
        r === m + 1 &&
        /^[a-z]{3,}$/.test(tokens[m]!.lower) &&
        !/(s|ly|ing|ed)$/.test(tokens[m]!.lower) &&
        !!named &&
        isPersonKey(doc, named.key) &&
        named.last > r;
      if ((role || noun) && tokens[r]?.word && tokens[r]!.cap) {
        k = r - 1;
        i = r;
        continue;
      }
      break;
    }
  }
  if (i > end || doc.quoted[i]) return null;
  const t = tokens[i]!;
  const k = keyStartingAt(doc, i);
  // an organisation's person: "noted NBC's Dante Chinni", "said CNN's chief correspondent Ann Vale"
  let owner = k ? k.last : i;
  while (!k && owner < i + 2 && tokens[owner + 1]?.word && tokens[owner + 1]!.cap > 0) owner++;
  // a company's name whose owner reads as a person's, closed by its legal suffix: "said Trader Joe's Co.", "said Papa
  // John's International Inc." (the company speaks, not "Trader Joe"; legalNameEnd wants the phrase closed there, so a
  // person's company with its officer after it keeps the rules below: "said Macy's Inc. chief executive Ana Roy")
  if (k && tokens[owner + 1]?.key === "'s" && tokens[owner + 1]!.start === tokens[owner]!.end && isPersonKey(doc, k.key)) {
    const last = legalNameEnd(doc, owner + 2, end);
    if (last >= 0) return { kind: 'key', key: nameAt(doc, i, last, seen), first: i, last };
  }
  if ((k ? !isPersonKey(doc, k.key) : t.cap > 0) && /^['’]s$/.test(tokens[owner + 1]?.raw ?? '')) {
    let j = owner + 2;
    // (a role's compound too: "said Cedarline's vice-president, Trevor Baird")
    while (
      j <= Math.min(end, owner + 6) &&
      ((tokens[j]!.word && tokens[j]!.cap === 0 && !DETERMINERS.has(tokens[j]!.lower)) || roleHyphen(tokens, j))
    )
      j++;
    const person = keyStartingAt(doc, j);
    if (person && isPersonKey(doc, person.key)) return { kind: 'key', key: person.key, first: j, last: person.last };
    // the role's holder named in apposition after it, as after a person's noun below: "said Cedarline's vice-president of
    // operations, Trevor Baird, in a statement" (not the organisation)
    const apposed = j > owner + 2 && tokens[j]?.raw === ',' && !doc.quoted[j - 1] ? keyStartingAt(doc, j + 1) : null;
    if (apposed && isPersonKey(doc, apposed.key) && /^[.,;]$/.test(tokens[apposed.last + 1]?.raw ?? ''))
      return { kind: 'key', key: apposed.key, first: j + 1, last: apposed.last };
    // or its paper: "wrote Cleveland's Plain Dealer"
    if (person && keyType(doc, person.key) === 'organization' && tokens[person.last + 1]?.word !== true)
      return { kind: 'key', key: person.key, first: j, last: person.last };
    // a company's name that holds a possessive, closed by its legal suffix: "said Hudson's Bay Co.", "said Macy's Inc."
    // (the company, not "Bay Co" nor "Macy"; not its officer after it: "said Macy's Inc. chief executive Ana Roy")
    if (!k && !person && ownerInOrgName(doc, owner + 1)) {
      const last = legalNameEnd(doc, j, end);
      if (last >= 0) return { kind: 'key', key: nameAt(doc, i, last, seen), first: i, last };
    }
    // a name the discovery did not register: two or three capitalised words ending the sentence or before a comma
    let e = j;
    while (e + 1 <= end && e - j < 2 && tokens[e + 1]!.word && tokens[e + 1]!.cap === 1) e++;
    const after = tokens[e + 1];
    if (!person && e > j && tokens[j]!.cap === 1 && (!after || /^[.,;]$/.test(after.raw)))
      return { kind: 'key', key: nameAt(doc, j, e, seen), first: j, last: e };
    // or its own body, a speaker's noun closing the phrase: "according to Valdoria's energy ministry.", "said
    // Norland's health agency," (the place or organisation owns the body that speaks)
    // (any organisation's noun: "according to figures from Mexico's national statistics institute, …")
    const body = tokens[j - 1];
    if (
      !person &&
      j > owner + 2 &&
      body?.word &&
      (SPEAKER_NOUNS.has(body.lower) || ORG_HEADS.has(body.lower)) &&
      (!tokens[j] || j > end || /^[.,;]$/.test(tokens[j]!.raw))
    ) {
      const d = descEndingAt(doc, j - 1, i);
      if (d) return d;
    }
  }
  // a person's relative after them: "said Moore's daughter Kayla, who …" is Kayla, "said Moore's daughter." no one named
  // (not Moore)
  if (k && isPersonKey(doc, k.key) && tokens[k.last + 1]?.key === "'s" && RELATIVES.test(tokens[k.last + 2]?.lower ?? '')) {
    const person = keyStartingAt(doc, k.last + 3);
    if (person && isPersonKey(doc, person.key)) return { kind: 'key', key: person.key, first: k.last + 3, last: person.last };
    // (a given name the discovery did not register, closed by punctuation: "said Moore's daughter Kayla, who …")
    const g = tokens[k.last + 3];
    if (g?.word && g.cap === 1 && !doc.quoted[k.last + 3] && isGivenName(g.raw) && /^[.,;]$/.test(tokens[k.last + 4]?.raw ?? ''))
      return { kind: 'key', key: nameAt(doc, k.last + 3, k.last + 3, seen), first: k.last + 3, last: k.last + 3 };
    return descEndingAt(doc, k.last + 2, i);
  }
  // … nor any other noun of theirs: "said Nunberg's lawyer", "according to Veitch's critics" (the owner does not speak;
  // a person after the noun does: "said Moore's campaign manager Ada Berg", "according to Pell's manager, Ada Roe, …")
  if (k && isPersonKey(doc, k.key) && ownerOfOther(doc, k.last)) {
    let j = k.last + 2;
    while (j <= Math.min(end, k.last + 6) && tokens[j]!.word && tokens[j]!.cap === 0 && !NP_BREAK.has(tokens[j]!.lower)) j++;
    if (j > k.last + 2) {
      const person = keyStartingAt(doc, j);
      if (person && isPersonKey(doc, person.key)) return { kind: 'key', key: person.key, first: j, last: person.last };
      const apposed = tokens[j]?.raw === ',' && !doc.quoted[j - 1] ? keyStartingAt(doc, j + 1) : null;
      if (apposed && isPersonKey(doc, apposed.key) && /^[.,;]$/.test(tokens[apposed.last + 1]?.raw ?? ''))
        return { kind: 'key', key: apposed.key, first: j + 1, last: apposed.last };
      return descEndingAt(doc, j - 1, i);
    }
  }
  if (k) {
    // the longest key that ends inside the title + name run: "Kremlin spokesman Dmitry Peskov"
    let last = k.last;
    let key = k.key;
    for (let j = k.last + 1; j <= Math.min(end, k.last + 4); j++) {
      // "said Representative Charles B. Rangel of New York": a place after "of" is no part of the name
      if (tokens[j]!.word && tokens[j]!.cap === 0) break;
      const e = keyEndingAt(doc, j);
      if (e && e.first > i) {
        key = e.key;
        last = j;
      }
      if (!tokens[j]!.word) break;
    }
    return { kind: 'key', key, first: i, last };
  }
  if (!t.word) return null;
  // "according to the NFU,", "said the HWA.": the acronym of an organisation the article wrote out before is that
  // organisation, as "The NFU said" is (not a role's: "the CEO")
  const acronym = tokens[i + 1];
  if (
    t.lower === 'the' &&
    acronym?.word &&
    acronym.cap === 2 &&
    !doc.quoted[i + 1] &&
    !SPEAKER_NOUNS.has(acronym.lower) &&
    !TITLES.has(acronym.lower) &&
    (i + 1 === end || (!tokens[i + 2]!.word && tokens[i + 2]!.key !== "'s" && tokens[i + 2]!.raw !== '-')) &&
    doc.people.spellsOut(i + 1)
  )
    return { kind: 'key', key: nameAt(doc, i + 1, i + 1, seen), first: i + 1, last: i + 1 };
  // "that" opening the clause said, not a demonstrative: "Orrin, the author of “Salt Roads,” argued that the town …"
  // (the closing mark of a title is no quotation the verb inverts after)
  if (t.lower === 'that' && (DETERMINERS.has(tokens[i + 1]?.lower ?? '') || PRONOUNS.has(tokens[i + 1]?.lower ?? ''))) return null;
  if (DETERMINERS.has(t.lower)) {
    // (an organisation the discovery registered after the article, whose name holds the speaker's noun: "according to the
    // Office of the Chief Coroner" is the office's, not "the Chief Coroner"'s; "the Metals Exchange Council" the council's)
    const org = t.lower === 'the' ? keyStartingAt(doc, i + 1) : null;
    const named = org && !isPersonKey(doc, org.key) && org.last > i + 1 ? org : null;
    for (let j = i + 1; j <= Math.min(end, i + 6); j++) {
      const x = tokens[j]!;
      // "said the Rev. Peter Holm": a person named after an abbreviated title ("the younger Mr. Trump" is a description)
      if (
        x.raw === '.' &&
        /^(the|a)$/.test(t.lower) &&
        j - i <= 3 &&
        tokens[j - 1]!.cap > 0 &&
        ABBREVIATIONS.has(tokens[j - 1]!.lower) &&
        !/^(mr|mrs|ms)$/.test(tokens[j - 1]!.lower) &&
        tokens[j - 1]!.end === x.start
      ) {
        const named = keyStartingAt(doc, j + 1);
        if (named && isPersonKey(doc, named.key)) return { kind: 'key', key: named.key, first: j + 1, last: named.last };
        continue;
      }
      if ((!x.word && x.raw !== '-' && x.key !== "'s" && !pluralPossessive(tokens, j)) || WH_WORDS.test(x.lower)) break;
      // (a pair's first speaker leads it: "said the Harbour Authority and the Port Council" is not the council's alone)
      const lead = x.word && x.lower === 'and' ? pairLeadBefore(doc, i, j) : null;
      if (lead) return lead;
      // (nor past a relative "that" or "who": "said the association that represents the nurses" is no "the nurses", "said a
      // shopkeeper who works for Mayor Luis Ortega" no "Mayor")
      if (/^(that|who|whom|whose|which)$/.test(x.lower) && j > i + 1 && tokens[j - 1]!.word && !doc.quoted[j]) break;
      // (what "by" names made the phrase before it, it does not head it: "according to an estimate by Finance Minister
      // Ada Lund" is no "Finance Minister")
      if (x.word && x.lower === 'by' && j > i + 1) break;
      // a noun shaped like a person's before a preposition is the speaker, not a speaker's noun further on: "according to
      // an engineer at the ferry company" is the engineer, not the company
      const before = tokens[j - 1]!;
      if (
        x.word &&
        x.cap === 0 &&
        PP_PREPS.has(x.lower) &&
        j > i + 1 &&
        before.word &&
        before.cap === 0 &&
        !SPEAKER_NOUNS.has(before.lower)
      ) {
        // (or any concrete noun before "from" and a name, where one comes from, as before the verb (oneBeforePlaceName):
        // "said a shepherd from Kent"; not "said a message from Ana Vik", "said a statement from the ministry")
        if (personShaped(before.lower) || (x.lower === 'from' && fromWhereOneComes(doc, j))) {
          const d = descEndingAt(doc, j - 1, i);
          if (d) return withOrganisationAfter(doc, d, end);
        }
      }
      const role = doc.knownEndAt.get(j);
      if (role && role.kind === KIND_ROLE && role.first >= i) return { kind: 'key', key: entityKey(role.entity), first: i, last: j };
      // (not an owner: "the company's chief financial officer", "the residents' association's chair")
      const owner = tokens[j + 1]?.key === "'s" || pluralPossessive(tokens, j + 1);
      // (nor a noun the phrase goes on past: "the company's chief financial officer")
      const next = tokens[j + 1];
      // (nor an organisation's name that goes on: "the Ministry of Health", "the Orvale Paramedic Service")
      // (nor a modifier of an organisation's noun: "the hospital foundation", "the Fernhill Paramedic Association")
      const goesOn =
        SPEAKER_NOUNS.has(next?.lower ?? '') ||
        (!!next?.word &&
          !doc.quoted[j + 1] &&
          (ORG_HEADS.has(next.lower) || ORG_SUFFIXES.has(next.lower)) &&
          !DAYS_MONTHS.has(next.lower)) ||
        (x.cap > 0 && insideOrgName(doc, j + 1)) ||
        // (a capitalised plural naming a body's field, before the rest of its name: "the Department of Veterans Affairs",
        // "the Ontario Teachers Federation")
        (x.cap > 0 &&
          /[^s]s$/.test(x.lower) &&
          !!next?.word &&
          next.cap > 0 &&
          !doc.quoted[j + 1] &&
          !TITLES.has(next.lower) &&
          !SPEAKER_NOUNS.has(next.lower)) ||
        (!!next?.word && next.cap === 0 && !NP_BREAK.has(next.lower) && SPEAKER_NOUNS.has(tokens[j + 2]?.lower ?? '')) ||
        // (nor a body's noun before the lower-case noun that closes the phrase, its head: "said a former city clerk.",
        // "said a bank teller who …"; not a time, "said the city yesterday")
        (x.cap === 0 && (SIDE_NOUNS.has(x.lower) || ORG_HEADS.has(x.lower)) && bodyNounModifies(doc, j + 1)) ||
        // (nor a capitalised noun that opens a name, no title: "according to the Daily Caller", "the Media Monitor")
        (x.cap > 0 && !TITLES.has(x.lower) && !!next?.word && next.cap > 0 && !next.gap && !doc.quoted[j + 1] && !TITLES.has(next.lower)) ||
        // (nor a speaker's noun that is an adjective here, before the name of a body: "according to the official IRNA news
        // agency", "said the official Xinhua News Agency")
        (x.cap === 0 && !!next?.word && next.cap > 0 && namedBodyAt(doc, j + 1, end));
      // (a hyphenated noun of the list too: "its co-ordinator, Faye Doiron")
      // (or the plural in -men of a role in -man: "said two aldermen who …", "said the congressmen")
      const noun = SPEAKER_NOUNS.has(x.lower) || SPEAKER_NOUNS.has(joinedLower(doc, j)) || menPluralOfRole(x.lower);
      if (x.word && noun && !goesOn && !owner) {
        if (named && j <= named.last) return { kind: 'key', key: named.key, first: i + 1, last: named.last };
        const d = descEndingAt(doc, j, i);
        return (d && nameApposedAfter(doc, d.last, end, seen)) ?? (d ? withOrganisationAfter(doc, d, end) : d);
      }
    }
    if (tokens[vLast]!.lower === 'to') return null;
    // (a person named in apposition after it, as after a speaker's noun above: "said her nephew, Colin Ferris.")
    const closed = closedDescription(doc, i, end);
    return closed?.kind === 'desc' ? (nameApposedAfter(doc, closed.last, end, seen) ?? closed) : closed;
  }
  if (t.cap > 0) {
    // a person registered after the titles of a longer capitalised run: "said Senate Minority Leader Ana M. Vale"
    for (let p = i + 1; p <= Math.min(end, i + 5) && tokens[p - 1]!.word && tokens[p - 1]!.cap > 0 && !tokens[p]!.gap; p++) {
      const named = keyStartingAt(doc, p);
      if (named && isPersonKey(doc, named.key) && TITLES.has(tokens[p - 1]!.lower))
        return { kind: 'key', key: named.key, first: p, last: named.last };
    }
    let j = i;
    while (j + 1 <= end && tokens[j + 1]!.word && tokens[j + 1]!.cap > 0 && !tokens[j + 1]!.gap && j - i < 3) j++;
    // (a company's two legal suffixes, each with its dot: "said Empire Co. Ltd.", not "Empire Co")
    j = pastSecondSuffix(tokens, j, end);
    let s = i;
    // (a nation's adjective opening a company's name is part of it: "said Canadian Tire Corp. Ltd.")
    const legal = legalSuffix(tokens[j]!.lower);
    while (s < j && (TITLES.has(tokens[s]!.lower) || (!legal && DEMONYMS.has(tokens[s]!.lower))) && !departmentAt(doc, s, end)) s++;
    if (departmentAt(doc, s, end)) return { kind: 'key', key: nameAt(doc, s, s + 1, seen), first: s, last: s + 1 };
    if (TITLES.has(tokens[j]!.lower) || isOrdinaryCapital(doc.nameCtx, s)) return null;
    const known = keyEndingAt(doc, j);
    if (known) return { kind: 'key', key: known.key, first: i, last: j };
    return { kind: 'key', key: nameAt(doc, s, j, seen), first: s, last: j };
  }
  return null;
}

/**
 * An indefinite description after the verb with the phrase that says whom it speaks for, as before the verb (see
 * subjectWithPP): "…, said a senior official in the ministry who was not authorized to speak publicly.", "…, said a
 * spokeswoman for the regional agency, who asked not to be named." The phrase (for, at, with, from or in, six words at
 * most) ends in a name or an organisation's noun, before a comma, the sentence's end or a relative pronoun. A phrase of
 * "of" after the role, definite or not, is whose role it is, as before the verb: "“…,” said the head of CUPE Local 79.",
 * "said the president of the Ontario Federation of Labour", "said a member of the council" (not "the head" alone).
 * The time of the saying after the phrase is no part of it: "said a spokeswoman for the agency on Monday".
 */
function withOrganisationAfter(doc: Doc, d: Found, end: number): Found {
  const { tokens } = doc;
  const p = d.last + 1;
  const prep = tokens[p];
  if (!prep?.word || prep.cap !== 0 || d.desc?.group) return d;
  const of = prep.lower === 'of';
  // (not a document: "according to a statement from the ferry company" is the company's, see constructionAt)
  if (!(of || (/^(for|at|with|from|in)$/.test(prep.lower) && !d.desc?.definite))) return d;
  if (DOCUMENT_NOUNS.has(d.desc!.head)) return d;
  if (!(of ? /^(a|an|one|another|the)$/ : /^(a|an|one|another)$/).test(tokens[d.first]!.lower)) return d;
  let k = p + 1;
  while (
    k <= Math.min(end, p + 6) &&
    (tokens[k]!.word || joiningHyphen(doc, k)) &&
    !doc.quoted[k] &&
    !/^(who|which|that)$/.test(tokens[k]!.lower) &&
    // (the time closing the sentence or its clause is no part of the phrase: "on Monday", "last week")
    !(k > p + 1 && timeThenStop(doc, k))
  )
    k++;
  const last = tokens[k - 1]!;
  const closes = k > end || !tokens[k]!.word || /^(who|which|that)$/.test(tokens[k]!.lower) || timeThenStop(doc, k);
  // (or a company named before by its trade: "…, said a spokeswoman for the airline.")
  const trade = tokens[k - 2]?.lower === 'the' && COMPANY_TRADE_HEADS.test(last.lower);
  // (or the number of a body after its name: "CUPE Local 79", "Teamsters Local 230")
  if (k - 1 <= p || !closes || !last.word || !(last.cap > 0 || ORG_HEADS.has(last.lower) || trade || numberedNameEnd(tokens, k - 1, p)))
    return d;
  for (let m = p + 1; m < k; m++)
    if (tokens[m]!.word && (AUXILIARIES.has(tokens[m]!.lower) || SPEECH_VERBS.has(tokens[m]!.lower))) return d;
  return { ...d, desc: { ...d.desc!, text: withoutInvisible(doc.text.slice(tokens[d.first]!.start, last.end)) }, last: k - 1 };
}

/**
 * Does a phrase of where someone works or lives open at token k and run, with no verb, to the sentence's end at `end` or a
 * comma: "of the Centre for Addiction and Mental Health in Toronto.", "at Lakeshore Capital," (at most twelve tokens)?
 */
function affiliationCloses(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  const p = tokens[k];
  if (!p?.word || p.cap !== 0 || !/^(of|at|with|from)$/.test(p.lower) || !tokens[k + 1]?.word) return false;
  for (let m = k + 1; m <= end && m - k <= 12; m++) {
    const t = tokens[m]!;
    if (doc.quoted[m]) return false;
    if (!t.word) {
      if (joiningHyphen(doc, m)) continue;
      return /^[.,;]$/.test(t.raw);
    }
    if (
      t.cap === 0 &&
      (SPEECH_VERBS.has(t.lower) || AUXILIARIES.has(t.lower) || PRONOUNS.has(t.lower) || /^(who|which|that)$/.test(t.lower))
    )
      return false;
    if (m === end) return true;
  }
  return false;
}

/**
 * The person a description after the verb is apposed to, named last in the sentence: "said the association's CEO, Hal
 * Brenner.", "said a spokeswoman for the ferry company, Ana Lutz." (the description may run on for a few words, with no
 * verb or punctuation but the comma before the name; the name ends the sentence or is closed by a comma).
 */
function nameApposedAfter(doc: Doc, last: number, end: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let c = last + 1; c <= Math.min(end - 1, last + 8); c++) {
    const t = tokens[c]!;
    if (doc.quoted[c]) return null;
    if (t.word) {
      if (
        t.cap === 0 &&
        !DETERMINERS.has(t.lower) &&
        !/^(for|of|at|with|in)$/.test(t.lower) &&
        (SPEECH_VERBS.has(t.lower) || NP_BREAK.has(t.lower))
      )
        return null;
      continue;
    }
    if (t.raw !== ',') return null;
    // (or closed by where the person works or lives, to the sentence's end or a comma: "said the study's lead author, Dr.
    // Mireille Fontaine-Oduya of the Centre for Addiction and Mental Health in Toronto.")
    const closes = (k: number): boolean => k > end || /^[.,;]$/.test(tokens[k]?.raw ?? '') || affiliationCloses(doc, k, end);
    // (past a title written before the name: "said the council leader, Cllr Margaret Oyelaran.", "…, Coun. Ana Vale.")
    let n = c + 1;
    if (tokens[n]?.word && tokens[n]!.cap > 0 && TITLES.has(tokens[n]!.lower) && !keyStartingAt(doc, n)) {
      n += tokens[n + 1]?.raw === '.' ? 2 : 1;
      if (!keyStartingAt(doc, n)) n = c + 1;
    }
    const key = keyStartingAt(doc, n);
    if (key) return isPersonKey(doc, key.key) && closes(key.last + 1) ? { kind: 'key', key: key.key, first: n, last: key.last } : null;
    // a name the discovery did not register: two capitalised words
    const a = tokens[c + 1];
    const b = tokens[c + 2];
    if (a?.word && b?.word && a.cap === 1 && b.cap === 1 && !isOrdinaryCapital(doc.nameCtx, c + 1) && closes(c + 3))
      return { kind: 'key', key: nameAt(doc, c + 1, c + 2, seen), first: c + 1, last: c + 2 };
    return null;
  }
  return null;
}

/**
 * A name after a longer run of roles, titles and organisations, inverted after the verb: "said White House Press
 * Secretary Josh Earnest.", "said United Auto Workers Secretary-Treasurer Gary Casteel", "said retired neurosurgeon
 * Ben Carson, asked …", "said master of ceremonies Asab Al-Tabchi, a …"; or one capitalised word that reads as an
 * ordinary word, when a relative clause follows it ("said Small, who attended the rally"). The name is the last
 * two or three capitalised words before a punctuation mark or "who"; the words before it are lower-case
 * modifiers and roles (no determiner, no preposition but "of") and capitalised words.
 */
function roleAndNameAfter(doc: Doc, vLast: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const end = sentEnd(doc, vLast);
  // past a modifier of place: "said Oslo-born harbour pilot Ada Berg"
  const i = placeModifierAt(doc, vLast + 1) ? vLast + 4 : vLast + 1;
  let k = i;
  // lower-case modifiers and roles: "retired", "master of ceremonies"
  // (a compound's hyphen between two of them takes no place of a word: "said season-ticket holder Ada Roy", "said
  // second-year defenceman Ola Berg")
  let hyphens = 0;
  while (k <= end && k - i - hyphens < 4 && tokens[k]!.word && tokens[k]!.cap === 0 && !doc.quoted[k]) {
    const w = tokens[k]!.lower;
    if (DETERMINERS.has(w) || PRONOUNS.has(w) || (NP_BREAK.has(w) && w !== 'of') || SPEECH_VERBS.has(w) || TIME_WORDS.has(w)) return null;
    k++;
    // (its second part no time of its own: "second-year")
    while (roleHyphen(tokens, k) && !doc.quoted[k + 1]) {
      k += 2;
      hyphens += 2;
    }
  }
  if (tokens[k - 1]?.lower === 'of') return null;
  // capitalised words, abbreviations' dots and hyphens joining words: "Army Lt. Gen. Mick Bednarek"
  const caps: number[] = [];
  while (k <= end && k - i < 12 && !doc.quoted[k]) {
    const t = tokens[k]!;
    if (t.word && t.cap > 0 && startsWithLetter(t.raw)) caps.push(k);
    else if (
      !(t.raw === '.' && k < end && tokens[k - 1]!.cap > 0 && tokens[k - 1]!.end === t.start && tokens[k + 1]!.cap > 0) &&
      !joiningHyphen(doc, k)
    )
      break;
    k++;
  }
  const next = tokens[k];
  if (caps.length === 0 || caps[caps.length - 1] !== k - 1) return null;
  if (next && !/^[,.;(]$/.test(next.raw) && next.lower !== 'who') return null;
  const last = k - 1;
  if (caps.length === 1) {
    // "said Small, who …": a surname that is also a word
    const t = tokens[last]!;
    const relative = next?.raw === ',' && tokens[k + 1]?.lower === 'who';
    if (last !== i || !relative || TITLES.has(t.lower) || DAYS_MONTHS.has(t.lower) || DEMONYMS.has(t.lower)) return null;
    return { kind: 'key', key: keyEndingAt(doc, last)?.key ?? nameAt(doc, last, last, seen), first: last, last };
  }
  // the name: the last two capitalised words, a hyphenated surname as one word
  let first = last;
  let words = 1;
  while (words < 2) {
    const h = joiningHyphen(doc, first - 1) ? first - 2 : first;
    const prev = tokens[h - 1];
    if (h !== first) {
      first = h;
      continue;
    }
    if (!prev || !prev.word || prev.cap === 0 || TITLES.has(prev.lower) || h - 1 < i) break;
    first = h - 1;
    words++;
  }
  if (first === last || TITLES.has(tokens[last]!.lower) || TITLES.has(tokens[first]!.lower)) return null;
  const known = keyEndingAt(doc, last);
  if (known && known.first >= i) return { kind: 'key', key: known.key, first: known.first, last };
  return { kind: 'key', key: nameAt(doc, first, last, seen), first, last };
}

/**
 * The subject of "was quoted as saying" when "saying" is token i: a passive participle of quoting ("quoted", "cited",
 * "reported", "heard", "recorded") after an auxiliary, at most eight words before "as" (its agent between: "by the
 * Border Gazette"); the subject before the auxiliary. Null otherwise.
 */
function quotedAsSaying(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = i - 2; k >= Math.max(1, i - 14); k--) {
    const t = tokens[k]!;
    // (an apposition's commas and possessives: "quoted Wassim Berrada, the head of the farmers' union, as saying")
    // (and a name's joining hyphen: "quoted Abbas al-Hosseini as saying")
    if ((t.raw === ',' || t.key === "'s" || /^['’]$/.test(t.raw) || tightHyphen(tokens, k)) && !doc.quoted[k]) continue;
    if (!t.word || doc.quoted[k]) return null;
    if (!/^(quoted|cited|reported|heard|recorded|filmed|overheard)$/.test(t.lower)) continue;
    // (an adverb may stand between: "was later reported", "was widely quoted")
    const a = /^(later|also|once|then|[a-z]+ly)$/.test(tokens[k - 1]!.lower) ? k - 2 : k - 1;
    const aux = tokens[a];
    if (!aux?.word || !/^(was|were|is|are|been|being)$/.test(aux.lower)) return activeQuoter(doc, k, seen);
    const s = subjectBefore(doc, a, seen);
    // (not "it": a thing is quoted as no one)
    return s && !(s.kind === 'pronoun' && s.pronoun === 'neuter') ? s : null;
  }
  return null;
}

/** Passive participles of being heard or seen saying something: "was heard saying", "can be seen telling". */
const PERCEIVED = /^(heard|overheard|seen|recorded|filmed|videotaped|taped|caught|captured|shown)$/;

/**
 * The subject of a participle of saying at i after a passive of perception and its auxiliary: "Moss can be heard saying",
 * "a reporter is heard asking him", "she was caught on camera telling the crowd", "he was recorded saying" (the one
 * heard or seen says the words). An adverb may stand before the participle ("can clearly be heard", "was later seen"),
 * and the medium after it ("on camera", "on video", "on tape"). Null otherwise, or when the subject is "it" (a thing is
 * heard saying nothing).
 */
function heardSaying(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  let k = i - 1;
  if (/^(camera|video|tape|film|audio|mic|microphone)$/.test(tokens[k]!.lower) && tokens[k - 1]?.lower === 'on') k -= 2;
  if (!PERCEIVED.test(tokens[k]?.lower ?? '') || tokens[k]!.cap !== 0) return null;
  const adverb = (x: number): boolean => /^(also|later|then|clearly|briefly|repeatedly|once|again)$/.test(tokens[x]?.lower ?? '');
  let a = adverb(k - 1) ? k - 2 : k - 1;
  const aux = tokens[a];
  if (!aux?.word || aux.cap !== 0) return null;
  if (aux.lower === 'be') {
    // (after a modal: "can be heard", "could also be seen")
    a = adverb(a - 1) ? a - 2 : a - 1;
    if (!/^(can|could|may|might|will|would)$/.test(tokens[a]?.lower ?? '')) return null;
  } else if (!/^(was|were|is|are|been)$/.test(aux.lower)) return null;
  const s = subjectBefore(doc, a, seen);
  return s && !(s.kind === 'pronoun' && s.pronoun === 'neuter') ? s : null;
}

/**
 * The speaker of an active "quoted" or "cited" at k before "X as saying". A person or organisation the article names
 * as its object owns the words ("State news agency Kora quoted Deputy Minister Ana Vik as saying …" is Ana Vik's); an
 * object the article does not name leaves them to the agency or outlet that quotes, the subject ("The Daily Ledger
 * cited an unnamed official as saying …"); a person's pronoun as the object owns them ("The newspaper quoted him as
 * saying …"). Null when "quoted" is no finite verb with its object (a participle after a
 * noun: "the remarks quoted in the report …").
 */
function activeQuoter(doc: Doc, k: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (!/^(quoted|cited)$/.test(tokens[k]!.lower) || tokens[k]!.cap !== 0) return null;
  // (its object right after it: not "the remarks quoted in the report as saying …")
  if (!tokens[k + 1]?.word || CLAUSE_BAD_START.has(tokens[k + 1]!.lower)) return null;
  const named = namedQuotedObject(doc, k);
  if (named === 'unknown') return null;
  if (named) return named;
  // (a person's pronoun as its object owns them, like a name: "The newspaper quoted him as saying …" is his)
  const pr = tokens[k + 2]?.lower === 'as' ? OBJECT_PRONOUNS.get(tokens[k + 1]!.lower) : undefined;
  if (pr && pr !== 'plural' && !doc.quoted[k + 1]) return { kind: 'pronoun', pronoun: pr, first: k + 1, last: k + 1 };
  const s = subjectBefore(doc, k, seen);
  // (a definite description of someone the article introduced owns them too, when a medium quotes: "State media quoted
  // the president as saying …" is the president's, whom the description refers back to; not "an unnamed official",
  // nor what a document of theirs quotes: "An early tweet quoted the president as saying …")
  const document = s?.kind === 'desc' && (DOCUMENT_NOUNS.has(s.desc!.head) || AUTHORED.test(s.desc!.head));
  if (tokens[k + 1]!.lower === 'the' && !document) {
    let j = k + 2;
    while (j <= k + 5 && tokens[j]?.word && tokens[j]!.cap === 0 && !doc.quoted[j] && tokens[j + 1]?.lower !== 'as') j++;
    const head = tokens[j];
    if (head?.word && tokens[j + 1]?.lower === 'as' && SPEAKER_NOUNS.has(head.lower) && !doc.quoted[j]) {
      const d = descEndingAt(doc, j, k + 1);
      if (d) return d;
    }
  }
  return s && !(s.kind === 'pronoun' && s.pronoun === 'neuter') ? s : null;
}

/**
 * The person or organisation the article knows, named as the object of "quoted" at k, its titles before it and its
 * apposition after ("quoted Deputy Minister Ana Vik as saying", "quoted Wassim Berrada, the head of the union, as
 * saying"): the name must end right before "as" or the apposition's comma.
 */
function namedQuotedObject(doc: Doc, k: number): Found | 'unknown' | null {
  const { tokens } = doc;
  for (let j = k + 1; j <= Math.min(tokens.length - 2, k + 8); j++) {
    const t = tokens[j]!;
    // (titles and roles, capitalised or not, abbreviations' dots and a name's joining hyphen: "quoted foreign ministry
    // spokesman Wang Bo", "quoted Abbas al-Hosseini as saying")
    if (doc.quoted[j] || !(t.word || (t.raw === '.' && tokens[j - 1]!.cap > 0) || tightHyphen(tokens, j))) return null;
    if (t.word && (DETERMINERS.has(t.lower) || NP_BREAK.has(t.lower))) return null;
    const after = tokens[j + 1]!;
    if (after.lower !== 'as' && after.raw !== ',') continue;
    const known = keyEndingAt(doc, j);
    if (known && known.first > k) return { kind: 'key', key: known.key, first: known.first, last: j };
    // (a name the finder did not take, its surname after a particle and a hyphen, is still someone named: not the
    // quoting agency's words, "quoted Ahmad al-Hosseini as saying")
    return j - 2 > k && t.cap > 0 && tightHyphen(tokens, j - 1) && NAME_PARTICLES.has(tokens[j - 2]!.lower) ? 'unknown' : null;
  }
  return null;
}

/**
 * Is the lower-case "of" or "for" at k inside an organisation's name, between its capitalised words: "the Ministry of
 * Health", "the Office of the Attorney General", "the Commission for Racial Equality"?
 */
function insideOrgName(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  if (!t?.word || t.cap !== 0 || !/^(of|for)$/.test(t.lower) || !(tokens[k - 1]?.word && tokens[k - 1]!.cap > 0)) return false;
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return !!next?.word && next.cap > 0 && !DAYS_MONTHS.has(next.lower) && !doc.quoted[k];
}

/**
 * Does the name of a body open at k, a capitalised run (up to four words, no day or person) that a body's noun
 * closes, its own last word or up to two lower-case words after it: "Xinhua News Agency", "IRNA news agency", "Korean
 * Central News Agency", "Kyodo news service"? (So "the official" before it is the body's modifier, not a person.)
 */
function namedBodyAt(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  let m = k;
  while (m <= Math.min(end, k + 3) && tokens[m]!.word && tokens[m]!.cap > 0 && !doc.quoted[m]) {
    const named = keyStartingAt(doc, m);
    if (DAYS_MONTHS.has(tokens[m]!.lower) || (named && isPersonKey(doc, named.key))) return false;
    m++;
  }
  if (m === k) return false;
  const last = tokens[m - 1]!.lower;
  if (m - 1 > k && (ORG_SUFFIXES.has(last) || ORG_HEADS.has(last))) return true;
  for (let n = m; n <= Math.min(end, m + 1); n++) {
    const w = tokens[n]!;
    if (!w.word || w.cap !== 0 || doc.quoted[n] || NP_BREAK.has(w.lower)) return false;
    if (ORG_HEADS.has(w.lower)) return true;
  }
  return false;
}

/** A question that a noun phrase cannot run into: "was asked by a caller why young men …". */
const WH_WORDS = /^(why|what|how|whether)$/;

/**
 * Whether a short phrase of time opens at k and the clause stops right after it: "… by the health authority on Monday.",
 * "… by the agency last week," (at most three words: "on"/"in"/"last"/"this"/"earlier" and days, months or time words).
 */
function timeThenStop(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let m = k;
  while (
    m - k < 3 &&
    tokens[m]?.word &&
    !doc.quoted[m] &&
    (TIME_WORDS.has(tokens[m]!.lower) || DAYS_MONTHS.has(tokens[m]!.lower) || (m === k && /^(on|in)$/.test(tokens[m]!.lower)))
  )
    m++;
  const closes = (x: Token | undefined): boolean => x !== undefined && (TIME_WORDS.has(x.lower) || DAYS_MONTHS.has(x.lower));
  return m > k && closes(tokens[m - 1]) && /^[,.;:!?]$/.test(tokens[m]?.raw ?? '');
}

/**
 * Whether the "and" at j joins two capitalised parts of one organisation's name, the second ending on an organisation's
 * noun within three words: "according to the Saskatchewan Trucking and Motorcoach Association".
 */
function andInsideOrgName(doc: Doc, j: number, end: number): boolean {
  const { tokens } = doc;
  const and = tokens[j]!;
  if (!and.word || and.lower !== 'and' || and.cap !== 0 || !tokens[j - 1]?.word || tokens[j - 1]!.cap === 0) return false;
  for (let m = j + 1; m <= Math.min(end, j + 3); m++) {
    const t = tokens[m]!;
    if (!t.word || t.cap === 0 || doc.quoted[m]) return false;
    if (ORG_SUFFIXES.has(t.lower) && !(tokens[m + 1]?.word && tokens[m + 1]!.cap > 0)) return true;
  }
  return false;
}

/**
 * A noun phrase opened by the determiner at i that the sentence closes right after its head, inverted after a
 * quotation: "“…,” said a harbour pilot.", "…, said an Iowa Democrat, “…”". Whoever it is, it is someone new,
 * not the speaker quoted before. Not a time ("said this week", "said a day later").
 */
function closedDescription(doc: Doc, i: number, end: number): Found | null {
  const { tokens } = doc;
  // "argued that democracies “…”": a conjunction, not a determiner
  if (/^(that|this|these|those)$/.test(tokens[i]!.lower)) return null;
  let j = i + 1;
  while (
    j <= Math.min(end, i + 8) &&
    !(j > i + 1 && timeThenStop(doc, j)) &&
    (joiningHyphen(doc, j) ||
      insideOrgName(doc, j) ||
      (tokens[j]!.lower === 'the' && insideOrgName(doc, j - 1)) ||
      // (and the capitalised word after its "of", past the six: "figures from the Kitchener-Waterloo Regional Chamber of
      // Commerce")
      (tokens[j]!.cap > 0 && insideOrgName(doc, j - 1)) ||
      // (an organisation's name with its own "and": "figures from the Delta Coffee and Cocoa Association")
      andInsideOrgName(doc, j, end) ||
      (j <= i + 6 &&
        tokens[j]!.word &&
        !NP_BREAK.has(tokens[j]!.lower) &&
        !DETERMINERS.has(tokens[j]!.lower) &&
        !WH_WORDS.test(tokens[j]!.lower)))
  )
    j++;
  let at = j;
  let after = tokens[at];
  // (an organisation's name is headed by the noun before its "of": "the Commission for Public Health")
  let of = i + 1;
  while (of < j && !insideOrgName(doc, of)) of++;
  let head = tokens[(of < j ? of : j) - 1]!;
  let last = j - 1;
  // (a participle of putting out after the organisation's name is no part of it: "a statement from the Ministry of
  // Health released on Monday" is the ministry's)
  for (let m = of + 1; m < j; m++)
    if (tokens[m]!.cap === 0 && MADE_BY.test(tokens[m]!.lower) && tokens[m - 1]!.cap > 0) {
      last = m - 1;
      break;
    }
  // a post-modifier after the head: "said one Republican involved in the planning, who …", "a pilot familiar with the talks."
  if (after?.word && POST_MODIFIERS.test(head.lower) && j - 2 > i) {
    head = tokens[j - 2]!;
    let m = j;
    while (m <= Math.min(end, j + 8) && (joiningHyphen(doc, m) || tokens[m]!.word) && !doc.quoted[m]) {
      const w = tokens[m]!.lower;
      if (AUXILIARIES.has(w) || SPEECH_VERBS.has(w) || /^(and|or|but|that|which|who)$/.test(w)) break;
      m++;
    }
    at = m;
    after = tokens[at];
    last = m - 1;
  }
  // (or an organisation's or a group's noun before its relative clause: "said the association that represents them";
  // or a noun of a person's shape before its "who": "said a shopkeeper who gave only her first name")
  const relative =
    !!after?.word &&
    /^(that|who|which)$/.test(after.lower) &&
    !doc.quoted[at] &&
    (ORG_HEADS.has(head.lower) || GROUP_NOUNS.has(head.lower) || (after.lower === 'who' && personShaped(head.lower))) &&
    !!tokens[at + 1]?.word &&
    tokens[at + 1]!.cap === 0;
  if (j === i + 1 || (after && !relative && !/^[,.;:!?]$/.test(after.raw) && !timeThenStop(doc, j))) return null;
  if (TIME_WORDS.has(head.lower) || /^(ago|day|days|weeks|months|years|time|times|later|before|after)$/.test(head.lower)) return null;
  if (/(ly|ing|ed)$/.test(head.lower) || SPEECH_VERBS.has(head.lower)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[i]!.start, tokens[last]!.end));
  const definite = !/^(a|an|one|another|some|several|two|three|four|many)$/.test(tokens[i]!.lower);
  return {
    kind: 'desc',
    desc: { text, definite, head: head.lower, group: GROUP_NOUNS.has(head.lower), gender: descGender(head.lower) },
    first: i,
    last,
  };
}

/** Adjectives and participles that open a post-modifier of a speaker's noun: "a Democrat familiar with …", "an aide close to …". */
const POST_MODIFIERS =
  /^(familiar|involved|close|privy|responsible|briefed|knowledgeable|aware|connected|allied|loyal|working|based|speaking|published|released|presented|prepared|tabled|submitted|commissioned|compiled|filed|issued|obtained|sent|posted|accused|charged|convicted|suspected|indicted|acquitted)$/;
/** Adjectives of a source's nearness to a matter, no verbs: "a diplomat close to the watchdog", "officials familiar with …". */
const NEARNESS = /^(familiar|close|privy|briefed|knowledgeable)$/;
/** Participles of a charge after a subject, which may be anyone: "A building contractor accused of overbilling the city told …". */
export const CHARGED = /^(accused|charged|convicted|suspected|indicted|acquitted)$/;

/** Object pronouns after "according to": "according to him". */
const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['him', 'male'],
  ['her', 'female'],
  ['them', 'plural'],
]);

/** What a person speaks or writes through: "a speech", "a letter", "an interview". */
const DELIVERED =
  /^(speech|speeches|remarks|interview|letter|statement|memo|email|tweet|post|op-ed|essay|memoir|book|testimony|report|filing)$/;

/**
 * The person who gave what "according to" names, in a relative clause with no "that": "according to a speech Mrs.
 * Clinton delivered at New York University", "according to a letter the mayor's lawyer sent" (a determiner, at most
 * three words ending in a noun of DELIVERED, an optional "that" or "which", a person known to the article, a verb in
 * the past tense).
 */
function deliveredBy(doc: Doc, vLast: number): Found | null {
  const { tokens } = doc;
  const d = tokens[vLast + 1];
  if (!d?.word || !DETERMINERS.has(d.lower) || d.cap > 0) return null;
  for (let k = vLast + 2; k <= vLast + 4; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap > 0) return null;
    if (!DELIVERED.test(t.lower)) continue;
    let p = k + 1;
    if (/^(that|which)$/.test(tokens[p]?.lower ?? '')) p++;
    // (past an honorific and its dot: "Mrs. Clinton")
    // and titles: "Mayor Ana Pike")
    let first = tokens[p + 1]?.raw === '.' && ABBREVIATIONS.has(tokens[p]?.lower ?? '') ? p + 2 : p;
    while (first < p + 3 && tokens[first]?.word && TITLES.has(tokens[first]!.lower) && !keyStartingAt(doc, first)) first++;
    const person = keyStartingAt(doc, first);
    if (!person || !isPersonKey(doc, person.key)) return null;
    if (!pastAfter(doc, person.last)) return null;
    return { kind: 'key', key: person.key, first, last: person.last };
  }
  return null;
}

/** Whether the word after `last` is a verb in the past tense, lower case: "… Clinton delivered", "… Delgado showed me". */
function pastAfter(doc: Doc, last: number): boolean {
  const v = doc.tokens[last + 1];
  return !!v?.word && v.cap === 0 && !doc.quoted[last + 1] && pastTense(v.lower);
}

/** A document's or figures' noun in lower case: "documents", "emails", "figures", "records". */
function recordNoun(t: Token | undefined): boolean {
  return !!t?.word && t.cap === 0 && (DOCUMENT_NOUNS.has(t.lower) || FIGURES.test(t.lower));
}

/**
 * The verb of a relative clause with no "that" whose subject is a name at k, after a document's or figures' noun: the
 * verb in the past right after up to four capitalised words, no day nor month ("documents | Ray Delgado showed me",
 * "figures | Statistics Canada released"); -1 otherwise.
 */
function nameInContactClause(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (DAYS_MONTHS.has(tokens[k]?.lower ?? '')) return -1;
  for (let e = k; e <= k + 3; e++) {
    const t = tokens[e];
    if (!t?.word || t.cap === 0 || doc.quoted[e]) return -1;
    if (pastAfter(doc, e)) return e + 1;
  }
  return -1;
}

/** Nouns in -ing of what a source puts out or holds: "a council briefing", "a court filing", "recent polling". */
const ING_NOUNS =
  /^(briefing|briefings|filing|filings|ruling|rulings|hearing|hearings|findings|polling|reporting|accounting|warning|warnings)$/;

/**
 * The closing mark of a short title in quotation marks that opens at k and that a document's noun follows ("“Who's
 * Hungry” report", '"Safe Streets" bill'); -1 otherwise.
 */
function titledDocumentClose(doc: Doc, k: number, end: number): number {
  const { tokens } = doc;
  if (!/^[“"]$/.test(tokens[k]!.raw) || !tokens[k + 1]?.word || tokens[k + 1]!.cap === 0) return -1;
  for (let c = k + 1; c <= Math.min(end - 1, k + 8); c++) {
    const t = tokens[c]!;
    if (/^[”"]$/.test(t.raw)) {
      const n = tokens[c + 1];
      return n?.word && n.cap === 0 && DOCUMENT_NOUNS.has(n.lower) ? c : -1;
    }
    if (!t.word && !/^['’-]$/.test(t.raw) && t.key !== "'s") return -1;
  }
  return -1;
}

/** Copies and parts of a document, named with the document after "of": "a copy of the offer", "a summary of the deal". */
const DOCUMENT_PARTS = /^(copy|copies|summary|draft|excerpt|excerpts|transcript|version|portion|section)$/;

/**
 * Whatever "according to" names is a source, person or not: "according to the summary", "according to a
 * RealClearPolitics average of recent polls", "according to the Associated Press", "according to him". The
 * noun phrase up to its head (before a preposition, a relative, a participle or punctuation), as a description.
 */
function accordingSource(doc: Doc, vLast: number): Found | null {
  const { tokens } = doc;
  const end = sentEnd(doc, vLast);
  const i = vLast + 1;
  const first = tokens[i];
  if (!first || !first.word || i > end || doc.quoted[i]) return null;
  const pr = OBJECT_PRONOUNS.get(first.lower);
  if (pr && !tokens[i + 1]?.word) return { kind: 'pronoun', pronoun: pr, first: i, last: i };
  // ("her" before a noun is its possessive: "according to her phone log", as "according to his calendar")
  if (pr && first.lower !== 'her') return null;
  let head = -1;
  // the end of a post-modifier after the head: "people familiar with the matter", "officials close to the talks"
  let modified = -1;
  // the "of" inside an organisation's name, whose noun before it heads the phrase: "the Ministry of Health"
  let ofAt = -1;
  let limit = i + 6;
  for (let k = i; k <= Math.min(end, limit); k++) {
    const x = tokens[k]!;
    // (a possessive is no word of the six, and three words may follow it: "according to the U.S. Department of
    // Agriculture's weekly market report")
    if (x.key === "'s") limit = Math.min(Math.max(limit + 1, k + 3), i + 12);
    if (!x.word) {
      if (x.raw === '-' || x.raw === '/' || x.key === "'s" || x.raw === '’' || x.raw === "'") continue;
      // (past the quoted title of a document, its noun after it: "the organization's annual “Who's Hungry” report")
      const close = head >= 0 ? titledDocumentClose(doc, k, end) : -1;
      if (close > k) {
        limit += close - k;
        k = close;
        continue;
      }
      break;
    }
    if (head >= 0 && x.cap === 0 && POST_MODIFIERS.test(x.lower) && /^(with|to|in|on)$/.test(tokens[k + 1]?.lower ?? '')) {
      modified = k + 1;
      // (to a relative clause on the phrase, which is no part of the name: "a person familiar with the matter who was not
      // authorized to speak")
      while (
        modified + 1 <= Math.min(end, k + 8) &&
        tokens[modified + 1]!.word &&
        !doc.quoted[modified + 1] &&
        !/^(who|whom|whose|which|that)$/.test(tokens[modified + 1]!.lower)
      )
        modified++;
      break;
    }
    // a participle after the head ends the phrase ("a poll released Monday"), not one right after a possessive,
    // which modifies the noun that follows ("the city's planning document")
    const possessed = tokens[k - 1]?.key === "'s";
    if (insideOrgName(doc, k)) {
      ofAt = ofAt < 0 ? k : ofAt;
      // (the name runs on past the six words a phrase is read to, each "of" or "for" two more: "according to the United
      // Nations Office for the Coordination of Humanitarian Affairs")
      limit = Math.min(i + 12, Math.max(limit, k + 3));
      continue;
    }
    // a determiner after a document's or figures' noun opens a relative clause with no "that": "according to figures |
    // the hospital released", "according to figures | her campaign released Sunday"
    if (
      head === k - 1 &&
      x.cap === 0 &&
      MAKER_DETERMINERS.test(x.lower) &&
      (recordNoun(tokens[head]) || WRITTEN_ADVICE.test(tokens[head]!.lower))
    )
      break;
    // (or a name: "according to lease documents | Delgado showed me" are the documents', not "documents Delgado")
    if (head === k - 1 && x.cap > 0 && recordNoun(tokens[head]) && nameInContactClause(doc, k) > 0) break;
    // (two modifiers joined by "and" before the noun, as in descEndingAt: "according to current and former officials",
    // "according to state and local officials")
    if (
      x.lower === 'and' &&
      x.cap === 0 &&
      head === k - 1 &&
      pairedModifier(doc, k - 1) &&
      pairedModifier(doc, k + 1) &&
      tokens[k + 1]?.word &&
      (tokens[k + 1]!.cap === 0 || pairedModifier(doc, k + 1)) &&
      !doc.quoted[k + 1] &&
      !DETERMINERS.has(tokens[k + 1]!.lower)
    ) {
      limit = Math.max(limit, k + 3);
      continue;
    }
    // an organisation's name whose "of" or "for" runs on across "and": "according to the Centers for Disease Control and
    // Prevention", "according to the Department of Health and Human Services"
    if (x.lower === 'and' && x.cap === 0 && head === k - 1 && tokens[k + 1]?.word && tokens[k + 1]!.cap > 0) {
      let e = k + 1;
      while (e + 1 <= end && e - k < 3 && tokens[e + 1]!.word && tokens[e + 1]!.cap > 0 && !doc.quoted[e + 1]) e++;
      // (or two capitalised parts, the second ending on an organisation's noun: "according to the Saskatchewan Trucking
      // and Motorcoach Association")
      if (orgAcrossAnd(doc, k + 1, e, i) || andInsideOrgName(doc, k, end)) {
        head = e;
        limit = Math.max(limit, e + 1);
        k = e;
        continue;
      }
    }
    // a copy or a part of a document, whose "of" names the document ("according to a copy of the offer obtained by the
    // Chronicle", "a summary of the agreement posted by the union"): the phrase runs on to the document's noun
    if (x.lower === 'of' && x.cap === 0 && head === k - 1 && ofAt < 0 && DOCUMENT_PARTS.test(tokens[head]!.lower)) {
      ofAt = k;
      limit = Math.max(limit, k + 4);
      continue;
    }
    // (a noun in -ing is no participle: "according to a council briefing", "a court filing", "recent polling")
    // (or an irregular one with its complement: "the pathologist's report read into the record", "a log shown to jurors")
    const irregular =
      /^(read|written|shown|given)$/.test(x.lower) && /^(into|to|in|at|by|on|before|as|aloud|out)$/.test(tokens[k + 1]?.lower ?? '');
    const participle = (/[^e]ed$|ing$/.test(x.lower) && !ING_NOUNS.test(x.lower)) || DOCUMENT_HELD_BY.test(x.lower) || irregular;
    // (a part of a hyphenated modifier is neither a break nor a participle after the head: "according to a since-deleted
    // post on Instagram")
    const compound = k > i && !doc.quoted[k] && (joiningHyphen(doc, k + 1) || (k - 1 > i && joiningHyphen(doc, k - 1)));
    // (nor a participle after an adverb in -ly before the head, which modifies the noun that follows: "according to a
    // newly released email", "a recently leaked memo" are the email's, the memo's, not "a newly")
    if (compound || (participle && head === k - 1 && adverbBeforeParticiple(doc, k, end))) {
      head = k;
      continue;
    }
    if (doc.quoted[k] || (x.cap === 0 && k > i && (NP_BREAK.has(x.lower) || (head >= 0 && !possessed && participle)))) break;
    if (!(DETERMINERS.has(x.lower) && x.cap === 0)) head = k;
  }
  if (head < 0) return null;
  const h = tokens[ofAt > 0 ? ofAt - 1 : head]!;
  const text = withoutInvisible(doc.text.slice(first.start, tokens[Math.max(head, modified)]!.end));
  const definite = first.cap === 0 ? DETERMINERS.has(first.lower) && !/^(a|an|one|another|some|several)$/.test(first.lower) : true;
  const person = SPEAKER_NOUNS.has(h.lower) && !GROUP_NOUNS.has(h.lower) && h.cap === 0;
  return {
    kind: 'desc',
    desc: { text, definite, head: h.lower, group: !person, gender: descGender(h.lower) },
    first: i,
    last: Math.max(head, modified),
  };
}

/**
 * The maker after "by" at `byAt` read whole when the description found there stops before more of its own words, a
 * name closing them: "a report by the commercial real estate firm Brightwater Analytics" (not "the commercial", a
 * speaker's noun that is here a modifier), the words between modifiers in lower case; else the description found.
 */
function wholeSourceAfter(doc: Doc, s: Found | null, byAt: number): Found | null {
  if (s?.kind !== 'desc') return s;
  const { tokens } = doc;
  const next = tokens[s.last + 1];
  if (!next?.word || next.cap !== 0 || doc.quoted[s.last + 1]) return s;
  // (only modifiers in lower case between, no participle nor preposition: "a report by the housing agency released in
  // March" is the agency's)
  let m = s.last + 1;
  while (m <= s.last + 4 && tokens[m]?.word && tokens[m]!.cap === 0 && !doc.quoted[m] && !/(ed|ing)$/.test(tokens[m]!.lower)) {
    if (PP_PREPS.has(tokens[m]!.lower) || /^(by|to|and|or|as|about|after|before|since|during|that|which|who)$/.test(tokens[m]!.lower))
      return s;
    m++;
  }
  if (!tokens[m]?.word || tokens[m]!.cap === 0) return s;
  const whole = accordingSource(doc, byAt);
  return whole && whole.last >= m && tokens[whole.last]!.cap > 0 ? whole : s;
}

/** Verbs of writing or sending one's own words, whose subject is the author of the document before it (makerInContactClause). */
const AUTHORSHIP = /^(wrote|sent|gave|made|signed|drafted|authored|penned|tweeted|posted)$/;
const TO_PRONOUN = /^(me|us|him|her|them|you)$/;

/**
 * The maker of a document or of figures named in a relative clause with no "that" right after it, from its determiner at
 * d: "figures | the hospital released Tuesday" is the hospital's. The clause's subject, then a verb of making (MADE_BY)
 * within six words; null otherwise.
 */
function makerInContactClause(doc: Doc, d: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const det = tokens[d];
  // (a name as the clause's subject: "according to figures | Ana Vale released" are Vale's; "documents | Vale showed me"
  // stay the documents')
  // (or a verb of writing or sending one's own words, to no one named by a pronoun: "a memo | Cole wrote to the board",
  // "testimony | Cole gave at the inquiry", "emails | Cole sent to staff" are Cole's; "documents | Cole sent me" stay theirs)
  if (det?.word && det.cap > 0) {
    const v = nameInContactClause(doc, d);
    const made =
      v > 0 && (MADE_BY.test(tokens[v]!.lower) || (AUTHORSHIP.test(tokens[v]!.lower) && !TO_PRONOUN.test(tokens[v + 1]?.lower ?? '')));
    const s = made ? subjectAt(doc, v - 1, d, seen) : null;
    return s && s.first === d && s.kind !== 'pronoun' ? s : null;
  }
  if (!det?.word || det.cap !== 0 || !MAKER_DETERMINERS.test(det.lower)) return null;
  for (let v = d + 2; v <= d + 6; v++) {
    const x = tokens[v];
    if (!x?.word || doc.quoted[v] || x.para !== det.para) return null;
    if (x.cap === 0 && MADE_BY.test(x.lower)) {
      const s = subjectAt(doc, v - 1, d, seen);
      return s && s.first === d && s.kind !== 'pronoun' ? s : null;
    }
  }
  return null;
}

/** Words that open a clause of place or time a crowd's cry may follow (see crowdBeforeCry). */
const CROWD_CLAUSE_OPENERS = /^(where|as|when|while|after|until|before)$/;

/**
 * The people who cry out in the participle at `i` (after its comma): the plural of people opening a clause of place or
 * time right before it, past a count and a modifier or two, followed by its verb ("…, where about 50 protesters had
 * gathered on Wednesday morning, chanting “…”", "…, as dozens of parents lined the hallway, shouting …"); null otherwise.
 */
function crowdBeforeCry(doc: Doc, i: number, floor: number): Found | null {
  const { tokens } = doc;
  if (!/^(chanting|shouting|yelling|singing|screaming|jeering|cheering|booing)$/.test(tokens[i]!.lower)) return null;
  let o = i - 2;
  while (o > floor && o > i - 16 && tokens[o]!.word && !doc.quoted[o] && !CROWD_CLAUSE_OPENERS.test(tokens[o]!.lower)) o--;
  if (o <= floor || !tokens[o]!.word || tokens[o]!.cap !== 0 || doc.quoted[o] || !CROWD_CLAUSE_OPENERS.test(tokens[o]!.lower)) return null;
  // (every word from there to the participle's comma is a word outside quotation marks: the loop above read them)
  for (let h = o + 1; h <= o + 6 && h < i - 2; h++) {
    const t = tokens[h]!;
    if (t.cap !== 0 || !(pluralSpeakerNoun(t.lower) || PEOPLE_PLURAL.test(t.lower) || /fans$/.test(t.lower))) continue;
    const v = tokens[h + 1]!;
    if (v.cap !== 0 || !/^(had|have|were|are|[a-z]+ed)$/.test(v.lower)) return null;
    const first = o + 1;
    const text = withoutInvisible(doc.text.slice(tokens[first]!.start, t.end));
    return {
      kind: 'desc',
      desc: { text, definite: tokens[first]!.lower === 'the', head: t.lower, group: true, gender: null },
      first,
      last: h,
    };
  }
  return null;
}

/**
 * Whether t, right after a subject, reads as that subject's finite verb: an auxiliary, an irregular past, a verb of
 * saying, or a lower-case word in -ed or -s ("… named Clarence Doiron stood up", "The report said", "The board
 * warns"; not "The report card", "a neighbour called Ellen Ward on Sunday").
 */
function finiteVerbAfterSubject(t: Token | undefined): boolean {
  return (
    !!t?.word &&
    t.cap === 0 &&
    (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || SPEECH_VERBS.has(t.lower) || /(ed|[^su]s)$/.test(t.lower))
  );
}

/**
 * Whether t (with `next` after it) opens what a verb of saying says: "that" as a conjunction, a determiner, a subject
 * pronoun or a number ("states that …").
 */
function saidAfter(t: Token | undefined, next?: Token): boolean {
  if (!t?.word) return false;
  // ("that" only as the conjunction, what follows it no bare verb: "states that the …", not the relative "states that
  // refuse Medicaid")
  if (t.lower === 'that') return !next || saidAfter(next) || next.cap === 1;
  return DETERMINERS.has(t.lower) || /^(he|she|it|they|we|i|you)$/.test(t.lower) || /^[0-9]/.test(t.raw);
}

/**
 * Is token k an "It" that opens its sentence right after a sentence of its paragraph opened by "The" and a document's
 * or a body's noun (up to two modifiers between) and its verb: "The report blamed overcrowding. It …", "The union rejected the
 * offer. It …"?
 */
function itAfterBody(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const sent = doc.sents.sent[k]!;
  if (t.lower !== 'it' || t.cap !== 1 || sent === 0 || doc.sents.starts[sent] !== k) return false;
  const p = doc.sents.starts[sent - 1]!;
  if (tokens[p]!.para !== t.para || tokens[p]!.lower !== 'the' || !tokens[p]!.word) return false;
  for (let h = p + 1; h <= p + 3 && h < k; h++) {
    const w = tokens[h]!;
    if (!w.word || w.cap !== 0) return false;
    // (the noun is the subject, its verb right after it, not a modifier: "The report card came home …" is no report's;
    // "The report said …" is the report's, "said" and "told" being no -ed past)
    if (DOCUMENT_NOUNS.has(w.lower) || ORG_HEADS.has(w.lower)) {
      return finiteVerbAfterSubject(tokens[h + 1]);
    }
  }
  return false;
}

/** Acts of speaking with no object, which a participle of saying after them spells out: "recanted, saying …". */
const SPOKEN_ACTS = new RegExp(`^(testified|apologi[sz]ed|spoke|wrote|tweeted|posted|sued|appealed|commented|resigned|${REPLYING_ACTS})$`);

/**
 * The subject of a subordinate clause that ends right before the participle's comma with an act of speaking: "A judge
 * vacated his conviction after two witnesses recanted, saying detectives had threatened them" is the witnesses' (not
 * the judge's); null otherwise.
 */
function actBeforeParticiple(doc: Doc, i: number, floor: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const v = tokens[i - 2];
  if (tokens[i - 1]?.raw !== ',' || !v?.word || v.cap !== 0 || doc.quoted[i - 2] || !SPOKEN_ACTS.test(v.lower)) return null;
  const s = subjectAt(doc, i - 3, floor, seen);
  if (!s || s.last !== i - 3 || (s.kind === 'pronoun' && s.pronoun === 'neuter')) return null;
  let from = s.kind === 'key' ? titleRunFrom(doc, s.first, floor) : s.first;
  // (past a role in lower case before a name: "after trustee Ines Calder objected")
  while (s.kind === 'key' && from - 1 > floor && s.first - from < 3 && TITLES.has(tokens[from - 1]!.lower) && tokens[from - 1]!.cap === 0)
    from--;
  const before = tokens[from - 1];
  return before?.word && before.cap === 0 && /^(after|when|because|as|since|before|until|once)$/.test(before.lower) ? s : null;
}

/**
 * The article's own earlier text, which a correction quotes as its error, no one's report: "Correction: An earlier
 * version said the mayor was re-elected in 2019", "An earlier update said schools would close at noon".
 */
const EARLIER_VERSION = /^(an?|the)\s+(earlier|previous|prior|original)\s+(version|update|edition|post|entry)$/i;

/**
 * Is the comma at `comma` the close of a short frame of saying in mid-sentence, opened by a comma after words of the
 * sentence: "…, the company said,", "…, said Dorn,", "…, a spokeswoman told reporters on Friday,"?
 */
function frameBetweenCommas(doc: Doc, comma: number, floor: number): boolean {
  const { tokens, quoted } = doc;
  let open = comma - 1;
  while (open > floor && comma - open <= 8 && tokens[open]!.raw !== ',') open--;
  if (tokens[open]?.raw !== ',' || open - 1 <= floor || !tokens[open - 1]!.word || comma - open < 3) return false;
  let verb = false;
  for (let k = open + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (quoted[k] || (!t.word && t.key !== "'s" && t.raw !== '.')) return false;
    if (/^(who|which|that|and|but|or|when|if|because)$/.test(t.lower)) return false;
    if (t.cap === 0 && /^(said|says|told|tells|wrote|writes|stated|states)$/.test(t.lower)) verb = true;
  }
  return verb;
}

/** All constructions of saying outside quotations, in text order. */
export function findConstructions(doc: Doc): Construction[] {
  const out: Construction[] = [];
  const seen: NewName[] = [];
  const titled: number[] = [];
  const at = frameCandidates(doc, titled);
  for (let n = 0; n < at.length; n += 2) {
    const i = at[n]!;
    const kinds = at[n + 1]!;
    let found = (kinds & BY_CONSTRUCTION) !== 0 ? constructionAt(doc, i, seen) : null;
    // (the report whose maker is named after "by" or "of" is the subject, unless that maker closes the subject right
    // before the verb and speaks: "A report by Human Rights Watch found that …" is Human Rights Watch's finding)
    const maker = !!found && REPORT_FINDINGS.has(doc.tokens[i]!.lower) && makerSpeaks(doc, found);
    if (found && !maker && REPORT_FINDINGS.has(doc.tokens[i]!.lower)) found = reportOfMaker(doc, found);
    // (a verb of findings frames only a report's: no names it met are kept, "Pew found that …" registers no one)
    if (REPORT_FINDINGS.has(doc.tokens[i]!.lower) && !(found && (maker || reportFinding(found) || officeFinding(doc, found)))) {
      found = null;
      seen.length = 0;
    }
    const c =
      found ?? ((kinds & BY_MANNER) !== 0 ? mannerFrameAt(doc, i, seen) : null) ?? ((kinds & BY_NOUN) !== 0 ? nounFrameAt(doc, i) : null);
    let people: Map<NewName, number> | null = null;
    if (seen.length > 0) {
      people = registerNewNames(doc, seen);
      seen.length = 0;
    }
    if (
      c &&
      !EARLIER_VERSION.test(c.subject?.desc?.text ?? '') &&
      !mandatedAct(doc, c) &&
      !sayAsNoun(doc, c) &&
      !conditionalSaying(doc, c) &&
      !hypotheticalSaying(doc, c)
    )
      out.push(c.subject && people ? withSubject(c, registered(c.subject, people)) : (c as Construction));
  }
  dropSourcesInsideClosingFrames(doc, out);
  dropFramesOverNamedFragment(doc, out);
  // capitalised verbs of title-case lines, once every name of the article is registered
  const heads = titled.map((i) => titledConstruction(doc, i)).filter((c) => c !== null);
  const colon = headlineColonConstruction(doc);
  if (colon) heads.push(colon);
  return heads.length ? [...out, ...heads].sort((a, b) => a.verbFirst - b.verbFirst) : out;
}

/**
 * Drops an "according to" that opens its sentence when a frame after a comma closes that sentence: the source is one the
 * speaker cites inside their words, not a second frame giving the source the speaker's ("According to the schedule, the
 * parade starts at noon, Ada Berg said" is Berg's).
 */
function dropSourcesInsideClosingFrames(doc: Doc, out: Construction[]): void {
  const { tokens } = doc;
  for (let n = out.length - 1; n >= 0; n--) {
    const c = out[n]!;
    if (tokens[c.verbFirst]!.lower !== 'according' || c.verbFirst !== firstWordAt(doc, sentStart(doc, c.verbFirst))) continue;
    const closing = out.find((d) => {
      if (d === c || d.sent !== c.sent || d.verbFirst <= c.verbLast || !FRAME_VERBS.test(tokens[d.verbFirst]!.lower)) return false;
      const first = Math.min(d.first, d.subject?.first ?? d.first);
      return tokens[first - 1]?.raw === ',' && !doc.quoted[first - 1] && listenerOrEnd(doc, d.verbLast);
    });
    if (!closing) continue;
    out.splice(n, 1);
    // (kept for a "he" or "she" that stands for no one, see Construction.cited: "According to the charity, 2,000
    // families are homeless, she added." with no woman before is the charity's)
    if (closing.subject?.kind === 'pronoun' && !frameBetween(out, c, closing)) closing.cited = c;
  }
}

/** Verbs that give a quoted word its author after "is how" or "was what": "“Reckless” is how Ruiz described the plan". */
const FRAGMENT_NAMERS =
  /^(described|describes|called|calls|put|puts|termed|terms|dubbed|dubs|labell?ed|labels|branded|brands|characteri[sz]ed)$/;

/**
 * Drops the frame that closes a sentence opened by a quoted word, a copula and "how" or "what" and another frame of naming
 * right after it: the word is that frame's subject's ("“Reckless” is how Senator Ana Ruiz described the plan, the Herald
 * reported" is Ruiz's word, which the Herald only reports; "…, according to the Herald" too). Not when the one naming is
 * "I" or "we", the closing frame's speaker ("Reckless is how I would describe it, Ruiz said"), nor when no quotation
 * mark opens the sentence.
 */
function dropFramesOverNamedFragment(doc: Doc, out: Construction[]): void {
  const { tokens, quoted } = doc;
  for (let n = out.length - 1; n >= 0; n--) {
    const d = out[n]!;
    const first = Math.min(d.first, d.subject?.first ?? d.first);
    if (tokens[first - 1]?.raw !== ',' || quoted[first - 1]) continue;
    if (d.verb === 'according' ? sentEnd(doc, d.last) - d.last > 1 : !listenerOrEnd(doc, d.verbLast)) continue;
    const ss = sentStart(doc, d.verbFirst);
    if (!QUOTE_MARKS.test(tokens[ss]?.raw ?? '') || !quoted[ss + 1]) continue;
    let k = ss + 1;
    while (k < first && quoted[k]) k++;
    while (k < first && QUOTE_MARKS.test(tokens[k]!.raw)) k++;
    if (!/^(is|was|are|were)$/.test(tokens[k]?.lower ?? '') || !/^(how|what)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const namer = out.find(
      (c) =>
        c !== d &&
        c.sent === d.sent &&
        !c.inverted &&
        !!c.subject &&
        c.subject.first >= k + 2 &&
        c.subject.first <= k + 4 &&
        // (past a title before the name: "how Senator Ana Ruiz described", "how Sen. Ruiz described")
        tokens.slice(k + 2, c.subject.first).every((t) => (t.word && (t.cap > 0 || TITLES.has(t.lower))) || t.raw === '.') &&
        c.verbFirst < first &&
        FRAGMENT_NAMERS.test(c.verb) &&
        !(c.subject.kind === 'pronoun' && c.subject.pronoun === 'first'),
    );
    if (namer) out.splice(n, 1);
  }
}

/**
 * Does another reporting frame of the sentence stand between an opening "according to" c and the frame d that closes the
 * sentence? Then the words before d's comma are that frame's, not c's, and c is no source to keep for d ("According to the
 * report, officials said the war would end soon, she added." keeps «the war would end soon» for the officials).
 */
function frameBetween(out: Construction[], c: Construction, d: Construction): boolean {
  const end = Math.min(d.first, d.subject?.first ?? d.first);
  return out.some((o) => o !== c && o !== d && o.sent === c.sent && o.verbFirst > c.verbLast && o.verbFirst < end);
}

/** Does the verb at v end its sentence, a listener or a time at most after it ("…, Berg said.", "…, a spokesman told reporters on Friday.")? */
function listenerOrEnd(doc: Doc, v: number): boolean {
  const end = sentEnd(doc, v);
  return (
    end - v <= 1 ||
    listenerToEnd(doc, v) ||
    (end - v <= 3 &&
      doc.tokens
        .slice(v + 1, end)
        .every(
          (t) => t.word && (DAYS_MONTHS.has(t.lower) || (t.cap === 0 && (TIME_WORDS.has(t.lower) || /^(on|last|this)$/.test(t.lower)))),
        ))
  );
}

/**
 * Is c a saying in a condition, its subject right after "if" or "unless": a hypothetical saying, not one made ("If Ruiz
 * says that the vote was rigged, the party will split", "Unless the commission finds that …")? An aside inside a
 * condition opens on "as" and stays a report: "Even if, as Ruiz said, the vote was close, …".
 */
function conditionalSaying(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || c.inverted || s.first > c.verbFirst) return false;
  // (before the subject's title, with its full stop: "If Mayor Karin Berg says …", "If Dr. Okafor says …")
  const { tokens } = doc;
  let first = Math.min(c.first, s.first);
  for (let n = 0; n < 3; n++) {
    const dot = tokens[first - 1]?.raw === '.' ? 1 : 0;
    const t = tokens[first - 1 - dot];
    if (!t?.word || t.cap === 0 || !TITLES.has(t.lower)) break;
    first -= 1 + dot;
  }
  const d = tokens[first - 1];
  return !!d?.word && !doc.quoted[first - 1] && CONDITIONS.test(d.lower);
}

/** Words that open a condition: "if", "unless". */
const CONDITIONS = /^(if|unless)$/;

/**
 * Is c a saying after "would" that was never made: a counterfactual "would have" ("Vale would have told voters the
 * machines were faulty, but he left", "would not have said …"), or "would" under a condition on the saying itself, an
 * "if" or "unless" clause before the subject ("If asked, Berg would say the recount was wasted") or a bare "if asked"
 * after the verb ("Berg would say so if asked")? A "would" of habit or of the past's future stays a report: "Berg would
 * later say …", "would often tell reporters that …", "would only say that …" (no condition there), and a condition
 * inside the words reported is theirs ("Berg said that if the count was wrong, …"; the frame there has no "would").
 */
function hypotheticalSaying(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || c.inverted || c.passive || s.last >= c.verbFirst) return false;
  const { tokens, quoted } = doc;
  const w = (k: number): string => (tokens[k]?.word && !quoted[k] ? tokens[k]!.lower : '');
  // (the auxiliaries between the subject and the verb: "would (not) have", "would", past a negation or an adverb)
  let k = c.verbFirst - 1;
  let perfect = false;
  if (w(k) === 'have') {
    perfect = true;
    k--;
  }
  if (/^(not|never|n't)$/.test(w(k)) || (k > s.last && HYPOTHETICAL_ADVERBS.test(w(k)))) k--;
  if (k <= s.last || !/^(would|wouldn['’]t)$/.test(w(k))) return false;
  if (perfect) return /(ed|said|told|wrote|written)$/.test(w(c.verbFirst));
  // (a condition before the subject, its clause closed by a comma: "If asked, …", "Unless the judge intervenes, …")
  const start = sentStart(doc, s.first);
  let cond = false;
  for (let j = start; j < s.first; j++) {
    if (CONDITIONS.test(w(j))) cond = true;
    else if (cond && tokens[j]!.raw === ',' && !quoted[j]) return true;
  }
  // (or a bare condition after the verb, "if" and a participle with no subject of its own: "if asked", "if pressed")
  const end = sentEnd(doc, c.verbLast);
  for (let j = c.verbLast + 1; j < end; j++) if (CONDITIONS.test(w(j)) && /ed$/.test(w(j + 1))) return true;
  return false;
}

/** Adverbs of doubt or manner between "would" and a verb of saying that leave the saying hypothetical ("would probably say"). */
const HYPOTHETICAL_ADVERBS = /^(probably|likely|surely|certainly|simply|just|also|gladly|happily|readily)$/;

/**
 * Is c's verb a bare form right after a subject of one person, with no auxiliary, after a verb of demanding: the
 * mandative subjunctive, an act still to be done and no words reported ("demanded that the minister explain why …",
 * "asked that she describe what …")?
 */
function mandatedAct(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || c.inverted || c.passive || c.verbFirst !== c.verbLast || s.last !== c.verbFirst - 1) return false;
  const one =
    (s.kind === 'pronoun' && (s.pronoun === 'male' || s.pronoun === 'female')) ||
    (s.kind === 'desc' && !s.desc!.group && !/s$/.test(s.desc!.head)) ||
    (s.kind === 'key' && (s.key as SpeakerKey | NewName).kind !== 'new' && isPersonKey(doc, s.key as SpeakerKey));
  if (!one) return false;
  // (a verb's bare form, whose form in -s is a verb of saying: "explain", "stress", "describe"; not "said", "told", "explains")
  const v = doc.tokens[c.verbFirst]!;
  const bare = (w: string): boolean => SPEECH_VERBS.has(w + 's') || SPEECH_VERBS.has(w + 'es') || REPORTING_VERBS.has(w + 's');
  if (v.cap !== 0 || !bare(v.lower)) return false;
  // (after a verb of demanding, with or without its "that": "demanded that", "asked that", "insisted the minister …")
  // (before the subject's title: "demanded that Premier Dale Ives explain …")
  let first = Math.min(c.first, s.first);
  while (first > s.first - 3 && doc.tokens[first - 1]?.word && doc.tokens[first - 1]!.cap > 0 && TITLES.has(doc.tokens[first - 1]!.lower))
    first--;
  const d = doc.tokens[doc.tokens[first - 1]?.lower === 'that' ? first - 2 : first - 1];
  return !!d?.word && MANDATING.test(d.lower);
}

/**
 * Is c's verb the noun "say", a right to be heard, its determiner and adjective taken for a subject: "should have the
 * final say", "gets the ultimate say" (a description right before the bare "say", after a verb of having or giving)?
 */
function sayAsNoun(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || s.kind !== 'desc' || c.inverted || c.verbFirst !== c.verbLast || s.last !== c.verbFirst - 1) return false;
  const { tokens } = doc;
  return tokens[c.verbFirst]!.lower === 'say' && HAVING.test(tokens[s.first - 1]?.lower ?? '');
}

/** Verbs of having, getting or giving, whose object may be "a say": "have the final say", "given the last say". */
const HAVING = /^(have|has|had|having|get|gets|got|getting|give|gives|gave|given|giving|want|wants|wanted|deserve|deserves|deserved)$/;

/** Verbs of demanding, whose "that" clause takes the subjunctive: "demanded that the minister explain …". */
const MANDATING =
  /^(demand|demands|demanded|ask|asks|asked|insist|insists|insisted|urge|urges|urged|recommend|recommends|recommended|request|requests|requested|propose|proposes|proposed|require|requires|required)$/;

/**
 * A copy of construction c with its subject registered: field by field as framed builds it (a spread costs more),
 * but for the rare passive or titled one.
 */
function withSubject(c: FoundConstruction, subject: Subject): Construction {
  if (c.passive || c.titled || c.narration) return { ...c, subject };
  return framed(c, c.verb, subject, c.inverted, c.continuing, c.first, c.last) as Construction;
}

/**
 * The words findConstructions looks for a frame at, in order, each with the finders that may find one there (see
 * frameKinds), as pairs; and (into `titled`) the capitalised verbs of saying a title-case line may hold. The tests read
 * only the tokens, the quotations and the sentences' openings, which no frame found changes, so they run first in a
 * small loop of their own, apart from the large functions that look for the frames (a few words in a hundred get past).
 */
function frameCandidates(doc: Doc, titled: number[]): number[] {
  const { tokens, quoted } = doc;
  const initial = doc.nameCtx.initial;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a verb of saying is a lower-case word outside quotations ("According" aside)
    if (!t.word || quoted[i]) continue;
    const lower = t.lower;
    if (t.cap === 1 && REPORTING_VERBS.has(lower)) titled.push(i);
    // "Said Lund, “…”": a verb opening the sentence before its subject
    // … or a participle opening it before the subject: "Noting that …, Lund added: …"
    // … or a question's asker: "Asked by Matt Lauer whether …, she said"
    const opening =
      t.cap === 1 &&
      initial[i] &&
      (/^(said|says|citing)$/.test(lower) || CLAUSE_PARTICIPLES.has(lower) || (lower === 'asked' && tokens[i + 1]?.lower === 'by'));
    if (t.cap !== 0 && lower !== 'according' && !opening) continue;
    const kinds = frameKinds(lower) || (lower === 'written' && perfectOfWriting(doc, i) ? BY_CONSTRUCTION : 0);
    if (kinds === 0) continue;
    // ("reason" frames only a clause with "that": "What gives candidates reason for optimism is …" is a noun's)
    if (/^reasons?$/.test(lower) && tokens[i + 1]?.lower !== 'that') continue;
    out.push(i, kinds);
  }
  return out;
}

/**
 * Whether "written" at i is the participle of a perfect, "has", "have" or "had" right before it (or an adverb between):
 * "Okafor has written the minister that the bridge is unsafe", "had already written that …" (a finite act of writing, as
 * "wrote" is; not "a written statement", "written by", "has written a book": what follows decides, as after "wrote").
 */
function perfectOfWriting(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  let k = i - 1;
  if (
    tokens[k]?.word &&
    tokens[k]!.cap === 0 &&
    /^(also|already|since|long|previously|repeatedly|recently|often|now|never|not)$/.test(tokens[k]!.lower)
  )
    k--;
  const aux = tokens[k];
  // (something written follows in the sentence: not a relative clause closing it, "the finest thing he has written.")
  const next = tokens[i + 1];
  if (!next || next.para !== tokens[i]!.para || /^[.!?;)]$/.test(next.raw)) return false;
  // (the full auxiliaries only: a contracted "'s" may be a possessive, "the senator's written statement")
  return !!aux?.word && !doc.quoted[k] && /^(has|have|had)$/.test(aux.lower);
}

/** constructionAt may find a frame at the word (see frameKinds). */
const BY_CONSTRUCTION = 1;
/** mannerFrameAt may find a frame at the word (see frameKinds). */
const BY_MANNER = 2;
/** nounFrameAt may find a frame at the word (see frameKinds). */
const BY_NOUN = 4;

/** frameKinds' answers by word (an article repeats its words; the tests below cost more than one lookup) */
const frameWords = new Map<string, number>();

/**
 * The shapes (see shapeOf) of the words frameKinds tests for by name, the -ed forms aside, marked 1; and whether one of
 * them has no shape. Most words have a shape none of them has ("the", "of", "to"): frameKinds answers 0 for those
 * without looking them up. Built at its first call (the lists are defined further down).
 */
let frameShapes: Uint8Array | null = null;
let unshapedFrameWord = false;

/** A word's length (up to 15), first and last letter as one number; -1 when either end is no letter from a to z. */
function shapeOf(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const z = w.charCodeAt(w.length - 1) - 97;
  if (!(a >= 0 && a < 26 && z >= 0 && z < 26)) return -1;
  return (Math.min(w.length, 15) * 26 + a) * 26 + z;
}

function buildFrameShapes(): Uint8Array {
  const shapes = new Uint8Array(16 * 26 * 26);
  for (const list of [
    CONTINUING_VERBS,
    SPEECH_VERBS,
    DOCUMENT_READS,
    REPORT_FINDINGS,
    PASSIVE_REPORTS,
    BACK_VERBS,
    // ("reading" of a sign held up: see heldSignReading)
    ['asked', 'shot', 'reading'],
    NOUN_FRAMES.keys(),
  ])
    for (const w of list) {
      const shape = shapeOf(w);
      if (shape < 0) unshapedFrameWord = true;
      else shapes[shape] = 1;
    }
  return shapes;
}

/**
 * Which of constructionAt, mannerFrameAt and nounFrameAt can find anything at a word written this way (BY_CONSTRUCTION,
 * BY_MANNER, BY_NOUN, or none): at any other word each returns null at once, touching nothing. constructionAt's first tests let
 * through the verbs of saying, the continuing participles, "read(s)", the retorts ("fired back"), and the passive
 * reports and "asked" with their agents; mannerFrameAt's, any -ed form and "shot" that is no verb of saying. A plain
 * -ed form, most of the words that get this far, goes to mannerFrameAt alone; a noun of a thing said (NOUN_FRAMES) to
 * nounFrameAt.
 */
function frameKinds(lower: string): number {
  // (an -ed form ends in "d"; any other word frameKinds can answer for is in the lists, so has a shape marked, or none)
  const shapes = (frameShapes ??= buildFrameShapes());
  const shape = shapeOf(lower);
  if (lower.charCodeAt(lower.length - 1) !== 100 && (shape >= 0 ? shapes[shape] === 0 : !unshapedFrameWord)) return 0;
  let v = frameWords.get(lower);
  if (v === undefined) {
    const construction =
      CONTINUING_VERBS.has(lower) ||
      SPEECH_VERBS.has(lower) ||
      DOCUMENT_READS.has(lower) ||
      REPORT_FINDINGS.has(lower) ||
      PASSIVE_REPORTS.has(lower) ||
      lower === 'asked' ||
      lower === 'reading' ||
      BACK_VERBS.has(lower);
    const manner = (/^[a-z]{3,}ed$/.test(lower) || lower === 'shot') && !SPEECH_VERBS.has(lower);
    v = (construction ? BY_CONSTRUCTION : 0) | (manner ? BY_MANNER : 0) | (NOUN_FRAMES.has(lower) ? BY_NOUN : 0);
    if (frameWords.size >= 50_000) frameWords.clear();
    frameWords.set(lower, v);
  }
  return v;
}

/**
 * Is token i in a sentence written in title case, as a headline or a lede set like one ("Okafor Says Ferry Will Run
 * All Winter.")? Every word of four letters or more is capitalised, and at least three capitalised words of three
 * letters or more follow i.
 */
function titleCaseSentence(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const floor = sentStart(doc, i);
  const end = sentEnd(doc, i);
  if (i === firstWordAt(doc, floor)) return false;
  let after = 0;
  for (let k = floor; k <= end; k++) {
    const t = tokens[k]!;
    if (!t.word || t.lower.length < 3 || !/^\p{L}/u.test(t.raw)) continue;
    if (t.cap !== 1 && t.lower.length >= 4) return false;
    if (k > i && t.cap === 1) after++;
  }
  return after >= 3;
}

/** The person or organisation the article names in full elsewhere whose last word is token j: "Okafor" in a headline. */
function namedElsewhere(doc: Doc, j: number): { key: SpeakerKey; first: number } | null {
  const t = doc.tokens[j]!;
  if (!t.word || t.cap !== 1) return null;
  const u = doc.people.people.findIndex(
    (p) => p.type === 'person' && p.mentions.some((m) => m.last !== j && m.last > m.first && doc.tokens[m.last]!.key === t.key),
  );
  if (u >= 0) return { key: personKey(u), first: j };
  const m = doc.known.find((x) => x.last !== j && doc.tokens[x.last]!.key === t.key && doc.index.entities[x.entity]!.type !== 'event');
  return m ? { key: entityKey(m.entity), first: j } : null;
}

/**
 * A reporting verb in a title-case line, right after the name that opens it: "Okafor Says Ferry Will Run All
 * Winter." Every word there is capitalised, so only a name already known (from the dataset or the article) is
 * taken as the speaker, never a run of capitalised words.
 */
function titledConstruction(doc: Doc, i: number): Construction | null {
  const t = doc.tokens[i]!;
  if (!/s$/.test(t.lower) || !titleCaseSentence(doc, i)) return null;
  const floor = sentStart(doc, i);
  const named = keyEndingAt(doc, i - 1) ?? namedElsewhere(doc, i - 1);
  if (!named) return titledDescription(doc, floor, i);
  if (named.first < floor || !opensSentence(doc, floor, named.first)) return null;
  const subject: Subject = { kind: 'key', key: named.key, first: named.first, last: i - 1 };
  const base = { verbFirst: i, verbLast: i, verb: t.lower, sent: doc.sents.sent[i]!, para: t.para };
  return { ...base, subject, inverted: false, continuing: false, first: named.first, last: i, titled: true };
}

/**
 * A reporting verb in a title-case headline after a description of a speaker that opens it, no name: "Top Aide Says
 * Mayor Will Run Again", "Fire Chief Says Blaze Was Set", "Former Party Pollster Says …". One to four words, an article
 * or a possessive allowed first, ending in a noun that heads a speaker's description (SPEAKER_NOUNS), not a document's
 * ("Poll Says", "Report Says": DOCUMENT_NOUNS); only in the article's first line. The speaker is the description.
 */
function titledDescription(doc: Doc, floor: number, i: number): Construction | null {
  const { tokens, quoted } = doc;
  const t = tokens[i]!;
  const first = firstWordAt(doc, floor);
  const head = tokens[i - 1];
  if (t.para !== 0 || t.lower !== 'says' || i - first < 1 || i - first > 4 || !head?.word) return null;
  if (!SPEAKER_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower)) return null;
  for (let k = first; k < i; k++) {
    const w = tokens[k]!;
    if (quoted[k] || !w.word || AUXILIARIES.has(w.lower) || PRONOUNS.has(w.lower)) return null;
    if (k > first && DETERMINERS.has(w.lower)) return null;
  }
  const text = withoutInvisible(doc.text.slice(tokens[first]!.start, head.end));
  const definite = tokens[first]!.lower === 'the' || /['’]s?$/.test(tokens[first]!.lower);
  const desc: Description = { text, definite, head: head.lower, group: false, gender: descGender(head.lower) };
  const subject: Subject = { kind: 'desc', desc, first, last: i - 1 };
  const base = { verbFirst: i, verbLast: i, verb: t.lower, sent: doc.sents.sent[i]!, para: t.para };
  return { ...base, subject, inverted: false, continuing: false, first, last: i, titled: true };
}

/**
 * A word before a participle of saying that makes it the manner of the sentence's act, or the act itself: "by saying",
 * "while arguing", "— saying", "pivoted to arguing", "erred in saying", "after insisting", "before explaining" (not "for saying", "of
 * saying", "without saying": someone else's words, or none).
 */
export const MANNER_OF_SAYING = (t: { raw: string; lower: string }): boolean =>
  /^(by|while|to|in|after|before)$/.test(t.lower) || /^[—–]$/.test(t.raw);

/**
 * Whether "only" stands between a comma or a dash and the participle of saying at i, after a main clause that refuses
 * or withholds ("declined to comment", "would not elaborate", "gave no details") and reports nothing: "The company
 * declined to comment on the cuts, only saying that jobs were safe", "Ilves would not discuss the timing — only saying
 * that …" (the subject's words). Not inside a report ("Devlin said the minister refused to answer questions, only saying
 * that …" is one report of Devlin's), and only "saying" or a participle before "that" ("only adding to the pressure").
 */
function onlyAfterRefusal(doc: Doc, i: number): boolean {
  const { tokens, quoted } = doc;
  const b = tokens[i - 2];
  if (tokens[i - 1]?.lower !== 'only' || !b || (b.raw !== ',' && !/^[—–]$/.test(b.raw)) || quoted[i - 1] || quoted[i]) return false;
  if (tokens[i]!.lower !== 'saying' && tokens[i + 1]?.lower !== 'that') return false;
  const floor = sentStart(doc, i);
  let refusal = false;
  for (let k = floor; k < i - 2; k++) {
    const t = tokens[k]!;
    if (quoted[k] || /^[,;:—–]$/.test(t.raw)) return false;
    if (!t.word || t.cap !== 0) continue;
    // (a saying refused reports nothing: "declined to comment", "would not say")
    const refused = /^(to|not|never)$|n['’]t$/.test(tokens[k - 1]?.lower ?? '');
    if ((SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower)) && !(refused && refusal)) return false;
    if (/^(declined|declines|refused|refuses|not|never|no)$|n['’]t$/.test(t.lower)) refusal = true;
  }
  // (and its subject can speak: a person, people or a body, "The company declined …", "Plant manager Rosa Ilves would
  // not …"; not "Calls to the company were not returned, only saying …", "Emails went unanswered")
  return refusal && canSpeak(doc, openingSpeaker(doc, floor, i, i));
}

/**
 * The subject opening the sentence at floor (see sentenceSubject, sentenceDescription), or a name its role words end in
 * before token `end`: "Union leader Ana Hart said …", "Plant manager Rosa Ilves would not …".
 */
function openingSpeaker(doc: Doc, floor: number, limit: number, end: number): Found | null {
  const s = sentenceSubject(doc, floor, limit) ?? sentenceDescription(doc, floor, limit);
  if (s) return s;
  for (let k = floor; k < Math.min(end, floor + 4); k++) {
    const named = keyStartingAt(doc, k);
    if (named && named.last < end) return { kind: 'key', key: named.key, first: k, last: named.last };
  }
  return null;
}

/** Nouns of messages sent that go unanswered, no speakers when they open a sentence: "Calls to the company were not returned". */
const UNANSWERED =
  /^(calls?|e-?mails?|messages?|requests?|inquiries|inquiry|enquiries|enquiry|queries|query|letters?|questions?|attempts?|texts?|voicemails?)$/;

/**
 * The name of the frame right after a quotation that opens the sentence at floor, before token i: '“…,” Greta Moe said',
 * '“…,” said Greta Moe' (past a title in lower case: '“…,” board chair Ola Lund said'); null otherwise.
 */
function nameAfterQuotation(doc: Doc, floor: number, i: number): Found | null {
  const { tokens, quoted } = doc;
  let k = floor;
  while (k < i && (quoted[k] || !tokens[k]!.word)) k++;
  if (k === floor || k >= i) return null;
  if (SPEECH_VERBS.has(tokens[k]!.lower)) k++;
  for (
    let n = 0;
    n < 3 && k < i && !keyStartingAt(doc, k) && tokens[k]!.word && tokens[k]!.cap === 0 && !SPEECH_VERBS.has(tokens[k]!.lower);
    n++
  )
    k++;
  const named = keyStartingAt(doc, k);
  return named && named.last < i ? { kind: 'key', key: named.key, first: k, last: named.last } : null;
}

/** Whether the subject s is one who can speak: a person, a body, people or a description of them ("the company", "police"). */
function canSpeak(doc: Doc, s: Found | null): boolean {
  if (!s || UNANSWERED.test(doc.tokens[s.first]!.lower)) return false;
  if (s.kind === 'pronoun') return s.pronoun !== 'neuter';
  if (s.kind === 'key' && s.key) {
    if (s.key.kind === 'new') return true;
    const type = keyType(doc, s.key);
    return type === 'person' || type === 'organization';
  }
  const head = s.desc?.head ?? '';
  return !!s.desc && (personRole(head) || ORG_HEADS.has(head) || s.desc.group || pluralSpeakerNoun(head));
}

/** Whether a comma opens the last twelve words of the sentence before i, no "as", "than" or "like" after it. */
function commaBeforeAdvice(doc: Doc, i: number): boolean {
  const from = Math.max(doc.sents.starts[doc.sents.sent[i]!]!, i - 12);
  for (let k = i - 1; k >= from; k--) {
    const t = doc.tokens[k]!;
    if (t.raw === ',') return true;
    if (/^(as|than|like)$/.test(t.lower)) return false;
  }
  return false;
}

/** Participles whose passive names, after "by", who made known what the sentence's subject is. */
const PASSIVE_REPORTS: ReadonlySet<string> = new Set(['reported', 'echoed', 'announced', 'revealed', 'confirmed', 'disclosed']);

/** Words of a time of day that "by" makes a deadline of: "by midday", "by nightfall". */
const TIME_OF_DAY = /^(midday|noon|midnight|dawn|daybreak|dusk|nightfall|sunrise|sunset|lunchtime|then|now)$/;

/** Whether the words at k name a time, after "by": "midday", "late Friday", "5 p.m.", "the end of the day", "the time". */
function byTime(tokens: ReadonlyArray<Token>, k: number): boolean {
  if (/^(late|early|mid)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t) return false;
  // (a clock's time, not a count: "by 5 p.m.", "by 17:30", not "by 12 witnesses")
  if (/^[0-9]{1,2}(:[0-9]{2})?$/.test(t.raw)) return /^:|^[ap]\.?m\b/i.test(tokens[k + 1]?.raw ?? '') || t.raw.includes(':');
  if (/^[0-9]{1,2}(:[0-9]{2})?[ap]m$/i.test(t.raw)) return true;
  if (t.lower === 'the' && /^(end|time|weekend|close|start)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  // (a day's possessive opens the agent's name, no time: "reported by Wednesday's Harbour Times")
  if (tokens[k + 1]?.key === "'s") return false;
  return t.word && (TIME_WORDS.has(t.lower) || DAYS_MONTHS.has(t.lower) || TIME_OF_DAY.test(t.lower));
}

/**
 * The agent of a passive report at i, "was (first) reported by Politico", "were echoed by aides": a form of "be"
 * (past "first", "later", "also" or an -ly adverb) before the participle, "by" right after it; or null.
 */
function passiveAgent(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (tokens[i]!.lower === 'asked' && tokens[i + 1]?.lower === 'by') return questionAsker(doc, i, seen);
  if (!PASSIVE_REPORTS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'by') return null;
  let k = i - 1;
  if (/^(first|later|also|earlier|initially|originally|previously)$|ly$/.test(tokens[k]?.lower ?? '')) k--;
  // (or an "as" frame: "As reported by the Harbour Times, …", "…, as first reported by the Harbour Times.")
  if (!/^(is|are|was|were|been|being|as)$/.test(tokens[k]?.lower ?? '')) return null;
  // (a time after "by" is a deadline, no agent: "No deaths had been confirmed by midday", "by late Friday", "by 5 p.m.")
  if (byTime(tokens, i + 2)) return null;
  const s = subjectAfter(doc, i + 1, seen) ?? roleAndNameAfter(doc, i + 1, seen) ?? accordingSource(doc, i + 1);
  if (!s || s.kind === 'pronoun') return null;
  // "by a number of harbour pilots": the group after the share
  const of = tokens[s.last + 1];
  if (s.kind === 'desc' && QUANTITY_NOUNS.has(s.desc!.head) && of?.lower === 'of') {
    const g = accordingSource(doc, s.last + 1);
    if (g?.kind === 'desc') return groupDesc(doc, s.first, g.last);
  }
  // (or the group found past the share: "by a number of harbour pilots", a group noun after "of")
  const q = tokens[s.first - 2];
  if (s.kind === 'desc' && tokens[s.first - 1]?.lower === 'of' && q?.word && QUANTITY_NOUNS.has(q.lower) && s.first - 3 > i)
    return groupDesc(doc, DETERMINERS.has(tokens[s.first - 3]!.lower) ? s.first - 3 : s.first - 2, s.last);
  return s;
}

/**
 * The asker of a reported question: "Asked by Matt Lauer whether she had practiced, she said …", "… when asked by a
 * reporter if that remained his view" — the agent of "asked", when an indirect question follows it; else null.
 */
function questionAsker(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const before = tokens[i - 1];
  if (
    i !== firstWordAt(doc, sentStart(doc, i)) &&
    !(before?.word && /^(when|after|once|if|was|were)$/.test(before.lower)) &&
    before?.raw !== ','
  )
    return null;
  const s = subjectAfter(doc, i + 1, seen) ?? roleAndNameAfter(doc, i + 1, seen) ?? accordingSource(doc, i + 1);
  if (!s || s.kind === 'pronoun') return null;
  const q = tokens[s.last + 1];
  return q?.word && /^(whether|if|why|how|what|when|where|who|which)$/.test(q.lower) ? s : null;
}

/** What a speaker puts out that says something: "a statement saying", "an email saying", "a series of tweets saying". */
export const PUT_OUT = /^(statements?|releases?|letters?|e-?mails?|tweets?|messages?|posts?|notes?|memos?|videos?|ads?|op-eds?)$/;

/**
 * Is the document whose noun is at k put out by its subject as its own message: after "posted", "sent", "issued",
 * "released", "published", "wrote", "tweeted" or "put out" and its determiner ("Ruiz posted a message", "the council
 * issued its statement"), with no negation before the verb ("never posted", "did not post", "denied posting") and no
 * relative pronoun as its subject ("Vahl, who posted a message …, will serve": the message is no frame of the clause
 * after it)? Not a message someone condemned, traced, forwarded or shared: that is the author's, not theirs.
 */
function ownMessagePutOut(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let d = k - 1;
  while (d > k - 5 && tokens[d]?.word && !/^(a|an|the|his|her|its|their)$/.test(tokens[d]!.lower)) d--;
  if (!/^(a|an|the|his|her|its|their)$/.test(tokens[d]?.lower ?? '')) return false;
  let v = d - 1;
  if (tokens[v]?.lower === 'out' && /^puts?$/.test(tokens[v - 1]?.lower ?? '')) v--;
  else if (
    !/^(posted|sent|issued|released|published|wrote|tweeted|posts|sends|issues|releases|publishes|writes|tweets)$/.test(
      tokens[v]?.lower ?? '',
    )
  )
    return false;
  for (let m = v - 1; m >= v - 3 && tokens[m]?.word; m--)
    if (/^(not|never|n't|denied|refused|who|which|that)$/.test(tokens[m]!.lower.replace('’', "'"))) return false;
  return true;
}

/**
 * The last word of the document's noun phrase before the participle at i: past a time ("a series of tweets early Friday
 * saying"), past where or when it went out ("a message on Facebook saying") and past whom it went to ("a letter to the
 * commission arguing", "an email to staff saying").
 */
function documentEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.word && (TIME_WORDS.has(tokens[k]!.lower) || /^(early|late)$/.test(tokens[k]!.lower))) k--;
  if (PUT_OUT.test(tokens[k]?.lower ?? '')) return k;
  // (or past where it went out or when: "a message on Facebook saying", "a video on his Instagram page saying", "a
  // statement on Friday saying", "a post on X late on Sunday saying", "a post online saying"; up to six words from
  // "on", none quoted)
  // (only after a verb that puts out one's own message, not negated: "Ruiz attacked the council's statement on Monday
  // saying …", "Ruiz never posted a message on Facebook saying …" are no document put out)
  if (tokens[k]?.lower === 'online' && PUT_OUT.test(tokens[k - 1]?.lower ?? '') && ownMessagePutOut(doc, k - 1)) return k - 1;
  for (let m = k; m >= k - 5 && tokens[m]?.word && !doc.quoted[m]; m--)
    if (
      m < i - 1 &&
      tokens[m]!.lower === 'on' &&
      tokens[m]!.cap === 0 &&
      PUT_OUT.test(tokens[m - 1]?.lower ?? '') &&
      ownMessagePutOut(doc, m - 1)
    )
      return m - 1;
  for (let m = k; m > k - 5 && m > 0; m--) {
    const x = tokens[m]!;
    if (!x.word || doc.quoted[m] || SPEECH_VERBS.has(x.lower) || AUXILIARIES.has(x.lower)) return k;
    if (x.lower === 'to' && x.cap === 0) return m < k && tokens[m - 1]?.word && PUT_OUT.test(tokens[m - 1]!.lower) ? m - 1 : k;
  }
  return k;
}

/**
 * Does a document the sentence's subject put out end right before the participle at i, as the object of a verb
 * ("The ministry issued a statement saying …", "Aas sent a series of tweets early Friday saying …")? Its determiner
 * is no word that opens the sentence ("A statement saying … was posted" is no frame).
 */
function documentBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const k = documentEnd(doc, i);
  if (!tokens[k]?.word || !PUT_OUT.test(tokens[k]!.lower)) return false;
  const w = firstWordAt(doc, sentStart(doc, i));
  for (let d = k - 1; d > w && k - d <= 5; d--) {
    const x = tokens[d]!;
    if (!x.word) return false;
    if (/^(a|an|the|his|her|its|their)$/.test(x.lower)) return true;
  }
  return false;
}

/** Verbs by which a document reaches its reader, not its sender: "saw an email", "received a letter". */
const RECEIVED =
  /^(saw|seen|see|read|received|receive|got|gotten|obtained|reviewed|ignored|missed|opened|intercepted|viewed|noticed|found|discovered|deleted)$/;

/** Does the document before the participle at i (see documentBefore) follow a verb of receiving it ("never saw an email warning …")? */
function receivedDocument(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const k = documentEnd(doc, i);
  let d = k - 1;
  while (d > k - 5 && tokens[d]?.word && !/^(a|an|the|his|her|its|their)$/.test(tokens[d]!.lower)) d--;
  return RECEIVED.test(tokens[d - 1]?.lower ?? '');
}

/**
 * The subject of the first finite verb of the sentence before the participle at i (not one in a relative clause):
 * a name, a pronoun for a person or a group, or a description of a speaker, a group or a document; null otherwise.
 */
function mainClauseSubject(doc: Doc, floor: number, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = firstWordAt(doc, floor) + 1; k < i - 1; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return null;
    if (!t.word || t.cap !== 0 || !(AUXILIARIES.has(t.lower) || pastTense(t.lower))) continue;
    // the verb of a relative clause, or a participle after its noun ("a man named …", "the plan approved in May")
    // (or the second half of a compound: "The founder of Toronto-based Reelhouse defended …, saying …")
    const before = tokens[k - 1]!;
    if (
      /^(who|which|that|whom|whose)$/.test(before.lower) ||
      joiningHyphen(doc, k - 1) ||
      (!AUXILIARIES.has(t.lower) &&
        before.word &&
        before.cap === 0 &&
        !SUBJECT_VERB_FILLERS.has(before.lower) &&
        !/ly$/.test(before.lower) &&
        !pluralNoun(before) &&
        !DETERMINERS.has(before.lower))
    )
      continue;
    const s = subjectBefore(doc, k, seen);
    // (not when another clause opens before the participle: "prosecutors charged the officer and the mayor fired his chief, acknowledging …")
    if (!s || clauseOpensBetween(doc, k + 1, i)) return null;
    if (s.kind === 'pronoun') return s.pronoun === 'neuter' ? null : s;
    if (s.kind === 'key') return s;
    const d = s.desc!;
    // (or an organisation's noun: "The association opposed the expansion, saying …")
    return SPEAKER_NOUNS.has(d.head) || d.group || DOCUMENT_NOUNS.has(d.head) || (d.definite && ORG_HEADS.has(d.head)) ? s : null;
  }
  return null;
}

/**
 * The subject of its own that the main clause before the participle at i opens with, when the finders before it found
 * none: 'thing' for "it" or a noun phrase a determiner opens (past a phrase of time or place with no verb in it), its
 * head a lower-case noun of no speaker, group, organisation or document, followed by its verb ("In 1931 the country
 * adopted the statute, confirming that …", "The law took effect in May, adding that …", "The treaty was signed in
 * Oslo, noting …": the thing's, no report, never that of a speaker met in an earlier sentence); the description when
 * its head is a speaker's and a phrase of time opens the sentence ("Last year the court upheld the ruling, saying …");
 * null otherwise.
 */
function ownSubjectAfterOpener(doc: Doc, floor: number, i: number): Found | 'thing' | null {
  const { tokens, quoted } = doc;
  let w = firstWordAt(doc, floor);
  // (past a reference mark the sentence split gave it: "…status.[55] In 1947 the country adopted …")
  // (stacked ones too, and a note's letter or words: "[4][5]", "[a]", "[citation needed]")
  for (let n = 0; n < 6 && tokens[w - 1]?.raw === '['; n++) {
    let e = w;
    while (e < w + 4 && tokens[e] && tokens[e]!.raw !== ']' && (tokens[e]!.word || /^[0-9]+$/.test(tokens[e]!.raw))) e++;
    if (tokens[e]?.raw !== ']' || e === w) break;
    w = firstWordAt(doc, e + 1);
  }
  // (not a clause set before the main one, whose subject may differ: "After the vote was counted, …")
  if (OPENING_CLAUSE.has(tokens[w]?.lower ?? '')) return null;
  const verbAt = (k: number): boolean => {
    const t = tokens[k];
    return !!t?.word && t.cap === 0 && !quoted[k] && (AUXILIARIES.has(t.lower) || pastTense(t.lower));
  };
  if (tokens[w]?.lower === 'it') {
    const v = VERB_ADVERBS.test(tokens[w + 1]?.lower ?? '') ? w + 2 : w + 1;
    return verbAt(v) && !clauseOpensBetween(doc, v + 1, i) ? 'thing' : null;
  }
  let d = w;
  // (the opening phrase of time or place: a preposition or an adverb and its words, numbers and commas, no verb nor a
  // name of someone who may be the subject)
  const opener = tokens[w]!.word && (OPENING_PHRASE.test(tokens[w]!.lower) || OPENING_ADVERBS.test(tokens[w]!.lower));
  if (!opener && !/^(the|a|an|this|these|those|its|their)$/.test(tokens[w]?.lower ?? '')) return null;
  while (d < i && !/^(the|a|an|this|these|those|its|their)$/.test(tokens[d]!.lower)) {
    const t = tokens[d]!;
    if (quoted[d] || (!t.word && t.raw !== ',') || verbAt(d) || (t.cap > 0 && d !== w && !DAYS_MONTHS.has(t.lower))) return null;
    d++;
  }
  if (d >= i - 2) return null;
  for (let v = d + 2; v < Math.min(i, d + 7); v++) {
    const t = tokens[v]!;
    if (quoted[v] || (!t.word && t.key !== "'s" && t.raw !== '-')) return null;
    if (!verbAt(v)) {
      if (t.word && NP_BREAK.has(t.lower)) return null;
      // (the subject's own determiner after a phrase of time: "In the spring the law took effect …")
      if (/^(the|a|an|this|these|those|its|their)$/.test(t.lower)) d = v;
      continue;
    }
    // (no other clause between the verb and the participle: "It was a one-two punch, as Okafor echoed the criticism,
    // saying …")
    if (clauseOpensBetween(doc, v + 1, i)) return null;
    let h = v - 1;
    if (VERB_ADVERBS.test(tokens[h]!.lower) && h > d + 1) h--;
    const head = tokens[h]!;
    if (!head.word || head.cap !== 0 || NP_BREAK.has(head.lower) || DETERMINERS.has(head.lower)) return null;
    const w0 = head.lower;
    const speaker =
      SPEAKER_NOUNS.has(w0) ||
      GROUP_NOUNS.has(w0) ||
      ORG_HEADS.has(w0) ||
      DOCUMENT_NOUNS.has(w0) ||
      DOCUMENT_PLURALS.has(w0) ||
      pluralSpeakerNoun(w0) ||
      personShaped(w0) ||
      personShaped(w0.replace(/s$/, '')) ||
      // (an age or a group of people is a person's head, never a thing's: "the 34-year-old confirmed …", "the pair
      // repeated …"; the reading before this rule is kept)
      (w0 === 'old' && tokens[h - 1]?.raw === '-') ||
      /^(pair|trio|duo|couple|quartet|twins|siblings|youngster|teenager|teen|veteran|newcomer)$/.test(w0);
    if (!speaker) return 'thing';
    const desc = d > w ? descEndingAt(doc, h, d) : null;
    return desc?.first === d ? desc : null;
  }
  return null;
}

/**
 * The subject of the verb that put out the document ending before the participle at i: "Minutes later, the campaign
 * issued a statement saying …" is the campaign, "Shortly after the vote, Leader Per Dahl (L-Bodø) released a statement
 * confirming …" Dahl; a name, or a description of a speaker.
 */
function senderOf(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  const k = documentEnd(doc, i);
  let d = k - 1;
  while (d > k - 5 && tokens[d]?.word && !/^(a|an|the|his|her|its|their)$/.test(tokens[d]!.lower)) d--;
  const v = tokens[d - 1];
  if (!v?.word || v.cap !== 0 || !(pastTense(v.lower) || /^(issues|releases|sends|posts|puts)$/.test(v.lower))) return null;
  const s = subjectBefore(doc, d - 1, seen);
  if (!s || s.kind === 'pronoun') return s;
  return s.kind === 'key' || SPEAKER_NOUNS.has(s.desc!.head) ? s : null;
}

/** Is the word before i (past a "not") a form of "be": "is saying", "are not saying"? */
function beforeNegation(doc: Doc, i: number): boolean {
  let k = i - 1;
  if (/^(not|n't)$/.test(doc.tokens[k]?.lower ?? '')) k--;
  // or past an adverb: "is already claiming", "are quietly saying"
  else if (
    doc.tokens[k]?.word &&
    doc.tokens[k]!.cap === 0 &&
    /^(already|still|now|also|again|even|just|only|then|later|first|[a-z]{3,}ly)$/.test(doc.tokens[k]!.lower)
  )
    k--;
  const t = doc.tokens[k];
  if (t === undefined) return false;
  // "he's saying", "they’re arguing": a form of "be" contracted onto a pronoun
  if (/^['’](s|re|m)$/.test(t.raw) && PRONOUNS.has(doc.tokens[k - 1]?.lower ?? '')) return true;
  return t.word && /^(is|are|was|were|been|be|am|isn't|aren't|wasn't|weren't)$/.test(t.lower.replace('’', "'"));
}

/**
 * Is the verb at i a past participle after "has" contracted onto a person's pronoun: "He's said he gets …", "she’s
 * argued that …" (not a passive "is": "It's said that …", nor a present form, "he's says")?
 */
function hasContracted(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const c = tokens[i - 1];
  return (
    c !== undefined &&
    /^['’]s$/.test(c.raw) &&
    /^(he|she|who)$/.test(tokens[i - 2]?.lower ?? '') &&
    (PAST_OF_SAYING.test(tokens[i]!.lower) || /ed$/.test(tokens[i]!.lower))
  );
}

/**
 * The claimant of the noun "claim(s)" at i followed by "that": a person or organisation with a possessive "'s" ("Lund's
 * claim that …", "the Lund campaign's claims that …"), or "his"/"her"/"their"; null when nothing but "that" follows.
 */
function possessorClaim(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  if (!/^claims?$/.test(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'that') return null;
  let k = i - 1;
  // "Trump's false claims", "the campaign's earlier claim"
  if (
    tokens[k]?.word &&
    tokens[k]!.cap === 0 &&
    /^(false|earlier|latest|repeated|new|own|unfounded|baseless|dubious)$/.test(tokens[k]!.lower)
  )
    k--;
  const floor = sentStart(doc, i);
  const p = tokens[k];
  if (!p) return null;
  let s: Found | null = null;
  if (p.word && /^(his|her|their)$/.test(p.lower)) {
    const pronoun = p.lower === 'his' ? 'male' : p.lower === 'her' ? 'female' : 'plural';
    s = { kind: 'pronoun', pronoun, first: k, last: k };
  } else if (p.key === "'s" && k - 1 >= floor) {
    const o = subjectAtRaw(doc, k - 1, floor, seen);
    if (o && o.kind !== 'pronoun' && (o.kind === 'key' || SPEAKER_NOUNS.has(o.desc!.head))) s = o;
  }
  if (!s) return null;
  return s;
}

/** The third-person form of a verb of saying's -ing form, as REPORTING_VERBS spells it: telling → tells, arguing → argues, admitting → admits. */
function finiteOf(ing: string): string {
  const stem = ing.slice(0, -3);
  for (const w of [stem + 's', stem + 'es', stem.slice(0, -1) + 's', stem.replace(/y$/, 'ies')]) if (REPORTING_VERBS.has(w)) return w;
  return ing;
}

/**
 * A base form after a name that a singular article opens is a noun the name modifies, not a verb: "posted a Harbour
 * Post comment of her own, saying …", "a confirmed Coast Radio statement on Sunday" (lower-case words between the
 * article and the name allowed; "The Times reports that …", "Lund claims that …" stay verbs, and so does a noun with
 * its clause, "a Coast Radio report that …", whose clause is the report's).
 */
function nameModifiesNoun(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (/(s|ed|ing)$/.test(tokens[i]!.lower) || PAST_OF_SAYING.test(tokens[i]!.lower) || tokens[i + 1]?.lower === 'that') return false;
  let first = i;
  while (first > 0 && tokens[first - 1]!.word && tokens[first - 1]!.cap > 0 && i - first < 5) first--;
  if (first === i) return false;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap !== 0) return false;
    if (SINGULAR_DETERMINERS.test(t.lower)) return true;
    if (NP_BREAK.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Is the word at i the last of a short object of a verb that judges it "as" something ("dismissed the opposition
 * claims as …", "rejected the group's reports as …"): that verb, lower-case, at most four words before, a determiner
 * or possessive right after it, and only words (or a possessive's ending) between?
 */
function objectJudgedAs(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = tokens[k]!;
    if (doc.quoted[k]) return false;
    if (t.key === "'s" || /^['’]$/.test(t.raw)) continue;
    if (!t.word) return false;
    if (t.cap === 0 && AS_NAMING.test(t.lower))
      return k < i - 1 && /^(the|a|an|his|her|its|their|these|those|this|that|our|my|your)$/.test(tokens[k + 1]!.lower);
  }
  return false;
}

/** Verbs that report a retort with "back" and a clause after "that": "fired back that", "hit back that", "shot back that". */
const BACK_VERBS: ReadonlySet<string> = new Set([
  'fire',
  'fires',
  'fired',
  'hit',
  'hits',
  'shot',
  'shoots',
  'snap',
  'snaps',
  'snapped',
  'struck',
  'strikes',
  'pushes',
  'pushed',
  'push',
]);

/**
 * Whether the word at k (before "to" and a verb of saying) is a past verb of taking one's turn to speak, or its particle:
 * "interrupted", "interjected", "stood up", "stepped in", "rose", "weighed in" (not "declined", "wanted", "planned").
 */
function floorTaken(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap !== 0) return false;
  if (/^(interrupted|interjected|intervened|rose|returned|responded|replied)$/.test(t.lower)) return true;
  const v = tokens[k - 1];
  return (
    /^(up|in|forward|back)$/.test(t.lower) &&
    !!v?.word &&
    v.cap === 0 &&
    /^(stood|stepped|jumped|chimed|weighed|cut|came|rose)$/.test(v.lower)
  );
}

/**
 * The subject of a turn taken at the end of the sentence [start, end]: "Her husband interjected.", "…, and her husband cut
 * in.", "Tom Kell broke in." (a past verb of taking one's turn, or its particle, right before the sentence's closing
 * stop): the one whose words the next quotation, with no frame of its own, are. Names not yet registered are not given.
 */
export function turnTaker(doc: Doc, start: number, end: number): Subject | null {
  const { tokens } = doc;
  let k = end;
  while (k > start && !tokens[k]!.word && /^[.!]$/.test(tokens[k]!.raw)) k--;
  if (k === end || doc.quoted[k] || !tokens[k]?.word || tokens[k]!.cap !== 0) return null;
  const w = tokens[k]!.lower;
  let v = k;
  if (w === 'in') {
    if (!/^(cut|broke|chimed|jumped|butted)$/.test(tokens[k - 1]?.lower ?? '') || tokens[k - 1]!.cap !== 0) return null;
    v = k - 1;
  } else if (!/^(interjected|interrupted|replied|responded|countered)$/.test(w)) return null;
  if (v <= start) return null;
  const s = subjectBefore(doc, v, []);
  if (!s || s.first < start || s.last >= v) return null;
  if (s.kind === 'key' && (s.key as SpeakerKey | NewName).kind === 'new') return null;
  return s as Subject;
}

/** Verbs of asking and telling whose agent in a passive speaks to the subject: "was asked by", "were told by". */
const ASKED_OR_TOLD = /^(asked|told|questioned|pressed|warned|urged|advised|assured|reassured|reminded|informed|challenged)$/;

/** Does a clause with no "that" fill [from, to): a pronoun, a determiner or a name first, then a finite verb? */
function bareClauseBetween(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const f = tokens[from];
  if (!f?.word || doc.quoted[from] || !(f.cap > 0 || DETERMINERS.has(f.lower) || (PRONOUNS.has(f.lower) && f.lower !== 'i'))) return false;
  for (let k = from + 1; k < to; k++) {
    const x = tokens[k]!;
    if (doc.quoted[k]) return false;
    if (x.word && x.cap === 0 && (AUXILIARIES.has(x.lower) || pastTense(x.lower))) return true;
  }
  return false;
}

/**
 * Whether the word at i is a past participle graded by "least" or "less" (or by "most" or "more" after an article):
 * "the least reported", "a less cited study", "the most quoted line" (an adjective, not a verb).
 */
function gradedParticiple(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const g = tokens[i - 1];
  if (!/ed$/.test(t.lower) || !g?.word || g.cap !== 0 || doc.quoted[i - 1]) return false;
  if (/^(least|less)$/.test(g.lower)) return true;
  return /^(most|more)$/.test(g.lower) && /^(the|a|an)$/.test(tokens[i - 2]?.lower ?? '');
}

/**
 * Whether an amount opens at token k and the clause closes without a verb: "two assists", "about $45 million in costs",
 * "a goal and an assist in the third period", "another 12 points" (a number or "a"/"an"/"another", after "about",
 * "nearly", "more than" …; up to the sentence's end, a comma or a semicolon, no auxiliary, no "that", no past form).
 */
function addedAmount(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  while (
    tokens[k]?.word &&
    /^(about|nearly|almost|roughly|around|some|over|more|than|just|only|another|an|a|extra|further)$/.test(tokens[k]!.lower)
  )
    k++;
  const first = tokens[k];
  if (!first || doc.quoted[k]) return false;
  const amount = first.raw === '$' || /^[0-9]/.test(first.raw) || SMALL_NUMBER.test(first.lower) || TENS.test(first.lower);
  if (!amount && !/^(a|an|another)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  for (let m = k; m < tokens.length && m - k < 14; m++) {
    const w = tokens[m]!;
    if (!w.word) {
      if (/^[.;,!?]$/.test(w.raw)) return true;
      if (/^[“"«:]$/.test(w.raw)) return false;
      continue;
    }
    if (
      AUXILIARIES.has(w.lower) ||
      w.lower === 'that' ||
      IRREGULAR_PAST.has(w.lower) ||
      (w.cap === 0 && /[a-z]ed$/.test(w.lower) && m > k + 1)
    )
      return false;
  }
  return false;
}

/**
 * Nouns in lower case that agree with a verb in the plural though they have no -s, besides the invariant plurals and
 * the collectives of people ("people state", "staff say"): "the media report", "the public say".
 */
const UNMARKED_PLURALS = /^(media|data|public|team|group|majority)$/;

/** Does the lower-case word agree with a verb in the plural though it has no -s? */
const unmarkedPlural = (w: string): boolean => INVARIANT_PLURALS.test(w) || COLLECTIVE_HEADS.test(w) || UNMARKED_PLURALS.test(w);

/**
 * Whether the word before token i is a singular noun a determiner opens, one or two words after it ("her home", "his
 * adopted home", "the home"; not a preposition's object), so that a base verb at i could not agree with it.
 */
function singularNounBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const n = tokens[i - 1];
  if (!n?.word || n.cap !== 0 || doc.quoted[i - 1] || /s$/.test(n.lower) || unmarkedPlural(n.lower)) return false;
  if (AUXILIARIES.has(n.lower) || PRONOUNS.has(n.lower) || NP_BREAK.has(n.lower) || DETERMINERS.has(n.lower)) return false;
  for (let k = i - 2; k >= i - 3; k--) {
    const d = tokens[k];
    if (!d?.word || doc.quoted[k]) return false;
    // (not a preposition's object, the subject's noun before it: "The rules of the board state that …"; nor the last of
    // nouns joined, which agree in the plural: "Both the mayor and the governor state that …")
    if (/^(the|a|an|his|her|its|their|our|my|your|this)$/.test(d.lower))
      return !/^(of|from|for|in|at|on|by|with|to|across|under|over|within|throughout|among|inside|outside|and|or|nor)$/.test(
        tokens[k - 1]?.lower ?? '',
      );
    if (d.cap !== 0 || NP_BREAK.has(d.lower) || AUXILIARIES.has(d.lower)) return false;
  }
  return false;
}

/** The verb of a construction being built: its tokens, its form, its sentence and paragraph. */
type FrameBase = Omit<FoundConstruction, 'subject' | 'inverted' | 'continuing' | 'first' | 'last'>;

/** The construction of saying whose verb is token i (a word findConstructions let through), if it is one; the new names looked at go to `seen`. */
function constructionAt(doc: Doc, i: number, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  // a progressive is a finite verb of saying: "is telling reporters that …", "voters are saying …"
  // (not the naming verbs: "many are calling it “an instant classic”")
  const progressive =
    CONTINUING_VERBS.has(t.lower) && !/^(calling|describing)$/.test(t.lower) && beforeNegation(doc, i) ? finiteOf(t.lower) : null;
  const continuing = (CONTINUING_VERBS.has(t.lower) && !progressive) || heldSignReading(doc, i);
  // a verb of finding is a frame only before "that" ("A study found that …"; below): the tests that follow are not
  // spent on every "found" and "shows"
  // (or after the words it found, closing the sentence: "The bridge will stay closed until May, the audit found.")
  const finding = REPORT_FINDINGS.has(t.lower) && ((tokens[i + 1]?.lower === 'that' && !doc.quoted[i + 1]) || findingAfterWords(doc, i));
  if (REPORT_FINDINGS.has(t.lower) && !finding && !continuing && !progressive && !SPEECH_VERBS.has(t.lower)) return null;
  // "add up" is a sum, and "adding" with an amount its object is no saying either: "…, adding up to 20 minutes to some
  // commutes", "…, adding $40 million to the bill"
  if (/^add(s|ed|ing)?$/.test(t.lower) && (tokens[i + 1]?.lower === 'up' || (t.lower === 'adding' && addedAmount(doc, i + 1)))) return null;
  // a word in -s counted by the number before it is a plural noun: "said it had received more than 11,000 claims for low
  // yields", "filed two reports" (a number of them takes a verb in the plural; not a name's number, "Local 444 claims",
  // nor a year, "a study published in 2016 claims")
  if (/[^su]s$/.test(t.lower) && t.lower !== 'says' && countedBy(doc, i - 1)) return null;
  // a participle graded as an adjective is no act of saying: "the most common form of abuse and the least reported", "a
  // less cited study" (not "Most reported …", a subject)
  if (gradedParticiple(doc, i)) return null;
  const reads = DOCUMENT_READS.has(t.lower);
  // "The meeting was first reported by Politico", "Her views were echoed by aides": the agent reports the subject
  const agent = doc.headings.has(t.para) ? null : passiveAgent(doc, i, seen);
  if (agent) {
    const b = { verbFirst: i, verbLast: i, verb: t.lower, sent: doc.sents.sent[i]!, para: t.para };
    return { ...b, subject: agent, inverted: true, continuing: false, passive: true, first: i, last: agent.last };
  }
  // "fired back that …", "hit back that …", "shot back that …": a retort, with its clause after "that"
  const back = BACK_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'back' && tokens[i + 2]?.lower === 'that';
  const written = t.lower === 'written' && perfectOfWriting(doc, i);
  if ((!continuing && !reads && !progressive && !back && !finding && !written && !SPEECH_VERBS.has(t.lower)) || doc.headings.has(t.para))
    return null;
  if (noSayingAt(doc, i)) return null;
  // a passive: "Trump was described as unfit", "residents were told that …": its subject is not who speaks; the agent
  // after "by" of a verb of asking or telling is ("Lund was asked by moderator Ada Berg, “…”"; a name, or a description
  // whose head is a speaker noun)
  if (!/ing$/.test(t.lower) && beforeNegation(doc, /ly$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i) && !hasContracted(doc, i))
    return passiveOfTelling(doc, i, seen);
  const vLast = verbEndAt(doc, i, back);
  if (vLast < 0) return null;
  // (a retort reports its clause as "retorted" does)
  const base = {
    verbFirst: i,
    verbLast: vLast,
    // (and a perfect of writing as "wrote" does: "has written the minister that …")
    verb: back ? 'retorted' : written ? 'wrote' : (progressive ?? t.lower),
    sent: doc.sents.sent[i]!,
    para: t.para,
  };
  if (t.lower === 'according') return accordingConstruction(doc, i, vLast, base, seen);
  // "After suggesting on Monday that he regretted it, Berg …", "Since announcing in May that she would not run, Lund …"
  const perfect = continuing ? null : perfectParticiple(doc, i);
  const openedThat = (continuing || perfect) && t.cap === 0 ? preposedParticipleThat(doc, i) : -1;
  if (openedThat >= 0) {
    const end = sentEnd(doc, i);
    let comma = openedThat + 1;
    // (a dot inside the sentence is an abbreviation's: "at Mr. Berg, Ortiz …")
    while (comma < Math.min(end, i + 40) && tokens[comma]!.raw !== ',' && !/^[;:!?]$/.test(tokens[comma]!.raw)) comma++;
    const subj = tokens[comma]?.raw === ',' ? (sentenceSubject(doc, comma + 1, end) ?? sentenceDescription(doc, comma + 1, end)) : null;
    if (subj) return framed(base, perfect ?? t.lower, subj, false, true, i, vLast);
  }
  if (continuing && t.cap === 1) return openingParticipleConstruction(doc, i, vLast, base);
  if (continuing) return participleConstruction(doc, i, vLast, base, seen);
  // an infinitive is no act of saying: "declined to say", "used the same language to stress"; except after "continue",
  // "go on", "be quick" or "appear": "Lund continues to insist that …", "Dahl was quick to add that …", "he appeared to
  // suggest that …" (the subject of those)
  if (tokens[i - 1]?.lower === 'to') return infinitiveConstruction(doc, i, base, seen);
  const raised = raisedReport(doc, i, vLast, base, seen);
  if (raised !== undefined) return raised;
  return finiteConstruction(doc, i, vLast, base, finding, reads, seen);
}

/**
 * A perfect infinitive of saying after a passive of hearsay, "to have" between: "Okafor is reported to have said the plan
 * failed", "Her deputy was said to have told aides that …", "is widely believed to have written …" (the subject of the
 * passive, who is said to have spoken; the report is the sentence's). Undefined when the words are not of that shape.
 * Part of constructionAt.
 */
function raisedReport(doc: Doc, i: number, vLast: number, base: FrameBase, seen: NewName[]): FoundConstruction | null | undefined {
  const { tokens } = doc;
  const w = (k: number): string => (tokens[k]?.word && tokens[k]!.cap === 0 && !doc.quoted[k] ? tokens[k]!.lower : '');
  if (w(i - 1) !== 'have' || w(i - 2) !== 'to' || !HEARSAY_PASSIVES.test(w(i - 3))) return undefined;
  if (!REPORTING_VERBS.has(tokens[i]!.lower) || !/(ed|said|told|wrote|written)$/.test(tokens[i]!.lower)) return undefined;
  // (past an adverb of the passive: "is widely reported", "was also said")
  let be = i - 4;
  if (/^[a-z]{3,}ly$|^(also|once|later|since|now|still|even)$/.test(w(be))) be--;
  if (!/^(is|are|was|were|be|been|being)$/.test(w(be))) return undefined;
  const subject = subjectBefore(doc, be, seen);
  if (!subject) return null;
  return framed(base, tokens[i]!.lower, subject, false, false, subject.first, vLast);
}

/**
 * Is the verb-like word at i (past constructionAt's first gate) no verb of saying by the words around it: a compound's
 * head, an adjective, a deed ("continued to run", "charged the officer", "ruled out")? Part of constructionAt.
 */
function noSayingAt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  // joined to the word before it, an adjective: "the so-called partnership", "a self-described socialist"
  if (joiningHyphen(doc, i - 1)) return true;
  // a bare form after "a" or "an" and a plural, which "a" cannot open, is the head of a compound noun, no verb: "told
  // investors on an earnings call that …", "a sales call" (not "a week say", "a weary sigh", whose subject is further back)
  const article = tokens[i - 2];
  if (
    article?.word &&
    /^(a|an)$/.test(article.lower) &&
    tokens[i - 1]!.word &&
    tokens[i - 1]!.cap === 0 &&
    !doc.quoted[i - 1] &&
    /[^su'’]s$/.test(tokens[i - 1]!.lower) &&
    !/(s|ed|ing)$/.test(t.lower) &&
    !/^(said|told|wrote|read|spoke|put|set|let|cut|hit|thought|knew|saw|gave|heard|felt|taught|sang)$/.test(t.lower)
  )
    return true;
  // a preposition stranded after the verb, then the phrase's end, closes a relative clause with no pronoun: "signed every
  // document Ottawa asked for and that …", "the apology they had called for." (what was asked for, no words reported)
  if (
    /^(for|about|of|after)$/.test(tokens[i + 1]?.lower ?? '') &&
    !doc.quoted[i + 1] &&
    /^([,.;)]|and|or|but)$/.test(tokens[i + 2]?.lower ?? '.')
  )
    return true;
  // a bare "counter" before "to" is the adverb of "runs counter to", no reply: "argue that the plan, like the last one,
  // runs counter to the town's interests" ("countered" and "counters" still reply: "…,” Vik countered.)
  if (t.lower === 'counter' && tokens[i + 1]?.lower === 'to') return true;
  // "state" before a title is the adjective of a state's office: "the bill's sponsor, state Sen. Roy Tillman"
  if (t.lower === 'state' && TITLES.has(tokens[i + 1]?.lower ?? '')) return true;
  // … and "state" after a singular noun in lower case is that noun's head, no verb agreeing with it: "thanked her adopted
  // home state and then boomed, “…”", "toured his native state" (not after a plural, a pronoun or a modal: "officials
  // state that …", "people state", "they state", "would state")
  if (t.lower === 'state' && singularNounBefore(doc, i)) return true;
  // "continued to run hot" is no act of saying; "…,” he continued." is
  if (/^continu/.test(t.lower) && tokens[i + 1]?.word) return true;
  // (nor after a modal or "to": "said she hoped that her program would continue." is what goes on, not who speaks)
  if (/^continu/.test(t.lower) && /^(will|would|could|can|may|might|should|must|shall|to)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  // (nor in a clause of time: 'Protesters chanted “Homes not highways” as the speech continued' is the speech going on)
  if (/^continu/.test(t.lower)) {
    for (let k = i - 1; k >= i - 5 && tokens[k]?.word && !doc.quoted[k]; k--)
      if (tokens[k]!.cap === 0 && /^(as|while|when|until|after|before)$/.test(tokens[k]!.lower)) return true;
  }
  // "add" after a modal or "to", before its object, is a plan, not words: "said the ministry was busy and would add staff
  // next week", "plans to add 200 beds" (what it reports opens with "that", a comma or a quotation: "would add that …")
  if (t.lower === 'add' && tokens[i + 1]?.word && tokens[i + 1]!.lower !== 'that') {
    const m = ADVERB_AFTER_MODAL.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (/^(will|would|could|can|may|might|should|must|shall|to)$/.test(tokens[m]?.lower ?? '')) return true;
  }
  // "adding to" a thing is no saying: "…, adding to speculation that it would close", "adding to fears that …", "adding to
  // the pressure" (the participle reports words only with a clause or a quotation; not when "to" names its hearers,
  // "adding to reporters that …", "adding to Reuters that …", "adding to her staff …", nor when a colon opens a quotation
  // after the thing, "adding to the criticism: “…”"; a quotation inside the thing's own clause is no one's words, "adding
  // to fears among workers that “the mill is finished”")
  if (t.lower === 'adding' && tokens[i + 1]?.lower === 'to' && !addingToHearers(doc, i + 2)) {
    let k = i + 2;
    while (k < i + 8 && tokens[k]?.word && !doc.quoted[k]) k++;
    if (tokens[k]?.raw !== ':') return true;
  }
  // "remembers telling her" reports what was told, and "…,” she remembered." or "…,” remembered Roy Verley, a former
  // spokesman" the words; "remembers the night" or "remembered that …" reports no words
  if (
    /^remember(s|ed)?$/.test(t.lower) &&
    tokens[i + 1]?.word &&
    tokens[i + 1]!.cap === 0 &&
    !/^(telling|saying|asking|shouting|writing)$/.test(tokens[i + 1]!.lower)
  )
    return true;
  // "reports to the mayor", "who reports directly to the deputy chief", "reported directly to the CEO": whom one answers
  // to, no words (the present, or "directly", with no "that" and no quotation among the next eight words; "reported to
  // police that …" and "…,” she reported to police." still report)
  if (/^report(s|ed)?$/.test(t.lower)) {
    const direct = tokens[i + 1]?.lower === 'directly';
    const to = direct ? i + 2 : i + 1;
    if (tokens[to]?.lower === 'to' && (direct || t.lower !== 'reported')) {
      let clause = false;
      for (let j = to + 1; j <= to + 8 && tokens[j] && !/^[.;]$/.test(tokens[j]!.raw) && !clause; j++)
        clause = !!doc.quoted[j] || tokens[j]!.lower === 'that';
      if (!clause) return true;
    }
  }
  // a word in -s after "and" and another plural, before a comma or the sentence's end, is the list's last noun: "carried
  // $200,000 in fees and charges, a figure …", "letters and notes." (a second verb of saying shares the first's form:
  // "says … and adds, …")
  const listed = tokens[i - 2];
  if (
    /[^su]s$/.test(t.lower) &&
    /^(and|or)$/.test(tokens[i - 1]?.lower ?? '') &&
    listed?.word &&
    listed.cap === 0 &&
    /[^su'’]s$/.test(listed.lower) &&
    !SPEECH_VERBS.has(listed.lower) &&
    !AUXILIARIES.has(listed.lower) &&
    !doc.quoted[i] &&
    /^[,.;]$/.test(tokens[i + 1]?.raw ?? '')
  )
    return true;
  // "charged that …" and "…,” she charged." report words; "charged the officer with murder" does not
  if (/^charge[sd]?$/.test(t.lower) && tokens[i + 1]?.word && tokens[i + 1]!.lower !== 'that') return true;
  // "advised council that …" and "advised residents to stay indoors" report advice; "the ones Comey advised not to
  // proceed", "advised on the project" do not (a "that" within four words, or an object and its "to")
  if (/^advis(e|es|ed)$/.test(t.lower)) {
    let ok = false;
    for (let j = i + 1; j <= i + 4 && tokens[j]?.word && !doc.quoted[j] && tokens[i + 1]!.lower !== 'not' && !ok; j++)
      ok = tokens[j]!.lower === 'that' || (tokens[j]!.lower === 'to' && j > i + 1 && tokens[j + 1]?.word === true);
    // (or closing the sentence after a comma, its time at most between: "…, the health unit advised.", "…, police
    // advised on Friday."; not advice followed, "as" or "than" after the comma: "…, as her doctors advised.")
    if (!ok && tokens[i - 1]?.word && commaBeforeAdvice(doc, i)) {
      let m = i + 1;
      while (
        m - i <= 3 &&
        tokens[m]?.word &&
        (TIME_WORDS.has(tokens[m]!.lower) || DAYS_MONTHS.has(tokens[m]!.lower) || tokens[m]!.lower === 'on')
      )
        m++;
      ok = tokens[m]?.raw === '.' && sentEnd(doc, i) === m;
    }
    if (!ok) return true;
  }
  // a court's or a judge's ruling reports a clause after "that" ("ruled Tuesday that …", "ruled in March that …", "…, ruling that …") or closes
  // one ("…, the judge ruled."), nothing else: not "ruled that out", "ruled out a run", "ruled the country"
  if (/^rul(ed|ing)$/.test(t.lower) && tokens[i + 1]?.word) {
    let m = i + 1;
    while (
      m - i <= 3 &&
      tokens[m]?.word &&
      (TIME_WORDS.has(tokens[m]!.lower) || DAYS_MONTHS.has(tokens[m]!.lower) || /^(on|in|\d{4})$/.test(tokens[m]!.lower))
    )
      m++;
    // (or its time before the sentence ends: "…, a federal judge ruled Monday.")
    if (tokens[m]?.word && (tokens[m]!.lower !== 'that' || /^(out|in)$/.test(tokens[m + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** A passive's construction at i (constructionAt's test passed): the agent after "by" of a verb of asking or telling, or none. */
function passiveOfTelling(doc: Doc, i: number, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  const agent = tokens[i + 1]?.lower === 'by' && ASKED_OR_TOLD.test(t.lower) ? subjectAfter(doc, i + 1, seen) : null;
  if (!agent || agent.kind === 'pronoun' || (agent.kind === 'desc' && !SPEAKER_NOUNS.has(agent.desc!.head))) return null;
  const sent = doc.sents.sent[i]!;
  return {
    verbFirst: i,
    verbLast: i,
    verb: t.lower,
    sent,
    para: t.para,
    subject: agent,
    inverted: false,
    continuing: false,
    first: i,
    last: agent.last,
  };
}

/** The last token of the verb at i, its particle included ("went on", "put it", "fired back"), or -1 when it is no verb of saying. */
function verbEndAt(doc: Doc, i: number, back: boolean): number {
  const { tokens } = doc;
  const t = tokens[i]!;
  let vLast = i;
  // "clarified" reports a clause with "that" (past a few words: "clarified in a statement that"), or words in quotation
  // marks or before it, not a thing made clear: "the statement didn't clarify the matter"
  if (/^clarif(y|ies|ied|ying)$/.test(t.lower) && tokens[i + 1]?.word) {
    let k = i + 1;
    while (k < i + 7 && tokens[k]?.word && !doc.quoted[k] && tokens[k]!.lower !== 'that') k++;
    if (tokens[k]?.lower !== 'that') return -1;
  }
  const particle = back ? 'back' : PARTICLE_VERBS.get(t.lower);
  if (particle) {
    const nx = tokens[i + 1];
    if (!nx || nx.lower !== particle) return -1;
    // "went on" says something only before its quotation or clause ("…,” she went on.", "went on to slam …", "went on:"),
    // not before a noun: "once the Senate goes on recess, “…”"
    const after = tokens[i + 2];
    if (particle === 'on' && after?.word && after.lower !== 'to' && !CONTINUING_VERBS.has(after.lower)) return -1;
    // nor before an infinitive of a deed: "the senator who went on to lead the party to defeat", "went on to win"
    if (particle === 'on' && after?.lower === 'to') {
      const v = tokens[i + 3]?.word && /ly$/.test(tokens[i + 3]!.lower) ? tokens[i + 4] : tokens[i + 3];
      if (v?.word && v.cap === 0 && !SPEECH_VERBS.has(v.lower) && !SPEECH_ACTS.test(v.lower)) return -1;
    }
    // "put it" frames words ("as Aas put it: “…”", "Lund put it bluntly: “…”"), not a thing put somewhere ("put it in the drawer")
    // (any word after it when "as" opens the clause: "as Benmoussa put it to me, …", "as the mayor put it last week, …")
    if (
      particle === 'it' &&
      after?.word &&
      !/[a-z]ly$/.test(after.lower) &&
      !/^(this|that|best|another|differently)$/.test(after.lower) &&
      !asOpens(doc, i)
    )
      return -1;
    vLast = i + 1;
  }
  return vLast;
}

/**
 * The source of "according to" when it is one modifier, "but" and another before their plural noun, closing the phrase:
 * "according to complete but unofficial returns", "according to preliminary but detailed figures" (the whole phrase, not
 * its first word); null otherwise.
 */
function contrastedModifiersSource(doc: Doc, s: Found | null, vLast: number): Found | null {
  const { tokens } = doc;
  if (s?.kind !== 'desc' || s.first !== vLast + 1 || s.last !== s.first || tokens[s.last + 1]?.lower !== 'but') return null;
  let m = s.last + 2;
  while (
    m < s.last + 4 &&
    tokens[m]?.word &&
    tokens[m]!.cap === 0 &&
    !doc.quoted[m] &&
    !NP_BREAK.has(tokens[m]!.lower) &&
    !DETERMINERS.has(tokens[m]!.lower) &&
    !PRONOUNS.has(tokens[m]!.lower) &&
    !AUXILIARIES.has(tokens[m]!.lower) &&
    !SPEECH_VERBS.has(tokens[m]!.lower)
  )
    m++;
  // (a noun that is also a verb of speaking ends the phrase: "according to early but unconfirmed reports", "… claims")
  if (m < s.last + 4 && SPEECH_VERBS.has(tokens[m]?.lower ?? '') && tokens[m]!.cap === 0 && /^[,.;)]$/.test(tokens[m + 1]?.raw ?? '')) m++;
  const noun = m - 1;
  if (noun < s.last + 3 || !pluralNoun(tokens[noun]!) || !/^[,.;)]$/.test(tokens[m]?.raw ?? '')) return null;
  return groupDesc(doc, s.first, noun);
}

/**
 * Whose words a message or an exchange that "according to" names carries: the sender after "from" of a post, a tweet or
 * a message ("according to a post from Rosa Lindqvist", as of a statement; see accordingConstruction), the people after
 * "with" of interviews or conversations ("according to interviews with a dozen county chairs"). Null when s is no such
 * description or no one follows it.
 */
function senderOrInterviewee(doc: Doc, s: Found | null, seen: NewName[]): Found | null {
  if (s?.kind !== 'desc') return null;
  const prep = doc.tokens[s.last + 1];
  if (!prep?.word || prep.cap !== 0 || doc.quoted[s.last + 1]) return null;
  const head = s.desc!.head;
  if (!((prep.lower === 'from' && PUT_OUT.test(head)) || (prep.lower === 'with' && EXCHANGE_NOUNS.test(head)))) return null;
  const at = s.last + 1;
  let found = subjectAfter(doc, at, seen);
  // (a noun phrase that runs on past what was read is read whole, as right after "according to": "with two campaign
  // volunteers")
  const next = found?.kind === 'desc' ? doc.tokens[found.last + 1] : undefined;
  if (next?.word && next.cap === 0 && !NP_BREAK.has(next.lower) && !doc.quoted[found!.last + 1]) found = accordingSource(doc, at) ?? found;
  found ??= accordingSource(doc, at) ?? unregisteredAfter(doc, at, seen);
  return found && speaksThroughIt(doc, found, prep.lower === 'with') ? found : null;
}

/**
 * Is `found`, read after a message's "from" or an exchange's "with", someone who speaks: a name, or a description of a
 * person, people or a body ("from the union"); after "with" only people, a newspaper or a body being whom an interview
 * is given to ("according to an interview with the Harbor Ledger" is the interviewee's, not the paper's), and no
 * quantity alone ("with more than a dozen of her aides").
 */
function speaksThroughIt(doc: Doc, found: Found, withPeople: boolean): boolean {
  if (found.kind === 'key') return !withPeople || personOrNew(doc, found.key!);
  if (found.kind !== 'desc') return false;
  const head = found.desc!.head;
  if (SPEAKER_NOUNS.has(head) || pluralSpeakerNoun(head)) return true;
  return !withPeople && (ORG_HEADS.has(head) || GROUP_NOUNS.has(head));
}

/** Nouns of a written rule, which its words are known by, not its maker's: "the building code", "the rules". */
const RULE_NOUNS = /^(code|codes|law|laws|rule|rules|regulation|regulations|bylaw|bylaws|statute|statutes|charter|guidelines|ordinance)$/;

/**
 * The written rule "according to" names, in lower case after a determiner or a modifier, its noun closing the phrase
 * (punctuation, a preposition or a relative after it): "according to the city building code", "the rules of the
 * council" (not "a law firm", "the rules committee", whose nouns run on); null otherwise.
 */
function ruleAfter(doc: Doc, vLast: number): Found | null {
  const { tokens } = doc;
  const first = tokens[vLast + 1];
  if (!first?.word || first.cap !== 0 || doc.quoted[vLast + 1]) return null;
  for (let k = vLast + 2; k <= vLast + 5; k++) {
    const x = tokens[k];
    if (!x?.word || x.cap !== 0 || doc.quoted[k] || (NP_BREAK.has(x.lower) && !DETERMINERS.has(x.lower))) return null;
    if (!RULE_NOUNS.test(x.lower)) continue;
    const next = tokens[k + 1];
    if (next?.word && !doc.quoted[k + 1] && !NP_BREAK.has(next.lower)) return null;
    // (with the body it is of, up to the punctuation within five words: "the rules of the council")
    let last = k;
    if (next?.lower === 'of') {
      let e = k + 2;
      while (e < k + 7 && tokens[e]?.word && !doc.quoted[e]) e++;
      if (e > k + 2 && !tokens[e]?.word) last = e - 1;
    }
    const text = withoutInvisible(doc.text.slice(first.start, tokens[last]!.end));
    const definite = DETERMINERS.has(first.lower) && !/^(a|an|one|another|some|several)$/.test(first.lower);
    return { kind: 'desc', desc: { text, definite, head: x.lower, group: true, gender: null }, first: vLast + 1, last };
  }
  return null;
}

/** The construction of "according to" at i: its source after "to". */
function accordingConstruction(doc: Doc, i: number, vLast: number, base: FrameBase, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  // (a bare "according to", no comma before it, after a frame of saying in its sentence is inside that frame's words,
  // the manner of what they report: "A spokeswoman, Rachel Kim, said the home is fully staffed according to
  // provincial standards")
  if (tokens[i - 1]?.word && !doc.quoted[i - 1]) {
    for (let k = sentStart(doc, i); k < i - 1; k++)
      if (tokens[k]!.word && tokens[k]!.cap === 0 && !doc.quoted[k] && FRAME_VERBS.test(tokens[k]!.lower)) return null;
  }
  // "…, he said according to a transcript reviewed by …": the record the words are known through, not who spoke them
  const before = tokens[i - 1]?.raw === ',' ? i - 2 : i - 1;
  const subject = tokens[before - 1];
  if (FRAME_VERBS.test(tokens[before]?.lower ?? '') && subject?.word && (subject.cap > 0 || /^(he|she|they|we|i|it)$/.test(subject.lower)))
    return null;
  let s = deliveredBy(doc, vLast) ?? subjectAfter(doc, vLast, seen);
  // (a name after a document's or figures' noun, its verb right after it, is the subject of a relative clause on the
  // noun, no title: "according to lease documents Delgado showed me" are the documents', not Delgado's)
  if (s?.kind === 'key' && s.first > vLast + 1 && recordNoun(tokens[s.first - 1]) && nameInContactClause(doc, s.first) > 0)
    s = accordingSource(doc, vLast) ?? s;
  // "He said India expected …, according to a readout from the ministry": the record of words a frame that opens the
  // sentence reports, not a source of its own (as "…, he said, according to a transcript", above)
  const det = tokens[vLast + 1];
  const noun =
    tokens[vLast + 2]?.word && tokens[vLast + 2]!.cap === 0 && !RECORD_NOUNS.test(tokens[vLast + 2]!.lower) ? vLast + 3 : vLast + 2;
  if (
    det?.word &&
    /^(a|an|the)$/.test(det.lower) &&
    RECORD_NOUNS.test(tokens[noun]?.lower ?? '') &&
    tokens[i - 1]?.raw === ',' &&
    openingFrame(doc, i)
  )
    return null;
  // a code, a rule or a law is the source, not the body that wrote it or its kind: "according to the city building code"
  // is the code's (not "the city"), "according to the rules of the council" the rules' (not the council's)
  s = ruleAfter(doc, vLast) ?? s;
  // "according to a statement from the ministry": the ministry speaks, through its statement
  const by = s?.kind === 'desc' && DOCUMENT_NOUNS.has(s.desc!.head) ? tokens[s.last + 1] : undefined;
  if (by?.word && /^(from|by|of)$/.test(by.lower))
    s = wholeSourceAfter(doc, subjectAfter(doc, s!.last + 1, seen), s!.last + 1) ?? unregisteredAfter(doc, s!.last + 1, seen) ?? s;
  else {
    // "according to a council estimate": the noun phrase runs on past a speaker noun
    const next = s?.kind === 'desc' ? tokens[s.last + 1] : undefined;
    // (… or past a nationality, which is no speaker: "according to Korean customs data")
    const nation = s?.kind === 'key' && s.first === s.last && DEMONYMS.has(tokens[s.first]!.lower) ? tokens[s.last + 1] : undefined;
    // (a small word joined by a hyphen to the next opens a compound: "according to an internal after-action report")
    const compound = !!s && tightHyphen(tokens, s.last + 2) && !!tokens[s.last + 3]?.word;
    const runsOn = (x: Token | undefined): boolean => !!x?.word && x.cap === 0 && (!NP_BREAK.has(x.lower) || compound);
    // (… or past a place, the body of its people after it: "according to Gatineau police", "Saanich fire officials")
    const after = s?.kind === 'key' ? tokens[s.last + 1] : undefined;
    const placed =
      s?.kind === 'key' &&
      ((s.key as SpeakerKey | NewName).kind === 'new' || !isPersonKey(doc, s.key as SpeakerKey)) &&
      !!after?.word &&
      after.cap === 0 &&
      (ORG_HEADS.has(after.lower) ||
        GROUP_NOUNS.has(after.lower) ||
        pluralSpeakerNoun(after.lower) ||
        /^(fire|health|school|transit)$/.test(after.lower));
    // (… or past the first part of a compound the phrase's noun closes: "according to a company-provided consensus",
    // "an industry-funded study" are the consensus's, the study's, not "a company")
    const joined = s?.kind === 'desc' && tightHyphen(tokens, s.last + 1) && !!tokens[s.last + 2]?.word && !doc.quoted[s.last + 2];
    // (… or past a party's or a nation's word paired by "and" with another modifier: "according to Democratic and
    // independent analysts" are the analysts', not "Democratic")
    const paired = s?.kind === 'key' && s.first === s.last && pairedModifier(doc, s.first) && tokens[s.last + 1]?.lower === 'and';
    if (!s || runsOn(next) || runsOn(nation) || placed || joined || paired) s = accordingSource(doc, vLast) ?? s;
    // (a document named with its kind is its sender's too: "according to a news release from the governor's office")
    const from = s?.kind === 'desc' && DOCUMENT_NOUNS.has(s.desc!.head) ? tokens[s.last + 1] : undefined;
    if (from?.word && from.lower === 'from') s = subjectAfter(doc, s!.last + 1, seen) ?? unregisteredAfter(doc, s!.last + 1, seen) ?? s;
    else s = senderOrInterviewee(doc, s, seen) ?? s;
    // … or through what it compiled or put out: "according to data compiled by the bureau", "according to figures
    // released by Harbor Analytics" (not what someone only obtained or saw: "documents obtained by the Post")
    const record = s?.kind === 'desc' && (DOCUMENT_NOUNS.has(s.desc!.head) || FIGURES.test(s.desc!.head));
    // (past what the document is of, up to three lower-case words: "according to a readout of the call released by the
    // White House")
    let madeAt = s ? s.last + 1 : -1;
    if (record && tokens[madeAt]?.lower === 'of' && !doc.quoted[madeAt]) {
      let m = madeAt + 1;
      while (m <= s!.last + 5 && tokens[m]?.word && tokens[m]!.cap === 0 && !doc.quoted[m] && !MADE_BY.test(tokens[m]!.lower)) m++;
      if (m > s!.last + 2 && MADE_BY.test(tokens[m]?.lower ?? '') && tokens[m + 1]?.lower === 'by') madeAt = m;
    }
    const made = record ? tokens[madeAt] : undefined;
    // (a document whose author it names already stays its author's: "a Harbor Watch report released by the city"; a
    // month is no author: "a March survey conducted by the league")
    let owned = false;
    for (let m = s?.first ?? 0; s && m <= s.last && !owned; m++)
      owned = (tokens[m]!.cap > 0 && !DAYS_MONTHS.has(tokens[m]!.lower)) || tokens[m]!.key === "'s";
    // (past a time between the participle and "by": "a report released Wednesday by the food bank", "figures published
    // last week by the agency")
    let byAt = s ? madeAt + 1 : -1;
    if (s && tokens[byAt]?.lower !== 'by') {
      let m = byAt;
      if (tokens[m]?.lower === 'on' && DAYS_MONTHS.has(tokens[m + 1]?.lower ?? '')) m++;
      if (DAYS_MONTHS.has(tokens[m]?.lower ?? '') || /^(today|yesterday)$/.test(tokens[m]?.lower ?? '')) m++;
      else if (
        /^(last|this|earlier)$/.test(tokens[m]?.lower ?? '') &&
        /^(week|month|year|spring|summer|fall|autumn|winter)$/.test(tokens[m + 1]?.lower ?? '')
      )
        m += 2;
      if (m > byAt && tokens[m]?.lower === 'by') byAt = m;
    }
    // (the maker read as "according to" reads its source when it is no subject after a verb: "released by the White
    // House at the time", "published by the foreign ministry, the envoy …")
    if (made?.word && MADE_BY.test(made.lower) && tokens[byAt]?.lower === 'by' && !owned)
      s = wholeSourceAfter(doc, subjectAfter(doc, byAt, seen), byAt) ?? accordingSource(doc, byAt) ?? s;
    // … or in a relative clause with no "that", its maker the clause's subject: "according to figures the hospital
    // released Tuesday", "according to data the ministry published" (not "documents the Post obtained")
    else if (made && !owned) s = makerInContactClause(doc, s!.last + 1, seen) ?? s;
    // … or whose reckoning it is: "according to a tally by the league", "according to calculations by economist
    // Ida Lund", "according to a new analysis from the institute" (the one "by" names made it)
    const of = s?.kind === 'desc' && RECKONINGS.test(s.desc!.head) ? tokens[s.last + 1] : undefined;
    if (of?.word && /^(by|from)$/.test(of.lower) && !owned) {
      const by = s!.last + 1;
      const maker = wholeSourceAfter(doc, subjectAfter(doc, by, seen), by) ?? unregisteredAfter(doc, by, seen);
      // (not a maker read over the participle that dates the reckoning: "a tally by the league released Monday" is
      // no "Monday"'s; the reckoning stays the source)
      let overMade = false;
      for (let m = by + 1; maker && m <= maker.last && !overMade; m++) overMade = tokens[m]!.cap === 0 && MADE_BY.test(tokens[m]!.lower);
      if (maker && !overMade) s = maker;
    }
  }
  // (whom a document went to is no source of it: "according to a memo sent to staff in October", "a memo to staff" is the
  // memo's)
  const to = s ? tokens[s.first - 1] : undefined;
  const sentBy = s ? tokens[s.first - 2] : undefined;
  // (nor the court or the body a document was filed in or with: "according to an affidavit filed in provincial court",
  // "a lawsuit filed with the tribunal" is the affidavit's, the lawsuit's)
  if (
    s &&
    s.first > vLast + 2 &&
    to?.word &&
    sentBy?.word &&
    sentBy.cap === 0 &&
    ((/^(to|for)$/.test(to.lower) && (DOCUMENT_SENT.test(sentBy.lower) || DOCUMENT_NOUNS.has(sentBy.lower))) ||
      (/^(in|with|before)$/.test(to.lower) && /^(filed|lodged|submitted|tabled|entered)$/.test(sentBy.lower)) ||
      // (… nor those it was passed among: "according to a memo shared with board members", "a draft circulated among
      // staff")
      (/^(with|among)$/.test(to.lower) && /^(shared|circulated|distributed|forwarded|emailed)$/.test(sentBy.lower)) ||
      // (… nor the body a filing was made with: "according to its filings with the revenue agency"; nor the one a
      // proposal or a submission went to: "according to its proposal to the city")
      (to.lower === 'with' && DOCUMENT_NOUNS.has(sentBy.lower.replace(/s$/, ''))) ||
      (/^(to|with)$/.test(to.lower) && SUBMITTED.test(sentBy.lower)))
  )
    s = accordingSource(doc, vLast) ?? s;
  // what no one in particular tells or holds is no source: "according to legend", "according to local tradition",
  // "according to conventional wisdom"; nor a bare "plan" or "schedule" closing the phrase, the manner of an act ("the
  // launch went according to plan")
  // (but a legend may be a person: "according to the Liverpool legend", "the former Celtic legend", "a club legend who
  // asked not to be named", "the legend, who spoke to the Ledger")
  if (s?.kind === 'desc' && NO_SOURCE_NOUNS.has(s.desc!.head) && !legendPerson(doc, s)) return null;
  // (a bare "Plan" in capitals is a name: "according to Plan, a British charity")
  const bare = tokens[vLast + 1];
  if (bare?.word && /^(plan|schedule)$/.test(bare.raw) && !tokens[vLast + 2]?.word) return null;
  s = contrastedModifiersSource(doc, s, vLast) ?? s;
  if (s) s = orgNamedAfter(doc, s) ?? nameClosingSource(doc, s) ?? s;
  return s ? framed(base, base.verb, s, true, false, i, s.last) : null;
}

/** A participle opening its sentence ("Noting that …, Lund asked …"): the subject after the comma that ends its phrase. */
function openingParticipleConstruction(doc: Doc, i: number, vLast: number, base: FrameBase): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  // "Noting that both ferries were late, Lund asked …": the subject after the comma that ends the participle's phrase
  const floor = sentStart(doc, i);
  const end = sentEnd(doc, i);
  let comma = i + 1;
  while (comma < Math.min(end, i + 30) && tokens[comma]!.raw !== ',' && !/^[;:.!?]$/.test(tokens[comma]!.raw)) comma++;
  // … or "Citing" its object: "Citing a survey by the union, Aas said …"; or a clause with no "that": "Claiming the
  // crossing is unsafe, Lund told …" (a subject opens it, a finite verb follows before the comma)
  if (
    i !== firstWordAt(doc, floor) ||
    tokens[comma]?.raw !== ',' ||
    (tokens[i + 1]?.lower !== 'that' && t.lower !== 'citing' && !(CLAUSE_PARTICIPLES.has(t.lower) && bareClauseBetween(doc, i + 1, comma)))
  )
    return null;
  const subj = sentenceSubject(doc, comma + 1, end) ?? sentenceDescription(doc, comma + 1, end);
  return subj ? framed(base, t.lower, subj, false, true, i, vLast) : null;
}

/** A participle of saying inside its sentence ("…, saying …", "issued a statement saying …"): whose act it is. */
function participleConstruction(doc: Doc, i: number, vLast: number, base: FrameBase, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  // one adverb between the comma or "and" and the participle: "…, even suggesting he may have been misled", "and boldly
  // claiming that …" (as without it); or between a word of manner and it: "…, while also saying that …", "by again
  // insisting …" (not "to": "to also say" is no participle)
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  const adverbed =
    a?.word === true &&
    a.cap === 0 &&
    /^(even|also|again|still|repeatedly|[a-z]{3,}ly)$/.test(a.lower) &&
    // (not a later act, maybe someone else's: "…, later admitting she had not …", "…, eventually saying …")
    !/^(eventually|finally|subsequently|recently|previously|initially|ultimately|immediately|early|only|quickly)$/.test(a.lower) &&
    (b?.raw === ',' || b?.lower === 'and' || (b?.word === true && b.lower !== 'to' && MANNER_OF_SAYING(b)));
  const prev = adverbed || onlyAfterRefusal(doc, i) ? b : a;
  const p = prev === b ? i - 2 : i - 1;
  // a share of a poll's respondents right before "saying": "with 30 percent of voters saying they …", "left three in
  // 10 saying the …" (the share says it, as in "30 percent of voters said")
  const share = t.lower === 'saying' && !adverbed ? shareSaying(doc, i, seen) : null;
  if (share) return framed(base, finiteOf(t.lower) ?? t.lower, share, false, false, share.first, vLast);
  // "footage of Trump saying, “…”", "a video shows Ana Vik telling the crowd …": the person right before the participle
  const named = prev?.word ? keyEndingAt(doc, i - 1) : null;
  if (named && isPersonKey(doc, named.key) && SHOWN_SAYING.test(tokens[titledFrom(doc, named.first, sentStart(doc, i)) - 1]?.lower ?? '')) {
    const subject: Found = { kind: 'key', key: named.key, first: named.first, last: i - 1 };
    return framed(base, finiteOf(t.lower) ?? t.lower, subject, false, false, named.first, vLast);
  }
  // ", with foreign ministry spokesman Wang Wenbo saying …": a person named in an absolute phrase after the sentence's
  // comma says it (the person's titles and role words between "with" and the name)
  // (or telling, warning or arguing it: ", with chair Judith Hartmann telling reporters that …")
  if (named && isPersonKey(doc, named.key) && ABSOLUTE_SAYING.test(t.lower) && withAbsolute(doc, named.first)) {
    const subject: Found = { kind: 'key', key: named.key, first: named.first, last: i - 1 };
    return framed(base, finiteOf(t.lower) ?? t.lower, subject, false, false, named.first, vLast);
  }
  // (or a role a determiner opens there: "…, with its chief executive telling analysts that …"; or with no "with", right
  // after the comma that ends a main clause of three words or more, as a name: "The minister left the room, his
  // spokesman saying he was unwell"; not an aside between commas inside a clause: "Vik said the plan, her spokesman
  // insisting it was final, would go ahead")
  if (!named && ABSOLUTE_SAYING.test(t.lower) && prev?.word && prev.cap === 0 && SPEAKER_NOUNS.has(prev.lower)) {
    let d = i - 2;
    while (d > i - 5 && tokens[d]?.word && tokens[d]!.cap === 0 && !DETERMINERS.has(tokens[d]!.lower)) d--;
    const comma = (k: number): boolean => tokens[k]?.raw === ',' && !doc.quoted[k];
    let bare = comma(d - 1) && d - 1 - sentStart(doc, d) >= 3 && tokens[d]?.raw !== 'the';
    for (let k = i + 1, end = sentEnd(doc, i); bare && k < end; k++) bare = !comma(k);
    if (/^(its|their|his|her|the)$/.test(tokens[d]?.raw ?? '') && ((tokens[d - 1]?.raw === 'with' && comma(d - 2)) || bare)) {
      const role = descEndingAt(doc, i - 1, d);
      if (role?.kind === 'desc') return framed(base, finiteOf(t.lower) ?? t.lower, role, false, false, d, vLast);
    }
  }
  // (or any noun phrase there, its first participle maybe joined to this one by "and": ", with top officials defending the
  // rise and vowing to …"; none of it the main clause's subject's when the phrase names no speaker)
  const absolute = absoluteWithSpeaker(doc, i, seen);
  if (absolute)
    return absolute.subject && framed(base, finiteOf(t.lower) ?? t.lower, absolute.subject, false, false, absolute.subject.first, vLast);
  // "Fairweather was quoted by the Border Gazette as saying …", "she was reported as saying …": the one quoted says it
  const quoted = t.lower === 'saying' && prev?.lower === 'as' ? quotedAsSaying(doc, i, seen) : null;
  if (quoted) return framed(base, finiteOf(t.lower) ?? t.lower, quoted, false, false, quoted.first, vLast);
  // "“…,” Moss can be heard saying in the video", "a reporter is heard asking him …": the one heard says it
  const heard = prev?.word && prev.cap === 0 ? heardSaying(doc, i, seen) : null;
  if (heard) return framed(base, finiteOf(t.lower) ?? t.lower, heard, false, false, heard.first, vLast);
  // "adding", "saying" after a comma or "and"; or after a dash, "by" or "while" in a sentence of one clause (no comma
  // before): "Okafor answered the charge by saying …", "The chair dismissed it — saying …"
  // a comma inside the closing mark counts: "… “expanded the party,” claiming that …"
  const afterMark = /^[”"'’»]$/.test(prev?.raw ?? '') && tokens[i - 2]?.raw === ',';
  // "issued a statement saying …", "released a statement confirming …"
  const putOut = (t.lower === 'saying' || CLAUSE_PARTICIPLES.has(t.lower)) && documentBefore(doc, i);
  // (one the subject received or saw is no frame of the subject's: "he never saw an email warning that …", "she had
  // received a letter claiming that …" are the clause of the sentence's own verb of saying)
  if (putOut && receivedDocument(doc, i)) return null;
  // "held up a sign saying “…”": the sign's words, not those of whoever holds it (as a sign that "reads" them)
  // (not a message someone posted or sent, the sender's: "Ruiz sent a message saying …")
  if (
    /^(saying|reading)$/.test(t.lower) &&
    prev?.word &&
    prev.cap === 0 &&
    SIGN_NOUNS.test(prev.lower) &&
    !(putOut && PUT_OUT.test(prev.lower) && ownMessagePutOut(doc, i - 1) && senderOf(doc, i, []))
  ) {
    const sign = signOrHolder(doc, i, null, seen);
    return sign ? framed(base, base.verb, sign, false, true, i, vLast) : null;
  }
  if (!prev || (prev.raw !== ',' && prev.lower !== 'and' && !MANNER_OF_SAYING(prev) && !afterMark && !putOut)) return null;
  const floor = sentStart(doc, i);
  // ", while saying …", ", while arguing …" after a clause: as after the comma alone ("“…,” Lund said, while arguing …")
  // (or ", before saying …": "Ruiz praised the crews, before explaining that …")
  const commaManner = prev.word && /^(while|after|before)$/.test(prev.lower) && tokens[p - 1]?.raw === ',';
  // … nor inside the clause of a verb of saying before it: "Berg said operators had cut costs by adding …" is the
  // operators' act ("Zucker responded by saying …" is Zucker's)
  if (MANNER_OF_SAYING(prev) && !commaManner)
    for (let k = floor; k < i; k++) {
      const x = tokens[k]!;
      if (x.raw === ',') return null;
      const clauseVerb =
        /^(say|says|said|tell|tells|told)$/.test(x.lower) || (REPORTING_VERBS.has(x.lower) && tokens[k + 1]?.lower === 'that');
      if (x.cap === 0 && clauseVerb && tokens[k - 1]?.lower !== 'to' && i - k > 3) return null;
    }
  // "Clinton spoke down the street, where about 50 protesters had gathered, chanting “…”": a crowd's cry is the act
  // of the people a clause right before it opens with
  const crowd = prev.raw === ',' ? crowdBeforeCry(doc, i, floor) : null;
  if (crowd) return framed(base, base.verb, crowd, false, true, i, vLast);
  // "Pelosi on Wednesday rejected the offer, calling it …": the sentence's subject, if it names someone
  // (for a document, the subject of the verb that put it out: "Minutes later, the campaign issued a statement saying …")
  const sender = putOut ? senderOf(doc, i, seen) : null;
  // "Sales fell sharply in March, the company said, adding that …": right after a frame in mid-sentence, the participle
  // is that frame's speaker's (found with it), not the subject opening the words reported
  if (prev.raw === ',' && frameBetweenCommas(doc, i - 1, floor)) return framed(base, base.verb, null, false, true, i, vLast);
  const subj =
    (prev.raw === ',' ? actBeforeParticiple(doc, i, floor, seen) : null) ??
    sender ??
    (prev.raw === ',' ? subjectAfterOpeningClause(doc, floor, i, seen) : null) ??
    sentenceSubject(doc, floor, i) ??
    sentenceDescription(doc, floor, i) ??
    (prev.lower === 'and' ? afterCoordinatedParticiple(doc, floor, i, seen) : null) ??
    (prev.raw === ',' || afterMark || MANNER_OF_SAYING(prev) || putOut ? openingSubject(doc, floor, i, seen) : null) ??
    // past the phrases that open the sentence: "Here in Columbia, Sanders stepped up his emphasis on …, saying, “…”",
    // "Minutes later, the campaign issued a statement saying …"
    (prev.raw === ',' || commaManner || putOut ? subjectAfterOpening(doc, floor, i) : null) ??
    // the subject of the sentence's first finite verb, past its appositions and relative clauses: "Republicans, who hold
    // a majority in the Senate, have blocked the bills, saying …", "The attorney general of the state is suing Lund, claiming …"
    (prev.raw === ',' || commaManner ? mainClauseSubject(doc, floor, i, seen) : null);
  // a document's words are its sender's only when the sentence names the sender
  if (!subj && putOut && prev.raw !== ',' && prev.lower !== 'and') return null;
  // a main clause with a subject of its own after a phrase of time owns the participle, no speaker of an earlier
  // sentence: "In 1931 the country adopted the statute, confirming that …" is no report (a thing's), "Last year the
  // court upheld the ruling, saying …" the court's
  const own = subj ? null : ownSubjectAfterOpener(doc, floor, i);
  if (own === 'thing') return null;
  if (own) return framed(base, base.verb, own, false, true, i, vLast);
  // a second clause joined by ", and" or ", but" with a subject of its own owns the participle after it: "Tenant
  // groups say rents are too high, and the Harbor Civil Rights League has sued the city, saying …" is the league's
  // (the first clause with a predicate of its own; not the last item of a list, "Lund, Vik, and the mayor walked out")
  if (subj && (prev.raw === ',' || commaManner)) {
    const acted = { at: false };
    const second = secondClauseSubject(doc, subj.last + 1, i, seen, acted, subj);
    if (second === null) return null;
    if (second) {
      const c = framed(base, base.verb, second, false, true, i, vLast);
      // (an act the writer tells of after a report ends that report: see actedAfterReport)
      if (acted.at) c.narration = true;
      return c;
    }
  }
  // (so does an act told of after a report whose subject is not taken for the participle's: "Officials said the road
  // would reopen, and the mayor walked out, saying …"; or any second clause, as above, whose verb takes an object:
  // "Advocacy groups say the fees are a tax, and the Tenants Union has sued the city, saying …" is the union's)
  if (!subj && prev.raw === ',' && commaAndBefore(doc, floor, i)) {
    const acted = { at: false };
    const end = firstSubjectEnd(doc, floor);
    // (the reporter as the first clause names it, for the pronoun after the participle: see reportGoesOn)
    const reporter = openingSpeaker(doc, floor, end + 1, end + 1) ?? nameAfterQuotation(doc, floor, i);
    const second = secondClauseSubject(doc, end + 1, i, seen, acted, reporter);
    if (second) {
      const c = framed(base, base.verb, second, false, true, i, vLast);
      if (acted.at) c.narration = true;
      return c;
    }
  }
  // the manner of the act of the subject that opens the sentence ("When Trump incites …, by suggesting" is no frame)
  const w = firstWordAt(doc, floor);
  if (
    MANNER_OF_SAYING(prev) &&
    !commaManner &&
    (!subj || (subj.first !== w && (COMMON_WORDS.has(tokens[w]!.lower) || !opensSentence(doc, floor, subj.first))))
  )
    return null;
  return framed(base, base.verb, subj, false, true, i, vLast);
}

/**
 * The subject of a participle joined by "and" to one after the sentence's comma, found as for that one: "Outside the
 * council building, about 300 marchers gathered in the rain, waving banners and chanting “…”" (the marchers'; the
 * subject tests from the sentence's start found nothing past its opening phrase). Null when no participle follows a
 * comma within eight words before the "and".
 */
function afterCoordinatedParticiple(doc: Doc, floor: number, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  for (let k = i - 2; k > floor && k >= i - 9; k--) {
    const t = tokens[k]!;
    // (a hyphen inside a word: "holding anti-Trump signs and chanting …")
    if ((!t.word && t.raw !== '-') || doc.quoted[k]) return null;
    if (t.cap !== 0 || !/^[a-z]{2,}ing$/.test(t.lower) || tokens[k - 1]?.raw !== ',') continue;
    return subjectOfCommaParticiple(doc, floor, k, seen);
  }
  return null;
}

/** The subject of the participle at k after the sentence's comma, as participleConstruction finds it from the clause before. */
function subjectOfCommaParticiple(doc: Doc, floor: number, k: number, seen: NewName[]): Found | null {
  return (
    actBeforeParticiple(doc, k, floor, seen) ??
    subjectAfterOpeningClause(doc, floor, k, seen) ??
    openingSubject(doc, floor, k, seen) ??
    subjectAfterOpening(doc, floor, k) ??
    mainClauseSubject(doc, floor, k, seen)
  );
}

/** An infinitive of saying after "to" ("continues to insist", "took to Twitter to say"): the subject of the verb before it. */
function infinitiveConstruction(doc: Doc, i: number, base: FrameBase, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  // (or "took to" where the words go out: "took to Twitter to say …", "took to the airwaves on Sunday to insist that …")
  const took = tookTo(doc, i - 2);
  const k = took >= 0 ? took : tokens[i - 2]?.lower === 'on' && /^(went|goes|go|going)$/.test(tokens[i - 3]?.lower ?? '') ? i - 3 : i - 2;
  const lead = tokens[k];
  // … or a poll's comparison of what groups say: "Renters were more likely to say that …", "less likely to say they …"
  // (a finding reported: after "were"/"was", or a poll named in its paragraph or the one before; not a general
  // statement, "People are less likely to say they are struggling when …")
  const compared =
    lead?.word &&
    lead.lower === 'likely' &&
    /^(more|less)$/.test(tokens[k - 1]?.lower ?? '') &&
    (/^(were|was)$/.test(tokens[k - 2]?.lower ?? '') ||
      (/^[a-z]+ly$/.test(tokens[k - 2]?.lower ?? '') && /^(were|was)$/.test(tokens[k - 3]?.lower ?? '')) ||
      pollNamedBefore(doc, k));
  let caused: Found | null = null;
  let published = -1;
  if (
    !lead?.word ||
    !/^(continues?|continued|continuing|went|goes|go|going|quick|quicker|eager|careful|appear(s|ed)?|seem(s|ed)?|took|takes|take|taking)$/.test(
      lead.lower,
    )
  ) {
    // … or a habit of saying: "As my late father used to say, “…”", "As the coach likes to say, “…”" (not a passive: "the
    // money was used to tell …")
    const habit = lead?.word && /^(used|likes|liked|loves|loved)$/.test(lead.lower) && !AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
    // … or a saying the subject was driven to: "Mr. Dahl was prompted to say, “…”", "she felt compelled to add that …"
    // (after a form of "be" or "feel": not "the delay prompted to say" nor "prompted him to say", whose speaker is the object)
    const driven =
      lead?.word &&
      /^(prompted|compelled|moved|forced|obliged|driven)$/.test(lead.lower) &&
      /^(was|were|is|are|be|been|being|felt|feel|feels|feeling)$/.test(tokens[k - 1]?.lower ?? '');
    // … or a speaker who took the floor to say it: "Gravel interrupted to say …", "Lund stood up to say that …", "the
    // minister stepped in to add that …" (a past verb of taking one's turn, its particle after it)
    const turn = floorTaken(tokens, k);
    // … or one a verb of causing made say it: "The win led Lund to declare that …" (see causedSayer)
    caused = causedSayer(doc, i, seen);
    // … or one who put the words out in writing or online, or went out of the way, to say them: "Lund tweeted on Friday
    // to say he had …", "Ada Vik went out of her way to say that …" (see publishedBefore)
    published = publishedBefore(doc, k);
    if (!habit && !driven && !turn && !compared && !caused && published < 0) return null;
  }
  const clauseOpen = tokens[i + 1];
  if (
    !REPORTING_VERBS.has(t.lower) ||
    (!/^(that)$|^[,:]$/.test(clauseOpen?.lower ?? '') &&
      !/^(he|she|they|it|the|a|an|his|her|their)$/.test(clauseOpen?.lower ?? '') &&
      // (or a name opening the clause, after a turn taken: "interrupted to say Quebec already had …")
      !(floorTaken(tokens, k) && clauseOpen?.word && clauseOpen.cap === 1 && !doc.quoted[i + 1]) &&
      // (or the listeners, a bare plural of people or an object pronoun, before "that": "took to Twitter to tell supporters
      // that …", "went on radio to warn residents that …", "to remind them that …"; not "to tell jokes that nobody liked",
      // "to tell whoppers that …")
      !(
        TELLING_INFINITIVES.test(t.lower) &&
        clauseOpen?.word &&
        clauseOpen.cap === 0 &&
        !doc.quoted[i + 1] &&
        (PEOPLE_PLURALS.test(clauseOpen.lower) || OBJECTS.has(clauseOpen.lower) || groupOrPeoplePlural(clauseOpen.lower)) &&
        tokens[i + 2]?.lower === 'that'
      )) ||
    // (a relative "that" after the listeners opens no reported clause: "to warn residents that live near the river …",
    // "to warn his supporters that live …", "to tell people that she met at the market …")
    (TELLING_INFINITIVES.test(t.lower) && !reportAfterListeners(doc, i + 1))
  )
    return null;
  // ("felt compelled to say": the subject is the feeling verb's)
  const felt = /^(felt|feel|feels|feeling)$/.test(tokens[k - 1]?.lower ?? '') && /^(compelled|moved|obliged|driven)$/.test(lead!.lower);
  // (or "stood up to say": the subject is the verb's before its particle)
  const particle = floorTaken(tokens, k) && /^(up|in|forward|back)$/.test(tokens[k]!.lower);
  const subject = caused ?? subjectBefore(doc, published >= 0 ? published : felt || particle || compared ? k - 1 : k, seen);
  if (!subject) return null;
  return framed(base, base.verb, subject, false, false, subject.first, i);
}

/** Verbs of putting words out in writing or online, before a purpose of saying: "tweeted on Friday to say …". */
const PUBLISHING_VERBS = /^(tweeted|tweets|posted|posts|blogged|emailed|e-mailed|texted|wrote|writes)$/;

/**
 * The verb of one who put words out in writing or online to say them, the word before the infinitive's "to" at k: "Lund
 * tweeted on Friday to say he had never …", "Vik posted on Facebook late Sunday to insist that …", "She wrote to say
 * that …" (right before "to", or before a phrase of time or medium: "on", "in", "late", a weekday); or of going out of
 * one's way: "Ada Vik went out of her way to say that …"; -1 otherwise (not a passive, "a notice was posted on the door
 * to say …", whose subject is no speaker; nor a negated one, "never tweeted to say …"; nor "to say the least").
 */
function publishedBefore(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (tokens[k + 3]?.lower === 'the' && tokens[k + 4]?.lower === 'least') return -1;
  if (
    tokens[k]?.lower === 'way' &&
    /^(his|her|their|its|my|our)$/.test(tokens[k - 1]?.lower ?? '') &&
    tokens[k - 2]?.lower === 'of' &&
    tokens[k - 3]?.lower === 'out' &&
    /^(went|goes|go|going)$/.test(tokens[k - 4]?.lower ?? '')
  )
    return negatedGoing(tokens, k - 4) ? -1 : k - 4;
  for (let j = k; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!;
    if (!t.word || doc.quoted[j]) return -1;
    if (t.cap !== 0 || !PUBLISHING_VERBS.test(t.lower)) continue;
    const next = tokens[j + 1]!;
    if (j < k && !/^(on|in|late|early|last|overnight)$/.test(next.lower) && !WEEKDAY.test(next.lower)) return -1;
    if (AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || negatedGoing(tokens, j)) return -1;
    return j;
  }
  return -1;
}

/** Verbs of causing whose object is then made to act, the act done: "led", "prompted", "forced", "drove", "spurred". */
const CAUSING_VERBS = /^(led|leads|leading|prompted|prompts|prompting|forced|forces|forcing|drove|drives|driving|spurred|spurs|spurring)$/;

/**
 * The one a verb of causing made say the words of an infinitive of saying at i, its object right before "to": "The
 * win led Lund to declare that …", "the ruling prompted the city's mayor to say that …", "the defeat forced him to
 * concede that …" (the object speaks, not the sentence's subject, the cause). A name, a person's description or a
 * pronoun of people; null otherwise ("led efforts to say …", "forced the issue to …").
 */
function causedSayer(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens } = doc;
  // (a name in apposition closes the object with its comma: "prompted the mayor, Tomas Brandt, to say …")
  const end = tokens[i - 2]?.raw === ',' ? i - 3 : i - 2;
  const o = tokens[end];
  if (!o?.word || doc.quoted[end]) return null;
  const causing = (k: number): boolean =>
    !!tokens[k]?.word && tokens[k]!.cap === 0 && !doc.quoted[k] && CAUSING_VERBS.test(tokens[k]!.lower);
  // (a pronoun object: "led her to declare …")
  const pr = OBJECT_PRONOUNS.get(o.lower);
  if (pr) return end === i - 2 && o.cap === 0 && causing(end - 1) ? { kind: 'pronoun', pronoun: pr, first: end, last: end } : null;
  // (the cheap test first: a verb of causing one to eight words back, then the object between it and "to")
  const floor = sentStart(doc, i);
  let v = end - 1;
  while (v > floor && end - v < 8 && !causing(v)) v--;
  if (!causing(v)) return null;
  const s = subjectAt(doc, end, floor, seen);
  if (!s || s.last !== end || s.first <= v) return null;
  if (s.kind === 'desc' && (!s.desc || !SPEAKER_NOUNS.has(s.desc.head))) return null;
  // (only the rest of the object between the verb and the name: a role or an article in lower case, "led councillor
  // Mara Lindqvist to …", an abbreviated title, "led Mrs. Lindqvist to …", or a description and its comma before the
  // name in apposition, "prompted the mayor, Tomas Brandt, to …")
  let commas = end === i - 2 ? 0 : 1;
  for (let k = v + 1; k < s.first; k++) {
    const w = tokens[k]!;
    if (doc.quoted[k]) return null;
    if (w.raw === ',') {
      if (++commas > 2) return null;
      continue;
    }
    const abbreviated =
      (w.raw === '.' && tokens[k - 1]!.end === w.start) ||
      (w.word && w.lower.length <= 4 && tokens[k + 1]?.raw === '.' && tokens[k + 1]!.start === w.end);
    if (!abbreviated && (!w.word || w.cap !== 0 || AUXILIARIES.has(w.lower) || SPEECH_VERBS.has(w.lower))) return null;
  }
  return commas === 1 ? null : s;
}

/** A finite verb of saying (or a noun of saying after its claimant) at i: its subject before it, or inverted after it. */
function finiteConstruction(
  doc: Doc,
  i: number,
  vLast: number,
  base: FrameBase,
  finding: boolean,
  reads: boolean,
  seen: NewName[],
): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  // the noun "claim" after its claimant, with the claim's clause: "blamed the media over Lund's claim that the ferry was
  // sabotaged", "his claim that he had done so"; where the noun phrase opens the sentence ("Lund's claim that … is
  // false") the clause finder ends the clause at the main verb, or reports nothing
  const claimant = possessorClaim(doc, i, seen);
  if (claimant)
    return {
      verbFirst: i,
      verbLast: i,
      verb: 'claimed',
      sent: doc.sents.sent[i]!,
      para: t.para,
      subject: claimant,
      inverted: false,
      continuing: false,
      first: claimant.first,
      last: i,
    };
  if (nounBeforeModifiersAt(doc, i)) return null;
  if (nounAfterModifiers(doc, i)) return utteredBy(doc, i, base, seen);
  if (nounNotVerbAt(doc, i, vLast)) return null;
  let subject = subjectBefore(doc, i, seen);
  // (a report's maker named after "by" speaks its findings: "A report by Human Rights Watch found that …", "A study by the
  // University of Leeds shows that …")
  if (finding && (!subject || (subject.kind === 'desc' && REPORT_NOUNS.test(subject.desc!.head))))
    subject = reportMaker(doc, i, seen) ?? subject;
  // a free relative's verb speaks for the subject between "what" and it, not the sentence's: "floated what critics call
  // a “harbour tax”" is no word of the port's
  if (subject) subject = insideWhat(doc, subject, i);
  // what a sign reads is the sign's, not that of a place or a person named after it: "one highway sign near Milford read,"
  if (reads) subject = signOrHolder(doc, i, subject, seen) ?? subject;
  // … and a caption is the words of the one who shared the picture: "Ruiz shared a photo captioned “…”"
  subject = captionPoster(doc, i, subject, seen) ?? subject;
  if (subject && objectBeforeInversion(doc, subject, i, vLast, seen)) subject = null;
  let inverted = false;
  if (!subject) ({ subject, inverted } = invertedSubject(doc, i, vLast, seen));
  if (!subject) return null;
  // a free relative, the subject of its clause's own verb: "reminded jurors that what lawyers say is not evidence",
  // "What the minister said was wrong" (not "Here is what Lund said: …", which reports; nor an object, whose verb is
  // what was said: "a rebuke to what Republicans say is overreach")
  const freeRelative = tokens[subject.first - 1];
  const relOpens = (w: number): boolean =>
    w === sentStart(doc, w) || (w - 1 === sentStart(doc, w) && !tokens[w - 1]!.word) || tokens[w - 1]?.lower === 'that';
  if (!inverted && freeRelative?.word && /^(what|whatever)$/.test(freeRelative.lower) && relOpens(subject.first - 1)) {
    const next = tokens[vLast + 1];
    if (next?.word && next.cap === 0 && AUXILIARIES.has(next.lower)) return null;
  }
  if (reads && !readsQuotation(doc, i, subject, inverted)) return null;
  if (!inverted && nameModifiesNoun(doc, i)) return null;
  if (!inverted && joinedGroupInReport(doc, subject, i, vLast)) return null;
  // "add" with an amount as its object, whoever the subject: "Lindgren added two assists", "unions in Ontario and Quebec
  // added about $45 million in costs" (not "She added two officers were hurt": a verb follows)
  if (!inverted && /^add(s|ed)?$/.test(t.lower) && addedAmount(doc, vLast + 1)) return null;
  // a noun of a document or a remark after a noun that modifies it, closing the sentence with nothing reported: "she
  // wanted to see the staff report first", "he had not read the council report" (no one "reports" there)
  if (!inverted && subject.kind === 'desc' && /^(report|claim|note|comment|estimate|answer|reply)$/.test(t.lower)) {
    let e = vLast + 1;
    if (tokens[e]?.word && /^(first|again|yet|itself|now|today|later|closely|carefully)$/.test(tokens[e]!.lower)) e++;
    if (!tokens[e] || e > sentEnd(doc, vLast) || /^[.!?;]$/.test(tokens[e]!.raw)) return null;
  }
  if (!inverted && subject.kind === 'desc' && descNoVerbSubject(doc, i, vLast, subject, finding)) return null;
  // "nobody", "no one" says nothing: "He said the officers had been polite but that nobody had explained what the form
  // meant" (no speaker, whom a later "he said" could be taken for)
  if (subject.kind === 'desc' && (/^(nobody|none)$/.test(subject.desc!.head) || /^(that )?no one$/i.test(subject.desc!.text))) return null;
  // "someone" speaks only as the subject of what was said, not in a hypothetical or after a preposition: "When someone
  // yelled “…”", not "a thought that someone … would say", "For someone who conceded that …"
  if (subject.kind === 'desc' && /^some(one|body)$/.test(subject.desc!.head)) {
    const before = tokens[subject.first - 1];
    if (before?.word && /^(for|as|to|with|from|of|by|about|than|if)$/.test(before.lower)) return null;
    if (/^(would|could|might|should|may|can|will|must)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  }
  // a quantifier alone speaks only through a verb of reporting: "Several said", not "many agreed with" or "some asked"
  // (a second verb after "and" or "but" that shares the subject of a verb of reporting before it is that speaker's act,
  // as it is with any other subject: "Both said the ward was full but asked that no names be printed")
  const sharedWithReport =
    /^(and|but)$/.test(tokens[i - 1]?.lower ?? '') &&
    tokens.slice(subject.last + 1, i - 1).some((w) => w.word && w.cap === 0 && REPORTING_VERBS.has(w.lower));
  if (
    subject.kind === 'desc' &&
    subject.first === subject.last &&
    QUANTIFIER_PRONOUNS.test(subject.desc!.head) &&
    (!REPORTING_VERBS.has(base.verb) || /^agree/.test(base.verb)) &&
    !sharedWithReport &&
    !criesOutWordsBeside(doc, subject, i, vLast)
  )
    return null;
  // naming verbs ("a group called “X”", "the film, dubbed “Y”") speak only for people and institutions
  if (
    /^(call|calls|called|dub|dubs|dubbed|describe|describes|described|labelled|labeled|branded|termed)$/.test(t.lower) &&
    namingRejected(doc, i, vLast, subject, inverted)
  )
    return null;
  // a request still to be made reports nothing: "He said the Liberals would ask the auditor general to review the
  // books", "The city will also urge Ottawa to pay" (a plan, not words anyone has said)
  if (!inverted && URGED_BASE.test(t.lower)) {
    const m = ADVERB_AFTER_MODAL.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (m > subject.last && /^(would|will|could|might|should|can|may|must|shall)$/.test(tokens[m]?.lower ?? '')) return null;
  }
  // nor one still to come in a clause of time or condition, in the present: "The authority should hire more workers
  // before it asks riders to pay more", "unless the city tells the union to …" (no request made yet)
  if (
    !inverted &&
    /^(before|until|unless|if|once)$/.test(tokens[subject.first - 1]?.lower ?? '') &&
    URGED_PRESENT.test(t.lower) &&
    i === subject.last + 1
  )
    return null;
  // a verb of saying inside an indirect question, after a modal, reports nothing: "Asked whether the city would ask the
  // province to step in, …", "It is not clear whether the union will tell its members to return"
  if (
    !inverted &&
    /^(whether|if)$/.test(tokens[subject.first - 1]?.lower ?? '') &&
    /^(would|will|could|might|should|can|may|must)$/.test(tokens[i - 1]?.lower ?? '') &&
    subject.last < i - 1
  )
    return null;
  return framed(base, base.verb, subject, inverted, false, Math.min(subject.first, i), Math.max(subject.last, vLast));
}

/**
 * Does the verb at i..vLast cry out the words of a quotation right beside it: opening right after it ("Some chanted “Go
 * home.”", "Others shouted: “…”") or closing right before its subject ("“Shame!” others yelled")? A crowd's few
 * speak so (a quantifier alone, which speaks otherwise only through a verb of reporting). Part of finiteConstruction.
 */
function criesOutWordsBeside(doc: Doc, subject: Found, i: number, vLast: number): boolean {
  const { tokens } = doc;
  if (!CRYING_OUT_VERBS.has(tokens[i]!.lower)) return false;
  if (subject.last < i && afterQuotation(doc, subject.first)) return true;
  let k = vLast + 1;
  if (/^[:,]$/.test(tokens[k]?.raw ?? '') && !doc.quoted[k]) k++;
  return QUOTE_MARKS.test(tokens[k]?.raw ?? '') && !!doc.quoted[k + 1];
}

/** Is the word at i a noun after an article, a number or a possessive, no verb ("rejected a report that …")? Part of finiteConstruction. */
function nounBeforeModifiersAt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  // a noun after an article or a possessive: "rejected a report that …", "its statement", "every claim"
  // (not "another" alone before a verb that is no noun: "One firm counts 2,400; another says …")
  const another =
    tokens[i - 1]?.lower === 'another' && !NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) && oneAlone(doc, i - 1, sentStart(doc, i));
  if (ARTICLE_LIKE.test(tokens[i - 1]?.lower ?? '') && tokens[i - 1]!.word && !another) return true;
  // (a plural noun after a number of two or more and at most one modifier, which no verb in -s agrees with: "crews from
  // two U.S. states", "three separate reports")
  if (
    /[^s]s$/.test(t.lower) &&
    NOUN_LIKE_VERBS.test(t.lower.slice(0, -1)) &&
    tokens[i - 1]?.word &&
    (PLURAL_COUNTS.test(tokens[i - 1]!.lower) || (!!tokens[i - 2]?.word && PLURAL_COUNTS.test(tokens[i - 2]!.lower)))
  )
    return true;
  // (a plural noun that closes the object of a verb judging it "as" something, with "as" after it: "dismissed the
  // opposition claims as “fantasy”", "rejected the monitors' reports as biased"; not "the union claims as many as …",
  // no such verb before it)
  if (/s$/.test(t.lower) && tokens[i + 1]?.lower === 'as' && objectJudgedAs(doc, i)) return true;
  // (or right after a possessive's ending, before a noun it modifies: "the head of Varenko's state grid operator, Ivan
  // Moroz, said", "the soldiers' report card"; not before what the claimant is said to have done: "condemned North
  // Korea's claim to have conducted …")
  if (
    NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) &&
    (tokens[i - 1]?.key === "'s" || /^['’]s?$/.test(tokens[i - 1]?.raw ?? '')) &&
    tokens[i + 1]?.word &&
    tokens[i + 1]!.cap === 0 &&
    !/^(to|that)$/.test(tokens[i + 1]!.lower)
  )
    return true;
  return false;
}

/** Is the word at i a noun by what follows or precedes it ("his past comments", "reports of looting")? Part of finiteConstruction. */
function nounNotVerbAt(doc: Doc, i: number, vLast: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  // a plural noun after a possessive and one lower-case modifier, or after a preposition and one: "his past comments",
  // "in swing states", "of several claims", "its record on land claims" (not "the suit claims": after "the", the word
  // may be the subject)
  const mod = tokens[i - 1];
  const det = tokens[i - 2];
  if (
    /s$/.test(t.lower) &&
    POSSESSED_NOUNS.test(t.lower.slice(0, -1)) &&
    mod?.word &&
    mod.cap === 0 &&
    !/^(also|now|still|then|often|never|always|only|just|too)$/.test(mod.lower) &&
    !/ly$/.test(mod.lower) &&
    // (a noun that speaks is the subject: "the suit claims", "the document states", "the group reports")
    !(SPEAKER_NOUNS.has(mod.lower) || DOCUMENT_NOUNS.has(mod.lower) || ORG_HEADS.has(mod.lower) || GROUP_NOUNS.has(mod.lower)) &&
    !personShaped(mod.lower) &&
    det?.word &&
    det.cap === 0 &&
    (/^(his|her|its|their|our|my|your)$/.test(det.lower) ||
      /^(in|of|from|across|among|for|to|with|by|about)$/.test(det.lower) ||
      // (after "on", "over", "against" or "into" the word is still a verb when what it says follows, a "that", a
      // determiner, a pronoun or a number: "The city's report on homelessness states that …", "A report on housing
      // claims rents will rise")
      (/^(on|over|against|into)$/.test(det.lower) && !saidAfter(tokens[i + 1], tokens[i + 2])))
  )
    return true;
  // a noun, not a verb, when a punctuation mark follows: "Iowa, a swing state, said", "according to the report."
  // or a verb follows it: "and then states doled it out", or "of": "his home state of Texas", "reports of looting"
  const after = tokens[vLast + 1];
  if (
    after !== undefined &&
    ((NOUN_LIKE_VERBS.test(t.lower) && /^[,.;:)]$/.test(after.raw)) ||
      (NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) && after.lower === 'of') ||
      (NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) &&
        after.word &&
        after.cap === 0 &&
        (/[^e]ed$/.test(after.lower) || AUXILIARIES.has(after.lower))) ||
      // (or, as a plural after a word in lower case, a relative "that" and its past tense: "Strong showings in the dozen
      // states that held primaries Tuesday …" — a clause of "that" opens with its subject, not a verb; not "Lund claims
      // that happened twice")
      (/s$/.test(t.lower) &&
        NOUN_LIKE_VERBS.test(t.lower.replace(/s$/, '')) &&
        tokens[i - 1]?.word === true &&
        tokens[i - 1]!.cap === 0 &&
        !PRONOUNS.has(tokens[i - 1]!.lower) &&
        !/ly$/.test(tokens[i - 1]!.lower) &&
        after.raw === 'that' &&
        !doc.quoted[vLast + 1] &&
        tokens[vLast + 2]?.word === true &&
        tokens[vLast + 2]!.cap === 0 &&
        !doc.quoted[vLast + 2] &&
        pastTense(tokens[vLast + 2]!.lower) &&
        !adjectiveBeforeSubject(doc, vLast + 2)) ||
      // (or a verb of saying in its third person after the base form: "what the staff report calls “…”", "the police
      // report says")
      (NOUN_LIKE_VERBS.test(t.lower) && after.word && after.cap === 0 && /[^s]s$/.test(after.lower) && SPEECH_VERBS.has(after.lower)))
  )
    return true;
  // a base form right after a comma, before a noun in lower case, is a noun's modifier, no verb (which would want a
  // subject before it): "…, state news agency Xinhua reported", "…, claim adjusters said", "…, charge nurse Ana Vale said"
  if (
    after?.word &&
    after.cap === 0 &&
    tokens[i - 1]?.raw === ',' &&
    NOUN_LIKE_VERBS.test(t.lower) &&
    !doc.quoted[vLast + 1] &&
    !NP_BREAK.has(after.lower) &&
    !DETERMINERS.has(after.lower) &&
    !PRONOUNS.has(after.lower) &&
    !OBJECT_PRONOUNS.has(after.lower) &&
    !/ly$/.test(after.lower)
  )
    return true;
  return false;
}

/** The subject inverted after the verb at i, when none stands before it ("“…,” said Peskov"), and whether it is inverted. */
function invertedSubject(doc: Doc, i: number, vLast: number, seen: NewName[]): { subject: Found | null; inverted: boolean } {
  const { tokens } = doc;
  let subject: Found | null = null;
  let inverted = false;
  const prev = tokens[i - 1];
  // inversion follows a quote, a comma or a clause: "“…,” said Peskov", "…, says Jane Doe."
  // (not a participle whose agent "by" names: "The ban, announced by former minister Clifford Ashworth last spring,
  // requires …" is a passive in apposition, no frame)
  if ((!prev || !prev.word || doc.quoted[i - 1]) && tokens[vLast + 1]?.lower !== 'by') {
    // (a clause of "that" right after the verb has no subject inverted before it: 'Dana Ruiz, who polls for a pro-Ruiz
    // "super PAC," posited that for renters, the jobless rate mattered more' is no "renters" speaking)
    // (not a demonstrative before a noun that closes the frame, "“…,” said that official.", or before a possessive, "“…,”
    // says that study's author, Mia Cole", "said that council's critics", or a time: "said that afternoon Mayor Tom Hale")
    const closesAt = (k: number): boolean => !tokens[k] || /^[,.;:!?]$/.test(tokens[k]!.raw);
    const afterThat = tokens[vLast + 2];
    // (the possessive's noun, one or two words in lower case, closes the frame: not the subject of a clause, "argued that
    // inflation's toll on renters mattered less")
    const closesPast = (k: number): boolean => {
      let m = k;
      while (m < k + 2 && tokens[m]?.word && tokens[m]!.cap === 0 && !doc.quoted[m] && !NP_BREAK.has(tokens[m]!.lower)) m++;
      return m > k && closesAt(m);
    };
    // (a time of day or week after "that" is the time of the saying, its speaker after it, a name or a determiner: "“…,”
    // said that afternoon Mayor Tom Hale", "said that morning a spokesman for the council")
    const thatTime =
      tokens[vLast + 1]?.lower === 'that' &&
      !doc.quoted[vLast + 1] &&
      /^(morning|afternoon|evening|night|day|week|weekend)$/.test(afterThat?.lower ?? '') &&
      afterThat!.cap === 0 &&
      !doc.quoted[vLast + 3] &&
      (tokens[vLast + 3]?.cap === 1 || /^(a|an|the)$/.test(tokens[vLast + 3]?.lower ?? ''));
    const thatNext =
      tokens[vLast + 1]?.word === true &&
      tokens[vLast + 1]!.raw === 'that' &&
      !doc.quoted[vLast + 1] &&
      !closesAt(vLast + 3) &&
      !closesAt(vLast + 4) &&
      !(afterThat?.cap === 0 && tokens[vLast + 3]?.key === "'s" && closesPast(vLast + 4)) &&
      !thatTime;
    const from = thatTime ? vLast + 2 : vLast;
    subject = thatNext ? null : (subjectAfter(doc, from, seen) ?? roleAndNameAfter(doc, from, seen));
    inverted = subject !== null;
    // "Mr. Lund, citing “…,” said the candidate could win": the words after the verb open its clause, an auxiliary
    // after them; the speaker is the name the sentence opens with, before its comma
    const next = subject ? tokens[subject.last + 1] : undefined;
    const auxNext = !!next?.word && next.cap === 0 && AUXILIARIES.has(next.lower);
    const pastNext = !auxNext && subject !== null && pastAfterInverted(doc, subject.last + 1);
    if (auxNext || pastNext) {
      const opener = sentenceSubject(doc, sentStart(doc, i), i);
      const openerComma = opener && tokens[opener.last + 1]?.raw === ',' ? opener : null;
      // (a past tense after it only when a subject before a comma opens the sentence to speak instead: "Mara Holt, who
      // calls the plan a “land grab,” said the council vote came too fast"; with none, the words after the verb are a
      // participle's phrase on the speaker, "“…,” said the man arrested yesterday", "…, said the official appointed
      // last month")
      if (auxNext || openerComma) {
        subject = openerComma;
        inverted = false;
      }
    }
    // the same past a title in quotation marks with the clause of "that": "Tessa Orrin, the author of “Salt Roads,”
    // argued that the highway …" (a clause of "that" is no subject inverted after its verb)
    const that = tokens[vLast + 1];
    if (!subject && prev && !prev.word && that?.lower === 'that' && that.cap === 0) {
      const opener = sentenceSubject(doc, sentStart(doc, i), i);
      subject = opener && tokens[opener.last + 1]?.raw === ',' ? opener : null;
    }
    // … and past it with a clause of no "that" whose subject is no speaker or goes on past its noun: "Joan Pike, host of
    // Coast Radio's “Morning Tide,” suggested the minister's refusal … could cost him", "…, the star of “Harbour
    // Lights,” said the ferry should stay" (a name inverted closes its sentence or its phrase: "…,” said Lund, who …")
    // … and past a relative clause on the sentence's subject that ends in quoted words: 'Mayor Dev Raman, who was elected
    // on a promise to "fix transit first," said he had spoken to …' (a word, no mark, after the verb: its clause)
    const clauseAfter = tokens[vLast + 1];
    if (!subject && prev && !prev.word && doc.quoted[i - 1] && clauseAfter?.word && !doc.quoted[vLast + 1]) {
      const opener = sentenceSubject(doc, sentStart(doc, i), i);
      const rel = opener ? tokens[opener.last + 2] : undefined;
      if (opener && tokens[opener.last + 1]?.raw === ',' && rel?.word && /^(who|whose)$/.test(rel.lower)) subject = opener;
    }
    const past = subject ? tokens[subject.last + 1] : that;
    if (prev && !prev.word && doc.quoted[i - 1] && past && !/^[,.;:!?—–)]$/.test(past.raw) && titleInApposition(doc, i)) {
      const opener = sentenceSubject(doc, sentStart(doc, i), i);
      if (opener && tokens[opener.last + 1]?.raw === ',') {
        subject = opener;
        inverted = false;
      }
    }
  }
  // (after a name or a term in quotation marks inside the sentence's noun phrase, only a subject right after the verb
  // that closes the sentence or its phrase: "… “a good first step” said Okafor." is Okafor's, as sloppily as it is put;
  // "The charity “Shelter Now” said the cuts would hurt families" has no "hurt families" inverted, see quotedTermBefore)
  if (
    inverted &&
    subject &&
    prev &&
    !prev.word &&
    (subject.first !== vLast + 1 || !/^[,.;]$/.test(tokens[subject.last + 1]?.raw ?? '.')) &&
    quotedTermBefore(doc, i, sentStart(doc, i)) >= 0
  )
    return { subject: null, inverted: false };
  return { subject, inverted };
}

/**
 * Whether the subject opening at token `first` comes right after a quotation closed with a comma, "?" or "!": its verb
 * is the quotation's frame, whatever the noun ('“…,” the 31-year-old added', '“…?” the Nigerian forward added').
 */
function trailsClosedQuotation(doc: Doc, first: number): boolean {
  const mark = doc.tokens[first - 1];
  const before = doc.tokens[first - 2];
  return !!mark && !!before && !mark.word && /^[”"»]$/.test(mark.raw) && /^[,?!]$/.test(before.raw);
}

/** Is the description before the verb at i no subject of it, the verb a noun or another sense ("the rallying cry", "The index added 42 points")? */
function descNoVerbSubject(doc: Doc, i: number, vLast: number, subject: Found, finding: boolean): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const head = subject.desc!.head;
  // a noun after a modifier in -ing, not a verb that agrees with no singular subject: "has become the rallying cry of
  // the levy's backers"
  // (and "cry" after any singular noun: "their own battle cry")
  // (a noun in -ing of its own is the subject: "…, the filing said", "the ruling said"; so is any before a past of
  // saying that is no noun: "Those at the meeting said", "Guests at the wedding told reporters")
  if (
    subject.last === i - 1 &&
    ((/[a-z]{2}ing$/.test(head) && !ING_NOUNS.test(head)) || (t.lower === 'cry' && !/s$/.test(head))) &&
    !/(s|ed)$/.test(t.lower) &&
    !/^(said|told|wrote)$/.test(t.lower)
  )
    return true;
  // a plural noun after its adjectives, not a verb after its subject: "calling the two lengthy investigative reports
  // “…”", "The latest reports show …" (the description would end in an adjective; "The Harbour Journal reports" stays)
  if (
    subject.last === i - 1 &&
    /s$/.test(t.lower) &&
    NOUN_LIKE_VERBS.test(t.lower.slice(0, -1)) &&
    /(ive|al|est|ous|ic|ful|ary)$/.test(head) &&
    !SPEAKER_NOUNS.has(head) &&
    !ORG_SUFFIXES.has(head)
  )
    return true;
  // nor after "of" and the words of a phrase the subject found does not hold: "drew thousands of angry replies within
  // hours" (no one "replies" there)
  if (
    /s$/.test(t.lower) &&
    NOUN_LIKE_VERBS.test(singularOf(t.lower)) &&
    tokens.slice(subject.last + 1, i).some((w) => w.word && w.lower === 'of')
  )
    return true;
  // "add" in its other senses: "The index added 42 points", "the main feature added during that year"
  // (a clause of "that", or a comma, colon or quotation after it, is said: "The candidate added, “…”", "an opinion added that …")
  if (
    /^add(s|ed)?$/.test(t.lower) &&
    !SPEAKER_NOUNS.has(head) &&
    !DOCUMENT_NOUNS.has(head) &&
    !/^(that|,|:|“|"|«)$/.test(tokens[vLast + 1]?.lower ?? '') &&
    !trailsClosedQuotation(doc, subject.first)
  )
    return true;
  // a base form after a singular "a"/"an" is a noun, not the verb: "a very early signal", "an urgent call"
  // (not after a modal, "a spokesman could only quip", nor a share of a group, "a third of voters say", "one in five say")
  if (
    SINGULAR_DETERMINERS.test(tokens[subject.first]!.lower) &&
    !/(s|ed|ing)$/.test(t.lower) &&
    !PAST_OF_SAYING.test(t.lower) &&
    // (nor a report's finding in the past: "A study found that …")
    !(finding && t.lower === 'found') &&
    // ("put it" is a verb in its past as well: "As one vendor put it, …")
    !(t.lower === 'put' && vLast > i) &&
    // (nor a collective of a plural, which may agree as one: "a handful of analysts argue")
    !(COLLECTIVES.test(head) && pluralNoun(tokens[subject.last])) &&
    !tokens.slice(subject.last + 1, i).some((w) => w.word && (AUXILIARIES.has(w.lower) || w.lower === 'to')) &&
    !tokens
      .slice(subject.first, i)
      .some((w) => w.raw === '%' || /^[0-9]/.test(w.raw) || (w.word && (QUANTITY_NOUNS.has(w.lower) || QUANTITY_SHARES.test(w.lower))))
  )
    return true;
  return false;
}

/**
 * Is the naming verb at i, its subject right before it, the "how" clause after a quoted word that opens the sentence and
 * a copula: "“Costly” is how the Harbour Herald described it" (any subject names the word so, a newspaper or a body too)?
 */
function fragmentNamedHow(doc: Doc, i: number, subject: Found, inverted: boolean): boolean {
  const { tokens, quoted } = doc;
  const how = subject.first - 1;
  if (inverted || i !== subject.last + 1 || tokens[how]?.lower !== 'how' || quoted[how]) return false;
  if (!/^(is|was)$/.test(tokens[how - 1]?.lower ?? '') || !QUOTE_MARKS.test(tokens[how - 2]?.raw ?? '')) return false;
  const ss = sentStart(doc, i);
  return (
    QUOTE_MARKS.test(tokens[ss]?.raw ?? '') && quoted[ss + 1] === 1 && !tokens.slice(ss + 1, how - 2).some((_, n) => !quoted[ss + 1 + n])
  );
}

/** Does a naming verb at i ("called", "dubbed", "described") name a thing rather than report its subject's words? */
function namingRejected(doc: Doc, i: number, vLast: number, subject: Found, inverted: boolean): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  // (what someone would or will call it is no naming yet: "the media would call him a “chicken” if he didn't")
  // (past an adverb: "would only describe it as …", "will simply call it …")
  const m = /^(only|just|simply|also|never|not|probably|likely)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  if (!inverted && /^(would|will|could|might|may|should|can)$/.test(tokens[m]?.lower ?? '')) return true;
  // (but "describe" with its object speaks for any group that opens its clause: "Ferry operators describe such deals
  // as …", "… said that most voters described themselves as …"; a reduced relative has no object, "the changes
  // described in the report as …", and a group in a relative clause is not the subject, "Voters who attended the
  // caucuses described …")
  const before = doc.sents.sent[subject.first - 1] === doc.sents.sent[subject.first] ? tokens[subject.first - 1] : undefined;
  const describing =
    /^describ/.test(t.lower) &&
    !inverted &&
    DESCRIBED_OBJECT.test(tokens[vLast + 1]?.lower ?? '') &&
    (!before || !before.word || CLAUSE_OPENERS.test(before.lower) || /^(that|and|so|yet)$/.test(before.lower)) &&
    !tokens.slice(subject.first, subject.last + 1).some((w) => /^(that|who|which|whom)$/.test(w.lower));
  // (and any speaker after "what", the object of the naming: "in what the agency described as the largest outbreak",
  // "what the hospital called a world first")
  const whatNamed =
    !inverted && before?.lower === 'what' && i === subject.last + 1 && (!/^describ/.test(t.lower) || tokens[vLast + 1]?.lower === 'as');
  if (
    subject.kind === 'desc' &&
    !SPEAKER_NOUNS.has(subject.desc!.head) &&
    !describing &&
    !whatNamed &&
    !fragmentNamedHow(doc, i, subject, inverted)
  )
    return true;
  // ("they" only in the past, an act of naming: "In the paper, they called walking “a convenient measure”"; in the
  // present it is anyone's usage: "what they call “the Pit”")
  // ("it" only in the past, opening the sentence after one a document or a body opens: "The report blamed overcrowding.
  // It called the situation “…”")
  // (right before the verb: not "It's become such a presence that Sanders … and called …")
  const body =
    subject.kind === 'pronoun' &&
    subject.pronoun === 'neuter' &&
    i === subject.last + 1 &&
    /ed$/.test(t.lower) &&
    itAfterBody(doc, subject.first);
  if (subject.kind === 'pronoun' && ((subject.pronoun === 'neuter' && !body) || (subject.pronoun === 'plural' && !/ed$/.test(t.lower))))
    return true;
  // (a quotation right after the verb is a name given to its subject, "a group called “X”", unless the subject opens a
  // relative clause on a noun before it, the thing named, and is a description: "a decision their lawyer called “a
  // turning point”"; not "a collection from the cartoonist Tom Reeve called “…”", a title)
  // (not after "what", whose speaker names a thing of its own: "about what one industry group calls “a development
  // charge crisis”"; but a name in capitals is a name even in a relative clause, "an operation the agency calls
  // “Operation Lantern,” an effort to …", not "a plan the critic called “a Trojan Horse”")
  if (
    /^[“"‘'«]$/.test(tokens[vLast + 1]?.raw ?? '') &&
    !whatNamed &&
    (inverted ||
      subject.kind !== 'desc' ||
      !contactNounBefore(doc, subject.first, sentStart(doc, i)) ||
      (titleCased(doc, vLast + 1) && (tokens[vLast + 2]?.cap ?? 0) > 0))
  )
    return true;
  // (nor a name given to a thing or a person, in capitals after "it", "him", "her" or "them", or after a noun phrase of
  // a determiner and up to three words in lower case: "He calls it “The Crooked Stair,” and …" names a tune, "The mayor
  // called the group “Friends of the Pier”" a group, not words of theirs; "calls the plan “a slap in the face”" stays)
  // (and a name in quotation marks right after a reflexive is one the subject goes by: "The group, which calls itself
  // “Friends of the Pier,” said …", "A man who called himself “the Pier Keeper” said …"; not words in lower case, the
  // subject's of itself: "Trump called himself “very pro-choice”" stays)
  const o = tokens[vLast + 1];
  if (!o?.word || o.cap !== 0) return false;
  if (/^(itself|himself|herself|themselves)$/.test(o.lower)) return nameInMarks(doc, vLast + 2);
  if (/^(it|him|her|them)$/.test(o.lower)) return titleCased(doc, vLast + 2);
  if (!/^(the|a|an|this|that|its|their|his|our)$/.test(o.lower)) return false;
  let q = vLast + 2;
  while (q <= vLast + 4 && tokens[q]?.word && tokens[q]!.cap === 0 && !doc.quoted[q]) q++;
  // (words apart, not one compound, a term that goes on with a noun: "called the plan “Band-Aid” policy" stays)
  return titleCased(doc, q) && tokens[q + 2]!.start > tokens[q + 1]!.end;
}

/**
 * The prepositions after a participle on a person that PP_PREPS lacks (PP_PREPS gives "a man charged with …", "accused
 * of …"): "a woman known as …", "elected by", "sentenced to", "worried about", "stationed near".
 */
const PARTICIPLE_PREPS = /^(as|by|to|about|under|after|near|over|into)$/;

/**
 * Does a verb in the past stand at k, past at most one noun in lower case, after a subject found inverted: the subject and
 * verb of the clause said, "Mara Holt, who calls the plan a “land grab,” said the council vote came too fast" (no
 * "council" speaks)? Not a participle's phrase on the speaker: "said a woman named Ana Ruiz", "said a man charged with …".
 */
function pastAfterInverted(doc: Doc, k: number): boolean {
  const { tokens, quoted } = doc;
  let v = k;
  const lowerWord = (j: number): boolean => !!tokens[j]?.word && tokens[j]!.cap === 0 && !quoted[j];
  if (lowerWord(v) && !pastTense(tokens[v]!.lower) && /^[a-z]{3,}$/.test(tokens[v]!.lower) && !/(ly|ing)$/.test(tokens[v]!.lower)) {
    if (NP_BREAK.has(tokens[v]!.lower) || PRONOUNS.has(tokens[v]!.lower)) return false;
    v++;
  }
  if (!lowerWord(v) || !pastTense(tokens[v]!.lower)) return false;
  const after = tokens[v + 1];
  // (a participle's phrase: a preposition, a name or a number after it)
  if (after?.word && (after.cap > 0 || PP_PREPS.has(after.lower) || PARTICIPLE_PREPS.test(after.lower))) return false;
  return !after || !/^[0-9]/.test(after.raw);
}

/**
 * Is the word in -ed at k an adjective on the subject of a clause, its noun and that noun's verb after it: "The report
 * notes that elected officials ignored the warnings", "The study notes that retired workers spend more" (not a past
 * tense with its object: "the dozen states that held primaries Tuesday strengthened …", "states that raised taxes last
 * year")?
 */
function adjectiveBeforeSubject(doc: Doc, k: number): boolean {
  const { tokens, quoted } = doc;
  const noun = tokens[k + 1];
  const verb = tokens[k + 2];
  if (!noun?.word || noun.cap !== 0 || quoted[k + 1] || NP_BREAK.has(noun.lower) || DETERMINERS.has(noun.lower)) return false;
  if (!verb?.word || verb.cap !== 0 || quoted[k + 2] || /ly$/.test(verb.lower)) return false;
  if (finiteVerbAfterSubject(verb)) return true;
  // (a plural noun before a base form: "retired workers spend more"; not a time after the object, "held primaries last week")
  return (
    pluralNoun(noun) &&
    !NP_BREAK.has(verb.lower) &&
    !DETERMINERS.has(verb.lower) &&
    !/^(last|next|earlier|yesterday|today|tonight|overnight|again|together|alone|too|very|so)$/.test(verb.lower)
  );
}

/**
 * Whether a quotation opens at token `k` whose words all begin with a capital, but for short words of a title ("of",
 * "the", "a", "and", "in", "on", "to", "at", "for"), at least two of them: “The Crooked Stair,”, “No Phones Please”.
 */
function titleCased(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (!/^[“"]$/.test(tokens[k]?.raw ?? '')) return false;
  let caps = 0;
  for (let j = k + 1; j < tokens.length && doc.quoted[j]; j++) {
    const w = tokens[j]!;
    if (/^[”"]$/.test(w.raw)) break;
    if (!w.word) continue;
    if (w.cap > 0) caps++;
    else if (!/^(of|the|a|an|and|in|on|to|at|for|or|by|with|from|'s)$/.test(w.lower)) return false;
    if (j - k > 12) return false;
  }
  return caps >= 2;
}

/**
 * Does a name open the quotation whose mark is at k, its first word capitalised, past an article at most: "“Friends of
 * the Pier”", "“the Pier Keeper”" (not "“very pro-choice”")?
 */
function nameInMarks(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (!QUOTE_OPENS.test(tokens[k]?.raw ?? '')) return false;
  const first = /^(the|a|an)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return !!tokens[first]?.word && tokens[first]!.cap > 0 && doc.quoted[first] === 1;
}

/** Verbs that make an utterance their object: "reprised the familiar chant", "let out a loud shout", "cracked an old joke". */
const UTTERING =
  /^(reprised?|reprises|start(ed|s)?|began|begins?|led|leads?|raised?|raises|let|lets|took|takes|join(ed|s)?|repeat(ed|s)?|gave|gives?|sent|sends?|struck|strikes?|broke|breaks?|launch(ed|es)?|offer(ed|s)?|deliver(ed|s)?|crack(ed|s)?|made|makes?|kept|keeps?)$/;

/**
 * An utterance noun after its determiner and modifier ("the familiar chant", see nounAfterModifiers) right before the
 * quotation it names, the object of a verb of making it: the subject of that verb says the words ("the crowd loudly
 * reprised the familiar chant “…”", "Okafor let out a weary sigh: “…”"), not the determiner and modifier as a subject.
 */
function utteredBy(
  doc: Doc,
  i: number,
  base: Omit<FoundConstruction, 'subject' | 'inverted' | 'continuing' | 'first' | 'last'>,
  seen: NewName[],
): FoundConstruction | null {
  const { tokens } = doc;
  if (!UTTERANCE_NOUNS.test(tokens[i]!.lower)) return null;
  const q = /^[,:]$/.test(tokens[i + 1]?.raw ?? '') ? i + 2 : i + 1;
  if (!doc.quoted[q] || doc.quoted[i]) return null;
  let d = i - 1;
  while (d >= i - 3 && !(tokens[d]?.word && ARTICLE_LIKE.test(tokens[d]!.lower))) d--;
  if (d < i - 3) return null;
  // (past its particle: "let out", "took up", "broke into")
  const v = /^(out|up|into|in)$/.test(tokens[d - 1]?.lower ?? '') ? d - 2 : d - 1;
  const verb = tokens[v];
  if (!verb?.word || verb.cap !== 0 || !UTTERING.test(verb.lower) || doc.sents.sent[v] !== doc.sents.sent[i]) return null;
  const subject = subjectBefore(doc, v, seen);
  if (!subject || (subject.kind === 'pronoun' && subject.pronoun === 'neuter')) return null;
  return framed(base, base.verb, subject, false, false, Math.min(subject.first, i), i);
}

/** The words that open the object of "described … as": "described the deal as", "describe themselves as". */
const DESCRIBED_OBJECT =
  /^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|such|him|them|us|me|it|himself|herself|themselves|itself)$/;

/** The base form of a verb of asking someone to act ("would ask the council to …"), and an adverb after a modal. */
const URGED_BASE = /^(ask|urge|call|tell|press|encourage|advise|implore|beg)$/;
/** The present of a verb of asking someone to act, base or third person: "before it asks riders to pay". */
const URGED_PRESENT = /^(asks?|urges?|calls?|tells?|press|presses|encourages?|advises?|implores?|begs?)$/;
const ADVERB_AFTER_MODAL = /^(also|then|again|first|formally|likely|probably|soon)$/;

/**
 * A verb of manner the lexicon does not list, in a frame right after a quotation that ends in a comma (or a
 * question or exclamation mark): "“…,” Toomey fumed.", "“…,” Oliver barked on Tuesday.", "“…?” Hannity pressed."
 * Past tense only, its subject a name, a pronoun or a speaker noun right after the closing mark, and the verb
 * closing the sentence or followed by a phrase of time or place.
 */
function mannerFrameAt(doc: Doc, i: number, seen: NewName[]): FoundConstruction | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // (and "shot back", the one irregular verb of the kind: "“…,” Trump shot back.")
  const shotBack = t.lower === 'shot' && next?.lower === 'back';
  if ((!/^[a-z]{3,}ed$/.test(t.lower) && !shotBack) || SPEECH_VERBS.has(t.lower) || doc.headings.has(t.para)) return null;
  // inverted, right after the closing mark: "“…,” scoffed Ariana Gill, 22, who …", "“…?” pressed the host." (a name, or
  // a speaker noun, then the end of the sentence or a comma)
  // (past the particle of a retort: "“…,” shot back the minister.", "“…,” fired back Rhéal Duquette.")
  const v = next?.word && next.lower === 'back' ? i + 1 : i;
  if (QUOTE_MARKS.test(tokens[i - 1]?.raw ?? '') && /^[,?!]$/.test(tokens[i - 2]?.raw ?? '') && tokens[v + 1]?.word) {
    const s = subjectAfter(doc, v, seen);
    const after = s ? tokens[s.last + 1] : undefined;
    // (past titles and abbreviated ones: "sniffed Councillor Dora Pike", "sniffed Coun. Dora Pike")
    const titled = (k: number): boolean => {
      const x = tokens[k]!;
      return (x.word && (TITLES.has(x.lower) || ABBREVIATIONS.has(x.lower))) || (x.raw === '.' && k > v + 1);
    };
    if (
      !s ||
      s.first > v + 4 ||
      tokens.slice(v + 1, s.first).some((_, n) => !titled(v + 1 + n)) ||
      (s.kind !== 'key' && !(s.kind === 'desc' && SPEAKER_NOUNS.has(s.desc!.head) && !s.desc!.group)) ||
      (after && !/^[.,;]$/.test(after.raw))
    )
      return null;
    const base = { verbFirst: i, verbLast: v, verb: t.lower, sent: doc.sents.sent[i]!, para: t.para };
    return framed(base, base.verb, s, true, false, i, s.last);
  }
  // (an adverb of manner may follow the verb or its particle: "“…,” Toomey fumed loudly.", "Rubio fired back forcefully:
  // “…”"; or precede the verb: "Rubio forcefully fired back: “…”")
  const manner = (k: number): boolean => !!tokens[k]?.word && tokens[k]!.cap === 0 && /^[a-z]{3,}ly$/.test(tokens[k]!.lower);
  if (
    next &&
    !/^[.,;:]$/.test(next.raw) &&
    !(next.word && /^(on|at|in|during|after|before|as|back|again)$/.test(next.lower)) &&
    !manner(i + 1)
  )
    return null;
  const s0 = manner(i - 1) ? i - 1 : i;
  // (with an adverb beside the verb, no frame without a quotation closing a few words before the verb or opening right
  // after it: the subject is then not read at all, for reading it registers the name as one of the verb's, and "Haoyu
  // smiled brightly. “…,” he said." would lose its "he"; without an adverb the subject is read as before, "Stuart smiled."
  // registering Stuart for the next "he")
  const particle = next?.word && /^(back|up|out|off|in)$/.test(next.lower) ? i + 2 : i + 1;
  const p = manner(particle) ? particle + 1 : particle;
  const opens = /^[,:]$/.test(tokens[p]?.raw ?? '') && QUOTE_MARKS.test(tokens[p + 1]?.raw ?? '');
  let closes = false;
  for (let k = s0 - 1, floor = sentStart(doc, s0); k > floor && k >= s0 - 10 && !closes; k--)
    closes = QUOTE_MARKS.test(tokens[k]!.raw) && /^[,?!]$/.test(tokens[k - 1]!.raw);
  if (!opens && !closes && (s0 < i || manner(i + 1) || p > particle)) return null;
  const subject = subjectBefore(doc, s0, seen);
  if (!subject || subject.last !== s0 - 1 || subject.last - subject.first > 4) return null;
  if (subject.kind === 'pronoun' ? subject.pronoun === 'neuter' : subject.kind === 'desc' && !SPEAKER_NOUNS.has(subject.desc!.head))
    return null;
  // titles before the name: "“…,” Councillor Ada Berg scoffed."
  let close = subject.first - 1;
  while (close > 0 && close > subject.first - 4 && (tokens[close]!.cap > 0 || (tokens[close]!.raw === '.' && tokens[close - 1]!.cap > 0)))
    close--;
  const trailing = QUOTE_MARKS.test(tokens[close]?.raw ?? '') && /^[,?!]$/.test(tokens[close - 1]?.raw ?? '');
  // or before a quotation, a name or a pronoun as its subject: "Hillary Clinton cracked, “…”", "Okafor shrugged: “…”"
  // (past a particle of the verb: "Councillor Ada Berg fired back: “…”")
  const leading = opens && subject.kind !== 'desc';
  if (!trailing && !leading) return null;
  const base = { verbFirst: i, verbLast: i, verb: t.lower, sent: doc.sents.sent[i]!, para: t.para };
  return framed(base, base.verb, subject, false, false, subject.first, i);
}

/** Verbs of telling whose listeners may come between them and "that" after "to": "to warn residents that …". */
const TELLING_INFINITIVES = /^(tell|warn|remind|assure)$/;

/**
 * Does the "that" after the listeners that open at j ("residents that", "his supporters that", "them that") open a
 * reported clause, not a relative one: its next word a determiner, a pronoun, a name or a number, or a noun followed by
 * a finite verb ("residents that roads would be icy"), never a verb or an adverb ("residents that live near …"), and
 * its first verb not left without its object ("people that she met at the market", "workers that the plant employs that
 * …")? True where no such "that" follows within four words.
 */
function reportAfterListeners(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  let that = -1;
  for (let k = j + 1; k <= j + 3 && tokens[k]?.word && !doc.quoted[k]; k++)
    if (tokens[k]!.lower === 'that') {
      that = k;
      break;
    }
  if (that < 0) return true;
  const o = that + 1;
  const w = tokens[o];
  if (!w) return false;
  if (!w.word) return QUOTE_MARKS.test(w.raw);
  if (doc.quoted[o] || /^[0-9]/.test(w.raw)) return true;
  const finite = (x: Token | undefined): boolean =>
    !!x?.word && x.cap === 0 && (AUXILIARIES.has(x.lower) || IRREGULAR_PAST.has(x.lower) || /[^s]s$|ed$/.test(x.lower));
  // (a plural and a verb's base form: "residents that polls close at eight")
  const pluralThenBase = (x: Token, y: Token | undefined): boolean =>
    /[^s]s$/.test(x.lower) && !!y?.word && y.cap === 0 && !doc.quoted[o + 1] && !NP_BREAK.has(y.lower) && !/(s|ly|ing)$/.test(y.lower);
  // (a verb whose object is the relative's: "she met at …", "the plant employs that …")
  const gapped = (v: number): boolean =>
    finite(tokens[v]) && !AUXILIARIES.has(tokens[v]!.lower) && /^(that|at|about)$/.test(tokens[v + 1]?.lower ?? '');
  if (w.cap > 0) {
    let v = o + 1;
    while (tokens[v]?.word && tokens[v]!.cap > 0) v++;
    return !gapped(v);
  }
  if (/^(he|she|they|we|i|you|it|there)$/.test(w.lower)) return !gapped(o + 1);
  if (DETERMINERS.has(w.lower) && w.lower !== 'that') return !gapped(o + 2);
  // (a noun, no adverb: "residents that still live near …")
  return (
    !AUXILIARIES.has(w.lower) &&
    !IRREGULAR_PAST.has(w.lower) &&
    !SUBJECT_VERB_FILLERS.has(w.lower) &&
    !/(ly|ed)$/.test(w.lower) &&
    (finite(tokens[o + 1]) ||
      pluralThenBase(w, tokens[o + 1]) ||
      // (or a modifier, its noun and an auxiliary or a past only a verb spells: "motorists that black ice was expected")
      (!!tokens[o + 1]?.word &&
        tokens[o + 1]!.cap === 0 &&
        (AUXILIARIES.has(tokens[o + 2]?.lower ?? '') || IRREGULAR_PAST.has(tokens[o + 2]?.lower ?? ''))))
  );
}

/**
 * Is the verb of finding at i, in the past or present, a frame after the words it found: a report's noun after a comma,
 * "the" or "a" and at most three words in lower case before it, its sentence ending right after it ("The bridge will stay
 * closed until May, the audit found.", "…, a new review found.", in the perfect too: "…, a large new study has
 * found.")? Not "…, as the audit found." (a clause of manner, which the comma does not open), nor a finding of things
 * ("…, the inspectors found a leak").
 */
function findingAfterWords(doc: Doc, i: number): boolean {
  const { tokens, quoted } = doc;
  if (!/^(found|finds)$/.test(tokens[i]!.lower) || quoted[i]) return false;
  const next = tokens[i + 1];
  if (next && !(next.raw === '.' && (tokens[i + 2] === undefined || doc.sents.sent[i + 2] !== doc.sents.sent[i]))) return false;
  // (the perfect's "has" or "have" between the noun and "found")
  const n = /^(has|have)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i]!.lower === 'found' && !quoted[i - 1] ? i - 1 : i;
  const head = tokens[n - 1];
  if (!head?.word || head.cap > 0 || quoted[n - 1] || !REPORT_NOUNS.test(head.lower)) return false;
  let d = n - 2;
  while (
    d >= n - 4 &&
    tokens[d]?.word &&
    !quoted[d] &&
    !/^(a|an|the)$/.test(tokens[d]!.lower) &&
    (tokens[d]!.cap === 0 || /^[0-9]{4}$/.test(tokens[d]!.raw))
  )
    d--;
  return /^(a|an|the)$/.test(tokens[d]?.lower ?? '') && !quoted[d] && tokens[d - 1]?.raw === ',';
}

/** "read"/"reads" of a document, a sign or a message: a verb of saying only right beside a quotation. */
const DOCUMENT_READS: ReadonlySet<string> = new Set(['read', 'reads']);

/**
 * Is c a frame of REPORT_FINDINGS whose subject is a report's noun: "A study written by two economists found that …"? (A
 * poll, a survey, data, records or results that "show" are evidence, not words; a person who "found" has learnt or seen.)
 */
function reportFinding(c: FoundConstruction): boolean {
  // (one report of a study, not "reports" or a news report, whose writers are no one: "Initial reports showed that …",
  // "Media reports found that …")
  return (
    c.subject?.kind === 'desc' &&
    !c.inverted &&
    REPORT_NOUNS.test(c.subject.desc!.head) &&
    !/\b(news|media|press)\b/.test(c.subject.desc!.text.toLowerCase())
  );
}

/**
 * Is c a frame of "found" or "finds" whose subject holds an office that inquires and reports, FINDING_OFFICES: "The
 * ombudsman found that …", "Auditor General Ana Reyes found that …", "Reyes found that …" after that title? Its findings
 * are its words, as a report's are (not "showed", nor a pronoun, which may be anyone who found a thing out).
 */
function officeFinding(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || c.inverted || !/^(found|finds)$/.test(doc.tokens[c.verbFirst]!.lower)) return false;
  // (the office's noun before "general" too: "the auditor general found that …", "the inspector general found that …")
  if (s.kind === 'desc')
    return (
      FINDING_OFFICES.has(s.desc!.head) || (s.desc!.head === 'general' && /^(auditor|inspector)$/.test(doc.tokens[s.last - 1]?.lower ?? ''))
    );
  if (s.kind !== 'key' || s.key!.kind === 'new') return false;
  for (const h of keyHeads(doc, s.key!)) if (FINDING_OFFICES.has(h)) return true;
  return false;
}

/**
 * The maker of the report that opens the sentence of the verb of finding at i, named right before the verb after "by"
 * and an optional "the": "A report by Human Rights Watch found that …", "A new study by the University of Leeds shows
 * that …" (capitalised words, "of" or "and" between them; a client after "for" is left out). The report is the maker's words, as "Human Rights
 * Watch said" would be. Null when the subject is shaped otherwise ("A study by two economists found", "A study by Dr.
 * Anika Sharma of the University of Leeds found": the report speaks, see reportOfMaker).
 */
function reportMaker(doc: Doc, i: number, seen: NewName[]): Found | null {
  const { tokens, quoted } = doc;
  const start = sentStart(doc, i);
  const capital = (k: number): boolean => !!tokens[k]?.word && tokens[k]!.cap > 0 && !quoted[k];
  let last = i - 1;
  if (!capital(last)) return null;
  let first = last;
  while (first - 1 > start && (capital(first - 1) || (/^(of|for|and)$/.test(tokens[first - 1]!.lower) && capital(first - 2)))) first--;
  // (a client after "for" is no maker: "A study by Ipsos for Reuters found …" is Ipsos's finding)
  for (let k = first + 1; k < last; k++)
    if (tokens[k]!.lower === 'for') {
      last = k - 1;
      break;
    }
  let b = first - 1;
  if (tokens[b]?.lower === 'the' && tokens[b]!.cap === 0) b--;
  if (tokens[b]?.lower !== 'by' || quoted[b]) return null;
  const head = tokens[b - 1];
  if (!head?.word || head.cap !== 0 || quoted[b - 1] || !REPORT_NOUNS.test(head.lower)) return null;
  // (an article, and at most three words in lower case, open the sentence: "A new study by …", "An independent review by …")
  let d = b - 2;
  while (d > start && d >= b - 4 && tokens[d]!.word && tokens[d]!.cap === 0 && !/^(a|an|the)$/.test(tokens[d]!.lower)) d--;
  if (d !== start || !/^(a|an|the)$/.test(tokens[d]!.lower)) return null;
  const known = keyStartingAt(doc, first);
  if (known && known.last === last) return { kind: 'key', key: known.key, first, last };
  const n: NewName = { kind: 'new', first, last, maker: true };
  seen.push(n);
  return { kind: 'key', key: n, first, last };
}

/** Is c's subject the maker reportMaker finds, a name that closes a report's by-phrase right before the verb? */
function makerSpeaks(doc: Doc, c: FoundConstruction): boolean {
  const s = c.subject;
  if (!s || s.kind !== 'key' || c.inverted) return false;
  const m = reportMaker(doc, c.verbFirst, []);
  return !!m && m.first === s.first && m.last === s.last;
}

/**
 * A finding's subject widened to the report its maker is named in, after "by" or "of", when that report opens the
 * sentence: "A report by Human Rights Watch found that …", "An investigation by the Guardian found that …", "A study by
 * Dr. Anika Sharma of the University of Leeds found that …" (the report speaks; its maker is named in its phrase).
 */
function reportOfMaker(doc: Doc, c: FoundConstruction): FoundConstruction {
  const s = c.subject;
  if (!s || c.inverted || s.kind === 'pronoun' || (s.kind === 'desc' && REPORT_NOUNS.test(s.desc!.head))) return c;
  const { tokens } = doc;
  const start = sentStart(doc, s.first);
  // (back over the makers named, each after "by" or "of", and "the": at most three)
  let k = s.first - 1;
  for (let n = 0; n < 3 && k > start; n++) {
    // (past the maker's title and article: "by Dr. Anika Sharma", "by the Guardian")
    while (k > start && (tokens[k]!.raw === '.' || (tokens[k]!.word && tokens[k]!.cap > 0) || tokens[k]!.lower === 'the')) k--;
    if (!/^(by|of)$/.test(tokens[k]!.lower) || doc.quoted[k]) return c;
    const head = tokens[k - 1]!;
    if (head.word && head.cap === 0 && !doc.quoted[k - 1] && REPORT_NOUNS.test(head.lower)) {
      // (an article, and at most two words of its kind, open the sentence: "A new study by …", "An independent review by …")
      let d = k - 2;
      while (d > start && d >= k - 4 && tokens[d]!.word && tokens[d]!.cap === 0 && !/^(a|an|the)$/.test(tokens[d]!.lower)) d--;
      if (d !== start || !/^(a|an|the)$/.test(tokens[d]!.lower)) return c;
      const text = withoutInvisible(doc.text.slice(tokens[d]!.start, tokens[s.last]!.end));
      const desc = { text, definite: tokens[d]!.lower === 'the', head: head.lower, group: false, gender: null };
      return { ...c, subject: { kind: 'desc', desc, first: d, last: s.last } };
    }
    // (an earlier maker, a name in title case: "Dr. Anika Sharma of …")
    k--;
  }
  return c;
}

/** Nouns of a work whose title may follow in quotation marks: "the film “Winter Orchard”", "her album, “Paper Moons”". */
const WORK_NOUNS = /^(series|show|book|album|film|movie|novel|podcast|memoir|documentary|single|song|play|musical|sitcom|record|ep)$/;

/**
 * Is the quotation that closes right before the verb at i a title in an apposition: a few words quoted, opened after a
 * word of the sentence (not at its start, nor after a comma unless a work's noun stands before it) and closed by a comma
 * inside or outside its mark ("host of Coast Radio's “Morning Tide,”", "the author of “Salt Roads”,", "her previous
 * film, “Winter Orchard,”")?
 */
function titleInApposition(doc: Doc, i: number): boolean {
  const { tokens, quoted } = doc;
  let k = i - 1;
  let comma = false;
  while (k > 0 && !tokens[k]!.word && /^[,“”"'‘’]$/.test(tokens[k]!.raw)) comma = tokens[k--]!.raw === ',' || comma;
  let words = 0;
  for (; k > 0 && quoted[k] && tokens[k]!.raw !== '“'; k--) if (tokens[k]!.word && ++words > 6) return false;
  while (k > 0 && !tokens[k]!.word && /^[“"'‘]$/.test(tokens[k]!.raw)) k--;
  // (or a work's noun and a comma before it, the title in apposition to it: "her previous film, “Winter Orchard,”")
  const noun = tokens[k - 1];
  const work = tokens[k]?.raw === ',' && !!noun?.word && noun.cap === 0 && WORK_NOUNS.test(noun.lower) && !quoted[k - 1];
  const before = work ? noun : tokens[k];
  if (words === 0 || !comma || !before?.word || quoted[k]) return false;
  return before.key === "'s" || (before.cap === 0 && (/^(of|on|in|for|from|column)$/.test(before.lower) || WORK_NOUNS.test(before.lower)));
}

/**
 * Is the subject found before the verb at i, past the commas of a phrase, the object of a clause the sentence reports,
 * the verb inverted after its comma with a name after it that closes the sentence or its phrase: "City data show the
 * lane carries about 3,100 cyclists a day, more than triple the count before, said Aiyana Redcloud, director of …" (or
 * "…, said Aiyana Redcloud on Monday.") is Redcloud's, not "about 3,100 cyclists"' (a word of its clause, no opener, before the noun found: "Jane Doe, the mayor,
 * said Smith, …" and "…, and the mayor, a Democrat, said Lund." stay). Only a verb with no object of its own ("said",
 * "added", "wrote"; not "told Reuters"), a finite verb before the noun (a clause's object, not "In an interview last week the
 * senator"), no role word before it ("chief executive Jane Doe, who …"), no quotation opening the sentence, and no
 * verb after the name's apposition ("said Ana Lund, her rival, was lying" reports Lund's lying).
 */
function objectBeforeInversion(doc: Doc, subject: Found, i: number, vLast: number, seen: NewName[]): boolean {
  const { tokens } = doc;
  const prev = tokens[i - 1];
  if (prev?.raw !== ',' || doc.quoted[i - 1] || subject.last >= i - 2) return false;
  if (!OBJECTLESS_FRAME_VERBS.test(tokens[i]!.lower)) return false;
  const start = sentStart(doc, i);
  // (or a name in apposition to that object, the object's noun before its comma: "The premier warned the governor, Ana
  // Ruiz, not to close the port, said Tom Berg" is Berg's, not Ruiz's)
  const apposed = tokens[subject.first - 1]?.raw === ',' && !doc.quoted[subject.first - 1];
  const b = apposed ? subject.first - 2 : subject.first - 1;
  const before = tokens[b];
  if (!before?.word || before.cap !== 0 || doc.quoted[b] || b < start) return false;
  if (/^(and|or|nor|but|that|so|yet|then|while|whom|who|which)$/.test(before.lower)) return false;
  if (CLAUSE_OPENERS.test(before.lower) || SUBORDINATE_CLAUSE.test(before.lower) || (TITLES.has(before.lower) && !apposed)) return false;
  if (doc.quoted[start] || QUOTE_MARKS.test(tokens[start]?.raw ?? '')) return false;
  let finite = false;
  for (let k = start; k <= b && !finite; k++) finite = !doc.quoted[k] && finiteVerbLike(tokens[k]!);
  if (!finite) return false;
  const after = subjectAfter(doc, vLast, seen);
  if (!after) return false;
  // (… or a description of a person right after the verb, "a" or "an" before it, who closes the sentence or is told of
  // in a relative clause: "…, said a senior aide who attended the meeting.")
  const described =
    after.kind === 'desc' &&
    after.first === vLast + 1 &&
    /^(a|an)$/.test(tokens[after.first]!.lower) &&
    (SPEAKER_NOUNS.has(after.desc!.head) || pluralSpeakerNoun(after.desc!.head));
  if (after.kind !== 'key' && !described) return false;
  if (described && tokens[after.last + 1]?.lower === 'who') return true;
  // (or a short time of the saying closes it: "…, said National Development Minister Desmond Lim on Sunday.")
  const timed = timeThenStop(doc, after.last + 1);
  const next = tokens[after.last + 1];
  if (!(next === undefined || after.last === sentEnd(doc, vLast) || /^[,.;]$/.test(next.raw) || timed)) return false;
  // (the name's apposition closed by a comma and a verb: the name opens the reported clause)
  if (next?.raw === ',') {
    const end = sentEnd(doc, vLast);
    for (let k = after.last + 2; k <= end && k <= after.last + 12; k++) {
      if (tokens[k]!.raw !== ',') continue;
      const verb = tokens[k + 1];
      if (verb?.word && verb.cap === 0 && finiteVerbLike(verb) && !/s$/.test(verb.lower)) return false;
      break;
    }
  }
  return true;
}

/**
 * Verbs that take no object of their own after their comma, so an inverted "…, said NAME" closes its sentence with the
 * speaker ("…, wrote film director NAME, …, on Facebook"; not "…, told Reuters", whose name is the hearer).
 */
const OBJECTLESS_FRAME_VERBS = /^(say|says|said|add|adds|added|write|writes|wrote)$/;

/** A word in lower case that reads as a finite verb: an auxiliary, an irregular past, a past in "-ed", a third person in "-s". */
function finiteVerbLike(t: Token): boolean {
  if (!t.word || t.cap !== 0) return false;
  return AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /..ed$/.test(t.lower) || /[^su'’]s$/.test(t.lower);
}

/**
 * Does the "read"/"reads" at i frame a quotation: "“…,” the email read.", "“…,” reads an editorial in …",
 * "At the bottom it reads, “…”", "The sign read “No ferries, no future.”"? Not "He read the letter to the crowd."
 */
function readsQuotation(doc: Doc, i: number, subject: Found, inverted: boolean): boolean {
  const { tokens } = doc;
  const mark = (k: number): boolean => QUOTE_MARKS.test(tokens[k]?.raw ?? '');
  // (in an object relative clause the relative is what is read, the quotation after the verb no text of it: "the study,
  // which she had read “cover to cover,” showed …")
  const rel = tokens[subject.first - 1];
  if (!inverted && rel?.word && /^(which|that|whom)$/.test(rel.lower) && !doc.quoted[subject.first - 1]) return false;
  if ((/^[,:]$/.test(tokens[i + 1]?.raw ?? '') && mark(i + 2)) || (mark(i + 1) && !inverted)) return true;
  const before = inverted ? i - 1 : subject.first - 1;
  return mark(before) || (tokens[before]?.raw === ',' && mark(before - 1));
}

const QUOTE_MARKS = /^[“”"«»]$/;

/**
 * Nouns of a thing someone said whose words a quotation set off by commas after them gives: "the premier's closing line,
 * “…,”" (not a slogan or a motto, a name more than an utterance: "Donald Trump's signature slogan, “Make America Great
 * Again.”" on a turban).
 */
const SAID_THING =
  /^(line|answer|reply|response|retort|remark|comment|quip|words|message|promise|pledge|vow|warning|verdict|reaction|advice|explanation|assessment)$/;

/**
 * The owner of a thing said, when the quotation opening at `openTok` is set off by a comma after it, in apposition:
 * "Even the premier's closing line, “It's just common sense, folks,” got a standing ovation" (a name or a definite
 * description of one noun, its "'s", at most three modifiers, then the noun); null otherwise.
 */
export function ownerOfSaidThing(doc: Doc, openTok: number): Subject | null {
  const { tokens, quoted } = doc;
  if (!/^[,:?]$/.test(tokens[openTok - 1]?.raw ?? '') || quoted[openTok - 1]) return null;
  let n = openTok - 2;
  if (tokens[openTok - 1]!.raw === ':') {
    // (before a colon, the noun may be told of first: "Her response was blunt: “…”", "His answer is simple: “…”")
    if (tokens[n]?.word && tokens[n]!.cap === 0 && /^(was|is)$/.test(tokens[n - 1]?.lower ?? '') && !quoted[n]) n -= 2;
    // (or its hearers named after it: "Ruiz's message to voters: “…”", "her advice for the council: “…”")
    for (let k = n; k > n - 4 && tokens[k]?.word && !quoted[k]; k--)
      if (/^(to|for)$/.test(tokens[k]!.lower) && SAID_THING.test(tokens[k - 1]?.lower ?? '')) {
        n = k - 1;
        break;
      }
  }
  const noun = tokens[n];
  if (!noun?.word || noun.cap !== 0 || !SAID_THING.test(noun.lower)) return null;
  // (a possessive pronoun, which opens its sentence before a colon or a question mark: "Her verdict? “…”", "His answer: “…”")
  return saidThingOwner(doc, n, tokens[openTok - 1]!.raw !== ',', false);
}

/**
 * The maker of a thing said named after "from", before a colon and the quotation: "The answer from the minister was short:
 * “…”", "The reply from Northwind Telecom was brief: “…”", "The reply from the tenants' union was blunt: “…”" (the noun
 * opens its sentence with "the" or "a"; the maker is a person's or a body's name or noun, saidThingMaker; past a "was" or
 * "is" and its adjective). A name the name finder did not register counts when an organisation's word closes it: "The
 * response from Northwind Telecom: “…”" (unregisteredBodyName). Null otherwise.
 */
export function makerOfSaidThing(doc: Doc, openTok: number): Subject | null {
  const { tokens, quoted } = doc;
  if (tokens[openTok - 1]?.raw !== ':' || quoted[openTok - 1]) return null;
  let n = openTok - 2;
  if (tokens[n]?.word && tokens[n]!.cap === 0 && /^(was|is)$/.test(tokens[n - 1]?.lower ?? '') && !quoted[n]) n -= 2;
  for (let f = n - 1; f >= n - 5 && f > 1; f--) {
    const t = tokens[f]!;
    // (past an owner's mark: "the tenants' union", "the city's fire chief")
    if ((!t.word && t.key !== "'s" && !pluralPossessive(tokens, f)) || quoted[f]) return null;
    if (t.lower !== 'from') continue;
    const noun = tokens[f - 1]!;
    const det = tokens[f - 2]!;
    const opens = doc.sents.starts[doc.sents.sent[f - 2]!] === f - 2;
    if (!noun.word || noun.cap !== 0 || !SAID_THING.test(noun.lower) || !det.word || !/^(the|a)$/.test(det.lower) || !opens) return null;
    return saidThingMaker(doc, f + 1, n);
  }
  return null;
}

/**
 * The maker named from token `a` to `n` after "from" (makerOfSaidThing): a person's or an organisation's name, with or
 * without its "the" ("from Dmitry Peskov", "from the Kremlin", "from Northwind Telecom"), or a determiner's noun phrase
 * whose head is a person's, a speaker's or a body's noun ("from the minister", "from the tenants' union"). Null for
 * what makes no statement of its own: a place ("from Washington"), an event or a thing ("from the referendum", "from
 * the stands"), a document ("from the report", "from the polls").
 */
function saidThingMaker(doc: Doc, a: number, n: number): Subject | null {
  const { tokens } = doc;
  const named = keyEndingAt(doc, n);
  if (named) {
    const type = keyType(doc, named.key);
    const start = tokens[a]!.lower === 'the' && named.first === a + 1 ? a + 1 : a;
    if (named.first !== start || (type !== 'person' && type !== 'organization')) return null;
    return { kind: 'key', key: named.key, first: start, last: n };
  }
  if (!DETERMINERS.has(tokens[a]!.lower)) return unregisteredBodyName(doc, a, n);
  const d = descEndingAt(doc, n, a);
  if (d?.kind !== 'desc' || d.first !== a) return null;
  const head = d.desc!.head;
  const speaks = SPEAKER_NOUNS.has(head) || TITLES.has(head) || ORG_HEADS.has(head);
  if (!speaks || DOCUMENT_NOUNS.has(head) || DOCUMENT_PLURALS.has(head)) return null;
  return { kind: 'desc', desc: d.desc!, first: d.first, last: d.last };
}

/**
 * Whether a capitalised run's last word makes it an organisation's name: a company's suffix, a word that ends only
 * organisations' names, or an organisation's noun ("Halvorsen Group", "Northwind Telecom", "Kelso Council"); not the
 * places, events and laws of ORG_SUFFIXES ("Times Square", "Central Park", "World Cup", "Clean Air Act").
 */
function bodyNameEnd(head: string): boolean {
  return COMPANY_SUFFIXES.has(head) || ORG_NAME_ENDS.has(head) || ORG_HEADS.has(head);
}

/**
 * An organisation's name from `a` to `n` that the name finder did not register (named nowhere else, with no verb): two
 * capitalised words or more, the last an organisation's word, "from Northwind Telecom: “…”", "from Harbour Mutual
 * Insurance: “…”" (a body, as a description; not one word alone, "from Washington", nor a person's name, "from
 * Charlotte Church", whose first word is a given name; nor a place, an event or a law, "from Times Square"). Null
 * otherwise.
 */
function unregisteredBodyName(doc: Doc, a: number, n: number): Subject | null {
  const { tokens } = doc;
  if (n - a < 1 || n - a > 4) return null;
  for (let k = a; k <= n; k++) if (!tokens[k]!.word || tokens[k]!.cap === 0 || doc.quoted[k] || TITLES.has(tokens[k]!.lower)) return null;
  const head = tokens[n]!.lower;
  if (!bodyNameEnd(head) || isGivenName(tokens[a]!.raw)) return null;
  const text = withoutInvisible(doc.text.slice(tokens[a]!.start, tokens[n]!.end));
  return { kind: 'desc', desc: { text, definite: true, head, group: true, gender: null }, first: a, last: n };
}

/**
 * The owner of the thing said whose noun is token n, at most three modifiers before it: a person's name and its "'s"
 * ("Ruiz's message"), "the" and a speaker's noun or title and its "'s" ("the premier's closing line"), or, with
 * `pronounOk`, a possessive pronoun that opens its sentence ("Her verdict"); with `bodies`, an organisation's name or
 * "the" and an organisation's noun too ("Northwind's position", "the union's position"). Null otherwise.
 */
function saidThingOwner(doc: Doc, n: number, pronounOk: boolean, bodies: boolean): Subject | null {
  const { tokens, quoted } = doc;
  let m = n - 1;
  while (m > n - 4 && tokens[m]?.word && tokens[m]!.cap === 0 && tokens[m]!.key !== "'s" && !NP_BREAK.has(tokens[m]!.lower)) m--;
  if (
    pronounOk &&
    tokens[m]?.word &&
    tokens[m]!.cap > 0 &&
    PRONOUN_OWNERS.has(tokens[m]!.lower) &&
    doc.sents.starts[doc.sents.sent[m]!] === m &&
    !quoted[m]
  )
    return { kind: 'pronoun', pronoun: PRONOUN_OWNERS.get(tokens[m]!.lower)!, first: m, last: m };
  if (tokens[m]?.key !== "'s" || quoted[m]) return null;
  const named = keyEndingAt(doc, m - 1);
  if (named && (bodies || isPersonKey(doc, named.key))) return { kind: 'key', key: named.key, first: named.first, last: m - 1 };
  const head = tokens[m - 1];
  if (!head?.word || head.cap !== 0 || tokens[m - 2]?.lower !== 'the' || quoted[m - 1]) return null;
  const body = bodies && ORG_HEADS.has(head.lower);
  if (!body && (GROUP_NOUNS.has(head.lower) || (!SPEAKER_NOUNS.has(head.lower) && !TITLES.has(head.lower)))) return null;
  const text = withoutInvisible(doc.text.slice(tokens[m - 2]!.start, head.end));
  return {
    kind: 'desc',
    desc: { text, definite: true, head: head.lower, group: false, gender: body ? null : descGender(head.lower) },
    first: m - 2,
    last: m - 1,
  };
}

/**
 * Nouns of a thing said that report the clause after "is that" or "was that", each with the verb it stands for: "Birch's
 * argument is that the city never consulted anyone" reports as "Birch argued that …" would.
 */
const NOUN_FRAMES: ReadonlyMap<string, string> = new Map([
  ['argument', 'argued'],
  ['position', 'said'],
  ['view', 'said'],
  ['message', 'said'],
  ['response', 'responded'],
  ['answer', 'answered'],
  ['reply', 'replied'],
  ['complaint', 'complained'],
  ['contention', 'contended'],
  ['conclusion', 'concluded'],
  ['explanation', 'explained'],
  ['advice', 'advised'],
  ['warning', 'warned'],
  ['promise', 'promised'],
  ['suggestion', 'suggested'],
  ['recommendation', 'recommended'],
]);

/**
 * A thing said and its owner that report the clause after "is that" or "was that" (an adverb may stand between): "Birch's
 * argument is that the city never consulted the neighbourhood", "The union's position has always been that …" is not
 * read; "Her response was simply that …" is; or the clause after a colon, in no quotation marks ("Her argument: the city
 * never consulted …"). The construction's verb is the one the noun stands for; its span runs from the owner to the "is"
 * or "was", or to the noun before a colon.
 */
function nounFrameAt(doc: Doc, i: number): FoundConstruction | null {
  const { tokens, quoted } = doc;
  const verb = NOUN_FRAMES.get(tokens[i]!.lower);
  if (!verb || tokens[i]!.cap !== 0) return null;
  // (or before a colon and a clause of the sentence's own, in no quotation marks: "Her argument: only a full inquiry can
  // restore trust"; the frame then ends at the noun)
  const colon =
    tokens[i + 1]?.raw === ':' && !quoted[i + 1] && !!tokens[i + 2]?.word && !quoted[i + 2] && tokens[i + 2]!.para === tokens[i]!.para;
  if (!colon) {
    const be = tokens[i + 1];
    if (!be?.word || !/^(is|was)$/.test(be.lower) || quoted[i + 1]) return null;
    const adverb = /^[a-z]+ly$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 2]!.word;
    const at = i + (adverb ? 3 : 2);
    if (!tokens[at]?.word || tokens[at]!.lower !== 'that' || quoted[at]) return null;
  }
  const owner = saidThingOwner(doc, i, true, true);
  if (!owner) return null;
  const last = colon ? i : i + 1;
  return framed(
    { verbFirst: i, verbLast: last, sent: doc.sents.sent[i]!, para: tokens[i]!.para },
    verb,
    owner,
    false,
    false,
    owner.first,
    last,
  );
}

/**
 * The owner of a thing said that the quotation closing at `closeTok` is, a form of "be" after it: '“We'll see,” was
 * Comeau's only comment.', '“No,” was her whole answer.' (a name or "his", "her", "their" and its "'s", at most two
 * modifiers, then the noun); null otherwise.
 */
export function ownerAfterQuote(doc: Doc, closeTok: number): Subject | null {
  const { tokens, quoted } = doc;
  const wordOwner = namingWordOwner(doc, closeTok);
  if (wordOwner) return wordOwner;
  const be = tokens[closeTok + 1];
  if (!be?.word || quoted[closeTok + 1] || !/^(was|is)$/.test(be.lower)) return null;
  let m = closeTok + 2;
  const pronoun = PRONOUN_OWNERS.get(tokens[m]?.lower ?? '');
  let owner: Subject | null = null;
  if (pronoun && tokens[m]!.word && !quoted[m]) owner = { kind: 'pronoun', pronoun, first: m, last: m };
  else {
    while (m < closeTok + 8 && tokens[m]?.word && tokens[m]!.cap > 0 && tokens[m]!.key !== "'s") m++;
    const named = tokens[m]?.key === "'s" && !quoted[m] ? keyEndingAt(doc, m - 1) : null;
    if (!named || named.first !== closeTok + 2 || !isPersonKey(doc, named.key)) return null;
    owner = { kind: 'key', key: named.key, first: named.first, last: m - 1 };
  }
  let n = m + 1;
  while (n < m + 3 && tokens[n]?.word && tokens[n]!.cap === 0 && !SAID_THING.test(tokens[n]!.lower) && !NP_BREAK.has(tokens[n]!.lower)) n++;
  const noun = tokens[n];
  if (!noun?.word || noun.cap !== 0 || quoted[n] || !SAID_THING.test(noun.lower)) return null;
  const after = tokens[n + 1];
  return !after || /^[.!?;]$/.test(after.raw) ? owner : null;
}

/** Nouns of a word chosen for a thing, after the quoted word and a copula: "“Reckless” was Ruiz's word for it." */
const CHOSEN_WORD_NOUNS = /^(word|term|phrase|description|label|adjective|characteri[sz]ation)$/;
/** Verbs of choosing a word, after "the term" and their subject: "“A giveaway” was the term critics used." */
const WORD_CHOOSING = /^(used|uses|use|chose|chooses|choose|picked|preferred|prefers|applied|coined)$/;

/**
 * The one who chose the quoted word that closes at `closeTok`, named after a copula and a noun of a word: a person's name
 * or "his", "her", "their" and its "'s" ("“Reckless” was Ruiz's word for it"), or "the word" and the subject of a verb
 * of choosing it ("“A giveaway” was the term critics used", "… is the word the mayor chose"); "for" and its object may
 * close the sentence. Null otherwise: "“Hamlet” is the title of the play" names no one.
 */
function namingWordOwner(doc: Doc, closeTok: number): Subject | null {
  const { tokens, quoted } = doc;
  const be = tokens[closeTok + 1];
  if (!be?.word || quoted[closeTok + 1] || !/^(was|is)$/.test(be.lower)) return null;
  const m = closeTok + 2;
  // (the sentence ends after the noun or the verb, or after "for" and a short object: "word for it", "term for the deal")
  const closes = (k: number): boolean => {
    const end = sentEnd(doc, k);
    if (k + 1 >= end) return true;
    if (tokens[k + 1]!.lower !== 'for' || end - k > 5) return false;
    return tokens.slice(k + 2, end).every((t, n) => t.word && t.cap === 0 && !quoted[k + 2 + n]);
  };
  const noun = (k: number): boolean => !!tokens[k]?.word && tokens[k]!.cap === 0 && !quoted[k] && CHOSEN_WORD_NOUNS.test(tokens[k]!.lower);
  if (tokens[m]?.word && /^(the|a)$/.test(tokens[m]!.lower) && !quoted[m]) {
    const n = noun(m + 1) ? m + 1 : noun(m + 2) && tokens[m + 1]!.cap === 0 ? m + 2 : -1;
    if (n < 0) return null;
    for (let v = n + 2; v <= n + 6 && v < sentEnd(doc, n); v++) {
      const t = tokens[v]!;
      if (quoted[v] || !t.word) return null;
      if (!WORD_CHOOSING.test(t.lower)) continue;
      let s = subjectBefore(doc, v, []);
      // (a bare plural after the noun is read with it, as a compound: "the term critics" is "critics")
      if (s?.kind === 'desc' && s.first <= n && s.last > n && s.desc!.group && s.desc!.head !== tokens[n]!.lower) {
        const text = withoutInvisible(doc.text.slice(tokens[n + 1]!.start, tokens[s.last]!.end));
        s = { kind: 'desc', desc: { ...s.desc!, text, definite: false }, first: n + 1, last: s.last };
      }
      const opens = s && (s.first === n + 1 || (s.first === n + 2 && /^(that|which)$/.test(tokens[n + 1]!.lower)));
      if (!s || !opens || s.last !== v - 1 || !closes(v)) return null;
      if (s.kind === 'pronoun')
        return s.pronoun === 'neuter' || s.pronoun === 'first'
          ? null
          : { kind: 'pronoun', pronoun: s.pronoun!, first: s.first, last: s.last };
      if (s.kind === 'key') return s.key!.kind === 'new' ? null : { kind: 'key', key: s.key as SpeakerKey, first: s.first, last: s.last };
      return s.desc && !DOCUMENT_NOUNS.has(s.desc.head) ? { kind: 'desc', desc: s.desc, first: s.first, last: s.last } : null;
    }
    return null;
  }
  let owner: Subject | null = null;
  let k = m;
  const pronoun = PRONOUN_OWNERS.get(tokens[m]?.lower ?? '');
  if (pronoun && tokens[m]!.word && !quoted[m]) owner = { kind: 'pronoun', pronoun, first: m, last: m };
  else {
    while (k < closeTok + 8 && tokens[k]?.word && tokens[k]!.cap > 0 && tokens[k]!.key !== "'s") k++;
    const named = tokens[k]?.key === "'s" && !quoted[k] ? keyEndingAt(doc, k - 1) : null;
    if (!named || named.first !== m || !isPersonKey(doc, named.key)) return null;
    owner = { kind: 'key', key: named.key, first: named.first, last: k - 1 };
  }
  const n = noun(k + 1) ? k + 1 : noun(k + 2) && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0 ? k + 2 : -1;
  return n > 0 && closes(n) ? owner : null;
}

/** Possessive pronouns of a person, and the pronoun each stands for. */
const PRONOUN_OWNERS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['his', 'male'],
  ['her', 'female'],
  ['their', 'plural'],
]);

/**
 * The one word opening the article's first line before a colon, when it is the last word of a person the article names
 * in full only after it: "Okafor: ‘Nobody Will Close This Clinic.’" over "Mayor Ada Okafor told …" (see
 * namedElsewhere; the headline comes before the full name, so no mention of it ends there).
 */
function headlineSurname(doc: Doc, j: number): { key: SpeakerKey; first: number } | null {
  const t = doc.tokens[j];
  if (!t || t.para !== 0 || j !== firstWordAt(doc, 0) || doc.tokens[j + 1]?.raw !== ':') return null;
  const named = namedElsewhere(doc, j);
  if (!named || !isPersonKey(doc, named.key)) return null;
  // (only one person of that surname: "Clinton:" over Hillary and Bill Clinton is neither)
  const key = t.key;
  const ids = new Set<string>();
  doc.people.people.forEach((p, u) => {
    if (p.type === 'person' && p.mentions.some((m) => m.last !== j && doc.tokens[m.last]!.key === key)) ids.add(keyId(personKey(u)));
  });
  for (const m of doc.known)
    if (m.last !== j && doc.tokens[m.last]!.key === key && isPersonKey(doc, entityKey(m.entity))) ids.add(keyId(entityKey(m.entity)));
  return ids.size === 1 ? named : null;
}

/** How sure a headline's "Name:" report is of its speaker: a full name, or a surname the article names in full after it. */
const HEADLINE_COLON_CONFIDENCE = { fullName: 0.9, surname: 0.85 } as const;

/**
 * A report in the article's headline (its first line) of the shape "Name: clause", the colon its cue: "Okafor: Clinic
 * Will Stay Open", "Ada Okafor: City Cannot Absorb More Cuts". The name opens the line and is a person's, in full or a
 * surname the article names in full later (headlineSurname); after the colon, a clause with a finite verb (see
 * headlineClauseAt). A quotation right after the colon is nameBeforeColon's; a label ("Exclusive:", "Poll:"), a title
 * or no clause ("Ruiz: A Life in Politics") gives nothing.
 */
function headlineColonConstruction(doc: Doc): Construction | null {
  const { tokens, quoted } = doc;
  const first = firstWordAt(doc, 0);
  if (!tokens[first] || tokens[first]!.para !== 0) return null;
  let colon = -1;
  for (let k = first + 1; k <= first + 6 && tokens[k]?.para === 0; k++) {
    if (quoted[k]) return null;
    if (tokens[k]!.raw === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || quoted[colon + 1] || QUOTE_MARKS.test(tokens[colon + 1]?.raw ?? '')) return null;
  const full = keyEndingAt(doc, colon - 1);
  const named =
    full ?? headlineFullName(doc, first, colon - 1) ?? headlineSurname(doc, colon - 1) ?? headlineOrganisation(doc, first, colon - 1);
  if (!named || named.first !== first || !headlineSpeakerKey(doc, named.key) || !headlineClauseAt(doc, colon + 1)) return null;
  const sure = named.first < colon - 1 ? HEADLINE_COLON_CONFIDENCE.fullName : HEADLINE_COLON_CONFIDENCE.surname;
  const subject: Subject = { kind: 'key', key: named.key, first, last: colon - 1 };
  const base = { verbFirst: colon, verbLast: colon, verb: ':', sent: doc.sents.sent[colon]!, para: 0 };
  return { ...base, subject, inverted: false, continuing: false, first, last: colon, headlineColon: sure };
}

/**
 * Whether the name before a headline's colon may be the one who says what follows: a person, or an organisation the
 * dataset or the article knows ("Harbor Watch: City Hid Flood Reports"); not a place or an event.
 */
function headlineSpeakerKey(doc: Doc, key: SpeakerKey): boolean {
  const type = keyType(doc, key);
  return type === 'person' || type === 'organization';
}

/**
 * A person's full name opening the headline, the same words as a mention of that person in the article's body ("Tomas
 * Brandtner:" over "Tomas Brandtner, the finance chair, warned …"): a heading's name the discovery does not register.
 */
function headlineFullName(doc: Doc, first: number, last: number): { key: SpeakerKey; first: number } | null {
  const { tokens } = doc;
  if (last <= first) return null;
  const named = namedElsewhere(doc, last);
  if (!named || named.key.kind !== 'person') return null;
  const text = doc.text.slice(tokens[first]!.start, tokens[last]!.end);
  const same = doc.people.people[named.key.person]!.mentions.some(
    (m) => m.last !== last && doc.text.slice(tokens[m.first]!.start, tokens[m.last]!.end) === text,
  );
  return same ? { key: named.key, first } : null;
}

/**
 * An organisation the article's body names with the very words that open the headline before its colon ("Harbor Watch:"
 * over "Harbor Watch, a nonprofit that monitors the waterfront, said …"): a heading's name the discovery does not
 * register there.
 */
function headlineOrganisation(doc: Doc, first: number, last: number): { key: SpeakerKey; first: number } | null {
  const { tokens } = doc;
  const text = doc.text.slice(tokens[first]!.start, tokens[last]!.end);
  const u = doc.people.people.findIndex(
    (p) =>
      p.type === 'organization' &&
      p.mentions.some((m) => m.first > last && doc.text.slice(tokens[m.first]!.start, tokens[m.last]!.end) === text),
  );
  return u >= 0 ? { key: personKey(u), first } : null;
}

/**
 * Whether the words of the headline from token `from` to its sentence's end make a clause, in any case (a headline is
 * often in title case): an auxiliary or a copula ("Will Stay", "Is Wrong", "Can't"), a personal pronoun then a word
 * ("I Support", "We'll"), a past in -ed or an irregular past after a noun ("Donors Flocked", "Board Cut"), or a present in
 * -s after a noun with a word after it ("Plan Needs Work"); not an indirect question or a title opened by a question word
 * ("What to Watch", "How She Won").
 */
function headlineClauseAt(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const end = sentEnd(doc, from);
  const t0 = tokens[from];
  if (!t0?.word || /^(what|why|how|who|when|where|which|whether)$/.test(t0.lower)) return false;
  if (nounPhraseWithRelative(doc, from, end)) return false;
  for (let k = from; k <= end && tokens[k]!.para === 0; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const w = t.lower;
    if (AUXILIARIES.has(w) || w === 'cannot' || (/n['’]t$/.test(w) && AUXILIARIES.has(w.slice(0, -3)))) return true;
    // (a pronoun with its verb contracted, one token or two: "I'm", "It’s")
    if (/^(i|we|he|she|they|you|it)['’](m|re|ve|ll|d|s)$/.test(w)) return true;
    const next = tokens[k + 1];
    if (/^(i|we|he|she|they|you|it)$/.test(w) && next && next.start === t.end && /^['’](m|re|ve|ll|d|s)$/i.test(next.raw)) return true;
    const prev = tokens[k - 1]!;
    const afterNoun =
      k > from &&
      prev.word &&
      !DETERMINERS.has(prev.lower) &&
      !/^(of|in|on|at|for|to|from|with|by|and|or|the|a|an|no|not|only|more|less|most|all|any|every|very)$/.test(prev.lower);
    if (/^(i|we|he|she|they)$/.test(prev.lower) && k - 1 >= from) return true;
    if (afterNoun && (IRREGULAR_PAST.has(w) || /^[a-z]{3,}[^e]ed$/.test(w))) return true;
    if (afterNoun && /^[a-z]{3,}[^su'’]s$/.test(w) && tokens[k + 1]?.word && k + 1 <= end) return true;
  }
  return false;
}

/**
 * Whether the headline's words from token `from` open with a determiner, one to four words of a noun phrase and a
 * relative pronoun ("The Woman Who Saved the Port Is Back", "A Town That Refused to Drown"): a title phrase, whose first
 * verb sits inside the relative clause, not a claim by the name before the colon.
 */
function nounPhraseWithRelative(doc: Doc, from: number, end: number): boolean {
  const { tokens } = doc;
  if (!/^(the|a|an)$/.test(tokens[from]!.lower)) return false;
  for (let k = from + 1; k <= Math.min(end, from + 5); k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (/^(who|that|which|whose)$/.test(t.lower)) return k > from + 1;
    if (DETERMINERS.has(t.lower) || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/** "Boris Johnson: “We will get Brexit done.”": a name and a colon right before the opening mark. */
export function nameBeforeColon(doc: Doc, openTok: number): Subject | null {
  if (doc.tokens[openTok - 1]?.raw !== ':') return null;
  // "Rep. Dale Ives (R-S.C.): “…”"
  const last = pastParty(doc, openTok - 2, Math.max(0, openTok - 12));
  const k = keyEndingAt(doc, last) ?? headlineSurname(doc, last);
  if (!k || !isPersonKey(doc, k.key)) return quotableNote(doc, openTok);
  // (not the object of a preposition, to whom the words went: "delivered a blunt message to Ekdahl: “…”")
  let b = k.first - 1;
  while (b > 0 && doc.tokens[b]!.word && TITLES.has(doc.tokens[b]!.lower)) b--;
  if (doc.tokens[b]?.word && /^(to|at|toward|towards|against|for|with|about|on)$/.test(doc.tokens[b]!.lower)) return null;
  return { kind: 'key', key: k.key, first: k.first, last };
}

/**
 * The person whose words a fragment after a verb of naming in an object relative clause are: 'a stream of instructions
 * that Bartholomew Ngata, the coach, calls “…”', 'a turnout that the mayor, Gideon Trask, called “…”', 'a plan that its
 * author, Ada Vik, describes as “…”' (the clause's subject, one person named in it, between "that", "which" or "whom"
 * and the verb). Undefined when the fragment follows no such clause, or one whose subject is a pronoun (its frame reads
 * it); null when the clause names no one person ("a plan that critics call “…”"): no one's words that can be told.
 */
export function relativeNamerSubject(doc: Doc, openTok: number): Subject | null | undefined {
  const { tokens } = doc;
  const as = tokens[openTok - 1]?.lower === 'as';
  const v = as ? openTok - 2 : openTok - 1;
  const verb = tokens[v];
  if (!verb?.word || verb.cap > 0) return undefined;
  if (!(as ? /^(describes?|described)$/ : /^(calls?|called)$/).test(verb.lower)) return undefined;
  const free = freeRelativeNamer(doc, v);
  if (free !== undefined) return free;
  let rel = -1;
  for (let k = v - 1; k >= Math.max(0, v - 12) && rel < 0; k--) {
    const t = tokens[k]!;
    if (doc.quoted[k] || /^[.!?;:“”"]$/.test(t.raw)) {
      if (rel < 0) break;
      return undefined;
    }
    if (t.word && t.cap === 0 && /^(that|which|whom)$/.test(t.lower)) rel = k;
  }
  // a clause with no relative pronoun, its subject right after the noun it names: "a move the mayor called “…”", "a
  // plan Mayor Ada Vik described as “…”"
  if (rel < 0) {
    const c = contactSubject(doc, v);
    return c ? c : undefined;
  }
  if (rel >= v - 1 || PRONOUNS.has(tokens[rel + 1]!.lower)) return undefined;
  let found: Subject | null = null;
  for (let j = rel + 1; j < v; j++) {
    const k = keyEndingAt(doc, j);
    if (!k || k.first <= rel || !isPersonKey(doc, k.key)) continue;
    if (found && keyId(found.key!) !== keyId(k.key)) return null;
    found = { kind: 'key', key: k.key, first: k.first, last: j };
  }
  return found;
}

/** Nouns of people who speak for another: "a spokeswoman for Premier Dale Ives", "a lawyer for Ana Vale". */
const REPRESENTATIVES = /^(spokesperson|spokesman|spokeswoman|aide|adviser|advisor|lawyer|attorney|representative)$/;

/**
 * An indefinite description of someone who speaks for a person named, the name ending at e: "a spokeswoman for Premier
 * Dale Ives" (the article, at most one modifier, the representative's noun, "for", a title and the name); or null.
 */
function representativeFor(doc: Doc, e: number, floor: number): Found | null {
  const { tokens } = doc;
  const named = keyEndingAt(doc, e);
  if (!named || !isPersonKey(doc, named.key)) return null;
  // (past titles before the name: "for Industry Minister Raj Dhillon", "for union president Kwame Asante")
  let p = named.first - 1;
  const title = (t: Token): boolean => t.word && (t.cap > 0 || TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower));
  while (p > floor && named.first - p <= 4 && title(tokens[p]!) && !doc.quoted[p]) p--;
  if (tokens[p]?.lower !== 'for' || !REPRESENTATIVES.test(tokens[p - 1]?.lower ?? '') || tokens[p - 1]!.cap !== 0) return null;
  let a = p - 2;
  if (tokens[a]?.word && tokens[a]!.cap === 0 && !/^(a|an|one)$/.test(tokens[a]!.lower)) a--;
  if (a <= floor || !/^(a|an|one)$/.test(tokens[a]?.lower ?? '') || doc.quoted[a]) return null;
  const head = tokens[p - 1]!.lower;
  const text = withoutInvisible(doc.text.slice(tokens[a]!.start, tokens[e]!.end));
  return { kind: 'desc', desc: { text, definite: false, head, group: false, gender: descGender(head) }, first: a, last: e };
}

/**
 * The namer of a free relative that ends with the verb at v, right after "what": "blamed the delay on what she called
 * “…”", "criticized what Berg called “…”", "what the company called “…”" (a pronoun, a person named or a definite
 * description of a person or a body); null for a group's label ("what critics called “…”"), undefined with no "what".
 */
function freeRelativeNamer(doc: Doc, v: number): Subject | null | undefined {
  const { tokens } = doc;
  let w = v - 1;
  while (w > 0 && v - w <= 6 && tokens[w]!.word && !doc.quoted[w] && tokens[w]!.lower !== 'what') w--;
  const what = tokens[w];
  if (w >= v - 1 || !what?.word || what.lower !== 'what' || what.cap !== 0 || doc.quoted[w]) return appositiveFreeNamer(doc, v);
  const pronoun = w + 1 === v - 1 ? PRONOUNS.get(tokens[v - 1]!.lower) : undefined;
  // (a pronoun before a present tense is its frame's subject, which reads it: "what she calls “…”")
  if (pronoun && pronoun !== 'neuter' && /s$/.test(tokens[v]!.lower)) return undefined;
  if (pronoun) return pronoun === 'first' ? null : { kind: 'pronoun', pronoun, first: v - 1, last: v - 1 };
  const k = keyEndingAt(doc, v - 1);
  if (k && k.first > w) return { kind: 'key', key: k.key, first: k.first, last: v - 1 };
  return roleDescription(doc, w + 1, v - 1);
}

/**
 * The person named in apposition to the role that opens a free relative ending with the verb at v: "what the chair,
 * Councillor Bea Oko, called “…”", "what its author, Ada Vik, called “…”" (a definite role description right after
 * "what", a comma, the titled name, a comma and the verb); undefined otherwise.
 */
function appositiveFreeNamer(doc: Doc, v: number): Subject | undefined {
  const { tokens } = doc;
  if (tokens[v - 1]?.raw !== ',' || doc.quoted[v - 1]) return undefined;
  const k = keyEndingAt(doc, v - 2);
  if (!k || !isPersonKey(doc, k.key)) return undefined;
  const p = titleRunFrom(doc, k.first, Math.max(0, v - 12));
  if (tokens[p - 1]?.raw !== ',' || doc.quoted[p - 1]) return undefined;
  for (let w = p - 3; w >= Math.max(0, p - 7); w--) {
    const t = tokens[w]!;
    if (!t.word || doc.quoted[w]) return undefined;
    if (t.lower === 'what' && t.cap === 0)
      return roleDescription(doc, w + 1, p - 2) ? { kind: 'key', key: k.key, first: k.first, last: v - 2 } : undefined;
  }
  return undefined;
}

/**
 * A definite description of a person or a body from `first` to `last`: "the mayor", "the library board", "the
 * city's top doctor" (a determiner, at most four words, its head a speaker's noun or an organisation's).
 */
function roleDescription(doc: Doc, first: number, last: number): Subject | null {
  const { tokens } = doc;
  if (last < first + 1 || last - first > 4 || !/^(the|its|his|her|their)$/.test(tokens[first]!.lower)) return null;
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (doc.quoted[k] || (!t.word && t.key !== "'s") || (t.word && NP_BREAK.has(t.lower))) return null;
  }
  const head = tokens[last]!.lower;
  if (tokens[last]!.cap > 0 || !(SPEAKER_NOUNS.has(head) || ORG_HEADS.has(head))) return null;
  const text = withoutInvisible(doc.text.slice(tokens[first]!.start, tokens[last]!.end));
  return {
    kind: 'desc',
    desc: { text, definite: true, head, group: GROUP_NOUNS.has(head), gender: descGender(head) },
    first,
    last,
  } as Subject;
}

/**
 * The subject of a relative clause with no relative pronoun that ends with the verb at v, right after the noun the
 * clause is about: "a move the mayor called", "a plan Mayor Ada Vik described" (a person named or a definite
 * description, after a noun in lower case that a determiner opens).
 */
function contactSubject(doc: Doc, v: number): Subject | null {
  const { tokens } = doc;
  const k = keyEndingAt(doc, v - 1);
  let s: Subject | null = null;
  if (k && isPersonKey(doc, k.key)) s = { kind: 'key', key: k.key, first: titleRunFrom(doc, k.first, 0), last: v - 1 };
  for (let f = v - 2; !s && f >= Math.max(0, v - 5); f--) s = roleDescription(doc, f, v - 1);
  if (!s) return null;
  const noun = tokens[s.first - 1];
  if (!noun?.word || noun.cap !== 0 || NP_BREAK.has(noun.lower) || AUXILIARIES.has(noun.lower) || /(ed|ly|ing)$/.test(noun.lower))
    return null;
  // (a noun of a person is the name's role, and "called" names a work: 'a collection from the cartoonist Garry Trudeau
  // called “…”')
  if (SPEAKER_NOUNS.has(noun.lower) || TITLES.has(noun.lower) || personShaped(noun.lower)) return null;
  for (let j = s.first - 2; j >= Math.max(0, s.first - 4); j--) {
    const t = tokens[j]!;
    if (!t.word) return null;
    if (/^(a|an|the|this|another|its|his|her|their)$/.test(t.lower)) return s;
    if (t.cap !== 0 || NP_BREAK.has(t.lower)) return null;
  }
  return null;
}

/**
 * The person of a quotable note in sports or wire copy, whose paragraph opens with the name (after a dash), then ", on"
 * and what the words are about: "— Halloran, on his overtime winner: “…”".
 */
function quotableNote(doc: Doc, openTok: number): Subject | null {
  const { tokens } = doc;
  let c = openTok - 2;
  while (c > openTok - 14 && c > 0 && tokens[c]!.raw !== ',' && tokens[c]!.word) c--;
  if (tokens[c]?.raw !== ',' || tokens[c + 1]?.lower !== 'on' || c + 1 >= openTok - 2) return null;
  const k = keyEndingAt(doc, c - 1);
  if (!k || !isPersonKey(doc, k.key)) return null;
  let a = k.first - 1;
  while (a >= 0 && /^[-–—―]$/.test(tokens[a]!.raw) && tokens[a]!.para === tokens[k.first]!.para) a--;
  return a < 0 || tokens[a]!.para !== tokens[k.first]!.para ? { kind: 'key', key: k.key, first: k.first, last: c - 1 } : null;
}

/** Span of a subject's words. */
export function subjectSpan(doc: Doc, s: Subject): Span {
  const a = doc.tokens[s.first]!.start;
  const b = doc.tokens[s.last]!.end;
  return { start: a, end: b, text: doc.text.slice(a, b) };
}

/**
 * Whether "as" opens the clause of the verb at i, its subject alone between (a name, a description, no verb, four words
 * at most), after the sentence's start, a comma or a conjunction: "Or, as the mayor put it last week, …".
 */
function asOpens(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (!t.word || doc.quoted[k] || t.para !== tokens[i]!.para) return false;
    if (t.lower !== 'as') continue;
    const b = tokens[k - 1];
    return !b || b.para !== t.para || /^[,;:—–(]$/.test(b.raw) || /^(or|but|and|just|yet)$/.test(b.lower) || sentStart(doc, k) === k;
  }
  return false;
}

/** Whether token k lies inside the mention of a person the names found, past its first word: the nickname of 'Luis “Storm” Ferreira'. */
function inNamedPerson(doc: Doc, k: number): boolean {
  for (let f = k - 1; f >= Math.max(0, k - 4); f--) {
    const p = doc.people.startAt.get(f);
    if (p === undefined) continue;
    return doc.people.people[p]!.mentions.some((m) => m.first === f && m.last > k);
  }
  return false;
}

/** Nouns of a thing said that a sentence after a quotation gives its owner: "Those were the words of …". */
const SAID_THING_NOUNS =
  /^(words?|message|promise|pledge|vow|warning|verdict|assessment|reaction|response|reply|answer|advice|plea|appeal|view|prediction|conclusion|explanation|description|sentiment|refrain|line|remarks?|comments?)$/;

/**
 * The speaker a paragraph after a quotation that is its whole paragraph names: '“They're alive.” / Those were the words
 * of chief executive Colin Farrow, who …', '“…” / That was the message from Mayor Ada Vik on Friday', '“…” / That was
 * how foreman Tom Okafor put it' (a person named within eight words, past an organisation's name and titles, or a
 * definite description of a speaker: "the words of the fire chief"). Null when the paragraph after does not open so.
 */
export function wordsOwnerAfter(doc: Doc, closeTok: number): Subject | null {
  const { tokens } = doc;
  let k = closeTok + 1;
  const close = tokens[closeTok];
  if (!close || !tokens[k] || tokens[k]!.para === close.para) return null;
  if (!/^(that|those|these|this|such)$/.test(tokens[k]!.lower) || !/^(was|were|is|are)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  k += 2;
  let start: number;
  if (/^(how|what)$/.test(tokens[k]?.lower ?? '')) start = k + 1;
  else {
    if (/^(the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
    let n = 0;
    while (n < 3 && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0 && !/^(of|from)$/.test(tokens[k + 1]!.lower)) {
      if (!tokens[k]?.word || tokens[k]!.cap !== 0) return null;
      k++;
      n++;
    }
    if (!tokens[k]?.word || !SAID_THING_NOUNS.test(tokens[k]!.lower) || !/^(of|from)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    start = k + 2;
  }
  for (let j = start; j < start + 8 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (doc.quoted[j] || t.para !== tokens[start]!.para) return null;
    const key = keyStartingAt(doc, j);
    if (key && isPersonKey(doc, key.key)) return { kind: 'key', key: key.key, first: j, last: key.last };
    // (past an organisation's name and the words of a title: "Ridgeway Mining chief executive", "Fire Chief", "foreman";
    // no verb: "That was how the crowd reacted to Mayor Vik" is not the mayor's)
    const title =
      t.word &&
      (t.cap > 0 ||
        TITLES.has(t.lower) ||
        SPEAKER_NOUNS.has(t.lower) ||
        (!NP_BREAK.has(t.lower) && !AUXILIARIES.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !/(ed|ly)$/.test(t.lower)));
    const dot = t.raw === '.' && TITLES.has(tokens[j - 1]?.lower ?? '');
    if (!title && !dot && t.key !== "'s" && !(t.word && /^(the|a|an)$/.test(t.lower))) break;
  }
  for (let j = start + 4; j > start; j--) {
    const d = roleDescription(doc, start, j);
    if (!d || /^(of|for)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    // (the person named in apposition to it: "the message from the fire chief, Marta Silva, at …")
    const named = tokens[j + 1]?.raw === ',' ? keyStartingAt(doc, j + 2) : null;
    return named && isPersonKey(doc, named.key) ? { kind: 'key', key: named.key, first: j + 2, last: named.last } : d;
  }
  return null;
}
