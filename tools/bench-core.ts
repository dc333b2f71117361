/**
 * Core benchmark (Node). In one run:
 *   1. analyze() throughput over a corpus: the two stories, plus ../shared/pages when present;
 *   2. the matcher's time per ~30 KB article with 50, 1,000 and 100,000 synthetic aliases, as ratios to
 *      the 50-alias time (target: at most 1.5x at 100,000);
 *   3. analyze() time as a ratio to Readability's parse time on the same pages in jsdom (median; target < 25%).
 * Ratios are against baselines measured in the same run. Speed is never asserted in a test.
 *
 * Run alone: npx esbuild tools/bench-core.ts --bundle --platform=node --format=esm \
 *   --external:jsdom --external:@mozilla/readability --outfile=build/bench-core.mjs && node build/bench-core.mjs
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../src/core/analyze';
import { articleFromParagraphs, articleFromText } from '../src/core/article';
import { compileIndex, matchTokens } from '../src/core/matcher';
import { tokenize } from '../src/core/tokenize';
import type { Article, CompiledIndex, EntityRecord } from '../src/core/types';
import { blockTexts } from '../src/shared/dom-text';
import registry from '../data/entities.json';

export interface CoreBenchResult {
  throughput: { articles: number; chars: number; msPerArticle: number; mbPerSecond: number };
  matcher: Array<{ aliases: number; compileMs: number; indexBytes: number; matchMs: number; ratio: number; withTokenizeMs: number }>;
  readability: Array<{ page: string; readabilityMs: number; analyzeMs: number; ratio: number }> | null;
  readabilityMedianRatio: number | null;
  ok: boolean;
}

const now = (): number => performance.now();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median time of fn over `runs` runs after `warm` warm-up runs. */
function time(fn: () => unknown, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    fn();
    ts.push(now() - t0);
  }
  return median(ts);
}

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vor',
  'dri',
  'pel',
  'zun',
  'bar',
  'ost',
  'nik',
  'sel',
  'gor',
  'fa',
  'ut',
  'ber',
  'an',
  'is',
  'quo',
  'lem',
  'tri',
  'sov',
  'hal',
];

