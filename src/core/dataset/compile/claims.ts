/**
 * Steps 1 and 3 of the compiler, for one story: the engine's quotations as claims (each verbatim
 * in the story), then the reported claims of data/reported-claims.json, which absorb the engine's
 * reported-speech quotations inside them; ids given in story order.
 */
import type { Article, Quote } from '../../types';
import { slug } from '../text';
import type { Claim, ReportedClaimSource } from '../types';
import { byString, locate, paragraphAt } from './common';
import { FILES, type Story } from './sources';

/** What every claim of a story carries from the story's metadata. */
export type ClaimBase = Pick<Claim, 'story' | 'outlet' | 'date' | 'url'>;

/** A quotation's words appear verbatim in the story (a run over paragraphs: each paragraph's part). */
function verbatim(story: string, quote: string): boolean {
  if (story.includes(quote)) return true;
  const parts = quote
    .split(/\s*\n+\s*|\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 1 && parts.every((p) => story.includes(p));
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Step 1: the engine's quotations of a story as claims (ids still empty); one not verbatim is an error. */
export function engineClaims(story: Story, quotes: Quote[], base: ClaimBase, errors: string[]): Claim[] {
  const { text, file } = story;
  const storyClaims: Claim[] = [];
  for (const q of quotes) {
    if (!verbatim(text, q.text)) {
      errors.push(`${file}: the engine's quotation is not verbatim in the story: "${q.text.slice(0, 80)}"`);
      continue;
    }
    storyClaims.push({
      id: '',
      ...base,
      text: q.text,
      kind: q.kind,
      source: 'engine',
      speaker: { name: q.speaker.name, entityId: q.speaker.entityId },
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      confidence: Math.round(q.confidence * 1000) / 1000,
      topics: [],
    });
  }
  return storyClaims;
}

/**
 * Step 3: the story's reported claims joined to its quotations (an engine reported-speech quote
 * inside one is the same claim; another quote inside one is part of it), every claim given its id
 * (unique across stories in `usedIds`), in story order.
 */
export function withReportedClaims(
  story: Story,
  article: Article,
  quotations: Claim[],
  reported: ReportedClaimSource[],
  base: ClaimBase,
  usedIds: Set<string>,
  errors: string[],
): Claim[] {
  const { meta, text } = story;
  const reportedClaims: Claim[] = reported
    .filter((r) => r.story === meta.id)
    .map((r) => {
      const start = locate(text, r.text, r.occurrence ?? 0);
      return {
        id: `${meta.id}#${r.id}`,
        ...base,
        text: r.text,
        kind: 'reported',
        source: 'reported',
        speaker: { name: r.speaker.name, entityId: r.speaker.entityId },
        paragraph: paragraphAt(article.paragraphs, start),
        start,
        end: start + r.text.length,
        confidence: 1,
        topics: [...r.topics].sort(byString),
        summary: r.summary,
      };
    });
  const storyClaims = quotations.filter((q) => {
    const within = reportedClaims.find((r) => q.start < r.end && r.start < q.end);
    if (!within) return true;
    if (q.kind === 'indirect') return false;
    q.partOf = within.id;
    return true;
  });

  storyClaims.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const c of storyClaims) c.id = uniqueId(`${meta.id}#${slug(c.text)}`, usedIds);
  for (const c of reportedClaims) {
    if (usedIds.has(c.id)) errors.push(`${FILES.reported}: claim id "${c.id}" collides with a quotation's id`);
    usedIds.add(c.id);
  }
  return [...storyClaims, ...reportedClaims].sort((a, b) => a.start - b.start || byString(a.id, b.id));
}
