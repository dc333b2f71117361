/**
 * Attribution patterns and traps on short news-style fixtures (tests/fixtures/core), written in the styles of
 * different outlets. Each expectation lists every quotation: [paragraph, kind, speaker, first words].
 */
import { describe, expect, it } from 'vitest';
import { fixture, quoteRows, run, type Row } from './helpers';

const cases: Record<string, Row[]> = {
  'lonechild.txt': [
    [0, 'indirect', 'Darian Lonechild', 'the province must do more to fi'],
    [1, 'indirect', 'Darian Lonechild', 'she started her work with polic'],
    [2, 'direct', 'Darian Lonechild', 'We were told to wait, and we wa'],
    [2, 'direct', 'Darian Lonechild', 'Nobody should have to wait like'],
    [3, 'indirect', 'Mark Hodgins', 'the force had reviewed the file '],
    [4, 'direct', 'Mark Hodgins', 'We hear the frustration,'],
    [4, 'direct', 'Mark Hodgins', 'We are committed to doing bette'],
    [5, 'indirect', 'Darian Lonechild', 'promise had been made before'],
  ],
  'reuters.txt': [
    [0, 'indirect', 'Theresa May', 'Britain would not hold a second'],
    [1, 'direct', 'Theresa May', 'The British people have spoken '],
    [1, 'direct', 'Theresa May', 'There will be no second vote.'],
    [3, 'direct', 'Jeremy Corbyn', 'This government is in chaos,'],
    [3, 'direct', 'Jeremy Corbyn', 'It cannot even agree with itsel'],
    [5, 'indirect', 'traders', 'The pound fell 0.4 percent agai'],
  ],
  'sports.txt': [
    [1, 'direct', 'Ole Gunnar Solskjaer', 'We created the better chances i'],
    [1, 'direct', 'Ole Gunnar Solskjaer', 'If we take one of them, it\'s a '],
    [2, 'direct', 'Jordan Henderson', 'We controlled the game from sta'],
    [3, 'direct', 'Ole Gunnar Solskjaer', 'I\'ve seen it again and it\'s nev'],
    [4, 'partial', 'Jordan Henderson', 'real character'],
  ],
  'bbc.txt': [
    [0, 'indirect', 'Residents', 'they were given no warning befo'],
    [1, 'indirect', 'Margaret Hughes', 'the water reached her kitchen w'],
    [2, 'direct', 'Margaret Hughes', 'I have lived here for forty yea'],
    [3, 'indirect', 'the Environment Agency', 'it had issued flood alerts on S'],
    [4, 'direct', 'a spokeswoman', 'Our teams worked through the ni'],
    [5, 'partial', 'David Price', 'too little, too late'],
  ],
  'multi.txt': [
    [1, 'direct', 'Anita Patel', 'This is a preventable disease,'],
    [1, 'direct', 'Anita Patel', 'Vaccination is safe and it work'],
    [3, 'indirect', 'Anita Patel', 'clinics would open on Saturday '],
    [4, 'direct', 'Tom Becker', 'I just want more information be'],
    [5, 'indirect', 'Tom Becker', 'he had read conflicting reports'],
  ],
  'ap.txt': [
    [1, 'partial', 'Mitch McConnell', 'a responsible step'],
    [2, 'direct', 'Mitch McConnell', 'Nobody wins in a shutdown,'],
    [3, 'indirect', 'Democratic Party', 'the measure did too little for '],
    [4, 'direct', 'Patty Murray', 'We will keep fighting for the f'],
    [5, 'indirect', 'the White House', 'President Joe Biden would sign '],
  ],
  'guardian.txt': [
    [1, 'partial', 'Sarah Bentley', 'hard work in difficult circumst'],
    [2, 'partial', 'Fleur Anderson', 'frankly insulting'],
    [3, 'direct', 'Fleur Anderson', 'People are swimming in sewage w'],
    [4, 'direct', 'Sarah Bentley', 'I understand the anger. We have'],
    [5, 'indirect', 'Critics', 'the regulator has been too slow'],
  ],
  'guillemets.txt': [
    [0, 'partial', 'Pierre Lambert', 'a turning point for Europe'],
    [1, 'direct', 'Pierre Lambert', 'We have waited too long for thi'],
    [2, 'direct', 'Klaus Weber', 'It is a first step, not the las'],
  ],
  'nested.txt': [
    [1, 'direct', 'Elena Torres', 'He looked at me and said, \'We d'],
    [2, 'direct', 'Elena Torres', 'I told him, \'Then find it,\''],
  ],
  'qa.txt': [
    [2, 'direct', 'Hannah Okafor', 'My grandmother\'s letters,'],
    [2, 'direct', 'Hannah Okafor', 'She wrote to my grandfather eve'],
    [3, 'indirect', 'Hannah Okafor', 'she spent two years reading the'],
    [4, 'direct', 'Hannah Okafor', 'I didn\'t want to invent her,'],
    [4, 'direct', 'Hannah Okafor', 'I wanted to listen to her.'],
  ],
  'unnamed.txt': [
    [0, 'indirect', 'the company', 'it would cut 2,000 jobs'],
    [1, 'indirect', 'a company spokeswoman', 'the cuts would mostly affect it'],
    [2, 'direct', 'a company spokeswoman', 'These are difficult decisions,'],
    [3, 'indirect', 'Union leaders', 'they would challenge the plan i'],
    [4, 'indirect', 'Two employees', 'morale was at a record low'],
  ],
  'traps.txt': [
    [1, 'indirect', 'the organisers', 'ticket sales were up'],
    [2, 'direct', 'Ana Ruiz', 'It\'s the best year we\'ve had si'],
    [2, 'direct', 'Ana Ruiz', 'The players’ enthusiasm is cont'],
    [3, 'indirect', 'Ana Ruiz', 'her team had booked forty bands'],
    // a pronoun after an intervening non-speaker (Mark Olsen) is the speaker before
    [5, 'direct', 'Ana Ruiz', 'We owe him a lot,'],
  ],
  'alternating.txt': [
    [1, 'direct', 'Sarah Klein', 'We will appeal,'],
    [2, 'direct', 'James Ortiz', 'The verdict speaks for itself,'],
    [3, 'direct', 'Sarah Klein', 'We disagree,'],
    [4, 'direct', 'James Ortiz', 'They are entitled to,'],
  ],
  'intervening.txt': [
    [0, 'direct', 'Dmitry Peskov', 'Putin pursues consistent and fl'],
    [2, 'direct', 'Dmitry Peskov', 'It will take years to restore t'],
  ],
  'court.txt': [
    [1, 'partial', 'Maria Gonzalez', 'cannot survive even the most de'],
    [2, 'indirect', 'the state attorney general\'s office', 'it would appeal the decision'],
    [3, 'direct', 'Ken Paxton', 'We respectfully disagree with t'],
    [4, 'direct', 'Lena Park', 'Today is a victory for every el'],
    [5, 'indirect', 'Lena Park', 'more than 30,000 voters would h'],
  ],
  'tech.txt': [
    [1, 'direct', 'Lisa Su', 'Demand for our data center prod'],
    [2, 'indirect', 'Lisa Su', 'the company expected supply con'],
    [3, 'direct', 'Stacy Rasgon', 'The guidance looks optimistic g'],
  ],
  'local.txt': [
    [0, 'indirect', 'officials', 'Firefighters battled a two-alar'],
    [1, 'indirect', 'Robert Dunn', 'No one was injured'],
    [2, 'direct', 'Robert Dunn', 'When our crews arrived, the bui'],
    [2, 'direct', 'Robert Dunn', 'They did an outstanding job kee'],
    [3, 'indirect', 'Carla Mendes', 'she woke up to the smell of smo'],
    [4, 'direct', 'Carla Mendes', 'I grabbed my kids and ran,'],
  ],
  'politics.txt': [
    [0, 'partial', 'Nancy Pelosi', 'woefully inadequate.'],
    [1, 'direct', 'Nancy Pelosi', 'The president keeps moving the '],
    [1, 'direct', 'Nancy Pelosi', 'We have been clear about what t'],
    [2, 'indirect', 'Mark Meadows', 'Democrats were playing politics'],
    [3, 'direct', 'Mark Meadows', 'They don\'t want a deal before t'],
    [3, 'direct', 'Mark Meadows', 'That\'s the reality.'],
    [4, 'indirect', 'a senior administration official', 'the two sides remained far apar'],
  ],
  'interview.txt': [
    // "Chen" is Maya Chen until her father Wei Chen is introduced; "she" is Maya (her pronoun follows her name)
    [1, 'direct', 'Maya Chen', 'I didn\'t know anything about ru'],
    [1, 'direct', 'Maya Chen', 'I just knew I loved bread.'],
    [3, 'direct', 'Maya Chen', 'That changed everything,'],
    [3, 'direct', 'Maya Chen', 'Suddenly we had steady orders.'],
    [4, 'indirect', 'Wei Chen', 'he was proud of what she had bu'],
    [5, 'direct', 'Wei Chen', 'She is braver than I was,'],
  ],
  'statement.txt': [
    [0, 'indirect', 'the airline', 'it had cancelled more than 300 '],
    // a quotation paragraph introduced by "the company said:" in the paragraph before
    [2, 'direct', 'the company', 'The safety of our passengers an'],
    [4, 'direct', 'Priya Nair', 'Nobody told us anything for fiv'],
  ],
  'styles.txt': [
    [0, 'direct', 'Boris Johnson', 'We will get Brexit done by Janu'],
    [1, 'direct', 'the central bank', 'The economy is recovering faste'],
    [2, 'direct', 'one resident', 'Why now?'],
    [3, 'direct', 'Smith', 'I would never do that,'],
    [3, 'partial', 'Smith', 'dead on arrival.'],
    [4, 'partial', 'Smith', 'would never'],
    [5, 'direct', 'Ted Cruz', 'This is a disaster,'],
    [6, 'direct', 'Jones', 'It\'s over,'],
    [7, 'partial', 'Karen Bass', 'do everything in its power'],
  ],
  'wire.txt': [
    // "…, saying …": the participle's clause is reported speech of the sentence's subject (after the dateline)
    [0, 'indirect', 'Volodymyr Zelenskyy', 'Russia had launched more than 1'],
    [1, 'direct', 'Volodymyr Zelenskyy', 'Every day of delay costs lives,'],
    [1, 'direct', 'Volodymyr Zelenskyy', 'We need these systems now, not '],
    [2, 'indirect', 'Russia\'s Defense Ministry', 'its forces had struck military '],
    [4, 'partial', 'Dmitry Peskov', 'no prospects'],
    [5, 'direct', 'Dmitry Peskov', 'The Kyiv regime is not ready fo'],
    [6, 'partial', 'a senior U.S. official', 'deeply concerned'],
    [7, 'direct', 'Olena Kovalenko', 'We are tired, but we are not af'],
  ],
  'honorifics.txt': [
    [0, 'indirect', 'Rivera', 'the district had ignored teache'],
    [0, 'direct', 'Rivera', 'We told them this would happen,'],
    [1, 'indirect', 'Alvarez', 'the district had acted as quick'],
    [2, 'direct', 'Alvarez', 'There is no playbook for this,'],
    [2, 'direct', 'Alvarez', 'We are doing the best we can wi'],
    [4, 'direct', 'Helen Cho', 'These results are alarming,'],
    [4, 'direct', 'Helen Cho', 'But they are not surprising.'],
    [5, 'indirect', 'the researchers', 'the warming was concentrated in'],
    [6, 'indirect', 'Helen Cho', 'the team would publish further '],
    [7, 'direct', 'Maria Lopez', 'I think we scored at the right '],
    [7, 'direct', 'Maria Lopez', 'The girls played their hearts o'],
    [8, 'direct', 'Tom Wright', 'We gave away too many chances,'],
  ],
  'british.txt': [
    [0, 'direct', 'Johnson', 'We will not back down.'],
    // somebody's spokesman is not the person quoted before
    [1, 'direct', 'the prime minister\'s spokesman', 'There is no change in policy.'],
    [2, 'indirect', 'Keir Starmer', 'the government had lost control'],
    [2, 'direct', 'Keir Starmer', 'This is chaos,'],
  ],
};

