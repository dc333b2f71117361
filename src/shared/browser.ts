/**
 * The one seam between Sourcelight and the WebExtension APIs.
 *
 * Every browser.* call in the extension goes through this module, so that:
 *  - the polyfill can be dropped later (Chrome 148+ and Firefox have a promise-based `browser`)
 *    by changing this file alone;
 *  - logic modules take what they need as parameters and are tested in Node without a browser.
 */
import polyfill from 'webextension-polyfill';
import type { Browser, Runtime, Tabs } from 'webextension-polyfill';

export type { Browser, Runtime, Tabs };

export const ext: Browser = polyfill;

/** The URL of a file in the extension's package: `extensionUrl('popup.html')`. */
export function extensionUrl(path: string): string {
  return ext.runtime.getURL(path);
}

/** The extension's own id (to check message senders). */
export function extensionId(): string {
  return ext.runtime.id;
}

/**
 * Whether this context is still connected to the extension. A content script left behind by an
 * extension reload or update (Chromium keeps it running) has lost its runtime: its id reads as
 * undefined, or reading it throws "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}

/** A localised UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return ext.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** Chrome's offscreen documents (chrome.offscreen; not in the polyfill's types, not in Firefox). */
export interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

/** chrome.offscreen where the browser has it (Chrome 109+), else null (Firefox: its background page has a DOM). */
export function offscreenApi(): OffscreenApi | null {
  const c = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome;
  return c?.offscreen && typeof c.offscreen.createDocument === 'function' ? c.offscreen : null;
}
