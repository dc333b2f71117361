/**
 * Word lists of the engine. Lower-case, folded only by toLowerCase(): the engine looks words up with
 * `word.toLowerCase()`. Sets are built once at module load.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs of saying that attribute a quotation or introduce reported speech (all common inflections).
 * Multi-word verbs ("pointed out", "went on", "according to") are handled through PARTICLE_VERBS.
 */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  stress stresses stressed stressing explain explains explained explaining argue argues argued arguing
  warn warns warned warning write writes wrote writing ask asks asked asking reply replies replied replying
  insist insists insisted insisting claim claims claimed claiming acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting caution cautions cautioned cautioning state states stated stating
  declare declares declared declaring announce announces announced announcing continue continues continued
  recall recalls recalled recalling remember remembers remembered remark remarks remarked observe observes observed observing
  suggest suggests suggested suggesting concede concedes conceded conceding contend contends contended
  maintain maintains maintained reiterate reiterates reiterated reiterating emphasise emphasises emphasised
  emphasize emphasizes emphasized emphasizing emphasising predict predicts predicted promise promises promised
  vow vows vowed urge urges urged urging respond responds responded responding answer answers answered
  confirm confirms confirmed confirming deny denies denied denying complain complains complained complaining
  counter counters countered comment comments commented commenting testify testifies testified tweet tweets tweeted
  shout shouts shouted yell yelled chant chants chanted whisper whispered joke jokes joked quip quips quipped recount recounts recounted
  sing sings sang cry cries cried hiss hisses hissed shriek shrieked growl growled gasp gasped laugh laughs
  laughed bellow bellowed sob sobbed stammer stammered chuckle chuckled snaps
  reveal reveals revealed report reports reported muse mused protest protests protested lament laments lamented
  boast boasts boasted according assure assures assured remind reminds reminded disclose discloses disclosed allege alleges alleged
  conclude concludes concluded indicate indicates indicated hint hints hinted imply implies implied exclaim exclaimed interject interjected
  mutter muttered murmur murmured sigh sighed scream screamed plead pleaded begged demand demanded demands
  interjects interrupts interrupted exclaims mutters murmurs sighs whispers muses pleads
  agree agrees agreed estimate estimates estimated signal signals signalled signaled reason reasoned
  point points pointed go goes went chime chimed sum summed wonder wonders wondered put puts
  acknowledged posit posits posited opine opined retort retorted retorts snap snapped rejoin rejoined retaliated
  recalled affirm affirms affirmed assert asserts asserted asserting describe describes described
  call calls called dub dubs dubbed labelled labeled branded termed accuse accuses accused accusing
  cite cites cited citing charge charges charged repeat repeats repeated repeating tweeting ruled ruling
  captioned posted radioed questioned wondering recommend recommends recommended advise advises advised
  corrected corrects
  clarify clarifies clarified clarifying
  proclaim proclaims proclaimed
  restate restates restated reassert reasserts reasserted reaffirm reaffirms reaffirmed inform informs informed
  reassure reassures reassured encourages encouraged appealed
`);

/** Verbs that only count with their particle: "pointed out", "went on", "according to", "chimed in", "summed up", "put it". */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['points', 'out'],
  ['pointed', 'out'],
  ['pointing', 'out'],
  ['go', 'on'],
  ['goes', 'on'],
  ['went', 'on'],
  ['according', 'to'],
  ['chime', 'in'],
  ['chimed', 'in'],
  ['sum', 'up'],
  ['summed', 'up'],
  ['put', 'it'],
  ['puts', 'it'],
  ['continue', ''],
  ['continues', ''],
  ['continued', ''],
]);

/**
 * Verbs of crying words out, which a crowd or a few of it do with the words beside them: "Some chanted “…”", "“Shame!”
 * others yelled" (attribution.ts, criesOutWordsBeside).
 */
export const CRYING_OUT_VERBS = set(
  `chant chants chanted shout shouts shouted yell yells yelled scream screams screamed cry cries cried bellow bellowed`,
);

/** Verbs that introduce reported speech ("X said Y", "X warned that Y"). say/tell need no "that". */
export const REPORTING_VERBS = set(`
  say says said tell tells told add adds added note notes noted stress stresses stressed explain explains explained
  argue argues argued warn warns warned write writes wrote insist insists insisted claim claims claimed
  acknowledge acknowledges acknowledged admit admits admitted caution cautions cautioned state states stated
  declare declares declared announce announces announced recall recalls recalled suggest suggests suggested
  concede concedes conceded contend contends contended maintain maintains maintained reiterate reiterates reiterated
  emphasise emphasises emphasised emphasize emphasizes emphasized predict predicts predicted confirm confirms confirmed
  deny denies denied complain complains complained testify testifies testified reveal reveals revealed
  report reports reported assure assures assured remind reminds reminded allege alleges alleged conclude concludes concluded
  indicate indicates indicated hint hints hinted imply implies implied agree agrees agreed estimate estimates estimated
  point points pointed affirm affirms affirmed assert asserts asserted observe observes observed remark remarked
  promise promises promised vow vows vowed tweet tweets tweeted counter counters countered reply replies replied
  respond responds responded answer answers answered retort retorts retorted charge charges charged joke joked
  boast boasts boasted lament laments lamented complain complained object objected repeat repeats repeated ruled
  radioed post posts posted recommend recommends recommended advise advises advised clarify clarifies clarified
  proclaim proclaims proclaimed restate restates restated reassert reasserts reasserted reaffirm reaffirms reaffirmed
  inform informs informed reassure reassures reassured
`);

/**
 * Verbs of thinking or wishing: a relative clause with one of them speaks for its subject ("said Ek, who thinks the
 * council “needs to listen”"), as a verb of saying does.
 */
export const BELIEF_VERBS = set(`
  think thinks thought believe believes believed hope hopes hoped fear fears feared wish wishes wished
  want wants wanted consider considers considered regard regards regarded view views viewed
`);

/**
 * Verbs of having or being: a relative clause whose only verb is one of them describes its subject and says nothing
 * ("said Holt, who is “heartbroken”", "whose new book features “rebellious” students").
 */
export const DESCRIBING_VERBS = set(`
  is are was were be been being has have had having feature features featured featuring
`);

/** Reporting verbs that take a clause without "that" ("Peskov said Russian experts were ..."). */
export const BARE_CLAUSE_VERBS = set(`say says said tell tells told add adds added`);

/** -ing forms that continue the sentence's speaker: '..., he said, adding, "..."'. */
export const CONTINUING_VERBS = set(`
  saying adding noting telling stressing explaining arguing warning insisting claiming acknowledging admitting
  cautioning stating declaring announcing recalling suggesting conceding reiterating emphasizing emphasising
  urging replying responding asking confirming denying complaining describing calling continuing writing
  asserting observing predicting promising vowing chanting citing accusing alleging boasting revealing yelling
  shouting screaming contending maintaining hinting countering joking pledging pointing repeating tweeting posting ruling
  remarking
`);

/**
 * The -ing forms of CONTINUING_VERBS that introduce no reported clause of their own ("telling", "asking", "calling"), or
 * one only after "that" (THAT_PARTICIPLES).
 */
const PARTICIPLES_WITHOUT_CLAUSE = set(
  `telling recalling urging replying responding asking describing calling continuing writing observing promising vowing chanting citing
  accusing repeating tweeting posting ruling`,
);

/**
 * -ing forms that report a clause only after "that": "…, recalling that the pier had burned", "…, writing that …",
 * "…, replying that the vote was fair" (not "replying to critics", "observing the vote").
 */
export const THAT_PARTICIPLES = set(`recalling promising vowing writing repeating tweeting posting ruling replying responding observing`);

/** -ing forms that introduce reported speech: "…, saying Russia had launched more than 100 drones." */
export const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([...CONTINUING_VERBS].filter((w) => !PARTICIPLES_WITHOUT_CLAUSE.has(w)));

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'first' | 'neuter'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['i', 'first'],
  ['we', 'first'],
  ['it', 'neuter'],
]);

/**
 * Verbs (lower case, as a construction's) whose object is a person, a "her" after them someone else: "told her …",
 * "described her as a formidable opponent", "called her a pioneer", "remembered her as kind" (a "her" or "him" after
 * them says nothing of the gender of the one who speaks).
 */
export const PERSON_OBJECT_VERBS =
  /^(tell|tells|told|telling|ask|asks|asked|asking|warn|warns|warned|urged?|urges|reminded|assured|reassured|informed|promised|advised|notified|showed|gave|wrote|describe[sd]?|describing|call|calls|called|calling|remember|remembers|remembered|praised?|praises|hailed|credited|thanked)$/;

/**
 * Past tenses of verbs that need an object (a thing made, put forward or sent), which a clause with nothing after them
 * but a time lacks: after a noun, such a clause is a relative one on that noun whose object is gapped ("the lawsuit
 * the mayor announced on Monday", "the offer its negotiator made last week"), no reported clause.
 */
export const OBJECT_NEEDING_PASTS = set(`
  announced proposed made filed offered signed issued sent wrote released unveiled launched brought promised ordered
  cited gave published introduced drafted submitted outlined mentioned delivered floated pitched endorsed sponsored
  tabled presented recommended requested demanded
`);

/**
 * Frame verbs that hand the floor to another: a question put ("Okoro asked whether the council would cut library
 * hours") or, with a person as the object, words told to that person ("Lyle told Holt that he was being dismissed"); a
 * quotation opening the next paragraph is then as likely the other's answer as the frame's speaker's.
 */
export const ASKING_VERBS = set(`
  ask asks asked asking question questions questioned questioning query queries queried quiz quizzes quizzed
  press presses pressed inquire inquires inquired enquire enquires enquired wonder wonders wondered
`);
export const TELLING_VERBS = set(`
  tell tells told telling inform informs informed assure assures assured remind reminds reminded warn warns warned
  notify notifies notified reassure reassures reassured
