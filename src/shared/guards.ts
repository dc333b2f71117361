/**
 * The guards every incoming message passes before it is acted on: one table per direction
 * (the compiler checks each map's kinds have a guard), and the envelope check (those the content
 * script's start-up part needs are in content-guards.ts, re-exported here).
 */
import type { Analysis } from '../core/types';
import type {
  AnalyzeDeltaRequest,
  AnalyzeRequest,
  CardRequest,
  ContentToBackground,
  PageMetaFields,
  PageToBackground,
  ParagraphOp,
} from './protocol';
import { isMemorySettings } from './memory';
import { isEmpty } from './content-guards';
import { isSettings, normalizeHost } from './settings';
import { type Guard, isArrayOf, isBoolean, isNonNegativeInteger, isNullable, isShape, isString, isStringMax } from './validate';
import type { PageReport, PageStatus } from './views';

export { backgroundToContentGuards, isReply, isSiteStatus, parseEnvelope } from './content-guards';

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
    load: isNonNegativeInteger,
    seq: isNonNegativeInteger,
  },
  ['inPage', 'load', 'seq'],
);

export const isCardRequest: Guard<CardRequest> = isShape<CardRequest>({
  entityId: isNullable(isStringMax(200)),
  url: isStringMax(8_192),
  quotes: isArrayOf(isNonNegativeInteger, 1_000),
});

/** The analysis budget: at most this many characters of article text in one request. */
export const MAX_ARTICLE_CHARS = 300_000;

/** The most paragraphs in one request. */
export const MAX_PARAGRAPHS = 50_000;

const isParagraphs = (v: unknown): v is string[] => {
  if (!isArrayOf(isStringMax(MAX_ARTICLE_CHARS), MAX_PARAGRAPHS)(v)) return false;
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
/**
 * A page's HTML longer than this is sent in parts of this many characters (content/send-page.ts):
 * the page's main thread serialises each message in one task, measured at 5-9 ms per 100,000
 * characters in Chromium (a part of 256 Ki characters was a task of 20-36 ms).
 */
export const PAGE_PART_CHARS = 64 * 1024;

/** What both analysis requests say of the article besides its paragraphs. */
const articleFields = {
  url: isStringMax(8_192),
  title: isNullable(isStringMax(2_000)),
  byline: isNullable(isStringMax(2_000)),
  siteName: isNullable(isStringMax(500)),
  meta: isPageMeta,
};

export const isAnalyzeRequest: Guard<AnalyzeRequest> = isShape<AnalyzeRequest>({ ...articleFields, paragraphs: isParagraphs }, ['meta']);

/** A run of kept paragraphs, [first index, count], or a paragraph's text (shared/paragraph-delta.ts). */
const isParagraphOp = (v: unknown): v is ParagraphOp =>
  typeof v === 'string'
    ? v.length <= MAX_ARTICLE_CHARS
    : Array.isArray(v) &&
      v.length === 2 &&
      isNonNegativeInteger(v[0]) &&
      isNonNegativeInteger(v[1]) &&
      v[1] >= 1 &&
      v[0] + v[1] <= MAX_PARAGRAPHS;

/** Bounded like a full request's paragraphs: as many ops at most, their texts as long in all (the runs are checked against the base). */
const isParagraphOps = (v: unknown): v is ParagraphOp[] => {
  if (!isArrayOf(isParagraphOp, MAX_PARAGRAPHS)(v)) return false;
  let total = 0;
  for (const op of v) if (typeof op === 'string') total += op.length;
  return total <= MAX_ARTICLE_CHARS;
};

export const isAnalyzeDeltaRequest: Guard<AnalyzeDeltaRequest> = isShape<AnalyzeDeltaRequest>(
  { ...articleFields, base: isStringMax(64), ops: isParagraphOps },
  ['meta'],
);

export const contentToBackgroundGuards: { [K in keyof ContentToBackground]: Guard<ContentToBackground[K]['request']> } = {
  'page/report': isPageReport,
  'site/status': isShape({ url: isStringMax(8_192) }),
  'entity/card': isCardRequest,
  'article/analyze': isAnalyzeRequest,
  'article/analyze-delta': isAnalyzeDeltaRequest,
  'article/read': isShape(
    {
      url: isStringMax(8_192),
      html: isStringMax(MAX_PAGE_HTML),
      meta: isPageMeta,
      parts: isShape({
        id: isStringMax(64),
        count: (v: unknown): v is number => isNonNegativeInteger(v) && v * PAGE_PART_CHARS <= MAX_PAGE_HTML,
      }),
    },
    ['meta', 'parts'],
  ),
  'article/read-part': isShape({
    id: isStringMax(64),
    // within the parts a page can have (the read request's `count`, above)
    index: (v: unknown): v is number => isNonNegativeInteger(v) && (v + 1) * PAGE_PART_CHARS <= MAX_PAGE_HTML,
    text: isStringMax(PAGE_PART_CHARS),
  }),
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
