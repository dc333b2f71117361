/**
 * How the popup keeps its tab's state (TabState, the background's 'tab/state') current, without the
 * browser API: the seam (the query, the storage listener, the timer) is handed in, so the order of
 * events is unit-tested with a fake one.
 *
 * Four rules, each closing a way the popup could say "analyzing" (then "stalled") about a page the
 * background had long reported done, or about a page loaded since:
 *  - it listens for changes before it first asks: a report written between the background's
 *    reading of the tab's state and the popup's listening would otherwise never be heard of;
 *  - each answer is shown only if no answer to a later question is shown already: answers may come
 *    back out of order (the background answers a done page after more look-ups than a page still
 *    analyzing), and an earlier answer must not take the popup back to what was true before;
 *  - while the page is analyzing, it asks again every REQUERY_MS (requeryAfter), also without a
 *    change heard of, until the popup says the page did not finish ("stalled", ANALYZING_LIMIT):
 *    then only a change heard of makes it ask. A question that failed is asked again, FAILED_RETRIES
 *    times at most in a row, when it was lost (the background starting or stopping) or when the
 *    page shown is still analyzing; past that the popup says what went wrong. A question with no
 *    answer within QUERY_LIMIT_MS has failed, lost like one whose background restarted (a 'tab/state'
 *    handler that hangs, an answer lost without an error): without the bound the popup stayed on
 *    "loading", or on an old state, until a change was heard of;
 *  - the time analyzing (ANALYZING_LIMIT) starts afresh when the tab starts loading or changes
 *    to another document (startsNewPage, from the change tabChanges hands over): it is a new page,
 *    and the state shown is shown again at once with its time restarted, before the new question is
 *    answered. Kept from the page before, a popup that said "stalled" and whose tab the user reloaded
 *    said "stalled" again at the first answer ("analyzing": the page loading) and asked no more until
 *    the new page's report was written; restarted only at the first answer, it went on saying
 *    "stalled" until that answer came. A change of the address's `#fragment` alone (an in-page
 *    anchor) is the same page: its time analyzing goes on.
 * The popup shows "stalled" by the time this follower counts (FollowSeam.state), not by a clock of its own.
 * A question asked cancels the re-ask pending; a failed question leaves the answer shown as it is
 * (an older answer still on its way is shown when it comes, and so is the late answer of a
 * question that timed out, unless the answer to a later one is shown).
 */
import { backgroundLost } from '../shared/delivery';
import { SETTINGS_KEY } from '../shared/settings';
import type { TabState } from '../shared/views';
import { popupView, QUERY_LIMIT_MS, QUERY_TIMEOUT_MESSAGE, REQUERY_MS, requeryAfter, startsNewPage, type TabChange } from './model';

/** How many failed questions in a row are asked again before the popup says what went wrong. */
export const FAILED_RETRIES = 3;

export interface FollowSeam {
  /** asks the background for the tab's state */
  query(): Promise<TabState>;
  /**
   * calls `changed` on every change of the tab's report, of the settings or of the tab (tabChanges),
   * with the tab's change (its status or address) when it is one; returns the teardown
   */
  subscribe(changed: (tab?: TabChange) => void): () => void;
  /** calls `fn` after `ms`; returns its cancel */
  later(fn: () => void, ms: number): () => void;
  /** the time (ms; Date.now): how long the page has been shown analyzing */
  now(): number;
  /** the newest state, and since when (now()) it has been shown analyzing (null: it is not; popupView's `analyzingFor`) */
  state(s: TabState, analyzingSince: number | null): void;
  /** why the state could not be had (a question not asked again) */
  error(message: string): void;
}

export interface Follower {
  /** asks again now (after the popup changed a setting) */
  refresh(): void;
  /** stops listening and asking; answers still on their way are dropped */
  stop(): void;
}