`);

/**
 * Words that may follow a "her" that is a verb's object, never a possessive's noun: "described her as …", "called her
 * a pioneer", "thanked her for …", "told her the plan", "praised her when …" (in lower case; any other lower-case
 * word makes it a possessive, "thanked her staff").
 */
export const OBJECT_HER_NEXT =
  /^(as|a|an|the|this|that|to|for|on|in|at|with|about|by|from|after|before|during|over|and|or|but|when|while|because|if|again|repeatedly)$/;

/** Words that may stand between a subject and its verb: "Peskov also said", "he has repeatedly said". */
export const SUBJECT_VERB_FILLERS = set(`
  also later then however previously repeatedly has had have was is were are would will once again further
  earlier recently simply just only quickly publicly privately never often later subsequently separately
  had has initially first finally reportedly allegedly last yesterday today tonight reportedly
  flatly firmly angrily calmly quietly openly bluntly frankly candidly even still since already each
  always sometimes previously had long now soon
`);

/** Time and setting words that may follow a reporting verb before its clause: "said Thursday", "said on Monday". */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently
  previously now last this week month year morning afternoon evening night weekend afterward afterwards
`);

/**
 * Nouns of a time a demonstrative "that" points to, past "same" or "very" (speakers/clauses.ts, timeNounAfterThat):
 * "said that morning she expected …", "announced that same day", "released later that week that …".
 */
