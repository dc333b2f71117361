/**
 * What each tab's content script reported, in storage.session under `tab:<id>` (the background
 * may be a service worker that restarts), and in memory for the life of the background.
 *
 * Per-tab state is bounded: what the popup and the card need (speakers, quotes, entity ids), not
 * the whole analysis (a few mentions per entity; quotes and their text capped): a few kilobytes to a few
 * hundred, never megabytes (stored as a PageReport, as before). When storage.session is full anyway, the entries of closed tabs go
 * first, then the oldest, and the write is tried again; a write that still fails is not an error:
 * the report is kept in memory and nothing that decides whether Sourcelight runs depends on it.
 */
import type { Analysis } from '../core/types';
import { ext } from '../shared/browser';
import { isPageReport, type PageReport } from '../shared/messages';

export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Bounds of one tab's stored report. */
export const REPORT_LIMITS = { quotes: 300, quoteText: 1_000, entities: 300, mentions: 10 };

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The part of an analysis the popup and the card use: the first few mentions of each entity, quotes and entities capped. */
export function boundedAnalysis(analysis: Analysis): Analysis {
  return {
    entities: analysis.entities.slice(0, REPORT_LIMITS.entities).map((e) => ({ ...e, mentions: e.mentions.slice(0, REPORT_LIMITS.mentions) })),
    quotes: analysis.quotes.slice(0, REPORT_LIMITS.quotes).map((q) => ({ ...q, text: cut(q.text, REPORT_LIMITS.quoteText) })),
  };
}

export function boundedReport(report: PageReport): PageReport {
  return report.analysis ? { ...report, analysis: boundedAnalysis(report.analysis) } : report;
}

/** A tab's report in memory, with when it was written (for eviction: storage holds the bare report). */
interface Stored {
  at: number;
  report: PageReport;
}

/**
 * Which stored tab entries to remove to make room, in order: those of tabs no longer open, then
 * the oldest (`at`, the time this background wrote it; 0 when written before it started: tab ids
 * grow, so those go lowest id first); never the tab being written.
 */
export function evictionOrder(entries: Array<{ tabId: number; at: number }>, openTabs: ReadonlySet<number> | null, writing: number): number[] {
  const others = entries.filter((e) => e.tabId !== writing);
  const closed = openTabs ? others.filter((e) => !openTabs.has(e.tabId)) : [];
  const open = others.filter((e) => !closed.includes(e)).sort((a, b) => a.at - b.at || a.tabId - b.tabId);
  return [...closed.map((e) => e.tabId), ...open.map((e) => e.tabId)];
}

/** The latest report of each tab for the life of this background (also when storage could not take it). */
const memory = new Map<number, Stored>();

async function storedEntries(): Promise<Array<{ tabId: number; stored: Stored }>> {
  const all = await ext.storage.session.get(null);
  const out: Array<{ tabId: number; stored: Stored }> = [];
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (!m || !isPageReport(value)) continue;
    const tabId = Number(m[1]);
    out.push({ tabId, stored: { at: memory.get(tabId)?.at ?? 0, report: value } });
  }
  return out;
}

async function openTabIds(): Promise<Set<number> | null> {
  try {
    return new Set((await ext.tabs.query({})).map((t) => t.id).filter((id): id is number => id !== undefined));
  } catch {
    return null;
  }
}

/** Makes room for `tabId`'s entry: removes every closed tab's entry, else the older half of the others. */
async function evictFor(tabId: number): Promise<boolean> {
  const entries = (await storedEntries()).map((e) => ({ tabId: e.tabId, at: e.stored.at }));
  const open = await openTabIds();
  const order = evictionOrder(entries, open, tabId);
  if (order.length === 0) return false;
  const closed = open ? order.filter((id) => !open.has(id)).length : 0;
  await ext.storage.session.remove(order.slice(0, closed > 0 ? closed : Math.ceil(order.length / 2)).map(tabKey));
  return true;
}

/**
 * Keeps the tab's report (bounded) in memory and in storage.session. Never throws: when the
 * session store is full even after eviction, the report stays in memory only.
 */
export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  const bounded = boundedReport(report);
  memory.set(tabId, { at: Date.now(), report: bounded });
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      await ext.storage.session.set({ [tabKey(tabId)]: bounded });
      return;
    } catch {
      // over the quota (or session storage unavailable): make room and try again
      if (!(await evictFor(tabId).catch(() => false))) return;
    }
  }
}

export async function loadReport(tabId: number): Promise<PageReport | null> {
  const kept = memory.get(tabId);
  if (kept) return kept.report;
  try {
    const value = (await ext.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
    return isPageReport(value) ? value : null;
  } catch {
    return null;
  }
}

export async function removeReport(tabId: number): Promise<void> {
  memory.delete(tabId);
  await ext.storage.session.remove(tabKey(tabId));
}

/** Every tab with a report (in storage or only in memory): the tabs whose content script is listening. */
export async function allReports(): Promise<Array<{ tabId: number; report: PageReport }>> {
  const byTab = new Map<number, PageReport>();
  for (const { tabId, stored } of await storedEntries().catch(() => [])) byTab.set(tabId, stored.report);
  for (const [tabId, stored] of memory) byTab.set(tabId, stored.report);
  return [...byTab].map(([tabId, report]) => ({ tabId, report }));
}

/** A report for a page whose content script has asked for its status but not reported yet. */
export function placeholderReport(url: string, enabled: boolean): PageReport {
  return { url, title: null, siteName: null, status: enabled ? 'analysing' : 'disabled', analysis: null, unplaced: 0, truncated: false, error: null };
}
