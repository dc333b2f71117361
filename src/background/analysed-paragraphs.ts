/**
 * The paragraphs last analysed for each page (tab and frame, one document), kept in memory so that
 * a re-run may send only what changed (shared/paragraph-delta.ts). Bounded: at most MAX_KEPT pages,
 * the least recently used forgotten first; all of it is gone when the service worker stops, and
 * the page then sends its paragraphs in full.
 */
import { sameDocument } from '../shared/views';

/** The most pages whose paragraphs are kept (each at most an article's budget). */
export const MAX_KEPT = 8;

interface Kept {
  url: string;
  base: string;
  paragraphs: readonly string[];
}

export class AnalysedParagraphs {
  private readonly byPage = new Map<string, Kept>();
  private count = 0;
  /** ids from another life of the service worker never match: each life has its own prefix */
  private readonly life = Math.random().toString(36).slice(2, 10);

  /** Keeps a page's paragraphs; returns their id (the `base` of the next delta). */
  keep(page: string, url: string, paragraphs: readonly string[]): string {
    const base = `${this.life}-${++this.count}`;
    this.byPage.delete(page);
    this.byPage.set(page, { url, base, paragraphs });
    while (this.byPage.size > MAX_KEPT) {
      const oldest = this.byPage.keys().next().value as string;
      this.byPage.delete(oldest);
    }
    return base;
  }

  /** The page's paragraphs kept as `base` for this document, or null (another base, another document, forgotten). */
  recall(page: string, url: string, base: string): readonly string[] | null {
    const kept = this.byPage.get(page);
    if (!kept || kept.base !== base || !sameDocument(kept.url, url)) return null;
    // recently used
    this.byPage.delete(page);
    this.byPage.set(page, kept);
    return kept.paragraphs;
  }
}
