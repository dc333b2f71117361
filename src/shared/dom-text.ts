/**
 * The paragraph texts of a DOM subtree: block elements (p, li, h1-h6, blockquote, pre, td, th, figcaption, dd,
 * dt) and divs that hold text directly. Uses only the nodes it is given: no `document` or `window` global, so it
 * runs on Readability's output in jsdom (CLI, tests) and on the page in the content script.
 */

// by localName (lower case for HTML elements and for svg/math): no string is made per element
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'td',
  'th',
  'figcaption',
  'dd',
  'dt',
  'caption',
  'summary',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
  'input',
]);
/** Containers of blocks: their text is not a block's own. */
const CONTAINERS = new Set(['div', 'section', 'article', 'ul', 'ol', 'table']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NON_SPACE = /\S/;

const nameOf = (el: Element): string => el.localName;

/** Is there any text other than whitespace under this node? Stops at the first (no textContent string is built). */
function hasText(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE ? NON_SPACE.test(c.nodeValue ?? '') : c.nodeType === ELEMENT_NODE && hasText(c)) return true;
  }
  return false;
}

/** Does this div hold text of its own (not only inside child blocks)? */
function hasDirectText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && NON_SPACE.test(c.nodeValue ?? '')) return true;
    if (c.nodeType === ELEMENT_NODE) {
      const t = nameOf(c as Element);
      if (!BLOCKS.has(t) && !CONTAINERS.has(t) && !SKIP.has(t) && hasText(c)) return true;
    }
  }
  return false;
}

/** Text of an element, with <br> as a space and nested blocks excluded (they are paragraphs of their own). */
function ownText(el: Element, out: Array<Text | null>): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) out.push(c as Text);
    else if (c.nodeType === ELEMENT_NODE) {
      const t = nameOf(c as Element);
      if (SKIP.has(t)) continue;
      if (t === 'br') out.push(null);
      else if (BLOCKS.has(t) || (CONTAINERS.has(t) && t !== 'article')) continue;
      else ownText(c as Element, out);
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

/** Is this element a block of its own (a paragraph of the article)? */
function isBlock(el: Element): boolean {
  const tag = nameOf(el);
  return BLOCKS.has(tag) || (tag === 'div' && hasDirectText(el));
}

/** The blocks of a DOM subtree (see blockTexts), each with the text nodes it was read from. */
export function blocksOf(root: ParentNode): Block[] {
  const out: Block[] = [];
  const visit = (node: ParentNode): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) visitElement(c as Element, out, visit);
  };
  visit(root);
  return out;
}

function visitElement(el: Element, out: Block[], visit: (node: ParentNode) => void): void {
  if (SKIP.has(nameOf(el))) return;
  if (isBlock(el)) {
    const block = readBlock(el);
    if (block.text) out.push(block);
  }
  visit(el);
}

/** The blocks of an element and of its subtree, the element's own first (a node added to a page). */
export function blocksFrom(el: Element): Block[] {
  const out: Block[] = [];
  const visit = (node: ParentNode): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) visitElement(c as Element, out, visit);
  };
  visitElement(el, out, visit);
  return out;
}

/** One block element's text and pieces (its nested blocks left out: they are paragraphs of their own). */
export function readBlock(el: Element): Block {
  const nodes: Array<Text | null> = [];
  ownText(el, nodes);
  return blockOf(nodes);
}

/**
 * The block a node's text belongs to: its nearest block ancestor (or itself) below `stop`, or null.
 * An element SKIPped by the reading (script, button…) on the way: null (its text is no paragraph's).
 */
export function blockElementOf(node: Node, stop: Node): Element | null {
  for (let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode; n && n !== stop; n = n.parentNode) {
    if (n.nodeType !== ELEMENT_NODE) return null;
    const el = n as Element;
    if (SKIP.has(nameOf(el))) return null;
    if (isBlock(el)) return el;
  }
  return null;
}

/** The paragraph texts of a DOM subtree (see the top of this file). */
export function blockTexts(root: ParentNode): string[] {
  return blocksOf(root).map((b) => b.text);
}
