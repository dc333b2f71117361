/**
 * The reading memory in the background: when a page reports a finished analysis, the article is
 * recorded (if shouldRecord says so); the card and the popup ask it for a speaker's earlier
 * statements, the earlier articles sharing people, and the remarks repeated. The store opens on
 * first use (nothing is loaded at start: the background may be a service worker that restarts
 * often). A failed write is reported in storage.local (the options page shows it) and nothing
 * else breaks: every entry point here catches and answers with less.
 */
import { type MemoryArticle, memoryArticle, memorySpeaker, type PageMeta, shouldRecord } from '../core/reading';
import { prepareRemark, remarkScore } from '../core/remarks';
import type { Analysis } from '../core/types';
import { ext } from '../shared/browser';
import { DEFAULT_MEMORY_SETTINGS, isMemorySettings, MEMORY_PROBLEM_KEY, MEMORY_SETTINGS_KEY, type MemoryInfo, type MemorySettings } from '../shared/memory';
import type { AnalyzeRequest } from '../shared/protocol';
import { type ClaimMatchView, type CoverageView, type PriorStatementView, safeUrl } from '../shared/views';
import { MemoryStore, type PriorQuote, type StoredArticle } from './memory-store';

let opening: Promise<MemoryStore> | null = null;
function store(): Promise<MemoryStore> {
  opening ??= MemoryStore.open().catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

export async function memorySettings(): Promise<MemorySettings> {
  const got = (await ext.storage.local.get(MEMORY_SETTINGS_KEY))[MEMORY_SETTINGS_KEY];
  return isMemorySettings(got) ? got : { ...DEFAULT_MEMORY_SETTINGS };
}

export async function saveMemorySettings(settings: MemorySettings): Promise<void> {
  await ext.storage.local.set({ [MEMORY_SETTINGS_KEY]: settings });
}

/* ---------------------------------------------------------- page metadata */

const metaKey = (tabId: number): string => `memoryMeta:${tabId}`;

/** Kept with the tab (storage.session) from the analysis request until the page reports it done. */
export async function keepPageMeta(tabId: number, req: AnalyzeRequest): Promise<void> {
  const meta: PageMeta = {
    url: req.url,
    title: req.title,
    siteName: req.siteName,
    byline: req.byline,
    canonical: req.meta?.canonical ?? null,
    ogUrl: req.meta?.ogUrl ?? null,
    published: req.meta?.published ?? null,
  };
  await ext.storage.session.set({ [metaKey(tabId)]: meta });
}

export async function forgetPageMeta(tabId: number): Promise<void> {
  await ext.storage.session.remove(metaKey(tabId));
}

async function pageMeta(tabId: number, url: string): Promise<PageMeta> {
  const got = (await ext.storage.session.get(metaKey(tabId)))[metaKey(tabId)] as PageMeta | undefined;
  if (got && typeof got.url === 'string' && got.url.split('#')[0] === url.split('#')[0]) return got;
  return { url, title: null, siteName: null, byline: null, canonical: null, ogUrl: null, published: null };
}

/** The address this tab's page is recorded under (its canonical one), or null. */
export async function recordedAddress(tabId: number, url: string): Promise<string | null> {
  const meta = await pageMeta(tabId, url);
  return memoryArticle(meta, { entities: [], quotes: [] }, 0)?.url ?? null;
}

/* ---------------------------------------------------------------- writing */

async function reportProblem(problem: string | null): Promise<void> {
  if (problem === null) await ext.storage.local.remove(MEMORY_PROBLEM_KEY);
  else await ext.storage.local.set({ [MEMORY_PROBLEM_KEY]: problem });
}

/** Records a tab's finished article when the rules allow; a failure is reported, never thrown. */
export async function recordPage(
  tabId: number,
  page: { url: string; status: string; siteEnabled: boolean; incognito: boolean },
  analysis: Analysis | null,
): Promise<boolean> {
  const settings = await memorySettings();
  if (!analysis || !shouldRecord({ status: page.status, siteEnabled: page.siteEnabled, incognito: page.incognito, memoryOn: settings.on })) return false;
  const record = memoryArticle(await pageMeta(tabId, page.url), analysis, Date.now());
  if (!record) return false;
  return writeArticle(record, settings);
}

export async function writeArticle(record: MemoryArticle, settings: MemorySettings): Promise<boolean> {
  try {
    await (await store()).record(record, { days: settings.days, maxArticles: settings.maxArticles });
    await reportProblem(null);
    return true;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    await reportProblem(name === 'QuotaExceededError' ? 'quota' : `${name || 'error'}: ${(e as Error).message ?? String(e)}`.slice(0, 300)).catch(() => undefined);
    return false;
  }
}

/* ---------------------------------------------------------------- reading */

/** Earlier statements listed per speaker, at most. */
export const MAX_PRIOR = 20;
/** A speaker's recorded quotations compared with the page's for repeats, at most (newest). */
export const MAX_COMPARED = 200;

function outletOf(a: StoredArticle): string {
  return a.siteName ?? a.site;
}
function dateOf(a: StoredArticle): string {
  return (a.published ?? new Date(a.readAt).toISOString()).slice(0, 10);
}

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

export interface ReadingEnrichment {
  /** per speaker key (entity id, else the popup's group key) */
  priorStatements: Record<string, PriorStatementView[]>;
  coverage: CoverageView[];
  matches: ClaimMatchView[];
}

const EMPTY: ReadingEnrichment = { priorStatements: {}, coverage: [], matches: [] };

/**
 * What the memory adds for a page: per named speaker their earlier recorded statements (newest
 * first, the page itself left out), the quotations of the page that repeat a recorded one ("also
 * reported by"), and the earlier articles sharing at least two named people or a repeated remark.
 * `keyOf` gives the key a speaker's list is filed under (the popup's and the card's grouping).
 * `personIds`: the dataset's people (organisations do not count towards "two people").
 */
export async function readingEnrichment(
  tabId: number,
  url: string,
  analysis: Analysis,
  opts: {
    quotes?: number[];
    /** a dataset entity whose earlier statements are wanted even if it is not quoted on the page (a card's) */
    entityId?: string | null;
    keyOf: (speaker: { name: string; entityId: string | null }) => string;
    personIds: ReadonlySet<string>;
  },
): Promise<ReadingEnrichment> {
  try {
    const settings = await memorySettings();
    if (!settings.on) return EMPTY;
    const db = await store();
    const current = await recordedAddress(tabId, url);
    const indexes = opts.quotes ?? analysis.quotes.map((_, i) => i);
    const prior: Record<string, PriorStatementView[]> = {};
    const matches: ClaimMatchView[] = [];
    const repeatedIn = new Map<string, StoredArticle>();
    const recalled = new Map<string, PriorQuote[]>();
    if (opts.entityId) {
      const list = await db.priorQuotes(opts.entityId, current, MAX_COMPARED);
      recalled.set(opts.entityId, list);
      prior[opts.entityId] = list.slice(0, MAX_PRIOR).map(readingPriorView);
    }
    for (const index of indexes) {
      const q = analysis.quotes[index];
      if (!q) continue;
      const speaker = memorySpeaker(q.speaker);
      if (speaker === null) continue;
      let list = recalled.get(speaker);
      if (!list) {
        list = await db.priorQuotes(speaker, current, MAX_COMPARED);
        recalled.set(speaker, list);
        prior[opts.keyOf(q.speaker)] = list.slice(0, MAX_PRIOR).map(readingPriorView);
      }
      const here = prepareRemark({ text: q.text, speaker });
      const seen = new Set<string>();
      for (const p of list) {
        if (seen.has(p.article.url) || remarkScore(here, prepareRemark({ text: p.quote.text, speaker: p.quote.speaker })) === 0) continue;
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
    const people = memoryArticle({ url, title: null, siteName: null, byline: null, canonical: null, ogUrl: null, published: null }, analysis, 0)?.people ?? [];
    const persons = people.filter((k) => k.startsWith('name:') || opts.personIds.has(k));
    const naming = await db.articlesNaming(persons, current);
    const coverage: Array<CoverageView & { score: number; readAt: number }> = [];
    for (const [u, shared] of naming) {
      if (shared.length < 2 && !repeatedIn.has(u)) continue;
      const a = repeatedIn.get(u) ?? (await db.article(u));
      if (a) coverage.push(coverageOf(a, shared.length + (repeatedIn.has(u) ? 3 : 0)));
    }
    for (const [u, a] of repeatedIn) if (!naming.has(u)) coverage.push(coverageOf(a, 3));
    coverage.sort((x, y) => y.score - x.score || y.readAt - x.readAt);
    return { priorStatements: prior, coverage: coverage.slice(0, MAX_PRIOR).map(({ score: _s, readAt: _r, ...c }) => c), matches };
  } catch {
    return EMPTY;
  }
}

function coverageOf(a: StoredArticle, score: number): CoverageView & { score: number; readAt: number } {
  return { source: 'reading', outlet: outletOf(a), headline: a.title, date: dateOf(a), url: safeUrl(a.url), covers: a.title ?? a.url, score, readAt: a.readAt };
}

/* ------------------------------------------------------- reader's control */

export async function memoryInfo(): Promise<MemoryInfo> {
  const [settings, problem] = await Promise.all([memorySettings(), ext.storage.local.get(MEMORY_PROBLEM_KEY)]);
  let counts = { articles: 0, quotes: 0 };
  let bytes: number | null = null;
  let error: string | null = typeof problem[MEMORY_PROBLEM_KEY] === 'string' ? (problem[MEMORY_PROBLEM_KEY] as string) : null;
  try {
    counts = await (await store()).stats();
    const estimate = typeof navigator === 'undefined' ? undefined : await navigator.storage?.estimate?.();
    bytes = estimate?.usage ?? null;
  } catch (e) {
    error ??= String((e as Error).message ?? e).slice(0, 300);
  }
  return { settings, ...counts, bytes, problem: error };
}

export async function clearMemory(): Promise<void> {
  await (await store()).clear();
  await reportProblem(null);
}

export async function forgetSite(site: string): Promise<void> {
  await (await store()).forgetSite(site);
}

export async function forgetPage(tabId: number, url: string): Promise<boolean> {
  const address = await recordedAddress(tabId, url);
  return address ? (await store()).forgetArticle(address) : false;
}

export async function isRecorded(tabId: number, url: string): Promise<string | null> {
  try {
    const address = await recordedAddress(tabId, url);
    return address && (await (await store()).article(address)) ? address : null;
  } catch {
    return null;
  }
}

export async function allArticles(): Promise<MemoryArticle[]> {
  return (await store()).all();
}
