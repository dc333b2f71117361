/**
 * A fake of the browser seam (src/shared/browser.ts) for the tests that run the real content script in jsdom: a runtime
 * whose messages the test answers and whose onMessage listeners it holds, and i18n that gives each key back. vi.mock
 * factories are hoisted above the test file's imports, so a test imports this inside its factory:
 *
 *   vi.mock('../../../src/shared/browser', async () => (await import('./fake-browser')).fakeBrowser(fake.onMessage, send));
 */

/** A polyfill-style listener returns its answer's promise; a plain one returns true and answers through sendResponse. */
export type Listener = (
  message: unknown,
  sender: unknown,
  sendResponse: (reply: unknown) => void,
) => Promise<unknown> | boolean | undefined;

/** A message the content script sends the background. */
export type Sent = { kind: string; payload: unknown };

/**
 * The seam's exports over a fake runtime: the listeners the content script adds go into `onMessage`, and each message it
 * sends is answered by `send` (its reply envelope, `{ ok, value }`, or a rejection). The runtime's id can be cleared, as
 * when the extension is reloaded under the page.
 */
export function fakeBrowser(onMessage: Set<Listener>, send: (m: Sent) => Promise<unknown>) {
  const ext = {
    runtime: {
      id: 'sourcelight-test' as string | undefined,
      getURL: (p: string) => `moz-extension://sourcelight-test/${p}`,
      onMessage: { addListener: (l: Listener) => onMessage.add(l), removeListener: (l: Listener) => onMessage.delete(l) },
      sendMessage: send,
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  };
  return {
    ext,
    extensionUrl: ext.runtime.getURL,
    extensionId: () => ext.runtime.id,
    extensionAlive: () => Boolean(ext.runtime.id),
    t: (key: string) => key,
  };
}
