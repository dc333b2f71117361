/**
 * A background stopped mid-analysis (issue 13 item 8): Chromium's service worker is stopped
 * (DevTools' ServiceWorker.stopAllWorkers) as soon as the page has sent its HTML to be read and
 * analyzed, and again and again for a while after. Each stop closes the channel of the message
 * in flight; the content script sends the page's HTML again to the worker that starts next
 * (src/shared/delivery.ts, read.ts), and the page ends analyzed and highlighted, read off the page
 * (not by the in-page parse, the fallback the page took before when its background went away).
 *
 * The browser is launched without a DevTools session on the worker (harness: workerConsole off):
 * Chromium holds a worker that restarts under an attached session at its start, waiting for the
 * debugger, and every message then waits for ever, which no page can work around.
 *
 * Firefox: its background is an event page; the harness terminates it as Firefox terminates an
 * idle one (stopBackground), every 300 ms until the page has sent its HTML and without pause for 2 s after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'puppeteer-core';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { type ExtensionBrowser, launch } from './harness';
import { openProbe, waitForHighlight, waitForReport } from './inpage-helpers';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a background stopped mid-analysis', () => {
  describe('in firefox', () => {
    let eb: ExtensionBrowser;
    let probe: Page;
    let server: Awaited<ReturnType<typeof startDemoServer>>;

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launch('firefox');
      probe = await openProbe(eb);
    });
    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    // the event page is terminated as Firefox terminates an idle one (harness: stopBackground); a
    // message sent to it then starts it again
    it('the page sends its HTML again to the restarted event page and is read off the page and highlighted', async () => {
      const url = `${server.origin}/fixture/hostile.html?v=stop-firefox`;
      const page = await eb.browser.newPage();
      const sent = () => page.evaluate(() => performance.getEntriesByName('sourcelight:serialize').length > 0).catch(() => false);
      // a stop that meets the event page starting again fails: counted, not thrown
      let stops = 0;
      const stop = () =>
        eb.stopBackground().then(
          () => void stops++,
          () => undefined,
        );
      // stopped from the start (not after an "analyzing" report: the page can be done before the probe asks)
      void page.goto(url).catch(() => undefined);
      let last = 0;
      for (const until = Date.now() + 30_000; !(await sent()); await pause(25)) {
        expect(Date.now()).toBeLessThan(until);
        if (Date.now() - last >= 300) {
          await stop();
          last = Date.now();
        }
      }
      const from = stops;
      // as often as Firefox stops it (each stop takes a while), for 2 s
      for (const end = Date.now() + 2_000; Date.now() < end;) await stop();
      // the event page, started again by the page's messages, was stopped under them
      expect(stops - from).toBeGreaterThan(0);

      const { report } = await waitForReport(probe, url, ['done', 'error'], 60_000);
      expect(report.status).toBe('done');
      expect(report.inPage ?? null).toBeNull();
      await waitForHighlight(page, 'sourcelight-person', 'Dmitry Peskov');
      await page.close();
    }, 150_000);
  });

  describe('in chromium', () => {
    let eb: ExtensionBrowser;
    let probe: Page;
    let server: Awaited<ReturnType<typeof startDemoServer>>;

    beforeAll(async () => {
      server = await startDemoServer();
      // with the debug switch on (the default here) the content script records User Timing
      // measures, which the page can read: `sourcelight:serialize` is taken just before the HTML is sent
      eb = await launch('chromium', { workerConsole: false });
      probe = await openProbe(eb);
    });
    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    it('the page sends its HTML again to the restarted worker and is read off the page and highlighted', async () => {
      const url = `${server.origin}/fixture/hostile.html?v=stop`;
      const page = await eb.browser.newPage();
      const cdp: CDPSession = await page.createCDPSession();
      // the worker's running states, in order
      const states: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) if (v.scriptURL.startsWith(eb.extensionOrigin)) states.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      const sent = () => page.evaluate(() => performance.getEntriesByName('sourcelight:serialize').length > 0).catch(() => false);
      void page.goto(url).catch(() => undefined);
      await waitForReport(probe, url, ['analyzing'], 30_000);

      // stopped every 300 ms until the page has sent its HTML (checked every 25 ms), at once then,
      // and every 300 ms for 2 s more: the read, and the reads sent again soon after, each meet a stop
      let last = 0;
      for (const until = Date.now() + 30_000; !(await sent()); await pause(25)) {
        expect(Date.now()).toBeLessThan(until);
        if (Date.now() - last >= 300) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          last = Date.now();
        }
      }
      const from = states.length;
      for (let i = 0; i < 7; i++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await pause(300);
      }
      // the worker, stopped before the HTML was sent, was started again by the page's messages and stopped under them
      const during = states.slice(from);
      expect(during.filter((s) => s === 'stopping').length, during.join()).toBeGreaterThan(0);

      const { report } = await waitForReport(probe, url, ['done', 'error'], 60_000);
      expect(report.status).toBe('done');
      expect(report.inPage ?? null).toBeNull(); // read off the page: its HTML was sent again, not parsed in the page
      await waitForHighlight(page, 'sourcelight-person', 'Dmitry Peskov');
      await page.close();
    }, 150_000);
  });
});
