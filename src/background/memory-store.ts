/**
 * The reading memory's store: IndexedDB through `idb` (a small, well-kept wrapper: promises and
 * typed stores instead of hand-written request/event plumbing). The rules of what is kept are pure,
 * in src/core/reading.ts; this module only reads and writes.
 *
 * Schema (DB_VERSION 2):
 * - `articles`, key `url` (the canonical address): the article without its quotations;
 *   indexes `readAt` (retention, oldest first), `site` (forget one site), `people` (multiEntry:
 *   the earlier articles that name a person, without loading the others).
 * - `quotes`, auto-increment key: one record per quotation, with its article's `url` and `readAt`;
 *   indexes `url` (replace or forget an article's quotations) and `speaker_newest` ([speaker,
 *   -readAt]: a speaker's quotations newest first, in one getAll with a count).
 * Version 1 (the first layout) kept the quotations inside the article record, with `readAt` as its
 * only index; opening a version-1 store moves them into `quotes` (tests/unit/memory-store.test.ts).
 *
 * Each article is written in one transaction (its record and its quotations together): a worker
 * stopped mid-write loses at most that article. Nothing is loaded at start; every question reads
 * through an index.
 */
import { type DBSchema, deleteDB, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { MemoryArticle, MemoryQuote } from '../core/reading';

export const DB_NAME = 'sourcelight-memory';
export const DB_VERSION = 2;

export type StoredArticle = Omit<MemoryArticle, 'quotes'> & { quoteCount: number };
export interface StoredQuote extends MemoryQuote {
  url: string;
  readAt: number;
  /** -readAt: the index key that lists a speaker's quotations newest first, read forwards */
  newest: number;
}

interface MemoryDB extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { readAt: number; site: string; people: string } };
  quotes: { key: number; value: StoredQuote; indexes: { url: string; speaker_newest: [string, number] } };
}

/** Retention: articles older than `days` and beyond the newest `maxArticles` are pruned, oldest first. */
export interface Retention {
  days: number;
  maxArticles: number;
}
export const DEFAULT_RETENTION: Retention = { days: 365, maxArticles: 20_000 };
const DAY_MS = 86_400_000;

const stored = (q: MemoryQuote, url: string, readAt: number): StoredQuote => ({ ...q, url, readAt, newest: -readAt });

type UpgradeTx = IDBPTransaction<MemoryDB, Array<'articles' | 'quotes'>, 'versionchange'>;

async function upgrade(db: IDBPDatabase<MemoryDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('readAt', 'readAt');
  }
  if (oldVersion < 2) {
    const articles = tx.objectStore('articles');
    articles.createIndex('site', 'site');
    articles.createIndex('people', 'people', { multiEntry: true });
    const quotes = db.createObjectStore('quotes', { autoIncrement: true });
    quotes.createIndex('url', 'url');
    quotes.createIndex('speaker_newest', ['speaker', 'newest']);
    // version 1 kept the quotations inside the article: move them out
    let cursor = await articles.openCursor();
    while (cursor) {
      const old = cursor.value as StoredArticle & { quotes?: MemoryQuote[] };
      const list = Array.isArray(old.quotes) ? old.quotes : [];
      for (const q of list) await quotes.add(stored(q, old.url, old.readAt));
      const { quotes: _dropped, ...rest } = old;
      await cursor.update({ ...rest, site: rest.site ?? '', people: rest.people ?? [], quoteCount: list.length });
      cursor = await cursor.continue();
    }
  }
}

export interface PriorQuote {
  quote: StoredQuote;
  article: StoredArticle;
}

export interface MemoryStats {
  articles: number;
  quotes: number;
}

export class MemoryStore {
  private constructor(private readonly db: IDBPDatabase<MemoryDB>) {}