export const DEMONSTRATIVE_TIMES =
  /^(day|night|morning|afternoon|evening|week|weekend|month|year|summer|winter|autumn|spring|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The days of the week, lower-cased. */
export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export const DAYS_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Holidays, and the words after one that name its day: "Christmas Eve", "Easter Sunday", "Thanksgiving weekend". */
export const HOLIDAYS = set(`
  christmas easter thanksgiving halloween hanukkah hanukah chanukah passover ramadan diwali kwanzaa pentecost
  whitsun lent advent epiphany michaelmas candlemas
`);
export const HOLIDAY_TAILS = set(`
  eve day morning night weekend sunday monday break holidays holiday season week
`);

/**
 * Malaysian honorifics of two words, the heads a person named with one has and "the Tan Sri said" takes, among TITLES
 * (see malayTitleAt in names.ts: neither word alone is a title there, "Tan" a surname and "Seri" a given name).
 */
export const MALAY_TITLE_HEADS: ReadonlySet<string> = new Set([
  'tan sri',
  'puan sri',
  'datuk seri',
  'dato sri',
  'dato seri',
  'datin seri',
  'datin sri',
]);

/**
 * Titles before a name: "President Vladimir Putin", "Chief Darian Lonechild", "Mr. Peskov". (Its last line: a chief's
 * title in the nation's own language, as Canadian news writes it before the name: Secwépemc "Kúkpi7", Anishinaabe
 * "Ogimaa", Cree "Okimaw", Tsimshian "Sm'ooygit" — "Kúkpi7 Melvina Sandrell said", not a person "Kúkpi7 Melvina
 * Sandrell".)
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...set(`
  president vice prime minister deputy foreign secretary chief chancellor senator sen rep gov governor mayor
  alderman alderwoman whip selectman selectwoman
  judge justice general gen col colonel lt lieutenant sgt sergeant capt captain coach dr mr mrs ms miss prof
  professor rev reverend father sister brother officer detective sheriff attorney chairman chairwoman chairperson
  director ceo executive king queen prince princess pope bishop archbishop cardinal rabbi imam ambassador
  commissioner superintendent inspector constable lord lady sir dame speaker leader spokesman spokeswoman
  spokesperson premier councillor councilor councilman councilwoman assemblyman assemblywoman assemblymember
  congressman congresswoman representative trustee principal dean president-elect sheikh emir sultan ayatollah
  admiral marshal major corporal private agent dept deputy-chief manager minister-president mp mep mpp mla mha mna
  senior junior acting interim former ex first lady defense defence finance interior home health education
  state treasury economy trade justice energy labor labour transport transportation culture
  press secretary adviser advisor aide counsel counselor chair vp cfo coo cto founder cofounder co-founder
  owner head commander pastor elder grand elected mr. dr. neighbor neighbour resident witness volunteer
  cpl cst const coun ald alderman alderwoman maj brig pte pvt atty msgr supt insp det adm cmdr cllr cr fr
  baroness viscount viscountess countess duchess marquess marchioness td taoiseach tánaiste tanaiste msp magistrate ombudsman ombudsperson ombud administrator keeper auditor comptroller controller assessor
  alhaji alhaja hajia hajiya mallam comrade aunty auntie uncle shri smt kuia kaumātua kaumatua datuk datin dato
  homeowner student teacher parent nurse doctor firefighter fire police district county city town
  cdr commodore petty seaman airman aircraftman aircraftwoman sub trooper ranger paramedic warden
  classmate schoolmate teammate roommate freshman sophomore
  provost vice-provost registrar rector headmaster headmistress headteacher vice-principal chaplain
  deacon deaconess archdeacon canon vicar curate abbot abbess friar monsignor cantor mufti swami patriarch
  pandit pujari granthi priest priestess
  kúkpi7 kukpi7 ogimaa okimaw sm'ooygit
`),
  ...MALAY_TITLE_HEADS,
]);

/**
 * Letters written after a name for an office or an honour, no part of the name: "Jane Harker MP", "Declan Fahy TD", "Ann
 * Vale QC" (in capitals only, as written: "Ms" is a courtesy title).
 */
export const POST_NOMINAL = /^(MP|MPP|MLA|MSP|MEP|MHA|MNA|TD|QC|KC|OBE|MBE|CBE|KBE|DBE)$/;

/** Indefinite determiners that open a description of one unnamed person: "One Ontario MP", "a Quebec MNA", "another Labour MP". */
export const INDEFINITE_ONE = /^(a|an|one|another)$/;

/** The words of a text list, none for an empty one. */
const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/**
 * The one table of nationalities, entries split by ";" or a line's end: a country (by its last word: "zealand",
 * "arabia", "emirates"), then the words of its people, first those that may precede a name, adjectives and a few nouns
 * ("Austrian rider Felix Brandt", "Swede Lina Berg"), then after "/" nouns for one person of it read only as a
 * description after "the" (some are given names, "Scot Adler"): "the Scot said", "the Dane said". NATIONS, the
 * nationalities of DEMONYMS and of NATIONALITY_NOUNS, and the countries nationOf knows all come from it (COUNTRIES, the
 * places a name may end on, is a list of its own).
 */
const NATION_WORDS: ReadonlyArray<{ country: string; before: readonly string[]; nouns: readonly string[] }> = `
  russia: russian; america: american; britain: british brit briton; england: english englishman englishwoman
  scotland: scottish scotsman scotswoman / scot; wales: welsh welshman welshwoman; ireland: irish irishman irishwoman
  france: french frenchman frenchwoman; germany: german; italy: italian; spain: spanish spaniard
  portugal: portuguese; netherlands: dutch dutchman dutchwoman; belgium: belgian; switzerland: swiss; austria: austrian
  poland: polish / pole; czechia: czech; slovakia: slovak; hungary: hungarian / magyar; romania: romanian
  bulgaria: bulgarian; greece: greek; turkey: turkish / turk; ukraine: ukrainian; belarus: belarusian
  georgia: georgian; armenia: armenian; syria: syrian; iraq: iraqi; iran: iranian; israel: israeli; lebanon: lebanese
  jordan: jordanian; egypt: egyptian; arabia: saudi; emirates: emirati; qatar: qatari; yemen: yemeni
  afghanistan: afghan; pakistan: pakistani; india: indian; china: chinese; japan: japanese; korea: korean
  vietnam: vietnamese; thailand: thai; philippines: filipino; indonesia: indonesian; malaysia: malaysian
  australia: australian aussie; canada: canadian; mexico: mexican; brazil: brazilian
  argentina: argentine argentinian; chile: chilean; colombia: colombian; peru: peruvian; venezuela: venezuelan
  cuba: cuban; nigeria: nigerian; kenya: kenyan; norway: norwegian; sweden: swedish swede; denmark: danish / dane
  finland: finnish / finn; iceland: icelandic icelander; estonia: estonian; latvia: latvian; lithuania: lithuanian
  serbia: serbian / serb; croatia: croatian / croat; bosnia: bosnian / bosniak; albania: albanian; kosovo: kosovar
  moldova: moldovan; slovenia: / slovene; kazakhstan: kazakh; uzbekistan: uzbek; libya: libyan; tunisia: tunisian
  algeria: algerian; morocco: moroccan; ethiopia: ethiopian; somalia: somali; sudan: sudanese; ghana: ghanaian
  zimbabwe: zimbabwean; uganda: ugandan; rwanda: rwandan; congo: congolese; haiti: haitian; jamaica: jamaican
  taiwan: taiwanese; mongolia: mongolian; zealand: kiwi
`
  .split(/[;\n]/)
  .filter((entry) => entry.trim() !== '')
  .map((entry) => {
    const [country = '', people = ''] = entry.split(':');
    const [before = '', nouns = ''] = people.split('/');
    return { country: country.trim(), before: wordsOf(before), nouns: wordsOf(nouns) };
  });

/**
 * Nationality and group adjectives that precede names but are not part of them: the nationalities' words of
 * NATION_WORDS before "/", and these of peoples, regions, parties, faiths and bodies (with three plurals of nouns).
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  ...NATION_WORDS.flatMap((n) => n.before),
  ...wordsOf(`
  palestinian south north african european asian swedes spaniards brits olympian olympians paralympian paralympians
  republican democratic democrat conservative labour liberal green tory soviet western eastern arab muslim
  christian jewish catholic federal national international
  kremlin white house
`),
]);

/**
 * Nouns for one person of a city or a state, which local news calls a person it just named, as a nationality: "“…,” the
 * Dubliner said", "the 34-year-old Aucklander told reporters" (none of them an adjective before a noun, nor a given name).
 */
const RESIDENT_NOUNS = wordsOf(`
  dubliner corkonian londoner mancunian liverpudlian scouser geordie brummie glaswegian aucklander wellingtonian
  capetonian durbanite lagosian mumbaikar delhiite torontonian montrealer vancouverite sydneysider melburnian
  queenslander texan bostonian chicagoan
`);

/**
 * Nouns for one person of a nation or a region, no adjectives (so not among DEMONYMS, which precede names: some are
 * given names, "Scot Adler"), read only as a description after "the": "the Scot said", "the Dane said", "the Pole told
 * reporters"; and, by their shape, a region's "-man" or "-woman": "the Yorkshireman said" (see nationalityNoun). The
 * nouns of NATION_WORDS after "/", these of peoples the table gives no country, and RESIDENT_NOUNS.
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  ...NATION_WORDS.flatMap((n) => n.nouns),
  ...wordsOf('kurd catalan basque'),
  ...RESIDENT_NOUNS,
]);

/**
 * The country a nationality's adjective or noun belongs to ("austrian" → "austria", "finn" and "finnish" → "finland"),
 * so an epithet ("the Austrian said", "the Finn said") goes only to a person the article showed from that country
 * ("Austria's Felix Brandt", "Kaisa Mäkinen of Finland", "the Finnish skier Kaisa Mäkinen"); see nationOf.
 */
const NATIONS: ReadonlyMap<string, string> = new Map(
  NATION_WORDS.flatMap((n) => [...n.before, ...n.nouns].map((w): [string, string] => [w, n.country])),
);

/** The countries of NATION_WORDS, some not among COUNTRIES ("france", "ireland", "chile"). */
const NATION_COUNTRIES: ReadonlySet<string> = new Set(NATION_WORDS.map((n) => n.country));

/** The country of a nationality's word, lower-cased ("finn" → "finland"), or the country's own name; null for none. */
export function nationOf(lower: string): string | null {
  return NATIONS.get(lower) ?? (COUNTRIES.has(lower) || NATION_COUNTRIES.has(lower) ? lower : null);
}

/** Whether a capitalised word, lower-cased, names one person of a nation or region: "Scot", "Yorkshireman", "Cornishwoman". */
export function nationalityNoun(lower: string): boolean {
  if (NATIONALITY_NOUNS.has(lower)) return true;
  return (
    /^[a-z]{4,}(?:man|woman)$/.test(lower) &&
    // (the words of that shape that name no person: "German", "shaman" have too few letters before "man")
    !/^(ottoman|talisman)$/.test(lower) &&
    !TITLES.has(lower) &&
    !SPEAKER_NOUNS.has(lower)
  );
}

/** The names news services and broadcasters go by, one word ("Reuters", "AFP", "the BBC"). */
const NEWS_SERVICE_NAMES = 'bbc cnn nbc abc cbs fox reuters ap afp tass interfax';
export const NEWS_SERVICES = set(NEWS_SERVICE_NAMES);

/** Last words of organisation names: a capitalised run ending in one of these is not a person. */
export const ORG_SUFFIXES = set(`
  inc incorporated corp corporation co cos ltd limited llc plc group bank ministry department agency university college school chamber order
  institute council party association news times post press journal herald tribune gazette telegraph
  guardian network committee court tribunal police service services foundation fund club league federation confederacy confederation union brotherhood
  company airlines airways motors house office hospital center centre centers centres church army navy force forces cooperative
  commission authority board organization organisation society parliament congress senate assembly
  government administration city town township village municipality district county state province region area zone territory republic kingdom museum stadium street avenue road
  nation nations square park river lake mountain valley island islands bay sea ocean airport station tv radio channel media
  magazine review daily weekly times ${NEWS_SERVICE_NAMES}
  program programme project campaign summit championship cup games olympics festival awards prize
  journal review report index exchange market bureau directorate secretariat coalition alliance embassy consulate
  command academy partnership agreement treaty pact act accord initiative courier chronicle observer examiner inquirer dispatch
  diocese archdiocese eparchy venture works unit clinic pharma pharmaceuticals therapeutics laboratories panel consortium registry
`);

/**
 * Words that end the names of organisations and never a person's, though no description is headed by them: "Freedom
 * Partners", "Principles PAC", "Pew Research", "the Orlando Sentinel", and the plural nouns of a business's trade
 * ("Corvane Foods", "Brenna Motors", "Larchmont Homes", "Granite Ridge Trucks"; not "Mills", a surname), and the institutions' nouns that are
 * nobody's surname ("Stanford University", "Warren Council"; not "Service", "Church", "House"), and the trades and
 * houses of the arts ("Crestline Records", "Paragon Pictures", "Starline Entertainment", "Steppenwolf Theatre"), and the trades of
 * child care ("Little Sprouts Early Learning", "Maple Leaf Childcare"), and the nouns of libraries, shelters and houses of worship
 * ("Kelso Community Library", "Eastside Baptist Tabernacle", "Grace Fellowship"), and the trades of landlords, builders
 * and carriers ("Larchview Developments", "Tamsworth Realty", "Corran Management", "Pinedale Capital", "Ardley
 * Transportation") (name discovery only:
 * ORG_SUFFIXES is wider).
 */
export const ORG_NAME_ENDS = set(`
  pac pacs conference institution research economics studios survey chamber technologies sciences analytics partners holdings
  industries enterprises communications strategies consulting associates solutions caucus corps globe sentinel caller
  insider dealer pollster electric electronics dynamics pharmaceuticals insurance assurance hydro aviation bancorp
  infirmary broadcasting utilities automotive clinic clinics surgery brewery breweries distillery
  telecom telecommunications
  foods farms brands motors airlines airways railways therapeutics biosciences biotherapeutics logistics networks
  systems stores labs laboratories resources materials minerals properties homes beverages fisheries dairies bakeries
  trucks trailers tires tyres chemicals plastics textiles cosmetics
  restaurants hotels resorts ventures investments securities learning childcare daycare
  university college academy council police constabulary
  records pictures films productions entertainment publishers publishing books editions cinemas theatre theater
  orchestra philharmonic symphony opera ballet playhouse international
  library libraries shelter tabernacle mosque synagogue cathedral gurdwara fellowship ministries relations affairs
  developments realty rentals apartments residential communities builders construction management capital transportation
`);

/**
 * A trade written as its gerund, which ends a company's name and no person's: "Halden Refining", "Marlow Shipping",
 * "Tarn Brewing" (not "Manning" or "Fleming", surnames no trade).
 */
export const TRADE_GERUNDS =
  /^(refining|shipping|shipbuilding|mining|brewing|trucking|drilling|printing|packaging|catering|trading|manufacturing|engineering|roofing|plumbing|recycling|staffing|logging|smelting|dredging|farming|fishing)$/;

/** Nouns that can head the description of a speaker: "a Trump spokeswoman", "the senior Russian official". */
export const SPEAKER_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisers advisor advisors
  assistant assistants attendant attendants accountant accountants participant participants
  immigrant immigrants migrant migrants merchant merchants occupant occupants claimant claimants
  minister ministers president leader leaders chief director executive executives officer officers police
  analyst analysts expert experts source sources diplomat diplomats lawmaker lawmakers senator senators governor
  mayor secretary ambassador envoy representative representatives statement chairman chairwoman chair
  commissioner spokesmen spokeswomen prosecutor prosecutors lawyer lawyers attorney attorneys investigators
  investigator authorities residents resident witness witnesses observer observers critics critic supporters
  activists activist campaigners campaigner organizers organisers organizer organiser economist economists
  scientist scientists researcher researchers doctor doctors nurse official's manager managers coach coaches
  player players teammate teammates owner owners founder ceo cfo coo head judge judges ministry department agency
  mp mps mpp mpps mla mlas mep meps mna mnas msp msps td tds pm taoiseach tánaiste tanaiste newspaper newspapers daily dailies weekly magazine media television outlet outlets
  government company firm group team club union council committee military army office administration assembly
  kremlin police commission board bank campaign prime premier chancellor king queen pope prince princess duke duchess earl countess baron baroness marquess marchioness viscount viscountess member members
  person people man woman men women guy friend friends neighbour neighbor neighbours neighbors father mother son
  daughter wife husband brother sister student students teacher teachers parent parents fan fans official.
  counsel negotiator negotiators staff staffer staffers insider insiders commander commanders general
  sheriff detective detectives spokeswoman's deputy deputies aide's study report survey poll data court tribunal
  ministers' economists' journalist journalists reporter reporters editor editors writer author authors
  traders trader investors investor bankers banker dealers employees employee workers worker voters voter
  victims victim survivors survivor farmers farmer shoppers customers customer patients patient citizens
  fishermen fisherman fishers fisher hunters hunter trappers trapper tallymen tallyman harvesters harvester
  villagers locals officers' colleagues colleague family families couple couples relatives organizers statement letter filing documents
  nurses caregivers users user passerby passers-by someone somebody ad ads advert adverts advertisement advertisements commercial commercials
  crowd crowds protesters protester demonstrators demonstrator marchers marcher
  strategist strategists pollster pollsters consultant consultants operative operatives historian historians
  professor professors commentator commentators columnist columnists scholar scholars fellow fellows advocates advocate
  candidate candidates nominee nominees contender contenders challenger challengers incumbent rival rivals
  opponent opponents ally allies counterpart counterparts businessman businesswoman billionaire side moderator moderators interviewer interviewers
  city town municipality province prosecution defence defense crown plaintiff plaintiffs
  party parties panel bench delegation delegations fund front-runner frontrunner actor actors actress donor donors delegate delegates
  defendant defendants applicant applicants complainant regulator regulators watchdog watchdogs utility university hospital corporation management
  correspondent correspondents recorder recorders publicist publicists rep reps
  councillor councillors councilor councilors councilman councilwoman councilmen councilwomen alderman alderwoman
  trustee trustees reeve warden constable sergeant inspector superintendent coroner firefighter firefighters
  ombudsman ombudsperson ombud ombuds paramedic paramedics meteorologist meteorologists forecaster forecasters epidemiologist epidemiologists physician
  physicians surgeon surgeons goaltender goalie goalkeeper quarterback captain skipper boss treasurer chairperson
  administrator gm principal principals headmaster headmistress headteacher contingent contingents
  midwife midwives pharmacist pharmacists psychiatrist psychiatrists psychologist psychologists therapist therapists
  clinician clinicians dentist dentists neurologist neurologists oncologist oncologists cardiologist cardiologists
  obstetrician obstetricians pediatrician pediatricians paediatrician paediatricians radiologist radiologists
  anesthesiologist anesthesiologists anaesthetist anaesthetists virologist virologists immunologist immunologists
  toxicologist toxicologists dietitian dietitians physiotherapist physiotherapists optometrist optometrists
  pathologist pathologists caregiver medic doula doulas operator operators
  pilots copilots soldier soldiers sailor sailors troops veterans cadet cadets recruit recruits medics mechanics crews airmen seamen passengers
  bishop bishops archbishop archbishops rabbi rabbis imam imams vicar vicars priest priests chaplain chaplains cleric clerics
  nun nuns monk monks friar abbot abbess prioress priestess
  waitress hostess stewardess policewoman policeman fireman firewoman housewife ballerina seamstress governess landlady
  sportswoman sportsman cameraman camerawoman anchorman anchorwoman newsman newswoman serviceman servicewoman craftsman
  craftswoman horseman horsewoman fisherwoman
  backbencher backbenchers frontbencher frontbenchers peer peers whip whips
  reservist reservists
  singer singers musician musicians rapper songwriter composer conductor artist artists painter sculptor filmmaker
  filmmakers playwright novelist poet comedian dancer dancers choreographer curator curators producer producers frontman
  frontwoman bassist drummer guitarist pianist violinist fiddler vocalist presenter screenwriter showrunner juror jurors
  translator agent designer photographer performer performers reviewer reviewers illustrator
  co-star co-stars costar costars host co-host influencer influencers rappers model models supermodel supermodels
  socialite socialites heiress heiresses stylist stylists
  tenant tenants landlord landlords renter renters homeowner homeowners
  engineer engineers electrician electricians plumber plumbers architect architects mechanic carpenter
  carpenters welder welders rancher ranchers grower growers planner planners surveyor surveyors inspectors geologist geologists
  biologist biologists ecologist ecologists hydrologist hydrologists
  co-op co-ops co-operative co-operatives cooperative cooperatives coordinator coordinators co-ordinator co-ordinators
`);

/**
 * Speaker nouns for a side or a body, which before another role only say whose the role is: "Crown prosecutor Ada
 * Lennox" is "the prosecutor", not "the Crown"; "defence lawyer", "city manager", "County Auditor", "prosecution witness".
 */
export const SIDE_NOUNS = set(`city town county municipality province prosecution defence defense crown`);

/**
 * Speaker nouns that refer to a woman / a man (for he/she). (Not "actor": news writes it of women too, "the actor Renata
 * Marchetti", and "actress" only of a woman; nor "priest", "bishop", "fisherman", "chair", "tsar", "czar", "baron" nor "sheikh": women hold them too. "Midwife"
 * is written of a woman in all but a few stories, and "she" after it is the likelier reading. "Guy" is a man in news
 * prose: "a maintenance guy walks in …".)
 */
export const FEMALE_NOUNS = set(
  `spokeswoman chairwoman woman women mother daughter wife widow sister queen princess mrs ms miss lady dame congresswoman councilwoman assemblywoman actress businesswoman girl grandmother granddaughter stepmother aunt niece girlfriend selectwoman
  actresses nun nuns midwife abbess prioress heiress duchess countess baroness empress waitress hostess stewardess
  priestess sportswoman policewoman firewoman frontwoman horsewoman craftswoman fisherwoman camerawoman anchorwoman
  newswoman servicewoman alderwoman housewife mum mom grandma granny bride fiancée stepdaughter goddaughter godmother
  schoolgirl landlady headmistress governess seamstress matriarch ballerina sister-in-law mother-in-law daughter-in-law`,
);
export const MALE_NOUNS = set(
  `spokesman chairman man men father son husband widower brother king prince mr sir lord congressman councilman assemblyman businessman boy grandfather grandson stepfather uncle nephew boyfriend selectman
  monk monks friar abbot duke earl emperor sultan patriarch sportsman policeman fireman frontman
  horseman craftsman cameraman anchorman newsman serviceman bridegroom fiancé stepson godson godfather schoolboy dad
  grandpa headmaster father-in-law son-in-law brother-in-law guy`,
);

/** Group or institution nouns: their pronoun is "they" / "it". */
export const GROUP_NOUNS = set(`
  officials aides advisers analysts experts sources diplomats lawmakers police authorities residents witnesses
  critics supporters activists campaigners organizers organisers economists scientists researchers doctors
  prosecutors lawyers investigators ministry department agency government company firm group team club union
  council committee military army office administration kremlin commission board panel bank campaign staff people assembly
  members players fans students teachers parents officers executives leaders ministers study report survey poll
  crowd crowds protesters demonstrators marchers families nurses caregivers relatives operator operators watchdog watchdogs
`);

/**
 * The legal and corporate suffixes that end a company's name and nothing else ("Halvorsen Group", "Brightwater Ltd"):
 * with ORG_NAME_ENDS and ORG_HEADS, the last words that make a capitalised run an organisation where no finder
 * registered it. Not ORG_SUFFIXES, which holds places, events and laws too ("Times Square", "World Cup", "Clean Air Act").
 */
export const COMPANY_SUFFIXES = set(`inc corp corporation co ltd llc plc group gmbh ag sa nv`);

/**
 * A company's legal suffixes written short, each with its point ("Macy's Inc.", "Empire Co. Ltd.", "Marlow Corp."), and
 * in full ("Acme Corporation", "Marlow Limited"): words that close a company's name and no person's. "Cos.", the plural
 * of "Co.", is one too ("Loblaw Cos. Ltd."); see legalSuffix.
 */
export const LEGAL_SHORT = set(`inc corp co ltd plc llc`);
export const LEGAL_FULL = set(`incorporated corporation company limited`);

/** Is the lower-case word a legal suffix, short (the plural "cos" too) or in full? */
export function legalSuffix(lower: string): boolean {
  return LEGAL_SHORT.has(lower) || LEGAL_FULL.has(lower) || lower === 'cos';
}

/** Passive participles of hearsay that raise the subject of a perfect infinitive: "is reported to have said". */
export const HEARSAY_PASSIVES = /^(reported|said|believed|thought|understood|alleged|rumou?red|claimed|known|quoted)$/;

/**
 * Nouns of a body, a group or a place that, capitalised alone at a sentence's opening, name that body and never a person
 * the names did not find ("Congress met …", "Parliament adjourned …", "Cabinet approved …"): no "he" or "she" stands for
 * them. Not nouns that are common surnames too ("Church", "House", "Court", "Park", "Bank").
 */
export const BODY_WORDS = set(`
  congress parliament senate legislature assembly cabinet government administration council committee commission
  ministry department agency bureau authority board police army navy military judiciary opposition coalition
  company firm corporation union league federation association party team staff management
  family crowd jury audience delegation congregation household
  university college school hospital city county state province municipality district region village nation kingdom
  republic country embassy consulate
`);

/** Heads of a description that stands for an organisation named before ("the company", "the ministry"). */
export const ORG_HEADS = set(`
  company corporation firm ministry department agency bank group union council committee board commission organisation
  organization association federation institute university party club league foundation authority network
  newspaper daily weekly magazine academy college broadcaster bureau operator chapter branch division subsidiary
  affiliate unit wing assembly guild cooperative co-op journal
`);

/**
 * Heads of a body of people, beyond ORG_HEADS, whose members a "they" may stand for when no plural of people is met
 * ("Ortega's campaign released an advertisement. “…,” they said."; "The family … have paid tribute. They said …").
 */
export const THEY_BODY_HEADS = set(`campaign government administration team staff family household couple jury crew`);

/** What an organisation or a person speaks through: "according to a statement from the ministry". */
export const DOCUMENT_NOUNS = set(
  `statement letter report filing documents document study paper survey poll data memo note release analysis email emails readout review audit summary transcript communiqué communique testimony evidence`,
);

/**
 * Nouns of an exchange whose words are those of the people it was held with: "according to interviews with a dozen
 * county chairs" is the chairs' (attribution.ts, senderOrInterviewee).
 */
export const EXCHANGE_NOUNS = /^(interviews?|conversations?|talks|discussions?|exchanges?|chats?)$/;

/**
 * What "according to" may name that speaks for no one, neither a person nor a body nor a document or a record: what is
 * told or held by no one in particular ("according to legend", "according to local tradition", "according to
 * conventional wisdom"). Rules, laws, plans and schedules are documents, their authors' (PolNeAR: "according to state
 * law", "according to the initial schedule").
 */
export const NO_SOURCE_NOUNS = set(
  `legend legends lore folklore myth myths mythology tradition traditions custom rumor rumors rumour rumours wisdom hearsay`,
);

/** Nouns of a news outlet named by what it is: "the newspaper", "a local paper", "the broadcaster" (one list; each user adds its own). */
export const OUTLET_NOUN_WORDS =
  'newspaper|paper|daily|weekly|magazine|tabloid|broadcaster|station|channel|network|website|outlet|publication';

/** Words a newspaper's or a magazine's own name ends on: "the Harbour Gazette", "The Lagos Herald", "the Daily Courier". */
export const OUTLET_TITLE_ENDS =
  /^(gazette|herald|tribune|telegraph|chronicle|courier|observer|examiner|inquirer|dispatch|times|post|journal|guardian|standard|independent|mail|mirror|sun|star|express|nation|vanguard|punch|leader|sentinel|record|register|bulletin|monitor|argus|advocate|mercury|clarion|gleaner|citizen)$/;

/**
 * Verbs of what a written report finds, before "that": "A study by two economists found that rents rose", "The audit
 * showed that …" (a frame only for a report's own noun, REPORT_NOUNS).
 */
export const REPORT_FINDINGS = set(`found finds find showed shows show`);

/**
 * Nouns of an office or a body whose work is to inquire and report, whose findings are its words, as a report's are:
 * "The ombudsman found that …", "Auditor General Ana Reyes found that …", "the coroner found that …", "the commission
 * found that …" (a frame of "found" or "finds" beside REPORT_NOUNS; not anyone who "found" a thing out, "Ruiz found
 * that the door was locked", nor a jury's verdict).
 */
export const FINDING_OFFICES = set(
  `auditor ombudsman ombudsperson ombud ombuds commissioner coroner watchdog investigator investigators commission committee panel tribunal`,
);

/**
 * Nouns of an inquiry people make, the one core of REPORT_NOUNS and FINDING_NOUNS (each adds only its own words):
 * "review", "audit", "inquiry", "investigation", "assessment", "evaluation", "inspection".
 */
const INQUIRY_NOUN_WORDS = 'review|audit|inquiry|investigation|assessment|evaluation|inspection';

/**
 * Nouns of a report written by people, whose findings are their authors' words (not a poll's, data's or a chart's; nor
 * "reports", news of no one in particular: "Initial reports showed that …"): the inquiries, and the written works
 * "study", "studies", "report", "analysis", "paper". (Several are DOCUMENT_NOUNS too, which is another property:
 * what speaks for its author after "according to"; see lexicon-classes.test.ts.)
 */
export const REPORT_NOUNS = new RegExp(`^(${INQUIRY_NOUN_WORDS}|study|studies|report|analysis|paper)$`);

/**
 * Nouns of an inquiry whose findings are quoted, beside DOCUMENT_NOUNS (which the same rule reads, so no word is in
 * both): "an inspection found “…”", "the probe concluded “…”" (clauses.ts, documentQuoting). The inquiries that are no
 * document noun, and "probe", which is no report's noun of REPORT_NOUNS.
 */
export const FINDING_NOUNS = new RegExp(
  `^(${INQUIRY_NOUN_WORDS.split('|')
    .filter((w) => !DOCUMENT_NOUNS.has(w))
    .join('|')}|probe)$`,
);

/**
 * Plurals of DOCUMENT_NOUNS that are also verbs of the present: "Polls suggest", but "Gallup polls Americans", "the
 * ministry reports crime figures".
 */
export const DOCUMENT_PLURALS = set(`studies reports surveys polls`);

/**
 * Nouns of someone close to a person or acting for them, besides names.ts's RELATIVES and attribution.ts's ACTING_FOR:
 * "a friend of", "a neighbour of", "a colleague of", "a representative for" (attribution.ts, relationOfNamed), singular
 * or plural.
 * Many are SPEAKER_NOUNS too, and by design: SPEAKER_NOUNS says a noun can head the description of whoever speaks ("a
 * friend said"); this list says the noun ties its bearer to the person named after "of", "for" or "to", who is then
 * not the speaker ("a friend of Ana Vik said" is the friend's). Two properties of one word, not two classes.
 */
export const RELATION_NOUNS =
  /^(friend|neighbou?r|colleague|classmate|schoolmate|teammate|roommate|flatmate|housemate|co-?worker|associate|acquaintance|confidante?|all(?:y|ie)|relative|representative|rep|publicist|biographer)s?$/;

/** A share of a group that speaks for it: "a majority of renters", "most of the residents". */
export const QUANTITY_NOUNS = set(`majority minority most many some half third quarter percent number share dozens hundreds thousands`);

/** Titles of courtesy, which name no role: "Mr.", "Dr.", "Baroness". */
export const COURTESY_TITLES = /^(mr|mrs|ms|miss|mx|dr|sir|dame|lady|lord|baroness|prof|professor)$/;

/** Determiners that open a description. */
export const DETERMINERS = set(
  `the a an this that these those his her their its our my your one another some several two three four many each`,
);

/**
 * Words ending in a romanised syllable "-jing", "-qing" or "-zhing" (Pinyin): no English verb ends in "j", "q" or "zh",
 * so such a word, capitalised, is a name and never a participle: "Beijing said …", "Chongqing said …".
 */
export const ROMANISED_ING_NAME = /^[a-z]+(?:[jq]|zh)ing$/;

/** Words that, capitalised at a sentence start, are ordinary words and never begin a name. */
export const COMMON_WORDS = set(`
  a an the this that these those there here it its he she they we you i his her their our my your him them us
  and but or nor so yet for if when while although though because since as after before once until unless
  whether where what which who whom whose why how all any both each every few many most much no none not some
  such other another more less only just even also still then now today yesterday tomorrow meanwhile however
  moreover furthermore nevertheless nonetheless instead indeed thus therefore hence besides otherwise later
  earlier finally first second third last next recently currently previously already again in on at by with
  from to of into onto over under about above below across after against along among around behind beside
  between beyond despite during except inside near off outside per since through throughout toward towards
  upon within without asked speaking according following including regarding given said says told added
  officials police critics analysts experts residents authorities sources supporters observers many several
  most some others people asked yes no well oh please thanks thank sure ok okay still perhaps maybe instead
  despite overall elsewhere nearby while though unlike like amid among earlier under back once ever never
  always often sometimes usually already soon yet still almost nearly about around roughly approximately
  more than less fewer over under up down out new old good bad big small great high low long short young
  late early full half whole dear mr ms mrs dr sir madam breaking update updated photo video watch read
  listen share related advertisement editor's note exclusive analysis opinion comment live
`);

/**
 * A small list of first names whose gender is known, for he/she resolution of unknown people ("Jean" is none: a woman's
 * name in English, a man's in French, "Jean Boulet" as often as "Jean Shaheen").
 */
export const FEMALE_FIRST = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
  ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
  rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
  lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
  sara janice alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
  sophia marie diana brittany natalie isabella charlotte rose alexis kayla hope hillary theresa angela
  nancy kamala nikki elise ilhan alexandria liz sheryl oprah greta jacinda ursula christine marine nicola
  darian yulia maria svetlana olga tatiana natalia irina elena ekaterina anastasia valentina marina
  priya aisha fatima leila sofia lucia carmen ana isabel elena ines chloe zoe mia ava ella lily
  lena lina nina tina anne annie beth ellen eleanor jane janet jenny jill joanna josephine karin kate katie
  kathy kristen kristin leah linda lisa lucy lynn maggie marcia margo martha meg melanie molly monica nora
  paula peggy rita roberta rosa rosalind ruth susanna suzanne tamara tracy valerie vanessa
  wendy yvonne hanna ingrid astrid birgit greta frida freya sigrid solveig agnieszka magdalena katarzyna
  giulia francesca chiara giovanna paola beatriz lucia mariana fernanda camila gabriela daniela adriana
  ayesha zainab mariam yasmin amira layla meera anjali deepa kavita sunita lakshmi yuki
  keiko akiko olena oksana halyna nadia sophie amelie camille claire juliette manon
  nathalie sylvie brigitte ursula angelika sabine petra claudia andrea heike
`);
export const MALE_FIRST = set(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander
  raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
  jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
  joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
  elijah louis bobby philip johnny barack bill mike mitch chuck bernie ted marco rand boris emmanuel
  vladimir dmitry dmitri sergei sergey magnus mikhail alexei alexey ivan nikolai igor yuri oleg andrei
  viktor volodymyr petro xi li recep benjamin bashar hassan mohammed muhammad ali ahmed omar abdul
  jim matt tom tim dan ben sam nick chris steve tony greg jeff rick ken pete hank lenny
  alex andy bob bobby brad carlos charlie cliff colin craig curtis darren dave derek doug
  eddie eli erik ernest felix fred glenn gordon graham hugh ian jake jared jon karl kurt lars leo
  luke marcus martin mitchell neil nils olaf oscar owen pablo pedro phil ralph ross rudy
  simon stuart ted theo todd travis trevor vince warren wes zach hans jens jorge
  luis miguel diego alejandro javier fernando ricardo sergio antonio giuseppe giovanni marco luca matteo
  francesco pierre jacques francois michel philippe olivier klaus jurgen dieter wolfgang stefan
  tomas pavel piotr andrzej krzysztof mehmet mustafa ahmet ibrahim yusuf khalid hamid karim rahul raj amit
  arjun vikram sanjay ravi hiroshi takeshi kenji haruki wei hyun taras bohdan andriy
`);

/**
 * First parts of French compound given names, which give the whole its gender whatever the second part: "Marie-Claude",
 * "Marie-Ève", "Anne-Sophie" are women, "Jean-Marie", "Pierre-Luc", "Claude-Henri" men.
 */
export const COMPOUND_FIRST_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...'marie anne'.split(' ').map((w) => [w, 'female'] as const),
  ...'jean pierre paul luc marc louis françois francois jacques michel philippe charles claude guy andré andre joseph'
    .split(' ')
    .map((w) => [w, 'male'] as const),
]);

/** Titles and offices that say their holder's gender: "Mrs", "Sir", "Queen", "spokeswoman", "congressman". */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['lady', 'female'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  // an office only men hold, never a surname ("Pope", "Sheikh", "Sultan" are also family names of women: "Amy Pope")
  ['ayatollah', 'male'],
  ['spokeswoman', 'female'],
  ['spokesman', 'male'],
  ['chairwoman', 'female'],
  ['chairman', 'male'],
  ['congresswoman', 'female'],
  ['congressman', 'male'],
  ['councilwoman', 'female'],
  ['councilman', 'male'],
  ['father', 'male'],
  ['fr', 'male'],
  ['baroness', 'female'],
  ['countess', 'female'],
  ['viscount', 'male'],
  ['viscountess', 'female'],
  ['duchess', 'female'],
  ['marquess', 'male'],
  ['marchioness', 'female'],
  ['sister', 'female'],
  ['brother', 'male'],
  ['assemblywoman', 'female'],
  ['assemblyman', 'male'],
  ['selectwoman', 'female'],
  ['selectman', 'male'],
]);

/**
 * Name particles that may stand lower-case inside a name: "Ursula von der Leyen", "Ramon dela Cruz", "Carmen de los Ríos",
 * "Siraj ul Haq", "Naeem ur Rehman", "Shams ud Din".
 */
export const NAME_PARTICLES = set(
  `de da di del della dela der van von den ter zu la le los las du dos das bin bint binti binte ibn al el st ap ab ur ul ud`,
);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sr jr st ste mt ft gen col lt sgt capt cmdr cdr adm gov sen rep rev hon pres supt det insp
  cpl cst const coun ald maj brig pte pvt atty msgr cllr fr
  jan feb mar apr jun jul aug sep sept oct nov dec inc corp co cos ltd vs etc no nos fig al approx est dept univ
  u.s u.k u.n e.u d.c a.m p.m
`);

