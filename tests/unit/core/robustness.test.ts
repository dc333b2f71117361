/**
 * analyze() on odd input: unbalanced and stray marks, emoji, right-to-left text, empty paragraphs, long runs.
 * It must not throw, and every offset it returns must point at the text it reports.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { articleFromParagraphs, articleFromText } from '../../../src/core/article';
import type { Analysis, Article } from '../../../src/core/types';
import { index } from './helpers';

function check(article: Article, a: Analysis): void {
  for (const e of a.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  for (const q of a.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(article.text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    if (q.speaker.mention) expect(article.text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
}

/** Deterministic generator of awkward text from pieces that stress the parsers. */
function* samples(n: number): Generator<string> {
  const pieces = [
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '„',
    ' ',
    ' ',
    ' ',
    '\n',
    '.',
    ',',
    ':',
    '—',
    '(',
    ')',
    'said',
    'Peskov',
    'he',
    'she',
    'Putin’s',
    'U.S.',
    'Mr.',
    'A',
    'the',
    'spokesman',
    'Jane Doe',
    '😀',
    'مرحبا',
    'Zürich',
    '’90s',
    'don’t',
    '...',
    'according to',
    '\u00a0',
    '\t',
  ];
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 5 + Math.floor(rnd() * 120);
    for (let k = 0; k < len; k++) s += pieces[Math.floor(rnd() * pieces.length)]!;
    yield s;
  }
}

describe('robustness', () => {
  it('never throws and keeps offsets true on generated awkward text', () => {
    let quotes = 0;
    for (const text of samples(400)) {
      const article = articleFromText(text);
      const a = analyze(article, index());
      quotes += a.quotes.length;
      check(article, a);
    }
    expect(quotes).toBeGreaterThan(0);
  }, 60_000); // 400 generated texts through analyze(): seconds on a loaded machine

  it('a text that opens with a subject before a relative clause, or with a verb, has no token before it', () => {
    const cases: Array<[string, number]> = [
      ['Officials who attended the meeting said the plan was dead.', 1],
      ['The unit that investigates police shootings said its probe is ongoing.', 1],
      ['Those who studied the plan say it will fail.', 1],
      // a text that opens in mid-sentence, with the verb: its subject would be before the text
      ['was first reported by the Harbour Times.', 0],
      ['wrote, it shows people are worried about the plan.', 0],
      // a verb in -s that may be a plural noun, opening the text (two tokens before it were read for a number)
      ['reports say the mayor will quit.', 1],
      ['claims that the plan failed were denied.', 0],
    ];
    for (const [text, n] of cases) {
      const article = articleFromText(text);
      const a = analyze(article, index());
      check(article, a);
      expect(a.quotes).toHaveLength(n);
    }
  });

  it('a text that ends with the apostrophe of a plural possessive after a frame does not throw', () => {
    // the apostrophe ending the text was read as a quotation mark opening a fragment, past the last token
    for (const text of ["On Tuesday, Communication Director Ana Palm said Berg'", 'On immigration, Lund lamented Berg’']) {
      const article = articleFromText(text);
      const a = analyze(article, index());
      check(article, a);
      expect(a.quotes).toHaveLength(0);
    }
  });

  it('a "she" after a name that opens the text, past a role and a party tag, has no token before the text', () => {
    // the subject search before the pronoun stepped to token -1 (the sentence opened the text)
    const text =
      'Rep. Steve Israel (D-N.Y) said Clinton called on members to be “closely coordinated.” She added that the race can’t just be about reacting to Trump, and that 2026 “is going to be a harbour election” — an issue Democrats have struggled with in the past.';
    const article = articleFromText(text);
    const a = analyze(article, index());
    check(article, a);
    // ("She added" is Clinton's, the woman the sentence before reports on)
    expect(a.quotes.map((q) => q.speaker.name)).toEqual(['Steve Israel', 'Clinton', 'Clinton']);
  });

  it('handles an empty article and blank paragraphs', () => {
    expect(analyze(articleFromText(''), index())).toEqual({ entities: [], quotes: [] });
    expect(analyze(articleFromParagraphs(['', '   ', '\n']), index())).toEqual({ entities: [], quotes: [] });
  });

  // (about a second on an idle machine; vitest's default 5 s was exceeded when the machine's two cores ran other
  // work. The limit here only catches a quadratic blow-up, which takes minutes at this size: speed is measured in
  // `npm run bench`, never asserted in a test)
  it('handles a very long paragraph of quotes', { timeout: 60_000 }, () => {
    const para = Array.from({ length: 2000 }, (_, i) => `“Quote number ${i} is here,” Jane Doe said.`).join(' ');
    const article = articleFromText(para);
    const a = analyze(article, index());
    expect(a.quotes).toHaveLength(2000);
    expect(new Set(a.quotes.map((q) => q.speaker.name))).toEqual(new Set(['Jane Doe']));
    check(article, a);
  });
});
