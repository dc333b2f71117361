#!/usr/bin/env node
// The browser part of `npm run bench`: in real Chromium, the content script's time per page as a
// ratio to Readability's parse alone on the same page (baseline measured in the same run).
//
//   node tools/bench-browser.mjs [--runs N] [--firefox]
//
// The content script records User Timing measures (performance entries are the document's, so the
// page's main world reads them): sourcelight:total (its busy time on the page's main thread: the
// readerable gate, clone + Readability, listing both documents' text nodes (pair), paragraphs, the
// request to the background, placing (leading the needed nodes back to the live page), highlights;
// idle waits and the wait for the background excluded), and each of those steps. Not in it: the
// script's own start (evaluation, listeners, the site-status round trip) before the page settles.
// sourcelight:analyze is the engine's time in the background (shown, not part of the page's time).
// The baseline loads the same page in a browser without the extension and times the stock
// `new Readability(document.cloneNode(true)).parse()` once, cold. The content script's own
// clone + parse (the "readab." column) is the lean parse of src/shared/readability-text.ts: the
// same paragraphs, without the work the stock parse does only for a result shown as HTML. So the
// "in-run" ratio (total / that step) is higher than the ratio to the baseline.
// Pages: the demo stories and ../shared/pages (when present); pages that are not articles are
// listed but left out of the ratio. Target: median ratio <= 1.25.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { corpusPages, startDemoServer } from './demo-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium';
const TARGET = 1.25;

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/ is not built: run `node build.mjs --production` first');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium is missing (${CHROMIUM}): npm run setup:browsers`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function launch(withExtension) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    ...(withExtension ? { enableExtensions: [dist] } : {}),
    args: chromeArgs,
  });
  if (withExtension) await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 30_000 });
  return { browser, close: async () => (await browser.close().catch(() => undefined), rmSync(userDataDir, { recursive: true, force: true })) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A page whose requests leave 127.0.0.1 only: the corpus pages' remote resources fail at once, as they would offline. */
async function localPage(browser) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (/^http:\/\/127\.0\.0\.1[:/]/.test(r.url()) || r.url().startsWith('data:') ? r.continue() : r.abort()));
  return page;
}

/** The content script's measures on a fresh load of `url`, or null when it did not analyse (not an article). */
async function contentRun(browser, url) {
  const page = await localPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const m = await page.evaluate(() => {
        const get = (n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? null;
        return {
          total: get('sourcelight:total'),
          readability: get('sourcelight:readability'),
          analyze: get('sourcelight:analyze'),
          anchor: get('sourcelight:anchor'),
          gate: get('sourcelight:gate'),
          pair: get('sourcelight:pair'),
          paragraphs: get('sourcelight:paragraphs'),
          request: get('sourcelight:request'),
          place: get('sourcelight:place'),
          paint: get('sourcelight:paint'),
          searched: performance.getEntriesByName('sourcelight:searched', 'mark').at(-1)?.detail ?? null,
        };
      });
      if (m.total !== null) return m;
      if (Date.now() > deadline) throw new Error(`no sourcelight:total measure on ${url}`);
      await sleep(50);
    }
  } finally {
    await page.close();
  }
}

/** Readability's cold clone + parse on a fresh load of `url`, in a browser without the extension. */
async function baselineRun(browser, url) {
  const page = await localPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate((src) => {
      const Readability = new Function(`${src}; return Readability;`)();
      const t0 = performance.now();
      const parsed = new Readability(document.cloneNode(true)).parse();
      const ms = performance.now() - t0;
      return parsed ? ms : null;
    }, readabilitySource);
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const f = (n, d = 1) => (typeof n === 'string' ? n : Number.isFinite(n) ? n.toFixed(d) : '-');

const server = await startDemoServer();
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const pages = [...server.stories.map((s) => ({ name: s.id, url: server.storyUrl(s.id) })), ...corpusPages().map((c) => ({ name: c, url: `${server.origin}/corpus/${c}/` }))];
if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.includes(p.name)));
if (corpusPages().length === 0) console.log('(../shared/pages is absent: demo stories only)');

const withExt = await launch(true);
const plain = await launch(false);
const rows = [];
const skipped = [];
try {
  for (const p of pages) {
    const started = Date.now();
    const content = [];
    const base = [];
    let notArticle = false;
    for (let i = 0; i < runs; i++) {
      const url = `${p.url}?bench=${i}`;
      const m = await contentRun(withExt.browser, url);
      const b = await baselineRun(plain.browser, url);
      if (m.readability === 0 || b === null) {
        notArticle = true;
        break;
      }
      content.push(m);
      base.push(b);
    }
    process.stderr.write(`  ${p.name}: ${Date.now() - started} ms\n`);
    if (notArticle) {
      skipped.push(p.name);
      continue;
    }
    const total = content.map((m) => m.total);
    rows.push({
      name: p.name,
      totalMed: median(total),
      totalP95: p95(total),
      inRunReadability: median(content.map((m) => m.readability)),
      analyze: median(content.map((m) => m.analyze)),
      anchor: median(content.map((m) => m.anchor)),
      gate: median(content.map((m) => m.gate)),
      pair: median(content.map((m) => m.pair)),
      paragraphs: median(content.map((m) => m.paragraphs)),
      request: median(content.map((m) => m.request)),
      place: median(content.map((m) => m.place)),
      paint: median(content.map((m) => m.paint)),
      searched: content.at(-1)?.searched ? `${content.at(-1).searched.searched}/${content.at(-1).searched.targets}` : '-',
      baseline: median(base),
      ratio: median(total) / median(base),
      inRunRatio: median(content.map((m) => m.total / m.readability)),
    });
  }
} finally {
  await withExt.close();
  await plain.close();
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`content script time per page in Chromium (${runs} cold loads each; ms)`);
console.log('(total: the content script\'s busy time = gate + readab. + pair + paras + req + place + paint; readab.: its lean clone + parse; baseline: the stock clone + parse; engine: analyze() in the background, not in total)');
const cols = [
  ['total med', 'totalMed', 1], ['p95', 'totalP95', 1], ['readab.', 'inRunReadability', 1], ['gate', 'gate', 1], ['pair', 'pair', 1], ['paras', 'paragraphs', 1],
  ['req', 'request', 1], ['place', 'place', 1], ['paint', 'paint', 1], ['engine', 'analyze', 1], ['baseline', 'baseline', 1], ['ratio', 'ratio', 2], ['in-run', 'inRunRatio', 2], ['searched', 'searched', 0],
];
console.log(`${pad('page', 30)}${cols.map(([h]) => lpad(h, Math.max(7, h.length + 1))).join('')}`);
for (const r of rows) console.log(`${pad(r.name.slice(0, 29), 30)}${cols.map(([h, k, d]) => lpad(f(r[k], d), Math.max(7, h.length + 1))).join('')}`);
if (skipped.length) console.log(`not articles (gated out, not in the ratio): ${skipped.join(', ')}`);
const ratios = rows.map((r) => r.ratio);
const inRun = rows.map((r) => r.inRunRatio);
console.log(
  `\ncontent script / Readability parse alone: median ${f(median(ratios), 2)}x, p95 ${f(p95(ratios), 2)}x over ${rows.length} pages ` +
    `(against Readability inside the same run: median ${f(median(inRun), 2)}x, p95 ${f(p95(inRun), 2)}x); target <= ${TARGET}x at the median: ${median(ratios) <= TARGET ? 'met' : 'NOT met'}`,
);
