/**
 * A page that keeps changing is re-read in proportion to what changed (issue 13, item 9), in real
 * Chromium and Firefox: a live article (growing.html) gets new entries and one entry edited. The
 * highlights already there stay — the same Range objects in the page's registry, read by the page's
 * own script — the new names are highlighted, the edited entry's old name is no longer, and the
 * page is read whole (gate, serialised HTML) only once: the re-runs read the changes alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { browserNames, type ExtensionBrowser, launch, pollFor } from './harness';
import { openProbe, waitForHighlight, waitForReport } from './inpage-helpers';

const PERSON = 'sourcelight-person';

/** Keeps the page's current Sourcelight ranges (by highlight name) in the page's own world, with their text. */
async function keepRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const kept: Array<{ name: string; range: Range; text: string }> = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-') && name !== 'sourcelight-flash')
        for (const r of h as unknown as Iterable<Range>) kept.push({ name, range: r, text: r.toString() });
    (window as unknown as { __kept: typeof kept }).__kept = kept;
    return kept.length;
  });
}

/** Of the kept ranges (outside `except`, a paragraph's index in the article), those no longer registered under their name, or reading otherwise. */
async function lostRanges(page: Page, except = -1): Promise<string[]> {
  return page.evaluate((skip) => {
    const kept = (window as unknown as { __kept: Array<{ name: string; range: Range; text: string }> }).__kept;
    const ps = [...document.querySelectorAll('#live p')];
    const skipped = skip >= 0 ? ps[skip] : null;
    return kept
      .filter((k) => !(skipped && skipped.contains(k.range.startContainer)))
      .filter((k) => !CSS.highlights.get(k.name)?.has(k.range) || k.range.toString() !== k.text)
      .map((k) => `${k.name}: ${k.text}`);
  }, except);
}

/** How many times the content script read the page whole (its gate) and read only the changes. */
async function reads(page: Page): Promise<{ whole: number; changes: number }> {
  return page.evaluate(() => ({
    whole: performance.getEntriesByName('sourcelight:gate', 'measure').length,
    changes: performance.getEntriesByName('sourcelight:update', 'measure').length,
  }));
}

describe.each(browserNames)('a growing article, in %s', (name) => {
  let eb: ExtensionBrowser;
  let probe: Page;
  let server: Awaited<ReturnType<typeof startDemoServer>>;

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name); // the debug switch on: the content script records its steps as measures
    probe = await openProbe(eb);
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  it('entries appended and one edited: the old highlights stay (the same ranges), the new names appear, the page is read whole once', async () => {
    const url = `${server.origin}/fixture/growing.html?paras=40&v=${name}`;
    const page = await eb.browser.newPage();
    await page.goto(url);
    await waitForReport(probe, url, ['done']);
    await waitForHighlight(page, PERSON, 'Dmitry Peskov');
    const before = await keepRanges(page);
    expect(before).toBeGreaterThan(100); // 40 entries: about 135 ranges
    expect(await reads(page)).toEqual({ whole: 1, changes: 0 });

    // a new entry, then another: each new name is highlighted, every old range stays as it was
    await page.evaluate(() =>
      (window as unknown as { __grow(t: string): string }).__grow(
        'Russian Deputy Foreign Minister Sergei Ryabkov said the ministry had “contact” with the campaign before the election.',
      ),
    );
    await waitForHighlight(page, PERSON, 'Sergei Ryabkov');
    expect(await lostRanges(page)).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { __grow(t: string): string }).__grow(
        'Norway’s Magnus Carlsen said the match would be decided in the last games.',
      ),
    );
    await pollFor(
      page,
      () => {
        const last = [...document.querySelectorAll('#live p')].at(-1);
        return [...(CSS.highlights.get('sourcelight-person') ?? [])].some(
          (r) => last?.contains((r as Range).startContainer) && (r as Range).toString() === 'Magnus Carlsen',
        );
      },
      undefined,
      30_000,
    );
    expect(await lostRanges(page)).toEqual([]);

    // an old entry edited in place: its old name goes, its new one is highlighted, the rest stay
    await keepRanges(page);
    const edited = 2; // "2:00 — Peskov cautioned that …" (after the byline)
    await page.evaluate((i) => {
      const t = document.querySelectorAll('#live p')[i]?.firstChild as Text;
      t.data = t.data.replace('Peskov cautioned', 'Donald Trump cautioned');
    }, edited);
    await pollFor(
      page,
      (i) => {
        const p = document.querySelectorAll('#live p')[i];
        const inP = [...(CSS.highlights.get('sourcelight-person') ?? [])].filter((r) => p?.contains((r as Range).startContainer));
        return inP.length === 1 && (inP[0] as Range).toString() === 'Donald Trump';
      },
      edited,
      30_000,
    );
    expect(await lostRanges(page, edited)).toEqual([]);

    // the page was read whole once; the three re-runs read only what changed
    const r = await reads(page);
    expect(r.whole).toBe(1);
    expect(r.changes).toBeGreaterThanOrEqual(3);
    const { analysis } = await waitForReport(probe, url, ['done']);
    expect(analysis?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Sergei Ryabkov', 'Magnus Carlsen', 'Donald Trump']));
    await page.close();
  });
});
