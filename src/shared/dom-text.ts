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
function ownText(el: Element, out: Array<Text | null>): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) out.push(c as Text);
    else if (c.nodeType === ELEMENT_NODE) {
      const e = c as Element;
      const t = e.tagName.toUpperCase();
      if (SKIP.has(t)) continue;
      if (t === 'BR') out.push(null);
      else if (isBlock(e) || t === 'DIV' || t === 'UL' || t === 'OL' || t === 'TABLE' || t === 'SECTION') continue;
      else ownText(e, out);
    }
  }
}

const SPACE_RUN = /[\s\u00a0]+/g;

/**
 * One text node's part of a block's text. The block's text is its nodes' data with every run of
 * whitespace as one space (runs across nodes too), trimmed; a piece says where its node's text
 * starts in it (`at`), how long it is there, and whether the node's leading whitespace was dropped
 * (`lead`: it joined the previous piece's space or the block's start). A <br> is a piece without
 * a node.
 */
export interface TextPiece<N = Text> {
  node: N | null;
  at: number;
  length: number;
  lead: boolean;
  /** the node's data needed no folding (position k of the piece is k + lead in the data) */
  plain: boolean;
}

export interface Block<N = Text> {
  text: string;
  pieces: Array<TextPiece<N>>;
}

function blockOf(nodes: ReadonlyArray<Text | null>): Block {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let endsWithSpace = true; // the block's start behaves like a space: leading whitespace is dropped
  for (const node of nodes) {
    const data = node === null ? ' ' : (node.nodeValue ?? '');
    let t = data.replace(SPACE_RUN, ' ');
    const plain = t === data;
    const lead = endsWithSpace && t.charCodeAt(0) === 32;
    if (lead) t = t.slice(1);
    pieces.push({ node, at: length, length: t.length, lead, plain });
    if (t.length === 0) continue;
    parts.push(t);
    length += t.length;
    endsWithSpace = t.charCodeAt(t.length - 1) === 32;
  }
  let text = parts.join('');
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return { text, pieces };
}

/**
 * The offset in a node's data of position `k` of its piece (see TextPiece): the inverse of the
 * whitespace folding, for the one node a result falls in.
 */
export function rawOffset(data: string, lead: boolean, k: number, plain = false): number {
  if (plain) return lead ? k + 1 : k;
  let raw = 0;
  if (lead) {
    SPACE_RUN.lastIndex = 0;
    const m = SPACE_RUN.exec(data);
    if (m && m.index === 0) raw = m[0].length;
  }
  let folded = 0;
  SPACE_RUN.lastIndex = raw;
  for (let m = SPACE_RUN.exec(data); m; m = SPACE_RUN.exec(data)) {
    const plain = m.index - raw;
    if (k < folded + plain) return raw + (k - folded);
    folded += plain;
    if (k === folded) return m.index; // the run's one space
    folded += 1;
    raw = m.index + m[0].length;
  }
  return raw + (k - folded);
}

/** The blocks of a DOM subtree (see blockTexts), each with the text nodes it was read from. */
export function blocksOf(root: ParentNode): Block[] {
  const out: Block[] = [];
  const visit = (node: ParentNode): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (isBlock(el) || (tag === 'DIV' && hasDirectText(el))) {
        const nodes: Array<Text | null> = [];
        ownText(el, nodes);
        const block = blockOf(nodes);
        if (block.text) out.push(block);
      }
      visit(el);
    }
  };
  visit(root);
  return out;
}

/** The paragraph texts of a DOM subtree (see the top of this file). */
export function blockTexts(root: ParentNode): string[] {
  return blocksOf(root).map((b) => b.text);
}
