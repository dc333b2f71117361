/** Keyboard commands (manifest "commands"): toggle-site (Alt+Shift+L), open-panel (Alt+Shift+K). */
import { ext } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { pageSite, siteStatus, withSite } from '../shared/settings';
import { loadReport } from './reports';
import { updateSettings } from './settings-store';

async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // the command grants activeTab, so the URL is visible; the report's is the fallback
  return { id: tab.id, url: tab.url ?? (await loadReport(tab.id))?.url ?? null };
}

/** Turns Sourcelight on or off for the active tab's site (the pause aside). */
export async function toggleSite(): Promise<void> {
  const tab = await activeTab();
  if (!tab?.url || !pageSite(tab.url).allowed) return;
  const url = tab.url;
  await updateSettings((settings) => {
    const status = siteStatus(url, { ...settings, paused: false });
    return withSite(settings, status.site, !status.enabled);
  });
}

export async function openPanel(): Promise<void> {
  const tab = await activeTab();
  if (tab) await sendToTab(tab.id, 'content/open-panel', {}).catch(() => undefined);
}

export function onCommand(command: string): void {
  if (command === 'toggle-site') void toggleSite();
  else if (command === 'open-panel') void openPanel();
}
