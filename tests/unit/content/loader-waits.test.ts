// @vitest-environment jsdom
/**
 * The content script's start-up part (src/content/loader.ts) when the background does not answer:
 * each question it waits on is given up after its bound, asked again, and then done without. It runs
 * in jsdom with vitest's fake timers over a fake browser (the global `browser` browser-lite.ts uses)
 * whose answer to each message kind the test sets; one may never settle. Each test starts a fresh
 * script (a fresh module) on a page that is not an article, so nothing is handed over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteStatus } from '../../../src/shared/settings';
import type { PageReport } from '../../../src/shared/views';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;
const HANG = Symbol('hang');
/** an answer that is a refusal (the background's handler threw) */
const REFUSE = Symbol('refuse');
const sent: Array<{ kind: string; payload: unknown; at: number }> = [];
const answers = new Map<string, (payload: unknown, attempt: number) => unknown>();
const listeners = new Set<Listener>();

(globalThis as { browser?: unknown }).browser = {
  runtime: {
    id: 'sourcelight-test',
    getURL: (p: string) => `moz-extension://sourcelight-test/${p}`,
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    sendMessage: (m: { kind: string; payload: unknown }) => {
      sent.push({ ...m, at: Date.now() - t0 });
      const answer = answers.get(m.kind);
      if (!answer) return Promise.reject(new Error(`unexpected ${m.kind}`));
      const value = answer(m.payload, sent.filter((s) => s.kind === m.kind).length);
      if (value === REFUSE) return Promise.resolve({ ok: false, error: 'the report names another site than its page' });
      return value === HANG ? new Promise(() => undefined) : Promise.resolve({ ok: true, value });
    },
  },
};

vi.mock('../../../src/content/modules', () => ({
  APP_MODULE: 'app.js',
  IN_PAGE_MODULE: 'inpage.js',
  loadModule: () => Promise.reject(new Error('nothing is handed over in these tests')),
}));

const ON: SiteStatus = {
  enabled: true,
  reason: null,
  site: 'localhost',
  categories: { people: true, organizations: true, places: true, quotations: true },
};

// (set once: a script of an earlier test still watches the page, and would report its changes)
const only = document.createElement('p');
only.textContent = 'Not an article: one short paragraph.';
document.body.replaceChildren(only);
let t0 = 0;
const times = (kind: string) => sent.filter((m) => m.kind === kind).map((m) => m.at);
const reports = () => sent.filter((m) => m.kind === 'page/report').map((m) => (m.payload as PageReport).status);
/** Lets `ms` of fake time pass, in steps (each runs the timers due and the promises they settle). */
async function pass(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 50) await vi.advanceTimersByTimeAsync(Math.min(50, ms - t));
}

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  sent.length = 0;
  answers.clear();
  listeners.clear();
});
/** A fresh start-up script, once the background's answers are set. */
async function start(): Promise<void> {
  const { loadModule } = await import('../../../src/content/modules');
  const { start: run } = await import('../../../src/content/loader');
  t0 = Date.now();
  run(loadModule);
}
afterEach(() => {
  vi.useRealTimers();
});

describe('the start-up script when the background does not answer', () => {
  it('a question for the site’s status that never settles is given up after STATUS_MS (5 s), asked again, then the default status is used', async () => {
    answers.set('site/status', () => HANG);
    answers.set('page/report', () => ({ ok: true }));
    await start();
    await pass(4_900);
    expect(times('site/status')).toEqual([0]);
    expect(reports()).toEqual([]); // nothing is gated or reported while the status is being asked
    // each attempt given up after 5 s, asked again after retry's delays (250 ms, then 1 s)
    await pass(11_300);
    expect(times('site/status')).toEqual([0, 5_250, 11_250]);
    expect(reports()).toEqual([]);
    // the third given up at 16.25 s: the default status (on), so the page is gated and reported
    await pass(1_000);
    expect(times('page/report')[0]).toBe(16_250);
    expect(reports()).toEqual(['analyzing', 'not-article']);
    await pass(30_000);
    expect(times('site/status')).toHaveLength(3);
  });

  it('a question for the site’s status that hangs once is asked again after STATUS_MS, and its answer is used', async () => {
    answers.set('site/status', (_, attempt) => (attempt === 1 ? HANG : { ...ON, enabled: false, reason: 'site-off' }));
    answers.set('page/report', () => ({ ok: true }));
    await start();
    await pass(5_300);
    expect(times('site/status')).toEqual([0, 5_250]);
    expect(reports()).toEqual(['disabled']);
  });

  it('a question for the site’s status that the background refuses is not asked again: the default status at once', async () => {
    answers.set('site/status', () => REFUSE);
    answers.set('page/report', () => ({ ok: true }));
    await start();
    await pass(200);
    expect(times('site/status')).toEqual([0]);
    expect(reports()).toEqual(['analyzing', 'not-article']);
    await pass(30_000);
    expect(times('site/status')).toEqual([0]);
  });

  it('a report that is never answered is given up after REPORT_MS (10 s) and sent again', async () => {
    answers.set('site/status', () => ON);
    // the first "not-article" report hangs (a background stopped under it), the next is taken
    let hung = false;
    answers.set('page/report', (payload) => {
      if ((payload as PageReport).status !== 'not-article' || hung) return { ok: true };
      hung = true;
      return HANG;
    });
    await start();
    await pass(1_000);
    expect(reports()).toEqual(['analyzing', 'not-article']);
    const first = times('page/report')[1]!;
    await pass(first + 9_900 - 1_000);
    expect(reports()).toEqual(['analyzing', 'not-article']); // still within the bound
    await pass(400);
    expect(reports()).toEqual(['analyzing', 'not-article', 'not-article']);
    expect(times('page/report')[2]! - first).toBe(10_250);
    await pass(30_000);
    expect(reports()).toHaveLength(3); // answered: not sent again
  });

  it('a report the background refuses is not sent again: a refusal is an answer', async () => {
    answers.set('site/status', () => ON);
    answers.set('page/report', () => REFUSE);
    await start();
    await pass(1_000);
    expect(reports()).toEqual(['analyzing', 'not-article']);
    await pass(30_000);
    expect(reports()).toEqual(['analyzing', 'not-article']);
  });
});
