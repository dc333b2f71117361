// @vitest-environment jsdom
/**
 * The content script past the gate (src/content/index.ts, loaded by src/content/loader.ts) when the
 * background does not answer: each question it waits on is given up after its bound, and the reader
 * or the page is told. The real script runs in jsdom on an article page over a fake browser whose
 * answers the test sets per message kind (one may never settle), with vitest's fake timers.
 */
import { readFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleFromHtml } from '../../../src/shared/html-article';
import type { ReadRequest } from '../../../src/shared/protocol';
import type { SiteStatus } from '../../../src/shared/settings';
import type { CardData, PageReport } from '../../../src/shared/views';
import type { Listener } from './fake-browser';
import { analyze } from './peskov-analysis';

const fake = vi.hoisted(() => ({
  onMessage: new Set<Listener>(),
  /** every message sent, by kind */
  sent: [] as Array<{ kind: string; payload: unknown }>,
  /** the background's answer to each kind; HANG never settles, REFUSE is a refusal (the handler threw) */
  answers: new Map<string, (payload: unknown) => unknown>(),
  HANG: Symbol('hang'),
  REFUSE: Symbol('refuse'),
}));

vi.mock('../../../src/shared/browser', async () =>
  (await import('./fake-browser')).fakeBrowser(fake.onMessage, (m) => {
    fake.sent.push(m);
    const answer = fake.answers.get(m.kind);
    if (!answer) return Promise.reject(new Error(`unexpected ${m.kind}`));
    return Promise.resolve().then(() => {
      const value = answer(m.payload);
      if (value === fake.REFUSE) return { ok: false, error: 'the report names another site than its page' };
      return value === fake.HANG ? new Promise(() => undefined) : { ok: true, value };
    });
  }),
);

vi.mock('../../../src/content/modules', () => ({
  APP_MODULE: 'app.js',
  IN_PAGE_MODULE: 'inpage.js',
  loadModule: (file: string) => (file === 'app.js' ? import('../../../src/content/index') : import('../../../src/content/inpage-module')),
}));

// debug: the host's shadow root is open, so the test can read the card
const ON: SiteStatus & { debug: boolean } = {
  enabled: true,
  reason: null,
  site: 'localhost',
  categories: { people: true, organizations: true, places: true, quotations: true },
  debug: true,
};

