/**
 * The typed message maps: one per direction, shared by sender and receiver.
 *
 * Every message is an envelope `{ channel, kind, payload }`. A receiver accepts a kind only
 * when the envelope, the payload's shape (its guard below) and the sender all check out;
 * anything else is answered with an error and never acted on.
 *
 * To add a message: add its request/response types to the right map, a guard for the request
 * in the matching `…Guards` table (the compiler insists), and a handler where it is received.
 */
import type { Analysis, EntityType, QuoteKind } from '../core/types';
import {
  type Guard,
  isArrayOf,
  isBoolean,
  isNonNegativeInteger,
  isNullable,
  isObject,
  isShape,
  isString,
  isStringMax,
} from './validate';
import { isSettings, normalizeHost, type Settings } from './settings';
import type { Target } from './targets';

export const CHANNEL = 'sourcelight/1';

export type PageStatus = 'not-article' | 'disabled' | 'analysing' | 'done' | 'error';

/** What the content script found on its page. */
export interface PageReport {
  url: string;
  title: string | null;
  siteName: string | null;
  status: PageStatus;
  analysis: Analysis | null;
  /** results that could not be placed in the page */
  unplaced: number;
  /** the page was larger than the analysis budget: only part of it was analysed */
  truncated: boolean;
  error: string | null;
}

/** Highlight categories the reader can switch on and off. */
export interface Categories {
  people: boolean;
  organizations: boolean;
  places: boolean;
  quotations: boolean;
}

/** Whether Sourcelight runs on a page, and what it shows there (computed by the background from settings). */
export interface SiteStatus {
  enabled: boolean;
  /** why not, when not enabled */
  reason: 'paused' | 'site-off' | 'not-allowed' | null;
  /** the host the per-site switch applies to ("www." folded) */
  site: string;
  categories: Categories;
}

/** Views of dataset records, as the UI shows them (the background maps core query results to these). */
export interface EntityView {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  /** e.g. "Kremlin spokesman (2016-11-10 –)": the dates as a language-neutral span */
  roles: string[];
}
export interface PriorStatementView {
  text: string;
  kind: QuoteKind | 'reported';
  outlet: string;
  date: string | null;
  url: string | null;
  storyId: string;
}
export interface CoverageView {
  outlet: string;
  headline: string | null;
  date: string | null;
  url: string | null;
  /** what the report covers, one line */
  covers: string;
}
export interface ClaimMatchView {
  /** index of the quote on the page (Analysis.quotes) this match is about */
  quoteIndex: number;
  relation: 'repeats' | 'same-remark' | 'disputes' | 'disputed-by';
  claimText: string;
  speaker: string;
  outlet: string;
  date: string | null;
  url: string | null;
}
/** A view's address: http(s) only, else null (no `javascript:` or `data:` link reaches a UI). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface CardData {
  entity: EntityView | null;
  priorStatements: PriorStatementView[];
  relatedCoverage: CoverageView[];
  matches: ClaimMatchView[];
}
export interface CardRequest {
  entityId: string | null;
  url: string;
  /** the quotes on the page this card is about: their index in Analysis.quotes and their text */
  quotes: Array<{ index: number; text: string }>;
}

/** An article for the background's engine: its paragraphs as extracted, and where they come from. */
export interface AnalyzeRequest {
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  paragraphs: string[];
}
export interface AnalyzeReply {
  analysis: Analysis;
  /** the spans to highlight, each with its paragraph (worked out here, off the page's main thread) */
  targets: Target[];
  /** the one-line description of each dataset entity found, by id (the card shows it at once) */
  descriptions: Record<string, string>;
  /** milliseconds the engine took in the background */
  ms: number;
}

/* ------------------------------------------------------------- directions */

/** content script -> background */
export type ContentToBackground = {
  'page/report': { request: PageReport; response: { ok: true } };
  'site/status': { request: { url: string }; response: SiteStatus };
  'entity/card': { request: CardRequest; response: CardData };
  'article/analyze': { request: AnalyzeRequest; response: AnalyzeReply };
};

/** Everything the popup shows for one tab, in one round trip. */
export interface TabState {
  tabId: number;
  /** the page's address: the report's, else the tab's where the browser lets us see it */
  url: string | null;
  report: PageReport | null;
  /** whether Sourcelight runs on the page (null when its address is not known) */
  status: SiteStatus | null;
  paused: boolean;
  /** whether the tab's content script answered (checked only when there is no report) */
  contentScript: boolean;
  /** prior statements per speaker entity id, the story being read left out */
  priorStatements: Record<string, PriorStatementView[]>;
  coverage: CoverageView[];
  matches: ClaimMatchView[];
}

/** Facts about the dataset in use (the bundled one, merged with an imported one). */
export interface DatasetInfo {
  stories: number;
  entities: number;
  claims: number;
  coverage: number;
  /** newest date among the sources (YYYY-MM-DD) */
  buildDate: string;
  /** the imported extra dataset, if any */
  extra: { name: string; importedAt: string; stories: number; entities: number; claims: number; conflicts: string[] } | null;
  /** a stored extra dataset that failed validation and is not in use: its name and the first errors */
  storedProblem: { name: string; errors: string[] } | null;
}

export interface SettingsReply {
  settings: Settings;
  /** what could not be read from storage and was replaced by defaults */
  problems: string[];
}

