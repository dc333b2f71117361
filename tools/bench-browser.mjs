#!/usr/bin/env node
// The browser part of `npm run bench`: everything the content script costs the page's main thread,
// per page, as a ratio to Readability's stock parse of the same page (measured in the same run).
//
//   node tools/bench-browser.mjs [--runs N] [--firefox] [--only a,b]
//
// Chromium: each load is traced (CDP tracing). The content script's cost is the union, on the
// page's renderer main thread, of (a) every top-level trace event attributed to the extension's
// scripts (EvaluateScript and compile of content.js, the start-up script, and of the modules it imports
// past the gate, app.js and inpage.js: their evaluation and start; listener and timer calls) and (b) the busy steps it records as User Timing measures (gate, serialize,
// request, place, paint, in-page-parse): the waits (for the background, for idle time) are not
// in it. "max task": the longest main-thread task that holds any of that time (the whole task).
// Firefox (--firefox): no tracing; the cost is the User Timing steps alone (evaluation not in it).
// The parse itself runs off the page (an offscreen document in Chrome, the background page in
// Firefox): "off-page" shows its time there, not in the cost.
// The content script records its User Timing measures only while its debug switch is on
// (src/shared/debug.ts: performance entries are the document's, the page could read them): the
// bench turns it on in storage.local from an extension context before loading any page.
// The baseline loads the same page in a browser without the extension and times the stock
// `new Readability(document.cloneNode(true)).parse()` once, cold.
// Pages: the demo stories and ../shared/pages (articles), and pages that are not articles (the
// demo's index, the fixtures that are not articles): their cost is shown in milliseconds.
// Targets: median ratio <= 0.3 (Chromium); no content-script task over 50 ms; not-articles <= 2 ms.
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
const FIREFOX = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';
const firefox = args.includes('--firefox');
const TARGET = 0.3;
const LONG_TASK = 50;
const NOT_ARTICLE_MS = 2;
/** the content script's busy steps (User Timing); the rest of its measures are waits or off-page times */
const BUSY_STEPS = [
  'sourcelight:gate',
  'sourcelight:serialize',
  'sourcelight:request',
  'sourcelight:place',
  'sourcelight:paint',
  'sourcelight:in-page-parse',
];

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/ is not built: run `node build.mjs --production` first');
  process.exit(1);
}
if (!existsSync(firefox ? FIREFOX : CHROMIUM)) {
  console.error(`${firefox ? 'Firefox' : 'Chromium'} is missing: npm run setup:browsers`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const GECKO_ID = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const FIREFOX_UUID = '6d1c4a5e-0b7f-4c1e-9a53-5e1b7a2c9f10';

async function launch(withExtension) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const browser = firefox
    ? await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        userDataDir,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
      })
    : await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        pipe: true,
        userDataDir,
        ...(withExtension ? { enableExtensions: [dist] } : {}),
        args: chromeArgs,
      });
  if (withExtension && firefox) {
    await browser.installExtension(dist);
    // the debug switch, from an extension page (its goto never resolves in Firefox: poll instead)
    const page = await browser.newPage();
    void page.goto(`moz-extension://${FIREFOX_UUID}/popup.html`).catch(() => undefined);
    for (let i = 0; i < 100; i++) {
      const ok = await page
        .evaluate(() => (globalThis.browser?.storage ? globalThis.browser.storage.local.set({ debug: true }).then(() => true) : false))
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.close().catch(() => undefined);
  } else if (withExtension) {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 30_000 });
    const worker = await target.worker();
    // the worker's chrome.* may not be there yet when it is first reached (under load): poll
    for (let i = 0; ; i++) {
      const ok = await worker
        .evaluate(() => (globalThis.chrome?.storage ? globalThis.chrome.storage.local.set({ debug: true }).then(() => true) : false))
        .catch(() => false);
      if (ok) break;
      if (i === 100) throw new Error('the service worker has no chrome.storage');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    browser,
    close: async () => (await browser.close().catch(() => undefined), rmSync(userDataDir, { recursive: true, force: true })),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A page whose requests leave 127.0.0.1 only: the corpus pages' remote resources fail at once, as they would offline.
 * The extension's own files (the content script's modules, imported by it) are let through.
 */
