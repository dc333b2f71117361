/**
 * Per-tab state in storage.session over a fake that throws QUOTA_BYTES errors like the browsers:
 * a tab's report is status and counts and its analysis is kept bounded (what the popup and the
 * card need, not the whole analysis), closed then old tabs are evicted when the store is full, and the per-site decision (site/status, the settings push)
 * never depends on such a write succeeding.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import type { PageReport } from '../../../src/shared/views';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));
vi.mock('sourcelight:names', () => ({ default: { index: null } }));

const { sync, session, tabs, sent } = await fake;
const { allReports, evictionOrder, isTabClosed, loadReport, MAX_CLOSED_TABS, removeReport, saveReport, tabClosed, tabKey } =
  await import('../../../src/background/reports');
const { analysisKey, forgetAnalysis, recallAnalysis, rememberAnalysis } = await import('../../../src/background/analyses');
const { keptForSession } = await import('../../../src/background/views');
const { keepPageMeta } = await import('../../../src/background/memory');
const { contentRoute } = await import('../../../src/background/handlers');
const { pushSettings } = await import('../../../src/background/push');
const { defaultSettings } = await import('../../../src/shared/settings');

const CHROME_SESSION_QUOTA = 10 * 1024 * 1024;

/** The analysis of a very long article (2–3 MB). */
function makeHugeAnalysis(): Analysis {
  const span = (i: number) => ({ start: i * 10, end: i * 10 + 6, text: 'Peskov' });
  const analysis: Analysis = {
    entities: Array.from({ length: 40 }, (_, e) => ({
      id: `e${e}`,
      name: `Entity ${e}`,
      type: 'person' as const,
      mentions: Array.from({ length: 1_000 }, (_, i) => span(i)),
    })),
    quotes: Array.from({ length: 400 }, (_, q) => ({
      text: 'word '.repeat(800),
      start: q * 5_000,
      end: q * 5_000 + 4_000,
      kind: 'direct' as const,
      confidence: 0.9,
      paragraph: q,
      speaker: { name: `Entity ${q % 40}`, entityId: `e${q % 40}`, mention: span(q) },
    })),
  };
  return analysis;
}

/**
 * Made once and shared (nothing here changes it): what each test stores is its bounded form
 * (keptForSession), the same whichever article it came from, and ten made afresh cost a loaded
 * machine a good part of the test's time.
 */
const HUGE = makeHugeAnalysis();
const hugeAnalysis = (): Analysis => HUGE;

function report(url: string): PageReport {
  return { url, title: 'Long', siteName: null, status: 'done', entities: 40, quotes: 400, unplaced: 0, truncated: false, error: null };
}

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;
type Sender = Parameters<(typeof contentRoute.handlers)['site/status']>[1];
const sender = (tabId: number, url: string) => ({ tab: { id: tabId }, url }) as unknown as Sender;
const statusOf = (tabId: number, url: string) => contentRoute.handlers['site/status']({ url }, sender(tabId, url));

beforeEach(async () => {
  for (const { tabId } of await allReports()) await removeReport(tabId);
  for (let tab = 1; tab <= 20; tab++) await forgetAnalysis(tab);
  sync.data = {};
  session.data = {};
  session.quota = Infinity;
  sent.length = 0;
  tabs.query = async () => [tabs.active];
});

describe('bounded per-tab state', () => {
  it('a 2–3 MB analysis is kept in under 400 KB, with every speaker the popup lists', () => {
    const analysis = hugeAnalysis();
    expect(bytes(analysis)).toBeGreaterThan(2_000_000);
    const kept = keptForSession(analysis);
    expect(bytes(kept)).toBeLessThan(400_000);
    expect(kept.entities.map((e) => e.id)).toEqual(analysis.entities.map((e) => e.id));
    expect(kept.entities[0]?.mentions).toEqual([]);
    expect(kept.quotes).toHaveLength(300);
    expect(kept.quotes[0]?.speaker).toEqual(analysis.quotes[0]?.speaker);
    expect(kept.quotes[0]?.text).toHaveLength(1_000);
  });

  it('ten very long articles open fit in Chrome’s 10 MB session quota', async () => {
    session.quota = CHROME_SESSION_QUOTA;
    for (let tab = 1; tab <= 10; tab++) {
      await rememberAnalysis(tab, `https://a.example/${tab}`, hugeAnalysis());
      await saveReport(tab, report(`https://a.example/${tab}`));
    }
    expect(Object.keys(session.data)).toHaveLength(20);
  });
});

