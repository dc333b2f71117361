import { describe, expect, it, vi } from 'vitest';
import { articleFromParagraphs } from '../../../src/core/article';
import type { Analysis } from '../../../src/core/types';
import { quoteBy } from '../make-quote';
import { isPageReport } from '../../../src/shared/guards';
import { cardRequest, cardSubject, countUnplaced, panelRows, report, visibleCategories } from '../../../src/content/model';
import { splitByParagraphs, targetsOf } from '../../../src/shared/targets';

const article = articleFromParagraphs([
  '“We hope,” Dmitry Peskov said in New York.',
  '“It is a long road,” he added. “But we start.”',
  'A Trump spokeswoman said “no contact” took place, Putin aside.',
]);
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = article.text.indexOf(s, i + 1);
  return { start: i, end: i + s.length, text: s };
};
const analysis: Analysis = {
  entities: [
    { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', mentions: [at('Dmitry Peskov')] },
    { id: 'new-york', name: 'New York', type: 'place', mentions: [at('New York')] },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentions: [at('Putin')] },
  ],
  quotes: [
    {
      text: 'We hope,',
      start: at('We hope,').start,
      end: at('We hope,').end,
      kind: 'direct',
      speaker: { name: 'Dmitry Peskov', entityId: 'dmitry-peskov', mention: at('Dmitry Peskov') },
      confidence: 0.9,
      paragraph: 0,
    },
    // a run over two paragraphs
    {
      text: 'x',
      start: at('New York').start,
      end: at('long road').end,
      kind: 'direct',
      speaker: { name: 'Dmitry Peskov', entityId: 'dmitry-peskov', mention: null },
      confidence: 0.8,
      paragraph: 0,
    },
    {
      text: 'no contact',
      start: at('no contact').start,
      end: at('no contact').end,
      kind: 'partial',
      speaker: { name: 'A Trump spokeswoman', entityId: null, mention: null },
      confidence: 0.7,
      paragraph: 2,
    },
  ],
};

describe('targets', () => {
  it('lists every mention under its category and splits quotes at paragraph boundaries', () => {
    const targets = targetsOf(analysis, article);
    expect(targets.filter((t) => t.kind === 'mention').map((t) => [t.category, article.text.slice(t.start, t.end)])).toEqual([
      ['person', 'Dmitry Peskov'],
      ['place', 'New York'],
      ['person', 'Putin'],
    ]);
    const parts = targets.filter((t) => t.kind === 'quote' && t.quote === 1).map((t) => article.text.slice(t.start, t.end));
    expect(parts).toEqual(['New York.', '“It is a long road']);
  });
  it('says where each target lies in its paragraph, as the page reads the paragraphs', () => {
    const paragraphs = [
      '“We hope,” Dmitry Peskov said in New York.',
      '“It is a long road,” he added. “But we start.”',
      'A Trump spokeswoman said “no contact” took place, Putin aside.',
    ];
    const targets = targetsOf(analysis, article);
    expect(targets.map((t) => [t.para, paragraphs[t.para]!.slice(t.from, t.to)])).toEqual([
      [0, 'Dmitry Peskov'],
      [0, 'New York'],
      [2, 'Putin'],
      [0, 'We hope,'],
      [0, 'New York.'],
      [1, '“It is a long road'],
      [2, 'no contact'],
    ]);
    expect(targets.every((t) => article.text.slice(t.start, t.end) === paragraphs[t.para]!.slice(t.from, t.to))).toBe(true);
  });
  it('splitByParagraphs keeps a span inside one paragraph whole', () => {
    expect(splitByParagraphs(3, 7, [{ start: 0, end: 10 }])).toEqual([{ start: 3, end: 7, para: 0, from: 3, to: 7 }]);
    expect(
      splitByParagraphs(8, 15, [
        { start: 0, end: 10 },
        { start: 12, end: 20 },
      ]),
    ).toEqual([
      { start: 8, end: 10, para: 0, from: 8, to: 10 },
      { start: 12, end: 15, para: 1, from: 0, to: 3 },
    ]);
  });
  it('counts a mention unplaced alone and a quotation only when none of its parts was placed', () => {
    const targets = targetsOf(analysis, article);
    const placed = targets.map(
      (t) =>
        !(t.kind === 'mention' && t.entity === 1) &&
        !(t.kind === 'quote' && t.quote === 1 && t.part === 0) &&
        !(t.kind === 'quote' && t.quote === 2),
    );
    expect(countUnplaced(targets, placed)).toBe(2); // New York, and quote 2
  });
});

describe('categories', () => {
  it('maps the reader’s switches to highlight categories (events with organisations)', () => {
    expect([...visibleCategories({ people: true, organizations: false, places: true, quotations: false })].sort()).toEqual([
      'person',
      'place',
    ]);
    expect([...visibleCategories({ people: false, organizations: true, places: false, quotations: true })].sort()).toEqual([
      'event',
      'organization',
      'quote',
    ]);
  });
});

