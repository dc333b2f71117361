/** The confidence table: its order, and the values quotations get from it. */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../../../../src/core/speakers/assign';
import { run } from '../helpers';

type Name = keyof typeof CONFIDENCE;

describe('CONFIDENCE', () => {
  it('every value is a share in (0, 1]', () => {
    for (const v of Object.values(CONFIDENCE)) expect(v > 0 && v <= 1).toBe(true);
  });

  // [stronger, weaker, why]: each value is the share of right speakers its route had on PolNeAR train
  const order: Array<[Name, Name, string]> = [
    ['trailing', 'leadingNear', 'a verb right after the quote beats one right before it'],
    ['leadingNear', 'leadingFar', 'a verb right before the quote beats one further back'],
    ['leadingFar', 'laterInSentence', 'a verb before the quote beats one later in the sentence'],
    ['laterInSentence', 'samePara', 'a verb in the sentence beats a run of quotes'],
    ['samePara', 'nameColon', 'a run of quotes in one paragraph was right more often than "Name: “…”"'],
    ['samePara', 'nextPara', 'a run of quotes in one paragraph beats one across paragraphs'],
    ['nextPara', 'afterColon', 'the previous paragraph quoted someone beats the last speaker met before a colon'],
    ['afterColon', 'unattributedInside', 'a paragraph ending in a colon beats any last speaker'],
    ['frameBeforeColon', 'afterColon', 'a frame that ends at the colon beats any speaker of the paragraph before'],
    ['unattributedInside', 'noSpeaker', 'any speaker beats none'],
    ['reportedNamed', 'reportedDescribed', 'reported speech of a name beats that of a description'],
    ['reportedDescribed', 'reportedPronoun', 'reported speech of a description beats that of a pronoun'],
    ['byDescription', 'byPronoun', '"the official" was right more often than "he" (pronouns are resolved, descriptions mostly stand)'],
  ];
  for (const [a, b, why] of order) {
    it(`${a} > ${b}: ${why}`, () => expect(CONFIDENCE[a]).toBeGreaterThan(CONFIDENCE[b]));
  }
});

describe('confidence of quotations', () => {
  const round = (x: number): number => Math.round(x * 100) / 100;
  const cases: Array<[string, string, number[]]> = [
    ['trailing verb', '“We will win,” Jane Doe said.', [CONFIDENCE.trailing]],
    [
      'a run of quotes: same paragraph, then the next',
      '“First,” Jane Doe said. “Second.”\n“Third.”',
      [CONFIDENCE.trailing, CONFIDENCE.samePara, CONFIDENCE.nextPara],
    ],
    [
      'a trailing pronoun',
      'Jane Doe said the plan was ready.\n“We will win,” she said.',
      [CONFIDENCE.reportedNamed, round(CONFIDENCE.trailing * CONFIDENCE.byPronoun)],
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => expect(run(text).analysis.quotes.map((q) => q.confidence)).toEqual(expected));
  }
});

/** The speakers' names of the quotations of one paragraph under a headline, in order. */
const speakersOf = (paragraph: string): string[] => run(`Headline\n${paragraph}`).analysis.quotes.map((q) => q.speaker.name);

describe('whole sentences after a colon that says its subject answers', () => {
  // [sentence before the quotation, its speaker or '' for none]
  const quote = '“We will not pay for this. The city has no money.”';
  it.each<[string, string]>([
    ['The mayor was blunt:', 'the mayor'],
    ['The mayor was more careful:', 'the mayor'],
    ['The minister had a message for the unions:', 'the minister'],
    ['The governor had harsh words for the council:', 'the governor'],
    ['The spokeswoman was adamant:', 'the spokeswoman'],
    ['The two men were blunt:', 'the two men'],
    // (no answer: a feeling, a thing read or a result, a message after "who")
    ['The nurses were furious:', ''],
    ['The result was clear:', ''],
    ['The headline was blunt:', ''],
    ['The mayor had a message for residents who lost homes:', ''],
  ])('%s → %s', (before, speaker) => expect(speakersOf(`${before} ${quote}`)).toEqual([speaker]));
});

describe('two bodies in title case after the words they frame; a report that found or showed that …', () => {
  it.each<[string, string]>([
    ['The camp was full, the Harbour Authority and the Port Council said.', 'the Harbour Authority and the Port Council'],
    ['The camp was full, Oxfam and the Coastal Relief Agency said on Monday.', 'Oxfam and the Coastal Relief Agency'],
    ['The camp was full, the Harbour Authority and Oxfam said in a statement.', 'the Harbour Authority and Oxfam'],
    // (bodies inside the words, another speaker after them; or a verb of findings, no words said)
    ['The money went to the Harbour Authority and the Port Council, Ana Ruiz said.', 'Ana Ruiz'],
    ['The camp was full, the Harbour Authority and the Port Council found.', ''],
    // listeners before "that" after an infinitive of telling: people, not things told
    ['Ana Ruiz took to Twitter to tell supporters that the vote was rigged.', 'Ana Ruiz'],
    ['Ana Ruiz took to Twitter to tell jokes that nobody liked.', ''],
    // a report that found or showed that …
    ['A study written by two economists found that rents rose.', 'a study written by two economists'],
    ['The audit showed that the fund was mismanaged.', 'the audit'],
    ['Two studies found that rents rose.', 'Two studies'],
    // (a poll, data, records or a person that found or showed: evidence or what was seen, no words)
    ['A poll released on Friday found that most voters wanted change.', ''],
    ['The data showed that rents rose.', ''],
    ['Records show that the fund was mismanaged.', ''],
    ['Inspectors found that the door had been forced.', ''],
    ['The study found no link between rents and wages.', ''],
  ])('%s → %s', (text, speaker) => expect(speakersOf(text)).toEqual(speaker ? [speaker] : []));
});