async function localPage(browser) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const allowed = /^(http:\/\/127\.0\.0\.1[:/]|data:|chrome-extension:|moz-extension:)/;
  page.on('request', (r) => (allowed.test(r.url()) ? r.continue() : r.abort()).catch(() => undefined));
  return page;
}

/** Length of the union of [start, end) intervals. */
function unionLength(intervals) {
  const s = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of s) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * From a Chromium trace of one load: the content script's cost on the page's main thread (ms), its
 * evaluation (ms), and the longest task holding any of it (ms). `steps` are the User Timing busy
 * steps as [start, duration] in the page's performance.now() ms.
 */
function traceCost(events, url, steps) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) return null;
  const onMain = (e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X';
  const origin = nav.ts; // performance.now() 0, in trace microseconds
  const own = (e) => /chrome-extension:\/\//.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '');
  const main = events.filter(onMain).sort((a, b) => a.ts - b.ts);
  const attributed = [];
  let evaluation = 0;
  let coveredTo = -Infinity;
  for (const e of main) {
    if (!own(e) || e.ts + e.dur <= coveredTo) continue; // top-level only: nested ones are inside
    attributed.push([e.ts, e.ts + e.dur]);
    coveredTo = e.ts + e.dur;
    if (e.name === 'EvaluateScript' || e.name === 'v8.compile') evaluation += e.dur / 1000;
    if (process.env.BENCH_DEBUG)
      console.error(
        e.name,
        (e.dur / 1000).toFixed(2),
        e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName,
        e.args?.data?.functionName ?? '',
      );
  }
  const stepIntervals = steps.map(([start, d]) => [origin + start * 1000, origin + (start + d) * 1000]);
  const intervals = [...attributed, ...stepIntervals];
  let maxTask = 0;
  for (const t of main) {
    if (t.name !== 'RunTask' && t.name !== 'ThreadControllerImpl::RunTask') continue;
    const end = t.ts + t.dur;
    if (intervals.some(([a, b]) => a < end && b > t.ts)) maxTask = Math.max(maxTask, t.dur / 1000);
  }
  return { cost: unionLength(intervals) / 1000, evaluation, maxTask };
}

/** The content script's cost on a fresh load of `url`. */
async function contentRun(browser, url) {
  const page = await localPage(browser);
  try {
    if (!firefox) await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const deadline = Date.now() + 30_000;
    let m;
    for (;;) {
      m = await page.evaluate((busy) => {
        const get = (n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? null;
        const steps = performance
          .getEntriesByType('measure')
          .filter((e) => busy.includes(e.name))
          .map((e) => [e.startTime, e.duration]);
        return {
          total: get('sourcelight:total'),
          steps,
          gate: get('sourcelight:gate'),
          serialize: get('sourcelight:serialize'),
          request: get('sourcelight:request'),
          place: get('sourcelight:place'),
          paint: get('sourcelight:paint'),
          offPage: get('sourcelight:offpage-parse'),
          inPage: get('sourcelight:in-page-parse'),
          analyze: get('sourcelight:analyze'),
          article: get('sourcelight:anchor') !== null,
        };
      }, BUSY_STEPS);
      if (m.total !== null) break;
      if (Date.now() > deadline) throw new Error(`no sourcelight:total measure on ${url}`);
      await sleep(50);
    }
    await sleep(200); // the report and the last callbacks
    const stepsOnly = m.steps.reduce((a, [, d]) => a + d, 0);
    if (firefox) return { ...m, cost: stepsOnly, evaluation: null, maxTask: null };
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const t = traceCost(trace, url, m.steps);
    if (!t) throw new Error(`no navigation of ${url} in the trace`);
    return { ...m, ...t };
  } finally {
    await page.close();
  }
}

/** Readability's cold clone + parse on a fresh load of `url`, in a browser without the extension. */
async function baselineRun(browser, url) {
  const page = await localPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
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
const pages = [
  ...server.stories.map((s) => ({ name: s.id, url: server.storyUrl(s.id) })),
  ...corpusPages().map((c) => ({ name: c, url: `${server.origin}/corpus/${c}/` })),
  // not articles
  { name: '(demo index)', url: `${server.origin}/` },
  { name: '(fixture iframe)', url: `${server.origin}/fixture/iframe.html` },
];
if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.includes(p.name)));
if (corpusPages().length === 0) console.log('(../shared/pages is absent: demo stories only)');

