/**
 * Importing an extra dataset (the options page): a compiled bundle checked with the same
 * validator as the build, then merged into the shipped one.
 */
import { aliasConflicts } from './compile/integrity';
import * as S from './schema';
import { fnv1a } from './text';
import type { DatasetBundle } from './types';

export type ImportResult = { ok: true; dataset: DatasetBundle } | { ok: false; errors: string[] };

const LABEL = 'import';

/**
 * Validates a dataset bundle (parsed JSON, or its text) as the options page receives it. With
 * `base` (the shipped dataset), references may also point at the base's entities, stories,
 * claims and topics, so that an extra dataset can build on it.
 */
export function validateDatasetImport(json: unknown, label = LABEL, base?: DatasetBundle): ImportResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      return { ok: false, errors: [`${label}: invalid JSON: ${(e as Error).message}`] };
    }
  }
  const errors = S.validate(label, value, S.bundle);
  if (errors.length > 0) return { ok: false, errors };
  const b = value as DatasetBundle;
  errors.push(...bundleIntegrity(b, label, base));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: b };
}

/** Every reference inside a bundle resolves; ids are unique; no unmarked shared alias. */
export function bundleIntegrity(b: DatasetBundle, label = LABEL, base?: DatasetBundle): string[] {
  const errors: string[] = [];
  const uniq = (what: keyof DatasetBundle, list: Array<{ id: string }>, also: Array<{ id: string }> = []): Set<string> => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) errors.push(`${label}: ${what}[${i}].id: duplicate id "${x.id}"`);
      seen.add(x.id);
    });
    for (const x of also) seen.add(x.id);
    return seen;
  };
  const entities = uniq('entities', b.entities, base?.entities);
  const stories = uniq('stories', b.stories, base?.stories);
  const claims = uniq('claims', b.claims, base?.claims);
  uniq('relations', b.relations);
  uniq('coverage', b.coverage);
  const topics = uniq('topics', b.topics, base?.topics);
  const events = new Set([...b.entities, ...(base?.entities ?? [])].filter((e) => e.type === 'event').map((e) => e.id));
  const need = (set: Set<string>, what: string, path: string, ids: string[]): void =>
    ids.forEach((id, k) => {
      if (!set.has(id)) errors.push(`${label}: ${path}[${k}]: unknown ${what} "${id}"`);
    });

  errors.push(...aliasConflicts(b.entities, label));
  b.claims.forEach((c, i) => {
    if (!stories.has(c.story)) errors.push(`${label}: claims[${i}].story: unknown story "${c.story}"`);
    if (c.speaker.entityId !== null && !entities.has(c.speaker.entityId))
      errors.push(`${label}: claims[${i}].speaker.entityId: unknown entity "${c.speaker.entityId}"`);
    if (c.end < c.start) errors.push(`${label}: claims[${i}].end: before start`);
    if (c.partOf !== undefined && !claims.has(c.partOf)) errors.push(`${label}: claims[${i}].partOf: unknown claim "${c.partOf}"`);
    need(topics, 'topic', `claims[${i}].topics`, c.topics);
  });
  b.relations.forEach((r, i) => {
    if (!claims.has(r.from)) errors.push(`${label}: relations[${i}].from: unknown claim "${r.from}"`);
    if (!claims.has(r.to)) errors.push(`${label}: relations[${i}].to: unknown claim "${r.to}"`);
  });
  b.coverage.forEach((c, i) => {
    need(entities, 'entity', `coverage[${i}].entities`, c.entities);
    need(events, 'event', `coverage[${i}].events`, c.events);
    need(topics, 'topic', `coverage[${i}].topics`, c.topics);
  });
  b.stories.forEach((s, i) => {
    need(entities, 'entity', `stories[${i}].entities`, s.entities);
    need(events, 'event', `stories[${i}].events`, s.events);
    need(topics, 'topic', `stories[${i}].topics`, s.topics);
  });
  b.topics.forEach((t, i) => {
    need(entities, 'entity', `topics[${i}].entities`, t.entities);
    need(events, 'event', `topics[${i}].events`, t.events);
    need(claims, 'claim', `topics[${i}].claims`, t.claims);
  });
  return errors;
}

export interface MergeResult {
  dataset: DatasetBundle;
  /** ids present in both with different content (the base's version is kept), shared aliases */
  conflicts: string[];
}

function mergeList<T extends { id: string }>(what: string, base: T[], extra: T[], conflicts: string[]): T[] {
  const out = [...base];
  const have = new Map(base.map((x) => [x.id, JSON.stringify(x)]));
  for (const x of extra) {
    const had = have.get(x.id);
    if (had === undefined) {
      out.push(x);
      have.set(x.id, JSON.stringify(x));
    } else if (had !== JSON.stringify(x)) conflicts.push(`${what} "${x.id}": differs between the datasets; the first is kept`);
  }
  return out;
}

/** The union of two bundles. On an id present in both with different content, `base` wins. */
export function mergeDatasets(base: DatasetBundle, extra: DatasetBundle): MergeResult {
  const conflicts: string[] = [];
  const entities = mergeList('entity', base.entities, extra.entities, conflicts);
  const merged: DatasetBundle = {
    build: {
      format: 1,
      dataDate: [base.build.dataDate, extra.build.dataDate].sort().at(-1) ?? base.build.dataDate,
      sourceHash: fnv1a(base.build.sourceHash + extra.build.sourceHash),
      counts: {},
    },
    entities,
    stories: mergeList('story', base.stories, extra.stories, conflicts),
    claims: mergeList('claim', base.claims, extra.claims, conflicts),
    relations: mergeList('relation', base.relations, extra.relations, conflicts),
    coverage: mergeList('coverage', base.coverage, extra.coverage, conflicts),
    topics: mergeList('topic', base.topics, extra.topics, conflicts),
  };
  merged.build.counts = {
    entities: merged.entities.length,
    stories: merged.stories.length,
    claims: merged.claims.length,
    relations: merged.relations.length,
    coverage: merged.coverage.length,
    topics: merged.topics.length,
  };
  conflicts.push(...aliasConflicts(merged.entities, 'merged'));
  return { dataset: merged, conflicts };
}
