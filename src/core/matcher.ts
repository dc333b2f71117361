/**
 * The name matcher: an alias trie compiled ahead of time from the entity registry (compileIndex), and a walk
 * of that trie from every word start of the article (findMentions). The walk's depth is bounded by the longest
 * alias in words, and each step is one hash lookup per key form of the word, so the cost is linear in the text
 * and flat in the dictionary size.
 *
 * Rules: full names and aliases anywhere; a surname alone only after a first full mention (or right after a
 * title: "President Putin"); possessives ('s, ’s) are separate tokens, so "Putin's" matches "Putin"; spelling
 * variants and accents meet in foldWord(); whole words only; leftmost-longest. Role phrases ("the Kremlin
 * spokesman") are a second, independent layer resolved only where one person fits.
 */
import type { Article, CompiledEntity, CompiledIndex, EntityHit, EntityRecord, Span, TrieNode } from './types';
import { tokenize, type Token } from './tokenize';
import {
  COMMON_WORDS,
  COUNTRIES,
  DAYS_MONTHS,
  DEMONYMS,
  FEMALE_NOUNS,
  LINK_LABELS,
  MALE_NOUNS,
  PAGE_NOISE,
  SPEECH_VERBS,
  TITLES,
} from './lexicon';
import { genderOfFirstName, isGivenName } from './names';

export const KIND_NAME = 0;
export const KIND_SURNAME = 1;
export const KIND_ROLE = 2;

/** The single key an alias word compiles to: its case form is a constraint on the text. */
function aliasKey(t: Token): string {
  return (t.cap === 2 ? '#' : t.cap === 1 ? '^' : '=') + t.key;
}

function aliasTokens(alias: string): Token[] {
  let s = alias.trim();
  if (/^the\s/i.test(s) && !/^the\s+\p{Ll}/u.test(s.slice(4))) {
    // "The Associated Press" matches "the Associated Press" and "Associated Press"; role phrases keep "the".
    if (/^The\s/.test(s)) s = s.slice(4).trim();
  }
  return tokenize(s, [{ start: 0, end: s.length }]).filter((t) => t.word);
}

function roleHeads(e: EntityRecord): string[] {
  const heads = new Set<string>();
  for (const r of e.roles) {
    const words = r.title
      .toLowerCase()
      .split(/[^a-z-]+/)
      .filter(Boolean);
    const last = words[words.length - 1];
    if (last) heads.add(last);
    for (const w of words) if (FEMALE_NOUNS.has(w) || MALE_NOUNS.has(w) || w === 'spokesperson') heads.add(w);
  }
  return [...heads].sort();
}

/** Compile the registry into the alias trie (JSON-serialisable; the page loads it and never rebuilds it). */
export function compileIndex(entities: ReadonlyArray<EntityRecord>): CompiledIndex {
  const nodes: TrieNode[] = [{}];
  const compiled: CompiledEntity[] = [];
  const insert = (alias: string, entity: number, kind: number): void => {
    const toks = aliasTokens(alias);
    if (toks.length === 0) return;
    let node = 0;
    for (const t of toks) {
      const key = aliasKey(t);
      const n = nodes[node]!;
      const c = (n.c ??= {});
      let child = c[key];
      if (child === undefined) {
        child = nodes.length;
        nodes.push({});
        c[key] = child;
      }
      node = child;
    }
    const leaf = nodes[node]!;
    const code = entity * 4 + kind;
    const p = (leaf.p ??= []);
    if (!p.includes(code)) p.push(code);
  };
  entities.forEach((e, i) => {
    compiled.push({ id: e.id, type: e.type, name: e.name, gender: e.gender ?? null, roleHeads: roleHeads(e) });
    for (const a of [e.name, ...e.aliases]) insert(a, i, KIND_NAME);
    if (e.type === 'person') {
      const surnames = e.surnames ?? [e.name.split(/\s+/).pop() ?? e.name];
      for (const s of surnames) insert(s, i, KIND_SURNAME);
    }
    for (const r of e.roles) for (const ph of r.phrases) insert(ph, i, KIND_ROLE);
  });
  return { version: 1, entities: compiled, nodes };
}

