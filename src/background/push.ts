/**
 * Settings take effect at once: when they change, every tab whose status changes gets
 * 'content/settings' (enabled false: the content script removes its highlights) and its badge.
 */
import { sendToTab } from '../shared/messaging';
import { type Settings, siteStatus } from '../shared/settings';
import { updateBadge } from './badge';
import { recallAnalysis } from './analyses';
import { allReports } from './reports';

export async function pushSettings(before: Settings, after: Settings): Promise<number> {
  let pushed = 0;
  for (const { tabId, report } of await allReports()) {
    const was = siteStatus(report.url, before);
    const now = siteStatus(report.url, after);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    pushed++;
    await Promise.all([
      sendToTab(tabId, 'content/settings', now).catch(() => undefined), // no content script (yet) in that tab
      recallAnalysis(tabId, report.url).then((analysis) => updateBadge(tabId, report, now, analysis)),
    ]);
  }
  return pushed;
}
