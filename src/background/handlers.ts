/**
 * The background's answers: one route per direction. The routes' guards (shared/guards.ts) and the
 * sender rule (sender.ts, applied by listen()) have run before any handler is called.
 */
import { ext } from '../shared/browser';
import { route, sendToTab } from '../shared/messaging';
import { contentToBackgroundGuards, MAX_ARTICLE_CHARS, MAX_PARAGRAPHS, pageToBackgroundGuards } from '../shared/guards';
import { applyOps } from '../shared/paragraph-delta';
import type { AnalyzeReply, AnalyzeRequest, ContentToBackground, PageToBackground } from '../shared/protocol';
import { AnalysedParagraphs } from './analysed-paragraphs';
import { type PageReport, sameDocument, type SettingsReply, type TabState } from '../shared/views';
import { pageSite, type Settings, siteStatus, withSite } from '../shared/settings';
import { recallAnalysis, rememberAnalysis } from './analyses';
import { updateBadge } from './badge';
import { currentDataset, datasetInfo, importDataset, removeDataset } from './dataset';
import { analyzeArticle } from './engine';
import { PageParts } from './page-parts';
import { readArticle } from './reader';
import { debugEnabled } from '../shared/debug';
import { loadReport, placeholderReport, saveReport } from './reports';
import { loadSettings, updateSettings } from './settings-store';
import { cardData, keptForSession, pageEnrichment, withReading } from './views';
import { speakerKey } from '../core/speakers/group';
import {
  clearMemory,
  forgetPage,
  forgetSite,
  isRecorded,
  keepPageMeta,
  memoryInfo,
  memorySettings,
  readingEnrichment,
  recordPage,
  saveMemorySettings,
  allArticles,
} from './memory';
import { memoryToDataset } from '../core/reading-export';
import { shouldRecord } from '../core/reading';
import type { DatasetBundle } from '../core/dataset';

/** Large pages' HTML, arriving in parts before their 'article/read'. */
const pageParts = new PageParts();

/** The paragraphs last analysed for each page, the base of its next delta. */
const analysed = new AnalysedParagraphs();

/** The page a message came from (its tab and frame), whose paragraphs are kept. */
const pageOf = (tabId: number, sender: { frameId?: number }): string => `${tabId}:${sender.frameId ?? 0}`;

/**
 * Analyses an article for a tab's page; keeps the analysis, the page's metadata and its paragraphs
 * (their id in the reply) under the request's address, refused when it names another site than the
 * page that sent it (refuseOtherSite).
 */
async function analyzeFor(tabId: number, sender: MessageSender, req: AnalyzeRequest): Promise<AnalyzeReply> {
  refuseOtherSite(req.url, sender);
  const [reply] = await Promise.all([analyzeArticle(req), keepPageMeta(tabId, req)]);
  // kept here, where it is made: the report, the popup and the card refer to it
  await rememberAnalysis(tabId, req.url, reply.analysis);
  return { ...reply, base: analysed.keep(pageOf(tabId, sender), req.url, req.paragraphs) };
}

const personIds = (bundle: DatasetBundle): Set<string> => new Set(bundle.entities.filter((e) => e.type === 'person').map((e) => e.id));

/** What the handlers read of a message's sender: its tab, its frame and their addresses. */
type MessageSender = { url?: string; frameId?: number; tab?: { id?: number; url?: string; incognito?: boolean } };

