/**
 * Golden tests on the two source stories: every quotation (direct, partial, reported) with its speaker,
 * written by reading the stories, and every name linked to its registry entry.
 */
import { describe, expect, it } from 'vitest';
import { run, story, type Row } from './helpers';

const PRESS_TV = story('presstv-2016-11-10.txt');
const AP = story('ap-2016-11-10.txt');

const PESKOV = 'Dmitry Peskov';

describe('Press TV story', () => {
  const { article, analysis } = run(PRESS_TV);

  it('finds every quotation with its speaker', () => {
    const expected: Row[] = [
      // the lede's "high-ranking Russian official" is Peskov, named in the next paragraph
      [0, 'indirect', PESKOV, 'he sees a great deal of similar'],
      [1, 'direct', PESKOV, 'Trump said the US interests wer'],
      [2, 'direct', PESKOV, 'It is phenomenal how close they'],
      [3, 'indirect', PESKOV, 'Russian-US relations would not '],
      [4, 'direct', PESKOV, 'An atmosphere of mutual trust t'],
      [4, 'direct', PESKOV, "It's not possible to just decla"],
      [5, 'indirect', PESKOV, 'Putin favors good relations wit'],
      [6, 'direct', PESKOV, 'Putin pursues consistent and fl'],
      [7, 'indirect', 'Vladimir Putin', 'Russia looks forward to restori'],
      [8, 'direct', 'Vladimir Putin', 'We understand and are aware tha'],
      [8, 'direct', 'Vladimir Putin', 'It is not our fault that Russia'],
      [9, 'indirect', 'Sergei Ryabkov', 'the country’s Foreign Ministry '],
    ];
    expect(analysis.quotes.map((q) => [q.paragraph, q.kind, q.speaker.name, q.text.slice(0, 31)])).toEqual(expected);
  });

  it('links speakers to registry ids and keeps offsets exact', () => {
    for (const q of analysis.quotes) {
      expect(q.speaker.entityId).not.toBeNull();
      if (q.kind !== 'indirect') {
        expect(article.text.slice(q.start, q.end)).toBe(q.text);
        expect('“"'.includes(article.text.charAt(q.start - 1))).toBe(true);
      }
      expect(q.confidence).toBeGreaterThan(0.5);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    const ids = new Set(analysis.quotes.map((q) => q.speaker.entityId));
    expect([...ids].sort()).toEqual(['dmitry-peskov', 'sergei-ryabkov', 'vladimir-putin']);
    // "A quote mentioning Putin is Peskov's": the sixth paragraph's quote names Putin
    const putinQuote = analysis.quotes.find((q) => q.text.startsWith('Putin pursues'))!;
    expect(putinQuote.speaker.mention?.text).toBe('Peskov');
    const roleQuote = analysis.quotes.find((q) => q.text.startsWith('Russian-US'))!;
    expect(roleQuote.speaker.mention?.text).toBe('The Kremlin spokesman');
  });

  it('links every name', () => {
    const byId = new Map(analysis.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]));
    expect(byId.get('dmitry-peskov')).toEqual(['Kremlin spokesman', 'Dmitry Peskov', 'Peskov', 'The Kremlin spokesman', 'Peskov']);
    expect(byId.get('vladimir-putin')).toContain('Vladimir Putin');
    expect(byId.get('vladimir-putin')!.filter((t) => t === 'Putin')).toHaveLength(4);
    expect(byId.get('donald-trump')).toEqual(['Donald Trump', 'Trump', 'Trump', 'Trump']);
    expect(byId.get('sergey-karjakin')).toEqual(['Sergey Karjakin']);
    expect(byId.get('magnus-carlsen')).toEqual(['Magnus Carlsen']);
    expect(byId.get('sergei-ryabkov')).toEqual(['Sergei Ryabkov']);
    expect(byId.get('interfax')).toEqual(['Interfax']);
    expect(byId.get('kremlin')).toEqual(['Kremlin', 'The Kremlin', 'the Kremlin']);
    for (const id of [
      'russia',
      'united-states',
      'moscow',
      'washington',
      'new-york',
      'norway',
      'crimea',
      'daesh',
      'cia',
      'russian-foreign-ministry',
      'world-chess-championship-2016',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    for (const e of analysis.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('AP story', () => {
  const { article, analysis } = run(AP);

  it('finds every quotation with its speaker', () => {
    const expected: Row[] = [
      [1, 'indirect', PESKOV, 'the Russian president is really'],
      [1, 'partial', PESKOV, 'very much alike'],
      [2, 'indirect', PESKOV, 'Russia hopes “for their good pe'],
      [3, 'indirect', PESKOV, 'it will take time to restore tr'],
      // "the United States accused Russia of hacking into …": an accusation, reported speech of the United States
      [4, 'indirect', 'United States', 'Russia of hacking into Democrat'],
      [5, 'indirect', PESKOV, 'Russian experts were in contact'],
      [5, 'indirect', PESKOV, 'the Russian government and secu'],
      [5, 'indirect', 'a Trump spokeswoman', 'there were any contacts between'],
      [6, 'indirect', PESKOV, 'Putin will be looking forward t'],
      [7, 'direct', PESKOV, 'He has been a very firm support'],
      [7, 'indirect', PESKOV, 'Russia and the U.S. must addres'],
      [8, 'indirect', 'Donald Trump', 'he wants to be friends with Rus'],
      [9, 'indirect', PESKOV, 'the two leaders are “very much '],
      [9, 'indirect', PESKOV, 'Putin and Trump had used almost'],
      [10, 'indirect', PESKOV, 'This is a good reason “to belie'],
      [10, 'direct', PESKOV, 'We shouldn’t expect them to agr'],
      [11, 'direct', PESKOV, 'But if we are wise enough to st'],
      [13, 'indirect', PESKOV, 'the U.S.-Russia relationship is'],
      [13, 'partial', PESKOV, 'quite unprecedented.'],
      [13, 'indirect', PESKOV, 'the Kremlin was “very surprised'],
      [13, 'direct', PESKOV, 'It’s so illogical,'],
      // "he protested what he said were “hostile” threats from Washington …": the relative clause's report holds the fragment
      [14, 'indirect', PESKOV, 'were “hostile” threats from Was'],
      [15, 'indirect', PESKOV, 'five top Russian banks were sub'],
      [15, 'indirect', PESKOV, 'Russia could blame Biden for sa'],
      [15, 'partial', PESKOV, 'it will not help the situation.'],
      [16, 'direct', PESKOV, 'We are all living in a very, ve'],
      [16, 'direct', PESKOV, 'And we do hope, and President P'],
    ];
    expect(analysis.quotes.map((q) => [q.paragraph, q.kind, q.speaker.name, q.text.slice(0, 31)])).toEqual(expected);
  });

  it('keeps the unnamed spokeswoman unnamed and the role phrase resolved', () => {
    const denial = analysis.quotes.find((q) => q.text === 'there were any contacts between the campaign and “any foreign entity.”')!;
    expect(denial.speaker).toMatchObject({ name: 'a Trump spokeswoman', entityId: null });
    expect(denial.speaker.mention?.text).toBe('A Trump spokeswoman');
    const lede = analysis.quotes[0]!;
    expect(lede.speaker.entityId).toBe('dmitry-peskov');
    expect(lede.speaker.mention?.text).toBe('Vladimir Putin’s spokesman');
    const trump = analysis.quotes.find((q) => q.kind === 'indirect' && q.speaker.entityId === 'donald-trump')!;
    expect(trump.text).toBe('he wants to be friends with Russia and join forces in the fight against terrorism');
    const multi = analysis.quotes.find((q) => q.text.startsWith('We shouldn’t'))!;
    expect(multi.text).toBe(
      'We shouldn’t expect them to agree on everything. ... Unfortunately, we do have a very, very loaded luggage of disagreements now.',
    );
    expect(article.text.slice(multi.start, multi.end)).toBe(multi.text);
  });

  it('links every name, Karyakin to the same person as Karjakin', () => {
    const byId = new Map(analysis.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]));
    expect(byId.get('sergey-karjakin')).toEqual(['Sergei Karyakin']);
    expect(byId.get('dmitry-peskov')!.filter((t) => t === 'Peskov')).toHaveLength(10);
    expect(byId.get('dmitry-peskov')![0]).toBe('Vladimir Putin’s spokesman');
    expect(byId.get('joe-biden')).toEqual(['Joe Biden', 'Biden']);
    expect(byId.get('magnus-carlsen')).toEqual(['Magnus Carlsen']);
    expect(byId.get('kremlin')).toEqual(['the Kremlin']);
    expect(byId.get('associated-press')).toEqual(['AP', 'AP', 'Associated Press']);
    expect(byId.get('russian-chess-federation')).toEqual(['Russian Chess Federation']);
    expect(byId.get('democratic-party')).toEqual(['Democratic Party']);
    // the headline's surnames count: their full names follow in the story
    expect(byId.get('vladimir-putin')![0]).toBe('Putin');
    expect(byId.get('donald-trump')).toHaveLength(10);
    expect(analysis.entities.every((e) => e.id !== null)).toBe(true);
  });
});
