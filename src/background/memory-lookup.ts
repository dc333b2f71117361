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
import type { MemoryStore, PriorQuote, StoredArticle } from './memory-store';

/** Earlier statements listed per speaker, at most. */
export const MAX_PRIOR = 20;
/** A speaker's recorded quotations compared with the page's for repeats, at most (the newest). */
export const MAX_COMPARED = 200;

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

export function readingPriorView(p: PriorQuote): PriorStatementView {
  return {
    text: p.quote.text,
    kind: p.quote.kind,
    outlet: outletOf(p.article),
    date: dateOf(p.article),
    url: safeUrl(p.article.url),
    storyId: '',
    headline: p.article.title,
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

/** `current`: the address the page is recorded under (left out of everything), null when unknown. */
export async function lookUp(
  db: MemoryStore,
  current: string | null,
  url: string,
  analysis: Analysis,
  opts: LookupOptions,
): Promise<ReadingEnrichment> {
  const indexes = opts.quotes ?? analysis.quotes.map((_, i) => i);
  const prior: Record<string, PriorStatementView[]> = {};
  const matches: ClaimMatchView[] = [];
  const repeatedIn = new Map<string, StoredArticle>();
  /** per speaker: their recorded quotations, each prepared for comparison once */
  const recalled = new Map<string, Array<PriorQuote & { prepared: PreparedRemark }>>();
  const recall = async (speaker: string, key: string): Promise<Array<PriorQuote & { prepared: PreparedRemark }>> => {
    let list = recalled.get(speaker);
    if (!list) {
      const found = await db.priorQuotes(speaker, current, MAX_COMPARED);
      list = found.map((p) => ({ ...p, prepared: prepareRemark({ text: p.quote.text, speaker: p.quote.speaker }) }));
      recalled.set(speaker, list);
      prior[key] = found.slice(0, MAX_PRIOR).map(readingPriorView);
    }
    return list;
  };
  if (opts.entityId) await recall(opts.entityId, opts.entityId);
  for (const index of indexes) {
    const q = analysis.quotes[index];
    const speaker = q ? memorySpeaker(q.speaker) : null;
    if (!q || speaker === null) continue;
    const list = await recall(speaker, opts.keyOf(q.speaker));
    const here = prepareRemark({ text: q.text, speaker });
    const seen = new Set<string>();
    for (const p of list) {
      if (seen.has(p.article.url) || remarkScore(here, p.prepared) === 0) continue;
      seen.add(p.article.url);
      repeatedIn.set(p.article.url, p.article);
      matches.push({
        source: 'reading',
        quoteIndex: index,
        relation: 'repeats',
        claimText: p.quote.text,
        speaker: p.quote.name,
        outlet: outletOf(p.article),
        date: dateOf(p.article),
        url: safeUrl(p.article.url),
      });
    }
  }
  const people =
    memoryArticle({ url, title: null, siteName: null, byline: null, canonical: null, ogUrl: null, published: null }, analysis, 0)?.people ??
    [];
  const naming = await db.articlesNaming(
    people.filter((k) => k.startsWith('name:') || opts.personIds.has(k)),
    current,
  );
  const coverage: Array<CoverageView & { score: number; readAt: number }> = [];
  const sharing = [...naming].filter(([u, shared]) => shared.length >= 2 || repeatedIn.has(u));
  const missing = sharing.filter(([u]) => !repeatedIn.has(u)).map(([u]) => u);
  const byUrl = new Map([...repeatedIn, ...(await db.articles(missing)).map((a) => [a.url, a] as const)]);
  for (const [u, shared] of sharing) {
    const a = byUrl.get(u);
    if (a) coverage.push(coverageOf(a, shared.length + (repeatedIn.has(u) ? 3 : 0)));
  }
  for (const [u, a] of repeatedIn) if (!naming.has(u)) coverage.push(coverageOf(a, 3));
  coverage.sort((x, y) => y.score - x.score || y.readAt - x.readAt);
  return { priorStatements: prior, coverage: coverage.slice(0, MAX_PRIOR).map(({ score: _s, readAt: _r, ...c }) => c), matches };
}