const DATA: CardData = {
  entity: { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', description: 'Kremlin spokesman.', roles: [] },
  priorStatements: [],
  relatedCoverage: [],
  matches: [],
};

function answerAll(): void {
  fake.answers.set('site/status', () => ON);
  fake.answers.set('page/report', () => ({ ok: true }));
  fake.answers.set('article/read', (payload) => {
    const read = articleFromHtml((payload as ReadRequest).html);
    return { article: read, analysis: read && analyze(read.paragraphs) };
  });
  fake.answers.set('entity/card', () => DATA);
}

/* ------------------------------------------------------------ the page */

const page = readFileSync(join(__dirname, '../../fixtures/pages/hostile.html'), 'utf8');
document.replaceChild(
  document.importNode(new DOMParser().parseFromString(page, 'text/html').documentElement, true),
  document.documentElement,
);
setMaxListeners(50);
// the CSS Custom Highlight API and constructed sheets, which jsdom lacks
Object.assign(globalThis, {
  CSS: { highlights: new Map<string, Set<Range>>() },
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
Range.prototype.getBoundingClientRect ??= () =>
  ({ top: 100, left: 100, bottom: 120, right: 160, width: 60, height: 20, x: 100, y: 100 }) as DOMRect;

/* ------------------------------------------------------------------- run */

const realSetTimeout = globalThis.setTimeout;
/** Real time (a module the script imports loads in it): a moment of it. */
const moment = () => new Promise((resolve) => realSetTimeout(resolve, 1));
/** Lets `ms` of fake time pass, in steps (each runs the timers due and the promises they settle). */
async function pass(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 50) await vi.advanceTimersByTimeAsync(Math.min(50, ms - t));
}
async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  for (let t = 0; !ok(); t += 50) {
    if (t > ms) throw new Error(`timed out waiting for ${what}`);
    await vi.advanceTimersByTimeAsync(50);
    await moment();
  }
}
/** A message from the popup (an extension page) to the content script. */
async function deliver(kind: string, payload: unknown): Promise<void> {
  const message = { channel: 'sourcelight/1', kind, payload };
  const sender = { id: 'sourcelight-test', url: 'moz-extension://sourcelight-test/popup.html' };
  for (const listener of fake.onMessage) listener(message, sender, () => undefined);
  await pass(50);
}
const reports = () => fake.sent.filter((m) => m.kind === 'page/report').map((m) => (m.payload as PageReport).status);
const asked = (kind: string) => fake.sent.filter((m) => m.kind === kind).length;
/** The open shadow root of Sourcelight's host (debug mode). */
const ui = (): ShadowRoot | null =>
  [...document.documentElement.children].find((e) => e !== document.head && e !== document.body)?.shadowRoot ?? null;
const notes = () => [...(ui()?.querySelectorAll('.card .note') ?? [])].map((e) => e.textContent?.trim());

beforeAll(async () => {
  vi.useFakeTimers();
  answerAll();
  (globalThis as { browser?: unknown }).browser = (await import('../../../src/shared/browser')).ext;
  const { loadModule } = await import('../../../src/content/modules');
  (await import('../../../src/content/loader')).start(loadModule);
  await until('the analysis', () => reports().at(-1) === 'done');
});
afterAll(() => {
  vi.useRealTimers();
});

describe('the content script when the background does not answer', () => {
  it('the card: details that do not come within CARD_MS are given up, the card says so and asks again on the reader’s request', async () => {
    fake.answers.set('entity/card', () => fake.HANG);
    await deliver('content/open-panel', {});
    const row = ui()?.querySelector<HTMLButtonElement>('.panel .rows button');
    expect(row?.textContent).toContain('Dmitry Peskov');
    row?.click();
    await pass(50);
    expect(asked('entity/card')).toBe(1);
    expect(notes()).toEqual(['cardLoading']);

    await pass(9_900);
    expect(notes()).toEqual(['cardLoading']); // still within the bound
    await pass(200);
    expect(notes()).toEqual(['cardLate cardRetry']);
    const retry = ui()?.querySelector<HTMLButtonElement>('.card .late button.retry');
    // a button: reached with Tab, pressed with Enter or Space
    expect(retry?.type).toBe('button');
    expect(retry?.tabIndex).toBe(0);

    // the background answers now
    fake.answers.set('entity/card', () => DATA);
    retry?.click();
    await pass(50);
    expect(asked('entity/card')).toBe(2);
    expect(ui()?.activeElement?.classList.contains('card')).toBe(true); // the focus stays in the card
    expect(notes()).toEqual(['cardNoPriorAnywhere']);
    expect(ui()?.querySelector('.card .desc')?.textContent).toBe('Kremlin spokesman.');
  }, 30_000);

  it('a report that is never answered is given up after REPORT_MS (10 s) and sent again', async () => {
    // the first "disabled" report hangs (a background stopped under it), the next is taken
    let hung = false;
    fake.answers.set('page/report', (payload) => {
      if ((payload as PageReport).status !== 'disabled' || hung) return { ok: true };
      hung = true;
      return fake.HANG;
    });
    const before = reports().length;
    const { debug: _, ...status } = ON;
    await deliver('content/settings', { ...status, enabled: false, reason: 'site-off' });
    expect(reports().slice(before)).toEqual(['disabled']);
    await pass(9_800);
    expect(reports().slice(before)).toEqual(['disabled']); // still within the bound
    await pass(500);
    expect(reports().slice(before)).toEqual(['disabled', 'disabled']);
    await pass(30_000);
    expect(reports().slice(before)).toEqual(['disabled', 'disabled']); // answered: not sent again
  }, 30_000);

  it('a report the background refuses is not sent again: a refusal is an answer', async () => {
    fake.answers.set('page/report', () => fake.REFUSE);
    const before = reports().length;
    const { debug: _, ...status } = ON;
    // (off since the test before: the settings say so again)
    await deliver('content/settings', { ...status, enabled: false, reason: 'site-off' });
    expect(reports().slice(before)).toEqual(['disabled']);
    await pass(30_000);
    expect(reports().slice(before)).toEqual(['disabled']);
    fake.answers.set('page/report', () => ({ ok: true }));
  }, 30_000);

  it('back from the back/forward cache: a question for the site’s status that never settles is asked again after STATUS_MS (5 s)', async () => {
    // off since the test before; the first question hangs, the next says on
    const before = { status: asked('site/status'), reports: reports().length };
    let hung = false;
    fake.answers.set('site/status', () => {
      if (hung) return ON;
      hung = true;
      return fake.HANG;
    });
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await pass(4_900);
    expect(asked('site/status') - before.status).toBe(1);
    expect(reports().slice(before.reports)).toEqual([]); // nothing is done while the status is being asked
    await pass(400);
    expect(asked('site/status') - before.status).toBe(2);
    await until('the analysis', () => reports().at(-1) === 'done');
    expect(reports().slice(before.reports)).toEqual(['analyzing', 'done']);
  }, 30_000);
});
