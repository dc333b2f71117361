/**
 * The reading memory's store: IndexedDB through `idb` (a small, well-kept wrapper: promises and
 * typed stores instead of hand-written request/event plumbing). The rules of what is kept are pure,
 * in src/core/reading.ts; this module only reads and writes.
 *
 * Schema (DB_VERSION 3):
 * - `articles`, key `url` (the canonical address): the article without its quotations;
 *   indexes `readAt` (retention, oldest first), `site` (forget one site), `mentions` (multiEntry
 *   over "person NUL newest", one per person named: the articles that name a person, newest first,
 *   read with a limit — so a person named in thousands of articles costs no more than one named in ten).
 * - `quotes`, auto-increment key: one record per quotation, with its article's `url` and `readAt`;
 *   indexes `url` (replace or forget an article's quotations) and `speaker_newest` ([speaker,
 *   -readAt]: a speaker's quotations newest first, in one getAll with a count).
 * Every look-up is a bounded read of an index (a limit on each getAll): its cost does not grow with
 * the number of articles stored (npm run bench -- memory).
 * Version 1 (the first layout) kept the quotations inside the article record, with `readAt` as its
 * only index; version 2 moved them into `quotes` and indexed `people` (multiEntry, in address order:
 * a bound on it kept the alphabetically first articles, not the newest); version 3 replaces that
 * index with `mentions`. Opening an older store migrates it (tests/unit/memory-store.test.ts).
 *
 * Each article is written in one transaction (its record and its quotations together): a worker
 * stopped mid-write loses at most that article. Nothing is loaded at start; every question reads
 * through an index.
 */
import { type DBSchema, deleteDB, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { MemoryArticle, MemoryQuote } from '../core/reading';

export const DB_NAME = 'sourcelight-memory';
export const DB_VERSION = 3;

export type StoredArticle = Omit<MemoryArticle, 'quotes'> & {
  quoteCount: number;
  /** "person NUL newest" per person named (mentionKey): the `mentions` index */
  mentions: string[];
};
export interface StoredQuote extends MemoryQuote {
  url: string;
  readAt: number;
  /** -readAt: the index key that lists a speaker's quotations newest first, read forwards */
  newest: number;
}

interface MemoryDB extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { readAt: number; site: string; mentions: string } };
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

/** Later than any time stored (ms; the year 2286): `LATEST - readAt`, zero-padded, sorts the newest first as a string. */
const LATEST = 9_999_999_999_999;
/** The `mentions` index key of a person named in an article read at `readAt`. */
export const mentionKey = (person: string, readAt: number): string => `${person}\u0000${String(LATEST - readAt).padStart(13, '0')}`;
/** The range of a person's `mentions` keys. */
const mentionRange = (person: string): IDBKeyRange => IDBKeyRange.bound(`${person}\u0000`, `${person}\u0001`, false, true);

function storedArticle(article: Omit<MemoryArticle, 'quotes'>, quoteCount: number): StoredArticle {
  return { ...article, quoteCount, mentions: article.people.map((p) => mentionKey(p, article.readAt)) };
}

type UpgradeTx = IDBPTransaction<MemoryDB, Array<'articles' | 'quotes'>, 'versionchange'>;

async function upgrade(db: IDBPDatabase<MemoryDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('readAt', 'readAt');
  }
  if (oldVersion < 2) {
    const articles = tx.objectStore('articles');
    articles.createIndex('site', 'site');
    // (version 2 also indexed `people` here; version 3 replaces that index, so it is no longer built)
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
      await cursor.update(storedArticle({ ...rest, site: rest.site ?? '', people: rest.people ?? [] }, list.length));
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    const articles = tx.objectStore('articles');
    // version 2's `people` index listed a person's articles in address order: replaced by `mentions`
    if ((articles.indexNames as DOMStringList).contains('people')) articles.deleteIndex('people' as never);
    articles.createIndex('mentions', 'mentions', { multiEntry: true });
    // a version-1 store's articles were rewritten with their mentions above; a version-2 store's are here
    let cursor = oldVersion === 2 ? await articles.openCursor() : null;
    while (cursor) {
      const { mentions: _old, ...rest } = cursor.value;
      await cursor.update(storedArticle({ ...rest, people: rest.people ?? [] }, rest.quoteCount ?? 0));
      cursor = await cursor.continue();
    }
  }
}

export interface MemoryStats {
  articles: number;
  quotes: number;
}

