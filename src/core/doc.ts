/**
 * The shared context of one analysis (`Doc`): the article's text and tokens, its sentences, which tokens
 * are quoted, the known-entity mentions and the people the text names. analyze() builds it once; the
 * finder of constructions (attribution.ts) and the speaker steps (speakers/) read it.
 *
 * Also the typed speaker key: who a construction's subject or a quotation's speaker is, an entity of the
 * dataset or a person the article names that the dataset does not know.
 */
import type { Token } from './tokenize';
import { splitSentences, type Sentences } from './sentences';
import { TokenSlab } from './slab';
import { KIND_ROLE, type Mention } from './matcher';
import type { MarkedQuote } from './quotes';
import { isTitleQuote, titleKey, TITLE_WORDS } from './quotes';
import type { CompiledIndex, EntityType } from './types';
import { type Gender, PeopleRegistry, type NameContext } from './names';

export interface Doc {
  text: string;
  tokens: ReadonlyArray<Token>;
  sents: Sentences;
  /** token inside a top-level quotation, marks included */
  quoted: Uint8Array;
  /** token inside a top-level quotation of three words or fewer (a scare quote, a name), marks included */
  scare: Uint8Array;
  /** titles the article puts in quotation marks (titleKey: lower case, no leading "the") */
  titles: ReadonlySet<string>;
  known: ReadonlyArray<Mention>;
  knownEndAt: ReadonlyMap<number, Mention>;
  knownStartAt: ReadonlyMap<number, Mention>;
  people: PeopleRegistry;
  nameCtx: NameContext;
  index: CompiledIndex;
  headings: ReadonlySet<number>;
}

/** A speaker the engine can name: an entity of the dataset (its index in `index.entities`) or a person the article names (its index in `people.people`). */
export type SpeakerKey = { readonly kind: 'entity'; readonly entity: number } | { readonly kind: 'person'; readonly person: number };

export const entityKey = (entity: number): SpeakerKey => ({ kind: 'entity', entity });
export const personKey = (person: number): SpeakerKey => ({ kind: 'person', person });

/** The key as a string, for maps and sets (the only place it is spelt). */
export function keyId(k: SpeakerKey): string {
  return k.kind === 'entity' ? `e${k.entity}` : `u${k.person}`;
}

/** What the record behind a key says: its type, gender and the role heads it is known by. */
export function keyType(doc: Doc, k: SpeakerKey): EntityType {
  return k.kind === 'entity' ? doc.index.entities[k.entity]!.type : doc.people.people[k.person]!.type;
}

/** The name of the record behind a key: "Telford Mining Corp.", "Lena Ward". */
export function keyName(doc: Doc, k: SpeakerKey): string {
  return k.kind === 'entity' ? doc.index.entities[k.entity]!.name : doc.people.people[k.person]!.name;
}

export function keyGender(doc: Doc, k: SpeakerKey): Gender {
  return k.kind === 'entity' ? doc.index.entities[k.entity]!.gender : doc.people.people[k.person]!.gender;
}

export function keyHeads(doc: Doc, k: SpeakerKey): Iterable<string> {
  return k.kind === 'entity' ? doc.index.entities[k.entity]!.roleHeads : doc.people.people[k.person]!.heads;
}

/** An unnamed description of a speaker: "a senior official", "the ministry's spokeswoman", "police". */
export interface Description {
  text: string;
  definite: boolean;
  head: string;
  group: boolean;
  gender: Gender;
}

export function sentStart(doc: Doc, i: number): number {
  return doc.sents.starts[doc.sents.sent[i]!]!;
}

export function sentEnd(doc: Doc, i: number): number {
  const next = doc.sents.starts[doc.sents.sent[i]! + 1];
  return (next ?? doc.tokens.length) - 1;
}

/**
 * The Doc of an article: which tokens the top-level quotations cover, its sentences (which never end inside
 * a quotation), and the people discovery finds among the names the dataset does not know. `lowerWords`: the words
 * the tokens write in lower case, as tokenize() collects them (without it, read from the tokens).
 */
