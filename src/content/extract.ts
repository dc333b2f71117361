/**
 * Extraction: is this page an article, and what are its paragraphs?
 *
 * `isProbablyReaderable` (its own 1 KB module) gates first, so non-article pages cost almost
 * nothing. Readability then runs on `document.cloneNode(true)`. Right after cloning, the text
 * nodes of both documents are listed by XPath snapshots: native lists in document order, with no
 * JavaScript object made per node until one is asked for (making one for each of a page's text
 * nodes is what pairing them one by one cost). Index i of one list is the twin of index i of the
 * other, as the trees are identical. Readability keeps some of the clone's text nodes, in its own
 * order; each paragraph records the ones it was read from (its pieces). Only when a result is to
 * be placed are the pieces it needs led back to their live twins (`live()`): the clone's list is
 * scanned as far as the last node wanted, the live node is taken at the same index.
 *
 * A page over Readability's budget (budget.ts: depth, elements, paragraphs, text) falls back to the live <article>/<main>/body,
 * read without a clone. Either way the text is capped at MAX_CHARS and `truncated` says so.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node tsconfig (unit tests) does not include src/types/
/// <reference path="../types/readability-readerable.d.ts" />
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { blocksOf, type TextPiece } from '../shared/dom-text';
import { MAX_ARTICLE_CHARS } from '../shared/guards';
import { type Snapshot, textSnapshot } from '../shared/article-refs';
import { capParagraphs } from '../shared/article-refs';
import { pageSize, parseVerdict } from './budget';
import { liveFallback, metaContent } from './offpage';
import { parseForText } from '../shared/readability-text';
import { commonAncestor, textNodesOf } from './text-map';

export { commonAncestor };

/** The analysis budget: at most this many characters of article text. */
export const MAX_CHARS = MAX_ARTICLE_CHARS;
export { capParagraphs };

export interface Extracted {
  paragraphs: string[];
  truncated: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /**
   * Per paragraph asked for (by index), the pieces it was read from with their live text nodes
   * (a piece's node is null where it has no live twin); other paragraphs are undefined. One call
   * for all the paragraphs needed: leading nodes back scans the page's text nodes up to the last one.
   */
  live: (paragraphs: Iterable<number>) => Array<TextPiece[] | undefined>;
  /** live text nodes of the article, in the extracted order (Readability's): computed when asked */
  liveNodes: () => Text[];
  /** the live element that contains the article, when known (computed when asked) */
  container: () => Element | null;
  /** how the paragraphs were obtained */
  via: 'readability' | 'off-page' | 'fallback';
}

/**
 * Leads the text nodes Readability kept (in its clone) back to their live twins. `clone` and
 * `live` are the two documents' text-node lists, taken while the trees were identical. The clone's
 * list is scanned once, lazily, only as far as the nodes asked for: every kept node passed on the
 * way is remembered, so a later request rarely scans again.
 */
export class Twins {
  private readonly index = new Map<Text, number>();
  private scanned = 0;
  constructor(
    private readonly clone: Snapshot,
    private readonly live: Snapshot,
    /** every clone text node Readability kept (only these are remembered) */
    private readonly kept: ReadonlySet<Text>,
  ) {}

  /** The live twin of each clone node asked for (null: none, or its text is not the same any more). */
  resolve(nodes: Iterable<Text>): Map<Text, Text | null> {
    const wanted = new Set<Text>();
    for (const n of nodes) if (!this.index.has(n) && this.kept.has(n)) wanted.add(n);
    const end = this.clone.snapshotLength;
    for (let left = wanted.size; left > 0 && this.scanned < end; this.scanned++) {
      const c = this.clone.snapshotItem(this.scanned) as Text;
      if (!this.kept.has(c) || this.index.has(c)) continue;
      this.index.set(c, this.scanned);
      if (wanted.has(c)) left--;
    }
    const out = new Map<Text, Text | null>();
    for (const n of nodes) {
      const at = this.index.get(n);
      const twin = at === undefined ? null : (this.live.snapshotItem(at) as Text | null);
      out.set(n, twin && twin.isConnected && twin.data === n.data ? twin : null);
    }
    return out;
  }
}

