/**
 * A page's HTML arriving in parts (content/send-page.ts: one runtime message is serialised on the
 * page's main thread in one task, so a large page is sent as several). Kept by tab, one page at a
 * time: a new transfer from a tab drops the one before it (the page's analysis ran again), and
 * a transfer left unfinished is dropped after STALE_MS. The last part comes with the read request
 * itself, which takes the whole.
 */
import { MAX_PAGE_HTML } from '../shared/guards';

/** A transfer not finished within this long is dropped (ms). */
export const STALE_MS = 60_000;

interface Transfer {
  id: string;
  parts: string[];
  size: number;
  at: number;
}

export class PageParts {
  private readonly byTab = new Map<number, Transfer>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Keeps part `index` of transfer `id` from a tab. Throws when the page would be over MAX_PAGE_HTML. */
  keep(tabId: number, id: string, index: number, text: string): void {
    const now = this.now();
    for (const [tab, t] of this.byTab) if (now - t.at > STALE_MS) this.byTab.delete(tab);
    let t = this.byTab.get(tabId);
    if (!t || t.id !== id) {
      t = { id, parts: [], size: 0, at: now };
      this.byTab.set(tabId, t);
    }
    const size = t.size - (t.parts[index]?.length ?? 0) + text.length;
    if (size > MAX_PAGE_HTML) {
      this.byTab.delete(tabId);
      throw new Error('the page is too large to be read off the page');
    }
    t.parts[index] = text;
    t.size = size;
    t.at = now;
  }

  /** The whole page: the `count` parts kept for transfer `id`, then `last`. Throws when a part is missing. */
  take(tabId: number, id: string, count: number, last: string): string {
    const t = this.byTab.get(tabId);
    if (t?.id === id) this.byTab.delete(tabId);
    if (!t || t.id !== id || t.parts.length !== count) throw new Error('the page did not arrive whole');
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const p = t.parts[i];
      if (p === undefined) throw new Error('the page did not arrive whole');
      parts.push(p);
    }
    parts.push(last);
    return parts.join('');
  }

  /** How many tabs have a transfer under way (for tests). */
  get size(): number {
    return this.byTab.size;
  }
}
