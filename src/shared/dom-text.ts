/**
 * The paragraph texts of a DOM subtree: block elements (p, li, h1-h6, blockquote, pre, td, th, figcaption, dd,
 * dt) and divs that hold text directly. Uses only the nodes it is given: no `document` or `window` global, so it
 * runs on Readability's output in jsdom (CLI, tests) and on the page in the content script.
 */

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION', 'DD', 'DT', 'CAPTION', 'SUMMARY']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/** Does this div hold text of its own (not only inside child blocks)? */
function hasDirectText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && (c.nodeValue ?? '').trim() !== '') return true;
    if (c.nodeType === ELEMENT_NODE) {
      const t = (c as Element).tagName.toUpperCase();
      if (!isBlock(c as Element) && t !== 'DIV' && t !== 'SECTION' && t !== 'ARTICLE' && t !== 'UL' && t !== 'OL' && t !== 'TABLE' && !SKIP.has(t) && ((c as Element).textContent ?? '').trim() !== '') return true;
    }
  }
  return false;
}

/** Text of an element, with <br> as a space and nested blocks excluded (they are paragraphs of their own). */
function ownText(el: Element, out: string[]): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) out.push(c.nodeValue ?? '');
    else if (c.nodeType === ELEMENT_NODE) {
      const e = c as Element;
      const t = e.tagName.toUpperCase();
      if (SKIP.has(t)) continue;
      if (t === 'BR') out.push(' ');
      else if (isBlock(e) || t === 'DIV' || t === 'UL' || t === 'OL' || t === 'TABLE' || t === 'SECTION') continue;
      else ownText(e, out);
    }
  }
}

function normalise(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function blockTexts(root: ParentNode): string[] {
  const out: string[] = [];
  const visit = (node: ParentNode): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (isBlock(el) || (tag === 'DIV' && hasDirectText(el))) {
        const parts: string[] = [];
        ownText(el, parts);
        const text = normalise(parts.join(''));
        if (text) out.push(text);
      }
      visit(el);
    }
  };
  visit(root);
  return out;
}