/** extension pages (popup, options) -> background */
export type PageToBackground = {
  'tab/state': { request: { tabId: number }; response: TabState };
  'settings/get': { request: Record<string, never>; response: SettingsReply };
  'settings/set': { request: { settings: Settings }; response: SettingsReply };
  /** the per-site switch: on, off, or null to remove the override */
  'site/set': { request: { site: string; enabled: boolean | null }; response: SettingsReply };
  'pause/set': { request: { paused: boolean }; response: SettingsReply };
  'dataset/info': { request: Record<string, never>; response: DatasetInfo };
  /** an extra dataset file's text: validated by the dataset compiler's validator, then merged */
  'dataset/import': { request: { name: string; text: string }; response: DatasetInfo };
  'dataset/remove': { request: Record<string, never>; response: DatasetInfo };
};

/** background (or popup) -> content script in one tab */
export type BackgroundToContent = {
  'content/ping': { request: Record<string, never>; response: { ok: true; url: string } };
  /** settings changed: apply at once (enabled false: remove every highlight and the host element) */
  'content/settings': { request: SiteStatus; response: { ok: true } };
  /** scroll the page to a quote (index in Analysis.quotes) and flash it */
  'content/reveal': { request: { quoteIndex: number }; response: { ok: boolean } };
  /** open the in-page panel listing speakers and names (keyboard command) */
  'content/open-panel': { request: Record<string, never>; response: { ok: true } };
};

export type MessageMap = Record<string, { request: unknown; response: unknown }>;
export type Kind<M> = Extract<keyof M, string>;
export type Req<M extends MessageMap, K extends keyof M> = M[K]['request'];
export type Res<M extends MessageMap, K extends keyof M> = M[K]['response'];

export interface Envelope<K extends string = string, P = unknown> {
  channel: typeof CHANNEL;
  kind: K;
  payload: P;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/* ----------------------------------------------------------------- guards */

const MAX_TEXT = 200_000;
const isSpan = isShape<{ start: number; end: number; text: string }>({
  start: isNonNegativeInteger,
  end: isNonNegativeInteger,
  text: isStringMax(MAX_TEXT),
});
const isEntityType = (v: unknown): v is 'person' | 'organization' | 'place' | 'event' =>
  v === 'person' || v === 'organization' || v === 'place' || v === 'event';
const isQuoteKind = (v: unknown): v is 'direct' | 'partial' | 'indirect' =>
  v === 'direct' || v === 'partial' || v === 'indirect';
const isConfidence = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

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
  v === 'not-article' || v === 'disabled' || v === 'analysing' || v === 'done' || v === 'error';

export const isPageReport: Guard<PageReport> = isShape<PageReport>({
  url: isStringMax(8_192),
  title: isNullable(isStringMax(2_000)),
  siteName: isNullable(isStringMax(500)),
  status: isPageStatus,
  analysis: isNullable(isAnalysis),
  unplaced: isNonNegativeInteger,
  truncated: isBoolean,
  error: isNullable(isStringMax(2_000)),
});

const isEmpty = (v: unknown): v is Record<string, never> => isObject(v) && Object.keys(v).length === 0;

const isCategories: Guard<Categories> = isShape<Categories>({
  people: isBoolean,
  organizations: isBoolean,
  places: isBoolean,
  quotations: isBoolean,
});

export const isSiteStatus: Guard<SiteStatus> = isShape<SiteStatus>({
  enabled: isBoolean,
  reason: (v: unknown): v is SiteStatus['reason'] => v === null || v === 'paused' || v === 'site-off' || v === 'not-allowed',
  site: isStringMax(500),
  categories: isCategories,
});

export const isCardRequest: Guard<CardRequest> = isShape<CardRequest>({
  entityId: isNullable(isStringMax(200)),
  url: isStringMax(8_192),
  quotes: isArrayOf(isShape({ index: isNonNegativeInteger, text: isStringMax(MAX_TEXT) }), 1_000),
});

/** The analysis budget: at most this many characters of article text in one request. */
export const MAX_ARTICLE_CHARS = 300_000;

const isParagraphs = (v: unknown): v is string[] => {
  if (!isArrayOf(isStringMax(MAX_ARTICLE_CHARS), 50_000)(v)) return false;
  let total = 0;
  for (const p of v) total += p.length;
  return total <= MAX_ARTICLE_CHARS;
};

export const isAnalyzeRequest: Guard<AnalyzeRequest> = isShape<AnalyzeRequest>({
  url: isStringMax(8_192),
  title: isNullable(isStringMax(2_000)),
  byline: isNullable(isStringMax(2_000)),
  siteName: isNullable(isStringMax(500)),
  paragraphs: isParagraphs,
});

export const contentToBackgroundGuards: { [K in keyof ContentToBackground]: Guard<ContentToBackground[K]['request']> } = {
  'page/report': isPageReport,
  'site/status': isShape({ url: isStringMax(8_192) }),
  'entity/card': isCardRequest,
  'article/analyze': isAnalyzeRequest,
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
};

export const backgroundToContentGuards: { [K in keyof BackgroundToContent]: Guard<BackgroundToContent[K]['request']> } = {
  'content/ping': isEmpty,
  'content/settings': isSiteStatus,
  'content/reveal': isShape({ quoteIndex: isNonNegativeInteger }),
  'content/open-panel': isEmpty,
};

/* --------------------------------------------------------------- envelope */

export function envelope<M extends MessageMap, K extends Kind<M>>(kind: K, payload: Req<M, K>): Envelope<K, Req<M, K>> {
  return { channel: CHANNEL, kind, payload };
}

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
