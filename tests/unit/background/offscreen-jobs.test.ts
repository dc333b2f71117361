/**
 * The offscreen document's queue of parse jobs (offscreen-jobs.ts) with a fake chrome.offscreen and
 * a fake port, on fake timers: one creation that never settles, rejects, or settles late holds no
 * later read past its bounds, and a read sent after it tries again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HtmlArticle } from '../../../src/shared/article-refs';
import type { OffscreenApi } from '../../../src/shared/browser';
import {
  CONNECT_MS,
  CREATE_MS,
  documentStep,
  IDLE_MS,
  JOB_MS,
  OffscreenJobs,
  READ_MS,
  type JobPort,
} from '../../../src/background/offscreen-jobs';
import { ANALYZE_DEADLINE } from '../../../src/shared/delivery';

const article = (title: string) => ({ title, paragraphs: ['p'] }) as unknown as HtmlArticle;

/** What the next createDocument does: settle at once (and connect), never settle, reject, or wait for the test. */
type Creation = 'ok' | 'hang' | 'reject' | { resolve?: () => void };

function harness() {
  const creations: Creation[] = [];
  let created = 0;
  let closed = 0;
  const sent: Array<{ id: number; html: string }> = [];
  /** the HTML of every job ever posted, in order (sent is emptied as jobs are answered) */
  const posted: string[] = [];
  const port: JobPort = {
    postMessage: (m) => {
      sent.push(m as { id: number; html: string });
      posted.push((m as { html: string }).html);
    },
    disconnect: () => undefined,
  };
  const api: OffscreenApi = {
    hasDocument: async () => false,
    closeDocument: async () => {
      closed++;
    },
    createDocument: () => {
      created++;
      const c = creations.shift() ?? 'ok';
      if (c === 'hang') return new Promise<void>(() => undefined);
      if (c === 'reject') return Promise.reject(new Error('Only a single offscreen document may be created.'));
      if (c === 'ok') return Promise.resolve().then(() => jobs.connected(port));
      return new Promise<void>((resolve) => (c.resolve = resolve));
    },
  };
  const jobs = new OffscreenJobs('offscreen.html', () => api);
  /** answers every job sent so far with an article titled by its HTML */
  const answerAll = () => {
    for (const m of sent.splice(0)) jobs.answered({ id: m.id, ok: true, article: article(m.html) });
  };
  /** a read sent now, through a document ready or connecting at once, answered: what it read */
  const readThrough = async (html: string) => {
    const seen = watch(jobs.read(html));
    await vi.advanceTimersByTimeAsync(0);
    answerAll();
    await vi.advanceTimersByTimeAsync(0);
    return seen;
  };
  return { jobs, port, creations, sent, posted, answerAll, readThrough, created: () => created, closed: () => closed };
}