/** A matched mention before grouping. */
export interface Mention extends Span {
  entity: number;
  kind: number;
  /** first and last word token index */
  first: number;
  last: number;
}

interface Candidate {
  first: number;
  last: number;
  codes: number[];
}

/** Frontier buffers of the trie walk, reused across calls (the walk allocates only when it finds something). */
let bufA = new Int32Array(16);
let bufB = new Int32Array(16);
let walkName: Candidate | null = null;
let walkRole: Candidate | null = null;

function collect(nodes: ReadonlyArray<TrieNode>, buf: Int32Array, n: number, i: number, j: number): void {
  let names: number[] | null = null;
  let roles: number[] | null = null;
  for (let x = 0; x < n; x++) {
    const p = nodes[buf[x]!]!.p;
    if (!p) continue;
    for (const code of p) {
      if ((code & 3) === KIND_ROLE) (roles ??= []).push(code);
      else (names ??= []).push(code);
    }
  }
  if (names) walkName = { first: i, last: j, codes: names };
  if (roles) walkRole = { first: i, last: j, codes: roles };
}

/** The root's children a word with these trie keys leads to (null: it starts no alias). */
function firstStep(rootC: Readonly<Record<string, number>>, keys: ReadonlyArray<string>): Int32Array | null {
  let out: number[] | null = null;
  for (let x = 0; x < keys.length; x++) {
    const child = rootC[keys[x]!];
    if (child !== undefined) (out ??= []).push(child);
  }
  return out ? Int32Array.from(out) : null;
}

/**
 * Walk the trie from token i, whose first step (the root's children it leads to) is given; sets
 * walkName / walkRole to the longest name and role matches (or null).
 */
function walk(tokens: ReadonlyArray<Token>, i: number, nodes: ReadonlyArray<TrieNode>, first: Int32Array): void {
  walkName = null;
  walkRole = null;
  collect(nodes, first, first.length, i, i);
  // the frontier: the first step (the caller's, never written to), then bufA and bufB in turn
  let cur: Int32Array = first;
  let n = first.length;
  let intoA = true;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.word) {
      // the period of an initial: "Donald J. Trump"
      const prev = tokens[j - 1]!;
      if (t.raw === '.' && prev.raw.length === 1 && prev.end === t.start) continue;
      break;
    }
    if (t.gap) break;
    const ks = t.keys;
    let out = intoA ? bufA : bufB;
    let m = 0;
    for (let x = 0; x < n; x++) {
      const c = nodes[cur[x]!]!.c;
      if (!c) continue;
      for (let y = 0; y < ks.length; y++) {
        const child = c[ks[y]!];
        if (child === undefined) continue;
        if (m === out.length) {
          const grown = new Int32Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[m++] = child;
      }
    }
    if (intoA) bufA = out;
    else bufB = out;
    if (m === 0) break;
    collect(nodes, out, m, i, j);
    cur = out;
    n = m;
    intoA = !intoA;
  }
}

/**
 * What matchTokens keeps of an index between articles (a compiled index is never changed): the words (keys without their
 * case mark) that start an alias in some case form, and the first steps by keys array. Kept per index, so that two
 * indexes used in turn (the bench's sizes, a page's and a test's) each keep theirs.
 */
interface IndexMemo {
  rootWords: Set<string>;
  steps: Map<ReadonlyArray<string>, Int32Array | null>;
}
const memos = new WeakMap<CompiledIndex, IndexMemo>();
const STEPS_LIMIT = 50_000;

/**
 * The word of a creed before a one-word party name makes another party: "the Liberal Democrats", "the Social
 * Democrats", "the Christian Democrats", "the Young Republicans", Canada's "New Democrats" are not the Democratic or Republican Party.
 */
const PARTY_QUALIFIER = /^(liberal|social|christian|free|progressive|young|new)$/;

export interface MatchOptions {
  /** paragraphs that are headings (titles): a surname there counts when the full name occurs anywhere */
  headingParas?: ReadonlySet<number>;
  /** the words the tokens write in lower case, as tokenize() collected them (else read from the tokens when needed) */
  lowerWords?: ReadonlySet<string>;
}

