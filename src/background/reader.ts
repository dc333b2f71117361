/**
 * Reads a page's article from its HTML, off the page's main thread: in Firefox here (the
 * background is an event page: it has DOMParser), in Chrome in an offscreen document (the service
 * worker has no DOM), through the queue of offscreen-jobs.ts (each of its waits bounded). This
 * file is its wiring to the browser.
 */
import { ext, extensionUrl, offscreenApi } from '../shared/browser';
import type { HtmlArticle } from '../shared/article-refs';
import { articleFromHtml } from '../shared/html-article';
import { isParseDone, OFFSCREEN_PAGE, OFFSCREEN_PORT } from '../shared/offscreen-port';
import { OffscreenJobs } from './offscreen-jobs';

/** (chrome.offscreen looked up at each use, not at load) */
const jobs = new OffscreenJobs(OFFSCREEN_PAGE, () => offscreenApi());

/** Registered at the background's start: the offscreen document connects here. */
export function listenOffscreen(): void {
  ext.runtime.onConnect.addListener((p) => {
    if (p.name !== OFFSCREEN_PORT || p.sender?.url !== extensionUrl(OFFSCREEN_PAGE)) return;
    p.onMessage.addListener((m: unknown) => {
      if (isParseDone(m)) jobs.answered(m);
    });
    p.onDisconnect.addListener(() => jobs.disconnected(p));
    jobs.connected(p);
  });
}

/**
 * storage.local `offPageReader: false` switches the off-page path off: every page then reads its
 * article itself (the fallback), as when this path fails. The e2e test of the fallback uses it.
 */
export const OFF_SWITCH = 'offPageReader';

/** The article of a page's HTML (null: not an article). Throws when it cannot be read here. */
export async function readArticle(html: string): Promise<HtmlArticle | null> {
  const { [OFF_SWITCH]: on } = await ext.storage.local.get(OFF_SWITCH);
  if (on === false) throw new Error('the off-page reader is switched off');
  // Firefox's event page has a DOM of its own
  if (typeof DOMParser === 'function') return articleFromHtml(html);
  return jobs.read(html);
}
