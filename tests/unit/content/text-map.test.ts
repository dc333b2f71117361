// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../../../src/core/article';
import { blocksOf, blockTexts } from '../../../src/shared/dom-text';
import { placeOf } from '../../../src/shared/targets';
import {
  buildTextMap,
  compact,
  compactIndex,
  locate,
  placeDirect,
  positionOf,
  placeSpans,
  rangeMatches,
  rangeOf,
  textNodesOf,
} from '../../../src/content/text-map';

function html(body: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

/** Article text and the [start, end) of the n-th occurrence of `word` in it. */
function spanOf(text: string, word: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`no ${word}`);
  return { start: at, end: at + word.length };
}

describe('compact', () => {
  it('drops whitespace of every kind and invisible characters, nothing else', () => {
    expect(compact(' Dmitry\u00a0Pes\u00adkov\n said\u200b, “yes” ')).toBe('DmitryPeskovsaid,“yes”');
    expect(compact('abc')).toBe('abc');
  });
});

describe('compactIndex', () => {
  it('gives the compact position of every offset', () => {
    const text = ' a  b\u00ad c\n';
    const { compactText, compactAt } = compactIndex(text);
    expect(compactText).toBe('abc');
    expect([...Array(text.length + 1).keys()].map(compactAt)).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 3, 3]);
    expect(compactIndex('abc').compactAt(2)).toBe(2);
  });
});

describe('buildTextMap', () => {
  beforeEach(() => html(''));
  it('maps every compact character back to its node and offset', () => {
    const body = html('<p>Hello <b>big</b>\n  world</p>');
    const map = buildTextMap(textNodesOf(body));
    expect(map.text).toBe('Hellobigworld');
    const r = rangeOf(map, map.text.indexOf('big'), 3);
    expect(r?.toString()).toBe('big');
    const r2 = rangeOf(map, map.text.indexOf('obigw'), 5);
    expect(r2?.toString()).toBe('o big\n  w');
    const w = positionOf(map, map.text.indexOf('world'));
    expect([w?.node.data, w?.offset]).toEqual(['\n  world', 3]);
    expect(positionOf(map, map.text.length)).toBeNull();
  });
  it('stops at maxChars and says so', () => {
    const body = html('<p>abcdef</p><p>ghij</p>');
    const map = buildTextMap(textNodesOf(body), 7);
    expect(map.text).toBe('abcdefg');
    expect(map.truncated).toBe(true);
  });
  it('leaves out script, style and the excluded element', () => {
    const body = html('<p>one</p><script>var x = 1;</script><style>p{}</style><div id="x">two</div><p>three</p>');
    expect(buildTextMap(textNodesOf(body, document.getElementById('x'))).text).toBe('onethree');
  });
});

describe('locate', () => {
  it('prefers the occurrence whose context matches', () => {
    const hay = 'PeskovsaidA.PeskovsaidB.PeskovsaidC.';
    expect(locate(hay, { exact: 'Peskov', prefix: 'saidA.', suffix: 'saidB', hint: -1 })).toBe(12);
  });
  it('breaks ties by the hint', () => {
    const hay = 'xPutinxxxxxPutinx';
    expect(locate(hay, { exact: 'Putin', prefix: '', suffix: '', hint: 10 })).toBe(11);
    expect(locate(hay, { exact: 'Putin', prefix: '', suffix: '', hint: 0 })).toBe(1);
  });
  it('returns -1 when the text is absent', () => {
    expect(locate('abc', { exact: 'Peskov', prefix: '', suffix: '', hint: -1 })).toBe(-1);
  });
});