function word(r: () => number, min: number): string {
  const n = min + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** n synthetic person entities with distinct two-word names (the first `keep` are the real registry). */
export function syntheticEntities(n: number, seed = 7): EntityRecord[] {
  const real = (registry as { entities: EntityRecord[] }).entities;
  const out: EntityRecord[] = real.slice(0, Math.min(n, real.length));
  const seen = new Set(out.map((e) => e.name));
  const r = rng(seed);
  while (out.length < n) {
    const name = `${word(r, 2)} ${word(r, 2)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      id: `synthetic-${out.length}`,
      type: 'person',
      name,
      aliases: [],
      surnames: [name.split(' ')[1]!],
      roles: [],
      description: '',
    });
  }
  return out;
}

/** A ~30 KB article: the stories repeated, each paragraph also naming two synthetic people present in every dictionary. */
function syntheticArticle(stories: string[], names: string[], targetChars = 30_000): Article {
  const paras = stories.flatMap((s) => s.split('\n').filter((l) => l.trim()));
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < targetChars; i++) {
    const p = `${paras[i % paras.length]!} ${names[i % names.length]!} told reporters that ${names[(i + 1) % names.length]!} agreed.`;
    out.push(p);
    len += p.length + 2;
  }
  return articleFromParagraphs(out);
}

function loadPages(root: string): Array<{ name: string; html: string }> {
  const dir = resolve(root, '..', 'shared', 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.html')))
    .sort()
    .map((d) => ({ name: d, html: readFileSync(join(dir, d, 'source.html'), 'utf8') }));
}

export function runCoreBench(root = process.cwd(), log: (s: string) => void = console.log): CoreBenchResult {
  const index: CompiledIndex = compileIndex((registry as { entities: EntityRecord[] }).entities);
  const storyDir = join(root, 'data', 'stories');
  const stories = readdirSync(storyDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(storyDir, f), 'utf8'));

  // pages through Readability (timed) to get their articles
  const pages = loadPages(root);
  if (pages.length === 0) log('(../shared/pages not found: the Readability ratio and page corpus are skipped)');
  const readability: NonNullable<CoreBenchResult['readability']> = [];
  const corpus: Article[] = stories.map((s) => articleFromText(s));
  // the engine warmed on the stories first, as the background is after its first article (the first pages measured
  // the JIT's compiling, not analyze(): their ratios were several times the later pages')
  for (let i = 0; i < 20; i++) for (const a of corpus) analyze(a, index);
  for (const p of pages) {
    const parse = (): ReturnType<Readability['parse']> => new Readability(new JSDOM(p.html).window.document).parse();
    // Readability's own parse, the jsdom parse of the page excluded
    // (nine runs, two of them to warm up: with four, the baseline's noise moved the median ratio by a point)
    const docs = Array.from({ length: 11 }, () => new JSDOM(p.html).window.document);
    let k = 0;
    const readabilityMs = time(() => new Readability(docs[k++]!).parse(), 9, 2);
    const parsed = parse();
    if (!parsed?.content) continue;
    const article = articleFromParagraphs(blockTexts(JSDOM.fragment(parsed.content)));
    if (article.paragraphs.length === 0) continue;
    corpus.push(article);
    const analyzeMs = time(() => analyze(article, index), 15);
    readability.push({ page: p.name, readabilityMs, analyzeMs, ratio: analyzeMs / readabilityMs });
  }

  // throughput over the whole corpus
  const chars = corpus.reduce((n, a) => n + a.text.length, 0);
  const total = time(() => {
    for (const a of corpus) analyze(a, index);
  }, 10);
  const throughput = { articles: corpus.length, chars, msPerArticle: total / corpus.length, mbPerSecond: chars / 1e6 / (total / 1000) };

  // matcher scaling
  const sizes = [50, 1_000, 100_000];
  const all = syntheticEntities(sizes[sizes.length - 1]!);
  const probeNames = all
    .slice(0, 50)
    .filter((e) => e.type === 'person')
    .map((e) => e.name);
  const article = syntheticArticle(stories, probeNames);
  const tokens = tokenize(article.text, article.paragraphs);
  const matcher: CoreBenchResult['matcher'] = [];
  const loadedIdx: CompiledIndex[] = [];
  for (const n of sizes) {
    const ents = all.slice(0, n);
    const t0 = now();
    const idx = compileIndex(ents);
    const compileMs = now() - t0;
    const json = JSON.stringify(idx);
    // the page loads the index as JSON: measure on the parsed copy, as the content script would
    loadedIdx.push(JSON.parse(json) as CompiledIndex);
    matcher.push({
      aliases: ents.reduce((s, e) => s + 1 + e.aliases.length + (e.surnames?.length ?? 0), 0),
      compileMs,
      indexBytes: json.length,
      matchMs: 0,
      ratio: 0,
      withTokenizeMs: 0,
    });
  }
  // interleaved rounds, so that load on the machine falls on every size alike
  const samples = sizes.map(() => [] as number[]);
  const samplesTok = sizes.map(() => [] as number[]);
  for (let round = 0; round < 120; round++) {
    sizes.forEach((_, i) => {
      const idx = loadedIdx[i]!;
      let t0 = now();
      matchTokens(article.text, tokens, idx);
      samples[i]!.push(now() - t0);
      t0 = now();
      matchTokens(article.text, tokenize(article.text, article.paragraphs), idx);
      samplesTok[i]!.push(now() - t0);
    });
  }
  matcher.forEach((m, i) => {
    m.matchMs = median(samples[i]!.slice(20));
    m.withTokenizeMs = median(samplesTok[i]!.slice(20));
  });
  for (const m of matcher) m.ratio = m.matchMs / matcher[0]!.matchMs;

  const readabilityMedianRatio = readability.length ? median(readability.map((r) => r.ratio)) : null;
  const scaleOk = matcher[matcher.length - 1]!.ratio <= 1.5;
  const readOk = readabilityMedianRatio === null || readabilityMedianRatio < 0.25;

  log('');
  log(
    `analyze() throughput: ${throughput.articles} articles, ${(chars / 1024).toFixed(0)} KB, ${throughput.msPerArticle.toFixed(2)} ms/article, ${throughput.mbPerSecond.toFixed(2)} MB/s`,
  );
  log('');
  log(`matcher on a ${(article.text.length / 1024).toFixed(1)} KB article (${tokens.length} tokens), median of 100 interleaved runs`);
  log('  entities  aliases   compile ms  index KB   match ms  ratio to 50   match+tokenize ms');
  sizes.forEach((n, i) => {
    const m = matcher[i]!;
    log(
      `  ${String(n).padStart(8)}  ${String(m.aliases).padStart(7)}  ${m.compileMs.toFixed(1).padStart(10)}  ${(m.indexBytes / 1024).toFixed(0).padStart(8)}  ${m.matchMs.toFixed(3).padStart(9)}  ${m.ratio.toFixed(2).padStart(10)}x  ${m.withTokenizeMs.toFixed(3).padStart(12)}`,
    );
  });
  log(
    `  100,000 aliases cost ${matcher[matcher.length - 1]!.ratio.toFixed(2)}x the 50-alias time (target <= 1.5x): ${scaleOk ? 'ok' : 'FAIL'}`,
  );
  if (readability.length) {
    log('');
    log('analyze() vs Readability.parse() on the same pages (jsdom; medians)');
    log('  page                              readability ms  analyze ms   ratio');
    for (const r of readability)
      log(
        `  ${r.page.padEnd(32)}  ${r.readabilityMs.toFixed(2).padStart(14)}  ${r.analyzeMs.toFixed(2).padStart(10)}  ${(r.ratio * 100).toFixed(1).padStart(6)}%`,
      );
    log(`  median ratio ${(readabilityMedianRatio! * 100).toFixed(1)}% (target < 25%): ${readOk ? 'ok' : 'FAIL'}`);
    // issue 12 asks for less, read here and not failed on: the ratio's run-to-run noise is about a point
    log(`  issue 12's target (< 5%): ${readabilityMedianRatio! < 0.05 ? 'met' : 'not met'} in this run`);
  }
  return { throughput, matcher, readability: readability.length ? readability : null, readabilityMedianRatio, ok: scaleOk && readOk };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = runCoreBench();
  process.exitCode = r.ok ? 0 : 1;
}