function senderTab(sender: { tab?: { id?: number; incognito?: boolean } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('message without a tab');
  return id;
}

/**
 * Refuses a page's message (its report, its article to analyze or read, its question for the site's status, its
 * entity card) that names another site than the one the browser says sent it (sender.url, else the tab's; pageSite):
 * throws, and nothing is kept. The message's own address is the one used after it; the browser's is not used in its
 * place: after a same-document navigation (history.pushState) both browsers still give the document's first address,
 * and the new page's analysis, report and reading would be filed under the old one.
 */
export function refuseOtherSite(reported: string, sender: { url?: string; tab?: { url?: string } }): void {
  const browser = sender.url ?? sender.tab?.url;
  if (browser !== undefined && pageSite(reported).site !== pageSite(browser).site)
    throw new Error('the message names another site than its page');
}

export const contentRoute = route<ContentToBackground>({
  from: 'content',
  guards: contentToBackgroundGuards,
  handlers: {
    'page/report': async (report, sender) => {
      const tabId = senderTab(sender);
      // the script's address, checked against the browser's idea of the frame's (refuseOtherSite): a
      // report under another site's address is refused, nothing kept
      refuseOtherSite(report.url, sender);
      const pageUrl = report.url;
      const [{ settings }, analysis] = await Promise.all([
        loadSettings(),
        report.status === 'done' ? recallAnalysis(tabId, report.url) : null,
      ]);
      const status = siteStatus(pageUrl, settings);
      // a retried report that arrived after a newer one of the same page load: the newer stands
      if (!(await saveReport(tabId, report))) return { ok: true as const };
      await updateBadge(tabId, report, status, analysis);
      // the reading memory, decided here once (shouldRecord): never for a site switched off, while
      // paused (status), for a private window's page (sender.tab.incognito) or with the memory off;
      // recorded under the address verified above, where its analysis and metadata were kept
      if (analysis) {
        const memory = await memorySettings();
        const incognito = sender.tab?.incognito === true;
        if (shouldRecord({ status: report.status, siteEnabled: status.enabled, incognito, memoryOn: memory.on }))
          await recordPage(tabId, pageUrl, analysis, memory);
      }
      return { ok: true as const };
    },
    'site/status': async ({ url }, sender) => {
      const tabId = senderTab(sender);
      // the script's address, checked against the browser's idea of the frame's (refuseOtherSite): after a
      // same-document navigation the browser's is the document's first, and the new page's placeholder
      // would be filed under the old one; a question under another site's address is refused
      refuseOtherSite(url, sender);
      const pageUrl = url;
      const { settings } = await loadSettings();
      // decided from the settings alone: what follows is bookkeeping that may fail (a full session store)
      const status = siteStatus(pageUrl, settings);
      const [had, debug] = await Promise.all([loadReport(tabId), debugEnabled()]);
      if (!had || !sameDocument(had.url, pageUrl)) {
        // a new page in this tab: forget the old report, note that this one is being looked at
        await saveReport(tabId, placeholderReport(pageUrl, status.enabled));
        await updateBadge(tabId, null, status);
      }
      return debug ? { ...status, debug } : status;
    },
    'entity/card': async (req, sender) => {
      const tabId = senderTab(sender);
      // read under the address its page's analysis was kept under (the request's): a card asked under
      // another site's address is refused (refuseOtherSite) before the analysis or the reading memory is read
      refuseOtherSite(req.url, sender);
      const pageUrl = req.url;
      const [{ bundle }, analysis] = await Promise.all([currentDataset(), recallAnalysis(tabId, pageUrl)]);
      const data = cardData(bundle, { ...req, url: pageUrl }, analysis);
      const reading = await readingEnrichment(tabId, pageUrl, analysis ?? { entities: [], quotes: [] }, {
        quotes: req.quotes,
        entityId: req.entityId,
        keyOf: () => 'card',
        personIds: personIds(bundle),
      });
      return withReading(data, reading);
    },
    'article/analyze': (req, sender) => analyzeFor(senderTab(sender), sender, req),
    'article/analyze-delta': async ({ base, ops, ...rest }, sender) => {
      const tabId = senderTab(sender);
      refuseOtherSite(rest.url, sender);
      const known = analysed.recall(pageOf(tabId, sender), rest.url, base);
      if (!known) return { refused: 'unknown-base' as const };
      const paragraphs = applyOps(known, ops, { paragraphs: MAX_PARAGRAPHS, chars: MAX_ARTICLE_CHARS });
      if (!paragraphs) throw new Error('the delta does not fit its base');
      return analyzeFor(tabId, sender, { ...rest, paragraphs });
    },
    'article/read-part': ({ id, index, text }, sender) => {
      pageParts.keep(senderTab(sender), id, index, text);
      return { ok: true as const };
    },
    'article/read': async ({ url, html: last, parts, meta }, sender) => {
      const tabId = senderTab(sender);
      // refused before the page is read when it names another site (analyzeFor would refuse it after)
      refuseOtherSite(url, sender);
      const html = parts ? pageParts.take(tabId, parts.id, parts.count, last) : last;
      const article = await readArticle(html);
      if (!article) return { article: null, analysis: null };
      const { title, byline, siteName, paragraphs } = article;
      const request = { url, title, byline, siteName, paragraphs, ...(meta ? { meta } : {}) };
      return { article, analysis: await analyzeFor(tabId, sender, request) };
    },
  },
});

/** The settings after a queued change (updateSettings), or as stored with what could not be read. */
async function settingsReply(change?: (current: Settings) => Settings): Promise<SettingsReply> {
  if (change) return { settings: await updateSettings(change), problems: [] };
  const { settings: current, problems } = await loadSettings();
  return { settings: current, problems };
}

/**
 * How long the popup's question (tab/state) waits for a page's content script to answer its ping
 * (ms), well under the popup's own bound on the question (popup/model.ts QUERY_LIMIT_MS, 5 s): a
 * script answers in milliseconds, a tab with no script is refused at once ("receiving end does not
 * exist"); only a page whose main thread is blocked keeps the question waiting.
 */
export const PING_MS = 1_000;

/**
 * Whether the tab has a live content script (a page open before Sourcelight was installed has none),
 * and whether it answers. A ping unanswered within PING_MS was delivered to a script that is busy
 * (its page's main thread blocked): 'busy', the popup says so instead of "analyzing" and then "did
 * not finish", or an error after its own time-out. 'absent': refused at once, no script.
 */
export function pingContent(tabId: number): Promise<'answered' | 'busy' | 'absent'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const busy = new Promise<'busy'>((resolve) => {
    timer = setTimeout(() => resolve('busy'), PING_MS);
  });
  const answered = sendToTab(tabId, 'content/ping', {}).then(
    () => 'answered' as const,
    () => 'absent' as const,
  );
  return Promise.race([answered, busy]).finally(() => clearTimeout(timer));
}

