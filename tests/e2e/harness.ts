/**
 * End-to-end harness: real headless Chromium and Firefox ESR with the built extension (dist/),
 * driven by puppeteer-core. One browser per test file; the two browsers run one after the other.
 *
 * A missing browser fails with the one command that installs it; it never skips.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { CHROMIUM_ARGS } from '../../tools/chromium-args.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(repoRoot, 'dist');
export const artifactsDir = join(repoRoot, 'artifacts');

export type BrowserName = 'chromium' | 'firefox';
export const browserNames: BrowserName[] = ['chromium', 'firefox'];

export const CHROMIUM_PATH = process.env['SOURCELIGHT_CHROMIUM'] ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env['SOURCELIGHT_FIREFOX'] ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Pinned so that moz-extension:// URLs are known in advance. */
export const FIREFOX_UUID = '7b1f7a57-5d2e-4c1e-9a37-50c1a1e9d0a1';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** origin of the extension's pages: chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  /** opens an extension page (e.g. 'popup.html?tab=3') in a new tab and waits until it has rendered `readySelector` */
  openExtensionPage(path: string, readySelector?: string): Promise<Page>;
  /** errors the extension logged (background, content scripts, pages) */
  extensionErrors: string[];
  /**
   * Stops the extension's background (Chromium: its service worker; Firefox: its event page, as
   * about:debugging's "Terminate background script" does) and resolves once it is stopped; the
   * browser starts it again on the next event.
   */
  stopBackground(): Promise<void>;
  /**
   * Lets the extension run in private windows, as the reader would in the browser's extension
   * settings (Chromium: "Allow in Incognito", which needs developer mode for an unpacked extension;
   * Firefox: "Run in Private Windows"). The extension is reloaded: its pages close, its storage stays.
   */
  allowPrivateWindows(): Promise<void>;
  close(): Promise<void>;
}

