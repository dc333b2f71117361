/** frontedComparisonAt: the comparison a sentence opens with, whose noun is someone compared, never the subject. */
import { describe, expect, it } from 'vitest';
import { frontedComparisonAt } from '../../../src/core/attribution';
import { tokenize } from '../../../src/core/tokenize';

/** [the compared phrase's first word, the words up to its closing comma] or null, for a sentence's first token. */
function compared(text: string): [string, string] | null {
  const tokens = tokenize(text, [{ start: 0, end: text.length }]);
  const found = frontedComparisonAt(tokens, 0);
  if (!found) return null;
  const upTo = found.comma >= 0 ? text.slice(tokens[0]!.start, tokens[found.comma]!.start) : '';
  return [tokens[found.object]!.raw, upTo];
}

describe('frontedComparisonAt', () => {
  const cases: Array<[string, string, [string, string] | null]> = [
    ['"Like" and a name', 'Like Paul Okafor, the mayor said the bridge was unsafe.', ['Paul', 'Like Paul Okafor']],
    [
      '"Unlike" and a described name',
      'Unlike her rival Paul Okafor, the governor told reporters.',
      ['her', 'Unlike her rival Paul Okafor'],
    ],
    [
      'a relative clause set off by commas stays in the phrase',
      'Unlike Paul Okafor, who conceded on Monday, the governor told reporters the count was fair.',
      ['Paul', 'Unlike Paul Okafor, who conceded on Monday'],
    ],
    ['an age after the subject is no part of it', 'Like Okafor, the mayor, 61, said the bridge was unsafe.', ['Okafor', 'Like Okafor']],
    ['"As with"', 'As with Okafor, the mayor said the bridge was unsafe.', ['Okafor', 'As with Okafor']],
    ['"Contrary to"', 'Contrary to Okafor, the governor said the count was fair.', ['Okafor', 'Contrary to Okafor']],
    ['"Compared with"', 'Compared with Okafor, the governor said the count was fair.', ['Okafor', 'Compared with Okafor']],
    ['"Compared to"', 'Compared to Ana Ruiz, who lost, he said the count was fair.', ['Ana', 'Compared to Ana Ruiz, who lost']],
    ['"In contrast to"', 'In contrast to Okafor, the governor said the count was fair.', ['Okafor', 'In contrast to Okafor']],
    ['"Compared" as a verb opens none', 'Compared figures show the count was fair.', null],
    ['"In" alone opens none', 'In Okafor, the governor said the count was fair.', null],
    ['after "But"', 'But unlike Okafor, the governor said the count was fair.', ['Okafor', 'But unlike Okafor']],
    ['"Much like"', 'Much like Okafor, the mayor said the bridge was unsafe.', ['Okafor', 'Much like Okafor']],
    ['no comma closes it', 'Like many voters Okafor said the count was fair.', ['many', '']],
    ['a name that opens the sentence', 'Paul Okafor said the count was fair.', null],
    ['"As" alone opens no comparison', 'As Okafor said, the count was fair.', null],
    ['a hyphenated compound is no preposition', 'Like-minded voters said the count was fair.', null],
  ];
  for (const [what, text, expected] of cases) it(what, () => expect(compared(text)).toEqual(expected));
});

/** [the words up to the closing comma, the heads' words] for a sentence's first token. */
function comparedHeads(text: string): [string, string[]] | null {
  const tokens = tokenize(text, [{ start: 0, end: text.length }]);
  const found = frontedComparisonAt(tokens, 0);
  if (!found) return null;
  const upTo = found.comma >= 0 ? text.slice(tokens[0]!.start, tokens[found.comma]!.start) : '';
  return [upTo, found.heads.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end))];
}

