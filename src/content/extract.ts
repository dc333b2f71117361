/**
 * Extraction: is this page an article, and what are its paragraphs?
 *
 * `isProbablyReaderable` (its own 1 KB module) gates first, so non-article pages cost almost
 * nothing. Readability then runs on `document.cloneNode(true)`; right after cloning, the clone's
 * text nodes are paired with the live ones by walking both identical trees together, so every
 * text node Readability keeps (in its own order) leads back to its live counterpart. Each
 * paragraph keeps the live nodes it was read from (its pieces): results are placed through them
 * directly, and their common ancestor is the article's live container.
 *
 * A page too large for Readability's element budget falls back to the live <article>/<main>/body,
 * read without a clone. Either way the text is capped at MAX_CHARS and `truncated` says so.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node tsconfig (unit tests) does not include src/types/
/// <reference path="../types/readability-readerable.d.ts" />
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { Readability } from '@mozilla/readability';
import { blocksOf, type TextPiece } from '../shared/dom-text';
import { MAX_ARTICLE_CHARS } from '../shared/messages';
import { textNodesOf } from './text-map';

/** The analysis budget: at most this many characters of article text. */
export const MAX_CHARS = MAX_ARTICLE_CHARS;
/** Readability's element budget: above it, the cheaper live fallback is used. */
export const MAX_ELEMENTS = 40_000;

export interface Extracted {
  paragraphs: string[];
  truncated: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /**
   * per paragraph, the live text nodes it was read from and where (null where a node has no live
   * counterpart): results are placed through these directly, without searching
   */
  pieces: TextPiece[][];
  /** live text nodes of the article, in the extracted order (Readability's): computed when asked */
  liveNodes: () => Text[];
  /** the live element that contains the article, when known */
  container: Element | null;
  /** how the paragraphs were obtained */
  via: 'readability' | 'fallback';
}

/** Keeps whole paragraphs up to `max` characters (cutting the one that crosses it). Pure. */
export function capParagraphs(paragraphs: readonly string[], max = MAX_CHARS): { paragraphs: string[]; truncated: boolean } {
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

/** At most this many nodes (evenly spread, first and last included) decide the container. */
const ANCESTOR_SAMPLE = 256;

/** The deepest element containing every node (null for none); of a sample of them for long lists. */
export function commonAncestor(all: readonly Node[]): Element | null {
  if (all.length === 0) return null;
  const step = Math.max(1, Math.ceil(all.length / ANCESTOR_SAMPLE));
  const nodes = step === 1 ? all : [...all.filter((_, i) => i % step === 0), all[all.length - 1] as Node];
  const chain: Node[] = [];
  for (let n: Node | null = (nodes[0] as Node).parentNode; n; n = n.parentNode) chain.push(n);
  let depth = 0; // index into chain of the current common ancestor
  const index = new Map(chain.map((n, i) => [n, i]));
  for (let i = 1; i < nodes.length; i++) {
    for (let n: Node | null = (nodes[i] as Node).parentNode; n; n = n.parentNode) {
      const at = index.get(n);
      if (at !== undefined) {
        if (at > depth) depth = at;
        break;
      }
    }
  }
  for (let i = depth; i < chain.length; i++) if ((chain[i] as Node).nodeType === 1) return chain[i] as Element;
  return null;
}

/** The live element holding the article: the common ancestor of the live nodes its paragraphs were read from. */
function containerOf(pieces: ReadonlyArray<ReadonlyArray<TextPiece>>): Element | null {
  const nodes: Text[] = [];
  // whitespace between blocks says nothing about where the text is
  for (const b of pieces) for (const p of b) if (p.node && p.length > 0) nodes.push(p.node);
  return commonAncestor(nodes);
}

/** Pairs the text nodes of a fresh clone with the live ones (identical trees, walked together). */
function pairTextNodes(live: Document, clone: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const a = live.createTreeWalker(live, NodeFilter.SHOW_TEXT);
  const b = clone.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) pairs.set(y as Text, x as Text);
  return pairs;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
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
  /** pairing the clone's text nodes with the live ones */
  pair: number;
  /** the paragraphs and live nodes of Readability's result */
  paragraphs: number;
}

/** null: not an article. Throws only on a real failure. */
export function extract(doc: Document, opts: ExtractOptions = {}): Extracted | null {
  const tg = performance.now();
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  const count = doc.getElementsByTagName('*').length;
  if (count > MAX_ELEMENTS) return fallback(doc, opts.exclude ?? null);

  const t0 = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const t1 = performance.now();
  const pairs = pairTextNodes(doc, clone);
  const t2 = performance.now();
  // the result is read as a DOM, never shown: no HTML string (serializer), no class clean-up (keepClasses);
  // the element budget was checked above on the live document, so Readability does not count again
  const parsed = new Readability<Element>(clone, { serializer: (n) => n as Element, keepClasses: true }).parse();
  const t3 = performance.now();
  const content = parsed?.content;
  if (!parsed || !content) return null;

  const blocks = blocksOf(content);
  const capped = capParagraphs(blocks.map((b) => b.text));
  const pieces = blocks.slice(0, capped.paragraphs.length).map((b) => {
    for (const p of b.pieces) {
      const live = p.node ? pairs.get(p.node) : undefined;
      p.node = live && live.isConnected && live.data === p.node?.data ? live : null;
    }
    return b.pieces;
  });
  if (opts.timings) Object.assign(opts.timings, { gate: t0 - tg, readability: t1 - t0 + (t3 - t2), pair: t2 - t1, paragraphs: performance.now() - t3 });
  if (capped.paragraphs.length === 0) return null;
  return {
    ...capped,
    title: parsed.title?.trim() || doc.title || null,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]'),
    pieces,
    liveNodes: () => {
      const out: Text[] = [];
      for (const t of textNodesOf(content)) {
        const live = pairs.get(t);
        if (live && live.isConnected && live.data === t.data) out.push(live);
      }
      return out;
    },
    container: containerOf(pieces),
    via: 'readability',
  };
}

function fallback(doc: Document, exclude: Node | null): Extracted | null {
  const candidates = [...doc.querySelectorAll('article, main, [role="main"]')];
  const root =
    candidates.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0] ?? doc.body;
  const blocks = blocksOf(root);
  const capped = capParagraphs(blocks.map((b) => b.text));
  if (capped.paragraphs.length === 0) return null;
  return {
    ...capped,
    title: doc.title || null,
    byline: null,
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
    pieces: blocks.slice(0, capped.paragraphs.length).map((b) => b.pieces),
    liveNodes: () => textNodesOf(root, exclude),
    container: root,
    via: 'fallback',
  };
}
