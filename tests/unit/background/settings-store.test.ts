/**
 * The settings store over fake storage areas (the browser seam mocked): storage.sync first,
 * storage.local when sync fails; older versions migrated and written back once; the legacy
 * loose keys removed after migration; corrupt values read without an exception and left as they are.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));

const { sync, local } = await fake;
const { loadSettings, saveSettings, updateSettings } = await import('../../../src/background/settings-store');
const { defaultSettings, SYNC_ITEM_BYTES, withSite } = await import('../../../src/shared/settings');

/** n distinct site names, site0.example … */
const hosts = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `site${from + i}.example`);

beforeEach(() => {
  sync.data = {};
  local.data = {};
  sync.failing = false;
  sync.itemQuota = SYNC_ITEM_BYTES; // as in Chrome and Firefox
});

describe('settings store', () => {
  it('nothing stored: defaults, nothing written', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null });
    expect(sync.data).toEqual({});
    expect(local.data).toEqual({});
  });

  it('writes to sync and reads it back', async () => {
    const s = { ...defaultSettings(), paused: true };
    await saveSettings(s);
    expect(sync.data).toEqual({ settings: s });
    expect((await loadSettings()).settings).toEqual(s);
  });

  it('falls back to local when sync fails, both ways', async () => {
    sync.failing = true;
    const s = { ...defaultSettings(), sites: { 'a.com': false } };
    await saveSettings(s);
    expect(local.data).toEqual({ settings: s });
    expect((await loadSettings()).settings).toEqual(s);
  });

  it('a sync copy wins over a stale local one; saving to sync removes the local copy', async () => {
    local.data = { settings: { ...defaultSettings(), paused: true } };
    sync.data = { settings: defaultSettings() };
    expect((await loadSettings()).settings.paused).toBe(false);
    await saveSettings({ ...defaultSettings(), mode: 'only-enabled' });
    expect(local.data).toEqual({});
  });

  it("migrates the foundation's loose keys in storage.local once, and removes them", async () => {
    local.data = { paused: true, disabledSites: ['www.example.com'], other: 1 };
    const first = await loadSettings();
    expect(first.migratedFrom).toBe(1);
    expect(first.settings).toEqual({ ...defaultSettings(), paused: true, sites: { 'example.com': false } });
    expect(sync.data).toEqual({ settings: first.settings });
    expect(local.data).toEqual({ other: 1 });
    expect(await loadSettings()).toEqual({ settings: first.settings, problems: [], migratedFrom: null });
  });

  it('migrates a version 1 object in sync and writes version 2 back', async () => {
    sync.data = { settings: { version: 1, paused: false, disabledSites: ['cnn.com'] } };
    await loadSettings();
    expect(sync.data).toEqual({ settings: { ...defaultSettings(), sites: { 'cnn.com': false } } });
  });

  it('corrupt settings: defaults and problems, no exception, the raw value kept until the next save', async () => {
    sync.data = { settings: { version: 2, mode: [], sites: { 'a.com': false } } };
    const r = await loadSettings();
    expect(r.settings).toEqual({ ...defaultSettings(), sites: { 'a.com': false } });
    expect(r.problems).toEqual(['mode: unknown; default used']);
    expect(sync.data).toEqual({ settings: { version: 2, mode: [], sites: { 'a.com': false } } });
  });

  it('20 concurrent per-site changes for different sites all land (one queue)', async () => {
    const sites = hosts(20);
    const replies = await Promise.all(sites.map((site) => updateSettings((current) => withSite(current, site, false))));
    const stored = (await loadSettings()).settings.sites;
    expect(Object.keys(stored).sort()).toEqual([...sites].sort());
    // each change started from the one before it: the last reply holds all twenty
    expect(replies.map((r) => Object.keys(r.sites).length).sort((a, b) => a - b)).toEqual(sites.map((_, i) => i + 1));
  });

  it('a failing change does not block the ones queued after it', async () => {
    const failed = updateSettings(() => {
      throw new Error('no');
    });
    const next = updateSettings((current) => withSite(current, 'a.com', false));
    await expect(failed).rejects.toThrow('no');
    expect((await next).sites).toEqual({ 'a.com': false });
  });

  it('1,000 sites: too large for one sync item, kept whole in storage.local, and the 1,001st added', async () => {
    const sites = Object.fromEntries(hosts(1000).map((h) => [h, false]));
    await saveSettings({ ...defaultSettings(), sites });
    expect(sync.data).toEqual({});
    expect(Object.keys((local.data['settings'] as { sites: object }).sites)).toHaveLength(1000);
    const loaded = await loadSettings();
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.sites).toEqual(sites);
    await updateSettings((current) => withSite(current, 'one-more.example', false));
    expect(Object.keys((await loadSettings()).settings.sites)).toHaveLength(1001);
  });

  it('a list that shrinks back under the sync item quota moves back to sync', async () => {
    await saveSettings({ ...defaultSettings(), sites: Object.fromEntries(hosts(1000).map((h) => [h, false])) });
    await saveSettings({ ...defaultSettings(), sites: { 'a.com': false } });
    expect(local.data).toEqual({});
    expect(sync.data).toEqual({ settings: { ...defaultSettings(), sites: { 'a.com': false } } });
  });

  it('storage from before (version 2 with 200 sites in sync, written by the release that capped at 200) loads whole', async () => {
    // the old release wrote to sync and fell back to local on a quota error: either may hold it
    const sites = Object.fromEntries(hosts(200).map((h) => [h, false]));
    local.data = { settings: { version: 2, mode: 'everywhere', paused: false, sites, categories: defaultSettings().categories } };
    const loaded = await loadSettings();
    expect(loaded).toEqual({ settings: { ...defaultSettings(), sites }, problems: [], migratedFrom: null });
  });
});
