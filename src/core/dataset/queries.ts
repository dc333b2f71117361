/**
 * Queries over a compiled dataset bundle: a speaker's prior statements, related coverage
 * for the article being read, the dataset claims a quote repeats or disputes, and which
 * dataset story (if any) an article is. Pure functions of their arguments.
 */
import { type PreparedRemark, prepareRemark, remarkScore } from '../remarks';
import type { Analysis, Article } from '../types';
import { normalizeUrl, quoteSegments, quoteTokens, topicsOf } from './text';
import type {
  Claim,
  ClaimMatch,
  DatasetBundle,
  Enrichment,
  MatchRelation,
  PriorStatement,
  RelatedCoverage,
  Relation,
  StoryInfo,
} from './types';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A text in the forms story recognition compares: padded normalised words, segments, token count. */
interface Prepared {
  padded: string;
  segments: string[];
  tokens: number;
}

function prepare(text: string): Prepared {
  const segments = quoteSegments(text);
  return { padded: ` ${segments.join(' ')} `, segments, tokens: quoteTokens(text).length };
}

interface BundleIndex {
  /** each claim prepared twice: for story recognition (p) and for claim matching (remark, core/remarks.ts) */
  claims: Array<{ claim: Claim; p: Prepared; remark: PreparedRemark }>;
  byId: Map<string, Claim>;
  relationsOf: Map<string, Relation[]>;
}

/** Per-bundle lookups, built once per bundle object (bundles are treated as immutable). */
const indexes = new WeakMap<DatasetBundle, BundleIndex>();
function indexOf(bundle: DatasetBundle): BundleIndex {
  let ix = indexes.get(bundle);
  if (!ix) {
    const relationsOf = new Map<string, Relation[]>();
    for (const r of bundle.relations) {
      for (const id of [r.from, r.to]) relationsOf.set(id, [...(relationsOf.get(id) ?? []), r]);
    }
    ix = {
      claims: bundle.claims.map((claim) => ({
        claim,
        p: prepare(claim.text),
        remark: prepareRemark({ text: claim.text, speaker: claim.speaker.entityId }),
      })),
      byId: new Map(bundle.claims.map((c) => [c.id, c])),
      relationsOf,
    };
    indexes.set(bundle, ix);
  }
  return ix;
}

/* ------------------------------------------------------- prior statements */

/**
 * What a person said in the dataset's stories, oldest first, each with its outlet. Quotes that
 * are part of a reported claim of the same speaker are folded into it. `excludeStory` leaves
 * out the story being read (its quotes are on the page already).
 */
export function priorStatements(bundle: DatasetBundle, entityId: string, opts: { excludeStory?: string | null } = {}): PriorStatement[] {
  const stories = new Map(bundle.stories.map((s) => [s.id, s]));
  const byId = indexOf(bundle).byId;
  return bundle.claims
    .filter((c) => c.speaker.entityId === entityId && c.story !== opts.excludeStory)
    .filter((c) => !(c.partOf && byId.get(c.partOf)?.speaker.entityId === entityId))
    .sort((a, b) => byString(a.date, b.date) || byString(a.story, b.story) || a.start - b.start)
    .map((c) => {
      const p: PriorStatement = {
        claimId: c.id,
        story: c.story,
        outlet: c.outlet,
        date: c.date,
        url: c.url,
        headline: stories.get(c.story)?.headline ?? null,
        text: c.text,
        kind: c.kind,
      };
      if (c.summary) p.summary = c.summary;
      return p;
    });
}

/* ------------------------------------------------------- finding a story */

/** Share of a story's quotations (of 3 words or more) that the text or the quotes contain. */
function storyShare(bundle: DatasetBundle, story: string, hay: string | null, quotes: Prepared[]): number {
  const own = indexOf(bundle).claims.filter(({ claim, p }) => claim.story === story && claim.source === 'engine' && p.tokens >= 3);
  if (own.length === 0) return 0;
  let hit = 0;
  for (const { p } of own) {
    const segs = p.segments.map((x) => ` ${x} `);
    const inText = hay !== null && segs.every((x) => hay.includes(x));
    const inQuotes = quotes.some((q) => segs.every((x) => q.padded.includes(x)) || (q.tokens >= 3 && p.padded.includes(q.padded)));
    if (inText || inQuotes) hit++;
  }
  return own.length >= 2 ? hit / own.length : hit;
}

/**
 * The dataset story an article is: by its address (normalised), else by its text or quotes
 * carrying at least half of the story's quotations.
 */
export function findStory(
  bundle: DatasetBundle,
  page: { url?: string | null; text?: string | null; quotes?: Array<{ text: string }> },
): StoryInfo | null {
  const url = page.url ? normalizeUrl(page.url) : null;
  if (url) {
    const s = bundle.stories.find((x) => x.url !== null && normalizeUrl(x.url) === url);
    if (s) return s;
  }
  if (!page.text && !page.quotes?.length) return null;
  const hay = page.text ? prepare(page.text).padded : null;
  const quotes = (page.quotes ?? []).map((q) => prepare(q.text));
  let best: StoryInfo | null = null;
  let bestShare = 0.5 - 1e-9;
  for (const s of bundle.stories) {
    const share = storyShare(bundle, s.id, hay, quotes);
    if (share > bestShare) {
      best = s;
      bestShare = share;
    }
  }
  return best;
}

