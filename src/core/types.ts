/**
 * Shared types of the Sourcelight engine. Pure data: no DOM, no browser APIs.
 * Everything the content script, the background, the popup, the CLI and the tests
 * exchange about an article is one of these shapes.
 */

/* ------------------------------------------------------------------ dataset */

export type EntityType = 'person' | 'organization' | 'place' | 'event';

/** A role a person held, with the dates the stories give. */
export interface Role {
  /** e.g. "Kremlin spokesman" */
  title: string;
  /** Phrases that refer to the holder in a text: "the Kremlin spokesman", "Putin's spokesman". */
  phrases: string[];
  /** ISO date (YYYY-MM-DD) from which the stories attest the role, or null. */
  from: string | null;
  /** ISO date until which the role is attested, or null when current / unknown. */
  to: string | null;
}

/** One entry of the entity registry (data/entities.json). */
export interface EntityRecord {
  /** kebab-case, stable: "dmitry-peskov" */
  id: string;
  type: EntityType;
  /** canonical display name: "Dmitry Peskov" */
  name: string;
  /** other full forms and transliteration variants matched as written: "Dmitri Peskov", "Sergei Karyakin" */
  aliases: string[];
  /** persons: the surname(s) matched alone after a first full mention, e.g. ["Peskov"] */
  surnames?: string[];
  roles: Role[];
  /** one line written from the stories */
  description: string;
  /** aliases this entity knowingly shares with another entity (allowed by the validator) */
  ambiguous?: string[];
  /** persons: grammatical gender as the stories refer to them (he / she), for pronoun resolution */
  gender?: 'male' | 'female';
}

/* --------------------------------------------------------------- analysis */

/** A half-open UTF-16 range [start, end) into Article.text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The engine's input: the article's text and its paragraphs as ranges into it. */
export interface Article {
  text: string;
  paragraphs: Array<{ start: number; end: number }>;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  url?: string | null;
}

/** A person, organisation, place or event found in the article. */
export interface EntityHit {
  /** dataset id, or null for a person the dataset does not know */
  id: string | null;
  /** the canonical name (dataset) or the fullest name the article gives */
  name: string;
  type: EntityType;
  mentions: Span[];
}

export interface Speaker {
  /** fullest name the article gives, or the description of an unnamed speaker ("a Trump spokeswoman") */
  name: string;
  entityId: string | null;
  /** the words that attribute the quote ("Peskov", "he", "the Kremlin spokesman"), or null */
  mention: Span | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  /** the quoted words without their enclosing marks (for a multi-paragraph quote: the whole run) */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker;
  /** [0, 1] */
  confidence: number;
  /** index into Article.paragraphs of the paragraph where the quote starts */
  paragraph: number;
}

export interface Analysis {
  entities: EntityHit[];
  quotes: Quote[];
}

/* ----------------------------------------------------------- compiled index */

/** An entity as the compiled index carries it: what the page needs to name and resolve it. */
export interface CompiledEntity {
  id: string;
  type: EntityType;
  name: string;
  /** grammatical gender for he/she, where the registry gives it */
  gender: 'male' | 'female' | null;
  /** head nouns of its role titles ("spokesman", "president"), for "the spokesman said" */
  roleHeads: string[];
}

/** One trie node: children by token key, and the entries that end here. */
export interface TrieNode {
  /** child node index by token key; keys are "=" + folded word (any case), "^" + folded (capitalised), "#" + folded (all capitals) */
  c?: Record<string, number>;
  /** entries ending here: entityIndex * 4 + kind (0 name or alias, 1 surname, 2 role phrase) */
  p?: number[];
}

/**
 * The alias index, compiled ahead of time from the registry (compileIndex) and shipped as JSON.
 * A trie over folded word keys, walked from word starts: cost linear in the text, flat in the dictionary size.
 */
export interface CompiledIndex {
  version: 1;
  entities: CompiledEntity[];
  nodes: TrieNode[];
}
