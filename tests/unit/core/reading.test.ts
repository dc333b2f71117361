/** The reading memory's pure rules: the address an article is kept under, what is recorded, whose statement it is. */
import { describe, expect, it } from 'vitest';
import { canonicalAddress, MIN_RECORD_CONFIDENCE, memoryArticle, memorySpeaker, shouldRecord } from '../../../src/core/reading';
import type { Analysis } from '../../../src/core/types';

describe('canonicalAddress', () => {
  it.each<[string, string, string | null, string | null, string | null]>([
    ['the page itself', 'https://news.example/a/story', null, null, 'https://news.example/a/story'],
    ['fragment dropped', 'https://news.example/a/story#comments', null, null, 'https://news.example/a/story'],
    ['utm_* removed', 'https://news.example/a?utm_source=x&utm_medium=y&utm_campaign=z', null, null, 'https://news.example/a'],
    [
      'fbclid and gclid removed, other parameters kept in order',
      'https://news.example/a?id=7&fbclid=abc&page=2&gclid=q',
      null,
      null,
      'https://news.example/a?id=7&page=2',
    ],
    ['msclkid, mc_cid, _ga removed', 'https://news.example/a?msclkid=1&mc_cid=2&_ga=3', null, null, 'https://news.example/a'],
    [
      'canonical on the same site wins',
      'https://news.example/a?utm_source=x',
      'https://news.example/politics/a',
      null,
      'https://news.example/politics/a',
    ],
    ['canonical relative to the page', 'https://news.example/amp/a', '/politics/a', null, 'https://news.example/politics/a'],
    [
      'canonical with www. is the same site',
      'https://news.example/a',
      'https://www.news.example/a-story',
      null,
      'https://www.news.example/a-story',
    ],
    ['canonical on another site ignored', 'https://mirror.example/a', 'https://news.example/a', null, 'https://mirror.example/a'],
    [
      'og:url when there is no canonical',
      'https://news.example/a?ref_src=tw',
      null,
      'https://news.example/world/a',
      'https://news.example/world/a',
    ],
    ['og:url on another site ignored', 'https://news.example/a', null, 'https://other.example/a', 'https://news.example/a'],
    ['canonical before og:url', 'https://news.example/a', 'https://news.example/c', 'https://news.example/o', 'https://news.example/c'],
    ['a javascript: canonical ignored', 'https://news.example/a', 'javascript:alert(1)', null, 'https://news.example/a'],
    [
      'tracking removed from the canonical too',
      'https://news.example/a',
      'https://news.example/c?utm_source=feed',
      null,
      'https://news.example/c',
    ],
    ['not http(s): nothing', 'file:///tmp/a.html', null, null, null],
    ['garbage: nothing', 'not a url', null, null, null],
  ])('%s', (_, page, canonical, og, expected) => {
    expect(canonicalAddress(page, canonical, og)).toBe(expected);
  });
});

describe('shouldRecord', () => {
  const base = { status: 'done', siteEnabled: true, incognito: false, memoryOn: true };
  it.each<[string, Partial<typeof base>, boolean]>([
    ['a finished article on a site switched on, normal window', {}, true],
    ['a private window: never', { incognito: true }, false],
    ['a site switched off: never', { siteEnabled: false }, false],
    ['the memory switched off', { memoryOn: false }, false],
    ['still analyzing', { status: 'analyzing' }, false],
    ['an error', { status: 'error' }, false],
    ['not an article', { status: 'not-article' }, false],
  ])('%s', (_, change, expected) => {
    expect(shouldRecord({ ...base, ...change })).toBe(expected);
  });
});

describe('memorySpeaker', () => {
  it.each<[string, string, string | null, string | null]>([
    ['a dataset entity: its id', 'Peskov', 'dmitry-peskov', 'dmitry-peskov'],
    ['a named person the dataset does not know: the folded full name', 'Ana  Holm-Berg ', null, 'name:ana holm-berg'],
    ['accents and case folded', 'Jürgen Öztürk', null, 'name:jurgen ozturk'],
    ['an unnamed speaker: never pooled', 'a spokeswoman', null, null],
    ['an unnamed description with a name in it', 'a Trump spokeswoman', null, null],
    ['one word is not enough to be the same person', 'Smith', null, null],
  ])('%s', (_, name, id, expected) => {
    expect(memorySpeaker({ name, entityId: id })).toBe(expected);
  });
});

describe('memoryArticle', () => {
  const analysis: Analysis = {
    entities: [
      { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', mentions: [] },
      { id: 'kremlin', name: 'Kremlin', type: 'organization', mentions: [] },
      { id: 'moscow', name: 'Moscow', type: 'place', mentions: [] },
      { id: null, name: 'Ana Holm', type: 'person', mentions: [] },
    ],
    quotes: [
      {
        text: 'We have contacts.',
        start: 0,
        end: 17,
        kind: 'direct',
        speaker: { name: 'Peskov', entityId: 'dmitry-peskov', mention: null },
        confidence: 0.9,
        paragraph: 0,
      },
      {
        text: 'No comment.',
        start: 20,
        end: 31,
        kind: 'direct',
        speaker: { name: 'a spokeswoman', entityId: null, mention: null },
        confidence: 0.9,
        paragraph: 1,
      },
      {
        text: 'A guess.',
        start: 40,
        end: 48,
        kind: 'direct',
        speaker: { name: 'Peskov', entityId: 'dmitry-peskov', mention: null },
        confidence: MIN_RECORD_CONFIDENCE - 0.01,
        paragraph: 2,
      },
      {
        text: 'The harbour stays open.',
        start: 50,
        end: 73,
        kind: 'direct',
        speaker: { name: 'Lars Vik', entityId: null, mention: null },
        confidence: 0.8,
        paragraph: 3,
      },
    ],
  };
  const meta = {
    url: 'https://news.example/a?utm_source=x',
    title: 'T',
    siteName: 'News',
    byline: 'By X',
    canonical: null,
    ogUrl: null,
    published: '2026-01-02T10:00:00Z',
  };

  it('keeps named speakers above the threshold, people and organisations (not places), under the canonical address', () => {
    const rec = memoryArticle(meta, analysis, 1000);
    expect(rec).toEqual({
      url: 'https://news.example/a',
      site: 'news.example',
      title: 'T',
      siteName: 'News',
      byline: 'By X',
      published: '2026-01-02T10:00:00Z',
      readAt: 1000,
      people: ['dmitry-peskov', 'kremlin', 'name:ana holm', 'name:lars vik'],
      quotes: [
        { speaker: 'dmitry-peskov', name: 'Peskov', kind: 'direct', text: 'We have contacts.', confidence: 0.9 },
        { speaker: 'name:lars vik', name: 'Lars Vik', kind: 'direct', text: 'The harbour stays open.', confidence: 0.8 },
      ],
    });
  });

  it('nothing for a page that is not http(s)', () => {
    expect(memoryArticle({ ...meta, url: 'about:blank' }, analysis, 1)).toBeNull();
  });
});