async function tabState(tabId: number): Promise<TabState> {
  const [tab, stored, { settings }] = await Promise.all([
    ext.tabs.get(tabId).catch(() => {
      throw new Error(`no tab ${tabId}`);
    }),
    loadReport(tabId),
    loadSettings(),
  ]);
  // tab.url is visible when the popup was opened on that tab (activeTab); else the report's address is used
  let report: PageReport | null = stored;
  if (tab.url && report && !pageSite(tab.url).allowed) report = null; // navigated to a page no script runs on
  // made for another document: the tab went back (back/forward cache) or on (a PDF, no content script) since
  if (tab.url && report && !sameDocument(tab.url, report.url)) report = null;
  const url = tab.url ?? report?.url ?? null;
  const status = url ? siteStatus(url, settings) : null;
  // asked of the page while what the popup shows depends on its script (nothing, "analyzing", or
  // "disabled" on a site switched on since: analyzed again only by a script still there): whether it
  // is there, and busy
  const waiting = report === null || report.status === 'analyzing' || (report.status === 'disabled' && status?.enabled === true);
  const ping = waiting ? await pingContent(tabId) : 'answered';
  const state: TabState = {
    tabId,
    url,
    report,
    analysis: null,
    status,
    paused: settings.paused,
    // a script gone under a page still "analyzing" or "disabled" (the extension updated or reloaded)
    // never reports again; but a page still loading (reloaded, or another page) has none yet: its
    // script starts at document_idle and reports, the popup says "analyzing" meanwhile, not "reload"
    contentScript: ping !== 'absent' || tab.status === 'loading',
    contentBusy: ping === 'busy',
    priorStatements: {},
    coverage: [],
    matches: [],
    memory: null,
  };
  const analysis = report?.status === 'done' ? await recallAnalysis(tabId, report.url) : null;
  if (report && analysis) {
    // the popup is sent what storage.session keeps (the quotations; the entities without their mentions)
    state.analysis = keptForSession(analysis);
    if (state.status?.enabled) {
      const { bundle } = await currentDataset();
      Object.assign(state, pageEnrichment(bundle, report.url, analysis));
      const reading = await readingEnrichment(tabId, report.url, analysis, { keyOf: speakerKey, personIds: personIds(bundle) });
      const merged = withReading(
        { priorStatements: [], relatedCoverage: state.coverage, matches: state.matches, entity: null },
        { ...reading, priorStatements: {} },
      );
      state.coverage = merged.relatedCoverage;
      state.matches = merged.matches;
      for (const [key, list] of Object.entries(reading.priorStatements))
        state.priorStatements[key] = [...list, ...(state.priorStatements[key] ?? [])];
    }
  }
  if (url) {
    const settingsNow = await memorySettings();
    state.memory = {
      on: settingsNow.on,
      noticeSeen: settingsNow.noticeSeen,
      recorded: report ? await isRecorded(tabId, report.url) : null,
    };
  }
  return state;
}

export const pageRoute = route<PageToBackground>({
  from: 'extension-page',
  guards: pageToBackgroundGuards,
  handlers: {
    'tab/state': ({ tabId }) => tabState(tabId),
    'settings/get': () => settingsReply(),
    'settings/set': ({ settings }) => settingsReply(() => settings),
    'site/set': ({ site, enabled }) => settingsReply((current) => withSite(current, site, enabled)),
    'pause/set': ({ paused }) => settingsReply((current) => ({ ...current, paused })),
    'dataset/info': () => datasetInfo(),
    'dataset/import': ({ name, text }) => importDataset(name, text),
    'dataset/remove': () => removeDataset(),
    'memory/info': () => memoryInfo(),
    'memory/settings': async ({ settings }) => {
      await saveMemorySettings(settings);
      return memoryInfo();
    },
    'memory/clear': async () => {
      await clearMemory();
      return memoryInfo();
    },
    'memory/forget-site': async ({ site }) => {
      await forgetSite(site);
      return memoryInfo();
    },
    'memory/export': async () => {
      const { bundle } = await currentDataset();
      const file = memoryToDataset(await allArticles(), new Map(bundle.entities.map((e) => [e.id, e])));
      return { text: JSON.stringify(file, null, 1) };
    },
    'memory/forget-page': async ({ tabId }) => {
      const report = await loadReport(tabId);
      return { ok: report ? await forgetPage(tabId, report.url) : false };
    },
    'memory/notice-seen': async () => {
      await saveMemorySettings({ ...(await memorySettings()), noticeSeen: true });
      return { ok: true as const };
    },
  },
});
