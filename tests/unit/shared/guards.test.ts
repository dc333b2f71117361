/** The message guards and the sender rule: what the background accepts, and from whom. */
import { describe, expect, it } from 'vitest';
import {
  backgroundToContentGuards,
  contentToBackgroundGuards,
  isReply,
  MAX_PAGE_HTML,
  PAGE_PART_CHARS,
  pageToBackgroundGuards,
  parseEnvelope,
} from '../../../src/shared/guards';
import { CHANNEL, envelope } from '../../../src/shared/protocol';
import { type PageReport, safeUrl } from '../../../src/shared/views';
import { classifySender, type SenderLike } from '../../../src/shared/sender';
import { defaultSettings } from '../../../src/shared/settings';

const report: PageReport = {
  url: 'https://apnews.com/x',
  title: 'T',
  siteName: 'AP',
  status: 'done',
  entities: 1,
  quotes: 1,
  unplaced: 0,
  truncated: false,
  error: null,
};

const article = { url: 'https://apnews.com/x', title: 'T', byline: null, siteName: 'AP', paragraphs: ['Peskov said "hello".'] };

describe('parseEnvelope: content -> background', () => {
  const parse = (m: unknown) => parseEnvelope(m, contentToBackgroundGuards);
  it('accepts a well-formed report', () => {
    expect(parse(envelope('page/report', report))).toEqual({ ok: true, kind: 'page/report', payload: report });
  });
  it('accepts an article for the engine up to the budget', () => {
    const full = { ...article, paragraphs: ['x'.repeat(200_000), 'y'.repeat(100_000)] };
    expect(parse(envelope('article/analyze', full))).toEqual({ ok: true, kind: 'article/analyze', payload: full });
  });
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'not a Sourcelight message'],
    ['null', null, 'not a Sourcelight message'],
    ['another channel', { channel: 'x/1', kind: 'page/report', payload: report }, 'not a Sourcelight message'],
    ['unknown kind', { channel: CHANNEL, kind: 'page/delete', payload: {} }, 'unknown message kind: page/delete'],
    ['prototype key as kind', { channel: CHANNEL, kind: 'toString', payload: {} }, 'unknown message kind: toString'],
    ['kind of another direction', { channel: CHANNEL, kind: 'tab/state', payload: { tabId: 1 } }, 'unknown message kind: tab/state'],
    [
      'an analysis in the report (the background keeps its own)',
      { channel: CHANNEL, kind: 'page/report', payload: { ...report, analysis: { entities: [], quotes: [] } } },
      'malformed payload for page/report',
    ],
    [
      'quote count not an integer',
      { channel: CHANNEL, kind: 'page/report', payload: { ...report, quotes: 1.5 } },
      'malformed payload for page/report',
    ],
    [
      'unknown status',
      { channel: CHANNEL, kind: 'page/report', payload: { ...report, status: 'great' } },
      'malformed payload for page/report',
    ],
    [
      'extra field',
      { channel: CHANNEL, kind: 'page/report', payload: { ...report, html: '<b>x</b>' } },
      'malformed payload for page/report',
    ],
    [
      'negative unplaced',
      { channel: CHANNEL, kind: 'page/report', payload: { ...report, unplaced: -1 } },
      'malformed payload for page/report',
    ],
    ['url too long', { channel: CHANNEL, kind: 'site/status', payload: { url: 'x'.repeat(9000) } }, 'malformed payload for site/status'],
    [
      'card without quotes',
      { channel: CHANNEL, kind: 'entity/card', payload: { entityId: null, url: 'https://a/' } },
      'malformed payload for entity/card',
    ],
    [
      'card with quote texts instead of indexes',
      { channel: CHANNEL, kind: 'entity/card', payload: { entityId: null, url: 'https://a/', quotes: [{ index: 0, text: 'x' }] } },
      'malformed payload for entity/card',
    ],
    [
      'card with a negative quote index',
      { channel: CHANNEL, kind: 'entity/card', payload: { entityId: null, url: 'https://a/', quotes: [-1] } },
      'malformed payload for entity/card',
    ],
    [
      'article over the budget',
      envelope('article/analyze', { ...article, paragraphs: ['x'.repeat(200_000), 'y'.repeat(100_001)] }),
      'malformed payload for article/analyze',
    ],
    [
      'article paragraph not text',
      { channel: CHANNEL, kind: 'article/analyze', payload: { ...article, paragraphs: ['a', 3] } },
      'malformed payload for article/analyze',
    ],
    [
      'article without paragraphs',
      { channel: CHANNEL, kind: 'article/analyze', payload: { url: 'https://a/', title: null, byline: null, siteName: null } },
      'malformed payload for article/analyze',
    ],
  ])('rejects %s', (_name, message, error) => {
    expect(parse(message)).toEqual({ ok: false, error });
  });

  const { paragraphs: _, ...fields } = article;
  const delta = { ...fields, base: 'k3x-2', ops: [[0, 40], 'A new paragraph.', [41, 3]] };
  it('accepts a delta against a base', () => {
    expect(parse(envelope('article/analyze-delta', delta))).toEqual({ ok: true, kind: 'article/analyze-delta', payload: delta });
  });
  it('accepts a delta whose texts are up to the budget', () => {
    const full = { ...delta, ops: ['x'.repeat(200_000), [0, 1], 'y'.repeat(100_000)] };
    expect(parse(envelope('article/analyze-delta', full)).ok).toBe(true);
  });
  it.each<[string, unknown]>([
    ['texts over the budget', { ...delta, ops: ['x'.repeat(200_000), [0, 1], 'y'.repeat(100_001)] }],
    ['too many ops', { ...delta, ops: Array.from({ length: 50_001 }, () => 'a') }],
    ['a run of nothing', { ...delta, ops: [[3, 0]] }],
    ['a negative index', { ...delta, ops: [[-1, 2]] }],
    ['a fractional index', { ...delta, ops: [[1.5, 2]] }],
    ['a run past any article', { ...delta, ops: [[49_999, 2]] }],
    ['a run of three numbers', { ...delta, ops: [[0, 1, 2]] }],
    ['an op that is a bare number', { ...delta, ops: [3] }],
    ['no base', fields],
    ['a base too long', { ...delta, base: 'x'.repeat(65) }],
    ['paragraphs as well', { ...delta, paragraphs: ['a'] }],
  ])('rejects a delta with %s', (_name, payload) => {
    expect(parse({ channel: CHANNEL, kind: 'article/analyze-delta', payload })).toEqual({
      ok: false,
      error: 'malformed payload for article/analyze-delta',
    });
  });

  // a part's index is bounded as the read request's count of parts is (count × PAGE_PART_CHARS ≤ MAX_PAGE_HTML)
  const last = MAX_PAGE_HTML / PAGE_PART_CHARS - 1;
  it('accepts a part of a page up to the last index a page can have', () => {
    expect(parse(envelope('article/read-part', { id: 't1', index: Math.floor(last), text: 'x' })).ok).toBe(true);
  });
  it.each<[string, number]>([
    ['past any page', Math.floor(last) + 1],
    ['far past any page', 1e300],
  ])('rejects a part of a page at an index %s', (_name, index) => {
    expect(parse(envelope('article/read-part', { id: 't1', index, text: 'x' }))).toEqual({
      ok: false,
      error: 'malformed payload for article/read-part',
    });
  });
});

