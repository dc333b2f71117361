/**
 * How the popup follows its tab's state (src/popup/follow.ts), over a fake seam: questions answered
 * by hand in any order, storage changes fired by hand, timers and the clock run by hand. Each case is one of the
 * ways the popup said "analyzing", then "stalled", about a page the background had reported done, or stayed on
 * "loading" for a question the background never answered.
 */
import { describe, expect, it } from 'vitest';
import { FAILED_RETRIES, type Follower, followTabState, tabChanges } from '../../../src/popup/follow';
import { ANALYZING_LIMIT, popupView, QUERY_LIMIT_MS, QUERY_TIMEOUT_MESSAGE, REQUERY_MS, requeryAfter } from '../../../src/popup/model';
import { Refused, Unanswered } from '../../../src/shared/delivery';
import { SETTINGS_KEY } from '../../../src/shared/settings';
import type { PageReport, TabState } from '../../../src/shared/views';
import { makeReport, makeTabState } from './make-state';

const report = (status: PageReport['status']): PageReport => makeReport('news.example', { status, entities: 1, quotes: 2 });
const state = (status: PageReport['status'] | null, over: Partial<TabState> = {}): TabState =>
  makeTabState('news.example', { tabId: 7, report: status === null ? null : report(status), ...over });

/** A seam whose every call is logged, and whose answers and timers are given by the test. */
function fakeSeam() {
  const log: string[] = [];
  const questions: Array<{ resolve(s: TabState): void; reject(e: unknown): void }> = [];
  const timers: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
  let changed: (() => void) | null = null;
  const shown: Array<string | null> = [];
  const views: string[] = [];
  const errors: string[] = [];
  let clock = 0;
  const seam = {
    query: () => {
      log.push(`ask ${questions.length + 1}`);
      return new Promise<TabState>((resolve, reject) => questions.push({ resolve, reject }));
    },
    subscribe: (fn: () => void) => {
      log.push('listen');
      changed = fn;
      return () => {
        log.push('unlisten');
        changed = null;
      };
    },
    later: (fn: () => void, ms: number) => {
      const t = { fn, ms, cancelled: false };
      timers.push(t);
      return () => {
        t.cancelled = true;
      };
    },
    now: () => clock,
    state: (s: TabState, since: number | null) => {
      shown.push(s.report?.status ?? null);
      views.push(popupView(s, since === null ? 0 : clock - since));
    },
    error: (m: string) => errors.push(m),
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    seam,
    log,
    shown,
    /** what the popup says of each state shown, by the follower's start of "analyzing" (popupView) */
    views,
    /** the time now (ms) */
    now: () => clock,
    errors,
    /** answers question `n` (1-based) and lets its handlers run */
    answer: async (n: number, s: TabState) => {
      questions[n - 1]!.resolve(s);
      await flush();
    },
    fail: async (n: number, e: unknown) => {
      questions[n - 1]!.reject(e);
      await flush();
    },
    /** a change of the tab's report in storage */
    change: () => changed?.(),
    listening: () => changed !== null,
    /** the re-asks pending (the bounds of the questions on their way apart: `limits`) */
    pending: () => timers.filter((t) => !t.cancelled && t.ms !== QUERY_LIMIT_MS),
    /** the bounds (QUERY_LIMIT_MS) of the questions on their way */
    limits: () => timers.filter((t) => !t.cancelled && t.ms === QUERY_LIMIT_MS),
    /** runs the re-asks due (those not cancelled), the clock moved on by the longest */
    tick: () => {
      const due = timers.filter((t) => !t.cancelled && t.ms !== QUERY_LIMIT_MS);
      for (const t of due) timers.splice(timers.indexOf(t), 1);
      clock += Math.max(0, ...due.map((t) => t.ms));
      for (const t of due) t.fn();
    },
    /** QUERY_LIMIT_MS passes: the bounds of the questions still on their way run out */
    expire: async () => {
      const due = timers.filter((t) => !t.cancelled && t.ms === QUERY_LIMIT_MS);
      for (const t of due) timers.splice(timers.indexOf(t), 1);
      clock += QUERY_LIMIT_MS;
      for (const t of due) t.fn();
      await flush();
    },
    asked: () => questions.length,
  };
}

