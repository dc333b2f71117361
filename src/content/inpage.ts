/**
 * The in-page parse (extract.ts: Readability on a clone of the page), for when the off-page path
 * is unavailable or fails. It is not in the content script's bundle: build.mjs builds it as its
 * own module (inpage.js, a web-accessible resource with a per-session address in Chrome), loaded
 * the first time it is needed.
 */
import { extensionUrl } from '../shared/browser';
import type { extract } from './extract';

export const IN_PAGE_MODULE = 'inpage.js';

let loading: Promise<typeof extract> | null = null;

export function loadInPage(): Promise<typeof extract> {
  // the extension's own file, at the address the browser gives it (not page input)
  // eslint-disable-next-line no-unsanitized/method
  loading ??= (import(/* @vite-ignore */ extensionUrl(IN_PAGE_MODULE)) as Promise<{ extract: typeof extract }>).then(
    (m) => m.extract,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
