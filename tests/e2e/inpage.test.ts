/**
 * In the page, in real Chromium and Firefox: names highlighted through the CSS Custom Highlight
 * API without touching the page's DOM, the card on click and from the keyboard panel, dynamic
 * pages, the per-site switch, hostile CSS, forged messages, a strict CSP, a huge page, frames,
 * and nothing sent anywhere.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { corpusPages } from '../../tools/demo-server.mjs';
import type { Analysis } from '../../src/core/types';
import type { SiteStatus } from '../../src/shared/settings';
import type { PageReport } from '../../src/shared/views';
import { axeViolations, HOST_SELECTOR } from './a11y';
import { browserNames, extensionSuite, pollFor, screenshot } from './harness';
import { cardView, centreOf, highlights, launchPlain, sendToTab, waitForHighlight, waitForReport } from './inpage-helpers';

const AP = 'ap-2016-11-10';
const PRESSTV = 'presstv-2016-11-10';
const PERSON = 'sourcelight-person';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ON: SiteStatus = {
  enabled: true,
  reason: null,
  site: '127.0.0.1',
  categories: { people: true, organizations: true, places: true, quotations: true },
};

/** The entity ids of the analysis whose names match `name` (a name the dataset does not know has id null). */
const idsNamed = (a: Analysis | null, name: RegExp) => [...new Set(a?.entities.filter((e) => name.test(e.name)).map((e) => e.id))];