/**
 * Abbreviated titles and the nouns a later description uses for the same person: "Sen. Ada Vance" is "the senator",
 * "Lt. Gen. Ray Okafor" "the general", "Rep. Tom Aas" "the congressman".
 */
export const TITLE_ABBREVIATION_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator', 'lawmaker']],
  ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gov', ['governor']],
  ['gen', ['general']],
  ['lt', ['lieutenant']],
  ['col', ['colonel']],
  ['sgt', ['sergeant']],
  ['capt', ['captain']],
  ['cmdr', ['commander']],
  ['cdr', ['commander']],
  ['adm', ['admiral']],
  ['prof', ['professor']],
  ['dr', ['doctor']],
  ['supt', ['superintendent']],
  ['insp', ['inspector']],
  ['det', ['detective']],
  ['rev', ['reverend', 'pastor']],
  ['pres', ['president']],
  // "Justice Amrita Sandhu" is "the judge"; Canadian police ranks: "Cpl. Dana Fisk", "Const. Ray Dube"
  ['justice', ['judge']],
  ['cpl', ['corporal']],
  ['cst', ['constable']],
  ['const', ['constable']],
  // British and Irish: "Cllr Jo Pennock" is "the councillor", "Fr. Tomas Reilly" "the priest"
  ['cllr', ['councillor', 'councilor']],
  ['fr', ['priest', 'father']],
  // Canadian and US local: "Coun. Maria Estevez" is "the councillor", "Ald. Ray Booker" "the alderman"
  ['coun', ['councillor', 'councilor']],
  ['ald', ['alderman', 'alderwoman']],
  ['atty', ['attorney']],
  ['maj', ['major']],
  ['brig', ['brigadier']],
]);

