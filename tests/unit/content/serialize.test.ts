// @vitest-environment jsdom
/**
 * The page's HTML in slices (content/serialize.ts) against the browser's own one-task
 * serialisation: the same HTML and the same text nodes in the same order, on the fixtures and on
 * every page of ../shared/pages (skipped with a message where it is absent), with elements opened
 * at every size; and a page changed between two slices still gives text nodes that match the HTML.
 * textSnapshot, the reference for the text nodes, is the browser's native XPath snapshot of
 * "//text()" (faster than a walk in script in both browsers, tools/bench-browser.mjs --only
 * text-snapshot); the walk serializeInSlices makes gives the same nodes, on invented markup and on
 * every page of the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textSnapshot } from '../../../src/shared/article-refs';
import { serializeInSlices, startTag, UNREAD } from '../../../src/content/serialize';
import { fromHtmlArticle } from '../../../src/content/offpage';
import { articleFromHtml } from '../../../src/shared/html-article';

const corpus = join(__dirname, '../../../../shared/pages');
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/pages', name), 'utf8');

function load(markup: string): void {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
}

// a read, as the product's serializer does
// eslint-disable-next-line no-restricted-properties
const oneTask = (doc: Document) => (doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : '') + doc.documentElement.outerHTML;
const list = (s: { snapshotLength: number; snapshotItem(i: number): Node | null }) =>
  Array.from({ length: s.snapshotLength }, (_, i) => s.snapshotItem(i));

/** A TreeWalker over the text nodes (NodeFilter.SHOW_TEXT), the walk serialize.ts makes of the live page. */
function byWalker(doc: Document): Node[] {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return nodes;
}

async function sliced(unit: number) {
  let steps = 0;
  const out = await serializeInSlices(document, { unit, step: async () => void steps++ });
  return { ...out, steps };
}

