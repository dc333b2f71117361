/**
 * The name matcher on a small registry written for the test: folding of variants, whole words, surnames after
 * a full mention, possessives, leftmost-longest, case constraints, role phrases resolved only where one fits,
 * and a compiled index that survives JSON.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/article';
import { foldWord } from '../../../src/core/fold';
import { compileIndex, findMentions, headingParagraphs, quotedSubhead } from '../../../src/core/matcher';
import type { EntityRecord } from '../../../src/core/types';
import { index, run } from './helpers';

const person = (id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  type: 'person',
  name,
  aliases: [],
  roles: [],
  description: '',
  ...extra,
});

const REGISTRY: EntityRecord[] = [
  person('karjakin', 'Sergey Karjakin', { surnames: ['Karjakin'] }),
  person('peskov', 'Dmitry Peskov', {
    surnames: ['Peskov'],
    roles: [{ title: 'Kremlin spokesman', phrases: ['the Kremlin spokesman', "Putin's spokesman"], from: null, to: null }],
  }),
  person('putin', 'Vladimir Putin', {
    surnames: ['Putin'],
    roles: [{ title: 'President', phrases: ['the president'], from: null, to: null }],
  }),
  person('trump', 'Donald Trump', {
    surnames: ['Trump'],
    roles: [{ title: 'President', phrases: ['the president'], from: null, to: null }],
  }),
  person('lopez', 'José López', { surnames: ['López'] }),
  { id: 'us', type: 'place', name: 'United States', aliases: ['US', 'U.S.'], roles: [], description: '' },
  { id: 'ny', type: 'place', name: 'New York', aliases: [], roles: [], description: '' },
  { id: 'nyt', type: 'organization', name: 'The New York Times', aliases: [], roles: [], description: '' },
];
const IDX = compileIndex(REGISTRY);

function hits(text: string, idx = IDX): Array<[string | null, string[]]> {
  return findMentions(articleFromText(text), idx).map((e) => [e.id, e.mentions.map((m) => m.text)]);
}

describe('foldWord', () => {
  it('merges romanisation variants and accents by general rules', () => {
    expect(foldWord('Sergey')).toBe(foldWord('Sergei'));
    expect(foldWord('Karjakin')).toBe(foldWord('Karyakin'));
    expect(foldWord('Dmitry')).toBe(foldWord('Dmitri'));
    expect(foldWord('Dmitriy')).toBe(foldWord('Dmitri'));
    expect(foldWord('Alexei')).toBe(foldWord('Aleksey'));
    expect(foldWord('Zelensky')).toBe(foldWord('Zelenskyy'));
    expect(foldWord('López')).toBe(foldWord('Lopez'));
    expect(foldWord('Carlsen')).not.toBe(foldWord('Carlson'));
    expect(foldWord('John')).not.toBe(foldWord('Iohn'));
  });
});

describe('findMentions', () => {
  it("takes an organisation's generic alias only where no other nation's word or owner opens it", () => {
    const mfa: EntityRecord = {
      id: 'mfa',
      type: 'organization',
      name: 'Russian Foreign Ministry',
      aliases: ['Foreign Ministry'],
      roles: [],
      description: '',
    };
    const idx = compileIndex([mfa]);
    expect(hits('The Chinese Foreign Ministry said no. Ukraine’s Foreign Ministry said yes.', idx)).toEqual([]);
    expect(hits('The Russian Foreign Ministry said no. The Foreign Ministry said it again.', idx)).toEqual([
      ['mfa', ['Russian Foreign Ministry', 'Foreign Ministry']],
    ]);
  });

  it('takes no place whose name a word of the compass opens into another place', () => {
    const idx = compileIndex([{ id: 'us', type: 'place', name: 'United States', aliases: ['America'], roles: [], description: '' }]);
    expect(hits('Freight volumes across North America fell. Trade with Latin America rose.', idx)).toEqual([]);
    expect(hits('Freight volumes across America fell.', idx)).toEqual([['us', ['America']]]);
  });

  it('finds full names and transliteration variants as one entity', () => {
    expect(hits('Sergei Karyakin met Sergey Karjakin’s coach. Later Karyakin won.')).toEqual([
      ['karjakin', ['Sergei Karyakin', 'Sergey Karjakin', 'Karyakin']],
    ]);
  });

  it('takes a surname alone only after a first full mention', () => {
    expect(hits('Peskov arrived. Then Dmitry Peskov spoke, and Peskov left.')).toEqual([['peskov', ['Dmitry Peskov', 'Peskov']]]);
  });

  it('matches possessives without the ’s, whole words only, never inside a word', () => {
    expect(
      hits("Donald Trump's plan. Trump’s aides. Trumpet players, trumped-up charges, Putinism and the trump card. Trump said."),
    ).toEqual([['trump', ['Donald Trump', 'Trump', 'Trump']]]);
  });

  it('reads an initial inside a name: Donald J. Trump', () => {
    const idx = compileIndex([person('trump', 'Donald Trump', { aliases: ['Donald J. Trump'], surnames: ['Trump'] })]);
    expect(hits('President-elect Donald J. Trump’s team met Trump.', idx)).toEqual([['trump', ['Donald J. Trump', 'Trump']]]);
  });

  it('reads names through soft hyphens and zero-width characters a page sets inside words', () => {
    // Some outlets hyphenate their text with U+00AD: "Vladi\u00admir Pu\u00adtin"
    expect(hits('Vladi\u00admir Pu\u00adtin met Dmi\u200btry Peskov; Pu\u00adtin\u2019s aide Peskov spoke.')).toEqual([
      ['putin', ['Vladi\u00admir Pu\u00adtin', 'Pu\u00adtin']],
      ['peskov', ['Dmi\u200btry Peskov', 'Peskov']],
    ]);
    // a soft hyphen at a word's edge is no letter, and does not glue two words
    expect(hits('\u00adVladimir Putin\u00ad \u00ad Putin')).toEqual([['putin', ['Vladimir Putin', 'Putin']]]);
  });

  it('gives a speaker found through soft hyphens the name as the reader sees it', () => {
    const { analysis } = run('\u201cWe are ready,\u201d said Dar\u00adian Lone\u00adchild, a teacher.');
    expect(analysis.quotes.map((q) => [q.speaker.name, q.speaker.entityId])).toEqual([['Darian Lonechild', null]]);
  });

  it('folds accents in the text', () => {
    expect(hits('Jose Lopez and later López.')).toEqual([['lopez', ['Jose Lopez', 'López']]]);
  });

  it('is leftmost-longest: The New York Times is not New York', () => {
    expect(hits('The New York Times reported from New York.')).toEqual([
      ['nyt', ['New York Times']],
      ['ny', ['New York']],
    ]);
  });

  it('respects case: US and U.S. are the country, "us" is a pronoun', () => {
    expect(hits('The US and the U.S. told us nothing. The United States agreed.')).toEqual([['us', ['US', 'U.S.', 'United States']]]);
  });

  it('resolves a role phrase only where one person fits', () => {
    // "Putin's spokesman" has one holder; "the president" has two until one of them is named
    expect(hits("Putin's spokesman said the president would travel.")).toEqual([['peskov', ["Putin's spokesman"]]]);
    expect(hits("Vladimir Putin's spokesman said the president would travel.")).toEqual([
      ['putin', ['Vladimir Putin', 'the president']],
      ['peskov', ["Putin's spokesman"]],
    ]);
  });

  it('takes no role phrase right before the name of someone else who holds it', () => {
    // "the Kremlin spokesman Dmitry Pavlenkov" is another spokesman, not the registry's; the holder's own name still is
    expect(hits('The Kremlin spokesman Dmitry Pavlenkov said the talks were over.')).toEqual([]);
    expect(hits('The Kremlin spokesman Dmitry Peskov said so. The Kremlin spokesman left.')).toEqual([
      ['peskov', ['The Kremlin spokesman', 'Dmitry Peskov', 'The Kremlin spokesman']],
    ]);
  });

  it('keeps offsets exact in the text as given', () => {
    const text = '  Le Monde:\r\n\tDmitry Peskov – and Dmitri Peskov.\n';
    const found = findMentions(articleFromText(text), IDX);
    expect(found[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Dmitry Peskov', 'Dmitri Peskov']);
  });

  it('compiles to plain JSON and matches the same after a round trip', () => {
    const copy = JSON.parse(JSON.stringify(IDX));
    const text = 'Sergei Karyakin and Donald Trump in New York.';
    expect(findMentions(articleFromText(text), copy)).toEqual(findMentions(articleFromText(text), IDX));
  });

  it('does not trip over words that are Object.prototype keys', () => {
    expect(hits('The constructor of toString said hasOwnProperty __proto__ valueOf.')).toEqual([]);
  });

  it("the shipped registry links the stories' spellings", () => {
    const text = 'Sergei Karyakin faced Magnus Carlsen as Dmitri Peskov, the Kremlin spokesman, watched with Sergey Ryabkov.';
    expect(findMentions(articleFromText(text), index()).map((e) => e.id)).toEqual([
      'sergey-karjakin',
      'magnus-carlsen',
      'dmitry-peskov',
      'kremlin',
      'sergei-ryabkov',
    ]);
  });
});

describe('headingParagraphs', () => {
  it.each([
    ['Harbour reopens after storm', true],
    ['Ferry chief: no sailings before May', true],
    ['The harbour reopened on Monday.', false],
    ['“We lost three boats,” said Ana Riis. Photograph: Jo Vale/AP', false],
    ['Ana Riis said the boats were lost. Photo: Reuters', false],
    ['Storm damage Photo: Jo Vale/AP', true],
  ])('%s → heading %s', (line, heading) => {
    expect(headingParagraphs(articleFromText(`Title\n${line}\n`)).has(1)).toBe(heading);
  });
});

describe('quotedSubhead', () => {
  it.each([
    ["'All Bets Are Off.'", true],
    ['“Legend in the Coal Fields.”', true],
    ["'Coal Isn't the Villain.'", true],
    ['“We were floored.”', false],
    ['“Fire everyone.”', false],
    ['“Yes We Can!”', false],
    ['“No.”', false],
    ['“Alden. And…Other Alden.”', false],
    ['“It Is Done,” she said.', false],
  ])('%s → %s', (text, expected) => {
    expect(quotedSubhead(text)).toBe(expected);
  });
});