/**
 * Nouns wire copy uses for a titled person's second reference, other than the title itself: "Pope Clement XV" is "the
 * pontiff", "Ayatollah Javad Rahmani" "the cleric" (kept apart from TITLE_ABBREVIATION_HEADS, whose words end no name).
 */
export const TITLE_SECOND_REFERENCES: ReadonlyMap<string, readonly string[]> = new Map([
  ['pope', ['pontiff']],
  ['ayatollah', ['cleric']],
  ['imam', ['cleric']],
  // a police rank is "the officer": "Const. Farah Nadeem … “…,” the officer said"
  ['constable', ['officer']],
  ['sergeant', ['officer']],
  ['corporal', ['officer']],
  ['detective', ['officer']],
  ['trooper', ['officer']],
  // a team's or a boat's captain is "the skipper": "captain Dara Quinn … “…,” the skipper said"
  ['captain', ['skipper']],
  // a team's manager and a company's chief executive are "the boss" in British copy: "Rovers manager Neil Barrett … “…,”
  // the boss added", "chief executive Ian Pell … the boss said"
  ['manager', ['boss']],
  ['executive', ['boss']],
  ['ceo', ['boss']],
  // a peerage's title is "the peer": "Lord Ellingham … the peer said", "Baroness Ashcombe … the peer told the chamber"
  ['lord', ['peer']],
  ['baroness', ['peer']],
  ['baron', ['peer']],
  ['viscount', ['peer']],
  ['viscountess', ['peer']],
  ['earl', ['peer']],
  ['countess', ['peer']],
  ['marquess', ['peer']],
  ['marchioness', ['peer']],
  ['duke', ['peer']],
  ['duchess', ['peer']],
]);