function requireBrowser(name: BrowserName): string {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed (${path} is missing). Install it with: npm run setup:browsers ` +
        `(runs: apt-get update && apt-get install -y --no-install-recommends chromium firefox-esr fonts-dejavu-core)`,
    );
  }
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error('dist/ is not built: run `node build.mjs --production` first');
  return path;
}

export interface LaunchOptions {
  darkMode?: boolean;
  /**
   * The extension's debug switch (src/shared/debug.ts, default on), which opens the host's shadow
   * root (marked `data-sourcelight`) so that the tests can read the card. The tests of what a page
   * can reach launch with it off, as the extension ships.
   */
  debug?: boolean;
  /**
   * Chromium: the background service worker's console errors go into `extensionErrors` (default
   * on). That keeps a DevTools session attached to the worker, and Chromium holds a worker that
   * restarts under an attached session at its start, waiting for the debugger: the tests that stop
   * the worker launch with it off, so that it restarts as it does for a reader.
   */
  workerConsole?: boolean;
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const eb = await (name === 'chromium' ? launchChromium(opts) : launchFirefox(opts));
  if (opts.debug ?? true) await setDebug(eb, true);
  return eb;
}

export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/** What a test file's describe block works with: set by its beforeAll, so read the fields inside the tests. */
export interface Suite {
  /** the demo server (stories, fixtures, the corpus), on a free port */
  server: DemoServer;
  eb: ExtensionBrowser;
  /** an extension page kept open (popup.html?probe=1) to read the background's state and send messages, its API ready */
  probe: Page;
}

/**
 * Registers, in the calling describe block, the usual setup: the demo server, the browser with the
 * extension (launch's options) and a probe page, before the tests; both closed after them.
 */
export function extensionSuite(name: BrowserName, opts: LaunchOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startDemoServer();
    suite.eb = await launch(name, opts);
    suite.probe = await openProbePage(suite.eb);
  });
  afterAll(async () => {
    await suite.eb?.close();
    await suite.server?.close();
  });
  return suite;
}

/** An extension page for probing, once the extension's API is there (Firefox adds it a moment after the page's body). */
export async function openProbePage(eb: ExtensionBrowser): Promise<Page> {
  const page = await eb.openExtensionPage('popup.html?probe=1', 'body');
  await pollFor(page, () => Boolean((globalThis as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime), undefined);
  return page;
}

/** Turns the debug switch on or off (storage.local, through an extension page); content scripts read it when they start. */
export async function setDebug(eb: ExtensionBrowser, on: boolean): Promise<void> {
  const page = await eb.openExtensionPage('popup.html?probe=1', 'body');
  try {
    // polled: Firefox's page can still be about:blank when its body is found
    await pollFor(
      page,
      async (value) => {
        type Api = { storage: { local: { set(v: object): Promise<void> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = g.browser ?? g.chrome;
        if (!api?.storage) return false;
        await api.storage.local.set({ debug: value });
        return true;
      },
      on,
    );
  } finally {
    await page.close();
  }
}

async function launchChromium(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser('chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'sl-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [distDir],
    args: [
      ...CHROMIUM_ARGS,
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      ...(opts.darkMode ? ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'] : []),
    ],
  });
  const extensionErrors: string[] = [];
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 30_000,
  });
  const extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())?.[0] ?? '';
  const extensionId = extensionOrigin.slice('chrome-extension://'.length);
  if (opts.workerConsole ?? true) {
    const sw = await worker.worker();
    sw?.on('console', (m) => {
      if (m.type() === 'error') extensionErrors.push(`background: ${m.text()}`);
    });
  }
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    extensionErrors,
    async openExtensionPage(path, readySelector = 'body') {
      const page = await browser.newPage();
      trackPageErrors(page, extensionErrors);
      if (opts.darkMode) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(`${extensionOrigin}/${path}`);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return page;
    },
    async stopBackground() {
      const isWorker = (t: Target): boolean => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin);
      const running = browser.targets().filter(isWorker);
      if (running.length === 0) throw new Error('the service worker is not running');
      for (const t of running) await (await t.worker())?.close();
      const deadline = Date.now() + 15_000;
      while (browser.targets().some((t) => running.includes(t))) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async allowPrivateWindows() {
      const page = await browser.newPage();
      try {
        await page.goto('chrome://extensions');
        await page.evaluate(async (id) => {
          type DeveloperPrivate = {
            updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
            updateExtensionConfiguration(c: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
          };
          const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
          // without developer mode, Chromium disables an unpacked extension when it reloads
          await dp.updateProfileConfiguration({ inDeveloperMode: true });
          await dp.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
        }, extensionId);
        // the extension reloads with the new setting
        await pollFor(
          page,
          async (id) => {
            type Info = { state: string; incognitoAccess: { isEnabled: boolean; isActive: boolean } };
            const dp = (globalThis as unknown as { chrome: { developerPrivate: { getExtensionInfo(id: string): Promise<Info> } } }).chrome
              .developerPrivate;
            const info = await dp.getExtensionInfo(id);
            return info.state === 'ENABLED' && info.incognitoAccess.isActive;
          },
          extensionId,
        );
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': opts.darkMode ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': opts.darkMode ? 0 : 1,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(distDir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const extensionErrors: string[] = [];
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    extensionErrors,
    async openExtensionPage(path, readySelector = 'body') {
      const page = await browser.newPage();
      trackPageErrors(page, extensionErrors);
      // goto on moz-extension:// loads the page but never resolves: start it and poll instead.
      void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      await pollFor(page, (sel) => document.querySelector(sel) !== null, readySelector);
      return page;
    },
    async stopBackground() {
      const state = await firefoxSystem<string>(
        browser,
        `(async () => {
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
          await extension.terminateBackground({ ignoreDevToolsAttached: true });
          return extension.backgroundState;
        })()`,
      );
      if (state !== 'stopped') throw new Error(`the event page did not stop (its state: ${state})`);
    },
    async allowPrivateWindows() {
      // what about:addons does for "Run in Private Windows: Allow": the permission, then a reload
      const allowed = await firefoxSystem<boolean>(
        browser,
        `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
          const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
          await ExtensionPermissions.add(addon.id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
          await addon.reload();
          return WebExtensionPolicy.getByID(addon.id)?.privateBrowsingAllowed === true;
        })()`,
      );
      if (!allowed) throw new Error('Firefox did not allow the extension in private windows');
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

type BidiSend = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;

/**
 * Evaluates `expression` in Firefox's browser window, with its privileges (WebDriver BiDi's chrome
 * scope, allowed by --remote-allow-system-access), for what only the browser's own settings can
 * do. The value must be a string, number or boolean.
 */
async function firefoxSystem<T extends string | number | boolean>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: { send: BidiSend } }).connection;
  const send: BidiSend = (method, params) => connection.send(method, params);
  const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result['contexts'] as Array<{ context: string; url: string }>;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no browser window among Firefox's chrome contexts (${contexts.map((c) => c.url).join(', ')})`);
  const { result } = await send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  if (result['type'] !== 'success') throw new Error(`in Firefox's chrome scope: ${JSON.stringify(result['exceptionDetails'] ?? result)}`);
  return (result['result'] as { value: T }).value;
}

