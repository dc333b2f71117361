// @vitest-environment jsdom
/**
 * The content script's lifecycle: after the per-site switch turns off, nothing it added remains:
 * no DOM listener, MutationObserver, timer (timeout, interval, idle callback), highlight, adopted
 * style sheet or host element; only the runtime message listener that can turn it on again (and
 * pageshow, to report again after a restore from the back/forward cache). Orphaned (the extension
 * gone from under it), it removes those too.
 *
 * The real content script, both parts (src/content/loader.ts, which every page runs, and the app it
 * loads after the gate, src/content/index.ts), runs in jsdom on an article page, over a fake browser
 * (the seam's `ext` and the global `browser` the start-up part uses) that answers site/status and
 * article/read (with an analysis of the page's real paragraphs); the platform's listener, observer,
 * timer and highlight entry points are counted.
 */
import { readFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { articleFromHtml } from '../../../src/shared/html-article';
import type { AnalyzeRequest, ReadRequest } from '../../../src/shared/protocol';
import type { SiteStatus } from '../../../src/shared/settings';
import type { PageReport } from '../../../src/shared/views';
import type { Listener } from './fake-browser';
import { analyze } from './peskov-analysis';

const fake = vi.hoisted(() => ({
  onMessage: new Set<Listener>(),
  /** every page/report sent, and those the background took */
  attempts: [] as string[],
  reports: [] as string[],
}));

vi.mock('../../../src/shared/browser', async () =>
  (await import('./fake-browser')).fakeBrowser(fake.onMessage, (m) =>
    Promise.resolve().then(() => ({ ok: true, value: answer(m.kind, m.payload) })),
  ),
);

// the app (index.ts) and the in-page parse, loaded by the start-up part as the extension's modules are
vi.mock('../../../src/content/modules', () => ({
  APP_MODULE: 'app.js',
  IN_PAGE_MODULE: 'inpage.js',
  loadModule: (file: string) => (file === 'app.js' ? import('../../../src/content/index') : import('../../../src/content/inpage-module')),
}));

const ON: SiteStatus = {
  enabled: true,
  reason: null,
  site: 'localhost',
  categories: { people: true, organizations: true, places: true, quotations: true },
};

/**
 * The background's side: a hand-made analysis of the page's own paragraphs (every "Peskov", the
 * first quotation). The first "done" report fails (a background restarting), so its retry is still
 * waiting when the switch turns off.
 */
function answer(kind: string, payload: unknown): unknown {
  if (kind === 'site/status') return ON;
  if (kind === 'page/report') {
    const { status } = payload as PageReport;
    fake.attempts.push(status);
    if (status === 'done' && fake.attempts.filter((a) => a === 'done').length === 1) throw new Error('background restarting');
    fake.reports.push(status);
    return { ok: true };
  }
  // the page's HTML read as the background reads it (jsdom has DOMParser), then analyzed
  if (kind === 'article/read') {
    const read = articleFromHtml((payload as ReadRequest).html);
    return { article: read, analysis: read && analyze(read.paragraphs) };
  }
  if (kind !== 'article/analyze') throw new Error(`unexpected ${kind}`);
  return analyze((payload as AnalyzeRequest).paragraphs);
}

/* ------------------------------------------------------------ instruments */

// the article page, loaded before anything is counted
const page = readFileSync(join(__dirname, '../../fixtures/pages/hostile.html'), 'utf8');
document.replaceChild(
  document.importNode(new DOMParser().parseFromString(page, 'text/html').documentElement, true),
  document.documentElement,
);

// a stretch of "on" holds a dozen listeners on its signal; Node's AbortSignal warns above ten
setMaxListeners(50);

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

interface Entry {
  target: EventTarget;
  type: string;
  fn: unknown;
  capture: boolean;
}
const listeners = new Set<Entry>();
const captureOf = (o: unknown) => (typeof o === 'boolean' ? o : !!(o as AddEventListenerOptions | undefined)?.capture);
/** Counts the listeners added and removed through `on` (whose own methods it wraps). */
function count(on: EventTarget): void {
  const add = on.addEventListener;
  const remove = on.removeEventListener;
  on.addEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type, fn, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (this instanceof AbortSignal || !fn || signal?.aborted) return;
    const entry: Entry = { target: this, type, fn, capture: captureOf(options) };
    listeners.add(entry);
    signal?.addEventListener('abort', () => listeners.delete(entry), { once: true });
  };
  on.removeEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    remove.call(this, type, fn, options);
    for (const e of listeners)
      if (e.target === this && e.type === type && e.fn === fn && e.capture === captureOf(options)) listeners.delete(e);
  };
}
count(EventTarget.prototype);
count(window); // jsdom gives window its own copies of EventTarget's methods (a [Global] interface)
/**
 * Listeners on the page: window, document, or a node still in it (a node the page dropped takes its
 * own away; the documents Readability parses are not the page's).
 */
