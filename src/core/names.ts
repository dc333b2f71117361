/**
 * People the dataset does not know. A run of capitalised words is a person's name when something in the text
 * says so: a title or role before it ("Chief Darian Lonechild", "spokeswoman Hope Hicks"), a verb of saying
 * next to it ("Darian Lonechild said", "said Darian Lonechild"), an apposition (", 45,", ", a nurse,"), or a
 * known first name. Titles, nationalities and ordinary sentence-initial words are stripped from the run;
 * a capitalised sentence start alone is never a name. Later, the surname alone refers to the person.
 */
import { firstTokenOf, startsWithLetter, type Token, withoutInvisible } from './tokenize';
import { elidedBeforeCapital } from './fold';
import type { TokenSlab } from './slab';
import {
  ABBREVIATIONS,
  AUXILIARIES,
  COMMON_WORDS,
  COMPASS,
  PLACE_OPENERS,
  TWO_WORD_PLACES,
  COUNTRIES,
  DAYS_MONTHS,
  HOLIDAYS,
  HOLIDAY_TAILS,
  DEMONYMS,
  MALAY_TITLE_HEADS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FIGURES,
  COMPOUND_FIRST_GENDER,
  FEMALE_FIRST,
  HONORIFIC_GENDER,
  IRREGULAR_PAST,
  MALE_FIRST,
  NAME_PARTICLES,
  OPENING_ADVERBS,
  OBJECT_HER_NEXT,
  PERSON_OBJECT_VERBS,
  ORG_NAME_ENDS,
  TRADE_GERUNDS,
  ORG_SUFFIXES,
  SIDE_NOUNS,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  TITLE_ABBREVIATION_HEADS,
  TITLES,
  FEMALE_NOUNS,
  GROUP_NOUNS,
  MALE_NOUNS,
  ORG_HEADS,
  NOT_PERSON_SHAPE,
  PERSON_SHAPE,
  PERFORMER_TRADES,
  PERSON_WORK_VERBS,
  MEETING_VERBS,
  POST_NOMINAL,
  INDEFINITE_ONE,
  POSITIONS,
  TRADE_BEFORE_NAME,
  TRADES,
  VERB_ADVERBS,
  personShaped,
  pastTense,
  pluralIn,
  US_STATES,
  COMPANY_TRADE_HEADS,
  WEEKDAY,
  legalSuffix,
} from './lexicon';
import {
  BOTH_GIVEN,
  FEMALE_GIVEN,
  FEMALE_GIVEN_MORE,
  FEMALE_GIVEN_WORDS,
  MALE_GIVEN,
  MALE_GIVEN_MORE,
  MALE_GIVEN_WORDS,
} from './given-names';

/** Titles that are also men's given names (the given-name lists leave titles out): "Dean Narayan", "Major Okafor". */
const TITLE_GIVEN = /^(dean|major|marshal)$/;

/**
 * Whether a title before one of TITLE_GIVEN makes a rank of two words with it (closed classes of ranks): "Sergeant
 * Major", "General Major", "Vice Dean", "Deputy Dean", "Chief Marshal", "Vice Marshal". Any other title before "Dean" or
 * "Major" is a role before the man's given name: "Nation Chief Dean Nelson", "Lt. Dean Moore", "Chief Major Okafor".
 */
function rankOfTwo(title: string, word: string): boolean {
  const t = withoutFinalDot(title);
  if (word === 'major') return /^(sergeant|sgt|general|gen)$/.test(t);
  if (word === 'dean') return /^(vice|deputy)$/.test(t);
  return /^(sergeant|sgt|lieutenant|lt|vice|deputy|chief|general|gen)$/.test(t);
}

/**
 * Nouns of a kind of business or house that open its name before its owner's given name, in the languages news
 * borrows them from ("Casa Rosa", "Chez Anna", "Villa Maria", "Trattoria Lucia"), and the words of a saint that open
 * a place's name ("Santa Maria", "San Juan"): the given name after one closes no person's name.
 */
const VENUE_OPENERS =
  /^(casa|chez|villa|maison|bistro|brasserie|trattoria|osteria|ristorante|taverna|cantina|hacienda|rancho|finca|quinta|pizzeria|taqueria|taquería|panaderia|panadería|boulangerie|patisserie|pâtisserie|auberge|bodega|café|cafe|san|santa|santo|são|sao|saint|sainte)$/;

/** A word with a dot inside, an abbreviation: "U.N.", "U.S." (no surname, though its key may be one: "Un"). */
const ABBREVIATED = /\p{L}\.\p{L}/u;

/** ABBREVIATED's test, the regular expression run only on the few words with a dot (surnames are asked of at every run). */
function abbreviated(raw: string): boolean {
  return raw.includes('.') && ABBREVIATED.test(raw);
}

const HONORIFICS =
  /^(mr|mrs|ms|miss|dr|chief|sir|dame|lady|lord|baroness|viscount|viscountess|countess|duchess|marquess|marchioness|prof|professor|coach|sen|senator|rep|gov|governor|president|mayor|judge|officer|detective|sgt|sergeant|capt|captain|adm|admiral|cmdr|cdr|commodore|gen|general|col|colonel|lt|supt|insp|inspector|minister|secretary|chancellor|premier|justice|rev|father|fr|cllr|cr|pastor|rabbi|imam|sheikh|king|queen|prince|princess|pope|cardinal|bishop|ambassador|commissioner|sheriff|councillor|councilman|councilwoman|congressman|congresswoman|leader|speaker|spokesman|spokeswoman|representative|councilor|assemblyman|assemblywoman|assemblymember|alderman|alderwoman|selectman|selectwoman|chairman|chairwoman|superintendent|lieutenant|corporal|constable|reverend|archbishop|director|magistrate|coun|ald|cpl|cst|const|maj|atty|msgr|det|pte|pvt|brig|trustee|mpp|mla|mha|msp|mep|mna)$/;

/**
 * A quotation signed with a dash: "“…” ― Sonya Herridge", "“…”¶- Bernie Sanders." When the dash (one or two
 * hyphens, an en, em or horizontal bar) ends at token `last` and a closing quotation mark stands right before it
 * (a period between them allowed), the index of that mark; else -1.
 */
export function dashAfterQuote(tokens: ReadonlyArray<Token>, last: number): number {
  let k = last;
  let dashes = 0;
  while (k >= 0 && dashes < 2 && /^[-–—―]$/.test(tokens[k]?.raw ?? '')) {
    k--;
    dashes++;
  }
  if (dashes === 0) return -1;
  if (tokens[k]?.raw === '.') k--;
  return /^[”"»’]$/.test(tokens[k]?.raw ?? '') ? k : -1;
}

/** "sen." -> "sen" (one final period). */
function withoutFinalDot(s: string): string {
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
}

export type Gender = 'male' | 'female' | null;

export interface UnknownPerson {
  /** fullest name the article gives */
  name: string;
  /** folded key of the surname */
  surname: string;
  gender: Gender;
  type: 'person' | 'organization';
  /** role head nouns from titles: "chief", "spokeswoman" */
  heads: Set<string>;
  mentions: Array<{ first: number; last: number }>;
  /**
   * a single word the article shows neither as a person nor as an organisation, typed an organisation for want of
   * evidence ("Marsh said" with no "Ian Marsh", "Mr. Marsh" or "Marsh, 45," anywhere): a later "he" or "she" may show it
   */
  unproven?: true;
}

export interface NameContext {
  tokens: ReadonlyArray<Token>;
  text: string;
  /** token covered by a known mention */
  covered: Uint8Array;
  /** word opens a sentence */
  initial: Uint8Array;
  /** lower-case words written in lower case somewhere in the article */
  lowerSeen: ReadonlySet<string>;
  /** token inside a quotation */
  quoted: Uint8Array;
  /** titles the article puts in quotation marks (lower case, no leading "the"): never a person */
  titles?: ReadonlySet<string>;
  /** where discovery's own per-token arrays come from */
  slab: TokenSlab;
}

/**
 * An institution's noun as French names begin with it: "Fédération des …", "Commission scolaire de …" (a set: every
 * run of capitalised words is asked).
 */
const FRENCH_INSTITUTIONS = new Set(
  'fédération federation confédération centrale commission conseil société association syndicat régie caisse coalition regroupement ordre alliance collectif mouvement institut office ministère centre hôpital université ville municipalité cégep collège école comité chambre agence direction union banque fondation front'.split(
    ' ',
  ),
);

/** The quotation marks around a nickname inside a name: 'Marcia “Cia” Price' (sets: every run's end is asked). */
const NICKNAME_OPENS = new Set(['“', '"', '‘', "'"]);
const NICKNAME_CLOSES = new Set(['”', '"', '’', "'"]);

/** A band's or a bloc's noun in the singular, before the "of" of its own name: "the Gang of Eight", "the Band of Brothers". */
const BAND_NOUNS = /^(gang|band|circle|bloc|squad|brigade|crew|caucus|coalition|alliance)$/;

/** Words of a port that an "of" and its place follow in the name of its authority: "the Port of Valdeira". */
const PORT_OF = /^(port|harbour|harbor)$/;

/** Whether a word is a noun of what a source gives, whose "from" names the source: "data from …", "figures from …". */
function sourceNoun(t: Token | undefined): boolean {
  return !!t?.word && t.cap === 0 && (DOCUMENT_NOUNS.has(t.lower) || FIGURES.test(t.lower));
}

/** French particles inside an institution's name: "des", "du", "de la", "pour", "et". */
const FRENCH_PARTICLES = /^(de|des|du|la|le|les|et|pour|sur|en|au|aux|à)$/;

/** English words after a particle that end a French name (the sentence's own): "… de Montréal said". */
const NOT_FRENCH = /^(said|says|the|a|an|and|is|was|has|had|which|who|that|in|on|of|for|to|with)$/;

/**
 * The last word of portfolios listed after a name's word, from the comma at `m`: one or two capitalised words each,
 * the last after "and" (", Land and Resource Stewardship" of "the Ministry of Water, Land and Resource Stewardship";
 * ", Food and Rural Affairs"); -1 when no such list follows.
 */
export function listedPortfoliosEnd(tokens: ReadonlyArray<Token>, m: number): number {
  for (let items = 0; items < 3 && tokens[m]?.raw === ','; items++) {
    let n = m + 1;
    while (n - m <= 2 && tokens[n]?.word && tokens[n]!.cap > 0 && tokens[n]!.lower !== 'and') n++;
    if (n === m + 1) return -1;
    if (tokens[n]?.lower === 'and' && tokens[n]!.cap === 0 && isNameWord(tokens[n + 1])) {
      // (one or two words after the "and", no day nor title that follows the name: "… Food and Rural Affairs Tuesday", "…
      // and Resource Stewardship Minister Ana Vale")
      const inName = (t: Token | undefined): boolean => isNameWord(t) && !t!.gap && !DAYS_MONTHS.has(t!.lower) && !TITLES.has(t!.lower);
      let e = n + 1;
      while (e - n < 2 && inName(tokens[e + 1])) e++;
      return e;
    }
    m = n;
  }
  return -1;
}

/**
 * Whether the words from `a` to `end` are the last portfolios of a list after an organisation's "of" or "for", after a
 * comma: "Community and Social Services" of "the Ministry of Children, Community and Social Services" (no name of its
 * own, as "Avon and Somerset Police" is).
 */
function portfolioListedAt(tokens: ReadonlyArray<Token>, a: number, end: number): boolean {
  if (tokens[a - 1]?.raw !== ',') return false;
  let r = a - 1;
  while (a - r < 9 && (tokens[r - 1]?.raw === ',' || (tokens[r - 1]?.word && tokens[r - 1]!.cap > 0))) r--;
  const of = tokens[r - 1];
  if (!of?.word || of.cap !== 0 || !/^(of|for)$/.test(of.lower) || !isNameWord(tokens[r - 2])) return false;
  let m = r;
  while (isNameWord(tokens[m])) m++;
  return listedPortfoliosEnd(tokens, m) === end;
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap > 0 && t.key !== "'s" && startsWithLetter(t.raw);
}

/** How many name particles (at most three, lower case) start at k and are followed by a name word: "van der" in "van der Berg". */
export function particlesBefore(tokens: ReadonlyArray<Token>, k: number): number {
  let n = 0;
  while (n < 3) {
    const t = tokens[k + n];
    if (!t || !t.word || (n > 0 && t.gap) || t.cap !== 0 || !NAME_PARTICLES.has(t.lower)) break;
    n++;
    // an Arabic article joined by a hyphen counts with it: "al-" in "Abdullah al-Hashimi", "el-" in "el-Sisi"
    if (HYPHEN_PARTICLES.test(t.lower) && tightHyphen(tokens, k + n)) {
      n++;
      break;
    }
  }
  return n > 0 && isNameWord(tokens[k + n]) && !tokens[k + n]!.gap ? n : 0;
}

/**
 * A company's legal suffix at k, which ends no person's name whatever word is before it: "Marlow Ltd", "Marlow Inc",
 * and "Co." or "Cos." with its point ("Marlow Co. Ltd."; "Co" without one may be a surname: "Benjamin Co said").
 */
function legalSuffixAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  if (!legalSuffix(t.lower)) return false;
  if (t.lower !== 'co' && t.lower !== 'cos') return true;
  return t.cap === 1 && tokens[k + 1]?.raw === '.' && tokens[k + 1]!.start === t.end;
}

/** An initial at k: "G." (a capital letter and its point) or initials written as one word, "S.R.". */
function initialAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word || t.cap === 0) return false;
  if (t.raw.length === 1) return tokens[k + 1]?.raw === '.' && tokens[k + 1]!.start === t.end;
  return /^(?:\p{Lu}\.){2,3}$/u.test(t.raw);
}

/**
 * Whether the "him" or "her" at k is the object of the verb before it, someone else: "thanked him", "described her as
 * a formidable opponent", "praised her for …" (not a possessive "her", a word in lower case after it: "thanked her
 * staff", "praised her courage").
 */
function personObjectAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  if ((t.lower !== 'her' && t.lower !== 'him') || !PERSON_OBJECT_VERBS.test(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  return t.lower === 'him' || !next?.word || next.para !== t.para || OBJECT_HER_NEXT.test(next.lower);
}

/**
 * Words of institutions named after a person, by name and initial: "The Annie E. Casey Foundation", "the John F.
 * Kennedy Library" (not a place's word, as often a surname: "Park", "Street").
 */
const NAMESAKE_HEADS =
  /^(foundation|institute|fund|trust|library|center|centre|school|college|university|museum|hospital|clinic|academy|society|prize|award|awards|memorial|program|programme)$/;

/** Irish particles, written with a capital and apart from the surname: "Ó Broin", "Ní Bhriain", "Mac Lochlainn", "Nic Giolla". */
const GAELIC_PARTICLES = /^(Ó|Ní|Nic|Mac|Ua|Uí|Mhic)$/;

/** Articles of Arabic names written joined to the name by a hyphen: "al-Assad", "el-Sisi". */
const HYPHEN_PARTICLES = /^(al|el)$/;

/** The lower-case particles hyphens join inside French place names: "Saint-Jean-sur-Richelieu", "Sainte-Anne-de-Bellevue". */
export const FRENCH_JOINED_PARTICLE = /^(de|du|des|la|le|les|sur|sous|en|lès|aux)$/;

/** Is token k the part of a French place's name after its particle, hyphens either side of it: "Neiges" of "Notre-Dame-des-Neiges"? */
export function afterFrenchParticle(tokens: ReadonlyArray<Token>, k: number): boolean {
  return tightHyphen(tokens, k - 1) && tightHyphen(tokens, k - 3) && FRENCH_JOINED_PARTICLE.test(tokens[k - 2]?.raw ?? '');
}

/** Words of rank or standing that open a description before a party's name: "Senior", "Veteran" of "Senior BJP leader". */
const RANK_WORDS = /^(senior|junior|veteran|former|ex|top|prominent)$/;

/** Whether a role in lower case follows token k: "leader" of "BJP leader", "spokesperson" of "PPP spokesperson". */
function lowerRoleAfter(tokens: ReadonlyArray<Token>, k: number): boolean {
  const r = tokens[k + 1];
  return !!r?.word && r.cap === 0 && (TITLES.has(r.lower) || SPEAKER_NOUNS.has(r.lower));
}

/**
 * Whether a performer's trade stands right before the lone name at i, as a stage name alone is written: "singer Lumi",
 * "Rapper Kaysee" opening its sentence (not a title: those are read as titles); or before the opening mark of the name
 * in quotation marks, in lower case or, an acronym, in capitals: 'said DJ “Kestrel.”', 'said drummer “Tam,”'.
 */
function performerBefore(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  if (isNameWord(tokens[i + 1])) return false;
  const mark = tokens[i - 1];
  const quoted = !!mark && !mark.word && /^[“"]$/.test(mark.raw) && mark.end === tokens[i]!.start;
  const b = tokens[quoted ? i - 2 : i - 1];
  if (!b?.word || !PERFORMER_TRADES.test(b.lower)) return false;
  return b.cap === 0 || (quoted && b.cap === 2) || ctx.initial[quoted ? i - 2 : i - 1] === 1;
}

/** Whether the word at k is joined by a tight hyphen to an acronym before it: "Aayog" of "NITI-Aayog", "SPACe" of "IN-SPACe". */
function acronymJoined(tokens: ReadonlyArray<Token>, k: number): boolean {
  const a = k > 1 ? tokens[k - 2] : undefined;
  return tightHyphen(tokens, k - 1) && !!a?.word && a.cap === 2 && a.raw.length > 1;
}

/** A hyphen at k set tight between two tokens: "season-ticket", "34-year-old". */
export function tightHyphen(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = k > 0 ? tokens[k] : undefined;
  return !!t && (t.raw === '-' || t.raw === '‐') && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start;
}

/** The point of an abbreviated title written onto it, before a capitalised word: "Sen. Tom Berg", "Dr. Ana Ruiz". */
export function titlePoint(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  const title = tokens[k - 1];
  return (
    t.raw === '.' &&
    !!title?.word &&
    title.cap > 0 &&
    title.end === t.start &&
    TITLES.has(title.lower) &&
    !!tokens[k + 1]?.word &&
    tokens[k + 1]!.cap > 0
  );
}

/**
 * Whether the title at k is a second's: "Vice President", "Deputy Minister", "Vice-Chief" name no "the president", "the
 * minister", "the chief"; nor is a "Grand Chief" the chief of a First Nation the article also quotes ("the grand chief").
 */
export function underTitle(tokens: ReadonlyArray<Token>, k: number): boolean {
  // (a rank's grade is no office's second: "Vice-Admiral Ingrid Salomaa" is "the admiral", as "Lt.-Gen. X" is "the general")
  if (tokens[k]?.lower === 'admiral') return false;
  const w = tightHyphen(tokens, k - 1) ? tokens[k - 2] : tokens[k - 1];
  return UNDER_WORDS.test(w?.lower ?? '');
}

/**
 * Whether the word at k is a side or a governed place before a role in a title, which only says whose the role is:
 * "City Manager Ana Vale", "County Auditor Ana Vale" are no "the city", "the county".
 */
function sideBeforeRole(tokens: ReadonlyArray<Token>, k: number): boolean {
  const lo = tokens[k]!.lower;
  if (!SIDE_NOUNS.has(lo)) return false;
  const next = tokens[k + 1];
  return !!next?.word && next.cap > 0 && (TITLES.has(next.lower) || SPEAKER_NOUNS.has(next.lower));
}

/** Words that make a name a firm's after "y", "e" or "i": "Ruiz y Compañía", "Duarte e Filhos", "Puig i Fills". */
const CONJOINED_FIRM_WORDS =
  /^(compañía|compania|cía|cia|companhia|hermanos|hnos|hijos|sobrinos|asociados|filhos|irmãos|irmaos|sobrinhos|associados|fills|germans|fratelli|figli)$/;

/**
 * Whether a comma at k opens an apposition naming more than one person: ", the two founders", ", the brothers", ", both
 * architects", ", the couple".
 */
function pluralApposedAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  if (tokens[k]?.raw !== ',') return false;
  let m = k + 1;
  if (!/^(the|both|two|three)$/.test(tokens[m]?.lower ?? '')) return false;
  m++;
  if (/^(two|three|four)$/.test(tokens[m]?.lower ?? '')) m++;
  // (past one lower-case modifier: "the two young founders")
  for (let n = 0; n < 2 && m <= k + 5; n++, m++) {
    const t = tokens[m];
    if (!t?.word || t.cap !== 0) return false;
    if (/^(couple|pair|duo|partners|brothers|sisters|siblings|twins)$/.test(t.lower) || /[a-z]{3}[^su]s$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the word at k is the second word of a Malaysian honorific, no given name: "Seri" after "Datuk", "Dato'" or
 * "Datin" ("Datuk Seri Rahim Osman"), "Sri" or "Seri" after "Tan" or "Puan" ("Tan Sri Halim Yusof", "Puan Sri Noraini");
 * or the "Tan" or "Puan" that opens such a title. Alone "Seri" is a given name ("Teacher Seri Wahyuni") and "Tan" a
 * surname.
 */
export function malayTitleAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap !== 1) return false;
  if (/^(tan|puan)$/.test(t.lower)) return /^(sri|seri)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.cap === 1;
  if (!/^(sri|seri)$/.test(t.lower)) return false;
  // (past the apostrophe of "Dato'")
  const b = /^['’]$/.test(tokens[k - 1]?.raw ?? '') ? tokens[k - 2] : tokens[k - 1];
  return !!b?.word && b.cap === 1 && /^(datuk|dato|datin|tan|puan)$/.test(b.lower);
}

/**
 * Whether the word at k closes a rank written with its class, the ordinal before it: "Petty Officer 2nd Class Lena Holt",
 * "Private First Class Ana Vale", "Airman 1st Class Jo Reyes" (the word "Class" with a capital is no given name there).
 */
export function rankClass(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k];
  return t?.raw === 'Class' && /^(1st|2nd|3rd|first|second|third)$/i.test(tokens[k - 1]?.raw ?? '') && !!tokens[k + 1]?.word;
}

/** The words making a title another office than the title alone: "Deputy Mayor", "Vice-President", "Grand Chief". */
export const UNDER_WORDS = /^(vice|deputy|assistant|associate|grand|shadow)$/;

/** Whether a name's last word is a double surname joined by a hyphen: "Devon Marchetti-Clarke" (not "al-Hashimi"). */
export function hyphenTail(name: string): boolean {
  const w = name.split(/\s+/).pop()!;
  return /[-‐]/.test(w) && !/^(?:al|el)[-‐]/i.test(w);
}

/**
 * Whether the name word at k ends in an apostrophe set tight after it, a name word following after a space in its
 * paragraph, so that the two are one name: "Anyang' Nyong'o", "Achieng' Obura" (Luo names write a final "ng'"). Not the
 * possessive of a plural or of a name in -s, -x or -z, which an apostrophe alone ends ("the Smiths' lawyer", "Texas'
 * Ted Cruz", "Jones' car"), nor a "-in'" spoken for "-ing" ("Lyin' Ted"), nor the closing mark of single quotation
 * marks opened before it in its paragraph ("‘We Are Broke’ Governor Says").
 */
function apostropheEndsNameWord(tokens: ReadonlyArray<Token>, k: number): boolean {
  const a = tokens[k];
  const ap = tokens[k + 1];
  const b = tokens[k + 2];
  if (!a || !ap || (ap.raw !== "'" && ap.raw !== '’') || a.end !== ap.start || /(?:[sxz]|in)$/.test(a.lower)) return false;
  if (!isNameWord(a) || !isNameWord(b) || b!.start === ap.end || b!.para !== a.para) return false;
  for (let m = k - 1; m >= 0 && tokens[m]!.para === a.para; m--) {
    const t = tokens[m]!;
    // (a straight mark opens when a word follows it tight and none comes tight before it)
    const before = tokens[m - 1];
    if (t.raw === '‘' || (t.raw === "'" && tokens[m + 1]!.start === t.end && !(before?.word && before.end === t.start))) return false;
  }
  return true;
}

/** A hyphen at k joining two name words with no space either side: "Costa-Ribeiro". */
export function isHyphenJoin(tokens: ReadonlyArray<Token>, k: number): boolean {
  const h = k >= 0 ? tokens[k] : undefined;
  const a = k > 0 ? tokens[k - 1] : undefined;
  const b = tokens[k + 1];
  // (not a party tag: "R-Ohio", "D-Calif.")
  return (
    h !== undefined &&
    (h.raw === '-' || h.raw === '‐') &&
    isNameWord(a) &&
    isNameWord(b) &&
    a!.end === h.start &&
    h.end === b!.start &&
    !/^[DRI]$/.test(a!.raw)
  );
}

/** Second parts of English compound modifiers: "-based", "-led", "-speaking", "-born", "-era", "-wide". */
const COMPOUND_SECOND = /(?:ed|ing)$|^(?:born|run|made|era|style|like|wide|free|only|grown|held|built|bound|proof|friendly)$/;

/** Two syllables of one consonant frame, an English reduplication: "ping-pong", "hip-hop", "zig-zag", "flip-flop". */
function reduplicated(a: string, b: string): boolean {
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}

/** Syllables of romanised Chinese names that end in "ing" ("Mei-ling", "Chia-ming", "Shu-ching"; not "Left-wing", "-ring"). */
const ROMANISED_ING = /^(?:[bdghjklmnpqstxy]|ch|sh|zh|hs|ts)ing$/;

/** First parts of English compounds, which a sentence may open with: "Long-term", "Anti-war", "Self-help", "Post-war". */
const ENGLISH_PREFIX =
  /^(long|short|full|part|half|well|high|low|mid|non|anti|pro|pre|post|self|co|ex|semi|multi|all|old|new|far|near|big|top|one|two|six|ten|war|sub|vice|in|out|off|on|up|down|over|under|cross|free|hard|soft|open|real|hot|cold|red|pan|neo)$/;

/**
 * Token k and the two after it are a romanised given name whose second syllable is in lower case, set tight with a
 * hyphen ("Ki-moon", "Jae-in", "Geun-hye", "Ing-wen", "Myung-hee"): a first syllable of two to five letters, a
 * second of two to five, and after it no word in lower case (a compound modifier has its noun there: "York-based
 * firm"), a possessive or a verb of speech aside.
 */
export function romanisedGiven(tokens: ReadonlyArray<Token>, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 2];
  if (!a || !b || !tightHyphen(tokens, k + 1) || !/^\p{Lu}\p{Ll}{1,4}$/u.test(a.raw) || !/^\p{Ll}{2,5}$/u.test(b.raw)) return false;
  // (a second part English compounds take is no syllable of a name: "The Maori-based Ringatu church", "Hindi-speaking")
  // (a syllable of Chinese or Korean romanisation ending in "ing" is no English "-ing": "Mei-ling", "Yu-ting", "Chia-ming")
  if (COMPOUND_SECOND.test(b.raw) && !ROMANISED_ING.test(b.raw)) return false;
  const n = tokens[k + 3];
  if (n && (n.raw === '-' || n.raw === '‐')) return false;
  // (a preposition or conjunction may follow the name, as no noun follows a modifier: "Moon Jae-in in Seoul")
  return (
    !n ||
    !n.word ||
    n.cap > 0 ||
    n.key === "'s" ||
    SPEECH_VERBS.has(n.lower) ||
    AUXILIARIES.has(n.lower) ||
    /^(who|in|on|at|of|for|to|from|with|and|or|but|as|by|during|after|before|when|while)$/.test(n.lower) ||
    // (or a verb in the past after a family name before it, as no modifier's noun ends in "-ed" or is an irregular past:
    // "President Moon Jae-hyun visited", "Park Soo-kyung quoted", "president Moon Jae-in spoke"; not an English
    // compound's first part, "Harbour Co-op opened")
    // (the family name may open the sentence or follow a comma when it has a family name's shape, one short syllable
    // that is no common word: "Lee Hye-jin stayed behind", "After the vote, Park Ji-won walked out")
    ((/^\p{Ll}{2,}ed$/u.test(n.raw) || IRREGULAR_PAST.has(n.raw)) &&
      isNameWord(tokens[k - 1]) &&
      !ENGLISH_PREFIX.test(a.lower) &&
      (!tokens[k - 1]!.gap || familyShaped(tokens[k - 1]!)))
  );
}

/**
 * A syllable of Hanyu Pinyin written without its tone: an initial and a final that the system joins ("wang", "li",
 * "hua", "zhang", "xiao", "ming"; not "tim", "ken" is one, "jo" is none).
 */
const PINYIN_SYLLABLE =
  '(?:[bpm](?:a|o|ai|ei|ao|an|en|ang|eng|i|ie|iao|ian|in|ing|u)|mou|miu|f(?:a|o|ei|ou|an|en|ang|eng|u)|[dt](?:a|e|ai|ei|ao|ou|an|ang|eng|ong|i|ie|iao|iu|ian|ing|u|uo|ui|uan|un)|[nl](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|i|ie|iao|iu|ian|in|iang|ing|u|uo|uan|un|v|ve)|[gkh](?:a|e|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)|[jqx](?:i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ue|uan|un)|(?:zh|ch|sh|[rzcs])(?:a|e|i|ai|ei|ao|ou|an|en|ang|eng|ong|u|ua|uo|uai|ui|uan|un|uang)|y(?:a|e|ao|ou|an|in|ang|ing|ong|i|u|ue|uan|un)|w(?:a|o|ai|ei|an|en|ang|eng|u)|(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|er))';
const PINYIN_TWO = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`);

/**
 * Common Chinese family names of one syllable, in Pinyin without tones (a closed class, as the title lists are): the
 * first word of a name written family name first. Any one syllable is not enough: English given names are syllables
 * too, and "Dan Moran" is no Chinese name.
 */
const CHINESE_FAMILY_NAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han ' +
    'feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong ' +
    'cui tan wan qian xue lei bai duan hao kong shao shi mao qiu qin gu hou meng xiong fan dai xia zou yin yi wen kang ' +
    'mo hong tao qi jia niu yan lai gong fang bao lv lyu chang zhan geng hua ji xi ke qu bi mu mei ou'
  ).split(' '),
);

/**
 * Whether `family` and `given` are a Chinese name written family name first: a common Chinese family name, then two
 * syllables of Pinyin set as one word ("Wang Jianguo", "Xi Jinping"; not "Wang Xiu-Ying", "Han Ji-woo", "Dan Moran").
 */
export function pinyinName(family: string, given: string): boolean {
  return CHINESE_FAMILY_NAMES.has(family.toLowerCase()) && PINYIN_TWO.test(given.toLowerCase());
}

/**
 * Whether tokens k and k + 1 are a Chinese name written family name first, as news writes it: a common Chinese family
 * name (one syllable of Pinyin), then a given name of two set as one word, on no list of given names, and no name word after it
 * ("Wang Lihua", "Zhang Wenbo", "Liu Xiaoming"). The first word is then no given name of a gender, whatever the lists
 * say of it ("Wang" is on the male list). Not after a given name ("Kevin Tan Weiming").
 */
function pinyinFamilyFirst(tokens: ReadonlyArray<Token>, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  // (the family name first, a lookup in a small set, before the two patterns: nearly every word asked of is none, and
  // givenCode asks of each word it meets; `lower` is lower case already, and a call of toLowerCase() per word cost more
  // than the rest of the test)
  if (!a || !b || !b.word || b.gap || !CHINESE_FAMILY_NAMES.has(a.lower)) return false;
  if (!/^\p{Lu}\p{Ll}{0,5}$/u.test(a.raw) || !/^\p{Lu}\p{Ll}{3,9}$/u.test(b.raw)) return false;
  if (!pinyinName(a.lower, b.lower) || isGivenName(b.raw)) return false;
  const n = tokens[k + 2];
  // (nor after a given name of the West, where the two are a middle name and the family name: "Kevin Tan Weiming")
  const p = tokens[k - 1];
  return !(isNameWord(n) && !n!.gap) && !(isNameWord(p) && !a.gap && isGivenName(p!.raw));
}

/** A capitalised word of one short syllable's length that is no common word: the shape of "Lee", "Park", "Zhang". */
function familyShaped(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(t.raw) && !COMMON_WORDS.has(t.lower) && !ENGLISH_PREFIX.test(t.lower);
}

/** An organisation's head noun, or its plural: "Union", "Associations" (of "the Ghana Union of Traders' Associations"). */
function orgHead(lo: string): boolean {
  return ORG_HEADS.has(lo) || pluralIn(lo, ORG_HEADS);
}

/** Words that close the name of a fund or a plan its members own: "the Ontario Teachers' Pension Plan". */
const FUND_ENDS = /^(plan|fund|trust|system)$/;

/**
 * Is token h a union local's "Local" closing a name after a plural possessive, with no number after it (the name of the
 * local is its members': "the Halverson Elementary Teachers' Local said", "the Ridgeway Nurses' Local")?
 */
function localCloses(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h];
  const next = tokens[h + 1];
  return !!t?.word && t.raw === 'Local' && !(next?.word && (next.cap > 0 || /^[0-9]/.test(next.raw)));
}

/**
 * Whether the run after a plural possessive's apostrophe at j + 1 closes at `h` on a fund's or a plan's word, a word of
 * its name between: "the Healthcare Workers' Pension Plan", "the State Teachers' Retirement System" (not a person
 * "Pension Plan"); or right after the plural of a people's noun, whose members own it: "the Wanderers Supporters'
 * Trust", "the Nurses' Fund" (not a surname's: "the Adams' Trust").
 */
function fundClosesAfterPlural(tokens: ReadonlyArray<Token>, j: number, h: number): boolean {
  if (tokens[h]!.cap !== 1 || !FUND_ENDS.test(tokens[h]!.lower)) return false;
  const members = tokens[j]!.lower;
  return h > j + 2 || (h === j + 2 && /[^s]s$/.test(members) && (SPEAKER_NOUNS.has(members) || personShaped(members.slice(0, -1))));
}

/** The plurals of institutions' words that close the name of a body running several: "North Thames Hospitals". */
const PLURAL_BODIES = /^(hospitals|clinics|schools|colleges|universities|churches|libraries|museums|shelters|centres|centers)$/;

/**
 * Whether the word after a nationality or a point of the compass at `s` is an organisation's word, no title, and more
 * of the run follows it: the nationality opens that organisation's name, "National Bank Financial", "Canadian Bank
 * Note Company" (not a person "Bank Financial").
 */
function bodyWordNext(tokens: ReadonlyArray<Token>, s: number, runEnd: number): boolean {
  const t = tokens[s + 1]!;
  return s + 1 < runEnd && t.cap === 1 && ORG_SUFFIXES.has(t.lower) && !TITLES.has(t.lower);
}

/** Roles that close a run of an organisation's name and are nobody's surname: "the Hewlett-Packard CEO". */
const ROLE_LAST =
  /^(ceo|cfo|coo|cto|chairman|chairwoman|chairperson|president|spokesman|spokeswoman|spokesperson|director|secretary|minister|governor|senator|mayor|adviser|advisor|aide|founder|cofounder|co-founder|commissioner|superintendent|ambassador)$/;

/**
 * Nouns of the land and of the water that end places' names ("Capitol Hill", "Coral Springs", "the Fraser River",
 * "Pender Island", "Athabasca Glacier"; not "Lake" nor "Bay", surnames too: "Sarah Lake", "Tom Bay"), and of streets and
 * roads ("Franklin Avenue", "Algonquin Boulevard", "Schubert Drive"); ORG_SUFFIXES has the rest ("Bay", "Park").
 */
/**
 * Offices a courtesy title addresses their holder by, nobody's surname: "Mr. President", "Madam Speaker", "Mr. Chairman"
 * (see wordSurnameAfterHonorific).
 */
const ADDRESS_TITLES =
  /^(president|vice|speaker|chairman|chairwoman|chairperson|chair|mayor|secretary|minister|prime|premier|governor|senator|ambassador|commissioner|director|deputy|acting|interim|former|chief|justice|attorney|general|ceo|mr|mrs|ms|miss|dr|sir|madam|lord|lady|dame)$/;

const PLACE_ENDS =
  /^(hill|hills|point|belt|east|harbor|harbour|beach|heights|springs|gardens|falls|creek|river|island|inlet|glacier|peninsula|canyon|ridge|bluffs|strip|coast|plains|shores|avenue|boulevard|street|road|crescent|parkway|highway|expressway|freeway|drive|lane)$/;

/** Whether t is a verb of speech written in lower case, not "according": "said", "told". */
function speechVerbWord(t: Token | undefined): boolean {
  return !!t?.word && t.cap === 0 && SPEECH_VERBS.has(t.lower) && t.lower !== 'according';
}

/** Words of grammar that no name is, alone: articles, pronouns, prepositions, conjunctions. */
const FUNCTION_WORDS = new Set(
  `the a an in on at of for to by with from into and but or nor if when while as this that these those he she it they
  we i you his its their our my there here what which who whom how why where after before since because although though
  so yet then also however meanwhile still even not no`.split(/\s+/),
);

/** The auxiliaries and question words a question opens with, no word of a name after them: "Is", "Does", "Why". */
const QUESTION_OPENERS =
  /^(is|was|are|were|will|would|can|could|should|shall|does|did|do|has|have|had|why|how|when|where|what|which|who|whose)$/;

/** A name's suffix: "Jr.", "Sr." */
export const NAME_SUFFIX = /^(jr|sr)$/;
/** A name's suffix after its surname, numbers too: "Jr.", "III" (not the surname: "Brandt" of "Thomas Brandt III"). */
const SURNAME_SUFFIX = /^(jr|sr|ii|iii|iv)$/;

/** The fields a department of a province or a country is named for, after its place: "Alberta Forestry and Parks". */
const FIELDS =
  /^(environment|forestry|parks|health|education|agriculture|fisheries|transportation|transport|justice|energy|culture|tourism|labour|labor|finance|infrastructure|seniors|mines|mining|wildlife|housing|municipal|advanced|public|natural|economic|children|community|social|indigenous|treasury)$/;

/** A ministry's field, a title's part before the office ("Health Minister"): no person itself. */
export const PORTFOLIO =
  /^(defense|defence|finance|interior|home|health|education|treasury|economy|trade|energy|labor|labour|transport|transportation|culture)$/;

/** The second word of a portfolio of two, after its field: "Home Affairs", "Internal Security", "Public Works". */
const PORTFOLIO_PAIR = /^(affairs|security|works|services|development|resources|relations)$/;

/** Whether token k of a capitalised run ending at `end` is a portfolio with no title after it: "Transport Focus" (the
 * caller asks only for the run's first word: "Minister of State for Home Affairs G. Kishore Naidu" keeps its titles). */
function portfolioAlone(tokens: ReadonlyArray<Token>, k: number, end: number): boolean {
  // (nor after a title's "of", "for" or "and": "Minister of State for Home Affairs G. Kishore Naidu")
  if (!PORTFOLIO.test(tokens[k]!.lower) || /^(of|for|and|&)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  return !(k < end && next?.word && TITLES.has(withoutFinalDot(next.lower)) && !PORTFOLIO.test(next.lower));
}

/** Whether a word after the first of tokens [first, last] is a French elided particle's, "d'Ivoire", "l'Estrie". */
function elidedInside(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (elidedBeforeCapital(tokens[k]!.raw)) return true;
  return false;
}

/** Is token k the apostrophe of a plural possessive, right after a word in -s: "Workers'", "teachers'"? */
export function pluralPossessive(tokens: ReadonlyArray<Token>, k: number): boolean {
  const ap = tokens[k];
  const owner = k > 0 ? tokens[k - 1] : undefined;
  return (ap?.raw === "'" || ap?.raw === '’') && owner !== undefined && owner.word && /s$/.test(owner.lower) && owner.end === ap.start;
}

/** Whether a patronym's particle, in lower case, follows the word at k: "Sultan" of "Prince Sultan bin Salman". */
function patronymAfter(tokens: ReadonlyArray<Token>, k: number): boolean {
  const p = tokens[k + 1];
  // (the patronyms among NAME_PARTICLES: bin, bint, binti, binte, ibn)
  return !!p?.word && /^(bin|ibn)/.test(p.raw) && NAME_PARTICLES.has(p.raw) && !p.gap && isNameWord(tokens[k + 2]);
}

/**
 * A plural's possessive inside an organisation's name: one written with an apostrophe alone ("Nurses'"), or the "'s" of
 * a plural that ends in no "s" ("the National Council of Women's Associations", "the Fishermen's Union"; not "Carmen's").
 */
function membersPossessive(tokens: ReadonlyArray<Token>, k: number): boolean {
  if (pluralPossessive(tokens, k)) return true;
  const owner = k > 0 ? tokens[k - 1] : undefined;
  return (
    tokens[k]?.key === "'s" &&
    !!owner?.word &&
    owner.end === tokens[k]!.start &&
    /^([a-z]*(wo)?men|children|people)$/.test(owner.lower) &&
    !isGivenName(owner.raw)
  );
}

/**
 * Whether `t` is a lower-case noun naming what a person does or is: "goalkeeper", "striker", "neurosurgeon", "singer"
 * (not "newspaper", nor a common word).
 */
export function agentNoun(t: Token | undefined): boolean {
  return !!t && t.word && t.cap === 0 && !COMMON_WORDS.has(t.lower) && personShaped(t.lower);
}

/**
 * A word only organisations' names end with, or a compound closed by one of the trades such names end with:
 * "Calvera Agrosciences", "Velmont Nanosystems", "Corvex Biologics" is no person's name.
 */
function orgNameEnd(lower: string): boolean {
  return (
    ORG_NAME_ENDS.has(lower) ||
    TRADE_GERUNDS.test(lower) ||
    // (every trade below ends in "s": the test is skipped for the words that do not)
    (lower.length > 9 &&
      lower.charCodeAt(lower.length - 1) === 115 &&
      /^\p{L}{3,}(sciences|technologies|systems|therapeutics|pharmaceuticals|analytics|logistics|robotics|genomics|biologics|dynamics|electronics|networks)$/u.test(
        lower,
      ))
  );
}

/** Nouns an organisation is called by, before or in apposition to its name ("the group Tide Line", "Harbor Watch, a watchdog"). */
const ORGANISATION_NOUNS = new Set([
  ...ORG_HEADS,
  ...'watchdog nonprofit charity outlet site website tabloid publication channel station airline retailer chain insurer lender studio label brand coalition caucus alliance pac fund lab agency band duo trio quartet quintet ensemble orchestra choir troupe gallery museum theatre theater festival'.split(
    ' ',
  ),
]);

const ORGANISATION_NOUN = `(?:${[...ORGANISATION_NOUNS].join('|')})`;
/**
 * What may follow a name for the noun before it to be the name's: "the group Tide Line." (not "the company Ana Vale
 * founded", nor "on board Ana Vale's campaign").
 */
const CLOSES =
  /^(?:\s*[,.;:)"”]|['’](?!s\b)|\s+(?:which|that|and|in|of|for|to|on|at|with|from|by|as|has|had|is|was|said|says|reported|reports)\b|\s*$)/u;
/** ", which sued …" (not ", which he has denied": "which" is the subject of its verb). */
const WHICH_AFTER = /^,\s+which\s+(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|that)\b)\p{Ll}/u;
/** ", a conservative political action committee," (an article and up to six lower-case words, no preposition among them). */
const NOUN_AFTER = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:(?!(?:of|for|at|in|on|with|from|to|by|or|who|that|which|whose)\\b)(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}\\p{Ll}+)\\s+){0,6}?(${ORGANISATION_NOUN})(?=\\s*[,.;:)]|\\s+(?:that|which|whose|of|for|in|based|founded|backed|with|behind)\\b)`,
  'u',
);
/**
 * "the group ", "a firm called " right before the name, in its line (a headline's last word is no noun of the next
 * paragraph's name: "… to close bowling club" / "Anna Kemp, 61, …").
 */
const NOUN_BEFORE = new RegExp(`(?<!\\p{L})${ORGANISATION_NOUN}[^\\S\\n]+(?:called[^\\S\\n]+|named[^\\S\\n]+)?$`, 'u');
/**
 * A capitalised title's last word and "of the" or "for the" before that noun: "Chief Operating Officer of the company ",
 * "Chair of the board " (the word is read against TITLES; not "the founder of the group ", whose name may be the
 * group's).
 */
const TITLE_OF_NOUN = new RegExp(
  `(?<!\\p{L})(\\p{Lu}\\p{Ll}+)[^\\S\\n]+(?:of|for)[^\\S\\n]+the[^\\S\\n]+${ORGANISATION_NOUN}[^\\S\\n]+$`,
  'u',
);
/** "The company, " opening the sentence right before the name, a comma after it (not "A spokeswoman for the airline, "). */
const NOUN_APPOSED = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)The\\s+${ORGANISATION_NOUN},\\s+$`, 'u');
/** "an analyst at ", "a strategist at " right before the name. */
const WORKS_AT = /(?<!\p{L})\p{Ll}{3,}(?:ist|yst|er|or|ian)\s+at[^\S\n]+$/u;
/** The noun of an organisation that a person's trade goes by too, right before a name: "the broadcaster " (not "operator": "the ferry operator Grace Harbour" is a company). */
const PERSONS_TRADE_BEFORE = /(?<!\p{L})broadcaster[^\S\n]+$/u;
/** A role only an organisation has a holder of, after its name: " president Ray Lund", "'s spokeswoman". */
const ROLE_AFTER =
  /^(?:['’]s)?\s+(?:president|chairman|chairwoman|chair|founder|director|ceo|head|spokesman|spokeswoman|spokesperson)\s+\p{L}/iu;

/**
 * Whether text[i] is a letter (false outside the text). (ASCII read by its code, the common case: the Unicode class
 * only for a character past it, "é" of "Sofía Ruiz".)
 */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // (NaN: before or past the text)
  if (c !== c) return false;
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return /\p{L}/u.test(text.charAt(i));
}

/** Each place `name` is written in `text` as a whole name, with the text just before and just after it. */
function* written(text: string, name: string): Generator<[before: string, after: string]> {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (letterAt(text, i - 1) || letterAt(text, end)) continue;
    yield [text.slice(Math.max(0, i - 40), i), text.slice(end, end + 120)];
  }
}

/**
 * Whether `text` shows `name` to be an organisation's, whatever its words (a given name may open it: "Marina
 * Decisions"): a relative "which" after it, the subject of its verb, when no given name opens it (`ungiven`: "Harbor
 * Watch, which sued …"; not "he insulted Ana Vale, which he has denied"); an organisation's noun in apposition, after
 * an article and up to six lower-case words ("Coastal Rising, a conservative political action committee, called …",
 * "a sports and celebrity talent agency"; not "the head of the agency"); that noun right before it, or with "called" or
 * "named", the name closing the phrase ("the group Tide Line", "the investment bank Harrow Capital.", "a firm called
 * Lindqvist Analytics"; not "the company Ana Vale founded"); or an analyst's or a strategist's place of work ("an
 * analyst at Gull Hedge"). A verb agreeing in the plural is no evidence ("Tarrow Lines say …": a couple says too).
 */
function organisationShown(text: string, name: string, ungiven: boolean): boolean {
  for (const [before, after] of written(text, name)) {
    if (ungiven && WHICH_AFTER.test(after)) return true;
    // (a trade of an agent's shape after a given name is a person's: "Marc Gauthier, a heavy equipment operator", not a
    // company's as "Tarrow Lines, a ferry operator" is)
    const noun = NOUN_AFTER.exec(after)?.[1];
    if (noun && (ungiven || !PERSON_SHAPE.test(noun))) return true;
    // (the anchored test first: the two on `before` try each of its places)
    // (but a given name after a title's "of the company" is the title's holder: "Chief Operating Officer of the company
    // Lena Park said", "Chair of the board Helen Osei said", as "Chair of Acme Helen Osei" is)
    // (nor after a noun of a trade that a person plies too, a given name opening the name: "Her son, the broadcaster
    // Michael Ambrose, said", as "the broadcaster Northline TV" is a company's)
    if (
      CLOSES.test(after) &&
      (NOUN_BEFORE.test(before) || WORKS_AT.test(before)) &&
      !(!ungiven && (TITLES.has(TITLE_OF_NOUN.exec(before)?.[1]?.toLowerCase() ?? '') || PERSONS_TRADE_BEFORE.test(before)))
    )
      return true;
    // (or set off by commas after "the company": "The company, Northern Ridge Gas Link, said")
    if (/^\s*,/.test(after) && NOUN_APPOSED.test(before)) return true;
  }
  return false;
}

/**
 * The goods a company's name ends with, which its trade in apposition makes or sells: "Tate Sugar, the refiner",
 * "Norland Steel, the steelmaker" (a word of the land's produce or industry, no one's role).
 */
const GOODS_END =
  /^(sugar|steel|coffee|cocoa|grain|cotton|copper|gold|silver|timber|lumber|paper|cement|rubber|salt|tea|dairy|foods|oil|gas|coal|chemicals?|metals|textiles|tobacco|glass|plastics|fertili[sz]ers?|seeds|feed|flour|beverages|drinks|brands|homes|media)$/;

/**
 * Whether `text` sets after `name` ", the" and a company's trade (up to two lower-case words before it) as its
 * apposition: "Tate Sugar, the refiner, said", "Norland Steel, the steelmaker." (see organisationNamed).
 */
function tradeApposed(text: string, name: string): boolean {
  for (const [, after] of written(text, name)) {
    const m = /^,\s+the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+)(?=\s*[,.;:)])/u.exec(after);
    if (m && COMPANY_TRADE_HEADS.test(m[1]!)) return true;
  }
  return false;
}

/** Whether `text` sets a relative "who" after `name` (", who owns the farm") and never a "which". */
function whoAfter(text: string, name: string): boolean {
  let who = false;
  for (const [, after] of written(text, name)) {
    if (/^,\s+which\b/.test(after)) return false;
    if (/^,\s+who\b/.test(after)) who = true;
  }
  return who;
}

/** Whether `text` names after `name` the holder of a role only an organisation has: "Harbor Watch president Ray Lund". */
function headedOrganisation(text: string, name: string): boolean {
  for (const [, after] of written(text, name)) if (ROLE_AFTER.test(after)) return true;
  return false;
}

/** Words of a trade in a company's name that are nobody's surname: "Hydro Ottawa", "Keewatin Mining". */
const TRADE_WORD =
  /^(hydro|energy|electric|electricity|utilities|mining|mines|minerals|airlines|airways|aviation|insurance|bancorp|railway|railways|railroad|telecom|telecommunications|transit|transport|ferries|buses|broadcasting|motors|automotive|pipelines?|petroleum|resources|midstream|oil|gas)$/;

/**
 * Trade words that end a company's name and no person's: "Halden Transit" is no Mr. Transit, though Halden is a given name;
 * or goods it makes that no one is named for either ("Western Star Trucks", "King Arthur Flour", "Orla Foods"; not
 * "Steel", "Sugar" or "Salt", surnames too).
 */
const TRADE_END =
  /^(transit|transport|ferries|buses|airlines|airways|aviation|railway|railways|railroad|telecom|telecommunications|utilities|mining|insurance|bancorp|broadcasting|automotive|pipelines?|petroleum|trucks|flour|foods|beverages|chemicals|plastics|textiles|fertili[sz]ers|tires|tyres|cosmetics|snacks|cement|lumber|dairy|tobacco|cocoa|trailers|apparel|footwear)$/;

/** Nouns ending an organisation's name that end a place's as often: "Yonge Street", "Kings County", "Lakeside Stadium". */
const NOT_INSTITUTION =
  /^(street|avenue|road|city|town|township|village|municipality|district|county|state|province|republic|kingdom|stadium|house|church)$/;

/** Titles of royalty and nobility, which also name places: "Queen Elizabeth Park", "Prince Edward Island". */
const ROYALTY = /^(king|queen|prince|princess|duke|duchess|lord|lady|sir|dame|pope|saint|st)$/;

/** Titles of peers and of bishops that name their holder by a place after "of": "the Duke of Westbury", "the Bishop of Durham". */
const PEERAGE_OF = /^(duke|duchess|earl|countess|baron|baroness|marquess|marchioness|viscount|viscountess|archbishop|bishop)$/;

/** A venue's or a unit's last word after a peer's place, which makes the whole its name: "the Duke of Westbury Arms". */
const PEERAGE_VENUE =
  /^(arms|inn|hotel|tavern|head|theatre|theater|park|road|street|square|hospital|stadium|barracks|hall|house|award|awards|cup|trophy|stakes|regiment|bridge|station|centre|center|gardens|estate)$/;

/** The gender of a peer's title ("the Countess of Harwell" is a woman; a bishop may be either). */
const PEERAGE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...'duke earl baron marquess viscount'.split(' ').map((w) => [w, 'male'] as const),
  ...'duchess countess baroness marchioness viscountess'.split(' ').map((w) => [w, 'female'] as const),
]);

/** Peerages' titles that are given names too ("Earl Blumenauer", "Duke Bennett", "Baron Davis"), so on no list of TITLES. */
const PEERAGE_GIVEN = /^(earl|duke|baron)$/;

/**
 * Whether the name in tokens [runStart, runEnd] is given, anywhere in the article, a role in apposition that is not a
 * peer's: "Earl Blumenauer, an Oregon congressman,", "Duke Bennett, the coach," say "Earl" and "Duke" are given names
 * (not "Earl Spencer, the ninth earl,", nor a relation, "Earl Spencer, the brother of Diana,").
 */
function peerageDenied(tokens: ReadonlyArray<Token>, runStart: number, runEnd: number): boolean {
  const n = runEnd - runStart;
  for (let m = 0; m + n < tokens.length; m++) {
    let same = true;
    for (let i = 0; i <= n && same; i++) same = tokens[m + i]!.lower === tokens[runStart + i]!.lower;
    if (!same || tokens[m + n + 1]?.raw !== ',') continue;
    let p = m + n + 2;
    // (past an age: "Duke Bennett, 45, the coach,")
    if (/^[0-9]{1,3}$/.test(tokens[p]?.raw ?? '') && tokens[p + 1]?.raw === ',') p += 2;
    if (!/^(a|an|the)$/.test(tokens[p]?.lower ?? '')) continue;
    const words: string[] = [];
    for (let q = p + 1; q <= p + 6 && tokens[q]?.word; q++) words.push(tokens[q]!.lower);
    if (words.length === 0) continue;
    if (words.some((w) => /^(earl|duke|baron|peer|peers|lord|nobleman|aristocrat|marquess|viscount|heir|peerage|earldom|dukedom)$/.test(w)))
      continue;
    if (
      words.some((w) =>
        /^(brother|sister|son|daughter|father|mother|uncle|aunt|nephew|niece|cousin|husband|wife|grandson|granddaughter|grandfather|grandmother)$/.test(
          w,
        ),
      )
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Month abbreviations that are given names too ("Jan Novak", "Jun Tanaka"): the month is written with its point or before
 * a number ("Jan. 5", "Jun 5"), the given name before another name word or particles, set with a space.
 */
const MONTH_ABBREVIATION_GIVEN = /^(jan|jun)$/;

function monthAbbreviationGiven(tokens: ReadonlyArray<Token>, i: number): boolean {
  const n = tokens[i + 1];
  // (or before particles and the name word: "Jan van der Berg")
  const named = (isNameWord(n) || particlesBefore(tokens, i + 1) > 0) && !n!.gap;
  return MONTH_ABBREVIATION_GIVEN.test(tokens[i]!.lower) && named && n!.start > tokens[i]!.end;
}

/** A capitalised word of two letters set before a romanised given name: the family name "Oh" of "Oh Min-jun". */
function familyBeforeRomanised(tokens: ReadonlyArray<Token>, i: number): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  return /^\p{Lu}\p{Ll}$/u.test(t.raw) && !!n && n.start > t.end && !ENGLISH_PREFIX.test(n.lower) && romanisedGiven(tokens, i + 1);
}

/**
 * Whether the "He" at i, capitalised inside its sentence after a word or a comma, is the Chinese family name He before
 * a given name of one word that the article never writes in lower case: "commerce ministry spokesperson He Yadong said",
 * "Vice-Premier He Lifeng", "the spokesperson, He Yadong, said" (no pronoun is capitalised there; a sentence opening with
 * "He Lifeng said" stays ambiguous and is left to the pronoun's reading).
 */
function pronounAsFamilyName(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.raw !== 'He' || ctx.initial[i] === 1) return false;
  const prev = ctx.tokens[i - 1];
  const n = ctx.tokens[i + 1];
  return (
    !!prev &&
    (prev.word || prev.raw === ',') &&
    prev.para === t.para &&
    isNameWord(n) &&
    !n!.gap &&
    n!.cap === 1 &&
    !COMMON_WORDS.has(n!.lower) &&
    !ctx.lowerSeen.has(n!.lower)
  );
}

/** Words of COMMON_WORDS that a page sets as labels ("Watch", "Read", "Share"), name words when no sentence opens with them. */
const PAGE_LABELS = /^(watch|read|listen|share|photo|video|update|breaking|exclusive|analysis|opinion|live)$/;

/** Words that rank a title ("Senior Vice-President", "Junior Minister") and are no title alone. */
const RANKS = /^(senior|junior)$/;

/** Auxiliaries that open a question or an inverted condition and are no one's name: "Did Kellen say …?", "Had Berg known, …". */
const AUXILIARY_OPENER = /^(is|are|was|were|has|have|had|does|did|would|could|should|might|must|shall)$/;

/** Auxiliaries that are also names ("Will Smith", "Can Dündar", "Do Van Minh"): ordinary where they open a question. */
const AUXILIARY_NAME = /^(will|can|do)$/;

/** Finite verbs after a name that show the sentence states, not asks: "Can Dundar said …", "Will Smith told …". */
const FINITE_AFTER_NAME =
  /^(said|told|was|were|is|are|has|had|did|does|wrote|spoke|went|gave|made|took|came|saw|knew|thought|got|ran|left|felt|kept|held|brought|began|won|lost|met|paid|sent|built|sold|stood|led|became|found|heard|meant|chose)$/;

/**
 * Whether the sentence opening at i, with no quotation in it, ends in a question mark: "Will Kellen say the bridge is
 * safe?"; not where the capitalised words after i go on with an apposition's comma or a finite verb, a statement with a
 * question trailing it: "Can Dundar, the editor, said the paper would go on, but for how long?", "Will Haddad, who runs
 * the roads office, said the repairs were late?", "Can Dundar said …?" (only a bare verb asks: "Will Kellen say …?").
 */
function asksQuestion(ctx: NameContext, i: number): boolean {
  const { tokens, initial, quoted } = ctx;
  const para = tokens[i]!.para;
  let n = i + 1;
  while (tokens[n]?.word && tokens[n]!.cap !== 0 && tokens[n]!.para === para) n++;
  if (n > i + 1) {
    while (tokens[n]?.word && tokens[n]!.cap === 0 && /^(also|then|later|again|never|once)$|[a-z]ly$/.test(tokens[n]!.lower)) n++;
    const after = tokens[n];
    if (after?.raw === ',' || (after?.word && after.cap === 0 && (FINITE_AFTER_NAME.test(after.lower) || /(ed|[^s]s)$/.test(after.lower))))
      return false;
  }
  let last = i;
  for (let j = i + 1; j < tokens.length && tokens[j]!.para === para && initial[j] !== 1; j++) {
    if (quoted[j] || /^[“”"]$/.test(tokens[j]!.raw)) return false;
    last = j;
  }
  return tokens[last]!.raw === '?';
}

/** An ordinary word written capitalised because it opens a sentence (or a headline). */
export function isOrdinaryCapital(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  // (a word of two letters before a romanised given name is a family name written first: "Oh Min-jun", "An Ji-ho")
  // (a page's label is ordinary only where it opens a sentence, a name's word inside a run: "Ocean Watch Canada")
  if (
    COMMON_WORDS.has(t.lower) &&
    !familyBeforeRomanised(ctx.tokens, i) &&
    !(PAGE_LABELS.test(t.lower) && ctx.initial[i] !== 1) &&
    !pronounAsFamilyName(ctx, i)
  )
    return true;
  if (DAYS_MONTHS.has(t.lower) && !monthAbbreviationGiven(ctx.tokens, i)) return true;
  // (an auxiliary opening a sentence asks or supposes, it names no one: "Did Kellen say …?", "Had Berg known …"; one that
  // is also a given or family name only where its sentence is a question: "Will Kellen resign?", not "Will Smith said")
  if (ctx.initial[i] === 1 && (AUXILIARY_OPENER.test(t.lower) || (AUXILIARY_NAME.test(t.lower) && asksQuestion(ctx, i)))) return true;
  // (a company's trade opening the sentence before its name: "Chipmaker Sorrelcore said …", not a surname of that shape
  // alone: "Shumaker said …")
  // (or a company's rival, as business news opens a sentence with it: "Rival Penwick Brands reported …")
  if (
    ctx.initial[i] === 1 &&
    (TRADE_BEFORE_NAME.test(t.lower) || /^(rival|competitor)$/.test(t.lower)) &&
    isNameWord(ctx.tokens[i + 1]) &&
    !ctx.tokens[i + 1]!.gap
  )
    return true;
  // (a given name of the short or plain long lists is no ordinary word, even written in lower case somewhere; nor is
  // a word opening a company's name that ends in its trade: "Northern Crest Pipelines said", after "in northern B.C.")
  return (
    ctx.initial[i] === 1 &&
    ctx.lowerSeen.has(t.lower) &&
    !((GIVEN_BITS.get(t.lower) ?? 0) & (SHORT_F | SHORT_M | LONG_F | LONG_M)) &&
    !tradeEndsRun(ctx.tokens, i)
  );
}

/** Whether the capitalised words after i, set tight, end in a trade only a company's name ends in: "… Crest Pipelines". */
function tradeEndsRun(tokens: ReadonlyArray<Token>, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap === 0 || t.gap || t.para !== tokens[i]!.para) return false;
    if (TRADE_END.test(t.lower)) return true;
  }
  return false;
}

/**
 * A word that opens the sentence before a name, no part of it: a conjunction, a sentence adverb or a company's trade
 * ("And Procter & Gamble said", "Meanwhile Lone Star Home & Auto", "Insurer Harbour Mutual & Casualty"; not "Great
 * Plains Home & Life", a name's own word).
 */
export function openerBeforeName(ctx: NameContext, i: number): boolean {
  const w = ctx.tokens[i]!.lower;
  return (
    ctx.initial[i] === 1 &&
    (/^(and|but|or|so|nor|plus)$/.test(w) || TRADE_BEFORE_NAME.test(w) || (OPENING_ADVERBS.test(w) && isOrdinaryCapital(ctx, i)))
  );
}

/** A plural of a speaker's noun that closes a body's name, no one's surname: "Producers", "Growers", "Farmers". */
function membersPlural(w: string): boolean {
  return /^[a-z]{3,}[^s']s$/.test(w) && (SPEAKER_NOUNS.has(w) || pluralIn(w, SPEAKER_NOUNS)) && !COMMON_WORDS.has(w);
}

/**
 * Words of DEMONYMS that are no nationality opening a company's name (compass points, parties, faiths; nouns for a
 * person of a nation, "Swede", "Brit", are NATION_PERSON): see found runs. A list of its own, not DEMONYMS less the adjectives of
 * NATION_WORDS: "Western", "National", "Federal" do open one ("Western Journalism reported", not a person "Journalism").
 */
const NOT_NATIONS =
  /^(south|north|republican|democratic|democrat|conservative|labour|liberal|green|tory|soviet|arab|muslim|christian|jewish|catholic|kremlin|white|olympian|olympians|paralympian|paralympians)$/;

/**
 * A noun for one person of a nation among DEMONYMS, no adjective: "Swede", "Briton", "Dutchman", "Frenchwoman". It opens
 * no company's name, and before a surname alone it is no given name either ("Dutchman Bakker", "Briton Hale" are
 * "Bakker", "Hale"), though the lists hold some ("Briton").
 */
const NATION_PERSON = /^(?:swedes?|spaniards?|brits?|britons?|kiwi|aussie|icelanders?|[a-z]{4,}(?:man|woman))$/;

/** Prefixes that open a compound in a name, its second part in lower case: "Co-operative", "Non-profit", "Cross-border". */
const NAME_PREFIXES = /^(co|non|anti|multi|inter|intra|pan|trans|cross|self|counter|semi|sub|pro|post|pre|all|tri|bi)$/;

/**
 * Whether a prefix's compound, its first part capitalised and its second in lower case, set tight, ends right before the
 * name word at k: "Co-operative" before "Housing", "Non-profit" before "Housing" (its prefix at k - 3).
 */
export function prefixCompoundBefore(tokens: ReadonlyArray<Token>, k: number): boolean {
  const second = tokens[k - 1];
  return (
    !!second?.word &&
    second.cap === 0 &&
    !tokens[k]!.gap &&
    tightHyphen(tokens, k - 2) &&
    tokens[k - 3]?.cap === 1 &&
    NAME_PREFIXES.test(tokens[k - 3]!.lower)
  );
}

/** Points of the compass and their adjectives, which open regions' names and the names of their bodies and businesses. */
const COMPASS_NAMES = /^(north|south|east|west|northern|southern|eastern|western)$/;

/** Titles that open places' names as often as people's: "Prince George", "Fort St. John", "Queen Charlotte". */
const PLACE_TITLES = /^(prince|princess|king|queen|duke|duchess|saint|st|ste)$/;

/** A comma and a province, a territory or a state (its AP abbreviation, US_STATES) after a place's name: ", B.C.", ", Sask.", ", Va.", ", Ontario". */
const REGION_AFTER = new RegExp(
  String.raw`^,\s*(?:B\.C\.|Alta\.|Sask\.|Man\.|Ont\.|Que\.|N\.S\.|N\.B\.|N\.L\.|Nfld\.|P\.E\.I\.|Y\.T\.|N\.W\.T\.|Nvt\.|British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|New Brunswick|Nova Scotia|Newfoundland|Yukon|Nunavut|Northwest Territories|` +
    [...US_STATES.values()]
      .map(([ap]) => ap)
      .filter((ap) => ap !== '')
      .map((ap) => ap.replace(/\./g, '\\.'))
      .join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);
/** Prepositions of place before a place's name: "in Prince Rupert", "near Prince George". */
const PLACE_BEFORE = /^(in|near|outside|around|across|throughout|within|downtown|inside)$/;
/** Words of going before "to" or "from" and a place's name: "home to Prince George", "drove … from Prince Rupert". */
const MOTION_BEFORE =
  /^(home|back|way|night|drove|driven|drive|drives|driving|flew|flown|fly|flies|flying|travelled|traveled|travelling|traveling|travel|travels|moved|move|moves|moving|returned|return|returns|returning|came|come|comes|coming|headed|heading|went|go|goes|going|bound|relocated|commutes?|commuted|commuting|trip|flight|bus|train)$/;
/** Words before "of" and a place's name: "west of Prince George", "the mayor of Prince Albert". */
const PLACE_OF =
  /^(north|south|east|west|northeast|northwest|southeast|southwest|city|town|village|community|municipality|outskirts|mayor|residents|district|region|area|suburbs?)$/;

/** Letters after a person's name, no organisation's: "Ada Vik MPP", "Jo Roe OBE". */
const POST_NOMINALS = /^(MPP|MLA|MNA|MHA|OBE|CBE|MBE|KBE|DBE|PHD|QC|KC|MD|MP|RN)$/;

/** Acronyms of things (three letters or more), not of organisations: "the Ridgeback SUV", "an Acme GPS". */
const THING_ACRONYMS =
  /^(SUV|SUVS|ATV|UTV|DVD|GPS|MRI|DNA|RNA|ICU|HIV|AIDS|GDP|CPI|LED|USB|PDF|APP|VPN|COVID|SARS|PPE|IPO|ETF|LNG|GMO|RSV|ADHD|PTSD|ALS|LRT|SUB|HST|GST|PST|VAT)$/;

/** Institutions' last words that a saint's name opens, beside the usual organisations' words: "St. Brigid's Clinic". */
const SAINT_INSTITUTIONS = /^(clinic|cathedral|chapel|parish|mission|shelter|manor|lodge|home|centre|center|residence)$/;

/** Organisations' words that are nobody's surname, a title or ordinary word before them opening the name: "Major League". */

const INSTITUTION_WORD =
  /^(league|nation|nations|federation|association|union|university|college|academy|institute|foundation|office|airlines|airways|motors|assembly|network|corporation|society|alliance|coalition|confederacy|confederation)$/;

/** Organisations' second words after a place's or a founder's name, nobody's surname: "Manchester United", "Buckingham Palace", "Boston Scientific". */
const ORG_PAIR_ENDS = /^(united|palace|scientific|athletic|dynamics|electric|industries|holdings|capital|airport)$/;

/**
 * Places the long given-name lists hold, more often places than people in the news: "Georgia", "Cleveland", "Kent"; or
 * the word that opens many places' names: "Port" ("Port Elgin", "Port Moody", "Port Talbot").
 */
const PLACE_GIVEN = new Set(
  `florida georgia york carolina dakota indiana montana washington denver orlando cleveland lincoln jackson chelsea regina
  israel derry chester kent devon richmond trenton raleigh augusta salem bradford preston milton hamilton kingston geneva
  valencia asia troy port`.split(/\s+/),
);

/** Prepositions before a place's name: "from Alta", "in Regina". */
const PLACE_PREPOSITIONS = /^(in|from|at|to|of|near|outside|around|across|toward|towards|into|through|via|between|inside|within)$/;

/** The long given-name lists (given-names.ts), less words the lexicon reads otherwise: "Florida", "Major", "Monday". */
function givenSet(list: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of list.split(/\s+/))
    if (
      w &&
      !FEMALE_FIRST.has(w) &&
      !MALE_FIRST.has(w) &&
      !PLACE_GIVEN.has(w) &&
      !COMPASS.test(w) &&
      ![COMMON_WORDS, COUNTRIES, DEMONYMS, TITLES, SPEAKER_NOUNS, GROUP_NOUNS, ORG_SUFFIXES, AUXILIARIES].some((l) => l.has(w)) &&
      (!DAYS_MONTHS.has(w) || MONTH_ABBREVIATION_GIVEN.test(w))
    )
      out.add(w);
  return out;
}
const FEMALE_LONG = givenSet(FEMALE_GIVEN);
const MALE_LONG = givenSet(MALE_GIVEN);
const FEMALE_LONG_WORDS = givenSet(FEMALE_GIVEN_WORDS);
const MALE_LONG_WORDS = givenSet(MALE_GIVEN_WORDS);
const FEMALE_MORE = givenSet(FEMALE_GIVEN_MORE);
const MALE_MORE = givenSet(MALE_GIVEN_MORE);
/** Names on both old lists ("Dale", "Leslie"), read as the second source's: no gender; no particle ("de", "del"). */
const BOTH_MORE = new Set([...givenSet(BOTH_GIVEN)].filter((w) => !NAME_PARTICLES.has(w)));

const GENDER_CODES: ReadonlyArray<Gender> = [null, 'male', 'female'];
/** Verbs of saying right after a name that show it is a person's (with a month's or a word's given name). */
const SAYS_NEXT = /^(said|says|told|tells|added|adds|wrote|writes)$/;

/** given()'s memo for a given name of no gender (the second long source). */
const MORE_CODE = 4;

/**
 * Months and a modal verb that are given names too ("May Okonkwo", "June Halloran", "Will Tarrant"), with the gender
 * the given-name lists give them; the lists' readers leave them out (givenSet), as they are mostly the other word.
 */
const DATE_OR_MODAL_GIVEN: ReadonlyMap<string, Gender> = new Map(
  ['april', 'may', 'june', 'august', 'will'].map((w): [string, Gender] => {
    const on = (list: string): boolean => new RegExp(`(^|\\s)${w}(\\s|$)`).test(list);
    return [w, on(FEMALE_GIVEN) || on(FEMALE_GIVEN_WORDS) ? 'female' : on(MALE_GIVEN) || on(MALE_GIVEN_WORDS) ? 'male' : null];
  }),
);

/** Every given name of the lists, with bits for the lists it is on (one lookup per word). */
const SHORT_F = 1;
const SHORT_M = 2;
const LONG_F = 4;
const LONG_M = 8;
const WORDS_F = 16;
const WORDS_M = 32;
const MORE_F = 64;
const MORE_M = 128;
const BOTH = 256;
const GIVEN_BITS = new Map<string, number>();
for (const [set, bit] of [
  [FEMALE_FIRST, SHORT_F],
  [MALE_FIRST, SHORT_M],
  [FEMALE_LONG, LONG_F],
  [MALE_LONG, LONG_M],
  [FEMALE_LONG_WORDS, WORDS_F],
  [MALE_LONG_WORDS, WORDS_M],
  [FEMALE_MORE, MORE_F],
  [MALE_MORE, MORE_M],
  [BOTH_MORE, BOTH],
] as const)
  for (const w of set) GIVEN_BITS.set(w, (GIVEN_BITS.get(w) ?? 0) | bit);

/**
 * A word's lower case and its bits on the lists (-1: on none), per word as written: discovery asks of the same words
 * many times, and lower-casing each time and looking up the long lists' large map cost more than a small map of the
 * words met (bounded, as the tokeniser's).
 */
const GIVEN_BITS_OF = new Map<string, { lower: string; bits: number }>();
function givenBitsOf(word: string): { lower: string; bits: number } {
  let v = GIVEN_BITS_OF.get(word);
  if (v === undefined) {
    const lower = word.toLowerCase();
    // (a name written with its accents is the one the lists keep without them: "Josée" is "josee", "Andrée" "andree")
    const plain = /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
    v = { lower, bits: GIVEN_BITS.get(lower) ?? GIVEN_BITS.get(plain) ?? -1 };
    if (GIVEN_BITS_OF.size >= 50_000) GIVEN_BITS_OF.clear();
    GIVEN_BITS_OF.set(word, v);
  }
  return v;
}

/**
 * The gender of a given name, or null when the word is not known as one or names both. The short hand-kept lists
 * decide first, then the long ones; a name that is also a common word ("Grant", "Harry") only where the article
 * never writes that word in lower case (`lowerSeen`; without it, never). `long` false: the short lists only.
 */
export function genderOfFirstName(word: string, lowerSeen?: ReadonlySet<string>, long = true): Gender {
  const { lower: w, bits: b } = givenBitsOf(word);
  if (b < 0) return null;
  if (b & (SHORT_F | SHORT_M)) return b & SHORT_M ? (b & SHORT_F ? null : 'male') : 'female';
  if (!long) return null;
  if (b & LONG_F) return 'female';
  if (b & LONG_M) return 'male';
  if (!lowerSeen || lowerSeen.has(w)) return null;
  return b & WORDS_F ? 'female' : b & WORDS_M ? 'male' : null;
}

/** The gender of a given name that is also a common word ("Faith", "Grant"), whoever writes the word in lower case; or null. */
function wordGivenGender(word: string): Gender {
  const { bits: b } = givenBitsOf(word);
  if (b < 0 || b & (SHORT_F | SHORT_M | LONG_F | LONG_M)) return null;
  return b & WORDS_F ? (b & WORDS_M ? null : 'female') : b & WORDS_M ? 'male' : null;
}

/**
 * Whether a word is a given name of the second long source only (given-names.ts, "more": US baby-name records, "Ivanka",
 * "Oluwaseun"), that the article never writes in lower case: a name to discover a person by, with no gender (its
 * US majority is often wrong for a name of another country). Not in a headline (`lowerSeen` undefined): "Oluwaseun Sees Gains …".
 */
export function isMoreGivenName(word: string, lowerSeen?: ReadonlySet<string>): boolean {
  const { lower: w, bits: b } = givenBitsOf(word);
  return b >= 0 && (b & (MORE_F | MORE_M | BOTH)) !== 0 && !!lowerSeen && !lowerSeen.has(w);
}

/** Virtue names a royal may bear, whether or not the lists of given names keep them ("Princess Joy", "Queen Faith"). */
const VIRTUE_NAMES = new Set([
  'joy',
  'faith',
  'hope',
  'grace',
  'charity',
  'patience',
  'prudence',
  'mercy',
  'constance',
  'felicity',
  'verity',
  'honor',
  'honour',
]);

/** Modal verbs, which the article writes in lower case as no common noun ("the prince will visit", "it may rain"). */
const MODAL_VERBS = new Set(['will', 'may', 'might', 'can', 'must', 'shall']);

/** Whether a word is on any list of given names (of either gender, or a word too): "Jordan", "Grant", not "Northwind". */
export function isGivenName(word: string): boolean {
  return GIVEN_BITS.has(word.toLowerCase());
}

/** Family words a relative is named after: "her husband, Luis". */
export const RELATIVES =
  /^(mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|partner|fiancée?|girlfriend|boyfriend|stepson|stepdaughter|stepmother|stepfather|cousin|widow|widower|stepsister|stepbrother|twin)$/;

/**
 * Whether the name at token `k` follows a relative named by a possessive (or an article) and a comma: "her husband,
 * Luis", "Noorzai's older daughter, Maryam," "a daughter, Abena," (a word of age between the owner and the relative:
 * "older", "youngest", "late").
 */
export function familyApposition(tokens: ReadonlyArray<Token>, k: number, full = false): boolean {
  // (an owner, a noun and a comma before the name: none before the fourth token, and no read below index 0, which leaves
  // the array's fast path for a property look-up)
  if (k < 3) return false;
  const comma = tokens[k - 1];
  const noun = tokens[k - 2];
  let o = k - 3;
  if (tokens[o]?.word && /^(older|younger|elder|eldest|oldest|youngest|twin|teenage|late)$/.test(tokens[o]!.lower)) o--;
  // (or an age written with hyphens: "His 15-year-old sister, Mahnaz,", "her eight-month-old son, Leo,")
  else if (
    tokens[o]?.lower === 'old' &&
    tightHyphen(tokens, o - 1) &&
    /^(year|month|week|day)$/.test(tokens[o - 2]?.lower ?? '') &&
    tightHyphen(tokens, o - 3) &&
    /^([0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(
      tokens[o - 4]?.lower ?? '',
    )
  )
    o -= 5;
  const owner = tokens[o];
  return (
    comma?.raw === ',' &&
    !!noun?.word &&
    noun.cap === 0 &&
    RELATIVES.test(noun.lower) &&
    !!owner &&
    // (a possessive: "her", "Jennings's", "Jennings'"; or an article, as an obituary lists the family: "She is survived
    // by a daughter, Abena, and …", not "a partner, Dunmore," which may be a firm)
    ((owner.word && /^(his|her|their)$/.test(owner.lower)) ||
      owner.key === "'s" ||
      pluralPossessive(tokens, o) ||
      (owner.word && /^(a|an)$/.test(owner.lower) && owner.cap === 0 && noun.lower !== 'partner')) &&
    (full || /^[,.;:)—–]$/.test(tokens[k + 1]?.raw ?? ''))
  );
}

/**
 * Whether the word at `k`, a month or a word that is a given name too ("June", "April", "Hope", "Faith"), is a relative's
 * given name set off by commas after the relative's noun: "His wife, June, remembers …" (not "In June, the council …",
 * which no relative's noun opens).
 */
function monthOrWordGivenOfKin(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  return (
    t.cap === 1 &&
    (DATE_OR_MODAL_GIVEN.has(t.lower) || wordGivenGender(t.raw) !== null) &&
    familyApposition(tokens, k) &&
    tokens[k + 1]?.raw === ','
  );
}

/**
 * Whether the name at token `k` follows a relative's noun named by a possessive, with no comma, and ends its run: "her
 * son Mateo has …", "Vale's daughter Ines said" (one name word, then no other).
 */
function kinBefore(tokens: ReadonlyArray<Token>, k: number): boolean {
  // (an owner and a noun before the name: none before the third token)
  if (k < 2) return false;
  const noun = tokens[k - 1];
  const owner = tokens[k - 2];
  const next = tokens[k + 1];
  return (
    !!noun?.word &&
    noun.cap === 0 &&
    RELATIVES.test(noun.lower) &&
    !!owner &&
    ((owner.word && /^(his|her|their)$/i.test(owner.lower)) || owner.key === "'s") &&
    !(next?.word && next.cap > 0)
  );
}

/**
 * Whether the word at token `k` is the first name someone gave, in apposition: "who would only give her first name,
 * Ruth, said", "gave his given name, Tomas." (a possessive, "first" or "given", "name" and a comma before it).
 */
function firstNameApposition(tokens: ReadonlyArray<Token>, k: number): boolean {
  const at = (i: number, re: RegExp): boolean => !!tokens[i]?.word && tokens[i]!.cap === 0 && re.test(tokens[i]!.lower);
  return (
    tokens[k - 1]?.raw === ',' &&
    at(k - 2, /^name$/) &&
    at(k - 3, /^(first|given)$/) &&
    at(k - 4, /^(his|her|their)$/) &&
    tokens[k]!.cap === 1 &&
    /^[,.;:)—–]$/.test(tokens[k + 1]?.raw ?? '')
  );
}

/**
 * The gender of the owner of the name at token `k` when it is the name someone gave or went by: "gave his name as
 * Ahmad", "gave her first name only as Samira", "identified himself only as Omar" ('male', 'female', or null when the
 * owner is "their"); undefined when the word is no such name.
 */
function nameGivenAs(tokens: ReadonlyArray<Token>, k: number): Gender | undefined {
  const at = (i: number, re: RegExp): boolean => !!tokens[i]?.word && tokens[i]!.cap === 0 && re.test(tokens[i]!.lower);
  if (tokens[k]!.cap !== 1 || !at(k - 1, /^as$/)) return undefined;
  let i = k - 2;
  if (at(i, /^only$/)) i--;
  let owner: string;
  if (at(i, /^name$/)) {
    i--;
    if (at(i, /^(first|given)$/)) i--;
    if (!at(i, /^(his|her|their)$/)) return undefined;
    owner = tokens[i]!.lower;
  } else if (at(i, /^(himself|herself|themselves|themself)$/) && at(i - 1, /^identif(y|ies|ied)$/)) owner = tokens[i]!.lower;
  else return undefined;
  return /^h(is|imself)$/.test(owner) ? 'male' : /^her/.test(owner) ? 'female' : null;
}

/**
 * Whether the token before a run of one word at k is one that consider() reads nothing from: none (the text opens
 * there), a punctuation mark that is no comma nor an abbreviation's point ("Sen. Murray" is titled), or a word in lower
 * case that is none of a performer's noun ("the singer Lumen"), a title or a speaker's noun ("spokeswoman Hope"), a
 * relative's noun ("her son Mateo"), the "as" of a name given ("gave his name as Ahmad"), nor the joint of an
 * organisation's name ("of", "the", "and": "the Port of Valdeira") or a compound's tail ("Rental-housing"). A comma
 * before it opens the appositions: "her husband, Luis", "Another neighbour, Simone, said".
 */
function plainBeforeLoneWord(tokens: ReadonlyArray<Token>, k: number): boolean {
  const before = k > 0 ? tokens[k - 1] : undefined;
  if (before === undefined) return true;
  if (!before.word) {
    const abbr = tokens[k - 2];
    const abbreviation =
      before.raw === '.' && !!abbr?.word && abbr.end === before.start && (ABBREVIATIONS.has(abbr.lower) || HONORIFICS.test(abbr.lower));
    return before.raw !== ',' && !abbreviation;
  }
  return (
    before.cap === 0 &&
    !/^(of|on|for|and|to|against|the|as)$/.test(before.lower) &&
    !PERFORMER_TRADES.test(before.lower) &&
    !TITLES.has(before.lower) &&
    !SPEAKER_NOUNS.has(before.lower) &&
    !RELATIVES.test(before.lower) &&
    !tightHyphen(tokens, k - 2)
  );
}

/** Ordinary people a local story quotes by first name: "Another neighbour, Simone, said". */
const LAY_PEOPLE =
  /^(neighbou?r|resident|tenant|renter|homeowner|customer|shopper|commuter|parent|driver|worker|owner|regular|local|cyclist|student|volunteer|passenger|patient|protester|voter|caregiver|friend|man|woman|senior|bystander|witness|motorist|pedestrian|vendor|fan|mourner|parishioner)$/;

/**
 * Whether the word at token `k` is a first name in apposition to an ordinary person opening the sentence, a verb of
 * saying after it: "Another neighbour, Simone, said …", "One longtime resident, Marcus, says …" (an article, "one",
 * "another" or a possessive, at most one word between it and the noun).
 */
function layPersonApposition(tokens: ReadonlyArray<Token>, k: number, sentenceStart: (i: number) => boolean): boolean {
  const noun = k > 1 ? tokens[k - 2] : undefined;
  // (or a child of a family by age: "The eldest, Lina, said …", "Their youngest, Sami, says …")
  const rank = !!noun?.word && noun.cap === 0 && /^(eldest|oldest|youngest)$/.test(noun.lower);
  // (or any noun of one person, the shape of a trade or a speaker's noun: "A farmer, Youssef, said", "A nurse, Amal, said";
  // not a body's: "A company, Northwind, said")
  const one =
    !!noun?.word &&
    noun.cap === 0 &&
    !/s$/.test(noun.lower) &&
    !GROUP_NOUNS.has(noun.lower) &&
    !ORG_HEADS.has(noun.lower) &&
    !RELATIVES.test(noun.lower) &&
    !/^(statement|letter|filing|court|tribunal|television|media|outlet|ad|advert|advertisement|commercial|side|crowd)$/.test(noun.lower) &&
    (SPEAKER_NOUNS.has(noun.lower) || (!COMMON_WORDS.has(noun.lower) && personShaped(noun.lower)));
  if (tokens[k - 1]?.raw !== ',' || !noun?.word || noun.cap !== 0 || !(LAY_PEOPLE.test(noun.lower) || one || rank)) return false;
  if (rank) {
    const det = tokens[k - 3];
    if (!det?.word || !/^(the|their|his|her)$/.test(det.lower) || !sentenceStart(k - 3)) return false;
    // (an age may follow the name: "The eldest, Lina, 17, said")
    const v = /^[0-9]{1,2}$/.test(tokens[k + 2]?.raw ?? '') && tokens[k + 3]?.raw === ',' ? k + 4 : k + 2;
    return (
      tokens[k]!.cap === 1 && tokens[k + 1]?.raw === ',' && /^(said|says|told|tells|added|explained|recalled)$/.test(tokens[v]?.lower ?? '')
    );
  }
  let d = k - 3;
  if (tokens[d]?.word && tokens[d]!.cap === 0 && !/^(a|an|one|another|his|her|their)$/.test(tokens[d]!.lower)) d--;
  const det = tokens[d];
  if (!det?.word || !/^(a|an|one|another|his|her|their)$/.test(det.lower) || !sentenceStart(d)) return false;
  return (
    tokens[k]!.cap === 1 &&
    tokens[k + 1]?.raw === ',' &&
    !!tokens[k + 2]?.word &&
    /^(said|says|told|tells|added|explained|recalled)$/.test(tokens[k + 2]!.lower)
  );
}

/** The gender a relative noun gives the person named after it: "her husband, Pieter" (null for "partner", "cousin"). */
function relativeGender(noun: string): Gender {
  return FEMALE_NOUNS.has(noun) || /^(fiancée|stepdaughter)$/.test(noun)
    ? 'female'
    : MALE_NOUNS.has(noun) || /^(fiancé|stepson)$/.test(noun)
      ? 'male'
      : null;
}

/**
 * Whether the shorter of two names of one surname ends the longer as a name may be written shorter: "Forrest Jones"
 * after "Michael Forrest Jones" (a double surname), not another given name before the surname.
 */
function endsOther(name: string, pName: string, lowerSeen: ReadonlySet<string>): boolean {
  const [longer, shorter] = name.length > pName.length ? [name, pName] : [pName, name];
  const longerWords = longer.split(/\s+/);
  return (
    longer.toLowerCase().endsWith(' ' + shorter.toLowerCase()) &&
    // a compound surname alone: "Costa-Ribeiro" after "Ana Costa-Ribeiro", "van der Berg" after "Pieter van der Berg"
    // (its particle with a capital to open a sentence, or an Irish one, written so: "Le Blanc said", "Van der Berg said",
    // "Ó Broin said"; or one inside it: "Pereira dos Santos" after "Joao Pereira dos Santos")
    ((!/\s/.test(shorter) && /[-‐]/.test(shorter)) ||
      shorter
        .split(/\s+/)
        .slice(0, -1)
        .some((w, n) => NAME_PARTICLES.has(n === 0 ? w.toLowerCase() : w) || (n === 0 && GAELIC_PARTICLES.test(w))) ||
      // (or after a particle: "Pozo Cruz" of "Borja del Pozo Cruz", written "Del Pozo Cruz" to open a sentence)
      NAME_PARTICLES.has(longerWords[longerWords.length - shorter.split(/\s+/).length - 1]?.toLowerCase() ?? '') ||
      // (or two given names before it: "Andrés Manuel López Obrador", then "López Obrador")
      ([1, 2].includes(longerWords.length - shorter.split(/\s+/).length) &&
        genderOfFirstName(longerWords[0]!.normalize('NFD').replace(/\p{M}/gu, ''), lowerSeen) !== null) ||
      // (or one given name of any list before two surnames, the first no given name: "Soraya Martinez Ferrada", then
      // "Martinez Ferrada"; not "Mary Ann Smith", then "Ann Smith")
      (longerWords.length === 3 &&
        shorter.split(/\s+/).length === 2 &&
        isGivenName(longerWords[0]!.normalize('NFD').replace(/\p{M}/gu, '')) &&
        genderOfFirstName(longerWords[1]!.normalize('NFD').replace(/\p{M}/gu, ''), lowerSeen, false) === null &&
        !BOTH_MORE.has(longerWords[1]!.toLowerCase())))
  );
}

/** A name to register: its first and last token, gender, role heads, type and the gender of a courtesy title before it. */
type NameArgs = [first: number, last: number, gender: Gender, heads: string[], type: 'person' | 'organization', honorific?: Gender];

/** nw before discover() sets it: no token read as a name word (one shared array, as each new one costs an allocation). */
const NO_TOKENS = new Uint8Array(0);

export class PeopleRegistry {
  readonly people: UnknownPerson[] = [];
  /** token index of a name mention's last word -> person index */
  readonly endAt = new Map<number, number>();
  readonly startAt = new Map<number, number>();
  private bySurname = new Map<string, number>();

  constructor(private readonly ctx: NameContext) {}

  /**
   * Whether the title word at s, the last of its run right after another title, is the given name of a person named
   * before with that other title: "Prince Sultan" after "Prince Sultan bin Salman", who is no "Prince" alone.
   */
  private titledGivenAgain(s: number, runStart: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    if (s !== runEnd || s === runStart) return false;
    const title = withoutFinalDot(tokens[s - 1]!.lower);
    if (!TITLES.has(title)) return false;
    const lo = tokens[s]!.lower;
    return this.people.some((q) => q.type === 'person' && q.heads.has(title) && q.name.toLowerCase().startsWith(lo + ' '));
  }

  /** `honorific`: the gender a courtesy title before a surname alone gives ("Mrs." in "Mrs. Clinton"), to pick by. */
  private add(...[first, last, gender, heads, type, honorific = null]: NameArgs): number {
    const { tokens, text } = this.ctx;
    const name = withoutInvisible(text.slice(tokens[first]!.start, tokens[last]!.end));
    // (a name's suffix is not its surname: "Harris" of "Harry B. Harris Jr.", whom "Admiral Harris" names later)
    const surname = tokens[last > first && SURNAME_SUFFIX.test(tokens[last]!.lower) ? last - 1 : last]!.key;
    // (an abbreviation is nobody's surname: "U.N." is not Kim Jong Un)
    let idx = abbreviated(tokens[last]!.raw) ? undefined : this.bySurname.get(surname);
    if (idx !== undefined && first === last && !honorific) idx = this.byGivenNameApart(idx, surname);
    // (a given name alone is the person introduced with it, not a name of two words it closes after a word that is no
    // given name, as a business named after its owner reads: "Rosa Alvarez ran the café … Casa Rosa closed … “…,” Rosa
    // said" is Rosa Alvarez)
    if (idx !== undefined && first === last && !honorific && (this.byFirst.get(surname) ?? -1) >= 0)
      idx = this.givenOverClosing(idx, this.byFirst.get(surname)!, tokens[first]!.raw);
    // a double surname alone is the person named in full with it, whoever holds its last part alone: "Marchetti-Clarke"
    // after "Devon Marchetti-Clarke" and "Lorraine Clarke"
    if (idx !== undefined && last > first && !/\s/.test(name) && hyphenTail(name)) {
      const full = (q: UnknownPerson): boolean => q.type === 'person' && q.name.toLowerCase().endsWith(' ' + name.toLowerCase());
      // (of the people named in full with it, the one of the courtesy title's gender: "Ms. Ibarra-Kane" after "Jorge
      // Ibarra-Kane" and his wife "Dolores Ibarra-Kane")
      const want = honorific ?? gender;
      const titled = want ? this.people.findIndex((q) => full(q) && q.gender === want) : -1;
      const whole = titled >= 0 ? titled : this.people.findIndex(full);
      if (whole >= 0) idx = whole;
    }
    // a double given name alone is the one person named in full with it: "Marie-Claude said" after "Marie-Claude
    // Bibeau" (its last part is no surname; none when two people share it)
    if (idx === undefined && last > first && !/\s/.test(name) && hyphenTail(name)) {
      const opens = name.toLowerCase() + ' ';
      for (let q = 0; q < this.people.length; q++) {
        const p = this.people[q]!;
        if (p.type !== 'person' || !p.name.toLowerCase().startsWith(opens)) continue;
        if (idx !== undefined) {
          idx = undefined;
          break;
        }
        idx = q;
      }
    }
    // a first name alone: the one person introduced with it ("Rosa" after "Rosa Lindqvist")
    // (not the last word of an organisation's "of" name: "the University of Alberta" after "Alberta Wildfire")
    if (idx === undefined && first === last && (this.byFirst.get(surname) ?? -1) >= 0 && !this.afterNameOf(first))
      idx = this.byFirst.get(surname);
    // or the inner family name of a longer one ("Rodríguez" after "José Luis Rodríguez Zapatero", "Liu" after "Kevin Liu
    // Jianguo"), written bare (not "Dr. Kaur, the clinic's director", another person)
    if (idx === undefined && first === last && this.innerAlone(first)) idx = this.byInner.get(surname);
    const firstKey = tokens[first]!.key;
    // "Mrs. Clinton" when the surname stands for Bill Clinton: Hillary Clinton, when she is known to be a woman
    const other = idx !== undefined && idx >= 0 ? this.people[idx]?.gender : undefined;
    // (when the article gives the surname both titles, "Mr. Okafor" and "Ms. Okafor" are two people: a titled surname goes
    // only to a person of its gender, else to one of its own, not to "Ngozi Okafor", whose gender nothing says)
    const both = !!honorific && idx !== undefined && other !== honorific && this.titledBoth(tokens[last]!.key);
    if (both) gender = gender ?? honorific;
    // (or a holder of no known gender when the one other person of the surname has the title's: "Ms al-Nouri" after "Tariq
    // al-Nouri" and "His daughter, Leena al-Nouri")
    const sole =
      !!honorific &&
      idx !== undefined &&
      other === null &&
      this.people.filter((q) => q.surname === surname && q.type === 'person' && q.gender === honorific).length === 1;
    if (honorific && (both || sole || (other && other !== honorific))) {
      const alike = this.people.findIndex((q) => q.surname === surname && q.type === 'person' && q.gender === honorific);
      // (else one named in full whose gender nothing says: "Mr. Pritchard" after "Alan Pritchard … she")
      const open = both
        ? -1
        : this.people.findIndex((q) => q.surname === surname && q.type === 'person' && q.gender === null && /\s/.test(q.name));
      // (and no one of that gender, when the first name says the other's: another person, not the husband of "Margaret
      // and Alan Pritchard … Mrs. Pritchard"; a gender guessed from a pronoun gives way to the title)
      // (a gender a relative's noun gave is firm too: "Her husband, Minh Vu, …" is no "Mrs. Vu")
      const firm =
        both ||
        genderOfFirstName(this.people[idx!]!.name.split(/\s+/)[0]!, this.ctx.lowerSeen) === other ||
        this.people[idx!]!.mentions.some(
          (m) => familyApposition(tokens, m.first, true) && relativeGender(tokens[m.first - 2]!.lower) === other,
        ) ||
        // (or a spouse of theirs named right after, with the possessive of that gender: "Chidi Okafor thought about
        // quitting. His wife, Ngozi, …" is no "Mrs. Okafor")
        this.people[idx!]!.mentions.some((m) => this.spouseAfter(m.last) === other);
      idx = alike >= 0 ? alike : open >= 0 ? open : firm ? undefined : idx;
    }
    // a surname met alone after a courtesy title of one gender is not the person named in full whom a relative's noun or
    // the given name shows to be of the other: "Mrs. Vu said …" then "Her husband, Minh Vu, …"
    if (idx !== undefined && last > first && !/\s/.test(this.people[idx]!.name)) {
      const titled = this.people[idx]!.mentions.map((m) => {
        const h = tokens[m.first - 1]?.raw === '.' ? tokens[m.first - 2] : tokens[m.first - 1];
        return h?.word && h.cap > 0 ? (HONORIFIC_GENDER.get(h.lower) ?? null) : null;
      });
      const own =
        (familyApposition(tokens, first, true) ? relativeGender(tokens[first - 2]!.lower) : null) ??
        genderOfFirstName(tokens[first]!.raw, this.ctx.lowerSeen);
      if (own && titled.some((g) => g && g !== own) && !titled.some((g) => g === own)) idx = undefined;
    }
    if (idx !== undefined) {
      const pName = this.people[idx]!.name;
      // the same surname with a different given name is another person, unless the shorter name ends
      // the longer one ("Michael Forrest Jones", then "Forrest Jones": a double surname)
      // (each test read only when those before it hold: a surname alone, the usual mention, splits no name)
      if (
        last > first &&
        pName.split(/\s+/).length > 1 &&
        pName.split(/\s+/)[0]!.toLowerCase().replace(/\W/g, '') !== firstKey &&
        !pName.toLowerCase().startsWith(tokens[first]!.lower) &&
        !endsOther(name, pName, this.ctx.lowerSeen)
      )
        idx = undefined;
      // (nor is one whose hyphenated surname the other's bare one only ends: see `again` below; a double given name alone
      // opens the full name, "Marie-Claude" of "Marie-Claude Bibeau")
      else if (
        last > first &&
        /\s/.test(pName) &&
        hyphenTail(name) !== hyphenTail(pName) &&
        !pName.toLowerCase().startsWith(name.toLowerCase() + ' ')
      )
        idx = undefined;
    }
    // an organisation is the same one only by its whole name: "Statistics Canada" is not "Canada"
    // (an acronym alone too, not the longer name of a local body it ends: "RCMP" is not "Lac Brûlé RCMP")
    const acronym = first === last && tokens[first]!.cap === 2 && tokens[first]!.raw.length >= 3;
    if (
      idx !== undefined &&
      (last > first || (acronym && this.people[idx]?.type === 'organization')) &&
      (type === 'organization' || this.people[idx]!.type === 'organization')
    ) {
      if (this.people[idx]!.name.toLowerCase() !== name.toLowerCase()) idx = undefined;
    }
    // another person of the surname, named in full again: "Heidi Cruz" a second time (an organisation by its whole name)
    if (idx === undefined && last > first) {
      const lower = name.toLowerCase();
      // (not one whose hyphenated surname the other's bare one only ends: "Hun Manet-Sokhar", the son, after "Hun
      // Sokhar", the father)
      const tail = (n: string): string => n.split(/\s+/).pop()!.toLowerCase();
      const sameTail = (q: UnknownPerson): boolean => tail(q.name) === tail(name) || !(hyphenTail(q.name) || hyphenTail(name));
      const again = (q: UnknownPerson): boolean =>
        q.type === type &&
        (q.name.toLowerCase() === lower ||
          (type === 'person' && q.name.toLowerCase().startsWith(tokens[first]!.lower + ' ') && sameTail(q)));
      idx = this.people.findIndex((q) => q.surname === surname && again(q));
    }
    if (idx === undefined || idx < 0) {
      idx = this.people.length;
      // (one of two people the article tells apart by title alone is named with it: "Mr. Okafor")
      const h = both ? (tokens[first - 1]?.raw === '.' ? first - 2 : first - 1) : first;
      const shown = h < first ? withoutInvisible(text.slice(tokens[h]!.start, tokens[last]!.end)) : name;
      this.people.push({ name: shown, surname, gender, type, heads: new Set(heads), mentions: [] });
      // an organisation's last word names no one alone: "Canada" is not "Statistics Canada"
      // (the last part of a double surname gives way to a person of that surname alone: "Clarke said" after "Devon
      // Marchetti-Clarke" and "Lorraine Clarke" is Lorraine Clarke)
      const held = this.bySurname.get(surname);
      const holder = held === undefined ? undefined : this.people[held];
      if ((type === 'person' || first === last) && (!holder || (type === 'person' && hyphenTail(holder.name) && !hyphenTail(name))))
        this.bySurname.set(surname, idx);
    }
    const p = this.people[idx]!;
    if (name.length > p.name.length && type === 'person') p.name = name;
    if (!p.gender && gender) p.gender = gender;
    // a courtesy title before the surname outweighs a gender guessed from a pronoun ("Dana Whitby … he …", then "Ms.
    // Whitby"), not one its given name gives, nor one that another person of the surname could have
    if (honorific && p.type === 'person' && p.gender !== honorific) {
      const given = genderOfFirstName(p.name.split(/\s+/)[0]!, this.ctx.lowerSeen);
      const alone = !this.people.some((q) => q !== p && q.type === 'person' && q.surname === p.surname);
      if (given === null && alone && !this.titledBoth(p.surname)) p.gender = honorific;
    }
    for (const h of heads) p.heads.add(h);
    p.mentions.push({ first, last });
    // the surname alone is the person of that surname named in full last, unless another has been mentioned more
    // often: after "Tom Aas … Aas said …", a "Maria Aas" named once leaves the next "Aas said" to him; nor one
    // named only as the other's relative: "Per Dahl, the brother of … Ole Dahl" leaves "Dahl said" to Per
    const had = this.bySurname.get(surname);
    if (
      type === 'person' &&
      last > first &&
      had !== undefined &&
      had !== idx &&
      // (a double surname never takes its last part from a person of that surname alone)
      !(hyphenTail(name) && !hyphenTail(this.people[had]!.name) && this.people[had]!.type === 'person') &&
      (this.people[had]!.type !== 'person' ||
        (p.mentions.length >= this.people[had]!.mentions.length &&
          !(p.mentions.length === 1 && this.namedAsRelative(first)) &&
          !this.toldApartByGivenName(p, this.people[had]!, surname)))
    )
      this.bySurname.set(surname, idx);
    if (type === 'person') this.noteFirstName(idx, first, last);
    if (type === 'person') this.noteInnerNames(idx, first, last);
    this.endAt.set(last, idx);
    this.startAt.set(first, idx);
    return idx;
  }

  /**
   * The person a surname alone names when the one who holds it is called by the given name alone and never by the surname
   * alone, as news writes a child or a victim ("Ravi Sandhu, 16, … Ravi's father, Harpreet Sandhu, spoke through tears.
   * … “…,” Sandhu told the court"): the other person of that surname named in full last, whom no given name alone calls
   * (else both are told apart by given names, and the holder keeps it: "Rosa … Marisol said … Delacruz said").
   */
  private byGivenNameApart(idx: number, surname: string): number {
    const { tokens } = this.ctx;
    const holder = this.people[idx]!;
    if (holder.type !== 'person') return idx;
    const given = (q: UnknownPerson): boolean => q.mentions.some((m) => m.first === m.last && tokens[m.first]!.key !== surname);
    if (!given(holder) || holder.mentions.some((m) => m.first === m.last && tokens[m.first]!.key === surname)) return idx;
    let best = idx;
    let at = -1;
    for (let q = 0; q < this.people.length; q++) {
      const o = this.people[q]!;
      if (q === idx || o.type !== 'person' || o.surname !== surname || !/\s/.test(o.name) || given(o)) continue;
      const lastAt = o.mentions[o.mentions.length - 1]?.first ?? -1;
      if (lastAt > at) [best, at] = [q, lastAt];
    }
    return best;
  }

  /**
   * add(), a given name alone (`word`) that closes the name of `idx` and opens the name of `given`: `given`, when the
   * word is on the lists of given names and the name it closes has two words, the first a noun of VENUE_OPENERS ("Casa
   * Rosa", "Chez Anna", "Villa Maria", "Santa Maria" after "Rosa Alvarez", "Anna Berg", "Maria Lopez"); else `idx`.
   */
  private givenOverClosing(idx: number, given: number, word: string): number {
    const holder = this.people[idx]!;
    if (given === idx || holder.type !== 'person' || this.people[given]!.type !== 'person' || !isGivenName(word)) return idx;
    const space = holder.name.indexOf(' ');
    if (space < 3 || holder.name.indexOf(' ', space + 1) >= 0) return idx;
    return VENUE_OPENERS.test(holder.name.slice(0, space).toLowerCase()) ? given : idx;
  }

  /**
   * Whether the article tells `p` apart from `holder`, who shares its surname, as features tell a family apart: the
   * holder called by the surname alone, `p` by its given name alone ("Ashdown, a veteran, … his older brother, Frank.
   * … Frank Ashdown was killed in 1944. … “…,” Ashdown said" is still the veteran).
   */
  private toldApartByGivenName(p: UnknownPerson, holder: UnknownPerson, surname: string): boolean {
    const { tokens } = this.ctx;
    const alone = (q: UnknownPerson, own: boolean): boolean =>
      q.mentions.some((m) => m.first === m.last && (tokens[m.first]!.key === surname) === own);
    return alone(holder, true) && alone(p, false);
  }

  /**
   * Whether the name starting at `first` is introduced as somebody's relative: "the brother of (longtime strategist)
   * Ole Dahl", "his wife, Maria Aas", "Aas's father Nils Aas" (a relative noun, lower case, after a possessive
   * or before "of", a few modifiers between).
   */
  private namedAsRelative(first: number): boolean {
    const { tokens } = this.ctx;
    let k = first - 1;
    if (tokens[k]?.raw === ',') k--;
    const rel = tokens[k];
    if (rel?.word && rel.cap === 0 && RELATIVES.test(rel.lower)) {
      const o = tokens[k - 1];
      return !!o && (o.key === "'s" || (o.word && /^(his|her|their)$/.test(o.lower)));
    }
    // "the brother of longtime Democratic strategist Ole Dahl": back over modifiers to "of"
    for (let j = first - 1; j >= Math.max(1, first - 6); j--) {
      const w = tokens[j]!;
      if (!w.word) return false;
      if (w.cap === 0 && w.lower === 'of') {
        const n = tokens[j - 1]!;
        return n.word && n.cap === 0 && RELATIVES.test(n.lower);
      }
    }
    return false;
  }

  /** add() for a name discovery found, unless it is a title the article puts in quotation marks. */
  private found(...args: NameArgs): void {
    const [first, last] = args;
    // (no name opens with the lower-case half of a hyphenated word: "ops" of "the Housing Co-ops", left when the words
    // before it were read as titles or ordinary words)
    const t0 = this.ctx.tokens[first]!;
    if (t0.cap === 0 && tightHyphen(this.ctx.tokens, first - 1)) return;
    // (nor with the last part of a French place's name after its particle: "Neiges" of "Notre-Dame-des-Neiges")
    if (afterFrenchParticle(this.ctx.tokens, first)) return;
    const titles = this.ctx.titles;
    if (titles && titles.size > 0) {
      const { tokens, text } = this.ctx;
      if (titles.has(text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase())) return;
    }
    this.add(...args);
  }

  /**
   * The gender of token k as a given name (null: not one, or of either gender). A name joined to the next by a hyphen
   * takes that one's: "Jean-Pierre" is a man, "Ki-moon" no one known ("Ki" is on the female list). `long` false:
   * the short lists only, for a word inside a name ("Moore" in "Shelley Moore Capito" is on the male list).
   */
  private given(k: number, long = true): Gender {
    const code = this.givenCode(k, long);
    return code === MORE_CODE ? null : GENDER_CODES[code - 1]!;
  }

  /** Whether token k opens with a given name, of a known gender or of the second long source ("Aaliyah Brooks"). */
  private isGiven(k: number, long = true): boolean {
    return this.givenCode(k, long) > 1;
  }

  /** given()'s memo: 1 none, 2 male, 3 female (GENDER_CODES + 1), MORE_CODE a name of no gender. */
  private givenCode(k: number, long: boolean): number {
    const { tokens, lowerSeen } = this.ctx;
    // (memoised per token: discovery asks of the same words many times)
    const cache = long ? (this.givenLong ??= this.perToken()) : (this.givenShort ??= this.perToken());
    const hit = cache[k];
    if (hit) return hit;
    const joined = isHyphenJoin(tokens, k + 1);
    // (a French compound takes its first part's: "Marie-Claude" is a woman, "Jean-Marie" a man)
    const compound =
      joined && tokens[k]!.cap > 0 && (tokens[k + 2]?.cap ?? 0) > 0 ? COMPOUND_FIRST_GENDER.get(tokens[k]!.lower) : undefined;
    if (compound) {
      const code = GENDER_CODES.indexOf(compound) + 1;
      if (k < cache.length) cache[k] = code;
      return code;
    }
    // a romanised given name of two syllables before the family name, in Western order, is a given name of no gender
    // the lists can tell: "Hye-won Park", "Jae-in Moon" (then "Park", not the place a park is)
    // (not a reduplicated English word, its syllables one consonant frame: "Ping-pong Tables", "Hip-hop Artists")
    if (!joined && romanisedGiven(tokens, k) && this.givenBeforeFamily(k) && !reduplicated(tokens[k]!.lower, tokens[k + 2]!.lower)) {
      if (k < cache.length) cache[k] = MORE_CODE;
      return MORE_CODE;
    }
    // (a family name of one syllable before a given name of two, the Chinese order: "Wang Lihua" says nothing of gender)
    if (!joined && pinyinFamilyFirst(tokens, k)) {
      if (k < cache.length) cache[k] = MORE_CODE;
      return MORE_CODE;
    }
    const w = joined ? k + 2 : k;
    // (a word on no list is no given name, whatever follows it: most words asked of are read no further)
    if (tokens[w] && givenBitsOf(tokens[w]!.raw).bits < 0) {
      if (k < cache.length) cache[k] = 1;
      return 1;
    }
    // (the long lists hold surnames too, "Waite", "Moore": a word on them is a given name only before another name word)
    const next = tokens[w + 1];
    const before = long && isNameWord(next) && !next!.gap;
    const seen = tokens[w] && this.titleCasePara(tokens[w]!.para) ? undefined : lowerSeen;
    const g = tokens[w] ? genderOfFirstName(tokens[w]!.raw, seen, before) : null;
    // (a name of the second source, of no gender, only before a word the article never writes in lower case nor closes
    // organisations' names with: "Aaliyah Brooks", not "Cree Nation", nor "Collins Field Guide" where the article writes "field";
    // nor after "the", a title's or a paper's: "a reporter for the Lorne Ledger")
    const more =
      g === null &&
      before &&
      tokens[k - 1]?.lower !== 'the' &&
      !lowerSeen.has(next!.lower) &&
      !ORG_SUFFIXES.has(next!.lower) &&
      !ORG_NAME_ENDS.has(next!.lower) &&
      isMoreGivenName(tokens[w]!.raw, seen);
    const code = more ? MORE_CODE : GENDER_CODES.indexOf(g) + 1;
    if (k < cache.length) cache[k] = code;
    return code;
  }

  private givenLong: Uint8Array | undefined;
  private givenShort: Uint8Array | undefined;

  /**
   * The gender of the first given name of the name from `first` to `last`, and whether it has one: the first word's, or
   * a later one's after words of a title the name still holds ("Harbour Master Tom Lund"; the short lists only past the
   * first word). A hyphenated pair that ends the name is its surname, not a given name "Jean-Pierre" opens: the "Roy"
   * of "Ginette Taylor-Roy" or "Ginette Petitpas Taylor-Roy" makes no man of her (the first word is read as ever, and a
   * French compound given name too, which a title may open: "Harbour Master Jean-Pierre" is a man).
   */
  private leadGiven(first: number, last: number): [gender: Gender, known: boolean] {
    const { tokens } = this.ctx;
    let g: Gender = null;
    let known = false;
    for (let k = first, end = this.givenEnd(first, last); k < end && !known; k++) {
      if (k > first && k + 2 >= end && isHyphenJoin(tokens, k + 1) && !COMPOUND_FIRST_GENDER.has(tokens[k]!.lower)) break;
      known = this.isGiven(k, k === first);
      g = this.given(k, k === first);
    }
    return [g, known];
  }

  /**
   * Where a name's given names end, for reading its gender: at its last word, or at the close of a nickname in quotation
   * marks, after which only the surname comes ('Deirdre “Bea” Castellane-Roy' is no "Roy", whatever "Deirdre" is).
   */
  private givenEnd(first: number, last: number): number {
    const { tokens } = this.ctx;
    for (let k = first + 1; k < last; k++)
      if (NICKNAME_CLOSES.has(tokens[k]!.raw) && this.ctx.quoted[k - 1] && tokens[k - 1]!.end === tokens[k]!.start && k > first + 2)
        return k;
    return last;
  }

  /**
   * The gender of the possessive that opens the first words after the name ending at `k` that are no quotation, in its
   * sentence or the next, when it owns a spouse's noun set off by a comma: "Chidi Okafor thought about quitting. His wife,
   * Ngozi, …" → male; null when another capitalised name or a pronoun comes first.
   */
  private spouseAfter(k: number): Gender {
    const { tokens, quoted, initial } = this.ctx;
    let sentences = 0;
    for (let i = k + 1; i < Math.min(tokens.length, k + 30); i++) {
      const t = tokens[i]!;
      if (initial[i] === 1 && ++sentences > 1) return null;
      if (!t.word || quoted[i]) continue;
      if (/^(his|her)$/.test(t.lower)) {
        const n = tokens[i + 1];
        if (n?.word && /^(wife|husband)$/.test(n.lower) && tokens[i + 2]?.raw === ',') return t.lower === 'his' ? 'male' : 'female';
        return null;
      }
      if (/^(he|she|him)$/.test(t.lower) || (t.cap > 0 && initial[i] !== 1)) return null;
    }
    return null;
  }

  /** Whether token k is a given name, of either gender: "Dana", "Robin" too. */
  private givenName(k: number): boolean {
    // (no token before the text's start: "Minister of Home Affairs Ann Vale said" opening an article)
    const t = this.ctx.tokens[k];
    if (!t) return false;
    const lo = t.lower;
    return this.isGiven(k) || FEMALE_FIRST.has(lo) || MALE_FIRST.has(lo);
  }

  private titleCase = new Map<number, boolean>();

  /** A paragraph set in title case, a headline: no word of four letters or more in lower case ("Big Win For Bernie"). */
  private titleCasePara(para: number): boolean {
    let known = this.titleCase.get(para);
    if (known === undefined) {
      known = true;
      const { tokens } = this.ctx;
      for (let k = firstTokenOf(tokens, para); k < tokens.length && tokens[k]!.para === para && known; k++)
        if (tokens[k]!.word && tokens[k]!.cap === 0 && tokens[k]!.lower.length >= 4) known = false;
      this.titleCase.set(para, known);
    }
    return known;
  }

  /**
   * Register a name found as the subject of a verb of saying ("Lonechild said") that discovery missed. `maker`: the name
   * made a report ("A report by Human Rights Watch found that …"): a body unless a given name opens it.
   */
  adhoc(first: number, last: number, maker = false): number {
    const t = this.ctx.tokens[last]!;
    // a title's acronym defined before a person's name is that person: "Superintendent of Police (SP) Anirudh Rawat", then
    // "the SP said"
    const titled = first === last ? this.titleAcronymPerson(first) : -1;
    if (titled >= 0) {
      const p = this.people[titled]!;
      p.mentions.push({ first, last });
      p.mentions.sort((a, b) => a.first - b.first);
      return titled;
    }
    // the first name may follow a title the name still holds: "Harbour Master Tom Lund"
    const [leadGender, known] = this.leadGiven(first, last);
    let g = leadGender;
    // a known first name alone is someone the article calls by it: "Melanie said" (the short lists only: the long
    // ones hold surnames too, "Smith", "Moore")
    if (first === last) g = this.given(last, false);
    // a single unexplained word ("Sudan said", "Microsoft said") is not taken for a person
    // nor a place opened by a point of the compass ("South Korea said", "West Virginia says")
    const place = last === first + 1 && COMPASS.test(this.ctx.tokens[first]!.lower);
    // nor a run right after "in" with no given name: a place ("boosters in Port Vale insisted")
    const tokens = this.ctx.tokens;
    const after = tokens[first - 1]?.lower === 'in' && tokens[first - 1]!.cap === 0 && g === null && !known && !this.isGiven(first, false);
    // nor a run right after "the" with no given name: a paper, a firm or a band, never a person ("A review in the
    // Toronto Ledger called …", "The Marlow Courier reported …")
    // (a given name that is also a common word is that word there: "the Red Cross said", "The Red Crescent said")
    const the =
      tokens[first - 1]?.word === true &&
      tokens[first - 1]!.lower === 'the' &&
      ((g === null && !known && !this.isGiven(first, false)) || (last > first && wordGivenGender(tokens[first]!.raw) !== null));
    // nor nationalities, nor a group closed by a party or nationality in the plural ("African-Americans said", "Senate
    // Republicans said")
    let nations = true;
    for (let k = first; k <= last && nations; k++) nations = !this.ctx.tokens[k]!.word || PeopleRegistry.demonym(this.ctx.tokens[k]!.lower);
    nations = nations || (last > first && pluralIn(t.lower, DEMONYMS));
    // nor the pairing of two people named before ("Vale-Lisk said")
    const pair = this.pairing(first, last);
    // (a single word of no known gender is a person only when the article shows it to be a surname: surnameSigns)
    const lone = first === last && g === null;
    const signs = lone ? this.surnameSigns(last) : undefined;
    // ("Lena Park said": a known first name before a word that also ends names of places is a person)
    const org =
      !this.initialsAsName(first, last) &&
      ((ORG_SUFFIXES.has(t.lower) && !(g !== null && last === first + 1 && !legalSuffixAt(tokens, last))) ||
        (orgNameEnd(t.lower) && last > first) ||
        // (a union local before its number: "Teamsters Local 880", "Unifor Local 444")
        (t.lower === 'local' && last > first && /^[0-9]{1,5}[A-Z]?$/.test(tokens[last + 1]?.raw ?? '')) ||
        COUNTRIES.has(t.lower) ||
        (lone && signs === undefined) ||
        place ||
        // (a place's name with an elided particle inside, no given name opening it: "Côte d'Ivoire said")
        (!known && g === null && elidedInside(tokens, first, last)) ||
        after ||
        the ||
        nations ||
        pair ||
        // (a report's maker is a body unless a given name opens it; a single word stays for surnameSigns to decide: "A
        // review by Jenkins found …" then "Jenkins, who chaired it, said he …")
        (maker && !known && !lone));
    if (lone && !org) g = signs ?? null;
    const idx = this.add(first, last, g, [], org ? 'organization' : 'person');
    const p = this.people[idx]!;
    // (an organisation the text shows as one: "Harbor Watch said …" after "Harbor Watch, which sued …")
    if (p.type === 'person' && this.organisationNamed(p)) p.type = 'organization';
    else if (
      lone &&
      signs === undefined &&
      p.type === 'organization' &&
      p.mentions.length === 1 &&
      !(ORG_SUFFIXES.has(t.lower) || COUNTRIES.has(t.lower) || after || nations || pair || this.organisationNamed(p))
    )
      p.unproven = true;
    if (first === last && p.name === t.raw) p.name = this.expandAcronym(first) ?? p.name;
    return idx;
  }

  /**
   * Whether a name of two words is a place's by its first word, with no he or she, title, role (before it or in
   * apposition: "San Htun, a councillor, said") or given name: "New Delhi", "San Marino", "Kuala Lumpur", or by the
   * whole name, one of TWO_WORD_PLACES: "Hong Kong", "Sri Lanka" (a place that speaks is its government, an
   * organisation, never a person).
   */
  private placeOpened(p: UnknownPerson): boolean {
    // (a whole name of the list needs no given name nor gender ruled out, which its first word may give: "Costa Rica")
    const whole = TWO_WORD_PLACES.has(p.name.toLowerCase());
    if ((p.gender !== null && !whole) || p.heads.size > 0) return false;
    const words = p.name.split(/\s+/);
    if (words.length !== 2 || !(whole || PLACE_OPENERS.has(words[0]!.toLowerCase()))) return false;
    // (nor a name the story also calls by its last word alone next to a verb of speech, as it does a person's: "Lake
    // Bell … Bell said"; a lake's other word alone is its town's or its county's: "Lake Muskoka … Muskoka has had")
    return !p.mentions.some(
      (m) => (!whole && (this.isGiven(m.first, false) || (m.first === m.last && this.saidNextTo(m.first)))) || this.roleApposition(m.last),
    );
  }

  /** Whether a verb of speech, in lower case, is next to token k: "Bell said", "said Bell" (not "according"). */
  private saidNextTo(k: number): boolean {
    const { tokens } = this.ctx;
    return speechVerbWord(tokens[k - 1]) || speechVerbWord(tokens[k + 1]);
  }

  /**
   * Whether the word at `first` (= `last`) is initials, one to three capital letters each with its point ("J.R.", "K."),
   * that the article gives someone as a name after "as" or "initials": "identified in court documents only as J.R.",
   * "known by the initials T.M." (a publication ban's way of naming a witness, a complainant or a young accused): a
   * person, not an organisation's acronym.
   */
  private initialsAsName(first: number, last: number): boolean {
    const raw = this.ctx.tokens[last]!.raw;
    if (first !== last || !/^(?:\p{Lu}\.){1,3}$/u.test(raw)) return false;
    return new RegExp(`\\b(?:as|initials)\\s+${raw.replace(/\./g, '\\.')}(?!\\p{L})`, 'u').test(this.ctx.text);
  }

  /** Capitalised words by key, their token indexes in text order (built once, on the first question). */
  private capsByKey: Map<string, number[]> | null = null;

  /**
   * Whether tokens j..j+2 ("Seo-yeon") are a romanised given name the article writes elsewhere where romanisedGiven holds,
   * the same capitalised syllable with the same lower-case one after it (not a compound's second part).
   */
  private romanisedElsewhere(j: number): boolean {
    const { tokens } = this.ctx;
    const b = tokens[j + 2];
    if (!b || !tightHyphen(tokens, j + 1) || !/^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j]!.raw) || !/^\p{Ll}{2,5}$/u.test(b.raw)) return false;
    if (COMPOUND_SECOND.test(b.raw) && !ROMANISED_ING.test(b.raw)) return false;
    return this.capsOf(tokens[j]!.key).some((i) => i !== j && tokens[i + 2]?.raw === b.raw && romanisedGiven(tokens, i));
  }

  /** Where the article writes the word of this key with a capital, in text order. */
  private capsOf(key: string): ReadonlyArray<number> {
    if (!this.capsByKey) {
      const { tokens } = this.ctx;
      this.capsByKey = new Map();
      for (let i = 0; i < tokens.length; i++) {
        const w = tokens[i]!;
        if (!w.word || w.cap === 0) continue;
        const at = this.capsByKey.get(w.key);
        if (at) at.push(i);
        else this.capsByKey.set(w.key, [i]);
      }
    }
    return this.capsByKey.get(key) ?? [];
  }

  /** Whether the surname of this key follows both a man's and a woman's courtesy title somewhere: "Mr. Okafor", "Ms. Okafor". */
  private titledBoth(key: string): boolean {
    const { tokens } = this.ctx;
    const seen = new Set<Gender>();
    for (const i of this.capsOf(key)) {
      const h = tokens[i - 1]?.raw === '.' ? tokens[i - 2] : tokens[i - 1];
      if (h?.word && h.cap > 0) seen.add(HONORIFIC_GENDER.get(h.lower) ?? null);
    }
    return seen.has('male') && seen.has('female');
  }

  /**
   * Whether the single word at k, which no given name opens, is a person's surname by what the article writes with it
   * anywhere: a given name right before it ("The Ada Vale Show", "Tom H. Brekke"), a courtesy title ("Mr.
   * Pate"), ", who" after it, "Pate and his allies", a possessive with a relative ("Brekke's wife"), a reflexive after its
   * verb ("Vale compared himself"). Never an acronym, an abbreviation or the plural of another capitalised word of
   * the article ("the Vales"). The gender the signs give (null: none), or undefined when nothing says a person.
   */
  private surnameSigns(k: number): Gender | undefined {
    const { tokens, covered } = this.ctx;
    const t = tokens[k]!;
    if (t.cap !== 1 || abbreviated(t.raw) || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return undefined;
    if (/[^s]s$/.test(t.key) && this.capsOf(t.key.slice(0, -1)).length > 0) return undefined;
    const all = this.capsOf(t.key);
    // (the surname of a person the dataset knows, named elsewhere: that person's, not another's)
    if (all.some((i) => covered[i])) return undefined;
    let person = false;
    let gender: Gender = null;
    let givenGender: Gender = null;
    const saw = (g: Gender): void => {
      person = true;
      gender = gender ?? g;
    };
    for (const i of all) {
      const w = tokens[i]!;
      if (w.cap !== 1) continue;
      const b = tokens[i - 1];
      // a given name before it, an initial between them allowed ("Tom H. Brekke")
      const initial = b?.raw === '.' && tokens[i - 2]?.raw.length === 1 && tokens[i - 2]!.cap > 0 && w.start === b.end + 1;
      const given = initial ? i - 3 : i - 1;
      if ((initial || !w.gap) && isNameWord(tokens[given]) && !tokens[given + 1]!.gap) {
        if (this.isGiven(given)) {
          person = true;
          givenGender = givenGender ?? this.given(given);
        }
      }
      // a courtesy title, with or without its period
      const h = b?.raw === '.' ? tokens[i - 2] : b;
      if (h?.word && h.cap > 0 && /^(mr|mrs|ms|miss|dr)$/.test(h.lower)) saw(HONORIFIC_GENDER.get(h.lower) ?? null);
      const n1 = tokens[i + 1];
      const n2 = tokens[i + 2];
      if (n1?.raw === ',' && n2?.word && n2.lower === 'who') saw(null);
      if (n1?.word && n1.lower === 'and' && n2?.word && /^(his|her)$/.test(n2.lower)) saw(n2.lower === 'his' ? 'male' : 'female');
      if (n1?.key === "'s" && n2?.word && RELATIVES.test(n2.lower)) saw(null);
      if (n1?.word && n1.cap === 0 && n2?.word && /^(himself|herself)$/.test(n2.lower)) saw(n2.lower === 'himself' ? 'male' : 'female');
      // an age or a person's role in apposition, closed by a comma: "Pate, 45,", "Pate, a lawyer for the family, said"
      if (n1?.raw === ',' && /^[0-9]{1,3}$/.test(n2?.raw ?? '') && tokens[i + 3]?.raw === ',') saw(null);
      if (this.roleApposition(i)) saw(null);
      // a reporter's line: "Costa reported from Washington."
      if (n1?.lower === 'reported' && n2?.lower === 'from' && isNameWord(tokens[i + 3])) saw(null);
      const p = this.participlePronoun(i);
      if (p) saw(p);
      if (performerBefore(this.ctx, i)) saw(null);
    }
    return person ? (gender ?? givenGender) : undefined;
  }

  /**
   * ", a spokeswoman for the party, said", ", the chairman of the county board,": a role noun heads the apposition after
   * token i (the last word before a preposition or the closing comma), and the comma closes it before a verb (not "the
   * official news agency", whose head is "agency"; nor "As reported by the Tribune, the former governor was …").
   */
  private roleApposition(i: number): boolean {
    const { tokens } = this.ctx;
    const a = tokens[i + 2];
    if (tokens[i + 1]?.raw !== ',' || !a?.word || a.cap > 0) return false;
    // (with no article, a role of something: ", co-director of the institute,")
    const bare = !/^(a|an|the)$/.test(a.lower);
    let head: Token | undefined;
    let of = false;
    let k = bare ? i + 2 : i + 3;
    for (; k < Math.min(tokens.length, i + 10); k++) {
      const w = tokens[k]!;
      if (tightHyphen(tokens, k)) continue;
      const n = tokens[k + 1];
      if (!w.word || w.cap > 0) return false;
      of = !!n && /^(of|for|at|in|with|from|on)$/.test(n.lower);
      if (!n || (!n.word && !tightHyphen(tokens, k + 1)) || of) {
        head = w;
        break;
      }
      // (a bare role is one word, or one compound: "president", "co-director")
      if (bare && !tightHyphen(tokens, k + 1)) return false;
    }
    if (!head || head.cap > 0 || GROUP_NOUNS.has(head.lower) || ORG_HEADS.has(head.lower) || (bare && !of)) return false;
    if (!(SPEAKER_NOUNS.has(head.lower) || TITLES.has(head.lower) || agentNoun(head))) return false;
    // the closing comma, before the sentence ends
    for (let j = k + 1; j < Math.min(tokens.length, k + 14); j++) {
      const w = tokens[j]!;
      if (w.raw === ',') return true;
      if (/^[.!?;:“"]$/.test(w.raw) || (w.word && /^(is|was|are|were|has|had|have)$/.test(w.lower))) return false;
    }
    return false;
  }

  /**
   * The gender of a he or she after a participle that the word at i is the subject of: "Aas refused to speculate …,
   * adding that he would be on vacation" (the word a subject, a comma and an "-ing" word, in the same sentence, no other
   * capitalised word between); else null.
   */
  private participlePronoun(i: number): Gender {
    const { tokens, quoted } = this.ctx;
    const v = tokens[i + 1];
    if (!v?.word || v.cap > 0 || quoted[i] || !/(ed|s)$/.test(v.lower)) return null;
    for (let k = i + 2; k < Math.min(tokens.length, i + 30); k++) {
      const w = tokens[k]!;
      if (quoted[k] || /^[.!?;:“"]$/.test(w.raw)) return null;
      if (w.word && w.cap > 0) return null;
      if (w.raw !== ',' || !/^[a-z]{3,}ing$/.test(tokens[k + 1]?.raw ?? '')) continue;
      const at = tokens[k + 2]?.lower === 'that' ? k + 3 : k + 2;
      const p = tokens[at];
      return p?.word && /^(he|she)$/.test(p.lower) ? (p.lower === 'he' ? 'male' : 'female') : null;
    }
    return null;
  }

  /** Whether the acronym at token `at` abbreviates a name written out earlier in the article (see expandAcronym). */
  spellsOut(at: number): boolean {
    return this.expandAcronym(at) !== null;
  }

  /**
   * The name an acronym abbreviates, written out earlier in the article: "the IDF" after "the International
   * Dockworkers Federation" (the initials of the capitalised words; of, for, and, the and name particles skipped).
   */
  private expandAcronym(at: number): string | null {
    const { tokens, text } = this.ctx;
    const acr = tokens[at]!.raw;
    if (tokens[at]!.cap !== 2 || acr.length < 2 || acr.length > 6 || !/^[A-Z]+$/.test(acr)) return null;
    const defined = this.definedAcronym(at);
    if (defined) return defined;
    for (let k = at - 1; k >= Math.max(0, at - 3000); k--) {
      const t = tokens[k]!;
      if (!t.word || t.cap === 0 || t.raw[0] !== acr[0] || this.ctx.quoted[k]) continue;
      let n = 0;
      let j = k;
      let end = k;
      while (j < at && n < acr.length) {
        const w = tokens[j]!;
        // (over a hyphen inside a word, whose parts each give a letter: "Tri-County Port and Transportation Authority")
        if (!w.word && n > 0 && tightHyphen(tokens, j)) {
          j++;
          continue;
        }
        if (!w.word) break;
        if (w.cap === 0 && /^(of|for|and|the|on)$/.test(w.lower)) {
          j++;
          continue;
        }
        if (w.cap === 0 || w.raw[0]!.toUpperCase() !== acr[n]) break;
        n++;
        end = j;
        j++;
      }
      const next = tokens[end + 1];
      if (n === acr.length && !(next?.word && next.cap > 0)) return withoutInvisible(text.slice(t.start, tokens[end]!.end));
    }
    return null;
  }

  /**
   * The person whose title an acronym abbreviates, defined in parentheses between the title and the name before token
   * `at`: "Superintendent of Police (SP) Anirudh Rawat", "Station House Officer (SHO) Mark Kumar" (-1 when none).
   */
  private titleAcronymPerson(at: number): number {
    const { tokens } = this.ctx;
    const acr = tokens[at]!.raw;
    if (!/^[A-Z]{2,6}$/.test(acr)) return -1;
    for (let k = at - 1; k >= Math.max(2, at - 3000); k--) {
      if (tokens[k]!.raw !== acr || tokens[k - 1]!.raw !== '(' || tokens[k + 1]?.raw !== ')') continue;
      let titled = false;
      for (let j = k - 2; j >= Math.max(0, k - 8); j--) {
        const w = tokens[j]!;
        if (!w.word || (w.cap === 0 && !/^(of|for|to)$/.test(w.lower))) break;
        titled = titled || (w.cap > 0 && TITLES.has(w.lower));
      }
      const idx = this.startAt.get(k + 2);
      return titled && idx !== undefined && this.people[idx]!.type === 'person' ? idx : -1;
    }
    return -1;
  }

  /**
   * The name an acronym was defined as earlier, in parentheses after it: "the International Transport Workers'
   * Federation (ITF)", whose initials need not spell it. Capitalised words (with of/for/and/the/on between them,
   * and a plural possessive: "Workers'") back from the opening parenthesis; two words at least.
   */
  private definedAcronym(at: number): string | null {
    const { tokens, text } = this.ctx;
    const acr = tokens[at]!.raw;
    for (let k = at - 1; k >= Math.max(2, at - 3000); k--) {
      if (tokens[k]!.raw !== acr || tokens[k - 1]!.raw !== '(' || tokens[k + 1]?.raw !== ')') continue;
      let first = -1;
      let words = 0;
      // (a legal suffix's dot before the parenthesis is no end of the name: "Canadian Northern Rail Corp. (CNR)")
      const last = tokens[k - 2]?.raw === '.' && /^(inc|corp|co|ltd)$/.test(tokens[k - 3]?.lower ?? '') ? k - 3 : k - 2;
      for (let j = last; j >= Math.max(0, k - 14); j--) {
        const w = tokens[j]!;
        if (pluralPossessive(tokens, j)) continue;
        // (nor a hyphened word's lower-case part: "the Canadian Radio-television and Telecommunications Commission")
        if (tightHyphen(tokens, j) || (w.word && w.cap === 0 && tightHyphen(tokens, j - 1) && tokens[j - 2]!.cap > 0)) continue;
        if (!w.word || (w.cap === 0 && !/^(of|for|and|on)$/.test(w.lower))) break;
        if (w.cap > 0) {
          first = j;
          words++;
        }
      }
      if (first >= 0 && tokens[first]!.lower === 'the') first++;
      if (first < 0 || words < 2 || first > last - 1) continue;
      // (one word in lower case inside the name when the capitals' initials spell the acronym: "the Medicines and
      // Healthcare products Regulatory Agency (MHRA)", not "Regulatory Agency" alone)
      const spelt = this.spelledAcross(first, acr);
      return withoutInvisible(text.slice(tokens[spelt]!.start, tokens[last]!.end));
    }
    return null;
  }

  /**
   * Where a name defined with an acronym starts when it goes on back over one word in lower case before `first`, the
   * initials of its capitalised words from there spelling the acronym whole and those after the word only its end:
   * "Medicines and Healthcare products Regulatory Agency" for "MHRA" (`first` when they do not).
   */
  private spelledAcross(first: number, acr: string): number {
    const { tokens } = this.ctx;
    let initials = '';
    for (let j = first; tokens[j]?.raw !== '('; j++)
      if (tokens[j]!.word && tokens[j]!.cap > 0) initials += tokens[j]!.raw[0]!.toUpperCase();
    const lower = tokens[first - 1];
    if (initials.length >= acr.length || !acr.endsWith(initials) || !lower?.word || lower.cap !== 0 || !/^[a-z]{3,}$/.test(lower.raw))
      return first;
    if (/^(of|for|and|on|the|a|an|by|to|in|at|with|from)$/.test(lower.lower)) return first;
    let j = first - 1;
    let start = first;
    while (j - 1 >= 0 && initials.length < acr.length && first - j < 8) {
      const w = tokens[j - 1]!;
      if (!w.word || tokens[j]!.gap || this.ctx.quoted[j - 1]) break;
      if (w.cap > 0) {
        initials = w.raw[0]!.toUpperCase() + initials;
        start = j - 1;
      } else if (!/^(of|for|and|on)$/.test(w.lower)) break;
      j--;
    }
    return initials === acr && start < first ? start : first;
  }

  /**
   * The person whose surname this capitalised word is, introduced before it; else the one person introduced
   * before it with this first name ("Rosa said" after "Rosa Lindqvist"; none when two people share it).
   */
  surnameOf(i: number): number | undefined {
    const t = this.ctx.tokens[i]!;
    // (the three maps first: most words asked of are no one's name, and for them neither the abbreviation's test nor
    // afterNameOf() is read; the answer is the same, each test being pure)
    const surname = this.bySurname.get(t.key);
    const first = this.byFirst.get(t.key);
    if (surname === undefined && first === undefined && !this.byInner.has(t.key)) return undefined;
    if (abbreviated(t.raw)) return undefined;
    return (
      this.metBefore(surname, i) ??
      (this.afterNameOf(i) ? undefined : this.metBefore(first, i)) ??
      // (the inner name's test only for a word some name holds inside: most words are no one's)
      (this.byInner.has(t.key) && this.innerAlone(i) ? this.metBefore(this.byInner.get(t.key), i) : undefined)
    );
  }

  /**
   * Whether the word at i closes a capitalised name with "of" before it: "Alberta" in "the University of Alberta" (not
   * after an ordinary word that is capitalised only to open the sentence: "Because of Rosa", "Most of Jordan's").
   */
  private afterNameOf(i: number): boolean {
    const { tokens, initial } = this.ctx;
    const of = tokens[i - 1];
    const head = tokens[i - 2];
    if (of?.lower !== 'of' || of.cap !== 0 || of.gap || tokens[i]!.gap || !head?.word || head.cap === 0) return false;
    return !(initial[i - 2] === 1 && COMMON_WORDS.has(head.lower));
  }

  /**
   * Whether the function word at i is, spelled as it is, a word of the name of the person whose surname it is: "From" of
   * "Al From" (not "He" of "Choi Eun-hee", whose last syllable "hee" folds to the same key).
   */
  private spelledInName(i: number): boolean {
    const idx = this.surnameOf(i);
    if (idx === undefined) return false;
    const lower = this.ctx.tokens[i]!.lower;
    return this.people[idx]!.name.toLowerCase()
      .split(/[\s\-‐]+/)
      .includes(lower);
  }

  /** The person `idx` (-1: several), when a person mentioned before token i. */
  private metBefore(idx: number | undefined, i: number): number | undefined {
    if (idx === undefined || idx < 0) return undefined;
    const p = this.people[idx]!;
    if (p.type !== 'person') return undefined;
    for (const m of p.mentions) if (m.first < i) return idx;
    return undefined;
  }

  /**
   * inner family-name key -> the one person whose full name of three name words or more holds it between the first and
   * the last, as no given name: "Rodríguez" of "José Luis Rodríguez Zapatero", "Liu" of "Kevin Liu Jianguo", "Mensah" of
   * "Kwame Mensah Asante" (-1 when several have it)
   */
  private byInner = new Map<string, number>();

  private noteInnerNames(idx: number, first: number, last: number): void {
    const { tokens } = this.ctx;
    if (last - first < 2) return;
    const inner: number[] = [];
    for (let k = first + 1; k < last; k++) {
      const t = tokens[k]!;
      if (!t.word || t.cap === 0 || t.raw.length < 2 || tokens[k + 1]?.raw === '.' || NAME_PARTICLES.has(t.lower)) continue;
      if (GAELIC_PARTICLES.test(t.raw) || isHyphenJoin(tokens, k) || isHyphenJoin(tokens, k - 1) || this.isGiven(k, false)) continue;
      // (nor a word the article writes in lower case, or an ordinary one: "Music" of a chart's "Recorded Music NZ")
      if (COMMON_WORDS.has(t.lower) || this.ctx.lowerSeen.has(t.lower)) continue;
      inner.push(k);
    }
    // (a word already someone's surname stays theirs)
    for (const k of inner) {
      const key = tokens[k]!.key;
      if (this.bySurname.has(key)) continue;
      const had = this.byInner.get(key);
      this.byInner.set(key, had === undefined || had === idx ? idx : -1);
    }
  }

  /** A surname alone at k with no title before it and no comma after it (but before "who" or "speaking"): "Liu said", not "Dr. Kaur, the …". */
  private innerAlone(k: number): boolean {
    const { tokens } = this.ctx;
    const b = tokens[k - 1];
    // (a relative clause or a participle's phrase after the comma says more of someone met, no apposition that
    // introduces another: "Ybarra, who is seeking a third term, has …" after "Rodrigo Ybarra Solis", "Lula, speaking at
    // a banquet, said …" after "Luiz Inacio Lula da Silva")
    const more = tokens[k + 2];
    if (tokens[k + 1]?.raw === ',' && !(more?.word && more.cap === 0 && /^(who|whose|[a-z]{3,}ing)$/.test(more.lower))) return false;
    if (this.ctx.initial[k] === 1) return true;
    return !(b?.raw === '.' || (b?.word && b.cap > 0 && !this.ctx.initial[k - 1]) || (b?.word && TITLES.has(b.lower)));
  }

  /** first-name key -> the person with a full name starting with it, or with a nickname in quotation marks inside it (-1 when several have it) */
  private byFirst = new Map<string, number>();

  private noteFirstName(idx: number, first: number, last: number): void {
    const { tokens } = this.ctx;
    const t = tokens[first]!;
    if (last <= first || tokens[first + 1]?.raw === '.' || t.raw.length < 2 || this.bySurname.has(t.key)) return;
    const note = (key: string): void => {
      const had = this.byFirst.get(key);
      this.byFirst.set(key, had === undefined || had === idx ? idx : -1);
    };
    note(t.key);
    // (and a nickname of one word in quotation marks inside the name, which a later mention may use alone: 'Robert “Bobby”
    // Tran' … "Bobby said")
    for (let k = first + 2; k < last; k++) {
      const n = tokens[k]!;
      if (!NICKNAME_OPENS.has(tokens[k - 1]!.raw) || !NICKNAME_CLOSES.has(tokens[k + 1]!.raw) || !n.word || n.cap === 0) continue;
      if (n.raw.length < 2 || this.bySurname.has(n.key)) continue;
      note(n.key);
    }
  }

  /**
   * Surnames the text itself shows to be people's: a capitalised word alone next to a verb of saying, or with
   * an age ("Chen, 34, recalled"). Their full names are people wherever they occur.
   */
  private likelySurnames(nw: Uint8Array): Set<string> {
    const { tokens } = this.ctx;
    const out = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      // (the per-token bytes first: most tokens are no lone name word, and their token is not read)
      if (nw[i] === 0 || this.ctx.covered[i] || nw[i - 1] === 1 || nw[i + 1] === 1) continue;
      if (this.ctx.quoted[i]) continue;
      const t = tokens[i]!;
      // (nor the word an acronym's hyphen joins to, one body's name: "IN-SPACe, the regulator, said")
      if (acronymJoined(tokens, i)) continue;
      const nx = tokens[i + 1];
      const nx2 = tokens[i + 2];
      const before = i > 0 ? tokens[i - 1] : undefined;
      if (
        (nx?.word && nx.cap === 0 && SPEECH_VERBS.has(nx.lower) && nx.lower !== 'according') ||
        // (or one adverb of the verb's between: "Romney later told reporters", "Dorje also said")
        (nx?.word &&
          nx.cap === 0 &&
          VERB_ADVERBS.test(nx.lower) &&
          nx2?.word &&
          nx2.cap === 0 &&
          SPEECH_VERBS.has(nx2.lower) &&
          nx2.lower !== 'according') ||
        (nx?.raw === ',' && nx2 && /^[0-9]{1,3}$/.test(nx2.raw) && tokens[i + 3]?.raw === ',') ||
        (before?.word && before.cap === 0 && /^(said|says|told)$/.test(before.lower) && !isOrdinaryCapital(this.ctx, i)) ||
        this.speaksPastApposition(i) ||
        // (an ordinary word, which is never added, is not followed to the next sentence: "The", "But" open most)
        (this.ctx.initial[i] === 1 && !isOrdinaryCapital(this.ctx, i) && this.subjectThenPronoun(i))
      ) {
        if (!isOrdinaryCapital(this.ctx, i)) out.add(t.key);
      }
    }
    return out;
  }

  /**
   * A pair of capitalised words whose second, alone before a verb of saying (likelySurnames), is still no person's
   * surname: its second word an organisation's ("Buckingham Palace … Palace later said", "Manchester United … United
   * later said", "Boston Scientific"), or its first a place's or a word the article also writes in lower case ("Real
   * Madrid … real"). Not "Mitt Romney … Romney later told".
   */
  private organisationPair(s: number, e: number): boolean {
    const { tokens } = this.ctx;
    if (e !== s + 1) return false;
    const a = tokens[s]!;
    const b = tokens[e]!;
    if (
      ORG_SUFFIXES.has(b.lower) ||
      ORG_HEADS.has(b.lower) ||
      ORG_NAME_ENDS.has(b.lower) ||
      INSTITUTION_WORD.test(b.lower) ||
      ORG_PAIR_ENDS.test(b.lower)
    )
      return true;
    return COUNTRIES.has(a.lower) || PLACE_GIVEN.has(a.lower) || (this.ctx.lowerSeen.has(a.lower) && !this.isGiven(s));
  }

  /** "Chukwu, a mother of two, says", "Lund, who has run the ferry for years, said": the one word speaks past an apposition. */
  private speaksPastApposition(i: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[i + 1]?.raw !== ',' || !/^(a|an|the|who)$/.test(tokens[i + 2]?.lower ?? '')) return false;
    for (let k = i + 3; k < Math.min(tokens.length - 1, i + 20); k++) {
      const t = tokens[k]!;
      if (this.ctx.quoted[k] || /^[.!?;:“"(]$/.test(t.raw)) return false;
      if (t.raw === ',') {
        const v = tokens[k + 1]!;
        return v.word && v.cap === 0 && SPEECH_VERBS.has(v.lower) && v.lower !== 'according';
      }
    }
    return false;
  }

  private likely = new Set<string>();

  /** first tokens of the names in a list of people (listedNames) */
  private listed = new Set<number>();

  /**
   * The names of a list of three or more names of two capitalised words each, two of them or more opening with a
   * known first name: "Celebrities Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks tweeted …" makes
   * Moore and Washington people too (their first tokens).
   */
  private listedNames(nw: Uint8Array): Set<number> {
    const { tokens } = this.ctx;
    const out = new Set<number>();
    let i = 0;
    // (one array for every start, emptied when a start filled it: most starts begin no list, and setting the length
    // of an array is a call into the runtime)
    const items: number[] = [];
    while (i < tokens.length) {
      if (items.length > 0) items.length = 0;
      let k = i;
      for (;;) {
        const ok = nw[k] === 1 && nw[k + 1] === 1 && nw[k + 2] !== 1 && !this.ctx.quoted[k] && !tokens[k + 1]!.gap;
        if (!ok) break;
        items.push(k);
        const sep = tokens[k + 2];
        if (sep?.raw === ',' && tokens[k + 3]?.lower === 'and') k += 4;
        else if (sep?.raw === ',' || (sep?.word && sep.lower === 'and')) k += 3;
        else break;
      }
      if (items.length >= 3 && items.filter((a) => this.isGiven(a)).length >= 2)
        for (const a of items) if (!COMMON_WORDS.has(tokens[a + 1]!.lower) && !ORG_SUFFIXES.has(tokens[a + 1]!.lower)) out.add(a);
      i = items.length ? k + 1 : i + 1;
    }
    return out;
  }

  /**
   * A capitalised word alone opening a sentence, a lower-case word after it, and a "he" or "she" opening the next
   * sentence: "Olsen does not accept that. She pointed to the bridge …" (a person's surname; "Korea has … It said"
   * is not).
   */
  private subjectThenPronoun(i: number): boolean {
    const { tokens, initial } = this.ctx;
    const nx = tokens[i + 1];
    if (initial[i] !== 1 || !nx?.word || nx.cap !== 0) return false;
    for (let k = i + 2; k < Math.min(tokens.length, i + 60); k++) {
      if (initial[k] !== 1) continue;
      return tokens[k]!.word && /^(he|she)$/.test(tokens[k]!.lower) && !this.ctx.quoted[k];
    }
    return false;
  }

  /**
   * The gender of a "he" or "she" that is the subject of a verb of saying ("she said", "said he") after the name
   * at k, outside quotations, before another name comes up or any other personal pronoun; else null.
   */
  private pronounSpeaksAhead(k: number, unknownAt?: number): Gender {
    const { tokens } = this.ctx;
    const g = this.genderAhead(k);
    if (!g) return null;
    // (an unknown name read by its verb alone takes no he or she a person of that gender, named in its paragraph or the
    // four before, may as well be: "“…,” said Tom Hale. ¶ Golden Harvest owns the depot. ¶ “…,” he said." is Hale)
    if (unknownAt !== undefined && this.fittingPersonBefore(unknownAt, g)) return null;
    for (let i = k + 1; i < Math.min(tokens.length, k + 40); i++) {
      const t = tokens[i]!;
      if (!t.word || this.ctx.quoted[i] || !/^(he|she|his|her|him)$/.test(t.lower)) continue;
      const near = [tokens[i - 1], tokens[i + 1]].some((x) => x?.word && x.cap === 0 && SPEECH_VERBS.has(x.lower));
      return near && /^(he|she)$/.test(t.lower) ? g : null;
    }
    return null;
  }

  /** Whether a person of gender g was registered, named in the paragraph of token s or the four before, before s. */
  private fittingPersonBefore(s: number, g: Gender): boolean {
    const { tokens } = this.ctx;
    const para = tokens[s]!.para;
    for (let m = s - 1; m >= 0 && tokens[m]!.para >= para - 4; m--) {
      const idx = this.endAt.get(m);
      if (idx !== undefined && this.people[idx]!.type === 'person' && this.people[idx]!.gender === g) return true;
    }
    return false;
  }

  /** Whether a person registered before ends in the sentence before the name that ends at k. */
  private personBeforeInSentence(k: number): boolean {
    const { tokens } = this.ctx;
    let f = k;
    while (f > 0 && isNameWord(tokens[f - 1]) && !tokens[f]!.gap && !this.ctx.initial[f]) f--;
    for (let m = f - 1; m >= 0 && !this.ctx.initial[m + 1]; m--) {
      const idx = this.endAt.get(m);
      if (idx !== undefined && this.people[idx]!.type === 'person') return true;
    }
    return false;
  }

  /**
   * He or she: the first personal pronoun after the name, before another name comes up. Past a verb of saying, only a
   * "he" or "she" opening the reported clause: a pronoun further into the clause is as often someone else's ("The café's
   * owner, Tariq Venables, said the shutters would stay down in her honour" says nothing of Venables).
   */
  private genderAhead(k: number): Gender {
    const { tokens } = this.ctx;
    const own = tokens[k]!.key;
    let said = -1;
    // (a pronoun past the sentence's end is its subject's, not a person named after another in it: "Mayor Greta Lund
    // appeared alongside candidate Tomasz Brel. She said …" says nothing of Brel)
    const second = this.personBeforeInSentence(k);
    for (let i = k + 1; i < Math.min(tokens.length, k + 40); i++) {
      const t = tokens[i]!;
      if (second && this.ctx.initial[i] === 1) return null;
      if (!t.word || this.ctx.quoted[i]) continue;
      if (said >= 0 && i > said + 1 && !(i === said + 2 && tokens[said + 1]!.lower === 'that')) return null;
      // (not a person the verb takes as its object, someone else: "Declan Fogarty described her as a formidable opponent")
      if (personObjectAt(tokens, i)) return null;
      if (t.lower === 'he' || (said < 0 && (t.lower === 'his' || t.lower === 'him'))) return 'male';
      if (t.lower === 'she' || (said < 0 && t.lower === 'her')) return 'female';
      if (said < 0 && t.cap === 0 && SPEECH_VERBS.has(t.lower)) {
        said = i;
        continue;
      }
      if (
        t.cap > 0 &&
        t.key !== own &&
        !isOrdinaryCapital(this.ctx, i) &&
        !this.ctx.initial[i] &&
        /^\p{Lu}/u.test(t.raw) &&
        !DEMONYMS.has(t.lower) &&
        !TITLES.has(t.lower)
      ) {
        if (isNameWord(tokens[i + 1]) || ORG_SUFFIXES.has(t.lower)) continue;
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a romanised given name at k opens a name written in Western order, the family name right after it and
   * closing the run: "Hyun-ju Kim", "Sung-min Hwang" (not an English compound that opens a sentence, "Long-term Care
   * Minister", "Anti-war Coalition": a prefix of English compounds, or a first part the article writes in lower case).
   */
  private givenBeforeFamily(k: number): boolean {
    const { tokens, lowerSeen } = this.ctx;
    const a = tokens[k]!;
    const b = tokens[k + 2];
    const family = tokens[k + 3];
    if (!b || !isNameWord(family) || family!.gap || family!.start === b.end || isNameWord(tokens[k + 4])) return false;
    // ("-young" is the one common word among the usual second syllables: "Ji-young Lee", "Min-young Cho")
    if (ENGLISH_PREFIX.test(a.lower) || COMMON_WORDS.has(a.lower) || (COMMON_WORDS.has(b.lower) && b.lower !== 'young')) return false;
    return !lowerSeen.has(a.lower);
  }

  /** A zeroed array of one byte per token. */
  private perToken(): Uint8Array {
    return this.ctx.slab.uint8();
  }

  /** Discover names in the whole article, in text order. */
  discover(): void {
    const { tokens, covered } = this.ctx;
    // isNameWord of every token, read by both passes below
    const nw = this.perToken();
    for (let k = 0; k < tokens.length; k++) if (isNameWord(tokens[k])) nw[k] = 1;
    this.nw = nw;
    this.likely = this.likelySurnames(nw);
    this.listed = this.listedNames(nw);
    let i = 0;
    while (i < tokens.length) {
      if (nw[i] === 0 || covered[i]) {
        i++;
        continue;
      }
      // an institution named in French, its particles and common nouns in lower case: "the Fédération des infirmières
      // de l'Estrie", "CIUSSS de l'Estrie-Nord", "the Commission scolaire de Montréal"
      const french = this.frenchInstitution(tokens[i]!.lower === 'the' ? i + 1 : i);
      if (french) {
        if (!this.startAt.has(french[0])) this.found(french[0], french[1], null, [], 'organization');
        i = french[1] + 1;
        continue;
      }
      // the capitalised run [i, j]
      let j = i;
      let tight = false;
      let prefixed = false;
      for (;;) {
        // (nw: isNameWord of each token, read once above)
        if (nw[j + 1] === 1 && !tokens[j + 1]!.gap && !covered[j + 1]) {
          j++;
          continue;
        }
        // particles before the next name word: "Pieter van der Berg", "Maria de la Cruz"
        const p = particlesBefore(tokens, j + 1);
        if (p > 0 && !covered[j + 1 + p] && !tokens[j + 1 + p]!.gap) {
          j += p + 1;
          continue;
        }
        // the conjunction Catalan, Spanish and Portuguese names join two surnames with, after a given name and a surname,
        // before the last name word: "Jordi Ferrer i Vall", "José Ortega y Gasset"
        // (a firm's word after it makes the run a firm's name: "Carlos Ruiz y Compañía", "Duarte e Filhos"; and no name
        // apposed to a plural is one person's: "Mario Rossi e Bianchi, the two founders, said")
        const and = tokens[j + 1];
        if (
          and?.word &&
          // (by its one character, not a regex: read at the end of every run)
          (and.raw === 'i' || and.raw === 'y' || and.raw === 'e') &&
          j > i &&
          isNameWord(tokens[j + 2]) &&
          !tokens[j + 2]!.gap &&
          !covered[j + 2] &&
          !isNameWord(tokens[j + 3])
        ) {
          if (CONJOINED_FIRM_WORDS.test(tokens[j + 2]!.lower)) {
            j += 2;
            tight = true;
            continue;
          }
          if (this.givenName(j - 1) && !pluralApposedAt(tokens, j + 3)) {
            j += 2;
            continue;
          }
        }
        // an ampersand set tight between two capitalised words joins them, as companies write their names: "S&P Global",
        // "AT&T", "H&M" (one organisation's name, never a person's)
        const amp = tokens[j + 1];
        if (
          amp?.raw === '&' &&
          amp.start === tokens[j]!.end &&
          tokens[j + 2]?.start === amp.end &&
          isNameWord(tokens[j + 2]) &&
          !covered[j + 2]
        ) {
          j += 2;
          tight = true;
          continue;
        }
        // (spaced, after a run of at most three capitalised words, with the name words after it, where a firm's name has
        // it: "Procter & Gamble", "Lone Star Home & Auto", "Marks & Spencer", "Hollis & Marr Legal"; a list of two people
        // or places is written with "and", and a first name and its surname on both sides are two people: "Sarah Jessica
        // Parker & Matthew Broderick"; nor a word no name has before it, opening the sentence: "And Procter & Gamble")
        if (
          amp?.raw === '&' &&
          j - i < 3 &&
          !(j > i && this.givenName(i) && this.givenName(j + 2)) &&
          isNameWord(tokens[j + 2]) &&
          !covered[j + 2] &&
          !this.ctx.quoted[j + 1] &&
          tokens[j + 2]!.para === tokens[j]!.para
        ) {
          if (j > i && openerBeforeName(this.ctx, i)) i++;
          j += 2;
          tight = true;
          continue;
        }
        // a plural possessive inside an organisation's name, a noun an organisation is headed by within three words after
        // it: "the Longshore Workers' Union Local 402", "the Elementary Teachers' Federation" (not "Serena Williams'
        // Grand Slam titles": no such noun follows)
        if (membersPossessive(tokens, j + 1) && isNameWord(tokens[j + 2]) && !covered[j + 2] && tokens[j + 2]!.para === tokens[j]!.para) {
          let h = j + 2;
          while (h < j + 5 && !orgHead(tokens[h]!.lower) && isNameWord(tokens[h + 1]) && !tokens[h + 1]!.gap) h++;
          if (
            orgHead(tokens[h]!.lower) ||
            localCloses(tokens, h) ||
            this.countryClosesAfterPlural(i, j, h) ||
            fundClosesAfterPlural(tokens, j, h)
          ) {
            j += 2;
            continue;
          }
        }
        // a prefix opening a compound whose second part is in lower case, inside a name, before its next word: "the
        // Co-operative Housing Federation", "the Non-profit Housing Association" (not opening the sentence, where it may
        // describe the name after it: "Non-profit Habitat Homes said")
        if (
          isNameWord(tokens[j + 3]) &&
          prefixCompoundBefore(tokens, j + 3) &&
          this.ctx.initial[j] !== 1 &&
          !covered[j + 3] &&
          tokens[j + 3]!.para === tokens[j]!.para
        ) {
          j += 3;
          prefixed = true;
          continue;
        }
        // a hyphenated surname is one name: "Ana Costa-Ribeiro" (the hyphen set tight on both sides)
        // (or a name word ending in an apostrophe before the next: "Anyang' Nyong'o")
        if ((isHyphenJoin(tokens, j + 1) || apostropheEndsNameWord(tokens, j)) && !covered[j + 2]) {
          j += 2;
          continue;
        }
        // (or a French place's name, its lower-case particle joined by hyphens: "Saint-Viateur-des-Érables",
        // "Saint-Jean-sur-Richelieu", "Sainte-Anne-de-Bellevue")
        if (afterFrenchParticle(tokens, j + 4) && isNameWord(tokens[j + 4]) && !covered[j + 4]) {
          j += 4;
          continue;
        }
        // a romanised given name of two syllables after a family name, the second in lower case: "Ban Ki-moon",
        // "Moon Jae-in", "Tsai Ing-wen" (not a compound modifier, which a noun follows: "a New York-based firm")
        // (or before the family name, in Western order: "Hyun-ju Kim", when the run ends with that one name after it)
        // (and the same name where a verb follows it, when the article writes it elsewhere where the test holds: "Han
        // Seo-yeon arrives at the bookshop" after the headline's "Han Seo-yeon:")
        if (
          (romanisedGiven(tokens, j) || (j > i && this.romanisedElsewhere(j))) &&
          (j > i || this.givenBeforeFamily(j)) &&
          !covered[j + 2]
        ) {
          j += 2;
          continue;
        }
        // a nickname in quotation marks inside a name: 'Marcia “Cia” Price' (one word between the marks, a name word on
        // either side, no space inside the marks)
        // (or of two or three capitalised words: 'Mike “The Hammer” Diaz', 'Rubin “Hurricane of Harlem” …' not: every word
        // capitalised, spaces only between them)
        const open = tokens[j + 1];
        let words = 1;
        while (
          words < 3 &&
          isNameWord(tokens[j + 2 + words]) &&
          !tokens[j + 2 + words]!.gap &&
          tokens[j + 2 + words]!.start > tokens[j + 1 + words]!.end
        )
          words++;
        const close = tokens[j + 2 + words];
        if (
          open &&
          close &&
          NICKNAME_OPENS.has(open.raw) &&
          NICKNAME_CLOSES.has(close.raw) &&
          isNameWord(tokens[j + 2]) &&
          open.end === tokens[j + 2]!.start &&
          tokens[j + 1 + words]!.end === close.start &&
          isNameWord(tokens[j + 3 + words]) &&
          !covered[j + 3 + words] &&
          // (a name of the long lists counts here, the nickname and the name after it standing for the word after it
          // that those lists want: 'Frontman Mathieu "Mat" Gagnon')
          (this.isGiven(j) ||
            genderOfFirstName(tokens[j]!.raw, this.ctx.lowerSeen, true) !== null ||
            isMoreGivenName(tokens[j]!.raw, this.ctx.lowerSeen))
        ) {
          // the name starts at its first name: "former Marine John “Tig” Holloway" (a title before it is read as one)
          // (or at the first of two given names the short lists hold, of one gender: 'Maria Cristina “Tina” Dela Cruz'; not
          // a veteran's "Marine", which the lists hold as a woman's name, before "John")
          let st = j;
          const g = this.given(j, false);
          while (
            st > i &&
            !TITLES.has(withoutFinalDot(tokens[st - 1]!.lower)) &&
            this.isGiven(st - 1, false) &&
            (this.given(st - 1, false) ?? g) === g
          )
            st--;
          i = st;
          j += 3 + words;
          continue;
        }
        // an initial: "J. K. Rowling"
        const dot = tokens[j + 1];
        const after = tokens[j + 2];
        // (or a saint's or a mount's abbreviation opening the name: "St. Brigid's Hospital", "Mt. Kessling Clinic")
        if (
          dot &&
          dot.raw === '.' &&
          (tokens[j]!.raw.length === 1 || (j === i && /^(St|Ste|Mt)$/.test(tokens[j]!.raw) && dot.start === tokens[j]!.end)) &&
          isNameWord(after) &&
          !covered[j + 2] &&
          after!.start === dot.end + 1 &&
          // (not a point that ends the sentence: "in a post on X. Peabody, who chairs the panel, wrote …")
          this.ctx.initial[j + 2] !== 1
        ) {
          j += 2;
          continue;
        }
        break;
      }
      // a peer or a bishop named by the title and the place alone, one person whom "the duke" or "the archbishop" names
      // later: "The Duke of Westbury opened the wing", "the Bishop of Durham's report"
      const peer = this.peerageOfPlace(i, j);
      if (peer >= 0) {
        if (!this.startAt.has(j)) this.found(j, peer, PEERAGE_GENDER.get(tokens[j]!.lower) ?? null, [tokens[j]!.lower], 'person');
        i = peer + 1;
        continue;
      }
      // (a question's opening word is no first word of the name after it: "“Is Mira Olund ready to lead?”", not a person
      // "Is Mira Olund")
      if (j > i && this.questionOpens(i)) i++;
      // an organisation whose name joins two capitalised runs with "and": "the Heart and Stroke Foundation", "The Food
      // and Drug Administration", "the Alcohol and Gaming Commission of Ontario" (one name, not "Heart" or "U.S. Fish")
      const joined = this.organisationAcrossAnd(nw, i, j);
      if (joined) {
        if (!this.startAt.has(joined[0])) this.found(joined[0], joined[1], null, [], 'organization');
        i = joined[1] + 1;
        continue;
      }
      // (or one whose first words are a possessive after "the": "the Alzheimer's Advocacy Network", "The Children's Aid
      // Society"; not "Advocacy Network" alone)
      const owned = this.organisationAcrossPossessive(nw, i, j);
      if (owned) {
        if (!this.startAt.has(owned[0])) this.found(owned[0], owned[1], null, [], 'organization');
        i = owned[1] + 1;
        continue;
      }
      // (and one a prefix's compound is inside, closed by an organisation's word, is that organisation's, from its first
      // word past "the": "the Co-operative Housing Federation said", "the Cross-border Trade Association"; before its own
      // "of" and a name, the run after that takes the whole: "the Co-operative Housing Federation of Canada")
      const closer = tokens[j]!.lower;
      if (
        prefixed &&
        (ORG_SUFFIXES.has(closer) || orgNameEnd(closer) || INSTITUTION_WORD.test(closer)) &&
        !(/^(of|on|for)$/.test(tokens[j + 1]?.lower ?? '') && isNameWord(tokens[j + 2]))
      ) {
        const from = tokens[i]!.lower === 'the' ? i + 1 : i;
        if (!this.startAt.has(from)) this.found(from, j, null, [], 'organization');
        i = j + 1;
        continue;
      }
      // (a run an ampersand joins is an organisation's name whole)
      if (tight) {
        if (!this.startAt.has(i)) this.found(i, j, null, [], 'organization');
        i = j + 1;
        continue;
      }
      // a firm named by two surnames after a role's "for", "at" or "of": "a spokesperson for Fane and Redgrave", "a
      // lawyer at Hollis & Marr" (no person's mention, though one of them is a surname seen before)
      const firm = this.firmOfTwo(nw, i, j);
      if (firm >= 0) {
        i = firm + 1;
        continue;
      }
      // (a name's suffix alone, after a name the dataset knows, is no name: "Joseph R. Biden Jr.")
      // (letters after a name of two words or more are no part of it: "Jane Harker MP said")
      let e = j;
      while (e > i + 1 && POST_NOMINAL.test(tokens[e]!.raw)) e--;
      // (an indefinite member of a legislature is no name before it: "One Ontario MP said", "A Quebec MNA said")
      if (e < j && INDEFINITE_ONE.test(tokens[i]!.lower)) {
        i = j + 1;
        continue;
      }
      // (nor is a function word alone, capitalised where a sentence opens: "The", "But", "He", unless it is the surname
      // of someone named in full, "Al From … From said"; skipped without the whole of consider, which most runs of one
      // word go through)
      // (but "He" alone stays the pronoun, though the story names "spokesperson He Yadong": "He said" is as often
      // another man's, see pronounAsFamilyName)
      const lower = tokens[i]!.lower;
      if (!(
        i === e &&
        ((lower.length === 2 && NAME_SUFFIX.test(lower)) || (FUNCTION_WORDS.has(lower) && (lower === 'he' || !this.spelledInName(i))))
      ))
        this.consider(i, e);
      i = j + 1;
    }
    this.surnamesBefore(nw);
    this.namesAfterThe();
    this.headlineFirstNames();
  }

  /**
   * Whether the story names, after the peer's title and place at [j, m] and before a first "the duke" or "the bishop",
   * another holder of that title ("Prince Edward, Duke of Kent", "Bishop Anne Lowe") or a successor or predecessor, so
   * that the later "the duke" or "the bishop" is not surely the peer.
   */
  private anotherHolder(j: number, m: number): boolean {
    const { tokens } = this.ctx;
    const title = tokens[j]!.lower;
    const place = tokens
      .slice(j + 2, m + 1)
      .map((t) => t.lower)
      .join(' ');
    for (let k = m + 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.word && t.cap === 0 && /^(successor|predecessor)s?$/.test(t.lower)) return true;
      if (t.lower !== title) continue;
      const n = tokens[k + 1];
      // (a "the duke" first, before any other holder, is the peer's: "“It is time,” the Earl said. Earl Spencer …")
      if (tokens[k - 1]?.lower === 'the' && !(n?.lower === 'of' && n.cap === 0) && !isNameWord(n)) return false;
      if (t.cap === 0) continue;
      if (n?.lower === 'of' && n.cap === 0) {
        const same = tokens
          .slice(k + 2, k + 2 + (m - j - 1))
          .map((x) => x.lower)
          .join(' ');
        if (same !== place) return true;
      } else if (isNameWord(n) && !n!.gap) return true;
    }
    return false;
  }

  /**
   * The last token of a peer's or a bishop's title and place when the run [i, j] ends with that title, capitalised, before
   * "of" and a place of one or two words: "The Duke of Westbury opened …", "the Countess of Harwell said", "the Bishop of
   * Durham's report" (-1: none). Not when a word after the place makes the whole another thing's name ("the Duke of
   * Edinburgh Award", "the Earl of Sandwich pub": only a verb, a function word or a punctuation mark may follow), nor
   * when the title is apposed to a name given before it ("Prince Edward, Duke of Westbury,") or a name after it ("the
   * Archbishop of Canterbury, Justin Welby,", "Archbishop of York Stephen Cottrell").
   */
  private peerageOfPlace(i: number, j: number): number {
    const { tokens, covered } = this.ctx;
    const t = tokens[j]!;
    if (t.cap !== 1 || !PEERAGE_OF.test(t.lower) || (i < j && !(i === j - 1 && tokens[i]!.lower === 'the'))) return -1;
    const of = tokens[j + 1];
    if (of?.lower !== 'of' || of.cap !== 0 || of.gap || t.gap) return -1;
    let m = j + 2;
    if (!isNameWord(tokens[m]) || covered[m] || tokens[m]!.gap) return -1;
    if (isNameWord(tokens[m + 1]) && !tokens[m + 1]!.gap && !covered[m + 1]) m++;
    // (an award's, a pub's or a school's word closing it makes it theirs: "the Duke of Edinburgh Award")
    const close = tokens[m]!.lower;
    if (
      m > j + 2 &&
      ([ORG_SUFFIXES, ORG_NAME_ENDS, COMMON_WORDS].some((l) => l.has(close) || l.has(close + 's')) ||
        INSTITUTION_WORD.test(close) ||
        PEERAGE_VENUE.test(close))
    )
      return -1;
    const next = tokens[m + 1];
    if (next && isNameWord(next) && !next.gap) return -1;
    // (a place of two names joined by "and" is the whole see's, read no further: "the Bishop of Bath and Wells")
    if (next?.lower === 'and' && next.cap === 0 && isNameWord(tokens[m + 2])) return -1;
    // (a possessive before a capitalised noun is a thing's name: "the Duke of Lancaster's Regiment")
    if (next?.key === "'s" && isNameWord(tokens[m + 2]) && !tokens[m + 2]!.gap) return -1;
    // (another holder of the same title named later, so a later "the duke" may be either: "The Duke of Westbury greeted
    // Prince Edward, Duke of Kent", "The Bishop of Durham met Bishop Anne Lowe", "His successor, Anne Lowe, …")
    if (this.anotherHolder(j, m)) return -1;
    // (apposed to a name before it: "Prince Edward, Duke of Westbury," or "…, the Duke of Westbury,")
    const before = i === j ? j - 1 : i - 1;
    const c = tokens[before]?.lower === 'the' && i === j ? before - 1 : before;
    if (tokens[c]?.raw === ',' && this.endAt.has(c - 1)) return -1;
    if (next?.raw === ',' && isNameWord(tokens[m + 2]) && isNameWord(tokens[m + 3]) && this.isGiven(m + 2)) return -1;
    // (a possessive or a punctuation mark after the place, or the paragraph's end)
    if (!next || next.para !== t.para) return m;
    if (next.key === "'s") return m;
    if (!next.word) return /^[,.;:!?)”"’]$/.test(next.raw) ? m : -1;
    const w = next.lower;
    return next.cap === 0 &&
      (AUXILIARIES.has(w) ||
        SPEECH_VERBS.has(w) ||
        pastTense(w) ||
        /^(and|who|whose|also|himself|herself|on|last|this|yesterday|today|later|then|now|once)$/.test(w) ||
        /[a-z]{3,}ly$/.test(w))
      ? m
      : -1;
  }

  /**
   * A person known by one word that a headline gave first, when the story then names in full exactly one person with
   * that word for a first name or a nickname: "Coach Dee and the girls from Ward 9 / … Deirdre “Dee” Mbatha-Lowe has
   * coached …" (every mention of "Dee" goes to her). The headline is a paragraph before the full name's with no
   * sentence's end.
   */
  private headlineFirstNames(): void {
    const { tokens } = this.ctx;
    const paraOpen = (para: number): boolean => {
      let k = tokens.findLastIndex((t) => t.para === para);
      while (k >= 0 && /^[”"’'»)]$/.test(tokens[k]!.raw)) k--;
      return k >= 0 && !/^[.?!:]$/.test(tokens[k]!.raw);
    };
    this.people.forEach((p, pi) => {
      if (p.type !== 'person' || /\s/.test(p.name) || p.mentions.length === 0) return;
      const key = p.name.toLowerCase();
      const named = this.people
        .map((q, qi) => ({ q, qi }))
        .filter(({ q, qi }) => {
          if (qi === pi || q.type !== 'person' || !/\s/.test(q.name) || q.mentions.length === 0) return false;
          const nick = /["“]([^"”]+)["”]/.exec(q.name)?.[1];
          return q.name.split(/\s+/)[0]!.toLowerCase() === key || nick?.toLowerCase() === key;
        });
      if (named.length !== 1) return;
      const { q, qi } = named[0]!;
      if (p.gender && q.gender && p.gender !== q.gender) return;
      const from = q.mentions[0]!.first;
      const early = p.mentions.filter((m) => m.first < from);
      if (!early.length || early.some((m) => tokens[m.first]!.para >= tokens[from]!.para || !paraOpen(tokens[m.first]!.para))) return;
      for (const m of p.mentions) {
        q.mentions.push(m);
        this.startAt.set(m.first, qi);
        this.endAt.set(m.last, qi);
      }
      q.mentions.sort((a, b) => a.first - b.first);
      q.gender ??= p.gender;
      p.mentions = [];
      const had = this.byFirst.get(tokens[early[0]!.first]!.key);
      if (had === pi) this.byFirst.set(tokens[early[0]!.first]!.key, qi);
    });
  }

  /**
   * The first and last tokens of an institution's name written in French from its head at h (an institution's noun
   * with a capital, or an acronym), French particles then a word in turn, a common noun or adjective in lower case
   * before a particle, up to its last capitalised word: "Fédération des infirmières de l'Estrie", "Centrale des
   * syndicats du Québec", "CIUSSS de l'Estrie-Nord". Null without a particle or a capitalised word after the head.
   */
  private frenchInstitution(h: number): [number, number] | null {
    const { tokens, quoted, covered } = this.ctx;
    const head = tokens[h];
    if (!head?.word || quoted[h] || covered[h] || head.cap === 0) return null;
    if (
      !FRENCH_INSTITUTIONS.has(head.lower) &&
      // (its length first, in code units, before the Unicode class: at most 12 for six letters past the BMP)
      !(
        head.cap === 2 &&
        head.raw.length >= 3 &&
        head.raw.length <= 12 &&
        /^\p{Lu}{3,6}$/u.test(head.raw) &&
        !/^(ceo|cfo|coo|cto|cio|mpp|mla|mna)$/.test(head.lower)
      )
    )
      return null;
    return this.frenchInstitutionFrom(h);
  }

  /**
   * frenchInstitution() past its head's test (apart, as its closures' context is allocated at each call, and most runs
   * discovery reads fail that test).
   */
  private frenchInstitutionFrom(h: number): [number, number] | null {
    const { tokens, quoted } = this.ctx;
    const particle = (k: number): boolean => {
      const t = tokens[k];
      return !!t?.word && t.cap === 0 && !t.gap && FRENCH_PARTICLES.test(t.lower);
    };
    const elided = (k: number): boolean => /^[ldLD]['’]\p{Lu}/u.test(tokens[k]?.raw ?? '');
    const lowerWord = (k: number): boolean => {
      const t = tokens[k];
      return !!t?.word && t.cap === 0 && !t.gap && !quoted[k] && startsWithLetter(t.raw) && !elided(k);
    };
    let k = h + 1;
    let last = -1;
    for (let steps = 0; steps < 4; steps++) {
      // a common noun or adjective before the particle: "Commission scolaire de"
      if (lowerWord(k) && !particle(k) && (particle(k + 1) || elided(k + 1))) k++;
      let p = 0;
      while (p < 2 && particle(k + p)) p++;
      const w = tokens[k + p];
      if (!w?.word || w.gap || quoted[k + p] || (p === 0 && !elided(k + p))) break;
      k += p;
      if (elided(k) || isNameWord(w)) {
        // a hyphenated place: "l'Estrie-Nord"
        while (tightHyphen(tokens, k + 1) && isNameWord(tokens[k + 2])) k += 2;
        last = k;
      } else if (!lowerWord(k) || NOT_FRENCH.test(w.lower)) break;
      k++;
    }
    return last > h ? [h, last] : null;
  }

  /**
   * The last token of a firm's name of two single capitalised words joined by "and" or "&" whose first is the run
   * [i, j], after "for", "at" or "of": "a spokesperson for Fane and Redgrave said", "a lawyer at Hollis & Marr" (-1 when
   * none; not two people: "the campaigns of Clinton and Trump", a given name or two surnames seen before).
   */
  private firmOfTwo(nw: Uint8Array, i: number, j: number): number {
    const { tokens, quoted } = this.ctx;
    const prep = i > 0 ? tokens[i - 1] : undefined;
    const and = tokens[i + 1];
    const other = tokens[i + 2];
    if (i !== j || quoted[i] || !prep?.word || prep.cap !== 0 || !/^(for|at|of)$/.test(prep.lower)) return -1;
    if (!and || !(and.raw === '&' || (and.word && and.lower === 'and' && and.cap === 0))) return -1;
    if (nw[i + 2] !== 1 || other!.gap || this.ctx.covered[i + 2] || nw[i + 3] === 1 || particlesBefore(tokens, i + 3) > 0) return -1;
    if (and.raw !== '&') {
      if (this.isGiven(i) || this.isGiven(i + 2)) return -1;
      if (this.surnameOf(i) !== undefined && this.surnameOf(i + 2) !== undefined) return -1;
      if ([tokens[i]!, other!].some((w) => COMMON_WORDS.has(w.lower) || COUNTRIES.has(w.lower) || DEMONYMS.has(w.lower))) return -1;
    }
    return i + 2;
  }

  /**
   * The first and last tokens of an organisation's name made of the capitalised run [i, j] (after "the"), "and", and a
   * second run of one to three words ending with an institution's noun, with its own "of", "for" or "on" and what
   * follows: "the Heart and Stroke Foundation", "The U.S. Fish and Wildlife Service", "the Alcohol and Gaming
   * Commission of Ontario". Null when the first run holds such a noun itself ("the Vale Foundation and Harbour Trust":
   * two) or the second ends with a place's ("the Bay and Yonge Street").
   */
  private organisationAcrossAnd(nw: Uint8Array, i: number, j: number): [number, number] | null {
    const { tokens, quoted } = this.ctx;
    const and = tokens[j + 1];
    if (!and?.word || and.lower !== 'and' || and.cap !== 0 || quoted[i]) return null;
    let a = tokens[i]!.lower === 'the' ? i + 1 : i;
    // (a country's name before it, or another the dataset knows: "the U.S. Fish and Wildlife Service")
    const place = tokens[i - 1]?.word && (COUNTRIES.has(tokens[i - 1]!.lower) || this.ctx.covered[i - 1] === 1);
    // (or one capitalised word and a comma before it, a list of three trades: "the Fish, Food and Allied Workers union")
    const listed = tokens[i - 1]?.raw === ',' && nw[i - 2] === 1 && tokens[i - 3]?.lower === 'the' && !quoted[i - 2];
    if (a === i && place && tokens[i - 2]?.lower === 'the') a = i - 1;
    else if (a === i && listed) a = i - 2;
    else if (a === i && tokens[i - 1]?.lower !== 'the') return null;
    if (a > j || j - a > 4) return null;
    for (let k = a; k <= j; k++)
      if (ORG_SUFFIXES.has(tokens[k]!.lower) || (!tokens[k]!.word && tokens[k]!.raw !== '.' && !(listed && k === i - 1))) return null;
    let last = j + 2;
    if (nw[last] !== 1 || tokens[last]!.gap) return null;
    while (last - (j + 2) < 2 && nw[last + 1] === 1 && !tokens[last + 1]!.gap) last++;
    // (a union's noun in lower case after its members' plural, as Canadian Press writes it: "Allied Workers union")
    const lower = tokens[last + 1];
    if (/s$/.test(tokens[last]!.lower) && lower?.word && lower.cap === 0 && /^(union|federation|association)$/.test(lower.lower)) last++;
    const head = tokens[last]!.lower;
    if (!ORG_SUFFIXES.has(head) || NOT_INSTITUTION.test(head)) return null;
    // (its own "of", "for" or "on": "Commission of Ontario", "Council for the Arts")
    const joint = tokens[last + 1];
    if (joint?.word && joint.cap === 0 && /^(of|for|on)$/.test(joint.lower)) {
      let k = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
      if (nw[k] === 1 && !tokens[k]!.gap) {
        while (k - last < 5 && nw[k + 1] === 1 && !tokens[k + 1]!.gap) k++;
        last = k;
      }
    }
    return [a, last];
  }

  /**
   * Whether the one capitalised word at i (= j), its possessive and one capitalised word after it are set in apposition
   * to an organisation's noun: "Lloyd's List, the shipping newspaper, reported" (a title, not "Canada's Trudeau").
   */
  private possessiveTitleApposed(i: number, j: number): boolean {
    const { tokens, quoted } = this.ctx;
    if (i !== j || tokens[i]!.cap !== 1 || !isNameWord(tokens[j + 2]) || tokens[j + 2]!.cap !== 1 || quoted[j + 2]) return false;
    if (tokens[j + 3]?.raw !== ',' || !/^(the|a|an)$/.test(tokens[j + 4]?.lower ?? '')) return false;
    for (let k = j + 5; k < j + 10; k++) {
      const t = tokens[k];
      if (!t?.word || t.cap !== 0) return false;
      if (ORG_HEADS.has(t.lower)) return tokens[k + 1]?.raw === ',';
    }
    return false;
  }

  /**
   * organisationAcrossPossessive(): the same name again, registered so where it was set in apposition: "…, Lloyd's List
   * said" (a method, not a closure there: its context would be allocated at every run discovery reads).
   */
  private organisationAgain(i: number, j: number): boolean {
    const { tokens } = this.ctx;
    if (i !== j) return false;
    const name = withoutInvisible(this.ctx.text.slice(tokens[i]!.start, tokens[j + 2]?.end ?? tokens[j]!.end));
    return isNameWord(tokens[j + 2]) && this.people.some((p) => p.type === 'organization' && p.name === name);
  }

  /**
   * The organisation's name from the capitalised run i..j through its possessive to the run after it, closed by an
   * organisation's word, when "the" comes before it: "the Alzheimer's Advocacy Network", "The Children's Aid Society"
   * ("the" before a capitalised possessive makes it part of a name: no one writes "the Ana Vale's network").
   */
  private organisationAcrossPossessive(nw: Uint8Array, i: number, j: number): [number, number] | null {
    const { tokens, quoted } = this.ctx;
    if (tokens[j + 1]?.key !== "'s" || quoted[i]) return null;
    const a = tokens[i]!.lower === 'the' ? i + 1 : i;
    const apposed = a === i && tokens[i - 1]?.lower !== 'the' && (this.possessiveTitleApposed(i, j) || this.organisationAgain(i, j));
    if (a === i && tokens[i - 1]?.lower !== 'the' && !apposed) return null;
    if (a > j || j - a > 1) return null;
    for (let k = a; k <= j; k++) if (!tokens[k]!.word || ORG_SUFFIXES.has(tokens[k]!.lower)) return null;
    let last = j + 2;
    if (nw[last] !== 1 || tokens[last]!.gap || quoted[last]) return null;
    while (last - (j + 2) < 3 && nw[last + 1] === 1 && !tokens[last + 1]!.gap) last++;
    const head = tokens[last]!.lower;
    if (apposed) return [a, j + 2];
    if (!(ORG_SUFFIXES.has(head) || orgNameEnd(head)) || NOT_INSTITUTION.test(head)) return null;
    return [a, last];
  }

  /**
   * A name of two words or more written after "the", then at a full stop or a verb of saying, with no title, no known
   * first name and no he or she, is an organisation's: "the Morning Hawk reported", "according to the Morning Hawk."
   * (not "the Ana Vale campaign": a noun follows; nor "the Rev. Ana Vale": a title).
   */
  private namesAfterThe(): void {
    const { tokens } = this.ctx;
    for (const p of this.people) {
      if (p.type !== 'person' || p.heads.size > 0) continue;
      // (a given name opening it leaves it a person's, unless "the" and an institution's noun close it round, past a place
      // the dataset knows: "the U.S. Forest Service said")
      const institution = p.mentions.every(
        (m) =>
          m.last > m.first &&
          ORG_SUFFIXES.has(tokens[m.last]!.lower) &&
          !NOT_INSTITUTION.test(tokens[m.last]!.lower) &&
          this.pastKnownPlace(m.first - 1) < m.first - 1,
      );
      // (but a given name that is also a common word, right after "the", is the word: "the Red Cross said", "according
      // to the Hope Street Group")
      const wordAfterThe = p.mentions.some(
        (m) =>
          m.last > m.first &&
          tokens[this.pastKnownPlace(m.first - 1)]?.lower === 'the' &&
          wordGivenGender(tokens[m.first]!.raw) !== null &&
          (p.gender === null || p.gender === wordGivenGender(tokens[m.first]!.raw)),
      );
      if (!institution && !wordAfterThe && p.mentions.some((m) => this.isGiven(m.first))) continue;
      const the = p.mentions.some((m) => {
        const next = tokens[m.last + 1];
        const det = tokens[this.pastKnownPlace(m.first - 1)];
        if (m.last === m.first || !det?.word || det.lower !== 'the') return false;
        // "The" with its capital inside a sentence belongs to the name, even with a he or she near: "told The Morning
        // Hawk in an email"
        if (det.cap > 0 && this.ctx.initial[m.first - 1] !== 1) return true;
        // (or "and" with a name or "the" after it, two bodies that speak together: "the Red Cross and the UN said",
        // "the Red Cross and Amnesty International said")
        const after = tokens[m.last + 2];
        const and =
          !!next?.word &&
          next.lower === 'and' &&
          !!after?.word &&
          (after.cap > 0 || after.lower === 'the') &&
          (wordAfterThe || (p.gender === null && after.lower === 'the'));
        return (
          (p.gender === null || wordAfterThe) &&
          !!next &&
          (!next.word ? next.key !== "'s" && !/^[-–]$/.test(next.raw) : (next.cap === 0 && SPEECH_VERBS.has(next.lower)) || and)
        );
      });
      // an organisation's noun in apposition: "Tenant Watch, the group that …" (past "the" and up to two adjectives)
      const described = p.mentions.some((m) => {
        if (p.gender !== null) return false;
        if (tokens[m.last + 1]?.raw !== ',' || !/^(the|a|an)$/.test(tokens[m.last + 2]?.lower ?? '')) return false;
        for (let k = m.last + 3; k <= m.last + 5; k++) {
          const w = tokens[k];
          if (!w?.word || w.cap > 0) return false;
          // (the head of the phrase: not "the party's nominee", "a tea party activist")
          const after = tokens[k + 1];
          if (ORG_HEADS.has(w.lower))
            return (
              !!after && after.key !== "'s" && (!after.word || /^(that|which|whose|of|for|in|based|founded|backed|with)$/.test(after.lower))
            );
        }
        return false;
      });
      if (the || described) p.type = 'organization';
    }
    for (const p of this.people)
      if (p.type === 'person' && (this.organisationNamed(p) || this.unionLocal(p) || this.operationNamed(p))) p.type = 'organization';
    for (const p of this.people) if (p.type === 'person' && this.placeOpened(p)) p.type = 'organization';
  }

  /**
   * The token at `k`, or the one before a name the dataset knows that ends there, when "the" comes before that name: the
   * "the" of "the U.S. Forest Service" for the name "Forest Service".
   */
  private pastKnownPlace(k: number): number {
    const { tokens, covered } = this.ctx;
    let d = k;
    while (d > 0 && covered[d] === 1 && k - d < 4) d--;
    return d < k && tokens[d]?.word && tokens[d]!.lower === 'the' ? d : k;
  }

  /**
   * Whether a name is an operation's or an investigation's, which says nothing and is no he or she: opened by "Operation"
   * or "Project" before a name word ("Project Nightjar", "Operation Tidewater"), or written only after "dubbed" or
   * "code-named" ("the probe, dubbed Harbour Light, began …").
   */
  private operationNamed(p: UnknownPerson): boolean {
    const { tokens } = this.ctx;
    // (a he or she the pronouns gave it is no evidence: "…, dubbed Operation Tidewater, began …, she said")
    if (p.heads.size > 0) return false;
    return p.mentions.every((m) => {
      if (/^(operation|project)$/.test(tokens[m.first]!.lower) && m.last > m.first) return true;
      const b = tokens[m.first - 1];
      return !!b?.word && /^(dubbed|code-named|codenamed)$/.test(b.lower);
    });
  }

  /** Is token k a union local's "Local" with its number, the run's last word: "… Workers' Union Local 402"? */
  private localOf(k: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    return k === runEnd && tokens[k]!.lower === 'local' && /^[0-9]{1,5}[A-Z]?$/.test(tokens[k + 1]?.raw ?? '');
  }

  /** Whether a name is a union local's, written before its number: "Teamsters Local 880", "Transit Workers Local 1820". */
  private unionLocal(p: UnknownPerson): boolean {
    return p.mentions.some((m) => m.last > m.first && this.localOf(m.last, m.last));
  }

  /**
   * Whether the text shows the name of person `p` to be an organisation's (see organisationShown); or, for a name of two
   * words or more with no given name and no he or she, names after it the holder of a role only an organisation has:
   * "Harbor Watch president Ray Lund", "Harbor Watch's spokeswoman" (a person has a spokesman too, but is named with a
   * given name).
   */
  private readonly shownMemo = new Map<string, boolean>();

  organisationNamed(p: UnknownPerson): boolean {
    // (no title or role of a person: only an organisation's noun before it, "the group Tide Line", "newspaper Diário do
    // Porto reports")
    if ([...p.heads].some((h) => !ORGANISATION_NOUNS.has(h))) return false;
    const given = p.mentions.some((m) => this.isGiven(m.first));
    if (this.readOnce(`${given ? 'g' : 'u'}${p.name}`, () => organisationShown(this.ctx.text, p.name, !given))) return true;
    // (a trade that ends the name and is no one's surname, even after a given name: "Halden Transit", "Gordon Ferries")
    const words = p.name.split(/\s+/);
    // (or goods that end it, a company's trade in apposition after it, no given name of the short lists opening it:
    // "Tate Sugar, the refiner, said"; not "Dale Harmon, the developer")
    if (
      words.length > 1 &&
      GOODS_END.test(words[words.length - 1]!.toLowerCase()) &&
      !p.mentions.some((m) => this.isGiven(m.first, false)) &&
      this.readOnce(`t${p.name}`, () => tradeApposed(this.ctx.text, p.name))
    )
      return true;
    // (not a known given name and the trade word alone, a relative "who" after it: "Jim Dairy, who owns the farm", as
    // "Orla Foods, which makes soup" stays a company)
    if (
      words.length > 1 &&
      TRADE_END.test(words[words.length - 1]!.toLowerCase()) &&
      !(
        words.length === 2 &&
        p.mentions.some((m) => this.isGiven(m.first, false)) &&
        this.readOnce(`w${p.name}`, () => whoAfter(this.ctx.text, p.name))
      )
    )
      return true;
    // (or an acronym of three capitals or more that ends it after no given name: "Lac Brûlé RCMP", "Halden OPP")
    if (words.length > 1 && !given && /^\p{Lu}{3,}$/u.test(words[words.length - 1]!)) return true;
    if (p.gender !== null || !/\s/.test(p.name) || given) return false;
    // (or a word of a trade only a company has: "Hydro Ottawa", "Aviation Nordique", "Keewatin Mining")
    if (words.some((w) => TRADE_WORD.test(w.toLowerCase()))) return true;
    return this.readOnce(`h${p.name}`, () => headedOrganisation(this.ctx.text, p.name));
  }

  /**
   * Whether the "of" before the run at `runStart` is a body's own, in a title's "of the" before it: "Speaker of the House
   * of Commons Anthony Rota" (the body's name one capitalised word after "the").
   */
  private titleOfTheBodyOf(runStart: number): boolean {
    const tokens = this.ctx.tokens;
    const body = runStart > 1 ? tokens[runStart - 2] : undefined;
    return (
      tokens[runStart - 1]?.lower === 'of' &&
      !!body?.word &&
      body.cap === 1 &&
      tokens[runStart - 3]?.lower === 'the' &&
      tokens[runStart - 3]!.cap === 0 &&
      tokens[runStart - 4]?.lower === 'of' &&
      // (a title that is an ordinary word too, capitalised: "Speaker")
      (this.roleInRun(runStart - 5, true) || (tokens[runStart - 5]?.cap === 1 && TITLES.has(tokens[runStart - 5]!.lower)))
    );
  }

  /**
   * Whether the word at k after a royal title names a company's trade: no given name nor anyone's surname, a word the
   * article writes in lower case, or its singular ("Cruises" of "Princess Cruises" after "the cruise line", "Auto" of
   * "Princess Auto" after "auto parts"; not "Prince Williams", a surname of the plural's shape).
   */
  private royalCompany(k: number): boolean {
    const t = this.ctx.tokens[k]!;
    if (t.cap !== 1 || t.gap || this.givenName(k) || this.surnameOf(k) !== undefined || this.ctx.quoted[k]) return false;
    const lo = t.lower;
    // (a word on any list of given names, a virtue's too, is a royal's name however the article writes it, and a modal
    // verb is no common noun: "Queen Faith" after "little faith", "Prince Will" after "the prince will visit")
    if (isGivenName(t.raw) || VIRTUE_NAMES.has(lo) || MODAL_VERBS.has(lo)) return false;
    const seen = this.ctx.lowerSeen;
    return seen.has(lo) || (/s$/.test(lo) && (seen.has(lo.slice(0, -1)) || seen.has(lo.replace(/es$/, ''))));
  }

  /**
   * Whether the run from `s` to `runEnd` is a name opened by a point of the compass as an adjective ("Eastern",
   * "Northern", "West"), two words or more after it, none a given name, a title, a speaker's noun or a nationality: a
   * region's business or body, the compass word its own ("Eastern Shore Fisheries", "Northern Rivers Water", "West
   * Coast Ferries"; not "Western Australia Premier Mark McGowan", nor "North Carolina Republicans").
   */
  private compassName(s: number, runEnd: number): boolean {
    const tokens = this.ctx.tokens;
    if (runEnd < s + 2 || !COMPASS_NAMES.test(tokens[s]!.lower)) return false;
    for (let k = s + 1; k <= runEnd; k++) {
      const t = tokens[k]!;
      const lo = withoutFinalDot(t.lower);
      if (
        t.cap !== 1 ||
        t.gap ||
        this.givenName(k) ||
        TITLES.has(lo) ||
        SPEAKER_NOUNS.has(lo) ||
        DEMONYMS.has(lo) ||
        pluralIn(lo, DEMONYMS) ||
        pluralIn(lo, TITLES) ||
        DAYS_MONTHS.has(lo)
      )
        return false;
    }
    return true;
  }

  /**
   * Whether the run is a title's one word before a name of two, no word of which reads as an organisation's, an ordinary
   * word or a title: "Competition Anand Sethuraman" after "Commissioner of", "Peace Tembeka Ndlovu" after "Justice of the".
   */
  private portfolioWordBeforeName(runStart: number, runEnd: number): boolean {
    const tokens = this.ctx.tokens;
    return (
      runEnd - runStart === 2 &&
      [runStart + 1, runEnd].every(
        (x) =>
          tokens[x]!.cap === 1 &&
          !ORG_SUFFIXES.has(tokens[x]!.lower) &&
          !COMMON_WORDS.has(tokens[x]!.lower) &&
          !TITLES.has(tokens[x]!.lower),
      )
    );
  }

  /**
   * Whether the weekday at k is a surname by what the article writes with it: alone after a quotation and before a
   * verb of saying ("“…,” Friday said"), or right after a title alone ("Chief Friday", "Mr. Friday"), which no weekday
   * is (not "the premier said Friday", "Black Friday").
   */
  private weekdaySurname(k: number): boolean {
    const { tokens } = this.ctx;
    return this.readOnce(`w${tokens[k]!.key}`, () =>
      this.capsOf(tokens[k]!.key).some((i) => {
        const nx = tokens[i + 1];
        if (/^[”"’']$/.test(tokens[i - 1]?.raw ?? '') && nx?.word && nx.cap === 0 && SPEECH_VERBS.has(nx.lower)) return true;
        const h = tokens[i - 1]?.raw === '.' ? tokens[i - 2] : tokens[i - 1];
        const alone = !isNameWord(tokens[i - (tokens[i - 1]?.raw === '.' ? 3 : 2)]);
        return !!h?.word && h.cap > 0 && alone && (HONORIFICS.test(h.lower) || TITLES.has(h.lower)) && !isNameWord(nx);
      }),
    );
  }

  /** What the text shows of a name, read once: organisationNamed is asked at each mention the discovery registers. */
  private readOnce(key: string, read: () => boolean): boolean {
    let v = this.shownMemo.get(key);
    if (v === undefined) this.shownMemo.set(key, (v = read()));
    return v;
  }

  /**
   * The surname alone written before the person is named in full, in the body after the first paragraph: "During her
   * primary campaign, Lindqvist caught flak … when she said …" before "Maja Lindqvist" further down. Only a capitalised
   * word alone (no name word next to it) before its verb, outside quotation marks, not opening a sentence, that no one
   * else's name ends in and nothing else covers.
   */
  private surnamesBefore(nw: Uint8Array): void {
    const { tokens, covered, quoted, initial } = this.ctx;
    const owners = new Map<string, number>();
    this.people.forEach((p, idx) => {
      if (p.type !== 'person' || !/\s/.test(p.name)) return;
      owners.set(p.surname, owners.has(p.surname) ? -1 : idx);
    });
    if (owners.size === 0) return;
    const firstPara = tokens[0]?.para ?? 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (nw[i] === 0 || covered[i] || quoted[i] || initial[i] === 1 || t.para <= firstPara + 1) continue;
      if (nw[i - 1] === 1 || nw[i + 1] === 1 || this.startAt.has(i) || this.endAt.has(i)) continue;
      // (the subject of a verb: "Lindqvist caught flak", not "a Lindqvist caricature")
      const v = tokens[i + 1];
      const verb =
        !!v?.word &&
        v.cap === 0 &&
        (AUXILIARIES.has(v.lower) || IRREGULAR_PAST.has(v.lower) || (/^[a-z]{3,}(ed|s)$/.test(v.lower) && !/ss$/.test(v.lower)));
      if (!verb || /^(a|an|the)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      const idx = owners.get(t.key);
      if (idx === undefined || idx < 0 || isOrdinaryCapital(this.ctx, i)) continue;
      const p = this.people[idx]!;
      // (named in full soon after, ten paragraphs on at most; not an acronym: "IDE" before "Arduino IDE")
      if (p.mentions[0]!.first <= i || tokens[p.mentions[0]!.first]!.para > t.para + 10 || t.cap !== 1) continue;
      p.mentions.unshift({ first: i, last: i });
      this.startAt.set(i, idx);
      this.endAt.set(i, idx);
    }
    for (const p of this.people) p.mentions.sort((a, b) => a.first - b.first);
  }

  /**
   * Does the comma at `k` close a phrase that opens the sentence, no portfolio listed before a department's name: "In a
   * notice posted Monday, Fish and Game Canada said", "In Regina, …", "Later, …" (the word before it ordinary or a
   * day, or the capitalised words before it opening the sentence with an ordinary one); not "Immigration, Refugees and
   * Citizenship Canada".
   */
  private introductory(k: number): boolean {
    const { tokens } = this.ctx;
    // (a word that opens the sentence alone before the comma only when it is an adverb, "Later,", "Meanwhile,": an
    // ordinary noun there is the first portfolio, "Immigration, Refugees and Citizenship Canada", even where the article
    // writes "immigration" elsewhere)
    const alone = this.ctx.initial[k - 1] === 1;
    if (isOrdinaryCapital(this.ctx, k - 1) && (!alone || OPENING_ADVERBS.test(tokens[k - 1]!.lower))) return true;
    let r = k - 1;
    while (tokens[r - 1]?.word && tokens[r - 1]!.cap > 0 && !this.ctx.quoted[r - 1]) r--;
    return r < k - 1 && this.ctx.initial[r] === 1 && isOrdinaryCapital(this.ctx, r);
  }

  /**
   * Where the organisation's name starts whose end is the capitalised run at `runStart`, after its own "of", "on",
   * "for" or "and" (-1 when the run ends none):
   * "the Commission on Presidential Debates", "the Institute for Science and International Security" (not "the
   * Ministry of Defence and Ann Lee": a first name opens a person's name; nor "Vale University and Jo Berg")
   */
  private insideOrganisation(runStart: number, runEnd: number): number {
    const { tokens } = this.ctx;
    // a department named for its country, its portfolios listed before it: "Public Services and Procurement Canada",
    // "Immigration, Refugees and Citizenship Canada" (the capitalised words, commas and one "and" before the country)
    if (
      runEnd > runStart &&
      tokens[runStart - 1]?.lower === 'and' &&
      tokens[runStart - 1]!.cap === 0 &&
      COUNTRIES.has(tokens[runEnd]!.lower)
    ) {
      let a = runStart - 1;
      while (tokens[a - 1]?.word && tokens[a - 1]!.cap > 0 && !this.ctx.quoted[a - 1]) {
        a--;
        if (tokens[a - 1]?.raw === ',' && tokens[a - 2]?.word && tokens[a - 2]!.cap > 0 && !this.introductory(a - 1)) a--;
      }
      // (not two places: "Britain and New Zealand", "Kenya and South Africa")
      let places = COMPASS.test(tokens[runEnd - 1]!.lower) || /^(new|nova|saudi|sri|united|costa|puerto)$/.test(tokens[runEnd - 1]!.lower);
      for (let m = a; m < runEnd && !places; m++) places = COUNTRIES.has(tokens[m]!.lower) || DEMONYMS.has(tokens[m]!.lower);
      if (a < runStart - 1 && !places && this.given(a) === null && tokens[a]!.lower !== 'the') return a;
    }
    // two names joined by "and" (one or two words after it, up to three before), the whole one organisation's:
    // - a provincial or national department named by its place and fields: "Alberta Forestry and Parks", "Alberta
    //   Environment and Protected Areas" (a place opens it, a field follows; not a person after the "and": "Ontario
    //   Health and Jane Moss");
    // - a force's or a service's name of two places or two words, as British ones are named: "Avon and Somerset Police",
    //   "West Yorkshire Fire and Rescue Service" (the last word an organisation's; not "Ana Vale and Harbor Police": a
    //   given name opens a person's).
    const and = tokens[runStart - 1];
    if (and?.word && and.lower === 'and' && and.cap === 0 && runEnd - runStart < 2 && !this.ctx.quoted[runStart - 1]) {
      let a = runStart - 1;
      while (runStart - 1 - a < 3 && tokens[a - 1]?.word && tokens[a - 1]!.cap > 0 && !tokens[a]!.gap && !this.ctx.quoted[a - 1]) a--;
      const preceded = !!tokens[a - 1]?.word && tokens[a - 1]!.cap > 0;
      if (
        a < runStart - 2 &&
        COUNTRIES.has(tokens[a]!.lower) &&
        FIELDS.test(tokens[a + 1]!.lower) &&
        !preceded &&
        this.given(runStart) === null
      )
        return a;
      if (
        (ORG_HEADS.has(tokens[runEnd]!.lower) || /^(police|service|services|constabulary|trust)$/.test(tokens[runEnd]!.lower)) &&
        a < runStart - 1 &&
        !preceded &&
        !portfolioListedAt(tokens, a, runEnd)
      ) {
        const words = tokens.slice(a, runStart - 1);
        if (
          !words.some(
            (w) =>
              ORG_SUFFIXES.has(w.lower) ||
              (COMMON_WORDS.has(w.lower) && !COMPASS.test(w.lower)) ||
              COUNTRIES.has(w.lower) ||
              DEMONYMS.has(w.lower),
          ) &&
          !(words.length > 1 && this.isGiven(a)) &&
          this.surnameOf(runStart - 2) === undefined
        )
          return a;
      }
    }
    // (a compound with a capital on its first part only belongs to the name's capitalised words: "Rental-housing" in "the
    // Federation of Rental-housing Providers of Ontario")
    const back = (k: number): number => {
      for (;;) {
        if (tokens[k - 1]?.word && tokens[k - 1]!.cap > 0 && !tokens[k]!.gap) k--;
        // (and a plural's possessive among them: "Nurses' Unions" of "the Federation of Nurses' Unions of Westmark")
        else if (membersPossessive(tokens, k - 1) && tokens[k - 2]!.cap > 0 && !this.ctx.quoted[k - 2]) k -= 2;
        else if (
          tokens[k - 1]?.word &&
          tokens[k - 1]!.cap === 0 &&
          !tokens[k]!.gap &&
          tightHyphen(tokens, k - 2) &&
          tokens[k - 3]?.word &&
          tokens[k - 3]!.cap === 1 &&
          !this.ctx.quoted[k - 3]
        )
          k -= 3;
        else return k;
      }
    };
    // (a day or a month after the joint is the date of what the organisation did, no part of its name: "Halvorsen
    // Systems on Tuesday unveiled …", "Northwind Telecom on March 3 said …")
    if (runStart === runEnd && DAYS_MONTHS.has(tokens[runStart]!.lower) && !monthAbbreviationGiven(tokens, runStart)) return -1;
    let k = back(runStart);
    let listed = false;
    for (let steps = 0; steps < 4; steps++) {
      // (its "of the" as one joint: "the Office of the Superintendent of Financial Institutions")
      const ofThe = tokens[k - 1]?.lower === 'the' && tokens[k - 1]!.cap === 0 && tokens[k - 2]?.lower === 'of' && tokens[k - 2]!.cap === 0;
      if (ofThe) k--;
      // (its portfolios listed with commas before the "and", one or two words each: "the Ministry of Jobs, Economy and
      // Trade")
      // (the words before the comma: a punctuation mark is no word of the name for back() to walk from)
      if (listed && tokens[k - 1]?.raw === ',' && tokens[k - 2]?.word && tokens[k - 2]!.cap > 0 && k - back(k - 2) <= 3) {
        k = back(k - 2);
        continue;
      }
      const joint = tokens[k - 1];
      const before = k > 1 ? tokens[k - 2] : undefined;
      if (!joint?.word || joint.cap > 0 || !before?.word || before.cap === 0 || !/^(of|on|for|and|to|against)$/.test(joint.lower))
        return -1;
      // (a "to" only after an organisation's own word, before a cause of no given name: "the Committee to Protect
      // Journalists", "the Campaign to End Loneliness", not "told the Committee to Ana Vale")
      if (joint.lower === 'to' && (steps > 0 || !ORG_SUFFIXES.has(before.lower) || this.isGiven(runStart))) return -1;
      // (a given name opening a run that itself ends in an organisation's word is no person's: "and Red Crescent
      // Societies" of "the International Federation of Red Cross and Red Crescent Societies")
      if (
        joint.lower === 'and' &&
        (ORG_SUFFIXES.has(before.lower) ||
          (this.isGiven(runStart) &&
            !ORG_SUFFIXES.has(tokens[runEnd]!.lower.replace(/ies$/, 'y').replace(/s$/, '')) &&
            !orgNameEnd(tokens[runEnd]!.lower)))
      )
        return -1;
      // (or a word that ends no one's name: "the Ardenne Chamber of Commerce"; or its members in the plural, after "the":
      // "the Joint Chiefs of Staff", "the Knights of Columbus")
      // (or members in the plural before "for", a cause's group: "Canadian Journalists for Free Expression")
      // (or "against": "Parents for Safe Streets", "Nurses against Cuts"; that joint opens no other name)
      const cause = (joint.lower === 'for' || joint.lower === 'against') && steps === 0 && this.membersFor(k - 2, runStart, runEnd);
      if (joint.lower === 'against' && !cause) return -1;
      // (or a port's word before its "of", the port's authority named by its place: "the Port of Valdeira said")
      const port = joint.lower === 'of' && PORT_OF.test(before.lower);
      if (
        joint.lower !== 'and' &&
        (ORG_SUFFIXES.has(before.lower) || ORG_NAME_ENDS.has(before.lower) || this.membersOf(k - 2) || cause || port)
      ) {
        // where the organisation's name starts: its capitalised words before the joint, a plural possessive among
        // them ("the Elementary Teachers' Federation of Northland")
        let a = k - 2;
        for (;;) {
          const p = tokens[a - 1];
          if (membersPossessive(tokens, a - 1) && tokens[a - 2]!.cap > 0) a -= 2;
          // (or two places joined by a hyphen: "the Windsor-Essex Regional Chamber of Commerce")
          else if (isHyphenJoin(tokens, a - 1) && !this.ctx.quoted[a - 2]) a -= 2;
          // (or a prefix's compound, its second part in lower case: "the Co-operative Housing Federation of Canada")
          else if (prefixCompoundBefore(tokens, a) && !this.ctx.quoted[a - 3]) a -= 3;
          else if (p?.word && p.cap > 0 && !tokens[a]!.gap && p.lower !== 'the') a--;
          else break;
        }
        // (itself after another organisation's "of", the outer one's name goes on: "the Federation of Nurses' Union of
        // Westmark", "the Federation of Women's Associations of Westmark")
        const of = tokens[a - 1];
        if (
          steps < 3 &&
          of?.lower === 'of' &&
          of.cap === 0 &&
          tokens[a - 2]?.word &&
          tokens[a - 2]!.cap === 1 &&
          orgHead(tokens[a - 2]!.lower)
        ) {
          k = a;
          listed = false;
          continue;
        }
        return a;
      }
      // the capitalised words before the joint: "Science" in "for Science and International Security"
      listed = joint.lower === 'and' && k - back(k - 2) <= 3;
      k = back(k - 2);
    }
    return -1;
  }

  /**
   * Whether the capitalised word at i opening a sentence (or a quotation) that ends with a question mark is the
   * auxiliary or the question word the question opens with, before a name: "Is", "Does", "Why" (not "Will Ferrell
   * said", "Will May, who chairs …, opposed").
   */
  private questionOpens(i: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[i]!;
    if (t.cap !== 1 || this.ctx.initial[i] !== 1 || !QUESTION_OPENERS.test(t.lower)) return false;
    for (let k = i + 1; k < tokens.length && k < i + 60 && tokens[k]!.para === t.para; k++) {
      const r = tokens[k]!.raw;
      if (r === '?') return true;
      if (r === '.' || r === '!') return false;
    }
    return false;
  }

  /**
   * Whether token k, before its own "of", is the plural of an organisation's members in a name opened by "the" (or a
   * possessive): "the
   * Joint Chiefs of Staff", "the Knights of Columbus", "the Daughters of the American Revolution" (not a surname met
   * before, nor a possessive).
   */
  private membersOf(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    // (or a band's noun in the singular, capitalised as its name's first word: "the Gang of Eight", "the Band of Brothers")
    if (
      !t?.word ||
      t.cap !== 1 ||
      tokens[k + 1]?.lower !== 'of' ||
      tokens[k + 1]!.cap !== 0 ||
      !(/^[a-z]{3,}[^s']s$/.test(t.lower) || BAND_NOUNS.test(t.lower))
    )
      return false;
    if (this.surnameOf(k) !== undefined || this.ctx.quoted[k]) return false;
    let a = k;
    while (a - 1 >= 0 && k - a < 3 && tokens[a - 1]!.word && tokens[a - 1]!.cap > 0 && tokens[a - 1]!.lower !== 'the' && !tokens[a]!.gap)
      a--;
    // (or by a possessive: "South Korea's Joint Chiefs of Staff"; or by "so-called", which says a name follows: "members of
    // the so-called Gang of Eight")
    const soCalled = tokens[a - 1]?.lower === 'called' && tightHyphen(tokens, a - 2) && tokens[a - 3]?.lower === 'so';
    return ((tokens[a - 1]?.lower === 'the' && tokens[a - 1]!.word) || tokens[a - 1]?.key === "'s" || soCalled) && !this.isGiven(a);
  }

  /**
   * Whether token k, before its "for", is the capitalised plural of a speaker's noun inside a name, the members of a
   * group for a cause: "Journalists" of "Canadian Journalists for Free Expression".
   */
  private membersFor(k: number, causeStart: number, causeEnd: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    if (!t?.word || t.cap !== 1 || this.ctx.quoted[k] || this.surnameOf(k) !== undefined) return false;
    // (after a capitalised word of the name, not opening the sentence: "Lawyers for Ana Vale said" are her lawyers)
    const p = tokens[k - 1];
    if (membersPlural(t.lower) && !!p?.word && p.cap > 0 && !t.gap && this.ctx.initial[k] !== 1) return true;
    // (or a capitalised plural alone, opening the sentence or after "the", before a cause of two capitalised words or a
    // country, no person's name nor a title among them: "Physicians for Human Rights", "Americans for Prosperity",
    // "Airlines for America"; not "Lawyers for Ana Vale", nor "Tickets for Taylor Swift", nor a lower-case "doctors for")
    const opens = !p?.word || p.lower === 'the' || this.ctx.initial[k] === 1;
    if (!opens || (p?.word && p.cap > 0 && p.lower !== 'the') || !/^[a-z]{3,}[^s'u]s$/.test(t.lower)) return false;
    if (causeEnd - causeStart > 3) return false;
    // (a given name of the long lists opens a person's name before a word no plural: "Lawyers for Dana Whitlock", not
    // "Students for Fair Admissions")
    const last = tokens[causeEnd]!.lower;
    if (this.isGiven(causeStart) && !COMMON_WORDS.has(last) && !/[^s']s$/.test(last)) return false;
    for (let m = causeStart; m <= causeEnd; m++)
      if (this.isGiven(m, false) || TITLES.has(withoutFinalDot(tokens[m]!.lower)) || this.surnameOf(m) !== undefined) return false;
    return causeEnd > causeStart || COUNTRIES.has(tokens[causeStart]!.lower) || pluralIn(t.lower, DEMONYMS) || membersPlural(t.lower);
  }

  /**
   * Whether the organisation's name opened at `org` goes on after the run ending at `runEnd` over a second joint, "for"
   * and a run that ends the same organisation's name: "Arbitration" of "the Court of Arbitration for Sport", which the
   * next run takes whole.
   */
  private goesOnFor(runEnd: number, org: number): boolean {
    const { tokens } = this.ctx;
    const joint = tokens[runEnd + 1];
    if (!joint?.word || joint.cap !== 0 || joint.lower !== 'for' || !isNameWord(tokens[runEnd + 2]) || tokens[runEnd + 2]!.gap)
      return false;
    let end = runEnd + 2;
    while (end - runEnd < 6 && isNameWord(tokens[end + 1]) && !tokens[end + 1]!.gap) end++;
    return this.insideOrganisation(runEnd + 2, end) === org;
  }

  /**
   * Whether a group's name opens with a plural possessive (one or two words from `i` to `j`, no given name first) and
   * ends at `h` with a country or a province after a word of its own, the name closed there (a frame's verb or
   * punctuation after it): "Kinship Carers' Voice Scotland said" (not "Serena Williams' Grand Slam titles", "Jones'
   * Wales debut").
   */
  private countryClosesAfterPlural(i: number, j: number, h: number): boolean {
    const { tokens } = this.ctx;
    if (j - i > 1 || h < j + 3 || !COUNTRIES.has(tokens[h]!.lower) || this.given(i) !== null) return false;
    const next = tokens[h + 1];
    return !next?.word || (next.cap === 0 && (SPEECH_VERBS.has(next.lower) || AUXILIARIES.has(next.lower)));
  }

  /** Whether the run at k follows an institution's own "of", "for" or "on": "the Centre for …". */
  private afterInstitutionJoint(k: number): boolean {
    const { tokens } = this.ctx;
    const [joint, org] = [tokens[k - 1], tokens[k - 2]];
    return (
      !!joint?.word &&
      joint.cap === 0 &&
      /^(of|for|on)$/.test(joint.lower) &&
      !!org?.word &&
      org.cap === 1 &&
      (ORG_SUFFIXES.has(org.lower) || ORG_NAME_ENDS.has(org.lower))
    );
  }

  /**
   * Whether the words from `a` to `b` (three at most) go on with an institution's name, after its "for", "of" or "on":
   * none a title's word, an initial or a given name, and no minister's "of State" before ("Minister of State for Home
   * Affairs Kishore Naidu" names him).
   */
  private noTitleNorGiven(a: number, b: number): boolean {
    const { tokens } = this.ctx;
    if (b - a > 2 || tokens[a - 3]?.lower === 'state') return false;
    for (let m = a; m <= b; m++) {
      const title = TITLES.has(withoutFinalDot(tokens[m]!.lower)) && !PORTFOLIO.test(tokens[m]!.lower);
      if (title || initialAt(tokens, m) || this.isGiven(m)) return false;
    }
    return true;
  }

  /**
   * Whether a list of portfolios goes on after the run ending at `runEnd`, after a comma, to an "and" and a capitalised
   * word (one or two words each): "Jobs" in "the Ministry of Jobs, Economy and Trade".
   */
  private listGoesOn(runEnd: number): boolean {
    return listedPortfoliosEnd(this.ctx.tokens, runEnd + 1) >= 0;
  }

  /**
   * Whether the two words at k (a royal or saint's title and a name) are written somewhere in the article as a place:
   * before a comma and a province, a territory or a state ("Prince George, B.C.", "Prince Albert, Saskatchewan"), or
   * after a preposition of place or "of" after a compass point or a place's noun ("in Prince Rupert", "west of Prince
   * George", "the mayor of Prince Albert").
   */
  private writtenAsPlace(k: number): boolean {
    const { tokens, text } = this.ctx;
    const second = tokens[k + 1]!.lower;
    return this.readOnce(`p${tokens[k]!.key} ${second}`, () =>
      this.capsOf(tokens[k]!.key).some((i) => {
        if (tokens[i + 1]?.lower !== second || tokens[i + 1]!.gap) return false;
        if (REGION_AFTER.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 24))) return true;
        const b = tokens[i - 1];
        if (!b?.word || b.cap !== 0) return false;
        return (
          PLACE_BEFORE.test(b.lower) ||
          (b.lower === 'of' && PLACE_OF.test(tokens[i - 2]?.lower ?? '')) ||
          // (or "to" or "from" after a going: "travelling home to Prince George", "drove through the night from Prince
          // Rupert"; not "spoke to Prince Harry", "a letter from Prince Charles")
          (/^(to|from)$/.test(b.lower) && MOTION_BEFORE.test(tokens[i - 2]?.lower ?? ''))
        );
      }),
    );
  }

  /**
   * Whether consider() has nothing to do with the run of one word at k (most runs it reads: "Lorem" opening a sentence,
   * "Datenbank" after "der"), so that it can return at once. Every way it registers such a word, or reads it as a title's
   * or an honorific's, needs one of these (see plainBeforeLoneWord for the token before it):
   * - a comma right after it (a lone first name's apposition: "Teresa, a 52-year-old support worker", "Aiko, 17, is …");
   * - someone met before by that word (surnameOf: "Vale said" after "Ana Vale", or a particle's "De Souza");
   * - no name word counted in it (the second part of a hyphenated name, or no name word at all), which reads on to the
   *   evidence of a person's name of several words.
   * Without all of them it returns, registering nothing (what it sets on the way, runStart, only it reads, after setting it).
   */
  private inertLoneWord(k: number): boolean {
    const { tokens } = this.ctx;
    return (
      tokens[k + 1]?.raw !== ',' &&
      plainBeforeLoneWord(tokens, k) &&
      isNameWord(tokens[k]) &&
      !isHyphenJoin(tokens, k - 1) &&
      this.surnameOf(k) === undefined &&
      !this.laterNamedSubject(k)
    );
  }

  private consider(runStart: number, runEnd: number): void {
    if (this.headlineWordsOnly(runStart, runEnd) || this.wordSurnameAsWord(runStart, runEnd)) return;
    // (in three methods, each read in turn: one of a thousand lines cost the optimising compiler more, once, than all the
    // runs of a long article cost it)
    if (!this.runNamesNoPerson(runStart, runEnd)) this.considerTitles(runStart, runEnd);
    if (!this.endAt.has(runEnd)) this.wordSurnameAfterHonorific(runStart, runEnd);
  }

  /** The people wordSurnameAfterHonorific registered: a word of another class that only an honorific made a surname. */
  private titledWords = new Set<number>();

  /**
   * Whether the run is one word opening its sentence that is the surname of someone only an honorific showed to be one
   * (wordSurnameAfterHonorific), read there as the ordinary word it also is: before a word in lower case that is no verb
   * of saying, no auxiliary, no adverb of a verb and no past tense ("Long lines formed …", "Young voters said …", "May
   * rains …" after "Sen. Long", "Mr. Young", "Mr. May"; not "Long said", "Young has …", "Young also told …", "May, 44,").
   */
  private wordSurnameAsWord(runStart: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    const next = tokens[runEnd + 1];
    if (this.titledWords.size === 0 || runStart !== runEnd || this.ctx.initial[runStart] !== 1) return false;
    if (!next?.word || next.cap !== 0 || next.gap) return false;
    const idx = this.surnameOf(runStart);
    if (idx === undefined || !this.titledWords.has(idx)) return false;
    const w = next.lower;
    return !(
      SPEECH_VERBS.has(w) ||
      AUXILIARIES.has(w) ||
      VERB_ADVERBS.test(w) ||
      IRREGULAR_PAST.has(w) ||
      /^(and|or|who|himself|herself|not|never)$/.test(w) ||
      /[a-z]ed$/.test(w)
    );
  }

  /**
   * consider(), when it registered nothing: a capitalised word right after a personal honorific is that person's surname
   * whatever else the word is (an adjective, a month, a place's or a building's noun, a title that is a surname too),
   * which the rules for names alone refuse: "Ms. Young", "Mr. May", "Dr. Church", "Sen. Long", "Ms Park" (British, no
   * dot), registered with the honorific's gender, so that "she" and a later "Young said" find her. The honorific is an
   * abbreviation of a person's title with its point ("Mr.", "Sen.", "Gov.", "Prof.", "Lt."), or a courtesy title written
   * without it; not a word that is itself abbreviated ("Lt. Gov. Ana Vale"), nor a form of address that is an office alone
   * ("Mr. President", "Mr. Speaker"), nor one in quotation marks.
   */
  private wordSurnameAfterHonorific(runStart: number, runEnd: number): void {
    const { tokens } = this.ctx;
    const t = tokens[runEnd]!;
    if (t.cap !== 1 || runEnd - runStart > 1 || this.ctx.quoted[runEnd]) return;
    let h = tokens[runStart];
    if (runStart === runEnd) {
      const dot = runEnd > 0 ? tokens[runEnd - 1] : undefined;
      h = runEnd > 1 ? tokens[runEnd - 2] : undefined;
      if (dot?.raw !== '.' || !h?.word || h.end !== dot.start || !ABBREVIATIONS.has(h.lower) || !HONORIFICS.test(h.lower)) return;
    } else if (!/^(mr|mrs|ms|dr|prof)$/.test(h!.lower)) return;
    // (the word's letters read last, by the Unicode class: most runs have no honorific before them)
    if (!/^\p{L}{2,}$/u.test(t.raw)) return;
    if (!h || h.cap === 0 || h.para !== t.para) return;
    const next = tokens[runEnd + 1];
    if ((next?.raw === '.' && next.start === t.end && ABBREVIATIONS.has(t.lower)) || ADDRESS_TITLES.test(t.lower)) return;
    const gender = HONORIFIC_GENDER.get(h.lower) ?? null;
    this.found(runEnd, runEnd, gender, [h.lower], 'person', /^(mr|mrs|ms)$/.test(h.lower) ? gender : null);
    const idx = this.endAt.get(runEnd);
    if (idx !== undefined) this.titledWords.add(idx);
  }

  /**
   * Whether a run of two words or more stands in the headline set in title case (most words capitalised), before no
   * colon, and none of its words is written capitalised again outside such a paragraph, mid-sentence: no name the article
   * gives, only a headline's words ("Harbor Watch: City Hid Flood Reports" registers no "Hid Flood Reports"; "Ruiz Says
   * …" stays Ruiz's when the body names "Mayor Ana Ruiz"). Names the dataset knows are matched before discovery.
   */
  private headlineWordsOnly(runStart: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    const para = tokens[runStart]!.para;
    // (the headline only, not a title-case line of the body, "Ana Vik, Leeds."; nor a speaker's label: "Ana Vik: …")
    if (runEnd === runStart || para !== tokens[0]!.para || !this.titleCasePara(para) || tokens[runEnd + 1]?.raw === ':') return false;
    // (a run a given name opens is a person's whatever the body says: a photo credit, "James Martin/CNET")
    if (this.isGiven(runStart)) return false;
    const words = new Set<string>();
    for (let k = runStart; k <= runEnd; k++) if (tokens[k]!.word && tokens[k]!.lower.length >= 2) words.add(tokens[k]!.lower);
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || t.cap === 0 || !words.has(t.lower) || this.titleCasePara(t.para)) continue;
      const prev = tokens[k - 1]!;
      if (prev.para === t.para && !/^[.!?:]$/.test(prev.raw)) return false;
    }
    return true;
  }

  /**
   * consider(), first part: a run whose own shape shows it no person's name (an organisation's or a place's, registered
   * or not), or a surname alone of someone met before (registered). Whether it decided the run.
   */
  private runNamesNoPerson(runStart: number, runEnd: number): boolean {
    if (runStart === runEnd && this.inertLoneWord(runStart)) return true;
    const { tokens } = this.ctx;
    // a run with a preposition a group's title-case name capitalises inside it is that group's whole: "Parents Against
    // Impaired Driving", "Doctors Without Borders" (no person "Impaired Driving")
    for (let k = runStart + 1; k < runEnd; k++) {
      const t = tokens[k]!;
      if (t.cap !== 1 || !/^(against|without)$/.test(t.lower) || this.ctx.initial[k]) continue;
      if (!this.startAt.has(runStart)) this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    // an organisation's word before a country is the organisation's whole name: "Police Scotland", "Transport Scotland"
    // (not a person "Scotland" titled "Police"; an ordinary word there may be a surname: "River Young" is a person)
    if (runEnd === runStart + 1) {
      const a = tokens[runStart]!;
      const b = tokens[runEnd]!;
      if (
        a.cap === 1 &&
        b.cap === 1 &&
        ORG_SUFFIXES.has(a.lower) &&
        COUNTRIES.has(b.lower) &&
        !this.ctx.quoted[runStart] &&
        !this.isGiven(runEnd, false) &&
        !tightHyphen(tokens, runEnd + 1)
      ) {
        if (!this.startAt.has(runStart)) this.found(runStart, runEnd, null, [], 'organization');
        return true;
      }
    }
    // a French place's or institution's name with an elided particle inside, opened by no given name or title, is no
    // person's: "Côte d'Ivoire", "Musée d'Orsay" (the particle's word reads capitalised, see capClass; "Colin d'Entremont"
    // is a person's)
    if (elidedInside(tokens, runStart, runEnd) && !this.isGiven(runStart) && !TITLES.has(withoutFinalDot(tokens[runStart]!.lower)))
      return true;
    // a holiday and the words naming its day is no one: "Christmas Eve", "Easter Sunday" (not a person "Eve")
    for (let k = runStart; k <= runEnd; k++)
      if (HOLIDAYS.has(tokens[k]!.lower) && tokens.slice(k + 1, runEnd + 1).every((t) => HOLIDAY_TAILS.has(t.lower))) return true;
    // a royal title and one name that the article writes as a place's is no one: "PRINCE GEORGE, B.C. —", "west of Prince
    // George", "a woman from Prince Albert, Sask." (not "Prince Harry said")
    if (runEnd === runStart + 1 && PLACE_TITLES.test(tokens[runStart]!.lower) && this.writtenAsPlace(runStart)) return true;
    // a royal title before one word that is no given name nor the surname of anyone named, but a common noun the article
    // writes in lower case, is a company's name: "Princess Cruises" after "the cruise line" (a royal is named by a given
    // name, which no article writes in lower case: "Princess Anne", "King Mswati")
    if (runEnd === runStart + 1 && PLACE_TITLES.test(tokens[runStart]!.lower) && this.royalCompany(runEnd)) {
      if (!this.startAt.has(runStart)) this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    // (or before any words, capitalised and set tight, closed by a trade or goods no one is named for: "King Arthur
    // Flour", "Queen City Trucks", not a person "Arthur Flour" titled king)
    if (
      runEnd > runStart &&
      ROYALTY.test(tokens[runStart]!.lower) &&
      TRADE_END.test(tokens[runEnd]!.lower) &&
      tokens.slice(runStart + 1, runEnd + 1).every((t) => t.cap === 1 && !t.gap) &&
      !this.ctx.quoted[runStart]
    ) {
      if (!this.startAt.has(runStart)) this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    // a royal title and "Royal" after it is a style, no name: "the Princess Royal" (not a person "Royal")
    if (runEnd > runStart && ROYALTY.test(tokens[runEnd - 1]!.lower) && tokens[runEnd]!.lower === 'royal') return true;
    // a name of its members in the plural before its own "of" is registered whole with the run after it: "the Joint Chiefs
    // of Staff", not a person "Joint Chiefs"
    if (this.membersOf(runEnd) && isNameWord(tokens[runEnd + 2]) && !tokens[runEnd + 2]!.gap) return true;
    // a name with a plural possessive ending in an organisation's noun (or that and a union local's "Local") is that
    // organisation's whole: "The International Longshore Workers' Union Local 402", "the Elementary Teachers' Federation"
    // ("Local" alone is no name before it: "Local 412 president Ray Lund said" opening the text)
    const head = this.localOf(runEnd, runEnd) && runEnd > runStart ? runEnd - 1 : runEnd;
    // (not before its own "of" and a place, which the name goes on with: "the Nurses' Union of Westmark", "the
    // Fishermen's Union of the North Coast"; nor after an organisation's "of", whose name it ends: "the Ghana Union of
    // Traders' Associations")
    const ofBody = runStart > 1 ? tokens[runStart - 2] : undefined;
    if (
      (orgHead(tokens[head]!.lower) || FUND_ENDS.test(tokens[head]!.lower) || localCloses(tokens, head)) &&
      !(
        /^(of|on|for)$/.test(tokens[runEnd + 1]?.lower ?? '') &&
        (isNameWord(tokens[runEnd + 2]) || (tokens[runEnd + 2]?.lower === 'the' && isNameWord(tokens[runEnd + 3])))
      ) &&
      !(tokens[runStart - 1]?.lower === 'of' && tokens[runStart - 1]!.cap === 0 && isNameWord(ofBody) && orgHead(ofBody!.lower)) &&
      tokens.slice(runStart + 1, head).some((_, m) => membersPossessive(tokens, runStart + 1 + m))
    ) {
      const from = tokens[runStart]!.lower === 'the' ? runStart + 1 : runStart;
      if (!this.startAt.has(from)) this.found(from, runEnd, null, [], 'organization');
      return true;
    }
    // a performer known by one name, after the noun of the art: "the singer Lumen", "rapper Kolde" (a person, so that a
    // later "she" can be hers)
    const art = tokens[runStart - 1];
    if (
      runStart === runEnd &&
      art?.word &&
      art.cap === 0 &&
      PERFORMER_TRADES.test(art.lower) &&
      tokens[runStart]!.cap === 1 &&
      !this.ctx.quoted[runStart] &&
      !COMMON_WORDS.has(tokens[runStart]!.lower) &&
      !COUNTRIES.has(tokens[runStart]!.lower) &&
      !DEMONYMS.has(tokens[runStart]!.lower) &&
      this.surnameOf(runStart) === undefined
    ) {
      this.found(runStart, runEnd, null, [], 'person', art.lower === 'actress' || art.lower === 'songstress' ? 'female' : null);
      return true;
    }
    // a royal or saint's title inside a run that ends in an organisation's word or acronym opens a place's name, which
    // the organisation is named after: "Prince George RCMP", "Fort St. John RCMP", "Prince Albert Police Service", not
    // a person "George RCMP"
    const closer = tokens[runEnd]!;
    // (read only for a run of two words or more: tested only there)
    const acronym = runEnd > runStart && /^\p{Lu}{3,}$/u.test(closer.raw) && !POST_NOMINALS.test(closer.raw);
    if (
      runEnd > runStart + 1 &&
      (acronym || ORG_SUFFIXES.has(closer.lower)) &&
      tokens.slice(runStart, runEnd - 1).some((t) => PLACE_TITLES.test(t.lower))
    ) {
      this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    // (the same after the abbreviation's point, the run cut there: "John RCMP" of "Fort St. John RCMP say" is the force of
    // a place, from the place's first word)
    const point = tokens[runStart - 1];
    const abbr = runStart > 1 ? tokens[runStart - 2] : undefined;
    if (
      point?.raw === '.' &&
      abbr?.word &&
      abbr.cap === 1 &&
      /^(st|ste|mt)$/.test(abbr.lower) &&
      abbr.end === point.start &&
      !this.ctx.quoted[runStart] &&
      runEnd > runStart &&
      (acronym || ORG_SUFFIXES.has(closer.lower))
    ) {
      let from = runStart - 2;
      while (from - 1 >= 0 && tokens[from - 1]!.word && tokens[from - 1]!.cap > 0 && !tokens[from]!.gap && runStart - from < 5) from--;
      if (tokens[from]!.lower === 'the') from++;
      if (!this.startAt.has(from)) this.found(from, runEnd, null, [], 'organization');
      return true;
    }
    // (and any place's name before a force's or an agency's acronym: "Kelowna RCMP said", "the Smithers RCMP detachment";
    // not a role's acronym, "Acme CEO")
    if (
      runEnd === runStart + 1 &&
      acronym &&
      !THING_ACRONYMS.test(closer.raw) &&
      tokens[runStart]!.cap === 1 &&
      !COMMON_WORDS.has(tokens[runStart]!.lower) &&
      tokens[runStart - 1]?.raw !== '.' &&
      !TITLES.has(closer.lower) &&
      !this.ctx.quoted[runStart] &&
      closer.raw.length <= 5
    ) {
      this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    // a run opened by a saint's or a mount's abbreviation names a place or an institution, never a person: "St.
    // Brigid's Hospital" (an organisation, by its last word), "Ste. Agathe", "Mt. Pearl" (places, not registered)
    if (runEnd > runStart + 1 && tokens[runStart + 1]?.raw === '.' && /^(st|ste|mt)$/.test(tokens[runStart]!.lower)) {
      if (ORG_SUFFIXES.has(tokens[runEnd]!.lower) || SAINT_INSTITUTIONS.test(tokens[runEnd]!.lower))
        this.found(runStart, runEnd, null, [], 'organization');
      return true;
    }
    if (runStart === runEnd && this.surnameOf(runStart) !== undefined && !this.dateOrModal(runStart)) {
      // (the title before the surname's particles: "Ms. van Dorn", "Mr. el-Hadi")
      const from = this.withParticles(runStart);
      const dot = tokens[from - 1]?.raw === '.';
      const h = dot ? tokens[from - 2] : tokens[from - 1];
      // (a title written with a capital, its dot an abbreviation's: not the sentence ending "… and first lady. Sanders, …")
      const titled = h?.word && h.cap > 0 && (!dot || /^(mr|mrs|ms)$/.test(h.lower));
      const honorific = titled ? (HONORIFIC_GENDER.get(withoutFinalDot(h.lower)) ?? null) : null;
      this.found(from, runEnd, null, [], 'person', honorific);
      return true;
    }
    return false;
  }

  /**
   * considerTitles(): whether the word at k of the run [runStart, runEnd] opens an organisation's name with the capitalised
   * word after it.
   * (a title or an ordinary word right before an organisation's word opens that organisation's name: "Major League
   * Soccer said", "Live Nation said", not a person "League Soccer" or "Nation")
   * (an organisation's word that is nobody's surname: not "President Park Geun-hye"; and no article: "The Times"; "State"
   * keeps its reading as the office's: "the State Department")
   * (or a portfolio's word inside a company's name, between its first word and the word that closes it: "Northshore
   * Energy Partners", "Greyrock Health Holdings", not "Health Minister")
   * (or, after an organisation's "of", before the plural of a trade that ends the run: "the National Association of
   * Home Builders", "the Council of Energy Producers", not a "Minister of Home Affairs" nor a person "Builders")
   */
  private ofOrg(k: number, runStart: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    return (
      k < runEnd &&
      tokens[k + 1]!.cap === 1 &&
      (INSTITUTION_WORD.test(tokens[k + 1]!.lower) ||
        (k > runStart && k + 1 === runEnd && PORTFOLIO.test(tokens[k]!.lower) && ORG_NAME_ENDS.has(tokens[k + 1]!.lower)) ||
        (k + 1 === runEnd &&
          PORTFOLIO.test(tokens[k]!.lower) &&
          /^(of|for)$/.test(tokens[k - 1]?.lower ?? '') &&
          /[a-z]{3}(ers|ors|ists)$/.test(tokens[k + 1]!.lower)) ||
        // (or, after the "of", "for" or "on" of an institution's own word, before the word that ends the run: "the
        // Institute for Trade Policy", "the Centre for Energy Security", not "Minister for Trade Ana Vale")
        // (or any title word there but an honorific, which opens no person's name inside the institution's: "the
        // Independent Office for Police Conduct", not a "Police" of its own; but "the Office of Mayor Bass" names Bass;
        // "Justice" is a portfolio's word too: "the Centre for Justice Research")
        // (the same with more words of the name after it, none a title or a given name: "the Institute for Foreign Policy
        // Studies", not a person "Policy Studies")
        (k === runStart &&
          (k + 1 === runEnd || this.noTitleNorGiven(k + 1, runEnd)) &&
          (PORTFOLIO.test(tokens[k]!.lower) ||
            (TITLES.has(tokens[k]!.lower) && (!HONORIFICS.test(tokens[k]!.lower) || tokens[k]!.lower === 'justice'))) &&
          /^(of|for|on)$/.test(tokens[k - 1]?.lower ?? '') &&
          tokens[k - 1]!.cap === 0 &&
          !!tokens[k - 2]?.word &&
          tokens[k - 2]!.cap === 1 &&
          (ORG_SUFFIXES.has(tokens[k - 2]!.lower) || ORG_NAME_ENDS.has(tokens[k - 2]!.lower)))) &&
      !DETERMINERS.has(tokens[k]!.lower) &&
      tokens[k]!.lower !== 'state'
    );
  }

  /**
   * considerTitles(): ofOrg, or a portfolio's word further inside that name, its first word read as the institution's:
   * "Trade" of "the Institute for Foreign Trade Studies".
   */
  private inOrg(k: number, runStart: number, runEnd: number): boolean {
    const { tokens } = this.ctx;
    return (
      this.ofOrg(k, runStart, runEnd) ||
      (k > runStart &&
        k < runEnd &&
        PORTFOLIO.test(tokens[k]!.lower) &&
        (this.ofOrg(runStart, runStart, runEnd) || (this.noTitleNorGiven(runStart, runEnd) && this.afterInstitutionJoint(runStart))))
    );
  }

  /** considerTitles(): a title word opening a double surname after a given name is the surname's: "Rose Cardinal-Gladue". */
  private surnamePart(k: number, runStart: number): boolean {
    const { tokens } = this.ctx;
    return k > runStart && isHyphenJoin(tokens, k + 1) && !TITLES.has(tokens[k + 2]!.lower) && this.isGiven(k - 1, k - 1 === runStart);
  }

  /** considerTitles(): whether no word from `from` to `to` is a given name, a title or a role ("Radio Host Ana Vale"). */
  private noGivenTitleNorRole(from: number, to: number): boolean {
    const { tokens } = this.ctx;
    for (let k = from; k <= to; k++)
      if (this.isGiven(k) || TITLES.has(tokens[k]!.lower) || SPEAKER_NOUNS.has(tokens[k]!.lower)) return false;
    return true;
  }

  /** considerPerson(): whether a person whose name ends with `tail` (" Ross-Young") was mentioned before token s. */
  private metEndingWith(tail: string, s: number): boolean {
    for (const p of this.people) {
      if (p.type !== 'person' || !p.name.endsWith(tail)) continue;
      for (const m of p.mentions) if (m.last < s) return true;
    }
    return false;
  }

  /** considerPerson(): how many words from `from` to `to` are inside quotation marks (a nickname's). */
  private quotedWords(from: number, to: number): number {
    const { tokens, quoted } = this.ctx;
    let n = 0;
    for (let k = from; k <= to; k++) if (tokens[k]!.word && quoted[k]) n++;
    return n;
  }

  /** Whether token i opens its sentence (one function for the registry, for layPersonApposition). */
  private readonly opensSentence = (i: number): boolean => this.ctx.initial[i] === 1;

  /** consider(), second part: the titles, roles and ordinary words the run opens with, stripped (then considerPerson). */
  private considerTitles(runStart: number, runEnd: number): void {
    const { tokens } = this.ctx;
    let s = runStart;
    const heads: string[] = [];
    let gender: Gender = null;
    let titled = false;
    let honorific = false;
    // (a Malaysian title written with its apostrophe, which ends its own run, is the name's head: "Dato' Lim Kok Wing")
    const ap = tokens[runStart - 1];
    if (
      /^['’]$/.test(ap?.raw ?? '') &&
      tokens[runStart - 2]?.lower === 'dato' &&
      tokens[runStart - 2]!.cap > 0 &&
      tokens[runStart - 2]!.end === ap!.start
    ) {
      heads.push('dato');
      titled = true;
    }
    // (the tests of a word inside the run, ofOrg, inOrg and surnamePart, are methods, not closures here: a closure keeps
    // the run's variables in a context allocated at each call, and every read of them in this long function goes through it)
    // the name follows the last title of the run: "Senate Majority Leader Mitch McConnell"
    for (let k = runStart; k < runEnd; k++) {
      const lo = withoutFinalDot(tokens[k]!.lower);
      if (this.surnamePart(k, runStart) || (k === runStart && portfolioAlone(tokens, k, runEnd))) continue;
      // (a word that only ranks a title, inside a run after a word that is no title and before one that is no title nor a
      // given name, is the name's own: "Evergreen Senior Living", not "Senior Vice-President" nor "Acme Senior Ana Ruiz")
      if (
        RANKS.test(lo) &&
        k > runStart &&
        !TITLES.has(withoutFinalDot(tokens[k - 1]!.lower)) &&
        !TITLES.has(tokens[k + 1]!.lower) &&
        !this.isGiven(k + 1)
      )
        continue;
      // (a British police rank's "Con", constable, after the abbreviation that ranks it: "Det Con Sarah Blythe", "Ch Con
      // Mark Ellery", no given name "Con")
      const constable = lo === 'con' && k > runStart && k < runEnd && /^(det|ch|asst|dep)$/.test(withoutFinalDot(tokens[k - 1]!.lower));
      if (constable) {
        s = k + 1;
        titled = true;
        heads.push('constable');
        continue;
      }
      // (a peerage's title that is a given name too opens a person's name either way, kept whole and titled by it: "Earl
      // Spencer … the peer said", as "Earl Blumenauer" is a congressman; not a company's or a school's: "Duke Energy")
      if (
        k === runStart &&
        k < runEnd &&
        PEERAGE_GIVEN.test(lo) &&
        tokens[k]!.cap === 1 &&
        !peerageDenied(tokens, runStart, runEnd) &&
        !ORG_SUFFIXES.has(tokens[runEnd]!.lower) &&
        !ORG_NAME_ENDS.has(tokens[runEnd]!.lower) &&
        !COMMON_WORDS.has(tokens[runEnd]!.lower) &&
        !TITLES.has(tokens[runEnd]!.lower) &&
        !INSTITUTION_WORD.test(tokens[runEnd]!.lower) &&
        !TRADE_END.test(tokens[runEnd]!.lower)
      ) {
        titled = true;
        heads.push(lo);
        gender = 'male';
        continue;
      }
      if (
        (TITLES.has(lo) &&
          // (a title word right before a name's suffix is the surname: "Martin Luther King Jr."; or before a patronym's
          // particle, the given name of the son or daughter it names: "Prince Sultan bin Salman", not a person "bin
          // Salman"; read only for a title word, most words of a run being none)
          !((k === runEnd - 1 && NAME_SUFFIX.test(tokens[runEnd]!.lower)) || patronymAfter(tokens, k)) &&
          !this.inOrg(k, runStart, runEnd) &&
          !this.givenAfterRole(k, runStart, runEnd)) ||
        (malayTitleAt(tokens, k) && k < runEnd) ||
        (ORG_SUFFIXES.has(lo) &&
          k < runEnd - 1 &&
          !romanisedGiven(tokens, k + 1) &&
          !tightHyphen(tokens, k + 1) &&
          // (an organisation's word opening the run before an ordinary word opens the organisation's own name, no
          // organisation before a person's: "Ocean Watch Canada", not a person "Watch Canada")
          !(k === runStart && COMMON_WORDS.has(tokens[k + 1]!.lower) && !TITLES.has(tokens[k + 1]!.lower)) &&
          // (nor a place's word before a plural of members that ends the run, a producers' body named for its place:
          // "Harlow Valley Milk Producers", not "Milk Producers")
          !membersPlural(tokens[runEnd]!.lower))
      ) {
        // a compound title: "Secretary-Treasurer Gary Casteel"
        s = TITLES.has(lo) && isHyphenJoin(tokens, k + 1) && k + 2 < runEnd ? k + 3 : k + 1;
        titled = titled || TITLES.has(lo);
        if (TITLES.has(lo) && !underTitle(tokens, k) && !sideBeforeRole(tokens, k)) heads.push(lo);
        // (a Malaysian honorific of two words is a head whole, the person's second reference: "Tan Sri Ahmad Yusof … the
        // Tan Sri said", "Datuk Seri Rahim Osman … the Datuk Seri said")
        const b = /^['’]$/.test(tokens[k - 1]?.raw ?? '') ? tokens[k - 2] : tokens[k - 1];
        if (b && MALAY_TITLE_HEADS.has(`${b.lower} ${lo}`)) heads.push(`${b.lower} ${lo}`);
        gender = HONORIFIC_GENDER.get(lo) ?? gender;
        honorific = honorific || HONORIFICS.test(lo);
      }
    }
    // (a Malaysian honorific alone is no one's name: "the Tan Sri said", "the Datuk Seri told reporters")
    if (s === runEnd && s > runStart && malayTitleAt(tokens, runEnd)) return;
    // (the words of a title's own "of the" before the first given name of the run are the title's: "Justice of the Peace
    // Miriam Castellanos-Hyde", "Leader of the Opposition Ana Vale", not a person "Peace Miriam Castellanos-Hyde")
    const ofTitle = runStart > 2 ? tokens[runStart - 3] : undefined;
    if (
      s === runStart &&
      tokens[runStart - 1]?.lower === 'the' &&
      tokens[runStart - 2]?.lower === 'of' &&
      tokens[runStart - 2]!.cap === 0 &&
      !!ofTitle?.word &&
      ofTitle.cap > 0 &&
      TITLES.has(withoutFinalDot(ofTitle.lower)) &&
      !this.isGiven(runStart)
    ) {
      let g = runStart + 1;
      while (g < runEnd && !this.isGiven(g)) g++;
      // (with no given name known, the title's one word before a name of two: "Justice of the Peace Tembeka Ndlovu")
      if (g >= runEnd && this.portfolioWordBeforeName(runStart, runEnd)) g = runStart + 1;
      if (g < runEnd) {
        s = g;
        titled = true;
        heads.push(withoutFinalDot(ofTitle.lower));
      }
    }
    // (a body's name after a title's "of the", the run from the body's own "of", a given name inside it: "Speaker of the
    // House of Commons Anthony Rota", no organisation "Commons Anthony Rota")
    if (s === runStart && this.titleOfTheBodyOf(runStart)) {
      let g = runStart + 1;
      while (g < runEnd && !this.isGiven(g)) g++;
      if (g < runEnd) {
        s = g;
        titled = true;
        heads.push(tokens[runStart - 5]!.lower);
      }
    }
    // (titles after an office's own "of the", no given name among the words after them, are the office's name: "the
    // Office of the Chief Medical Examiner", "the Office of the Chief Coroner", not a person "Medical Examiner")
    const office =
      s > runStart &&
      tokens[runStart - 1]?.lower === 'the' &&
      tokens[runStart - 2]?.lower === 'of' &&
      tokens[runStart - 2]!.cap === 0 &&
      !!tokens[runStart - 3]?.word &&
      tokens[runStart - 3]!.cap > 0 &&
      ORG_SUFFIXES.has(tokens[runStart - 3]!.lower) &&
      TITLES.has(withoutFinalDot(tokens[runStart]!.lower)) &&
      // (the run closed by an office's word, a title or an agent's noun: not "the Office of the Chief Coroner Tembeka
      // Ndlovu", a person named after the office)
      (TITLES.has(tokens[runEnd]!.lower) || ORG_SUFFIXES.has(tokens[runEnd]!.lower) || /[a-z]{3}(er|or)$/.test(tokens[runEnd]!.lower));
    let noGiven = office;
    for (let k = s; noGiven && k <= runEnd; k++) noGiven = !this.givenName(k);
    if (noGiven) s = runStart;
    // the end of an organisation's name after its own "of", "on" or "for": "the Commission on Presidential Debates",
    // "the University of Southern Maine" (a title inside the run still opens a name: "Bank of England Governor Ann Vale")
    if (s === runStart) {
      // (a weekday after the name is the day it spoke, no word of it: "The Department of Justice Monday said")
      const end = runEnd > runStart && WEEKDAY.test(tokens[runEnd]!.lower) ? runEnd - 1 : runEnd;
      // the whole name is the organisation's, registered once: "The Union of Northern Workers said", "the Federation
      // of Canadian Municipalities" (not "Northern Workers" or "Municipalities" alone)
      const org = this.insideOrganisation(runStart, end);
      // (what follows is read only for an organisation found: most runs end none, and -1 is no index to read tokens at)
      if (org >= 0) {
        // (not one nested in another's name, "the D.C. Court of Appeals' Board on Professional Responsibility", nor the
        // object of a preposition, "a senior fellow at the Center for Global Development, which …, said")
        const det = tokens[org - 1]?.lower === 'the' ? org - 2 : org - 1;
        // ("by" names a maker, no one's employer: "figures provided by Immigration, Refugees and Citizenship Canada")
        // (but "according to" names the source itself: "according to Fisheries and Oceans Canada")
        // (nor "from" after a document's or figures' noun, which names the source: "according to data from Fisheries and
        // Oceans Canada", "a statement from Public Safety Canada")
        const nested =
          /^(of|on|for|and|at|with|from|to|in|about|against)$/.test(tokens[det]?.lower ?? '') &&
          !(tokens[det]!.lower === 'to' && tokens[det - 1]?.lower === 'according') &&
          !(tokens[det]!.lower === 'from' && sourceNoun(tokens[det - 1]));
        // (nor before a second "of" and a place, which the next run takes whole: "The Order of Nurses of Brendale said")
        const further =
          (tokens[end + 1]?.lower === 'of' && tokens[end + 1]!.cap === 0 && !!tokens[end + 2]?.word && tokens[end + 2]!.cap > 0) ||
          this.listGoesOn(end) ||
          this.goesOnFor(end, org);
        // (nor before a compound the name goes on with, capitalised on its first part only: "Rental" of "the Federation of
        // Rental-housing Providers")
        const compound =
          tightHyphen(tokens, end + 1) &&
          tokens[end + 2]!.word &&
          tokens[end + 2]!.cap === 0 &&
          isNameWord(tokens[end + 3]) &&
          !tokens[end + 3]!.gap;
        if (!nested && !further && !compound && !this.startAt.has(org)) this.found(org, end, null, [], 'organization');
        return;
      }
    }
    // a role or a party right before a given name inside the run: the name starts at that given name ("Missouri Republican
    // Ana Vale", "Political Editor Ana Vale", "Investigative Reporter Ana Vale"; not "Walter Scott": a given name is no role; nor
    // "Mother Ana Church", a place's name)
    // (or a player's position in capitals after the team, in sports notes: "Toronto D Viktor Hale", "Montreal F Ana Roy")
    for (let k = runEnd - 2; k >= s && !ORG_SUFFIXES.has(tokens[runEnd]!.lower); k--) {
      const position = k > s && /^(C|D|F|G|LW|RW)$/.test(tokens[k]!.raw);
      // (or a role right after a title of the run, before a name of two words or more whose given name is not known:
      // "County Engineer Mirela Vasquez-Holm", not a person "Engineer Mirela Vasquez-Holm")
      // (not a given name before a patronym's particle: "Prince Sultan bin Salman")
      const afterTitle =
        k === s && s > runStart && TITLES.has(withoutFinalDot(tokens[s - 1]!.lower)) && this.roleInRun(k) && !patronymAfter(tokens, k);
      if (((this.roleInRun(k) || position) && this.givenName(k + 1)) || afterTitle) {
        const lo = withoutFinalDot(tokens[k]!.lower);
        // (a plural is the group's, not the person's: "Senators Ana Vale and …")
        // (and a player's position: "Defenceman Luka Petrov", then "the defenceman")
        if ((SPEAKER_NOUNS.has(lo) && !(/s$/.test(lo) && SPEAKER_NOUNS.has(lo.slice(0, -1)))) || POSITIONS.test(lo)) heads.push(lo);
        titled = true;
        s = k + 1;
        break;
      }
    }
    // the rest of a title after its "of": "Chief of Staff Ana Vale", "Supervisor of Elections Ana Vale" (from the given name on)
    // (or after its "to": "Ambassador to Canada Ana Vale", "Special Envoy to Syria Ana Vale")
    // (or after its "for", the name no given name opening it: "Member for Yarraburn Ana Vale", "Minister for Justice Ana Vale")
    // (or from an initial, as Indian and African outlets write names: "Minister for Revenue S.R. Rajan", "Minister of State
    // for Home Affairs G. Kishan Rao")
    const of = tokens[runStart - 1];
    // (its first word may be a title itself: "Home" of "for Home Affairs")
    if (
      (s === runStart || (s === runStart + 1 && TITLES.has(tokens[runStart]!.lower))) &&
      of?.cap === 0 &&
      (of.lower === 'of' || of.lower === 'to' || (of.lower === 'for' && this.given(runStart) === null)) &&
      // (a role or a title right before the "of", not the end of a titled name: "Rabbi Dov Lerner of Congregation Beth
      // Tikvah" is no "Beth Tikvah")
      ((this.roleInRun(runStart - 2, true) && !this.givenName(runStart - 3)) ||
        // ("Minister of State for Home Affairs": the title's own "of State" before the "for")
        (of.lower === 'for' &&
          tokens[runStart - 2]?.lower === 'state' &&
          tokens[runStart - 3]?.lower === 'of' &&
          this.roleInRun(runStart - 4, true)))
    ) {
      let k = runStart + 1;
      while (k < runEnd && !this.givenName(k) && !initialAt(tokens, k)) k++;
      // (a portfolio's closing word before a name of two or three words ends the title, whatever given names the name
      // has: "Minister of State for Home Affairs Ravindra Nath Bhargava")
      const pair = tokens.slice(runStart + 1, runEnd - 1).findIndex((t) => PORTFOLIO_PAIR.test(t.lower));
      if (pair >= 0 && runEnd - (runStart + pair + 2) <= 2) k = runStart + pair + 2;
      if (k < runEnd) {
        titled = true;
        s = k;
      } else if (
        // (with no given name known, a portfolio of one word before a name of two: "Commissioner of Competition Anand
        // Sethuraman", not an organisation's or a place's words)
        this.portfolioWordBeforeName(runStart, runEnd)
      ) {
        titled = true;
        s = runStart + 1;
      } else if (this.portfolioWordBeforeName(runStart + 1, runEnd) && PORTFOLIO_PAIR.test(tokens[runStart + 1]!.lower)) {
        // (or of two, a field and the word that makes it a portfolio: "Minister of State for Home Affairs Kishore Naidu")
        titled = true;
        s = runStart + 2;
      }
    }
    // strip nationalities and ordinary words from the front
    while (s <= runEnd) {
      const t = tokens[s]!;
      const lo = withoutFinalDot(t.lower);
      // (not a peerage's title kept whole above, though it opens the sentence and the article writes it in lower case:
      // "Earl Spencer opened the house. … the earl said")
      if (s === runStart && PEERAGE_GIVEN.test(lo) && heads.includes(lo)) break;
      if (
        (TITLES.has(lo) &&
          !this.ofOrg(s, runStart, runEnd) &&
          !patronymAfter(tokens, s) &&
          !this.titledGivenAgain(s, runStart, runEnd) &&
          !this.givenAfterRole(s, runStart, runEnd) &&
          !(s === runStart && portfolioAlone(tokens, s, runEnd))) ||
        (s < runEnd && rankClass(tokens, s))
      ) {
        titled = true;
        if (!underTitle(tokens, s) && !sideBeforeRole(tokens, s)) heads.push(lo);
        gender = HONORIFIC_GENDER.get(lo) ?? gender;
        honorific = honorific || HONORIFICS.test(lo);
        s++;
        continue;
      }
      // a title or party in the plural before the names it covers: "Senators Mitch McConnell, …", "Republicans Jolly
      // of Indian Shores and DeSantis of …"
      // (or kin in the plural before the names they cover: "Siblings Ana and Ivo Vell of the band …", "Cousins Ada and Bo Lind")
      if (
        s < runEnd &&
        (pluralIn(lo, TITLES) ||
          pluralIn(lo, DEMONYMS) ||
          (/^(siblings|cousins|twins|sisters|brothers)$/.test(lo) && (this.givenName(s + 1) || this.ctx.tokens[s + 2]?.lower === 'and')))
      ) {
        s++;
        continue;
      }
      // an ordinary word opening the sentence before the surname of someone named before, or a verb of a footer before a
      // given name: "Young Vale supporters …", "Whereas Vale had …" after "Ana Vale"; "Follow Ana Vale on Twitter"
      if (s < runEnd && this.ctx.initial[s] === 1 && !this.isGiven(s)) {
        const named = s === runEnd - 1 ? this.surnameOf(runEnd) : undefined;
        const ordinary = COMMON_WORDS.has(lo) || this.ctx.lowerSeen.has(lo) || /[a-z](ly|ing|ed)$/.test(lo);
        const own = named !== undefined && this.people[named]!.name.toLowerCase().startsWith(lo + ' ');
        if ((named !== undefined && ordinary && !own) || (/^(follow|contact|email|watch|read)$/.test(lo) && this.isGiven(s + 1))) {
          s++;
          continue;
        }
      }
      // a role noun capitalised at a sentence start: "Economist Maria de la Cruz"
      // or an agent noun before a full name: "Photographer Jo Vale", "Pilot Mara Delgado" (not a known first name)
      // or a player's position: "Forward Ana Reyes", "Quarterback Eli Stone", "Defenceman Luka Petrov"
      const agent =
        s < runEnd - 1 &&
        (/(er|or|ist|ian|ot)$/.test(lo) || POSITIONS.test(lo)) &&
        // (a position that is also a given name, before a given name: "Skip Rachel Thibodeau", not "Skip Bayless")
        (!this.isGiven(s) || (POSITIONS.test(lo) && this.givenName(s + 1))) &&
        !this.ofOrg(s, runStart, runEnd) &&
        // (nor before an ordinary word, no given name: "River Watch Canada" is an organisation's name)
        !(COMMON_WORDS.has(tokens[s + 1]!.lower) && !familyBeforeRomanised(tokens, s + 1) && !this.isGiven(s + 1)) &&
        // (the given name may be hyphenated: "Striker Jean-Luc Moreau")
        (isNameWord(tokens[s + 2]) || (POSITIONS.test(lo) && isHyphenJoin(tokens, s + 2))) &&
        // (nor a city's name opening a body's plural: "Denver Public Schools said", not a person "Public Schools")
        !PLURAL_BODIES.test(tokens[runEnd]!.lower);
      if (
        s < runEnd &&
        // (also after a dateline's dash: "REGINA — Skip Rachel Thibodeau made …")
        (this.ctx.initial[s] === 1 || (s === runStart && /^[—–]$/.test(tokens[s - 1]?.raw ?? ''))) &&
        // (nor the first half of a double surname that is the whole run: "Fisher-Grant said", "Okafor-Kane recommended",
        // one person, not a speaker's or an agent's noun before "Grant")
        !(s + 2 === runEnd && isHyphenJoin(tokens, s + 1)) &&
        ((SPEAKER_NOUNS.has(lo) &&
          !GROUP_NOUNS.has(lo) &&
          // (not a speaker's noun, no title, before one ordinary word that closes the run: "Tenant Watch said that …" is
          // an organisation's name)
          !(s === runEnd - 1 && !TITLES.has(lo) && COMMON_WORDS.has(tokens[runEnd]!.lower) && !this.isGiven(runEnd))) ||
          agent)
      ) {
        titled = true;
        heads.push(lo);
        s++;
        continue;
      }
      // (a first name that is also an adjective, before a surname alone, stays: "Christian Estrosi", not "Christian Democrats")
      // (or before a double surname joined by a hyphen: "Christian Dubé-Ouellet")
      const surname = s === runEnd - 1 || (s === runEnd - 3 && isHyphenJoin(tokens, runEnd - 1));
      const given = surname && this.isGiven(s) && !/s$/.test(tokens[runEnd]!.lower) && !(DEMONYMS.has(lo) && NATION_PERSON.test(lo));
      // (a nationality before one word that is no given name, title or role is the first word of a company's name:
      // "Korean Air", "Canadian Tire", "American Express", not "Air", "Tire", "Express")
      const company =
        s === runStart &&
        s === runEnd - 1 &&
        DEMONYMS.has(lo) &&
        !NOT_NATIONS.test(lo) &&
        !NATION_PERSON.test(lo) &&
        !this.isGiven(runEnd) &&
        !TITLES.has(tokens[runEnd]!.lower) &&
        !SPEAKER_NOUNS.has(tokens[runEnd]!.lower) &&
        !DEMONYMS.has(tokens[runEnd]!.lower) &&
        !pluralIn(tokens[runEnd]!.lower, DEMONYMS);
      if (company) break;
      // (nor before the rest of an institution's name, a given name in it: "the Canadian Bar Association", not a person
      // "Bar Association")
      // (or of a company's that ends on its trade: "Western Coast Ferries", not "Coast Ferries")
      // (or a guild's or a guard's: "the Canadian Merchant Service Guild", "the Canadian Coast Guard")
      // (or closed by one word after the institution's own, its nation's or branch's: "the National Education Union
      // Cymru", not a person "Education Union Cymru")
      const institution =
        runEnd > s + 1 &&
        (INSTITUTION_WORD.test(tokens[runEnd]!.lower) ||
          (runEnd > s + 2 && INSTITUTION_WORD.test(tokens[runEnd - 1]!.lower) && tokens[runEnd - 1]!.cap === 1) ||
          TRADE_END.test(tokens[runEnd]!.lower) ||
          /^(guild|guard)$/.test(tokens[runEnd]!.lower) ||
          PLURAL_BODIES.test(tokens[runEnd]!.lower) ||
          bodyWordNext(tokens, s, runEnd)) &&
        tokens[runEnd]!.cap === 1;
      // (nor a point of the compass opening a region's body or business: "Eastern Shore Fisheries", not "Shore Fisheries")
      if (s === runStart && this.compassName(s, runEnd)) break;
      // (nor one before a country's name, which it is part of, opening an organisation's name after it: "the South Sudan
      // Red Cross", not "Sudan Red Cross"; the compass word and the country alone are a place)
      if (runEnd > s + 1 && COMPASS.test(lo) && COUNTRIES.has(tokens[s + 1]!.lower) && !tokens[s + 1]!.gap) {
        if (!this.startAt.has(s)) this.found(s, runEnd, null, [], 'organization');
        return;
      }
      if (
        (DEMONYMS.has(lo) && !given && !institution) ||
        (isOrdinaryCapital(this.ctx, s) &&
          !/^(new|great|grand|old|little|young|long)$/.test(lo) &&
          !(this.ofOrg(s, runStart, runEnd) && this.ctx.initial[s] === 1) &&
          // (nor a word of content, written in lower case elsewhere, opening the sentence and the name of an organisation
          // of three words or more, closed by a country's or an organisation's word: "Ocean Watch Canada said" after "the
          // ocean", not "Watch Canada")
          !(
            s === runStart &&
            runEnd - s >= 2 &&
            this.ctx.initial[s] === 1 &&
            !COMMON_WORDS.has(lo) &&
            (COUNTRIES.has(tokens[runEnd]!.lower) || ORG_SUFFIXES.has(tokens[runEnd]!.lower) || orgNameEnd(tokens[runEnd]!.lower))
          ) &&
          // (an initial opening the sentence is no article: "A. Parvathi, a teacher, said")
          !(s < runEnd && initialAt(tokens, s)) &&
          !this.monthGiven(s, runEnd, runStart) &&
          !(s === runEnd && monthOrWordGivenOfKin(tokens, s))) ||
        // (an acronym before the name, not initials written as one word: "S.R. Rajan")
        (t.cap === 2 && t.raw.length > 1 && s < runEnd && !initialAt(tokens, s))
      ) {
        s++;
        continue;
      }
      break;
    }
    // (so opened, the run is the organisation's name)
    if (
      s === runStart &&
      this.ofOrg(s, runStart, runEnd) &&
      (TITLES.has(withoutFinalDot(tokens[s]!.lower)) || (this.ctx.initial[s] === 1 && isOrdinaryCapital(this.ctx, s)))
    ) {
      if (!this.startAt.has(s)) this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // (and a run of three words or more closed by a body's plural, or opened by a nationality before an organisation's
    // word, no given name opening it, is that organisation's: "North Thames Hospitals", "National Bank Financial")
    // (a given name may open the body's plural before a word that is none: "Austin Public Schools", not a person)
    if (
      s === runStart &&
      runEnd > s + 1 &&
      !titled &&
      (!this.isGiven(s) || (PLURAL_BODIES.test(tokens[runEnd]!.lower) && !this.isGiven(s + 1))) &&
      tokens[runEnd]!.cap === 1 &&
      (PLURAL_BODIES.test(tokens[runEnd]!.lower) ||
        (DEMONYMS.has(tokens[s]!.lower) && bodyWordNext(tokens, s, runEnd)) ||
        this.compassName(s, runEnd))
    ) {
      if (!this.startAt.has(s)) this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // a broadcaster's word before a place opens a station's name, never a person's: "BBC Radio Leeds", "ABC Radio
    // Sydney", "Radio Kerry" (not a person "Radio Sydney")
    // (and no given name, title or role after it: not "Radio Host Ana Vale")
    if (s < runEnd && /^(radio|tv|television)$/.test(tokens[s]!.lower) && this.noGivenTitleNorRole(s + 1, runEnd)) {
      if (!this.startAt.has(runStart)) this.found(runStart, runEnd, null, [], 'organization');
      return;
    }
    // the front stripped up to a hyphen: the name is what follows it (not a second nationality: "Cuban-American", "African-Americans")
    while (s <= runEnd && !tokens[s]!.word) s++;
    // (nor a compound title's second word alone: "Sub-Lt." is no one)
    if (s > runStart && s === runEnd && !tokens[s - 1]!.word && (PeopleRegistry.demonym(tokens[s]!.lower) || TITLES.has(tokens[s]!.lower)))
      return;
    // (nor the rest of a title after its first words, closed by a title's word, the words before it adjectives of a field
    // or words the article writes in lower case, none a given name: "Chief Medical Officer of Health Dr. Lena Vale",
    // "Chief Financial Officer", not a person "Medical Officer")
    if (titled && runEnd > s && TITLES.has(tokens[runEnd]!.lower) && this.titleRest(s, runEnd)) return;
    // (nor one word an acronym's hyphen joins to: "NITI-Aayog", "IN-SPACe", "UN-Habitat" are one body's names)
    if (s > runStart + 1 && s === runEnd && acronymJoined(tokens, s)) return;
    // (nor the party or body between words of rank and a role in lower case: "Senior Shiv Sena leader Prakash Dhotre",
    // "Veteran CPI leader …", "Former Congress spokesperson …" — the run says whose leader, it names no one)
    if (s > runStart && s <= runEnd && lowerRoleAfter(tokens, runEnd)) {
      let k = runStart;
      while (k < s && tokens[k]!.word && RANK_WORDS.test(tokens[k]!.lower)) k++;
      if (k === s) {
        if (!this.startAt.has(s)) this.found(s, runEnd, null, [], 'organization');
        return;
      }
    }
    // a name in a list of people, after a word opening the sentence: "Celebrities Julianne Moore, Kerry Washington, …"
    if (this.listed.has(runEnd - 1) && s < runEnd - 1) s = runEnd - 1;
    // a run with a preposition or an article written with a capital is a title's: "Show With Ana Vale", "Mark On
    // Discrimination" (not "Maria De La Cruz": particles are no prepositions; nor "Al From": a surname after one word);
    // in a headline, a given name of the short lists and a surname the article writes alone (never in lower case) open it:
    // "Ana Vale Goes After Her Rival" (then "Vale said")
    const twoWords = runEnd === s + 1;
    for (let k = s + 1; k <= runEnd - (twoWords ? 1 : 0); k++)
      if (
        tokens[k]!.cap === 1 &&
        /^(on|in|at|of|for|and|the|to|with|from|by|after|before|about|against|into|over)$/.test(tokens[k]!.lower) &&
        // (not the first word of a nickname in quotation marks: 'Mike “The Hammer” Diaz')
        !(NICKNAME_OPENS.has(tokens[k - 1]!.raw) && tokens[k - 1]!.end === tokens[k]!.start)
      ) {
        const next = tokens[s + 1]!.lower;
        const ordinary = COMMON_WORDS.has(next) || this.ctx.lowerSeen.has(next);
        if (k < s + 2 || !this.isGiven(s, false) || ordinary || !this.standsAlone(s + 1) || !this.titleCasePara(tokens[s]!.para)) return;
        runEnd = s + 1;
        break;
      }
    // trailing dates, initials and letters of an office are not part of a name: "Nathan Willis March", "Peter J",
    // "Alan Furlong MP"
    // (a weekday the article makes a surname, speaking alone after a quotation, stays: "Chief Leo Friday", then "“…,” Friday said")
    while (
      runEnd > s &&
      (POST_NOMINAL.test(tokens[runEnd]!.raw) ||
        (DAYS_MONTHS.has(tokens[runEnd]!.lower) &&
          (/^[0-9]/.test(tokens[runEnd + 1]?.raw ?? '') ||
            (WEEKDAY.test(tokens[runEnd]!.lower) && !(runEnd === s + 1 && this.weekdaySurname(runEnd))))) ||
        tokens[runEnd]!.raw.length === 1)
    )
      runEnd--;
    if (s > runEnd) return;
    // a day is no one's, nor a place's named after a person: "Election Day", "Super Tuesday" (not "Doris Day": a given name)
    if (runEnd > s && tokens[runEnd]!.lower === 'day' && !this.isGiven(s)) return;
    // a given name and surname before a place: "Ana Vale South Dakota victory party", "Ana Vale Texas office"
    if (this.isGiven(s))
      for (let k = s + 2; k <= runEnd; k++)
        if ((COMPASS.test(tokens[k]!.lower) && k < runEnd) || COUNTRIES.has(tokens[k]!.lower)) {
          runEnd = k - 1;
          break;
        }
    this.considerPerson(runStart, runEnd, s, heads, gender, titled, honorific);
  }

  /**
   * Whether the words from `s` to before `end` are a title's field, no name: each capitalised, an adjective by its ending
   * ("Medical", "Financial", "Executive", "Electoral", "Operating", "Information") or a word the article writes in lower
   * case, and none a given name ("Dr. Amal King" is a person).
   */
  private titleRest(s: number, end: number): boolean {
    const { tokens, lowerSeen } = this.ctx;
    for (let k = s; k < end; k++) {
      const t = tokens[k]!;
      if (!t.word || t.cap !== 1 || this.isGiven(k)) return false;
      if (!/[a-z](al|ive|ic|ing|ion|ary|ory)$/.test(t.lower) && !lowerSeen.has(t.lower)) return false;
    }
    return true;
  }

  /**
   * consider(), last part: the name from `s` to `runEnd` after the titles (`heads`, their `gender`; `titled`, `honorific`
   * whether a title or an honorific was among them), registered when the article shows it a person's.
   */
  private considerPerson(
    runStart: number,
    runEnd: number,
    s: number,
    heads: string[],
    gender: Gender,
    titled: boolean,
    honorific: boolean,
  ): void {
    const { tokens } = this.ctx;
    const last = tokens[runEnd]!;
    if (last.raw.length === 1) return;
    if (!titled && this.pairing(s, runEnd)) return;
    // name words: a hyphenated surname counts once, particles not at all ("Pieter van der Berg": two)
    let words = 0;
    for (let k = s; k <= runEnd; k++) if (isNameWord(tokens[k]) && !isHyphenJoin(tokens, k - 1)) words++;
    // a sports team, the text showing it one: "The Northfield Oilers fired coach …", "Eastbay United sacked …"
    if (!titled && this.teamName(s, runEnd)) {
      this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // a surname that is also a word ("Jean Young", "Ellen Rose") only after a known first name or a title, or after
    // another name word with a role in apposition, a lower-case role before it or a he or she right after it:
    // "Grant Young, another strategist, said", "council president Marty Small said" (not "Judicial Watch said": an
    // organisation speaks too)
    this.runStart = runStart;
    // (a hyphenated surname met before with a first name: "Ross-Young said" after "Anne Ross-Young")
    const surname = runEnd === s + 2 && isHyphenJoin(tokens, s + 1) ? ' ' + this.ctx.text.slice(tokens[s]!.start, last.end) : null;
    const met = surname !== null && this.metEndingWith(surname, s);
    if (
      COMMON_WORDS.has(last.lower) &&
      !met &&
      (words < 2 ||
        this.ctx.initial[runEnd] === 1 ||
        (!titled &&
          !this.isGiven(s) &&
          // (a given name that is also a word, shown a person's: "Faith Young, a member …, said")
          !(this.wordGiven(s) && this.monthGiven(s, runEnd, runStart)) &&
          !(
            words === 2 &&
            !COMMON_WORDS.has(tokens[s]!.lower) &&
            !isOrdinaryCapital(this.ctx, s) &&
            (this.apposition(runEnd, true) || this.pronounSoon(runEnd, true) !== null || this.roleBefore(runStart))
          )))
    ) {
      // (an organisation speaks too: "Tenant Watch said that …", two words or more, no first name, a verb of saying next)
      if (words >= 2 && s === runStart && !titled && !this.isGiven(s) && this.ctx.initial[runEnd] !== 1 && this.speechNext(runEnd))
        this.found(s, runEnd, null, [], 'organization');
      return;
    }
    if (
      DAYS_MONTHS.has(tokens[s]!.lower) &&
      !(words === 1 && (honorific || (titled && this.weekdaySurname(s)))) &&
      !this.monthGiven(s, runEnd, runStart) &&
      !monthAbbreviationGiven(tokens, s) &&
      !(s === runEnd && monthOrWordGivenOfKin(tokens, s))
    )
      return;
    // a role right before the run: "spokeswoman Hope Hicks", "chief executive Jane Doe", "Sen. Patty Murray"
    // (in its paragraph: a headline's last word is none, "New investor / Northvolt Canada Energy said …")
    let before = tokens[runStart - 1]?.para === tokens[runStart]!.para ? tokens[runStart - 1] : undefined;
    if (before && before.raw === '.') {
      // an abbreviated title: "Sen. Patty Murray", "Supt. Mark Hodgins" (not the end of a sentence)
      const abbr = tokens[runStart - 2];
      before =
        abbr?.word && abbr.end === before.start && abbr.raw.length <= 5 && (ABBREVIATIONS.has(abbr.lower) || HONORIFICS.test(abbr.lower))
          ? abbr
          : undefined;
    }
    // (a body's noun in lower case right before the run, no title inside it, names what the run is: "advocacy group Long
    // COVID Canada said", the group, not a person "COVID Canada")
    const bodyBefore = !titled && !!before?.word && before.cap === 0 && ORG_HEADS.has(before.lower);
    if (before && before.word && (TITLES.has(before.lower) || (before.cap === 0 && SPEAKER_NOUNS.has(before.lower)))) {
      titled = true;
      heads.push(before.lower);
      honorific = honorific || HONORIFICS.test(before.lower);
      if (FEMALE_NOUNS.has(before.lower)) gender = 'female';
      else if (MALE_NOUNS.has(before.lower)) gender = gender ?? 'male';
      gender = HONORIFIC_GENDER.get(before.lower) ?? gender;
    }
    // a run closed by a country's or province's name is an organisation's name: "Statistics Canada", "Air Canada"
    // (registered as one, so that its ordinary words stay in it: "Ocean Watch Canada said", not "Canada")
    if (words > 1 && COUNTRIES.has(last.lower)) {
      if ((!titled || bodyBefore) && !this.startAt.has(s)) this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // one closed by a party or nationality is a description, unless a given name opens it: "the Wisconsin Republican
    // says", "the South Carolina Democrat" (not "Mark Cuban"); one closed by an abbreviated title is the title of the
    // name after it: "Former Arkansas Gov. Mike Huckabee"
    if (runEnd > s && DEMONYMS.has(last.lower) && /(an|ese|i|democrat)$/.test(last.lower) && !this.isGiven(s)) return;
    // and one closed by a noun of the land, with no given name of the short lists or title before it, is a place's:
    // "Capitol Hill", "Rust Belt", "the Middle East", "Pearl Harbor" (not "Lauryn Hill": a surname too, after any given name)
    if (runEnd > s && !titled && PLACE_ENDS.test(last.lower) && !this.isGiven(s, false) && (last.lower !== 'hill' || !this.isGiven(s))) {
      // (registered, as the place where a speaker is, only right after a preposition: "an official on Parliament Hill
      // said", not "Ohio, Rust Belt states that …", where "they" could take it)
      const where = /^(in|on|at|near|from)$/.test(tokens[s - 1]?.lower ?? '');
      if (s === runStart && where) this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // and one closed by a role no surname is: "the Hewlett-Packard CEO", "a Vale Industries spokesman"
    if (runEnd > s && ROLE_LAST.test(last.lower) && !this.isGiven(s)) return;
    // and one closed by a party or nationality in the plural is a group: "Senate Republicans", "Log Cabin Republicans"
    if (runEnd > s && pluralIn(last.lower, DEMONYMS)) return;
    if (runEnd > s && tokens[runEnd + 1]?.raw === '.' && TITLE_ABBREVIATION_HEADS.has(last.lower)) return;
    // (or its dot left out, as headlines write it: "Alberta Gov says budget will balance"; not a word that is a surname too,
    // "Mary Justice")
    // (nor after a given name of the lists or one word after a role, nor as the second part of a hyphenated surname:
    // "Priya Sen said", "economist Amartya Sen said", "Ou Virak-Sen")
    if (
      runEnd > s &&
      TITLE_ABBREVIATION_HEADS.has(last.lower) &&
      last.lower !== 'justice' &&
      last.raw.length <= 5 &&
      !isHyphenJoin(tokens, runEnd - 1) &&
      !(runEnd - 1 === s && (this.isGiven(s) || titled))
    )
      return;
    // and one closed by a point of the compass after a word of places is a street's: "Main Street East", "King Road West"
    if (COMPASS.test(last.lower) && runEnd > s && ORG_SUFFIXES.has(tokens[runEnd - 1]!.lower)) return;
    // a surname that also ends names of places and organisations ("Jenna Park", "Ellen House") after a person's role
    // (not a department's: "Health Sciences Centre"), or after a
    // known first name when a verb of speech or an apposition comes with it, or the surname alone speaks elsewhere ("Helen
    // Park …", later "Park said"); otherwise it is the place: "Stanley Park", "Queen Elizabeth Park"
    this.runStart = runStart;
    // (one closed by a word only organisations' names end with is one: "Freedom Partners said", "the Daily Caller")
    // (nor a title's: "General Dynamics said" is the company, not a general named Dynamics)
    const titleOnly = s === runEnd && s > runStart && tokens.slice(runStart, s).every((t) => TITLES.has(withoutFinalDot(t.lower)));
    if (orgNameEnd(last.lower) && (words > 1 || titleOnly)) {
      // (not when its own "of" goes on: "the Lorne Chamber of Commerce" is registered whole, with "Commerce")
      // (a day or a month after "on" is the date, no part of the name: "Halvorsen Systems on Tuesday unveiled …")
      const goesOn =
        /^(of|for|on)$/.test(tokens[runEnd + 1]?.raw ?? '') &&
        (tokens[runEnd + 2]?.cap ?? 0) > 0 &&
        !(DAYS_MONTHS.has(tokens[runEnd + 2]!.lower) && !monthAbbreviationGiven(tokens, runEnd + 2));
      if ((s === runStart || titleOnly) && !goesOn) this.found(runStart, runEnd, null, [], 'organization');
      return;
    }
    // (not a hyphenated surname met before with a first name: "Okonkwo-Park said" after "Mei-Lin Okonkwo-Park")
    // (a company's legal suffix ends no person's name, whatever word is before it: "Marlow Ltd said")
    // (a middle initial counts as no word there: "Michael J. Fox said" is a person's name of two words)
    let initials = 0;
    for (let k = s + 1; k < runEnd; k++) if (initialAt(tokens, k)) initials++;
    if (
      ORG_SUFFIXES.has(last.lower) &&
      !met &&
      !(
        words - initials === 2 &&
        !legalSuffixAt(tokens, runEnd) &&
        ((heads.some((h) => SPEAKER_NOUNS.has(h) || HONORIFICS.test(h)) && !heads.some((h) => ROYALTY.test(h))) ||
          // (or a double-barrelled surname, whose second half is such a word, after a name word of no list: "Liling
          // Dhaliwal-Park, a mother of two, said", not a place's, nor a paper's after "the": "the Chicago Sun-Times reported")
          ((this.isGiven(s) || (isHyphenJoin(tokens, runEnd - 1) && tokens[runStart - 1]?.lower !== 'the')) &&
            (this.speechNext(runEnd) || this.speechBefore(runStart) || this.apposition(runEnd) || this.likely.has(last.key))))
      )
    ) {
      // (a person's name with a middle initial before the word of an institution named after someone is that
      // institution, whole: "The Annie E. Casey Foundation said", not "Casey Foundation"; not a place's word, a surname
      // as often: "Mary Ann K. Park said", nor the second of two names joined: "the John D. and Catherine T. MacArthur
      // Foundation", which the short form names)
      if (
        initials > 0 &&
        NAMESAKE_HEADS.test(last.lower) &&
        !/^(and|&)$/.test(tokens[s - 1]?.lower ?? '') &&
        (s === runStart || (s === runStart + 1 && tokens[runStart]!.lower === 'the')) &&
        words - initials >= 3 &&
        !this.startAt.has(s)
      )
        this.found(s, runEnd, null, [], 'organization');
      return;
    }
    // a surname whose particle opens the sentence with a capital, the person named in full before: "Van der Linden
    // appeared …" after "Greta Van der Linden", "De Souza said" after "Ana De Souza"
    // (or a surname of two or three words, opened by a word that is no given name, that ends the name of a person introduced
    // in full before: "Strong Eagle did not concede" after "Grace Strong Eagle", "Little Wolf thanked …" after "Harvey
    // Little Wolf")
    if (this.openingParticle(runStart, runEnd) || this.knownLongTail(runStart, runEnd)) {
      this.found(runStart, runEnd, null, [], 'person');
      return;
    }
    if (words === 1) {
      const known = this.surnameOf(runEnd);
      if (known !== undefined) {
        // (a courtesy title in the run, its dot left out as British outlets write it, picks by its gender as "Ms." does:
        // "Ms Hadley" after "Karim Hadley" and "His daughter, Salma Hadley")
        const mr =
          s > runStart && /^(mr|mrs|ms|miss)$/.test(tokens[s - 1]!.lower) ? (HONORIFIC_GENDER.get(tokens[s - 1]!.lower) ?? null) : null;
        this.found(
          s === runStart ? this.withParticles(s) : this.openingParticle(runStart, runEnd) ? runStart : s,
          runEnd,
          gender,
          heads,
          'person',
          mr,
        );
        return;
      }
      // a single word is a name only after an honorific: "Mr. Smith", "Chief Lonechild", or a known first name in
      // apposition to a relative: "her husband, Luis,"
      const givenAs = s === runStart ? nameGivenAs(tokens, s) : undefined;
      if (honorific) this.found(s, runEnd, gender, heads, 'person');
      // (or a first name of the short lists in apposition to a person's description or age, mid-sentence: "Among them was
      // Teresa, a 52-year-old support worker who …", "… said Maria, 34, a cleaner")
      // (a name of the long lists too, not a word the article writes in lower case: "Marisol, a 47-year-old cleaner",
      // with the gender a pronoun ahead gives when the lists give none)
      // (the article writes that first name before a surname too: the full name is the person, "his two sons, Lachlan,
      // 44, and James, 43," and a later "James Murdoch" one man)
      // (opening its sentence too, with an age set off after it: "Aiko, 17, is the eldest.")
      // (or after an ordinary word that opens the sentence: "For Olena, whose son was captured in April, …")
      else if (
        ((s === runStart &&
          (this.ctx.initial[s] !== 1 ||
            (tokens[runEnd + 1]?.raw === ',' && /^[0-9]{1,3}$/.test(tokens[runEnd + 2]?.raw ?? '') && tokens[runEnd + 3]?.raw === ','))) ||
          (s === runStart + 1 &&
            this.ctx.initial[runStart] === 1 &&
            COMMON_WORDS.has(tokens[runStart]!.lower) &&
            this.ctx.initial[s] !== 1)) &&
        this.loneGiven(s) &&
        this.loneApposition(runEnd)
      ) {
        const g = this.given(s, false) ?? genderOfFirstName(tokens[s]!.raw, this.ctx.lowerSeen) ?? this.genderAhead(runEnd);
        const full = this.withSurname(s);
        if (full < s) this.found(s, runEnd, g, [], 'person');
        else this.registerAs(s, this.nameFrom(full), g);
      }
      // (or after "her first name": "a retired teacher who would only give her first name, Ruth, said")
      else if (s === runStart && firstNameApposition(tokens, s))
        this.found(s, runEnd, tokens[s - 4]!.lower === 'her' ? 'female' : tokens[s - 4]!.lower === 'his' ? 'male' : null, [], 'person');
      // (or the name someone gave: "a 29-year-old from Kandahar who gave his name as Ahmad said", "who identified herself
      // only as Dana")
      else if (s === runStart && givenAs !== undefined) this.found(s, runEnd, givenAs, [], 'person');
      // (or an ordinary person's: "Another neighbour, Simone, said …")
      else if (s === runStart && !COMMON_WORDS.has(tokens[s]!.lower) && layPersonApposition(tokens, s, this.opensSentence))
        this.found(s, runEnd, this.given(s), [], 'person');
      // (or the subject of a verb of meeting or saying whom the article names later with an honorific or a first name:
      // "Sanders met Mr. Trump on Monday. … Mr. Sanders said", opening the article before any full name)
      else if (s === runStart && this.laterNamedSubject(s)) this.found(s, runEnd, gender, heads, 'person');
      // (a first name no list knows, too, written in mid-sentence: "Wilma Dekker and her husband, Pieter, had …", with
      // the gender the relative gives)
      // (or with no comma, the relative's noun right before it: "Her son Mateo has been asking …")
      else if (
        s === runStart &&
        (familyApposition(tokens, s) || kinBefore(tokens, s)) &&
        (this.isGiven(s) ||
          (this.ctx.initial[s] !== 1 && tokens[s]!.cap === 1 && !COMMON_WORDS.has(tokens[s]!.lower)) ||
          monthOrWordGivenOfKin(tokens, s))
      ) {
        const g = this.given(s) ?? relativeGender(tokens[familyApposition(tokens, s) ? s - 2 : s - 1]!.lower);
        // (the article writes that first name before a surname too: the full name is the person, "his sister, Emma," and
        // a later "Emma Doyle" one woman; an earlier full name is found by its first name)
        const full = this.withSurname(s);
        if (full < s) this.found(s, runEnd, g, [], 'person');
        else this.registerAs(s, this.nameFrom(full), g);
      }
      return;
    }
    // (a nickname in quotation marks is no more of the name: 'Maria Cristina “Tina” Dela Cruz' has four)
    if (words > 4 && words - this.quotedWords(s, runEnd) > 4) return;
    // the first name may follow words of a title the run still holds: "Harbour Master Tom Lund"
    let [firstGender, firstGiven] = this.leadGiven(s, runEnd);
    if (!firstGiven && this.monthGiven(s, runEnd, runStart)) {
      firstGender = DATE_OR_MODAL_GIVEN.get(tokens[s]!.lower) ?? wordGivenGender(tokens[s]!.raw);
      firstGiven = true;
    }
    this.runStart = runStart;
    // a run after a preposition and "the" with no title or known first name is a place, even with a verb of saying or a
    // "she" right after it: "Gurpreet Dhillon, who grows berries near the Vedder Canal, said she …"
    if (!titled && !firstGiven && s === runStart && this.placeAfterPreposition()) return;
    // and one right after "in", unless a given name of the short lists opens it, it owns something or its last word
    // stands alone elsewhere, as surnames do: "a rally in Port Vale" (not "a shift in Ana Vale's stance", nor "faith in
    // Corin Lisk … Lisk said")
    if (
      !titled &&
      s === runStart &&
      tokens[s - 1]?.lower === 'in' &&
      !this.isGiven(s, false) &&
      tokens[runEnd + 1]?.key !== "'s" &&
      !this.likely.has(last.key) &&
      !this.standsAlone(runEnd)
    ) {
      // (the same name taken for a person before, on weaker evidence, is this place: "a Port Vale rally for his campaign")
      const name = withoutInvisible(this.ctx.text.slice(tokens[s]!.start, last.end)).toLowerCase();
      for (const p of this.people) if (p.type === 'person' && p.name.toLowerCase() === name) p.type = 'organization';
      this.found(s, runEnd, null, [], 'organization');
      return;
    }
    const pronoun = this.pronounSoon(runEnd);
    const evidence =
      titled ||
      firstGiven ||
      // (a family name then a romanised given name of two syllables, the shape itself a person's: "ordered Park Jae-won, the
      // 52-year-old heir, to pay …")
      (runEnd === s + 3 && romanisedGiven(tokens, s + 1)) ||
      (this.pronounSoon(runEnd, true) !== null && this.unlikeWords(s, runEnd)) ||
      (this.likely.has(last.key) && !this.organisationPair(s, runEnd)) ||
      this.listed.has(runEnd - 1) ||
      this.speechNext(runEnd) ||
      this.speechBefore(runStart) ||
      this.apposition(runEnd) ||
      this.agentBefore(runStart) ||
      this.agentApposition(runEnd) ||
      // (a Chinese name written family name first whose given name is on the lists too, which pinyinFamilyFirst leaves,
      // as the subject of a verb of saying after its own clause and "and": "Zhou Dequan thanked Mrs Ellen Hart and added
      // that …"; not "Hong Kong", whose second word is one syllable)
      (words === 2 && s === runStart && pinyinName(tokens[s]!.lower, last.lower) && this.saysAfterAnd(runEnd));
    // "Mara Delgado is one of the few pilots left. “…,” she said.": a sentence that opens with the name and "is",
    // and a he or she who speaks next, before another name ("Northwind Telecom cut jobs. “…,” she said." is no person)
    // (or a verb of what a person does, in the third person, after a name of two words that are no words of the
    // article's, no organisation's and no place's: "Zorvan Keddle runs the depot. “…,” he said."; not "Northwind Telecom
    // runs the network", nor a place's verb: "Kuala Lumpur hosts the summit. “…,” he said" is someone named before)
    const verb = tokens[runEnd + 1];
    const third =
      !!verb?.word &&
      verb.cap === 0 &&
      (PERSON_WORK_VERBS.has(verb.lower) || /^(farms|lives|works)$/.test(verb.lower)) &&
      words === 2 &&
      s === runStart &&
      this.unlikeWords(s, runEnd) &&
      !this.organisationPair(s, runEnd);
    const speaks =
      evidence || this.ctx.initial[s] !== 1 || !(/^(is|was)$/.test(verb?.lower ?? '') || third)
        ? null
        : this.pronounSpeaksAhead(runEnd, /^(is|was)$/.test(verb?.lower ?? '') ? undefined : s);
    if (!evidence && !speaks) return;
    // (a relative's noun before a full name gives its gender, over the lists: "His daughter, Salma al-Nouri, lives …")
    const kin = s === runStart && familyApposition(tokens, s, true) ? relativeGender(tokens[s - 2]!.lower) : null;
    this.found(s, runEnd, gender ?? kin ?? firstGender ?? pronoun ?? speaks ?? this.genderAhead(runEnd), heads, 'person');
    if (s === runStart && words === 2 && firstGiven && this.isGiven(s)) this.partner(s, runEnd);
  }

  /**
   * The first person of a couple named with one surname: "Margaret" in "Margaret and Alan Pritchard" (a known first name
   * alone before "and" and the full name starting at `s`), registered as "Margaret Pritchard", so that "Mrs. Pritchard"
   * and "Margaret said" find her.
   */
  private partner(s: number, runEnd: number): void {
    const { tokens, text } = this.ctx;
    const k = s - 2;
    const f = tokens[k];
    const before = tokens[k - 1];
    if (tokens[s - 1]?.lower !== 'and' || !f?.word || f.cap !== 1 || !this.isGiven(k)) return;
    // (after a name word, not an ordinary word opening the sentence: "When Lucia and Marta Ferraro opened …")
    if (
      COUNTRIES.has(f.lower) ||
      this.startAt.has(k) ||
      this.endAt.has(k) ||
      (before?.word && before.cap > 0 && !isOrdinaryCapital(this.ctx, k - 1))
    )
      return;
    const surname = withoutInvisible(text.slice(tokens[s + 1]!.start, tokens[runEnd]!.end));
    this.registerAs(k, { name: `${f.raw} ${surname}`, surname: tokens[runEnd]!.key }, this.given(k));
  }

  /** Registers the first name alone at `k` as a person known by a full name written elsewhere, so that it finds them. */
  private registerAs(k: number, full: { name: string; surname: string }, gender: Gender): void {
    const idx = this.people.length;
    this.people.push({ ...full, gender, type: 'person', heads: new Set(), mentions: [{ first: k, last: k }] });
    this.startAt.set(k, idx);
    this.endAt.set(k, idx);
    const key = this.ctx.tokens[k]!.key;
    const had = this.byFirst.get(key);
    this.byFirst.set(key, had === undefined ? idx : -1);
  }

  /** The full name (up to three words, and its surname's key) that opens with the first name at `i`: "Tom Ebeling". */
  private nameFrom(i: number): { name: string; surname: string } {
    const { tokens, text } = this.ctx;
    let last = i + 1;
    while (last < i + 3 && isNameWord(tokens[last + 1]) && !tokens[last + 1]!.gap) last++;
    return { name: withoutInvisible(text.slice(tokens[i]!.start, tokens[last]!.end)), surname: tokens[last]!.key };
  }

  /**
   * Is the one capitalised word at `k`, no ordinary word, the subject of a verb of meeting or saying right after it, and
   * written later in the article after an honorific ("Mr. Sanders") or a known first name ("Bernie Sanders")? A surname
   * met before its full name, which surnameOf cannot find yet; only at its first mention, outside the headline.
   */
  private laterNamedSubject(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k]!;
    const verb = tokens[k + 1];
    if (t.cap !== 1 || this.ctx.quoted[k] || !verb?.word || verb.cap !== 0) return false;
    if (!(MEETING_VERBS.test(verb.lower) || (SPEECH_VERBS.has(verb.lower) && verb.lower !== 'according'))) return false;
    // (after the verb's test: most words it is asked of have none after them)
    if (isOrdinaryCapital(this.ctx, k)) return false;
    // (the word's first mention, in the body: a surname written before, "Can Dundar … Dundar said … Ana Dundar", is the
    // person met first; a headline's, "Whitcombe vows …", may be either of two Whitcombes the body names)
    if (t.para === tokens[0]!.para) return false;
    for (let i = 0; i < k; i++) if (tokens[i]!.key === t.key) return false;
    for (let i = k + 2; i < tokens.length; i++) {
      if (tokens[i]!.key !== t.key || this.ctx.quoted[i]) continue;
      const b = tokens[i - 1]!;
      const title = b.raw === '.' ? tokens[i - 2] : b;
      if (title?.word && HONORIFICS.test(title.lower) && (b.raw !== '.' || title.end === b.start)) return true;
      if (b.word && b.cap > 0 && this.isGiven(i - 1) && !this.ctx.initial[i]) return true;
    }
    return false;
  }

  /**
   * Where the article writes the first name at `k` elsewhere before a surname ("Tom" and "Tom Ebeling"): the first such
   * place, or -1.
   */
  private withSurname(k: number): number {
    const { tokens } = this.ctx;
    const key = tokens[k]!.key;
    for (let i = 0; i < tokens.length - 1; i++)
      if (i !== k && tokens[i]!.key === key && isNameWord(tokens[i + 1]) && !tokens[i + 1]!.gap) return i;
    return -1;
  }

  /**
   * Whether the run opens the sentence with a particle written with a capital, then lower-case particles, then the
   * surname of a person introduced before whose name ends so: "Van der Linden" after "Greta Van der Linden".
   */
  private openingParticle(runStart: number, runEnd: number): boolean {
    const { tokens, text } = this.ctx;
    const t = tokens[runStart]!;
    if (t.cap !== 1 || !NAME_PARTICLES.has(t.lower) || this.ctx.initial[runStart] !== 1 || runEnd - runStart > 3) return false;
    if (runEnd > runStart + 1 && particlesBefore(tokens, runStart + 1) !== runEnd - runStart - 1) return false;
    const idx = this.surnameOf(runEnd);
    if (idx === undefined) return false;
    const written = text.slice(t.start, tokens[runEnd]!.end).toLowerCase();
    const name = this.people[idx]!.name.toLowerCase();
    return name.endsWith(' ' + written) && name.length > written.length + 1;
  }

  /**
   * Whether the run, two or three capitalised words opened by no given name or title, is how the name of a person
   * introduced before in full ends, a surname of several words: "Strong Eagle" after "Grace Strong Eagle", wherever the
   * run stands ("Strong Eagle did not concede", "Later, Strong Eagle said"; no test that it opens the sentence).
   */
  private knownLongTail(runStart: number, runEnd: number): boolean {
    const { tokens, text } = this.ctx;
    if (runEnd === runStart || runEnd - runStart > 2 || this.isGiven(runStart) || TITLES.has(tokens[runStart]!.lower)) return false;
    for (let k = runStart; k <= runEnd; k++) if (!tokens[k]!.word || tokens[k]!.cap !== 1 || (k > runStart && tokens[k]!.gap)) return false;
    const idx = this.surnameOf(runEnd);
    if (idx === undefined || this.people[idx]!.type !== 'person') return false;
    const written = text.slice(tokens[runStart]!.start, tokens[runEnd]!.end);
    const name = this.people[idx]!.name;
    // (the full name is the longer: endsOther tests either way round)
    return name.length > written.length && endsOther(written, name, this.ctx.lowerSeen);
  }

  /** The first token of a surname with the particles written before it: "de la" in "said de la Cruz". */
  private withParticles(k: number): number {
    const { tokens } = this.ctx;
    let f = k;
    // (one token back at a time; a hyphened article is two: "al-")
    for (let d = 1; d <= 4 && k - d >= 0 && !tokens[k - d + 1]!.gap; d++) if (particlesBefore(tokens, k - d) === d) f = k - d;
    return f;
  }

  /**
   * "Forrest Jones made a discovery when he was ...": a personal pronoun soon after, in the same sentence. A "him" or
   * "her" the verb takes as its object is someone else and gives no gender (and ends the search), but with `objects` it
   * is still a pronoun: a person's verb, evidence of a person ("Okwy Delacroix thanked him and said …").
   */
  private pronounSoon(k: number, objects = false): Gender {
    const { tokens } = this.ctx;
    for (let i = k + 1; i < Math.min(tokens.length, k + 10); i++) {
      const t = tokens[i]!;
      if (t.para !== tokens[k]!.para || (!t.word && /[.!?;“"]/.test(t.raw))) return null;
      if (!t.word) continue;
      if (t.cap > 0 && i > k + 1) return null; // another name intervenes
      // (not one the verb takes as its object, someone else: "Declan Fogarty described her as a formidable opponent")
      if (!objects && personObjectAt(tokens, i)) return null;
      if (t.lower === 'he' || t.lower === 'his' || t.lower === 'him') return 'male';
      if (t.lower === 'she' || t.lower === 'her') return 'female';
    }
    return null;
  }

  /**
   * Whether the run `s`..`e` names a sports team: capitalised words closing on a plural ("Northfield Oilers", "Toronto
   * Blue Jays") or on "United" or "FC" ("Eastbay United"), with no known first name, role or title before it, no he
   * or she after it, and the text showing a team: a verb a team does right after ("fired", "signed", "traded",
   * "beat") or "the team", "the club", "the franchise" soon after it (not "Tom Rivers", "coach Ada Brooks").
   */
  private teamName(s: number, e: number): boolean {
    const { tokens, quoted } = this.ctx;
    const last = tokens[e]!;
    if (e <= s || quoted[s] || last.cap !== (last.lower === 'fc' ? 2 : 1)) return false;
    if (last.lower !== 'united' && last.lower !== 'fc' && !(/[^su'’]s$/.test(last.lower) && !/ss$/.test(last.lower) && last.raw.length > 3))
      return false;
    // an article before it and a player's noun after it: "The Moose Jaw Steelheads defenceman did not hesitate", "a
    // Calgary Flames winger" (whatever "he" or "his" follows, which is the player's; a first name may open it: "the
    // Brandon Harriers centre")
    const noun = tokens[e + 1];
    const titled = tokens.slice(s, e + 1).some((t) => !t.word || TITLES.has(t.lower));
    if (
      /^(the|a|an)$/.test(tokens[s - 1]?.lower ?? '') &&
      tokens[s - 1]!.para === last.para &&
      !titled &&
      noun?.word &&
      noun.cap === 0 &&
      (POSITIONS.test(noun.lower) || /^(captain|prospect|coach|player|forward|netminder|rookie|draftee)$/.test(noun.lower))
    )
      return true;
    for (let k = s; k <= e; k++) if (!tokens[k]!.word || TITLES.has(tokens[k]!.lower) || this.isGiven(k)) return false;
    // (the word before it in its paragraph: not a headline's last word)
    const before = tokens[s - 1]?.para === last.para ? tokens[s - 1] : undefined;
    if (before?.word && (TITLES.has(before.lower) || SPEAKER_NOUNS.has(before.lower) || agentNoun(before))) return false;
    // (nor one whose last word speaks alone elsewhere: "Dario Halls signed … “…,” Halls said")
    if (this.pronounSoon(e, true) !== null || this.apposition(e, true) || this.likely.has(last.key)) return false;
    if (
      /^(fired|sacked|signed|traded|beat|lost|defeated|hired|dismissed|waived|released|drafted|acquired)$/.test(tokens[e + 1]?.lower ?? '')
    )
      return true;
    // "the team said" soon after, before any he or she (but for one after a person named by a known first name since:
    // "Toronto Blue Jays right-hander Devin Page will miss … with a strain in his elbow, the team said")
    let person = false;
    for (let k = e + 1; k < Math.min(tokens.length, e + 80) && tokens[k]!.para <= last.para + 1; k++) {
      const t = tokens[k]!;
      if (!t.word || quoted[k]) continue;
      // (by its length first: the window is read word by word, and most words are longer than any of these)
      if (!person && t.lower.length <= 3 && /^(he|she|his|her|him)$/.test(t.lower)) return false;
      if (t.cap === 1 && tokens[k + 1]?.cap === 1 && tokens[k + 1]!.word && this.isGiven(k)) person = true;
      if (t.lower !== 'the') continue;
      // (past the league it plays in: "the CFL club", "the Major League Soccer club")
      let h = k + 1;
      while (h < k + 4 && tokens[h]?.word && tokens[h]!.cap > 0 && tokens[h + 1]?.word) h++;
      if (/^(team|club|franchise)$/.test(tokens[h]?.lower ?? '') && tokens[h]!.word) return true;
    }
    return false;
  }

  /**
   * Whether the run ending at k is the subject of a verb of saying coordinated after a clause of its own: a verb in
   * lower case right after it, then its object, up to twelve words with no punctuation but an abbreviation's point, no
   * quotation and no clause's word, then "and" and the verb of saying ("thanked Mrs Ellen Hart and added that …"; not "…
   * and she said", "… and Tom Berg said").
   */
  private saysAfterAnd(k: number): boolean {
    const { tokens, quoted } = this.ctx;
    // (words that open a clause of its own inside the verb's object, or another subject)
    const clauseWord =
      /^(that|which|who|whom|whose|when|where|while|because|if|although|though|whereas|but|or|nor|he|she|they|we|it|i|you|said|says|told)$/;
    const verb = tokens[k + 1];
    if (!verb?.word || verb.cap !== 0 || !(pastTense(verb.lower) || /[^s]s$/.test(verb.lower)) || SPEECH_VERBS.has(verb.lower))
      return false;
    for (let m = k + 2; m < tokens.length && m - k <= 14; m++) {
      const t = tokens[m]!;
      if (quoted[m]) return false;
      if (!t.word) {
        if (t.raw === '.' && ABBREVIATIONS.has(tokens[m - 1]?.lower ?? '') && tokens[m - 1]!.end === t.start) continue;
        return false;
      }
      if (t.lower === 'and') {
        const v = tokens[m + 1] && VERB_ADVERBS.test(tokens[m + 1]!.lower) ? tokens[m + 2] : tokens[m + 1];
        return !!v?.word && v.cap === 0 && SPEECH_VERBS.has(v.lower) && v.lower !== 'according';
      }
      if (t.cap === 0 && (clauseWord.test(t.lower) || AUXILIARIES.has(t.lower))) return false;
    }
    return false;
  }

  /** "Darian Lonechild said", "Jane Doe, 45, said", "Jane Doe (pictured) said" */
  private speechNext(k: number): boolean {
    const { tokens } = this.ctx;
    let i = k + 1;
    const t = tokens[i];
    if (!t) return false;
    if (t.word && SPEECH_VERBS.has(t.lower)) return true;
    if (t.word && /^(also|later|then|has|had|was|told|who)$/.test(t.lower)) return true;
    // "Ada Berg: “…”": a name opening the sentence, a colon and a quotation (a transcript, a list of views)
    if (t.raw === ':' && /^[“"«„]$/.test(tokens[i + 1]?.raw ?? '') && this.ctx.initial[this.runStart] === 1) return true;
    if (t.raw === ',' || t.raw === '(') {
      i++;
      const a = tokens[i];
      // (an age, not a range or a time of day run on from it: 'a sign reading “Open Mon-Thu, 11-4.”')
      const run = tokens[i + 1];
      if (a && /^[0-9]+$/.test(a.raw) && !(run && run.start === a.end && /^[-–:/]$/.test(run.raw))) return true;
      if (a && a.word && a.cap === 0 && SPEECH_VERBS.has(a.lower)) return true;
      // "The minister, Pierre Lambert, ...": an apposition to a role
      const b1 = tokens[this.runStartOf(k) - 1];
      const b2 = tokens[this.runStartOf(k) - 2];
      if (t.raw === ',' && b1?.raw === ',' && b2 && b2.word && (SPEAKER_NOUNS.has(b2.lower) || TITLES.has(b2.lower))) return true;
    }
    return false;
  }

  /**
   * Whether the title word at k is a given name instead: one before a surname alone, right after a role ("senior
   * meteorologist Dean Narayan", "Councillor Dean Whitfield"; not "University Dean Ana Vale").
   */
  private givenAfterRole(k: number, runStart: number, runEnd: number): boolean {
    if (k !== runEnd - 1 || !TITLE_GIVEN.test(this.ctx.tokens[k]!.lower)) return false;
    const t = this.ctx.tokens[k - 1];
    // (a "Dean" opening a name of two words, after no word, with a surname not met before, is the man's first name:
    // "Another, Dean O'Rourke, 34, said …", "Dean Fairley said …"; a college's dean is named in full first)
    if (!t?.word || this.ctx.initial[k] === 1)
      return k === runStart && this.ctx.tokens[k]!.lower === 'dean' && this.surnameOf(runEnd) === undefined;
    // (a rank of two words stays one: "Sergeant Major Hale", "Vice Dean Hale", "Chief Marshal Hale"; a title that makes
    // no rank with the word is a role before the man's given name: "Nation Chief Dean Nelson", "Chief Major Okafor")
    if (k > runStart) return TITLES.has(withoutFinalDot(t.lower)) && !rankOfTwo(t.lower, this.ctx.tokens[k]!.lower);
    // (a noun of a role, not an adjective of one: not "former Dean Hale", "acting Dean Hale")
    if (t.cap > 0 || /^(former|ex|acting|interim|senior|junior|first|elected|late|retired|outgoing|incoming)$/.test(t.lower)) return false;
    return TITLES.has(t.lower) || (SPEAKER_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower)) || this.agentBefore(k);
  }

  /**
   * Whether token k is a role or a party written inside a capitalised run before a name: a title, a speaker's noun, a
   * noun shaped like a person's that the article also writes in lower case ("Reporter", "Anchor"; not "Dozier") or
   * that a given name follows ("Restaurateur Sofia Marchetti"),
   * or "Republican", "Democrat", "Whip"; never a given name ("Walter", "Christian"). `titled`: the word opens a title
   * with its "of" ("Supervisor of Elections", "Clerk of the House"), and a noun shaped like a person's or a trade need not be
   * written in lower case.
   */
  private roleInRun(k: number, titled = false): boolean {
    const t = this.ctx.tokens[k];
    if (!t?.word || t.cap === 0) return false;
    const lo = withoutFinalDot(t.lower);
    const role =
      TITLES.has(lo) ||
      (SPEAKER_NOUNS.has(lo) && !GROUP_NOUNS.has(lo)) ||
      (PERSON_SHAPE.test(lo) &&
        !NOT_PERSON_SHAPE.test(lo) &&
        (titled || this.ctx.lowerSeen.has(lo) || (this.ctx.tokens[k + 1]?.word === true && this.isGiven(k + 1)))) ||
      // (a trade that opens a title with its "of": "Clerk of the House of Commons Anthony Rota", "Clerk of Courts Dana Vale")
      (titled && TRADES.test(lo)) ||
      /^(democrat|republican|whip)$/.test(lo);
    // (or a trade capitalised right before a given name, as a title is, even a trade that is a given name too: "County Clerk
    // Maria Soto", "Union Steward Marta Quist")
    const trade = TRADES.test(lo) && this.ctx.tokens[k + 1]?.word === true && this.isGiven(k + 1);
    return (role || trade) && !COMMON_WORDS.has(lo) && (trade || !this.isGiven(k));
  }

  /**
   * Whether no word of the run s..e but a given name (and a surname after one) is one the article also writes in lower
   * case: a he or she soon after "Corin Lisk" says a person, not after "New Harbour" or "Black Lives Matter" (their
   * words are ordinary ones).
   */
  private unlikeWords(s: number, e: number): boolean {
    const { tokens, lowerSeen } = this.ctx;
    // (a surname that is also a word, after a given name: "Patty Judge", "Ellen Rose")
    const to = e > s && this.isGiven(s) ? e - 1 : e;
    for (let k = s; k <= to; k++) if (tokens[k]!.word && lowerSeen.has(tokens[k]!.lower) && !this.isGiven(k)) return false;
    return true;
  }

  /**
   * Whether the month's name or modal verb at s is a given name: a run of it and a surname right after a lower-case
   * role ("governor Jan Vale", "correspondent April Vale"; not "Jan. 5", "in May Vale said"); or, for a month or modal
   * the given-name lists hold, or a given name that is also a word (see wordGiven), a run of it and a surname that no
   * word of the sentence comes right before (no preposition: "In June Halloran closed …"; no number after: "May 5"),
   * shown to be a person by an apposition, an apposition and then a verb of saying, or a verb of saying next: "Will Tarrant, the county engineer, said", "May Okonkwo, a nurse, said", "June Halloran
   * said" (not a modal's question: "Will Tarrant say no?").
   */
  private monthGiven(s: number, runEnd: number, runStart: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[s]!;
    // (after "named", a surname of its own after it: "a retired teacher named June Whitlock", "named April Castellanos-Reid")
    const named = tokens[s - 1]?.word === true && tokens[s - 1]!.lower === 'named';
    if (named && s === runStart && runEnd > s && runEnd - s <= 3 && t.end < tokens[s + 1]!.start && DAYS_MONTHS.has(t.lower)) return true;
    if (s !== runStart || runEnd !== s + 1 || t.end === tokens[s + 1]!.start) return false;
    if (DAYS_MONTHS.has(t.lower) && this.roleBefore(s)) return true;
    if (!DATE_OR_MODAL_GIVEN.has(t.lower) && !this.wordGiven(s)) return false;
    const before = tokens[s - 1];
    const next = tokens[runEnd + 1];
    if ((before?.word && before.para === t.para) || /^[0-9]/.test(next?.raw ?? '')) return false;
    // (an age set off after it: "June Whitcombe, now 88, still lives …"; or a person's noun and a comma before it: "a
    // schoolteacher, June Whitcombe")
    let a = runEnd + 2;
    if (/^(now|aged)$/.test(tokens[a]?.lower ?? '')) a++;
    const aged = next?.raw === ',' && /^[0-9]{1,3}$/.test(tokens[a]?.raw ?? '') && /^[,.]$/.test(tokens[a + 1]?.raw ?? '');
    const w = tokens[s - 2];
    const noun =
      before?.raw === ',' &&
      !!w?.word &&
      w.cap === 0 &&
      w.para === t.para &&
      (SPEAKER_NOUNS.has(w.lower) || agentNoun(w)) &&
      !/s$/.test(w.lower);
    return (
      aged ||
      noun ||
      this.apposition(runEnd, true) ||
      this.agentApposition(runEnd) ||
      (!!next?.word && SAYS_NEXT.test(next.lower)) ||
      this.saidAfterApposition(runEnd)
    );
  }

  /**
   * Whether an apposition opened by "a", "an" or "the" follows the word at k, set off by commas, and a verb of saying
   * right after its closing comma: "Faith Young, a member of St. Jude's for 50 years, said …" (at most 14 tokens).
   */
  private saidAfterApposition(k: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[k + 1]?.raw !== ',' || !/^(a|an|the)$/.test(tokens[k + 2]?.lower ?? '')) return false;
    for (let i = k + 3; i < k + 17 && tokens[i]; i++) {
      const t = tokens[i]!;
      if (t.raw === ',') return !!tokens[i + 1]?.word && SAYS_NEXT.test(tokens[i + 1]!.lower);
      if (!t.word && t.key !== "'s" && !/^[-'’]$/.test(t.raw) && !/^[0-9]/.test(t.raw)) return false;
    }
    return false;
  }

  /**
   * Whether the word at s is a given name that is also a common word ("Faith", "Hope", "Grant"), whether or not the
   * article also writes it in lower case, before a surname that closes no organisation's name: monthGiven asks the same proof of a
   * person of it as of "May" ("Faith Young said", "Hope Ward, a volunteer, said", not "Grace Church said").
   */
  private wordGiven(s: number): boolean {
    const { tokens } = this.ctx;
    const next = tokens[s + 1];
    return (
      wordGivenGender(tokens[s]!.raw) !== null &&
      !!next?.word &&
      !ORG_SUFFIXES.has(next.lower) &&
      !ORG_NAME_ENDS.has(next.lower) &&
      !COUNTRIES.has(next.lower) &&
      !DEMONYMS.has(next.lower)
    );
  }

  /**
   * Whether the word at k, alone, reads as the month or modal verb it also is rather than the surname of someone met
   * before ("Will May …" then "repairs began in May", "in May 2019"): after a lower-case word other than a verb of
   * saying, or before a number.
   */
  private dateOrModal(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k]!;
    if (!DAYS_MONTHS.has(t.lower) && !AUXILIARIES.has(t.lower)) return false;
    const before = tokens[k - 1];
    return (!!before?.word && before.cap === 0 && !SPEECH_VERBS.has(before.lower)) || /^[0-9]/.test(tokens[k + 1]?.raw ?? '');
  }

  /** Whether the word at k, the last of a run, is written elsewhere as a name word without the word before it: "Lisk" alone. */
  private standsAlone(k: number): boolean {
    const { tokens } = this.ctx;
    const key = tokens[k]!.key;
    const before = tokens[k - 1]!.key;
    // (the last words of capitalised runs, one pass: an article asks this once or twice, if at all, and a map of every
    // run's last word cost more to build than the passes it saved)
    for (let i = 0; i < tokens.length; i++)
      if (this.nw[i] === 1 && this.nw[i + 1] !== 1 && i !== k && tokens[i]!.key === key && tokens[i - 1]?.key !== before) return true;
    return false;
  }

  /** isNameWord of every token, set by discover() (standsAlone, asked only during it, reads it too). */
  private nw: Uint8Array = NO_TOKENS;

  /** Two surnames of two people named before, joined by a hyphen: their ticket or pairing, "the Vale-Lisk ticket". */
  private pairing(s: number, e: number): boolean {
    const { tokens, text } = this.ctx;
    if (e !== s + 2 || !isHyphenJoin(tokens, s + 1)) return false;
    const a = this.surnameOf(s);
    const b = this.surnameOf(e);
    // (not a hyphenated name met before: "Mr. Rider-Waite" again)
    const whole = text.slice(tokens[s]!.start, tokens[e]!.end);
    // (nor the double surname of another person named before: "Deirdre Mbatha-Lowe … her husband, Tom Lowe … her father,
    // Samuel Mbatha … Mbatha-Lowe said" is Deirdre)
    return (
      a !== undefined &&
      b !== undefined &&
      a !== b &&
      !this.people.some((p) => p.type === 'person' && p.name.includes(whole) && p.mentions.some((m) => m.first < s))
    );
  }

  /** A nationality or party, or its plural: "American", "Americans". */
  private static demonym(lo: string): boolean {
    return DEMONYMS.has(lo) || pluralIn(lo, DEMONYMS);
  }

  /** Whether the run opening at `runStart` follows a preposition and "the": "near the Vedder Canal", "on the Bow River". */
  private placeAfterPreposition(): boolean {
    const { tokens } = this.ctx;
    return (
      tokens[this.runStart - 1]?.lower === 'the' &&
      /^(near|on|in|at|to|from|by|along|beside|across|outside|inside|into|off|over|under|behind|past|around|toward|towards)$/.test(
        tokens[this.runStart - 2]?.lower ?? '',
      )
    );
  }

  private runStart = 0;
  private runStartOf(_k: number): number {
    return this.runStart;
  }

  private speechBefore(k: number): boolean {
    const t = this.ctx.tokens[k - 1];
    const t2 = this.ctx.tokens[k - 2];
    if (dashAfterQuote(this.ctx.tokens, k - 1) >= 0) return true;
    if (!t || !t.word) return false;
    if (SPEECH_VERBS.has(t.lower) && t.lower !== 'according') return true;
    return t.lower === 'to' && t2?.lower === 'according';
  }

  /** A lower-case role right before token `k`: "council president Marty Small". */
  private roleBefore(k: number): boolean {
    const t = this.ctx.tokens[k - 1];
    return !!t && t.word && t.cap === 0 && (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) && !GROUP_NOUNS.has(t.lower);
  }

  /** An agent noun right before the run: "Millbrook goalkeeper Rhys Okonjo", "veteran striker Tomas Ekdahl". */
  private agentBefore(k: number): boolean {
    const { tokens } = this.ctx;
    return tokens[k - 1]?.para === tokens[k]!.para && agentNoun(tokens[k - 1]);
  }

  /**
   * An indefinite description after the run whose head is an agent noun: ", a season-ticket holder for forty years,",
   * ", a retired welder" (the head: the last word before a break).
   */
  private agentApposition(k: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[k + 1]?.raw !== ',' || !/^(a|an)$/.test(tokens[k + 2]?.lower ?? '')) return false;
    for (let i = k + 3; i < Math.min(tokens.length, k + 9); i++) {
      const t = tokens[i]!;
      if (tightHyphen(tokens, i)) continue;
      // (a capitalised word joined by a hyphen modifies: "a Washington-based developer")
      if (!t.word || (t.cap > 0 && !tightHyphen(tokens, i + 1))) return false;
      const n = tokens[i + 1];
      const ends = !n || (!n.word && !tightHyphen(tokens, i + 1)) || /^(for|of|from|at|with|who|in|on|since)$/.test(n.lower);
      if (ends) return agentNoun(t);
    }
    return false;
  }

  /** Whether the lone word at k is a given name of any list, none the article writes in lower case. */
  private loneGiven(k: number): boolean {
    const { tokens } = this.ctx;
    const raw = tokens[k]!.raw;
    // (not a place that is a given name too, after a preposition: "a truck driver from Alta, who …", "in Regina, a city …")
    const before = tokens[k - 1];
    if (PLACE_GIVEN.has(tokens[k]!.lower) || (before?.word && before.cap === 0 && PLACE_PREPOSITIONS.test(before.lower))) return false;
    return this.given(k, false) !== null || genderOfFirstName(raw, this.ctx.lowerSeen) !== null || isMoreGivenName(raw, this.ctx.lowerSeen);
  }

  /** A person's apposition after a lone first name at k: ", who …", ", 34," or a description of a person (apposition). */
  private loneApposition(k: number): boolean {
    const { tokens } = this.ctx;
    if (tokens[k + 1]?.raw !== ',') return false;
    if (/^[0-9]{1,3}$/.test(tokens[k + 2]?.raw ?? '') && /^[,.]$/.test(tokens[k + 3]?.raw ?? '')) return true;
    return this.apposition(k, true);
  }

  /** ", a spokesman for ...", ", the company's chief executive,"; with `person`, not ", a conservative group" */
  private apposition(k: number, person = false): boolean {
    const { tokens } = this.ctx;
    if (tokens[k + 1]?.raw !== ',') return false;
    const a = tokens[k + 2];
    if (!a || !a.word) return false;
    // (a person's "whose" with a relative after it: "Olena, whose son was captured")
    if (a.lower === 'who' || (person && a.lower === 'whose' && RELATIVES.test(tokens[k + 3]?.lower ?? ''))) return true;
    // a bare role of something: ", president of the Harbour Federation of Teachers,", ", spokeswoman for the ministry"
    // (or a compound role, its hyphen set tight: ", secretary-general of the party", ", vice-president of the union")
    const b = tightHyphen(tokens, k + 3) && tokens[k + 4]!.word && tokens[k + 4]!.cap === 0 ? tokens[k + 4]! : null;
    const role = b ?? a;
    if (
      a.cap === 0 &&
      (SPEAKER_NOUNS.has(a.lower) || TITLES.has(a.lower) || SPEAKER_NOUNS.has(role.lower) || TITLES.has(role.lower)) &&
      !GROUP_NOUNS.has(role.lower) &&
      !ORG_HEADS.has(role.lower) &&
      /^(of|for|at)$/.test(tokens[b ? k + 5 : k + 3]?.lower ?? '')
    )
      return true;
    if (/^(a|an|the|another)$/.test(a.lower)) {
      let joined = 0;
      for (let i = k + 3; i < Math.min(tokens.length, k + 8 + joined); i++) {
        const t = tokens[i]!;
        // (a hyphened modifier goes on: ", the globe-trotting secretary general", ", a 52-year-old support worker")
        if (tightHyphen(tokens, i)) joined += 2;
        else if (!t.word && !(/^[0-9]{1,3}$/.test(t.raw) && tightHyphen(tokens, i + 1))) break;
        if (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) return !person || !(GROUP_NOUNS.has(t.lower) || ORG_HEADS.has(t.lower));
      }
    }
    return false;
  }
}