/**
 * Acronyms of a role written out in words before a name: "General manager Kevin Strand" is "the GM", "Chief executive
 * Dana Oyelaran" "the CEO" (the words that must all be among the person's roles).
 */
export const ROLE_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['gm', ['general', 'manager']],
  ['ceo', ['chief', 'executive']],
  // ("Prime Minister Pham Van Hung" is "the PM")
  ['pm', ['prime', 'minister']],
  ['cfo', ['chief', 'financial', 'officer']],
  ['coo', ['chief', 'operating', 'officer']],
]);

/** Generic heads a definite description may use for the speaker already in view ("the senior official"). */
export const GENERIC_HEADS = set(`
  official aide diplomat spokesman spokeswoman spokesperson envoy minister leader lawmaker executive president chief
  director adviser advisor officer senator governor mayor coach manager boss secretary chairman chairwoman ambassador
  prosecutor commissioner premier chancellor man woman
`);

/** Words a reported clause does not start with (a preposition, a conjunction, an auxiliary: no clause follows). */
export const CLAUSE_BAD_START = set(`
  in on at by with from to of for into during after before about as than because if while when where since until
  through via and or but so yet nor whether what how why who which asked according adding saying
  would will could should can may might must was were is are has have had be been did does do
`);

/** Words that open a time phrase after a verb of saying ("said on Thursday", "said last week"). */
export const TIME_PREPS = set(`on last this late early earlier later next in at during`);

/**
 * Plural nouns of people as a public, the ones a business serves or a speaker addresses, which open sentences but name no
 * organisation ("Users can …") and are listeners after "to tell" ("took to Twitter to tell fans that …").
 */
export const PEOPLE_PLURALS =
  /^(users|customers|consumers|shoppers|buyers|subscribers|readers|viewers|listeners|passengers|commuters|travellers|travelers|drivers|motorists|patients|tenants|visitors|employees|workers|owners|investors|voters|homeowners|borrowers|depositors|guests|players|people|fans|citizens|colleagues)$/;

/**
 * Verbs in the past whose subject acts on people or a group as its object, which a noun such as "Revenue" or "Inflation"
 * never does: "Microsoft met analysts", "Northgate hired workers", "Vexa sued the council".
 */
export const ACTS_ON_PEOPLE_VERBS = set(`met hired sued fired recruited invited briefed thanked urged compensated employed`);

/**
 * Verbs in the past of a rise or a fall in amount, which a count, a price or a state of things does and a person does
 * not: "Inflation rose 3 per cent", "Turnout fell sharply", "Demand surged", "Unemployment climbed to 6 per cent".
 * LEVEL_VERBS_SHARED are those a person does too ("Hale rose to speak", "Vik fell ill"): they tell a rise or a fall
 * only with an amount, a manner in "-ly" or a time after them.
 */
export const LEVEL_VERBS = set(`
  surged soared slumped plunged tumbled dipped declined increased decreased doubled tripled halved spiked shrank
  widened narrowed accelerated worsened rebounded
`);
export const LEVEL_VERBS_SHARED = set(`rose fell climbed dropped jumped slipped grew`);

/** The objects of "told" ("told reporters", "told the agency"): skipped before the reported clause. */
export const OBJECTS = set(`
  reporters journalists lawmakers parliament congress supporters me us him her them you viewers listeners readers
  delegates students members residents police officials investigators council committee jurors the a an his her
  their its local
`);

/** Words that end a noun phrase when scanning back from its head. */
export const NP_BREAK = set(`
  in on at by with from to of into for and or but nor that which who whom whose when where while as than then because if
  although though whereas is are was were be been being has have had do does did will would can could should may might must not no
  said says told also he she they we it i you me him them us after before during since until over under about against
  between through across per via like unlike despite amid among around
`);

/** Prepositions a subject's prepositional phrase opens with ("A spokeswoman for the agency said"). */
export const PP_PREPS = set(`of for at with from in on`);

// --- Quotation detection: clause shapes (issue 12) ---

/** Finite auxiliaries and copulas: a noun phrase followed by one reads as the subject of a clause ("the fine was"). */
export const AUXILIARIES = set(`is are was were will would could can should may might must has have had does did do wo ca`);

/** Irregular past tenses that only a verb spells: "the council chose", "the foundation hid" (not "put", "cut", "read": also present or nouns). */
export const IRREGULAR_PAST = set(`
  went came took made gave got saw knew thought found felt kept held brought began ran won lost paid sent spent built
  bought caught taught fought sought chose hid rose fell broke spoke wrote drove grew threw flew drew wore tore stole
  froze forgot became meant met sold stood understood withdrew struck stuck swore sank shot slid dealt lent bent led
  sat slept wept fled shook woke knelt ate drank sang
`);

/**
 * Irregular past participles that place a person after "from", "in" or "at" in a post-modifier ("a climber taken from
 * Ben Lomond", "a boy born in Leeds"); the regular ones in -ed are found by their ending.
 */
export const PLACED_PARTICIPLES = set(`
  born held caught found seen taken flown driven hidden left kept brought stuck thrown shot hit
`);

/**
 * Past participles in neither "-ed" nor "-en" and not of IRREGULAR_PAST, most the same as the present: read as
 * participles only before "by" and their agent ("a woman hurt by", "a boy hit by", "a rider thrown by").
 */
export const BARE_PARTICIPLES =
  /^(beat|cut|hit|set|put|hurt|shut|split|spread|upset|struck|stung|thrown|shown|known|drawn|sworn|torn|grown|flown|overthrown|bound|fed|bred|bled)$/;

/** A past tense in lower case, regular or irregular: "stopped", "took" (and any word in -ed but -eed: "hundred"). */
export function pastTense(w: string): boolean {
  return /[^e]ed$/.test(w) || IRREGULAR_PAST.has(w);
}

/**
 * Countries, provinces and states that close organisations' names ("Statistics Canada", "Air Canada", "Hockey
 * Canada") and are nobody's surname. Names that are also surnames (Jordan, Israel, Holland, Ireland, Wales, France,
 * England, Washington, Montana) and first names (Georgia, Chad, Virginia, Carolina, Dakota, Indiana) are left out.
 */
export const COUNTRIES = set(`
  canada america mexico brazil argentina colombia peru venezuela ecuador bolivia uruguay paraguay haiti guatemala
  honduras nicaragua panama britain england scotland wales germany italy spain portugal netherlands belgium switzerland austria
  poland sweden norway denmark finland iceland greece russia ukraine belarus romania bulgaria hungary serbia croatia
  china japan korea india pakistan bangladesh afghanistan iran iraq syria lebanon egypt libya tunisia algeria morocco
  nigeria kenya ethiopia somalia sudan uganda ghana rwanda zimbabwe australia indonesia malaysia philippines vietnam
  thailand taiwan singapore ontario quebec alberta manitoba saskatchewan nunavut yukon newfoundland labrador scotia
  texas florida california ohio michigan illinois arizona oregon iowa utah kansas kentucky tennessee alabama
  louisiana arkansas oklahoma nebraska minnesota wisconsin massachusetts connecticut pennsylvania idaho wyoming
  colorado alaska hawaii vermont delaware maryland zealand arabia africa emirates lanka guinea
`);