describe('followTabState', () => {
  it('listens for changes before it first asks (a report written while the first question is answered is heard of)', () => {
    const f = fakeSeam();
    followTabState(f.seam);
    expect(f.log).toEqual(['listen', 'ask 1']);
  });

  it('shows a change made while the first question was being answered', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    f.change(); // the page reported done after the background read the tab's state for question 1
    expect(f.asked()).toBe(2);
    await f.answer(1, state('analyzing'));
    await f.answer(2, state('done'));
    expect(f.shown).toEqual(['analyzing', 'done']);
  });

  it('drops an answer that comes back after the answer to a later question', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    f.change();
    // the later question (the page done: more look-ups) is answered first, the earlier one after it
    await f.answer(2, state('done'));
    await f.answer(1, state('analyzing'));
    expect(f.shown).toEqual(['done']);
    expect(f.pending()).toEqual([]); // done: nothing more to ask
  });

  it('asks again while the page is analyzing, also without a change heard of, and stops once it is done', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]);
    f.tick();
    expect(f.asked()).toBe(2);
    await f.answer(2, state('analyzing'));
    f.tick();
    await f.answer(3, state('done'));
    expect(f.shown).toEqual(['analyzing', 'analyzing', 'done']);
    expect(f.pending()).toEqual([]);
  });

  it('one timer at a time: a change while one is pending replaces it', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    expect(f.pending()).toHaveLength(1);
    f.change(); // asks now: the re-ask pending is cancelled
    expect(f.pending()).toEqual([]);
    await f.answer(2, state('analyzing'));
    expect(f.pending()).toHaveLength(1);
    f.tick();
    expect(f.asked()).toBe(3);
  });

  it('asks again after a question lost with a starting background, a bounded number of times', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    for (let n = 1; n <= FAILED_RETRIES; n++) {
      await f.fail(n, new Unanswered());
      expect(f.errors).toEqual([]); // still trying: the popup says "loading", not an error
      f.tick();
    }
    expect(f.asked()).toBe(FAILED_RETRIES + 1);
    await f.fail(FAILED_RETRIES + 1, new Unanswered());
    expect(f.errors).toHaveLength(1);
    expect(f.pending()).toEqual([]);
  });

  it('a lost question does not hide the answer to an earlier one still on its way', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    f.change();
    await f.fail(2, new Unanswered());
    await f.answer(1, state('done'));
    expect(f.shown).toEqual(['done']);
    expect(f.errors).toEqual([]);
  });

  it('a failed re-ask while the page is analyzing is asked again, a bounded number of times, then said', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    for (let n = 2; n <= FAILED_RETRIES + 1; n++) {
      f.tick();
      await f.fail(n, new Error('no answer within 20000 ms'));
      expect(f.errors).toEqual([]);
      expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]);
    }
    f.tick();
    await f.fail(FAILED_RETRIES + 2, new Error('no answer within 20000 ms'));
    expect(f.errors).toEqual(['no answer within 20000 ms']);
    expect(f.pending()).toEqual([]);
    expect(f.shown).toEqual(['analyzing']); // the state shown stays, the error said beside it
  });

  it('a busy page is asked about on, and its time busy does not count towards "did not finish"', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    const busy = state('analyzing', { contentBusy: true });
    await f.answer(1, busy);
    for (let i = 0; i < (2 * ANALYZING_LIMIT) / REQUERY_MS; i++) {
      f.tick();
      await f.answer(f.asked(), busy);
    }
    expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]);
    // the page answers again, still analyzing: the popup's bound starts now
    const before = f.asked();
    while (f.pending().length > 0 && f.asked() <= 200) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
    }
    expect(f.asked() - before).toBe(ANALYZING_LIMIT / REQUERY_MS + 1);
  });

  it('stops asking again once the popup says the page did not finish; a change still asks', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    while (f.pending().length > 0 && f.asked() <= 100) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
    }
    expect(f.asked()).toBe(ANALYZING_LIMIT / REQUERY_MS + 1);
    f.change();
    await f.answer(f.asked(), state('done'));
    expect(f.shown.at(-1)).toBe('done');
  });

  it("a lost question followed by an answer is shown; the background's own error is said at once", async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.fail(1, new Error('Could not establish connection. Receiving end does not exist.'));
    f.tick();
    await f.answer(2, state('done'));
    expect(f.shown).toEqual(['done']);
    const g = fakeSeam();
    followTabState(g.seam);
    await g.fail(1, new Refused('no tab 7'));
    expect(g.errors).toEqual(['no tab 7']);
    expect(g.pending()).toEqual([]);
  });

  it('a question with no answer in QUERY_LIMIT_MS is lost: asked again a bounded number of times, then said', async () => {
    const f = fakeSeam();
    followTabState(f.seam); // the background's 'tab/state' handler never answers
    expect(f.limits().map((t) => t.ms)).toEqual([QUERY_LIMIT_MS]);
    for (let n = 1; n <= FAILED_RETRIES; n++) {
      await f.expire();
      expect(f.errors).toEqual([]); // still trying: the popup says "loading"
      expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]);
      f.tick();
      expect(f.asked()).toBe(n + 1);
    }
    await f.expire();
    expect(f.errors).toEqual([QUERY_TIMEOUT_MESSAGE]); // the popup leaves "loading" and says why
    expect(f.pending()).toEqual([]);
    expect(f.limits()).toEqual([]);
  });

  it('an answer in time cancels its bound; a late rejection of a question past its time is not counted twice', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    expect(f.limits()).toEqual([]);
    f.tick();
    await f.expire(); // question 2 timed out: one failure
    await f.fail(2, new Unanswered()); // its rejection after: nothing more
    expect(f.pending()).toHaveLength(1);
    for (let n = 3; n <= FAILED_RETRIES + 1; n++) {
      f.tick();
      await f.expire();
    }
    expect(f.errors).toEqual([]);
    f.tick();
    await f.expire();
    expect(f.errors).toEqual([QUERY_TIMEOUT_MESSAGE]);
  });

  it('the late answer of a question past its time is shown, unless the answer to a later one is', async () => {
    const f = fakeSeam();
    followTabState(f.seam);
    await f.expire();
    await f.answer(1, state('done'));
    expect(f.shown).toEqual(['done']);
    expect(f.pending()).toEqual([]); // done: the re-ask is cancelled
    // past every retry, the error said: a late answer still replaces it
    const g = fakeSeam();
    followTabState(g.seam);
    for (let n = 1; n <= FAILED_RETRIES; n++) {
      await g.expire();
      g.tick();
    }
    await g.expire();
    expect(g.errors).toHaveLength(1);
    await g.answer(2, state('done'));
    expect(g.shown).toEqual(['done']);
    await g.answer(1, state('analyzing')); // older than the answer shown
    expect(g.shown).toEqual(['done']);
  });

  it('refresh asks at once and is ordered with the rest; stop ends listening, timers and late answers', async () => {
    const f = fakeSeam();
    const follower: Follower = followTabState(f.seam);
    await f.answer(1, state('analyzing'));
    follower.refresh();
    expect(f.asked()).toBe(2);
    follower.stop();
    expect(f.listening()).toBe(false);
    expect(f.pending()).toEqual([]);
    expect(f.limits()).toEqual([]);
    await f.answer(2, state('done'));
    expect(f.shown).toEqual(['analyzing']);
    f.tick();
    expect(f.asked()).toBe(2);
  });
});

