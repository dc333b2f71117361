/**
 * The options page in real Chromium and Firefox: dataset facts; importing an extra dataset
 * (invalid: the validator's errors shown, data untouched; valid: merged and used at once by the
 * popup; removable); per-site overrides (add, edit, remove); categories; settings import (a file
 * that is not Sourcelight's refused, merge or replace, undo); axe.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { axeViolations } from './a11y';
import { browserNames, type ExtensionBrowser, launch, pollFor, reloadExtensionPage, repoRoot, screenshot, tabIdOf } from './harness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reaches into any field of the bundle
type Bundle = Record<string, any>;
const bundle = JSON.parse(readFileSync(join(repoRoot, 'build', 'data', 'bundle.json'), 'utf8')) as Bundle;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const EXTRA_HEADLINE = 'Test coverage: Peskov speaks to a test outlet';

/**
 * A small valid extra dataset: one story with one claim by a new person, one coverage item about
 * Peskov and Trump (related coverage needs two shared people, a shared event, topic or claim).
 */
function extraDataset(): Bundle {
  const b = clone(bundle);
  const known = b.entities.filter((e: { id: string }) => e.id === 'dmitry-peskov' || e.id === 'donald-trump');
  b.entities = [
    ...known,
    { id: 'jane-roe', type: 'person', name: 'Jane Roe', aliases: [], surnames: ['Roe'], roles: [], description: 'A test person.' },
  ];
  b.stories = [
    {
      ...bundle.stories[0],
      id: 'test-story',
      outlet: 'Test Outlet',
      url: 'https://test.example/story',
      entities: ['jane-roe'],
      events: [],
      topics: [],
    },
  ];
  const claim = {
    ...bundle.claims[0],
    id: 'test-story#hello',
    story: 'test-story',
    outlet: 'Test Outlet',
    text: 'hello there, readers',
    speaker: { name: 'Jane Roe', entityId: 'jane-roe' },
    topics: [],
  };
  delete claim.partOf;
  delete claim.summary;
  b.claims = [claim];
  b.relations = [];
  b.topics = [];
  b.coverage = [
    {
      ...bundle.coverage[0],
      id: 'test-coverage',
      outlet: 'Test Outlet',
      via: null,
      headline: EXTRA_HEADLINE,
      url: 'https://test.example/coverage',
      entities: ['dmitry-peskov', 'donald-trump'],
      events: [],
      topics: [],
    },
  ];
  b.build = { ...b.build, sourceHash: 'abcdef01' };
  return b;
}

const facts = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['stories', 'entities', 'claims', 'coverage'].map((k) => [
        k,
        Number(document.querySelector(`[data-testid="fact-${k}"]`)?.textContent),
      ]),
    ),
  );

const settingsNow = (page: Page) =>
  page.evaluate(async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { settings: unknown } }> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const r = await (g.browser ?? (g.chrome as Api)).runtime.sendMessage({ channel: 'sourcelight/1', kind: 'settings/get', payload: {} });
    return r.value.settings as { sites: Record<string, boolean>; categories: Record<string, boolean>; paused: boolean; mode: string };
  });

