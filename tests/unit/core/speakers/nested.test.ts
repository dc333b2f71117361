/** Which of two nested reports relayedQuotes drops: the relaying outer one, the inner one, or neither. */
import { describe, expect, it } from 'vitest';
import { relayedQuotes } from '../../../../src/core/speakers/nested';
import type { Quote } from '../../../../src/core/types';

/** An indirect quotation of `words` in `text`, spoken by `mention` (its first occurrence). */
function quote(text: string, words: string, mention: string): Quote {
  const start = text.indexOf(words);
  const at = text.indexOf(mention);
  return {
    text: words,
    start,
    end: start + words.length,
    kind: 'indirect',
    speaker: {
      name: mention.replace(/^(the|aide|according to)\s+/i, ''),
      entityId: null,
      mention: { start: at, end: at + mention.length, text: mention },
    },
    confidence: 0.95,
    paragraph: 0,
  };
}

describe('relayedQuotes', () => {
  it.each<[string, string, string, string, string, 'outer' | 'inner' | 'none']>([
    // the relay the rule exists for: the inner speaker's words, an outlet or a body passing them on
    [
      'Liu told the envoy that the border would stay open, according to the agency.',
      'Liu told the envoy that the border would stay open',
      'the agency',
      'the border would stay open',
      'Liu',
      'outer',
    ],
    [
      'Dunst told him that talks would resume, the Courier reported.',
      'Dunst told him that talks would resume',
      'the Courier',
      'talks would resume',
      'Dunst',
      'outer',
    ],
    // a paper's report the outer speaker cites is the outer speaker's whole sentence, the paper's report inside it
    [
      'The Ledger reported that the bridge would close, aide Tom Weir said.',
      'The Ledger reported that the bridge would close',
      'Tom Weir',
      'the bridge would close',
      'Ledger',
      'none',
    ],
    [
      'Weir said the Ledger reported that the bridge would close.',
      'the Ledger reported that the bridge would close',
      'Weir',
      'the bridge would close',
      'Ledger',
      'none',
    ],
    // … and so is a report a news agency the dataset knows made ("Reuters"), or one by the name of a news service
    [
      'Reuters reported that the mill would close, a spokeswoman said.',
      'Reuters reported that the mill would close',
      'a spokeswoman',
      'the mill would close',
      'Reuters',
      'none',
    ],
    // (not any body the dataset knows: "the CIA" is no outlet, its report relayed as any body's)
    [
      'The CIA reported that the plant had closed, aide Tom Weir said.',
      'The CIA reported that the plant had closed',
      'Tom Weir',
      'the plant had closed',
      'CIA',
      'outer',
    ],
    [
      'Bloomberg News reported that the deal was off, Vik said.',
      'Bloomberg News reported that the deal was off',
      'Vik',
      'the deal was off',
      'Bloomberg News',
      'none',
    ],
    // a person's or a body's report that an outlet, a document or a body relays is the inner speaker's
    [
      'Police Chief Ana Ruiz reported that two men were arrested, according to the Ledger.',
      'Police Chief Ana Ruiz reported that two men were arrested',
      'the Ledger',
      'two men were arrested',
      'Ana Ruiz',
      'outer',
    ],
    [
      'China reported that cases rose 5 percent, according to the WHO.',
      'China reported that cases rose 5 percent',
      'the WHO',
      'cases rose 5 percent',
      'China',
      'outer',
    ],
    [
      'The Ledger reported that the bridge would close, the Coast Post said.',
      'The Ledger reported that the bridge would close',
      'the Coast Post',
      'the bridge would close',
      'Ledger',
      'outer',
    ],
    // a name ending on a paper's word is an outlet only with the paper's "the": "Canada Post" is a body, "the Daily Mail" a paper
    [
      'Canada Post reported that deliveries were late, the minister said.',
      'Canada Post reported that deliveries were late',
      'the minister',
      'deliveries were late',
      'Canada Post',
      'outer',
    ],
    [
      'The Daily Mail reported that the minister had resigned, Weir said.',
      'The Daily Mail reported that the minister had resigned',
      'Weir',
      'the minister had resigned',
      'Daily Mail',
      'none',
    ],
    // (and a body's report the outer speaker heard of is the outer speaker's: one quotation)
    [
      'Weir said police reported that two men were arrested.',
      'police reported that two men were arrested',
      'Weir',
      'two men were arrested',
      'police',
      'inner',
    ],
    // as is a document's
    [
      'A report written by the auditors said the accounts were wrong, Marsh said.',
      'A report written by the auditors said the accounts were wrong',
      'Marsh',
      'the accounts were wrong',
      'A report written by the auditors',
      'none',
    ],
  ])('%j', (text, outerWords, outerMention, innerWords, innerMention, dropped) => {
    const outer = quote(text, outerWords, outerMention);
    const inner = quote(text, innerWords, innerMention);
    if (innerMention === 'Reuters') inner.speaker.entityId = 'reuters';
    if (innerMention === 'CIA') inner.speaker.entityId = 'cia';
    const drop = relayedQuotes(text, [outer, inner], new Set(['reuters', 'cia']));
    expect(drop.has(outer) ? 'outer' : drop.has(inner) ? 'inner' : 'none').toBe(dropped);
  });
});
