/** The reported clause of each construction of saying (ClauseFinder), on one-sentence tables. */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../../src/core/analyze';
import { articleFromText } from '../../../../src/core/article';
import type { Construction } from '../../../../src/core/attribution';
import { CLAUSE_PARTICIPLES, CONTINUING_VERBS } from '../../../../src/core/lexicon';
import { ClauseFinder } from '../../../../src/core/speakers/clauses';
import { index } from '../helpers';

/** [verb, reported clause or null] for each construction of the text, in text order. */
function clauses(text: string): Array<[string, string | null]> {
  const { doc, constructions } = prepare(articleFromText(text), index());
  const bySentence = new Map<number, Construction[]>();
  for (const c of constructions) bySentence.set(c.sent, [...(bySentence.get(c.sent) ?? []), c]);
  const finder = new ClauseFinder(doc, bySentence);
  return constructions.map((c) => {
    const span = finder.clause(c);
    return [c.verb, span ? doc.text.slice(span[0], span[1]) : null];
  });
}

describe('ClauseFinder.clause', () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ['"that" after the verb and a time phrase', 'She told reporters on Thursday that the plan was dead.', [['told', 'the plan was dead']]],
    ['a bare clause after "said"', 'Lonechild said the province must do more.', [['said', 'the province must do more']]],
    [
      '"according to" opening the sentence',
      'According to Park, 30,000 voters were affected by the change.',
      [['according', '30,000 voters were affected by the change']],
    ],
    [
      'a participle continuing the sentence',
      'The president spoke on Monday, saying the talks had gone well for everyone.',
      [['saying', 'the talks had gone well for everyone']],
    ],
    [
      'the clause before ", officials said"',
      'The project will cost $5 million, officials said.',
      [['said', 'The project will cost $5 million']],
    ],
    ['no speech from a thing: "the results suggest"', 'The results suggest that prices will rise.', [['suggest', null]]],
    ['an infinitive is no construction', 'Peskov declined to say anything.', []],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => expect(clauses(text)).toEqual(expected));
  }
});

describe('CLAUSE_PARTICIPLES', () => {
  it('is CONTINUING_VERBS less the participles that report no clause', () => {
    expect([...CLAUSE_PARTICIPLES].sort()).toEqual(
      'acknowledging adding admitting alleging announcing arguing asserting boasting cautioning claiming complaining conceding confirming contending countering declaring denying emphasising emphasizing explaining hinting insisting joking maintaining noting pledging pointing predicting reiterating remarking revealing saying screaming shouting stating stressing suggesting warning yelling'.split(
        ' ',
      ),
    );
    for (const w of CLAUSE_PARTICIPLES) expect(CONTINUING_VERBS.has(w)).toBe(true);
    for (const w of ['telling', 'asking', 'calling', 'continuing']) expect(CLAUSE_PARTICIPLES.has(w)).toBe(false);
  });
});