export interface ExtractOptions {
  /** the element not to read (Sourcelight's host) */
  exclude?: Node | null;
  /** receives the time spent in Readability itself (clone and parse) and in the steps around it, for the performance measures */
  timings?: ExtractTimings;
}

export interface ExtractTimings {
  /** the readerable gate */
  gate: number;
  /** clone and parse */
  readability: number;
  /** listing the text nodes of the clone and of the live page (their twins are found later, when needed) */
  pair: number;
  /** the paragraphs and live nodes of Readability's result */
  paragraphs: number;
}

/** null: not an article. Throws only on a real failure. */
export function extract(doc: Document, opts: ExtractOptions = {}): Extracted | null {
  const tg = performance.now();
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  // too deep, too many elements or paragraphs, too much text: Readability would hold the page (budget.ts)
  if (!parseVerdict(pageSize(doc)).parse) return liveFallback(doc, opts.exclude ?? null);

  const t0 = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const t1 = performance.now();
  // both lists now, while the trees are identical (Readability changes the clone)
  const cloneTexts = textSnapshot(clone);
  const liveTexts = textSnapshot(doc);
  const t2 = performance.now();
  // the result is read as text, never shown (see readability-text.ts); the element budget was
  // checked above on the live document, so Readability does not count again
  const parsed = parseForText(clone, doc);
  const t3 = performance.now();
  const content = parsed.content;
  if (!content) return null;

  const blocks = blocksOf(content);
  const capped = capParagraphs(blocks.map((b) => b.text));
  // Readability's (clone) nodes, per paragraph
  const pieces = blocks.slice(0, capped.paragraphs.length).map((b) => b.pieces);
  const kept = new Set<Text>();
  for (const b of pieces) for (const p of b) if (p.node) kept.add(p.node);
  const twins = cloneTexts.snapshotLength === liveTexts.snapshotLength ? new Twins(cloneTexts, liveTexts, kept) : null;
  if (opts.timings)
    Object.assign(opts.timings, { gate: t0 - tg, readability: t1 - t0 + (t3 - t2), pair: t2 - t1, paragraphs: performance.now() - t3 });
  if (capped.paragraphs.length === 0) return null;

  const leadBack = (clonePieces: readonly TextPiece[], to: ReadonlyMap<Text, Text | null>): TextPiece[] =>
    clonePieces.map((p) => ({ ...p, node: p.node ? (to.get(p.node) ?? null) : null }));
  const resolved: Text[] = [];
  let container: Element | null | undefined;
  return {
    ...capped,
    title: parsed.title?.trim() || doc.title || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]'),
    live: (which) => {
      const out: Array<TextPiece[] | undefined> = [];
      const wanted: number[] = [];
      const nodes: Text[] = [];
      for (const i of which) {
        const b = pieces[i];
        if (!b || out[i]) continue;
        wanted.push(i);
        out[i] = b;
        for (const p of b) if (p.node) nodes.push(p.node);
      }
      const to = twins?.resolve(nodes) ?? new Map<Text, Text | null>();
      for (const i of wanted) out[i] = leadBack(pieces[i] as TextPiece[], to);
      for (const t of to.values()) if (t) resolved.push(t);
      return out;
    },
    liveNodes: () => {
      const nodes = textNodesOf(content);
      const to = twins?.resolve(nodes);
      const out: Text[] = [];
      if (to)
        for (const n of nodes) {
          const t = to.get(n);
          if (t) out.push(t);
        }
      return out;
    },
    container: () => {
      if (container !== undefined) return container;
      // the article runs from its first node to its last (Readability keeps their order), and holds every node placed
      const first = pieces.flat().find((p) => p.node && p.length > 0)?.node;
      const last = pieces.flat().findLast((p) => p.node && p.length > 0)?.node;
      const ends = [first, last].filter((n): n is Text => !!n);
      const to = twins?.resolve(ends);
      const live = ends.map((n) => to?.get(n)).filter((n): n is Text => !!n);
      container = commonAncestor([...live, ...resolved]);
      return container;
    },
    via: 'readability',
  };
}
