#!/usr/bin/env node
// `npm start`: builds Sourcelight, serves the bundled demo stories on 127.0.0.1 and opens a
// browser with the extension loaded on them.
//
//   npm start                          Firefox ESR (web-ext run), or Chromium with --browser chromium
//   npm start -- --browser chromium
//   npm start -- --headless            headless Chromium: screenshots of each story page, its open
//                                      card and the popup into artifacts/start/, and a summary
//   npm start -- --port 8080           the demo server's port (default: 8080, or a free one)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium';
const FIREFOX = process.env.SOURCELIGHT_FIREFOX ?? '/usr/bin/firefox-esr';

function build() {
  const r = spawnSync(process.execPath, [join(root, 'build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function serve() {
  const wanted = Number(option('--port', '8080'));
  try {
    return await startDemoServer({ port: wanted });
  } catch {
    return startDemoServer({ port: 0 });
  }
}

function requireBrowser(path, name) {
  if (!existsSync(path)) {
    console.error(`${name} is not installed (${path}). Install the browsers with: npm run setup:browsers`);
    process.exit(2);
  }
}

async function interactive(server) {
  const browser = option('--browser', 'firefox');
  const urls = server.stories.map((s) => server.storyUrl(s.id));
  const webExt = join(root, 'node_modules', '.bin', 'web-ext');
  const common = ['run', '--source-dir', join(root, 'dist'), '--no-config-discovery', '--no-reload'];
  const startUrls = [`${server.origin}/`, ...urls].flatMap((u) => ['--start-url', u]);
  const args =
    browser === 'chromium'
      ? (requireBrowser(CHROMIUM, 'Chromium'),
        [...common, '--target', 'chromium', '--chromium-binary', CHROMIUM, '--args=--no-sandbox', ...startUrls])
      : (requireBrowser(FIREFOX, 'Firefox ESR'), [...common, '--target', 'firefox-desktop', '--firefox', FIREFOX, ...startUrls]);
  console.log(`Opening ${browser} with Sourcelight on ${server.origin}/ (Ctrl+C to stop)`);
  const child = spawn(webExt, args, { stdio: 'inherit' });
  const stop = async () => {
    child.kill('SIGTERM');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  child.on('exit', async (code) => {
    await server.close();
    process.exit(code ?? 0);
  });
}

/** Headless Chromium: every demo story, screenshots and a summary of what Sourcelight found. */
async function headless(server) {
  requireBrowser(CHROMIUM, 'Chromium');
  const { default: puppeteer } = await import('puppeteer-core');
  const out = join(root, 'artifacts', 'start');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'sl-start-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [join(root, 'dist')],
    args: [...CHROMIUM_ARGS],
  });
  const summary = [];
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 30_000,
    });
    const extOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())[0];
    const probe = await browser.newPage();
    await probe.goto(`${extOrigin}/popup.html?probe=1`);
    const reportFor = async (url) => {
      for (let i = 0; i < 150; i++) {
        const found = await probe.evaluate(async (u) => {
          const all = await globalThis.chrome.storage.session.get(null);
          // the report, and the analysis the background keeps for that tab and page
          for (const [k, v] of Object.entries(all)) {
            if (!k.startsWith('tab:') || v?.url !== u || v.status === 'analyzing') continue;
            const kept = all[`analysis:${k.slice(4)}`];
            return { tabId: Number(k.slice(4)), report: v, analysis: kept?.url === u ? kept.analysis : null };
          }
          return null;
        }, url);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    };
    for (const story of server.stories) {
      const url = server.storyUrl(story.id);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      const found = await reportFor(url);
      await page.bringToFront();
      await page.screenshot({ path: join(out, `${story.id}-page.png`) });
      // Open the card of the first highlighted person, if the page has one.
      const point = await page.evaluate(() => {
        const hl = globalThis.CSS?.highlights?.get('sourcelight-person');
        const range = hl ? [...hl][0] : null;
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      if (point) {
        await page.mouse.click(point.x, point.y);
        await new Promise((r) => setTimeout(r, 600));
        await page.screenshot({ path: join(out, `${story.id}-card.png`) });
      }
      if (found) {
        const popup = await browser.newPage();
        await popup.setViewport({ width: 420, height: 900 });
        await popup.goto(`${extOrigin}/popup.html?tab=${found.tabId}`);
        await new Promise((r) => setTimeout(r, 800));
        await popup.bringToFront();
        await popup.screenshot({ path: join(out, `${story.id}-popup.png`), fullPage: true });
        await popup.close();
      }
      const quotes = found?.analysis?.quotes ?? [];
      const bySpeaker = new Map();
      for (const q of quotes) bySpeaker.set(q.speaker.name, [...(bySpeaker.get(q.speaker.name) ?? []), q]);
      summary.push({
        story: story.id,
        url,
        status: found?.report?.status ?? 'no report',
        entities: (found?.analysis?.entities ?? []).map((e) => e.name),
        speakers: [...bySpeaker].map(([name, qs]) => ({ name, quotes: qs.map((q) => `[${q.kind}] ${q.text.slice(0, 90)}`) })),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
  writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  for (const s of summary) {
    console.log(`\n${s.story} (${s.status}) ${s.url}`);
    console.log(`  names: ${s.entities.join(', ') || '(none)'}`);
    for (const sp of s.speakers) {
      console.log(`  ${sp.name}: ${sp.quotes.length} quote(s)`);
      for (const q of sp.quotes) console.log(`    ${q}`);
    }
  }
  console.log(`\nScreenshots and summary.json written to ${relative(process.cwd(), out) || out}/`);
}

build();
const server = await serve();
console.log(`Demo stories on ${server.origin}/`);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (flag('--headless') || noDisplay) {
  if (!flag('--headless')) console.log('No display here: running headless (npm start -- --headless).');
  await headless(server);
} else {
  await interactive(server);
}
