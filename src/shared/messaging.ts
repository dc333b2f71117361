/**
 * Sending and receiving typed messages over the seam. Thin: the decisions (shape, sender)
 * are pure functions in guards.ts and sender.ts.
 */
import { ext, extensionId, extensionUrl, type Runtime } from './browser';
import { Refused, Unanswered } from './delivery';
import { isReply, parseEnvelope } from './guards';
import {
  type BackgroundToContent,
  type ContentToBackground,
  type Kind,
  type MessageMap,
  type PageToBackground,
  type Reply,
  type Req,
  type Res,
  envelope,
} from './protocol';
import { type Guard } from './validate';
import { classifySender, type SenderKind } from './sender';

/** The reply's value; `Unanswered` when the channel closed with none, `Refused` with the receiver's error (delivery.ts). */
async function unwrap<T>(p: Promise<unknown>): Promise<T> {
  const reply = await p;
  if (reply === undefined) throw new Unanswered();
  if (!isReply(reply)) throw new Error('no valid reply');
  if (!reply.ok) throw new Refused(reply.error);
  return reply.value as T;
}

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

export type Handlers<M extends MessageMap> = {
  [K in Kind<M>]: (payload: Req<M, K>, sender: Runtime.MessageSender) => Promise<Res<M, K>> | Res<M, K>;
};

export interface Route<M extends MessageMap> {
  guards: { [K in keyof M]: Guard<M[K]['request']> };
  handlers: Handlers<M>;
  /** which senders may use this map */
  from: SenderKind;
}

/** Declares a typed route: the handlers are checked against the map. */
export function route<M extends MessageMap>(r: Route<M>): Route<M> {
  return r;
}

/**
 * Listens for runtime messages and routes each to the map that knows its kind, if its sender rule
 * admits the sender and the payload passes the kind's guard. Everything else is answered with an
 * error and never acted on. Returns the teardown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route is typed where it is declared (route())
export function listen(routes: Array<Route<any>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    const from = classifySender(sender, extensionId(), extensionUrl(''));
    let error = 'not a Sourcelight message';
    for (const route of routes) {
      const parsed = parseEnvelope(message, route.guards);
      if (!parsed.ok) {
        if (!parsed.error.startsWith('not a') && !parsed.error.startsWith('unknown')) error = parsed.error;
        else if (error.startsWith('not a')) error = parsed.error;
        continue;
      }
      if (route.from !== from) return Promise.resolve({ ok: false, error: `${parsed.kind} is not accepted from this sender` });
      const handler = route.handlers[parsed.kind] as (p: unknown, s: Runtime.MessageSender) => unknown;
      return Promise.resolve()
        .then(() => handler(parsed.payload, sender))
        .then(
          (value): Reply<unknown> => ({ ok: true, value }),
          (e: unknown): Reply<unknown> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
    }
    return Promise.resolve({ ok: false, error });
  };
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}