describe('news-style fixtures: every quotation and its speaker', () => {
  for (const [file, expected] of Object.entries(cases)) {
    it(file, () => {
      expect(quoteRows(fixture(`core/${file}`), 31)).toEqual(expected.map(([p, k, s, t]) => [p, k, s, t.slice(0, 31)]));
    });
  }
});

describe('traps', () => {
  it('a quote that names a third person is not given to that person', () => {
    const { analysis } = run('“Putin pursues consistent and flexible policy, and Trump agrees,” Peskov said.');
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.quotes[0]!.speaker.name).toBe('Peskov');
  });

  it('a capitalised sentence start is not a name', () => {
    const { analysis } = run('Speaking to reporters on Monday, Jane Whitfield said the deal was done.\nMeanwhile Officials said they would wait for the report.\nAsked about the plan, Whitfield said no decision had been made.');
    const names = analysis.entities.map((e) => e.name);
    expect(names).toEqual(['Jane Whitfield']);
    expect(analysis.entities[0]!.mentions.map((m) => m.text)).toEqual(['Jane Whitfield', 'Whitfield']);
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual(['Jane Whitfield', 'Officials', 'Jane Whitfield']);
  });

  it('speaker name is the fullest name the article gives ("she" → Darian Lonechild)', () => {
    const { analysis } = run(fixture('core/lonechild.txt'));
    const she = analysis.quotes.find((q) => q.speaker.mention?.text === 'she')!;
    expect(she.speaker.name).toBe('Darian Lonechild');
    expect(she.speaker.entityId).toBeNull();
    const person = analysis.entities.find((e) => e.name === 'Darian Lonechild')!;
    expect(person.id).toBeNull();
    expect(person.mentions.map((m) => m.text)).toEqual(['Darian Lonechild', 'Lonechild', 'Lonechild']);
  });

  it('inverted "said Peskov" and "Peskov (seen below) pointed out"', () => {
    const { analysis } = run('“We will see,” said Peskov, the Kremlin spokesman.\n“It is phenomenal,” Peskov (seen below) pointed out.');
    expect(analysis.quotes.map((q) => [q.speaker.name, q.speaker.mention?.text, q.kind])).toEqual([
      ['Peskov', 'Peskov', 'direct'],
      ['Peskov', 'Peskov', 'direct'],
    ]);
  });

  it('explicit verbs give higher confidence than continuation', () => {
    const { analysis } = run('“First,” Jane Doe said. “Second.”\n“Third.”');
    const [a, b, c] = analysis.quotes;
    expect(a!.confidence).toBeGreaterThan(b!.confidence);
    expect(b!.confidence).toBeGreaterThanOrEqual(c!.confidence);
    expect(analysis.quotes.every((q) => q.speaker.name === 'Jane Doe')).toBe(true);
  });

  it('a pronoun opening a paragraph refers to the person the paragraph before introduced', () => {
    const { analysis } = run('Officials said the fire started in the kitchen.\n“We lost everything,” said resident Mary Jones.\nJohn Smith, 45, lost his home in the fire.\n“It was terrible,” he said.');
    expect(analysis.quotes.map((q) => [q.speaker.name, q.speaker.mention?.text ?? null])).toEqual([
      ['Officials', 'Officials'],
      ['Mary Jones', 'Mary Jones'],
      ['John Smith', 'he'],
    ]);
  });

  it('titles and names in quotation marks are not quotations; "who called" speaks for the noun before', () => {
    const { analysis } = run('Smith said the movie was great.\n“Dune” earned $80 million in its first weekend, and a fan group called “Arrakis Forever” celebrated.\nThe director, who called the film “a dream,” was not available.');
    expect(analysis.quotes.map((q) => [q.kind, q.speaker.name, q.text])).toEqual([
      ['indirect', 'Smith', 'the movie was great'],
      ['partial', 'the director', 'a dream,'],
    ]);
  });

  it('a name in quotation marks inside reported speech is part of it; a relative "who said" clause ends at ", told"', () => {
    const { analysis } = run(
      'President Robert Mugabe and his wife are under house arrest at the "Blue House" compound in Harare, a source said.\n' +
        'The figures fled to the compound after their homes were attacked, the source, who said he had spoken to people inside the compound, told Reuters.\n' +
        'The generals acted against "criminals" in his entourage, a senior political source told Reuters.',
    );
    expect(analysis.quotes.map((q) => [q.kind, q.speaker.name, q.text])).toEqual([
      ['indirect', 'a source', 'President Robert Mugabe and his wife are under house arrest at the "Blue House" compound in Harare'],
      // "the source" is the one the first paragraph introduced
      ['indirect', 'a source', 'The figures fled to the compound after their homes were attacked'],
      ['indirect', 'a source', 'he had spoken to people inside the compound'],
      ['partial', 'a senior political source', 'criminals'],
    ]);
  });

  it('a double surname used alone after the full name is the same person ("Michael Forrest Jones", then "Forrest Jones")', () => {
    const { analysis } = run(
      'Zeev Sharon and Michael Forrest Jones both run hotel start-ups. Forrest Jones runs a hotel operating company.\n' +
        '"Blankets are here to stay, however," Forrest Jones said.\n',
    );
    expect(analysis.quotes.map((q) => [q.kind, q.speaker.name])).toEqual([['direct', 'Michael Forrest Jones']]);
    expect(analysis.entities.filter((e) => e.id === null).map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Michael Forrest Jones', ['Michael Forrest Jones', 'Forrest Jones']],
    ]);
  });

  it('a title in quotation marks is neither a quotation nor, later, a speaker', () => {
    const { analysis } = run(
      'I should explain “The Great Big Lie”. Our specific instance of “The Great Big Lie” is about criticism.\n' +
        'The pushers of The Great Big Lie say we need more calm, rational criticism of apps.\n',
    );
    expect(analysis.quotes.map((q) => [q.kind, q.speaker.name, q.text])).toEqual([['indirect', 'the pushers', 'we need more calm, rational criticism of apps']]);
  });

  it('scare quotes with no speaker are not quotations', () => {
    const { analysis } = run('The so-called “deal of the century” was never published.');
    expect(analysis.quotes).toEqual([]);
  });
});
