import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/core/analyze';
import { articleFromText } from '../../../src/core/article';
import { compileIndex } from '../../../src/core/matcher';
import type { Analysis, Article, CompiledIndex, EntityRecord } from '../../../src/core/types';
import registry from '../../../data/entities.json';

export const ENTITIES = (registry as { entities: EntityRecord[] }).entities;
let cached: CompiledIndex | null = null;
export function index(): CompiledIndex {
  cached ??= compileIndex(ENTITIES);
  return cached;
}

export function fixture(rel: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url)), 'utf8');
}

/** The text of a dataset story (data/stories/NAME), as the compiler reads it. */
export function story(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../data/stories/${name}`, import.meta.url)), 'utf8');
}

export function run(text: string): { article: Article; analysis: Analysis } {
  const article = articleFromText(text);
  return { article, analysis: analyze(article, index()) };
}

/** [paragraph, kind, speaker name, first words of the quote] per quotation, in text order. */
export type Row = [number, string, string, string];

export function rows(a: Analysis, prefix = 30): Row[] {
  return a.quotes.map((q) => [q.paragraph, q.kind, q.speaker.name, q.text.slice(0, prefix)]);
}

export function quoteRows(text: string, prefix = 30): Row[] {
  return rows(run(text).analysis, prefix);
}
