/**
 * The reading memory as a dataset file, in the schema the options page imports (a compiled
 * bundle: src/core/dataset/import.ts): one story per article read, one claim per recorded
 * quotation. So a memory can move to another browser, or be shared, and be read back. Pure.
 */
import type { DatasetBundle } from './dataset';
import { fnv1a, isIsoDate } from './dataset/text';
import type { MemoryArticle } from './reading';
import type { EntityRecord } from './types';

const dayOf = (a: MemoryArticle): string => {
  const published = a.published?.slice(0, 10) ?? '';
  return isIsoDate(published) ? published : new Date(a.readAt).toISOString().slice(0, 10);
};

/**
 * `known`: the dataset's entities; those the memory refers to are written into the file (so that it
 * validates on its own, and merges without conflict where the same entity is already there); the
 * people the dataset does not know are written as names only.
 */
export function memoryToDataset(articles: readonly MemoryArticle[], known: ReadonlyMap<string, EntityRecord>): DatasetBundle {
  const knownIds = { has: (id: string): boolean => known.has(id) };
  const used = new Set<string>();
  const stories: DatasetBundle['stories'] = [];
  const claims: DatasetBundle['claims'] = [];
  let newest = '1970-01-01';
  for (const a of articles) {
    const id = `read-${fnv1a(a.url)}`;
    const date = dayOf(a);
    if (date > newest) newest = date;
    const outlet = a.siteName?.trim() || a.site || 'unknown';
    stories.push({
      id,
      outlet,
      headline: a.title,
      date,
      url: a.url,
      byline: a.byline,
      language: 'und',
      length: 0,
      paragraphs: 0,
      entities: a.people.filter((p) => knownIds.has(p) && Boolean(used.add(p))),
      events: [],
      topics: [],
    });
    a.quotes.forEach((q, i) => {
      claims.push({
        id: `${id}-${i}`,
        story: id,
        outlet,
        date,
        url: a.url,
        text: q.text,
        kind: q.kind,
        source: 'engine',
        speaker: {
          name: q.name || q.speaker.replace(/^name:/, ''),
          entityId: knownIds.has(q.speaker) && Boolean(used.add(q.speaker)) ? q.speaker : null,
        },
        paragraph: 0,
        start: 0,
        end: q.text.length,
        confidence: q.confidence,
        topics: [],
      });
    });
  }
  return {
    build: {
      format: 1,
      dataDate: newest,
      sourceHash: fnv1a(stories.map((s) => s.url).join('\n')),
      counts: { entities: used.size, stories: stories.length, claims: claims.length },
    },
    entities: [...used].sort().flatMap((id) => {
      const e = known.get(id);
      return e ? [e] : [];
    }),
    stories,
    claims,
    relations: [],
    coverage: [],
    topics: [],
  };
}