/** Find known-entity mentions in tokenised text. */
export function matchTokens(text: string, tokens: ReadonlyArray<Token>, index: CompiledIndex, opts: MatchOptions = {}): Mention[] {
  const nodes = index.nodes;
  const names: Candidate[] = [];
  const roles: Candidate[] = [];
  let nameNext = 0;
  let roleNext = 0;
  const rootC = nodes[0]?.c ?? {};
  // Most words start no alias: the walk would find nothing. Where a word leads from the root is asked
  // once per distinct word (tokens of one word share their keys array), and kept for the next articles
  // matched against the same index: a large dictionary's root table is touched a few hundred times, not
  // once per token, so its size costs little.
  let memo = memos.get(index);
  if (!memo) {
    memo = { rootWords: new Set(Object.keys(rootC).map((k) => k.slice(1))), steps: new Map() };
    memos.set(index, memo);
  } else if (memo.steps.size >= STEPS_LIMIT) memo.steps = new Map();
  const { rootWords, steps } = memo;
  // (the set the surname tests below ask of, when tokenize() already collected it: no second pass over the tokens; held
  // for this call only, not in the WeakMap, whose entry for a new token list at each call cost more than the rest of
  // the call's setup)
  lowerTokens = opts.lowerWords === undefined ? null : tokens;
  lowerWordsNow = opts.lowerWords ?? null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.key === "'s") continue;
    // (a word that starts no alias in any case form needs no lookup of its keys: the set of such first words is small,
    // and the table of steps large)
    if (!rootWords.has(t.key)) continue;
    let first = steps.get(t.keys);
    if (first === undefined) {
      first = firstStep(rootC, t.keys);
      steps.set(t.keys, first);
    }
    if (first === null) continue;
    walk(tokens, i, nodes, first);
    const n = walkName;
    const r = walkRole;
    if (n && i >= nameNext) {
      names.push(n);
      nameNext = n.last + 1;
    }
    if (r && i >= roleNext) {
      roles.push(r);
      roleNext = r.last + 1;
    }
  }

  const out: Mention[] = [];
  const introduced = new Set<number>();
  const fullAnywhere = new Set<number>();
  for (const c of names) for (const code of c.codes) if ((code & 3) === KIND_NAME) fullAnywhere.add(code >> 2);
  const nameEnds = new Set(names.map((c) => c.last));
  const mk = (c: Candidate, entity: number, kind: number): Mention => {
    const s = tokens[c.first]!.start;
    const e = tokens[c.last]!.end;
    return { start: s, end: e, text: text.slice(s, e), entity, kind, first: c.first, last: c.last };
  };
  // names in text order; then roles, which may overlap names ("Putin's spokesman")
  for (const c of names) {
    const full = c.codes.filter((x) => (x & 3) === KIND_NAME).map((x) => x >> 2);
    if (full.length > 0) {
      const qualifier = tokens[c.first - 1];
      if (c.first === c.last && qualifier?.word && qualifier.cap === 1 && !tokens[c.first]!.gap && PARTY_QUALIFIER.test(qualifier.lower))
        continue;
      const e = full.find((x) => introduced.has(x)) ?? full[0]!;
      // (an organisation's name owned by another place than the one it names is another body: "Talsen's Foreign
      // Ministry" is no Russian Foreign Ministry, "Russia's Foreign Ministry" is)
      // (nor one a nation's adjective or a country's name opens: "the Chinese Foreign Ministry", "the Ukraine Foreign
      // Ministry")
      const possessive = tokens[c.first - 1]?.key === "'s";
      const owner = possessive ? tokens[c.first - 2] : tokens[c.first - 1];
      if (
        owner?.word &&
        owner.cap > 0 &&
        (possessive || DEMONYMS.has(owner.lower) || COUNTRIES.has(owner.lower)) &&
        index.entities[e]!.type === 'organization' &&
        !index.entities[e]!.name.toLowerCase().includes(owner.lower)
      )
        continue;
      // (nor a place a word of the compass opens, another place: "North America" is no America, "South Korea" no Korea)
      if (
        qualifier?.word &&
        qualifier.cap === 1 &&
        !tokens[c.first]!.gap &&
        COMPASS_PLACES.test(qualifier.lower) &&
        index.entities[e]!.type === 'place' &&
        !index.entities[e]!.name.toLowerCase().includes(qualifier.lower)
      )
        continue;
      // (nor a place of one word right after a given name, its surname: "Councilmember Tyrell Washington said")
      if (c.first === c.last && index.entities[e]!.type === 'place' && !nameEnds.has(c.first - 1) && givenBefore(tokens, c.first)) continue;
      introduced.add(e);
      out.push(mk(c, e, KIND_NAME));
      continue;
    }
    const sur = c.codes.map((x) => x >> 2);
    const prev = tokens[c.first - 1];
    const titled = prev !== undefined && prev.word && TITLES.has(prev.lower);
    const heading = opts.headingParas?.has(tokens[c.first]!.para) ?? false;
    const e = sur.find((x) => introduced.has(x)) ?? sur.find((x) => (titled || heading) && fullAnywhere.has(x));
    // (a word that ends another name, "In Moscow Putin said", is no first name)
    if (e !== undefined && (nameEnds.has(c.first - 1) || !otherFirstName(tokens, c.first, index.entities[e]!.name)))
      out.push(mk(c, e, KIND_SURNAME));
  }
  const named = new Set(out.map((m) => m.entity));
  for (const c of roles) {
    const before = tokens[c.first - 1];
    if (before && before.word && (before.lower === 'a' || before.lower === 'an' || before.lower === 'former')) continue;
    let cands = [...new Set(c.codes.map((x) => x >> 2))];
    if (cands.length > 1) cands = cands.filter((x) => named.has(x));
    // (a role right before a name of two capitalised words that is not its holder's names someone else who holds it:
    // "Kremlin spokesman Dmitry Pavlenkov told reporters" is no mention of the dataset's Kremlin spokesman)
    const n1 = tokens[c.last + 1];
    const n2 = tokens[c.last + 2];
    if (cands.length !== 1) continue;
    const other =
      !!n1?.word &&
      n1.cap === 1 &&
      !!n2?.word &&
      n2.cap > 0 &&
      !n1.gap &&
      !DAYS_MONTHS.has(n1.lower) &&
      !out.some((m) => m.first === c.last + 1 && m.kind !== KIND_ROLE && m.entity === cands[0]);
    if (!other) out.push(mk(c, cands[0]!, KIND_ROLE));
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  lowerTokens = null;
  lowerWordsNow = null;
  return out;
}

