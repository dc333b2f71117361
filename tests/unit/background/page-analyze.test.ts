/**
 * The background's article/analyze, article/analyze-delta and article/read handlers over the
 * browser fake: an analysis (rememberAnalysis, the page's metadata, its paragraphs for a later delta)
 * is kept under the script's own address when it is on the site the browser says sent the message
 * (sender.url, else sender.tab.url); a request naming another site is refused, nothing kept. The
 * browser's address is not used in its place: after history.pushState both browsers still give the
 * document's first address, and the new address's analysis would be filed under the old one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeReply } from '../../../src/shared/protocol';
import { fake, type From, from } from './content-route';

const read = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/background/reader', () => ({
  readArticle: () => {
    read.calls++;
    return Promise.resolve(null);
  },
}));

const { session } = fake;
const { contentRoute } = await import('../../../src/background/handlers');
const { forgetAnalysis, recallAnalysis } = await import('../../../src/background/analyses');

const request = (url: string) => ({
  url,
  title: 'Harbour to stay open',
  byline: null,
  siteName: null,
  paragraphs: ['The harbour will stay open all winter, the port authority said on Tuesday.', 'Ferries run as usual.'],
});
const analyze = (tabId: number, url: string, sender: From) => contentRoute.handlers['article/analyze'](request(url), from(tabId, sender));
const keptMeta = () => session.data['memoryMeta:3'] as { url?: string } | undefined;

beforeEach(async () => {
  session.data = {};
  read.calls = 0;
  await forgetAnalysis(3);
});

describe('article/analyze: the script’s address, on the sender’s site', () => {
  it('after a same-document navigation (the browser still gives the first address) the new address is kept', async () => {
    await analyze(3, 'https://news.example/story?id=2', { url: 'https://news.example/story?id=1' });
    expect(await recallAnalysis(3, 'https://news.example/story?id=2')).not.toBeNull();
    expect(await recallAnalysis(3, 'https://news.example/story?id=1')).toBeNull();
    expect(keptMeta()?.url).toBe('https://news.example/story?id=2');
    // the tab's address when the frame's is not given; the request's own when the browser gives neither
    await analyze(3, 'https://www.news.example/b', { tab: { url: 'https://news.example/a' } });
    expect(await recallAnalysis(3, 'https://www.news.example/b')).not.toBeNull();
    await analyze(3, 'https://news.example/c', {});
    expect(await recallAnalysis(3, 'https://news.example/c')).not.toBeNull();
  });

  it('a request under another site’s address is refused: no analysis, no metadata kept', async () => {
    await expect(analyze(3, 'https://other.example/a', { url: 'https://news.example/a' })).rejects.toThrow(/another site/);
    await expect(analyze(3, 'https://other.example/a', { tab: { url: 'https://news.example/a' } })).rejects.toThrow(/another site/);
    expect(await recallAnalysis(3, 'https://other.example/a')).toBeNull();
    expect(await recallAnalysis(3, 'https://news.example/a')).toBeNull();
    expect(keptMeta()).toBeUndefined();
  });

  it('a delta: based on what was kept for the script’s address; another site is refused', async () => {
    const sender = from(3, { url: 'https://news.example/first' });
    const first = (await analyze(3, 'https://news.example/second', { url: 'https://news.example/first' })) as AnalyzeReply;
    const delta = (url: string) => ({ ...request(url), paragraphs: undefined, base: first.base!, ops: [[0, 2] as [number, number]] });
    await expect(contentRoute.handlers['article/analyze-delta'](delta('https://other.example/second'), sender)).rejects.toThrow(
      /another site/,
    );
    const again = await contentRoute.handlers['article/analyze-delta'](delta('https://news.example/second'), sender);
    expect('refused' in again).toBe(false);
    expect(await recallAnalysis(3, 'https://news.example/second')).not.toBeNull();
  });

  it('article/read under another site’s address is refused before the page is read', async () => {
    const req = { url: 'https://other.example/a', html: '<p>x</p>' };
    await expect(contentRoute.handlers['article/read'](req, from(3, { url: 'https://news.example/a' }))).rejects.toThrow(/another site/);
    expect(read.calls).toBe(0);
    await contentRoute.handlers['article/read']({ ...req, url: 'https://news.example/b' }, from(3, { url: 'https://news.example/a' }));
    expect(read.calls).toBe(1);
  });
});
