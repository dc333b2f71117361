/**
 * The parse budget: whether a page is small enough for Readability on the page's main thread.
 * Readability's cost grows with the depth of the tree (it walks ancestors for every candidate) and
 * with the number of paragraphs and elements: 2,500–5,000 nested levels held the page for 0.8 s
 * (Chromium) to 3.3 s (Firefox) in one task, 20,000 paragraphs 0.35–0.95 s. Pages over the budget
 * take the cheap live fallback (extract.ts) instead. Measuring is bounded: element and paragraph
 * counts are native, and the depth walk stops as soon as the depth is over budget.
 */

export interface PageSize {
  /** the deepest element's number of element ancestors (measured up to the budget + 1) */
  depth: number;
  elements: number;
  paragraphs: number;
  /** characters of the body's text */
  text: number;
}

export interface ParseBudget {
  depth: number;
  elements: number;
  paragraphs: number;
  text: number;
}

/** Real articles nest a few dozen levels and hold a few hundred paragraphs. */
export const PARSE_BUDGET: ParseBudget = { depth: 300, elements: 40_000, paragraphs: 5_000, text: 5_000_000 };

export type ParseVerdict = { parse: true } | { parse: false; over: keyof ParseBudget };

/** Readability, or the fallback and which limit sent it there. Pure. */
export function parseVerdict(size: PageSize, budget: ParseBudget = PARSE_BUDGET): ParseVerdict {
  for (const k of ['depth', 'elements', 'paragraphs', 'text'] as const) if (size[k] > budget[k]) return { parse: false, over: k };
  return { parse: true };
}

/** The maximum element depth below `root`, counting at most to `cap` (the walk ends there). Iterative. */
export function depthOf(root: Element, cap: number): number {
  let max = 0;
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (depth > max) {
      max = depth;
      if (max >= cap) return max;
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) break;
    el = el.nextElementSibling;
  }
  return max;
}

/** The page's size as the budget sees it; the element count and the depth walk stop early where they can. */
export function pageSize(doc: Document, budget: ParseBudget = PARSE_BUDGET): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  const paragraphs = doc.getElementsByTagName('p').length;
  // no walk at all when the counts already decide
  if (elements > budget.elements || paragraphs > budget.paragraphs) return { depth: 0, elements, paragraphs, text: 0 };
  const depth = doc.body ? depthOf(doc.body, budget.depth + 1) : 0;
  const text = depth > budget.depth ? 0 : (doc.body?.textContent?.length ?? 0);
  return { depth, elements, paragraphs, text };
}