/* ---------------------------------------------------------- claim matches */

export interface QuoteLike {
  text: string;
  speaker?: { entityId: string | null } | null;
}

const RELATION_ORDER: Record<MatchRelation, number> = { repeats: 0, 'same-remark': 1, disputes: 2, 'disputed-by': 3 };

/**
 * The dataset claims a quote repeats, and through them the claims it reports again in other
 * words (same remark) or disputes / is disputed by. `excludeStory` is the story being read:
 * its own claims serve to find relations but are not listed as repeats.
 * A repeat is the same remark as the reading memory's (core/remarks.ts, one matcher for both), under
 * its 'unknown-allowed' speaker rule: a quote whose speaker is not known (no entity id) may repeat
 * anyone's claim, a quote of one known person never repeats another's.
 */
export function claimMatches(bundle: DatasetBundle, quote: QuoteLike, opts: { excludeStory?: string | null } = {}): ClaimMatch[] {
  const ix = indexOf(bundle);
  const q = prepareRemark({ text: quote.text, speaker: quote.speaker?.entityId ?? null });
  const pivots: Array<{ claim: Claim; score: number }> = [];
  for (const { claim, remark } of ix.claims) {
    const score = remarkScore(q, remark, 'unknown-allowed');
    if (score > 0) pivots.push({ claim, score });
  }
  // a quote that repeats part of a reported claim repeats the claim
  for (const p of [...pivots]) {
    const parent = p.claim.partOf ? ix.byId.get(p.claim.partOf) : undefined;
    if (parent && !pivots.some((x) => x.claim.id === parent.id)) pivots.push({ claim: parent, score: p.score });
  }
  const out = new Map<string, ClaimMatch>();
  const add = (m: ClaimMatch): void => {
    const k = `${m.relation}\u0000${m.claim.id}`;
    const had = out.get(k);
    if (!had || had.score < m.score) out.set(k, m);
  };
  const pivotIds = new Set(pivots.map((p) => p.claim.id));
  for (const { claim, score } of pivots) {
    if (claim.story !== opts.excludeStory) add({ relation: 'repeats', claim, score: round(score), via: null, note: null });
    for (const r of ix.relationsOf.get(claim.id) ?? []) {
      const other = r.from === claim.id ? r.to : r.from;
      if (pivotIds.has(other)) continue;
      const o = ix.byId.get(other);
      if (!o) continue;
      let relation: MatchRelation;
      if (r.type === 'same-remark') {
        if (o.story === opts.excludeStory) continue;
        relation = 'same-remark';
      } else relation = r.from === claim.id ? 'disputes' : 'disputed-by';
      add({ relation, claim: o, score: round(score), via: claim.id, note: r.note });
    }
  }
  return [...out.values()].sort(
    (a, b) =>
      RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
      b.score - a.score ||
      byString(a.claim.date, b.claim.date) ||
      byString(a.claim.id, b.claim.id),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/* ------------------------------------------------------- related coverage */

/**
 * Other reports of what the article is about: the dataset's other stories and the coverage
 * list, ranked by shared claims (3 each), topics (2), events (2) and entities (1; places ½),
 * and only where they share a claim, a topic, an event or at least two people.
 * The article being read is left out, recognised by its address or its text.
 */
export function relatedCoverage(
  bundle: DatasetBundle,
  analysis: Analysis,
  page: { url?: string | null; text?: string | null; story?: StoryInfo | null; matches?: ClaimMatch[][] } = {},
): RelatedCoverage[] {
  const current =
    page.story !== undefined ? page.story : findStory(bundle, { url: page.url ?? null, text: page.text ?? null, quotes: analysis.quotes });
  const entityType = new Map(bundle.entities.map((e) => [e.id, e.type]));
  const entities = new Set(analysis.entities.map((e) => e.id).filter((x): x is string => x !== null && entityType.has(x)));
  const topics = new Set<string>();
  const claims = new Set<string>();
  const matches = page.matches ?? analysis.quotes.map((q) => claimMatches(bundle, q, { excludeStory: current?.id ?? null }));
  for (const m of matches.flat()) {
    claims.add(m.claim.id);
    if (m.via) claims.add(m.via);
    m.claim.topics.forEach((t) => topics.add(t));
  }
  if (current) {
    current.entities.forEach((e) => entities.add(e));
    current.topics.forEach((t) => topics.add(t));
  }
  const events = new Set([...entities].filter((e) => entityType.get(e) === 'event'));
  // A topic's keywords ("similar", "contacts", "good relations") count only on a page that also names
  // one of its events, two of its people, one who speaks on the page, or one the dataset ties to few
  // topics: on their own they are ordinary words, and a president in the news every day (named in a
  // Sudan sanctions story) is no sign of the topic.
  const topicById = new Map(bundle.topics.map((t) => [t.id, t]));
  const topicsPerEntity = new Map<string, number>();
  for (const t of bundle.topics) for (const e of t.entities) topicsPerEntity.set(e, (topicsPerEntity.get(e) ?? 0) + 1);
  const speakers = new Set(analysis.quotes.map((q) => q.speaker.entityId).filter((x): x is string => x !== null));
  const signals = (e: string): boolean => speakers.has(e) || (topicsPerEntity.get(e) ?? 0) <= 2;
  for (const id of topicsOf(page.text ?? null, events, bundle.topics)) {
    const t = topicById.get(id);
    if (!t) continue;
    const named = t.entities.filter((e) => entities.has(e));
    if (t.events.some((e) => events.has(e)) || named.length >= 2 || named.some(signals)) topics.add(id);
  }

  const score = (c: {
    entities: string[];
    events: string[];
    topics: string[];
    claims: string[];
  }): RelatedCoverage['shared'] & { score: number } => {
    const sharedEntities = [...new Set(c.entities)].filter((e) => entities.has(e) && entityType.get(e) !== 'event').sort(byString);
    const sharedEvents = [...new Set(c.events)].filter((e) => events.has(e)).sort(byString);
    const sharedTopics = [...new Set(c.topics)].filter((t) => topics.has(t)).sort(byString);
    const sharedClaims = [...new Set(c.claims)].filter((x) => claims.has(x)).sort(byString);
    const s =
      3 * sharedClaims.length +
      2 * sharedTopics.length +
      2 * sharedEvents.length +
      sharedEntities.reduce((n, e) => n + (entityType.get(e) === 'place' ? 0.5 : 1), 0);
    return { entities: sharedEntities, events: sharedEvents, topics: sharedTopics, claims: sharedClaims, score: s };
  };

  // Related means about the same thing: a shared claim, topic or event, or at least two shared
  // people. Places and organisations alone ("United States", "Reuters") relate everything to everything.
  const relevant = (shared: RelatedCoverage['shared']): boolean =>
    shared.claims.length > 0 ||
    shared.topics.length > 0 ||
    shared.events.length > 0 ||
    shared.entities.filter((e) => entityType.get(e) === 'person').length >= 2;

  const currentUrl = page.url ? normalizeUrl(page.url) : null;
  const out: RelatedCoverage[] = [];
  for (const s of bundle.stories) {
    if (s.id === current?.id) continue;
    const { score: sc, ...shared } = score({ ...s, claims: bundle.claims.filter((c) => c.story === s.id).map((c) => c.id) });
    if (sc <= 0 || !relevant(shared)) continue;
    out.push({
      kind: 'story',
      id: s.id,
      outlet: s.outlet,
      via: null,
      headline: s.headline,
      date: s.date,
      url: s.url,
      covers: storyCovers(bundle, s),
      score: sc,
      shared,
    });
  }
  for (const c of bundle.coverage) {
    if (currentUrl && c.url && normalizeUrl(c.url) === currentUrl) continue;
    const { score: sc, ...shared } = score({ ...c, claims: [] });
    if (sc <= 0 || !relevant(shared)) continue;
    out.push({
      kind: 'coverage',
      id: c.id,
      outlet: c.outlet,
      via: c.via,
      headline: c.headline,
      date: c.date,
      url: c.url,
      covers: c.covers,
      score: sc,
      shared,
    });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      (a.kind === b.kind ? 0 : a.kind === 'story' ? -1 : 1) ||
      byString(a.date ?? '9999', b.date ?? '9999') ||
      byString(a.id, b.id),
  );
}

function storyCovers(bundle: DatasetBundle, s: StoryInfo): string {
  const names = new Map(bundle.topics.map((t) => [t.id, t.name]));
  const t = s.topics.map((x) => names.get(x) ?? x);
  return t.length > 0 ? t.join('; ') : (s.headline ?? s.outlet);
}

/* ---------------------------------------------------------------- enrich */

/**
 * Everything the dataset adds to an analysis: prior statements per speaker entity, related
 * coverage, and per quote the claims it repeats or disputes. The article's own story (if it
 * is one of the dataset's) is left out of prior statements and coverage.
 */
export function enrichAnalysis(bundle: DatasetBundle, article: Pick<Article, 'text' | 'url'>, analysis: Analysis): Enrichment {
  const story = findStory(bundle, { url: article.url ?? null, text: article.text, quotes: analysis.quotes });
  const excludeStory = story?.id ?? null;
  const speakers = [...new Set(analysis.quotes.map((q) => q.speaker.entityId).filter((x): x is string => x !== null))].sort(byString);
  const prior: Record<string, PriorStatement[]> = {};
  for (const id of speakers) prior[id] = priorStatements(bundle, id, { excludeStory });
  const matches = analysis.quotes.map((q) => claimMatches(bundle, q, { excludeStory }));
  return {
    story: excludeStory,
    priorStatements: prior,
    relatedCoverage: relatedCoverage(bundle, analysis, { url: article.url ?? null, text: article.text, story, matches }),
    matches,
  };
}