/**
 * Words that open the names of places written in two words and open no person's name: "New Delhi", "San Marino", "Puerto
 * Rico", "Port Moresby", "Fort Worth", "Kuala Lumpur", "Buenos Aires", "Tel Aviv", "Addis Ababa", "Phnom Penh", "Saudi
 * Arabia", and the nouns of the land and the water that open them: "Lake Simcoe", "Mount Robson", "Lac Beauport" (a
 * surname only after a given name: "Sarah Lake", "Paul Mount") (not "Abu", "Costa" nor "Sri", which open people's names
 * too: "Sri Srinivasan"; nor "Hong", a Chinese and Korean surname, "Hong Lei"; nor "Santa", "Santo", "São"/"Sao" nor
 * "Nova", given names: "Santa Ono", "Nova Peris").
 */
export const PLACE_OPENERS = set(`new san puerto port fort kuala buenos tel addis phnom saudi lake mount lac`);

/**
 * Places written in two words that no place opener, compass point or country word marks, whose words are given names or
 * surnames elsewhere ("Hong Lei", "Costa", "Santa Ono"): the whole name, lower-cased. A place that speaks is its
 * government, never a he or a she ("Hong Kong said the talks had failed. … “…,” she said.").
 */
export const TWO_WORD_PLACES: ReadonlySet<string> = new Set(
  [
    ...set(`hong_kong sri_lanka costa_rica abu_dhabi el_salvador los_angeles las_vegas el_paso la_paz cape_town sierra_leone
    burkina_faso santa_fe santa_barbara santa_monica sao_paulo são_paulo rio_grande baton_rouge des_moines`),
  ].map((w) => w.replace(/_/g, ' ')),
);

/** Points of the compass, which open the names of places ("South Korea", "West Virginia"). */
export const COMPASS = /^(north|south|east|west)$/;

/**
 * The US states, lower-cased, with their AP abbreviations ("" for the eight AP spells out: Alaska, Hawaii, Idaho, Iowa,
 * Maine, Ohio, Texas, Utah) and postal codes: "new york" → ["N.Y.", "NY"], "ohio" → ["", "OH"].
 */
export const US_STATES: ReadonlyMap<string, readonly [string, string]> = new Map(
  `alabama:Ala.:AL alaska::AK arizona:Ariz.:AZ arkansas:Ark.:AR california:Calif.:CA colorado:Colo.:CO
  connecticut:Conn.:CT delaware:Del.:DE florida:Fla.:FL georgia:Ga.:GA hawaii::HI idaho::ID illinois:Ill.:IL
  indiana:Ind.:IN iowa::IA kansas:Kan.:KS kentucky:Ky.:KY louisiana:La.:LA maine::ME maryland:Md.:MD
  massachusetts:Mass.:MA michigan:Mich.:MI minnesota:Minn.:MN mississippi:Miss.:MS missouri:Mo.:MO montana:Mont.:MT
  nebraska:Neb.:NE nevada:Nev.:NV new_hampshire:N.H.:NH new_jersey:N.J.:NJ new_mexico:N.M.:NM new_york:N.Y.:NY
  north_carolina:N.C.:NC north_dakota:N.D.:ND ohio::OH oklahoma:Okla.:OK oregon:Ore.:OR pennsylvania:Pa.:PA
  rhode_island:R.I.:RI south_carolina:S.C.:SC south_dakota:S.D.:SD tennessee:Tenn.:TN texas::TX utah::UT
  vermont:Vt.:VT virginia:Va.:VA washington:Wash.:WA west_virginia:W.Va.:WV wisconsin:Wis.:WI wyoming:Wyo.:WY`
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [name, ap, postal] = entry.split(':') as [string, string, string];
      return [name.replace(/_/g, ' '), [ap, postal]] as const;
    }),
);

/**
 * Whether `abbr`, a state as a party tag writes it, is the US state `place`: its name, its AP abbreviation or its postal
 * code exactly ("Ga." or "GA" for "georgia", "N.Y." for "new york", never "N.Y." for "new jersey" nor "Ala." for "alaska").
 */
export function stateWritten(abbr: string, place: string): boolean {
  const forms = US_STATES.get(place);
  if (!forms) return false;
  // (the period may stand apart from the tag's letters: "Mo" and "." are "Mo.")
  const a = abbr.replace(/\s+/g, ' ').trim();
  const bare = a.replace(/\./g, '');
  return a.toLowerCase() === place || (forms[0] !== '' && bare === forms[0].replace(/\./g, '')) || bare === forms[1];
}

/**
 * Provinces, territories and a district as a dateline abbreviates them: "Washington, D.C.", "Prince George, B.C.",
 * "Regina, Sask.", "Gander, N.L.", "Iqaluit, Nvt.".
 */
const REGION_ABBREVIATIONS = set(`dc bc ont que sask alta man ns nb nl nfld pei nwt yt nvt`);

/**
 * Whether `phrase`, the words after a dateline's comma, is a region a place is in: a country, a province or a US state,
 * by name or abbreviation ("Nigeria", "New York", "Calif.", "D.C.", "B.C."); not an organisation's name ("Google").
 */
export function regionName(phrase: string): boolean {
  const lo = phrase.replace(/\s+/g, ' ').trim().toLowerCase();
  const bare = lo.replace(/[.\s]/g, '');
  if (COUNTRIES.has(lo) || NATION_COUNTRIES.has(lo) || US_STATES.has(lo) || REGION_ABBREVIATIONS.has(bare)) return true;
  if (/\s/.test(lo) && (COUNTRIES.has(lo.split(' ').pop()!) || NATION_COUNTRIES.has(lo.split(' ').pop()!))) return true;
  for (const [ap] of US_STATES.values()) if (ap !== '' && bare === ap.replace(/\./g, '').toLowerCase()) return true;
  return false;
}

/** Conjunctions that may open a reported clause when the main clause follows after a comma ("said that if the talks fail, …"). */
export const SUBORDINATORS = set(`if as since although though while when because once unless until before after`);

/**
 * Words that open a clause set before the main clause: "As Ortega spoke, …", "After the vote was counted, …", "Whenever
 * she ran, …", "Even as the count went on, …" (SUBORDINATORS with "whenever" and "even").
 */
export const OPENING_CLAUSE: ReadonlySet<string> = new Set([...SUBORDINATORS, 'whenever', 'even']);

/**
 * Words that open a short phrase of time, place or manner set before a sentence's subject: "For months, Lund has …",
 * "On Thursday, the Post …", "Under cross-examination, she …", "Later that day, he …".
 */
export const OPENING_PHRASE =
  /^(on|in|at|for|after|before|during|since|last|earlier|later|afterward|afterwards|this|over|from|under|inside|outside|throughout)$/;

// --- Quotation detection: links and captions (issue 12) ---

/** Capitalised labels that open a link or a caption, not a speaker: "READ MORE: “…”", "Photo: “…”". */
export const LINK_LABELS = set(
  `read more watch listen related see also photo photos image images picture pictures credit caption video graphic file top above below live pull quote`,
);

/** Lines the page puts between paragraphs, no part of the story (see pageNoiseLine in matcher.ts). */
export const PAGE_NOISE =
  /^(?:(?:story|article|content) continues? below(?: this)?(?: advertisement| ad)?|continue reading(?: below)?(?: the main story)?|article content|advertisement(?: \d+)?(?:\s*[·|-]\s*scroll to continue(?: with content)?)?|scroll to continue(?: with content)?|report (?:this )?ad|trending(?: now| stories)?|share this (?:article|story)(?: in your social network)?|share|save|image (?:source|credit), .{1,60}|(?:image|media) caption,?|cbc news loaded)$/i;

// --- Quotation detection: names and words in quotation marks (issue 12) ---

/** Verbs that name what follows in quotation marks, a name and not a quotation: "dubbed “…”", "a film titled “…”". */
export const NAMING_VERBS = set(`dubbed nicknamed titled entitled named labelled labeled branded termed`);

/** Nouns that, after a determiner, introduce a mentioned word or name: "the word “…”", "the slogan “…”". */
export const NAMING_NOUNS = set(
  `word words term terms phrase phrases slogan slogans motto label nickname name title headline hashtag refrain chorus lyric lyrics inscription epitaph epigraph tagline`,
);

/**
 * A player's position, which a sentence may open with before the player's name ("Forward Ana Reyes scored twice."), and
 * a person's noun after an age or other compound ("the 24-year-old centre", "the 6-foot-4 forward").
 */
export const POSITIONS =
  /^(forward|guard|defen[cs]em[ae]n|quarterback|halfback|fullback|tailback|linebacker|shortstop|goalie|centre|center|rookie|veteran|skip|lead|striker|midfielder|winger|goalkeeper|goaltender|pitcher|catcher|outfielder|infielder|reliever|defender|batter|batsman|batswoman|opener|wicketkeeper|spinner|seamer|paceman|flanker)$/;

/**
 * A performer's trade, the one list of them: before a stage name of one word ("singer Lumi", "rapper Kaysee", "DJ
 * Marlo") or in quotation marks ("said DJ “Kestrel.”", "said drummer “Big Tam,”"), in lower case or, an acronym, in
 * capitals ("DJ", "MC"). No company's trade ("oil producer Aramco" is no person).
 */
export const PERFORMER_TRADES =
  /^(singer|singer-songwriter|songwriter|songstress|rapper|musician|dj|mc|comedian|actor|actress|drummer|guitarist|bassist|pianist|violinist|cellist|vocalist|frontman|frontwoman|dancer|performer)$/;

/**
 * Trades of none of PERSON_SHAPE's shapes and not among SPEAKER_NOUNS, read as a role only directly before a name in
 * apposition ("Her co-worker, deli clerk Bernard Osei, said"); alone, "the clerk" or "the pilot" stays a description of
 * its own.
 */
export const TRADES = /^(clerk|cook|chef|pilot|steward|stewardess|barista|paralegal)$/;

