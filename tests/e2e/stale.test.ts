/**
 * A report is shown only for the document it was made for, in real Chromium and Firefox:
 *  - back to article A from article B, with A restored from the back/forward cache (its content
 *    script does not start again), the tab's state is A's report and A's quotations, not B's;
 *  - from an article on to a PDF (Firefox runs no content script in its viewer), the article's
 *    report is no longer the tab's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { TabState } from '../../src/shared/views';
import { browserNames, extensionSuite, pollFor } from './harness';
import { waitForReport } from './inpage-helpers';

/** The tab's state as the popup asks for it. */
async function tabState(probe: Page, tabId: number): Promise<TabState> {
  return probe.evaluate(async (id) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const reply = await (g.browser ?? (g.chrome as Api)).runtime.sendMessage({
      channel: 'sourcelight/1',
      kind: 'tab/state',
      payload: { tabId: id },
    });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as TabState;
  }, tabId);
}

describe.each(browserNames)('stale reports, in %s', (name) => {
  const suite = extensionSuite(name);

  it('back to an article from the back/forward cache: the tab shows that article again, not the next one', async () => {
    const a = `${suite.server.storyUrl('ap-2016-11-10')}?bfcache&v=${name}`;
    const b = `${suite.server.storyUrl('presstv-2016-11-10')}?bfcache&v=${name}`;
    const page = await suite.eb.browser.newPage();
    await page.goto(a);
    const { tabId } = await waitForReport(suite.probe, a);
    await page.evaluate(() => {
      (window as unknown as { __stayed?: boolean }).__stayed = true;
    });
    await page.goto(b);
    expect((await waitForReport(suite.probe, b)).tabId).toBe(tabId);
    expect((await tabState(suite.probe, tabId)).report?.url).toBe(b);

    void page.goBack().catch(() => undefined); // Firefox over BiDi does not resolve a restore from the cache
    await pollFor(page, (u) => location.href === u && document.readyState === 'complete', a);
    // the page really came back from the cache: its script state survived
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed === true)).toBe(true);
    const state = await pollFor(
      suite.probe,
      async ({ id, url }) => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: TabState }> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const r = await (g.browser ?? (g.chrome as Api)).runtime.sendMessage({
          channel: 'sourcelight/1',
          kind: 'tab/state',
          payload: { tabId: id },
        });
        const s = r.value;
        return s?.report?.url === url && s.report.status === 'done' && s.analysis ? s : null;
      },
      { id: tabId, url: a },
      20_000,
    );
    expect(state?.analysis?.quotes.some((q) => q.text.includes('very much alike'))).toBe(true);
    await page.close();
  });

  it("from an article on to a PDF: the article's report is no longer the tab's", async () => {
    const a = `${suite.server.storyUrl('ap-2016-11-10')}?v=pdf-${name}`;
    const pdf = `${suite.server.origin}/fixture/small.pdf`;
    const page = await suite.eb.browser.newPage();
    await page.goto(a);
    const { tabId } = await waitForReport(suite.probe, a);
    expect((await tabState(suite.probe, tabId)).report?.url).toBe(a);
    await page.goto(pdf).catch(() => undefined); // Chromium headless may download it instead of showing it
    await new Promise((r) => setTimeout(r, 1_000));
    const state = await tabState(suite.probe, tabId);
    if (name === 'firefox') expect(state.url).toBe(pdf); // Firefox shows it in its own viewer
    if (state.url === pdf) {
      // Firefox: no report (no content script in its viewer); Chromium: the viewer's page reports for itself
      expect([null, pdf]).toContain(state.report?.url ?? null);
      expect(state.analysis).toBeNull();
    } else expect(state.report?.url).toBe(a); // still on the article: its report stands
    await page.close();
  });
});
