/** What the popup shows, decided from the background's TabState: pure, unit-tested. */
import { UNANSWERED_MESSAGE } from '../shared/delivery';
import { sameDocument, type TabState } from '../shared/views';

export type PopupView =
  | 'restricted'
  | 'unknown'
  | 'reload'
  | 'paused'
  | 'site-off'
  | 'analyzing'
  | 'busy'
  | 'stalled'
  | 'not-article'
  | 'error'
  | 'nothing'
  | 'done';

/** The popup stops saying "analyzing" after this long without a new report (ms). */
export const ANALYZING_LIMIT = 30_000;

/**
 * While the page is analyzing, the popup asks for the tab's state again this often (ms), besides
 * asking on every change of the tab's report: a change it did not hear of (a report kept only in
 * the background's memory when storage.session could not take it) is shown all the same.
 */
export const REQUERY_MS = 2_000;

/**
 * A question for the tab's state (follow.ts) with no answer within this (ms) counts as failed, lost
 * like one whose background restarted: it is asked again (FAILED_RETRIES at most in a row), and its
 * answer, if it comes later, is still shown unless a later one is. The background answers from its
 * storage in milliseconds, a worker that had stopped starting first in well under a second; one
 * whose handler hangs, or whose answer is lost without an error, would otherwise leave the popup on
 * "loading" (or on an old state) until a change of the tab's report.
 */
export const QUERY_LIMIT_MS = 5_000;

/** The error of a question past QUERY_LIMIT_MS; the popup shows it in the reader's language (errorDetail). */
export const QUERY_TIMEOUT_MESSAGE = 'the background did not answer in time';

/**
 * Which state the popup is in, most decisive first. `analyzingFor`: how long the popup has seen the
 * page analyzing; past ANALYZING_LIMIT it says the page did not finish (a background that stopped,
 * a page that never settles) instead of "analyzing" for ever. A page analyzing whose script is
 * present but did not answer (contentBusy) is "busy" instead, then and later.
 */
export function popupView(state: TabState, analyzingFor = 0): PopupView {
  const view = currentView(state);
  if (view !== 'analyzing') return view;
  // its script did not answer the background's ping: the page's main thread is busy, whatever the time
  if (state.contentBusy) return 'busy';
  return analyzingFor >= ANALYZING_LIMIT ? 'stalled' : view;
}

/**
 * When to ask for the tab's state again without a change heard of (ms), or null: only on a change.
 * `analyzingFor` as in popupView: while the page is busy it asks on (it says so until the page
 * answers); once the popup says the page did not finish ("stalled"), it stops asking (a page that never reports would otherwise be asked about, and the background woken, for
 * as long as the popup is open). Pure.
 */
export function requeryAfter(state: TabState, analyzingFor = 0): number | null {
  const view = popupView(state, analyzingFor);
  return view === 'analyzing' || view === 'busy' ? REQUERY_MS : null;
}

/** A change of the tab the popup heard of (tabs.onUpdated's changeInfo, the fields it reads). */
export interface TabChange {
  status?: string;
  url?: string;
}

/**
 * Whether a change of the tab is a new page, whose time analyzing (ANALYZING_LIMIT) starts afresh:
 * the tab started loading, or its address changed to another document. `before`: the tab's address
 * as the popup last knew it (null: not known). An address that differs from it only in its
 * `#fragment` is the same page (an in-page anchor: Firefox says so as a new address, Chromium with
 * the address visible as "loading" with it), its analysis stands; "loading" at the same address,
 * or with none given, is a reload; the same address again without "loading" is no change. (Where the browser hides the address, Chromium's in-page anchor
 * is a bare "loading", a reload as far as the popup can tell.) Pure.
 */
export function startsNewPage(change: TabChange, before: string | null): boolean {
  const loading = change.status === 'loading';
  const url = change.url;
  // the same document: a reload only when loading at the very same address (not an anchor's)
  if (url !== undefined && before !== null && sameDocument(url, before)) return loading && url === before;
  return loading || url !== undefined;
}

function currentView(state: TabState): PopupView {
  if (state.status?.reason === 'not-allowed') return 'restricted';
  if (state.status?.reason === 'paused') return 'paused';
  if (state.status?.reason === 'site-off') return 'site-off';
  const report = state.report;
  if (!report) {
    if (state.contentScript) return 'analyzing';
    return state.url === null ? 'unknown' : 'reload';
  }
  switch (report.status) {
    case 'disabled': // reported while off; the site is on now: its script analyzes the page again, if it is there
    case 'analyzing':
      // its script has gone since (the extension was updated or reloaded under the page): nothing will
      // report again, the page must be reloaded (said at once, not "analyzing" and then "did not finish")
      return state.contentScript ? 'analyzing' : 'reload';
    case 'not-article':
      return 'not-article';
    case 'error':
      return 'error';
    case 'done':
      return report.quotes === 0 && report.entities === 0 ? 'nothing' : 'done';
  }
}

/** The site name to show: the page's, else its host. */
export function outletOf(state: TabState): string {
  if (state.report?.siteName) return state.report.siteName;
  if (state.status?.site) return state.status.site;
  try {
    return state.url ? new URL(state.url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * A failed page's error as the popup shows it: a cause the extension knows, as a message key (in
 * the reader's language); anything else as the script gave it (a technical detail, in English).
 */
export function errorDetail(
  error: string | null | undefined,
): { key: 'errorBackgroundGone' | 'errorBackgroundSlow' } | { raw: string } | null {
  if (!error) return null;
  if (error.includes(UNANSWERED_MESSAGE)) return { key: 'errorBackgroundGone' };
  if (error.includes(QUERY_TIMEOUT_MESSAGE)) return { key: 'errorBackgroundSlow' };
  return { raw: error };
}
