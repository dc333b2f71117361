/**
 * blockTexts on a real DOM (jsdom): block elements in order, divs with their own text, nested blocks apart,
 * scripts and styles left out, and no use of the global document.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../../src/shared/dom-text';

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
    expect(blockTexts(frag)).toEqual(['Title here', 'Lead text in bold and more', 'First paragraph.', 'Second paragraph.', 'Quoted “words”.', 'One', 'Two', 'Nested', 'Cell', 'Head', 'Caption', 'code block']);
  });

  it('uses only the nodes given', () => {
    const g = globalThis as { document?: unknown; window?: unknown };
    expect(g.document).toBeUndefined();
    expect(g.window).toBeUndefined();
    const dom = new JSDOM('<article><p>A</p><p>B</p></article>');
    expect(blockTexts(dom.window.document.body)).toEqual(['A', 'B']);
  });
});
