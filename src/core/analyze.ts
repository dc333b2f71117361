/**
 * analyze(article, index): the one entry point the background, the CLI and the tests call. The pipeline:
 * tokenise the text once; match the names the dataset knows; find the quotations; build the shared Doc
 * (sentences, quoted tokens, the people the dataset does not know); find the constructions of saying;
 * then give each quotation its speaker and extract reported speech (speakers/assign.ts).
 */
import type { Analysis, Article, CompiledIndex, EntityHit } from './types';
import { tokenize, type Token } from './tokenize';
import { headingParagraphs, matchTokens } from './matcher';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { type Doc, makeDoc } from './doc';
import { type Construction, findConstructions } from './attribution';
import { assignSpeakers } from './speakers/assign';
import { interviewQuotes } from './speakers/interview';
import { relayedQuotes, restatedQuotes } from './speakers/nested';

export function analyze(article: Article, index: CompiledIndex): Analysis {
  const { doc, constructions, top } = prepare(article, index);
  const assigned = assignSpeakers(doc, constructions, top);
  const entities = entityHits(doc);
  const known = new Set(entities.filter((e) => e.type === 'organization' && e.id).map((e) => e.id!));
  const nested = relayedQuotes(article.text, assigned, known);
  for (const q of restatedQuotes(article.text, assigned)) nested.add(q);
  const found = nested.size ? assigned.filter((q) => !nested.has(q)) : assigned;
  const { add, drop } = interviewQuotes(article, doc, found);
  const quotes = add.length ? [...found.filter((q) => !drop.has(q)), ...add].sort((a, b) => a.start - b.start) : found;
  // (the Doc is read no more, and nothing returned holds its per-token arrays: their buffer goes to the next article's)
  doc.nameCtx.slab.release();
  return { entities, quotes };
}

/** The pipeline up to the speakers: the Doc, its constructions of saying and its top-level quotations. */
export function prepare(article: Article, index: CompiledIndex): { doc: Doc; constructions: Construction[]; top: MarkedQuote[] } {
  const text = article.text;
  const lowerWords = new Set<string>();
  const tokens = tokenize(text, article.paragraphs, lowerWords);
  const headings = headingParagraphs(article);
  const known = matchTokens(text, tokens, index, { headingParas: headings, lowerWords });
  const top = findMarkedQuotes(article).filter((q) => q.depth === 0);
  const doc = makeDoc(text, tokens, known, top, index, headings, lowerWords);
  return { doc, constructions: findConstructions(doc), top };
}

/** Known entities and unknown people, each with its mentions, in order of first mention. */
function entityHits(doc: Doc): EntityHit[] {
  const hits: Array<{ first: number; hit: EntityHit }> = [];
  const byEntity = new Map<number, EntityHit>();
  for (const m of doc.known) {
    let hit = byEntity.get(m.entity);
    if (!hit) {
      const e = doc.index.entities[m.entity]!;
      hit = { id: e.id, name: e.name, type: e.type, mentions: [] };
      byEntity.set(m.entity, hit);
      hits.push({ first: m.start, hit });
    }
    hit.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  for (const p of doc.people.people) {
    if (p.type !== 'person' || p.mentions.length === 0) continue;
    const mentions = p.mentions
      .map((x) => {
        const s = doc.tokens[x.first]!.start;
        const e = doc.tokens[x.last]!.end;
        return { start: s, end: e, text: doc.text.slice(s, e) };
      })
      .sort((a, b) => a.start - b.start);
    hits.push({ first: mentions[0]!.start, hit: { id: null, name: p.name, type: 'person', mentions } });
  }
  hits.sort((a, b) => a.first - b.first);
  return hits.map((h) => h.hit);
}

export type { Token };
