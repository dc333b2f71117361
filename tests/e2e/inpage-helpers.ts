/**
 * Helpers for the in-page e2e tests: a probe extension page (reads the reports the background
 * holds, sends messages to a tab as the background would), the page's highlight registry read
 * from the main world, the shadow UI, and a browser without the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Analysis } from '../../src/core/types';
import type { PageReport } from '../../src/shared/views';
import { type BrowserName, CHROMIUM_PATH, type ExtensionBrowser, FIREFOX_PATH, pollFor } from './harness';
import { CHROMIUM_ARGS } from '../../tools/chromium-args.mjs';

type Api = {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown> };
};

/** An extension page kept open to read reports and send messages. */
export async function openProbe(eb: ExtensionBrowser): Promise<Page> {
  return eb.openExtensionPage('popup.html?probe=1', 'body');
}

/**
 * The tab id and report for `url` once its status is one of `statuses`, with the analysis the
 * background keeps for that tab and page (storage.session: the entities without their mentions),
 * null when it has none.
 */
export async function waitForReport(
  probe: Page,
  url: string,
  statuses: PageReport['status'][] = ['done', 'not-article', 'error'],
  timeoutMs = 30_000,
  /** only this tab's report (another tab, or one closed earlier, may have reported the same address) */
  tab?: number,
): Promise<{ tabId: number; report: PageReport; analysis: Analysis | null }> {
  const found = await pollFor(
    probe,
    async ({ u, s, t }) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const all = await (g.browser ?? (g.chrome as Api)).storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        const r = v as { url?: string; status?: string };
        if (k.startsWith('tab:') && r.url === u && s.includes(r.status ?? '') && (t === null || k === `tab:${t}`)) {
          const kept = all[`analysis:${k.slice(4)}`] as { url?: string; analysis?: unknown } | undefined;
          return { tabId: Number(k.slice(4)), report: v as never, analysis: (kept?.url === u ? kept.analysis : null) as never };
        }
      }
      return null;
    },
    { u: url, s: statuses as string[], t: tab ?? null },
    timeoutMs,
  );
  return found as { tabId: number; report: PageReport; analysis: Analysis | null };
}

/** Sends a background→content message to a tab from the probe page; returns the reply. */
export async function sendToTab(probe: Page, tabId: number, kind: string, payload: unknown): Promise<unknown> {
  return probe.evaluate(
    async (id, k, p) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? (g.chrome as Api)).tabs.sendMessage(id, { channel: 'sourcelight/1', kind: k, payload: p }, { frameId: 0 });
    },
    tabId,
    kind,
    payload,
  );
}

/** Sourcelight's highlights as the page's own scripts see them: name → texts in document order. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      const ranges = [...h] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((r) => r.toString().replace(/\s+/g, ' '));
    }
    return out;
  });
}

/** Waits until the page's registry holds a highlight `name` containing `text`. */
export async function waitForHighlight(page: Page, name: string, text: string, timeoutMs = 30_000): Promise<void> {
  await pollFor(
    page,
    ({ n, t }) => {
      const h = CSS.highlights.get(n);
      return h ? [...h].some((r) => (r as Range).toString() === t) : false;
    },
    { n: name, t: text },
    timeoutMs,
  );
}

/**
 * The viewport centre of `word` inside the `nth` range (document order) of highlight `name` that
 * contains it, after scrolling it into view.
 */
export async function centreOf(page: Page, name: string, word: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ n, w, i }) => {
      const ranges = ([...(CSS.highlights.get(n) ?? [])] as Range[]).filter((r) => r.toString().includes(w));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[i];
      if (!r) throw new Error(`no ${w} in ${n}`);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      let target = r;
      if (r.startContainer === r.endContainer) {
        const at = r.startOffset + r.toString().indexOf(w);
        target = document.createRange();
        target.setStart(r.startContainer, at);
        target.setEnd(r.startContainer, at + w.length);
      }
      const b = target.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    { n: name, w: word, i: nth },
  );
}

export interface CardView {
  title: string;
  role: string;
  here: string[];
  prior: string[];
  priorLinks: string[];
  hostDisplay: string;
  /** the element at the card's centre is inside the card (it is painted and on top) */
  onTop: boolean;
  width: number;
  labelledBy: string | null;
  focusedInside: boolean;
}

/** The open card as the reader sees it, or null. */
export async function cardView(page: Page): Promise<CardView | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-sourcelight]');
    const card = host?.shadowRoot?.querySelector('.card');
    if (!host || !card) return null;
    const b = card.getBoundingClientRect();
    const at = host.shadowRoot?.elementFromPoint(b.left + Math.min(b.width / 2, 100), b.top + Math.min(b.height / 2, 20));
    const texts = (sel: string) => [...card.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim());
    return {
      title: card.querySelector('h2')?.textContent ?? '',
      role: card.querySelector('.role')?.textContent ?? '',
      here: texts('.here li'),
      prior: texts('.prior li'),
      priorLinks: [...card.querySelectorAll('.prior a')].map((a) => a.getAttribute('href') ?? ''),
      hostDisplay: getComputedStyle(host).display,
      onTop: !!at && card.contains(at),
      width: b.width,
      labelledBy: card.getAttribute('aria-labelledby'),
      focusedInside: !!host.shadowRoot?.activeElement && card.contains(host.shadowRoot.activeElement),
    };
  });
}

/** A browser of the same kind without the extension (for request comparisons). */
export async function launchPlain(name: BrowserName): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (name === 'chromium') {
    const userDataDir = mkdtempSync(join(tmpdir(), 'sl-plain-'));
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...CHROMIUM_ARGS],
    });
    return {
      browser,
      close: async () => (await browser.close().catch(() => undefined), rmSync(userDataDir, { recursive: true, force: true })),
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false },
  });
  return { browser, close: async () => void (await browser.close().catch(() => undefined)) };
}
