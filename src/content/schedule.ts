/**
 * When the content script works: after the page has settled (document idle, then idle time),
 * and in idle slices so a large page never freezes the tab. Every helper takes an AbortSignal
 * and leaves nothing behind once it is aborted (no listener, no timer): the content script's
 * whole life hangs on one signal (index.ts), as refined-github runs each feature with init(signal).
 */

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type IdleHandle = { cancel(): void };

function requestIdle(fn: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, timeout: number): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => fn({ timeRemaining: () => 8, didTimeout: true }), 1);
  return { cancel: () => clearTimeout(id) };
}

/** Resolves in idle time (or after `timeout` ms at the latest); rejects with Cancelled on abort. */
export function idle(signal: AbortSignal, timeout = 1_000): Promise<{ timeRemaining(): number }> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled());
    const onAbort = () => {
      handle.cancel();
      reject(new Cancelled());
    };
    const handle = requestIdle((d) => {
      signal.removeEventListener('abort', onAbort);
      resolve(d);
    }, timeout);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Resolves once the page has settled: the manifest runs the script at document_idle (the DOM is
 * parsed); this waits for the load event, so that the page's own loading and layout are not
 * competed with, but at most `loadCap` ms (images, ads and trackers that never finish loading must
 * not keep the reader waiting), then for the next idle period.
 */
export async function settled(signal: AbortSignal, doc: Document = document, loadCap = 2_000): Promise<void> {
  if (doc.readyState !== 'complete') {
    const loaded = child(signal);
    const win = doc.defaultView;
    // the load event or the cap, whichever first; either ends the other
    if (win) listen(win, 'load', () => loaded.abort(), loaded.signal);
    await timeout(loadCap, loaded.signal).catch(() => undefined);
    loaded.abort();
    if (signal.aborted) throw new Cancelled();
  }
  await idle(signal, 2_000);
}

/** A slice of work between two yields to the page runs at most about this long (ms): far from a long task (50 ms). */
export const SLICE_MS = 8;
/** A slice waits for idle time at most this long (ms): a page that is never idle still gets its work done. */
const SLICE_WAIT_MS = 100;

/**
 * Runs work in slices: step() yields to the page (until idle time, or SLICE_WAIT_MS at most)
 * whenever the current idle period is used up or the slice has run for `budget` ms. Work between
 * two steps must be short: loops call step() every few items (a step that does not yield is a
 * microtask).
 */
export class Slicer {
  private deadline: { timeRemaining(): number } | null = null;
  private since = 0;
  /** `wait` and `now` are the page's idle time and clock; a test gives its own. */
  constructor(
    private readonly signal: AbortSignal,
    private readonly budget = SLICE_MS,
    private readonly wait: (signal: AbortSignal) => Promise<{ timeRemaining(): number }> = (s) => idle(s, SLICE_WAIT_MS),
    private readonly now: () => number = () => performance.now(),
  ) {}

  async step(): Promise<void> {
    if (this.signal.aborted) throw new Cancelled();
    if (this.deadline && this.deadline.timeRemaining() >= 2 && this.now() - this.since < this.budget) return;
    this.deadline = await this.wait(this.signal);
    this.since = this.now();
  }
}

/**
 * Calls `fn` again after each delay while it rejects with what `retryable` admits (the background may
 * be starting or restarting: a service worker that was asleep or stopped, an event page being
 * reloaded); the last rejection, or the first one not admitted, is thrown. An abort ends the waiting
 * with Cancelled.
 */
export async function retry<T>(
  fn: () => Promise<T>,
  delays: readonly number[] = [250, 1_000],
  signal?: AbortSignal,
  retryable: (e: unknown) => boolean = () => true,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const delay = delays[attempt];
      if (delay === undefined || signal?.aborted || !retryable(e)) throw e;
      await (signal ? timeout(delay, signal) : new Promise((resolve) => setTimeout(resolve, delay)));
    }
  }
}

/**
 * When a debounced call runs: `wait` ms after the last call, but no later than `maxWait` ms after
 * the first call not yet run (a page that keeps changing must not put the analysis off forever).
 * Returns the delay from `now`. Pure.
 */
export function debounceDelay(firstPending: number, now: number, wait: number, maxWait: number): number {
  return Math.max(0, Math.min(wait, firstPending + maxWait - now));
}

/**
 * A trailing debounce with a maximum wait (debounceDelay): calls after an abort do nothing, and the
 * abort clears the pending one. `maxWait` Infinity: a plain trailing debounce.
 */
export function debounce(
  fn: () => void,
  ms: number,
  signal: AbortSignal,
  maxWait = Infinity,
  now: () => number = () => performance.now(),
): () => void {
  let pending: AbortController | null = null;
  let first = 0;
  return () => {
    if (!pending) first = now();
    pending?.abort();
    const self = (pending = child(signal));
    later(
      () => {
        pending = null;
        self.abort();
        fn();
      },
      debounceDelay(first, now(), ms, maxWait),
      self.signal,
    );
  };
}

/** Adds an event listener that the signal's abort removes. */
export function listen<E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, signal: AbortSignal, capture = false): void {
  target.addEventListener(type, fn as EventListener, { capture, signal });
}

/** Runs `fn` once the signal aborts (at once if it already has). */
export function onAbort(signal: AbortSignal, fn: () => void): void {
  if (signal.aborted) fn();
  else signal.addEventListener('abort', fn, { once: true });
}

/** A controller aborted with its parent (or on its own); it stops listening to the parent when it aborts. */
export function child(parent: AbortSignal): AbortController {
  const c = new AbortController();
  if (parent.aborted) c.abort();
  else parent.addEventListener('abort', () => c.abort(), { once: true, signal: c.signal });
  return c;
}

/** Calls `fn` after `ms`, unless the signal aborts first (which clears the timer). */
export function later(fn: () => void, ms: number, signal: AbortSignal): void {
  if (signal.aborted) return;
  const stop = (): void => clearTimeout(id);
  const id = setTimeout(() => {
    signal.removeEventListener('abort', stop);
    fn();
  }, ms);
  signal.addEventListener('abort', stop, { once: true });
}

/** Calls `fn` every `ms` until the signal aborts. */
export function every(fn: () => void, ms: number, signal: AbortSignal): void {
  if (signal.aborted) return;
  const id = setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(id), { once: true });
}

/** Resolves after `ms`; rejects with Cancelled (and clears the timer) on abort. */
export function timeout(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = child(signal);
    onAbort(c.signal, () => reject(new Cancelled())); // after the timer has resolved, a reject does nothing
    later(
      () => {
        resolve();
        c.abort();
      },
      ms,
      c.signal,
    );
  });
}

/** What `deadline` rejects with when its time has passed. */
export class TimedOut extends Error {
  override name = 'TimedOut';
}

/** `p`, or a rejection (TimedOut) once `ms` have passed without it settling (Cancelled on abort). */
export function deadline<T>(p: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  const c = child(signal);
  const late = timeout(ms, c.signal).then(() => {
    throw new TimedOut(`no answer within ${ms} ms`);
  });
  return Promise.race([p, late]).finally(() => c.abort());
}