describe('placeSpans', () => {
  it('places spans of Readability-style paragraphs on live text with other whitespace and markup', async () => {
    const body = html(
      '<article><p>NEW YORK —   Vladimir <a href="#">Putin’s</a>\n spokesman said Thursday.</p>' +
        '<p>Dmitry&nbsp;Peskov said<br>it will take time. Peskov cautioned.</p></article>',
    );
    const article = articleFromParagraphs(blockTexts(body));
    const text = article.text;
    const requests = [
      spanOf(text, 'Peskov', 1),
      spanOf(text, 'Vladimir Putin'),
      spanOf(text, 'Dmitry Peskov'),
      spanOf(text, 'said it will'),
    ];
    const placed = await placeSpans(text, requests, [() => buildTextMap(textNodesOf(body))]);
    expect(placed.map((p) => p?.range.toString())).toEqual(['Peskov', 'Vladimir Putin', 'Dmitry\u00a0Peskov', 'saidit will']);
    // the second "Peskov", not the first (context decides)
    const second = placed[0]?.range;
    expect(second?.startContainer.textContent?.indexOf('Peskov cautioned')).toBe(second?.startOffset);
  });

  it('follows nodes reordered against the article order, and falls back to later levels', async () => {
    const body = html('<div id="a"><p>Second paragraph names Carlsen.</p></div><div id="b"><p>First paragraph names Karyakin.</p></div>');
    // the article lists the paragraphs the other way round (as Readability may)
    const article = articleFromParagraphs([
      'First paragraph names Karyakin.',
      'Second paragraph names Carlsen.',
      'A third one names Ryabkov.',
    ]);
    const ordered = [...textNodesOf(document.getElementById('b') as Node), ...textNodesOf(document.getElementById('a') as Node)];
    const text = article.text;
    const placed = await placeSpans(
      text,
      [spanOf(text, 'Karyakin'), spanOf(text, 'Carlsen'), spanOf(text, 'Ryabkov')],
      [() => buildTextMap(ordered), () => buildTextMap(textNodesOf(body))],
    );
    expect(placed.map((p) => p?.range.toString() ?? null)).toEqual(['Karyakin', 'Carlsen', null]);
  });

  it('builds a later level only when something is left', async () => {
    const body = html('<p>Peskov spoke.</p>');
    let built = 0;
    const article = articleFromParagraphs(['Peskov spoke.']);
    const placed = await placeSpans(
      article.text,
      [{ start: 0, end: 6 }],
      [() => buildTextMap(textNodesOf(body)), () => (built++, buildTextMap(textNodesOf(body)))],
    );
    expect(placed[0]?.exact).toBe('Peskov');
    expect(built).toBe(0);
  });
});

describe('placeDirect', () => {
  it('places spans through the nodes each paragraph was read from: across markup, folded whitespace and <br>', () => {
    const body = html(
      '<article><p>NEW YORK —   Vladimir <a href="#">Putin’s</a>\n spokesman said Thursday.</p>' +
        '<p>  Dmitry&nbsp;Peskov said<br>it will take time. Peskov cautioned.</p></article>',
    );
    const blocks = blocksOf(body);
    const article = articleFromParagraphs(blocks.map((b) => b.text));
    const text = article.text;
    const requests = [
      spanOf(text, 'Peskov', 1),
      spanOf(text, 'Vladimir Putin'),
      spanOf(text, 'Dmitry Peskov'),
      spanOf(text, 'spokesman said'),
      spanOf(text, 'said it will'),
    ];
    const placed = placeDirect(
      blocks.map((b) => b.text),
      blocks.map((b) => b.pieces),
      requests.map((r) => placeOf(r.start, r.end, article.paragraphs)),
    );
    expect(placed.map((p) => p?.range.toString() ?? null)).toEqual([
      'Peskov',
      'Vladimir Putin',
      'Dmitry\u00a0Peskov',
      'spokesman said',
      'saidit will',
    ]);
    expect(placed.map((p) => p?.exact ?? null)).toEqual(['Peskov', 'VladimirPutin', 'DmitryPeskov', 'spokesmansaid', 'saiditwill']);
    const second = placed[0]?.range;
    expect(second?.startContainer.textContent?.indexOf('Peskov cautioned')).toBe(second?.startOffset);
  });

  it('leaves to the search what it cannot place: nodes without a live counterpart, text that changed, spans over paragraphs', () => {
    const body = html('<p>Peskov spoke to Carlsen.</p><p>Ryabkov too.</p>');
    const blocks = blocksOf(body);
    const article = articleFromParagraphs(blocks.map((b) => b.text));
    const pieces = blocks.map((b) => b.pieces.map((p) => ({ ...p })));
    (pieces[1]![0] as { node: Text | null }).node = null; // no live counterpart
    (body.querySelector('p')!.firstChild as Text).data = 'Peskov spoke to Karlsen.'; // changed since it was read
    const text = article.text;
    const spans = [spanOf(text, 'Peskov'), spanOf(text, 'Carlsen'), spanOf(text, 'Ryabkov'), { start: 0, end: text.length }];
    const paragraphs = blocks.map((b) => b.text);
    expect(
      placeDirect(
        paragraphs,
        pieces,
        spans.map((r) => placeOf(r.start, r.end, article.paragraphs)),
      ).map((p) => p?.range.toString() ?? null),
    ).toEqual(['Peskov', null, null, null]);
  });
});

describe('rangeMatches', () => {
  it('is false once the text under a range changed or left the page', () => {
    const body = html('<p>Dmitry Peskov said</p>');
    const map = buildTextMap(textNodesOf(body));
    const range = rangeOf(map, map.text.indexOf('Peskov'), 6) as Range;
    expect(rangeMatches(range, 'Peskov')).toBe(true);
    const text = body.querySelector('p')?.firstChild as Text;
    text.data = 'Dmitry Ryabkov said';
    expect(rangeMatches(range, 'Peskov')).toBe(false);
    const fresh = rangeOf(buildTextMap(textNodesOf(body)), 6, 7) as Range;
    expect(rangeMatches(fresh, 'Ryabkov')).toBe(true);
    body.replaceChildren();
    expect(rangeMatches(fresh, 'Ryabkov')).toBe(false);
  });
});