/** A browser event fired by hand: its listeners, added and removed through the seam. */
class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<(...args: A) => void>();
  addListener(l: (...args: A) => void): void {
    this.listeners.add(l);
  }
  removeListener(l: (...args: A) => void): void {
    this.listeners.delete(l);
  }
  fire(...args: A): void {
    for (const l of [...this.listeners]) l(...args);
  }
}

function fakeEvents() {
  const onChanged = new FakeEvent<[Record<string, unknown>]>();
  const onUpdated = new FakeEvent<[number, { status?: string; url?: string; title?: string }]>();
  return { onChanged, onUpdated, events: { storage: { onChanged }, tabs: { onUpdated } } };
}

describe('tabChanges: what the popup asks again on', () => {
  it('the tab’s report, the settings, and the tab’s own loading or address; not another tab, not its title', () => {
    const { onChanged, onUpdated, events } = fakeEvents();
    const heard: unknown[] = []; // each change heard of, and the tab's change it was (its status or address)
    const stop = tabChanges(events, 7)((tab) => heard.push(tab));
    onChanged.fire({ 'tab:7': {} });
    onChanged.fire({ [SETTINGS_KEY]: {} });
    onUpdated.fire(7, { status: 'loading' });
    onUpdated.fire(7, { url: 'https://news.example/b' });
    onUpdated.fire(7, { status: 'complete', title: 'Harbour' });
    expect(heard).toEqual([
      undefined,
      undefined,
      { status: 'loading', url: undefined },
      { status: undefined, url: 'https://news.example/b' },
      { status: 'complete', url: undefined },
    ]);
    onChanged.fire({ 'tab:8': {} });
    onUpdated.fire(8, { status: 'loading' });
    onUpdated.fire(7, { title: 'Harbour to stay open' });
    expect(heard).toHaveLength(5);
    stop();
    expect(onChanged.listeners.size + onUpdated.listeners.size).toBe(0);
  });

  it('"reload", then the user reloads the tab while the popup is open: asked again, "analyzing" shown', async () => {
    const f = fakeSeam();
    const { onUpdated, events } = fakeEvents();
    const follower = followTabState({ ...f.seam, subscribe: tabChanges(events, 7) });
    const gone = state('analyzing', { contentScript: false });
    await f.answer(1, gone);
    expect(popupView(gone)).toBe('reload');
    expect(f.pending()).toEqual([]); // "reload" is not asked about on a timer
    // the reload writes no report before the new script has started (same address: no new placeholder)
    onUpdated.fire(7, { status: 'loading' });
    expect(f.asked()).toBe(2);
    const loading = state('analyzing', { contentScript: true });
    await f.answer(2, loading);
    expect(popupView(loading)).toBe('analyzing');
    expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]); // then asked on as for any page analyzing
    follower.stop();
    onUpdated.fire(7, { status: 'complete' });
    expect(f.asked()).toBe(2);
  });

  it('"stalled", then the user reloads the tab: "analyzing" again, asked on, and "stalled" only after a fresh ANALYZING_LIMIT', async () => {
    const f = fakeSeam();
    const { onUpdated, events } = fakeEvents();
    const follower = followTabState({ ...f.seam, subscribe: tabChanges(events, 7) });
    await f.answer(1, state('analyzing'));
    while (f.pending().length > 0 && f.asked() <= 100) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
    }
    expect(f.views.at(-1)).toBe('stalled');
    expect(f.pending()).toEqual([]); // no longer asked about on a timer
    // the reload: the background says the page is loading ("analyzing") before any new report is written;
    // the popup says "analyzing" at once, not "stalled" until that answer comes
    onUpdated.fire(7, { status: 'loading' });
    expect(f.views.at(-1)).toBe('analyzing');
    const before = f.asked();
    expect(before).toBe(ANALYZING_LIMIT / REQUERY_MS + 2);
    await f.answer(before, state('analyzing'));
    expect(f.views.at(-1)).toBe('analyzing');
    expect(f.pending().map((t) => t.ms)).toEqual([REQUERY_MS]);
    const start = f.now();
    while (f.pending().length > 0 && f.asked() <= 200) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
      if (f.now() - start < ANALYZING_LIMIT) expect(f.views.at(-1)).toBe('analyzing');
    }
    expect(f.asked() - before).toBe(ANALYZING_LIMIT / REQUERY_MS);
    expect(f.views.at(-1)).toBe('stalled');
    // another address (a link followed, or a page that changes its address itself) starts it afresh too; "complete" does not
    onUpdated.fire(7, { url: 'https://news.example/b' });
    await f.answer(f.asked(), state('analyzing'));
    expect(f.views.at(-1)).toBe('analyzing');
    f.tick();
    await f.answer(f.asked(), state('analyzing'));
    follower.refresh(); // the clock is not restarted by a question that is no load
    await f.answer(f.asked(), state('analyzing'));
    expect(f.pending()).toHaveLength(1);
    onUpdated.fire(7, { status: 'complete' });
    await f.answer(f.asked(), state('analyzing'));
    while (f.pending().length > 0 && f.asked() <= 300) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
    }
    expect(f.now() - start).toBe(2 * ANALYZING_LIMIT);
    expect(f.views.at(-1)).toBe('stalled');
    follower.stop();
  });
});