describe.each(browserNames)('in the page, in %s', (name) => {
  const suite = extensionSuite(name);

  let visits = 0;
  /** Opens `url` made unique (each visit its own report) and waits for the analysis. */
  async function open(base: string): Promise<{ page: Page; tabId: number; report: PageReport; analysis: Analysis | null; url: string }> {
    const url = `${base}${base.includes('?') ? '&' : '?'}visit=${++visits}`;
    const page = await suite.eb.browser.newPage();
    await page.goto(url);
    const { tabId, report, analysis } = await waitForReport(suite.probe, url);
    return { page, tabId, report, analysis, url };
  }

  it('highlights Peskov, Putin, Trump, Karyakin/Karjakin (one person), Carlsen and Ryabkov on the demo stories', async () => {
    const ap = await open(suite.server.storyUrl(AP));
    expect(ap.report.status).toBe('done');
    expect(ap.report.unplaced).toBe(0);
    const apHl = await highlights(ap.page);
    const apPeople = apHl[PERSON] ?? [];
    for (const n of ['Dmitry Peskov', 'Peskov', 'Vladimir Putin', 'Putin', 'Donald Trump', 'Trump', 'Sergei Karyakin', 'Magnus Carlsen'])
      expect(apPeople).toContain(n);
    expect(apPeople.filter((t) => t === 'Peskov').length).toBeGreaterThanOrEqual(10);
    expect(apHl['sourcelight-quote']).toContain('very much alike');
    await screenshot(ap.page, name, 'inpage-highlights-ap');

    const tv = await open(suite.server.storyUrl(PRESSTV));
    expect(tv.report.status).toBe('done');
    expect(tv.report.unplaced).toBe(0);
    const tvPeople = (await highlights(tv.page))[PERSON] ?? [];
    for (const n of ['Dmitry Peskov', 'Sergey Karjakin', 'Magnus Carlsen', 'Sergei Ryabkov', 'Putin', 'Trump'])
      expect(tvPeople).toContain(n);
    await screenshot(tv.page, name, 'inpage-highlights-presstv');

    // Karyakin (AP) and Karjakin (Press TV) are one person
    const karyakin = idsNamed(ap.analysis, /Kar[jy]akin/);
    expect(karyakin).toHaveLength(1);
    expect(karyakin[0]).toBeTruthy();
    expect(idsNamed(tv.analysis, /Kar[jy]akin/)).toEqual(karyakin);
    await ap.page.close();
    await tv.page.close();
  });

  it('a click on the first "Peskov" opens his card with prior statements; Escape closes it', async () => {
    const { page } = await open(suite.server.storyUrl(AP));
    await page.bringToFront();
    const at = await centreOf(page, PERSON, 'Peskov');
    await page.mouse.click(at.x, at.y);
    const card = await pollFor(
      page,
      () => {
        const c = document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card');
        return c && c.querySelectorAll('.prior li').length > 0 ? true : null;
      },
      undefined,
    );
    expect(card).toBe(true);
    const view = await cardView(page);
    expect(view?.title).toBe('Dmitry Peskov');
    expect(view?.role.toLowerCase()).toContain('spokesman');
    expect(view?.here.length).toBeGreaterThan(3);
    expect(view?.prior.length).toBeGreaterThan(0);
    expect(view?.prior.join('\n')).toMatch(/Press TV|Associated Press/);
    expect(view?.labelledBy).toBe('sl-card-title');
    expect(view?.focusedInside).toBe(true);
    expect(view?.onTop).toBe(true);
    await screenshot(page, name, 'inpage-card');
    // labelled, keyboard-reachable, contrast: axe on Sourcelight's nodes (the page's own are not ours)
    const ours = (await axeViolations(page)).filter((v) => v.nodes.some((n) => HOST_SELECTOR.test(n)));
    expect(ours).toEqual([]);
    // dark mode: the card follows prefers-color-scheme
    const background = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card') as Element).backgroundColor,
      );
    expect(await background()).toBe('rgb(255, 255, 255)');
    const emulated = await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]).then(
      () => true,
      () => false, // not every driver can emulate it (Firefox over BiDi); Chromium must
    );
    if (name === 'chromium') expect(emulated).toBe(true);
    if (emulated) {
      expect(await background()).toBe('rgb(31, 32, 35)');
      expect((await axeViolations(page)).filter((v) => v.nodes.some((n) => HOST_SELECTOR.test(n)))).toEqual([]);
      await screenshot(page, name, 'inpage-card-dark');
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }

    await page.keyboard.press('Escape');
    await pollFor(page, () => !document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card'), undefined);
    expect(await cardView(page)).toBeNull();
    // a click elsewhere does not open anything
    await page.mouse.click(5, 5);
    await sleep(300);
    expect(await cardView(page)).toBeNull();
    await page.close();
  });

  it('the keyboard panel lists speakers and names; arrows and Enter reach the same card', async () => {
    const { page, tabId } = await open(suite.server.storyUrl(AP));
    await page.bringToFront();
    await page.focus('header nav a'); // where the reader was: focus comes back here
    expect(await sendToTab(suite.probe, tabId, 'content/open-panel', {})).toEqual({ ok: true, value: { ok: true } });
    const rows = (await pollFor(
      page,
      () => {
        const root = document.querySelector('[data-sourcelight]')?.shadowRoot;
        const buttons = [...(root?.querySelectorAll('.panel .rows button') ?? [])];
        return buttons.length > 0 && root?.activeElement === buttons[0] ? buttons.map((b) => b.firstChild?.textContent ?? '') : null;
      },
      undefined,
    )) as string[];
    expect(rows[0]).toBe('Dmitry Peskov'); // the first speaker
    expect(rows).toEqual(
      expect.arrayContaining(['a Trump spokeswoman', 'Vladimir Putin', 'Donald Trump', 'Sergey Karjakin', 'Magnus Carlsen']),
    );
    await screenshot(page, name, 'inpage-panel');
    // down to the last row and round to the first again, then Enter
    const focused = () =>
      page.evaluate(() => document.querySelector('[data-sourcelight]')?.shadowRoot?.activeElement?.firstChild?.textContent ?? null);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(rows[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(rows[rows.length - 1]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Dmitry Peskov');
    await page.keyboard.press('Enter');
    await pollFor(
      page,
      () => (document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelectorAll('.card .prior li').length ?? 0) > 0,
      undefined,
    );
    const view = await cardView(page);
    expect(view?.title).toBe('Dmitry Peskov');
    expect(view?.focusedInside).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-flash'))).toBe(true);
    await page.keyboard.press('Escape');
    await pollFor(page, () => !document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card, .panel'), undefined);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('header nav a'))).toBe(true);
    await page.close();
  });

  it('a page whose CSS hides and restyles unknown elements still gets a working card; a name in a link follows the link on a plain click, Alt+click opens the card', async () => {
    const { page, report } = await open(`${suite.server.origin}/fixture/hostile.html`);
    expect(report.status).toBe('done');
    await page.bringToFront();
    let at = await centreOf(page, PERSON, 'Peskov');
    await page.mouse.click(at.x, at.y);
    await pollFor(page, () => !!document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card h2'), undefined);
    const view = await cardView(page);
    expect(view?.title).toBe('Dmitry Peskov');
    expect(view?.hostDisplay).toBe('block');
    expect(view?.onTop).toBe(true);
    expect(view?.width).toBeGreaterThan(300);
    await screenshot(page, name, 'inpage-card-hostile');
    await page.keyboard.press('Escape');
    await pollFor(page, () => !document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card'), undefined);

    // the "Peskov" inside <a href="#peskov-profile">: a plain click follows the link, no card
    const inLink = await page.evaluate(
      () =>
        ([...(CSS.highlights.get('sourcelight-person') ?? [])] as Range[]).filter((r) => r.startContainer.parentElement?.closest('a'))
          .length,
    );
    expect(inLink).toBe(1);
    const linkAt = async () =>
      page.evaluate(() => {
        const r = ([...(CSS.highlights.get('sourcelight-person') ?? [])] as Range[]).find((x) =>
          x.startContainer.parentElement?.closest('a'),
        ) as Range;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
    at = await linkAt();
    await page.mouse.click(at.x, at.y);
    await pollFor(page, () => location.hash === '#peskov-profile', undefined);
    await sleep(300);
    expect(await cardView(page)).toBeNull();
    await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
    at = await linkAt();
    await page.keyboard.down('Alt');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Alt');
    await pollFor(page, () => !!document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card h2'), undefined);
    expect((await cardView(page))?.title).toBe('Dmitry Peskov');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });

  it('a page that posts forged messages cannot make the extension show anything it did not compute', async () => {
    const { page, tabId, url } = await open(suite.server.storyUrl(AP));
    const before = await highlights(page);
    await page.bringToFront();
    await page.evaluate(() => {
      const envelopes = [
        { channel: 'sourcelight/1', kind: 'content/open-panel', payload: {} },
        {
          channel: 'sourcelight/1',
          kind: 'content/settings',
          payload: {
            enabled: false,
            reason: null,
            site: location.hostname,
            categories: { people: false, organizations: false, places: false, quotations: false },
          },
        },
        { channel: 'sourcelight/1', kind: 'content/reveal', payload: { quoteIndex: 0 } },
        {
          channel: 'sourcelight/1',
          kind: 'page/report',
          payload: {
            url: location.href,
            title: 'forged',
            siteName: null,
            status: 'done',
            entities: 1,
            quotes: 0,
            unplaced: 0,
            truncated: false,
            error: null,
          },
        },
      ];
      for (const e of envelopes) {
        window.postMessage(e, '*');
        window.postMessage(JSON.stringify(e), '*');
        for (const n of ['sourcelight', 'sourcelight:message', e.kind]) {
          document.dispatchEvent(new CustomEvent(n, { detail: e, bubbles: true }));
          window.dispatchEvent(new CustomEvent(n, { detail: e }));
        }
      }
      // untrusted clicks (plain and Alt) on a highlighted "Peskov", untrusted keys
      const r = [...(CSS.highlights.get('sourcelight-person') ?? [])].find((x) => (x as Range).toString() === 'Peskov') as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      const target = r.startContainer.parentElement as Element;
      for (const altKey of [false, true]) {
        const o = { bubbles: true, cancelable: true, composed: true, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, altKey };
        target.dispatchEvent(new PointerEvent('pointerdown', o));
        target.dispatchEvent(new MouseEvent('mousedown', o));
        target.dispatchEvent(new MouseEvent('mouseup', o));
        target.dispatchEvent(new MouseEvent('click', o));
      }
      for (const key of ['K', 'Enter', 'Escape'])
        document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
    });
    await sleep(1_500);
    expect(await page.evaluate(() => document.querySelector('[data-sourcelight]'))).toBeNull();
    expect(await highlights(page)).toEqual(before);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-flash'))).toBe(false);
    const { report } = await waitForReport(suite.probe, url, ['done']);
    expect(report.title).not.toBe('forged');
    // the real channel still works
    expect(await sendToTab(suite.probe, tabId, 'content/ping', {})).toEqual({ ok: true, value: { ok: true, url } });
    await page.close();
  });

  it('a page with a strict CSP (no inline style or script) gets highlights and the card', async () => {
    const { page, report } = await open(`${suite.server.storyUrl(AP)}?csp=strict`);
    expect(report.status).toBe('done');
    await waitForHighlight(page, PERSON, 'Peskov');
    await page.bringToFront();
    const at = await centreOf(page, PERSON, 'Peskov', 1);
    await page.mouse.click(at.x, at.y);
    await pollFor(
      page,
      () => document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.card h2')?.textContent === 'Dmitry Peskov',
      undefined,
    );
    expect((await cardView(page))?.onTop).toBe(true);
    await page.close();
  });

  it('the per-site switch removes every highlight and the host at once and brings them back; category switches hide and show', async () => {
    const { page, tabId, url } = await open(suite.server.storyUrl(AP));
    await page.bringToFront();
    const at = await centreOf(page, PERSON, 'Peskov');
    await page.mouse.click(at.x, at.y);
    await pollFor(page, () => !!document.querySelector('[data-sourcelight]'), undefined);
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    expect(sheetsBefore).toBe(1);

    await sendToTab(suite.probe, tabId, 'content/settings', { ...ON, enabled: false, reason: 'site-off' });
    const off = await page.evaluate(() => ({
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')),
      host: document.querySelector('[data-sourcelight]') !== null,
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(off).toEqual({ highlights: [], host: false, sheets: 0 });
    const disabled = (await waitForReport(suite.probe, url, ['disabled'])).report;
    expect([disabled.entities, disabled.quotes]).toEqual([0, 0]);

    await sendToTab(suite.probe, tabId, 'content/settings', ON);
    await waitForHighlight(page, PERSON, 'Peskov');
    await sendToTab(suite.probe, tabId, 'content/settings', { ...ON, categories: { ...ON.categories, people: false, quotations: false } });
    const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).sort());
    expect(names).toEqual(['sourcelight-event', 'sourcelight-organization', 'sourcelight-place']); // events follow the organisations switch
    await sendToTab(suite.probe, tabId, 'content/settings', ON);
    expect((await highlights(page))[PERSON]).toContain('Peskov');
    await page.close();
  });

  it('switched off, nothing of the run comes back: a flash, the panel, a page change and a navigation leave no highlight, host or report; on again analyses the page as it is now', async () => {
    const { page, tabId, url } = await open(`${suite.server.origin}/fixture/dynamic.html`);
    await waitForHighlight(page, PERSON, 'Dmitry Peskov');
    expect(await sendToTab(suite.probe, tabId, 'content/reveal', { quoteIndex: 0 })).toEqual({ ok: true, value: { ok: true } }); // a flash timer
    await sendToTab(suite.probe, tabId, 'content/open-panel', {});
    await pollFor(page, () => !!document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelector('.panel'), undefined);

    await sendToTab(suite.probe, tabId, 'content/settings', { ...ON, enabled: false, reason: 'site-off' });
    const left = () =>
      page.evaluate(() => ({
        highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')),
        host: document.querySelector('[data-sourcelight]') !== null,
        sheets: document.adoptedStyleSheets.length,
      }));
    const none = { highlights: [], host: false, sheets: 0 };
    expect(await left()).toEqual(none);
    await waitForReport(suite.probe, url, ['disabled']);
    // what the run's observer, navigation watcher, debounce and flash timer would act on
    await page.evaluate(() => (window as unknown as { __replaceText(): boolean }).__replaceText());
    await page.evaluate(() => (window as unknown as { __navigate(): boolean }).__navigate());
    await page.keyboard.press('Escape');
    await sleep(2_500); // past the flash (1.6 s), the re-run's debounce (0.8 s) and the navigation poll (0.75 s)
    expect(await left()).toEqual(none);
    // the tab's report (by tab, whatever its URL): still the "disabled" one
    const tabReport = await suite.probe.evaluate(async (key) => {
      type Api = { storage: { session: { get(k: string): Promise<Record<string, { url?: string; status?: string } | undefined>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? (g.chrome as Api)).storage.session.get(key))[key];
    }, `tab:${tabId}`);
    expect({ url: tabReport?.url, status: tabReport?.status }).toEqual({ url, status: 'disabled' });

    await sendToTab(suite.probe, tabId, 'content/settings', ON);
    await waitForHighlight(page, PERSON, 'Sergei Ryabkov');
    await page.close();
  });

  it('content/reveal scrolls to a quotation and flashes it', async () => {
    const { page, tabId } = await open(suite.server.storyUrl(PRESSTV));
    expect(await sendToTab(suite.probe, tabId, 'content/reveal', { quoteIndex: 2 })).toEqual({ ok: true, value: { ok: true } });
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-flash'))).toBe(true);
    expect(await sendToTab(suite.probe, tabId, 'content/reveal', { quoteIndex: 999 })).toEqual({ ok: true, value: { ok: false } });
    await page.close();
  });

  it('same-document navigation and article text replaced after load re-run the analysis; stale ranges are dropped', async () => {
    const url = `${suite.server.origin}/fixture/dynamic.html`;
    const { page, tabId } = await open(url);
    await waitForHighlight(page, PERSON, 'Dmitry Peskov');
    await page.evaluate(() => (window as unknown as { __navigate(): boolean }).__navigate());
    const next = `${suite.server.origin}/fixture/dynamic.html?story=ryabkov`;
    // this tab's: the test before navigated a tab to the same address
    const { analysis } = await waitForReport(suite.probe, next, ['done'], undefined, tabId);
    expect(analysis?.entities.map((e) => e.name)).toContain('Sergei Ryabkov');
    await waitForHighlight(page, PERSON, 'Sergei Ryabkov');
    const people = (await highlights(page))[PERSON] ?? [];
    expect(people.some((t) => t.includes('Peskov'))).toBe(false);

    // same URL, text changed in place: nothing highlighted may still claim the old text
    await page.goto(url);
    await waitForHighlight(page, PERSON, 'Dmitry Peskov');
    await page.evaluate(() => (window as unknown as { __replaceText(): boolean }).__replaceText());
    await pollFor(
      page,
      () => !([...(CSS.highlights.get('sourcelight-person') ?? [])] as Range[]).some((r) => r.toString().includes('Peskov')),
      undefined,
    );
    const stale = await page.evaluate(() => {
      const text = document.querySelector('article')?.textContent ?? '';
      return ([...(CSS.highlights.get('sourcelight-person') ?? [])] as Range[])
        .map((r) => r.toString())
        .filter((t) => !text.includes(t) || t === '');
    });
    expect(stale).toEqual([]);
    await page.close();
  });

  it('a huge page is analyzed within the budget (truncated, reported) and the tab stays responsive', async () => {
    const url = `${suite.server.origin}/fixture/huge.html`;
    const page = await suite.eb.browser.newPage();
    await page.goto(url);
    const { report } = await waitForReport(suite.probe, url, ['done', 'error'], 90_000);
    expect(report.status).toBe('done');
    expect(report.truncated).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(8001);
    await waitForHighlight(page, PERSON, 'Magnus Carlsen');
    await page.close();
  });

  it('a page Readability reads only when it tries again (the body put back from the live page) is highlighted too', async () => {
    const { page, report } = await open(`${suite.server.origin}/fixture/retry.html`);
    expect(report.status).toBe('done');
    expect(report.unplaced).toBe(0);
    await waitForHighlight(page, PERSON, 'Dmitry Peskov');
    const people = (await highlights(page))[PERSON] ?? [];
    for (const n of ['Dmitry Peskov', 'Vladimir Putin', 'Donald Trump', 'Sergei Karjakin', 'Magnus Carlsen']) expect(people).toContain(n);
    expect(people.filter((t) => t === 'Peskov').length).toBe(2);
    await page.close();
  });

  it('frames are left alone', async () => {
    const url = `${suite.server.origin}/fixture/iframe.html`;
    const page = await suite.eb.browser.newPage();
    await page.goto(url);
    await waitForReport(suite.probe, url, ['not-article']);
    await sleep(1_500);
    const inFrame = await page.evaluate(() => {
      const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
      return {
        loaded: w.document.querySelectorAll('p').length > 5,
        highlights: w.CSS.highlights.size,
        host: w.document.querySelector('[data-sourcelight]') !== null,
      };
    });
    expect(inFrame).toEqual({ loaded: true, highlights: 0, host: false });
    await page.close();
  });

  it('DOM integrity: document.body is the same before and after the content script, on the demo pages and the corpus', async () => {
    const corpus = corpusPages();
    if (corpus.length === 0) console.warn('../shared/pages is absent: DOM integrity checked on the demo pages only');
    // corpus pages are served with a strict CSP so that their own scripts cannot change the DOM
    const urls = [
      suite.server.storyUrl(AP),
      suite.server.storyUrl(PRESSTV),
      `${suite.server.origin}/fixture/hostile.html`,
      `${suite.server.origin}/fixture/retry.html`,
      ...corpus.map((c) => `${suite.server.origin}/corpus/${c}/?csp=strict`),
    ];
    const changed: string[] = [];
    const statuses: Record<string, string> = {};
    for (const url of urls) {
      const page = await suite.eb.browser.newPage();
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __before: string }).__before = new XMLSerializer().serializeToString(document.body);
        });
      });
      await page.goto(url, { waitUntil: 'load' });
      const { report } = await waitForReport(suite.probe, url);
      statuses[url] = report.status;
      const same = await page.evaluate(() => {
        const host = document.querySelector('[data-sourcelight]');
        const inBody = host !== null && document.body.contains(host);
        return !inBody && new XMLSerializer().serializeToString(document.body) === (window as unknown as { __before: string }).__before;
      });
      if (!same) changed.push(url);
      await page.close();
    }
    expect(changed).toEqual([]);
    expect(Object.entries(statuses).filter(([, s]) => s === 'error')).toEqual([]);
    expect(statuses[suite.server.storyUrl(AP)]).toBe('done');
  }, 300_000); // 36 pages, each loaded and analysed: minutes on a loaded 2-core machine

  it('sends nothing: the page issues the same requests with and without the extension, and the extension none', async () => {
    const url = `${suite.server.storyUrl(AP)}?visit=requests`;
    const record = async (page: Page, withExtension: boolean) => {
      const seen: string[] = [];
      page.on('request', (r) => {
        if (/^https?:/.test(r.url())) seen.push(`${r.method()} ${r.url()}`);
      });
      const from = suite.server.requests.length;
      await page.goto(url, { waitUntil: 'load' });
      if (withExtension) {
        await waitForReport(suite.probe, url, ['done']);
        // open a card too: its details come from the bundled dataset
        await page.bringToFront();
        const at = await centreOf(page, PERSON, 'Peskov');
        await page.mouse.click(at.x, at.y);
        await pollFor(
          page,
          () => (document.querySelector('[data-sourcelight]')?.shadowRoot?.querySelectorAll('.card .prior li').length ?? 0) > 0,
          undefined,
        );
      }
      await sleep(1_000);
      // the favicon is the browser's own fetch (once per profile and origin), not the page's
      const notFavicon = (r: string) => !r.endsWith('/favicon.ico');
      return { seen: seen.filter(notFavicon).sort(), server: suite.server.requests.slice(from).filter(notFavicon).sort() };
    };
    const withExt = await record(await suite.eb.browser.newPage(), true);
    const plain = await launchPlain(name);
    try {
      const without = await record(await plain.browser.newPage(), false);
      expect(withExt.seen).toEqual(without.seen);
      expect(withExt.server).toEqual(without.server);
      expect(withExt.server).toContain(`GET /story/${AP}.html?visit=requests`);
    } finally {
      await plain.close();
    }
  });
});
