/**
 * A small, predictable stand-in for the engine, for compiler tests that must control what
 * "the engine" finds (review differences, engine failures): quotations are the text between
 * curly or straight double quotes; the speaker is the first known person named in the same
 * paragraph outside the quotation. The real engine is tested with the real stories.
 */
import type { Analysis, Article, EntityHit, EntityRecord, Quote } from '../../../../src/core/types';
import type { DatasetEngine } from '../../../../src/core/dataset/types';

export function articleFromText(text: string): Article {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { text, paragraphs };
}

function analyze(article: Article, entities: EntityRecord[]): Analysis {
  const hits = new Map<string, EntityHit>();
  const quotes: Quote[] = [];
  article.paragraphs.forEach((p, pi) => {
    const para = article.text.slice(p.start, p.end);
    const qre = /“([^”]+)”|"([^"]+)"/g;
    const spans: Array<[number, number]> = [];
    for (let m = qre.exec(para); m; m = qre.exec(para)) spans.push([m.index, m.index + m[0].length]);
    const outside = (i: number): boolean => spans.every(([a, b]) => i < a || i >= b);
    let speaker: EntityRecord | null = null;
    for (const e of entities) {
      for (const form of [e.name, ...e.aliases, ...(e.surnames ?? [])]) {
        const at = para.indexOf(form);
        if (at < 0) continue;
        const h = hits.get(e.id) ?? { id: e.id, name: e.name, type: e.type, mentions: [] };
        h.mentions.push({ start: p.start + at, end: p.start + at + form.length, text: form });
        hits.set(e.id, h);
        if (!speaker && e.type === 'person' && outside(at)) speaker = e;
      }
    }
    qre.lastIndex = 0;
    for (let m = qre.exec(para); m; m = qre.exec(para)) {
      const inner = m[1] ?? m[2] ?? '';
      const start = p.start + m.index + 1;
      quotes.push({
        text: inner,
        start,
        end: start + inner.length,
        kind: m.index === 0 ? 'direct' : 'partial',
        speaker: speaker ? { name: speaker.name, entityId: speaker.id, mention: null } : { name: 'unknown', entityId: null, mention: null },
        confidence: speaker ? 0.9 : 0.2,
        paragraph: pi,
      });
    }
  });
  return { entities: [...hits.values()].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? '')), quotes };
}

export const fakeEngine: DatasetEngine<EntityRecord[]> = {
  compileIndex: (entities) => [...entities],
  analyze: (article, index) => analyze(article, index),
  articleFromText,
};
