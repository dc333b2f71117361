// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capParagraphs, commonAncestor, extract } from '../../../src/content/extract';
import { judgeMutations, documentKey } from '../../../src/content/watch';
import { cardPosition, nextIndex } from '../../../src/content/ui-layout';

function load(markup: string): void {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
}

const serialize = (n: Node) => new XMLSerializer().serializeToString(n);
const hostile = readFileSync(join(__dirname, '../../fixtures/pages/hostile.html'), 'utf8');

describe('extract', () => {
  it('reads an article through Readability and leads back to the live text nodes and container', () => {
    load(hostile);
    const before = serialize(document.body);
    const x = extract(document);
    expect(x?.via).toBe('readability');
    expect(x?.paragraphs[0]).toMatch(/^NEW YORK — Vladimir Putin’s spokesman/);
    expect(x?.paragraphs.some((p) => p.includes('Dmitry Peskov said in an interview'))).toBe(true);
    expect(x?.liveNodes().every((n) => n.isConnected && document.body.contains(n))).toBe(true);
    expect(
      x
        ?.liveNodes()
        .map((n) => n.data)
        .join(''),
    ).toContain('Peskov cautioned');
    expect(x?.container()?.tagName).toBe('ARTICLE');
    // each paragraph asked for leads back to the live nodes it was read from; the others are not resolved
    const n = x!.paragraphs.length;
    const some = x!.live([0, n - 1]);
    expect(some.length).toBe(n);
    expect(some.filter(Boolean).length).toBe(2);
    const all = x!.live(x!.paragraphs.keys());
    const live = all.flat().filter((p) => p !== undefined && p.length > 0);
    expect(live.length).toBeGreaterThan(n);
    expect(live.every((p) => p!.node !== null && document.body.contains(p!.node))).toBe(true);
    expect(all[0]!.map((p) => p.node?.data ?? '').join('')).toContain('Vladimir Putin’s spokesman');
    expect(
      all.map((b) =>
        b!
          .map((p) => p.node?.data ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    ).toEqual(x!.paragraphs);
    expect(serialize(document.body)).toBe(before); // the live page is untouched
  });
  it('leads a paragraph back only while its live text is what was read', () => {
    load(hostile);
    const x = extract(document)!;
    const i = x.paragraphs.findIndex((p) => p.includes('Peskov cautioned'));
    expect(i).toBeGreaterThan(0);
    const first = x.live([i])[i]!;
    const node = first.find((p) => p.node?.data.includes('Peskov cautioned'))!.node!;
    node.data = node.data.replace('Peskov cautioned', 'Peskov warned');
    // asked again (a fresh extraction of the same page would read the new text): that node has no twin now
    const again = x.live([i])[i]!;
    expect(again.some((p) => p.node === node)).toBe(false);
    expect(again.filter((p) => p.node !== null).length).toBe(first.filter((p) => p.node !== null).length - 1);
  });
  it('says no for a page that is not an article', () => {
    load('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>');
    expect(extract(document)).toBeNull();
  });
});

describe('capParagraphs', () => {
  it('keeps whole paragraphs within the budget and marks the cut', () => {
    expect(capParagraphs(['a'.repeat(10), 'b'.repeat(10)], 100)).toEqual({
      paragraphs: ['a'.repeat(10), 'b'.repeat(10)],
      truncated: false,
    });
    const cut = capParagraphs(['a'.repeat(300), 'b'.repeat(600)], 700);
    expect(cut.truncated).toBe(true);
    expect(cut.paragraphs.map((p) => p.length)).toEqual([300, 398]); // 700 less the paragraph break;
  });
});

describe('commonAncestor', () => {
  it('is the deepest element holding every node', () => {
    load('<html><body><main><article><p id="a">x</p><div><p id="b">y</p></div></article><p id="c">z</p></main></body></html>');
    const a = document.getElementById('a')?.firstChild as Node;
    const b = document.getElementById('b')?.firstChild as Node;
    const c = document.getElementById('c')?.firstChild as Node;
    expect(commonAncestor([a, b])?.tagName).toBe('ARTICLE');
    expect(commonAncestor([a, b, c])?.tagName).toBe('MAIN');
    expect(commonAncestor([a])?.id).toBe('a');
    expect(commonAncestor([])).toBeNull();
  });
});

describe('judgeMutations', () => {
  it('re-runs for article text replaced, not for a clock elsewhere or Sourcelight’s own host', () => {
    load('<html><body><article><p>Peskov said hello to the press in New York.</p></article><span id="clock">12:00</span></body></html>');
    const article = document.querySelector('article') as Element;
    const host = document.createElement('sourcelight-root');
    const clock = document.getElementById('clock')?.firstChild as Text;
    const p = article.querySelector('p') as Element;
    const rec = (o: Partial<MutationRecord>) =>
      ({
        type: 'childList',
        addedNodes: [] as unknown as NodeList,
        removedNodes: [] as unknown as NodeList,
        oldValue: null,
        target: document.body,
        ...o,
      }) as MutationRecord;
    expect(judgeMutations([rec({ type: 'characterData', target: clock, oldValue: '11:59' })], article, host)).toEqual({
      touched: false,
      rerun: false,
      elsewhere: false,
    });
    expect(judgeMutations([rec({ target: document.documentElement, addedNodes: [host] as unknown as NodeList })], article, host)).toEqual({
      touched: false,
      rerun: false,
      elsewhere: false,
    });
    expect(judgeMutations([rec({ target: article, removedNodes: [p] as unknown as NodeList })], article, host)).toEqual({
      touched: true,
      rerun: true,
      elsewhere: false,
    });
    expect(judgeMutations([rec({ type: 'characterData', target: p.firstChild as Node, oldValue: 'x' })], article, host)).toEqual({
      touched: true,
      rerun: true,
      elsewhere: false,
    });
    // a new article view outside this one: read the page whole again
    const view = document.createElement('section');
    view.textContent = 'Ryabkov said the ministry had contact with the campaign. '.repeat(8);
    const side = document.createElement('div');
    document.body.append(side);
    side.append(view);
    expect(judgeMutations([rec({ target: side, addedNodes: [view] as unknown as NodeList })], article, host)).toEqual({
      touched: false,
      rerun: true,
      elsewhere: true,
    });
    article.remove();
    expect(judgeMutations([], article, host)).toEqual({ touched: true, rerun: true, elsewhere: false });
  });
  it('a URL change means another document only when more than the fragment changed', () => {
    expect(documentKey('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
    expect(documentKey('https://a.example/x')).toBe('https://a.example/x');
  });
});

describe('panel keys and card position', () => {
  it('moves with arrows (wrapping), Home and End; other keys are not moves', () => {
    expect(nextIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('Enter', 0, 3)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0)).toBeNull();
  });
  it('puts the card below the name, inside the viewport, in page coordinates', () => {
    const vp = { width: 1000, height: 800, scrollX: 0, scrollY: 500 };
    expect(cardPosition({ left: 100, top: 100, bottom: 120 }, vp)).toEqual({ top: 628, left: 100 });
    expect(cardPosition({ left: 900, top: 100, bottom: 120 }, vp).left).toBe(1000 - 380 - 8);
    // near the bottom: above the name
    expect(cardPosition({ left: 10, top: 700, bottom: 720 }, vp).top).toBeLessThan(700 + 500);
  });
});
