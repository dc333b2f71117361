/** The toolbar badge: the number of speakers on the tab's page; empty when Sourcelight is off there. */
import { ext } from '../shared/browser';
import type { Analysis } from '../core/types';
import type { SiteStatus } from '../shared/settings';
import type { PageReport } from '../shared/views';
import { badgeText } from './views';

export async function updateBadge(
  tabId: number,
  report: PageReport | null,
  status: SiteStatus | null,
  analysis: Analysis | null = null,
): Promise<void> {
  try {
    await ext.action.setBadgeText({ tabId, text: badgeText(report, analysis, status) });
  } catch {
    // the tab is gone
  }
}

/** Once per start: the badge's colours (dark text on amber passes contrast). */
export function styleBadge(): void {
  void ext.action.setBadgeBackgroundColor({ color: '#fbbf24' }).catch(() => undefined);
  const action = ext.action as unknown as { setBadgeTextColor?: (d: { color: string }) => Promise<void> };
  void action.setBadgeTextColor?.({ color: '#1b1b1f' })?.catch(() => undefined);
}
