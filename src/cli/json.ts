/**
 * The CLI's JSON contract and its readable summary. `buildJson(article, analysis, extras)` is the one place the
 * output shape is made: later issues pass `extras` (priorStatements, relatedCoverage) and per-quote `matches`.
 */
import type { Enrichment } from '../core/dataset/types';
import type { Analysis, Article, Quote } from '../core/types';

export interface JsonExtras {
  /** top-level fields added after "quotes" (e.g. priorStatements, relatedCoverage) */
  fields?: Record<string, unknown>;
  /** per-quote fields added after "confidence" (e.g. matches), by quote index */
  perQuote?: (quote: Quote, index: number) => Record<string, unknown> | undefined;
}

export function buildJson(article: Article, analysis: Analysis, extras: JsonExtras = {}): Record<string, unknown> {
  return {
    article: {
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      length: article.text.length,
    },
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    quotes: analysis.quotes.map((q, i) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: {
        name: q.speaker.name,
        entityId: q.speaker.entityId,
        mention: q.speaker.mention ? { start: q.speaker.mention.start, end: q.speaker.mention.end, text: q.speaker.mention.text } : null,
      },
      confidence: q.confidence,
      ...(extras.perQuote?.(q, i) ?? {}),
    })),
    ...(extras.fields ?? {}),
  };
}

/** The dataset's additions to --json: per speaker entity prior statements, related coverage, per quote matches. */
export function enrichmentExtras(e: Enrichment): JsonExtras {
  return {
    fields: {
      priorStatements: Object.fromEntries(
        Object.entries(e.priorStatements).map(([entityId, list]) => [
          entityId,
          list.map((p) => ({ claimId: p.claimId, text: p.text, kind: p.kind, outlet: p.outlet, date: p.date, url: p.url, story: p.story })),
        ]),
      ),
      relatedCoverage: e.relatedCoverage.map((c) => ({
        id: c.id,
        kind: c.kind,
        outlet: c.outlet,
        via: c.via ?? null,
        headline: c.headline,
        date: c.date,
        url: c.url,
        covers: c.covers,
        score: c.score,
      })),
    },
    perQuote: (_q, i) => ({
      matches: (e.matches[i] ?? []).map((m) => ({
        relation: m.relation,
        claimId: m.claim.id,
        text: m.claim.text,
        speaker: { name: m.claim.speaker.name, entityId: m.claim.speaker.entityId },
        outlet: m.claim.outlet,
        date: m.claim.date,
        url: m.claim.url,
        score: m.score,
      })),
    }),
  };
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Readable summary, speaker by speaker. */
export function summary(article: Article, analysis: Analysis, enrichment?: Enrichment): string {
  const lines: string[] = [];
  const head = [article.title, article.siteName, article.byline].filter(Boolean).join(' · ');
  if (head) lines.push(head);
  lines.push(
    `${article.paragraphs.length} paragraphs, ${article.text.length} characters; ${analysis.entities.length} names, ${analysis.quotes.length} quotations`,
  );
  const known = analysis.entities.filter((e) => e.id);
  if (known.length) lines.push('', 'Known: ' + known.map((e) => `${e.name} (${e.type}, ${e.mentions.length})`).join('; '));
  const unknown = analysis.entities.filter((e) => !e.id);
  if (unknown.length) lines.push('Not in the dataset: ' + unknown.map((e) => `${e.name} (${e.mentions.length})`).join('; '));
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    const k = q.speaker.name || '(speaker unknown)';
    const list = bySpeaker.get(k);
    if (list) list.push(q);
    else bySpeaker.set(k, [q]);
  }
  for (const [name, qs] of bySpeaker) {
    const id = qs[0]!.speaker.entityId;
    lines.push('', `${name}${id ? ` [${id}]` : ''}: ${qs.length} quotation${qs.length === 1 ? '' : 's'}`);
    for (const q of qs) {
      const marks = q.kind === 'indirect' ? ['', ''] : ['“', '”'];
      lines.push(`  ${q.kind.padEnd(8)} ${q.confidence.toFixed(2)}  ${marks[0]}${clip(q.text, 110)}${marks[1]}`);
    }
    const prior = id ? (enrichment?.priorStatements[id] ?? []) : [];
    if (prior.length) {
      lines.push(`  said before (${prior.length}):`);
      for (const p of prior) lines.push(`    ${p.date} ${p.outlet}: ${clip(p.text, 90)}`);
    }
  }
  if (enrichment?.relatedCoverage.length) {
    lines.push('', 'Related coverage:');
    for (const c of enrichment.relatedCoverage) lines.push(`  ${c.date ?? '----------'} ${c.outlet}: ${c.headline ?? c.covers}`);
  }
  return lines.join('\n') + '\n';
}
