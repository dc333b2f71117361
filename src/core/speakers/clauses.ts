/**
 * Reported speech: the clause a construction of saying reports ("Peskov said [Russian experts were ...]",
 * "According to Park, [30,000 voters were affected]", "…, saying [Russia had launched ...]", "[The project
 * will cost $5 million], officials said."), as offsets into the text, or null when it reports none.
 */
import {
  type Construction,
  contactNounBefore,
  MANNER_OF_SAYING,
  NOUN_LIKE_VERBS,
  nameListAfter,
  numberComma,
  ORG_DESCRIPTIONS,
  pluralSpeakerNoun,
  portfoliosBefore,
  preposedParticipleThat,
  QUANTIFIER_PRONOUNS,
  frontedComparisonAt,
} from '../attribution';
import { type Doc, keyGender, keyType, sentEnd, sentStart } from '../doc';
import { type Token, wordsAtLeast } from '../tokenize';
import { titlePoint } from '../names';
import { afterDash, dashAt, datelineEnd } from '../sentences';
import {
  ABBREVIATIONS,
  NAMING_NOUNS,
  AUXILIARIES,
  BARE_CLAUSE_VERBS,
  CLAUSE_BAD_START,
  PRONOUNS,
  SUBORDINATORS,
  CLAUSE_PARTICIPLES,
  CONTINUING_VERBS,
  DETERMINERS,
  THAT_PARTICIPLES,
  IRREGULAR_PAST,
  pastTense,
  NP_BREAK,
  OBJECTS,
  ORG_HEADS,
  REPORTING_VERBS,
  SPEAKER_NOUNS,
  FINDING_NOUNS,
  ARTS_BODIES,
  BODY_WORDS,
  RECORD_LABEL,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  HEARSAY_PASSIVES,
  PP_PREPS,
  TIME_PREPS,
  TIME_WORDS,
  DAYS_MONTHS,
  DEMONYMS,
  DOCUMENT_NOUNS,
  DOCUMENT_PLURALS,
  REPORT_FINDINGS,
  GROUP_NOUNS,
  NOT_PERSON_SHAPE,
  COMPANY_TRADES,
  COMPANY_TRADE_HEADS,
  MALE_NOUNS,
  FEMALE_NOUNS,
  PERSON_SHAPE,
  TITLES,
  OPENING_ADVERBS,
  personShaped,
  NOT_PARTICIPLES,
  VERB_ADVERBS,
  OUTLET_NOUN_WORDS,
  OUTLET_TITLE_ENDS,
  pluralShape,
  OCCASION_COUNTS,
  DEMONSTRATIVE_TIMES,
  OBJECT_NEEDING_PASTS,
} from '../lexicon';

/** A dotted abbreviation in capitals: "U.S.", "U.K.", "U.N.". */
const DOTTED_CAPITALS = /^(?:[A-Z]\.){2,}$/;

/** Verbs after which an object and a participle in -ed make no clause: "like the study repeated", "see it confirmed". */
const OBJECT_PARTICIPLE_VERBS =
  /^(like|see|saw|seen|seeing|want|wants|wanted|wanting|need|needs|needed|have|has|had|having|get|gets|got|getting|hear|heard|keep|kept|prefer|prefers|preferred)$/;

/**
 * Participles of how a speaker spoke, what they did meanwhile or what their words referred to, which after a frame's
 * comma belong to the frame ("…, he said, speaking on condition of anonymity", "…, she said, wiping her eyes", "The count
 * was fair, Warren said, referring to the audit"); other participles may go on with the speech ("…, they say, imposing
 * new restrictions", "…, he said, replacing her would …").
 */
const FRAME_PARTICIPLES =
  /^(speaking|requesting|declining|wiping|smiling|laughing|shrugging|gesturing|standing|sitting|walking|waving|shaking|nodding|choking|sighing)$/;

/**
 * Participles of what a speaker's words referred to, which belong to the frame only when their phrase runs to the end of
 * the sentence ("The count was fair, Warren said, referring to the audit") — not when a verb of the words follows ("The
 * sanctions, Peskov said, referring to the EU package, will not work", "…, Peskov said, invoking Article 5 would be …").
 * See referringToEnd.
 */
const REFERRING_PARTICIPLES = /^(referring|referencing|alluding|invoking)$/;

/** Verbs of saying that, coordinated with the frame's verb, end its clause when they report words of their own (see coordinatedAct). */
const SAYING_AGAIN =
  /^(say|says|said|saying|tells?|told|telling|argu(e|es|ed|ing)|insist(s|ed|ing)?|claim(s|ed|ing)?|acknowledg(e|es|ed|ing)|admit(s|ted|ting)?|warn(s|ed|ing)?|stress(es|ed|ing)?|suggest(s|ed|ing)?|den(y|ies|ied|ying)|complain(s|ed|ing)?|declar(e|es|ed|ing)|predict(s|ed|ing)?|conced(e|es|ed|ing)|urg(e|es|ed|ing)|ask(s|ed|ing)?|impl(y|ies|ied|ying)|vow(s|ed|ing)?|promis(e|es|ed|ing))$/;

/** Verbs of the speaker's own act after a frame's closing comma and "and", which end the words (see resumedAfterFrame). */
const SPEAKERS_ACTS =
  /^(said|told|added|announced|warned|urged|asked|promised|pledged|vowed|insisted|stressed|argued|acknowledged|admitted|conceded|declined|refused|called|thanked|apologi[sz]ed|noted|explained)$/;

/**
 * Verbs of saying more often followed by an object than by a clause, which report one only after "that": "repeated that
 * …", "posted on Facebook that …", "answered that …" (not "parents who answered a survey wanted the ban to stay").
 */
const THAT_ONLY = /^(repeat|repeats|repeated|post|posts|posted|recommend|recommends|recommended|answer|answers|answered)$/;

/** The consequence participles that are a reaction the news met ("…, sparking anger"): see REACTION_PARTICIPLES. */
const REACTION_OF_CONSEQUENCE = 'prompting|sparking|triggering|igniting|reigniting|fuell?ing';

/**
 * Participles a writer sets after a report for what the news leads to ("…, the union said, raising the prospect of a
 * strike", "…, the bank said, sending its shares down"), not the speaker's own words going on (see participleAt).
 */
const CONSEQUENCE_PARTICIPLES = new RegExp(
  `^(${REACTION_OF_CONSEQUENCE}|raising|sending|underscoring|marking|capping|dealing|paving|setting|heightening|deepening|dimming|boosting|easing|renewing|intensifying|escalating|ending|making|leaving|bringing|pushing|putting)$`,
);

/**
 * Participles of the reaction a report met, which after a comma inside a reported clause are the writer's, not the
 * speaker's words going on: "said the fares would rise, sparking anger among residents", "…, echoing a survey taken last
 * winter" (the reactions among CONSEQUENCE_PARTICIPLES; not "reflecting", "marking", "surpassing", which usually go on
 * with what was said: "said the rate rose to 6.5 per cent, reflecting job losses in manufacturing").
 */
const REACTION_PARTICIPLES = new RegExp(`^(${REACTION_OF_CONSEQUENCE}|echoing|throwing)$`);

/** Nouns of a reaction after which "drawing" is the writer's: "…, drawing a rebuke from the panel", "drawing criticism". */
const REACTION_NOUNS =
  /^(criticism|rebukes?|fire|ire|condemnation|praise|backlash|outrage|anger|protests?|calls|scrutiny|complaints?|objections?|responses?|reactions?|fines?|boos|jeers|applause|concerns?|questions|opposition|ridicule|scorn)$/;

/**
 * Whether the word at `k`, after a comma inside a reported clause, opens the writer's word on the reaction the report
 * met: a reaction participle, or "drawing" before a noun of a reaction within three words ("drawing a sharp rebuke"; not
 * "drawing young families from Toronto", "drawing on its rainy-day fund").
 */
function reactionParticipleAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (REACTION_PARTICIPLES.test(w)) return true;
  if (w !== 'drawing') return false;
  for (let j = k + 1; j <= k + 3 && tokens[j]?.word; j++) if (REACTION_NOUNS.test(tokens[j]!.lower)) return true;
  return false;
}

/** Participles of making a document public, which after it and its comma are the writer's: "in a report, released Monday". */
const PUBLISHED_PARTICIPLES = /^(released|published|issued|tabled|posted|presented|unveiled)$/;

/** A closing quotation mark. */
const QUOTE_CLOSE = /^[”"’»]$/;
/** Verbs of perceiving, whose object's bare verb is no frame of the clause: "watching the two governments argue". */
const PERCEIVING = /^(watch|watches|watched|watching|see|sees|saw|seeing|seen|hear|hears|heard|hearing)$/;
/** Conjunctions of a subordinate clause, inside which a ", and" is that clause's. */
const SUBORDINATE_WORDS = /^(after|before|because|when|while|since|if|although|though|unless|until|whereas)$/;
/** Past tenses of saying and telling, which IRREGULAR_PAST does not hold. */
const SAID_TOLD = /^(said|told)$/;
/** Verbs of saying that mean keeping before a plain object: "maintained a “no-fault” policy" holds no one's words. */
const KEEPING = /^maintain(s|ed|ing)?$/;
/** Speech acts whose object is no reported clause: "… and criticized the board for …", "… but questions whether …". */
const ACTS =
  /^(question|questions|questioned|questioning|critici[sz](e|es|ed|ing)|accus(e|es|ed|ing)|blam(e|es|ed|ing)|prais(e|es|ed|ing)|chid(e|es|ed|ing)|mock(s|ed|ing)?|thank(s|ed|ing)?|dismiss(es|ed|ing)?|lament(s|ed|ing)?)$/;

/**
 * People by what they are or do, beyond SPEAKER_NOUNS, who report speech as any speaker does: "A Clinton ally suggested
 * that …", "The retired neurosurgeon acknowledged …", "One reader noted …" (for writtenByNoSpeaker only).
 */
const SPEAKING_ROLES =
  /^(ally|allies|surrogates?|supporters?|users?|readers?|founders|moguls?|tycoons?|graduates?|(neuro)?surgeons?|pediatricians?|physicians?|socialists?|swimmers?|showman|impersonators?|girlfriend|boyfriend|(co)?pilots?|clerks?|guards?|chefs?|cooks?|tenants?|clients?|principals?)$/;

/**
 * What a frame's speaker spoke through or where, after "in", "on", "at", "via" or "during": "said in a statement posted
 * …", "said at a meeting where …".
 */
const FRAME_MEDIA =
  /^(statement|letter|report|memo|note|release|email|interview|speech|briefing|post|video|message|announcement|address|sermon|homily|newsletter|bulletin|blog|op-ed|column|podcast|broadcast|livestream|meeting|conference|hearing|rally|event|ceremony|session|forum|luncheon|gathering|vigil)$/;

/** Words of the first person: a source that is the writer ("according to my count", "our tally", "us"). */
const FIRST_PERSON = /^(i|me|my|mine|we|us|our|ours)$/;

/** A subordinator or a condition's word, after which an "as" aside sits inside a subordinate clause: "Even if, as …, …". */
const CONDITION_OR_SUBORDINATOR = /^(if|unless|although|though|because|since|while|whereas|once|until)$/;

/** Subordinators that open a clause whose own frame cuts the clause around it ("… after the city told it that …"). */
const SUBORDINATORS_BEFORE_FRAME = /^(after|because|since|when|although|though|until|before|once|while|unless|whereas)$/;

/** Prepositions of a place or an occasion after the one told: "told reporters at a news conference, …". */
const HEARER_PLACE_PREPS = /^(at|in|during|after|outside|inside|near|from|via)$/;

/** Roles of the person told, before their name: "told host Chris Cuomo …", "told anchor Lena Dahl …". */
const OBJECT_ROLES = /^(host|anchor|moderator|interviewer|correspondent|radio|talk-show)$/;

/** Nouns of the media that close the name of a programme or publication told something: "the Today programme". */
const MEDIA_NOUNS =
  /^(programme|program|show|podcast|newspaper|paper|magazine|channel|station|website|broadcast|network|bulletin|documentary)$/;

/**
 * Nouns of a body or a gathering told something, after the name that modifies them: "told a House of Commons committee
 * in October", "told a Senate panel", "told a Rotary Club luncheon" (the clause told opens after them).
 */
const HEARER_BODIES =
  /^(committee|subcommittee|panel|hearing|inquiry|commission|caucus|audience|crowd|gathering|luncheon|breakfast|dinner|conference|forum|rally|summit|convention)$/;

/** Quantifiers that open a long subject of a clause with no "that": "suggests any further cuts should be gradual". */
const LONG_QUANTIFIERS = /^(any|such|every|no|all|both|each|most)$/;

/** A verb in the past that makes a clause with a subject alone: "prices rose", "the storm weakened". */
const SUBJECT_PAST = /^[a-z]{2,}ed$|^(fell|rose|grew|won|lost|left|quit|came|went|broke|held|stood|fled|ran|shrank|sank|slid)$/;

/** Particles and adverbs that end a clause of a subject and its verb: "rose again", "broke down", "come back". */
const VERB_PARTICLES = /^(back|again|down|up|out|off|away|apart|over|through)$/;

/**
 * Verbs by which another party contests what was reported, in a relative clause after it: "…, which the company
 * disputes", "…, which he denied" (see withoutContestingRelative).
 */
const CONTESTING = /^(disput(e|es|ed)|contest(s|ed)?|reject(s|ed)?|den(y|ies|ied)|refut(e|es|ed)|challeng(e|es|ed)|question(s|ed)?)$/;

/** Adverbs and answers that open a sentence with no subject: "All told, …", "Once again, …", "Yes indeed, …". */
const SHORT_CLAUSE_ADVERBS =
  /^(quite|very|rather|fairly|pretty|somewhat|all|once|now|still|yet|indeed|again|even|only|here|there|too|well|later|earlier|meanwhile|instead|however|overall|yes|no|sure|right|fine|first|finally|already|together|enough)$/;

/** Words that open no subject of two words: "said in March", "said so then". */
const NO_SUBJECT =
  /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|in|on|at|by|of|for|with|to|from|as|so|not|never|just|also|then|and|but|or|nothing|something|anything|little|much)$/;

/**
 * Nouns by which a writer sums up what was just reported, in apposition after it: "…, a move that …", "…, a claim
 * which …".
 */
const SUMMARY_NOUNS =
  /^(move|step|decision|finding|ruling|charge|claim|accusation|allegation|assertion|remark|comment|acknowledge?ment|admission|practice|requirement|reversal|development|prospect|proportion|figure|increase|decline|drop|rise|jump|departure|proposal|pledge|promise|position|phrase|term|label|characterization|characterisation|description|view|stance|assessment|argument|contention)$/;

/** Nouns of what happened or of how much, which the writer sets after a report to sum it up (see summingUpParticipleAt). */
const EVENT_NOUNS =
  /^(layoff|layoffs|cut|cuts|cutback|loss|gain|fall|surge|slump|plunge|shortfall|deficit|surplus|total|tally|toll|level|record|sum|amount|pace|rate|shutdown|walkout|buyout|closure|expansion|fine|penalty|settlement|payout|outlay|bill|price|sale)$/;

/**
 * Auxiliaries a second predicate after ", but" repeats from the reported clause: "did not find …, but did find …" (the
 * lexicon's AUXILIARIES without the stems of contractions, "wo" and "ca").
 */
const PARALLEL_AUXILIARY = /^(is|are|was|were|has|have|had|did|does|do|would|will|could|can|should|might|may|must)$/;

/** Words a clause cannot end on: conjunctions and subordinators that open what follows (not those that can close a sentence as adverbs: "before", "since", "though"). */
const CLAUSE_DANGLING = /^(and|but|or|nor|when|while|if|because|although|where|whereas|until|unless|whether|which|who|as|than)$/;

/**
 * Whether a clause cannot end on token `t`: no word, a conjunction or subordinator (CLAUSE_DANGLING), or an article in
 * lower case, left by a cut at the next frame's subject ("said the tests had been too limited, and the ERA said …"
 * reports "the tests had been too limited"; "Plan A" keeps its capital).
 */
function dangles(t: Token): boolean {
  return !t.word || CLAUSE_DANGLING.test(t.lower) || t.raw === 'the' || t.raw === 'a' || t.raw === 'an';
}

const QUOTE_MARK = /^[“”"«»]$/;
/** Marks that may open or close a quoted fragment, single ones too (‘…’, ''…'') once the quotation finder has paired them. */
const FRAGMENT_MARK = /^[“”"«»‘’']$/;

/** Verbs of staying or seeming in the present, third person: the core of LINKING_PRESENT and of STATE_VERBS_S. */
const STAYING_OR_SEEMING = 'remains|seems|appears|stays';

/** Linking verbs in the present, whose complement may be an adjective: "the project remains sound". */
const LINKING_PRESENT = new RegExp(`^(${STAYING_OR_SEEMING}|looks|sounds|becomes)$`);

/** Words after a linking verb that make it no verb of the clause's: "the Tarnow remains of the fort", "looks at". */
const PP_LIKE = /^(of|at|for|in|on|from|into|like|and|or)$/;

/**
 * Verbs whose object and to-clause are what the speaker urges: "urged X to …", "called on X to …", "asked X to …",
 * "encouraged X to …", "appealed to X to …".
 */
const URGING = /^(urges?|urged|urging|calls?|called|calling|asks?|asked|asking|pleads?|pleaded|pleading|encourag(es|ed)|appealed)$/;

/** Verbs that give their object a name: "called the plan “a blank cheque”", "dubbed the ferry “the slow boat”". */
const NAMING = /^(call|calls|called|calling|dub|dubs|dubbed|label|labels|labeled|labelled|brand|brands|branded|term|terms|termed)$/;
/** Verbs whose object and to-clause are what the speaker warns them to do (or not to): "warned the board not to act". */
const WARNING = /^(warns?|warned|warning|cautions?|cautioned|cautioning|advises?|advised)$/;
/** Verbs whose hearer may stand between them and the clause: "warned the captain the ferry was drifting". */
const HEARER_VERBS =
  /^(warns?|warned|cautions?|cautioned|advises?|advised|assures?|assured|reassures?|reassured|reminds?|reminded|informs?|informed|notifie[sd])$/;

/** Nouns of the occasion words were said on, after "in": "in remarks carried by …", "in a speech to parliament". */
const OCCASIONS = /^(remarks|comments|speech|interview|statement|address|broadcast|briefing|message|video|post)$/;

/** Object pronouns, the one charged in "accused him of …". */
const OBJECT_PRONOUNS = /^(him|her|them|us|me|you|it)$/;

/** Verbs whose object and "of" + gerund are the speaker's charge: "accused X of …". */
const ACCUSING = /^(accuses?|accused|accusing|describes?|described|describing)$/;

/** Words that open an aside of a participle of saying after the subject's comma: "Lund, after saying …, left". */
const ASIDE_OPENERS = /^(after|while|before|since|when|despite|by|without|though|although|in)$/;

/**
 * Texts that speak for whoever wrote them: "The letter warned that …", "The newspaper reported that …", and a court's or a
 * party's ("The dissent argued that …", "The brief argues that …").
 */
const WRITTEN =
  /^(statement|letter|report|filing|document|memo|release|email|e-mail|tweet|post|message|note|article|story|column|editorial|op-ed|book|memoir|suit|lawsuit|complaint|indictment|affidavit|ruling|decision|judgment|judgement|dissent|brief|submission|petition|motion|appeal|newspaper|paper|magazine|website|site|blog|ad|advertisement|video)$/;

/** Verbs of findings (a stem), which things report as well as people: "Sensors indicate …", "Polls suggest …". */
const FINDINGS_VERBS = /^(suggest|indicate|estimate|predict|conclude|show|find|found|report|reveal|confirm|point|signal|hint)/;

/**
 * Nouns of BODY_WORDS that are places or institutions anything may be in, no body whose members a plural in it names:
 * "the signs in the city", "the beds in the hospital" (see membersOfBody).
 */
const PLACE_BODIES =
  /^(university|college|school|hospital|city|county|state|province|municipality|district|region|village|nation|kingdom|republic|country|embassy|consulate)$/;

/** Parts of a party or a body that hold its members, beyond BODY_WORDS: "the hawks in the caucus", "doves in his camp". */
const BODY_PARTS = /^(caucus|camp|faction|wing|bloc|leadership|ranks)$/;

/** Verbs whose to-infinitive is what the speaker commits to: "vowed to fight the closure", "promising not to raise fares". */
const VOWING = /^(vows?|vowed|vowing|promises?|promised|promising)$/;

/** Verbs whose object may be an indirect question: "explained how …", "recalled what …", "did not say when …". */
const QUESTIONING =
  /^(explain|explains|explained|explaining|describes?|described|describing|recalls?|recalled|recalling|reveals?|revealed|revealing|discloses?|disclosed|disclosing|notes?|noted|noting|recounts?|recounted|recounting|tell|tells|told|telling|say|says|said|saying|wonders?|wondered|wondering|questioned)$/;

/** Verbs whose to-infinitive is what the speaker says of themselves: "claimed to have seen the draft", "claims to speak for …". */
const CLAIMING = /^(claims?|claimed|claiming)$/;

/** Words that open the writer's own phrase after a comma: "…, with aides cheering", "…, while critics …". */
const WRITERS_PHRASE = /^(with|while|whereas|which|who|although|though|but|because|as|even)$/;

/** Adjectives that take a to-infinitive of their own: "able to", "willing to", "about to". */
const INFINITIVE_ADJECTIVES =
  /^(able|unable|willing|unwilling|ready|prepared|eager|likely|unlikely|about|going|set|happy|proud|sure|certain|afraid|free|first|last|only)$/;

/** Verbs whose gerund is what the speaker proposes: "suggested delaying the vote", "also suggests raising fares". */
const SUGGESTING = /^(suggests?|suggested|suggesting)$/;

/**
 * Verbs whose gerund is what the speaker tells of their own doing or having: "reported raising $9 million", "acknowledged
 * urging his staff to …", "recalled sitting in on the meetings" (not "admitted" or "denied", whose gerund is as often an
 * offence pleaded to in court, no words: "admitted causing death by dangerous driving").
 */
const REPORTING_DOING = /^(reports|reported|acknowledges|acknowledged|recalls|recalled)$/;

/**
 * Participles in -ing that describe the noun after them, no gerund of the speaker's doing: "reported rising profits",
 * "acknowledged mounting pressure", "recalled exploding airbags".
 */
const PARTICIPLE_ADJECTIVES =
  /^(rising|growing|increasing|falling|declining|mounting|leaking|exploding|failing|widening|narrowing|soaring|slowing|shrinking|dwindling|surging|worsening|improving|booming|slumping|tumbling|plunging|climbing|sagging|faltering|deepening|escalating|lingering|ongoing|continuing|emerging|existing|remaining|outstanding|overheating|defective|faulty|cracking|melting|spreading|strengthening|weakening|accelerating|collapsing|recurring)$/;

/** The verb of a frame after the sentence it reports: "…, police said.", "…, the inquiry heard." */
const TRAILING_FRAME_VERBS = /^(said|says|told|tells|added|adds|heard|wrote|writes|reported|reports|stated|confirmed|claimed|alleged)$/;

/** Words that open another clause after a comma, no frame: ", while …", ", and …". */
const FRAME_CONJUNCTIONS =
  /^(while|and|but|or|so|yet|which|who|whom|whose|where|when|as|although|though|because|whereas|if|since|until|after|before)$/;

/** Words that open a frame's time or place: ", police said on Monday", ", she told reporters yesterday". */
const FRAME_TIMES = /^(on|in|at|last|this|yesterday|today|tonight|earlier|later|late|after|during|from)$/;

/** Words in -ing that open no proposal after "suggested": prepositions, times, pronouns ("suggested during a debate …"). */
const NOT_GERUNDS =
  /^(during|including|regarding|following|concerning|according|considering|pending|notwithstanding|morning|evening|nothing|something|anything|everything|being|having)$/;

/** Verbs that make a plan known: "announced plans to …", "confirmed its intention to …". */
const ANNOUNCING =
  /^(announces?|announced|announcing|confirms?|confirmed|confirming|declares?|declared|declaring|states?|stated|stating|reveals?|revealed|revealing)$/;

/** Adverbs of time or frequency that stand between a pronoun and its verb: "she still wakes", "he never told". */
const STANDING_ADVERBS = /^(still|never|always|also|often|now|already|just|sometimes|usually|rarely|later|once)$/;

/** Verbs that name something as the speaker would ("what he called outside interference", "what she described as …"). */
const NAMING_VERBS =
  /^(call|calls|called|calling|describe|describes|described|describing|term|terms|termed|dub|dubs|dubbed|label|labels|labell?ed)$/;

/**
 * Words that open the writer's concession after a source that closes a clause: "despite …", "although …" (not "though",
 * often the source's own afterthought: "Support fell to 40 percent, according to the poll, though it remains …").
 */
const CONCESSIVE = /^(despite|although|notwithstanding)$/;

/** Verbs whose object is what the speaker cites: "cited a poll by the ferry union", "citing fears of a strike". */
export const CITING = /^(cites?|cited|citing)$/;

/** Finite verbs of what a cited document says or shows, that open no object of citing: "The report she cited said …". */
const CITED_SAYS =
  /^(said|says|told|tells|show|shows|showed|found|finds|suggested|suggests|indicated|indicates|concluded|concludes|warned|stated)$/;

/** Words that may follow a one-word answer after "say" and are no part of it: "said yes, but …", "said so in May". */
const ANSWER_AFTER = new Set(
  'but while whereas although though and in on at during after before when last this publicly privately openly again too then earlier repeatedly'.split(
    ' ',
  ),
);

/** Words of a span of time after "said the same for/about": "for years", "for the past decade", "about a year ago". */
const SPAN_AFTER_ANSWER =
  /^(the|a|an|past|last|next|many|several|some|few|long|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|years?|months?|weeks?|days?|decades?|hours?|centuries|century|generations?|while|time|ages|ago)$/;
/** The last word of such a span: "years", "a while", "a year ago". */
const TIME_NOUN_AFTER_ANSWER = /^(years?|months?|weeks?|days?|decades?|hours?|centuries|century|generations?|while|time|ages|ago)$/;

/** Prepositions and conjunctions that may open a sentence of reported speech before its main clause. */
const OPENERS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'for',
  'during',
  'after',
  'before',
  'about',
  'because',
  'if',
  'since',
  'until',
  'through',
  'although',
  'though',
  'once',
  'unless',
  'despite',
  'whether',
]);

/** OPENERS of a phrase of time or place: "On March 25, …", "In the end, …", "After two decades in Congress, …". */
const TIME_OR_PLACE_OPENER = /^(in|on|at|by|from|during|after|before|since|until|through|for|as|while|when)$/;

/**
 * Subordinators whose clause may open a sentence before its main clause: "Because …, …", "Unless …, …" (the lexicon's
 * SUBORDINATORS and "whereas"; those of time, "when", "after", are TIME_OR_PLACE_OPENER's too).
 */
const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'whereas']);

/** Other words that open a phrase before a main clause: "thanks to higher fees, …", "despite the storm, …" */
const PHRASE_OPENERS = /^(thanks|despite|amid|under|with|without|given|unlike|like|then|now|later|earlier|still)$/;

/** Verbs of staying or seeming in the present, third person: a bare noun before one is its subject ("output remains low"). */
const STATE_VERBS_S = new RegExp(`^(${STAYING_OR_SEEMING}|continues|persists|lags|looms)$`);

/** Is token k an "and" in lower case after a word of a role, joining two roles: "president and chief executive"? */
function andAfterRole(tokens: ReadonlyArray<Token>, k: number): boolean {
  const and = tokens[k];
  const role = tokens[k - 1];
  return (
    !!and?.word &&
    and.lower === 'and' &&
    and.cap === 0 &&
    !!role?.word &&
    (TITLES.has(role.lower) || SPEAKER_NOUNS.has(role.lower)) &&
    !GROUP_NOUNS.has(role.lower)
  );
}

/** A hyphen joining two words with no space either side: "Pulse-owner". */
function joiningHyphenAt(tokens: ReadonlyArray<{ raw: string; start: number; end: number }>, k: number): boolean {
  const h = tokens[k];
  return h?.raw === '-' && tokens[k - 1]?.end === h.start && tokens[k + 1]?.start === h.end;
}

/** A compound's hyphen between two words, no mark of its own: "a late-night news conference", "a 10-minute briefing". */
function compoundHyphenAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  return joiningHyphenAt(tokens, k) && !!tokens[k - 1]?.word && !!tokens[k + 1]?.word;
}

/** A currency's sign before a number: "$4 million", "€20". */
function currencyAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  return /^[$€£]$/.test(tokens[k]?.raw ?? '') && /^[0-9]/.test(tokens[k + 1]?.raw ?? '');
}

/** An auxiliary, or its negation written as one word: "had", "hadn't", "don’t", "won't", "can't". */
function auxiliary(w: string): boolean {
  return AUXILIARIES.has(w) || (/n['’]t$/.test(w) && AUXILIARIES.has(w.slice(0, -3)));
}

/**
 * Is the token at k a verb that makes a clause of what it stands in, not a noun phrase: an auxiliary or an irregular
 * past in lower case ("had", "began", "sold"), not a compound's participle after its hyphen ("a Saudi-led coalition")?
 */
function clauseVerbAt(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  return t.word && t.cap === 0 && (auxiliary(t.lower) || IRREGULAR_PAST.has(t.lower)) && !joiningHyphenAt(tokens, k - 1);
}

/**
 * Verbs of a person's deliberate act on what they hold, which after "and" + "his"/"her"/"their" are the speaker's own
 * (see ownPossessionAct): "raised her price target", "cut his forecast", "sold their shares"; not verbs of an effect a
 * thing has ("ended his career", "killed their cattle", "cost her the election", "hurt their pupils").
 */
const OWN_HOLDING_ACTS =
  /^(rais(e|es|ed)|cuts?|trim(s|med)?|lower(s|ed)?|sell(s)?|sold|keeps?|kept|holds?|held|buys?|bought|increas(e|es|ed)|reduc(e|es|ed)|lift(s|ed)?|boost(s|ed)?|upgrad(e|es|ed)|downgrad(e|es|ed)|revis(e|es|ed)|slash(es|ed)?|hik(e|es|ed)|doubl(e|es|ed)|halv(e|es|ed)|withdr(aw|aws|ew)|pull(s|ed)?|mov(e|es|ed)|dump(s|ed)?)$/;

/** Pasts of the same form as their present, which a relative "that" may open with: "revenue that beat forecasts". */
const SAME_FORM_PAST = /^(beat|cut|hit|set|put|cost|hurt|shut|split|spread|let|bet|quit)$/;

/** Adverbs that may stand between a verb of saying and its "that" ("said again that …", "argued publicly that …"). */
const ADVERB_BEFORE_THAT =
  /^(again|also|still|once|twice|now|then|too|later|earlier|instead|already|even|ever|just|only|soon|yet|further|anew|afresh|repeatedly|today|yesterday|tonight|separately|elsewhere|since)$/;

/** Nouns in -ly, which may close a verb's object before a relative "that": "a rally that cut …". */
const LY_NOUNS = /^(family|supply|rally|assembly|ally|monopoly|anomaly|jelly|belly|bully|lily|reply|folly|holly)$/;

/** An auxiliary or a past tense, in lower case: "would", "stopped", "took". */
function pastOrAuxiliary(w: string): boolean {
  return auxiliary(w) || pastTense(w);
}

/** Words that end a claim's clause before its sentence's main verb could be found: a conjunction or a relative. */
const CLAIM_CLAUSE_STOPS =
  /^(and|or|but|that|which|who|whom|whose|because|if|when|while|as|since|although|though|after|before|until|where)$/;

/** Prepositions and conjunctions that make a claimant's noun phrase the object of something before it: "Despite Lund's claim that …". */
const BEFORE_CLAIMANT =
  /^(despite|amid|against|about|over|like|unlike|beyond|given|following|regarding|behind|because|if|when|while|as|since|although|though|whether|that)$/;

/** Words after a past that show it is a participle modifying a noun, not the main verb: "ballots found in the basement". */
const PREPOSITIONS_AFTER_PAST = /^(in|on|at|by|for|from|with|into|during|under|over|near|after|before|to|of)$/;

/** Pieces of writing, the object of "wrote" rather than the subject of its clause: "wrote the script after …". */
const WRITTEN_PIECES =
  /^(script|screenplay|draft|drafts|manuscript|foreword|eulogy|obituary|review|tweet|tweets|book|books|novel|memoir|letter|letters|song|songs|lyrics|note|column|story|stories|article|report|play|poem|poems|essay|speech|email|message|post|blog|op-ed|piece|chapter|music|score|bill|code|check|cheque)$/;

/**
 * Is a noun of a person, a body, a company or an outlet, one who may be written to: "wrote the mayor that …", "wrote the
 * local weekly that …", "wrote Kessler, her publisher, that …"? Not documents, pieces written, nor a paper or a website
 * read: "wrote the study that …", "wrote the paper that …".
 */
function writtenTo(lower: string): boolean {
  return (
    (SPEAKER_NOUNS.has(lower) || TITLES.has(lower) || ORG_HEADS.has(lower) || OUTLET_ROLES.test(lower) || COMPANY_TRADES.test(lower)) &&
    !WRITTEN_PIECES.test(lower) &&
    !DOCUMENT_NOUNS.has(lower) &&
    !/^(ads?|commercials?|papers|websites?|sites?)$/.test(lower)
  );
}

/**
 * A verb in the third person of the present, by its shape: "takes", "depends", "needs" (three letters or more before the
 * -s, not "-ss" nor "-us"; a possessive "'s" is a token of its own, so no word ends in an apostrophe and an s).
 */
function presentInS(lower: string): boolean {
  return /^[a-z]{3,}[^su'’]s$/.test(lower);
}

/**
 * presentInS's twin for a short verb, three letters or more before the -s ("runs", "asks", "gets"), where the place
 * already says a verb is likely: after "he", "she", "it", a subject or a quotation's title. It reads the word as
 * given, so a capital fails it ("Runs").
 */
export function shortPresentInS(word: string): boolean {
  return /^[a-z]{2,}[^su'’]s$/.test(word);
}

/** A finite verb in lower case: an auxiliary, a past tense, or a present in -s ("would", "stopped", "took", "takes"). */
function finiteWord(x: { word: boolean; cap: number; lower: string }): boolean {
  return x.word && x.cap === 0 && (pastOrAuxiliary(x.lower) || presentInS(x.lower));
}

/**
 * A plural noun then a bare present that closes a clause: "the workers suffer", "families lose", "taxpayers pay" (the
 * noun in -s, not "-ss", "-us" nor "-is"; the verb in lower case with no -s, -ly, -ed or -ing, and no word of another
 * kind). Two tokens that are both words: "the workers' pay" has the possessive's mark between them.
 */
function pluralThenPresent(noun: Token, verb: Token): boolean {
  return (
    noun.word &&
    verb.word &&
    noun.cap <= 1 &&
    pluralShape(noun.lower) &&
    verb.cap === 0 &&
    /^[a-z]{3,}$/.test(verb.lower) &&
    !/(s|ly|ed|ing)$/.test(verb.lower) &&
    !NO_SUBJECT.test(verb.lower) &&
    !CLAUSE_BAD_START.has(verb.lower) &&
    !DETERMINERS.has(verb.lower) &&
    !AUXILIARIES.has(verb.lower) &&
    !TIME_WORDS.has(verb.lower) &&
    !VERB_PARTICLES.test(verb.lower) &&
    // (nor a noun the plural modifies: "the workers union", "the members council")
    !SPEAKER_NOUNS.has(verb.lower) &&
    !TITLES.has(verb.lower) &&
    !ORG_DESCRIPTIONS.test(verb.lower)
  );
}

/**
 * Words of a measure of time before "after", "before", "since" or "until": "Three years after", "Only days before",
 * "Shortly after", "Two weeks since", "Just hours until" (up to three of them: see inOpeningSubordinate).
 */
const TIME_MEASURE =
  /^([0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|some|many|just|only|shortly|soon|long|right|moments?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/**
 * Nouns of a time that open a sentence as a clause of "when" does, before its subject: "The day the mayor announced …,
 * …", "Every time he says …, …" (see inOpeningSubordinate).
 */
const OPENING_TIME_NOUNS = /^(day|moment|time|minute|instant|week|night|morning|afternoon|evening|year|month|hour)$/;

/** Words of a phrase of time besides TIME_WORDS: "two weeks earlier, too", "a year ago", "days before". */
const TIME_SPAN =
  /^([0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|days?|weeks?|months?|years?|hours?|ago|before|too|again|also)$/;

/**
 * Is the phrase from token `a` to before `e` a few lower-case words (a compound's hyphen inside), then "that",
 * "which" or "who" and more: "website that tracks withdrawn papers", "non-profit group which monitors …"?
 */
function relativeOnNoun(tokens: ReadonlyArray<Token>, a: number, e: number): boolean {
  for (let k = a; k < e && k <= a + 6; k++) {
    const t = tokens[k]!;
    if (t.word && /^(that|which|who)$/.test(t.lower)) return k > a && k + 1 < e && tokens[k - 1]!.word;
    if (!(t.word && t.cap === 0) && !joiningHyphenAt(tokens, k)) return false;
  }
  return false;
}

/** Nouns that are plural without an -s ("said that people in the town …"), after which "that" is no determiner. */
const SINGULAR_PLURALS = /^(people|children|men|women|police|staff|media|data|clergy|public|cattle)$/;
/** Prepositions that open a phrase of place, time or manner after a verb of saying: "said at a meeting", "said into the phone". */
const PHRASE_PREPS = /^(in|at|on|during|into|from|with|after|before|over|through|outside|inside|near|behind|onto|upon|across)$/;
/** A live blog's time stamp opening a sentence, and the mark after it: "10:48 a.m.:", "3:10 p.m. —", "09:15 ET -". */
const TIME_STAMP = /^\d{1,2}(?::\d{2}|(?=\s*[ap]\.?m\b))\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b)?\s*(?:[A-Z]{1,2}T\b)?\s*[:—–-]?\s*(?=[A-Z“"])/;
/** Nouns of an outlet or an organisation that stand as a role before its name: "local newspaper the Valley Herald". */
const OUTLET_ROLES = new RegExp(`^(${OUTLET_NOUN_WORDS}|site|agency|group|union|company|firm|watchdog|regulator)$`);
/** Verbs of speaking as an event, with no report as their object: after "as" they tell the time ("As Ruiz testified, …"). */
const AS_EVENT_VERBS =
  /^(testif(y|ies|ied|ying)|spoke|speaks?|speaking|talk(s|ed|ing)?|address(es|ed|ing)?|debat(es?|ed|ing)|campaign(s|ed|ing)?)$/;
/** What may follow "that" and a noun when "that" is a determiner: a preposition ("that approach in his interview"). */
const DETERMINER_THAT_NEXT = /^(in|on|at|by|of|for|with|to|from|during|last|this|into|about|after|before|over|as)$/;

/** Participles that stand as nouns after an article: "the accused", "the deceased", "the injured". */
const NOMINAL_PARTICIPLES =
  /^(accused|deceased|injured|wounded|condemned|convicted|bereaved|displaced|unvaccinated|unemployed|insured|disappeared)$/;

/** Collective nouns of people, plural in sense with no "s", that may be the ones told: "told staff", "told people". */
const COLLECTIVE_HEARERS = /^(staff|people|personnel|police|crew|faculty)$/;

/** Kinds of telling a verb of telling takes as its object, no hearer and no clause: "told stories about the war". */
const TOLD_THINGS = /^(stories|story|tales|tale|jokes|joke|lies|anecdotes|secrets|fibs|legends|yarns|fables|parables)$/;

/** The number of people a subject counts ("These three", "Both", "Two ministers"), for a list of names that spells them out. */
const PEOPLE_COUNTED = new Map<string, number>([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, i + 2] as const),
  ['both', 2],
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), n] as const),
]);

/** Prepositions that a list after a colon completes ("lay with: …", "invite the rebels to: …"): the list is the clause's own. */
const LIST_OPENING_PREPOSITIONS = new Set([
  'with',
  'to',
  'by',
  'of',
  'for',
  'against',
  'from',
  'at',
  'on',
  'in',
  'about',
  'among',
  'between',
]);
export class ClauseFinder {
  /** clause's results, by construction */
  private readonly found = new Map<Construction, Readonly<[number, number]> | null>();
  /** the closing comma of a frame in mid-sentence after which the reported words resume (see resumedAfterFrame) */
  private readonly resumedComma = new Map<Construction, number>();
  /** the frame in mid-sentence that a clause holds, as [start, end) offsets from the words before it to those after it */
  private readonly gaps = new Map<Construction, Readonly<[number, number]>>();

  /** `bySentence`: the constructions of each sentence, in text order (a clause ends where another begins). */
  constructor(
    private readonly doc: Doc,
    private readonly bySentence: ReadonlyMap<number, ReadonlyArray<Construction>>,
  ) {}

  /** Is token j part of a quotation that reported speech cannot contain (a short one, a scare quote, it can)? */
  private quotedHere(j: number): boolean {
    const { quoted, scare, tokens } = this.doc;
    if (scare[j]) return false;
    // (past the text's last token: a mark that ends the text opens nothing)
    return quoted[j] === 1 || QUOTE_MARK.test(tokens[j]?.raw ?? '');
  }

  /**
   * Does [from, to] hold a quotation that reported speech cannot contain? A quoted fragment belongs to the clause
   * ("said the plan was “a good first step” but needed more money", "said the ban had “gotten bigger.”", "said “it
   * gets me mad” every time …", NYT's ''double apostrophes'' too) when it is a fragment (no sentence of its own
   * inside) that closes within the sentence, and the clause has words of its own around it: the fragment follows
   * a word of the clause, or it opens the clause, ends on a word and a word of the clause follows it. A quotation
   * introduced by a comma or a colon, or one that is the whole clause, is a quotation of its own; so is a whole
   * capitalised utterance right after the verb with only a phrase of time or place after it ('said “I don't have the
   * runway” about 40 seconds before the crash').
   */
  private holdsQuote(from: number, to: number, se: number): boolean {
    return this.quoteOfItsOwn(from, to, se) >= 0;
  }

  /** The first token of the quotation in [from, to] that reported speech cannot contain (see holdsQuote), or -1. */
  private quoteOfItsOwn(from: number, to: number, se: number): number {
    const { tokens } = this.doc;
    /** the last token of the fragment accepted last */
    let prevEnd = -1;
    for (let j = from; j <= to; j++) {
      if (!this.quotedHere(j)) continue;
      let s = j;
      let e = j;
      while (e + 1 <= se && this.quotedHere(e + 1)) e++;
      // the outer mark of '' … '' lies outside the quotation's range
      if (tokens[s - 1]?.raw === "'" && tokens[s - 1]!.end === tokens[s]!.start && s - 1 >= from) s--;
      if (tokens[e + 1]?.raw === "'" && tokens[e + 1]!.start === tokens[e]!.end && e + 1 <= se) e++;
      if (!FRAGMENT_MARK.test(tokens[s]!.raw) || !FRAGMENT_MARK.test(tokens[e]!.raw) || e > se) return s;
      for (let k = s + 1; k < e - 1; k++)
        if (/^[.!?]$/.test(tokens[k]!.raw) && tokens[k + 1]!.word && tokens[k + 1]!.cap > 0 && !this.abbreviationDot(k)) return s;
      const before = tokens[s - 1];
      // after a comma, a fragment that opens in lower case goes on with the sentence: "The party, held every year, “allows us …"
      const firstIn = tokens[s + 1]?.raw === "'" ? tokens[s + 2] : tokens[s + 1];
      const lowerFirst = firstIn !== undefined && firstIn.word && firstIn.cap === 0;
      // a list of fragments, each in its own marks: 'a “nasty guy,” “unstable” and “sick.”'
      // (and after the parenthesis or the second dash that closes an aside: 'said the ferry link (which commuters use
      // daily) “could not last another year.”', 'said the link — which commuters use daily — “could not last …”')
      const inside =
        s > from &&
        before !== undefined &&
        (before.word ||
          ((before.raw === ',' || s - 1 === prevEnd || this.asideClosedAt(s - 1, from)) && lowerFirst) ||
          (before.raw === ',' && this.titleInApposition(s, e)));
      // (its comma inside the closing mark too, when a second "that" goes on with the clause: 'wrote that “no decisions
      // have been made,” and that the province would hold meetings')
      const coordinated = (): boolean =>
        this.lastInside(s, e).raw === ',' && /^(and|but)$/.test(tokens[e + 1]!.lower) && tokens[e + 2]?.lower === 'that';
      const opening = s <= from && e < to && tokens[e + 1]!.word && (this.lastInside(s, e).word || coordinated());
      if (!inside && !opening) return s;
      // a clause of its own quoted after ", and" or ", but", closed by its comma inside the mark, is a quotation of its
      // own before the frame that follows it, not a fragment of the clause before the conjunction: "Orrin criticised Berg
      // over the plan, and “this is a disgrace,” she said"
      // (or any words when a frame of saying follows the quotation right after its closing mark: "…, but “nobody expected
      // a crowd,” he said"; not a frame later in the sentence: "said Russia was ready, and “willing,” before Peskov said …")
      if (this.quotedAfterConjunction(s, e) && e >= to && (this.quotedClause(s, e) || this.frameRightAfter(e, se))) return s;
      // a whole utterance quoted right after a verb of saying, then only the writer's time or place: 'the first officer
      // said “I don't have the runway” about 40 seconds before the crash' (the quotation is the captain's words, the
      // phrase the writer's)
      if ((s <= from || (before?.word && REPORTING_VERBS.has(before.lower))) && this.utteranceThenPhrase(s, se)) return s;
      j = e;
      prevEnd = e;
    }
    return -1;
  }

  /**
   * Does the token at k close an aside opened after `from`: a closing parenthesis, or a dash with another before it
   * ("the link — which commuters use daily —", or typed as two hyphens: "the link -- which commuters use daily --")?
   */
  private asideClosedAt(k: number, from: number): boolean {
    const { tokens } = this.doc;
    if (tokens[k]?.raw === ')') return true;
    const d = tokens[k]?.raw === '-' && afterDash(tokens, k - 1) === k + 1 ? k - 1 : k;
    if (!dashAt(tokens, d)) return false;
    for (let m = d - 2; m > from; m--) if (dashAt(tokens, m)) return true;
    return false;
  }

  /**
   * Does the quotation opening after the dash at j go on with the clause opened at `from`: the dash closes an aside
   * (asideClosedAt), the quotation opens in lower case and no frame of its own follows it ("warned that the link — which
   * commuters use daily — “could not last another year.”"; not "… — a view few share — “and nobody will miss it,” she
   * added")?
   */
  private fragmentAfterAside(j: number, from: number, se: number): boolean {
    const { tokens } = this.doc;
    const o = afterDash(tokens, j);
    const m = tokens[o + 1]?.raw === "'" && tokens[o + 1]!.start === tokens[o]!.end ? o + 1 : o;
    const first = tokens[m + 1];
    if (!first?.word || first.cap !== 0 || !this.asideClosedAt(j, from)) return false;
    let e = m + 1;
    while (e < se && this.quotedHere(e + 1)) e++;
    return !this.frameRightAfter(e, se);
  }

  /** Does the quotation from mark `s` to mark `e` follow ", and" or ", but" and close on its comma inside the marks? */
  private quotedAfterConjunction(s: number, e: number): boolean {
    const { tokens } = this.doc;
    const before = tokens[s - 1];
    return !!before?.word && /^(and|but)$/.test(before.lower) && tokens[s - 2]?.raw === ',' && this.lastInside(s, e).raw === ',';
  }

  /** Are the words in the marks from `s` to `e` a clause, a subject and its verb ("“this is a disgrace,”")? */
  private quotedClause(s: number, e: number): boolean {
    const { tokens } = this.doc;
    return (
      this.subjectThenVerb(s + 1, e, false) ||
      // (a demonstrative as the subject: "“this is a disgrace,”")
      (/^(this|that|these|those)$/.test(tokens[s + 1]?.lower ?? '') &&
        tokens[s + 2]?.word === true &&
        tokens[s + 2]!.cap === 0 &&
        pastOrAuxiliary(tokens[s + 2]!.lower))
    );
  }

  /**
   * Is the quotation from mark `s` to mark `e` a whole clause of the speaker's after ", and" or ", but", with a frame of
   * its own right after it (`framed`): then it is quoted directly, not a fragment, although it opens in lower case:
   * "criticised the tender, and “this is a disgrace,” she added".
   */
  wholeClauseAfterConjunction(s: number, e: number, framed: boolean): boolean {
    return framed && this.quotedAfterConjunction(s, e) && this.quotedClause(s, e);
  }

  /**
   * Is the quotation from mark `s` to mark `e`, after a comma, the title of a work in apposition to the noun before that
   * comma, the sentence going on past it in lower case: "the board's own report, “Transportation Efficiency Review
   * 2024,” recommended …" (a capitalised first word, then only capitalised words, numbers and a title's small words,
   * eight at most; its comma inside or after the closing mark)?
   */
  private titleInApposition(s: number, e: number): boolean {
    const { tokens } = this.doc;
    const noun = tokens[s - 2];
    if (!noun?.word || noun.cap !== 0) return false;
    let last = e - 1;
    if (tokens[last]?.raw === ',') last--;
    else if (tokens[e + 1]?.raw !== ',') return false;
    const next = tokens[tokens[e + 1]?.raw === ',' ? e + 2 : e + 1];
    if (!next?.word || next.cap !== 0 || /^(and|or|but|he|she|they|it|we|i|said|says)$/.test(next.lower)) return false;
    if (!tokens[s + 1]?.word || tokens[s + 1]!.cap === 0 || last - s > 8 || last <= s) return false;
    for (let k = s + 1; k <= last; k++) {
      const t = tokens[k]!;
      if (!t.word || !(t.cap > 0 || /^[0-9]/.test(t.raw) || /^(of|at|the|a|an|and|in|on|for|to|with|from)$/.test(t.lower))) return false;
    }
    return true;
  }

  /**
   * Does a quotation open right after the "but" at `but` and run to the end of its sentence, with no frame of its own
   * after it? Then it goes on with the reported clause before the comma, as after ", and": "said the ballot had gone
   * smoothly, but “we are still counting the postal votes.”" reports the whole; with a frame after the quotation ('…, but
   * “…,” she added') the quotation is that frame's (quoteOfItsOwn).
   */
  private quotationClosesSentenceAfterBut(but: number, se: number): boolean {
    const open = this.doc.tokens[but + 1];
    return open !== undefined && /^[“"‘']$/.test(open.raw) && this.quotationEndsSentence(but + 1, se) && !this.sentenceInside(but + 1, se);
  }

  /**
   * Does the quotation opening at token `open` hold a sentence of its own (a stop, then a capitalised word, before `se`):
   * "said turnout was high, but “nobody believes that. The count was rigged.”" (the speaker's own sentences, not the
   * end of the reported clause before "but")?
   */
  private sentenceInside(open: number, se: number): boolean {
    const { tokens } = this.doc;
    for (let k = open + 1; k < se && this.quotedHere(k + 1); k++)
      if (/^[.!?]$/.test(tokens[k]!.raw) && tokens[k + 1]!.word && tokens[k + 1]!.cap > 0 && !this.abbreviationDot(k)) return true;
    return false;
  }

  /** Does the quotation opening at token `open` run to the end of its sentence (nothing but marks and stops after it)? */
  private quotationEndsSentence(open: number, se: number): boolean {
    const { tokens } = this.doc;
    let k = open + 1;
    while (k <= se && this.quotedHere(k)) k++;
    for (; k <= se; k++) if (tokens[k]!.word || !/^['’”"».!?…)]+$/.test(tokens[k]!.raw)) return false;
    return true;
  }

  /** Is the full stop at k an abbreviation's: "Mr.", "Sen.", "U.S.", an initial ("John F. Kerry")? */
  private abbreviationDot(k: number): boolean {
    const { tokens } = this.doc;
    const w = tokens[k - 1];
    return (
      tokens[k]!.raw === '.' &&
      w !== undefined &&
      w.word &&
      w.end === tokens[k]!.start &&
      (ABBREVIATIONS.has(w.lower) || (w.raw.length === 1 && w.cap > 0))
    );
  }

  /** The last token inside the marks of the quotation from s to e (past a doubled mark). */
  private lastInside(s: number, e: number): { word: boolean; raw: string } {
    const { tokens } = this.doc;
    let k = e;
    while (k > s && FRAGMENT_MARK.test(tokens[k]!.raw)) k--;
    return tokens[k]!;
  }

  /** Does an occasion of speaking open at k: "in remarks …", "in a speech …", "in an interview with …"? */
  private occasionAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[k]?.lower !== 'in' || quoted[k]) return false;
    const det = /^(a|an|the|his|her|their|its)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    // (a modifier may stand before the noun: "in a televised address", "in separate remarks")
    const n = OCCASIONS.test(tokens[det]?.lower ?? '') ? det : det + 1;
    return !!tokens[n]?.word && tokens[n]!.cap === 0 && OCCASIONS.test(tokens[n]!.lower) && !quoted[n];
  }

  /**
   * The "(" outside quotation marks still open at token k: the nearest one from k back to `floor` with no ")" between;
   * -1 when none.
   */
  private openParenthesisBefore(k: number, floor: number): number {
    const { tokens, quoted } = this.doc;
    for (; k >= floor; k--) {
      const raw = tokens[k]!.raw;
      if (raw === ')') return -1;
      if (raw === '(' && !quoted[k]) return k;
    }
    return -1;
  }

  /**
   * A closing frame at the end of a parenthesised clause: "Her claim (the real number is closer to 15 percent, the
   * agency said) was false." reports only what the parenthesis holds, from past its opening one; `from` otherwise. The opening
   * parenthesis between `from` and the frame's comma, none closed before the frame, four words at least between it and
   * the frame (the first no word of CLAUSE_BAD_START), and its closing one after the frame's verb, before any other
   * opening one, in the sentence.
   */
  private openedParenthesis(from: number, first: number, last: number, se: number): number {
    const { tokens, quoted } = this.doc;
    const open = this.openParenthesisBefore(first - 1, from + 1);
    if (open < 0) return from;
    for (let k = last + 1; k <= se; k++) {
      if (tokens[k]!.raw === '(') return from;
      if (tokens[k]!.raw !== ')') continue;
      // (four words at least inside it, the first no preposition or conjunction, else a phrase on what comes before, kept
      // whole as before: "The savings are small (about $40,000 a year, according to the budget office)")
      const inside = tokens.slice(open + 1, first).filter((t) => t.word);
      return !quoted[k] && inside.length >= 4 && !CLAUSE_BAD_START.has(inside[0]!.lower) ? open + 1 : from;
    }
    return from;
  }

  /**
   * A frame set in parentheses where a comma-delimited one stands: "The plan is dead (Okafor said)." reports the clause
   * before it, "The plan (Okafor said in May) is dead." the words around it, kept with the frame as a gap ("The plan …
   * is dead"); "The count was fair (according to the board)." too. The opening parenthesis right before the frame, only
   * a short phrase of time or place between the verb (or the source of "according to") and the closing one, no
   * quotation in the sentence and no other frame; the clause before is four words or a short clause of its own, and the
   * words after the closing parenthesis, when any, a verb's in lower case going on with the subject before it. As
   * [start, end) offsets, or null (the comma paths then decide, as before).
   */
  private parenthesisedFrame(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    // (past the speaker's title or role: "(councillor Dana Okafor said)", "(the mayor's spokesman said)")
    let open = c.first - 1;
    while (
      open > ss &&
      c.first - open <= 4 &&
      tokens[open]!.word &&
      (TITLES.has(tokens[open]!.lower) ||
        SPEAKER_NOUNS.has(tokens[open]!.lower) ||
        /^(the|a|an|his|her|its|their)$/.test(tokens[open]!.lower))
    )
      open--;
    if (open <= ss || tokens[open]!.raw !== '(' || c.passive || c.continuing) return null;
    if ((this.bySentence.get(c.sent) ?? []).some((o) => o !== c)) return null;
    for (let k = ss; k <= se; k++) if (quoted[k]) return null;
    // the closing parenthesis, past a short phrase of time or place after the verb: "(Okafor said in May)"
    let close = c.last + 1;
    const lead = tokens[close];
    if (
      c.verb !== 'according' &&
      lead?.word &&
      (/^(in|on|at|during|last|this|earlier|later)$/.test(lead.lower) || DAYS_MONTHS.has(lead.lower) || TIME_WORDS.has(lead.lower))
    )
      while (close <= Math.min(se, c.last + 5) && tokens[close]!.word) close++;
    if (close > se || tokens[close]!.raw !== ')') return null;
    let from = ss;
    while (from < open && !tokens[from]!.word) from++;
    let to = open - 1;
    while (to > from && !tokens[to]!.word) to--;
    if (from >= open || CLAUSE_BAD_START.has(tokens[from]!.lower)) return null;
    for (let k = from; k <= to; k++) if (!tokens[k]!.word && !/^[-'’]$/.test(tokens[k]!.raw)) return null;
    const start = tokens[from]!.start;
    const last = this.lastWord(se);
    // the frame ends the sentence: the clause before it
    if (last < close)
      return wordsAtLeast(this.doc.text, 4, start, tokens[to]!.end) || this.shortClause(from, to) ? [start, tokens[to]!.end] : null;
    // the words resume after it: a verb in lower case (an auxiliary or a verb no opener), to the sentence's end, no mark
    const next = tokens[close + 1]!;
    if (!next.word || next.cap !== 0 || (CLAUSE_BAD_START.has(next.lower) && !auxiliary(next.lower))) return null;
    for (let k = close + 1; k <= last; k++) if (!tokens[k]!.word && !/^[-'’]$/.test(tokens[k]!.raw)) return null;
    if (last - close < 2) return null;
    this.gaps.set(c, [tokens[to]!.end, next.start]);
    return [start, tokens[last]!.end];
  }

  /** The end offset of a clause whose last word is token `to`: past the closing marks when a quoted fragment ends it. */
  private clauseEnd(to: number, se: number): number {
    const { tokens } = this.doc;
    // (a percent sign glued to the number the clause ends with is part of it: "Turnout was 79%, the committee said")
    const pct = tokens[to + 1];
    if (pct?.raw === '%' && pct.start === tokens[to]!.end && to + 1 <= se) return pct.end;
    // (a title in marks that ends the clause keeps its closing mark: 'said Moon had copied her single "Bad Habit."')
    const title = !!this.doc.scare[to] && !!tokens[to]!.word;
    if (!this.quotedHere(to) && !title) return tokens[to]!.end;
    let k = to;
    if (title) {
      while (k + 1 <= se && !tokens[k + 1]!.word && /^([.,!?]|['’”"»])$/.test(tokens[k + 1]!.raw)) k++;
      while (k > to && !FRAGMENT_MARK.test(tokens[k]!.raw)) k--;
      return tokens[k]!.end;
    }
    while (k + 1 <= se && !tokens[k + 1]!.word && (this.quotedHere(k + 1) || tokens[k + 1]!.raw === "'")) k++;
    while (k > to && !FRAGMENT_MARK.test(tokens[k]!.raw)) k--;
    return tokens[k]!.end;
  }

  /**
   * Two or three words that make a clause of their own before a closing frame: a capitalised subject, a verb "to be" or
   * "have", and one more word ("Sales were great, he said"); a subject, a modal or an auxiliary, and a verb ("Talks will
   * resume, officials said"); a subject and its verb in the past ("Prices rose, the agency said", "The storm weakened, …"),
   * or a plural and its bare present ("Families lose, she said", "The workers suffer, …").
   * Not an opener, an adverb or a participle with a word after it: "Once elected", "All told", "Still," and "In fact,"
   * (one word, or no verb) stay no clause. With `anyCase` the first word may be in lower case, as after "According to X,"
   * ("…, the talks failed", "…, she objected").
   */
  private shortClause(from: number, to: number, anyCase = false): boolean {
    const { tokens } = this.doc;
    const words = [];
    for (let k = from; k <= to; k++) if (tokens[k]!.word) words.push(tokens[k]!);
    if (words.length < 2 || words.length > 3 || words[1]!.cap !== 0) return false;
    if (words[0]!.cap !== 1 && !(anyCase && words[0]!.cap === 0)) return false;
    const [a, b, c] = words as [Token, Token, Token | undefined];
    // (a plural's bare present only with no mark between the words: "The workers' pay" is a noun phrase)
    const pluralPresent = (noun: Token, verb: Token): boolean => to - from + 1 === words.length && pluralThenPresent(noun, verb);
    // (a subject of one word: a noun or a pronoun, not an opener, an adverb or a participle)
    const subject =
      /^[a-z]{2,}$/.test(a.lower) &&
      !NO_SUBJECT.test(a.lower) &&
      !OPENERS.has(a.lower) &&
      !CLAUSE_BAD_START.has(a.lower) &&
      !SHORT_CLAUSE_ADVERBS.test(a.lower) &&
      !/(?:ly|ing|ed)$/.test(a.lower);
    // (or a plural and its bare present: "Families lose, she said")
    if (!c) return subject && (SUBJECT_PAST.test(b.lower) || pluralPresent(a, b));
    if (c.cap !== 0) return false;
    // (a subject, its verb and the verb's particle: "Prices rose again, …", "Talks broke down, …", and a plural's verb
    // in the present: "Winters come back, she said"); after a copula the particle is its predicate, as any word is: "It is
    // over, the coach said"
    if (VERB_PARTICLES.test(c.lower) && !/^(is|are|was|were)$/.test(b.lower))
      return (
        subject &&
        (SUBJECT_PAST.test(b.lower) || (/[^s']s$/.test(a.lower) && /^[a-z]{2,}$/.test(b.lower) && !/(?:s|ly|ed|ing)$/.test(b.lower)))
      );
    if (/^(is|are|was|were|has|have|had)$/.test(b.lower)) return true;
    if (/^(will|would|could|can|may|might|should|must|did|does)$/.test(b.lower)) return subject && /^[a-z]{2,}$/.test(c.lower);
    return (
      /^(the|its|his|her|their|our)$/.test(a.lower) &&
      /^[a-z]{3,}$/.test(b.lower) &&
      !/ly$/.test(b.lower) &&
      (SUBJECT_PAST.test(c.lower) || pluralPresent(b, c))
    );
  }

  /**
   * Two words that make a whole clause ending the sentence, a subject and its verb in the past: "said unemployment
   * fell", "said prices rose", "said she agreed" (not "said nothing else", "said it did", "said in March"; a verb in -s
   * is left out after a noun, as it is as often a plural noun: "said racist things").
   */
  private twoWordClause(from: number, to: number, se: number): boolean {
    const { tokens } = this.doc;
    const words = [];
    for (let k = from; k <= to; k++) if (tokens[k]!.word) words.push(tokens[k]!);
    if (words.length !== 2) return false;
    const [a, b] = words as [Token, Token];
    // (at the sentence's end, or before the comma of an absolute phrase another frame opens: "denied it happened, with
    // Berg calling …")
    const absolute = tokens[to + 1]?.raw === ',' && tokens[to + 2]?.lower === 'with' && !this.doc.quoted[to + 2];
    // (or before the ", and" or ", but" of a second main clause another frame opens, where the report was cut: "said
    // exports rose, and the trade minister, Ana Ruiz, said …")
    // (or before the speaker's next report, after "and" with or without a comma: "said on Monday that sales fell, and
    // added that …")
    const cj = tokens[to + 1]?.raw === ',' ? to + 2 : to + 1;
    const joined =
      /^(and|but)$/.test(tokens[cj]?.lower ?? '') &&
      !!tokens[cj]?.word &&
      !this.doc.quoted[cj] &&
      ((cj === to + 2 && this.frameAfter(cj, se)) || this.sayingAgainAt(cj + 1));
    if ((to !== se - 1 && !absolute && !joined) || b.cap !== 0) return false;
    // (after a personal pronoun, any verb that can only be one: "said she understood", "said he knew", "said she
    // understands": no noun follows "she")
    if (
      /^(he|she|they|we|i)$/.test(a.lower) &&
      (IRREGULAR_PAST.has(b.lower) || (/^[a-z]{3,}[^s']s$/.test(b.lower) && !AUXILIARIES.has(b.lower)))
    )
      return true;
    return a.cap === 0 && /^[a-z]{2,}$/.test(a.lower) && !NO_SUBJECT.test(a.lower) && SUBJECT_PAST.test(b.lower);
  }

  /**
   * Does the colon at j open a list of names that closes the sentence (names of capitalised words joined by commas, the
   * last after "and"), the people a subject counts ("These three", "Both"), after a clause that counts nothing of its own
   * and whose last word asks for no complement (no auxiliary, copula, "include" or "follows" before the colon)?
   */
  private speakersListed(c: Construction, j: number, from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    // (the subject counts its people and names none: "These three", "Both", "Two ministers", "All four of them")
    const s = c.subject;
    if (!s || s.kind === 'key' || c.inverted) return false;
    let counted = 0;
    for (let k = s.first; k <= s.last && !counted; k++) if (!quoted[k]) counted = PEOPLE_COUNTED.get(tokens[k]!.lower) ?? 0;
    if (!counted) return false;
    // (a count inside the clause is what the list spells out: "said they would merge three units: Alpha, Beta and Gamma")
    for (let k = from; k < j; k++)
      if (/^(two|three|four|five|six|seven|eight|nine|ten|both|several|[0-9]+)$/.test(tokens[k]!.lower)) return false;
    const before = tokens[j - 1];
    if (j - from < 3 || !before?.word || quoted[j - 1] || auxiliary(before.lower)) return false;
    if (/^(be|been|being|includ(e|es|ed|ing)|follows?|namely|as|are|were|is|was)$/.test(before.lower)) return false;
    // (nor after a preposition or the clause's own last noun, which the list spells out: "said the blame lay with: …",
    // "said they would sue the developers: …", "said the plan would be run by a new board: …"; a verb in the past closes
    // a clause: "said they would resign if the plan passed: …")
    if (LIST_OPENING_PREPOSITIONS.has(before.lower)) return false;
    const nounAfter = (k: number) => DETERMINERS.has(tokens[k]?.lower ?? '') || LIST_OPENING_PREPOSITIONS.has(tokens[k]?.lower ?? '');
    if (!pastTense(before.lower) && (nounAfter(j - 2) || nounAfter(j - 3))) return false;
    if (!nameListAfter(this.doc, j + 1)) return false;
    // (the list runs to the sentence's end: capitalised words, commas, "and" or "or", the closing point; as many names as
    // the subject counts: not "Two ministers said they blamed the officials: Ruiz, Kemp and Park")
    let names = 1;
    for (let k = j + 1; k <= se; k++) {
      const x = tokens[k]!;
      if (quoted[k]) return false;
      if (x.word ? x.cap === 0 && !/^(and|or)$/.test(x.lower) : !/^[,.&-]$/.test(x.raw)) return false;
      if (/^(and|or)$/.test(x.lower) || (x.raw === ',' && !/^(and|or)$/.test(tokens[k + 1]?.lower ?? ''))) names++;
    }
    return names === counted;
  }

  /**
   * Is token k (past "also" or "then") a verb of saying in lower case, the speaker's next report after ", and": "said on
   * Monday that sales fell, and added that …" (a two-word clause before it is whole)?
   */
  private sayingAgainAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const j = /^(also|then|later)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
    const v = tokens[j];
    return !!v?.word && v.cap === 0 && !quoted[j] && (SAYING_AGAIN.test(v.lower) || /^add(s|ed)?$/.test(v.lower));
  }

  /** Does a construction of saying, not inverted, have its verb between token k and `se`, its subject after k? */
  private frameAfter(k: number, se: number): boolean {
    const { sent } = this.doc.sents;
    if (k >= se) return false;
    // (a construction is listed under its verb's sentence: only the sentences of tokens k + 1 to se can hold one)
    for (let si = sent[k + 1]!, last = sent[Math.min(se, sent.length - 1)]!; si <= last; si++)
      for (const o of this.bySentence.get(si) ?? [])
        if (!o.inverted && !o.continuing && o.verbFirst > k && o.verbFirst <= se && (o.subject?.first ?? -1) > k) return true;
    return false;
  }

  /**
   * Does a construction of saying, not inverted, open right after the closing mark at `e` (its subject first, past a
   * title's capitalised words or an abbreviation's stop: '“…,” Sgt. Dana Cole said'), its verb before `se`?
   */
  private frameRightAfter(e: number, se: number): boolean {
    const { tokens, sents } = this.doc;
    if (e >= se) return false;
    // (a construction is listed under its verb's sentence: only the sentences of tokens e + 1 to se can hold one)
    for (let si = sents.sent[e + 1]!, last = sents.sent[Math.min(se, sents.sent.length - 1)]!; si <= last; si++)
      for (const o of this.bySentence.get(si) ?? []) {
        if (o.inverted || o.continuing || o.verbFirst <= e || o.verbFirst > se || (o.subject?.first ?? -1) <= e) continue;
        // (a subject read with a conjunction before it opens a clause of the writer's: '“convincing,” so regulators said')
        if (tokens[o.first]!.cap === 0 && /^(so|and|but|or|yet|then)$/.test(tokens[o.first]!.lower)) continue;
        let framed = true;
        for (let k = e + 1; k < o.first && framed; k++) framed = (tokens[k]!.word && tokens[k]!.cap > 0) || tokens[k]!.raw === '.';
        if (framed) return true;
      }
    return false;
  }

  /** Does a quotation that reported speech cannot contain open at token k (its mark, or the first of a doubled one)? */
  private quotationOpens(k: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[k];
    if (t === undefined || !FRAGMENT_MARK.test(t.raw)) return false;
    const m = tokens[k + 1]?.raw === "'" && tokens[k + 1]!.start === t.end ? k + 1 : k;
    return this.quotedHere(m) && this.quotedHere(m + 1) && tokens[m + 1]!.word === true;
  }

  /** Does a quoted fragment open at token `from` (its mark, or the first mark of a doubled one)? */
  private fragmentOpens(from: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[from];
    return t !== undefined && FRAGMENT_MARK.test(t.raw) && (this.quotedHere(from) || this.quotedHere(from + 1));
  }

  /**
   * The frame in mid-sentence inside the reported clause of c, as [start, end) offsets (from the end of the words before
   * its opening comma to the start of those after its closing comma), or null: "The council, said Ola Brandt, ignored …".
   */
  frameGap(c: Construction): Readonly<[number, number]> | null {
    const span = this.clause(c);
    const gap = this.gaps.get(c);
    return span && gap && span[0] < gap[0] && gap[1] < span[1] ? gap : null;
  }

  /**
   * The reported clause of a construction of saying, as [start, end) offsets, or null. (Kept once found: a frame's
   * clause is asked for again by each quotation near it and by the reported speech; the doc never changes.)
   */
  clause(c: Construction): Readonly<[number, number]> | null {
    let span = this.found.get(c);
    if (span === undefined) {
      // (none while it is being found: a clause that asks for another's, which asks for it, ends)
      this.found.set(c, null);
      const raw = this.openingWithCut(c, this.clauseOf(c));
      span =
        raw && !this.onlyTimeAfterThat(c, raw) && !this.pastFreeRelative(c, raw)
          ? this.asideEnd(c, this.closedByParenthesis(c, this.withoutContestingRelative(c, this.withoutWritersTail(c, raw))))
          : null;
      this.found.set(c, span);
    }
    return span;
  }

  /**
   * A participle of saying in an aside that a comma after the subject opens ("Ms. Vale, after saying she would not run,
   * entered the race", "Lund, while insisting the deal was fair, conceded …"): the clause ends at the comma before the
   * sentence's own verb, an auxiliary or a past tense right after a comma; `span` otherwise.
   */
  private asideEnd(c: Construction, span: [number, number]): [number, number] {
    const { tokens, quoted } = this.doc;
    if (c.inverted || !/[a-z]ing$/.test(c.verb)) return span;
    let k = c.verbFirst - 1;
    while (k > 0 && tokens[k]!.word && tokens[k]!.cap === 0 && /[a-z]{2}ly$/.test(tokens[k]!.lower)) k--;
    if (!tokens[k]?.word || !ASIDE_OPENERS.test(tokens[k]!.lower) || tokens[k - 1]?.raw !== ',') return span;
    let j = c.verbLast + 1;
    while (tokens[j] && tokens[j]!.start < span[0]) j++;
    for (; tokens[j + 1] && tokens[j + 1]!.start < span[1]; j++) {
      const v = tokens[j + 1]!;
      if (tokens[j]!.raw === ',' && !quoted[j] && !quoted[j + 1] && v.word && v.cap === 0 && pastOrAuxiliary(v.lower))
        return [span[0], tokens[j - 1]!.end];
    }
    return span;
  }

  /**
   * Whether the frame is a free relative's ("what lawyers say", "whatever the minister says"), its "what" the verb's
   * object, and the clause found opens past words after the verb: "that what lawyers say in their opening statements is
   * not evidence" reports no "opening statements is not evidence" (the predicate is the writer's). Right after the verb
   * the clause is what was said: "what she said were needlessly cruel delays", "what engineers say they need"; and so
   * after a naming's "as".
   */
  private pastFreeRelative(c: Construction, span: [number, number]): boolean {
    const { tokens, quoted } = this.doc;
    const s = c.subject;
    if (!s || c.inverted) return false;
    const at = (k: number): boolean => !!tokens[k]?.word && !quoted[k] && /^(what|whatever)$/.test(tokens[k]!.lower);
    if (!at(s.first) && !at(s.first - 1)) return false;
    // (a naming's "as" opens what was said: "in what the agency described as the largest outbreak")
    const next = tokens[c.verbLast + 1];
    return !!next && next.lower !== 'as' && span[0] > next.start;
  }

  /**
   * Whether "that" after the verb is the object, the clause after it only a phrase of time: "It said that two weeks
   * earlier, too.", "She had said that last year." (no clause: every word a number or a word of time).
   */
  private onlyTimeAfterThat(c: Construction, span: [number, number]): boolean {
    const { tokens } = this.doc;
    let k = c.last + 1;
    while (tokens[k] && tokens[k]!.end <= span[0]) k++;
    if (tokens[k - 1]?.lower !== 'that') return false;
    let words = 0;
    for (; tokens[k] && tokens[k]!.start < span[1]; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      words++;
      if (!(TIME_WORDS.has(t.lower) || TIME_SPAN.test(t.lower))) return false;
    }
    return words > 0;
  }

  /**
   * A clause reported after its frame ends before the writer's summary of it, a noun phrase in apposition: "The mayor
   * said the bridge would close in March, a move that has angered business owners", "…, a claim that his office
   * disputes" (PolNeAR's annotators leave it out 10 times of 12 on train); and before what the writer says the speaker
   * would not say: "…, though she did not say where they would be posted" (left out 6 times of 7).
   */
  private withoutWritersTail(c: Construction, span: [number, number]): [number, number] {
    const { tokens, quoted } = this.doc;
    const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    if (span[0] < tokens[c.last]!.end) return span;
    // the clause cut before token k, past the marks before it (a fragment's closing mark kept)
    const cutBefore = (k: number): [number, number] => {
      let to = k - 1;
      while (to > c.last && !tokens[to]!.word && !this.quotedHere(to)) to--;
      return [span[0], this.clauseEnd(to, se)];
    };
    // a frame inside a relative clause of the sentence's subject ("A late speech in which Marguerite declares that …",
    // "The letter in which Vance wrote that …"): its clause ends where a quoted fragment closes before the sentence's
    // own verb ("… “nothing left to give” was read aloud")
    if (this.subjectsRelative(c)) {
      for (let k = c.last + 2; k <= se && tokens[k]!.start < span[1]; k++) {
        const t = tokens[k]!;
        if (
          !t.word ||
          quoted[k] ||
          t.cap !== 0 ||
          !quoted[k - 1] ||
          !FRAGMENT_MARK.test(tokens[k - 1]!.raw) ||
          tokens[k - 1]!.start < span[0]
        )
          continue;
        if (/^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|remains|seems|feels|looks|sounds)$/.test(t.lower))
          return [span[0], tokens[k - 1]!.end];
      }
    }
    let words = 0;
    for (let k = c.last + 1; k <= se && tokens[k]!.start < span[1]; k++) {
      const t = tokens[k]!;
      if (t.start < span[0]) continue;
      if (t.word) words++;
      // "…, though she did not say where …", "… but declined to provide a list …": what the speaker would not say
      if (words >= 4 && /^(but|though|although)$/.test(t.lower) && !quoted[k] && this.withheld(k + 1)) return cutBefore(k);
      // (the comma may be a quoted fragment's last, inside its closing mark: 'did not cover “surface water,” a phrase she
      // said she had never heard')
      const closing = tokens[k + 1];
      const inside = t.raw === ',' && quoted[k] && !!closing && !closing.word && FRAGMENT_MARK.test(closing.raw) && closing.start === t.end;
      // (or a dash that no second dash closes: "said the fine was unjustified — a view the appeals court rejected")
      const dash = this.lastDash(k, span[1]);
      if ((t.raw !== ',' && !dash) || (quoted[k] && !inside) || words < 3) continue;
      const a = inside ? k + 2 : dash ? afterDash(tokens, k) : k + 1;
      if (!/^(a|an)$/.test(tokens[a]?.lower ?? '')) continue;
      const n = SUMMARY_NOUNS.test(tokens[a + 1]?.lower ?? '') ? a + 1 : SUMMARY_NOUNS.test(tokens[a + 2]?.lower ?? '') ? a + 2 : -1;
      if (n < 0 || quoted[n]) continue;
      // (its relative may have no "that": "…, a figure Reuters could not independently verify", "…, a move he said was needed")
      const r = tokens[n + 1];
      // (or a plural noun's, its verb of judging a few words on: "…, a proposal economists across the spectrum have called
      // unworkable")
      const judged = (): boolean => {
        if (!r?.word || r.cap !== 0 || !/^[a-z]{3,}s$/.test(r.lower) || quoted[n + 1]) return false;
        for (let m = n + 2; m <= n + 6 && tokens[m]?.word && !quoted[m]; m++)
          if (/^(have|has|had|say|said|call|called|describe|described|criticized|criticised)$/.test(tokens[m]!.lower)) return true;
        return false;
      };
      // (or "the" and a noun before its verb: "…, a figure the employer disputes", "…, a position the judge accepted")
      const lowerWord = (m: number): boolean => !!tokens[m]?.word && tokens[m]!.cap === 0 && !quoted[m];
      const theNoun =
        r?.lower === 'the' &&
        !quoted[n + 1] &&
        lowerWord(n + 2) &&
        lowerWord(n + 3) &&
        /[a-z](s|ed)$/.test(tokens[n + 3]!.lower) &&
        !NP_BREAK.has(tokens[n + 2]!.lower);
      // (a name of a few words opening it: "…, a phrase Tomasz Wierzbicki said he had never seen")
      let m = n + 2;
      while (r?.cap === 1 && m <= n + 3 && tokens[m]?.word && tokens[m]!.cap > 0 && !quoted[m]) m++;
      // (or a determiner, a noun of one to three words and its verb in the past or an auxiliary: "— a view the appeals
      // court rejected", "— a position her party has held since 2019")
      let verbAt = -1;
      if (/^(the|his|her|their|its|our)$/.test(r?.lower ?? '') && !quoted[n + 1])
        for (let d = n + 3; d <= n + 5 && lowerWord(d - 1) && lowerWord(d); d++)
          if (pastTense(tokens[d]!.lower) || AUXILIARIES.has(tokens[d]!.lower)) {
            verbAt = d;
            break;
          }
      const contact =
        (!!r?.word && (r.cap === 1 || PRONOUNS.has(r.lower)) && !!tokens[m]?.word && tokens[m]!.cap === 0) ||
        judged() ||
        theNoun ||
        verbAt > 0;
      if (!(/^(that|which)$/.test(r?.lower ?? '') || contact)) continue;
      return cutBefore(inside ? a : k);
    }
    return span;
  }

  /**
   * A reported clause after a frame that stands inside parentheses ends at the closing one: "Turnout rose (officials
   * said it was the highest since 1990) across the state" reports "it was the highest since 1990", not the writer's words
   * after the parenthesis. Only a "(" of the frame's own sentence left open before the verb (not in quotation marks) and
   * the first ")" after the verb inside the span; `span` otherwise.
   */
  private closedByParenthesis(c: Construction, span: [number, number]): [number, number] {
    const { tokens, quoted } = this.doc;
    if (c.inverted || span[0] < tokens[c.last]!.end) return span;
    if (this.openParenthesisBefore(c.verbFirst - 1, this.doc.sents.starts[c.sent]!) < 0) return span;
    for (let k = c.last + 1; k < tokens.length && tokens[k]!.start < span[1]; k++) {
      if (tokens[k]!.raw !== ')' || quoted[k]) continue;
      return tokens[k]!.start > span[0] && k - 1 > c.last ? [span[0], tokens[k - 1]!.end] : span;
    }
    return span;
  }

  /**
   * A reported clause after its frame ends before a relative clause that closes it with another subject's denial of it:
   * "said the ferry would resume on Monday, which the company disputes" (the writer's narration of another party, no
   * words of the speaker's). A subject of one to four words (a pronoun, a name, a determiner and its noun) between
   * "which" and a verb of contesting (CONTESTING, after an auxiliary or an adverb), and no comma after it to the span's
   * end; "which was built in 1990, is unsafe" (no subject, inside the clause's own) and "which would mean higher fares"
   * (the speaker's reasoning) stay. So does the sentence's last dash and "though" before such a subject and verb, whose
   * object goes back to the report: "said the levy would pay for itself - though auditors have questioned that estimate"
   * ("that", "this", "the" or "it" after the verb; "- though he denied taking a fee" may be the speaker's own).
   */
  private withoutContestingRelative(c: Construction, span: [number, number]): [number, number] {
    const { tokens, quoted } = this.doc;
    const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    if (c.inverted || span[0] < tokens[c.last]!.end) return span;
    let words = 0;
    for (let k = c.last + 1; k + 1 <= se && tokens[k]!.start < span[1]; k++) {
      const t = tokens[k]!;
      if (t.start < span[0]) continue;
      if (t.word) words++;
      if (quoted[k] || words < 3) continue;
      const which = t.raw === ',' && tokens[k + 1]!.lower === 'which' && !quoted[k + 1];
      const a = which ? k + 1 : afterDash(tokens, k);
      const though = !which && this.lastDash(k, span[1]) && /^(though|although)$/.test(tokens[a]?.lower ?? '') && !quoted[a];
      if (!which && !though) continue;
      let v = a + 1;
      const first = v;
      while (v <= se && v - first < 4 && tokens[v]!.word && !quoted[v] && !CONTESTING.test(tokens[v]!.lower)) v++;
      // (past an auxiliary and an adverb: "which the company has long disputed", "which he strongly denies")
      if (v === first || !tokens[v]?.word || quoted[v] || tokens[v]!.cap !== 0 || !CONTESTING.test(tokens[v]!.lower)) continue;
      const subject = tokens[first]!;
      if (auxiliary(subject.lower) || /^(is|are|was|were|be|been|not|also|then)$/.test(subject.lower)) continue;
      if (though && !/^(that|this|the|it)$/.test(tokens[v + 1]?.lower ?? '')) continue;
      let rest = v + 1;
      while (rest <= se && tokens[rest]!.start < span[1] && tokens[rest]!.raw !== ',') rest++;
      if (rest <= se && tokens[rest]!.start < span[1]) continue;
      return [span[0], this.clauseEnd(k - 1, se)];
    }
    return span;
  }

  /**
   * Is token k a participle of what the words referred to ("referring", "invoking" …) whose phrase runs to the sentence's
   * end se, no auxiliary of the reported clause after it ("…, Warren said, referring to the audit released on Friday")?
   * Not when one follows ("…, referring to the EU package, will not work", "…, invoking Article 5 would be a dangerous
   * escalation"); an auxiliary after a relative pronoun is the phrase's own ("referring to the audit that was released").
   */
  private referringToEnd(k: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!REFERRING_PARTICIPLES.test(tokens[k]?.lower ?? '') || quoted[k]) return false;
    for (let m = k + 1; m <= se; m++) {
      const t = tokens[m]!;
      if (!t.word || quoted[m]) continue;
      if (/^(that|which|who|whom|whose)$/.test(t.lower)) return true;
      if (t.cap === 0 && auxiliary(t.lower)) return false;
    }
    return true;
  }

  /**
   * Is c a pronoun's closing frame of adding ("he added", "she continued") in a sentence that opens with a report of its
   * own, a subject and a verb of saying ("Lee said there was one reason to vote no — an argument the mayor never
   * answered, he added")? The frame adds to that speaker's report and frames no clause (its pronoun would otherwise go to
   * the nearest name, here the mayor).
   */
  private addedToOwnReport(c: Construction, ss: number): boolean {
    const { tokens } = this.doc;
    if (c.inverted || c.subject?.kind !== 'pronoun' || !/^(added|adds|continued|continues)$/.test(c.verb)) return false;
    let open = ss;
    while (open < c.first && !tokens[open]!.word) open++;
    return (this.bySentence.get(c.sent) ?? []).some(
      (o) =>
        o !== c &&
        !o.inverted &&
        o.last < c.first &&
        !!o.subject &&
        o.subject.first >= open &&
        o.subject.first <= open + 2 &&
        // (a title before the name: "Councillor Ruth Lee said …")
        tokens.slice(open, o.subject.first).every((t) => t.word && t.cap > 0) &&
        REPORTING_VERBS.has(o.verb),
    );
  }

  /** Is token k a dash, outside quotation marks, with no other dash after it before the offset `end`? */
  private lastDash(k: number, end: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!dashAt(tokens, k) || quoted[k]) return false;
    for (let m = afterDash(tokens, k); tokens[m] && tokens[m]!.start < end; m++) if (dashAt(tokens, m)) return false;
    return true;
  }

  /**
   * Is the frame of c inside a relative clause opened after the sentence's first noun phrase, by "which", "whom" or
   * "where" after a preposition ("A late speech in which …", "The letter in which …"), no verb before it?
   */
  private subjectsRelative(c: Construction): boolean {
    const { tokens, quoted } = this.doc;
    const ss = this.doc.sents.starts[c.sent]!;
    for (let k = ss + 1; k < c.first && k <= ss + 7; k++) {
      const t = tokens[k]!;
      if (!t.word || quoted[k]) return false;
      if (/^(which|whom|where)$/.test(t.lower)) return /^(in|of|with|by|from|for|to|on|at)$/.test(tokens[k - 1]!.lower) && k - 1 > ss;
      if (t.cap === 0 && (AUXILIARIES.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower))) return false;
    }
    return false;
  }

  /**
   * Does the writer say at k what the speaker would not say: "(she) did not say", "(he) declined to provide", "(the
   * campaign) refused to answer", "would not offer details", "gave no figures"?
   */
  private withheld(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const w = (j: number): string => (tokens[j]?.word && !quoted[j] ? tokens[j]!.lower : '');
    let j = k;
    if (/^(he|she|they|it)$/.test(w(j))) j++;
    else if (w(j) === 'the' && SPEAKER_NOUNS.has(w(j + 1))) j += 2;
    const v = w(j);
    const after = w(/^(did|would|could)$/.test(v) && w(j + 1) === 'not' ? j + 2 : j + 1);
    if (/^(didn['’]t|wouldn['’]t|couldn['’]t)$/.test(v) || (/^(did|would|could)$/.test(v) && w(j + 1) === 'not'))
      return /^(say|specify|elaborate|provide|give|offer|comment|detail|explain|name|identify|disclose|answer|respond|describe|discuss|reveal|confirm|share|release)$/.test(
        after,
      );
    if (/^(declined|refused)$/.test(v)) return w(j + 1) === 'to';
    return /^(gave|offered|provided)$/.test(v) && w(j + 1) === 'no';
  }

  /**
   * The clause `r` of a participle in an absolute phrase that "With" opens the sentence with, cut at the comma that ends
   * the phrase, before the main clause: "With Ana Vik arguing that the plan would fail, the committee delayed its vote"
   * reports "the plan would fail" (no comma before the participle, or only the one that joins a second phrase: "With Vik
   * saying …, Lund warning …, the council …").
   */
  private openingWithCut(c: Construction, r: [number, number] | null): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const ss = this.doc.sents.starts[c.sent]!;
    let w = ss;
    while (w < c.first && !tokens[w]!.word) w++;
    if (!r || tokens[w]!.lower !== 'with' || tokens[w]!.cap === 0 || quoted[w] || c.first <= w || !/ing$/.test(tokens[c.verbFirst]!.lower))
      return r;
    for (let k = w + 1; k < c.verbFirst; k++) if (tokens[k]!.raw === ',' && k !== c.first - 1) return r;
    for (let k = c.verbLast + 1; k < tokens.length && tokens[k]!.start < r[1]; k++) {
      if (tokens[k]!.raw !== ',' || quoted[k] || tokens[k]!.start < r[0]) continue;
      let to = k - 1;
      while (to > c.verbLast && !tokens[to]!.word) to--;
      return tokens[to]!.end > r[0] ? [r[0], tokens[to]!.end] : null;
    }
    return r;
  }

  /** The words after a headline's "Name:" (see headlineColonConstruction), to its sentence's end, closing stops left out. */
  private headlineReport(c: Construction): [number, number] | null {
    const { tokens } = this.doc;
    const from = c.verbLast + 1;
    let e = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    while (e > from && (tokens[e]!.para !== c.para || /^[.!?;:,]$/.test(tokens[e]!.raw))) e--;
    return e > from ? [tokens[from]!.start, tokens[e]!.end] : null;
  }

  /** The reported clause of a construction of saying, before the writer's summary is cut off. */
  private clauseOf(c: Construction): [number, number] | null {
    const { doc } = this;
    const { tokens } = doc;
    if (c.headlineColon !== undefined) return this.headlineReport(c);
    if (doc.headings.has(c.para) && !c.titled) return null;
    if (c.continuing) return this.participleClause(c);
    const ss = doc.sents.starts[c.sent]!;
    const se = (doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    const parenthesised = this.parenthesisedFrame(c, ss, se);
    if (parenthesised) return parenthesised;
    if (c.verb === 'according') return this.reportsThrough(c) ? null : this.accordingClause(c, ss, se);
    if (c.passive && c.verb === 'asked') return this.askedQuestion(c, se);
    if (c.passive) return this.asReported(c, ss, se) ?? this.passiveSubject(c, ss);
    if (this.claimOpensSentence(c, ss)) return this.claimSubjectClause(c, se);
    if (this.claimInOpeningPhrase(c, ss)) return this.openingPhraseClaimClause(c, se);
    const whatNamed = this.whatNamedClause(c, se);
    if (whatNamed) return whatNamed;
    if (NAMING.test(c.verb)) {
      const named = this.namedClause(c, se);
      if (named) return named;
    }
    // "what" before the subject is the verb's object, a free relative's, when a phrase or the clause's end follows the
    // verb: "Asked what he would say to them, he paused" reports no "to them, he paused" (not a gap's clause: "what she
    // said were cruel delays", "what the engineers say they need"; a naming, above, keeps its own: "what he called …")
    if (
      !c.inverted &&
      c.subject &&
      tokens[c.subject.first - 1]?.lower === 'what' &&
      tokens[c.subject.first - 1]!.word &&
      (!tokens[c.verbLast + 1]?.word || /^(to|about|of|for|with|at|in|on)$/.test(tokens[c.verbLast + 1]!.lower))
    )
      return null;
    // "explained how the ferry would be paid for", "has not said when it will run": an indirect question
    if (!c.inverted && !this.writtenByNoSpeaker(c)) {
      const question = this.questionClause(c, se);
      if (question) return question;
    }
    // "Lund didn't say the bridge would reopen", "has never said that it was over budget": what a speaker did not say
    // is no report of theirs (a negated open question stays, above: "has not said when …"; a yes-or-no one goes there)
    if (!c.inverted && this.negated(c)) return null;
    const answer = this.proFormAnswer(c, se);
    if (answer) return answer;
    if (URGING.test(c.verb)) return this.urgedClause(c, se);
    if (ACCUSING.test(c.verb)) return this.accusedClause(c, se);
    if (CITING.test(c.verb)) return this.citedObject(c, se);
    // "warned harbour officials to close the pier", "warned the board not to act": what the speaker warns them to do
    // (a "that" after the object is the clause of the warning: "warned voters that …", below)
    const warned = WARNING.test(c.verb) && !c.inverted ? this.urgedClause(c, se) : null;
    if (warned) return warned;
    // ("put it" only in the clause its "as" frames: "As the fire chief put it, nobody expected the wind to turn")
    if (!REPORTING_VERBS.has(c.verb) && !REPORT_FINDINGS.has(c.verb))
      return c.verb === 'put' && !c.inverted ? this.asFrameClause(c, ss, se) : null;
    const framed = c.inverted ? null : this.asFrameClause(c, ss, se);
    if (framed) return framed;
    // "the results suggest that": only people and institutions report speech, except with say/tell/write
    // a group of people speaks too: "Many opponents argued that …", "Some have argued that …" (not "Polls suggest")
    // (a report's findings are its authors' words: "A study by two economists found that …", see reportFinding)
    if (this.writtenByNoSpeaker(c) && !REPORT_FINDINGS.has(c.verb)) return null;
    // (not in a relative clause on a noun, which describes it: "the severance the company promised to pay")
    if (VOWING.test(c.verb) && !c.inverted && this.infinitiveAt(c.verbLast + 1))
      // (up to the comma that closes an opening subordinate clause: "Two years after the council vowed to repair the wall,
      // the town has done nothing")
      return c.subject && this.contactRelative(c.subject.first, ss)
        ? null
        : this.clauseTo(c, c.verbLast + 1, this.subordinateEnd(c, c.verbLast + 1, se));
    // "claimed to have seen the draft", "who claim to represent the fishermen": what the speaker says of themselves
    const claimed = CLAIMING.test(c.verb) && !c.inverted ? this.claimedInfinitive(c, se) : null;
    if (claimed) return claimed;
    // "suggested delaying the vote until spring": the gerund is the speaker's proposal
    const gerund = SUGGESTING.test(c.verb) && !c.inverted ? this.gerundAt(c.verbLast + 1) : -1;
    if (gerund >= 0) return this.clauseTo(c, gerund, se);
    // "reported spending $6 million on ads", "reported having $19 million": the gerund is what the speaker tells of their
    // own doing (a "having" or "being" too; not a state after a passive's "reported missing")
    // (not in a relative clause on a noun, whose object it is: "higher than any fees he reported receiving in May")
    const done = REPORTING_DOING.test(c.verb) && !c.inverted ? this.gerundAt(c.verbLast + 1, true) : -1;
    if (done >= 0 && !this.gerundReportHeld(c, ss, se))
      return c.subject && this.contactRelative(c.subject.first, ss) ? null : this.clauseTo(c, done, this.gerundEnd(done, se));
    const block = c.inverted ? null : this.paragraphAfterColon(c);
    if (block) return block;
    const planned = !c.inverted ? this.plannedAt(c, se) : -1;
    if (planned >= 0) return this.clauseTo(c, planned, se);
    // (a verb that needs an object, in a relative clause with no pronoun on the noun before its subject, has that noun
    // for its object: "The lawsuit the mayor announced Monday was dropped" reports nothing; a "that" still opens a
    // clause: "the day the mayor announced that taxes would rise", "His son Donald announced on the floor that …")
    if (
      !c.inverted &&
      c.subject &&
      OBJECT_NEEDING_PASTS.has(c.verb) &&
      this.thatAfterVerb(c, c.verbLast + 1, se) < 0 &&
      this.contactRelative(c.subject.first, ss)
    )
      return null;
    const gap = this.relativeGap(c, se);
    if (gap) return gap;
    // "…, said Jane Doe." with the clause before
    if (c.inverted) return this.trailingClause(c, ss, se);
    return this.clauseAfterVerb(c, ss, se);
  }

  /** Is c the noun "claim(s)" with its "that", after a claimant that opens the sentence: "Ruiz's claim that … was false"? */
  private claimOpensSentence(c: Construction, ss: number): boolean {
    const { tokens } = this.doc;
    if (!c.subject || c.inverted || c.verbFirst !== c.verbLast || !/^claims?$/.test(tokens[c.verbFirst]!.lower)) return false;
    if (tokens[c.verbFirst + 1]?.lower !== 'that') return false;
    // (the noun after its possessive, not the verb: "The lawsuit claims that …")
    const v = c.verbFirst;
    if (
      !/^['’]s$/.test(tokens[v - 1]?.raw ?? '') &&
      !/^['’]s$/.test(tokens[v - 2]?.raw ?? '') &&
      !/^(his|her|their)$/.test(tokens[v - 1]?.lower ?? '')
    )
      return false;
    // (no verb or preposition before the claimant, whose object the claim would be: "rejected Ruiz's claim that …")
    for (let f = ss; f < c.subject.first; f++) {
      const t = tokens[f]!;
      // (nor a preposition opening the sentence: "Despite Trump's claims that …, the firms put him lower")
      if (t.word && (PREPOSITIONS_AFTER_PAST.test(t.lower) || BEFORE_CLAIMANT.test(t.lower))) return false;
      if (t.word && t.cap === 0 && (pastOrAuxiliary(t.lower) || REPORTING_VERBS.has(t.lower))) return false;
    }
    return true;
  }

  /**
   * Is c the noun "claim(s)" with its "that", its claimant the object of a preposition or conjunction that opens the
   * sentence: "Despite Ruiz's claim that the count was rigged, the board certified it", "Amid her claims that …, …"?
   */
  private claimInOpeningPhrase(c: Construction, ss: number): boolean {
    const { tokens } = this.doc;
    if (!c.subject || c.inverted || c.verb !== 'claimed' || c.verbFirst !== c.verbLast) return false;
    if (!/^claims?$/.test(tokens[c.verbFirst]!.lower) || tokens[c.verbFirst + 1]?.lower !== 'that') return false;
    let k = ss;
    while (k < c.subject.first && !tokens[k]!.word) k++;
    if (/^(but|and|yet|so)$/.test(tokens[k]?.lower ?? '')) k++;
    if (k >= c.subject.first || !BEFORE_CLAIMANT.test(tokens[k]!.lower) || /^(that|as)$/.test(tokens[k]!.lower)) return false;
    for (let m = k + 1; m < c.subject.first; m++) if (!tokens[m]!.word || finiteWord(tokens[m]!)) return false;
    return true;
  }

  /**
   * The clause of a claim in an opening phrase (claimInOpeningPhrase), up to the comma after which the main clause
   * opens: "Despite Ruiz's claim that the count was rigged | , the board certified it"; or, where no main clause is
   * recognised, the first comma after the clause's verb ("Amid claims that ballots were hidden | , turnout at the
   * hearing was high"); null where no comma comes, since the clause then has no end of its own.
   */
  private openingPhraseClaimClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const from = c.verbFirst + 2;
    let first = -1;
    let verb = false;
    for (let j = from + 1; j < se; j++) {
      if (quoted[j]) continue;
      verb ||= finiteWord(tokens[j]!);
      if (tokens[j]!.raw !== ',') continue;
      if (this.mainClauseAt(j + 1, se)) return this.clauseTo(c, from, j - 1);
      if (verb && first < 0) first = j;
    }
    return first < 0 ? null : this.clauseTo(c, from, first - 1);
  }

  /**
   * The clause of a claim that opens the sentence as its subject, up to the main clause's verb: "Ruiz's claim that the
   * count was rigged | was false", "… | angered the mayor" (an auxiliary, or a past before its object, past the clause's
   * own verb group); null where no such verb follows or a comma, a conjunction or a relative comes first, since the
   * clause then has no end of its own.
   */
  private claimSubjectClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const from = c.verbFirst + 2;
    if (!this.subjectThenVerb(from, se, true)) return null;
    let j = from;
    while (j < se && !(tokens[j]!.word && tokens[j]!.cap === 0 && pastOrAuxiliary(tokens[j]!.lower))) j++;
    // (past the clause's own verb group: "lied", "was rigged", "had not been counted")
    if (j < se && auxiliary(tokens[j]!.lower)) {
      j++;
      while (j < se && tokens[j]!.word && /^(not|never|be|been|being|have|n['’]t)$/.test(tokens[j]!.lower)) j++;
      if (j < se && tokens[j]!.word && tokens[j]!.cap === 0 && (pastTense(tokens[j]!.lower) || /en$/.test(tokens[j]!.lower))) j++;
    } else j++;
    for (; j < se; j++) {
      const t = tokens[j]!;
      // (a possessive inside the clause goes on: "that the state's count was rigged")
      if (/^['’]s$/.test(t.raw)) continue;
      if (!t.word || quoted[j] || CLAIM_CLAUSE_STOPS.test(t.lower)) return null;
      if (t.cap !== 0 || tokens[j - 1]!.lower === 'to') continue;
      const next = tokens[j + 1];
      if (auxiliary(t.lower) || (pastTense(t.lower) && !!next?.word && !PREPOSITIONS_AFTER_PAST.test(next.lower)))
        return this.clauseTo(c, from, j - 1);
    }
    return null;
  }

  /**
   * The reported clause after the verb of a construction that is not inverted ("said in a statement on Monday that …",
   * "argued the fine was unjustified"): where it opens past "that", a time, a hearer or a phrase, and where the next
   * frame, the end of a relative clause or the writer's words cut it, as [start, end) offsets; or null (clauseOf's last
   * step).
   */
  private clauseAfterVerb(c: Construction, ss: number, se: number): [number, number] | null {
    const { doc } = this;
    const { tokens, quoted } = doc;
    let from = -1;
    const k = c.verbLast + 1;
    // "said in an interview with Interfax on Thursday that ...", "cautioned, however, that ..."
    const that = this.thatAfterVerb(c, k, se);
    const stretchOk = this.thatStretches(c, k, that, se);
    // "said that was in part because …": "that" is the subject when a verb follows it, negated or not ("says that
    // isn't good enough", "says that means …")
    // (or with its verb contracted: "people there say that's become a safety issue")
    const thatSubject =
      that === k &&
      tokens[k + 1]?.word === true &&
      (/^(?:(?:is|was|would|will|has|had|could|might|may|must|should|can|does|did)(?:n['’]t)?|won['’]t|can['’]t|cannot|seems|seemed|means|meant|sounds|makes|made)$/.test(
        tokens[k + 1]!.lower,
      ) ||
        (tokens[k + 1]!.key === "'s" && tokens[k + 1]!.start === tokens[k]!.end));
    // "say that kind of decision is …": "that kind of", "that sort of" is a determiner's phrase, the clause's subject
    const thatKind =
      that === k &&
      /^(kind|sort|type)$/.test(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.lower === 'of' &&
      BARE_CLAUSE_VERBS.has(c.verb) &&
      !quoted[k + 1];
    // (the clause after a hearer, found when the chain below tests for it)
    let hearer = -1;
    const timeAt = stretchOk && that === k ? this.timeAfterThat(that, se) : -1;
    if (thatSubject || thatKind) from = that;
    // "said that morning she expected …", "said that same day was the busiest": a time, or the clause's subject
    else if (timeAt >= 0) from = timeAt;
    // "reiterated that approach in his interview", "responded to that letter by calling …": a determiner, no clause
    else if (stretchOk && this.determinerThat(that, se)) from = -1;
    // "said that, if its claims are true, North Korea is …"
    else if (stretchOk && tokens[that + 1]?.raw === ',' && this.subordinateFirst(that + 2, se, true)) from = that + 2;
    // "noted that, like him, the mayor had been …": a phrase between commas, then the clause's subject and verb
    else if (stretchOk && tokens[that + 1]?.raw === ',' && this.subjectAfterCommaPhrase(that + 1, se) > 0)
      from = this.subjectAfterCommaPhrase(that + 1, se);
    // "said via email that, “Of course the council will defend itself” against …": a fragment after the comma
    else if (stretchOk && tokens[that + 1]?.raw === ',' && this.fragmentOpens(that + 2)) from = that + 2;
    // "says that – in her working life – she is …": a phrase between dashes opens the clause
    else if (stretchOk && dashAt(tokens, that + 1) && this.subjectThenVerb(this.closingDash(that + 1, se) + 1, se, false)) from = that + 2;
    else if (stretchOk) from = that + 1;
    else if (BARE_CLAUSE_VERBS.has(c.verb)) {
      const bare = this.bareClauseStart(c, k, ss, se);
      if (typeof bare !== 'number') return bare;
      from = bare;
    } else if (THAT_ONLY.test(c.verb)) {
      // "repeated her call for …", "posted a photo of …": these report a clause only after "that"
      return null;
    } else if (
      (that < 0 || !stretchOk) &&
      tokens[k]?.raw === ',' &&
      this.opensItsSentence(c, ss) &&
      this.subjectThenVerb(k + 1, se, false)
    ) {
      // "Lund noted, turnout had fallen": a clause after the verb's comma when the frame opens its sentence
      from = k + 1;
    } else if ((that < 0 || !stretchOk) && (this.pieceWritten(c, k) || this.thingWrittenBeforeThat(c, k, that))) {
      // "wrote the script after her grandfather lost his land": the piece written, no clause
      return null;
    } else if ((that < 0 || !stretchOk) && HEARER_VERBS.test(c.verb) && (hearer = this.hearerThenClause(k, se)) >= 0) {
      // the one warned, then the clause and no "that": "she warned the captain the ferry was drifting", "assured the
      // crew the engine was fine" (the clause opens after the hearer; "warned the bridge could fail" has none)
      from = hearer;
    } else if ((that < 0 || !stretchOk) && !/^recall/.test(c.verb) && this.subjectThenVerb(k, se, false)) {
      // another reporting verb with a clause and no "that": "Moreau argued the fine was unjustified" (a "that" further on
      // is the clause's own: "Berg insisted she had not discussed that with Aas"); not "recalled", whose object is
      // more often a product than a memory ("Fresh Fields recalled packaged salads sold in 40 stores")
      from = k;
    } else if ((that < 0 || !stretchOk) && this.longSubjectThenVerb(k, se) && !this.relativeBeforeVerb(k, se)) {
      // a long subject, then its verb: "claims the union's refusal to back the levy is itself a threat"
      from = k;
    } else if ((that < 0 || !stretchOk) && this.appositiveSubjectThenVerb(this.pastTime(k, se), se)) {
      // a short subject with an apposition between commas, then its verb (past a time): "Police allege the driver,
      // Kwame Asante, 24, was carrying cocaine", "revealed Tuesday the drug, or angel dust, was found …"
      from = this.pastTime(k, se);
    } else if ((that < 0 || !stretchOk) && this.pastTime(k, se) > k && this.subjectThenVerb(this.pastTime(k, se), se, true)) {
      // … after a time: "The ministry announced Sunday she will resign", "Two outlets reported on Wednesday the ferry had …"
      from = this.pastTime(k, se);
    } else if (
      that < 0 &&
      /^(in|on|at|during|with|after|before|from|via|through|under|over|outside|inside)$/.test(tokens[k]?.lower ?? '')
    ) {
      // … after a short phrase of words only: "admitted under questioning he had not paid", "argued in a memo the levy
      // was unlawful" (not after a word that opens a clause of its own: "… on whether Santorum has …")
      for (let p = k + 2; p <= Math.min(se, k + 6) && tokens[p - 1]!.word && !quoted[p - 1]; p++) {
        if (CLAUSE_BAD_START.has(tokens[p - 1]!.lower) && p - 1 > k) break;
        if (this.gappedRelativeAt(p, se)) break;
        if (this.subjectThenVerb(p, se, true)) {
          from = p;
          break;
        }
      }
    }
    // (not a verb of keeping, whose object is a thing kept, not words: "maintained a “no-fault” attendance policy")
    if (from < 0 && !BARE_CLAUSE_VERBS.has(c.verb) && !KEEPING.test(c.verb)) {
      // "noted the “senseless, tragic deaths” of two ferry workers": the object holds the speaker's words
      const object = this.quotingObject(c, se);
      if (object) return object;
    }
    if (from < 0 || from > se) return this.trailingClause(c, ss, se);
    return this.clauseFrom(c, from, that, ss, se);
  }

  /**
   * Whether the "that" found after the verb (`that`, past the first token after it, `k`) opens the verb's clause: right
   * after the verb, or past a comma, a dash, a time, a place, an adverb of manner, what the words are about, how often
   * they were said or the one written to (see clauseAfterVerb).
   */
  private thatStretches(c: Construction, k: number, that: number, se: number): boolean {
    const { tokens } = this.doc;
    const firstAfter = tokens[k];
    return (
      that >= 0 &&
      (that === k ||
        (firstAfter !== undefined &&
          // (a comma before "that" too: "said, however, that …", not a parenthetical frame before a relative
          // "that": "The estate, he says, paved over fields that used to soak up the rain")
          // (or inside the closing mark of a title: 'said, on “Harbour Week,” that …')
          ((firstAfter.raw === ',' &&
            (tokens[that - 1]!.raw === ',' || (QUOTE_MARK.test(tokens[that - 1]!.raw) && tokens[that - 2]?.raw === ','))) ||
            dashAt(tokens, k) ||
            TIME_PREPS.has(firstAfter.lower) ||
            TIME_WORDS.has(firstAfter.lower) ||
            (firstAfter.lower === 'that' && this.thatOfTime(k)) ||
            SUBJECT_VERB_FILLERS.has(firstAfter.lower) ||
            /^(in|at|on|during|with|to|for|after|before|from|via|through|outside|inside|near|behind|following|across|among|by|over|under|as|repeatedly|also|again)$/.test(
              firstAfter.lower,
            ) ||
            // an adverb of manner: "argued insistently that …", "said flatly that …"
            (firstAfter.cap === 0 && /[a-z]{3}ly$/.test(firstAfter.lower)) ||
            // what the words are about: "said of the audit that …", "wrote of the strike that …" (a noun phrase, no verb)
            (firstAfter.lower === 'of' && this.nounPhraseBetween(k + 1, that)) ||
            // how often it was said: "said a number of times that …", "has said several times that …"
            this.occasionsBefore(k, that) ||
            // how it was said, a fact-checker's aside: "said without evidence that …", "claimed without offering proof that …"
            this.withoutPhraseBefore(k, that) ||
            // the one written to: "wrote the mayor that …", "wrote him in June that …"
            this.readerBeforeThat(c, k, that, se) ||
            // (a progressive is read as its present: "is warning voters that …" has the verb "warns")
            /^(told|tells|tell|warned|warns|warn|assured|assures|assure|reassured|reassures|reassure|reminded|reminds|remind|informed|informs|inform|advised|advises|advise|cautioned|cautions|caution)$/.test(
              c.verb,
            ))))
    );
  }

  /**
   * Where the clause of a verb that reports one with no "that" (BARE_CLAUSE_VERBS: "said", "told") opens, past the one
   * told, a time and a phrase of place or occasion: its first token, or -1 when none opens there; or what
   * clauseAfterVerb returns at once (null, the clause before the frame, or what the speaker told someone to do).
   */
  private bareClauseStart(c: Construction, k: number, ss: number, se: number): number | [number, number] | null {
    const { tokens, quoted } = this.doc;
    let from = -1;
    let j = k;
    if (/^(told|tells|tell)$/.test(c.verb)) {
      j = this.skipObject(j, se);
      // "told stories about the war", "tells jokes about the mayor": what was told is a kind of telling, named, no
      // clause of words reported
      if (j === k && TOLD_THINGS.test(tokens[k]?.lower ?? '') && tokens[k]!.cap === 0 && !quoted[k]) return null;
      // "told the crews to go home": what the speaker told them to do (three words being enough, the one told standing
      // before them: "told residents to stay indoors")
      if (j > k && this.infinitiveAt(j)) return this.clauseTo(c, j, se, 3);
      // "told analysts on a conference call, adding that …": the one told and a phrase of place up to the comma or
      // the stop, no clause (no verb in it)
      // (and the clause before the frame, when one stands there: "The service will cut jobs, Aubertin told staff in an
      // email.")
      if (j === k && tokens[k]?.word && tokens[k]!.cap === 0 && !quoted[k] && !this.subjectThenVerb(k, se, false)) {
        let e = k + 1;
        while (e < se && tokens[e]!.raw !== ',') e++;
        if (e - k <= 10 && this.phraseOnly(k + 1, e - 1)) return this.trailingClause(c, ss, se);
        // (or a time only, or nothing, after the one told, when the frame closes a clause before its comma: "…, the
        // company told workers Thursday, eliminating 240 jobs." reports the clause before, not "workers Thursday, …")
        const p = this.pastTime(k + 1, e - 1);
        const closing = tokens[c.first - 1]?.raw === ',' && tokens.slice(ss, c.first).some(finiteWord);
        if (closing && e - k <= 10 && (p >= e || this.phraseOnly(p, e - 1))) return this.trailingClause(c, ss, se);
      }
      // (so after the one told, a phrase of place or occasion up to a comma: "The deal, Aubertin told reporters at a
      // news conference, is not done" reports no "at a news conference, is not done")
      if (j > k && this.placeToComma(j, se, HEARER_PLACE_PREPS)) return this.trailingClause(c, ss, se);
    }
    j = this.pastTime(j, se);
    // (a frame set inside the sentence after a clause, a phrase of place or occasion after its verb (and a time) up
    // to a comma: "The plant will open, he said outside city hall, and the city will be ready" reports no "outside
    // city hall, and …"; not after a short opener, "Meanwhile, the mayor said at a news conference, the city …")
    if (tokens[c.first - 1]?.raw === ',' && tokens.slice(ss, c.first).some(finiteWord) && this.placeToComma(j, se, HEARER_PLACE_PREPS))
      return this.trailingClause(c, ss, se);
    // (past a phrase of place or occasion up to its comma, when the frame opens the sentence or follows a short
    // opener: "He said at a news conference, the plan is dead", "Lund said Tuesday at a news conference, …",
    // "Meanwhile, the mayor said at a news conference, the city will appeal" report the clause after it)
    if (this.placeToComma(j, se, HEARER_PLACE_PREPS)) {
      let e = j + 1;
      while (tokens[e]!.raw !== ',') e++;
      if (this.subjectThenVerb(e + 1, se, false) && !CLAUSE_BAD_START.has(tokens[e + 1]!.lower)) j = e + 1;
    }
    // "Lund noted, trust in the board is collapsing", "Lund says, win or lose in May, she is staying": a clause after
    // the verb's comma (and a phrase between commas, which is part of what is reported unless it opens a subordinate
    // clause: "She said, if elected, she would …" reports "she would …") when the frame opens its sentence
    if (tokens[j]?.raw === ',' && this.opensItsSentence(c, ss)) {
      // (a phrase of up to a dozen tokens: "win or lose in Tuesday's crucial Florida primary")
      const p = this.subjectThenVerb(j + 1, se, false) ? j + 1 : this.pastCommaPhrase(j, se, 12);
      if (p > j && this.subjectThenVerb(p, se, false)) j = CLAUSE_BAD_START.has(tokens[j + 1]!.lower) ? p : j + 1;
    }
    from = j;
    // "…, he said according to a transcript": no clause follows, the frame closes what came before it
    if (tokens[j]?.lower === 'according' && tokens[j + 1]?.lower === 'to') from = -1;
    // "The index added 42 points": "add" reports a clause only when a subject and a verb follow
    if (/^add/.test(c.verb) && !this.subjectThenVerb(j, se, false)) from = -1;
    // "said a lot about the budget", "said little", "said much the same thing": an amount said, no clause (unless a
    // subject and a verb follow: "said nothing would change")
    if (this.amountSaid(j) && !this.subjectThenVerb(j, se, false) && !this.auxiliaryWithin(j, Math.min(se, j + 5))) {
      from = -1;
      // (nor the clause before it: "…, and though they speak little Dutch, their smiles said a lot." reports nothing;
      // a time after "a little" is no amount, "…, she said a little later")
      if (![1, 2].some((d) => /^(later|earlier|before|after|afterward|afterwards|while|longer|more)$/.test(tokens[j + d]?.lower ?? '')))
        return null;
    }
    // "a day after he said them, but not before …": a pronoun that is only an object is what was said, no clause
    // (unless, as spoken English has it, the pronoun opens a clause with a partner or a participle: "The lawyer said him
    // and his wife had been threatened", "said him being there was a mistake")
    const clauseOpens =
      /^(being|having)$/.test(tokens[j + 1]?.lower ?? '') ||
      (/^(and|or)$/.test(tokens[j + 1]?.lower ?? '') &&
        !!tokens[j + 2]?.word &&
        (tokens[j + 2]!.cap > 0 || /^(his|her|my|their|our|your|the|a|an|i|me|us|them|two|three)$/.test(tokens[j + 2]!.lower)));
    if (/^(say|says|said)$/.test(c.verb) && /^(them|him|me)$/.test(tokens[j]?.raw ?? '') && !quoted[j] && !clauseOpens) return null;
    // a coordinated "… and told none of the other founders.": a clause after the one told, or nothing is reported (its
    // object is no clause; the verb may well be the reported clause's own, "Lund claims that Dahl filed it and told no one")
    if (
      /^(told|tells|tell)$/.test(c.verb) &&
      /^(and|but)$/.test(tokens[c.verbFirst - 1]?.lower ?? '') &&
      ![0, 1, 2, 3, 4].some((d) => j + d <= se && this.subjectThenVerb(j + d, se, false))
    )
      from = -1;
    // words between the verb and its clause: "said in a radio interview the ferry would resume", "said outside court
    // she had lost …" (not "said about half of …")
    const phrased = this.clauseAfterPhrase(j, se);
    if (phrased >= 0) from = phrased;
    // a phrase of place, time or manner to the sentence's end is no clause: '“…?” she said at a town hall meeting last
    // week', '… said cheerfully into the phone'
    if (from === j && this.phraseOnly(j, se)) from = -1;
    return from;
  }

  /**
   * The reported clause that opens at token `from` after the verb (clauseAfterVerb's start found, `that` the "that"
   * before it or -1): the clause before the frame when no clause can open there, else cut where the next frame, the end
   * of a relative clause, a quotation of its own or the writer's words cut it, as [start, end) offsets; or null.
   */
  private clauseFrom(c: Construction, from: number, that: number, ss: number, se: number): [number, number] | null {
    const { doc } = this;
    const { tokens, quoted } = doc;
    let to = se;
    const f = tokens[from]!;
    // (a word joined by a hyphen to the next is a compound's first part, no preposition or conjunction: "said so-called
    // experts had …", "said at-risk pupils would …")
    if (
      // (a sum is a subject's first word: "said $5 million more would go to the port", "said £25m had been set aside")
      // (after "that", or with a finite verb after it: not "said $5 million in new loans", "said $5 million to the fund")
      ((!f.word || quoted[from]) &&
        !this.fragmentOpens(from) &&
        !(this.sumAt(from) && (from === that + 1 || this.finiteVerbIn(from + 1, se)))) ||
      (f.word &&
        CLAUSE_BAD_START.has(f.lower) &&
        !compoundHyphenAt(tokens, from + 1) &&
        !(dashAt(tokens, from - 1) && from - 1 === that + 1) &&
        // (after "that" and its comma too: "said that, since then, thanks to higher fees, the club had paid …")
        !this.subordinateFirst(from, se, that >= 0 && (from === that + 1 || (from === that + 2 && tokens[that + 1]!.raw === ','))) &&
        !(this.approximateNumber(from) && !this.topicAbout(from, se)) &&
        !(from === that + 1 && this.phraseThenClause(from, se)) &&
        !(from === that + 1 && this.whatSubject(from, se)))
    )
      return this.trailingClause(c, ss, se);
    // the clause ends where another speaker's construction begins, at ", but", or at a participle
    const uncut = to;
    to = this.cutByOthers(c, from, to);
    // (a clause cut down to the phrases that open it is no report: "said that after the vote, Mayor Lund told reporters
    // the bridge was unsafe" gives no «after the vote»; "said that after the hearing, on Tuesday, Holm announced …" no
    // «after the hearing, on Tuesday», "said that if the levy were made law, islanders who said …" no «if the levy were
    // made law»; the main clause is another's report)
    if (to < uncut && this.openingPhrasesOnly(from, to)) return null;
    const relative = this.inRelativeClause(c);
    const subordinate = this.inOpeningSubordinate(c, ss);
    // (a relative clause on the noun of a comparison the sentence opens with ends at the comparison's closing comma, the
    // main clause's subject after it: "Like Ruiz, who said the tax was unfair, the mayor voted no" reports no «the
    // mayor voted no»; "Unlike Ruiz, whose spokesman said the tax was unfair, the mayor …" no «the mayor voted for it»)
    const fronted = frontedComparisonAt(tokens, ss, se);
    if (
      fronted &&
      fronted.object <= c.first &&
      c.verbFirst < fronted.comma &&
      fronted.comma > from &&
      fronted.comma <= to &&
      (relative || /^(who|whose|whom|which)$/.test(tokens[c.first - 1]?.lower ?? ''))
    )
      to = fronted.comma - 1;
    const cut = this.clauseCut(c, from, to, se, that, relative, subordinate);
    if (cut === null) return null;
    to = cut;
    // a clause cut short by the next frame ends on a word, not on what would join the rest: "… and when" (nor on an adverb
    // of sequence after a conjunction: "said prices rose, and then warned that …")
    while (
      to > from &&
      (dangles(tokens[to]!) || (/^(then|later|also)$/.test(tokens[to]!.lower) && /^(and|but)$/.test(tokens[to - 1]?.lower ?? '')))
    )
      to--;
    if (to < from) return null;
    // a quotation of its own after a comma ends the clause before it: "insisted it was “premature” to back the plan
    // while adding on housing, “I have no doubt …”" reports "it was “premature” to back the plan while adding on housing"
    // (when the quotation ends the sentence, and what comes before it is a clause, a subject and its verb: not a title
    // between commas, 'a class, “Perceptions 101,” because …', nor 'said at a news conference, “…”', nor 'said that once
    // the council goes on recess, “I intend …”')
    // (or a clause of its own quoted after ", and" or ", but", its own frame after it: "said the plan had failed, and “this
    // is a disgrace,” she added" reports "the plan had failed", and the quotation is the second frame's)
    const own = this.quoteOfItsOwn(from, to, se);
    if (own >= 0) {
      const joint = /^(and|but)$/.test(tokens[own - 1]?.lower ?? '') && tokens[own - 2]?.raw === ',';
      const cut = joint ? own - 2 : own - 1;
      if (
        tokens[cut]?.raw !== ',' ||
        !tokens[cut - 1]?.word ||
        cut - 1 <= from ||
        !wordsAtLeast(doc.text, 4, tokens[from]!.start, tokens[cut - 1]!.end) ||
        !(joint || this.quotationEndsSentence(own, se)) ||
        !this.subjectThenVerb(from, cut - 1, false) ||
        this.holdsQuote(from, cut - 1, se)
      )
        return null;
      to = cut - 1;
      // (… and what would join the rest: '“…” and that, “We are confident …”')
      while (to > from && (dangles(tokens[to]!) || tokens[to]!.lower === 'that')) to--;
    }
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    // (fewer than two words, or two that make no clause)
    if (!wordsAtLeast(doc.text, 3, start, end) && (!wordsAtLeast(doc.text, 2, start, end) || !this.twoWordClause(from, to, se)))
      return this.trailingClause(c, ss, se);
    return [start, end];
  }

  /**
   * The "that" that opens the clause of a verb of saying whose first token after the verb is k, past a time, a place or
   * words between commas or dashes ("said in an interview with Interfax on Thursday that …"), or -1: none before the
   * sentence's end `se`, or one that opens no clause of this verb's (a relative pronoun, a demonstrative, another's).
   */
  private thatAfterVerb(c: Construction, k: number, se: number): number {
    const { tokens, quoted } = this.doc;
    let that = -1;
    for (let j = k; j <= Math.min(se, k + 20); j++) {
      const t = tokens[j]!;
      // past an abbreviated province or state before its comma: "said at a news conference in Regina, Sask., that …"
      if (t.raw === '.' && tokens[j - 1]?.word && tokens[j - 1]!.end === t.start && tokens[j + 1]?.raw === ',') continue;
      // past the name of a programme or publication: "said on Channel Nine's “Morning Hour” on Sunday that …"
      const title = quoted[j] || QUOTE_MARK.test(t.raw) ? this.quotedTitleEnd(j, se) : -1;
      if (title > j) {
        j = title;
        continue;
      }
      // past words between dashes when "that" follows them: "said — on the radio, as it happens — that …"
      const dash = dashAt(tokens, j) ? this.closingDash(j, se) : -1;
      if (dash > j && tokens[dash + 1]?.lower === 'that') {
        that = dash + 1;
        break;
      }
      // (nor past a dash: "reported on Tuesday -- a development that injects …"; but past a title's point: "told
      // Cmdr. Alisha Greer that …")
      if (
        quoted[j] ||
        (!t.word && (/[.!?;:“"«—–]/.test(t.raw) || (t.raw === '-' && t.start > tokens[j - 1]!.end)) && !titlePoint(tokens, j))
      )
        break;
      // (past what the speaker cites, set off by commas, when "that" follows: "said, citing a report by the ministry,
      // that the border would reopen" reports the clause, the citing phrase being a source of its own)
      if (t.raw === ',' && tokens[j + 1]?.lower === 'citing' && !quoted[j + 1]) {
        let e = j + 2;
        while (e <= Math.min(se, j + 14) && (tokens[e]!.word || tokens[e]!.key === "'s" || /^['’]$/.test(tokens[e]!.raw)) && !quoted[e])
          e++;
        if (tokens[e]?.raw === ',' && tokens[e + 1]?.lower === 'that' && e > j + 2) {
          that = e + 1;
          break;
        }
      }
      // "said, adding that …": the that-clause is the participle's
      if (t.raw === ',' && CONTINUING_VERBS.has(tokens[j + 1]?.lower ?? '')) break;
      // "announced Thursday, as health officials warned that …", "said Thursday, and officials warned that …": the
      // that-clause is the other speaker's
      if (t.raw === ',' && this.rivalReportAt(c, j + 1, true)) break;
      // "said Monday, and added that …": the that-clause is the speaker's next act's (speakersActAt)
      if (t.raw === ',' && this.speakersActAt(c, j + 1)) break;
      // "said Tuesday, an unusual step that drew complaints": the relative is the writer's summing-up noun phrase's
      if (t.raw === ',' && this.summaryAt(j + 1)) break;
      // "announced Tuesday, cutting 38 jobs in a newsroom that once employed 200": the writer's participle of consequence
      if (t.raw === ',' && this.participleAt(j + 1)) break;
      // (a demonstrative before a time noun opens no clause: "said in an analysis released later that week that …")
      if (t.word && t.lower === 'that' && this.thatOfTime(j)) {
        j++;
        continue;
      }
      if (t.word && t.lower === 'that') {
        // "said on Monday its finance chief had resigned and that the board …": a second "that" coordinated after a
        // clause of its own, not the verb's first (the clause opens after the time or place, below)
        // (nor after a comma, past the verb's object: "said the union had warned Nordair about staffing in 2022, and
        // that the company had promised to hire": the second "that" is coordinated with the outer verb's clause)
        // (nor right after the verb, nor past an infinitive that is its object: "said the province had agreed to send 40
        // workers and that the army had been asked to stand by", "said the province agreed and that …")
        if (
          /^(and|but|or)$/.test(tokens[j - 1]!.lower) &&
          (tokens[j - 2]?.raw === ',' || j - 1 === k || this.infinitiveAt(k) || this.clauseBefore(k, j - 1))
        )
          break;
        // (far from the verb only after a comma that closes a place: "said Thursday during a taping of a town hall
        // meeting in Buffalo, New York, that …"; not "make Kadzik testify …, daring him to say that …")
        // (past a comma, a "that" a finite verb follows right after a noun is a relative pronoun: "announced Tuesday, in
        // a bid to stretch a program that ran out of money" reports no "ran out of money")
        let crossed = false;
        for (let m = k; m < j && !crossed; m++) crossed = tokens[m]!.raw === ',' && !quoted[m];
        // (nor is one after a clause that opened right after the verb and its object: "told the committee she treats
        // infections that are linked to damp homes" reports "she treats infections …", not "are linked …")
        // (a verb of four letters in -s too: "a budget that adds money for …", "a plan that cuts …")
        const after = tokens[j + 1] ?? t;
        const relative =
          tokens[j - 1]!.word &&
          tokens[j - 1]!.cap === 0 &&
          after.word &&
          after.cap === 0 &&
          (pastOrAuxiliary(after.lower) || shortPresentInS(after.lower) || SAME_FORM_PAST.test(after.lower));
        if (relative && (crossed || (j > k + 1 && this.clauseBefore(k, j - 1, false)))) break;
        // (nor one whose verb is a past of the same form as its present, right after the verb's object, a few plain words:
        // "reported quarterly revenue that beat analysts' expectations" reports no "beat …")
        if (relative && SAME_FORM_PAST.test(after.lower) && j - k <= 4 && !HEARER_VERBS.test(c.verb) && this.plainWords(k, j - 1)) break;
        // (nor one on the medium the speaker spoke through, the clause's own "that" perhaps after it: "announced
        // Thursday in a blog post that credited …", "said in a statement that was posted online that …")
        if (this.mediumRelative(j, c.verbLast)) continue;
        // (nor one another frame's verb has before it, no comma between: "Okafor argued on Monday, the mayor said that
        // …", "Unlike Okafor, who conceded on Monday, he told reporters that …" report the mayor's and his words)
        if (this.otherFrameBefore(c, j)) break;
        if (j <= k + 14 || tokens[j - 1]!.raw === ',') that = j;
        break;
      }
    }
    return that;
  }

  /**
   * Where the clause of c opened at token `from` ends, at most at `upTo`: before the main clause after a subordinate or a
   * relative one (`subordinate`, `relative`), a quotation of its own, another speaker's report, ", but", a participle;
   * or null when the words before a relative clause's end are no clause. `that`: the "that" the clause opens after, or -1.
   */
  private clauseCut(
    c: Construction,
    from: number,
    upTo: number,
    se: number,
    that: number,
    relative: boolean,
    subordinate: boolean,
  ): number | null {
    const { tokens, quoted } = this.doc;
    let to = upTo;
    for (let j = from + 1; j < to; j++) {
      const t = tokens[j]!;
      // "While he said journalists cannot be partisan, he appears uneasy …": the main clause after the comma is the writer's
      // (or "…, her ministry continues to …", "…, its owners keep …": a noun phrase and a verb in the present)
      // (a comma inside the closing mark of a quoted fragment too: "When Ruiz pointed out that Lund calls it “a tax on
      // renters,” Lund changed the subject")
      const marked = quoted[j] && /^[”"]$/.test(tokens[j + 1]?.raw ?? '') && !quoted[j + 2];
      const n = marked ? j + 2 : j + 1;
      if (subordinate && t.raw === ',' && this.mainClauseAt(n, se)) {
        to = marked ? j + 1 : j - 1;
        break;
      }
      // "Mr. Trump, who said last week that the judge was biased, issued a statement": the relative clause ends at
      // the comma before the main clause's verb
      // (a comma inside a title's closing mark too, and what stands before it must then be a clause: "Lund, who wrote
      // the book “Small Teams, Big Ideas,” founded the company" reports nothing)
      const v = tokens[n];
      // (or the dash that closes a relative clause a dash opened: "Tom Brandt — who said the plan cut too deeply — said …")
      const dashClose = relative && /^[—–-]$/.test(t.raw) && !joiningHyphenAt(tokens, j) && tokens[this.relativeWho(c) - 1]?.raw === t.raw;
      // (not the comma that closes an aside on the report's own subject when the main clause's verb comes after a later
      // comma: "The agency, which said the drug, first approved in 2019, was safe, is now under review")
      if (
        relative &&
        (t.raw === ',' || dashClose) &&
        v?.word &&
        v.cap === 0 &&
        // (a past that is also a present or an adjective too, as the subject's own deed: "Karl Wend, a builder who
        // suggested that the site was unsafe, left early", "…, quit the board")
        (AUXILIARIES.has(v.lower) ||
          pastTense(v.lower) ||
          SUBJECT_PAST.test(v.lower) ||
          REPORTING_VERBS.has(v.lower) ||
          this.mainPresentAt(n)) &&
        !(!marked && this.subjectAsideCloses(from, j, to))
      ) {
        if (marked && !this.subjectThenVerb(from, j - 1, false)) return null;
        to = j - 1;
        break;
      }
      // (or the comma before a second subject that "and" joins to the first, with a relative clause of its own: "Vik, who
      // said the road was safe, and the fire chief, who disagreed, met on Monday" reports nothing past "safe")
      if (relative && t.raw === ',' && !quoted[j] && v?.lower === 'and' && this.coordinatedRelativeSubject(n + 1, to)) {
        to = j - 1;
        break;
      }
      // "…were ''overblown,'' adding that …": a participle after a comma that a closing mark follows
      if (t.word && CONTINUING_VERBS.has(t.lower) && this.commaThenMarks(j) && !this.quotedHere(j)) {
        to = j - 1;
        break;
      }
      // "said the plan was flawed: “We cannot afford it.”", "suggested the plan was unserious - “…,” she said - and …":
      // the quotation a colon or a dash opens after the clause is one of its own, the clause ends before it
      // (when what comes before is a clause: "that …", or a subject and its verb; not "said yes and took …: “…”")
      // (a dash typed as two hyphens too: "said the fund was empty -- “There is nothing left to cut.”")
      // (not the second dash of an aside before a fragment that goes on with the clause: "warned that the link — which
      // commuters use daily — “could not last another year.”" is one clause, as quoteOfItsOwn reads it)
      if (
        (t.raw === ':' || dashAt(tokens, j)) &&
        this.quotationOpens(dashAt(tokens, j) ? afterDash(tokens, j) : j + 1) &&
        j - 1 > from &&
        ((that >= 0 && from > that) || this.subjectThenVerb(from, j - 1, false)) &&
        !this.fragmentAfterAside(j, from, se)
      ) {
        to = j - 1;
        break;
      }
      // "These three said they would resign: Ruiz, Kemp and Park.": a list of names after a colon that closes the sentence
      // names the speakers, the writer's, after a clause whose verb is done (not "said the finalists were: Ruiz, …")
      if (t.raw === ':' && !quoted[j] && this.speakersListed(c, j, from, se)) {
        to = j - 1;
        break;
      }
      // "said the plan was sound, as critics warned that …": the other speaker's report ends the clause
      // (and so does the writer's noun summing it up, the object of another's report: "said the alarms did not go off, a
      // claim fire officials said they were looking into")
      // (or a noun of what happened that the writer sets after a comma with a participle and its object, running to the
      // sentence's end: "said it would cut 4,000 jobs, a layoff rivaling the cuts of 2009")
      if (t.raw === ',' && (this.rivalReportAt(c, j + 1) || this.summaryReportedAt(c, j + 1) || this.summingUpParticipleAt(j + 1))) {
        to = j - 1;
        break;
      }
      // (and so does another speaker's report after the sentence's last dash: "Some neighbours say the pier is safe -
      // others say it is crumbling"; not an aside that a second dash closes: "say the pier - critics say it is old - will
      // stand")
      if (dashAt(tokens, j) && this.lastDash(j, tokens[se]!.end) && this.rivalReportAt(c, afterDash(tokens, j), false, true)) {
        to = j - 1;
        break;
      }
      // "denied that it was the case, and he and Voss still speak every week": the writer's present after a clause in the
      // past of reported speech
      if (t.raw === ',' && this.presentAfterPastReport(c, from, j, to)) {
        to = j - 1;
        break;
      }
      // "; …", and the frame's own verb again: "said he welcomed the review and added, “…”"
      if (t.raw === ';' || this.coordinatedReport(c, j) || this.coordinatedAct(c, j) || this.newClauseAfterFragment(j)) {
        to = j - 1;
        break;
      }
      // ", told Reuters": the clause was a relative one ("the source, who said he had spoken to people, told Reuters")
      // (", but" ends it, not before a second clause of the verb or a negated part of this one: "said wages would fall,
      // but that overtime would offset the loss", "said doctors should be punished, but not patients")
      // (not a comma inside the speaker's own quoted words: 'said the convoy was "a start, but only a start."')
      // (and a comma that closes the speaker's quoted fragment: 'warned the pause would "invite a flood of cheap steel,"
      // while the head of the autoworkers' union said …')
      if (
        t.raw === ',' &&
        (!quoted[j] || marked) &&
        v &&
        ((v.lower === 'but' &&
          !/^(that|not)$/.test(tokens[n + 1]?.lower ?? '') &&
          !this.quotationClosesSentenceAfterBut(n, se) &&
          !this.pluralPredicateAfter(c, n + 1) &&
          !this.parallelAuxiliaryAfter(from, j, n + 1)) ||
          CONTINUING_VERBS.has(v.lower) ||
          v.lower === 'expressing' ||
          // (or the writer's word on what followed: "…, drawing a rebuke from the panel", "…, surpassing last year's record")
          reactionParticipleAt(tokens, n) ||
          // (the record the words are known through: "…, according to a readout")
          (v.lower === 'according' && tokens[n + 1]?.lower === 'to') ||
          // (or the occasion of the words: "…, in remarks carried by the state broadcaster", "…, in a speech broadcast on
          // state television")
          this.occasionAt(n) ||
          v.lower === 'while' ||
          // (or the speaker's next words after "before" or "after": "said the crews had worked hard, before adding that …";
          // not the report's own act: "said the crews rested, after saying goodbye …")
          (/^(before|after)$/.test(v.lower) &&
            CONTINUING_VERBS.has(tokens[n + 1]?.lower ?? '') &&
            !quoted[n + 1] &&
            (tokens[n + 1]!.lower === 'adding' || tokens[n + 2]?.lower === 'that')) ||
          (/^(told|said|says|tells)$/.test(v.lower) && !this.apposedBefore(c, n, from)))
      ) {
        to = j - 1;
        break;
      }
    }
    return to;
  }

  /**
   * Does a quotation open at `from` with a capital (a sentence quoted whole, not a fragment: "“I don't have the
   * runway”", not "“we are not finished” with the plan") and close within the sentence, with only a short phrase of
   * time or place after it, no verb ("about 40 seconds before the crash", "moments later", "at 9:14 p.m.")?
   */
  private utteranceThenPhrase(from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!QUOTE_MARK.test(tokens[from]?.raw ?? '') || !quoted[from + 1]) return false;
    const first = tokens[from + 1]!;
    if (!first.word || first.cap === 0) return false;
    // (the marks are quoted tokens too: e ends on the closing one)
    let e = from + 1;
    while (e < se && quoted[e + 1]) e++;
    if (!QUOTE_MARK.test(tokens[e]!.raw) || e + 1 > se) return false;
    let words = 0;
    for (let p = e + 1; p <= se; p++) {
      const t = tokens[p]!;
      if (quoted[p] || (!t.word && !/^[.,:]$/.test(t.raw))) return false;
      if (!t.word) continue;
      const time = TIME_SPAN.test(t.lower) || TIME_WORDS.has(t.lower) || /^(seconds|minutes|moments)$/.test(t.lower);
      if (
        ++words > 8 ||
        (finiteWord(t) && !time) ||
        REPORTING_VERBS.has(t.lower) ||
        auxiliary(t.lower) ||
        /^(and|but|or|that|which|who)$/.test(t.lower)
      )
        return false;
    }
    return words > 0;
  }

  /** Does a subject and its verb open somewhere between the verb's first word after it (k) and token `e`? */
  private clauseBefore(k: number, e: number, strict = true): boolean {
    for (let p = k; p < e - 1; p++) {
      if (!this.doc.tokens[p]!.word || this.doc.quoted[p]) return false;
      if (this.subjectThenVerb(p, e, strict)) return true;
    }
    return false;
  }

  /**
   * Do the words from `j` to the sentence's end `se` make a short phrase with no verb, opened by a preposition or by an
   * adverb in -ly and a preposition ("at a town hall meeting last week", "cheerfully into the phone"): ten words at most,
   * none quoted, none a verb form (a past, an auxiliary, a verb in -s, a verb of saying)?
   */
  private phraseOnly(j: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = j;
    if (tokens[k]?.word && tokens[k]!.cap === 0 && /[a-z]{3}ly$/.test(tokens[k]!.lower)) k++;
    if (!PHRASE_PREPS.test(tokens[k]?.lower ?? '')) return false;
    let words = 0;
    // (a participle after an article, or after an article and an adverb, modifies its noun: "at a crowded news
    // conference", "at a hastily called news conference")
    const article = (m: number): boolean => /^(a|an|the)$/.test(tokens[m]?.lower ?? '');
    for (let p = j; p <= se; p++) {
      const t = tokens[p]!;
      // (a compound's hyphen between two words is no mark of its own: "at a late-night news conference")
      if (quoted[p] || (!t.word && !/^[.,!?]$/.test(t.raw) && !compoundHyphenAt(tokens, p))) return false;
      if (!t.word) continue;
      // (and a relative clause on its noun, the writer's: "said Monday at a meeting where the council voted to delay …")
      if (
        p > k + 1 &&
        t.cap === 0 &&
        /^(where|when|which|whom|whose)$/.test(t.lower) &&
        tokens[p - 1]!.word &&
        !PHRASE_PREPS.test(tokens[p - 1]!.lower)
      )
        return true;
      // (a participle after an article or an article and an adverb, or one a hyphen joins to the word before, modifies
      // its noun: "at a crowded news conference", "at a hastily called news conference", "at a hastily-called …")
      const modifier =
        /[a-z]ed$/.test(t.lower) &&
        (article(p - 1) || (article(p - 2) && /[a-z]{3}ly$/.test(tokens[p - 1]!.lower)) || compoundHyphenAt(tokens, p - 1));
      if (++words > 10 || (finiteWord(t) && !modifier) || (t.cap === 0 && (REPORTING_VERBS.has(t.lower) || auxiliary(t.lower))))
        return false;
    }
    return true;
  }

  /**
   * Is the "that" at `that` a determiner, not the start of a clause: a singular noun in lower case, then a preposition
   * or a stop, and no verb before the phrase ends ("reiterated that approach in his interview", "responded to that letter
   * by calling …")?
   */
  private determinerThat(that: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const n = tokens[that + 1];
    const after = tokens[that + 2];
    if (!n?.word || n.cap !== 0 || quoted[that + 1] || PRONOUNS.has(n.lower) || DETERMINERS.has(n.lower)) return false;
    if (CLAUSE_BAD_START.has(n.lower) || /s$/.test(n.lower) || SINGULAR_PLURALS.test(n.lower)) return false;
    // "disputed that account and called for …": the noun, then "and" and a past tense in lower case, the reporting verb's
    // own second predicate (a clause's subject, "that" and a noun, takes no "and" before its verb)
    const v = tokens[that + 3];
    if (!/ly$/.test(n.lower) && after?.word && after.lower === 'and' && v?.word && v.cap === 0 && !quoted[that + 3])
      if (!auxiliary(v.lower) && pastOrAuxiliary(v.lower)) return true;
    if (/ly$/.test(n.lower) || !after?.word || !DETERMINER_THAT_NEXT.test(after.lower)) return false;
    // … and no verb in the sentence until a quotation or a participle after a comma (", saying …")
    for (let j = that + 1; j <= se; j++) {
      const t = tokens[j]!;
      if (quoted[j] || (t.raw === ',' && /[a-z]ing$/.test(tokens[j + 1]?.lower ?? ''))) break;
      // (or a verb of saying after "and" or "but", the subject's second predicate, with a clause after it: "concede that
      // weakness in the early records and say the trend is clear"; not a plural noun with its phrase, "argued that
      // evidence from the scene and reports by witnesses proved …")
      const c = tokens[j + 1];
      const clauseNext =
        !!c?.word && (c.cap > 0 || c.lower === 'that' || c.lower === 'there' || PRONOUNS.has(c.lower) || DETERMINERS.has(c.lower));
      if (
        t.word &&
        t.cap === 0 &&
        REPORTING_VERBS.has(t.lower) &&
        !auxiliary(t.lower) &&
        /^(and|but)$/.test(tokens[j - 1]!.lower) &&
        clauseNext
      )
        break;
      if (finiteWord(t) || (t.word && t.cap === 0 && (REPORTING_VERBS.has(t.lower) || auxiliary(t.lower)))) return false;
    }
    return true;
  }

  /**
   * Is the subject a description of something that reports no speech: "the results suggest that" (only people and
   * institutions report speech, except with say/tell/write; a group of people speaks too: "Many opponents argued that
   * …", "Some have argued that …", not "Polls suggest")?
   */
  private writtenByNoSpeaker(c: Construction): boolean {
    return (
      c.subject?.kind === 'desc' &&
      !SPEAKER_NOUNS.has(c.subject.desc!.head) &&
      // (or the plural of a document: "Polls suggest", "Two reports warned")
      !DOCUMENT_PLURALS.has(c.subject.desc!.head) &&
      // an organisation, the press, a party's member: "The foundation reported", "the media claimed", "The South
      // Carolina Republican admitted", "The weather service warned that …"
      !ORG_HEADS.has(c.subject.desc!.head) &&
      // (or a body of groups joined for a cause: "…, the coalition warned", "The alliance argued that …")
      !/^(media|tabloid|outlet|broadcaster|services?|republicans?|democrats?|coalition|alliance|caucus)$/.test(c.subject.desc!.head) &&
      // (a company named by its trade, which announces as any company does: "…, the publisher announced Monday", "the
      // retailer confirmed that …", "The grocer warned that …", "the airline cautioned that …"; not with a verb of findings)
      // (or a house or event of the arts: "…, the studio confirmed Thursday", "the festival announced")
      !(
        (COMPANY_TRADE_HEADS.test(c.subject.desc!.head) ||
          ARTS_BODIES.test(c.subject.desc!.head) ||
          // (a label of records, not a product's: "…, her label announced", not "…, the label warned")
          (c.subject.desc!.head === 'label' && RECORD_LABEL.test(this.doc.tokens[c.subject.last - 1]?.lower ?? ''))) &&
        !/^(suggest|indicate|estimate|predict|conclude|show)/.test(c.verb)
      ) &&
      !SPEAKING_ROLES.test(c.subject.desc!.head) &&
      // (a newspaper by its own name, whatever its verb: "the Harbour Gazette suggested the delays were a risk")
      !this.outletName(c.subject) &&
      // a person by the shape of the noun, before "that": "The controller warned that …" (not a trade after the words:
      // "…, the caterer confirmed.")
      !(
        PERSON_SHAPE.test(c.subject.desc!.head) &&
        !NOT_PERSON_SHAPE.test(c.subject.desc!.head) &&
        this.doc.tokens[c.verbLast + 1]?.lower === 'that'
      ) &&
      // (or people in the plural by that shape, with a verb only people use of what they say: "Some biologists argue the
      // shift could reflect …", "Ecologists caution that …"; not "Sensors indicate …")
      !(
        /[^s]s$/.test(c.subject.desc!.head) &&
        PERSON_SHAPE.test(c.subject.desc!.head.slice(0, -1)) &&
        !NOT_PERSON_SHAPE.test(c.subject.desc!.head.slice(0, -1)) &&
        !FINDINGS_VERBS.test(c.verb)
      ) &&
      !/^(say|says|said|tell|tells|told|wrote|writes|added|adds|stated|states)$/.test(c.verb) &&
      // (one person of a group of people is a speaker as the group is: "One of the residents testified that …", "One of
      // the nurses, a night-shift aide, argued that …"; not "One of the studies suggested …")
      !(c.subject.desc!.head === 'one' && this.oneOfPeople(c.subject.last)) &&
      // (or a plural that a phrase of where puts in a body of people, its members however figurative the noun, with a
      // verb only people use of what they say: "The hawks in the cabinet argued the talks were a trap"; not "Polls in
      // the party suggest …")
      !(
        !DOCUMENT_PLURALS.has(c.subject.desc!.head) &&
        !WRITTEN.test(c.subject.desc!.head.slice(0, -1)) &&
        !FINDINGS_VERBS.test(c.verb) &&
        this.membersOfBody(c.subject.last, c.verbFirst)
      ) &&
      // (with "suggest" only a quantifier standing for people: "Some have suggested that …", not "Studies suggest")
      !(c.subject.desc!.group && (!/^suggest/.test(c.verb) || QUANTIFIER_PRONOUNS.test(c.subject.desc!.head) || this.namedGroup(c))) &&
      !this.peopleFigures(c) &&
      // a text someone wrote reports what they wrote: "The letter warned that …", "the suit claims that …", "The newspaper
      // reported that …" (not "The results suggest", "Polls indicate": findings, not words)
      !(WRITTEN.test(c.subject.desc!.head) && !/^(suggest|indicate|estimate|predict|conclude)/.test(c.verb))
    );
  }

  /**
   * Is the subject a newspaper's own name, a capitalised run ending in a word only a paper's title ends on: "the Harbour
   * Gazette", "The Lagos Herald" (not "the gazette", nor a report's title: "The Mueller Report suggested")?
   */
  private outletName(s: NonNullable<Construction['subject']>): boolean {
    const { tokens } = this.doc;
    const head = tokens[s.last]!;
    return s.last > s.first && head.word && head.cap > 0 && OUTLET_TITLE_ENDS.test(head.lower) && tokens[s.last - 1]!.cap > 0;
  }

  /**
   * Does a phrase of where between the plural at `last` and the verb at v put it in a body of people, right before the
   * verb: "The hawks in the cabinet argued", "Moderates within the party warned", "the doves on the committee insisted",
   * "Hawks in Congress argued" (a body of BODY_WORDS or BODY_PARTS, no place: not "The signs in the city warned")?
   */
  private membersOfBody(last: number, v: number): boolean {
    const { tokens, quoted } = this.doc;
    if (v - last < 3 || v - last > 6 || !/[^s]s$/.test(tokens[last]!.lower)) return false;
    if (!/^(in|on|within|inside|among)$/.test(tokens[last + 1]!.lower)) return false;
    for (let m = last + 2; m < v; m++) if (!tokens[m]!.word || quoted[m] || NP_BREAK.has(tokens[m]!.lower)) return false;
    const body = tokens[v - 1]!.lower;
    return (BODY_WORDS.has(body) && !PLACE_BODIES.test(body)) || BODY_PARTS.test(body);
  }

  /** Whether the word at `last`, ending a subject "one of …", names people: "them", "us", "residents", "nurses". */
  private oneOfPeople(last: number): boolean {
    const w = this.doc.tokens[last]!.lower;
    if (/^(them|us|people|men|women)$/.test(w)) return true;
    // (no texts: "One of the studies suggested …")
    const one = w.replace(/ies$/, 'y').replace(/s$/, '');
    if (!/[^s]s$/.test(w) || DOCUMENT_NOUNS.has(one) || WRITTEN.test(one)) return false;
    return pluralSpeakerNoun(w) || personShaped(one);
  }

  /**
   * Is the subject a group of people named one by one: "Jeff Merkley, Sherrod Brown and Robert Menendez all suggested
   * that …" (a person's name opens it, past two titles at most, and "and" joins it)?
   */
  private namedGroup(c: Construction): boolean {
    const s = c.subject;
    if (!s || !/\sand\s/.test(s.desc?.text ?? '')) return false;
    for (let k = s.first; k <= s.first + 2 && k <= s.last; k++) {
      const p = this.doc.people.startAt.get(k);
      if (p !== undefined) return this.doc.people.people[p]!.type === 'person';
    }
    return false;
  }

  /**
   * Is the subject people called "figures" by their place: "some party figures declared that …", "Senior Labour figures
   * warned that …" (not numbers: "sales figures", "official figures")?
   */
  private peopleFigures(c: Construction): boolean {
    const s = c.subject;
    if (s?.kind !== 'desc' || !/^figures?$/.test(s.desc!.head) || s.last - 1 < s.first) return false;
    const m = this.doc.tokens[s.last - 1]!;
    return (
      m.word &&
      (/^(party|political|public|opposition|senior|leading|prominent|religious|community|establishment)$/.test(m.lower) ||
        (m.cap > 0 && /^(labour|tory|conservative|liberal|republican|democratic)$/.test(m.lower)))
    );
  }

  /**
   * "announced plans to close the pier", "announced on Tuesday its intention to sell the ferry", "confirmed a decision
   * not to run": the to-infinitive of a plan the speaker makes known (a possessive or an article, then plan, intention,
   * intent or decision, a time before or after it), or -1.
   */
  private plannedAt(c: Construction, se: number): number {
    const { tokens } = this.doc;
    if (!ANNOUNCING.test(c.verb)) return -1;
    const w = (k: number): string => (tokens[k]?.word ? tokens[k]!.lower : '');
    let k = this.pastTime(c.verbLast + 1, se);
    if (/^(a|its|his|her|their|our|the)$/.test(w(k))) k++;
    if (!/^(plans?|intentions?|intent|decision)$/.test(w(k))) return -1;
    k++;
    // a time after the noun: "plans this week to …", "plans Tuesday to …"
    for (let guard = 0; guard < 3 && k <= se && (TIME_WORDS.has(w(k)) || TIME_PREPS.has(w(k))) && w(k) !== 'to'; guard++) k++;
    return k <= se && this.infinitiveAt(k) ? k : -1;
  }

  /**
   * A frame whose verb is negated: "did not say", "didn't argue", "has never claimed", "would not explicitly say" (one
   * adverb in -ly may stand between). Not "not only said", where the verb is not the negated word's.
   */
  private negated(c: Construction): boolean {
    const { tokens } = this.doc;
    let k = c.verbFirst - 1;
    if (tokens[k]?.word && /ly$/.test(tokens[k]!.lower) && tokens[k]!.lower !== 'only' && tokens[k]!.cap === 0) k--;
    const neg = tokens[k];
    return !!neg?.word && (/^(not|never)$/.test(neg.lower) || /n['’]t$/.test(neg.lower));
  }

  /**
   * A word that stands for a whole answer or an earlier clause, right after "say": "72 percent said yes", "the pilot
   * said no.", "after half said so in May", "a third said the same of the mayor", "say the opposite about Lind" (not
   * "said no one", "said so many", "said the same day", "said yes to the offer").
   */
  private proFormAnswer(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    if (c.inverted || !/^(say|says|said)$/.test(c.verb)) return null;
    const k = c.verbLast + 1;
    const w = tokens[k];
    if (!w?.word || w.cap > 1 || quoted[k] || k > se) return null;
    const next = tokens[k + 1];
    // (what follows the answer is no part of it: a point, a comma, a clause joined to it, or a phrase of time or manner)
    // (but a hyphen joins the word to the next, "said no-one was hurt", "said so-called experts …", and a point before
    // a number ends no answer: "said No. 2 reactor was shut")
    const closed = (j: number): boolean => {
      const t = tokens[j];
      if (j > se || t === undefined || ANSWER_AFTER.has(t.lower)) return true;
      if (t.word || QUOTE_MARK.test(t.raw) || joiningHyphenAt(tokens, j)) return false;
      return !(t.raw === '.' && j + 1 <= se && /^[0-9]/.test(tokens[j + 1]!.raw));
    };
    // (a comma, then a subject and its verb: the clause is what is reported, "said no, the ferry would not resume …")
    const clauseAfterComma = next?.raw === ',' && this.subjectThenVerb(k + 2, se, false);
    if (w.lower === 'yes' || w.lower === 'no') return closed(k + 1) && next?.lower !== 'to' && !clauseAfterComma ? [w.start, w.end] : null;
    if (w.lower === 'so') return closed(k + 1) && next?.lower !== 'far' ? [w.start, w.end] : null;
    if (w.lower !== 'the' || !/^(same|opposite)$/.test(next?.lower ?? '') || !next!.word || quoted[k + 1]) return null;
    let to = k + 1;
    if (tokens[to + 1]?.lower === 'thing' && tokens[to + 1]!.word) to++;
    // "the same of/about/for the mayor", up to the sentence's end or the next comma, semicolon or joined clause
    // (a span of time after it is no part of the answer: "has said the same for years", "said the same about a year ago")
    let span = to + 2;
    while (span <= se && span <= to + 5 && tokens[span]!.word && SPAN_AFTER_ANSWER.test(tokens[span]!.lower)) span++;
    const timeSpan = span > to + 2 && TIME_NOUN_AFTER_ANSWER.test(tokens[span - 1]!.lower) && closed(span);
    if (/^(of|about|for)$/.test(tokens[to + 1]?.lower ?? '') && tokens[to + 1]!.word && !timeSpan) {
      let j = to + 2;
      while (j <= se && tokens[j]!.raw !== ',' && tokens[j]!.raw !== ';' && !/^(but|while|whereas|and)$/.test(tokens[j]!.lower)) j++;
      if (j - 1 < to + 2) return null;
      to = j - 1;
      while (to > k + 1 && !tokens[to]!.word) to--;
    } else if (!closed(to + 1) && !timeSpan) return null;
    return [w.start, this.clauseEnd(to, se)];
  }

  /**
   * An indirect question as what is reported: "explained how the ferry would be paid for", "recalled what happened in
   * 2008", "…, describing how the jobs will move", "told them why the stock was a good buy"; after "say" only when it
   * is negated ("has not said when the ferry will return": a positive "said when …" opens a clause with a subordinate
   * one), and never a yes-or-no question after a negated verb ("would not say whether …", "isn't saying if …"). A
   * finite verb must follow the question word within ten words, with no punctuation before it ("explained why:"
   * introduces what follows).
   */
  private questionClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    if (!QUESTIONING.test(c.verb)) return null;
    // a passive reports nothing of its subject's: "Her support was first noted when she …"
    for (let j = (c.subject?.last ?? c.verbFirst) + 1; j < c.verbFirst; j++)
      if (/^(is|are|was|were|be|been|being)$/.test(tokens[j]!.lower)) return null;
    if (/^(say|says|said|saying)$/.test(c.verb)) {
      const neg = tokens[c.verbFirst - 1]?.lower ?? '';
      if (!/^(not|never)$/.test(neg) && !/n['’]t$/.test(neg)) return null;
    }
    let k = this.pastTime(c.verbLast + 1, se);
    if (/^(tell|tells|told|telling)$/.test(c.verb)) k = this.skipObject(k, se);
    const w = tokens[k];
    if (!w?.word || quoted[k] || !/^(how|why|what|when|where|whether|if|who)$/.test(w.lower)) return null;
    // a yes-or-no question left unanswered reports nothing: "has not said whether he will run", "would not say if …"
    if (/^(whether|if)$/.test(w.lower) && this.negated(c)) return null;
    for (let j = k + 1; j <= Math.min(se, k + 10); j++) {
      const x = tokens[j]!;
      if (quoted[j] || (!x.word && x.key !== "'s")) return null;
      if (finiteWord(x)) return this.clauseTo(c, k, this.subordinateEnd(c, k, se));
    }
    return null;
  }

  /**
   * The last token before the comma that closes the opening subordinate clause the frame `c` stands in, when a main
   * clause (a subject and its verb) follows that comma: "When a reporter asked whether anyone would be fired, he paused
   * …" asks up to "fired"; `se` otherwise.
   */
  private subordinateEnd(c: Construction, from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    if (!this.inOpeningSubordinate(c, this.doc.sents.starts[c.sent]!)) return se;
    for (let j = from + 1; j < se; j++) {
      if (quoted[j]) return se;
      if (tokens[j]!.raw === ',' && this.mainClauseAt(j + 1, se)) return j - 1;
    }
    return se;
  }

  /**
   * Do the words from the verb's next token k to its "that" count the occasions of the saying: a count, "times", and
   * nothing or a phrase with no verb ("said a number of times that …", "has said several times that …", "said three
   * times in an interview that …")? Else the count opens the clause: "a number of times that she would run".
   */
  private occasionsBefore(k: number, that: number): boolean {
    const { tokens, quoted } = this.doc;
    let m = k;
    const counting = (t: Token): boolean =>
      t.word && (/^(a|an|of|so|more|than)$/.test(t.lower) || OCCASION_COUNTS.has(t.lower) || /^\d+$/.test(t.raw));
    while (m < that && m - k < 4 && !quoted[m] && counting(tokens[m]!)) m++;
    if (m === k || tokens[m]!.lower !== 'times' || quoted[m]) return false;
    return m + 1 === that || this.phraseOnly(m + 1, that - 1);
  }

  /**
   * Is the stretch from k up to the "that" at `that` a short phrase opened by "without", which says how the words were said
   * and is no part of them: "said without evidence on Sunday that …", "claimed without offering proof that …", "insisted
   * without citing any source that …"? A few plain words in lower case (a participle among them, a time), no finite verb.
   */
  private withoutPhraseBefore(k: number, that: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[k]?.lower !== 'without' || quoted[k] || that - k < 2 || that - k > 7) return false;
    for (let m = k + 1; m < that; m++) {
      const t = tokens[m]!;
      if (!t.word || quoted[m] || (t.cap !== 0 && !TIME_WORDS.has(t.lower)) || finiteWord(t) || auxiliary(t.lower)) return false;
    }
    return true;
  }

  /**
   * The time noun after a demonstrative "that" at j, past "same" or "very": "that morning", "that same day", "that very
   * week"; -1 when no such noun follows.
   */
  private timeNounAfterThat(j: number): number {
    const { tokens, quoted } = this.doc;
    const same = /^(same|very)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.cap === 0 ? 1 : 0;
    const n = tokens[j + 1 + same];
    return n?.word && !quoted[j + 1 + same] && DEMONSTRATIVE_TIMES.test(n.lower) ? j + 1 + same : -1;
  }

  /**
   * Where the clause opens after a "that" at j that is a demonstrative before a time noun (timeNounAfterThat): after the
   * time when a subject and its verb follow it ("said that morning she expected a ruling"), at the "that" when a finite
   * verb does, the time being the clause's subject ("said that same day was the busiest"); else -1.
   */
  private timeAfterThat(j: number, se: number): number {
    const { tokens, quoted } = this.doc;
    const n = this.timeNounAfterThat(j);
    if (n < 0) return -1;
    const a = n + 1;
    if (a >= se || !tokens[a]!.word || quoted[a]) return -1;
    if (finiteWord(tokens[a]!) || tokens[a]!.key === "'s") return j;
    return this.subjectThenVerb(a, se, true) ? a : -1;
  }

  /**
   * Whether "that" at j is a demonstrative before a time noun (timeNounAfterThat), not a complementiser: "released later
   * that week that …", "said at a meeting that night that …", "announced that same day" (the time noun followed by
   * another "that", a comma, a preposition or the sentence's end).
   */
  private thatOfTime(j: number): boolean {
    const n = this.timeNounAfterThat(j);
    if (n < 0) return false;
    // (or the sentence's end: "told the jury he was the only guard on the unit that night.")
    const a = this.doc.tokens[n + 1];
    return !a || (!a.word ? /^[,;.!?]$/.test(a.raw) : /^(that|in|at|on|during)$/.test(a.lower));
  }

  /**
   * A frame inside a relative clause whose pronoun is the reported clause's subject: "the new ramps, which officials
   * said will open in May, …", "what many pilots say is the safest crossing": the verb phrase after the frame, up to
   * the relative clause's end (a comma, semicolon, colon, parenthesis or dash, or the sentence's end).
   */
  private relativeGap(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const rel = c.subject && !c.inverted ? tokens[c.subject.first - 1] : undefined;
    // (or no relative pronoun, a group right after the noun: "a system officials say is near its breaking point")
    const contact =
      c.subject?.kind === 'desc' &&
      c.verbFirst === c.subject.last + 1 &&
      contactNounBefore(this.doc, c.subject.first, this.doc.sents.starts[c.sent]!);
    if (!rel?.word || !(/^(which|that|what)$/.test(rel.lower) || contact) || c.continuing) return null;
    // "said Thursday was …": past a time after the verb
    const from = this.pastTime(c.verbLast + 1, se);
    const v = tokens[from];
    // (or a verb whose past is its base, or a present, after "which": "which the director said cost $1,200 each", "which
    // officials say remain closed"; a word no clause's subject opens with)
    const bare =
      rel?.lower === 'which' &&
      /^(cost|costs|put|puts|set|sets|hit|hits|cut|cuts|let|lets|hurt|hurts|spread|spreads|remain|remains|need|needs|pose|poses)$/.test(
        v?.lower ?? '',
      );
    if (
      !v?.word ||
      v.cap !== 0 ||
      quoted[from] ||
      !(
        AUXILIARIES.has(v.lower) ||
        pastTense(v.lower) ||
        bare ||
        // (or any present in -s after a group or a person right after the noun: "a target the minister acknowledged
        // depends on growth", "a route residents say needs a crossing")
        (contact && presentInS(v.lower))
      )
    )
      return null;
    let to = from;
    // (the comma inside a number goes on: "will save $400,000 a year")
    while (
      to + 1 <= se &&
      (!/^[,;:()—–]$/.test(tokens[to + 1]!.raw) || numberComma(this.doc, to + 1)) &&
      !(tokens[to + 1]!.raw === '-' && tokens[to + 1]!.start > tokens[to]!.end)
    )
      to++;
    to = this.cutByOthers(c, from, to);
    while (to > from && !tokens[to]!.word) to--;
    if (to <= from || this.holdsQuote(from, to, se)) return null;
    return [tokens[from]!.start, this.clauseEnd(to, se)];
  }

  /**
   * "The meeting was first reported by Politico", "Her views were echoed by aides": what the agent reported, the
   * passive's subject, from the sentence's start (or the comma before it) up to its "be" (not a relative pronoun:
   * "…, which was first reported by …").
   */
  private passiveSubject(c: Construction, ss: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    let be = c.verbFirst - 1;
    if (!/^(is|are|was|were|been|being)$/.test(tokens[be]?.lower ?? '')) be--;
    if (/^(been|being)$/.test(tokens[be]?.lower ?? '') && /^(has|have|had|is|are|was|were)$/.test(tokens[be - 1]?.lower ?? '')) be--;
    // nothing before the verb in its sentence: no subject to report ("was first reported by …" opening the text)
    if (be - 1 < ss) return null;
    // (past a phrase between commas after the subject, to the subject itself: "The posts, written by Kyle Brandt in
    // 2015, were first reported by the Harbour Times" reported "The posts")
    let stop = be;
    if (tokens[be - 1]!.raw === ',') {
      let p = be - 2;
      while (p > ss && tokens[p]!.raw !== ',' && !quoted[p]) p--;
      if (p > ss && tokens[p]!.raw === ',') stop = p;
    }
    let from = stop - 1;
    while (
      from > ss &&
      (tokens[from - 1]!.word || tokens[from - 1]!.key === "'s" || joiningHyphenAt(tokens, from - 1)) &&
      !quoted[from - 1]
    )
      from--;
    while (from < stop && !tokens[from]!.word) from++;
    if (from >= stop || /^(which|that|who|it|this|he|she|they)$/.test(tokens[from]!.lower) || CLAUSE_BAD_START.has(tokens[from]!.lower))
      return null;
    // a passive inside a clause of another verb reports nothing of its own: "the researchers noted several limitations,
    // including that shift histories were reported by the nurses themselves" (the words back to the comma are no subject)
    for (let k = from + 1; k < stop; k++) if (/^(that|whether)$/.test(tokens[k]!.lower)) return null;
    // a passive in a clause of time or cause after the main one reports that clause's subject, not the main clause:
    // "Shares of Coastline fell 6 percent after news of the meeting was first reported by Bloomberg" ("news of the meeting")
    // (after a main clause's own finite verb, not a participle after its noun: "A memo written while Lund was minister was
    // first reported by …" is the memo; nor "before", "since" or "until", mostly prepositions: "Emails sent since the
    // election were first reported by …"; nor a word's hyphenated part: "The once-secret memo")
    for (let k = stop - 1; k > from; k--) {
      const w = tokens[k]!;
      if (!w.word || w.cap !== 0 || quoted[k] || !/^(after|when|once|because|while)$/.test(w.lower)) continue;
      if (joiningHyphenAt(tokens, k + 1) || joiningHyphenAt(tokens, k - 1)) continue;
      let main = false;
      for (let m = from; m < k && !main; m++) {
        const p = tokens[m - 1];
        main = finiteWord(tokens[m]!) && !(m > from && p!.word && p!.cap === 0 && !AUXILIARIES.has(p!.lower));
      }
      if (main) from = k + 1;
      break;
    }
    if (from >= stop) return null;
    const start = tokens[from]!.start;
    const end = tokens[stop - 1]!.end;
    // (what is announced in two words is an act or a decision made known, no claim: "The cuts were announced by AT&T",
    // "The winner was announced by the mayor"; a fact confirmed or reported stays, "Her death was confirmed by …")
    return wordsAtLeast(this.doc.text, c.verb === 'announced' ? 3 : 2, start, end) ? [start, end] : null;
  }

  /** The question of "Asked by Matt Lauer whether she had practiced her speech, …": from its question word to the comma. */
  private askedQuestion(c: Construction, se: number): [number, number] | null {
    return this.questionFrom(c.last + 1, se);
  }

  /**
   * A question put by someone the text does not name: "Asked whether she would resign, Lund said …", "When asked why
   * the ferry was late, …", "Lund was asked what the levy would pay for." — "asked" at token i, with no agent after it,
   * opening its sentence or after "when", "if", "after", "once", a form of "be" or a comma, then a question word and a
   * finite verb; the question as [start, end) offsets, or null. Who asked is unknown (the reporter, mostly): the
   * question is no words of the one asked.
   */
  unaskedQuestion(i: number): [number, number] | null {
    const { tokens, sents } = this.doc;
    const t = tokens[i]!;
    if (t.lower !== 'asked' || this.doc.headings.has(t.para)) return null;
    const sent = sents.sent[i]!;
    const ss = sents.starts[sent]!;
    const se = (sents.starts[sent + 1] ?? tokens.length) - 1;
    // (past an adverb after a form of "be": "was then asked", "when he was first asked")
    const adverb =
      /^(then|later|first|also|again|repeatedly)$/.test(tokens[i - 1]?.lower ?? '') &&
      /^(was|were|being|been)$/.test(tokens[i - 2]?.lower ?? '');
    const before = adverb ? tokens[i - 2] : tokens[i - 1];
    if (i !== ss && !(before?.word && /^(when|if|after|once|was|were|being|been)$/.test(before.lower)) && before?.raw !== ',') return null;
    const q = tokens[i + 1];
    // (not the matter asked about: "Okafor was asked about the levy." reports no words, whoever asked; an "about" is no
    // question word, below)
    if (!q?.word || this.doc.quoted[i + 1] || !/^(whether|if|why|how|what|when|where|who|whom|which)$/.test(q.lower)) return null;
    for (let j = i + 2; j <= Math.min(se, i + 12); j++) {
      const x = tokens[j]!;
      if (this.doc.quoted[j] || (!x.word && x.key !== "'s")) return null;
      if (finiteWord(x)) return this.questionFrom(i + 1, se);
    }
    return null;
  }

  /** Has the last clause from `from` to `to` that "that", "whether" or "if" opens a finite verb (not one of a relative clause between commas inside it)? */
  private verbAfterLastSubordinator(from: number, to: number): boolean {
    const { tokens } = this.doc;
    let k = to;
    // (a "that" with one word after it is a determiner: "whether he would accept that offer, Ramsaran laughed")
    while (k > from && !(/^(that|whether|if)$/.test(tokens[k]!.lower) && (tokens[k]!.lower !== 'that' || to - k >= 2))) k--;
    for (let j = k + 1; j <= to; j++) {
      const x = tokens[j]!;
      if (x.raw === ',' && /^(who|which|whose)$/.test(tokens[j + 1]?.lower ?? '')) {
        j++;
        while (j < to && tokens[j + 1]!.raw !== ',') j++;
        continue;
      }
      if (finiteWord(x)) return true;
    }
    return false;
  }

  /**
   * Does the main clause of the one asked open after the comma at `comma` that ends a question whose verb went unseen
   * (a short verb or one in quotation marks: "Asked by Hale if the mayor “gets” the budget, Ruiz said she did not know"):
   * a subject and its verb, the answer, which is no more of the question?
   */
  private answerAfterQuestion(comma: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (quoted[comma]) return false;
    if (this.mainClauseAt(comma + 1, se)) return true;
    // (or a frame's subject, its verb after it: "…, Ruiz said she did not know", "…, budget director Ana Ruiz said …")
    return (this.bySentence.get(this.doc.sents.sent[comma]!) ?? []).some((o) => {
      if (o.inverted || !o.subject || o.subject.first <= comma || o.subject.first > comma + 4 || o.verbFirst <= o.subject.last)
        return false;
      for (let x = comma + 1; x < o.subject.first; x++) if (!tokens[x]!.word || quoted[x]) return false;
      return true;
    });
  }

  /** The question from token `from` to the comma or the stop that ends it, as [start, end) offsets (four words at least), or null. */
  private questionFrom(from: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    let to = from;
    // to its comma, past the commas of an apposition or a relative clause while its last subordinate clause has no
    // verb yet: "whether she was worried that Maria Vance, the likely nominee, who has called …, could win in May, …"
    for (let commas = 0; commas < 4; commas++) {
      while (to + 1 <= se && tokens[to + 1]!.raw !== ',' && !/^[;:.!?]$/.test(tokens[to + 1]!.raw)) to++;
      if (tokens[to + 1]?.raw !== ',' || this.verbAfterLastSubordinator(from, to) || this.answerAfterQuestion(to + 1, se)) break;
      to += 2;
    }
    while (to > from && !tokens[to]!.word && !quoted[to]) to--;
    if (to <= from || this.holdsQuote(from, to, se)) return null;
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    return wordsAtLeast(this.doc.text, 4, start, end) ? [start, end] : null;
  }

  /**
   * A passive "as" frame: "As reported by the Harbour Times, investigators found …" (what follows its comma) or
   * "…, as first reported by the Harbour Times on Tuesday." (what comes before it); null for any other passive.
   */
  private asReported(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    let k = c.verbFirst - 1;
    if (/^(first|later|also|earlier|initially|originally|previously)$|ly$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower !== 'as') return null;
    let first = ss;
    while (first < k && !tokens[first]!.word) first++;
    let from: number;
    let to: number;
    if (first === k) {
      // the frame opens the sentence: the report follows the comma that closes it
      let comma = c.last + 1;
      while (comma <= se && comma - c.last <= 6 && tokens[comma]!.raw !== ',' && !quoted[comma]) comma++;
      if (comma > se || tokens[comma]!.raw !== ',') return null;
      from = comma + 1;
      to = this.cutByOthers(c, from, se);
    } else {
      // the frame closes the sentence: nothing but a time may follow its source
      if (tokens[k - 1]?.raw !== ',') return null;
      for (let j = c.last + 1; j <= se; j++) if (tokens[j]!.raw === ',' || quoted[j]) return null;
      from = first;
      to = k - 2;
    }
    while (to > from && !tokens[to]!.word) to--;
    if (to <= from || this.holdsQuote(from, to, se)) return null;
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    return wordsAtLeast(this.doc.text, 4, start, end) ? [start, end] : null;
  }

  /** "No one was injured, according to Fire Chief Robert Dunn." / "According to Park, 30,000 voters were affected." */
  private accordingClause(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens } = this.doc;
    let from: number;
    let to: number;
    // "According to …, …", "But according to …, …"
    // (or after a colon: "… hasn't gone unnoticed: According to recent polls, …")
    // (or after a conjunction and its comma: "But, according to the poll, 46 percent …")
    const opening =
      c.first === ss ||
      tokens[c.first - 1]?.raw === ':' ||
      (c.first === ss + 1 && (!tokens[ss]!.word || /^(but|and|yet|so)$/.test(tokens[ss]!.lower))) ||
      (c.first === ss + 2 && tokens[ss + 1]!.raw === ',' && /^(but|and|yet|so)$/.test(tokens[ss]!.lower));
    if (opening) {
      se = this.beforeClosingFrame(c, se);
      // the source may run on past the speaker's head noun: "According to a statement from the ministry, …", "According
      // to early results of exit polls conducted for the network by a survey firm, …"
      let comma = c.last + 1;
      while (
        comma <= Math.min(se, c.last + 20) &&
        (tokens[comma]!.word ||
          (tokens[comma]!.raw === '.' && tokens[comma - 1]!.end === tokens[comma]!.start) ||
          // "a Reuters/Ipsos poll", "July's Post-ABC polling", "Smith & Co."
          /^[/&-]$/.test(tokens[comma]!.raw) ||
          tokens[comma]!.key === "'s") &&
        !this.doc.quoted[comma]
      )
        comma++;
      if (tokens[comma]?.raw !== ',') return null;
      from = comma + 1;
      to = se;
      // past an apposition to the source: "According to Monica Hudon, a spokesperson for the unit, investigators have …"
      // (or a relative clause on it: "According to the Innocence Project, which represented him, at least 14 people …")
      if (/^(a|an|the|which|who)$/.test(tokens[from]?.lower ?? '')) {
        for (let p = from + 1; p <= Math.min(se, from + 12) && !this.doc.quoted[p]; p++) {
          // (the comma inside a number is none: "the average worker at the port earned $148,000 last year")
          if (tokens[p]!.raw !== ',' || numberComma(this.doc, p)) continue;
          // (after a relative clause, any clause with a finite verb: "…, which reviewed 40 of the cases, most of them involved …")
          // (or a relative clause whose own verb follows its pronoun, which the comma closes: "According to Doctors Without
          // Borders, which runs a clinic near the camp, more than 80,000 people live there")
          const relative =
            /^(which|who)$/.test(tokens[from]!.lower) &&
            (tokens.slice(p + 1, se + 1).some((x) => finiteWord(x)) ||
              (se - p >= 4 && (finiteWord(tokens[from + 1]!) || shortPresentInS(tokens[from + 1]!.raw))));
          // (a speaker's noun heads an apposition only when a clause follows it, not a phrase: "According to the council,
          // the average worker at the port earned $148,000 last year, including overtime")
          // (or any noun after "a" with a relative clause on it, in apposition to a name: "According to Retraction Watch, a
          // website that tracks withdrawn papers, more than 10,000 …")
          const apposed =
            (this.speakerNounHeads(from + 1, p) ||
              (/^an?$/.test(tokens[from]!.lower) &&
                tokens[from - 2]!.cap > 0 &&
                relativeOnNoun(tokens, from + 1, p) &&
                this.clauseOpensAt(p + 1, se))) &&
            tokens.slice(p + 1, se + 1).some((x) => finiteWord(x));
          // (but a noun phrase with a name in commas after it, then the verb, is the clause's subject: "According to two
          // people familiar with the production, the film's lead actor, Jonah Whitcombe, had raised concerns …")
          if (!relative && this.nameThenVerb(p + 1, se)) break;
          if (this.subjectThenVerb(p + 1, se, false) || apposed || relative) from = p + 1;
          break;
        }
      }
      // (or a role with no article after a name: "According to Odile Marchand, director of the authority, the gates will …")
      else if (
        tokens[from - 2]?.word &&
        tokens[from - 2]!.cap > 0 &&
        tokens[from]?.word &&
        tokens[from]!.cap === 0 &&
        !DETERMINERS.has(tokens[from]!.lower) &&
        !PRONOUNS.has(tokens[from]!.lower)
      ) {
        for (let p = from + 1; p <= Math.min(se, from + 10) && !this.doc.quoted[p]; p++) {
          if (tokens[p]!.raw !== ',') continue;
          if (this.speakerNounHeads(from, p) && this.subjectThenVerb(p + 1, se, false)) from = p + 1;
          break;
        }
      }
      // past a name in apposition to the source's noun: "According to an assessment filed by the utility, Northern Power
      // Corp., the reservoir would …" (capitalised words, a company's abbreviation with its point, then a comma and a clause)
      else if (from - 2 >= c.last && this.nameApposedTo(from - 2, from, se)) {
        let p = from;
        while (p <= Math.min(se, from + 6) && (tokens[p]!.word || tokens[p]!.raw === '.') && (tokens[p]!.cap > 0 || tokens[p]!.raw === '.'))
          p++;
        from = p + 1;
      }
      // a frame of its own with a subject that opens the clause owns the words, not the record they are known through:
      // "According to a transcript, a former sector chief, Dwayne Ritter, told investigators that …" is Ritter's
      if (this.innerFrameOpens(c, from, se)) return null;
    } else {
      return this.thatAccordingClause(c, ss) ?? this.trailingClause(c, ss, se);
    }
    while (to > from && !tokens[to]!.word) to--;
    if (to <= from) return null;
    if (this.holdsQuote(from, to, se)) return null;
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    // (a clause however short, two or three words with a subject and a verb, its first word in either case: "According to
    // French and German diplomats, the talks failed.", "…, she objected."; not "…, not surprised.", "…, quite relieved.")
    return wordsAtLeast(this.doc.text, 4, start, end) || this.shortClause(from, to, true) ? [start, end] : null;
  }

  /**
   * The sentence before a sentence that is only "That's according to …" ("That is", "This was"): its words are what the
   * source reports ("The campaign raised $2 million in March. That's according to filings with the clerk."), when that
   * sentence is no heading, has no frame of its own and no quoted words ("Salo said the vote went well. That's according
   * to her staff." and "“We won,” Berg said. That's according to him." stay the speaker's); null otherwise.
   */
  private thatAccordingClause(c: Construction, ss: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const that = tokens[ss];
    const be = tokens[ss + 1];
    if (c.sent === 0 || c.first !== ss + 2 || !that?.word || !/^(that|this)$/.test(that.lower) || !be) return null;
    if (!(be.key === "'s" || (be.word && /^(is|was)$/.test(be.lower)))) return null;
    // (no other frame in its sentence: "That's according to the clerk, who said the figures were late" reports the clerk)
    if ((this.bySentence.get(c.sent) ?? []).length > 1) return null;
    const prev = c.sent - 1;
    const ps = this.doc.sents.starts[prev]!;
    if (this.doc.headings.has(tokens[ps]!.para) || (this.bySentence.get(prev) ?? []).length > 0) return null;
    for (let k = ps; k < ss; k++) if (quoted[k] || QUOTE_MARK.test(tokens[k]!.raw)) return null;
    let to = ss - 1;
    while (to > ps && !tokens[to]!.word) to--;
    if (!tokens[ps]!.word || !this.reportableBeforeThat(c, ps, to, ss)) return null;
    return [tokens[ps]!.start, tokens[to]!.end];
  }

  /**
   * May the sentence [ps, to] before "That's according to …" (at ss) be what the source reports: a statement, not a
   * question ("Did the county undercount the damage? That's according to residents."), of at least four words (not
   * tokens: "Rents, again, rose."), and a source that is not the writer's own ("That's according to my count", "…our
   * tally": the writer's claim, no one's report)?
   */
  private reportableBeforeThat(c: Construction, ps: number, to: number, ss: number): boolean {
    const { tokens } = this.doc;
    for (let k = to + 1; k < ss; k++) if (tokens[k]!.raw.includes('?')) return false;
    if (!wordsAtLeast(this.doc.text, 4, tokens[ps]!.start, tokens[to]!.end)) return false;
    const source = c.subject ? tokens[c.subject.first] : tokens[c.verbLast + 1];
    return !source || !FIRST_PERSON.test(source.lower);
  }

  /**
   * Where the words of an opening "according to" c end: before the comma of the frame that closes its sentence and that c
   * was dropped for, when that frame's "he" or "she" stands for no one ("According to the charity, 2,000 families are
   * homeless, she added": see Construction.cited); else the sentence's last token `se`.
   */
  private beforeClosingFrame(c: Construction, se: number): number {
    const d = (this.bySentence.get(c.sent) ?? []).find((o) => o.cited === c);
    if (!d) return se;
    const first = Math.min(d.first, d.subject?.first ?? d.first);
    return this.doc.tokens[first - 1]?.raw === ',' ? first - 2 : se;
  }

  /**
   * Is the run of capitalised words at `from` a name closed by a comma and followed by a finite verb ("Jonah Whitcombe,
   * had raised …"), an apposition that ends the subject before it?
   */
  private nameThenVerb(from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    let p = from;
    // (a hyphenated surname or an initial's point is one name: "Okwuosa-Lindgren", "Jonah R. Whitcombe")
    while (
      p <= Math.min(se, from + 7) &&
      !quoted[p] &&
      (tokens[p]!.word ? tokens[p]!.cap === 1 : tokens[p]!.raw === '.' || joiningHyphenAt(tokens, p))
    )
      p++;
    return p > from && tokens[p]?.raw === ',' && !!tokens[p + 1] && finiteWord(tokens[p + 1]!);
  }

  /**
   * Is the run of capitalised words at `from` a name set in apposition to the lower-case noun of an organisation or a
   * speaker at `noun` ("the utility, Northern Power Corp.,"), closed by a comma after which a clause opens?
   */
  private nameApposedTo(noun: number, from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const n = tokens[noun]!;
    if (
      !n.word ||
      n.cap !== 0 ||
      !(ORG_HEADS.has(n.lower) || SPEAKER_NOUNS.has(n.lower) || /^(utility|firm|owner|operator)$/.test(n.lower))
    )
      return false;
    let p = from;
    while (p <= Math.min(se, from + 6) && !quoted[p] && (tokens[p]!.word ? tokens[p]!.cap > 0 : tokens[p]!.raw === '.')) p++;
    if (p === from || tokens[p]?.raw !== ',') return false;
    // (not the first of a list of names that is the clause's subject: "according to figures released by the department,
    // Bell, Rogers and Telus together secured …")
    if (nameListAfter(this.doc, p + 1)) return false;
    return this.subjectThenVerb(p + 1, se, false);
  }

  /**
   * Whether a clause opens at token `k`: not "and", "or", a relative pronoun nor another apposition ("a", "an"), and a
   * finite verb reached before any further comma (a number's excepted): "more than 10,000 papers were retracted", not
   * "an MQ-9 Reaper, was shot down", "which was delayed, will ship", "and its crew of 20, were rescued".
   */
  private clauseOpensAt(k: number, se: number): boolean {
    const { tokens } = this.doc;
    if (/^(and|or|but|nor|which|who|whom|whose|that|a|an)$/.test(tokens[k]?.lower ?? '')) return false;
    for (let x = k; x <= se; x++) {
      if (finiteWord(tokens[x]!)) return true;
      if (tokens[x]!.raw === ',' && !numberComma(this.doc, x)) return false;
    }
    return false;
  }

  /**
   * Does the phrase from token `a` to before `e` (after its article) have a speaker's or an organisation's noun for its
   * head, before any relative pronoun or preposition: "a firm that tracks the condo market", "the city's housing
   * agency", "a spokeswoman for the board" (not "a record number of homes sold last month")?
   */
  private speakerNounHeads(a: number, e: number): boolean {
    const { tokens } = this.doc;
    // (a compound's hyphen and a possessive count as no word: "the region's largest food-bank network")
    for (let k = a, words = 0; k < e && words < 5; k++) {
      const t = tokens[k]!;
      if (t.key === "'s" && !this.doc.quoted[k]) continue;
      if (joiningHyphenAt(tokens, k) && tokens[k + 1]?.word) continue;
      words++;
      if (!t.word || this.doc.quoted[k]) return false;
      // (a finite verb before the noun makes a clause, not a phrase the noun heads: "the confrontation began after the
      // victim, …" is no apposition; but a compound's participle is: "a Saudi-led coalition")
      if (clauseVerbAt(tokens, k)) return false;
      if (SPEAKER_NOUNS.has(t.lower) || ORG_HEADS.has(t.lower)) {
        const next = tokens[k + 1]!;
        // (a noun that modifies a later head: "food-bank network", "union leader")
        if (k + 1 < e && next.word && !this.doc.quoted[k + 1] && (SPEAKER_NOUNS.has(next.lower) || ORG_HEADS.has(next.lower))) continue;
        return k + 1 === e || (next.word && /^(that|which|who|for|at|of|with|in|from|based)$/.test(next.lower));
      }
      if (/^(that|which|who|of|for|at|with|in)$/.test(t.lower)) return false;
    }
    return false;
  }

  /**
   * Is an "according to" set off by commas right after another frame's verb, the source that frame's speaker reports
   * through: "The Herald reported, according to two councillors, that …", "reported that, according to an analysis,
   * …", "said on Monday, according to the minutes, that …"? The words are the reporter's, not the source's.
   */
  private reportsThrough(c: Construction): boolean {
    const { tokens } = this.doc;
    if (tokens[c.first - 1]?.raw !== ',') return false;
    // (set off on both sides: "…, according to the minutes, that …", not "… in four states, according to ad data.")
    let k = c.last + 1;
    while (k <= c.last + 12 && (tokens[k]?.word || tokens[k]?.key === "'s")) k++;
    if (tokens[k]?.raw !== ',') return false;
    return (this.bySentence.get(c.sent) ?? []).some(
      (o) =>
        o !== c &&
        o.verb !== 'according' &&
        !o.continuing &&
        !o.inverted &&
        !o.passive &&
        o.verbLast < c.first &&
        c.first - o.verbLast <= 5 &&
        REPORTING_VERBS.has(o.verb) &&
        // (only "that" or a time between: "reported on Monday, according to …", not "said little, according to …")
        tokens.slice(o.verbLast + 1, c.first - 1).every((t) => t.lower === 'that' || TIME_WORDS.has(t.lower) || TIME_PREPS.has(t.lower)),
    );
  }

  /**
   * Before a participle at `v` ("…, describing X as Y"), does the sentence name someone else who may do it: a "from" or
   * "by" phrase ("heard from a witness", "a letter from residents", "attacked by opposition leaders") or a passive verb
   * ("was attacked", "were praised")?
   */
  private otherMayDescribe(v: number): boolean {
    const { tokens } = this.doc;
    for (let m = sentStart(this.doc, v); m < v; m++) {
      const x = tokens[m]!;
      if (!x.word) continue;
      // (past a verb of saying, the rest is its clause: "said the trawler had been overloaded, describing …")
      if (/^(said|says|say|told|tells|added|adds)$/.test(x.lower) && !this.doc.quoted[m]) return false;
      if (/^(from|by)$/.test(x.lower)) return true;
      if (/^(is|are|was|were|be|been|being)$/.test(x.lower)) {
        const y = tokens[m + 1]?.word && /ly$/.test(tokens[m + 1]!.lower) ? tokens[m + 2] : tokens[m + 1];
        if (y?.word && y.cap === 0 && /(ed|en)$/.test(y.lower)) return true;
      }
    }
    return false;
  }

  /**
   * Does a construction of the sentence, not inverted, have its subject open the clause at `from` (or after an
   * apposition before it: "a former chief, Dwayne Ritter, told …"), a name (not a description: "According to a survey,
   * 51 percent of respondents said …" stays the survey's, as PolNeAR has it), and its verb within a
   * few words, followed by its clause ("that" or a subject and its verb, past an object of "told")?
   */
  private innerFrameOpens(c: Construction, from: number, se: number): boolean {
    const { tokens } = this.doc;
    return (this.bySentence.get(c.sent) ?? []).some((o) => {
      const s = o.subject;
      if (o === c || o.inverted || o.continuing || !s || s.kind !== 'key' || s.first < from) return false;
      if (o.verbFirst > se || o.verbFirst - from > 16 || s.last >= o.verbFirst) return false;
      // (the subject at the clause's start, or a name after an apposition that opens it)
      if (s.first > from) {
        if (tokens[s.first - 1]?.raw !== ',' || !/^(a|an|the)$/.test(tokens[from]!.lower)) return false;
        for (let k = from; k < s.first - 1; k++) if (!tokens[k]!.word && tokens[k]!.raw !== '.' && tokens[k]!.raw !== '-') return false;
      }
      const after = /^(told|tells|tell)$/.test(o.verb) ? this.skipObject(o.verbLast + 1, se) : o.verbLast + 1;
      return tokens[after]?.lower === 'that' || this.subjectThenVerb(after, se, true);
    });
  }

  /** "…, saying Russia had launched more than 100 drones overnight." */
  private participleClause(c: Construction): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    if (NAMING.test(c.verb)) {
      const named = this.namedClause(c, se);
      if (named) return named;
    }
    if (URGING.test(c.verb)) return this.urgedClause(c, se);
    // "describing the two men as “very much alike”" keeps its fragment: the participle's clause is no report of its own
    if (c.verb === 'accusing') return this.accusedClause(c, se);
    // (with no quotation, what the speaker describes and as what is the report: "…, describing the crew as highly
    // skilled", as after "described")
    // (a question stays one, below: "…, describing how the crew worked through the night")
    // (not when someone else may be the one describing: a passive verb or a "from"/"by" before the comma, "The court heard
    // from a witness, describing the driver as drunk", "The minister was attacked by opposition leaders, describing …")
    const described =
      c.verb === 'describing' && !quoted.slice(c.verbLast + 1, se + 1).some(Boolean) && !this.otherMayDescribe(c.verbFirst)
        ? this.accusedClause(c, se)
        : null;
    if (described) return described;
    if (c.verb === 'citing') return this.citedObject(c, se);
    const warned = WARNING.test(c.verb) ? this.urgedClause(c, se) : null;
    if (warned) return warned;
    if (VOWING.test(c.verb) && this.infinitiveAt(c.verbLast + 1)) return this.clauseTo(c, c.verbLast + 1, se);
    const question = this.questionClause(c, se);
    if (question) return question;
    if (c.verb === 'telling') {
      // "…, telling a radio host that the bill had failed": the clause after the object's "that"
      for (let j = c.verbLast + 1; j <= Math.min(se - 3, c.verbLast + 8); j++) {
        if (quoted[j] || !tokens[j]!.word) break;
        if (tokens[j]!.lower === 'that') return j > c.verbLast + 1 ? this.clauseTo(c, j + 1, se) : null;
      }
      // "…, telling USA Today he had nothing to do with it": the object, then a clause with no "that"
      const k = this.skipObject(c.verbLast + 1, se);
      if (k > c.verbLast + 1 && this.infinitiveAt(k)) return this.clauseTo(c, k, se);
      if (k > c.verbLast + 1 && this.subjectThenVerb(k, se, true)) return this.clauseTo(c, k, se);
      // (or past a phrase of place or time after the one told: "…, telling reporters in Sydney the government had …")
      const phrased = k > c.verbLast + 1 ? this.clauseAfterPhrase(k, se) : -1;
      return phrased >= 0 ? this.clauseTo(c, phrased, se) : null;
    }
    if (!CLAUSE_PARTICIPLES.has(c.verb) && !(THAT_PARTICIPLES.has(c.verb) && this.thatFollows(c.verbLast + 1, se))) return null;
    // (a reply's "to" governs what it answers, whose own "that" is no clause of the reply: "…, responding to the news
    // that the ministry had classified the emails")
    if (/^(replying|responding)$/.test(c.verb) && tokens[c.verbLast + 1]?.lower === 'to') return null;
    // "Noting that both ferries were late, Lund …": the clause ends at the comma before the subject (also with no "that":
    // "Claiming the crossing is unsafe, Lund told …")
    // (or after a preposition that opens the sentence: "After suggesting on Monday that he regretted it, Berg …")
    const preposed = tokens[c.verbFirst]!.cap === 0 ? preposedParticipleThat(this.doc, c.verbFirst) : -1;
    const opening =
      preposed >= 0 || (tokens[c.verbFirst]!.cap === 1 && (tokens[c.verbFirst + 1]?.lower === 'that' || this.bareOpening(c, se)));
    if (opening) {
      const from = preposed >= 0 ? preposed + 1 : tokens[c.verbFirst + 1]?.lower === 'that' ? c.verbFirst + 2 : c.verbFirst + 1;
      let comma = from;
      while (comma < se && tokens[comma]!.raw !== ',') comma++;
      let to = comma - 1;
      while (to > from && !tokens[to]!.word) to--;
      if (comma >= se || this.holdsQuote(from, to, se)) return null;
      const start = tokens[from]!.start;
      const end = this.clauseEnd(to, se);
      return wordsAtLeast(this.doc.text, 4, start, end) ? [start, end] : null;
    }
    let from = c.verbLast + 1;
    // "saying, if elected, she would …", "saying, apparently for the first time, that he would …": past a phrase between commas
    const past = tokens[from]?.raw === ',' ? this.pastCommaPhrase(from, se) : -1;
    if (past > from && (tokens[past]!.lower === 'that' || this.subjectThenVerb(past, se, false))) from = past;
    let that = tokens[from]?.lower === 'that';
    if (that) from++;
    else if (/^(in|at|on|during|to|with|without|after|before|from|via|through|last|this|earlier|later)$/.test(tokens[from]?.lower ?? '')) {
      // a phrase between the participle and its clause: "saying in a statement that …", "insisting to Priebus that …",
      // "announcing on Wednesday he would …"
      // ("claiming without any evidence that …"; not "insisting without naming her that …", a clause of its own)
      const without = tokens[from]!.lower === 'without';
      // (past the commas of a place and its abbreviated province or state, when "that" follows: "saying during a rally
      // in Marlow, Ont., that …")
      let crossed = false;
      for (let j = from + 1; j <= Math.min(se - 3, from + 10) && !quoted[j]; j++) {
        const t = tokens[j]!;
        const dot = t.raw === '.' && !!tokens[j - 1]?.word && tokens[j - 1]!.end === t.start && tokens[j + 1]?.raw === ',';
        if (!t.word && !((t.raw === ',' && tokens[j - 1]!.cap > 0) || dot || (t.raw === ',' && tokens[j - 1]!.raw === '.'))) break;
        if (!t.word) {
          crossed = true;
          continue;
        }
        if (without && /[a-z]ing$/.test(tokens[j]!.lower)) break;
        if (tokens[j]!.lower === 'that' && this.thatOfTime(j)) {
          j++;
          continue;
        }
        if (tokens[j]!.lower === 'that') {
          that = true;
          from = j + 1;
          break;
        }
        // (not the object of the phrase before its "that": "saying in a letter to the council that …")
        if (j > from + 1 && !crossed && !this.thatAfterObject(j, se) && this.subjectThenVerb(j, se, true)) {
          from = j;
          break;
        }
      }
    }
    const f = tokens[from];
    // after "that" a quoted fragment may open the clause: "saying that “race still matters” in the city" (holdsQuote decides)
    if (that && f !== undefined && from <= se && this.fragmentOpens(from)) return this.clauseTo(c, from, se);
    // (an approximate number or, after "that", a subordinate clause opens it as after a finite verb: "saying that about
    // 5,500 troops would stay", "noting that if the talks fail, fares will rise"; or a phrase of time or place with no
    // comma, then its subject and verb: "arguing that by next year she can win the seat")
    if (
      !f ||
      !f.word ||
      from > se ||
      quoted[from] ||
      (CLAUSE_BAD_START.has(f.lower) &&
        !this.approximateNumber(from) &&
        !(that && (this.subordinateFirst(from, se) || this.phraseThenClause(from, se))))
    )
      return null;
    // "spoke briefly, emphasizing the cost of repairs": without "that", only saying/adding report a clause that is
    // not one ("saying Russia had launched …"); the others need a subject and a verb, else it is their object
    // after "by", "while" or a dash, "saying" too: "while saying goodbye", "while adding two seats"
    const plain = /^(saying|adding)$/.test(c.verb) && !MANNER_OF_SAYING(tokens[c.verbFirst - 1]!);
    // "responded by saying his refusal to use the words “…” was a “manufactured” issue": a long subject, quoted words in
    // it too, then a finite verb, reports a clause after "by saying" too
    const said = c.verb === 'saying' && this.longSubjectThenVerb(from, se);
    if (!that && !plain && !said && !this.subjectThenVerb(from, se, false)) return null;
    // (after its "that", a clause of three words is whole when it closes the sentence: "saying that residents deserved
    // better."; not what another frame cut short: "pointing out that the paper's Tessa Reed had reported …"; so is one
    // with no "that" whose subject a finite verb follows: "backed the deal, saying it protected pensions.")
    const short = that || this.subjectThenVerb(from, se, true);
    const r = this.clauseTo(c, from, se, short ? 3 : 4);
    if (!r || !short || wordsAtLeast(this.doc.text, 4, r[0], r[1])) return r;
    return r[1] >= tokens[this.lastWord(se)]!.end || this.coordinatedParticipleAfter(r[1], se) ? r : null;
  }

  /**
   * Does a second participle of saying, "and" joining it, follow the clause that ends at offset `end`: "…, saying he was
   * unwell and insisting that he would return" (the short clause is whole, as one that closes the sentence)?
   */
  private coordinatedParticipleAfter(end: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = this.lastWord(se);
    while (k > 0 && tokens[k]!.start >= end) k--;
    const and = tokens[k + 1];
    return and?.lower === 'and' && !quoted[k + 1] && k + 2 <= se && CONTINUING_VERBS.has(tokens[k + 2]!.lower) && !quoted[k + 2];
  }

  /**
   * Is the noun phrase at p the object of a preposition, its "that" right after it: "to the council that …" (a short
   * phrase of words, no verb, no quoted word, then a "that" of no time and no relative, whose subject follows)?
   */
  private thatAfterObject(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let k = p + 1; k <= Math.min(se - 2, p + 3); k++) {
      const x = tokens[k]!;
      if (!x.word || quoted[k]) return false;
      // (a relative "that" is followed by its verb: "the company that built it was …")
      if (x.lower === 'that') return !this.thatOfTime(k) && !!tokens[k + 1]?.word && !finiteWord(tokens[k + 1]!);
      if (finiteWord(x)) return false;
    }
    return false;
  }

  /** A participle that opens the sentence with a clause of no "that" up to its comma: "Claiming the crossing is unsafe, Lund …". */
  private bareOpening(c: Construction, se: number): boolean {
    const { tokens } = this.doc;
    if (c.verbFirst !== c.first) return false;
    const from = c.verbFirst + 1;
    let comma = from;
    while (comma < se && tokens[comma]!.raw !== ',') comma++;
    return comma < se && (this.subjectThenVerb(from, comma, false) || this.longSubjectThenVerb(from, comma));
  }

  /** Does c open inside the clause another frame of its sentence, opened before it, reports? */
  private insideOtherClause(c: Construction): boolean {
    const at = this.doc.tokens[c.first]!.start;
    const inside = (o: Construction): boolean => {
      if (o === c || o.first >= c.first) return false;
      const span = this.clause(o);
      return span !== null && span[0] <= at && span[1] > at;
    };
    return (this.bySentence.get(c.sent) ?? []).some(inside);
  }

  /**
   * "urged the council to approve the budget", "called on the mayor to resign", "asked voters to stay home": what
   * the speaker urges, the object with its to-clause (an object of at most six words, then "to" and a verb).
   */
  /** Can the subject of c make a request: a name, a he, she or they, or a description of a person or a body? */
  private canRequest(c: Construction): boolean {
    const s = c.subject;
    if (!s) return false;
    if (s.kind === 'key') return true;
    if (s.kind === 'pronoun') return s.pronoun === 'male' || s.pronoun === 'female' || s.pronoun === 'plural';
    const head = s.desc?.head.toLowerCase() ?? '';
    return SPEAKER_NOUNS.has(head) || pluralSpeakerNoun(head) || ORG_HEADS.has(head) || ORG_DESCRIPTIONS.test(head);
  }

  private urgedClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    let from = c.verbLast + 1;
    if (/^call/.test(c.verb)) {
      // "called for compensation to be “clawed back” for the executives": what is called for, when it holds quoted words
      if (tokens[from]?.lower === 'for') return this.quotingObject(c, se, from + 1);
      if (tokens[from]?.lower !== 'on') return null;
      from++;
    }
    // "pleaded with councillors to delay the vote": the ones pleaded with, then what they should do
    if (/^plead/.test(c.verb)) {
      if (tokens[from]?.lower !== 'with') return null;
      from++;
    }
    // "encouraged" is a cause's too, no words: "The subsidy encouraged farmers to plant corn", "It encouraged people to
    // drive less" (a tax); only one who can speak encourages by a request, a name or a he/she/they or a description
    // headed by a person's or a body's noun ("The ministry encouraged parents to …")
    if (/^encourag/.test(c.verb) && !this.canRequest(c)) return null;
    // (and "appealed to residents to stay indoors": the ones appealed to, then what they should do)
    if (c.verb === 'appealed') {
      if (tokens[from]?.lower !== 'to') return null;
      from++;
    }
    const f = tokens[from];
    if (!f || !f.word || quoted[from] || /^(to|that|not|for|against)$/.test(f.lower)) return null;
    // (nor inside another frame's clause, whose report it is part of: "Akinyi said Ondara had asked the union to send
    // observers" is Akinyi's words, not Ondara's; but quoted words after it are the one who urged: "Israel said Clinton
    // called on members to be “closely coordinated.”")
    let marked = false;
    for (let j = from; j <= se && !marked; j++) marked = !!quoted[j] || this.fragmentOpens(j);
    if (!marked && this.insideOtherClause(c)) return null;
    // a reported question: "asked whether the bridge would reopen", "asked the minister how the repairs were paid for"
    if (/^ask/.test(c.verb)) {
      for (let j = from; j <= Math.min(se - 3, from + 5); j++) {
        const t = tokens[j]!;
        if (quoted[j] || !t.word || AUXILIARIES.has(t.lower) || t.lower === 'to') break;
        // ("who" after an indefinite pronoun opens its relative clause, no question: "asking anyone who drove the road to …")
        if (
          /^(who|which)$/.test(t.lower) &&
          /^(anyone|anybody|everyone|everybody|someone|somebody|those|people)$/.test(tokens[j - 1]!.lower)
        )
          break;
        if (/^(whether|if|how|why|what|when|where|who|which)$/.test(t.lower)) return this.clauseTo(c, j, this.subordinateEnd(c, j, se));
      }
    }
    if (CLAUSE_BAD_START.has(f.lower)) return null;
    // an appeal to whoever may help is a notice, no words of the speaker's: "Police are asking anyone with information to
    // call Crime Stoppers", "urged members of the public to report sightings"
    const next = (n: number): string => tokens[from + n]?.lower ?? '';
    const pub = f.lower === 'the' ? next(1) : f.lower === 'members' && next(1) === 'of' && next(2) === 'the' ? next(3) : '';
    if (/^(anyone|anybody|whoever)$/.test(f.lower) || pub === 'public') return null;
    for (let j = from + 1; j <= Math.min(se - 1, from + 7); j++) {
      const t = tokens[j]!;
      if (quoted[j] || (!t.word && t.raw !== '-' && t.raw !== '.' && t.key !== "'s") || AUXILIARIES.has(t.lower) || t.lower === 'that')
        return null;
      // (past the opening mark of a fragment: "called on the board to “really call out the owners”")
      const v = this.fragmentOpens(j + 1) && tokens[j + 2] ? tokens[j + 2]! : tokens[j + 1]!;
      if (t.lower === 'to' && v.word && v.cap === 0 && !DETERMINERS.has(v.lower))
        // (up to the comma that closes an opening subordinate clause too: "When the mayor urged residents to conserve
        // water, the governor mocked her")
        return this.clauseTo(c, from, this.beforeAfterClause(j + 2, this.subordinateEnd(c, j + 2, this.relativeEnd(c, j + 2, se))));
    }
    return null;
  }

  /**
   * The last token before the comma that closes a relative clause set off by commas, when the frame `c` is that clause's
   * ("A nurse, who asked me not to use her name because she feared for her job, said …": the request ends at the comma
   * before the main verb); `se` otherwise.
   */
  private relativeEnd(c: Construction, from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    const w = this.relativeWho(c);
    if (w < 0 || tokens[w - 1]?.raw !== ',') return se;
    for (let j = from; j < se; j++) {
      if (quoted[j]) return se;
      if (tokens[j]!.raw === ',') return j - 1;
    }
    return se;
  }

  /**
   * What a speaker names something when "what" before the subject is the naming's object: "in what the agency described
   * as the largest outbreak in a decade", "in what the hospital called a world first": the noun phrase after the verb (and
   * its "as") up to a comma or the sentence's end.
   */
  private whatNamedClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const s = c.subject;
    if (c.inverted || !s || !NAMING_VERBS.test(c.verb) || tokens[s.first - 1]?.lower !== 'what' || c.verbFirst !== s.last + 1) return null;
    let from = c.verbLast + 1;
    if (tokens[from]?.lower === 'as') from++;
    else if (/^describ/.test(c.verb)) return null;
    // (a noun phrase, no verb in it, and no quoted words, which are a quotation of their own: not "what she called on Tuesday …", "what they call it is …")
    if (!/^(a|an|the|their|its|his|her|our)$/.test(tokens[from]?.lower ?? '') || quoted[from]) return null;
    // (nor inside another frame's clause, whose report it is part of: "Lund said the toll was what she described as a
    // fair compromise")
    if (this.insideOtherClause(c)) return null;
    let to = from;
    for (let j = from + 1; j <= se && j <= from + 12; j++) {
      const t = tokens[j]!;
      // (quoted words inside the phrase make it the quotation's: 'what he called the Soviet “Evil Empire”')
      if (quoted[j] || this.fragmentOpens(j)) return null;
      if (!t.word && t.raw !== '-' && t.key !== "'s") break;
      if (t.word && (auxiliary(t.lower) || /^(that|which|who|whom|because|when|while|if|it|them|him)$/.test(t.lower))) return null;
      to = j;
    }
    // (three words at least, an article and a lone adjective being no phrase: "what she called the angry, divisive …")
    return this.clauseTo(c, from, to, 3);
  }

  /**
   * "called the senator a “nasty guy” and “unstable”", "calling the fare rise “theft” by another name": what the speaker
   * calls something, its object with the quoted words they call it, to the clause's end. The object comes first, at most
   * twelve tokens of a noun phrase ("half of the mayor's supporters", "it"), then the opening mark; with no object or a
   * bare article ("called a “disgrace”", "what he called “a breach”") the quotation stands on its own.
   */
  private namedClause(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const from = c.verbLast + 1;
    const f = tokens[from];
    // (the object may be what someone saw or said: "called what she witnessed “terrible”")
    if (
      c.inverted ||
      !f?.word ||
      quoted[from] ||
      (CLAUSE_BAD_START.has(f.lower) && f.lower !== 'what') ||
      /^(out|up|off|back|upon)$/.test(f.lower)
    )
      return null;
    let noun = false;
    for (let j = from; j <= Math.min(se - 1, from + 12); j++) {
      const t = tokens[j]!;
      if (j > from && this.fragmentOpens(j)) return noun ? this.clauseTo(c, from, this.namedEnd(j, se), 2) : null;
      // a name in apposition between commas: "called the company's chief executive, Ole Dahl, “incredibly driven”"
      if (t.raw === ',' && noun) {
        let k = j + 1;
        while (k < se && (tokens[k]!.cap > 0 || (tokens[k]!.raw === '.' && tokens[k - 1]!.end === tokens[k]!.start))) k++;
        if (k > j + 1 && tokens[k]?.raw === ',' && this.fragmentOpens(k + 1)) {
          j = k;
          continue;
        }
      }
      if (quoted[j] || (!t.word && t.raw !== '-' && t.raw !== '.' && t.key !== "'s")) return null;
      // ("that" opening the object is its determiner: "called that vision “a necessary one”")
      if (t.word && (auxiliary(t.lower) || /^(to|who|whom|which|when|if|because)$/.test(t.lower) || (t.lower === 'that' && j > from)))
        return null;
      if (t.word && !DETERMINERS.has(t.lower)) noun = true;
    }
    return null;
  }

  /**
   * The object of a verb of saying when it holds quoted words: "noted the “senseless, tragic deaths” of two ferry
   * workers", "stressed her “deep and sincere” respect for the crews": a noun phrase opened by a determiner or a
   * possessive, the opening mark within its first six tokens after a word, to where the quoted words end (namedEnd).
   */
  private quotingObject(c: Construction, se: number, after = -1): [number, number] | null {
    const { tokens, quoted } = this.doc;
    // after "called for" (`after`) any words may come first: "called for compensation to be “clawed back”"
    const from = after >= 0 ? after : c.verbLast + 1;
    const f = tokens[from];
    if (c.inverted || !f?.word || quoted[from] || (after < 0 && !/^(the|a|an|his|her|their|its|our|this|these|those)$/.test(f.lower)))
      return null;
    for (let j = from + 1; j <= Math.min(se - 1, from + 6); j++) {
      const t = tokens[j]!;
      // (not a name the object mentions: "called for taxing so-called “pass-through” income")
      if (this.fragmentOpens(j))
        return tokens[j - 1]!.word && !(tokens[j - 1]!.lower === 'called' && tokens[j - 2]?.raw === '-')
          ? this.clauseTo(c, from, this.namedEnd(j, se), 2)
          : null;
      if (quoted[j] || (!t.word && t.raw !== '-' && t.key !== "'s")) return null;
      if (after < 0 && t.word && (auxiliary(t.lower) || CLAUSE_BAD_START.has(t.lower))) return null;
    }
    return null;
  }

  /**
   * Where the words a speaker calls something end, from the opening mark at j: at the sentence's end `se` or where the
   * clause goes on to something else. A list of fragments runs on ('“reckless,” “uninformed” and “frankly lazy”', 'a
   * “fascist” and a “bully”') and so does a phrase after it ('“a slap in the face” for island workers'), but a comma or a
   * full stop inside the closing mark ends it ('the film “a dream,” was not available', 'the plan “unhinged.” Aas …'), and
   * so does a comma, or an "and" or "but" before a verb or a pronoun ('“a good first step” and asked for more', '“a nice
   * guy” and he did not …'), and so does the occasion the writer gives after them ('“a gift to trial lawyers” in a post
   * on X').
   */
  private namedEnd(j: number, se: number): number {
    const { tokens } = this.doc;
    /** does a further fragment of the list open at k, after an article or not? */
    const listGoesOn = (k: number): boolean =>
      this.fragmentOpens(k) || (/^(a|an|the)$/.test(tokens[k]?.lower ?? '') && this.fragmentOpens(k + 1));
    // j opens a fragment: each mark after it closes the open one or opens the next ('' … '' is one mark)
    let inside = true;
    const first = tokens[j]!.raw === "'" && tokens[j + 1]?.raw === "'" && tokens[j + 1]!.start === tokens[j]!.end ? j + 2 : j + 1;
    for (let k = first; k < se; k++) {
      const t = tokens[k]!;
      const before = tokens[k - 1]!.raw;
      let closing = false;
      if (FRAGMENT_MARK.test(t.raw) && this.doc.quoted[k]) {
        if (t.raw === "'" && tokens[k + 1]?.raw === "'" && tokens[k + 1]!.start === t.end) k++;
        closing = inside;
        inside = !inside;
      }
      if (closing && /^[.!?]$/.test(before)) return k;
      if (closing && before === ',' && !listGoesOn(k + 1)) return k;
      if (inside) continue;
      if (t.raw === ',' && !listGoesOn(k + 1)) return k;
      // (and the occasion of the words after them, the writer's: 'called the ruling “a gift to trial lawyers” in a post on
      // X', '“reckless” in an interview on Sunday')
      if (this.occasionAt(k)) return k - 1;
      const v = tokens[k + 1];
      if (
        t.word &&
        /^(and|but)$/.test(t.lower) &&
        v?.word === true &&
        v.cap === 0 &&
        (PRONOUNS.has(v.lower) || auxiliary(v.lower) || pastTense(v.lower) || SPEECH_VERBS.has(v.lower))
      )
        return k;
    }
    return se;
  }

  /**
   * The last token before a clause of "after" that says when the speaker urged or warned ("warned crews to stay in port
   * after the storm damaged the pier": the storm is the writer's account, not the warning), or `se`.
   */
  private beforeAfterClause(from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    for (let j = from; j < se; j++) {
      if (quoted[j]) return se;
      if (tokens[j]!.word && tokens[j]!.lower === 'after' && this.subjectThenVerb(j + 1, se, true)) return j - 1;
    }
    return se;
  }

  /**
   * "accused the mayor of hiding the report", "accuses Trump of buying influence": what the speaker charges, the
   * object (at most six words) with its "of" and a gerund; "described the plan as a disaster": the object with its "as".
   */
  private accusedClause(c: Construction, se0: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const from = c.verbLast + 1;
    const f = tokens[from];
    if (!f || !f.word || quoted[from] || CLAUSE_BAD_START.has(f.lower) || f.lower === 'of') return null;
    // up to the comma that closes the relative clause it stands in: "Ada Berg, a farmer who described herself as a
    // lifelong rider, said …" (not on to the outer verb's words)
    // (or past the closing mark of a fragment the comma stands in: "who described him as a “liar,” said …")
    let se = se0;
    if (tokens[c.verbFirst - 1]?.lower === 'who')
      for (let j = from + 1; j < se0; j++) {
        if (tokens[j]!.raw !== ',') continue;
        if (!quoted[j]) se = j;
        else if (FRAGMENT_MARK.test(tokens[j + 1]?.raw ?? '') && tokens[j + 2]?.word && !quoted[j + 2]) se = j + 1;
        else continue;
        break;
      }
    for (let j = from + 1; j <= Math.min(se - 1, from + 6); j++) {
      const t = tokens[j]!;
      if (quoted[j] || (!t.word && t.raw !== '-' && t.raw !== '.' && t.key !== "'s") || AUXILIARIES.has(t.lower)) return null;
      // past the opening marks of a fragment: "accused Beijing of ''creating a Great Wall of sand''"
      let m = j + 1;
      while (m < j + 3 && this.fragmentOpens(m)) m++;
      const v = tokens[m]!;
      // (the charge alone when the one charged is a pronoun: "accused him of ignoring the problem" reports "ignoring the
      // problem", a "him" being no part of the words; "accused the mayor of hiding the report" keeps its object, as
      // PolNeAR keys it)
      if (/^accus/.test(c.verb)) {
        const charge = t.lower === 'of' && v.word && /ing$/.test(v.lower);
        if (charge) {
          // (the charge ends before a clause of the writer's, of time or of what went on: "accused the government of
          // “abandoning seniors” on Tuesday as question period turned into a shouting match" ends at the fragment)
          se = this.beforeTimeClause(m + 1, se);
          // (and before another's report after a comma, past the mark of a fragment it closes: 'accused the government
          // of "bending to pressure," while Liberal critic Graham Pike said …'; or before a relative clause on the whole
          // charge, with a subject of its own: "accused him of helping the fighters, which he denied")
          se = this.endBeforeCommaAside(c, m + 1, se);
          // (two words fewer than the whole needs: "him of lying" was too short, "him of ignoring the problem" was not)
          return j === from + 1 && OBJECT_PRONOUNS.test(f.lower) ? this.clauseTo(c, j + 1, se, 2) : this.clauseTo(c, from, se);
        }
        // (or a charge named by a noun phrase, its words after "of" up to the first punctuation: "accused Shipwell of
        // illegal tactics during the campaign, including …", "accused the employer of bad faith")
        if (t.lower === 'of' && m === j + 1 && v.word && v.cap === 0 && !quoted[m] && !DETERMINERS.has(v.lower) && !PRONOUNS.has(v.lower)) {
          let e = m;
          while (e + 1 < se && tokens[e + 1]!.word && !quoted[e + 1]) e++;
          // (an "of" inside the one charged, when the charge's own "of" comes later: "accused the director of education
          // of “hiding the truth”", "accused the minister of health of lying")
          const laterOf = (k: number): boolean =>
            tokens[k]!.lower === 'of' && (this.fragmentOpens(k + 1) || (!!tokens[k + 1]?.word && /ing$/.test(tokens[k + 1]!.lower)));
          let later = false;
          for (let k = m + 1; k <= e && !later; k++) later = laterOf(k);
          if (later) continue;
          return e > m ? this.clauseTo(c, from, e) : null;
        }
      } else if (t.lower === 'as' && j > from) {
        // (what it is described as ends before a relative clause of the writer's on it, with a subject of its own:
        // 'described the lanes as “a communist plot,” which I am fairly sure they are not'; or before another's report:
        // 'described the walkout as "a principled stand," while the newspaper Dagsposten called it …')
        return this.clauseTo(c, from, this.endBeforeCommaAside(c, j + 1, se));
      }
    }
    return null;
  }

  /**
   * The last token before a clause of "as" with a subject and a verb of its own (the time of the act, the writer's) that
   * opens between `from` and `se`, and before a day it follows ("on Tuesday as …"); `se` when there is none. ("while" and
   * "when" are left to the charge: "accused Clinton of pushing to indict him while she was secretary of state")
   */
  private beforeTimeClause(from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    for (let k = from; k < se; k++) {
      const t = tokens[k]!;
      if (quoted[k] || !t.word || t.cap !== 0 || t.lower !== 'as') continue;
      // (a subject of one to four words, then its verb: "as question period turned …", "as the minister looked on")
      const first = tokens[k + 1];
      if (!first?.word || quoted[k + 1] || /(ed|ing|ly)$/.test(first.lower) || CLAUSE_BAD_START.has(first.lower)) continue;
      let v = k + 2;
      const end = Math.min(se, k + 6);
      while (v < end && tokens[v]!.word && !quoted[v] && !(tokens[v]!.cap === 0 && pastOrAuxiliary(tokens[v]!.lower))) v++;
      if (v >= end || !tokens[v]!.word || quoted[v]) continue;
      let e = k - 1;
      if (tokens[e]?.word && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(tokens[e]!.lower)) {
        e--;
        if (tokens[e]?.lower === 'on') e--;
      }
      return e;
    }
    return se;
  }

  /**
   * The to-infinitive a speaker claims of themselves: "claimed to have seen the draft", "who claim
   * to speak for the fishermen", "who claimed to be undecided". Not a noun "claim" after one person's name ("the Lund
   * claim to have …"), nor a comparison's gap ("as rich as he claims to be"), nor an infinitive whose verb has nothing
   * after it ("… claims to be to pay no tax").
   */
  private claimedInfinitive(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const k = c.verbLast + 1;
    if (!this.infinitiveAt(k)) return null;
    if (c.verb === 'claim' && c.subject?.key?.kind === 'person') return null;
    // "as rich as he claims to be": the comparison's gap
    if (tokens[c.first - 1]?.lower === 'as') return null;
    const v = tokens[k]!.lower === 'not' ? k + 2 : k + 1;
    const after = tokens[v + 1];
    if (!after || after.lower === 'to' || (!after.word && !quoted[v + 1])) return null;
    // up to a comma that closes the relative clause it stands in ("The captain, who claimed to be ill, left") or opens
    // the writer's own phrase ("…, with aides cheering"); a list's commas stay ("to speak for farmers, loggers and …")
    const relative = tokens[c.verbFirst - 1]?.lower === 'who' && tokens[c.verbFirst - 2]?.raw === ',';
    let to = se;
    for (let j = v + 1; j <= se; j++)
      if (tokens[j]!.raw === ',' && !quoted[j] && (relative || WRITERS_PHRASE.test(tokens[j + 1]?.lower ?? ''))) {
        to = j - 1;
        break;
      }
    // "begging a woman who claimed to be undecided to vote for him": the second infinitive is the outer verb's (not
    // after an adjective that takes one: "claimed to be able to fly")
    if (tokens[v]!.lower === 'be' && tokens[v + 2]?.lower === 'to' && !INFINITIVE_ADJECTIVES.test(after.lower)) to = Math.min(to, v + 1);
    return this.clauseTo(c, k, to, 3);
  }

  /**
   * A gerund that opens a proposal at j, its object after it: "delaying the vote", "raising fares" (not "during …"); with
   * `auxiliary`, a "having" or "being" too ("reported having $19 million in the bank").
   */
  private gerundAt(j: number, auxiliary = false): number {
    const { tokens, quoted } = this.doc;
    const g = tokens[j];
    const o = tokens[j + 1];
    if (!g?.word || quoted[j] || g.cap !== 0 || !g.lower.endsWith('ing')) return -1;
    // (its object may open on a sum: "reported spending $6 million")
    if (!o || quoted[j + 1] || !(o.word || /^[$£€]$/.test(o.raw))) return -1;
    // ("being" has five letters: "acknowledged being wrong about the plan")
    if (auxiliary && /^(having|being)$/.test(g.lower)) return j;
    if (g.lower.length < 6 || NOT_GERUNDS.test(g.lower) || g.lower === 'missing') return -1;
    // a participle on the noun after it is no gerund: "reported rising profits", "recalled leaking fuel tanks"
    if (auxiliary && PARTICIPLE_ADJECTIVES.test(g.lower) && o.word && o.cap === 0 && !DETERMINERS.has(o.lower) && !OBJECTS.has(o.lower))
      return -1;
    return j;
  }

  /**
   * The end of a gerund's phrase that opens at `from`: before a dash, or before a comma that opens the writer's phrase
   * ("…, while liberal groups reported …", "…, which brings the total to …") or another clause joined by "and" ("…, and
   * he has organized …"); else `se`.
   */
  private gerundEnd(from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    for (let j = from + 1; j < se; j++) {
      if (quoted[j]) continue;
      if (dashAt(tokens, j) || this.trailingFrameAt(j, se)) return j - 1;
      const n = tokens[j + 1];
      if (tokens[j]!.raw !== ',' || !n?.word) continue;
      if (WRITERS_PHRASE.test(n.lower) || (n.lower === 'and' && this.mainClauseAt(j + 2, se))) return j - 1;
    }
    return se;
  }

  /**
   * Is a gerund after "reported"/"acknowledged"/"recalled" no report of its own: in a relative clause after a comma, which
   * closes before its noun's verb ("Residents, who reported hearing gunfire, fled their homes"), or when the sentence is
   * another's report, framed after it (", police said", ", according to court papers"): that report keeps the sentence.
   */
  private gerundReportHeld(c: Construction, ss: number, se: number): boolean {
    const { tokens } = this.doc;
    // (", who reported …", ", who has acknowledged …")
    for (let k = c.verbFirst - 1; k >= Math.max(ss, c.verbFirst - 3); k--) {
      const t = tokens[k]!;
      if (/^(who|which)$/.test(t.lower)) {
        if (tokens[k - 1]?.raw === ',') return true;
        break;
      }
      if (!t.word || t.cap !== 0) break;
    }
    for (let j = c.verbLast + 1; j < se; j++) if (this.trailingFrameAt(j, se)) return true;
    return false;
  }

  /**
   * Does the comma at j open a frame that ends the sentence, whose report it is: ", police said", ", a spokesman said on
   * Monday", ", the inquiry heard", ", according to court papers"?
   */
  private trailingFrameAt(j: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[j]?.raw !== ',' || quoted[j]) return false;
    if (tokens[j + 1]?.lower === 'according' && tokens[j + 2]?.lower === 'to') return true;
    // (not another clause: ", while a union fund reported spending far less")
    if (!tokens[j + 1]?.word || FRAME_CONJUNCTIONS.test(tokens[j + 1]!.lower)) return false;
    for (let k = j + 1; k <= Math.min(se, j + 8); k++) {
      const t = tokens[k]!;
      if (!t.word || quoted[k]) return false;
      if (k > j + 1 && t.cap === 0 && TRAILING_FRAME_VERBS.test(t.lower)) {
        // (a time or place after it at most: ", the ministry said on Monday.")
        for (let m = k + 1; m < se; m++) if (!tokens[m]!.word) return false;
        return k + 1 >= se || (se - k <= 5 && FRAME_TIMES.test(tokens[k + 1]!.lower));
      }
    }
    return false;
  }

  /** Does a to-infinitive with its object open at j: "to fight …", "not to raise …" (not "to Sanders", "to the union")? */
  private infinitiveAt(j: number): boolean {
    const { tokens, quoted } = this.doc;
    const k = tokens[j]?.lower === 'not' ? j + 1 : j;
    // past the opening mark of a fragment: "vowed to “keep every crossing open”"
    const v = this.fragmentOpens(k + 1) ? tokens[k + 2] : tokens[k + 1];
    if (
      tokens[k]?.lower !== 'to' ||
      quoted[k] ||
      v === undefined ||
      !v.word ||
      v.cap !== 0 ||
      DETERMINERS.has(v.lower) ||
      OBJECTS.has(v.lower)
    )
      return false;
    // "the divides he promised to bridge have grown": a verb right after it belongs to the sentence, the infinitive has no object
    const after = tokens[k + 2];
    return !(after?.word && after.cap === 0 && AUXILIARIES.has(after.lower));
  }

  /**
   * "cited a poll by the ferry union as proof", "…, he said, citing fears of a strike": what the speaker cites, the
   * object up to the first comma, semicolon, colon, parenthesis or dash (not "cited by …", "cited in …": a participle
   * after its noun, whose object is no report).
   */
  private citedObject(c: Construction, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const from = c.verbLast + 1;
    const f = tokens[from];
    if (!f || !f.word || quoted[from] || from > se || CLAUSE_BAD_START.has(f.lower) || OPENERS.has(f.lower)) return null;
    // (nor the verb of the noun the speaker cites, a relative clause with no "that" before it: "The report the mayor
    // cited said the pier was unsafe", "The figures she cited show …"; verbs a document's subject takes, in a finite form)
    if (f.cap === 0 && CITED_SAYS.test(f.lower)) return null;
    // (nor an adverb before a phrase or the end, the object a noun before the verb: "a figure the union has cited
    // repeatedly at the bargaining table", "the study she cited often in talks")
    const after = tokens[from + 1];
    if (
      f.cap === 0 &&
      (STANDING_ADVERBS.test(f.lower) || /^(repeatedly|frequently|approvingly|publicly|twice|again)$/.test(f.lower)) &&
      (!after?.word || from + 1 > se || OPENERS.has(after.lower))
    )
      return null;
    // (no object of its own before "as saying": "The Herald cited Tomas Brandvik, a farmer, as saying …" reports what the
    // person said, a frame of its own)
    for (let k = from + 1; k <= Math.min(se, from + 14); k++)
      if (tokens[k]!.lower === 'as' && tokens[k + 1]?.lower === 'saying') return null;
    // a punctuation mark ends it, not a hyphen inside a word ("blue-collar"), nor a comma of a list ("low growth,
    // unemployment and rising prices")
    // (nor the comma inside a number: "citing costs of about $4,000 a season")
    const stop = (k: number): boolean =>
      (/^[,;:()—–]$/.test(tokens[k]!.raw) && !(tokens[k]!.raw === ',' && joined(k) && /[0-9]$/.test(tokens[k - 1]!.raw))) ||
      (tokens[k]!.raw === '-' && !joined(k));
    const joined = (k: number): boolean => tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]?.start;
    let to = from;
    for (;;) {
      while (to + 1 <= se && !stop(to + 1)) to++;
      if (tokens[to + 1]?.raw !== ',') break;
      let k = to + 2;
      while (k <= se && k - to < 6 && tokens[k]!.word && !/^(and|or)$/.test(tokens[k]!.lower)) k++;
      if (k > se || k - to >= 6 || !tokens[k]!.word || k === to + 2) break;
      to = k;
    }
    to = this.cutByOthers(c, from, to);
    while (to > from && dangles(tokens[to]!)) to--;
    if (this.holdsQuote(from, to, se)) return null;
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    return wordsAtLeast(this.doc.text, 2, start, end) ? [start, end] : null;
  }

  /**
   * The paragraph a frame ending its own paragraph with a colon introduces, when it is not in quotation marks (a quoted
   * one is a quotation of its own): "The governor added:" then "It's typical of the council. …" (a few words may
   * follow the verb: "wrote on Facebook:", "said in a statement:").
   */
  private paragraphAfterColon(c: Construction): [number, number] | null {
    const { tokens, quoted, headings } = this.doc;
    let k = c.verbLast + 1;
    // (a phrase of place, means or time, not an object: "CNN noted the sparse attendance:" then a tweet is no report)
    const phrase = /^(in|on|to|via|at|during|after|before|from|with|through|over|later|also|then|afterward|afterwards|again|why)$/;
    if (tokens[k]?.word && !TIME_PREPS.has(tokens[k]!.lower) && !TIME_WORDS.has(tokens[k]!.lower) && !phrase.test(tokens[k]!.lower))
      return null;
    while (
      k <= c.verbLast + 6 &&
      tokens[k]?.para === c.para &&
      (tokens[k]!.word || (tokens[k]!.raw === '.' && ABBREVIATIONS.has(tokens[k - 1]!.lower)))
    )
      k++;
    const next = tokens[k + 1];
    if (tokens[k]?.raw !== ':' || !next?.word || quoted[k + 1] || headings.has(next.para)) return null;
    if (next.para === c.para) {
      // the rest of the sentence: "The mayor wrote: the budget is balanced."
      const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
      // (its first word capitalised after the colon: "wrote: The budget is balanced")
      const opens =
        this.subjectThenVerb(k + 1, se, false) || /^(the|a|an|we|i|he|she|they|it|our|this|there|my|his|her|their)$/.test(next.lower);
      return opens ? this.clauseTo(c, k + 1, se) : null;
    }
    if (next.para !== c.para + 1) return null;
    let last = k + 1;
    while (tokens[last + 1]?.para === next.para) last++;
    while (last > k + 1 && !tokens[last]!.word && !/[.!?…]/.test(tokens[last]!.raw)) last--;
    return wordsAtLeast(this.doc.text, 4, next.start, tokens[last]!.end) ? [next.start, tokens[last]!.end] : null;
  }

  /** The clause from `from` to the sentence's end `se`, cut at ";", ", but", a participle or another construction. */
  private clauseTo(c: Construction, from: number, se: number, minWords = 4): [number, number] | null {
    const { tokens } = this.doc;
    let to = se;
    for (let j = from + 1; j < to; j++) {
      const t = tokens[j]!;
      if (
        t.raw === ';' ||
        // (not a comma inside the speaker's quoted words: 'described her mood as "tired, but not discouraged."')
        (t.raw === ',' &&
          !this.doc.quoted[j] &&
          tokens[j + 1] &&
          (tokens[j + 1]!.lower === 'but' || CONTINUING_VERBS.has(tokens[j + 1]!.lower) || reactionParticipleAt(tokens, j + 1))) ||
        // (or at the speaker's second act: "described the levy as “modest” and said it would fund …", when the frame is
        // not itself inside another's words: "Merrill says Machado promised to … and said …" stays one report)
        (t.word &&
          (t.lower === 'and' || t.lower === 'but') &&
          !this.doc.quoted[j] &&
          this.coordinatedAct(c, j) &&
          this.outermost(c) &&
          // (nor inside a clause of time or cause: "called her a “disgrace” after she attacked … and blamed …")
          !tokens
            .slice(from, j)
            .some((x) => x.word && x.cap === 0 && /^(after|before|because|when|while|since|if|although|though)$/.test(x.lower)))
      ) {
        to = j - 1;
        break;
      }
    }
    const uncut = to;
    to = this.cutByOthers(c, from, to);
    // (nor is a clause cut down to the phrases that open it: see openingPhrasesOnly)
    if (to < uncut && this.openingPhrasesOnly(from, to)) return null;
    // (a clause cut short by another frame ends on a word, not on what would join the rest: "called on Ottawa to
    // strengthen the regime, which she described as “…”" reports "Ottawa to strengthen the regime")
    while (to > from && dangles(tokens[to]!)) to--;
    if (this.holdsQuote(from, to, se)) return null;
    const start = tokens[from]!.start;
    const end = this.clauseEnd(to, se);
    return wordsAtLeast(this.doc.text, minWords, start, end) ? [start, end] : null;
  }

  /** Does no other frame of the sentence have its verb before this frame's subject (this one is not inside its words)? */
  private outermost(c: Construction): boolean {
    const at = c.subject?.first ?? c.verbFirst;
    return (this.bySentence.get(c.sent) ?? []).every((o) => o === c || o.verbLast > at);
  }

  /**
   * A frame that opens the sentence with "as", its clause after the comma: "As the Harbour Times noted, Delgado
   * raised …", "But as Lund said last week, the ferry cannot …" (a few words of time or place may follow the verb).
   */
  private asFrameClause(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    // (a role before the name the subject does not hold, and its modifiers: "As former mayor Aldo Brenner wrote, …", "as
    // columnist Petra Lind points out, …")
    let r = c.first - 1;
    while (
      r > ss &&
      c.first - 1 - r < 3 &&
      tokens[r]!.word &&
      !quoted[r] &&
      (TITLES.has(tokens[r]!.lower) ||
        (tokens[r]!.cap === 0 &&
          (SPEAKER_NOUNS.has(tokens[r]!.lower) || /^(former|then|late|fellow|longtime|veteran)$/.test(tokens[r]!.lower))))
    )
      r--;
    // (and the article before a name the subject does not hold: "As the Ledger reported, …")
    const ai = tokens[r]?.lower === 'the' ? r - 1 : r;
    const a = tokens[ai];
    if (!a?.word || a.lower !== 'as') return null;
    let s0 = ss;
    while (s0 < ai && !tokens[s0]!.word) s0++;
    const copula = this.copulaBeforeAs(c, s0, ai);
    if (s0 !== ai && !(s0 === ai - 1 && /^(but|and|yet|so)$/.test(tokens[s0]!.lower)) && !this.openerBeforeAs(s0, ai) && !copula)
      return null;
    let p = c.verbLast + 1;
    // the words between the verb and the comma are a phrase of time, place or manner ("reported on Saturday", "noted
    // recently", "points out in a column on the Herald's website"), or after "told" its hearer ("As Lund told the
    // Ledger, …"); an object makes "as" a conjunction of time, its sentence no report: "As Baker announced his
    // candidacy, protesters gathered …"
    const told = /^(tells?|told|telling)$/.test(c.verb);
    // (a verb of speaking as an event, which takes no report as its object, makes "as" a conjunction of time: "As Ruiz
    // testified before the committee, protesters gathered outside", "As Blumenthal spoke, …")
    if (AS_EVENT_VERBS.test(c.verb)) return null;
    if (!told && tokens[p]?.word && !quoted[p] && !this.adjunctOpens(p)) return null;
    // (the longer phrase only where the words were put out: "in a column on …", "on his blog", not "joked with his best
    // friend at the table", as a conjunction of time)
    const reach = /^(in|on)$/.test(tokens[p]?.lower ?? '') ? 9 : 5;
    while (p <= Math.min(se, c.verbLast + reach) && tokens[p]!.word && !quoted[p]) {
      // (a question after a preposition is the object of the verb, "as" a conjunction of time: "As the White House
      // hints at what his plans might include, …"; and a phrase past five words holds no verb of its own)
      if (/^(what|how|whether|why|who|which)$/.test(tokens[p]!.lower) && PHRASE_PREPS.test(tokens[p - 1]!.lower)) return null;
      if (p > c.verbLast + 5 && finiteWord(tokens[p]!)) return null;
      p++;
    }
    // (a colon too when the frame opens the sentence: "As one aide put it: the plan is a gamble")
    const closing = tokens[p]?.raw === ',' || (tokens[p]?.raw === ':' && s0 === ai);
    if (!closing || !tokens[p + 1]?.word || quoted[p + 1]) return null;
    // (the subject and its verb "to be" before the frame, its complement after: the sentence is the report)
    if (copula) return this.clauseTo(c, s0, se);
    // (the opener was the subject when a verb follows the frame: "And that, as Lund points out, is …"; the words
    // are the sentence around the frame when that opener is a noun phrase of its own: "The bridge, as the minister
    // noted, will reopen in May", "Hawaii, as one adviser pointed out, normally does not get …")
    const adverb = /^[a-z]{3,}ly$/.test(tokens[p + 1]!.raw) ? 1 : 0;
    const verb = tokens[p + 1 + adverb];
    // (a plural noun in -s that a verb follows is the clause's subject, not a verb: "Overall, as the report noted, costs
    // rose …")
    const predicate =
      !!verb?.word &&
      (auxiliary(verb.lower) ||
        verb.lower === 'cannot' ||
        (finiteWord(verb) && !this.subjectThenVerb(p + 1 + adverb, se, false) && (adverb > 0 || this.subjectOpener(s0, ai - 1))));
    if (predicate) return s0 !== ai && this.subjectOpener(s0, ai - 1) ? this.clauseTo(c, s0, se) : null;
    // (nor when another frame of the sentence follows, whose report it is: "As the Ledger noted, the new app now
    // reports that …")
    const rival = (o: Construction): boolean => o !== c && o.first > p && tokens[o.verbLast + 1]?.lower === 'that';
    if ((this.bySentence.get(c.sent) ?? []).some(rival)) return null;
    // (an aside inside a subordinate clause reports that clause alone, to its closing comma: "Even if, as Ruiz said, the
    // vote was close, the party accepted the count" gives Ruiz «the vote was close»)
    if (ai - 2 >= s0 && CONDITION_OR_SUBORDINATOR.test(tokens[ai - 2]!.lower) && !quoted[ai - 2]) {
      for (let j = p + 2; j < se; j++)
        if (tokens[j]!.raw === ',' && !quoted[j] && tokens[j + 1]?.word && !/^\d/.test(tokens[j - 1]!.raw))
          return this.clauseTo(c, p + 1, j);
    }
    return this.clauseTo(c, p + 1, se);
  }

  /**
   * Does the sentence from s0 open with a subject and its verb "to be" right before the comma of an "as" frame at `as`,
   * whose complement follows it ("The plan was, as Okafor put it, dead on arrival", "The levy is, as the board noted,
   * a tax on renters")?
   */
  private copulaBeforeAs(c: Construction, s0: number, as: number): boolean {
    const { tokens, quoted } = this.doc;
    const be = tokens[as - 2];
    if (tokens[as - 1]?.raw !== ',' || !be?.word || quoted[as - 2] || !/^(is|was|are|were|be|been)$/.test(be.lower)) return false;
    return this.subjectOpener(s0, as - 2) && this.bareSubjectBefore(c, s0, as - 2);
  }

  /**
   * Is [from, to) the sentence's own subject and nothing more: no subordinator opens it ("If the levy is, as the board
   * says, …" is a condition, not a report), and no reporting verb or other frame stands in it ("Berg said the plan was,
   * as Okafor put it, …" is Berg's report, the aside inside it)?
   */
  private bareSubjectBefore(c: Construction, from: number, to: number): boolean {
    const { tokens } = this.doc;
    const first = tokens[from]!.lower;
    if (CONDITION_OR_SUBORDINATOR.test(first) || SUBORDINATORS_BEFORE_FRAME.test(first) || /^(when|whether|as)$/.test(first)) return false;
    for (let k = from; k < to; k++) if (tokens[k]!.cap === 0 && SPEECH_VERBS.has(tokens[k]!.lower)) return false;
    return (this.bySentence.get(c.sent) ?? []).every((o) => o === c || o.verbFirst >= to || o.verbLast < from);
  }

  /**
   * Is [from, to) a noun phrase that may be a sentence's subject, cut from its verb by a frame: a name or an article and
   * at most five words, none a verb, a pronoun of the first person or a subordinator ("The bridge", "Hawaii", "The
   * city's new budget"; not "However", "In 2019", "When the mill closed")?
   */
  private subjectOpener(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    if (to - from < 1 || to - from > 6) return false;
    const first = tokens[from]!;
    if (!first.word || quoted[from] || (first.cap === 0 && !/^(the|a|an|this|that|his|her|its|their)$/.test(first.lower))) return false;
    if (
      PHRASE_PREPS.test(first.lower) ||
      SUBORDINATORS_BEFORE_FRAME.test(first.lower) ||
      /^(however|but|and|so|yet|still)$/.test(first.lower)
    )
      return false;
    if (
      to - from === 1 &&
      first.cap === 1 &&
      this.doc.sents.starts[this.doc.sents.sent[from]!] === from &&
      !this.doc.people.startAt.has(from)
    )
      return (
        tokens[from]!.raw.length > 2 &&
        !/ly$/.test(first.lower) &&
        !TIME_WORDS.has(first.lower) &&
        !OPENING_ADVERBS.test(first.lower) &&
        !/^(yes|no|here|there|overall|furthermore|finally|ultimately|similarly|likewise|besides|otherwise|therefore|hence|altogether|regardless)$/.test(
          first.lower,
        )
      );
    return tokens
      .slice(from, to)
      .every((x, i) => (x.word || x.key === "'s" || x.raw === '-') && !quoted[from + i] && !finiteWord(x) && !auxiliary(x.lower));
  }

  /**
   * Does a phrase of time, place or manner open at k, after the verb of an "as" frame: a preposition ("in a column",
   * "to reporters", not an infinitive: "continues to pursue"), a word of time ("last week", "on Monday", "a year ago",
   * "two weeks ago") or an adverb ("recently", "again")?
   */
  private adjunctOpens(k: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.cap !== 0) return false;
    if (PHRASE_PREPS.test(t.lower) || /^(about|of|for|by|without)$/.test(t.lower)) return true;
    // (its hearer after "to": a name, a description or a pronoun, not a verb)
    if (t.lower === 'to')
      return !!next?.word && (next.cap > 0 || /^(the|a|an|his|her|their|its|reporters|journalists|me|him|them|us|you)$/.test(next.lower));
    if (TIME_WORDS.has(t.lower) || /^(again|too|also|once|often|repeatedly|here|there|ago|just|already|first|only|then)$/.test(t.lower))
      return true;
    if (/^([0-9]+|a|two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(t.lower))
      return /^(few|days?|weeks?|months?|years?|hours?|decades?)$/.test(next?.lower ?? '');
    return t.lower.length > 4 && /ly$/.test(t.lower);
  }

  /**
   * Is what opens the sentence before ", as" (at a) a short phrase with no verb of its own, so that the report is the
   * clause after the frame: "However, as the Gazette has reported, the operator …", "Just a few weeks ago, as the Ledger
   * reported, the two councillors were …", "Given that, as the Times reported, she …", or a clause and its "and":
   * "…, and, as the Gazette reported on Tuesday, the operator has …" (not "The fund is empty, as the mayor noted, …").
   */
  private openerBeforeAs(s0: number, a: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[a - 1]?.raw !== ',') return false;
    if (/^(and|but)$/.test(tokens[a - 2]?.lower ?? '') && tokens[a - 3]?.raw === ',') return true;
    let words = 0;
    for (let k = s0; k < a - 1; k++) {
      const t = tokens[k]!;
      if (quoted[k] || (!t.word && t.raw !== ',')) return false;
      if (!t.word) continue;
      if (++words > 6 || auxiliary(t.lower) || (/[^e]ed$/.test(t.lower) && t.cap === 0) || IRREGULAR_PAST.has(t.lower)) return false;
    }
    return words > 0;
  }

  /** A title written with a capital: "Secretary", "Superintendent", "Member" (before its "of", "for" or "to"). */
  private titleWord(t: Token | undefined): boolean {
    return !!t?.word && t.cap > 0 && (TITLES.has(t.lower) || (SPEAKER_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower)));
  }

  /**
   * The quotation mark that opens the sentence right before its first word `from` (past `ss`), or `from`: a clause that
   * opens with a quoted fragment is the speaker's words with the fragment, when words of the clause follow its closing
   * mark ("“We are shocked” by the attack on the depot, Okafor said" reports the whole; holdsQuote judges the fragment
   * from its mark, and “We will win,” Okafor said stays a quotation of its own).
   */
  private openingMarkBefore(from: number, ss: number): number {
    const { tokens, quoted } = this.doc;
    if (from - 1 < ss || !FRAGMENT_MARK.test(tokens[from - 1]!.raw) || quoted[from] !== 1 || this.namedAfterFragment(from)) return from;
    // (the first of a doubled mark: ''We are shocked'' …)
    const doubled = from - 2 >= ss && tokens[from - 2]!.raw === "'" && tokens[from - 2]!.end === tokens[from - 1]!.start;
    return doubled ? from - 2 : from - 1;
  }

  /**
   * Does the quoted fragment whose first word is `from` close before a copula and a relative naming another author of
   * its words: "“A historic mistake” is what Peskov called the move", "… was how Kovac described it", "… was Peskov's
   * word for it" (the fragment is that author's, not the frame's that ends the sentence)?
   */
  private namedAfterFragment(from: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = from;
    while (k < tokens.length && quoted[k] === 1) k++;
    while (k < tokens.length && FRAGMENT_MARK.test(tokens[k]!.raw)) k++;
    if (!/^(is|was|are|were)$/.test(tokens[k]?.lower ?? '') || quoted[k] === 1) return false;
    // (a naming or describing verb in the relative: not "“Unacceptable” is how the Kremlin sees the sanctions, Peskov said")
    if (/^(what|how)$/.test(tokens[k + 1]?.lower ?? '')) {
      for (let n = k + 2; n < k + 9 && tokens[n] && !quoted[n] && tokens[n]!.raw !== ','; n++)
        if (NAMING_VERBS.test(tokens[n]!.lower)) return true;
      return false;
    }
    // (a name's possessive, then a naming noun: "was Dmitry Peskov's word")
    let n = k + 1;
    while (n < k + 5 && tokens[n]?.word && tokens[n]!.cap > 0) n++;
    return n > k + 1 && tokens[n]?.lower === "'s" && NAMING_NOUNS.has(tokens[n + 1]?.lower ?? '');
  }

  /** "The project will cost $5 million, officials said." */
  private trailingClause(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    // "Lee said there was one reason to vote no — an argument the mayor never answered, he added": the words are Lee's
    if (this.addedToOwnReport(c, ss)) return null;
    // (nor right after a pronoun's frame set off by commas, whose words those before are: "In the 1970s, he noted, some
    // scientists claimed earthquake prediction was near" gives the scientists no "In the 1970s, he noted")
    const [v, p, opening] = [tokens[c.first - 2], tokens[c.first - 3], tokens[c.first - 4]];
    if (
      tokens[c.first - 1]?.raw === ',' &&
      v?.word &&
      SPEECH_VERBS.has(v.lower) &&
      p?.word &&
      /^(he|she|they|we|i)$/.test(p.lower) &&
      opening?.raw === ',' &&
      !quoted[c.first - 2]
    )
      return null;
    // (nor a name in apposition inside another frame's clause: "She said her supervisor, Karim Haddad, told her …" gives
    // Haddad no "She said her supervisor")
    if (this.apposedInOther(c)) return null;
    // "…, Ada Berg tried to calm them and promised …": a verb coordinated with the subject's own verb frames nothing before
    // (past its auxiliary or adverb: "Reyes said the carrier disputed the findings and would respond in detail")
    if (c.subject) {
      let joint = c.verbFirst - 1;
      while (
        joint > c.subject.last + 1 &&
        tokens[joint]!.word &&
        tokens[joint]!.cap === 0 &&
        (auxiliary(tokens[joint]!.lower) || /^(also|then|later|not|never|soon)$/.test(tokens[joint]!.lower))
      )
        joint--;
      if (c.subject.last < joint && /^(and|but)$/.test(tokens[joint]?.lower ?? '')) return null;
    }
    // a title or role before the name the subject holds: "…, spokesman Luc Girard said.", "…, Fire Chief Nora Bell said, …"
    let first = c.first;
    let titled = false;
    // (words of a title's own "of", "for" or "to" and an acronym in parentheses, not counted in its length)
    let joints = 0;
    // (not before "according to", whose source follows it: "… by 271 delegates according to a count by the AP")
    while (c.verb !== 'according') {
      // a title's acronym in parentheses before the name: "…, Superintendent of Police (SP) Anirudh Rawat said"
      if (
        first === c.first &&
        tokens[first - 1]?.raw === ')' &&
        tokens[first - 3]?.raw === '(' &&
        /^[A-Z]{2,6}$/.test(tokens[first - 2]!.raw) &&
        this.titleWord(tokens[first - 4])
      ) {
        first -= 3;
        joints += 3;
        continue;
      }
      // a title's own "of", "for" or "to": "…, Secretary of State Ana Vale said", "…, Member for Yarraburn Julian Kostas said"
      const joint = tokens[first - 1];
      if (first < c.first && joint?.word && joint.cap === 0 && /^(of|for|to)$/.test(joint.lower) && this.titleWord(tokens[first - 2])) {
        first -= 2;
        joints++;
        titled = true;
        continue;
      }
      // (or the capitalised words of its object: "…, Minister for Disaster Management Priya Kaul said")
      let o = first - 1;
      while (first === c.first && o > ss && first - o <= 3 && tokens[o]!.word && tokens[o]!.cap === 1) o--;
      const placeJoint = tokens[o];
      if (
        o < first - 1 &&
        placeJoint?.word &&
        placeJoint.cap === 0 &&
        /^(of|for|to)$/.test(placeJoint.lower) &&
        this.titleWord(tokens[o - 1])
      ) {
        joints += first - o;
        first = o - 1;
        titled = true;
        continue;
      }
      // (two roles joined by "and", the name's both: "…, president and chief executive Ana Vale said", "…, co-founder and
      // chief executive Ana Vale said")
      const before = tokens[first - 2];
      if (first < c.first && andAfterRole(tokens, first - 1)) {
        first--;
        joints++;
        continue;
      }
      // (or a minister's portfolios joined by "and" before the title's field: "…, Municipal Affairs and Housing Minister
      // Dev Chaudhry said", "…, Immigration, Refugees and Citizenship Minister Ahmed Farouk said")
      const portfolios = titled && first < c.first ? portfoliosBefore(this.doc, first, ss + 1) : first;
      if (portfolios < first) {
        joints += first - portfolios;
        first = portfolios;
        break;
      }
      // (and a role's hyphened prefix: "co-founder", "vice-president")
      if (first < c.first && joiningHyphenAt(tokens, first - 1) && before?.word && before.cap === 0 && /^(co|vice)$/.test(before.lower)) {
        first -= 2;
        joints += 2;
        continue;
      }
      // "Mr. Vande": the abbreviation's dot is part of the title
      const dot = tokens[first - 1]?.raw === '.' && tokens[first - 2]?.end === tokens[first - 1]!.start ? 1 : 0;
      const t = tokens[first - 1 - dot];
      // (and the capitalised words of a portfolio or an organisation before a title: "…, Immigration Minister Marc Miller said")
      // (or an organisation's acronym: "…, NTSB spokesman Peter Klausner said", "…, BC Ferries spokeswoman Ana Roe said")
      const portfolio =
        !dot && titled && !!t?.word && (t.cap === 1 || (t.cap === 2 && /^[A-Z]{2,6}$/.test(t.raw))) && !NP_BREAK.has(t.lower);
      if (
        first - 1 - dot <= ss ||
        c.first - first - joints >= (portfolio ? 6 : 4) ||
        !t ||
        !t.word ||
        !(TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower) || portfolio)
      )
        break;
      titled = titled || TITLES.has(t.lower);
      first -= 1 + dot;
    }
    // the roles of a name, in lower case or after a possessive, up to its article or the comma: "…, the AP reported.",
    // "…, the news site RTL Info reported.", "…, frontman Ade Kiedis revealed.", "…, Aas's longtime aide Ole Berg said."
    // (or after the titles just read, a possessive or an article before them: "…, his lawyer Tom Berg said.", "…, its
    // director Ana Vik said.", "…, the clinic's director Ana Vik said.")
    if (c.subject?.kind === 'key' && first <= c.subject.first && c.verb !== 'according') {
      // (past a country's dotted abbreviation before the name or its title, after the article or the comma: "…, the U.S.
      // Forest Service said.", "…, the U.S. Geological Survey said.", "…, U.S. Senator Ana Vale said.")
      if (DOTTED_CAPITALS.test(tokens[first - 1]?.raw ?? '') && (tokens[first - 2]?.lower === 'the' || tokens[first - 2]?.raw === ','))
        first--;
      let k = first - 1;
      const owner = (x: Token): boolean => x.word && x.cap === 0 && /^(the|his|her|its|their|our)$/.test(x.lower);
      for (; k > ss && first - k <= 5; k--) {
        const t = tokens[k]!;
        if (t.key === "'s" && tokens[k - 1]?.word && (tokens[k - 1]!.cap || tokens[k - 2]?.lower === 'the')) k--;
        // (over a hyphen inside a compound: "…, state-run news agency Xinhua reported.")
        else if (t.raw === '-' && tokens[k - 1]?.word && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end) continue;
        // (over "and" between two roles: "…, president and chief operating officer Ana Vale said.")
        else if (k < first - 1 && andAfterRole(tokens, k) && tokens[k - 1]!.cap === 0) continue;
        // (a nationality before the role: "…, Portuguese newspaper Publico reports.", "…, Kenyan lawmaker Ann Njeri said.")
        else if (t.word && t.cap === 1 && DEMONYMS.has(t.lower) && tokens[k + 1]!.word && tokens[k + 1]!.cap === 0) continue;
        // (a verb's base form that is also a noun, before another word of the role, is its modifier: "…, state news agency
        // Xinhua reported.")
        else if (
          !t.word ||
          t.cap !== 0 ||
          NP_BREAK.has(t.lower) ||
          owner(t) ||
          (REPORTING_VERBS.has(t.lower) && !(k < first - 1 && NOUN_LIKE_VERBS.test(t.lower)))
        )
          break;
      }
      if (k > ss && owner(tokens[k]!) && tokens[k - 1]?.raw === ',') first = k;
      else if (k > ss && tokens[k]!.word && tokens[k]!.lower === 'the') first = k;
      else if (k > ss && tokens[k]!.raw === ',' && k < first - 1) first = k + 1;
      else if (k > ss && k < first - 1 && tokens[k]!.word && tokens[k]!.cap > 0) {
        // … or the capitalised words of an organisation or a person owning the role, after the comma: "…, Teamsters
        // Canada political director Marc Leduc told reporters.", "…, Premier Cole Baxter's longtime adviser Dale Horvath
        // said." (when a title or a role noun is among the words read)
        let m = k;
        while (m > ss && k - m < 4 && tokens[m]!.word && tokens[m]!.cap > 0 && !NP_BREAK.has(tokens[m]!.lower)) m--;
        let role = titled;
        for (let r = k + 1; r < first && !role; r++) role = SPEAKER_NOUNS.has(tokens[r]!.lower) || TITLES.has(tokens[r]!.lower);
        if (m > ss && m < k && tokens[m]!.raw === ',' && role) first = m + 1;
      }
    }
    // (so are the lower-case roles before an organisation named in capitals, up to the comma: "…, local newspaper the
    // Valley Herald reports.", "…, public broadcaster CTV News reported.")
    const s = c.subject;
    if (s?.kind === 'desc' && first <= s.first && c.verb !== 'according') {
      const named = tokens[s.first]!.lower === 'the' ? s.first + 1 : s.first;
      let k = first - 1;
      for (; k > ss && s.first - k <= 4; k--) {
        const t = tokens[k]!;
        // (a nationality is one of those roles: "…, Portuguese newspaper Publico reports.")
        if (t.word && t.cap === 1 && DEMONYMS.has(t.lower) && tokens[k + 1]!.word && tokens[k + 1]!.cap === 0) continue;
        if (!t.word || t.cap !== 0 || NP_BREAK.has(t.lower) || DETERMINERS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
      }
      let role = false;
      for (let r = k + 1; r < s.first; r++) role = role || OUTLET_ROLES.test(tokens[r]!.lower);
      if (named <= s.last && tokens[named]!.cap > 0 && role && k > ss && tokens[k]!.raw === ',' && !quoted[k]) first = k + 1;
    }
    // a description in apposition before the name, set off by commas, is the frame's too: "…, the head of the country's
    // atomic agency, Mohammad Eslami, said on Saturday." (an article or a possessive pronoun, then a title or a role
    // noun among at most ten words with no other mark than a possessive's)
    // (the name's own titles read above stand between: "…, its chair, Liberal MP Sunita Ramdhanie, said.")
    if (c.subject?.kind === 'key' && first <= c.subject.first && tokens[first - 1]?.raw === ',' && c.verb !== 'according') {
      let m = first - 2;
      let role = false;
      // (or a noun of an organisation, before its name: "…, its maker, Verity Biosciences, said Monday.")
      for (; m > ss && first - m <= 12; m--) {
        const t = tokens[m]!;
        if (t.word) role = role || (t.cap === 0 && (TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower) || ORG_DESCRIPTIONS.test(t.lower)));
        else if (t.raw === ',' || !(t.key === "'s" || /^['’-]$/.test(t.raw))) break;
      }
      const det = tokens[m + 1];
      // (a clause is no apposition: "Instead of running the ferry, the province would hand it to a private operator,
      // Jolly said." has a modal of its own, outside any relative clause)
      let clause = false;
      for (let r = m + 1; r < first - 1 && !clause; r++) {
        const w = tokens[r]!;
        if (w.word && /^(who|whose|which|that)$/.test(w.lower)) break;
        clause = w.word && w.cap === 0 && /^(would|will|could|should|can|may|might|must|is|are|was|were)$/.test(w.lower);
        // (or a verb in the past of its own: "Last year, the bakery sold its first cake, Nour said.", "In November, the
        // restaurant had its first profitable month, Nour said.")
        clause ||= clauseVerbAt(tokens, r);
        // (or a past of a subject's own that closes it before the comma: "Because the plant was safe, the crews left, said …";
        // or a plural's bare present: "If the city pays late, the workers suffer, Ortiz said.")
        clause ||=
          r === first - 2 &&
          r > m + 2 &&
          w.word &&
          w.cap === 0 &&
          (SUBJECT_PAST.test(w.lower) || pluralThenPresent(tokens[r - 1]!, w)) &&
          !!tokens[r - 1]?.word &&
          tokens[r - 1]!.cap === 0 &&
          !DETERMINERS.has(tokens[r - 1]!.lower);
      }
      if (m > ss + 1 && tokens[m]!.raw === ',' && role && !clause && det?.word && /^(the|a|an|his|her|its|their)$/.test(det.lower))
        first = m + 1;
      // (with no comma before that description, the name set off by commas right before the verb is its apposition inside
      // the sentence's own subject or object, no frame after words: "Consider what the city's housing director, Owen
      // Falkner, told council in September." reports nothing)
      else if (
        role &&
        !clause &&
        tokens[m]!.raw !== ',' &&
        !c.inverted &&
        tokens[c.subject.last + 1]?.raw === ',' &&
        c.verbFirst === c.subject.last + 2
      )
        return null;
    }
    // "…, as Lund's supporters point out.", "…, as the Harbour Times reported on Tuesday.": "as" opens the frame, what
    // comes before its comma is the report (what follows the frame is not)
    // (the article of a number the group's description opens with: "…, the two companies said.")
    if (
      c.subject?.kind === 'desc' &&
      first === c.subject.first &&
      /^[0-9]+$|^(two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[first]!.lower) &&
      /^(the|these|those|all)$/.test(tokens[first - 1]?.lower ?? '') &&
      tokens[first - 2]?.raw === ','
    )
      first--;
    const asFrame = tokens[first - 1]?.lower === 'as' && tokens[first - 2]?.raw === ',' && !c.inverted;
    // (not when another frame of the sentence comes before it, whose words they are: "Ottawa will send more nurses, the
    // minister told CBC News, as the province reported 412 new cases")
    if (asFrame && (this.bySentence.get(c.sent) ?? []).some((o) => o !== c && o.last < first - 2)) return null;
    if (asFrame) first--;
    // (nor a pronoun's frame set off by commas inside the clause of another frame of its sentence, the same speaker's
    // aside: "Rivard said the Liberals filed 240 amendments, most of them, he said, designed only to delay")
    if (this.asideInClause(c)) return null;
    // the comma may stand inside the closing mark of a fragment: "The party “allows us to get our message out,” said Coleman."
    let inMark = 0;
    while (inMark < 2 && FRAGMENT_MARK.test(tokens[first - 1 - inMark]?.raw ?? '')) inMark++;
    if (inMark > 0 && !(tokens[first - 1 - inMark]?.raw === ',' && this.quotedHere(first - 1 - inMark))) inMark = 0;
    const comma = tokens[first - 1 - inMark];
    // "… by 271 delegates according to a count by the AP": "according to" needs no comma
    const according = c.verb === 'according';
    const bare = according && inMark === 0 && comma?.word === true && !this.doc.quoted[first - 1] && this.endsClause(c.last, se);
    if (!comma || (comma.raw !== ',' && !bare) || first - 1 - inMark <= ss) return null;
    // "…, Ives maintains a comfortable lead in the city.", "…, denied the report": the verb has an object of its own, it
    // frames nothing before it (say, tell, ask and write excepted: "…, she told her staff", "…, he said a day later")
    if (!according && this.objectAfterVerb(c)) return null;
    // after the verb only a short adverbial until the end, or the rest of the sentence after a frame in mid-sentence;
    // after "according to" the source may run on ("according to a new poll that shows …")
    // (a bare "according to" is no parenthesis, what follows its source is no more of the words: "… by 271 delegates
    // according to a count by the AP, but …")
    const resumed = asFrame || bare ? -1 : this.resumedAfterFrame(c, se);
    let words = 0;
    let medium = false;
    const toldComma = !c.inverted && /^(told|tells|tell)$/.test(c.verb) ? this.skipObject(c.last + 1, se) : -1;
    for (let j = this.pastSpeakersRelative(c, se); j <= se && resumed < 0 && !according; j++) {
      const t = tokens[j]!;
      // "…, Fiorina said, adding that …": the participle starts a clause of its own; "…, said Rita Katz, the director of …"
      // (a participle of how the speaker spoke, right after the frame's comma, belongs to the frame: "…, one of the
      // people said, speaking on condition of anonymity because …")
      // (or right after the one told: "…, Ada Vik told reporters, alluding to the complaints filed by …")
      const participle =
        (j === c.last + 1 || j === toldComma) && (FRAME_PARTICIPLES.test(tokens[j + 1]?.lower ?? '') || this.referringToEnd(j + 1, se));
      // (nor is "…, lawmakers said Friday, as they bristled at …": the writer's circumstance, see resumedAfterFrame)
      if (
        t.raw === ',' &&
        (CONTINUING_VERBS.has(tokens[j + 1]?.lower ?? '') ||
          participle ||
          (j === c.last + 1 && this.appositionAfter(c)) ||
          this.asCircumstance(j + 1) ||
          this.purposeAt(j + 1) ||
          this.phraseToEnd(j + 1, se) ||
          this.participleAt(j + 1) ||
          this.rivalReportAt(c, j + 1, true) ||
          this.summaryAt(j + 1) ||
          this.butClauseAt(c, j + 1, se) ||
          // "…, said officials, including Ann Bell": an aside on the speaker
          this.speakersAsideAt(c, j + 1) ||
          // "…, the manager said on Monday, and told workers …": the speaker's own act
          this.speakersActAt(c, j + 1) ||
          // "…, the chief said, and the roof was alight, a neighbour recalled": words another frame closing the sentence reports
          this.handsOnToClosingFrame(c, j) ||
          // "…, they wrote, which could make the link look stronger than it is": a relative clause on what came before
          tokens[j + 1]?.lower === 'which')
      )
        break;
      // "…, analysts say; in 2012, …": a new clause (and after an "as" frame, its closing comma)
      if (t.raw === ';' || (asFrame && t.raw === ',')) break;
      // "…, the budget officer reported on Tuesday — a development that …": after a dash, the writer's own apposition
      // to the report, a noun phrase (not "… insiders in two states — Nevada and Ohio — said …")
      const past = afterDash(tokens, j);
      if (dashAt(tokens, j) && /^(a|an|the|another)$/.test(tokens[past]?.lower ?? '') && !quoted[past]) break;
      // "…, he said according to a transcript reviewed by …": the record the words are known through
      if (t.word && t.lower === 'according' && tokens[j + 1]?.lower === 'to') break;
      // "…, the minister said Thursday as he tabled a budget that …": a clause of time right after the verb (and its
      // time) is the writer's circumstance, whatever it holds
      if (
        t.word &&
        t.cap === 0 &&
        j <= c.last + 3 &&
        /^(as|when|while|after|before)$/.test(t.lower) &&
        (t.lower !== 'as' || this.asCircumstance(j)) &&
        this.subjectThenVerb(j + 1, se, true)
      )
        break;
      // "…, its chief executive announced Thursday in a blog post that credited …": the relative clause is the medium's
      if (this.mediumRelative(j, c.last)) break;
      if (quoted[j] || (t.word && t.lower === 'that')) return null;
      if (t.word && !medium) words++;
      // "…, Bishop Henri Lacasse announced Sunday in a letter read at masses across the region.": the medium the words came
      // through, with what the writer says of it, adds no words to the frame's count
      medium = medium || (t.word && t.cap === 0 && FRAME_MEDIA.test(t.lower) && this.mediumAfter(j, c.last));
    }
    if (words > 8) return null;
    let to = resumed >= 0 ? resumed : first - (bare ? 1 : 2) - inMark;
    let from = ss;
    while (from < to && !tokens[from]!.word) from++;
    from = this.openedParenthesis(from, first, c.last, se);
    // past a dateline: "LONDON —", "WASHINGTON (AP) —", "New Delhi, Aug 14 (PTI) The …"
    const dated = datelineEnd(tokens, from, to);
    if (dated >= 0) from = dated;
    // a live blog's time stamp: "10:48 a.m.: The province has …", "3:10 p.m. — …" (the writer's, before the report)
    const stamp = /^\d/.test(tokens[from]?.raw ?? '') ? TIME_STAMP.exec(this.doc.text.slice(tokens[from]!.start, tokens[to]!.start)) : null;
    const stampEnd = stamp ? tokens[from]!.start + stamp[0].length : -1;
    while (from < to && tokens[from]!.start < stampEnd) from++;
    // (past a frame in mid-sentence after a clause of its own, whose words those are: "The fire started in the kitchen, she
    // said, and spread within minutes, the chief added" gives the chief "spread within minutes")
    const handedOn = this.handedOnFrom(c, from);
    if (handedOn >= 0) from = handedOn;
    while (to > from && !tokens[to]!.word) to--;
    // (only when the frame ends the sentence: not past a frame in mid-sentence, whose resumed words may be the writer's)
    const openedAt = from;
    const opened = resumed < 0 ? this.openingMarkBefore(from, ss) : from;
    if (this.holdsQuote(opened, to, se)) return null;
    // words a document is quoted as finding are its own, not the speaker's: 'The bridge was closed after a report found
    // “advanced corrosion,” officials said' reports the closure, up to the clause of the report
    const found = this.documentFragment(from, to);
    if (found >= 0) {
      if (!/^(after|because|when|since|as|before|until|once)$/.test(tokens[found - 1]?.lower ?? '') || found - 1 <= from) return null;
      to = found - 2;
      while (to > from && !tokens[to]!.word) to--;
    }
    // "But the plan will fail, he said.": the conjunction links to the sentence before
    if (/^(but|and|or)$/.test(tokens[from]!.lower) && tokens[from + 1]?.word) from++;
    // "But, Lund added, he did not support …", "And yet, aides say, the pier …": the conjunction and its comma open
    // the frame, the speech follows it
    if (/^(but|and|yet|still|so)$/.test(tokens[from]!.lower) && tokens[from + 1]?.raw === ',' && from + 2 === first && resumed >= 0)
      from += 2;
    // "What's more, they note, there are …", "What is worse, Lund said, the pier …": a connective of the writer's or the
    // speaker's before a frame in mid-sentence, the speech the clause after the frame
    if (
      resumed >= 0 &&
      tokens[first - 1]?.raw === ',' &&
      tokens[c.last + 1]?.raw === ',' &&
      /^what(?: is| ?['’]s) (more|worse)$/.test(
        tokens
          .slice(from, first - 1)
          .map((t) => t.lower)
          .join(' '),
      ) &&
      this.subjectThenVerb(c.last + 2, se, false)
    )
      from = c.last + 2;
    // a comparison fronted before the frame with no main clause of its own before it is no report, the frame's subject
    // is the main clause's: "Unlike Okafor, who told reporters that he would cut taxes, Hale promised nothing" (the
    // relative clause's report is Okafor's, found by its own construction)
    if (resumed < 0 && frontedComparisonAt(tokens, from, first - 1 - inMark)?.comma === -1) return null;
    let f = tokens[from]!;
    // (what a frame in mid-sentence hands on opens with a verb or a subject, not an adverb's phrase: "The levy passed, she
    // said, but only after a fight, the mayor recalled" gives the mayor nothing)
    if (handedOn >= 0 && (SHORT_CLAUSE_ADVERBS.test(f.lower) || /^[a-z]{3,}ly$/.test(f.lower))) return null;
    // an opening participle's phrase alone is no clause: "Weighing in on the debate, Ada Vik agreed, praising …"
    // (nor one in the past before its preposition: "Reached at his home, Mr. Brandvold denied any wrongdoing.", "Contacted
    // by phone, Ada Vik said nothing.")
    const pastParticiple =
      /^[a-z]{3,}[^e]ed$/.test(f.lower) &&
      f.cap === 1 &&
      !!tokens[from + 1]?.word &&
      /^(by|at|in|on|about|after|outside)$/.test(tokens[from + 1]!.raw);
    if (f.word && ((/^[a-z]{3,}ing$/.test(f.lower) && !NOT_PARTICIPLES.test(f.lower)) || pastParticiple)) {
      let finite = false;
      for (let j = from + 1; j <= to && !finite; j++) finite = !quoted[j] && finiteWord(tokens[j]!);
      if (!finite) return null;
    }
    // a sentence that opens with a preposition or a subordinate clause is reported speech when a main clause
    // follows it: "In his state, Chen said, offenders are sent to treatment." / "If the talks fail, prices will rise, Chen said."
    // a frame in mid-sentence holds its sentence together: "Nor does the mayor have plans, aides say, to …", "So it makes sense, strategists said, for …"
    const framedOpen = resumed >= 0 && /^(so|nor|to)$/.test(f.lower) && tokens[from + 1]?.word === true;
    // "As long as the city pays, Ortiz said, the strike is off", "So long as …, …", "As soon as …, …": a subordinator
    // of three words, an opener like "unless" or "once"
    const longAs = /^(as|so)$/.test(f.lower) && /^(long|soon)$/.test(tokens[from + 1]?.lower ?? '') && tokens[from + 2]?.lower === 'as';
    if (
      !framedOpen &&
      !(longAs && (resumed >= 0 || this.openerThenClause(from, first - 2, se))) &&
      (/^(so|asked)$/.test(f.lower) ||
        // "While the plan is good, it is expensive, Chen said." (not "When the vote was over, Chen said")
        // (nor "When the two met last week, he said, she had offered nothing new": a frame in mid-sentence between the
        // clause of "when" or "while" and the main clause, each with its subject and verb; not "When asked, he said, …")
        // (before a frame in mid-sentence too when the main clause comes before it: "When the crew arrived, the depot was
        // empty, she said, and nobody knew why", "As the city grows, it is her job, she said, to keep …"; not "according to"
        // there, which may be a relative clause's: "As he campaigns, Lund meets a man whose book, according to its
        // summary, “draws …”")
        (/^(when|while|as)$/.test(f.lower) &&
          !((resumed < 0 || c.verb !== 'according') && this.openerThenClause(from, first - 2, se)) &&
          !(
            resumed >= 0 &&
            f.lower !== 'as' &&
            this.subjectThenVerb(from + 1, se, false) &&
            this.subjectThenVerb(c.last + 2, se, false)
          )) ||
        (CLAUSE_BAD_START.has(f.lower) &&
          !/^(when|while|as)$/.test(f.lower) &&
          // "What saved the shop, she says, was the regulars": a free relative, the subject of the copula after the frame
          !(resumed >= 0 && this.whatBeforeFrame(from, first - 1, c.last)) &&
          !(resumed < 0 && this.whClauseSubject(from, to)) &&
          !(this.approximateNumber(from) && !this.topicAbout(from, se)) &&
          // "Nor are fares likely to fall, said Aas" is one clause
          !(f.lower === 'nor' && AUXILIARIES.has(tokens[from + 1]?.lower ?? '')) &&
          !(OPENERS.has(f.lower) && (resumed >= 0 || this.openerThenClause(from, first - 2, se))) &&
          // "According to legend, the town flooded, Berg said": an opening "according to" that names no source (no
          // construction of its own) is a phrase like any other before the main clause, in the present too ("According to
          // tradition, the bell rings at midnight, the mayor said"), or before a frame in mid-sentence and a clause
          // ("According to legend, Berg said, the lake has no bottom"; not "…, Berg said, and the crowd cheered")
          !(
            f.lower === 'according' &&
            tokens[from + 1]?.lower === 'to' &&
            !(this.bySentence.get(c.sent) ?? []).some((o) => o.verbFirst === from) &&
            ((resumed >= 0 && this.subjectThenVerb(c.last + 2, se, false)) ||
              this.openerThenClause(from, first - 2, se) ||
              this.clauseAfterSourceless(from, first - 2))
          )))
    )
      return null;
    // "…, the ministry said:" introduces what follows
    if (tokens[c.last + 1]?.raw === ':') return null;
    const resumedFrom = c.inverted && c.verb !== 'according' ? this.pastSpeakersAside(c, c.last + 1, se) + 1 : c.last + 2;
    if (resumed >= 0 && !wordsAtLeast(this.doc.text, 2, f.start, tokens[first - 2]!.end)) {
      // "Still, he said, someone has to choose" is what follows the frame; "Survival, she says, depends on …" is one clause
      if (this.subjectThenVerb(c.last + 2, se, false)) {
        from = c.last + 2;
        f = tokens[from]!;
      } else if (
        // (with only a connective before the frame, nothing of the speech is left before it: "Still, Stone said, “nobody
        // disputes …”" is the quotation after the frame, found as one)
        from >= first ||
        // "Survival, she says, depends on …", "That, the chief explained, is by design": the word before the frame is
        // the subject when a verb follows the frame (a preposition or a conjunction there opens a phrase of the writer's)
        // (past the speaker's own relative clause: "And Lund, said Ada Vik, who …, does not …")
        !(
          f.cap > 0 &&
          tokens[resumedFrom]!.cap === 0 &&
          (!CLAUSE_BAD_START.has(tokens[resumedFrom]!.lower) || auxiliary(tokens[resumedFrom]!.lower))
        )
      )
        return null;
    }
    const start = opened < openedAt && from === openedAt ? tokens[opened]!.start : f.start;
    const end = this.clauseEnd(to, se);
    // (four words at least; two or three when they are a subject and its verb: "Sales were great, he said", "Prices rose";
    // three after a frame in mid-sentence that hands on, the verb of the subject before it: "…, and spread within minutes")
    if (!wordsAtLeast(this.doc.text, handedOn >= 0 ? 3 : 4, start, end) && !this.shortClause(from, to, handedOn >= 0)) return null;
    // the frame in mid-sentence is the writer's, not the speaker's words: kept as a gap ("The council, said Ola Brandt,
    // ignored the warnings" reads "The council … ignored the warnings"), not in a comma inside a closing mark
    const closing = this.resumedComma.get(c);
    if (resumed >= 0 && closing !== undefined && inMark === 0 && from < first - 2 && tokens[closing + 1]!.start < end)
      this.gaps.set(c, [tokens[first - 2]!.end, tokens[closing + 1]!.start]);
    return [start, end];
  }

  /**
   * The first token of a document's noun phrase in [from, to] whose verb in the past quotes words right after it: "a
   * report found “advanced corrosion,”", "an audit called the spending “reckless”" is not; "the study warned of “…”" is
   * not either (the mark right after the verb); the article's token, or -1.
   */
  private documentFragment(from: number, to: number): number {
    const { tokens, quoted } = this.doc;
    for (let m = from + 3; m <= to; m++) {
      // (the opening mark, the first quoted token)
      if (!quoted[m] || quoted[m - 1] || !FRAGMENT_MARK.test(tokens[m]!.raw)) continue;
      const d = this.documentQuoting(m);
      if (d >= from) return d;
    }
    return -1;
  }

  /**
   * The article of a document's noun phrase whose verb in the past is right before the opening mark at `m`: "a report
   * found “…”", "the audit concluded “…”" (two modifiers at most: "a 2019 engineering report found"); or -1.
   */
  documentQuoting(m: number): number {
    const { tokens } = this.doc;
    const v = tokens[m - 1];
    if (!v?.word || v.cap !== 0 || auxiliary(v.lower) || !pastTense(v.lower)) return -1;
    const head = tokens[m - 2];
    if (!head?.word || head.cap !== 0 || !(DOCUMENT_NOUNS.has(head.lower) || FINDING_NOUNS.test(head.lower))) return -1;
    for (let d = m - 3; d >= Math.max(0, m - 5); d--) if (/^(a|an|the|its|their)$/.test(tokens[d]!.lower)) return d;
    return -1;
  }

  /**
   * Is the frame's verb followed by an object of its own, an article or a possessive and a noun that is no time ("…,
   * Ives maintains a comfortable lead", "…, denied the report"), when the verb is none that takes its listener or its
   * medium as object (say, tell, ask, write, assure, remind, inform, warn)?
   */
  private objectAfterVerb(c: Construction): boolean {
    const { tokens } = this.doc;
    // (a warning or a reminder given to someone about a topic of its own frames nothing before it: "…, the operator has
    // already warned its deckhands about layoffs")
    if (/^(remind|inform|warn)/.test(c.verb)) return this.objectThenTopic(c.verbLast + 1);
    if (/^(say|said|says|saying|tell|told|tells|ask|asked|asks|wr[io]te|writes|written|assur)/.test(c.verb)) return false;
    const d = tokens[c.verbLast + 1];
    const n = tokens[c.verbLast + 2];
    if (!d?.word || !n?.word || !/^(a|an|the|his|her|its|their|our)$/.test(d.lower)) return false;
    if (
      n.cap !== 0 ||
      TIME_WORDS.has(n.lower) ||
      DAYS_MONTHS.has(n.lower) ||
      /^(next|following|same|previous|day|week|month|year|moment|while|few)$/.test(n.lower)
    )
      return false;
    return true;
  }

  /**
   * Whether a determiner at `k` opens an object of one to three lower-case words followed by "about", "of" or "against":
   * "its deckhands about layoffs", "the public of the risk".
   */
  private objectThenTopic(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const d = tokens[k];
    if (!d?.word || quoted[k] || !/^(a|an|the|his|her|its|their|our|all)$/.test(d.lower)) return false;
    for (let p = k + 1; p <= k + 4; p++) {
      const t = tokens[p];
      if (!t?.word || quoted[p] || t.cap !== 0) return false;
      if (p > k + 1 && /^(about|of|against)$/.test(t.lower)) return true;
    }
    return false;
  }

  /**
   * Does a frame of the sentence other than c, its subject opening right after a comma past c's verb, have its verb
   * before the "that" at j, no comma between? ("Okafor argued on Monday, the mayor said that …"; not a relative clause
   * on c's object: "told a woman who suggested that …")
   */
  private otherFrameBefore(c: Construction, j: number): boolean {
    const { tokens } = this.doc;
    return (this.bySentence.get(c.sent) ?? []).some((o) => {
      if (o === c || o.inverted || o.continuing || !o.subject || o.subject.first <= c.verbLast + 1 || o.verbLast >= j) return false;
      if (tokens[o.subject.first - 1]?.raw !== ',' || this.doc.quoted[o.subject.first - 1]) return false;
      for (let x = o.verbLast + 1; x < j; x++) if (!tokens[x]!.word || this.doc.quoted[x]) return false;
      return true;
    });
  }

  /**
   * "…, Premier Dana Holt announced Thursday, as health officials warned that …", "…, the mayor said, while owners said
   * …", "…, even as experts warned …", "…, the minister said, but opponents said …": does "as", "while", "whereas", "but" or
   * "(even) though" at `k` open another speaker's report, a construction of the sentence whose subject follows it (past
   * a determiner or two)? What that speaker says is theirs only; the frame before it reports what comes before it. With
   * `joined`, "and" too, after a frame's closing comma: "…, the health authority said Thursday, and officials warned …"
   * (in a clause after the verb, "and" may go on with the same report: "said the group had warned the landlord, and
   * that the landlord had promised …"). With `dashed`, k is the word after a dash, and the subject may open there with
   * no conjunction: "Some neighbours say the pier is safe - others say it is crumbling".
   */
  private rivalReportAt(c: Construction, k: number, joined = false, dashed = false): boolean {
    const { tokens } = this.doc;
    const s = tokens[k]?.lower === 'even' && /^(as|while|though)$/.test(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
    const w = tokens[s]?.lower ?? '';
    const opener = /^(while|whereas|though|although|but)$/.test(w) || (joined && w === 'and') || this.asCircumstance(s);
    if (!opener && !dashed) return false;
    // (the subject's first word: past the conjunction, or the dash's next word, where the subject found may open before
    // the dash, so its verb is counted from there: "- city officials say …")
    const from = opener ? s + 1 : k;
    return (this.bySentence.get(c.sent) ?? []).some(
      (o) =>
        o !== c &&
        !o.inverted &&
        !o.continuing &&
        o.subject !== null &&
        (opener ? o.subject.first >= from : o.verbFirst > from && o.verbFirst <= from + 3 && this.allWords(from, o.verbFirst)) &&
        // (or a name past its lower-case role: "while the opposition newspaper Dagsposten called it …")
        (o.subject.first <= from + 2 || (o.subject.kind === 'key' && o.subject.first <= from + 4)) &&
        o.verbFirst > o.subject.last &&
        this.allWords(from, o.subject.first),
    );
  }

  /** How many words the tokens from `a` up to (not including) `b` hold. */
  private wordsBetween(a: number, b: number): number {
    let n = 0;
    for (let x = a; x < b; x++) if (this.doc.tokens[x]!.word) n++;
    return n;
  }

  /** Are the tokens from a to b a noun phrase's plain words: lower case, unquoted, no preposition nor time ("quarterly revenue")? */
  private plainWords(a: number, b: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let x = a; x <= b; x++) {
      const t = tokens[x]!;
      if (!t.word || t.cap !== 0 || quoted[x] || PP_PREPS.has(t.lower) || TIME_WORDS.has(t.lower) || TIME_PREPS.has(t.lower)) return false;
    }
    // (an adverb before the "that" is no object: "said again that cost savings …", "said privately that cost overruns …")
    const last = tokens[b]?.lower ?? '';
    if (ADVERB_BEFORE_THAT.test(last) || (/ly$/.test(last) && !LY_NOUNS.test(last))) return false;
    return a <= b && !/^(told|tells|tell)$/.test(tokens[a - 1]!.lower);
  }

  /** Are the tokens from `a` up to (not including) `b` all words? */
  private allWords(a: number, b: number): boolean {
    for (let x = a; x < b; x++) if (!this.doc.tokens[x]!.word) return false;
    return true;
  }

  /**
   * Does a phrase of the writer's purpose or occasion open at k: "in a bid to …", "in an effort to …", "in an attempt to
   * …", "in a move to …", "in response to …", "in reaction to …", "amid …", "in a dispute over …"?
   */
  private purposeAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const w = (d: number): string => (tokens[k + d]?.word ? tokens[k + d]!.lower : '');
    // "…, their union said Wednesday, amid a standoff over overtime": the writer's setting of the news
    if (/^(amid|amidst)$/.test(w(0)) && !quoted[k]) return true;
    if (tokens[k]?.lower !== 'in' || quoted[k]) return false;
    // "…, their union announced Monday, in a dispute over staffing", "…, in a row that has dragged on since May": the
    // quarrel the news belongs to
    if (/^(a|an|the|its|their)$/.test(w(1)))
      for (let d = 2; d <= 3; d++)
        if (/^(dispute|row|standoff|feud|wrangle)$/.test(w(d)) && /^(over|about|that|which)$/.test(w(d + 1))) return true;
    if (/^(response|reaction|reply)$/.test(w(1))) return w(2) === 'to';
    if (/^(a|an)$/.test(w(1)) && /^(bid|effort|attempt|move|push)$/.test(w(2)) && w(3) === 'to') return true;
    // (or the writer's setting of the news: "…, officials confirmed Monday, in the latest setback for the project", "…,
    // in a blow to the mayor", "…, in a rare rebuke of the premier")
    if (!/^(a|an|the|another|what)$/.test(w(1))) return false;
    for (let d = 2; d <= 4; d++)
      if (
        /^(setback|blow|sign|twist|turn|chapter|escalation|reversal|victory|defeat|win|loss|boost|rebuke|reminder|test|departure|shift|break)$/.test(
          w(d),
        )
      )
        return /^(for|to|of|in|against|from|that)$/.test(w(d + 1)) || !tokens[k + d + 1]?.word;
    return false;
  }

  /**
   * Is token k a preposition of medium or setting ("in", "on", "at", "via", "through", "during", "with") opening a phrase
   * with no finite verb that runs to the sentence's end, or to a relative "that", "which" or "who" on its noun ("in a
   * statement.", "in a move that will cost 300 jobs")? Not a phrase opening more of the words: "…, she said, in most
   * cases have doubled." With `media`, only a phrase whose noun (within its first four words) is a medium's ("in a
   * statement", "in an interview with …") or a move's before its relative clause ("in a move that …", "in a case that …").
   */
  private phraseToEnd(k: number, se: number, media = false): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[k];
    if (!t?.word || t.cap !== 0 || quoted[k] || !/^(in|on|at|via|through|during|with)$/.test(t.lower)) return false;
    const last = this.lastWord(se);
    if (last <= k) return false;
    let medium = false;
    for (let j = k + 1; j <= last; j++) {
      const x = tokens[j]!;
      if (quoted[j] || j - k > 10) return false;
      if (!x.word) {
        if (joiningHyphenAt(tokens, j) || x.key === "'s") continue;
        return false;
      }
      if (j > k + 1 && x.cap === 0 && /^(that|which|who)$/.test(x.lower))
        return !media || medium || /^(move|bid|effort|case)$/.test(tokens[j - 1]!.lower);
      if (finiteWord(x) || SPEECH_VERBS.has(x.lower) || x.lower === 'and' || x.lower === 'but') return false;
      medium = medium || (j - k <= 4 && FRAME_MEDIA.test(x.lower));
    }
    return !media || medium;
  }

  /**
   * Is token k a participle in -ing opening a phrase of its own after a frame's closing comma ("…, the union said,
   * raising the prospect of a strike"; not "during", "morning", "nothing" …)?
   */
  private participleAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[k];
    // (any participle after a frame that ends on its time, the comma closing the announcement: "…, the newspaper's owner
    // announced Tuesday, cutting 38 jobs")
    const timed =
      tokens[k - 1]?.raw === ',' &&
      !!tokens[k - 2]?.word &&
      !quoted[k - 2] &&
      TIME_WORDS.has(tokens[k - 2]!.lower) &&
      /^[a-z]{3,}ing$/.test(t?.raw ?? '') &&
      !NOT_PARTICIPLES.test(t!.lower);
    if (!t?.word || t.cap !== 0 || quoted[k] || !(CONSEQUENCE_PARTICIPLES.test(t.lower) || timed) || !tokens[k + 1]?.word) return false;
    // (not a gerund that is the subject of the clause going on, an auxiliary after it: "…, he said, replacing Clinton would
    // be much harder")
    for (let j = k + 1; j <= k + 8; j++) {
      const x = tokens[j];
      if (!x?.word || quoted[j] || /^(that|which|who|whose|when|where|while|as|because|if)$/.test(x.lower)) return true;
      // (an auxiliary hyphened into a compound is no verb: "leaving hundreds of would-be workers in limbo")
      if (x.cap === 0 && auxiliary(x.lower) && !joiningHyphenAt(tokens, j + 1)) return false;
    }
    return true;
  }

  /** Does an "as" at `k` open a clause of circumstance ("as the province returns to the table"), not "as well as" or "as much as"? */
  private asCircumstance(k: number): boolean {
    const { tokens } = this.doc;
    return tokens[k]?.lower === 'as' && !/^(well|much|many|long|soon|far|usual|expected|such)$/.test(tokens[k + 1]?.lower ?? '');
  }

  /** Does the writer's noun phrase summing up a report open at k: "a move he said was overdue", "an unusual step that …"? */
  private summaryAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[k];
    if (!t?.word || quoted[k] || !/^(a|an)$/.test(t.lower)) return false;
    return SUMMARY_NOUNS.test(tokens[k + 1]?.lower ?? '') || (!!tokens[k + 1]?.word && SUMMARY_NOUNS.test(tokens[k + 2]?.lower ?? ''));
  }

  /**
   * Does the writer's summing-up open at k, after a comma that ends a reported clause: "a" or "an", at most one modifier,
   * a noun of what happened or of a quantity, then a participle in -ing with an object in lower case or a number ("…, a layoff rivaling the cuts
   * of 2009", "…, an increase matching last year's")? Not a person's apposition to the last noun ("…, a lawyer
   * representing the family"): the noun is no person's.
   */
  private summingUpParticipleAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!/^(a|an)$/.test(tokens[k]?.raw ?? '') || quoted[k]) return false;
    const summing = (w: string): boolean => EVENT_NOUNS.test(w) || SUMMARY_NOUNS.test(w);
    const noun = summing(tokens[k + 1]?.lower ?? '') ? k + 1 : k + 2;
    const n = tokens[noun];
    if (!n?.word || n.cap !== 0 || quoted[noun] || !summing(n.lower)) return false;
    if (noun === k + 2 && (!tokens[k + 1]!.word || tokens[k + 1]!.cap !== 0 || quoted[k + 1])) return false;
    const p = tokens[noun + 1];
    const o = tokens[noun + 2];
    // (an aside that runs to the sentence's end, in no list: "…, a decline reflecting weaker demand, and that it would cut
    // prices" and "problems: a loss, a decline affecting exports, and rising debt" go on with the report)
    const end = sentEnd(this.doc, k);
    for (let m = noun + 1; m < end; m++) if (/^[,;:(—–]$/.test(tokens[m]!.raw)) return false;
    for (let m = sentStart(this.doc, k); m < k; m++) if (tokens[m]!.raw === ':') return false;
    return (
      !!p?.word &&
      p.cap === 0 &&
      /^[a-z]{3,}ing$/.test(p.lower) &&
      !NOT_PARTICIPLES.test(p.lower) &&
      !!o?.word &&
      (o.cap === 0 || /^\d/.test(o.raw))
    );
  }

  /**
   * Does "but" at k, after the frame of c, open a clause of the writer's set against the report: another party's reply
   * ("…, the chief said Monday, but the man's family disputed that account"), or any clause with its own subject and
   * verb after quoted words ("“not a backslapper,” said Mr. Sperling, but she has developed …")? Not the speaker's own
   * turn in reported speech: "He may not electrify a room, they say, but he is still an effective advocate".
   */
  private butClauseAt(c: Construction, k: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[k]?.lower !== 'but' || !this.subjectThenVerb(k + 1, se, false)) return false;
    // (after a quotation that opens the sentence, or after an inverted frame, "…, said Mr. Sperling, but she has …"; a
    // fragment inside the writer's clause before "she said" is no such quotation: 'The situation was “very serious,” she
    // said, but the hospital was …' goes on)
    if (!this.unquotedBefore(c) && (c.inverted || this.quotedHere(this.doc.sents.starts[c.sent]!))) return true;
    for (let j = k + 1; j <= Math.min(se, k + 8); j++) {
      const t = tokens[j]!;
      if (quoted[j] || !t.word) return false;
      if (
        t.cap === 0 &&
        (SPEECH_VERBS.has(t.lower) || /^(disput(e|es|ed)|contest(s|ed)?|challeng(e|es|ed)|question(s|ed)?|reject(s|ed)?)$/.test(t.lower))
      )
        return true;
      if (t.cap === 0 && pastOrAuxiliary(t.lower)) return false;
    }
    return false;
  }

  /**
   * Does the writer's noun summing up the report open at k, with another construction's subject right after it: "…, a
   * claim fire officials said they were looking into", "…, an accusation the union denied"?
   */
  private summaryReportedAt(c: Construction, k: number): boolean {
    // (or "something" alone: "argued that the informant had been promised a lighter sentence, something the informant
    // denied")
    const t = this.doc.tokens[k];
    const something = !!t?.word && !this.doc.quoted[k] && t.lower === 'something';
    if (!something && !this.summaryAt(k)) return false;
    const noun = something ? k : SUMMARY_NOUNS.test(this.doc.tokens[k + 1]?.lower ?? '') ? k + 1 : k + 2;
    return (this.bySentence.get(c.sent) ?? []).some(
      (o) => o !== c && o.subject !== null && o.subject.first > noun && o.subject.first <= noun + 2,
    );
  }

  /**
   * Whether the medium noun at j closes a phrase of "in", "on", "at", "via", "during" or "through" opened after the frame's
   * last token, with at most two words between ("in a pastoral letter", "on its website", "in an emailed statement").
   */
  private mediumAfter(j: number, last: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let k = j - 1; k > last && j - k <= 3; k--) {
      const t = tokens[k]!;
      if (!t.word || t.cap !== 0 || quoted[k]) return false;
      if (/^(in|on|at|via|during|through)$/.test(t.lower)) return k < j - 1;
    }
    return false;
  }

  /**
   * Is the "that" at j a relative pronoun on the medium noun of the frame's phrase after `last`, a finite verb right after
   * it: "announced Thursday in a blog post that credited artificial intelligence …", "said in a statement that blamed
   * rising costs" (not "said in a statement that the plant would close", "… that crews had been …")?
   */
  private mediumRelative(j: number, last: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[j];
    const noun = tokens[j - 1];
    const after = tokens[j + 1];
    return (
      !!t?.word &&
      t.lower === 'that' &&
      !quoted[j] &&
      !!noun?.word &&
      noun.cap === 0 &&
      FRAME_MEDIA.test(noun.lower) &&
      this.mediumAfter(j - 1, last) &&
      !!after &&
      !quoted[j + 1] &&
      after.word &&
      after.cap === 0 &&
      // (a past or an auxiliary; a plural noun in -s is the clause's subject: "said in a statement that crews had …")
      pastOrAuxiliary(after.lower) &&
      // (an -ed form with a verb of its own in the next two words is an adjective on the clause's subject: "said in a
      // statement that armed men had attacked …", "that trained staff would be sent")
      (auxiliary(after.lower) || ![tokens[j + 2], tokens[j + 3]].some((x) => !!x?.word && x.cap === 0 && pastOrAuxiliary(x.lower)))
    );
  }

  /**
   * The conjunction after the frame in mid-sentence `m` whose words after it the frame `t` closing the same sentence
   * reports: "The fire started in the kitchen, she said, and spread within minutes, the chief added." — words with a
   * finite verb of their own before m, m set off by commas, "and", "but" or "or" right after m's closing comma, t after a
   * later comma with at most a short adverbial after its verb; -1 otherwise. m reports only the clause before it, t only
   * the words after the conjunction ("The fire, the chief said, started in the kitchen, officials added" has no clause
   * before the frame in mid-sentence: the chief's words run on, and nothing is handed on).
   */
  private handingOnAt(m: Construction, t: Construction): number {
    const { tokens, quoted } = this.doc;
    if (m === t || m.sent !== t.sent || m.last + 3 >= t.first) return -1;
    const ss = this.doc.sents.starts[m.sent]!;
    const se = (this.doc.sents.starts[m.sent + 1] ?? tokens.length) - 1;
    // (the frame opens at its comma, past a title or a role before the name: "…, Fire Chief Dana Oyelaran said, and …")
    let open = m.first - 1;
    while (
      open > ss &&
      m.first - open <= 4 &&
      tokens[open]!.word &&
      !quoted[open] &&
      (tokens[open]!.cap > 0 || !NP_BREAK.has(tokens[open]!.lower))
    )
      open--;
    const conj = m.last + 2;
    if (open <= ss || tokens[open]!.raw !== ',' || quoted[open] || tokens[m.last + 1]?.raw !== ',' || quoted[m.last + 1]) return -1;
    const w = tokens[conj];
    if (!w?.word || w.cap !== 0 || quoted[conj] || !/^(and|but|or)$/.test(w.lower)) return -1;
    if (tokens[t.first - 1]?.raw !== ',' || quoted[t.first - 1] || t.first - 1 <= conj + 1) return -1;
    // (t closes the sentence: "…, the chief added.", "…, the chief added on Tuesday.")
    let after = 0;
    for (let j = t.last + 1; j <= se; j++) {
      if (tokens[j]!.raw === ',' || quoted[j]) return -1;
      if (tokens[j]!.word) after++;
    }
    if (after > 3) return -1;
    for (let j = ss; j < open; j++) if (!quoted[j] && finiteWord(tokens[j]!)) return conj;
    return -1;
  }

  /** Does a frame closing c's sentence report the words after the closing comma `comma` of c in mid-sentence? */
  private handsOnToClosingFrame(c: Construction, comma: number): boolean {
    if (comma !== c.last + 1) return false;
    return (this.bySentence.get(c.sent) ?? []).some((t) => this.handingOnAt(c, t) >= 0);
  }

  /** The conjunction after a frame in mid-sentence past `from` that hands its words on to the closing frame c, or -1. */
  private handedOnFrom(c: Construction, from: number): number {
    for (const m of this.bySentence.get(c.sent) ?? []) {
      const conj = m.first > from ? this.handingOnAt(m, c) : -1;
      if (conj >= 0) return conj;
    }
    return -1;
  }

  /**
   * A frame in mid-sentence: "The fire started in the kitchen, she said, and spread within minutes." / "The bridge,
   * according to the ministry, will reopen in May." The reported speech resumes after the frame's closing comma
   * and runs to the sentence's end (or to the next construction); returns its last token, or -1.
   */
  private resumedAfterFrame(c: Construction, se: number): number {
    const { tokens } = this.doc;
    // "The answer, the pilot told reporters, was a new ramp": past the object of "told"
    let comma = !c.inverted && /^(told|tells|tell)$/.test(c.verb) ? this.skipObject(c.last + 1, se) : c.last + 1;
    // past a short phrase of time or place after the verb: "…, she said in an interview, and spread …", "…, the agency
    // said in a June report, and those in …", "…, he said Thursday, was …" (not after "according to", whose source
    // runs on: "…, according to her lawyers in a court filing, and has coincided with …")
    const lead = tokens[comma];
    if (
      c.verb !== 'according' &&
      lead?.word &&
      (/^(in|on|at|during|after|before|outside|inside|near|from|via|last|this|earlier|later)$/.test(lead.lower) ||
        DAYS_MONTHS.has(lead.lower) ||
        TIME_WORDS.has(lead.lower))
    ) {
      let j = comma + 1;
      while (j <= Math.min(se, comma + 5) && tokens[j]!.word && !this.doc.quoted[j]) j++;
      if (tokens[j]?.raw === ',') comma = j;
    }
    // (and past a relative clause on the source of "according to": "The system, according to a former engineer at the
    // company that built it, was known to …"; or a participle's: "The office, according to a letter obtained by this
    // newspaper, has asked …")
    if (
      c.verb === 'according' &&
      tokens[comma]?.word &&
      tokens[comma]!.cap === 0 &&
      (/^(that|who|which)$/.test(tokens[comma]!.lower) ||
        (/^([a-z]{2,}(ed|en)|shown|made|held|sent|kept)$/.test(tokens[comma]!.lower) &&
          /^(by|under|to|in|from|on|at|through|with|last|this|earlier)$/.test(tokens[comma + 1]?.lower ?? '')))
    ) {
      let j = comma + 1;
      // (over a compound's hyphens: "released under freedom-of-information rules")
      while (j <= Math.min(se, comma + 10) && (tokens[j]!.word || joiningHyphenAt(tokens, j)) && !this.doc.quoted[j]) j++;
      if (tokens[j]?.raw === ',') comma = j;
    }
    // (and past the speaker's own relative clause or apposition after an inverted frame, when only a subject stands before
    // the frame and a verb follows the closing comma: "Part of the problem, said Ola Brandt, who has studied the dam, is
    // the soil itself", "The worst of it, say engineers like Ola Brandt, a hydrologist, is the soil")
    const aside = c.inverted && c.verb !== 'according' ? this.pastSpeakersAside(c, comma, se) : comma;
    const pastAside = aside !== comma;
    comma = aside;
    const next = tokens[comma + 1];
    // (a fragment that goes on in lower case resumes it too: "These rulings, the lawyers said, “all point to the same
    // conclusion” that …"; holdsQuote decides)
    const inner = tokens[comma + 2]?.raw === "'" ? tokens[comma + 3] : tokens[comma + 2];
    const fragment = this.fragmentOpens(comma + 1) && inner !== undefined && inner.word && inner.cap === 0 && this.unquotedBefore(c);
    if (
      tokens[comma]?.raw !== ',' ||
      !next ||
      ((!next.word || this.quotedHere(comma + 1)) && !fragment) ||
      CONTINUING_VERBS.has(next.lower) ||
      // (a participle of the frame: "…, one of the people said, speaking on condition of anonymity")
      FRAME_PARTICIPLES.test(next.lower) ||
      // (or of what the words referred to, to the sentence's end: "The count was fair, Warren said, referring to the audit")
      this.referringToEnd(comma + 1, se) ||
      // (an aside on the speaker: "…, said engineers, among them Ann Bell", "…, said residents, many of whom have lived
      // there for decades", "…, officials said, including Ann Bell")
      this.speakersAsideAt(c, comma + 1) ||
      // (the speaker's own act after "and": "The plant will close in June, the manager said on Monday, and told workers
      // their jobs were gone"; not a verb the subject before the frame may go on with: "…, she said, and spread within
      // minutes")
      this.speakersActAt(c, comma + 1) ||
      // (a relative clause after "he said," or "she said," goes on with the noun before the frame, none of the pronoun's:
      // "Her last patient was a neighbour, she said, who had cut his hand")
      // ("which" stays out: "…, she said, which contradicts her earlier account" may be the writer's)
      next.lower === 'which' ||
      (next.lower === 'who' && (c.inverted || c.subject?.kind !== 'pronoun')) ||
      // "…, the minister announced Monday, as the province returns to the table": the writer's circumstance
      this.asCircumstance(comma + 1) ||
      // "…, the minister announced Tuesday, in a bid to stretch the program": the writer's purpose or occasion
      // (unless the words before the frame are too few to stand alone: "The talks collapsed, officials said, amid …")
      (this.purposeAt(comma + 1) && this.wordsBetween(this.doc.sents.starts[c.sent]!, c.first) >= 4) ||
      // "…, the agency said on Friday, in a statement.", "…, the company said Tuesday, in a move that will cost 300 jobs":
      // a phrase of the frame's medium or setting to the sentence's end, or to a relative clause on its noun (here, where
      // the words might go on, only a medium's or a move's: "Three people were injured, police said, in the collision on
      // Route 9" goes on)
      this.phraseToEnd(comma + 1, se, true) ||
      // "…, their union said Thursday, raising the prospect of a shutdown": the writer's participle of consequence
      this.participleAt(comma + 1) ||
      // "…, the mayor said Tuesday, while business owners said …", "…, and officials warned …": another speaker's report
      this.rivalReportAt(c, comma + 1, true) ||
      // "…, she said, according to a transcript.": the record the words are known through, not more of them
      (next.lower === 'according' && tokens[comma + 2]?.lower === 'to') ||
      // "…, according to an internal memo, despite assurances from officials": the writer's concession after the source
      // (when the words before the source are a clause of their own, not inside it: "The mine, according to the ministry,
      // despite years of losses, will stay open")
      (c.verb === 'according' && this.concessionAt(comma + 1) && tokens.slice(this.doc.sents.starts[c.sent]!, c.first).some(finiteWord)) ||
      // "…, said Frank Coleman, a vice president.": an apposition to the subject after the verb
      (!pastAside && this.appositionAfter(c)) ||
      // "…, the chief said Monday, but the man's family disputed that account": a clause of the writer's set against the report
      this.butClauseAt(c, comma + 1, se) ||
      // "…, the minister announced Monday, a move he said was overdue": the writer's noun phrase summing up the report
      this.summaryAt(comma + 1) ||
      // "…, the auditor concluded in her annual report, released Monday": a participle of the frame's document
      // (when the words before the frame are a clause of their own, not a subject the participle is the verb of: "The
      // company, the inspectors said in a statement, released toxic waste …")
      (PUBLISHED_PARTICIPLES.test(next.lower) &&
        DOCUMENT_NOUNS.has(tokens[comma - 1]?.lower ?? '') &&
        tokens.slice(this.doc.sents.starts[c.sent]!, c.first).some(finiteWord))
    )
      return -1;
    // (nor the words a frame closing the sentence reports: "The fire started in the kitchen, she said, and spread within
    // minutes, the chief added")
    if (this.handsOnToClosingFrame(c, comma)) return -1;
    let to = se;
    to = this.cutByOthers(c, comma + 1, to);
    for (let j = comma + 1; j < to; j++) {
      if (tokens[j]!.raw === ';' || (tokens[j]!.raw === ',' && tokens[j + 1]?.lower === 'but')) {
        to = j - 1;
        break;
      }
    }
    while (to > comma && (!tokens[to]!.word || /^(and|but|or)$/.test(tokens[to]!.lower))) to--;
    let words = 0;
    for (let j = comma + 1; j <= to; j++) if (tokens[j]!.word) words++;
    // "…, according to the operator, Coastway Marine.": a name in apposition to the source, to the sentence's end, is
    // no more of the words
    if (c.verb === 'according' && to === this.lastWord(se) && this.nameOnly(comma + 1, to)) return -1;
    if (words < 2) return -1;
    this.resumedComma.set(c, comma);
    return to;
  }

  /**
   * The comma that closes the speaker's relative clause or apposition after an inverted frame in mid-sentence ("…, said
   * Ola Brandt, who has studied the dam, is …"), when the words before the frame are a subject alone (no verb, no comma)
   * and a verb in lower case follows that comma; else `comma` as given.
   */
  private pastSpeakersAside(c: Construction, comma: number, se: number): number {
    const { tokens, quoted } = this.doc;
    const ss = this.doc.sents.starts[c.sent]!;
    const open = tokens[comma + 1];
    if (tokens[comma]?.raw !== ',' || tokens[c.first - 1]?.raw !== ',' || !open?.word || quoted[comma + 1]) return comma;
    if (!(
      /^(who|whose|a|an|the|his|her|its|their)$/.test(open.lower) ||
      this.roleApposition(comma + 1, se) ||
      this.speakersAsideAt(c, comma + 1)
    ))
      return comma;
    // the subject before the frame: two words at least or a name, none a verb, no mark but a possessive's ("And Lund,
    // said Ada Vik, who …, does not …")
    let from = ss;
    while (from < c.first && !tokens[from]!.word) from++;
    if (/^(and|but|yet)$/.test(tokens[from]?.lower ?? '')) from++;
    const name = c.first - 1 - from === 1 && tokens[from]!.cap > 0 && !CLAUSE_BAD_START.has(tokens[from]!.lower);
    if (c.first - 1 - from < 2 && !name) return comma;
    for (let k = from; k < c.first - 1; k++) {
      const t = tokens[k]!;
      if (quoted[k] || (!t.word && t.key !== "'s" && !/^['’]$/.test(t.raw)) || (t.word && t.cap === 0 && finiteWord(t))) return comma;
    }
    // the aside's closing comma within fifteen tokens (at most two commas), then a verb of the subject's
    let commas = 0;
    for (let k = comma + 2; k <= Math.min(se - 1, comma + 16) && !quoted[k]; k++) {
      if (tokens[k]!.raw !== ',' || numberComma(this.doc, k)) continue;
      const v = tokens[k + 1]!;
      if (v.word && v.cap === 0 && !quoted[k + 1] && (auxiliary(v.lower) || finiteWord(v))) return k;
      if (++commas >= 2) break;
    }
    return comma;
  }

  /**
   * Past the restrictive relative clause on a subject inverted after the verb when it runs to the sentence's end: "The
   * talks stalled, said a city official who was briefed on the talks and spoke on condition of anonymity." (its words,
   * however many, say who the speaker is and add none to what follows the frame); c.last + 1 otherwise. Not past a
   * quotation, a "that" or a verb of reporting ("…, said an aide who said …", "who told reporters …").
   */
  private pastSpeakersRelative(c: Construction, se: number): number {
    const { tokens, quoted } = this.doc;
    const from = c.last + 1;
    const who = tokens[from];
    if (!c.inverted || c.verb === 'according' || !who?.word || who.lower !== 'who' || quoted[from]) return from;
    let k = from + 1;
    while (
      k <= se &&
      k - from <= 30 &&
      !quoted[k] &&
      ((tokens[k]!.word && tokens[k]!.lower !== 'that' && !this.reportInRelative(k)) ||
        tokens[k]!.key === "'s" ||
        joiningHyphenAt(tokens, k))
    )
      k++;
    return k > from + 2 && k === se && /^[.!?]$/.test(tokens[k]!.raw) ? k : from;
  }

  /** A verb of reporting at k with its words after it, no preposition ("who said the mayor …", not "who point to …"). */
  private reportInRelative(k: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[k]!;
    return t.cap === 0 && REPORTING_VERBS.has(t.lower) && !/^(to|at|about|on|for|with|in|of|out|over)$/.test(tokens[k + 1]?.lower ?? '');
  }

  /** Does "and" open the speaker's own act at k, after a frame's closing comma ("…, the manager said, and told workers …")? */
  private speakersActAt(c: Construction, k: number): boolean {
    const { tokens, quoted } = this.doc;
    // (not a verb that reports words of its own, whose subject the construction reads: "…, the company said, and added
    // that talks had failed"; unless that subject is the frame's own, the speaker going on: the words before the frame
    // stay the company's)
    return (
      tokens[k]?.lower === 'and' &&
      !quoted[k] &&
      !quoted[k + 1] &&
      SPEAKERS_ACTS.test(tokens[k + 1]?.lower ?? '') &&
      !(this.bySentence.get(c.sent) ?? []).some(
        (o) => o !== c && o.verbFirst === k + 1 && !(o.subject && c.subject && o.subject.first === c.subject.first),
      )
    );
  }

  /**
   * Does an aside on the frame's speaker open at k, after the frame's closing comma? "including" or "among them" before a
   * person named or a speaker's noun ("…, said engineers, among them Ann Bell", "…, officials said, including Ann Bell",
   * "…, including two senators"; not things, which go on with the words: "Ten buildings were damaged, officials said,
   * including a school"), or "many of whom" after an inverted frame, whose speaker stands right before it ("…, said
   * residents, many of whom have lived there for decades").
   */
  private speakersAsideAt(c: Construction, k: number): boolean {
    const { tokens, quoted } = this.doc;
    const w = (d: number): string => (tokens[k + d]?.word && !quoted[k + d] ? tokens[k + d]!.lower : '');
    if (c.inverted && w(1) === 'of' && w(2) === 'whom' && /^(many|some|most|all|both|several|few|one|two|three|each|none)$/.test(w(0)))
      return true;
    const p = w(0) === 'including' ? k + 1 : w(0) === 'among' && /^(them|whom|those)$/.test(w(1)) ? k + 2 : -1;
    if (p < 0) return false;
    for (let j = p; j <= p + 3; j++) {
      const t = tokens[j];
      if (!t?.word || quoted[j]) return false;
      const person = this.doc.people.startAt.get(j);
      if (person !== undefined && this.doc.people.people[person]!.type === 'person') return true;
      if (t.cap === 0 && (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) && !GROUP_NOUNS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * May a participle with its agent on a noun go on with the clause that opens at `from`? Only with no comma between the
   * clause's opening and the participle ("said the budget was sound, and the figures cited by the auditor, the council
   * said, were wrong"; "had made an offer, the figures demanded by the union being too high") and none after it but
   * before "and"/"but" (no frame after it: "… the levels demanded by the union, Mbeki said" is Mbeki's report).
   */
  private participleGoesOn(from: number, other: Construction): boolean {
    const { tokens, quoted } = this.doc;
    const se = (this.doc.sents.starts[other.sent + 1] ?? tokens.length) - 1;
    for (let k = from; k < other.verbFirst; k++) if (tokens[k]!.raw === ',' && !quoted[k]) return false;
    for (let k = other.verbLast + 1; k <= se; k++)
      if (tokens[k]!.raw === ',' && !quoted[k] && !/^(and|but)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    return true;
  }

  /** Is the token at k an "and" or a "but" right after a comma, outside quotation marks? */
  private conjoinedAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    return /^(and|but)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.raw === ',' && !quoted[k] && !quoted[k - 1];
  }

  /** Does a concession open at p: "despite …", "although …"? */
  private concessionAt(p: number): boolean {
    const t = this.doc.tokens[p];
    return !!t?.word && t.cap === 0 && !this.doc.quoted[p] && CONCESSIVE.test(t.lower);
  }

  /**
   * Where another construction of the sentence ends a clause that starts at `from` (the clause's last token is
   * before the returned one), or -1. A construction whose subject opens the clause (past a determiner or a
   * quantifier) reports speech inside the speech and ends nothing: "He said [the FBI has not commented on …]",
   * "She added that [some Democrats have called her …]". A verb coordinated with the frame's own ends it at the
   * conjunction: "Lazar said [he welcomed extradition] and added, “…”".
   */
  private cutAt(other: Construction, from: number): number {
    const s = other.subject;
    if (other.first <= from) {
      // … and only when that verb reports something of its own: "and added, “…”", "but added that …", "and said: …"
      // (or after "but", which sets the second act against the first: "conceded that costs had risen but denied misleading
      // the council")
      const next = this.doc.tokens[other.verbLast + 1];
      const but = this.doc.tokens[other.verbFirst - 1]?.lower === 'but';
      // (or after a comma and "and", a second act of the subject: "said his office would review it, and urged the ministry to …")
      const commaAnd = this.doc.tokens[other.verbFirst - 1]?.lower === 'and' && this.doc.tokens[other.verbFirst - 2]?.raw === ',';
      const own =
        next !== undefined && (/^[,:]$/.test(next.raw) || FRAGMENT_MARK.test(next.raw) || next.lower === 'that' || but || commaAnd);
      return s && !other.inverted && s.last < from && other.verbFirst > from && own ? other.verbFirst : -1;
    }
    // "said developers had defined the areas by adding …": the manner of an act inside the clause
    if (other.continuing && MANNER_OF_SAYING(this.doc.tokens[other.verbFirst - 1]!)) return -1;
    // "said Beijing would not accept what he called outside interference": a naming inside the clause, which goes on
    if (s && s.first > from && this.doc.tokens[s.first - 1]!.lower === 'what' && NAMING_VERBS.test(other.verb)) return -1;
    // (so is a relative clause with no "that" on a noun of time: "said the meeting was the first time police had explained
    // what they were doing", "said that was the day police said the case was closed")
    if (
      s &&
      s.first - 1 > from &&
      /^(time|times|moment|day)$/.test(this.doc.tokens[s.first - 1]!.lower) &&
      !DETERMINERS.has(this.doc.tokens[s.first]!.lower)
    )
      return -1;
    // (so is a free relative whose verb reports nothing of its own, the clause's object: "said the ruling confirmed what
    // officers had said from the start"; its subject read with "what" or after it)
    const what = s ? (this.doc.tokens[s.first]!.lower === 'what' ? s.first : s.first - 1) : -1;
    if (s && what > from && this.doc.tokens[what]!.lower === 'what' && this.clause(other) === null) return -1;
    // (a participle whose subject opens the writer's account of an act after ", and" or ", but" ends the clause before
    // that conjunction: "said the plan failed, and the mayor resigned, saying …" reports the plan only)
    // (past a name's article or title: "…, and the Harbor League sued the county, saying …", "…, and Mayor Tom Brandt
    // resigned, saying …")
    if (other.narration && s && s.last < other.first) {
      let at = s.first;
      while (at - 1 > from + 1 && s.first - at < 3 && !this.conjoinedAt(at - 1) && this.doc.tokens[at - 1]!.word) at--;
      // (never when the report cut would be two words or fewer: "Ruiz said Brandt lied, and Mayor Tom Brandt resigned,
      // saying …" keeps «Brandt lied, and Mayor Tom Brandt resigned», as a clause that short is dropped)
      if (
        at > from + 1 &&
        this.conjoinedAt(at - 1) &&
        this.wordsBetween(from + (this.doc.tokens[from]?.lower === 'that' ? 1 : 0), at - 2) > 2
      )
        return at;
    }
    if (!s || other.inverted || other.continuing || s.first < from) {
      // (a participle's adverb after the comma or dash goes with it, never ends the clause: "said the plan failed, even
      // suggesting …", "…, only saying that …")
      const { tokens, quoted } = this.doc;
      const a = tokens[other.first - 1];
      const adverb =
        other.continuing &&
        other.first - 1 > from &&
        !!a?.word &&
        a.cap === 0 &&
        !quoted[other.first - 1] &&
        (a.lower === 'even' || VERB_ADVERBS.test(a.lower) || (/^[a-z]{3,}ly$/.test(a.lower) && !LY_NOUNS.test(a.lower))) &&
        /^[,—–]$/.test(tokens[other.first - 2]?.raw ?? '');
      return adverb ? other.first - 1 : other.first;
    }
    if (this.parentheticalRelative(other, from)) return -1;
    // (a name that is the object of a preposition inside the clause is no subject, and its verb no frame that ends it:
    // "said the soldiers deployed to Operation Nanook reported problems with their boots"; of a preposition of place or of
    // a participle after a noun too: "said residents living near the plant had complained", "said airlines using the
    // same equipment had reported no problems")
    const p = this.doc.tokens[s.first - 1]?.lower === 'the' ? s.first - 2 : s.first - 1;
    const before = this.doc.tokens[p]!;
    // (not a participle's subject after "with", which opens a clause of its own: "… as liberals, with about three in 10
    // saying they are very liberal")
    if (
      p > from &&
      before.word &&
      before.cap === 0 &&
      !this.doc.quoted[p] &&
      (/^(to|with|for|from|at|in|on|of|into|near|beside|behind|outside|inside|around|along|across|under)$/.test(before.lower) ||
        this.reducedRelative(p, from)) &&
      !/ing$/.test(this.doc.tokens[other.verbFirst]!.lower)
    )
      return -1;
    // the object of a verb of perceiving and its bare verb, inside the clause: "said she was tired of watching the two
    // governments argue online", "said she had heard the ministers claim …" (the clause goes on)
    const seerAt = DETERMINERS.has(this.doc.tokens[s.first - 1]?.lower ?? '') ? s.first - 2 : s.first - 1;
    const seer = this.doc.tokens[seerAt];
    if (seerAt >= from && seer?.word && seer.cap === 0 && PERCEIVING.test(seer.lower) && !/[^s]s$|ed$/.test(other.verb)) return -1;
    // a relative clause with no pronoun on a noun of the clause, whose verb reports nothing of its own (or a promise, the
    // noun's description): "said the union wanted the raise the company promised last year", "would push for the
    // “enhanced severance” the company promised to be spelled out in writing"
    // (a verb of saying keeps its own gap's clause, and cuts: "…, an offer he said was rejected"; or with none, on a noun
    // the writer sets after a comma to sum the clause up: "…, an accusation the company has denied"; not "one scene she
    // wrote about the strike")
    // (the clause then ends before the comma: "accused Cobalt Ridge of using the lockout to break the union")
    if (s.first - 2 > from && this.contactRelative(s.first, from)) {
      if (VOWING.test(other.verb)) return -1;
      if (this.clause(other) === null) {
        return REPORTING_VERBS.has(other.verb) ? this.summingUpBefore(s.first, from) : -1;
      }
    }
    // a subordinate clause inside the clause, whose verb reports nothing of its own: "said he could not answer because
    // the board had only asked a few days ago" (its clause goes on; "… because the mayor said that …" still cuts), or a
    // comparison's: "said the two sides were closer than their public statements suggested"
    // (and "as soon as", "as long as": "said the company should have warned owners as soon as it confirmed the leaks";
    // or an equality's "as … as", one or two words between: "said the sides were not as far apart as their statements
    // suggested")
    const opener = this.pastTitles(s.first, from) - 1;
    const word = (k: number): string => this.doc.tokens[k]?.lower ?? '';
    const asAs = (k: number): boolean => word(k) === 'as' && k > from && this.doc.tokens[k + 1]!.word && this.doc.tokens[opener - 1]!.word;
    if (
      (/^(because|since|when|after|although|though|if|until|before|once|than)$/.test(word(opener)) ||
        (word(opener) === 'as' && (asAs(opener - 2) || asAs(opener - 3)))) &&
      this.clause(other) === null
    )
      return -1;
    // … or a second "that" clause of the frame, coordinated, whose verb of saying reports nothing of its own: "said her
    // client is presumed innocent and that she would not comment further" (the refusal is hers, inside the report)
    const at = opener + 1;
    if (
      this.doc.tokens[at - 1]?.lower === 'that' &&
      /^(and|but)$/.test(this.doc.tokens[at - 2]?.lower ?? '') &&
      at - 2 > from &&
      this.clause(other) === null
    )
      return -1;
    // a relative clause inside the clause, whose verb's object is the relative: "said the cap was higher than what the
    // union had asked for" (not "what she calls “a war”", which holds words of its own)
    if (
      /^(what|which|whom)$/.test(this.doc.tokens[s.first - 1]?.lower ?? '') &&
      s.first - 1 > from &&
      /^(for|about|of)$/.test(this.doc.tokens[other.verbLast + 1]?.lower ?? '')
    )
      return -1;
    // a passive of telling inside the clause: "said she had been told by a professor that …" holds the professor's words
    if (s.first > other.verbLast) return -1;
    const { tokens } = this.doc;
    // the clause opens with the other's subject, past a word or two or past a title and first name: "said that Mayor Per
    // Lund has long called for …" is the frame's clause, with Lund's inside it
    let named = true;
    for (let k = from; k < s.first; k++) named = named && tokens[k]!.word && tokens[k]!.cap > 0;
    if (named && s.first - from <= 4 && tokens[from - 1]?.lower === 'that') return -1;
    // (a frame with no words of its own, its verb a noun's modifier: "said insurers had set up a mobile claims centre in …")
    if (this.clause(other) === null && this.nounAfterVerb(other)) return -1;
    // (nor a participle with its agent, a noun's modifier: "said the reserves were below the level recommended by the
    // auditors")
    // (of a verb that reports a clause only after "that": "the level recommended by", "the message posted by")
    // (or any participle in -ed right after a common noun, its agent after it: "said the airline could not match the pay
    // increases demanded by the union")
    const participleOnNoun =
      /ed$/.test(other.verb) &&
      other.verbFirst === other.verbLast &&
      s.last === other.verbFirst - 1 &&
      this.doc.tokens[s.last]!.cap === 0 &&
      !PRONOUNS.has(this.doc.tokens[s.last]!.lower) &&
      this.participleGoesOn(from, other);
    if (
      (THAT_ONLY.test(other.verb) || participleOnNoun) &&
      this.doc.tokens[other.verbLast + 1]?.lower === 'by' &&
      this.clause(other) === null
    )
      return -1;
    // (nor a name in apposition to the clause's subject, the two opening it: "said the kitchen manager, Derek Voss, called
    // her hijab …" is the frame's clause, as "said the kitchen manager called …" is)
    if (this.apposedOpening(other, from)) return -1;
    // (nor a restrictive relative of saying on a noun inside the clause, which holds the other's words: "said it had
    // received complaints from students who said they felt intimidated", "said she had met parents who said …")
    if (s.first - from > 2) {
      const rel = tokens[s.last + 1];
      if (
        rel?.word &&
        /^(who|that)$/.test(rel.lower) &&
        other.verbFirst <= s.last + 3 &&
        tokens[s.first - 1]?.word &&
        tokens[s.first - 1]!.cap === 0 &&
        !this.doc.quoted[s.first - 1]
      )
        return -1;
      // (a second main clause after ", and", its subject a description with the name in apposition: "said members would
      // vote on a strike, and its president, Rolf Axelsen, called the plan reckless" ends before "and", not at the name)
      const apposed = this.describedBeforeName(other, from);
      return apposed >= 0 ? apposed : this.pastTitles(other.first, from);
    }
    for (let k = from; k < s.first; k++) if (!tokens[k]!.word || (tokens[k]!.cap > 0 && k > from)) return other.first;
    return -1;
  }

  /**
   * The end of a charge or a naming from `from` to `se`: the token before the first comma (past the closing mark of a
   * fragment) after which a relative clause on the whole, with a subject of its own, or another's report opens ("…,
   * which he denied", "…, while Liberal critic Graham Pike said"); `se` when none does.
   */
  private endBeforeCommaAside(c: Construction, from: number, se: number): number {
    const { tokens, quoted } = this.doc;
    for (let k = from; k < se; k++) {
      if (tokens[k]!.raw !== ',') continue;
      const after = FRAGMENT_MARK.test(tokens[k + 1]?.raw ?? '') && quoted[k] ? k + 2 : k + 1;
      const which =
        tokens[after]?.lower === 'which' &&
        !quoted[after] &&
        /^(he|she|they|it|we|i|you|the|his|her|their|its|both)$/.test(tokens[after + 1]?.lower ?? '');
      if (which || this.rivalReportAt(c, after)) return after - 1;
    }
    return se;
  }

  /**
   * Is the noun phrase right before the subject at `first` (a noun and at most three words before it, from an article or a
   * quantifier) set after a comma, as a writer sums up the clause before it: "…, an accusation the company has denied"?
   * The comma's index if so, else -1.
   */
  private summingUpBefore(first: number, from: number): number {
    const { tokens } = this.doc;
    for (let k = first - 2; k > Math.max(from, first - 6); k--) {
      const t = tokens[k]!;
      if (!t.word) return -1;
      if (DETERMINERS.has(t.lower)) return tokens[k - 1]?.raw === ',' ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * Does a subject at `first` open a relative clause with no pronoun on the noun phrase before it, after `from`: a noun
   * a determiner opens ("the raise the company promised"), or words in quotation marks after one ("the “enhanced
   * severance” the company promised")?
   */
  private contactRelative(first: number, from: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = first - 1;
    if (!FRAGMENT_MARK.test(tokens[k]?.raw ?? '')) return contactNounBefore(this.doc, first, from);
    k--;
    while (k > from && quoted[k] && tokens[k]!.word) k--;
    return k > from && FRAGMENT_MARK.test(tokens[k]!.raw) && /^(the|a|an|his|her|its|their)$/.test(tokens[k - 1]?.lower ?? '');
  }

  /**
   * Does a clause of the writer's open at the comma at `j`, inside the closing marks of a fragment: 'said it was
   * “monitoring the situation,” and the academy issued a statement' — "and", a subject of its own (an article or a
   * capitalised word, no pronoun) and, within three words, a verb in the past that is no auxiliary.
   */
  private newClauseAfterFragment(j: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[j]!.raw !== ',' || !quoted[j - 1]) return false;
    let k = j + 1;
    while (FRAGMENT_MARK.test(tokens[k]?.raw ?? '')) k++;
    if (k === j + 1 || tokens[k]?.lower !== 'and') return false;
    const n = tokens[k + 1];
    if (!n?.word || quoted[k + 1] || !(/^(the|a|an)$/.test(n.lower) || (n.cap > 0 && !PRONOUNS.has(n.lower)))) return false;
    for (let m = k + 2; m <= k + 4; m++) {
      const v = tokens[m];
      if (!v?.word || quoted[m]) return false;
      if (v.cap === 0 && !auxiliary(v.lower) && pastTense(v.lower)) return true;
    }
    return false;
  }

  /**
   * Is other's subject a name set between commas right after a short description that opens the clause at `from`, its
   * verb right after the second comma: "[said] the kitchen manager, Derek Voss, called …", "[said] her supervisor, Karim
   * Haddad, told …" (a determiner, then two to four words in lower case)?
   */
  private apposedOpening(other: Construction, from: number): boolean {
    const { tokens, quoted } = this.doc;
    const s = other.subject;
    if (!s || s.kind !== 'key' || other.inverted || other.verbFirst !== s.last + 2) return false;
    const comma = s.first - 1;
    if (tokens[comma]?.raw !== ',' || tokens[s.last + 1]?.raw !== ',' || quoted[comma] || quoted[s.last + 1]) return false;
    if (comma - from < 2 || comma - from > 5 || !DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
    for (let k = from; k < comma; k++) if (!tokens[k]!.word || tokens[k]!.cap !== 0 || quoted[k]) return false;
    return true;
  }

  /**
   * The determiner of a description set before the name of the subject of `other` in apposition, after ", and" or ",
   * but" inside the clause from `from`: "…, and its president, Rolf Axelsen, called …" gives "its" (an article or a
   * possessive, then up to five words with a role among them, no verb); or -1.
   */
  private describedBeforeName(other: Construction, from: number): number {
    const { tokens, quoted } = this.doc;
    const s = other.subject;
    if (!s || s.kind !== 'key' || other.inverted || other.verbFirst !== s.last + 2) return -1;
    const comma = s.first - 1;
    if (tokens[comma]?.raw !== ',' || tokens[s.last + 1]?.raw !== ',' || quoted[comma] || quoted[s.last + 1]) return -1;
    let role = false;
    let k = comma - 1;
    for (; k > from && comma - k <= 6; k--) {
      const t = tokens[k]!;
      if (quoted[k] || !(t.word || t.key === "'s")) return -1;
      if (t.word && t.cap === 0 && /^(the|its|his|her|their|our)$/.test(t.lower)) break;
      if (t.word && t.cap === 0 && (finiteWord(t) || NP_BREAK.has(t.lower))) return -1;
      role = role || (t.word && t.cap === 0 && (TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower)));
    }
    const and = tokens[k - 1];
    if (!role || k <= from + 1 || !and?.word || !/^(and|but)$/.test(and.lower) || tokens[k - 2]?.raw !== ',') return -1;
    return k - 1;
  }

  /** Is the verb at v another frame's whose subject stands in apposition to the description opening c's clause at `from`? */
  private apposedBefore(c: Construction, v: number, from = this.clauseStart(c)): boolean {
    for (const other of this.bySentence.get(c.sent) ?? []) if (other.verbFirst === v && this.apposedOpening(other, from)) return true;
    return false;
  }

  /** Does c's subject stand in apposition to the description opening another frame's clause (see apposedOpening)? */
  private apposedInOther(c: Construction): boolean {
    if (!c.subject || this.doc.tokens[c.first - 1]?.raw !== ',') return false;
    for (const other of this.bySentence.get(c.sent) ?? [])
      if (other !== c && !other.inverted && other.verbLast < c.first && this.apposedOpening(c, this.clauseStart(other))) return true;
    return false;
  }

  /** The token right after c's verb, or after the "that" that follows it. */
  private clauseStart(c: Construction): number {
    return this.doc.tokens[c.verbLast + 1]?.lower === 'that' ? c.verbLast + 2 : c.verbLast + 1;
  }

  /**
   * Token `at`, or the first of the capitalised titles just before it, back to `from`: "…, Ms. Whitby said …", "…,
   * Mayor Tom Lund said …" (the title opens the other frame's subject, not the clause cut before it).
   */
  private pastTitles(at: number, from: number): number {
    const { tokens } = this.doc;
    let k = at;
    for (;;) {
      let j = k - 1;
      if (tokens[j]?.raw === '.' && j - 1 > from) j--;
      const t = tokens[j];
      // (or one or two words of a role in lower case right before the name: "…, and councillor Ada Brenn has asked …",
      // "…, and city councillor Ada Brenn …", "…, and lawyer Tom Berg said …")
      const role = t?.word && t.cap === 0 && at - j <= 2 && (TITLES.has(t.lower) || SPEAKER_NOUNS.has(t.lower)) && !PRONOUNS.has(t.lower);
      if (j <= from || !t?.word || (!role && (t.cap === 0 || !TITLES.has(t.lower)))) break;
      k = j;
    }
    // (and the capitalised words of a portfolio before the title, back to a comma: "…, Foreign Affairs Minister Caroline
    // Ashdown announced" cuts at the comma, not before "Minister")
    if (k < at) {
      let m = k - 1;
      while (m > from && k - m <= 4 && tokens[m]!.word && tokens[m]!.cap > 0 && !this.doc.quoted[m]) m--;
      if (m > from && tokens[m]!.raw === ',' && !this.doc.quoted[m]) k = m + 1;
    }
    // (and the article of a closing frame's name read without it, after the comma: "…, the Farmers' Union said")
    const the = tokens[k - 1];
    if (k === at && k - 1 > from && the?.lower === 'the' && the.cap === 0 && !this.doc.quoted[k - 1] && tokens[k - 2]?.raw === ',') k--;
    // (not to leave a "that" with no clause: "he hoped that Attorney General Ada Vik would announce …")
    return this.doc.tokens[k - 1]?.lower === 'that' ? at : k;
  }

  /** Is token j preceded by a comma and closing quotation marks only: "…overblown,'' adding", "…messy,” adding"? */
  private commaThenMarks(j: number): boolean {
    const { tokens } = this.doc;
    let k = j - 1;
    while (k > 0 && FRAGMENT_MARK.test(tokens[k]!.raw)) k--;
    return k < j - 1 && tokens[k]!.raw === ',';
  }

  /** Does the main clause open at p, after the comma that closes an opening subordinate clause? */
  private mainClauseAt(p: number, se: number): boolean {
    return (
      this.subjectThenVerb(p, se, false) ||
      this.presentMainClause(p, se) ||
      this.shortMainClause(p, se) ||
      this.pronounThenQuote(p, se) ||
      this.quantityThenVerb(p, se)
    );
  }

  /**
   * Does a pronoun of quantity, standing alone as the subject, open a clause at p with its verb in the past or an
   * auxiliary: "When the governor said that the budget was balanced, few believed him", "…, many stayed home", "…, some
   * have left"?
   */
  private quantityThenVerb(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[p];
    // pronouns of quantity (a closed class)
    if (
      !t?.word ||
      quoted[p] ||
      p + 1 >= se ||
      !/^(few|many|most|some|several|others|none|nobody|everyone|everybody|all|both)$/.test(t.lower)
    )
      return false;
    const v = tokens[p + 1]!;
    return v.word && v.cap === 0 && !quoted[p + 1] && pastOrAuxiliary(v.lower);
  }

  /**
   * Does a subject pronoun open a clause at p whose verb the writer quotes: "When Vik said that she would not want the
   * endorsement, she “spoke for every driver here,” said …" (the pronoun, an opening mark, a word in lower case)?
   */
  private pronounThenQuote(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[p];
    if (!t?.word || quoted[p] || p + 2 >= se || !/^(he|she|they|we)$/.test(t.lower)) return false;
    const w = tokens[p + 2]!;
    return /^[“"]$/.test(tokens[p + 1]!.raw) && !!quoted[p + 2] && w.word && w.cap === 0;
  }

  /**
   * Does a short main clause open at p, a subject and a past that closes it: "Because Holm said the talks had failed,
   * morale fell." (here, through mainClauseAt), "Because the plant was safe, the inspectors left, said …" (through
   * openerThenClause)? Its shape: "the", a possessive or a demonstrative in lower case, or none; one to three words (a
   * noun in -ly among them: "the family left"); then a past of a subject's own (or a plural's bare present: "…, the
   * workers suffer, said …") that the sentence's end, a comma, a particle, an adverb in -ly, "too", "instead" or "home"
   * follows (an indefinite "a"/"an" is left to the fuller tests before this one). The words may be capitalised, a name
   * or a name's modifier: "…, the Kemp family left.", "…, Anna Kemp left too." (then not before a verb of saying: "…,
   * Kemp added" is a frame, not a clause of the writer's).
   */
  private shortMainClause(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = p;
    if (/^(the|his|her|its|their|our|these|those)$/.test(tokens[k]?.raw ?? '')) k++;
    let named = false;
    for (let v = k + 1; v <= k + 3 && v <= se; v++) {
      const x = tokens[v - 1]!;
      if (
        !x.word ||
        quoted[v - 1] ||
        CLAUSE_BAD_START.has(x.lower) ||
        DETERMINERS.has(x.lower) ||
        (/(ly|ing)$/.test(x.lower) && !LY_NOUNS.test(x.lower))
      )
        return false;
      named ||= x.cap !== 0;
      const verb = tokens[v]!;
      // (or a plural's bare present: "If the city pays late, the workers suffer, said …")
      if (!verb.word || verb.cap !== 0 || quoted[v] || AUXILIARIES.has(x.lower)) continue;
      if (!SUBJECT_PAST.test(verb.lower) && !pluralThenPresent(x, verb)) continue;
      if (named && (SPEECH_VERBS.has(verb.lower) || REPORTING_VERBS.has(verb.lower))) return false;
      const after = tokens[v + 1];
      if (!after || v === se || !after.word) return true;
      if (VERB_PARTICLES.test(after.lower) || /[a-z]{3}ly$/.test(after.lower) || /^(too|instead|home)$/.test(after.lower)) return true;
    }
    return false;
  }

  /**
   * Does a main clause open at p with a determined noun phrase and a verb in the present, after the comma that closes an
   * opening subordinate clause: "…, her ministry continues to approve them", "…, its owners keep delaying the sale" (a
   * possessive or demonstrative, one to three nouns in lower case, then a present in -s after a singular noun or a bare
   * present after a plural one that an object, an infinitive or a participle follows)?
   */
  private presentMainClause(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!/^(his|her|its|their|our|the|this|these|those)$/.test(tokens[p]?.raw ?? '')) return false;
    let k = p + 1;
    while (
      k < se &&
      k - p <= 3 &&
      tokens[k]!.word &&
      tokens[k]!.cap === 0 &&
      !quoted[k] &&
      !CLAUSE_BAD_START.has(tokens[k]!.lower) &&
      !DETERMINERS.has(tokens[k]!.lower) &&
      !/(ly|ing)$/.test(tokens[k]!.lower)
    )
      k++;
    // (the last of these words is the verb, the one before it the noun)
    const verb = tokens[k - 1]!;
    const noun = tokens[k - 2]!;
    const after = tokens[k];
    if (k - 2 <= p || k >= se || quoted[k] || !after?.word) return false;
    const object = after.lower === 'to' || DETERMINERS.has(after.lower) || PRONOUNS.has(after.lower) || /^[a-z]{3,}ing$/.test(after.lower);
    if (!object) return false;
    const plural = /^[a-z]{2,}s$/.test(noun.lower) && !/(ss|us|is)$/.test(noun.lower);
    return plural ? !/s$/.test(verb.lower) : presentInS(verb.lower);
  }

  /** Does the frame stand in a subordinate clause that opens the sentence: "While he said …, …", "But although Lund argued …, …"? */
  private inOpeningSubordinate(c: Construction, ss: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = ss;
    // (or one that opens after a comma and "and", "but" or "yet" inside the sentence: "The plan is crucial, and while
    // she said she would hold a hearing, it is unlikely to win her support" reports no "it is unlikely …")
    for (let q = c.first - 3; q > ss; q--) {
      if (tokens[q]!.raw !== ',') continue;
      if (
        /^(and|but|yet)$/.test(tokens[q + 1]!.lower) &&
        /^(while|although|though|whereas|because|if|when|once|unless)$/.test(tokens[q + 2]!.lower) &&
        !quoted[q + 1]
      )
        k = q + 1;
      break;
    }
    while (k < c.first && !tokens[k]!.word) k++;
    if (/^(but|and|yet|so)$/.test(tokens[k]?.lower ?? '')) k++;
    // (past a measure of time before "after", "before", "since" or "until": "Three years after the council vowed …, …",
    // "Shortly before Lund said …, …")
    let m = k;
    while (m < c.first && m - k < 3 && TIME_MEASURE.test(tokens[m]!.lower)) m++;
    if (m > k && /^(after|before|since|until)$/.test(tokens[m]?.lower ?? '')) k = m;
    if (k >= c.first) return false;
    // (or a time noun whose clause the frame's subject opens, as "when" would: "The day the mayor announced that taxes
    // would rise, stocks fell", "By the time the firm said it would cut jobs, …", "Every time he says …, …"; and "Now
    // that": "Now that the mayor has claimed that …, the governor must respond")
    if (this.timeNounOpens(k, c)) return true;
    // (an "as" that opens a frame reports what follows its comma, "As Lund said, the pier …"; one whose verb has a clause
    // of its own is a time: "As the mayor announces that she is ready, she is set to …")
    const as = tokens[k]!.lower === 'as' && tokens[c.last + 1]?.raw !== ',' && !/^[.!?;:]$/.test(tokens[c.last + 1]?.raw ?? '.');
    if (!as && !/^(while|although|though|whereas|because|since|if|when|once|unless|even|after|before|until)$/.test(tokens[k]!.lower))
      return false;
    for (let m = k + 1; m < c.first; m++) if (tokens[m]!.raw === ',') return false;
    return true;
  }

  /**
   * Does a time noun open the sentence at k, before the subject of the frame `c` (the clause of a "when"), with no comma
   * before the frame: "The day the mayor announced …", "The moment she said …", "Each time he claims …", "By the time the
   * firm said …" (and "that" or "when" may stand before the subject: "the week that …"); or "Now that" before it?
   */
  private timeNounOpens(k: number, c: Construction): boolean {
    const { tokens, quoted } = this.doc;
    const s = c.subject;
    if (!s || c.inverted || quoted[k]) return false;
    let n = k;
    if (tokens[n]!.lower === 'now') n++;
    else {
      // (a preposition before "the": "By the time …", "From the moment …", "Until the day …")
      if (/^(by|from|until|since|at)$/.test(tokens[n]!.lower) && tokens[n + 1]?.lower === 'the') n++;
      if (!/^(the|every|each|any)$/.test(tokens[n]!.lower) || !OPENING_TIME_NOUNS.test(tokens[n + 1]?.lower ?? '')) return false;
      n += 2;
      if (tokens[n]?.lower === 'when') n++;
    }
    if (tokens[n]?.lower === 'that' && !quoted[n]) n++;
    if (tokens[k]!.lower === 'now' && n !== k + 2) return false;
    // (the noun and its "that" or "when" only, no other word: not "The day after the vote, she said …"; a title the
    // subject's name leaves out may stand there: "The day Mayor Ines Varga announced …")
    while (n < s.first && tokens[n]!.word && tokens[n]!.cap > 0 && !quoted[n]) n++;
    if (n !== s.first) return false;
    for (let j = k; j < c.first; j++) if (tokens[j]!.raw === ',') return false;
    return true;
  }

  /**
   * Is token p a present participle right after a noun of the clause from `from`, a reduced relative whose object the
   * next words are: "said other airlines using the same equipment had reported no problems" (no comma, no auxiliary or
   * function word before it: not "…, adding the airline had …", "were using")?
   */
  private reducedRelative(p: number, from: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[p]!;
    const noun = tokens[p - 1];
    if (!/^[a-z]{2,}ing$/.test(t.raw) || NOT_PARTICIPLES.test(t.lower) || p - 1 <= from || quoted[p - 1]) return false;
    return (
      !!noun?.word && !NP_BREAK.has(noun.lower) && !AUXILIARIES.has(noun.lower) && !DETERMINERS.has(noun.lower) && !/ly$/.test(noun.lower)
    );
  }

  /**
   * Is `other` a relative set off by commas on a noun inside the clause from `from`, whose verb reports nothing of its own
   * and after whose closing comma the clause's verb goes on: "warned that inflation, which he estimated at 6 per cent,
   * would erode …", "said the plan, which she described as ambitious, would be finished by June" (the clause goes on past
   * it; not "…, which she said could add …", whose words are its own)?
   */
  private parentheticalRelative(other: Construction, from: number): boolean {
    const { tokens, quoted } = this.doc;
    const s = other.subject;
    if (!s || s.first - 2 <= from || quoted[s.first - 1]) return false;
    // (or set off by dashes: "said the plan — which the mayor wrote — was dead", the closing mark a dash too)
    const dashed = dashAt(tokens, s.first - 2);
    if (tokens[s.first - 2]!.raw !== ',' && !dashed) return false;
    if (!/^(which|who|whom)$/.test(tokens[s.first - 1]!.lower) || this.clause(other) !== null) return false;
    for (let k = other.verbLast + 1; k < tokens.length && k <= other.verbLast + 12; k++) {
      const t = tokens[k]!;
      const close = dashed ? dashAt(tokens, k) : t.raw === ',';
      if (close) {
        const n = dashed ? afterDash(tokens, k) : k + 1;
        return !!tokens[n] && finiteWord(tokens[n]!) && !quoted[n];
      }
      if (quoted[k] || /^[;:.!?(),—–]$/.test(t.raw) || dashAt(tokens, k)) return false;
    }
    return false;
  }

  /**
   * Does the comma at j, in the report of a relative clause from `from` to `to`, close an aside set off by commas on the
   * report's subject ("who said the drug, first approved in 2019, was safe, is …", "which said the plant, which opened in
   * 1998, had met every rule, will …")? The subject before the first comma has no finite verb, the aside none either
   * unless it is a relative clause of its own, and a later comma is followed by the main clause's verb.
   */
  private subjectAsideCloses(from: number, j: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    let c1 = -1;
    // (a comma inside a figure is none: "4,000 patients")
    const figure = (k: number): boolean =>
      /[0-9]$/.test(tokens[k - 1]?.raw ?? '') && /^[0-9]/.test(tokens[k + 1]?.raw ?? '') && tokens[k + 1]!.start === tokens[k]!.end;
    for (let k = from + 1; k < j; k++) {
      if (quoted[k]) return false;
      if (tokens[k]!.raw === ',' && !figure(k)) {
        if (c1 >= 0) return false;
        c1 = k;
      }
    }
    if (c1 < 0 || c1 === from + 1 || this.finiteVerbIn(from, c1)) return false;
    // (an aside, no second member of a list with the report's verb: not "said the roads, bridges and tunnels were …, has …")
    if (!/^(which|who|whose)$/.test(tokens[c1 + 1]?.lower ?? '')) {
      for (let k = c1 + 1; k < j; k++)
        if (tokens[k]!.word && (AUXILIARIES.has(tokens[k]!.lower) || tokens[k]!.lower === 'and')) return false;
    }
    for (let k = j + 2; k < to; k++) {
      const t = tokens[k]!;
      if (quoted[k] || /^[;:()—–]$/.test(t.raw)) return false;
      const v = tokens[k + 1];
      if (
        t.raw === ',' &&
        v?.word &&
        v.cap === 0 &&
        !quoted[k + 1] &&
        (AUXILIARIES.has(v.lower) || pastTense(v.lower) || REPORTING_VERBS.has(v.lower))
      )
        return true;
    }
    return false;
  }

  /**
   * Does the main clause's predicate in the present open at n, after the comma that closes a relative clause: "The
   * council, which said …, faces a deficit", "…, now faces …", "…, still plans to …"? A verb in -s before an object's
   * determiner or "to", or an adverb of time before a finite verb (not "…, parts and labour").
   */
  private mainPresentAt(n: number): boolean {
    const { tokens, quoted } = this.doc;
    let k = n;
    const adverb = tokens[k];
    if (adverb?.word && adverb.cap === 0 && /^(now|still|also|already|since|then|later|recently|meanwhile)$/.test(adverb.lower)) {
      const w = tokens[k + 1];
      if (w?.word && !quoted[k + 1] && w.cap === 0 && (AUXILIARIES.has(w.lower) || pastTense(w.lower) || REPORTING_VERBS.has(w.lower)))
        return true;
      k++;
    }
    const v = tokens[k];
    const next = tokens[k + 1];
    // (or a past of the same form as its present, before its object: "The company, which claims the product is safe, put
    // it back on sale"; an object pronoun after a verb in -s too: "…, sells it in 40 countries")
    return (
      !!v?.word &&
      !quoted[k] &&
      v.cap === 0 &&
      (LINKING_PRESENT.test(v.lower) || presentInS(v.lower) || SAME_FORM_PAST.test(v.lower)) &&
      !!next?.word &&
      !quoted[k + 1] &&
      (/^(a|an|the|its|his|her|their|this|these|those|to|no|new|more|fewer|less|further|another|some|every|[0-9][0-9,.]*)$/.test(
        next.lower,
      ) ||
        (!LINKING_PRESENT.test(v.lower) && /^(it|them|him)$/.test(next.lower)))
    );
  }

  /**
   * Does a second subject open at k, after "and", with a relative clause of its own after its comma: "… and the fire chief,
   * who disagreed, …", "… and Lund, who …"? A short noun phrase (a determiner or a name, words only, no verb), then ", who"
   * or ", which".
   */
  private coordinatedRelativeSubject(k: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    const first = tokens[k];
    if (!first?.word || quoted[k] || !(first.cap > 0 || /^(the|a|an|his|her|its|their|our)$/.test(first.lower))) return false;
    for (let m = k + 1; m <= Math.min(to, k + 6); m++) {
      const t = tokens[m]!;
      if (quoted[m]) return false;
      if (t.raw === ',') return m > k && /^(who|which)$/.test(tokens[m + 1]?.lower ?? '') && !quoted[m + 1];
      if (!t.word || AUXILIARIES.has(t.lower) || pastTense(t.lower) || REPORTING_VERBS.has(t.lower)) return false;
    }
    return false;
  }

  /** Is the construction's verb that of a relative clause: "Mr. Trump, who said …", "officials who have repeatedly said …"? */
  private inRelativeClause(c: Construction): boolean {
    return this.relativeWho(c) >= 0;
  }

  /**
   * Is the word at k the passive of hearsay or the "to" that raise a perfect infinitive's subject ("who is said to have
   * told", "who is reported to have said"), which relativeWho walks past as it does an auxiliary?
   */
  private raisedHearsayAt(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const w = (j: number): string => (tokens[j]?.word && tokens[j]!.cap === 0 && !quoted[j] ? tokens[j]!.lower : '');
    if (w(k) === 'to') return w(k + 1) === 'have' && HEARSAY_PASSIVES.test(w(k - 1));
    return HEARSAY_PASSIVES.test(w(k)) && w(k + 1) === 'to' && w(k + 2) === 'have';
  }

  /** The "who" (or ", which") whose relative clause the verb of `c` is in (see inRelativeClause), or -1. */
  private relativeWho(c: Construction): number {
    const { tokens } = this.doc;
    let k = c.verbFirst - 1;
    // (past "has"/"had" contracted onto it: "Haugland, who’s argued …")
    while (
      k > 0 &&
      tokens[k]!.word &&
      (SUBJECT_VERB_FILLERS.has(tokens[k]!.lower) ||
        /ly$/.test(tokens[k]!.lower) ||
        (/^['’](s|d)$/.test(tokens[k]!.raw) && tokens[k - 1]?.lower === 'who') ||
        // (a passive of hearsay and "to" before a perfect infinitive: "Peskov, who is said to have told …")
        this.raisedHearsayAt(k) ||
        // (a time phrase before the verb: "Brandt — who last month told reporters …")
        (/^(week|month|year|spring|summer|fall|autumn|winter)$/.test(tokens[k]!.lower) &&
          /^(last|this)$/.test(tokens[k - 1]?.lower ?? '')) ||
        (/^(last|this)$/.test(tokens[k]!.lower) && /^(week|month|year|spring|summer|fall|autumn|winter)$/.test(tokens[k + 1]?.lower ?? '')))
    )
      k--;
    // (or a "which" after a comma, on a body or a paper: "The Daily Courier, which said the mayor lied, retracted …")
    if (tokens[k]?.lower === 'which' && tokens[k - 1]?.raw === ',' && k === c.verbFirst - 1) return k;
    return /^who(['’](s|d))?$/.test(tokens[k]?.lower ?? '') ? k : -1;
  }

  /**
   * An amount as the object of a verb of saying at j: "a lot", "a great deal", "little", "nothing", "much", "the same";
   * or a greeting: "goodbye", "farewell".
   */
  private amountSaid(j: number): boolean {
    const { tokens } = this.doc;
    const w = (d: number): string => (tokens[j + d]?.word ? tokens[j + d]!.lower : '');
    // (a share of something is a clause's subject: "said much of the plan was …", "said a lot of voters would …")
    // (nor is one that a past tense follows: "says nothing prepared her for the call", "said everything changed"; not a
    // participle's phrase: "said nothing related to the case")
    const past = pastTense(w(1)) && !/^(to|by|in|on|with|about|for|at)$/.test(w(2));
    // (after a word of degree: "said almost nothing about the tariffs", "has said remarkably little", "said hardly anything")
    if (
      /^(almost|nearly|virtually|practically|relatively|remarkably|surprisingly|comparatively|hardly|scarcely)$/.test(w(0)) &&
      /^(little|nothing|much|anything)$/.test(w(1))
    )
      return this.amountSaid(j + 1);
    if (this.denyingObject(j)) return true;
    if (/^(little|nothing|much|everything|something|anything|plenty|enough)$/.test(w(0))) return w(1) !== 'of' && !past;
    // (and a greeting, what one says to someone, no clause: "and said goodbye through a window", "said farewell")
    if (/^(goodbye|good-bye|farewell|hello|goodnight|grace)$/.test(w(0))) return true;
    if (w(0) === 'a' && /^(lot|bit|little)$/.test(w(1))) return w(2) !== 'of' || /^(things|stuff)$/.test(w(3));
    if (w(0) === 'a' && /^(great|good)$/.test(w(1)) && w(2) === 'deal') return true;
    // (things said, counted or judged: "says a lot of things", "said many things about the book", "said all sorts of things")
    for (let d = 0; d <= 4; d++) {
      if (/^(things|stuff)$/.test(w(d))) return d > 0;
      if (
        !/^(a|lot|lots|of|many|few|some|several|all|sorts|kinds|kind|sort|number|other|different|nice|good|bad|strange|interesting|two|three|these|those)$/.test(
          w(d),
        )
      )
        break;
    }
    return (w(0) === 'the' || w(0) === 'very' || w(0) === 'so' || w(0) === 'too') && /^(same|little|much)$/.test(w(1));
  }

  /**
   * Does an object at j deny that anything was said, a fact-checker's and a correction's phrase, no words reported:
   * "has said no such thing", "said nothing of the sort", "never said anything of the kind", "said no such things"?
   */
  private denyingObject(j: number): boolean {
    const { tokens, quoted } = this.doc;
    const w = (d: number): string => (tokens[j + d]?.word && !quoted[j + d] ? tokens[j + d]!.lower : '');
    if (w(0) === 'no' && w(1) === 'such') return /^(thing|things)$/.test(w(2));
    return /^(nothing|anything)$/.test(w(0)) && w(1) === 'of' && /^(the|that|this)$/.test(w(2)) && /^(sort|kind)$/.test(w(3));
  }

  /** An auxiliary or a form of "be" among tokens a..b: the verb of a clause ("nothing would change", "much of it was …"). */
  private auxiliaryWithin(a: number, b: number): boolean {
    return this.doc.tokens.slice(a, b + 1).some((t) => t.word && t.cap === 0 && auxiliary(t.lower));
  }

  /**
   * "and added, “…”", "and said: …": a verb of saying coordinated at token j that introduces a quotation of its own, in
   * the frame verb's form (an -s form with an -s form); or one after "did" ("… but did not suggest it would be Lund",
   * "and did note that …"), whose subject is the frame's.
   */
  private coordinatedReport(c: Construction, j: number): boolean {
    const { tokens } = this.doc;
    // (asked of every token of a clause: two comparisons, no regex)
    const l = tokens[j]!.lower;
    if (l !== 'and' && l !== 'but') return false;
    let k = j + 1;
    const did = /^(did|didn['’]t)$/.test(tokens[k]?.lower ?? '');
    if (did) k++;
    if (did && /^(not|n['’]t)$/.test(tokens[k]?.lower ?? '')) k++;
    const v = tokens[k];
    const next = tokens[k + 1];
    return (
      v !== undefined &&
      REPORTING_VERBS.has(v.lower) &&
      next !== undefined &&
      // (in the frame verb's form: "said a new home carried $200,000 in fees and charges, a figure …" goes on past a noun)
      (did || ((/^[,:]$/.test(next.raw) || FRAGMENT_MARK.test(next.raw)) && /[^su]s$/.test(c.verb) === /[^su]s$/.test(v.lower)))
    );
  }

  /**
   * Is token j the "and"/"but" of a second verb of the speaker's, in the frame verb's own form: "said the count was
   * fair and criticized the board for …", "says he likes her but questions whether …" (the reported clause ends
   * before it). Only verbs of saying and of speech acts (not "said the ferry ran late and added a stop": "added",
   * "reported", "announced" may be the clause's own verbs and take a comma or "that" in coordinatedReport).
   */
  private coordinatedAct(c: Construction, j: number): boolean {
    const { tokens } = this.doc;
    if (c.inverted) return false;
    // a list of the subject's acts, the next one after a comma: "suggested her tone was to blame, called her “third-rate”
    // and boycotted …" (a naming or saying verb of the frame's tense with an object of its own, a pronoun or an article)
    const o = tokens[j + 2];
    if (
      tokens[j]!.raw === ',' &&
      tokens[j + 1]?.word &&
      tokens[j + 1]!.cap === 0 &&
      (NAMING.test(tokens[j + 1]!.lower) || SAYING_AGAIN.test(tokens[j + 1]!.lower) || ACTS.test(tokens[j + 1]!.lower)) &&
      o?.word &&
      /^(him|her|them|it|us|me|the|his|their|its)$/.test(o.lower) &&
      /ed$/.test(c.verb) === /ed$/.test(tokens[j + 1]!.lower) &&
      /[^s]s$/.test(c.verb) === /[^s]s$/.test(tokens[j + 1]!.lower) &&
      // (not the verb of a name in apposition that opens the clause: "said her supervisor, Karim Haddad, told her …")
      !this.apposedBefore(c, j + 1)
    )
      return true;
    // the "but" of a frame's "not only": "not only said the work was urgent but (also) voted for it"
    const notOnly = tokens[c.verbFirst - 1]?.lower === 'only' && tokens[c.verbFirst - 2]?.lower === 'not';
    if (notOnly && tokens[j]!.lower === 'but' && tokens[j + 1]?.word && tokens[j + 1]!.cap === 0) return true;
    // a second act of the subject after a comma and "and", in the frame's past tense (past the closing mark of the words
    // the comma ends): 'urged residents to “spend their money locally,” and drew applause', 'said the plan was sound, and
    // left the stage'
    // (or after a dash: "said the count was fair — and he singled out the clerk for praise")
    const commaBefore =
      tokens[j - 1]?.raw === ',' ||
      (QUOTE_CLOSE.test(tokens[j - 1]?.raw ?? '') && tokens[j - 2]?.raw === ',') ||
      (this.lastDash(j - 1, tokens[sentEnd(this.doc, c.first)]!.end) &&
        // (the sentence's last dash: "discovered those old - and previously unreported - postings" is one noun phrase)
        !this.doc.quoted[j - 1]);
    if (tokens[j]!.lower === 'and' && commaBefore) {
      // (the speaker named again by a pronoun that can stand for no one the clause holds, or an adverb of sequence, before
      // the verb: "said the budget was sound, and she railed against the council", "said prices rose, and then warned …";
      // or of how often or how lately: "…, and he sometimes added …", "…, and most recently defended …")
      let m = j + 1;
      const pron = tokens[m]?.raw ?? '';
      if (/^(he|she|they)$/.test(pron) && this.speakerAgain(c, pron, c.verbLast + 1, j)) m++;
      if (tokens[m]?.lower === 'most' && /^[a-z]{3,}ly$/.test(tokens[m + 1]?.lower ?? '')) m++;
      if (
        STANDING_ADVERBS.test(tokens[m]?.lower ?? '') ||
        (/^[a-z]{3,}ly$/.test(tokens[m]?.lower ?? '') && !LY_NOUNS.test(tokens[m]!.lower))
      )
        m++;
      // (and the speaker's deed in the present perfect, which a report in the past does not hold: "said the plan was
      // sound, and has championed it since", "…, and has since hired …"; not "has been", which may go on with the
      // clause's subject: "said the ferry was late, and has been all week")
      // (under a frame in the present too, whose number "has" or "have" agrees with: "insists the party must be one of
      // ideas, and has championed an agenda …")
      let perfect = false;
      const has = tokens[m]?.lower ?? '';
      if (/^(has|have)$/.test(has) && !this.doc.quoted[m]) {
        let p = m + 1;
        if (/^(since|also|long|repeatedly|only|already|never)$/.test(tokens[p]?.lower ?? '')) p++;
        if (pastTense(tokens[p]?.lower ?? '') && tokens[p]!.lower !== 'been' && !this.doc.quoted[p]) {
          m = p;
          perfect = /^[a-z]+[^su]s$/.test(c.verb) === (has === 'has');
        }
      }
      const w = tokens[m];
      const pastOf = (x: string): boolean => (pastTense(x) || SAID_TOLD.test(x)) && !AUXILIARIES.has(x);
      // (not inside a clause of time or cause, whose own second clause it may open: "… because he lied to the FBI, and
      // classified information he shared contained …")
      if (!w?.word || w.cap !== 0 || this.doc.quoted[m] || !(pastOf(c.verb) || perfect) || !pastOf(w.lower)) return false;
      for (let k = c.verbLast + 1; k < j; k++) {
        const x = tokens[k]!;
        if (!x.word || x.cap !== 0 || this.doc.quoted[k]) continue;
        if (SUBORDINATE_WORDS.test(x.lower)) return false;
        // (nor after a past act of the clause's own, which the second one goes on: "said she packed her cat, …, and drove
        // south" is all hers; not a participle after "was", "had" or an adverb: "said the plan was finished, and left")
        const prev = tokens[k - 1]!;
        if (k > c.verbLast + 1 && pastOf(x.lower) && !AUXILIARIES.has(prev.lower) && !/ly$/.test(prev.lower) && prev.word) return false;
      }
      return true;
    }
    if (!/^(and|but)$/.test(tokens[j]!.lower) || tokens[j - 1]?.raw === ',') return false;
    if (this.ownPossessionAct(c, j)) return true;
    let k = j + 1;
    if (/^(also|then|later)$/.test(tokens[k]?.lower ?? '')) k++;
    const v = tokens[k];
    // (or a call on someone to act: "said the closure was “a betrayal” and called on the premier to intervene")
    const callOn = /^call(s|ed|ing)?$/.test(v?.lower ?? '') && tokens[k + 1]?.lower === 'on';
    // (or a naming of the speaker's own, which its construction reports: 'said Democrats were "trying to relitigate every
    // case" and called her record "exemplary."')
    const naming = v !== undefined && NAMING.test(v.lower);
    // (or a refusal or a pointing of the speaker's: "said the ministry was working on it and declined to give a date",
    // "said her ministry “recognizes …” and pointed to an existing grant program"; "prices rose and declined" goes on)
    const refusal =
      v !== undefined &&
      ((/^(declin|refus)(e|es|ed|ing)$/.test(v.lower) && tokens[k + 1]?.lower === 'to') ||
        (/^point(s|ed|ing)?$/.test(v.lower) && /^(to|out)$/.test(tokens[k + 1]?.lower ?? '')));
    if (v === undefined || !v.word || v.cap !== 0 || !(SAYING_AGAIN.test(v.lower) || ACTS.test(v.lower) || callOn || naming || refusal))
      return false;
    // the second verb reports words of its own ("and warned that …", "and asked the board to …"), or it is an act the first
    // verb does not report ("and criticized the board for …"); else its words stay in the clause ("and denied hitting …")
    const own = (this.bySentence.get(c.sent) ?? []).some(
      (o) => o !== c && o.verbFirst === k && o.subject !== null && this.clause(o) !== null,
    );
    // (a question asked is words of its own too: "wrote that readings were low and asked whether the authority planned …";
    // not a request, which PolNeAR's annotators keep in the clause: "declared that he was holding a fundraiser and asked
    // for people to chip in")
    const asked = /^ask(s|ed)?$/.test(v.lower) && /^(whether|if)$/.test(tokens[k + 1]?.lower ?? '');
    // (and so is an appeal to the public, which urgedClause reads as a notice of no words: "said there may be other
    // victims and urged anyone who banked at the branch to review old statements")
    const n1 = tokens[k + 1]?.lower ?? '';
    const appeal =
      /^(urg(e|es|ed)|ask(s|ed)?)$/.test(v.lower) &&
      (/^(anyone|anybody|everyone|whoever)$/.test(n1) || (n1 === 'the' && tokens[k + 2]?.lower === 'public'));
    // (and a directive to a hearer, an object and a to-clause after the verb: "said the offer was “a slap in the face” and
    // told workers to prepare for a strike")
    let to = k + 1;
    while (to < k + 4 && tokens[to]?.word && tokens[to]!.cap === 0 && tokens[to]!.lower !== 'to') to++;
    const directive =
      /^(tell|tells|told|warn|warns|warned|advise|advises|advised)$/.test(v.lower) &&
      to > k + 1 &&
      tokens[to]?.lower === 'to' &&
      !!tokens[to + 1]?.word &&
      tokens[to + 1]!.cap === 0 &&
      !DETERMINERS.has(tokens[to + 1]!.lower);
    if (!own && !asked && !appeal && !refusal && !directive && !ACTS.test(v.lower)) return false;
    const past = (w: string): boolean => /ed$/.test(w) || IRREGULAR_PAST.has(w) || SAID_TOLD.test(w);
    if (c.verb.endsWith('ing')) return v.lower.endsWith('ing');
    if (past(c.verb)) return past(v.lower);
    return /[^s]s$/.test(c.verb) && /[^s]s$/.test(v.lower);
  }

  /**
   * Does ", and" at the comma j open the writer's own clause in the present, after a clause from `from` whose verbs are
   * in the past of reported speech, under a frame in the past: "denied that it was the case, and he and Voss still speak
   * every week", "said the deal had collapsed, and she now works for a rival" (a subject of people: pronouns or names,
   * one or two joined by "and", an adverb of standing at most, then a present that agrees with it). A speaker's own
   * present ("said the plant is closed, and workers are at home") keeps its second clause: the first has no past. The
   * subject is the speaker again or people the clause does not name: a pronoun must agree with the speaker and find no
   * one to stand for inside the clause ("Police said the two suspects had fled on foot, and they are armed" keeps the
   * warning in the police's report; so do "said the boy had been poisoned, and he remains …" and "said Smith was
   * arrested, and he faces two charges"), and a name must not be one the clause holds.
   */
  private presentAfterPastReport(c: Construction, from: number, j: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[j + 1]?.lower !== 'and' || quoted[j + 1] || c.inverted) return false;
    if (!/ed$/.test(c.verb) && !IRREGULAR_PAST.has(c.verb) && !SAID_TOLD.test(c.verb)) return false;
    let past = false;
    for (let k = from; k < j; k++) {
      const x = tokens[k]!;
      if (quoted[k] || (x.word && /^(is|are|has|have|does|do|will|can|says)$/.test(x.lower))) return false;
      if (x.word && /^(was|were|had|would|could|did)$/.test(x.lower)) past = true;
    }
    if (!past) return false;
    // the subject: people, one or two (pronouns in the subject case, or names of one to three capitalised words)
    let k = j + 2;
    let people = 0;
    let plural = false;
    for (;;) {
      const x = tokens[k];
      if (!x?.word || quoted[k]) return false;
      const pron = /^(he|she|they|we)$/.test(x.raw) ? x.raw : '';
      if (pron) {
        if (!this.speakerAgain(c, pron, from, j)) return false;
        plural = plural || pron === 'they' || pron === 'we';
        k++;
      } else if (x.cap > 0 && !PRONOUNS.has(x.lower) && !TITLES.has(x.lower)) {
        const end = k + 3;
        while (k < end && tokens[k]?.word && tokens[k]!.cap > 0 && !quoted[k]) {
          // (a name the reported clause holds is no one outside it: "said Smith was arrested, and Smith faces …")
          for (let m = from; m < j; m++) if (tokens[m]!.raw === tokens[k]!.raw) return false;
          k++;
        }
      } else return false;
      people++;
      if (tokens[k]?.lower !== 'and' || people === 2) break;
      k++;
    }
    plural = plural || people === 2;
    if (STANDING_ADVERBS.test(tokens[k]?.lower ?? '')) k++;
    const v = tokens[k];
    if (!v?.word || v.cap !== 0 || quoted[k] || k >= to) return false;
    const present = plural
      ? /^(are|have|do)$/.test(v.lower) ||
        (!AUXILIARIES.has(v.lower) && /^[a-z]{3,}[^s]$/.test(v.lower) && !/(ed|ing|ly)$/.test(v.lower) && !IRREGULAR_PAST.has(v.lower))
      : /^(is|has|does)$/.test(v.lower) || shortPresentInS(v.lower);
    return present && !!tokens[k + 1]?.word;
  }

  /**
   * Can the pronoun `pron` ("he", "she", "they" or "we"), after the reported clause from `from` to the comma j, only be
   * the speaker of c or someone outside the clause (see presentAfterPastReport)? "He" and "she" need a speaker who is one
   * person of no other gender, "they" a speaker of people; and the clause must hold no one else the pronoun could stand
   * for: a name, a person's noun ("the boy", "the gunman") for "he" and "she", a plural noun ("the two suspects", "two
   * men", "the rebels") or a name for "they". "We" is the writer's.
   */
  private speakerAgain(c: Construction, pron: string, from: number, j: number): boolean {
    const { tokens, quoted } = this.doc;
    if (pron === 'we') return true;
    const s = c.subject;
    if (!s) return false;
    const gender = pron === 'he' ? 'male' : pron === 'she' ? 'female' : null;
    if (pron === 'they') {
      const plural =
        s.pronoun === 'plural' || (s.kind === 'desc' && (s.desc!.group || /[^s]s$/.test(s.desc!.head) || pluralSpeakerNoun(s.desc!.head)));
      if (!plural) return false;
    } else if (s.kind === 'pronoun') {
      if (s.pronoun !== gender) return false;
    } else if (s.kind === 'key') {
      // (a name of the article's own may be a person whatever the registry guessed: "Kane said …, and he still believes …")
      if (s.key!.kind === 'entity' && keyType(this.doc, s.key!) !== 'person') return false;
      const g = keyGender(this.doc, s.key!);
      if (g !== null && g !== gender) return false;
    } else {
      const d = s.desc!;
      if (d.group || (d.gender !== null && d.gender !== gender)) return false;
      if (d.gender === null && !personShaped(d.head) && !SPEAKER_NOUNS.has(d.head)) return false;
    }
    for (let k = from; k < j; k++) {
      const x = tokens[k]!;
      if (!x.word || quoted[k]) continue;
      if (x.cap > 0 && !DAYS_MONTHS.has(x.lower) && !PRONOUNS.has(x.lower)) return false;
      if (gender) {
        if (MALE_NOUNS.has(x.lower) || FEMALE_NOUNS.has(x.lower) || personShaped(x.lower) || SPEAKER_NOUNS.has(x.lower)) return false;
        // (a pronoun inside most often stands for the speaker too: "said he was innocent, and he is still waiting")
        continue;
      }
      if (
        /^(men|women|people|children|police|staff|crew|they|them|their)$/.test(x.lower) ||
        GROUP_NOUNS.has(x.lower) ||
        pluralSpeakerNoun(x.lower) ||
        (/^[a-z]{3,}[^su'’]s$/.test(x.lower) &&
          !AUXILIARIES.has(x.lower) &&
          !/^(this|thus|always|perhaps|news|series|sometimes|afterwards|towards|besides)$/.test(x.lower) &&
          !/^(he|she|it|who|which|that)$/.test(tokens[k - 1]?.lower ?? ''))
      )
        return false;
    }
    return true;
  }

  /**
   * Is token j the "and" of an act of the speaker's on what is the speaker's own, after a clause whose subject is a
   * thing: "said the sell-off was overdone and raised her price target", "say the levy is unfair and keep their stalls
   * shut" (a past or present verb in the frame verb's tense, then "his", "her" or "their", which agrees with the
   * speaker and cannot stand for the clause's subject, a singular common noun after an article and no person's noun).
   * Not when the clause's subject may be a person: "said the suspect was armed and fired his weapon" needs a speaker
   * who cannot own the weapon (a plural or a body, "police"), which the agreement asks for. The verb is one of a
   * person's deliberate act on what they hold (OWN_HOLDING_ACTS: raised, cut, sold, kept …), never one of an effect the
   * clause's own subject may have had: "said the scandal was damaging and ended his career", "said the drought was severe
   * and killed their cattle" keep the second predicate in the report; and "his" or "her" must not go against the
   * speaker's known gender ("Jonas Berg said the guidance was weak and cut her forecast" is no act of his).
   */
  private ownPossessionAct(c: Construction, j: number): boolean {
    const { tokens } = this.doc;
    const s = c.subject;
    if (!s || c.inverted || tokens[j]!.lower !== 'and') return false;
    const v = tokens[j + 1];
    const own = tokens[j + 2]?.lower ?? '';
    if (!v?.word || v.cap !== 0 || this.doc.quoted[j + 1] || !/^(his|her|their)$/.test(own) || !OWN_HOLDING_ACTS.test(v.lower))
      return false;
    const past = (w: string): boolean => (pastTense(w) || SAID_TOLD.test(w)) && !AUXILIARIES.has(w);
    const bare = (w: string): boolean => !past(w) && !/s$|ing$/.test(w);
    const sForm = (w: string): boolean => /[^su]s$/.test(w);
    const tense = (w: string): number => (past(w) ? 1 : sForm(w) ? 2 : bare(w) ? 3 : 0);
    const vt = tense(c.verb) === 1 && SAME_FORM_PAST.test(v.lower) ? 1 : tense(v.lower);
    if (tense(c.verb) === 0 || tense(c.verb) !== vt) return false;
    // the speaker agrees with the possessive: one person (a name, "he", "she") for "his" and "her", people for "their"
    const head = tokens[s.last]!;
    const pron = PRONOUNS.get(head.lower);
    const plural = pron === 'plural' || (head.cap === 0 && /[^s]s$/.test(head.lower)) || pluralSpeakerNoun(head.lower);
    // (a name of two words or more, or of one the registry knows as a person's: "Moy said … and raised her price target")
    const key = s.kind === 'key' ? s.key! : null;
    const known = !!key && keyType(this.doc, key) === 'person';
    const person = pron === 'male' || pron === 'female' || (head.cap > 0 && pron === undefined && (s.last > s.first || known));
    if (own === 'their' ? !plural : !person) return false;
    const gender = pron === 'male' || pron === 'female' ? pron : key ? keyGender(this.doc, key) : null;
    if (own !== 'their' && gender !== null && gender !== (own === 'his' ? 'male' : 'female')) return false;
    // the clause: "that" or none, then an article and a common singular noun or two before the clause's finite verb
    let k = c.verbLast + 1;
    if (tokens[k]?.lower === 'that') k++;
    if (!/^(the|a|an|this|its)$/.test(tokens[k]?.lower ?? '')) return false;
    let n = k + 1;
    const nounWord = (m: number): boolean =>
      (!!tokens[m]?.word && tokens[m]!.cap === 0 && !AUXILIARIES.has(tokens[m]!.lower)) || joiningHyphenAt(tokens, m);
    while (n < k + 5 && nounWord(n)) n++;
    const noun = tokens[n - 1]!;
    if (n === k + 1 || !AUXILIARIES.has(tokens[n]?.lower ?? '') || /s$/.test(noun.lower)) return false;
    if (personShaped(noun.lower) || SPEAKER_NOUNS.has(noun.lower) || MALE_NOUNS.has(noun.lower) || FEMALE_NOUNS.has(noun.lower))
      return false;
    // (one predicate in between, no other clause: "said the plan, which the mayor drew up, was sound and …" is no such)
    for (let m = n + 1; m < j; m++) if (!tokens[m]!.word || this.doc.quoted[m] || SUBORDINATE_WORDS.test(tokens[m]!.lower)) return false;
    return j - n <= 5;
  }

  /** Is the verb of `c` followed by a lower-case noun, as a compound's first part ("claims centre", "reports desk")? */
  private nounAfterVerb(c: Construction): boolean {
    const n = this.doc.tokens[c.verbLast + 1];
    return (
      !!n?.word &&
      n.cap === 0 &&
      !DETERMINERS.has(n.lower) &&
      !PRONOUNS.has(n.lower) &&
      !NP_BREAK.has(n.lower) &&
      !/(ly|ed|ing)$/.test(n.lower) &&
      /s$/.test(c.verb)
    );
  }

  /**
   * Is c a pronoun's frame set off by commas in mid-sentence ("…, he said, …") after another frame of its sentence whose
   * subject is no pronoun and comes before its verb ("Rivard said the Liberals filed 240 amendments, most of them, he
   * said, designed only to delay"): the same speaker's aside inside that frame's clause?
   */
  private asideInClause(c: Construction): boolean {
    const { tokens } = this.doc;
    if (c.inverted || c.subject?.kind !== 'pronoun' || c.first !== c.subject.first || c.verb === 'according') return false;
    if (!/^(he|she|they)$/.test(tokens[c.first]!.lower) || tokens[c.first - 1]?.raw !== ',' || tokens[c.last + 1]?.raw !== ',')
      return false;
    // (not after a conjunction, whose clause the aside opens: "… had said that because, she said, the comment …", "the
    // days when, he said, protesters …")
    const before = tokens[c.first - 2];
    if (!before?.word || CLAUSE_BAD_START.has(before.lower) || /^(because|when|where|while|if|and|but|or|so|that)$/.test(before.lower))
      return false;
    // (the other frame reports a clause before the aside, "that" or a subject and its verb: not "The government
    // acknowledged the relocation, he said, but stopped short of an apology", whose verb has an object only)
    const clauseAfter = (o: Construction): boolean => {
      for (let j = o.last + 1; j < c.first - 1; j++) if (tokens[j]!.word && tokens[j]!.lower === 'that') return true;
      return this.clauseBefore(o.last + 1, c.first - 1, false);
    };
    return (this.bySentence.get(c.sent) ?? []).some(
      (o) =>
        o !== c &&
        !o.inverted &&
        o.last < c.first - 2 &&
        o.subject !== null &&
        o.subject.kind !== 'pronoun' &&
        o.verb !== 'according' &&
        clauseAfter(o),
    );
  }

  /** The last token of a clause from `from` to `to` once the sentence's other constructions have ended it. */
  private cutByOthers(c: Construction, from: number, to: number): number {
    for (const other of this.bySentence.get(c.sent) ?? []) {
      if (other === c) continue;
      // (a pronoun's aside between commas goes on with the clause: "…, most of them, he said, designed only to delay")
      if (other.first > from && this.asideInClause(other)) continue;
      // (nor is an object and its participle after a verb of wanting or seeing a frame, when it reports nothing: "said he
      // would like to see the study repeated with wild bees")
      if (other.first > from && this.objectParticiple(other)) continue;
      // (nor a verb of saying used of a deed, reporting nothing: "said she would recommend the merger, provided the company
      // agrees to expand broadband", "asked the board to explain how it would maintain its obligation to the regions")
      if (other.first > from && this.deedNotWords(other)) continue;
      // (nor "claim" of a thing taken, its object a pronoun and nothing after it: "said the stigma was one reason families
      // had not claimed them")
      if (other.first > from && this.claimedThing(other)) continue;
      // (nor the main clause of the words reported, after the phrase that opens them, when its verb of saying reports
      // nothing of its own: "reported that during the mayor's visit, Governor Lund repeated her call for a bridge" is
      // the report's whole clause, not only "during the mayor's visit")
      if (this.mainClauseOfReport(other, from)) continue;
      // (nor a possessive's noun of saying that is the object of the verb before it, inside the clause: "said that Holm
      // repeated her claim that the bridge was unsafe" is the report's whole clause, not one ending on "repeated")
      if (other.first > from && this.possessiveClaimObject(other)) continue;
      let at = this.cutAt(other, from);
      // (a clause cut before another's subject does not end on the "that" opening it: "make it more likely [that]
      // European governments will insist …"; a relative "that" before the other's subject goes with it: "a weeks-long
      // strike that company executives said …")
      if (
        at - 1 > from &&
        this.doc.tokens[at - 1]!.lower === 'that' &&
        (!this.doc.quoted[at - 1] || (other.subject !== null && at === other.subject.first))
      )
        at--;
      // (and the conjunction that joins it to the clause: "a move officials say will save $6 million a year but that
      // riders warn will strand …")
      if (at - 1 > from && /^(but|and|or)$/.test(this.doc.tokens[at - 1]!.lower) && !this.doc.quoted[at - 1]) at--;
      // (and the subordinator whose clause the other frame opens: "said the firm pulled out after the city told it that …"
      // ends at "out", not at "after")
      if (at - 1 > from && SUBORDINATORS_BEFORE_FRAME.test(this.doc.tokens[at - 1]!.lower) && !this.doc.quoted[at - 1]) at--;
      // (and the "with" of an absolute phrase the other frame opens, and its comma: "said his government was weighing the
      // plan, with the finance minister telling reporters that …" ends at "the plan")
      if (at - 2 > from && this.doc.tokens[at - 1]!.lower === 'with' && this.doc.tokens[at - 2]!.raw === ',' && !this.doc.quoted[at - 1])
        at -= 2;
      if (at > from && at - 1 < to) to = at - 1;
    }
    return to;
  }

  /**
   * Is `other` a possessive's noun of saying ("her claim that …", "his assertion that …") right after a verb in the past
   * or the present that takes it as its object ("repeated her claim that", "rejects his claim that")?
   */
  private possessiveClaimObject(other: Construction): boolean {
    const { tokens, quoted } = this.doc;
    const p = tokens[other.first];
    const v = tokens[other.first - 1];
    if (other.inverted || !p?.word || !/^(his|her|their|its|our)$/.test(p.lower) || other.verbFirst !== other.first + 1) return false;
    const noun = tokens[other.verbFirst]!;
    if (!noun.word || noun.lower === other.verb || quoted[other.first] || !v?.word || v.cap !== 0 || quoted[other.first - 1]) return false;
    return (pastTense(v.lower) || /[^su]s$/.test(v.lower)) && !AUXILIARIES.has(v.lower) && !CLAUSE_BAD_START.has(v.lower);
  }

  /**
   * Are the words from `from` to `to` only the phrases that open a clause, cut before its main clause: a preposition of
   * time or place or a subordinator (not one of concession) first, a comma right after them ("after the hearing, on Tuesday", "if the levy were
   * made law", "since then, thanks to higher fees")?
   */
  private openingPhrasesOnly(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    const f = tokens[from];
    while (to > from && !tokens[to]!.word) to--;
    // (a concession is a claim of its own: "admitted that while the server was never central to the inquiry, …")
    if (/^(while|although|though|whereas)$/.test(f?.lower ?? '')) return false;
    if (
      !f?.word ||
      f.cap !== 0 ||
      tokens[to + 1]?.raw !== ',' ||
      !(TIME_OR_PLACE_OPENER.test(f.lower) || OPENING_SUBORDINATORS.has(f.lower))
    )
      return false;
    // (each phrase between its commas opens so: not "during the visit, Lund repeated her call for a bridge")
    const opens = (t: Token | undefined): boolean =>
      !!t?.word &&
      t.cap === 0 &&
      (TIME_OR_PLACE_OPENER.test(t.lower) || OPENING_SUBORDINATORS.has(t.lower) || PHRASE_OPENERS.test(t.lower));
    for (let k = from; k <= to; k++) if (quoted[k] || (tokens[k]!.raw === ',' && k > from && !opens(tokens[k + 1]))) return false;
    return true;
  }

  /**
   * Is `other` the main clause of a report that opens at `from` with a phrase of time or place or a subordinate clause
   * up to a comma ("during the mayor's visit, Lund repeated her call …"), not inverted, its subject right after that
   * comma, its verb reporting no clause of its own?
   */
  private mainClauseOfReport(other: Construction, from: number): boolean {
    const { tokens, quoted } = this.doc;
    const s = other.subject;
    if (!s || other.inverted || other.continuing || other.passive || s.first !== other.first) return false;
    // (past its titles before the name: "…, Governor Ada Lund repeated …", "…, Gov. Lund …")
    let start = other.first;
    while (start > other.first - 4 && (tokens[start - 1]?.cap ?? 0) > 0 && !quoted[start - 1]) start--;
    if (tokens[start - 1]?.raw === '.' && (tokens[start - 2]?.cap ?? 0) > 0) start -= 2;
    if (start <= from + 2 || tokens[start - 1]?.raw !== ',') return false;
    const opener = tokens[from];
    if (!opener?.word || opener.cap !== 0 || !(TIME_OR_PLACE_OPENER.test(opener.lower) || OPENING_SUBORDINATORS.has(opener.lower)))
      return false;
    // (one phrase: no other comma, quotation or stop between)
    for (let k = from + 1; k < start - 1; k++) if (quoted[k] || !(tokens[k]!.word || tokens[k]!.key === "'s")) return false;
    return this.clause(other) === null;
  }

  /**
   * Is c a subject and its verb of saying with an object or an infinitive right after the verb, reporting no clause: "the
   * company agrees to expand", "it would maintain its obligation"?
   */
  private deedNotWords(c: Construction): boolean {
    const { tokens } = this.doc;
    const s = c.subject;
    if (!s || c.inverted || c.passive || (c.verbFirst !== s.last + 1 && !AUXILIARIES.has(tokens[s.last + 1]?.lower ?? ''))) return false;
    // (a body or a thing, not a person, whose words a report of deeds would more often give: "Mr. Ryan reiterated his support")
    if (s.kind === 'key' || (s.kind === 'pronoun' && tokens[s.first]!.lower !== 'it')) return false;
    // (inside the clause, after a word that subordinates it, not a second clause of its own: "…, and 160 have not
    // announced their choice", "…: the regulator told the bank to repay customers", "… — the company promised …")
    if (/^(and|but|or|[,;:(—–])$/.test(tokens[s.first - 1]?.lower ?? '')) return false;
    const next = tokens[c.last + 1];
    if (!next?.word || next.cap !== 0 || this.doc.quoted[c.last + 1]) return false;
    if (next.lower !== 'to' && !/^(its|his|her|their|our|the|a|an)$/.test(next.lower)) return false;
    return this.clause(c) === null;
  }

  /**
   * Is c a "claim" of a thing, not of words: its object a pronoun that ends the clause, no clause of its own ("families
   * had not claimed them", "nobody claimed it.")?
   */
  private claimedThing(c: Construction): boolean {
    const { tokens } = this.doc;
    if (!CLAIMING.test(c.verb) || c.inverted || c.passive) return false;
    const obj = tokens[c.verbLast + 1];
    if (!obj?.word || obj.cap !== 0 || this.doc.quoted[c.verbLast + 1] || !OBJECT_PRONOUNS.test(obj.lower)) return false;
    const after = tokens[c.verbLast + 2];
    return (after === undefined || (!after.word && !QUOTE_MARK.test(after.raw))) && this.clause(c) === null;
  }

  /**
   * Is c an object and a participle in -ed after a verb of wanting, seeing or having, with no clause of its own: "like
   * the study repeated", "see the findings confirmed", "had the test repeated"?
   */
  private objectParticiple(c: Construction): boolean {
    const { tokens } = this.doc;
    const s = c.subject;
    if (!s || c.inverted || c.passive || !/ed$/.test(c.verb) || c.verbFirst !== s.last + 1) return false;
    if (!OBJECT_PARTICIPLE_VERBS.test(tokens[s.first - 1]?.lower ?? '') || tokens[s.first - 1]!.cap !== 0) return false;
    return this.clause(c) === null;
  }

  /** Does the clause end after token `last`: the sentence ends, or a comma and a conjunction follow ("…, but …")? */
  private endsClause(last: number, se: number): boolean {
    const { tokens } = this.doc;
    for (let j = last + 1; j <= se; j++)
      if (tokens[j]!.raw === ',') return /^(but|and|while|though|although|yet)$/.test(tokens[j + 1]?.lower ?? '');
    return true;
  }

  /**
   * "…, said Frank Coleman, a vice president", "…, said DeSantis, who …", "…, according to John Weaver, a Republican strategist": an apposition
   * to the subject after the verb; after "according to" only when no subject and verb follow ("according to the
   * ministry, the bridge will reopen" resumes the speech).
   */
  private appositionAfter(c: Construction): boolean {
    const { tokens } = this.doc;
    const next = tokens[c.last + 2];
    if (!c.inverted || tokens[c.last + 1]?.raw !== ',' || next === undefined) return false;
    // "…, said DeSantis, who was elected in 2012."
    if (/^(who|whose)$/.test(next.lower)) return true;
    const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    // "…, said Orla Benning, senior economist at the Lakeshore Institute", "…, says Tomas Ekdahl, director of …": a role
    // with no article (not after "according to": "according to Ada Roy, chair of the board, the ferry …" resumes)
    if (c.verb !== 'according' && this.roleApposition(c.last + 2, se)) return true;
    // (after "according to" too when the role runs to the sentence's end, no comma left to resume after: "…, according to
    // Hana Visser, director of the Pine Street Network.")
    if (c.verb === 'according' && this.roleApposition(c.last + 2, se) && !this.commaBetween(c.last + 2, se)) return true;
    // (or a possessive's, no subject and verb after it: "…, said Lena Aalto, her chief of staff.", "…, said Tom Berg, its
    // commissioner." are no more of the words)
    if (/^(his|her|its|their)$/.test(next.lower) && next.cap === 0) return !this.subjectThenVerb(c.last + 2, se, false);
    if (!/^(a|an|another|the)$/.test(next.lower)) return false;
    return c.verb !== 'according' || !this.subjectThenVerb(c.last + 2, se, false);
  }

  /** Is there a comma from a to b? */
  private commaBetween(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (this.doc.tokens[k]!.raw === ',') return true;
    return false;
  }

  /** The last word of a sentence ending at se. */
  private lastWord(se: number): number {
    const { tokens } = this.doc;
    let k = se;
    while (k > 0 && !tokens[k]!.word) k--;
    return k;
  }

  /** Are the words from a to b a name: capitalised words, with "of", "and", "the", "for" between them ("Bank of Canada")? */
  private nameOnly(a: number, b: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!tokens[a]?.word || tokens[a]!.cap === 0) return false;
    for (let k = a; k <= b; k++) {
      const t = tokens[k]!;
      if (quoted[k]) return false;
      if (!t.word) {
        if (!/^[.&'’-]$/.test(t.raw)) return false;
      } else if (t.cap === 0 && !/^(of|and|the|for|de|du|la|le)$/.test(t.lower)) return false;
    }
    return true;
  }

  /**
   * Does a role with no article open at p, an apposition to the speaker named before it: "senior economist at the
   * Lakeshore Institute", "director of the agency", "co-author of a report", "chair of the committee." (its role
   * noun within its first four words, then a preposition, an "and" or the sentence's end; no verb before it; and
   * not a role that the clause resumes after: "…, said Ada Roy, chair of the board, will reopen" keeps the old reading)
   */
  private roleApposition(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let k = p; k <= Math.min(se, p + 5); k++) {
      const t = tokens[k]!;
      if (joiningHyphenAt(tokens, k)) continue;
      if (!t.word || quoted[k] || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || finiteWord(t)) return false;
      if (joiningHyphenAt(tokens, k + 1)) continue;
      const head = t.lower;
      if (!(SPEAKER_NOUNS.has(head) || TITLES.has(head) || /^(author|editor|partner)$/.test(head)) || GROUP_NOUNS.has(head)) continue;
      const after = tokens[k + 1];
      if (after && k + 1 <= se && after.word && !/^(of|at|for|with|in|on|to|and|from)$/.test(after.lower)) continue;
      if (after && k + 1 <= se && !after.word && !/^[,.;)]$/.test(after.raw)) continue;
      // a comma after the role that the speech resumes after: "…, chair of the board, will reopen in May"
      for (let j = k + 1; j <= se; j++) {
        if (tokens[j]!.raw !== ',') continue;
        const v = tokens[j + 1];
        // (or a subject and its verb: "…, said Ada Roy, head of the board, Teck wants the gap narrowed")
        const w = tokens[j + 2];
        const named = v?.word === true && v.cap > 0 && w !== undefined && finiteWord(w);
        if (v && !quoted[j + 1] && (finiteWord(v) || auxiliary(v.lower) || named || this.subjectThenVerb(j + 1, se, false))) return false;
      }
      return true;
    }
    return false;
  }

  /**
   * Is what follows a verb of writing at k the piece written, its object ("wrote the script after her grandfather lost
   * his land", "wrote a letter because the mayor ignored her"), not a clause: a determiner and a noun of writing, no
   * finite verb right after the noun?
   */
  private pieceWritten(c: Construction, k: number): boolean {
    const { tokens } = this.doc;
    if (!/^(wr[io]te|writes|writing|written)$/.test(c.verb)) return false;
    const d = tokens[k];
    if (!d?.word || !/^(a|an|the|his|her|their|its|this|that|my|our|one)$/.test(d.lower)) return false;
    // (past a modifier or two: "the first draft", "a long open letter")
    for (let n = k + 1; n <= k + 3; n++) {
      const x = tokens[n];
      if (!x?.word || x.cap !== 0) return false;
      if (!WRITTEN_PIECES.test(x.lower)) continue;
      const after = tokens[n + 1];
      return (
        after?.key !== "'s" &&
        !(after?.word && after.cap === 0 && (pastOrAuxiliary(after.lower) || /^(says|shows|finds|reads)$/.test(after.lower)))
      );
    }
    return false;
  }

  /**
   * Is the phrase from k to the "that" at `that`, after a verb of writing, the one written to (and a time after it):
   * "wrote the mayor that …", "wrote him again in June that …", "wrote the council last week that …"? Not a piece
   * written ("wrote a report that the council shelved"), nor a relative "that" a verb follows ("wrote the clerk that
   * handles permits").
   */
  private readerBeforeThat(c: Construction, k: number, that: number, se: number): boolean {
    const { tokens } = this.doc;
    if (!/^(wr[io]te|writes|writing)$/.test(c.verb) || that <= k || this.pieceWritten(c, k) || this.thatOfTime(that)) return false;
    let p = this.skipObject(k, se);
    // (skipObject takes any determined lower-case noun for the hearer, as the verb "told" makes it one; after a verb of
    // writing only a noun of a person, a body or an outlet is the one written to: "wrote the local newspaper that …", not
    // "wrote the study that the ministry cited"; a name after that noun stays: "wrote the newspaper Le Monde that …")
    const determined = /^(the|a|an|his|her|their|its|our|my)$/.test(tokens[k]!.raw) && tokens[k + 1]?.word && tokens[k + 1]!.cap === 0;
    if (determined) p = this.writtenToNounEnd(k, p, that, se);
    if (p <= k) return false;
    if (/^(again|also|too)$/.test(tokens[p]?.lower ?? '')) p++;
    p = this.pastTime(p, se);
    // (or a time after a demonstrative "that": "wrote the president that morning that …")
    if (p < that && tokens[p]!.lower === 'that' && this.thatOfTime(p)) p = this.timeNounAfterThat(p) + 1;
    // (a month or a day after "in" or "on": "wrote him in June that …")
    if (/^(in|on)$/.test(tokens[p]?.lower ?? '') && DAYS_MONTHS.has(tokens[p + 1]?.lower ?? '')) p += 2;
    // (and a name or a description between commas after the one written to: "wrote the mayor, Tom Hale, that …", "wrote
    // the local newspaper, The Harbour Times, that …", "wrote Hale, her deputy, that …")
    if (
      p < that - 2 &&
      tokens[p]!.raw === ',' &&
      tokens[that - 1]!.raw === ',' &&
      // (after the one written to: a noun of a person, a body or an outlet, a pronoun, a name the article knows, or a name
      // its apposition describes as a person's: "wrote Solberg, his neighbour, that …"; a title after the verb is the piece
      // written: "wrote Silent Harbour, her debut, that …")
      (determined || this.personOrBodyEndsAt(p - 1) || (tokens[p - 1]!.cap > 0 && tokens[p + 1]!.cap === 0)) &&
      this.appositionOnly(p + 1, that - 2)
    )
      p = that;
    // (a plural noun in -s, its verb after it, opens the clause: "that drivers had been warned")
    const after = tokens[that + 1];
    const next = tokens[that + 2];
    const present = !!after && shortPresentInS(after.lower) && !(next?.word && next.cap === 0 && pastOrAuxiliary(next.lower));
    return p === that && !!after?.word && !(after.cap === 0 && (pastOrAuxiliary(after.lower) || present));
  }

  /**
   * Where the one written to ends, from a determiner at k: the last noun before "again", a time, a comma or the "that"
   * at `that` ("the district's transport chief", "the local newspaper"), when it is a noun of a person, a body or an
   * outlet (`writtenTo`); past a name after it where skipObject went on to `p` ("the newspaper Le Monde"). k when it is
   * no such noun: "the study", "the menu", "the paper" (a piece written); p when no noun follows k.
   */
  private writtenToNounEnd(k: number, p: number, that: number, se: number): number {
    const { tokens } = this.doc;
    let h = k + 1;
    while (
      h < that &&
      h - k <= 5 &&
      ((tokens[h]!.word && tokens[h]!.cap === 0) || /^['’]s$/.test(tokens[h]!.raw)) &&
      !/^(again|also|too|that)$/.test(tokens[h]!.lower) &&
      this.pastTime(h, se) === h &&
      !(/^(in|on)$/.test(tokens[h]!.lower) && DAYS_MONTHS.has(tokens[h + 1]?.lower ?? ''))
    )
      h++;
    // (no noun after it: "her" is the one written to, skipObject's answer stands: "wrote her last week that …")
    if (h === k + 1) return p;
    const head = tokens[h - 1]!;
    // (a paper or a website is read as much as written, the one written to only with a time or "again" before the "that":
    // "wrote the paper Monday that …", not "wrote the paper that the journal retracted")
    const outlet = /^(paper|website|site)$/.test(head.lower) && h < that && tokens[h]!.raw !== ',';
    if (!head.word || !(writtenTo(head.lower) || outlet)) return k;
    return p > h && tokens.slice(h, p).every((t) => t.word && t.cap > 0) ? p : h;
  }

  /**
   * After a verb of writing, is the determined lower-case noun right before the "that" at `that` the thing written, its
   * "that" a relative clause's ("wrote the amendment that Republicans blocked", "wrote the menu that the restaurant
   * serves"): a determiner and one to three lower-case words, the last no noun of a person, a body or an outlet?
   */
  private thingWrittenBeforeThat(c: Construction, k: number, that: number): boolean {
    const { tokens } = this.doc;
    if (!/^(wr[io]te|writes|writing)$/.test(c.verb) || that < k + 2 || that - k > 4) return false;
    if (!/^(the|a|an|his|her|their|its|our|my)$/.test(tokens[k]!.raw)) return false;
    for (let h = k + 1; h < that; h++) {
      // (no "that" of time among them: "wrote the president that morning that …")
      if (!tokens[h]!.word || tokens[h]!.cap !== 0 || tokens[h]!.lower === 'that' || this.doc.quoted[h]) return false;
    }
    return !writtenTo(tokens[that - 1]!.lower);
  }

  /** Does a name end at i that the article or the dataset knows as a person or an organisation, or a pronoun stand there? */
  private personOrBodyEndsAt(i: number): boolean {
    const { tokens, people, knownEndAt, index } = this.doc;
    if (OBJECTS.has(tokens[i]?.lower ?? '')) return true;
    const person = people.endAt.get(i);
    if (person !== undefined) return /^(person|organization)$/.test(people.people[person]!.type);
    const known = knownEndAt.get(i);
    return !!known && /^(person|organization)$/.test(index.entities[known.entity]!.type);
  }

  /**
   * Are the tokens from a to b (four at most) an apposition only: a capitalised name ("Tom Hale", "The Harbour Times"),
   * or a possessive or an article and one to three words in lower case, none a finite verb ("her deputy", "the city's
   * engineer")?
   */
  private appositionOnly(a: number, b: number): boolean {
    const { tokens, quoted } = this.doc;
    if (b < a || b - a > 3) return false;
    const words = tokens.slice(a, b + 1);
    if (words.some((t, n) => quoted[a + n] || !(t.word || /^['’]s$/.test(t.raw)))) return false;
    if (words.every((t) => t.cap > 0 || !t.word)) return true;
    return (
      b > a &&
      /^(the|his|her|their|its|our|my)$/.test(tokens[a]!.raw) &&
      words.slice(1).every((t) => !t.word || (t.cap === 0 && !finiteWord(t) && !CLAUSE_BAD_START.has(t.lower))) &&
      // (a description of a person, a body or an outlet: "her deputy", not "her debut", "his first")
      writtenTo(tokens[b]!.lower)
    );
  }

  /**
   * Does a clause open at p: a subject (a pronoun, a determined noun phrase, a capitalised name) followed by a
   * finite verb? `strict`: a pronoun too must be followed by an auxiliary or a past form.
   */
  private subjectThenVerb(p: number, se: number, strict: boolean): boolean {
    const { tokens, scare } = this.doc;
    const t = tokens[p];
    // (with "cannot", an auxiliary and its negation in one word: "If it passes, the money cannot reach …")
    const finite = (x: { word: boolean; lower: string; cap: number }): boolean =>
      x.word && x.cap === 0 && (pastOrAuxiliary(x.lower) || x.lower === 'cannot');
    // a sum of money, its sign before its figure: "said £25m had been set aside", "said $40 million was spent", "said
    // €3.5bn would go to …" (the figure, its point or commas and a word of scale, then a finite verb)
    if (this.sumAt(p)) {
      let k = p + 1;
      while (
        k <= se &&
        k - p < 6 &&
        (/^[0-9][0-9a-z.,]*$/.test(tokens[k]!.raw) ||
          (/^[.,]$/.test(tokens[k]!.raw) && /^[0-9]/.test(tokens[k + 1]?.raw ?? '') && tokens[k + 1]!.start === tokens[k]!.end))
      )
        k++;
      if (/^(million|billion|trillion|thousand)$/.test(tokens[k]?.lower ?? '')) k++;
      // (and "more" or "less": "said $5 million more would go to the port")
      if (/^(more|less|extra)$/.test(tokens[k]?.lower ?? '')) k++;
      // (and what the money is, a short phrase of lower-case words: "said $3.5 million in emergency loans was owed")
      if (/^(in|of|for)$/.test(tokens[k]?.lower ?? '')) {
        let m = k + 1;
        while (m < se && m - k <= 3 && tokens[m]!.word && tokens[m]!.cap === 0 && !finite(tokens[m]!) && !this.doc.quoted[m]) m++;
        if (m > k + 1) k = m;
      }
      return k < se && finite(tokens[k]!);
    }
    if (!t || !t.word || p >= se) return false;
    const next = tokens[p + 1]!;
    // (or, after a plural, a verb of seeming or staying in the present: "grizzly numbers appear stable but that …")
    const plural = (x: { word: boolean; lower: string; cap: number }): boolean =>
      finite(x) || (x.word && x.cap === 0 && /^(appear|seem|remain|stay|persist)$/.test(x.lower));
    // "she'll bring", "they're", "it's": a pronoun with its verb contracted
    if (/^(he|she|they|we|it|i|you)['’](ll|d|s|re|ve|m)$/.test(t.lower)) return true;
    // a pronoun coordinated with a noun phrase: "announced she and her husband are selling …", "revealed he and his staff
    // were offered …" (the second subject and its verb decide)
    if (/^(he|she|we|they)$/.test(t.lower) && next.word && next.lower === 'and' && !this.doc.quoted[p + 1])
      return this.subjectThenVerb(p + 2, se, strict);
    const pr = PRONOUNS.get(t.lower);
    if ((pr && t.lower !== 'i') || t.lower === 'there') {
      if (!next.word || next.cap !== 0) return false;
      // (past an adverb of time or frequency between the pronoun and its verb: "said in an interview she still wakes up …")
      const adverb = /^(he|she|they|we)$/.test(t.lower) && STANDING_ADVERBS.test(next.lower) && tokens[p + 2]?.word === true;
      const v = adverb ? tokens[p + 2]! : next;
      if (v.cap !== 0) return false;
      // (a verb contracted onto "it", split off like a possessive: "argued it's time to act", "added, it's not the way")
      if (t.lower === 'it' && v === next && v.key === "'s" && v.start === t.end) return true;
      // (a singular pronoun before a verb in -s is its subject: "it takes time", "he wants a recount")
      // (not a determiner: "explained it this way")
      if (/^(he|she|it)$/.test(t.lower) && shortPresentInS(v.lower) && !CLAUSE_BAD_START.has(v.lower) && !DETERMINERS.has(v.lower))
        return true;
      return strict || t.lower === 'it' ? finite(v) : !CLAUSE_BAD_START.has(v.lower) || auxiliary(v.lower);
    }
    // "such legislation could …", "every voter would …", "no one has …"
    const det =
      (DETERMINERS.has(t.lower) || /^(such|every|any|no|all|neither|either|both)$/.test(t.lower)) && t.lower !== 'that' && t.cap === 0;
    // a number standing for a group: "Of the 121 people detained, 77 have been deported"
    if (/^[0-9]+$/.test(t.raw) && finite(next)) return true;
    // a share or an approximate number: "about 82 percent of ferries were late", "at least six planes filled …", "72% of voters say"
    if (this.approximateNumber(p) || (/^[0-9]/.test(t.raw) && /^(percent|%)$/.test(next.raw))) {
      for (let k = p + 2; k <= Math.min(se, p + 8); k++) {
        const x = tokens[k]!;
        if (finite(x) || (x.word && x.cap === 0 && /^(say|says)$/.test(x.lower))) return true;
        if (!x.word && x.raw !== '%' && x.raw !== '-') return false;
      }
      return false;
    }
    // a bare plural noun: "officers can include …", "candidates need …"
    if (!det && t.cap === 0 && pluralShape(t.lower) && plural(next) && !CLAUSE_BAD_START.has(t.lower)) return true;
    // a noun with no determiner right before an auxiliary: "acknowledged funding was a major reason …", "noted
    // turnout had fallen" (not a time: "said yesterday was …")
    if (
      !det &&
      t.cap === 0 &&
      /^[a-z]{4,}$/.test(t.lower) &&
      !/ly$/.test(t.lower) &&
      !CLAUSE_BAD_START.has(t.lower) &&
      !TIME_WORDS.has(t.lower) &&
      !OBJECTS.has(t.lower) &&
      // (nor the end of a phrase: "during the debate were …")
      !DETERMINERS.has(tokens[p - 1]?.lower ?? '') &&
      !OPENERS.has(tokens[p - 1]?.lower ?? '') &&
      next.word &&
      next.cap === 0 &&
      (auxiliary(next.lower) ||
        // (or a verb of being in -s after an abstract noun's ending: "housing remains a priority", "inflation remains high";
        // not any word in -s, which may be a gerund's object, "holding investments in …")
        (/(ing|tion|sion|ment|ity|ance|ence|ness|ism)$/.test(t.lower) &&
          /^(remains|seems|appears|stays|continues|persists|matters|depends|exists|looms|lags|means|requires)$/.test(next.lower)))
    )
      return true;
    // one modifier before it: "local politicians don't …", "American voters were …"
    const after = tokens[p + 2];
    if (
      !det &&
      !CLAUSE_BAD_START.has(t.lower) &&
      !/ly$/.test(t.lower) &&
      next.word &&
      next.cap === 0 &&
      pluralShape(next.lower) &&
      !CLAUSE_BAD_START.has(next.lower) &&
      after !== undefined &&
      plural(after)
    )
      return true;
    // (or two, the second a noun: "In Toronto, fresh food prices rose 2.1 per cent, Mary Hollis said", "warned rising
    // rent costs would …")
    const fourth = tokens[p + 3];
    if (
      !det &&
      t.cap === 0 &&
      !CLAUSE_BAD_START.has(t.lower) &&
      !/ly$/.test(t.lower) &&
      next.word &&
      next.cap === 0 &&
      !CLAUSE_BAD_START.has(next.lower) &&
      !/ly$/.test(next.lower) &&
      !finite(next) &&
      after?.word === true &&
      after.cap === 0 &&
      pluralShape(after.lower) &&
      !CLAUSE_BAD_START.has(after.lower) &&
      fourth !== undefined &&
      p + 3 < se &&
      plural(fourth)
    )
      return true;
    // a role in lower case before a name: "suggested business owner Tom Berg could lose …", "warned party leader Ada Lund would …"
    if (!det && t.cap === 0) {
      let k = p;
      while (
        k < p + 3 &&
        tokens[k]!.word &&
        tokens[k]!.cap === 0 &&
        !CLAUSE_BAD_START.has(tokens[k]!.lower) &&
        !/ly$/.test(tokens[k]!.lower)
      )
        k++;
      const role = tokens[k - 1]!;
      return (
        k > p &&
        k < se &&
        (SPEAKER_NOUNS.has(role.lower) || TITLES.has(role.lower)) &&
        !GROUP_NOUNS.has(role.lower) &&
        tokens[k]!.word &&
        tokens[k]!.cap === 1 &&
        this.subjectThenVerb(k, se, strict)
      );
    }
    // (a compound's hyphens take no place of a word: "a 15-year-old girl was hurt", "the co-founder of Vale has")
    let last = p + 7;
    for (let k = p + 1; k <= Math.min(se, last); k++) {
      const x = tokens[k]!;
      if (joiningHyphenAt(tokens, k) && tokens[k - 1]!.word && tokens[k + 1]!.word) {
        last++;
        continue;
      }
      // (nor a title in quotation marks set off by commas: "the album's lead single, “Orbit,” had been added")
      if (scare[k] || (x.raw === ',' && scare[k + 1] && !scare[k - 1])) {
        last++;
        continue;
      }
      // (nor do the marks of a quoted fragment inside the clause end it: "the bill “spends money we don't have”"; they
      // count in the reach, as a word would)
      if (this.fragmentMarkInClause(k)) continue;
      // (a participle made a noun by its article is no verb: "noted the accused had no record", "said the injured were …")
      if (det && k === p + 1 && NOMINAL_PARTICIPLES.test(x.lower)) continue;
      // (nor a participle a hyphen joins to the word before, a compound modifier: "a Geneva-based research group",
      // "state-owned", "Russian-backed")
      if (x.word && k - 2 >= p && joiningHyphenAt(tokens, k - 1) && tokens[k - 2]!.word && finite(x)) continue;
      // (nor a participle of making public right after a document's noun, a reduced relative: "said in a report released
      // last month that …", "a study published Tuesday")
      if (
        det &&
        k === p + 2 &&
        DOCUMENT_NOUNS.has(tokens[k - 1]!.lower) &&
        /^(released|published|issued|posted|prepared|tabled|filed|submitted|sent|obtained)$/.test(x.lower)
      )
        return false;
      // (a verb right after "and" is one coordinated with the frame's, its noun phrase the frame's object: "reported a
      // quarterly loss and said …")
      if (finite(x)) return k > p + (det ? 1 : 0) && !/^(and|or|but|nor)$/.test(tokens[k - 1]!.lower);
      // a present tense after a singular noun: "the system gives too much power", "Lund wants …"
      // (or after a name of up to three capitalised words that opens the subject: "Portland remains a priority", "Ada
      // Lund needs a win"; not inside a phrase or a clause opened before it: "reported after the FBI appears to …")
      const before = tokens[k - 1]!;
      const lead = tokens[p - 1];
      const named =
        !det &&
        k - p <= 3 &&
        tokens.slice(p, k).every((y) => y.word && y.cap > 0 && !CLAUSE_BAD_START.has(y.lower)) &&
        !(
          lead?.word &&
          lead.cap === 0 &&
          (OPENERS.has(lead.lower) || TIME_OR_PLACE_OPENER.test(lead.lower) || DETERMINERS.has(lead.lower))
        );
      if (
        k > p + (det ? 1 : 0) &&
        x.word &&
        x.cap === 0 &&
        pluralShape(x.lower) &&
        before.word &&
        (before.cap === 0 || named) &&
        !tokens.slice(p + 1, k - 1).some((y) => y.word && DETERMINERS.has(y.lower)) &&
        (!/s$/.test(before.lower) || named) &&
        !DETERMINERS.has(before.lower) &&
        !CLAUSE_BAD_START.has(x.lower) &&
        // an object follows the verb, not a preposition ("victories in …"); or "to" after a verb that takes it: "the cap
        // amounts to a taking" (not a noun's: "stressing the budget cuts to the library")
        (/^(the|a|an|his|her|their|its|that|no|not|more|too|much|little|it|them|him|us|me|some|any|every|all|this|these|another|our|your|my|those)$/.test(
          tokens[k + 1]?.lower ?? '',
        ) ||
          // (or a number: "argued the stock needs five more years", "say the plan costs $40 million")
          /^(\$?[0-9]|(two|three|four|five|six|seven|eight|nine|ten)$)/.test(tokens[k + 1]?.lower ?? '') ||
          (tokens[k + 1]?.lower === 'to' && /^(amounts|leads|belongs|applies|refers|contributes|equates|corresponds)$/.test(x.lower)) ||
          // (or a linking verb before its complement: "insist the project remains sound", "argue the plan seems rushed")
          (LINKING_PRESENT.test(x.lower) && !!tokens[k + 1]?.word && !PP_LIKE.test(tokens[k + 1]!.lower))) &&
        tokens[k + 1]!.cap === 0
      )
        return true;

      // "the U.S. Department of Justice can", "DACA and DAPA would": abbreviations, "of" and "and" between capitalised words
      // … and a title's: "Mr. Altman has", "Gov. Ada Berg will"
      if (
        x.raw === '.' &&
        tokens[k - 1]!.cap > 0 &&
        tokens[k - 1]!.end === x.start &&
        (tokens[k - 1]!.raw.length === 1 || ABBREVIATIONS.has(tokens[k - 1]!.lower))
      )
        continue;
      if (x.word && /^(and|of)$/.test(x.lower) && tokens[k - 1]!.cap > 0 && tokens[k + 1]?.cap) continue;
      // an adverb before the verb: "Ms. Malik likely raised …"
      if (x.word && x.cap === 0 && /[a-z]{3}ly$/.test(x.lower) && k > p + 1 && finite(tokens[k + 1] ?? x)) continue;
      // after a possessive the noun phrase goes on in lower case: "Lund's campaign had spent …", "Dahl's plan would …"
      const possessed = !det && x.cap === 0 && k > p + 1 && tokens.slice(p + 1, k).some((y) => y.key === "'s");
      if (!x.word || (det || possessed ? x.cap === 0 && CLAUSE_BAD_START.has(x.lower) : x.cap === 0 && x.key !== "'s")) return false;
    }
    return false;
  }

  /**
   * Is token k the opening or the closing mark of a quoted fragment that goes on with the clause around it, a word of
   * the clause before it and a lower-case word inside after an opening mark ("the bill “spends money …”"), or a word of
   * the clause after a closing one ("spends money “we don't have” and will fail")? Such marks take no place of a word
   * where a clause's subject and verb are looked for (subjectThenVerb).
   */
  private fragmentMarkInClause(k: number): boolean {
    const { tokens, quoted } = this.doc;
    const x = tokens[k]!;
    if (!QUOTE_MARK.test(x.raw)) return false;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (!before?.word || !after?.word) return false;
    // (opening: outside before, inside after, in lower case; closing: inside before, outside after)
    if (!quoted[k - 1] && quoted[k + 1]) return after.cap === 0;
    return !!quoted[k - 1] && !quoted[k + 1];
  }

  /**
   * Does a clause open at p with a subject of up to four words (a determiner's or a capitalised name's), one or two
   * appositions set off by commas after it (or one aside between dashes or in parentheses), then a verb in the past or an
   * auxiliary ("the driver, Kwame Asante, 24, was carrying …", "the pier (built in 1958) was …")?
   */
  private appositiveSubjectThenVerb(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[p];
    if (!t?.word || quoted[p] || !(/^(his|her|their|its|the)$/.test(t.lower) || t.cap > 0) || PRONOUNS.has(t.lower)) return false;
    // the subject: up to four words, none a verb, then the apposition's comma
    let c = p + 1;
    while (c <= Math.min(se, p + 4) && tokens[c]!.word && !quoted[c] && !(tokens[c]!.cap === 0 && finiteWord(tokens[c]!))) c++;
    // (a day is no subject: "argued Tuesday, after …, it would …")
    if (c > se || DAYS_MONTHS.has(t.lower) || (c === p + 1 && t.cap === 0)) return false;
    // (or an aside between dashes or in parentheses, then the verb: "argued the ferry link — which commuters use daily —
    // “could not last another year.”", "argued the pier (built in 1958) was unsafe")
    if (tokens[c]!.raw !== ',') {
      const v = this.pastAside(c, se);
      return v > 0 && (this.finiteAt(v) || this.fragmentVerbAt(v));
    }
    // one apposition or two ("…, Kwame Asante, 24,"), then a verb in the past or an auxiliary
    // (or a quoted fragment that opens with that verb: "argued the ferry link, which commuters use daily, “could not
    // last another year.”" reports the whole clause, not the fragment alone)
    let v = this.pastCommaPhrase(c, se, 12);
    if (v > 0 && !this.finiteAt(v) && !this.fragmentVerbAt(v) && tokens[v - 1]!.raw === ',') v = this.pastCommaPhrase(v - 1, se, 4);
    return v > 0 && (this.finiteAt(v) || this.fragmentVerbAt(v));
  }

  /** Does a quoted fragment open at v with a verb in the past or an auxiliary, lower case: "“could not last …”"? */
  private fragmentVerbAt(v: number): boolean {
    const x = this.doc.tokens[v + 1];
    return this.fragmentOpens(v) && !!x?.word && x.cap === 0 && pastOrAuxiliary(x.lower);
  }

  /** Is token v a verb in the past or an auxiliary, lower case and outside quotation marks? */
  private finiteAt(v: number): boolean {
    const x = this.doc.tokens[v];
    return !!x?.word && x.cap === 0 && !this.doc.quoted[v] && pastOrAuxiliary(x.lower);
  }

  /**
   * Does a clause open at p with a determined noun phrase as its subject, quoted words in it allowed, and a finite verb
   * within fifteen tokens and no comma ("his refusal to use the words “ferry disaster” was …")?
   */
  private longSubjectThenVerb(p: number, se: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[p];
    // (also a quantifier, "any further cuts should …", "such a list was …", or a name's possessive, "Berg's call for an arena is …")
    const owner = t?.word === true && t.cap > 0 && tokens[p + 1]?.key === "'s";
    if (
      !t?.word ||
      (!/^(his|her|their|its|the|a|an|this|these|those)$/.test(t.lower) && !(t.cap === 0 && LONG_QUANTIFIERS.test(t.lower)) && !owner)
    )
      return false;
    for (let k = p + 1; k <= Math.min(se, p + 15); k++) {
      const x = tokens[k]!;
      if (FRAGMENT_MARK.test(x.raw) || this.quotedHere(k)) continue;
      if (!x.word) return false;
      // (a verb after a subordinator is its clause's, not the noun phrase's: "declared a state of emergency Sunday after
      // three young people died" reports no clause)
      if (x.cap === 0 && /^(after|as|when|because|before|while|until|since|once|although|though|unless|whenever)$/.test(x.lower))
        return false;
      // (an -ed word after a preposition or a determiner is an adjective: "into advanced age", "the reported figures")
      const adjective = /^(into|in|of|for|with|from|to|on|at|by|the|a|an|its|his|her|their)$/.test(tokens[k - 1]!.lower);
      if (x.cap === 0 && (auxiliary(x.lower) || IRREGULAR_PAST.has(x.lower) || (/[^e]ed$/.test(x.lower) && !adjective))) return k > p + 2;
    }
    return false;
  }

  /**
   * Is the noun phrase at p an object rather than a clause's subject: a relative word or a pronoun before the first
   * finite verb after it ("denied the claims that were made", "denied the claims he had made"), or that verb is one
   * coordinated with the frame's ("denied his party the victory and jailed him")?
   */
  private relativeBeforeVerb(p: number, se: number): boolean {
    const { tokens } = this.doc;
    for (let k = p + 1; k <= Math.min(se, p + 15); k++) {
      const x = tokens[k]!;
      // (the verbs longSubjectThenVerb finds: an auxiliary or a past tense)
      // (and "said", "told" after "and": "reported a quarterly loss and said its pipeline would be delayed")
      if (x.word && x.cap === 0 && (pastOrAuxiliary(x.lower) || /^(said|says|told|tells)$/.test(x.lower)))
        return /^(and|or|but|nor)$/.test(tokens[k - 1]!.lower);
      // (or a participle of saying: "answered the charge by saying the board had …")
      if (x.word && (/^(that|which|who|whom|whose)$/.test(x.lower) || PRONOUNS.has(x.lower) || CONTINUING_VERBS.has(x.lower))) return true;
    }
    return false;
  }

  /** A currency sign set against the number after it, "$5 million", "£40,000" (its own token, no word), at p? */
  private sumAt(p: number): boolean {
    const { tokens, quoted } = this.doc;
    return currencyAt(tokens, p) && !quoted[p] && tokens[p + 1]!.start === tokens[p]!.end;
  }

  /** Is there a finite verb (a past form or an auxiliary, outside quotation marks) in [from, to)? */
  private finiteVerbIn(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.word && t.cap === 0 && !quoted[k] && pastOrAuxiliary(t.lower)) return true;
    }
    return false;
  }

  /**
   * Is the "about" at p before a sum the topic, no approximation: "told reporters about $2 million in cuts" (not
   * "told reporters about $2 million of the work could start", a subject and its verb)?
   */
  private topicAbout(p: number, se: number): boolean {
    return this.doc.tokens[p]?.lower === 'about' && this.sumAt(p + 1) && !this.subjectThenVerb(p + 1, se, false);
  }

  /** "About 270 people have …", "Nearly half …": an approximation before a number opens a noun phrase, not a phrase of place or time. */
  private approximateNumber(p: number): boolean {
    const { tokens } = this.doc;
    const w = (k: number): string => tokens[k]?.lower ?? '';
    let n = p + 1;
    // two or three words: "at least six planes", "more than 100 people", "up to 40 crossings", "as many as 300 workers"
    if (/^(at least|at most|more than|fewer than|less than|up to|well over|just over|just under)$/.test(`${w(p)} ${w(p + 1)}`)) n = p + 2;
    else if (w(p) === 'as' && /^(many|much|few)$/.test(w(p + 1)) && w(p + 2) === 'as') n = p + 3;
    else if (!/^(about|nearly|almost|roughly|some|around|over|more|fewer|less|at)$/.test(w(p))) return false;
    // (or a sum: "about $5 million")
    const t = this.sumAt(n) ? tokens[n + 1] : tokens[n];
    // ("at a" opens a place or an occasion, no number: "said at a meeting the minister was …")
    if (n === p + 1 && w(p) === 'at' && t?.lower === 'a') return false;
    return (
      t !== undefined &&
      (/^[0-9]/.test(t.raw) ||
        /^(half|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|twice|dozens?|hundreds?|thousands?)$/.test(
          t.lower,
        ))
    );
  }

  /**
   * After an opening phrase that cannot be a clause of its own (an "according to" that names no source), a clause up to
   * `to` with its subject and a finite verb, in the past or the present, after the phrase's comma: "According to
   * tradition, the bell rings at midnight, …", "According to family tradition, the eldest son inherits the farm, …",
   * "According to conventional wisdom, incumbents win in a strong economy, …" (within six words of the comma, no other
   * comma, quotation or verb of saying on the way).
   */
  private clauseAfterSourceless(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    let j = from + 2;
    while (j < to && tokens[j]!.raw !== ',') j++;
    const s = tokens[j + 1];
    if (j >= to || !s?.word || quoted[j + 1] || CLAUSE_BAD_START.has(s.lower) || SPEECH_VERBS.has(s.lower)) return false;
    for (let k = j + 2; k <= to && k <= j + 7; k++) {
      const x = tokens[k]!;
      if (!x.word || quoted[k] || SPEECH_VERBS.has(x.lower)) return false;
      if (finiteWord(x) || pluralThenPresent(tokens[k - 1]!, x)) return true;
    }
    return false;
  }

  /** "If the talks fail, prices will rise": a comma in [from, to] followed by a subject and a finite verb. */
  private openerThenClause(from: number, to: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    for (let j = from + 2; j <= to && j < se; j++) {
      if (tokens[j]!.raw !== ',') continue;
      if (this.subjectThenVerb(j + 1, se, false)) return true;
      // a subject the test above cannot read, then a verb in the past or an auxiliary before the frame: "On March 25,
      // Platte River, which then ran the server, had a call …", "In the end, 12 members of the slate prevailed …"
      // (after a phrase of time or place only, not "With his campaign in disarray after …, Trump claimed"; and not past
      // another speaker's verb: "On Monday, Trump said he was …, according to the Times" is Trump's)
      const s = tokens[j + 1];
      // (or after a clause of cause, concession or condition: "Because the strike ended, morale improved, said …")
      const opener = tokens[from]!.lower;
      if (!(TIME_OR_PLACE_OPENER.test(opener) || OPENING_SUBORDINATORS.has(opener)) || !s?.word || quoted[j + 1]) continue;
      // (a short clause, its past closing it: "Because the plant was safe, the inspectors left, said …")
      if (this.shortMainClause(j + 1, se)) return true;
      // (or a bare noun in lower case right before its verb in the past or a relative "who": "In laboratory tests,
      // carvomycin killed …", "In the trial, patients who used the rinse lost …")
      const v = tokens[j + 2];
      const bare =
        s.cap === 0 &&
        /^[a-z]{4,}$/.test(s.lower) &&
        !/ly$/.test(s.lower) &&
        !CLAUSE_BAD_START.has(s.lower) &&
        !PRONOUNS.has(s.lower) &&
        !!v?.word &&
        v.cap === 0 &&
        !SPEECH_VERBS.has(v.lower) &&
        (pastOrAuxiliary(v.lower) || v.lower === 'who' || v.lower === 'that' || STATE_VERBS_S.test(v.lower));
      // (or a bare plural noun with a phrase of "with", "in" or "of" after it: "Since 2023, employers with 15 or more
      // workers must include …"; or a bare noun in the singular with one of "on" or "in" too: "In May, morale on the
      // wards is better")
      const modified =
        s.cap === 0 &&
        /^[a-z]{4,}$/.test(s.lower) &&
        !/ly$/.test(s.lower) &&
        !CLAUSE_BAD_START.has(s.lower) &&
        !PRONOUNS.has(s.lower) &&
        !!v?.word &&
        !quoted[j + 2] &&
        (/s$/.test(s.lower) ? /^(with|in|of)$/ : /^(in|on|of)$/).test(v.lower);
      if (!(s.cap > 0 || /^[0-9]/.test(s.raw) || DETERMINERS.has(s.lower) || bare || modified)) continue;
      for (let k = j + 2; k <= to; k++) {
        const x = tokens[k]!;
        if (x.word && SPEECH_VERBS.has(x.lower)) return false;
        if (x.word && x.cap === 0 && !quoted[k] && pastOrAuxiliary(x.lower)) return true;
        // (a bare noun's verb of staying in the present: "While the plant reopened, output remains low")
        if (k === j + 2 && bare && STATE_VERBS_S.test(x.lower)) return true;
      }
    }
    return false;
  }

  /** Does the construction open its sentence (after a conjunction: "But Lund said, …")? */
  private opensItsSentence(c: Construction, ss: number): boolean {
    const { tokens } = this.doc;
    let w = ss;
    while (w < c.first && !tokens[w]!.word) w++;
    if (/^(but|and|so|yet)$/.test(tokens[w]!.lower)) w++;
    if (tokens[w]?.raw === ',') w++;
    if (w === c.first) return true;
    // (after the subject's own titles and roles: "Green Party Leader Maria Santos says, …", "Republican presidential
    // candidate Marco Rubio says, …": words only, up to a title or a role noun right before the name)
    // ("Sen. Ted Cruz says, …": an abbreviation's dot)
    const dot = tokens[c.first - 1]?.raw === '.' ? 1 : 0;
    const before = tokens[c.first - 1 - dot];
    if (c.first - w > 6 || !before?.word || !(TITLES.has(before.lower) || SPEAKER_NOUNS.has(before.lower))) return false;
    for (let k = w; k < c.first - dot; k++) if (!tokens[k]!.word || this.doc.quoted[k]) return false;
    return true;
  }

  /** Where a clause's subject and verb open past the phrase between the comma at k and the next one, or -1. */
  private subjectAfterCommaPhrase(k: number, se: number): number {
    const p = this.pastCommaPhrase(k, se);
    return p > 0 && this.thatClauseAt(p, se) ? p : -1;
  }

  /**
   * After "that" (and an opening phrase): a subject and its verb, the subject perhaps long or a share of a group, "many of
   * their supporters will …", "ad spending in the race had reached …", "some of the councillors would …" ("that" says a
   * clause follows, so a looser test than subjectThenVerb's).
   */
  private thatClauseAt(p: number, se: number): boolean {
    if (this.subjectThenVerb(p, se, false) || this.longSubjectThenVerb(p, se)) return true;
    // (a name and its apposition: "says that after the floods, Lund, a former nurse, was the first to help")
    if (this.appositiveSubjectThenVerb(p, se)) return true;
    const { tokens } = this.doc;
    const t = tokens[p];
    if (!t?.word || t.cap === 2 || CLAUSE_BAD_START.has(t.lower) || PRONOUNS.has(t.lower)) return false;
    for (let k = p + 1; k <= Math.min(se, p + 12); k++) {
      const x = tokens[k]!;
      if (!x.word && x.key !== "'s") return false;
      // (a relative "who" after a bare plural goes on to the subject's verb: "said that if the tax passes, farmers who
      // sell their land should be exempt")
      if (x.cap === 0 && x.lower === 'who' && k === p + 1 && t.cap === 0 && pluralShape(t.lower)) continue;
      if (x.cap === 0 && /^(who|which|that|whose)$/.test(x.lower)) return false;
      if (x.cap === 0 && (AUXILIARIES.has(x.lower) || IRREGULAR_PAST.has(x.lower))) return true;
    }
    return false;
  }

  /** After the comma at k, a phrase of one to eight words with no quotation and its closing comma: the token after that comma, or -1. */
  private pastCommaPhrase(k: number, se: number, max = 9): number {
    const { tokens, quoted } = this.doc;
    for (let j = k + 1; j <= Math.min(se - 1, k + max); j++) {
      const t = tokens[j]!;
      if (quoted[j]) return -1;
      if (t.raw === ',') return j > k + 1 ? j + 1 : -1;
      if (!t.word && t.raw !== '-' && t.key !== "'s") return -1;
    }
    return -1;
  }

  /**
   * The token after the aside that the dash or the opening parenthesis at j opens and its closing one ends, within the
   * sentence and 20 words, with no quotation or stop inside: "— which commuters use daily —", "(built in 1958)"; or -1.
   */
  private pastAside(j: number, se: number): number {
    const { tokens, quoted } = this.doc;
    if (dashAt(tokens, j)) {
      const close = this.closingDash(j, se);
      return close > 0 ? afterDash(tokens, close) : -1;
    }
    if (tokens[j]!.raw !== '(' || quoted[j]) return -1;
    for (let m = j + 2; m <= Math.min(se - 1, j + 20); m++) {
      if (quoted[m] || /^[.!?;:(“”"«»]$/.test(tokens[m]!.raw)) return -1;
      if (tokens[m]!.raw === ')') return m + 1;
    }
    return -1;
  }

  /** The dash closing the phrase that the dash at j opens, within the sentence and 20 words, with no quotation or stop inside; or -1. */
  private closingDash(j: number, se: number): number {
    const { tokens, quoted } = this.doc;
    for (let m = j + 2; m <= Math.min(se - 1, j + 20); m++) {
      if (quoted[m] || /^[.!?;:“”"«»]$/.test(tokens[m]!.raw)) return -1;
      if (dashAt(tokens, m)) return tokens[m]!.raw === tokens[j]!.raw ? m : -1;
    }
    return -1;
  }

  /**
   * The last token of a quoted title that token j opens or lies in, the name of a programme or publication (up to six
   * words in their marks, each capitalised but for short function words: “Morning Hour”, ''Harbour Week''); or -1.
   */
  private quotedTitleEnd(j: number, se: number): number {
    const { tokens, quoted } = this.doc;
    let e = j;
    while (e + 1 <= se && (quoted[e + 1] || FRAGMENT_MARK.test(tokens[e + 1]!.raw)) && !/^[.!?,;:]$/.test(tokens[e + 1]!.raw)) e++;
    const words = [];
    for (let m = j; m <= e; m++) if (tokens[m]!.word) words.push(tokens[m]!);
    if (words.length === 0 || words.length > 6 || words[0]!.cap === 0) return -1;
    if (!words.every((w) => w.cap > 0 || /^(of|the|and|with|a|an|in|on|for|to|at)$/.test(w.lower))) return -1;
    return FRAGMENT_MARK.test(tokens[e]!.raw) ? e : -1;
  }

  /**
   * "said that in one case activists criticized …", "argued that by next year the ferry would …": after "that", a
   * phrase of place or time with no comma, then a subject and a finite verb within a few words.
   */
  private phraseThenClause(from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!OPENERS.has(tokens[from]!.lower)) return false;
    for (let p = from + 2; p <= Math.min(se, from + 7) && tokens[p]!.word && !quoted[p]; p++)
      if (this.subjectThenVerb(p, se, true)) return true;
    return false;
  }

  /**
   * Does "that" open a clause at k, or after a phrase that opens with a preposition ("writing on her blog that …")? Not
   * after a noun: "recalling the day that …" is a relative clause.
   */
  private thatFollows(k: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[k]?.lower === 'that') return true;
    if (!/^(in|on|at|to)$/.test(tokens[k]?.lower ?? '')) return false;
    for (let j = k + 1; j <= Math.min(se - 3, k + 6) && tokens[j]!.word && !quoted[j]; j++) if (tokens[j]!.lower === 'that') return true;
    return false;
  }

  /** "declared that as long as the field stays split, …": a subordinate clause opens the reported clause, the main one follows a comma. */
  private subordinateFirst(from: number, se: number, afterThat = false): boolean {
    const { tokens } = this.doc;
    const opener = tokens[from]!.lower;
    if (!SUBORDINATORS.has(opener) && !OPENERS.has(opener)) return false;
    for (let j = from + 2; j < se && j - from <= 25; j++) {
      const t = tokens[j]!;
      // past a relative clause between commas: "if his son, who died last year, were still serving, he would …"
      if (t.raw === ',' && /^(who|which|whose)$/.test(tokens[j + 1]?.lower ?? '')) {
        let k = j + 2;
        while (k < se && k - from <= 25 && tokens[k]!.raw !== ',' && !this.doc.quoted[k]) k++;
        j = k;
        continue;
      }
      // (a quoted fragment inside goes with it: "if the mayor had been “extremely careless,” …", holdsQuote decides)
      if (this.doc.quoted[j] && this.fragmentWithin(from, j)) continue;
      if (t.raw === ',')
        return (
          (afterThat ? this.thatClauseAt(j + 1, se) : this.subjectThenVerb(j + 1, se, false)) ||
          // (after "that", a second phrase between commas may stand before the subject: "said that since then, thanks
          // to higher fees, the club had paid its debts")
          (afterThat && this.subjectAfterCommaPhrase(j, se) > 0) ||
          this.fragmentThenVerb(j + 1) ||
          this.quotedMainClause(j + 1, se)
        );
      if (this.doc.quoted[j] || t.raw === ';') return false;
      // no comma: "said if elected president he could work with them", "said if the mayor picked him it would be …"
      const next = tokens[j + 1];
      if (
        SUBORDINATORS.has(opener) &&
        t.word &&
        /^(he|she|they|we|i|it)$/.test(t.lower) &&
        next?.word &&
        AUXILIARIES.has(next.lower) &&
        j > from + 2
      )
        return true;
    }
    return false;
  }

  /**
   * Does a quotation open at k in lower case with a subject and its verb, the main clause after a subordinate one: "said
   * that when the premier railed against the banks, “he was speaking for all of us.”"?
   */
  private quotedMainClause(k: number, se: number): boolean {
    const { tokens } = this.doc;
    if (!this.fragmentOpens(k)) return false;
    let m = k + 1;
    while (m <= se && !tokens[m]!.word) m++;
    const first = tokens[m];
    return first !== undefined && first.cap === 0 && this.doc.quoted[m] === 1 && this.subjectThenVerb(m, se, false);
  }

  /** Are the tokens from a to b (exclusive) a short noun phrase, words with no verb, comma or quotation: "the audit", "her rival's plan"? */
  private nounPhraseBetween(a: number, b: number): boolean {
    const { tokens, quoted } = this.doc;
    if (b - a < 1 || b - a > 6) return false;
    for (let j = a; j < b; j++) {
      const t = tokens[j]!;
      if (quoted[j] || !(t.word || /^['’]s?$/.test(t.raw))) return false;
      if (t.cap === 0 && (finiteWord(t) || auxiliary(t.lower) || REPORTING_VERBS.has(t.lower) || /ing$/.test(t.lower))) return false;
    }
    return true;
  }

  /**
   * Is the "what" at `from` the subject of the clause, a free relative and then "is" or "was": "said that what the town
   * needs most is “spirit”", "said that what happened was a disgrace"?
   */
  private whatSubject(from: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[from]!.lower !== 'what') return false;
    for (let j = from + 2; j <= Math.min(se - 1, from + 8); j++) {
      const t = tokens[j]!;
      if (!t.word || quoted[j]) return false;
      if (/^(is|was)$/.test(t.lower)) return tokens[j + 1]!.word || this.fragmentOpens(j + 1);
    }
    return false;
  }

  /**
   * Is the "what" at `from` a free relative that runs to the frame's comma at `comma`, with "is", "was", "are" or "were"
   * right after the frame's closing comma (past the frame's last token `last`): "What saved the shop, she says, was the
   * regulars", "What matters now, he said, is the budget"?
   */
  private whatBeforeFrame(from: number, comma: number, last: number): boolean {
    const { tokens, quoted } = this.doc;
    if (tokens[from]!.lower !== 'what' || comma - from < 2 || comma - from > 9) return false;
    for (let j = from + 1; j < comma; j++) if (!tokens[j]!.word || quoted[j]) return false;
    for (let j = last + 1; j <= last + 6; j++) {
      const t = tokens[j];
      if (!t || quoted[j] || (!t.word && t.raw !== ',')) return false;
      if (t.raw === ',') return /^(is|was|are|were)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.word === true;
    }
    return false;
  }

  /**
   * Does a clause of "why", "how", "what", "whether" or "where" at `from` act as the subject of a copula that follows it
   * by `to` (its own finite verb first, the copula then a word): "Why that is happening is not clear, Park said", "How long
   * the outbreak will last is hard to predict, the minister said" (not a question: "Why is the ward closed, he asked")?
   */
  private whClauseSubject(from: number, to: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!/^(why|how|what|whether|where)$/.test(tokens[from]!.lower)) return false;
    let finite = false;
    for (let j = from + 1; j < to && j <= from + 12; j++) {
      const t = tokens[j]!;
      if (!t.word || quoted[j]) return false;
      if (finite && j > from + 2 && /^(is|was|are|were|remains|remained)$/.test(t.lower)) return tokens[j + 1]!.word;
      finite = finite || finiteWord(t);
    }
    return false;
  }

  /**
   * Is the word at k a plural "are" or "were" with no subject of its own, after ", but", when the frame's subject is one
   * person (a name or "he"/"she"): the predicate of the reported clause's plural subject, not a second act of the
   * speaker's ("Engebretsen said hospitals had not yet postponed surgeries, but were watching capacity closely")?
   */
  private pluralPredicateAfter(c: Construction, k: number): boolean {
    const s = c.subject;
    const t = this.doc.tokens[k];
    if (!s || !t?.word || this.doc.quoted[k] || !/^(are|were)$/.test(t.lower)) return false;
    return s.kind === 'key' || (s.kind === 'pronoun' && (s.pronoun === 'male' || s.pronoun === 'female'));
  }

  /**
   * Is the word at k, after ", but", an auxiliary the reported clause from `from` to `comma` used already (or a modal
   * of the past, used or not), a second predicate of the clause's subject set against the first, not an act of the
   * speaker's ("Lund said the audit did not find fraud, but did find weaknesses", "Berg said the board had met twice,
   * but had not voted", "…, but would need to raise $2 million"; not what the speaker would not say: "…, but did not
   * elaborate")?
   */
  private parallelAuxiliaryAfter(from: number, comma: number, k: number): boolean {
    const { tokens, quoted } = this.doc;
    const t = tokens[k];
    if (!t?.word || quoted[k] || !PARALLEL_AUXILIARY.test(t.lower) || this.withheld(k)) return false;
    const verb = tokens[/^(not|never)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1];
    if (!verb?.word || verb.cap !== 0 || REPORTING_VERBS.has(verb.lower)) return false;
    // (a modal of the past is the report's own, repeated or not: "said the society was planning to add beds, but would
    // need to raise $2 million")
    if (/^(would|could|might)$/.test(t.lower)) return true;
    for (let m = from; m < comma; m++) if (tokens[m]!.word && !quoted[m] && tokens[m]!.lower === t.lower) return true;
    return false;
  }

  /** Is nothing quoted in the sentence before the construction's first token? */
  private unquotedBefore(c: Construction): boolean {
    for (let j = this.doc.sents.starts[c.sent]!; j < c.first; j++) if (this.doc.quoted[j]) return false;
    return true;
  }

  /** Does a quoted fragment open at k as a clause's subject, a finite verb right after it: "“no reasonable auditor” would …"? */
  private fragmentThenVerb(k: number): boolean {
    const { tokens, quoted } = this.doc;
    if (!this.fragmentOpens(k)) return false;
    let m = k + 1;
    while (m < k + 12 && quoted[m]) m++;
    const v = tokens[m];
    return v !== undefined && !quoted[m] && v.word && v.cap === 0 && pastOrAuxiliary(v.lower);
  }

  /** Is token j inside a quotation that opened after `from` and after a word (a fragment of the clause, not a quotation of its own)? */
  private fragmentWithin(from: number, j: number): boolean {
    const { tokens, quoted } = this.doc;
    let s = j;
    while (s > from && quoted[s - 1]) s--;
    if (s <= from || !FRAGMENT_MARK.test(tokens[s]!.raw)) return false;
    const before = tokens[s - 1]!;
    return before.word || (before.raw === "'" && tokens[s - 2]?.word === true);
  }

  /** The token after a time that follows a verb at j: "Thursday", "on Thursday", "last week" (or j). */
  private pastTime(j: number, se: number): number {
    const { tokens } = this.doc;
    const from = j;
    for (let guard = 0; guard < 3 && j <= se; guard++) {
      const t = tokens[j]!;
      if (
        t.word &&
        TIME_WORDS.has(t.lower) &&
        !TIME_PREPS.has(t.lower) &&
        (!/^(week|month|year|morning|afternoon|evening|night|weekend)$/.test(t.lower) ||
          // "said Wednesday morning"
          (/^(morning|afternoon|evening|night)$/.test(t.lower) && /day$/.test(tokens[j - 1]!.lower)))
      )
        j++;
      else if (t.word && TIME_PREPS.has(t.lower) && tokens[j + 1]?.word && TIME_WORDS.has(tokens[j + 1]!.lower)) j += 2;
      // a season: "said last spring", "has said this summer that …"
      else if (
        /^(last|this|next)$/.test(t.lower) &&
        /^(spring|summer|fall|autumn|winter|season|term|session)$/.test(tokens[j + 1]?.lower ?? '')
      )
        j += 2;
      // a duration: "has said for weeks he is …", "has argued for years that …"
      else if (t.lower === 'for' && /^(days|weeks|months|years|decades)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
      else break;
    }
    // (a time that owns the noun after it opens the clause: "said this year's entries were …", "said Monday's vote was …")
    return j > from && tokens[j]?.key === "'s" ? from : j;
  }

  /**
   * The clause after words between a verb (or its hearer) and that clause, opening at j with a preposition of time,
   * place or occasion: "said in a radio interview the ferry would resume", "said outside court she had lost …",
   * "telling reporters in Sydney the government had …" (not "said about half of …"); -1 when none.
   */
  private clauseAfterPhrase(j: number, se: number): number {
    const { tokens, quoted } = this.doc;
    // (a preposition a hyphen joins to the next word opens a compound, no phrase: "said at-risk pupils would …")
    if (
      this.approximateNumber(j) ||
      compoundHyphenAt(tokens, j + 1) ||
      !(
        (tokens[j]?.word && TIME_PREPS.has(tokens[j]!.lower)) ||
        /^(with|to|after|before|from|during|outside)$/.test(tokens[j]?.lower ?? '')
      )
    )
      return -1;
    let marks = 0;
    for (let p = j + 2; p <= Math.min(se, j + 9 + marks) && !quoted[p]; p++) {
      // (a compound's hyphen and a currency sign are part of a phrase with no verb so far, and no clause opens right
      // after one: "said at a well-attended meeting the board …", "said at a cost of $4 million the bridge …")
      const mark = compoundHyphenAt(tokens, p) || currencyAt(tokens, p);
      if (mark && this.phraseOnly(j, p - 1)) {
        marks++;
        continue;
      }
      if (!tokens[p]!.word) break;
      if (compoundHyphenAt(tokens, p - 1) || currencyAt(tokens, p - 1)) continue;
      // (no clause opens at a possessive or the noun it owns: "said this year's entries were …")
      if (tokens[p]!.key === "'s" || tokens[p - 1]!.key === "'s") continue;
      // (nor at a preposition's object: "said in an interview with a local radio station the Senate would …")
      if (/^(with|to|of|for|from|on|at|by|about)$/.test(tokens[p - 1]!.lower)) continue;
      // (nor past a relative adverb or pronoun, whose clause describes the phrase: "said at a meeting where the council
      // voted …")
      if (/^(where|which|who|whom|whose|when)$/.test(tokens[p - 1]!.lower)) return -1;
      if (this.gappedRelativeAt(p, se)) return -1;
      if (this.subjectThenVerb(p, se, true)) return p;
    }
    return -1;
  }

  /**
   * Does a relative clause with no relative pronoun open at p on the phrase's noun before it, its verb one that needs an
   * object and has none, only a time after it before the clause closes? "responded with the lawsuit the mayor announced
   * on Monday", "countered with the offer its negotiator made last week": the phrase goes on, no clause opens.
   */
  private gappedRelativeAt(p: number, se: number): boolean {
    const { tokens, quoted } = this.doc;
    const head = tokens[p - 1]!;
    if (!head.word || head.cap !== 0 || DETERMINERS.has(head.lower) || TIME_WORDS.has(head.lower) || /(ly|ing)$/.test(head.lower))
      return false;
    for (let v = p; v <= Math.min(se, p + 4); v++) {
      const t = tokens[v]!;
      if (!t.word || quoted[v]) return false;
      if (v > p && t.cap === 0 && OBJECT_NEEDING_PASTS.has(t.lower)) {
        let k = v + 1;
        while (
          k <= se &&
          k - v <= 4 &&
          tokens[k]!.word &&
          (TIME_WORDS.has(tokens[k]!.lower) || TIME_PREPS.has(tokens[k]!.lower) || DAYS_MONTHS.has(tokens[k]!.lower))
        )
          k++;
        return k > se || /^[,;:.!?)]$/.test(tokens[k]!.raw);
      }
      if (t.cap === 0 && (AUXILIARIES.has(t.lower) || pastTense(t.lower))) return false;
    }
    return false;
  }

  /** After a verb of warning or assuring with no "that", where the clause opens past the one warned, or -1. */
  private hearerThenClause(k: number, se: number): number {
    const p = this.skipObject(k, se);
    // (a topic after the hearer opens no clause: "warned consumers about a supplement promoted by an influencer")
    if (/^(about|of|against)$/.test(this.doc.tokens[p]?.lower ?? '')) return -1;
    return p > k && this.subjectThenVerb(p, se, false) ? p : -1;
  }

  /**
   * Whether a phrase of place or occasion opens at k with one of `preps` ("in a memo", "at a staff meeting") and runs,
   * words only, to a comma within ten tokens.
   */
  private placeToComma(k: number, se: number, preps = /^(in|at)$/): boolean {
    const { tokens, quoted } = this.doc;
    if (!preps.test(tokens[k]?.lower ?? '') || quoted[k]) return false;
    let e = k + 1;
    while (e < se && e - k <= 10 && tokens[e]!.raw !== ',') e++;
    return tokens[e]?.raw === ',' && e < se && e - k <= 10 && this.phraseOnly(k, e - 1);
  }

  /** Skip the object of "told": "told reporters", "told The Associated Press", "told CBC News". */
  private skipObject(j: number, se: number): number {
    const { tokens } = this.doc;
    const known = this.doc.knownStartAt.get(j);
    if (known) return this.pastProgramme(known.last + 1, se);
    const t = tokens[j];
    if (!t || !t.word) return j;
    // a plural noun (or a collective noun of people, plural in sense with no "s": "told staff there were no plans …",
    // "told people the fund was safe")
    const plural = (x: Token | undefined): boolean =>
      !!x?.word && x.cap === 0 && (pluralShape(x.lower) || COLLECTIVE_HEARERS.test(x.lower));
    // any plural noun before a comma or a phrase of time or place is the hearer: "The merger, Ostrowski told investors on
    // Tuesday, is not a done deal", "…, she told shareholders, …", "…, she told staff in a memo, …"
    if (
      plural(t) &&
      !this.doc.quoted[j] &&
      (tokens[j + 1]?.raw === ',' ||
        /^(on|during|last|this|earlier)$/.test(tokens[j + 1]?.lower ?? '') ||
        // (or a bare time up to a comma or a stop: "…, the superintendent told parents Monday night.")
        this.timeToStop(j + 1, se) ||
        this.placeToComma(j + 1, se, HEARER_PLACE_PREPS))
    )
      return j + 1;
    // a role before a name: "told host Chris Cuomo she …", "told anchor Lena Dahl that …" (and a modifier before the
    // role: "told military judge Cmdr. Alisha Greer that …")
    const role = (x: Token | undefined): boolean =>
      !!x?.word && x.cap === 0 && (TITLES.has(x.lower) || SPEAKER_NOUNS.has(x.lower) || OBJECT_ROLES.test(x.lower));
    const r = !role(t) && t.cap === 0 && !DETERMINERS.has(t.lower) && role(tokens[j + 1]) ? j + 1 : j;
    if (role(tokens[r]) && tokens[r + 1]?.cap === 1) {
      let k = r + 1;
      while (k <= se && k - r < 6 && ((tokens[k]!.word && tokens[k]!.cap > 0) || titlePoint(tokens, k))) k++;
      if (k - r >= 3) return k;
    }
    if (DETERMINERS.has(t.lower) || OBJECTS.has(t.lower)) {
      let k = j + 1;
      if (OBJECTS.has(t.lower) && !DETERMINERS.has(t.lower)) return k;
      // a determiner and a few lower-case words up to an infinitive, a number among them: "told the two researchers to
      // start looking", "told her three students to stay home" (no clause's subject and verb among them: "told the court she
      // wanted to see her children" reports "she wanted …")
      let inf = k;
      while (
        inf <= se &&
        inf - j <= 4 &&
        tokens[inf]!.word &&
        tokens[inf]!.cap === 0 &&
        tokens[inf]!.lower !== 'to' &&
        // (a relative clause with no "that" on the object goes on: "told the workers it represents to reject the offer")
        !(PRONOUNS.has(tokens[inf]!.lower) && !(/[^s]s$/.test(tokens[inf + 1]?.lower ?? '') && tokens[inf + 2]?.lower === 'to'))
      )
        inf++;
      if (inf > k + 1 && this.infinitiveAt(inf)) return inf;
      // "told her it was …", "told her they would …": "her" the object, a clause's subject after it
      const next = tokens[k]?.lower ?? '';
      if (OBJECTS.has(t.lower) && (PRONOUNS.has(next) || next === 'you' || next === 'there')) return k;
      // (and before a determiner, which no possessive "her" can stand before: "told her his government would …", "told
      // her the plan was …")
      if (
        OBJECTS.has(t.lower) &&
        /^(the|a|an|his|their|its|our|my|your|this|these|those)$/.test(next) &&
        this.subjectThenVerb(k, se, false)
      )
        return k;
      // a lower-case noun told, then a clause a name opens: "told the court Ambrose has struggled …", "told the jury
      // Keating had …", "told the court Brandvold's record showed …" (not a publication's name after its kind: "told the
      // newspaper Le Monde that …", "told the magazine Maclean's …")
      if (
        DETERMINERS.has(t.lower) &&
        tokens[k]?.word &&
        tokens[k]!.cap === 0 &&
        tokens[k + 1]?.word &&
        tokens[k + 1]!.cap > 0 &&
        (!/^['’]s?$/.test(tokens[k + 2]?.raw ?? '') || !OUTLET_ROLES.test(tokens[k]!.lower)) &&
        this.subjectThenVerb(k + 1, se, true)
      )
        return k + 1;
      // (a hyphenated name holds together: "told The Star-Ledger of Newark …")
      while (
        k <= se &&
        k - j < 6 &&
        ((tokens[k]!.word && (tokens[k]!.cap > 0 || k === j + 1)) || (joiningHyphenAt(tokens, k) && tokens[k + 1]!.cap > 0 && k > j + 1))
      )
        k++;
      // a name that ends on "'s", with a pronoun opening the clause after it: "told the magazine Maclean's she …"
      if (
        k > j + 1 &&
        /^['’]s$/.test(tokens[k]?.raw ?? '') &&
        tokens[k]!.start === tokens[k - 1]!.end &&
        /^(he|she|they|we|i)$/.test(tokens[k + 1]?.lower ?? '')
      )
        k++;
      // a lower-case noun phrase of a few words, up to a pronoun that opens the clause told: "told the grand jury she
      // …", "told the five-person jury he …", "told a coroner's jury they …" (not "told the court the accused …")
      if (k === j + 2 && DETERMINERS.has(t.lower)) {
        // (a programme after its broadcaster's possessive, whose name may read as a time: "told the BBC's Today programme
        // the …", "told the station's breakfast show …")
        if (/^['’]s$/.test(tokens[k]?.raw ?? '')) {
          const p = this.pastProgramme(k, se);
          if (p > k) return p;
        }
        const m = this.pastLowerNoun(k, se);
        if (m > k) return m;
        // (a compound of lower-case nouns, up to a time, a place, "that" or a stop: "told the school board Monday night",
        // "told the parent council on Tuesday that …", "…, the principal told the city council.")
        const n = this.pastHearerNouns(k, se);
        if (n > k) return n;
      }
      return this.pastProgramme(this.pastPlaceOf(j + 1, k, se), se);
    }
    // any bare plural noun told, when a clause opens after it (and a time): "told analysts the savings would reach …",
    // "told investors on Tuesday the plan was final"
    // (after a noun that modifies it: "told health officials they had …", "told city councillors the budget …")
    const modified =
      t.cap === 0 && !plural(t) && !DETERMINERS.has(t.lower) && !OBJECTS.has(t.lower) && !NP_BREAK.has(t.lower) && plural(tokens[j + 1]);
    // (or a broadcaster told, bare or after one modifier: "told state television the forces struck …", "told national
    // radio on Sunday the army would stay")
    const medium = (x: Token | undefined): boolean => !!x?.word && /^(television|tv|radio|broadcaster)$/.test(x.lower);
    const aired = t.cap === 0 && !DETERMINERS.has(t.lower) && !OBJECTS.has(t.lower) && !NP_BREAK.has(t.lower) && medium(tokens[j + 1]);
    if (medium(t) || aired) {
      const k = this.pastTime(j + (aired ? 2 : 1), se);
      const next = tokens[k];
      if ((next?.word && next.cap === 0 && DETERMINERS.has(next.lower) && next.lower !== 'that') || this.subjectThenVerb(k, se, false))
        return k;
    }
    if (plural(t) || modified) {
      const k = this.pastTime(j + (modified ? 2 : 1), se);
      const next = tokens[k];
      if ((next?.word && next.cap === 0 && DETERMINERS.has(next.lower) && next.lower !== 'that') || this.subjectThenVerb(k, se, false))
        return j + (modified ? 2 : 1);
    }
    // (a station's call sign opens with a digit: "told 4BC radio", "told 2GB"; and so does a channel's news service:
    // "told 1News", "told 9News")
    const callSign = (x: Token | undefined): boolean => !!x?.word && /^[0-9]{1,2}(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}{2,})$/u.test(x.raw);
    if (t.cap > 0 || callSign(t)) {
      let k = j;
      // (a hyphenated name holds together: "told African-Americans this weekend he would …"; and a title's point:
      // "told Cmdr. Alisha Greer that …", "told Dr. Ana Ruiz she …")
      while (
        k <= se &&
        k - j < 6 &&
        ((tokens[k]!.word && (tokens[k]!.cap > 0 || callSign(tokens[k]))) ||
          (joiningHyphenAt(tokens, k) && tokens[k + 1]!.cap > 0) ||
          titlePoint(tokens, k))
      )
        k++;
      // (and the medium written after the outlet's name, in lower case: "told CBC radio the mine …", "told 4BC radio")
      if (k > j && tokens[k]?.word && tokens[k]!.cap === 0 && /^(radio|television)$/.test(tokens[k]!.lower)) k++;
      return this.pastProgramme(this.pastPlaceOf(j, k, se), se);
    }
    return j;
  }

  /** Is a bare time at j ("Monday night", "on Tuesday") followed by a comma, a stop or the sentence's end? */
  private timeToStop(j: number, se: number): boolean {
    const e = this.pastTime(j, se);
    return e > j && (e > se || /^[.,;!?]$/.test(this.doc.tokens[e]?.raw ?? ''));
  }

  /**
   * Past one or two more lower-case nouns of a compound told something, from token k after its first word ("the school
   * board", "the parent council"), when a time, a phrase of place, "that", a comma or the stop follows them; k otherwise.
   */
  private pastHearerNouns(k: number, se: number): number {
    const { tokens, quoted } = this.doc;
    let n = k;
    while (
      n <= se &&
      n - k < 2 &&
      !quoted[n] &&
      tokens[n]!.word &&
      tokens[n]!.cap === 0 &&
      !DETERMINERS.has(tokens[n]!.lower) &&
      !PRONOUNS.has(tokens[n]!.lower) &&
      !NP_BREAK.has(tokens[n]!.lower) &&
      !HEARER_PLACE_PREPS.test(tokens[n]!.lower) &&
      !/^(of|on|to|for|with|by|and|or|but|that|who|which|about|last|this|earlier)$/.test(tokens[n]!.lower) &&
      !finiteWord(tokens[n]!) &&
      !REPORTING_VERBS.has(tokens[n]!.lower)
    )
      n++;
    if (n === k) return k;
    const x = tokens[n];
    if (n > se || !x) return n;
    // (a phrase of place only when it runs, with no verb, to a comma, "that" or the stop: "told the school board at its
    // meeting that …", not "told the court staff in the jail had beaten him", where the last noun opens the clause:
    // "told the school board staff at the school were …")
    if (x.word && HEARER_PLACE_PREPS.test(x.lower)) {
      let e = n + 1;
      while (e <= se && e - n <= 10 && !/^[.,;!?]$/.test(tokens[e]!.raw) && tokens[e]!.lower !== 'that') e++;
      return e - n <= 10 && this.phraseOnly(n, e - 1) ? n : n - 1;
    }
    if (this.pastTime(n, se) > n || /^[.,;!?]$/.test(x.raw) || (x.word && x.lower === 'that')) return n;
    return k;
  }

  /**
   * Past the rest of a lower-case noun phrase from token k, when a pronoun subject follows it within four words: the
   * words, hyphens joining them and a possessive "'s" ("grand jury", "-person jury", "'s jury"); k otherwise (a
   * determiner, a preposition, a verb or a capitalised word stops it).
   */
  private pastLowerNoun(k: number, se: number): number {
    const { tokens } = this.doc;
    let m = k;
    while (m <= se && m - k < 5) {
      const x = tokens[m]!;
      if (this.doc.quoted[m]) return k;
      if (x.word && x.cap === 0 && /^(he|she|they|we|i|it)$/.test(x.lower)) return m > k ? m : k;
      // (or up to an article opening a clause: "told a local radio station the Senate would …", "told the grand jury the
      // driver had …")
      if (m > k && x.word && x.cap === 0 && /^(the|a|an)$/.test(x.lower)) return this.subjectThenVerb(m, se, true) ? m : k;
      // (a group's "of" and its plural: "told a small group of reporters the bill …")
      const joint =
        (x.raw === '-' && joiningHyphenAt(tokens, m)) ||
        /^['’]s$/.test(x.raw) ||
        (x.lower === 'of' && tokens[m - 1]!.word && tokens[m - 1]!.cap === 0 && /^[a-z]{3,}s$/.test(tokens[m + 1]?.raw ?? ''));
      const plain =
        x.word &&
        (x.cap === 0 || /^[0-9]+$/.test(x.raw)) &&
        !DETERMINERS.has(x.lower) &&
        !PRONOUNS.has(x.lower) &&
        !/^(of|in|on|at|for|with|to|from|about|by|after|before|and|or|but|that|who|which|was|is|were|are|had|has|have|would|will)$/.test(
          x.lower,
        ) &&
        !/ed$/.test(x.lower);
      if (!joint && !plain) return k;
      m++;
    }
    return k;
  }

  /**
   * Past "of" and the capitalised place a publication's name ends on at k: "told the Ledger of Newark she …", "told the
   * Times of Malta that …" (one to three capitalised words after "of", when a capitalised name runs from `first` to k).
   */
  private pastPlaceOf(first: number, k: number, se: number): number {
    const { tokens } = this.doc;
    if (k <= first || tokens[k - 1]!.cap === 0 || tokens[k]?.lower !== 'of' || !tokens[k]!.word) return k;
    let m = k + 1;
    while (m <= se && m - k <= 3 && tokens[m]!.word && tokens[m]!.cap > 0) m++;
    return m > k + 1 ? m : k;
  }

  /**
   * Past the rest of a programme or publication named as the one told, from token `k` after its capitalised words:
   * "told the Today programme the union …", "told BBC Radio 4's Today programme …", "told the Kelby Star newspaper …"
   * (numbers, possessives and capitalised words, then a noun of the media); `k` when no such noun ends them.
   */
  private pastProgramme(k: number, se: number): number {
    const { tokens } = this.doc;
    let j = k;
    const digits = (x: Token | undefined): boolean => x !== undefined && /^[0-9]+$/.test(x.raw);
    // (a time's dot or colon between numbers: "ABC's 7.30 program")
    // (and the bare apostrophe of a possessive after an "s", a capitalised word after it: "told 1News' Breakfast the …")
    const bare = (n: number): boolean =>
      /^['’]$/.test(tokens[n]?.raw ?? '') &&
      !!tokens[n - 1]?.word &&
      /s$/.test(tokens[n - 1]!.lower) &&
      tokens[n - 1]!.end === tokens[n]!.start &&
      !!tokens[n + 1]?.word &&
      tokens[n + 1]!.cap > 0 &&
      !this.doc.quoted[n + 1];
    const part = (x: Token, n: number): boolean =>
      x.word
        ? x.cap > 0 || digits(x) || /^['’]s$/.test(x.raw)
        : (/^[.:]$/.test(x.raw) && digits(tokens[n - 1]) && digits(tokens[n + 1])) || bare(n);
    while (j <= se && j - k < 7 && part(tokens[j]!, j)) j++;
    const t = tokens[j];
    if (
      j <= se &&
      t?.word &&
      t.cap === 0 &&
      (MEDIA_NOUNS.test(t.lower) || (HEARER_BODIES.test(t.lower) && !!tokens[j - 1]?.word && tokens[j - 1]!.cap > 0))
    )
      return j + 1;
    // (a lower-case kind of programme or one or two words of it after a broadcaster's possessive: "told Sky's breakfast
    // show the …", "told 2GB's breakfast program …", "told the station's morning news bulletin …")
    if (j > k && tokens.slice(k, j).some((x, n) => /^['’]s$/.test(x.raw) || bare(k + n))) {
      let m = j;
      while (
        m <= se &&
        m - j < 3 &&
        tokens[m]!.word &&
        tokens[m]!.cap === 0 &&
        !this.doc.quoted[m] &&
        !MEDIA_NOUNS.test(tokens[m]!.lower) &&
        !DETERMINERS.has(tokens[m]!.lower) &&
        !PRONOUNS.has(tokens[m]!.lower) &&
        !NP_BREAK.has(tokens[m]!.lower)
      )
        m++;
      if (m > j && m <= se && tokens[m]?.word && tokens[m]!.cap === 0 && MEDIA_NOUNS.test(tokens[m]!.lower)) return m + 1;
    }
    // a news agency or wire service: "told the PA news agency the walkout …", "told the Kelby wire service"
    if (
      j + 1 <= se &&
      t?.word &&
      /^(news|wire)$/.test(t.lower) &&
      /^(agency|service|site|outlet|organisation|organization)$/.test(tokens[j + 1]!.lower)
    )
      return j + 2;
    // the name of a programme after its broadcaster's possessive is the object too: "told CBC's Information Radio he …",
    // "told CBC's The Current that …" (the capitalised words after the "'s"; or after the bare apostrophe: "told 1News'
    // Breakfast the …")
    // (and past a lower-case role or audience after them, with the name after it: "told RNZ's Morning Report host Corin
    // Dann the …", "told Jones' Labour colleagues the vote …", "told Teachers' Union members the schools …")
    if ((/^['’]s$/.test(tokens[k]?.raw ?? '') || bare(k)) && j > k + 1) {
      let m = j;
      if (
        m <= se &&
        tokens[m]?.word &&
        tokens[m]!.cap === 0 &&
        !this.doc.quoted[m] &&
        /^(colleagues?|members?|hosts?|co-hosts?|presenters?|anchors?|interviewers?|reporters?|correspondents?|viewers|listeners|readers|audiences?|supporters|staff)$/.test(
          tokens[m]!.lower,
        )
      ) {
        m++;
        while (m <= se && m - j <= 4 && tokens[m]!.word && tokens[m]!.cap > 0 && !this.doc.quoted[m]) m++;
      }
      return m;
    }
    return k;
  }
}