const pageListeners = () =>
  [...listeners]
    .filter(
      ({ target }) =>
        target === window || target === document || (target instanceof Node && target.ownerDocument === document && target.isConnected),
    )
    .map((e) => `${e.type}@${e.target === window ? 'window' : (e.target as Node).nodeName}`);

const timers = new Set<unknown>();
globalThis.setTimeout = ((fn: () => void, ms?: number) => {
  const id = realSetTimeout(() => {
    timers.delete(id);
    fn();
  }, ms);
  timers.add(id);
  return id;
}) as typeof setTimeout;
/** A timer is pending from its set* call until it fires (a timeout) or is cleared. */
const cleared = (real: (id: ReturnType<typeof setTimeout>) => void) => (id: ReturnType<typeof setTimeout>) => {
  timers.delete(id);
  real(id);
};
globalThis.clearTimeout = cleared(realClearTimeout) as typeof clearTimeout;
globalThis.setInterval = ((fn: () => void, ms?: number) => {
  const id = realSetInterval(fn, ms);
  timers.add(id);
  return id;
}) as typeof setInterval;
globalThis.clearInterval = cleared(realClearInterval) as typeof clearInterval;
const idleCallbacks = new Map<number, ReturnType<typeof setTimeout>>();
let nextIdle = 1;
globalThis.requestIdleCallback = (fn: IdleRequestCallback) => {
  const id = nextIdle++;
  idleCallbacks.set(
    id,
    realSetTimeout(() => {
      idleCallbacks.delete(id);
      fn({ didTimeout: false, timeRemaining: () => 10 });
    }, 1),
  );
  return id;
};
globalThis.cancelIdleCallback = (id: number) => {
  realClearTimeout(idleCallbacks.get(id));
  idleCallbacks.delete(id);
};

const observers = new Set<MutationObserver>();
globalThis.MutationObserver = class extends MutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    super.observe(target, options);
    observers.add(this);
  }
  override disconnect(): void {
    super.disconnect();
    observers.delete(this);
  }
};

// the CSS Custom Highlight API and constructed sheets, which jsdom lacks
const highlights = new Map<string, Set<Range>>();
Object.assign(globalThis, {
  CSS: { highlights },
  Highlight: class extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  },
});
CSSStyleSheet.prototype.replaceSync ??= () => undefined;
let adopted: CSSStyleSheet[] = [];
Object.defineProperty(document, 'adoptedStyleSheets', {
  get: () => adopted,
  set: (v: CSSStyleSheet[]) => (adopted = v),
  configurable: true,
});
Element.prototype.scrollIntoView ??= () => undefined;

/* ------------------------------------------------------------------- run */

const sleep = (ms: number) => new Promise((r) => realSetTimeout(r, ms));
async function until(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); await sleep(10)) if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}
/** A message from the popup (an extension page) to the content script. */
async function deliver(kind: string, payload: unknown): Promise<unknown> {
  if (!fake.onMessage.size) throw new Error('no runtime listener');
  const message = { channel: 'sourcelight/1', kind, payload };
  const sender = { id: 'sourcelight-test', url: 'moz-extension://sourcelight-test/popup.html' };
  // as the browser does: every listener hears it, the first answer given is the reply
  const answers = [...fake.onMessage].map(
    (listener) =>
      new Promise<unknown>((resolve) => {
        const r = listener(message, sender, resolve);
        if (r instanceof Promise) void r.then((v) => v !== undefined && resolve(v));
      }),
  );
  return Promise.race(answers);
}
const ours = () => [...highlights.keys()].filter((k) => k.startsWith('sourcelight-')).sort();
const left = () => ({
  listeners: pageListeners(),
  observers: observers.size,
  timers: timers.size + idleCallbacks.size,
  highlights: ours(),
  sheets: document.adoptedStyleSheets.length,
  host: [...document.documentElement.children].some((e) => e !== document.head && e !== document.body),
  runtimeListeners: fake.onMessage.size,
});
const status = () => fake.reports.at(-1);

