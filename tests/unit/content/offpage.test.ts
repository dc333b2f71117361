// @vitest-environment jsdom
/**
 * The article read off the page (shared/html-article.ts, from the page's HTML) against the in-page
 * parse (extract.ts, on a clone): the same paragraphs, and pieces that resolve to the same live
 * text nodes; a node changed since has none. And the fallback: when the off-page path fails, the
 * in-page parse reads the article, and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { articleFromHtml, parsePage } from '../../../src/shared/html-article';
import { extract, type Extracted } from '../../../src/content/extract';
import { fromHtmlArticle, gate } from '../../../src/content/offpage';
import { serializeInSlices, UNREAD } from '../../../src/content/serialize';
import { deadline } from '../../../src/content/schedule';
import { Refused, Unanswered } from '../../../src/shared/delivery';

const fake = vi.hoisted(() => ({
  read: null as null | ((payload: unknown) => unknown),
  /** the answer to the page's paragraphs (article/analyze); none set: an empty analysis */
  analyze: null as null | (() => unknown),
  kinds: [] as string[],
}));
vi.mock('../../../src/shared/messaging', () => ({
  sendFromContent: (kind: string, payload: unknown) => {
    fake.kinds.push(kind);
    if (kind === 'article/read') return Promise.resolve().then(() => (fake.read as (p: unknown) => unknown)(payload));
    if (kind === 'article/analyze' && fake.analyze) return Promise.resolve().then(fake.analyze);
    if (kind === 'article/analyze')
      return Promise.resolve({ analysis: { entities: [], quotes: [] }, targets: [], descriptions: {}, ms: 1 });
    return Promise.reject(new Error(`unexpected ${kind}`));
  },
}));
const { readArticle } = await import('../../../src/content/read');

/** the page's HTML as the content script sends it */
const pageSource = (doc: Document) => serializeInSlices(doc, { emptied: UNREAD, step: async () => undefined });