export function makeDoc(
  text: string,
  tokens: ReadonlyArray<Token>,
  known: ReadonlyArray<Mention>,
  top: ReadonlyArray<MarkedQuote>,
  index: CompiledIndex,
  headings: ReadonlySet<number>,
  lowerWords?: ReadonlySet<string>,
): Doc {
  const ranges: Array<[number, number]> = [];
  for (const q of top) {
    for (const s of q.segments) ranges.push([s.start - 1, s.end + 1]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const inQuote = (off: number): boolean => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (off < r[0]) hi = mid - 1;
      else if (off >= r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  // (every per-token array of the Doc from one buffer, see TokenSlab: one Int32Array, the sentences' ids; seven
  // Uint8Arrays, quoted, scare and covered here, the sentences' openings, and discovery's name words and its two memos
  // of given names)
  const slab = new TokenSlab(tokens.length, 1, 7);
  const quoted = slab.uint8();
  let endsInOrder = true;
  for (let r = 1; r < ranges.length && endsInOrder; r++) endsInOrder = ranges[r]![1] >= ranges[r - 1]![1];
  if (endsInOrder) {
    // Tokens and ranges are both in text order: one walk over the two answers inQuote for every token, where a binary
    // search per token cost more. (With their ends in order too, an offset is inside some range exactly when it is
    // inside the first range that ends after it.)
    let r = 0;
    for (let i = 0; i < tokens.length && r < ranges.length; i++) {
      const at = tokens[i]!.start;
      while (r < ranges.length && at >= ranges[r]![1]) r++;
      if (r < ranges.length && at >= ranges[r]![0]) quoted[i] = 1;
    }
  } else for (let i = 0; i < tokens.length; i++) if (inQuote(tokens[i]!.start)) quoted[i] = 1;
  // a name or title in quotation marks (three words or fewer, each capitalised: the "Blue House" compound)
  // is no quotation: it may sit inside reported speech, and it is not reported as a partial quote there
  const scare = slab.uint8();
  // (an array literal filled by push, not filter().map(): the array map() makes when no quotation is a title has
  // another elements kind than a filled one, and makeDoc was thrown out and optimised again on every change of the two)
  const shortRanges: Array<readonly [number, number]> = [];
  for (const q of top) if (isTitleQuote(q, text)) shortRanges.push([q.segments[0]!.start - 1, q.segments[0]!.end + 1]);
  if (shortRanges.length > 0) {
    let r = 0;
    for (let i = 0; i < tokens.length && r < shortRanges.length; i++) {
      const at = tokens[i]!.start;
      while (r < shortRanges.length && at >= shortRanges[r]![1]) r++;
      if (r < shortRanges.length && at >= shortRanges[r]![0]) scare[i] = 1;
    }
  }
  const sents = splitSentences(tokens, quoted, slab);

  // names the dataset does not know
  const covered = slab.uint8();
  for (const m of known) if (m.kind !== KIND_ROLE) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  let lowerSeen = lowerWords;
  if (lowerSeen === undefined) {
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.word && t.cap === 0) seen.add(t.lower);
    }
    lowerSeen = seen;
  }
  // titles in quotation marks ("The Great Big Lie"): the same words later before "say" are no speaker
  const titles = new Set(top.filter((q) => q.segments.length === 1 && TITLE_WORDS.test(q.text.trim())).map((q) => titleKey(q.text)));
  const nameCtx: NameContext = { tokens, text, covered, initial: sents.initial, lowerSeen, quoted, titles, slab };
  const people = new PeopleRegistry(nameCtx);
  people.discover();

  const knownEndAt = new Map<number, Mention>();
  const knownStartAt = new Map<number, Mention>();
  for (const m of known) {
    const e = knownEndAt.get(m.last);
    if (!e || m.kind === KIND_ROLE || m.first < e.first) knownEndAt.set(m.last, m);
    const s = knownStartAt.get(m.first);
    if (!s || m.last > s.last) knownStartAt.set(m.first, m);
  }
  return { text, tokens, sents, quoted, scare, titles, known, knownEndAt, knownStartAt, people, nameCtx, index, headings };
}
