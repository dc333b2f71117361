/**
 * Steps 2 and 4 of the compiler: the reviewer's corrections (data/review.json "corrections")
 * applied to a story's quotations, each reported when the engine has moved since; and the
 * quotations the reviewer accepted compared with what the engine gives now.
 */
import type { Article } from '../../types';
import { normalizeQuote } from '../text';
import type { Claim, DatasetBundle, ReviewDifference, ReviewField, ReviewSource } from '../types';
import { byString, padded, paragraphAt } from './common';
import { FILES, type Story } from './sources';

function reviewValue(c: Claim, field: ReviewField): string | boolean | null {
  switch (field) {
    case 'speaker.entityId':
      return c.speaker.entityId;
    case 'speaker.name':
      return c.speaker.name;
    case 'kind':
      return c.kind;
    case 'text':
      return c.text;
    case 'excluded':
      return false;
  }
}

/**
 * Step 2: the corrections for `story` applied to its quotations (the list without the ones
 * excluded); a correction that no longer fits or is no longer needed is a review difference.
 */
export function applyCorrections(
  story: Story,
  article: Article,
  quotations: Claim[],
  corrections: ReviewSource['corrections'],
  entityById: Map<string, { name: string }>,
  differences: ReviewDifference[],
  errors: string[],
): Claim[] {
  const { meta, text } = story;
  let storyClaims = quotations;
  corrections.forEach((c, i) => {
    if (c.story !== meta.id) return;
    const needle = padded(c.quoteText);
    const hits = storyClaims.filter((x) => padded(x.text).includes(needle));
    const where = `${FILES.review}: corrections[${i}]`;
    if (hits.length !== 1) {
      differences.push({
        story: c.story,
        text: c.quoteText,
        change: 'correction-stale',
        detail: `${where}: the engine now gives ${hits.length} quotations containing "${c.quoteText}" (the correction applies to exactly one)`,
      });
      return;
    }
    const claim = hits[0]!;
    const now = reviewValue(claim, c.field);
    if (now === c.corrected && c.field !== 'excluded') {
      differences.push({
        story: c.story,
        text: c.quoteText,
        change: 'correction-unneeded',
        detail: `${where}: the engine now gives ${c.field} = ${JSON.stringify(now)} itself`,
      });
    } else if (now !== c.engine && c.field !== 'excluded') {
      differences.push({
        story: c.story,
        text: c.quoteText,
        change: 'correction-stale',
        detail: `${where}: the engine gave ${c.field} = ${JSON.stringify(c.engine)} when reviewed, now ${JSON.stringify(now)}; corrected to ${JSON.stringify(c.corrected)}`,
      });
    }
    switch (c.field) {
      case 'excluded':
        if (c.corrected === true) storyClaims = storyClaims.filter((x) => x !== claim);
        return;
      case 'speaker.entityId': {
        claim.speaker.entityId = typeof c.corrected === 'string' ? c.corrected : null;
        const e = claim.speaker.entityId ? entityById.get(claim.speaker.entityId) : undefined;
        if (e) claim.speaker.name = e.name;
        break;
      }
      case 'speaker.name':
        claim.speaker.name = String(c.corrected ?? '');
        break;
      case 'kind':
        if (c.corrected === 'direct' || c.corrected === 'partial' || c.corrected === 'indirect') claim.kind = c.corrected;
        else errors.push(`${where}.corrected: expected "direct", "partial" or "indirect"`);
        break;
      case 'text': {
        const t = String(c.corrected ?? '');
        const at = text.indexOf(t);
        claim.text = t;
        claim.start = at;
        claim.end = at + t.length;
        claim.paragraph = paragraphAt(article.paragraphs, at);
        break;
      }
    }
    claim.reviewed = [...new Set([...(claim.reviewed ?? []), c.field])].sort(byString) as ReviewField[];
  });
  return storyClaims;
}

/** Step 4: what the reviewer accepted, against what the engine gives now. */
export function compareAccepted(review: ReviewSource, claims: Claim[], differences: ReviewDifference[], warnings: string[]): void {
  const quotes = claims.filter((c) => c.source === 'engine');
  if (review.accepted.length === 0) {
    if (quotes.length > 0)
      warnings.push(`${FILES.review}: no accepted quotations recorded yet (run the dataset tool with --accept after reviewing)`);
    return;
  }
  const key = (story: string, text: string): string => `${story}\u0000${normalizeQuote(text)}`;
  const accepted = new Map(review.accepted.map((a) => [key(a.story, a.text), a]));
  const seen = new Set<string>();
  for (const c of quotes) {
    const k = key(c.story, c.text);
    seen.add(k);
    const a = accepted.get(k);
    if (!a) {
      differences.push({
        story: c.story,
        text: c.text,
        change: 'new',
        detail: `not reviewed: ${c.kind}, ${c.speaker.name} (${c.speaker.entityId ?? 'no id'})`,
      });
      continue;
    }
    const changes: string[] = [];
    if (a.kind !== c.kind) changes.push(`kind ${a.kind} → ${c.kind}`);
    if (a.speaker !== c.speaker.name) changes.push(`speaker "${a.speaker}" → "${c.speaker.name}"`);
    if (a.entityId !== c.speaker.entityId) changes.push(`entityId ${a.entityId ?? 'null'} → ${c.speaker.entityId ?? 'null'}`);
    if (changes.length > 0) differences.push({ story: c.story, text: c.text, change: 'changed', detail: changes.join('; ') });
  }
  for (const a of review.accepted) {
    if (!seen.has(key(a.story, a.text)))
      differences.push({
        story: a.story,
        text: a.text,
        change: 'missing',
        detail: `reviewed (${a.kind}, ${a.speaker}) but the engine no longer finds it`,
      });
  }
}

/** The `accepted` list that records the current quotations as reviewed. */
export function acceptedFromBundle(bundle: DatasetBundle): ReviewSource['accepted'] {
  return bundle.claims
    .filter((c) => c.source === 'engine')
    .map((c) => ({
      story: c.story,
      text: c.text,
      kind: c.kind as 'direct' | 'partial' | 'indirect',
      speaker: c.speaker.name,
      entityId: c.speaker.entityId,
    }));
}
