/**
 * The card in dark mode, in both browsers, from a browser started dark (Firefox cannot emulate
 * prefers-color-scheme over BiDi, so it is launched with its dark-theme preferences instead):
 * dark colours, and axe finds no violation in Sourcelight's nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { axeViolations, HOST_SELECTOR } from './a11y';
import { browserNames, type ExtensionBrowser, launch, pollFor, screenshot } from './harness';
import { cardView, centreOf, openProbe, waitForReport } from './inpage-helpers';

describe.each(browserNames)('the card in dark mode, in %s', (name) => {
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

  it('is dark, readable and has no axe violation', async () => {
    const probe = await openProbe(eb);
    const url = server.storyUrl('ap-2016-11-10');
    const page = await eb.browser.newPage();
    if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(url);
    await waitForReport(probe, url);
    await page.bringToFront();
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const at = await centreOf(page, 'sourcelight-person', 'Peskov');
    await page.mouse.click(at.x, at.y);
    await pollFor(
      page,
      () => Boolean(document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card .prior li')),
      undefined,
    );
    expect((await cardView(page))?.title).toBe('Dmitry Peskov');
    const colours = await page.evaluate(() => {
      const card = document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card') as Element;
      const s = getComputedStyle(card);
      return { background: s.backgroundColor, color: s.color };
    });
    expect(colours.background).toBe('rgb(31, 32, 35)');
    expect(colours.color).not.toBe('rgb(0, 0, 0)');
    const ours = (await axeViolations(page)).filter((v) => v.nodes.some((n) => HOST_SELECTOR.test(n)));
    expect(ours).toEqual([]);
    await screenshot(page, name, 'inpage-card-dark');
    await page.close();
    await probe.close();
  });
});
