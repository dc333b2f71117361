/**
 * Text-quote anchoring: maps spans of the analyzed article text back to live DOM Ranges.
 *
 * The article text the engine saw (paragraphs from Readability's clone) and the live page differ
 * in whitespace (collapsed runs, block boundaries with no whitespace between them, <br>, NBSP),
 * invisible characters (soft hyphens, zero-width spaces) and order (Readability moves nodes).
 * So both sides are compared in a "compact" form with every such character removed, and each
 * span is anchored by its own text plus up to CONTEXT compact characters of prefix and suffix,
 * as annotation tools anchor by text quote. An expected position (hint) makes the common case
 * O(1); otherwise every occurrence is scored by how much of its context matches.
 *
 * Most spans need none of that: placeDirect() reaches them through the live text nodes their
 * paragraph was read from. The search is for what it cannot place.
 *
 * Pure DOM reading: no node is created, changed or moved (Ranges are not part of the tree).
 */
import { rawOffset, type TextPiece } from '../shared/dom-text';
import type { SpanPlace } from '../shared/targets';

/**
 * Code units dropped from both sides: whitespace of every kind (JavaScript's \s: ASCII
 * whitespace, NBSP, the Unicode spaces, line/paragraph separators, BOM) and invisible format
 * characters (soft hyphen, zero-width space/joiners, word joiner).
 * Everything here runs on native regular expressions and per-run (not per-character) loops:
 * a content script's code runs cold, mostly interpreted, where a per-character loop is slow.
 */
const SKIP_RUN = /[\s\u00ad\u200b-\u200d\u2060]+/g;

/** The compact form of a string: every skippable code unit removed. */
export function compact(s: string): string {
  return s.replace(SKIP_RUN, '');
}

/**
 * The compact text of a list of text nodes. It is stored as segments (maximal runs of kept
 * characters inside one node): a compact index maps back to its node and offset by binary search.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** per segment: compact index of its first character */
  segStart: number[];
  /** per segment: index into nodes */
  segNode: number[];
  /** per segment: offset of its first character in the node's data */
  segOffset: number[];
  /** the node list held more than maxChars compact characters: the rest is not mapped */
  truncated: boolean;
}

export function buildTextMap(nodes: readonly Text[], maxChars = Infinity): TextMap {
  const map: TextMap = { text: '', nodes: nodes as Text[], segStart: [], segNode: [], segOffset: [], truncated: false };
  const parts: string[] = [];
  let k = 0;
  const add = (ni: number, data: string, from: number, to: number): boolean => {
    if (to <= from) return true;
    const room = maxChars - k;
    const end = to - from > room ? from + room : to;
    if (end > from) {
      map.segStart.push(k);
      map.segNode.push(ni);
      map.segOffset.push(from);
      parts.push(data.slice(from, end));
      k += end - from;
    }
    if (end < to) map.truncated = true;
    return end === to;
  };
  const re = new RegExp(SKIP_RUN.source, 'g');
  outer: for (let ni = 0; ni < nodes.length; ni++) {
    const data = (nodes[ni] as Text).data;
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      if (!add(ni, data, last, m.index)) break outer;
      last = m.index + m[0].length;
    }
    if (!add(ni, data, last, data.length)) break;
  }
  map.text = parts.join('');
  return map;
}

/** The segment holding compact index i (the last segment starting at or before it). */
function segmentAt(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The node and offset of compact index i of a map. */
export function positionOf(map: TextMap, i: number): { node: Text; offset: number } | null {
  if (i < 0 || i >= map.text.length || map.segStart.length === 0) return null;
  const s = segmentAt(map.segStart, i);
  const node = map.nodes[map.segNode[s] as number];
  return node ? { node, offset: (map.segOffset[s] as number) + i - (map.segStart[s] as number) } : null;
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE']);

/**
 * The text nodes under `root` in document order, leaving out script/style-like content and
 * `exclude`. A plain SHOW_TEXT walk with the checks in the loop: a JavaScript node filter would be
 * called back for every element of the page.
 */
export function textNodesOf(root: Node, exclude: Node | null = null): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipExcluded = exclude !== null && root.contains(exclude);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && SKIP_PARENTS.has(parent.tagName)) continue;
    if (skipExcluded && (exclude as Node).contains(n)) continue;
    out.push(n as Text);
  }
  return out;
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

