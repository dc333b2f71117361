/**
 * The background's page/report handler over the browser fake: the site a report is kept and
 * recorded for is the browser's idea of the page's address (sender.url, else sender.tab.url), a
 * report naming another site is refused, and nothing is recorded in the reading memory for a site
 * switched off or while paused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../src/shared/views';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));
vi.mock('sourcelight:names', () => ({ default: { index: null } }));
const recorded = vi.hoisted(() => [] as Array<{ tabId: number; page: { url: string; siteEnabled: boolean } }>);
vi.mock('../../../src/background/memory', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/background/memory')>()),
  recordPage: (tabId: number, page: { url: string; siteEnabled: boolean }) => {
    recorded.push({ tabId, page });
    return Promise.resolve(true);
  },
}));

const { sync } = await fake;
const { contentRoute, reportedPage } = await import('../../../src/background/handlers');
const { allReports, loadReport, removeReport } = await import('../../../src/background/reports');
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
const send = (tabId: number, r: PageReport, sender: { url?: string; tab?: { url?: string } }) =>
  contentRoute.handlers['page/report'](r, { ...sender, tab: { id: tabId, ...sender.tab } } as unknown as Sender);

beforeEach(async () => {
  for (const { tabId } of await allReports()) await removeReport(tabId);
  sync.data = { settings: { ...defaultSettings(), sites: { 'off.example': false } } };
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

  it('a report from its own page is kept and recorded; another address on the same site is its page', async () => {
    await send(3, report('https://news.example/a#top'), { url: 'https://news.example/a' });
    expect((await loadReport(3))?.url).toBe('https://news.example/a#top');
    expect(recorded).toMatchObject([{ tabId: 3, page: { url: 'https://news.example/a#top', siteEnabled: true } }]);
    expect(reportedPage('https://www.news.example/b', { url: 'https://news.example/a' })).toBe('https://news.example/a');
    expect(reportedPage('https://news.example/b', {})).toBe('https://news.example/b');
  });

  it('never recorded for a site switched off, or while paused', async () => {
    await send(3, report('https://off.example/a'), { url: 'https://off.example/a' });
    sync.data = { settings: { ...defaultSettings(), paused: true } };
    await send(4, report('https://news.example/a'), { url: 'https://news.example/a' });
    expect(recorded).toEqual([]);
    // the report itself is kept (the popup and the badge show the page's state)
    expect((await loadReport(4))?.status).toBe('done');
  });
});