function load(markup: string): void {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
}
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/pages', name), 'utf8');
const texts = (pieces: ReturnType<Extracted['live']>) =>
  pieces.map((b) =>
    (b ?? [])
      .map((p) => p.node?.data ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('the article read off the page', () => {
  for (const name of ['hostile.html', 'retry.html']) {
    it(`${name}: the same paragraphs as the in-page parse, led to the same live text nodes`, async () => {
      load(fixture(name));
      const { html, texts: snapshot } = await pageSource(document);
      const read = articleFromHtml(html);
      expect(read).not.toBeNull();
      const off = fromHtmlArticle(document, read!, snapshot);
      const inPage = extract(document)!;
      expect(off.paragraphs).toEqual(inPage.paragraphs);
      expect(off.title).toBe(inPage.title);
      const all = [...off.paragraphs.keys()];
      const a = off.live(all);
      const b = inPage.live(all);
      expect(a.map((p) => p!.map((x) => x.node))).toEqual(b.map((p) => p!.map((x) => x.node)));
      // hostile.html: every piece has its live node; retry.html: the nodes of the body put back for another pass have none (in both parses)
      const unresolved = a.flat().filter((p) => p!.length > 0 && p!.node === null).length;
      if (name === 'hostile.html') expect(unresolved).toBe(0);
      expect(a.flat().every((p) => p!.node === null || document.body.contains(p!.node))).toBe(true);
      if (name === 'hostile.html') {
        expect(texts(a)).toEqual(off.paragraphs);
        expect(off.container()).toBe(inPage.container());
      }
    });
  }

  it('a text node changed after the HTML was taken has no live node; the rest still resolve', async () => {
    load(fixture('hostile.html'));
    const { html, texts: snapshot } = await pageSource(document);
    const off = fromHtmlArticle(document, articleFromHtml(html)!, snapshot);
    const i = off.paragraphs.findIndex((p) => p.includes('Peskov cautioned'));
    const node = [...document.querySelectorAll('p')]
      .flatMap((p) => [...p.childNodes])
      .find((n) => n.nodeType === 3 && (n as Text).data.includes('Peskov cautioned')) as Text;
    node.data += ' More.';
    const pieces = off.live([i])[i]!;
    expect(pieces.some((p) => p.node === node)).toBe(false);
    expect(pieces.some((p) => p.node === null && p.length > 0)).toBe(true);
  });

  it('noscript content is read as the page read it: one text node, not markup that ends the head', () => {
    const html =
      '<html><head><noscript class="n"><img src="x.gif"></noscript><title>T</title></head><body><p>a</p><noscript><p>b &amp; c</p></noscript><noscript></noscript></body></html>';
    const doc = parsePage(html, new DOMParser());
    const [head, body, empty] = [...doc.querySelectorAll('noscript')];
    expect(head?.parentNode).toBe(doc.head);
    expect([...head!.childNodes].map((n) => [n.nodeType, n.textContent])).toEqual([[3, '<img src="x.gif">']]);
    expect(head?.getAttributeNames()).toEqual(['class']);
    expect(doc.title).toBe('T');
    expect([...body!.childNodes].map((n) => [n.nodeType, n.textContent])).toEqual([[3, '<p>b &amp; c</p>']]);
    expect(empty?.childNodes.length).toBe(0);
    expect(doc.body.querySelectorAll('p').length).toBe(1);
  });

  it('gates: no for a page that is not an article, large above the element budget', () => {
    load('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>');
    expect(gate(document)).toBe('no');
    load(fixture('hostile.html'));
    expect(gate(document)).toBe('article');
  });
});

describe('the fallback: the in-page parse when the off-page path fails', () => {
  const run = async (more: { readRetries?: number[]; deadline?: <T>(p: Promise<T>) => Promise<T> } = {}) => {
    const measures: string[] = [];
    const inPage = vi.fn(() => Promise.resolve(extract));
    const r = await readArticle(document, {
      url: 'https://example.org/a',
      exclude: null,
      signal: new AbortController().signal,
      measure: (n) => measures.push(n),
      inPage,
      readRetries: [1, 1],
      ...more,
    });
    return { ...r, measures, inPage };
  };
  const answered = (p: unknown) => {
    const article = articleFromHtml((p as { html: string }).html);
    return { article, analysis: { analysis: { entities: [], quotes: [] }, targets: [], descriptions: {}, ms: 1 } };
  };
  /** the background's answers to the reads in turn: an error is thrown as the seam throws it */
  const reads = (...answers: Array<Error | 'answer'>) => {
    let n = 0;
    return (p: unknown) => {
      const a = answers[Math.min(n++, answers.length - 1)];
      if (a instanceof Error) throw a;
      return answered(p);
    };
  };
  const CLOSED =
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

  it('off-page: the background reads the HTML; the in-page parse is not loaded', async () => {
    load(fixture('hostile.html'));
    fake.kinds = [];
    fake.read = answered;
    const r = await run();
    expect(r.read?.where).toBe('off-page');
    expect(r.inPage).not.toHaveBeenCalled();
    expect(fake.kinds).toEqual(['article/read']);
    expect(r.measures).toContain('sourcelight:offpage-parse');
    expect(r.measures).not.toContain('sourcelight:in-page-parse');
  });

  it('the off-page path fails: the in-page parse reads the same paragraphs, says why, and is measured', async () => {
    load(fixture('hostile.html'));
    fake.kinds = [];
    fake.read = () => {
      throw new Error('no offscreen documents in this browser');
    };
    const r = await run();
    expect(r.read?.where).toBe('in-page');
    expect(r.read?.fallbackReason).toBe('no offscreen documents in this browser');
    expect(r.inPage).toHaveBeenCalledTimes(1);
    expect(fake.kinds).toEqual(['article/read', 'article/analyze']);
    expect(r.read?.extracted.paragraphs).toEqual(extract(document)?.paragraphs);
    expect(r.measures).toContain('sourcelight:in-page-parse');
  });

  it('the background goes away under the read (a service worker stopped): the same HTML is sent again, read off the page', async () => {
    load(fixture('hostile.html'));
    fake.kinds = [];
    const sent: string[] = [];
    const answer = reads(new Unanswered(), new Error(CLOSED), 'answer');
    fake.read = (p) => (sent.push((p as { html: string }).html), answer(p));
    const r = await run();
    expect(r.read?.where).toBe('off-page');
    expect(r.inPage).not.toHaveBeenCalled();
    expect(fake.kinds).toEqual(['article/read', 'article/read', 'article/read']);
    expect(new Set(sent).size).toBe(1);
    expect(r.read?.extracted.paragraphs).toEqual(extract(document)?.paragraphs);
  });

  it('the background stays away: after the retries the page reads the article itself, and says why', async () => {
    load(fixture('hostile.html'));
    fake.kinds = [];
    fake.read = reads(new Error('Could not establish connection. Receiving end does not exist.'));
    const r = await run();
    expect(r.read?.where).toBe('in-page');
    expect(r.read?.fallbackReason).toBe('Could not establish connection. Receiving end does not exist.');
    expect(fake.kinds).toEqual(['article/read', 'article/read', 'article/read', 'article/analyze']);
  });

  it('the background answers with an error, or not within the deadline: no second read, the in-page parse at once', async () => {
    load(fixture('hostile.html'));
    fake.kinds = [];
    fake.read = reads(new Refused('the offscreen parse took too long'), 'answer');
    const refused = await run();
    expect([refused.read?.where, refused.read?.fallbackReason]).toEqual(['in-page', 'the offscreen parse took too long']);
    expect(fake.kinds).toEqual(['article/read', 'article/analyze']);

    fake.kinds = [];
    fake.read = () => new Promise(() => undefined); // never answers
    const signal = new AbortController().signal;
    const late = await run({ deadline: (p) => deadline(p, 20, signal) });
    expect([late.read?.where, late.read?.fallbackReason]).toEqual(['in-page', 'no answer within 20 ms']);
    expect(fake.kinds).toEqual(['article/read', 'article/analyze']);
  });

  it('the analysis of the paragraphs: a refusal is the answer (not asked again), a background lost under it is asked again', async () => {
    load(fixture('hostile.html'));
    fake.read = reads(new Refused('the offscreen parse took too long'));
    fake.kinds = [];
    fake.analyze = () => {
      throw new Refused('the paragraphs are too long');
    };
    await expect(run()).rejects.toThrow('the paragraphs are too long');
    expect(fake.kinds).toEqual(['article/read', 'article/analyze']);

    fake.kinds = [];
    let lost = 0;
    fake.analyze = () => {
      if (lost++ === 0) throw new Unanswered();
      return { analysis: { entities: [], quotes: [] }, targets: [], descriptions: {}, ms: 1 };
    };
    expect((await run()).read?.where).toBe('in-page');
    expect(fake.kinds).toEqual(['article/read', 'article/analyze', 'article/analyze']);
    fake.analyze = null;
  });
});