describe('an in-page anchor is the same page', () => {
  it.each<[string, { status?: string; url?: string }]>([
    ['Firefox: a new address with "complete"', { status: 'complete', url: 'https://news.example/a#quay' }],
    ['Chromium, the address visible: "loading" with it', { status: 'loading', url: 'https://news.example/a#quay' }],
  ])('%s: the time analyzing goes on, "stalled" after ANALYZING_LIMIT from the first answer', async (_n, anchor) => {
    const f = fakeSeam();
    const { onUpdated, events } = fakeEvents();
    const follower = followTabState({ ...f.seam, subscribe: tabChanges(events, 7) });
    await f.answer(1, state('analyzing'));
    const start = f.now();
    f.tick();
    await f.answer(2, state('analyzing'));
    onUpdated.fire(7, anchor);
    await f.answer(3, state('analyzing', { url: 'https://news.example/a#quay' }));
    // a second anchor, told from the first by the address the change said last
    onUpdated.fire(7, { url: 'https://news.example/a#dock' });
    await f.answer(4, state('analyzing', { url: 'https://news.example/a#dock' }));
    while (f.pending().length > 0 && f.asked() <= 100) {
      f.tick();
      await f.answer(f.asked(), state('analyzing'));
    }
    expect(f.views.at(-1)).toBe('stalled');
    expect(f.now() - start).toBe(ANALYZING_LIMIT);
    // a reload from there still starts it afresh
    onUpdated.fire(7, { status: 'loading' });
    expect(f.views.at(-1)).toBe('analyzing');
    follower.stop();
  });
});

describe('requeryAfter', () => {
  it.each<[string, TabState, number | null, number?]>([
    ['a report saying analyzing', state('analyzing'), REQUERY_MS],
    ['a report saying disabled while the site is on (analyzed again)', state('disabled'), REQUERY_MS],
    ['no report yet, a content script there', state(null), REQUERY_MS],
    ['no report, no content script (reload)', state(null, { contentScript: false }), null],
    ['analyzing, the page busy, for twice ANALYZING_LIMIT', state('analyzing', { contentBusy: true }), REQUERY_MS, 2 * ANALYZING_LIMIT],
    ['analyzing for ANALYZING_LIMIT: stalled', state('analyzing'), null, ANALYZING_LIMIT],
    ['done', state('done'), null],
    ['not an article', state('not-article'), null],
    ['error', state('error'), null],
    ['the site switched off', state('analyzing', { status: { ...state(null).status!, enabled: false, reason: 'site-off' } }), null],
  ])('%s', (_, s, want, analyzingFor = 0) => {
    expect(requeryAfter(s, analyzingFor)).toBe(want);
  });
});
