/**
 * What the page says of itself, for the reading memory: its canonical address (`link
 * rel=canonical`, `og:url`) and publication date (`article:published_time` and the like, else
 * JSON-LD `datePublished`, the sources Readability's publishedTime reads too). Read from the live
 * document's head, once per analysis; nothing else of the page.
 */
import type { PageMetaFields } from '../shared/protocol';

const MAX = 8_192;

function attr(doc: Document, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v.slice(0, MAX) : null;
}

/** `datePublished` of the first JSON-LD object (or @graph member) that has one. */
export function jsonLdPublished(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (typeof o['datePublished'] === 'string' && o['datePublished'].trim()) return o['datePublished'].trim().slice(0, 100);
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
      }
    }
  }
  return null;
}

export function pageMeta(doc: Document): PageMetaFields {
  const published =
    attr(doc, 'meta[property="article:published_time"]', 'content') ??
    attr(doc, 'meta[name="article:published_time"]', 'content') ??
    attr(doc, 'meta[itemprop="datePublished"]', 'content') ??
    jsonLdPublished(doc) ??
    attr(doc, 'meta[name="date"]', 'content');
  return {
    canonical: attr(doc, 'link[rel="canonical"]', 'href'),
    ogUrl: attr(doc, 'meta[property="og:url"]', 'content'),
    published: published?.slice(0, 100) ?? null,
  };
}
