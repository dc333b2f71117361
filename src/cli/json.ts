/**
 * The CLI's JSON contract and its readable summary. `buildJson(article, analysis, extras)` is the one place the
 * output shape is made: later issues pass `extras` (priorStatements, relatedCoverage) and per-quote `matches`.
 */
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

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Readable summary, speaker by speaker. */
export function summary(article: Article, analysis: Analysis): string {
  const lines: string[] = [];
  const head = [article.title, article.siteName, article.byline].filter(Boolean).join(' · ');
  if (head) lines.push(head);
  lines.push(`${article.paragraphs.length} paragraphs, ${article.text.length} characters; ${analysis.entities.length} names, ${analysis.quotes.length} quotations`);
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
  }
  return lines.join('\n') + '\n';
}
