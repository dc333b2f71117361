/**
 * Which highlighted name is under a point. Highlights are not elements, so the event target says
 * nothing: `CSS.highlights.highlightsFromPoint` (where present) tells quickly whether any of
 * Sourcelight's highlights is there at all, then the candidate ranges' client rectangles decide
 * which one. Without highlightsFromPoint, the caret position at the point
 * (`caretPositionFromPoint` / `caretRangeFromPoint`) narrows the candidates to ranges containing it.
 */

interface HighlightRegistryWithHitTest {
  highlightsFromPoint?: (x: number, y: number) => Array<Highlight | { highlight: Highlight; ranges?: AbstractRange[] }>;
}

type Rect = { left: number; right: number; top: number; bottom: number };

export function rectContains(r: Rect, x: number, y: number, slop = 1): boolean {
  return x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The index (into `ranges`) of the range drawn under (x, y), or -1. `ours` is the set of
 * Sourcelight's Highlight objects that are hit-testable (the visible name categories).
 */
export function hitTest(x: number, y: number, ranges: readonly Range[], ours: ReadonlySet<Highlight>): number {
  if (ranges.length === 0) return -1;
  const registry = CSS.highlights as unknown as HighlightRegistryWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    if (hits.length === 0) return -1;
    // Newer engines also say which ranges were hit.
    for (const h of hits) {
      if (!('highlight' in h) || !ours.has(h.highlight)) continue;
      for (const r of h.ranges ?? []) {
        const i = ranges.indexOf(r as Range);
        if (i >= 0) return i;
      }
    }
    // Otherwise (or when the registry hands back other wrappers of our objects), fall through
    // to the rectangles.
  } else {
    const caret = caretAt(x, y);
    if (!caret) return -1;
    const candidates = ranges
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => {
        try {
          return r.isPointInRange(caret.node, caret.offset);
        } catch {
          return false;
        }
      });
    return candidates.find(({ r }) => [...r.getClientRects()].some((rect) => rectContains(rect, x, y)))?.i ?? -1;
  }
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as Range;
    if (!rectContains(r.getBoundingClientRect(), x, y)) continue;
    if ([...r.getClientRects()].some((rect) => rectContains(rect, x, y))) return i;
  }
  return -1;
}
