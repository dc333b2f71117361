/**
 * The page's HTML in slices: `document.documentElement.outerHTML` is one task, and on a large page
 * a long one (a second and more on a page of tens of thousands of elements). Here an element of
 * more than `unit` elements is opened: its start tag is written here, its children serialised one
 * by one (each small one by the browser's own outerHTML, each large one opened in turn), and its end
 * tag closes it; between two pieces the caller's `step` may yield to the page (read.ts: every SLICE_MS).
 *
 * The text nodes are listed as they are written, so that index i in the list is text node i of the
 * HTML written, whatever the page changes between two slices (shared/article-refs.ts: the
 * background names a paragraph's pieces by that index; the page checks each against its length).
 *
 * Elements matching `emptied` (UNREAD: scripts, style sheets) are written without their content:
 * an element holding one is opened down to it.
 *
 * Written as the HTML serialisation algorithm writes them: attribute values escape & " and no-break
 * spaces; text escapes & < > and no-break spaces, except in the raw-text elements.
 */
import { listSnapshot, type Snapshot } from '../shared/article-refs';

/** An element of more elements than this is opened, its children serialised one by one. */
const UNIT_ELEMENTS = 1_500;
/** Opened no deeper than this (a pathological nesting is serialised whole at that depth). */
const MAX_DEPTH = 64;
/** NodeFilter.SHOW_TEXT */
const SHOW_TEXT = 4;
const XHTML = 'http://www.w3.org/1999/xhtml';
/** text in these is written as it is (HTML's serialisation; <noscript>: scripting is on in the page) */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const escapeText = (s: string): string =>
  s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
const escapeAttribute = (s: string): string => s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

const nameOf = (el: Element): string => (el.namespaceURI === XHTML ? el.localName : el.tagName);

/** The start tag of `el`, as its outerHTML begins. Pure over the element. */
export function startTag(el: Element): string {
  let s = `<${nameOf(el)}`;
  for (const a of Array.from(el.attributes)) s += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${s}>`;
}

export interface SerializeOptions {
  /** called between two pieces of work: resolves at once, or after yielding to the page */
  step: () => Promise<void>;
  unit?: number;
  /** elements matching this selector are written empty (their start and end tags only, no text nodes listed) */
  emptied?: string;
}

/**
 * What the off-page parse never reads: scripts and style sheets (Readability removes them before it
 * reads anything; it reads only JSON-LD scripts, for the metadata). A third to a half of the HTML
 * of many news pages, not copied into a message nor parsed again.
 */
export const UNREAD = 'script:not([type="application/ld+json"]), style';

/**
 * The document's HTML (its doctype and root element) and its text nodes in the order written,
 * serialised in slices. Without `emptied`: equal to the doctype + `documentElement.outerHTML` of a
 * page that does not change meanwhile.
 */
export async function serializeInSlices(doc: Document, o: SerializeOptions): Promise<{ html: string; texts: Snapshot }> {
  const unit = o.unit ?? UNIT_ELEMENTS;
  const parts: string[] = [];
  const texts: Node[] = [];
  if (doc.doctype) parts.push(new XMLSerializer().serializeToString(doc.doctype));

  const whole = (el: Element): void => {
    // a read, not a sink: the text goes to the extension's own parser
    // eslint-disable-next-line no-restricted-properties
    parts.push(el.outerHTML);
    // a walker, not an XPath query: a page of many small units would pay the query's set-up for each
    const walker = doc.createTreeWalker(el, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  };

  // the elements to write empty, and every element that holds one (opened down to it): one query, not one per element
  const empty = new Set<Element>(o.emptied ? Array.from(doc.querySelectorAll(o.emptied)) : []);
  const holds = new Set<Element>();
  for (const e of empty) for (let p = e.parentElement; p && !holds.has(p); p = p.parentElement) holds.add(p);
  const visit = async (el: Element, depth: number): Promise<void> => {
    if (empty.has(el)) {
      parts.push(`${startTag(el)}</${nameOf(el)}>`);
      return;
    }
    if (depth >= MAX_DEPTH || (!holds.has(el) && el.getElementsByTagName('*').length <= unit)) {
      whole(el);
      await o.step();
      return;
    }
    parts.push(startTag(el));
    const raw = el.namespaceURI === XHTML && RAW_TEXT.has(el.localName);
    // the children as they are now: a child the page moves meanwhile is written where it was
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) await visit(child as Element, depth + 1);
      else if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(raw ? data : escapeText(data));
        texts.push(child);
      } else if (child.nodeType === 8) parts.push(`<!--${(child as Comment).data}-->`);
    }
    parts.push(`</${nameOf(el)}>`);
  };

  await visit(doc.documentElement, 0);
  return { html: parts.join(''), texts: listSnapshot(texts) };
}
