/**
 * An article read off the page (html-article.ts), as the page receives it: its paragraphs, and
 * their pieces as positions the page resolves through its own text nodes. No Readability here:
 * the content script imports this.
 */
import { MAX_ARTICLE_CHARS } from './guards';

/** NodeFilter.SHOW_TEXT (the global is not there in every context that runs this). */
const SHOW_TEXT = 4;

/** A list of text nodes by index (the shape of an XPath snapshot, which this once was). */
export interface Snapshot {
  readonly snapshotLength: number;
  snapshotItem(i: number): Node | null;
}

/** A list of nodes as a snapshot. */
export function listSnapshot(nodes: readonly Node[]): Snapshot {
  return { snapshotLength: nodes.length, snapshotItem: (i: number) => nodes[i] ?? null };
}

/**
 * The text nodes of a document in document order (none in a shadow root, a frame or a template's content). A
 * TreeWalker: the same nodes in the same order as the XPath query "//text()" (tests/unit/content/serialize.test.ts
 * compares the two on every saved page), the same walk serialize.ts makes of the live page, and about 50 times faster
 * in jsdom, where the tests run.
 */
export function textSnapshot(doc: Document): Snapshot {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return listSnapshot(nodes);
}

/**
 * One paragraph's pieces, flat, PIECE_FIELDS numbers each: text node index (-1: a <br>, no node),
 * the node's data length, `at`, `length`, flags (1: lead, 2: plain). See TextPiece.
 */
export type PieceRefs = number[];
export const PIECE_FIELDS = 5;

export interface HtmlArticle {
  paragraphs: string[];
  truncated: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** per paragraph */
  pieces: PieceRefs[];
  /** milliseconds the parse took (off the page) */
  ms: number;
}

/** Keeps whole paragraphs up to `max` characters (cutting the one that crosses it). Pure. */
export function capParagraphs(paragraphs: readonly string[], max = MAX_ARTICLE_CHARS): { paragraphs: string[]; truncated: boolean } {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs) {
    if (total + p.length > max) {
      const room = max - total;
      if (room > 200) out.push(p.slice(0, room));
      return { paragraphs: out, truncated: true };
    }
    out.push(p);
    total += p.length + 2;
  }
  return { paragraphs: out, truncated: false };
}