export function followTabState(seam: FollowSeam): Follower {
  let asked = 0; // the number of the last question asked
  let shown = 0; // the number of the question whose answer is shown
  let stopped = false;
  let failedInARow = 0;
  let cancelTimer: (() => void) | null = null;
  let last: TabState | null = null; // the state shown
  let analyzingSince: number | null = null; // when the state shown first said analyzing
  let heardUrl: string | null = null; // the tab's address as its last change said it (else the state shown's)

  const askAgainIn = (ms: number | null): void => {
    cancelTimer?.();
    cancelTimer = ms === null ? null : seam.later(ask, ms);
  };
  /** when to ask again about the state shown (null: only on a change) */
  const requery = (): number | null => (last ? requeryAfter(last, analyzingSince === null ? 0 : seam.now() - analyzingSince) : null);

  /** the bounds of the questions on their way (QUERY_LIMIT_MS): cancelled as each settles, all on stop */
  const limits = new Set<() => void>();

  function ask(): void {
    if (stopped) return;
    askAgainIn(null); // this question stands for the re-ask pending
    const n = ++asked;
    let timedOut = false;
    const cancelLimit = seam.later(() => {
      limits.delete(cancelLimit);
      timedOut = true;
      failed(n, new Error(QUERY_TIMEOUT_MESSAGE), true);
    }, QUERY_LIMIT_MS);
    limits.add(cancelLimit);
    const settled = (): void => {
      cancelLimit();
      limits.delete(cancelLimit);
    };
    seam.query().then(
      (s) => {
        settled();
        // an answer to an earlier question than the one shown would take the popup back
        // (one past its time is still shown: it failed, but nothing newer is on the screen)
        if (stopped || n < shown) return;
        shown = n;
        failedInARow = 0;
        last = s;
        // (a busy page is not counted as analyzing: the bound starts when its script answers again)
        if (requeryAfter(s) === null || popupView(s) === 'busy') analyzingSince = null;
        else analyzingSince ??= seam.now();
        seam.state(s, analyzingSince);
        askAgainIn(requery());
      },
      (e: unknown) => {
        settled();
        // (a question past its time has been counted as failed already)
        if (!timedOut) failed(n, e, backgroundLost(e));
      },
    );
  }

  /** question `n` failed (`lost`: the background went away under it, or it had no answer in time) */
  function failed(n: number, e: unknown, lost: boolean): void {
    // (not marked shown: an older answer still on its way is shown when it comes);
    // a later question asked since is on its way, and its outcome decides
    if (stopped || n < shown || n < asked) return;
    if (failedInARow < FAILED_RETRIES && (lost || requery() !== null)) {
      failedInARow++;
      askAgainIn(REQUERY_MS);
      return;
    }
    askAgainIn(null);
    seam.error(e instanceof Error ? e.message : String(e));
  }

  const unsubscribe = seam.subscribe((tab) => {
    // a new page: its time analyzing starts with the first answer that says so; what is shown meanwhile
    // is shown again without the old page's time (not "stalled" until that answer comes)
    if (tab && startsNewPage(tab, heardUrl ?? last?.url ?? null) && analyzingSince !== null) {
      analyzingSince = null;
      if (last) seam.state(last, null);
    }
    if (tab?.url !== undefined) heardUrl = tab.url;
    ask();
  });
  ask();
  return {
    refresh: ask,
    stop: () => {
      stopped = true;
      askAgainIn(null);
      for (const cancel of limits) cancel();
      limits.clear();
      unsubscribe();
    },
  };
}

/** An event of the browser seam, as the popup listens to it. */
interface Event<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The browser events the popup follows its tab by (ext's storage.onChanged and tabs.onUpdated). */
export interface TabEvents {
  storage: { onChanged: Event<(changes: Record<string, unknown>) => void> };
  tabs: { onUpdated: Event<(tabId: number, change: TabChange) => void> };
}

/**
 * The popup's FollowSeam.subscribe for tab `tabId`: a change of its report (`tab:<id>`) or of the
 * settings in storage, and a change of the tab's loading status or address (tabs.onUpdated). The
 * tab's own changes matter where no report is written: a page whose content script has gone
 * ("reload", which is not asked about again on a timer, nor "stalled") reloaded by the user while
 * the popup is open writes no new report until its new script has started (its placeholder is
 * written only for another address), and none at all when storage.session cannot take it; the
 * popup kept "reload" until it was opened again. Asked again as the tab starts loading, the
 * background says the page is loading ("analyzing", tab.status), then the popup asks on as for any
 * page analyzing; the change is handed over, the follower decides whether it is a new page (startsNewPage)
 * and so whether the page's time analyzing starts afresh. A title or favicon change is not a reason
 * to ask; "complete" asks, but is no new page.
 */
export function tabChanges(events: TabEvents, tabId: number): FollowSeam['subscribe'] {
  return (changed) => {
    const stored = (changes: Record<string, unknown>): void => {
      if (`tab:${tabId}` in changes || SETTINGS_KEY in changes) changed();
    };
    const updated = (id: number, change: TabChange): void => {
      if (id === tabId && (change.status !== undefined || change.url !== undefined)) {
        changed({ status: change.status, url: change.url });
      }
    };
    events.storage.onChanged.addListener(stored);
    events.tabs.onUpdated.addListener(updated);
    return () => {
      events.storage.onChanged.removeListener(stored);
      events.tabs.onUpdated.removeListener(updated);
    };
  };
}
