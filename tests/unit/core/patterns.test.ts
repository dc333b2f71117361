/**
 * Attribution traps that concern more than each quotation's speaker (the entities found, the fullest name,
 * confidence order). Which speaker each quotation gets, on the news-style fixtures and the short traps, is
 * checked by the golden fixtures (tests/fixtures/attribution, attribution-golden.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { fixture, run } from './helpers';

/** The names of the persons an analysis found, in order. */
const personNames = (analysis: ReturnType<typeof run>['analysis']): string[] =>
  analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('traps', () => {
  it('a number and a range after a comma are no age: the words before it on a sign are no person', () => {
    const { analysis } = run(
      'A notice on the pantry door reads: "Open Mon-Thu, 11-4. Take what you need."\nAda Berg, 45, said the shelves were bare.',
    );
    expect(personNames(analysis)).toEqual(['Ada Berg']);
  });

  it('a capitalised sentence start is not a name', () => {
    const { analysis } = run(
      'Speaking to reporters on Monday, Jane Whitfield said the deal was done.\nMeanwhile Officials said they would wait for the report.\nAsked about the plan, Whitfield said no decision had been made.',
    );
    const names = analysis.entities.map((e) => e.name);
    expect(names).toEqual(['Jane Whitfield']);
    expect(analysis.entities[0]!.mentions.map((m) => m.text)).toEqual(['Jane Whitfield', 'Whitfield']);
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual(['Jane Whitfield', 'Officials', 'Jane Whitfield']);
  });

  it('a place that speaks is no person: "South Korea said", "Sudan said" (the speaker keeps its whole name)', () => {
    const { analysis } = run(
      'South Korea said the ferry would resume in May.\nSudan said it would send an observer.\nPia Lund said the talks would go on.',
    );
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual(['South Korea', 'Sudan', 'Pia Lund']);
    expect(personNames(analysis)).toEqual(['Pia Lund']);
  });

  it('an organisation the text shows as one is no person, whatever its words; a person in a clause "which" follows stays one', () => {
    const { analysis } = run(
      [
        'Tom Berg, the harbor commissioner, defended the ferry plan on Monday.',
        'Coastal Rising, a conservative political action committee, called the plan a giveaway.',
        'Harbor Watch, which sued the port authority, was not satisfied. "This is a cover-up," Harbor Watch president Ray Lund said. Harbor Watch said it would appeal.',
        'Seaside Promotions, a sports and celebrity talent agency, says that Berg charges $20,000 a speech.',
        'Mira Osk, the president and publisher of Osk Press, said the plan was late. Tom Berg once shouted at Ana Vale, which Berg has denied. Tarrow Lines said it would add a ferry.',
        "A protest came from the group Sea Pink. Dozens of donors were on board Ana Vale's campaign.",
      ].join('\n'),
    );
    expect(personNames(analysis)).toEqual(['Tom Berg', 'Ray Lund', 'Mira Osk', 'Ana Vale', 'Tarrow Lines']);
  });

  it('a library, a shelter or a house of worship is no person, and its whole name speaks', () => {
    const { analysis } = run(
      [
        'The Kelso Community Library board voted on Tuesday. Kelso Community Library said it would close on Sundays.',
        'Margaret Lowe of the Eastside Baptist Tabernacle said she would help. Pastor Ed Brandt of Grace Fellowship said his church would pray.',
        "The Lakeview Women's Shelter said beds were full.",
      ].join('\n'),
    );
    expect(personNames(analysis)).toEqual(['Margaret Lowe', 'Ed Brandt']);
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual([
      'Kelso Community Library',
      'Margaret Lowe',
      'Ed Brandt',
      "Lakeview Women's Shelter",
    ]);
  });

  it("a place before a force's acronym, and a royal title's place one travels to or from, are no persons", () => {
    const { analysis } = run(
      [
        'Kelowna RCMP said the driver was hurt. Nadia Fenwick, 19, was travelling home to Prince George for the holidays.',
        'Her mother drove through the night from Prince Rupert. A letter from Prince Harry arrived later.',
      ].join('\n'),
    );
    expect(personNames(analysis)).toEqual(['Nadia Fenwick', 'Harry']);
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual(['Kelowna RCMP']);
  });

  it("a street's or a road's name is no person, and a surname that ends one stays a person's after a given name", () => {
    const { analysis } = run(
      [
        'Garrett Lee, who owns a noodle shop on Franklin Avenue, said he closed for two days.',
        'The store on Algonquin Boulevard will close. Diane Lane said the film was good.',
      ].join('\n'),
    );
    expect(personNames(analysis)).toEqual(['Garrett Lee', 'Diane Lane']);
  });

  it("a word that also ends places' names is a surname after a person's role, not after a department's", () => {
    const { analysis } = run(
      'Economist Jenna Park said rents would rise next year.\nNurses at Health Sciences Centre said the ward was full.\nStatistics Canada said food prices rose 4 per cent.\nStatistics New Zealand said wages rose 2 per cent.',
    );
    expect(personNames(analysis)).toEqual(['Jenna Park']);
    expect(analysis.quotes.map((q) => q.speaker.name)).toEqual([
      'Jenna Park',
      'Nurses at Health Sciences Centre',
      'Statistics Canada',
      'Statistics New Zealand',
    ]);
  });

  it('a name written again in full is the one entity it was, even when its surname stands for another person', () => {
    const { analysis } = run(
      'Pamela Colman Smith drew the cards for Arthur Edward Waite. Waite said the deck was his best work.\nCritics said Mr. Rider-Waite was a nickname. Rider-Waite, they said, was never a person. Waite said so too, and Rider-Waite never spoke.',
    );
    // (all three writings, the one opening a sentence too: "Rider-Waite, they said," is no "Waite" of Arthur Edward Waite)
    const counts = analysis.entities.filter((e) => e.name === 'Rider-Waite').map((e) => e.mentions.length);
    expect(counts).toEqual([3]);
  });

  it('speaker name is the fullest name the article gives ("she" → Darian Lonechild)', () => {
    const { analysis } = run(fixture('attribution/lonechild.txt'));
    const she = analysis.quotes.find((q) => q.speaker.mention?.text === 'she')!;
    expect(she.speaker.name).toBe('Darian Lonechild');
    expect(she.speaker.entityId).toBeNull();
    const person = analysis.entities.find((e) => e.name === 'Darian Lonechild')!;
    expect(person.id).toBeNull();
    expect(person.mentions.map((m) => m.text)).toEqual(['Darian Lonechild', 'Lonechild', 'Lonechild']);
  });

  it('explicit verbs give higher confidence than continuation', () => {
    const { analysis } = run('“First,” Jane Doe said. “Second.”\n“Third.”');
    const [a, b, c] = analysis.quotes;
    expect(a!.confidence).toBeGreaterThan(b!.confidence);
    expect(b!.confidence).toBeGreaterThanOrEqual(c!.confidence);
    expect(analysis.quotes.every((q) => q.speaker.name === 'Jane Doe')).toBe(true);
  });

  it('a double surname used alone after the full name is the same person ("Michael Forrest Jones", then "Forrest Jones")', () => {
    const { analysis } = run(
      'Zeev Sharon and Michael Forrest Jones both run hotel start-ups. Forrest Jones runs a hotel operating company.\n' +
        '"Blankets are here to stay, however," Forrest Jones said.\n',
    );
    expect(analysis.quotes.map((q) => [q.kind, q.speaker.name])).toEqual([['direct', 'Michael Forrest Jones']]);
    expect(analysis.entities.filter((e) => e.id === null).map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      // ("Zeev" is a given name of the second long source: Zeev Sharon is a person too)
      ['Zeev Sharon', ['Zeev Sharon']],
      // (both later "Forrest Jones" are his: "Forrest" is on the long given-name list, yet not a first name here)
      ['Michael Forrest Jones', ['Michael Forrest Jones', 'Forrest Jones', 'Forrest Jones']],
    ]);
  });
});
