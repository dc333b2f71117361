/**
 * An article read off the page (html-article.ts), as the page receives it: its paragraphs, and
 * their pieces as positions the page resolves through its own text nodes. No Readability here:
 * the content script imports this.
 */
import { MAX_ARTICLE_CHARS } from './guards';

/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE (the global is not there in every context that runs this). */
const ORDERED_SNAPSHOT = 7;

/** A list of text nodes by index (the shape of an XPath snapshot). */
export interface Snapshot {
  readonly snapshotLength: number;
  snapshotItem(i: number): Node | null;
}

/** A list of nodes as a snapshot. */
export function listSnapshot(nodes: readonly Node[]): Snapshot {
  return { snapshotLength: nodes.length, snapshotItem: (i: number) => nodes[i] ?? null };
}

/**
 * The text nodes of a document in document order (none in a shadow root, a frame or a template's
 * content), as the browser's own snapshot of the XPath query "//text()": one native call, no object
 * per node until one is asked for. The same nodes in the same order as the TreeWalker walk
 * serialize.ts makes of the live page (tests/unit/content/serialize.test.ts compares them on every
 * saved page). Not a TreeWalker here (as at stop 59, measured in jsdom alone): it runs once per
 * document (the clone and the live page in extract.ts, the off-page parse's document in
 * html-article.ts), and a first call of the walk in script is the slower on the three largest saved
 * pages, walker / XPath: Chromium 2.6 to 18 times to list, 2.8 to 7.7 with every node read; Firefox
 * 0.7 to 4 and 0.3 to 5.3 (its timer counts whole milliseconds), 50 ms against 12 to list the
 * 28,762 text nodes of wikipedia-2 and its clone (npm run bench, tools/bench-browser.mjs --only
 * text-snapshot, "cold"). Called again in the same document the walk is the faster (0.3 to 1 in
 * Chromium), and so it is in jsdom, where the unit tests run.
 */
export function textSnapshot(doc: Document): Snapshot {
  return doc.evaluate('//text()', doc, null, ORDERED_SNAPSHOT, null) as Snapshot;
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
