/**
 * How the popup keeps its tab's state (TabState, the background's 'tab/state') current, without the
 * browser API: the seam (the query, the storage listener, the timer) is handed in, so the order of
 * events is unit-tested with a fake one.
 *
 * Three rules, each closing a way the popup could say "analyzing" (then "stalled") about a page the
 * background had long reported done:
 *  - it listens for changes before it first asks: a report written between the background's
 *    reading of the tab's state and the popup's listening would otherwise never be heard of;
 *  - each answer is shown only if no answer to a later question is shown already: answers may come
 *    back out of order (the background answers a done page after more look-ups than a page still
 *    analyzing), and an earlier answer must not take the popup back to what was true before;
 *  - while the page is analyzing, it asks again every REQUERY_MS (requeryAfter), also without a
 *    change heard of; a question lost because the background was starting or stopping is asked
 *    again, LOST_RETRIES times at most in a row.
 */
import { backgroundLost } from '../shared/delivery';
import type { TabState } from '../shared/views';
import { REQUERY_MS, requeryAfter } from './model';

/** How many lost questions in a row are asked again before the popup says what went wrong. */
export const LOST_RETRIES = 3;

export interface FollowSeam {
  /** asks the background for the tab's state */
  query(): Promise<TabState>;
  /** calls `changed` on every change of the tab's report or of the settings; returns the teardown */
  subscribe(changed: () => void): () => void;
  /** calls `fn` after `ms`; returns its cancel */
  later(fn: () => void, ms: number): () => void;
  /** the newest state */
  state(s: TabState): void;
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
  let lostInARow = 0;
  let cancelTimer: (() => void) | null = null;

  const askAgainIn = (ms: number | null): void => {
    cancelTimer?.();
    cancelTimer = ms === null ? null : seam.later(ask, ms);
  };
  /** whether the answer to question `n` is still wanted (marks it shown if so) */
  const wanted = (n: number): boolean => {
    if (stopped || n < shown) return false;
    shown = n;
    return true;
  };

  function ask(): void {
    if (stopped) return;
    const n = ++asked;
    seam.query().then(
      (s) => {
        if (!wanted(n)) return;
        lostInARow = 0;
        seam.state(s);
        askAgainIn(requeryAfter(s));
      },
      (e: unknown) => {
        if (!wanted(n)) return;
        if (backgroundLost(e) && lostInARow < LOST_RETRIES) {
          lostInARow++;
          askAgainIn(REQUERY_MS);
          return;
        }
        askAgainIn(null);
        seam.error(e instanceof Error ? e.message : String(e));
      },
    );
  }

  const unsubscribe = seam.subscribe(ask);
  ask();
  return {
    refresh: ask,
    stop: () => {
      stopped = true;
      askAgainIn(null);
      unsubscribe();
    },
  };
}