const withExt = await launch(true);
const plain = await launch(false);
const rows = [];
const others = [];
try {
  for (const p of pages) {
    const started = Date.now();
    const content = [];
    const base = [];
    for (let i = 0; i < runs; i++) {
      const url = `${p.url}?bench=${i}`;
      content.push(await contentRun(withExt.browser, url));
      base.push(await baselineRun(plain.browser, url));
    }
    process.stderr.write(`  ${p.name}: ${Date.now() - started} ms\n`);
    const pick = (k) => median(content.map((m) => m[k]));
    const row = {
      name: p.name,
      cost: pick('cost'),
      costP95: p95(content.map((m) => m.cost)),
      evaluation: firefox ? '-' : pick('evaluation'),
      maxTask: firefox ? '-' : Math.max(...content.map((m) => m.maxTask)),
      total: pick('total'),
      gate: pick('gate'),
      serialize: pick('serialize'),
      request: pick('request'),
      place: pick('place'),
      paint: pick('paint'),
      offPage: pick('offPage'),
      inPage: content.some((m) => m.inPage !== null) ? 'yes' : '',
      analyze: pick('analyze'),
      baseline: base.every((b) => b !== null) ? median(base) : NaN,
    };
    row.ratio = row.cost / row.baseline;
    if (content.every((m) => m.article) && Number.isFinite(row.baseline)) rows.push(row);
    else others.push(row);
  }
} finally {
  await withExt.close();
  await plain.close();
  await server.close();
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const browserName = firefox ? 'Firefox' : 'Chromium';
console.log(`content script cost on the page's main thread per page in ${browserName} (${runs} cold loads each; ms)`);
console.log(
  firefox
    ? '(cost: the User Timing busy steps (gate + serialize + req + place + paint [+ in-page parse]); evaluation not measurable here)'
    : "(cost: trace-attributed main-thread time of the extension's scripts (eval.: evaluation and compile of content.js and its modules) united with its busy steps; max task: longest task holding any of it)",
);
console.log(
  "(off-page: the parse in the offscreen document / background page, not the page's; engine: analyze() in the background; baseline: the stock clone + parse in the page)",
);
const cols = [
  ['cost med', 'cost', 1],
  ['p95', 'costP95', 1],
  ['eval.', 'evaluation', 1],
  ['max task', 'maxTask', 1],
  ['gate', 'gate', 1],
  ['serial.', 'serialize', 1],
  ['req', 'request', 1],
  ['place', 'place', 1],
  ['paint', 'paint', 1],
  ['off-page', 'offPage', 1],
  ['engine', 'analyze', 1],
  ['baseline', 'baseline', 1],
  ['ratio', 'ratio', 2],
  ['in-page', 'inPage', 0],
];
const header = `${pad('page', 30)}${cols.map(([h]) => lpad(h, Math.max(7, h.length + 1))).join('')}`;
const line = (r) => `${pad(r.name.slice(0, 29), 30)}${cols.map(([h, k, d]) => lpad(f(r[k], d), Math.max(7, h.length + 1))).join('')}`;
console.log(header);
for (const r of rows) console.log(line(r));
if (others.length) {
  console.log('\nnot articles (gated out):');
  for (const r of others) console.log(line(r));
}
const ratios = rows.map((r) => r.ratio);
const worstTask = firefox ? NaN : Math.max(...[...rows, ...others].map((r) => r.maxTask));
const worstOther = Math.max(...others.map((r) => r.cost));
console.log(
  `\n${browserName}: content script / Readability's stock parse: median ${f(median(ratios), 2)}x, p95 ${f(p95(ratios), 2)}x over ${rows.length} articles; target <= ${TARGET}x at the median: ${median(ratios) <= TARGET ? 'met' : 'NOT met'}`,
);
if (!firefox)
  console.log(
    `longest task holding content-script work: ${f(worstTask, 1)} ms (target <= ${LONG_TASK}): ${worstTask <= LONG_TASK ? 'met' : 'NOT met'}`,
  );
console.log(
  `pages that are not articles: at most ${f(worstOther, 2)} ms (target <= ${NOT_ARTICLE_MS}): ${worstOther <= NOT_ARTICLE_MS ? 'met' : 'NOT met'}`,
);
