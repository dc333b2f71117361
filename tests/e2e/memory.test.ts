/**
 * The reading memory in real Chromium and Firefox: read article A (Harbour Post, quoting Dmitry
 * Peskov), then article B (Fjord Times, quoting him again and repeating A's remark). B's popup and
 * card list exactly A's quotations under Peskov, each marked "your reading" with A's title, outlet,
 * date and link, and none of B's own; B's related coverage lists A; the remark B repeats from A is
 * marked "Also reported by Harbour Post, DATE". After the background is stopped (Chromium: its
 * service worker; Firefox: its event page, terminated as about:debugging does) the same holds, read
 * again from IndexedDB. "Clear all" empties it; export then import (as an extra dataset)
 * round-trips; a site switched off records nothing; a page in a private window (the extension
 * allowed there, as the reader would allow it) is analyzed but not recorded.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserNames, extensionSuite, openProbePage, pollFor } from './harness';
import { centreOf, waitForReport } from './inpage-helpers';

const PERSON = 'sourcelight-person';
const A_TITLE = 'Kremlin says contacts with Trump team continue';
const A_QUOTE = 'Our experts have maintained regular working contacts';
/** A's quotations of Peskov, as the popup and the card list them (newest first, as A has them in order) */
const A_PESKOV = [
  'Moscow had kept up its contacts with the team of Donald Trump, and that Vladimir Putin was ready for a first telephone call with the president-elect',
  'Our experts have maintained regular working contacts with the transition team throughout the autumn, and nobody here sees anything unusual in that,',
  // "The spokesman declined to give details …, saying only that …": the spokesman is Peskov
  'only that the talks had been useful for both sides',
  'The president is ready for a telephone conversation whenever the other side finds it convenient,',
];
/** the remark of A's that B repeats, in A's words */
const A_REMARK = A_PESKOV[1] as string;
/** B's own new remark: never a prior statement on B */
const B_OWN = 'A meeting between the two presidents could take place in the spring';
/** A's date (2026-11-02) as the pages show it in the browsers' en-US */
const A_DATE_SHOWN = 'Nov 2, 2026';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
/** A message to the background from an extension page, as the options page sends it. */
async function ask<T>(page: Page, kind: string, payload: unknown = {}): Promise<T> {
  const reply = (await page.evaluate(
    async (k, p) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? (g.chrome as Api)).runtime.sendMessage({ channel: 'sourcelight/1', kind: k, payload: p });
    },
    kind,
    payload,
  )) as Reply;
  if (!reply.ok) throw new Error(`${kind}: ${reply.error}`);
  return reply.value as T;
}

interface PopupMemory {
  /** Peskov's earlier statements: where from, the quotation, the article's title, outlet, date and link */
  prior: Array<{ source: string; tag: string; quote: string; headline: string; outlet: string; date: string; href: string | null }>;
  coverage: Array<{ source: string; tag: string; headline: string; outlet: string; href: string | null }>;
  /** the remarks repeated: the label ("Also reported by …"), the earlier wording, who said it, where */
  matches: Array<{ source: string; label: string; claim: string; by: string; href: string | null }>;
}

