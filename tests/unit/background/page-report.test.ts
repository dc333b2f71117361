/**
 * The background's page/report handler over the browser fake: a report is kept and recorded under
 * its own address when that is on the site the browser says sent it (sender.url, else
 * sender.tab.url), a report naming another site is refused, and nothing is recorded in the reading
 * memory for a site switched off or while paused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../src/shared/views';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));
vi.mock('sourcelight:names', () => ({ default: { index: null } }));
const recorded = vi.hoisted(() => [] as Array<{ tabId: number; url: string }>);
vi.mock('../../../src/background/memory', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/background/memory')>()),
  recordPage: (tabId: number, url: string) => {
    recorded.push({ tabId, url });
    return Promise.resolve(true);
  },
}));

const { local, sync, tabs } = await fake;
const { contentRoute, pageRoute, PING_MS, pingContent, refuseOtherSite } = await import('../../../src/background/handlers');
const { popupView, QUERY_LIMIT_MS } = await import('../../../src/popup/model');
const { allReports, loadReport, removeReport } = await import('../../../src/background/reports');
const { forgetAnalysis, rememberAnalysis } = await import('../../../src/background/analyses');
const { defaultSettings } = await import('../../../src/shared/settings');

type Sender = Parameters<(typeof contentRoute.handlers)['page/report']>[1];
const report = (url: string): PageReport => ({
  url,
  title: 'A page',
  siteName: null,
  status: 'done',
  entities: 2,
  quotes: 1,
  unplaced: 0,
  truncated: false,
  error: null,
});
/** A page's report; a finished one after its analysis, which the background keeps (analyses.ts). */
const send = async (tabId: number, r: PageReport, sender: { url?: string; tab?: { url?: string; incognito?: boolean } }) => {
  if (r.status === 'done') await rememberAnalysis(tabId, r.url, { entities: [], quotes: [] });
  return contentRoute.handlers['page/report'](r, { ...sender, tab: { id: tabId, ...sender.tab } } as unknown as Sender);
};

beforeEach(async () => {
  for (const { tabId } of await allReports()) await removeReport(tabId);
  for (const tabId of [3, 4, 5]) await forgetAnalysis(tabId);
  sync.data = { settings: { ...defaultSettings(), sites: { 'off.example': false } } };
  local.data = {};
  recorded.length = 0;
});

describe('page/report: the site is the browser’s', () => {
  it('a report under another site’s address is refused: nothing kept, nothing recorded', async () => {
    await expect(send(3, report('https://news.example/a'), { url: 'https://off.example/x' })).rejects.toThrow(/another site/);
    await expect(send(4, report('https://news.example/a'), { tab: { url: 'https://off.example/x' } })).rejects.toThrow(/another site/);
    expect(await loadReport(3)).toBeNull();
    expect(await loadReport(4)).toBeNull();
    expect(recorded).toEqual([]);
  });

  it('a report from its own page is kept and recorded; another address on the same site is the script’s', async () => {
    await send(3, report('https://news.example/a#top'), { url: 'https://news.example/a' });
    expect((await loadReport(3))?.url).toBe('https://news.example/a#top');
    // the fragment is set aside where the page is recorded (canonicalAddress)
    expect(recorded).toEqual([{ tabId: 3, url: 'https://news.example/a#top' }]);
    expect(() => refuseOtherSite('https://www.news.example/b', { url: 'https://news.example/a' })).not.toThrow();
    expect(() => refuseOtherSite('https://news.example/b', {})).not.toThrow();
    expect(() => refuseOtherSite('https://news.example/b', { tab: { url: 'https://off.example/a' } })).toThrow(/another site/);
  });

  it('never recorded for a site switched off, or while paused', async () => {
    await send(3, report('https://off.example/a'), { url: 'https://off.example/a' });
    sync.data = { settings: { ...defaultSettings(), paused: true } };
    await send(4, report('https://news.example/a'), { url: 'https://news.example/a' });
    expect(recorded).toEqual([]);
    // the report itself is kept (the popup and the badge show the page's state)
    expect((await loadReport(4))?.status).toBe('done');
  });

  it('after a same-document navigation (the browser still gives the first address) recorded under the report’s own', async () => {
    await send(3, report('https://www.news.example/story?id=2'), { url: 'https://news.example/story?id=1' });
    expect(recorded).toEqual([{ tabId: 3, url: 'https://www.news.example/story?id=2' }]);
    expect((await loadReport(3))?.url).toBe('https://www.news.example/story?id=2');
  });

  it('never recorded from a private window, with the memory switched off, or for a page not done', async () => {
    await send(3, report('https://news.example/a'), { url: 'https://news.example/a', tab: { incognito: true } });
    local.data = { memorySettings: { on: false, days: 365, maxArticles: 20_000, noticeSeen: true } };
    await send(4, report('https://news.example/b'), { url: 'https://news.example/b' });
    local.data = {};
    await rememberAnalysis(5, 'https://news.example/c', { entities: [], quotes: [] });
    await send(5, { ...report('https://news.example/c'), status: 'analyzing' }, { url: 'https://news.example/c' });
    expect(recorded).toEqual([]);
  });
});

