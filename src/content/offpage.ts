/**
 * The article, read off the page's main thread. In the page: the readerable gate, the page's HTML
 * and the list of its text nodes as written (serialize.ts: in slices, so the two agree); the parse runs in the background's
 * document (Chrome: the offscreen document; Firefox: the background page), which sends back the
 * paragraphs, their pieces as text node indices (shared/article-refs.ts) and the analysis. The
 * pieces are then led to the live text nodes at those indices, each checked against its length;
 * one that does not match has no live node, and the text search places what it holds.
 *
 * No Readability in this module: the content script's bundle carries only the gate. The in-page
 * parse (extract.ts) is the fallback, loaded only when the off-page path fails (inpage.ts).
 */
import { blocksOf, type TextPiece } from '../shared/dom-text';
import { capParagraphs, type HtmlArticle, PIECE_FIELDS, type Snapshot } from '../shared/article-refs';
import type { Extracted } from './extract';
import { commonAncestor, textNodesOf } from './text-map';

export { gate, MAX_ELEMENTS } from './gate';

export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** The pieces of one paragraph with their live text nodes (null where the page's node is not the one read). */
export function resolvePieces(refs: readonly number[], texts: Snapshot): TextPiece[] {
  const out: TextPiece[] = [];
  for (let k = 0; k + PIECE_FIELDS <= refs.length; k += PIECE_FIELDS) {
    const [index, size, at, length, flags] = refs.slice(k, k + PIECE_FIELDS) as [number, number, number, number, number];
    let node: Text | null = null;
    if (index >= 0 && index < texts.snapshotLength) {
      const n = texts.snapshotItem(index);
      if (n && n.nodeType === 3 && (n as Text).length === size && n.isConnected) node = n as Text;
    }
    out.push({ node, at, length, lead: (flags & 1) !== 0, plain: (flags & 2) !== 0 });
  }
  return out;
}

/** The article read off the page, led back to the live page's text nodes. */
export function fromHtmlArticle(doc: Document, a: HtmlArticle, texts: Snapshot): Extracted {
  const resolved: Array<TextPiece[] | undefined> = [];
  const piecesOf = (i: number): TextPiece[] | undefined => {
    const refs = a.pieces[i];
    if (!refs) return undefined;
    return (resolved[i] ??= resolvePieces(refs, texts));
  };
  const nodesOf = (): Text[] => {
    const out: Text[] = [];
    for (let i = 0; i < a.pieces.length; i++) for (const p of piecesOf(i) ?? []) if (p.node) out.push(p.node);
    return out;
  };
  let container: Element | null | undefined;
  return {
    paragraphs: a.paragraphs,
    truncated: a.truncated,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName ?? metaContent(doc, 'meta[property="og:site_name"]'),
    live: (which) => {
      const out: Array<TextPiece[] | undefined> = [];
      for (const i of which) out[i] = piecesOf(i);
      return out;
    },
    liveNodes: nodesOf,
    container: () => {
      if (container === undefined) container = commonAncestor(nodesOf());
      return container;
    },
    via: 'off-page',
  };
}

/** A page too large for Readability: its live <article>/<main>/body, read without a clone. */
export function liveFallback(doc: Document, exclude: Node | null): Extracted | null {
  const candidates = [...doc.querySelectorAll('article, main, [role="main"]')];
  const root = candidates.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0] ?? doc.body;
  const blocks = blocksOf(root);
  const capped = capParagraphs(blocks.map((b) => b.text));
  if (capped.paragraphs.length === 0) return null;
  return {
    ...capped,
    title: doc.title || null,
    byline: null,
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
    live: (which) => {
      const out: Array<TextPiece[] | undefined> = [];
      for (const i of which) out[i] = blocks[i]?.pieces;
      return out;
    },
    liveNodes: () => textNodesOf(root, exclude),
    container: () => root,
    via: 'fallback',
  };
}