describe('a closed tab', () => {
  it('keeps nothing that arrives after it closed: the late report, analysis and page metadata are dropped', async () => {
    const url = 'https://a.example/late';
    await rememberAnalysis(30, url, hugeAnalysis());
    expect(await saveReport(30, report(url))).toBe(true);
    // what tabs.onRemoved does
    tabClosed(30);
    await removeReport(30);
    await forgetAnalysis(30);
    // the page's last messages, sent while it closed: what its analysis request keeps, then its report
    await keepPageMeta(30, { url, title: 'Late', siteName: null, byline: null, paragraphs: ['It was late.'] });
    await rememberAnalysis(30, url, hugeAnalysis());
    expect(await saveReport(30, report(url))).toBe(false);
    expect(await loadReport(30)).toBeNull();
    expect(await recallAnalysis(30, url)).toBeNull();
    expect(Object.keys(session.data).filter((k) => k.endsWith(':30'))).toEqual([]);
    expect((await allReports()).map((r) => r.tabId)).not.toContain(30);
    // another tab is not affected
    expect(await saveReport(31, report(url))).toBe(true);
    expect(await loadReport(31)).toMatchObject({ url, status: 'done' });
  });

  it('remembers the last MAX_CLOSED_TABS closed tabs', () => {
    for (let id = 1_000; id < 1_000 + MAX_CLOSED_TABS + 5; id++) tabClosed(id);
    expect(isTabClosed(1_000)).toBe(false);
    expect(isTabClosed(1_004)).toBe(false);
    expect(isTabClosed(1_005)).toBe(true);
    expect(isTabClosed(1_000 + MAX_CLOSED_TABS + 4)).toBe(true);
  });
});

describe('eviction', () => {
  it.each([
    [
      'closed tabs first, then the oldest; never the tab being written',
      [
        { tabId: 1, at: 5 },
        { tabId: 2, at: 1 },
        { tabId: 3, at: 9 },
        { tabId: 4, at: 3 },
      ],
      new Set([1, 2, 4]),
      4,
      [3, 2, 1],
    ],
    [
      'open tabs unknown: oldest first',
      [
        { tabId: 1, at: 5 },
        { tabId: 2, at: 1 },
      ],
      null,
      9,
      [2, 1],
    ],
    ['only the tab being written: nothing to evict', [{ tabId: 7, at: 1 }], new Set([7]), 7, []],
  ])('%s', (_n, entries, open, writing, expected) => {
    expect(evictionOrder(entries, open, writing)).toEqual(expected);
  });

  it('a full store: closed tabs’ entries (report and analysis) go, the new analysis is stored', async () => {
    const one = bytes({ k: { url: 'https://a.example/x', analysis: keptForSession(hugeAnalysis()) } });
    session.quota = Math.floor(one * 3.5);
    tabs.query = async () => [{ id: 3 }, { id: 4 }];
    for (const tab of [1, 2, 3]) {
      await saveReport(tab, report(`https://a.example/${tab}`));
      await rememberAnalysis(tab, `https://a.example/${tab}`, hugeAnalysis());
    }
    await rememberAnalysis(4, 'https://a.example/4', hugeAnalysis());
    expect(Object.keys(session.data).sort()).toEqual([analysisKey(3), analysisKey(4), tabKey(3)]);
    // held in memory, the whole analysis of tab 4 is still there
    expect((await recallAnalysis(4, 'https://a.example/4'))?.quotes).toHaveLength(400);
  });

  it('a store that takes nothing: no exception, the report and the analysis kept in memory', async () => {
    session.quota = 10;
    await expect(saveReport(8, report('https://a.example/8'))).resolves.toBe(true);
    await expect(rememberAnalysis(8, 'https://a.example/8', hugeAnalysis())).resolves.toBeUndefined();
    expect((await loadReport(8))?.url).toBe('https://a.example/8');
    expect((await recallAnalysis(8, 'https://a.example/8'))?.quotes).toHaveLength(400);
    expect(session.data).toEqual({});
  });
});

describe('the per-site decision with the session store full (QUOTA_BYTES errors)', () => {
  beforeEach(() => {
    session.quota = 10; // nothing fits
  });

  it.each([
    ['a site switched off', { sites: { 'off.example': false } }, 'https://www.off.example/a', { enabled: false, reason: 'site-off' }],
    ['the global pause', { paused: true }, 'https://on.example/a', { enabled: false, reason: 'paused' }],
    ['only switched-on sites, this one not', { mode: 'only-enabled' }, 'https://on.example/a', { enabled: false, reason: 'site-off' }],
    ['a site that is on', {}, 'https://on.example/a', { enabled: true, reason: null }],
  ])('%s: site/status still says so', async (_n, over, url, expected) => {
    sync.data = { settings: { ...defaultSettings(), ...over } };
    await expect(statusOf(11, url)).resolves.toMatchObject(expected);
  });

  it('a page report that cannot be stored is answered ok', async () => {
    await expect(contentRoute.handlers['page/report'](report('https://on.example/a'), sender(12, 'https://on.example/a'))).resolves.toEqual(
      { ok: true },
    );
  });

  it('pausing reaches a tab whose report could not be stored', async () => {
    await statusOf(13, 'https://on.example/a');
    expect(session.data).toEqual({});
    const before = defaultSettings();
    expect(await pushSettings(before, { ...before, paused: true })).toBe(1);
    expect(sent).toEqual([
      {
        tabId: 13,
        message: expect.objectContaining({
          kind: 'content/settings',
          payload: expect.objectContaining({ enabled: false, reason: 'paused' }),
        }),
      },
    ]);
  });
});
