/**
 * The guards the content script's start-up part (content/loader.ts, on every page) needs: the
 * envelope check, a reply's shape, and the table of what the background sends a content script.
 * Apart from guards.ts (which re-exports them) so that its bundle carries only these: a guard made
 * at a module's top level is kept in every bundle that imports anything from that module.
 */
import { type BackgroundToContent, CHANNEL, type Kind, type MessageMap, type Reply } from './protocol';
import { isCategories, type SiteStatus } from './settings';
import { type Guard, isBoolean, isNonNegativeInteger, isObject, isShape, isString, isStringMax } from './validate';

export const isEmpty = (v: unknown): v is Record<string, never> => isObject(v) && Object.keys(v).length === 0;

export const isSiteStatus: Guard<SiteStatus> = /* @__PURE__ */ isShape<SiteStatus>({
  enabled: isBoolean,
  reason: (v: unknown): v is SiteStatus['reason'] => v === null || v === 'paused' || v === 'site-off' || v === 'not-allowed',
  site: /* @__PURE__ */ isStringMax(500),
  categories: isCategories,
});

export const backgroundToContentGuards: { [K in keyof BackgroundToContent]: Guard<BackgroundToContent[K]['request']> } = {
  'content/ping': isEmpty,
  'content/settings': isSiteStatus,
  'content/reveal': /* @__PURE__ */ isShape({ quoteIndex: isNonNegativeInteger }),
  'content/open-panel': isEmpty,
};

/* --------------------------------------------------------------- envelope */

/** Checks an incoming message against a guard table: returns the typed envelope or an error string. */
export function parseEnvelope<M extends MessageMap>(
  message: unknown,
  guards: { [K in keyof M]: Guard<M[K]['request']> },
): { ok: true; kind: Kind<M>; payload: unknown } | { ok: false; error: string } {
  if (!isObject(message) || message['channel'] !== CHANNEL) return { ok: false, error: 'not a Sourcelight message' };
  const kind = message['kind'];
  if (!isString(kind) || !Object.prototype.hasOwnProperty.call(guards, kind)) {
    return { ok: false, error: `unknown message kind: ${String(kind).slice(0, 60)}` };
  }
  const guard = guards[kind as keyof M];
  if (!guard(message['payload'])) return { ok: false, error: `malformed payload for ${kind}` };
  return { ok: true, kind: kind as Kind<M>, payload: message['payload'] };
}

export function isReply(v: unknown): v is Reply<unknown> {
  return isObject(v) && (v['ok'] === true ? 'value' in v : v['ok'] === false && isString(v['error']));
}
