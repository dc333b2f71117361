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

/** Is this page an article worth a parse: no, yes, or yes but too large for Readability. */
export function gate(doc: Document): Verdict {
  if (!doc.body || !isProbablyReaderable(doc)) return 'no';
  return doc.getElementsByTagName('*').length > MAX_ELEMENTS ? 'large' : 'article';
}
