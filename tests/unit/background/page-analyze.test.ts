/**
 * The background's article/analyze, article/analyze-delta and article/read handlers over the
 * browser fake: the page an analysis is kept for (rememberAnalysis, its metadata, its paragraphs for
 * a later delta) is the browser's idea of the sender's address (sender.url, else sender.tab.url), as
 * for page/report; a request naming another site than its page is refused, nothing kept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeReply } from '../../../src/shared/protocol';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));
vi.mock('sourcelight:names', async () => ({
  default: {
    index: (await import('../../../src/core/matcher')).compileIndex((await import('../core/dataset/files')).fixtureBundle().entities),
  },
}));
const read = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/background/reader', () => ({
  readArticle: () => {
    read.calls++;
    return Promise.resolve(null);
  },
}));

const { session } = await fake;
const { contentRoute } = await import('../../../src/background/handlers');
const { forgetAnalysis, recallAnalysis } = await import('../../../src/background/analyses');

type Handlers = typeof contentRoute.handlers;
type Sender = Parameters<Handlers['article/analyze']>[1];
const from = (tabId: number, sender: { url?: string; tab?: { url?: string } }) =>
  ({ ...sender, tab: { id: tabId, ...sender.tab } }) as unknown as Sender;
const request = (url: string) => ({
  url,
  title: 'Harbour to stay open',
  byline: null,
  siteName: null,
  paragraphs: ['The harbour will stay open all winter, the port authority said on Tuesday.', 'Ferries run as usual.'],
});
const analyze = (tabId: number, url: string, sender: { url?: string; tab?: { url?: string } }) =>
  contentRoute.handlers['article/analyze'](request(url), from(tabId, sender));
const keptMeta = () => session.data['memoryMeta:3'] as { url?: string } | undefined;

beforeEach(async () => {
  session.data = {};
  read.calls = 0;
  await forgetAnalysis(3);
});

describe('article/analyze: the page is the browser’s', () => {
  it('a request under another site’s address is refused: no analysis, no metadata kept', async () => {
    await expect(analyze(3, 'https://other.example/a', { url: 'https://news.example/a' })).rejects.toThrow(/another site/);
    await expect(analyze(3, 'https://other.example/a', { tab: { url: 'https://news.example/a' } })).rejects.toThrow(/another site/);
    expect(await recallAnalysis(3, 'https://other.example/a')).toBeNull();
    expect(await recallAnalysis(3, 'https://news.example/a')).toBeNull();
    expect(keptMeta()).toBeUndefined();
  });

  it('kept under the address the browser gives, not the one the request claims on the same site', async () => {
    await analyze(3, 'https://news.example/claimed', { url: 'https://news.example/real' });
    expect(await recallAnalysis(3, 'https://news.example/real')).not.toBeNull();
    expect(await recallAnalysis(3, 'https://news.example/claimed')).toBeNull();
    expect(keptMeta()?.url).toBe('https://news.example/real');
  });

  it('the request’s own address when the browser gives none', async () => {
    await analyze(3, 'https://news.example/a', {});
    expect(await recallAnalysis(3, 'https://news.example/a')).not.toBeNull();
  });

  it('a delta: its base is the paragraphs kept for the browser’s address; another site is refused', async () => {
    const first = (await analyze(3, 'https://news.example/real', { url: 'https://news.example/real' })) as AnalyzeReply;
    const delta = (url: string) => ({ ...request(url), paragraphs: undefined, base: first.base!, ops: [[0, 2] as [number, number]] });
    await expect(
      contentRoute.handlers['article/analyze-delta'](delta('https://other.example/real'), from(3, { url: 'https://news.example/real' })),
    ).rejects.toThrow(/another site/);
    const again = await contentRoute.handlers['article/analyze-delta'](
      delta('https://news.example/real'),
      from(3, { url: 'https://news.example/real' }),
    );
    expect('refused' in again).toBe(false);
  });

  it('article/read under another site’s address is refused before the page is read', async () => {
    const req = { url: 'https://other.example/a', html: '<p>x</p>' };
    await expect(contentRoute.handlers['article/read'](req, from(3, { url: 'https://news.example/a' }))).rejects.toThrow(/another site/);
    expect(read.calls).toBe(0);
    await contentRoute.handlers['article/read']({ ...req, url: 'https://news.example/a' }, from(3, { url: 'https://news.example/a' }));
    expect(read.calls).toBe(1);
  });
});