  static async open(name = DB_NAME): Promise<MemoryStore> {
    const db = await openDB<MemoryDB>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        void upgrade(database, oldVersion, tx);
      },
    });
    return new MemoryStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Records an article (replacing an earlier record of the same address) in one transaction, then prunes. */
  async record(article: MemoryArticle, retention: Retention = DEFAULT_RETENTION): Promise<void> {
    const { quotes, ...rest } = article;
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    const qs = tx.objectStore('quotes');
    const old = await qs.index('url').getAllKeys(article.url);
    await Promise.all([
      ...old.map((k) => qs.delete(k)),
      tx.objectStore('articles').put({ ...rest, quoteCount: quotes.length }),
      ...quotes.map((q) => qs.add(stored(q, article.url, article.readAt))),
    ]);
    await tx.done;
    await this.prune(retention, article.readAt);
  }

  /** Records several new articles in one transaction, without pruning (a bulk fill: the benchmark, an import). */
  async recordMany(articles: readonly MemoryArticle[]): Promise<void> {
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    const qs = tx.objectStore('quotes');
    const writes: Array<Promise<unknown>> = [];
    for (const { quotes, ...rest } of articles) {
      writes.push(tx.objectStore('articles').put({ ...rest, quoteCount: quotes.length }));
      for (const q of quotes) writes.push(qs.add(stored(q, rest.url, rest.readAt)));
    }
    await Promise.all([...writes, tx.done]);
  }

  /** Drops articles read before `now - days`, then the oldest beyond `maxArticles`. */
  async prune(retention: Retention, now = Date.now()): Promise<number> {
    const expired = await this.db.getAllKeysFromIndex('articles', 'readAt', IDBKeyRange.upperBound(now - retention.days * DAY_MS, true));
    let doomed = expired;
    const count = (await this.db.count('articles')) - expired.length;
    if (count > retention.maxArticles) {
      const oldest: string[] = [];
      let cursor = await this.db
        .transaction('articles')
        .store.index('readAt')
        .openKeyCursor(IDBKeyRange.lowerBound(now - retention.days * DAY_MS));
      while (cursor && oldest.length < count - retention.maxArticles) {
        oldest.push(cursor.primaryKey);
        cursor = await cursor.continue();
      }
      doomed = [...expired, ...oldest];
    }
    for (const url of doomed) await this.forgetArticle(url);
    return doomed.length;
  }

  async forgetArticle(url: string): Promise<boolean> {
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    const had = (await tx.objectStore('articles').getKey(url)) !== undefined;
    const qs = tx.objectStore('quotes');
    const keys = await qs.index('url').getAllKeys(url);
    await Promise.all([...keys.map((k) => qs.delete(k)), tx.objectStore('articles').delete(url)]);
    await tx.done;
    return had;
  }

  async forgetSite(site: string): Promise<number> {
    const urls = await this.db.getAllKeysFromIndex('articles', 'site', site);
    for (const url of urls) await this.forgetArticle(url);
    return urls.length;
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('quotes').clear(), tx.done]);
  }

  async stats(): Promise<MemoryStats> {
    const [articles, quotes] = await Promise.all([this.db.count('articles'), this.db.count('quotes')]);
    return { articles, quotes };
  }

  async article(url: string): Promise<StoredArticle | undefined> {
    return this.db.get('articles', url);
  }

  /** Several articles by address, in one transaction (missing ones left out). */
  async articles(urls: readonly string[]): Promise<StoredArticle[]> {
    const tx = this.db.transaction('articles');
    const got = await Promise.all(urls.map((u) => tx.store.get(u)));
    return got.filter((a): a is StoredArticle => a !== undefined);
  }

  /**
   * A speaker's recorded quotations, newest first, leaving out the article `excludeUrl` (the one
   * being read): `limit` at most, read in one request from the [speaker, -readAt] index, each with its article.
   */
  async priorQuotes(speaker: string, excludeUrl: string | null, limit: number): Promise<PriorQuote[]> {
    const tx = this.db.transaction(['quotes', 'articles']);
    const range = IDBKeyRange.bound([speaker, -Infinity], [speaker, Infinity]);
    const excluded = excludeUrl === null ? 0 : await tx.objectStore('quotes').index('url').count(excludeUrl);
    const found = (
      await tx
        .objectStore('quotes')
        .index('speaker_newest')
        .getAll(range, limit + excluded)
    )
      .filter((q) => q.url !== excludeUrl)
      .slice(0, limit);
    // the articles asked for together (one round of requests, not one after another)
    const urls = [...new Set(found.map((q) => q.url))];
    const fetched = await Promise.all(urls.map((u) => tx.objectStore('articles').get(u)));
    const articles = new Map(urls.map((u, i) => [u, fetched[i]]));
    return found.flatMap((quote) => {
      const article = articles.get(quote.url);
      return article ? [{ quote, article }] : [];
    });
  }

  /**
   * Earlier articles naming the given people, with how many of them each names, read from the
   * `people` index (at most `perPerson` articles per person, newest address order aside).
   */
  async articlesNaming(people: readonly string[], excludeUrl: string | null, perPerson = 500): Promise<Map<string, string[]>> {
    const tx = this.db.transaction('articles');
    const index = tx.store.index('people');
    const out = new Map<string, string[]>();
    for (const person of new Set(people)) {
      for (const url of await index.getAllKeys(person, perPerson)) {
        if (url === excludeUrl) continue;
        out.set(url, [...(out.get(url) ?? []), person]);
      }
    }
    return out;
  }

  /** Every article with its quotations, oldest first (export). */
  async all(): Promise<MemoryArticle[]> {
    const tx = this.db.transaction(['articles', 'quotes']);
    const articles = await tx.objectStore('articles').index('readAt').getAll();
    const out: MemoryArticle[] = [];
    for (const a of articles) {
      const quotes = await tx.objectStore('quotes').index('url').getAll(a.url);
      const { quoteCount: _n, ...rest } = a;
      out.push({ ...rest, quotes: quotes.map(({ url: _u, readAt: _r, newest: _n, ...q }) => q) });
    }
    return out;
  }
}

/** Deletes the whole database (tests, and "clear all" when the store cannot be opened). */
export const deleteMemory = (name = DB_NAME): Promise<void> => deleteDB(name);
