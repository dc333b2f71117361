/**
 * The tokenizer's words and punctuation, as every later step reads them: where a word ends (apostrophes, a
 * possessive split off, a colon inside a Salish word, characters a page hides inside words, dotted abbreviations),
 * which tokens follow a gap, and the forms each word carries. Each case is written out token by token.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/core/tokenize';

/** The tokens of one paragraph as "raw" with "^" before a token after a gap and "·" after punctuation. */
function show(text: string): string {
  return tokenize(text, [{ start: 0, end: text.length }])
    .map((t) => `${t.gap ? '^' : ''}${t.raw}${t.word ? '' : '·'}`)
    .join(' ');
}

function words(text: string): Token[] {
  return tokenize(text, [{ start: 0, end: text.length }]).filter((t) => t.word);
}

describe('tokenize: where words end', () => {
  it.each<[string, string, string]>([
    ['plain words and punctuation', 'The mayor said no.', '^The mayor said no ^.·'],
    ['an apostrophe inside a word is kept', "They weren't told, O'Brien said.", "^They weren't told ^,· ^O'Brien said ^.·"],
    ['a possessive is its own token', "Peskov's remarks", "^Peskov 's remarks"],
    ['a possessive with a curly apostrophe', 'Kyiv’s mayor', '^Kyiv ’s mayor'],
    ['a possessive in capitals', "JAMES'S dog", "^JAMES 'S dog"],
    ['a plural possessive: the apostrophe is punctuation', 'the Joneses’ car', '^the Joneses ^’· ^car'],
    ['quotation marks around a short word', "rock 'n' roll", "^rock ^'· ^n ^'· ^roll"],
    ['a word with a letter outside ASCII', 'Café Zoë opened', '^Café Zoë opened'],
    ['an elided article with a curly apostrophe', 'l’État said', '^l’État said'],
    ['a soft hyphen inside a word keeps it whole', 'Vladi\u00admir Putin', '^Vladi\u00admir Putin'],
    ['a colon inside a Salish word, not between digits', 'Stó:lō and Sto:lo met at 10:30', '^Stó:lō and Sto:lo met at 10 ^:· ^30'],
    ['dotted abbreviations stay whole', 'The U.S. and Washington, D.C. agreed', '^The U.S. and Washington ^,· ^D.C. agreed'],
    ['an initial keeps its period apart, with no gap after it', 'Donald J. Trump said', '^Donald J ^.· Trump said'],
    ['a hyphen joins two words with no gap after it', 'Jean-Pierre Le Bel', '^Jean ^-· Pierre Le Bel'],
    ['the horizontal bar reads as an em dash', 'Oslo ― the capital', '^Oslo ^—· ^the capital'],
    ['several spaces and tabs', 'one  \t two\u00a0three', '^one two three'],
    ['a word at the very end', 'said ab', '^said ab'],
    ['a one-letter word at the end', 'plan B', '^plan B'],
    ['a possessive at the very end', "the mayor's", "^the mayor 's"],
    ['digits and letters', 'G7 leaders met 2 times in 2016', '^G7 leaders met 2 times in 2016'],
  ])('%s', (_name, text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it('gives each token its offsets and paragraph; text between paragraphs yields none', () => {
    const text = 'One two.\n\nThree four';
    const toks = tokenize(text, [
      { start: 0, end: 8 },
      { start: 10, end: 20 },
    ]);
    expect(toks.map((t) => [t.raw, t.para, t.start, t.end, t.gap])).toEqual([
      ['One', 0, 0, 3, true],
      ['two', 0, 4, 7, false],
      ['.', 0, 7, 8, true],
      ['Three', 1, 10, 15, true],
      ['four', 1, 16, 20, false],
    ]);
  });
});

describe('tokenize: the forms of a word', () => {
  // (the key is the folded spelling the matcher compares: y read as i, w as v, a doubled letter as one)
  it('lower case, case class and the keys the matcher reads', () => {
    const [the, mayor, us, o] = words("The mayor U.S. O'Brien");
    expect([the!.lower, the!.cap, the!.keys]).toEqual(['the', 1, ['=the', '^the']]);
    expect([mayor!.lower, mayor!.cap, mayor!.keys]).toEqual(['mayor', 0, ['=maior']]);
    expect([us!.raw, us!.key, us!.lower, us!.cap]).toEqual(['U.S.', 'us', 'u.s.', 2]);
    expect([o!.key, o!.lower, o!.cap]).toEqual(['obrien', "o'brien", 1]);
  });

  it("reads a French elided particle before a capital as a name's capital, not an ordinary elision", () => {
    const forms = words("Colin d'Entremont, l’Heureux, don't, d'accord").map((t) => [t.lower, t.cap]);
    expect(forms).toEqual([
      ['colin', 1],
      ["d'entremont", 1],
      ['l’heureux', 1],
      ["don't", 0],
      ["d'accord", 0],
    ]);
  });

  it('leaves hidden characters out of the key and the lower form', () => {
    const [w] = words('Vladi\u00admir');
    expect([w!.raw.length, w!.key, w!.lower]).toEqual([9, 'vladimir', 'vladimir']);
  });

  it('gives a possessive the key "\'s" however it is written', () => {
    expect(words("Ann's Bo’S").map((t) => [t.raw, t.key])).toEqual([
      ['Ann', 'an'],
      ["'s", "'s"],
      ['Bo', 'bo'],
      ['’S', "'s"],
    ]);
  });

  it('reads a word met before the same way, in this text and the next', () => {
    const a = words('Lorem ipsum dolor Lorem');
    const b = words('dolor Lorem');
    expect(a[0]!.key).toBe(a[3]!.key);
    expect([b[0]!.lower, b[1]!.lower, b[1]!.start, b[1]!.end]).toEqual(['dolor', 'lorem', 6, 11]);
  });

  it('collects the words written in lower case, once each', () => {
    const lower = new Set<string>();
    tokenize('The mayor and the Mayor said', [{ start: 0, end: 28 }], lower);
    expect([...lower].sort()).toEqual(['and', 'mayor', 'said', 'the']);
  });
});
