/**
 * Chunked analysis: a long article is analyzed in chunks of consecutive paragraphs, with a pause
 * between them (the background yields to its other messages there), and the chunks' results are
 * merged into the analysis of the whole article. An ordinary article is one chunk.
 */
import { analyze } from './analyze';
import { articleFromParagraphs, type ArticleMeta, PARAGRAPH_BREAK } from './article';
import type { Analysis, Article, CompiledIndex } from './types';

/** Article text analyzed between two pauses. */
export const CHUNK_CHARS = 40_000;

/**
 * Groups paragraphs into chunks of about `max` characters
 * (a paragraph longer than that is a chunk of its own). One chunk for an ordinary article.
 */
export function chunkParagraphs(paragraphs: readonly string[], max: number): Array<{ first: number; paragraphs: string[] }> {
  const out: Array<{ first: number; paragraphs: string[] }> = [];
  let size = 0;
  paragraphs.forEach((p, i) => {
    const last = out[out.length - 1];
    if (!last || (size + p.length > max && last.paragraphs.length > 0)) {
      out.push({ first: i, paragraphs: [p] });
      size = p.length;
    } else {
      last.paragraphs.push(p);
      size += p.length + PARAGRAPH_BREAK.length;
    }
  });
  return out;
}

/**
 * What a later chunk is told first: the full names found so far, one "paragraph", so that a
 * surname alone ("Peskov") is still recognised after the full name appeared in an earlier chunk.
 */
export function primerOf(analysis: Analysis): string | null {
  const names = analysis.entities.filter((e) => e.id !== null).map((e) => e.name);
  return names.length > 0 ? `${names.join('. ')}.` : null;
}

/**
 * Adds one chunk's analysis to the whole article's. `chunk` is the chunk's Article (primer first,
 * when there is one); `at` is where the chunk's first real paragraph starts in the whole article
 * and `firstParagraph` its index there. Results inside the primer are dropped; every offset and
 * paragraph index is moved to the whole article's.
 */
export function mergeChunk(
  into: Analysis,
  part: Analysis,
  chunk: Pick<Article, 'paragraphs'>,
  hasPrimer: boolean,
  at: number,
  firstParagraph: number,
): void {
  const base = chunk.paragraphs[hasPrimer ? 1 : 0]?.start ?? 0;
  const shift = <S extends { start: number; end: number }>(s: S): S => ({ ...s, start: s.start - base + at, end: s.end - base + at });
  const byKey = new Map(into.entities.map((e) => [e.id ?? `name:${e.name}`, e]));
  for (const e of part.entities) {
    const mentions = e.mentions.filter((m) => m.start >= base).map(shift);
    if (mentions.length === 0) continue;
    const key = e.id ?? `name:${e.name}`;
    const had = byKey.get(key);
    if (had) had.mentions.push(...mentions);
    else {
      const added = { ...e, mentions };
      into.entities.push(added);
      byKey.set(key, added);
    }
  }
  for (const q of part.quotes) {
    if (q.start < base) continue;
    const mention = q.speaker.mention && q.speaker.mention.start >= base ? shift(q.speaker.mention) : null;
    into.quotes.push({ ...shift(q), paragraph: q.paragraph - (hasPrimer ? 1 : 0) + firstParagraph, speaker: { ...q.speaker, mention } });
  }
}

/**
 * analyze() over the paragraphs in chunks of about `max` characters, awaiting `pause` between
 * chunks. Returns the analysis and the whole article its offsets refer to.
 */
export async function analyzeInChunks(
  paragraphs: readonly string[],
  index: CompiledIndex,
  meta: ArticleMeta = {},
  pause: () => Promise<void> = () => Promise.resolve(),
  max = CHUNK_CHARS,
): Promise<{ analysis: Analysis; article: Article }> {
  const article = articleFromParagraphs(paragraphs, meta);
  const out: Analysis = { entities: [], quotes: [] };
  const chunks = chunkParagraphs(paragraphs, max);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (i > 0) await pause();
    const primer = c.first > 0 ? primerOf(out) : null;
    const part = articleFromParagraphs(primer ? [primer, ...c.paragraphs] : c.paragraphs, meta);
    mergeChunk(out, analyze(part, index), part, primer !== null, article.paragraphs[c.first]?.start ?? 0, c.first);
  }
  return { analysis: out, article };
}
