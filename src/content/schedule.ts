/**
 * When the content script works: after the page has settled (document idle, then idle time),
 * and in idle slices so a large page never freezes the tab. Each helper is cancellable.
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
    await new Promise<void>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        doc.defaultView?.removeEventListener('load', done);
        signal.removeEventListener('abort', onAbort);
      };
      const done = (): void => {
        finish();
        resolve();
      };
      const onAbort = (): void => {
        finish();
        reject(new Cancelled());
      };
      const timer = setTimeout(done, loadCap);
      if (signal.aborted) return onAbort();
      doc.defaultView?.addEventListener('load', done, { once: true });
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
  await idle(signal, 2_000);
}

/**
 * Runs stages one after another, yielding to the page between stages whenever the current idle
 * period is used up. Stages themselves are short or bounded by the analysis budget.
 */
export class Slicer {
  private deadline: { timeRemaining(): number } | null = null;
  constructor(private readonly signal: AbortSignal) {}

  async step(): Promise<void> {
    if (this.signal.aborted) throw new Cancelled();
    if (!this.deadline || this.deadline.timeRemaining() < 2) this.deadline = await idle(this.signal);
  }
}

/**
 * Calls `fn` again after each delay while it rejects (the background may be starting or restarting: a
 * service worker that was asleep, an event page being reloaded); the last rejection is thrown.
 * An abort ends the waiting with Cancelled.
 */
export async function retry<T>(fn: () => Promise<T>, delays: readonly number[] = [250, 1_000], signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const delay = delays[attempt];
      if (delay === undefined || signal?.aborted) throw e;
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          clearTimeout(timer);
          reject(new Cancelled());
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, delay);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}

/** A trailing debounce with a teardown. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const call = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return call;
}
