/**
 * The debug switch: `{ debug: true }` in storage.local (set by the benchmark and the end-to-end
 * harness through an extension page; there is no UI for it). A web page cannot write it. While it is
 * on, the content script records its User Timing measures (`sourcelight:*`, readable by the page:
 * performance entries belong to the document) and opens its shadow root, so that the tests can read
 * the card; while it is off (the default) neither happens. The background reads it, and tells the
 * content script with the site's status ('site/status'): the content script touches no storage.
 */
import { ext } from './browser';

export const DEBUG_KEY = 'debug';

/** Whether the debug switch is on; false when storage cannot be read. */
export async function debugEnabled(): Promise<boolean> {
  try {
    const got = await ext.storage.local.get(DEBUG_KEY);
    return got[DEBUG_KEY] === true;
  } catch {
    return false;
  }
}
