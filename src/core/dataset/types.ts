/**
 * Types of the story dataset: the source files in data/ (as validated), and the compiled
 * bundle the extension ships (build/data/bundle.json) with the names payload the content
 * script carries (build/data/names.json). Pure data.
 */
import type { Analysis, Article, EntityRecord, EntityType, QuoteKind } from '../types';

/* ------------------------------------------------------------------ sources */

/** data/stories/<id>.json */
export interface StoryMeta {
  /** kebab-case, equals the file's base name */
  id: string;
  outlet: string;
  /** null where the headline is not known: never invented */
  headline: string | null;
  /** YYYY-MM-DD */
  date: string;
  url: string | null;
  byline: string | null;
  /** BCP 47 primary tag, e.g. "en" */
  language: string;
  /** the file this story was copied from, where known */
  origin?: string | null;
  /** free notes on where the facts come from */
  notes?: string | null;
}

/** data/coverage.json: other outlets' reports of the same events. */
export interface CoverageSource {
  id: string;
  /** the outlet whose report it is ("Reuters") */
  outlet: string;
  /** the site that (re)published it at `url`, when not the outlet itself ("National Memo") */
  via: string | null;
  headline: string | null;
  date: string | null;
  url: string | null;
  byline: string | null;
  /** what the report covers, in a line */
  covers: string;
  /** entity ids (any type but event) */
  entities: string[];
  /** entity ids of type event */
  events: string[];
  topics: string[];
  notes?: string | null;
}

/** A stable reference to a claim that survives rebuilds. */
export type ClaimRef =
  /** a reported claim by its id in data/reported-claims.json, or any claim by its compiled id */
  | { claim: string }
  /**
   * the claim(s) of `story` whose text contains `quote` (after normalisation). Exactly one
   * must match, unless `all` is true (then every match is meant).
   */
  | { story: string; quote: string; all?: boolean };

/** data/topics.json */
export interface TopicSource {
  id: string;
  name: string;
  description: string;
  /** entities (people, organisations, places) central to the topic */
  entities: string[];
  /** event entities */
  events: string[];
  /** words or phrases that put an article on the topic (whole words, case and accents folded) */
  keywords: string[];
  /** claims the topic groups (besides reported claims that name it) */
  claims: ClaimRef[];
}

/** data/reported-claims.json: where a story paraphrases a speaker. */
export interface ReportedClaimSource {
  /** kebab-case, unique */
  id: string;
  story: string;
  speaker: {
    /** dataset id, or null for an unnamed speaker */
    entityId: string | null;
    /** the canonical name, or the description of an unnamed speaker ("a Trump spokeswoman") */
    name: string;
  };
  /** the sentence span, exactly as it appears in the story */
  text: string;
  /** which occurrence of `text` in the story (0-based) when it appears more than once */
  occurrence?: number;
  /** the claim in a neutral line */
  summary: string;
  topics: string[];
}

export type RelationType = 'same-remark' | 'disputes';

/** data/relations.json */
export interface RelationSource {
  id: string;
  type: RelationType;
  from: ClaimRef;
  to: ClaimRef;
  note: string;
}

export type ReviewField = 'speaker.entityId' | 'speaker.name' | 'kind' | 'text' | 'excluded';

/** data/review.json: one human correction to the engine's output. */
export interface ReviewCorrection {
  story: string;
  /** identifies the engine's quote: its text contains this (after normalisation) */
  quoteText: string;
  field: ReviewField;
  /** what the engine produced when this was reviewed */
  engine: string | boolean | null;
  /** what it should be */
  corrected: string | boolean | null;
  note: string;
}

/** A reviewed engine quote: what the reviewer accepted. A change shows up as a difference. */
export interface ReviewAccepted {
  story: string;
  text: string;
  kind: QuoteKind;
  speaker: string;
  entityId: string | null;
}

export interface ReviewSource {
  version: 1;
  corrections: ReviewCorrection[];
  accepted: ReviewAccepted[];
}

/** The source files as read from disk: path (relative to the project, e.g. "data/coverage.json") → text. */
export type DatasetFiles = Record<string, string>;

/* ------------------------------------------------------------------- bundle */

export type ClaimKind = QuoteKind | 'reported';

