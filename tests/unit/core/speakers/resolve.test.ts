/** Who a construction's subject refers to (SpeakerResolver), and that resolving adds no one to the article's people. */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../../src/core/analyze';
import { articleFromText } from '../../../../src/core/article';
import { type Doc, keyId } from '../../../../src/core/doc';
import { assignSpeakers } from '../../../../src/core/speakers/assign';
import { final, type Ref, type Resolved, SpeakerResolver } from '../../../../src/core/speakers/resolve';
import { index } from '../helpers';

/** Resolve every construction of the text in order: [the subject's words, how, who]. */
function resolveAll(text: string): { doc: Doc; rows: Array<[string | null, string | null, string | null]>; refs: Array<Ref | null> } {
  const { doc, constructions } = prepare(articleFromText(text), index());
  const resolver = new SpeakerResolver(doc, constructions);
  const out: Array<Resolved | null> = constructions.map((c) => resolver.resolve(c, null));
  const who = (r: Ref): string => {
    const f = final(r);
    if (f.desc) return `desc:${f.desc.text}`;
    return f.key!.kind === 'entity'
      ? `entity:${doc.index.entities[f.key!.entity]!.name}`
      : `person:${doc.people.people[f.key!.person]!.name}`;
  };
  return {
    doc,
    rows: out.map((r) => [r?.mention?.text ?? null, r?.via ?? null, r ? who(r.ref) : null]),
    refs: out.map((r) => r?.ref ?? null),
  };
}

describe('SpeakerResolver', () => {
  it('a role noun is the dataset entity holding it', () => {
    expect(resolveAll('Dmitry Peskov spoke to reporters. The Kremlin spokesman said talks would go on.').rows).toEqual([
      ['The Kremlin spokesman', 'role', 'entity:Dmitry Peskov'],
    ]);
  });

  it('a name the discovery missed is a person of the article', () => {
    expect(resolveAll('Lonechild said the province must do more.').rows).toEqual([['Lonechild', 'name', 'person:Lonechild']]);
  });

  it('a definite description is the description met before with the same head', () => {
    const { rows, refs } = resolveAll('A senior official said the deal was close.\nThe official said it would be signed soon.');
    expect(rows).toEqual([
      ['A senior official', 'desc', 'desc:a senior official'],
      ['The official', 'desc', 'desc:a senior official'],
    ]);
    expect(refs[1]).toBe(refs[0]);
  });

  it('a bound description is the speaker it was bound to', () => {
    const named: Ref = { key: { kind: 'person', person: 0 }, desc: null, bound: null, para: 1 };
    const lede: Ref = {
      key: null,
      desc: { text: 'a senior official', definite: false, head: 'official', group: false, gender: null },
      bound: named,
      para: 0,
    };
    expect(final(lede)).toBe(named);
    expect(final(named)).toBe(named);
  });

  it('keys are spelt in one place: an entity and a person with the same index differ', () => {
    expect(keyId({ kind: 'entity', entity: 3 })).not.toBe(keyId({ kind: 'person', person: 3 }));
  });

  it('resolving and assigning speakers adds no one to the article`s people', () => {
    const text =
      'Lonechild said the province must do more.\n“We were told to wait,” she said.\n“We hear you,” said Mark Hodgins, and Forrest Jones agreed.';
    const { doc, constructions, top } = prepare(articleFromText(text), index());
    const before = JSON.stringify(doc.people.people.map((p) => [p.name, p.type, p.mentions]));
    assignSpeakers(doc, constructions, top);
    expect(JSON.stringify(doc.people.people.map((p) => [p.name, p.type, p.mentions]))).toBe(before);
    expect(doc.people.people.length).toBeGreaterThan(0);
  });
});

describe('a pronoun frame after words and the names inside those words', () => {
  // [what, text, who the last construction (the pronoun's frame) resolves to]
  const cases: Array<[string, string, string]> = [
    [
      'a speaker inside the words, after "Because"',
      'Anna Kemp, 61, lives near the plant.\nBecause Ms. Holm said the plant was safe, we left, she said.',
      'person:Anna Kemp',
    ],
    [
      '"she added"',
      'Anna Kemp, 61, lives near the plant.\nBecause Ms. Holm said the plant was safe, we left, she added.',
      'person:Anna Kemp',
    ],
    [
      '"she told reporters"',
      'Anna Kemp, 61, lives near the plant.\nAfter Ms. Holm told the board the vote was off, we left, she told reporters.',
      'person:Anna Kemp',
    ],
    [
      'a speaker inside the words, after the main clause',
      'Anna Kemp, 61, lives near the plant.\nWe left because Ms. Holm said the plant was safe, she said.',
      'person:Anna Kemp',
    ],
    [
      'a name inside the words, no speaker, a man quoted between',
      'Anna Kemp, 61, lives near the plant.\n“We will appeal,” said Nils Dahl.\nWe trusted Ms. Holm, and we left, she said.',
      'person:Anna Kemp',
    ],
    [
      'a speaker inside the words, a man quoted between',
      'Anna Kemp, 61, lives near the plant.\n“We will appeal,” said Nils Dahl.\nBecause Ms. Holm said the plant was safe, we left, she said.',
      'person:Anna Kemp',
    ],
    [
      'the only one who fits is the one inside the words: kept',
      'Because Ms. Holm said the plant was safe, we left, she said.',
      'person:Holm',
    ],
    [
      'a frame of its own words, mid-sentence, goes on',
      'Anna Kemp, 61, lives near the plant.\nThe vote was delayed, Ms. Holm said, and the board was split, she added.',
      'person:Holm',
    ],
    [
      'the frame of a quotation, then a second part',
      'Anna Kemp, 61, lives near the plant.\n“The plan is dead,” Ms. Holm said, “and nobody will revive it,” she added.',
      'person:Holm',
    ],
  ];
  for (const [what, text, who] of cases) {
    it(what, () => expect(resolveAll(text).rows.at(-1)?.[2]).toBe(who));
  }
});
