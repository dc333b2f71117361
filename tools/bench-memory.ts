/**
 * Reading-memory benchmark (Node, IndexedDB from fake-indexeddb: the same store code the
 * background runs, on an in-memory IndexedDB written in JavaScript; a browser's own IndexedDB is
 * faster per operation, so the absolute times here are an upper bound; the ratios are the point).
 *
 * For a memory of 100 and of 20,000 articles (20 quotations each: 400,000 at 20,000):
 *   - recording one more article (one transaction, then retention), and
 *   - answering its look-up (each speaker's earlier statements, repeated remarks, articles sharing people),
 * each as a median, as a ratio to analyze() of the same article, and the growth from 100 to 20,000
 * (target: at most 1.5x). Storage: the records' size as JSON per 1,000 articles (what IndexedDB
 * stores, before its own overhead and compression).
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { articleFromText } from '../src/core/article';
import { compileIndex } from '../src/core/matcher';
import { type MemoryArticle, memoryArticle } from '../src/core/reading';
import { speakerKey } from '../src/core/speakers/group';
import type { EntityRecord } from '../src/core/types';
import { lookUp } from '../src/background/memory-lookup';
import { deleteMemory, MemoryStore } from '../src/background/memory-store';
import registry from '../data/entities.json';

const root = resolve(process.argv[2] ?? '.');
const entities = (registry as { entities: EntityRecord[] }).entities;
const index = compileIndex(entities);
const storyDir = join(root, 'data', 'stories');
const text =
  readdirSync(storyDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(storyDir, f), 'utf8'))[0] ?? '';
const article = articleFromText(text);
const analysis = analyze(article, index);
const personIds = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
const realSpeakers = [...new Set(analysis.quotes.map((q) => q.speaker.entityId).filter((x): x is string => x !== null))];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const WORDS =
  'harbour bridge budget winter strike ferry contract minister council vote tariff railway pension refinery election talks sanctions border grain court'.split(
    ' ',
  );
/** A synthetic article: 20 quotations by 2,000 people (the page's own speakers among them, in one article of 20). */
function synthetic(n: number, readAt: number): MemoryArticle {
  let seed = n * 2654435761;
  const rnd = (k: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % k;
  };
  const speakers = Array.from({ length: 5 }, () => `name:person ${rnd(2000)}`);
  if (n % 20 === 0) speakers[0] = realSpeakers[rnd(realSpeakers.length)] ?? speakers[0]!;
  const quotes = Array.from({ length: 20 }, (_, i) => {
    const speaker = speakers[i % speakers.length]!;
    const words = Array.from({ length: 18 }, () => WORDS[rnd(WORDS.length)]).join(' ');
    return { speaker, name: speaker.replace(/^name:/, ''), kind: 'direct' as const, text: `${words} (${n}.${i})`, confidence: 0.8 };
  });
  return {
    url: `https://outlet${n % 40}.example/news/${n}`,
    site: `outlet${n % 40}.example`,
    title: `Synthetic story ${n}`,
    siteName: `Outlet ${n % 40}`,
    byline: null,
    published: '2026-11-01',
    readAt,
    people: [...new Set(speakers)].sort(),
    quotes,
  };
}

const now = Date.now();
const pageRecord = memoryArticle(
  { url: 'https://bench.example/page', title: 'Bench', siteName: 'Bench', byline: null, canonical: null, ogUrl: null, published: null },
  analysis,
  now,
)!;

const ANALYZE_RUNS = 15;
for (let i = 0; i < 3; i++) analyze(article, index);
const analyzeMs = median(
  Array.from({ length: ANALYZE_RUNS }, () => {
    const t0 = performance.now();
    analyze(article, index);
    return performance.now() - t0;
  }),
);

async function measure(
  size: number,
): Promise<{ size: number; fillS: number; recordMs: number; lookupMs: number; jsonBytes: number; quotes: number }> {
  const name = `bench-${size}`;
  await deleteMemory(name);
  const store = await MemoryStore.open(name);
  const t0 = performance.now();
  const BATCH = 200;
  let jsonBytes = 0;
  for (let n = 0; n < size; n += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - n) }, (_, k) => synthetic(n + k, now - (size - n - k) * 60_000));
    for (const a of batch) jsonBytes += JSON.stringify(a).length;
    await store.recordMany(batch);
  }
  const fillS = (performance.now() - t0) / 1000;
  const records: number[] = [];
  const lookups: number[] = [];
  const retention = { days: 365, maxArticles: size + 1000 };
  for (let i = 0; i < 15; i++) {
    const rec = { ...pageRecord, url: `https://bench.example/page-${i}`, readAt: now + i };
    const t1 = performance.now();
    await store.record(rec, retention);
    records.push(performance.now() - t1);
    const t2 = performance.now();
    await lookUp(store, rec.url, rec.url, analysis, { keyOf: speakerKey, personIds });
    lookups.push(performance.now() - t2);
  }
  const { quotes } = await store.stats();
  store.close();
  await deleteMemory(name);
  return { size, fillS, recordMs: median(records.slice(3)), lookupMs: median(lookups.slice(3)), jsonBytes, quotes };
}

// a first, discarded run: the code is compiled and warm before either size is measured (else the
// small memory, measured first, pays for the warm-up and the growth looks smaller than it is)
await measure(100);
const small = await measure(100);
const large = await measure(20_000);
const f = (x: number, d = 2): string => x.toFixed(d);
console.log(
  `analyze() of the page (${article.text.length} chars, ${analysis.quotes.length} quotations): ${f(analyzeMs)} ms (median of ${ANALYZE_RUNS})`,
);
for (const r of [small, large]) {
  console.log(
    `memory of ${r.size} articles (${r.quotes} quotations, filled in ${f(r.fillS, 1)} s): record ${f(r.recordMs)} ms = ${f(r.recordMs / analyzeMs)}x analyze(); look-up ${f(r.lookupMs)} ms = ${f(r.lookupMs / analyzeMs)}x analyze()`,
  );
}
const recordGrowth = large.recordMs / small.recordMs;
const lookupGrowth = large.lookupMs / small.lookupMs;
console.log(`growth 100 -> 20,000 articles: record ${f(recordGrowth)}x, look-up ${f(lookupGrowth)}x (target <= 1.5x)`);
console.log(`storage: ${f(large.jsonBytes / (large.size / 1000) / 1e6)} MB of records (JSON) per 1,000 articles of 20 quotations`);