/** Words of the compass and of a region that open another place's name before a place's: "North America", "South Korea". */
const COMPASS_PLACES = /^(north|south|east|west|central|latin|northern|southern|eastern|western|upper|lower)$/;

/**
 * Whether the surname at token `first` follows a first name other than its entity's: "Melania Trump", "Heidi Cruz"
 * are others of the family. A capitalised word counts as a first name when it is a known one or stands inside a
 * sentence; one spelt with the same initial as the entity's own may be a transliteration ("Dmitrii Peskov").
 */
function otherFirstName(tokens: ReadonlyArray<Token>, first: number, name: string): boolean {
  const prev = tokens[first - 1];
  if (!nameWordBefore(prev)) return false;
  if (prev.lower.charAt(0) === name.charAt(0).toLowerCase()) return false;
  const before = tokens[first - 2];
  const opens = !before || before.para !== prev.para || /^[.!?:;"“”'‘’«»—–-]$/.test(before.raw);
  // opening a sentence, a word the article never writes in lower case: "Melania Trump tells …" (not "Yesterday Trump")
  return genderOfFirstName(prev.raw) !== null || !opens || !lowerCaseWords(tokens).has(prev.lower);
}

/**
 * Whether the word before token `first` is a given name of the lists, written capitalised and tight before it, that the
 * article never writes in lower case and that is no title, nationality, country, date or common word: "Tyrell" of
 * "Tyrell Washington" (not "In Washington", "Kerry in Washington", "May Washington …").
 */
function givenBefore(tokens: ReadonlyArray<Token>, first: number): boolean {
  const prev = tokens[first - 1];
  return (
    nameWordBefore(prev) &&
    !tokens[first]!.gap &&
    prev.para === tokens[first]!.para &&
    isGivenName(prev.raw) &&
    !COUNTRIES.has(prev.lower) &&
    !lowerCaseWords(tokens).has(prev.lower)
  );
}

/** A capitalised word of two letters or more that is no title, common word, nationality, day or month: a first name's shape. */
function nameWordBefore(prev: Token | undefined): prev is Token {
  return (
    !!prev?.word &&
    prev.cap === 1 &&
    prev.raw.length > 1 &&
    !TITLES.has(prev.lower) &&
    !COMMON_WORDS.has(prev.lower) &&
    !DEMONYMS.has(prev.lower) &&
    !DAYS_MONTHS.has(prev.lower)
  );
}

const lowerSeen = new WeakMap<ReadonlyArray<Token>, ReadonlySet<string>>();
/** The token list matchTokens() is reading and its words in lower case, when tokenize() collected them (else null). */
let lowerTokens: ReadonlyArray<Token> | null = null;
let lowerWordsNow: ReadonlySet<string> | null = null;
/** The words an article writes in lower case somewhere (computed once per token list, or as tokenize() collected them). */
function lowerCaseWords(tokens: ReadonlyArray<Token>): ReadonlySet<string> {
  if (tokens === lowerTokens && lowerWordsNow !== null) return lowerWordsNow;
  let set = lowerSeen.get(tokens);
  if (!set) {
    const seen = new Set<string>();
    for (const t of tokens) if (t.word && t.cap === 0) seen.add(t.lower);
    lowerSeen.set(tokens, seen);
    set = seen;
  }
  return set;
}

/**
 * A photo credit or caption label closing a paragraph: "… Photograph: Jo Vale/AP", "… Photo: Reuters",
 * "… (AP Photo/Jo Vale)".
 */
const PHOTO_CREDIT =
  /\s*(?:\b(?:Photograph|Photo|Photos|Picture|Image|Illustration|Credit)s?:\s*[^.!?:;]{1,80}|\((?:AP |Reuters |AFP )?Photo\b[^)]{0,80}\))$/;

