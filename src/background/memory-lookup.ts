/**
 * What the reading memory adds for a page, read from the store through its indexes (no browser
 * API here, so the benchmark runs it in Node): per named speaker their earlier recorded
 * statements, newest first, the page itself left out; the page's quotations that repeat a recorded
 * one ("also reported by", core/remarks.ts); and the earlier articles that share at least two
 * named people or a repeated remark (the dataset coverage's rule for people).
 */
import { memoryArticle, memorySpeaker } from '../core/reading';
import { type PreparedRemark, prepareRemark, remarkScore } from '../core/remarks';
import type { Analysis } from '../core/types';
import { type ClaimMatchView, type CoverageView, type PriorStatementView, safeUrl } from '../shared/views';
import type { MemoryStore, StoredArticle, StoredQuote } from './memory-store';

/** Earlier statements listed per speaker, at most. */
export const MAX_PRIOR = 20;
/**
 * A speaker's recorded quotations compared with the page's for repeats, at most: the newest (a
 * remark is reported again by other outlets within days, and 100 of one speaker's quotations are
 * weeks of reading even for a head of state). The bound keeps a look-up's cost from growing with the memory.
 */
export const MAX_COMPARED = 100;
/** Earlier articles read per person named, at most (the newest), to find those sharing two people. */
export const MAX_NAMING = 100;

export interface ReadingEnrichment {
  /** per speaker key (keyOf: the popup's group key; the card files all under one) */
  priorStatements: Record<string, PriorStatementView[]>;
  coverage: CoverageView[];
  matches: ClaimMatchView[];
}

export const EMPTY_READING: ReadingEnrichment = { priorStatements: {}, coverage: [], matches: [] };

export interface LookupOptions {
  /** the page's quotations asked about (indexes into analysis.quotes); all when absent */
  quotes?: number[];
  /** a dataset entity whose earlier statements are wanted even if it is not quoted on the page (a card's) */
  entityId?: string | null;
  keyOf: (speaker: { name: string; entityId: string | null }) => string;
  /** the dataset's people: organisations do not count towards "two people" */
  personIds: ReadonlySet<string>;
}

const outletOf = (a: StoredArticle): string => a.siteName ?? a.site;
const dateOf = (a: StoredArticle): string => (a.published ?? new Date(a.readAt).toISOString()).slice(0, 10);

export function readingPriorView(quote: StoredQuote, article: StoredArticle): PriorStatementView {
  return {
    text: quote.text,
    kind: quote.kind,
    outlet: outletOf(article),
    date: dateOf(article),
    url: safeUrl(article.url),
    storyId: '',
    headline: article.title,
    source: 'reading',
  };
}

function coverageOf(a: StoredArticle, score: number): CoverageView & { score: number; readAt: number } {
  return {
    source: 'reading',
    outlet: outletOf(a),
    headline: a.title,
    date: dateOf(a),
    url: safeUrl(a.url),
    covers: a.title ?? a.url,
    score,
    readAt: a.readAt,
  };
}

/**
 * `current`: the address the page is recorded under (left out of everything), null when unknown.
 * Reads: per speaker one bounded index read (speakerQuotes), per person named one (articlesNaming),
 * then the few articles listed, in one transaction: nothing here grows with the memory's size.
 */
export async function lookUp(
  db: MemoryStore,
  current: string | null,
  url: string,
  analysis: Analysis,
  opts: LookupOptions,
): Promise<ReadingEnrichment> {
  const indexes = opts.quotes ?? analysis.quotes.map((_, i) => i);
  /** the page's quotations asked about, with their speaker's memory key */
  const asked = indexes.flatMap((index) => {
    const q = analysis.quotes[index];
    const speaker = q ? memorySpeaker(q.speaker) : null;
    return q && speaker !== null ? [{ index, q, speaker }] : [];
  });
  /** the group key each speaker's earlier statements are listed under (the first quote's; a card's entity under its id) */
  const listedAs = new Map<string, string>();
  if (opts.entityId) listedAs.set(opts.entityId, opts.entityId);
  for (const { q, speaker } of asked) if (!listedAs.has(speaker)) listedAs.set(speaker, opts.keyOf(q.speaker));
  /** per speaker: their recorded quotations, newest first (one transaction for all) */
  const recalled = await db.speakerQuotes([...listedAs.keys()], current, MAX_COMPARED);
  /** the recorded quotations, prepared for comparison once, only for speakers quoted on the page */
  const prepared = new Map<string, PreparedRemark[]>();
  const repeats: Array<{ index: number; quote: StoredQuote }> = [];
  for (const { index, q, speaker } of asked) {
    const theirs = recalled.get(speaker) ?? [];
    let ready = prepared.get(speaker);
    if (!ready) {
      ready = theirs.map((r) => prepareRemark({ text: r.text, speaker: r.speaker }));
      prepared.set(speaker, ready);
    }
    const here = prepareRemark({ text: q.text, speaker });
    const seen = new Set<string>();
    theirs.forEach((quote, i) => {
      if (seen.has(quote.url) || remarkScore(here, ready[i]!) === 0) return;
      seen.add(quote.url);
      repeats.push({ index, quote });
    });
  }
  const people =
    memoryArticle({ url, title: null, siteName: null, byline: null, canonical: null, ogUrl: null, published: null }, analysis, 0)?.people ??
    [];
  const naming = await db.articlesNaming(
    people.filter((k) => k.startsWith('name:') || opts.personIds.has(k)),
    current,
    MAX_NAMING,
  );
  const repeatedIn = new Set(repeats.map((r) => r.quote.url));
  const sharing = new Map([...naming].filter(([u, shared]) => shared.length >= 2 || repeatedIn.has(u)));
  // the articles listed: each speaker's newest MAX_PRIOR quotations', the repeats', the coverage's
  const listed = new Set<string>([...repeatedIn, ...sharing.keys()]);
  for (const quotes of recalled.values()) for (const q of quotes.slice(0, MAX_PRIOR)) listed.add(q.url);
  const byUrl = new Map((await db.articles([...listed])).map((a) => [a.url, a] as const));

  const prior: Record<string, PriorStatementView[]> = {};
  for (const [speaker, quotes] of recalled) {
    prior[listedAs.get(speaker)!] = quotes.slice(0, MAX_PRIOR).flatMap((q) => {
      const a = byUrl.get(q.url);
      return a ? [readingPriorView(q, a)] : [];
    });
  }
  const matches: ClaimMatchView[] = repeats.flatMap(({ index, quote }) => {
    const a = byUrl.get(quote.url);
    if (!a) return [];
    const view: ClaimMatchView = {
      source: 'reading',
      quoteIndex: index,
      relation: 'repeats',
      claimText: quote.text,
      speaker: quote.name,
      outlet: outletOf(a),
      date: dateOf(a),
      url: safeUrl(a.url),
    };
    return [view];
  });
  const coverage: Array<CoverageView & { score: number; readAt: number }> = [];
  for (const u of new Set([...sharing.keys(), ...repeatedIn])) {
    const a = byUrl.get(u);
    if (a) coverage.push(coverageOf(a, (sharing.get(u)?.length ?? 0) + (repeatedIn.has(u) ? 3 : 0)));
  }
  coverage.sort((x, y) => y.score - x.score || y.readAt - x.readAt);
  return { priorStatements: prior, coverage: coverage.slice(0, MAX_PRIOR).map(({ score: _s, readAt: _r, ...c }) => c), matches };
}
