/**
 * Readability's parse for a result that is read as text, never shown.
 *
 * The paragraphs are those of the stock `parse()` (tests compare the two on the fixture pages
 * and on every page of ../shared/pages). Left out are three things the stock parse does only for
 * a result that is displayed or handed on as HTML:
 *  - the serialisation of the result (`serializer`: the element itself is returned);
 *  - the clean-up of that HTML (`_postProcessContent`: absolute URLs, simplified nesting, classes);
 *  - the serialisation of the whole body as HTML at the start of `_grabArticle`, which is kept
 *    only to put the body back when a pass finds too little text and Readability tries again
 *    with looser rules. Here the body is put back only when that happens, from the live page
 *    (unchanged: all of this runs in one task), and prepared again as `parse()` prepared it. The
 *    body's innerHTML reads as a BodyKeeper meanwhile.
 * Both hooks are on the instance and are checked: a Readability without those internals runs
 * the stock way.
 */
import { Readability } from '@mozilla/readability';

export interface TextParse {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** the article's element in the clone; null when Readability found none */
  content: Element | null;
  /** how many times the body was put back for another pass */
  retries: number;
}

/**
 * What the body's innerHTML reads as during a lean parse, and what Readability hands back to put
 * the body back. Unbundled (Node: the unit tests) Readability assigns it to
 * innerHTML, which the body's own accessor takes; in the extension's bundle build.mjs rewrites that
 * assignment (no HTML sink is shipped) to call restore().
 */
export interface BodyKeeper {
  restore(): void;
}

interface Internals {
  _postProcessContent?: (article: Element) => void;
  _unwrapNoscriptImages?: (doc: Document) => void;
  _removeScripts?: (doc: Document) => void;
  _prepDocument?: () => void;
}

/** Whether this Readability has the internals the lean parse relies on (a unit test checks the bundled one). */
export function leanParseSupported(r: object): boolean {
  const i = r as Internals;
  return ['_postProcessContent', '_unwrapNoscriptImages', '_removeScripts', '_prepDocument'].every(
    (k) => typeof i[k as keyof Internals] === 'function',
  );
}

/**
 * Parses `clone` (a clone of `live`, made in this same task; Readability changes it). `live` is
 * only read, and only when Readability tries again.
 */
export function parseForText(clone: Document, live: Document): TextParse {
  const r = new Readability<Element>(clone, { serializer: (n) => n as Element, keepClasses: true });
  const inner = r as unknown as Internals;
  const body = clone.body;
  let retries = 0;
  const lean = leanParseSupported(r) && body !== null && live.body !== null;
  if (lean) {
    inner._postProcessContent = () => undefined;
    const keeper: BodyKeeper = {
      restore: () => {
        retries++;
        const fresh = clone.importNode(live.body as HTMLElement, true);
        while (body.firstChild) body.removeChild(body.firstChild);
        while (fresh.firstChild) body.appendChild(fresh.firstChild);
        // as parse() prepared the body before the first pass (the head is done already: these leave it as it is)
        inner._unwrapNoscriptImages?.(clone);
        inner._removeScripts?.(clone);
        inner._prepDocument?.();
      },
    };
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => keeper,
      set: (v: unknown) => {
        if (v !== keeper) throw new Error('Readability put back a body it had not read');
        keeper.restore();
      },
    });
  }
  try {
    const parsed = r.parse();
    return {
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      siteName: parsed?.siteName ?? null,
      content: parsed?.content ?? null,
      retries,
    };
  } finally {
    if (lean) Reflect.deleteProperty(body, 'innerHTML');
  }
}
