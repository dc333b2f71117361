/** How names.ts reads a capitalised word that opens a sentence: an auxiliary asks or supposes, it names no one. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** The people the article names, and who speaks each quotation. */
function read(text: string): { people: string[]; speakers: string[] } {
  const { analysis } = run(text);
  return {
    people: analysis.entities.filter((e) => e.type === 'person').map((e) => e.name),
    speakers: analysis.quotes.map((q) => q.speaker.name),
  };
}

describe('an auxiliary opening a sentence is no first word of a name', () => {
  // [first sentence, the person it names (or null), the speaker of "… said the bridge was safe." after it]
  const table: Array<[string, string | null, string]> = [
    ['Did Kellen say that the bridge was safe?', null, 'Kellen'],
    ['Does Kellen think the bridge is safe?', null, 'Kellen'],
    ['Has Kellen seen the cracks?', null, 'Kellen'],
    ['Was Kellen aware of the cracks?', null, 'Kellen'],
    ['Would Kellen drive across it?', null, 'Kellen'],
    ['Had Kellen known, the bridge would have closed.', null, 'Kellen'], // an inverted condition, no question
    ['Will Kellen say that the bridge is safe?', null, 'Kellen'], // a name's word, but the sentence asks
    ['Can Kellen say that the bridge is safe?', null, 'Kellen'],
    ['Will Kellen, the county engineer, inspected the bridge.', 'Will Kellen', 'Will Kellen'], // a statement: a name
    ['Can Kellen, a Turkish engineer, inspected the bridge.', 'Can Kellen', 'Can Kellen'],
    // (an auxiliary after a phrase's abbreviation opens a question: "12 Main St. Did …")
    ['The office is at 12 Main St. Did Kellen say that the bridge was safe?', null, 'Kellen'],
    ['The firm is Acme Corp. Will Kellen say that the bridge is safe?', null, 'Kellen'],
  ];
  for (const [first, person, speaker] of table) {
    it(`${first} → ${person ?? 'no one'}; then ${speaker}`, () => {
      const got = read(`Bridge checks\n${first}\nKellen said the bridge was safe.\n`);
      if (person) expect(got.people).toContain(person);
      else expect(got.people.filter((p) => p.includes(' '))).toEqual([]);
      expect(got.speakers).toEqual([speaker]);
    });
  }

  it('a given name that is an auxiliary still opens a name where it says something: "Will Smith said …"', () => {
    expect(read('Film news\nWill Smith said the film was done.\n').speakers).toEqual(['Will Smith']);
    expect(read('Press news\nCan Dundar said the paper would go on.\n').speakers).toEqual(['Can Dundar']);
  });

  it('a statement with a question trailing it names: an apposition or a finite verb after the name shows it', () => {
    const press = 'Press news\nCan Dundar, the editor, said the paper would go on, but for how long?\nDundar said he had no money.\n';
    expect(read(`${press}His wife, Ana Dundar, said the paper was broke.\n`).speakers).toEqual(['Can Dundar', 'Can Dundar', 'Ana Dundar']);
    const roads =
      'Roads news\nWill Haddad, who runs the county roads office, said the repairs were late?\nHaddad said the crews were short.\n';
    expect(read(`${roads}His brother, Omar Haddad, said the budget was cut.\n`).speakers).toEqual([
      'Will Haddad',
      'Will Haddad',
      'Omar Haddad',
    ]);
  });
});

describe('a body named after "the" is no person', () => {
  // [text, the name that must not be typed a person]
  const table: Array<[string, string]> = [
    ['The Red Cross said more tents were coming.', 'Red Cross'], // "Red": a given name that is also a word
    ['More tents were coming, the Red Cross said.', 'Red Cross'],
    ['The Red Crescent said it had sent doctors.', 'Red Crescent'],
    ['Amnesty International said the camp was unsafe.', 'Amnesty International'],
    ['The camp was full, the Red Cross and the UN said.', 'Red Cross'], // "and" then "the" or a name after the body
    ['Yesterday the Red Cross and Amnesty International said the camp was full.', 'Red Cross'],
  ];
  for (const [text, name] of table)
    it(`${text} → ${name} no person`, () => expect(read(`Flood camp\n${text}\n`).people).not.toContain(name));

  it('a given name that is also a word, with no "the" before it, still opens a person\'s name: "Red Lund, the ferry captain"', () =>
    expect(read('Ferry news\nRed Lund, the ferry captain, said the crossing was calm.\n').people).toContain('Red Lund'));
});

