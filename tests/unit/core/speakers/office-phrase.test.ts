/** The phrase after a role's preposition, before the comma of the name apposed to it (relativeOpenerRole's tests). */
import { describe, expect, it } from 'vitest';
import { nounPhrase, officeWords, otherName, properOfficeName } from '../../../../src/core/speakers/resolve';
import { tokenize } from '../../../../src/core/tokenize';

/** The tokens of `text`, and the span from the word after its first preposition (of/to/for) up to its first comma. */
function phrase(text: string): [ReturnType<typeof tokenize>, number, number] {
  const tokens = tokenize(text, [{ start: 0, end: text.length }]);
  const from = tokens.findIndex((t) => /^(of|to|for)$/.test(t.lower)) + 1;
  return [tokens, from, tokens.findIndex((t) => t.raw === ',')];
}

describe('properOfficeName: an office’s own name up to the comma', () => {
  it.each([
    ['The Mayor of Leeds, Hannah Osei, said', true],
    ['The Governor of the Bank of England, Andrew Bailey, said', true],
    ['The Minister for Housing and Communities, Tomas Lidell, said', true],
    ['The Mayor of Leeds wants the chief constable, Ann Ross, to resign', false],
    ['The Mayor of Leeds and the Bishop of Durham, Paul Kent, visited', false],
    ["The Mayor of London's chief of staff, David Bellamy, resigned", false],
    ["The Mayor of Leeds' spokesman, Sam Ojo, declined", false],
    ['The Mayor of Leeds Hannah Osei wants the chief constable, Ann Ross, to resign', false],
  ])('%s: %s', (text, expected) => {
    expect(properOfficeName(...phrase(text))).toBe(expected);
  });
});

describe('nounPhrase: a noun phrase, participles only as its modifiers', () => {
  it.each([
    ['The mother of the murdered girl, Ana Vik, attended', true],
    ['The head of the newly formed committee, Tom Berg, opened', true],
    ['The lawyer for the accused men, Dana Whitfield, spoke', true],
    ['The mother of the man shot by police, Ana Vik, attended', true],
    ['The mother of the man shot dead by police, Ana Vik, attended', true],
    ['The special envoy for Syria, Ana Vik, arrived', true],
    ['The mayor of Leeds met the bishop of Durham, Paul Kent, on Monday', false],
    ['The mayor of Leeds joins the chief constable, Ann Ross, tonight', false],
    ['The mayor of Leeds has met the bishop of Durham, Paul Kent, twice', false],
    ['The mayor of Leeds and the chief constable, Ann Ross, visited', false],
    ["The mayor of London's chief of staff, David Bellamy, resigned", false],
  ])('%s: %s', (text, expected) => {
    expect(nounPhrase(...phrase(text))).toBe(expected);
  });
});

describe('officeWords and otherName: whether a second office of a title is another', () => {
  const words = (text: string): string | null => {
    const [tokens, from] = phrase(text);
    return officeWords(tokens, from, tokens.length);
  };
  it.each([
    ['The mayor of York said', 'york'],
    ['The Governor of the Bank of England said', 'bank of england'],
    ['The minister for finance said', 'finance'],
    ['The mayor of the city said', null],
  ])('%s: %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });
  it.each([
    ['york', 'leeds', true],
    ['state', 'state for health', false],
    ['housing', 'housing', false],
    [null, 'leeds', false],
  ] as Array<[string | null, string, boolean]>)('%s / %s: %s', (a, b, expected) => {
    expect(otherName(a, b)).toBe(expected);
  });
});
