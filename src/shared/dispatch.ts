/**
 * Typed runtime messages without the browser API: replies unwrapped, incoming messages checked and
 * routed. messaging.ts joins them to the seam (browser.ts, the polyfill); the content script's
 * start-up part (content/loader.ts) to the promise-based APIs the browsers have (browser-lite.ts),
 * so that what every page loads carries no polyfill. The decisions (shape, sender) are pure
 * functions in guards.ts and sender.ts.
 */
import type { Runtime } from './browser';
import { isReply, parseEnvelope } from './content-guards';
import { Refused, Unanswered } from './delivery';
import type { MessageMap, Kind, Reply, Req, Res } from './protocol';
import { type Guard } from './validate';
import { classifySender, type SenderKind } from './sender';

/** The reply's value; `Unanswered` when the channel closed with none, `Refused` with the receiver's error (delivery.ts). */
export async function unwrap<T>(p: Promise<unknown>): Promise<T> {
  const reply = await p;
  if (reply === undefined) throw new Unanswered();
  if (!isReply(reply)) throw new Error('no valid reply');
  if (!reply.ok) throw new Refused(reply.error);
  return reply.value as T;
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
 * Routes one message to the map that knows its kind, if its sender rule admits the sender and the
 * payload passes the kind's guard. Everything else is answered with an error and never acted on.
 * `extensionId`, `extensionOrigin`: this extension's (who may send what is decided from them).
 */
export function dispatch(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route is typed where it is declared (route())
  routes: Array<Route<any>>,
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Promise<Reply<unknown>> {
  const from = classifySender(sender, extensionId, extensionOrigin);
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
}
