/**
 * The content script's own modules: loader.js (loader.ts, the start-up part) by the manifest's
 * content script (start.ts) on every page; app.js (index.ts: everything past the gate) by the
 * start-up script; inpage.js (the in-page parse) by app.js. Each is handed this function: it is
 * the content script's one dynamic import. All three are web-accessible resources (the manifest;
 * Chrome gives them a per-session address).
 */
import { liteUrl } from '../shared/browser-lite';

export const LOADER_MODULE = 'loader.js';
export const APP_MODULE = 'app.js';
export const IN_PAGE_MODULE = 'inpage.js';

export type LoadModule = <T>(file: string) => Promise<T>;

export const loadModule: LoadModule = <T>(file: string): Promise<T> =>
  // the extension's own file, at the address the browser gives it (not page input)
  // eslint-disable-next-line no-unsanitized/method
  import(/* @vite-ignore */ liteUrl(file)) as Promise<T>;
