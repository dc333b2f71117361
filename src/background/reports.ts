/**
 * What each tab's content script reported, in storage.session under `tab:<id>` (the background
 * may be a service worker that restarts), and in memory for the life of the background.
 *
 * Per-tab state is bounded: a report is status and counts (the analysis is kept apart, bounded, by
 * analyses.ts). When storage.session is full anyway, the entries of closed tabs go first (their
 * report and their analysis), then the oldest, and the write is tried again (writeTabEntry); a
 * write that still fails is not an error: the report is kept in memory and nothing that decides
 * whether Sourcelight runs depends on it.
 */
import { ext } from '../shared/browser';
import { isPageReport } from '../shared/guards';
import type { PageReport } from '../shared/views';

export const tabKey = (tabId: number): string => `tab:${tabId}`;

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
export function evictionOrder(
  entries: Array<{ tabId: number; at: number }>,
  openTabs: ReadonlySet<number> | null,
  writing: number,
): number[] {
  const others = entries.filter((e) => e.tabId !== writing);
  const closed = openTabs ? others.filter((e) => !openTabs.has(e.tabId)) : [];
  const open = others.filter((e) => !closed.includes(e)).sort((a, b) => a.at - b.at || a.tabId - b.tabId);
  return [...closed.map((e) => e.tabId), ...open.map((e) => e.tabId)];
}

/** The latest report of each tab for the life of this background (also when storage could not take it). */
const memory = new Map<number, Stored>();

/** How many closed tabs are remembered (tabClosed). */
export const MAX_CLOSED_TABS = 1_000;

/**
 * Tabs closed in the life of this background, most recent last. A browser does not give a closed
 * tab's id to another tab in the same session, so nothing may be kept under it again: a report or an
 * analysis that arrives after its tab closed (the page sent it while closing) would otherwise outlive
 * the tab's cleanup, and be read as the report of whatever page it names.
 */
const closedTabs = new Set<number>();

/** Notes that a tab is closed (tabs.onRemoved): nothing is kept under its id from now on. */
export function tabClosed(tabId: number): void {
  closedTabs.add(tabId);
  for (const oldest of closedTabs) {
    if (closedTabs.size <= MAX_CLOSED_TABS) break;
    closedTabs.delete(oldest);
  }
}

export const isTabClosed = (tabId: number): boolean => closedTabs.has(tabId);

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

/** Session keys that belong to a tab: its report (`tab:<id>`) and its analysis (`analysis:<id>`). */
const TAB_ENTRY = /^(?:tab|analysis):(\d+)$/;

/** The session keys of each tab that has any. */
async function tabEntries(): Promise<Map<number, string[]>> {
  const byTab = new Map<number, string[]>();
  for (const key of Object.keys(await ext.storage.session.get(null))) {
    const m = TAB_ENTRY.exec(key);
    if (!m) continue;
    const tabId = Number(m[1]);
    byTab.set(tabId, [...(byTab.get(tabId) ?? []), key]);
  }
  return byTab;
}

async function openTabIds(): Promise<Set<number> | null> {
  try {
    return new Set((await ext.tabs.query({})).map((t) => t.id).filter((id): id is number => id !== undefined));
  } catch {
    return null;
  }
}

/** Makes room for `tabId`'s entries: removes every closed tab's entries, else the older half of the others'. */
async function evictFor(tabId: number): Promise<boolean> {
  const byTab = await tabEntries();
  const entries = [...byTab.keys()].map((id) => ({ tabId: id, at: memory.get(id)?.at ?? 0 }));
  const open = await openTabIds();
  const order = evictionOrder(entries, open, tabId);
  if (order.length === 0) return false;
  const closed = open ? order.filter((id) => !open.has(id)).length : 0;
  const going = order.slice(0, closed > 0 ? closed : Math.ceil(order.length / 2));
  await ext.storage.session.remove(going.flatMap((id) => byTab.get(id) ?? []));
  return true;
}

/**
 * Writes one of a tab's entries to storage.session, making room (evictFor) when the store is
 * full. Never throws: false when it could not be stored even then, or when the tab is closed.
 */
export async function writeTabEntry(tabId: number, key: string, value: unknown): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    if (closedTabs.has(tabId)) return false;
    try {
      await ext.storage.session.set({ [key]: value });
      return true;
    } catch {
      // over the quota (or session storage unavailable): make room and try again
      if (!(await evictFor(tabId).catch(() => false))) return false;
    }
  }
  return false;
}

/**
 * Whether `next` is older than the report kept: both of one page load (`load`), `next` with a lower
 * `seq` (a retried report that arrived late). Reports of another load, or without these (the
 * placeholder), are never stale.
 */
export function staleReport(next: PageReport, kept: PageReport | null): boolean {
  return (
    kept !== null &&
    next.load !== undefined &&
    next.load === kept.load &&
    next.seq !== undefined &&
    kept.seq !== undefined &&
    next.seq < kept.seq
  );
}

/**
 * Keeps the tab's report in memory and in storage.session, unless a newer report of the same
 * page load is kept (staleReport) or the tab is closed: then nothing changes and the answer is false. Never throws (see
 * writeTabEntry).
 */
export async function saveReport(tabId: number, report: PageReport): Promise<boolean> {
  const kept = memory.get(tabId)?.report ?? (await loadReport(tabId));
  // checked again after the read: another report may have been kept meanwhile
  if (staleReport(report, memory.get(tabId)?.report ?? kept) || closedTabs.has(tabId)) return false;
  memory.set(tabId, { at: Date.now(), report });
  await writeTabEntry(tabId, tabKey(tabId), report);
  return true;
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
  return {
    url,
    title: null,
    siteName: null,
    status: enabled ? 'analyzing' : 'disabled',
    entities: 0,
    quotes: 0,
    unplaced: 0,
    truncated: false,
    error: null,
  };
}
