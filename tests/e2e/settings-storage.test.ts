/**
 * Where the settings and per-tab state live, in real Chromium and Firefox against the built
 * extension: 20 concurrent per-site changes all land; 1,000 sites (past storage.sync's 8 KB item
 * quota) are kept whole and one more can be added; with storage.session full, a site switched
 * off stays off on a new page (the decision does not wait on a write that fails).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { browserNames, type ExtensionBrowser, launch, pollFor, reloadExtensionPage, tabIdOf } from './harness';
import { highlights, waitForHighlight } from './inpage-helpers';

/** Sends one message to the background from an extension page, as the popup and options page do. */
function call<T>(page: Page, kind: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async (k, p) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const r = await (g.browser ?? (g.chrome as Api)).runtime.sendMessage({ channel: 'sourcelight/1', kind: k, payload: p });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    },
    kind,
    payload,
  ) as Promise<T>;
}

type SettingsReply = {
  settings: { sites: Record<string, boolean>; paused: boolean; mode: string; version: number; categories: Record<string, boolean> };
};
const sitesNow = async (page: Page) => (await call<SettingsReply>(page, 'settings/get', {})).settings.sites;
const hosts = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}.example`);

describe.each(browserNames)('settings and session storage in %s', (name) => {
  let eb: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let options: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name);
    options = await eb.openExtensionPage('options.html', '[data-testid="dataset-facts"]');
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  it('20 concurrent site/set calls for different sites leave 20 overrides', async () => {
    const sites = hosts(20, 'concurrent');
    await options.evaluate(async (list) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? (g.chrome as Api);
      await Promise.all(
        list.map((site) => api.runtime.sendMessage({ channel: 'sourcelight/1', kind: 'site/set', payload: { site, enabled: false } })),
      );
    }, sites);
    expect(Object.keys(await sitesNow(options)).sort()).toEqual([...sites].sort());
    await call(options, 'settings/set', { settings: { ...(await call<SettingsReply>(options, 'settings/get', {})).settings, sites: {} } });
  });

  it('1,000 sites are kept whole (past the sync item quota), one more is added, and the options page lists them all', async () => {
    const current = (await call<SettingsReply>(options, 'settings/get', {})).settings;
    const sites = Object.fromEntries(hosts(1000, 'many').map((h) => [h, false]));
    const reply = await call<SettingsReply>(options, 'settings/set', { settings: { ...current, sites } });
    expect(Object.keys(reply.settings.sites)).toHaveLength(1000);
    expect(Object.keys(await sitesNow(options))).toHaveLength(1000);
    await call(options, 'site/set', { site: 'one-more.example', enabled: false });
    const after = await sitesNow(options);
    expect(Object.keys(after)).toHaveLength(1001);
    expect(after['one-more.example']).toBe(false);
    await reloadExtensionPage(options, '[data-testid="dataset-facts"]');
    expect(await pollFor(options, () => document.querySelectorAll('[data-testid="site-row"]').length === 1001, undefined)).toBe(true);
    await call(options, 'settings/set', { settings: { ...current, sites: {} } });
  });

  it('with storage.session full, a site switched off stays off on the next page in the tab', async () => {
    const first = server.storyUrl('ap-2016-11-10');
    const page = await eb.browser.newPage();
    await page.goto(first);
    const tabId = await tabIdOf(eb, first);
    await waitForHighlight(page, 'sourcelight-person', 'Peskov');

    const host = new URL(first).hostname;
    await call(options, 'site/set', { site: host, enabled: false });
    await pollFor(page, () => [...CSS.highlights.keys()].every((k) => !k.startsWith('sourcelight-')), undefined);

    // fill storage.session with other data until the browser refuses even a few bytes more (or 12 MB),
    // with this tab's entry removed: the next page's first write to it is refused
    const filled = await options.evaluate(async (id) => {
      type Api = { storage: { session: { set(items: object): Promise<void>; remove(k: string): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const session = (g.browser ?? (g.chrome as Api)).storage.session;
      let everRefused = false;
      let n = 0;
      for (const size of [256 * 1024, 4 * 1024, 64]) {
        let refused = false;
        for (let i = 0; i < 100 && !refused; i++) await session.set({ [`filler:${n++}`]: 'x'.repeat(size) }).catch(() => (refused = true));
        everRefused ||= refused;
      }
      await session.remove(`tab:${id}`);
      for (let i = 0; i < 100; i++) await session.set({ [`filler:${n++}`]: 'x'.repeat(64) }).catch(() => undefined);
      return everRefused;
    }, tabId);
    if (name === 'chromium') expect(filled).toBe(true); // Chrome's 10 MB quota was reached

    await page.goto(server.storyUrl('presstv-2016-11-10'));
    // before the fix the status request failed on the refused write and the page ran with its defaults
    const highlighted = await pollFor(
      page,
      () => [...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-')),
      undefined,
      8_000,
    ).catch(() => false);
    expect(highlighted).toBe(false);
    expect(await highlights(page)).toEqual({});
    const state = await pollFor(
      options,
      async (id) => {
        type Api = {
          runtime: {
            sendMessage(
              m: unknown,
            ): Promise<{ ok: boolean; value: { report: { url: string; status: string } | null; status: { enabled: boolean } | null } }>;
          };
        };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const r = await (g.browser ?? (g.chrome as Api)).runtime.sendMessage({
          channel: 'sourcelight/1',
          kind: 'tab/state',
          payload: { tabId: id },
        });
        return r.ok && r.value.report?.url.includes('presstv') && r.value.report.status === 'disabled' ? r.value : null;
      },
      tabId,
      30_000,
    );
    expect(state?.status?.enabled).toBe(false);

    await options.evaluate(async () => {
      type Api = { storage: { session: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const session = (g.browser ?? (g.chrome as Api)).storage.session;
      await session.remove(Object.keys(await session.get(null)).filter((k) => k.startsWith('filler:')));
    });
    await call(options, 'site/set', { site: host, enabled: null });
    await page.close();
  });

  it('the extension logged no error', () => {
    expect(eb.extensionErrors).toEqual([]);
  });
});
