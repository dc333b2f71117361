/**
 * Who a construction's subject refers to: a name is its entity or person; a pronoun, a role noun or an
 * unnamed description ("the spokesman", "a senior official") is resolved in text order against the
 * speakers met so far (the history) and the people mentioned before it. Resolution reads the Doc and
 * never adds people to it: names the discovery missed are registered when the constructions are found
 * (attribution.ts, registerNewNames).
 */
import { BOTH_GIVEN } from '../given-names';
import { KIND_ROLE, linkLine } from '../matcher';
import type { Gender, UnknownPerson } from '../names';
import type { Span } from '../types';
import {
  CHARGED,
  type Construction,
  frontedComparisonAt,
  nameListAfter,
  addedPronoun,
  AGREEING,
  ownSubject,
  pastDateline,
  pluralSpeakerNoun,
  QUANTIFIER_PRONOUNS,
  SIGN_NOUNS,
  type Subject,
  subjectSpan,
} from '../attribution';
import {
  type Description,
  type Doc,
  entityKey,
  keyGender,
  keyHeads,
  keyId as newKeyId,
  keyName,
  keyType,
  personKey,
  type SpeakerKey,
} from '../doc';
import {
  ABBREVIATIONS,
  AUXILIARIES,
  BODY_WORDS,
  COMMON_WORDS,
  COUNTRIES,
  stateWritten,
  US_STATES,
  DAYS_MONTHS,
  DEMONYMS,
  MALAY_TITLE_HEADS,
  NATIONALITY_NOUNS,
  nationOf,
  HOLIDAYS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_NOUNS,
  GROUP_NOUNS,
  IRREGULAR_PAST,
  pastTense,
  MALE_NOUNS,
  NAME_PARTICLES,
  GENERIC_HEADS,
  NP_BREAK,
  OPENING_ADVERBS,
  OPENING_CLAUSE,
  VERB_ADVERBS,
  ORG_HEADS,
  ORG_NAME_ENDS,
  TRADE_GERUNDS,
  TRADE_NOUNS,
  ORG_SUFFIXES,
  PERSON_OBJECT_VERBS,
  PRONOUNS,
  REPORTING_VERBS,
  SIDE_NOUNS,
  SPEECH_VERBS,
  BARE_CLAUSE_VERBS,
  SPEAKER_NOUNS,
  THEY_BODY_HEADS,
  ROLE_ACRONYMS,
  TITLE_ABBREVIATION_HEADS,
  TITLE_SECOND_REFERENCES,
  TITLES,
  OPENING_PHRASE as PHRASE_OPENERS,
  NOT_PERSON_SHAPE,
  PERSON_SHAPE,
  POSITIONS,
  personShaped,
  COURTESY_TITLES,
  NOT_PARTICIPLES,
  PERSON_WORK_VERBS,
  verbRoles,
  HONORIFIC_GENDER,
  PEOPLE_PLURALS,
  pluralIn,
  ACTS_ON_PEOPLE_VERBS,
  LEVEL_VERBS,
  LEVEL_VERBS_SHARED,
  TIME_WORDS,
} from '../lexicon';
import {
  familyApposition,
  genderOfFirstName,
  pinyinName,
  hyphenTail,
  isGivenName,
  isOrdinaryCapital,
  listedPortfoliosEnd,
  PORTFOLIO,
  pluralPossessive,
  prefixCompoundBefore,
  tightHyphen,
  UNDER_WORDS,
  underTitle,
} from '../names';
import { type Token, withoutInvisible } from '../tokenize';

/** Words that say a person is of no binary gender: "nonbinary", "non-binary", "genderqueer", "they/them". */
// (not of a plural after it, others: "who met nonbinary students")
const NO_BINARY = /\b(?:(?:non-?binary|genderqueer)\b(?!\s+\p{L}+s\b)|they\/them\b)/iu;

/** The heads of a peerage's holder, who is one of few the article names: "the peer", "the duke", "the baroness". */
const PEERAGE_HEADS = /^(peer|peeress|baron|baroness|viscount|viscountess|earl|countess|marquess|marchioness|duke|duchess)$/;

/** Given names the lists give both genders ("Jordan", "Dale"): a pronoun past an opening phrase may override theirs. */
const BOTH_GIVEN_SET: ReadonlySet<string> = new Set(BOTH_GIVEN.split(/\s+/).filter(Boolean));

/** Words before which a "his" or "her" may be another's: pronouns, relative words. */
const OTHER_OWNERS = /^(he|she|him|they|them|it|i|we|you|who|whom|whose|which|that)$/;
/** Words after "her" that make it an object, not an owner: prepositions, determiners, conjunctions, "to". */
const NOT_OWNED =
  /^(to|for|on|in|at|of|by|with|from|about|as|into|over|after|before|and|or|but|the|a|an|that|this|these|those|up|out|off|down|back|away|again|too|if|when|because|so)$/;
/**
 * Members of a party in the plural, capitalised: "Democrats", "Conservatives" (those whose shape the group's test
 * below reads as people; "Liberals" and "Tories" it does not).
 */
const PARTY_PLURALS =
  /^(democrats|republicans|conservatives|socialists|greens|progressives|nationalists|unionists|libertarians|independents)$/;
/** Words of a title that only modify its head ("first lady", "acting director", "former mayor"). */
const TITLE_MODIFIERS = /^(first|second|senior|junior|acting|interim|former|ex|elected|grand)$/;
/** Prepositions that open a phrase of time or place before a sentence's subject: "In Washington, …", "On Tuesday, …". */
const OPENING_PREPOSITIONS = /^(in|on|at|after|before|during|earlier|later|last|since|around|until|within|near)$/;

/** A noun of a person's trade or role by its shape ("deckhand", "trainee", "welder", "machinist"), not an epithet ("veteran", "native"). */
const TRADE_SHAPE = /^[a-z]{3,}(?:er|or|ist|ian|eon|ee|hand)$/;

/** … but these of that shape name a person's age or standing, which the article need not have given in these words. */
const STANDING_EPITHETS = /^(teenager|youngster|newcomer|retiree|elder|outsider|insider|foreigner|stranger|survivor|pensioner)$/;
/** A team's captain, a player's role beside a position (see lastNamedFor). */
const TEAM_CAPTAIN = /^(captain|skipper|co-captain|vice-captain)$/;
/** Prepositions of a short phrase of place after a person's role: "her neighbour at the market", "a nurse on the ward". */
const ROLE_PLACE_PREPOSITIONS = /^(at|in|on|from|for)$/;
/** The words before a capitalised "Attorney" that make the title a prosecutor's: "U.S. Attorney", "District Attorney". */
const PROSECUTING_ATTORNEY = /\b(U\.\s?S\.|US|District|State['’]s|Commonwealth['’]s|County|Assistant|Deputy|Crown|City)\s+$/;
/**
 * Prepositions of a phrase fronted before a sentence's subject, whose noun is not the subject: "With Ada Vik, …", "Unlike
 * Vik, …" (not "To" nor "For", whose noun often holds the view the sentence gives: "For Ada Vik, the plan is …").
 */
const FRONTED_PREPOSITIONS =
  /^(with|without|from|by|despite|unlike|like|under|among|amid|against|about|following|through|throughout|beyond|besides|toward|towards|behind|alongside|beside|regarding)$/;

/** Broader nouns for someone in research ("the scientist"), and the roles and titles they stand for. */
const SCHOLAR_HYPERNYMS = /^(scientist|researcher|academic)$/;
const SCHOLAR_ROLES =
  /^(\p{L}+olog(ist|er)|\p{L}*(physicist|chemist|scientist|researcher|astronomer|statistician|mathematician|geneticist)|professor|prof|dr|lecturer|academic)$/u;

/** The small words a title leaves in lower case: "A House Without Doors", "The Lord of the Rings". */
const TITLE_SMALL_WORDS = /^(a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|is|as)$/;

/** Is `c` the frame of a question asked of someone ("Asked by a reporter whether …"), whose asker is not the one who answers? */
const isAsker = (c: Construction | undefined): boolean =>
  !!c &&
  c.verb === 'asked' &&
  // (or the passive's agent found after "by" with no question right after it: "She was asked by the moderator, Nina
  // Patel, whether she would cancel it.")
  (!!c.passive || (!c.inverted && c.first === c.verbFirst && !!c.subject && c.subject.first > c.verbLast));

/** People whose part is to ask, not to answer: "one questioner", "a caller". */
const ASKERS = /^(questioner|caller|asker)$/;
/**
 * Roles whose questions a quotation right after answers: "commission counsel Amrit Dhaliwal asked why …", and a
 * programme's host, "Host Alex Pierson asked whether the ban would be extended. He said …".
 */
const ASKING_ROLES = /^(counsel|interviewer|moderator|questioner|examiner|reporter|journalist|host|co-host)$/;

/** Verbs of asking someone, whose answer a quotation after them gives: "I asked Councillor Raj Patel whether …". */
const ASKING = /^(asked|pressed|questioned)$/;
/**
 * Words that open what a question asks, after "asked" or the one asked: "asked whether", "asked Vik about …"; and "to"
 * after the one asked, which may be a question put to them ("asked Vik to explain the memo"; see request).
 */
const QUESTION_WORDS = /^(whether|if|why|how|what|which|who|whom|whose|when|where|about|to)$/;

/**
 * Nouns of a person's relation to another, which a name in apposition after them makes a person ("His counterpart, Steve
 * Ross, …", "Her business partner, Ann Lee, …", "Their landlord, Ivo Marsh, …") and which the shapes of person nouns miss.
 */
const RELATIONAL =
  /^(counterpart|partner|boss|assistant|cousin|roommate|flatmate|housemate|classmate|schoolmate|fianc[eé]e?|landlord|landlady|ally|stepfather|stepmother|stepson|stepdaughter|grandson|granddaughter|godfather|godmother|girlfriend|boyfriend|spouse|sweetheart)$/;

/**
 * Whether token k is the point after a middle initial inside a name, a capitalised word before the initial and one right
 * after the point: the "." of "Ruth A. Delacourt", "W. K. Kellogg" (not a sentence's end after a single letter).
 */
function initialPoint(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const letter = tokens[k - 1];
  const before = tokens[k - 2];
  const after = tokens[k + 1];
  return (
    t?.raw === '.' &&
    !!letter?.word &&
    letter.raw.length === 1 &&
    letter.cap > 0 &&
    letter.end === t.start &&
    ((!!before?.word && before.cap > 0) || before?.raw === '.') &&
    !!after?.word &&
    after.cap === 1 &&
    after.start === t.end + 1
  );
}

/**
 * The gender of a possessive that opens a reported clause, as a "he" or "she" there does: "Chen Wei-Ling said her family
 * had budgeted …". Not "her" after a verb that takes a person as its object ("told her the plan …"), where it is someone
 * else.
 */
function possessiveGender(t: Token | undefined, verb: string): 'male' | 'female' | null {
  if (t?.lower === 'his') return 'male';
  if (t?.lower !== 'her') return null;
  return PERSON_OBJECT_VERBS.test(verb) ? null : 'female';
}

/**
 * Services whose chief is their uniformed head, not the minister over them: "the police chief" is no "Police Minister".
 */
const SERVICE_CHIEFS = /^(police|army|navy|military|prisons?|intelligence|fire|defen[cs]e|security|spy|border|customs|coastguard)$/;

/** Nouns of one person that say nothing of gender, for whom British news writes a singular "they": "a spokesperson". */
const NEUTRAL_PERSON = /^(spokesperson|representative)$/;

/** Family words and plain people, which a description opening a sentence introduces: "My mother …", "His wife …". */
const FAMILY =
  /^(mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|aunt|uncle|niece|nephew|woman|man|girl|boy)$/;

/**
 * Nouns of public standing, which news uses for a person named already rather than for a new one: "the candidate",
 * "the Republican nominee", "the businessman", "the former governor".
 */
const STANDING =
  /^(candidate|nominee|front-?runner|contender|challenger|incumbent|businessman|businesswoman|billionaire|mogul|tycoon|magnate|entrepreneur|president|senator|governor|congressman|congresswoman|lawmaker|mayor|politician|star|actor|actress|singer|singer-songwriter|songwriter|rapper|musician|composer|filmmaker|director|playwright|novelist|poet|artist|painter|sculptor|comedian|dancer|choreographer|frontman|frontwoman|designer|photographer|performer|entertainer)$/;

/**
 * Offices of a town or a province, which local news gives their holder at first mention ("Mayor Ken Oduya", "Premier
 * Ada Vik"), a minister's ("Agriculture Minister Sunniva Thorsby"), and an officer of a legislature or a government's
 * watchdog ("Privacy Commissioner Ada Roy", "Ombudsman Leah Scott", "Auditor General Ana Vale", "the chief coroner"). (Not "the senator", "the governor": political
 * news calls a candidate so who is never titled in the text; on train, skipping the untitled one for these made five
 * speakers wrong.)
 */
const PUBLIC_OFFICE_WORDS = 'mayor|premier|minister|commissioner|ombudsman|ombudsperson|auditor|coroner';
const PUBLIC_OFFICES = new RegExp(`^(${PUBLIC_OFFICE_WORDS})$`);

/**
 * Public offices, elected or appointed, that news gives its holder at first mention: a person the article said does
 * other work holds none it did not name (see otherRole).
 */
const HELD_OFFICES = new RegExp(
  `^(${PUBLIC_OFFICE_WORDS}|governor|senator|congressman|congresswoman|lawmaker|legislator|ambassador|chancellor|prosecutor|councillor|councilor|sheriff)$`,
);

/** The verbs of the work one does, in the present and the past, and the role each gives: "who runs the kitchen" is a manager (see workHead). */
const WORK_VERBS: ReadonlyMap<string, string> = new Map([
  ...PERSON_WORK_VERBS,
  ...verbRoles(`ran managed:manager owned:owner operates operated:operator headed:head leads led:leader directs directed:director
  coached:coach taught:teacher chaired:chair organizes organized organises organised:organizer volunteers volunteered:volunteer
  oversees oversaw:overseer`),
]);

/** Where a description says a business is based, at its end: "the Dartmouth-based chain", "the Toronto-headquartered bank". */
const BASED_AT = /-(based|headquartered)\s+\S+$/i;

/** Bodies whose officer news calls by the body's noun and the title: "the union's president", "the force's chief". */
const OFFICER_BODIES = /^(union|local|federation|association|force|detachment|band|guild|council|service)$/;

/** Verbs of a body calling, holding or winning a vote of its members: "has announced a strike ballot", "will hold a strike vote". */
const HOLDING_VOTE =
  /^(announced|announces|announce|called|calls|call|launched|launches|launch|opened|opens|held|holds|hold|holding|set|scheduled|began|begins|begin|started|starts|start|won|wins|secured|obtained|received|took|takes|conducted|conducts|conducting)$/;

/**
 * The trades of performers, of which one person often has several: "the comedian", "the actor", "the star" (not the
 * trades behind the stage, which tell two people apart: "the director" is not "the actor" of her film).
 */
const ARTS_TRADES =
  /^(actor|actress|star|comedian|entertainer|performer|singer|singer-songwriter|songwriter|rapper|musician|frontman|frontwoman|host|presenter)$/;

/** Nouns of an honour, which a performer holds besides a trade: "Oscar nominee", "Grammy winner". */
const HONOURS = /^(nominee|winner|laureate|recipient|honoree|honouree|inductee)$/;

/** Words that make a role one held before: "the former president", "an ex-minister". */
const FORMER_WORDS = ['former', 'onetime', 'ex'];
const FORMER = /\b(former|onetime|ex)\b/i;
/** Verbs of an office's holder presenting something, besides speech verbs: "Siobhan Coady delivered the update …". */
const PRESENTING_VERBS =
  /^(deliver|delivers|delivered|present|presents|presented|unveil|unveils|unveiled|release|releases|released|table|tables|tabled|introduce|introduces|introduced|outline|outlines|outlined|give|gives|gave|speak|speaks|spoke|address|addresses|addressed|brief|briefs|briefed|issue|issues|issued|update|updates|updated)$/;

/** Words that make an office's second of its title: "Deputy Police Chief", "Assistant Commissioner", "Vice President". */
const SECOND_OFFICE = /\b(deputy|assistant|vice|associate|shadow)\b/i;

/** The head of a government, a minister set apart by its word before "minister": "the Prime Minister", "the First Minister". */
const HEAD_OF_GOVERNMENT = /\b(prime|first|chief)\s+minister\b/i;

/** Offices that a field before them tells apart: "the finance minister", "the NDP's housing critic", "the health secretary". */
const FIELD_OFFICES = /^(minister|critic|secretary)$/;

/**
 * Words before such an office that name no field of its own: "the new minister", "the federal minister", "former
 * cabinet minister" names "cabinet" (see otherPortfolio and otherFieldOffice).
 */
const NO_FIELD =
  /^(the|a|an|former|then|new|acting|current|outgoing|incoming|top|senior|junior|chief|deputy|vice|assistant|associate|state|federal|provincial|regional|national|local|country's|nation's|government's)$/;

/** Nouns of a place in a race, which any office holder or trade may hold: "the candidate", "the front-runner". */
const CAMPAIGN_ROLES = /^(candidate|nominee|front-?runner|contender|challenger|hopeful|incumbent)$/;

/** A role held for a jurisdiction, written with its possessive: "the province's top doctor", "the state's health director". */
const JURISDICTION_ROLE = /^the\s+(province|state|country|nation|city|territory|region|county|municipality)['’]s\s+[^'’]+$/i;

/**
 * The token of "later", "earlier" or "ago" closing a phrase of time that opens at i, up to four lower-case words or
 * numbers long and followed by a comma ("Years later,", "Eight years ago,", "A decade earlier,"); else -1.
 */
function agoPhrase(tokens: ReadonlyArray<Token>, i: number, end: number): number {
  for (let k = i + 1; k <= Math.min(end - 1, i + 4); k++) {
    const t = tokens[k]!;
    if (/^(later|earlier|ago)$/.test(t.lower) && t.cap === 0) return tokens[k + 1]?.raw === ',' ? k : -1;
    if (!t.word || t.cap !== 0) return -1;
  }
  return -1;
}

/**
 * Whether a name is a people's, which no organisation is: "First Nations" ("elected First Nations councils"), "Inuit",
 * "Canadians", or a First Nation unnamed ("A First Nation in the Holt Valley"); not "the Assembly of First Nations".
 */
function peoplesName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/^(a|an|the)\s+/, '')
    .split(/\s+/);
  if (/^(first nations?|first peoples|indigenous peoples|inuit|métis|metis)$/.test(words.join(' '))) return true;
  return words.every((w) => DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1))));
}

/** Organisation words any organisation may be called by ("the company", "the group"), not only one so named. */
const GENERIC_ORG = /^(company|corporation|firm|group|organisation|organization)$/;

/** Words of an organisation's level or scope, which a description may add to its kind: "the federal agency". */
const SCOPE_WORDS =
  /^(federal|national|provincial|state|regional|local|municipal|city|county|government|public|international|global|independent|main|top|same|new|powerful|central|ruling|opposition|country|nation|province)$/;

/**
 * Kinds of organisation news calls one by after naming it, each with the words of a name that say the kind: "Maple Air
 * … the airline said", "Northern Bank … the lender", "Riverside Hospital … the hospital", "Lakeshore Hydro … the utility".
 * Nouns in one entry stand for each other ("the carrier" is "the airline"). A kind with no words is known only from an
 * apposition or the noun before the name ("Corbel, the discount retailer,", "broadcaster Northline TV").
 */
const ORG_KIND_LIST: ReadonlyArray<[string, string]> = [
  ['airline carrier', 'air airline airlines airways aviation'],
  ['bank lender', 'bank bancorp banque'],
  ['insurer', 'insurance assurance'],
  ['utility', 'hydro power electric electricity energy utilities utility'],
  ['automaker carmaker', 'motor motors automotive'],
  // (a maker of trucks or tyres by its name: "Granite Ridge Trucks … the truckmaker said")
  ['truckmaker', 'trucks'],
  ['tiremaker tyremaker', 'tires tyres'],
  ['miner', 'mining mines minerals'],
  ['railway railroad', 'railway railways railroad rail'],
  ['telecom carrier', 'telecom telecommunications wireless mobility'],
  ['broadcaster', 'broadcasting broadcast television tv radio'],
  // (a federation is a union's only by its shape, see unionName: "the Canadian Federation of Independent Business" is none)
  ['union', 'union workers teamsters fédération syndicat syndicats local'],
  ['hospital', 'hospital infirmary'],
  // (a zoo, an aquarium or a museum by its name: "The Toronto Zoo is refusing …. The zoo said")
  ['zoo', 'zoo zoological'],
  ['aquarium', 'aquarium'],
  ['museum', 'museum'],
  ['university', 'university'],
  ['college', 'college'],
  ['institute', 'institute'],
  ['league', 'league'],
  ['charity', 'foundation charity charities'],
  ['retailer', 'stores'],
  ['grocer', 'grocers grocery supermarket supermarkets'],
  ['drugmaker', 'pharmaceuticals pharmaceutical pharma therapeutics'],
  ['chipmaker', 'semiconductor semiconductors'],
  // (a refiner, by a refining or an oil company's name: "Westgate Refining rose after the refiner said …"; not any energy
  // company's, "Carrow Energy Storage", "Northgate Energy, a wind power producer")
  ['refiner', 'refining refinery refineries petroleum oil'],
  ['force', 'police constabulary force'],
  ['ministry', 'ministry'],
  ['department', 'department'],
  // (a public office by its name: "the Florida Office of Insurance Regulation … The office noted")
  ['office', 'office'],
  // (an authority, an administration, a bureau: "the Federal Aviation Administration … the agency said"; and a performer's
  // agency, named as a company of entertainment or management: "Starline Entertainment")
  ['agency', 'agency authority administration bureau entertainment management talent'],
  // (businesses of building and running things, known from an apposition: "The developer, Halvorsen Urban Developments
  // Inc., said … the developer said")
  ['developer', ''],
  ['builder', ''],
  // (a builder of homes by its name: "Carrow Homes fell after the homebuilder said …"; not "the builder", a person too)
  ['homebuilder housebuilder', 'homes homebuilders housebuilders'],
  ['contractor', ''],
  ['consortium', 'consortium'],
  // (a body of groups joined for a cause, by its name: "the Westland Disability Coalition … the coalition warned")
  ['coalition', 'coalition'],
  ['alliance', 'alliance'],
  // (a co-operative by its name, written with its hyphen or without: "the Lakeshore Dairy Co-operative … the co-op said",
  // "Maritime Electric Cooperative … the cooperative said")
  ['co-operative cooperative co-op', 'co-operative cooperative co-op coop'],
  // (a carrier of passengers by its name: "Western Isles Ferry Services … the operator said", "Northway Buses"; or a
  // care home's, by the care it runs: "Solace Living Inc.", "Bellwood Care", "Hearthstone Care Communities")
  ['operator', 'ferry ferries buses coaches transit living care communities residences'],
  ['service', 'service services'],
  ['studio', 'pictures studio studios films entertainment animation'],
  ['label', 'records recordings'],
  ['gallery', 'gallery galleries'],
  ['theatre theater playhouse', 'theatre theater playhouse'],
  ['orchestra', 'orchestra philharmonic symphony'],
  ['distributor', 'distribution pictures films releasing'],
  ['streamer', 'streaming'],
  ['school', 'school academy university college'],
  ['observatory', 'observatory'],
  // (a scholarly journal by its name: "The Westbrook Cardiology Review withdrew the study …. The journal said")
  ['journal', 'journal review'],
  ['museum', 'museum gallery'],
  // (an Indigenous nation is "the tribe", "the nation" or, in Canada, "the band": "The Navajo Nation … The tribe said")
  ['tribe', 'tribe nation band pueblo'],
  ['nation', 'nation'],
  ['band', 'band nation'],
];
/**
 * The names of central banks: "the central bank" is the Bank of Canada, the Federal Reserve, the Reserve Bank of
 * Australia, the European Central Bank (not the Bank of Montreal nor the Bank of America, commercial banks).
 */
const CENTRAL_BANK =
  /^(the\s+)?(u\.?s\.?\s+)?(federal\s+reserve(\s+board)?|bundesbank|european\s+central\s+bank|swiss\s+national\s+bank|(reserve|central)\s+bank\s+of(\s+\p{Lu}\S*)+|people['’]s\s+bank\s+of\s+china|bank\s+of\s+(canada|england|japan|korea|mexico|france|italy|spain|russia|israel|thailand|jamaica|ghana|uganda|tanzania|zambia|botswana|namibia))$/iu;
const ORG_KINDS = new Map<string, { heads: Set<string>; words: Set<string> }>();
for (const [heads, words] of ORG_KIND_LIST) {
  const kind = { heads: new Set(heads.split(' ')), words: new Set(words.split(' ')) };
  for (const h of kind.heads) {
    // (a noun of two kinds stands for either: "the carrier" is an airline or a telecom)
    const had = ORG_KINDS.get(h);
    ORG_KINDS.set(h, had ? { heads: new Set([...had.heads, ...kind.heads]), words: new Set([...had.words, ...kind.words]) } : kind);
  }
}
/** Verbs of a journal's own acts on a paper: "published", "retracted", "withdrew". */
const PUBLISHING = /^(publish|publishes|published|publishing|retract|retracts|retracted|withdraw|withdraws|withdrew|withdrawn|reported)$/;

/**
 * Whether the name from token `a` to `e` publishes or withdraws a paper: its verb right after it, past an auxiliary
 * ("The Westbrook Cardiology Review has withdrawn a study"), or the verb before it, past "in" or "by" ("published in the
 * Harvard Business Review").
 */
function publishesPapers(tokens: ReadonlyArray<Token>, a: number, e: number): boolean {
  let x = e + 1;
  // (not a passive: "The Cass Review was published in April" is what was published)
  while (x < e + 3 && /^(has|have|had|also|later|then|recently)$/.test(tokens[x]?.lower ?? '')) x++;
  if (PUBLISHING.test(tokens[x]?.lower ?? '')) return true;
  let y = a - 1;
  if (/^(the)$/.test(tokens[y]?.lower ?? '')) y--;
  if (/^(in|by)$/.test(tokens[y]?.lower ?? '')) y--;
  return PUBLISHING.test(tokens[y]?.lower ?? '');
}

/** Every word of a name that says a kind; the last one before "of" or "for" is the kind of the name ("Air Line Pilots Association" is none). */
const KIND_WORDS = new Set(ORG_KIND_LIST.flatMap(([, w]) => w.split(' ')));
/**
 * Whether the capitalised name from token `a` to `e` is a union's by its shape: a guild, or an association or alliance
 * after a plural of its members or "Service" ("Air Line Pilots Association", "Players' Association", "Public Service
 * Alliance of Canada", "Writers Guild of America"); the name's head is its last word before "of" or "for".
 */
function unionShaped(tokens: ReadonlyArray<Token>, a: number, e: number): boolean {
  return unionName(
    withoutInvisible(
      tokens
        .slice(a, e + 1)
        .map((w, i) => (i > 0 && w.start > tokens[a + i - 1]!.end ? ' ' : '') + w.raw)
        .join(''),
    ),
  );
}
/**
 * Plurals of businesses and their owners, whose association is an employers' or a trade's, no union (nor the
 * publishers', studios' or broadcasters' alliance across the table from performers: "the Interactive Publishers Alliance").
 */
const EMPLOYER_PLURALS =
  /^(employers|manufacturers|producers|retailers|builders|developers|bankers|exporters|importers|distributors|shippers|dealers|landlords|insurers|operators|owners|grocers|restaurants|hotels|merchants|contractors|publishers|broadcasters|studios|promoters|exhibitors|theatres|theaters|cinemas|networks|airlines|brewers|distillers|hoteliers|restaurateurs)$/i;

/** Plurals of those a service serves, whose alliance or association speaks for its users, no union: "the Metro Riders Alliance". */
const CLIENT_PLURALS =
  /^(riders|passengers|commuters|travell?ers|tenants|renters|residents|homeowners|taxpayers|ratepayers|consumers|customers|shoppers|patients|parents|voters|cyclists|pedestrians|users|fans|neighbou?rs)$/i;

/** Whether a name as written is a union's by its shape (see unionShaped): "the Westbrook Nurses' Association". */
function unionName(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  let h = 0;
  while (h < words.length - 1 && !/^(of|for)$/.test(words[h + 1]!)) h++;
  const head = words[h]!.toLowerCase();
  if (head === 'guild') return h > 0;
  // (or a brotherhood of its trade: "the Brotherhood of Rail Operating Crews", "the International Brotherhood of …")
  if (head === 'brotherhood') return true;
  // (a federation of labour, or of workers named before it: "the Ontario Federation of Labour", "the Teachers' Federation")
  if (head === 'federation' && /^labou?r$/i.test(words[h + 2] ?? '')) return true;
  if (head !== 'association' && head !== 'alliance' && head !== 'federation') return false;
  const w = (words[h - 1] ?? '').replace(/['’]$/, '');
  // (not of the businesses across the table: "the Maritime Employers Association", "the Home Builders' Association")
  if (EMPLOYER_PLURALS.test(w) || CLIENT_PLURALS.test(w)) return false;
  return /^\p{Lu}/u.test(w) && (w.toLowerCase() === 'service' || /[^su]s$/i.test(w));
}
/** Small words that open a sentence before a name: "At Riverside Hospital, …". */
const OPENING_SMALL_WORDS =
  /^(the|a|an|at|in|on|from|with|by|for|after|before|as|and|but|when|while|to|if|since|during|under|near|inside|outside)$/;
/** A company's legal words, which say no kind: "Ford Motor Company" is an automaker. */
const LEGAL_WORDS = /^(company|co|inc|corp|corporation|ltd|limited|llc|plc|group|holdings)$/;

/**
 * Last words of the names of places and public bodies, which are no company: "Dunmore County", "Lorne Harbour"; nor is
 * the market a company's shares trade on ("… to $6.42 on the Toronto Stock Exchange. The company said …").
 */
const PUBLIC_OR_PLACE =
  /^(exchange|city|county|state|province|republic|kingdom|street|avenue|road|house|office|hospital|church|army|navy|force|forces|court|police|parliament|congress|senate|assembly|government|administration|museum|stadium|school|university|college|ministry|department|council|party|committee|commission|authority|board|society|hill|hills|point|belt|east|west|north|south|harbor|harbour|port|beach|heights|springs|gardens|falls|creek|canyon|ridge|bluffs|coast|plains|shores|valley|river|lake|island|islands|bay|park|square|district|region|town|village)$/;

/** Words before an "in" that names what money went into, a company: "a stake in Northvolt", "invested in Halvern". */
const INVESTED_IN = /^(stake|stakes|shares|share|invest|invested|investing|investment|investments|interest|position|holdings)$/;

/** Places whose government acts under their name: "The city issued an advisory", "the province says". */
const GOVERNED_PLACES = /^(city|town|village|municipality|province|county|township)$/;

/** Last words of the names of streets and of land or water, which never speak: "Ninth Avenue", "Pine Lake", "Highway 16". */
const GROUND_ENDS = /^(street|avenue|road|boulevard|drive|highway|lane|river|lake|creek|ocean|sea|mountain|canyon|ridge)$/;

/** Words in the names of public bodies, which news calls "the agency": "Food and Drug Administration", "State Department". */
const PUBLIC_BODY_WORDS =
  /\b(agency|bureau|administration|department|ministry|service|commission|office|authority|centers|centres?|center|institute|inspectorate|directorate|police|regulator)\b/i;

/**
 * Fields of government that, before a country's name, make a public body of it: "Statistics Canada", "Health Canada",
 * "Transport Canada", "Elections Canada" (not "Air Canada", "Bell Canada").
 */
const PUBLIC_FIELDS =
  /^(statistics|health|environment|transport|elections|parks|justice|finance|fisheries|immigration|revenue|employment|veterans|agriculture|defence|defense|industry|labour|labor|heritage|safety|affairs|global|public|service|services|innovation|infrastructure|housing|indigenous|correctional|border|national|royal|customs|foreign|home|trade|culture|security|intelligence|energy|natural|resources|historic|sport|arts|wildlife|water|oceans|procurement|refugees|citizenship|climate)$/;

/** Collective nouns of people that speak as one, never as a "he" or a "she": "the family", "the crowd", "the jury". */
export const COLLECTIVE_HEADS = /^(family|crowd|jury|audience|couple|household|congregation|delegation|class)$/;

/** A name's words in lower case, without the article that opens it: "the Ministry of Health" → ministry, of, health. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/);
}

/**
 * Whether an organisation's name is a public body's or a place's, which "the company" and "the firm" never stand
 * for: "Statistics Canada", "the Ministry of Labour", "Dunmore County", "the Harbour Authority".
 */
function publicBodyName(name: string): boolean {
  const words = nameWords(name);
  if (PUBLIC_BODY_WORDS.test(name) || PUBLIC_OR_PLACE.test(words[words.length - 1]!)) return true;
  if (words.some((w) => /^(ministry|department|government|council|commission|parliament)$/.test(w))) return true;
  return fieldOfCountry(words);
}

/** Whether a name's words are a field of government before a country's name: "Statistics Canada", "Health Canada". */
function fieldOfCountry(words: ReadonlyArray<string>): boolean {
  // (two fields joined by "and": "Fisheries and Oceans Canada", "Public Services and Procurement Canada"; or more, listed
  // with commas, "Immigration, Refugees and Citizenship Canada", the first a field of government and the others any:
  // "Environment and Climate Change Canada")
  const fields = words.slice(0, -1).flatMap((w) => (w === ',' ? [] : [w.replace(/,$/, '')]));
  const and = fields.indexOf('and');
  return (
    words.length >= 2 &&
    COUNTRIES.has(words[words.length - 1]!) &&
    (fields.every((w, i) => PUBLIC_FIELDS.test(w) || (w === 'and' && i > 0 && i < fields.length - 1)) ||
      (and > 0 && and < fields.length - 1 && PUBLIC_FIELDS.test(fields[0]!) && fields.lastIndexOf('and') === and))
  );
}

/** An organisation's officers, whose quotation leaves "the company" its own: "said CEO Ana Roe", "its spokeswoman". */
const OFFICER_ROLES =
  /^(ceo|cfo|coo|president|chief|executive|spokesman|spokeswoman|spokesperson|chair|chairman|chairwoman|chairperson|founder|co-founder|cofounder|director|manager|owner|vice-president)$/;

/**
 * Common nouns and adjectives that open an officer's role in compounds, no company's name when a sentence opens with
 * them capitalised: "General manager", "Store manager", "Plant manager", "Managing director".
 */
const ROLE_KINDS =
  /^(general|managing|executive|deputy|assistant|associate|senior|regional|district|area|branch|store|shop|plant|site|project|program|programme|product|sales|marketing|account|office|floor|shift|night|stage|campaign|operations|communications|finance|technical|medical|creative|artistic|editorial|news|club|team|property|restaurant|hotel|warehouse|factory|mill|mine|farm|ward|unit|division|department)$/;

/**
 * A business's trades, a company named before with no kind in its name may be called by: "Streamvale … the streamer",
 * "the chain", "the exchange": the trades of no compound (TRADE_NOUNS), and of COMPANY_TRADES only those no person or
 * body is called by too (not "the producer", "the developer", "the operator") and four compounds.
 */
const BUSINESS_TRADES = new RegExp(`^(?:${TRADE_NOUNS.join('|')}|retailer|carrier|lender|insurer|drugmaker|chipmaker|automaker|carmaker)$`);

/**
 * Trades a company is called by only where its name shows the trade (`own`, or `also` when no name shows it): "Halden
 * Refining … the refiner", "Halloway Homes … the homebuilder".
 */
const TRADE_BY_NAME = new Map<string, { own: RegExp; also?: RegExp }>([
  ['refiner', { own: /\b(Refining|Refinery|Refineries|Refiners?)\b/, also: /\b(Petroleum|Oil)\b/ }],
  ['homebuilder', { own: /\b(Homes|Homebuilders?|Housebuilders?)\b/ }],
  ['housebuilder', { own: /\b(Homes|Homebuilders?|Housebuilders?)\b/ }],
]);

/** Words for a sports team named before ("the team", "the club", "the franchise"). */
const TEAM_HEADS = /^(team|club|franchise)$/;

/** A team described by the league it plays in, its name capitalised: "the Major League Soccer club", "the NHL team". */
const LEAGUE_TEAM = /^the\s+(\p{Lu}[\p{L}.]*\s+){1,3}(team|club|franchise)$/u;

/**
 * Words that make a description someone other than the person met ("the other candidate", "the new mayor", "the first
 * senator"), in lower case: "the New York businessman" and "the New Democrat leader" are no new ones.
 */
const NOT_THE_ONE_MET = /(^|\s)(other|another|new|second|first|one)\b|^(Another|One)\s/;

/** The word making the role at k a deputy's ("Deputy Mayor", "vice-president"), if any. */
function underWordBefore(tokens: ReadonlyArray<Token>, k: number): string | null {
  const w = tightHyphen(tokens, k - 1) ? tokens[k - 2] : tokens[k - 1];
  return w?.word && UNDER_WORDS.test(w.lower) ? w.lower : null;
}

/** A description's role with the word making it a deputy's, "deputy mayor" for "the deputy mayor", if it has one. */
function underRole(d: Description): string | null {
  const m = /\b(vice|deputy|assistant|associate|grand|press|shadow)(?:\s+|\s*-\s*)(\S+)/i.exec(d.text);
  return m && m[2]!.toLowerCase() === d.head ? `${m[1]!.toLowerCase()} ${d.head}` : null;
}

/** A sports team's name: capitalised words closing on a plural, or on "United", "FC" or "City" ("Northfield Oilers"). */
const teamShaped = (name: string): boolean => /^\p{Lu}\S*(\s+\p{Lu}\S*)*\s+(\p{Lu}[\p{L}'’]*[^sSuU'’\s]s|United|FC|City)$/u.test(name);

/** Whether a description's head is a plural ("advocates", "strategists"; not "witness", "actress", "bus"). */
export const pluralHead = (h: string): boolean => /[^su]s$/.test(h) && !/(ss|ess)$/.test(h);

/** Whether token k is a plural noun, no organisation's, before "of": "Shares" of "Shares of Northway Foods Inc. fell". */
function pluralBeforeOf(tokens: ReadonlyArray<Token>, k: number): boolean {
  return tokens[k + 1]?.lower === 'of' && pluralHead(tokens[k]!.lower) && !ORG_HEADS.has(tokens[k]!.lower);
}

/**
 * Whether a plural description has a modifier before its head that the other description lacks: "The landlord groups"
 * against "Tenant groups" ("landlord"); not for "the groups", nor a word of a number or a likeness ("the two groups").
 */
function otherModifiers(text: string, other: string): boolean {
  const words = text.toLowerCase().replace(/['’]/g, '').split(/\s+/).slice(0, -1);
  const others = new Set(other.toLowerCase().replace(/['’]/g, '').split(/\s+/));
  return words.some(
    (w) => /^[a-z]{3,}$/.test(w) && !DETERMINER_WORDS.test(w) && !others.has(w) && !others.has(w.replace(/s$/, '')) && !others.has(`${w}s`),
  );
}
/**
 * Whether description `text` holds a lower-case word before its head that `before`, an earlier description, lacks, and
 * `before` a word that `text` lacks: "the trade chief" after "the WTO chief". Words that rank or date an office or a
 * thing ("new", "senior", "top") tell nothing of its field.
 */
function fieldMissing(text: string, before: string): boolean {
  const words = (t: string): string[] =>
    t
      .replace(/['’]s\b/g, '')
      .split(/\s+/)
      .slice(0, -1);
  const had = new Set(words(before).map((w) => w.toLowerCase()));
  const has = new Set(words(text).map((w) => w.toLowerCase()));
  const telling = (w: string): boolean => /^[a-z]{3,}$/.test(w) && !DETERMINER_WORDS.test(w) && !RANKING_WORDS.test(w);
  return (
    words(text).some((w) => telling(w) && !had.has(w) && !had.has(`${w}s`)) &&
    words(before).some((w) => {
      const l = w.toLowerCase();
      if (has.has(l) || !(telling(l) || /^\p{Lu}/u.test(w))) return false;
      // (an acronym's words aside: "a Republican National Committee member" and "the RNC member")
      return !/^\p{Lu}/u.test(w) || !words(text).some((a) => /^\p{Lu}{2,}$/u.test(a) && a.includes(w.charAt(0)));
    })
  );
}
const RANKING_WORDS =
  /^(new|recent|latest|current|previous|outgoing|incoming|former|senior|junior|top|leading|prominent|veteran|longtime|chief|key|powerful|influential|then|acting|interim|own)$/;
const DETERMINER_WORDS =
  /^(the|this|that|these|those|some|several|many|both|all|two|three|four|five|six|same|such|other|various|various|their|its|his|her|our|several)$/;

/** Time adverbs that may open a clause before its subject: "and since then Okafor has seen …", "but now Vik says …". */
const CLAUSE_TIME = /^(then|now|since|later|today|meanwhile|still|instead|soon|eventually|finally|recently|lately)$/;

/** An auxiliary with "not" contracted onto it, one word as the tokeniser keeps it: "wasn't", "didn't", "won't". */
const NEGATED_AUXILIARY = /^(is|was|are|were|does|did|do|has|have|had|could|would|should|ca|wo|must)n['’]t$/;

/**
 * Words that open a clause before a sentence's main clause: "If Trump loses, …", "When Ada Vik spoke, …", "Whether or
 * not the bill passes, …" (the lexicon's OPENING_CLAUSE and "whether").
 */
const CLAUSE_BEFORE_MAIN: ReadonlySet<string> = new Set([...OPENING_CLAUSE, 'whether']);
/** The words that open a clause of time: its subject is the one a pronoun opening the main clause stands for. */
const TIME_CLAUSE_OPENERS = /^(when|after|as|once|while|before)$/;

/**
 * How subjectOf takes a definite description that opens a sentence and that no one named is known by ("The mayor …"):
 * not as its subject (false), as its subject (true), only when the last speaker is known by another role, whom the
 * description cannot be ('rival'), or, with 'named', no description at all (only a person named).
 */
type DescribedSubject = boolean | 'rival' | 'named';

/** Nouns any of an organisation's people is known by, which rule out no role (see knownOtherwise): "a senior official". */
export const ANY_STAFF_HEADS = /^(official|source|insider|figure|member|person|man|woman|executive|staffer|employee|representative)$/;

/** Elected or cabinet offices, whose holders an unnamed official serves rather than is (see holdsElectedOffice). */
const ELECTED_OFFICES =
  /^(minister|premier|president|governor|mayor|senator|congressman|congresswoman|lawmaker|legislator|chancellor|councillor|councilor)$/;
/** Words of one who stands in for an office's holder: "the deputy minister", "the vice-president". */
const DEPUTY_WORDS = /^(deputy|vice|vice-president|assistant|associate|acting|junior)$/;

/** A speaker as resolution tracks it: a key, or a description no name is known for (yet: `bound` once one is). */
export interface Ref {
  key: SpeakerKey | null;
  desc: Description | null;
  bound: Ref | null;
  para: number;
  /** the person a possessive description is of: "Mr. Sanders's campaign" */
  owner?: SpeakerKey;
}

export interface Resolved {
  ref: Ref;
  via: 'name' | 'pronoun' | 'desc' | 'role';
  mention: Span | null;
  /** a "they" or "it" that went to a group met more than three paragraphs before: a weaker guess (CONFIDENCE.farGroup) */
  far?: true;
  /** a description taken for the person a sentence just before opened with: a guess (CONFIDENCE.guessedDescription) */
  guessed?: true;
  /**
   * a "he" or "she" taken for an older speaker, passing over the last one met, or for a single word never named in full
   * whose last act reported no words (see unprovenActed): a guess (CONFIDENCE.passedOver)
   */
  passedOver?: true;
  /**
   * a "he" or "she" opening a clause joined by "and", "but" or a semicolon, taken for a person of its sentence while
   * another one named there fits as well: "Ostberg thanked Marsh but she refused …" (a guess, CONFIDENCE.rivalInSentence)
   */
  rival?: true;
  /**
   * a participle's speaker met in an earlier sentence, its own sentence opening with a clause whose subject was not found
   * (see earlierSpeaker): a guess (CONFIDENCE.earlierSentence)
   */
  earlier?: true;
  /** a surname alone that another person the article names in full shares ("Dizon" of Rosario and Kristine Dizon): a guess */
  shared?: true;
  /**
   * a "he" or "she" framing words after them, taken for a person named only inside those words, no one before them
   * fitting: "Because Ms. Holm said the plant was safe, we left, she said." (a guess: CONFIDENCE.insideWords)
   */
  insideWords?: true;
  /**
   * a "he" or "she" taken for a person who, in its sentence or the one before, told or asked an unnamed "her" or "him" of
   * its gender: "Ada Berg told her the deal was off. “We are done,” she said." may be the one told (a guess,
   * CONFIDENCE.rivalInSentence)
   */
  listener?: true;
  /**
   * a "he" or "she" taken for one of two people joined by "and" in its sentence or the one before, the other of its
   * gender too, neither named alone since: "Mayor Ada Vik and Councillor Eva Lund met the minister. She said …" (a
   * guess between them, CONFIDENCE.rivalInSentence)
   */
  pair?: true;
  /**
   * a participle's speaker taken for the subject opening its sentence while a clause of time or cause between them has
   * a person of its own for subject: "Marsh walks in as a plumber crosses the stage, saying …" (a guess between them,
   * CONFIDENCE.rivalInSentence; see nearerSubject)
   */
  nearer?: true;
}

/**
 * The paragraphs that are a byline: "By" and the writers' names, nothing else but small words and punctuation ("By
 * Celia Ostrander", "By Ada Vik and Tom Berg, Staff Writers"); not a sentence that opens with "By" ("By Monday
 * morning, the ritual had begun").
 */
function bylineParagraphs(tokens: ReadonlyArray<Token>, starts: ReadonlyArray<number>): Set<number> {
  return paragraphsWhere(tokens, starts, (i, j) => {
    let ok = j - i <= 16 && tokens[i]!.raw === 'By' && tokens[i + 1]?.word === true && tokens[i + 1]!.cap > 0;
    for (let k = i + 1; k < j && ok; k++) {
      const t = tokens[k]!;
      ok = t.word ? t.cap > 0 || /^(and|of|the|in|for|at)$/.test(t.lower) : /^[,.'’&|—–-]$/.test(t.raw);
    }
    return ok;
  });
}

/**
 * The first token of each run of tokens in one paragraph, in text order, and the number of tokens last: the bounds
 * paragraphsWhere walks (found once, for the four kinds of paragraph the resolver sets aside, and the Assigner's first
 * token of each paragraph). Read sentence by sentence, a sentence's tokens gone through only when its first and last
 * are in two paragraphs: a walk over every token's paragraph costs more than all the rest.
 */
export function paragraphStarts(doc: Doc): number[] {
  const { tokens, sents } = doc;
  const starts: number[] = [];
  const n = tokens.length;
  const at = (i: number): void => {
    if (i === 0 || tokens[i]!.para !== tokens[i - 1]!.para) starts.push(i);
  };
  if (n > 0 && sents.starts[0] === 0) {
    for (let si = 0; si < sents.starts.length; si++) {
      const ss = sents.starts[si]!;
      const se = (sents.starts[si + 1] ?? n) - 1;
      if (se < ss) continue;
      at(ss);
      if (tokens[se]!.para !== tokens[ss]!.para) for (let k = ss + 1; k <= se; k++) at(k);
    }
  } else for (let i = 0; i < n; i++) at(i);
  starts.push(n);
  return starts;
}

/** The paragraphs whose tokens, from i up to (not including) j, pass `test` (`starts`: paragraphStarts). */
function paragraphsWhere(
  tokens: ReadonlyArray<Token>,
  starts: ReadonlyArray<number>,
  test: (i: number, j: number) => boolean,
): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < starts.length; k++) {
    const i = starts[k]!;
    if (test(i, starts[k + 1]!)) out.add(tokens[i]!.para);
  }
  return out;
}

/**
 * The paragraphs that credit the outlet or give the date, no sentence: "Windsor Star · Dec 10, 2018", "The Canadian
 * Press", "Published Wednesday, January 20, 2021" (a separator "·" or "|", or only capitalised words, numbers and small
 * words, with no stop at the end). The outlet named there is not "the company" of the story.
 */
function creditParagraphs(tokens: ReadonlyArray<Token>, starts: ReadonlyArray<number>): Set<number> {
  return paragraphsWhere(tokens, starts, (i, j) => {
    let ok = j - i <= 20 && !/^[.!?"”’]$/.test(tokens[j - 1]!.raw);
    let mark = false;
    for (let k = i; k < j && ok; k++) {
      const t = tokens[k]!;
      if (t.raw === '·' || t.raw === '|') mark = true;
      else if (t.word && t.cap === 0 && !/^\d/.test(t.raw) && !/^(of|the|and|de|du|la|le|by|at|am|pm|a\.m|p\.m)$/.test(t.lower)) ok = mark;
    }
    return ok;
  });
}

/**
 * Paragraphs that name other stories: a link line ("READ MORE: …", "Related: …") and the headlines listed under a
 * label ("RELATED STORIES", "Trending Now", "More on this story", "Most read"), up to the first paragraph that is no
 * heading. The people named there are another story's, no one a "she" of this one stands for.
 */
function linkParagraphs(doc: Doc, starts: ReadonlyArray<number>): Set<number> {
  const { tokens, text, headings } = doc;
  let listing = false;
  return paragraphsWhere(tokens, starts, (i, j) => {
    const p = tokens[i]!.para;
    if (!headings.has(p)) return (listing = false);
    const s = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    // (the label's pattern only where its first letter can open one: r, t, m, y, l or e, in either case)
    const c = text.charCodeAt(tokens[i]!.start) | 32;
    if ((c === 114 || c === 116 || c === 109 || c === 121 || c === 108 || c === 101) && LINK_LIST_LABEL.test(s)) return (listing = true);
    return listing || linkLine(s);
  });
}

const LINK_LIST_LABEL =
  /^(?:related(?: stories| articles| links| topics| coverage| content)?|trending(?: now| stories)?|more on this story|more from [\p{L} ]{1,30}|most (?:read|popular|viewed)|recommended(?: for you| stories)?|you may also like|top stories|latest (?:news|stories)|editor'?s picks)$/iu;

/**
 * Paragraphs that are a photo's caption: a sentence, then the photo's credit in parentheses to the paragraph's end: "A
 * paramedic unloads a patient on Tuesday. (Tomas Reyes/CBC)", "… (Submitted by Priya Nair)", "… (AP Photo/Jo Vale)",
 * "… (Getty Images)". The people a caption describes are no one the story goes on with.
 */
function captionParagraphs(tokens: ReadonlyArray<Token>, starts: ReadonlyArray<number>): Set<number> {
  return paragraphsWhere(tokens, starts, (i, j) => {
    if (tokens[j - 1]!.raw !== ')') return false;
    let open = j - 2;
    while (open > i && j - open <= 14 && tokens[open]!.raw !== '(' && tokens[open]!.raw !== ')') open--;
    if (open <= i || tokens[open]!.raw !== '(' || !/^[.!?"”’]$/.test(tokens[open - 1]!.raw)) return false;
    const inside = tokens.slice(open + 1, j - 1);
    if (inside.length === 0) return false;
    if (inside[0]!.lower === 'submitted' && inside[1]?.lower === 'by') return true;
    if (inside.some((t) => t.raw === '/')) return true;
    return (
      inside.every((t) => !t.word || t.cap > 0) &&
      inside.some((t) => /^(photo|photograph|images|press|reuters|ap|afp|getty|shutterstock)$/.test(t.lower))
    );
  });
}

/** Key ids (see keyId in doc.ts), made once each: the maps by key id then look up a string whose hash is known. */
const ENTITY_IDS: string[] = [];
const PERSON_IDS: string[] = [];

/** The id of a key, as doc.ts makes it. */
function keyId(k: SpeakerKey): string {
  return k.kind === 'entity' ? (ENTITY_IDS[k.entity] ??= newKeyId(k)) : (PERSON_IDS[k.person] ??= newKeyId(k));
}

/** The speaker a reference stands for in the end (a lede description bound to the person named next). */
export function final(r: Ref): Ref {
  let x = r;
  while (x.bound) x = x.bound;
  return x;
}

/**
 * Whether description `text` holds a capitalised word past its first that `before`, an earlier description, does not:
 * "the WTO chief" after "the EU's trade chief" (a possessive's "'s" aside; case ignored).
 */
function namesMissing(text: string, before: string): boolean {
  const had = before.toLowerCase();
  // (an acronym of the earlier one's capitalised words is in it: "the RNC member" after "a Republican National Committee
  // member", "the U.N. envoy" after "the United Nations envoy")
  const initials = before
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  const words = text.split(/\s+/);
  // (past its determiner; a description with none names from its first word: "Toronto Police" after "Gatineau police";
  // not a word before a number, an address's: "Number 10" after "No 10")
  return words.slice(DETERMINERS.has(words[0]!.toLowerCase()) || /^[0-9]/.test(words[1] ?? '') ? 1 : 0).some((w) => {
    const bare = w.replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(bare) || had.includes(bare.toLowerCase())) return false;
    const acronym = bare.replace(/\./g, '');
    return !(acronym.length >= 2 && acronym === acronym.toUpperCase() && initials.includes(acronym));
  });
}

/** Words of a description that place an office at a level of government: national, provincial or state, local. */
const GOVERNMENT_LEVELS: ReadonlyArray<RegExp> = [
  /\b(federal|national|nation['’]s|country['’]s)\b/i,
  /\b(provincial|province['’]s|territorial|territory['’]s)\b/i,
  /\b(municipal|city['’]s|town['’]s|local)\b/i,
];

/**
 * Whether description `text` places its office at a level of government that `before`, an earlier description, places
 * at another: "the federal finance minister" after "the province's finance minister".
 */
function levelsDiffer(text: string, before: string): boolean {
  const level = (t: string): number => GOVERNMENT_LEVELS.findIndex((re) => re.test(t));
  const a = level(text);
  const b = level(before);
  return a >= 0 && b >= 0 && a !== b;
}

/** Heads of a description that name the top office of a field, as wire copy writes it: "the EU's trade chief". */
const CHIEF_HEADS = /^(chief|head|boss)$/;

/** Titles of the top office of a body or a field, which its "chief" holds: "High Commissioner", "Director General". */
const TOP_OFFICES =
  /^(commissioner|director|director-general|secretary|secretary-general|minister|president|chair|chairman|chairwoman|chairperson|administrator|governor|chancellor|commander|coordinator|chief|head|leader)$/;

/** Words of an office under the top one: "Deputy Commissioner", "a police spokeswoman". */
const UNDER_OFFICES = /^(deputy|assistant|vice|associate|under|shadow|spokesman|spokeswoman|spokesperson|former)$/;

/** Documents filed or issued that speak for those who wrote them, besides DOCUMENT_NOUNS: "the lawsuit", "the complaint". */
const FILED_DOCUMENTS = /^(lawsuit|suit|complaint|indictment|petition|motion|ruling|audit|affidavit|warrant)$/;

/** A party's word, capitalised, in a description or a title: "the Conservative MP", "NDP MP Ana Ruiz". */
const PARTY_WORD = /\b(Conservative|Liberal|NDP|Green|Bloc|Tory|Republican|Democratic|Democrat|Labour|PC|PQ|CAQ|UCP)\b/;
/** PARTY_WORD for every party word of a text, any case (String.prototype.match resets its lastIndex). */
const PARTY_WORDS_ANY = new RegExp(PARTY_WORD.source, 'gi');

/** Legislators' titles written in capitals, which head a description as a lower-case noun does: "the Labour MP". */
const MEMBER_TITLES = /^(MP|MPP|MLA|MSP|MEP|MHA|MNA|TD)$/;

/** Legislators' titles and nouns that a seat follows after "for" or "from": "MP for Stanmore East", "senator from Ohio". */
const SEAT_HOLDERS =
  /^(MP|MPP|MLA|MSP|MEP|MHA|MNA|TD|senator|councillor|councilor|alderman|assemblyman|assemblywoman|congressman|congresswoman)$/;

/**
 * Adds to `words` the capitalised words of a legislator's seat that start at `k`, after the "for" of the title: "MP for
 * Stanmore East" → "stanmore", "east" (up to four).
 */
function seatWords(tokens: ReadonlyArray<Token>, k: number, words: Set<string>): void {
  for (let j = k; j < k + 4 && tokens[j]?.word && tokens[j]!.cap > 0; j++) words.add(tokens[j]!.lower);
}

/**
 * Whether a name is no company's, for "the company" or "the firm": a public body's ("Statistics Canada said …") or one
 * whose last word is another kind of body's ("the Communications Workers Union", "the Harbour Tenants' Association").
 */
function notACompany(name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  return publicBodyName(name) || (notCompanyWord(last) && !/^(company|corporation|group|firm)$/.test(last));
}

/**
 * Whether a name is no group's, for "the group": a government's, a public body's or a place's ("Halifax Regional
 * Council", "Point Pleasant Park", "the Ministry of Labour"); a society, a committee, a party, a board or a centre may be
 * one ("the Canadian Cancer Society", "the Tax Policy Center").
 */
function notAGroup(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  return (
    (PUBLIC_OR_PLACE.test(last) && !/^(society|committee|party|board|authority|commission|house|office|exchange)$/.test(last)) ||
    words.some((w) => /^(ministry|department|government|council|parliament)$/.test(w))
  );
}

/** A word of a public body's or a place's name, or of an organisation of another kind than a company: no company's. */
function notCompanyWord(w: string): boolean {
  // (nor a union's local: "Unifor Local 444 president Dave Cassidy said …. The company said …" is no "Unifor Local")
  return PUBLIC_OR_PLACE.test(w) || w === 'local' || (ORG_HEADS.has(w) && !GENERIC_ORG.test(w) && w !== 'bank' && w !== 'network');
}

/** Whether a passive of running or owning opens at token i, after the property's name: "Harbourview is run by …". */
function ownedByAt(tokens: ReadonlyArray<Token>, i: number): boolean {
  return (
    /^(is|was|are|were)$/.test(tokens[i]?.lower ?? '') &&
    /^(run|owned|operated|managed|leased)$/.test(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.lower === 'by'
  );
}

/** Speakers' nouns that name a body, not a person, which an "it" may stand for ("The court said …. It said …"). */
const SPEAKING_BODIES = /^(regulator|watchdog|utility|hospital|city|town|municipality|province|court|tribunal)$/;

/**
 * The last word of the portfolios an organisation's name lists after the word at `e` that follows its "of" or "for",
 * before token `limit` ("Water" of "the Ministry of Water, Land and Resource Stewardship" → "Stewardship"); -1 when none.
 */
function portfoliosAfter(tokens: ReadonlyArray<Token>, e: number, limit: number): number {
  if (tokens[e + 1]?.raw !== ',' || !/^(of|for)$/.test(tokens[e - 1]?.lower ?? '') || tokens[e - 1]!.cap !== 0) return -1;
  const listed = listedPortfoliosEnd(tokens, e + 1);
  return listed < limit ? listed : -1;
}

/**
 * Nouns of the bodies that gather the members of trades or callings, named for them after "of": "the College of
 * Physicians and Surgeons", "the Association of Doctors and Nurses", "the Federation of Teachers and Librarians".
 */
const MEMBERS_BODIES =
  /^(college|association|federation|society|union|council|board|institute|academy|order|chamber|alliance|coalition|brotherhood|league|guild|confederation)$/;

/** Whether token `t` is a capitalised plural noun of people: "Surgeons", "Nurses" (not "Business", "Congress"). */
function capitalPlural(t: Token | undefined): boolean {
  return !!t?.word && t.cap === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.raw);
}

/**
 * Whether the "and" after token `e` joins a second portfolio to a ministry's or a department's name that runs from `k`:
 * one or two capitalised words after "of" or "for" right after the body's word ("the Ministry of Colleges and
 * Universities", "Department of Fisheries and Oceans"), not a second name ("the Ministry of Health and Ontario Health");
 * or a second plural of members to a members' body ("the College of Physicians and Surgeons of Ontario"), not a second
 * body after a people's ("the Council of Canadians and Friends of the Earth" are two).
 */
function portfolioAnd(tokens: ReadonlyArray<Token>, k: number, e: number): boolean {
  const and = tokens[e + 1]!;
  if (!and.word || and.lower !== 'and' || and.cap !== 0) return false;
  const of = tokens[e - 1]?.lower === 'of' || tokens[e - 1]?.lower === 'for' ? e - 1 : e - 2;
  if (of <= k || !/^(of|for)$/.test(tokens[of]!.lower) || tokens[of]!.cap !== 0) return false;
  const body = tokens[of - 1]!;
  if (body.cap === 0) return false;
  return (
    /^(ministry|department)$/.test(body.lower) ||
    (MEMBERS_BODIES.test(body.lower) &&
      capitalPlural(tokens[e]) &&
      capitalPlural(tokens[e + 2]) &&
      tokens[e + 3]?.key !== "'s" &&
      // (the second plural ends the name or leads to its "of": not "Nurses Unions and Doctors Nova Scotia", two)
      !(tokens[e + 3]?.word && tokens[e + 3]!.cap > 0) &&
      // (of a people, a body's whole name: "the Council of Canadians and Friends of the Earth" are two)
      !DEMONYMS.has(tokens[e]!.lower.slice(0, -1)) &&
      !DEMONYMS.has(tokens[e]!.lower))
  );
}

/** Words that end an apposition's head noun phrase: a preposition or conjunction ("a rival of …", "a coach for …"). */
const APPOSITION_BREAK = /^(of|for|from|with|at|in|on|to|by|and|or|about|against|under|behind|like|than|after|before)$/;

/**
 * The place a party member's description says they are from, as its lower-cased words: "the Ohio Republican" →
 * ["ohio"], "the New York Democrat" → ["new", "york"]; null when it names no US state or country the lexicon knows ("the
 * Republican", "the veteran Democrat", "the House Republican", "the Tea Party Republican", "the Brooklyn Democrat").
 */
function partyPlace(text: string): string[] | null {
  const words = text.split(/\s+/).slice(1, -1);
  if (words.length === 0 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const place = words.join(' ').toLowerCase();
  return US_STATES.has(place) || (words.length === 1 && COUNTRIES.has(place)) ? place.split(' ') : null;
}

/**
 * The US state or country, lower-cased, that capitalised words among `words` name: "Texas" → "texas", ["New", "York",
 * "Sen."] → "new york" (the longest first); null when they name none ("Republican", "Senate").
 */
function placeOfWords(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++)
    for (const n of [2, 1]) {
      const part = words.slice(i, i + n);
      if (part.length !== n || !part.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
      const place = part.join(' ').toLowerCase();
      if (US_STATES.has(place) || COUNTRIES.has(place)) return place;
    }
  return null;
}

/**
 * Verbs of telling whose object is the one told, a listener who may answer: "told her", "asked him", "warned her" (not
 * "promised him a raise", "assured her", "informed him": their object is given or told a thing, no one who answers).
 */
const TELLING_VERBS = /^(told|tells|tell|asked|asks|warned|warns|reminded|reminds)$/;

/** No mentions (mentionsOf of a key never named). */
const NO_MENTIONS: ReadonlyArray<{ first: number; key: SpeakerKey }> = [];

/** Modifiers only a person takes, before a noun of a trade a company plies too: "laid-off", "retired", "41-year-old". */
const PERSON_ONLY_MODIFIERS = /\b(laid-off|retired|unemployed|freelance|self-employed|[0-9]+-year-old)\b/i;

export class SpeakerResolver {
  private readonly refs = new Map<string, Ref>();
  /** speakers met so far, in text order */
  private readonly history: Array<{ ref: Ref; para: number; sent: number; nested?: boolean; c?: Construction; opener?: Ref }> = [];
  /** the last construction resolved: a later one in its sentence, after its verb, may be inside its reported words */
  private lastConstruction: Construction | null = null;
  private readonly resolved = new Map<Construction, Resolved | null>();
  private readonly learnedGender = new Map<string, Gender>();
  /** whether a person is titled an office's second ("Deputy Police Chief Ana Vale"), by key id and head */
  private readonly seconds = new Map<string, boolean>();
  /** the title words of a person (see titleWords), by key id */
  private readonly titles = new Map<string, string>();
  /** the same words as a set (titleWordSet), by key id: ledBy and hasHead ask it often, the split each time cost */
  private readonly titleSets = new Map<string, ReadonlySet<string>>();
  private readonly textHeads = new Map<string, Set<string>>();
  /** other common nouns written right before a person's name ("actress"): they find the person, never rule one out */
  private readonly nounHeads = new Map<string, Set<string>>();
  /** descriptions the article gives a person in apposition or as the next sentence's subject: head and words */
  private readonly described = new Map<string, Array<{ head: string; words: Set<string> }>>();
  /** The role a relative clause after a person's name gives by the work it says they do ("who runs the kitchen"), by key. */
  private readonly working = new Map<string, string>();
  /** people named in apposition to a relative ("her husband, Luis"), in text order, with the relative noun */
  private readonly relatives: Array<{ first: number; key: SpeakerKey; noun: string }> = [];
  /** paragraphs that credit the outlet or date the story (creditParagraphs) */
  private readonly credit: Set<number>;
  /** paragraphs that are a photo's caption (captionParagraphs) */
  private readonly captions: Set<number>;
  /** paragraphs that name other stories (linkParagraphs) */
  private readonly links: Set<number>;
  /** person mentions in text order: [first token, key] */
  private readonly personMentions: Array<{ first: number; key: SpeakerKey }> = [];
  /** the same mentions by key id, each list in text order (see mentionsOf) */
  private readonly mentionsByKey = new Map<string, Array<{ first: number; key: SpeakerKey }>>();
  /** nationsShown's answers by keyId (the mentions it reads are fixed once constructed) */
  private readonly nationsCache = new Map<string, ReadonlySet<string>>();

  /** `starts`: paragraphStarts of the doc, when the caller has them */
  constructor(
    private readonly doc: Doc,
    constructions: ReadonlyArray<Construction>,
    starts: ReadonlyArray<number> = paragraphStarts(doc),
  ) {
    const { tokens, index, people } = doc;
    // (the writers named in a byline are no one the article quotes: "By Archibald Mensah-Frost" is not the "he" of a
    // first quotation whose speaker the next paragraph names)
    const byline = bylineParagraphs(tokens, starts);
    // (nor the people in another story's headline, under "RELATED STORIES" or after "READ MORE:")
    this.links = linkParagraphs(doc, starts);
    for (const p of this.links) byline.add(p);
    this.credit = creditParagraphs(tokens, starts);
    this.captions = captionParagraphs(tokens, starts);
    for (const m of doc.known) {
      if (index.entities[m.entity]!.type !== 'person' || m.kind === KIND_ROLE || byline.has(tokens[m.first]!.para)) continue;
      const key = entityKey(m.entity);
      this.addMention(m.first, key);
      this.collectHeads(key, m.first);
    }
    people.people.forEach((p, i) => {
      if (p.type !== 'person') return;
      const key = personKey(i);
      for (const m of p.mentions) {
        if (byline.has(tokens[m.first]!.para)) continue;
        this.addMention(m.first, key);
        this.collectHeads(key, m.first);
      }
    });
    this.personMentions.sort((a, b) => a.first - b.first);
    for (const list of this.mentionsByKey.values()) list.sort((a, b) => a.first - b.first);
    this.readAppositions();
    this.learnGendersFromPronouns(constructions);
    this.learnGenderFromNextSentence(constructions);
    this.learnGenderFromSentenceAfter(constructions);
  }

  /**
   * What the article says of the people it names right beside their names (the constructor's first pass over the
   * mentions): a gender from a noun in apposition or right before a name, the relatives named in apposition, and the
   * descriptions and work given in apposition or by the next sentence.
   */
  private readAppositions(): void {
    const { tokens } = this.doc;
    // "Terry Strada, a widow, …": a gendered noun in apposition says more than a first name does
    for (const pm of this.personMentions) {
      const g = this.appositionGender(this.personAt(pm.first)?.last ?? pm.first);
      if (g) this.learnedGender.set(keyId(pm.key), g);
    }
    // "her husband, Luis,": the relative a later "her husband" names (or named in full: "her husband, Tran Van Duc,")
    const relative = (pm: { first: number }): boolean =>
      familyApposition(tokens, pm.first) ||
      (familyApposition(tokens, pm.first, true) && /^[,.;:)—–]$/.test(tokens[(this.personAt(pm.first)?.last ?? pm.first) + 1]?.raw ?? ''));
    // "9/11 widow Terry Strada", "her brother Alastair Osman": a gendered noun right before a name, as in apposition
    for (const pm of this.personMentions) {
      const t = tokens[pm.first - 1];
      // (not a role: "Trump spokesman Hope Hicks", "Sister Mary" say nothing of gender; a family word is none, though the
      // speaker nouns hold it: "her son Noah")
      const role = !t?.word || TITLES.has(t.lower) || (SPEAKER_NOUNS.has(t.lower) && !FAMILY.test(t.lower));
      // (or the relative set off by a comma before it, named in full too: "her son, Mateo,", "Her husband, Gurvinder
      // Sandhu, said she …", so that a "she" right after the name, another's, gives him no gender the noun denies)
      const kin = role && relative(pm) ? tokens[pm.first - 2]!.lower : null;
      const noun = kin ?? (role ? null : t.lower);
      const g: Gender = noun === null ? null : FEMALE_NOUNS.has(noun) ? 'female' : MALE_NOUNS.has(noun) ? 'male' : null;
      if (g && !this.learnedGender.has(keyId(pm.key))) this.learnedGender.set(keyId(pm.key), g);
    }
    for (let i = 0; i < this.personMentions.length; i++) {
      const pm = this.personMentions[i]!;
      if (relative(pm)) {
        const noun = tokens[pm.first - 2]!.lower;
        this.relatives.push({ first: pm.first, key: pm.key, noun });
        this.learnOwnerGender(i);
        // and "the husband" later is Luis too
        this.described.set(keyId(pm.key), [...(this.described.get(keyId(pm.key)) ?? []), { head: noun, words: new Set([noun]) }]);
      }
    }
    // "Ravi Menon, the 61-year-old pharmacist who …", "Amara Chukwu starts … . The 34-year-old emergency nurse has …": the
    // description the article gives a person, so that a later "the pharmacist", "the nurse" finds that person
    for (const pm of this.personMentions) {
      const last = this.personAt(pm.first)?.last ?? pm.first;
      const d = this.appositionHead(last) ?? this.nextSubjectHead(pm.first);
      // (and a role given in a clause after the name: "Rosalind Mbeki, a former deputy minister, who was appointed
      // commissioner …" is "the commissioner" too)
      const given = this.appointedHead(last);
      // (and the work a relative clause says the person does: "Hanna Lind, who runs the kitchen, said" is no governor or
      // senator the article goes on to quote)
      const work = this.workHead(last);
      if (work) this.working.set(keyId(pm.key), work);
      const ds = [d, given].filter((x): x is { head: string; words: Set<string> } => !!x);
      if (ds.length) this.described.set(keyId(pm.key), [...(this.described.get(keyId(pm.key)) ?? []), ...ds]);
    }
  }

  /**
   * The gender the possessive of a relative named in apposition (the person mention `i`: "her brother, Imran") gives the
   * one person named before it in its sentence, its owner, when nothing else gives that person one: "Sana Qureshi
   * started the firm with her brother, Imran. “…,” he said." is the brother's, since Qureshi is a woman. Not past a
   * second person ("Lee met Ortiz and her husband, Sam"), nor a pronoun of the other gender ("Lee said he saw her
   * brother, Sam"), nor from quoted words.
   */
  private learnOwnerGender(i: number): void {
    const { tokens, sents, quoted } = this.doc;
    const first = this.personMentions[i]!.first;
    const poss = tokens[first - 3];
    if (!poss?.word || (poss.lower !== 'his' && poss.lower !== 'her') || quoted[first - 3]) return;
    const g: Gender = poss.lower === 'his' ? 'male' : 'female';
    const sent = sents.sent[first]!;
    let owner: SpeakerKey | null = null;
    let from = -1;
    for (let j = i - 1; j >= 0; j--) {
      const pm = this.personMentions[j]!;
      if (sents.sent[pm.first] !== sent) break;
      if (quoted[pm.first]) continue;
      if (owner && keyId(owner) !== keyId(pm.key)) return;
      owner = pm.key;
      from = pm.first;
    }
    // (nor of a person a given name of one gender names; one of both, "Jordan", says nothing)
    if (!owner || keyType(this.doc, owner) !== 'person' || (keyGender(this.doc, owner) !== null && !this.givenOfBoth(owner))) return;
    const id = keyId(owner);
    if (this.learnedGender.has(id)) return;
    const other = g === 'male' ? /^(she|her|hers|herself)$/ : /^(he|him|his|himself)$/;
    for (let k = from; k < first - 3; k++) if (!quoted[k] && other.test(tokens[k]!.lower)) return;
    this.learnedGender.set(id, g);
  }

  /**
   * Genders learnt from the pronouns of the frames (see the comment below): the votes of the "he" or "she" opening a
   * reported clause, of the next frame's pronoun and of a possessive, weighed against the gender a given name says.
   */
  private learnGendersFromPronouns(constructions: ReadonlyArray<Construction>): void {
    const { tokens } = this.doc;
    // "Lonechild said she ...": the pronoun that opens the reported clause is the speaker's, often; in political news it
    // is as often the rival ("Clinton said he would abdicate …"). So it gives a gender to a person with none, and
    // overrides the gender of a first name only when it says so twice and never the other way ("Terry Strada said
    // she …" twice); never a dataset person's given gender, and not from a name after a preposition, which is no
    // subject ("Clinton's attack on Trump indicates she is pivoting")
    type Votes = {
      key: SpeakerKey;
      male: number;
      female: number;
      next: Record<'male' | 'female', number>;
      own: Record<'male' | 'female', number>;
      // (a "he" or "she" past a short opening phrase: "After the vote, she said …"; it gives a gender to a person of none
      // only, never overrides a given name's)
      phrase: Record<'male' | 'female', number>;
    };
    const votes = new Map<string, Votes>();
    const vote = (key: SpeakerKey): Votes => {
      const id = keyId(key);
      const v = votes.get(id) ?? {
        key,
        male: 0,
        female: 0,
        next: { male: 0, female: 0 },
        own: { male: 0, female: 0 },
        phrase: { male: 0, female: 0 },
      };
      votes.set(id, v);
      return v;
    };
    // "A former student, Keisha Lorde, said he was demanding. “…,” she said.": the "he" or "she" of the next frame, in
    // the same paragraph with no one named since, is that person's own and says more than the pronoun opening their
    // reported clause (two votes: an obituary's or a profile's "said he" is often its subject), but only where the names
    // guessed the gender from a pronoun or none is known; not past a pronoun of that gender ("Vik accused him of
    // sexism. He …" is the one accused)
    let prev: Construction | null = null;
    // (the tokens of the pronouns and possessives that open reported clauses, counted here)
    const counted = new Set<number>();
    // the word that opens a frame's reported clause (past a "that") and the gender it gives, a pronoun's or a possessive's
    // (past the one told, a name or a word of the press: "Deepak Rao, whose daughter burned her wrist, told The Canadian
    // Press he had …", "told reporters she …")
    const opener = (x: Construction): number => {
      let k = x.verbLast + 1;
      if (/^(told|tells|tell)$/.test(tokens[x.verbLast]?.lower ?? '')) {
        let j = k;
        // (a hyphen or an ampersand inside the name: "The Leader-Post", "Black & Decker")
        while (j < k + 7 && tokens[j] && !this.doc.quoted[j] && !PRONOUNS.has(tokens[j]!.lower)) {
          const t = tokens[j]!;
          if (!t.word && !(/^[-&]$/.test(t.raw) && j > k && tokens[j + 1]?.cap === 1)) break;
          if (t.word && t.cap === 0 && !/^(the|reporters|journalists)$/.test(t.lower)) break;
          j++;
        }
        if (j > k && /^(he|she)$/.test(tokens[j]?.lower ?? '')) k = j;
        // (past the one told, a "her" or "him" before an article or "that": "Tom Berg told her the deal was off" says
        // nothing of Berg's gender)
        else if (this.toldPronoun(x) !== null) k++;
      }
      return k + (tokens[k]?.lower === 'that' ? 1 : 0);
    };
    const openerGender = (k: number, verb: string): Gender | 'plural' | 'first' | 'neuter' | undefined =>
      PRONOUNS.get(tokens[k]?.lower ?? '') ?? possessiveGender(tokens[k], verb) ?? undefined;
    for (const c of constructions) {
      const before = prev;
      prev = c;
      const sub = c.subject;
      const pro = sub?.kind === 'pronoun' ? sub.pronoun : null;
      if (
        sub &&
        (pro === 'male' || pro === 'female') &&
        before?.subject?.kind === 'key' &&
        !before.inverted &&
        // (not after a question: the frame that follows it is the answer of the one asked, "Gareth Lowe asked the general
        // whether … . She said …")
        !ASKING.test(before.verb) &&
        before.para === c.para &&
        c.sent === before.sent + 1 &&
        // (a frame of its own: "“…,” she said", "She said …", not one inside a clause, "in which she said")
        // (past a short phrase of time or manner that opens the sentence: "Under cross-examination, she conceded …"; not
        // a frame set off by commas, the phrase being the reported words': "Later, he said, the council would vote")
        (sub.first === this.doc.sents.starts[c.sent] ||
          /^[”"’]$/.test(tokens[sub.first - 1]?.raw ?? '') ||
          (this.openingPhraseBefore(c.sent, sub.first) && tokens[c.verbLast + 1]?.raw !== ',')) &&
        keyType(this.doc, before.subject.key!) === 'person' &&
        // (not after one who told an unnamed "her" or "him" of the pronoun's gender: "Tom Berg told her the deal was off.
        // “…,” she said." may be the one told)
        this.toldPronoun(before) !== pro &&
        !this.namedBetween(before.last + 1, c.first) &&
        !tokens.slice(before.last + 1, sub.first).some((t, i) => !this.doc.quoted[before.last + 1 + i] && PRONOUNS.get(t.lower) === pro)
      )
        // (a pronoun that does not open its sentence, past an opening phrase or a "But", may be another's: "Mayor Tom Bell
        // said …. Before the vote, she said …": it votes apart, for a person of no gender or a guessed one only)
        (sub.first === this.doc.sents.starts[c.sent] || /^[”"’]$/.test(tokens[sub.first - 1]?.raw ?? '')
          ? vote(before.subject.key!).next
          : vote(before.subject.key!).phrase)[pro] += 2;
      // ("Sartini said he would … ." then, opening the next paragraph, "“…,” he said.": the frame right after a person's
      // own reported clause that opened with the same pronoun, no one named between)
      else if (
        (pro === 'male' || pro === 'female') &&
        before?.subject?.kind === 'key' &&
        !before.inverted &&
        before.para + 1 >= c.para &&
        c.sent === before.sent + 1 &&
        /^[”"’]$/.test(tokens[sub!.first - 1]?.raw ?? '') &&
        openerGender(opener(before), before.verb) === pro &&
        keyType(this.doc, before.subject.key!) === 'person' &&
        !this.namedBetween(before.last + 1, c.first)
      )
        vote(before.subject.key!).own[pro] += 2;
      if (c.subject?.kind !== 'key' || c.inverted) continue;
      if (/^(on|of|against|for|with|at|to|by|from|about|over)$/.test(tokens[c.subject.first - 1]?.lower ?? '')) continue;
      const k = opener(c);
      const g = openerGender(k, c.verb);
      if (g !== 'male' && g !== 'female') continue;
      vote(c.subject.key!)[g]++;
      counted.add(k);
    }
    // "Pop singer Marlowe Quinn has cancelled her tour": a "his" or "her" owning the noun after it, in the sentence a
    // person opens as its subject, votes once for that person, before anyone or anything else that may own it is named
    // (another person, a pronoun, a noun of a person, a relative word or quoted words). It gives a gender to a person with
    // none; it overrides a first name the lists read as the other gender ("Marlowe") only as "said she" does
    // (not a possessive that opens a reported clause, counted above)
    this.possessiveVotes(vote, counted);
    for (const [id, v] of votes) {
      if (this.learnedGender.has(id)) continue;
      const known = keyGender(this.doc, v.key);
      if (v.key.kind === 'entity' && known) continue;
      // (a gender the names guessed from a pronoun, not read from a given name or a courtesy title, counts as none)
      if (!known || this.guessedGender(v.key)) {
        const female = v.female + v.next.female + v.phrase.female;
        const male = v.male + v.next.male + v.phrase.male;
        const g: Gender = female > male ? 'female' : male > female ? 'male' : null;
        if (g && g !== known) this.learnedGender.set(id, g);
        continue;
      }
      const g: Gender = v.female > v.male ? 'female' : v.male > v.female ? 'male' : null;
      if (g && known !== g && v[known] === 0 && v[g] >= 2) this.learnedGender.set(id, g);
      // (or once, when the person's own next frame says it too and nothing says the other: a given name the lists read
      // as the other gender, "Vanni", "Nicola"), when no one else the article names has that surname ("Woods said she
      // …" may be the widow of Ty Woods, not Ty)
      else if (
        g &&
        known !== g &&
        v[known] + v.next[known] + v.own[known] === 0 &&
        v[g] >= 1 &&
        v.own[g] >= 2 &&
        !this.surnameShared(v.key)
      )
        this.learnedGender.set(id, g);
      // (or by the person's own next frame alone, when nothing in the article says the first name's gender: "Guitarist
      // Remy Okafor said the song was written in one night. “…,” he said." reads "Remy" on the list of women's names)
      else if (!g && v[known] + v.next[known] + v.own[known] === 0 && !this.surnameShared(v.key)) {
        const other: Gender = known === 'female' ? 'male' : 'female';
        // (a pronoun past an opening phrase counts only for a given name of both genders, "Jordan": "Mayor Tom Bell said
        // …. Before the vote, she said …" is another's)
        const phrase = this.givenOfBoth(v.key) ? v.phrase[other] : 0;
        if (v.next[other] + phrase >= 2 && v[other] + v.next[other] + phrase + v.own[other] >= 2) this.learnedGender.set(id, other);
      }
    }
  }

  /** A gender from the "he" or "she" that opens the sentence after a frame's named subject (see the comment below). */
  private learnGenderFromNextSentence(constructions: ReadonlyArray<Construction>): void {
    const { tokens } = this.doc;
    // "Justice Minister Adaeze Longbottom said the act would work. / She was joined by Sgt. Brent Kowalchuk …": a sentence
    // that opens with "he" or "she", no frame's subject, right after a frame whose named subject is the only person its
    // sentence names gives that person, of no gender known, its gender (so that a later "he" passes over her)
    // (the tokens where a frame's pronoun subject stands, for the test below: one set, not a scan of the frames per frame)
    const pronounSubjects = new Set<number>();
    for (const c of constructions) if (c.subject?.kind === 'pronoun') pronounSubjects.add(c.subject.first);
    for (const c of constructions) {
      const sub = c.subject;
      if (sub?.kind !== 'key' || c.inverted || keyType(this.doc, sub.key!) !== 'person') continue;
      const from = this.doc.sents.starts[c.sent]!;
      const next = this.doc.sents.starts[c.sent + 1];
      const t = next === undefined ? undefined : tokens[next];
      if (next === undefined || !t?.word || this.doc.quoted[next] || t.para > c.para + 1) continue;
      const g = PRONOUNS.get(t.lower);
      if (g !== 'male' && g !== 'female') continue;
      if (pronounSubjects.has(next)) continue;
      const id = keyId(sub.key!);
      if (this.learnedGender.has(id) || keyGender(this.doc, sub.key!) !== null) continue;
      if (this.otherMentionIn(from, next, id)) continue;
      this.learnedGender.set(id, g);
    }
  }

  /** A gender from the "he" or "she" that opens the sentence after one of no frame a person opens (see the comment below). */
  private learnGenderFromSentenceAfter(constructions: ReadonlyArray<Construction>): void {
    const { tokens } = this.doc;
    // "Her deckhand, Tomasz Wierzbicki, has worked beside her for nine years. He is 31, …": so does one that follows a
    // sentence of no frame whose subject is the person, of no gender known (or one guessed), and the only person it names
    // (not when the pronoun may be another's: a "his" or "her" of its gender in that sentence, "Her deckhand, Tomasz
    // Wierzbicki, has fished with his brother. She hired him …", or a person of its gender named in the two sentences
    // before, "Farmer Ellen Ward has worked the land …. Her neighbour, Łukasz Nowak, …. She said …")
    const sentStarts = this.doc.sents.starts;
    const framed = new Set(constructions.map((c) => c.sent));
    for (const pm of this.personMentions) {
      if (this.doc.quoted[pm.first]) continue;
      const s = this.doc.sents.sent[pm.first]!;
      const next = sentStarts[s + 1];
      const t = next === undefined ? undefined : tokens[next];
      if (next === undefined || !t?.word || this.doc.quoted[next] || t.para > tokens[pm.first]!.para + 1) continue;
      const g = PRONOUNS.get(t.lower);
      if (g !== 'male' && g !== 'female') continue;
      const id = keyId(pm.key);
      if (framed.has(s) || this.learnedGender.has(id)) continue;
      // (a gender the names guessed from a pronoun near a mention counts as none: "… has worked beside her")
      const known = keyGender(this.doc, pm.key);
      if (g === known || (known !== null && !this.guessedGender(pm.key))) continue;
      const at = this.sentenceSubjectAt(pm.first);
      if (!at || at.s !== s) continue;
      const from = sentStarts[s]!;
      if (this.otherMentionIn(from, next, id)) continue;
      const own = g === 'male' ? /^(he|him|his|himself)$/ : /^(she|her|hers|herself)$/;
      if (tokens.slice(from, next).some((x, i) => !this.doc.quoted[from + i] && own.test(x.lower))) continue;
      const earlier = sentStarts[Math.max(0, s - 2)]!;
      if (this.otherMentionIn(earlier, from, id, g)) continue;
      this.learnedGender.set(id, g);
    }
  }

  /** Records a person mention at token `first`, in personMentions and in mentionsByKey. */
  private addMention(first: number, key: SpeakerKey): void {
    const pm = { first, key };
    this.personMentions.push(pm);
    const id = keyId(key);
    const list = this.mentionsByKey.get(id);
    if (list) list.push(pm);
    else this.mentionsByKey.set(id, [pm]);
  }

  /**
   * The mentions of the person at `key`, in text order (as personMentions filtered by key, one look-up instead of a scan
   * of every mention).
   */
  private mentionsOf(key: SpeakerKey): ReadonlyArray<{ first: number; key: SpeakerKey }> {
    return this.mentionsByKey.get(keyId(key)) ?? NO_MENTIONS;
  }

  /**
   * Whether a person other than the one of key id `id` is named (inside quotation marks or not) from token `from` up to
   * before token `before`; with `gender`, one of that gender only.
   */
  private otherMentionIn(from: number, before: number, id: string, gender?: Gender): boolean {
    return this.someMentionIn(from, before, (m) => keyId(m.key) !== id && (gender === undefined || keyGender(this.doc, m.key) === gender));
  }

  /**
   * Whether a short phrase of time, place or manner, set off by its comma, is all that comes before the subject at `first`
   * in sentence `sent`: "Under cross-examination, she …", "Later that day, he …" (no name, pronoun or quotation in it).
   */
  private openingPhraseBefore(sent: number, first: number): boolean {
    const { tokens, quoted } = this.doc;
    const start = this.doc.sents.starts[sent]!;
    const open = tokens[start]!;
    if (first - start < 2 || first - start > 6 || tokens[first - 1]!.raw !== ',' || !open.word || open.cap !== 1) return false;
    if (!PHRASE_OPENERS.test(open.lower)) return false;
    for (let k = start + 1; k < first - 1; k++) {
      const t = tokens[k]!;
      if (quoted[k] || (t.word && (t.cap !== 0 || PRONOUNS.has(t.lower))) || t.raw === ',') return false;
    }
    return true;
  }

  /** Whether a mention of the person at `key` opens with a given name the lists give both genders ("Jordan"). */
  private givenOfBoth(key: SpeakerKey): boolean {
    if (key.kind !== 'person') return false;
    const { tokens } = this.doc;
    return this.doc.people.people[key.person]!.mentions.some((m) => BOTH_GIVEN_SET.has(tokens[m.first]!.lower));
  }

  /**
   * Whether the gender of the person at `key` (one the article names, not a dataset person) was guessed by the names
   * from a pronoun near a mention: none of its mentions opens with a given name of a gender nor follows a courtesy title.
   */
  private guessedGender(key: SpeakerKey): boolean {
    if (key.kind !== 'person') return false;
    const { tokens } = this.doc;
    return !this.doc.people.people[key.person]!.mentions.some((m) => {
      const t = tokens[m.first]!;
      const b = tokens[m.first - 1]?.raw === '.' ? tokens[m.first - 2] : tokens[m.first - 1];
      return genderOfFirstName(t.raw) !== null || /^(mr|mrs|ms|miss|sir|dame|lady|lord)$/.test(b?.lower ?? '');
    });
  }

  /** The person whose mention starts at token `k` (a dataset person, not by a role, or one the article names): key and last token. */
  private personAt(k: number): { key: SpeakerKey; last: number } | null {
    const m = this.doc.knownStartAt.get(k);
    if (m && m.kind !== KIND_ROLE && this.doc.index.entities[m.entity]!.type === 'person')
      return { key: entityKey(m.entity), last: m.last };
    const u = this.doc.people.startAt.get(k);
    if (u === undefined) return null;
    return { key: personKey(u), last: this.doc.people.people[u]!.mentions.find((x) => x.first === k)?.last ?? k };
  }

  /**
   * The gender of a noun in apposition after the name ending at `last`: ", a widow", ", the group's chairwoman". Not a
   * relative named in apposition of its own, an item of a list: "MacInnis, her husband, Neil, and their children" or
   * "MacInnis, her husband Neil, and …" says nothing of MacInnis.
   */
  private appositionGender(last: number): Gender {
    const { tokens } = this.doc;
    if (tokens[last + 1]?.raw !== ',' || !/^(a|an|the|his|her)$/.test(tokens[last + 2]?.lower ?? '')) return null;
    for (let k = last + 3; k <= last + 6; k++) {
      const t = tokens[k];
      if (!t?.word || NP_BREAK.has(t.lower)) return null;
      // (a possessor before "'s" is someone else, the head after it the named one: "Lena Varga, the duke's daughter")
      if (/^['’]s?$/.test(tokens[k + 1]?.raw ?? '')) {
        k++;
        continue;
      }
      const g: Gender = FEMALE_NOUNS.has(t.lower) ? 'female' : MALE_NOUNS.has(t.lower) ? 'male' : null;
      // (nor one the name right after it is: "Marek Kowalczyk, his wife Anna, and their children" is no woman)
      if (g) return (this.personAt(k + 2) && familyApposition(tokens, k + 2)) || this.personAt(k + 1) ? null : g;
    }
    return null;
  }

  /** A common noun the description heads: not an organisation, a group, a document or a plural. */
  private static personHead(t: { lower: string; cap: number; word: boolean } | undefined): boolean {
    return (
      !!t &&
      t.word &&
      t.cap === 0 &&
      /^[a-z]{3,}$/.test(t.lower) &&
      !/(ly|ing|ss)$/.test(t.lower) &&
      !(/s$/.test(t.lower) && !FEMALE_NOUNS.has(t.lower) && !MALE_NOUNS.has(t.lower)) &&
      !NP_BREAK.has(t.lower) &&
      !DETERMINERS.has(t.lower) &&
      !ORG_HEADS.has(t.lower) &&
      !GROUP_NOUNS.has(t.lower) &&
      !DOCUMENT_NOUNS.has(t.lower) &&
      !AUXILIARIES.has(t.lower)
    );
  }

  /** Whether token `k` is a hyphen joining two words: "34-year-old". */
  private joinedHyphen(k: number): boolean {
    return tightHyphen(this.doc.tokens, k);
  }

  /** The head of a description in apposition after the name ending at `last`: ", the 61-year-old pharmacist who …" → "pharmacist". */
  private appositionHead(last: number): { head: string; words: Set<string> } | null {
    const { tokens } = this.doc;
    if (tokens[last + 1]?.raw !== ',') return null;
    // (not past the comma that closes a comparison the sentence opens with, the subject after it: "Like Paul Okafor, the
    // mayor, 61, said …" is someone other than Okafor)
    const s = this.doc.sents.sent[last];
    if (
      s !== undefined &&
      frontedComparisonAt(tokens, this.doc.sents.starts[s]!, this.doc.sents.starts[s + 1] ?? tokens.length)?.comma === last + 1
    )
      return null;
    // (past an age set off by commas, as news gives it first: "Tan Hui Min, 29, an accountant, …")
    if (/^[0-9]{1,3}$/.test(tokens[last + 2]?.raw ?? '') && tokens[last + 3]?.raw === ',') last += 2;
    // (a bare role of something, one word before "of" or "for": "Brig.-Gen. Tomas Reinholt, commander of 5th Canadian
    // Division, said" is "the commander"; or up to three before "at": "Rhea Okonkwo, chief economist at Lanterna
    // Securities" is "the economist")
    let end = last + 2;
    while (end < last + 5 && tokens[end]?.word && tokens[end]!.cap === 0 && !NP_BREAK.has(tokens[end]!.lower) && !this.doc.quoted[end])
      end++;
    const at = tokens[end]?.lower ?? '';
    if (end > last + 2 && (/^(of|for)$/.test(at) ? end === last + 3 : at === 'at')) {
      const head = tokens[end - 1]!.lower;
      const words = new Set(tokens.slice(last + 2, end).map((t) => t.lower));
      return SpeakerResolver.describes(head, words) ? { head, words } : null;
    }
    if (!/^(a|an|the)$/.test(tokens[last + 2]?.lower ?? '')) return null;
    let head: string | null = null;
    const words = new Set<string>();
    for (let k = last + 3; k <= last + 10; k++) {
      const t = tokens[k];
      if (this.joinedHyphen(k)) continue;
      // (a legislator's seat after the title closes it: ", the Labour MP for Stanmore East")
      if (!t?.word || NP_BREAK.has(t.lower) || (t.lower === 'for' && MEMBER_TITLES.test(tokens[k - 1]!.raw))) {
        // closed by punctuation, a relative or a preposition, not by a verb: ", the airline said" is a new clause
        if (t?.word && !/^(who|whose|of|for|at|in|from|with|and|on|to|since)$/.test(t.lower)) return null;
        // (the seat's words count as the description's: ", a Fianna Fáil TD for Donegal" is "the Donegal TD", ", a
        // councillor for Ballymun" "the Ballymun councillor")
        if (t && /^(for|from)$/.test(t.lower) && head !== null && SEAT_HOLDERS.test(tokens[k - 1]!.raw)) seatWords(tokens, k + 1, words);
        break;
      }
      // "the team's captain", "the group's chairwoman": the role is the noun after the owner, the owner no word of it
      if (t.key === "'s") {
        if (words.size > 3) return null;
        words.clear();
        head = null;
        continue;
      }
      words.add(t.lower);
      // (a legislator's title in capitals heads it too: ", the Labour MP for Stanmore East")
      head = t.cap === 0 || MEMBER_TITLES.test(t.raw) ? t.lower : null;
    }
    return head && SpeakerResolver.describes(head, words) ? { head, words } : null;
  }

  /**
   * The role a person is said to have been given, right after the name (or its apposition): "retired judge Ines Varga,
   * who was appointed commissioner in March", "Tom Lund was named interim chief", "…, who was elected as chair" → its head.
   */
  private appointedHead(last: number): { head: string; words: Set<string> } | null {
    const { tokens } = this.doc;
    const is = (k: number, re: RegExp): boolean => !!tokens[k]?.word && tokens[k]!.cap === 0 && re.test(tokens[k]!.lower);
    let k = last + 1;
    // (past an apposition: "Rosalind Mbeki, a former deputy minister, who was appointed …")
    if (tokens[k]?.raw === ',' && is(k + 1, /^(a|an|the)$/)) {
      let c = k + 2;
      while (c < k + 10 && tokens[c]?.word) c++;
      if (tokens[c]?.raw === ',') k = c;
    }
    if (tokens[k]?.raw === ',' && is(k + 1, /^who$/)) k += 2;
    if (is(k, /^(has|had)$/) && is(k + 1, /^been$/)) k += 2;
    else if (is(k, /^(was|is)$/)) k++;
    else return null;
    if (!is(k, /^(appointed|named|elected|installed|chosen|made)$/)) return null;
    k++;
    if (is(k, /^as$/)) k++;
    if (is(k, /^(the|a|an)$/)) k++;
    let head: string | null = null;
    const words = new Set<string>();
    for (; k <= last + 12; k++) {
      const t = tokens[k];
      if (!t?.word || t.cap !== 0 || NP_BREAK.has(t.lower) || t.key === "'s") break;
      words.add(t.lower);
      head = t.lower;
    }
    return head && SpeakerResolver.describes(head, words) ? { head, words } : null;
  }

  /**
   * The role a relative clause right after a name gives by the work it says the person does: ", who runs the kitchen"
   * is a manager, ", who owns the bakery" an owner, ", who teaches at the school" a teacher (in the present or the past
   * tense); null for any other clause.
   */
  private workHead(last: number): string | null {
    const { tokens } = this.doc;
    if (tokens[last + 1]?.raw !== ',' || tokens[last + 2]?.lower !== 'who') return null;
    const v = tokens[last + 3];
    if (!v?.word || v.cap !== 0) return null;
    return WORK_VERBS.get(v.lower) ?? null;
  }

  /** Whether a description of `head` with `words` names what the person is now: a person noun, not "the former governor". */
  private static describes(head: string, words: Set<string>): boolean {
    return (
      (SpeakerResolver.personHead({ lower: head, cap: 0, word: true }) || MEMBER_TITLES.test(head.toUpperCase())) &&
      ![...words].some((w) => /^(late|then|future|would-be)$/.test(w))
    );
  }

  /**
   * The person named at `first` and the sentence it opens as its subject: the name opens the sentence, or stands in
   * apposition to the role that does ("Fenwick's neighbour, Hannah Lindgren, moved in …"); not a possessive ("Ada Vik's
   * husband, Luis, …" is not about Vik) nor a relative's apposition ("Ada Vik's husband, Luis, …" is about both).
   */
  private sentenceSubjectAt(first: number): { own: { key: SpeakerKey; last: number }; s: number } | null {
    const { tokens, sents } = this.doc;
    const s = sents.sent[first];
    if (s === undefined) return null;
    const own = this.personAt(first);
    if (!own || tokens[own.last + 1]?.key === "'s") return null;
    const opener =
      sents.starts[s] !== first && first - sents.starts[s]! <= 7 && !familyApposition(tokens, first)
        ? this.apposedOpener(sents.starts[s]!, first + 1, 0)
        : null;
    if (sents.starts[s] !== first && !(opener?.key && keyId(opener.key) === keyId(own.key))) return null;
    return { own, s };
  }

  /**
   * The head of a definite description opening the sentence after the one a person opens, as its subject, when that
   * sentence names no one else: "Amara Chukwu starts … . The 34-year-old emergency nurse has worked …" → "nurse".
   */
  private nextSubjectHead(first: number): { head: string; words: Set<string> } | null {
    const { tokens, sents } = this.doc;
    const at = this.sentenceSubjectAt(first);
    if (!at) return null;
    const { own, s } = at;
    const start = sents.starts[s + 1];
    if (start === undefined || tokens[start]?.lower !== 'the' || tokens[start]!.cap === 0) return null;
    if (tokens[start]!.para !== tokens[first]!.para || this.doc.quoted[start]) return null;
    // no other person in the first sentence: the description could be either
    if (this.otherMentionIn(first + 1, start, keyId(own.key))) return null;
    const words = new Set<string>();
    for (let k = start + 1; k <= start + 9; k++) {
      if (this.joinedHyphen(k)) continue;
      const t = tokens[k];
      if (!t?.word || t.cap > 0 || NP_BREAK.has(t.lower)) return null;
      words.add(t.lower);
      const n = tokens[k + 1];
      // its verb: an auxiliary, a past or a present tense ("has worked", "opened", "runs")
      if (
        n?.word &&
        n.cap === 0 &&
        (AUXILIARIES.has(n.lower) ||
          NEGATED_AUXILIARY.test(n.lower) ||
          IRREGULAR_PAST.has(n.lower) ||
          n.lower === 'said' ||
          (/[a-z]{2}(ed|es|s)$/.test(n.lower) && !/ss$/.test(n.lower)))
      ) {
        // (not a title another person holds by name before it: "Mayor Brenda Kowalski said …. Olafson said he would table
        // an amendment. The mayor said …" names Kowalski, not Olafson)
        const held = this.personMentions.some(
          (pm) => pm.first < start && keyId(pm.key) !== keyId(own.key) && this.heads(pm.key).has(t.lower),
        );
        // (nor another role than the one the article gave the person: "The captain, Halvard Oyen, said …. The dispatcher
        // said …" is someone else)
        const other = words.size === 1 && SpeakerResolver.otherTrade(t.lower, this.heads(own.key));
        return SpeakerResolver.describes(t.lower, words) && SpeakerResolver.personNoun(t.lower) && !held && !other
          ? { head: t.lower, words }
          : null;
      }
    }
    return null;
  }

  /**
   * Whether `h` names a trade ("dispatcher", "controller", "engineer", "operator") and the person's `heads` another one
   * the article gave them ("captain", "mayor"): "The captain, Halvard Oyen, said …. The dispatcher said" is not Oyen.
   */
  private static otherTrade(h: string, heads: ReadonlySet<string>): boolean {
    if (heads.has(h) || DEMONYMS.has(h) || !/[a-z]{3}(?:er|or|ist|ian|eon)$/.test(h) || NOT_PERSON_SHAPE.test(h)) return false;
    if (!(SPEAKER_NOUNS.has(h) || TITLES.has(h) || PERSON_SHAPE.test(h))) return false;
    return [...heads].some(
      (x) => !COURTESY_TITLES.test(x) && !POSITIONS.test(x) && (TITLES.has(x) || SPEAKER_NOUNS.has(x)) && !FAMILY.test(x),
    );
  }

  /**
   * Whether a noun names a person: a role, a title, a relative, or a noun of a person's shape ("teacher", "pharmacist")
   * that is no trade of a company's ("The rail operator says …" after a person's sentence is the operator, not them).
   */
  private static personNoun(h: string): boolean {
    if (NOT_PERSON_SHAPE.test(h)) return false;
    return SPEAKER_NOUNS.has(h) || TITLES.has(h) || PERSON_SHAPE.test(h) || FEMALE_NOUNS.has(h) || MALE_NOUNS.has(h);
  }

  /**
   * Whether token k, right before the name at `first`, is the opening mark of a name in quotation marks: a scare quote
   * (rapper “Lil Oak”), or a mark set tight before the name, after a word outside any quotation, when a comma or a full
   * stop inside the closing mark kept the marks from the scare quotes (drummer “Big Tam,” who …; DJ “Kestrel.”).
   */
  private quotedNameOpens(k: number, first: number): boolean {
    const { tokens, scare, quoted } = this.doc;
    if (scare[k]) return !scare[k - 1];
    const t = tokens[k]!;
    return /^[“"]$/.test(t.raw) && t.end === tokens[first]!.start && quoted[first] === 1 && !quoted[k - 1] && !!tokens[k - 1]?.word;
  }

  private collectHeads(key: SpeakerKey, first: number): void {
    const id = keyId(key);
    const set = this.textHeads.get(id) ?? new Set<string>();
    // a role in apposition before the name: "said the association's CEO, Hal Brenner"
    const { tokens } = this.doc;
    // (a person's role after an owner or a verb of saying, not "According to the statement, Kelly met …" nor "For the
    // campaign, Trump …")
    // (past a courtesy title or an honorific the name carries: "The Conservative MP for Wealdbury, Sir Nigel Ashcombe," is
    // "the MP", as "…, Nigel Ashcombe," is)
    let at = first;
    for (;;) {
      const dot = tokens[at - 1]?.raw === '.' ? 1 : 0;
      const t = tokens[at - 1 - dot];
      if (!t?.word || t.cap === 0 || !COURTESY_TITLES.test(t.lower) || (dot && t.end !== tokens[at - 1]!.start)) break;
      at -= 1 + dot;
    }
    const role = tokens[at - 2];
    const det = tokens[at - 3];
    if (
      tokens[at - 1]?.raw === ',' &&
      role?.word &&
      (SPEAKER_NOUNS.has(role.lower) || TITLES.has(role.lower)) &&
      !ORG_HEADS.has(role.lower) &&
      !GROUP_NOUNS.has(role.lower) &&
      !DOCUMENT_NOUNS.has(role.lower) &&
      role.lower !== 'statement' &&
      // (or after a possessive pronoun: "The idea came from her coach, Yuri Balandin, who …" is "the coach")
      // (an owner's and a modifier: "The province's housing minister, Colin Abernathy," is "the minister")
      (det?.key === "'s" ||
        (!!det?.word && det.cap === 0 && !NP_BREAK.has(det.lower) && tokens[at - 4]?.key === "'s") ||
        // (a name in apposition, closed by a comma or a relative: not "In his state, Christie said, …")
        (/^(his|her|their|its)$/.test(det?.lower ?? '') &&
          /^(,|who|whose)$/.test(tokens[(this.personAt(first)?.last ?? first) + 1]?.lower ?? '')) ||
        (!!det && DETERMINERS.has(det.lower) && REPORTING_VERBS.has(tokens[at - 4]?.lower ?? '')))
    )
      set.add(role.lower);
    else if (tokens[at - 1]?.raw === ',' && role?.word && this.openingRole(at - 2, first)) set.add(role.lower);
    // (a legislator's title and seat in apposition before the name: "the Conservative MP for Stanmore East, Priti Deshmukh,")
    else if (tokens[at - 1]?.raw === ',') {
      let k = at - 2;
      while (k > at - 5 && tokens[k]?.word && tokens[k]!.cap > 0) k--;
      if (k < at - 2 && tokens[k]?.lower === 'for' && MEMBER_TITLES.test(tokens[k - 1]?.raw ?? '')) set.add(tokens[k - 1]!.lower);
      else {
        // (or the noun a relative clause follows, the sentence opening with it: "A landlord who owns a fourplex nearby,
        // Orrin Stayner, said …" is "the landlord")
        const role = this.relativeOpenerRole(first);
        if (role) set.add(role);
      }
    }
    for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
      const t = this.doc.tokens[k]!;
      // "Lt. Gen. Ray Okafor": an abbreviated title's dot
      if (t.raw === '.' && this.doc.tokens[k - 1]?.word && ABBREVIATIONS.has(this.doc.tokens[k - 1]!.lower)) continue;
      // a hyphen between two parts of one rank, tight on both sides: "Det.-Sgt. Marc Doiron", "Staff-Sgt. Ray Kim"
      if (t.raw === '-' && this.rankHyphen(k)) continue;
      // the opening mark of a name in quotation marks: rapper “Lil Oak” is "the rapper"
      // (or of one a comma inside the closing mark kept from the scare quotes: drummer “Big Tam,” is "the drummer")
      if (!t.word && k === first - 1 && this.quotedNameOpens(k, first)) continue;
      if (!t.word) break;
      // (a plural is the title of several: "Senators Charles E. Grassley … and Patrick J. Leahy" are "the senators")
      // (or a noun of a person's trade opening the sentence right before the name: "Restaurateur Ada Vik said" is "the
      // restaurateur"; not a party's member, "Republican Ada Vik", whose party has many)
      const trade =
        k === first - 1 &&
        t.cap === 1 &&
        this.doc.sents.starts[this.doc.sents.sent[k]!] === k &&
        !/^(democrat|republican)$/.test(t.lower) &&
        !GROUP_NOUNS.has(t.lower) &&
        !ORG_HEADS.has(t.lower) &&
        SpeakerResolver.personNoun(t.lower);
      if (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower) || trade) {
        // (a vice president or a deputy minister is no "the president", "the minister"; a side before a role is whose
        // the role is: "Crown prosecutor Ada Lennox" is no "the Crown")
        // (nor is the body before a role the person's: "agency spokesman Rahim Sattar" is no "the agency", "union leader
        // Ada Roy" no "the union")
        // (nor the court before a judge's title: "Ontario Court Justice Ann Vale" is "the judge", not "the court")
        // (nor a collective's noun: "Army spokesman Col. Idris Banjo" is no "the army")
        const body =
          k < first - 1 && (SIDE_NOUNS.has(t.lower) || ORG_HEADS.has(t.lower) || GROUP_NOUNS.has(t.lower) || t.lower === 'court');
        if (!pluralHead(t.lower) && !underTitle(this.doc.tokens, k) && !body) set.add(t.lower);
        // an attorney of the state is its prosecutor: "Assistant U.S. Attorney Celeste Amadi", "District Attorney Ray
        // Ford" is "the prosecutor" (not "defense attorney Tom Berg"); so is a Crown attorney in lower case, as Canadian
        // papers write it: "Crown attorney Hana Lukas"
        const before = this.doc.text.slice(Math.max(0, t.start - 16), t.start);
        if (t.lower === 'attorney' && ((t.cap > 0 && PROSECUTING_ATTORNEY.test(before)) || /\bCrown\s+$/.test(before)))
          set.add('prosecutor');
        // (the deputy's own role, whole: "Deputy Mayor Paul Ostrander" is "the deputy mayor")
        const under = underWordBefore(this.doc.tokens, k);
        if (under) set.add(`${under} ${t.lower}`);
      } else if (t.cap === 0 && /^(to|of)$/.test(t.lower) && k < first - 1 && this.doc.tokens[k + 1]!.cap > 0) {
        // the place of a role: "Ambassador to Canada Ana Vale", "Secretary of State Ana Vale"
        const role = this.doc.tokens[k - 1];
        if (!role?.word || !(SPEAKER_NOUNS.has(role.lower) || TITLES.has(role.lower))) break;
      } else if (t.cap === 0) {
        // any common noun right before the name: "Oscar-winning actress Susan Sarandon" is "the actress"
        // (not a headline's last word, in the paragraph before: "Tax hike / Ken Oduya said …" is no "hike")
        if (
          k === first - 1 &&
          t.para === tokens[first]!.para &&
          /^[a-z]{4,}$/.test(t.lower) &&
          !/(ly|ing|ed)$/.test(t.lower) &&
          !NP_BREAK.has(t.lower) &&
          !DETERMINERS.has(t.lower)
        )
          this.nounHeads.set(id, (this.nounHeads.get(id) ?? new Set<string>()).add(t.lower));
        break;
      }
    }
    this.textHeads.set(id, set);
  }

  /** Whether the hyphen at `k` joins two parts of one rank: "Det.-Sgt.", "Staff-Sgt." (a title or its abbreviation after it). */
  private rankHyphen(k: number): boolean {
    const { tokens } = this.doc;
    const [a, h, b] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
    if (!a || !b?.word || a.end !== h.start || h.end !== b.start) return false;
    const before = a.raw === '.' ? tokens[k - 2] : a;
    const abbreviated = a.raw === '.' && !!before?.word && ABBREVIATIONS.has(before.lower) && before.end === a.start;
    return (abbreviated || (!!before?.word && before.cap > 0)) && (TITLES.has(b.lower) || TITLE_ABBREVIATION_HEADS.has(b.lower));
  }

  /**
   * Whether the noun at `k` is the role a sentence opens with, in apposition to the name from `first` that a comma
   * closes: "The county recorder, Emmet Sorley, said …" (then "the recorder said" is Sorley). "The" opens the sentence, two
   * lower-case words at most stand between it and the noun, which names a person ("recorder", "spokeswoman"; not an
   * organisation, a group or a document: "The company, Northwind, said").
   */
  private openingRole(k: number, first: number): boolean {
    const { tokens, sents } = this.doc;
    const role = tokens[k]!;
    // (the apposition says the noun is the person's, whatever its shape: "The pilot, Gareth Lindqvist, radioed …")
    const noun = SPEAKER_NOUNS.has(role.lower) || PERSON_SHAPE.test(role.lower) || SpeakerResolver.personHead(role);
    if (role.cap !== 0 || !noun || NOT_PERSON_SHAPE.test(role.lower)) return false;
    if (ORG_HEADS.has(role.lower) || GROUP_NOUNS.has(role.lower) || DOCUMENT_NOUNS.has(role.lower) || pluralHead(role.lower)) return false;
    let j = k - 1;
    // (a capitalised modifier too, a people's or a place's, after "The": "The British ambassador, Tom Hale, …")
    while (
      j >= k - 2 &&
      tokens[j]?.word &&
      (tokens[j]!.cap === 0 || tokens[j - 1]?.lower === 'the') &&
      !DETERMINERS.has(tokens[j]!.lower) &&
      !NP_BREAK.has(tokens[j]!.lower)
    )
      j--;
    // (or an organisation's name owning the role, with or without "The": "The LTC's chief engineer, Paul Vandermeer,
    // said …", "Metrovale's spokeswoman, Ana Ruiz, said …")
    let owned = k - 1;
    while (owned > j && tokens[owned]!.key !== "'s") owned--;
    if (owned > j - 1 && tokens[owned]?.key === "'s" && !this.doc.quoted[owned]) {
      let o = owned - 1;
      while (o > owned - 5 && tokens[o]?.word && tokens[o]!.cap > 0 && !this.doc.quoted[o]) o--;
      if (o < owned - 1 && sents.starts[sents.sent[o + 1] ?? -1] === o + 1) return this.personAt(first) !== null && this.closedAfter(first);
    }
    if (tokens[j]?.lower !== 'the' || sents.starts[sents.sent[j] ?? -1] !== j) return false;
    return this.closedAfter(first);
  }

  /**
   * The person's noun of a sentence that opens with a determiner and it, then a relative clause of "who" or a phrase of a
   * preposition up to the comma before the name at `first` that a comma closes: "A landlord who owns a fourplex nearby,
   * Orrin Stayner, said …", "A landlord in the east end, Bess Marlow, said …" (at most two lower-case modifiers before the
   * noun; no comma or quotation mark in the phrase); null otherwise.
   */
  private relativeOpenerRole(first: number): string | null {
    const { tokens, sents, quoted } = this.doc;
    const start = sents.starts[sents.sent[first] ?? -1];
    if (start === undefined || first - start > 18 || !this.closedAfter(first)) return null;
    if (!/^(a|an|the|one|another)$/.test(tokens[start]!.lower)) return null;
    for (let k = start + 1; k < first - 1; k++) if (quoted[k] || !(tokens[k]!.word || /^[-'’.$]$/.test(tokens[k]!.raw))) return null;
    for (let k = start + 1; k <= start + 3 && k < first - 3; k++) {
      const role = tokens[k]!;
      if (!role.word || DETERMINERS.has(role.lower)) return null;
      // (a capitalised modifier before the noun, a people's or a place's: "The Canadian ambassador to France, …"; or the
      // role itself, capitalised as a title before its place or body: "The Archbishop of Canterbury, Justin Welby, …",
      // "The Mayor of Leeds, …", "The Chief Executive of Northwind, …")
      const office = (i: number): boolean =>
        tokens[i]!.cap === 1 && TITLES.has(tokens[i]!.lower) && /^(of|to|for)$/.test(tokens[i + 1]?.lower ?? '');
      if (role.cap !== 0 && !office(k)) {
        if (k === start + 3 || !tokens[k + 1]?.word || (tokens[k + 1]!.cap !== 0 && !office(k + 1))) return null;
        continue;
      }
      // (or "to" and "for" the country or body the role serves: "The Canadian ambassador to France, Bernard Leclerc,
      // attended …", "The special envoy for Syria, Ana Vik, …")
      if (!/^(who|in|at|from|on|near|with|of|to|for)$/.test(tokens[k + 1]!.lower)) continue;
      if (!SpeakerResolver.personNoun(role.lower) || pluralHead(role.lower)) return null;
      // (a title capitalised as an office passes only with the office's own name up to the comma, "The Mayor of Leeds,
      // Hannah Osei, …", not "The Mayor of Leeds wants the chief constable, Ann Ross, …", "The Mayor of London's chief
      // of staff, …"; and not when the article names another office of that title: "the Archbishop of York", "The
      // Minister for Finance said …")
      if (role.cap !== 0 && !properOfficeName(tokens, k + 2, first - 1)) return null;
      // (a phrase of a preposition is a noun phrase: "The mayor of Leeds met the bishop of Durham, Paul Kent, …" is the
      // mayor's sentence, Kent not the mayor; "The mother of the murdered girl, Ana Vik," and "The mother of the man
      // shot by police, Ana Vik," are hers)
      if (tokens[k + 1]!.lower !== 'who' && !nounPhrase(tokens, k + 2, first - 1)) return null;
      if (TITLES.has(role.lower) && tokens[k + 1]!.lower !== 'who' && this.otherOffice(k, first - 1)) return null;
      if (ORG_HEADS.has(role.lower) || GROUP_NOUNS.has(role.lower) || DOCUMENT_NOUNS.has(role.lower)) return null;
      return role.lower;
    }
    return null;
  }

  /**
   * Whether the article names another office of the capitalised title at `k` (its name from `k + 2` up to `end`): the
   * title, in either case, before "of", "to" or "for" and a name of another place or body ("the Archbishop of York",
   * "The mayor of York said …"; not "the mayor of the city").
   */
  private otherOffice(k: number, end: number): boolean {
    const { tokens } = this.doc;
    const own = officeWords(tokens, k + 2, end);
    for (let i = 0; i < tokens.length - 2; i++) {
      if (i === k || tokens[i]!.lower !== tokens[k]!.lower || !/^(of|to|for)$/.test(tokens[i + 1]!.lower)) continue;
      if (own && otherName(officeWords(tokens, i + 2, tokens.length), own)) return true;
    }
    return false;
  }

  /** Whether a comma closes the name from token `first`: "Emmet Sorley," in "The county recorder, Emmet Sorley, said". */
  private closedAfter(first: number): boolean {
    const last = this.personAt(first)?.last ?? first;
    return this.doc.tokens[last + 1]?.raw === ',';
  }

  /** the heads of a person (see heads), by key id: found once, as the article's heads are all collected by then */
  private readonly headsOf = new Map<string, ReadonlySet<string>>();

  private heads(key: SpeakerKey): ReadonlySet<string> {
    const id = keyId(key);
    let out = this.headsOf.get(id);
    if (!out) this.headsOf.set(id, (out = this.headsFound(key)));
    return out;
  }

  /** Whether person `key` is named as a captain of a service, not a team: "Police captain Ruairi Boyle", "Army Capt. Ada Roy". */
  private serviceCaptain(key: SpeakerKey): boolean {
    const { tokens } = this.doc;
    return this.mentionsOf(key).some((pm) => {
      for (let k = pm.first - 1; k >= Math.max(0, pm.first - 4); k--) {
        if (/^(police|army|military|fire|navy|naval|marine|marines|guard|precinct|airline|pilot|infantry|militia)$/.test(tokens[k]!.lower))
          return true;
        if (!tokens[k]!.word && tokens[k]!.raw !== '.') return false;
      }
      return false;
    });
  }

  private headsFound(key: SpeakerKey): Set<string> {
    const out = new Set(this.textHeads.get(keyId(key)) ?? []);
    for (const h of keyHeads(this.doc, key)) out.add(h);
    // "Sen. Ada Vance" is "the senator"; "Justice Amrita Sandhu" (or "Chief Justice …") "the judge", but not "Justice
    // Minister Simon Le Gallais" nor "justice critic Ada Roy": a portfolio before another role is no title of its own
    const roles = [...out];
    for (const h of roles) {
      if (h === 'justice' && roles.some((o) => o !== h && o !== 'chief' && (TITLES.has(o) || SPEAKER_NOUNS.has(o)))) continue;
      // (a "Lord" of an office is no peer by it: "Lord Justice Ana Vale", "Lord Mayor Tom Lund", "Lord Provost …")
      if (h === 'lord' && roles.some((o) => /^(justice|mayor|provost|chancellor|advocate|chamberlain|lieutenant)$/.test(o))) continue;
      for (const full of TITLE_ABBREVIATION_HEADS.get(h) ?? []) {
        out.add(full);
        for (const noun of TITLE_SECOND_REFERENCES.get(full) ?? []) out.add(noun);
      }
      for (const noun of TITLE_SECOND_REFERENCES.get(h) ?? []) {
        // (a captain of police, of the army or of a fire crew is no "skipper": "Police captain Ruairi Boyle said …")
        if (noun === 'skipper' && this.serviceCaptain(key)) continue;
        out.add(noun);
      }
    }
    // "General manager Kevin Strand" is "the GM"
    for (const [acronym, words] of ROLE_ACRONYMS) if (words.every((w) => out.has(w))) out.add(acronym);
    return out;
  }

  /**
   * Whether a description of the leader of a body of some kind, its one modifier in lower case, is the person the article
   * titled the head of such a body: "the union leader", "the union boss" for "Union president Ray Lund" (the modifier
   * among the words before the person's name; not a party's capitalised name, "the Republican leader").
   */
  private ledBy(key: SpeakerKey, head: string, text: string): boolean {
    if (!/^(leader|head|boss|chief)$/.test(head) || !text) return false;
    const mods = text
      .replace(/['’]s?(?=\s|$)/g, '')
      .split(/\s+/)
      .slice(1, -1)
      .filter((w) => !DETERMINER_WORDS.test(w.toLowerCase()));
    if (mods.length !== 1 || !/^[a-z]{3,}$/.test(mods[0]!)) return false;
    // (a portfolio's "chief", "head" or "boss" is the one who holds its office, the portfolio the word before the
    // office in the title: "the agriculture chief" for "Agriculture Secretary Francisco Tiongson Jr.", "the health boss"
    // for "Health Minister Ana Vale"; not a deputy's nor a former holder's)
    // (not a service whose chief is its uniformed head, "the police chief" for "Police Minister Mark Mitchell"; nor when the
    // article sets "<portfolio> chief" beside another name, "the police chief, Andrew Coster", "Tom Berg, the health
    // chief at Acme Corp": that one is the chief)
    if (
      head !== 'leader' &&
      !SERVICE_CHIEFS.test(mods[0]!) &&
      !this.chiefApposed(key, mods[0]!, head) &&
      this.portfolioHolder(key, mods[0]!)
    )
      return true;
    if (head === 'chief') return false;
    if (![...this.heads(key)].some((h) => /^(president|chair|chairman|chairwoman|chairperson)$/.test(h))) return false;
    if (this.titleWordSet(key).has(mods[0]!)) return true;
    // (a union named by its local's number before the title: "Amalgamated Transit Workers Local 412 president Ray Lund"
    // is "the union leader")
    if (mods[0] !== 'union') return false;
    const { tokens } = this.doc;
    return this.mentionsOf(key).some((pm) => {
      const k = pm.first - 1;
      let t = k;
      while (t > k - 3 && tokens[t]?.word && tokens[t]!.cap === 0 && !/^[0-9]/.test(tokens[t]!.raw)) t--;
      return t < k && /^[0-9]{1,5}$/.test(tokens[t]?.raw ?? '') && tokens[t - 1]?.lower === 'local';
    });
  }

  /**
   * Whether the article sets "<portfolio> <head>" ("trade chief") in apposition to a person other than the one at `key`:
   * "the EU trade chief, Ana Vik", "Tom Berg, the health chief at Acme Corp", "the region's health chief, Tom Berg".
   */
  private chiefApposed(key: SpeakerKey, portfolio: string, head: string): boolean {
    const { tokens } = this.doc;
    const id = keyId(key);
    const other = (k: number): boolean => this.personMentions.some((pm) => pm.first === k && keyId(pm.key) !== id);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]!.lower !== portfolio || tokens[i + 1]!.lower !== head) continue;
      // (after: "the police chief, Andrew Coster")
      if (tokens[i + 2]?.raw === ',' && other(i + 3)) return true;
      // (before: "Tom Berg, the health chief", "Tom Berg, the EU trade chief", the comma within four words before)
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (tokens[k]!.raw !== ',') continue;
        if (this.personMentions.some((pm) => keyId(pm.key) !== id && (this.personAt(pm.first)?.last ?? pm.first) === k - 1)) return true;
        break;
      }
    }
    return false;
  }

  /**
   * Whether a title run right before a mention of the person at `key` ends in `portfolio` and a minister's or
   * secretary's office ("Agriculture Secretary", "Health Minister"), with no word of a second or a former holder in it.
   */
  private portfolioHolder(key: SpeakerKey, portfolio: string): boolean {
    const { tokens } = this.doc;
    return this.mentionsOf(key).some((pm) => {
      const office = tokens[pm.first - 1];
      const field = tokens[pm.first - 2];
      if (!office?.word || office.cap === 0 || !/^(secretary|minister|commissioner)$/.test(office.lower)) return false;
      if (!field?.word || field.cap === 0 || field.lower !== portfolio) return false;
      for (let k = pm.first - 3; k >= Math.max(0, pm.first - 5) && tokens[k]!.word; k--)
        if (UNDER_OFFICES.test(tokens[k]!.lower) || SECOND_OFFICE.test(tokens[k]!.lower)) return false;
      return true;
    });
  }

  /** Whether the person at `key` is known by role or noun `head`. */
  private hasHead(key: SpeakerKey, head: string, text = ''): boolean {
    // (not "the police chief" for one the article titles a deputy of that office, "Deputy Police Chief Ana Vale", as the
    // office's second is not its holder)
    // (the cheap test first: the two below only take away)
    if (!(
      this.heads(key).has(head) ||
      !!this.nounHeads.get(keyId(key))?.has(head) ||
      this.givenHead(key, head, text) ||
      this.ledBy(key, head, text)
    ))
      return false;
    if (text && !SECOND_OFFICE.test(text) && this.isSecond(key, head)) return false;
    // (nor "the federal finance minister" for "Provincial Finance Minister Siobhan Coady")
    if (text && levelsDiffer(text, this.titleWords(key))) return false;
    // (nor "the Prime Minister" for "the Foreign Office minister Ana Vale": the head of a government's office is its own,
    // unless the person's titles say it)
    const top = HEAD_OF_GOVERNMENT.exec(text)?.[1]?.toLowerCase();
    if (top && !this.titleWordSet(key).has(top)) return false;
    // (nor "the finance minister" for "Health Minister Ana Ruiz", nor "the Quebec minister" for "Federal Justice
    // Minister Ana Ruiz": an office of another field or place, see otherFieldOffice)
    if (text && FIELD_OFFICES.test(head) && this.otherFieldOffice(key, head, text)) return false;
    // (nor "the Conservative MP" for "NDP MP Ana Ruiz": a party's word in the description, when the person's titles name
    // another party)
    const party = PARTY_WORD.exec(text)?.[1]?.toLowerCase();
    if (!party) return true;
    const own =
      this.titleWords(key)
        .match(PARTY_WORDS_ANY)
        ?.map((w) => w.toLowerCase()) ?? [];
    return own.length === 0 || own.includes(party);
  }

  /**
   * Whether the body a description names after its head and "of" is the person's too (true when it names none): "the
   * president of the union" is not "President Ana Vale", "the secretary of state" is "Secretary of State Ana Vale".
   */
  private bodyFits(key: SpeakerKey, head: string, text: string): boolean {
    const rest = afterHeadOf(text, head);
    if (rest === null) return true;
    // (a body or a field, not a number: not "the mother of three")
    if (/^([0-9]|(one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)/i.test(rest)) return true;
    const words = rest
      .toLowerCase()
      .split(/[\s.’']+/)
      .filter((w) => w.length > 2 && !DETERMINERS.has(w) && !NP_BREAK.has(w));
    const known = new Set([
      ...this.heads(key),
      ...(this.nounHeads.get(keyId(key)) ?? []),
      ...(this.described.get(keyId(key)) ?? []).flatMap((x) => [...x.words]),
    ]);
    // (and the words of an apposition after a mention of the person, up to its close: "Ana Vale, the president of the
    // union, said")
    const { tokens } = this.doc;
    for (const pm of this.personMentions) {
      if (keyId(pm.key) !== keyId(key)) continue;
      const last = this.personAt(pm.first)?.last ?? pm.first;
      if (tokens[last + 1]?.raw !== ',') continue;
      for (let k = last + 2; k < tokens.length && k <= last + 14 && !/^[,.;:()]$/.test(tokens[k]!.raw); k++) known.add(tokens[k]!.lower);
    }
    return words.every((w) => known.has(w));
  }

  /**
   * Whether the article writes the noun `head` with "a", "an", "another", "a second" or "also" before it (a few words
   * back, outside quotation marks) after the first mention of the person at `key`, other than in an apposition to it: "another
   * taxi driver", "A second driver", "a 30-year-old bus driver", "also an accountant".
   */
  private anotherOfNoun(key: SpeakerKey, head: string): boolean {
    const { tokens, quoted } = this.doc;
    const mine = this.mentionsOf(key);
    const own = mine.map((pm) => this.personAt(pm.first)?.last ?? pm.first);
    // (a later one only, and none set right before the person's name: "A paramedic who responded … / Jasmine Kirkwood,
    // an advanced care paramedic, …" and "A landlord, Orrin Stayner, said" are the person's own)
    for (let k = (own[0] ?? tokens.length) + 1; k < tokens.length; k++) {
      if (tokens[k]!.lower !== head || quoted[k] || own.some((l) => k > l && k - l <= 10)) continue;
      if (mine.some((pm) => pm.first > k && pm.first - k <= 4)) continue;
      for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
        const w = tokens[j]!.lower;
        if (/^(a|an|another|second|other|also)$/.test(w)) return true;
        if (/^(the|this|that|his|her|its|their|[,.;:!?“”"()—–])$/.test(w)) break;
      }
    }
    return false;
  }

  /** Whether the article gave the person at `key` a description of `head` that fits `text` (see `described`). */
  private givenHead(key: SpeakerKey, head: string, text: string): boolean {
    // a description given in apposition or as the next subject: "the nurse", "the emergency nurse"; a name in the
    // description must be in it too ("the Florida senator" is not "the senator from Vermont")
    // (most people are given none of that head: no need to read the description's words then)
    const given = this.described.get(keyId(key));
    if (!given?.some((x) => x.head === head)) return false;
    // (not when the article brings in another of that noun, one it does not give the person: "Mr Raj Pillai, a taxi
    // driver, was robbed. Police arrested another taxi driver, …", "A second driver …", "Ms Tan Hui Min, 29, an
    // accountant, met Mr Lim Boon Keng, 40, also an accountant": "the driver" or "the accountant" is either)
    if (this.anotherOfNoun(key, head)) return false;
    const named = text
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase());
    // and "the former governor" is not "the governor", nor the reverse
    const former = FORMER.test(text);
    return given.some((x) => x.head === head && named.every((w) => x.words.has(w)) && former === FORMER_WORDS.some((w) => x.words.has(w)));
  }

  private refFor(key: SpeakerKey, para: number): Ref {
    const id = keyId(key);
    let r = this.refs.get(id);
    if (!r) {
      r = { key, desc: null, bound: null, para };
      this.refs.set(id, r);
    }
    return r;
  }

  /** Whether the person `r` stands for is known by description `d`'s head ("Dr. Ana Vik" is "the doctor"), as it now is if not "former". */
  knownAs(r: Ref, d: Description): boolean {
    const key = r.key;
    if (!key || keyType(this.doc, key) !== 'person' || !this.hasHead(key, d.head, d.text) || !this.formerFits(key, d)) return false;
    // (nor "the mayor" one the article calls a former mayor: "said former mayor Tim Yates")
    return FORMER.test(d.text) || !this.mentionsOf(key).some((pm) => FORMER_WORDS.some((w) => this.writtenBefore(pm.first, w)));
  }

  /** Whether the person `r` stands for is known by a role other than description `d`'s: "Defence lawyer Tom Baird" for "a former chief operating officer". */
  knownOtherwise(r: Ref, d: Description): boolean {
    // (a noun any of an organisation's people is known by rules out none: "A high-ranking Russian official says … /
    // Kremlin spokesman Dmitry Peskov said")
    if (ANY_STAFF_HEADS.test(d.head)) return false;
    return this.roleBesides(r, d);
  }

  /**
   * Whether the person `r` stands for is known by a role other than description `d`'s, whatever its noun: "Trade Minister
   * Lena Aalto" for "a senior official", which knownOtherwise lets bind, only as a guess (see bindLede).
   */
  roleBesides(r: Ref, d: Description): boolean {
    return !!r.key && keyType(this.doc, r.key) === 'person' && this.otherRole(r.key, d);
  }

  /**
   * Whether the person `r` stands for is known by an office of those an unnamed official serves, its own holder (not a
   * deputy's): "Trade Minister Lena Aalto", "Mayor Tom Reed" (not "Ana Long, the deputy minister of health", nor
   * "Kremlin spokesman Dmitry Peskov", officials both).
   */
  holdsElectedOffice(r: Ref): boolean {
    const key = r.key;
    if (!key) return false;
    const given = this.described.get(keyId(key)) ?? [];
    if (given.some((x) => [...x.words].some((w) => DEPUTY_WORDS.test(w)))) return false;
    const own = key.kind === 'entity' ? (this.textHeads.get(keyId(key)) ?? []) : this.heads(key);
    for (const h of own) if (ELECTED_OFFICES.test(h)) return true;
    return given.some((x) => ELECTED_OFFICES.test(x.head));
  }

  /** The one union the article names before token `before` (see orgOfKind), or null. */
  unionNamedBefore(before: number, para: number): Ref | null {
    return this.orgOfKind(before, 'union', para);
  }

  /** Whether paragraph `para` names a person at all. */
  namesPersonIn(para: number): boolean {
    const { tokens } = this.doc;
    return this.personMentions.some((pm) => tokens[pm.first]!.para === para && keyType(this.doc, pm.key) === 'person');
  }

  /** The person paragraph `para` opens with, its subject: "Siobhan Coady delivered the update on Thursday, …" (or null). */
  personOpening(para: number): Ref | null {
    const { tokens } = this.doc;
    const pm = this.personMentions.find((x) => tokens[x.first]!.para === para);
    if (!pm || keyType(this.doc, pm.key) !== 'person') return null;
    for (let k = pm.first - 1; k >= 0 && tokens[k]!.para === para; k--)
      if (!TITLES.has(tokens[k]!.lower) && tokens[k]!.raw !== '.') return null;
    const last = this.personAt(pm.first)?.last ?? pm.first;
    if (/^[,.(]$/.test(tokens[last + 1]?.raw ?? '')) return null;
    // (and who speaks or presents there, as an office's holder does: not "Olena Kovalenko arrived in 2022 with one
    // suitcase" after "The shelter opened in 2019, its director said.", a story's subject the lede's speaker tells of)
    let v = last + 1;
    while (
      v <= last + 3 &&
      tokens[v]?.word &&
      (AUXILIARIES.has(tokens[v]!.lower) || /^(also|then|later|again|\p{L}+ly)$/u.test(tokens[v]!.lower))
    )
      v++;
    const verb = tokens[v];
    if (!verb?.word || !(SPEECH_VERBS.has(verb.lower) || PRESENTING_VERBS.test(verb.lower))) return null;
    return this.refFor(pm.key, para);
  }

  /**
   * Whether the person `r` stands for is newly named in paragraph `para` with no role of their own, so that a definite
   * lede description is them: "B.C.'s provincial health officer confirmed … / Dr. Bonita Ashe said …", "The province's
   * finance minister says … / Siobhan Coady delivered the update …" (news names in the second paragraph whom the lede
   * described). Not one named before, nor one known by another role ("said Opposition Leader Ana Roy"), another
   * gender or a noun ("Jane Smith, a parent"); a doctor's title fits a description of a health or medical office, a
   * councillor's one of a council.
   */
  newlyNamedFor(r: Ref, d: Description, para: number): boolean {
    const key = r.key;
    if (!key || keyType(this.doc, key) !== 'person' || d.group || pluralHead(d.head)) return false;
    if (!SPEAKER_NOUNS.has(d.head) && !TITLES.has(d.head)) return false;
    // (nor a collective, which is none of its members: "…has died, her family said. / …, according to her agent, Julian
    // Marr.")
    if (COLLECTIVE_HEADS.test(d.head)) return false;
    const first = this.mentionsOf(key)[0];
    if (!first || this.doc.tokens[first.first]!.para !== para) return false;
    // (nor one the paragraph describes in apposition or a clause: "Jane Smith, whose son is in Grade 3, said"; but a
    // clause tells nothing against a lede's "the man" or "the woman", whom only a role would: "The man who oversaw the
    // line told the inquiry … / Gareth Pryce, who retired in 2021, said …")
    const after = (this.personAt(first.first)?.last ?? first.first) + 1;
    if (
      /^[,(]$/.test(this.doc.tokens[after]?.raw ?? '') &&
      !(/^(man|woman|person)$/.test(d.head) && /^(who|whose)$/.test(this.doc.tokens[after + 1]?.lower ?? ''))
    )
      return false;
    const g = this.genderOf({ key, desc: null, bound: null, para: 0 });
    if (d.gender && g && g !== d.gender) return false;
    // (nor a name of no gender and no given name that a data source's "according to" brings in: "… beat the estimate,
    // according to Stratum Data" is no lede's "its chief executive")
    const name = keyName(this.doc, key);
    if (
      !g &&
      !isGivenName(name.split(/\s+/)[0]!) &&
      this.doc.tokens[first.first - 1]?.lower === 'to' &&
      this.doc.tokens[first.first - 2]?.lower === 'according'
    )
      return false;
    // (and a doctor's title one of a scientist or a scholar: "A former agency scientist told a House committee … / Dr.
    // Miriam Castellanos, who spent 14 years at the agency, said …")
    const medical =
      /\b(health|medical)\b/i.test(d.text) ||
      /^(scientist|researcher|physician|epidemiologist|economist|professor|chemist|biologist|toxicologist|expert)$/.test(d.head);
    // (and a British councillor's title a council's office or a leader: "the leader of Marlwood County Council has said
    // … / Cllr Judith Penhallow said …", as British news titles every elected member so)
    const council = /\bcouncil\b/i.test(d.text) || d.head === 'leader';
    const given = (this.described.get(keyId(key)) ?? []).map((x) => x.head);
    const roles = [...this.heads(key), ...given, ...(this.nounHeads.get(keyId(key)) ?? [])].filter(
      (h) => !COURTESY_TITLES.test(h) && !(medical && h === 'doctor') && !(council && /^(cllr|councill?or)$/.test(h)),
    );
    return roles.length === 0;
  }

  /**
   * Whether the person `r` stands for, first named in paragraph `para` with an office, is the lede's "chief" or "head" of
   * a field that office names: "The United Nations human rights chief urged … / Helga Marstrand, the U.N. High
   * Commissioner for Human Rights, said …", "the EU's trade chief said … / European Trade Commissioner Ana Lenz told
   * reporters …" (a word of the field in the office's title or apposition; not "the nuclear watchdog's head" for a
   * "Director General" of no field named).
   */
  chiefNamedFor(r: Ref, d: Description, para: number): boolean {
    const key = r.key;
    if (!key || keyType(this.doc, key) !== 'person' || d.group || !CHIEF_HEADS.test(d.head)) return false;
    const { tokens } = this.doc;
    const first = this.mentionsOf(key)[0];
    if (!first || tokens[first.first]!.para !== para) return false;
    // the field: the description's words in lower case, its head and little words aside ("human rights", "trade")
    const field = d.text.split(/[\s’']+/).filter((w) => /^[a-z]{4,}$/.test(w) && w !== d.head && !NP_BREAK.has(w) && !DETERMINERS.has(w));
    if (!field.length) return false;
    // the office: the capitalised title run before the name, or the apposition after it up to its comma or stop
    const office: string[] = [];
    for (
      let k = first.first - 1;
      k >= 0 && first.first - k <= 6 && tokens[k]!.word && tokens[k]!.cap > 0 && tokens[k]!.para === para;
      k--
    ) {
      office.push(tokens[k]!.lower);
    }
    const last = this.personAt(first.first)?.last ?? first.first;
    if (tokens[last + 1]?.raw === ',')
      for (let k = last + 2; k < tokens.length && k - last <= 12 && tokens[k]!.para === para && !/^[,.;:]$/.test(tokens[k]!.raw); k++) {
        if (!tokens[k]!.word) continue;
        office.push(tokens[k]!.lower);
      }
    // (an office at the top: not "a police spokeswoman" nor a "Deputy Commissioner" for "the police chief")
    const top = office.some((w) => TOP_OFFICES.test(w)) && !office.some((w) => UNDER_OFFICES.test(w));
    return top && field.some((w) => office.includes(w));
  }

  /**
   * The one person named in paragraph `para` whom the article knows by description `d`'s role ("Rachel Dunmore, the
   * company's chief operating officer until 2019, …" for "A former chief operating officer of the company"), or null
   * when none or two are.
   */
  personKnownAsIn(d: Description, para: number): Ref | null {
    let found: SpeakerKey | null = null;
    for (const pm of this.personMentions) {
      const p = this.doc.tokens[pm.first]!.para;
      if (p > para) break;
      if (p < para || (found && keyId(found) === keyId(pm.key))) continue;
      if (!this.knownAs({ key: pm.key, desc: null, bound: null, para }, d)) continue;
      if (found) return null;
      found = pm.key;
    }
    return found ? this.refFor(found, para) : null;
  }

  /** The gender a speaker is known by (its first name, an honorific, a "he" or "she" met for it, a gendered noun), if any. */
  genderOf(r: Ref): Gender {
    if (r.desc) return r.desc.gender;
    const key = r.key!;
    return this.learnedGender.get(keyId(key)) ?? keyGender(this.doc, key);
  }

  /**
   * Whether `r` is a man or a woman of known gender, who cannot be a singular "they": known by a first name, an
   * honorific, a "he" or "she" met for it or a gendered noun; a given name the lists give both genders ("Alex") says
   * nothing unless a "he" or "she" was met for it.
   */
  heOrShe(r: Ref): boolean {
    if (this.genderOf(r) === null) return false;
    // (nor one the article calls nonbinary next to the name, whatever the given name: "Nonbinary activist Maria Santos",
    // "Jonathan Van Ness, who is nonbinary,", "Emma Corrin, who uses they/them pronouns,")
    if (r.key && this.noBinaryGender(r.key)) return false;
    if (!r.key || !this.givenOfBoth(r.key) || this.learnedGender.has(keyId(r.key))) return true;
    // (or a "he" or "she" frame was given to them: "Jordan Blake runs the shelter. “…,” he said.")
    const id = keyId(r.key);
    return this.history.some((h) => {
      const p = h.c?.subject?.kind === 'pronoun' ? h.c.subject.pronoun : null;
      const k = final(h.ref).key;
      return (p === 'male' || p === 'female') && !!k && keyId(k) === id;
    });
  }

  /**
   * Whether a mention of the person `key`, outside quotation marks, has a word of no binary gender next to it ("nonbinary",
   * "non-binary", "genderqueer", "they/them"): among the lower-case words right before the name ("Nonbinary activist Maria
   * Santos") or in the apposition or relative clause its comma opens, up to the next comma or the sentence's end ("Asia
   * Kate Dillon, a nonbinary actor,", "Taylor Morgan, who uses they/them pronouns,"), before another person it names.
   */
  private noBinaryGender(key: SpeakerKey): boolean {
    const { tokens, sents, quoted, text } = this.doc;
    if (!NO_BINARY.test(text)) return false;
    const id = keyId(key);
    for (const pm of this.personMentions) {
      if (keyId(pm.key) !== id || quoted[pm.first]) continue;
      const s = sents.sent[pm.first];
      const last = this.personAt(pm.first)?.last ?? pm.first;
      let from = pm.first;
      while (from > pm.first - 3 && tokens[from - 1]?.word && sents.sent[from - 1] === s && !quoted[from - 1]) from--;
      let to = last;
      if (tokens[last + 1]?.raw === ',')
        for (to = last + 2; to < last + 12 && tokens[to + 1] && tokens[to + 1]!.raw !== ',' && sents.sent[to + 1] === s;) {
          // (up to another person named in it: "Mayor Anna Ek, who met nonbinary activist Maria Santos," is no nonbinary)
          if (this.personAt(to + 1)) break;
          to++;
        }
      if (NO_BINARY.test(text.slice(tokens[from]!.start, tokens[Math.min(to, tokens.length - 1)]!.end))) return true;
    }
    return false;
  }

  isGroup(r: Ref): boolean {
    if (r.desc) return r.desc.group;
    return keyType(this.doc, r.key!) !== 'person';
  }

  /** Words the article names a thing by ("an assistant, called Nimbus"), lower case, at their first such naming. */
  private thingNames: Map<string, number> | null = null;

  /** Is the capitalised word at k one the article named a thing by before it ("its app, called Nimbus")? */
  private namedAsThing(k: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!this.thingNames) {
      // (one pass over the text, once per article)
      const m = new Map<string, number>();
      for (let x = 0; x < tokens.length; x++) {
        const t = tokens[x]!;
        if (t.word && t.cap === 1 && !quoted[x] && !m.has(t.lower) && thingNamed(tokens, x)) m.set(t.lower, x);
      }
      this.thingNames = m;
    }
    const at = this.thingNames.get(tokens[k]!.lower);
    return at !== undefined && at < k;
  }

  /**
   * Can an "it" stand for `r`: an organisation, a body or a thing, no person and no plural of people ("Experts say …. /
   * “…,” it said." is not the experts')?
   */
  canBeIt(r: Ref): boolean {
    if (!r.desc) return keyType(this.doc, r.key!) !== 'person';
    // (nor a plural of things, no article before it: "impurities in the sample produced …" is no "it")
    // (a court's bench is one, named or not: "A division bench of Justices Ana Vik and Tom Berg said …. It said …")
    if (r.desc.head === 'bench') return true;
    return !peoplePlural(r.desc.head) && !barePluralOfThings(r.desc) && (r.desc.group || this.isThing(r));
  }

  /**
   * A description of one thing that speaks, no person (the nouns of bodies among the speakers' nouns too: "The insurance
   * regulator said … It said …", "The hospital said … It added …"): "the airline", "the statement" ("The airline said … It added
   * …"), for an "it". Not a person's noun ("the spokesman") nor a description with a gender.
   */
  private isThing(r: Ref): boolean {
    const d = r.desc;
    return (
      !!d &&
      // (a document newly met is one too: "A police union statement said …. It said …")
      (d.definite || DOCUMENT_NOUNS.has(d.head)) &&
      !d.group &&
      d.gender === null &&
      (!SPEAKER_NOUNS.has(d.head) || ORG_HEADS.has(d.head) || DOCUMENT_NOUNS.has(d.head) || SPEAKING_BODIES.test(d.head))
    );
  }

  /**
   * The last speaker an "it read" may stand for, within the last 40: one met through a description that can be an "it"
   * ("a newly released email"), not an organisation known by its name ("“…,” it read." is no earlier "RCMP said");
   * null otherwise.
   */
  private thingBefore(span: Span): Resolved | null {
    const { history } = this;
    for (let i = history.length - 1; i >= 0 && i >= history.length - 40; i--) {
      const r = final(history[i]!.ref);
      if (r.desc && this.canBeIt(r)) return { ref: r, via: 'pronoun', mention: span };
    }
    return null;
  }

  /** Record a speaker met in paragraph `para`, sentence `sent`. */
  push(ref: Ref, para: number, sent: number): void {
    // the speaker of the sentence's last construction again keeps its place, and whether it speaks inside another's
    // words ("Vik said she had been told by a professor that women “…”": the quotation is the professor's, nested)
    const h = this.last();
    if (h && h.sent === sent && h.para === para && final(h.ref) === final(ref)) return;
    this.history.push({ ref, para, sent });
  }

  /**
   * Does the text between tokens `from` and `to` (outside quotations) speak of `r`: a mention of its name, the head of
   * its description, or a "he" or "she" that can be it (its gender, or none known for a person)?
   */
  spokenOf(r: Ref, from: number, to: number): boolean {
    const f = final(r);
    const { tokens, quoted, knownStartAt, people } = this.doc;
    const g = this.genderOf(f);
    const person = !this.isGroup(f);
    for (let k = Math.max(0, from); k < to; k++) {
      if (quoted[k]) continue;
      const t = tokens[k]!;
      if (f.key) {
        if (f.key.kind === 'entity' ? knownStartAt.get(k)?.entity === f.key.entity : people.startAt.get(k) === f.key.person) return true;
      } else if (f.desc && t.lower === f.desc.head) return true;
      if (person && (t.lower === 'he' || t.lower === 'she') && (g === null || g === (t.lower === 'he' ? 'male' : 'female'))) return true;
    }
    return false;
  }

  /** The speaker met last, or null when none has been. */
  last(): { ref: Ref; para: number; sent: number; c?: Construction } | null {
    // (not read at index -1 with none: a read below 0 leaves the array's fast path for a property look-up)
    return this.history.length > 0 ? this.history[this.history.length - 1]! : null;
  }

  /** Resolve a construction's subject to a speaker (memoised; uses the history as it stands). */
  resolve(c: Construction, sentenceSpeaker: Resolved | null): Resolved | null {
    if (this.resolved.has(c)) return this.resolved.get(c)!;
    let out: Resolved | null = null;
    const sub = c.continuing && sentenceSpeaker ? this.subordinateSpeaker(c, sentenceSpeaker) : undefined;
    if (sub !== undefined) out = sub;
    else if (c.continuing)
      out =
        (sentenceSpeaker && this.reportBeforeReply(c, sentenceSpeaker)) ??
        (sentenceSpeaker && this.coordinatedSubject(c, sentenceSpeaker)) ??
        sentenceSpeaker ??
        (c.subject ? this.participleSubject(c, c.subject) : (this.participleRef(c) ?? this.earlierSpeaker(c)));
    else if (c.subject) out = this.resolveSubject(c.subject, c.para, c.sent, c);
    this.resolved.set(c, out);
    // "Several said …" names no one a later quotation or pronoun could continue
    const quantifier = c.subject?.kind === 'desc' && c.subject.first === c.subject.last && QUANTIFIER_PRONOUNS.test(c.subject.desc!.head);
    // … nor does a sign that "read" the words after it: 'holding a sign that read “…” “We have waited two years.”' is no
    // sign's (one after its words goes on: '“Hi Americans!” a message on the website reads. “If …”')
    const sign =
      c.subject?.kind === 'desc' && SIGN_NOUNS.test(c.subject.desc!.head) && !/^[.!?]$/.test(this.doc.tokens[c.verbLast + 1]?.raw ?? '.');
    // … nor a clause of time with no words, "as" or "while" with no comma before it and the sentence's end after it: "She
    // sat with her hands clasped as the guard testified." (the woman, not the guard, is the one a later "she" means)
    const { tokens } = this.doc;
    const at = tokens[c.first - 1];
    const timed =
      !c.inverted &&
      /^(as|while)$/.test(at?.lower ?? '') &&
      at!.cap === 0 &&
      !!tokens[c.first - 2]?.word &&
      !this.doc.quoted[c.first - 1] &&
      /^[.!?]$/.test(tokens[c.verbLast + 1]?.raw ?? '');
    if (out && !quantifier && !sign && !timed) {
      // "Josh Earnest said that President Obama has long called for …": Obama speaks inside Earnest's words
      const outer = this.lastConstruction;
      // (not a frame after the words, which is the outer one: "Cruz wowed crowds with promises, Stovall said.")
      const nested =
        outer !== null &&
        outer.sent === c.sent &&
        outer.verbLast < c.first &&
        !c.continuing &&
        !c.inverted &&
        !this.frameAfterWords(c, c.first) &&
        !this.mainAfterOpener(outer, c) &&
        // (nor the answer to a question asked in the sentence's opening: "Asked by Coun. Tulloch whether …, Siddiqui said
        // …" is Siddiqui's own, and a later "he said" his)
        !isAsker(outer) &&
        this.last()?.sent === c.sent;
      const opener = nested || c.continuing || c.inverted ? null : this.thatClauseOwner(c, out.ref);
      this.history.push({ ref: out.ref, para: c.para, sent: c.sent, nested, c, ...(opener ? { opener } : {}) });
      this.lastConstruction = c;
    }
    return out;
  }

  /**
   * The person sentence `c` opens with when `c`'s subject stands in a "that" clause of that person's verb, no frame of
   * its own ("Ada Vik hit back, pointing out that the paper's Tessa Reed had reported in June that …": Reed's report
   * is told by Vik); null otherwise.
   */
  private thatClauseOwner(c: Construction, ref: Ref): Ref | null {
    const { tokens, sents } = this.doc;
    const start = sents.starts[c.sent]!;
    let that = -1;
    for (let k = c.first - 1; k > start && k >= c.first - 6; k--)
      if (tokens[k]!.lower === 'that' && !this.doc.quoted[k]) {
        that = k;
        break;
      }
    if (that < 0) return null;
    const r = this.subjectOf(start, that - 1, c.para);
    return r && r.key && !this.isGroup(r) && final(r) !== final(ref) ? r : null;
  }

  /**
   * Whether construction `outer` lies in a subordinate clause that opens its sentence and `c` in the main clause after
   * its comma ("Although the administration has maintained that testing is required, Lund said …": Lund does not speak
   * inside the administration's words).
   */
  private mainAfterOpener(outer: Construction, c: Construction): boolean {
    const { tokens } = this.doc;
    const start = this.doc.sents.starts[c.sent]!;
    let k = start;
    while (k < outer.first && !tokens[k]!.word) k++;
    if (!/^(although|though|while|whereas|if|because|since|as|when|even|despite)$/.test(tokens[k]?.lower ?? '')) return false;
    for (let j = outer.verbLast + 1; j < c.first; j++) if (tokens[j]!.raw === ',' && !this.doc.quoted[j]) return true;
    return false;
  }

  /**
   * The speaker of a participle of saying with no subject found and no speaker met before it in its sentence: the last
   * speaker met in its paragraph, a guess (`earlier`) when that speaker was met in an earlier sentence and the
   * participle's own sentence opens with a clause of its own before it, whose subject was not found ("Officials say the
   * rules are needed. The union and its allies in the movement speak with one voice, arguing that …": the subject left
   * unread, not the officials, owns the participle most of the time).
   */
  private earlierSpeaker(c: Construction): Resolved | null {
    const r = this.lastSpeaker(c.para, 0);
    const h = this.last();
    if (!r || !h || h.sent >= c.sent || !this.clauseBeforeParticiple(c)) return r;
    return { ...r, earlier: true };
  }

  /**
   * Whether the sentence of participle c holds, before it, a clause of its own: at least two words outside quotation
   * marks, the first of them not the participle's (nor a conjunction or a preposition opening a phrase before it).
   */
  private clauseBeforeParticiple(c: Construction): boolean {
    const { tokens, sents, quoted } = this.doc;
    const start = sents.starts[c.sent];
    if (start === undefined) return false;
    let words = 0;
    let first = -1;
    for (let k = start; k < c.first; k++)
      if (tokens[k]!.word && !quoted[k]) {
        if (first < 0) first = k;
        words++;
      }
    if (words < 2) return false;
    // (a "he", "she" or "they" opening the clause, past a conjunction or an adverb, most often stands for the last
    // speaker: "Then he cut into Bush, calling him …", "And she seemed to back down, promising …")
    const opener = /^(and|but|then|so|yet|later|still|also|now)$/.test(tokens[first]!.lower) ? first + 1 : first;
    return !/^(he|she|they)$/.test(tokens[opener]?.lower ?? '');
  }

  private lastSpeaker(para: number, maxBack: number): Resolved | null {
    const h = this.last();
    if (!h || para - h.para > maxBack) return null;
    return { ref: h.ref, via: 'name', mention: null };
  }

  /**
   * The sentences before sentence `sent`, nearest first, back to the one after the sentence where a speaker was last
   * met and at most `maxBack` of them, not into a paragraph before the previous one nor past a quotation (a quoted
   * word or two, "shout “Yessss!” at the TV", a scare quote or a title, is none): [first token, last token] each.
   * With `far`, into the paragraph before the previous one too when the previous one is a single sentence, as a live
   * blog's or a wire story's short paragraphs are ("Ted Cruz … is calling on his rivals to quit. / Though he did not
   * name them, he made it clear … / He asked them …").
   */
  private *sentencesSince(sent: number, maxBack: number, far = false): Generator<[number, number]> {
    const { tokens, sents } = this.doc;
    const last = this.last();
    const lo = Math.max(last ? last.sent + 1 : 0, sent - maxBack);
    const para = sent < sents.starts.length ? tokens[sents.starts[sent]!]!.para : Infinity;
    // sentences read in the previous paragraph
    let previous = 0;
    for (let s = sent - 1; s >= lo; s--) {
      const start = sents.starts[s]!;
      const end = (sents.starts[s + 1] ?? tokens.length) - 1;
      const p = tokens[start]!.para;
      // (another story's headline is no sentence of this one: "RELATED STORIES / Eastern Ontario ER closures leave …")
      if (this.links.has(p)) continue;
      if (p === para - 1) previous++;
      if (p < para - 1 && !(far && previous === 1 && p === para - 2)) return;
      // (the longest run of quoted words: "condemned the test as “provocative and destabilizing” and a “grave threat”" is none;
      // nor is a title, every word capitalised but the small ones: "an adaptation of the novel “A House Without Doors”")
      let run = 0;
      let longest = 0;
      let titled = true;
      for (let k = start; k <= end + 1; k++) {
        if (k > end || this.doc.quoted[k] !== 1) {
          if (!titled) longest = Math.max(longest, run);
          run = 0;
          titled = true;
        } else if (tokens[k]!.word) {
          run++;
          if (tokens[k]!.cap === 0 && !TITLE_SMALL_WORDS.test(tokens[k]!.lower)) titled = false;
        }
      }
      if (longest > 3) return;
      yield [start, end];
    }
  }

  /**
   * The person introduced since the last attribution: the nearest person who is the subject of a sentence
   * after the one where a speaker was last met, at most four sentences back and not across a quotation
   * ("“…,” said Erin Vale. / Union head Carl Ostrowski met drivers. He was angry. / “…,” he said." → Ostrowski),
   * or, where that one is none or does not fit, the subject of a later clause of the sentence ("…, but Councilman Mark
   * Ortega was not done." → Ortega). With `want`, a person whose known gender differs is passed over.
   */
  newcomer(sent: number, want: Gender = null, far = false): Ref | null {
    const { tokens } = this.doc;
    const fits = (r: Ref | null): boolean => r !== null && this.fitting(r, want ?? this.genderOf(r)) !== null;
    for (const [first, end] of this.sentencesSince(sent, 4, far)) {
      // (past a speaker's label: "Kettani: Carl Ostrowski is running again. He told a radio station …" is Ostrowski)
      const start = this.pastLabel(first, end);
      const r = this.subjectOf(start, end, tokens[start]!.para);
      // (an unnamed subject gives way to the person it asked: "A reporter pressed the chief of staff, Ines Moreau, …")
      const asked = this.askedPerson(start, end, tokens[start]!.para);
      if (fits(r) && (r!.key || !asked || !fits(asked))) return this.lastSpeakerJoined(r!, want, start, end) ?? r;
      const later = this.clauseSubject(start, end, tokens[start]!.para);
      if (later && later !== r && fits(later)) return later;
      const inner = r ? null : this.thatClauseSubject(start, end, tokens[start]!.para);
      if (inner && fits(inner)) return inner;
      const intro = this.introduced(start, end, tokens[start]!.para);
      if (intro && fits(intro)) return intro;
      if (asked && fits(asked)) return asked;
      // (last, an unnamed "the mayor" the last speaker, known by another role, cannot be)
      const rival = r ? null : this.subjectOf(start, end, tokens[start]!.para, false, 'rival');
      if (rival && fits(rival)) return rival;
    }
    const main = this.mainAfterSubordinate(sent);
    if (main && fits(main)) return main;
    return want === 'male' || want === 'female' ? this.subjectOfDocumentsWords(sent, want) : null;
  }

  /**
   * The last speaker, when the sentence [start, end] joins them by "and" to h, the person it opens with: of two people
   * met together, the one who spoke last goes on ("“Talks go on,” Paul Dunn said on Sunday. / Carl Ostrowski and Paul
   * Dunn met on Monday. “We are close,” he said." is Dunn's, not a newcomer's), when they fit `want`; null otherwise.
   */
  private lastSpeakerJoined(h: Ref, want: Gender, start: number, end: number): Ref | null {
    const last = this.last();
    const lr = last ? final(last.ref) : null;
    if (!lr?.key || !h.key || sameRef(lr, h) || this.doc.tokens[start]!.para > last!.para + 1) return null;
    for (const [k, person] of this.namesFromEnd(start - 1, end)) {
      if (!sameRef(this.refFor(person.key, h.para), lr)) continue;
      const other = this.joinedBefore(k, start);
      if (other && sameRef(this.refFor(other.key, h.para), h)) return this.fitting(lr, want ?? this.genderOf(lr));
    }
    return null;
  }

  /**
   * The person the last speaker's sentence opens with as its subject, when that speaker is a document, which no "he" or
   * "she" can be, met in the sentence before `sent` or the one before that and in the same paragraph or the one before:
   * "Asante-Reid spent 117 days in segregation, according to the statement of claim. / “…,” he said." is Asante-Reid's.
   */
  private subjectOfDocumentsWords(sent: number, want: Gender): Ref | null {
    const { tokens, sents } = this.doc;
    const h = this.last();
    if (!h || h.sent >= sent || h.sent < sent - 2) return null;
    const d = final(h.ref).desc;
    if (!d || d.gender !== null || !(DOCUMENT_NOUNS.has(d.head) || FILED_DOCUMENTS.test(d.head))) return null;
    const start = sents.starts[h.sent]!;
    const para = tokens[start]!.para;
    if (para < tokens[sents.starts[sent]!]!.para - 1) return null;
    const end = (sents.starts[h.sent + 1] ?? tokens.length) - 1;
    // (a sentence that names one person only: "Judge Tom Berg sentenced Mark Lee to 10 years, according to court
    // documents. “…,” he said" may be either's, or the lawyer's before)
    const named = new Set(
      this.personMentions
        .filter((pm) => pm.first >= start && pm.first <= end && !this.doc.quoted[pm.first] && keyType(this.doc, pm.key) === 'person')
        .map((pm) => keyId(pm.key)),
    );
    if (named.size > 1) return null;
    const r = this.subjectOf(start, end, para);
    return r?.key && keyType(this.doc, r.key) === 'person' ? this.fitting(r, want) : null;
  }

  /**
   * The first token after a speaker's label that opens the sentence at `start` ("KETTANI:", "Ms. Vale:"), a name and a
   * colon opening its paragraph with words after it; `start` when there is none.
   */
  private pastLabel(start: number, end: number): number {
    const { tokens } = this.doc;
    let i = start;
    while (i < end && !tokens[i]!.word) i++;
    if (tokens[i - 1] !== undefined && tokens[i - 1]!.para === tokens[i]!.para) return start;
    const at = this.personAt(i);
    const last = at ? at.last : tokens[i]?.cap === 2 ? i : -1;
    return last >= 0 && tokens[last + 1]?.raw === ':' && last + 2 < end && !this.doc.quoted[last + 1] ? last + 2 : start;
  }

  /**
   * The person the sentence just before sentence `sent` opens with as its subject, when that sentence is in paragraph
   * `para` and comes after the one where a speaker was last met; null otherwise.
   */
  subjectBefore(sent: number, para: number): Ref | null {
    const { tokens, sents } = this.doc;
    const last = this.last();
    const s = sent - 1;
    if (s < 0 || (last && last.sent >= s)) return null;
    const start = sents.starts[s]!;
    if (tokens[start]!.para !== para) return null;
    const r = this.subjectOf(start, sents.starts[sent]! - 1, para);
    return r?.key && keyType(this.doc, r.key) === 'person' ? r : null;
  }

  /**
   * The person a sentence introduces, in any place of it: the first mention of a person in the article, outside
   * quotation marks, followed by an apposition that names no one else (", a delegate from Michigan who …", ", 34,") or
   * by a relative clause (", whose twin sons …"),
   * in a sentence whose subject is no "he", "she" or "they" (a sentence about the person met already); the last such
   * person; null when none. "Clinton made an appearance, courtesy of Wes Nakagiri, a delegate who wore a mask. / “…,”
   * he said." → Nakagiri.
   */
  private introduced(start: number, end: number, para: number): Ref | null {
    const { tokens } = this.doc;
    let i = start;
    while (i <= end && !tokens[i]!.word) i++;
    if (/^(he|she|they)$/.test(tokens[i]?.lower ?? '')) return null;
    for (let k = end; k >= start; k--) {
      const at = this.personAt(k);
      // (not one a deed harmed, no one who speaks next: "The leak killed Maria Sand, 34, a nurse.")
      if (!at || at.last > end || this.doc.quoted[k] || this.firstMention(at.key) !== k || this.harmedOrAgent(k)) continue;
      const comma = tokens[at.last + 1];
      const next = tokens[at.last + 2];
      const age = /^[0-9]{1,3}$/.test(next?.raw ?? '') && tokens[at.last + 3]?.raw === ',';
      // (or a relative clause: "Among the parents who spoke was Erin Vale, whose sons …", not after a determiner: "a
      // reversal for the Wisconsin Republican, who had …" is a description)
      const relative = /^(who|whose)$/.test(next?.lower ?? '') && !DETERMINERS.has(tokens[k - 1]?.lower ?? '');
      // (or "one of": "the commission heard from Const. Ada Vik, one of the first officers at the scene")
      const one = next?.lower === 'one' && tokens[at.last + 3]?.lower === 'of';
      // (or the subject of a sentence a phrase and a copula open, inverted: "Among the investors is Farhan Qureshi.")
      const inverted = this.afterFrontedCopula(i, k);
      if (!inverted && (comma?.raw !== ',' || !next || !(/^(a|an|the)$/.test(next.lower) || age || relative || one))) continue;
      // (not the end of a phrase the sentence opens with: "In a talk with Tom Pesk, the minister defended …" has its
      // subject after the comma)
      if (!inverted && this.closesOpening(i, at.last + 1)) continue;
      // not a place before an apposition that names someone else: "the suburb of Santa Catarina, a worker named Antonio Arroyo"
      let other = false;
      for (let j = at.last + 2; j <= Math.min(end, at.last + 10) && tokens[j]!.raw !== ',' && tokens[j]!.raw !== '.'; j++)
        if (this.personAt(j)) other = true;
      if (other) continue;
      return this.refFor(at.key, para);
    }
    return null;
  }

  /**
   * Whether the person at k is the subject a sentence names after a phrase of a preposition it opens with at `first`
   * and a copula, with no comma between: "Among the investors is Farhan Qureshi", "Behind the bar was Ada Vik".
   */
  private afterFrontedCopula(first: number, k: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[first];
    const copula = tokens[k - 1];
    if (!t || t.cap !== 1 || !(OPENING_PREPOSITIONS.test(t.lower) || FRONTED_PREPOSITIONS.test(t.lower))) return false;
    if (!copula?.word || copula.cap !== 0 || !/^(is|was)$/.test(copula.lower) || this.doc.quoted[k - 1] || k - 1 <= first + 1) return false;
    for (let m = first + 1; m < k - 1; m++) if (!tokens[m]!.word || this.doc.quoted[m]) return false;
    return true;
  }

  /**
   * Whether the comma at `comma` closes a phrase of a preposition that the sentence opens with at `first` (its first
   * comma): "In a talk with Tom Pesk, …", "During an interview with Ada Vik, …".
   */
  private closesOpening(first: number, comma: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[first];
    if (!t || t.cap !== 1 || !(OPENING_PREPOSITIONS.test(t.lower) || FRONTED_PREPOSITIONS.test(t.lower))) return false;
    for (let k = first + 1; k < comma; k++) if (tokens[k]!.raw === ',' || this.doc.quoted[k]) return false;
    return true;
  }

  /**
   * The person a sentence says was asked, whose answer the next words are: the object of "asked", "pressed" or
   * "questioned", past a role ("I asked Councillor Raj Patel whether the deadline was realistic. “…,” he said." →
   * Patel); the last such person outside quotation marks; null when none.
   */
  private askedPerson(start: number, end: number, para: number): Ref | null {
    const { tokens } = this.doc;
    for (const [k, at] of this.namesFromEnd(start, end)) {
      if (this.possessorAsked(at.last)) continue;
      let j = this.pastRoles(k, start);
      // or past a description the name is in apposition to: "pressed the mayor's chief of staff, Ines Moreau,"
      if (tokens[j]!.raw === ',' && tokens[j + 1] === tokens[k]) {
        let d = j - 1;
        while (d > Math.max(start, j - 8) && !ASKING.test(tokens[d]!.lower) && (tokens[d]!.word || tokens[d]!.key === "'s")) {
          if (/^(and|or|but|about|on|in|at|to|for|with)$/.test(tokens[d]!.lower)) break;
          d--;
        }
        if (/^(the|a|an|his|her|their)$/.test(tokens[d + 1]?.lower ?? '')) j = d;
      }
      if (ASKING.test(tokens[j]!.lower) && !this.doc.quoted[j]) return this.refFor(at.key, para);
    }
    // or one described, not named: "I asked a manager at a mid-sized tech firm, who requested anonymity, what …"
    for (let j = start; j < end - 1; j++) {
      if (!ASKING.test(tokens[j]!.lower) || this.doc.quoted[j] || !/^(a|an)$/.test(tokens[j + 1]!.lower)) continue;
      // (past one or two modifiers of the noun: "a veteran organizer", "a longtime party organizer")
      let n = j + 2;
      const noun = (x: number): boolean => {
        const t = tokens[x];
        return !!t?.word && t.cap === 0 && !this.doc.quoted[x] && SpeakerResolver.personNoun(t.lower);
      };
      while (n < j + 4 && !noun(n) && tokens[n]?.word && tokens[n]!.cap === 0 && !this.doc.quoted[n] && !NP_BREAK.has(tokens[n]!.lower))
        n++;
      const h = tokens[n];
      const head = noun(n) ? h! : null;
      if (!head || GROUP_NOUNS.has(head.lower) || pluralHead(head.lower)) continue;
      // (with its phrase of where it works: "a manager at a mid-sized tech firm")
      let e = n;
      const goesOn = (x: number): boolean =>
        !this.doc.quoted[x] &&
        (tightHyphen(tokens, x) || (tokens[x]!.word && !/^(who|whether|if|what|how|why|when|about|to)$/.test(tokens[x]!.lower)));
      while (e + 1 < end && e < j + 10 && goesOn(e + 1)) e++;
      const text = withoutInvisible(this.doc.text.slice(tokens[j + 1]!.start, tokens[e]!.end));
      const gender: Gender = FEMALE_NOUNS.has(head.lower) ? 'female' : MALE_NOUNS.has(head.lower) ? 'male' : null;
      return { key: null, desc: { text, definite: false, head: head.lower, group: false, gender }, bound: null, para };
    }
    return null;
  }

  /**
   * Whether the name ending at `last` owns what was questioned, not the one asked: "Sanders questioned Mr. Trump's
   * veracity. He …" is Sanders, whose sentence it is (a possessor is no person met to answer).
   */
  private possessorAsked(last: number): boolean {
    const t = this.doc.tokens[last + 1];
    return !!t && t.key === "'s" && !this.doc.quoted[last + 1];
  }

  /** Whether a person is named outside quotation marks from token `start` to before token `before`. */
  private namedBetween(start: number, before: number): boolean {
    return this.otherPersonNamed(start, before, null);
  }

  /** Whether a person other than `except` is named outside quotation marks from token `start` to before token `before`. */
  otherPersonNamed(start: number, before: number, except: SpeakerKey | null): boolean {
    const not = except ? keyId(except) : null;
    return this.someMentionIn(start, before, (m) => !this.doc.quoted[m.first] && (not === null || keyId(m.key) !== not));
  }

  /**
   * Whether a person mention from token `from` up to before token `before` passes `test`. The mentions are in text order:
   * a binary search for the first, not a scan of all of them.
   */
  private someMentionIn(from: number, before: number, test: (m: { first: number; key: SpeakerKey }) => boolean): boolean {
    for (let i = this.mentionsBefore(from); i < this.personMentions.length; i++) {
      const m = this.personMentions[i]!;
      if (m.first >= before) break;
      if (test(m)) return true;
    }
    return false;
  }

  /** The people named between `start` (not included) and `end` outside quotation marks, the last first: first token and person. */
  private *namesFromEnd(start: number, end: number): Generator<[number, { key: SpeakerKey; last: number }]> {
    for (let k = end; k > start; k--) {
      const at = this.personAt(k);
      if (at && at.last <= end && !this.doc.quoted[k]) yield [k, at];
    }
  }

  /** The token before the roles in front of the name at `k`, not before `start`: "their neighbor", "Councilman", "Sen.". */
  private pastRoles(k: number, start: number): number {
    const { tokens } = this.doc;
    let j = k - 1;
    while (
      j > start &&
      ((tokens[j]!.word && (SPEAKER_NOUNS.has(tokens[j]!.lower) || TITLES.has(tokens[j]!.lower))) ||
        (tokens[j]!.raw === '.' && ABBREVIATIONS.has(tokens[j - 1]!.lower)))
    )
      j--;
    return j;
  }

  /**
   * In a sentence whose subject is no person, the person named as the subject of a clause that "that" or "what" opens,
   * followed by its verb, past a short clause set off by commas ("There is also the possibility that Mrs. Ruiz, if
   * elected, might nominate him.", "That is what Mr. Hale has promised."): the last such person, when no one else is
   * named before it in the sentence and no pronoun opens it; null otherwise.
   */
  private thatClauseSubject(start: number, end: number, para: number): Ref | null {
    const { tokens, quoted } = this.doc;
    // (nor a sentence about someone met already, opened by a pronoun: "He dismisses claims that Trump is racist.")
    if (PRONOUNS.has(tokens[start]?.lower ?? '')) return null;
    for (const [k, at] of this.namesFromEnd(start, end)) {
      const j = this.pastRoles(k, start);
      const before = tokens[j]!;
      if (quoted[j] || before.cap !== 0 || !/^(that|what)$/.test(before.lower)) continue;
      // (no one named before it, whom the sentence is about: "LeVell is a man on a mission to change the perception that
      // Trump is racist. He …" is LeVell's)
      if (this.otherPersonNamed(start, k, at.key)) return null;
      let v = at.last + 1;
      // (past "if elected", "as expected", "when asked" set off by commas)
      if (tokens[v]?.raw === ',' && /^(if|when|once|as|though|although|unless)$/.test(tokens[v + 1]?.lower ?? '')) {
        let e = v + 2;
        while (e < v + 6 && tokens[e]?.word && !quoted[e]) e++;
        if (tokens[e]?.raw === ',') v = e + 1;
      }
      const n = tokens[v];
      if (n?.word && n.cap === 0 && !quoted[v] && finiteVerb(n)) return this.refFor(at.key, para);
    }
    return null;
  }

  /**
   * The person asked in the sentence before, when the asking is the last attribution and that sentence's own ("A
   * reporter asked Councillor Raj Patel whether the deadline was realistic. “…,” he said." → Patel, not the reporter;
   * "Hannity asked Trump how high the wall would be. “…,” he told Hannity." → Trump); null otherwise, or when the
   * person asked is of another gender (then the one who asked may be meant).
   */
  private askedBefore(sent: number, want: Gender): Ref | null {
    const h = this.last();
    const c = h?.c;
    if (!h || !c || h.sent !== sent - 1 || !ASKING.test(c.verb)) return null;
    const about = this.askedAbout(c, want);
    if (about) return about;
    // the asking is the sentence's own, not a part of someone else's account ("What got to her, she said, was a
    // question, when a young man asked Clinton why …"): no other speaker in the sentence, no clause opening before it
    if (this.history.some((x) => x !== h && x.sent === h.sent)) return null;
    const before = this.doc.tokens[c.first - 1];
    if (before?.word && CLAUSE_BEFORE_MAIN.has(before.lower)) return null;
    const end = this.doc.sents.starts[sent]! - 1;
    // (a passive's: the one asked is its subject, before "was asked", the asker its agent after "by": "Mayor Lena Ortiz
    // was asked by moderator Jan Price, “Will you run again?” / “No,” she said." is Ortiz's)
    if (isAsker(c)) {
      const { tokens, sents, quoted } = this.doc;
      const start = sents.starts[h.sent]!;
      // (not a quotation that addresses someone by title or name, or that says it is the asking: the asker goes on,
      // "“Please answer the question, Mayor,” she said.", "“I'm asking because voters deserve to know,” she said.")
      let q0 = -1;
      let q1 = -1;
      for (let k = sents.starts[sent]!; k < (sents.starts[sent + 1] ?? tokens.length); k++)
        if (quoted[k]) {
          if (q0 < 0) q0 = k;
          q1 = k;
        }
      const said = q0 < 0 ? '' : withoutInvisible(this.doc.text.slice(tokens[q0]!.start, tokens[q1]!.end));
      if (/\bI(?:['’]m| am) asking\b/.test(said)) return null;
      if (/,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:[,.?!]|$)/.test(said)) return null;
      let v = c.verbFirst;
      while (v > start && /^(was|were|is|are|be|been|being|has|have|had|then|also|first|later)$/.test(tokens[v - 1]!.lower)) v--;
      if (v === c.verbFirst || v - 1 < start) return null;
      const own = this.subjectOf(start, v - 1, tokens[v]!.para) ?? this.pronounOpener(h.sent)?.ref ?? null;
      const s = own ? final(own) : null;
      return s && !sameRef(s, final(h.ref)) && !this.isGroup(s) ? this.fitting(s, want) : null;
    }
    const r = this.askedPerson(c.verbFirst - 1, end, this.doc.tokens[c.verbFirst]!.para);
    return r ? this.fitting(r, want) : null;
  }

  /**
   * The person the writer asked, in a sentence since the last speaker's, in the pronoun's paragraph, no more than two
   * sentences before it: "I asked Brandvold what she wrote back. She would not say. “…,” she said." is Brandvold, who
   * answers, not the woman quoted before; null otherwise, or when that person does not fit `want`.
   */
  private writerAsked(sent: number, at: number, want: Gender, para: number): Ref | null {
    const { tokens, sents, quoted } = this.doc;
    const h = this.last();
    // (the writer's own asking may be the last attribution: "I asked a veteran organizer … what he made of it")
    const writers = !!h?.c && /^(I|We)$/.test(tokens[h.c.subject?.first ?? -1]?.raw ?? '');
    const floor = Math.max(sent - 2, h ? h.sent + (writers ? 0 : 1) : 0);
    for (let t = sent; t >= floor; t--) {
      const start = sents.starts[t]!;
      if (tokens[start]!.para !== para) break;
      const end = Math.min(at, (sents.starts[t + 1] ?? tokens.length) - 1);
      for (let k = start; k + 2 < end; k++) {
        if (quoted[k] || !/^(I|We)$/.test(tokens[k]!.raw)) continue;
        const verb = tokens[k + 1]!.lower;
        // (or the one the writer put a question to, reached or spoke to: "When I put that to Whitlock, she said …", "I
        // reached Ives by phone. He said …"; not past a comma or a quotation)
        let p = -1;
        if (/^(asked|reached|called|phoned|interviewed)$/.test(verb)) p = k + 2;
        else if (/^(put|spoke|talked|read|raised|mentioned)$/.test(verb))
          for (let j = k + 2; j < Math.min(end, k + 7) && p < 0; j++) {
            if (quoted[j] || (!tokens[j]!.word && tokens[j]!.key !== "'s")) break;
            if (/^(to|with)$/.test(tokens[j]!.lower)) p = j + 1;
          }
        if (p < 0) continue;
        // (past the description the name is in apposition to: "I put Ng's question to the library's chief executive, Dr.
        // Folasade Ibekwe.")
        if (!quoted[p] && !this.personAt(p) && tokens[p]?.lower === 'the')
          for (let j = p + 1; j < Math.min(end, p + 10); j++) {
            const t = tokens[j]!;
            if (quoted[j]) break;
            if (t.raw === ',') {
              let n = j + 1;
              while (
                n < Math.min(end, j + 4) &&
                !this.personAt(n) &&
                ((tokens[n]!.word && TITLES.has(tokens[n]!.lower)) || tokens[n]!.raw === '.')
              )
                n++;
              if (this.personAt(n)) p = n;
              break;
            }
            if (!(t.key === "'s" || (t.word && t.cap === 0))) break;
          }
        // (one described, not named: "I asked a veteran organizer, who …, what he made of it. He laughed. “…,” he said.")
        const pm = quoted[p] ? null : this.personAt(p);
        const r = pm ? this.refFor(pm.key, para) : verb === 'asked' ? this.askedPerson(k, end, para) : null;
        if (!r) continue;
        return this.isGroup(r) ? null : this.fitting(r, want);
      }
    }
    return null;
  }

  /**
   * The unnamed person the last speaker, of the other gender, told or asked something in the sentence before, named
   * right after the verb by "a" or "an" and a noun of the pronoun's gender: "“You came back,” he tells a woman in a blue
   * minivan. She laughs and says she comes every summer." is the woman's; null otherwise.
   */
  private addressee(sent: number, want: Gender, para: number): Ref | null {
    const h = this.last();
    const c = h?.c;
    if (!h || !c || c.passive || h.sent !== sent - 1 || h.para < para - 1 || !/^(tell|tells|told|ask|asks|asked)$/.test(c.verb))
      return null;
    // (of a gender known, or given by the frame's own pronoun: "he tells")
    const g = this.genderOf(final(h.ref)) ?? (c.subject?.kind === 'pronoun' ? c.subject.pronoun : null);
    if (!g || g === want) return null;
    return this.unnamedOfGender(c.verbLast + 1, want, para, 3, false)?.ref ?? null;
  }

  /**
   * The unnamed person "a" or "an" at `k` brings in, a noun of gender `want` within `reach` words after it and only
   * words in lower case between ("a woman", "an elderly man"; with `hyphened`, also a number and hyphens, "an
   * 84-year-old woman"), with the token of that noun; null otherwise, or when a noun of the other gender comes first.
   */
  private unnamedOfGender(k: number, want: Gender, para: number, reach: number, hyphened: boolean): { ref: Ref; head: number } | null {
    const { tokens } = this.doc;
    if (!/^(a|an)$/.test(tokens[k]?.lower ?? '') || this.doc.quoted[k]) return null;
    for (let j = k + 1, words = 0; words < reach; j++) {
      const t = tokens[j];
      if (hyphened && t && (t.raw === '-' || /^[0-9]+$/.test(t.raw))) continue;
      if (!t?.word || t.cap > 0) return null;
      words++;
      const tg: Gender = FEMALE_NOUNS.has(t.lower) ? 'female' : MALE_NOUNS.has(t.lower) ? 'male' : null;
      if (!tg) continue;
      if (tg !== want) return null;
      const raw = withoutInvisible(this.doc.text.slice(tokens[k]!.start, t.end));
      const desc: Description = { text: raw, definite: false, head: t.lower, group: false, gender: want };
      return { ref: { key: null, desc, bound: null, para }, head: j };
    }
    return null;
  }

  /**
   * The unnamed person the sentence just before, since the last speaker's, says its subject met, described by a noun of
   * the pronoun's gender `want` ("Senator Paul Dane met the commission's chairwoman on Tuesday. She said …" is the
   * chairwoman's, not Dane's; "visited a widow", "held talks with the company's spokeswoman"); null when that sentence
   * meets no such person, when its subject is known as a `want` itself, or when a noun of the other gender comes first.
   */
  private metDescribed(sent: number, want: Gender): Ref | null {
    const { tokens, quoted } = this.doc;
    for (const [start, end] of this.sentencesSince(sent, 1)) {
      for (let k = start + 1; k < end; k++) {
        const t = tokens[k]!;
        if (!t.word || t.cap !== 0 || quoted[k]) continue;
        const meet = this.meetingWith(k);
        if (meet < 0 && !/^(met|visited|interviewed|hosted|welcomed|phoned|telephoned)$/.test(t.lower)) continue;
        // (the sentence's own meeting, not one in a relative clause ("Jordan Leclair, whose mother met the queen …"),
        // its subject no `want` by a noun ("Jordan Leclair's wife met …"))
        for (let i = start; i < k; i++) {
          const w = tokens[i]!;
          if (quoted[i]) continue;
          if (/^(who|whose|whom|which)$/.test(w.lower)) return null;
          if ((want === 'female' ? FEMALE_NOUNS : MALE_NOUNS).has(w.lower)) return null;
        }
        // (the subject, before the verb, is no `want` itself: "Ada Vik met the chairwoman" may be Vik's own words)
        const subj = this.subjectOf(start, k - 1, t.para);
        if (subj && this.genderOf(final(subj)) === want) return null;
        let o = meet >= 0 ? meet + 1 : k + 1;
        if (meet < 0 && tokens[o]?.lower === 'with' && !quoted[o]) o++;
        if (!/^(the|a|an|his|her|their|its)$/.test(tokens[o]?.lower ?? '') || quoted[o]) return null;
        // the noun phrase, in lower case words and possessives, up to its first noun of a gender
        for (let j = o + 1; j < Math.min(end, o + 6); j++) {
          const w = tokens[j]!;
          if (w.key === "'s" || /^['’]s?$/.test(w.raw)) continue;
          if (!w.word || w.cap !== 0 || quoted[j] || this.personAt(j)) return null;
          const g: Gender = FEMALE_NOUNS.has(w.lower) ? 'female' : MALE_NOUNS.has(w.lower) ? 'male' : null;
          if (g === null) {
            if (NP_BREAK.has(w.lower)) return null;
            continue;
          }
          // (no name in apposition after it, which the resolver reads as that person: "the chairwoman, Kim Vik,")
          if (g !== want || tokens[j + 1]?.raw === ',' || /^(women|men)$/.test(w.lower)) return null;
          // (the one met, not a possessor ("the chairwoman's husband", "the actress's award"), and the only one met
          // ("… the commission's chairwoman on Tuesday and then his sister"))
          const n = tokens[j + 1];
          if (n && (n.key === "'s" || /^['’]s?$/.test(n.raw))) return null;
          for (let i = j + 1; i < end; i++) if (!quoted[i] && /^(and|or)$/.test(tokens[i]!.lower)) return null;
          const text = withoutInvisible(this.doc.text.slice(tokens[o]!.start, w.end));
          const desc: Description = {
            text,
            definite: tokens[o]!.lower !== 'a' && tokens[o]!.lower !== 'an',
            head: w.lower,
            group: false,
            gender: want,
          };
          return { key: null, desc, bound: null, para: t.para };
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The unnamed person of the pronoun's gender a sentence since the last speaker's, in the pronoun's paragraph, brings
   * in with "a" or "an" and a relative "who" and a verb of saying ("Among the victims was an 84-year-old woman who said in a letter … /
   * “…,” she wrote." is the woman's, not the lawyer's quoted before); null otherwise.
   */
  private unnamedWho(sent: number, want: Gender, para: number): Ref | null {
    const { tokens } = this.doc;
    for (const [start, end] of this.sentencesSince(sent, 2)) {
      if (tokens[start]!.para !== para) continue;
      for (let k = start; k < end; k++) {
        if (tokens[k]!.cap > 1 || !/^(a|an)$/.test(tokens[k]!.lower)) continue;
        const u = this.unnamedOfGender(k, want, para, 4, true);
        // (who speaks: "who said", "who told investigators"; not "She met a woman who ran a bakery")
        if (
          u &&
          tokens[u.head + 1]?.lower === 'who' &&
          REPORTING_VERBS.has(tokens[u.head + 2]?.lower ?? '') &&
          !this.doc.quoted[u.head + 1]
        )
          return u.ref;
      }
    }
    return null;
  }

  /**
   * The person a question with no one named as asked was about, who is the one to answer it: the named person its
   * sentence opens with, when the question's own subject is a "he" or "she" of gender `want` and the asker is someone
   * else ("Premier Helen Cartwright caused a stir when a retired teacher asked if she might appoint her predecessor. /
   * “…,” she replied." → Cartwright, not the teacher); null otherwise.
   */
  private askedAbout(c: Construction, want: Gender): Ref | null {
    const { tokens, sents } = this.doc;
    if (c.passive || !c.subject || c.verb !== 'asked') return null;
    const w = tokens[c.verbLast + 1];
    const p = tokens[c.verbLast + 2];
    if (!/^(if|whether)$/.test(w?.lower ?? '') || !p || PRONOUNS.get(p.lower) !== want) return null;
    const start = sents.starts[c.sent]!;
    if (start >= c.first) return null;
    const r = this.subjectOf(start, c.first - 1, c.para);
    if (!r?.key || keyType(this.doc, r.key) !== 'person' || !this.fitting(r, want)) return null;
    const asker = this.last();
    return asker && final(asker.ref) === final(r) ? null : r;
  }

  private readonly firstMentions = new Map<string, number>();

  /** The first token of the first mention of the person at `key`. */
  private firstMention(key: SpeakerKey): number {
    if (this.firstMentions.size === 0)
      for (const pm of this.personMentions) if (!this.firstMentions.has(keyId(pm.key))) this.firstMentions.set(keyId(pm.key), pm.first);
    return this.firstMentions.get(keyId(key)) ?? -1;
  }

  /**
   * The person of a sentence's main clause when the last speaker was met before it, in the clause the sentence opens
   * with ("Asked whether she feared that Maria Vance, who has called the treaty a fraud, could win, Okoro shrugged. /
   * “…,” she said." → Okoro, not Vance): the subject of a later clause, after a comma or a conjunction (clauseSubject),
   * in a sentence at most four before `sent`, in its paragraph or the one before; null otherwise.
   */
  private mainAfterSubordinate(sent: number): Ref | null {
    const { tokens, sents } = this.doc;
    const h = this.last();
    const c = h?.c;
    if (!h || !c || h.sent >= sent || sent - h.sent > 4 || !c.subject) return null;
    const para = sent < sents.starts.length ? tokens[sents.starts[sent]!]!.para : Infinity;
    if (c.para < para - 1) return null;
    const start = sents.starts[h.sent]!;
    const end = (sents.starts[h.sent + 1] ?? tokens.length) - 1;
    let first = start;
    while (first < end && !tokens[first]!.word) first++;
    // the question the sentence opens with, its asker after "by": the one asked is the main clause's subject ("Asked by
    // counsel Ada Vik whether he would resign, Lamb paused. / “…,” he said." → Lamb, not Vik nor a speaker before her)
    if (c.inverted && isAsker(c) && c.first === first) {
      const r = this.clauseSubject(c.last, end, c.para);
      return r && final(r) !== final(h.ref) ? r : null;
    }
    if (c.inverted) return null;
    const capital = tokens[first]!.cap === 1;
    // past a conjunction and "even": "But even after the premier, responding to …, agreed to debate, Lindqvist …"
    let after = first;
    if (/^(and|but|yet)$/.test(tokens[after]!.lower) && tokens[after + 1]?.word) after++;
    if (tokens[after]!.lower === 'even' && CLAUSE_BEFORE_MAIN.has(tokens[after + 1]?.lower ?? '')) after++;
    // (a relative alone is no sign: "Paul Brandt, who has said …, met the crews, and Tomas Ek listened" is still Brandt's)
    const opening =
      after < c.first &&
      (CLAUSE_BEFORE_MAIN.has(tokens[after]!.lower) || (after === first && /^[a-z]{3,}ed$/.test(tokens[after]!.lower))) &&
      capital;
    // a clause with no words of its own trailing a person's main clause: "Annelise Vossberg drove through the night after
    // police called her." met no speaker worth the name; the person the sentence opens with is the one introduced
    if (!opening && c.first - 1 > first) {
      const sub = tokens[c.first - 1]!;
      let k = c.verbLast + 1;
      if (/^(her|him|them|me|us)$/.test(tokens[k]?.lower ?? '')) k++;
      const bare = k > end || /^[.!?]$/.test(tokens[k]!.raw);
      if (sub.word && sub.cap === 0 && /^(after|when|before|until|once)$/.test(sub.lower) && bare) {
        const r = this.subjectOf(start, c.first - 2, c.para);
        if (r?.key && keyType(this.doc, r.key) === 'person' && r.key && final(r) !== final(h.ref)) return r;
      }
    }
    // (a participle continuing the speaker only when the sentence opens with a clause: "…, saying" after a main clause is
    // the sentence's own speaker)
    if (!opening || (c.continuing && after === first && !CLAUSE_BEFORE_MAIN.has(tokens[after]!.lower))) return null;
    const r = this.clauseSubject(c.last, end, c.para);
    return r && final(r) !== final(h.ref) ? r : null;
  }

  /**
   * The person who is the subject of a later clause of a sentence, nearest the end: a name outside quotation marks,
   * after a comma, a conjunction or a role, with a verb right after it or after an age ("…, but their neighbor Benjamin
   * Green, 83, knows …", "…, but Christie wasn't having it"); null when none.
   */
  private clauseSubject(start: number, end: number, para: number): Ref | null {
    const { tokens } = this.doc;
    for (const [k, at] of this.namesFromEnd(start, end)) {
      // past a role and its determiner ("their neighbor", "Councilman", "Sen."), a comma or a conjunction: not the
      // object of a preposition or a verb ("with Ada Vik", "thanked Ada Vik")
      let j = this.pastRoles(k, start);
      if (j < k - 1 && /^(the|a|an|his|her|their|its|our)$/.test(tokens[j]?.lower ?? '')) j--;
      // past a time adverb or two opening the clause: "…, and since then Dan Okafor has seen …", "but now Vik says"
      for (let m = 0; m < 2 && j > start && CLAUSE_TIME.test(tokens[j]!.lower) && tokens[j]!.cap === 0; m++) j--;
      const before = tokens[j]!;
      if (!/^[,;—–]$/.test(before.raw) && !/^(but|and|while|whereas|yet)$/.test(before.lower)) continue;
      let v = at.last + 1;
      // an age in apposition: "Benjamin Green, 83, knows"
      if (tokens[v]?.raw === ',' && /^[0-9]+$/.test(tokens[v + 1]?.raw ?? '') && tokens[v + 2]?.raw === ',') v += 3;
      const n = tokens[v];
      if (
        n?.word &&
        n.cap === 0 &&
        !this.doc.quoted[v] &&
        (AUXILIARIES.has(n.lower) ||
          NEGATED_AUXILIARY.test(n.lower) ||
          IRREGULAR_PAST.has(n.lower) ||
          (/^[a-z]{3,}(ed|s)$/.test(n.lower) && !/ss$/.test(n.lower) && !NP_BREAK.has(n.lower)))
      )
        return this.refFor(at.key, para);
    }
    return null;
  }

  /**
   * The group a sentence opens with after the one where a speaker was last met, at most three sentences back and not
   * across a quotation: a plural noun of people, with a determiner or a modifier or two ("Critics of the program",
   * "Many local landlords"); null when none. (Two names joined by "and" are a group speaker already.)
   */
  private groupNewcomer(sent: number, para: number): Ref | null {
    for (const [start, end] of this.sentencesSince(sent, 3)) {
      const g = this.groupOpener(start, end, para);
      if (g) return g;
    }
    return null;
  }

  /**
   * The body of people a "they" at `at` stands for when no group of people is met: the organisation or collective a
   * sentence opens with since the last attribution (at most two sentences back), with a determiner, a possessive or a
   * capitalised modifier, its head an organisation's or a collective's noun followed by its verb or "of" ("The family of a
   * cyclist … have paid tribute.", "Ortega's campaign released …", "The council has rejected …"); null when none, or when
   * a plural of people or a person is named after it outside quotation marks ("Ortega's campaign met dairy farmers.
   * “…,” they said." may be the farmers').
   */
  private bodyNewcomer(sent: number, at: number, para: number): Ref | null {
    const { tokens, quoted } = this.doc;
    for (const [start, end] of this.sentencesSince(sent, 2)) {
      let i = start;
      while (i <= end && !tokens[i]!.word) i++;
      if (/^(but|and|yet|still)$/.test(tokens[i]?.lower ?? '')) i++;
      i = this.pastOpeningPhrase(i, end);
      const h = this.bodySubjectHead(i, end);
      if (h < 0) continue;
      // (a name inside the body's "of" is its own: "The family of cyclist Tom Hale have paid tribute.")
      let from = h + 1;
      if (tokens[from]!.lower === 'of') while (from < at && !(tokens[from]!.cap === 0 && finiteVerb(tokens[from]!))) from++;
      for (let k = from; k < at; k++) {
        const t = tokens[k]!;
        if (quoted[k] || !t.word) continue;
        if (this.personAt(k) || (t.cap === 0 && pluralOfPeople(t.lower))) return null;
      }
      const head = tokens[h]!.lower;
      const the = tokens[i]!.lower === 'the';
      return (ORG_HEADS.has(head) && the ? this.orgBefore(i, head, para) : null) ?? this.orgRef(the ? i + 1 : i, h, head, para);
    }
    return null;
  }

  /**
   * The head of a body's noun phrase opening words at `i`, before `end`: "the"/"a"/a possessive pronoun, or a name and its
   * "'s", then up to three modifiers and a noun of ORG_HEADS or THEY_BODY_HEADS in lower case, followed by "of" or a verb
   * ("The Ortega campaign said", "Her family have"); -1 when the words open otherwise.
   */
  private bodySubjectHead(i: number, end: number): number {
    const { tokens, quoted } = this.doc;
    const t = tokens[i];
    if (!t?.word || quoted[i]) return -1;
    let k: number;
    if (/^(the|a|an|his|her|their)$/.test(t.lower)) k = i + 1;
    else {
      const name = this.personAt(i);
      let e = name ? name.last : i;
      while (!name && tokens[e + 1]?.word && tokens[e + 1]!.cap > 0) e++;
      if (t.cap === 0 || !(/^['’]s$/.test(tokens[e + 1]?.raw ?? '') || tokens[e + 1]?.key === "'s")) return -1;
      k = e + 2;
    }
    for (let m = k; m <= Math.min(end - 1, k + 3); m++) {
      const w = tokens[m]!;
      if (!w.word || quoted[m] || (w.cap === 0 && NP_BREAK.has(w.lower))) return -1;
      if (w.cap > 0 || !(ORG_HEADS.has(w.lower) || THEY_BODY_HEADS.has(w.lower))) continue;
      const n = tokens[m + 1]!;
      return n.word && n.cap === 0 && (n.lower === 'of' || finiteVerb(n)) ? m : -1;
    }
    return -1;
  }

  /**
   * Past a short phrase of time, place or manner, or a sentence adverb, that opens words at `i` and ends at its comma
   * before `end`: "throughout the winter, members …", "Meanwhile, parents …", "In a letter sent on Friday, the unions …"
   * (the subject after it); `i` itself when no such phrase is there, or a pronoun or a quotation stands in it.
   */
  private pastOpeningPhrase(i: number, end: number): number {
    const { tokens, quoted } = this.doc;
    const w = tokens[i]?.lower ?? '';
    if (OPENING_ADVERBS.test(w) && tokens[i + 1]?.raw === ',' && !quoted[i]) return i + 2;
    if (!PHRASE_OPENERS.test(w)) return i;
    for (let k = i + 1; k < end && k <= i + 8; k++) {
      const t = tokens[k]!;
      // (no clause: a pronoun or a verb's auxiliary in it, "This is why critics, …")
      if (quoted[k] || (t.word && (PRONOUNS.has(t.lower) || /^(is|are|was|were|has|have|had|will|would)$/.test(t.lower)))) return i;
      if (t.raw === ',') return k + 1;
    }
    return i;
  }

  /** The group of people whose plural noun opens the words from `start` to `end` ("Critics", "The operators"), or null. */
  private groupOpener(start: number, end: number, para: number): Ref | null {
    const { tokens } = this.doc;
    let i = start;
    while (i <= end && !tokens[i]!.word) i++;
    // "But the protesters …" (not "In interviews, …", "To her supporters, …": a phrase before the subject)
    if (/^(but|and|yet|still)$/.test(tokens[i]?.lower ?? '')) i++;
    i = this.pastOpeningPhrase(i, end);
    // a count before the plural: "About 200 parents …", "More than 40 residents …", "Hundreds of protesters …"
    i = pastCount(tokens, i, end);
    if (
      i > end ||
      (NP_BREAK.has(tokens[i]!.lower) && !DETERMINERS.has(tokens[i]!.lower)) ||
      /^(within|without|among|amid)$/.test(tokens[i]!.lower) ||
      // (nor a sentence that opens with a question word: "What gives negotiators reason for optimism is …")
      /^(what|how|why)$/.test(tokens[i]!.lower)
    )
      return null;
    let head = -1;
    for (let k = i; k <= Math.min(end, i + 3); k++) {
      const t = tokens[k]!;
      if (!t.word || PRONOUNS.has(t.lower) || (k > i && NP_BREAK.has(t.lower))) break;
      // (nor past a name's verb in the past, the plural its object: "Tesco met suppliers …. They said …" is no group
      // "Tesco met suppliers")
      // (not after an ordinary word capitalised to open the sentence: "Some worried residents")
      if (
        k > i &&
        t.cap === 0 &&
        tokens[k - 1]!.cap > 0 &&
        !isOrdinaryCapital(this.doc.nameCtx, k - 1) &&
        (IRREGULAR_PAST.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower))
      )
        break;
      // a plural noun, capitalised only as the sentence's first word: "Critics", "local landlords"
      // (or a party's members, capitalised after the body they sit in: "Senate Democrats", "House Republicans")
      const lower =
        t.cap === 0 ||
        (k === i && (SPEAKER_NOUNS.has(t.lower) || isOrdinaryCapital(this.doc.nameCtx, k))) ||
        (k > i && t.cap === 1 && PARTY_PLURALS.test(t.lower));
      // a plural of people: "critics", "protesters", "residents", "analysts", "Democrats" (not "wages", "tactics", "comes")
      // (or the plural of an organisation's or a speaker's noun: "The national unions", "Both campaigns", "the agencies")
      if (lower && pluralOfPeople(t.lower)) {
        const next = tokens[k + 1];
        if (next?.word && next.cap === 0 && /^[a-z]{3,}s$/.test(next.lower) && !NP_BREAK.has(next.lower)) continue; // "union members"
        head = k;
        break;
      }
    }
    if (head < 0) return null;
    const text = withoutInvisible(this.doc.text.slice(tokens[i]!.start, tokens[head]!.end));
    return { key: null, desc: { text, definite: false, head: tokens[head]!.lower, group: true, gender: null }, bound: null, para };
  }

  /**
   * A "he" or "she" inside a sentence (not opening it) whose person is named earlier in the same sentence: the
   * speaker of a frame before it ("“…,” said party chief Reine Berg, though she added …") or the person the sentence
   * opens with ("Ms. Ada Ives got a roar when, at the end of her song, she added …"); null otherwise.
   */
  private sameSentence(sent: number, at: number, want: Gender, para: number, c: Construction | null): Ref | null {
    const { tokens, sents } = this.doc;
    const start = sents.starts[sent];
    if (start === undefined || at <= start) return null;
    let k = start;
    while (k < at && !tokens[k]!.word) k++;
    if (k >= at) return null;
    // not a name inside a quotation ("“Cruz is our best debater,” he says"), a clause before the main one ("If
    // Trump loses, he said he would …") or the reported words before a frame ("Mr. Trump fits that bill, he added.")
    const opens = !this.doc.quoted[k] && !CLAUSE_BEFORE_MAIN.has(tokens[k]!.lower) && !(c && this.frameAfterWords(c, at));
    const fits = (r: Ref | null): Ref | null => (r ? this.fitting(r, want) : null);
    const h = this.last();
    const spoke = h && h.sent === sent && !isAsker(h.c) ? fits(final(h.ref)) : null;
    // (a clause of time the sentence opens with, its subject a person, and the pronoun opening the main clause right after
    // its comma: "When Ana Vale arrived, she said the hall was empty." is hers; not a condition, "If Trump loses, he said …";
    // nor one who asks by role, "When host Rosemary Barton asked about his plan, he said …", see askingClause)
    const opener =
      !this.doc.quoted[k] &&
      TIME_CLAUSE_OPENERS.test(tokens[k]!.lower) &&
      tokens[at - 1]?.raw === ',' &&
      !(c && this.frameAfterWords(c, at))
        ? this.subjectOf(k + 1, at - 2, para)
        : null;
    const temporal = opener && !(this.askingClause(sent, at) >= 0 && this.askerByRole(opener)) ? fits(opener) : null;
    return (
      spoke ??
      temporal ??
      (opens ? fits(this.subjectOf(start, at - 1, para)) : null) ??
      (this.doc.quoted[k] || (c && this.frameAfterWords(c, at)) ? null : this.subjectBeforePronoun(k, at, want, para))
    );
  }

  /**
   * Where "asked" or "asks" stands in a clause of time that opens the sentence of a "he" or "she" at `at`, the pronoun
   * right after that clause's comma ("When a CBC reporter asked about his housing plan, he said …"), or -1: when its
   * subject asks by role (see askerByRole), the pronoun is the one asked, who answers, not the reporter.
   */
  private askingClause(sent: number, at: number): number {
    const { tokens, sents, quoted } = this.doc;
    let k = sents.starts[sent] ?? at;
    while (k < at && !tokens[k]!.word) k++;
    if (k >= at - 3 || quoted[k] || !TIME_CLAUSE_OPENERS.test(tokens[k]!.lower) || tokens[at - 1]?.raw !== ',') return -1;
    for (let j = k + 2; j < at - 1; j++) if (tokens[j]!.lower === 'asked' || tokens[j]!.lower === 'asks') return j;
    return -1;
  }

  /**
   * The subject of the clause a "he" or "she" at `at` stands in, named earlier in its sentence (which opens at `start`)
   * and fitting `want`: a name outside quotation marks, opening its clause (after the sentence's start, a comma, a
   * semicolon, a dash or a conjunction, past its roles and a capitalised modifier or two) and followed by its verb, past
   * an age, an apposition or a relative clause set off by commas ("In Dover, after meeting the Rev. Ian Hale, Vik
   * proposed rules that would end what she called …", "…; Gov. Ada Vik, who opposes it, vetoed the bill because she
   * said …"); the nearest such name, not one inside a clause the sentence opens with ("If Trump loses, he said …").
   */
  private subjectBeforePronoun(start: number, at: number, want: Gender | 'any', para: number): Ref | null {
    const { tokens } = this.doc;
    let from = start;
    if (CLAUSE_BEFORE_MAIN.has(tokens[from]!.lower)) {
      while (from < at && tokens[from]!.raw !== ',') from++;
      if (from >= at) return null;
    }
    const verbAt = (v: number): boolean => {
      const n = tokens[v];
      return (
        !!n?.word &&
        n.cap === 0 &&
        !this.doc.quoted[v] &&
        (AUXILIARIES.has(n.lower) ||
          NEGATED_AUXILIARY.test(n.lower) ||
          IRREGULAR_PAST.has(n.lower) ||
          (/^[a-z]{3,}(ed|s)$/.test(n.lower) && !/ss$/.test(n.lower) && !NP_BREAK.has(n.lower)))
      );
    };
    for (const [k, person] of this.namesFromEnd(from - 1, at - 1)) {
      let j = this.pastRoles(k, from - 1);
      if (j < k - 1 && /^(the|a|an|his|her|their|its|our)$/.test(tokens[j]?.lower ?? '')) j--;
      // a capitalised modifier or two before the role: "Republican Gov. Ada Vik", "Oklahoma state Sen. …"
      for (let m = 0; m < 2 && j >= from && j >= 0 && tokens[j]!.word && tokens[j]!.cap > 0 && !this.personAt(j) && j < k - 1; m++) j--;
      const before = tokens[j];
      if (
        j >= from &&
        before &&
        !/^[,;—–]$/.test(before.raw) &&
        !/^(but|and|whereas|yet|then)$/.test(before.lower) &&
        !CLAUSE_BEFORE_MAIN.has(before.lower)
      )
        continue;
      let v = person.last + 1;
      // (past a party and state in brackets: "Former Rep. Ian Dale (R-Ohio) was …")
      if (tokens[v]?.raw === '(') {
        let e = v + 1;
        while (e < at && e < v + 8 && tokens[e]!.raw !== ')') e++;
        if (tokens[e]?.raw === ')') v = e + 1;
      }
      if (tokens[v]?.raw === ',' && /^[0-9]+$/.test(tokens[v + 1]?.raw ?? '') && tokens[v + 2]?.raw === ',') v += 3;
      else if (tokens[v]?.raw === ',' && /^(who|whose|a|an|the)$/.test(tokens[v + 1]?.lower ?? '')) {
        let e = v + 2;
        while (e < at && e < v + 25 && tokens[e]!.raw !== ',' && !this.doc.quoted[e]) e++;
        v = tokens[e]?.raw === ',' ? e + 1 : at;
      }
      if (/^(himself|herself)$/.test(tokens[v]?.lower ?? '')) v++;
      if (/^[a-z]{3,}ly$/.test(tokens[v]?.lower ?? '') && tokens[v]!.cap === 0) v++;
      if (v >= at || !verbAt(v)) continue;
      const ref = this.refFor(person.key, para);
      const r = want === 'any' ? (this.isGroup(ref) ? null : ref) : this.fitting(ref, want);
      if (r) return r;
    }
    return null;
  }

  /**
   * The speaker of a participle of saying with no subject of its own and no speaker met before it in its sentence: the
   * subject of the clause before it ("It was a one-two punch, as Mrs. Okafor echoed the criticism, saying …" is Okafor,
   * not the person last quoted); null when none (see subjectBeforePronoun).
   */
  private participleRef(c: Construction): Resolved | null {
    const { tokens, sents } = this.doc;
    let k = sents.starts[c.sent];
    if (k === undefined) return null;
    while (k < c.first && !tokens[k]!.word) k++;
    if (k >= c.first || this.doc.quoted[k]) return null;
    const r = this.subjectBeforePronoun(k, c.first, 'any', c.para);
    if (!r) return null;
    // (weighed from the subject's own name: a clause the sentence opens with before it is no rival, "In June, after Vik
    // fell ill, Lund wrote to her, telling her …" is Lund's)
    const id = r.key ? keyId(r.key) : null;
    for (let i = this.mentionsBefore(c.first) - 1; id && i >= 0 && this.personMentions[i]!.first >= k; i--)
      if (keyId(this.personMentions[i]!.key) === id)
        return this.nearerGuess(c, this.personMentions[i]!.first, { ref: r, via: 'name', mention: null });
    return { ref: r, via: 'name', mention: null };
  }

  /**
   * The speaker of a participle of saying whose construction found its subject (no frame before it in its sentence):
   * that subject, marked a guess when a clause between them has a person of its own for subject (see nearerSubject).
   */
  private participleSubject(c: Construction, s: Subject): Resolved | null {
    const r = this.resolveSubject(s, c.para, c.sent);
    return r && s.last < c.first ? this.nearerGuess(c, s.last, r) : r;
  }

  /**
   * Participle `c`'s speaker `r`, the subject ending at `start` that opens its sentence, weighed against a person nearer
   * the participle (see nearerSubject): `r` when there is none, or when the "he" or "she" in the participle's words fits
   * `r` and not that person ("Marsh walked out as her husband waited, saying she was tired"); that person, as a guess,
   * when it fits that person and not `r` ("Marsh walks in as a plumber crosses the stage, saying he is …", as
   * subordinateSpeaker does after a frame); otherwise `r`, as a guess.
   */
  private nearerGuess(c: Construction, start: number, r: Resolved): Resolved {
    const o = this.nearerSubject(start, c, r.ref);
    if (!o) return r;
    const pron = this.participlePronoun(c);
    const rg = this.genderOf(final(r.ref));
    const og = this.genderOf(final(o.ref));
    if (pron && rg === pron && og !== pron) return r;
    if (pron && rg !== null && rg !== pron && (og === null || og === pron)) return { ...o, nearer: true };
    return { ...r, nearer: true };
  }

  /** The gender of the first "he" or "she" outside quotation marks from participle `c` to its sentence's end, or null. */
  private participlePronoun(c: Construction): Gender {
    const { tokens, quoted } = this.doc;
    const next = this.doc.sents.starts[c.sent + 1];
    const end = next === undefined ? tokens.length : next;
    for (let j = c.first; j < end; j++)
      if (!quoted[j] && /^(he|she)$/.test(tokens[j]!.lower)) return tokens[j]!.lower === 'he' ? 'male' : 'female';
    return null;
  }

  /**
   * The person a clause of time or cause between the subject `r` that opens the sentence (ending at `start`) and
   * participle `c` has for its own subject, nearer the participle, who may as well be the one saying it: "Tom Reyes
   * walks in as a police officer crosses the stage, saying the hall must close"; null when none. Not a group, a thing
   * or a pronoun ("Lowe spoke for an hour as reporters waited outside, saying …" is Lowe's), nor `r` again.
   */
  private nearerSubject(start: number, c: Construction, r: Ref): Resolved | null {
    const { tokens, quoted } = this.doc;
    for (let k = start + 1; k < c.first - 2; k++) {
      const t = tokens[k]!;
      // (the token test first: a subordinator in lower case, outside quotation marks, then an article or a name)
      if (t.cap !== 0 || quoted[k] || !/^(as|while|when|whenever|after|before|until|because)$/.test(t.lower)) continue;
      if (!/^(a|an|the|his|her|their)$/.test(tokens[k + 1]?.lower ?? '') && !this.personAt(k + 1)) continue;
      const s = ownSubject(this.doc, k + 1, c.first - 1);
      if (!s) continue;
      const o = this.resolveSubject(s, c.para, c.sent);
      const f = o ? final(o.ref) : null;
      if (!f || f === final(r) || this.isGroup(f) || this.isThing(f)) continue;
      if (f.key ? keyType(this.doc, f.key) === 'person' : !!f.desc && SpeakerResolver.personNoun(f.desc.head)) return o;
    }
    return null;
  }

  /**
   * The speaker of the report a reply that takes a side interrupts ("agreed", "disagreed": see AGREEING), for "adding"
   * or "noting" right after that reply when the "he" or "she" opening its words (see addedPronoun) fits that speaker and
   * the one who replied is no person (a body, a place, people): "Tom Lund said he had offered a raise, and the members
   * agreed, adding that he was pleased" is Lund's (see addsToReport, the same for a reply that frames nothing, "…, but
   * the army disagreed, adding that she would not give up"). Null otherwise.
   */
  private reportBeforeReply(c: Construction, sentenceSpeaker: Resolved): Resolved | null {
    const { tokens, quoted } = this.doc;
    const lc = this.lastConstruction;
    const p = addedPronoun(this.doc, c.verbFirst);
    if (!lc || lc.sent !== c.sent || !p) return null;
    const replier = final(sentenceSpeaker.ref);
    if (
      this.fitting(replier, 'male') ||
      this.fitting(replier, 'female') ||
      !AGREEING.test(tokens[lc.verbLast]!.lower) ||
      quoted[lc.verbLast]
    )
      return null;
    // (the reply's verb right before the participle's comma, adverbs in -ly aside: "…, and the members quickly agreed, …")
    for (let k = lc.verbLast + 1; k < c.first - 1; k++) if (!/^[a-z]{3,}ly$/.test(tokens[k]!.raw)) return null;
    if (tokens[c.first - 1]?.raw !== ',') return null;
    const want: Gender = p === 'he' ? 'male' : 'female';
    // (the speaker of the sentence's frame before the reply's)
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i]!;
      if (h.sent !== c.sent || h.para !== c.para || !h.c || h.c.first >= lc.first) {
        if (h.sent === c.sent && h.para === c.para) continue;
        return null;
      }
      const r = this.resolved.get(h.c);
      return r && this.genderOf(final(r.ref)) === want ? r : null;
    }
    return null;
  }

  /**
   * The speaker of a participle of saying after a clause of its own that a new subject opens, joined to the sentence's
   * frame by "and" or "but": "Protest groups say the rules are too strict, and the Civil Liberties Union has sued the
   * city, saying they violate …" is the union's, not the groups' (the subject of the clause nearest the participle, a
   * name followed by its verb); null when none, or when it is the sentence's speaker.
   */
  private coordinatedSubject(c: Construction, sentenceSpeaker: Resolved): Resolved | null {
    const lc = this.lastConstruction;
    if (!lc || lc.sent !== c.sent || lc.verbLast >= c.first) return null;
    const { tokens } = this.doc;
    // (the clause after the last joint: not a name inside the words reported before it, "Ruiz said Brandt resigned, and
    // his deputy left, adding …" is not Brandt's)
    let joint = -1;
    for (let k = lc.verbLast + 1; k < c.first - 1; k++)
      if (tokens[k]!.raw === ',' && /^(and|but)$/.test(tokens[k + 1]!.lower) && !this.doc.quoted[k]) joint = k + 2;
    if (joint < 0) return null;
    const r = this.subjectBeforePronoun(joint, c.first, 'any', c.para);
    if (r) return final(r) !== final(sentenceSpeaker.ref) ? { ref: r, via: 'name', mention: null } : null;
    // (or the subject the participle's construction found there, a description or a body no name registered: "…, and
    // the Harbor Civil Rights League has already sued the city, saying …")
    const s = c.subject;
    const own = s && s.kind !== 'pronoun' && s.first > lc.verbLast ? this.resolveSubject(s, c.para, c.sent) : null;
    return own && final(own.ref) !== final(sentenceSpeaker.ref) ? own : null;
  }

  /**
   * Whether the name at k is the object of a verb of the sentence starting at `start` ("Berg praised Ana Lie", "hired
   * Dahl and Eva Moe", "examined her daughter, Priya Khan", "met Kowalski") or opens it with its subject ("Tom Ostberg
   * and Ivar Marsh met"): not a name after a preposition ("flew to Bergen", "a former aide to President Barack Obama",
   * "speaking after Ivar Marsh left", "with his lawyer, Ivar Marsh"), nor the object of a relative clause's verb ("who
   * succeeded Ivar Marsh").
   */
  private actorOrObject(k: number, start: number): boolean {
    const { tokens, quoted } = this.doc;
    let j = k - 1;
    // (back past the names, titles, roles, determiners, commas and "and" of the phrase it ends)
    for (let n = 0; j >= start && n < 10; n++, j--) {
      const x = tokens[j]!;
      if (quoted[j]) return false;
      if (
        !/^[,.]$/.test(x.raw) &&
        !(
          x.word &&
          (x.cap > 0 ||
            TITLES.has(x.lower) ||
            SPEAKER_NOUNS.has(x.lower) ||
            // (a player's position: "thanked striker Maria Lopes")
            POSITIONS.test(x.lower) ||
            DETERMINERS.has(x.lower) ||
            /^(and|his|her|their|its)$/.test(x.lower))
        )
      )
        break;
    }
    if (j < start) return true;
    const v = tokens[j]!;
    if (!v.word || v.cap !== 0 || NP_BREAK.has(v.lower) || /^(who|whom|which|that)$/.test(tokens[j - 1]?.lower ?? '')) return false;
    // (or a verb's plain form after an auxiliary: "did give Trump some credit", "has not endorsed Kamala Harris")
    const aux = tokens[j - 1]?.lower === 'not' ? j - 2 : j - 1;
    return pastTense(v.lower) || /^[a-z]{3,}[^su]s$/.test(v.lower) || AUXILIARIES.has(tokens[aux]?.lower ?? '');
  }

  /**
   * The gender of the unnamed "her" or "him" that construction x's verb of telling tells, right after it: "told her the
   * deal was off", "asked him whether …" (not a "her" that owns a noun: "told her staff"); null when there is none.
   */
  private toldPronoun(x: Construction): Gender {
    const { tokens, quoted } = this.doc;
    const v = tokens[x.verbLast];
    const o = tokens[x.verbLast + 1];
    if (!v || !o || !TELLING_VERBS.test(v.lower) || quoted[x.verbLast + 1] || !/^(her|him)$/.test(o.lower)) return null;
    const n = tokens[x.verbLast + 2];
    if (o.lower === 'her' && n?.word && !quoted[x.verbLast + 2] && !this.notOwned(n)) return null;
    return o.lower === 'her' ? 'female' : 'male';
  }

  /**
   * Whether construction x tells an unnamed "him" or "her" of gender `want` (see toldPronoun) in a clause that a
   * lower-case conjunction of time or cause opens right before its subject, inside a sentence that opens with a person
   * named before it: "Cody Bearspaw, 15, joined after a teacher told him about it." (the "him" is Bearspaw).
   */
  private toldInClause(x: Construction, want: Gender): boolean {
    const subject = x.subject;
    if (!subject || x.inverted || x.passive || subject.first >= x.verbFirst) return false;
    const { tokens } = this.doc;
    const conj = tokens[subject.first - 1];
    if (!conj || conj.cap !== 0 || !/^(after|because|when|since|until|before|once)$/.test(conj.lower)) return false;
    if (this.toldPronoun(x) !== want) return false;
    // (the sentence opens with a person, whom the "him" or "her" stands for)
    const start = this.doc.sents.starts[x.sent]!;
    const opener = this.personMentions.find((pm) => pm.first >= start && pm.first < subject.first - 1);
    return !!opener && opener.first <= start + 1 && keyType(this.doc, opener.key) === 'person';
  }

  /** Whether the word n after a "her" shows that "her" owns no noun: "that", an article, a pronoun, "to", a question word. */
  private notOwned(n: Token): boolean {
    return /^(that|to|about|what|how|why|whether|if)$/.test(n.lower) || DETERMINERS.has(n.lower) || PRONOUNS.has(n.lower);
  }

  /**
   * Whether an unnamed "her" or "him" of gender `want` is the one h told or asked by a verb of telling right after h's
   * name, outside quotation marks, in sentence `sent` before token `at` or in the sentence before it, no person named
   * after it: "Ada Berg told her the deal was off." (a "her" that owns a noun is no listener: "told her staff").
   */
  private unnamedListener(h: Ref, want: Gender, sent: number, at: number): boolean {
    if ((want !== 'male' && want !== 'female') || sent < 0 || !h.key) return false;
    const id = keyId(h.key);
    const { tokens, quoted } = this.doc;
    const from = this.doc.sents.starts[Math.max(0, sent - 1)]!;
    const object = want === 'female' ? 'her' : 'him';
    for (let k = from; k < at - 1; k++) {
      const v = tokens[k]!;
      if (quoted[k] || quoted[k + 1] || !v.word || v.cap !== 0 || !TELLING_VERBS.test(v.lower) || tokens[k + 1]!.lower !== object) continue;
      const n = tokens[k + 2];
      // (after "her", what follows is no noun she owns: "that", an article, a pronoun, "to", a mark)
      if (object === 'her' && n?.word && !quoted[k + 2] && !this.notOwned(n)) continue;
      // (nor one whose colon frames the quotation itself, the teller's words: "Ada Berg told her: “The deal is off.”")
      if (n?.raw === ':' && quoted[k + 3]) continue;
      if (this.namedBetween(k + 1, at)) continue;
      // (h is the one who told: h's name right before the verb; not "Vale said residents told her …", whose "her" is Vale)
      if (!this.personMentions.some((pm) => keyId(pm.key) === id && this.personAt(pm.first)?.last === k - 1)) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether the "he" or "she" at `at` frames a quotation, right before it, that opens a clause joined by "and" or "but":
   * "Orrin criticised Berg over the plan, and “this is a disgrace,” she said."
   */
  private quotedAfterJoint(at: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!/^[”"’]$/.test(tokens[at - 1]?.raw ?? '')) return false;
    let k = at - 2;
    while (k >= 0 && quoted[k]) k--;
    // (k is the opening mark, or the word before it when the marks count as quoted)
    if (/^[“"‘]$/.test(tokens[k]?.raw ?? '')) k--;
    const j = tokens[k];
    return !!j && j.word && /^(and|but)$/.test(j.lower) && tokens[k - 1]?.raw === ',';
  }

  /** Whether the word at `at` opens a clause joined by "and", "but" or a semicolon, outside quotation marks. */
  private afterJoint(at: number): boolean {
    const j = this.doc.tokens[at - 1];
    return !!j && !this.doc.quoted[at - 1] && (/^(and|but)$/.test(j.lower) || j.raw === ';');
  }

  /**
   * Whether the "he" or "she" at `at`, which opens a clause joined by "and", "but" or a semicolon ("Ostberg thanked Marsh
   * but she refused …"), and is taken for h, has a rival named earlier in its sentence that fits it as well: a person
   * of the same gender, or of no gender known when h's (`hg`) is not known either (or when the pronoun frames a quotation
   * that opens the joined clause, see quotedAfterJoint). Not a name inside a quotation. With
   * `found`, a rival the caller found: only the clause's joint is checked.
   */
  private rivalInSentence(h: Ref, want: Gender, sent: number, at: number, hg = this.genderOf(h), found = false): boolean {
    const { tokens, quoted } = this.doc;
    const start = this.doc.sents.starts[sent];
    const quotedJoint = !this.afterJoint(at) && this.quotedAfterJoint(at);
    if (start === undefined || !(this.afterJoint(at) || quotedJoint)) return false;
    if (found) return true;
    // (not a name inside words the sentence reports before the joint, a verb of saying before it: "Beck said he would not
    // expect a Clinton-Trump race to …, but he said …")
    let report = at;
    for (let k = start; k < at - 1 && report === at; k++) {
      const t = tokens[k]!;
      if (t.word && t.cap === 0 && !quoted[k] && (SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower))) report = k;
    }
    for (const [k, person] of this.namesFromEnd(start - 1, at - 2)) {
      if (k > report) continue;
      const r = this.refFor(person.key, h.para);
      // (a lone word the article shows as no one's name yet counts: "Marsh")
      const unproven = person.key.kind === 'person' && !!this.doc.people.people[person.key.person]!.unproven;
      // (nor a possessor, no one the clause is about: "… a gun in Scott's hand, but he said …")
      if (tokens[person.last + 1]?.key === "'s") continue;
      if (sameRef(r, h) || (keyType(this.doc, person.key) !== 'person' && !unproven) || !this.actorOrObject(k, start)) continue;
      const g = this.genderOf(r);
      // (after a quotation that opens the joined clause, any person of no gender known: "Orrin criticised Berg over the
      // plan, and “this is a disgrace,” she said" may be Orrin's as well as Berg's)
      if (g === want || (g === null && (hg === null || quotedJoint))) return true;
    }
    return false;
  }

  /**
   * Whether the "he" or "she" at `at`, opening its sentence (or the frame right after a quotation that does) and taken
   * for h, follows a sentence in which two people who fit it meet, neither the topic before: h opens it and meets the
   * other ("Mayor Dan Ruiz met Tom Okonjo, the city's new treasurer, on Monday. He said …": either may speak next), or
   * the other opens it and h is its object, a lone word taken only for the gender it shows as a given name, the other's
   * name showing none ("Ruiz met Hale …"; not "Xi Jinping met Prime Minister Theresa May").
   * A verb of meeting takes both sides; after another verb the subject goes on ("Trump attacked Rubio. He said …") and
   * is no guess. The other fits when of the pronoun's gender or of none known; not a possessor ("praised Okonjo's
   * work"), nor a name inside a quotation. Neither may be the last speaker nor be named in the two sentences before.
   * A guess (CONFIDENCE.rivalInSentence).
   */
  private rivalInSentenceBefore(h: Ref, want: Gender, sent: number, at: number): boolean {
    const { tokens, sents, quoted } = this.doc;
    if (sent < 1 || !h.key || h.desc) return false;
    const start = sents.starts[sent]!;
    for (let k = start; k < at; k++) if (tokens[k]!.word && !quoted[k]) return false;
    const before = sents.starts[sent - 1]!;
    if (tokens[before]!.para < tokens[start]!.para - 1 || this.links.has(tokens[before]!.para)) return false;
    const id = keyId(h.key);
    // the sentence's subject (a person, or a bare capitalised word the names took for no one: "Ruiz met Hale") and the
    // one its verb of meeting takes
    let opener = before;
    while (opener < start && !tokens[opener]!.word) opener++;
    // (past the roles and titles before a name: "Mayor", "Planning chief", "Sen.")
    for (let j = opener; j < start && j - opener < 6 && !quoted[j]; j++) {
      if (this.personAt(j)) {
        opener = j;
        break;
      }
      const t = tokens[j]!;
      if (
        !(t.word && (t.cap !== 0 || SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower))) &&
        !(t.raw === '.' && ABBREVIATIONS.has(tokens[j - 1]?.lower ?? ''))
      )
        break;
    }
    const subj = this.personAt(opener) ?? (this.bareWord(opener) ? { key: null, last: opener } : null);
    if (!subj || quoted[opener]) return false;
    const v = subj.last + 1;
    const verb = tokens[v]?.word && !quoted[v] ? tokens[v]!.lower : '';
    let o = this.meetingWith(v);
    if (o < 0 && /^(met|meets)$/.test(verb) && tokens[v + 1]?.lower === 'with' && !quoted[v + 1]) o = v + 1;
    else if (o < 0 && /^(met|meets|visited|visits|joined|joins|hosted|hosts)$/.test(verb)) o = v;
    if (o < 0) return false;
    let k = o + 1;
    while (k < start && tokens[k]!.word && !this.personAt(k) && (tokens[k]!.cap !== 0 || TITLES.has(tokens[k]!.lower))) k++;
    const obj = this.personAt(k) ?? (this.bareWord(k) ? { key: null, last: k } : null);
    if (!obj || quoted[k] || /^['’]s?$/.test(tokens[obj.last + 1]?.raw ?? '')) return false;
    const mine = (key: SpeakerKey | null): boolean => !!key && sameRef(this.refFor(key, h.para), h);
    let other: SpeakerKey | null;
    if (mine(subj.key)) other = obj.key;
    else if (mine(obj.key)) {
      // (the object taken over the subject only by the gender a lone word shows, maybe a family name, the subject's
      // showing none: not a full name with its given name nor one after an honorific, "met Mrs Ellen Hart")
      if (subj.key && this.genderOf(this.refFor(subj.key, h.para)) !== null) return false;
      if (obj.last !== k || HONORIFIC_GENDER.has((tokens[k - 1]?.raw === '.' ? tokens[k - 2] : tokens[k - 1])?.lower ?? '')) return false;
      other = subj.key;
    } else return false;
    if (other) {
      const r = this.refFor(other, h.para);
      if (keyType(this.doc, other) !== 'person' || sameRef(r, h) || (this.genderOf(r) ?? want) !== want) return false;
    }
    const ids = new Set([id, ...(other ? [keyId(other)] : [])]);
    // (nothing before that sentence singles one out: no speaker of the two, neither named in the two sentences before)
    const last = this.last();
    const lr = last && last.sent >= sent - 4 ? final(last.ref) : null;
    if (lr?.key && ids.has(keyId(lr.key))) return false;
    const from = sents.starts[Math.max(0, sent - 3)]!;
    for (const [, person] of this.namesFromEnd(from - 1, before - 1)) {
      const r = this.refFor(person.key, h.para);
      if (r.key && ids.has(keyId(r.key))) return false;
    }
    return true;
  }

  /**
   * Whether h, taken for the "he" or "she" at `at`, was last named (in the pronoun's sentence before it, or in the
   * sentence before) as one of two people joined by "and", the other a person who fits the pronoun as well: of its
   * gender, or of none known when h's is not known either. "Mayor Ada Vik and Councillor Eva Lund met the minister. She
   * said …" has no grammatical reason to choose (the nearer one is no likelier). Not when h is named alone since ("…,
   * and afterwards Vik said …"), nor a possessor ("Vik and Lund's plan"), nor names inside a quotation, nor when h spoke
   * last.
   */
  private coordinatedRival(h: Ref, want: Gender, sent: number, at: number, hg = this.genderOf(h)): boolean {
    const start = this.doc.sents.starts[Math.max(0, sent - 1)];
    if (start === undefined || sent < 0) return false;
    // (the one of the two who spoke last, in the paragraph or the one before, goes on: "“…,” Dunn said. / Ostrowski
    // and Dunn met. “…,” he said." is Dunn's, no guess)
    const last = this.last();
    if (last && last.para >= this.doc.tokens[start]!.para - 1 && sameRef(final(last.ref), h)) return false;
    // the names from the end: the first of h met decides
    let after: { k: number; key: SpeakerKey; last: number } | null = null;
    for (const [k, person] of this.namesFromEnd(start - 1, at - 1)) {
      const mine = sameRef(this.refFor(person.key, h.para), h);
      const here = { k, key: person.key, last: person.last };
      if (mine) {
        // the person joined before it ("Vik and Lund": h is Lund) or after it (h is Vik)
        const before = this.joinedBefore(k, start);
        const other = before ?? (after && this.joinedBefore(after.k, start)?.k === k ? after : null);
        return !!other && keyId(other.key) !== keyId(person.key) && this.fitsAsRival(other, h, want, hg);
      }
      after = here;
    }
    return false;
  }

  /**
   * The person named right before "and" and the roles in front of the name at `k` ("Mayor Ada Vik and Councillor Eva
   * Lund" → Vik, from Lund), neither a possessor; null when no such pair is there.
   */
  private joinedBefore(k: number, start: number): { k: number; key: SpeakerKey; last: number } | null {
    const { tokens } = this.doc;
    const j = this.pastRoles(k, start);
    if (tokens[j]?.lower !== 'and' || this.doc.quoted[j]) return null;
    const at = this.personAt(k);
    if (!at || tokens[at.last + 1]?.key === "'s") return null;
    // (the first name may open the sentence: "Carl Ostrowski and Paul Dunn met on Monday.")
    for (let i = j - 1; i >= start && i >= j - 6; i--) {
      const p = this.personAt(i);
      if (p && p.last === j - 1 && !this.doc.quoted[i]) return tokens[p.last + 1]?.key === "'s" ? null : { k: i, key: p.key, last: p.last };
    }
    return null;
  }

  /** Whether the person of `other` fits a "he" or "she" of gender `want` as well as h does (see coordinatedRival). */
  private fitsAsRival(other: { key: SpeakerKey }, h: Ref, want: Gender, hg: Gender): boolean {
    if (keyType(this.doc, other.key) !== 'person') return false;
    const r = this.refFor(other.key, h.para);
    if (sameRef(r, h)) return false;
    const g = this.genderOf(r);
    return g === want || (g === null && hg === null);
  }

  /**
   * The speaker of a participle of saying set right after a clause of time or cause with a subject of its own, between
   * the sentence's frame and the participle: "“The pipes are old,” Mayor Ortiz says as a plumber walks past her, saying
   * he is tired" is the plumber's, the subject nearest it, not Ortiz's. Only when the participle's words hold a "he" or
   * "she" that cannot be the frame's speaker, of a known other gender, and may be that subject: the frame's speaker
   * stays the default ("Ortiz said after the governor left, noting that she had asked …", "Ortiz said as the governor's
   * guest, adding …", "… before Tom Reyes could answer, saying …" are Ortiz's). That subject when it is a person; null
   * when it is one the resolver does not make out; undefined when no such clause or pronoun stands there, or its
   * subject is a pronoun, a group or a thing ("Ortiz spoke as the crowd cheered, saying …" stays Ortiz's).
   */
  private subordinateSpeaker(c: Construction, frame: Resolved): Resolved | null | undefined {
    const lc = this.lastConstruction;
    const { tokens, quoted } = this.doc;
    if (!lc || lc.sent !== c.sent || lc.verbLast >= c.first || tokens[c.first - 1]?.raw !== ',') return undefined;
    let k = c.first - 2;
    while (k > lc.verbLast && tokens[k]!.raw !== ',' && !quoted[k] && !CLAUSE_BEFORE_MAIN.has(tokens[k]!.lower)) k--;
    const t = tokens[k];
    // (right after the frame, past a word of time at most: not a clause inside the words it reports, "said the president
    // hopes for better relations when Trump takes office, describing …" stays the frame's)
    if (
      k <= lc.verbLast ||
      k > Math.max(lc.last, lc.verbLast) + 3 ||
      !t ||
      !t.word ||
      t.cap !== 0 ||
      quoted[k] ||
      !/^(as|while|when|whenever|after|before|until|because)$/.test(t.lower)
    )
      return undefined;
    if (!/^(a|an|the|his|her|their|its)$/.test(tokens[k + 1]?.lower ?? '') && !this.personAt(k + 1)) return undefined;
    const s = ownSubject(this.doc, k + 1, c.first - 1);
    if (!s) return undefined;
    const r = this.resolveSubject(s, c.para, c.sent);
    const f = r ? final(r.ref) : null;
    if (f && (this.isGroup(f) || this.isThing(f))) return undefined;
    if (!f?.key && !(f?.desc && SpeakerResolver.personNoun(f.desc.head))) return f ? undefined : null;
    // (a "he" or "she" in the participle's words that clashes with the frame's speaker and agrees with the subject)
    const fg = this.genderOf(final(frame.ref));
    if (!fg) return undefined;
    const pron = this.participlePronoun(c);
    if (!pron || pron === fg) return undefined;
    const sg = f ? this.genderOf(f) : null;
    if (sg && sg !== pron) return undefined;
    return r;
  }

  /**
   * Whether construction `c` speaks inside the words of its sentence, past their opening and before a frame set after
   * them: no quotation before it in its sentence (“…,” Berg said, “…,” she added: Berg's frame of the quotation) and no
   * frame set after words of its own, a comma or a dash right after its verb ("The vote was delayed, Berg said, and the
   * board was split, she added." goes on as Berg's). Then its speaker is no one a pronoun of that later frame stands
   * for: "Because Holm said the plant was safe, we left, she said.", "We left when Holm told us the plant was safe, she
   * said." (see resolvePronoun).
   */
  private speaksInWords(c: Construction): boolean {
    const { quoted } = this.doc;
    const start = this.doc.sents.starts[c.sent];
    if (start === undefined || !c.subject || c.first <= start) return false;
    for (let k = start; k < c.first; k++) if (quoted[k]) return false;
    return !/^[,—–)]$/.test(this.doc.tokens[c.verbLast + 1]?.raw ?? '');
  }

  /**
   * Whether construction `c`, whose subject is at `at`, is a frame set after the words it reports: after a comma or
   * dash, with nothing but an end, a comma or a phrase of time or place after its verb ("…, he added.", "…, she said
   * Tuesday in an interview"; not "…, she added the words “…”"), past the reporters a "told" has ("…, she told
   * reporters on Friday.").
   */
  private frameAfterWords(c: Construction, at: number): boolean {
    const { tokens } = this.doc;
    if (!/^[,—–]$/.test(tokens[at - 1]?.raw ?? '')) return false;
    let v = c.verbLast + 1;
    if (!c.inverted && /^(told|tells)$/.test(c.verb) && /^(reporters|journalists)$/.test(tokens[v]?.lower ?? '') && !this.doc.quoted[v])
      v++;
    const next = tokens[v];
    return (
      !next ||
      !next.word ||
      DAYS_MONTHS.has(next.lower) ||
      /^(in|on|at|during|after|before|last|this|later|earlier|to|of)$/.test(next.lower)
    );
  }

  /**
   * The person sentence `sent` opens with, when the name ends before token `before` and no group or organisation
   * ("Moore thanked him for “…”" → Moore); null otherwise. `bare` asks for the subject proper, not the possessor of a
   * noun of no role ("Smith's interests were varied" opens with no one).
   */
  opener(sent: number, before: number, bare = false): Ref | null {
    const { tokens, sents } = this.doc;
    const start = sents.starts[sent];
    if (start === undefined) return null;
    // "Palestinian Authority President Mahmoud Abbas “has put aside efforts …”": a name with its predicate in the
    // quotation, no verb of its own, is what the words are about, not who says them
    // (the last mention before it: they are in text order; none read at index -1)
    const mentioned = this.mentionsBefore(before);
    const subjectLast = mentioned > 0 ? this.personMentions[mentioned - 1] : undefined;
    if (subjectLast && this.personAt(subjectLast.first)?.last === before - 1 && tokens[before + 1]?.word && tokens[before + 1]!.cap === 0)
      return null;
    // (the subject of a passive is what the words are said of, not who says them: "Nakamura's claim was denied on the
    // grounds that the water came from “surface seepage”", "Lund was described as “a bully”")
    if (this.passiveBefore(start, before)) return null;
    const r = this.subjectOf(start, before - 1, tokens[start]!.para, bare);
    return r && !this.isGroup(r) ? r : null;
  }

  /**
   * Whether the first verb of the sentence from `start`, before token `before`, is a passive ("was denied", "were
   * told", "has been described") with no comma, "and" or "but" after it up to `before`.
   */
  passiveBefore(start: number, before: number): boolean {
    const { tokens } = this.doc;
    for (let k = start; k < before && k < start + 12; k++) {
      const t = tokens[k]!;
      if (!t.word || this.doc.quoted[k]) return false;
      if (t.cap > 0 || !AUXILIARIES.has(t.lower)) continue;
      let p = k + 1;
      if (tokens[p]?.lower === 'been' || tokens[p]?.lower === 'being') p++;
      else if (!/^(is|are|was|were)$/.test(t.lower)) return false;
      while (/ly$/.test(tokens[p]?.lower ?? '') && p < k + 3) p++;
      const v = tokens[p];
      if (
        !v?.word ||
        v.cap > 0 ||
        !(/[^e]ed$/.test(v.lower) || /^(told|given|made|seen|known|shown|written|said|taken|found|held|called)$/.test(v.lower))
      )
        return false;
      for (let m = p + 1; m < before; m++) if (tokens[m]!.raw === ',' || /^(and|but)$/.test(tokens[m]!.lower)) return false;
      return true;
    }
    return false;
  }

  /**
   * The token of the "he" or "she" that opens the sentence starting at token `start` (past a capitalised "And", "But",
   * "Yet" or "So"), or -1.
   */
  private openingPronounAt(start: number): number {
    const { tokens } = this.doc;
    let i = start;
    while (i < tokens.length && !tokens[i]!.word) i++;
    if (/^(and|but|yet|so)$/.test(tokens[i]?.lower ?? '') && tokens[i]!.cap === 1) i++;
    return /^(he|she)$/.test(tokens[i]?.lower ?? '') && !this.doc.quoted[i] ? i : -1;
  }

  /** Whether the sentence starting at token `start` opens with "he" or "she" (see openingPronounAt). */
  private opensWithPronoun(start: number): boolean {
    return this.openingPronounAt(start) >= 0;
  }

  /** The person a sentence starting at token `start` opens with as "he" or "she" (see pronounOpener), by name only. */
  private pronounOpenerRef(start: number): Ref | null {
    const sent = this.doc.sents.sent[start];
    const r = sent === undefined ? null : this.pronounOpener(sent);
    const ref = r ? final(r.ref) : null;
    return ref?.key && keyType(this.doc, ref.key) === 'person' ? ref : null;
  }

  /**
   * The person a sentence opening with "he" or "she" means, as a pronoun subject there would be resolved ("Clark defended
   * the plan. He pointed to a new rule …" → Clark); null for any other opening.
   */
  pronounOpener(sent: number): Resolved | null {
    const start = this.doc.sents.starts[sent];
    const i = start === undefined ? -1 : this.openingPronounAt(start);
    if (i < 0) return null;
    const t = this.doc.tokens[i]!;
    const s: Subject = { kind: 'pronoun', pronoun: t.lower === 'he' ? 'male' : 'female', first: i, last: i };
    return this.resolveSubject(s, t.para, sent);
  }

  /**
   * The person a sentence opens with, past a run of titles ("Liverpool captain Jordan Henderson"). A definite
   * description no one named is known by ("The mayor …") is that person only with `unnamed` (see DescribedSubject).
   */
  private subjectOf(start: number, end: number, para: number, bare = false, unnamed: DescribedSubject = false): Ref | null {
    const { tokens } = this.doc;
    let i = start;
    while (i <= end && !tokens[i]!.word) i++;
    // past a conjunction opening the sentence: "And since Thursday, Mr. Khan has mounted …", "But Vik …"
    if (/^(and|but|yet|so)$/.test(tokens[i]?.lower ?? '') && tokens[i]!.cap === 1 && tokens[i + 1]?.word) i++;
    // past an adverb of place before an opening phrase: "Back in Cotu Mare, …", "Out on the picket line, …"
    if (/^(back|out|down|up|over)$/.test(tokens[i]?.lower ?? '') && tokens[i]!.cap === 1 && /^(in|on|at)$/.test(tokens[i + 1]?.lower ?? ''))
      i++;
    // past an opening phrase of time or place: "In Washington, President Ada Vik released a statement …"
    // or a sentence adverb: "Meanwhile, …", "Hours later, …"
    // past an opening participle's phrase: "Speaking in Harlem, Clinton, without naming him, also accused …"
    if (/^[a-z]{3,}(ing|ed)$/.test(tokens[i]?.lower ?? '') && tokens[i]!.cap === 1 && !PRONOUNS.has(tokens[i]!.lower)) {
      let k = i + 1;
      while (k <= Math.min(end, i + 12) && tokens[k]!.raw !== ',' && !this.doc.quoted[k] && tokens[k]!.raw !== '.') k++;
      if (tokens[k]?.raw === ',' && k < end) i = k + 1;
    }
    // past an opening clause: "While Vik had a band writing songs for him, that has not happened for Berg, …" is not Vik
    if (/^(while|whereas|if|when|whenever|although|though|because|unless|once)$/.test(tokens[i]?.lower ?? '')) {
      let k = i + 1;
      while (k < end && k < i + 30 && tokens[k]!.raw !== ',' && !this.doc.quoted[k]) k++;
      if (tokens[k]?.raw !== ',') return null;
      i = k + 1;
    } else if (tokens[i]?.lower === 'as' && tokens[i]!.cap === 1) {
      // past an opening "as" phrase that names no one: "As star and producer of the series, Tom Garvey has …" (not "As
      // Ms. Vik put it, …", whose words follow the comma)
      let k = i + 1;
      while (k < end && k < i + 15 && tokens[k]!.raw !== ',' && !this.doc.quoted[k] && !this.personAt(k)) k++;
      if (tokens[k]?.raw === ',') i = k + 1;
    }
    if (tokens[i + 1]?.raw === ',' && OPENING_ADVERBS.test(tokens[i]?.lower ?? '')) i += 2;
    // (a preposition set tight before a hyphen opens a compound title, no phrase: "Under-Secretary-General Ada Vik
    // briefed …")
    else if (FRONTED_PREPOSITIONS.test(tokens[i]?.lower ?? '') && tokens[i]!.cap === 1 && !tightHyphen(tokens, i + 1)) {
      // a fronted phrase whose noun is no subject: "With Lena Ruiz, Premier Tom Adair made the safe choice" is Adair's
      // sentence; without a comma to close it, the name after the preposition is its object, not the subject
      const among = tokens[i]!.lower === 'among';
      let k = i + 1;
      while (k < end && k <= i + 15 && tokens[k]!.raw !== ',' && !this.doc.quoted[k] && !(among && /^(was|were)$/.test(tokens[k]!.lower)))
        k++;
      // (an inverted sentence of "among": "Among the first guests was Robert Sinclair, 58, …" opens with Sinclair)
      if (among && /^(was|were)$/.test(tokens[k]?.lower ?? '') && k < end) i = k + 1;
      else if (tokens[k]?.raw !== ',' || k >= end) return null;
      else i = k + 1;
      // and an apposition to its noun: "Like Tom Adair, the former mayor, Ruiz …"
      if (/^(a|an|the)$/.test(tokens[i]?.lower ?? '')) {
        let e = i + 1;
        while (e < end && e <= i + 10 && tokens[e]!.raw !== ',' && !this.doc.quoted[e]) e++;
        if (tokens[e]?.raw === ',' && e < end) i = e + 1;
      }
    } else if (agoPhrase(tokens, i, end) > 0) i = agoPhrase(tokens, i, end) + 2;
    else if (OPENING_PREPOSITIONS.test(tokens[i]?.lower ?? '')) {
      const opening = i;
      // and the phrases that follow it: "At a rally in Portland, Maine, on Thursday afternoon, Ada Vik …" (a state after
      // a town, another phrase of time or place; three at most)
      for (let phrase = 0; phrase < 3; phrase++) {
        const from = i;
        // (a short title in quotation marks may stand in it: "On “Harbour Week,” Sen. Ada Berg …", or in
        // doubled apostrophes, as some newspapers print them: "Later on ''Morning Briefing,'' Senator Ruth Adeyemi …")
        const mark = (k: number): boolean => /^[“”"'‘’]$/.test(tokens[k]?.raw ?? '');
        let titled = 0;
        for (let k = i + 1; k <= Math.min(end, i + (unnamed === true ? 14 : 10)); k++) {
          const t = tokens[k]!;
          if (t.raw === ',') {
            i = k + 1;
            while (i <= end && mark(i)) i++;
            break;
          }
          if (mark(k) || (this.doc.quoted[k] && t.word && ++titled <= 4)) continue;
          // an abbreviation's dot: "in St. Clairsville, Ohio, …"
          if (t.raw === '.' && ABBREVIATIONS.has(tokens[k - 1]?.lower ?? '')) continue;
          if (
            !t.word ||
            this.doc.quoted[k] ||
            (t.cap === 0 &&
              NP_BREAK.has(t.lower) &&
              !/^(in|on|at|of|to|for|by|the|a|an|after|before|during|with|from|near|outside|inside|amid|across|over)$/.test(t.lower))
          )
            break;
        }
        if (i === from) break;
        const place = tokens[i]?.cap === 1 && tokens[i + 1]?.raw === ',' && !this.personAt(i);
        if (place) i += 2;
        if (!OPENING_PREPOSITIONS.test(tokens[i]?.lower ?? '')) break;
      }
      // a clause rather than a phrase, up to its comma: "After the last ward's results were in, the mayor's chief of
      // staff, Pavel Novak, appeared …"
      if (i === opening && /^(after|before|since)$/.test(tokens[i]!.lower)) {
        let k = i + 1;
        while (k < end && k < i + 30 && tokens[k]!.raw !== ',' && !this.doc.quoted[k]) k++;
        if (tokens[k]?.raw !== ',') return null;
        i = k + 1;
      }
    }
    const apposed = this.apposedOpener(i, end, para);
    if (apposed) return apposed;
    // lower-case words of a role before the name, two at most: "Harbour master Lars Vinter", "Union head Carl Ostrowski"
    let roleWords = 0;
    const t0Lower = tokens[i]?.lower ?? '';
    for (let k = i; k <= Math.min(end, i + 6); k++) {
      const at = this.personAt(k);
      // (a surname before "family" names the family, not the person: "The Prosser family thanked the volunteers in a
      // statement" is no statement of Alan Prosser's)
      if (at && /^(family|families|household|estate|clan)$/.test(tokens[at.last + 1]?.lower ?? '') && tokens[at.last + 1]!.cap === 0)
        return null;
      // (nor a name set between an article and a common noun, which it only modifies: "The Norma Rae image of the fiery
      // organizer ignored …" opens with an image, "The Vik era ended …" with an era; not "The late Ada Vik said")
      if (at && k === i + 1 && /^(the|a|an)$/.test(t0Lower) && this.modifierName(at.last + 1)) return null;
      if (at) {
        const owner = this.personAfterRole(at.last + 1, end);
        if (owner) return this.possessorOrOwn(owner.key, owner.first, owner.last, end, para, bare);
        return this.possessorOrOwn(at.key, k, at.last, end, para, bare);
      }
      const t = tokens[k]!;
      if (t.raw === '.' && k > i) continue; // "Ms. Okafor"
      if (tightHyphen(tokens, k) && !this.personAt(k + 1)) continue; // "Former Hewlett-Packard CEO Carly Fiorina"
      // a compound's first part: its last part is the word to read ("Democratic front-runner Ada Vik")
      if (t.word && tightHyphen(tokens, k + 1) && tokens[k + 2]?.word && !this.personAt(k + 2)) continue;
      // an age before the name: "62-year-old Brenda Joyce"
      if (/^[0-9]{1,3}$/.test(t.raw) && tightHyphen(tokens, k + 1)) {
        let e = k + 1;
        while (tightHyphen(tokens, e)) e += 2;
        k = e - 1;
        continue;
      }
      if (!t.word) break;
      const described =
        k === i && /^(my|his|her|our|their|the|a|an)$/.test(t.lower)
          ? this.describedOpener(k, end, para, unnamed)
          : k === i && t.lower === 'one'
            ? (this.oneOfOpener(k, end) ?? this.aloneOpener(k, end))
            : k === i && t.lower === 'another'
              ? this.aloneOpener(k, end)
              : null;
      if (described) return described;
      if (t.cap === 0 && !SPEAKER_NOUNS.has(t.lower) && !TITLES.has(t.lower) && !this.modifiesRole(k)) {
        const nounLike = !NP_BREAK.has(t.lower) && !DETERMINERS.has(t.lower) && !/(ed|ing|ly)$/.test(t.lower) && !PRONOUNS.has(t.lower);
        if (!nounLike || ++roleWords > 2 || k === i || (tokens[k + 1]?.cap === 0 && tokens[k + 2]?.cap === 0)) break;
      }
    }
    return null;
  }

  /**
   * Whether the word at `i`, right after a name, is a common noun the name modifies ("image" in "the Norma Rae image",
   * "era" in "the Vik era"): a lower-case word that reads as no verb, no adverb and no break of the noun phrase.
   */
  private modifierName(i: number): boolean {
    const t = this.doc.tokens[i];
    if (!t?.word || t.cap !== 0 || this.doc.quoted[i]) return false;
    const w = t.lower;
    // (a noun for something the person said or for the person's own side keeps the name: "The Ortiz statement was short:
    // “…”", "The Kemp camp was defiant: “…”")
    if (/^(statement|response|reply|message|letter|remarks|answer|camp|team|campaign|family|office|side)$/.test(w)) return false;
    return (
      !AUXILIARIES.has(w) &&
      !NP_BREAK.has(w) &&
      !DETERMINERS.has(w) &&
      !PRONOUNS.has(w) &&
      !SPEECH_VERBS.has(w) &&
      !REPORTING_VERBS.has(w) &&
      !pastTense(w) &&
      !/(s|ed|ly|ing)$/.test(w)
    );
  }

  /**
   * The person named after a name's lower-case role words, three at most, at least one a role: "campaign manager Peter
   * Holm" in "Vale campaign manager Peter Holm sent …" (the first name only modifies the role); null otherwise.
   */
  private personAfterRole(from: number, end: number): { key: SpeakerKey; first: number; last: number } | null {
    const { tokens } = this.doc;
    let role = false;
    let m = from;
    for (; m <= end && m < from + 3; m++) {
      const t = tokens[m]!;
      // (not past the name's own verb: "Manager Tom Brekke praised goalkeeper Ivar Dahl …" is Brekke's sentence)
      if (!t.word || t.cap > 0 || NP_BREAK.has(t.lower) || pastTense(t.lower)) break;
      if (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower) || POSITIONS.test(t.lower)) role = true;
    }
    // (or a player's position or a noun of a person's shape right before a name in full: "Eagles linebacker Tom Wright",
    // "Harriers receiver Ana Ruiz wasn't buying it", the team no speaker)
    const shaped = m > from && personShaped(tokens[m - 1]!.lower);
    const at = role || shaped ? this.personAt(m) : null;
    if (at && !role && at.last === m) return null;
    return at && at.last <= end ? { key: at.key, first: m, last: at.last } : null;
  }

  /**
   * The person a sentence opens with in apposition to a role: "The union's lawyer, Tom Reed, was blunt: “…”", "The
   * mayor, Peter Holm, urged …" (the role's last word a speaker noun or title, the name closed by a comma or dash).
   */
  private apposedOpener(i: number, end: number, para: number): Ref | null {
    const { tokens } = this.doc;
    // the role may carry a short phrase of place before its comma: "Her neighbour at the market, Petru Valcu, was less
    // sure" (the role is the word before the preposition), or a relative clause with no comma of its own: "A woman who
    // lives across the street, Carol Fisk, watched the vote" (the role is the word before "who")
    let placed = -1;
    let who = false;
    // (a person who opens the sentence as its subject is no role's owner: "Andrew Hale took his daughter, Chloe, there"
    // is Hale's sentence, not Chloe's; "Ada Vik's husband, Luis, …" is Luis's)
    const opener = this.personAt(i);
    if (opener && !/^['’]s?$/.test(tokens[opener.last + 1]?.raw ?? '') && tokens[opener.last + 1]?.key !== "'s") return null;
    // (the words of a compound joined by hyphens count as one: "His 15-year-old sister, Mahnaz, was more blunt")
    let joined = 0;
    for (let k = i + 1; k <= Math.min(end - 2, i + joined + (placed >= 0 ? 11 : 7)); k++) {
      const t = tokens[k]!;
      if (t.raw !== ',') {
        if (tightHyphen(tokens, k)) {
          joined += 2;
          continue;
        }

        if (/^[0-9]{1,3}$/.test(t.raw) && tightHyphen(tokens, k + 1)) continue;
        if (!t.word && t.key !== "'s") return null;
        if (placed < 0 && t.cap === 0 && (ROLE_PLACE_PREPOSITIONS.test(t.lower) || t.lower === 'who') && tokens[k - 1]?.word) {
          placed = k;
          who = t.lower === 'who';
        }
        continue;
      }
      let role = placed >= 0 && k - placed <= (who ? 9 : 4) && !this.personAt(placed + 1) ? tokens[placed - 1]! : tokens[k - 1]!;
      // (a role's portfolio after "of" or "for", in lower case: "Alberta's minister of forestry and parks, Todd Lund, toured …")
      if (placed < 0 && role.cap === 0) {
        let o = k - 1;
        while (o > i + 1 && tokens[o]!.word && tokens[o]!.cap === 0 && !/^(of|for)$/.test(tokens[o]!.lower)) o--;
        const r = tokens[o - 1];
        if (/^(of|for)$/.test(tokens[o]!.lower) && r?.word && (SPEAKER_NOUNS.has(r.lower) || TITLES.has(r.lower))) role = r;
      }
      // (or a noun of a person's trade or a relative: "Wierzbicki's speech therapist, Marguerite Dubois-Haig, worked with
      // him", "His wife, Ana Lund, drove")
      const person =
        SPEAKER_NOUNS.has(role.lower) ||
        TITLES.has(role.lower) ||
        SpeakerResolver.personNoun(role.lower) ||
        RELATIONAL.test(role.lower) ||
        // (or a player's position: "The Harriers centre, Amos Keeshig, scored twice")
        POSITIONS.test(role.lower);
      // (a title may be capitalised, as Canadian and British papers write it: "Quebec's Families Minister, Mathieu Roy,
      // weighed in", "The province's Health Minister, Fraser Hale, declined …")
      const titled =
        role.cap === 1 && TITLES.has(role.lower) && (tokens[i]!.lower === 'the' || tokens.slice(i + 1, k).some((w) => w.key === "'s"));
      // (a trade a company may have is a person's when a person's full name stands in apposition to it: "A local
      // contractor, Dave Hillier, rebuilt the deck"; not "The developer, Northwind, said")
      // (past the name's own lower-case role words, the last a role: "His main rival, former central bank chief María
      // Lozano, dismissed …")
      let a = k + 1;
      while (a <= k + 5 && tokens[a]?.word && tokens[a]!.cap === 0 && !NP_BREAK.has(tokens[a]!.lower) && !DETERMINERS.has(tokens[a]!.lower))
        a++;
      const roleLast = tokens[a - 1]!;
      if (a > k + 1 && !(SPEAKER_NOUNS.has(roleLast.lower) || TITLES.has(roleLast.lower))) a = k + 1;
      // (past a capitalised title the name does not hold: "The former chief executive, Dame Rosalind Whitby, is due …";
      // or titles of several words, compounds joined by hyphens among them: "The UN's humanitarian chief, Under-Secretary-
      // General Ada Vik, briefed …", "…, Deputy Secretary Ada Vik, …")
      for (let e = a, n = 0; n < 4 && !this.personAt(a) && tokens[e]?.word && tokens[e]!.cap === 1 && !this.personAt(e); n++) {
        const next = tokens[e + 1]?.raw === '.' ? e + 2 : e + 1;
        const w = tokens[e]!.lower;
        if ((TITLES.has(w) && n === 0) || ((TITLES.has(w) || SPEAKER_NOUNS.has(w)) && this.personAt(next))) a = next;
        e = tightHyphen(tokens, e + 1) ? e + 2 : next;
      }
      const at = this.personAt(a);
      // (or any noun of a person's own, a possessive opening the role: "Her former apprentice, Dmitri Halloway, now runs
      // the studio", "Vik's understudy, Ana Lund, …", the name in full)
      const owned =
        /^(his|her|their|my|our)$/.test(tokens[i]!.lower) || tokens.slice(i + 1, k).some((w) => w.key === "'s" && w.start > tokens[i]!.end);
      const trade = !person && (PERSON_SHAPE.test(role.lower) || owned) && role.cap === 0 && !!at && at.last > a;
      if (!role.word || (role.cap > 0 && !titled) || !(person || trade)) return null;
      if (!at) return null;
      // (past the name's firm or body after "of" or "at", in capitals: "Another strategist, Nikolai Ivanov of Danube
      // Capital, was less alarmed")
      let close = at.last + 1;
      if (/^(of|at)$/.test(tokens[close]?.raw ?? '') && (tokens[close + 1]?.cap ?? 0) > 0)
        for (let c = close + 1; c <= at.last + 6 && tokens[c]?.word && (tokens[c]!.cap > 0 || tokens[c]!.lower === 'of'); c++)
          close = c + 1;
      if (!/^[,—–]$/.test(tokens[close]?.raw ?? '')) return null;
      return this.refFor(at.key, para);
    }
    return null;
  }

  /**
   * Whether token `n`, right after a noun opening its sentence, is that noun's verb: an auxiliary, a past or a present
   * tense ("has softened", "declined", "says"; not "who", "pick"), or "read" before its object ("A victim read a
   * statement"); or, past a relative clause set off by commas, the verb after it ("One of the victims, who cannot be
   * named, read …"); or past one that is not, the verb that follows its own ("A neighbour who lives across the street
   * watched the vote", a newcomer the next "she said" stands for, not the speaker before).
   */
  private verbAfterNoun(n: number, end: number): boolean {
    const { tokens } = this.doc;
    let next = tokens[n];
    if (next?.raw === ',' && /^(who|whose)$/.test(tokens[n + 1]?.lower ?? '')) {
      let c = n + 2;
      while (c < end && c < n + 30 && tokens[c]!.raw !== ',' && !this.doc.quoted[c]) c++;
      if (tokens[c]?.raw !== ',' || c >= end) return false;
      next = tokens[c + 1];
      n = c + 1;
    } else if (next?.lower === 'who' && !this.doc.quoted[n] && this.finiteVerbAt(n + 1)) {
      // (a relative clause with no commas, its own verb right after "who" ("who lives", "who has lived", "who also
      // works"): the sentence's verb is a later one set after a noun, within a dozen tokens and before any comma or
      // dash, "who police say …" or "a man who lives nearby." having none)
      let v = n + 1;
      if (VERB_ADVERBS.test(tokens[v]!.lower)) v++;
      for (let c = v + 1; c < end && c <= v + 12; c++) {
        const t = tokens[c]!;
        if (this.doc.quoted[c] || /^[,;:()—–]$/.test(t.raw)) return false;
        // (the noun may stand before an adverb of the verb: "who has delivered their mail for a decade also came")
        const before = tokens[VERB_ADVERBS.test(tokens[c - 1]!.lower) ? c - 2 : c - 1]!;
        if (before.word && !NP_BREAK.has(before.lower) && !DETERMINERS.has(before.lower) && this.finiteVerbAt(c, false)) return true;
      }
      return false;
    }
    // (past an adverb between the noun and its verb: "The judge also issued …", "The officer later told …")
    if (next?.word && next.cap === 0 && !this.doc.quoted[n] && VERB_ADVERBS.test(next.lower)) next = tokens[++n];
    if (!next?.word || next.cap > 0 || /ss$/.test(next.lower)) return false;
    if (AUXILIARIES.has(next.lower) || IRREGULAR_PAST.has(next.lower) || /[a-z]{2}(ed|es|s)$/.test(next.lower)) return true;
    return next.lower === 'read' && /^(a|an|the|his|her|their|its|our|my)$/.test(tokens[n + 1]?.lower ?? '');
  }

  /**
   * Whether token `k` reads as a finite verb (see verbAfterNoun): an auxiliary, an irregular past, or a lower-case word
   * ending in "ed", "es" or "s" (not "ss"); with `adverb`, past one adverb before it ("also works").
   */
  private finiteVerbAt(k: number, adverb = true): boolean {
    const { tokens } = this.doc;
    let t = tokens[k];
    if (adverb && t?.word && t.cap === 0 && VERB_ADVERBS.test(t.lower)) t = tokens[k + 1];
    if (!t?.word || t.cap > 0 || /ss$/.test(t.lower)) return false;
    return AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /[a-z]{2}(ed|es|s)$/.test(t.lower);
  }

  /**
   * "Another described finding a dead rat in his locker": "one" or "another" alone as the subject of a verb, one more
   * person of a group named before (as a frame's subject, "“…,” another said", already is); null otherwise.
   */
  private aloneOpener(k: number, end: number): Ref | null {
    const { tokens } = this.doc;
    if (this.captions.has(tokens[k]!.para) || !this.verbAfterNoun(k + 1, end)) return null;
    const text = tokens[k]!.lower;
    return { key: null, desc: { text, definite: false, head: text, group: false, gender: null }, bound: null, para: tokens[k]!.para };
  }

  /**
   * "One of the victims read a statement": one person of a group of people a sentence opens with, as its subject (one
   * of the head's singular, "one of the victims"); null otherwise.
   */
  private oneOfOpener(k: number, end: number): Ref | null {
    const { tokens } = this.doc;
    if (tokens[k + 1]?.lower !== 'of' || !/^(the|his|her|their|its|our)$/.test(tokens[k + 2]?.lower ?? '')) return null;
    if (this.captions.has(tokens[k]!.para)) return null;
    for (let j = k + 3; j <= Math.min(end - 1, k + 5); j++) {
      const t = tokens[j]!;
      if (!t.word || t.cap > 0 || NP_BREAK.has(t.lower)) return null;
      const one = t.lower === 'women' ? 'woman' : t.lower === 'men' ? 'man' : /[^s]s$/.test(t.lower) ? t.lower.slice(0, -1) : null;
      if (!one || !SpeakerResolver.personNoun(one) || GROUP_NOUNS.has(one)) continue;
      if (!this.verbAfterNoun(j + 1, end)) return null;
      const gender: Gender = FEMALE_NOUNS.has(one) ? 'female' : MALE_NOUNS.has(one) ? 'male' : null;
      const raw = withoutInvisible(this.doc.text.slice(tokens[k]!.start, t.end));
      const text = raw.charAt(0).toLowerCase() + raw.slice(1);
      return { key: null, desc: { text, definite: false, head: one, group: false, gender }, bound: null, para: tokens[k]!.para };
    }
    return null;
  }

  /**
   * A person a sentence opens with by a description of one, a family word or a speaker's role, when the description's
   * verb follows: "My mother has softened with age, but at 86 she still says …", "A police spokesman declined to
   * comment. He said …"; null otherwise (and for a name after the role: the caller reads on).
   */
  private describedOpener(k: number, end: number, para: number, unnamed: DescribedSubject = false): Ref | null {
    if (unnamed === 'named') return null;
    const { tokens } = this.doc;
    // (a caption's unnamed person is the photo's, not one the story quotes: "A paramedic unloads a patient. (Tomas Reyes/CBC)")
    if (this.captions.has(tokens[k]!.para)) return null;
    for (let j = k + 1, reach = k + 3; j <= Math.min(end - 1, reach); j++) {
      const t = tokens[j]!;
      if (!t.word || t.cap > 0 || NP_BREAK.has(t.lower)) return null;
      // (past a lower-case possessor right after the article, to the noun it owns: "The player's mother wept")
      if (j === k + 1 && tokens[j + 1]?.key === "'s" && !tokens[j + 1]!.gap && tokens[k]!.lower === 'the') {
        j++;
        reach += 2;
        continue;
      }
      const gender: Gender = FEMALE_NOUNS.has(t.lower) ? 'female' : MALE_NOUNS.has(t.lower) ? 'male' : null;
      // (or a noun of a person's shape: "A longtime deckhand spoke to me", "A retired schoolteacher said")
      if (!gender && !SPEAKER_NOUNS.has(t.lower) && !TITLES.has(t.lower) && !SpeakerResolver.personNoun(t.lower)) continue;
      let n = j + 1;
      let next = tokens[n]!;
      // (past a relative clause between commas: "The chef, who hosts a cooking series, is no stranger to …")
      if (next.raw === ',' && /^(who|whose)$/.test(tokens[j + 2]?.lower ?? '')) {
        let c = j + 3;
        // (a title in quotation marks may stand in it, its comma inside the marks: "who hosts the series “At Home,” is")
        while (c < end && c <= j + 25 && tokens[c]!.raw !== ',') c++;
        while (c + 1 < end && /^[”"’']$/.test(tokens[c + 1]!.raw)) c++;
        if (tokens[c]?.raw === ',' || /^[”"’']$/.test(tokens[c]?.raw ?? '')) {
          n = c + 1;
          next = tokens[n]!;
        }
      }
      // (or past a participle's phrase between commas: "The minister, speaking at her morning news conference,
      // rejected that view.")
      if (
        next.raw === ',' &&
        n === j + 1 &&
        /^[a-z]{3,}ing$/.test(tokens[j + 2]?.raw ?? '') &&
        !NOT_PARTICIPLES.test(tokens[j + 2]!.lower)
      ) {
        let c = j + 3;
        while (c < end && c <= j + 16 && tokens[c]!.raw !== ',' && tokens[c]!.raw !== '.' && !this.doc.quoted[c]) c++;
        if (tokens[c]?.raw === ',' && c < end) {
          n = c + 1;
          next = tokens[n]!;
        }
      }
      // (past an age set off after it, which introduces someone new: "The woman, 34, was arrested two hours later.")
      const aged = next.raw === ',' && /^[0-9]{1,3}$/.test(tokens[n + 1]?.raw ?? '') && tokens[n + 2]?.raw === ',';
      if (aged) {
        n += 3;
        next = tokens[n]!;
      }
      // a noun of the phrase goes on: "a police spokesman"
      if (next.word && next.cap === 0 && (SPEAKER_NOUNS.has(next.lower) || FEMALE_NOUNS.has(next.lower) || MALE_NOUNS.has(next.lower)))
        continue;
      // its verb: an auxiliary, a past or a present tense ("has softened", "declined", "says"; not "who", "pick")
      // (read where the relative clause above ends, a title in quotation marks inside it)
      if (!this.verbAfterNoun(n, end)) return null;
      if (GROUP_NOUNS.has(t.lower) || (/s$/.test(t.lower) && !gender)) return null;
      // "the senator", "the candidate" stands for someone named before: no newcomer (an indefinite role or a family
      // word is one: "a police spokesman", "my mother", "his wife")
      const raw = withoutInvisible(this.doc.text.slice(tokens[k]!.start, t.end));
      const text = raw.charAt(0).toLowerCase() + raw.slice(1);
      const desc: Description = { text, definite: !/^(a|an)$/.test(tokens[k]!.lower), head: t.lower, group: false, gender };
      // "The senator spoke briefly": the senator named before, when one is (else no newcomer: the last speaker fitting
      // a he or a she is likelier than an unnamed "the candidate")
      if (desc.definite && !FAMILY.test(t.lower)) {
        const r = final(this.resolveDescription(desc, k, para, { start: tokens[k]!.start, end: t.end, text: raw }).ref);
        // (a role of another portfolio is someone else: "Health Minister Ana Ruiz said …. The finance minister, speaking
        // after a cabinet meeting, defended the budget" is a newcomer)
        if (r.key && this.otherPortfolio(r.key, j)) return { key: null, desc, bound: null, para };
        if (r.key || unnamed === true || aged) return r;
        // (or, with 'rival', when the last speaker is known by another role, which the description's person cannot be:
        // "Councillor Tom Reyes said … / The mayor faced criticism on Friday. “…,” he said." is the mayor's)
        const last = unnamed === 'rival' ? this.last() : null;
        return last && this.knownOtherwise(final(last.ref), desc) ? r : null;
      }
      // "his wife", "her father": the relative the article named so, or the parent of the child who spoke last ("His
      // daughter, Renata, … “…,” she said. / Her father shrugged. “…,” he said." is the father named before Renata)
      if (FAMILY.test(t.lower) && j === k + 1 && /^(his|her)$/.test(tokens[k]!.lower)) {
        const r = final(this.resolveDescription(desc, k, para, { start: tokens[k]!.start, end: t.end, text: raw }).ref);
        if (r.key) return r;
      }
      return { key: null, desc, bound: null, para };
    }
    return null;
  }

  /**
   * Whether the role noun at token `j` has a lower-case portfolio word right before it ("finance" in "the finance
   * minister") and person `key` was titled with that noun after another portfolio ("Health Minister Ana Ruiz").
   */
  private otherPortfolio(key: SpeakerKey, j: number): boolean {
    const { tokens } = this.doc;
    const head = tokens[j]!.lower;
    const mine = tokens[j - 1];
    if (!mine?.word || mine.cap > 0 || NO_FIELD.test(mine.lower)) return false;
    return this.mentionsOf(key).some((pm) => {
      const h = tokens[pm.first - 1];
      const m = tokens[pm.first - 2];
      return !!h && !!m && h.lower === head && h.cap > 0 && m.word && m.cap > 0 && !NO_FIELD.test(m.lower) && m.lower !== mine.lower;
    });
  }

  /**
   * Whether description `text` of an office that a field tells apart (FIELD_OFFICES) names a field or the head of a
   * government that the person at `key` was never given, while the article titled them with that office after another
   * word: "Health Minister Ana Ruiz" is not "the finance minister", "Prime Minister Tom Berg" not "the new foreign
   * affairs minister", "former cabinet minister Ada Vik" not "the prime minister". (A field is a public body's or a
   * ministry's, PUBLIC_FIELDS or PORTFOLIO: "the embattled minister" names none, and may be anyone of that office.) Or
   * whether it names a place in a capitalised word the person's titles lack, when those titles give a level of government
   * or another person holds that office with that word before their name: "the Quebec minister" is not "Federal Justice
   * Minister Ana Ruiz" after "Quebec Justice Minister Tom Roy".
   */
  private otherFieldOffice(key: SpeakerKey, head: string, text: string): boolean {
    const raw = text.split(/\s+/);
    const words = text.toLowerCase().split(/\s+/);
    const at = words.lastIndexOf(head);
    if (at < 2) return false;
    const own = this.titleWordSet(key);
    let field = false;
    let place = '';
    for (let i = 1; i < at; i++) {
      const w = words[i]!;
      if (PUBLIC_FIELDS.test(w) || PORTFOLIO.test(w) || (i === at - 1 && HEAD_OF_GOVERNMENT.test(`${w} ${head}`))) {
        if (own.has(w)) return false;
        field = true;
      } else if (/^\p{Lu}/u.test(raw[i]!) && !PARTY_WORD.test(raw[i]!) && !NO_FIELD.test(w) && !own.has(w)) place = w;
    }
    if (!field && !place) return false;
    const { tokens } = this.doc;
    // (titled with that office after a word of its own: "Health Minister", "cabinet minister"; not "Minister Ana Ruiz")
    const titled = (pm: { first: number }): boolean => tokens[pm.first - 1]?.lower === head && !!tokens[pm.first - 2]?.word;
    if (field && this.mentionsOf(key).some((pm) => titled(pm) && !NO_FIELD.test(tokens[pm.first - 2]!.lower))) return true;
    if (!place) return false;
    if (GOVERNMENT_LEVELS.some((re) => re.test(this.titleWords(key)))) return true;
    return this.personMentions.some((pm) => keyId(pm.key) !== keyId(key) && titled(pm) && this.writtenBefore(pm.first, place));
  }

  /**
   * The person a sentence opens with, or, when that name is a possessor, the one it stands for: "Brandt's spokesman,
   * Jonas Kaiser, declined …" is Kaiser; "Brandt's lawyer declined …" is the lawyer; "Justice Vale's questions drew …"
   * is still Vale.
   */
  private possessorOrOwn(key: SpeakerKey, first: number, last: number, end: number, para: number, bare = false): Ref | null {
    const { tokens } = this.doc;
    let k = last;
    const possessive = /^['’]s$/.test(tokens[k + 1]?.raw ?? '') || tokens[k + 1]?.key === "'s";
    // a name that only modifies an organisation or a group of its own is not who the sentence is about: "The Vance
    // campaign on Monday picked up on a post …", "Mr. Vance's campaign said" (not "Vance campaign manager Tom Aas")
    const h = possessive ? k + 2 : k + 1;
    if (tokens[h]?.word && tokens[h]!.cap === 0 && (GROUP_NOUNS.has(tokens[h]!.lower) || ORG_HEADS.has(tokens[h]!.lower))) {
      let role = false;
      for (let j = h + 1; j <= Math.min(end, h + 3) && tokens[j]!.word && tokens[j]!.cap === 0; j++)
        if ((SPEAKER_NOUNS.has(tokens[j]!.lower) || TITLES.has(tokens[j]!.lower)) && !TITLE_MODIFIERS.test(tokens[j]!.lower)) role = true;
      if (!role) return null;
    }
    if (!possessive) return this.refFor(key, para);
    // the possessed noun phrase: words up to its head, a role ("spokesman", "chief of staff") or not
    k += 2;
    let role = -1;
    while (k <= end && tokens[k]!.word && k - first < 8) {
      const t = tokens[k]!;
      // (a title's modifier is no role of its own: "Mayor Ada Lind's first comments came …" is no "Ada Lind's first")
      if ((SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) && !TITLE_MODIFIERS.test(t.lower)) role = k;
      else if (t.cap > 0 || NP_BREAK.has(t.lower)) break;
      k++;
    }
    // (a noun of no role with a person in apposition is that person: "Willis's partner, Doug Reimer, built the bunks")
    // (asked for the subject proper, the possessor of a noun of no role is none: "Smith's interests were varied, and she
    // published a magazine whose every issue bore the words “…”")
    if (role < 0)
      return (/^[,—–]$/.test(tokens[k]?.raw ?? '') ? this.apposedPerson(k + 1, para) : null) ?? (bare ? null : this.refFor(key, para));
    // no apposition: the role itself, "Brandt's lawyer declined to comment. He said …"
    if (!/^[,—–]$/.test(tokens[k]?.raw ?? '')) {
      const text = withoutInvisible(this.doc.text.slice(tokens[first]!.start, tokens[role]!.end));
      const head = tokens[role]!.lower;
      return { key: null, desc: { text, definite: true, head, group: false, gender: null }, bound: null, para };
    }
    return this.apposedPerson(k + 1, para);
  }

  /** The person whose name starts at token `a`, a name of the index or one the discovery found; null otherwise. */
  private apposedPerson(a: number, para: number): Ref | null {
    const am = this.doc.knownStartAt.get(a);
    const ap = this.doc.people.startAt.get(a);
    if (am && am.kind !== KIND_ROLE && this.doc.index.entities[am.entity]!.type === 'person')
      return this.refFor(entityKey(am.entity), para);
    if (ap !== undefined) return this.refFor(personKey(ap), para);
    return null;
  }

  /** A lower-case modifier of a role right after it: "presidential" in "Republican presidential candidate Ada Vik". */
  private modifiesRole(k: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[k]!;
    if (NP_BREAK.has(t.lower) || /(ed|ing|ly)$/.test(t.lower)) return false;
    for (let j = k + 1; j <= k + 2; j++) {
      const n = tokens[j];
      if (!n?.word) return false;
      if (SPEAKER_NOUNS.has(n.lower) || TITLES.has(n.lower)) return true;
      if (n.cap !== 0 || NP_BREAK.has(n.lower)) return false;
    }
    return false;
  }

  private readonly orgRefs = new Map<string, Ref>();

  /**
   * Is the name from k to e in commas right after a short noun phrase that opens the sentence at `start`, so that it
   * names the sentence's subject: "The city's largest employer, Northway Financial, ordered …"?
   */
  private apposedToOpener(k: number, e: number, start: number): boolean {
    const { tokens } = this.doc;
    return (
      tokens[k - 1]?.raw === ',' &&
      tokens[e + 1]?.raw === ',' &&
      k - 2 > start &&
      k - 1 - start <= 6 &&
      /^(the|a|an|its|their)$/.test(tokens[start]!.lower) &&
      tokens.slice(start + 1, k - 1).every((x) => (x.word && x.cap === 0 && !NP_BREAK.has(x.lower)) || x.key === "'s")
    );
  }

  /**
   * The company that spoke last, when it is the last speaker, in this paragraph or the two before, and its name says
   * no public body, place or other kind of organisation: "Calvera Agrosciences said in a statement that its products
   * were “…” / The company added that …" (past the quotation orgBefore does not look across), with no capitalised word
   * between but those opening sentences.
   */
  private companySpokeLast(first: number, para: number): Ref | null {
    // (or the last organisation to speak before another kind of organisation's description, which cannot be it: "Northvolt
    // Canada Energy said …. / The union said it wanted guarantees. / The company said …" is Northvolt; at most two back)
    let n = this.history.length - 1;
    const other = (x: Ref): boolean =>
      !x.key &&
      !!x.desc &&
      x.desc.group &&
      /^the\s+\S+$/i.test(x.desc.text) &&
      ORG_HEADS.has(x.desc.head) &&
      !/^(company|firm)$/.test(x.desc.head);
    while (n > 0 && this.history.length - n <= 2 && other(final(this.history[n]!.ref))) n--;
    const h = this.history[n];
    // (two paragraphs back too, a paragraph of no speaker between: "Carrow Motors is recalling …, the automaker said. /
    // The recall covers the 2023 and 2024 model years. / Dealers will replace the hoses …, the company said.")
    if (!h || h.para < para - 2 || h.nested) return null;
    const r = final(h.ref);
    // (or an organisation the article names and the dataset does not know, read as a name of capitalised words:
    // "Halvorsen Pharma is recalling …. The company said …. “…,” the company said")
    const unknown = !r.key && !!r.desc && !/^the\s/i.test(r.desc.text) && /^\p{Lu}\S*(\s+\p{Lu}\S*)+$/u.test(r.desc.text);
    if (!unknown && (!r.key || keyType(this.doc, r.key) !== 'organization')) return null;
    // (no name between, which may be the company meant)
    if (this.capitalSince(h.sent, first)) return null;
    const name = r.key ? keyName(this.doc, r.key) : r.desc!.text;
    if (publicBodyName(name)) return null;
    return name.toLowerCase().split(/\s+/).some(notCompanyWord) || peoplesName(name) ? null : r;
  }

  /**
   * Whether a capitalised word stands after sentence `sent` and before token `first`, outside quotation marks, that no
   * sentence opens with and that names no day or month ("trucks built between May and August" names none): a name
   * that may be the organisation meant ("Forbes says …. But Bloomberg's own list leaves him off. The company says …").
   */
  private capitalSince(sent: number, first: number): boolean {
    const { tokens, sents, nameCtx } = this.doc;
    for (let k = sents.starts[sent + 1] ?? first; k < first; k++) {
      const t = tokens[k]!;
      if (t.word && t.cap > 0 && !this.doc.quoted[k] && nameCtx.initial[k] !== 1 && !DAYS_MONTHS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * The company whose officer, unnamed, spoke last, in this paragraph or the one before, when no capitalised word stands
   * between: "A Selvor Power spokesperson said talks were ongoing. / The company said …" is Selvor Power (not a public
   * body's: "a City Hall spokesman").
   */
  private officersCompany(first: number, head: string, para: number): Ref | null {
    const h = this.history.at(-1);
    if (!h || h.para < para - 1 || h.nested) return null;
    if (this.capitalSince(h.sent, first)) return null;
    const r = final(h.ref);
    const { tokens, sents } = this.doc;
    // the officer's description: the tokens of the organisation's name in it, and the sentence it stands in
    let name = '';
    let from = -1;
    let to = -1;
    const bounds = (s: number): [number, number] => [sents.starts[s]!, (sents.starts[s + 1] ?? tokens.length) - 1];
    if (!r.key && r.desc && OFFICER_ROLES.test(r.desc.head)) {
      const m = /^an?\s+((?:\p{Lu}[\p{L}'’&.-]*\s+){1,4})\S+$/u.exec(r.desc.text);
      if (m) name = m[1]!.trim();
      const [start, end] = bounds(h.sent);
      for (let k = start; k <= end && name && from < 0; k++) {
        if (this.doc.quoted[k] || !/^(a|an)$/.test(tokens[k]!.lower)) continue;
        // (the name's last token, past the hyphens inside it: "a Hydro-Nordique spokesperson")
        let e = k + 1;
        while (e < end && tokens[e]!.end - tokens[k + 1]!.start < name.length) e++;
        if (withoutInvisible(this.doc.text.slice(tokens[k + 1]!.start, tokens[e]!.end)) === name) [from, to] = [k + 1, e];
      }
    } else if (r.key && keyType(this.doc, r.key) === 'person') {
      // (or the officer's name in apposition: "A Hydro-Nordique spokesperson, Lise Arsenault, said …"; or after the role
      // with no article, in the sentence that brought the officer in, the officer's own quotations between: "Fairmart
      // spokesperson Liam Hale said …. / “…,” he said. / The company said …" is Fairmart; a few of them back at most)
      for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - 3) && from < 0; i--) {
        const x = this.history[i]!;
        if (x.para < para - 2 || x.nested || final(x.ref).key !== r.key) break;
        const [start, end] = bounds(x.sent);
        for (let k = start; k < end && from < 0; k++) {
          if (this.doc.quoted[k]) continue;
          const article = /^(a|an)$/.test(tokens[k]!.lower);
          // (with no article, the name opens a run of capitalised words)
          if (!article && (tokens[k]!.cap === 0 || !tokens[k]!.word || (k > start && tokens[k - 1]!.cap > 0))) continue;
          const b = article ? k + 1 : k;
          let e = b;
          while (e < end && ((tokens[e]!.word && tokens[e]!.cap > 0) || tightHyphen(tokens, e))) e++;
          if (e === b || !OFFICER_ROLES.test(tokens[e]?.lower ?? '') || this.doc.quoted[e]) continue;
          const apposed = article && tokens[e + 1]?.raw === ',' && !!tokens[e + 2]?.cap;
          const named = !article && !!tokens[e + 1]?.word && tokens[e + 1]!.cap > 0 && !this.doc.quoted[e + 1];
          if (apposed || named) [from, to] = [b, e - 1];
        }
      }
      if (from >= 0) name = withoutInvisible(this.doc.text.slice(tokens[from]!.start, tokens[to]!.end));
    }
    if (from < 0) return null;
    if (isGivenName(name.split(/\s+/)[0]!) || publicBodyName(name) || peoplesName(name)) return null;
    // (nor a common noun's capital opening the sentence, a kind of the role: "General manager Ellen Park said …", "Store
    // manager Ellen, who …, said …. The company said …" is no company "General" or "Store")
    if (
      from === to &&
      sents.starts[sents.sent[from]!] === from &&
      (ROLE_KINDS.test(tokens[from]!.lower) || isOrdinaryCapital(this.doc.nameCtx, from))
    )
      return null;
    // (nor one the article calls a union: "The Teamsters union, which represents …" / "said Teamsters Canada spokesperson
    // Christopher Monette. / The company said …" is not the Teamsters)
    const lead = tokens[from]!.lower;
    if (tokens.some((t, k) => t.lower === lead && t.word && /^(union|local)$/.test(tokens[k + 1]?.lower ?? ''))) return null;
    // (as for a company that spoke by its name: no public body's or place's word, "a City Hall spokeswoman")
    if (
      name
        .toLowerCase()
        .split(/[\s-]+/)
        .some(notCompanyWord)
    )
      return null;
    return this.orgRef(from, to, head, para);
  }

  /**
   * "The agency" for the organisation that spoke last, in the sentences just before, whose name ends in another noun of a
   * public body, as an aid or a UN body's does ("According to the World Food Programme, … The agency said …", "The
   * International Committee of the Red Cross said … The agency warned …"); null otherwise.
   */
  private agencyOfOtherHead(d: Description, first: number, para: number): Ref | null {
    if (d.head !== 'agency' || !/^the\s+agency$/i.test(d.text)) return null;
    const last = this.lastSpeakerNamed(first, para);
    return last &&
      /^(the\s+)?\p{Lu}.*\b(Programme|Program|Fund|Office|Organization|Organisation|Committee|Commission|Commissioner|Cross|Crescent)$/u.test(
        last.name,
      )
      ? last.ref
      : null;
  }

  /**
   * "The department" or "the agency" for a public body named by its fields and its country that spoke last, in the
   * sentences just before: "Fisheries and Oceans Canada said …. In a statement, the department said …" (before a body
   * named further back whose name holds the word, "the … Resource Management Department"); null otherwise.
   */
  private fieldBodySpokeLast(d: Description, first: number, para: number): Ref | null {
    if (!/^the\s+(agency|department)$/i.test(d.text)) return null;
    const last = this.lastSpeakerNamed(first, para);
    return last && fieldOfCountry(nameWords(last.name)) ? last.ref : null;
  }

  /**
   * The last speaker with its name, when it spoke in this paragraph or the one before and at most two sentences back: a
   * named organisation, or a description (of any kind: the callers test the name's words); null for a named person.
   */
  private lastSpeakerNamed(first: number, para: number): { ref: Ref; name: string } | null {
    const h = this.last();
    if (!h || h.para < para - 1 || this.doc.sents.sent[first]! - h.sent > 2) return null;
    const r = final(h.ref);
    const name = r.key && !r.desc ? (keyType(this.doc, r.key) === 'organization' ? keyName(this.doc, r.key) : '') : (r.desc?.text ?? '');
    return name ? { ref: r, name } : null;
  }

  /**
   * The organisation named nearest before token `before`, in its sentence or the two before it (not across a
   * quotation or more than one paragraph back): a dataset organisation, a capitalised name ending in an
   * organisation word ("Harbor Bank", "the Ministry of Labour") or, for a generic head (company, firm) or a
   * pronoun, the capitalised name a sentence opens with that is no person ("Northwind Telecom cut …"). With a
   * `head` other than a generic one, only a name ending in that word ("the ministry" → "Ministry of Labour").
   */
  private orgBefore(before: number, head: string, para: number, since?: number): Ref | null {
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[before];
    if (s0 === undefined) return null;
    const pronoun = head === 'it';
    const generic = pronoun || GENERIC_ORG.test(head);
    // "it" stands for an organisation named since the last speaker was met (or in its sentence: `since`)
    const last = this.last();
    let floor = since ?? (pronoun && last ? Math.max(last.sent + 1, s0 - 1) : s0 - 2);
    let officerPassed = false;
    for (let s = s0; s >= Math.max(0, floor); s--) {
      let start = sents.starts[s]!;
      const end = s === s0 ? before - 1 : (sents.starts[s + 1] ?? tokens.length) - 1;
      // (a paragraph further back past an officer's quotation passed over below: "Harrowgate Foods Inc. cut its forecast …
      // / “…,” chief executive Marguerite Olunde told analysts. “…” / The company also said …")
      if (tokens[start]!.para < tokens[before]!.para - (officerPassed ? 2 : 1)) break;
      // (a line that credits the outlet: "Hamilton Spectator · Mar 4, 2019" is no company of the story; nor is a photo's
      // caption, whose credit names the agency: "Oil workers rally in Edmonton. (Jason Pratt/The Canadian Press)")
      if (this.credit.has(tokens[start]!.para) || this.captions.has(tokens[start]!.para)) continue;
      // (nor is the agency of a dateline: "LONDON (Reuters) - Velmora Biotech said …" opens with Velmora Biotech)
      start = Math.max(start, pastDateline(this.doc, start, end + 1));
      // a label of a few words before a colon names nothing that speaks ("Revamped UX: Vidyard makes it easier …",
      // "Faster booking: Northwind makes …"); the name after the colon opens the sentence
      for (let k = start + 1; k <= Math.min(end - 1, start + 4); k++) {
        if (tokens[k]!.raw === ':' && tokens[start]!.cap > 0 && !this.doc.quoted[k]) start = k + 1;
        if (!tokens[k]!.word) break;
      }
      // "it" after a sentence whose subject is an unnamed body ("The ministry released a statement Tuesday. “…,” it
      // said") is that body, not a name further back (a headline's "Province delays …")
      // (so is one in the same sentence after "and", the subject of both clauses: "The city issued the advisory after a
      // break on Ninth Avenue, and it says …")
      // (or after a conjunction of time or cause opening a clause inside it: "The campaign has a point when it says …")
      const coordinated =
        s === s0 &&
        ((tokens[before - 1]?.lower === 'and' && tokens[before - 2]?.raw === ',') ||
          (/^(when|because|as|since|after|if|while|whenever)$/.test(tokens[before - 1]?.lower ?? '') && tokens[before - 1]!.cap === 0));
      // (and a document that opens the sentence before, which speaks as "it": "His lawsuit, filed in 2023, named the city.
      // It alleged that …", "The report was released Monday. It found …")
      const document = (w: string): boolean => DOCUMENT_NOUNS.has(w) || FILED_DOCUMENTS.test(w);
      if (pronoun && s === s0 - 1 && /^(His|Her|Their|Its)$/.test(tokens[start]!.raw) && !this.doc.quoted[start + 1]) {
        const e = start + 1;
        if (tokens[e]?.cap === 0 && document(tokens[e]!.lower) && (tokens[e + 1]?.raw === ',' || tokens[e + 1]?.cap === 0))
          return this.orgRef(start, e, tokens[e]!.lower, para);
      }
      if (pronoun && (s < s0 || coordinated) && tokens[start]!.raw === 'The') {
        let e = start + 1;
        // (past a name in quotation marks before the noun: 'The “Streets for People” campaign')
        if (/^[“"]$/.test(tokens[e]?.raw ?? '')) {
          let c = e + 1;
          while (c < e + 7 && tokens[c]?.word) c++;
          if (/^[”"]$/.test(tokens[c]?.raw ?? '') && c > e + 1) e = c + 1;
        }
        const from = e;
        // (a town or province that acts is its government: "The city issued …. It says …")
        // (and a body among the speakers' nouns opening the sentence right before: "The court rejected the appeal. It said
        // the law was void", "The regulator fined the bank. It said …")
        const body = (w: string): boolean =>
          ORG_HEADS.has(w) || GOVERNED_PLACES.test(w) || (s === s0 - 1 && (document(w) || SPEAKING_BODIES.test(w)));
        while (e < from + 3 && tokens[e + 1]?.word && tokens[e + 1]!.cap === 0 && !body(tokens[e]!.lower)) e++;
        // (a document before an apposition or a participle set off by commas too: "The lawsuit, filed on behalf of a
        // family, seeks $250 million. It claims …")
        const next = tokens[e + 1];
        const verbNext = next?.cap === 0 && next.word;
        const commaNext = next?.raw === ',' && s === s0 - 1 && document(tokens[e]?.lower ?? '');
        if (tokens[e]?.cap === 0 && body(tokens[e]!.lower) && !this.doc.quoted[e] && (verbNext || commaNext))
          return this.orgBefore(start, tokens[e]!.lower, para) ?? this.orgRef(start + 1, e, tokens[e]!.lower, para);
      }
      let best: Ref | null = null;
      // words quoted inside the sentence's own clause, organisations found, a doubtful name opening it (below)
      let fragment = false;
      let found = 0;
      // the organisation the sentence opens with, if any (see below), and a name after a place that describes it
      let first: Ref | null = null;
      let lead = -1;
      let opener: number | undefined;
      // (a name inside the sentence, for "the group", that only says whose leaders or backers a plural names: "backed by
      // Republican Senate leaders"; not the body's own people, "The union representing Amazon workers")
      const backersOf = (at: number, e: number): boolean =>
        generic && !pronoun && !this.opensAt(at, start) && modifiesPeople(tokens, at, e, end);
      for (let k = start; k <= end; k++) {
        if (this.doc.quoted[k]) {
          // (a quotation of the organisation's own officer between is passed over, one sentence further back looked at:
          // "Velmora Biotech said …. “…,” said CEO Ana Roe. The trial enrolled 400 people, the company said")
          if (s !== s0 && generic && !pronoun && !this.fragmentAt(k, start) && this.officerQuoted(s)) {
            floor = Math.max(floor - 1, s - 2);
            officerPassed = true;
            break;
          }
          // (an officer described with the organisation's name, "a Severnside Water spokesman", names it in the frame
          // after the words: "“…,” a Severnside Water spokesman said. “…” The company said …" is Severnside Water; a
          // sentence of the same quotation going on before it is passed over)
          if (s !== s0 && generic && !pronoun && !this.fragmentAt(k, start)) {
            const named = this.namedOfficerQuoted(s);
            if (named === 'frame') {
              // the capitalised words between the description's article and its role: "a Severnside Water spokesman"
              for (let x = start; x < end; x++) {
                if (this.doc.quoted[x] || !/^(a|an|the)$/.test(tokens[x]!.lower)) continue;
                let e = x + 1;
                while (tokens[e]?.word && tokens[e]!.cap === 1 && !this.doc.quoted[e]) e++;
                // (no person's name, nor a public body's or a place's for "the company": "a City Hall spokesman")
                const name = withoutInvisible(this.doc.text.slice(tokens[x + 1]!.start, tokens[e - 1]!.end));
                if (
                  e > x + 1 &&
                  tokens[e]?.word &&
                  OFFICER_ROLES.test(tokens[e]!.lower) &&
                  !isGivenName(tokens[x + 1]!.raw) &&
                  !(/^(company|firm)$/.test(head) && publicBodyName(name))
                ) {
                  // (one that spoke before by that name, as an organisation: "Severnside Water said …"; "City Hall" never did)
                  const spoke = this.history.findLast((h) => {
                    const r = final(h.ref);
                    const n = r.key ? (keyType(this.doc, r.key) === 'organization' ? keyName(this.doc, r.key) : null) : r.desc?.text;
                    return !!n && n.replace(/^the\s+/i, '').toLowerCase() === name.toLowerCase();
                  });
                  if (spoke) return spoke.ref;
                }
              }
            }
            if (named) {
              floor = Math.max(floor - 1, s - 2);
              officerPassed = true;
              break;
            }
          }
          if (s !== s0 && !this.fragmentAt(k, start)) return null;
          fragment = true;
          continue;
        }
        const m = this.doc.knownStartAt.get(k);
        if (m && m.kind !== KIND_ROLE && this.doc.index.entities[m.entity]!.type === 'organization') {
          const name = this.doc.index.entities[m.entity]!.name.toLowerCase();
          // (an analyst's firm is no company the story is about: "Analyst Jo Pike of Orland Securities said …. The
          // company said …" is the company the analyst follows)
          // (nor is a thing the sentence names: "The product, called Juniper, will …")
          // (nor a name that only says whose a plural of people are, inside the sentence, for "the group": "backed by
          // Republican Senate leaders")
          if (backersOf(k, m.last) || analystsFirm(tokens, k, m.last, start) || thingNamed(tokens, k) || campaignersBody(tokens, k, head)) {
            k = m.last;
            continue;
          }
          // ("the company" is no public body: "Statistics Canada said …. “…,” the company said" is some firm)
          const fits = (!/^(company|firm)$/.test(head) || !notACompany(name)) && !(head === 'group' && notAGroup(name));
          // (a field of government before a country's name is a department or an agency, in the sentence that says so:
          // "Fisheries and Oceans Canada closed the fishery, the department said")
          const field = s === s0 && (head === 'agency' || head === 'department') && fieldOfCountry(nameWords(name));
          if ((generic || name.endsWith(head) || m.text.toLowerCase().includes(head) || field) && fits) {
            best = this.refFor(entityKey(m.entity), para);
            if (found++ === 0 && this.opensAt(k, start)) first = best;
          }
          k = m.last;
          continue;
        }
        if (m) {
          k = m.last;
          continue;
        }
        const t = tokens[k]!;
        // a sentence opening with a name of no known gender or role may open with the organisation meant ("Harbour
        // Freight Lines called the walkout reckless. The firm said …"): not one named further back
        const who = this.doc.people.startAt.get(k);
        // an organisation the article names, holding the word: "the Commission on Presidential Debates" for "the commission"
        const named = who === undefined ? null : this.doc.people.people[who]!;
        const namedLast = named?.mentions.find((x) => x.first === k)?.last ?? k;
        if (
          named?.type === 'organization' &&
          !peoplesName(named.name) &&
          !backersOf(k, namedLast) &&
          !pluralNounOpener(tokens, k, start) &&
          !analystsFirm(tokens, k, namedLast, start) &&
          !thingNamed(tokens, k) &&
          !campaignersBody(tokens, k, head) &&
          !placeAfterIn(tokens, k, named.name) &&
          (generic ||
            named.name.toLowerCase().split(/\s+/).includes(head) ||
            (s === s0 && (head === 'agency' || head === 'department') && fieldOfCountry(nameWords(named.name))) ||
            (TEAM_HEADS.test(head) && teamShaped(named.name)) ||
            // (a union's local the article names, its number after it, for "the union": "United Steelworkers Local 7812")
            (head === 'union' &&
              /\slocal$/i.test(named.name) &&
              /^[0-9]{1,5}[A-Z]?$/.test(tokens[(named.mentions.find((x) => x.first === k)?.last ?? k) + 1]?.raw ?? ''))) &&
          !(/^(company|firm)$/.test(head) && notACompany(named.name)) &&
          !(head === 'group' && notAGroup(named.name))
        ) {
          best = this.refFor(personKey(who!), para);
          if (found++ === 0 && this.opensAt(k, start)) first = best;
          k = named.mentions.find((x) => x.first === k)?.last ?? k;
          continue;
        }
        // (or in commas after the noun phrase that opens the sentence: "The city's largest employer, Northway
        // Financial, ordered …")
        const apposed = who !== undefined && this.apposedToOpener(k, named?.mentions.find((x) => x.first === k)?.last ?? k, start);
        if (generic && who !== undefined && (k <= start + 1 || apposed)) {
          const p = this.doc.people.people[who]!;
          // (its trade may open the sentence before it: "Promoter Eastlight Live cancelled …")
          const trade = k === start + 1 && p.heads.size === 1 && p.heads.has(tokens[start]!.lower);
          if (p.gender === null && (p.heads.size === 0 || trade) && /\s/.test(p.name) && !(head === 'group' && notAGroup(p.name)))
            opener = who;
          if (opener === who && found === 0 && (this.opensAt(k, start) || apposed) && !isGivenName(p.name.split(/\s+/)[0]!))
            first = this.refFor(personKey(who), para);
        }
        // (a team's name after "The": "The Northfield Oilers fired …", for "the team")
        const theTeam = TEAM_HEADS.test(head) && t.lower === 'the';
        // (a word opening the sentence that is no part of the name after it describes it: "Promoter Eastlight Live cancelled …")
        if (
          generic &&
          !pronoun &&
          k === start &&
          who === undefined &&
          t.word &&
          !TITLES.has(t.lower) &&
          !COMMON_WORDS.has(t.lower) &&
          /\s/.test(this.doc.people.people[this.doc.people.startAt.get(k + 1) ?? -1]?.name ?? '')
        ) {
          lead = k + 1;
          continue;
        }
        if (theTeam || !t.word || t.cap === 0 || who !== undefined) continue;
        if (tokens[k - 1]?.word && tokens[k - 1]!.cap > 0 && !(TEAM_HEADS.test(head) && tokens[k - 1]!.lower === 'the')) continue;
        // (nor the words after a middle initial, which the name before it opens: "Delacourt Foundation" of "the Ruth A.
        // Delacourt Foundation")
        if (initialPoint(tokens, k - 1)) continue;
        // (nor the second part of a hyphenated name, which its first part opens: "Kravitz" of "the Dellmore-Kravitz Joint Venture")
        if (tightHyphen(tokens, k - 1) && tokens[k - 2]?.word && tokens[k - 2]!.cap > 0) continue;
        // (nor the word after a prefix's compound, which the compound opens: "Commission" of "the Anti-corruption
        // Commission", whatever the word before "The" is)
        if (prefixCompoundBefore(tokens, k)) continue;
        if (t.cap === 2 && tokens[k + 1]?.cap === 2) continue; // a headline in capitals
        if (HOLIDAYS.has(t.lower)) continue; // a holiday's name: "Christmas Eve", "Easter Sunday"
        if (/^(shares|stock)$/.test(t.lower) && /^(of|in)$/.test(tokens[k + 1]?.lower ?? '')) continue; // "Shares of Northwind …"
        // (a nationality before a noun in lower case describes the name after it: "British drugmaker Halvern Therapeutics")
        if (DEMONYMS.has(t.lower) && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0) continue;
        // (nor an organisation's noun opening the sentence before a noun in lower case, no name but a common noun's
        // capital: "Union leaders accused …", "Company officials said …")
        if (k === start && ORG_HEADS.has(t.lower) && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0 && !NP_BREAK.has(tokens[k + 1]!.lower))
          continue;
        // the capitalised run from k, with "of" inside: "Ministry of Labour"
        let e = k;
        let suffixAt = ORG_SUFFIXES.has(t.lower) ? k : -1;
        while (e + 1 <= end && e - k < 6) {
          const n = tokens[e + 1]!;
          const listed = suffixAt >= 0 ? portfoliosAfter(tokens, e, end + 1) : e;
          // (over a plural's apostrophe: "the Lakeshore Teachers' Federation", "the Westport Nurses' Union")
          if (pluralPossessive(tokens, e + 1) && e + 2 <= end && tokens[e + 2]!.word && tokens[e + 2]!.cap > 0) e += 2;
          // (over a hyphen between two capitalised parts: "the Dellmore-Kravitz Joint Venture")
          else if (tightHyphen(tokens, e + 1) && e + 2 <= end && tokens[e + 2]!.word && tokens[e + 2]!.cap > 0) e += 2;
          // (over a middle initial's point: "the Ruth A. Delacourt Foundation")
          else if (initialPoint(tokens, e + 1) && e + 2 <= end && e > k) e += 2;
          // (over portfolios listed after its "of": "the Ministry of Water, Land and Resource Stewardship")
          else if (listed > e) e = listed;
          else if (!n.word || n.gap) break;
          // (a flight's number ends the airline's name: "SkyVista Airlines Flight 612")
          else if (n.lower === 'flight' && /^[0-9]/.test(tokens[e + 2]?.raw ?? '')) break;
          else if (n.cap > 0) e++;
          else if ((n.lower === 'of' || n.lower === 'for') && tokens[e + 2]?.cap) e += 2;
          // (and a second portfolio: "the Ministry of Children and Family Development")
          else if (this.portfolioGoesOn(k, e, end)) e += 2;
          else break;
          if (ORG_SUFFIXES.has(tokens[e]!.lower)) suffixAt = e;
        }
        // (a plural noun opening the sentence, or its dateline's dash, before "of" is no part of the name: "Shares of
        // Northway Foods Inc. fell", "TORONTO — Shares of …")
        if ((k === start || /^[—–-]$/.test(tokens[k - 1]!.raw)) && suffixAt > k + 2 && pluralBeforeOf(tokens, k)) k += 2;
        // a place or nationality opening the sentence before nouns that describe a name is no name of its own: "Montreal
        // startup Pollenbyte has raised …" opens with Pollenbyte
        if (e === k && this.opensAt(k, start)) {
          // (three nouns at most, hyphened ones whole: "Ottawa artificial-intelligence startup Pollenbyte")
          let at = e + 1;
          for (let n = 0; n < 3 && tokens[at]?.word && tokens[at]!.cap === 0; n++) {
            if (NP_BREAK.has(tokens[at]!.lower) || COMMON_WORDS.has(tokens[at]!.lower)) break;
            at++;
            while (tightHyphen(tokens, at) && tokens[at + 1]!.word && tokens[at + 1]!.cap === 0) at += 2;
          }
          if (at > e + 1 && at <= end && tokens[at]!.word && tokens[at]!.cap > 0 && tokens[at]!.cap < 2) {
            lead = at;
            continue;
          }
        }
        // (nor a one-word name the article gave a thing before: "its new assistant, called Nimbus, … Nimbus is available
        // now in French, the company said")
        if (
          analystsFirm(tokens, k, e, start) ||
          thingNamed(tokens, k) ||
          (e === k && this.namedAsThing(k)) ||
          campaignersBody(tokens, k, head)
        ) {
          k = e;
          continue;
        }
        // (or a name in commas after a short noun phrase that opens the sentence, the subject it stands for: "The city's
        // largest employer, Northway Financial, ordered staff back …")
        const opens = k === start || (k === start + 1 && tokens[start]!.lower === 'the') || k === lead || this.apposedToOpener(k, e, start);
        // (nor, for "the group", a name inside the sentence that only says whose a plural of people are: "The super PAC,
        // backed by Republican Senate leaders, spent …. The group said" is no "Republican Senate")
        if (backersOf(k, e)) {
          k = e;
          continue;
        }
        // ("Eastbay City sacked …. The club said": a team named for its city)
        const team = TEAM_HEADS.test(head) && e > k && tokens[e]!.lower === 'city' && opens && !isOrdinaryCapital(this.doc.nameCtx, k);
        // (for "the company" or "the firm", not a place, a public body or another kind of body: "Dunmore County lost 300
        // jobs", "Lorne Harbour has seen three closures", "the Communications Workers Union reached a deal" name no company)
        // (nor, for "the group", a public body or a place: "Halifax Regional Council", "Point Pleasant Park")
        const business =
          (!/^(company|firm)$/.test(head) || !notCompanyWord(tokens[e]!.lower)) &&
          !(head === 'group' && notAGroup(withoutInvisible(this.doc.text.slice(tokens[k]!.start, tokens[e]!.end))));
        // (a name whose shares are traded is a company's: "Shares of Northwind Telecom fell …", "Valmont's share price";
        // after its description, "Shares in British drugmaker Halvern Therapeutics fell …")
        const d = describedBy(tokens, k);
        const traded =
          /^(company|firm)$/.test(head) &&
          ((/^(of|in)$/.test(tokens[k - d - 1]?.lower ?? '') && /^(shares|stock)$/.test(tokens[k - d - 2]?.lower ?? '')) ||
            (tokens[e + 1]?.key === "'s" && /^(shares|stock|share|shareholders)$/.test(tokens[e + 2]?.lower ?? '')));
        // (or a word of its kind: "the Willet Lake First Nation has filed a lawsuit. … the band said")
        // (a union's local, its number after it: "United Steelworkers Local 7812", "Unifor Local 444", for "the union")
        const local =
          /^(union|local)$/.test(head) &&
          e > k &&
          tokens[e]!.lower === 'local' &&
          e + 1 <= end &&
          /^[0-9]{1,5}[A-Z]?$/.test(tokens[e + 1]?.raw ?? '') &&
          tokens[e + 1]!.start === tokens[e]!.end + 1;
        if (local) {
          e++;
          suffixAt = -1;
          // (past its members opening the sentence: "Members of Paperworkers Local 88 …")
          if (k === start && tokens[k + 1]!.lower === 'of' && pluralHead(t.lower) && !ORG_HEADS.has(t.lower)) k += 2;
        }
        const ofKind =
          local ||
          (suffixAt >= 0 &&
            ((!!ORG_KINDS.get(head)?.words.has(tokens[suffixAt]!.lower) &&
              // (a "Review" only where it publishes, see publishesPapers: not "The Spending Review was released")
              (tokens[suffixAt]!.lower !== 'review' || publishesPapers(tokens, k, e))) ||
              (head === 'union' && unionShaped(tokens, k, e))));
        // (a thoroughfare or a body of water or land is where things happen, never what speaks: "after a break on Ninth
        // Avenue, and it says …", "near Pine Lake, the agency said")
        const ground = suffixAt === e && GROUND_ENDS.test(tokens[e]!.lower);
        // (a name's last word alone opening the sentence is a common noun's capital, for "the company": "Services were
        // restored by noon, the company said" names no company "Services")
        const loneSuffix = generic && e === k && suffixAt === k && this.doc.nameCtx.initial[k] === 1;
        // (fields of government before a country's name, for "the department" or "the agency", in the sentence that says
        // so: "Environment and Climate Change Canada forecasts …, the department said"; further back, see orgOfKind)
        const fieldFrom = s === s0 && (head === 'agency' || head === 'department') ? this.startBeforeAnd(k) : k;
        const field =
          fieldFrom < k &&
          fieldOfCountry(
            tokens
              .slice(fieldFrom, e + 1)
              .filter((w) => w.word)
              .map((w) => w.lower),
          );
        const known =
          ((suffixAt >= 0 && !ground && !loneSuffix && (generic || tokens[suffixAt]!.lower === head || ofKind)) ||
            local ||
            team ||
            traded ||
            field) &&
          business;
        // "Northwind Telecom cut …": a sentence opening with a capitalised name that is no person, for "the company"
        // (for "it", the name that opens the sentence just before, since the last speaker: "Northstar disputed the union's
        // account. It said …")
        const subjectName =
          generic &&
          (!pronoun || since !== undefined || (s === s0 - 1 && k === start)) &&
          opens &&
          !isOrdinaryCapital(this.doc.nameCtx, k) &&
          !(t.cap === 2 && t.raw.length > 5) &&
          (e > k || (!SPEAKER_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower) && !PEOPLE_PLURALS.test(t.lower))) &&
          // (nor an adverb opening the sentence: "Separately, a maker of farm equipment said …")
          !(e === k && /ly$/.test(t.lower) && tokens[k + 1]?.raw === ',') &&
          !this.doc.people.endAt.has(e) &&
          // (nor a property its sentence says a company runs: "Harbourview is run by Evergreen Senior Living. … the company
          // said" is the operator's)
          !ownedByAt(tokens, e + 1) &&
          // (nor one word opening a sentence that the article writes nowhere else, as likely a noun as a name: "Output will
          // fall 8 per cent this year, the company said", "Revenue rose …", no company "Output")
          // (unless its verb acts on people or a group, as only a body or a person does: "Microsoft met analysts")
          !(e === k && this.doc.nameCtx.initial[k] === 1 && this.wordCount(t.lower) === 1 && !this.actsOnPeople(k)) &&
          // (nor a trade's gerund alone opening a sentence, the trade itself: "Refining margins improved" after "Ashgrove
          // Refining" is no company "Refining")
          !(e === k && this.doc.nameCtx.initial[k] === 1 && TRADE_GERUNDS.test(t.lower)) &&
          // (nor one word the article writes as a place elsewhere: "Windsor battery plant delays hiring / … a plant in
          // Windsor …, the company confirmed" is no company "Windsor")
          !(e === k && this.placeWord(t.raw)) &&
          !(e === k && pluralNounOpener(tokens, k, start)) &&
          // (nor, for "it", a plural noun the article capitalises only where it opens a sentence: "Shares slide after profit
          // warning / Shares in Northgate fell after it warned …" is no "Shares")
          !(pronoun && e === k && pluralOnlyOpening(this.doc, k)) &&
          business;
        // (a people is no organisation: "signed agreements with all 20 elected First Nations councils")
        const people = peoplesName(
          tokens
            .slice(k, e + 1)
            .map((x) => x.raw)
            .join(' '),
        );
        // (the operator a property's sentence names after its passive: "Harbourview is run by Evergreen Senior Living")
        const operator =
          generic && !pronoun && e > k && k >= start + 4 && ownedByAt(tokens, k - 3) && !this.doc.people.endAt.has(e) && business;
        if ((known || subjectName || operator) && !(e === k && TITLES.has(t.lower)) && !people) {
          // (a saint's name before it is part of it: "St. Brigid's Hospital")
          const saint = tokens[k - 1]?.key === "'s" && tokens[k - 3]?.raw === '.' && /^(st|ste)$/.test(tokens[k - 4]?.lower ?? '');
          // (or words before "and": "The Fish and Wildlife Service said", for a kind of organisation, or for the noun the
          // name ends with: "The Food and Drink Federation said …. A spokesman for the federation said")
          const andName = (ORG_KINDS.has(head) && !ORG_HEADS.has(head)) || (e > k && tokens[e]!.lower === head);
          const from = saint && tokens[k - 2]!.cap > 0 ? k - 4 : andName ? this.startBeforeAnd(k) : field ? fieldFrom : k;
          best = this.orgNameRef(from, e, para) ?? this.orgRef(from, e, suffixAt >= 0 ? tokens[suffixAt]!.lower : head, para);
          if (found++ === 0 && (this.opensAt(k, start) || k === lead)) first = best;
        }
        k = e;
      }
      // (two organisations around quoted words: "The Trayvon Martin Foundation did not want to address “that
      // person,” telling Fox 35 …" could be either)
      // (two teams in one sentence, "The Granite Falcons beat the Lakeport Blue Jays", leave "the team" open)
      // (nor two of a kind named by their names, "Riverside Hospital and St. Anne's Hospital", for "the hospital")
      const kind = ORG_KINDS.has(head) && !ORG_HEADS.has(head);
      // of two companies in one sentence, the one it opens with is meant when the words are its own ("Halvern Software
      // has signed a deal to supply Castor Logistics Corp., the company said") or when it spoke there ("Halvern Software
      // said it would supply Castor Logistics Corp. The company said …"), not the one named inside its clause
      if (first && best && !sameRef(first, best) && generic && !pronoun && !fragment) {
        const own = s === s0 && tokens[before - 1]?.raw === ',';
        const spoke = s !== s0 && this.history.some((h) => h.sent === s && sameRef(h.ref, first!));
        if (own || spoke) return first;
      }
      if (best) return (fragment || kind || TEAM_HEADS.test(head)) && found > 1 ? null : best;
      // (a name that opens with no given name is the organisation: "Brightline Robotics said it would cut 400 jobs.
      // The company said …"; "Jordan Pike" may be a person, and leaves it open, as does "it", which may be a thing)
      if (opener !== undefined) {
        const p = this.doc.people.people[opener]!;
        // (but "it" after the document its owner published is that owner: see `since`)
        return (pronoun && since === undefined) || isGivenName(p.name.split(/\s+/)[0]!) ? null : this.refFor(personKey(opener), para);
      }
    }
    return null;
  }

  /**
   * The one who issued the document "the statement" (or "the letter", "the memo") at token `before` stands for: the
   * named person or organisation opening the sentence, this one or one of the two before it and in its paragraph or the
   * one before, that brought it in with "a"/"an" after "in" or a verb of issuing ("Premier Ada Vik said in a statement
   * that …", "Northwind Telecom released a statement"), with no other document of the kind between, or the unnamed body
   * that spoke in that sentence ("The city said in a statement that …"). Not a joint one, nor one of two documents.
   */
  private documentAuthor(head: string, before: number, para: number): Ref | null {
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[before];
    if (s0 === undefined) return null;
    const from = sents.starts[Math.max(0, s0 - 2)]!;
    for (let k = before - 1; k >= from; k--) {
      const t = tokens[k]!;
      if (t.para < para - 1) return null;
      if (this.doc.quoted[k] || t.lower !== head) continue;
      let d = k - 1;
      // (or the kind of release: "said in a news release", "in a press release")
      if (
        /^(brief|short|written|lengthy|long|separate|prepared|formal|new|terse|later|emailed|e-mailed|news|press)$/.test(
          tokens[d]?.lower ?? '',
        )
      )
        d--;
      if (!/^(a|an)$/.test(tokens[d]?.lower ?? '')) return null;
      const by = tokens[d - 1]?.lower ?? '';
      // "According to a statement from the Halvorsen Police Service, 14 people were arrested. … Officers found no weapons,
      // the statement said": the one source that sentence's "according to" gave
      if (by === 'to' && tokens[d - 2]?.lower === 'according' && tokens[k + 1]?.lower === 'from') {
        const spoke = this.history.filter((x) => x.sent === sents.sent[k]);
        const source = spoke[0]?.ref;
        return source && (source.key || source.desc) && spoke.every((x) => sameRef(x.ref, source)) ? source : null;
      }
      if (by !== 'in' && !/^(released|issued|sent|posted|published|wrote|put|shared|distributed)$/.test(by)) return null;
      // (not when another document of the kind came before it: "The city said in a statement …. The ministry said in a
      // separate statement …. “…,” the statement said" may be either's)
      for (let j = k - 1; j >= from; j--)
        if (tokens[j]!.lower === head && !this.doc.quoted[j] && /^(a|an|separate|second|another)$/.test(tokens[j - 1]?.lower ?? ''))
          return null;
      // (past a dateline: "TORONTO — Premier Ada Vik said in a statement …")
      let start = sents.starts[sents.sent[k]!]!;
      // the document in the sentence's opening phrase, its author the subject after it: "In an emailed statement,
      // Quarryside Residential said …", "In a statement issued Tuesday, Achebe said …"
      if (d - 1 === start && tokens[start]!.cap === 1) {
        const end = (sents.starts[sents.sent[k]! + 1] ?? tokens.length) - 1;
        const ref = this.subjectOf(start, end, t.para, true);
        if (ref && ref.key) return ref;
        // (or the one who spoke in that sentence through a description: "In a written statement, the company said …" after
        // "Ridgeline did not respond …", then "“…,” the statement said" is the company's)
        const spoke = this.history.find((x) => x.sent === sents.sent[k]);
        return spoke ? final(spoke.ref) : null;
      }
      let e = start;
      while (e < k && (tokens[e]!.cap === 2 || /^[,.()]$/.test(tokens[e]!.raw))) e++;
      if (e > start && e < k && /^[—–-]+$/.test(tokens[e]!.raw)) start = e + 1;
      // (past a clause of its own the sentence opens with, its subject the one that brought the document in: "Whitfield's
      // wife, Tonya, did not speak at the vigil, but the family released a statement …" is no statement of Tonya's), a
      // subject standing between it and the verb of issuing (not the opening subject's second verb: "Olga Brandvold
      // declined to be interviewed, but released a statement", nor "Vik, yet to speak publicly, issued a statement")
      const verb = by === 'in' ? d - 2 : d - 1;
      for (let j = d - 2; j > start; j--)
        if ((tokens[j]!.raw === ',' && /^(but|yet)$/.test(tokens[j + 1]!.lower)) || tokens[j]!.raw === ';') {
          const after = tokens[j]!.raw === ';' ? j + 1 : j + 2;
          if (after < verb && tokens[after]!.lower !== 'to') start = after;
          break;
        }
      // the one who spoke in the sentence the phrase opens: "In a letter to parents, Holloway said …. “…,” the letter
      // reads" is Holloway's
      if (by === 'in') {
        if (d - 1 === start) {
          const spoke = this.history.find((x) => x.sent === sents.sent[k] && x.ref.key);
          return spoke ? spoke.ref : null;
        }
        // the one whose frame, after the words it reports, the phrase closes: "The diocese will close the church, Bishop
        // Ana Kravec announced Sunday in a letter read from every pulpit. “…,” the letter said" is the bishop's, not the
        // diocese's (the subject of the reported clause)
        const framed = this.history.find(
          (x) => x.sent === sents.sent[k] && x.ref.key && x.c && x.c.verbLast < d - 1 && x.c.verbLast >= d - 4 && x.c.first > start,
        );
        if (framed) return framed.ref;
      }
      // (not the possessor of a noun of no role: "Raman's publisher, Lakeview Press, said in a statement …" is not Raman's)
      const ref = this.subjectOf(start, k, t.para, true);
      if (ref && ref.key) return ref;
      // (or the speaker of the verb right before "in a …", past a relative clause on the subject: "The Chicago Hotel
      // Association, which bargains for 12 hotels, said in a statement that …. “…,” the statement said" is the association's)
      if (by === 'in') {
        const own = this.history.find((x) => x.sent === sents.sent[k] && x.c && x.c.verbLast === d - 2 && !x.c.inverted);
        if (own && (own.ref.key || own.ref.desc)) return own.ref;
      }
      // an unnamed body of a kind that spoke in the sentence bringing the document in: "The city said in a statement that
      // crews …. “…,” the statement said" is the city's (the one speaker there, the description opening the sentence)
      const words = verb - start - 1;
      if (
        tokens[start]!.raw !== 'The' ||
        words < 1 ||
        words > 4 ||
        tokens.slice(start + 1, verb).some((w, i) => !w.word || this.doc.quoted[start + 1 + i]) ||
        (by === 'in' && !/^(said|says|added|announced|confirmed|noted|wrote)$/.test(tokens[verb]?.lower ?? ''))
      )
        return null;
      const spoke = this.history.filter((x) => x.sent === sents.sent[k]);
      const body = spoke[0]?.ref;
      if (!body || spoke.some((x) => !sameRef(x.ref, body))) return null;
      const text = this.doc.text.slice(tokens[start]!.start, tokens[verb - 1]!.end).toLowerCase();
      return body.key || body.desc?.text.toLowerCase() === text ? body : null;
    }
    return null;
  }

  /**
   * For a sentence `s` holding a quotation: 'frame' when an officer described with a capitalised name speaks it ("“…,” a
   * Severnside Water spokesman said."), 'going-on' when it is wholly quoted, with no speaker of its own, and the sentence
   * before it in its paragraph is such a frame's ("“…,” a Severnside Water spokesman said. “Our teams are …”"), else null.
   */
  private namedOfficerQuoted(s: number): 'frame' | 'going-on' | null {
    const { tokens, sents, quoted } = this.doc;
    const officer = (x: number): boolean => {
      const hs = this.history.filter((h) => h.sent === x);
      const r = hs[0]?.ref;
      return (
        hs.length > 0 &&
        hs.every((h) => sameRef(h.ref, r!)) &&
        !!r?.desc &&
        !r.key &&
        OFFICER_ROLES.test(r.desc.head) &&
        /^(a|an|the)\s+(\p{Lu}\S*\s+)+\S+$/u.test(r.desc.text)
      );
    };
    if (officer(s)) return 'frame';
    const start = sents.starts[s]!;
    const end = (sents.starts[s + 1] ?? tokens.length) - 1;
    for (let k = start; k <= end; k++) if (tokens[k]!.word && !quoted[k]) return null;
    if (this.history.some((h) => h.sent === s) || s === 0 || tokens[sents.starts[s - 1]!]!.para !== tokens[start]!.para) return null;
    return officer(s - 1) ? 'going-on' : null;
  }

  /**
   * Whether sentence `s` holds a quotation of a named person by an officer's role of an organisation (CEO, president,
   * spokesperson…) and names nothing else outside its quotation marks: "“…,” said CEO Ana Roe."
   */
  private officerQuoted(s: number): boolean {
    const { tokens, sents, quoted } = this.doc;
    // (a sentence wholly quoted that goes on with the words of the sentence before it in its paragraph is that one's:
    // "“This was a difficult quarter,” chief executive Marguerite Olunde told analysts. “We priced too aggressively.”")
    const from = sents.starts[s]!;
    const to = sents.starts[s + 1] ?? tokens.length;
    let whole = s > 0 && tokens[sents.starts[s - 1]!]!.para === tokens[from]!.para;
    for (let k = from; k < to && whole; k++) whole = !tokens[k]!.word || !!quoted[k];
    if (whole) {
      const before = this.history.findLast((x) => x.sent === s - 1);
      if (before && this.history.every((x) => x.sent !== s || sameRef(x.ref, before.ref))) return this.officerQuoted(s - 1);
    }
    const h = this.history.findLast((x) => x.sent === s);
    if (!h?.ref.key || keyType(this.doc, h.ref.key) !== 'person' || this.history.some((x) => x.sent === s && !sameRef(x.ref, h.ref)))
      return false;
    const start = sents.starts[s]!;
    const end = sents.starts[s + 1] ?? tokens.length;
    let officer = false;
    for (let k = start; k < end; k++) {
      const t = tokens[k]!;
      if (quoted[k] || !t.word) continue;
      const who = this.personAt(k);
      if (who && keyType(this.doc, who.key) === 'person') k = who.last;
      else if (OFFICER_ROLES.test(t.lower)) officer = true;
      else if (t.cap > 0 && k !== start && !TITLES.has(t.lower)) return false;
    }
    return officer;
  }

  /** Whether a name at token `k` opens the sentence from `start`, after "The" or a dateline's dash. */
  private opensAt(k: number, start: number): boolean {
    const { tokens } = this.doc;
    return k === start || (k === start + 1 && tokens[start]!.lower === 'the') || /^[—–-]$/.test(tokens[k - 1]?.raw ?? '');
  }

  /** The organisation the capitalised name from token `k` to `e` stands for, with `head` (see orgBefore). */
  private orgRef(k: number, e: number, head: string, para: number): Ref {
    const { tokens } = this.doc;
    // "the Ministry of Labour", "the State Department": the article's "the" kept, in lower case
    const from = tokens[k - 1]?.lower === 'the' && tokens[k - 1]!.para === tokens[k]!.para ? k - 1 : k;
    const raw = withoutInvisible(this.doc.text.slice(tokens[from]!.start, tokens[e]!.end));
    const text = /^(The|His|Her|Their|Its)\s/.test(raw) ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw;
    let r = this.orgRefs.get(text.toLowerCase()) ?? this.namedBefore(text);
    if (!r) {
      // its head is the organisation word, so that a later "the ministry" finds it among the speakers met
      r = { key: null, desc: { text, definite: true, head, group: true, gender: null }, bound: null, para };
      this.orgRefs.set(text.toLowerCase(), r);
    }
    return r;
  }

  /**
   * The one organisation named before token `before`, outside quotation marks and in its paragraph or the three
   * before it, whose capitalised name holds organisation word `head` after another capitalised word: "the Canadian
   * Postal Workers Union (CPWU)" in the lede, a quotation, then "The union said …". Null when none or two are.
   */
  private orgNamedWith(before: number, head: string, para: number): Ref | null {
    const { tokens } = this.doc;
    let found: [number, number] | null = null;
    for (let k = before - 1; k > 0 && tokens[k]!.para >= tokens[before]!.para - 3; k--) {
      const t = tokens[k]!;
      if (this.doc.quoted[k] || t.cap === 0 || t.lower !== head || !tokens[k - 1]!.word || tokens[k - 1]!.cap === 0) continue;
      // the capitalised run around it, with "of" or "for" inside: "Union of Postal Workers"
      // (a name opening its paragraph keeps its first word, "Amalgamated Transit Union Local 1402 president …", not a
      // small word that opens it: "The Reserve Bank of …")
      const joins = (x: number): boolean =>
        !tokens[x + 1]!.gap && !(tokens[x]!.gap && OPENING_SMALL_WORDS.test(tokens[x]!.lower)) && !this.doc.people.endAt.has(x);
      let a = k;
      while (a > 0 && tokens[a - 1]!.word && tokens[a - 1]!.cap > 0 && joins(a - 1)) a--;
      let e = k;
      while (tokens[e + 1]?.word && !tokens[e + 1]!.gap) {
        if (tokens[e + 1]!.cap > 0) e++;
        // (a union local's number ends its name: "Amalgamated Transit Union Local 1402")
        else if (tokens[e]!.lower === 'local' && tokens[e]!.cap > 0 && /^[0-9]{1,5}[A-Z]?$/.test(tokens[e + 1]!.raw)) {
          e++;
          break;
        } else if (/^(of|for)$/.test(tokens[e + 1]!.lower) && tokens[e + 2]?.cap) e += 2;
        // (and a second portfolio: "the Ministry of Colleges and Universities")
        else if (this.portfolioGoesOn(a, e, tokens.length - 1)) e += 2;
        else break;
      }
      // (not a headline in title case: "CNN Disputes Characterization Of Network's Reporting")
      if ((a === k && e === k) || tokens.slice(a, e + 1).some((w) => w.cap > 0 && /^(of|for|and|the|to|in|on|at)$/.test(w.lower))) continue;
      // (nor the firm of an analyst or an economist who comments from outside: "Ada Vik, chief economist at Landfall Bank,
      // said …" names no bank a later "the bank" is; nor a scholar's place: "Dr. Ana Sousa, an electrochemist at Eastfield
      // University" leaves "the university" to the one the story is about, see orgOfKind)
      if (this.outsidersPlace(a, e)) {
        k = a;
        continue;
      }
      const text = (x: [number, number]): string => this.doc.text.slice(tokens[x[0]]!.start, tokens[x[1]]!.end).toLowerCase();
      if (found && text(found) !== text([a, e])) return null;
      found = [a, e];
      k = a;
    }
    if (!found) return null;
    // (the organisation the names read whole, its run broken by a possessive: "the Alzheimer's Advocacy Network")
    const whole = this.doc.people.endAt.get(found[1]);
    const p = whole === undefined ? undefined : this.doc.people.people[whole];
    if (p?.type === 'organization' && p.mentions.some((m) => m.last === found[1] && m.first < found[0]))
      return this.refFor(personKey(whole!), para);
    return this.orgRef(found[0], found[1], head, para);
  }

  /**
   * The one organisation named in the three paragraphs before token `before` with `head` for its kind in apposition:
   * "Unifor, the union representing 4,200 workers, said …" for a later "the union" (a capitalised name, a comma, "the"
   * or "a" and the noun, at most one word between); null when none or two differ.
   */
  private orgApposedAs(before: number, head: string, para: number): Ref | null {
    const { tokens } = this.doc;
    const text = (x: [number, number]): string => this.doc.text.slice(tokens[x[0]]!.start, tokens[x[1]]!.end).toLowerCase();
    let found: [number, number] | null = null;
    for (let k = before - 1; k > 3 && tokens[k]!.para >= tokens[before]!.para - 3; k--) {
      const t = tokens[k]!;
      // the last word of the name told of
      let e: number;
      // (a union told by whom it represents: "Tradeswork, which represents 4,200 workers, said …")
      const represents =
        head === 'union' &&
        t.word &&
        /^represents$/.test(t.lower) &&
        /^(which|that)$/.test(tokens[k - 1]?.lower ?? '') &&
        tokens[k - 2]?.raw === ',' &&
        !!tokens[k - 3]?.word &&
        tokens[k - 3]!.cap > 0 &&
        tokens.slice(k + 1, k + 8).some((w) => w.word && /^(workers|members|employees|nurses|teachers|drivers|staff)$/.test(w.lower));
      if (represents) e = k - 3;
      else {
        if (this.doc.quoted[k] || !t.word || t.cap !== 0 || t.lower !== head) continue;
        const d = /^(the|a|an)$/.test(tokens[k - 1]!.lower)
          ? k - 1
          : /^(the|a|an)$/.test(tokens[k - 2]!.lower) && tokens[k - 1]!.cap === 0
            ? k - 2
            : -1;
        if (d < 0 || tokens[d - 1]?.raw !== ',' || !tokens[d - 2]?.word || tokens[d - 2]!.cap === 0) continue;
        // (an apposition, its noun going on with a phrase or a participle: not the frame "…, the union said", "…, the
        // union has warned")
        const after = tokens[k + 1];
        if (
          !after ||
          !(
            after.raw === ',' ||
            (after.word &&
              after.cap === 0 &&
              /^(representing|which|that|for|of|at|in|with|whose|behind|formed|founded|based)$/.test(after.lower))
          )
        )
          continue;
        e = d - 2;
      }
      // (no day or month: "as the Herald reported on Tuesday, the union has …")
      if (DAYS_MONTHS.has(tokens[e]!.lower)) continue;
      let a = e;
      while (a > 0 && tokens[a - 1]!.word && tokens[a - 1]!.cap > 0 && !tokens[a]!.gap && e - a < 5) a--;
      // (no person: "Ana Vale, the union's lawyer")
      if (this.personHere(a) || this.doc.quoted[a]) continue;
      if (found && text(found) !== text([a, e])) return null;
      found = [a, e];
      k = a;
    }
    if (!found) return null;
    const whole = this.doc.people.endAt.get(found[1]);
    if (whole !== undefined && this.doc.people.people[whole]!.type === 'organization') return this.refFor(personKey(whole), para);
    return this.orgRef(found[0], found[1], head, para);
  }

  /**
   * Whether a ministry's or a department's name from `k` goes on from `e` over "and" to a second portfolio, a
   * capitalised word at or before `end` that opens no person's name nor a title (see portfolioAnd).
   */
  private portfolioGoesOn(k: number, e: number, end: number): boolean {
    const { tokens } = this.doc;
    const n = tokens[e + 2];
    return (
      e + 2 <= end && portfolioAnd(tokens, k, e) && !!n?.word && n.cap > 0 && !n.gap && !this.personHere(e + 2) && !TITLES.has(n.lower)
    );
  }

  /** Whether a person (not an organisation) is named from token `x`. */
  private personHere(x: number): boolean {
    const who = this.personAt(x);
    return who !== null && keyType(this.doc, who.key) === 'person';
  }

  /**
   * The first token of an organisation's name whose capitalised words from `a` follow "and" after capitalised words
   * that say no kind of organisation and name no one: "the Fish and Wildlife Service" from "Wildlife"; `a` otherwise
   * ("Maple Air and Talon Air" are two).
   */
  private startBeforeAnd(a: number): number {
    const { tokens, quoted } = this.doc;
    if (tokens[a - 1]?.lower !== 'and' || !tokens[a - 2]?.word || tokens[a - 2]!.cap === 0 || quoted[a - 2]) return a;
    let b = a - 2;
    while (b > 0 && tokens[b - 1]!.word && tokens[b - 1]!.cap > 0 && !OPENING_SMALL_WORDS.test(tokens[b - 1]!.lower)) b--;
    for (let x = b; x < a - 1; x++)
      if (KIND_WORDS.has(tokens[x]!.lower) || ORG_SUFFIXES.has(tokens[x]!.lower) || this.personHere(x)) return a;
    // (and over fields of government listed before it with commas: "Immigration, Refugees and Citizenship Canada")
    while (
      b > 1 &&
      tokens[b - 1]!.raw === ',' &&
      tokens[b - 2]!.word &&
      tokens[b - 2]!.cap > 0 &&
      PUBLIC_FIELDS.test(tokens[b - 2]!.lower) &&
      PUBLIC_FIELDS.test(tokens[b]!.lower) &&
      !quoted[b - 2] &&
      !(tokens[b - 3]?.word && tokens[b - 3]!.cap > 0)
    )
      b -= 2;
    return b;
  }

  /**
   * The one organisation the article names before token `before`, outside quotation marks, as of the kind `head` (an
   * ORG_KINDS noun): by a word of its name ("Maple Air" for "the airline", "Riverside Hospital" for "the hospital"), by
   * an apposition ("Talon Air, the regional carrier,") or by the noun before it ("broadcaster Northline TV"). Null when
   * none or two are: "Maple Air and Talon Air cancelled flights. The airline said …" may be either.
   */
  private orgOfKind(before: number, head: string, para: number, nameFits?: (name: string) => boolean, scholars = false): Ref | null {
    const kind = ORG_KINDS.get(head);
    if (!kind) return null;
    const { tokens, quoted } = this.doc;
    let scholarsPassed = false;
    let found: [number, number] | null = null;
    let foundText = '';
    // (of two names of the kind, the one named last, alone in the sentences since the other: "Hydro One said … Hydro
    // Ottawa reported 38,000 outages. “…,” the utility said" is Hydro Ottawa)
    let foundLast = -1;
    let other: { found: [number, number]; text: string; last: number } | null = null;
    for (let k = 0; k < before; k++) {
      const t = tokens[k]!;
      if (quoted[k] || !t.word || t.cap === 0) continue;
      // the capitalised run from k, with "of" or "for" inside: "University of Westbrook", "Bank of Lorne"
      let e = k;
      // (and over a possessive or a saint's abbreviation: "St. Anne's Hospital")
      const capital = (x: number): boolean => x < before && tokens[x]!.word && tokens[x]!.cap > 0 && !quoted[x];
      while (e + 1 < before && !quoted[e + 1]) {
        const n = tokens[e + 1]!;
        // (over a plural's apostrophe: "the Marrow Valley Teachers' Federation", "Westbrook Nurses' Union")
        if (pluralPossessive(tokens, e + 1) && capital(e + 2)) {
          e += 2;
          continue;
        }
        // (over a hyphen set tight inside a word of the name: "Maritime Electric Co-operative", "Rive-Sud Transit")
        if (tightHyphen(tokens, e + 1) && e + 2 < before && tokens[e + 2]!.word && !quoted[e + 2]) {
          e += 2;
          continue;
        }
        // (over portfolios listed after its "of": "the Ministry of Water, Land and Resource Stewardship")
        const listed = portfoliosAfter(tokens, e, before);
        if (listed > e && !quoted[listed]) {
          e = listed;
          continue;
        }
        if (n.gap) break;
        // (a flight's number ends the airline's name: "SkyVista Airlines Flight 612")
        if (n.lower === 'flight' && /^[0-9]/.test(tokens[e + 2]?.raw ?? '')) break;
        if (n.word && n.cap > 0) e++;
        else if (n.word && /^(of|for)$/.test(n.lower) && capital(e + 2)) e += 2;
        else if ((n.key === "'s" || (n.raw === '.' && /^(st|ste|mt)$/.test(tokens[e]!.lower))) && capital(e + 2)) e += 2;
        // (over a second portfolio after "and": "the Ministry of Colleges and Universities", "the Department of
        // Fisheries and Oceans")
        else if (this.portfolioGoesOn(k, e, before - 1) && !quoted[e + 2]) e += 2;
        else break;
      }
      // (past the small word opening a sentence: "At Riverside Hospital, …", "The Westbrook Police Service said")
      let a = k;
      while (a < e && OPENING_SMALL_WORDS.test(tokens[a]!.lower)) a++;
      // (a plural noun opening the sentence, or its dateline's dash, before "of" is no part of the name, as in orgBefore:
      // "Shares of Northwind Aviation fell …. The airline said" is Northwind Aviation's)
      if (a + 2 <= e && (this.doc.nameCtx.initial[a] === 1 || /^[—–-]$/.test(tokens[a - 1]?.raw ?? '')) && pluralBeforeOf(tokens, a))
        a += 2;
      k = e;
      // (an all-caps word opens no name, a dateline's place or a headline's, unless it is a short initialism before a
      // capitalised word: "BC Hydro", "CN Rail", "TD Bank")
      if (a > e || (tokens[a]!.cap === 2 && !(a < e && tokens[a]!.raw.length <= 3 && tokens[a + 1]!.cap === 1))) continue;
      a = this.startBeforeAnd(a);
      // (no person's name: "Dr. Lena Power")
      // (a union's name read as a person's is the union's: "the Dunmore Stagehands Guild", "Westbrook Nurses' Association")
      let person = false;
      for (let x = a; x <= e && !person && !(head === 'union' && unionShaped(tokens, a, e)); x++) person = this.personHere(x);
      // (but two words, no given name first and a word of the kind last, name the body a person's reading took: "Northgate
      // Power … the utility said", not "Ana Power")
      // (or a hyphenated word and one of the kind: "North-East Power")
      if (
        person &&
        (e === a + 1 || (e === a + 3 && tightHyphen(tokens, a + 1))) &&
        ORG_KINDS.get(head)?.words.has(tokens[e]!.lower) &&
        !isGivenName(tokens[a]!.raw)
      )
        person = false;
      // (nor a people's: "A First Nation in the Holt Valley says")
      if (
        person ||
        peoplesName(
          tokens
            .slice(a, e + 1)
            .map((w) => w.raw)
            .join(' '),
        )
      )
        continue;
      // its kind: the last word saying one before "of" or "for", a company's legal words passed over
      let kindWord: string | null = null;
      for (let x = a; x <= e && !/^(of|for)$/.test(tokens[x]!.lower); x++) {
        const w = tokens[x]!.lower;
        // ("Rail" says a railway only as the name's last word: "Transcanada Rail", not "Teamsters Canada Rail Conference")
        if (w === 'rail' && x < e) continue;
        if ((KIND_WORDS.has(w) || ORG_SUFFIXES.has(w)) && !LEGAL_WORDS.test(w)) kindWord = w;
      }
      if (kindWord === null)
        for (let x = a; x <= e; x++)
          if (KIND_WORDS.has(tokens[x]!.lower) || ORG_SUFFIXES.has(tokens[x]!.lower)) kindWord = tokens[x]!.lower;
      // by its name, of two words or more ("Hospital officials said" names none)
      // (a police service or department is "the force" too)
      const police = head === 'force' && tokens.slice(a, e + 1).some((w) => w.lower === 'police');
      let fits = e > a && kindWord !== null && (kind.words.has(kindWord) || police);
      // (a "Review" is a journal only where it publishes or withdraws a paper: "The Westbrook Cardiology Review has
      // withdrawn a study", not "The Spending Review was released" nor "the Cass Review found")
      if (fits && kindWord === 'review' && !publishesPapers(tokens, a, e)) fits = false;
      // ("Services" last leaves the kind to a word before it: "Western Isles Ferry Services" is an operator)
      if (!fits && e > a && kindWord === 'services' && tokens[e]!.lower === 'services')
        fits = tokens.slice(a, e).some((w) => kind.words.has(w.lower));
      // ("Co-operative" last, written with its hyphen, is a co-operative: "Maritime Electric Co-operative … the co-op said")
      if (!fits && e > a + 2 && tokens[e]!.lower === 'operative' && tightHyphen(tokens, e - 1) && tokens[e - 2]!.lower === 'co')
        fits = kind.words.has('cooperative');
      // (a union by a name of its members: "the Air Line Pilots Association", "the Public Service Alliance of Canada",
      // "the Writers Guild"; not "the Canadian Medical Association" nor the "Alliance of … Producers")
      if (!fits && head === 'union') fits = unionShaped(tokens, a, e);
      // (or, for a narrower kind, by the shape of the whole name: "the central bank" is the Bank of Canada)
      if (nameFits) fits = nameFits(withoutInvisible(this.doc.text.slice(tokens[a]!.start, tokens[e]!.end)));
      // (a field of government before a country's name is an agency or a department: "Statistics Canada said …. Prices
      // rose, the agency said")
      else if (!fits && (head === 'agency' || head === 'department')) fits = fieldOfCountry(tokens.slice(a, e + 1).map((w) => w.lower));
      // or by the noun before it ("the Calgary-based airline Talon Air") or an apposition after it ("Talon Air, the
      // regional carrier,", "Corbel, Canada's largest retailer,")
      const prev = tokens[a - 1];
      if (prev?.word && prev.cap === 0 && kind.heads.has(prev.lower)) fits = true;
      // (or an apposition before it, closed after it: "The developer, Halvorsen Urban Developments Inc., said", "the
      // contractor, Brennick Construction Ltd.,")
      const apposed = tokens[a - 2];
      if (
        !fits &&
        prev?.raw === ',' &&
        apposed?.word &&
        apposed.cap === 0 &&
        kind.heads.has(apposed.lower) &&
        (/^(the|a|an|its|their)$/.test(tokens[a - 3]?.lower ?? '') || tokens[a - 3]?.key === "'s") &&
        /^[,;)—–]$/.test(tokens[tokens[e + 1]?.raw === '.' ? e + 2 : e + 1]?.raw ?? '') &&
        // (not the first of a list of names: "released by the department, Bell, Rogers and Telus together …")
        !nameListAfter(this.doc, tokens[e + 1]?.raw === '.' ? e + 3 : e + 2)
      )
        fits = true;
      if (!fits && tokens[e + 1]?.raw === ',') {
        let j = e + 2;
        if (/^(the|a|an)$/.test(tokens[j]?.lower ?? '')) j++;
        else if (tokens[j]?.cap && tokens[j + 1]?.key === "'s") j += 2;
        else j = -1;
        for (let n = 0; j > 0 && n < 5 && tokens[j] && !quoted[j]; n++, j++) {
          const w = tokens[j]!;
          if (w.word && w.cap === 0 && kind.heads.has(w.lower)) {
            // (closed: "EgyptAir, the airline said" is the description speaking, no apposition)
            fits = j + 1 < before && /^[,;)—–]$/.test(tokens[j + 1]?.raw ?? '');
            break;
          }
          if (!w.word && !/^[-‐]$/.test(w.raw)) break;
        }
      }
      if (!fits) continue;
      // (a scholar's or an analyst's place, who comments from outside, only when no other of the kind is named: "A
      // Northgate University press release …. “…,” said Dr. Kamal Osei, a rheumatologist at Eastbrook University. The
      // university said …" is Northgate)
      if (!scholars && this.outsidersPlace(a, e)) {
        scholarsPassed = true;
        continue;
      }
      // (one name inside another is the same one, a headline in title case around it: "Maple Air Cancels 200 Flights")
      const text = ` ${withoutInvisible(this.doc.text.slice(tokens[a]!.start, tokens[e]!.end)).toLowerCase()} `;
      if (found && !foundText.includes(text) && !text.includes(foundText)) {
        // a third name, or the earlier one again, leaves it open
        if (other && !other.text.includes(text) && !text.includes(other.text)) return null;
        const prior = other;
        other = { found, text: foundText, last: foundLast };
        found = prior ? prior.found : [a, e];
        foundText = prior ? prior.text : text;
        foundLast = e;
        if (prior) [found, foundText] = text.length < foundText.length ? [[a, e], text] : [found, foundText];
        continue;
      }
      if (!found || text.length < foundText.length) {
        found = [a, e];
        foundText = text;
      }
      foundLast = e;
    }
    if (!found) return scholarsPassed ? this.orgOfKind(before, head, para, nameFits, true) : null;
    if (other) {
      const { sents } = this.doc;
      // the last named in a sentence after the other's last, in this paragraph or the one before
      if (sents.sent[foundLast]! <= sents.sent[other.last]! || tokens[foundLast]!.para < tokens[before]!.para - 1) return null;
    }
    return this.orgNameRef(found[0], found[1], para) ?? this.orgRef(found[0], found[1], head, para);
  }

  /**
   * The company a trade noun that a name must show stands for ("the refiner", "the homebuilder"): one named with the
   * trade's own word ("Halden Refining", "Halloway Homes") or set in apposition to it ("Tate Sugar, the refiner,"); for a
   * refiner an oil company's name only when no refining company is named ("Corvane Petroleum … the refiner said"). None
   * after an indefinite one of the trade ("fell after a refiner cut its orders. The refiner said …" is that refiner),
   * nor for two names joined by "and" ("Carrow Homes and Halloway Homes … The homebuilder said").
   */
  private tradeByName(first: number, head: string, para: number): Ref | null {
    const { tokens, quoted } = this.doc;
    const trade = TRADE_BY_NAME.get(head)!;
    let named = false;
    let apposed = false;
    for (let k = 0; k < first; k++) {
      const t = tokens[k]!;
      if (quoted[k] || !t.word) continue;
      if (t.cap === 0 && t.lower === head && /^(a|an|another|one)$/.test(tokens[k - 1]?.lower ?? '')) return null;
      if (t.cap === 0 && t.lower === head && /^(a|an|another|one)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 1]!.cap === 0)
        return null;
      // (a company's name, the trade's word after another of its words: "Halden Refining", not a headline's "Refiners")
      if (t.cap > 0 && trade.own.test(t.raw) && tokens[k - 1]?.word && tokens[k - 1]!.cap > 0 && !quoted[k - 1]) {
        named = true;
        apposed = false;
      }
      // (a company set in apposition to the trade since is the one meant, by the speakers met: "Halden Refining …. Tate
      // Sugar, the refiner, said …. “…,” the refiner said" is Tate Sugar)
      if (
        t.cap === 0 &&
        t.lower === head &&
        tokens[k - 1]?.lower === 'the' &&
        tokens[k - 2]?.raw === ',' &&
        tokens[k + 1]?.raw === ',' &&
        !!tokens[k - 3]?.word &&
        tokens[k - 3]!.cap > 0
      )
        apposed = true;
    }
    if (apposed) return null;
    // (a name of two words at least, the trade's word not first, one company: "Halden Refining")
    const single = (n: string): boolean => /^\S+\s/.test(n) && !trade.own.test(n.split(/\s+/)[0]!) && !/\s(and|&)\s/.test(n);
    return (
      this.orgOfKind(first, head, para, (n) => single(n) && trade.own.test(n)) ??
      (named || !trade.also ? null : this.orgOfKind(first, head, para, (n) => single(n) && trade.also!.test(n)))
    );
  }

  /**
   * Is the name from `a` to `e` the place of an analyst, or of a scholar who comments from outside the story: in an
   * apposition after an inverted frame ('"…," said Dr. Kamal Osei, a rheumatologist at Eastbrook University') or with
   * "who was not involved"? Not a scholar the story is about: "Prof. Nia Obi, an astronomer at Northfield University,
   * discovered a comet. … The university said …" is Northfield.
   */
  private outsidersPlace(a: number, e: number): boolean {
    const { tokens, quoted, sents } = this.doc;
    const si = sents.sent[a] ?? 0;
    const floor = sents.starts[si] ?? 0;
    if (analystsFirm(tokens, a, e, floor)) return true;
    if (!analystsFirm(tokens, a, e, floor, SCHOLAR)) return false;
    const end = Math.min(tokens.length - 1, (sents.starts[si + 1] ?? tokens.length) - 1);
    for (let k = e + 1; k <= end; k++)
      if (
        tokens[k]!.lower === 'involved' &&
        tokens.slice(Math.max(e + 1, k - 3), k).some((x) => /^(not|never|[a-z]+n['’]t)$/.test(x.lower))
      )
        return true;
    for (let k = floor + 1; k < a; k++) {
      const prev = tokens[k - 1]!;
      if (INVERTED_FRAME_VERBS.test(tokens[k]!.lower) && !quoted[k] && (quoted[k - 1] || /^[,"”'’]$/.test(prev.raw))) return true;
    }
    return false;
  }

  /** How many times the article writes a word, in any case (counted once for all words). */
  private wordCount(lower: string): number {
    if (!this.counts) {
      const counts = new Map<string, number>();
      for (const t of this.doc.tokens) if (t.word) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
      this.counts = counts;
    }
    return this.counts.get(lower) ?? 0;
  }

  private counts: Map<string, number> | null = null;

  /**
   * Whether a capitalised word stands alone after "in" or "near" somewhere in the article, a place where things are
   * ("a plant in Windsor"; not "a stake in Northvolt", "invested in Halvern": an investment's "in" names a company), or
   * opens a paragraph as its dateline, in capitals before a dash or a comma ("OTTAWA — …", "BEIJING, March 3 —": the
   * place "Ottawa", "Beijing").
   */
  private placeWord(raw: string): boolean {
    if (!this.places) {
      const places = new Set<string>();
      const { tokens, quoted } = this.doc;
      for (let k = 1; k < tokens.length; k++) {
        const t = tokens[k]!;
        const prep = tokens[k - 1]!;
        if (t.cap === 2 && prep.para !== t.para && /^[A-Z]{3,}$/.test(t.raw) && /^[,—–-]$/.test(tokens[k + 1]?.raw ?? ''))
          places.add(t.raw[0] + t.lower.slice(1));
        if (!t.word || t.cap !== 1 || quoted[k] || !/^(in|near)$/.test(prep.raw)) continue;
        if (INVESTED_IN.test(tokens[k - 2]?.lower ?? '')) continue;
        const next = tokens[k + 1];
        if (next?.word && next.cap > 0 && !next.gap) continue;
        places.add(t.raw);
      }
      this.places = places;
    }
    return this.places.has(raw);
  }

  private places: Set<string> | null = null;

  /**
   * For a business's trade ("the streamer", "the airline", "the retailer"), the company named just before (as for "the
   * company") when its name says no kind of its own: "Streamvale cancelled the series. “…,” the streamer said" (not
   * "Maple Air", an airline, for "the streamer"; nor a public body or a place).
   */
  private brandBefore(first: number, head: string, para: number, based = false): Ref | null {
    if (!based && !BUSINESS_TRADES.test(head)) return null;
    const r = this.orgBefore(first, 'company', para);
    const name = r?.key ? keyName(this.doc, r.key) : r?.desc?.text;
    if (!r || !name || (r.key && keyType(this.doc, r.key) === 'person' && /\s/.test(name) && isGivenName(name.split(/\s+/)[0]!)))
      return null;
    const words = nameWords(name);
    // (nor a name last written as the modifier of the same noun: "A popular Twitch streamer … / The streamer told viewers
    // …" is a person who streams on Twitch, not Twitch)
    const { tokens } = this.doc;
    const lastWord = words[words.length - 1]!;
    for (let k = first - 1; k >= 0 && first - k <= 600; k--) {
      if (tokens[k]!.cap === 0 || tokens[k]!.lower !== lastWord) continue;
      if (tokens[k + 1]?.lower === head) return null;
      break;
    }
    // (nor a thing's name with a number: "EgyptAir Flight MS804" is a flight)
    return words.some((w) => ((KIND_WORDS.has(w) || ORG_SUFFIXES.has(w)) && !LEGAL_WORDS.test(w)) || /[0-9]/.test(w)) ? null : r;
  }

  /** The organisation the article registered by the name from token `a` to `e`, if it did. */
  private orgNameRef(a: number, e: number, para: number): Ref | null {
    const m = this.doc.knownStartAt.get(a);
    if (m && m.kind !== KIND_ROLE && m.last === e && this.doc.index.entities[m.entity]!.type === 'organization')
      return this.refFor(entityKey(m.entity), para);
    const who = this.doc.people.startAt.get(a);
    const org = who === undefined ? null : this.doc.people.people[who]!;
    return org?.type === 'organization' && org.mentions.some((x) => x.first === a && x.last === e)
      ? this.refFor(personKey(who!), para)
      : null;
  }

  /**
   * Whether the quoted token at `k` belongs to a few words quoted inside the writer's own clause, their opening mark
   * right after a word of a sentence that opens at `start` ("Canada Post said it was “deeply disappointed” by …"):
   * no one else's quotation between an organisation and a later "the company".
   */
  private fragmentAt(k: number, start: number): boolean {
    const { tokens, quoted } = this.doc;
    let r = k;
    while (r > start && quoted[r - 1]) r--;
    while (r > start && !tokens[r - 1]!.word && /^["“”'‘’«»]$/.test(tokens[r - 1]!.raw)) r--;
    return r > start && tokens[r - 1]!.word && !quoted[r - 1];
  }

  /**
   * The document an "it" at token `before` stands for: a singular document noun ("memo", "email", "report") with its
   * determiner, the last one outside quotation marks in the sentence before it or in its own sentence, after the one
   * where a speaker was last met ("Vik cited a 2001 memo from the ministry. It says …" → "a 2001 memo"), or one whose
   * noun phrase opens the sentence before even where a speaker was met after it ("The briefing note puts the cost at
   * …, up from the figure the premier announced. It also warns …"); with `signs` (what "it reads"), a sign's noun too,
   * in the sentence before even where a speaker was met ("… made a banner for him. It reads, “…”" → "a banner"); null
   * otherwise.
   */
  private documentBefore(before: number, para: number, signs = false): Ref | null {
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[before]!;
    const last = this.last();
    const from = sents.starts[Math.max(s0 - 1, last ? last.sent + 1 : 0)];
    // (a sign in the sentence before even where a speaker was met, no medium of theirs: "Deshpande said students had
    // made a banner for him. It reads, “Thank you, Mr. K.”")
    // (and a document that opens the sentence before, its subject, even where a speaker was met later in it: "The briefing
    // note puts the cost at $310 million, up from the $180 million the premier announced. It also warns …")
    // (none when the last speaker was met in this sentence and it is the article's last: no sentence after theirs)
    if (from === undefined) return null;
    // (the sentence before opens the search: from is never before it)
    const floor = sents.starts[Math.max(s0 - 1, 0)]!;
    for (let k = before - 1; k >= floor; k--) {
      const t = tokens[k]!;
      if (this.doc.quoted[k]) return null;
      // (or, for what "it reads", a sign: "Students made a banner for his retirement. It reads, “Thank you, Mr. K.”")
      // (not a message, which someone sent and whose sentence before is theirs: "The last message she received came at
      // 2:14 p.m., she said. It read: “…”")
      const sign = signs && SIGN_NOUNS.test(t.lower) && !/^messages?$/.test(t.lower);
      const noun = DOCUMENT_NOUNS.has(t.lower) || sign;
      if (!t.word || t.cap > 0 || !noun || /s$/.test(t.lower) || tokens[k + 1]?.key === "'s") continue;
      // back to its determiner over three modifiers at most, a hyphenated one counting once: "a newly released email",
      // "a cease-and-desist letter"
      let d = k - 1;
      let words = 0;
      while (d >= floor && !/^(a|an|the|this|that|its|his|her|their)$/.test(tokens[d]!.lower)) {
        const t = tokens[d]!;
        const joined = tokens[d + 1]!.start === t.end && /^[-‐]$/.test(tokens[d + 1]!.raw);
        if (/^[-‐]$/.test(t.raw) && t.start === tokens[d - 1]?.end && t.end === tokens[d + 1]!.start) {
          d--;
          continue;
        }
        if (!t.word || (NP_BREAK.has(t.lower) && !joined) || (!joined && ++words > 3)) break;
        d--;
      }
      const determined = d >= floor && /^(a|an|the|this|that|its|his|her|their)$/.test(tokens[d]?.lower ?? '');
      if (k < from && !sign) {
        if (!(determined && d === floor)) continue;
        // (a document that spoke there itself is that speaker, as it was bound: "The letter also accuses …. It also
        // accused …" is the letter's writer's, found below)
        if (this.spokeAt(d, s0 - 1)) return null;
      }
      if (!determined) return null;
      // (a document "in" which the "it" speaks is where it said so, not who: "In a statement last year, it said …" is the
      // company's)
      if (tokens[d - 1]?.lower === 'in' && /^(a|an|its)$/.test(tokens[d]!.lower)) return null;
      // (nor is one that an "it" put out, the verb's object: "When it released the report, it said …" is the body's)
      const v = tokens[d - 1];
      if (v?.word && v.cap === 0 && /ed$|^(sent|put|wrote)$/.test(v.lower) && tokens[d - 2]?.lower === 'it') return null;
      const raw = withoutInvisible(this.doc.text.slice(tokens[d]!.start, t.end));
      const text = raw.charAt(0).toLowerCase() + raw.slice(1);
      return {
        key: null,
        desc: { text, definite: !/^(a|an)$/i.test(tokens[d]!.lower), head: t.lower, group: false, gender: null },
        bound: null,
        para,
      };
    }
    return null;
  }

  /** Whether a speaker met in sentence `sent` is the subject of a frame opening at token `first`. */
  private spokeAt(first: number, sent: number): boolean {
    for (let i = this.history.length - 1; i >= 0 && this.history[i]!.sent >= sent; i--)
      if (this.history[i]!.sent === sent && this.history[i]!.c?.subject?.first === first) return true;
    return false;
  }

  /** A speaker met before whose name is `text` or ends with it past its determiner ("the Ferry Company" → "the Bergen Ferry Company"). */
  private namedBefore(text: string): Ref | null {
    const lower = text.toLowerCase();
    const tail = ' ' + lower.replace(/^(the|a|an)\s+/, '');
    for (let i = this.history.length - 1; i >= 0; i--) {
      const r = this.history[i]!.ref;
      const t = r.desc?.text.toLowerCase();
      // (not a description of something else that names the body in its post-modifier: "according to complaints filed
      // with the Texas Department of Insurance. … The department said" is the department, not the complaints)
      if (t !== undefined && (t === lower || (t.endsWith(tail) && !NAMED_AFTER.test(t.slice(0, t.length - tail.length))))) return r;
    }
    return null;
  }

  resolveSubject(s: Subject, para: number, sent = -1, c: Construction | null = null): Resolved | null {
    const span = subjectSpan(this.doc, s);
    if (s.kind === 'key') {
      const aged = this.surnameByAge(s, para, span);
      if (aged) return aged;
      const m = this.doc.knownEndAt.get(s.last);
      const via = m && m.kind === KIND_ROLE ? 'role' : 'name';
      const shared = this.sharedSurname(s);
      // (a surname two people share is the one of them who spoke last, in this paragraph or the one before: "Her daughter,
      // Chiamaka Reilly, said … / “…,” Reilly said." is hers, not her father Thomas Reilly's, named before)
      const spoke = shared ? this.sameSurnameSpeaker(s, para, c) : null;
      if (spoke) return { ref: spoke, via, mention: span, shared: true };
      return { ref: this.refFor(s.key!, para), via, mention: span, ...(shared ? { shared: true as const } : {}) };
    }
    if (s.kind === 'pronoun') {
      const r = this.pastBodysReport(s, para, sent, this.pronounPastComparison(s, para, sent, span, c));
      // (a "he" or "she" that opens its sentence and names a person of no known gender gives that person its gender, so
      // that a later pronoun of the other one passes over them: "Special envoy Xu Mingzhe arrived … He said … / … She said
      // …" is not Xu)
      const key = r?.ref.key;
      // (or frames the quotation before it: "Dr. Kwame Asante-Bell said … / “…,” he said.")
      const t = this.doc.tokens;
      const frames = /^[”"]$/.test(t[s.first - 1]?.raw ?? '') || (t[s.first - 1]?.raw === ',' && /^[”"]$/.test(t[s.first - 2]?.raw ?? ''));
      const opens = sent >= 0 && (this.doc.sents.starts[sent] === s.first || frames);
      if (key && opens && !r.passedOver && (s.pronoun === 'male' || s.pronoun === 'female') && keyType(this.doc, key) === 'person') {
        const id = keyId(key);
        if (!this.learnedGender.has(id) && keyGender(this.doc, key) === null) this.learnedGender.set(id, s.pronoun);
      }
      return r;
    }
    const d0 = s.desc!;
    // "One regular, a man who gave only his first name, says …": a gendered noun in apposition is the description's
    // own gender, which it keeps unbound, so that a later "he" is that man's and not a man quoted before
    const apposed = !d0.gender && !d0.group ? this.appositionGender(s.last) : null;
    const d = apposed ? { ...d0, gender: apposed } : d0;
    const parent = this.parentOfChildren(d, s.last);
    if (parent) return { ref: parent, via: 'desc', mention: span };
    const given = c ? this.givenNameOnly(d, s.last, c) : null;
    if (given) return given;
    // (a bare "the former" or "the latter" is one of a pair or no one: never the last speaker by default)
    if (/^the\s+(former|latter)$/i.test(d.text))
      return { ref: this.formerOrLatter(d, s.first, para) ?? { key: null, desc: d, bound: null, para }, via: 'desc', mention: span };
    const own = !d.gender && !d.group && c ? this.frameGender(c, s.last) : null;
    if (!own) return this.ageFits(d, this.resolveDescription(d, s.first, para, span));
    // (only to pass over people of the other gender: the description left unbound keeps no gender, so that a later "he"
    // still goes past it to the person named before, as with a description no pronoun followed)
    const out = this.ageFits(d, this.resolveDescription({ ...d, gender: own }, s.first, para, span));
    // (but an indefinite person of a noun, set apart by "Another" or "A", who says "he" or "she" of themselves in their
    // own clause of saying, is the one a "he" or "she" next takes: "Another claimant, who asked not to be named, said he
    // had been told to call. / “I called 20 times,” he said." is the claimant's, not the doctor quoted before)
    const ownSaid = !d.definite && d.head !== 'one' && /^(said|says|told|tells)$/.test(c!.verb);
    return out.ref.desc && !out.ref.key && !ownSaid ? { ...out, ref: { ...out.ref, desc: { ...out.ref.desc, gender: null } } } : out;
  }

  /**
   * The first name an unnamed speaker gave in a relative clause between the description and its verb: "Another evacuee,
   * a retired mill worker who gave his name only as Gord, said …", "A mother of two who gave her name as Jess said …",
   * "a retired teacher who would only give her first name, Ruth, said …", "A man who identified himself only as Tomasz
   * said …", "One former resident, who asked to be identified only as Michelle, said …". The words are that person's, called by the name, of the gender the pronoun gives; null when no such clause.
   */
  private givenNameOnly(d: Description, last: number, c: Construction): Resolved | null {
    const { tokens } = this.doc;
    if (d.group || c.inverted || c.verbFirst <= last || c.verbFirst - last > 24) return null;
    // (the subject found may be the name's own words: "…, a retired teacher who would only give her first name, Ruth, said")
    const own = /^(his|her) (first |given )?name$/i.exec(d.text);
    for (let k = own ? last - d.text.split(' ').length : last + 1; k < c.verbFirst - 2; k++) {
      const t = tokens[k]!;
      if (this.doc.quoted[k]) return null;
      let j = -1;
      let gender: Gender = null;
      if (/^(give|gave|gives|giving|given|offered|provided)$/.test(t.lower)) {
        j = k + 1;
        if (tokens[j]?.lower === 'only') j++;
        const whose = tokens[j]?.lower ?? '';
        if (!/^(his|her|their)$/.test(whose)) continue;
        gender = whose === 'his' ? 'male' : whose === 'her' ? 'female' : null;
        j++;
        if (/^(first|given)$/.test(tokens[j]?.lower ?? '')) j++;
        if (tokens[j]?.lower !== 'name') continue;
        j++;
      } else if (/^(calling|call)$/.test(t.lower) && /^(we|are|is|were|will|would|to|we're|we’re)$/.test(tokens[k - 1]?.lower ?? '')) {
        // the name the paper gives a person it does not name: "A woman in her 30s, who we are calling Leila, said …"
        j = k + 1;
      } else if (/^(identified|called|known)$/.test(t.lower) && /^(be|being)$/.test(tokens[k - 1]?.lower ?? '')) {
        // "who asked to be identified only as Michelle", "who asked to be called Sam", "who wished to be known as Dee"
        j = k + 1;
        if (tokens[j]?.lower === 'only') j++;
        if (t.lower !== 'called' && tokens[j]?.lower !== 'as') continue;
      } else if (/^(identified|identifies|identifying)$/.test(t.lower) && /^(himself|herself)$/.test(tokens[k + 1]?.lower ?? '')) {
        gender = tokens[k + 1]!.lower === 'himself' ? 'male' : 'female';
        j = k + 2;
        if (tokens[j]?.lower === 'only') j++;
        if (tokens[j]?.lower !== 'as') continue;
      } else continue;
      while (j < c.verbFirst && /^(only|as|,)$/.test(tokens[j]!.lower)) j++;
      const x = tokens[j];
      const next = tokens[j + 1];
      if (!x?.word || x.cap === 0 || j >= c.verbFirst || this.doc.quoted[j]) return null;
      // (one word, then a comma, the verb or the end of the clause: not "gave his name as Tom Berg's son")
      if (!next || (next.word && next.cap > 0) || next.key === "'s") return null;
      const mention = { start: x.start, end: x.end, text: x.raw };
      return {
        ref: { key: null, desc: { ...d, text: x.raw, definite: true, gender: gender ?? d.gender }, bound: null, para: x.para },
        via: 'desc',
        mention,
      };
    }
    return null;
  }

  /**
   * Whether the age word before the mention at `first` says older (true) or younger (false), null when there is none:
   * right before it ("the younger Dekker") or, with `noun`, before a noun and a comma too ("his younger brother, Pieter
   * Dekker", "her older sister Ana Vik").
   */
  private ageWordBefore(first: number, noun = false): boolean | null {
    const { tokens } = this.doc;
    let j = first - 1;
    if (noun && tokens[j]?.raw === ',') j--;
    if (noun && tokens[j]?.word && tokens[j]!.cap === 0) j--;
    const w = tokens[j];
    return w?.word && /^(younger|youngest|older|oldest|elder|eldest)$/.test(w.lower) ? !/^young/.test(w.lower) : null;
  }

  /**
   * "The younger Dekker said" when two people share the surname: the one the article called so ("His younger brother,
   * Pieter Dekker"), or no one (left to the description); null when no age word comes before the surname or no one
   * else has it.
   */
  private surnameByAge(s: Subject, para: number, span: Span): Resolved | null {
    const { tokens, people } = this.doc;
    const older = s.first === s.last && s.key!.kind === 'person' ? this.ageWordBefore(s.first) : null;
    if (older === null) return null;
    const p = people.people[(s.key as { person: number }).person]!;
    const kin = people.people
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => q.type === 'person' && q.surname === p.surname && /\s/.test(q.name));
    if (kin.length < 2) return null;
    const said = kin.filter(({ q }) => q.mentions.some((m) => m.first < s.first && this.ageWordBefore(m.first, true) === older));
    if (said.length === 1) return { ref: this.refFor(personKey(said[0]!.i), para), via: 'name', mention: span };
    const text = withoutInvisible(
      this.doc.text.slice(
        tokens[s.first - 2]?.lower === 'the' ? tokens[s.first - 2]!.start : tokens[s.first - 1]!.start,
        tokens[s.last]!.end,
      ),
    );
    const desc: Description = { text, definite: true, head: tokens[s.first]!.lower, group: false, gender: p.gender };
    return { ref: { key: null, desc, bound: null, para }, via: 'desc', mention: span };
  }

  /**
   * "the younger nurse", "the older woman" tell one of two people apart by age: such a description stays with the person
   * it was bound to only when the article said so of them (the same word before a noun and a mention: "His younger
   * brother, Pieter Dekker") or gave their age ("Tarr, now 71,") and no one else of their gender an age that
   * contradicts it; otherwise it is left unresolved (a guess between two nurses is a wrong name half the time).
   */
  private ageFits(d: Description, out: Resolved): Resolved {
    const m = /\b(younger|youngest|older|oldest|elder|eldest)\b/i.exec(d.text);
    const key = out.ref.key;
    if (!m || !key) return out;
    const older = !/^young/i.test(m[1]!);
    const { tokens } = this.doc;
    const id = keyId(key);
    const ages = new Map<string, number>();
    for (const pm of this.personMentions) {
      if (keyId(pm.key) === id && this.ageWordBefore(pm.first, true) === older) return out;
      // an age in apposition: "Martin Dekker, 58," "Tarr, now 71,"
      let k = (this.personAt(pm.first)?.last ?? pm.first) + 1;
      if (tokens[k]?.raw !== ',') continue;
      k++;
      if (/^(now|aged)$/.test(tokens[k]?.lower ?? '')) k++;
      const n = /^[1-9][0-9]?$/.test(tokens[k]?.raw ?? '') && tokens[k + 1]?.raw === ',' ? Number(tokens[k]!.raw) : 0;
      if (n && !ages.has(keyId(pm.key)) && this.genderOf(this.refFor(pm.key, out.ref.para)) === this.genderOf(out.ref))
        ages.set(keyId(pm.key), n);
    }
    const mine = ages.get(id);
    const contradicted = [...ages.values()].some((a) => (older ? a > mine! : a < mine!));
    return mine !== undefined && !contradicted ? out : { ...out, ref: { key: null, desc: d, bound: null, para: out.ref.para } };
  }

  /**
   * The person a feature calls by the number of their children: "Maya Lund … “…,” Lund says. / The mother of three says
   * …" is the last speaker of that gender, a person the article names (not an unnamed one); null otherwise.
   */
  private parentOfChildren(d: Description, last: number): Ref | null {
    const { tokens } = this.doc;
    if (!d.definite || !/^the\s/i.test(d.text) || !/^(mother|father|grandmother|grandfather)$/.test(d.head)) return null;
    if (tokens[last + 1]?.lower !== 'of' || !/^(two|three|four|five|six|seven|eight|nine|ten|[0-9]+)$/.test(tokens[last + 2]?.lower ?? ''))
      return null;
    const want: Gender = FEMALE_NOUNS.has(d.head) ? 'female' : 'male';
    // the person a sentence since the last attribution opened with, when none of another gender ("Dana Roy opened her
    // bakery in 2019. “…,” the mother of three said" is Roy, not a woman quoted before her); none when such a sentence
    // names someone else
    const sent = this.doc.sents.sent[last];
    for (const [start, end] of sent === undefined ? [] : this.sentencesSince(sent, 2)) {
      const r = this.subjectOf(start, end, tokens[start]!.para);
      if (r?.key && keyType(this.doc, r.key) === 'person') {
        const g = this.genderOf(r);
        return g && g !== want ? null : r;
      }
      if (this.namedBetween(start, end + 1)) return null;
    }
    const r = this.lastFitting(want);
    return r?.key && !this.isGroup(r) && this.genderOf(r) === want ? r : null;
  }

  /**
   * "Pellow said the scheme … Coyle said it … / “…,” the former told the BBC.": a bare "the former" is the first of the
   * last two people named before it outside quotation marks (in its paragraph or the two before), "the latter" the
   * second; null when fewer than two are named there.
   */
  private formerOrLatter(d: Description, first: number, para: number): Ref | null {
    const m = /^the\s+(former|latter)$/i.exec(d.text);
    if (!m) return null;
    const { tokens, quoted } = this.doc;
    const two: SpeakerKey[] = [];
    for (let i = this.mentionsBefore(first) - 1; i >= 0 && two.length < 2; i--) {
      const pm = this.personMentions[i]!;
      if (tokens[pm.first]!.para < para - 2) break;
      if (quoted[pm.first] || keyType(this.doc, pm.key) !== 'person' || two.some((k) => keyId(k) === keyId(pm.key))) continue;
      two.push(pm.key);
    }
    if (two.length < 2) return null;
    const r = this.refFor(m[1]!.toLowerCase() === 'former' ? two[1]! : two[0]!, para);
    return this.isGroup(r) ? null : r;
  }

  /**
   * The gender of a description that speaks in construction `c`, told by the "he" or "she" that opens the clause it
   * says ("the councillor said she would …", "the councillor said, adding that she …", "the councillor told reporters
   * he …"); null otherwise. The subject ends at `last`.
   */
  private frameGender(c: Construction, last: number): Gender {
    const { tokens, quoted } = this.doc;
    let k = (c.inverted ? Math.max(last, c.verbLast) : c.verbLast) + 1;
    const is = (re: RegExp): boolean => !!tokens[k]?.word && !quoted[k] && re.test(tokens[k]!.lower);
    if (!c.inverted && is(/^(reporters|journalists)$/)) k++;
    if (tokens[k]?.raw === ',' && /^(adding|saying)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
    if (is(/^that$/)) k++;
    return is(/^she$/) ? 'female' : is(/^he$/) ? 'male' : null;
  }

  /**
   * A "he" or "she" in a sentence after one where an organisation or a place spoke (the last speaker met, in the pronoun's
   * paragraph or the one before), taken for a person named only before that report, is most likely the body's unnamed
   * spokesperson: "Governor Ana Vik flew to Santa Barbara. Santa Barbara said the fires were contained. “…,” she said."
   * gives Vik only as a guess (passedOver), and no one when Vik was last named more than a paragraph before the report.
   * A person named since the report keeps the pronoun ("Hong Kong said …. Its leader, John Lee, spoke later. “…,” he
   * said." is Lee's), and so does one the resolver already took as a guess.
   */
  private pastBodysReport(s: Subject, para: number, sent: number, r: Resolved | null): Resolved | null {
    const key = r?.ref.key;
    if (!r || !key || r.passedOver || sent < 0 || (s.pronoun !== 'male' && s.pronoun !== 'female')) return r;
    if (keyType(this.doc, key) !== 'person') return r;
    let n = this.history.length - 1;
    while (n > 0 && isAsker(this.history[n]!.c)) n--;
    const h = this.history[n];
    if (!h?.c || h.nested || h.sent >= sent || h.para < para - 1) return r;
    if (!this.bodyNamed(final(h.ref), key)) return r;
    // (the person's last mention before the pronoun, outside quotation marks: one since the report's sentence keeps it)
    const floor = this.doc.sents.starts[h.sent]!;
    const id = keyId(key);
    let lastAt = -1;
    for (let i = this.mentionsBefore(s.first) - 1; i >= 0 && lastAt < 0; i--) {
      const pm = this.personMentions[i]!;
      if (keyId(pm.key) === id && !this.doc.quoted[pm.first]) lastAt = pm.first;
    }
    if (lastAt < 0 || lastAt >= floor) return r;
    return this.doc.tokens[lastAt]!.para >= h.para - 1 ? { ...r, passedOver: true } : null;
  }

  /**
   * Whether `b` is an organisation or a place by its name, not `person`'s own (a campaign or an office of theirs): one
   * the dataset or the names know as such ("Hong Kong", "Harbor Logistics"), or a capitalised name the names do not know
   * whose last word is an organisation's ("Northline Rail Ltd."); not a description ("the ministry", "officials").
   */
  private bodyNamed(b: Ref, person: SpeakerKey): boolean {
    if (b.owner && keyId(b.owner) === keyId(person)) return false;
    if (b.key) return /^(organization|place)$/.test(keyType(this.doc, b.key));
    const d = b.desc;
    return !!d && d.group && /^\p{Lu}/u.test(d.text) && !/^the\s/i.test(d.text) && (ORG_SUFFIXES.has(d.head) || ORG_HEADS.has(d.head));
  }

  /**
   * A "he" or "she" right after a comparison its sentence opens with (or after a quotation right after it, or in a frame
   * that trails the sentence) is never the person compared: "Unlike Paul Okafor, who conceded on Monday, he told reporters …" is someone else, found as if Okafor
   * had not been named nor spoken (or no one). Only the person the comparison's noun phrase is (its head, see
   * frontedComparisonAt): not a possessor's or a modifier's name nor one in its relative clause ("Unlike Hale's
   * predecessor, he said …", "Like the Okafor campaign, he …", "Unlike the race, which Okafor lost, he …" may be them),
   * nor another person of that surname ("Like Paul Okafor, she said …" may be Ngozi Okafor). Other pronouns as
   * resolvePronoun finds them.
   */
  private pronounPastComparison(s: Subject, para: number, sent: number, span: Span, c: Construction | null): Resolved | null {
    const r = this.resolvePronoun(s, para, sent, span, c);
    const key = r?.ref.key;
    if (!key || keyType(this.doc, key) !== 'person' || (s.pronoun !== 'male' && s.pronoun !== 'female')) return r;
    const compared = this.comparisonBefore(s.first);
    if (!compared) return r;
    const { tokens } = this.doc;
    // (or one framing the whole sentence, the comparison with it: "Like Ruiz, who said …, Tan voted no, she said.")
    const sentence = this.doc.sents.sent[s.first]!;
    const end = this.doc.sents.starts[sentence + 1] ?? tokens.length;
    let after = 0;
    for (let x = s.first + 1; x < end; x++) if (tokens[x]!.word) after++;
    const trailing = tokens[s.first - 1]?.raw === ',' && after <= 4 && !tokens.slice(s.first, end).some((t) => t.raw === ',');
    if (!trailing) for (let x = compared.comma + 1; x < s.first; x++) if (tokens[x]!.word && !this.doc.quoted[x]) return r;
    const id = keyId(key);
    const surname = keyName(this.doc, key).split(/\s+/).pop()!;
    const named = compared.heads.some(
      ([a, b]) =>
        this.personMentions.some((pm) => pm.first >= a && pm.first < b && keyId(pm.key) === id) ||
        (b === a + 1 && tokens[a]!.raw === surname && !this.surnameShared(key)),
    );
    if (!named) return r;
    // (every person the comparison's heads name is left out, not only the one found: "Unlike Ruiz, Lopez and Hale, who
    // conceded, she said …" is neither Lopez nor Ruiz)
    const ids = new Set([id]);
    for (const pm of this.personMentions) if (compared.heads.some(([a, b]) => pm.first >= a && pm.first < b)) ids.add(keyId(pm.key));
    const mentions = [...this.personMentions];
    const history = [...this.history];
    const other = (k: SpeakerKey | null | undefined): boolean => !k || !ids.has(keyId(k));
    // (firstMention's cache is filled from every mention before the compared people are left out for the call below:
    // filled during it, it would lack them for the rest of the article)
    this.firstMention(key);
    this.personMentions.splice(0, mentions.length, ...mentions.filter((pm) => other(pm.key)));
    this.history.splice(0, history.length, ...history.filter((h) => other(final(h.ref).key)));
    try {
      const again = this.resolvePronoun(s, para, sent, span, c);
      if (again && other(again.ref.key)) return again;
      // (the person the sentence before the comparison brings in may be the one compared, "Okafor left the hall. Like
      // Okafor, he added …": then the last speaker who fits, or the last other person of that gender named in this
      // paragraph or the one before, "Tom Berg spoke first. Paul Okafor said … / Unlike Okafor, he said …", a guess, or
      // no one)
      const last = this.lastFitting(s.pronoun) ?? this.otherNamedBefore(s, para, compared.heads);
      return last && other(last.key) ? { ref: last, via: 'pronoun', mention: span, passedOver: true } : null;
    } finally {
      this.personMentions.splice(0, this.personMentions.length, ...mentions);
      this.history.splice(0, this.history.length, ...history);
    }
  }

  /**
   * The last person of pronoun s's gender named before it in its paragraph or the one before (the compared people left
   * out already), none of whose surname a head of the comparison is ("Tom Hale and his brother, Sam Hale, … / Unlike
   * Hale, he said …" is neither).
   */
  private otherNamedBefore(s: Subject, para: number, heads: ReadonlyArray<[number, number]>): Ref | null {
    const { tokens } = this.doc;
    const surnames = new Set(heads.map(([, b]) => tokens[b - 1]!.raw));
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first >= s.first) continue;
      if (tokens[pm.first]!.para < para - 1) break;
      const ref = this.refFor(pm.key, para);
      if (this.genderOf(ref) === s.pronoun && !surnames.has(keyName(this.doc, pm.key).split(/\s+/).pop()!)) return ref;
    }
    return null;
  }

  private resolvePronoun(s: Subject, para: number, sent: number, span: Span, c: Construction | null): Resolved | null {
    const want = s.pronoun!;
    // "Lund did not say how. Asked by a reporter whether he would cut programs, he said …": the person is found as if
    // the asker of the sentence had not spoken (the one introduced before the question is the one who answers)
    const asker = this.last();
    // (and so is the speaker who opens the words the pronoun's frame reports: "Dix urged both sides to stay at the table,
    // she said." is not Dix's)
    const opens = (k: number): boolean => {
      let w = this.doc.sents.starts[sent] ?? k;
      while (w < k && !this.doc.tokens[w]!.word) w++;
      return w === k;
    };
    // (or stands inside them, in a clause of theirs: "Because Holm said the plant was safe, we left, she said." is not
    // Holm's, whose own report is those words' part; see speaksInWords)
    const reported =
      !!asker?.c &&
      !!c &&
      asker.sent === sent &&
      !asker.c.continuing &&
      !asker.c.inverted &&
      asker.c.last < s.first &&
      this.frameAfterWords(c, s.first) &&
      (opens(asker.c.first) || this.speaksInWords(asker.c));
    // (or the one who asked, in the sentence before, a question about a "he" or a "she" of the pronoun's gender: the
    // pronoun is that one answering, "Dhaliwal asked whether he had received a response. “Not one,” he replied.")
    const answered =
      !!asker?.c &&
      !asker.c.passive &&
      !asker.c.inverted &&
      /^(asked|asks)$/.test(asker.c.verb) &&
      asker.sent === sent - 1 &&
      // (not the writer asking: the one asked answers, see writerAsked)
      !/^(I|We)$/.test(this.doc.tokens[asker.c.subject?.first ?? -1]?.raw ?? '') &&
      !this.request(asker.c) &&
      (this.questionAbout(asker.c, want) || this.askerByRole(final(asker.ref)));
    // (and so is a thing a verb of saying had in the pronoun's sentence, which a "he" or a "she" is not: "Harlow brushed
    // off the criticism. Asked whether the change signaled trouble, she said, …" is Harlow's)
    const thing = !!asker && this.isThing(final(asker.ref));
    // (and so is one who told the pronoun's "him" or "her" something in a clause of time or cause after the subject of
    // the sentence before: "Cody Bearspaw, 15, joined after a teacher told him about it. “…,” he said." is the one told,
    // the sentence's subject, not the teacher)
    if (asker?.c && asker.sent === sent - 1 && (want === 'male' || want === 'female') && this.toldInClause(asker.c, want)) {
      this.history.pop();
      try {
        return this.resolvePronoun(s, para, sent, span, c);
      } finally {
        this.history.push(asker);
      }
    }
    // (and so is one who asks by role in a clause of time the sentence opens with: "When a CBC reporter asked about his
    // housing plan, he said …" is the one asked's, see askingClause)
    const asking =
      !!asker?.c &&
      asker.sent === sent &&
      !asker.c.passive &&
      asker.c.verbFirst === this.askingClause(sent, s.first) &&
      this.askerByRole(final(asker.ref));
    if (asker && (isAsker(asker.c) || reported || thing || asking) && asker.sent === sent && (want === 'male' || want === 'female')) {
      this.history.pop();
      try {
        return this.resolvePronoun(s, para, sent, span, c);
      } finally {
        this.history.push(asker);
      }
    }
    if (asker && answered && (want === 'male' || want === 'female')) {
      // (the person the question was put to, named after "asked", answers: "Counsel Ana Vik asked Thorsteinson whether he
      // had raised concerns. “Many times,” he said." is Thorsteinson's, not a man quoted before the question)
      const put = this.askedBefore(sent, want);
      if (put && !sameRef(put, final(asker.ref))) return { ref: put, via: 'pronoun', mention: span };
      // (the speaker before the question, when the pronoun fits them: the one it was about, who answers)
      this.history.pop();
      const before = this.last();
      this.history.push(asker);
      const r = before ? this.fitting(final(before.ref), want) : null;
      if (r && !sameRef(r, final(asker.ref)) && before!.para >= para - 3) return { ref: r, via: 'pronoun', mention: span };
      // (no one spoke before the question: the one it was put to is found as if it had not been asked, "Pemberton took
      // every question. When a reporter asked whether anyone would be fired, he paused. Then he said: “…”")
      if (!r && this.askerByRole(final(asker.ref))) {
        this.history.pop();
        try {
          return this.resolvePronoun(s, para, sent, span, c);
        } finally {
          this.history.push(asker);
        }
      }
    }
    // a person introduced since the last attribution whose gender does not differ, even when only the last speaker is
    // known to be a `want` (train: 3 more right, none fewer)
    if (want === 'male' || want === 'female') {
      // (the sentence whose words the frame trails: "Dale backed Kell in the primary, he said.")
      const wordsOf = sent >= 0 && c && this.frameAfterWords(c, s.first) ? sent : -1;
      const n =
        sent >= 0
          ? (this.sameSentence(sent, s.first, want, para, c) ??
            this.subjectPastNamer(sent, want, para) ??
            this.askedBefore(sent, want) ??
            this.writerAsked(sent, s.first, want, para) ??
            this.addressee(sent, want, para) ??
            this.metDescribed(sent, want) ??
            this.unnamedWho(sent, want, para) ??
            // (further back only when no one is named before the pronoun in its own sentence)
            this.newcomer(sent, want, !this.namedBetween(this.doc.sents.starts[sent]!, s.first)))
          : null;
      const named =
        n ??
        this.namedSinceOtherGender(s.first, want, para, wordsOf) ??
        this.namedInParagraph(s.first, want, para, wordsOf) ??
        this.pairedOpener(sent, para) ??
        this.unprovenLast(para) ??
        this.namedSinceNoPerson(s.first, want, para, wordsOf) ??
        this.topicSinceRelative(s.first, want, para);
      // a sentence since the last speaker that opens with a bare surname the article knows as no one: "Carson defied
      // the question. “…,” he said." is Carson's, not the last speaker's
      const bare = !named && sent >= 0 ? this.bareNameOpener(sent, para, want) : -1;
      if (bare === -2) return null;
      if (bare >= 0) {
        const t = this.doc.tokens[bare]!;
        const desc: Description = { text: t.raw, definite: true, head: t.lower, group: false, gender: want };
        const ref: Ref = { key: null, desc, bound: null, para };
        // (a rival as bare, the object of its verb, is one too: "Ostberg thanked Marsh but she refused …")
        let bareObject = false;
        // (a word alone, right after a verb, no name going on after it: not "flew to Bergen", "spoke at the Marsh Center")
        for (let k = bare + 2; k < s.first - 1 && !bareObject; k++)
          bareObject = this.bareWord(k) && !(this.doc.tokens[k + 1]!.cap > 0) && this.actorOrObject(k, this.doc.sents.starts[sent]!);
        const rival =
          this.rivalInSentence(ref, want, sent, s.first, null) ||
          (bareObject && this.rivalInSentence(ref, want, sent, s.first, null, true));
        return { ref, via: 'pronoun', mention: span, ...(rival ? { rival: true as const } : {}) };
      }
      // (the unnamed person the sentence just before opened with and spoke in, of no known gender: "The informant, 34,
      // told the jury he had been paid …. He said he refused …" is the informant's, not an older speaker's)
      const described = !named && sent >= 0 ? this.describedSpeakerBefore(sent, para, s.first) : null;
      if (described) return { ref: described, via: 'pronoun', mention: span };
      const found = named ?? this.lastFitting(want);
      // (a person of no gender whose first word the lists give one, the family name of a Chinese name written first, gives
      // way to one of the pronoun's known gender named in its sentence or the two before: "President Xi Jinping met Prime
      // Minister Theresa May. She said …" is May's)
      const over = found ? this.knownGenderOver(found, want, sent, s.first) : null;
      const h = over ?? found;
      if (h)
        return {
          ref: h,
          via: 'pronoun',
          mention: span,
          ...((!named && (this.passedOver(h, want, sent) || this.newcomerPassed(h, want, sent))) ||
          (named !== null && n === null && this.unprovenActed(named, para))
            ? { passedOver: true as const }
            : {}),
          ...(this.rivalInSentence(h, want, sent, s.first) ||
          this.rivalInSentenceBefore(h, want, sent, s.first) ||
          (over !== null && this.genderOnlyByName(over, found!, sent, s.first))
            ? { rival: true as const }
            : {}),
          ...(this.unnamedListener(h, want, sent, s.first) ? { listener: true as const } : {}),
          ...(this.coordinatedRival(h, want, sent, s.first) ? { pair: true as const } : {}),
        };
    } else {
      // "Harbor Bank lent the money. It said …": the organisation named since the last attribution
      if (want === 'neuter' && sent >= 0) {
        // "State television broadcast footage of what it said were soldiers …": the "it" of a free relative after the
        // sentence's verb is the body or thing that sentence opens with
        if (this.doc.tokens[s.first - 1]?.lower === 'what' && !this.doc.quoted[s.first - 1]) {
          const own = ownSubject(this.doc, this.doc.sents.starts[sent]!, s.first - 1);
          const r = own && own.kind !== 'pronoun' ? this.resolveSubject(own, para, sent, null) : null;
          const f = r ? final(r.ref) : null;
          // (a body's or an outlet's noun with no article is one too: "State television")
          const body =
            !!f?.desc && f.desc.gender === null && (ORG_HEADS.has(f.desc.head) || /^(television|radio|media)$/.test(f.desc.head));
          if (r && f && (this.isGroup(f) || this.isThing(f) || body)) return { ...r, via: 'pronoun', mention: span };
          // (and no body that spoke before, when the subject is not found: it is the sentence's, whoever spoke last)
          if (!own) return null;
        }
        const reads = !!c && /^(read|reads)$/.test(c.verb);
        let doc = this.documentBefore(s.first, para, reads);
        // (not a document the reported words before the frame bring in with "a": "Residents will receive a letter from the
        // council within two weeks, it said." is no letter's; the search starts again before those words. "The PBO's
        // report is based on …, it said" keeps its report)
        if (doc?.desc && !doc.desc.definite && c && this.frameAfterWords(c, s.first))
          doc = this.documentBefore(this.doc.sents.starts[sent]!, para, reads);
        if (doc) return { ref: doc, via: 'pronoun', mention: span };
        // (a document that spoke for its writer in this sentence or the one before is the "it" after it, and so its
        // writer's: "Ferreira said in a memo that …. The memo argued that …. “…,” it said." is Ferreira's memo)
        const spoke = this.last();
        const sd = spoke?.c?.subject?.desc;
        if (
          spoke &&
          sd?.definite &&
          DOCUMENT_NOUNS.has(sd.head) &&
          spoke.para === para &&
          spoke.sent >= sent - 1 &&
          spoke.ref.key?.kind === 'person'
        )
          return { ref: spoke.ref, via: 'pronoun', mention: span };
        // (what "it read" is a text's words, a message's or a sign's, never a body's: "The last message came at 2:14 p.m.,
        // she said. It read: “…”" is no earlier organisation's; only a document or a thing met before, below)
        if (c && /^(read|reads)$/.test(c.verb)) return this.thingBefore(span);
        const org = this.orgBefore(s.first, 'it', para);
        if (org) return { ref: org, via: 'pronoun', mention: span };
        // (the last speaker, right before, a name the names took for a person's with nothing of a person's about it: no
        // given name, title, role or gender, "Network Rail said …. It advised passengers …" is Network Rail)
        const last = this.last();
        const lr = last && last.sent >= sent - 1 && last.para >= para - 1 ? final(last.ref) : null;
        if (lr?.key?.kind === 'person' && this.genderOf(lr) === null) {
          const p = this.doc.people.people[lr.key.person]!;
          if (p.heads.size === 0 && /\s/.test(p.name) && !isGivenName(p.name.split(/\s+/)[0]!))
            return { ref: lr, via: 'pronoun', mention: span };
        }
        // (the last speaker a document "its" owner published, right before: "Canada Post lost $748 million, according to its
        // annual report. It says …" is the owner the "its" stands for, named in that sentence)
        const h = this.last();
        if (h && h.sent >= sent - 1 && /^its\s/i.test(final(h.ref).desc?.text ?? '')) {
          const owner = this.orgBefore(s.first, 'it', para, h.sent);
          if (owner) return { ref: owner, via: 'pronoun', mention: span };
        }
      }
      // "Critics of the program oppose it. “…,” they wrote.": the group a sentence opened with since the last attribution
      if (want === 'plural' && sent >= 0) {
        // (first the group its own sentence opens with, before it: "The operators have said they will not improve their
        // offer unless the union agrees to changes, which they say are needed")
        const start = this.doc.sents.starts[sent]!;
        // (not the words a frame trails, which the sentence opens with: "Anxious teenagers may sleep less, they wrote")
        const own =
          s.first > start + 1 && !(c && this.frameAfterWords(c, s.first)) && !this.doc.quoted[start]
            ? this.groupOpener(start, s.first - 1, para)
            : null;
        if (own) return { ref: own, via: 'pronoun', mention: span };
        const g = this.groupNewcomer(sent, para);
        if (g) return { ref: g, via: 'pronoun', mention: span };
        const body = this.bodyNewcomer(sent, s.first, para);
        if (body) return { ref: body, via: 'pronoun', mention: span };
        // "A spokesperson for Network Rail said: “…” / They added: “…”": the singular "they" of one person whose gender
        // the article does not give, right after that person spoke
        // (never one the "they"'s own verb takes for its object: "Minister Ek visited the camp. They told him: “…”")
        const object = this.objectAfterVerb(s.first, c);
        const h = this.last();
        const d = h && h.para >= para - 1 && !object ? final(h.ref).desc : null;
        if (d && !d.group && d.gender === null && NEUTRAL_PERSON.test(d.head)) return { ref: final(h!.ref), via: 'pronoun', mention: span };
        const one = object ? null : this.singularThey(sent, para);
        if (one) return { ref: one, via: 'pronoun', mention: span, passedOver: true };
      }
      const { history } = this;
      for (let i = history.length - 1; i >= 0 && i >= history.length - 40; i--) {
        const r = final(history[i]!.ref);
        // (a document met with "a" inside another's words is no "it" after them: "The lawsuit says …, when an internal
        // review described the use of isolation as “…”. It claims …" is the lawsuit)
        if (want === 'neuter' && history[i]!.nested && r.desc && !r.desc.definite) continue;
        // (an "it" is a group or a thing, no plural of people: "three Democratic candidates … It has seized large parts of
        // Iraq", "Experts say …. “…,” it said" is no experts', see canBeIt)
        if (want === 'neuter' ? this.canBeIt(r) : this.isGroup(r))
          return { ref: r, via: 'pronoun', mention: span, ...(history[i]!.para < para - 3 ? { far: true as const } : {}) };
      }
    }
    // no speaker yet: the nearest person mentioned before who fits, outside quotation marks (“…helped Tomas Ruud win,” he
    // said: the words' own subject, not the speaker)
    if (want === 'male' || want === 'female') {
      // (one named before the words a frame trails first, then one inside them: "Anna Kemp, 61, lives nearby. … / Because
      // Ms. Holm said the plant was safe, we left, she said." is Kemp's)
      const words = sent >= 0 && c && this.frameAfterWords(c, s.first) ? this.doc.sents.starts[sent]! : s.first;
      // (the second pass reads only the mentions the first did not: those before `words` fitted no one)
      let read = 0;
      for (const before of words < s.first ? [words, s.first] : [s.first]) {
        const upTo = this.mentionsBefore(before);
        for (let i = upTo - 1; i >= read; i--) {
          const pm = this.personMentions[i]!;
          if (this.doc.quoted[pm.first] || this.harmedOrAgent(pm.first)) continue;
          const r = this.refFor(pm.key, para);
          const g = this.genderOf(r);
          if (g && g !== want) continue;
          const ref = this.unnamedOpenerOver(pm.first, want, para) ?? r;
          return {
            ref,
            via: 'pronoun',
            mention: span,
            ...(before === s.first && pm.first >= words && ref === r ? { insideWords: true as const } : {}),
          };
        }
        read = upTo;
      }
      // nor anyone named: the unnamed person a sentence since opened with ("The governor spoke to a radio host. “…,” he said.")
      if (sent >= 0 && !this.last()) {
        for (const [start, end] of this.sentencesSince(sent, 3)) {
          const r = this.describedOpener(start, end, this.doc.tokens[start]!.para, true);
          if (r && this.fitting(r, want)) return { ref: r, via: 'pronoun', mention: span };
        }
      }
    }
    return null;
  }

  /**
   * For a "he" or "she" found to be `r`, a person of no gender whose name opens with a word the lists give a gender
   * (read family name first, "Wang Jianguo"), or one guessed from such a pronoun: the nearest other person outside quotation marks, before `first`, in the
   * pronoun's sentence or the two before, whose known gender is `want`; null when there is none or `r` is no such person.
   */
  private knownGenderOver(r: Ref, want: Gender, sent: number, first: number): Ref | null {
    // (a gender the names or the resolver guessed from a pronoun of `want`, maybe this one, counts as none: "Wang Jianguo
    // nodded. She added …" is no proof of Wang's; a Chinese name's first word is one syllable of Pinyin, and the lists
    // give it no gender or the other)
    if (r.desc || !r.key || keyType(this.doc, r.key) !== 'person' || sent < 0) return null;
    const g = this.genderOf(r);
    if (g !== null && g !== want) return null;
    const words = keyName(this.doc, r.key).split(/\s+/);
    const own = words[0]!;
    if (words.length !== 2 || !pinyinName(own, words[1]!) || !isGivenName(own) || genderOfFirstName(own) === want)
      return g === null ? this.objectOverSubject(r, want, sent, first) : null;
    const { sents, quoted } = this.doc;
    const from = sents.starts[Math.max(0, sent - 2)]!;
    const id = keyId(r.key);
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first >= first || quoted[pm.first]) continue;
      if (pm.first < from) break;
      if (keyId(pm.key) === id || keyType(this.doc, pm.key) !== 'person') continue;
      const o = this.refFor(pm.key, this.doc.tokens[pm.first]!.para);
      if (this.genderOf(o) === want) return o;
    }
    return null;
  }

  /**
   * Whether `o`, taken for a "he" or "she" at `first` over a person of no known gender (knownGenderOver), shows its
   * gender only by a given name, no honorific before its last mention in the pronoun's sentence or the one before ("Mrs
   * Ellen Hart"): "Planning chief Amir Haddad visited Peter Holm. He said …" may be either man's (a given name the
   * lists lack is no other gender), so the object is a guess (CONFIDENCE.rivalInSentence); "Zhou Dequan met Mrs Ellen
   * Hart. She said …" is Hart's. Not over a name read family name first (`found`, "Xi Jinping met Prime Minister Theresa
   * May. She said …"), whose given name the lists cannot read at all.
   */
  private genderOnlyByName(o: Ref, found: Ref, sent: number, first: number): boolean {
    if (!o.key || sent < 0 || !found.key) return false;
    const words = keyName(this.doc, found.key).split(/\s+/);
    if (words.length === 2 && pinyinName(words[0]!, words[1]!)) return false;
    const { tokens, sents } = this.doc;
    const from = sents.starts[Math.max(0, sent - 1)]!;
    const m = this.mentionsOf(o.key).findLast((pm) => pm.first >= from && pm.first < first);
    if (!m) return false;
    const t = tokens[m.first - 1]?.raw === '.' ? tokens[m.first - 2] : tokens[m.first - 1];
    return !HONORIFIC_GENDER.has(t?.lower ?? '');
  }

  /**
   * For a "he" or "she" found to be `r`, a person of no known gender: the person of the pronoun's known gender `want`
   * that `r`, opening the sentence before (or the pronoun's own, before it), took as the object of its verb, right after
   * that verb past titles: "Vice Minister Zhou Dequan met Mrs Ellen Hart on Monday. She said …" is Hart's. Not a person
   * inside a clause `r` reported ("Ortega says that the reaction to Trump …"), after a preposition ("dismay at the
   * thought of Trump") or an owner ("Zhou praised Mrs Hart's plan"); null when there is none.
   */
  private objectOverSubject(r: Ref, want: Gender, sent: number, first: number): Ref | null {
    const { tokens, sents, quoted } = this.doc;
    const id = keyId(r.key!);
    for (const sn of [sent, sent - 1]) {
      // (in the pronoun's own sentence, when it opens a clause joined by "and", "but" or a semicolon, the subject of the
      // first clause goes on: "Rishi Sunak attacked Keir Starmer over tax, and he said …" is Sunak's, a guess between the
      // two, see rivalInSentence; unless an honorific says the object's gender, "Zhou Dequan met Mrs Ellen Hart on
      // Monday, and she said …", below)
      if (sn < 0) continue;
      const joint = sn === sent && this.afterJoint(first);
      const start = sents.starts[sn]!;
      // the subject: r's name opening the sentence, past capitalised titles ("Vice Minister")
      const subj = this.personMentions.find((pm) => pm.first >= start && pm.first < first && sents.sent[pm.first] === sn);
      if (!subj || keyId(subj.key) !== id || quoted[subj.first]) continue;
      // (past words of role or title, "Deputy trade envoy"; not a clause of time or cause, "When Zhou met …")
      let k = subj.first - 1;
      while (k >= start && (tokens[k]!.word || (tokens[k]!.raw === '.' && TITLES.has(tokens[k - 1]?.lower ?? '')))) k--;
      // (or past a short opening phrase set off by a comma, of time or place, that opens with a word of time or place: "On
      // Monday, Vice Minister Zhou Dequan met …", "In Geneva, …"; the name after it is the subject, even past a clause's:
      // "When the talks ended, Zhou met …"; only before a verb of meeting, below)
      const opening =
        k > start &&
        k - start <= 8 &&
        tokens[k]!.raw === ',' &&
        /^(on|in|at|after|before|during|when|while|as|once|since|until|following|earlier|later|last|this|that|yesterday|today|tonight|overnight)$/.test(
          tokens[start]!.lower,
        ) &&
        this.plainWords(start, k);
      if (
        !opening &&
        (k >= start || /^(when|after|before|as|while|if|although|though|because|since|once|until|unless)$/.test(tokens[start]!.lower))
      )
        continue;
      const end = this.personAt(subj.first)?.last ?? subj.first;
      // (past words set off by commas after the name, with no one named in them: "Zhou Dequan, who leads the ministry,
      // met …", "Zhou, 58, met …")
      let last = end;
      if (tokens[end + 1]?.raw === ',') {
        let e = end + 2;
        while (e < first && e - end <= 14 && tokens[e]!.raw !== ',') e++;
        if (e < first && tokens[e]!.raw === ',' && e > end + 2 && this.plainWords(end + 2, e)) last = e;
      }
      // its verb, right after the name: no saying, no auxiliary
      const v = tokens[last + 1];
      if (!v?.word || v.cap !== 0 || quoted[last + 1]) continue;
      // (or the one met by a phrase of meeting and "with": "held talks with Mrs Hart", "had lunch with", "sat down with",
      // "spoke with"; not another preposition, "dismay at the thought of Trump")
      const meet = this.meetingWith(last + 1);
      if (meet < 0 && !pastTense(v.lower)) continue;
      if (meet < 0 && (REPORTING_VERBS.has(v.lower) || SPEECH_VERBS.has(v.lower) || AUXILIARIES.has(v.lower))) continue;
      // (past an opening phrase, words set off by commas after the name or a particle, only a verb or phrase of meeting:
      // news keeps the pronoun on the subject after other verbs, "On Monday, Zhou criticised Mrs Hart. She said …" is Zhou's)
      const meeting = meet >= 0 || /^(met|visited|interviewed|hosted|received|welcomed|joined|phoned|called|telephoned)$/.test(v.lower);
      const particle = meet < 0 && /^(with|to)$/.test(tokens[last + 2]?.lower ?? '') && !quoted[last + 2];
      if ((opening || last !== end || particle) && !meeting) continue;
      // the object right after it, past titles ("Mrs", "Prime Minister"), or past the particle of a verb of meeting that
      // takes a person by "with" ("met with Mrs Hart"), or past the "with" of a phrase of meeting
      let o = meet < 0 ? last + 2 : meet;
      if (particle || meet >= 0) o++;
      while (o < first && tokens[o]?.word && !this.personAt(o) && (tokens[o]!.cap !== 0 || TITLES.has(tokens[o]!.lower))) o++;
      if (tokens[o]?.raw === '.' && TITLES.has(tokens[o - 1]?.lower ?? '')) o++;
      if (o >= first || quoted[o]) continue;
      const p = this.personAt(o);
      if (!p || keyId(p.key) === id || keyType(this.doc, p.key) !== 'person') continue;
      if (/^['’]s?$/.test(tokens[p.last + 1]?.raw ?? '')) continue;
      if (joint && !HONORIFIC_GENDER.has((tokens[o - 1]?.raw === '.' ? tokens[o - 2] : tokens[o - 1])?.lower ?? '')) continue;
      const ref = this.refFor(p.key, tokens[o]!.para);
      if (this.genderOf(ref) !== want) return null;
      // (not when the pronoun's own sentence names the one met again, or points to that one by another pronoun: "She said
      // Mrs Hart had been a tough negotiator", "She told her the talks were useful" are the subject's words)
      const ps = sents.sent[first]!;
      const pEnd = sents.starts[ps + 1] ?? tokens.length;
      const other = want === 'female' ? /^her$/ : /^him$/;
      for (let m = first + 1; m < pEnd; m++) {
        const q = this.personAt(m);
        if (q && keyId(q.key) === keyId(p.key)) return null;
        if (tokens[m]!.word && !quoted[m] && other.test(tokens[m]!.lower)) {
          // "her" as an object (after a verb, or before no noun), not an owner ("She said her ministry …")
          const nx = tokens[m + 1];
          if (want === 'male' || m === first + 2 || !nx?.word || /^(that|the|a|an|to|on|in|about|of)$/.test(nx.lower)) return null;
        }
      }
      return ref;
    }
    return null;
  }

  /**
   * The token of "with" after a past verb at v and the noun of a meeting: "held talks with", "had lunch with", "held a
   * meeting with", "sat down with", "spoke with", "talked with"; -1 otherwise.
   */
  private meetingWith(v: number): number {
    const { tokens, quoted } = this.doc;
    const w = (i: number): string => (quoted[i] ? '' : (tokens[i]?.lower ?? ''));
    let m = v + 1;
    if (/^(held|had)$/.test(w(v))) {
      if (/^(a|an)$/.test(w(m))) m++;
      if (!/^(talks|meeting|meetings|lunch|dinner|breakfast|coffee|discussions|conversation|call)$/.test(w(m))) return -1;
      m++;
    } else if (w(v) === 'sat') {
      if (w(m) !== 'down') return -1;
      m++;
    } else if (!/^(spoke|talked)$/.test(w(v))) return -1;
    return w(m) === 'with' ? m : -1;
  }

  /** Whether the tokens from `from` to before `to` are words or commas outside quotation marks, with no one named in them. */
  private plainWords(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.doc.tokens[k]!;
      if (this.doc.quoted[k] || this.personAt(k) || !(t.word || t.raw === ',')) return false;
    }
    return true;
  }

  /**
   * The person the sentence before opens with, when the last speaker was met in that sentence through no frame of its
   * own (the one it says calls the quoted words something: 'Hollis Grieve disagrees with what Ostrander calls a “grocery
   * toll.” He said …' is Grieve's), is another person named after the subject, and fits `want`; null otherwise.
   */
  private subjectPastNamer(sent: number, want: Gender, para: number): Ref | null {
    const h = this.last();
    const { tokens, sents } = this.doc;
    // (or the noun "claim" after its claimant, the object of the subject's verb: "Whitlock rejected the union's claim that
    // managers had received bonuses. “…,” she said." is Whitlock's)
    const claim =
      !!h?.c &&
      /^claims?$/.test(tokens[h.c.verbFirst]?.lower ?? '') &&
      /^('s|’s|his|her|their|its)$/.test(tokens[h.c.verbFirst - 1]?.lower ?? '');
    // (or a relative clause set off by a comma on a person named after the subject, the verb's object, picked out of a
    // list by "particularly", "especially", "including" or "notably": "Vik spared his rivals, particularly Carl Dahl, who
    // say the city needs a stadium. He dismissed …" is Vik's; not a plain object, who may well speak next: "Judge Hart
    // sentenced Maria Lopez, who says she is innocent. She said she would appeal" is Lopez's)
    const picked = (first: number): boolean => {
      for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
        const t = tokens[i]!;
        if (/^(particularly|especially|including|notably)$/.test(t.lower)) return true;
        if (!/^[A-Za-z.'’-]+$/.test(t.raw) || t.lower === 'who') return false;
      }
      return false;
    };
    const relative =
      !!h?.c &&
      !h.c.inverted &&
      tokens[h.c.verbFirst - 1]?.lower === 'who' &&
      tokens[(h.c.subject?.last ?? -1) + 1]?.raw === ',' &&
      picked(h.c.subject!.first);
    // (a frame of naming, not of saying: "what Ostrander calls", "a plan Vik described as")
    if (
      !h ||
      (h.c && !/^(call|calls|called|describe|describes|described)$/.test(h.c.verb) && !claim && !relative) ||
      h.sent !== sent - 1 ||
      h.para !== para
    )
      return null;
    if (tokens[sents.starts[sent]!]!.para !== para) return null;
    // (a person named, not a description: resolving one here, out of the text's order, reads back sentence by sentence
    // through the descriptions before it)
    const r = this.subjectOf(sents.starts[sent - 1]!, sents.starts[sent]! - 1, para, false, 'named');
    const hk = final(h.ref).key;
    if ((claim || relative) && r?.key && keyType(this.doc, r.key) === 'person' && (!hk || keyId(r.key) !== keyId(hk))) {
      // (the subject opens the sentence, before the claim)
      const opens = this.mentionsOf(r.key).some((pm) => pm.first < h.c!.first && sents.sent[pm.first] === sent - 1);
      return opens ? this.fitting(r, want) : null;
    }
    if (!r?.key || !hk || keyId(r.key) === keyId(hk) || keyType(this.doc, r.key) !== 'person') return null;
    const named = this.mentionsOf(hk).some((pm) => sents.sent[pm.first] === sent - 1 && !this.doc.quoted[pm.first]);
    return named ? this.fitting(r, want) : null;
  }

  /** Whether the person or description `r` asks by role: commission counsel, an interviewer, a moderator. */
  private askerByRole(r: Ref): boolean {
    const heads = r.key ? [...this.heads(r.key), ...(this.described.get(keyId(r.key)) ?? []).map((x) => x.head)] : [r.desc?.head ?? ''];
    return heads.some((h) => ASKING_ROLES.test(h));
  }

  /**
   * Whether the asking `c` reports is a request, not a question anyone answers: "who asked not to be named", "asked to
   * remain anonymous", and a lawyer's of the court, "Crown counsel Rui Onn asked for six years", "… asked the court for
   * a conditional sentence", "… asked that the charge be stayed" (the "he" after it is not the judge quoted before). A
   * "to" after the one asked leaves it a question's ("asked Vik to explain the memo. “…,” he said." may be Vik's).
   */
  private request(c: Construction): boolean {
    const { tokens, sents } = this.doc;
    const next = tokens[c.verbLast + 1]?.lower ?? '';
    if (next === 'not' || next === 'to') return true;
    // (the first word of either kind, within the one asked: "for" or "that", or one that asks, "whether", "about" …)
    const end = Math.min((sents.starts[c.sent + 1] ?? tokens.length) - 1, c.verbLast + 5);
    for (let k = c.verbLast + 1; k <= end; k++) {
      const w = tokens[k]!.lower;
      if (w === 'for' || w === 'that') return true;
      if (QUESTION_WORDS.test(w)) return false;
    }
    return false;
  }

  /**
   * Whether the question construction `c` reports ("asked whether he had …") has a "he" or a "she" of gender `want` in it,
   * outside quotation marks, before its sentence ends.
   */
  private questionAbout(c: Construction, want: Subject['pronoun']): boolean {
    const { tokens, sents, quoted } = this.doc;
    const end = (sents.starts[c.sent + 1] ?? tokens.length) - 1;
    const word = want === 'male' ? 'he' : want === 'female' ? 'she' : null;
    if (!word) return false;
    for (let k = c.verbLast + 1; k <= end && k - c.verbLast <= 25; k++) if (!quoted[k] && tokens[k]!.lower === word) return true;
    return false;
  }

  /**
   * Whether the verb right after the subject pronoun at `at` (the frame `c`'s, when it has one) takes "him", "her" or
   * "them" for its object: "They told him: “…”", "They called him “…”".
   */
  objectAfterVerb(at: number, c: Construction | null | undefined): boolean {
    const { tokens } = this.doc;
    const v = c && c.verbLast > at ? c.verbLast : at + 1;
    const t = tokens[v + 1];
    return !!tokens[v]?.word && tokens[v]!.cap === 0 && !!t && /^(him|her|them)$/.test(t.lower) && t.para === tokens[at]?.para;
  }

  /**
   * The singular "they" of a person the article calls no "he" or "she", nor knows as a man or a woman (heOrShe: a given
   * name of both genders says nothing against it):
   * the person who opens the sentence just before the pronoun's, in its paragraph and after the last speaker's
   * sentence, when that sentence names no one else, no plural noun and no "and his/her" outside quotation marks ("Reyes,
   * a former accountant, was blunt. “…,” they said."); null otherwise.
   */
  private singularThey(sent: number, para: number): Ref | null {
    const r = this.subjectBefore(sent, para);
    if (!r?.key) return null;
    const { tokens, sents } = this.doc;
    const id = keyId(r.key);
    if (this.heOrShe(r)) return null;
    for (let k = sents.starts[sent - 1]!; k < sents.starts[sent]!; k++) {
      const t = tokens[k]!;
      if (this.doc.quoted[k] || !t.word) continue;
      const at = this.personAt(k);
      if (at && keyId(at.key) !== id) return null;
      // (nor a pair: "Nonbinary activist Maria Santos and her brother led the march. “…,” they said.")
      if (t.lower === 'and' && /^(his|her|their)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      if (!at && t.cap === 0 && pluralHead(t.lower) && !/^[a-z]+(ed|ly)$/.test(t.lower) && !AUXILIARIES.has(t.lower)) return null;
    }
    return r;
  }

  /**
   * When the last speaker is of the other gender, the person of gender `want` named nearest before token `at` since
   * that speaker's frame, in any place of a sentence and outside quotation marks ("“…,” Tomas Berglund wrote. Berglund
   * was replying to a note from the deputy harbour master, Ines Alvarado. “…,” she wrote." → Alvarado, not a woman
   * quoted further back); null otherwise.
   */
  private namedSinceOtherGender(at: number, want: Gender, para: number, wordsOf = -1): Ref | null {
    const h = this.last();
    if (!h) return null;
    const last = final(h.ref);
    const g = this.genderOf(last);
    if (this.isGroup(last) || !g || g === want) return null;
    // (not when another speaker of the sentence fits: "What hurt, she said, was when a young man asked Ada Vik …")
    if (this.history.some((x) => x.sent === h.sent && this.fitting(final(x.ref), want))) return null;
    const { sents, tokens } = this.doc;
    const floor = h.c ? h.c.last + 1 : (sents.starts[h.sent + 1] ?? Infinity);
    // (the subject of the words the frame trails, when they come after that speaker: wordsSubject)
    const subject = wordsOf >= 0 && sents.starts[wordsOf]! >= floor ? this.wordsSubject(wordsOf, at, want, para) : null;
    if (subject) return subject;
    // (past the rest of those words: a name inside them is no one the frame's pronoun stands for, "Because Ms. Holm's
    // report called the plant safe, we left, she said.")
    for (let i = this.mentionsBefore(this.wordsStart(wordsOf, at)) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first < floor) break;
      // (not a name after an article, which is no person's: "the anti-EU Five Star Movement"; nor one harmed or a passive's
      // agent, see harmedOrAgent)
      if (this.doc.quoted[pm.first] || /^(the|a|an)$/.test(tokens[pm.first - 1]?.lower ?? '') || this.harmedOrAgent(pm.first)) continue;
      const r = this.refFor(pm.key, para);
      if (!this.isGroup(r) && this.genderOf(r) === want) return this.unnamedOpenerOver(pm.first, want, para) ?? r;
    }
    return null;
  }

  /**
   * When a "he" or "she" at `at` frames the words sentence `wordsOf` opens with ("Former Rep. Ian Dale backed Ross Kell
   * in the primary, he said."), the subject of those words known to be of gender `want` (a name opening its clause,
   * followed by its verb: Dale), not a name after their verb or a preposition (Kell); null otherwise, or when `wordsOf`
   * is -1.
   */
  private wordsSubject(wordsOf: number, at: number, want: Gender, para: number): Ref | null {
    if (wordsOf < 0) return null;
    const { tokens, sents } = this.doc;
    let k = sents.starts[wordsOf]!;
    while (k < at && !tokens[k]!.word) k++;
    const r = k < at && !this.doc.quoted[k] ? this.subjectBeforePronoun(k, at, want, para) : null;
    return r && this.genderOf(r) === want ? r : null;
  }

  /**
   * The unnamed person the sentence of token `k` opens with as its subject, when the name at `k` stands in a phrase of
   * a preposition before it and the description fits `want`: "In an interview with Radio Nine's Tom Pesk, the minister defended the plan. “…,”
   * he said." is the minister's, not the interviewer's; null otherwise (and when the description is someone named).
   */
  private unnamedOpenerOver(k: number, want: Gender, para: number): Ref | null {
    const { sents, tokens } = this.doc;
    const sent = sents.sent[k]!;
    const start = sents.starts[sent]!;
    const end = (sents.starts[sent + 1] ?? tokens.length) - 1;
    // (the name inside the phrase the sentence opens with, up to its first comma)
    let first = start;
    while (first < k && !tokens[first]!.word) first++;
    let comma = k + 1;
    while (comma <= end && comma < k + 12 && tokens[comma]!.raw !== ',') comma++;
    if (comma > end || !this.closesOpening(first, comma)) return null;
    const r = this.subjectOf(start, end, tokens[start]!.para, false, true);
    return r && !r.key && !r.bound && r.desc && this.fitting(r, want) ? { ...r, para } : null;
  }

  /**
   * When no speaker who can be a "he" or "she" of gender `want` was met in the pronoun's paragraph or the one before,
   * the person of that gender (known, not guessed) named nearest before token `at` in its own paragraph, outside
   * quotation marks, in any place of a sentence ("Trump supporters began shoving. / In Dayton on March 1, Ms. Adeyemi
   * was shocked by the crowd, she said." → Adeyemi, not a woman quoted paragraphs before); null otherwise.
   */
  private namedInParagraph(at: number, want: Gender, para: number, wordsOf = -1): Ref | null {
    const { history } = this;
    for (let i = history.length - 1; i >= 0 && i >= history.length - 40; i--) {
      if (isAsker(history[i]!.c)) continue;
      if (this.fitting(final(history[i]!.ref), want)) {
        if (history[i]!.para >= para - 1) return null;
        break;
      }
    }
    const { tokens } = this.doc;
    const subject = this.wordsSubject(wordsOf, at, want, para);
    if (subject) return subject;
    for (let i = this.mentionsBefore(this.wordsStart(wordsOf, at)) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (tokens[pm.first]!.para !== para) break;
      if (this.doc.quoted[pm.first] || /^(the|a|an)$/.test(tokens[pm.first - 1]?.lower ?? '')) continue;
      // (not a possessor: "He attacked Mr. Clinton's personal life", "Grayson backs Sen. Ian Berg's bill")
      const last = this.personAt(pm.first)?.last ?? pm.first;
      if (tokens[last + 1]?.key === "'s" || /^['’]s?$/.test(tokens[last + 1]?.raw ?? '')) continue;
      const r = this.refFor(pm.key, para);
      if (!this.isGroup(r) && this.genderOf(r) === want) return this.unnamedOpenerOver(pm.first, want, para) ?? r;
    }
    return null;
  }

  /**
   * Whether a "he" or "she" of gender `want` opening sentence `sent`, taken for the last speaker `ref` that fits, passes
   * over a person known to be of that gender whom the article first names in a sentence between that speaker's and the
   * pronoun's, where the resolver found no subject to take: "“…,” said principal Mark Ellis. / The district hired
   * engineer Paul Weir to inspect the building. / He said the repairs would take a month." may be Weir's (a guess).
   * Only a person the names step is sure of, opening a clause or after a role (not "cheered for the Lewisburg Green
   * Dragons", "groups affiliated with Al Qaeda", a credit's "(Submitted by Priya Nair)"), and not after a "he" or "she"
   * of that gender in its sentence, which goes on about the speaker ("“…,” said Lance Berg. He backed Ana Vik in 2020,
   * not Tom Hale. / “…,” he said." stays Berg's).
   */
  private newcomerPassed(ref: Ref, want: Gender, sent: number): boolean {
    const h = this.last();
    const { sents, tokens, quoted } = this.doc;
    if (!h || sent < 0 || h.sent >= sent - 1 || final(h.ref) !== ref) return false;
    const floor = sents.starts[h.sent + 1]!;
    const own = want === 'female' ? 'she' : 'he';
    for (let i = this.mentionsBefore(sents.starts[sent]!) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first < floor) break;
      if (pm.key.kind !== 'person' || this.doc.people.people[pm.key.person]!.unproven || quoted[pm.first]) continue;
      if (!this.opensOrFollowsRole(pm.first) || tokens[pm.first - 1]?.lower === 'by' || this.firstMention(pm.key) !== pm.first) continue;
      if (this.harmedOrAgent(pm.first)) continue;
      let about = false;
      for (let w = sents.starts[sents.sent[pm.first]!]!; w < pm.first && !about; w++) about = tokens[w]!.lower === own && !quoted[w];
      if (about) continue;
      const r = this.refFor(pm.key, h.para);
      if (r !== ref && !this.isGroup(r) && this.genderOf(r) === want) return true;
    }
    return false;
  }

  /**
   * Whether a "he" or "she" of gender `want` in sentence `sent`, taken for the older speaker `ref`, passes over the last
   * speaker met when that one is no person of the other gender (a document, an organisation, a description: "The board
   * released the figures on Monday. “…,” he said." after other speakers) and did not speak in the pronoun's sentence,
   * inside `ref`'s words or for `ref` (the campaign of `ref`'s): a guess. (Alternating speakers told apart by gender are
   * none: "“…,” said Sarah Klein. “…,” James Ortiz said. “…,” she said.")
   */
  private passedOver(ref: Ref, want: Gender, sent: number): boolean {
    // (the one who asked is not passed over: the one asked answers)
    let n = this.history.length - 1;
    while (n > 0 && isAsker(this.history[n]!.c)) n--;
    const inner = this.history[n];
    const prev = n > 0 ? this.history[n - 1] : undefined;
    if (inner?.nested && prev && final(prev.ref) === ref) return false;
    // (one who speaks inside another's words is the other's report: the one passed over is the other, "Counsel Ana
    // Vik pressed him, noting that a 2017 review had recommended a 24-hour line. “…,” he replied." passes over Vik)
    // (only a body, a document or a description inside a person's words)
    const person = (x: Ref): boolean => !!x.key && keyType(this.doc, x.key) === 'person';
    const h =
      inner?.nested &&
      prev?.c &&
      inner.c &&
      prev.sent === inner.sent &&
      prev.c.verbLast < inner.c.first &&
      !person(final(inner.ref)) &&
      person(final(prev.ref))
        ? prev
        : inner;
    if (!h || h.sent === sent) return false;
    const last = final(h.ref);
    if (last === ref || (h.opener && final(h.opener) === ref)) return false;
    if (last.owner && ref.key && keyId(last.owner) === keyId(ref.key)) return false;
    const g = this.genderOf(last);
    return this.isGroup(last) || !g || g === want;
  }

  /**
   * The last speaker met, in the pronoun's paragraph or the one before, when it is a single word the article shows
   * neither as a person nor as an organisation ("“…,” Marsh said. / “…,” he said."): the he or she that speaks next is
   * that one, not a person of the gender quoted before it (the teller of a report it spoke inside stands in its place,
   * see unprovenAt); null otherwise.
   */
  private unprovenLast(para: number): Ref | null {
    const h = this.history[this.unprovenAt()];
    if (!h || h.para < para - 1) return null;
    const r = final(h.ref);
    if (r.key?.kind !== 'person' || !this.doc.people.people[r.key.person]!.unproven) return null;
    // (the subject of its own verb of saying, written as a surname is: "Marsh said", not "according to Factcheck", "as
    // reported by Politico", "POLITICO reported")
    const c = h.c;
    const sub = c?.subject;
    if (!c || c.passive || /^accord/.test(c.verb) || sub?.kind !== 'key' || sub.first !== sub.last) return null;
    const { tokens } = this.doc;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[sub.first]!.raw) || /^(by|to|of|from)$/.test(tokens[sub.first - 1]?.lower ?? '')) return null;
    // (nor the noun of a body alone, which is no he or she: "Cabinet agreed the plan. He said …"; nor a place the article
    // names as one, a government by its capital: "Dorsey said Ottawa has complained …. “…,” he said." is Dorsey's)
    if (BODY_WORDS.has(tokens[sub.first]!.lower) || this.placeWord(tokens[sub.first]!.raw)) return null;
    return r;
  }

  /**
   * The index in the history of the speaker unprovenLast reads: the last one met, past those who asked, and past one
   * that speaks inside another's report to its teller, who goes on ("Dorsey said Ottawa has complained to the WTO. “…,”
   * he said." is Dorsey's, a government by its capital being no he; a teller named in full is found by lastFitting,
   * "Trade Minister Mark Dorsey said Ottawa has complained …").
   */
  private unprovenAt(): number {
    const { history } = this;
    let n = history.length - 1;
    while (n > 0 && isAsker(history[n]!.c)) n--;
    if (n > 0 && history[n]!.nested && history[n - 1]!.sent === history[n]!.sent) n--;
    return n;
  }

  /**
   * Whether `r`, the unproven last speaker (see unprovenLast), met there as the subject of a verb that takes a thing for
   * its object and reports no words (a determiner or a number right after it, no verb of a clause in the rest of the
   * sentence, no quotation in it): "Beijing announced the duties on Tuesday. “…,” he added." A word never named in full
   * that did something is as likely a government, a company or a team as a person: the pronoun's a guess (not "Okafor
   * said the budget would be late", "Okafor announced the plan would go ahead").
   */
  private unprovenActed(r: Ref, para: number): boolean {
    if (this.unprovenLast(para) !== r) return false;
    const c = this.history[this.unprovenAt()]!.c!;
    const { tokens, sents } = this.doc;
    const o = tokens[c.verbLast + 1];
    if (!o?.word || o.cap !== 0 || !(DETERMINERS.has(o.lower) || /^[0-9]/.test(o.raw)) || o.lower === 'that') return false;
    // (nor a frame of words in its sentence: "“…,” Okafor said the next day.")
    const end = sents.starts[c.sent + 1] ?? tokens.length;
    for (let k = sents.starts[c.sent]!; k < c.first; k++) if (this.doc.quoted[k]) return false;
    for (let k = c.verbLast + 2; k < end; k++) {
      const t = tokens[k]!;
      if (this.doc.quoted[k]) return false;
      if (!t.word || t.cap !== 0) continue;
      if (AUXILIARIES.has(t.lower) || NEGATED_AUXILIARY.test(t.lower) || IRREGULAR_PAST.has(t.lower) || /^(that|saying)$/.test(t.lower))
        return false;
      if (/^[a-z]{2,}ed$/.test(t.lower)) return false;
    }
    return true;
  }

  /**
   * Whether the word at token `k` is followed by a verb of ACTS_ON_PEOPLE_VERBS and, past a determiner, a group or a
   * public as its object, or a plural of people by their work ("met regulators", "hired lobbyists"): "Microsoft met
   * analysts", "… hired the workers"; not "Revenue rose", "Inflation hit workers", nor an object owning a thing, "Sales
   * met analysts' forecasts".
   */
  private actsOnPeople(k: number): boolean {
    const { tokens } = this.doc;
    const v = tokens[k + 1];
    if (!v?.word || v.cap !== 0 || !ACTS_ON_PEOPLE_VERBS.has(v.lower)) return false;
    const at = /^(the|its|their|some|local)$/.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
    const o = tokens[at];
    if (!o?.word || o.cap !== 0 || /^['’]/.test(tokens[at + 1]?.raw ?? '')) return false;
    if (GROUP_NOUNS.has(o.lower) || PEOPLE_PLURALS.test(o.lower)) return true;
    return pluralHead(o.lower) && (SPEAKER_NOUNS.has(o.lower) || personShaped(o.lower.slice(0, -1)));
  }

  /**
   * A single word the names step holds but shows neither as a person nor as an organisation (unproven), opening sentence
   * `sent` or the one before (since the last speaker's, in paragraph `para`) with a verb in the past, when the article
   * joined it by "and" to the last speaker, a person or a surname that spoke as one: "Ruiz and Hale met on Monday. “…,”
   * Ruiz said. / Hale disagreed. “…,” he said." is Hale's (one met, paired with a person, who acts is a person too), not
   * Ruiz's; null otherwise.
   */
  private pairedOpener(sent: number, para: number): Ref | null {
    const h = this.last();
    if (sent < 0 || !h?.c || h.para < para - 1) return null;
    const r = final(h.ref);
    const sub = h.c.subject;
    if (!r.key || sub?.kind !== 'key' || (keyType(this.doc, r.key) !== 'person' && this.unprovenLast(para) !== r)) return null;
    const { tokens, sents, quoted, people } = this.doc;
    const partner = tokens[sub.last]!.raw;
    for (let s = sent; s >= Math.max(0, sent - 1) && s > h.sent; s--) {
      let i = sents.starts[s]!;
      while (i < tokens.length && !tokens[i]!.word) i++;
      const t = tokens[i];
      const v = tokens[i + 1];
      const u = people.startAt.get(i);
      if (!t || t.para !== para || u === undefined || quoted[i]) continue;
      const p = people.people[u]!;
      if (!p.unproven || p.mentions.some((m) => m.last !== m.first) || t.raw === partner) continue;
      if (!v?.word || v.cap !== 0 || !(IRREGULAR_PAST.has(v.lower) || /^[a-z]{2,}ed$/.test(v.lower))) continue;
      if (this.pairedBefore(i, partner)) return this.refFor(personKey(u), para);
    }
    return null;
  }

  /** Whether the word at token `i` is joined by "and" to the word `partner` earlier, outside quotation marks: "Ruiz and Hale", "Hale and Ana Ruiz". */
  private pairedBefore(i: number, partner: string): boolean {
    const { tokens, quoted } = this.doc;
    const word = tokens[i]!.raw;
    for (let j = 0; j < i; j++) {
      if (tokens[j]!.raw !== word || quoted[j]) continue;
      if (tokens[j - 1]?.lower === 'and' && tokens[j - 2]?.raw === partner) return true;
      if (tokens[j + 1]?.lower !== 'and') continue;
      let k = j + 2;
      while (tokens[k + 1]?.cap && tokens[k + 1]!.word) k++;
      if (tokens[k]?.raw === partner) return true;
    }
    return false;
  }

  /**
   * When the last speaker is no person (an organisation, a document, a group, a description of no gender), the person of
   * gender `want` named nearest before token `at` since that speaker's frame (met in the pronoun's paragraph or one of
   * the two before), as the subject of a clause (not after a preposition, not a possessor), outside quotation marks. ("The
   * ministry released the figures. The plan was backed by Sen. Ada Vik, who said it was overdue. “…,” she said." → Vik,
   * not a woman quoted before the ministry); when that speaker is a document quoted right after a sentence about a
   * person, from the sentence before the document's ("… asked about a second memo she sent. That memo warned that “…” /
   * She testified …"). Null otherwise.
   */
  private namedSinceNoPerson(at: number, want: Gender, para: number, wordsOf = -1): Ref | null {
    const h = this.last();
    if (!h || h.para < para - 2) return null;
    const last = final(h.ref);
    if (this.fitting(last, want) || (!this.isGroup(last) && this.genderOf(last))) return null;
    const { sents, tokens } = this.doc;
    let floor = h.c ? h.c.last + 1 : (sents.starts[h.sent + 1] ?? Infinity);
    // (a document quoted in the sentence right after one about a person, with no speaker met in that sentence: the person
    // the document was part of the account of, "Vik was also asked about a memo she sent. That memo warned that “…” / She
    // testified that …" → Vik)
    const prev = this.history[this.history.length - 2];
    if (this.isThing(last) && h.sent > 0 && (!prev || prev.sent < h.sent - 1) && tokens[sents.starts[h.sent - 1]!]!.para === h.para)
      floor = sents.starts[h.sent - 1]!;
    for (let i = this.mentionsBefore(this.wordsStart(wordsOf, at)) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first < floor) break;
      if (this.doc.quoted[pm.first] || this.harmedOrAgent(pm.first)) continue;
      if (!this.opensOrFollowsRole(pm.first)) continue;
      const end = this.personAt(pm.first)?.last ?? pm.first;
      if (tokens[end + 1]?.key === "'s" || /^['’]s?$/.test(tokens[end + 1]?.raw ?? '')) continue;
      const r = this.refFor(pm.key, para);
      if (!this.isGroup(r) && this.genderOf(r) === want) return r;
    }
    return null;
  }

  /**
   * When the last speaker of gender `want` is a relative the article introduced in apposition to its owner ("Vik's son,
   * Emil, defended his father, saying …") and a later paragraph names, outside quotation marks, a person of that gender
   * met before the relative, followed in that paragraph by a sentence that opens with "he" or "she": the narrative has
   * gone back to that person, and a later pronoun is theirs ("After his suspension, Ada Lund replaced Vik on the show. He
   * was reassigned to … / Last month, he suggested that …" → Vik, not his son); null otherwise.
   */
  private topicSinceRelative(at: number, want: Gender, para: number): Ref | null {
    const h = this.last();
    if (!h?.c) return null;
    const last = final(h.ref);
    if (!last.key || last.key.kind !== 'person' || this.genderOf(last) !== want) return null;
    const { tokens, sents } = this.doc;
    const lastFirst = this.firstMention(last.key);
    if (lastFirst < 0 || !familyApposition(tokens, lastFirst)) return null;
    const word = want === 'male' ? 'he' : 'she';
    const floor = h.c.last + 1;
    for (let i = this.mentionsBefore(at) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first < floor) break;
      if (keyId(pm.key) === keyId(last.key)) return null;
      const p = tokens[pm.first]!.para;
      if (this.doc.quoted[pm.first] || p <= h.para || p >= para) continue;
      const r = this.refFor(pm.key, para);
      if (this.isGroup(r) || this.genderOf(r) !== want || this.firstMention(pm.key) >= lastFirst) continue;
      // a sentence after the name's, in its paragraph, opens with the pronoun
      for (let t = sents.sent[pm.first]! + 1; sents.starts[t] !== undefined && sents.starts[t]! < at; t++) {
        const w = tokens[sents.starts[t]!]!;
        if (w.para !== p) break;
        if (w.lower === word) return r;
      }
      return null;
    }
    return null;
  }

  /**
   * The first token of the words sentence `wordsOf` opens with, which a frame with a "he" or "she" at `at` trails (see
   * wordsSubject); `at` itself when `wordsOf` is -1.
   */
  private wordsStart(wordsOf: number, at: number): number {
    return wordsOf >= 0 ? Math.min(at, this.doc.sents.starts[wordsOf]!) : at;
  }

  /**
   * Is the person mentioned at `at` only the one a deed harmed ("The leak killed Maria Sand, 34.") or the agent after a
   * passive "by" ("The plant was built by Greta Orlan in 1961."): no one a later "she said" with no speaker yet stands for.
   */
  private harmedOrAgent(at: number): boolean {
    const { tokens } = this.doc;
    const b = tokens[at - 1];
    if (!b?.word || b.cap !== 0 || this.doc.quoted[at - 1]) return false;
    if (/^(killed|injured|wounded|murdered|stabbed|shot|slain|hurt)$/.test(b.lower)) return true;
    return b.lower === 'by' && /^[a-z]{3,}(ed|en|lt|wn|de)$/.test(tokens[at - 2]?.lower ?? '') && tokens[at - 2]!.cap === 0;
  }

  /**
   * Does the name at `first` open its clause or follow a role, as a subject does ("… , who said", "Sen. Ada Vik", "former
   * trooper Ian Dale"), not as an object does ("could not support Vik") nor the subject of reported words ("said Vik had …")?
   */
  private opensOrFollowsRole(first: number): boolean {
    const b = this.doc.tokens[first - 1];
    return !(
      b?.word &&
      b.cap === 0 &&
      !/^(and|but|while|when|as|then|also|by)$/.test(b.lower) &&
      !SPEAKER_NOUNS.has(b.lower) &&
      !TITLES.has(b.lower)
    );
  }

  /** How many person mentions start before token `at` (binary search of `personMentions`). */
  private mentionsBefore(at: number): number {
    let lo = 0;
    let hi = this.personMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.personMentions[mid]!.first < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The last speaker, when it is a definite description of one person of no known gender ("the informant", "the
   * witness") that opens the sentence just before the pronoun's, in its paragraph, as the subject of its own verb of
   * saying, and the pronoun opens its own sentence: the "he" or "she" is that person ("The informant, 34, told the jury
   * he had been paid …. He said …"), not an older speaker of that gender; null otherwise. A person's noun, or an age in
   * commas after the noun, shows the description is a person's.
   */
  private describedSpeakerBefore(sent: number, para: number, first: number): Ref | null {
    const { tokens, sents } = this.doc;
    const h = this.history[this.history.length - 1];
    if (!h?.c || h.nested || h.para !== para || h.sent !== sent - 1 || isAsker(h.c) || h.c.inverted || h.c.passive) return null;
    const sub = h.c.subject;
    if (sub?.kind !== 'desc' || !sub.desc) return null;
    // (the pronoun opens its sentence, and the description the sentence before)
    const opensAt = (s: number, k: number): boolean => {
      let w = sents.starts[s]!;
      while (w < k && !tokens[w]!.word) w++;
      return w === k;
    };
    if (!opensAt(sent, first) || !opensAt(h.sent, sub.first) || this.doc.quoted[first]) return null;
    const r = final(h.ref);
    const d = r.desc;
    if (r.key || !d || !d.definite || d.group || d.gender !== null || this.isGroup(r)) return null;
    const head = d.head;
    if (
      pluralHead(head) ||
      COLLECTIVE_HEADS.test(head) ||
      ORG_HEADS.has(head) ||
      ORG_SUFFIXES.has(head) ||
      DOCUMENT_NOUNS.has(head) ||
      GROUP_NOUNS.has(head) ||
      SPEAKING_BODIES.test(head) ||
      NOT_PERSON_SHAPE.test(head)
    )
      return null;
    // (a person's noun, or an age after it: "the informant, 34,")
    const e = sub.last;
    const aged = tokens[e + 1]?.raw === ',' && /^\d{1,3}$/.test(tokens[e + 2]?.raw ?? '') && tokens[e + 3]?.raw === ',';
    if (!SpeakerResolver.personNoun(head) && !aged) return null;
    return r;
  }

  /**
   * The last speaker met who can be a "he" or a "she" of gender `want`; one who speaks inside another's reported words
   * gives way to that other when both fit ("Tom Aas said that President Vik has long called for … He said …"),
   * and so does one in a "that" clause of the person its sentence opens with (thatClauseOwner).
   */
  private lastFitting(want: Gender): Ref | null {
    const { history } = this;
    // a description of no gender owned by a "her" or a "his" of the pronoun's gender gives way to an older speaker who
    // fits: "“…,” she says. … Her doctor had warned her that … / “…,” she recalls." is the woman's, not the doctor's
    const owned = want === 'female' ? 'her ' : want === 'male' ? 'his ' : '';
    let ownedBy: Ref | null = null;
    for (let i = history.length - 1; i >= 0 && i >= history.length - 40; i--) {
      // the one who asked is not the one who answers: "Asked by a reporter whether he would cut programs, he said …"
      if (isAsker(history[i]!.c)) continue;
      if (history[i]!.nested && i > 0) {
        const outer = this.fitting(final(history[i - 1]!.ref), want);
        if (outer && this.fitting(final(history[i]!.ref), want)) return outer;
      }
      const opener = history[i]!.opener;
      if (opener && this.fitting(final(opener), want) && this.fitting(final(history[i]!.ref), want)) return final(opener);
      const last = final(history[i]!.ref);
      // (an organisation of someone's that is no he or she stands for its owner: "Mr. Sanders's campaign vowed … he
      // gave a defiant speech …"; "Vik's lawyer" is a he or a she of their own)
      const r = this.fitting(last, want) ?? (last.owner ? this.fitting(this.refFor(last.owner, last.para), want) : null);
      if (r && owned && r === last && r.desc && r.desc.gender === null && r.desc.text.toLowerCase().startsWith(owned)) {
        ownedBy ??= r;
        continue;
      }
      // (only for a person known to be of that gender, the one the "her" or "his" most likely stands for)
      if (r && ownedBy && this.genderOf(r) !== want) return ownedBy;
      if (r) return r;
    }
    return ownedBy;
  }

  /**
   * Whether sentence `sent` or the one before it, in paragraph `para` and after the last speaker's sentence, opens
   * with a single capitalised word that is no known person, organisation or place nor an ordinary word, whose verb in
   * the past follows ("Carson defied the question."): a person the names did not find; its token, else -1 (not a
   * plural nor "Nobody"). A given name of the pronoun's gender `want` may have "is", "was", "has" or "had" for its verb
   * instead, as a patient or a child called by the first name alone is written of: "Ethan is now home. He said …".
   * -2 for a "she" when that word's verb has a "his" right after it owning a woman or women ("Ostrow barred his wife …",
   * "… his two daughters") and no man is named before it in its paragraph (who may own them: "Tom Berg and his wife were
   * stuck. Moreau delivered his daughter."): then the "she" is most likely that woman, no speaker met before. (Not for a
   * "her" owning a man: "Diane Foster pleaded guilty. Okonjo sentenced her husband." is most often another woman's.)
   */
  private bareNameOpener(sent: number, para: number, want: Gender): number {
    const { tokens, sents } = this.doc;
    const last = this.last();
    // (the sentence before may close the paragraph before when the pronoun's opens this one: "Ostrowski met drivers on
    // Tuesday. / “…,” he said.")
    const opens = sents.starts[sent] !== undefined && tokens[sents.starts[sent]! - 1]?.para !== para;
    for (let s = sent; s >= Math.max(0, sent - 1); s--) {
      if (last && last.sent >= s) return -1;
      let i = sents.starts[s];
      if (i === undefined) return -1;
      while (i < tokens.length && !tokens[i]!.word) i++;
      const t = tokens[i];
      if (!t || (t.para !== para && !(s < sent && opens && t.para === para - 1))) return -1;
      // (past an apposition of an age or a role: "Ostrowski, a union head, met drivers.", "Ostrowski, 54, met …")
      // (or past a person of the other gender joined by "and": "Ostrowski and Ana Dunn met drivers. “…,” he said.")
      const vi =
        tokens[i + 1]?.raw === ','
          ? this.pastBareApposition(i + 1)
          : tokens[i + 1]?.lower === 'and'
            ? this.pastOtherJoined(i + 2, want, para)
            : i + 1;
      const v = tokens[vi];
      if (
        this.bareWord(i) &&
        !!v?.word &&
        v.cap === 0 &&
        (IRREGULAR_PAST.has(v.lower) ||
          /^[a-z]{2,}ed$/.test(v.lower) ||
          (/^(is|was|has|had)$/.test(v.lower) && !!want && genderOfFirstName(t.raw) === want)) &&
        // (not a word whose verb is a rise or a fall in amount, a thing's: "Inflation rose in March. He said …" is no
        // Inflation's)
        !this.levelChange(vi)
      )
        // (-2 for one a "his" right after the verb shows, owning a woman: "Ostrow barred his wife from the board. She
        // called …" is no Ostrow's, nor an older speaker's, most likely the wife's; not "Ostrow defended her record. He
        // said …" nor "Keller arrested her boyfriend. He said …", whose "her" is most often another woman's)
        return this.ownsOneOfGender(vi + 1, v.lower, want) && !this.namedOfGenderBefore(i, 'male', para) ? -2 : i;
    }
    return -1;
  }

  /**
   * The token after the person named at `k`, right after a bare name and "and", when that person's gender is known and is
   * not `want` ("Ostrowski and Ana Dunn met …" for a "he"): `k - 1` otherwise (so no verb follows the name).
   */
  private pastOtherJoined(k: number, want: Gender, para: number): number {
    const p = want && !this.doc.quoted[k] ? this.personAt(k) : null;
    const g = p ? this.genderOf(this.refFor(p.key, para)) : null;
    return p && g !== null && g !== want ? p.last + 1 : k - 1;
  }

  /**
   * The token after the apposition that the comma at `comma` opens after a bare name, when it is an age or a role that a
   * determiner or an owner opens and a noun of a speaker closes (", 54,", ", a union head,", ", the union's president,"):
   * `comma` when there is none (so no verb follows the name).
   */
  private pastBareApposition(comma: number): number {
    const { tokens, quoted } = this.doc;
    const a = tokens[comma + 1];
    if (!a || quoted[comma + 1]) return comma;
    if (/^[0-9]{2}$/.test(a.raw)) return tokens[comma + 2]?.raw === ',' ? comma + 3 : comma;
    if (!/^(a|an|the)$/.test(a.lower)) return comma;
    for (let k = comma + 2; k <= comma + 7; k++) {
      const t = tokens[k];
      if (!t || quoted[k]) return comma;
      if (t.raw === ',') return SPEAKER_NOUNS.has(tokens[k - 1]!.lower) ? k + 1 : comma;
      if (!(t.word || /^['’]s?$/.test(t.raw))) return comma;
    }
    return comma;
  }

  /**
   * Whether the verb at token `v` tells a rise or a fall in amount (LEVEL_VERBS), or is one a person does too
   * (LEVEL_VERBS_SHARED) followed by an amount, a manner in "-ly", "by" or a time: "rose 3 per cent", "fell sharply",
   * "climbed to 6 per cent", "rose in March" (not "rose to speak", "fell from the roof").
   */
  private levelChange(v: number): boolean {
    const { tokens } = this.doc;
    const w = tokens[v]!.lower;
    if (LEVEL_VERBS.has(w)) return true;
    if (!LEVEL_VERBS_SHARED.has(w)) return false;
    const n = tokens[v + 1];
    if (!n || amountOrTime(n) || n.lower === 'by' || /[a-z]ly$/.test(n.lower)) return !!n;
    return /^(to|in|from|during|over|for)$/.test(n.lower) && amountOrTime(tokens[v + 2]);
  }

  /**
   * Whether a "he" or "she" of gender `want` in sentence `sent` of paragraph `para` is passed over for the woman a bare
   * name's "his" owns (bareNameOpener's -2): "… Dunmore locked his wife in the cellar. “…,” she said."
   */
  ownedSheBefore(sent: number, para: number, want: Gender): boolean {
    return sent >= 0 && want === 'female' && this.bareNameOpener(sent, para, want) === -2;
  }

  /** Whether a person of gender `g` is named, outside quotation marks, before token `at` in its paragraph `para`. */
  private namedOfGenderBefore(at: number, g: Gender, para: number): boolean {
    for (let i = this.mentionsBefore(at) - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (this.doc.tokens[pm.first]!.para !== para) return false;
      if (!this.doc.quoted[pm.first] && this.genderOf(this.refFor(pm.key, para)) === g) return true;
    }
    return false;
  }

  /**
   * Whether, for a "she" (`want` female), token k right after the verb `verb` is a possessive "his" (possessiveGender)
   * that owns a woman or women within three lower-case words: "barred his (first) wife", "drove his two daughters".
   */
  private ownsOneOfGender(k: number, verb: string, want: Gender): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[k];
    if (want !== 'female' || t?.lower !== 'his' || quoted[k] || possessiveGender(t, verb) !== 'male') return false;
    for (let j = k + 1; j <= k + 3; j++) {
      const w = tokens[j];
      if (!w?.word || w.cap !== 0 || w.para !== t.para || quoted[j]) return false;
      if (FEMALE_NOUNS.has(w.lower) || pluralIn(w.lower, FEMALE_NOUNS)) return true;
    }
    return false;
  }

  /**
   * Whether token i is a capitalised word of the shape of a surname that the article knows as no one, no common word,
   * pronoun, day or month: "Carson", "Marsh"; nor the noun of a body, a group or a place ("Congress", "Parliament",
   * "Cabinet"), which is no he or she.
   */
  private bareWord(i: number): boolean {
    const t = this.doc.tokens[i];
    return (
      !!t?.word &&
      !this.doc.quoted[i] &&
      t.cap === 1 &&
      /^[A-Z][a-z]{2,}$/.test(t.raw) &&
      !COMMON_WORDS.has(t.lower) &&
      !BODY_WORDS.has(t.lower) &&
      !PRONOUNS.has(t.lower) &&
      !QUANTIFIER_PRONOUNS.test(t.lower) &&
      !/^(no|every|any|some)(body|one)$/.test(t.lower) &&
      !/(?<!s)s$/.test(t.lower) &&
      !DAYS_MONTHS.has(t.lower) &&
      !this.doc.knownStartAt.has(i) &&
      !this.doc.people.startAt.has(i)
    );
  }

  /** `r` when it can be a "he" or a "she" of gender `want`, else null. */
  /**
   * Whether a description headed by a company's trade that a person plies too holds a modifier only a person takes: "one
   * laid-off developer", "a retired operator", "a 41-year-old producer" (not "a developer", "the ferry operator").
   */
  private static tradePersonByModifier(d: { head: string; text: string }): boolean {
    return PERSON_SHAPE.test(d.head) && PERSON_ONLY_MODIFIERS.test(d.text);
  }

  private fitting(r: Ref, want: Gender): Ref | null {
    // a description speaks for a he or a she when it names a speaker or a person of a gender ("one fisherman"), or one
    // person of a group ("one of the complainants")
    // (not an institution or a document: "the court", "the ministry", "the statement" is no he or she)
    // (a company's trade that a person plies too, with a modifier only a person takes, is a person's noun: "one laid-off
    // developer", "a retired operator")
    const plied = !!r.desc && !r.desc.definite && SpeakerResolver.tradePersonByModifier(r.desc);
    if (
      (!plied && this.isGroup(r)) ||
      (r.desc &&
        !plied &&
        ((!SPEAKER_NOUNS.has(r.desc.head) &&
          r.desc.gender === null &&
          !/^one of /i.test(r.desc.text) &&
          // (or one person of a group alone: "“…,” one said", "Another was moved", "A third said he …")
          !/^(one|another)$/.test(r.desc.head) &&
          // (an unnamed one met with "a", a noun of a person's shape: "a longtime deckhand", "a retired schoolteacher"; not
          // one whose part is to ask, whom the next "he said" answers: "one questioner claimed …")
          !(!r.desc.definite && SpeakerResolver.personNoun(r.desc.head) && !TITLES.has(r.desc.head) && !ASKERS.test(r.desc.head))) ||
          // a plural is no he or she: "advocates", "Republican strategists"; nor a collective noun: "Family of cyclist
          // tells court …" is no "she" of the next paragraphs
          pluralHead(r.desc.head) ||
          COLLECTIVE_HEADS.test(r.desc.head) ||
          ORG_HEADS.has(r.desc.head) ||
          ORG_SUFFIXES.has(r.desc.head) ||
          DOCUMENT_NOUNS.has(r.desc.head)))
    )
      return null;
    const g = this.genderOf(r);
    return g && g !== want ? null : r;
  }

  /**
   * The person "the author" or "the writer" stands for: the subject of a sentence (its own before it, or one of the two
   * before, in its paragraph or the one before) that says they wrote something ("Gary Pell, a former trooper, has written
   * a book about the governor. … the author wrote"), of the description's gender. A role the person had ("a former
   * trooper") does not stand in the way: writing the book is what makes them its author.
   */
  private writerBefore(d: Description, first: number): Ref | null {
    if (!/^(author|writer)$/.test(d.head) || /\b(other|another|co-?author)\b/i.test(d.text)) return null;
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[first];
    if (s0 === undefined) return null;
    const para = tokens[first]!.para;
    for (let s = s0; s >= Math.max(0, s0 - 2); s--) {
      const a = sents.starts[s]!;
      const b = s === s0 ? first - 1 : sents.starts[s + 1]! - 1;
      if (tokens[a]!.para < para - 1) break;
      let wrote = false;
      for (let k = a; k <= b && !wrote; k++)
        wrote = !this.doc.quoted[k] && /^(wrote|written|authored|penned|co-wrote)$/.test(tokens[k]!.lower);
      if (!wrote) continue;
      const r = this.subjectOf(a, b, tokens[a]!.para);
      if (!r?.key || keyType(this.doc, r.key) !== 'person' || this.isGroup(r)) return null;
      const g = this.genderOf(r);
      return d.gender && g && g !== d.gender ? null : this.refFor(r.key, para);
    }
    return null;
  }

  /** Whether the person at `key` is known by another gender than description `d`'s. */
  private otherGender(key: SpeakerKey, d: Description): boolean {
    const g = this.genderOf({ key, desc: null, bound: null, para: 0 });
    return !!d.gender && !!g && g !== d.gender;
  }

  /**
   * The last speaker, a person with a research role or title ("physicist", "Egyptologist", "professor", "Dr."), for a
   * description by a broader noun of such a role ("the scientist", "the researcher"); null otherwise.
   */
  private scholarSpoke(d: Description): Ref | null {
    const last = this.history.at(-1);
    const r = last ? final(last.ref) : null;
    if (!r?.key || keyType(this.doc, r.key) !== 'person' || this.otherGender(r.key, d)) return null;
    const given = (this.described.get(keyId(r.key)) ?? []).map((x) => x.head);
    return [...this.heads(r.key), ...given].some((h) => SCHOLAR_ROLES.test(h)) ? r : null;
  }

  /**
   * Whether an indefinite "a man" or "a woman" (`head`, after "a" or "an" and at most two modifiers) stands before token
   * `before`, outside quotation marks, in a sentence that names no person: someone the article met unnamed.
   */
  private unnamedBefore(head: string, before: number): boolean {
    const { tokens, sents } = this.doc;
    for (let k = before - 1; k > 0; k--) {
      if (tokens[k]!.lower !== head || this.doc.quoted[k]) continue;
      let a = k - 1;
      while (a > 0 && k - a <= 2 && tokens[a]!.word && tokens[a]!.cap === 0 && !/^(a|an)$/.test(tokens[a]!.lower)) a--;
      if (!/^(a|an)$/.test(tokens[a]!.lower)) continue;
      // (or the subject of a clause of its own, a verb in the past right after it, in a sentence that names someone
      // else: "Gordon Pell said he paid after a salesman came to his door. The salesman told him …" is the salesman, not
      // Pell; not one in apposition, "Pell, a salesman, said")
      const v = tokens[k + 1];
      const acts = !!v?.word && v.cap === 0 && tokens[a - 1]?.raw !== ',' && (AUXILIARIES.has(v.lower) || pastTense(v.lower));
      const sent = sents.sent[k];
      if (acts || !this.personMentions.some((pm) => sents.sent[pm.first] === sent)) return true;
    }
    return false;
  }

  /** Whether the person at `key` is known by a role other than description `d`'s, or by another gender. */
  private otherRole(key: SpeakerKey, d: Description): boolean {
    const g = this.genderOf({ key, desc: null, bound: null, para: 0 });
    if (d.gender && g && g !== d.gender) return true;
    if (/^(man|woman)$/.test(d.head)) return false;
    // a person whose work the article told, "Hanna Lind, who runs the kitchen", holds no public office it did not name:
    // "The governor said" is someone else (a work's role, from WORK_VERBS, is never one of HELD_OFFICES)
    const work = this.working.get(keyId(key));
    if (work && HELD_OFFICES.test(d.head)) return true;
    // one titled with an office of another field holds another role: "Health Minister Ana Ruiz" is no "the finance
    // minister", "former cabinet minister Ada Vik" no "the prime minister" (see otherFieldOffice)
    if (FIELD_OFFICES.test(d.head) && this.otherFieldOffice(key, d.head, d.text)) return true;
    // a description the article gave the person counts as a role: "Ravi Menon, the pharmacist" is no "the senator"
    const given = (this.described.get(keyId(key)) ?? []).map((x) => x.head);
    // a known person's roles in the dataset are of its day, not the article's ("president-elect" does not make a 2016
    // story's "the Republican presidential candidate" someone else): they only count when they match
    if (key.kind === 'entity' && [...keyHeads(this.doc, key)].includes(d.head)) return false;
    // a place in a race is no office and no trade: "the candidate" may be a senator or a businessman, and "Tom Berg, the
    // Republican front-runner" is still "the businessman" (not "the governor": an office is said of someone)
    // (only for someone who has spoken already: one named in passing is no more "the candidate" than anyone else)
    const spoke = this.history.some((x) => {
      const k = final(x.ref).key;
      return !!k && keyId(k) === keyId(key);
    });
    if (spoke && CAMPAIGN_ROLES.test(d.head)) return false;
    const trade = spoke && !GENERIC_HEADS.has(d.head) && !TITLES.has(d.head) && !FORMER.test(d.text);
    const own = key.kind === 'entity' ? (this.textHeads.get(keyId(key)) ?? []) : this.heads(key);
    // (a noun of how someone stands to another is no role: "her rival Tom Berg" may be "the businessman")
    // (a professor the article describes so is one by trade, not by courtesy: "Ana Vale, a law professor, said" is no
    // "the commissioner")
    const titled = [...own];
    const roles = [...titled, ...given].filter(
      (h, k) =>
        (!COURTESY_TITLES.test(h) || (k >= titled.length && h === 'professor')) &&
        !(trade && CAMPAIGN_ROLES.test(h)) &&
        !/^(rival|opponent|foe|ally|counterpart)$/.test(h),
    );
    // (the trades of performers go together: "veteran comedian Tim Allen" is "the actor" and "the star" of his show;
    // "the singer-songwriter" is "the musician")
    if (ARTS_TRADES.test(d.head) && roles.some((h) => ARTS_TRADES.test(h))) return false;
    // (and an award's nominee or winner is no trade: "Oscar nominee Julian Brightwater" may be "the actor")
    const held = ARTS_TRADES.test(d.head) ? roles.filter((h) => !HONOURS.test(h)) : roles;
    return held.length > 0 && !held.includes(d.head);
  }

  /**
   * Whether a sentence after sentence `after` and before the one of token `first` opens with a person other than `r`:
   * "“…,” Kev Osei said. / Rick Sauvé was hired in June. “…,” the first-year coach said" is not Osei's.
   */
  private otherOpenedSince(r: Ref, after: number, first: number): boolean {
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[first];
    if (s0 === undefined) return false;
    for (let s = after + 1; s < s0; s++) {
      const start = sents.starts[s]!;
      const o = this.subjectOf(start, (sents.starts[s + 1] ?? tokens.length) - 1, tokens[start]!.para);
      if (o?.key && keyType(this.doc, o.key) === 'person' && (!r.key || keyId(o.key) !== keyId(r.key))) return true;
    }
    return false;
  }

  /**
   * The last person mentioned after sentence `after` and before token `before` who is known by `d`'s head; 'twins' when
   * another of that head is named in the same sentence, either of whom it may be ("Labour MP for Eastmoor, Alice Penrose,
   * and the Liberal Democrat MP for Hartsfield, Peter Vane, …. “…,” the MP said").
   */
  private personWithHead(d: Description, before: number, after: number): Ref | null | 'twins' {
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first >= before) continue;
      if ((this.doc.sents.sent[pm.first] ?? -1) <= after) return null;
      // (a captain of police or of the army nearer than any team's is no "skipper", and no earlier skipper is meant past
      // them: "Captain Sara Reed led the team out. … Police captain Ruairi Boyle said …. “…,” the skipper said" is neither)
      if (d.head === 'skipper' && this.heads(pm.key).has('captain') && this.serviceCaptain(pm.key)) return null;
      // "the former president": the article must have said "former" of this person (a title before a name does not)
      const fits = FORMER.test(d.text) ? this.givenHead(pm.key, d.head, d.text) : this.hasHead(pm.key, d.head, d.text);
      if (!fits) continue;
      const twin = this.twinInSentence(pm, before, d, (key) =>
        FORMER.test(d.text) ? this.givenHead(key, d.head, d.text) : this.hasHead(key, d.head, d.text),
      );
      return twin ? 'twins' : this.refFor(pm.key, this.doc.tokens[pm.first]!.para);
    }
    return null;
  }

  /**
   * Whether a person other than `key`, titled by `d`'s head alone in capitals right before their name (no body or
   * place before the title: "President Ana Ruiz", not "World Bank President Jim Kim", "chief financial officer Odile
   * Bramante"), is named outside quotation marks in a sentence that names `key` too, in paragraph `para` or one of the
   * two before and before token `before`, and fits `d` as well: the two are twins (see twinInSentence) and "the
   * president" after "President Ana Ruiz of Peru met President Tomas Berg of Chile. / Berg said …" may be either.
   */
  private otherHolderNear(key: SpeakerKey, d: Description, before: number, para: number): boolean {
    const id = keyId(key);
    const { tokens, quoted, sents } = this.doc;
    const from = this.mentionsBefore(before) - 1;
    for (let i = from; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (tokens[pm.first]!.para < para - 2) break;
      const title = tokens[pm.first - 1];
      if (keyId(pm.key) === id || quoted[pm.first] || title?.lower !== d.head || title.cap === 0) continue;
      const prior = tokens[pm.first - 2];
      if ((prior?.word && prior.cap > 0 && prior.para === title.para) || keyType(this.doc, pm.key) !== 'person') continue;
      // (named in one sentence with `key`)
      const sent = sents.sent[pm.first];
      let twin = false;
      for (let j = from; j >= 0 && !twin; j--) {
        const o = this.personMentions[j]!;
        if (o.first < pm.first && sents.sent[o.first] !== sent) break;
        twin = sents.sent[o.first] === sent && keyId(o.key) === id;
      }
      if (
        twin &&
        this.hasHead(pm.key, d.head, d.text) &&
        this.bodyFits(pm.key, d.head, d.text) &&
        this.formerFits(pm.key, d) &&
        !this.otherGender(pm.key, d) &&
        this.placeBeforeRoleFits(pm.key, d, before)
      )
        return true;
    }
    return false;
  }

  /** How many different people mentioned after sentence `after` and before token `before` are known by `d`'s head. */
  private holdersBefore(d: Description, before: number, after: number): number {
    const ids = new Set<string>();
    for (const pm of this.personMentions)
      if (
        pm.first < before &&
        (this.doc.sents.sent[pm.first] ?? -1) > after &&
        !ids.has(keyId(pm.key)) &&
        this.hasHead(pm.key, d.head, d.text)
      )
        ids.add(keyId(pm.key));
    return ids.size;
  }

  /**
   * Whether another person than `pm`, mentioned before token `before` in the same sentence as `pm`, also `fits`
   * description `d` and is not of another gender than it: then either may be the one "the detective" means ("Det.-Sgt.
   * Marc Doiron and Det. Luc Roy led the investigation. The detective said …").
   */
  private twinInSentence(
    pm: { first: number; key: SpeakerKey },
    before: number,
    d: Description,
    fits: (key: SpeakerKey) => boolean,
  ): boolean {
    const sent = this.doc.sents.sent[pm.first];
    return this.personMentions.some(
      (o) =>
        o.first < before &&
        keyId(o.key) !== keyId(pm.key) &&
        this.doc.sents.sent[o.first] === sent &&
        fits(o.key) &&
        !this.otherGender(o.key, d),
    );
  }

  /**
   * Whether description `d` cannot stand for one person: a group, an organisation, a document, a relative ("his son" is
   * someone else) or a plural.
   */
  private static notOnePerson(d: Description): boolean {
    const h = d.head;
    return d.group || ORG_HEADS.has(h) || GROUP_NOUNS.has(h) || DOCUMENT_NOUNS.has(h) || FAMILY.test(h) || pluralHead(h);
  }

  /**
   * Whether the mention `span` at token `first` is followed by a relative clause saying the person goes unnamed: ", who
   * asked not to be named", ", who requested anonymity", ", who declined to give her name".
   */
  private keptAnonymous(first: number, span: Span): boolean {
    const t = this.doc.tokens[this.tokenAfter(first, span)];
    if (t?.raw !== ',') return false;
    return /^,\s+who\s+(asked|requested|spoke|declined|refused|did\s+not\s+want|didn['’]t\s+want|would\s+not|wouldn['’]t|wished)\b[^,.]{0,40}?\b(named|identified|name|anonymity|anonymous(ly)?)\b/i.test(
      this.doc.text.slice(t.start, t.start + 90),
    );
  }

  /** The first token after mention `span`, which starts at token `first`. */
  private tokenAfter(first: number, span: Span): number {
    const { tokens } = this.doc;
    let after = first;
    while (after < tokens.length && tokens[after]!.end <= span.end) after++;
    return after;
  }

  /**
   * Whether a person other than `key`, named outside quotation marks in tokens [start, end], opens a clause of their own
   * joined by "and", "but" or "while" (past a role or title before the name: "and defender Ola Stenberg added a third"),
   * its verb right after the name; not one shown from none of `nations`, when there are any.
   */
  private secondSubject(key: SpeakerKey, start: number, end: number, nations: ReadonlySet<string>): boolean {
    const { tokens } = this.doc;
    return this.personMentions.some((pm) => {
      if (pm.first <= start || pm.first > end || this.doc.quoted[pm.first] || keyId(pm.key) === keyId(key)) return false;
      if (keyType(this.doc, pm.key) !== 'person') return false;
      let k = pm.first - 1;
      while (
        k > pm.first - 4 &&
        tokens[k]?.word &&
        !/^(and|but|while)$/.test(tokens[k]!.lower) &&
        (tokens[k]!.cap === 0 || TITLES.has(tokens[k]!.lower))
      )
        k--;
      if (!/^(and|but|while)$/.test(tokens[k]?.lower ?? '') || k <= start) return false;
      const v = tokens[(this.personAt(pm.first)?.last ?? pm.first) + 1];
      if (!v?.word || v.cap !== 0 || !(pastTense(v.lower) || AUXILIARIES.has(v.lower))) return false;
      if (nations.size === 0) return true;
      const shown = this.nationsShown(pm.key);
      return shown.size === 0 || [...shown].some((c) => nations.has(c));
    });
  }

  /**
   * The countries the article shows person `key` from, outside quotation marks: "Austria's Felix Brandt", "Finland's
   * world champion Kaisa Mäkinen", "the Finnish skier Kaisa Mäkinen", "Rasmus Nordvik of Denmark" (see nationOf).
   */
  private nationsShown(key: SpeakerKey): ReadonlySet<string> {
    const id = keyId(key);
    let out = this.nationsCache.get(id);
    if (!out) this.nationsCache.set(id, (out = this.nationsShownUncached(key)));
    return out;
  }

  /** nationsShown, read afresh */
  private nationsShownUncached(key: SpeakerKey): Set<string> {
    const { tokens } = this.doc;
    const out = new Set<string>();
    for (const pm of this.personMentions) {
      if (keyId(pm.key) !== keyId(key) || this.doc.quoted[pm.first]) continue;
      // before the name, past a few words in lower case ("Austria's Felix Brandt", "Austrian rider Felix Brandt")
      let k = pm.first - 1;
      for (let n = 0; n < 3 && k >= 0 && tokens[k]?.word && tokens[k]!.cap === 0 && tokens[k]!.key !== "'s"; n++) k--;
      const t = tokens[k];
      if (t && (/^['’]s$/.test(t.raw) || t.key === "'s") && tokens[k - 1]?.cap) {
        const c = nationOf(tokens[k - 1]!.lower);
        if (c) out.add(c);
      } else if (t?.word && t.cap > 0) {
        const c = nationOf(t.lower);
        if (c && c !== t.lower) out.add(c);
      }
      // after it: "Rasmus Nordvik of Denmark", "Rasmus Nordvik, of Denmark,"
      let a = (this.personAt(pm.first)?.last ?? pm.first) + 1;
      const comma = tokens[a]?.raw === ',';
      if (comma) a++;
      if (tokens[a]?.lower === 'of' && tokens[a + 1]?.cap) {
        const c = nationOf(tokens[a + 1]!.lower);
        if (c) out.add(c);
      }
      // or in apposition, an indefinite noun phrase whose head is the nationality's noun or has its adjective right before
      // it, past an age: "Lars Holm, a Dane, won", "Lars Holm, 27, a Danish rider, won", "Lars Holm, a 27-year-old Dane,"
      // (not "Lars Holm, a Tour rider", nor a nationality inside a phrase with "of" or "for": "Tomasz Wrona, a rival of
      // Danish rider Mads Berg," and "Tomasz Wrona, a coach of a Danish team," show Wrona from nowhere)
      if (comma && /^[0-9]{1,3}$/.test(tokens[a]?.raw ?? '') && tokens[a + 1]?.raw === ',') a += 2;
      if (comma && /^(a|an)$/.test(tokens[a]?.lower ?? '')) {
        for (let k = a + 1; k <= a + 6 && (tokens[k]?.word || /^[-‐–]$/.test(tokens[k]?.raw ?? '')); k++) {
          if (tokens[k]!.cap === 0) {
            if (APPOSITION_BREAK.test(tokens[k]!.lower)) break;
            continue;
          }
          const c = nationOf(tokens[k]!.lower);
          // (the head itself, "a Dane,", "a Norwegian who …", "a Swede from Malmo", or the word right before the head, "a
          // Danish rider,", "a Danish rider who …")
          const n1 = tokens[k + 1];
          const n2 = tokens[k + 2];
          const head =
            !n1?.word ||
            (n1.cap === 0 && /^(who|whose|from|with|at|in|on)$/.test(n1.lower)) ||
            (n1.cap === 0 &&
              !this.doc.quoted[k + 1] &&
              !APPOSITION_BREAK.test(n1.lower) &&
              (!n2?.word || (n2.cap === 0 && /^(who|whose|from|with|at|in|on|riding|playing)$/.test(n2.lower))));
          if (c && c !== tokens[k]!.lower && head) out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The person a description no one was given stands for: the one a sentence since the last attribution (two at most)
   * opened with as its subject, when no nearer sentence names another ("Nylander credited his linemates. “…,” the
   * Swedish forward said.", "Marta Kowalski opened her bakery in 2019. “…,” the 41-year-old said."). Only a description
   * that names no role of its own (a role, "the coach", "the mayor", is somebody the article introduces as such, unless
   * an age, "veteran", "retired" or "former" makes it someone met already; a player's position is the player's), nor a
   * group, an organisation, a document or a relative; and not a person of another gender.
   */
  private lastNamedFor(d: Description, first: number, para: number): Ref | null {
    const h = d.head;
    // (or a plain "the big man", "the young woman": one person, no role)
    const plain = /^(man|woman)$/.test(h);
    // (or "the teen", the short "the teenager" that news uses for the young person it just named: "Cody Bearspaw, 15, says
    // he joined last year. / “…,” the teen said."; one met unnamed before, "a teen", is still that one, see unnamedBefore)
    const young = h === 'teen';
    // (a player's position, which sports pages call the player they just named: "the veteran centre", "the 24-year-old goalie")
    // ("centre" only with a person's age, size, experience or nationality: "the 24-year-old centre", "the Czech centre";
    // not "the community centre")
    // (or a student athlete's year: "the fifth-year senior", "the redshirt sophomore")
    const classYear = /^(sophomore|junior|senior)$/.test(h) && /\b(\S+-year|redshirt)\s+\S+$/i.test(d.text);
    // (a resident of a place the article named, as "the Toronto native": "the Dartmouth resident")
    const placeResident = h === 'resident' && /^the(\s+\p{Lu}\S*){1,3}\s+resident$/u.test(d.text);
    const position =
      POSITIONS.test(h) &&
      (!ORG_SUFFIXES.has(h) ||
        d.text
          .toLowerCase()
          .split(/\s+/)
          .slice(1, -1)
          .some((w) => /[0-9]/.test(w) || /^(veteran|rookie|young|big)$/.test(w) || DEMONYMS.has(w)));
    if (
      !/^the\s/i.test(d.text) ||
      !(
        PERSON_SHAPE.test(h) ||
        plain ||
        young ||
        position ||
        DEMONYMS.has(h) ||
        NATIONALITY_NOUNS.has(h) ||
        (h === 'old' && /[0-9]+-year-old$/.test(d.text)) ||
        classYear ||
        placeResident ||
        // (or a speaker's noun with an age, or "veteran", "retired", "former", that makes it someone met already: "the
        // veteran critic", "the 52-year-old analyst")
        (SPEAKER_NOUNS.has(h) && /\b[0-9]+-year-old\b|\b(veteran|retired|former)\b/i.test(d.text))
      ) ||
      (NOT_PERSON_SHAPE.test(h) && !position) ||
      (!plain && SpeakerResolver.notOnePerson(d)) ||
      // (a role with an age, or retired, is somebody met already: "the 57-year-old scientist", "the retired surgeon"; or a
      // former trade: "the former phys-ed teacher", "the former Olympian")
      (((!plain && !position && !placeResident && SPEAKER_NOUNS.has(h)) || (TITLES.has(h) && !classYear && !placeResident)) &&
        !/\b[0-9]+-year-old\b|\b(retired|former|veteran)\b/.test(d.text)) ||
      (ORG_SUFFIXES.has(h) && !position) ||
      // (but a former or veteran office is one the article gave someone: "the former governor", "the veteran senator")
      (/\b(former|veteran)\b/i.test(d.text) &&
        (GENERIC_HEADS.has(h) || STANDING.test(h) || PUBLIC_OFFICES.test(h) || CAMPAIGN_ROLES.test(h))) ||
      /\bof\b/i.test(d.text) ||
      // (nor a post in a public body, named by the body: "the county engineer", "the state epidemiologist", "the city
      // planner" hold an office the article introduces as such: "Sheriff Dolores Ybarra said … / …, the county engineer
      // said" is someone new)
      /^the\s+(county|city|state|town|township|district|school|hospital|federal|provincial|municipal|village)\s/i.test(d.text)
    )
      return null;
    // (nor when the article met one so called, unnamed, before it: "A dispatcher can be heard telling her to stay back.
    // / “…?” the dispatcher asks." is that dispatcher, not the person the sentence before opened with)
    if (!plain && this.unnamedBefore(h, first)) return null;
    // the person a recent sentence opened with, unless a nearer sentence names someone else
    const sent = this.doc.sents.sent[first];
    if (sent === undefined) return null;
    // (a nationality never goes to a person shown from another country, and the one person shown from it in the
    // sentences read is meant: "Austria's Felix Brandt won. He beat Colombia's Andrés Quintero. / “…,” the Colombian
    // said" is Quintero; a nationality's noun, "the Dane", "the Finn", only to a person shown from that country: "Kim
    // Larsen won the stage. / “…,” the Dane said" is no one the article showed as a Dane)
    const nations = new Set(
      d.text
        .split(/\s+/)
        .slice(1)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => nationOf(w.toLowerCase()))
        .filter((c): c is string => !!c),
    );
    const nationHead = nations.size > 0 && nationOf(h) !== null;
    const nationNoun = nationHead && NATIONALITY_NOUNS.has(h);
    const fits = (r: Ref): Ref | null => {
      const g = this.genderOf(r);
      if (d.gender && g && g !== d.gender) return null;
      if (nations.size && r.key) {
        const shown = this.nationsShown(r.key);
        if (shown.size ? ![...shown].some((c) => nations.has(c)) : nationNoun) return null;
      }
      // (a player's position is no one the article gave another role: "Coach Dana Pruitt praised Bellini. “…,” the
      // veteran centre said" is not the coach; a player named by another position may still be meant)
      const roles = position && r.key ? [...this.heads(r.key)] : [];
      // (a team's captain is one of its players, but the captaincy shows no position: "Club captain Dara Quinn, a
      // defender, backed the coach. “…,” the defender said" is Quinn; "Captain Sara Reed led the team out. “…,” the
      // goalkeeper said" is no one shown in goal)
      const shownAs = roles.includes(h);
      if (roles.some((x) => x !== h && !POSITIONS.test(x) && !COURTESY_TITLES.test(x) && !(shownAs && TEAM_CAPTAIN.test(x)))) return null;
      // (nor is a trade someone the article gave another role: "Capt. Ivo Marek said … The dispatcher said" is not Marek)
      // (a bare "the dispatcher" only: a modifier makes an epithet of someone met already, "the retired neurosurgeon",
      // "the self-described democratic socialist")
      // (nor a bare trade when the article gave the person another role: "Captain Arjun Reddy said …. The deckhand told
      // the hearing …" is someone new; "Deckhand Tom Ilse said …. The deckhand said" is Ilse, and so is a trade of what one
      // did when no role but a player's position was given: "Lewis Hamilton finished third. “…,” the driver said")
      const bare = /^the\s+\S+$/i.test(d.text);
      const trade = TRADE_SHAPE.test(h) && !DEMONYMS.has(h) && !STANDING_EPITHETS.test(h);
      const given = r.key ? this.heads(r.key) : new Set<string>();
      if (bare && !plain && !position && trade && !given.has(h) && [...given].some((x) => !POSITIONS.test(x))) return null;
      return bare && SpeakerResolver.otherTrade(h, given) ? null : r;
    };
    const { tokens } = this.doc;
    if (nationHead) {
      // the one person shown from that country in the sentences read, or the description's own before it
      let from = this.doc.sents.starts[sent]!;
      for (const [start] of this.sentencesSince(sent, 2, true)) from = Math.min(from, start);
      // (or, with none there, in its paragraph and the two before, past the last attribution: "Anna Lind, a lawyer for a
      // Swedish firm, met Erik Nord, a Swede. / Lind said the talks went well. / The Swede said …" is Nord, not Lind,
      // whom the article showed from nowhere)
      let paraStart = from;
      while (paraStart > 0 && tokens[paraStart - 1]!.para >= para - 2) paraStart--;
      // (one pass over the wider range: the persons from `from` on, and those before it for the fallback)
      const near = new Map<string, Ref>();
      const wide = new Map<string, Ref>();
      for (const pm of this.personMentions) {
        if (pm.first < paraStart) continue;
        if (pm.first >= first) break;
        if (this.doc.quoted[pm.first] || keyType(this.doc, pm.key) !== 'person') continue;
        if (![...this.nationsShown(pm.key)].some((c) => nations.has(c))) continue;
        const ref: Ref = { key: pm.key, desc: null, bound: null, para: this.doc.tokens[pm.first]!.para };
        // (the later mention's paragraph, as the pass in text order sets it)
        if (pm.first >= from) near.set(keyId(pm.key), ref);
        wide.set(keyId(pm.key), ref);
      }
      for (const shown of paraStart < from ? [near, wide] : [near]) {
        if (shown.size === 1) return fits([...shown.values()][0]!);
        // (two persons shown from that country give no one: "Lars Holm, a Dane, beat Ole Berg, a Dane. / The Dane said")
        if (shown.size > 1) return null;
      }
    }
    let read = 0;
    for (const [start, end] of this.sentencesSince(sent, 2, true)) {
      read++;
      // (past a dateline: "LUNENBURG, N.S. — Eight years ago, Priya Raghunathan was …")
      // (or the person a "he" or "she" opening it means, not a name after its verb: "Lena Vogt, 27, moved up this year. She
      // finished ahead of Kenya's Grace Wanjiru. / “…,” the German said." is Vogt, not the woman she beat)
      const r = this.opensWithPronoun(start)
        ? this.pronounOpenerRef(start)
        : this.subjectOf(pastDateline(this.doc, start, end + 1), end, para);
      // (not one of two joined: "Bellini and Ola Stenberg scored" may be either)
      const joined =
        !!r?.key &&
        this.personMentions.some(
          (pm) =>
            pm.first >= start &&
            pm.first <= end &&
            keyId(pm.key) === keyId(r.key!) &&
            /^(and|or|&)$/.test(tokens[(this.personAt(pm.first)?.last ?? pm.first) + 1]?.lower ?? ''),
        );
      if (joined) return null;
      // (nor the subject of the first of two clauses joined, each opened by a person: "Striker Marco Bellini scored twice
      // and defender Ola Stenberg added a third. / “…,” the Swede said" may be either; not one shown from another country
      // than the description's, "Vogt finished ahead of Kenya's Grace Wanjiru" still leaves Vogt the German)
      if (r?.key && this.secondSubject(r.key, start, end, nations)) return null;
      // (nor a name that only modifies the subject's noun, as a team's does: "The Moose Jaw Steelheads defenceman did
      // not hesitate" opens with the defenceman, whom the names may have read as a person called "Moose Jaw Steelheads")
      const modifier =
        !!r?.key &&
        this.personMentions.some((pm) => {
          if (pm.first < start || pm.first > end || keyId(pm.key) !== keyId(r.key!) || tokens[pm.first - 1]?.lower !== 'the') return false;
          const next = tokens[(this.personAt(pm.first)?.last ?? pm.first) + 1];
          return !!next?.word && next.cap === 0 && (SpeakerResolver.personNoun(next.lower) || POSITIONS.test(next.lower));
        });
      if (modifier) return null;
      if (r?.key && keyType(this.doc, r.key) === 'person') return fits(r);
      if (this.namedBetween(start, end + 1)) return null;
    }
    // no such sentence since the last attribution: the person it gave, when neither its sentence nor any since, nor the
    // description's own before it, names anyone else and every sentence since was read ("Gurpreet Dhillon … said she has heard promises before. / “…,” the 52-year-old said.")
    const last = this.last();
    const r = last ? final(last.ref) : null;
    const { sents } = this.doc;
    if (last && !(r?.key && keyType(this.doc, r.key) === 'person')) {
      // (the last attribution was a body's or a description's frame after the words it reports, every sentence since
      // read: the person those words open with, when no one else is named since, "Singer Lyra Vance has cancelled her
      // tour, her representatives confirmed. / In an Instagram post, the 29-year-old told fans …" is Vance)
      const c = last.c;
      const start = sents.starts[last.sent]!;
      const trailing =
        !!c &&
        !c.continuing &&
        !!c.subject &&
        c.subject.first >= c.first &&
        c.first > start &&
        c.sent === last.sent &&
        tokens[c.first - 1]?.raw === ',';
      if (!trailing || last.sent >= sent || sent - last.sent - 1 !== read || tokens[start]!.para < para - 1) return null;
      const opener = this.subjectOf(start, c.first - 1, last.para);
      if (!opener?.key || keyType(this.doc, opener.key) !== 'person') return null;
      return this.otherMentionIn(start, first, keyId(opener.key)) ? null : fits(opener);
    }
    if (!last || !r?.key) return null;
    // someone else named outside quotation marks from token `from` up to the description
    const others = (from: number): boolean => this.otherPersonNamed(from, first, r.key);
    const start = sents.starts[last.sent]!;
    // (nor does its own sentence before it: "…, the ranking Democrat on the committee, who said" is in apposition; but
    // a name in the words its frame reports after them is no one else in view: "Premier Tom Lindqvist will bring jobs
    // back, Ada Okafor said. / “…,” the retired surgeon said" is Okafor)
    const c = last.c;
    // (after a comma, or a comma and a closing mark: "… of “capital investment,” Ada Okafor said")
    const commaBefore = (k: number): boolean =>
      tokens[k - 1]?.raw === ',' || (/^[”"’']$/.test(tokens[k - 1]?.raw ?? '') && tokens[k - 2]?.raw === ',');
    // (a frame with its own subject, not a participle continuing the sentence: "Ada Vik urged women to vote, saying …")
    const trailing =
      !!c && !c.continuing && !!c.subject && c.subject.first >= c.first && c.first > start && c.sent === last.sent && commaBefore(c.first);
    const from = trailing ? c.first : start;
    if (last.sent < sent && sent - last.sent - 1 === read && tokens[start]!.para >= para - 1 && !others(from)) return fits(r);
    // or the person last quoted, named as the subject of their sentence one or two sentences back, when no one else is
    // named since: "In a post after the speech, Beck wrote: “…” / The radioman pointed out that …", "Carson rejected the
    // notion, saying … / The retired neurosurgeon addressed his concerns …"
    if (sent - last.sent > 2 || last.para < para - 1) return null;
    const since = sents.starts[last.sent + 1] ?? tokens.length;
    const subject = this.subjectOf(start, since - 1, last.para);
    return subject?.key && keyId(subject.key) === keyId(r.key) && !others(since) ? fits(r) : null;
  }

  /**
   * The person a definite description of standing stands for when nothing else names it: the only person named in the
   * nearest sentence that names one, outside quotation marks, its own (before it) or one of the two before it, in its
   * paragraph or the one before ("When the moderator noted that Ada Vik had not answered, the candidate said …",
   * "Tom Berg met the press. “…,” the businessman said"); not one known by another role or of another gender, nor one
   * when another person has the description's capitalised modifier before their name ("the Republican nominee" is not
   * Vale when the article wrote "Republican nominee Ada Vik"). Only for a noun of standing, which news uses for someone
   * named already (not "the moderator", "the judge", "the woman", who are often new); not "the other candidate", nor
   * a description a relative clause introduces ("the candidate who won"). Null when two people or none could be meant.
   */
  private salientPerson(d: Description, first: number, span: Span): Ref | null {
    const { tokens, sents } = this.doc;
    if (!STANDING.test(d.head) || NOT_THE_ONE_MET.test(d.text)) return null;
    if (/^(who|whose|whom|that)$/.test(tokens[this.tokenAfter(first, span)]?.lower ?? '')) return null;
    const s0 = sents.sent[first];
    if (s0 === undefined) return null;
    const para = tokens[first]!.para;
    const named = d.text
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase());
    // (not one compared with the description in a phrase its sentence opens with: "Like her rival Paul Okafor, the mayor
    // said …", "Unlike Okafor, the governor told …", "As with Okafor, the mayor …" are someone other than Okafor)
    const fronted = frontedComparisonAt(tokens, sents.starts[s0]!, first);
    const compared = fronted && fronted.comma >= 0 ? fronted.comma : sents.starts[s0]!;
    // the people named outside quotation marks in sentence s (before `first` in its own), by key
    const people = (s: number): Map<string, SpeakerKey> => {
      const out = new Map<string, SpeakerKey>();
      const start = s === s0 ? compared : sents.starts[s]!;
      const end = s === s0 ? first - 1 : sents.starts[s + 1]! - 1;
      for (const pm of this.personMentions)
        if (pm.first >= start && pm.first <= end && !this.doc.quoted[pm.first]) out.set(keyId(pm.key), pm.key);
      return out;
    };
    for (let s = s0; s >= Math.max(0, s0 - 2); s--) {
      if (tokens[sents.starts[s]!]!.para < para - 1) break;
      const found = people(s);
      if (found.size === 0) continue;
      // of several, the one the sentence is about, its subject, when it comes before this one: "Ada Vik said Friday that
      // it would have been cool had Tom Berg congratulated her. “…,” the Republican nominee said" is Vik
      // (or the person it says was asked, whose answer comes next: "At the convention, Sean Hale asked Vik to lay out her
      // path. The candidate said …")
      const [a, b, p] = [sents.starts[s]!, sents.starts[s + 1]! - 1, tokens[sents.starts[s]!]!.para];
      // (not one of two joined: "Vik and Berg then argued …" is about both)
      let subject = found.size > 1 && s < s0 ? (this.askedPerson(a, b, p) ?? this.subjectOf(a, b, p)) : null;
      const at = subject?.key ? this.personMentions.find((pm) => pm.first >= a && keyId(pm.key) === keyId(subject!.key!)) : undefined;
      if (at && /^(and|or|&)$/.test(tokens[(this.personAt(at.first)?.last ?? at.first) + 1]?.lower ?? '')) subject = null;
      if (found.size > 1 && !(subject?.key && found.has(keyId(subject.key)))) return null;
      const key = subject?.key ?? [...found.values()][0]!;
      const r = this.refFor(key, para);
      // (a "former" one only when the article said "former" of them: "Berg's endorsement came from an older hand. “…,”
      // the former governor said" is not Berg)
      // (nor one of another body: "President Ana Vale said … The president of the union said")
      if (this.isGroup(r) || this.otherRole(key, d) || !this.formerFits(key, d, false) || !this.bodyFits(key, d.head, d.text)) return null;
      // (nor a private person, known by no role, for a public office: see subjectInView)
      if (PUBLIC_OFFICES.test(d.head) && this.noRoleKnown(key)) return null;
      // a description of that head given to the person must fit: "Lena Osei, the senator from the north" is not "the
      // Riverside senator"
      if ((this.described.get(keyId(key)) ?? []).some((x) => x.head === d.head) && !this.givenHead(key, d.head, d.text)) return null;
      if (!this.placeBeforeRoleFits(key, d, first)) return null;
      // a capitalised modifier written before another person's name: "Republican nominee Ada Vik"
      for (const pm of this.personMentions)
        if (keyId(pm.key) !== keyId(key) && named.some((w) => this.writtenBefore(pm.first, w))) return null;
      return r;
    }
    return null;
  }

  /**
   * Whether the mention `span` at `first` is followed by a name in apposition, closed by a comma before a lower-case word:
   * "The summit president, Sultan al-Mansouri, told" (capitalised words, a hyphen or a lower-case name particle between
   * them; not a day, "The minister, Monday, said").
   */
  private nameApposed(first: number, span: Span): boolean {
    const { tokens } = this.doc;
    const c = this.tokenAfter(first, span);
    if (tokens[c]?.raw !== ',' || !tokens[c + 1]?.word || tokens[c + 1]!.cap === 0 || DAYS_MONTHS.has(tokens[c + 1]!.lower)) return false;
    for (let k = c + 2; k < c + 7; k++) {
      const t = tokens[k];
      if (!t) return false;
      if (t.raw === ',') return k > c + 2 && !!tokens[k + 1]?.word && tokens[k + 1]!.cap === 0;
      if (!(t.word && (t.cap > 0 || NAME_PARTICLES.has(t.lower))) && !/^[-‐]$/.test(t.raw)) return false;
    }
    return false;
  }

  /** Whether description `d` at `first` stands in apposition to the person named right before its comma (see resolveDescription). */
  private apposedToName(d: Description, first: number, span: Span): Ref | null {
    const { tokens } = this.doc;
    const h = d.head;
    // closed by a comma or running on into its phrase ("…, a top aide to the senator, said"), not straight into the verb
    // of a frame in mid-sentence ("Clinton, a top aide said, “is very confident …”")
    if (!/^(,|of|for|to|at|with|in|from|on|who|which|and)$/.test(tokens[this.tokenAfter(first, span)]?.lower ?? '')) return null;
    if (
      /^(these|those|this|that|his|her|their|its|our|my|your)\s/i.test(d.text) ||
      /['’]s\b/.test(d.text) ||
      SpeakerResolver.notOnePerson(d) ||
      !(SPEAKER_NOUNS.has(h) || TITLES.has(h) || PERSON_SHAPE.test(h))
    )
      return null;
    // back to the comma after the name, past the first noun of a conjoined apposition: "Angelique Brunner, a
    // Washington-based developer and spokeswoman for the coalition, said" (lower-case words, an article, "and", a
    // capitalised word joined by a hyphen)
    let c = first - 1;
    while (
      c > first - 8 &&
      c > 0 &&
      tokens[c]!.raw !== ',' &&
      ((tokens[c]!.word && (tokens[c]!.cap === 0 || tokens[c + 1]?.raw === '-')) || tokens[c]!.raw === '-')
    )
      c--;
    if (tokens[c]?.raw !== ',' || (c < first - 1 && !tokens.slice(c + 1, first).some((t) => t.lower === 'and'))) return null;
    const before = this.personMentions.findLast((pm) => pm.first < c);
    if (!before || this.personAt(before.first)?.last !== c - 1) return null;
    // the name opens its clause: at the sentence's start, after a conjunction, a comma or a dash, past its titles
    const role = (t: Token): boolean => t.word && (TITLES.has(t.lower) || (t.cap === 0 && SPEAKER_NOUNS.has(t.lower)));
    let k = before.first - 1;
    while (k >= 0 && (role(tokens[k]!) || (tokens[k]!.raw === '.' && ABBREVIATIONS.has(tokens[k - 1]?.lower ?? '')))) k--;
    const sent = this.doc.sents.sent[before.first];
    // (or after the closing mark of the quotation it frames: "“…,” Tom Hardy, the president of …, said")
    const opens = k < 0 || this.doc.sents.starts[sent!] === k + 1 || /^(,|—|–|”|"|'|’|»|but|while|yet)$/.test(tokens[k]!.lower);
    return opens ? this.refFor(before.key, tokens[first]!.para) : null;
  }

  /** Whether another person the article names has the surname of person `key`. */
  private surnameShared(key: SpeakerKey): boolean {
    if (key.kind !== 'person') return false;
    const { people } = this.doc.people;
    const p = people[key.person]!;
    return people.some((q, i) => i !== key.person && q.type === 'person' && q.surname === p.surname);
  }

  /**
   * The person the last speaker is, when that speaker spoke in paragraph `para` or the one before and is another person
   * named in full with the surname that subject `s` (of frame `c`) is alone; else null. Not when the person the surname
   * names has opened a sentence, as the story's subject does ("Senator John Whitcombe held a rally … His wife, Jane
   * Whitcombe, said … / “…,” Whitcombe said." is John's), nor when a "he" or "she" opening the reported clause is of the
   * speaker's other gender ("Whitcombe said he would win").
   */
  private sameSurnameSpeaker(s: Subject, para: number, c: Construction | null): Ref | null {
    const { people, tokens, sents } = this.doc;
    const h = this.last();
    const r = h ? final(h.ref) : null;
    const key = s.key!;
    if (!h || !r?.key || h.para < para - 1 || r.key.kind !== 'person' || key.kind !== 'person' || r.key.person === key.person) return null;
    const q = people.people[r.key.person]!;
    const p = people.people[key.person]!;
    if (q.type !== 'person' || !/\s/.test(q.name) || q.surname !== p.surname) return null;
    // (a mention that opens its sentence, past capitalised title words only: "Senator John Whitcombe held …")
    const opens = (first: number): boolean => {
      const start = sents.starts[sents.sent[first]!]!;
      for (let k = start; k < first; k++) if (!tokens[k]!.word || tokens[k]!.cap === 0) return false;
      return true;
    };
    if (p.type === 'person' && p.mentions.some((m) => m.first < s.first && opens(m.first))) return null;
    const verbLast = c?.subject === s ? c.verbLast : s.last + 1;
    const k = verbLast + (tokens[verbLast + 1]?.lower === 'that' ? 2 : 1);
    const g = PRONOUNS.get(tokens[k]?.lower ?? '');
    if ((g === 'male' || g === 'female') && (this.genderOf(r) ?? g) !== g) return null;
    return r;
  }

  /**
   * Whether subject `s` is a surname alone, with no courtesy title before it, of a person the article names in full
   * when another person named in full has that surname too and was mentioned since, or with them last, as often:
   * "Rosario Dizon … her daughter, Kristine Dizon … Rosario came to Regina in 2008. … Dizon said" (the surname goes to
   * Kristine, named in full last), "Marc Dubé and Chantal Dubé lost their barn … Dubé said".
   */
  private sharedSurname(s: Subject): boolean {
    const { tokens, people, sents } = this.doc;
    const key = s.key!;
    if (
      s.first !== s.last ||
      key.kind !== 'person' ||
      COURTESY_TITLES.test(tokens[s.first - 1]?.raw === '.' ? (tokens[s.first - 2]?.lower ?? '') : (tokens[s.first - 1]?.lower ?? ''))
    )
      return false;
    const p = people.people[key.person]!;
    if (p.type !== 'person' || !/\s/.test(p.name) || p.surname !== tokens[s.first]!.key) return false;
    // the other mentioned since this one and as often before it (a principal named more often keeps the surname: "Ted
    // Harlan … Grace Harlan, the senator's wife … Harlan said")
    const lastBefore = (q: UnknownPerson): number => Math.max(-1, ...q.mentions.filter((m) => m.first < s.first).map((m) => m.first));
    const countBefore = (q: UnknownPerson): number => q.mentions.filter((m) => m.first < s.first).length;
    const own = lastBefore(p);
    // (one the article calls by the given name alone and never by the surname alone, as it writes a child or a victim,
    // is no rival of one it never calls by the given name: "Ravi's father, Harpreet Sandhu, … Sandhu said")
    const alone = (q: UnknownPerson, given: boolean): boolean =>
      q.mentions.some((m) => m.first < s.first && m.first === m.last && (tokens[m.first]!.key !== p.surname) === given);
    const byGiven = (q: UnknownPerson): boolean => alone(q, true) && !alone(q, false) && !alone(p, true);
    return people.people.some(
      (q, i) =>
        i !== key.person &&
        q.type === 'person' &&
        q.surname === p.surname &&
        !byGiven(q) &&
        /\s/.test(q.name) &&
        // (a double surname's last part is no surname of its own: "Devon Marchetti-Clarke" shares none with Lorraine Clarke)
        (hyphenTail(q.name) === hyphenTail(p.name) || !hyphenTail(q.name)) &&
        // (or named with it last, in one sentence: "Marc Dubé and Chantal Dubé lost their barn … Dubé said" may be either)
        (lastBefore(q) > own || (lastBefore(q) >= 0 && sents.sent[lastBefore(q)] === sents.sent[own])) &&
        countBefore(q) >= countBefore(p),
    );
  }

  /**
   * "His mother" or "her father" when the article gave the child's parents by their first names in apposition: "Tyler
   * Haugen, Linda and Ray's son, … / His mother said …" is Linda, the one of the two whose first name is of the parent's
   * gender (the other's the other gender). The child is the last person named before, outside quotation marks, in this
   * paragraph or the three before, of the owner's gender and the apposition's noun ("son" for "his"). Null otherwise.
   */
  private parentApposed(owner: string, noun: string, first: number, para: number): Ref | null {
    if (!/^(his|her)$/.test(owner) || !/^(mother|father)$/.test(noun)) return null;
    const { tokens } = this.doc;
    const childGender: Gender = owner === 'his' ? 'male' : 'female';
    const pm = this.personMentions.findLast((x) => x.first < first && !this.doc.quoted[x.first]);
    if (!pm || tokens[pm.first]!.para < para - 3 || this.genderOf(this.refFor(pm.key, para)) !== childGender) return null;
    // ", Linda and Ray's son,"
    const c = (this.personAt(pm.first)?.last ?? pm.first) + 1;
    const [a, and, b, s, child, close] = [c + 1, c + 2, c + 3, c + 4, c + 5, c + 6].map((k) => tokens[k]);
    if (tokens[c]?.raw !== ',' || and?.lower !== 'and' || s?.key !== "'s" || close?.raw !== ',') return null;
    if (child?.lower !== (childGender === 'male' ? 'son' : 'daughter')) return null;
    if (!a?.word || !b?.word || a.cap !== 1 || b.cap !== 1) return null;
    // (one first name of the parent's gender, the other not: "Ray" may be of either, "Linda" is a woman's)
    const want: Gender = noun === 'mother' ? 'female' : 'male';
    const ga = genderOfFirstName(a.raw);
    const gb = genderOfFirstName(b.raw);
    if ((ga === want) === (gb === want)) return null;
    const parent = ga === want ? a : b;
    const desc: Description = { text: parent.raw, definite: true, head: noun, group: false, gender: want };
    return { key: null, desc, bound: null, para };
  }

  /**
   * The parent "his mother" or "her father" names when the person last named before `first`, within two paragraphs, is
   * the article's "X's son, Arjun," or "X's daughter, Mia," (past a word or two of age: "X's seven-year-old son, Arjun,"):
   * X, when X's gender does not differ from the parent noun's; null otherwise.
   */
  private childsParent(owner: string, noun: string, first: number, para: number): Ref | null {
    if (!/^(his|her)$/.test(owner) || !/^(mother|father)$/.test(noun)) return null;
    const { tokens } = this.doc;
    const pm = this.personMentions.findLast((x) => x.first < first && !this.doc.quoted[x.first]);
    if (!pm || tokens[pm.first]!.para < para - 2) return null;
    const child = owner === 'his' ? 'son' : 'daughter';
    const x = this.relatives.find((y) => keyId(y.key) === keyId(pm.key) && y.noun === child);
    if (!x) return null;
    // back from the relative noun over its modifiers, words and hyphens in lower case, to the owner's "'s"
    let k = x.first - 3;
    while (k > x.first - 9 && tokens[k] && tokens[k]!.key !== "'s" && (tokens[k]!.raw === '-' || (tokens[k]!.word && tokens[k]!.cap === 0)))
      k--;
    if (tokens[k]?.key !== "'s") return null;
    const at = this.personMentions.find((y) => this.personAt(y.first)?.last === k - 1);
    if (!at || keyId(at.key) === keyId(pm.key)) return null;
    const r = this.refFor(at.key, para);
    const g = this.genderOf(r);
    return g && g !== (noun === 'mother' ? 'female' : 'male') ? null : r;
  }

  /** The votes possessive pronouns give the persons who open their sentences (see the gender votes above). */
  private possessiveVotes(vote: (key: SpeakerKey) => { male: number; female: number }, counted: ReadonlySet<number>): void {
    const { tokens, sents, quoted } = this.doc;
    for (const pm of this.personMentions) {
      const sent = sents.sent[pm.first]!;
      const start = sents.starts[sent]!;
      // (the first person of the sentence, after at most a few words of role: "Pop singer Marlowe Quinn")
      if (quoted[pm.first] || pm.first - start > 3) continue;
      let ok = true;
      for (let k = start; k < pm.first && ok; k++) ok = tokens[k]!.word && !quoted[k] && !this.personAt(k);
      const last = this.personAt(pm.first)?.last ?? pm.first;
      const verb = tokens[last + 1];
      if (!ok || !verb?.word || verb.cap !== 0 || quoted[last + 1]) continue;
      const end = (sents.starts[sent + 1] ?? tokens.length) - 1;
      for (let k = last + 1; k <= Math.min(end, last + 15); k++) {
        const t = tokens[k]!;
        if (quoted[k] || !t.word || this.personAt(k) || OTHER_OWNERS.test(t.lower)) break;
        if (t.cap === 0 && (SPEAKER_NOUNS.has(t.lower) || FEMALE_NOUNS.has(t.lower) || MALE_NOUNS.has(t.lower))) break;
        if (t.lower !== 'his' && t.lower !== 'her') continue;
        if (counted.has(k)) break;
        // (owning a noun: not "her" as an object, "thanked her for …", "gave her the award")
        const n = tokens[k + 1];
        if (t.lower === 'her' && (!n?.word || quoted[k + 1] || NOT_OWNED.test(n.lower))) break;
        vote(pm.key)[t.lower === 'his' ? 'male' : 'female']++;
        break;
      }
    }
  }

  /**
   * "His father" or "her mother" when the article named the child's parents after "the son of" or "the daughter of":
   * "Whitcombe grew up in Alma, the son of a lobster fisherman, Vernon Whitcombe, and a schoolteacher, June Whitcombe. …
   * “…,” his father wrote." is Vernon Whitcombe. The child is the last person of the owner's gender named before, outside
   * quotation marks, in this paragraph or the three before; a sentence that names that person, anywhere before, has "son
   * of" ("daughter of" for "her") after the name; the parent is the one person of the parent's gender named after "of" in
   * that sentence. Null otherwise.
   */
  private parentNamedAfterOf(owner: string, noun: string, first: number, para: number): Ref | null {
    if (!/^(his|her)$/.test(owner) || !/^(mother|father)$/.test(noun)) return null;
    const { tokens, sents } = this.doc;
    const childGender: Gender = owner === 'his' ? 'male' : 'female';
    const child = owner === 'his' ? 'son' : 'daughter';
    const want: Gender = noun === 'mother' ? 'female' : 'male';
    // the owner: the last person of the owner's gender named before, in this paragraph or the three before
    let owned: SpeakerKey | null = null;
    for (let i = this.mentionsBefore(first) - 1; i >= 0 && !owned; i--) {
      const pm = this.personMentions[i]!;
      if (tokens[pm.first]!.para < para - 3) return null;
      const r = this.refFor(pm.key, para);
      if (!this.doc.quoted[pm.first] && !this.isGroup(r) && this.genderOf(r) === childGender) owned = pm.key;
    }
    if (!owned) return null;
    const id = keyId(owned);
    for (const pm of this.personMentions) {
      if (pm.first >= first) break;
      if (keyId(pm.key) !== id || this.doc.quoted[pm.first]) continue;
      const sent = sents.sent[pm.first]!;
      const end = (sents.starts[sent + 1] ?? tokens.length) - 1;
      let of = -1;
      for (let k = pm.first + 1; k < end && of < 0; k++)
        if (tokens[k]!.lower === child && tokens[k + 1]?.lower === 'of' && !this.doc.quoted[k]) of = k + 1;
      if (of < 0) continue;
      // (the one of the parent's gender; else the one not of the other, when only one is)
      const named = this.personMentions.filter((x) => x.first > of && x.first <= end && keyId(x.key) !== id);
      for (const fits of [(g: Gender) => g === want, (g: Gender) => g !== (want === 'male' ? 'female' : 'male')]) {
        const parents = named.filter((x) => fits(this.genderOf(this.refFor(x.key, para))));
        const ids = new Set(parents.map((x) => keyId(x.key)));
        if (ids.size === 1) return this.refFor(parents[0]!.key, para);
        if (ids.size > 1) return null;
      }
      return null;
    }
    return null;
  }

  /**
   * The parent "her mother" or "his father" names when its owner is the last speaker, whom the article introduced as that
   * parent's child by name: "Fatima Noorzai … Noorzai's older daughter, Maryam, … / “…,” the teenager said. / Her mother
   * said …" is Fatima Noorzai (not a parent of another gender); null otherwise.
   */
  private parentOfLastSpeaker(owner: string, noun: string): Ref | null {
    if (!/^(his|her)$/.test(owner) || !/^(mother|father)$/.test(noun)) return null;
    const last = this.last();
    const o = last ? final(last.ref) : null;
    if (!o?.key || this.genderOf(o) === (owner === 'her' ? 'male' : 'female')) return null;
    const { tokens } = this.doc;
    for (const x of this.relatives) {
      if (keyId(x.key) !== keyId(o.key) || !/^(son|daughter)$/.test(x.noun)) continue;
      // the owner's name ends before the "'s" in front of the relative noun, past a word of age ("older daughter")
      let k = x.first - 3;
      if (tokens[k]?.key !== "'s" && !/^(his|her)$/.test(tokens[k]?.lower ?? '')) k--;
      // (or by a "his" or "her" before it, whose owner is the person of that gender named last before, outside quotation
      // marks, in its paragraph or the one before: "Chidi does the books. His daughter, Adaeze, … / Her father said" is
      // Chidi)
      const by = /^(his|her)$/.test(tokens[k]?.lower ?? '') && tokens[k]!.word ? tokens[k]!.lower : null;
      if (!by && tokens[k]?.key !== "'s") continue;
      const at = by
        ? this.personMentions.findLast(
            (pm) =>
              pm.first < k &&
              !this.doc.quoted[pm.first] &&
              keyId(pm.key) !== keyId(o.key!) &&
              tokens[pm.first]!.para >= tokens[k]!.para - 1 &&
              this.genderOf(this.refFor(pm.key, last!.para)) !== (by === 'his' ? 'female' : 'male'),
          )
        : this.personMentions.find((pm) => this.personAt(pm.first)?.last === k - 1);
      if (!at) continue;
      const r = this.refFor(at.key, last!.para);
      const g = this.genderOf(r);
      return g && g !== (noun === 'mother' ? 'female' : 'male') ? null : r;
    }
    return null;
  }

  /**
   * The spouse "his wife" or "her husband" names when its owner is the last speaker of that gender and the article names
   * in full exactly one other person of the owner's surname, of the other gender: "Margaret and Alan Pritchard … “…,”
   * Mrs. Pritchard said. / Her husband said …" is Alan Pritchard (a guess); null otherwise.
   */
  private kinOfLastSpeaker(owner: string, noun: string): Ref | null {
    // (a spouse only: another woman of a man's surname is as often his daughter or sister as his wife)
    if (!/^(his|her)$/.test(owner) || !/^(husband|wife)$/.test(noun)) return null;
    const want: Gender = FEMALE_NOUNS.has(noun) ? 'female' : 'male';
    const last = this.last();
    const o = last ? final(last.ref) : null;
    if (!o?.key || o.key.kind !== 'person' || this.genderOf(o) !== (owner === 'her' ? 'female' : 'male')) return null;
    const { people } = this.doc.people;
    const p = people[o.key.person]!;
    const kin = people
      .map((q, i) => ({ q, i }))
      .filter(
        ({ q, i }) => i !== (o.key as { person: number }).person && q.type === 'person' && q.surname === p.surname && /\s/.test(q.name),
      );
    if (kin.length !== 1 || kin[0]!.q.gender !== want) return null;
    return this.refFor(personKey(kin[0]!.i), last!.para);
  }

  /**
   * Whether a title run before a mention of the person at `key` makes them the second of an office of head `head`:
   * "Deputy Police Chief Ana Vale" for "chief" (not "Assistant U.S. Attorney Diane Okafor" for "prosecutor", a noun
   * every one of them is known by).
   */
  private isSecond(key: SpeakerKey, head: string): boolean {
    const id = `${keyId(key)} ${head}`;
    let v = this.seconds.get(id);
    if (v === undefined) {
      v = this.mentionsOf(key).some((pm) => this.secondTitled(pm.first, head));
      this.seconds.set(id, v);
    }
    return v;
  }

  /**
   * The last person before token `before` whom a mention marks with the party of letter `letter` ("r", "d"): the
   * party and state after the name ("Pettibone, R-Ga.", "Ives (D-Ore.)"), the party's member in apposition ("Ocampo,
   * Democrat of Oregon", "Dalton, a Republican,") or the party's word in the title run before it ("Republican Sen. Ada
   * Vail"). With `place` (the words of "the Ohio Republican"), only one the article also shows from that place.
   */
  private partyMember(letter: 'r' | 'd', before: number, place: readonly string[] | null = null): SpeakerKey | null {
    const { tokens } = this.doc;
    const word = letter === 'r' ? /^republican$/ : /^(democrat|democratic)$/;
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first >= before || keyType(this.doc, pm.key) !== 'person') continue;
      const last = this.personAt(pm.first)?.last ?? pm.first;
      const open = /^[,(]$/.test(tokens[last + 1]?.raw ?? '');
      const mark = tokens[last + 2];
      const tagged = open && !!mark && mark.cap > 0 && mark.lower === letter && tokens[last + 3]?.raw === '-';
      // (or the party's member in apposition: "Luis Ocampo, Democrat of Oregon", "Mark Dalton, a Republican, said")
      const head = open && /^(a|an)$/.test(mark?.lower ?? '') ? last + 3 : last + 2;
      const h = tokens[head];
      const apposed = open && !!h && h.word && h.cap > 0 && h.lower !== 'democratic' && word.test(h.lower);
      const run = this.titleRun(pm.first);
      const titled = run.slice(0, 4).some((w) => word.test(w));
      if (!tagged && !apposed && !titled) continue;
      if (place === null) return pm.key;
      // (a description that says where the member is from, "the Ohio Republican", is only one whom the article shows with
      // that party and that place: "(R-Ohio)", "Republican of Ohio", "a Republican who represents a district in Ohio",
      // "Ohio Republican Sen. …", "Ohio Sen. …, a Republican", "Republican Sen. … of Ohio"; a party's word before a role
      // says nothing of the place, "Republican candidate Dale Ives", and the search goes on past them. Every word of the
      // place counts: "N.Y." is no New Jersey, "South Carolina Republican Senator" no North Carolina one)
      if (tagged && stateWritten(this.tagState(last + 4), place.join(' '))) return pm.key;
      if (apposed && this.placeIn(head + 1, place)) return pm.key;
      if (this.placeInRun(pm.first, place) || (tokens[last + 1]?.lower === 'of' && this.placeAt(last + 2, place))) return pm.key;
    }
    return null;
  }

  /**
   * The words, lower-cased and nearest first, of the six before token `at` up to the first mark (the period of a
   * title's abbreviation read past: "Republican Sen. Ada Vail" → ["sen", "republican"]).
   */
  private titleRun(at: number): string[] {
    const { tokens } = this.doc;
    const words: string[] = [];
    for (let k = at - 1; k >= 0 && words.length < 6; k--) {
      const t = tokens[k]!;
      if (t.word) words.push(t.lower);
      else if (!(t.raw === '.' && k > 0 && tokens[k - 1]!.word && ABBREVIATIONS.has(tokens[k - 1]!.lower))) break;
    }
    return words;
  }

  /** The state of a party's tag, from token `k` to the mark that closes it: "N.Y." in "(D-N.Y.)", "New York" in "D-New York,". */
  private tagState(k: number): string {
    const { tokens } = this.doc;
    const words: string[] = [];
    for (let j = k; j < k + 3 && tokens[j]?.word && tokens[j]!.cap > 0; j++) words.push(tokens[j]!.raw);
    return words.join(' ');
  }

  /** Whether the words of `place` are written from token `k` on, and end there: "Ohio" but not "Ohio State". */
  private placeAt(k: number, place: readonly string[]): boolean {
    const { tokens } = this.doc;
    if (!place.every((w, j) => tokens[k + j]?.lower === w && tokens[k + j]!.cap > 0)) return false;
    const next = tokens[k + place.length];
    return !(next?.word && next.cap > 0);
  }

  /** Whether the apposition from token `from` to its first mark says the person is of or in `place`: "a Republican who represents a district in Ohio,". */
  private placeIn(from: number, place: readonly string[]): boolean {
    const { tokens } = this.doc;
    for (let k = from; k < from + 16 && tokens[k]?.word; k++)
      if (/^(of|in|from)$/.test(tokens[k]!.lower) && this.placeAt(k + 1, place)) return true;
    return false;
  }

  /** Whether the capitalised title run before the name at `at` holds all of `place`: "Ohio Sen. …", "North Carolina Republican Sen. …". */
  private placeInRun(at: number, place: readonly string[]): boolean {
    const { tokens } = this.doc;
    let n = 0;
    for (let k = at - 1; k >= 0 && n < 6; k--) {
      const t = tokens[k]!;
      if (!t.word) {
        if (t.raw === '.' && k > 0 && tokens[k - 1]!.word && ABBREVIATIONS.has(tokens[k - 1]!.lower)) continue;
        return false;
      }
      if (t.cap === 0 && !/^(former|then)$/.test(t.lower)) return false;
      n++;
      // (the run's words from here are the place's, and no compass point or "New" before them makes another place of it:
      // "West Virginia" is no Virginia)
      const before = tokens[k - 1];
      if (place.every((w, j) => tokens[k + j]?.lower === w) && !(before?.word && /^(north|south|east|west|new)$/.test(before.lower)))
        return true;
    }
    return false;
  }

  /** The words of the title runs right before the mentions of the person at `key`, and of the descriptions given them. */
  private titleWords(key: SpeakerKey): string {
    const id = keyId(key);
    let v = this.titles.get(id);
    if (v === undefined) {
      const { tokens } = this.doc;
      const words: string[] = [];
      for (const pm of this.personMentions) {
        if (keyId(pm.key) !== id) continue;
        // (a run that a verb of saying ends is the subject's, not the person's: "The prime minister said Ada Vik …")
        for (let k = pm.first - 1; k >= Math.max(0, pm.first - 4) && tokens[k]!.word; k--) {
          if (tokens[k]!.cap === 0 && BARE_CLAUSE_VERBS.has(tokens[k]!.lower)) break;
          words.push(tokens[k]!.lower);
        }
      }
      for (const x of this.described.get(id) ?? []) words.push(...x.words);
      v = words.join(' ');
      this.titles.set(id, v);
    }
    return v;
  }

  /** The words of titleWords(key), split as a set. */
  private titleWordSet(key: SpeakerKey): ReadonlySet<string> {
    const id = keyId(key);
    let v = this.titleSets.get(id);
    if (v === undefined) {
      v = new Set(this.titleWords(key).split(/\s+/));
      this.titleSets.set(id, v);
    }
    return v;
  }

  /** Whether the title run right before the name at token `at` holds a word of an office's second, then `head`: "Deputy Police Chief Ana Vale". */
  private secondTitled(at: number, head: string): boolean {
    // (a rank's grade is no office's second: "Vice Admiral Ingrid Salomaa" is "the admiral")
    if (head === 'admiral') return false;
    const { tokens } = this.doc;
    let found = false;
    for (let k = at - 1; k >= Math.max(0, at - 4) && tokens[k]!.word; k--) {
      if (tokens[k]!.lower === head) found = true;
      else if (found && SECOND_OFFICE.test(tokens[k]!.lower)) return true;
    }
    return false;
  }

  /** Whether `word` is among the six words before the name that starts at token `at`. */
  private writtenBefore(at: number, word: string): boolean {
    for (let k = at - 1; k >= Math.max(0, at - 6); k--) if (this.doc.tokens[k]!.lower === word) return true;
    return false;
  }

  /** Whether the name at `at` is followed by "of" (or "from") and `word`, where the person is from: "Sen. Ray Ortiz of Florida". */
  private placeAfter(at: number, word: string, from = false): boolean {
    const last = this.personAt(at)?.last ?? at;
    const { tokens } = this.doc;
    const p = tokens[last + 1]?.lower;
    return (p === 'of' || (from && p === 'from')) && tokens[last + 2]?.lower === word && tokens[last + 2]!.cap > 0;
  }

  /** The place, lower-cased, a description is said to be from right after it: "the senator from Montana" → "montana". */
  private fromPlace(first: number, span: Span): string | null {
    const { tokens } = this.doc;
    const k = this.tokenAfter(first, span);
    const f = tokens[k];
    const w = tokens[k + 1];
    if (!f?.word || f.lower !== 'from' || !w?.word || w.cap === 0 || TITLES.has(w.lower) || this.doc.quoted[k + 1]) return null;
    return w.lower;
  }

  /**
   * Whether a "former" description may stand for the person at `key`: one the article gave a "former" description of
   * that head, or wrote "former" before one of their mentions ("former President Tom Hale"), or who is not known by
   * that head at all. "President Ada Vik", or a dataset role of today, is no "the former president".
   */
  private formerFits(key: SpeakerKey, d: Description, unknown = true): boolean {
    if (!FORMER.test(d.text) || (unknown && !this.hasHead(key, d.head))) return true;
    const id = keyId(key);
    // (a retired one is a former one: "Retired astronaut Helen Carver … the former astronaut said"; the reverse does not
    // hold, so "retired" is no FORMER_WORDS: "the astronaut" may still be Carver)
    const held = [...FORMER_WORDS, 'retired'];
    if ((this.described.get(id) ?? []).some((x) => x.head === d.head && held.some((w) => x.words.has(w)))) return true;
    return this.mentionsOf(key).some((pm) => held.some((w) => this.writtenBefore(pm.first, w)));
  }

  /**
   * Whether person `key` is no one the dataset knows and the article names them with no role, title or description at all
   * (a title of courtesy, "Ms.", counting as none).
   */
  private noRoleKnown(key: SpeakerKey): boolean {
    if (key.kind !== 'person') return false;
    const id = keyId(key);
    // (a title of courtesy is no role: "Ms. Sherry said …. The mayor said" is someone else, as after "Joan Sherry said")
    for (const h of this.heads(key)) if (!COURTESY_TITLES.test(h)) return false;
    return !this.nounHeads.get(id)?.size && !this.described.get(id)?.length;
  }

  /** Whether a person named before token `first` is known by the description's head (see hasHead). */
  private headedBefore(d: Description, first: number): boolean {
    const seen = new Set<string>();
    for (const pm of this.personMentions) {
      if (pm.first >= first) break;
      const id = keyId(pm.key);
      if (seen.has(id)) continue;
      seen.add(id);
      if (this.hasHead(pm.key, d.head, d.text)) return true;
    }
    return false;
  }

  /**
   * The person a definite description of standing stands for when the sentence just before it, or its own sentence
   * before it, is about that person: its subject, or the speaker its frame gave ("Berg warned against a brokered
   * convention. “…,” the Coastland senator said", "Ole Dahl blasted Vik … “…,” the Senate minority leader said", "Vik
   * stopped by his campaign office. Walking in, the senator said …"), when that person is known by no other role, is of
   * the description's gender and no other person has the description's capitalised modifier before their name. News
   * writes such a description for the person in view, before one named further back with the same title. Not "the other
   * candidate", nor one a relative clause introduces. For another title or a speaker's noun, only a person named there
   * whom the article gave that role ("Ines Marchetti, an economist … / Marchetti warned … / “…,” the economist said").
   */
  private subjectInView(d: Description, first: number, span: Span): Ref | null {
    const { tokens, sents } = this.doc;
    // (another role only for one the article gave it: "Ines Marchetti, an economist at Corvale … Marchetti warned …. “…,”
    // the economist said" is Marchetti, not the economist who spoke last)
    const standing = STANDING.test(d.head) || /^(leader|minister|premier|chancellor)$/.test(d.head);
    if (!standing && !(TITLES.has(d.head) || SPEAKER_NOUNS.has(d.head))) return null;
    if (NOT_THE_ONE_MET.test(d.text) || /\b(next|last)\b/.test(d.text)) return null;
    if (/^(who|whose|whom|that)$/.test(tokens[this.tokenAfter(first, span)]?.lower ?? '')) return null;
    // (another role only for one the article gave it, below: with no one named before of that role, nothing to read)
    if (!standing && !this.headedBefore(d, first)) return null;
    const s0 = sents.sent[first];
    if (s0 === undefined) return null;
    const para = tokens[first]!.para;
    const candidates: Array<Ref | null> = [];
    // its own sentence, when the person opens it before the quotation the description frames: "Berg defends his record in
    // an ad: “…,” the senator says" (not the reported clause of "Her husband, Tomas Lund, was free, the president told
    // her", nor a clause joined before it: "Ana Vale pressed Berg, but the senator insisted …")
    const start = sents.starts[s0]!;
    const own = this.subjectOf(start, first - 1, para, false, standing ? false : 'named');
    const at = own?.key
      ? this.personMentions.find((pm) => pm.first >= start && pm.first < first && keyId(pm.key) === keyId(own.key!))
      : undefined;
    let quoted = false;
    for (let k = at ? at.first + 1 : first; k < first && !quoted; k++) quoted = this.doc.quoted[k] === 1;
    // (a person named inside the quotation is none who opens it: "“Within the agency, Rob Hale has done a fine job,” the
    // president wrote" is the president's)
    if (quoted && !(at && this.doc.quoted[at.first] === 1)) candidates.push(own);
    // (a credit line before it is no sentence with a subject: "CTV News Staff")
    else if (s0 > 0 && tokens[sents.starts[s0 - 1]!]!.para >= para - 1 && !this.credit.has(tokens[sents.starts[s0 - 1]!]!.para)) {
      const [a, b] = [sents.starts[s0 - 1]!, start - 1];
      // its subject, or the person it says was asked, whose answer comes next ("Sean Hale asked Vik to lay out his
      // path. The candidate said …"); not the speaker of a quotation closing it, who may be the one asking
      // (nor an owner, "But Mr. Vik's words may have affected the former president" is not about Vik, nor one of two
      // joined: "Vik and Berg then argued …" is about both)
      // (for a role that is no standing, a person named only: reading a description there reads back sentence by sentence)
      const subject = standing
        ? (this.askedPerson(a, b, tokens[a]!.para) ?? this.subjectOf(a, b, tokens[a]!.para))
        : this.subjectOf(a, b, tokens[a]!.para, false, 'named');
      const after = (pm: { first: number }): string => tokens[(this.personAt(pm.first)?.last ?? pm.first) + 1]?.key ?? '';
      const mentions = this.personMentions.filter(
        (pm) => pm.first >= a && pm.first <= b && subject?.key && keyId(pm.key) === keyId(subject.key),
      );
      if (!mentions.some((pm) => /^('s|and|or|&)$/.test(after(pm)))) candidates.push(subject);
    }
    const named = d.text
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase());
    for (const r of candidates) {
      const key = r?.key;
      if (!r || !key || keyType(this.doc, key) !== 'person' || this.isGroup(r) || this.otherRole(key, d) || !this.formerFits(key, d))
        continue;
      if (!standing && !this.hasHead(key, d.head, d.text)) continue;
      // (an office is held by someone the article or the dataset knows in some role: "Ray Haugen said his family wants
      // answers. / The mayor said …" is not Haugen, a private person named with no role at all)
      if (PUBLIC_OFFICES.test(d.head) && this.noRoleKnown(key)) continue;
      if ((this.described.get(keyId(key)) ?? []).some((x) => x.head === d.head) && !this.givenHead(key, d.head, d.text)) continue;
      // (nor one of another body: "President Ana Vale said … The president of the union said")
      if (!this.bodyFits(key, d.head, d.text)) continue;
      if (!this.placeBeforeRoleFits(key, d, first)) continue;
      if (
        this.personMentions.some(
          (pm) =>
            pm.first < first &&
            keyId(pm.key) !== keyId(key) &&
            named.some((w) => this.writtenBefore(pm.first, w) || this.placeAfter(pm.first, w)),
        )
      )
        continue;
      return this.refFor(key, para);
    }
    return null;
  }

  /**
   * Whether a place a description writes before its role noun ("the Texas senator", "the New York governor") fits the
   * person at `key`: the article tied them to that place or to none, and for a public office (HELD_OFFICES), when it
   * described them in apposition, gave them that office (a title, "Sen.", or a description of it). "Bo Cruz, a Republican, spoke. / “…,” the Texas senator
   * said" is no one named: nothing made Cruz a senator; nor is "the Missouri senator" "Sen. Joan Pike of Kansas". True
   * for a description with no such place.
   */
  private placeBeforeRoleFits(key: SpeakerKey, d: Description, first: number): boolean {
    const words = d.text.split(/\s+/);
    const at = words.findIndex((w, i) => i > 0 && w.toLowerCase() === d.head);
    const place = placeOfWords(words.slice(1, at < 0 ? -1 : at));
    if (!place) return true;
    // (an office only for one the article gave it, when it described them in apposition as something else: news calls a
    // candidate "the Florida senator" it never titled nor described; "the New York businessman" may be anyone in view)
    const { tokens } = this.doc;
    const described = this.mentionsOf(key).some((pm) => {
      const last = this.personAt(pm.first)?.last ?? pm.first;
      return pm.first < first && tokens[last + 1]?.raw === ',' && /^(a|an|the)$/.test(tokens[last + 2]?.lower ?? '');
    });
    if (described && HELD_OFFICES.test(d.head) && !this.hasHead(key, d.head)) return false;
    const tied = this.placesOf(key, first);
    return tied.size === 0 || tied.has(place);
  }

  /**
   * The US states and countries the article ties the person at `key` to before token `first`: written in the capitalised
   * words right before a mention ("Kansas Sen. Joan Pike") or after "of" or "from" right after it or in its apposition
   * ("Sen. Joan Pike of Kansas", "Lena Marsh, a Democratic senator from Ohio,").
   */
  private placesOf(key: SpeakerKey, first: number): Set<string> {
    const { tokens } = this.doc;
    const places = new Set<string>();
    for (const pm of this.mentionsOf(key)) {
      if (pm.first >= first) break;
      const para = tokens[pm.first]!.para;
      for (let k = pm.first - 1; k >= Math.max(0, pm.first - 4); k--) {
        const t = tokens[k]!;
        if (t.para !== para || !(t.raw === '.' || (t.word && t.cap > 0))) break;
        const p = placeOfWords(tokens.slice(k, pm.first).map((x) => x.raw));
        if (p) places.add(p);
      }
      const last = this.personAt(pm.first)?.last ?? pm.first;
      const end = tokens[last + 1]?.raw === ',' ? last + 14 : last + 3;
      for (let k = last + 1; k < tokens.length && k <= end && tokens[k]!.para === para; k++) {
        if (k > last + 1 && /^[.;:()]$/.test(tokens[k]!.raw)) break;
        if (!/^(of|from)$/.test(tokens[k]!.lower)) continue;
        const p = placeOfWords(tokens.slice(k + 1, k + 3).map((x) => x.raw)) ?? placeOfWords([tokens[k + 1]?.raw ?? '']);
        if (p) places.add(p);
      }
    }
    return places;
  }

  /**
   * "The union's president", "the local's president": the person the article named with that title and that body's
   * noun in the run of words before the name ("Union president Ann Vale", "CUPE Local 79 president Ann Vale"), or in an
   * apposition ("Ann Vale, president of the union"): the last such person before, in this paragraph or the five before,
   * of a gender that fits; null otherwise (not "President Tom Berg", nor "Police Chief Dan Roy" for "the force's chief",
   * whose title does not write the body's noun).
   */
  private bodysOfficer(d: Description, first: number, para: number): Ref | null {
    const m = /^the\s+(\S+)['’]s\s+(\S+)$/i.exec(d.text);
    if (!m) return null;
    const body = m[1]!.toLowerCase();
    const role = m[2]!.toLowerCase();
    if (!OFFICER_BODIES.test(body) || !(TITLES.has(role) || SPEAKER_NOUNS.has(role))) return null;
    const { tokens } = this.doc;
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (pm.first >= first || this.doc.quoted[pm.first]) continue;
      if (tokens[pm.first]!.para < para - 5) break;
      if (keyType(this.doc, pm.key) !== 'person' || this.otherGender(pm.key, d)) continue;
      // the run of capitalised words, numbers and titles right before the name: "CUPE Local 79 president"
      let k = pm.first - 1;
      let titled = false;
      let named = false;
      while (k >= 0 && pm.first - k <= 6 && tokens[k]!.para === tokens[pm.first]!.para) {
        const t = tokens[k]!;
        if (!(t.word && (t.cap > 0 || TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower))) && !/^[0-9]+$/.test(t.raw)) break;
        if (t.lower === role) titled = true;
        else if (titled && t.lower === body) named = true;
        k--;
      }
      if ((titled && named) || (this.bodyFits(pm.key, role, `the ${role} of the ${body}`) && this.hasHead(pm.key, role)))
        return this.refFor(pm.key, para);
    }
    return null;
  }

  /**
   * The comparison that token `at`'s sentence opens with, closed by its comma before `at` (see frontedComparisonAt): the
   * tokens from its opener to that comma, whose people are compared with the subject after it, not the subject, and the
   * names its noun phrase's items end with (`heads`).
   */
  private comparisonBefore(at: number): { start: number; comma: number; heads: Array<[number, number]> } | null {
    const s = this.doc.sents.sent[at];
    if (s === undefined) return null;
    const start = this.doc.sents.starts[s]!;
    const fronted = frontedComparisonAt(this.doc.tokens, start, at);
    return fronted && fronted.comma >= 0 ? { start, comma: fronted.comma, heads: fronted.heads } : null;
  }

  /** Whether a mention of the person whose key id is `id` starts at a token from `from` to before `to`. */
  private namedWithin(from: number, to: number, id: string): boolean {
    for (let i = this.mentionsBefore(from); i < this.personMentions.length; i++) {
      const pm = this.personMentions[i]!;
      if (pm.first >= to) return false;
      if (keyId(pm.key) === id) return true;
    }
    return false;
  }

  private resolveDescription(d: Description, first: number, para: number, span: Span): Resolved {
    let r = this.resolveDescriptionAt(d, first, para, span);
    // (never a person compared in a phrase the sentence opens with, whoever spoke last or had that role: "Unlike Paul
    // Okafor, who conceded on Monday, the governor told …", "Like Okafor, the mayor, 61, said …" are someone else's)
    const compared = r.ref.key ? this.comparisonBefore(first) : null;
    const of = r.ref.key ? keyId(r.ref.key) : '';
    if (compared && this.namedWithin(compared.start, compared.comma, of)) {
      const text = d.text.charAt(0).toLowerCase() + d.text.slice(1);
      return { ref: { key: null, desc: { ...d, text }, bound: null, para }, via: 'desc', mention: span };
    }
    // a role's acronym that finds no one is the role in words: "Carrow's chief executive, Linda Marsh, … The CEO said" is
    // Marsh, as "the chief executive" would be
    const spelled = ROLE_ACRONYMS.get(d.head);
    if (spelled && !r.ref.key && !r.ref.bound && r.ref.desc?.head === d.head) {
      const words = d.text.replace(new RegExp(`\\b${d.head}\\b`, 'i'), spelled.join(' '));
      const again = this.resolveDescriptionAt({ ...d, text: words, head: spelled[spelled.length - 1]! }, first, para, span);
      if (again.ref.key) r = again;
    }
    // (no one the article tied to another place: "Sen. Harriet Olsen of Oregon" is not "the senator from Montana")
    const place = d.definite && r.ref.key ? this.fromPlace(first, span) : null;
    const key = r.ref.key;
    if (!place || !key) return r;
    const elsewhere = this.mentionsOf(key).some((pm) => {
      if (pm.first >= first) return false;
      const t = this.doc.tokens[(this.personAt(pm.first)?.last ?? pm.first) + 2];
      return !!t && !this.placeAfter(pm.first, place, true) && this.placeAfter(pm.first, t.lower, true);
    });
    if (!elsewhere) return r;
    const text = d.text.charAt(0).toLowerCase() + d.text.slice(1);
    return { ref: { key: null, desc: { ...d, text }, bound: null, para }, via: 'desc', mention: span };
  }

  private resolveDescriptionAt(d: Description, first: number, para: number, span: Span): Resolved {
    const { history } = this;
    // "the prime minister's spokesman", "his spokesman", "her lawyer" is somebody's spokesman, not the person last quoted
    // (not a jurisdiction's role, which its holder is known by: "the province's top doctor" is Dr. Bonnie Ash, "the
    // state's health director" the one named so)
    const possessive = (/['’]s\b/.test(d.text) && !JURISDICTION_ROLE.test(d.text)) || /^(his|her|their|its|our|my|your)\s/i.test(d.text);
    // "The Bergen Ferry Company said": a name of two capitalised words or more, not "the company" named before (one
    // capitalised word, "the Department", may still stand for a name met before, as a description does)
    // (a party member with where they are from is a person: "the South Carolina Republican", "the Utah Democrat")
    // (or with "of", "for" or "the" inside: "the Ministry of Health", "the Office of the Attorney General")
    // (nor an office of capitalised titles: "the Chief Minister", "the Home Secretary", "the Attorney General")
    // (its words past the first split only for a name of that shape, which few descriptions are)
    const office = (): string[] => d.text.split(/\s+/).slice(1);
    const named =
      d.definite &&
      (/^\S+(\s+\p{Lu}\S*){2,}$/u.test(d.text) ||
        /^\S+\s+\p{Lu}\S*(\s+(of|for)(\s+the)?\s+\p{Lu}\S*)(\s+\p{Lu}\S*)*$/u.test(d.text) ||
        // (a union local with its number: "Teamsters Local 880", "Local 195")
        /^(\p{Lu}\S*\s+)*Local\s+[0-9]+$/u.test(d.text)) &&
      !/^(republican|democrat)$/.test(d.head) &&
      // (nor a member of a legislature with a party's word: "the Conservative MP", "the Liberal MPP", "the Fine Gael TD")
      !/^(mp|mpp|mla|mna|mha|mep|msp|td)$/.test(d.head) &&
      // (nor a Malaysian honorific of two words, one title whole: "the Tan Sri", "the Datuk Seri")
      !MALAY_TITLE_HEADS.has(d.head) &&
      !office().every((w) => TITLES.has(w.toLowerCase()));
    // "Thomas Hanify, the president of the firefighters union, said": in apposition to the name right before it, when
    // the description names a person's role and the name opens its clause (not "In an interview with Mika Brzezinski,
    // the candidate said", "Lewandowski, the Post reported", "Mrs. Clinton, these people said, would …")
    const apposed = named ? null : this.apposedToName(d, first, span);
    if (apposed) return { ref: apposed, via: 'desc', mention: span };
    // "Sen. Orville Pettibone, R-Ga., … The Georgia Republican said": a party's member is the last person the article
    // marked with that party ("R-Ga.", "(D-Ore.)", "Democrat of Oregon", "Republican Sen. …"), before whoever was named last
    if (d.definite && !possessive && /^(republican|democrat)$/.test(d.head)) {
      const place = partyPlace(d.text);
      const member = this.partyMember(d.head === 'republican' ? 'r' : 'd', first, place);
      if (member && !this.otherGender(member, d)) return { ref: this.refFor(member, para), via: 'desc', mention: span };
      // (one from a place no one was shown with, "the Ohio Republican" after only "Republican candidate Dale Ives", is no one named)
      if (place !== null) return { ref: { key: null, desc: d, bound: null, para }, via: 'desc', mention: span };
    }
    // "The summit president, Sultan al-Mansouri, told …": a description the next words name in apposition introduces
    // that person, whom the names did not read as one: no one met before
    if (d.definite && !possessive && !named && !SpeakerResolver.notOnePerson(d) && this.nameApposed(first, span)) {
      const text = d.text.charAt(0).toLowerCase() + d.text.slice(1);
      return { ref: { key: null, desc: { ...d, text }, bound: null, para }, via: 'desc', mention: span };
    }
    // "The senator from Montana shot back …": only a person the article tied to that place ("Sen. Ray Ortiz of Montana",
    // "Montana Sen. Ray Ortiz"), else no one (not the senator from elsewhere who spoke last)
    const place = d.definite && !possessive ? this.fromPlace(first, span) : null;
    if (place) {
      const tied = new Set<string>();
      let found: SpeakerKey | null = null;
      for (const pm of this.personMentions)
        if (
          pm.first < first &&
          keyType(this.doc, pm.key) === 'person' &&
          (this.writtenBefore(pm.first, place) || this.placeAfter(pm.first, place, true))
        ) {
          tied.add(keyId(pm.key));
          found = pm.key;
        }
      if (tied.size === 1 && found && !this.otherGender(found, d)) return { ref: this.refFor(found, para), via: 'desc', mention: span };
    }
    if (named) {
      // the same name, or a shorter form of it: "the Ferry Company" after "the Bergen Ferry Company"
      const r = this.namedBefore(d.text);
      if (r) return { ref: r, via: 'desc', mention: span };
    } else if (d.definite && possessive) {
      for (let i = history.length - 1; i >= 0; i--) {
        const r = history[i]!.ref;
        if (r.desc && r.desc.text.toLowerCase() === d.text.toLowerCase()) return { ref: r, via: 'desc', mention: span };
      }
      const officer = this.bodysOfficer(d, first, para);
      if (officer) return { ref: officer, via: 'desc', mention: span };
      // "Maria Santos and her husband, Luis, were stranded. … Her husband said": the relative named so, the last one
      // within three paragraphs
      const own = /^(his|her|their)\s+(\S+)$/i.exec(d.text);
      for (let i = this.relatives.length - 1; own && i >= 0; i--) {
        const x = this.relatives[i]!;
        if (x.first >= first || x.noun !== own[2]!.toLowerCase()) continue;
        // (further back, the one relative so called, who has spoken since: "His mother, Alicia Morrow, said … [four
        // paragraphs of others] … His mother said")
        const near = this.doc.tokens[x.first]!.para >= para - 3;
        const only = this.relatives.every((y) => y === x || y.first >= first || y.noun !== x.noun);
        if (near || (only && history.some((h) => sameRef(final(h.ref), this.refFor(x.key, para)))))
          return { ref: this.refFor(x.key, para), via: 'desc', mention: span };
        break;
      }
      // (the parent the article named by first name: no guess)
      // (or the named parent of the child last named: "Deshmukh's seven-year-old son, Arjun. … Arjun was diagnosed at 18
      // months. …, his mother said" is Deshmukh; or the parent named after "the son of")
      const parent = own
        ? (this.parentApposed(own[1]!.toLowerCase(), own[2]!.toLowerCase(), first, para) ??
          this.childsParent(own[1]!.toLowerCase(), own[2]!.toLowerCase(), first, para) ??
          this.parentNamedAfterOf(own[1]!.toLowerCase(), own[2]!.toLowerCase(), first, para))
        : null;
      if (parent) return { ref: parent, via: 'desc', mention: span };
      const kin = own
        ? (this.parentOfLastSpeaker(own[1]!.toLowerCase(), own[2]!.toLowerCase()) ??
          this.kinOfLastSpeaker(own[1]!.toLowerCase(), own[2]!.toLowerCase()))
        : null;
      if (kin) return { ref: kin, via: 'desc', mention: span, guessed: true };
    } else if (d.definite && underRole(d)) {
      // "the deputy mayor" is no one known only as the mayor, nor whoever the sentence before names: only the one the
      // article called so ("Deputy Mayor Paul Ostrander said … “…,” the deputy mayor said"), the last before it
      const role = underRole(d)!;
      const [under, head] = role.split(' ');
      const { tokens } = this.doc;
      for (let i = this.personMentions.length - 1; i >= 0; i--) {
        const pm = this.personMentions[i]!;
        if (pm.first >= first || keyType(this.doc, pm.key) !== 'person' || this.otherGender(pm.key, d)) continue;
        const given = (this.described.get(keyId(pm.key)) ?? []).some((x) => x.head === head && x.words.has(under!));
        // (or the role written right before the name: "White House press secretary Denise Okafor-Lund")
        const before = tokens[pm.first - 1]?.lower === head && tokens[pm.first - 2]?.lower === under;
        if (this.heads(pm.key).has(role) || given || before) return { ref: this.refFor(pm.key, para), via: 'desc', mention: span };
      }
      // or the unnamed one who spoke as such: "A deputy minister said … “…,” the deputy minister said"
      const met = history.findLast((x) => x.ref.desc && underRole(x.ref.desc) === role);
      if (met) return { ref: met.ref, via: 'desc', mention: span };
    } else if (d.definite) {
      const r = this.definiteDescription(d, first, para, span, possessive);
      if (r) return r;
    }
    return this.unresolved(d, first, para, span, possessive);
  }

  /**
   * A definite description that no name, possessive or second's office shapes ("the company", "the mayor", "the woman"):
   * the body or document it stands for, a person of its age or in view, a speaker met with its head, or the last one
   * who fits; null when none (the caller leaves it unresolved). resolveDescriptionAt's last branch, a function of its
   * own so that the common cases before it stay small enough to be optimised.
   */
  private definiteDescription(d: Description, first: number, para: number, span: Span, possessive: boolean): Resolved | null {
    const { history } = this;
    const meant = this.bodyDescribed(d, first, para, span);
    if (meant) return { ref: meant, via: 'desc', mention: span };
    const aged = this.personOfAge(d, first, para) ?? this.accusedOfAge(d, first, para);
    if (aged) return { ref: aged, via: 'desc', mention: span };
    const body = this.publicBodySpoke(d, first, para);
    if (body) return { ref: body, via: 'desc', mention: span };
    const group = d.group || ORG_HEADS.has(d.head) || GROUP_NOUNS.has(d.head) || DOCUMENT_NOUNS.has(d.head) || pluralHead(d.head);
    // (a peer, or a duke, only when the article names one holder of that title since the last report: "Earl Spencer
    // opened the house. Baroness Hale came too. The peer said …" is either, as the Malaysian "the Tan Sri" is, see
    // malayHolders; not "Lord Ellingham spoke …. The peer said …. Baroness Ashcombe backed the delay. “…,” the peer
    // told the chamber", Ashcombe the one named since)
    if (PEERAGE_HEADS.test(d.head) && this.holdersBefore(d, first, this.history[this.history.length - 1]?.sent ?? -1) > 1)
      return this.unresolved(d, first, para, span, possessive);
    const inView = this.subjectInView(d, first, span);
    // (a guess while another of that role is named in this paragraph or the two before: "President Ana Ruiz of Peru met
    // President Tomas Berg of Chile. / Berg said …. / “…,” the president said." may be either)
    if (inView)
      return {
        ref: inView,
        via: 'desc',
        mention: span,
        ...(inView.key && this.otherHolderNear(inView.key, d, first, para) ? { guessed: true as const } : {}),
      };
    const headed = this.speakerWithHead(d, first, para, span, possessive, group);
    if (headed) return headed;
    // "the scientist", "the researcher", "the academic": the last speaker when the article gave them a research role
    // ("Dr. Anton Weil, an Egyptologist at Brunmoor University, said … “…,” the scientist said")
    const scholar = SCHOLAR_HYPERNYMS.test(d.head) ? this.scholarSpoke(d) : null;
    if (scholar) return { ref: scholar, via: 'desc', mention: span };
    // (not one the description singles out by a charge: "The man accused of attacking the mayor told the court" is
    // someone new, not the last speaker)
    // (a jurisdiction's role is only the one known by it: "The province's health minister announced …" in a lede
    // is the minister the next paragraph names, not a guess)
    const jurisdiction = JURISDICTION_ROLE.test(d.text);
    // (nor one the article says goes unnamed: "Maria Estevez, the mayor, said … / The woman, who asked not to be named,
    // said …" is no one named before)
    let unnamed = this.keptAnonymous(first, span);
    if (
      !jurisdiction &&
      GENERIC_HEADS.has(d.head) &&
      !d.text
        .split(/\s+/)
        .slice(1, -1)
        .some((w) => CHARGED.test(w.toLowerCase()))
    ) {
      // "the big man", "the young woman": the person a sentence since the last attribution opened with, before the
      // last speaker ("Veteran centre Igor Nemeth had 14 rebounds. “…,” the big man said." → Nemeth, not the coach)
      let opened = /^(man|woman)$/.test(d.head) ? this.lastNamedFor(d, first, para) : null;
      // (but not the last speaker, named, when the article met "a woman" before, unnamed in her sentence: "In one case,
      // a woman was dragged from her car. … Justice Ann Vale said … The woman told the Star …" is that woman)
      const lastRef = this.last();
      if (
        lastRef &&
        final(lastRef.ref).key &&
        (opened === null || opened === final(lastRef.ref) || sameRef(opened, final(lastRef.ref))) &&
        /^(man|woman)$/.test(d.head) &&
        this.unnamedBefore(d.head, first)
      )
        unnamed = true;
      if (unnamed) opened = null;
      if (opened) return { ref: opened, via: 'desc', mention: span, guessed: true };
      for (let i = history.length - 1; i >= 0 && !unnamed; i--) {
        const r = final(history[i]!.ref);
        // the last speaker, unnamed, is "the woman" or "the man" of a gender that fits: "A neighbour … told CBC News she
        // heard shouting. / “…,” the woman said." (not the woman named before the neighbour)
        if (i === history.length - 1 && r.desc && opened === null && /^(man|woman)$/.test(d.head) && this.fitting(r, d.gender))
          return { ref: r, via: 'desc', mention: span };
        // not a speaker known by another role or of another gender: "Mayor Ana Pike said … The governor called …"
        // (and for "the former governor", past the last speaker, only one the article called so: "Governor Ana Pike
        // said … / “…,” the former governor said" is none of those before her)
        if (
          !this.isGroup(r) &&
          r.key &&
          !this.otherRole(r.key, d) &&
          this.formerFits(r.key, d, i === history.length - 1) &&
          this.bodyFits(r.key, d.head, d.text) &&
          !(PUBLIC_OFFICES.test(d.head) && this.noRoleKnown(r.key)) &&
          !this.otherOpenedSince(r, history[i]!.sent, first)
        )
          return { ref: r, via: 'desc', mention: span };
        // (only the last speaker: one further back, past someone else who spoke, was right for it in none of five on
        // train: "the French minister" after the economist who spoke before the mayor)
        break;
      }
    }
    const writer = jurisdiction || unnamed ? null : this.writerBefore(d, first);
    if (writer) return { ref: writer, via: 'desc', mention: span };
    const salient = jurisdiction || unnamed ? null : this.salientPerson(d, first, span);
    if (salient) return { ref: salient, via: 'desc', mention: span };
    const named = jurisdiction || unnamed ? null : this.lastNamedFor(d, first, para);
    if (named) return { ref: named, via: 'desc', mention: span, guessed: true };
    return null;
  }

  /**
   * The body or document a definite description stands for: the author of "the statement", the central bank, the
   * unnamed body of that kind that spoke last, or the organisation named before ("Northwind Telecom cut jobs. The
   * company said …"); null when none (see definiteDescription).
   */
  private bodyDescribed(d: Description, first: number, para: number, span: Span): Ref | null {
    const { history } = this;
    // "Premier Ada Vik said in a statement that …. “…,” the statement said": the statement is hers
    const author = /^the\s+(statement|release|letter|memo|email|e-mail|post|tweet)$/i.test(d.text)
      ? this.documentAuthor(d.head, first, para)
      : null;
    if (author) return author;
    // "The Bank of Canada held its rate. The central bank said …": the one central bank named before
    const central = /^the\s+central\s+bank$/i.test(d.text) ? this.orgOfKind(first, 'bank', para, (n) => CENTRAL_BANK.test(n)) : null;
    if (central) return central;
    // "The national weather agency said … “…,” the agency said": the unnamed body of that kind that spoke last, in
    // this paragraph or the one before, before any named one further back
    const lastBody = history.at(-1);
    if (
      lastBody &&
      ORG_HEADS.has(d.head) &&
      !/\s\S+\s/.test(d.text) &&
      lastBody.ref.desc &&
      !lastBody.ref.key &&
      lastBody.ref.desc.head === d.head &&
      /\s\S+\s/.test(lastBody.ref.desc.text) &&
      // (a description, not a bare name found for a body: "Aldercrest Senior Communities" leaves a body named since to
      // orgBefore)
      /^(?:[Tt]he|[Aa]n?)\s/.test(lastBody.ref.desc.text) &&
      lastBody.para >= para - 1
    )
      return lastBody.ref;
    // "Northwind Telecom cut jobs. The company said …": the organisation named just before
    // (or with where it is based: "The Toronto-based company said")
    if (
      (ORG_HEADS.has(d.head) || TEAM_HEADS.test(d.head) || ORG_KINDS.has(d.head) || (d.head === 'chain' && BASED_AT.test(d.text))) &&
      (!/\s\S+\s/.test(d.text) ||
        /^the\s+(\S+,\s+)?\S+-(based|headquartered)\s+\S+$/i.test(d.text) ||
        // (or who owns it and how: "The Crown corporation said", "the state-owned utility", "the publicly traded company";
        // not one a relative clause tells apart: "The city-owned corporation that runs the ferry said")
        (ownershipDescribed(d.text) && !/^(that|which|who)$/.test(this.doc.tokens[this.tokenAfter(first, span)]?.lower ?? '')) ||
        // (or the field of a group of no other kind: "Relief International said … The aid group said", "the rights
        // group")
        /^the\s+(aid|relief|rights|human\s+rights|humanitarian|medical|advocacy|charity|monitoring)\s+(group|organi[sz]ation)$/i.test(
          d.text,
        ) ||
        // (or the league it plays in: "the Major League Soccer club", "the CFL team")
        (TEAM_HEADS.test(d.head) && LEAGUE_TEAM.test(d.text)))
    ) {
      // (with where it is based, the company the sentences just before name, whatever its kind: "Eastmark Financial
      // Corp. reported …. The Montreal-based bank said" is Eastmark, not a bank named further back)
      // (a body's noun only, as "bank", which a company's name need not hold: "the Calgary-based airline" is still an
      // airline named before, not the fuel supplier named since)
      // (or a kind of business or a chain: "Coastal Foods Ltd. will close 12 stores …. The Dartmouth-based chain said")
      const based =
        !GENERIC_ORG.test(d.head) && (ORG_HEADS.has(d.head) || ORG_KINDS.has(d.head) || d.head === 'chain') && BASED_AT.test(d.text);
      // (a trade a name must show, by that name only: "the refiner", "the homebuilder")
      // (or the company set in apposition to it: "Tate Sugar, the refiner, said …. “…,” the refiner said")
      const org = TRADE_BY_NAME.has(d.head)
        ? (this.tradeByName(first, d.head, para) ?? this.orgApposedAs(first, d.head, para))
        : ((d.head === 'union' && /^the\s+union$/i.test(d.text) ? this.actingUnion(first, para) : null) ??
          // ("the office" not by the body named last, which may be any "Office": only by its name, see orgOfKind below)
          (d.head === 'office' ? null : this.orgBefore(first, d.head, para)) ??
          this.fieldBodySpokeLast(d, first, para) ??
          (based ? this.brandBefore(first, d.head, para, true) : null) ??
          (/^(company|firm)$/.test(d.head) && !/\s\S+\s/.test(d.text)
            ? (this.companySpokeLast(first, para) ?? this.officersCompany(first, d.head, para))
            : null) ??
          (GENERIC_ORG.test(d.head)
            ? null
            : ((ORG_HEADS.has(d.head) || TEAM_HEADS.test(d.head) ? this.orgNamedWith(first, d.head, para) : null) ??
              // ("the office" only by a name of an office "of" or "for": not "the Oval Office", "the Met Office" or "the
              // Government Accountability Office" after "his office said")
              (d.head === 'office'
                ? this.orgOfKind(first, d.head, para, (n) => /\bOffice\s+(of|for)\s/.test(n))
                : this.orgOfKind(first, d.head, para)) ??
              this.orgApposedAs(first, d.head, para))) ??
          this.brandBefore(first, d.head, para) ??
          this.agencyOfOtherHead(d, first, para));
      if (org) return org;
    }
    return null;
  }

  /**
   * A speaker met before with the description's head: an earlier description of that head or an organisation that spoke
   * by a name of its kind ("“…,” the union said" after the union), a named speaker known by that role, or the last person
   * named with it; the description unresolved when two of that role are named since; null when none (see
   * definiteDescription). `group`: the description is of a group or a body, no one person.
   */
  private speakerWithHead(d: Description, first: number, para: number, span: Span, possessive: boolean, group: boolean): Resolved | null {
    const { history } = this;
    const age = /\b([0-9]{1,3})-year-old\b/.exec(d.text)?.[1];
    const ofWhat = ofBody(d.text, d.head);
    for (let i = history.length - 1; i >= 0; i--) {
      const r = history[i]!.ref;
      // ("the other candidate" is not the candidate met before)
      // (a company's legal suffix makes it "the company": "Northwind Telecom Inc. says …")
      const head = r.desc && /^(inc|corp|ltd|llc|plc|limited|incorporated)$/.test(r.desc.head) ? 'company' : r.desc?.head;
      if (/\b(other|another)\s/i.test(d.text)) continue;
      // (or an organisation that spoke by its name, the head one of its words: "The Canadian Union of Public Employees
      // (CUPE) …. “…,” CUPE said. “…,” the union said" is CUPE, not a union that spoke before it)
      // (not when the description names a kind the name lacks: "The national weather agency said" is not the National
      // Disaster Mitigation Agency)
      if (
        !r.desc &&
        r.key &&
        ORG_HEADS.has(d.head) &&
        this.organisationWith(r.key, d.head, /^\S+\s+\S+$/.test(d.text)) &&
        this.kindWordsIn(r.key, d)
      )
        return { ref: r, via: 'desc', mention: span };
      // (the organisation that spoke last, by a name of the description's kind: "According to the band, …" after "the
      // Willet Lake First Nation has filed …", not "A First Nation in the Holt Valley", nor an airline before the last speaker)
      const bare = /^\S+\s+\S+$/.test(d.text);
      // (a union that spoke by a name of its members, the last union to speak: "The Regional Air Pilots Association said
      // …. “…,” the union said" is that association, not a union named before it)
      // (its name read as a person's too: "The Harbour Writers Guild said")
      const spoke = r.key ? keyName(this.doc, r.key) : r.desc?.head !== 'union' ? r.desc?.text : null;
      // (not a person's: "Ann Guild")
      if (bare && d.head === 'union' && spoke && unionName(spoke) && !isGivenName(spoke.replace(/^the\s+/i, '').split(/\s+/)[0]!))
        return { ref: r, via: 'desc', mention: span };
      if (
        i === history.length - 1 &&
        r.desc &&
        !r.key &&
        bare &&
        head !== d.head &&
        ORG_KINDS.get(d.head)?.words.has(head!) &&
        /^(the\s+)?\p{Lu}\S*\s+\p{Lu}/u.test(r.desc.text) &&
        // (not two companies joined, either of which it may be: "Carrow Homes and Halloway Homes … The homebuilder said")
        !(TRADE_BY_NAME.has(d.head) && /\s(and|&)\s/.test(r.desc.text))
      )
        return { ref: r, via: 'desc', mention: span };
      if (!r.desc || head !== d.head) continue;
      // (two ages are two people: "the 46-year-old said …" then "Margaret Oickle … / “…,” the 72-year-old said")
      const theirAge = age ? /\b([0-9]{1,3})-year-old\b/.exec(r.desc.text)?.[1] : undefined;
      if (age && theirAge && age !== theirAge) continue;
      // (two bodies named after the head's "of" are two: "The minister of fisheries said …" then "The minister of defence
      // said", "the ministry of fisheries" then "the ministry of defence")
      const theirs = ofWhat ? ofBody(r.desc.text, head) : null;
      if (ofWhat && theirs && ofWhat !== theirs) continue;
      // (a plural with a modifier the earlier one lacks, that one with a modifier this lacks, is another group: "Tenant
      // groups said …. The landlord groups said …")
      // (so is a document: "the staff report calls …" then "The police report says …")
      if ((pluralHead(d.head) || DOCUMENT_NOUNS.has(d.head)) && otherModifiers(d.text, r.desc.text) && otherModifiers(r.desc.text, d.text))
        continue;
      // (and a person's office that names a field the earlier one lacks, that one naming something this lacks: "the WTO
      // chief said …" then "the trade chief said", "the police chief" then "the fire chief"; a body is named so in
      // turn: "The Orrin Valley tribunal …. The land tribunal also …")
      if (!group && (TITLES.has(d.head) || TOP_OFFICES.test(d.head)) && fieldMissing(d.text, r.desc.text)) continue;
      // (an agency named or described with its kind is no description of another kind: "The National Disaster
      // Mitigation Agency said … The national weather agency said")
      if (r.desc.head === d.head && ORG_HEADS.has(d.head) && /\s\S+\s/.test(r.desc.text) && !kindWordsFit(r.desc.text, d)) continue;
      // (nor one whose description lacks a name the new one holds: "the EU's trade chief said …" then "the WTO chief
      // said" is someone else)
      if (namesMissing(d.text, r.desc.text)) continue;
      // (nor one of another level of government: "The province's finance minister said …" then "the federal finance
      // minister said")
      if (levelsDiffer(d.text, r.desc.text)) continue;
      // a person named with that role since the description was met is the one meant: "the Republican nominee said …"
      // early, then "Republican nominee Ada Vik …", then "the nominee said" is Vik
      const since = this.personWithHead(d, first, history[i]!.sent);
      if (since === 'twins') return this.unresolved(d, first, para, span, possessive);
      return { ref: since ?? r, via: 'desc', mention: span };
    }
    for (let i = history.length - 1; i >= 0; i--) {
      const r = final(history[i]!.ref);
      // (one named with that role since that speaker spoke is meant: "Justice Ann Vale ruled … Justice Amrita Sandhu
      // sentenced Bay … “…,” the judge wrote" is Sandhu)
      // (not for an organisation or a group: "the Vik campaign" is not its "campaign manager Tom Aas")
      // (nor one of another gender: "Councillor Tom Berg said he … / the councillor said she …")
      if (
        r.key &&
        !group &&
        this.hasHead(r.key, d.head, d.text) &&
        this.bodyFits(r.key, d.head, d.text) &&
        this.formerFits(r.key, d) &&
        !this.otherGender(r.key, d)
      ) {
        const since = this.personWithHead(d, first, history[i]!.sent);
        if (since === 'twins') return this.unresolved(d, first, para, span, possessive);
        const meant = since ?? r;
        // (a guess while another of that role is named in this paragraph or the two before, see otherHolderNear)
        const other = meant.key && this.otherHolderNear(meant.key, d, first, para);
        return { ref: meant, via: 'desc', mention: span, ...(other ? { guessed: true as const } : {}) };
      }
    }
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const pm = this.personMentions[i]!;
      if (
        pm.first < first &&
        !group &&
        this.hasHead(pm.key, d.head, d.text) &&
        this.bodyFits(pm.key, d.head, d.text) &&
        this.formerFits(pm.key, d) &&
        !this.otherGender(pm.key, d) &&
        this.placeBeforeRoleFits(pm.key, d, first)
      ) {
        // (not when another of that role is named in the same sentence: "Det.-Sgt. Marc Doiron and Det. Luc Roy led
        // the investigation. The detective said …" may be either)
        if (this.twinInSentence(pm, first, d, (key) => this.hasHead(key, d.head, d.text))) break;
        return { ref: this.refFor(pm.key, para), via: 'desc', mention: span };
      }
    }
    return null;
  }

  /** Description `d` as its own speaker, linked to no one named (its organisation's name written in: see forNamedOrg). */
  private unresolved(d: Description, first: number, para: number, span: Span, possessive: boolean): Resolved {
    const text =
      this.forNamedOrg(d, first, para) ?? (/^(A|An|The|One)\s/.test(d.text) ? d.text.charAt(0).toLowerCase() + d.text.slice(1) : d.text);
    const owner = possessive ? this.ownerIn(first, span) : null;
    return { ref: { key: null, desc: { ...d, text }, bound: null, para, ...(owner ? { owner } : {}) }, via: 'desc', mention: span };
  }

  /**
   * The organisation a sentence just before token `first` opens with when that sentence has it call or hold a strike
   * vote, ballot or mandate, which only a union does, whatever its name: "The Royal College of Nursing has announced a
   * strike ballot. The union said …" is the college (not a union named further back). No public body, and only in the
   * paragraph of `first` or the one before.
   */
  private actingUnion(first: number, para: number): Ref | null {
    const { tokens, sents } = this.doc;
    const s0 = sents.sent[first];
    if (s0 === undefined || s0 === 0) return null;
    const start = sents.starts[s0 - 1]!;
    const end = sents.starts[s0]! - 1;
    if (tokens[start]!.para < para - 1) return null;
    let k = start;
    if (tokens[k]?.lower === 'the') k++;
    const who = this.doc.people.startAt.get(k);
    const named = who === undefined ? null : this.doc.people.people[who]!;
    if (!named || named.type !== 'organization' || publicBodyName(named.name) || peoplesName(named.name)) return null;
    // (its own act, a verb of holding or calling before the vote: not "Air Canada urged pilots to reject the strike vote")
    let strike = false;
    for (let x = k + 1; x < end && !strike; x++) {
      if (this.doc.quoted[x] || tokens[x]!.lower !== 'strike' || !/^(vote|votes|ballot|ballots|mandate)$/.test(tokens[x + 1]?.lower ?? ''))
        continue;
      const v = /^(a|an|its)$/.test(tokens[x - 1]!.lower) ? x - 2 : x - 1;
      // (the vote its object, not the subject of a reported clause: "announced a strike vote was coming")
      strike = v > k && HOLDING_VOTE.test(tokens[v]!.lower) && !AUXILIARIES.has(tokens[x + 2]?.lower ?? '');
    }
    return strike ? this.refFor(personKey(who!), para) : null;
  }

  /**
   * A description of someone speaking for an organisation the article named just before, written with its name: "Harbourline
   * Properties said … A spokesman for the company said" is "a spokesman for Harbourline Properties" (the organisation
   * orgBefore finds for "the company", "the union", "the ministry"). Null when the description names no such phrase or
   * no organisation is found.
   */
  private forNamedOrg(d: Description, first: number, para: number): string | null {
    const m = /^(a|an|one|the)\s+(\S+(?:\s+\S+){0,2})\s+(for|at|of|with|from)\s+the\s+(\S+)$/i.exec(d.text);
    if (!m || !ORG_HEADS.has(m[4]!.toLowerCase()) || !(SPEAKER_NOUNS.has(d.head) || TITLES.has(d.head))) return null;
    const head = m[4]!.toLowerCase();
    const org = this.orgBefore(first, head, para) ?? (GENERIC_ORG.test(head) ? null : this.orgNamedWith(first, head, para));
    if (!org) return null;
    const key = final(org).key;
    const name = key
      ? key.kind === 'entity'
        ? this.doc.index.entities[key.entity]!.name
        : keyType(this.doc, key) === 'organization'
          ? this.doc.people.people[key.person]!.name
          : null
      : (final(org).desc?.text ?? null);
    if (!name || !/\p{Lu}/u.test(name)) return null;
    return `${m[1]!.toLowerCase()} ${m[2]} ${m[3]} ${name}`;
  }

  /**
   * The one person the article gave the age of "the 45-year-old" before it: "Marcus Bell, 45, pleaded …", "Marcus
   * Bell (45)", "Marcus Bell, aged 45,", "45-year-old Marcus Bell". News gives an age once, to the person it later
   * calls so; the last speaker, a lawyer quoted in between, is not them. Null when no one or two people were given that age.
   */
  private personOfAge(d: Description, first: number, para: number): Ref | null {
    const age = /^the\s+([0-9]{1,3})-year-old$/i.exec(d.text)?.[1];
    if (!age) return null;
    const { tokens } = this.doc;
    let found: SpeakerKey | null = null;
    for (const pm of this.personMentions) {
      if (pm.first >= first) break;
      const last = this.personAt(pm.first)?.last ?? pm.first;
      // (or "Rebecca Sloane, aged 43, was …")
      const aged = tokens[last + 2]?.lower === 'aged' ? 1 : 0;
      const after =
        /^[,(]$/.test(tokens[last + 1]?.raw ?? '') &&
        tokens[last + 2 + aged]?.raw === age &&
        /^[,.;)]$/.test(tokens[last + 3 + aged]?.raw ?? '');
      const before = tokens[pm.first - 5]?.raw === age && tightHyphen(tokens, pm.first - 4) && tokens[pm.first - 1]?.lower === 'old';
      if (!after && !before) continue;
      if (found && keyId(found) !== keyId(pm.key)) return null;
      found = pm.key;
    }
    return found && keyType(this.doc, found) === 'person' ? this.refFor(found, para) : null;
  }

  /**
   * The one person "the defendant" (or "the accused", "the suspect") stands for: the one the article gave an age in
   * apposition and then a plea or a charge: "Marcus Tell, 31, denies dangerous driving …. The defendant told the court
   * …" ("denies", "admits", "pleaded", "is charged with", "is accused of" within the next words of the sentence). News
   * names the accused so once; a lawyer or a witness quoted in between is not them. Null when no one or two people fit.
   */
  private accusedOfAge(d: Description, first: number, para: number): Ref | null {
    if (!/^the\s+(defendant|accused|suspect)$/i.test(d.text)) return null;
    const { tokens } = this.doc;
    let found: SpeakerKey | null = null;
    for (const pm of this.personMentions) {
      if (pm.first >= first) break;
      if (this.doc.quoted[pm.first] || keyType(this.doc, pm.key) !== 'person') continue;
      const last = this.personAt(pm.first)?.last ?? pm.first;
      const aged = tokens[last + 2]?.lower === 'aged' ? 1 : 0;
      const age = tokens[last + 2 + aged];
      if (tokens[last + 1]?.raw !== ',' || !age || !/^[0-9]{1,3}$/.test(age.raw) || tokens[last + 3 + aged]?.raw !== ',') continue;
      let k = last + 4 + aged;
      if (/^(is|was|has|had|been|have)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(been|also|previously|already)$/.test(tokens[k]?.lower ?? '')) k++;
      const v = tokens[k]?.lower ?? '';
      const plea = /^(denies|denied|admits|admitted|pleaded|pleads|charged|accused)$/.test(v);
      if (!plea) continue;
      if (found && keyId(found) !== keyId(pm.key)) return null;
      found = pm.key;
    }
    return found ? this.refFor(found, para) : null;
  }

  /**
   * The public body "the agency" (or "the regulator", "the watchdog") stands for: the last speaker, in its paragraph or
   * the one before, when it is an organisation named by an acronym or with a word of public bodies ("the FBI
   * confirmed … . The agency said …", "The State Department said … “…,” said the agency") and no other organisation is
   * named since. Their names hardly ever hold the word, so orgBefore, which wants it, leaves them.
   */
  private publicBodySpoke(d: Description, first: number, para: number): Ref | null {
    if (!/^the\s+(agency|regulator|watchdog)$/i.test(d.text)) return null;
    const last = this.last();
    if (!last || last.para < para - 1) return null;
    const r = final(last.ref);
    const name = r.key ? keyName(this.doc, r.key) : r.desc?.group && /\s\p{Lu}/u.test(r.desc.text) ? r.desc.text : null;
    if (!name || (r.key && keyType(this.doc, r.key) !== 'organization')) return null;
    if (!(/^[A-Z]{2,6}$/.test(name.replace(/^the\s+/i, '')) || PUBLIC_BODY_WORDS.test(name))) return null;
    // no other organisation named between the speaker's sentence and the description, outside quotation marks
    const { tokens, sents } = this.doc;
    const from = sents.starts[last.sent + 1] ?? tokens.length;
    for (let k = from; k < first; k++) {
      if (this.doc.quoted[k]) continue;
      const m = this.doc.knownStartAt.get(k);
      const key = m && m.kind !== KIND_ROLE ? entityKey(m.entity) : null;
      const who = this.doc.people.startAt.get(k);
      const other = key ?? (who === undefined ? null : personKey(who));
      if (other && keyType(this.doc, other) === 'organization' && !(r.key && keyId(other) === keyId(r.key))) return null;
      if (!other && tokens[k]!.cap > 0 && ORG_SUFFIXES.has(tokens[k]!.lower) && tokens[k - 1]?.cap) return null;
    }
    return r;
  }

  /**
   * Whether every noun-like word between a description's article and its head is in the organisation's name, words of
   * level or scope aside: "the national weather agency" fits the National Weather Agency, not the National Disaster
   * Mitigation Agency; "the federal agency" fits any agency.
   */
  private kindWordsIn(key: SpeakerKey, d: Description): boolean {
    return kindWordsFit(keyName(this.doc, key), d);
  }

  /**
   * Whether the key is an organisation's whose name holds the word `head` or a word of its kind: "Canadian Union of
   * Public Employees" or "Ontario Teachers' Federation" for "union".
   */
  private organisationWith(key: SpeakerKey, head: string, bare: boolean): boolean {
    if (keyType(this.doc, key) !== 'organization') return false;
    const name = keyName(this.doc, key);
    // (or, for a bare description, a word saying its kind: "the Fédération des infirmières de l'Estrie" is "the union",
    // not "the teachers' union")
    const words = name.toLowerCase().split(/\s+/);
    const kind = ORG_KINDS.get(head);
    return words.includes(head) || (bare && !!kind && words.some((w) => kind.words.has(w)));
  }

  /** The person named before the "'s" of a possessive description from token `first` ("Mr. Sanders's campaign"), if any. */
  private ownerIn(first: number, span: Span): SpeakerKey | null {
    const end = this.tokenAfter(first, span);
    for (let k = first + 1; k < end; k++) {
      if (this.doc.tokens[k]!.key !== "'s") continue;
      const pm = this.personMentions.find((m) => m.first >= first && m.first < k && this.personAt(m.first)?.last === k - 1);
      return pm && keyType(this.doc, pm.key) === 'person' ? pm.key : null;
    }
    return null;
  }
}

/** The end of a description's words before a name inside its post-modifier: "complaints filed with the", "a memo to". */
const NAMED_AFTER = /\S\s+(?:(?:with|by|to|from|for|of|at|in|on)\s+)?(?:the|a|an)$|\S\s+(?:with|by|to|from|for|of|at|in|on)$/;

/** Words of who owns an organisation and how, which any of its kind may be called by: "the Crown corporation". */
const OWNERSHIP =
  /^(crown|public|publicly|private|privately|state|[a-z]+-owned|[a-z]+-run|traded|held|listed|federal|provincial|municipal)$/;

/** Is a description "the", one or two words of ownership, then its noun ("the state-owned broadcaster")? */
function ownershipDescribed(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    /^the$/i.test(words[0]!) && words.length >= 3 && words.length <= 4 && words.slice(1, -1).every((w) => OWNERSHIP.test(w.toLowerCase()))
  );
}

/** Whether the lower-case words between a description's article and its head are all in `name` or words of scope (kindWordsIn). */
function kindWordsFit(name: string, d: Description): boolean {
  const words = new Set(name.toLowerCase().split(/[\s-]+/));
  const mods = d.text.split(/\s+/).slice(1, -1);
  return mods.every((w) => words.has(w) || SCOPE_WORDS.test(w) || !/^[a-z]+$/.test(w));
}

/** Whether two references stand for the same one: the same key or the same description's words. */
function sameRef(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (a.key || b.key) return a.key !== null && b.key !== null && keyId(a.key) === keyId(b.key);
  return !!a.desc && !!b.desc && a.desc.text.toLowerCase() === b.desc.text.toLowerCase();
}

/**
 * The number of words before token k that describe the name opening there: nouns in lower case (three at most), after a
 * nationality or alone: 3 in "shares in Swedish battery maker Norrvolt", 1 in "shares of drugmaker Halvern", else 0.
 */
function describedBy(tokens: ReadonlyArray<Token>, k: number): number {
  let b = k - 1;
  while (b >= k - 3 && tokens[b]?.word && tokens[b]!.cap === 0 && !/^(of|in)$/.test(tokens[b]!.lower)) b--;
  if (b < k - 1 && DEMONYMS.has(tokens[b]?.lower ?? '') && tokens[b]!.cap > 0) b--;
  return k - 1 - b;
}

/** Nouns of those who follow a company from outside it: "analyst Jo Pike of Orland Securities". */
const ANALYST = /^(analyst|analysts|strategist|strategists|economist|economists)$/;

/** Verbs of saying after a quotation, before their speaker: '"…," said Dr. Osei', '"…," notes Prof. Lund'. */
const INVERTED_FRAME_VERBS =
  /^(said|says|added|adds|noted|notes|explained|explains|cautioned|cautions|warned|warns|wrote|writes|argued|argues|commented|observed)$/;

/**
 * Nouns of those who study and comment from a university or an institute (ANALYST's too): "a sleep researcher at
 * Northgate University", "an electrochemist at …", "a professor of law at …" (no spokesperson or officer, who speaks for it).
 */
const SCHOLAR =
  /^(analysts?|strategists?|economists?|professors?|researchers?|scientists?|lecturers?|scholars?|experts?|specialists?|astronomers?|[a-z]*(ologist|chemist|physicist|geneticist)s?)$/;

/**
 * Whether the name at token `first`, right after "in" or "near" with no organisation's word in it, is the place where
 * something happened, which the people index keeps as a place a speaker may be at: "at a trade show in Las Vegas on
 * Tuesday" names no company for a later "the company" or "it".
 */
function placeAfterIn(tokens: Doc['tokens'], first: number, name: string): boolean {
  if (!/^(in|near)$/.test(tokens[first - 1]?.lower ?? '')) return false;
  return !name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ORG_SUFFIXES.has(w) || ORG_NAME_ENDS.has(w) || ORG_HEADS.has(w));
}

/**
 * Whether the name at token `first` names a thing by a naming participle after a noun that is no organisation's: "The
 * product, called Juniper, will …", "a drug known as Brexil", "its new model, dubbed Orion" (not "a startup called
 * Pollenbyte", nor the object of a verb, "Critics called Northwind reckless").
 */
function thingNamed(tokens: Doc['tokens'], first: number): boolean {
  let v = first - 1;
  const known = tokens[v]?.lower === 'as' && tokens[v - 1]?.lower === 'known';
  if (known) v--;
  else if (!/^(called|named|dubbed|nicknamed|branded|titled|codenamed|code-named)$/.test(tokens[v]?.lower ?? '')) return false;
  let n = v - 1;
  const comma = tokens[n]?.raw === ',';
  if (comma) n--;
  const noun = tokens[n];
  if (!noun?.word || noun.cap !== 0 || ORG_HEADS.has(noun.lower) || BUSINESS_TRADES.test(noun.lower)) return false;
  // (a noun after a determiner, or set off by a comma: not "analysts called Northwind reckless")
  return (
    comma ||
    DETERMINERS.has(tokens[n - 1]?.lower ?? '') ||
    (tokens[n - 1]?.word === true && tokens[n - 1]!.cap === 0 && DETERMINERS.has(tokens[n - 2]?.lower ?? ''))
  );
}

/**
 * The organisation from first to last is an analyst's firm: "Analyst Jo Pike of Orland Securities", "Jo Pike, an
 * analyst at Orland Securities", "Orland Securities analyst Jo Pike" (from the sentence's start at floor).
 */
function analystsFirm(tokens: Doc['tokens'], first: number, last: number, floor: number, role = ANALYST): boolean {
  if (role.test(tokens[last + 1]?.lower ?? '')) return true;
  if (!/^(of|at|with|from)$/.test(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2; k >= Math.max(floor, first - 7); k--) {
    if (role.test(tokens[k]!.lower)) return true;
    if (!tokens[k]!.word && tokens[k]!.raw !== ',' && tokens[k]!.raw !== '.') return false;
  }
  return false;
}

/** Nouns of a campaigning body before its name, or of its members before "of", "with" or "from": "the charity Warm Homes Now". */
const CAMPAIGNERS = /^(charity|coalition|campaigners|activists|advocates|volunteers)$/;

/**
 * Is the name at `first` a campaigning body's, for "the company" or "the firm": after "the group", "the charity",
 * "advocacy group", "campaign group", or "campaigners from" ("Vale Water paid £47m in dividends. Campaigners at the group
 * Clean Rivers Now say … / The company says …" is Vale Water)?
 */
function campaignersBody(tokens: Doc['tokens'], first: number, head: string): boolean {
  if (!/^(company|firm)$/.test(head)) return false;
  const n = tokens[first - 1];
  if (!n?.word || n.cap !== 0) return false;
  // (members "of", "with" or "from" the body, past its article: "Campaigners from the Rivers Action Network say"; not "at",
  // a place as often: "climate activists at Drax Power Station blocked the gate. The company said" is Drax's)
  const p = n.lower === 'the' ? first - 2 : first - 1;
  if (/^(of|with|from)$/.test(tokens[p]?.lower ?? '')) {
    const m = p - 1;
    return tokens[m]?.word === true && CAMPAIGNERS.test(tokens[m]!.lower) && /s$/.test(tokens[m]!.lower);
  }
  if (CAMPAIGNERS.test(n.lower) && !/s$/.test(n.lower)) return /^(the|a)$/.test(tokens[first - 2]?.lower ?? '');
  return n.lower === 'group' && /^(the|advocacy|campaign|pressure|lobby|activist|environmental)$/.test(tokens[first - 2]?.lower ?? '');
}

/** A description that is a plural noun with no article, no organisation's noun ("impurities", "shares"; not "news"). */
function barePluralOfThings(d: NonNullable<Ref['desc']>): boolean {
  return !d.definite && pluralHead(d.head) && !/(news|ics|series|species)$/.test(d.head) && !ORG_HEADS.has(d.head);
}

/**
 * Whether the name from token first to e, inside a sentence ending at `end`, modifies a plural of leaders, politicians or
 * backers after it ("Republican Senate leaders", "Democratic lawmakers"), or people who back the body ("funded by Green
 * Party volunteers"); not the body's own people ("The union representing Amazon workers", "a strike by Canada Post
 * workers", "The rally drew Extinction Rebellion activists").
 */
function modifiesPeople(tokens: ReadonlyArray<Token>, first: number, e: number, end: number): boolean {
  const next = tokens[e + 1];
  if (e >= end || !next?.word || next.cap !== 0) return false;
  const w = next.lower;
  if (BACKER_PLURALS.test(w)) return true;
  // (any plural of people after a participle and "by" backs the body: "The committee, funded by Green Party volunteers, …")
  const by =
    tokens[first - 1]?.lower === 'by'
      ? first - 1
      : tokens[first - 2]?.lower === 'by' && tokens[first - 1]?.lower === 'the'
        ? first - 2
        : -1;
  const participle = tokens[by - 1];
  return (
    by > 0 &&
    !!participle?.word &&
    participle.cap === 0 &&
    /..ed$/.test(participle.lower) &&
    (peoplePlural(w) || PEOPLE_PLURALS.test(w) || (/[^s]s$/.test(w) && personShaped(w.slice(0, -1))))
  );
}

/** Plurals of leaders, politicians and backers, who are not a body's own people ("leaders", "lawmakers", "donors"). */
const BACKER_PLURALS =
  /^(leaders|lawmakers|legislators|senators|congressmen|congresswomen|politicians|officials|donors|backers|funders|allies)$/;

/** Whether token `t` is an amount or a time after a verb of a rise or a fall: "3", "March", "last" (see levelChange). */
function amountOrTime(t: Token | undefined): boolean {
  return !!t && (/^\d/.test(t.raw) || DAYS_MONTHS.has(t.lower) || (TIME_WORDS.has(t.lower) && t.cap === 0));
}

/**
 * Whether word `n` (in lower case) may be a finite verb after its subject: an auxiliary, a negated one, an irregular past
 * or a word in -ed or -s ("has", "wasn't", "met", "released", "says"; not "press", nor a word that breaks a noun phrase).
 */
function finiteVerb(n: Token): boolean {
  return (
    AUXILIARIES.has(n.lower) ||
    NEGATED_AUXILIARY.test(n.lower) ||
    IRREGULAR_PAST.has(n.lower) ||
    (/^[a-z]{3,}(ed|s)$/.test(n.lower) && !/ss$/.test(n.lower) && !NP_BREAK.has(n.lower))
  );
}

/**
 * A plural of people (or of an organisation's or a speaker's noun), in lower case: "critics", "protesters", "residents",
 * "analysts", "Democrats", "The national unions", "Both campaigns", "the agencies" (not "wages", "tactics", "comes").
 */
function pluralOfPeople(lower: string): boolean {
  const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
  const people =
    SPEAKER_NOUNS.has(lower) ||
    /(ers|ors|ists|ians|ans|ents|ants|ees|ives|ats|ites|ens|lords)$/.test(lower) ||
    (SPEAKER_NOUNS.has(singular) && !DOCUMENT_NOUNS.has(singular));
  return people && /^[a-z]{3,}s$/.test(lower) && !NP_BREAK.has(lower);
}

/** A plural noun of people, a group that is a "they" and never an "it": "experts", "officials", "analysts", "authorities". */
function peoplePlural(head: string): boolean {
  return pluralSpeakerNoun(head) || (GROUP_NOUNS.has(head) && /[^su]s$/.test(head));
}

/**
 * Whether the tokens from `from` up to `end` are an office's own name: capitalised words joined by "the", "of", "and"
 * or "for" ("Leeds", "the Bank of England", "Housing and Communities"); no lower-case word, no "'s", no "and the …".
 */
export function properOfficeName(tokens: ReadonlyArray<Token>, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let m = from; m < end; m++) {
    const t = tokens[m]!;
    if (!t.word) return false;
    if (t.cap > 0) continue;
    if (!/^(the|of|and|for)$/.test(t.lower)) return false;
    if (t.lower === 'and' && DETERMINERS.has(tokens[m + 1]?.lower ?? '')) return false;
  }
  return tokens[end - 1]!.cap > 0;
}

/**
 * The words of an office's name from `from` (before `end`), lower-cased: its capitalised words, "of", "and" and "for"
 * between them ("leeds", "bank of england"), or up to three lower-case words when it opens with one ("the minister for
 * finance said": "finance"); null when none ("the mayor of the city").
 */
export function officeWords(tokens: ReadonlyArray<Token>, from: number, end: number): string | null {
  const words: string[] = [];
  const the = tokens[from]?.lower === 'the';
  const lower = !the && tokens[from]?.cap === 0;
  let m = the ? from + 1 : from;
  for (; m < end && tokens[m]?.word; m++) {
    const t = tokens[m]!;
    if (lower ? t.cap === 0 && !NP_BREAK.has(t.lower) && !DETERMINERS.has(t.lower) && words.length < 3 : t.cap > 0) words.push(t.lower);
    else if (!lower && /^(of|and|for)$/.test(t.lower) && tokens[m + 1]?.cap) words.push(t.lower);
    else break;
  }
  return words.length ? words.join(' ') : null;
}

/** Whether two offices' names (officeWords) differ: neither is the other's opening ("state" and "state for health" do not). */
export function otherName(a: string | null, b: string): boolean {
  return a !== null && !`${a} `.startsWith(`${b} `) && !`${b} `.startsWith(`${a} `);
}

/** Determiners and possessives before a noun: after a word in a noun phrase, one opens the object of a verb. */
const NOUN_OPENERS = /^(the|a|an|his|her|their|its|this|these|those)$/;

/**
 * Whether the tokens from `from` up to `end` are a noun phrase (after a role's preposition, before the comma of a name):
 * a participle only as a modifier, after a determiner or an "-ly" adverb ("the murdered girl", "the newly formed
 * committee") or before "by" ("the man shot by police", "shot dead by police"); no auxiliary, no word but a preposition or a conjunction
 * before a determiner ("Leeds met the bishop of Durham", "Leeds wants the chief constable"), no "and the …" and no
 * owner's "'s" after a name ("Leeds and the chief constable", "London's chief of staff").
 */
export function nounPhrase(tokens: ReadonlyArray<Token>, from: number, end: number): boolean {
  for (let m = from; m < end; m++) {
    const t = tokens[m]!;
    // (a coordinated noun phrase or an owner's is another person's: "The mayor of Leeds and the chief constable, Ann
    // Ross, …", "The mayor of London's chief of staff, …")
    if (/^(and|or)$/.test(t.lower) && NOUN_OPENERS.test(tokens[m + 1]?.lower ?? '')) return false;
    if (/^('s|’s|'|’)$/.test(t.key) && tokens[m - 1]?.cap) return false;
    if (!t.word || t.cap !== 0) continue;
    if (AUXILIARIES.has(t.lower)) return false;
    const prev = tokens[m - 1]?.lower ?? '';
    const by = tokens[m + 1]?.lower === 'by' || (tokens[m + 1]?.word && tokens[m + 2]?.lower === 'by');
    if (pastTense(t.lower) && !(m > from && (DETERMINERS.has(prev) || /ly$/.test(prev))) && !by) return false;
    if (NOUN_OPENERS.test(tokens[m + 1]?.lower ?? '') && m + 1 < end && !NP_BREAK.has(t.lower)) return false;
  }
  return true;
}

/** The words after a description's head and its "of", as written ("the president of the union": "the union"); else null. */
function afterHeadOf(text: string, head: string): string | null {
  const at = text.toLowerCase().indexOf(` ${head} of `);
  return at < 0 ? null : text.slice(at + head.length + 5);
}

/** afterHeadOf in lower case, past a "the" ("the minister of fisheries": "fisheries"); else null. */
function ofBody(text: string, head: string): string | null {
  return (
    afterHeadOf(text, head)
      ?.toLowerCase()
      .replace(/^the\s+/, '') ?? null
  );
}

/**
 * The token after a count that opens a noun phrase at `i` ("About 200", "more than 40", "nearly 1,000", "Hundreds of",
 * "dozens of"), or `i` when none opens there; never past `end`.
 */
function pastCount(tokens: ReadonlyArray<Token>, i: number, end: number): number {
  let k = i;
  const at = (n: number): string => (n <= end ? (tokens[n]?.lower ?? '') : '');
  if (/^(dozens|hundreds|thousands|scores)$/.test(at(k)) && at(k + 1) === 'of') return k + 2;
  if (/^(more|fewer|less)$/.test(at(k)) && at(k + 1) === 'than') k += 2;
  else if (at(k) === 'at' && at(k + 1) === 'least') k += 2;
  else if (/^(about|around|roughly|nearly|almost|some|over|approximately|perhaps)$/.test(at(k))) k++;
  if (!/^\d+$/.test(at(k))) return i;
  // (the tokenizer splits a number at its thousands: "1", ",", "000")
  while (at(k + 1) === ',' && /^\d{3}$/.test(at(k + 2))) k += 2;
  return k < end ? k + 1 : i;
}

/**
 * Whether the word at k is a plural common noun the article capitalises only where it opens a sentence (or the
 * headline), and somewhere heads a noun phrase with "of" or "in" or takes a plural verb: "Shares slide … / Shares in
 * Northgate fell after it warned …". An "it" never stands for one (a name of that shape, "Siemens cut …", is kept).
 */
function pluralOnlyOpening(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (t.cap !== 1 || !/^[a-z]{3,}[^su'i]s$/.test(t.lower) || tokens[k + 1]?.cap !== 0) return false;
  let plural = false;
  for (let x = 0; x < tokens.length; x++) {
    const w = tokens[x]!;
    if (w.lower !== t.lower || w.cap === 0) continue;
    if (doc.sents.initial[x] !== 1) return false;
    if (/^(of|in|are|were|have)$/.test(tokens[x + 1]?.raw ?? '')) plural = true;
  }
  return plural;
}

/**
 * Is token k one capitalised word in -s that opens the sentence at `start` before a plural "are" or "were": a common
 * noun's plural, no organisation's name ("Phones are smuggled in every week, according to the group")?
 */
function pluralNounOpener(tokens: ReadonlyArray<Token>, k: number, start: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return k === start && t.cap === 1 && /^[a-z]{3,}[^s']s$/.test(t.lower) && !!next?.word && /^(are|were)$/.test(next.lower);
}
