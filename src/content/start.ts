/**
 * The content script as the manifest injects it on every page (built as content.js): one import.
 * A script the manifest injects is parsed and compiled on the page's main thread on every load; a
 * module imported from the extension's own address is compiled off it (the browser streams it) and
 * can be cached. So the start-up script (loader.ts) is a module too (loader.js), imported here, and
 * handed this script's module loader (modules.ts: the content script's one dynamic import), with
 * which it imports the rest past the gate.
 */
import { LOADER_MODULE, type LoadModule, loadModule } from './modules';

loadModule<{ start(load: LoadModule): void }>(LOADER_MODULE).then(
  (m) => m.start(loadModule),
  (e: unknown) => console.debug('[sourcelight] could not start', e),
);
