/**
 * Word lists of lexicon.ts that mean contradicting things must share no word, and lists that do share words share
 * exactly the ones listed here, each for a stated reason: a word added to two lists fails here until it is one
 * list's, or the reason is written down.
 */
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_NOUNS,
  FEMALE_FIRST,
  FEMALE_NOUNS,
  FINDING_NOUNS,
  GROUP_NOUNS,
  MALE_FIRST,
  MALE_NOUNS,
  NO_SOURCE_NOUNS,
  ORG_HEADS,
  RELATION_NOUNS,
  REPORT_NOUNS,
  SPEAKER_NOUNS,
} from '../../../src/core/lexicon';

/** Words written as one string, in order. */
const words = (s: string): string[] => s.split(' ');

const both = (a: Iterable<string>, b: (w: string) => boolean): string[] => [...a].filter(b).sort();

describe('lexicon: exclusive lists share no word', () => {
  const exclusive: Array<[string, ReadonlySet<string>, string, (w: string) => boolean]> = [
    ['FEMALE_NOUNS', FEMALE_NOUNS, 'MALE_NOUNS', (w) => MALE_NOUNS.has(w)],
    ['FEMALE_FIRST', FEMALE_FIRST, 'MALE_FIRST', (w) => MALE_FIRST.has(w)],
    ['NO_SOURCE_NOUNS', NO_SOURCE_NOUNS, 'SPEAKER_NOUNS', (w) => SPEAKER_NOUNS.has(w)],
    ['NO_SOURCE_NOUNS', NO_SOURCE_NOUNS, 'DOCUMENT_NOUNS', (w) => DOCUMENT_NOUNS.has(w)],
    ['NO_SOURCE_NOUNS', NO_SOURCE_NOUNS, 'GROUP_NOUNS', (w) => GROUP_NOUNS.has(w)],
    ['NO_SOURCE_NOUNS', NO_SOURCE_NOUNS, 'ORG_HEADS', (w) => ORG_HEADS.has(w)],
    // documentQuoting reads either: one word, one list
    ['DOCUMENT_NOUNS', DOCUMENT_NOUNS, 'FINDING_NOUNS', (w) => FINDING_NOUNS.test(w)],
  ];
  for (const [a, set, b, has] of exclusive) it(`${a} and ${b}`, () => expect(both(set, has)).toEqual([]));

  it('a poll, a survey or data is evidence, no report whose findings are words (REPORT_NOUNS)', () => {
    expect(both(['poll', 'polls', 'survey', 'surveys', 'data', 'records', 'results', 'reports'], (w) => REPORT_NOUNS.test(w))).toEqual([]);
  });
});

describe('lexicon: words in two lists, each for its stated reason', () => {
  it('SPEAKER_NOUNS and DOCUMENT_NOUNS: documents that speak for their authors ("the statement said")', () => {
    expect(both(DOCUMENT_NOUNS, (w) => SPEAKER_NOUNS.has(w))).toEqual(
      words('data documents filing letter poll report statement study survey'),
    );
  });

  it('REPORT_NOUNS and DOCUMENT_NOUNS: written reports, whose findings are words and which speak after "according to"', () => {
    expect(both(DOCUMENT_NOUNS, (w) => REPORT_NOUNS.test(w))).toEqual(['analysis', 'audit', 'paper', 'report', 'review', 'study']);
  });

  it('REPORT_NOUNS and FINDING_NOUNS: the inquiries that are no document noun, one table (INQUIRY_NOUN_WORDS)', () => {
    const inquiries = ['inquiry', 'investigation', 'assessment', 'evaluation', 'inspection'];
    for (const w of inquiries) expect([w, REPORT_NOUNS.test(w), FINDING_NOUNS.test(w)]).toEqual([w, true, true]);
    // "probe" only finds: it is no report's noun
    expect([REPORT_NOUNS.test('probe'), FINDING_NOUNS.test('probe')]).toEqual([false, true]);
  });

  it('SPEAKER_NOUNS and RELATION_NOUNS: a relation speaks ("a friend said"), and ties its bearer to whom "of" names', () => {
    expect(both(SPEAKER_NOUNS, (w) => RELATION_NOUNS.test(w))).toEqual(
      words(
        'allies ally colleague colleagues friend friends neighbor neighbors neighbour neighbours publicist publicists relatives rep representative representatives reps teammate teammates',
      ),
    );
  });
});