export interface Claim {
  /** stable: "<story>#<slug of the text>" for quotes, "<story>#<id>" for reported claims */
  id: string;
  story: string;
  outlet: string;
  date: string;
  url: string | null;
  /** exact text as it appears in the story (quotes: the words without their marks) */
  text: string;
  kind: ClaimKind;
  /** where the claim comes from */
  source: 'engine' | 'reported';
  speaker: { name: string; entityId: string | null };
  /** paragraph index in the story (non-empty lines) */
  paragraph: number;
  /** UTF-16 offsets into the story text */
  start: number;
  end: number;
  confidence: number;
  topics: string[];
  /** reported claims: the claim in a neutral line */
  summary?: string;
  /** the reported claim this quote is part of ("contact" inside Ryabkov's reported claim) */
  partOf?: string;
  /** fields a human corrected (data/review.json) */
  reviewed?: ReviewField[];
}

export interface Relation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  note: string;
}

export interface StoryInfo extends StoryMeta {
  /** length of the text in UTF-16 units */
  length: number;
  paragraphs: number;
  /** every entity the engine found in the story */
  entities: string[];
  /** entities of type event among them */
  events: string[];
  topics: string[];
}

export type CoverageItem = CoverageSource;

export interface Topic extends Omit<TopicSource, 'claims'> {
  /** ids of the claims the topic groups */
  claims: string[];
}

export interface BuildInfo {
  /** format of the bundle */
  format: 1;
  /** newest date among the sources (YYYY-MM-DD): no clock in the build */
  dataDate: string;
  /** FNV-1a 32 hash of the source files (hex), to tell two bundles apart */
  sourceHash: string;
  counts: Record<string, number>;
}

export interface DatasetBundle {
  build: BuildInfo;
  entities: EntityRecord[];
  stories: StoryInfo[];
  claims: Claim[];
  relations: Relation[];
  coverage: CoverageItem[];
  topics: Topic[];
}

/** build/data/names.json: what the engine (in the background, and the CLI) needs to find names. */
export interface NamesPayload<TIndex = unknown> {
  format: 1;
  dataDate: string;
  index: TIndex;
  entities: Array<{ id: string; name: string; type: EntityType; description: string }>;
}

/* ----------------------------------------------------------------- compiler */

export interface DatasetIssue {
  /** "data/coverage.json" */
  file: string;
  /** "coverage[3].date" or "" */
  path: string;
  message: string;
}

export interface ReviewDifference {
  story: string;
  text: string;
  change: 'new' | 'missing' | 'changed' | 'correction-stale' | 'correction-unneeded';
  detail: string;
}

export interface CompileReport {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** where the engine's output departs from what was reviewed */
  reviewDifferences: ReviewDifference[];
  counts: Record<string, number>;
}

/** The engine the compiler runs on each story (injected so that core stays decoupled). */
export interface DatasetEngine<TIndex = unknown> {
  compileIndex(entities: EntityRecord[]): TIndex;
  analyze(article: Article, index: TIndex): Analysis;
  articleFromText(text: string): Article;
}

export interface CompileResult<TIndex = unknown> {
  bundle: DatasetBundle | null;
  nameIndex: NamesPayload<TIndex> | null;
  report: CompileReport;
}

/* ------------------------------------------------------------------ queries */

export interface PriorStatement {
  claimId: string;
  story: string;
  outlet: string;
  date: string;
  url: string | null;
  headline: string | null;
  text: string;
  kind: ClaimKind;
  summary?: string;
}

export interface RelatedCoverage extends Pick<CoverageSource, 'id' | 'outlet' | 'via' | 'headline' | 'date' | 'url' | 'covers'> {
  kind: 'story' | 'coverage';
  score: number;
  shared: { entities: string[]; events: string[]; topics: string[]; claims: string[] };
}

export type MatchRelation = 'repeats' | 'same-remark' | 'disputes' | 'disputed-by';

export interface ClaimMatch {
  relation: MatchRelation;
  claim: Claim;
  /** [0, 1]: how closely the quote's words match (1 for an exact repeat) */
  score: number;
  /** the dataset claim the quote repeats, through which a relation was found */
  via: string | null;
  note: string | null;
}

export interface Enrichment {
  /** the dataset story the article is, if it is one */
  story: string | null;
  priorStatements: Record<string, PriorStatement[]>;
  relatedCoverage: RelatedCoverage[];
  /** per quote index of the analysis */
  matches: ClaimMatch[][];
}
