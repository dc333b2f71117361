/**
 * Background: service worker in Chrome, event page in Firefox. Keeps no state in memory that
 * matters: what the content scripts report lives in storage.session, keyed by tab.
 */
import { ext } from '../shared/browser';
import { listen, route } from '../shared/messaging';
import {
  type ContentToBackground,
  contentToBackgroundGuards,
  type PageReport,
  type PageToBackground,
  pageToBackgroundGuards,
} from '../shared/messages';

const tabKey = (tabId: number) => `tab:${tabId}`;

async function saveReport(tabId: number, report: PageReport): Promise<void> {
  await ext.storage.session.set({ [tabKey(tabId)]: report });
}

async function loadReport(tabId: number): Promise<PageReport | null> {
  const got = await ext.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as PageReport | undefined) ?? null;
}

listen([
  route<ContentToBackground>({
    from: 'content',
    guards: contentToBackgroundGuards,
    handlers: {
      'page/report': async (report, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('page/report without a tab');
        await saveReport(tabId, report);
        const speakers = new Set(report.analysis?.quotes.map((q) => q.speaker.name) ?? []).size;
        await ext.action.setBadgeText({ tabId, text: speakers > 0 ? String(speakers) : '' });
        return { ok: true as const };
      },
    },
  }),
  route<PageToBackground>({
    from: 'extension-page',
    guards: pageToBackgroundGuards,
    handlers: {
      'tab/state': async ({ tabId }) => ({ report: await loadReport(tabId) }),
    },
  }),
]);

ext.tabs.onRemoved.addListener((tabId) => {
  void ext.storage.session.remove(tabKey(tabId));
});
