/**
 * Reads a page's article from its HTML, off the page's main thread: in Firefox here (the
 * background is an event page: it has DOMParser), in Chrome in an offscreen document (the service
 * worker has no DOM). The offscreen document is created on demand, one at a time, and closed
 * when no job came for IDLE_MS; jobs from several tabs wait their turn in one queue.
 */
import { ext, extensionUrl, offscreenApi, type Runtime } from '../shared/browser';
import type { HtmlArticle } from '../shared/article-refs';
import { articleFromHtml } from '../shared/html-article';
import { isParseDone, OFFSCREEN_PAGE, OFFSCREEN_PORT, type ParseDone } from '../shared/offscreen-port';

/** The offscreen document closes after this long without a job. */
export const IDLE_MS = 30_000;
/** A job that takes longer fails (the page then reads the article itself). */
const JOB_MS = 20_000;

let port: Runtime.Port | null = null;
let portWaiters: Array<(p: Runtime.Port) => void> = [];
const pending = new Map<number, (d: ParseDone) => void>();
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let creating: Promise<void> | null = null;

/** Registered at the background's start: the offscreen document connects here. */
export function listenOffscreen(): void {
  ext.runtime.onConnect.addListener((p) => {
    if (p.name !== OFFSCREEN_PORT || p.sender?.url !== extensionUrl(OFFSCREEN_PAGE)) return;
    port = p;
    p.onMessage.addListener((m: unknown) => {
      if (!isParseDone(m)) return;
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const [id, done] of pending) done({ id, ok: false, error: 'the offscreen document went away' });
      pending.clear();
    });
    for (const w of portWaiters) w(p);
    portWaiters = [];
  });
}

async function ensureDocument(): Promise<Runtime.Port> {
  if (port) return port;
  const api = offscreenApi();
  if (!api) throw new Error('no offscreen documents in this browser');
  const connected = new Promise<Runtime.Port>((resolve) => portWaiters.push(resolve));
  creating ??= (async () => {
    // one at a time: a document left by a previous service worker (its port is gone) is replaced
    // (that document closes itself when its port goes: it may be gone by the time it is closed here)
    if (api.hasDocument ? await api.hasDocument() : false) await api.closeDocument().catch(() => undefined);
    await api.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['DOM_PARSER'],
      justification: "Reads the article of a page from its HTML, off the page's main thread.",
    });
  })().finally(() => {
    creating = null;
  });
  await creating;
  return withTimeout(connected, 5_000, 'the offscreen document did not connect');
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

function closeWhenIdle(): void {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (pending.size > 0) return;
    const api = offscreenApi();
    port?.disconnect();
    port = null;
    void api?.closeDocument().catch(() => undefined);
  }, IDLE_MS);
}

async function parseOffscreen(html: string): Promise<HtmlArticle | null> {
  if (idleTimer !== null) clearTimeout(idleTimer);
  try {
    const p = await ensureDocument();
    const id = nextId++;
    const done = withTimeout(new Promise<ParseDone>((resolve) => pending.set(id, resolve)), JOB_MS, 'the offscreen parse took too long');
    p.postMessage({ id, html });
    const d = await done.finally(() => pending.delete(id));
    if (!d.ok) throw new Error(d.error);
    return d.article;
  } finally {
    closeWhenIdle();
  }
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
  const job = queue.then(() => parseOffscreen(html));
  queue = job.catch(() => undefined);
  return job;
}
