/**
 * blockTexts on a real DOM (jsdom): block elements in order, divs with their own text, nested blocks apart,
 * scripts and styles left out, and no use of the global document.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksOf, blockTexts, rawOffset } from '../../../src/shared/dom-text';

/** Every position of every piece leads back to its character in the node: folded whitespace to a whitespace run. */
function checkPieces(root: ParentNode): number {
  let checked = 0;
  for (const b of blocksOf(root)) {
    for (const p of b.pieces) {
      if (!p.node) {
        if (p.length > 0 && p.at < b.text.length) expect(b.text.charAt(p.at)).toBe(' ');
        continue;
      }
      const data = p.node.data;
      for (let k = 0; k < p.length && p.at + k < b.text.length; k++) {
        const raw = rawOffset(data, p.lead, k);
        expect(rawOffset(data, p.lead, k, p.plain)).toBe(raw); // the shortcut for nodes that needed no folding
        const want = b.text.charAt(p.at + k);
        if (want === ' ') expect(data.charAt(raw)).toMatch(/[\s\u00a0]/);
        else expect(data.charAt(raw)).toBe(want);
        checked++;
      }
    }
    // the pieces tile the text
    const last = b.pieces.at(-1)!;
    expect(last.at + last.length).toBeGreaterThanOrEqual(b.text.length);
  }
  return checked;
}

describe('blockTexts', () => {
  it('returns the paragraph texts of a subtree', () => {
    const frag = JSDOM.fragment(`
      <h1>Title  here</h1>
      <div>Lead text <b>in bold</b><br>and more</div>
      <div><p>First paragraph.</p><p>Second&nbsp;paragraph.</p></div>
      <blockquote><p>Quoted “words”.</p></blockquote>
      <ul><li>One</li><li>Two <ul><li>Nested</li></ul></li></ul>
      <script>var x = "not text";</script><style>p{}</style>
      <table><tr><td>Cell</td><th>Head</th></tr></table>
      <figure><img alt="x"><figcaption>Caption</figcaption></figure>
      <pre>code  block</pre>`);
    expect(blockTexts(frag)).toEqual([
      'Title here',
      'Lead text in bold and more',
      'First paragraph.',
      'Second paragraph.',
      'Quoted “words”.',
      'One',
      'Two',
      'Nested',
      'Cell',
      'Head',
      'Caption',
      'code block',
    ]);
  });

  it('says which text node each part of a block comes from, and where in it (whitespace folded across nodes)', () => {
    const frag = JSDOM.fragment(
      '<p>  Lead   text <b> in\n bold </b>  <i> x</i><br> and\u00a0 more  </p><div><span>  </span>Own <em>text</em></div>',
    );
    expect(blocksOf(frag).map((b) => [b.text, b.pieces.map((p) => [p.node?.data ?? null, p.at, p.length, p.lead])])).toEqual([
      [
        'Lead text in bold x and more',
        [
          ['  Lead   text ', 0, 10, true],
          [' in\n bold ', 10, 8, true],
          ['  ', 18, 0, true],
          [' x', 18, 1, true],
          [null, 19, 1, false],
          [' and\u00a0 more  ', 20, 9, true],
        ],
      ],
      [
        'Own text',
        [
          ['  ', 0, 0, true],
          ['Own ', 0, 4, false],
          ['text', 4, 4, false],
        ],
      ],
    ]);
    expect(checkPieces(frag)).toBe(35);
    expect(rawOffset('  Lead   text ', true, 5)).toBe(9);
    expect(rawOffset('a  b', false, 1)).toBe(1);
    expect(rawOffset('a  b', false, 2)).toBe(3);
  });

  it('maps every character of the corpus pages back to its node', (ctx) => {
    const dir = fileURLToPath(new URL('../../../../shared/pages', import.meta.url));
    if (!existsSync(dir)) {
      ctx.skip('../shared/pages is absent: corpus check skipped');
      return;
    }
    let total = 0;
    for (const page of readdirSync(dir).slice(0, 12)) {
      const file = `${dir}/${page}/expected.html`;
      if (!existsSync(file)) continue;
      const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
      expect(blocksOf(doc.body).map((b) => b.text)).toEqual(blockTexts(doc.body));
      total += checkPieces(doc.body);
    }
    expect(total).toBeGreaterThan(10_000);
  }, 60_000); // 32 real pages parsed with jsdom: seconds on a loaded 2-core machine

  it('uses only the nodes given', () => {
    const g = globalThis as { document?: unknown; window?: unknown };
    expect(g.document).toBeUndefined();
    expect(g.window).toBeUndefined();
    const dom = new JSDOM('<article><p>A</p><p>B</p></article>');
    expect(blockTexts(dom.window.document.body)).toEqual(['A', 'B']);
  });
});