describe('parseEnvelope: page -> background', () => {
  const parse = (m: unknown) => parseEnvelope(m, pageToBackgroundGuards);
  it.each<[string, unknown]>([
    ['tab/state', { tabId: 3 }],
    ['settings/get', {}],
    ['settings/set', { settings: defaultSettings() }],
    ['site/set', { site: 'example.com', enabled: false }],
    ['site/set', { site: 'news.example.com', enabled: null }],
    ['pause/set', { paused: true }],
    ['dataset/info', {}],
    ['dataset/import', { name: 'extra.json', text: '{}' }],
    ['dataset/remove', {}],
  ])('accepts %s %j', (kind, payload) => {
    expect(parse({ channel: CHANNEL, kind, payload })).toMatchObject({ ok: true, kind });
  });
  it.each<[string, unknown]>([
    ['tab/state', { tabId: -1 }],
    ['tab/state', { tabId: 1.5 }],
    ['settings/get', { all: true }],
    ['settings/set', { settings: { ...defaultSettings(), version: 1 } }],
    ['settings/set', { settings: { ...defaultSettings(), sites: { 'WWW.A.COM': false } } }],
    ['site/set', { site: 'www.example.com', enabled: false }],
    ['site/set', { site: 'https://example.com/', enabled: false }],
    ['site/set', { site: 'example.com', enabled: 'no' }],
    ['pause/set', {}],
    ['dataset/import', { name: 'x', text: 'y'.repeat(4_000_001) }],
    ['dataset/remove', null],
  ])('rejects %s %j', (kind, payload) => {
    expect(parse({ channel: CHANNEL, kind, payload })).toEqual({ ok: false, error: `malformed payload for ${kind}` });
  });
});

