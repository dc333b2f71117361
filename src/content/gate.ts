/**
 * Is this page an article worth a parse? Readability's own readerable check (its 1 KB module),
 * and the element budget above which the cheaper live read is used instead of Readability. Run
 * by the start-up script (loader.ts) on every page, and by the rest of the content script on a
 * page that changed: nothing else is imported here, so that it stays small.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node tsconfig (unit tests) does not include src/types/
/// <reference path="../types/readability-readerable.d.ts" />
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** Readability's element budget: above it, the cheaper live fallback is used. */
export const MAX_ELEMENTS = 40_000;

export type Verdict = 'no' | 'article' | 'large';

/**
 * Readability's own visibility check (isNodeVisible in its readerable module), with the same
 * answer, but reading an element's `style` only when its style attribute names display: the inline
 * declarations are always written back to that attribute, so display can be none only then. The
 * readerable check asks this of every paragraph until the page has scored enough, and in Firefox a
 * content script's first read of each element's `style` builds a declaration object through its
 * wrappers.
 */
export function visible(n: Node): boolean {
  const node = n as Element; // the check is asked of elements only (paragraphs, and the parents of <br>s)
  const inline = node.getAttribute('style');
  if (inline !== null && /display/i.test(inline) && (node as Partial<HTMLElement>).style?.display === 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  // wikimedia's math images are marked aria-hidden but shown (Readability's exception)
  return node.getAttribute('aria-hidden') !== 'true' || (typeof node.className === 'string' && node.className.includes('fallback-image'));
}

/** Is this page an article worth a parse: no, yes, or yes but too large for Readability. */
export function gate(doc: Document): Verdict {
  if (!doc.body || !isProbablyReaderable(doc, { visibilityChecker: visible })) return 'no';
  return doc.getElementsByTagName('*').length > MAX_ELEMENTS ? 'large' : 'article';
}
