/**
 * The lean parse (src/shared/readability-text.ts) against Readability's stock parse: the same
 * paragraphs, on the fixture pages, on a page short enough that Readability tries again, and on
 * every page of ../shared/pages (skipped with a message where it is absent). Real DOMs (jsdom).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leanParseSupported, parseForText } from '../../../src/shared/readability-text';
import { blockTexts } from '../../../src/shared/dom-text';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../shared/pages', import.meta.url));

function page(html: string): Document {
  return new JSDOM(html, { url: 'https://news.example/2016/11/story.html' }).window.document;
}

/** The stock way, as the CLI reads a page: parse(), then the paragraphs of the HTML it returns. */
function stock(live: Document): { paragraphs: string[]; title: string | null; byline: string | null; siteName: string | null } | null {
  const parsed = new Readability(live.cloneNode(true) as Document).parse();
  if (!parsed?.content) return null;
  return {
    paragraphs: blockTexts(new JSDOM(parsed.content).window.document.body),
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
  };
}

function lean(live: Document) {
  const parsed = parseForText(live.cloneNode(true) as Document, live);
  return { parsed, paragraphs: parsed.content ? blockTexts(parsed.content) : null };
}

const serialize = (d: Document) => new (d.defaultView as Window & typeof globalThis).XMLSerializer().serializeToString(d);

describe('parseForText', () => {
  it('finds the internals it relies on in the bundled Readability', () => {
    expect(leanParseSupported(new Readability(page('<p>x</p>')))).toBe(true);
    expect(leanParseSupported({ parse: () => null })).toBe(false);
  });

  it('reads the same paragraphs, title and byline as the stock parse on the fixture pages, and leaves the live page as it was', () => {
    const files = readdirSync(join(fixtures, 'pages'))
      .map((f) => join(fixtures, 'pages', f))
      .filter((f) => f.endsWith('.html') && !f.endsWith('huge.html'));
    let read = 0;
    for (const f of files) {
      const live = page(readFileSync(f, 'utf8'));
      const before = serialize(live);
      const want = stock(live);
      const got = lean(live);
      expect(serialize(live), f).toBe(before);
      expect(got.paragraphs, f).toEqual(want?.paragraphs ?? null);
      if (want) {
        expect(got.parsed.title, f).toBe(want.title);
        expect(got.parsed.byline, f).toBe(want.byline);
        read++;
      }
    }
    expect(read).toBeGreaterThanOrEqual(3);
  }, 60_000); // the fixture pages through jsdom: seconds on a loaded 2-core machine

  it('puts the body back from the live page when Readability tries again, and reads what the stock parse reads', () => {
    // under 500 characters of text: every pass finds too little (the body is put back after each), and the longest attempt is kept
    const html =
      '<html><head><title>Short note</title></head><body><div class="sidebar"><p>Related: other things.</p></div>' +
      '<article><p>Dmitry Peskov said on Thursday that the Kremlin had not been told of any plan.</p>' +
      '<p>“We will see,” he said. <a href="javascript:void(0)">More</a></p><script>var x = 1;</script></article></body></html>';
    const live = page(html);
    const before = serialize(live);
    const got = lean(live);
    expect(got.parsed.retries).toBe(4); // after each of the three looser passes, and before the longest attempt is taken
    expect(got.paragraphs).toEqual(stock(live)?.paragraphs);
    expect(got.paragraphs?.join(' ')).toContain('Dmitry Peskov said on Thursday');
    expect(serialize(live)).toBe(before);
    // the fixture the e2e tests open: its first pass strips the article as a sidebar, the second reads it
    const fixture = lean(page(readFileSync(join(fixtures, 'pages', 'retry.html'), 'utf8')));
    expect(fixture.parsed.retries).toBe(1);
    expect(fixture.paragraphs?.length).toBe(4);
    expect(fixture.paragraphs?.[0]).toMatch(/^NEW YORK — Kremlin spokesman Dmitry Peskov said/);
  }, 60_000); // the fixture pages through jsdom: seconds on a loaded 2-core machine

  it('skips the HTML clean-up and takes its accessor off the clone’s body when done', () => {
    const live = page(
      '<html><body><article><p>' + 'Words of an article. '.repeat(40) + '<a href="/more">more</a></p></article></body></html>',
    );
    const clone = live.cloneNode(true) as Document;
    const got = parseForText(clone, live);
    expect(got.retries).toBe(0);
    expect(Object.getOwnPropertyDescriptor(clone.body, 'innerHTML')).toBeUndefined();
    // the stock parse makes links absolute (_postProcessContent); the lean one leaves the result as it read it
    expect(got.content?.querySelector('a')?.getAttribute('href')).toBe('/more');
    const stockLink = new Readability(live.cloneNode(true) as Document, { serializer: (n) => n as Element })
      .parse()
      ?.content?.querySelector('a');
    expect(stockLink?.getAttribute('href')).toBe('https://news.example/more');
  });

  it('reads the same paragraphs as the stock parse on every page of ../shared/pages', (ctx) => {
    if (!existsSync(corpus)) {
      ctx.skip('../shared/pages is absent: corpus check skipped');
      return;
    }
    let read = 0;
    let retried = 0;
    for (const name of readdirSync(corpus).sort()) {
      const file = join(corpus, name, 'source.html');
      if (!existsSync(file)) continue;
      const live = page(readFileSync(file, 'utf8'));
      const want = stock(live);
      const got = lean(live);
      expect(got.paragraphs, name).toEqual(want?.paragraphs ?? null);
      if (want) read++;
      if (got.parsed.retries > 0) retried++;
    }
    expect(read).toBeGreaterThanOrEqual(30);
    expect(retried).toBeGreaterThan(0);
  }, 300_000);
});