function trackPageErrors(page: Page, into: string[]): void {
  page.on('pageerror', (e) => into.push(`page ${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`console ${page.url()}: ${m.text()}`);
  });
}

/** Reloads an extension page (reload on moz-extension:// never resolves) and waits for `readySelector` in the new document. */
export async function reloadExtensionPage(page: Page, readySelector = 'body'): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __slStale?: boolean }).__slStale = true;
  });
  void page.reload().catch(() => undefined);
  await pollFor(
    page,
    (sel) =>
      !(window as unknown as { __slStale?: boolean }).__slStale &&
      document.readyState !== 'loading' &&
      document.querySelector(sel) !== null,
    readySelector,
  );
}

/**
 * Polls `fn` in the page with `page.evaluate` until it returns a truthy value (waitForFunction is
 * blocked by extension pages' CSP in Firefox ESR). Returns that value.
 */
export async function pollFor<A, R>(page: Page, fn: (arg: A) => R, arg: A, timeoutMs = 15_000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- puppeteer flattens handles; A is plain data here
      const value = (await page.evaluate(fn as any, arg)) as R;
      if (value) return value;
    } catch (e) {
      lastError = e; // navigation in progress
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${fn.toString().slice(0, 120)}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The tab id under which the background holds the content script's report for `url` (read from
 * storage.session through an extension page). Resolves only once the report has arrived.
 */
export async function tabIdOf(eb: ExtensionBrowser, url: string): Promise<number> {
  const page = await eb.openExtensionPage('popup.html?probe=1', 'body');
  try {
    const id = await pollFor(
      page,
      async (u) => {
        type Api = { storage: { session: { get(k: null): Promise<Record<string, { url?: string }>> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const all = await (g.browser ?? (g.chrome as Api)).storage.session.get(null);
        const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.url === u);
        return key ? Number(key.slice(4)) : null;
      },
      url,
    );
    return id as number;
  } finally {
    await page.close();
  }
}

/** Writes a screenshot into artifacts/<sub>/<name>.png (front tab only is painted). */
export async function screenshot(page: Page, sub: string, name: string): Promise<string> {
  const dir = join(artifactsDir, sub);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.bringToFront();
  const size = await page.evaluate(() => ({
    w: document.documentElement.clientWidth || 800,
    h: Math.min(document.documentElement.scrollHeight || 600, 1600),
  }));
  await page.screenshot({
    path: file as `${string}.png`,
    clip: { x: 0, y: 0, width: Math.max(320, size.w), height: Math.max(200, size.h) },
  });
  return file;
}
