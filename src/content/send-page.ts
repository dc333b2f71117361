/**
 * The page's HTML to the background, to be read off the page's main thread. A runtime message is
 * serialised on the page's main thread in one task (Chrome copies it into its own form there), so
 * a large page goes as several messages of at most PAGE_PART_CHARS characters each
 * ('article/read-part'), each sent in a task of its own once the previous one is answered; the
 * last part goes with the read request itself ('article/read' with `parts`), and the background
 * joins them (background/page-parts.ts). A page that fits in one part goes as one request.
 */
import { PAGE_PART_CHARS } from '../shared/guards';
import type { ContentToBackground, ReadReply, ReadRequest, Req, Res } from '../shared/protocol';

export type Send = <K extends 'article/read' | 'article/read-part'>(
  kind: K,
  payload: Req<ContentToBackground, K>,
) => Promise<Res<ContentToBackground, K>>;

export interface SendPageOptions {
  send: Send;
  /** records the page's own time spent sending one message (its serialisation) */
  measure: (start: number, duration: number) => void;
  /** between two parts (an abort check): throws to stop */
  between?: () => void;
  partChars?: number;
}

/** The transfer's id: unique enough for one tab (the background keeps one transfer per tab). */
const transferId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Sends `request` (its whole page in `html`), in parts when it is long; resolves with the read's reply. */
export async function sendPage(request: ReadRequest, o: SendPageOptions): Promise<ReadReply> {
  const size = o.partChars ?? PAGE_PART_CHARS;
  const timed = <T>(sent: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const p = sent();
    o.measure(t, performance.now() - t);
    return p;
  };
  const { html } = request;
  if (html.length <= size) return timed(() => o.send('article/read', request));
  const id = transferId();
  const count = Math.ceil(html.length / size) - 1;
  for (let index = 0; index < count; index++) {
    const text = html.slice(index * size, (index + 1) * size);
    await timed(() => o.send('article/read-part', { id, index, text }));
    o.between?.();
  }
  return timed(() => o.send('article/read', { ...request, html: html.slice(count * size), parts: { id, count } }));
}
