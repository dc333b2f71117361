/**
 * The article read off the page (Chrome: the offscreen document; Firefox: the background page)
 * gives the same highlights as the in-page parse, on every demo story and every page of
 * ../shared/pages, in real Chromium and Firefox: the same entities, the same quotations, the same
 * text under each range. The in-page parse is reached as the fallback (the off-page reader
 * switched off in storage.local, as when it fails), and the popup's report says so.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { corpusPages } from '../../tools/demo-server.mjs';
import type { Analysis } from '../../src/core/types';
import type { PageReport } from '../../src/shared/views';
import { browserNames, extensionSuite } from './harness';
import { highlights, waitForReport } from './inpage-helpers';

interface Seen {
  status: PageReport['status'];
  inPage: string | undefined;
  entities: string[];
  quotes: string[];
  highlights: Record<string, string[]>;
  /** the User Timing measures the content script left (Chromium shows them to the page) */
  measures: string[];
}

async function setOffPage(probe: Page, on: boolean): Promise<void> {
  await probe.evaluate(async (v) => {
    type Area = { set(i: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };
    const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } };
    const local = (g.browser ?? g.chrome)!.storage.local;
    if (v) await local.remove('offPageReader');
    else await local.set({ offPageReader: false });
  }, on);
}

describe.each(browserNames)('off the page, in %s', (name) => {
  const suite = extensionSuite(name);

  let visits = 0;
  async function visit(base: string): Promise<Seen> {
    const url = `${base}${base.includes('?') ? '&' : '?'}visit=${++visits}`;
    const page = await suite.eb.browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const { report, analysis } = await waitForReport(suite.probe, url, ['done', 'not-article', 'error'], 60_000);
      const a = analysis as Analysis | null;
      return {
        status: report.status,
        inPage: report.inPage,
        entities: (a?.entities ?? []).map((e) => `${e.id ?? ''}|${e.name}`).sort(),
        quotes: (a?.quotes ?? []).map((q) => q.text),
        highlights: await highlights(page),
        measures: await page.evaluate(() =>
          performance
            .getEntriesByType('measure')
            .map((m) => m.name)
            .filter((n) => n.startsWith('sourcelight:')),
        ),
      };
    } finally {
      await page.close();
    }
  }

  it('the same highlights, entities and quotations as the in-page parse, on the demo and every corpus page; the fallback says so', async () => {
    const corpus = corpusPages();
    if (corpus.length === 0) console.warn('../shared/pages is absent: compared on the demo stories only');
    const urls = [
      ...suite.server.stories.map((s: { id: string }) => suite.server.storyUrl(s.id)),
      `${suite.server.origin}/fixture/retry.html`,
      ...corpus.map((c) => `${suite.server.origin}/corpus/${c}/?csp=strict`),
    ];
    const off: Record<string, Seen> = {};
    for (const url of urls) off[url] = await visit(url);
    await setOffPage(suite.probe, false);
    const inPage: Record<string, Seen> = {};
    try {
      for (const url of urls) inPage[url] = await visit(url);
    } finally {
      await setOffPage(suite.probe, true);
    }
    const differ: string[] = [];
    for (const url of urls) {
      const a = off[url] as Seen;
      const b = inPage[url] as Seen;
      expect(a.status, url).not.toBe('error');
      expect(a.inPage, url).toBeUndefined();
      if (b.status === 'done') expect(b.inPage, url).toBe('the off-page reader is switched off');
      const same =
        a.status === b.status &&
        JSON.stringify([a.entities, a.quotes, a.highlights]) === JSON.stringify([b.entities, b.quotes, b.highlights]);
      if (!same) differ.push(url);
    }
    expect(differ).toEqual([]);
    // the demo stories are articles with names: the comparison is not of two empty results
    const ap = off[suite.server.storyUrl('ap-2016-11-10')] as Seen;
    expect(ap.status).toBe('done');
    expect(ap.highlights['sourcelight-person']).toContain('Peskov');
    if (name === 'chromium') {
      expect(ap.measures).toContain('sourcelight:offpage-parse');
      expect(ap.measures).not.toContain('sourcelight:in-page-parse');
      expect((inPage[suite.server.storyUrl('ap-2016-11-10')] as Seen).measures).toContain('sourcelight:in-page-parse');
    }
    const done = urls.filter((u) => (off[u] as Seen).status === 'done').length;
    console.log(`${name}: ${urls.length} pages compared, ${done} articles, ${differ.length} differ`);
  }, 900_000);
});