/**
 * Nouns of a company's trade, the one list of them: first those that close a compound too ("maker" of "carmaker" and
 * "drugmaker", "builder" of "homebuilder"), then after "/" those that close none ("the airline", "the streamer", "the
 * chain"). COMPANY_TRADE_WORDS, COMPANY_TRADES, COMPANY_TRADE_HEADS and a business's trades (see brandBefore) come from
 * it; TRADE_GERUNDS ("Halden Refining") and TRADE_BEFORE_NAME ("Chipmaker Sorrelcore") are of shapes of their own.
 */
const [TRADE_SUFFIXES = [], TRADE_WORDS = []] = `
  maker retailer developer operator provider publisher insurer lender carrier producer distributor supplier builder
  manufacturer contractor exporter importer refiner brewer
  / airline streamer grocer miner broadcaster utility studio label chain exchange
`
  .split('/')
  .map(wordsOf);

/** Nouns of a company's trade that close no compound: "the airline", "the streamer", "the utility". */
export const TRADE_NOUNS: readonly string[] = TRADE_WORDS;

/** Nouns of a company's trade ("maker", "retailer", "publisher"): a company, no person (see NOT_PERSON_SHAPE). */
export const COMPANY_TRADE_WORDS = TRADE_SUFFIXES.join('|');

/**
 * The houses, troupes and events of the arts and entertainment, which announce and confirm as any organisation does: "…,
 * the studio confirmed Thursday", "The festival confirmed that …", "the band announced Monday". (Not "label", which is
 * also a product's: "…, the label warned"; see RECORD_LABEL.)
 */
export const ARTS_BODIES =
  /^(studio|streamer|band|festival|orchestra|choir|troupe|ensemble|theatre|theater|museum|gallery|venue|promoter)$/;

/** The words before "label" that make it a house of records, not a product's label: "her label announced", "the record label said". */
export const RECORD_LABEL = /^(record|music|his|her|their|its|'s|’s)$/;

/** A company's trade noun, a compound too: "lender", "carmaker", "drugmaker", "homebuilder". */
export const COMPANY_TRADES = new RegExp(`^[a-z]*(${COMPANY_TRADE_WORDS})$`);

/**
 * A company's trade noun, of COMPANY_TRADES or of TRADE_NOUNS, for a company named before: "a spokeswoman for the
 * airline said", "an analyst at the lender" (not "label", a product's too: see RECORD_LABEL).
 */
export const COMPANY_TRADE_HEADS = new RegExp(
  `^(?:[a-z]*(?:${COMPANY_TRADE_WORDS})|${TRADE_NOUNS.filter((w) => w !== 'label').join('|')})$`,
);

/**
 * A company's trade noun that opens a sentence or a headline before its name, no word of the name: "Chipmaker Sorrelcore
 * warns …", "Retailer Brightmart said …": a compound of a trade (a person's too, "Lawmaker", "Filmmaker", a title before a
 * name; and a surname's shape, "Shoemaker", "Shumaker", so only with a name after it), or a trade that no name is made
 * of (not "Carrier", "Producer", "Developer").
 */
export const TRADE_BEFORE_NAME = new RegExp(`^([a-z]{3,}(maker|builder|refiner)|retailer|insurer|lender|manufacturer|distributor)$`);

/**
 * The shape of a noun that names a person, as a description's head: an agent ("the Swedish striker", "the designer",
 * "the neurosurgeon"), a "-man" or "-woman", or one of a few nouns for what a person is ("the veteran", "the nominee").
 */
export const PERSON_SHAPE =
  /^(?:[a-z]{3,}(?:er|or|ist|ian|eon|man|woman|ee|aire|eur)|veteran|rookie|star|host|mogul|magnate|native|candidate|nominee|hopeful|democrat|republican|deckhand|farmhand|stagehand)$/;

/**
 * … but not these, which name things: "the newspaper", "the letter", "the chapter"; nor a company's trade ("a freight
 * carrier", "the developer", "the national grocer": Loblaw's, not its chief executive's words).
 */
export const NOT_PERSON_SHAPE = new RegExp(
  `(paper|letter|chapter|poster|(?<!rec)order|number|matter|cent(er|re)|computer|monitor|character|fl[iy]er|register|meter|water|winter|summer|power|corner|cover|answer|charter|(?<!p)layer|tower|border|banner|trailer|weather|${COMPANY_TRADE_WORDS}|broadcaster|miner|grocer|competitor|rival|partner)$`,
);

/** A lower-case noun of a person's shape and no thing's: "singer", "neurosurgeon", "player" (not "newspaper", "lender"). */
export function personShaped(lower: string): boolean {
  return PERSON_SHAPE.test(lower) && !NOT_PERSON_SHAPE.test(lower);
}

/** Sentence adverbs before a sentence's subject: "Meanwhile, …", "Moreover, …". */
export const OPENING_ADVERBS =
  /^(meanwhile|moreover|however|still|later|earlier|then|separately|instead|also|yet|now|today|yesterday|afterward|afterwards|first|second|third|next|again|indeed|thus|nevertheless|nonetheless|[a-z]+ly)$/;

/** Adverbs set off by commas between a subject and its verb: "The agency overseeing the port, meanwhile, said", "The
 * company, however, said" (a closed list: no noun in -ly). */
export const ASIDE_ADVERBS =
  /^(meanwhile|meantime|however|though|too|also|moreover|furthermore|nevertheless|nonetheless|instead|still|separately|similarly|likewise|indeed|ultimately|overall|now|then|later|earlier|previously|recently|initially|notably|publicly|privately|repeatedly)$/;

/** Nouns of counted things a source puts out, beside its documents: "figures released by", "estimates published by". */
export const FIGURES = /^(figures|numbers|statistics|estimates|projections|results|tallies|counts|records)$/;

/** Adverbs between a subject and its verb: "The judge also issued …", "The officer later told …". A closed list, so that a
 * noun ending in "-ly" ("rally", "supply", "assembly", "reply") is never taken for one. */
export const VERB_ADVERBS =
  /^(also|then|later|again|still|never|already|once|only|recently|previously|initially|finally|quickly|repeatedly|reportedly|allegedly|publicly|privately|briefly|formally|officially|immediately|subsequently|eventually|ultimately|originally|personally|directly|openly|flatly|firmly|strongly|sharply|quietly|swiftly|promptly|separately|specifically|explicitly|apparently|clearly|simply|actually|really|usually|generally|frequently|regularly|typically|certainly|effectively)$/;

/** Verbs that name or judge their object "as" something: "dismissed the account as “…”". */
export const AS_NAMING =
  /^(describ(e|es|ed|ing)|dismiss(es|ed|ing)?|characteri[sz](e|es|ed|ing)|condemn(s|ed|ing)?|denounc(e|es|ed|ing)|brand(s|ed|ing)?|label(s|led|ed|ling|ing)?|hail(s|ed|ing)?|decr(y|ies|ied|ying)|derid(e|es|ed|ing)|criticis(e|es|ed|ing)|criticiz(e|es|ed|ing)|slamm(ed|ing)|reject(s|ed|ing)?|portray(s|ed|ing)?|paint(s|ed|ing)?|attack(s|ed|ing)?|blast(s|ed|ing)?|defend(s|ed|ing)?|prais(e|es|ed|ing)|welcom(e|es|ed|ing))$/;

/** Words in -ing that are no participle ("during", "morning", "nothing"): see trailingClause (clauses.ts). */
export const NOT_PARTICIPLES =
  /^(during|morning|evening|nothing|something|anything|everything|spring|string|thing|things|ceiling|sibling|wedding|pudding|according|notwithstanding|including|excluding)$/;

/**
 * Reads "runs ran manages managed:manager owns owned:owner …": the verbs before each colon give the role after it.
 */
export const verbRoles = (text: string): Array<[string, string]> =>
  wordsOf(text).reduce<{ verbs: string[]; pairs: Array<[string, string]> }>(
    ({ verbs, pairs }, w) => {
      const [verb = '', role] = w.split(':');
      return role
        ? { verbs: [], pairs: [...pairs, ...[...verbs, verb].map((v): [string, string] => [v, role])] }
        : { verbs: [...verbs, verb], pairs };
    },
    { verbs: [], pairs: [] },
  ).pairs;

/**
 * Verbs of the work a person does, in the third person (and "founded"), and the role each gives: "Zorvan Keddle runs the
 * depot" is a person (names.ts, which adds "farms", "lives", "works"), "who runs the kitchen" is a manager (resolve.ts's
 * WORK_VERBS, which adds the past tenses and more verbs).
 */
export const PERSON_WORK_VERBS: ReadonlyMap<string, string> = new Map(
  verbRoles(`runs manages:manager owns:owner heads:head founded co-founded:founder coaches:coach teaches:teacher chairs:chair`),
);

/**
 * Verbs of meeting or speaking with someone, in the past or the third person, that a person is the subject of:
 * "Sanders met Mr. Trump", "Okafor visited the site" (names.ts, laterNamedSubject).
 */
export const MEETING_VERBS =
  /^(met|meets|visited|visits|greeted|greets|hosted|hosts|phoned|phones|telephoned|spoke|speaks|talked|talks|joined|joins|thanked|thanks|welcomed|welcomes)$/;

/** A regular plural's shape: three letters or more before an "s", none of them "-ss", "-us", "-is" ("workers", not "class", "bonus", "crisis"). */
const PLURAL_SHAPE = /^[a-z]{2,}[a-hj-rtv-z]s$/;

/** Whether a word in lower case has a regular plural's shape (see PLURAL_SHAPE): one test for what was written out in several places. */
export function pluralShape(lower: string): boolean {
  return PLURAL_SHAPE.test(lower);
}

/**
 * Is `lo` (in lower case) the regular plural of a word of `set`, one "s" added to a word that ends in no "s"
 * ("republicans", "senators", "daughters"; never a word in "-ss": "boss")? Irregular plurals ("women") a set lists itself.
 */
export function pluralIn(lo: string, set: ReadonlySet<string>): boolean {
  return /[^s]s$/.test(lo) && set.has(lo.slice(0, -1));
}

/**
 * Counts of the occasions of a saying, before "times" (speakers/clauses.ts, occasionsBefore): "said a number of times
 * that …", "has said several times that …", "said three times in an interview that …".
 */
export const OCCASION_COUNTS = set(
  `several many numerous multiple countless two three four five six seven eight nine ten dozen dozens couple few number handful hundreds`,
);