describe('a place named in two words is no person', () => {
  // [text, the place that must not be typed a person]
  const table: Array<[string, string]> = [
    ['Port Moresby said the talks had failed.', 'Port Moresby'],
    ['“We will not sign,” New Delhi said on Tuesday.', 'New Delhi'],
    ['San Marino said it would send an observer.', 'San Marino'],
    ['Talks resumed in Kuala Lumpur, and Kuala Lumpur said they would go on.', 'Kuala Lumpur'],
  ];
  for (const [text, name] of table)
    it(`${text} → ${name} no person`, () => expect(read(`Trade talks\n${text}\n`).people).not.toContain(name));

  it('a person whose given name opens a place\'s too keeps a person\'s name: "Santa Ruiz, who …, said she …"', () =>
    expect(read('Vote news\nSanta Ruiz, who chairs the council, said she would run.\n').people).toContain('Santa Ruiz'));

  it('a surname or given name that opens a place\'s too is no place\'s opener: "Hong Lei", "Santa Ono", "Nova Peris"', () => {
    for (const name of ['Hong Lei', 'Santa Ono', 'Nova Peris'])
      expect(read(`Vote news\n${name} said the vote was fair.\n`).people).toContain(name);
  });

  it('a role in apposition shows a person: "San Htun, a councillor, said …"', () =>
    expect(read('Vote news\nSan Htun, a councillor, said the budget was fair.\n').people).toContain('San Htun'));
});

describe('a run of title-case headline words is a name only when the body names it too', () => {
  it('"Harbor Watch: City Hid Flood Reports" registers no "Hid Flood Reports"', () => {
    const { people } = read(
      'Harbor Watch: City Hid Flood Reports\nThe city kept the reports from residents for two years, officials said.',
    );
    expect(people).not.toContain('Hid Flood Reports');
  });
  it('a person the body names keeps the headline report: "Ruiz Says Port Will Reopen" … "Mayor Ana Ruiz"', () => {
    const { people, speakers } = read('Ruiz Says Port Will Reopen\nMayor Ana Ruiz said on Monday the port would reopen within a week.');
    expect(people).toContain('Ana Ruiz');
    expect(speakers).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('a title-case line of the body still names its person: "Michelle Lund, Leeds."', () => {
    const { people } = read('Voices From The Rally\nSupporters said the speech went well.\nMichelle Lund, Leeds.');
    expect(people).toContain('Michelle Lund');
  });
});

describe('a word of another class after a personal honorific is a surname', () => {
  /** The text of every mention of the person the article names `name`. */
  function mentionsOf(text: string, name: string): string[] {
    const person = run(text).analysis.entities.find((e) => e.type === 'person' && e.name === name);
    return person ? person.mentions.map((m) => m.text) : [];
  }

  it('an adjective, a month, a place\'s noun or a title after "Ms.", "Mr.", "Dr.", "Sen." or "Mrs" (no dot) names a person', () => {
    for (const [honorific, word] of [
      ['Ms.', 'Young'],
      ['Mr.', 'May'],
      ['Dr.', 'Church'],
      ['Sen.', 'Long'],
      ['Ms.', 'Park'],
      ['Mr.', 'King'],
      ['Mrs', 'Short'],
    ])
      expect(read(`Port talks\n${honorific} ${word} met the owners on Friday.\n“We are nearly there,” ${word} said.\n`)).toEqual({
        people: [word],
        speakers: [word],
      });
  });

  it('the honorific gives "she" or "he": "Ms. Park met Mr. Lowe … She said …" is Park', () =>
    expect(read('Port talks\nMs. Park met Mr. Lowe on Friday. She said the deal was close.\n').speakers).toEqual(['Park']));

  it('the word opening a sentence before a word that is no verb is the ordinary word: "Long lines formed …"', () => {
    const text = 'Port talks\nSen. Long met the owners.\nLong lines formed outside the hall. Long said the wait would end.\n';
    expect(mentionsOf(text, 'Long')).toHaveLength(2);
    expect(
      mentionsOf('Port talks\nMr. Young met them.\nYoung voters were angry, and Young also told reporters so.\n', 'Young'),
    ).toHaveLength(2);
  });

  it('no honorific, an office addressed or an abbreviated title names no one of the word: "May said", "Mr. President", "Lt. Gov."', () => {
    expect(read('Port talks\nMay said the plan was sound.\n').people).toEqual([]);
    expect(read('Port talks\nShe thanked Mr. President on Friday.\n').people).toEqual([]);
    expect(read('Port talks\nLt. Gov. Ana Vale said the plan was sound.\n').people).toEqual(['Ana Vale']);
  });
});
