/** addedPronoun: the "he" or "she" opening the words of "adding"/"noting" that may go on with a report a reply interrupted. */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/core/analyze';
import { articleFromText } from '../../../src/core/article';
import { addedPronoun, AGREEING } from '../../../src/core/attribution';
import { index } from './helpers';

/** addedPronoun at the sentence's participle (its first "adding", "noting" or "saying"). */
function added(sentence: string): string | null {
  const { doc } = prepare(articleFromText(`Headline\n${sentence}`), index());
  const i = doc.tokens.findIndex((t) => /^(adding|noting|saying)$/.test(t.lower));
  return addedPronoun(doc, i);
}

describe('addedPronoun', () => {
  const cases: Array<[string, string, string | null]> = [
    ['"adding that she" and a future', 'Greta Moe said it, but the army disagreed, adding that she would not give up.', 'she'],
    ['"adding" with no "that"', 'Greta Moe said it, but the army disagreed, adding she would not give up.', 'she'],
    ['"noting that he"', 'Tom Lund said it, and the members agreed, noting that he was pleased.', 'he'],
    ['a perfect after it judges what the person did', 'Greta Moe said it, and the army agreed, adding that she had acted wisely.', null],
    ['"has" too', 'Greta Moe said it, and the army agreed, adding that she has done well.', null],
    ['"saying" is no continuation', 'Greta Moe said it, but the army disagreed, saying that she would not give up.', null],
    ['"it" is no person', 'Greta Moe said it, but the army disagreed, adding that it would not give up.', null],
    ['"they" is not either', 'Greta Moe said it, but the army disagreed, adding that they would not give up.', null],
    ['no pronoun', 'Greta Moe said it, but the army disagreed, adding that the rebels were armed.', null],
  ];
  for (const [name, sentence, want] of cases) it(name, () => expect(added(sentence)).toBe(want));
});

describe('AGREEING', () => {
  const cases: Array<[string, boolean]> = [
    ['agreed', true],
    ['disagreed', true],
    ['concurred', true],
    ['objected', false],
    ['protested', false],
    ['responded', false],
    ['complained', false],
  ];
  for (const [word, want] of cases) it(word, () => expect(AGREEING.test(word)).toBe(want));
});