async function upload(page: Page, testId: string, file: string): Promise<void> {
  const input = (await page.$(`[data-testid="${testId}"]`)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

const feedback = (page: Page, testId: string, kind: 'ok' | 'error'): Promise<{ text: string; details: string[] }> =>
  pollFor<{ id: string; k: string }, { text: string; details: string[] } | null>(
    page,
    ({ id, k }) => {
      const el = document.querySelector(`[data-testid="${id}"][data-kind="${k}"]`);
      return el
        ? { text: el.querySelector('p')?.textContent ?? '', details: [...el.querySelectorAll('li')].map((li) => li.textContent ?? '') }
        : null;
    },
    { id: testId, k: kind },
  ) as Promise<{ text: string; details: string[] }>;

describe.each(browserNames)('options in %s', (name) => {
  let eb: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let options: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sl-options-'));
    server = await startDemoServer();
    eb = await launch(name);
    options = await eb.openExtensionPage('options.html', '[data-testid="dataset-facts"]');
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shipped = {
    stories: bundle.stories.length,
    entities: bundle.entities.length,
    claims: bundle.claims.length,
    coverage: bundle.coverage.length,
  };

  it('shows the facts of the bundled dataset', async () => {
    expect(await facts(options)).toEqual(shipped);
    expect(await options.$eval('[data-testid="fact-date"]', (d) => d.textContent)).toMatch(/2016/);
  });

  it('an invalid dataset file is refused with the validator errors, and the data is untouched', async () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"entities": [');
    await upload(options, 'dataset-file', notJson);
    const r1 = await feedback(options, 'dataset-feedback', 'error');
    expect(r1.text).toBe('broken.json is not a valid dataset; the current data is unchanged:');
    expect(r1.details[0]).toMatch(/^broken\.json: invalid JSON/);

    const dangling = extraDataset();
    dangling.coverage[0].entities = ['nobody-at-all'];
    const bad = join(dir, 'dangling.json');
    writeFileSync(bad, JSON.stringify(dangling));
    await upload(options, 'dataset-file', bad);
    await pollFor(
      options,
      () => document.querySelector('[data-testid="dataset-feedback"] li')?.textContent?.includes('nobody-at-all') === true,
      undefined,
    );
    const r2 = await feedback(options, 'dataset-feedback', 'error');
    expect(r2.details).toContain('dangling.json: coverage[0].entities[0]: unknown entity "nobody-at-all"');
    expect(await facts(options)).toEqual(shipped);
    expect(await options.$('[data-testid="dataset-extra"]')).toBeNull();
  });

  it('a 50 MB dataset file is refused with its size and the limit named; a corrupt stored dataset is reported', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `[${'0,'.repeat(25_000_000)}0]`);
    await upload(options, 'dataset-file', big);
    await pollFor(
      options,
      () => document.querySelector('[data-testid="dataset-feedback"] p')?.textContent?.startsWith('big.json') === true,
      undefined,
    );
    expect((await feedback(options, 'dataset-feedback', 'error')).text).toBe('big.json is 50 MB; the limit is 4 MB. Nothing was changed.');
    expect(await facts(options)).toEqual(shipped);

    const broken = extraDataset();
    broken.coverage[0].entities = ['nobody-at-all'];
    await options.evaluate(async (bundle) => {
      type Api = { storage: { local: { set(items: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.local.set({
        'dataset:extra': { name: 'broken.json', importedAt: '2026-01-01T00:00:00.000Z', bundle },
      });
    }, broken);
    await reloadExtensionPage(options, '[data-testid="dataset-facts"]');
    const problem = await pollFor(
      options,
      () => document.querySelector('[data-testid="dataset-stored-problem"]')?.textContent ?? '',
      undefined,
    );
    expect(problem).toContain('The stored extra dataset broken.json could not be read and is not in use');
    expect(problem).toContain('unknown entity "nobody-at-all"');
    expect(await facts(options)).toEqual(shipped);
    await options.click('[data-testid="dataset-stored-problem"] button');
    await pollFor(options, () => document.querySelector('[data-testid="dataset-stored-problem"]') === null, undefined);
  });

  it('a valid dataset file is merged and used at once by the popup, and can be removed', async () => {
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify(extraDataset()));
    await upload(options, 'dataset-file', file);
    await pollFor(
      options,
      () => document.querySelector('[data-testid="dataset-feedback"] p')?.textContent?.startsWith('extra.json') === true,
      undefined,
    );
    const ok = await feedback(options, 'dataset-feedback', 'ok');
    expect(ok.text).toBe('extra.json was imported and is in use.');
    expect(await facts(options)).toEqual({
      stories: shipped.stories + 1,
      entities: shipped.entities + 1,
      claims: shipped.claims + 1,
      coverage: shipped.coverage + 1,
    });
    expect(await options.$eval('[data-testid="dataset-extra"] p', (p) => p.textContent)).toMatch(/^Extra dataset in use: extra\.json/);

    // the popup of the AP story lists the imported coverage item (it is about Peskov and Trump)
    const url = server.storyUrl('ap-2016-11-10');
    const page = await eb.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(eb, url);
    const popup = await eb.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="state"]');
    const headlines = await pollFor(
      popup,
      () => {
        const items = [...document.querySelectorAll('[data-testid="coverage-item"] a')].map((a) => a.firstChild?.textContent ?? '');
        return items.length > 0 ? items : null;
      },
      undefined,
      30_000,
    );
    expect(headlines).toContain(EXTRA_HEADLINE);

    await options.bringToFront();
    await options.click('[data-testid="dataset-remove"]');
    await feedback(options, 'dataset-feedback', 'ok');
    await pollFor(options, () => document.querySelector('[data-testid="dataset-extra"]') === null, undefined);
    expect(await facts(options)).toEqual(shipped);
    await reloadPopup(popup);
    const after = await popup.$$eval('[data-testid="coverage-item"] a', (els) => els.map((a) => a.firstChild?.textContent ?? ''));
    expect(after).not.toContain(EXTRA_HEADLINE);
    expect(after.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('adds, edits and removes a site override', async () => {
    await options.bringToFront();
    await options.type('#add-site-input', 'not a site!');
    await options.click('.add-site button[type="submit"]');
    await pollFor(options, () => document.querySelector('.add-site + [role="alert"]')?.textContent ?? '', undefined);
    expect(await options.$eval('.add-site + [role="alert"]', (p) => p.textContent)).toBe(
      '“not a site!” is not a site name or web address.',
    );

    await options.$eval('#add-site-input', (i) => {
      (i as HTMLInputElement).value = '';
    });
    await options.type('#add-site-input', 'https://www.Example.com/news');
    await options.click('.add-site button[type="submit"]');
    await pollFor(options, () => document.querySelector('[data-testid="site-row"][data-site="example.com"]') !== null, undefined);
    // (the row is drawn when the change is made; the write to storage lands a moment later)
    await expectSoon(async () => JSON.stringify((await settingsNow(options)).sites), JSON.stringify({ 'example.com': false }));

    await options.select('[data-testid="site-row"][data-site="example.com"] select', 'on');
    await expectSoon(async () => (await settingsNow(options)).sites['example.com'], true);

    await options.click('[data-testid="site-row"][data-site="example.com"] button');
    await pollFor(options, () => document.querySelector('[data-testid="no-sites"]') !== null, undefined);
    await expectSoon(async () => JSON.stringify((await settingsNow(options)).sites), '{}');
  });

  it('switches a highlight category and the default mode', async () => {
    await options.click('[data-testid="category-people"]');
    await expectSoon(async () => (await settingsNow(options)).categories['people'], false);
    await options.click('[data-testid="mode-only-enabled"]');
    await expectSoon(async () => (await settingsNow(options)).mode, 'only-enabled');
    await options.click('[data-testid="category-people"]');
    await options.click('[data-testid="mode-everywhere"]');
    await expectSoon(
      async () => JSON.stringify(await settingsNow(options)),
      JSON.stringify({
        version: 2,
        mode: 'everywhere',
        paused: false,
        sites: {},
        categories: { people: true, organizations: true, places: true, quotations: true },
      }),
    );
  });

  it('imports settings from a JSON file (older versions migrated); a file that is not settings changes nothing', async () => {
    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'hello');
    await upload(options, 'settings-file', notJson);
    expect((await feedback(options, 'settings-feedback', 'error')).text).toBe('notes.json is not a JSON file; nothing was changed.');

    const list = join(dir, 'list.json');
    writeFileSync(list, '["a.com"]');
    await upload(options, 'settings-file', list);
    await pollFor(
      options,
      () => document.querySelector('[data-testid="settings-feedback"] p')?.textContent?.startsWith('list.json') === true,
      undefined,
    );
    expect((await feedback(options, 'settings-feedback', 'error')).text).toBe(
      'list.json does not hold Sourcelight settings; nothing was changed.',
    );

    const v1 = join(dir, 'old-settings.json');
    writeFileSync(v1, JSON.stringify({ version: 1, paused: false, disabledSites: ['www.bbc.co.uk', 'cnn.com'] }));
    await upload(options, 'settings-file', v1);
    expect((await feedback(options, 'settings-feedback', 'ok')).text).toBe('Settings imported from old-settings.json.');
    expect((await settingsNow(options)).sites).toEqual({ 'bbc.co.uk': false, 'cnn.com': false });
    expect(await options.$$eval('[data-testid="site-row"]', (r) => r.map((x) => x.getAttribute('data-site')))).toEqual([
      'bbc.co.uk',
      'cnn.com',
    ]);
  });

  it('an empty object or a dataset picked by mistake is refused and the sites are kept; merge keeps, replace replaces, undo restores', async () => {
    const before = await settingsNow(options);
    for (const [fileName, content] of [
      ['empty.json', '{}'],
      ['bundle.json', JSON.stringify(extraDataset())],
    ] as const) {
      const path = join(dir, fileName);
      writeFileSync(path, content);
      await upload(options, 'settings-file', path);
      await pollFor(
        options,
        (n) => document.querySelector('[data-testid="settings-feedback"] p')?.textContent?.startsWith(n) === true,
        fileName,
      );
      expect((await feedback(options, 'settings-feedback', 'error')).text).toBe(
        `${fileName} does not hold Sourcelight settings; nothing was changed.`,
      );
      expect(await settingsNow(options)).toEqual(before);
    }

    const other = join(dir, 'other.json');
    writeFileSync(
      other,
      JSON.stringify({
        kind: 'sourcelight-settings',
        version: 2,
        mode: 'everywhere',
        paused: false,
        sites: { 'new.com': true, 'cnn.com': true },
        categories: before.categories,
      }),
    );
    await upload(options, 'settings-file', other); // merge: the default
    await pollFor(
      options,
      () => document.querySelector('[data-testid="settings-feedback"] p')?.textContent?.includes('other.json') === true,
      undefined,
    );
    expect(await feedback(options, 'settings-feedback', 'ok')).toEqual({
      text: 'Settings imported from other.json.',
      details: ['Sites: 1 added, 1 changed, 0 removed.'],
    });
    expect((await settingsNow(options)).sites).toEqual({ 'bbc.co.uk': false, 'cnn.com': true, 'new.com': true });

    await options.click('[data-testid="settings-undo"]');
    await pollFor(
      options,
      () => document.querySelector('[data-testid="settings-feedback"] p')?.textContent === 'The settings from before the import are back.',
      undefined,
    );
    expect(await settingsNow(options)).toEqual(before);

    await options.click('[data-testid="import-replace"]');
    await upload(options, 'settings-file', other);
    await pollFor(
      options,
      () => document.querySelector('[data-testid="settings-feedback"] li')?.textContent === 'Sites: 1 added, 1 changed, 1 removed.',
      undefined,
    );
    expect((await settingsNow(options)).sites).toEqual({ 'cnn.com': true, 'new.com': true });
    await options.click('[data-testid="settings-undo"]');
    await pollFor(options, () => document.querySelector('[data-testid="settings-undo"]') === null, undefined);
    expect(await settingsNow(options)).toEqual(before);
    await options.click('[data-testid="import-merge"]');
  });

  it('exports the settings as a JSON file that imports back', async () => {
    const exported = await options.evaluate(async () => {
      const captured: Array<{ href: string; download: string }> = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        captured.push({ href: this.href, download: this.download });
      };
      try {
        (document.querySelector('[data-testid="settings-export"]') as HTMLButtonElement).click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      const [file] = captured;
      return file ? { download: file.download, text: await (await fetch(file.href)).text() } : null;
    });
    expect(exported?.download).toBe('sourcelight-settings.json');
    expect(JSON.parse(exported?.text ?? 'null')).toEqual({
      kind: 'sourcelight-settings',
      version: 2,
      mode: 'everywhere',
      paused: false,
      sites: { 'bbc.co.uk': false, 'cnn.com': false },
      categories: { people: true, organizations: true, places: true, quotations: true },
    });
  });

  it('axe: no violations (light), every control labelled; screenshot', async () => {
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, name, 'options-light');
  });

  it('the extension logged no error', () => {
    expect(eb.extensionErrors).toEqual([]);
  });
});

async function reloadPopup(popup: Page): Promise<void> {
  await reloadExtensionPage(popup, '[data-testid="state"]');
  await pollFor(popup, () => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') === 'done', undefined, 30_000);
}

async function expectSoon<T>(read: () => Promise<T>, want: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let got = await read();
  while (got !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  expect(got).toEqual(want);
}
