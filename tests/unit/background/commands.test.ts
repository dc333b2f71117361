/** The keyboard commands over a fake browser seam: toggle-site flips the active tab's site; open-panel reaches its content script. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));

const { sync, local, session, tabs, sent } = await fake;
const { openPanel, toggleSite } = await import('../../../src/background/commands');
const { defaultSettings } = await import('../../../src/shared/settings');

const stored = () => (sync.data['settings'] as { sites: Record<string, boolean>; paused: boolean } | undefined) ?? null;

beforeEach(() => {
  sync.data = {};
  local.data = {};
  session.data = {};
  sent.length = 0;
  tabs.active = { id: 5, url: 'https://www.example.com/news/1' };
});

describe('toggle-site', () => {
  it('switches the active tab’s site off, then on again (the override removed)', async () => {
    await toggleSite();
    expect(stored()?.sites).toEqual({ 'example.com': false });
    await toggleSite();
    expect(stored()?.sites).toEqual({});
  });

  it('a subdomain under a parent that is off is switched on explicitly', async () => {
    sync.data = { settings: { ...defaultSettings(), sites: { 'example.com': false } } };
    tabs.active = { id: 5, url: 'https://news.example.com/a' };
    await toggleSite();
    expect(stored()?.sites).toEqual({ 'example.com': false, 'news.example.com': true });
  });

  it('works while paused (the pause aside) and leaves the pause alone', async () => {
    sync.data = { settings: { ...defaultSettings(), paused: true } };
    await toggleSite();
    expect(stored()).toMatchObject({ paused: true, sites: { 'example.com': false } });
  });

  it('uses the tab’s report when the browser hides its address', async () => {
    tabs.active = { id: 9 };
    session.data = {
      'tab:9': {
        url: 'https://apnews.com/x',
        title: null,
        siteName: null,
        status: 'done',
        entities: 0,
        quotes: 0,
        unplaced: 0,
        truncated: false,
        error: null,
      },
    };
    await toggleSite();
    expect(stored()?.sites).toEqual({ 'apnews.com': false });
  });

  it('does nothing on a page extensions cannot run on, or without an address', async () => {
    tabs.active = { id: 5, url: 'chrome://settings/' };
    await toggleSite();
    tabs.active = { id: 6 };
    await toggleSite();
    expect(stored()).toBeNull();
  });
});

describe('open-panel', () => {
  it('sends content/open-panel to the active tab', async () => {
    await openPanel();
    expect(sent).toEqual([{ tabId: 5, message: { channel: 'sourcelight/1', kind: 'content/open-panel', payload: {} } }]);
  });
});
