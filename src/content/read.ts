/**
 * Reading the page's article, as the content script's one call: the gate here, the parse off the
 * page (offpage.ts: the background's document reads the HTML and analyses the article in the
 * same round trip), and the in-page parse (extract.ts: Readability on a clone of the page) as
 * the fallback when the off-page path is unavailable or fails. `where` says which one read it;
 * the page's own costs are recorded as User Timing measures.
 */
import { backgroundLost, noAnswer } from '../shared/delivery';
import { MAX_PAGE_HTML } from '../shared/guards';
import { sendFromContent } from '../shared/messaging';
import type { AnalyzeReply, AnalyzeRequest, PageMetaFields } from '../shared/protocol';
import type { Extracted, ExtractTimings } from './extract';
import type { Verdict } from './gate';
import { fromHtmlArticle, gate, liveFallback } from './offpage';
import { Cancelled, idle, retry, SLICE_MS } from './schedule';
import { sendPage } from './send-page';
import { serializeInSlices, UNREAD } from './serialize';

/**
 * The waits before the page's HTML is sent again to a background that went away under it (a
 * service worker stopped and starting again: about 4 s in all), before the page reads it itself.
 */
export const READ_RETRIES = [250, 1_000, 3_000];

/** the longest wait for idle time between two slices of the page's serialisation */
const SERIALIZE_WAIT_MS = 50;

export type ReadWhere = 'off-page' | 'in-page' | 'live';

export interface ArticleRead {
  extracted: Extracted;
  reply: AnalyzeReply;
  /** off-page: the background's document parsed it; in-page: the fallback parse; live: a page too large for Readability */
  where: ReadWhere;
  /** why the off-page path was not taken (in-page only) */
  fallbackReason: string | null;
}

export interface ReadOptions {
  url: string;
  exclude: Node | null;
  signal: AbortSignal;
  /** records a measure (name, start, duration) */
  measure: (name: string, start: number, duration: number) => void;
  /** the in-page parse (loaded only when needed) */
  inPage: () => Promise<(doc: Document, opts: { exclude?: Node | null; timings?: ExtractTimings }) => Extracted | null>;
  /** the gate's verdict when it has just been worked out (the start-up script's): the gate is not run again */
  verdict?: Verdict | null;
  /** the off-page path is not to be tried (tests of the fallback) */
  offPage?: boolean;
  /** the page's own metadata (page-meta.ts), sent along for the reading memory */
  meta?: PageMetaFields;
  /** asks the background to analyze paragraphs read in the page (default: one request, retried) */
  ask?: (request: AnalyzeRequest) => Promise<AnalyzeReply>;
  /** bounds one off-page read (a background stopped mid-read may never answer) */
  deadline?: <T>(p: Promise<T>) => Promise<T>;
  /** the waits before an off-page read lost with its background is sent again (default READ_RETRIES) */
  readRetries?: readonly number[];
  /** the article as already read (growth.ts: the last read with the page's changes): only its analysis is asked for */
  known?: Pick<ArticleRead, 'extracted' | 'where' | 'fallbackReason'>;
}

