/**
 * The reading memory in the background: when a page reports a finished analysis, the article is
 * recorded (if shouldRecord says so, asked once by the page/report handler); the card and the
 * popup ask it for a speaker's earlier statements, the earlier articles sharing people, and the
 * remarks repeated. The store opens on first use (nothing is loaded at start: the background may
 * be a service worker that restarts often). A failed write is reported in storage.local (the
 * options page shows it) and nothing else breaks: every entry point here catches and answers with
 * less.
 */
import { type MemoryArticle, memoryArticle, type PageMeta } from '../core/reading';
import type { Analysis } from '../core/types';
import { ext } from '../shared/browser';
import {
  DEFAULT_MEMORY_SETTINGS,
  isMemorySettings,
  MEMORY_PROBLEM_KEY,
  MEMORY_SETTINGS_KEY,
  type MemoryInfo,
  type MemorySettings,
} from '../shared/memory';
import type { AnalyzeRequest } from '../shared/protocol';
import { EMPTY_READING, type LookupOptions, lookUp, type ReadingEnrichment } from './memory-lookup';
import { MemoryStore } from './memory-store';
import { isTabClosed } from './reports';

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
  if (isTabClosed(tabId)) return; // nothing is kept under a closed tab's id (reports.ts, tabClosed)
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

/**
 * Records a tab's finished article under `url`, the page's address as the background verified it
 * (the sender's, not the report's claim), with the metadata kept from its analysis request.
 * Whether it is recorded at all is decided once, by the page/report handler (shouldRecord: done,
 * site on, not private, memory on). A failure is reported, never thrown.
 */
export async function recordPage(tabId: number, url: string, analysis: Analysis, settings?: MemorySettings): Promise<boolean> {
  const record = memoryArticle(await pageMeta(tabId, url), analysis, Date.now());
  if (!record) return false;
  return writeArticle(record, settings ?? (await memorySettings()));
}

export async function writeArticle(record: MemoryArticle, settings: MemorySettings): Promise<boolean> {
  try {
    await (await store()).record(record, { days: settings.days, maxArticles: settings.maxArticles });
    await reportProblem(null);
    return true;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    await reportProblem(
      name === 'QuotaExceededError' ? 'quota' : `${name || 'error'}: ${(e as Error).message ?? String(e)}`.slice(0, 300),
    ).catch(() => undefined);
    return false;
  }
}

/* ---------------------------------------------------------------- reading */

/**
 * What the memory adds for a page (memory-lookup.ts), when the memory is on; nothing when it is
 * off or cannot be read.
 */
export async function readingEnrichment(tabId: number, url: string, analysis: Analysis, opts: LookupOptions): Promise<ReadingEnrichment> {
  try {
    if (!(await memorySettings()).on) return EMPTY_READING;
    return await lookUp(await store(), await recordedAddress(tabId, url), url, analysis, opts);
  } catch {
    return EMPTY_READING;
  }
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
