/**
 * The analyses the background made, kept where they were made: by tab and page address (the
 * page reports only how it went, and a card asks by entity id and quote indexes).
 *
 * In memory: the whole analysis of the last MAX_HELD tabs analyzed. In storage.session, under
 * `analysis:<id>` (the background may be a service worker that restarts): what the popup and the
 * card read, that is the quotations and the entities without their mentions. When neither has
 * it (the tab's page changed, or what was stored cannot be read) the answer is null and the
 * asker shows what it can without it.
 */
import type { Analysis } from '../core/types';
import { ext } from '../shared/browser';
import { isAnalysis } from '../shared/guards';
import { sameDocument } from '../shared/views';
import { isTabClosed, writeTabEntry } from './reports';
import { keptForSession } from './views';

/** Tabs whose whole analysis is held in memory. */
export const MAX_HELD = 8;

export const analysisKey = (tabId: number): string => `analysis:${tabId}`;

interface Held {
  url: string;
  analysis: Analysis;
}
const held = new Map<number, Held>();

function hold(tabId: number, entry: Held): void {
  held.delete(tabId);
  held.set(tabId, entry);
  for (const oldest of held.keys()) {
    if (held.size <= MAX_HELD) break;
    held.delete(oldest);
  }
}

export async function rememberAnalysis(tabId: number, url: string, analysis: Analysis): Promise<void> {
  // a page that finished after its tab closed: nothing is kept under a closed tab's id (tabClosed)
  if (isTabClosed(tabId)) return;
  hold(tabId, { url, analysis });
  // never throws: a full session store evicts closed and old tabs' entries, else memory alone holds it
  await writeTabEntry(tabId, analysisKey(tabId), { url, analysis: keptForSession(analysis) });
}

/** The tab's analysis of `url` (memory first, else storage.session); null when there is none for that page. */
export async function recallAnalysis(tabId: number, url: string): Promise<Analysis | null> {
  const inMemory = held.get(tabId);
  if (inMemory) return sameDocument(inMemory.url, url) ? inMemory.analysis : null;
  const got = (await ext.storage.session.get(analysisKey(tabId)))[analysisKey(tabId)] as { url?: unknown; analysis?: unknown } | undefined;
  if (typeof got?.url !== 'string' || !sameDocument(got.url, url) || !isAnalysis(got.analysis)) return null;
  return got.analysis;
}

export async function forgetAnalysis(tabId: number): Promise<void> {
  held.delete(tabId);
  await ext.storage.session.remove(analysisKey(tabId));
}