/** What B's popup shows under Peskov, as related coverage and as repeats. */
const popupMemory = (popup: Page): Promise<PopupMemory> =>
  popup.evaluate(() => {
    const norm = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    /** a link's own words, without the screen-reader hint inside it */
    const linkText = (a: Element | null | undefined): string => norm(a?.firstChild as Element | null);
    const peskov = document.querySelector('[data-testid="speaker"][data-entity-id="dmitry-peskov"]');
    return {
      prior: [...(peskov?.querySelectorAll('[data-testid="prior-item"]') ?? [])].map((li) => ({
        source: li.getAttribute('data-source') ?? '',
        tag: norm(li.querySelector('[data-testid="prior-source"]')),
        quote: norm(li.querySelector('q')),
        headline: norm(li.querySelector('[data-testid="prior-headline"]')),
        outlet: linkText(li.querySelector('[data-testid="prior-outlet"]')),
        date: norm(li.querySelector('[data-testid="prior-date"]')).replace(/^, /, ''),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
      coverage: [...document.querySelectorAll('[data-testid="coverage-item"]')].map((li) => ({
        source: li.getAttribute('data-source') ?? '',
        tag: norm(li.querySelector('.tag')),
        headline: linkText(li.querySelector('a')),
        outlet: norm(li.querySelector('.muted')),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
      matches: [...document.querySelectorAll('[data-testid="match"]')].map((li) => ({
        source: li.getAttribute('data-source') ?? '',
        label: norm(li.querySelector('.relation')),
        claim: norm(li.querySelector('q')),
        by: norm(li.querySelector('.muted:last-child')),
        href: li.querySelector('.muted:last-child a')?.getAttribute('href') ?? null,
      })),
    };
  });

interface CardMemory {
  prior: Array<{ source: string; from: string; text: string; headline: string; src: string; href: string | null }>;
  claims: Array<{ source: string; label: string; text: string; href: string | null }>;
}

/** In the page: what the open card shows (its shadow root is open in debug mode), once it lists a prior statement from the reading. */
const cardMemory = (): CardMemory | null => {
  const norm = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const card = document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card');
  const prior = [...(card?.querySelectorAll('.prior li') ?? [])].map((li) => ({
    source: li.getAttribute('data-source') ?? '',
    from: norm(li.querySelector('.from')),
    text: norm(li),
    headline: norm(li.querySelector('.headline')),
    src: norm(li.querySelector('.src')),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
  const claims = [...(card?.querySelectorAll('.claims li') ?? [])].map((li) => ({
    source: li.getAttribute('data-source') ?? '',
    label: norm(li.querySelector('.kind')),
    text: norm(li),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
  return prior.some((p) => p.source === 'reading') ? { prior, claims } : null;
};

describe.each(browserNames)('the reading memory, in %s', (name) => {
  const suite = extensionSuite(name);
  let A = '';
  let B = '';
  let PRIVATE_B = '';
  let aCanonical = '';

  beforeAll(() => {
    const { origin } = suite.server;
    A = `${origin}/fixture/memory-a.html?utm_source=newsletter&fbclid=x1`;
    // its own address: a report left from B in a normal tab is not taken for it
    PRIVATE_B = `${origin}/fixture/memory-b.html?window=private`;
    B = `${origin}/fixture/memory-b.html`;
    aCanonical = `${origin}/fixture/memory-a.html`;
  });

  async function read(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await suite.eb.browser.newPage();
    await page.goto(url);
    const { tabId } = await waitForReport(suite.probe, url, ['done', 'disabled', 'not-article', 'error']);
    return { page, tabId };
  }
  /** A new suite.probe page after the extension reloaded (Chromium refuses its pages while it reloads). */
  async function reopenProbe(): Promise<Page> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await openProbePage(suite.eb);
      } catch (e) {
        if (attempt >= 20) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
  const articles = async (): Promise<number> => (await ask<{ articles: number }>(suite.probe, 'memory/info')).articles;
  const waitArticles = (n: number | ((count: number) => boolean)): Promise<unknown> =>
    (async () => {
      const deadline = Date.now() + 15_000;
      const enough = typeof n === 'number' ? (count: number) => count === n : n;
      while (!enough(await articles())) {
        if (Date.now() > deadline)
          throw new Error(`the memory never held the articles expected (${String(n)}); it has ${await articles()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

  /** B's popup and card, after A was read: A's quotations under Peskov, A as coverage, the remark B repeats from A marked. */
  async function checkB(): Promise<void> {
    const b = await read(B);
    // B's tab is closed whatever happens: left open, a later extension reload (Firefox injects the new
    // content script into open tabs) would record it again, in the private-window test's normal window
    try {
      const popup = await suite.eb.openExtensionPage(`popup.html?tab=${b.tabId}`, '[data-testid="state"]');
      const shown = await pollFor(
        popup,
        () => document.querySelector('[data-testid="prior-item"][data-source="reading"]') !== null,
        undefined,
        30_000,
      ).then(() => popupMemory(popup));
      // exactly A's quotations of Peskov, marked "your reading", with A's title, outlet, date and link:
      // none of B's own quotations (its new remark, or its repeat of A's) is listed as prior
      const fromA = {
        source: 'reading',
        tag: 'your reading',
        headline: `${A_TITLE},`,
        outlet: 'Harbour Post',
        date: A_DATE_SHOWN,
        href: aCanonical,
      };
      expect(shown.prior.filter((p) => p.source === 'reading')).toEqual(A_PESKOV.map((quote) => ({ ...fromA, quote })));
      expect(shown.prior.filter((p) => p.quote.includes(B_OWN))).toEqual([]);
      // the dataset's statements are there too, marked as such
      expect(shown.prior.filter((p) => p.source === 'dataset').map((p) => p.tag)).toContain('dataset');
      expect(shown.coverage.filter((c) => c.source === 'reading')).toEqual([
        { source: 'reading', tag: 'your reading', headline: A_TITLE, outlet: `Harbour Post · ${A_DATE_SHOWN}`, href: aCanonical },
      ]);
      expect(shown.matches.filter((m) => m.source === 'reading')).toEqual([
        {
          source: 'reading',
          label: `Also reported by Harbour Post, ${A_DATE_SHOWN}`,
          claim: A_REMARK,
          by: `Dmitry Peskov, Harbour Post (opens in a new tab), ${A_DATE_SHOWN}`,
          href: aCanonical,
        },
      ]);
      await popup.close();

      // the card: Peskov's earlier statements from A, the repeated remark marked
      await b.page.bringToFront();
      const at = await centreOf(b.page, PERSON, 'Peskov');
      await b.page.mouse.click(at.x, at.y);
      const card = (await pollFor(b.page, cardMemory, undefined, 30_000)) as CardMemory;
      const src = `Harbour Post · ${A_DATE_SHOWN} · source`;
      expect(card.prior.filter((p) => p.source === 'reading')).toEqual(
        A_PESKOV.map((quote) => ({
          source: 'reading',
          from: 'your reading',
          text: expect.stringContaining(`your reading“${quote}” ${A_TITLE} ${src}`) as unknown as string,
          headline: A_TITLE,
          src,
          href: aCanonical,
        })),
      );
      expect(card.prior.map((p) => p.text).join('\n')).not.toContain(B_OWN);
      expect(card.claims.filter((c) => c.source === 'reading')).toEqual([
        {
          source: 'reading',
          label: `Also reported by Harbour Post, ${A_DATE_SHOWN}`,
          text: `Also reported by Harbour Post, ${A_DATE_SHOWN}Dmitry Peskov: “${A_REMARK}” ${src}`,
          href: aCanonical,
        },
      ]);
    } finally {
      await b.page.close().catch(() => undefined);
    }
  }

  it('B shows what Peskov said in A (popup and card), A as related coverage, and the remark B repeats from A', async () => {
    await ask(suite.probe, 'memory/clear');
    const a = await read(A);
    await waitArticles(1);
    await a.page.close();
    await checkB();
    // A is recorded once, under its canonical address without the tracking parameters
    const exported = JSON.parse((await ask<{ text: string }>(suite.probe, 'memory/export')).text) as {
      stories: Array<{ url: string; headline: string; outlet: string; date: string }>;
    };
    expect(exported.stories.find((s) => s.headline === A_TITLE)).toMatchObject({
      url: aCanonical,
      outlet: 'Harbour Post',
      date: '2026-11-02',
    });
    expect(exported.stories.find((s) => s.outlet === 'Fjord Times')?.date).toBe('2026-11-05');
  });

  it('the same holds after the background restarts', async () => {
    // Chromium: the service worker is stopped; Firefox: the event page is terminated. The browser
    // starts it again for the next message, and the memory is read from IndexedDB again.
    await suite.eb.stopBackground();
    await checkB();
  });

  it('export then import round-trips; clear all empties the memory', async () => {
    const { text } = await ask<{ text: string }>(suite.probe, 'memory/export');
    await ask(suite.probe, 'memory/clear');
    expect(await articles()).toBe(0);
    const info = await ask<{ extra: { stories: number; claims: number } | null }>(suite.probe, 'dataset/import', {
      name: 'reading.json',
      text,
    });
    expect(info.extra?.stories).toBe(2);
    // what was read comes back as the dataset's: the remark B repeats from A is now a dataset claim (Harbour Post)
    const b = await read(B);
    const popup = await suite.eb.openExtensionPage(`popup.html?tab=${b.tabId}`, '[data-testid="state"]');
    await pollFor(popup, () => document.querySelector('[data-testid="match"][data-source="dataset"]') !== null, undefined, 30_000);
    const shown = await popupMemory(popup);
    const repeat = shown.matches.find((m) => m.source === 'dataset' && m.claim.includes(A_QUOTE));
    expect(repeat?.by).toBe(`Dmitry Peskov, Harbour Post (opens in a new tab), ${A_DATE_SHOWN}`);
    expect(shown.matches.some((m) => m.source === 'reading')).toBe(false);
    await popup.close();
    await b.page.close();
    await ask(suite.probe, 'dataset/remove');
    await ask(suite.probe, 'memory/clear');
    expect(await articles()).toBe(0);
  });

  it('a site switched off records nothing', async () => {
    await ask(suite.probe, 'memory/clear');
    await ask(suite.probe, 'site/set', { site: '127.0.0.1', enabled: false });
    try {
      const a = await read(A);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await articles()).toBe(0);
      await a.page.close();
    } finally {
      await ask(suite.probe, 'site/set', { site: '127.0.0.1', enabled: null });
    }
  });

  // last: allowing private windows reloads the extension (its pages close; its storage stays)
  it('a page in a private window is analyzed but never recorded; the next page in a normal window is', async () => {
    await ask(suite.probe, 'memory/clear');
    await suite.eb.allowPrivateWindows();
    suite.probe = await reopenProbe();
    // B in a private window, opened as the reader would (windows.create, allowed now)
    const opened = await suite.probe.evaluate(async (url) => {
      type Win = { id: number; incognito: boolean; tabs?: Array<{ id: number; incognito: boolean }> };
      type Api = { windows: { create(o: { url: string; incognito: boolean }): Promise<Win> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const w = await (g.browser ?? (g.chrome as Api)).windows.create({ url, incognito: true });
      return { windowId: w.id, incognito: w.incognito, tab: w.tabs?.[0] ?? null };
    }, PRIVATE_B);
    expect(opened.incognito).toBe(true);
    expect(opened.tab?.incognito).toBe(true);
    // the content script ran there and the background analyzed it: the rule, not a missing script, keeps it out
    const privately = await waitForReport(suite.probe, PRIVATE_B, ['done', 'disabled', 'not-article', 'error']);
    expect(privately.tabId).toBe(opened.tab?.id);
    expect(privately.report.status).toBe('done');
    // closed before A is opened: Firefox opens a new tab in the last window used
    await suite.probe.evaluate(async (id) => {
      type Api = { windows: { remove(id: number): Promise<void> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).windows.remove(id);
    }, opened.windowId);
    // A in a normal window afterwards is recorded, and it is the only article
    const a = await read(A);
    const aIncognito = await suite.probe.evaluate(async (id) => {
      type Api = { tabs: { get(id: number): Promise<{ incognito: boolean }> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? (g.chrome as Api)).tabs.get(id)).incognito;
    }, a.tabId);
    expect(aIncognito).toBe(false);
    await waitArticles((n) => n > 0);
    const exported = JSON.parse((await ask<{ text: string }>(suite.probe, 'memory/export')).text) as { stories: Array<{ outlet: string }> };
    expect(exported.stories.map((st) => st.outlet)).toEqual(['Harbour Post']);
    await a.page.close();
  });
});
