/**
 * Chrome's offscreen document as a queue of parse jobs (reader.ts wires it to the browser): the
 * document is created on demand, one creation at a time, and closed when no job came for IDLE_MS;
 * jobs from several tabs wait their turn in one queue.
 *
 * Every wait here is bounded, so that one stuck creation (chrome.offscreen.createDocument that
 * never settles) cannot hold every later read of the worker: the creation gets CREATE_MS, the
 * document's connection CONNECT_MS, the parse JOB_MS (and no longer than its read: a job whose read
 * gave up is forgotten, so the idle close is not held for it), and a read ends at most READ_MS after it
 * came (waiting its turn included): one whose time ran out while it waited is never posted, so no
 * read goes on after its page gave up. A creation or connection that failed or timed out is
 * forgotten, so a later read tries again; the reads that waited behind it give up at once
 * (documentStep) and the page reads its article itself. The seams (the offscreen API, the port)
 * are handed in; Node tests drive it with fakes.
 */
import type { HtmlArticle } from '../shared/article-refs';
import type { OffscreenApi } from '../shared/browser';
import { ANALYZE_DEADLINE } from '../shared/delivery';
import type { ParseDone } from '../shared/offscreen-port';

/** The offscreen document closes after this long without a job. */
export const IDLE_MS = 30_000;
/**
 * A read's whole budget from the moment it came, its wait in the queue included: below the page's
 * own deadline (ANALYZE_DEADLINE, counted from the page's send), with time left for the analysis
 * of the article read. A read whose time ran out while it waited fails at its turn, unsent: its
 * page has given up and read the article itself, and a late analysis would replace the one the
 * page made.
 */
export const READ_MS = ANALYZE_DEADLINE - 5_000;
/** A parse that takes longer fails (the page then reads the article itself). */
export const JOB_MS = 20_000;
/** The new document connects its port within this (it does so as its script starts). */
export const CONNECT_MS = 5_000;
/**
 * The creation of the document (closing a stale one first) within this; it takes about 100 ms.
 * As long as the connection's wait: the document is ready or has failed within half the page's
 * deadline (CREATE_MS + CONNECT_MS ≤ ANALYZE_DEADLINE / 2), so the page hears the failure in time
 * to read the article itself well inside the popup's ANALYZING_LIMIT (30 s).
 */
export const CREATE_MS = 5_000;