/** Everything a stretch of "on" sets going: highlights, the panel (host), a flash, a pending re-run. */
async function busy(): Promise<void> {
  await until('the analysis', () => fake.attempts.at(-1) === 'done');
  expect(await deliver('content/open-panel', {})).toEqual({ ok: true, value: { ok: true } });
  expect(await deliver('content/reveal', { quoteIndex: 0 })).toEqual({ ok: true, value: { ok: true } });
  const p = document.createElement('p');
  p.textContent = 'A paragraph added to the article after load, long enough to ask for a re-run.';
  document.querySelector('article')?.append(p);
  await sleep(0); // the mutation observer's turn: the debounced re-run is now pending
}

/** Off, the script keeps what can turn it on again or make it report: the runtime listener, and pageshow (a restore from the back/forward cache reports "disabled" again). */
const OFF_LEFT = { listeners: ['pageshow@window'], observers: 0, timers: 0, highlights: [], sheets: 0, host: false, runtimeListeners: 1 };

describe('content script lifecycle', () => {
  it('after the per-site switch turns off, no listener, observer, timer, highlight or host remains; on again starts afresh', async () => {
    (globalThis as { browser?: unknown }).browser = (await import('../../../src/shared/browser')).ext;
    const { loadModule } = await import('../../../src/content/modules');
    (await import('../../../src/content/loader')).start(loadModule);
    await busy();
    const on = left();
    expect(on.listeners).toEqual(
      expect.arrayContaining(['click@window', 'pointerdown@window', 'keydown@window', 'popstate@window', 'hashchange@window']),
    );
    expect(on.observers).toBe(1);
    expect(on.timers).toBeGreaterThanOrEqual(3); // the navigation poll, the flash, the pending re-run
    expect(on.highlights).toEqual(['sourcelight-flash', 'sourcelight-person', 'sourcelight-quote']);
    expect([on.sheets, on.host]).toEqual([1, true]);

    expect(await deliver('content/settings', { ...ON, enabled: false, reason: 'site-off' })).toEqual({ ok: true, value: { ok: true } });
    expect({ ...left(), timers: 0 }).toEqual(OFF_LEFT); // at once
    await until('the report', () => status() === 'disabled');
    await sleep(200); // Preact's effect scheduling (a frame, at most 100 ms) settles
    expect(left()).toEqual(OFF_LEFT);
    await sleep(1_000); // past the re-run's debounce and the flash: nothing comes back
    expect(left()).toEqual(OFF_LEFT);
    expect(status()).toBe('disabled');

    // on again: a new stretch with everything, and off again removes all of it
    await deliver('content/settings', ON);
    await busy();
    expect(left().highlights).toContain('sourcelight-person');
    expect(status()).toBe('done');
    expect(left().observers).toBe(1);
    await deliver('content/settings', { ...ON, enabled: false, reason: 'paused' });
    await sleep(200);
    expect(left()).toEqual(OFF_LEFT);
  }, 30_000); // real waits (the debounce, the flash) on a shared machine

  it('orphaned (the extension reloaded under it: no runtime id), it removes everything, its runtime listener too, and reports nothing', async () => {
    await deliver('content/settings', ON);
    await busy(); // a re-run is pending
    const reports = fake.attempts.length;
    const { ext } = await import('../../../src/shared/browser');
    ext.runtime.id = undefined as unknown as string; // what Chromium shows an orphaned content script
    await sleep(1_500); // the pending re-run finds the extension gone
    expect(left()).toEqual({ ...OFF_LEFT, listeners: [], runtimeListeners: 0 });
    expect(fake.attempts.length).toBe(reports);
  }, 30_000);
});
