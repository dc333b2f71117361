/**
 * What each tab's content script reported, in storage.session under `tab:<id>` (the background
 * may be a service worker that restarts: nothing that matters is held in memory).
 */
import { ext } from '../shared/browser';
import { isPageReport } from '../shared/guards';
import type { PageReport } from '../shared/views';

export const tabKey = (tabId: number): string => `tab:${tabId}`;

export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  await ext.storage.session.set({ [tabKey(tabId)]: report });
}

export async function loadReport(tabId: number): Promise<PageReport | null> {
  const got = await ext.storage.session.get(tabKey(tabId));
  const value = got[tabKey(tabId)];
  return isPageReport(value) ? value : null;
}

export async function removeReport(tabId: number): Promise<void> {
  await ext.storage.session.remove(tabKey(tabId));
}

/** Every tab with a report: the tabs whose content script is listening. */
export async function allReports(): Promise<Array<{ tabId: number; report: PageReport }>> {
  const all = await ext.storage.session.get(null);
  const out: Array<{ tabId: number; report: PageReport }> = [];
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m && isPageReport(value)) out.push({ tabId: Number(m[1]), report: value });
  }
  return out;
}

/** A report for a page whose content script has asked for its status but not reported yet. */
export function placeholderReport(url: string, enabled: boolean): PageReport {
  return { url, title: null, siteName: null, status: enabled ? 'analysing' : 'disabled', entities: 0, quotes: 0, unplaced: 0, truncated: false, error: null };
}
