/**
 * The spans an analysis asks the page to highlight (targets), worked out where the analysis is
 * made: the background sends them with it, so the page's main thread does not compute them.
 * Each says where it lies twice: in the article's text (for the search, when a span cannot be
 * placed through its paragraph's nodes) and in its paragraph (index and offsets). Pure.
 */
import type { Analysis, Article, EntityType } from '../core/types';

export type Category = 'person' | 'organization' | 'place' | 'event' | 'quote';
export const CATEGORIES: readonly Category[] = ['person', 'organization', 'place', 'event', 'quote'];

export function categoryOf(type: EntityType): Category {
  return type; // the highlight categories are the entity kinds, and 'quote'
}

/** Where a span lies: [start, end) in the article's text, and [from, to) in its paragraph `para`. */
export interface SpanPlace {
  start: number;
  end: number;
  para: number;
  from: number;
  to: number;
}

/** One span to place: an entity mention, or one paragraph's part of a quotation. */
export type Target =
  | ({ kind: 'mention'; category: Category; entity: number; mention: number } & SpanPlace)
  | ({ kind: 'quote'; category: 'quote'; quote: number; part: number } & SpanPlace);

/** The index of the paragraph an article offset falls in (the last one starting at or before it; 0 for none). */
export function paragraphAt(paras: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paras[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** [start, end) with its paragraph (the one it starts in; a span past that paragraph's end keeps its length). */
export function placeOf(start: number, end: number, paragraphs: Article['paragraphs']): SpanPlace {
  const para = paragraphAt(paragraphs, start);
  const at = paragraphs[para]?.start ?? 0;
  return { start, end, para, from: start - at, to: end - at };
}

/** Splits [start, end) at the article's paragraph boundaries (a quote continued over paragraphs). */
export function splitByParagraphs(start: number, end: number, paragraphs: Article['paragraphs']): SpanPlace[] {
  const out: SpanPlace[] = [];
  for (let i = paragraphAt(paragraphs, start); i < paragraphs.length; i++) {
    const p = paragraphs[i] as { start: number; end: number };
    if (p.start >= end) break;
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.end);
    if (e > s) out.push({ start: s, end: e, para: i, from: s - p.start, to: e - p.start });
  }
  return out.length > 0 || end <= start ? out : [placeOf(start, end, paragraphs)];
}

export function targetsOf(analysis: Analysis, article: Pick<Article, 'paragraphs'>): Target[] {
  const out: Target[] = [];
  analysis.entities.forEach((e, entity) => {
    const category = categoryOf(e.type);
    e.mentions.forEach((m, mention) =>
      out.push({ kind: 'mention', category, entity, mention, ...placeOf(m.start, m.end, article.paragraphs) }),
    );
  });
  analysis.quotes.forEach((q, quote) => {
    splitByParagraphs(q.start, q.end, article.paragraphs).forEach((p, part) =>
      out.push({ kind: 'quote', category: 'quote', quote, part, ...p }),
    );
  });
  return out;
}