/** What this costs the page's main thread is `busy` (milliseconds, the waits left out). */
export async function readArticle(doc: Document, o: ReadOptions): Promise<{ read: ArticleRead | null; busy: number }> {
  let busy = 0;
  const analyze = async (extracted: Extracted, where: ReadWhere, fallbackReason: string | null) => {
    const tp = performance.now();
    const request = {
      url: o.url,
      title: extracted.title,
      byline: extracted.byline,
      siteName: extracted.siteName,
      paragraphs: extracted.paragraphs,
      ...(o.meta ? { meta: o.meta } : {}),
    };
    const asked = o.ask ? o.ask(request) : retry(() => sendFromContent('article/analyze', request), undefined, o.signal, noAnswer);
    const t2 = performance.now();
    busy += t2 - tp;
    o.measure('sourcelight:request', tp, t2 - tp);
    const reply = await asked;
    o.measure('sourcelight:analyze', t2, reply.ms);
    o.measure('sourcelight:analyze-wait', t2, performance.now() - t2);
    return { read: { extracted, reply, where, fallbackReason }, busy };
  };
  if (o.known) return analyze(o.known.extracted, o.known.where, o.known.fallbackReason);

  // the start-up script's verdict stands (it measured its gate); otherwise the page is gated here
  let g = o.verdict;
  if (!g) {
    const t0 = performance.now();
    g = gate(doc);
    const t1 = performance.now();
    busy += t1 - t0;
    o.measure('sourcelight:gate', t0, t1 - t0);
  }
  if (g === 'no') return { read: null, busy };

  if (g === 'large') {
    const t = performance.now();
    const extracted = liveFallback(doc, o.exclude);
    busy += performance.now() - t;
    return extracted ? analyze(extracted, 'live', null) : { read: null, busy };
  }

  let reason = 'off';
  if (o.offPage !== false) {
    // in slices of SLICE_MS, each measured (the waits between them are the page's own time)
    let ts = performance.now();
    const sliceDone = async () => {
      const tr = performance.now();
      o.measure('sourcelight:serialize', ts, tr - ts);
      busy += tr - ts;
      await idle(o.signal, SERIALIZE_WAIT_MS);
      ts = performance.now();
    };
    const { html, texts } = await serializeInSlices(doc, {
      emptied: UNREAD,
      step: () => (performance.now() - ts < SLICE_MS ? Promise.resolve() : sliceDone()),
    });
    // the first message is a task of its own
    await sliceDone();
    if (html.length <= MAX_PAGE_HTML) {
      try {
        const request = { url: o.url, html, ...(o.meta ? { meta: o.meta } : {}) };
        // in parts when it is long, each message's serialisation a task of its own (send-page.ts)
        const once = () => {
          const sent = sendPage(request, {
            send: sendFromContent,
            measure: (start, duration) => {
              busy += duration;
              o.measure('sourcelight:request', start, duration);
            },
            between: () => {
              if (o.signal.aborted) throw new Cancelled();
            },
          });
          return o.deadline ? o.deadline(sent) : sent;
        };
        // sent again (the same HTML, all its parts) only when the background went away under it;
        // its own error or a time-out leads to the in-page parse at once
        const asked = retry(once, o.readRetries ?? READ_RETRIES, o.signal, backgroundLost);
        const tw = performance.now();
        const r = await asked;
        o.measure('sourcelight:read-wait', tw, performance.now() - tw);
        if (o.signal.aborted) throw new Cancelled();
        if (!r.article || !r.analysis) return { read: null, busy };
        o.measure('sourcelight:analyze', tw, r.analysis.ms);
        o.measure('sourcelight:offpage-parse', tw, r.article.ms);
        const extracted = fromHtmlArticle(doc, r.article, texts);
        return { read: { extracted, reply: r.analysis, where: 'off-page', fallbackReason: null }, busy };
      } catch (e) {
        if (e instanceof Cancelled || o.signal.aborted) throw e;
        reason = e instanceof Error ? e.message : String(e);
        console.debug('[sourcelight] the off-page parse failed, parsing in the page', e);
      }
    } else {
      reason = 'too-large';
    }
  }

  // the fallback: Readability on a clone, in the page (its own gate again is cheap next to the parse)
  const extract = await o.inPage();
  const tx = performance.now();
  const timings: ExtractTimings = { gate: 0, readability: 0, pair: 0, paragraphs: 0 };
  const extracted = extract(doc, { exclude: o.exclude, timings });
  const ty = performance.now();
  busy += ty - tx;
  o.measure('sourcelight:in-page-parse', tx, ty - tx);
  o.measure('sourcelight:readability', tx, timings.readability);
  o.measure('sourcelight:pair', tx, timings.pair);
  o.measure('sourcelight:paragraphs', tx, timings.paragraphs);
  if (!extracted) return { read: null, busy };
  return analyze(extracted, 'in-page', reason);
}
