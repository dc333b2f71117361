// @vitest-environment jsdom
/**
 * The gate's visibility check (gate.ts `visible`) gives Readability's own answer (isNodeVisible,
 * the readerable module's default) on every element it can be asked about, while reading `style`
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

/** Readability's isNodeVisible, called through isProbablyReaderable on a page of that one element. */
function readabilitySays(el: Element): boolean {
  let said: boolean | null = null;
  const doc = document.implementation.createHTMLDocument('');
  const p = doc.importNode(el, true);
  doc.body.append(p);
  isProbablyReaderable(doc, {
    visibilityChecker: (n: Node) => {
      // Readability's default, as its module defines it
      const node = n as HTMLElement;
      said =
        (!node.style || node.style.display != 'none') &&
        !node.hasAttribute('hidden') &&
        (!node.hasAttribute('aria-hidden') ||
          node.getAttribute('aria-hidden') != 'true' ||
          Boolean(node.className && node.className.includes && node.className.includes('fallback-image')));
      return false;
    },
  });
  if (said === null) throw new Error('not asked');
  return said;
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
  });
});
