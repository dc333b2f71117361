/**
 * The reading memory in real Chromium and Firefox: read article A (Harbour Post, quoting Dmitry
 * Peskov), then article B (Fjord Times, quoting him again and repeating A's remark). B's popup and
 * card list A's quotation under Peskov with A's title, outlet, date and link, marked as from the
 * reader's reading; B's related coverage lists A; the repeated remark is marked "Also reported by".
 * After the background restarts the same holds (Chromium: its service worker is stopped; Firefox's
 * event page cannot be stopped from the test, so there the memory is only read again by a new
 * page). "Clear all" empties it; export then import (as an extra dataset) round-trips; a site
 * switched off records nothing.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { browserNames, type ExtensionBrowser, launch, pollFor } from './harness';
import { centreOf, openProbe, waitForReport } from './inpage-helpers';

const PERSON = 'sourcelight-person';
const A_TITLE = 'Kremlin says contacts with Trump team continue';
const A_QUOTE = 'Our experts have maintained regular working contacts';

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
  prior: Array<{ source: string; text: string; href: string | null }>;
  coverage: Array<{ source: string; text: string }>;
  matches: Array<{ source: string; text: string }>;
}

/** What B's popup shows under Peskov, as related coverage and as repeats. */
const popupMemory = (popup: Page): Promise<PopupMemory> =>
  popup.evaluate(() => {
    const item = (el: Element) => ({
      source: el.getAttribute('data-source') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    });
    const peskov = document.querySelector('[data-testid="speaker"][data-entity-id="dmitry-peskov"]');
    return {
      prior: [...(peskov?.querySelectorAll('[data-testid="prior-item"]') ?? [])].map((li) => ({
        ...item(li),
        href: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
      coverage: [...document.querySelectorAll('[data-testid="coverage-item"]')].map(item),
      matches: [...document.querySelectorAll('[data-testid="match"]')].map(item),
    };
  });

describe.each(browserNames)('the reading memory, in %s', (name) => {
  let eb: ExtensionBrowser;
  let probe: Page;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let A = '';
  let B = '';
  let aCanonical = '';

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name);
    probe = await openProbe(eb);
    // Firefox: the extension API appears in the page a moment after its body
    await pollFor(
      probe,
      () =>
        Boolean(
          (globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } }).browser?.runtime ??
          (globalThis as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime,
        ),
      undefined,
    );
    A = `${server.origin}/fixture/memory-a.html?utm_source=newsletter&fbclid=x1`;
    B = `${server.origin}/fixture/memory-b.html`;
    aCanonical = `${server.origin}/fixture/memory-a.html`;
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  async function read(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await eb.browser.newPage();
    await page.goto(url);
    const { tabId } = await waitForReport(probe, url, ['done', 'disabled', 'not-article', 'error']);
    return { page, tabId };
  }
  const articles = async (): Promise<number> => (await ask<{ articles: number }>(probe, 'memory/info')).articles;
  const waitArticles = (n: number): Promise<unknown> =>
    (async () => {
      const deadline = Date.now() + 15_000;
      while ((await articles()) !== n) {
        if (Date.now() > deadline) throw new Error(`the memory never held ${n} articles (has ${await articles()})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

  async function checkB(): Promise<void> {
    const b = await read(B);
    const popup = await eb.openExtensionPage(`popup.html?tab=${b.tabId}`, '[data-testid="state"]');
    const shown = await pollFor(
      popup,
      () => document.querySelector('[data-testid="prior-item"][data-source="reading"]') !== null,
      undefined,
      30_000,
    ).then(() => popupMemory(popup));
    const fromReading = shown.prior.filter((p) => p.source === 'reading');
    expect(fromReading.length).toBeGreaterThan(0);
    // A's quotation under Peskov: its words, A's title, outlet, date and link
    const a = fromReading.find((p) => p.text.includes(A_QUOTE));
    expect(a?.text).toContain(A_TITLE);
    expect(a?.text).toContain('Harbour Post');
    expect(a?.text).toMatch(/2026/);
    expect(a?.href).toBe(aCanonical);
    // none of B's own quotations is listed as prior
    expect(fromReading.some((p) => p.text.includes('A meeting between the two presidents'))).toBe(false);
    // the dataset's statements are there too, marked as such
    expect(shown.prior.some((p) => p.source === 'dataset')).toBe(true);
    expect(
      shown.coverage
        .filter((c) => c.source === 'reading')
        .map((c) => c.text)
        .join('\n'),
    ).toContain(A_TITLE);
    expect(shown.matches.find((m) => m.source === 'reading')?.text).toMatch(/Also reported by Harbour Post, .*2026/);
    await popup.close();

    // the card: Peskov's earlier statements from A, the repeated remark marked
    await b.page.bringToFront();
    const at = await centreOf(b.page, PERSON, 'Peskov');
    await b.page.mouse.click(at.x, at.y);
    const card = await pollFor(
      b.page,
      () => {
        const c = document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card');
        const prior = [...(c?.querySelectorAll('.prior li[data-source="reading"]') ?? [])].map((li) => li.textContent ?? '');
        const claims = [...(c?.querySelectorAll('.claims li[data-source="reading"]') ?? [])].map((li) => li.textContent ?? '');
        const links = [...(c?.querySelectorAll('.prior li[data-source="reading"] a') ?? [])].map((x) => x.getAttribute('href'));
        return prior.length > 0 ? { prior, claims, links } : null;
      },
      undefined,
      30_000,
    );
    expect(card?.prior.join('\n')).toContain(A_TITLE);
    expect(card?.prior.join('\n')).toContain('Harbour Post');
    expect(card?.links).toContain(aCanonical);
    expect(card?.claims.join('\n')).toMatch(/Also reported by Harbour Post/);
    await b.page.close();
  }

  it('B shows what Peskov said in A (popup and card), A as related coverage, and the remark B repeats from A', async () => {
    await ask(probe, 'memory/clear');
    const a = await read(A);
    await waitArticles(1);
    await a.page.close();
    await checkB();
    // A is recorded once, under its canonical address without the tracking parameters
    const exported = JSON.parse((await ask<{ text: string }>(probe, 'memory/export')).text) as {
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
    if (name === 'chromium') {
      const target = await eb.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
      const worker = await target.worker();
      await worker?.close();
      // the worker is started again by the next message
    }
    await checkB();
  });

  it('export then import round-trips; clear all empties the memory', async () => {
    const { text } = await ask<{ text: string }>(probe, 'memory/export');
    await ask(probe, 'memory/clear');
    expect(await articles()).toBe(0);
    const info = await ask<{ extra: { stories: number; claims: number } | null }>(probe, 'dataset/import', { name: 'reading.json', text });
    expect(info.extra?.stories).toBe(2);
    // what was read comes back as the dataset's: the remark B repeats from A is now a dataset claim (Harbour Post)
    const b = await read(B);
    const popup = await eb.openExtensionPage(`popup.html?tab=${b.tabId}`, '[data-testid="state"]');
    await pollFor(popup, () => document.querySelector('[data-testid="match"][data-source="dataset"]') !== null, undefined, 30_000);
    const shown = await popupMemory(popup);
    const repeat = shown.matches.find((m) => m.source === 'dataset' && m.text.includes(A_QUOTE));
    expect(repeat?.text).toContain('Harbour Post');
    expect(shown.matches.some((m) => m.source === 'reading')).toBe(false);
    await popup.close();
    await b.page.close();
    await ask(probe, 'dataset/remove');
    await ask(probe, 'memory/clear');
    expect(await articles()).toBe(0);
  });

  it('a site switched off records nothing', async () => {
    await ask(probe, 'memory/clear');
    await ask(probe, 'site/set', { site: '127.0.0.1', enabled: false });
    try {
      const a = await read(A);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await articles()).toBe(0);
      await a.page.close();
    } finally {
      await ask(probe, 'site/set', { site: '127.0.0.1', enabled: null });
    }
  });
});