describe('parseEnvelope: background -> content', () => {
  it('reveal needs a quote index', () => {
    expect(parseEnvelope(envelope('content/reveal', { quoteIndex: 2 }), backgroundToContentGuards).ok).toBe(true);
    expect(parseEnvelope({ channel: CHANNEL, kind: 'content/reveal', payload: { quoteIndex: '2' } }, backgroundToContentGuards)).toEqual({
      ok: false,
      error: 'malformed payload for content/reveal',
    });
  });
});

describe('classifySender', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  it.each<[string, SenderLike, 'content' | 'extension-page' | null]>([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, 'extension-page'],
    ['the popup opened in a tab', { id: ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 4 }, frameId: 0 }, 'extension-page'],
    ['the background (no url, no tab)', { id: ID }, 'extension-page'],
    ['our content script, top frame', { id: ID, url: 'https://apnews.com/a', tab: { id: 7 }, frameId: 0 }, 'content'],
    ['our content script, http', { id: ID, url: 'http://127.0.0.1:8080/story/a.html', tab: { id: 7 }, frameId: 0 }, 'content'],
    ['our content script in a sub-frame', { id: ID, url: 'https://ads.example/', tab: { id: 7 }, frameId: 3 }, null],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, null],
    ['another extension claiming our origin', { id: 'other', url: `${ORIGIN}popup.html` }, null],
    ['no id', { url: `${ORIGIN}popup.html` }, null],
    ['a tab with a non-web url', { id: ID, url: 'file:///etc/passwd', tab: { id: 7 }, frameId: 0 }, null],
    ['a tab without a url', { id: ID, tab: { id: 7 }, frameId: 0 }, null],
    ['a negative tab id', { id: ID, url: 'https://a.com/', tab: { id: -1 }, frameId: 0 }, null],
    ['an origin prefix trick', { id: ID, url: `chrome-extension://${ID}.evil.com/x`, tab: { id: 1 }, frameId: 0 }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN.slice(0, -1))).toBe(expected);
  });
});

describe('replies and view addresses', () => {
  it('isReply', () => {
    expect(isReply({ ok: true, value: 1 })).toBe(true);
    expect(isReply({ ok: false, error: 'x' })).toBe(true);
    expect(isReply({ ok: true })).toBe(false);
    expect(isReply({ ok: false })).toBe(false);
  });
  it.each([
    ['https://apnews.com/a', 'https://apnews.com/a'],
    ['http://presstv.ir/Detail/1', 'http://presstv.ir/Detail/1'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,x', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ])('safeUrl(%j) = %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
