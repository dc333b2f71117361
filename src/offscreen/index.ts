/**
 * Chrome's offscreen document (reason DOM_PARSER): reads pages' articles off their main thread.
 * The background creates it when a page asks and closes it when idle; it connects back on one
 * port and answers each job (a page's HTML) with the article (shared/html-article.ts).
 */
import { ext } from '../shared/browser';
import { articleFromHtml } from '../shared/html-article';
import { isParseJob, OFFSCREEN_PORT, type ParseDone } from '../shared/offscreen-port';

const port = ext.runtime.connect({ name: OFFSCREEN_PORT });
const parser = new DOMParser();
port.onMessage.addListener((job: unknown) => {
  if (!isParseJob(job)) return;
  let done: ParseDone;
  try {
    done = { id: job.id, ok: true, article: articleFromHtml(job.html, parser) };
  } catch (e) {
    done = { id: job.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(done);
});
// the background went away (a service worker stops when idle): this page has no more use
port.onDisconnect.addListener(() => window.close());
