/**
 * The in-page parse (extract.ts: Readability on a clone of the page), for when the off-page path
 * is unavailable or fails. It is not in the content script's bundle: build.mjs builds it as its
 * own module (inpage.js, a web-accessible resource with a per-session address in Chrome), loaded
 * the first time it is needed, through the loader the start-up script hands over (modules.ts).
 */
import type { extract } from './extract';
import { IN_PAGE_MODULE, type LoadModule } from './modules';

let loading: Promise<typeof extract> | null = null;

export function loadInPage(load: LoadModule): Promise<typeof extract> {
  loading ??= load<{ extract: typeof extract }>(IN_PAGE_MODULE).then(
    (m) => m.extract,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