describe('frontedComparisonAt: lists, heads and the close of a relative clause', () => {
  const cases: Array<[string, string, [string, string[]]]> = [
    [
      'a list of names before a relative clause is one comparison',
      'Unlike Ruiz, Hale and Okafor, who all lost, the governor, 61, said the count was fair.',
      ['Unlike Ruiz, Hale and Okafor, who all lost', ['Ruiz', 'Hale', 'Okafor']],
    ],
    [
      'a list with "or" and a serial comma',
      'Like Ruiz, Hale, or Okafor, he said it.',
      ['Like Ruiz, Hale, or Okafor', ['Ruiz', 'Hale', 'Okafor']],
    ],
    [
      'two names before a relative clause',
      'Unlike Ruiz, Okafor, who lost, the governor said it.',
      ['Unlike Ruiz, Okafor, who lost', ['Ruiz', 'Okafor']],
    ],
    ['a name after the comma that is the subject', 'Like Okafor, Ruiz said the count was fair.', ['Like Okafor', ['Okafor']]],
    ['a name and its apposition after the comma', 'Like Okafor, Ruiz, a Democrat, said it.', ['Like Okafor', ['Okafor']]],
    ['names that are the subject', 'Unlike Ruiz, Hale and Okafor said it.', ['Unlike Ruiz', ['Ruiz']]],
    ['names and their relative clause that are the subject', 'Like Ruiz, Okafor and Hale, who all lost, said it.', ['Like Ruiz', ['Ruiz']]],
    ['a possessor is no head', "Unlike Hale's predecessor, he said it.", ["Unlike Hale's predecessor", []]],
    ['a modifier is no head', 'Compared with the Okafor campaign of 2019, he said it.', ['Compared with the Okafor campaign of 2019', []]],
    ['a described name is the head', 'Unlike her rival Paul Okafor, he said it.', ['Unlike her rival Paul Okafor', ['Paul Okafor']]],
    [
      'a name in the relative clause is no head',
      'Unlike the 2019 race, which Okafor lost, he said it.',
      ['Unlike the 2019 race, which Okafor lost', []],
    ],
    [
      'the relative clause ends at the comma a subject follows',
      'Like Ruiz, who said shops, bars and restaurants would close, the mayor voted no.',
      ['Like Ruiz, who said shops, bars and restaurants would close', ['Ruiz']],
    ],
    [
      'not at a comma inside a quotation',
      'Like Ruiz, who said she was “disgusted, frankly,” by the vote, the mayor walked out.',
      ['Like Ruiz, who said she was “disgusted, frankly,” by the vote', ['Ruiz']],
    ],
    [
      'a role before a name is a subject',
      'Unlike Dana Whitcombe, who argued that the town needed the money, councillor Tom Berg changed his vote.',
      ['Unlike Dana Whitcombe, who argued that the town needed the money', ['Dana Whitcombe']],
    ],
    ['no subject after any comma: no close', 'Like Ruiz, who lost, voted no.', ['', ['Ruiz']]],
    [
      'the last comma before a main clause, not one inside the report',
      'Like Ruiz, who said that, in her view, the tax was unfair, the mayor voted no.',
      ['Like Ruiz, who said that, in her view, the tax was unfair', ['Ruiz']],
    ],
    [
      'not after an opening subordinate clause inside the report',
      'Like Ruiz, who warned that once the mill closes, 400 jobs go, councillor Tom Berg voted no.',
      ['Like Ruiz, who warned that once the mill closes, 400 jobs go', ['Ruiz']],
    ],
    [
      'not at a comma between digits',
      'Like Ruiz, who said the tax would cost each family $1,200, the mayor voted no.',
      ['Like Ruiz, who said the tax would cost each family $1,200', ['Ruiz']],
    ],
    [
      'not inside a list of names in the report',
      'Unlike Okafor, who said Hale, Ruiz and Tan had lied, the mayor stayed calm.',
      ['Unlike Okafor, who said Hale, Ruiz and Tan had lied', ['Okafor']],
    ],
    [
      'past an apposition to the main clause subject',
      'Like Ruiz, who said that, in her view, the tax was unfair, the mayor, a Democrat, voted no.',
      ['Like Ruiz, who said that, in her view, the tax was unfair', ['Ruiz']],
    ],
    [
      'not at a frame closing the sentence',
      'Like Ruiz, who said the tax was unfair, the mayor voted no, officials told reporters.',
      ['Like Ruiz, who said the tax was unfair', ['Ruiz']],
    ],
    [
      'not at a frame with only a participle after it',
      'Like Ruiz, who said the tax was unfair, the mayor voted no, she said, adding that the city needed money.',
      ['Like Ruiz, who said the tax was unfair', ['Ruiz']],
    ],
    [
      'a main clause with a report of its own',
      'Like Ruiz, who said that, in her view, the tax was unfair, Hale said she agreed.',
      ['Like Ruiz, who said that, in her view, the tax was unfair', ['Ruiz']],
    ],
    [
      'a title before the main clause subject',
      'Unlike his rival, who said that, after the flood, the town would recover, Mr. Hale voted no.',
      ['Unlike his rival, who said that, after the flood, the town would recover', []],
    ],
    [
      'a clause joined to the main clause is part of it',
      'Like Ruiz, who said the tax was unfair, the mayor voted no, and the council, 5-4, approved it.',
      ['Like Ruiz, who said the tax was unfair', ['Ruiz']],
    ],
    [
      'the main clause up to the verb the caller gives',
      'Like Ruiz, who said the plan, the budget and the tax were unfair, the mayor voted no.',
      ['Like Ruiz, who said the plan, the budget and the tax were unfair', ['Ruiz']],
    ],
  ];
  for (const [what, text, expected] of cases) it(what, () => expect(comparedHeads(text)).toEqual(expected));
});
