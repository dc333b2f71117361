/** The long given-name lists: how genderOfFirstName reads them, and that the generated file matches its sources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genderOfFirstName, isGivenName, isMoreGivenName } from '../../../src/core/names';
// @ts-expect-error -- a plain ES module of the tools folder, without types
import { render } from '../../../tools/given-names.mjs';

describe('genderOfFirstName', () => {
  const none = new Set<string>();
  const seen = new Set(['grant', 'harry']);
  // [word, lowerSeen, long, expected]
  const table: Array<[string, ReadonlySet<string> | undefined, boolean, 'male' | 'female' | null]> = [
    ['Mary', undefined, true, 'female'], // short list
    ['Harriet', undefined, true, 'female'], // long list only
    ['Ottilie', undefined, true, 'female'],
    ['Eamon', undefined, true, 'male'],
    ['Harriet', undefined, false, null], // the short lists only
    ['Harry', undefined, true, null], // also a word: no article to say it is not one here
    ['Harry', none, true, 'male'], // the article never writes "harry"
    ['Harry', seen, true, null], // the article writes "harry" in lower case
    ['Grant', none, true, 'male'],
    ['Grant', seen, true, null],
    ['Florida', none, true, null], // a place first
    ['Georgia', none, true, null],
    ['West', none, true, null], // a point of the compass
    ['Monday', none, true, null],
    ['Shelley', none, true, null], // on both lists
    ['Okonkwo', none, true, null], // on neither
    ['Aaliyah', none, true, null], // the second source (US baby names): a name, but its gender is not trusted
    ['Satya', none, true, null],
  ];
  for (const [word, lowerSeen, long, expected] of table) {
    it(`${word} (${lowerSeen === undefined ? 'no article' : lowerSeen.size ? 'seen in lower case' : 'not seen'}${long ? '' : ', short lists'}) -> ${expected}`, () =>
      expect(genderOfFirstName(word, lowerSeen, long)).toBe(expected));
  }
});

describe('isMoreGivenName (the second source: discovery, no gender)', () => {
  const none = new Set<string>();
  // [word, lowerSeen, expected]
  const table: Array<[string, ReadonlySet<string> | undefined, boolean]> = [
    ['Aaliyah', none, true],
    ['Oluwaseun', none, true],
    ['Ivanka', none, true],
    ['Oluwaseun', undefined, false], // a headline ("Oluwaseun Sees Gains …"), or no article to read
    ['Oluwaseun', new Set(['oluwaseun']), false], // written in lower case in the article
    ['Mary', none, false], // the old lists: genderOfFirstName says
    ['Houston', none, false], // a city of 50,000 or more
    ['Paris', none, false],
    ['Brooklyn', none, false],
    ['Unity', none, false], // an English word
    ['Phoenix', none, false],
  ];
  for (const [word, lowerSeen, expected] of table) {
    it(`${word} (${lowerSeen === undefined ? 'no article' : lowerSeen.size ? 'seen in lower case' : 'not seen'}) -> ${expected}`, () =>
      expect(isMoreGivenName(word, lowerSeen)).toBe(expected));
  }
  it('counts for isGivenName', () => expect(isGivenName('Oluwaseun')).toBe(true));
});

describe('src/core/given-names.ts', () => {
  it('is what tools/given-names.mjs makes of its pinned sources (run `npm run given-names` after changing them)', () => {
    const file = readFileSync(join(__dirname, '../../../src/core/given-names.ts'), 'utf8');
    expect(render().out).toBe(file);
  }, 60_000); // renders the whole pinned name lists: seconds on a loaded machine
});
