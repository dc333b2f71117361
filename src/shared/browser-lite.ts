/**
 * The seam of the content script's start-up part (content/loader.ts, which every page loads): the
 * few WebExtension calls it makes (runtime only: each API namespace a script first touches costs it
 * the namespace's set-up), without the polyfill (9.5 KiB to evaluate on every page, and
 * the set-up of each API namespace it touches). Both browsers have these promise-based in MV3:
 * Firefox as `browser`, Chrome as `chrome` (runtime.sendMessage returns a promise when given no
 * callback). A runtime.onMessage listener answers through sendResponse,
 * which both take (Chrome takes no promise from a listener).
 */
import type { Runtime } from './browser';
import { dispatch, type Route, unwrap } from './dispatch';
import { type ContentToBackground, envelope, type Kind, type Req, type Res } from './protocol';

type Listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface LiteApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
  };
}

function api(): LiteApi {
  const g = globalThis as { browser?: LiteApi; chrome?: LiteApi };
  return (g.browser?.runtime ? g.browser : g.chrome) as LiteApi;
}

/** Whether this script is still connected to its extension (see browser.ts's extensionAlive). */
export function liteAlive(): boolean {
  try {
    return Boolean(api().runtime?.id);
  } catch {
    return false;
  }
}

/** The URL of a file in the extension's package. */
export function liteUrl(path: string): string {
  return api().runtime.getURL(path);
}

/** A typed message to the background (messaging.ts's sendFromContent, without the polyfill). */
export function liteSend<K extends Kind<ContentToBackground>>(
  kind: K,
  payload: Req<ContentToBackground, K>,
): Promise<Res<ContentToBackground, K>> {
  return unwrap(api().runtime.sendMessage(envelope<ContentToBackground, K>(kind, payload)));
}

/** Listens for runtime messages as messaging.ts's listen does (dispatch.ts); returns the teardown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route is typed where it is declared (route())
export function liteListen(routes: Array<Route<any>>): () => void {
  const { runtime } = api();
  const listener: Listener = (message, sender, sendResponse) => {
    void dispatch(routes, message, sender, runtime.id ?? '', runtime.getURL('')).then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