/**
 * Paragraphs that read as headings: short, no closing punctuation (a sentence followed by a photo credit is none); a
 * closing quotation mark right after a word is none either, as headlines quote a phrase last: 'China warns of
 * "consequences"', "Talks 'at final stage', minister says" (not '… said “We will win.”').
 */
export function headingParagraphs(article: Article): Set<number> {
  const out = new Set<number>();
  // (each paragraph cut from the text and trimmed once, for both kinds of heading)
  const paras = article.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const s = article.text.slice(p.start, p.end).trim();
    if ((shortHeading(s) && !(i > 0 && framedWithoutStop(s))) || quotedSubhead(s) || linkLine(s)) out.add(i);
  }
  return out;
}

/**
 * A body paragraph that is a quotation closed with a comma, a question or an exclamation mark and a short frame with a
 * verb of speaking, its final full stop dropped as web copy often does: '“We opened the doors,” said Mrs Okafor',
 * '“Why now?” Ana Roy asked', '“…,” she said'. It is a sentence, not a heading (the headline, paragraph 0, stays one).
 */
function framedWithoutStop(s: string): boolean {
  const m = /^[“"«‘'][^]*?[,!?][”"»’']\s+([^“”"«»]{1,60})$/u.exec(s);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  // (a name, a pronoun or a determined noun speaks: a subhead's bare role, '“We will fight,” says union chief', stays one)
  return (
    words.length <= 6 &&
    words.some((w) => SPEECH_VERBS.has(w.toLowerCase())) &&
    words.some((w) => /^\p{Lu}/u.test(w) || /^(he|she|they|the|a|an)$/.test(w))
  );
}

