/**
 * Foundation: in real Chromium and Firefox, the extension installs, its content script runs on a
 * 127.0.0.1 page and reaches the background, the popup renders what the background holds, the
 * options page renders and persists a setting, and the extension logs no error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../tools/demo-server.mjs';
import { browserNames, type ExtensionBrowser, launch, pollFor, reloadExtensionPage, screenshot, tabIdOf } from './harness';

describe.each(browserNames)('foundation in %s', (name) => {
  let eb: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;

  beforeAll(async () => {
    server = await startDemoServer();
    eb = await launch(name);
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  it('content script reports to the background and the popup shows it', async () => {
    const url = `${server.origin}/fixture/hello.html`;
    const page = await eb.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(eb, url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await eb.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid="state"]');
    // the popup refreshes as the content script's report arrives: wait for the page's title
    const heading = await pollFor(
      popup,
      (want) => document.querySelector('h1')?.textContent === want && want,
      'Hello from a fixture',
    ).catch(async () => popup.evaluate(() => document.querySelector('h1')?.textContent ?? ''));
    expect(heading).toBe('Hello from a fixture');
    await screenshot(popup, name, 'foundation-popup');
    await popup.close();
    await page.close();
  });

  it('the options page renders and persists a setting', async () => {
    const options = await eb.openExtensionPage('options.html', 'input[type="checkbox"]');
    expect(await options.$eval('input[type="checkbox"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
    await options.click('input[type="checkbox"]');
    await reloadExtensionPage(options, 'input[type="checkbox"]');
    const checked = await pollFor(
      options,
      () => (document.querySelector('input[type="checkbox"]') as HTMLInputElement | null)?.checked,
      undefined,
    );
    expect(checked).toBe(true);
    await options.close();
  });

  it('the extension logged no error', () => {
    expect(eb.extensionErrors).toEqual([]);
  });
});
