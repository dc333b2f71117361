import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  exportSettings,
  importSettings,
  isSettingsFile,
  MAX_SITES,
  settingsArea,
  isSettings,
  isSiteEnabled,
  normalizeHost,
  pageSite,
  parseSettings,
  type Settings,
  siteKeyFromInput,
  siteStatus,
  withSite,
} from '../../../src/shared/settings';

const make = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('isSiteEnabled', () => {
  const everywhere = make({ sites: { 'example.com': false, 'news.example.com': true, 'blog.example.org': false } });
  const onlyEnabled = make({ mode: 'only-enabled', sites: { 'example.com': true, 'sport.example.com': false } });
  const cases: Array<[string, Settings, string, boolean]> = [
    ['default on, no override', make(), 'https://apnews.com/article/x', true],
    ['plain http too', make(), 'http://127.0.0.1:8080/story/a.html', true],
    ['override off', everywhere, 'https://example.com/a', false],
    ['www. folded into the override', everywhere, 'https://www.example.com/a', false],
    ['subdomain inherits the parent override', everywhere, 'https://shop.example.com/', false],
    ['most specific host wins', everywhere, 'https://news.example.com/politics', true],
    ['deeper subdomain takes the nearest override', everywhere, 'https://live.news.example.com/', true],
    ['a sibling of an overridden subdomain', everywhere, 'https://blog.example.org/', false],
    ['parent of an overridden subdomain is unaffected', everywhere, 'https://example.org/', true],
    ['suffix that is not a parent domain', everywhere, 'https://notexample.com/', true],
    ['only-enabled: no override is off', onlyEnabled, 'https://apnews.com/', false],
    ['only-enabled: enabled site', onlyEnabled, 'https://www.example.com/', true],
    ['only-enabled: subdomain off overrides parent on', onlyEnabled, 'https://sport.example.com/', false],
    ['paused beats every override', make({ paused: true, sites: { 'example.com': true } }), 'https://example.com/', false],
    ['about: never', make(), 'about:blank', false],
    ['chrome:// never', make(), 'chrome://extensions/', false],
    ['file: never', make(), 'file:///home/a.html', false],
    ['moz-extension: never', make(), 'moz-extension://abc/popup.html', false],
    ['Chrome Web Store never', make(), 'https://chromewebstore.google.com/detail/x', false],
    ['old Chrome Web Store path never', make(), 'https://chrome.google.com/webstore/detail/x', false],
    ['other chrome.google.com pages run', make(), 'https://chrome.google.com/intl/en/', true],
    ['Firefox add-ons site never', make(), 'https://addons.mozilla.org/en-US/firefox/', false],
    ['garbage URL never', make(), 'not a url', false],
    ['IP address override applies to itself only', make({ sites: { '127.0.0.1': false } }), 'http://127.0.0.1:9/', false],
  ];
  it.each(cases)('%s', (_name, settings, url, expected) => {
    expect(isSiteEnabled(url, settings)).toBe(expected);
  });

  it('says why not, and which host the switch applies to', () => {
    expect(siteStatus('https://www.example.com/a', everywhere)).toEqual({
      enabled: false,
      reason: 'site-off',
      site: 'example.com',
      categories: { people: true, organizations: true, places: true, quotations: true },
    });
    expect(siteStatus('about:config', everywhere).reason).toBe('not-allowed');
    expect(siteStatus('https://a.com/', make({ paused: true })).reason).toBe('paused');
    expect(siteStatus('https://news.example.com/', everywhere)).toMatchObject({ enabled: true, reason: null, site: 'news.example.com' });
  });
});

