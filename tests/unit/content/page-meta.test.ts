// @vitest-environment jsdom
/** What a page says of itself for the reading memory: canonical address, og:url, publication date. */
import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../src/content/page-meta';

const doc = (head: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`, 'text/html');

describe('pageMeta', () => {
  it.each<[string, string, { canonical: string | null; ogUrl: string | null; published: string | null }]>([
    ['nothing', '', { canonical: null, ogUrl: null, published: null }],
    [
      'canonical, og:url and article:published_time',
      '<link rel="canonical" href="https://news.example/a"><meta property="og:url" content="https://news.example/og"><meta property="article:published_time" content="2026-11-02T09:30:00Z">',
      { canonical: 'https://news.example/a', ogUrl: 'https://news.example/og', published: '2026-11-02T09:30:00Z' },
    ],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-05T12:00:00Z"}</script>',
      { canonical: null, ogUrl: null, published: '2026-11-05T12:00:00Z' },
    ],
    [
      'JSON-LD @graph, after a broken block',
      '<script type="application/ld+json">{not json</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-01-31"}]}</script>',
      { canonical: null, ogUrl: null, published: '2025-01-31' },
    ],
    [
      'the meta tag before JSON-LD',
      '<meta property="article:published_time" content="2026-01-01"><script type="application/ld+json">{"datePublished":"2020-01-01"}</script>',
      { canonical: null, ogUrl: null, published: '2026-01-01' },
    ],
  ])('%s', (_, head, expected) => {
    expect(pageMeta(doc(head))).toEqual(expected);
  });
});