/* ------------------------------------------------------------------ anchoring */

export const CONTEXT = 32;

/** What to find: a compact needle with compact context, and where it is expected (or -1). */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
}

function contextScore(hay: string, at: number, q: Quote): number {
  let s = 0;
  for (let i = 1; i <= q.prefix.length && at - i >= 0; i++) {
    if (hay.charCodeAt(at - i) !== q.prefix.charCodeAt(q.prefix.length - i)) break;
    s++;
  }
  const end = at + q.exact.length;
  for (let i = 0; i < q.suffix.length && end + i < hay.length; i++) {
    if (hay.charCodeAt(end + i) !== q.suffix.charCodeAt(i)) break;
    s++;
  }
  return s;
}

const MAX_OCCURRENCES = 2_000;

/**
 * The compact start of the best occurrence of `q.exact` in `hay`, or -1. Best: most context
 * matched; among equals, nearest the hint; among those, the first.
 */
export function locate(hay: string, q: Quote): number {
  if (q.exact.length === 0) return -1;
  const full = q.prefix.length + q.suffix.length;
  if (q.hint >= 0 && hay.startsWith(q.exact, q.hint) && contextScore(hay, q.hint, q) === full) return q.hint;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (let at = hay.indexOf(q.exact); at >= 0 && seen < MAX_OCCURRENCES; at = hay.indexOf(q.exact, at + 1), seen++) {
    const score = contextScore(hay, at, q);
    const distance = q.hint >= 0 ? Math.abs(at - q.hint) : 0;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
      if (score === full && q.hint < 0) break;
    }
  }
  return best;
}

/** The live Range over compact [start, start + length) of a map. */
export function rangeOf(map: TextMap, start: number, length: number): Range | null {
  if (length <= 0) return null;
  const a = positionOf(map, start);
  const b = positionOf(map, start + length - 1);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = (a.node.ownerDocument as Document).createRange();
  range.setEnd(b.node, b.offset + 1);
  range.setStart(a.node, a.offset);
  return range;
}

/** Whether a range still covers the text it was anchored to. */
export function rangeMatches(range: Range, exact: string): boolean {
  return !range.collapsed && range.startContainer.isConnected && compact(range.toString()) === exact;
}

/* ------------------------------------------------------------ article spans */

/** A span of the article text to place: [start, end) in Article.text. */
export interface SpanRequest {
  start: number;
  end: number;
}

export interface Placement {
  range: Range;
  /** compact text the range must keep covering (stale check) */
  exact: string;
}

/** An article text's compact form, and the compact position of any offset into it. */
export function compactIndex(text: string): { compactText: string; compactAt(i: number): number } {
  // runs of skipped code units: their starts, ends, and how many were skipped before each
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let skipped = 0;
  const re = new RegExp(SKIP_RUN.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    before.push(skipped);
    skipped += m[0].length;
  }
  const compactAt = (i: number): number => {
    if (starts.length === 0 || i <= (starts[0] as number)) return i;
    const r = segmentAt(starts, i - 1); // the last run starting before i
    return i - (before[r] as number) - (Math.min(i, ends[r] as number) - (starts[r] as number));
  };
  return { compactText: compact(text), compactAt };
}

/** The piece holding position k of its block's text, or null (k is in no node's text). */
function pieceAt(pieces: ReadonlyArray<TextPiece>, k: number): TextPiece | null {
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid] as TextPiece).at <= k) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo] as TextPiece;
  return p.at <= k && k < p.at + p.length ? p : null;
}

/** The text of a range from one node to another (a Range made to read it; none is kept). */
function rangeText(a: Text, rs: number, b: Text, re: number): string {
  const r = (a.ownerDocument as Document).createRange();
  r.setStart(a, rs);
  r.setEnd(b, re);
  return r.toString();
}

