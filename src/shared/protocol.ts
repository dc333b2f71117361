/**
 * The typed message maps: one per direction, shared by sender and receiver.
 *
 * Every message is an envelope `{ channel, kind, payload }`. A receiver accepts a kind only
 * when the envelope, the payload's shape (its guard in guards.ts) and the sender all check out;
 * anything else is answered with an error and never acted on.
 *
 * To add a message: add its request/response types to the right map, a guard for the request
 * in the matching `…Guards` table in guards.ts (the compiler insists), and a handler where it
 * is received.
 */
import type { Analysis } from '../core/types';
import type { MemoryInfo, MemorySettings } from './memory';
import type { Settings, SiteStatus } from './settings';
import type { HtmlArticle } from './article-refs';
import type { Target } from './targets';
import type { CardData, DatasetInfo, PageReport, SettingsReply, TabState } from './views';

export const CHANNEL = 'sourcelight/1';

/**
 * A card's question: the entity (if any), and the page's quotes it is about by their index in the
 * analysis the background made for this tab and address (it holds their text).
 */
export interface CardRequest {
  entityId: string | null;
  url: string;
  quotes: number[];
}

/** An article for the background's engine: its paragraphs as extracted, and where they come from. */
export interface AnalyzeRequest {
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  paragraphs: string[];
  /** the page's own metadata for the reading memory (optional: its canonical address and publication date) */
  meta?: PageMetaFields;
}

/** What the page says of itself: `link rel=canonical`, `og:url`, the publication date (article:published_time, JSON-LD datePublished). */
export interface PageMetaFields {
  canonical: string | null;
  ogUrl: string | null;
  published: string | null;
}
export interface AnalyzeReply {
  analysis: Analysis;
  /** the spans to highlight, each with its paragraph (worked out here, off the page's main thread) */
  targets: Target[];
  /** the one-line description of each dataset entity found, by id (the card shows it at once) */
  descriptions: Record<string, string>;
  /** milliseconds the engine took in the background */
  ms: number;
  /** the id under which the background keeps these paragraphs for a while: a re-run may send a delta against it */
  base?: string;
}

/**
 * One step of a re-run's paragraphs (shared/paragraph-delta.ts): a run of paragraphs kept from the
 * base, `[first index, count]`, or a new (or changed) paragraph's text.
 */
export type ParagraphOp = string | [number, number];

/** A re-run's request: its paragraphs as ops against those the background kept as `base`. */
export interface AnalyzeDeltaRequest extends Omit<AnalyzeRequest, 'paragraphs'> {
  base: string;
  ops: ParagraphOp[];
}

/** The analysis, or a refusal when the background does not know the base (restarted, forgotten): the page sends the paragraphs in full. */
export type AnalyzeDeltaReply = AnalyzeReply | { refused: 'unknown-base' };

/** A page's HTML, to be read off its main thread (see content/offpage.ts). */
export interface ReadRequest {
  url: string;
  /** the page's HTML; with `parts`, its last part (content/send-page.ts) */
  html: string;
  /** the parts sent before this request ('article/read-part'): transfer id and how many */
  parts?: { id: string; count: number };
  /** the page's own metadata (canonical address, publication date) for the reading memory */
  meta?: PageMetaFields;
}
/** The article read from it (null: not an article) and its analysis. */
export interface ReadReply {
  article: HtmlArticle | null;
  analysis: AnalyzeReply | null;
}

/** content script -> background */
export type ContentToBackground = {
  'page/report': { request: PageReport; response: { ok: true } };
  /** with the debug switch (shared/debug.ts), so that the content script needs no storage of its own */
  'site/status': { request: { url: string }; response: SiteStatus & { debug?: boolean } };
  'entity/card': { request: CardRequest; response: CardData };
  'article/analyze': { request: AnalyzeRequest; response: AnalyzeReply };
  /** a re-run's paragraphs as a delta against the last ones analysed for this page */
  'article/analyze-delta': { request: AnalyzeDeltaRequest; response: AnalyzeDeltaReply };
  /** the article read off the page (offscreen document or background page), then analyzed */
  'article/read': { request: ReadRequest; response: ReadReply };
  /** one part of a large page's HTML, sent before its 'article/read' (content/send-page.ts) */
  'article/read-part': { request: { id: string; index: number; text: string }; response: { ok: true } };
};

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
  /** the reading memory (options page): counts, settings, clearing, forgetting a site, export */
  'memory/info': { request: Record<string, never>; response: MemoryInfo };
  'memory/settings': { request: { settings: MemorySettings }; response: MemoryInfo };
  'memory/clear': { request: Record<string, never>; response: MemoryInfo };
  'memory/forget-site': { request: { site: string }; response: MemoryInfo };
  /** the memory as a dataset file the options page imports */
  'memory/export': { request: Record<string, never>; response: { text: string } };
  /** the popup: forget the article open in this tab; note that the reader has been told what is kept */
  'memory/forget-page': { request: { tabId: number }; response: { ok: boolean } };
  'memory/notice-seen': { request: Record<string, never>; response: { ok: true } };
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

export function envelope<M extends MessageMap, K extends Kind<M>>(kind: K, payload: Req<M, K>): Envelope<K, Req<M, K>> {
  return { channel: CHANNEL, kind, payload };
}
