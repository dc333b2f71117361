/**
 * Text-quote anchoring: maps spans of the analysed article text back to live DOM Ranges.
 *
 * The article text the engine saw (paragraphs from Readability's clone) and the live page differ
 * in whitespace (collapsed runs, block boundaries with no whitespace between them, <br>, NBSP),
 * invisible characters (soft hyphens, zero-width spaces) and order (Readability moves nodes).
 * So both sides are compared in a "compact" form with every such character removed, and each
 * span is anchored by its own text plus up to CONTEXT compact characters of prefix and suffix,
 * as annotation tools anchor by text quote. An expected position (hint) makes the common case
 * O(1); otherwise every occurrence is scored by how much of its context matches.
 *
 * Pure DOM reading: no node is created, changed or moved (Ranges are not part of the tree).
 */

/** Code units dropped from both sides: whitespace of every kind and invisible format characters. */
export function isSkippable(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The compact form of a string: every skippable code unit removed. */
export function compact(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSkippable(s.charCodeAt(i))) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The compact text of a list of text nodes, with each compact code unit's node and offset. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** per compact code unit: index into nodes */
  node: Int32Array;
  /** per compact code unit: offset into that node's data */
  offset: Int32Array;
  /** the node list held more than maxChars compact characters: the rest is not mapped */
  truncated: boolean;
}

export function buildTextMap(nodes: readonly Text[], maxChars = Infinity): TextMap {
  let total = 0;
  for (const n of nodes) total += n.data.length;
  const size = Math.min(total, maxChars);
  const node = new Int32Array(size);
  const offset = new Int32Array(size);
  const parts: string[] = [];
  let k = 0;
  let truncated = false;
  outer: for (let ni = 0; ni < nodes.length; ni++) {
    const data = (nodes[ni] as Text).data;
    let from = -1;
    for (let i = 0; i < data.length; i++) {
      if (isSkippable(data.charCodeAt(i))) {
        if (from >= 0) parts.push(data.slice(from, i));
        from = -1;
        continue;
      }
      if (k >= size) {
        if (from >= 0) parts.push(data.slice(from, i));
        truncated = true;
        break outer;
      }
      if (from < 0) from = i;
      node[k] = ni;
      offset[k] = i;
      k++;
    }
    if (from >= 0) parts.push(data.slice(from));
  }
  return { text: parts.join(''), nodes: nodes as Text[], node: node.subarray(0, k), offset: offset.subarray(0, k), truncated };
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE']);

/** The text nodes under `root` in document order, leaving out script/style-like content and `exclude`. */
export function textNodesOf(root: Node, exclude: Node | null = null): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(n) {
      if (n.nodeType === 1) {
        if (n === exclude || SKIP_PARENTS.has((n as Element).tagName)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
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
  const last = start + length - 1;
  if (start < 0 || length <= 0 || last >= map.node.length) return null;
  const a = map.nodes[map.node[start] as number];
  const b = map.nodes[map.node[last] as number];
  if (!a || !b || !a.isConnected || !b.isConnected) return null;
  const range = (a.ownerDocument as Document).createRange();
  range.setStart(a, map.offset[start] as number);
  range.setEnd(b, (map.offset[last] as number) + 1);
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

/** Compact positions of an article text: compactAt[i] = compact length of text.slice(0, i). */
export function compactIndex(text: string): { compactText: string; compactAt: Int32Array } {
  const compactAt = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    compactAt[i] = k;
    if (!isSkippable(text.charCodeAt(i))) k++;
  }
  compactAt[text.length] = k;
  return { compactText: compact(text), compactAt };
}

/**
 * Places spans of `articleText` in the live page. `levels` are searched in order (the live
 * counterparts of Readability's nodes, then the article's live container, then the body), each
 * built only when something is left to place. The first level is in article order, so it is
 * searched with a hint that follows the drift of the previous placements.
 * Returns one Placement or null per request, in request order.
 */
export function placeSpans(articleText: string, requests: readonly SpanRequest[], levels: ReadonlyArray<() => TextMap | null>): Array<Placement | null> {
  const { compactText, compactAt } = compactIndex(articleText);
  const quotes: Array<Quote | null> = requests.map((r) => {
    const s = compactAt[Math.max(0, Math.min(r.start, articleText.length))] as number;
    const e = compactAt[Math.max(0, Math.min(r.end, articleText.length))] as number;
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
  levels.forEach((build, level) => {
    if (out.every((p, i) => p !== null || quotes[i] === null)) return;
    const map = build();
    if (!map) return;
    let drift = 0;
    for (const i of order) {
      const q = quotes[i];
      if (!q || out[i]) continue;
      const at = locate(map.text, { ...q, hint: level === 0 ? Math.max(0, q.hint + drift) : -1 });
      if (at < 0) continue;
      const range = rangeOf(map, at, q.exact.length);
      if (!range) continue;
      if (level === 0) drift = at - q.hint;
      out[i] = { range, exact: q.exact };
    }
  });
  return out;
}
