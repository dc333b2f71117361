#!/usr/bin/env node
// The browser part of `npm run bench`: everything the content script costs the page's main thread,
// per page, as a ratio to Readability's stock parse of the same page (measured in the same run).
//
//   node tools/bench-browser.mjs [--runs N] [--firefox] [--only a,b] [--floor]
//   BENCH_FLOOR_SCRIPT=file.js BENCH_FLOOR_ONLY=1 node tools/bench-browser.mjs --only '(demo index)'
//     an experiment: the floor alone, measured with that file as content.js (it must record the
//     sourcelight:total measure, as the floor's one line does)
//   BENCH_DIST=dir: the extension built in dir instead of dist/ (to compare two builds in turn)
//
// Chromium: each load is traced (CDP tracing). The content script's cost, on the page's renderer
// main thread, is every task that runs its code and none of the page's, whole (the evaluation and
// compile of content.js, the start-up script and the modules it imports past the gate, app.js and
// inpage.js; its listener, timer and idle calls, the replies to its messages, with the promise
// continuations, garbage collection and style or layout they bring), and, in a task shared with the
// page, the trace events naming its scripts and the busy steps it records as User Timing measures
// (gate, serialize, request, place, paint, in-page-parse). The waits (for the background, for idle
// time) are not in it. "attr.": the events and steps alone (the narrower measure used before).
// "max task": the longest main-thread task that holds any of it (the whole task); "own": the
// content script's share of the task where it is longest (the target is on this one).
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
// A growing article (tests/fixtures/pages/growing.html: a live article of N entries): one entry is
// appended after the first run; the re-run's cost on the main thread (from the append to the end
// of the re-run, the mutation watcher included) as a ratio to the first run's cost in the same
// load, and to Readability's stock parse of the page. "whole": re-runs that read the page whole
// again (serialised it) instead of reading only what changed. Target: ratio to the first run <= 0.2.
// Text snapshot (`--only text-snapshot` runs it alone, in a browser without the extension): the text
// nodes of the three largest pages of ../shared/pages and of their clone, listed by the XPath query
// "//text()" (shared/article-refs.ts textSnapshot) and by a TreeWalker over SHOW_TEXT (what stop 59
// tried instead, measured then in jsdom alone): the first call in a fresh load ("cold": each way in
// the loads where it runs first, the order alternating between loads; as in use, once per document)
// and again in the same load ("warm"); "list": the listing alone (extract.ts reads its items
// lazily), "+ read": with every item read once (html-article.ts looks its nodes up in order).
// Printed as ratios, walker / XPath, never asserted.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { corpusDir, corpusPages, startDemoServer } from './demo-server.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.BENCH_DIST ?? join(root, 'dist');
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
  'sourcelight:update',
];
/** the text-snapshot case's name (for --only), and how many warm calls of each way per load */
const SNAPSHOT_CASE = 'text-snapshot';
const SNAPSHOT_WARM = 20;
/** how many of the largest corpus pages the text-snapshot case measures */
const SNAPSHOT_PAGES = 3;
const GROWING_TARGET = 0.2;
const GROWING_SIZES = [300, 1000];
const GROWN_ENTRY = 'Russian Deputy Foreign Minister Sergei Ryabkov said the ministry had “contact” with the campaign before the election.';
const NEXT_ENTRY = 'Norway’s Magnus Carlsen said the match would be decided in the last games, and Peskov agreed.';

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/ is not built: run `node build.mjs --production` first');
  process.exit(1);
}
if (!existsSync(firefox ? FIREFOX : CHROMIUM)) {
  console.error(`${firefox ? 'Firefox' : 'Chromium'} is missing: npm run setup:browsers`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const GECKO_ID = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const FIREFOX_UUID = '6d1c4a5e-0b7f-4c1e-9a53-5e1b7a2c9f10';

async function launch(withExtension, dist = DIST) {
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
        args: [...CHROMIUM_ARGS],
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
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 30_000,
    });
    const worker = await target.worker();
    // polled: the worker's extension APIs may not be there yet when it is first reached
    for (let i = 0; i < 100; i++) {
      const ok = await worker
        .evaluate(() => (globalThis.chrome?.storage ? globalThis.chrome.storage.local.set({ debug: true }).then(() => true) : false))
        .catch(() => false);
      if (ok) break;
      if (i === 99) throw new Error('the service worker has no chrome.storage');
      await sleep(100);
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
 *
 * A task that runs the content script's code and none of the page's (its timers, idle callbacks,
 * message replies, module loads and evaluations, its listeners) counts whole: the promise
 * continuations it runs, the module evaluations, the garbage collection and the style or layout it
 * forces are its cost too, though the trace names no script for them. A task shared with the page
 * (a page's script, or the HTML parser, in it too) counts only the events naming the extension's
 * scripts and the busy steps. "attributed" is that narrower count for every task (the measure
 * before stop 20), for comparison.
 */
function traceCost(events, url, steps, window = [0, Infinity]) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) return null;
  const origin = nav.ts; // performance.now() 0, in trace microseconds
  // `window`: [from, to) in the page's performance.now() ms
  const inWindow = (e) => e.ts >= origin + window[0] * 1000 && e.ts < origin + window[1] * 1000;
  const onMain = (e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && inWindow(e);
  const scriptOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName;
  const own = (e) => /chrome-extension:\/\//.test(scriptOf(e) ?? '');
  // the page's own work: its scripts (any script event naming no extension script) and its parsing
  const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
  const pageWork = (e) => (SCRIPT_EVENTS.has(e.name) && scriptOf(e) !== undefined && !own(e)) || e.name === 'ParseHTML';
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
        `cpu ${((e.tdur ?? 0) / 1000).toFixed(2)} at ${((e.ts - origin) / 1000).toFixed(0)}`,
        scriptOf(e),
        e.args?.data?.functionName ?? '',
      );
  }
  const stepIntervals = steps
    .filter(([start]) => start >= window[0] && start < window[1])
    .map(([start, d]) => [origin + start * 1000, origin + (start + d) * 1000]);
  const narrow = [...attributed, ...stepIntervals];
  if (process.env.BENCH_DEBUG)
    for (const [start, d, name] of steps)
      if (d > 2 && start >= window[0] && start < window[1]) console.error(`  step ${name ?? ''} ${d.toFixed(1)} at ${start.toFixed(0)}`);
  const clip = (intervals, a, b) => intervals.filter(([x, y]) => x < b && y > a).map(([x, y]) => [Math.max(x, a), Math.min(y, b)]);
  // top-level tasks only (a task runner's task nests in the scheduler's)
  const tasks = [];
  let taskEnd = -Infinity;
  for (const t of main) {
    if ((t.name !== 'RunTask' && t.name !== 'ThreadControllerImpl::RunTask') || t.ts + t.dur <= taskEnd) continue;
    tasks.push(t);
    taskEnd = t.ts + t.dur;
  }
  const counted = []; // [start, end, cpu share]
  let maxTask = 0;
  // the content script's own time in one task (the longest): its share of the task that holds it
  let ownTask = 0;
  let i = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    while (i < main.length && main[i].ts < t.ts) i++;
    let mine = false;
    let shared = false;
    for (let j = i; j < main.length && main[j].ts < end; j++) {
      if (own(main[j])) mine = true;
      else if (pageWork(main[j])) shared = true;
    }
    const narrowHere = clip(narrow, t.ts, end);
    if (!mine && narrowHere.length === 0) continue;
    const part = shared ? narrowHere : [[t.ts, end]];
    const length = unionLength(part);
    if (length <= 0) continue;
    maxTask = Math.max(maxTask, t.dur / 1000);
    ownTask = Math.max(ownTask, length / 1000);
    // CPU: the task's thread time in the share of its wall time counted (on a loaded machine wall
    // time counts the time the thread waited for a core)
    counted.push({ part, cpu: t.dur > 0 ? ((t.tdur ?? t.dur) * length) / t.dur / 1000 : 0 });
    if (process.env.BENCH_DEBUG && t.dur > 20_000)
      console.error(
        `  task ${(t.dur / 1000).toFixed(1)} ms at ${((t.ts - origin) / 1000).toFixed(0)}${shared ? ' (shared with the page)' : ''}: the content script's ${(length / 1000).toFixed(1)} ms`,
      );
  }
  // steps outside any traced task (none expected) still count
  const all = [...counted.flatMap((c) => c.part), ...narrow];
  return {
    cost: unionLength(all) / 1000,
    attributed: unionLength(narrow) / 1000,
    cpu: counted.reduce((a, c) => a + c.cpu, 0),
    evaluation,
    maxTask,
    ownTask,
  };
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
        // a step measured in slices or parts (serialize, request): all of them
        const sum = (n) => {
          const all = performance.getEntriesByName(n, 'measure');
          return all.length ? all.reduce((a, e) => a + e.duration, 0) : null;
        };
        const steps = performance
          .getEntriesByType('measure')
          .filter((e) => busy.includes(e.name))
          .map((e) => [e.startTime, e.duration, e.name]);
        return {
          total: get('sourcelight:total'),
          steps,
          gate: get('sourcelight:gate'),
          serialize: sum('sourcelight:serialize'),
          request: sum('sourcelight:request'),
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

const measuresOf = (page) =>
  page.evaluate(
    (busy) => ({
      totals: performance.getEntriesByName('sourcelight:total', 'measure').length,
      steps: performance
        .getEntriesByType('measure')
        .filter((e) => busy.includes(e.name))
        .map((e) => [e.startTime, e.duration, e.name]),
    }),
    BUSY_STEPS,
  );

/**
 * A growing article: the first run's cost, then one entry appended and the re-run's cost (from the
 * append to the end of the re-run: the mutation watcher's work is in it), on one load of `url`.
 */
async function growingRun(browser, url) {
  const page = await localPage(browser);
  try {
    if (!firefox) await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'load' });
    const until = async (n) => {
      const deadline = Date.now() + 60_000;
      while ((await measuresOf(page)).totals < n) {
        if (Date.now() > deadline) throw new Error(`no sourcelight:total measure #${n} on ${url}`);
        await sleep(50);
      }
      await sleep(300); // the report and the last callbacks
    };
    await until(1);
    const append = (text) =>
      page.evaluate((t) => {
        const at = performance.now();
        window.__grow(t);
        return at;
      }, text);
    const appended = await append(GROWN_ENTRY);
    await until(2);
    const second = await append(NEXT_ENTRY);
    await until(3);
    const { steps } = await measuresOf(page);
    const within = (from, to) => steps.filter(([start]) => start >= from && start < to);
    const sum = (xs) => xs.reduce((a, [, d]) => a + d, 0);
    const rerun = within(appended, Infinity);
    const whole = rerun.some(([, , name]) => name === 'sourcelight:serialize' || name === 'sourcelight:in-page-parse');
    const byStep = (name) => sum(within(second, Infinity).filter(([, , n]) => n === `sourcelight:${name}`));
    const detail = { update: byStep('update'), request: byStep('request'), place: byStep('place'), paint: byStep('paint'), whole };
    if (firefox) {
      const [first, next, last] = [within(0, appended), within(appended, second), within(second, Infinity)].map(sum);
      return { first, rerun: next, next: last, ...detail };
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const [a, b, c] = [
      [0, appended],
      [appended, second],
      [second, Infinity],
    ].map((w) => traceCost(trace, url, steps, w));
    if (!a || !b || !c) {
      console.error(`  (no navigation of ${url} in the trace: this run left out)`);
      return null;
    }
    return { first: a.cost, rerun: b.cost, next: c.cost, cpuFirst: a.cpu, cpuRerun: b.cpu, cpuNext: c.cpu, ...detail };
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

/**
 * The text-snapshot case (see the header): one fresh load of `url`; both ways of listing the text
 * nodes of the live document and of its clone, `walkerFirst` deciding which runs first cold.
 * Returns ms per way: { cold: {list, read}, warm: {list, read} } (warm: per call, the median of three
 * blocks of SNAPSHOT_WARM calls).
 */
async function snapshotRun(browser, url, walkerFirst) {
  const page = await localPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(
      (walkerFirst, warm) => {
        const SHOW_TEXT = 4;
        const ORDERED_SNAPSHOT = 7;
        // XPath: shared/article-refs.ts textSnapshot; walker: what stop 59 put in its place
        const ways = {
          walker: (doc) => {
            const nodes = [];
            const w = doc.createTreeWalker(doc, SHOW_TEXT);
            for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
            return { snapshotLength: nodes.length, snapshotItem: (i) => nodes[i] ?? null };
          },
          xpath: (doc) => doc.evaluate('//text()', doc, null, ORDERED_SNAPSHOT, null),
        };
        const clone = document.cloneNode(true);
        const once = (way) => {
          const t0 = performance.now();
          const lists = [ways[way](clone), ways[way](document)];
          const t1 = performance.now();
          let seen = 0;
          for (const s of lists) for (let i = 0; i < s.snapshotLength; i++) if (s.snapshotItem(i)) seen++;
          return { list: t1 - t0, read: performance.now() - t0, nodes: seen };
        };
        const order = walkerFirst ? ['walker', 'xpath'] : ['xpath', 'walker'];
        const cold = {};
        for (const way of order) cold[way] = once(way);
        // warm: blocks of `warm` calls timed whole (a single call is near the timer's resolution), alternating
        const block = (way, read) => {
          const t0 = performance.now();
          for (let k = 0; k < warm; k++) {
            const lists = [ways[way](clone), ways[way](document)];
            if (read) for (const s of lists) for (let i = 0; i < s.snapshotLength; i++) s.snapshotItem(i);
          }
          return (performance.now() - t0) / warm;
        };
        const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const runs = { walker: { list: [], read: [] }, xpath: { list: [], read: [] } };
        for (let i = 0; i < 3; i++)
          for (const way of i % 2 ? order : [...order].reverse())
            for (const k of ['list', 'read']) runs[way][k].push(block(way, k === 'read'));
        const warmOf = (way) => ({ list: med(runs[way].list), read: med(runs[way].read) });
        return {
          nodes: cold.walker.nodes === cold.xpath.nodes ? cold.walker.nodes : `${cold.walker.nodes} / ${cold.xpath.nodes}`,
          walker: { cold: cold.walker, warm: warmOf('walker') },
          xpath: { cold: cold.xpath, warm: warmOf('xpath') },
        };
      },
      walkerFirst,
      SNAPSHOT_WARM,
    );
  } finally {
    await page.close();
  }
}

/** The text-snapshot case on the largest corpus pages: prints each way's medians and the ratio walker / XPath. */
async function snapshotCase(browser) {
  const largest = corpusPages()
    .map((name) => ({ name, bytes: statSync(join(corpusDir, name, 'source.html')).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, SNAPSHOT_PAGES);
  if (largest.length === 0) return console.log('\ntext snapshot: ../shared/pages is absent, not measured');
  console.log(
    `\ntext snapshot in ${firefox ? 'Firefox' : 'Chromium'}: the text nodes of a page and of its clone, listed by a TreeWalker (tried at stop 59) and by XPath "//text()" (textSnapshot); ms, median of ${runs} loads (cold: the first call in a load, of the loads where that way runs first; warm: per call, in blocks of ${SNAPSHOT_WARM})`,
  );
  const heads = ['cold list', 'cold + read', 'warm list', 'warm + read'];
  console.log(`${pad('page (walker ms / XPath ms = ratio)', 40)}${heads.map((h) => lpad(h, 22)).join('')}`);
  for (const p of largest) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await snapshotRun(browser, `${server.origin}/corpus/${p.name}/?snapshot=${i}`, i % 2 === 0));
    if (process.env.BENCH_DEBUG)
      for (const [i, r] of all.entries())
        console.log(
          `  ${p.name} load ${i} (${i % 2 === 0 ? 'walker' : 'XPath'} first, cold): walker ${f(r.walker.cold.list, 2)} / ${f(r.walker.cold.read, 2)}, XPath ${f(r.xpath.cold.list, 2)} / ${f(r.xpath.cold.read, 2)}`,
        );
    // cold: each way only in the loads where it ran first (the one that runs second finds the page's
    // node wrappers made, its code warmer): as in use, where one of them runs once per document
    const first = (way, i) => (way === 'walker') === (i % 2 === 0);
    const pick = (way, when, k) => median(all.filter((_, i) => when === 'warm' || first(way, i)).map((r) => r[way][when][k]));
    const cells = [];
    for (const when of ['cold', 'warm'])
      for (const k of ['list', 'read']) {
        const w = pick('walker', when, k);
        const x = pick('xpath', when, k);
        cells.push(lpad(`${f(w, 2)} / ${f(x, 2)} = ${f(w / x, 2)}`, 22));
      }
    console.log(`${pad(`${p.name} (${f(p.bytes / 1e6, 2)} MB, ${all[0].nodes} nodes)`, 40)}${cells.join('')}`);
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
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
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

/**
 * --floor: the same extension with a content script that does nothing but record its end, loaded on
 * the pages that are not articles: what any content script costs the page here (the browser's
 * injection), the floor under the not-article figures.
 */
async function floorRun() {
  const dir = mkdtempSync(join(tmpdir(), 'sl-floor-'));
  cpSync(DIST, dir, { recursive: true });
  const script = process.env.BENCH_FLOOR_SCRIPT;
  writeFileSync(
    join(dir, 'content.js'),
    script ? readFileSync(script, 'utf8') : "performance.measure('sourcelight:total', { start: performance.now(), duration: 0 });\n",
  );
  const b = await launch(true, dir);
  try {
    const out = [];
    for (const p of pages.filter((x) => x.name.startsWith('('))) {
      const ms = [];
      const cpu = [];
      for (let i = 0; i < runs; i++) {
        const m = await contentRun(b.browser, `${p.url}?floor=${i}`);
        ms.push(m.cost);
        cpu.push(m.cpu);
      }
      out.push(`${p.name} ${f(median(ms), 1)} ms (cpu ${f(median(cpu), 1)} ms)`);
    }
    console.log(`\nfloor: a content script that does nothing, on the pages that are not articles (median of ${runs}): ${out.join(', ')}`);
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_FLOOR_ONLY) {
  await floorRun();
  process.exit(0);
}
if (only?.length === 1 && only[0] === SNAPSHOT_CASE) {
  const b = await launch(false);
  try {
    await snapshotCase(b.browser);
  } finally {
    await b.close();
    await server.close();
  }
  process.exit(0);
}
const withExt = await launch(true);
const plain = await launch(false);
const rows = [];
const others = [];
const growing = [];
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
      attributed: firefox ? '-' : pick('attributed'),
      evaluation: firefox ? '-' : pick('evaluation'),
      maxTask: firefox ? '-' : Math.max(...content.map((m) => m.maxTask)),
      ownTask: firefox ? '-' : Math.max(...content.map((m) => m.ownTask)),
      cpu: firefox ? '-' : pick('cpu'),
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
  for (const size of GROWING_SIZES) {
    const name = `growing-${size}`;
    if (only && !only.includes(name)) continue;
    const started = Date.now();
    const g = [];
    const base = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const url = `${server.origin}/fixture/growing.html?paras=${size}&bench=${i}`;
      const m = await growingRun(withExt.browser, url);
      if (!m) continue;
      g.push(m);
      base.push(await baselineRun(plain.browser, url));
    }
    if (g.length === 0) continue;
    process.stderr.write(`  ${name}: ${Date.now() - started} ms\n`);
    const pick = (k) => median(g.map((m) => m[k]));
    growing.push({
      name,
      first: pick('first'),
      rerun: pick('rerun'),
      update: pick('update'),
      request: pick('request'),
      place: pick('place'),
      paint: pick('paint'),
      whole: `${g.filter((m) => m.whole).length}/${g.length}`,
      baseline: median(base),
      next: pick('next'),
      ratio: median(g.map((m) => m.rerun / m.first)),
      nextRatio: median(g.map((m) => m.next / m.first)),
      cpuFirst: pick('cpuFirst'),
      cpuRerun: pick('cpuRerun'),
      cpuNext: pick('cpuNext'),
      cpuNextRatio: median(g.map((m) => m.cpuNext / m.cpuFirst)),
    });
  }
  if (args.includes('--floor') && !firefox) await floorRun();
  if (!only || only.includes(SNAPSHOT_CASE)) await snapshotCase(plain.browser);
} finally {
  await withExt.close();
  await plain.close();
  await server.close();
}

const browserName = firefox ? 'Firefox' : 'Chromium';
console.log(`content script cost on the page's main thread per page in ${browserName} (${runs} cold loads each; ms)`);
console.log(
  firefox
    ? '(cost: the User Timing busy steps (gate + serialize + req + place + paint [+ in-page parse]); evaluation not measurable here)'
    : "(cost: the page's main-thread tasks that run the content script's code alone, whole, and in tasks shared with the page the trace events naming its scripts and its busy steps; attr.: those events and steps alone in every task (the measure before stop 20); eval.: evaluation and compile of content.js and its modules; max task: longest task holding any of it; own: the content script's share of its longest task; cpu: main-thread CPU time of the cost)",
);
console.log(
  "(off-page: the parse in the offscreen document / background page, not the page's; engine: analyze() in the background; baseline: the stock clone + parse in the page)",
);
const cols = [
  ['cost med', 'cost', 1],
  ['p95', 'costP95', 1],
  ['attr.', 'attributed', 1],
  ['eval.', 'evaluation', 1],
  ['max task', 'maxTask', 1],
  ['own', 'ownTask', 1],
  ['cpu', 'cpu', 1],
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
/** A table's header and row printer for columns [heading, key, decimals]. */
const table = (columns) => ({
  header: `${pad('page', 30)}${columns.map(([h]) => lpad(h, Math.max(7, h.length + 1))).join('')}`,
  line: (r) => `${pad(r.name.slice(0, 29), 30)}${columns.map(([h, k, d]) => lpad(f(r[k], d), Math.max(7, h.length + 1))).join('')}`,
});
if (rows.length || others.length) {
  const { header, line } = table(cols);
  console.log(header);
  for (const r of rows) console.log(line(r));
  if (others.length) {
    console.log('\nnot articles (gated out):');
    for (const r of others) console.log(line(r));
  }
}
if (growing.length) {
  console.log(
    `\ngrowing article: one entry appended after the first run, then another; each re-run's main-thread cost (ms, median; "re-run" also leads the article's nodes back once, "next" is the steady state)`,
  );
  if (!firefox)
    console.log(
      "(cpu: the page's main thread's CPU time in those intervals, from the trace: wall time on a loaded machine counts waits for a core)",
    );
  const gcols = [
    ['first', 'first', 1],
    ['re-run', 'rerun', 1],
    ['next', 'next', 1],
    ['update', 'update', 1],
    ['req', 'request', 1],
    ['place', 'place', 1],
    ['paint', 'paint', 1],
    ['whole', 'whole', 0],
    ['baseline', 'baseline', 1],
    ['/first', 'ratio', 2],
    ['next/first', 'nextRatio', 2],
    ['/baseline', 'toBaseline', 2],
    ...(firefox
      ? []
      : [
          ['cpu first', 'cpuFirst', 1],
          ['cpu re-run', 'cpuRerun', 1],
          ['cpu next', 'cpuNext', 1],
          ['cpu next/first', 'cpuNextRatio', 2],
        ]),
  ];
  for (const r of growing) r.toBaseline = r.next / r.baseline;
  const { header, line } = table(gcols);
  console.log(header);
  for (const r of growing) console.log(line(r));
  const worst = Math.max(...growing.map((r) => r.nextRatio));
  console.log(
    `${browserName}: a re-run after one appended entry / the first run: at most ${f(worst, 2)}x (target <= ${GROWING_TARGET}x): ${worst <= GROWING_TARGET ? 'met' : 'NOT met'}`,
  );
}
if (rows.length === 0 && others.length === 0) process.exit(0);
const ratios = rows.map((r) => r.ratio);
const worstTask = firefox ? NaN : Math.max(...[...rows, ...others].map((r) => r.maxTask));
const worstOwn = firefox ? NaN : Math.max(...[...rows, ...others].map((r) => r.ownTask));
const worstOther = Math.max(...others.map((r) => r.cost));
console.log(
  `\n${browserName}: content script / Readability's stock parse: median ${f(median(ratios), 2)}x, p95 ${f(p95(ratios), 2)}x over ${rows.length} articles; target <= ${TARGET}x at the median: ${median(ratios) <= TARGET ? 'met' : 'NOT met'}`,
);
if (!firefox)
  console.log(
    `longest task holding content-script work: ${f(worstTask, 1)} ms, of which the content script's: ${f(worstOwn, 1)} ms (target <= ${LONG_TASK}): ${worstOwn <= LONG_TASK ? 'met' : 'NOT met'}`,
  );
console.log(
  `pages that are not articles: at most ${f(worstOther, 2)} ms (target <= ${NOT_ARTICLE_MS}): ${worstOther <= NOT_ARTICLE_MS ? 'met' : 'NOT met'}`,
);
