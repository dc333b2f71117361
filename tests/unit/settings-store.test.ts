/**
 * The settings store over fake storage areas (the browser seam mocked): storage.sync first,
 * storage.local when sync fails; older versions migrated and written back once; the legacy
 * loose keys removed after migration; corrupt values read without an exception and left as they are.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(async () => (await import('./fake-ext')).fakeExt());
vi.mock('../../src/shared/browser', async () => ({ ext: (await fake).ext }));

const { sync, local } = await fake;
const { loadSettings, saveSettings } = await import('../../src/background/settings-store');
const { defaultSettings } = await import('../../src/shared/settings');

beforeEach(() => {
  sync.data = {};
  local.data = {};
  sync.failing = false;
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
});
