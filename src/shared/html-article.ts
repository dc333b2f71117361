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
 * content is one text node in the page and would be markup here (parsePage puts it back as text).
 */
import { blocksOf } from './dom-text';
import { capParagraphs, type HtmlArticle, type PieceRefs, textSnapshot } from './article-refs';
import { parseForText } from './readability-text';

export type { HtmlArticle };

const NOSCRIPT = /(<noscript\b)([^>]*>)([\s\S]*?)(?=<\/noscript)/gi;
const MARK = 'data-sourcelight-noscript';

/**
 * Parses the page's HTML as the page was parsed (scripting on): each <noscript>'s raw content is
 * taken out before parsing (with scripting off it would be markup, and in the head, markup that
 * ends the head) and put back after as the one text node it is in the page.
 */
export function parsePage(html: string, parser: DOMParser): Document {
  const raw: string[] = [];
  const prepared = html.replace(NOSCRIPT, (_m, open: string, rest: string, inner: string) => {
    raw.push(inner);
    return `${open} ${MARK}="${raw.length - 1}"${rest}`;
  });
  const doc = parser.parseFromString(prepared, 'text/html');
  for (const el of [...doc.querySelectorAll(`noscript[${MARK}]`)]) {
    const inner = raw[Number(el.getAttribute(MARK))];
    el.removeAttribute(MARK);
    if (inner) el.textContent = inner;
  }
  return doc;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** null: Readability found no article. */
export function articleFromHtml(html: string, parser: DOMParser = new DOMParser()): HtmlArticle | null {
  const t0 = performance.now();
  const doc = parsePage(html, parser);
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
    for (const p of b.pieces)
      out.push(
        p.node ? (index.get(p.node) ?? -1) : -1,
        p.node ? p.node.data.length : 0,
        p.at,
        p.length,
        (p.lead ? 1 : 0) | (p.plain ? 2 : 0),
      );
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
