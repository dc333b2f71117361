/**
 * Dynamic pages. A content script cannot patch the page's history functions (they live in the
 * page's world), so same-document navigations (pushState, replaceState, popstate) are seen by
 * popstate/hashchange events and the Navigation API where the browser has it (Chromium), else a
 * cheap poll of location.href as the catch-all. Article content replaced after load is seen by a
 * MutationObserver on the body, filtered to changes that concern the article (Sourcelight's own
 * host element, which lives outside <body>, never triggers it). Each watcher stops when its signal
 * aborts.
 */
import { every, later, listen } from './schedule';

/** A change runs the analysis (or the gate) again this long after the last one (ms)... */
export const RERUN_DEBOUNCE = 800;
/** ...and, while the page keeps changing, at least this often (ms). */
export const RERUN_MAX_WAIT = 3_000;

/** The part of a URL whose change means another document: everything but the fragment. Pure. */
export function documentKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

export function watchNavigation(onChange: (href: string) => void, signal: AbortSignal, pollMs = 750): void {
  let last = documentKey(location.href);
  const check = () => {
    const now = documentKey(location.href);
    if (now !== last) {
      last = now;
      onChange(location.href);
    }
  };
  listen(window, 'popstate', check, signal);
  listen(window, 'hashchange', check, signal);
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  if (nav) {
    // every same-document navigation changes the current entry (pushState and replaceState included)
    listen(nav, 'currententrychange', () => later(check, 0, signal), signal);
    listen(nav, 'navigatesuccess', () => later(check, 0, signal), signal);
  } else {
    // no Navigation API (Firefox before 147): pushState and replaceState fire nothing a content
    // script sees; a poll is the catch-all (a timer task every pollMs, on every page, for as long as it is open)
    every(check, pollMs, signal);
  }
}

/** How much a batch of mutations concerns the article. Pure over MutationRecord-like input. */
export interface MutationVerdict {
  /** text inside the article changed: check the ranges */
  touched: boolean;
  /** enough changed (or the article left the page) that the analysis should run again */
  rerun: boolean;
  /** enough new text outside the article that it may be another article now (read the page whole) */
  elsewhere: boolean;
}

const textLength = (n: Node): number => (n.nodeType === 1 || n.nodeType === 3 ? (n.textContent?.length ?? 0) : 0);
/** Added or removed text below this inside the article (a clock, a counter) does not re-run. */
export const RERUN_MIN_CHARS = 40;
/** Text added elsewhere in the body above this (a new article view) re-runs. */
export const NEW_CONTENT_MIN_CHARS = 400;

export function judgeMutations(
  records: ReadonlyArray<Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes' | 'oldValue'>>,
  container: Node | null,
  ignore: Node | null,
): MutationVerdict {
  let touched = false;
  let changed = 0;
  let elsewhere = 0;
  const containerGone = container !== null && !container.isConnected;
  for (const r of records) {
    if (ignore && (r.target === ignore || ignore.contains(r.target))) continue;
    const inside = container === null || container.contains(r.target) || r.target.contains(container);
    let size = 0;
    if (r.type === 'characterData') {
      size = Math.max(r.target.textContent?.length ?? 0, r.oldValue?.length ?? 0);
    } else {
      r.addedNodes.forEach((n) => {
        if (n !== ignore) size += textLength(n);
      });
      r.removedNodes.forEach((n) => {
        if (n !== ignore) size += textLength(n);
      });
    }
    if (size === 0) continue;
    if (inside) {
      touched = true;
      changed += size;
    } else elsewhere += size;
  }
  return {
    touched: touched || containerGone,
    rerun: containerGone || changed >= RERUN_MIN_CHARS || elsewhere >= NEW_CONTENT_MIN_CHARS,
    elsewhere: elsewhere >= NEW_CONTENT_MIN_CHARS,
  };
}

export function watchMutations(
  root: Node,
  container: () => Node | null,
  ignore: () => Node | null,
  /** every batch, with its records (growth.ts reads the changes from them) */
  onVerdict: (v: MutationVerdict, records: readonly MutationRecord[]) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => onVerdict(judgeMutations(records, container(), ignore()), records));
  observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
