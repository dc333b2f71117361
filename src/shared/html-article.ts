/**
 * Readability off the page's main thread: the article of a page read from its HTML, in a document
 * of our own (Chrome: the offscreen document; Firefox: the background page; both have DOMParser).
 *
 * The content script sends `document.documentElement.outerHTML`; the parse here gives the same
 * paragraphs as the in-page parse (readability-text.ts on a clone of the live page), and each
 * paragraph's pieces name their text node by its index among the document's text nodes in
 * document order (`//text()`), with the node's length, so that the page resolves them through its
 * own live text nodes and checks them (`PieceRefs`). Where the trees differ, a piece does not
 * resolve and the page's text search places what it holds.
 *
 * DOMParser parses with scripting disabled, the page was parsed with it enabled: a <noscript>'s
 * content is one text node in the page and markup here (in the head, markup that ends the head).
 * Its raw content is escaped before parsing, so that it is one text node here too.
 */
import { blocksOf } from './dom-text';
import { capParagraphs, type HtmlArticle, type PieceRefs, textSnapshot } from './article-refs';
import { parseForText } from './readability-text';

export type { HtmlArticle };

/** The page's HTML, its <noscript> content escaped (as the page, with scripting on, parsed it: text). */
export function escapeNoscript(html: string): string {
  return html.replace(/(<noscript\b[^>]*>)([\s\S]*?)(?=<\/noscript)/gi, (_m, open: string, inner: string) =>
    open + inner.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** null: Readability found no article. */
export function articleFromHtml(html: string, parser: DOMParser = new DOMParser()): HtmlArticle | null {
  const t0 = performance.now();
  const doc = parser.parseFromString(escapeNoscript(html), 'text/html');
  const clone = doc.cloneNode(true) as Document;
  // listed before Readability changes the clone: index i is the page's text node i
  const texts = textSnapshot(clone);
  const parsed = parseForText(clone, doc);
  const content = parsed.content;
  if (!content) return null;
  const blocks = blocksOf(content);
  const capped = capParagraphs(blocks.map((b) => b.text));
  if (capped.paragraphs.length === 0) return null;
  const kept = blocks.slice(0, capped.paragraphs.length);
  const index = new Map<Text, number>();
  for (const b of kept) for (const p of b.pieces) if (p.node) index.set(p.node, -1);
  for (let i = 0, left = index.size; i < texts.snapshotLength && left > 0; i++) {
    const n = texts.snapshotItem(i) as Text;
    if (index.get(n) === -1) {
      index.set(n, i);
      left--;
    }
  }
  const pieces = kept.map((b) => {
    const out: PieceRefs = [];
    for (const p of b.pieces) out.push(p.node ? (index.get(p.node) ?? -1) : -1, p.node ? p.node.data.length : 0, p.at, p.length, (p.lead ? 1 : 0) | (p.plain ? 2 : 0));
    return out;
  });
  return {
    ...capped,
    title: parsed.title?.trim() || doc.title || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]'),
    pieces,
    ms: performance.now() - t0,
  };
}
