/**
 * The toolbar popup in real Chromium and Firefox, on the demo AP story: who is speaking (Peskov
 * first, the unnamed spokeswoman), Peskov's prior statements from Press TV, related coverage with
 * Press TV first; the per-site switch takes effect in the open tab at once and persists; settings
 * of an older schema and corrupt settings; forged messages; axe in light and dark; screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { axeViolations } from './a11y';
import { browserNames, type ExtensionBrowser, launch, pollFor, reloadExtensionPage, repoRoot, screenshot, tabIdOf } from './harness';

const AP = 'ap-2016-11-10';
type Review = { accepted: Array<{ story: string; text: string; entityId: string | null; speaker: string }> };
const review = JSON.parse(readFileSync(join(repoRoot, 'data', 'review.json'), 'utf8')) as Review;
/** Peskov's quotations in the AP story as a person reviewed them (data/review.json): each must be listed. */
const reviewedPeskov = review.accepted.filter((a) => a.story === AP && a.entityId === 'dmitry-peskov').map((a) => a.text);

/** The quotes attributed to an entity in the analysis the background keeps for the tab (storage.session, read from an extension page). */
const reportedQuotes = (page: Page, tabId: number, entityId: string): Promise<string[]> =>
  page.evaluate(
    async (id, entity) => {
      type Q = { text: string; speaker: { entityId: string | null } };
      type Api = { storage: { session: { get(k: string): Promise<Record<string, { analysis?: { quotes: Q[] } | null }>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const got = await (g.browser ?? (g.chrome as Api)).storage.session.get(`analysis:${id}`);
      return (got[`analysis:${id}`]?.analysis?.quotes ?? []).filter((q) => q.speaker.entityId === entity).map((q) => q.text);
    },
    tabId,
    entityId,
  );

/** Text compared without quotation marks, case or spacing. */
const unquoted = (s: string): string =>
  s
    .replace(/[“”"‘’«»]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

const storyMeta = (id: string): { headline: string; url: string; outlet: string } =>
  JSON.parse(readFileSync(join(repoRoot, 'data', 'stories', `${id}.json`), 'utf8')) as { headline: string; url: string; outlet: string };

interface SpeakerRow {
  name: string;
  count: string;
  unnamed: boolean;
  entityId: string;
}

const speakers = (popup: Page): Promise<SpeakerRow[]> =>
  popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="speaker"]')].map((li) => ({
      name: li.querySelector('[data-testid="speaker-name"]')?.textContent ?? '',
      count: li.querySelector('[data-testid="quote-count"]')?.textContent ?? '',
      unnamed: li.getAttribute('data-unnamed') === 'true',
      entityId: li.getAttribute('data-entity-id') ?? '',
    })),
  );

/** The toolbar badge of a tab, read through the action API from an extension page. */
const badge = (page: Page, tabId: number): Promise<string> =>
  page.evaluate(async (id) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? (g.chrome as Api)).action.getBadgeText({ tabId: id });
  }, tabId);

async function badgeSoon(page: Page, tabId: number, want: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let got = await badge(page, tabId);
  while (got !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    got = await badge(page, tabId);
  }
  expect(got).toBe(want);
}