/** A short paragraph without closing punctuation (see headingParagraphs). */
function shortHeading(s: string): boolean {
  // (seventeen words need sixteen runs of spaces and fifteen words between them: a shorter line is not split to count them)
  if (s.length === 0 || s.length >= 120 || (s.length > 30 && s.split(/\s+/).length > 16)) return false;
  // (a paragraph that is all one quotation stays a quotation: '"We will not be bullied"')
  // (nor a speaker's name before a colon and the quotation: "Han Ji-won: 'I wanted to write about my grandmother'")
  // (a closing bracket ends a sentence as a parenthesis does: '"C'est inacceptable," said Ana Roy. [It's unacceptable.]')
  if (/[.!?:;)\]]$/.test(s) || (/["”’'»]$/.test(s) && (!/[\p{L}\p{N}]["”’'»]$/u.test(s) || /^["“«‘']/.test(s) || /:\s*["“«‘']/.test(s))))
    return false;
  // (nor a quotation signed with a dash: "“Music is the silence between the notes.” — Anselm Grau")
  if (SIGNED_QUOTATION.test(s)) return false;
  const credited = s.replace(PHOTO_CREDIT, '');
  return !(credited !== s && /[.!?"”’»]$/.test(credited));
}

/** A paragraph that is a quotation and, after a dash, who said it (no stop after the name). */
const SIGNED_QUOTATION = /^[“"«‘'].+[”"»’]\s*[-–—―]{1,2}\s*\p{Lu}[^.!?]*$/u;

/**
 * A link to another story or a caption under a label: "READ MORE: …", "Related: …", "See also: …", "WATCH: …",
 * "Photo: …", "WATCH | …", "WATCH ABOVE: …", "Read more: …" (one to three words of LINK_LABELS, the first capitalised, then a colon or a bar). Its words are another page's headline, not
 * this story's.
 */
export function linkLine(s: string): boolean {
  // (asked of every paragraph: most have neither a colon nor a bar, and need no pattern; a label alone is short)
  if (s.indexOf(':') < 0 && s.indexOf('|') < 0 && s.length > 24) return false;
  // (the first word capitalised, the others in either case: "Read more: …", "See also: …"; or the label alone, the
  // links on lines of their own after it or dropped by the extraction: "READ MORE:", "Read more")
  const m = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,2})(?:(?::|\s+\|)(?:\s|$)|\s*$)/u.exec(s);
  return m !== null && m[1]!.split(/\s+/).every((w) => LINK_LABELS.has(w.toLowerCase()));
}

/**
 * A line the page puts between paragraphs, no part of the story: "Story continues below advertisement" (Global News),
 * "Article content" and "Advertisement 2" (Postmedia), "Advertisement · Scroll to continue", "Trending Now", "Share
 * this article", "Image source, …" and "Image caption," (BBC), "CBC News Loaded".
 */
export function pageNoiseLine(s: string): boolean {
  return PAGE_NOISE.test(s.trim());
}

/**
 * A subhead set in quotation marks: a short paragraph that is one quotation in title case, "‘All Bets Are Off.’",
 * "“Legend in the Coal Fields.”" (the section heads of some papers). Two to eight words, each word of four letters or
 * more capitalised, one phrase; no speech: a quotation alone in its paragraph takes a speaker from its neighbours.
 */
export function quotedSubhead(s: string): boolean {
  const m = /^[“"‘'«]([^“”"«»]+?)[.!?]?[”"’'»]$/.exec(s);
  // one phrase: no quotation marks of its own, no sentence ending inside ("“Alden. And…Other Alden.”" is dialogue)
  if (!m || /(^|\s)[‘']|[’'](\s|$)|[.!?…]/.test(m[1]!)) return false;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w)) && words.some((w) => /^\p{Lu}\p{L}{3,}/u.test(w));
}

/** Group mentions by entity, in order of first mention. */
export function groupMentions(mentions: ReadonlyArray<Mention>, index: CompiledIndex): EntityHit[] {
  const byEntity = new Map<number, EntityHit>();
  for (const m of mentions) {
    let hit = byEntity.get(m.entity);
    if (!hit) {
      const e = index.entities[m.entity]!;
      hit = { id: e.id, name: e.name, type: e.type, mentions: [] };
      byEntity.set(m.entity, hit);
    }
    hit.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byEntity.values()];
}

/** Public entry: the known entities mentioned in an article. */
export function findMentions(article: Article, index: CompiledIndex): EntityHit[] {
  const tokens = tokenize(article.text, article.paragraphs);
  return groupMentions(matchTokens(article.text, tokens, index, { headingParas: headingParagraphs(article) }), index);
}