/**
 * Places spans through the live text nodes their paragraph was read from (`blocks`, by paragraph
 * index; `paragraphs` are the texts that were analyzed): no search, one Range per span, checked
 * against the span's text. A span in a node without a live counterpart, past its paragraph's end,
 * or whose Range does not read the same, is null here (placeSpans searches for it).
 */
export function placeDirect(
  paragraphs: readonly string[],
  blocks: ReadonlyArray<ReadonlyArray<TextPiece> | undefined>,
  requests: ReadonlyArray<Pick<SpanPlace, 'para' | 'from' | 'to'>>,
): Array<Placement | null> {
  return requests.map(({ para, from, to }) => {
    const text = paragraphs[para];
    const pieces = blocks[para];
    if (text === undefined || !pieces || from < 0 || to <= from || to > text.length) return null;
    const a = pieceAt(pieces, from);
    const b = pieceAt(pieces, to - 1);
    if (!a?.node || !b?.node || !a.node.isConnected || !b.node.isConnected) return null;
    const rs = rawOffset(a.node.data, a.lead, from - a.at, a.plain);
    const re = rawOffset(b.node.data, b.lead, to - 1 - b.at, b.plain) + 1;
    const want = text.slice(from, to);
    // the page may have changed since it was read: the range must read the same (whitespace apart)
    const got = a === b ? a.node.data.slice(rs, re) : null;
    const exact = compact(want);
    if (got !== want && compact(got ?? rangeText(a.node, rs, b.node, re)) !== exact) return null;
    if (exact === '') return null;
    const range = (a.node.ownerDocument as Document).createRange();
    range.setStart(a.node, rs);
    range.setEnd(b.node, re);
    return { range, exact };
  });
}

/** Spans placed between two chances to yield to the page (each search may scan the whole text). */
const PAUSE_EVERY = 20;

/**
 * Places spans of `articleText` in the live page. `levels` are searched in order (the live
 * counterparts of Readability's nodes, then the article's live container, then the body), each
 * built only when something is left to place. The first level is in article order, so it is
 * searched with a hint that follows the drift of the previous placements.
 * Returns one Placement or null per request, in request order. `pause` is awaited between
 * batches (the content script yields to the page there when its idle time is used up).
 */
export async function placeSpans(
  articleText: string,
  requests: readonly SpanRequest[],
  levels: ReadonlyArray<() => TextMap | null>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Array<Placement | null>> {
  const { compactText, compactAt } = compactIndex(articleText);
  const clamp = (i: number) => Math.max(0, Math.min(i, articleText.length));
  const quotes: Array<Quote | null> = requests.map((r) => {
    const s = compactAt(clamp(r.start));
    const e = compactAt(clamp(r.end));
    if (e <= s) return null;
    return {
      exact: compactText.slice(s, e),
      prefix: compactText.slice(Math.max(0, s - CONTEXT), s),
      suffix: compactText.slice(e, e + CONTEXT),
      hint: s,
    };
  });
  const out: Array<Placement | null> = requests.map(() => null);
  const order = requests.map((_, i) => i).sort((a, b) => (requests[a] as SpanRequest).start - (requests[b] as SpanRequest).start);
  for (let level = 0; level < levels.length; level++) {
    if (out.every((p, i) => p !== null || quotes[i] === null)) break;
    const map = (levels[level] as () => TextMap | null)();
    if (!map) continue;
    await pause();
    let drift = 0;
    let done = 0;
    for (const i of order) {
      if (++done % PAUSE_EVERY === 0) await pause();
      const q = quotes[i];
      if (!q || out[i]) continue;
      const at = locate(map.text, { ...q, hint: level === 0 ? Math.max(0, q.hint + drift) : -1 });
      if (at < 0) continue;
      const range = rangeOf(map, at, q.exact.length);
      if (!range) continue;
      if (level === 0) drift = at - q.hint;
      out[i] = { range, exact: q.exact };
    }
  }
  return out;
}
