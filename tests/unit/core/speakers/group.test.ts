/** The one speaker grouping (badge, popup, panel): by entity, else by the name with case and outer spaces ignored. */
import { describe, expect, it } from 'vitest';
import { groupSpeakers, isUnnamed, mostQuotedFirst, speakerKey } from '../../../../src/core/speakers/group';
import type { Quote } from '../../../../src/core/types';
import { quoteBy, THREE_SPEAKERS } from '../../make-quote';

const q = quoteBy;

describe('speakerKey', () => {
  it.each<[string, string | null, string]>([
    ['Dmitry Peskov', 'dmitry-peskov', 'dmitry-peskov'],
    ['Peskov', 'dmitry-peskov', 'dmitry-peskov'],
    ['a Trump spokeswoman', null, 'name:a trump spokeswoman'],
    ['  A Trump Spokeswoman ', null, 'name:a trump spokeswoman'],
    ['Jane Roe', null, 'name:jane roe'],
  ])('%j (%s) -> %s', (name, entityId, key) => {
    expect(speakerKey({ name, entityId })).toBe(key);
  });
});

describe('groupSpeakers', () => {
  const quotes = [...THREE_SPEAKERS, q(70, 'Jane Roe', null)];
  it.each<[string, Quote[], Array<[string, string, number[], number]>]>([
    ['none', [], []],
    ['one quote', [q(5, 'Jane Roe', null)], [['name:jane roe', 'Jane Roe', [0], 5]]],
    [
      'in order of first quotation; the name as first written',
      quotes,
      [
        ['name:a trump spokeswoman', 'a Trump spokeswoman', [0, 4], 10],
        ['dmitry-peskov', 'Dmitry Peskov', [1, 2, 5], 20],
        ['donald-trump', 'Donald Trump', [3], 40],
        ['name:jane roe', 'Jane Roe', [6], 70],
      ],
    ],
  ])('%s', (_, input, expected) => {
    expect(groupSpeakers(input).map((g) => [g.key, g.name, g.quotes.map((x) => x.index), g.first])).toEqual(expected);
  });
  it('most quoted first, ties by first appearance in the text', () => {
    expect(mostQuotedFirst(groupSpeakers(quotes)).map((g) => [g.name, g.quotes.length])).toEqual([
      ['Dmitry Peskov', 3],
      ['a Trump spokeswoman', 2],
      ['Donald Trump', 1],
      ['Jane Roe', 1],
    ]);
    // a quotation listed later but standing earlier in the text counts as the first appearance
    expect(mostQuotedFirst(groupSpeakers([q(90, 'B', null), q(80, 'A', null)])).map((g) => g.name)).toEqual(['A', 'B']);
  });
  it('marks speakers the article describes but does not name', () => {
    expect(groupSpeakers(quotes).map((g) => g.unnamed)).toEqual([true, false, false, false]);
  });
});

describe('isUnnamed', () => {
  it.each<[string, string | null, boolean]>([
    ['a Trump spokeswoman', null, true],
    ['officials', null, true],
    ['Jane Roe', null, false],
    ['the Kremlin spokesman', 'dmitry-peskov', false],
    ['', null, true],
  ])('%j (%s) -> %s', (name, id, expected) => {
    expect(isUnnamed(name, id)).toBe(expected);
  });
});