export class MemoryStore {
  /**
   * How many articles are stored: counted once (a count reads every key), then kept by this store's
   * own writes, so that recording an article (and its pruning) does not grow with the memory. The
   * background is the memory's one writer.
   */
  private size: number | null = null;

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
    const [old, existed] = await Promise.all([qs.index('url').getAllKeys(article.url), tx.objectStore('articles').getKey(article.url)]);
    await Promise.all([
      ...old.map((k) => qs.delete(k)),
      tx.objectStore('articles').put(storedArticle(rest, quotes.length)),
      ...quotes.map((q) => qs.add(stored(q, article.url, article.readAt))),
    ]);
    await tx.done;
    if (existed === undefined && this.size !== null) this.size++;
    await this.prune(retention, article.readAt);
  }

  /** Records several new articles in one transaction, without pruning (a bulk fill: the benchmark, an import). */
  async recordMany(articles: readonly MemoryArticle[]): Promise<void> {
    const tx = this.db.transaction(['articles', 'quotes'], 'readwrite');
    const qs = tx.objectStore('quotes');
    const writes: Array<Promise<unknown>> = [];
    for (const { quotes, ...rest } of articles) {
      writes.push(tx.objectStore('articles').put(storedArticle(rest, quotes.length)));
      for (const q of quotes) writes.push(qs.add(stored(q, rest.url, rest.readAt)));
    }
    await Promise.all([...writes, tx.done]);
    this.size = null; // counted again when next needed
  }

  /** Drops articles read before `now - days`, then the oldest beyond `maxArticles`. */
  async prune(retention: Retention, now = Date.now()): Promise<number> {
    const expired = await this.db.getAllKeysFromIndex('articles', 'readAt', IDBKeyRange.upperBound(now - retention.days * DAY_MS, true));
    let doomed = expired;
    this.size ??= await this.db.count('articles');
    const count = this.size - expired.length;
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
    if (had && this.size !== null) this.size--;
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
    this.size = 0;
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
   * Each speaker's recorded quotations, newest first, leaving out the article `excludeUrl` (the one
   * being read): `limit` at most per speaker, each read in one bounded request from the
   * [speaker, -readAt] index, all in one transaction. Their articles are not read here: the caller
   * asks for the few it lists (articles()).
   */
  async speakerQuotes(speakers: readonly string[], excludeUrl: string | null, limit: number): Promise<Map<string, StoredQuote[]>> {
    const tx = this.db.transaction('quotes');
    const excluded = excludeUrl === null ? 0 : await tx.store.index('url').count(excludeUrl);
    const index = tx.store.index('speaker_newest');
    const distinct = [...new Set(speakers)];
    const found = await Promise.all(
      distinct.map((speaker) => index.getAll(IDBKeyRange.bound([speaker, -Infinity], [speaker, Infinity]), limit + excluded)),
    );
    return new Map(distinct.map((speaker, i) => [speaker, (found[i] ?? []).filter((q) => q.url !== excludeUrl).slice(0, limit)]));
  }

  /**
   * The newest articles naming each of the given people (at most `perPerson` per person, from the
   * `mentions` index), each with the people it names among them, the article `excludeUrl` left out.
   */
  async articlesNaming(people: readonly string[], excludeUrl: string | null, perPerson = 100): Promise<Map<string, string[]>> {
    const index = this.db.transaction('articles').store.index('mentions');
    const persons = [...new Set(people)];
    const found = await Promise.all(persons.map((person) => index.getAllKeys(mentionRange(person), perPerson + 1)));
    const out = new Map<string, string[]>();
    persons.forEach((person, i) => {
      for (const url of (found[i] ?? []).filter((u) => u !== excludeUrl).slice(0, perPerson))
        out.set(url, [...(out.get(url) ?? []), person]);
    });
    return out;
  }

  /** Every article with its quotations, oldest first (export). */
  async all(): Promise<MemoryArticle[]> {
    const tx = this.db.transaction(['articles', 'quotes']);
    const articles = await tx.objectStore('articles').index('readAt').getAll();
    const out: MemoryArticle[] = [];
    for (const a of articles) {
      const quotes = await tx.objectStore('quotes').index('url').getAll(a.url);
      const { quoteCount: _c, mentions: _m, ...rest } = a;
      out.push({ ...rest, quotes: quotes.map(({ url: _u, readAt: _r, newest: _n, ...q }) => q) });
    }
    return out;
  }
}

/** Deletes the whole database (tests, and "clear all" when the store cannot be opened). */
export const deleteMemory = (name = DB_NAME): Promise<void> => deleteDB(name);
