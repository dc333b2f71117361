// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ChangeLog, LiveArticle } from '../../../src/content/growth';
import { liveFallback } from '../../../src/content/offpage';
import { RangeIndex } from '../../../src/content/stale';

function load(body: string): void {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
}

/** A paragraph long enough that one entry is a small part of the article (left out of what the tests compare). */
const TAIL = 'The rest of the article, long enough that one new entry is a small part of it. '.repeat(3).trim();

/** A live article, read whole (the live fallback reads <article>), with its changes logged from real mutation records. */
function setUp(paragraphs: string[]) {
  load(`<header>Live Desk</header><article>${[...paragraphs, TAIL].map((p) => `<p>${p}</p>`).join('')}</article><aside>More</aside>`);
  const extracted = liveFallback(document, null);
  if (!extracted) throw new Error('no article');
  const container = document.querySelector('article') as Element;
  const live = new LiveArticle(extracted, () => container, { where: 'live', fallbackReason: null });
  const log = new ChangeLog();
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const mark = log.mark();
  /** the change read into the article: its paragraphs and how many were read, or null (read whole) */
  const read = (elsewhere = false) => {
    log.record(observer.takeRecords(), container, null, elsewhere);
    const changes = log.since(mark);
    const u = changes ? live.update(changes) : null;
    return u ? { paragraphs: u.extracted.paragraphs.filter((t) => t !== TAIL), read: u.read } : null;
  };
  return { container, read, paragraphs: () => container.querySelectorAll('p') };
}

const p = (text: string): HTMLParagraphElement => Object.assign(document.createElement('p'), { textContent: text });

describe('LiveArticle: a changed page read in proportion to the change', () => {
  it('an entry appended: the old paragraphs as they were, the new one read (one paragraph)', () => {
    const a = setUp(['One Peskov.', 'Two Putin.', 'Three Trump.']);
    a.container.append(p('Four Ryabkov.'));
    expect(a.read()).toEqual({ paragraphs: ['One Peskov.', 'Two Putin.', 'Three Trump.', 'Four Ryabkov.'], read: 1 });
  });
  it('an entry inserted in the middle goes where it is in the page', () => {
    const a = setUp(['One.', 'Two.', 'Three.']);
    a.paragraphs()[1]?.before(p('One and a half.'));
    expect(a.read()?.paragraphs).toEqual(['One.', 'One and a half.', 'Two.', 'Three.']);
  });
  it('a wrapper of new blocks (a live blog entry) is read block by block', () => {
    const a = setUp(['One.', 'Two.']);
    const entry = document.createElement('div');
    entry.append(p('Breaking: more.'), p('Details follow.'));
    a.container.prepend(entry);
    expect(a.read()).toEqual({ paragraphs: ['Breaking: more.', 'Details follow.', 'One.', 'Two.'], read: 2 });
  });
  it('an entry edited in place is read again; one removed is gone', () => {
    const a = setUp(['One Peskov.', 'Two Putin.', 'Three Trump.']);
    (a.paragraphs()[0]?.firstChild as Text).data = 'One Karyakin.';
    a.paragraphs()[2]?.remove();
    expect(a.read()).toEqual({ paragraphs: ['One Karyakin.', 'Two Putin.'], read: 2 });
  });
  it('words added inside a paragraph change that paragraph only', () => {
    const a = setUp(['One.', 'Two.']);
    a.paragraphs()[1]?.append(Object.assign(document.createElement('b'), { textContent: ' Updated.' }));
    expect(a.read()).toEqual({ paragraphs: ['One.', 'Two. Updated.'], read: 1 });
  });
  it('nothing of the article changed: no paragraph read', () => {
    const a = setUp(['One.', 'Two.']);
    document.querySelector('aside')?.append('A clock: 12:00');
    expect(a.read()).toEqual({ paragraphs: ['One.', 'Two.'], read: 0 });
  });
  it('read whole instead: new content elsewhere, paragraphs moved, the container gone, or more new text than old', () => {
    const elsewhere = setUp(['One.', 'Two.']);
    elsewhere.container.append(p('Three.'));
    expect(elsewhere.read(true)).toBeNull();

    const moved = setUp(['One.', 'Two.']);
    moved.container.append(moved.paragraphs()[0] as Element);
    expect(moved.read()).toBeNull();

    const gone = setUp(['One.', 'Two.']);
    gone.container.remove();
    expect(gone.read()).toBeNull();

    const flood = setUp(['One.', 'Two.']);
    flood.container.append(p('A much longer entry that holds more text than the whole article had before it. '.repeat(5)));
    expect(flood.read()).toBeNull();
  });
});

describe('RangeIndex: the ranges a change may have altered', () => {
  it('a text edit names the ranges in that node; an addition none of the one-node ranges; a removal those inside it', () => {
    load('<p id="a">Peskov and Putin</p><p id="b">Trump <i>said</i> “hi”</p>');
    const a = document.querySelector('#a')?.firstChild as Text;
    const b = document.querySelector('#b') as Element;
    const range = (n: Node, s: number, e: Node = n, t = s + 1) => {
      const r = document.createRange();
      r.setStart(n, s);
      r.setEnd(e, t);
      return r;
    };
    const peskov = range(a, 0, a, 6);
    const putin = range(a, 11, a, 16);
    const trump = range(b.firstChild as Text, 0, b.firstChild as Text, 5);
    const across = range(b.firstChild as Text, 0, b.lastChild as Text, 4); // over the <i>
    const index = new RangeIndex();
    index.sync([peskov, putin, trump, across]);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    a.data = 'Peskov and Putin!';
    expect(index.affected(observer.takeRecords())).toEqual(new Set([peskov, putin]));
    document.body.append(p('New.'));
    expect(index.affected(observer.takeRecords())).toEqual(new Set([across])); // a tree change: only ranges over several nodes
    b.remove();
    expect(index.affected(observer.takeRecords())).toEqual(new Set([trump, across]));
    index.sync([peskov]);
    a.data = 'x';
    (b.firstChild as Text).appendData('!');
    expect(index.affected(observer.takeRecords())).toEqual(new Set([peskov]));
  });
});