describe('the page serialised in slices', () => {
  it('writes a start tag as outerHTML does: attributes escaped, foreign names kept', () => {
    load('<p title="a &amp; &quot;b&quot;&nbsp;c" data-x="1">t</p><svg viewBox="0 0 1 1"><foreignObject></foreignObject></svg>');
    expect(startTag(document.querySelector('p')!)).toBe('<p title="a &amp; &quot;b&quot;&nbsp;c" data-x="1">');
    expect(startTag(document.querySelector('foreignObject')!)).toBe('<foreignObject>');
    expect(startTag(document.querySelector('svg')!)).toBe('<svg viewBox="0 0 1 1">');
  });

  it('text is escaped outside raw-text elements and kept as it is inside them', async () => {
    load(
      '<!DOCTYPE html><html><head><style>a > b { content: "&" }</style></head><body><div><p>1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;!</p><!-- c --><script>if (a < b && c) {}</script></div></body></html>',
    );
    const out = await sliced(0);
    expect(out.html).toBe(oneTask(document));
    expect(list(out.texts)).toEqual(list(textSnapshot(document)));
  });

  it('textSnapshot is the native snapshot of "//text()", the nodes a TreeWalker finds: adjacent, empty, in SVG, not in a shadow root or a template', () => {
    load(
      '<!DOCTYPE html><html><head><title>The ferry</title></head><body><p>The ferry <b>will</b> resume.</p><svg><text><![CDATA[a < b]]></text></svg><template><p>not here</p></template><textarea>kept</textarea><div id="host"></div></body></html>',
    );
    const p = document.querySelector('p')!;
    p.append(document.createTextNode(' Added'), document.createTextNode(''), document.createTextNode(' twice.'));
    const shadowed = document.createElement('span');
    shadowed.textContent = 'in the shadow';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).append(shadowed);
    const snapshot = textSnapshot(document);
    // the browser's own list (no object per node until asked), not a list built in script
    expect(snapshot).toBeInstanceOf(XPathResult);
    const walked = list(snapshot);
    expect(walked).toEqual(byWalker(document));
    expect(walked.map((n) => (n as Text).data)).toEqual([
      'The ferry',
      'The ferry ',
      'will',
      ' resume.',
      ' Added',
      '',
      ' twice.',
      'a < b',
      'kept',
    ]);
  });

  for (const name of ['hostile.html', 'retry.html', 'growing.html', 'dynamic.html']) {
    it(`${name}: the same HTML and text nodes as one outerHTML, opened at every size`, async () => {
      load(fixture(name));
      const expected = oneTask(document);
      const nodes = list(textSnapshot(document));
      for (const unit of [0, 3, 20, 1_000_000]) {
        const out = await sliced(unit);
        expect(out.html).toBe(expected);
        expect(list(out.texts)).toEqual(nodes);
        if (unit === 0) expect(out.steps).toBeGreaterThan(3);
        if (unit === 1_000_000) expect(out.steps).toBe(1);
      }
    });
  }

  // Its cost is the corpus's: 32 pages (up to 1.2 MB, wikipedia-2's 9,900 elements) parsed by jsdom
  // (about 6 s of CPU), textSnapshot's XPath snapshot (about 3 s) and the slicing itself
  // (about 1.5 s). Each page is sliced in the document DOMParser made, not imported into the test's
  // own first (a deep clone of each page that cost as much again as its parse, and tested nothing
  // more: serializeInSlices reads the document it is given). On a machine shared by many jobs its
  // wall time is several times its CPU time: the limit is for that.
  it('the same HTML and text nodes on every page of ../shared/pages', async (ctx) => {
    if (!existsSync(corpus)) return ctx.skip('../shared/pages is absent: corpus check skipped');
    const pages = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'source.html')));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const doc = new DOMParser().parseFromString(readFileSync(join(corpus, page, 'source.html'), 'utf8'), 'text/html');
      const out = await serializeInSlices(doc, { unit: 40, step: async () => undefined });
      expect(out.html, page).toBe(oneTask(doc));
      // textSnapshot (the XPath snapshot) against the walk made while writing
      const nodes = list(textSnapshot(doc));
      const written = list(out.texts);
      expect(written.length, page).toBe(nodes.length);
      expect(
        written.every((n, i) => n === nodes[i]),
        page,
      ).toBe(true);
    }
  }, 120_000);

  it('a page changed between two slices: text node i of the list is text node i of the HTML written', async () => {
    load(
      `<html><head></head><body>${Array.from({ length: 12 }, (_, i) => `<section id="s${i}"><p>para ${i} <b>bold ${i}</b> end</p></section>`).join('')}</body></html>`,
    );
    let steps = 0;
    const out = await serializeInSlices(document, {
      unit: 2,
      step: async () => {
        steps++;
        if (steps === 3) {
          // a section already written moves to the end; one not yet written is removed; a text changes
          document.body.append(document.querySelector('#s0')!);
          document.querySelector('#s6')!.remove();
          (document.querySelector('#s8 b')!.firstChild as Text).data = 'changed';
        }
      },
    });
    const parsed = new DOMParser().parseFromString(out.html, 'text/html');
    const written = list(textSnapshot(parsed)).map((n) => (n as Text).data);
    expect(list(out.texts).map((n) => (n as Text).data)).toEqual(written);
    expect(written).toContain('changed');
    // the body's children as they were when it was opened: each written once, where it was
    expect(written.filter((t) => t === 'para 0 ')).toHaveLength(1);
    expect(written.indexOf('para 0 ')).toBeLessThan(written.indexOf('para 1 '));
    expect(written).toContain('para 6 ');
  });

  it('scripts and style sheets go empty: the HTML is shorter, and the article read from it is the same, led to the same live nodes', async (ctx) => {
    const pages = ['medium-2', 'theverge', 'spiceworks', 'topicseed-1'].filter((p) => existsSync(join(corpus, p, 'source.html')));
    const sources = [
      ['hostile.html', fixture('hostile.html')],
      ...pages.map((p) => [p, readFileSync(join(corpus, p, 'source.html'), 'utf8')]),
    ];
    if (pages.length === 0) ctx.annotate('../shared/pages is absent: the fixture only');
    for (const [name, markup] of sources) {
      load(markup!);
      const full = await sliced(40);
      const lean = await serializeInSlices(document, { unit: 40, emptied: UNREAD, step: async () => undefined });
      const unread = [...document.querySelectorAll(UNREAD)].filter((e) => e.textContent);
      if (name !== 'hostile.html') expect(lean.html.length, name).toBeLessThan(full.html.length * 0.9);
      expect(lean.texts.snapshotLength, name).toBe(full.texts.snapshotLength - unread.reduce((n, e) => n + e.childNodes.length, 0));
      const parsed = new DOMParser().parseFromString(lean.html, 'text/html');
      expect(parsed.querySelectorAll(UNREAD).length, name).toBe(document.querySelectorAll(UNREAD).length);
      expect(
        [...parsed.querySelectorAll(UNREAD)].every((e) => e.childNodes.length === 0),
        name,
      ).toBe(true);
      const a = fromHtmlArticle(document, articleFromHtml(full.html)!, full.texts);
      const b = fromHtmlArticle(document, articleFromHtml(lean.html)!, lean.texts);
      expect(b.paragraphs, name).toEqual(a.paragraphs);
      expect([b.title, b.byline, b.siteName], name).toEqual([a.title, a.byline, a.siteName]);
      const all = [...a.paragraphs.keys()];
      const nodes = (x: typeof a) => x.live(all).flatMap((p) => (p ?? []).map((piece) => piece.node));
      const [na, nb] = [nodes(a), nodes(b)];
      expect(nb.length, name).toBe(na.length);
      // no piece led to another node; every piece with words that resolved before still does (a
      // whitespace piece next to a tree that already differs from the page's may not)
      expect(
        nb.every((n, i) => n === null || n === na[i]),
        name,
      ).toBe(true);
      const worded = (xs: Array<Text | null>) => xs.filter((n) => n && n.data.trim()).length;
      expect(worded(nb), name).toBe(worded(na));
      // (jsdom parses with scripting off: a page with <noscript> has other text nodes than its re-read HTML)
      if (name === 'hostile.html') expect(worded(nb), name).toBeGreaterThanOrEqual(5);
    }
  }, 120_000);
});
