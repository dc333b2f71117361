/**
 * Building the engine's input. Offsets are UTF-16 offsets into `text` exactly as given.
 */
import type { Article } from './types';

export interface ArticleMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  url?: string | null;
}

/** Each non-empty line is a paragraph (its range excludes surrounding spaces); `text` is kept as given. */
export function articleFromText(text: string, meta: ArticleMeta = {}): Article {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || text.charCodeAt(i) === 10) {
      let s = lineStart;
      let e = i;
      while (s < e && isBlank(text.charCodeAt(s))) s++;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      if (e > s) paragraphs.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return {
    text,
    paragraphs,
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    url: meta.url ?? null,
  };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** What stands between two paragraphs in the article's text. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * The article's text made from its paragraphs, and where each paragraph lies in it: the one rule
 * the engine (whole or in chunks), the targets it sends and the page's search all share. Each
 * paragraph has its runs of white space made one space and is trimmed; a paragraph left empty is
 * dropped (so an index counts the non-empty ones); PARAGRAPH_BREAK stands between two. Offsets
 * are UTF-16 offsets into `text`; `paragraphs[i]` is [start, end) of the i-th kept paragraph.
 */
export function joinParagraphs(paragraphs: ReadonlyArray<string>): Pick<Article, 'text' | 'paragraphs'> {
  const ranges: Array<{ start: number; end: number }> = [];
  const parts: string[] = [];
  let off = 0;
  for (const raw of paragraphs) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    if (parts.length > 0) off += PARAGRAPH_BREAK.length;
    ranges.push({ start: off, end: off + p.length });
    parts.push(p);
    off += p.length;
  }
  return { text: parts.join(PARAGRAPH_BREAK), paragraphs: ranges };
}

/** The engine's input from paragraph texts (joinParagraphs) and where the article comes from. */
export function articleFromParagraphs(paragraphs: ReadonlyArray<string>, meta: ArticleMeta = {}): Article {
  return {
    ...joinParagraphs(paragraphs),
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    url: meta.url ?? null,
  };
}