describe('pingContent: bounded', () => {
  it('a script that does not answer (its page blocked) is present and busy after PING_MS, well before the popup gives up', async () => {
    expect(PING_MS).toBeLessThanOrEqual(QUERY_LIMIT_MS / 3);
    const before = tabs.sendMessage;
    vi.useFakeTimers();
    try {
      tabs.sendMessage = () => new Promise<never>(() => undefined);
      const ping = pingContent(5);
      let answer: string | null = null;
      void ping.then((v) => (answer = v));
      await vi.advanceTimersByTimeAsync(PING_MS - 1);
      expect(answer).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(answer).toBe('busy');
    } finally {
      vi.useRealTimers();
      tabs.sendMessage = before;
    }
  });

  it('a tab with no script (refused at once) has none; one that answers has one', async () => {
    const before = tabs.sendMessage;
    try {
      tabs.sendMessage = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      expect(await pingContent(5)).toBe('absent');
      tabs.sendMessage = before;
      expect(await pingContent(5)).toBe('answered');
    } finally {
      tabs.sendMessage = before;
    }
  });
});

describe('tab/state: the page’s script', () => {
  it('a page whose last report is "analyzing" and whose script has gone (no answer to the ping) has no script: the popup says reload', async () => {
    await send(3, { ...report('https://news.example/a'), status: 'analyzing' }, { url: 'https://news.example/a' });
    const t = tabs as typeof tabs & { get?: (id: number) => Promise<{ id: number; url?: string }> };
    const before = tabs.sendMessage;
    t.get = (id) => Promise.resolve({ id, url: 'https://news.example/a' });
    try {
      tabs.sendMessage = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      const gone = await pageRoute.handlers['tab/state']({ tabId: 3 }, {} as never);
      expect([gone.contentScript, gone.contentBusy]).toEqual([false, false]);
      tabs.sendMessage = before;
      const there = await pageRoute.handlers['tab/state']({ tabId: 3 }, {} as never);
      expect([there.contentScript, there.contentBusy]).toEqual([true, false]);
    } finally {
      tabs.sendMessage = before;
      delete t.get;
    }
  });
});

describe('tab/state: a page reported "disabled", a page still loading', () => {
  type Tab = { id: number; url?: string; status?: string };
  const gone = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  /** the tab's state as the popup gets it, with the tab as the browser gives it and its script answering or not */
  const stateOf = async (tabId: number, tab: Omit<Tab, 'id'>, answer: boolean) => {
    const t = tabs as typeof tabs & { get?: (id: number) => Promise<Tab> };
    const before = tabs.sendMessage;
    t.get = (id) => Promise.resolve({ id, ...tab });
    try {
      if (!answer) tabs.sendMessage = gone;
      return await pageRoute.handlers['tab/state']({ tabId }, {} as never);
    } finally {
      tabs.sendMessage = before;
      delete t.get;
    }
  };

  it('reported "disabled", the site switched on since and its script gone: reload at once, not "analyzing" then "did not finish"', async () => {
    await send(3, { ...report('https://news.example/a'), status: 'disabled' }, { url: 'https://news.example/a' });
    const without = await stateOf(3, { url: 'https://news.example/a', status: 'complete' }, false);
    expect(without.contentScript).toBe(false);
    expect(popupView(without)).toBe('reload');
    // its script there: the site on now, the page is analyzed again
    expect(popupView(await stateOf(3, { url: 'https://news.example/a', status: 'complete' }, true))).toBe('analyzing');
    // the site still switched off: that, whether its script is there or not
    await send(4, { ...report('https://off.example/a'), status: 'disabled' }, { url: 'https://off.example/a' });
    expect(popupView(await stateOf(4, { url: 'https://off.example/a', status: 'complete' }, false))).toBe('site-off');
  });

  it('a page still loading (reloaded, or another page: its script starts at document_idle) is being analyzed, not "reload"', async () => {
    // reloaded while analyzing: the last report is the old load's, no script in the new document yet
    await send(3, { ...report('https://news.example/a'), status: 'analyzing' }, { url: 'https://news.example/a' });
    const loading = await stateOf(3, { url: 'https://news.example/a', status: 'loading' }, false);
    expect([loading.contentScript, popupView(loading)]).toEqual([true, 'analyzing']);
    // gone to another page: the report is the last page's (set aside), none yet for this one
    const next = await stateOf(3, { url: 'https://news.example/b', status: 'loading' }, false);
    expect([next.report, popupView(next)]).toEqual([null, 'analyzing']);
    // loaded and still no script (open before Sourcelight was installed, or its script gone): reload
    expect(popupView(await stateOf(3, { url: 'https://news.example/b', status: 'complete' }, false))).toBe('reload');
  });
});

describe('a late report', () => {
  it('an older report of the same page load arriving after a newer one leaves the newer kept', async () => {
    const { saveReport } = await import('../../../src/background/reports');
    const analyzing = { ...report('https://news.example/a'), status: 'analyzing' as const, load: 1_000, seq: 10 };
    const done = { ...report('https://news.example/a'), load: 1_000, seq: 20 };
    await send(3, done, { url: 'https://news.example/a' });
    await send(3, analyzing, { url: 'https://news.example/a' });
    expect((await loadReport(3))?.status).toBe('done');
    expect(recorded).toHaveLength(1);
    // saveReport itself answers whether it kept the report
    await removeReport(5);
    await saveReport(5, done);
    expect(await saveReport(5, analyzing)).toBe(false);
    // the next page load (or a report without a number) starts afresh
    expect(await saveReport(5, { ...analyzing, load: 2_000, seq: 1 })).toBe(true);
    expect((await loadReport(5))?.status).toBe('analyzing');
  });
});
