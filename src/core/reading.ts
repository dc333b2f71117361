/**
 * The reading memory's rules, pure: which article is recorded, under which address, and what of
 * its analysis is kept (the store itself is in the background: src/background/memory-store.ts).
 */
import { fold } from './dataset/text';
import { isUnnamed } from './speakers/group';
import type { Analysis, QuoteKind } from './types';

/**
 * Attributions below this confidence are not recorded as the speaker's statement: the engine's
 * guesses (a quotation far from any speaker given to the last one named, 0.45; an unattributed
 * one, 0.1) score under it; a speaker named or referred to next to the quotation scores 0.6 and
 * above (src/core/analyze.ts).
 */
export const MIN_RECORD_CONFIDENCE = 0.6;

/** Tracking parameters removed from an address before it identifies an article. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|cmpid|ocid|smid|mkt_tok|ref_src|ref_url)$/i;

function parseHttp(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  try {
    const u = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** A host without "www.", for "same site" comparisons. */
const bareHost = (u: URL): string => u.hostname.toLowerCase().replace(/^www\./, '');

/**
 * The address an article is recorded under: the page's canonical address (`link rel=canonical`,
 * else `og:url`) when it is on the same site as the page, else the page's own; without fragment
 * and tracking parameters (utm_*, fbclid, gclid…); the other parameters kept in their order.
 * Null when the page's address is not http(s).
 */
export function canonicalAddress(pageUrl: string, canonical: string | null = null, ogUrl: string | null = null): string | null {
  const page = parseHttp(pageUrl);
  if (!page) return null;
  let chosen = page;
  for (const candidate of [canonical, ogUrl]) {
    const c = parseHttp(candidate, page.href);
    if (c && bareHost(c) === bareHost(page)) {
      chosen = c;
      break;
    }
  }
  const u = new URL(chosen.href);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  if ([...u.searchParams.keys()].length === 0) u.search = '';
  return u.href;
}

/** The site an address is on, as the per-site switch names it (host without "www."). */
export function siteOf(url: string): string {
  const u = parseHttp(url);
  return u ? bareHost(u) : '';
}

/** Whether a finished analysis is recorded: only a done page, on a site switched on, outside a private window, with the memory on. */
export function shouldRecord(input: { status: string; siteEnabled: boolean; incognito: boolean; memoryOn: boolean }): boolean {
  return input.memoryOn && input.status === 'done' && input.siteEnabled && !input.incognito;
}

/**
 * Who a recorded statement belongs to: the dataset entity id, else "name:" + the folded full name
 * for a named person the dataset does not know. Null — never pooled across articles — for an
 * unnamed speaker ("a spokeswoman") or a single word ("Smith" is not enough to be the same person).
 */
export function memorySpeaker(speaker: { name: string; entityId: string | null }): string | null {
  if (speaker.entityId !== null) return speaker.entityId;
  if (isUnnamed(speaker.name, null)) return null;
  const name = fold(speaker.name)
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name.split(' ').length >= 2 ? `name:${name}` : null;
}

export interface MemoryQuote {
  /** who said it (memorySpeaker) */
  speaker: string;
  /** the speaker's name as the article writes it */
  name: string;
  kind: QuoteKind;
  text: string;
  confidence: number;
}

/** One article as the memory keeps it. */
export interface MemoryArticle {
  /** canonical address: the key (reading it again replaces the record) */
  url: string;
  site: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** as the page gives it (ISO 8601 where it does), or null */
  published: string | null;
  /** when it was (last) read, ms since the epoch */
  readAt: number;
  /** people and organisations named: dataset ids and "name:" keys, distinct */
  people: string[];
  quotes: MemoryQuote[];
}

export interface PageMeta {
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  canonical: string | null;
  ogUrl: string | null;
  published: string | null;
}

/** What the memory keeps of an analyzed article (null when its address is not http(s)). */
export function memoryArticle(meta: PageMeta, analysis: Analysis, readAt: number): MemoryArticle | null {
  const url = canonicalAddress(meta.url, meta.canonical, meta.ogUrl);
  if (!url) return null;
  const people = new Set<string>();
  for (const e of analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const key = e.type === 'person' ? memorySpeaker({ name: e.name, entityId: e.id }) : e.id;
    if (key) people.add(key);
  }
  const quotes: MemoryQuote[] = [];
  for (const q of analysis.quotes) {
    const speaker = memorySpeaker(q.speaker);
    if (speaker === null || q.confidence < MIN_RECORD_CONFIDENCE) continue;
    if (speaker.startsWith('name:')) people.add(speaker);
    quotes.push({ speaker, name: q.speaker.name.trim(), kind: q.kind, text: q.text, confidence: q.confidence });
  }
  return {
    url,
    site: siteOf(url),
    title: meta.title,
    siteName: meta.siteName,
    byline: meta.byline,
    published: meta.published,
    readAt,
    people: [...people].sort(),
    quotes,
  };
}

/** Only named people count towards "shares at least two people" (the dataset's coverage rule). */
export const isPersonKey = (key: string, personIds: ReadonlySet<string>): boolean => key.startsWith('name:') || personIds.has(key);
