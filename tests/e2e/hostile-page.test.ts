/**
 * What a page's own scripts can do to Sourcelight, in real Chromium and Firefox, as the extension
 * ships (debug switch off):
 *  - read, rewrite or close the open card: the shadow root is closed (the page sees `shadowRoot`
 *    null, cannot attach its own, and what it writes into the host is not shown), and synthetic
 *    pointer and key events do not close it (only trusted input does);
 *  - learn what Sourcelight found from User Timing: no `sourcelight:*` entries;
 *  - block the card by defining the host's custom-element name first or attaching shadow roots to
 *    whatever is added to <html>: the host's name is made per page load, so the card still opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { browserNames, type ExtensionBrowser, launch, pollFor, setDebug } from './harness';
import { cardView, centreOf, openProbe, waitForReport } from './inpage-helpers';

const PERSON = 'sourcelight-person';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the page's main world sees of the element that holds the focus (the host, while the card is open). */
const pageView = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    const isHost = !!host && host.parentElement === document.documentElement && host !== document.body && host !== document.head;
    return { isHost, tag: isHost ? host.tagName.toLowerCase() : null };
  });

describe.each(browserNames)('a hostile page, in %s', (name) => {
  let eb: ExtensionBrowser;
  let probe: Page;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let visits = 0;

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name, { debug: false });
    probe = await openProbe(eb);
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  async function openAndClick(base: string): Promise<Page> {
    const url = `${base}?visit=${++visits}`;
    const page = await eb.browser.newPage();
    await page.goto(url);
    expect((await waitForReport(probe, url)).report.status).toBe('done');
    await page.bringToFront();
    const at = await centreOf(page, PERSON, 'Peskov');
    await page.mouse.click(at.x, at.y);
    await pollFor(
      page,
      () => {
        const a = document.activeElement;
        return !!a && a.parentElement === document.documentElement && a !== document.body;
      },
      undefined,
    );
    return page;
  }

  it('cannot read, rewrite or close the card, and finds no sourcelight:* timing entries', async () => {
    const page = await openAndClick(server.storyUrl('ap-2016-11-10'));
    const before = await pageView(page);
    expect(before.isHost).toBe(true);
    expect(before.tag).toMatch(/^sl-[0-9a-f]{16}$/);

    const attack = await page.evaluate(() => {
      const host = document.activeElement as HTMLElement;
      let attached = false;
      try {
        host.attachShadow({ mode: 'open' });
        attached = true;
      } catch {
        /* the host already has a (closed) root */
      }
      const fake = document.createElement('a');
      fake.href = 'https://evil.example/';
      fake.textContent = 'Sourcelight says: trust this link';
      host.append(fake);
      const fakeBox = fake.getBoundingClientRect();
      // synthetic input: a pointerdown outside the card, an Escape key
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      return {
        shadowRoot: host.shadowRoot === null ? null : 'readable',
        text: host.textContent?.includes('Peskov') ?? false,
        attached,
        fakeShown: fakeBox.width > 0 || fakeBox.height > 0,
        timing: [...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]
          .map((e) => e.name)
          .filter((n) => n.startsWith('sourcelight')),
      };
    });
    expect(attack).toEqual({ shadowRoot: null, text: false, attached: false, fakeShown: false, timing: [] });
    await sleep(300);
    // still open: the focus is still inside the host
    expect((await pageView(page)).isHost).toBe(true);
    // the reader's own Escape closes it
    await page.keyboard.press('Escape');
    await pollFor(page, () => document.activeElement === document.body || document.activeElement === null, undefined);
    await page.close();
  });

  it('cannot block the card by defining custom elements or attaching shadow roots first', async () => {
    await setDebug(eb, true); // read by content scripts that start from now on: the card becomes readable
    const page = await openAndClick(`${server.origin}/fixture/preempt.html`);
    await pollFor(page, () => !!document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card h2'), undefined);
    const view = await cardView(page);
    expect(view?.title).toBe('Dmitry Peskov');
    expect(view?.onTop).toBe(true);
    // the page did try: its names were defined and its observer saw our host but could not attach
    const tried = await page.evaluate(
      () => (window as unknown as { __preempt: { defined: string[]; attached: number; failed: number } }).__preempt,
    );
    expect(tried.defined).toContain('sourcelight-root');
    expect(tried.attached).toBe(0);
    expect(tried.failed).toBeGreaterThanOrEqual(1);
    await page.close();
    await setDebug(eb, false);
  });
});
