/**
 * The reading memory in the background (browser seam faked, IndexedDB from fake-indexeddb):
 * article A recorded, article B then sees A's quotation under the same speaker, A as related
 * coverage and its repeated remark; a restart; a quota error;
 * the export read back by the dataset importer.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDatasetImport } from '../../../src/core/dataset';
import { memoryToDataset } from '../../../src/core/reading-export';
import { speakerKey } from '../../../src/core/speakers/group';
import type { Analysis, Quote } from '../../../src/core/types';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
const { local, session } = await fake;

const restarted = async () => {
  vi.resetModules();
  return import('../../../src/background/memory');
};

const q = (text: string, name: string, entityId: string | null, confidence = 0.9): Quote => ({
  text,
  start: 0,
  end: text.length,
  kind: 'direct',
  speaker: { name, entityId, mention: null },
  confidence,
  paragraph: 0,
});
const people = [
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person' as const, mentions: [] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' as const, mentions: [] },
];
const A: Analysis = {
  entities: people,
  quotes: [
    q('We have had regular contacts with the campaign staff throughout the election period', 'Peskov', 'dmitry-peskov'),
    q('Nobody said anything to us', 'a spokeswoman', null),
  ],
};
const B: Analysis = {
  entities: people,
  quotes: [
    q('“We have had regular contacts with the campaign staff,” he said', 'Dmitry Peskov', 'dmitry-peskov'),
    q('The talks will resume after the inauguration in January', 'Dmitry Peskov', 'dmitry-peskov'),
  ],
};
const URL_A = 'https://news-a.example/story?utm_source=feed';
const URL_B = 'https://news-b.example/other';
const opts = { keyOf: speakerKey, personIds: new Set(['dmitry-peskov', 'vladimir-putin']) };
const request = (url: string, title: string, siteName: string, published: string | null) => ({
  url,
  title,
  byline: null,
  siteName,
  paragraphs: ['x'],
  meta: { canonical: null, ogUrl: null, published },
});
beforeEach(async () => {
  session.data = {};
  local.data = {};
  const m = await restarted();
  await m.clearMemory();
});

describe('the reading memory in the background', () => {
  it("B lists A's quotation under the speaker (title, outlet, date, link), A as related coverage, and the repeated remark", async () => {
    const m = await restarted();
    await m.keepPageMeta(1, request(URL_A, 'Kremlin confirms contacts', 'News A', '2026-11-10T08:00:00Z'));
    expect(await m.recordPage(1, URL_A, A)).toBe(true);
    await m.keepPageMeta(2, request(URL_B, 'Talks to resume', 'News B', null));
    const got = await m.readingEnrichment(2, URL_B, B, opts);
    expect(got.priorStatements).toEqual({
      'dmitry-peskov': [
        {
          text: 'We have had regular contacts with the campaign staff throughout the election period',
          kind: 'direct',
          outlet: 'News A',
          date: '2026-11-10',
          url: 'https://news-a.example/story',
          storyId: '',
          headline: 'Kremlin confirms contacts',
          source: 'reading',
        },
      ],
    });
    expect(got.matches.map((x) => [x.quoteIndex, x.outlet, x.date, x.source])).toEqual([[0, 'News A', '2026-11-10', 'reading']]);
    expect(got.coverage.map((c) => [c.headline, c.outlet, c.url])).toEqual([
      ['Kremlin confirms contacts', 'News A', 'https://news-a.example/story'],
    ]);
    // the unnamed spokeswoman was not recorded as anybody's statement
    expect((await m.allArticles())[0]?.quotes.map((x) => x.speaker)).toEqual(['dmitry-peskov']);
  });

  it("the page's own quotations are not listed as prior, and reading A again updates it, never duplicates", async () => {
    const m = await restarted();
    await m.keepPageMeta(1, request(URL_A, 'Kremlin confirms contacts', 'News A', null));
    await m.recordPage(1, URL_A, A);
    await m.recordPage(1, URL_A, A);
    expect((await m.memoryInfo()).articles).toBe(1);
    expect((await m.readingEnrichment(1, URL_A, A, opts)).priorStatements).toEqual({ 'dmitry-peskov': [] });
  });

  // whether a page is recorded (a private window, a site switched off, a page not done, the memory
  // off) is decided by the page/report handler: page-report.test.ts
  it('adds nothing to a page when the memory is switched off', async () => {
    const m = await restarted();
    await m.keepPageMeta(1, request(URL_A, 'T', 'News A', null));
    await m.recordPage(1, URL_A, A);
    await m.saveMemorySettings({ on: false, days: 365, maxArticles: 20_000, noticeSeen: true });
    expect(await m.readingEnrichment(2, URL_B, B, opts)).toEqual({ priorStatements: {}, coverage: [], matches: [] });
  });

  it('holds after the background restarts (nothing kept in memory)', async () => {
    await (await restarted()).keepPageMeta(1, request(URL_A, 'Kremlin confirms contacts', 'News A', null));
    await (await restarted()).recordPage(1, URL_A, A);
    const got = await (await restarted()).readingEnrichment(2, URL_B, B, opts);
    expect(got.priorStatements['dmitry-peskov']?.map((p) => p.headline)).toEqual(['Kremlin confirms contacts']);
  });

  it('a quota error is reported for the options page, and nothing else breaks', async () => {
    const m = await restarted();
    const { MemoryStore } = await import('../../../src/background/memory-store');
    const spy = vi.spyOn(MemoryStore.prototype, 'record').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await m.keepPageMeta(1, request(URL_A, 'T', 'News A', null));
    expect(await m.recordPage(1, URL_A, A)).toBe(false);
    expect(local.data['memoryProblem']).toBe('quota');
    expect((await m.memoryInfo()).problem).toBe('quota');
    expect(await m.readingEnrichment(2, URL_B, B, opts)).toMatchObject({ coverage: [], matches: [] });
    // the next write that succeeds clears the report
    expect(await m.recordPage(1, URL_A, A)).toBe(true);
    expect((await m.memoryInfo()).problem).toBeNull();
    spy.mockRestore();
  });

  it('forgets the page open in a tab by its recorded address', async () => {
    const m = await restarted();
    await m.keepPageMeta(1, request(URL_A, 'T', 'News A', null));
    await m.recordPage(1, URL_A, A);
    expect(await m.isRecorded(1, URL_A)).toBe('https://news-a.example/story');
    expect(await m.forgetPage(1, URL_A)).toBe(true);
    expect(await m.isRecorded(1, URL_A)).toBeNull();
  });

  it('the export is a dataset file the options page imports', async () => {
    const m = await restarted();
    await m.keepPageMeta(1, request(URL_A, 'Kremlin confirms contacts', 'News A', '2026-11-10'));
    await m.recordPage(1, URL_A, { entities: [], quotes: [q('The harbour stays open all winter long', 'Lars Vik', null)] });
    const file = memoryToDataset(await m.allArticles(), new Map());
    const result = validateDatasetImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(file.claims.map((c) => [c.text, c.speaker, c.outlet, c.date, c.url])).toEqual([
      [
        'The harbour stays open all winter long',
        { name: 'Lars Vik', entityId: null },
        'News A',
        '2026-11-10',
        'https://news-a.example/story',
      ],
    ]);
    expect(file.stories.map((s) => s.headline)).toEqual(['Kremlin confirms contacts']);
  });
});