describe('hosts and site keys', () => {
  it.each([
    ['www.Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.com', 'www.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['999.1.1.1', null],
    ['bad host', null],
    ['-x.com', null],
    ['', null],
  ])('normalizeHost(%j) = %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
  it.each([
    ['https://www.Example.com/news?x=1', 'example.com'],
    ['news.example.com', 'news.example.com'],
    ['example.com/', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['ftp://example.com/', null],
    ['example.com/path', null],
    ['javascript:alert(1)', null],
  ])('siteKeyFromInput(%j) = %j', (input, expected) => {
    expect(siteKeyFromInput(input)).toBe(expected);
  });
  it('pageSite folds www. and refuses non-web pages', () => {
    expect(pageSite('https://www.bbc.co.uk/news')).toEqual({ site: 'bbc.co.uk', allowed: true });
    expect(pageSite('view-source:https://a.com/')).toEqual({ site: '', allowed: false });
  });
});

describe('withSite (the per-site switch)', () => {
  it('records an exception only where the default says otherwise', () => {
    const s = make();
    expect(withSite(s, 'example.com', false).sites).toEqual({ 'example.com': false });
    expect(withSite(withSite(s, 'example.com', false), 'example.com', true).sites).toEqual({});
  });
  it('switching a subdomain on under a parent that is off writes an explicit on', () => {
    const s = make({ sites: { 'example.com': false } });
    const next = withSite(s, 'news.example.com', true);
    expect(next.sites).toEqual({ 'example.com': false, 'news.example.com': true });
    expect(isSiteEnabled('https://news.example.com/', next)).toBe(true);
  });
  it('in only-enabled mode switching on writes true, off removes it', () => {
    const s = make({ mode: 'only-enabled' });
    const on = withSite(s, 'a.com', true);
    expect(on.sites).toEqual({ 'a.com': true });
    expect(withSite(on, 'a.com', false).sites).toEqual({});
  });
  it('a full list refuses a new site (nothing is dropped); changing or removing one still works', () => {
    const full = make({ sites: Object.fromEntries(Array.from({ length: MAX_SITES }, (_, i) => [`s${i}.example`, false])) });
    expect(() => withSite(full, 'new.example', false)).toThrow(`at most ${MAX_SITES} sites`);
    expect(withSite(full, 's1.example', true).sites['s1.example']).toBeUndefined();
    expect(Object.keys(withSite(full, 's1.example', null).sites)).toHaveLength(MAX_SITES - 1);
    expect(withSite(full, 'new.example', true).sites['new.example']).toBeUndefined(); // on by default: no override needed
  });
  it('null removes the override', () => {
    expect(withSite(make({ sites: { 'a.com': false, 'b.com': false } }), 'a.com', null).sites).toEqual({ 'b.com': false });
  });
});

describe('parseSettings', () => {
  it('nothing stored: defaults, no problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null });
  });
  it('reads a valid current object unchanged', () => {
    const s = make({
      mode: 'only-enabled',
      paused: true,
      sites: { 'a.com': true },
      categories: { people: false, organizations: true, places: false, quotations: true },
    });
    const parsed = parseSettings(JSON.parse(JSON.stringify(s)));
    expect(parsed.settings).toEqual(s);
    expect(parsed.problems).toEqual([]);
    expect(isSettings(parsed.settings)).toBe(true);
  });
  it('migrates the foundation shape { paused } (version 1, no version field)', () => {
    expect(parseSettings({ paused: true })).toEqual({ settings: make({ paused: true }), problems: [], migratedFrom: 1 });
  });
  it('migrates version 1 with disabledSites to per-site overrides', () => {
    const parsed = parseSettings({
      version: 1,
      paused: false,
      disabledSites: ['www.example.com', 'https://news.bbc.co.uk/x', 'not a host'],
    });
    expect(parsed.settings).toEqual(make({ sites: { 'example.com': false, 'news.bbc.co.uk': false } }));
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.problems).toEqual(['disabledSites: not a host: unreadable; dropped']);
    expect(isSiteEnabled('https://example.com/', parsed.settings)).toBe(false);
  });
  it('corrupt fields fall back to defaults and keep the readable sites list', () => {
    const parsed = parseSettings({
      version: 2,
      mode: 42,
      paused: 'yes',
      sites: { 'www.a.com': false, 'b.com': 'off', '%%%': true },
      categories: 'all',
    });
    expect(parsed.settings).toEqual(make({ sites: { 'a.com': false } }));
    expect(parsed.problems).toEqual([
      'mode: unknown; default used',
      'paused: not on/off; default used',
      'sites.b.com: unreadable; dropped',
      'sites.%%%: unreadable; dropped',
      'categories: unreadable; defaults used',
    ]);
  });
  it('keeps the readable categories', () => {
    const parsed = parseSettings({ version: 2, categories: { people: false, places: 3 } });
    expect(parsed.settings.categories).toEqual({ people: false, organizations: true, places: true, quotations: true });
    expect(parsed.problems).toEqual(['categories.places: not on/off; default used']);
  });
  it.each([
    ['a number', 7],
    ['an array', ['a.com']],
    ['unparseable text', '{"version": 2,'],
  ])('%s: defaults without an exception', (_n, raw) => {
    const parsed = parseSettings(raw);
    expect(parsed.settings).toEqual(defaultSettings());
    expect(parsed.problems).toHaveLength(1);
  });
  it('a future version is read field by field', () => {
    const parsed = parseSettings({ version: 9, paused: true, sites: { 'a.com': false }, extra: 1 });
    expect(parsed.settings).toEqual(make({ paused: true, sites: { 'a.com': false } }));
    expect(parsed.problems).toEqual(['version: 9 is not known; read as version 2']);
  });
  it('export then import round-trips', () => {
    const s = make({ sites: { 'z.com': false, 'a.com': false } });
    expect(parseSettings(exportSettings(s))).toEqual({ settings: s, problems: [], migratedFrom: null });
  });
  it('isSettings rejects non-normalised hosts and extra keys', () => {
    expect(isSettings(make({ sites: { 'www.a.com': false } }))).toBe(false);
    expect(isSettings({ ...make(), extra: 1 })).toBe(false);
    expect(isSettings(make())).toBe(true);
  });
});

describe('importing a settings file (merge by default, replace on request; anything else refused)', () => {
  const current = make({ sites: { 'keep.com': false, 'both.com': false } });
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ ...JSON.parse(exportSettings(make({ paused: true, sites: { 'both.com': true, 'new.com': false } }))), ...over });
  const oldExport = JSON.stringify({
    version: 2,
    mode: 'everywhere',
    paused: false,
    sites: { 'new.com': false },
    categories: defaultSettings().categories,
  });

  it('the export carries its kind marker and reads back unchanged', () => {
    const s = make({ sites: { 'z.com': false, 'a.com': true } });
    expect(JSON.parse(exportSettings(s))).toMatchObject({ kind: 'sourcelight-settings', version: 2 });
    expect(importSettings(defaultSettings(), exportSettings(s), 'replace')).toMatchObject({ ok: true, settings: s, problems: [] });
  });

  it.each([
    ['an empty object', '{}'],
    ['a dataset bundle', JSON.stringify({ version: 2, entities: [], stories: [], claims: [], coverage: [], build: {} })],
    ['a list', '["a.com"]'],
    ['a bare { paused }', '{"paused": true}'],
    ['version 2 with a field of its own', JSON.stringify({ ...JSON.parse(oldExport), entities: [] })],
    ['version 2 without its sites', JSON.stringify({ version: 2, mode: 'everywhere', paused: false, categories: {} })],
    ['another kind', JSON.stringify({ kind: 'something-else', version: 2, sites: {} })],
  ])('%s is not settings: refused, nothing changes', (_n, text) => {
    expect(importSettings(current, text, 'merge')).toEqual({ ok: false, reason: 'not-settings', problems: [] });
  });

  it('text that is not JSON is refused as such', () => {
    expect(importSettings(current, 'hello', 'merge')).toEqual({ ok: false, reason: 'not-json', problems: [] });
  });

  it.each([
    ['a current export', file(), true],
    ['an export from before the marker (exactly its five fields)', oldExport, true],
    ['version 1 with its disabledSites', JSON.stringify({ version: 1, paused: false, disabledSites: ['cnn.com'] }), true],
    ['version 1 without disabledSites', JSON.stringify({ version: 1, paused: false }), false],
  ])('isSettingsFile: %s -> %s', (_n, text, expected) => {
    expect(isSettingsFile(JSON.parse(text))).toBe(expected);
  });

  it('merge keeps the sites the file does not mention; the file wins where both have one', () => {
    const r = importSettings(current, file(), 'merge');
    expect(r).toEqual({
      ok: true,
      settings: make({ paused: true, sites: { 'keep.com': false, 'both.com': true, 'new.com': false } }),
      problems: [],
      added: 1,
      changed: 1,
      removed: 0,
    });
  });

  it('replace takes the file’s list and says how many were removed', () => {
    expect(importSettings(current, file(), 'replace')).toMatchObject({
      ok: true,
      settings: { sites: { 'both.com': true, 'new.com': false } },
      added: 1,
      changed: 1,
      removed: 1,
    });
  });

  it('an old export merges too', () => {
    expect(importSettings(current, oldExport, 'merge')).toMatchObject({
      ok: true,
      settings: { sites: { 'keep.com': false, 'both.com': false, 'new.com': false } },
    });
  });

  it('a file with more sites than are kept is refused before anything is dropped', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 1 }, (_, i) => [`s${i}.example`, false]));
    expect(importSettings(current, file({ sites }), 'replace')).toEqual({ ok: false, reason: 'too-many-sites', problems: [] });
    const almost = Object.fromEntries(Array.from({ length: MAX_SITES - 1 }, (_, i) => [`s${i}.example`, false]));
    expect(importSettings(current, file({ sites: almost }), 'merge')).toEqual({ ok: false, reason: 'too-many-sites', problems: [] });
  });

  it('1,000 sites pass the message guard and go to storage.local; a few stay in sync', () => {
    const big = make({ sites: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`site${i}.example`, false])) });
    expect(isSettings(big)).toBe(true);
    expect(settingsArea(big)).toBe('local');
    expect(settingsArea(make({ sites: { 'a.com': false } }))).toBe('sync');
  });
});