describe('panel', () => {
  it('lists speakers (known and unnamed) then names, in order of appearance, with where Enter goes', () => {
    const rows = panelRows(
      analysis,
      (e, m) => !(e === 1 && m === 0),
      () => true,
    );
    expect(rows.map((r) => [r.group, r.label, r.detail])).toEqual([
      ['speakers', 'Dmitry Peskov', { quotes: 2 }],
      ['speakers', 'A Trump spokeswoman', { quotes: 1 }],
      ['names', 'Dmitry Peskov', { type: 'person', mentions: 1 }],
      ['names', 'New York', { type: 'place', mentions: 1 }],
      ['names', 'Vladimir Putin', { type: 'person', mentions: 1 }],
    ]);
    expect(rows[0]?.reveal).toEqual({ entity: 0, mention: 0 });
    expect(rows[1]).toMatchObject({ entity: null, speaker: 'A Trump spokeswoman', reveal: { quote: 2 } });
    expect(rows[3]?.reveal).toBeNull(); // New York was not placed
  });
  it('groups speakers as the popup and the badge do: one row for a name written in two cases', () => {
    const quote = (start: number, name: string) => quoteBy(start, name, null);
    const a: Analysis = {
      entities: [],
      quotes: [quote(0, 'a Trump spokeswoman'), quote(10, 'A Trump Spokeswoman '), quote(20, 'Jane Roe')],
    };
    const rows = panelRows(
      a,
      () => false,
      (i) => i === 1,
    );
    expect(rows.map((r) => [r.label, r.detail, r.speaker, r.reveal])).toEqual([
      ['a Trump spokeswoman', { quotes: 2 }, 'a Trump spokeswoman', { quote: 1 }],
      ['Jane Roe', { quotes: 1 }, 'Jane Roe', null],
    ]);
    expect(cardSubject(a, { speaker: 'a Trump spokeswoman' })?.quotes.map((q) => q.index)).toEqual([0, 1]);
  });
});

describe('card', () => {
  it('collects what the entity says here, and asks the background with bounded quotes', () => {
    const s = cardSubject(analysis, { entity: 0 });
    expect(s?.quotes.map((q) => [q.index, q.kind])).toEqual([
      [0, 'direct'],
      [1, 'direct'],
    ]);
    expect(cardRequest(s!, 'http://x/')).toEqual({ entityId: 'dmitry-peskov', url: 'http://x/', quotes: [0, 1] });
    expect(cardSubject(analysis, { speaker: 'A Trump spokeswoman' })).toMatchObject({
      entityId: null,
      name: 'A Trump spokeswoman',
      quotes: [{ index: 2 }],
    });
    expect(cardSubject(analysis, { speaker: 'Nobody' })).toBeNull();
    expect(cardSubject(analysis, { entity: 9 })).toBeNull();
  });
});

describe('report', () => {
  it('carries how the analysis went and its counts, not the analysis; passes the background’s guard', () => {
    const r = report({ url: 'http://x/', status: 'done', unplaced: 3, truncated: true }, analysis);
    expect(r).toEqual({
      url: 'http://x/',
      title: null,
      siteName: null,
      status: 'done',
      entities: 3,
      quotes: 3,
      unplaced: 3,
      truncated: true,
      error: null,
      load: expect.any(Number) as number,
      seq: expect.any(Number) as number,
    });
    expect(isPageReport(r)).toBe(true);
    // a later report of this page load has the higher number (the background keeps the newest)
    const later = report({ url: 'http://x/', status: 'done' });
    expect(later.load).toBe(r.load);
    expect(later.seq).toBeGreaterThan(r.seq ?? Infinity);
    const none = report({ url: 'http://x/', status: 'not-article' });
    expect([none.entities, none.quotes]).toEqual([0, 0]);
    expect(isPageReport(none)).toBe(true);
  });

  it('two reports of one page load never share a number, even when the clock is coarsened (Firefox resistFingerprinting)', async () => {
    // performance.now() rounded to 100 ms: the start-up script's "analyzing" and "not-article" (the
    // gate takes less) read the same time; so may the start-up script's last report and the app's first
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_200);
    try {
      const analyzing = report({ url: 'http://x/', status: 'analyzing' });
      const notArticle = report({ url: 'http://x/', status: 'not-article' });
      expect(notArticle.seq).toBeGreaterThan(analyzing.seq ?? Infinity);
      // loader.js and app.js each bundle this module: the number is the page load's, not the module's
      vi.resetModules();
      const app = await import('../../../src/content/model');
      const first = app.report({ url: 'http://x/', status: 'analyzing' });
      expect(first.seq).toBeGreaterThan(notArticle.seq ?? Infinity);
      expect(isPageReport(first)).toBe(true);
      // a clock that moves on: the numbers keep rising
      now.mockReturnValue(5_000);
      const done = app.report({ url: 'http://x/', status: 'done' });
      expect(done.seq).toBeGreaterThan(first.seq ?? Infinity);
      expect(report({ url: 'http://x/', status: 'done' }).seq).toBeGreaterThan(done.seq ?? Infinity);
    } finally {
      now.mockRestore();
    }
  });
});
