/**
 * The guards every incoming message passes before it is acted on: one table per direction
 * (the compiler checks each map's kinds have a guard), and the envelope check.
 */
import type { Analysis } from '../core/types';
import {
  type AnalyzeRequest,
  type BackgroundToContent,
  type CardRequest,
  CHANNEL,
  type ContentToBackground,
  type Kind,
  type MessageMap,
  type PageMetaFields,
  type PageToBackground,
  type Reply,
} from './protocol';
import { isMemorySettings } from './memory';
import { isCategories, isSettings, normalizeHost, type SiteStatus } from './settings';
import { type Guard, isArrayOf, isBoolean, isNonNegativeInteger, isNullable, isObject, isShape, isString, isStringMax } from './validate';
import type { PageReport, PageStatus } from './views';

const MAX_TEXT = 200_000;
const isSpan = isShape<{ start: number; end: number; text: string }>({
  start: isNonNegativeInteger,
  end: isNonNegativeInteger,
  text: isStringMax(MAX_TEXT),
});
const isEntityType = (v: unknown): v is 'person' | 'organization' | 'place' | 'event' =>
  v === 'person' || v === 'organization' || v === 'place' || v === 'event';
const isQuoteKind = (v: unknown): v is 'direct' | 'partial' | 'indirect' => v === 'direct' || v === 'partial' || v === 'indirect';
const isConfidence = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/** An analysis as the background keeps it in storage.session (read back through this guard). */
export const isAnalysis: Guard<Analysis> = isShape<Analysis>({
  entities: isArrayOf(
    isShape({ id: isNullable(isStringMax(200)), name: isStringMax(500), type: isEntityType, mentions: isArrayOf(isSpan, 10_000) }),
    5_000,
  ),
  quotes: isArrayOf(
    isShape({
      text: isStringMax(MAX_TEXT),
      start: isNonNegativeInteger,
      end: isNonNegativeInteger,
      kind: isQuoteKind,
      speaker: isShape({ name: isStringMax(500), entityId: isNullable(isStringMax(200)), mention: isNullable(isSpan) }),
      confidence: isConfidence,
      paragraph: isNonNegativeInteger,
    }),
    5_000,
  ),
});

const isPageStatus = (v: unknown): v is PageStatus =>
  v === 'not-article' || v === 'disabled' || v === 'analyzing' || v === 'done' || v === 'error';

export const isPageReport: Guard<PageReport> = isShape<PageReport>(
  {
    url: isStringMax(8_192),
    title: isNullable(isStringMax(2_000)),
    siteName: isNullable(isStringMax(500)),
    status: isPageStatus,
    entities: isNonNegativeInteger,
    quotes: isNonNegativeInteger,
    unplaced: isNonNegativeInteger,
    truncated: isBoolean,
    error: isNullable(isStringMax(2_000)),
    inPage: isStringMax(500),
  },
  ['inPage'],
);

const isEmpty = (v: unknown): v is Record<string, never> => isObject(v) && Object.keys(v).length === 0;

export const isSiteStatus: Guard<SiteStatus> = isShape<SiteStatus>({
  enabled: isBoolean,
  reason: (v: unknown): v is SiteStatus['reason'] => v === null || v === 'paused' || v === 'site-off' || v === 'not-allowed',
  site: isStringMax(500),
  categories: isCategories,
});

export const isCardRequest: Guard<CardRequest> = isShape<CardRequest>({
  entityId: isNullable(isStringMax(200)),
  url: isStringMax(8_192),
  quotes: isArrayOf(isNonNegativeInteger, 1_000),
});

/** The analysis budget: at most this many characters of article text in one request. */
export const MAX_ARTICLE_CHARS = 300_000;

const isParagraphs = (v: unknown): v is string[] => {
  if (!isArrayOf(isStringMax(MAX_ARTICLE_CHARS), 50_000)(v)) return false;
  let total = 0;
  for (const p of v) total += p.length;
  return total <= MAX_ARTICLE_CHARS;
};

const isPageMeta = isShape<PageMetaFields>({
  canonical: isNullable(isStringMax(8_192)),
  ogUrl: isNullable(isStringMax(8_192)),
  published: isNullable(isStringMax(100)),
});

/** The most HTML a page sends to be read off its main thread (content/offpage.ts checks it first). */
export const MAX_PAGE_HTML = 30_000_000;

export const isAnalyzeRequest: Guard<AnalyzeRequest> = isShape<AnalyzeRequest>(
  {
    url: isStringMax(8_192),
    title: isNullable(isStringMax(2_000)),
    byline: isNullable(isStringMax(2_000)),
    siteName: isNullable(isStringMax(500)),
    paragraphs: isParagraphs,
    meta: isPageMeta,
  },
  ['meta'],
);

export const contentToBackgroundGuards: { [K in keyof ContentToBackground]: Guard<ContentToBackground[K]['request']> } = {
  'page/report': isPageReport,
  'site/status': isShape({ url: isStringMax(8_192) }),
  'entity/card': isCardRequest,
  'article/analyze': isAnalyzeRequest,
  'article/read': isShape({ url: isStringMax(8_192), html: isStringMax(MAX_PAGE_HTML), meta: isPageMeta }, ['meta']),
};

/** An imported dataset file may be this long (storage.local holds it). */
export const MAX_DATASET_TEXT = 4_000_000;

export const pageToBackgroundGuards: { [K in keyof PageToBackground]: Guard<PageToBackground[K]['request']> } = {
  'tab/state': isShape({ tabId: isNonNegativeInteger }),
  'settings/get': isEmpty,
  'settings/set': isShape({ settings: isSettings }),
  'site/set': isShape({
    site: (v: unknown): v is string => isString(v) && normalizeHost(v) === v,
    enabled: isNullable(isBoolean),
  }),
  'pause/set': isShape({ paused: isBoolean }),
  'dataset/info': isEmpty,
  'dataset/import': isShape({ name: isStringMax(300), text: isStringMax(MAX_DATASET_TEXT) }),
  'dataset/remove': isEmpty,
  'memory/info': isEmpty,
  'memory/settings': isShape({ settings: isMemorySettings }),
  'memory/clear': isEmpty,
  'memory/forget-site': isShape({ site: (v: unknown): v is string => isString(v) && v.length <= 500 && normalizeHost(v) === v }),
  'memory/export': isEmpty,
  'memory/forget-page': isShape({ tabId: isNonNegativeInteger }),
  'memory/notice-seen': isEmpty,
};

export const backgroundToContentGuards: { [K in keyof BackgroundToContent]: Guard<BackgroundToContent[K]['request']> } = {
  'content/ping': isEmpty,
  'content/settings': isSiteStatus,
  'content/reveal': isShape({ quoteIndex: isNonNegativeInteger }),
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
