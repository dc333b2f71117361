/** The reading memory's IndexedDB store, on fake-indexeddb: dedupe, retention, look-ups by index, migration. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryArticle } from '../../../src/core/reading';
import { DB_VERSION, deleteMemory, MemoryStore } from '../../../src/background/memory-store';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30);

function article(n: number, over: Partial<MemoryArticle> = {}): MemoryArticle {
  return {
    url: `https://news${n % 3}.example/story-${n}`,
    site: `news${n % 3}.example`,
    title: `Story ${n}`,
    siteName: `News ${n % 3}`,
    byline: null,
    published: '2026-11-01',
    readAt: NOW - (100 - n) * 1000,
    people: ['dmitry-peskov', `name:person ${n}`],
    quotes: [{ speaker: 'dmitry-peskov', name: 'Peskov', kind: 'direct', text: `Remark number ${n}`, confidence: 0.9 }],
    ...over,
  };
}

let name = '';
let store: MemoryStore;
beforeEach(async () => {
  name = `test-${Math.random()}`;
  store = await MemoryStore.open(name);
});
afterEach(async () => {
  store.close();
  await deleteMemory(name);
});

describe('MemoryStore', () => {
  it('reading the same article again replaces its record and its quotations, never duplicates', async () => {
    await store.record(article(1));
    await store.record(
      article(1, {
        title: 'Story 1, updated',
        readAt: NOW,
        quotes: [
          { speaker: 'dmitry-peskov', name: 'Peskov', kind: 'direct', text: 'First', confidence: 0.9 },
          { speaker: 'dmitry-peskov', name: 'Peskov', kind: 'partial', text: 'Second', confidence: 0.8 },
        ],
      }),
    );
    expect(await store.stats()).toEqual({ articles: 1, quotes: 2 });
    expect((await store.article('https://news1.example/story-1'))?.title).toBe('Story 1, updated');
    expect((await store.all())[0]?.quotes.map((q) => q.text)).toEqual(['First', 'Second']);
  });

  it("a speaker's quotations newest first, the current article left out; their articles read by address", async () => {
    for (const n of [1, 2, 3, 4]) await store.record(article(n));
    await store.record(
      article(5, { quotes: [{ speaker: 'name:ana holm', name: 'Ana Holm', kind: 'direct', text: 'Hers', confidence: 0.9 }] }),
    );
    const got = await store.speakerQuotes(['dmitry-peskov', 'name:ana holm', 'someone-else'], 'https://news1.example/story-4', 2);
    expect([...got.keys()]).toEqual(['dmitry-peskov', 'name:ana holm', 'someone-else']);
    const prior = got.get('dmitry-peskov')!;
    expect(prior.map((q) => q.text)).toEqual(['Remark number 3', 'Remark number 2']);
    expect(got.get('name:ana holm')!.map((q) => q.text)).toEqual(['Hers']);
    expect(got.get('someone-else')).toEqual([]);
    expect(prior[0]?.url).toBe('https://news0.example/story-3');
    expect(await store.articles([prior[0]!.url, 'https://nowhere.example/'])).toMatchObject([
      { title: 'Story 3', siteName: 'News 0', url: 'https://news0.example/story-3' },
    ]);
  });

  it('the earlier articles naming given people, by the people index', async () => {
    await store.record(article(1, { people: ['a', 'b', 'c'] }));
    await store.record(article(2, { people: ['a'] }));
    await store.record(article(3, { people: ['b', 'c'] }));
    const naming = await store.articlesNaming(['a', 'b', 'c'], 'https://news0.example/story-3');
    expect(Object.fromEntries(naming)).toEqual({
      'https://news1.example/story-1': ['a', 'b', 'c'],
      'https://news2.example/story-2': ['a'],
    });
  });

  it('a person named in many articles: the newest ones, at most the number asked for, whatever their addresses', async () => {
    // addresses in the opposite order of reading: the newest has the alphabetically first address
    for (const n of [1, 2, 3, 4, 5]) await store.record(article(n, { url: `https://news.example/${9 - n}`, people: ['a', 'ab'] }));
    const naming = await store.articlesNaming(['a'], 'https://news.example/4', 2);
    expect([...naming.keys()]).toEqual(['https://news.example/5', 'https://news.example/6']);
    // "a" does not take in "ab" (the index key ends the name with a NUL)
    expect([...(await store.articlesNaming(['a'], null, 10)).values()].flat()).toEqual(['a', 'a', 'a', 'a', 'a']);
  });

  it('retention: older than the days given are pruned, then the oldest beyond the maximum', async () => {
    await store.record(article(1, { readAt: NOW - 400 * DAY }), { days: 365, maxArticles: 10 });
    await store.record(article(2, { readAt: NOW - 10 * DAY }), { days: 365, maxArticles: 10 });
    await store.record(article(3, { readAt: NOW - 5 * DAY }), { days: 365, maxArticles: 10 });
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 2', 'Story 3']);
    await store.record(article(4, { readAt: NOW }), { days: 365, maxArticles: 2 });
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 3', 'Story 4']);
    expect(await store.stats()).toEqual({ articles: 2, quotes: 2 });
  });

  it('retention keeps counting right through re-reads, forgetting, a bulk fill and clearing (the count is kept, not re-read)', async () => {
    const keep = { days: 365, maxArticles: 3 };
    for (const n of [1, 2, 3]) await store.record(article(n, { readAt: NOW - 10 + n }), keep);
    await store.record(article(3, { readAt: NOW - 6 }), keep); // read again: still three
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(await store.forgetArticle('https://news2.example/story-2')).toBe(true);
    await store.record(article(4, { readAt: NOW - 5 }), keep); // three again: nothing pruned
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 1', 'Story 3', 'Story 4']);
    await store.recordMany([article(5, { readAt: NOW - 4 }), article(6, { readAt: NOW - 3 })]);
    await store.record(article(7, { readAt: NOW - 2 }), keep); // six stored: the three oldest go
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 5', 'Story 6', 'Story 7']);
    await store.clear();
    for (const n of [8, 9, 10, 11]) await store.record(article(n, { readAt: NOW + n }), keep);
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 9', 'Story 10', 'Story 11']);
  });

  it('forgets one article, one site, everything', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) await store.record(article(n));
    expect(await store.forgetArticle('https://news1.example/story-1')).toBe(true);
    expect(await store.forgetSite('news0.example')).toBe(2);
    expect((await store.all()).map((a) => a.title)).toEqual(['Story 2', 'Story 4', 'Story 5']);
    expect((await store.stats()).quotes).toBe(3);
    await store.clear();
    expect(await store.stats()).toEqual({ articles: 0, quotes: 0 });
  });

  it('a version-1 store (quotations inside the article) is migrated: quotations moved into their own store, indexes built', async () => {
    store.close();
    await deleteMemory(name);
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'url' }).createIndex('readAt', 'readAt');
      },
    });
    const old = { ...article(7), people: ['x', 'y'] };
    await v1.put('articles', old);
    v1.close();
    store = await MemoryStore.open(name);
    expect(DB_VERSION).toBe(3);
    expect(await store.stats()).toEqual({ articles: 1, quotes: 1 });
    expect((await store.speakerQuotes(['dmitry-peskov'], null, 5)).get('dmitry-peskov')!.map((q) => q.text)).toEqual(['Remark number 7']);
    expect([...(await store.articlesNaming(['x', 'y'], null)).values()]).toEqual([['x', 'y']]);
    expect((await store.all())[0]).toEqual(old);
    expect(await store.forgetSite('news1.example')).toBe(1);
  });

  it('a version-2 store (people indexed in address order) is migrated: its data kept, the mentions index built', async () => {
    store.close();
    await deleteMemory(name);
    // version 2 as it was written: quotations in their own store, a multiEntry `people` index
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'url' });
        articles.createIndex('readAt', 'readAt');
        articles.createIndex('site', 'site');
        articles.createIndex('people', 'people', { multiEntry: true });
        const quotes = db.createObjectStore('quotes', { autoIncrement: true });
        quotes.createIndex('url', 'url');
        quotes.createIndex('speaker_newest', ['speaker', 'newest']);
      },
    });
    const olds = [article(1, { people: ['x', 'y'] }), article(2, { people: ['x'] })];
    for (const { quotes, ...a } of olds) {
      await v2.put('articles', { ...a, quoteCount: quotes.length });
      for (const q of quotes) await v2.add('quotes', { ...q, url: a.url, readAt: a.readAt, newest: -a.readAt });
    }
    v2.close();
    store = await MemoryStore.open(name);
    expect(await store.stats()).toEqual({ articles: 2, quotes: 2 });
    expect(await store.all()).toEqual(olds);
    expect(Object.fromEntries(await store.articlesNaming(['x', 'y'], null))).toEqual({
      'https://news1.example/story-1': ['x', 'y'],
      'https://news2.example/story-2': ['x'],
    });
    expect((await store.speakerQuotes(['dmitry-peskov'], null, 5)).get('dmitry-peskov')!.map((q) => q.text)).toEqual([
      'Remark number 2',
      'Remark number 1',
    ]);
    // the old index is gone, the new one is there
    const raw = await openDB(name, DB_VERSION);
    expect([...raw.transaction('articles').store.indexNames].sort()).toEqual(['mentions', 'readAt', 'site']);
    raw.close();
  });
});
