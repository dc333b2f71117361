// @vitest-environment jsdom
/**
 * The gate's visibility check (gate.ts `visible`) gives Readability's own answer (isNodeVisible,
 * the readerable module's default, asked through the module itself) on every element it can be asked about, while reading `style`
 * only where the style attribute names display; and the gate's verdict is Readability's own on
 * the fixtures and every page of ../shared/pages (skipped with a message where it is absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { visible } from '../../../src/content/gate';

const corpus = join(__dirname, '../../../../shared/pages');
const fixtures = join(__dirname, '../../fixtures/pages');

/**
 * What Readability's own default (isNodeVisible, not exported) says of `el`: asked through
 * isProbablyReaderable with no checker, on a page of that one element holding text long enough
 * to make the page readerable by itself; the page is readerable exactly when the element is visible.
 */
function readabilitySays(el: Element): boolean {
  const doc = document.implementation.createHTMLDocument('');
  const copy = doc.importNode(el, true) as Element;
  copy.textContent = 'A paragraph long enough to make the page readerable on its own. '.repeat(20);
  doc.body.append(copy);
  return isProbablyReaderable(doc);
}

const element = (html: string): Element => new DOMParser().parseFromString(html, 'text/html').body.firstElementChild as Element;

describe('visible', () => {
  const cases: Array<[string, boolean]> = [
    ['<p>text</p>', true],
    ['<p style="display:none">text</p>', false],
    ['<p style="color: red; DISPLAY : none !important">text</p>', false],
    ['<p style="display: block">text</p>', true],
    ['<p style="color: red">text</p>', true],
    ['<p style="">text</p>', true],
    ['<p hidden>text</p>', false],
    ['<p aria-hidden="true">text</p>', false],
    ['<p aria-hidden="false">text</p>', true],
    ['<p aria-hidden="true" class="mwe-math-fallback-image-inline">text</p>', true],
    ['<p aria-hidden="true" class="other">text</p>', false],
  ];
  it.each(cases)('%s → %s, as Readability says', (html, expected) => {
    const el = element(html);
    expect(visible(el)).toBe(expected);
    expect(readabilitySays(el)).toBe(expected);
  });

  it('an element outside HTML (its className not a string) with aria-hidden is hidden, as Readability says', () => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'p');
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('class', 'fallback-image');
    el.textContent = 'x';
    expect([visible(el), readabilitySays(el)]).toEqual([false, false]);
  });

  it('display set through the style object (written back to the attribute) is seen', () => {
    const el = element('<p>text</p>') as HTMLElement;
    el.style.display = 'none';
    expect([visible(el), readabilitySays(el)]).toEqual([false, false]);
    el.style.removeProperty('display');
    expect([visible(el), readabilitySays(el)]).toEqual([true, true]);
  });

  it('gives the readerable check the same verdict as its default on the fixtures and every page of ../shared/pages', (ctx) => {
    const pages = [
      ...readdirSync(fixtures)
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f, join(fixtures, f)]),
      ...(existsSync(corpus)
        ? readdirSync(corpus)
            .filter((d) => existsSync(join(corpus, d, 'source.html')))
            .map((d) => [d, join(corpus, d, 'source.html')])
        : []),
    ];
    if (!existsSync(corpus)) ctx.annotate('../shared/pages is absent: the fixtures only');
    const verdicts = { yes: 0, no: 0 };
    for (const [name, file] of pages) {
      const doc = new DOMParser().parseFromString(readFileSync(file as string, 'utf8'), 'text/html');
      const stock = isProbablyReaderable(doc);
      expect(isProbablyReaderable(doc, { visibilityChecker: visible }), name).toBe(stock);
      verdicts[stock ? 'yes' : 'no']++;
    }
    expect(verdicts.yes).toBeGreaterThan(5);
    expect(verdicts.no).toBeGreaterThan(0);
  }, 60_000); // 32 pages and the fixtures through jsdom: seconds on a loaded machine
});