/** the outcome of a read, recorded when it settles (so that a pending one can be seen as pending) */
function watch(p: Promise<HtmlArticle | null>) {
  const seen: { value?: string | null; error?: string } = {};
  p.then(
    (a) => (seen.value = a?.title ?? null),
    (e: Error) => (seen.error = e.message),
  );
  return seen;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('documentStep', () => {
  it.each([
    [{ port: true, api: true, failedSinceQueued: true }, 'use-port'],
    [{ port: true, api: false, failedSinceQueued: false }, 'use-port'],
    [{ port: false, api: false, failedSinceQueued: false }, 'unavailable'],
    [{ port: false, api: false, failedSinceQueued: true }, 'unavailable'],
    [{ port: false, api: true, failedSinceQueued: true }, 'gave-up-behind'],
    [{ port: false, api: true, failedSinceQueued: false }, 'create'],
  ] as const)('%j: %s', (state, step) => {
    expect(documentStep(state)).toBe(step);
  });

  it('the document is ready or has failed within half the page deadline; a read ends before the page gives up', () => {
    expect(CREATE_MS + CONNECT_MS).toBeLessThanOrEqual(ANALYZE_DEADLINE / 2);
    expect(READ_MS).toBeLessThan(ANALYZE_DEADLINE);
    expect(READ_MS).toBeLessThan(JOB_MS);
  });
});

describe('OffscreenJobs', () => {
  it('reads in the document: created once, then its port serves the next reads', async () => {
    const h = harness();
    const a = await h.readThrough('one');
    const b = await h.readThrough('two');
    expect([a.value, b.value]).toEqual(['one', 'two']);
    expect(h.created()).toBe(1);
  });

  it('a creation that never settles fails its read at CREATE_MS; a read sent after tries again', async () => {
    const h = harness();
    h.creations.push('hang');
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(CREATE_MS - 1);
    expect(a).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(a.error).toMatch(/not created in time/);
    const b = await h.readThrough('two');
    expect(h.created()).toBe(2);
    expect(b.value).toBe('two');
  });

  it('the reads queued behind a stuck creation give up when it does, not one CREATE_MS each', async () => {
    const h = harness();
    h.creations.push('hang');
    const queued = ['one', 'two', 'three', 'four'].map((html) => watch(h.jobs.read(html)));
    await vi.advanceTimersByTimeAsync(CREATE_MS);
    expect(queued.map((s) => s.error)).toEqual([
      expect.stringMatching(/not created in time/),
      ...Array(3).fill(expect.stringMatching(/could not be created just now/)),
    ]);
    expect(h.created()).toBe(1);
    const next = await h.readThrough('five');
    expect(next.value).toBe('five');
    expect(h.created()).toBe(2);
  });

  it('a creation that rejects fails its read at once; a read sent after tries again', async () => {
    const h = harness();
    h.creations.push('reject');
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(0);
    expect(a.error).toMatch(/single offscreen document/);
    const b = await h.readThrough('two');
    expect(b.value).toBe('two');
    expect(h.created()).toBe(2);
  });

  it('a creation that settles late: its read has failed; once its document connects, a second read uses it', async () => {
    const h = harness();
    const late: { resolve?: () => void } = {};
    h.creations.push(late);
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(CREATE_MS);
    expect(a.error).toMatch(/not created in time/);
    late.resolve!();
    h.jobs.connected(h.port);
    await vi.advanceTimersByTimeAsync(0);
    const b = await h.readThrough('two');
    expect(b.value).toBe('two');
    expect(h.created()).toBe(1);
    expect(h.posted).toEqual(['two']); // the failed read is not sent once the document is there
  });

  it('a creation that settles late does not clear the mark of the newer creation under way', async () => {
    const h = harness();
    const late: { resolve?: () => void } = {};
    const second: { resolve?: () => void } = {};
    h.creations.push(late, second);
    const z = watch(h.jobs.read('zero'));
    await vi.advanceTimersByTimeAsync(CREATE_MS);
    expect(z.error).toMatch(/not created in time/);
    // a document connects (the late creation's); a read uses it, is never answered, and holds a second one
    h.jobs.connected(h.port);
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(1_000);
    const b = watch(h.jobs.read('two'));
    // the document goes while `b` waits: `b` has CREATE_MS / 2 left when its turn comes, and creates
    await vi.advanceTimersByTimeAsync(READ_MS - CREATE_MS / 2);
    h.jobs.disconnected(h.port);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.error).toMatch(/went away/);
    expect(h.created()).toBe(2);
    late.resolve!(); // the first creation settles now: the mark is the second's
    await vi.advanceTimersByTimeAsync(CREATE_MS / 2);
    expect(b.error).toMatch(/took too long/);
    // a read sent now, with the second creation still under way, waits for it rather than creating a third
    const c = watch(h.jobs.read('three'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.created()).toBe(2);
    second.resolve!();
    h.jobs.connected(h.port);
    await vi.advanceTimersByTimeAsync(0);
    h.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.value).toBe('three');
    expect(h.posted).toEqual(['one', 'three']); // `b`, past its time, is never sent
  });

  it('a document that never answers holds the queue READ_MS; a read that waited past its time fails unsent', async () => {
    const h = harness();
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(READ_MS / 2);
    const b = watch(h.jobs.read('two')); // waits READ_MS / 2, then has READ_MS / 2 left
    const c = watch(h.jobs.read('three'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.posted).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(READ_MS / 2 - 1);
    expect(a).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(a.error).toMatch(/off-page read took too long/); // READ_MS from its coming, before JOB_MS
    expect(h.posted).toEqual(['one', 'two']);
    await vi.advanceTimersByTimeAsync(READ_MS / 2);
    // `b` had the rest of its time; `c`, sent with it, had used its own waiting and is never sent
    expect(b.error).toMatch(/off-page read took too long/);
    expect(c.error).toMatch(/waited past its time/);
    expect(h.posted).toEqual(['one', 'two']);
    h.sent.splice(0);
    const d = await h.readThrough('four');
    expect(d.value).toBe('four');
  });

  it('a job its read gave up on no longer holds the idle close: the document closes IDLE_MS after the read failed', async () => {
    const h = harness();
    const a = watch(h.jobs.read('one')); // posted at once, never answered
    await vi.advanceTimersByTimeAsync(READ_MS);
    expect(a.error).toMatch(/off-page read took too long/);
    expect(h.posted).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
    expect(h.closed()).toBe(0);
    await vi.advanceTimersByTimeAsync(1); // (before: JOB_MS after the post, then IDLE_MS more)
    expect(h.closed()).toBe(1);
    // its answer, if it still comes, is dropped; the next read creates a document again
    h.answerAll();
    const b = await h.readThrough('two');
    expect(b.value).toBe('two');
    expect(h.created()).toBe(2);
  });

  it('a document created but never connecting: the reads queued behind it give up when it does', async () => {
    const h = harness();
    h.creations.push({}, {});
    const [first, second] = h.creations as Array<{ resolve?: () => void }>;
    const queued = ['one', 'two', 'three', 'four', 'five'].map((html) => watch(h.jobs.read(html)));
    await vi.advanceTimersByTimeAsync(0);
    first!.resolve!();
    await vi.advanceTimersByTimeAsync(CONNECT_MS);
    expect(queued.map((s) => s.error)).toEqual([
      expect.stringMatching(/did not connect/),
      ...Array(4).fill(expect.stringMatching(/could not be created just now/)),
    ]);
    expect(h.created()).toBe(1);
    // a read sent after it creates the document again
    const next = watch(h.jobs.read('six'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.created()).toBe(2);
    second!.resolve!();
    h.jobs.connected(h.port);
    await vi.advanceTimersByTimeAsync(0);
    h.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(next.value).toBe('six');
  });

  it("an old document's port going away fails only the jobs sent to it", async () => {
    const h = harness();
    const old: JobPort = { postMessage: () => undefined, disconnect: () => undefined };
    h.jobs.connected(h.port);
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(0);
    h.jobs.disconnected(old);
    await vi.advanceTimersByTimeAsync(0);
    expect(a).toEqual({});
    h.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.value).toBe('one');
  });

  it('a document that never connects fails the read at CREATE_MS + CONNECT_MS at most', async () => {
    const h = harness();
    h.creations.push({});
    const c = h.creations[0] as { resolve?: () => void };
    const a = watch(h.jobs.read('one'));
    await vi.advanceTimersByTimeAsync(0);
    c.resolve!();
    await vi.advanceTimersByTimeAsync(CONNECT_MS);
    expect(a.error).toMatch(/did not connect/);
  });

  it('without chrome.offscreen, a read fails at once', async () => {
    const jobs = new OffscreenJobs('offscreen.html', () => null);
    await expect(jobs.read('x')).rejects.toThrow(/no offscreen documents/);
  });
});
