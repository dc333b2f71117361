// @vitest-environment jsdom
/**
 * The parse budget (budget.ts): a table of page sizes and the verdict, the bounded depth walk, and
 * extract() on generated pages that held the page inside Readability (nested levels: 1,000 here, as
 * jsdom's own tree code recurses, where browsers were held by 2,500–5,000; 20,000 paragraphs): both
 * take the live fallback and still find the article's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { depthOf, PARSE_BUDGET, pageSize, parseVerdict, type PageSize } from '../../../src/content/budget';
import { extract } from '../../../src/content/extract';

const typical: PageSize = { depth: 24, elements: 3_000, paragraphs: 60, text: 40_000 };

describe('parseVerdict', () => {
  it.each<[string, Partial<PageSize>, ReturnType<typeof parseVerdict>]>([
    ['a typical news page', {}, { parse: true }],
    ['at every limit exactly', { ...PARSE_BUDGET }, { parse: true }],
    ['2,500 nested levels', { depth: 2_500 }, { parse: false, over: 'depth' }],
    ['one level over', { depth: PARSE_BUDGET.depth + 1 }, { parse: false, over: 'depth' }],
    ['50,000 elements', { elements: 50_000 }, { parse: false, over: 'elements' }],
    ['20,000 paragraphs', { paragraphs: 20_000, elements: 20_100 }, { parse: false, over: 'paragraphs' }],
    ['8 MB of text', { text: 8_000_000 }, { parse: false, over: 'text' }],
    ['deep and large: depth is named first', { depth: 5_000, elements: 90_000 }, { parse: false, over: 'depth' }],
  ])('%s', (_, size, verdict) => {
    expect(parseVerdict({ ...typical, ...size })).toEqual(verdict);
  });
});

/** Wraps the body's content in `levels` nested <div>s (built node by node: jsdom's importNode recurses). */
function nestBody(levels: number): void {
  const inner = document.createElement('div');
  inner.append(...document.body.childNodes);
  let outer = inner;
  for (let i = 1; i < levels; i++) {
    const d = document.createElement('div');
    d.append(outer);
    outer = d;
  }
  document.body.append(outer);
}
function load(markup: string): void {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
}
const hostile = readFileSync(join(__dirname, '../../fixtures/pages/hostile.html'), 'utf8');

describe('depthOf', () => {
  it('measures the deepest branch, not the first, and stops at the cap', () => {
    load(`<!doctype html><body><div><p>a</p></div><section><div><div><span>b</span></div></div></section></body>`);
    expect(depthOf(document.body, 100)).toBe(4); // section > div > div > span
    load(`<!doctype html><body><p>deep</p></body>`);
    nestBody(1_000);
    expect(depthOf(document.body, 301)).toBe(301);
  });
});

describe('extract on pages over the budget', () => {
  it('a readable page nested 1,000 levels deep is read by the live fallback', () => {
    // the article's paragraphs sit at the bottom of 4,000 nested <div>s
    load(hostile);
    nestBody(1_000);
    expect(pageSize(document).depth).toBe(PARSE_BUDGET.depth + 1);
    const x = extract(document);
    expect(x?.via).toBe('fallback');
    expect(x?.paragraphs.some((p) => p.includes('Dmitry Peskov said in an interview'))).toBe(true);
  }, 30_000);

  it('20,000 paragraphs are read by the live fallback, capped', () => {
    const p = '<p>Peskov said the match would be a long one for both of the players, and that the Kremlin was watching it closely.</p>';
    load(`<!doctype html><html><head><title>Many</title></head><body><article><h1>Many</h1>${p.repeat(20_000)}</article></body></html>`);
    const x = extract(document);
    expect(x?.via).toBe('fallback');
    expect(x?.truncated).toBe(true);
    expect(x?.paragraphs.slice(0, 2)).toEqual(['Many', expect.stringMatching(/^Peskov said the match/)]);
  }, 30_000); // a time-out, not a timing: jsdom builds 20,000 paragraphs slowly on a loaded machine

  it('an ordinary article is still read by Readability', () => {
    load(hostile);
    expect(parseVerdict(pageSize(document))).toEqual({ parse: true });
    expect(extract(document)?.via).toBe('readability');
  });
});