const popupState = (popup: Page): Promise<string> =>
  popup.evaluate(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') ?? '');

/** Waits until the popup is in `state` (it refreshes itself as reports and settings change). */
const waitState = async (popup: Page, state: string): Promise<void> => {
  try {
    await pollFor(popup, (want) => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') === want, state, 30_000);
  } catch (e) {
    // say what the popup showed instead
    const shown = await popup.evaluate(() => {
      const el = document.querySelector('[data-testid="state"]');
      return `${el?.getAttribute('data-state') ?? 'no state'}: ${(el?.textContent ?? '').slice(0, 200)}`;
    });
    throw new Error(`${e instanceof Error ? e.message : String(e)}; the popup shows ${shown}`);
  }
};

/** Highlights the extension painted in the page, and whether its host element is there. */
const pageMarks = (page: Page) =>
  page.evaluate(() => ({
    highlights: (CSS as unknown as { highlights?: { size: number } }).highlights?.size ?? -1,
    root: document.querySelector('[data-sourcelight]') !== null,
  }));

async function waitMarks(page: Page, on: boolean): Promise<{ highlights: number; root: boolean }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = await pageMarks(page).catch(() => null);
    if (m && (on ? m.highlights > 0 : m.highlights === 0 && !m.root)) return m;
    if (Date.now() > deadline) throw new Error(`highlights never turned ${on ? 'on' : 'off'}: ${JSON.stringify(m)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends a raw runtime message from an extension page and returns the reply as received. */
const sendRaw = (page: Page, message: unknown): Promise<unknown> =>
  page.evaluate(async (m) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? (g.chrome as Api)).runtime.sendMessage(m);
  }, message);

/** Writes raw values into extension storage from an extension page (as an older version would have). */
const writeStorage = (page: Page, area: 'sync' | 'local', items: Record<string, unknown>, remove: string[] = []): Promise<void> =>
  page.evaluate(
    async (a, it, rm) => {
      type Area = { set(i: object): Promise<void>; remove(k: string[]): Promise<void> };
      type Api = { storage: Record<'sync' | 'local', Area> };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? (g.chrome as Api);
      if (rm.length > 0) await Promise.all([api.storage.sync.remove(rm), api.storage.local.remove(rm)]);
      if (Object.keys(it).length > 0) await api.storage[a].set(it);
    },
    area,
    items,
    remove,
  );

/** What holdAnswers leaves in the popup's global scope. */
type Held = { __slHeld?: number; __slDelivered?: boolean; __slRelease?: () => void };

/**
 * Run in the popup (before its scripts, or once loaded): holds back the answers to its 'tab/state'
 * questions, the first only (`firstOnly`) or all from now on, until `__slRelease()`; counts the
 * questions held (`__slHeld`) and marks the held answers delivered (`__slDelivered`). Wraps the
 * runtime's sendMessage, looked up at each call (Firefox's `browser`, Chromium's `chrome` under the
 * polyfill). Self-contained: puppeteer sends its source to the page.
 */
function holdAnswers(firstOnly: boolean): void {
  type Runtime = { sendMessage(...args: unknown[]): unknown };
  const g = globalThis as unknown as Held & { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  let open: () => void = () => undefined;
  const gate = new Promise<void>((r) => (open = r));
  let release = (): void => undefined;
  g.__slHeld = 0;
  g.__slRelease = () => release();
  const hold = (rt: Runtime | undefined): void => {
    if (!rt) return;
    const send = rt.sendMessage.bind(rt);
    const previous = release;
    release = () => {
      previous();
      rt.sendMessage = send;
      open();
    };
    rt.sendMessage = (...args: unknown[]) => {
      if ((args[0] as { kind?: unknown } | null)?.kind !== 'tab/state' || (firstOnly && (g.__slHeld ?? 0) > 0)) return send(...args);
      g.__slHeld = (g.__slHeld ?? 0) + 1;
      const callback = typeof args.at(-1) === 'function' ? (args.pop() as (v: unknown) => void) : null;
      const answer = Promise.resolve(send(...args)).then(async (v) => {
        await gate;
        setTimeout(() => (g.__slDelivered = true), 0);
        return v;
      });
      if (!callback) return answer;
      void answer.then(callback);
      return undefined;
    };
  };
  hold(g.browser?.runtime);
  if (g.chrome?.runtime !== g.browser?.runtime) hold(g.chrome?.runtime);
}

/**
 * Opens the popup for `tabId` with the answer to its first 'tab/state' question held back until
 * `release()`: it then comes back after the answers to later questions, as answers can when the
 * background takes longer over one (a page done: more look-ups) than over the next. Wraps the
 * runtime's sendMessage in the popup before its scripts run.
 */
async function popupWithFirstAnswerHeld(eb: ExtensionBrowser, tabId: number): Promise<{ popup: Page; release(): Promise<void> }> {
  const popup = await eb.browser.newPage();
  await popup.evaluateOnNewDocument(holdAnswers, true);
  void popup.goto(`${eb.extensionOrigin}/popup.html?tab=${tabId}`).catch(() => undefined);
  await pollFor(popup, () => ((globalThis as unknown as Held).__slHeld ?? 0) > 0, undefined);
  return {
    popup,
    release: async () => {
      await popup.evaluate(() => (globalThis as unknown as Held).__slRelease?.());
      await pollFor(popup, () => (globalThis as unknown as Held).__slDelivered === true, undefined);
      // the answer's render
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}

async function openStoryAndPopup(eb: ExtensionBrowser, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await eb.browser.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(eb, url);
  const popup = await eb.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="state"]');
  await waitState(popup, 'done');
  return { page, popup, tabId };
}

async function expandFirstSpeaker(popup: Page): Promise<void> {
  await popup.click('[data-testid="speaker"] .speaker-toggle');
  await pollFor(
    popup,
    () => document.querySelector('[data-testid="speaker"] .speaker-toggle')?.getAttribute('aria-expanded') === 'true',
    undefined,
  );
}

describe.each(browserNames)('popup in %s', (name) => {
  let eb: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let story: { page: Page; popup: Page; tabId: number };

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name);
    story = await openStoryAndPopup(eb, server.storyUrl(AP));
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  it('lists Dmitry Peskov first with his quote count, and "a Trump spokeswoman" as unnamed', async () => {
    const peskov = await reportedQuotes(story.popup, story.tabId, 'dmitry-peskov');
    expect(peskov.length).toBeGreaterThanOrEqual(reviewedPeskov.length);
    const rows = await speakers(story.popup);
    expect(rows[0]).toEqual({ name: 'Dmitry Peskov', count: `${peskov.length} quotes`, unnamed: false, entityId: 'dmitry-peskov' });
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows.slice(1)) expect(Number.parseInt(r.count, 10)).toBeLessThan(peskov.length);
    expect(rows.find((r) => r.name === 'a Trump spokeswoman')).toMatchObject({ unnamed: true, entityId: '' });
    const title = await story.popup.$eval('[data-testid="title"]', (h) => h.textContent ?? '');
    expect(title.startsWith(storyMeta(AP).headline)).toBe(true);
    expect(await story.popup.$eval('[data-testid="outlet"]', (p) => p.textContent)).toBe(storyMeta(AP).outlet);
  });

  it("shows Peskov's quotes and his prior statements from Press TV, with links that open new tabs", async () => {
    await expandFirstSpeaker(story.popup);
    const quotes = await story.popup.$$eval('[data-testid="speaker"]:first-child [data-testid="quote"]', (b) =>
      b.map((x) => x.textContent ?? ''),
    );
    expect(quotes).toHaveLength((await reportedQuotes(story.popup, story.tabId, 'dmitry-peskov')).length);
    expect(reviewedPeskov.length).toBe(19);
    // a reviewed quotation is listed as it is, or inside the reported clause that holds it ("… is “a victim” in …")
    for (const text of reviewedPeskov)
      expect(
        quotes.some((q) => unquoted(q).includes(unquoted(text).slice(0, 30))),
        text,
      ).toBe(true);
    const prior = await story.popup.$$eval('[data-testid="speaker"]:first-child [data-testid="prior-outlet"]', (els) =>
      els.map((a) => ({
        outlet: a.firstChild?.textContent ?? '',
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel'),
        href: a.getAttribute('href'),
      })),
    );
    expect(prior.length).toBeGreaterThan(0);
    expect(new Set(prior.map((p) => p.outlet))).toEqual(new Set(['Press TV']));
    for (const p of prior) {
      expect(p.href).toBe(storyMeta('presstv-2016-11-10').url);
      expect(p.target).toBe('_blank');
      expect(p.rel).toContain('noopener');
    }
  });

  it('ranks related coverage with the Press TV story first', async () => {
    const outlets = await story.popup.$$eval('[data-testid="coverage-outlet"]', (els) => els.map((e) => e.textContent));
    expect(outlets.length).toBeGreaterThan(1);
    expect(outlets[0]).toBe('Press TV');
    const links = await story.popup.$$eval('[data-testid="coverage"] a', (els) =>
      els.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]),
    );
    expect(links.every(([target, rel]) => target === '_blank' && rel?.includes('noopener'))).toBe(true);
  });

  it('lists claims repeated or disputed in other reports, each once', async () => {
    const matches = await story.popup.$$eval('[data-testid="match"]', (els) =>
      els.map((li) => ({
        relation: li.getAttribute('data-relation'),
        claim: li.querySelector('q')?.textContent ?? '',
        outlet: li.querySelector('a')?.textContent ?? '',
      })),
    );
    expect(matches.length).toBeGreaterThan(0);
    // the dataset's only other story is Press TV's: the AP story's own claims are on the page already
    expect(new Set(matches.map((m) => m.outlet.replace(/ \(opens in a new tab\)$/, '')))).toEqual(new Set(['Press TV']));
    expect(new Set(matches.map((m) => m.claim)).size).toBe(matches.length);
    expect(matches.some((m) => m.relation === 'same-remark')).toBe(true);
  });

  it('clicking a quote scrolls the page to it', async () => {
    await story.page.evaluate(() => window.scrollTo(0, 0));
    const last = await story.popup.$$('[data-testid="speaker"]:first-child [data-testid="quote"]');
    await last.at(-1)!.click();
    const y = await pollFor(story.page, () => window.scrollY, undefined);
    expect(y).toBeGreaterThan(0);
    expect(await story.popup.$('[role="alert"]')).toBeNull();
  });

  it('switching the site off removes the highlights at once, stays off after a reload, and on brings them back', async () => {
    const { page, popup, tabId } = story;
    await waitMarks(page, true);
    expect(await popup.$eval('[data-testid="site-switch"]', (i) => [(i as HTMLInputElement).checked, i.getAttribute('role')])).toEqual([
      true,
      'switch',
    ]);
    const speakerCount = (await speakers(popup)).length;
    expect(await badge(popup, tabId)).toBe(String(speakerCount));

    await popup.click('[data-testid="site-switch"]');
    expect(await waitMarks(page, false)).toEqual({ highlights: 0, root: false });
    await waitState(popup, 'site-off');
    expect(await popup.$eval('[data-testid="state"]', (p) => p.textContent)).toBe('Sourcelight is switched off on 127.0.0.1.');
    await badgeSoon(popup, tabId, '');

    await page.reload();
    // the reloaded page asked for its status and was told "off": its report says so
    await pollFor(
      popup,
      async (id) => {
        type Api = { storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const got = await (g.browser ?? (g.chrome as Api)).storage.session.get(`tab:${id}`);
        return got[`tab:${id}`]?.status === 'disabled';
      },
      tabId,
    );
    expect(await pageMarks(page)).toEqual({ highlights: 0, root: false });
    await reloadExtensionPage(popup, '[data-testid="site-switch"]');
    expect(await popup.$eval('[data-testid="site-switch"]', (i) => (i as HTMLInputElement).checked)).toBe(false);

    await popup.click('[data-testid="site-switch"]');
    expect((await waitMarks(page, true)).highlights).toBeGreaterThan(0);
    await waitState(popup, 'done');
    await badgeSoon(popup, tabId, String(speakerCount));
  });

  it('the global pause turns every page off and back on', async () => {
    const { page, popup } = story;
    await popup.click('[data-testid="pause-switch"]');
    await waitMarks(page, false);
    await waitState(popup, 'paused');
    await popup.click('[data-testid="pause-switch"]');
    await waitMarks(page, true);
    await waitState(popup, 'done');
  });

  // Chromium only: the popup's runtime is wrapped before its scripts run (evaluateOnNewDocument),
  // which Firefox's extension pages do not let a preload script do (its first question is never seen)
  it.runIf(name === 'chromium')(
    'an answer that comes back after a later one does not take the popup back to what it said before',
    async () => {
      const site = new URL(server.origin).hostname;
      const setSite = (enabled: boolean) =>
        sendRaw(story.popup, { channel: 'sourcelight/1', kind: 'site/set', payload: { site, enabled } });
      // the first answer (the page done) is held; meanwhile the site is switched off, and the popup asks again
      const { popup, release } = await popupWithFirstAnswerHeld(eb, story.tabId);
      expect(await setSite(false)).toMatchObject({ ok: true });
      await waitState(popup, 'site-off');
      await release();
      expect(await popupState(popup)).toBe('site-off');
      expect(await setSite(true)).toMatchObject({ ok: true });
      await waitState(popup, 'done');
      await waitMarks(story.page, true);
      await popup.close();
    },
  );

  it('reads settings written by an older schema (version 1, and the loose "paused" key)', async () => {
    const { popup } = story;
    await writeStorage(popup, 'sync', { settings: { version: 1, paused: false, disabledSites: ['127.0.0.1'] } });
    await waitState(popup, 'site-off');
    await waitMarks(story.page, false);

    const options = await eb.openExtensionPage('options.html', '[data-testid="pause"]');
    await pollFor(options, () => document.querySelector('[data-testid="site-row"]')?.getAttribute('data-site') === '127.0.0.1', undefined);
    expect(await options.$eval('[data-testid="site-row"] select', (s) => (s as HTMLSelectElement).value)).toBe('off');

    // the foundation's shape: no settings object, `paused` alone in storage.local
    await writeStorage(options, 'local', { paused: true }, ['settings']);
    await reloadExtensionPage(options, '[data-testid="pause"]');
    expect(await options.$eval('[data-testid="pause"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(await options.$('[data-testid="settings-problems"]')).toBeNull();
    await options.click('[data-testid="pause"]'); // back to running
    await pollFor(
      options,
      () => (document.querySelector('[data-testid="pause"]') as HTMLInputElement | null)?.checked === false,
      undefined,
    );
    await options.close();
    await waitState(popup, 'done');
  });

  it('corrupt settings fall back to defaults without an exception and keep the sites list', async () => {
    const { popup } = story;
    await writeStorage(popup, 'sync', {
      settings: { version: 2, mode: 42, paused: 'yes', sites: { '127.0.0.1': false, 'bad host!': 1 }, categories: 'all' },
    });
    await waitState(popup, 'site-off');
    const options = await eb.openExtensionPage('options.html', '[data-testid="settings-problems"]');
    const problems = await options.$$eval('[data-testid="settings-problems"] li', (li) => li.map((l) => l.textContent));
    expect(problems).toEqual([
      'mode: unknown; default used',
      'paused: not on/off; default used',
      'sites.bad host!: unreadable; dropped',
      'categories: unreadable; defaults used',
    ]);
    expect(await options.$eval('[data-testid="pause"]', (i) => (i as HTMLInputElement).checked)).toBe(false);
    expect(await options.$eval('[data-testid="mode-everywhere"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(await options.$$eval('[data-testid="site-row"]', (r) => r.map((x) => x.getAttribute('data-site')))).toEqual(['127.0.0.1']);

    // unreadable altogether: defaults, the page still works
    await writeStorage(options, 'sync', { settings: '{"version": 2,' });
    await reloadExtensionPage(options, '[data-testid="pause"]');
    expect(await options.$('[data-testid="no-sites"]')).not.toBeNull();
    await waitState(popup, 'done');
    await options.close();
  });

  it('rejects forged messages: unknown kinds, wrong shapes, content kinds from a page, non-Sourcelight messages', async () => {
    const { popup } = story;
    const channel = 'sourcelight/1';
    const before = await sendRaw(popup, { channel, kind: 'settings/get', payload: {} });
    expect(before).toMatchObject({ ok: true });
    const cases: Array<[unknown, string]> = [
      [{ channel, kind: 'nope', payload: {} }, 'unknown message kind: nope'],
      [{ channel, kind: 'tab/state', payload: { tabId: '1' } }, 'malformed payload for tab/state'],
      [{ channel, kind: 'tab/state', payload: { tabId: 1, extra: true } }, 'malformed payload for tab/state'],
      [{ channel, kind: 'site/set', payload: { site: 'javascript:alert(1)', enabled: false } }, 'malformed payload for site/set'],
      [{ channel, kind: 'pause/set', payload: { paused: 'true' } }, 'malformed payload for pause/set'],
      [
        { channel, kind: 'settings/set', payload: { settings: { version: 2, mode: 'always', paused: true, sites: {}, categories: {} } } },
        'malformed payload for settings/set',
      ],
      [{ channel, kind: 'dataset/import', payload: { name: 'x.json' } }, 'malformed payload for dataset/import'],
      [{ channel, kind: 'site/status', payload: { url: 'https://example.com/' } }, 'site/status is not accepted from this sender'],
      [
        {
          channel,
          kind: 'page/report',
          payload: {
            url: 'https://x.test/',
            title: null,
            siteName: null,
            status: 'done',
            entities: 0,
            quotes: 0,
            unplaced: 0,
            truncated: false,
            error: null,
          },
        },
        'page/report is not accepted from this sender',
      ],
      [{ channel: 'other/1', kind: 'settings/get', payload: {} }, 'not a Sourcelight message'],
      ['hello', 'not a Sourcelight message'],
    ];
    for (const [message, error] of cases) {
      expect(await sendRaw(popup, message), JSON.stringify(message)).toEqual({ ok: false, error });
    }
    // nothing was acted on
    expect(await sendRaw(popup, { channel, kind: 'settings/get', payload: {} })).toEqual(before);
  });

  it('a web page cannot reach the extension', async () => {
    const reach = await story.page.evaluate(() => {
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return { chromeRuntime: typeof g.chrome?.runtime?.sendMessage, browser: typeof g.browser };
    });
    expect(reach).toEqual({ chromeRuntime: 'undefined', browser: 'undefined' });
  });

  it('shows clear states for a page that is not an article and a page extensions cannot run on', async () => {
    const url = `${server.origin}/fixture/hello.html`;
    const page = await eb.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(eb, url);
    const popup = await eb.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="state"]');
    await waitState(popup, 'not-article');
    await page.goto('about:blank');
    await reloadExtensionPage(popup, '[data-testid="state"]');
    // the tab's address is not visible to a popup opened as a page (no activeTab grant); the old report is kept
    expect(['not-article', 'restricted']).toContain(await popupState(popup));
    await popup.close();
    await page.close();
  });

  it('every control is reachable and usable by keyboard', async () => {
    const { popup } = story;
    await reloadExtensionPage(popup, '[data-testid="state"]');
    await waitState(popup, 'done');
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      seen.push(
        await popup.evaluate(() => {
          const el = document.activeElement;
          return el?.getAttribute('data-testid') ?? el?.className ?? el?.tagName ?? '';
        }),
      );
    }
    expect(seen.slice(0, 3)).toEqual(['site-switch', 'pause-switch', 'speaker-toggle']);
    // Enter on the first speaker opens its quotes; Tab reaches the first quote
    await popup.focus('[data-testid="speaker"] .speaker-toggle');
    await popup.keyboard.press('Enter');
    await pollFor(
      popup,
      () => document.querySelector('[data-testid="speaker"] .speaker-toggle')?.getAttribute('aria-expanded') === 'true',
      undefined,
    );
    const inside: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      inside.push((await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ?? '');
    }
    // his earlier statements' links first, then his quotes in this article
    expect(inside[0]).toBe('prior-outlet');
    expect(inside.indexOf('quote')).toBeGreaterThan(0);
    expect(inside.slice(inside.indexOf('quote')).every((x) => x === 'quote')).toBe(true);
    // Space on the pause switch pauses, and again resumes
    await popup.focus('[data-testid="pause-switch"]');
    await popup.keyboard.press(' ');
    await waitState(popup, 'paused');
    await popup.focus('[data-testid="pause-switch"]');
    await popup.keyboard.press(' ');
    await waitState(popup, 'done');
  });

  it('axe: no violations in the popup (speaker expanded) and screenshots', async () => {
    const { popup } = story;
    await reloadExtensionPage(popup, '[data-testid="state"]');
    await waitState(popup, 'done');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, name, 'popup-light');
    await expandFirstSpeaker(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, name, 'popup-light-speaker');
  });

  it('"did not finish", then the tab reloaded: "analyzing" at once, before the background answers, then done', async () => {
    // last but one: the story read again at another address is in the reading memory, Peskov's earlier statements then
    // include it (the keyboard test counts the links before his quotes)
    const url = `${server.storyUrl(AP)}?v=reload-${name}`;
    const { page, popup, tabId } = await openStoryAndPopup(eb, url);
    // the page's report made to say "analyzing" for ever: written in storage.session, the background
    // stopped so that it reads it there (its script, done, reports nothing more)
    await eb.stopBackground();
    await popup.evaluate(async (id) => {
      type Area = { get(k: string): Promise<Record<string, object>>; set(i: object): Promise<void> };
      type Api = { storage: { session: Area } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const session = (g.browser ?? (g.chrome as Api)).storage.session;
      const key = `tab:${id}`;
      const was = (await session.get(key))[key];
      await session.set({ [key]: { ...was, status: 'analyzing', entities: 0, quotes: 0 } });
    }, tabId);
    await waitState(popup, 'analyzing');
    // ANALYZING_LIMIT (30 s) later: "did not finish" (shown at the first answer past the limit: under a loaded CI
    // machine Firefox's event page, stopped above, took more than 45 s to answer past it; the limit itself is the
    // follower's, tested in tests/unit/popup/follow.test.ts)
    await pollFor(
      popup,
      () => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') === 'stalled',
      undefined,
      100_000,
    );
    // the reload: the popup asks again as the tab starts loading; its answers are held back
    await popup.evaluate(holdAnswers, false);
    await page.reload();
    await pollFor(popup, () => ((globalThis as unknown as Held).__slHeld ?? 0) > 0, undefined, 30_000);
    await new Promise((r) => setTimeout(r, 300)); // the popup's render
    expect(await popupState(popup)).toBe('analyzing');
    await popup.evaluate(() => (globalThis as unknown as Held).__slRelease?.());
    await waitState(popup, 'done');
    await popup.close();
    await page.close();
  }, 200_000);

  it('the extension logged no error', () => {
    expect(eb.extensionErrors).toEqual([]);
  });
});

describe.each(browserNames)('popup and options in %s, dark', (name) => {
  let eb: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name, { darkMode: true });
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  it('axe: no violations in dark mode, popup and options; screenshots', async () => {
    const { popup } = await openStoryAndPopup(eb, server.storyUrl(AP));
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(28, 27, 34)');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, name, 'popup-dark');
    await expandFirstSpeaker(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, name, 'popup-dark-speaker');
    const options = await eb.openExtensionPage('options.html', '[data-testid="dataset-facts"]');
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, name, 'options-dark');
  });
});