/** The background's end of the document's port (runtime.Port): only what the jobs use. */
export interface JobPort {
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** What a read does at its turn to have a document. */
export type DocumentStep = 'use-port' | 'unavailable' | 'gave-up-behind' | 'create';

/**
 * The decision at a read's turn (pure). `failedSinceQueued`: a creation failed or timed out while
 * this read waited behind it; trying again at once would make every read queued behind a stuck
 * creation wait its own CREATE_MS in turn, so such a read gives up (the page reads the article
 * itself) and the next read sent after it tries again.
 */
export function documentStep(s: { port: boolean; api: boolean; failedSinceQueued: boolean }): DocumentStep {
  if (s.port) return 'use-port';
  if (!s.api) return 'unavailable';
  if (s.failedSinceQueued) return 'gave-up-behind';
  return 'create';
}

/** `p`, or a rejection with `message` once `ms` have passed without it settling. */
export function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export class OffscreenJobs {
  private port: JobPort | null = null;
  private readonly portWaiters = new Set<(p: JobPort) => void>();
  /** the jobs sent and not answered: the port each went to, and its answer's handler */
  private readonly pending = new Map<number, { port: JobPort; done: (d: ParseDone) => void }>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private creating: Promise<void> | null = null;
  /** creations or connections that failed or timed out so far (a read compares it with the count when it was queued) */
  private failures = 0;

  /** `page`: the document's URL as createDocument takes it; `api`: chrome.offscreen, or null where there is none. */
  constructor(
    private readonly page: string,
    private readonly api: () => OffscreenApi | null,
  ) {}

  /** The document connected its port. */
  connected(p: JobPort): void {
    this.port = p;
    for (const w of this.portWaiters) w(p);
    this.portWaiters.clear();
  }

  /** An answer came on the document's port. */
  answered(d: ParseDone): void {
    this.pending.get(d.id)?.done(d);
    this.pending.delete(d.id);
  }

  /** A document's port went away: the jobs sent to it fail (not those sent to a newer document's port). */
  disconnected(p: JobPort): void {
    if (this.port === p) this.port = null;
    for (const [id, job] of this.pending) {
      if (job.port !== p) continue;
      this.pending.delete(id);
      job.done({ id, ok: false, error: 'the offscreen document went away' });
    }
  }

  /** The article of a page's HTML (null: not an article), read in the document in its turn. */
  read(html: string): Promise<HtmlArticle | null> {
    const failures = this.failures;
    const due = Date.now() + READ_MS;
    const job = this.queue.then(() => {
      const left = due - Date.now();
      if (left <= 0) throw new Error('the off-page read took too long (it waited past its time)');
      return withTimeout(this.parse(html, failures, due), left, 'the off-page read took too long');
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async parse(html: string, failuresWhenQueued: number, due: number): Promise<HtmlArticle | null> {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    try {
      const p = await this.ensureDocument(this.failures > failuresWhenQueued);
      // a document that came after its read's time ran out (the read has failed): nothing to send
      if (Date.now() >= due) throw new Error('the off-page read took too long');
      const id = this.nextId++;
      // the job's answer is awaited JOB_MS at most, and no longer than its read: a pending entry
      // kept after the read gave up would hold the idle close (closeWhenIdle) until JOB_MS
      const left = due - Date.now();
      const done = withTimeout(
        new Promise<ParseDone>((resolve) => this.pending.set(id, { port: p, done: resolve })),
        Math.min(JOB_MS, left),
        left < JOB_MS ? 'the off-page read took too long' : 'the offscreen parse took too long',
      );
      p.postMessage({ id, html });
      const d = await done.finally(() => this.pending.delete(id));
      if (!d.ok) throw new Error(d.error);
      return d.article;
    } finally {
      this.closeWhenIdle();
    }
  }

  private async ensureDocument(failedSinceQueued: boolean): Promise<JobPort> {
    const api = this.api();
    const step = documentStep({ port: this.port !== null, api: api !== null, failedSinceQueued });
    if (step === 'use-port') return this.port!;
    if (step === 'unavailable' || !api) throw new Error('no offscreen documents in this browser');
    if (step === 'gave-up-behind') throw new Error('the offscreen document could not be created just now');
    let waiter: ((p: JobPort) => void) | undefined;
    const connected = new Promise<JobPort>((resolve) => this.portWaiters.add((waiter = resolve)));
    try {
      await this.create(api);
      try {
        return await withTimeout(connected, CONNECT_MS, 'the offscreen document did not connect');
      } catch (e) {
        // a failure like a creation's: the reads queued behind it give up rather than each wait CONNECT_MS
        this.failures++;
        throw e;
      }
    } finally {
      this.portWaiters.delete(waiter!);
    }
  }

  /** One creation at a time, within CREATE_MS; one that fails or times out is forgotten (the next read tries again). */
  private async create(api: OffscreenApi): Promise<void> {
    const attempt = (this.creating ??= this.startCreation(api));
    try {
      await withTimeout(attempt, CREATE_MS, 'the offscreen document was not created in time');
    } catch (e) {
      // (a rejection has cleared the mark already; a time-out clears it here)
      if (this.creating === attempt) this.creating = null;
      this.failures++;
      throw e;
    }
  }

  private startCreation(api: OffscreenApi): Promise<void> {
    const attempt: Promise<void> = (async () => {
      // a document left by a previous service worker (its port is gone) is replaced (that document
      // closes itself when its port goes: it may be gone by the time it is closed here)
      if (api.hasDocument ? await api.hasDocument() : false) await api.closeDocument().catch(() => undefined);
      await api.createDocument({
        url: this.page,
        reasons: ['DOM_PARSER'],
        justification: "Reads the article of a page from its HTML, off the page's main thread.",
      });
    })().finally(() => {
      // only this attempt's own mark: one that settles after its time-out leaves a newer one alone
      if (this.creating === attempt) this.creating = null;
    });
    return attempt;
  }

  private closeWhenIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.pending.size > 0) return;
      this.port?.disconnect();
      this.port = null;
      void this.api()
        ?.closeDocument()
        .catch(() => undefined);
    }, IDLE_MS);
  }
}
