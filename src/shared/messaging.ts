/**
 * Sending and receiving typed messages over the seam. Thin: the checks and the routing are
 * dispatch.ts's (without the browser API), the decisions (shape, sender) pure functions in
 * guards.ts and sender.ts.
 */
import { ext, extensionId, extensionUrl, type Runtime } from './browser';
import { dispatch, type Route, unwrap } from './dispatch';
import {
  type BackgroundToContent,
  type ContentToBackground,
  type Kind,
  type PageToBackground,
  type Reply,
  type Req,
  type Res,
  envelope,
} from './protocol';

export { type Handlers, type Route, route } from './dispatch';

export function sendFromContent<K extends Kind<ContentToBackground>>(
  kind: K,
  payload: Req<ContentToBackground, K>,
): Promise<Res<ContentToBackground, K>> {
  return unwrap(ext.runtime.sendMessage(envelope<ContentToBackground, K>(kind, payload)));
}

export function sendFromPage<K extends Kind<PageToBackground>>(
  kind: K,
  payload: Req<PageToBackground, K>,
): Promise<Res<PageToBackground, K>> {
  return unwrap(ext.runtime.sendMessage(envelope<PageToBackground, K>(kind, payload)));
}

export function sendToTab<K extends Kind<BackgroundToContent>>(
  tabId: number,
  kind: K,
  payload: Req<BackgroundToContent, K>,
): Promise<Res<BackgroundToContent, K>> {
  return unwrap(ext.tabs.sendMessage(tabId, envelope<BackgroundToContent, K>(kind, payload), { frameId: 0 }));
}

/**
 * Listens for runtime messages and routes each to the map that knows its kind, if its sender rule
 * admits the sender and the payload passes the kind's guard. Everything else is answered with an
 * error and never acted on. Returns the teardown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route is typed where it is declared (route())
export function listen(routes: Array<Route<any>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> =>
    dispatch(routes, message, sender, extensionId(), extensionUrl(''));
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}
